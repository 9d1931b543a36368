//! The in-cluster Redis broker for Celery (`redis`).

use super::prelude::*;

values_struct! {
    /// Values under `redis`.
    #[derive(Default)]
    pub struct Redis {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Seconds a pod gets to stop before it is killed.
        termination_grace_period_seconds: i64,
        /// The Kubernetes Service in front of the pods.
        service: RedisService,
        /// Persistent storage.
        persistence: RedisPersistence,
        /// Settings of the emptyDir volume used when persistence is off.
        empty_dir_config: k8s::EmptyDirVolumeSource,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
        /// Existing Secret with the Redis password; `None` lets the chart create one.
        password_secret_name: null String,
        /// Password.
        password: null SecretValue,
        /// Annotations on the Redis password Secret the chart creates.
        password_secret_annotations: BTreeMap<String, String>,
        /// Whether the cluster autoscaler may evict the pods.
        safe_to_evict: bool,
        ..pod_placement,
        /// The Kubernetes ServiceAccount the pods run as.
        service_account: ServiceAccount,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::PodSecurityContext,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkersSecurityContexts,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// User id the process runs as.
        uid: i64,
        /// Annotations added to the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
    }
}

values_struct! {
    /// Values under `redis.service`.
    #[derive(Default)]
    pub struct RedisService {
        /// Kind of object.
        #[serde(rename = "type")]
        type_: ServiceType,
        /// Fixed cluster IP of the Redis Service; `None` lets Kubernetes choose one.
        #[serde(rename = "clusterIP")]
        cluster_ip: null String,
        /// Port on every node (NodePort and LoadBalancer Services).
        node_port: null i64,
    }
}

values_struct! {
    /// Values under `redis.persistence`.
    #[derive(Default)]
    pub struct RedisPersistence {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Size of the volume.
        size: String,
        /// StorageClass of the volume claim.
        storage_class_name: null String,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// An existing PersistentVolumeClaim to use instead of a new one.
        existing_claim: null String,
        /// Whether the Redis volume claim is kept or deleted with the StatefulSet and on scale-down.
        persistent_volume_claim_retention_policy: null PersistentVolumeClaimRetentionPolicy,
    }
}

/// Allowed values of `redis.service.type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum ServiceType {
    /// `ClusterIP`.
    #[serde(rename = "ClusterIP")]
    ClusterIP,
    /// `NodePort`.
    #[serde(rename = "NodePort")]
    NodePort,
    /// `LoadBalancer`.
    #[serde(rename = "LoadBalancer")]
    LoadBalancer,
}
