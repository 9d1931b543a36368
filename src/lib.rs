//! Typed Helm values for Apache Airflow.
//!
//! This crate models the values of the official `apache-airflow` Helm chart
//! (every release from 1.10.0 to 1.22.0) as Rust types, so that wrong values fail
//! to compile, or fail [`Values::validate`](official::Values::validate), instead
//! of failing `helm install`. It is used three ways:
//!
//! 1. to generate a values file: `cargo run --example aks-production > values.yaml`
//!    prints a hardened deployment for Azure Kubernetes Service built with
//!    [`presets::AksProduction`];
//! 2. as a library in deploy tools: build values with the builders, or read a
//!    values file with [`official::Values::from_yaml`], validate, and write
//!    them with [`official::Values::to_yaml`];
//! 3. to check values files in CI (the `airflow-values` command).
//!
//! ```
//! use airflow_values::check::Profile;
//! use airflow_values::official::{ChartVersion, Dags, GitSync, Postgresql, Values};
//! use airflow_values::types::executor::{Executor, Executors};
//! use airflow_values::types::git::{GitAuth, GitRef, KnownHosts};
//! use airflow_values::types::SecretName;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let known_hosts = KnownHosts::parse(
//!     "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
//! )?;
//! let values = Values::builder()
//!     .chart_version(ChartVersion::V1_15_0)
//!     .executor(Executors::single(Executor::Kubernetes))
//!     .fernet_key_secret_name(SecretName::parse("airflow-fernet-key")?)
//!     .postgresql(Postgresql::builder().enabled(false).build())
//!     .dags(
//!         Dags::builder()
//!             .git_sync(GitSync::from_source(
//!                 &"git@github.com:acme/dags.git".parse()?,
//!                 &GitRef::branch("main")?,
//!                 &GitAuth::Ssh {
//!                     key_secret: "airflow-git-ssh".parse()?,
//!                     known_hosts: Some(known_hosts),
//!                 },
//!             ))
//!             .build(),
//!     )
//!     .build();
//!
//! let report = values.validate(Profile::Production);
//! // No static webserver secret key, no log persistence, images not pinned…
//! assert!(report.with_code("AV0402".parse()?).count() == 1);
//! assert!(report.with_code("AV0501".parse()?).count() == 0); // known_hosts is set
//!
//! let yaml = values.to_yaml()?;
//! assert!(yaml.starts_with("executor: KubernetesExecutor\n"));
//! # Ok(())
//! # }
//! ```
//!
//! # Chart versions
//!
//! This release models the official chart from **1.10.0** (Airflow 2.6.2 by
//! default) to **1.22.0** (Airflow 3.2.2 by default), the versions in
//! [`ChartVersion::ALL`](official::ChartVersion::ALL). A release that adds a
//! chart version says so in the changelog (`CHANGELOG.md`), and
//! `airflow-values --version` prints the versions its build models.
//!
//! ```
//! use airflow_values::official::ChartVersion;
//!
//! let modeled: Vec<&str> = ChartVersion::ALL.iter().map(|v| v.as_str()).collect();
//! assert_eq!(modeled.first(), Some(&"1.10.0"));
//! assert_eq!(modeled.last(), Some(&"1.22.0"));
//! assert_eq!(modeled.len(), 11);
//! ```
//!
//! # Kubernetes version and features
//!
//! Two cargo features, off by default, add the other Airflow charts as
//! dialects: `bitnami` (the Bitnami chart, `bitnami` module) and `community`
//! (the airflow-helm community chart, `community` module), each with a
//! conversion to the official chart in [`migrate`].
//!
//! Kubernetes-shaped keys use
//! [k8s-openapi](https://docs.rs/k8s-openapi) types, and like other libraries
//! built on k8s-openapi this crate leaves the choice of Kubernetes API version
//! to the final binary: depend on `k8s-openapi` with one version feature
//! (`features = ["latest"]` or `["v1_34"]`, …) in the application, or set
//! `K8S_OPENAPI_ENABLED_VERSION=1.37` to build this library on its own.
//!
//! # Minimum supported Rust version
//!
//! The crate declares `rust-version = "1.89"`; raising it is a minor-version
//! change before 1.0.0. CI checks that no dependency declares a newer one and
//! builds with the current stable toolchain.
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[macro_use]
mod fields;

// First, so that every module can use its `text_conversions!`.
#[macro_use]
pub mod types;

pub mod airflow_config;
#[cfg(feature = "bitnami")]
#[cfg_attr(docsrs, doc(cfg(feature = "bitnami")))]
pub mod bitnami;
pub mod check;
#[cfg(feature = "community")]
#[cfg_attr(docsrs, doc(cfg(feature = "community")))]
pub mod community;
pub mod edit;
pub mod explain;
pub mod findings;
pub mod images;
mod k8s;
pub mod manifests;
pub mod migrate;
pub mod official;
pub mod plan;
pub mod presets;
mod rules;
mod schemas;
pub mod upgrade;
pub mod yaml;

/// The README's library example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExample;
