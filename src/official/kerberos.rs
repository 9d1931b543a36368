//! Kerberos ticket renewal (`kerberos`).

use super::prelude::*;

/// Values under `kerberos`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Kerberos {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Chart key `ccacheMountPath`: ccache mount path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccache_mount_path: Option<String>,
    /// Chart key `ccacheFileName`: ccache file name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccache_file_name: Option<String>,
    /// Chart key `configPath`: config path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_path: Option<String>,
    /// Chart key `keytabBase64Content`: keytab base64 content.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub keytab_base64_content: Option<Nullable<SecretValue>>,
    /// Chart key `keytabPath`: keytab path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keytab_path: Option<String>,
    /// Chart key `principal`: principal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// Chart key `reinitFrequency`: reinit frequency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reinit_frequency: Option<i64>,
    /// Configuration text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
}
