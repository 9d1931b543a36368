//! The standalone DAG processor (`dagProcessor`).

use super::prelude::*;

values_struct! {
    /// Values under `dagProcessor`.
    #[derive(Default)]
    pub struct DagProcessor: builder {
        /// Whether the chart deploys this part.
        enabled: null bool,
        /// Dag bundles the processor reads, written as JSON into `[dag_processor] dag_bundle_config_list`.
        dag_bundle_config_list: Vec<DagBundleConfig>,
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
        /// How a Deployment replaces its pods.
        strategy: k8s::DeploymentStrategy,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
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
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Annotations added to the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// Sidecar that deletes old dag processor logs.
        log_groomer_sidecar: SchedulerLogGroomerSidecar,
        /// The init container that waits for database migrations.
        wait_for_migrations: WaitForMigrations,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
    }
}

values_struct! {
    /// Values under `dagProcessor.dagBundleConfigList.[]`.
    pub struct DagBundleConfig {
        /// Name of the object.
        name: raw String,
        /// Python path of the bundle class, such as `airflow.dag_processing.bundles.local.LocalDagBundle`.
        classpath: raw String,
        /// Keyword arguments the bundle class is created with.
        kwargs: BTreeMap<String, Nullable<ConfigValue>>,
    }
}
