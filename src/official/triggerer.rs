//! The triggerer for deferrable tasks (`triggerer`).

use super::prelude::*;

values_struct! {
    /// Values under `triggerer`.
    #[derive(Default)]
    pub struct Triggerer: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Extra `/etc/hosts` entries of the pods.
        host_aliases: Vec<k8s::HostAlias>,
        /// Probe that restarts the container when it fails.
        liveness_probe: SchedulerLivenessProbe,
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
        strategy: k8s::DeploymentStrategy,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// Persistent storage.
        persistence: Persistence,
        /// PodDisruptionBudget of the pods.
        pod_disruption_budget: PodDisruptionBudget,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Whether the cluster autoscaler may evict the pods.
        safe_to_evict: bool,
        ..extra_containers,
        ..extra_volumes,
        ..pod_placement,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: i64,
        ..pod_metadata,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// Sidecar that deletes old triggerer logs.
        log_groomer_sidecar: SchedulerLogGroomerSidecar,
        /// The init container that waits for database migrations.
        wait_for_migrations: WaitForMigrations,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
        /// KEDA autoscaling.
        keda: Keda,
    }
}

values_struct! {
    /// Values under `triggerer.persistence`.
    #[derive(Default)]
    pub struct Persistence {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Size of the volume.
        size: String,
        /// Whether the triggerer's log volume claims are kept or deleted with the StatefulSet and on scale-down.
        persistent_volume_claim_retention_policy: null PersistentVolumeClaimRetentionPolicy,
        /// StorageClass of the volume claim.
        storage_class_name: null String,
        /// Whether an init container first hands the log volume to the Airflow user; needed with some local-path provisioners such as kind's.
        fix_permissions: bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
    }
}
