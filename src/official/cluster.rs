//! Chart-wide Kubernetes settings: registry credentials, ports, network policies, RBAC, security contexts, quotas and limits, priority classes.

use super::prelude::*;

/// Values under `securityContexts`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct SecurityContexts {
    /// Security context of the pod.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod: Option<k8s_openapi::api::core::v1::PodSecurityContext>,
    /// Security context of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
    pub container: Option<k8s_openapi::api::core::v1::SecurityContext>,
    /// Security context of every container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<k8s_openapi::api::core::v1::SecurityContext>,
}

/// Values under `networkPolicies`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct NetworkPolicies {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Values under `rbac`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Rbac {
    /// Whether the chart creates the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create: Option<bool>,
    /// Chart key `createSCCRoleBinding`: create sccrole binding.
    #[serde(
        default,
        rename = "createSCCRoleBinding",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_scc_role_binding: Option<bool>,
}

/// Values under `registry`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Registry {
    /// Name of the Kubernetes Secret.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub secret_name: Option<Nullable<String>>,
    /// Chart key `connection`: connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<RegistryConnection>,
}

/// Values under `ports`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Ports {
    /// Chart key `flowerUI`: flower ui.
    #[serde(default, rename = "flowerUI", skip_serializing_if = "Option::is_none")]
    pub flower_ui: Option<i64>,
    /// Chart key `airflowUI`: airflow ui.
    #[serde(default, rename = "airflowUI", skip_serializing_if = "Option::is_none")]
    pub airflow_ui: Option<i64>,
    /// Chart key `_rpcServer`: rpc server.
    #[serde(
        default,
        rename = "_rpcServer",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
    pub rpc_server: Option<i64>,
    /// Chart key `apiServer`: api server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub api_server: Option<i64>,
    /// Chart key `workerLogs`: worker logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worker_logs: Option<i64>,
    /// Chart key `triggererLogs`: triggerer logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggerer_logs: Option<i64>,
    /// Chart key `redisDB`: redis db.
    #[serde(default, rename = "redisDB", skip_serializing_if = "Option::is_none")]
    pub redis_db: Option<i64>,
    /// Chart key `statsdIngest`: statsd ingest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statsd_ingest: Option<i64>,
    /// Chart key `statsdScrape`: statsd scrape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statsd_scrape: Option<i64>,
    /// Chart key `pgbouncer`: pgbouncer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pgbouncer: Option<i64>,
    /// Chart key `pgbouncerScrape`: pgbouncer scrape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pgbouncer_scrape: Option<i64>,
    /// Chart key `otelCollectorOtlpHttp`: otel collector otlp http.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub otel_collector_otlp_http: Option<i64>,
    /// Chart key `otelCollectorOtlpGrpc`: otel collector otlp grpc.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub otel_collector_otlp_grpc: Option<i64>,
}

/// Values under `priorityClasses.[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct PriorityClass {
    /// Name of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Chart key `preemptionPolicy`: preemption policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preemption_policy: Option<String>,
    /// The literal value.
    pub value: i64,
}

/// Values under `registry.connection`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct RegistryConnection {
    /// User name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<String>,
    /// Host name or address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
