//! `airflow`: the settings every Airflow component shares.

use super::prelude::*;

/// The executors the chart can deploy (`airflow.executor`).
///
/// Chart 8.x takes the three `…Executor` names; the short names come from the
/// `stable/airflow` chart that 7.x replaced, and chart 8.x refuses them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum Executor {
    /// Tasks run on Celery workers.
    CeleryExecutor,
    /// Each task runs in a pod of its own.
    KubernetesExecutor,
    /// Celery workers, and pods for the tasks of the `kubernetes` queue.
    CeleryKubernetesExecutor,
    /// Legacy (`stable/airflow`, before 7.x): `CeleryExecutor`.
    Celery,
    /// Legacy (`stable/airflow`, before 7.x): `KubernetesExecutor`.
    Kubernetes,
    /// Legacy (`stable/airflow`, before 7.x): tasks run inside the scheduler; chart 8.x has no such mode.
    Local,
}

impl Executor {
    /// Whether this is a short name of the old chart that chart 8.x refuses.
    pub fn is_legacy(self) -> bool {
        matches!(
            self,
            Executor::Celery | Executor::Kubernetes | Executor::Local
        )
    }

    /// The name as written in the values.
    pub fn as_str(self) -> &'static str {
        match self {
            Executor::CeleryExecutor => "CeleryExecutor",
            Executor::KubernetesExecutor => "KubernetesExecutor",
            Executor::CeleryKubernetesExecutor => "CeleryKubernetesExecutor",
            Executor::Celery => "Celery",
            Executor::Kubernetes => "Kubernetes",
            Executor::Local => "Local",
        }
    }

    /// Whether task pods are launched through the Kubernetes API.
    pub fn launches_pods(self) -> bool {
        matches!(
            self,
            Executor::KubernetesExecutor
                | Executor::CeleryKubernetesExecutor
                | Executor::Kubernetes
        )
    }
}

/// A scalar as written in the values: the value of an `airflow.config`
/// variable or of an Airflow variable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ScalarValue {
    /// `true` / `false` (the chart quotes it).
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// Text.
    String(String),
}

impl std::fmt::Display for ScalarValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScalarValue::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            ScalarValue::Int(i) => write!(f, "{i}"),
            ScalarValue::Float(x) => write!(f, "{x}"),
            ScalarValue::String(s) => f.write_str(s),
        }
    }
}

/// One or more roles of a user (`airflow.users[].role`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Roles {
    /// A single role, such as `Admin`.
    One(String),
    /// Several roles.
    Many(Vec<String>),
}

/// Where a template variable of the sync jobs takes its value from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum TemplateKind {
    /// A key of a ConfigMap.
    Configmap,
    /// A key of a Secret.
    Secret,
}

