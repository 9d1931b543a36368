//! The Celery broker: the Redis subchart (`redis`) or `externalRedis`.

use super::prelude::*;

values_struct! {
    /// Values under `redis`.
    #[derive(Default)]
    pub struct Redis: builder {
        /// Whether the chart deploys Redis; `false` uses `externalRedis`.
        enabled: bool,
        /// Password authentication.
        auth: RedisAuth,
        /// `standalone` or `replication`.
        architecture: Architecture,
        /// The Redis master.
        master: RedisMaster,
        /// Image of Redis.
        image: Image,
        /// Password, in Redis subchart versions before 14; now `redis.auth.password`.
        password: SecretValue,
        /// Whether Redis requires a password, in Redis subchart versions before 14; now `redis.auth.enabled`.
        use_password: bool,
    }
}

values_struct! {
    /// Values under `redis.auth`.
    #[derive(Default)]
    pub struct RedisAuth: builder {
        /// Whether Redis requires a password.
        enabled: bool,
        /// Password; empty generates a random one.
        password: SecretValue,
        /// Existing Secret with the password.
        existing_secret: String,
        /// Key of the password in `existingSecret`.
        existing_secret_password_key: String,
    }
}

values_struct! {
    /// Values under `redis.master`.
    #[derive(Default)]
    pub struct RedisMaster: builder {
        /// The Service of the master.
        service: RedisMasterService,
        /// Named size of the requests and limits; ignored when `resources` is set.
        resources_preset: ResourcesPreset,
        /// CPU and memory requests and limits; when set, `resourcesPreset` is ignored.
        resources: k8s::ResourceRequirements,
        /// Persistent storage of Redis.
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
    /// Values under `redis.master.service`.
    #[derive(Default)]
    pub struct RedisMasterService: builder {
        /// Ports of the Service.
        ports: RedisMasterServicePorts,
    }
}

values_struct! {
    /// Values under `redis.master.service.ports`.
    #[derive(Default)]
    pub struct RedisMasterServicePorts: builder {
        /// Port of Redis.
        redis: i64,
    }
}

values_struct! {
    /// Values under `externalRedis`.
    #[derive(Default)]
    pub struct ExternalRedis: builder {
        /// Host name of the server.
        host: String,
        /// Port of the server.
        port: i64,
        /// User name.
        username: String,
        /// Password.
        password: SecretValue,
        /// Existing Secret with the credentials, used instead of the values here.
        existing_secret: String,
        /// Key of the password in `existingSecret`.
        existing_secret_password_key: String,
    }
}
