//! What the examples share: their one command-line option.

use airflow_values::official::ChartVersion;

mod walkthrough;
pub use walkthrough::walkthrough_preset;

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
