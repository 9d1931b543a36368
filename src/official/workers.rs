//! Celery and Kubernetes workers (`workers`, with `workers.celery` and `workers.kubernetes` in chart 1.22.0).

use super::prelude::*;

/// Values under `workers`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Workers {
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
    /// Probe that restarts the container when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_probe: Option<LivenessProbe>,
    /// How a StatefulSet replaces its pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub update_strategy: Option<Nullable<BTreeMap<String, serde_json::Value>>>,
    /// Chart key `podManagementPolicy`: pod management policy.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub pod_management_policy: Option<Nullable<PodManagementPolicy>>,
    /// How a Deployment replaces its pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub strategy: Option<Nullable<BTreeMap<String, serde_json::Value>>>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// KEDA autoscaling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keda: Option<Keda>,
    /// HorizontalPodAutoscaler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hpa: Option<Hpa>,
    /// Persistent storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistence: Option<WorkerPersistence>,
    /// Chart key `kerberosSidecar`: kerberos sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kerberos_sidecar: Option<KerberosSidecar>,
    /// Chart key `kerberosInitContainer`: kerberos init container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kerberos_init_container: Option<KerberosSidecar>,
    /// PodDisruptionBudget of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub pod_disruption_budget: Option<PodDisruptionBudget>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// Seconds a pod gets to stop before it is killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_grace_period_seconds: Option<i64>,
    /// Whether the cluster autoscaler may evict the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_to_evict: Option<bool>,
    /// Sidecar containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// Init containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_init_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// Chart key `extraPorts`: extra ports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub extra_ports: Option<Vec<k8s_openapi::api::core::v1::ContainerPort>>,
    /// More volumes for the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volumes: Option<Vec<k8s_openapi::api::core::v1::Volume>>,
    /// More volume mounts for the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
    /// RuntimeClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub runtime_class_name: Option<Nullable<String>>,
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
    /// Extra `/etc/hosts` entries of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_aliases: Option<Vec<k8s_openapi::api::core::v1::HostAlias>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Annotations added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_annotations: Option<BTreeMap<String, String>>,
    /// Kubernetes scheduler that places the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub scheduler_name: Option<Nullable<String>>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// Chart key `logGroomerSidecar`: log groomer sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_groomer_sidecar: Option<LogGroomerSidecar>,
    /// Pod security context (older key, prefer `securityContexts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// The init container that waits for database migrations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_for_migrations: Option<WaitForMigrations>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<ContainerEnvVar>>,
    /// Chart key `volumeClaimTemplates`: volume claim templates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_claim_templates:
        Option<Vec<k8s_openapi::api::core::v1::PersistentVolumeClaimTemplate>>,
    /// Chart key `celery`: celery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Celery| Box::new(value))]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub celery: Option<Box<Celery>>,
    /// Chart key `kubernetes`: kubernetes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Kubernetes| Box::new(value))]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub kubernetes: Option<Box<Kubernetes>>,
}

/// Values under `workers.livenessProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct LivenessProbe {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
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
    pub command: Option<Nullable<Vec<String>>>,
}

/// Allowed values of `workers.podManagementPolicy`, `workers.celery.podManagementPolicy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum PodManagementPolicy {
    /// `OrderedReady`.
    #[serde(rename = "OrderedReady")]
    OrderedReady,
    /// `Parallel`.
    #[serde(rename = "Parallel")]
    Parallel,
}

/// Values under `workers.persistence`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct WorkerPersistence {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Chart key `persistentVolumeClaimRetentionPolicy`: persistent volume claim retention policy.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub persistent_volume_claim_retention_policy:
        Option<Nullable<PersistentVolumeClaimRetentionPolicy>>,
    /// Size of the volume.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// StorageClass of the volume claim.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_class_name: Option<Nullable<String>>,
    /// Chart key `fixPermissions`: fix permissions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix_permissions: Option<bool>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkerPersistenceSecurityContexts>,
}

/// Values under `workers.kerberosSidecar`, `workers.kerberosInitContainer`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct KerberosSidecar {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
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

/// Values under `workers.logGroomerSidecar`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct LogGroomerSidecar {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Chart key `requirePersistence`: require persistence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub require_persistence: Option<bool>,
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

