//! Celery and Kubernetes workers (`workers`, with `workers.celery` and `workers.kubernetes` from chart 1.19.0 on).

use super::prelude::*;

values_struct! {
    /// Values under `workers`.
    ///
    /// Charts 1.19.0 and 1.21.0 deprecate most of these keys in favour of the
    /// same key under `workers.celery` (for the Celery workers) or `workers.kubernetes`
    /// (for the task pods of the Kubernetes executor): `keda`, `resources`,
    /// `nodeSelector`, `tolerations`, `env` and others; each field's doc names
    /// its replacement. `validate` reports each deprecated key that is set,
    /// with its replacement (rule AV0107), and
    /// [`deprecations`](super::deprecations) lists them per release.
    #[derive(Default)]
    pub struct Workers: builder {
        /// Number of pods (deprecated from chart 1.19.0: use `workers.celery.replicas`).
        replicas: i64,
        /// Old ReplicaSets kept for rollback (deprecated from chart 1.19.0: use `workers.celery.revisionHistoryLimit`).
        revision_history_limit: null i64,
        /// Command that replaces the image entrypoint (deprecated from chart 1.21.0: use `workers.celery.command` or `workers.kubernetes.command`).
        command: null Vec<String>,
        /// Arguments passed to the command (deprecated from chart 1.19.0: use `workers.celery.args`).
        args: null Vec<String>,
        /// Probe that restarts the container when it fails (deprecated from chart 1.19.0: use `workers.celery.livenessProbe`).
        liveness_probe: LivenessProbe,
        /// How a StatefulSet replaces its pods (deprecated from chart 1.19.0: use `workers.celery.updateStrategy`).
        update_strategy: null BTreeMap<String, serde_json::Value>,
        /// How the worker StatefulSet starts and stops pods (deprecated from chart 1.19.0: use `workers.celery.podManagementPolicy`); not `null`, which the chart's schema refuses.
        pod_management_policy: PodManagementPolicy,
        /// How a Deployment replaces its pods (deprecated from chart 1.19.0: use `workers.celery.strategy`).
        strategy: null BTreeMap<String, serde_json::Value>,
        /// The Kubernetes ServiceAccount the pods run as (deprecated from chart 1.21.0: use `workers.celery.serviceAccount` or `workers.kubernetes.serviceAccount`).
        service_account: ServiceAccount,
        /// KEDA autoscaling (deprecated from chart 1.21.0: use `workers.celery.keda`).
        keda: Keda,
        /// HorizontalPodAutoscaler (deprecated from chart 1.21.0: use `workers.celery.hpa`).
        hpa: Hpa,
        /// Persistent storage (deprecated from chart 1.19.0: use `workers.celery.persistence`).
        persistence: WorkerPersistence,
        /// Sidecar that renews the Kerberos ticket in worker pods (deprecated from chart 1.21.0: use `workers.celery.kerberosSidecar` or `workers.kubernetes.kerberosSidecar`).
        kerberos_sidecar: KerberosSidecar,
        /// Init container that obtains a Kerberos ticket before the worker starts (deprecated from chart 1.21.0: use `workers.celery.kerberosInitContainer` or `workers.kubernetes.kerberosInitContainer`).
        kerberos_init_container: KerberosSidecar,
        /// PodDisruptionBudget of the pods (deprecated from chart 1.21.0: use `workers.celery.podDisruptionBudget`).
        pod_disruption_budget: PodDisruptionBudget,
        /// CPU and memory requests and limits (deprecated from chart 1.21.0: use `workers.celery.resources` or `workers.kubernetes.resources`).
        resources: k8s::ResourceRequirements,
        /// Seconds a pod gets to stop before it is killed (deprecated from chart 1.21.0: use `workers.celery.terminationGracePeriodSeconds` or `workers.kubernetes.terminationGracePeriodSeconds`).
        termination_grace_period_seconds: i64,
        /// Whether the cluster autoscaler may evict the pods (deprecated from chart 1.21.0: use `workers.celery.safeToEvict` or `workers.kubernetes.safeToEvict`).
        safe_to_evict: bool,
        /// Sidecar containers added to the pods (deprecated from chart 1.21.0: use `workers.celery.extraContainers` or `workers.kubernetes.extraContainers`).
        extra_containers: Vec<k8s::Container>,
        /// Init containers added to the pods (deprecated from chart 1.21.0: use `workers.celery.extraInitContainers` or `workers.kubernetes.extraInitContainers`).
        extra_init_containers: Vec<k8s::Container>,
        /// More ports of the Celery worker container (deprecated from chart 1.21.0: use `workers.celery.extraPorts`).
        extra_ports: Vec<k8s::ContainerPort>,
        /// More volumes for the pods (deprecated from chart 1.21.0: use `workers.celery.extraVolumes` or `workers.kubernetes.extraVolumes`).
        extra_volumes: Vec<k8s::Volume>,
        /// More volume mounts for the main container (deprecated from chart 1.21.0: use `workers.celery.extraVolumeMounts` or `workers.kubernetes.extraVolumeMounts`).
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// Node labels the pods must match (deprecated from chart 1.21.0: use `workers.celery.nodeSelector` or `workers.kubernetes.nodeSelector`).
        node_selector: BTreeMap<String, String>,
        /// PriorityClass of the pods (deprecated from chart 1.21.0: use `workers.celery.priorityClassName` or `workers.kubernetes.priorityClassName`).
        priority_class_name: null String,
        /// Scheduling affinity of the pods (deprecated from chart 1.21.0: use `workers.celery.affinity` or `workers.kubernetes.affinity`).
        affinity: k8s::Affinity,
        /// Taints the pods tolerate (deprecated from chart 1.21.0: use `workers.celery.tolerations` or `workers.kubernetes.tolerations`).
        tolerations: Vec<k8s::Toleration>,
        /// How the pods spread across zones or nodes (deprecated from chart 1.21.0: use `workers.celery.topologySpreadConstraints` or `workers.kubernetes.topologySpreadConstraints`).
        topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
        /// RuntimeClass of the pods (deprecated from chart 1.21.0: use `workers.celery.runtimeClassName` or `workers.kubernetes.runtimeClassName`).
        runtime_class_name: null String,
        /// Extra `/etc/hosts` entries of the pods (deprecated from chart 1.21.0: use `workers.celery.hostAliases` or `workers.kubernetes.hostAliases`).
        host_aliases: Vec<k8s::HostAlias>,
        /// Annotations added to the StatefulSet or Deployment (deprecated from chart 1.21.0: use `workers.celery.annotations`).
        annotations: BTreeMap<String, String>,
        /// Annotations added to the pods (deprecated from chart 1.21.0: use `workers.celery.podAnnotations` or `workers.kubernetes.podAnnotations`).
        pod_annotations: BTreeMap<String, String>,
        /// Labels added to the object (deprecated from chart 1.21.0: use `workers.celery.labels` or `workers.kubernetes.labels`).
        labels: BTreeMap<String, String>,
        /// Kubernetes scheduler that places the pods (deprecated from chart 1.21.0: use `workers.celery.schedulerName` or `workers.kubernetes.schedulerName`).
        scheduler_name: null String,
        /// Sidecar that deletes old logs in the worker pods (deprecated from chart 1.21.0: use `workers.celery.logGroomerSidecar`).
        log_groomer_sidecar: LogGroomerSidecar,
        /// Pod security context (deprecated: use `securityContexts`; from chart 1.21.0 `workers.celery.securityContexts` or `workers.kubernetes.securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container (deprecated from chart 1.21.0: use `workers.celery.containerLifecycleHooks` or `workers.kubernetes.containerLifecycleHooks`).
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers (deprecated from chart 1.21.0: use `workers.celery.securityContexts` or `workers.kubernetes.securityContexts`).
        security_contexts: WorkersSecurityContexts,
        /// The init container that waits for database migrations (deprecated from chart 1.21.0: use `workers.celery.waitForMigrations`).
        wait_for_migrations: WaitForMigrations,
        /// Extra environment variables of the main container (deprecated from chart 1.21.0: use `workers.celery.env` or `workers.kubernetes.env`).
        env: Vec<ContainerEnvVar>,
        /// More volume claim templates of the worker StatefulSet (deprecated from chart 1.21.0: use `workers.celery.volumeClaimTemplates`).
        volume_claim_templates: Vec<k8s::PersistentVolumeClaimTemplate>,
        /// Settings of the Celery workers alone; their keys override those of `workers`.
        celery: boxed Celery,
        /// Settings of the Kubernetes executor's task pods alone; their keys override those of `workers`.
        kubernetes: boxed Kubernetes,
    }
}

