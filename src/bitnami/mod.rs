//! The Bitnami airflow Helm chart (`bitnami/airflow`) as a dialect: a typed
//! model of its values, its own rules, and its JSON Schema.
//!
//! [`Values`] holds every key of chart [`CHART_VERSION`]'s values.yaml, plus
//! the keys of older chart versions that real values files still carry
//! (`git.dags.repositories`, `ingress.hosts`, `auth.forcePassword`, the
//! PostgreSQL subchart's `postgresqlPassword`, …), each documented as legacy
//! with the key that replaced it. The rules ([`RULES`], codes `AV11xx`)
//! report those, and [`crate::migrate::from_bitnami`] carries them over to
//! the official chart.
//!
//! ```
//! use airflow_values::bitnami::Values;
//! use airflow_values::check::Profile;
//!
//! let values = Values::from_yaml("auth:\n  existingSecret: airflow-auth\n")?;
//! assert_eq!(values.to_yaml()?, "auth:\n  existingSecret: airflow-auth\n");
//! assert!(!values.validate(Profile::Production).has_errors());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

/// The keys every Bitnami component (web, scheduler, dag processor,
/// triggerer, worker) has for its pods: environment, probes, resources,
/// security contexts, scheduling and shutdown. A field group of
/// `values_struct!` (`..bitnami_pod_fields`).
macro_rules! bitnami_pod_fields {
    (@field $kind:ident $head:tt [$($done:tt)*] $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*]
            /// Liveness probe.
            liveness_probe: ProbeSettings,
            /// Readiness probe.
            readiness_probe: ProbeSettings,
            /// Startup probe.
            startup_probe: ProbeSettings,
            /// Liveness probe that replaces the chart's.
            custom_liveness_probe: k8s::Probe,
            /// Readiness probe that replaces the chart's.
            custom_readiness_probe: k8s::Probe,
            /// Startup probe that replaces the chart's.
            custom_startup_probe: k8s::Probe,
            /// Named size of the requests and limits; ignored when `resources` is set.
            resources_preset: ResourcesPreset,
            /// CPU and memory requests and limits; when set, `resourcesPreset` is ignored.
            resources: k8s::ResourceRequirements,
            /// Security context of the pods.
            pod_security_context: PodSecurityContext,
            /// Security context of the container.
            container_security_context: ContainerSecurityContext,
            /// postStart/preStop hooks of the main container.
            lifecycle_hooks: k8s::Lifecycle,
            /// Whether the ServiceAccount token is mounted into the pods.
            automount_service_account_token: bool,
            /// Entries added to the pods' `/etc/hosts`.
            host_aliases: Vec<k8s::HostAlias>,
            /// Labels added to the pods.
            pod_labels: BTreeMap<String, String>,
            /// Annotations added to the pods.
            pod_annotations: BTreeMap<String, String>,
            /// Topology key of the affinity presets; empty uses `kubernetes.io/hostname`.
            topology_key: String,
            /// Scheduling affinity of the pods; replaces the presets when set.
            affinity: k8s::Affinity,
            /// Node affinity preset; ignored when `affinity` is set.
            node_affinity_preset: NodeAffinityPreset,
            /// Node labels the pods must match.
            node_selector: BTreeMap<String, String>,
            /// Pod affinity preset: `soft` or `hard`; ignored when `affinity` is set.
            pod_affinity_preset: AffinityPreset,
            /// Pod anti-affinity preset: `soft` or `hard`; ignored when `affinity` is set.
            pod_anti_affinity_preset: AffinityPreset,
            /// Taints the pods tolerate.
            tolerations: Vec<k8s::Toleration>,
            /// How the pods spread across zones or nodes.
            topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
            /// PriorityClass of the pods.
            priority_class_name: String,
            /// Kubernetes scheduler that places the pods.
            scheduler_name: String,
            /// Seconds a pod gets to stop before it is killed; empty keeps the Kubernetes default.
            termination_grace_period_seconds: Blank<i64>,
            $($rest)*);
    };
}

mod auth;
mod blank;
mod dag_processor;
mod dags;
mod database;
mod ingress;
mod metrics;
mod pod;
mod redis;
pub(crate) mod rules;
mod scheduler;
mod schema;
mod service;
mod setup_db_job;
pub(crate) mod tpl_keys;
mod triggerer;
mod values;
mod web;
mod worker;

pub use crate::findings::ReadError;
pub use auth::*;
pub use blank::Blank;
pub use dag_processor::*;
pub use dags::*;
pub use database::*;
pub use ingress::*;
pub use metrics::*;
pub use pod::*;
pub use redis::*;
pub use rules::RULES;
pub(crate) use rules::template::{
    BITNAMI as TEMPLATE_CHECKS, explanations as template_explanations,
};
pub use scheduler::*;
#[cfg(test)]
pub(crate) use schema::derived_schema;
pub use schema::json_schema;
pub use service::*;
pub use setup_db_job::*;
pub use triggerer::*;
pub use values::Values;
pub use web::*;
pub use worker::*;

/// The version of the Bitnami chart whose values.yaml the model follows.
pub const CHART_VERSION: &str = "25.0.4";

/// The name this dialect goes by (`check --chart bitnami-airflow`).
pub const CHART_NAME: &str = "bitnami-airflow";

/// What every model module needs: serde, schemars, the domain types and the
/// other modules' types.
mod prelude {
    pub(super) use std::collections::BTreeMap;

    pub(super) use crate::k8s;

    pub(super) use schemars::JsonSchema;
    pub(super) use serde::{Deserialize, Serialize};

    pub(super) use super::*;
    pub(super) use crate::official::{
        Config, ImagePullSecret, PathType, PodManagementPolicy, PullPolicy, ServiceType,
    };
    pub(super) use crate::types::executor::Executors;
    pub(super) use crate::types::image::{Digest, ImageRef};
    pub(super) use crate::types::nullable::{Nullable, deserialize_some};
    pub(super) use crate::types::secret::SecretValue;
}
