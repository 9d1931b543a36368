//! The values of the Azure walkthrough (seed 004) for what only a deployment
//! knows: its DAG repository, managed identity, Key Vault, storage account
//! and Ingress host. Shared by the examples and the integration tests
//! (`tests/common` includes this file), so both build the same preset. A
//! deployment of yours passes its own.

use airflow_values::official::ChartVersion;
use airflow_values::plan::{IngressOwner, Plan, PlanBuilder};
use airflow_values::presets::AksProduction;

/// A plan builder given the walkthrough's identity, Key Vault, logs storage
/// and Ingress.
pub fn walkthrough_plan(chart_version: ChartVersion) -> PlanBuilder {
    Plan::builder(chart_version)
        .workload_identity(
            "00001111-aaaa-2222-bbbb-3333cccc4444",
            "aaaabbbb-0000-cccc-1111-dddd2222eeee",
        )
        .key_vault_url("https://airflow-vault-kv.vault.azure.net/")
        .logs_on_blob("apache-airflow-rg", "airflowsasa", "airflow-logs")
        .ingress(
            IngressOwner::Chart,
            "airflow.example.com",
            "admin@example.com",
        )
}

/// The AKS preset given the walkthrough's DAG repository and plan.
///
/// # Errors
/// A message when a value is refused (it is not, for these).
pub fn walkthrough_preset(chart_version: ChartVersion) -> Result<AksProduction, String> {
    let plan = walkthrough_plan(chart_version)
        .build()
        .map_err(|e| e.to_string())?;
    Ok(AksProduction::new(chart_version)
        .dags(
            "git@github.com:donhighmsft/airflowexamples.git",
            "main",
            AksProduction::GITHUB_KNOWN_HOSTS,
        )
        .plan(plan))
}
