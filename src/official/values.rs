//! The top level of the chart's values.

use super::prelude::*;
use crate::check::structure::{to_diagnostic, walk};
use crate::check::{Profile, Report};
use crate::yaml::{self, YamlError};

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
    pub struct Values: builder {
        /// The chart version these values are written for; not part of the YAML.
        #[serde(skip)]
        #[schemars(skip)]
        chart_version: raw ChartVersion,
        /// Chart key `fullnameOverride`: fullname override.
        fullname_override: String,
        /// Old ReplicaSets kept for rollback.
        revision_history_limit: null i64,
        /// Chart key `nameOverride`: name override.
        name_override: String,
        /// Chart key `useStandardNaming`: use standard naming.
        use_standard_naming: bool,
        /// User id the process runs as.
        uid: i64,
        /// Group id the process runs as.
        gid: i64,
        /// Chart key `airflowHome`: airflow home.
        airflow_home: String,
        /// Chart key `defaultAirflowRepository`: default airflow repository.
        default_airflow_repository: String,
        /// Chart key `defaultAirflowTag`: default airflow tag.
        default_airflow_tag: String,
        /// Chart key `defaultAirflowDigest`: default airflow digest.
        default_airflow_digest: null Digest,
        /// Chart key `airflowVersion`: airflow version.
        airflow_version: AirflowVersion,
        /// Pod security context (older key, prefer `securityContexts`).
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
        /// Chart key `enableServiceLinks`: enable service links.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        enable_service_links: null bool,
        /// Chart key `imagePullSecrets`: image pull secrets.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        image_pull_secrets: Vec<ImagePullSecret>,
        /// Chart key `ingress`: ingress.
        ingress: Ingress,
        /// Chart key `networkPolicies`: network policies.
        network_policies: NetworkPolicies,
        /// Chart key `airflowPodAnnotations`: airflow pod annotations.
        airflow_pod_annotations: BTreeMap<String, String>,
        /// Chart key `airflowConfigAnnotations`: airflow config annotations.
        airflow_config_annotations: BTreeMap<String, String>,
        /// Chart key `airflowLocalSettings`: airflow local settings.
        airflow_local_settings: null String,
        /// Chart key `rbac`: rbac.
        rbac: Rbac,
        /// Chart key `executor`: executor.
        executor: Executors,
        /// Chart key `allowPodLaunching`: allow pod launching.
        allow_pod_launching: bool,
        /// Chart key `allowJobLaunching`: allow job launching.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        allow_job_launching: bool,
        /// Chart key `images`: images.
        images: Images,
        /// Extra environment variables of the main container.
        env: Vec<EnvVar>,
        /// Chart key `volumes`: volumes.
        volumes: Vec<k8s::Volume>,
        /// Chart key `volumeMounts`: volume mounts.
        volume_mounts: Vec<k8s::VolumeMount>,
        /// Chart key `secret`: secret.
        secret: Vec<SecretEnv>,
        /// Chart key `enableBuiltInSecretEnvVars`: enable built in secret env vars.
        enable_built_in_secret_env_vars: EnableBuiltInSecretEnvVars,
        /// Chart key `extraEnv`: extra env.
        extra_env: null String,
        /// Chart key `extraEnvFrom`: extra env from.
        extra_env_from: null String,
        /// Chart key `priorityClasses`: priority classes.
        priority_classes: Vec<PriorityClass>,
        /// Chart key `extraSecrets`: extra secrets.
        extra_secrets: BTreeMap<String, ExtraSecretValue>,
        /// Chart key `extraConfigMaps`: extra config maps.
        extra_config_maps: BTreeMap<String, ExtraConfigMapValue>,
        /// Chart key `data`: data.
        data: Data,
        /// Chart key `fernetKey`: fernet key.
        fernet_key: null SecretValue,
        /// Chart key `fernetKeySecretName`: fernet key secret name.
        fernet_key_secret_name: null String,
        /// Chart key `fernetKeySecretAnnotations`: fernet key secret annotations.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        fernet_key_secret_annotations: BTreeMap<String, String>,
        /// Chart key `apiSecretKey`: api secret key.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        api_secret_key: null SecretValue,
        /// Chart key `apiSecretAnnotations`: api secret annotations.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        api_secret_annotations: BTreeMap<String, String>,
        /// Chart key `apiSecretKeySecretName`: api secret key secret name.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        api_secret_key_secret_name: null String,
        /// Chart key `jwtSecret`: jwt secret.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        jwt_secret: null SecretValue,
        /// Chart key `jwtSecretName`: jwt secret name.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        jwt_secret_name: null String,
        /// Chart key `jwtSecretAnnotations`: jwt secret annotations.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        jwt_secret_annotations: BTreeMap<String, String>,
        /// Chart key `webserverSecretKey`: webserver secret key.
        webserver_secret_key: null SecretValue,
        /// Chart key `webserverSecretAnnotations`: webserver secret annotations.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        webserver_secret_annotations: BTreeMap<String, String>,
        /// Chart key `webserverSecretKeySecretName`: webserver secret key secret name.
        webserver_secret_key_secret_name: null String,
        /// Chart key `kerberos`: kerberos.
        kerberos: Kerberos,
        /// Chart key `workers`: workers.
        #[builder(with = |value: Workers| Box::new(value))]
        workers: Box<Workers>,
        /// Chart key `scheduler`: scheduler.
        #[builder(with = |value: Scheduler| Box::new(value))]
        scheduler: Box<Scheduler>,
        /// Chart key `triggerer`: triggerer.
        #[builder(with = |value: Triggerer| Box::new(value))]
        triggerer: Box<Triggerer>,
        /// Chart key `dagProcessor`: dag processor.
        #[builder(with = |value: DagProcessor| Box::new(value))]
        dag_processor: Box<DagProcessor>,
        /// Chart key `createUserJob`: create user job.
        #[builder(with = |value: CreateUserJob| Box::new(value))]
        create_user_job: Box<CreateUserJob>,
        /// Chart key `migrateDatabaseJob`: migrate database job.
        #[builder(with = |value: MigrateDatabaseJob| Box::new(value))]
        migrate_database_job: Box<MigrateDatabaseJob>,
        /// Chart key `_rpcServer`: rpc server.
        #[serde(rename = "_rpcServer")]
        #[builder(with = |value: RpcServer| Box::new(value))]
        #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
        rpc_server: Box<RpcServer>,
        /// Chart key `apiServer`: api server.
        #[builder(with = |value: ApiServer| Box::new(value))]
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        api_server: Box<ApiServer>,
        /// Chart key `webserver`: webserver.
        #[builder(with = |value: Webserver| Box::new(value))]
        webserver: Box<Webserver>,
        /// Chart key `flower`: flower.
        #[builder(with = |value: Flower| Box::new(value))]
        flower: Box<Flower>,
        /// Chart key `statsd`: statsd.
        #[builder(with = |value: Statsd| Box::new(value))]
        statsd: Box<Statsd>,
        /// Chart key `otelCollector`: otel collector.
        #[builder(with = |value: OtelCollector| Box::new(value))]
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        otel_collector: Box<OtelCollector>,
        /// Chart key `pgbouncer`: pgbouncer.
        #[builder(with = |value: Pgbouncer| Box::new(value))]
        pgbouncer: Box<Pgbouncer>,
        /// Chart key `redis`: redis.
        #[builder(with = |value: Redis| Box::new(value))]
        redis: Box<Redis>,
        /// Chart key `registry`: registry.
        registry: Registry,
        /// Chart key `elasticsearch`: elasticsearch.
        elasticsearch: Elasticsearch,
        /// Chart key `opensearch`: opensearch.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        opensearch: Opensearch,
        /// Ports.
        ports: Ports,
        /// Chart key `quotas`: quotas.
        quotas: BTreeMap<String, k8s_openapi::apimachinery::pkg::api::resource::Quantity>,
        /// Chart key `limits`: limits.
        limits: Vec<k8s::LimitRangeItem>,
        /// Chart key `cleanup`: cleanup.
        #[builder(with = |value: Cleanup| Box::new(value))]
        cleanup: Box<Cleanup>,
        /// Chart key `databaseCleanup`: database cleanup.
        #[builder(with = |value: DatabaseCleanup| Box::new(value))]
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        database_cleanup: Box<DatabaseCleanup>,
        /// Chart key `postgresql`: postgresql.
        postgresql: Postgresql,
        /// Configuration text.
        config: Config,
        /// Chart key `multiNamespaceMode`: multi namespace mode.
        multi_namespace_mode: bool,
        /// Chart key `podTemplate`: pod template.
        pod_template: null String,
        /// Chart key `dags`: dags.
        dags: Dags,
        /// Chart key `logs`: logs.
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
    /// Reads a values file written for `chart_version`.
    ///
    /// The document is first checked against the chart version's schema
    /// ([`json_schema`]): every unknown key (with a "did you mean"), key of
    /// another chart version, wrong type and value outside a list is reported
    /// at once, with its key path. Only a document that fits is read into the
    /// typed model, so no key is ever dropped on the way.
    ///
    /// ```
    /// use airflow_values::official::{ChartVersion, ReadError, Values};
    ///
    /// let values = Values::from_yaml("executor: KubernetesExecutor\n", ChartVersion::V1_15_0)?;
    /// assert!(values.executor.is_some());
    ///
    /// let Err(ReadError::Structure { report, .. }) =
    ///     Values::from_yaml("scheduler: {nodeselector: {}}\n", ChartVersion::V1_15_0)
    /// else {
    ///     panic!("a misspelt key is an error");
    /// };
    /// assert!(report.to_string().contains("did you mean `nodeSelector`"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ReadError::Yaml`] when the text is not YAML (with line and column);
    /// [`ReadError::Structure`] with every structural problem; and
    /// [`ReadError::Yaml`] again when a value fits the schema but not its type
    /// (such as a malformed digest).
    pub fn from_yaml(text: &str, chart_version: ChartVersion) -> Result<Values, ReadError> {
        let tree: serde_json::Value = yaml::from_str(text)?;
        let tree = if tree.is_null() {
            serde_json::Value::Object(serde_json::Map::new())
        } else {
            tree
        };
        let issues = walk(json_schema(chart_version).as_value(), &tree);
        if !issues.is_empty() {
            let diagnostics = issues
                .iter()
                .map(|issue| to_diagnostic(issue, chart_version.as_str()))
                .collect();
            return Err(ReadError::Structure {
                chart_version,
                report: Report::new(diagnostics),
            });
        }
        let mut values: Values = yaml::from_tree(&tree).map_err(|error| {
            // Point at the value when the text can be read with positions.
            let span = yaml::read_document(text.as_bytes())
                .ok()
                .and_then(|document| document.positions.value(&error.path));
            let message = format!("`{}` does not fit its type: {}", error.path, error.message);
            ReadError::Yaml(match span {
                Some(span) => YamlError::Parse {
                    line: span.line,
                    column: span.column,
                    message,
                },
                None => YamlError::Read { message },
            })
        })?;
        values.chart_version = chart_version;
        Ok(values)
    }

    /// Writes the values as YAML that Helm reads back unchanged.
    ///
    /// # Errors
    /// [`YamlError`] if serialization fails, which the types here do not cause.
    pub fn to_yaml(&self) -> Result<String, YamlError> {
        yaml::to_string(self)
    }

    /// Every finding of `profile`'s rules on these values.
    ///
    /// The report lists all findings, not only the first; see
    /// [`Report::has_errors`].
    pub fn validate(&self, profile: Profile) -> Report {
        crate::check::rules::run(self, profile)
    }

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

/// Why a values file could not be read into the model.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The text is not YAML, or a value does not parse into its type.
    #[error(transparent)]
    Yaml(#[from] YamlError),
    /// The document does not fit the chart version's schema.
    #[error("the values do not fit chart {chart_version}:\n{report}")]
    Structure {
        /// The chart version the document was checked against.
        chart_version: ChartVersion,
        /// One diagnostic per problem, each with its key path.
        report: Report,
    },
}
