//! `web`: the web server (the API server on Airflow 3).

use super::prelude::*;

values_struct! {
    /// Values under `web`.
    #[derive(Default)]
    pub struct Web: builder {
        /// External URL of the web UI, as users reach it.
        base_url: String,
        /// Content of `webserver_config.py`, replacing the chart's.
        configuration: String,
        /// Python appended to the chart's `webserver_config.py`.
        extra_configuration: String,
        /// Existing ConfigMap to use instead of the one the chart renders.
        existing_configmap: String,
        /// TLS of the web server itself.
        tls: WebTls,
        /// Command that replaces the container's entrypoint.
        command: Vec<String>,
        /// Arguments that replace the container's default ones.
        args: Vec<String>,
        /// More environment variables.
        extra_env_vars: Vec<k8s::EnvVar>,
        /// Existing ConfigMap whose keys become environment variables.
        #[serde(rename = "extraEnvVarsCM")]
        extra_env_vars_cm: String,
        /// Existing ConfigMaps whose keys become environment variables.
        #[serde(rename = "extraEnvVarsCMs")]
        extra_env_vars_cms: Vec<String>,
        /// Existing Secret whose keys become environment variables.
        extra_env_vars_secret: String,
        /// Existing Secrets whose keys become environment variables.
        extra_env_vars_secrets: Vec<String>,
        /// Ports of the main container.
        container_ports: WebContainerPorts,
        /// Number of pods.
        replica_count: i64,
        /// Liveness probe.
        liveness_probe: ProbeSettings,
        /// Readiness probe.
        readiness_probe: ProbeSettings,
        /// Startup probe.
        startup_probe: ProbeSettings,
        /// Liveness probe that replaces the chart's.
        custom_liveness_probe: k8s::Probe,
        /// Readiness probe that replaces the chart's.
        custom_readiness_probe: k8s::Probe,
        /// Startup probe that replaces the chart's.
        custom_startup_probe: k8s::Probe,
        /// Named size of the requests and limits; ignored when `resources` is set.
        resources_preset: ResourcesPreset,
        /// CPU and memory requests and limits; when set, `resourcesPreset` is ignored.
        resources: k8s::ResourceRequirements,
        /// Security context of the pods.
        pod_security_context: PodSecurityContext,
        /// Security context of the container.
        container_security_context: ContainerSecurityContext,
        /// postStart/preStop hooks of the main container.
        lifecycle_hooks: k8s::Lifecycle,
        /// Whether the ServiceAccount token is mounted into the pods.
        automount_service_account_token: bool,
        /// Entries added to the pods' `/etc/hosts`.
        host_aliases: Vec<k8s::HostAlias>,
        /// Labels added to the pods.
        pod_labels: BTreeMap<String, String>,
        /// Annotations added to the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Topology key of the affinity presets; empty uses `kubernetes.io/hostname`.
        topology_key: String,
        /// Scheduling affinity of the pods; replaces the presets when set.
        affinity: k8s::Affinity,
        /// Node affinity preset; ignored when `affinity` is set.
        node_affinity_preset: NodeAffinityPreset,
        /// Node labels the pods must match.
        node_selector: BTreeMap<String, String>,
        /// Pod affinity preset: `soft` or `hard`; ignored when `affinity` is set.
        pod_affinity_preset: AffinityPreset,
        /// Pod anti-affinity preset: `soft` or `hard`; ignored when `affinity` is set.
        pod_anti_affinity_preset: AffinityPreset,
        /// Taints the pods tolerate.
        tolerations: Vec<k8s::Toleration>,
        /// How the pods spread across zones or nodes.
        topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
        /// PriorityClass of the pods.
        priority_class_name: String,
        /// Kubernetes scheduler that places the pods.
        scheduler_name: String,
        /// Seconds a pod gets to stop before it is killed; empty keeps the Kubernetes default.
        termination_grace_period_seconds: Blank<i64>,
        /// How the pods are replaced on an update.
        update_strategy: k8s::DeploymentStrategy,
        /// More containers of the pods.
        sidecars: Vec<k8s::Container>,
        /// More init containers of the pods.
        init_containers: Vec<k8s::Container>,
        /// More volume mounts of the main container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// More volumes of the pods.
        extra_volumes: Vec<k8s::Volume>,
        /// The PodDisruptionBudget.
        pdb: Pdb,
        /// Autoscaling of the pods.
        autoscaling: Autoscaling,
        /// The NetworkPolicy of the pods.
        network_policy: NetworkPolicy,
        /// Image of the web server, from chart versions with one image per component; now `image`.
        image: Image,
    }
}

values_struct! {
    /// Values under `web.tls`.
    #[derive(Default)]
    pub struct WebTls: builder {
        /// Whether the web server serves TLS.
        enabled: bool,
        /// Certificates the chart generates.
        auto_generated: WebTlsAutoGenerated,
        /// CA certificate in PEM.
        ca: String,
        /// Certificate in PEM.
        cert: String,
        /// Private key in PEM.
        key: SecretValue,
        /// Existing TLS Secret with the web server's certificate.
        existing_secret: String,
    }
}

values_struct! {
    /// Values under `web.tls.autoGenerated`.
    #[derive(Default)]
    pub struct WebTlsAutoGenerated: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// What issues the certificate: `helm` or `cert-manager`.
        engine: CertificateEngine,
        /// The cert-manager Certificate.
        cert_manager: WebTlsAutoGeneratedCertManager,
    }
}

values_struct! {
    /// Values under `web.tls.autoGenerated.certManager`.
    #[derive(Default)]
    pub struct WebTlsAutoGeneratedCertManager: builder {
        /// Existing cert-manager Issuer; empty creates a self-signed one.
        existing_issuer: String,
        /// `Issuer` or `ClusterIssuer`.
        existing_issuer_kind: String,
        /// Size of the private key in bits.
        key_size: i64,
        /// Algorithm of the private key.
        key_algorithm: String,
        /// Validity of the certificate, such as `2160h`.
        duration: String,
        /// How long before expiry the certificate is renewed.
        renew_before: String,
    }
}

values_struct! {
    /// Values under `web.containerPorts`.
    #[derive(Default)]
    pub struct WebContainerPorts: builder {
        /// HTTP port.
        http: i64,
    }
}
