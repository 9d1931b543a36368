//! `data`, `postgresql` and `pgbouncer`: where the metadata database is and how it is reached.

use super::prelude::*;

use crate::types::database::{Dialect, MetadataConnection, lost_in_chart_escaping};

impl Protocol {
    /// The text the chart puts before `://` in the connection URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Postgresql => "postgresql",
            Protocol::Mysql => "mysql",
        }
    }
}

/// The protocol of `data.metadataConnection`, for values built in Rust (the
/// model keeps the key as text, since the chart takes any).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Protocol {
    /// PostgreSQL.
    Postgresql,
    /// MySQL.
    Mysql,
}

impl MetadataConnectionValues {
    /// The host, when one is set.
    pub fn host(&self) -> Option<&str> {
        self.host
            .as_ref()
            .and_then(Nullable::as_value)
            .map(String::as_str)
    }
}

/// Why a [`MetadataConnection`] cannot be written as `data.metadataConnection`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConnectionValuesError {
    /// The user name or the password has a character that the chart's
    /// escaping (Go's `urlquery`) changes and SQLAlchemy does not change
    /// back: a space becomes `+`.
    #[error(
        "the {part} has a space, which the chart's urlquery escaping writes as `+` and Airflow reads back as a plus; write the URL from MetadataConnection::to_url into a Secret and set data.metadataSecretName, or use a {part} without spaces"
    )]
    LostInEscaping {
        /// `user name` or `password`.
        part: &'static str,
    },
}

/// The chart keys of a checked connection.
///
/// # Errors
/// [`ConnectionValuesError::LostInEscaping`] when the user name or the
/// password has a space: the chart would corrupt it (the value is never
/// part of the message).
impl TryFrom<&MetadataConnection> for MetadataConnectionValues {
    type Error = ConnectionValuesError;

    fn try_from(c: &MetadataConnection) -> Result<Self, Self::Error> {
        if lost_in_chart_escaping(c.user()).is_some() {
            return Err(ConnectionValuesError::LostInEscaping { part: "user name" });
        }
        if lost_in_chart_escaping(c.password().expose_secret()).is_some() {
            return Err(ConnectionValuesError::LostInEscaping { part: "password" });
        }
        Ok(MetadataConnectionValues {
            user: Some(c.user().to_owned()),
            pass: Some(c.password().clone().into()),
            protocol: Some(
                match c.protocol() {
                    Dialect::Mysql => Protocol::Mysql,
                    _ => Protocol::Postgresql,
                }
                .as_str()
                .to_owned(),
            ),
            host: Some(Nullable::Value(c.host().to_owned())),
            port: Some(c.port().into()),
            db: Some(c.db().to_owned()),
            sslmode: Some(c.sslmode()),
            ..MetadataConnectionValues::default()
        })
    }
}

/// The chart keys of a checked connection, for `data.resultBackendConnection`.
///
/// # Errors
/// [`ConnectionValuesError::LostInEscaping`] when the user name or the
/// password has a space, which the chart's escaping would corrupt.
impl TryFrom<&MetadataConnection> for ResultBackendConnection {
    type Error = ConnectionValuesError;

    fn try_from(c: &MetadataConnection) -> Result<Self, Self::Error> {
        let keys = MetadataConnectionValues::try_from(c)?;
        Ok(ResultBackendConnection::builder()
            .user(c.user())
            .pass(c.password().clone().into())
            .protocol(keys.protocol.unwrap_or_default())
            .host(c.host())
            .port(i64::from(c.port()))
            .db(c.db())
            .sslmode(c.sslmode())
            .build())
    }
}

