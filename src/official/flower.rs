//! Flower, the Celery monitoring UI (`flower`).

use super::prelude::*;

/// Values under `flower`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Flower {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Probe that restarts the container when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_probe: Option<FlowerLivenessProbe>,
    /// Probe that takes the pod out of its Service when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness_probe: Option<FlowerLivenessProbe>,
    /// Probe that holds the other probes back until the container has started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub startup_probe: Option<FlowerLivenessProbe>,
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
    /// More peers allowed by the NetworkPolicy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_network_policies: Option<Vec<k8s_openapi::api::networking::v1::NetworkPolicyPeer>>,
    /// NetworkPolicy of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_policy: Option<NetworkPolicy>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// Name of the Kubernetes Secret.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub secret_name: Option<Nullable<String>>,
    /// Chart key `secretAnnotations`: secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub secret_annotations: Option<BTreeMap<String, String>>,
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
    pub password: Option<Nullable<String>>,
    /// The Kubernetes Service in front of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<FlowerService>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// Sidecar containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// More volumes for the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volumes: Option<Vec<k8s_openapi::api::core::v1::Volume>>,
    /// More volume mounts for the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
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
    /// Pod security context (older key, prefer `securityContexts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<ContainerEnvVar>>,
}

/// Values under `flower.livenessProbe`, `flower.readinessProbe`, `flower.startupProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct FlowerLivenessProbe {
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
}

/// Values under `flower.service`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct FlowerService {
    /// Kind of object.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Ports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<FlowerServicePort>>,
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

/// Values under `flower.service.ports.[]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct FlowerServicePort {
    /// Name of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Port number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Port on the pod.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_port: Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>,
    /// Protocol.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
}