values_struct! {
    /// Values under `workers.livenessProbe`.
    #[derive(Default)]
    pub struct LivenessProbe {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Seconds to wait before the first probe.
        initial_delay_seconds: i64,
        /// Seconds before a probe counts as failed.
        timeout_seconds: i64,
        /// Failed probes in a row before the container counts as unhealthy.
        failure_threshold: i64,
        /// Seconds between two probes.
        period_seconds: i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
    }
}

/// Allowed values of `workers.podManagementPolicy`, `workers.celery.podManagementPolicy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum PodManagementPolicy {
    /// `OrderedReady`.
    #[serde(rename = "OrderedReady")]
    OrderedReady,
    /// `Parallel`.
    #[serde(rename = "Parallel")]
    Parallel,
}

values_struct! {
    /// Values under `workers.persistence`.
    #[derive(Default)]
    pub struct WorkerPersistence {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Whether the workers' log volume claims are kept or deleted with the StatefulSet and on scale-down.
        persistent_volume_claim_retention_policy: null PersistentVolumeClaimRetentionPolicy,
        /// Size of the volume.
        size: String,
        /// StorageClass of the volume claim.
        storage_class_name: null String,
        /// Whether an init container first hands the log volume to the Airflow user; needed with some local-path provisioners such as kind's.
        fix_permissions: bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
    }
}

