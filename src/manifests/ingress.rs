//! A networking.k8s.io/v1 Ingress for the web UI, for setups where the
//! Ingress is not made by the chart (seed 000).
//!
//! Seed 000 wrote `extensions/v1beta1`, which Kubernetes 1.22 removed; in v1
//! the backend is `service.name`/`service.port.number`, `pathType` is
//! required, and the class is `spec.ingressClassName` rather than the
//! `kubernetes.io/ingress.class` annotation.

use std::collections::BTreeMap;

use k8s_openapi::api::networking::v1::{
    HTTPIngressPath, HTTPIngressRuleValue, Ingress, IngressBackend, IngressRule,
    IngressServiceBackend, IngressSpec, IngressTLS, ServiceBackendPort,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::plan::{IngressPlan, Plan};

/// The annotation that asks cert-manager for a certificate from a ClusterIssuer.
pub const CLUSTER_ISSUER_ANNOTATION: &str = "cert-manager.io/cluster-issuer";

/// The Ingress `RELEASE-ingress`: every path of the host to the web UI's
/// Service ([`Plan::web_service`]), TLS from the plan's ClusterIssuer.
#[must_use]
pub fn ingress(plan: &Plan, entry: &IngressPlan) -> Ingress {
    let (service, port) = plan.web_service();
    Ingress {
        metadata: ObjectMeta {
            name: Some(format!("{}-ingress", plan.release())),
            namespace: Some(plan.namespace().to_owned()),
            annotations: Some(BTreeMap::from([(
                CLUSTER_ISSUER_ANNOTATION.to_owned(),
                entry.issuer.as_str().to_owned(),
            )])),
            ..ObjectMeta::default()
        },
        spec: Some(IngressSpec {
            ingress_class_name: Some(entry.class.clone()),
            tls: Some(vec![IngressTLS {
                hosts: Some(vec![entry.host.clone()]),
                secret_name: Some(entry.tls_secret.as_str().to_owned()),
            }]),
            rules: Some(vec![IngressRule {
                host: Some(entry.host.clone()),
                http: Some(HTTPIngressRuleValue {
                    paths: vec![HTTPIngressPath {
                        path: Some("/".to_owned()),
                        path_type: "Prefix".to_owned(),
                        backend: IngressBackend {
                            service: Some(IngressServiceBackend {
                                name: service,
                                port: Some(ServiceBackendPort {
                                    number: Some(port),
                                    ..ServiceBackendPort::default()
                                }),
                            }),
                            ..IngressBackend::default()
                        },
                    }],
                }),
            }]),
            ..IngressSpec::default()
        }),
        ..Ingress::default()
    }
}
