//! `data`, `postgresql` and `pgbouncer`: where the metadata database is and how it is reached.

use super::prelude::*;

use crate::types::database::{Dialect, MetadataConnection};

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

impl From<&MetadataConnection> for MetadataConnectionValues {
    fn from(c: &MetadataConnection) -> Self {
        MetadataConnectionValues {
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
        }
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

/// Values under `data`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Data {
    /// Chart key `metadataSecretName`: metadata secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub metadata_secret_name: Option<Nullable<String>>,
    /// Chart key `resultBackendSecretName`: result backend secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub result_backend_secret_name: Option<Nullable<String>>,
    /// Chart key `brokerUrlSecretName`: broker url secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub broker_url_secret_name: Option<Nullable<String>>,
    /// Chart key `metadataConnection`: metadata connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_connection: Option<MetadataConnectionValues>,
    /// Chart key `resultBackendConnection`: result backend connection.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub result_backend_connection: Option<Nullable<ResultBackendConnection>>,
    /// Chart key `resultBackendConnectionSecretAnnotations`: result backend connection secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub result_backend_connection_secret_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `brokerUrl`: broker url.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub broker_url: Option<Nullable<String>>,
    /// Chart key `brokerUrlSecretAnnotations`: broker url secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub broker_url_secret_annotations: Option<BTreeMap<String, String>>,
}

/// Values under `pgbouncer`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Pgbouncer {
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub labels: Option<BTreeMap<String, String>>,
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Chart key `certificatesSecretAnnotations`: certificates secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub certificates_secret_annotations: Option<BTreeMap<String, String>>,
    /// Number of pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i64>,
    /// Old ReplicaSets kept for rollback.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub revision_history_limit: Option<Nullable<i64>>,
    /// Command that replaces the image entrypoint.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub command: Option<Nullable<Vec<String>>>,
    /// Arguments passed to the command.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub args: Option<Nullable<Vec<String>>>,
    /// Chart key `mountConfigSecret`: mount config secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub mount_config_secret: Option<bool>,
    /// More peers allowed by the NetworkPolicy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_network_policies: Option<Vec<k8s_openapi::api::networking::v1::NetworkPolicyPeer>>,
    /// Chart key `metadataPoolSize`: metadata pool size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_pool_size: Option<i64>,
    /// Chart key `resultBackendPoolSize`: result backend pool size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_backend_pool_size: Option<i64>,
    /// Chart key `maxClientConn`: max client conn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_client_conn: Option<i64>,
    /// Chart key `configSecretName`: config secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub config_secret_name: Option<Nullable<String>>,
    /// Chart key `configSecretAnnotations`: config secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub config_secret_annotations: Option<BTreeMap<String, String>>,
    /// Annotations added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_annotations: Option<BTreeMap<String, String>>,
    /// PodDisruptionBudget of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_disruption_budget: Option<SchedulerPodDisruptionBudget>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// The Kubernetes Service in front of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<PgbouncerService>,
    /// Chart key `verbose`: verbose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verbose: Option<i64>,
    /// Chart key `auth_type`: auth type.
    #[serde(default, rename = "auth_type", skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<String>,
    /// Chart key `auth_file`: auth file.
    #[serde(default, rename = "auth_file", skip_serializing_if = "Option::is_none")]
    pub auth_file: Option<String>,
    /// Chart key `logDisconnections`: log disconnections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_disconnections: Option<i64>,
    /// Chart key `logConnections`: log connections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_connections: Option<i64>,
    /// libpq `sslmode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sslmode: Option<SslMode>,
    /// Chart key `ciphers`: ciphers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ciphers: Option<String>,
    /// Chart key `ssl`: ssl.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl: Option<PgbouncerSsl>,
    /// Chart key `extraIniMetadata`: extra ini metadata.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub extra_ini_metadata: Option<Nullable<String>>,
    /// Chart key `extraIniResultBackend`: extra ini result backend.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub extra_ini_result_backend: Option<Nullable<String>>,
    /// Chart key `extraIni`: extra ini.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub extra_ini: Option<Nullable<String>>,
    /// More volumes for the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volumes: Option<Vec<k8s_openapi::api::core::v1::Volume>>,
    /// More volume mounts for the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
    /// Sidecar containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
    /// PriorityClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub priority_class_name: Option<Nullable<String>>,
    /// Scheduling affinity of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affinity: Option<k8s_openapi::api::core::v1::Affinity>,
    /// Taints the pods tolerate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerations: Option<Vec<k8s_openapi::api::core::v1::Toleration>>,
    /// How the pods spread across zones or nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topology_spread_constraints:
        Option<Vec<k8s_openapi::api::core::v1::TopologySpreadConstraint>>,
    /// User id the process runs as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<i64>,
    /// Chart key `metricsExporterSidecar`: metrics exporter sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics_exporter_sidecar: Option<MetricsExporterSidecar>,
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
    /// Chart key `auth`: auth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<PostgresqlAuth>,
    /// Chart key `image`: image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<PostgresqlImage>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// `data.metadataConnection`: the metadata database as the chart takes it, key by key.
///
/// The chart builds the connection URL from these keys itself (escaping user
/// and password with Go's `urlquery`), so values here are written unencoded.
/// Build it from a checked [`MetadataConnection`](crate::types::MetadataConnection) with `From`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct MetadataConnectionValues {
    /// User name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<SecretValue>,
    /// Protocol.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Host name or address.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub host: Option<Nullable<String>>,
    /// Port number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// Database name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db: Option<String>,
    /// libpq `sslmode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sslmode: Option<SslMode>,
    /// Chart key `secretAnnotations`: secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub secret_annotations: Option<BTreeMap<String, String>>,
}

