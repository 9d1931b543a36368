//! `ingress`: Ingress objects for the web UI / API server and Flower.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// `ingress`: one Ingress per exposed component.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Ingress {
    /// Deprecated switch for every Ingress at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The API server's Ingress (chart 1.16.0 and later, Airflow 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_server: Option<IngressComponent>,
    /// The webserver's Ingress (Airflow 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<IngressComponent>,
    /// Flower's Ingress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flower: Option<IngressComponent>,
}

/// How an Ingress path matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum PathType {
    /// Exactly this path.
    Exact,
    /// This path and everything below it, by path segment.
    Prefix,
    /// Whatever the ingress controller makes of it.
    ImplementationSpecific,
}

/// The Ingress of one component.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct IngressComponent {
    /// Create this Ingress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Annotations, such as a cert-manager issuer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// URL path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub path: Option<String>,
    /// How the path matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_type: Option<PathType>,
    /// Host names, each with its own TLS settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<IngressHost>>,
    /// The IngressClass that serves this Ingress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub ingress_class_name: Option<String>,
}

/// One entry of `hosts`: the object form, or the deprecated bare host name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bon::Builder)]
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

/// TLS settings of an Ingress host.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct IngressTls {
    /// Terminate TLS for this host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Secret holding the certificate and key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub secret_name: Option<String>,
}
