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
mod triggerer;
mod values;
mod web;
mod worker;

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
pub use scheduler::*;
pub use schema::json_schema;
pub use service::*;
pub use setup_db_job::*;
pub use triggerer::*;
pub use values::{ReadError, Values};
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
