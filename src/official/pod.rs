//! Building blocks shared by several components: service accounts, probes, disruption budgets, autoscaling, network policies, services.

use super::prelude::*;

/// Values under `env.[]`, `workers.waitForMigrations.env.[]`, `workers.celery.waitForMigrations.env.[]`, `scheduler.waitForMigrations.env.[]` and 8 more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct EnvVar {
    /// Name of the object.
    pub name: String,
    /// The literal value.
    pub value: String,
}

/// Values under `workers.serviceAccount`, `triggerer.serviceAccount`, `dagProcessor.serviceAccount`, `createUserJob.serviceAccount` and 10 more.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct ServiceAccount {
    /// Whether the account token is mounted into the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automount_service_account_token: Option<bool>,
    /// Whether the chart creates the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create: Option<bool>,
    /// Name of the object.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub name: Option<Nullable<String>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// Values under `workers.keda`, `triggerer.keda`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Keda {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Chart key `namespaceLabels`: namespace labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace_labels: Option<BTreeMap<String, String>>,
    /// Chart key `pollingInterval`: polling interval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polling_interval: Option<i64>,
    /// Chart key `cooldownPeriod`: cooldown period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooldown_period: Option<i64>,
    /// Fewest pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_replica_count: Option<i64>,
    /// Most pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_replica_count: Option<i64>,
    /// Chart key `advanced`: advanced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced: Option<KedaAdvanced>,
    /// Chart key `query`: query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Chart key `usePgbouncer`: use pgbouncer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_pgbouncer: Option<bool>,
}

/// Values under `workers.hpa`, `apiServer.hpa`, `webserver.hpa`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Hpa {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Fewest pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_replica_count: Option<i64>,
    /// Most pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_replica_count: Option<i64>,
    /// Chart key `metrics`: metrics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics: Option<Vec<k8s_openapi::api::autoscaling::v2::MetricSpec>>,
    /// Chart key `behavior`: behavior.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behavior: Option<k8s_openapi::api::autoscaling::v2::HorizontalPodAutoscalerBehavior>,
}

/// Values under `workers.podDisruptionBudget`, `triggerer.podDisruptionBudget`, `dagProcessor.podDisruptionBudget`, `apiServer.podDisruptionBudget`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PodDisruptionBudget {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Configuration text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<PodDisruptionBudgetConfig>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Values under `workers.securityContexts`, `workers.celery.securityContexts`, `workers.kubernetes.securityContexts`, `scheduler.securityContexts` and 14 more.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct WorkersSecurityContexts {
    /// Security context of the pod.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// Security context of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<k8s_openapi::api::core::v1::SecurityContext>,
}

/// Values under `workers.waitForMigrations`, `scheduler.waitForMigrations`, `triggerer.waitForMigrations`, `dagProcessor.waitForMigrations` and 3 more.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct WaitForMigrations {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkerPersistenceSecurityContexts>,
}

/// Values under `scheduler.livenessProbe`, `triggerer.livenessProbe`, `dagProcessor.livenessProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct SchedulerLivenessProbe {
    /// Seconds to wait before the first probe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_delay_seconds: Option<i64>,
    /// Seconds before a probe counts as failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<i64>,
    /// Failed probes in a row before the container counts as unhealthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_threshold: Option<i64>,
    /// Seconds between two probes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_seconds: Option<i64>,
    /// Command that replaces the image entrypoint.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub command: Option<Nullable<Vec<Nullable<String>>>>,
}

/// Values under `scheduler.serviceAccount`, `cleanup.serviceAccount`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct SchedulerServiceAccount {
    /// Whether the account token is mounted into the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automount_service_account_token: Option<bool>,
    /// Chart key `serviceAccountTokenVolume`: service account token volume.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub service_account_token_volume: Option<ServiceAccountTokenVolume>,
    /// Whether the chart creates the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create: Option<bool>,
    /// Name of the object.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<Nullable<String>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// Values under `scheduler.podDisruptionBudget`, `webserver.podDisruptionBudget`, `pgbouncer.podDisruptionBudget`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-closed-in" = ["1.15.0"]))]
#[non_exhaustive]
pub struct SchedulerPodDisruptionBudget {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Configuration text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<SchedulerPodDisruptionBudgetConfig>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Values under `scheduler.logGroomerSidecar`, `triggerer.logGroomerSidecar`, `dagProcessor.logGroomerSidecar`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct SchedulerLogGroomerSidecar {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Command that replaces the image entrypoint.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub command: Option<Nullable<Vec<String>>>,
    /// Arguments passed to the command.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub args: Option<Nullable<Vec<String>>>,
    /// Days logs are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<i64>,
    /// Chart key `retentionMinutes`: retention minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub retention_minutes: Option<i64>,
    /// Chart key `frequencyMinutes`: frequency minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub frequency_minutes: Option<i64>,
    /// Chart key `maxSizeBytes`: max size bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub max_size_bytes: Option<i64>,
    /// Chart key `maxSizePercent`: max size percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub max_size_percent: Option<i64>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub env: Option<Vec<k8s_openapi::api::core::v1::EnvVar>>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkerPersistenceSecurityContexts>,
}

/// Values under `createUserJob.defaultUser`, `_rpcServer.defaultUser`, `webserver.defaultUser`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct DefaultUser {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Airflow role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// User name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<SecretValue>,
}

/// Allowed values of `createUserJob.restartPolicy`, `migrateDatabaseJob.restartPolicy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum RestartPolicy {
    /// `OnFailure`.
    #[serde(rename = "OnFailure")]
    OnFailure,
    /// `Never`.
    #[serde(rename = "Never")]
    Never,
}