values_struct! {
    /// Values under `airflow`.
    #[derive(Default)]
    pub struct Airflow: builder {
        /// Whether the pods run the Airflow 1.10 command names.
        legacy_commands: bool,
        /// The Airflow image.
        image: AirflowImage,
        /// The executor.
        executor: Executor,
        /// Fernet key that encrypts connections and variables in the database; empty leaves it unset.
        fernet_key: SecretValue,
        /// Flask secret key of the webserver sessions.
        webserver_secret_key: SecretValue,
        /// Airflow settings as `AIRFLOW__SECTION__KEY` environment variables (and other variables).
        config: BTreeMap<String, ScalarValue>,
        /// Users the sync job creates.
        users: Vec<User>,
        /// Variables that `${NAME}` in `users` reads from ConfigMaps or Secrets.
        users_templates: BTreeMap<String, Template>,
        /// Whether a Deployment keeps `users` in sync, rather than a one-off Job.
        users_update: bool,
        /// Connections the sync job creates.
        connections: Vec<Connection>,
        /// Variables that `${NAME}` in `connections` reads from ConfigMaps or Secrets.
        connections_templates: BTreeMap<String, Template>,
        /// Whether a Deployment keeps `connections` in sync.
        connections_update: bool,
        /// Airflow variables the sync job creates.
        variables: Vec<Variable>,
        /// Variables that `${NAME}` in `variables` reads from ConfigMaps or Secrets.
        variables_templates: BTreeMap<String, Template>,
        /// Whether a Deployment keeps `variables` in sync.
        variables_update: bool,
        /// Pools the sync job creates.
        pools: Vec<Pool>,
        /// Whether a Deployment keeps `pools` in sync.
        pools_update: bool,
        /// Node labels every Airflow pod must match, unless the component sets its own.
        default_node_selector: BTreeMap<String, String>,
        /// Affinity of every Airflow pod, unless the component sets its own.
        default_affinity: k8s::Affinity,
        /// Tolerations of every Airflow pod, unless the component sets its own.
        default_tolerations: Vec<k8s::Toleration>,
        /// Topology spread of every Airflow pod, unless the component sets its own.
        default_topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
        /// Pod security context of every Airflow pod, unless the component sets its own.
        default_security_context: k8s::PodSecurityContext,
        /// Container security context of every Airflow container.
        default_container_security_context: k8s::SecurityContext,
        /// Annotations of every Airflow pod.
        pod_annotations: BTreeMap<String, String>,
        /// pip packages installed into every Airflow container at start.
        extra_pip_packages: Vec<String>,
        /// Packages that `extraPipPackages` may not upgrade.
        protected_pip_packages: Vec<String>,
        /// Environment variables of every Airflow container.
        extra_env: Vec<k8s::EnvVar>,
        /// Sidecars of every Airflow pod.
        extra_containers: Vec<k8s::Container>,
        /// Init containers of every Airflow pod.
        extra_init_containers: Vec<k8s::Container>,
        /// Volume mounts of every Airflow container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// Volumes of every Airflow pod.
        extra_volumes: Vec<k8s::Volume>,
        /// DNS domain of the cluster, for the Service addresses the chart writes.
        cluster_domain: String,
        /// Resources of the chart's init containers.
        init_containers: InitContainers,
        /// `airflow_local_settings.py`.
        local_settings: LocalSettings,
        /// Pod template of the Kubernetes executor's task pods.
        kubernetes_pod_template: KubernetesPodTemplate,
        /// The database schema migrations.
        db_migrations: DbMigrations,
        /// The jobs or Deployments that sync users, connections, variables and pools.
        sync: Sync,
        /// Legacy (7.x): the whole metadata database URL; 8.x builds it from `externalDatabase` or `postgresql`.
        #[serde(rename = "sqlalchemy_connection")]
        sqlalchemy_connection: LegacyConnection,
        /// Legacy (`stable/airflow`, before 7.x): the web Service; 8.x has `web.service`.
        service: WebService,
    }
}

values_struct! {
    /// `airflow.image`: the Airflow image every component runs.
    #[derive(Default)]
    pub struct AirflowImage: builder {
        /// Image repository, with its registry.
        repository: String,
        /// Image tag.
        tag: String,
        /// When the image is pulled.
        pull_policy: PullPolicy,
        /// Existing docker-registry Secret the pods pull the image with.
        pull_secret: String,
        /// User id the image runs as.
        uid: i64,
        /// Group id the image runs as.
        gid: i64,
    }
}

values_struct! {
    /// One entry of `airflow.users`.
    pub struct User: builder {
        /// Login name.
        username: String,
        /// Password; may hold `${TEMPLATE}` variables.
        password: SecretValue,
        /// Role or roles.
        role: Roles,
        /// E-mail address.
        email: String,
        /// First name.
        first_name: String,
        /// Last name.
        last_name: String,
    }
}

values_struct! {
    /// One template variable of the sync jobs: a key of a ConfigMap or Secret.
    pub struct Template: builder {
        /// ConfigMap or Secret.
        kind: TemplateKind,
        /// Name of the object.
        name: String,
        /// Key in the object.
        key: String,
    }
}

values_struct! {
    /// One entry of `airflow.connections`.
    pub struct Connection {
        /// Connection id.
        id: String,
        /// Connection type, such as `aws` or `postgres`.
        #[serde(rename = "type")]
        kind: String,
        /// Free text.
        description: String,
        /// Host.
        host: String,
        /// Login.
        login: String,
        /// Password; may hold `${TEMPLATE}` variables.
        password: SecretValue,
        /// Schema or database.
        schema: String,
        /// Port.
        port: i64,
        /// Extra settings as JSON text.
        extra: SecretValue,
    }
}

values_struct! {
    /// One entry of `airflow.variables`.
    pub struct Variable {
        /// Variable name.
        key: String,
        /// Value; may hold `${TEMPLATE}` variables.
        value: ScalarValue,
    }
}

values_struct! {
    /// One entry of `airflow.pools`.
    pub struct Pool {
        /// Pool name.
        name: String,
        /// Free text.
        description: String,
        /// Number of slots.
        slots: i64,
        /// Whether deferred tasks take slots (Airflow 2.7 and later).
        #[serde(rename = "include_deferred")]
        include_deferred: bool,
        /// Slot counts applied on a cron schedule.
        policies: Vec<PoolPolicy>,
    }
}