/// Values under `workers.celery`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Celery {
    /// Number of pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub replicas: Option<Nullable<i64>>,
    /// Old ReplicaSets kept for rollback.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub revision_history_limit: Option<Nullable<i64>>,
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
    /// Probe that restarts the container when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_probe: Option<CeleryLivenessProbe>,
    /// How a StatefulSet replaces its pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub update_strategy: Option<Nullable<BTreeMap<String, serde_json::Value>>>,
    /// How a Deployment replaces its pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub strategy: Option<Nullable<BTreeMap<String, serde_json::Value>>>,
    /// Chart key `podManagementPolicy`: pod management policy.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub pod_management_policy: Option<Nullable<PodManagementPolicy>>,
    /// Chart key `enableDefault`: enable default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_default: Option<bool>,
    /// Chart key `queue`: queue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue: Option<String>,
    /// Chart key `sets`: sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sets: Option<Vec<BTreeMap<String, serde_json::Value>>>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// PodDisruptionBudget of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_disruption_budget: Option<CeleryPodDisruptionBudget>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<CeleryServiceAccount>,
    /// KEDA autoscaling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keda: Option<CeleryKeda>,
    /// HorizontalPodAutoscaler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hpa: Option<CeleryHpa>,
    /// Persistent storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistence: Option<CeleryPersistence>,
    /// Chart key `kerberosSidecar`: kerberos sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kerberos_sidecar: Option<CeleryKerberosSidecar>,
    /// Chart key `kerberosInitContainer`: kerberos init container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kerberos_init_container: Option<CeleryKerberosSidecar>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// Seconds a pod gets to stop before it is killed.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_grace_period_seconds: Option<Nullable<i64>>,
    /// Whether the cluster autoscaler may evict the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub safe_to_evict: Option<Nullable<bool>>,
    /// Sidecar containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// Init containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_init_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// More volumes for the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volumes: Option<Vec<k8s_openapi::api::core::v1::Volume>>,
    /// More volume mounts for the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
    /// Chart key `extraPorts`: extra ports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_ports: Option<Vec<k8s_openapi::api::core::v1::ContainerPort>>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
    /// RuntimeClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_class_name: Option<Nullable<String>>,
    /// PriorityClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
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
    /// Extra `/etc/hosts` entries of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_aliases: Option<Vec<k8s_openapi::api::core::v1::HostAlias>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Annotations added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_annotations: Option<BTreeMap<String, String>>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// Chart key `logGroomerSidecar`: log groomer sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_groomer_sidecar: Option<CeleryLogGroomerSidecar>,
    /// The init container that waits for database migrations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_for_migrations: Option<CeleryWaitForMigrations>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<ContainerEnvVar>>,
    /// Chart key `volumeClaimTemplates`: volume claim templates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_claim_templates:
        Option<Vec<k8s_openapi::api::core::v1::PersistentVolumeClaimTemplate>>,
    /// Kubernetes scheduler that places the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduler_name: Option<Nullable<String>>,
}

/// Values under `workers.kubernetes`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Kubernetes {
    /// Command that replaces the image entrypoint.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub command: Option<Nullable<Vec<String>>>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<CeleryServiceAccount>,
    /// Chart key `kerberosSidecar`: kerberos sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kerberos_sidecar: Option<CeleryKerberosSidecar>,
    /// Chart key `kerberosInitContainer`: kerberos init container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kerberos_init_container: Option<CeleryKerberosSidecar>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// Seconds a pod gets to stop before it is killed.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_grace_period_seconds: Option<Nullable<i64>>,
    /// Whether the cluster autoscaler may evict the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub safe_to_evict: Option<Nullable<bool>>,
    /// Sidecar containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// Init containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_init_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// More volumes for the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volumes: Option<Vec<k8s_openapi::api::core::v1::Volume>>,
    /// More volume mounts for the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
    /// RuntimeClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_class_name: Option<Nullable<String>>,
    /// PriorityClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
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
    /// Extra `/etc/hosts` entries of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_aliases: Option<Vec<k8s_openapi::api::core::v1::HostAlias>>,
    /// Annotations added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_annotations: Option<BTreeMap<String, String>>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<ContainerEnvVar>>,
    /// Kubernetes scheduler that places the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduler_name: Option<Nullable<String>>,
}

/// Values under `workers.celery.livenessProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct CeleryLivenessProbe {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<Nullable<bool>>,
    /// Seconds to wait before the first probe.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub initial_delay_seconds: Option<Nullable<i64>>,
    /// Seconds before a probe counts as failed.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_seconds: Option<Nullable<i64>>,
    /// Failed probes in a row before the container counts as unhealthy.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub failure_threshold: Option<Nullable<i64>>,
    /// Seconds between two probes.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub period_seconds: Option<Nullable<i64>>,
    /// Command that replaces the image entrypoint.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub command: Option<Nullable<Vec<String>>>,
}

