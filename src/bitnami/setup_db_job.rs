//! `setupDBJob`: the Job that creates or migrates the database schema.

use super::prelude::*;

values_struct! {
    /// Values under `setupDBJob`.
    #[derive(Default)]
    pub struct SetupDbJob: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Retries of the Job before it is marked failed.
        backoff_limit: i64,
        /// Command that replaces the container's entrypoint.
        command: Vec<String>,
        /// Arguments that replace the container's default ones.
        args: Vec<String>,
        /// Security context of the container.
        container_security_context: ContainerSecurityContext,
        /// Security context of the pods.
        pod_security_context: PodSecurityContext,
        /// More environment variables.
        extra_env_vars: Vec<k8s::EnvVar>,
        /// Existing ConfigMap whose keys become environment variables.
        #[serde(rename = "extraEnvVarsCM")]
        extra_env_vars_cm: String,
        /// Existing Secret whose keys become environment variables.
        extra_env_vars_secret: String,
        /// Named size of the requests and limits; ignored when `resources` is set.
        resources_preset: ResourcesPreset,
        /// CPU and memory requests and limits; when set, `resourcesPreset` is ignored.
        resources: k8s::ResourceRequirements,
        /// Whether the ServiceAccount token is mounted into the pods.
        automount_service_account_token: bool,
        /// Entries added to the pods' `/etc/hosts`.
        host_aliases: Vec<k8s::HostAlias>,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
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
        /// More volumes of the pods.
        extra_volumes: Vec<k8s::Volume>,
        /// More volume mounts of the main container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// More init containers of the pods.
        init_containers: Vec<k8s::Container>,
    }
}
