//! `metrics`: the StatsD exporter.

use super::prelude::*;

values_struct! {
    /// Values under `metrics`.
    #[derive(Default)]
    pub struct Metrics: builder {
        /// Whether a StatsD exporter turns Airflow's metrics into Prometheus metrics.
        enabled: bool,
        /// The StatsD exporter image.
        image: Image,
        /// StatsD mapping configuration of the exporter.
        configuration: String,
        /// Existing ConfigMap to use instead of the one the chart renders.
        existing_configmap: String,
        /// Ports of the exporter container.
        container_ports: MetricsPorts,
        /// Named size of the requests and limits; ignored when `resources` is set.
        resources_preset: ResourcesPreset,
        /// CPU and memory requests and limits; when set, `resourcesPreset` is ignored.
        resources: k8s::ResourceRequirements,
        /// Security context of the pods.
        pod_security_context: PodSecurityContext,
        /// Security context of the container.
        container_security_context: ContainerSecurityContext,
        /// Liveness probe.
        liveness_probe: ProbeSettings,
        /// Readiness probe.
        readiness_probe: ProbeSettings,
        /// Startup probe.
        startup_probe: ProbeSettings,
        /// Liveness probe that replaces the chart's.
        custom_liveness_probe: k8s::Probe,
        /// Readiness probe that replaces the chart's.
        custom_readiness_probe: k8s::Probe,
        /// Startup probe that replaces the chart's.
        custom_startup_probe: k8s::Probe,
        /// postStart/preStop hooks of the main container.
        lifecycle_hooks: k8s::Lifecycle,
        /// Whether the ServiceAccount token is mounted into the pods.
        automount_service_account_token: bool,
        /// Entries added to the pods' `/etc/hosts`.
        host_aliases: Vec<k8s::HostAlias>,
        /// Labels added to the pods.
        pod_labels: BTreeMap<String, String>,
        /// Annotations added to the pods.
        pod_annotations: BTreeMap<String, String>,
        /// Topology key of the affinity presets; empty uses `kubernetes.io/hostname`.
        topology_key: String,
        /// Pod affinity preset: `soft` or `hard`; ignored when `affinity` is set.
        pod_affinity_preset: AffinityPreset,
        /// Pod anti-affinity preset: `soft` or `hard`; ignored when `affinity` is set.
        pod_anti_affinity_preset: AffinityPreset,
        /// Node affinity preset; ignored when `affinity` is set.
        node_affinity_preset: NodeAffinityPreset,
        /// Scheduling affinity of the pods; replaces the presets when set.
        affinity: k8s::Affinity,
        /// Node labels the pods must match.
        node_selector: BTreeMap<String, String>,
        /// PriorityClass of the pods.
        priority_class_name: String,
        /// Taints the pods tolerate.
        tolerations: Vec<k8s::Toleration>,
        /// How the pods spread across zones or nodes.
        topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
        /// Kubernetes scheduler that places the pods.
        scheduler_name: String,
        /// Seconds a pod gets to stop before it is killed; empty keeps the Kubernetes default.
        termination_grace_period_seconds: Blank<i64>,
        /// More volumes of the pods.
        extra_volumes: Vec<k8s::Volume>,
        /// More volume mounts of the main container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// The Service of the exporter.
        service: MetricsService,
        /// The Prometheus Operator ServiceMonitor.
        service_monitor: MetricsServiceMonitor,
        /// The NetworkPolicy of the pods.
        network_policy: NetworkPolicy,
    }
}

values_struct! {
    /// Values under `metrics.containerPorts`, `metrics.service.ports`.
    #[derive(Default)]
    pub struct MetricsPorts: builder {
        /// Port that receives StatsD metrics.
        ingest: i64,
        /// Port that serves Prometheus metrics.
        metrics: i64,
    }
}

values_struct! {
    /// Values under `metrics.service`.
    #[derive(Default)]
    pub struct MetricsService: builder {
        /// Ports of the Service.
        ports: MetricsPorts,
        /// Fixed cluster IP of the Service; empty lets Kubernetes choose.
        #[serde(rename = "clusterIP")]
        cluster_ip: String,
        /// Whether a client sticks to one pod (`ClientIP`).
        session_affinity: SessionAffinity,
        /// Annotations of the Service (Prometheus scrape hints by default).
        annotations: BTreeMap<String, String>,
    }
}

values_struct! {
    /// Values under `metrics.serviceMonitor`.
    #[derive(Default)]
    pub struct MetricsServiceMonitor: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Namespace the object is created in; empty uses the release's.
        namespace: String,
        /// Interval between scrapes, such as `30s`; empty uses Prometheus' default.
        interval: String,
        /// Timeout of a scrape; empty uses Prometheus' default.
        scrape_timeout: String,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// Labels of the Services to scrape.
        selector: BTreeMap<String, String>,
        /// Relabelings applied to the target before it is scraped.
        relabelings: Vec<serde_json::Value>,
        /// Relabelings applied to the samples before they are stored.
        metric_relabelings: Vec<serde_json::Value>,
        /// Whether the scraped metrics' labels win over the server's.
        honor_labels: bool,
        /// Label of the target Service that names the scrape job.
        job_label: String,
    }
}
