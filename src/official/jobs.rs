//! The chart's Jobs and CronJobs: `migrateDatabaseJob`, `createUserJob`, `cleanup`, `databaseCleanup`.

use super::prelude::*;

/// Values under `createUserJob`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct CreateUserJob {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub enabled: Option<bool>,
    /// The first Airflow user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub default_user: Option<DefaultUser>,
    /// Command that replaces the image entrypoint.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub command: Option<Nullable<Vec<String>>>,
    /// Arguments passed to the command.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub args: Option<Nullable<Vec<String>>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Annotations of the Job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `restartPolicy`: restart policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub restart_policy: Option<RestartPolicy>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// Sidecar containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// Init containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_init_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// More volumes for the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volumes: Option<Vec<k8s_openapi::api::core::v1::Volume>>,
    /// More volume mounts for the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
    /// Scheduling affinity of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affinity: Option<k8s_openapi::api::core::v1::Affinity>,
    /// Taints the pods tolerate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerations: Option<Vec<k8s_openapi::api::core::v1::Toleration>>,
    /// How the pods spread across zones or nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topology_spread_constraints:
        Option<Vec<k8s_openapi::api::core::v1::TopologySpreadConstraint>>,
    /// Pod security context (older key, prefer `securityContexts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// PriorityClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub priority_class_name: Option<Nullable<String>>,
    /// Whether the job runs as a Helm hook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_helm_hooks: Option<bool>,
    /// Whether `env` and `secret` apply to the job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_custom_env: Option<bool>,
    /// Seconds after which a finished Job is deleted.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub ttl_seconds_after_finished: Option<Nullable<i64>>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<ContainerEnvVar>>,
}

/// Values under `migrateDatabaseJob`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct MigrateDatabaseJob {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Command that replaces the image entrypoint.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub command: Option<Nullable<Vec<String>>>,
    /// Arguments passed to the command.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub args: Option<Nullable<Vec<String>>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Annotations of the Job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `restartPolicy`: restart policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub restart_policy: Option<RestartPolicy>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// Init containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_init_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// Sidecar containers added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_containers: Option<Vec<k8s_openapi::api::core::v1::Container>>,
    /// More volumes for the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volumes: Option<Vec<k8s_openapi::api::core::v1::Volume>>,
    /// More volume mounts for the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
    /// Scheduling affinity of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affinity: Option<k8s_openapi::api::core::v1::Affinity>,
    /// Taints the pods tolerate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerations: Option<Vec<k8s_openapi::api::core::v1::Toleration>>,
    /// How the pods spread across zones or nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topology_spread_constraints:
        Option<Vec<k8s_openapi::api::core::v1::TopologySpreadConstraint>>,
    /// Pod security context (older key, prefer `securityContexts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// PriorityClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub priority_class_name: Option<Nullable<String>>,
    /// Whether the job runs as a Helm hook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_helm_hooks: Option<bool>,
    /// Whether `env` and `secret` apply to the job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_custom_env: Option<bool>,
    /// Seconds after which a finished Job is deleted.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub ttl_seconds_after_finished: Option<Nullable<i64>>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub env: Option<Vec<k8s_openapi::api::core::v1::EnvVar>>,
}

/// Values under `cleanup`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Cleanup {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Cron schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    /// Command that replaces the image entrypoint.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub command: Option<Nullable<Vec<String>>>,
    /// Arguments passed to the command.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub args: Option<Nullable<Vec<String>>>,
    /// Annotations of the Job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_annotations: Option<BTreeMap<String, String>>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
    /// Scheduling affinity of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affinity: Option<k8s_openapi::api::core::v1::Affinity>,
    /// Taints the pods tolerate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerations: Option<Vec<k8s_openapi::api::core::v1::Toleration>>,
    /// How the pods spread across zones or nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topology_spread_constraints:
        Option<Vec<k8s_openapi::api::core::v1::TopologySpreadConstraint>>,
    /// PriorityClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub priority_class_name: Option<Nullable<String>>,
    /// Annotations added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_annotations: Option<BTreeMap<String, String>>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<SchedulerServiceAccount>,
    /// Pod security context (older key, prefer `securityContexts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<ContainerEnvVar>>,
    /// Chart key `failedJobsHistoryLimit`: failed jobs history limit.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub failed_jobs_history_limit: Option<Nullable<i64>>,
    /// Chart key `successfulJobsHistoryLimit`: successful jobs history limit.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub successful_jobs_history_limit: Option<Nullable<i64>>,
}

/// Values under `databaseCleanup`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct DatabaseCleanup {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Whether `env` and `secret` apply to the job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_custom_env: Option<bool>,
    /// Cron schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    /// Days logs are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<i64>,
    /// Chart key `skipArchive`: skip archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_archive: Option<bool>,
    /// Chart key `tables`: tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tables: Option<Vec<String>>,
    /// Chart key `batchSize`: batch size.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub batch_size: Option<Nullable<i64>>,
    /// Chart key `verbose`: verbose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verbose: Option<bool>,
    /// Command that replaces the image entrypoint.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub command: Option<Nullable<Vec<String>>>,
    /// Arguments passed to the command.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub args: Option<Nullable<Vec<String>>>,
    /// Annotations of the Job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_annotations: Option<BTreeMap<String, String>>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
    /// Scheduling affinity of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affinity: Option<k8s_openapi::api::core::v1::Affinity>,
    /// Taints the pods tolerate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerations: Option<Vec<k8s_openapi::api::core::v1::Toleration>>,
    /// How the pods spread across zones or nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topology_spread_constraints:
        Option<Vec<k8s_openapi::api::core::v1::TopologySpreadConstraint>>,
    /// PriorityClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub priority_class_name: Option<Nullable<String>>,
    /// Annotations added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_annotations: Option<BTreeMap<String, String>>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<ContainerEnvVar>>,
    /// Chart key `failedJobsHistoryLimit`: failed jobs history limit.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub failed_jobs_history_limit: Option<Nullable<i64>>,
    /// Chart key `successfulJobsHistoryLimit`: successful jobs history limit.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub successful_jobs_history_limit: Option<Nullable<i64>>,
    /// Seconds after which a finished Job is deleted.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub ttl_seconds_after_finished: Option<Nullable<i64>>,
}
