//! The Airflow 2 webserver (`webserver`) and the 1.15 chart's `_rpcServer`.

use super::prelude::*;

/// Values under `_rpcServer`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct RpcServer {
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
    pub startup_probe: Option<RpcServerStartupProbe>,
    /// Number of pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i64>,
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
    /// How a Deployment replaces its pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub strategy: Option<Nullable<BTreeMap<String, serde_json::Value>>>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// PodDisruptionBudget of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_disruption_budget: Option<RpcServerPodDisruptionBudget>,
    /// More peers allowed by the NetworkPolicy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_network_policies: Option<Vec<k8s_openapi::api::networking::v1::NetworkPolicyPeer>>,
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
    /// The first Airflow user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user: Option<DefaultUser>,
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
    /// Chart key `RPC serverConfig`: rpc server config.
    #[serde(
        default,
        rename = "RPC serverConfig",
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub rpc_server_config: Option<Nullable<String>>,
    /// Chart key `RPC serverConfigConfigMapName`: rpc server config config map name.
    #[serde(
        default,
        rename = "RPC serverConfigConfigMapName",
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub rpc_server_config_config_map_name: Option<Nullable<String>>,
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
    pub env: Option<Vec<EnvVar>>,
}

/// Values under `webserver`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Webserver {
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
    pub startup_probe: Option<WebserverStartupProbe>,
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
    /// How a Deployment replaces its pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub strategy: Option<Nullable<BTreeMap<String, serde_json::Value>>>,
    /// Seconds a pod gets to stop before it is killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub termination_grace_period_seconds: Option<i64>,
    /// HorizontalPodAutoscaler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub hpa: Option<Hpa>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// PodDisruptionBudget of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_disruption_budget: Option<SchedulerPodDisruptionBudget>,
    /// More peers allowed by the NetworkPolicy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_network_policies: Option<Vec<k8s_openapi::api::networking::v1::NetworkPolicyPeer>>,
    /// NetworkPolicy of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_policy: Option<NetworkPolicy>,
    /// Pod security context (older key, prefer `securityContexts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// The first Airflow user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user: Option<DefaultUser>,
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
    /// Chart key `webserverConfig`: webserver config.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub webserver_config: Option<Nullable<String>>,
    /// Chart key `webserverConfigConfigMapName`: webserver config config map name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub webserver_config_config_map_name: Option<Nullable<String>>,
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

/// Values under `_rpcServer.startupProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct RpcServerStartupProbe {
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

/// Values under `_rpcServer.podDisruptionBudget`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct RpcServerPodDisruptionBudget {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Configuration text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<RpcServerPodDisruptionBudgetConfig>,
}

/// Values under `webserver.startupProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct WebserverStartupProbe {
    /// Seconds to wait before the first probe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
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

/// Values under `_rpcServer.podDisruptionBudget.config`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct RpcServerPodDisruptionBudgetConfig {
    /// Pods that may be down at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_unavailable: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Pods that must stay up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_available: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
}
