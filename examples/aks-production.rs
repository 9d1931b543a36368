//! Prints hardened values for the official Airflow chart on AKS.
//!
//! ```text
//! cargo run --example aks-production > values.yaml
//! cargo run --example aks-production -- --chart-version 1.22.0 > values.yaml
//! ACR_REGISTRY=contoso.azurecr.io cargo run --example aks-production > values.yaml
//! ```
//!
//! Images are mirrored into the registry named by `ACR_REGISTRY` (default
//! `myregistry.azurecr.io`) and pinned with the digests in
//! `examples/aks-production.lock`; that file says how to fill a digest that is
//! still pending. The values are validated with the production profile before
//! they are printed; findings go to stderr, and any error stops the example.

mod common;

use std::process::ExitCode;

use airflow_values::check::{Profile, Severity};
use airflow_values::presets::AksProduction;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let chart_version = common::chart_version_arg()?;
    let registry = std::env::var("ACR_REGISTRY")
        .unwrap_or_else(|_| AksProduction::DEFAULT_REGISTRY.to_owned());

    let built = common::walkthrough_preset(chart_version)?
        .registry(&registry)
        .build()
        .map_err(|e| error_chain(&e))?;
    let report = built.values.validate(Profile::Production);
    let mut failed = false;
    for finding in &report {
        let waived = finding.code.as_str() == "AV0201"
            && built
                .pending_digests
                .iter()
                .any(|p| finding.path.to_string().starts_with(p.as_str()));
        if waived {
            eprintln!(
                "note: {} has no digest in examples/aks-production.lock yet; pinned by tag only (AV0201 waived)",
                finding.path
            );
        } else {
            failed |= finding.severity == Severity::Error;
            eprintln!("{finding}");
        }
    }
    if failed {
        return Ok(ExitCode::FAILURE);
    }
    let yaml = built.values.to_yaml().map_err(|e| error_chain(&e))?;
    print!("{yaml}");
    Ok(ExitCode::SUCCESS)
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}
