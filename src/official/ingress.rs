//! `ingress`: Ingress objects for the web UI / API server and Flower.

use super::prelude::*;

/// How an Ingress path matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum PathType {
    /// Exactly this path.
    Exact,
    /// This path and everything below it, by path segment.
    Prefix,
    /// Whatever the ingress controller makes of it.
    ImplementationSpecific,
}

/// One entry of `hosts`: the object form, or the deprecated bare host name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum IngressHost {
    /// `{ name, tls }`.
    Host(IngressHostSpec),
    /// A bare host name (deprecated by the chart).
    Name(String),
}

impl IngressHost {
    /// A host with TLS from a Secret holding its certificate.
    ///
    /// ```
    /// use airflow_values::official::IngressHost;
    ///
    /// let host = IngressHost::with_tls("airflow.example.com", "airflow-tls");
    /// assert_eq!(host.name(), "airflow.example.com");
    /// ```
    pub fn with_tls(name: impl Into<String>, secret_name: impl Into<String>) -> Self {
        IngressHost::Host(IngressHostSpec {
            name: name.into(),
            tls: Some(IngressTls {
                enabled: Some(true),
                secret_name: Some(secret_name.into()),
            }),
        })
    }

    /// The host name.
    pub fn name(&self) -> &str {
        match self {
            IngressHost::Host(h) => &h.name,
            IngressHost::Name(n) => n,
        }
    }
}

/// A host of an Ingress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct IngressHostSpec {
    /// Host name.
    #[builder(into)]
    pub name: String,
    /// TLS for this host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<IngressTls>,
}

values_struct! {
    /// Values under `ingress`.
    #[derive(Default)]
    pub struct Ingress: builder {
        /// Whether the chart deploys every Ingress (deprecated: use `web.enabled`, `flower.enabled` and, where the release has it, `apiServer.enabled`).
        enabled: null bool,
        /// Ingress of the Airflow 3 API server.
        api_server: IngressComponent,
        /// Ingress of the Airflow 2 webserver.
        web: IngressComponent,
        /// Ingress of Flower.
        flower: FlowerIngress,
        /// Ingress of the StatsD exporter's `/metrics` endpoint.
        statsd: StatsdIngress,
        /// Ingress of the PgBouncer exporter's `/metrics` endpoint.
        pgbouncer: StatsdIngress,
    }
}

values_struct! {
    /// Values under `ingress.apiServer`, `ingress.web`.
    #[derive(Default)]
    pub struct IngressComponent: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// URL path.
        path: String,
        /// How the path is matched.
        path_type: PathType,
        /// Host name or address (deprecated: use `hosts`).
        host: String,
        /// Host names served.
        hosts: Vec<IngressHost>,
        /// IngressClass that serves the Ingress.
        ingress_class_name: String,
        /// TLS of the Ingress (deprecated: use `hosts[*].tls`, on each entry of `hosts`).
        tls: IngressTls,
        /// HTTP paths put in the Ingress rule before the chart's own path.
        preceding_paths: Vec<serde_json::Value>,
        /// HTTP paths put in the Ingress rule after the chart's own path.
        succeeding_paths: Vec<serde_json::Value>,
    }
}

values_struct! {
    /// Values under `ingress.flower`.
    #[derive(Default)]
    pub struct FlowerIngress {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// URL path.
        path: String,
        /// How the path is matched.
        path_type: PathType,
        /// Host name or address (deprecated: use `hosts`).
        host: String,
        /// Host names served.
        hosts: Vec<IngressHost>,
        /// IngressClass that serves the Ingress.
        ingress_class_name: String,
        /// TLS of the Ingress (deprecated: use `hosts[*].tls`, on each entry of `hosts`).
        tls: IngressTls,
    }
}

values_struct! {
    /// Values under `ingress.statsd`, `ingress.pgbouncer`.
    #[derive(Default)]
    pub struct StatsdIngress {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// URL path.
        path: String,
        /// How the path is matched.
        path_type: PathType,
        /// Host name or address (deprecated: use `hosts`).
        host: String,
        /// Host names served.
        hosts: Vec<IngressHost>,
        /// IngressClass that serves the Ingress.
        ingress_class_name: String,
    }
}

values_struct! {
    /// Values under `ingress.apiServer.tls`, `ingress.web.tls`, `ingress.flower.tls`.
    #[derive(Default)]
    pub struct IngressTls: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Name of the Kubernetes Secret.
        secret_name: String,
    }
}
