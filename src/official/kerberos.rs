//! Kerberos ticket renewal (`kerberos`).

use super::prelude::*;

values_struct! {
    /// Values under `kerberos`.
    #[derive(Default)]
    pub struct Kerberos {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Directory where the shared Kerberos credential cache volume is mounted.
        ccache_mount_path: String,
        /// File name of the credential cache in that directory.
        ccache_file_name: String,
        /// Path where `krb5.conf` is mounted.
        config_path: String,
        /// Keytab, base64 encoded, that the chart stores in a Secret; `None` expects a keytab Secret you created.
        keytab_base64_content: null SecretValue,
        /// Path where the keytab is mounted for the ticket-renewing sidecar.
        keytab_path: String,
        /// Kerberos principal whose tickets are renewed.
        principal: String,
        /// Seconds between renewals of the credential cache (Airflow's `[kerberos] reinit_frequency`).
        reinit_frequency: i64,
        /// Contents of `krb5.conf`, as text.
        config: String,
    }
}
