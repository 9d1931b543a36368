//! Groups of keys that the chart repeats for every component: images, probes,
//! security contexts, presets, disruption budgets, autoscaling and network
//! policies.

use super::prelude::*;

values_struct! {
    /// An image, as registry, repository, tag and digest.
    #[derive(Default)]
    pub struct Image: builder {
        /// Registry of the image.
        registry: String,
        /// Repository of the image.
        repository: String,
        /// Tag of the image.
        tag: String,
        /// Digest of the image; when set it is pulled instead of the tag.
        digest: Blank<Digest>,
        /// When the kubelet pulls the image.
        pull_policy: PullPolicy,
        /// Registry Secrets the image is pulled with.
        pull_secrets: Vec<ImagePullSecret>,
        /// Whether the image logs verbosely.
        debug: bool,
    }
}

values_struct! {
    /// Values of one of the chart's own init containers.
    #[derive(Default)]
    pub struct DefaultInitContainer: builder {
        /// Security context of the container.
        container_security_context: ContainerSecurityContext,
        /// Named size of the requests and limits; ignored when `resources` is set.
        resources_preset: ResourcesPreset,
        /// CPU and memory requests and limits; when set, `resourcesPreset` is ignored.
        resources: k8s::ResourceRequirements,
    }
}

values_struct! {
    /// Security context of a container, with the chart's `enabled` switch.
    #[derive(Default)]
    pub struct ContainerSecurityContext: builder {
        /// Whether the chart renders this security context; `false` leaves the container's out.
        enabled: bool,
        /// SELinux context of the container.
        se_linux_options: k8s::SELinuxOptions,
        /// User id the processes run as.
        run_as_user: i64,
        /// Group id the processes run as.
        run_as_group: i64,
        /// Whether the kubelet refuses to start the container as root.
        run_as_non_root: bool,
        /// Whether the root filesystem is read-only.
        read_only_root_filesystem: bool,
        /// Whether the container runs privileged.
        privileged: bool,
        /// Whether a process may gain more privileges than its parent.
        allow_privilege_escalation: bool,
        /// Linux capabilities added and dropped.
        capabilities: k8s::Capabilities,
        /// Seccomp profile of the processes.
        seccomp_profile: k8s::SeccompProfile,
    }
}

values_struct! {
    /// Values of the chart's git clone init container or git sync sidecar.
    #[derive(Default)]
    pub struct DefaultGitContainer: builder {
        /// Command that replaces the container's entrypoint.
        command: Vec<String>,
        /// Arguments that replace the container's default ones.
        args: Vec<String>,
        /// More volume mounts of the main container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// More environment variables.
        extra_env_vars: Vec<k8s::EnvVar>,
        /// Existing ConfigMap whose keys become environment variables.
        #[serde(rename = "extraEnvVarsCM")]
        extra_env_vars_cm: String,
        /// Existing Secret whose keys become environment variables.
        extra_env_vars_secret: String,
        /// Security context of the container.
        container_security_context: ContainerSecurityContext,
        /// Named size of the requests and limits; ignored when `resources` is set.
        resources_preset: ResourcesPreset,
        /// CPU and memory requests and limits; when set, `resourcesPreset` is ignored.
        resources: k8s::ResourceRequirements,
        /// Seconds between pulls.
        interval: i64,
    }
}

values_struct! {
    /// A probe of the chart's own (the chart adds the check itself): timings and whether it runs.
    #[derive(Default)]
    pub struct ProbeSettings: builder {
        /// Whether the probe runs.
        enabled: bool,
        /// Seconds after the start before the first probe.
        initial_delay_seconds: i64,
        /// Seconds between probes.
        period_seconds: i64,
        /// Seconds before a probe times out.
        timeout_seconds: i64,
        /// Failed probes in a row before the container counts as failed.
        failure_threshold: i64,
        /// Successful probes in a row before the container counts as healthy.
        success_threshold: i64,
    }
}

values_struct! {
    /// Security context of pods, with the chart's `enabled` switch.
    #[derive(Default)]
    pub struct PodSecurityContext: builder {
        /// Whether the chart renders this security context; `false` leaves the pod's out.
        enabled: bool,
        /// When the volumes' ownership is changed to `fsGroup`.
        fs_group_change_policy: FsGroupChangePolicy,
        /// Namespaced kernel parameters of the pods.
        sysctls: Vec<k8s::Sysctl>,
        /// More groups of the processes.
        supplemental_groups: Vec<i64>,
        /// Group that owns the pod's volumes.
        fs_group: i64,
    }
}

