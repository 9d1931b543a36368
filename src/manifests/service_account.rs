//! The Namespace, and the ServiceAccount that Azure workload identity
//! federates with a managed identity.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{Namespace, ServiceAccount};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::plan::Plan;

/// Annotation naming the managed identity's client id.
pub const CLIENT_ID_ANNOTATION: &str = "azure.workload.identity/client-id";
/// Annotation naming the identity's tenant.
pub const TENANT_ID_ANNOTATION: &str = "azure.workload.identity/tenant-id";

/// The plan's namespace.
#[must_use]
pub fn namespace(plan: &Plan) -> Namespace {
    Namespace {
        metadata: ObjectMeta {
            name: Some(plan.namespace().to_owned()),
            ..ObjectMeta::default()
        },
        ..Namespace::default()
    }
}

/// The workload-identity ServiceAccount, annotated with the identity's
/// client and tenant ids. Its subject, `system:serviceaccount:NAMESPACE:NAME`,
/// is what the federated credential of the identity must name.
#[must_use]
pub fn service_account(plan: &Plan) -> ServiceAccount {
    ServiceAccount {
        metadata: ObjectMeta {
            name: Some(plan.service_account().to_owned()),
            namespace: Some(plan.namespace().to_owned()),
            annotations: Some(BTreeMap::from([
                (
                    CLIENT_ID_ANNOTATION.to_owned(),
                    plan.identity().client_id.clone(),
                ),
                (
                    TENANT_ID_ANNOTATION.to_owned(),
                    plan.identity().tenant_id.clone(),
                ),
            ])),
            ..ObjectMeta::default()
        },
        ..ServiceAccount::default()
    }
}
