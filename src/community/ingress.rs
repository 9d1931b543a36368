//! `ingress`: Ingress objects of the web UI and Flower.

use super::prelude::*;

values_struct! {
    /// `ingress`.
    #[derive(Default)]
    pub struct Ingress: builder {
        /// Whether the chart creates the Ingress objects.
        enabled: bool,
        /// API version of the objects.
        api_version: String,
        /// The web UI's Ingress.
        web: IngressComponent,
        /// Flower's Ingress.
        flower: IngressComponent,
    }
}

values_struct! {
    /// `ingress.web` and `ingress.flower`.
    #[derive(Default)]
    pub struct IngressComponent: builder {
        /// Annotations of the object.
        annotations: BTreeMap<String, String>,
        /// Labels of the object.
        labels: BTreeMap<String, String>,
        /// URL path the UI is served under (also sets Airflow's base URL).
        path: String,
        /// Host name.
        host: String,
        /// IngressClass.
        ingress_class_name: String,
        /// TLS.
        tls: IngressTls,
        /// Paths placed before the UI's path.
        preceding_paths: Vec<IngressPath>,
        /// Paths placed after the UI's path.
        succeeding_paths: Vec<IngressPath>,
    }
}

values_struct! {
    /// `ingress.*.tls`.
    #[derive(Default)]
    pub struct IngressTls: builder {
        /// Whether the Ingress serves TLS.
        enabled: bool,
        /// Existing Secret with the certificate.
        secret_name: String,
    }
}

values_struct! {
    /// An extra path of an Ingress.
    pub struct IngressPath {
        /// URL path.
        path: String,
        /// Service the path goes to.
        service_name: String,
        /// Port of that Service, by name or number.
        service_port: k8s::IntOrString,
        /// Path type.
        path_type: String,
    }
}
