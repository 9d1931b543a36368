//! The top level of the community chart's values.

use super::prelude::*;
use crate::findings::{Profile, Report};

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
    pub struct Values: read_by(ValuesRead) {
        /// Settings every Airflow component shares.
        airflow: boxed Airflow,
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
    /// Every finding of `profile`'s rules ([`RULES`]) on these values, and
    /// of the chart's own template checks (its `fail`/`required`, for the
    /// release name [`DEFAULT_RELEASE_NAME`](crate::findings::DEFAULT_RELEASE_NAME)).
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
        let report = crate::rules::run_except(RULES, self, profile, &[]);
        let settings = super::rules::airflow_config::settings(self);
        crate::rules::airflow_settings::with_findings(report, &settings, profile)
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