values_struct! {
    /// One entry of `airflow.pools[].policies`.
    pub struct PoolPolicy {
        /// Name of the policy.
        name: String,
        /// Slots while the policy applies.
        slots: i64,
        /// Cron expression of when it starts to apply.
        recurrence: String,
    }
}

values_struct! {
    /// `airflow.initContainers`.
    #[derive(Default)]
    pub struct InitContainers {
        /// The init container that waits for the database.
        check_db: ContainerResources,
        /// The init container that waits for the schema migrations.
        wait_for_db_migrations: ContainerResources,
        /// The init container that installs `extraPipPackages`.
        install_pip_packages: ContainerResources,
    }
}

values_struct! {
    /// A container of which only the resources are set.
    #[derive(Default)]
    pub struct ContainerResources {
        /// Resource requests and limits.
        resources: k8s::ResourceRequirements,
    }
}

values_struct! {
    /// `airflow.localSettings`.
    #[derive(Default)]
    pub struct LocalSettings {
        /// Content of `airflow_local_settings.py`.
        string_override: String,
        /// Existing Secret with an `airflow_local_settings.py` key, used instead.
        existing_secret: String,
    }
}

values_struct! {
    /// `airflow.kubernetesPodTemplate`.
    #[derive(Default)]
    pub struct KubernetesPodTemplate {
        /// The whole pod template file as text; the other keys are then ignored.
        string_override: String,
        /// Resources of the task container.
        resources: k8s::ResourceRequirements,
        /// Node labels the pods must match.
        node_selector: BTreeMap<String, String>,
        /// Affinity of the pods.
        affinity: k8s::Affinity,
        /// Tolerations of the pods.
        tolerations: Vec<k8s::Toleration>,
        /// Topology spread of the pods.
        topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
        /// Labels of the pods.
        pod_labels: BTreeMap<String, String>,
        /// Annotations of the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Pod security context.
        security_context: k8s::PodSecurityContext,
        /// Whether the containers share a process namespace.
        share_process_namespace: bool,
        /// pip packages installed at start.
        extra_pip_packages: Vec<String>,
        /// Sidecars.
        extra_containers: Vec<k8s::Container>,
        /// Init containers.
        extra_init_containers: Vec<k8s::Container>,
        /// Volume mounts of the task container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// Volumes.
        extra_volumes: Vec<k8s::Volume>,
    }
}

values_struct! {
    /// `airflow.dbMigrations`.
    #[derive(Default)]
    pub struct DbMigrations {
        /// Whether the chart runs the schema migrations.
        enabled: bool,
        /// Whether they run as a Job (after each upgrade) rather than a Deployment.
        run_as_job: bool,
        /// Resources.
        resources: k8s::ResourceRequirements,
        /// Node labels the pods must match.
        node_selector: BTreeMap<String, String>,
        /// Affinity of the pods.
        affinity: k8s::Affinity,
        /// Tolerations of the pods.
        tolerations: Vec<k8s::Toleration>,
        /// Topology spread of the pods.
        topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
        /// Pod security context.
        security_context: k8s::PodSecurityContext,
        /// Labels of the object.
        labels: BTreeMap<String, String>,
        /// Labels of the pods.
        pod_labels: BTreeMap<String, String>,
        /// Annotations of the object.
        annotations: BTreeMap<String, String>,
        /// Annotations of the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Whether the cluster autoscaler may evict the pod.
        safe_to_evict: bool,
        /// Seconds between checks for pending migrations.
        check_interval: i64,
    }
}

values_struct! {
    /// `airflow.sync`.
    #[derive(Default)]
    pub struct Sync {
        /// Resources.
        resources: k8s::ResourceRequirements,
        /// Node labels the pods must match.
        node_selector: BTreeMap<String, String>,
        /// Affinity of the pods.
        affinity: k8s::Affinity,
        /// Tolerations of the pods.
        tolerations: Vec<k8s::Toleration>,
        /// Topology spread of the pods.
        topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
        /// Pod security context.
        security_context: k8s::PodSecurityContext,
        /// Labels of the object.
        labels: BTreeMap<String, String>,
        /// Labels of the pods.
        pod_labels: BTreeMap<String, String>,
        /// Annotations of the object.
        annotations: BTreeMap<String, String>,
        /// Annotations of the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Whether the cluster autoscaler may evict the pods.
        safe_to_evict: bool,
    }
}
