//! The metadata database: the PostgreSQL subchart (`postgresql`) or
//! `externalDatabase`.

use super::prelude::*;

values_struct! {
    /// Values under `postgresql`.
    #[derive(Default)]
    pub struct Postgresql: builder {
        /// Whether the chart deploys PostgreSQL; `false` uses `externalDatabase`.
        enabled: bool,
        /// Database user and passwords.
        auth: PostgresqlAuth,
        /// `standalone` or `replication`.
        architecture: Architecture,
        /// The PostgreSQL primary.
        primary: PostgresqlPrimary,
        /// Image of PostgreSQL.
        image: Image,
        /// User Airflow connects as, in PostgreSQL subchart versions before 11; now `postgresql.auth.username`.
        postgresql_username: String,
        /// Password of that user, in PostgreSQL subchart versions before 11; now `postgresql.auth.password`.
        postgresql_password: SecretValue,
        /// Database created for Airflow, in PostgreSQL subchart versions before 11; now `postgresql.auth.database`.
        postgresql_database: String,
        /// Existing Secret with the passwords, in PostgreSQL subchart versions before 11; now `postgresql.auth.existingSecret`.
        existing_secret: String,
    }
}

values_struct! {
    /// Values under `postgresql.auth`.
    #[derive(Default)]
    pub struct PostgresqlAuth: builder {
        /// Whether the `postgres` superuser gets a password and may log in remotely.
        enable_postgres_user: bool,
        /// User Airflow connects as.
        username: String,
        /// Password of that user; empty generates a random one.
        password: SecretValue,
        /// Database created for Airflow.
        database: String,
        /// Existing Secret with the passwords.
        existing_secret: String,
        /// Password of the `postgres` superuser; empty generates a random one.
        postgres_password: SecretValue,
        /// Keys of the passwords in `existingSecret`.
        secret_keys: PostgresqlSecretKeys,
    }
}

values_struct! {
    /// Values under `postgresql.primary`.
    #[derive(Default)]
    pub struct PostgresqlPrimary: builder {
        /// Named size of the requests and limits; ignored when `resources` is set.
        resources_preset: ResourcesPreset,
        /// CPU and memory requests and limits; when set, `resourcesPreset` is ignored.
        resources: k8s::ResourceRequirements,
        /// Persistent storage of the database.
        persistence: SubchartPersistence,
        /// Node labels the pods must match.
        node_selector: BTreeMap<String, String>,
        /// Taints the pods tolerate.
        tolerations: Vec<k8s::Toleration>,
        /// Scheduling affinity of the pods.
        affinity: k8s::Affinity,
    }
}

values_struct! {
    /// Values under `externalDatabase`.
    #[derive(Default)]
    pub struct ExternalDatabase: builder {
        /// Host name of the server.
        host: String,
        /// Port of the server.
        port: i64,
        /// User name.
        user: String,
        /// Name of the database.
        database: String,
        /// Password of `user`.
        password: SecretValue,
        /// SQLAlchemy connection string, used instead of the separate keys.
        sql_connection: SecretValue,
        /// Existing Secret with the password (or the connection string).
        existing_secret: String,
        /// Key of the password in `existingSecret`.
        existing_secret_password_key: String,
        /// Key of the SQLAlchemy connection string in `existingSecret`.
        existing_secret_sql_connection_key: String,
    }
}

values_struct! {
    /// `postgresql.auth.secretKeys`: keys of the passwords in the subchart's `existingSecret`.
    #[derive(Default)]
    pub struct PostgresqlSecretKeys: builder {
        /// Key of the `postgres` superuser's password.
        admin_password_key: String,
        /// Key of the Airflow user's password.
        user_password_key: String,
        /// Key of the replication user's password.
        replication_password_key: String,
    }
}

values_struct! {
    /// Persistent storage of a subchart's server.
    #[derive(Default)]
    pub struct SubchartPersistence: builder {
        /// Whether the data is kept on a volume claim.
        enabled: bool,
        /// Size of the volume.
        size: k8s::Quantity,
        /// StorageClass of the volume claim.
        storage_class: String,
        /// An existing PersistentVolumeClaim to use instead of a new one.
        existing_claim: String,
        /// Access modes of the volume claim.
        access_modes: Vec<String>,
        /// Annotations of the volume claim.
        annotations: BTreeMap<String, String>,
    }
}
