//! The official chart's rules on its typed values, and what every chart's
//! rules share: running a list of rules ([`run_except`]), the template
//! checks ([`template`]), the Airflow settings a chart's values set
//! ([`airflow_config`], [`airflow_settings`]), and one serialized tree per
//! run ([`shared`]).
//!
//! A module of its own, between the chart models and the dialects' rules:
//! the official rules read the official model and the image defaults
//! (`images`), and the Bitnami and community rules reuse the machinery.
//!
//! The list of the official chart's rules, [`RULES`](crate::check::RULES),
//! is in `check`: two of them (AV0103, AV0106) walk the schema with the
//! structural check, which sits above the chart modules.

pub(crate) mod airflow_config;
pub(crate) mod airflow_settings;
pub(crate) mod chart_checks;
pub(crate) mod dags;
pub(crate) mod database;
pub(crate) mod deprecated;
pub(crate) mod images;
pub(crate) mod logs;
pub(crate) mod secrets;
pub(crate) mod shared;
pub(crate) mod template;

pub(crate) use crate::findings::Findings;

/// A rule on the official chart's values, unless `V` names another model.
pub(crate) type Rule<V = crate::official::Values> = crate::findings::Rule<V>;
use crate::findings::{Code, Profile, Report};

/// Runs the rules of `rules` that belong to `profile` but those in `skip`
/// (which the caller has already covered, such as the structural ones
/// `check` runs on its tree).
pub(crate) fn run_except<V>(
    rules: &[Rule<V>],
    values: &V,
    profile: Profile,
    skip: &[Code],
) -> Report {
    let _session = shared::Session::start();
    let mut diagnostics = Vec::new();
    for rule in rules
        .iter()
        .filter(|r| r.profile <= profile && !skip.contains(&r.code))
    {
        let mut findings = Findings::default();
        (rule.check)(values, &mut findings);
        diagnostics.extend(findings.into_diagnostics((rule.code, rule.name, rule.severity)));
    }
    Report::new(diagnostics)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every rule list is sorted by code, and each rule has a kebab-case
    /// name and a doc with the three sections `explain` shows.
    pub(crate) fn assert_documented<V>(rules: &[Rule<V>]) {
        for pair in rules.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} must come before {}",
                pair[0].code,
                pair[1].code
            );
        }
        for rule in rules {
            let title = format!("# {} {}\n", rule.code, rule.name);
            assert!(rule.doc.starts_with(&title), "{} doc title", rule.code);
            for heading in ["## Why this matters", "## Example", "## Fix"] {
                assert!(rule.doc.contains(heading), "{} lacks {heading}", rule.code);
            }
            assert!(
                rule.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{} name {}",
                rule.code,
                rule.name
            );
        }
    }
}
