//! `logs`: where task logs are kept.

use super::prelude::*;

/// A switched-off log groomer sidecar, for components whose logs live elsewhere.
macro_rules! disabled_log_groomer {
    ($($ty:ty),+) => {$(
        impl $ty {
            /// The sidecar switched off.
            pub fn disabled() -> Self {
                Self {
                    enabled: Some(false.into()),
                    ..Self::default()
                }
            }
        }
    )+};
}

disabled_log_groomer!(
    LogGroomerSidecar,
    SchedulerLogGroomerSidecar,
    CeleryLogGroomerSidecar
);

/// Values under `logs`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Logs {
    /// Persistent storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistence: Option<LogPersistence>,
    /// Settings of the emptyDir volume used when persistence is off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty_dir_config: Option<k8s_openapi::api::core::v1::EmptyDirVolumeSource>,
}

/// Values under `logs.persistence`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct LogPersistence {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Size of the volume.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// StorageClass of the volume claim.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub storage_class_name: Option<Nullable<String>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// An existing PersistentVolumeClaim to use instead of a new one.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub existing_claim: Option<Nullable<String>>,
    /// Sub-path of the volume to mount.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub sub_path: Option<Nullable<String>>,
}
