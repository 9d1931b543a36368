//! `service`, `serviceAccount` and `rbac`.

use super::prelude::*;

values_struct! {
    /// Values under `service`.
    #[derive(Default)]
    pub struct Service: builder {
        /// Kind of object.
        #[serde(rename = "type")]
        type_: ServiceType,
        /// Ports of the Service.
        ports: ServicePorts,
        /// Ports on every node (NodePort and LoadBalancer Services); empty lets Kubernetes choose.
        node_ports: ServiceNodePorts,
        /// Whether a client sticks to one pod (`ClientIP`).
        session_affinity: SessionAffinity,
        /// Settings of the session affinity.
        session_affinity_config: k8s::SessionAffinityConfig,
        /// Fixed cluster IP of the Service; empty lets Kubernetes choose.
        #[serde(rename = "clusterIP")]
        cluster_ip: String,
        /// IP address asked of the load balancer.
        #[serde(rename = "loadBalancerIP")]
        load_balancer_ip: String,
        /// Client address ranges the load balancer admits.
        load_balancer_source_ranges: Vec<String>,
        /// Whether external traffic is routed to node-local pods only (`Local`).
        external_traffic_policy: TrafficPolicy,
        /// Annotations of the Service.
        annotations: BTreeMap<String, String>,
        /// More ports of the Service.
        extra_ports: Vec<k8s::ServicePort>,
    }
}

values_struct! {
    /// Values under `service.ports`.
    #[derive(Default)]
    pub struct ServicePorts: builder {
        /// HTTP port.
        http: i64,
    }
}

values_struct! {
    /// Values under `service.nodePorts`.
    #[derive(Default)]
    pub struct ServiceNodePorts: builder {
        /// HTTP port.
        http: Blank<i64>,
    }
}

values_struct! {
    /// Values under `serviceAccount`.
    #[derive(Default)]
    pub struct ServiceAccount: builder {
        /// Whether the chart creates the object.
        create: bool,
        /// Name of the ServiceAccount; empty derives one.
        name: String,
        /// Whether the ServiceAccount token is mounted into the pods.
        automount_service_account_token: bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
    }
}

values_struct! {
    /// Values under `rbac`.
    #[derive(Default)]
    pub struct Rbac: builder {
        /// Whether the chart creates the object.
        create: bool,
        /// Rules of the Role.
        rules: Vec<k8s::PolicyRule>,
    }
}