/// Values under `workers.celery.podDisruptionBudget`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CeleryPodDisruptionBudget {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<Nullable<bool>>,
    /// Configuration text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<CeleryPodDisruptionBudgetConfig>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Values under `workers.celery.serviceAccount`, `workers.kubernetes.serviceAccount`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct CeleryServiceAccount {
    /// Whether the account token is mounted into the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub automount_service_account_token: Option<Nullable<bool>>,
    /// Whether the chart creates the object.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub create: Option<Nullable<bool>>,
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

/// Values under `workers.celery.keda`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct CeleryKeda {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<Nullable<bool>>,
    /// Chart key `namespaceLabels`: namespace labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace_labels: Option<BTreeMap<String, String>>,
    /// Chart key `pollingInterval`: polling interval.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub polling_interval: Option<Nullable<i64>>,
    /// Chart key `cooldownPeriod`: cooldown period.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub cooldown_period: Option<Nullable<i64>>,
    /// Fewest pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub min_replica_count: Option<Nullable<i64>>,
    /// Most pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_replica_count: Option<Nullable<i64>>,
    /// Chart key `advanced`: advanced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced: Option<KedaAdvanced>,
    /// Chart key `query`: query.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub query: Option<Nullable<String>>,
    /// Chart key `usePgbouncer`: use pgbouncer.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub use_pgbouncer: Option<Nullable<bool>>,
}

/// Values under `workers.celery.hpa`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct CeleryHpa {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<Nullable<bool>>,
    /// Fewest pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub min_replica_count: Option<Nullable<i64>>,
    /// Most pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_replica_count: Option<Nullable<i64>>,
    /// Chart key `metrics`: metrics.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub metrics: Option<Nullable<Vec<k8s_openapi::api::autoscaling::v2::MetricSpec>>>,
    /// Chart key `behavior`: behavior.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behavior: Option<k8s_openapi::api::autoscaling::v2::HorizontalPodAutoscalerBehavior>,
}

/// Values under `workers.celery.persistence`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct CeleryPersistence {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<Nullable<bool>>,
    /// Chart key `persistentVolumeClaimRetentionPolicy`: persistent volume claim retention policy.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub persistent_volume_claim_retention_policy:
        Option<Nullable<PersistentVolumeClaimRetentionPolicy>>,
    /// Size of the volume.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub size: Option<Nullable<String>>,
    /// StorageClass of the volume claim.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_class_name: Option<Nullable<String>>,
    /// Chart key `fixPermissions`: fix permissions.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub fix_permissions: Option<Nullable<bool>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkerPersistenceSecurityContexts>,
}

/// Values under `workers.celery.kerberosSidecar`, `workers.celery.kerberosInitContainer`, `workers.kubernetes.kerberosSidecar`, `workers.kubernetes.kerberosInitContainer`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct CeleryKerberosSidecar {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<Nullable<bool>>,
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

/// Values under `workers.celery.logGroomerSidecar`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct CeleryLogGroomerSidecar {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<Nullable<bool>>,
    /// Chart key `requirePersistence`: require persistence.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub require_persistence: Option<Nullable<bool>>,
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
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub retention_days: Option<Nullable<i64>>,
    /// Chart key `retentionMinutes`: retention minutes.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub retention_minutes: Option<Nullable<i64>>,
    /// Chart key `frequencyMinutes`: frequency minutes.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub frequency_minutes: Option<Nullable<i64>>,
    /// Chart key `maxSizeBytes`: max size bytes.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_size_bytes: Option<Nullable<i64>>,
    /// Chart key `maxSizePercent`: max size percent.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_size_percent: Option<Nullable<i64>>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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

/// Values under `workers.celery.waitForMigrations`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct CeleryWaitForMigrations {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<Nullable<bool>>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkerPersistenceSecurityContexts>,
}

/// Values under `workers.celery.podDisruptionBudget.config`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CeleryPodDisruptionBudgetConfig {
    /// Pods that may be down at once.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_unavailable:
        Option<Nullable<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>>,
    /// Pods that must stay up.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub min_available: Option<Nullable<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
