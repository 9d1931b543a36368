//! Findings about values: the rules, their codes, and the report they produce.
//!
//! Rules read the typed model and name the key path they are about, so the
//! same rule serves values built in Rust ([`Values::validate`]) and values
//! files read from disk ([`check`]).
//!
//! [`Values::validate`]: crate::official::Values::validate

pub(crate) mod airflow_settings;
mod chart;
mod diagnostic;
mod hazards;
mod neighbours;
mod pipeline;
mod redact;
pub(crate) mod rules;
pub(crate) mod set;
pub(crate) mod structure;
mod tpl_strings;

pub use chart::Chart;
pub use diagnostic::{Area, Code, Diagnostic, Location, Profile, Report, Severity, UnknownCode};
pub use neighbours::judge_from_neighbours;
pub(crate) use pipeline::parse_path;
pub use pipeline::{
    CheckOptions, DEFAULT_MAX_INPUT_BYTES, DEFAULT_RELEASE_NAME, SET_SOURCE, Source, check,
    check_with_redactions,
};
pub use redact::{Redactions, mask_ranges, redactions};
pub use rules::{RULES, Rule};

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

/// The documentation of one diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Explanation {
    /// The code, such as `AV0101`.
    pub code: Code,
    /// Its stable kebab-case name, such as `unknown-key`.
    pub name: &'static str,
    /// The severity of its findings.
    pub severity: Severity,
    /// Markdown: why it matters, an example, and the fix.
    pub doc: &'static str,
}

/// Every diagnostic code, structural and rule, sorted by code.
///
/// ```
/// let codes: Vec<_> = airflow_values::check::explanations().map(|e| e.code.as_str()).collect();
/// assert!(codes.contains(&"AV0101") && codes.contains(&"AV0201"));
/// ```
pub fn explanations() -> impl Iterator<Item = Explanation> {
    let structure = structure::STRUCTURE_DOCS
        .iter()
        .map(|&(code, name, severity, doc)| Explanation {
            code,
            name,
            severity,
            doc,
        });
    let rules = RULES.iter().map(Rule::explanation);
    #[cfg(feature = "bitnami")]
    let rules = rules.chain(crate::bitnami::RULES.iter().map(Rule::explanation));
    let hazards = hazards::HAZARD_DOCS
        .iter()
        .map(|&((code, name, severity), doc)| Explanation {
            code,
            name,
            severity,
            doc,
        });
    let migration = crate::migrate::MIGRATION_DOCS
        .iter()
        .map(|&((code, name, severity), doc)| Explanation {
            code,
            name,
            severity,
            doc,
        });
    let upgrade = crate::upgrade::UPGRADE_DOCS
        .iter()
        .map(|&((code, name), doc)| Explanation {
            code,
            name,
            severity: crate::upgrade::UPGRADE_SEVERITY,
            doc,
        });
    let mut all: Vec<Explanation> = hazards
        .chain(structure)
        .chain(rules)
        .chain(migration)
        .chain(upgrade)
        .chain(rules::chart_checks::explanations())
        .chain(std::iter::once(Explanation {
            code: pipeline::AV0108.0,
            name: pipeline::AV0108.1,
            severity: pipeline::AV0108.2,
            doc: pipeline::AV0108_DOC,
        }))
        .chain(std::iter::once(Explanation {
            code: tpl_strings::AV0109.0,
            name: tpl_strings::AV0109.1,
            severity: tpl_strings::AV0109.2,
            doc: tpl_strings::AV0109_DOC,
        }))
        .collect();
    #[cfg(feature = "community")]
    all.extend(crate::community::template_explanations());
    #[cfg(feature = "bitnami")]
    all.extend(crate::bitnami::template_explanations());
    #[cfg(feature = "community")]
    all.extend(crate::community::RULES.iter().map(Rule::explanation));
    all.sort_by_key(|e| e.code);
    all.into_iter()
}

/// The documentation of a code (`AV0101`, any case) or of a name
/// (`unknown-key`).
///
/// ```
/// let doc = airflow_values::check::explain("unknown-key").unwrap();
/// assert_eq!(doc.code.as_str(), "AV0101");
/// assert!(airflow_values::check::explain("av0201").is_some());
/// ```
pub fn explain(code_or_name: &str) -> Option<Explanation> {
    explanations()
        .find(|e| e.code.as_str().eq_ignore_ascii_case(code_or_name) || e.name == code_or_name)
}

#[cfg(test)]
mod tests {
    /// `explain` finds a code by code or name: both are unique across every
    /// family (structure, rules, template checks, migration).
    #[test]
    fn codes_and_names_are_unique_across_families() {
        let all: Vec<_> = super::explanations().collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!(a.code != b.code, "{} twice", a.code);
                assert!(
                    a.name != b.name,
                    "{} and {} share {}",
                    a.code,
                    b.code,
                    a.name
                );
            }
            let title = format!("# {} {}\n", a.code, a.name);
            assert!(a.doc.starts_with(&title), "{} doc title", a.code);
        }
    }
}
