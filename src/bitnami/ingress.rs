//! `ingress`, with the `hosts` list of older chart versions.

use super::prelude::*;

values_struct! {
    /// Values under `ingress`.
    #[derive(Default)]
    pub struct Ingress: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// IngressClass that serves the Ingress.
        ingress_class_name: String,
        /// How the Ingress matches the path.
        path_type: PathType,
        /// Ingress API version to render; empty detects it from the cluster.
        api_version: String,
        /// Main host name of the Ingress.
        hostname: String,
        /// Path of the main host name.
        path: String,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Whether the Ingress serves TLS for `hostname` (from a Secret named after it).
        tls: bool,
        /// Whether the chart generates a self-signed certificate for the Ingress.
        self_signed: bool,
        /// More host names the Ingress serves.
        extra_hosts: Vec<IngressExtraHost>,
        /// More paths under the main host name.
        extra_paths: Vec<k8s::HTTPIngressPath>,
        /// More TLS entries of the Ingress.
        extra_tls: Vec<k8s::IngressTLS>,
        /// Certificates the chart stores in TLS Secrets for the Ingress.
        secrets: Vec<IngressSecret>,
        /// More rules of the Ingress, as written.
        extra_rules: Vec<k8s::IngressRule>,
        /// Host names of the Ingress, as older chart versions took them; now `hostname` and `extraHosts`.
        hosts: LegacyIngressHosts,
    }
}

values_struct! {
    /// One entry of `ingress.extraHosts`.
    #[derive(Default)]
    pub struct IngressExtraHost: builder {
        /// Host name.
        name: String,
        /// Path under the host.
        path: String,
    }
}

values_struct! {
    /// One entry of `ingress.secrets`: a certificate the chart stores in a TLS Secret.
    #[derive(Default)]
    pub struct IngressSecret: builder {
        /// Name of the Secret.
        name: String,
        /// Certificate in PEM.
        certificate: String,
        /// Private key in PEM.
        key: SecretValue,
    }
}

values_struct! {
    /// One host of the legacy `ingress.hosts`.
    #[derive(Default)]
    pub struct LegacyIngressHost: builder {
        /// Host name.
        name: String,
        /// Path under the host.
        path: String,
        /// Whether the host is served over TLS.
        tls: bool,
        /// TLS Secret of the host.
        tls_secret: String,
    }
}

/// `ingress.hosts` of older chart versions (legacy; now `ingress.hostname`
/// and `ingress.extraHosts`): a list of hosts, or one host written as a map,
/// as some guides (seed 001) do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum LegacyIngressHosts {
    /// `hosts: [{name, path}, …]`.
    List(Vec<LegacyIngressHost>),
    /// `hosts: {name, path}`.
    One(LegacyIngressHost),
}

impl LegacyIngressHosts {
    /// The hosts, whichever way they were written.
    pub fn hosts(&self) -> &[LegacyIngressHost] {
        match self {
            LegacyIngressHosts::List(hosts) => hosts,
            LegacyIngressHosts::One(host) => std::slice::from_ref(host),
        }
    }
}
