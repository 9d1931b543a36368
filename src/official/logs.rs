//! `logs`: where task logs are kept.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::types::nullable::{Nullable, deserialize_some};

/// `logs`: the log volume.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Logs {
    /// A persistent volume for task logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistence: Option<LogPersistence>,
}

/// `logs.persistence`: a claim shared by every component that writes logs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct LogPersistence {
    /// Mount a claim for logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Size of the claim the chart creates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub size: Option<String>,
    /// Storage class of the claim the chart creates; `null` means the cluster default.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_class_name: Option<Nullable<String>>,
    /// Use this existing claim instead of creating one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub existing_claim: Option<String>,
    /// Annotations on the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}
