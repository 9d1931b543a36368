//! The StatsD exporter for metrics (`statsd`).

use super::prelude::*;

values_struct! {
    /// Values under `statsd`.
    #[derive(Default)]
    pub struct Statsd {
        /// Annotations of the ConfigMap.
        config_map_annotations: BTreeMap<String, String>,
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Cache of the exporter's metric-name mappings.
        cache: StatsdCache,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// More peers allowed by the NetworkPolicy.
        extra_network_policies: Vec<k8s::NetworkPolicyPeer>,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// The Kubernetes Service in front of the pods.
        service: StatsdService,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: i64,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// User id the process runs as.
        uid: i64,
        ..pod_placement,
        /// Mapping rules added to the exporter's defaults; a default wins where both match.
        extra_mappings: Vec<serde_json::Value>,
        /// Mapping rules that replace the defaults and `extraMappings` entirely.
        override_mappings: Vec<serde_json::Value>,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// Annotations added to the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// Extra environment variables of the main container.
        env: Vec<EnvVar>,
    }
}

values_struct! {
    /// Values under `statsd.cache`.
    #[derive(Default)]
    pub struct StatsdCache {
        /// Entries the exporter's metric mapping cache holds.
        size: i64,
        /// Eviction policy of that cache, such as `lru`.
        #[serde(rename = "type")]
        type_: String,
        /// How long a cached mapping lives, as a Go duration; `0s` keeps it forever.
        ttl: String,
    }
}

values_struct! {
    /// Values under `statsd.service`.
    #[derive(Default)]
    pub struct StatsdService {
        /// More annotations.
        extra_annotations: BTreeMap<String, String>,
    }
}
