//! The Airflow components: `scheduler`, `web`, `workers`, `triggerer`, `flower`.

use super::prelude::*;

values_struct! {
    /// A PodDisruptionBudget of a component.
    #[derive(Default)]
    pub struct PodDisruptionBudget {
        /// Whether the chart creates it.
        enabled: bool,
        /// API version of the object.
        api_version: String,
        /// Pods that may be down at once; empty leaves it out.
        max_unavailable: null k8s::IntOrString,
        /// Pods that must stay up; empty leaves it out.
        min_available: null k8s::IntOrString,
    }
}

values_struct! {
    /// A probe of a component, in the chart's own terms.
    #[derive(Default)]
    pub struct Probe {
        /// Whether the probe is on.
        enabled: bool,
        /// Seconds before the first probe.
        initial_delay_seconds: i64,
        /// Seconds between probes.
        period_seconds: i64,
        /// Seconds a probe may take.
        timeout_seconds: i64,
        /// Failures in a row that count as down.
        failure_threshold: i64,
    }
}

values_struct! {
    /// `scheduler.livenessProbe`.
    #[derive(Default)]
    pub struct SchedulerLivenessProbe {
        /// Whether the probe is on.
        enabled: bool,
        /// Seconds before the first probe.
        initial_delay_seconds: i64,
        /// Seconds between probes.
        period_seconds: i64,
        /// Seconds a probe may take.
        timeout_seconds: i64,
        /// Failures in a row that count as down.
        failure_threshold: i64,
        /// Whether the probe also fails when the scheduler creates no task instances.
        task_creation_check: TaskCreationCheck,
    }
}

values_struct! {
    /// `scheduler.livenessProbe.taskCreationCheck`.
    #[derive(Default)]
    pub struct TaskCreationCheck {
        /// Whether the check is on.
        enabled: bool,
        /// Seconds without a new task instance that count as down.
        threshold_seconds: i64,
        /// Seconds a scheduler runs before the check applies.
        scheduler_age_before_check: i64,
    }
}

values_struct! {
    /// The log cleanup sidecar of the scheduler and the workers.
    #[derive(Default)]
    pub struct LogCleanup {
        /// Whether the sidecar runs.
        enabled: bool,
        /// Resources.
        resources: k8s::ResourceRequirements,
        /// Minutes a log file is kept.
        retention_minutes: i64,
        /// Seconds between cleanups.
        interval_seconds: i64,
    }
}

values_struct! {
    /// `scheduler`.
    #[derive(Default)]
    pub struct Scheduler: builder {
        /// Number of pods.
        replicas: i64,
        ..community_pod_fields,
        /// Sidecar that deletes old log files.
        log_cleanup: LogCleanup,
        /// Scheduler loops before a restart; -1 runs for ever.
        num_runs: i64,
        /// Liveness probe.
        liveness_probe: SchedulerLivenessProbe,
        ..community_extra_fields,
        /// Legacy (7.x): connections to create; 8.x has `airflow.connections`.
        connections: Vec<Connection>,
        /// Legacy (7.x): whether connections are deleted and created again on start; 8.x has `airflow.connectionsUpdate`.
        refresh_connections: bool,
        /// Legacy (7.x): variables as JSON text; 8.x has `airflow.variables`.
        variables: String,
        /// Legacy (7.x): pools as JSON text; 8.x has `airflow.pools`.
        pools: String,
        /// Legacy (7.x): whether the scheduler runs `airflow initdb` at start; 8.x has `airflow.dbMigrations`.
        initdb: bool,
        /// Legacy (7.x): whether an init container runs `airflow initdb`; 8.x has `airflow.dbMigrations`.
        preinitdb: bool,
        /// Legacy (7.x): seconds the scheduler waits before it starts; 8.x has none.
        initial_startup_delay: i64,
    }
}

values_struct! {
    /// `web.webserverConfig`: `webserver_config.py`.
    #[derive(Default)]
    pub struct WebserverConfig {
        /// Whether the chart mounts a `webserver_config.py`.
        enabled: bool,
        /// Its content.
        string_override: String,
        /// Existing Secret with a `webserver_config.py` key, used instead.
        existing_secret: String,
    }
}

values_struct! {
    /// Node ports of a Service.
    #[derive(Default)]
    pub struct NodePorts {
        /// Node port of the HTTP port; empty lets Kubernetes choose.
        http: null k8s::IntOrString,
    }
}

values_struct! {
    /// `web.service` (and the legacy `airflow.service`).
    #[derive(Default)]
    pub struct WebService: builder {
        /// Annotations of the Service.
        annotations: BTreeMap<String, String>,
        /// `None` or `ClientIP`.
        session_affinity: String,
        /// Settings of the session affinity.
        session_affinity_config: k8s::SessionAffinityConfig,
        /// Service type.
        #[serde(rename = "type")]
        kind: ServiceType,
        /// Port of the Service.
        external_port: i64,
        /// Address a LoadBalancer asks for.
        #[serde(rename = "loadBalancerIP")]
        load_balancer_ip: String,
        /// Client ranges a LoadBalancer admits.
        load_balancer_source_ranges: Vec<String>,
        /// Node ports.
        node_port: NodePorts,
    }
}

