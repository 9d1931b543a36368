//! The rules, in code order.

pub(crate) mod airflow_config;
pub(crate) mod chart_checks;
mod dags;
mod database;
mod deprecated;
mod images;
mod logs;
pub(crate) mod passthrough;
mod secrets;
pub(crate) mod shared;
pub(crate) mod template;
pub(crate) mod version;

use super::{Code, Diagnostic, Profile, Report, Severity};
use crate::official::Values;

/// A validation rule: its stable code and name, when it runs, and its documentation.
///
/// `V` is the values type the rule reads: the official chart's
/// [`Values`] unless a chart dialect says otherwise.
#[derive(Debug)]
#[non_exhaustive]
pub struct Rule<V: 'static = Values> {
    /// Stable code, such as `AV0201`.
    pub code: Code,
    /// Stable kebab-case name, such as `image-without-digest`.
    pub name: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// The least strict profile it runs in.
    pub profile: Profile,
    /// Markdown: why it matters, an example, and the fix.
    pub doc: &'static str,
    pub(crate) check: fn(&V, &mut Findings),
}

// By hand: a derive would ask `V: Clone`, which a fn pointer does not need.
impl<V> Clone for Rule<V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<V> Copy for Rule<V> {}

impl<V> Rule<V> {
    /// The rule's documentation entry, as `explain` shows it.
    pub(crate) fn explanation(&self) -> super::Explanation {
        super::Explanation {
            code: self.code,
            name: self.name,
            severity: self.severity,
            doc: self.doc,
        }
    }
}

/// What a rule reports: key path, message and help, without code or severity.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    items: Vec<(String, String, Option<String>)>,
    /// The fix of the finding at an index of `items`, when exactly one is right.
    fixes: Vec<(usize, Vec<crate::edit::Edit>)>,
}

impl Findings {
    pub(crate) fn report(
        &mut self,
        path: impl Into<String>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.items
            .push((path.into(), message.into(), Some(help.into())));
    }

    /// [`Self::report`] with the edits that fix the finding.
    pub(crate) fn report_with_fix(
        &mut self,
        path: impl Into<String>,
        message: impl Into<String>,
        help: impl Into<String>,
        fix: Vec<crate::edit::Edit>,
    ) {
        self.fixes.push((self.items.len(), fix));
        self.report(path, message, help);
    }

    /// The findings as diagnostics of `rule`, with their fixes.
    pub(crate) fn into_diagnostics(
        self,
        rule: (Code, &'static str, Severity),
    ) -> impl Iterator<Item = Diagnostic> {
        let mut fixes = self.fixes;
        self.items
            .into_iter()
            .enumerate()
            .map(move |(index, (path, message, help))| {
                let mut d = Diagnostic::new(rule, path, message, help);
                if let Some(at) = fixes.iter().position(|(i, _)| *i == index) {
                    d.fix = fixes.swap_remove(at).1;
                }
                d
            })
    }
}

/// Every rule, sorted by code.
pub static RULES: &[Rule] = &[
    version::AV0103,
    version::AV0104,
    passthrough::AV0106,
    deprecated::AV0107,
    images::AV0201,
    images::AV0202,
    images::AV0203,
    images::AV0204,
    database::AV0301,
    database::AV0302,
    database::AV0303,
    database::AV0304,
    database::AV0305,
    database::AV0306,
    database::AV0307,
    secrets::AV0401,
    secrets::AV0402,
    secrets::AV0403,
    secrets::AV0404,
    secrets::AV0405,
    secrets::AV0406,
    dags::AV0501,
    dags::AV0502,
    dags::AV0503,
    logs::AV0601,
    airflow_config::AV1301,
    airflow_config::AV1302,
    airflow_config::AV1303,
    airflow_config::AV1304,
    airflow_config::AV1305,
    airflow_config::AV1306,
    airflow_config::AV1307,
    airflow_config::AV1308,
    airflow_config::AV1309,
];

/// Runs every rule of `profile` on `values`.
pub(crate) fn run(values: &Values, profile: Profile) -> Report {
    run_except(RULES, values, profile, &[])
}

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

    #[test]
    fn codes_are_unique_sorted_and_documented() {
        assert_documented(RULES);
    }

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
