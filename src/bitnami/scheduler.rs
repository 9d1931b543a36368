//! `scheduler`.

use super::prelude::*;

values_struct! {
    /// Values under `scheduler`.
    #[derive(Default)]
    pub struct Scheduler: builder {
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
        /// Existing Secrets whose keys become environment variables.
        extra_env_vars_secrets: Vec<String>,
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
        /// Image of the scheduler, from chart versions with one image per component; now `image`.
        image: Image,
    }
}
