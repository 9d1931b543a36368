//! Building blocks shared by several components: service accounts, probes, disruption budgets, autoscaling, network policies, services.

use super::prelude::*;

values_struct! {
    /// Values under `env.[]`, `workers.waitForMigrations.env.[]`, `workers.celery.waitForMigrations.env.[]`, `scheduler.waitForMigrations.env.[]` and 8 more.
    pub struct EnvVar {
        /// Name of the object.
        name: raw String,
        /// The literal value.
        value: raw String,
    }
}

values_struct! {
    /// Values under `workers.serviceAccount`, `triggerer.serviceAccount`, `dagProcessor.serviceAccount`, `createUserJob.serviceAccount` and 10 more.
    #[derive(Default)]
    pub struct ServiceAccount: builder {
        /// Whether the account token is mounted into the pods.
        automount_service_account_token: bool,
        /// Whether the chart creates the object.
        create: bool,
        /// Name of the object.
        name: null String,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
    }
}

values_struct! {
    /// Values under `workers.keda`, `triggerer.keda`.
    #[derive(Default)]
    pub struct Keda {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Labels of KEDA's namespace, which the PgBouncer NetworkPolicy lets in.
        namespace_labels: BTreeMap<String, String>,
        /// Seconds between two runs of the scaling query by KEDA.
        polling_interval: i64,
        /// Seconds KEDA waits after the last activity before it scales to zero.
        cooldown_period: i64,
        /// Fewest pods.
        min_replica_count: i64,
        /// Most pods.
        max_replica_count: i64,
        /// Advanced KEDA settings, such as the behavior of the HorizontalPodAutoscaler it creates.
        advanced: KedaAdvanced,
        /// SQL run on the metadata database; its single integer result is the wanted number of pods.
        query: String,
        /// Whether KEDA runs its query through PgBouncer when PgBouncer is enabled.
        use_pgbouncer: bool,
    }
}

values_struct! {
    /// Values under `workers.hpa`, `apiServer.hpa`, `webserver.hpa`.
    #[derive(Default)]
    pub struct Hpa {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Fewest pods.
        min_replica_count: i64,
        /// Most pods.
        max_replica_count: i64,
        /// Metrics the HorizontalPodAutoscaler sizes the pods by.
        metrics: Vec<k8s::MetricSpec>,
        /// Scale-up and scale-down behavior of the HorizontalPodAutoscaler.
        behavior: k8s::HorizontalPodAutoscalerBehavior,
    }
}

/// Values under `workers.podDisruptionBudget`, `triggerer.podDisruptionBudget`, `dagProcessor.podDisruptionBudget`, `apiServer.podDisruptionBudget`.
#[derive(bon::Builder, Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PodDisruptionBudget {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The budget itself: `maxUnavailable` or `minAvailable`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<PodDisruptionBudgetConfig>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

values_struct! {
    /// Values under `workers.securityContexts`, `workers.celery.securityContexts`, `workers.kubernetes.securityContexts`, `scheduler.securityContexts` and 14 more.
    #[derive(Default)]
    pub struct WorkersSecurityContexts {
        /// Security context of the pod.
        pod: k8s::PodSecurityContext,
        /// Security context of the main container.
        container: k8s::SecurityContext,
    }
}

values_struct! {
    /// Values under `workers.waitForMigrations`, `scheduler.waitForMigrations`, `triggerer.waitForMigrations`, `dagProcessor.waitForMigrations` and 3 more.
    #[derive(Default)]
    pub struct WaitForMigrations {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Extra environment variables of the main container.
        env: Vec<EnvVar>,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
    }
}

values_struct! {
    /// Values under `scheduler.livenessProbe`, `triggerer.livenessProbe`, `dagProcessor.livenessProbe`.
    #[derive(Default)]
    pub struct SchedulerLivenessProbe {
        /// Seconds to wait before the first probe.
        initial_delay_seconds: i64,
        /// Seconds before a probe counts as failed.
        timeout_seconds: i64,
        /// Failed probes in a row before the container counts as unhealthy.
        failure_threshold: i64,
        /// Seconds between two probes.
        period_seconds: i64,
        /// Command that replaces the image entrypoint.
        command: null Vec<Nullable<String>>,
    }
}

