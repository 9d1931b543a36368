//! Findings about values: the rules, their codes, and the report they produce.
//!
//! Rules read the typed model and name the key path they are about, so the
//! same rule serves values built in Rust ([`Values::validate`]) and values
//! files read from disk ([`check`]).
//!
//! [`Values::validate`]: crate::official::Values::validate

mod chart;
pub(crate) mod hazards;
mod model;
mod neighbours;
pub(crate) mod pipeline;
mod redact;
pub(crate) mod rules;
pub(crate) mod set;
pub(crate) mod structure;
pub(crate) mod tpl_strings;

pub use crate::findings::{
    Area, Code, DEFAULT_RELEASE_NAME, Diagnostic, Explanation, Location, Profile, ReadError,
    Report, Severity, UnknownCode,
};
pub use crate::schemas::SchemaRoot;
pub use chart::Chart;
pub use model::ChartValues;
pub use neighbours::judge_from_neighbours;
pub use pipeline::{
    CheckOptions, DEFAULT_MAX_INPUT_BYTES, SET_SOURCE, Source, check, check_with_redactions,
};
pub use redact::{Redactions, mask_ranges, redactions};
pub use rules::RULES;

/// A validation rule of the official chart (`V`, the values it reads, is
/// [`official::Values`](crate::official::Values) unless named): the
/// [`findings`](crate::findings) layer's rule, under the name users know.
pub type Rule<V = crate::official::Values> = crate::findings::Rule<V>;

/// The chart defaults the template checks read, as `(chart folder under
/// ../shared/charts, key path, default as JSON)`, for every release the
/// model has. For the crate's integration tests, which compare them with
/// the charts' own values.yaml (`tests/validate_template_checks.rs`); not
/// part of the API.
#[doc(hidden)]
pub fn template_check_defaults() -> Vec<(String, &'static str, &'static str)> {
    #[cfg_attr(
        not(any(feature = "bitnami", feature = "community")),
        allow(unused_mut, reason = "the dialects add their tables")
    )]
    let mut tables = vec![(
        &crate::rules::chart_checks::OFFICIAL,
        crate::official::ChartVersion::ALL
            .iter()
            .map(|v| format!("apache-airflow/{v}"))
            .collect::<Vec<_>>(),
    )];
    #[cfg(feature = "community")]
    tables.push((
        &crate::community::TEMPLATE_CHECKS,
        vec![format!(
            "airflow-helm-community/{}",
            crate::community::CHART_VERSION
        )],
    ));
    #[cfg(feature = "bitnami")]
    tables.push((
        &crate::bitnami::TEMPLATE_CHECKS,
        vec![format!("bitnami-airflow/{}", crate::bitnami::CHART_VERSION)],
    ));
    let mut out = Vec::new();
    for (table, folders) in tables {
        for folder in folders {
            for &(key, json) in table.defaults {
                out.push((folder.clone(), key, json));
            }
        }
    }
    out
}

/// The structural findings of `doc` against any JSON Schema, as `check` walks
/// a chart's (paths, codes, suggestions; no locations). For the crate's
/// integration tests, which walk the upstream chart's own schema
/// (`tests/official_schema.rs`); not part of the API.
#[doc(hidden)]
pub fn walk_schema(schema: &serde_json::Value, doc: &serde_json::Value) -> Vec<Diagnostic> {
    structure::walk(crate::schemas::SchemaRoot::of(schema), doc)
        .iter()
        .map(|issue| structure::to_diagnostic(issue, "upstream"))
        .collect()
}