values_struct! {
    /// `web`: the Airflow webserver.
    #[derive(Default)]
    pub struct Web: builder {
        /// `webserver_config.py`.
        webserver_config: WebserverConfig,
        /// Number of pods.
        replicas: i64,
        ..community_pod_fields,
        /// The Service.
        service: WebService,
        /// Readiness probe.
        readiness_probe: Probe,
        /// Liveness probe.
        liveness_probe: Probe,
        ..community_extra_fields,
        /// Legacy (7.x): the external URL; 8.x sets `AIRFLOW__WEBSERVER__BASE_URL` in `airflow.config`.
        base_url: String,
        /// Legacy (7.x): whether DAGs are serialized; 8.x sets `AIRFLOW__CORE__STORE_SERIALIZED_DAGS` in `airflow.config`.
        #[serde(rename = "serializeDAGs")]
        serialize_dags: bool,
        /// Legacy (7.x): seconds the webserver waits before it starts; 8.x has none.
        initial_startup_delay: i64,
        /// Legacy (`stable/airflow`): seconds before the first probe; 8.x has `web.readinessProbe.initialDelaySeconds`.
        initial_delay_seconds: i64,
        /// Legacy (7.x): `minReadySeconds` of the Deployment; 8.x has none.
        min_ready_seconds: i64,
    }
}

values_struct! {
    /// `workers.autoscaling`: a HorizontalPodAutoscaler.
    #[derive(Default)]
    pub struct Autoscaling {
        /// Whether the chart creates it.
        enabled: bool,
        /// Most pods.
        max_replicas: i64,
        /// What it scales on.
        metrics: Vec<k8s::MetricSpec>,
        /// API version of the object.
        api_version: String,
    }
}

values_struct! {
    /// `workers.celery`.
    #[derive(Default)]
    pub struct WorkersCelery {
        /// Whether a worker waits for its running tasks before it stops.
        gracefull_termination: bool,
        /// Seconds a worker waits for its tasks.
        gracefull_termination_period: i64,
        /// Legacy (7.x): task slots per worker; 8.x sets `AIRFLOW__CELERY__WORKER_CONCURRENCY` in `airflow.config`.
        instances: i64,
    }
}

values_struct! {
    /// `workers`: the Celery workers.
    #[derive(Default)]
    pub struct Workers: builder {
        /// Whether the chart runs Celery workers.
        enabled: bool,
        /// Number of pods.
        replicas: i64,
        ..community_pod_fields,
        /// HorizontalPodAutoscaler.
        autoscaling: Autoscaling,
        /// Celery settings.
        celery: WorkersCelery,
        /// Seconds Kubernetes waits for a stopping pod.
        termination_period: i64,
        /// Sidecar that deletes old log files.
        log_cleanup: LogCleanup,
        /// Liveness probe.
        liveness_probe: Probe,
        ..community_extra_fields,
    }
}

values_struct! {
    /// `triggerer`.
    #[derive(Default)]
    pub struct Triggerer: builder {
        /// Whether the chart runs a triggerer.
        enabled: bool,
        /// Number of pods.
        replicas: i64,
        ..community_pod_fields,
        /// Deferred tasks one triggerer runs at once.
        capacity: i64,
        /// Liveness probe.
        liveness_probe: Probe,
        ..community_extra_fields,
    }
}

values_struct! {
    /// `flower.service`.
    #[derive(Default)]
    pub struct FlowerService {
        /// Annotations of the Service.
        annotations: BTreeMap<String, String>,
        /// Service type.
        #[serde(rename = "type")]
        kind: ServiceType,
        /// Port of the Service.
        external_port: i64,
        /// Address a LoadBalancer asks for.
        #[serde(rename = "loadBalancerIP")]
        load_balancer_ip: String,
        /// Client ranges a LoadBalancer admits.
        load_balancer_source_ranges: Vec<String>,
        /// Node ports.
        node_port: NodePorts,
    }
}

values_struct! {
    /// `flower`: the Celery monitoring UI.
    #[derive(Default)]
    pub struct Flower: builder {
        /// Whether the chart runs Flower.
        enabled: bool,
        /// Number of pods.
        replicas: i64,
        ..community_pod_fields,
        /// Existing Secret with the basic-auth setting of Flower.
        basic_auth_secret: String,
        /// Key in `basicAuthSecret`.
        basic_auth_secret_key: String,
        /// The Service.
        service: FlowerService,
        /// Readiness probe.
        readiness_probe: Probe,
        /// Liveness probe.
        liveness_probe: Probe,
        ..community_extra_fields,
    }
}
