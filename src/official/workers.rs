//! Celery and Kubernetes workers (`workers`, with `workers.celery` and `workers.kubernetes` in chart 1.22.0).

use super::prelude::*;

values_struct! {
    /// Values under `workers`.
    #[derive(Default)]
    pub struct Workers: builder {
        /// Number of pods.
        replicas: i64,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Probe that restarts the container when it fails.
        liveness_probe: LivenessProbe,
        /// How a StatefulSet replaces its pods.
        update_strategy: null BTreeMap<String, serde_json::Value>,
        /// Chart key `podManagementPolicy`: pod management policy.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        pod_management_policy: null PodManagementPolicy,
        /// How a Deployment replaces its pods.
        strategy: null BTreeMap<String, serde_json::Value>,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// KEDA autoscaling.
        keda: Keda,
        /// HorizontalPodAutoscaler.
        hpa: Hpa,
        /// Persistent storage.
        persistence: WorkerPersistence,
        /// Chart key `kerberosSidecar`: kerberos sidecar.
        kerberos_sidecar: KerberosSidecar,
        /// Chart key `kerberosInitContainer`: kerberos init container.
        kerberos_init_container: KerberosSidecar,
        /// PodDisruptionBudget of the pods.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        pod_disruption_budget: PodDisruptionBudget,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: i64,
        /// Whether the cluster autoscaler may evict the pods.
        safe_to_evict: bool,
        ..extra_containers,
        /// Chart key `extraPorts`: extra ports.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        extra_ports: Vec<k8s::ContainerPort>,
        ..extra_volumes,
        ..pod_placement,
        /// RuntimeClass of the pods.
        runtime_class_name: null String,
        /// Extra `/etc/hosts` entries of the pods.
        host_aliases: Vec<k8s::HostAlias>,
        ..pod_metadata,
        /// Kubernetes scheduler that places the pods.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        scheduler_name: null String,
        /// Chart key `logGroomerSidecar`: log groomer sidecar.
        log_groomer_sidecar: LogGroomerSidecar,
        /// Pod security context (older key, prefer `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// The init container that waits for database migrations.
        wait_for_migrations: WaitForMigrations,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
        /// Chart key `volumeClaimTemplates`: volume claim templates.
        volume_claim_templates: Vec<k8s::PersistentVolumeClaimTemplate>,
        /// Chart key `celery`: celery.
        #[builder(with = |value: Celery| Box::new(value))]
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        celery: Box<Celery>,
        /// Chart key `kubernetes`: kubernetes.
        #[builder(with = |value: Kubernetes| Box::new(value))]
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        kubernetes: Box<Kubernetes>,
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
        /// Chart key `persistentVolumeClaimRetentionPolicy`: persistent volume claim retention policy.
        persistent_volume_claim_retention_policy: null PersistentVolumeClaimRetentionPolicy,
        /// Size of the volume.
        size: String,
        /// StorageClass of the volume claim.
        storage_class_name: null String,
        /// Chart key `fixPermissions`: fix permissions.
        fix_permissions: bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// postStart/preStop hooks of the main container.
        #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
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
        /// Chart key `requirePersistence`: require persistence.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        require_persistence: bool,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Days logs are kept.
        retention_days: i64,
        /// Chart key `retentionMinutes`: retention minutes.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        retention_minutes: i64,
        /// Chart key `frequencyMinutes`: frequency minutes.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        frequency_minutes: i64,
        /// Chart key `maxSizeBytes`: max size bytes.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        max_size_bytes: i64,
        /// Chart key `maxSizePercent`: max size percent.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        max_size_percent: i64,
        /// Extra environment variables of the main container.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
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
        /// Chart key `podManagementPolicy`: pod management policy.
        pod_management_policy: null PodManagementPolicy,
        /// Chart key `enableDefault`: enable default.
        enable_default: bool,
        /// Chart key `queue`: queue.
        queue: String,
        /// Chart key `sets`: sets.
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
        /// Chart key `kerberosSidecar`: kerberos sidecar.
        kerberos_sidecar: CeleryKerberosSidecar,
        /// Chart key `kerberosInitContainer`: kerberos init container.
        kerberos_init_container: CeleryKerberosSidecar,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: null i64,
        /// Whether the cluster autoscaler may evict the pods.
        safe_to_evict: null bool,
        ..extra_containers,
        ..extra_volumes,
        /// Chart key `extraPorts`: extra ports.
        extra_ports: Vec<k8s::ContainerPort>,
        ..pod_placement,
        /// RuntimeClass of the pods.
        runtime_class_name: null String,
        /// Extra `/etc/hosts` entries of the pods.
        host_aliases: Vec<k8s::HostAlias>,
        ..pod_metadata,
        /// Chart key `logGroomerSidecar`: log groomer sidecar.
        log_groomer_sidecar: CeleryLogGroomerSidecar,
        /// The init container that waits for database migrations.
        wait_for_migrations: CeleryWaitForMigrations,
        /// Extra environment variables of the main container.
        env: Vec<ContainerEnvVar>,
        /// Chart key `volumeClaimTemplates`: volume claim templates.
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
        /// Chart key `kerberosSidecar`: kerberos sidecar.
        kerberos_sidecar: CeleryKerberosSidecar,
        /// Chart key `kerberosInitContainer`: kerberos init container.
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CeleryPodDisruptionBudget {
    /// Whether the chart deploys this part.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<Nullable<bool>>,
    /// Configuration text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<CeleryPodDisruptionBudgetConfig>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
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
        /// Chart key `namespaceLabels`: namespace labels.
        namespace_labels: BTreeMap<String, String>,
        /// Chart key `pollingInterval`: polling interval.
        polling_interval: null i64,
        /// Chart key `cooldownPeriod`: cooldown period.
        cooldown_period: null i64,
        /// Fewest pods.
        min_replica_count: null i64,
        /// Most pods.
        max_replica_count: null i64,
        /// Chart key `advanced`: advanced.
        advanced: KedaAdvanced,
        /// Chart key `query`: query.
        query: null String,
        /// Chart key `usePgbouncer`: use pgbouncer.
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
        /// Chart key `metrics`: metrics.
        metrics: null Vec<k8s_openapi::api::autoscaling::v2::MetricSpec>,
        /// Chart key `behavior`: behavior.
        behavior: k8s_openapi::api::autoscaling::v2::HorizontalPodAutoscalerBehavior,
    }
}

values_struct! {
    /// Values under `workers.celery.persistence`.
    #[derive(Default)]
    pub struct CeleryPersistence {
        /// Whether the chart deploys this part.
        enabled: null bool,
        /// Chart key `persistentVolumeClaimRetentionPolicy`: persistent volume claim retention policy.
        persistent_volume_claim_retention_policy: null PersistentVolumeClaimRetentionPolicy,
        /// Size of the volume.
        size: null String,
        /// StorageClass of the volume claim.
        storage_class_name: null String,
        /// Chart key `fixPermissions`: fix permissions.
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
        /// Chart key `requirePersistence`: require persistence.
        require_persistence: null bool,
        /// Command that replaces the image entrypoint.
        command: null Vec<String>,
        /// Arguments passed to the command.
        args: null Vec<String>,
        /// Days logs are kept.
        retention_days: null i64,
        /// Chart key `retentionMinutes`: retention minutes.
        retention_minutes: null i64,
        /// Chart key `frequencyMinutes`: frequency minutes.
        frequency_minutes: null i64,
        /// Chart key `maxSizeBytes`: max size bytes.
        max_size_bytes: null i64,
        /// Chart key `maxSizePercent`: max size percent.
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CeleryPodDisruptionBudgetConfig {
    /// Pods that may be down at once.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_unavailable:
        Option<Nullable<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>>,
    /// Pods that must stay up.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub min_available: Option<Nullable<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