values_struct! {
    /// Values under `scheduler.serviceAccount`, `cleanup.serviceAccount`.
    #[derive(Default)]
    pub struct SchedulerServiceAccount {
        /// Whether the account token is mounted into the pods.
        automount_service_account_token: bool,
        /// Projected token volume the chart mounts itself when `automountServiceAccountToken` is false.
        service_account_token_volume: ServiceAccountTokenVolume,
        /// Whether the chart creates the object.
        create: bool,
        /// Name of the object.
        name: null String,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
    }
}

/// Values under `scheduler.podDisruptionBudget`, `webserver.podDisruptionBudget`, `pgbouncer.podDisruptionBudget`.
#[derive(bon::Builder, Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SchedulerPodDisruptionBudget {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The budget itself: `maxUnavailable` or `minAvailable`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<SchedulerPodDisruptionBudgetConfig>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

values_struct! {
    /// Values under `scheduler.logGroomerSidecar`, `triggerer.logGroomerSidecar`, `dagProcessor.logGroomerSidecar`.
    #[derive(Default)]
    pub struct SchedulerLogGroomerSidecar {
        /// Whether the chart deploys this part.
        enabled: bool,
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
    /// Values under `createUserJob.defaultUser`, `_rpcServer.defaultUser`, `webserver.defaultUser`.
    #[derive(Default)]
    pub struct DefaultUser: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Airflow role.
        role: String,
        /// User name.
        username: String,
        /// E-mail address.
        email: String,
        /// First name.
        first_name: String,
        /// Last name.
        last_name: String,
        /// Password.
        password: SecretValue,
    }
}

/// Allowed values of `createUserJob.restartPolicy`, `migrateDatabaseJob.restartPolicy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum RestartPolicy {
    /// `OnFailure`.
    #[serde(rename = "OnFailure")]
    OnFailure,
    /// `Never`.
    #[serde(rename = "Never")]
    Never,
}

values_struct! {
    /// Values under `_rpcServer.livenessProbe`, `_rpcServer.readinessProbe`, `apiServer.livenessProbe`, `apiServer.readinessProbe` and 3 more.
    #[derive(Default)]
    pub struct RpcServerLivenessProbe {
        /// Seconds to wait before the first probe.
        initial_delay_seconds: i64,
        /// Seconds before a probe counts as failed.
        timeout_seconds: i64,
        /// Failed probes in a row before the container counts as unhealthy.
        failure_threshold: i64,
        /// Seconds between two probes.
        period_seconds: i64,
        /// HTTP or HTTPS.
        scheme: String,
    }
}

values_struct! {
    /// Values under `_rpcServer.networkPolicy`, `apiServer.networkPolicy`, `webserver.networkPolicy`, `flower.networkPolicy`.
    #[derive(Default)]
    pub struct NetworkPolicy {
        /// Peers and ports allowed to reach the pods through the NetworkPolicy.
        ingress: NetworkPolicyIngress,
    }
}

values_struct! {
    /// Values under `_rpcServer.service`, `apiServer.service`, `webserver.service`.
    #[derive(Default)]
    pub struct Service {
        /// Kind of object.
        #[serde(rename = "type")]
        type_: String,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Ports.
        ports: Vec<ServicePort>,
        /// Requested load balancer address.
        #[serde(rename = "loadBalancerIP")]
        load_balancer_ip: null String,
        /// Client address ranges a load balancer admits.
        load_balancer_source_ranges: Vec<String>,
    }
}

values_struct! {
    /// Values under `elasticsearch.connection`, `opensearch.connection`.
    #[derive(Default)]
    pub struct SearchConnection {
        /// HTTP or HTTPS.
        scheme: String,
        /// User name.
        user: String,
        /// Password.
        pass: SecretValue,
        /// Host name or address.
        host: String,
        /// Port number.
        port: serde_json::Number,
    }
}

