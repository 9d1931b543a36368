//! The official apache-airflow Helm chart: a typed model of its values.
//!
//! [`Values`] holds every key of every modeled release (1.10.0 to 1.22.0,
//! see [`ChartVersion::ALL`]), each an `Option`
//! that is `None` when the chart's default should apply. Keys that hold
//! Kubernetes objects (resources, affinity, tolerations, volumes, containers,
//! security contexts, …) use the k8s-openapi types. Serialized, the values
//! contain only what was set.
//!
//! Which releases have each key, and what changed about a key between them,
//! is one generated table; the JSON Schema of a release ([`json_schema`])
//! marks the keys of other releases, and it is what [`Values::from_yaml`]
//! checks a document against before it reads it.

mod api_server;
mod cluster;
mod config;
mod dag_processor;
mod dags;
mod database;
mod deprecations;
mod environment;
mod flower;
mod images;
mod ingress;
mod jobs;
mod kerberos;
mod key_table;
mod keys;
mod logs;
mod otel_collector;
mod pod;
mod redis;
mod releases;
mod remote_logging;
mod scheduler;
mod schema;
mod statsd;
mod triggerer;
mod values;
mod version;
mod webserver;
mod workers;

pub use crate::findings::ReadError;
pub use api_server::*;
pub use cluster::*;
pub use config::{Config, ConfigValue};
pub use dag_processor::*;
pub use dags::*;
pub use database::*;
pub use deprecations::{Deprecation, deprecations};
pub use environment::*;
pub use flower::*;
pub use images::*;
pub use ingress::*;
pub use jobs::*;
pub use kerberos::*;
pub(crate) use keys::{has_default, open_upstream};
pub use logs::*;
pub use otel_collector::*;
pub use pod::*;
pub use redis::*;
pub use remote_logging::*;
pub use scheduler::*;
pub(crate) use schema::compiled as compiled_schema;
#[cfg(test)]
pub(crate) use schema::derived_schema;
pub use schema::json_schema;
#[cfg_attr(
    not(any(feature = "bitnami", feature = "community")),
    allow(unused_imports, reason = "the dialects build their schemas with it")
)]
pub(crate) use schema::model_schema;
pub use statsd::*;
pub use triggerer::*;
pub use values::{Values, ValuesBuilder, values_builder};

/// The keys that hold a list of a Kubernetes type as YAML text, which the
/// chart's templates pass through `tpl` (`{{ tpl . $Global }}` in
/// `_helpers.yaml`, the same in every release 1.10.0–1.22.0), with the
/// type's schema definition.
pub(crate) const TPL_LISTS: &[(&str, &str)] = &[
    ("extraEnv", "io.k8s.api.core.v1.EnvVar"),
    ("extraEnvFrom", "io.k8s.api.core.v1.EnvFromSource"),
];
pub use version::{
    AirflowVersion, AirflowVersionError, ChartRelease, ChartVersion, ChartVersionError,
};
pub use webserver::*;
pub use workers::*;

pub(crate) use images::{ImageKeys, tagged_images};
pub(crate) use keys::has_key;
pub(crate) use releases::CustomExecutors;

/// What every model module needs: serde, schemars, the domain types and the
/// other modules' types.
mod prelude {
    pub(super) use std::collections::BTreeMap;

    pub(super) use crate::k8s;

    pub(super) use schemars::JsonSchema;
    pub(super) use serde::{Deserialize, Serialize};

    pub(super) use super::*;
    pub(super) use crate::types::database::SslMode;
    pub(super) use crate::types::executor::Executors;
    pub(super) use crate::types::image::Digest;
    pub(super) use crate::types::nullable::{Nullable, NullableExt, deserialize_some};
    pub(super) use crate::types::secret::SecretValue;
}
