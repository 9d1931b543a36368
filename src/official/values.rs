//! The top level of the chart's values.

use serde::{Deserialize, Serialize};

use super::{
    AirflowImage, AirflowVersion, ApiServer, ChartVersion, Component, Config, CreateUserJob, Dags,
    Data, Images, Ingress, Logs, Pgbouncer, Postgresql, Webserver,
};
use crate::check::{Profile, Report};
use crate::types::executor::Executors;
use crate::types::image::Digest;
use crate::types::nullable::{Nullable, deserialize_some};
use crate::types::secret::{FernetKey, SecretKey, SecretName};
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Values {
    /// The chart version these values are written for; not part of the YAML.
    #[serde(skip)]
    pub chart_version: ChartVersion,

    /// Repository of the Airflow image when `images.airflow.repository` is unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub default_airflow_repository: Option<String>,
    /// Tag of the Airflow image when `images.airflow.tag` is unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub default_airflow_tag: Option<String>,
    /// Digest of the Airflow image when `images.airflow.digest` is unset.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub default_airflow_digest: Option<Nullable<Digest>>,
    /// The Airflow version the chart configures the pods for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airflow_version: Option<AirflowVersion>,
    /// Container images.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Images>,
    /// Ingress objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress: Option<Ingress>,
    /// The executor(s) that run tasks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executor: Option<Executors>,
    /// Environment variables for every Airflow container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
    /// More environment variables, as a YAML list in a string (Helm renders it as a template).
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub extra_env: Option<Nullable<String>>,
    /// Database connections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Data>,
    /// The fernet key that encrypts connections and variables, in clear text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fernet_key: Option<FernetKey>,
    /// A Secret with the fernet key under `fernet-key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fernet_key_secret_name: Option<SecretName>,
    /// The API server's secret key (chart 1.22.0), in clear text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_secret_key: Option<SecretKey>,
    /// A Secret with the API server's secret key under `api-secret-key` (chart 1.22.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_secret_key_secret_name: Option<SecretName>,
    /// The key that signs API tokens (chart 1.22.0), in clear text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_secret: Option<SecretKey>,
    /// A Secret with the JWT signing key under `jwt-secret` (chart 1.22.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_secret_name: Option<SecretName>,
    /// The webserver's session secret key, in clear text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webserver_secret_key: Option<SecretKey>,
    /// A Secret with the webserver's secret key under `webserver-secret-key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webserver_secret_key_secret_name: Option<SecretName>,
    /// Celery and Kubernetes workers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workers: Option<Component>,
    /// The scheduler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduler: Option<Component>,
    /// The job that creates the default user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_user_job: Option<CreateUserJob>,
    /// The Airflow 3 API server (chart 1.16.0 and later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_server: Option<ApiServer>,
    /// The Airflow 2 webserver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webserver: Option<Webserver>,
    /// The triggerer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggerer: Option<Component>,
    /// The pgbouncer connection pooler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pgbouncer: Option<Pgbouncer>,
    /// The in-cluster PostgreSQL subchart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgresql: Option<Postgresql>,
    /// `airflow.cfg` settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Config>,
    /// DAG files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dags: Option<Dags>,
    /// Task logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<Logs>,
}

/// An entry of `env`: a name and a literal value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvVar {
    /// Variable name.
    pub name: String,
    /// Variable value.
    pub value: String,
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
    /// # Errors
    /// [`YamlError`] when the text is not YAML, a key is not modeled, or a value
    /// has the wrong type or is invalid (such as a malformed digest). The error
    /// carries the line and column.
    pub fn from_yaml(text: &str, chart_version: ChartVersion) -> Result<Values, YamlError> {
        let mut values: Values = yaml::from_str(text)?;
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