values_struct! {
    /// Values under `workers.kerberosSidecar`, `workers.kerberosInitContainer`.
    #[derive(Default)]
    pub struct KerberosSidecar {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
    }
}

values_struct! {
    /// Values under `workers.logGroomerSidecar`.
    #[derive(Default)]
    pub struct LogGroomerSidecar: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Whether the sidecar runs only with persistent worker logs; false lets it clean an `emptyDir` log volume.
        require_persistence: bool,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Days logs are kept.
        retention_days: i64,
        /// Minutes added to `retentionDays` before a log file is deleted.
        retention_minutes: i64,
        /// Minutes between two cleanup runs.
        frequency_minutes: i64,
        /// Bytes the logs may take before the oldest go early; 0 means no limit.
        max_size_bytes: i64,
        /// Percent of the disk the logs may take before the oldest go early; 0 means no limit, and `maxSizeBytes` wins when set.
        max_size_percent: i64,
        /// Extra environment variables of the main container.
        env: Vec<k8s::EnvVar>,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
    }
}

values_struct! {
    /// Values under `workers.celery`.
    #[derive(Default)]
    pub struct Celery {
        /// Number of pods.
        replicas: null i64,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Probe that restarts the container when it fails.
        liveness_probe: CeleryLivenessProbe,
        /// How a StatefulSet replaces its pods.
        update_strategy: null BTreeMap<String, serde_json::Value>,
        /// How a Deployment replaces its pods.
        strategy: null BTreeMap<String, serde_json::Value>,
        /// How the Celery worker StatefulSet starts and stops pods; unset falls back to `workers.podManagementPolicy`, and `null` is refused by the chart's schema.
        pod_management_policy: PodManagementPolicy,
        /// Whether the default Celery worker group is deployed; false deploys only the groups in `sets`.
        enable_default: bool,
        /// Celery queue the default worker group consumes.
        queue: String,
        /// Extra Celery worker groups, each with a name, a queue and its own overrides of `workers` and `workers.celery`.
        sets: Vec<BTreeMap<String, serde_json::Value>>,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// PodDisruptionBudget of the pods.
        pod_disruption_budget: CeleryPodDisruptionBudget,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: CeleryServiceAccount,
        /// KEDA autoscaling.
        keda: CeleryKeda,
        /// HorizontalPodAutoscaler.
        hpa: CeleryHpa,
        /// Persistent storage.
        persistence: CeleryPersistence,
        /// Sidecar that renews the Kerberos ticket in Celery worker pods.
        kerberos_sidecar: CeleryKerberosSidecar,
        /// Init container that obtains a Kerberos ticket before a Celery worker starts.
        kerberos_init_container: CeleryKerberosSidecar,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: null i64,
        /// Whether the cluster autoscaler may evict the pods.
        safe_to_evict: null bool,
        ..extra_containers,
        ..extra_volumes,
        /// More ports of the Celery worker container.
        extra_ports: Vec<k8s::ContainerPort>,
        ..pod_placement,
        /// RuntimeClass of the pods.
        runtime_class_name: null String,
        /// Extra `/etc/hosts` entries of the pods.
        host_aliases: Vec<k8s::HostAlias>,
        ..pod_metadata,
        /// Sidecar that deletes old logs in the Celery worker pods.
        log_groomer_sidecar: CeleryLogGroomerSidecar,
        /// The init container that waits for database migrations.
        wait_for_migrations: CeleryWaitForMigrations,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
        /// More volume claim templates of the Celery worker StatefulSet.
        volume_claim_templates: Vec<k8s::PersistentVolumeClaimTemplate>,
        /// Kubernetes scheduler that places the pods.
        scheduler_name: null String,
    }
}

