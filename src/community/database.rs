//! The metadata database (`pgbouncer`, `postgresql`, `externalDatabase`) and
//! the Celery broker (`redis`, `externalRedis`).

use super::prelude::*;

/// How pgbouncer checks client passwords (`pgbouncer.authType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum PgbouncerAuthType {
    /// MD5 password hashes.
    #[serde(rename = "md5")]
    Md5,
    /// SCRAM-SHA-256.
    #[serde(rename = "scram-sha-256")]
    ScramSha256,
}

/// The database kind of `externalDatabase.type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum DatabaseType {
    /// PostgreSQL.
    Postgres,
    /// MySQL.
    Mysql,
}

values_struct! {
    /// `pgbouncer`: the connection pooler in front of the metadata database.
    #[derive(Default)]
    pub struct Pgbouncer: builder {
        /// Whether the chart runs pgbouncer.
        enabled: bool,
        /// Its image.
        image: HelperImage,
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
        /// PodDisruptionBudget.
        pod_disruption_budget: PodDisruptionBudget,
        /// Liveness probe.
        liveness_probe: Probe,
        /// Startup probe.
        startup_probe: Probe,
        /// Seconds Kubernetes waits for a stopping pod.
        termination_grace_period_seconds: i64,
        /// How client passwords are checked.
        auth_type: PgbouncerAuthType,
        /// Most client connections.
        max_client_connections: i64,
        /// Server connections per user and database.
        pool_size: i64,
        /// Whether disconnections are logged (0 or 1).
        log_disconnections: i64,
        /// Whether connections are logged (0 or 1).
        log_connections: i64,
        /// Users that may read pgbouncer's statistics.
        stats_users: String,
        /// TLS between the Airflow pods and pgbouncer.
        #[serde(rename = "clientSSL")]
        client_ssl: PgbouncerSsl,
        /// TLS between pgbouncer and the database.
        #[serde(rename = "serverSSL")]
        server_ssl: PgbouncerSsl,
    }
}

values_struct! {
    /// `pgbouncer.clientSSL` and `pgbouncer.serverSSL`.
    #[derive(Default)]
    pub struct PgbouncerSsl: builder {
        /// `sslmode` of the hop.
        mode: SslMode,
        /// Allowed ciphers.
        ciphers: String,
        /// CA certificate.
        ca_file: SecretFile,
        /// Private key.
        key_file: SecretFile,
        /// Certificate.
        cert_file: SecretFile,
    }
}

values_struct! {
    /// A file read from a key of an existing Secret.
    #[derive(Default)]
    pub struct SecretFile: builder {
        /// Secret name; empty for none.
        existing_secret: String,
        /// Key in the Secret.
        existing_secret_key: String,
    }
}

values_struct! {
    /// The image of a Bitnami subchart (`postgresql.image`, `redis.image`).
    #[derive(Default)]
    pub struct SubchartImage {
        /// Registry host.
        registry: String,
        /// Repository in the registry.
        repository: String,
        /// Tag.
        tag: String,
        /// When the image is pulled.
        pull_policy: PullPolicy,
    }
}

values_struct! {
    /// The volume of a Bitnami subchart.
    #[derive(Default)]
    pub struct SubchartPersistence {
        /// Whether a claim is created.
        enabled: bool,
        /// StorageClass; empty takes the cluster's default.
        storage_class: String,
        /// Access modes.
        access_modes: Vec<AccessMode>,
        /// Size.
        size: k8s::Quantity,
    }
}

values_struct! {
    /// `postgresql`: the bundled PostgreSQL subchart.
    #[derive(Default)]
    pub struct Postgresql: builder {
        /// Whether the subchart runs.
        enabled: bool,
        /// Its image.
        image: SubchartImage,
        /// Database name.
        postgresql_database: String,
        /// User name.
        postgresql_username: String,
        /// Password of the user.
        postgresql_password: SecretValue,
        /// Existing Secret with the password, used instead.
        existing_secret: String,
        /// Key of the password in `existingSecret`.
        existing_secret_key: String,
        /// Its volume.
        persistence: SubchartPersistence,
        /// Placement of its pod.
        master: SubchartPod,
    }
}

values_struct! {
    /// Placement of a subchart's pod.
    #[derive(Default)]
    pub struct SubchartPod {
        /// Resources.
        resources: k8s::ResourceRequirements,
        /// Node labels the pod must match.
        node_selector: BTreeMap<String, String>,
        /// Affinity.
        affinity: k8s::Affinity,
        /// Tolerations.
        tolerations: Vec<k8s::Toleration>,
        /// Annotations of the pod.
        pod_annotations: BTreeMap<String, String>,
        /// Its volume.
        persistence: SubchartPersistence,
    }
}

values_struct! {
    /// `externalDatabase`: a metadata database outside the chart.
    #[derive(Default)]
    pub struct ExternalDatabase: builder {
        /// PostgreSQL or MySQL.
        #[serde(rename = "type")]
        kind: DatabaseType,
        /// Host.
        host: String,
        /// Port.
        port: i64,
        /// Database name.
        database: String,
        /// User name.
        user: String,
        /// Existing Secret with the user name, used instead of `user`.
        user_secret: String,
        /// Key of the user name in `userSecret`.
        user_secret_key: String,
        /// Password in plain text.
        password: SecretValue,
        /// Existing Secret with the password, used instead of `password`.
        password_secret: String,
        /// Key of the password in `passwordSecret`.
        password_secret_key: String,
        /// Query appended to the connection URL, such as `?sslmode=require`.
        properties: String,
    }
}

values_struct! {
    /// `redis.cluster`.
    #[derive(Default)]
    pub struct RedisCluster {
        /// Whether replicas run beside the master.
        enabled: bool,
        /// Number of replicas.
        slave_count: i64,
    }
}

values_struct! {
    /// `redis`: the bundled Redis subchart, the Celery broker.
    #[derive(Default)]
    pub struct Redis: builder {
        /// Whether the subchart runs.
        enabled: bool,
        /// Its image.
        image: SubchartImage,
        /// Password.
        password: SecretValue,
        /// Existing Secret with the password, used instead.
        existing_secret: String,
        /// Key of the password in `existingSecret`.
        existing_secret_password_key: String,
        /// Replication.
        cluster: RedisCluster,
        /// The master pod.
        master: SubchartPod,
        /// The replica pods.
        slave: SubchartPod,
    }
}

values_struct! {
    /// `externalRedis`: a broker outside the chart.
    #[derive(Default)]
    pub struct ExternalRedis: builder {
        /// Host.
        host: String,
        /// Port.
        port: i64,
        /// Database number.
        database_number: i64,
        /// Password in plain text.
        password: SecretValue,
        /// Existing Secret with the password, used instead.
        password_secret: String,
        /// Key of the password in `passwordSecret`.
        password_secret_key: String,
        /// Query appended to the broker URL.
        properties: String,
    }
}
