//! cert-manager's `ClusterIssuer` for certificates from an ACME server (Let's
//! Encrypt), solved over HTTP through the ingress class.
//!
//! A custom resource: the struct holds the fields written here, with
//! k8s-openapi's `ObjectMeta`. Seed 000 wrote `certmanager.k8s.io/v1alpha1`
//! with a bare `http01: {}`; cert-manager serves `cert-manager.io/v1` since
//! 1.0, with the solver under `solvers`.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::{Deserialize, Serialize};

use crate::plan::IngressPlan;

/// The API version of a [`ClusterIssuer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum CertManagerApiVersion {
    /// `cert-manager.io/v1`.
    #[default]
    #[serde(rename = "cert-manager.io/v1")]
    V1,
}

/// The `kind` of a [`ClusterIssuer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ClusterIssuerKind {
    /// `ClusterIssuer`.
    #[default]
    ClusterIssuer,
}

/// A cluster-scoped certificate issuer.
#[derive(bon::Builder, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ClusterIssuer {
    /// `cert-manager.io/v1`.
    #[builder(default)]
    pub api_version: CertManagerApiVersion,
    /// Always `ClusterIssuer`.
    #[builder(default)]
    pub kind: ClusterIssuerKind,
    /// Name (no namespace: the object is cluster-scoped).
    pub metadata: ObjectMeta,
    /// The ACME account and solver.
    pub spec: ClusterIssuerSpec,
}

/// `spec` of a [`ClusterIssuer`].
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct ClusterIssuerSpec {
    /// An ACME issuer.
    pub acme: Acme,
}

/// `spec.acme`.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Acme {
    /// The directory URL.
    pub server: String,
    /// Contact address of the account.
    pub email: String,
    /// The Secret the account key is kept in.
    pub private_key_secret_ref: SecretKeySelector,
    /// How challenges are solved.
    pub solvers: Vec<AcmeSolver>,
}

/// A Secret by name.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct SecretKeySelector {
    /// The Secret's name.
    pub name: String,
}

/// One solver.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct AcmeSolver {
    /// HTTP-01: the challenge is served through an Ingress.
    pub http01: Http01,
}

/// `http01`.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Http01 {
    /// The Ingress that serves the challenge.
    pub ingress: Http01Ingress,
}

/// `http01.ingress`.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Http01Ingress {
    /// The ingress class of the challenge Ingress.
    pub ingress_class_name: String,
}

/// The plan's ClusterIssuer: the ACME server, its account Secret named after
/// the issuer, and an http01 solver through the plan's ingress class.
#[must_use]
pub fn cluster_issuer(ingress: &IngressPlan) -> ClusterIssuer {
    ClusterIssuer {
        api_version: CertManagerApiVersion::V1,
        kind: ClusterIssuerKind::ClusterIssuer,
        metadata: ObjectMeta {
            name: Some(ingress.issuer.as_str().to_owned()),
            ..ObjectMeta::default()
        },
        spec: ClusterIssuerSpec {
            acme: Acme {
                server: ingress.acme_server.clone(),
                email: ingress.acme_email.clone(),
                private_key_secret_ref: SecretKeySelector {
                    name: ingress.issuer.as_str().to_owned(),
                },
                solvers: vec![AcmeSolver {
                    http01: Http01 {
                        ingress: Http01Ingress {
                            ingress_class_name: ingress.class.clone(),
                        },
                    },
                }],
            },
        },
    }
}
