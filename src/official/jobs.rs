//! The chart's Jobs and CronJobs: `migrateDatabaseJob`, `createUserJob`, `cleanup`, `databaseCleanup`.

use super::prelude::*;

values_struct! {
    /// Values under `createUserJob`.
    #[derive(Default)]
    pub struct CreateUserJob: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// The first Airflow user.
        default_user: DefaultUser,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Annotations of the Job.
        job_annotations: BTreeMap<String, String>,
        /// Restart policy of the Job's pod: `OnFailure` or `Never`.
        restart_policy: RestartPolicy,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        ..extra_containers,
        ..extra_volumes,
        ..pod_placement,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Whether the job runs as a Helm hook.
        use_helm_hooks: bool,
        /// Whether `env` and `secret` apply to the job.
        apply_custom_env: bool,
        /// Seconds after which a finished Job is deleted.
        ttl_seconds_after_finished: null i64,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
    }
}

values_struct! {
    /// Values under `migrateDatabaseJob`.
    #[derive(Default)]
    pub struct MigrateDatabaseJob {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Annotations of the Job.
        job_annotations: BTreeMap<String, String>,
        /// Restart policy of the Job's pod: `OnFailure` or `Never`.
        restart_policy: RestartPolicy,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        ..extra_containers,
        ..extra_volumes,
        ..pod_placement,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// Whether the job runs as a Helm hook.
        use_helm_hooks: bool,
        /// Whether `env` and `secret` apply to the job.
        apply_custom_env: bool,
        /// Seconds after which a finished Job is deleted.
        ttl_seconds_after_finished: null i64,
        /// Extra environment variables of the main container.
        env: Vec<k8s::EnvVar>,
    }
}

values_struct! {
    /// Values under `cleanup`.
    #[derive(Default)]
    pub struct Cleanup {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Cron schedule.
        schedule: String,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Annotations of the Job.
        job_annotations: BTreeMap<String, String>,
        ..pod_placement,
        /// Annotations added to the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: SchedulerServiceAccount,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
        /// Failed Jobs the CronJob keeps; `null` leaves it to Kubernetes.
        failed_jobs_history_limit: null i64,
        /// Successful Jobs the CronJob keeps; `null` leaves it to Kubernetes.
        successful_jobs_history_limit: null i64,
    }
}

values_struct! {
    /// Values under `databaseCleanup`.
    #[derive(Default)]
    pub struct DatabaseCleanup {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Whether `env` and `secret` apply to the job.
        apply_custom_env: bool,
        /// Cron schedule.
        schedule: String,
        /// Days of rows the cleanup keeps in the metadata database.
        retention_days: i64,
        /// Whether purged rows are dropped without a copy in archive tables.
        skip_archive: bool,
        /// Tables to purge; empty purges every table `airflow db clean` handles.
        tables: Vec<String>,
        /// Rows deleted or archived per transaction; `null` leaves it to Airflow.
        batch_size: null i64,
        /// Whether `airflow db clean` logs in detail.
        verbose: bool,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Annotations of the Job.
        job_annotations: BTreeMap<String, String>,
        ..pod_placement,
        /// Annotations added to the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
        /// Failed Jobs the CronJob keeps; `null` leaves it to Kubernetes.
        failed_jobs_history_limit: null i64,
        /// Successful Jobs the CronJob keeps; `null` leaves it to Kubernetes.
        successful_jobs_history_limit: null i64,
        /// Seconds after which a finished Job is deleted.
        ttl_seconds_after_finished: null i64,
    }
}
