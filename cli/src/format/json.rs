//! The JSON format: the chart version checked against, why, the profile, and
//! every finding, in a fixed field order.

use std::io::{self, Write};

use airflow_values::check::Diagnostic;

use super::Outcome;

/// The document `--format json` prints.
#[derive(serde::Serialize)]
struct JsonReport<'a> {
    /// `apache-airflow`, `bitnami-airflow` or `airflow-helm`.
    chart: &'static str,
    /// `1.15.0`.
    chart_version: &'static str,
    /// `--chart-version`, the path of the chart file, or `latest`.
    chart_version_source: String,
    /// `default` or `production`.
    profile: &'static str,
    /// Every finding, by file and line.
    diagnostics: &'a [Diagnostic],
}

/// Writes the report as pretty-printed JSON.
pub(super) fn write(outcome: &Outcome<'_>, out: &mut dyn Write) -> io::Result<()> {
    let report = JsonReport {
        chart: outcome.chart.chart.name(),
        chart_version: outcome.chart.version(),
        chart_version_source: outcome.chart.source.key(),
        profile: outcome.profile.as_str(),
        diagnostics: outcome.diagnostics,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
