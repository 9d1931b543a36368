//! Chart-wide Kubernetes settings: registry credentials, ports, network policies, RBAC, security contexts, quotas and limits, priority classes.

use super::prelude::*;

values_struct! {
    /// Values under `securityContexts`.
    #[derive(Default)]
    pub struct SecurityContexts {
        /// Security context of the pod.
        pod: k8s::PodSecurityContext,
        /// Security context of the main container.
        #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
        container: k8s::SecurityContext,
        /// Security context of every container.
        containers: k8s::SecurityContext,
    }
}

values_struct! {
    /// Values under `networkPolicies`.
    #[derive(Default)]
    pub struct NetworkPolicies {
        /// Whether the chart deploys this part.
        enabled: bool,
    }
}

values_struct! {
    /// Values under `rbac`.
    #[derive(Default)]
    pub struct Rbac {
        /// Whether the chart creates the object.
        create: bool,
        /// Chart key `createSCCRoleBinding`: create sccrole binding.
        #[serde(rename = "createSCCRoleBinding")]
        create_scc_role_binding: bool,
    }
}

values_struct! {
    /// Values under `registry`.
    #[derive(Default)]
    pub struct Registry {
        /// Name of the Kubernetes Secret.
        secret_name: null String,
        /// Chart key `connection`: connection.
        connection: RegistryConnection,
    }
}

values_struct! {
    /// Values under `ports`.
    #[derive(Default)]
    pub struct Ports {
        /// Chart key `flowerUI`: flower ui.
        #[serde(rename = "flowerUI")]
        flower_ui: i64,
        /// Chart key `airflowUI`: airflow ui.
        #[serde(rename = "airflowUI")]
        airflow_ui: i64,
        /// Chart key `_rpcServer`: rpc server.
        #[serde(rename = "_rpcServer")]
        #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
        rpc_server: i64,
        /// Chart key `apiServer`: api server.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        api_server: i64,
        /// Chart key `workerLogs`: worker logs.
        worker_logs: i64,
        /// Chart key `triggererLogs`: triggerer logs.
        triggerer_logs: i64,
        /// Chart key `redisDB`: redis db.
        #[serde(rename = "redisDB")]
        redis_db: i64,
        /// Chart key `statsdIngest`: statsd ingest.
        statsd_ingest: i64,
        /// Chart key `statsdScrape`: statsd scrape.
        statsd_scrape: i64,
        /// Chart key `pgbouncer`: pgbouncer.
        pgbouncer: i64,
        /// Chart key `pgbouncerScrape`: pgbouncer scrape.
        pgbouncer_scrape: i64,
        /// Chart key `otelCollectorOtlpHttp`: otel collector otlp http.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        otel_collector_otlp_http: i64,
        /// Chart key `otelCollectorOtlpGrpc`: otel collector otlp grpc.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        otel_collector_otlp_grpc: i64,
    }
}

values_struct! {
    /// Values under `priorityClasses.[]`.
    pub struct PriorityClass {
        /// Name of the object.
        name: String,
        /// Chart key `preemptionPolicy`: preemption policy.
        preemption_policy: String,
        /// The literal value.
        value: raw i64,
    }
}

values_struct! {
    /// Values under `registry.connection`.
    #[derive(Default)]
    pub struct RegistryConnection {
        /// User name.
        user: String,
        /// Password.
        pass: String,
        /// Host name or address.
        host: String,
        /// E-mail address.
        email: String,
    }
}
