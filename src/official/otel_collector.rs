//! The OpenTelemetry collector (`otelCollector`, chart 1.22.0).

use super::prelude::*;

values_struct! {
    /// Values under `otelCollector`.
    #[derive(Default)]
    pub struct OtelCollector {
        /// Whether Airflow sends traces to the collector (`[traces] otel_on`).
        traces_enabled: bool,
        /// Whether Airflow sends metrics to the collector instead of StatsD (`[metrics] otel_on`).
        metrics_enabled: bool,
        /// Milliseconds between two metric exports from Airflow to the collector.
        metric_export_interval_ms: i64,
        /// Contents of the configuration file, as text.
        config: null String,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        ..pod_metadata,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: i64,
        /// Probe that restarts the container when it fails.
        liveness_probe: OtelCollectorLivenessProbe,
        /// Probe that takes the pod out of its Service when it fails.
        readiness_probe: OtelCollectorLivenessProbe,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// The Kubernetes Service in front of the pods.
        service: OtelCollectorService,
        ..pod_placement,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// More peers allowed by the NetworkPolicy.
        extra_network_policies: Vec<k8s::NetworkPolicyPeer>,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
    }
}

values_struct! {
    /// Values under `otelCollector.livenessProbe`, `otelCollector.readinessProbe`.
    #[derive(Default)]
    pub struct OtelCollectorLivenessProbe {
        /// Seconds to wait before the first probe.
        initial_delay_seconds: i64,
        /// Seconds between two probes.
        period_seconds: i64,
    }
}

values_struct! {
    /// Values under `otelCollector.service`.
    #[derive(Default)]
    pub struct OtelCollectorService {
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
    }
}
