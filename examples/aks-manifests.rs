//! Prints the Kubernetes objects that go beside the `aks-production` values:
//! the objects seed 004 applies by hand, derived from the same plan.
//!
//! ```text
//! cargo run --example aks-manifests > manifests.yaml
//! cargo run --example aks-manifests -- --chart-version 1.22.0 > manifests.yaml
//! kubectl apply -f manifests.yaml
//! ```
//!
//! The namespace, the workload-identity ServiceAccount, an External Secrets
//! `SecretStore` for Azure Key Vault with one `ExternalSecret` per Secret the
//! values name, the logs PersistentVolume on Azure Blob and its claim, and the
//! cert-manager ClusterIssuer the values' Ingress asks for. Names come from
//! the plan that `aks-production` writes into the values, so they match.

mod common;

use std::process::ExitCode;

use airflow_values::check::Profile;
use airflow_values::manifests::{self, SecretSource};

fn main() -> ExitCode {
    match run() {
        Ok(yaml) => {
            print!("{yaml}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<String, String> {
    let chart_version = common::chart_version_arg()?;
    let built = common::walkthrough_preset(chart_version)?
        .build()
        .map_err(|e| e.to_string())?;
    let objects = manifests::build(&built.plan, &SecretSource::key_vault(), Profile::Production)
        .map_err(|e| e.to_string())?;
    objects.to_yaml().map_err(|e| e.to_string())
}
