//! The top level of the chart's values, `global` and `diagnosticMode`.

use super::prelude::*;
use crate::findings::{Profile, Report};

values_struct! {
    /// The values of the Bitnami airflow chart.
    #[derive(Default)]
    pub struct Values: read_by(ValuesRead) {
        /// Settings shared with the subcharts.
        global: Global,
        /// Kubernetes version the templates assume (for `helm template`).
        kube_version: String,
        /// API versions the templates assume the cluster offers (for `helm template`).
        api_versions: Vec<String>,
        /// Replaces the chart name in the names of the objects.
        name_override: String,
        /// Full name of the objects, instead of one derived from the release.
        fullname_override: String,
        /// Namespace of every object, instead of the release's.
        namespace_override: String,
        /// Labels added to every object the chart creates.
        common_labels: BTreeMap<String, String>,
        /// Annotations added to every object the chart creates.
        common_annotations: BTreeMap<String, String>,
        /// DNS domain of the cluster.
        cluster_domain: String,
        /// More Kubernetes objects deployed with the release (templated).
        extra_deploy: Vec<serde_json::Value>,
        /// Whether credentials are mounted as files rather than passed as environment variables.
        use_password_files: bool,
        /// Diagnostic mode: every container sleeps instead of running its program, for debugging.
        diagnostic_mode: DiagnosticMode,
        /// The Airflow image of every component.
        image: Image,
        /// Login and keys of the Airflow deployment.
        auth: Auth,
        /// Executor that runs the tasks, such as `CeleryExecutor`.
        executor: Executors,
        /// Whether Airflow loads its example DAGs.
        load_examples: bool,
        /// Settings of `airflow.cfg`, by section and key.
        configuration: Config,
        /// Settings of `airflow.cfg` that win over everything else, by section and key.
        override_configuration: Config,
        /// Content of `airflow_local_settings.py`.
        local_settings: String,
        /// Existing ConfigMap with `airflow.cfg` (and optionally the local settings).
        existing_configmap: String,
        /// Where the DAG files come from: a ConfigMap or git repositories.
        dags: Dags,
        /// Plugins cloned from git repositories.
        plugins: Plugins,
        /// The init containers the chart adds to the Airflow pods.
        default_init_containers: DefaultInitContainers,
        /// The sidecars the chart adds to the Airflow pods.
        default_sidecars: DefaultSidecars,
        /// More environment variables.
        extra_env_vars: Vec<k8s::EnvVar>,
        /// Existing ConfigMap whose keys become environment variables.
        #[serde(rename = "extraEnvVarsCM")]
        extra_env_vars_cm: String,
        /// Existing ConfigMaps whose keys become environment variables.
        #[serde(rename = "extraEnvVarsCMs")]
        extra_env_vars_cms: Vec<String>,
        /// Existing Secret whose keys become environment variables.
        extra_env_vars_secret: String,
        /// Existing Secrets whose keys become environment variables.
        extra_env_vars_secrets: Vec<String>,
        /// More containers of the pods.
        sidecars: Vec<k8s::Container>,
        /// More init containers of the pods.
        init_containers: Vec<k8s::Container>,
        /// More volume mounts of the main container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// More volumes of the pods.
        extra_volumes: Vec<k8s::Volume>,
        /// The web server (the API server on Airflow 3).
        web: boxed Web,
        /// The scheduler.
        scheduler: boxed Scheduler,
        /// The standalone DAG processor.
        dag_processor: boxed DagProcessor,
        /// The triggerer, which runs deferred tasks.
        triggerer: boxed Triggerer,
        /// The Celery workers, and the task pods of the Kubernetes executor.
        worker: boxed Worker,
        /// The Job that creates or migrates the database schema.
        #[serde(rename = "setupDBJob")]
        setup_db_job: boxed SetupDbJob,
        /// Login through LDAP.
        ldap: Ldap,
        /// The Service in front of the pods.
        service: Service,
        /// The Ingress in front of the web UI.
        ingress: Ingress,
        /// The ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// The Role and RoleBinding of the ServiceAccount.
        rbac: Rbac,
        /// The StatsD exporter that turns Airflow's metrics into Prometheus metrics.
        metrics: boxed Metrics,
        /// The bundled PostgreSQL subchart.
        postgresql: Postgresql,
        /// A database outside the release, used when `postgresql.enabled` is false.
        external_database: ExternalDatabase,
        /// The bundled Redis subchart (the Celery broker).
        redis: Redis,
        /// A Redis outside the release, used when `redis.enabled` is false.
        external_redis: ExternalRedis,
        /// Git repositories of DAGs and plugins, as older chart versions took them; now `dags` and `plugins`.
        git: LegacyGit,
        /// Settings under `airflow`, as early chart versions took them; now top-level keys.
        airflow: LegacyAirflow,
    }
}

values_struct! {
    /// Values under `global`.
    #[derive(Default)]
    pub struct Global: builder {
        /// Registry that replaces every image's registry.
        image_registry: String,
        /// Registry Secrets every pod pulls its images with.
        image_pull_secrets: Vec<ImagePullSecret>,
        /// StorageClass of every volume claim that names none.
        default_storage_class: String,
        /// Image verification settings.
        security: GlobalSecurity,
        /// Adjustments for other Kubernetes platforms.
        compatibility: GlobalCompatibility,
    }
}

values_struct! {
    /// Values under `global.security`.
    #[derive(Default)]
    pub struct GlobalSecurity: builder {
        /// Whether images other than the chart's own are accepted without a warning.
        allow_insecure_images: bool,
    }
}

values_struct! {
    /// Values under `global.compatibility`.
    #[derive(Default)]
    pub struct GlobalCompatibility: builder {
        /// Adjustments for OpenShift.
        openshift: Openshift,
        /// Whether an empty `seLinuxOptions` is left out of the rendered security contexts.
        omit_empty_se_linux_options: bool,
    }
}

values_struct! {
    /// Values under `global.compatibility.openshift`.
    #[derive(Default)]
    pub struct Openshift: builder {
        /// Whether the chart drops user and group ids from security contexts on OpenShift.
        adapt_security_context: AdaptSecurityContext,
    }
}

values_struct! {
    /// Values under `diagnosticMode`.
    #[derive(Default)]
    pub struct DiagnosticMode: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Command that replaces the container's entrypoint.
        command: Vec<String>,
        /// Arguments that replace the container's default ones.
        args: Vec<String>,
    }
}

impl Values {
    /// Every finding of `profile`'s Bitnami rules ([`RULES`]) on these
    /// values, and of the chart's own template checks (`airflow.validateValues`,
    /// its `required`s and the `common` library chart's checks).
    pub fn validate(&self, profile: Profile) -> Report {
        super::TEMPLATE_CHECKS.with_findings(
            super::rules::run(self, profile, &[]),
            self,
            super::CHART_VERSION,
        )
    }

    /// Whether the bundled PostgreSQL subchart is on (the chart's default).
    pub fn postgresql_enabled(&self) -> bool {
        self.postgresql
            .as_ref()
            .and_then(|p| p.enabled)
            .unwrap_or(true)
    }

    /// Whether the bundled Redis subchart is on (the chart's default).
    pub fn redis_enabled(&self) -> bool {
        self.redis.as_ref().and_then(|r| r.enabled).unwrap_or(true)
    }
}
