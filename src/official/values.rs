//! The top level of the chart's values.

use super::prelude::*;

values_struct! {
    /// The values of the official apache-airflow chart, for one [`ChartVersion`].
    ///
    /// Build it with [`Values::builder`] (the chart version is required) or read a
    /// values file with [`Values::from_yaml`]; check it with [`Values::validate`];
    /// write it with [`Values::to_yaml`].
    ///
    /// ```
    /// use airflow_values::check::Profile;
    /// use airflow_values::official::{ChartVersion, Values};
    /// use airflow_values::types::executor::{Executor, Executors};
    ///
    /// let values = Values::builder()
    ///     .chart_version(ChartVersion::V1_15_0)
    ///     .executor(Executors::single(Executor::Kubernetes))
    ///     .build();
    /// assert_eq!(values.to_yaml()?, "executor: KubernetesExecutor\n");
    /// assert!(!values.validate(Profile::Default).has_errors());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// The chart version is required: without it there is no `build()`.
    ///
    /// ```compile_fail
    /// use airflow_values::official::Values;
    ///
    /// let values = Values::builder().build();
    /// ```
    #[derive(Default)]
    pub struct Values: read_by(ValuesRead) {
        /// The chart version these values are written for; not part of the YAML.
        chart_version: skip ChartVersion,
        /// Name that prefixes the objects the chart creates; empty derives it from the release and chart names.
        fullname_override: String,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Replaces the chart name `airflow` in derived object names.
        name_override: String,
        /// Whether every object name starts with the full name (see `fullnameOverride`) rather than the bare release name.
        use_standard_naming: bool,
        /// User id the process runs as.
        uid: i64,
        /// Group id the process runs as.
        gid: i64,
        /// `AIRFLOW_HOME` of the Airflow containers; the DAG, log and config mounts sit under it.
        airflow_home: String,
        /// Repository of the Airflow image for every component that does not set its own.
        default_airflow_repository: String,
        /// Tag of the default Airflow image.
        default_airflow_tag: String,
        /// Digest of the default Airflow image; when set it is pulled instead of the tag.
        default_airflow_digest: null Digest,
        /// Airflow version the image runs; the chart picks commands and settings by it.
        airflow_version: AirflowVersion,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// Security contexts of the pod and its containers.
        security_contexts: SecurityContexts,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Node labels the pods must match.
        node_selector: BTreeMap<String, String>,
        /// Scheduling affinity of the pods.
        affinity: k8s::Affinity,
        /// Taints the pods tolerate.
        tolerations: Vec<k8s::Toleration>,
        /// How the pods spread across zones or nodes.
        topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
        /// Kubernetes scheduler that places the pods.
        scheduler_name: null String,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// `enableServiceLinks` of the pods (Service addresses as environment variables); `None` keeps the Kubernetes default, on.
        enable_service_links: null bool,
        /// Existing Secrets with registry credentials that every pod pulls its images with.
        image_pull_secrets: Vec<ImagePullSecret>,
        /// Ingress objects for the UI, the API server, Flower and the metrics endpoints.
        ingress: Ingress,
        /// Whether the chart restricts traffic to its pods with NetworkPolicy objects.
        network_policies: NetworkPolicies,
        /// Annotations added to every Airflow pod.
        airflow_pod_annotations: BTreeMap<String, String>,
        /// Annotations added to the ConfigMap that holds `airflow.cfg`.
        airflow_config_annotations: BTreeMap<String, String>,
        /// Content of `airflow_local_settings.py` as text (templated); `null` writes none, for a file baked into the image.
        airflow_local_settings: null String,
        /// Roles and RoleBindings for the chart's service accounts.
        rbac: Rbac,
        /// Executor, or comma-separated executors, that runs the tasks, such as `CeleryExecutor`.
        executor: Executors,
        /// Whether the scheduler and workers may create pods, as the Kubernetes executors and `KubernetesPodOperator` need.
        allow_pod_launching: bool,
        /// Whether the scheduler and workers may create Kubernetes Jobs.
        allow_job_launching: bool,
        /// Images of the components and their sidecars.
        images: Images,
        /// Extra environment variables of the main container.
        env: Vec<EnvVar>,
        /// Volumes added to every Airflow pod.
        volumes: Vec<k8s::Volume>,
        /// Volume mounts added to every Airflow container.
        volume_mounts: Vec<k8s::VolumeMount>,
        /// Environment variables of every Airflow container taken from keys of existing Secrets.
        secret: Vec<SecretEnv>,
        /// Which of its Secret-backed Airflow settings the chart passes as environment variables.
        enable_built_in_secret_env_vars: EnableBuiltInSecretEnvVars,
        /// Extra `env` entries of every Airflow container, as YAML text (templated).
        extra_env: null String,
        /// Extra `envFrom` entries of every Airflow container, as YAML text (templated).
        extra_env_from: null String,
        /// PriorityClass objects the chart creates.
        priority_classes: Vec<PriorityClass>,
        /// Extra Secrets the chart creates, by name.
        extra_secrets: BTreeMap<String, ExtraSecretValue>,
        /// Extra ConfigMaps the chart creates, by name.
        extra_config_maps: BTreeMap<String, ExtraConfigMapValue>,
        /// Connections to the metadata database, the Celery result backend and the broker.
        data: Data,
        /// Fernet key that encrypts secrets stored in the database; `None` lets the chart generate one at install.
        fernet_key: null SecretValue,
        /// Existing Secret holding the Fernet key, used instead of `fernetKey`.
        fernet_key_secret_name: null String,
        /// Annotations on the Secret the chart creates for the Fernet key.
        fernet_key_secret_annotations: BTreeMap<String, String>,
        /// Secret key that signs API server sessions; `None` lets the chart generate one.
        api_secret_key: null SecretValue,
        /// Annotations on the Secret the chart creates for `apiSecretKey`.
        api_secret_annotations: BTreeMap<String, String>,
        /// Existing Secret holding the API server secret key, used instead of `apiSecretKey`.
        api_secret_key_secret_name: null String,
        /// Key that signs the JWTs of the Airflow 3 APIs; `None` lets the chart generate one, which changes on upgrade.
        jwt_secret: null SecretValue,
        /// Existing Secret holding the JWT signing key, used instead of `jwtSecret`.
        jwt_secret_name: null String,
        /// Annotations on the Secret the chart creates for the JWT signing key.
        jwt_secret_annotations: BTreeMap<String, String>,
        /// Flask secret key that signs webserver sessions; `None` lets the chart generate one (deprecated from chart 1.21.0 with Airflow 3: use `apiSecretKey`).
        webserver_secret_key: null SecretValue,
        /// Annotations on the Secret the chart creates for `webserverSecretKey` (deprecated from chart 1.21.0 with Airflow 3: use `apiSecretAnnotations`).
        webserver_secret_annotations: BTreeMap<String, String>,
        /// Existing Secret holding the webserver secret key, used instead of `webserverSecretKey` (deprecated from chart 1.21.0 with Airflow 3: use `apiSecretKeySecretName`).
        webserver_secret_key_secret_name: null String,
        /// Kerberos settings shared by the ticket-renewing sidecars and init containers.
        kerberos: Kerberos,
        /// Celery workers and the task pods of the Kubernetes executor.
        workers: boxed Workers,
        /// The scheduler.
        scheduler: boxed Scheduler,
        /// The triggerer, which runs deferred tasks.
        triggerer: boxed Triggerer,
        /// The standalone dag processor.
        dag_processor: boxed DagProcessor,
        /// The Job that creates the first Airflow user.
        create_user_job: boxed CreateUserJob,
        /// The Job that migrates the metadata database schema.
        migrate_database_job: boxed MigrateDatabaseJob,
        /// The experimental internal API (RPC) server of Airflow 2.
        #[serde(rename = "_rpcServer")]
        rpc_server: boxed RpcServer,
        /// The API server, which also serves the UI in Airflow 3.
        api_server: boxed ApiServer,
        /// The webserver of Airflow 2.
        webserver: boxed Webserver,
        /// Flower, the Celery monitoring UI.
        flower: boxed Flower,
        /// The StatsD exporter, which turns Airflow's metrics into Prometheus metrics.
        statsd: boxed Statsd,
        /// The OpenTelemetry Collector, which receives Airflow's metrics and traces.
        otel_collector: boxed OtelCollector,
        /// PgBouncer, the connection pooler in front of the metadata database.
        pgbouncer: boxed Pgbouncer,
        /// The Redis the chart runs as Celery broker.
        redis: boxed Redis,
        /// Credentials for a private image registry (deprecated from chart 1.19.0: use `imagePullSecrets`).
        registry: Registry,
        /// Elasticsearch that Airflow reads task logs from.
        elasticsearch: Elasticsearch,
        /// OpenSearch that Airflow reads task logs from.
        opensearch: Opensearch,
        /// Ports.
        ports: Ports,
        /// ResourceQuota of the namespace, as amounts by resource name; empty creates none.
        quotas: BTreeMap<String, k8s::Quantity>,
        /// LimitRange items of the namespace (default, minimum and maximum resources); empty creates none.
        limits: Vec<k8s::LimitRangeItem>,
        /// The CronJob that deletes finished pods of the Kubernetes executor.
        cleanup: boxed Cleanup,
        /// The CronJob that purges old rows from the metadata database with `airflow db clean`.
        database_cleanup: boxed DatabaseCleanup,
        /// The bundled PostgreSQL subchart.
        postgresql: Postgresql,
        /// Settings written into `airflow.cfg`, by section and key.
        config: Config,
        /// Whether Airflow may launch pods in other namespaces; the chart then grants cluster-wide roles.
        multi_namespace_mode: bool,
        /// Pod template file of the Kubernetes executor's task pods, as YAML text (templated); `None` uses the chart's, built from `workers`.
        pod_template: null String,
        /// Where the DAG files come from: a volume claim or git-sync.
        dags: Dags,
        /// Storage of the task logs.
        logs: Logs,
    }
}

impl EnvVar {
    /// A variable from a name and a value.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        EnvVar {
            name: name.into(),
            value: value.into(),
        }
    }
}

impl Values {
    /// The Airflow version the chart configures the pods for: `airflowVersion`,
    /// or the chart's default.
    pub fn effective_airflow_version(&self) -> AirflowVersion {
        self.airflow_version
            .unwrap_or_else(|| self.chart_version.default_airflow_version())
    }

    /// `images.airflow`, when set.
    pub fn airflow_image(&self) -> Option<&AirflowImage> {
        self.images.as_ref().and_then(|i| i.airflow.as_ref())
    }

    /// Whether pgbouncer is switched on.
    pub fn pgbouncer_enabled(&self) -> bool {
        self.pgbouncer
            .as_ref()
            .and_then(|p| p.enabled)
            .unwrap_or(false)
    }

    /// Whether the in-cluster PostgreSQL subchart is on (the chart's default).
    pub fn postgresql_enabled(&self) -> bool {
        self.postgresql
            .as_ref()
            .and_then(|p| p.enabled)
            .unwrap_or(true)
    }
}
