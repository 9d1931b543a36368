//! The in-cluster Redis broker for Celery (`redis`).

use super::prelude::*;

/// Values under `redis`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Redis {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Seconds a pod gets to stop before it is killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_grace_period_seconds: Option<i64>,
    /// The Kubernetes Service in front of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub service: Option<RedisService>,
    /// Persistent storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistence: Option<RedisPersistence>,
    /// Settings of the emptyDir volume used when persistence is off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty_dir_config: Option<k8s_openapi::api::core::v1::EmptyDirVolumeSource>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
    /// Chart key `passwordSecretName`: password secret name.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub password_secret_name: Option<Nullable<String>>,
    /// Password.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<Nullable<SecretValue>>,
    /// Chart key `passwordSecretAnnotations`: password secret annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub password_secret_annotations: Option<BTreeMap<String, String>>,
    /// Whether the cluster autoscaler may evict the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_to_evict: Option<bool>,
    /// Node labels the pods must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<BTreeMap<String, String>>,
    /// Scheduling affinity of the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affinity: Option<k8s_openapi::api::core::v1::Affinity>,
    /// Taints the pods tolerate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerations: Option<Vec<k8s_openapi::api::core::v1::Toleration>>,
    /// How the pods spread across zones or nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topology_spread_constraints:
        Option<Vec<k8s_openapi::api::core::v1::TopologySpreadConstraint>>,
    /// PriorityClass of the pods.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub priority_class_name: Option<Nullable<String>>,
    /// The Kubernetes ServiceAccount the pods run as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// Pod security context (older key, prefer `securityContexts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkersSecurityContexts>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub labels: Option<BTreeMap<String, String>>,
    /// User id the process runs as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<i64>,
    /// Annotations added to the pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_annotations: Option<BTreeMap<String, String>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// Values under `redis.service`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct RedisService {
    /// Kind of object.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ServiceType>,
    /// Chart key `clusterIP`: cluster ip.
    #[serde(
        default,
        rename = "clusterIP",
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_ip: Option<Nullable<String>>,
    /// Port on every node (NodePort and LoadBalancer Services).
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub node_port: Option<Nullable<i64>>,
}

/// Values under `redis.persistence`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct RedisPersistence {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Size of the volume.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// StorageClass of the volume claim.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_class_name: Option<Nullable<String>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// An existing PersistentVolumeClaim to use instead of a new one.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub existing_claim: Option<Nullable<String>>,
    /// Chart key `persistentVolumeClaimRetentionPolicy`: persistent volume claim retention policy.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub persistent_volume_claim_retention_policy:
        Option<Nullable<PersistentVolumeClaimRetentionPolicy>>,
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
