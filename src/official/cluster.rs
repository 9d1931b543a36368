//! Chart-wide Kubernetes settings: registry credentials, ports, network policies, RBAC, security contexts, quotas and limits, priority classes.

use super::prelude::*;

/// Whether pods of a priority class may evict pods of lower priority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum PreemptionPolicy {
    /// They may (Kubernetes' default).
    PreemptLowerPriority,
    /// They wait for room instead.
    Never,
}

values_struct! {
    /// Values under `securityContexts`.
    #[derive(Default)]
    pub struct SecurityContexts {
        /// Security context of the pod.
        pod: k8s::PodSecurityContext,
        /// Security context of the main container.
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
        /// Whether the chart binds its service accounts to an OpenShift SecurityContextConstraint with a RoleBinding.
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
        /// Registry host and credentials the chart turns into a `kubernetes.io/dockerconfigjson` Secret.
        connection: RegistryConnection,
    }
}

values_struct! {
    /// Values under `ports`.
    #[derive(Default)]
    pub struct Ports {
        /// Port of the Flower UI.
        #[serde(rename = "flowerUI")]
        flower_ui: i64,
        /// Port of the Airflow 2 webserver UI.
        #[serde(rename = "airflowUI")]
        airflow_ui: i64,
        /// Port of the experimental RPC server (`_rpcServer`).
        #[serde(rename = "_rpcServer")]
        rpc_server: i64,
        /// Port of the Airflow 3 API server.
        api_server: i64,
        /// Port on which workers serve task logs to the UI.
        worker_logs: i64,
        /// Port on which the triggerer serves its logs to the UI.
        triggerer_logs: i64,
        /// Port of the Redis broker.
        #[serde(rename = "redisDB")]
        redis_db: i64,
        /// UDP port on which the StatsD exporter receives Airflow metrics.
        statsd_ingest: i64,
        /// Port on which Prometheus scrapes the StatsD exporter.
        statsd_scrape: i64,
        /// Port on which PgBouncer accepts database clients.
        pgbouncer: i64,
        /// Port on which Prometheus scrapes the PgBouncer exporter.
        pgbouncer_scrape: i64,
        /// Port of the OpenTelemetry Collector's OTLP receiver over HTTP.
        otel_collector_otlp_http: i64,
        /// Port of the OpenTelemetry Collector's OTLP receiver over gRPC.
        otel_collector_otlp_grpc: i64,
    }
}

values_struct! {
    /// Values under `priorityClasses.[]`.
    pub struct PriorityClass {
        /// Name of the object.
        name: String,
        /// Whether pods of this class may evict lower-priority pods.
        preemption_policy: PreemptionPolicy,
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
        pass: SecretValue,
        /// Host name or address.
        host: String,
        /// E-mail address.
        email: String,
    }
}
