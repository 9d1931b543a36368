//! The OpenTelemetry collector (`otelCollector`, chart 1.22.0).

use super::prelude::*;

/// Values under `otelCollector`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct OtelCollector {
    /// Chart key `tracesEnabled`: traces enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traces_enabled: Option<bool>,
    /// Chart key `metricsEnabled`: metrics enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics_enabled: Option<bool>,
    /// Chart key `metricExportIntervalMs`: metric export interval ms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_export_interval_ms: Option<i64>,
    /// Configuration text.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub config: Option<Nullable<String>>,
    /// Arguments passed to the command.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub args: Option<Nullable<Vec<String>>>,
    /// Old ReplicaSets kept for rollback.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub revision_history_limit: Option<Nullable<i64>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Seconds a pod gets to stop before it is killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_grace_period_seconds: Option<i64>,
    /// Probe that restarts the container when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_probe: Option<OtelCollectorLivenessProbe>,
    /// Probe that takes the pod out of its Service when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness_probe: Option<OtelCollectorLivenessProbe>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// The Kubernetes Service in front of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<OtelCollectorService>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
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
    /// PriorityClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub priority_class_name: Option<Nullable<String>>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// Annotations added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_annotations: Option<BTreeMap<String, String>>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// More peers allowed by the NetworkPolicy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_network_policies: Option<Vec<k8s_openapi::api::networking::v1::NetworkPolicyPeer>>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
}

/// Values under `otelCollector.livenessProbe`, `otelCollector.readinessProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct OtelCollectorLivenessProbe {
    /// Seconds to wait before the first probe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_delay_seconds: Option<i64>,
    /// Seconds between two probes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_seconds: Option<i64>,
}

/// Values under `otelCollector.service`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct OtelCollectorService {
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}
