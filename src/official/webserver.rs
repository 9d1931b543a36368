//! The Airflow 2 webserver (`webserver`) and the 1.15 chart's `_rpcServer`.

use super::prelude::*;

values_struct! {
    /// Values under `_rpcServer`.
    #[derive(Default)]
    pub struct RpcServer {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Annotations of the ConfigMap.
        config_map_annotations: BTreeMap<String, String>,
        /// Extra `/etc/hosts` entries of the pods.
        host_aliases: Vec<k8s::HostAlias>,
        /// Whether the RPC server may read task logs straight from the pods.
        allow_pod_log_reading: bool,
        /// Probe that restarts the container when it fails.
        liveness_probe: RpcServerLivenessProbe,
        /// Probe that takes the pod out of its Service when it fails.
        readiness_probe: RpcServerLivenessProbe,
        /// Probe that holds the other probes back until the container has started.
        startup_probe: RpcServerStartupProbe,
        /// Number of pods.
        replicas: i64,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// How a Deployment replaces its pods.
        strategy: null BTreeMap<String, serde_json::Value>,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// PodDisruptionBudget of the pods.
        pod_disruption_budget: RpcServerPodDisruptionBudget,
        /// More peers allowed by the NetworkPolicy (deprecated: use `networkPolicy.ingress.from`).
        extra_network_policies: Vec<k8s::NetworkPolicyPeer>,
        /// NetworkPolicy of the pods.
        network_policy: NetworkPolicy,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// The first Airflow user (deprecated: use `createUserJob` and its `defaultUser`).
        default_user: DefaultUser,
        ..extra_containers,
        ..extra_volumes,
        /// Content of a `webserver_config.py` for the RPC server; the 1.15.0 schema spells this key with a space.
        #[serde(rename = "RPC serverConfig")]
        rpc_server_config: null String,
        /// Existing ConfigMap holding that file; the 1.15.0 schema spells this key with a space.
        #[serde(rename = "RPC serverConfigConfigMapName")]
        rpc_server_config_config_map_name: null String,
        /// The Kubernetes Service in front of the pods.
        service: Service,
        ..pod_placement,
        ..pod_metadata,
        /// The init container that waits for database migrations.
        wait_for_migrations: WaitForMigrations,
        /// Extra environment variables of the main container.
        env: Vec<EnvVar>,
    }
}

values_struct! {
    /// Values under `webserver`.
    #[derive(Default)]
    pub struct Webserver: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Annotations of the ConfigMap.
        config_map_annotations: BTreeMap<String, String>,
        /// Extra `/etc/hosts` entries of the pods.
        host_aliases: Vec<k8s::HostAlias>,
        /// Whether the webserver may read task logs straight from the pods, for setups without remote logging.
        allow_pod_log_reading: bool,
        /// Probe that restarts the container when it fails.
        liveness_probe: RpcServerLivenessProbe,
        /// Probe that takes the pod out of its Service when it fails.
        readiness_probe: RpcServerLivenessProbe,
        /// Probe that holds the other probes back until the container has started.
        startup_probe: WebserverStartupProbe,
        /// Number of pods.
        replicas: i64,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// How a Deployment replaces its pods.
        strategy: null BTreeMap<String, serde_json::Value>,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: i64,
        /// HorizontalPodAutoscaler.
        hpa: Hpa,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// PodDisruptionBudget of the pods.
        pod_disruption_budget: SchedulerPodDisruptionBudget,
        /// More peers allowed by the NetworkPolicy (deprecated: use `networkPolicy.ingress.from`).
        extra_network_policies: Vec<k8s::NetworkPolicyPeer>,
        /// NetworkPolicy of the pods.
        network_policy: NetworkPolicy,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// The first Airflow user (deprecated: use `createUserJob` and its `defaultUser`).
        default_user: DefaultUser,
        ..extra_containers,
        ..extra_volumes,
        /// Content of `webserver_config.py` as text (templated); `None` keeps the image's file or `webserverConfigConfigMapName`.
        webserver_config: null String,
        /// Existing ConfigMap holding `webserver_config.py`.
        webserver_config_config_map_name: null String,
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

values_struct! {
    /// Values under `_rpcServer.startupProbe`.
    #[derive(Default)]
    pub struct RpcServerStartupProbe {
        /// Seconds before a probe counts as failed.
        timeout_seconds: i64,
        /// Failed probes in a row before the container counts as unhealthy.
        failure_threshold: i64,
        /// Seconds between two probes.
        period_seconds: i64,
        /// HTTP or HTTPS.
        scheme: String,
    }
}

values_struct! {
    /// Values under `_rpcServer.podDisruptionBudget`.
    #[derive(Default)]
    pub struct RpcServerPodDisruptionBudget {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// The budget itself: `maxUnavailable` or `minAvailable`.
        config: RpcServerPodDisruptionBudgetConfig,
    }
}

values_struct! {
    /// Values under `webserver.startupProbe`.
    #[derive(Default)]
    pub struct WebserverStartupProbe {
        /// Seconds to wait before the first probe.
        initial_delay_seconds: i64,
        /// Seconds before a probe counts as failed.
        timeout_seconds: i64,
        /// Failed probes in a row before the container counts as unhealthy.
        failure_threshold: i64,
        /// Seconds between two probes.
        period_seconds: i64,
        /// HTTP or HTTPS.
        scheme: String,
    }
}

values_struct! {
    /// Values under `_rpcServer.podDisruptionBudget.config`.
    #[derive(Default)]
    pub struct RpcServerPodDisruptionBudgetConfig {
        /// Pods that may be down at once.
        max_unavailable: k8s::IntOrString,
        /// Pods that must stay up.
        min_available: k8s::IntOrString,
    }
}
