//! Flower, the Celery monitoring UI (`flower`).

use super::prelude::*;

values_struct! {
    /// Values under `flower`.
    #[derive(Default)]
    pub struct Flower {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Probe that restarts the container when it fails.
        liveness_probe: FlowerLivenessProbe,
        /// Probe that takes the pod out of its Service when it fails.
        readiness_probe: FlowerLivenessProbe,
        /// Probe that holds the other probes back until the container has started.
        startup_probe: FlowerLivenessProbe,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// More peers allowed by the NetworkPolicy (deprecated: use `networkPolicy.ingress.from`).
        extra_network_policies: Vec<k8s::NetworkPolicyPeer>,
        /// NetworkPolicy of the pods.
        network_policy: NetworkPolicy,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Name of the Kubernetes Secret.
        secret_name: null String,
        /// Annotations on the Secret the chart creates with Flower's basic-auth credentials.
        secret_annotations: BTreeMap<String, String>,
        /// User name.
        username: null String,
        /// Password.
        password: null SecretValue,
        /// The Kubernetes Service in front of the pods.
        service: FlowerService,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// Sidecar containers added to the pods.
        extra_containers: Vec<k8s::Container>,
        ..extra_volumes,
        ..pod_placement,
        ..pod_metadata,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
    }
}

values_struct! {
    /// Values under `flower.livenessProbe`, `flower.readinessProbe`, `flower.startupProbe`.
    #[derive(Default)]
    pub struct FlowerLivenessProbe {
        /// Seconds to wait before the first probe.
        initial_delay_seconds: i64,
        /// Seconds before a probe counts as failed.
        timeout_seconds: i64,
        /// Failed probes in a row before the container counts as unhealthy.
        failure_threshold: i64,
        /// Seconds between two probes.
        period_seconds: i64,
    }
}

values_struct! {
    /// Values under `flower.service`.
    #[derive(Default)]
    pub struct FlowerService {
        /// Kind of object.
        #[serde(rename = "type")]
        type_: String,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Ports.
        ports: Vec<FlowerServicePort>,
        /// Requested load balancer address.
        #[serde(rename = "loadBalancerIP")]
        load_balancer_ip: null String,
        /// Client address ranges a load balancer admits.
        load_balancer_source_ranges: Vec<String>,
    }
}

values_struct! {
    /// Values under `flower.service.ports.[]`.
    #[derive(Default)]
    pub struct FlowerServicePort {
        /// Name of the object.
        name: String,
        /// Port number.
        port: k8s::IntOrString,
        /// Port on the pod.
        target_port: k8s::IntOrString,
        /// Protocol.
        protocol: String,
    }
}
