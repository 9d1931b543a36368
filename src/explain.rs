//! The documentation of every diagnostic code, for `airflow-values explain`.
//!
//! Each family of codes keeps its documentation with its checks: the
//! structural walk and the pipeline in [`check`](crate::check), the official
//! chart's rules and template checks in [`official`](crate::official), the
//! dialects' rules in `bitnami` and `community`, and the migration findings
//! in [`migrate`](crate::migrate) and [`upgrade`](crate::upgrade). This module, at the top of the crate,
//! gathers them, so that no lower module has to know the ones above it.

pub use crate::findings::Explanation;
use crate::findings::{Code, Rule, UnknownCode};

// Here rather than with `Code`: a code parses when some family documents it,
// and only this module knows every family.
/// Only codes that findings have (with the features built), in any case:
/// a typo fails here instead of matching nothing.
///
/// ```
/// use airflow_values::check::Code;
/// let code: Code = "av0101".parse()?;
/// assert_eq!(code.as_str(), "AV0101");
/// assert!("AV9999".parse::<Code>().is_err());
/// # Ok::<(), airflow_values::check::UnknownCode>(())
/// ```
impl std::str::FromStr for Code {
    type Err = UnknownCode;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        explanations()
            .map(|e| e.code)
            .find(|code| code.as_str().eq_ignore_ascii_case(text))
            .ok_or_else(|| UnknownCode(text.to_owned()))
    }
}

/// Every diagnostic code, structural and rule, sorted by code.
///
/// ```
/// let codes: Vec<_> = airflow_values::explain::explanations().map(|e| e.code.as_str()).collect();
/// assert!(codes.contains(&"AV0101") && codes.contains(&"AV0201"));
/// ```
pub fn explanations() -> impl Iterator<Item = Explanation> {
    // Every family's table has, or is read into, one shape: `Explanation`.
    let structure = crate::check::structure::STRUCTURE_DOCS
        .iter()
        .map(|&(code, name, severity, doc)| Explanation::new((code, name, severity), doc));
    let rules = crate::check::RULES.iter().map(Rule::explanation);
    #[cfg(feature = "bitnami")]
    let rules = rules.chain(crate::bitnami::RULES.iter().map(Rule::explanation));
    let hazards = crate::check::hazards::HAZARD_DOCS.iter().copied();
    let migration = crate::migrate::MIGRATION_DOCS
        .iter()
        .map(|&(kind, doc)| Explanation::new(kind, doc));
    let upgrade = crate::upgrade::UPGRADE_DOCS
        .iter()
        .map(|&((code, name), doc)| {
            Explanation::new((code, name, crate::upgrade::UPGRADE_SEVERITY), doc)
        });
    let mut all: Vec<Explanation> = hazards
        .chain(structure)
        .chain(rules)
        .chain(migration)
        .chain(upgrade)
        .chain(crate::rules::chart_checks::explanations())
        .chain(std::iter::once(Explanation::new(
            crate::check::pipeline::AV0108,
            crate::check::pipeline::AV0108_DOC,
        )))
        .chain(std::iter::once(Explanation::new(
            crate::check::tpl_strings::AV0109,
            crate::check::tpl_strings::AV0109_DOC,
        )))
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
/// let doc = airflow_values::explain::explain("unknown-key").unwrap();
/// assert_eq!(doc.code.as_str(), "AV0101");
/// assert!(airflow_values::explain::explain("av0201").is_some());
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
