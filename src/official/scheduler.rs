//! The scheduler (`scheduler`).

use super::prelude::*;

values_struct! {
    /// Values under `scheduler`.
    #[derive(Default)]
    pub struct Scheduler: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Extra `/etc/hosts` entries of the pods.
        host_aliases: Vec<k8s::HostAlias>,
        /// Probe that restarts the container when it fails.
        liveness_probe: SchedulerLivenessProbe,
        /// Probe that holds the other probes back until the container has started.
        startup_probe: StartupProbe,
        /// Number of pods.
        replicas: i64,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// How a StatefulSet replaces its pods.
        update_strategy: null BTreeMap<String, serde_json::Value>,
        /// How a Deployment replaces its pods.
        strategy: null BTreeMap<String, serde_json::Value>,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: i64,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: SchedulerServiceAccount,
        /// PodDisruptionBudget of the pods.
        pod_disruption_budget: SchedulerPodDisruptionBudget,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Whether the cluster autoscaler may evict the pods.
        safe_to_evict: bool,
        ..extra_containers,
        ..extra_volumes,
        ..pod_placement,
        ..pod_metadata,
        /// Sidecar that deletes old scheduler logs.
        log_groomer_sidecar: SchedulerLogGroomerSidecar,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// The init container that waits for database migrations.
        wait_for_migrations: WaitForMigrations,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
    }
}

values_struct! {
    /// Values under `scheduler.startupProbe`.
    #[derive(Default)]
    pub struct StartupProbe {
        /// Seconds to wait before the first probe.
        initial_delay_seconds: i64,
        /// Seconds before a probe counts as failed.
        timeout_seconds: i64,
        /// Failed probes in a row before the container counts as unhealthy.
        failure_threshold: i64,
        /// Seconds between two probes.
        period_seconds: i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<Nullable<String>>,
    }
}
