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

use std::process::ExitCode;

use airflow_values::check::Profile;
use airflow_values::manifests::{self, SecretSource};
use airflow_values::official::ChartVersion;
use airflow_values::presets::AksProduction;

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
    let mut chart_version = ChartVersion::V1_15_0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--chart-version" => {
                let v = args.next().ok_or("--chart-version needs a value")?;
                chart_version = v.parse().map_err(|e| format!("{e}"))?;
            }
            other => {
                return Err(format!(
                    "unknown argument `{other}`; use --chart-version VERSION"
                ));
            }
        }
    }
    let built = AksProduction::new(chart_version)
        .build()
        .map_err(|e| e.to_string())?;
    let objects = manifests::build(&built.plan, &SecretSource::key_vault(), Profile::Production)
        .map_err(|e| e.to_string())?;
    objects.to_yaml().map_err(|e| e.to_string())
}
