//! The airflow-helm community chart (chart 8.9.0): a typed model of its values.
//!
//! [`Values`] holds every key of the chart's values.yaml, each an `Option`
//! that is `None` when the chart's default should apply, plus the keys of the
//! older 7.x chart (and of the `stable/airflow` chart it grew out of) that
//! real values files still carry, such as `airflow.sqlalchemy_connection`,
//! `imageCredentials` and `persistence.fileStorage`. Those legacy keys are
//! typed so that [`RULES`] can name the 8.x key that replaces each one and
//! [`crate::migrate::from_community`] can carry them over to the official
//! chart.
//!
//! ```
//! use airflow_values::check::Profile;
//! use airflow_values::community::Values;
//!
//! let values = Values::from_yaml("airflow:\n  executor: KubernetesExecutor\n")?;
//! // No fernet key: the one published in the chart's values.yaml applies.
//! assert_eq!(values.validate(Profile::Default).with_code("AV1202".parse()?).count(), 1);
//! assert_eq!(values.to_yaml()?, "airflow:\n  executor: KubernetesExecutor\n");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

/// The keys every component of the community chart (scheduler, web,
/// workers, triggerer, flower) has for its pods: resources, placement,
/// security context, labels, annotations and the disruption budget. A field
/// group of `values_struct!` (`..community_pod_fields`).
macro_rules! community_pod_fields {
    (@field $kind:ident $head:tt [$($done:tt)*] $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*]
            /// Resources.
            resources: k8s::ResourceRequirements,
            /// Node labels the pods must match.
            node_selector: BTreeMap<String, String>,
            /// Affinity of the pods.
            affinity: k8s::Affinity,
            /// Tolerations of the pods.
            tolerations: Vec<k8s::Toleration>,
            /// Topology spread of the pods.
            topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
            /// Pod security context.
            security_context: k8s::PodSecurityContext,
            /// Labels of the object.
            labels: BTreeMap<String, String>,
            /// Labels of the pods.
            pod_labels: BTreeMap<String, String>,
            /// Annotations of the object.
            annotations: BTreeMap<String, String>,
            /// Annotations of the pods.
            pod_annotations: BTreeMap<String, String>,
            /// Whether the cluster autoscaler may evict the pods.
            safe_to_evict: bool,
            /// PodDisruptionBudget.
            pod_disruption_budget: PodDisruptionBudget,
            $($rest)*);
    };
}

/// The keys every component of the community chart has for adding to its
/// pods: pip packages, containers, init containers, volumes and mounts. A
/// field group of `values_struct!` (`..community_extra_fields`).
macro_rules! community_extra_fields {
    (@field $kind:ident $head:tt [$($done:tt)*] $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*]
            /// pip packages installed at start.
            extra_pip_packages: Vec<String>,
            /// Sidecars.
            extra_containers: Vec<k8s::Container>,
            /// Init containers.
            extra_init_containers: Vec<k8s::Container>,
            /// Volume mounts of the main container.
            extra_volume_mounts: Vec<k8s::VolumeMount>,
            /// Volumes.
            extra_volumes: Vec<k8s::Volume>,
            $($rest)*);
    };
}

mod airflow;
mod cluster;
mod components;
mod connection;
mod dags;
mod database;
mod ingress;
pub(crate) mod rules;
mod schema;
mod values;

pub use crate::findings::ReadError;
pub use airflow::*;
pub use cluster::*;
pub use components::*;
pub use connection::LegacyConnection;
pub use dags::*;
pub use database::*;
pub use ingress::*;
pub use rules::RULES;
pub(crate) use rules::template::{
    COMMUNITY as TEMPLATE_CHECKS, explanations as template_explanations,
};
#[cfg(test)]
pub(crate) use schema::derived_schema;
pub use schema::json_schema;
pub use values::Values;

/// The version of the airflow-helm community chart this model follows.
pub const CHART_VERSION: &str = "8.9.0";

/// The name `check --chart` knows this chart by.
pub const CHART_NAME: &str = "airflow-helm";

/// What every model module needs: serde, schemars, the domain types and the
/// other modules' types.
mod prelude {
    pub(super) use std::collections::BTreeMap;

    pub(super) use crate::k8s;

    pub(super) use schemars::JsonSchema;
    pub(super) use serde::{Deserialize, Serialize};

    pub(super) use super::*;
    pub(super) use crate::official::{AccessMode, PullPolicy, ServiceType};
    pub(super) use crate::types::database::SslMode;
    pub(super) use crate::types::nullable::{Nullable, deserialize_some};
    pub(super) use crate::types::secret::SecretValue;
}