/// Values under `_rpcServer.livenessProbe`, `_rpcServer.readinessProbe`, `apiServer.livenessProbe`, `apiServer.readinessProbe` and 3 more.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct RpcServerLivenessProbe {
    /// Seconds to wait before the first probe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_delay_seconds: Option<i64>,
    /// Seconds before a probe counts as failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<i64>,
    /// Failed probes in a row before the container counts as unhealthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_threshold: Option<i64>,
    /// Seconds between two probes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_seconds: Option<i64>,
    /// HTTP or HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
}

/// Values under `_rpcServer.networkPolicy`, `apiServer.networkPolicy`, `webserver.networkPolicy`, `flower.networkPolicy`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct NetworkPolicy {
    /// Chart key `ingress`: ingress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress: Option<NetworkPolicyIngress>,
}

/// Values under `_rpcServer.service`, `apiServer.service`, `webserver.service`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Service {
    /// Kind of object.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Ports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<ServicePort>>,
    /// Requested load balancer address.
    #[serde(
        default,
        rename = "loadBalancerIP",
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_ip: Option<Nullable<String>>,
    /// Client address ranges a load balancer admits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_source_ranges: Option<Vec<String>>,
}

/// Values under `elasticsearch.connection`, `opensearch.connection`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct SearchConnection {
    /// HTTP or HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// User name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<String>,
    /// Host name or address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Port number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<serde_json::Number>,
}

/// Values under `workers.keda.advanced`, `workers.celery.keda.advanced`, `triggerer.keda.advanced`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct KedaAdvanced {
    /// Chart key `horizontalPodAutoscalerConfig`: horizontal pod autoscaler config.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizontal_pod_autoscaler_config: Option<HorizontalPodAutoscalerConfig>,
}

/// Values under `workers.persistence.persistentVolumeClaimRetentionPolicy`, `workers.celery.persistence.persistentVolumeClaimRetentionPolicy`, `triggerer.persistence.persistentVolumeClaimRetentionPolicy`, `redis.persistence.persistentVolumeClaimRetentionPolicy`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct PersistentVolumeClaimRetentionPolicy {
    /// Chart key `whenDeleted`: when deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_deleted: Option<String>,
    /// Chart key `whenScaled`: when scaled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_scaled: Option<String>,
}

/// Values under `workers.persistence.securityContexts`, `workers.kerberosSidecar.securityContexts`, `workers.kerberosInitContainer.securityContexts`, `workers.logGroomerSidecar.securityContexts` and 19 more.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct WorkerPersistenceSecurityContexts {
    /// Security context of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<k8s_openapi::api::core::v1::SecurityContext>,
}

/// Values under `workers.podDisruptionBudget.config`, `triggerer.podDisruptionBudget.config`, `dagProcessor.podDisruptionBudget.config`, `apiServer.podDisruptionBudget.config`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PodDisruptionBudgetConfig {
    /// Pods that may be down at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_unavailable: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Pods that must stay up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_available: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Values under `workers.env.[]`, `workers.celery.env.[]`, `workers.kubernetes.env.[]`, `scheduler.env.[]` and 8 more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct ContainerEnvVar {
    /// Name of the object.
    pub name: String,
    /// The literal value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Where the value is read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_from: Option<EnvVarSource>,
}

/// Values under `scheduler.serviceAccount.serviceAccountTokenVolume`, `cleanup.serviceAccount.serviceAccountTokenVolume`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct ServiceAccountTokenVolume {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Where the volume is mounted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mount_path: Option<String>,
    /// Chart key `volumeName`: volume name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_name: Option<String>,
    /// Chart key `expirationSeconds`: expiration seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_seconds: Option<i64>,
    /// Chart key `audience`: audience.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub audience: Option<Nullable<String>>,
}

/// Values under `scheduler.podDisruptionBudget.config`, `webserver.podDisruptionBudget.config`, `pgbouncer.podDisruptionBudget.config`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(extend("x-closed-in" = ["1.15.0"]))]
#[non_exhaustive]
pub struct SchedulerPodDisruptionBudgetConfig {
    /// Pods that may be down at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_unavailable: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Pods that must stay up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_available: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Values under `_rpcServer.networkPolicy.ingress`, `apiServer.networkPolicy.ingress`, `webserver.networkPolicy.ingress`, `flower.networkPolicy.ingress`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct NetworkPolicyIngress {
    /// Peers allowed to connect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Vec<k8s_openapi::api::networking::v1::NetworkPolicyPeer>>,
    /// Ports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<k8s_openapi::api::networking::v1::NetworkPolicyPort>>,
}

/// Values under `workers.keda.advanced.horizontalPodAutoscalerConfig`, `workers.celery.keda.advanced.horizontalPodAutoscalerConfig`, `triggerer.keda.advanced.horizontalPodAutoscalerConfig`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct HorizontalPodAutoscalerConfig {
    /// Chart key `behavior`: behavior.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behavior: Option<k8s_openapi::api::autoscaling::v2::HorizontalPodAutoscalerBehavior>,
}

/// Values under `workers.env.[].valueFrom`, `workers.celery.env.[].valueFrom`, `workers.kubernetes.env.[].valueFrom`, `scheduler.env.[].valueFrom` and 8 more.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct EnvVarSource {
    /// A key of a ConfigMap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_key_ref: Option<k8s_openapi::api::core::v1::ConfigMapKeySelector>,
    /// A key of a Secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key_ref: Option<k8s_openapi::api::core::v1::SecretKeySelector>,
}

/// Values under `_rpcServer.service.ports.[]`, `apiServer.service.ports.[]`, `webserver.service.ports.[]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct ServicePort {
    /// Name of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Port number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Port on the pod.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_port: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Port on every node (NodePort and LoadBalancer Services).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_port: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Protocol.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
}