values_struct! {
    /// Values under `workers.keda.advanced`, `workers.celery.keda.advanced`, `triggerer.keda.advanced`.
    #[derive(Default)]
    pub struct KedaAdvanced {
        /// Settings of the HorizontalPodAutoscaler that KEDA creates.
        horizontal_pod_autoscaler_config: HorizontalPodAutoscalerConfig,
    }
}

values_struct! {
    /// Values under `workers.persistence.persistentVolumeClaimRetentionPolicy`, `workers.celery.persistence.persistentVolumeClaimRetentionPolicy`, `triggerer.persistence.persistentVolumeClaimRetentionPolicy`, `redis.persistence.persistentVolumeClaimRetentionPolicy`.
    #[derive(Default)]
    pub struct PersistentVolumeClaimRetentionPolicy {
        /// What happens to the volume claims when the StatefulSet is deleted: `Retain` or `Delete`.
        when_deleted: String,
        /// What happens to the claims of removed pods when the StatefulSet scales down: `Retain` or `Delete`.
        when_scaled: String,
    }
}

values_struct! {
    /// Values under `workers.persistence.securityContexts`, `workers.kerberosSidecar.securityContexts`, `workers.kerberosInitContainer.securityContexts`, `workers.logGroomerSidecar.securityContexts` and 19 more.
    #[derive(Default)]
    pub struct WorkerPersistenceSecurityContexts {
        /// Security context of the main container.
        container: k8s::SecurityContext,
    }
}

/// Values under `workers.podDisruptionBudget.config`, `triggerer.podDisruptionBudget.config`, `dagProcessor.podDisruptionBudget.config`, `apiServer.podDisruptionBudget.config`.
#[derive(bon::Builder, Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PodDisruptionBudgetConfig {
    /// Pods that may be down at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        with = "crate::k8s::Placeholder",
        extend("x-k8s-type" = "IntOrString", "x-k8s-shape" = "one")
    )]
    pub max_unavailable: Option<k8s::IntOrString>,
    /// Pods that must stay up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        with = "crate::k8s::Placeholder",
        extend("x-k8s-type" = "IntOrString", "x-k8s-shape" = "one")
    )]
    pub min_available: Option<k8s::IntOrString>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

values_struct! {
    /// Values under `workers.env.[]`, `workers.celery.env.[]`, `workers.kubernetes.env.[]`, `scheduler.env.[]` and 8 more.
    pub struct ContainerEnvVar {
        /// Name of the object.
        name: raw String,
        /// The literal value.
        value: String,
        /// Where the value is read from.
        value_from: EnvVarSource,
    }
}

values_struct! {
    /// Values under `scheduler.serviceAccount.serviceAccountTokenVolume`, `cleanup.serviceAccount.serviceAccountTokenVolume`.
    #[derive(Default)]
    pub struct ServiceAccountTokenVolume {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Where the volume is mounted.
        mount_path: String,
        /// Name of the projected token volume.
        volume_name: String,
        /// Lifetime of the token in seconds; the kubelet renews it before it expires.
        expiration_seconds: i64,
        /// Audience the token is issued for; `None` means the API server's own.
        audience: null String,
    }
}

/// Values under `scheduler.podDisruptionBudget.config`, `webserver.podDisruptionBudget.config`, `pgbouncer.podDisruptionBudget.config`.
#[derive(bon::Builder, Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SchedulerPodDisruptionBudgetConfig {
    /// Pods that may be down at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        with = "crate::k8s::Placeholder",
        extend("x-k8s-type" = "IntOrString", "x-k8s-shape" = "one")
    )]
    pub max_unavailable: Option<k8s::IntOrString>,
    /// Pods that must stay up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        with = "crate::k8s::Placeholder",
        extend("x-k8s-type" = "IntOrString", "x-k8s-shape" = "one")
    )]
    pub min_available: Option<k8s::IntOrString>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

