//! Remote task logs in Elasticsearch or OpenSearch.

use super::prelude::*;

/// Values under `elasticsearch`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Elasticsearch {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Name of the Kubernetes Secret.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub secret_name: Option<Nullable<String>>,
    /// Chart key `secretAnnotations`: secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub secret_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `connection`: connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<SearchConnection>,
}

/// Values under `opensearch`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Opensearch {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Name of the Kubernetes Secret.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub secret_name: Option<Nullable<String>>,
    /// Chart key `connection`: connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<SearchConnection>,
}
