//! `triggerer`: the StatefulSet that runs deferred tasks.

use super::prelude::*;

values_struct! {
    /// Values under `triggerer`.
    #[derive(Default)]
    pub struct Triggerer: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Deferred tasks one triggerer runs at once.
        default_capacity: i64,
        /// Number of pods.
        replica_count: i64,
        /// Command that replaces the container's entrypoint.
        command: Vec<String>,
        /// Arguments that replace the container's default ones.
        args: Vec<String>,
        /// More environment variables.
        extra_env_vars: Vec<k8s::EnvVar>,
        /// Existing ConfigMap whose keys become environment variables.
        #[serde(rename = "extraEnvVarsCM")]
        extra_env_vars_cm: String,
        /// Existing ConfigMaps whose keys become environment variables.
        #[serde(rename = "extraEnvVarsCMs")]
        extra_env_vars_cms: Vec<String>,
        /// Existing Secret whose keys become environment variables.
        extra_env_vars_secret: String,
        /// Ports of the main container.
        container_ports: TriggererContainerPorts,
        ..bitnami_pod_fields,
        /// Whether the StatefulSet starts its pods one by one or all at once.
        pod_management_policy: PodManagementPolicy,
        /// How the pods are replaced on an update.
        update_strategy: k8s::StatefulSetUpdateStrategy,
        /// More containers of the pods.
        sidecars: Vec<k8s::Container>,
        /// More init containers of the pods.
        init_containers: Vec<k8s::Container>,
        /// More volume mounts of the main container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// More volumes of the pods.
        extra_volumes: Vec<k8s::Volume>,
        /// The PodDisruptionBudget.
        pdb: Pdb,
        /// Autoscaling of the pods.
        autoscaling: Autoscaling,
        /// Persistent storage.
        persistence: TriggererPersistence,
        /// Whether the volume claims are kept or deleted with the StatefulSet.
        persistent_volume_claim_retention_policy: RetentionPolicy,
        /// The Service in front of the pods.
        service: TriggererService,
        /// The NetworkPolicy of the pods.
        network_policy: NetworkPolicy,
    }
}

values_struct! {
    /// Values under `triggerer.containerPorts`.
    #[derive(Default)]
    pub struct TriggererContainerPorts: builder {
        /// Port that serves task logs.
        logs: i64,
    }
}

values_struct! {
    /// Values under `triggerer.persistence`.
    #[derive(Default)]
    pub struct TriggererPersistence: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// StorageClass of the volume claim.
        storage_class: String,
        /// Annotations of the volume claim.
        annotations: BTreeMap<String, String>,
        /// Access modes of the volume claim, such as `ReadWriteOnce`.
        access_modes: Vec<String>,
        /// Size of the volume.
        size: k8s::Quantity,
        /// Labels of the Services to scrape.
        selector: k8s::LabelSelector,
        /// Volume snapshot or claim the new volume is filled from.
        data_source: VolumeDataSource,
        /// An existing PersistentVolumeClaim to use instead of a new one.
        existing_claim: String,
    }
}

values_struct! {
    /// Values under `triggerer.service`.
    #[derive(Default)]
    pub struct TriggererService: builder {
        /// Kind of object.
        #[serde(rename = "type")]
        type_: ServiceType,
        /// Ports of the Service.
        ports: TriggererServicePorts,
        /// Ports on every node (NodePort and LoadBalancer Services); empty lets Kubernetes choose.
        node_ports: TriggererServiceNodePorts,
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
        /// Whether a client sticks to one pod (`ClientIP`).
        session_affinity: SessionAffinity,
        /// Settings of the session affinity.
        session_affinity_config: k8s::SessionAffinityConfig,
    }
}

values_struct! {
    /// Values under `triggerer.service.ports`.
    #[derive(Default)]
    pub struct TriggererServicePorts: builder {
        /// Port that serves task logs.
        logs: i64,
    }
}

values_struct! {
    /// Values under `triggerer.service.nodePorts`.
    #[derive(Default)]
    pub struct TriggererServiceNodePorts: builder {
        /// Port that serves task logs.
        logs: Blank<i64>,
    }
}

values_struct! {
    /// `triggerer.persistence.dataSource`: what a new volume is filled from
    /// (a VolumeSnapshot or another claim); `{}` fills it from nothing.
    #[derive(Default)]
    pub struct VolumeDataSource: builder {
        /// API group of the source (`snapshot.storage.k8s.io` for a snapshot; empty for a claim).
        api_group: String,
        /// Kind of the source, such as `VolumeSnapshot` or `PersistentVolumeClaim`.
        kind: String,
        /// Name of the source.
        name: String,
    }
}