values_struct! {
    /// Values under `_rpcServer.networkPolicy.ingress`, `apiServer.networkPolicy.ingress`, `webserver.networkPolicy.ingress`, `flower.networkPolicy.ingress`.
    #[derive(Default)]
    pub struct NetworkPolicyIngress {
        /// Peers allowed to connect.
        from: Vec<k8s::NetworkPolicyPeer>,
        /// Ports.
        ports: Vec<k8s::NetworkPolicyPort>,
    }
}

values_struct! {
    /// Values under `workers.keda.advanced.horizontalPodAutoscalerConfig`, `workers.celery.keda.advanced.horizontalPodAutoscalerConfig`, `triggerer.keda.advanced.horizontalPodAutoscalerConfig`.
    #[derive(Default)]
    pub struct HorizontalPodAutoscalerConfig {
        /// Scale-up and scale-down behavior of that HorizontalPodAutoscaler.
        behavior: k8s::HorizontalPodAutoscalerBehavior,
    }
}

values_struct! {
    /// Values under `workers.env.[].valueFrom`, `workers.celery.env.[].valueFrom`, `workers.kubernetes.env.[].valueFrom`, `scheduler.env.[].valueFrom` and 8 more.
    #[derive(Default)]
    pub struct EnvVarSource {
        /// A key of a ConfigMap.
        config_map_key_ref: k8s::ConfigMapKeySelector,
        /// A key of a Secret.
        secret_key_ref: k8s::SecretKeySelector,
    }
}

values_struct! {
    /// Values under `_rpcServer.service.ports.[]`, `apiServer.service.ports.[]`, `webserver.service.ports.[]`.
    #[derive(Default)]
    pub struct ServicePort {
        /// Name of the object.
        name: String,
        /// Port number.
        port: k8s::IntOrString,
        /// Port on the pod.
        target_port: k8s::IntOrString,
        /// Port on every node (NodePort and LoadBalancer Services).
        node_port: k8s::IntOrString,
        /// Protocol.
        protocol: String,
    }
}

impl ContainerEnvVar {
    /// A variable with a literal value.
    ///
    /// ```
    /// use airflow_values::official::ContainerEnvVar;
    ///
    /// let var = ContainerEnvVar::literal("AIRFLOW__CELERY__WORKER_CONCURRENCY", "16");
    /// assert_eq!(var.value.as_deref(), Some("16"));
    /// ```
    pub fn literal(name: impl Into<String>, value: impl Into<String>) -> Self {
        ContainerEnvVar::builder().name(name).value(value).build()
    }

    /// A variable read from one key of a Secret (the pod does not start
    /// without it).
    ///
    /// ```
    /// use airflow_values::official::ContainerEnvVar;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let var = ContainerEnvVar::from_secret("API_TOKEN", &"tokens".parse()?, &"api".parse()?);
    /// let selector = var.value_from.unwrap().secret_key_ref.unwrap();
    /// assert_eq!((selector.name.as_str(), selector.key.as_str()), ("tokens", "api"));
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// The Secret and key are parsed names: plain text, which could hold a
    /// name Kubernetes refuses, does not compile.
    ///
    /// ```compile_fail
    /// use airflow_values::official::ContainerEnvVar;
    ///
    /// let var = ContainerEnvVar::from_secret("API_TOKEN", "Tokens!", "api");
    /// ```
    pub fn from_secret(
        name: impl Into<String>,
        secret: &crate::types::SecretName,
        key: &crate::types::SecretKeyName,
    ) -> Self {
        let selector = k8s::SecretKeySelector {
            name: secret.as_str().to_owned(),
            key: key.as_str().to_owned(),
            optional: None,
        };
        ContainerEnvVar::builder()
            .name(name)
            .value_from(EnvVarSource::builder().secret_key_ref(selector).build())
            .build()
    }
}