values_struct! {
    /// Values under `workers.kubernetes`.
    #[derive(Default)]
    pub struct Kubernetes {
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: CeleryServiceAccount,
        /// Sidecar that renews the Kerberos ticket in the Kubernetes executor's task pods.
        kerberos_sidecar: CeleryKerberosSidecar,
        /// Init container that obtains a Kerberos ticket before a task pod of the Kubernetes executor starts.
        kerberos_init_container: CeleryKerberosSidecar,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: null i64,
        /// Whether the cluster autoscaler may evict the pods.
        safe_to_evict: null bool,
        ..extra_containers,
        ..extra_volumes,
        ..pod_placement,
        /// RuntimeClass of the pods.
        runtime_class_name: null String,
        /// Extra `/etc/hosts` entries of the pods.
        host_aliases: Vec<k8s::HostAlias>,
        /// Annotations added to the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
        /// Kubernetes scheduler that places the pods.
        scheduler_name: null String,
    }
}

values_struct! {
    /// Values under `workers.celery.livenessProbe`.
    #[derive(Default)]
    pub struct CeleryLivenessProbe {
        /// Whether the chart deploys this part.
        enabled: null bool,
        /// Seconds to wait before the first probe.
        initial_delay_seconds: null i64,
        /// Seconds before a probe counts as failed.
        timeout_seconds: null i64,
        /// Failed probes in a row before the container counts as unhealthy.
        failure_threshold: null i64,
        /// Seconds between two probes.
        period_seconds: null i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
    }
}

/// Values under `workers.celery.podDisruptionBudget`.
#[derive(bon::Builder, Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CeleryPodDisruptionBudget {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub enabled: Option<Nullable<bool>>,
    /// The budget itself: `maxUnavailable` or `minAvailable`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<CeleryPodDisruptionBudgetConfig>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

values_struct! {
    /// Values under `workers.celery.serviceAccount`, `workers.kubernetes.serviceAccount`.
    #[derive(Default)]
    pub struct CeleryServiceAccount {
        /// Whether the account token is mounted into the pods.
        automount_service_account_token: null bool,
        /// Whether the chart creates the object.
        create: null bool,
        /// Name of the object.
        name: null String,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
    }
}

values_struct! {
    /// Values under `workers.celery.keda`.
    #[derive(Default)]
    pub struct CeleryKeda {
        /// Whether the chart deploys this part.
        enabled: null bool,
        /// Labels of KEDA's namespace, which the PgBouncer NetworkPolicy lets in.
        namespace_labels: BTreeMap<String, String>,
        /// Seconds between two runs of the scaling query by KEDA; `null` falls back to `workers.keda`.
        polling_interval: null i64,
        /// Seconds KEDA waits after the last activity before it scales to zero; `null` falls back to `workers.keda`.
        cooldown_period: null i64,
        /// Fewest pods.
        min_replica_count: null i64,
        /// Most pods.
        max_replica_count: null i64,
        /// Advanced KEDA settings, such as the behavior of the HorizontalPodAutoscaler it creates.
        advanced: KedaAdvanced,
        /// SQL run on the metadata database whose single integer result is the wanted number of workers; `null` falls back to `workers.keda`.
        query: null String,
        /// Whether KEDA runs its query through PgBouncer when PgBouncer is enabled; `null` falls back to `workers.keda`.
        use_pgbouncer: null bool,
    }
}