impl Pgbouncer {
    /// Whether `extraIni` turns on TLS for clients (`client_tls_sslmode` other than `disable`).
    pub fn has_client_tls(&self) -> bool {
        let Some(ini) = self.extra_ini.as_ref().and_then(Nullable::as_value) else {
            return false;
        };
        ini.lines().any(|line| {
            let mut kv = line.splitn(2, '=');
            let key = kv.next().unwrap_or_default().trim();
            let value = kv.next().unwrap_or_default().trim();
            key == "client_tls_sslmode" && !value.is_empty() && value != "disable"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_tls_is_read_from_extra_ini() {
        for (ini, want) in [
            (
                "client_tls_sslmode = require\nclient_tls_key_file = /k",
                true,
            ),
            ("client_tls_sslmode=disable", false),
            ("server_tls_sslmode = require", false),
            ("", false),
        ] {
            let p = Pgbouncer {
                extra_ini: Some(Nullable::Value(ini.to_owned())),
                ..Pgbouncer::default()
            };
            assert_eq!(p.has_client_tls(), want, "ini {ini:?}");
        }
        assert!(!Pgbouncer::default().has_client_tls());
    }
}

values_struct! {
    /// Values under `data`.
    #[derive(Default)]
    pub struct Data: builder {
        /// Existing Secret with the metadata database URL under key `connection`; `None` builds it from `metadataConnection`.
        metadata_secret_name: null String,
        /// Existing Secret with the Celery result backend URL under key `connection`; `None` lets the chart build it.
        result_backend_secret_name: null String,
        /// Existing Secret with the Celery broker URL under key `connection`; `None` lets the chart build it.
        broker_url_secret_name: null String,
        /// Parts of the metadata database connection the chart builds its URL from.
        metadata_connection: MetadataConnectionValues,
        /// Parts of the Celery result backend connection; `null` reuses `metadataConnection`.
        result_backend_connection: null ResultBackendConnection,
        /// Annotations on the Secret the chart creates for the result backend connection.
        result_backend_connection_secret_annotations: BTreeMap<String, String>,
        /// Celery broker URL of an external Redis; `None` points at the Redis the chart runs.
        broker_url: null String,
        /// Annotations on the Secret the chart creates for the broker URL.
        broker_url_secret_annotations: BTreeMap<String, String>,
    }
}

values_struct! {
    /// Values under `pgbouncer`.
    #[derive(Default)]
    pub struct Pgbouncer: builder {
        /// Extra environment variables of the main container.
        env: Vec<EnvVar>,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Annotations on the Secret holding PgBouncer's TLS files.
        certificates_secret_annotations: BTreeMap<String, String>,
        /// Number of pods.
        replicas: i64,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Whether the config Secret is mounted into `/etc/pgbouncer`; turn off to supply the files another way.
        mount_config_secret: bool,
        /// More peers allowed by the NetworkPolicy.
        extra_network_policies: Vec<k8s::NetworkPolicyPeer>,
        /// Server connections PgBouncer keeps per pool to the metadata database.
        metadata_pool_size: i64,
        /// Server connections PgBouncer keeps per pool to the result backend database.
        result_backend_pool_size: i64,
        /// Most client connections PgBouncer accepts at once.
        max_client_conn: i64,
        /// Existing Secret with `pgbouncer.ini` and `users.txt`; `None` lets the chart create it.
        config_secret_name: null String,
        /// Annotations on the PgBouncer config Secret the chart creates.
        config_secret_annotations: BTreeMap<String, String>,
        /// Annotations added to the pods.
        pod_annotations: BTreeMap<String, String>,
        /// PodDisruptionBudget of the pods.
        pod_disruption_budget: SchedulerPodDisruptionBudget,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// The Kubernetes Service in front of the pods.
        service: PgbouncerService,
        /// PgBouncer's log verbosity; 0 is normal, higher values log more.
        verbose: i64,
        /// How PgBouncer authenticates clients, such as `scram-sha-256` or `md5`.
        #[serde(rename = "auth_type")]
        auth_type: String,
        /// Path of PgBouncer's user list with passwords (`auth_file` in `pgbouncer.ini`).
        #[serde(rename = "auth_file")]
        auth_file: String,
        /// Whether PgBouncer logs disconnections with their reason: 1 on, 0 off.
        log_disconnections: i64,
        /// Whether PgBouncer logs successful logins: 1 on, 0 off.
        log_connections: i64,
        /// libpq `sslmode`.
        sslmode: SslMode,
        /// TLS ciphers PgBouncer allows: `fast`, `normal`, or an OpenSSL cipher list joined by `:`.
        ciphers: String,
        /// TLS files PgBouncer uses on its connections to the database server.
        ssl: PgbouncerSsl,
        /// Extra settings appended to the metadata database's line in `pgbouncer.ini`.
        extra_ini_metadata: null String,
        /// Extra settings appended to the result backend database's line in `pgbouncer.ini`.
        extra_ini_result_backend: null String,
        /// Extra lines for the `[pgbouncer]` section of `pgbouncer.ini`.
        extra_ini: null String,
        ..extra_volumes,
        /// Sidecar containers added to the pods.
        extra_containers: Vec<k8s::Container>,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        ..pod_placement,
        /// User id the process runs as.
        uid: i64,
        /// Sidecar that exports PgBouncer statistics as Prometheus metrics.
        metrics_exporter_sidecar: MetricsExporterSidecar,
    }
}

/// Values under `postgresql`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase")]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Postgresql {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Passwords and the custom user of the bundled PostgreSQL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<PostgresqlAuth>,
    /// Image of the bundled PostgreSQL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<PostgresqlImage>,
    /// A key charts 1.10.0 and 1.11.0 list in their schema beside `image`;
    /// the subchart reads `image`, so setting this changes nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<PostgresqlImages>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

values_struct! {
    /// Values under `postgresql.images` (charts 1.10.0 and 1.11.0).
    #[derive(Default)]
    pub struct PostgresqlImages {
        /// Image tag.
        tag: String,
    }
}

values_struct! {
    /// `data.metadataConnection`: the metadata database as the chart takes it, key by key.
    ///
    /// The chart builds the connection URL from these keys itself (escaping user
    /// and password with Go's `urlquery`), so values here are written unencoded.
    /// Build it from a checked [`MetadataConnection`](crate::types::MetadataConnection) with `TryFrom`,
    /// which refuses a user name or password the chart's escaping would change.
    #[derive(Default)]
    pub struct MetadataConnectionValues {
        /// User name.
        user: String,
        /// Password.
        pass: SecretValue,
        /// Protocol.
        protocol: String,
        /// Host name or address.
        host: null String,
        /// Port number.
        port: i64,
        /// Database name.
        db: String,
        /// libpq `sslmode`.
        sslmode: SslMode,
        /// Annotations on the Secret the chart creates for this connection.
        secret_annotations: BTreeMap<String, String>,
    }
}

values_struct! {
    /// Values under `data.resultBackendConnection`.
    pub struct ResultBackendConnection {
        /// User name.
        user: raw String,
        /// Password.
        pass: raw SecretValue,
        /// Protocol.
        protocol: raw String,
        /// Host name or address.
        #[builder(into)]
        host: raw Nullable<String>,
        /// Port number.
        port: raw i64,
        /// Database name.
        db: raw String,
        /// libpq `sslmode`.
        sslmode: raw SslMode,
    }
}

values_struct! {
    /// Values under `pgbouncer.service`.
    #[derive(Default)]
    pub struct PgbouncerService {
        /// More annotations.
        extra_annotations: BTreeMap<String, String>,
        /// Fixed cluster IP of the PgBouncer Service; `None` lets Kubernetes choose one.
        cluster_ip: null String,
    }
}

values_struct! {
    /// Values under `pgbouncer.ssl`.
    #[derive(Default)]
    pub struct PgbouncerSsl: builder {
        /// CA certificate (PEM) against which PgBouncer checks the database server.
        ca: null String,
        /// Certificate (PEM) PgBouncer presents to the database server.
        cert: null String,
        /// Private key (PEM) of the certificate PgBouncer presents to the database server.
        key: null SecretValue,
    }
}

values_struct! {
    /// Values under `pgbouncer.metricsExporterSidecar`.
    #[derive(Default)]
    pub struct MetricsExporterSidecar: builder {
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Existing Secret with the connection URI the exporter uses; `None` lets the chart create it.
        stats_secret_name: null String,
        /// Key of the URI in `statsSecretName`; `None` means `connection`.
        stats_secret_key: null String,
        /// Annotations on the stats Secret the chart creates.
        stats_secret_annotations: BTreeMap<String, String>,
        /// libpq `sslmode`.
        sslmode: ExporterSslMode,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
        /// Probe that restarts the container when it fails.
        liveness_probe: MetricsExporterSidecarLivenessProbe,
        /// Probe that takes the pod out of its Service when it fails.
        readiness_probe: MetricsExporterSidecarLivenessProbe,
        /// More volume mounts for the main container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
    }
}

/// Values under `postgresql.auth`.
#[derive(bon::Builder, Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PostgresqlAuth {
    /// Whether the `postgres` admin user gets a password; without one it cannot log in remotely.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_postgres_user: Option<bool>,
    /// The `postgres` superuser's password.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub postgres_password: Option<Nullable<SecretValue>>,
    /// User name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub username: Option<Nullable<String>>,
    /// Password.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub password: Option<Nullable<SecretValue>>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Values under `postgresql.image`.
#[derive(bon::Builder, Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PostgresqlImage {
    /// Image repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<String>,
    /// Image tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Allowed values of `pgbouncer.metricsExporterSidecar.sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum ExporterSslMode {
    /// `disable`.
    #[serde(rename = "disable")]
    Disable,
    /// `require`.
    #[serde(rename = "require")]
    Require,
    /// `verify-ca`.
    #[serde(rename = "verify-ca")]
    VerifyCa,
    /// `verify-full`.
    #[serde(rename = "verify-full")]
    VerifyFull,
}

values_struct! {
    /// Values under `pgbouncer.metricsExporterSidecar.livenessProbe`, `pgbouncer.metricsExporterSidecar.readinessProbe`.
    #[derive(Default)]
    pub struct MetricsExporterSidecarLivenessProbe {
        /// Seconds to wait before the first probe.
        initial_delay_seconds: i64,
        /// Seconds between two probes.
        period_seconds: i64,
        /// Seconds before a probe counts as failed.
        timeout_seconds: i64,
    }
}
