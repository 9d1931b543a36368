//! The top level of the chart's values.

use super::prelude::*;
use crate::check::structure::{to_diagnostic, walk};
use crate::check::{Profile, Report};
use crate::yaml::{self, YamlError};

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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Values {
    /// The chart version these values are written for; not part of the YAML.
    #[serde(skip)]
    #[schemars(skip)]
    pub chart_version: ChartVersion,
    /// Chart key `fullnameOverride`: fullname override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fullname_override: Option<String>,
    /// Old ReplicaSets kept for rollback.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub revision_history_limit: Option<Nullable<i64>>,
    /// Chart key `nameOverride`: name override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_override: Option<String>,
    /// Chart key `useStandardNaming`: use standard naming.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_standard_naming: Option<bool>,
    /// User id the process runs as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<i64>,
    /// Group id the process runs as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid: Option<i64>,
    /// Chart key `airflowHome`: airflow home.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airflow_home: Option<String>,
    /// Chart key `defaultAirflowRepository`: default airflow repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_airflow_repository: Option<String>,
    /// Chart key `defaultAirflowTag`: default airflow tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_airflow_tag: Option<String>,
    /// Chart key `defaultAirflowDigest`: default airflow digest.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub default_airflow_digest: Option<Nullable<Digest>>,
    /// Chart key `airflowVersion`: airflow version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airflow_version: Option<AirflowVersion>,
    /// Pod security context (older key, prefer `securityContexts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<SecurityContexts>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
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
    /// Kubernetes scheduler that places the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub scheduler_name: Option<Nullable<String>>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// Chart key `enableServiceLinks`: enable service links.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub enable_service_links: Option<Nullable<bool>>,
    /// Chart key `imagePullSecrets`: image pull secrets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub image_pull_secrets: Option<Vec<ImagePullSecret>>,
    /// Chart key `ingress`: ingress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress: Option<Ingress>,
    /// Chart key `networkPolicies`: network policies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_policies: Option<NetworkPolicies>,
    /// Chart key `airflowPodAnnotations`: airflow pod annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airflow_pod_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `airflowConfigAnnotations`: airflow config annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airflow_config_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `airflowLocalSettings`: airflow local settings.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub airflow_local_settings: Option<Nullable<String>>,
    /// Chart key `rbac`: rbac.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rbac: Option<Rbac>,
    /// Chart key `executor`: executor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executor: Option<Executors>,
    /// Chart key `allowPodLaunching`: allow pod launching.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_pod_launching: Option<bool>,
    /// Chart key `allowJobLaunching`: allow job launching.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub allow_job_launching: Option<bool>,
    /// Chart key `images`: images.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Images>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
    /// Chart key `volumes`: volumes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<k8s_openapi::api::core::v1::Volume>>,
    /// Chart key `volumeMounts`: volume mounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
    /// Chart key `secret`: secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<Vec<SecretEnv>>,
    /// Chart key `enableBuiltInSecretEnvVars`: enable built in secret env vars.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_built_in_secret_env_vars: Option<EnableBuiltInSecretEnvVars>,
    /// Chart key `extraEnv`: extra env.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub extra_env: Option<Nullable<String>>,
    /// Chart key `extraEnvFrom`: extra env from.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub extra_env_from: Option<Nullable<String>>,
    /// Chart key `priorityClasses`: priority classes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_classes: Option<Vec<PriorityClass>>,
    /// Chart key `extraSecrets`: extra secrets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_secrets: Option<BTreeMap<String, ExtraSecretValue>>,
    /// Chart key `extraConfigMaps`: extra config maps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_config_maps: Option<BTreeMap<String, ExtraConfigMapValue>>,
    /// Chart key `data`: data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Data>,
    /// Chart key `fernetKey`: fernet key.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub fernet_key: Option<Nullable<SecretValue>>,
    /// Chart key `fernetKeySecretName`: fernet key secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub fernet_key_secret_name: Option<Nullable<String>>,
    /// Chart key `fernetKeySecretAnnotations`: fernet key secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub fernet_key_secret_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `apiSecretKey`: api secret key.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub api_secret_key: Option<Nullable<SecretValue>>,
    /// Chart key `apiSecretAnnotations`: api secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub api_secret_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `apiSecretKeySecretName`: api secret key secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub api_secret_key_secret_name: Option<Nullable<String>>,
    /// Chart key `jwtSecret`: jwt secret.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub jwt_secret: Option<Nullable<SecretValue>>,
    /// Chart key `jwtSecretName`: jwt secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub jwt_secret_name: Option<Nullable<String>>,
    /// Chart key `jwtSecretAnnotations`: jwt secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub jwt_secret_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `webserverSecretKey`: webserver secret key.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub webserver_secret_key: Option<Nullable<SecretValue>>,
    /// Chart key `webserverSecretAnnotations`: webserver secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub webserver_secret_annotations: Option<BTreeMap<String, String>>,
    /// Chart key `webserverSecretKeySecretName`: webserver secret key secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub webserver_secret_key_secret_name: Option<Nullable<String>>,
    /// Chart key `kerberos`: kerberos.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kerberos: Option<Kerberos>,
    /// Chart key `workers`: workers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Workers| Box::new(value))]
    pub workers: Option<Box<Workers>>,
    /// Chart key `scheduler`: scheduler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Scheduler| Box::new(value))]
    pub scheduler: Option<Box<Scheduler>>,
    /// Chart key `triggerer`: triggerer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Triggerer| Box::new(value))]
    pub triggerer: Option<Box<Triggerer>>,
    /// Chart key `dagProcessor`: dag processor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: DagProcessor| Box::new(value))]
    pub dag_processor: Option<Box<DagProcessor>>,
    /// Chart key `createUserJob`: create user job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: CreateUserJob| Box::new(value))]
    pub create_user_job: Option<Box<CreateUserJob>>,
    /// Chart key `migrateDatabaseJob`: migrate database job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: MigrateDatabaseJob| Box::new(value))]
    pub migrate_database_job: Option<Box<MigrateDatabaseJob>>,
    /// Chart key `_rpcServer`: rpc server.
    #[serde(
        default,
        rename = "_rpcServer",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(with = |value: RpcServer| Box::new(value))]
    #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
    pub rpc_server: Option<Box<RpcServer>>,
    /// Chart key `apiServer`: api server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: ApiServer| Box::new(value))]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub api_server: Option<Box<ApiServer>>,
    /// Chart key `webserver`: webserver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Webserver| Box::new(value))]
    pub webserver: Option<Box<Webserver>>,
    /// Chart key `flower`: flower.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Flower| Box::new(value))]
    pub flower: Option<Box<Flower>>,
    /// Chart key `statsd`: statsd.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Statsd| Box::new(value))]
    pub statsd: Option<Box<Statsd>>,
    /// Chart key `otelCollector`: otel collector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: OtelCollector| Box::new(value))]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub otel_collector: Option<Box<OtelCollector>>,
    /// Chart key `pgbouncer`: pgbouncer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Pgbouncer| Box::new(value))]
    pub pgbouncer: Option<Box<Pgbouncer>>,
    /// Chart key `redis`: redis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Redis| Box::new(value))]
    pub redis: Option<Box<Redis>>,
    /// Chart key `registry`: registry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registry: Option<Registry>,
    /// Chart key `elasticsearch`: elasticsearch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elasticsearch: Option<Elasticsearch>,
    /// Chart key `opensearch`: opensearch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub opensearch: Option<Opensearch>,
    /// Ports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Ports>,
    /// Chart key `quotas`: quotas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotas: Option<BTreeMap<String, k8s_openapi::apimachinery::pkg::api::resource::Quantity>>,
    /// Chart key `limits`: limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<Vec<k8s_openapi::api::core::v1::LimitRangeItem>>,
    /// Chart key `cleanup`: cleanup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: Cleanup| Box::new(value))]
    pub cleanup: Option<Box<Cleanup>>,
    /// Chart key `databaseCleanup`: database cleanup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: DatabaseCleanup| Box::new(value))]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub database_cleanup: Option<Box<DatabaseCleanup>>,
    /// Chart key `postgresql`: postgresql.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgresql: Option<Postgresql>,
    /// Configuration text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Config>,
    /// Chart key `multiNamespaceMode`: multi namespace mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_namespace_mode: Option<bool>,
    /// Chart key `podTemplate`: pod template.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub pod_template: Option<Nullable<String>>,
    /// Chart key `dags`: dags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dags: Option<Dags>,
    /// Chart key `logs`: logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<Logs>,
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
