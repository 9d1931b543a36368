//! The Kubernetes types the values models use, under one name.
//!
//! Model modules write every Kubernetes-shaped key as `k8s::Type`
//! (`k8s::Affinity`, `Vec<k8s::Toleration>`, `k8s::IntOrString`), whatever
//! API group the type comes from. One spelling lets the model's field macro
//! recognise these fields.

pub(crate) use k8s_openapi::api::apps::v1::DeploymentStrategy;
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::api::apps::v1::StatefulSetUpdateStrategy;
pub(crate) use k8s_openapi::api::autoscaling::v2::{HorizontalPodAutoscalerBehavior, MetricSpec};
pub(crate) use k8s_openapi::api::core::v1::*;
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::api::networking::v1::{HTTPIngressPath, IngressRule, IngressTLS};
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::api::networking::v1::{
    NetworkPolicyEgressRule, NetworkPolicyIngressRule,
};
pub(crate) use k8s_openapi::api::networking::v1::{NetworkPolicyPeer, NetworkPolicyPort};
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::api::rbac::v1::PolicyRule;
pub(crate) use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;
pub(crate) use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
