//! What the examples share: their one command-line option.

use airflow_values::official::ChartVersion;

/// The chart version from `--chart-version VERSION`, else chart 1.15.0 (the
/// seeds' version).
///
/// # Errors
/// A message for an unknown argument, a missing value or a version that is
/// not modeled.
pub fn chart_version_arg() -> Result<ChartVersion, String> {
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
    Ok(chart_version)
}

/// The AKS preset with the values of the Azure walkthrough (seed 004): its
/// DAG repository, its managed identity and Key Vault, its storage account
/// and the Ingress host of its example output. A deployment of yours passes
/// its own.
///
/// # Errors
/// A message when a value is refused (it is not, for these).
pub fn walkthrough_preset(
    chart_version: ChartVersion,
) -> Result<airflow_values::presets::AksProduction, String> {
    use airflow_values::plan::{IngressOwner, Plan};
    use airflow_values::presets::AksProduction;

    let plan = Plan::builder(chart_version)
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
