//! `dagProcessor`: the standalone DAG processor.

use super::prelude::*;

values_struct! {
    /// Values under `dagProcessor`.
    #[derive(Default)]
    pub struct DagProcessor: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Number of pods.
        replica_count: i64,
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
        ..bitnami_pod_fields,
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
    }
}