values_struct! {
    /// Values under `web.nodeAffinityPreset`, `scheduler.nodeAffinityPreset`, `dagProcessor.nodeAffinityPreset`, ….
    #[derive(Default)]
    pub struct NodeAffinityPreset: builder {
        /// Private key in PEM.
        key: String,
        /// Kind of object.
        #[serde(rename = "type")]
        type_: AffinityPreset,
        /// Label values the preset matches.
        values: Vec<String>,
    }
}

values_struct! {
    /// Values under `web.pdb`, `scheduler.pdb`, `dagProcessor.pdb`, ….
    #[derive(Default)]
    pub struct Pdb: builder {
        /// Whether the chart creates the object.
        create: bool,
        /// Pods (number or percentage) that must stay available during a disruption.
        min_available: k8s::IntOrString,
        /// Pods (number or percentage) that may be unavailable during a disruption.
        max_unavailable: k8s::IntOrString,
    }
}

values_struct! {
    /// Values under `web.autoscaling`, `scheduler.autoscaling`, `dagProcessor.autoscaling`, ….
    #[derive(Default)]
    pub struct Autoscaling: builder {
        /// The VerticalPodAutoscaler.
        vpa: Vpa,
        /// The HorizontalPodAutoscaler.
        hpa: Hpa,
    }
}

values_struct! {
    /// Values under `web.autoscaling.vpa`, `scheduler.autoscaling.vpa`, `dagProcessor.autoscaling.vpa`, ….
    #[derive(Default)]
    pub struct Vpa: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Resources the VerticalPodAutoscaler adjusts (`cpu`, `memory`).
        controlled_resources: Vec<String>,
        /// Most resources the VerticalPodAutoscaler may set.
        max_allowed: BTreeMap<String, k8s::Quantity>,
        /// Least resources the VerticalPodAutoscaler may set.
        min_allowed: BTreeMap<String, k8s::Quantity>,
        /// How the recommendations are applied.
        update_policy: VpaUpdatePolicy,
    }
}

values_struct! {
    /// Values under `web.autoscaling.vpa.updatePolicy`, `scheduler.autoscaling.vpa.updatePolicy`, `dagProcessor.autoscaling.vpa.updatePolicy`, ….
    #[derive(Default)]
    pub struct VpaUpdatePolicy: builder {
        /// How the VerticalPodAutoscaler applies its recommendations.
        update_mode: VpaUpdateMode,
    }
}

values_struct! {
    /// Values under `web.autoscaling.hpa`, `scheduler.autoscaling.hpa`, `dagProcessor.autoscaling.hpa`, ….
    #[derive(Default)]
    pub struct Hpa: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Fewest replicas; empty leaves it to the chart.
        min_replicas: Blank<i64>,
        /// Most replicas; empty leaves it to the chart.
        max_replicas: Blank<i64>,
        /// Average CPU use, in percent of the request, the autoscaler aims at.
        #[serde(rename = "targetCPU")]
        target_cpu: Blank<i64>,
        /// Average memory use, in percent of the request, the autoscaler aims at.
        target_memory: Blank<i64>,
    }
}

values_struct! {
    /// Values under `web.networkPolicy`, `scheduler.networkPolicy`, `dagProcessor.networkPolicy`, ….
    #[derive(Default)]
    pub struct NetworkPolicy: builder {
        /// Whether the chart creates the NetworkPolicy.
        enabled: bool,
        /// Whether any pod may connect; `false` admits only pods with the client label.
        allow_external: bool,
        /// Whether the pods may connect anywhere; `false` limits egress to what the policy lists.
        allow_external_egress: bool,
        /// More ingress rules of the NetworkPolicy.
        extra_ingress: Vec<k8s::NetworkPolicyIngressRule>,
        /// More egress rules of the NetworkPolicy.
        extra_egress: Vec<k8s::NetworkPolicyEgressRule>,
        /// Labels of the namespaces whose pods may connect.
        #[serde(rename = "ingressNSMatchLabels")]
        ingress_ns_match_labels: BTreeMap<String, String>,
        /// Labels of the pods in those namespaces that may connect.
        #[serde(rename = "ingressNSPodMatchLabels")]
        ingress_ns_pod_match_labels: BTreeMap<String, String>,
    }
}

values_struct! {
    /// Values under `triggerer.persistentVolumeClaimRetentionPolicy`.
    #[derive(Default)]
    pub struct RetentionPolicy: builder {
        /// Whether the chart sets a retention policy.
        enabled: bool,
        /// What happens to the volume claims when the StatefulSet scales down.
        when_scaled: RetentionAction,
        /// What happens to the volume claims when the StatefulSet is deleted.
        when_deleted: RetentionAction,
    }
}

