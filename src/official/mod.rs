//! The official apache-airflow Helm chart: a typed model of its values.
//!
//! [`Values`] holds the keys of the chart that this crate models, each an
//! `Option` that is `None` when the chart's default should apply. Serialized,
//! it contains only what was set, in the order of the chart's `values.yaml`.

mod components;
mod config;
mod dags;
mod database;
mod images;
mod ingress;
mod logs;
mod values;
mod version;

pub use components::{
    ApiServer, Component, CreateUserJob, DefaultUser, LogGroomerSidecar, ServiceAccount, Webserver,
};
pub use config::{Config, ConfigValue};
pub use dags::{AccessMode, DagPersistence, Dags, GitSync};
pub use database::{
    Data, MetadataConnectionValues, MetricsExporterSidecar, Pgbouncer, PgbouncerSsl, Postgresql,
    Protocol,
};
pub use images::{AirflowImage, Image, Images, PullPolicy};
pub use ingress::{Ingress, IngressComponent, IngressHost, IngressHostSpec, IngressTls, PathType};
pub use logs::{LogPersistence, Logs};
pub use values::{EnvVar, Values};
pub use version::{AirflowVersion, AirflowVersionError, ChartVersion, ChartVersionError};

pub(crate) use images::tagged_images;
