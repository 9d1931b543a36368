//! Cluster-wide objects: RBAC, the service account, monitoring, extra
//! manifests, and the legacy registry credentials.

use super::prelude::*;

values_struct! {
    /// `rbac`.
    #[derive(Default)]
    pub struct Rbac {
        /// Whether the chart creates Roles and RoleBindings.
        create: bool,
        /// Whether the Role may read events.
        events: bool,
        /// Whether the Role may read Secrets.
        secrets: bool,
    }
}

values_struct! {
    /// `serviceAccount`.
    #[derive(Default)]
    pub struct ServiceAccount: builder {
        /// Whether the chart creates it.
        create: bool,
        /// Its name; empty derives one.
        name: String,
        /// Annotations, such as a workload identity.
        annotations: BTreeMap<String, String>,
    }
}

values_struct! {
    /// `serviceMonitor`: a Prometheus Operator ServiceMonitor.
    #[derive(Default)]
    pub struct ServiceMonitor {
        /// Whether the chart creates it.
        enabled: bool,
        /// Labels the Prometheus instance selects.
        selector: BTreeMap<String, String>,
        /// Metrics path.
        path: String,
        /// Scrape interval.
        interval: String,
    }
}

values_struct! {
    /// `prometheusRule`: a Prometheus Operator PrometheusRule.
    #[derive(Default)]
    pub struct PrometheusRule {
        /// Whether the chart creates it.
        enabled: bool,
        /// Labels of the object.
        additional_labels: BTreeMap<String, String>,
        /// Rule groups, as the PrometheusRule spec has them.
        groups: Vec<serde_json::Value>,
    }
}

values_struct! {
    /// Legacy `imageCredentials` (early community chart): registry
    /// credentials the chart turned into a pull Secret. 8.x takes an existing
    /// Secret in `airflow.image.pullSecret`.
    #[derive(Default)]
    pub struct ImageCredentials: builder {
        /// Registry host.
        registry: String,
        /// User name.
        username: String,
        /// Password.
        password: SecretValue,
        /// E-mail address.
        email: String,
    }
}
