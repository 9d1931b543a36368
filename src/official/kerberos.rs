//! Kerberos ticket renewal (`kerberos`).

use super::prelude::*;

values_struct! {
    /// Values under `kerberos`.
    #[derive(Default)]
    pub struct Kerberos {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Chart key `ccacheMountPath`: ccache mount path.
        ccache_mount_path: String,
        /// Chart key `ccacheFileName`: ccache file name.
        ccache_file_name: String,
        /// Chart key `configPath`: config path.
        config_path: String,
        /// Chart key `keytabBase64Content`: keytab base64 content.
        keytab_base64_content: null SecretValue,
        /// Chart key `keytabPath`: keytab path.
        keytab_path: String,
        /// Chart key `principal`: principal.
        principal: String,
        /// Chart key `reinitFrequency`: reinit frequency.
        reinit_frequency: i64,
        /// Configuration text.
        config: String,
    }
}