values_struct! {
    /// Values under `workers.celery.hpa`.
    #[derive(Default)]
    pub struct CeleryHpa {
        /// Whether the chart deploys this part.
        enabled: null bool,
        /// Fewest pods.
        min_replica_count: null i64,
        /// Most pods.
        max_replica_count: null i64,
        /// Metrics the HorizontalPodAutoscaler sizes the workers by; `null` falls back to `workers.hpa`.
        metrics: null Vec<k8s::MetricSpec>,
        /// Scale-up and scale-down behavior of the HorizontalPodAutoscaler.
        behavior: k8s::HorizontalPodAutoscalerBehavior,
    }
}

values_struct! {
    /// Values under `workers.celery.persistence`.
    #[derive(Default)]
    pub struct CeleryPersistence {
        /// Whether the chart deploys this part.
        enabled: null bool,
        /// Whether the Celery workers' log volume claims are kept or deleted with the StatefulSet and on scale-down.
        persistent_volume_claim_retention_policy: null PersistentVolumeClaimRetentionPolicy,
        /// Size of the volume.
        size: null String,
        /// StorageClass of the volume claim.
        storage_class_name: null String,
        /// Whether an init container first hands the log volume to the Airflow user; `null` falls back to `workers.persistence`.
        fix_permissions: null bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
    }
}

values_struct! {
    /// Values under `workers.celery.kerberosSidecar`, `workers.celery.kerberosInitContainer`, `workers.kubernetes.kerberosSidecar`, `workers.kubernetes.kerberosInitContainer`.
    #[derive(Default)]
    pub struct CeleryKerberosSidecar {
        /// Whether the chart deploys this part.
        enabled: null bool,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
    }
}

values_struct! {
    /// Values under `workers.celery.logGroomerSidecar`.
    #[derive(Default)]
    pub struct CeleryLogGroomerSidecar {
        /// Whether the chart deploys this part.
        enabled: null bool,
        /// Whether the sidecar runs only with persistent worker logs; `null` falls back to `workers.logGroomerSidecar`.
        require_persistence: null bool,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Days logs are kept.
        retention_days: null i64,
        /// Minutes added to `retentionDays` before a log file is deleted; `null` falls back to `workers.logGroomerSidecar`.
        retention_minutes: null i64,
        /// Minutes between two cleanup runs; `null` falls back to `workers.logGroomerSidecar`.
        frequency_minutes: null i64,
        /// Bytes the logs may take before the oldest go early; 0 means no limit, `null` falls back to `workers.logGroomerSidecar`.
        max_size_bytes: null i64,
        /// Percent of the disk the logs may take before the oldest go early; 0 means no limit, `null` falls back to `workers.logGroomerSidecar`.
        max_size_percent: null i64,
        /// Extra environment variables of the main container.
        env: Vec<k8s::EnvVar>,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
    }
}

values_struct! {
    /// Values under `workers.celery.waitForMigrations`.
    #[derive(Default)]
    pub struct CeleryWaitForMigrations {
        /// Whether the chart deploys this part.
        enabled: null bool,
        /// Extra environment variables of the main container.
        env: Vec<EnvVar>,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
    }
}

/// Values under `workers.celery.podDisruptionBudget.config`.
#[derive(bon::Builder, Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CeleryPodDisruptionBudgetConfig {
    /// Pods that may be down at once.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        with = "crate::k8s::Placeholder",
        extend("x-k8s-type" = "IntOrString", "x-k8s-shape" = "one", "x-k8s-null" = true)
    )]
    #[builder(into)]
    pub max_unavailable: Option<Nullable<k8s::IntOrString>>,
    /// Pods that must stay up.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        with = "crate::k8s::Placeholder",
        extend("x-k8s-type" = "IntOrString", "x-k8s-shape" = "one", "x-k8s-null" = true)
    )]
    #[builder(into)]
    pub min_available: Option<Nullable<k8s::IntOrString>>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