/// Named sizes of requests and limits that the chart knows (`resourcesPreset`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ResourcesPreset {
    /// No preset: the containers get no requests or limits unless `resources` sets them.
    None,
    /// `nano`.
    Nano,
    /// `micro`.
    Micro,
    /// `small`.
    Small,
    /// `medium`.
    Medium,
    /// `large`.
    Large,
    /// `xlarge`.
    Xlarge,
    /// `2xlarge`.
    #[serde(rename = "2xlarge")]
    TwoXlarge,
}

/// An affinity preset of the chart: none, preferred, or required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum AffinityPreset {
    /// `""`: no preset.
    #[serde(rename = "")]
    None,
    /// `soft`: preferred during scheduling.
    #[serde(rename = "soft")]
    Soft,
    /// `hard`: required during scheduling.
    #[serde(rename = "hard")]
    Hard,
}

/// Whether a Service sends a client to the same pod every time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum SessionAffinity {
    /// No stickiness.
    None,
    /// By client IP address.
    #[serde(rename = "ClientIP")]
    ClientIp,
}

/// Where a Service routes external traffic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum TrafficPolicy {
    /// To any ready pod in the cluster.
    Cluster,
    /// To pods on the node that received it, keeping the client address.
    Local,
}

/// How a VerticalPodAutoscaler applies its recommendations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum VpaUpdateMode {
    /// Recommend only.
    Off,
    /// Apply when pods are created.
    Initial,
    /// Apply by evicting pods.
    Recreate,
    /// Apply in place where possible, else by evicting pods.
    InPlaceOrRecreate,
    /// Let the autoscaler choose (currently `Recreate`).
    Auto,
}

/// What happens to a StatefulSet's volume claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum RetentionAction {
    /// They are kept.
    Retain,
    /// They are deleted.
    Delete,
}

/// What issues a certificate the chart generates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum CertificateEngine {
    /// Helm, at render time.
    #[serde(rename = "helm")]
    Helm,
    /// cert-manager, from a Certificate object.
    #[serde(rename = "cert-manager")]
    CertManager,
}

/// Whether the chart adapts security contexts for OpenShift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum AdaptSecurityContext {
    /// When the cluster is detected as OpenShift.
    Auto,
    /// Always.
    Force,
    /// Never.
    Disabled,
}

/// How a Bitnami database subchart is deployed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Architecture {
    /// One server.
    Standalone,
    /// A primary with read replicas.
    Replication,
}

/// When the kubelet changes the ownership of a pod's volumes to `fsGroup`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum FsGroupChangePolicy {
    /// At every mount.
    Always,
    /// Only when the volume's root does not match already.
    OnRootMismatch,
}

impl Image {
    /// The image keys for a parsed image reference: registry, repository, tag
    /// and digest as the reference has them.
    ///
    /// The chart writes `registry/repository`, so the registry host of the
    /// reference, if it names one, becomes `registry`.
    ///
    /// ```
    /// use airflow_values::bitnami::Image;
    ///
    /// let image = Image::from_ref(&"docker.io/bitnami/airflow:3.0.5-debian-12-r0".parse()?);
    /// assert_eq!(image.registry.as_deref(), Some("docker.io"));
    /// assert_eq!(image.repository.as_deref(), Some("bitnami/airflow"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_ref(image: &ImageRef) -> Self {
        let (registry, repository) = (image.registry().map(str::to_owned), image.path().to_owned());
        Image {
            registry,
            repository: Some(repository),
            tag: image.tag().map(|t| t.as_str().to_owned()),
            digest: image.digest().cloned().map(Blank::Value),
            ..Image::default()
        }
    }

    /// The image as one reference (`registry/repository:tag@digest`) from the
    /// keys that are set, or `None` without a repository.
    pub fn reference(&self) -> Option<String> {
        let repository = self.repository.as_deref().filter(|r| !r.is_empty())?;
        let mut text = match self.registry.as_deref().filter(|r| !r.is_empty()) {
            Some(registry) => format!("{registry}/{repository}"),
            None => repository.to_owned(),
        };
        if let Some(tag) = self.tag.as_deref().filter(|t| !t.is_empty()) {
            text.push(':');
            text.push_str(tag);
        }
        if let Some(Blank::Value(digest)) = &self.digest {
            text.push('@');
            text.push_str(digest.as_str());
        }
        Some(text)
    }
}
