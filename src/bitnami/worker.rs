//! `worker`: the Celery workers and the Kubernetes executor's task pods.

use super::prelude::*;

values_struct! {
    /// Values under `worker`.
    #[derive(Default)]
    pub struct Worker: builder {
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
        container_ports: WorkerContainerPorts,
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
        /// Whether the StatefulSet starts its pods one by one or all at once.
        pod_management_policy: PodManagementPolicy,
        /// How the pods are replaced on an update.
        update_strategy: k8s::StatefulSetUpdateStrategy,
        /// More containers of the pods.
        sidecars: Vec<k8s::Container>,
        /// More init containers of the pods.
        init_containers: Vec<k8s::Container>,
        /// More volume mounts of the main container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// More volumes of the pods.
        extra_volumes: Vec<k8s::Volume>,
        /// More volume claim templates of the StatefulSet.
        extra_volume_claim_templates: Vec<k8s::PersistentVolumeClaim>,
        /// Pod template of the Kubernetes executor's task pods, replacing the chart's.
        pod_template: BTreeMap<String, serde_json::Value>,
        /// The PodDisruptionBudget.
        pdb: Pdb,
        /// Autoscaling of the pods.
        autoscaling: Autoscaling,
        /// The NetworkPolicy of the pods.
        network_policy: NetworkPolicy,
        /// Image of the workers, from chart versions with one image per component; now `image`.
        image: Image,
    }
}

values_struct! {
    /// Values under `worker.containerPorts`.
    #[derive(Default)]
    pub struct WorkerContainerPorts: builder {
        /// HTTP port.
        http: i64,
    }
}
