//! `ingress`: Ingress objects for the web UI / API server and Flower.

use super::prelude::*;

/// How an Ingress path matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum PathType {
    /// Exactly this path.
    Exact,
    /// This path and everything below it, by path segment.
    Prefix,
    /// Whatever the ingress controller makes of it.
    ImplementationSpecific,
}

/// One entry of `hosts`: the object form, or the deprecated bare host name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum IngressHost {
    /// `{ name, tls }`.
    Host(IngressHostSpec),
    /// A bare host name (deprecated by the chart).
    Name(String),
}

impl IngressHost {
    /// A host with TLS from a Secret holding its certificate.
    ///
    /// ```
    /// use airflow_values::official::IngressHost;
    ///
    /// let host = IngressHost::with_tls("airflow.example.com", "airflow-tls");
    /// assert_eq!(host.name(), "airflow.example.com");
    /// ```
    pub fn with_tls(name: impl Into<String>, secret_name: impl Into<String>) -> Self {
        IngressHost::Host(IngressHostSpec {
            name: name.into(),
            tls: Some(IngressTls {
                enabled: Some(true),
                secret_name: Some(secret_name.into()),
            }),
        })
    }

    /// The host name.
    pub fn name(&self) -> &str {
        match self {
            IngressHost::Host(h) => &h.name,
            IngressHost::Name(n) => n,
        }
    }
}

/// A host of an Ingress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct IngressHostSpec {
    /// Host name.
    #[builder(into)]
    pub name: String,
    /// TLS for this host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<IngressTls>,
}

/// Values under `ingress`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Ingress {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub enabled: Option<Nullable<bool>>,
    /// Chart key `apiServer`: api server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub api_server: Option<IngressComponent>,
    /// Chart key `web`: web.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<IngressComponent>,
    /// Chart key `flower`: flower.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flower: Option<FlowerIngress>,
    /// Chart key `statsd`: statsd.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub statsd: Option<StatsdIngress>,
    /// Chart key `pgbouncer`: pgbouncer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub pgbouncer: Option<StatsdIngress>,
}

/// Values under `ingress.apiServer`, `ingress.web`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct IngressComponent {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// URL path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// How the path is matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_type: Option<PathType>,
    /// Host name or address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Host names served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<IngressHost>>,
    /// IngressClass that serves the Ingress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_class_name: Option<String>,
    /// Chart key `tls`: tls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<IngressTls>,
    /// Chart key `precedingPaths`: preceding paths.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preceding_paths: Option<Vec<serde_json::Value>>,
    /// Chart key `succeedingPaths`: succeeding paths.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeeding_paths: Option<Vec<serde_json::Value>>,
}

/// Values under `ingress.flower`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct FlowerIngress {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// URL path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// How the path is matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_type: Option<PathType>,
    /// Host name or address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Host names served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<IngressHost>>,
    /// IngressClass that serves the Ingress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_class_name: Option<String>,
    /// Chart key `tls`: tls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<IngressTls>,
}

/// Values under `ingress.statsd`, `ingress.pgbouncer`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct StatsdIngress {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// URL path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// How the path is matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_type: Option<PathType>,
    /// Host name or address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Host names served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<IngressHost>>,
    /// IngressClass that serves the Ingress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_class_name: Option<String>,
}

/// Values under `ingress.apiServer.tls`, `ingress.web.tls`, `ingress.flower.tls`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct IngressTls {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Name of the Kubernetes Secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_name: Option<String>,
}
