//! The Airflow 3 API server (`apiServer`, from chart 1.16.0).

use super::prelude::*;

values_struct! {
    /// Values under `apiServer`.
    #[derive(Default)]
    pub struct ApiServer: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// The first Airflow user, created by the API server's setup (charts 1.16.0 to 1.18.0; later charts use `createUserJob.defaultUser`).
        default_user: DefaultUser,
        /// Annotations of the ConfigMap.
        config_map_annotations: BTreeMap<String, String>,
        /// Extra `/etc/hosts` entries of the pods.
        host_aliases: Vec<k8s::HostAlias>,
        /// Whether the API server may read task logs straight from the pods, for setups without remote logging.
        allow_pod_log_reading: bool,
        /// Probe that restarts the container when it fails.
        liveness_probe: RpcServerLivenessProbe,
        /// Probe that takes the pod out of its Service when it fails.
        readiness_probe: RpcServerLivenessProbe,
        /// Probe that holds the other probes back until the container has started.
        startup_probe: RpcServerLivenessProbe,
        /// Number of pods.
        replicas: null i64,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// How a Deployment replaces its pods.
        strategy: null BTreeMap<String, serde_json::Value>,
        /// HorizontalPodAutoscaler.
        hpa: Hpa,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// PodDisruptionBudget of the pods.
        pod_disruption_budget: PodDisruptionBudget,
        /// NetworkPolicy of the pods.
        network_policy: NetworkPolicy,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Content of a `webserver_config.py` for the API server, as text (templated); `None` keeps the image's file or `apiServerConfigConfigMapName`.
        api_server_config: null String,
        /// Existing ConfigMap holding the API server's `webserver_config.py`.
        api_server_config_config_map_name: null String,
        ..extra_containers,
        ..extra_volumes,
        /// The Kubernetes Service in front of the pods.
        service: Service,
        ..pod_placement,
        ..pod_metadata,
        /// The init container that waits for database migrations.
        wait_for_migrations: WaitForMigrations,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
    }
}
