//! The Airflow 3 API server (`apiServer`, chart 1.22.0).

use super::prelude::*;

/// Values under `apiServer`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct ApiServer {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Annotations of the ConfigMap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_annotations: Option<BTreeMap<String, String>>,
    /// Extra `/etc/hosts` entries of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_aliases: Option<Vec<k8s_openapi::api::core::v1::HostAlias>>,
    /// Chart key `allowPodLogReading`: allow pod log reading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_pod_log_reading: Option<bool>,
    /// Probe that restarts the container when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_probe: Option<RpcServerLivenessProbe>,
    /// Probe that takes the pod out of its Service when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness_probe: Option<RpcServerLivenessProbe>,
    /// Probe that holds the other probes back until the container has started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub startup_probe: Option<RpcServerLivenessProbe>,
    /// Number of pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub replicas: Option<Nullable<i64>>,
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
    /// How a Deployment replaces its pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub strategy: Option<Nullable<BTreeMap<String, serde_json::Value>>>,
    /// HorizontalPodAutoscaler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hpa: Option<Hpa>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// PodDisruptionBudget of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_disruption_budget: Option<PodDisruptionBudget>,
    /// NetworkPolicy of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_policy: Option<NetworkPolicy>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// Chart key `apiServerConfig`: api server config.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub api_server_config: Option<Nullable<String>>,
    /// Chart key `apiServerConfigConfigMapName`: api server config config map name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub api_server_config_config_map_name: Option<Nullable<String>>,
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
    /// The Kubernetes Service in front of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
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
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Annotations added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_annotations: Option<BTreeMap<String, String>>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// The init container that waits for database migrations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_for_migrations: Option<WaitForMigrations>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<ContainerEnvVar>>,
}