/// Values under `data.resultBackendConnection`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct ResultBackendConnection {
    /// User name.
    pub user: String,
    /// Password.
    pub pass: SecretValue,
    /// Protocol.
    pub protocol: String,
    /// Host name or address.
    pub host: Nullable<String>,
    /// Port number.
    pub port: i64,
    /// Database name.
    pub db: String,
    /// libpq `sslmode`.
    pub sslmode: SslMode,
}

/// Values under `pgbouncer.service`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct PgbouncerService {
    /// More annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `clusterIp`: cluster ip.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub cluster_ip: Option<Nullable<String>>,
}

/// Values under `pgbouncer.ssl`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct PgbouncerSsl {
    /// Chart key `ca`: ca.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub ca: Option<Nullable<String>>,
    /// Chart key `cert`: cert.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub cert: Option<Nullable<String>>,
    /// Chart key `key`: key.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub key: Option<Nullable<SecretValue>>,
}

/// Values under `pgbouncer.metricsExporterSidecar`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct MetricsExporterSidecar {
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// Chart key `statsSecretName`: stats secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub stats_secret_name: Option<Nullable<String>>,
    /// Chart key `statsSecretKey`: stats secret key.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub stats_secret_key: Option<Nullable<String>>,
    /// Chart key `statsSecretAnnotations`: stats secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub stats_secret_annotations: Option<BTreeMap<String, String>>,
    /// libpq `sslmode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sslmode: Option<ExporterSslMode>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkerPersistenceSecurityContexts>,
    /// Probe that restarts the container when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_probe: Option<MetricsExporterSidecarLivenessProbe>,
    /// Probe that takes the pod out of its Service when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness_probe: Option<MetricsExporterSidecarLivenessProbe>,
    /// More volume mounts for the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub extra_volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
}

/// Values under `postgresql.auth`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PostgresqlAuth {
    /// Chart key `enablePostgresUser`: enable postgres user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_postgres_user: Option<bool>,
    /// Chart key `postgresPassword`: postgres password.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub postgres_password: Option<Nullable<SecretValue>>,
    /// User name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub username: Option<Nullable<String>>,
    /// Password.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<Nullable<SecretValue>>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Values under `postgresql.image`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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

/// Values under `pgbouncer.metricsExporterSidecar.livenessProbe`, `pgbouncer.metricsExporterSidecar.readinessProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct MetricsExporterSidecarLivenessProbe {
    /// Seconds to wait before the first probe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_delay_seconds: Option<i64>,
    /// Seconds between two probes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_seconds: Option<i64>,
    /// Seconds before a probe counts as failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<i64>,
}
