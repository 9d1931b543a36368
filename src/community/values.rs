//! The top level of the community chart's values.

use super::prelude::*;
use crate::check::structure::{ReadFailure, read_model};
use crate::check::{Chart, Profile, Report};
use crate::yaml::{self, YamlError};

values_struct! {
    /// The values of the airflow-helm community chart ([`CHART_VERSION`]).
    ///
    /// Build it with [`Values::builder`] or read a values file with
    /// [`Values::from_yaml`]; check it with [`Values::validate`]; write it
    /// with [`Values::to_yaml`].
    ///
    /// ```
    /// use airflow_values::check::Profile;
    /// use airflow_values::community::{Airflow, Executor, Values};
    ///
    /// let values = Values::builder()
    ///     .airflow(Airflow::builder().executor(Executor::KubernetesExecutor).build())
    ///     .build();
    /// assert_eq!(values.to_yaml()?, "airflow:\n  executor: KubernetesExecutor\n");
    /// // No fernet key: the one published in the chart's values.yaml applies.
    /// assert_eq!(values.validate(Profile::Default).with_code("AV1202".parse()?).count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[derive(Default)]
    pub struct Values: builder {
        /// Settings every Airflow component shares.
        #[builder(with = |value: Airflow| Box::new(value))]
        airflow: Box<Airflow>,
        /// The scheduler.
        scheduler: Scheduler,
        /// The webserver.
        web: Web,
        /// The Celery workers.
        workers: Workers,
        /// The triggerer.
        triggerer: Triggerer,
        /// Flower.
        flower: Flower,
        /// Task logs.
        logs: Logs,
        /// DAG files.
        dags: Dags,
        /// Ingress objects.
        ingress: Ingress,
        /// Roles and RoleBindings.
        rbac: Rbac,
        /// The service account of the pods.
        service_account: ServiceAccount,
        /// More Kubernetes objects the chart renders, as YAML objects or templated text.
        extra_manifests: Vec<serde_json::Value>,
        /// pgbouncer.
        pgbouncer: Pgbouncer,
        /// The bundled PostgreSQL.
        postgresql: Postgresql,
        /// A database outside the chart.
        external_database: ExternalDatabase,
        /// The bundled Redis.
        redis: Redis,
        /// A Redis outside the chart.
        external_redis: ExternalRedis,
        /// A Prometheus Operator ServiceMonitor.
        service_monitor: ServiceMonitor,
        /// A Prometheus Operator PrometheusRule.
        prometheus_rule: PrometheusRule,
        /// Legacy (early community chart): registry credentials; 8.x takes an existing Secret in `airflow.image.pullSecret`.
        image_credentials: ImageCredentials,
        /// Legacy (7.x and `stable/airflow`): the DAG volume, with Azure Files in `fileStorage`; 8.x has `dags.persistence`.
        persistence: Persistence,
        /// Legacy (`stable/airflow`): the log volume; 8.x has `logs.persistence`.
        logs_persistence: Persistence,
    }
}

impl Values {
    /// Reads a values file of the community chart.
    ///
    /// The document is checked against [`json_schema`] first: every unknown
    /// key (with a "did you mean") and wrong type is reported at once, with
    /// its key path. Only a document that fits is read into the model.
    ///
    /// ```
    /// use airflow_values::community::{ReadError, Values};
    ///
    /// let Err(ReadError::Structure { report }) = Values::from_yaml("web:\n  replica: 2\n") else {
    ///     panic!("a misspelt key is an error");
    /// };
    /// assert!(report.to_string().contains("did you mean `replicas`"));
    /// ```
    ///
    /// # Errors
    /// [`ReadError::Yaml`] when the text is not YAML (with line and column)
    /// or a value fits the schema but not its type; [`ReadError::Structure`]
    /// with every structural problem.
    pub fn from_yaml(text: &str) -> Result<Values, ReadError> {
        read_model(text, crate::schemas::community().root(), Chart::Community).map_err(|failure| {
            match failure {
                ReadFailure::Yaml(error) => ReadError::Yaml(error),
                ReadFailure::Structure(report) => ReadError::Structure { report },
            }
        })
    }

    /// Writes the values as YAML that Helm reads back unchanged.
    ///
    /// # Errors
    /// [`YamlError`] if serialization fails, which the types here do not cause.
    pub fn to_yaml(&self) -> Result<String, YamlError> {
        yaml::to_string(self)
    }

    /// Every finding of `profile`'s rules ([`RULES`]) on these values, and
    /// of the chart's own template checks (its `fail`/`required`, for the
    /// release name [`DEFAULT_RELEASE_NAME`](crate::check::DEFAULT_RELEASE_NAME)).
    pub fn validate(&self, profile: Profile) -> Report {
        super::TEMPLATE_CHECKS.with_findings(
            self.validate_rules(profile),
            self,
            super::CHART_VERSION,
        )
    }

    /// The findings of `profile`'s rules alone (`check` runs the template
    /// checks on the file's own tree).
    pub(crate) fn validate_rules(&self, profile: Profile) -> Report {
        let report = crate::check::rules::run_except(RULES, self, profile, &[]);
        let settings = super::rules::airflow_config::settings(self);
        crate::check::airflow_settings::with_findings(report, &settings, profile)
    }

    /// The executor, or the chart's default (`CeleryExecutor`).
    pub fn executor(&self) -> Executor {
        self.airflow
            .as_ref()
            .and_then(|a| a.executor)
            .unwrap_or(Executor::CeleryExecutor)
    }

    /// Whether the bundled PostgreSQL runs (the chart's default).
    pub fn postgresql_enabled(&self) -> bool {
        self.postgresql
            .as_ref()
            .and_then(|p| p.enabled)
            .unwrap_or(true)
    }

    /// Whether pgbouncer runs (the chart's default, for PostgreSQL).
    pub fn pgbouncer_enabled(&self) -> bool {
        self.pgbouncer
            .as_ref()
            .and_then(|p| p.enabled)
            .unwrap_or(true)
    }

    /// Whether the bundled Redis runs (the chart's default).
    pub fn redis_enabled(&self) -> bool {
        self.redis.as_ref().and_then(|r| r.enabled).unwrap_or(true)
    }
}

/// Why a values file could not be read into the community model.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The text is not YAML, or a value does not parse into its type.
    #[error(transparent)]
    Yaml(#[from] YamlError),
    /// The document does not fit the chart's schema.
    #[error("the values do not fit the airflow-helm chart {CHART_VERSION}:\n{report}")]
    Structure {
        /// One diagnostic per problem, each with its key path.
        report: Report,
    },
}
