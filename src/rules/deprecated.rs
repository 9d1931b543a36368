//! AV0107: keys the chart release still reads but deprecates.

use super::{Findings, Rule};
use crate::findings::{Code, Profile, Severity};
use crate::official::{Values, deprecations};
use crate::yaml::KeyPath;

pub(crate) const AV0107: Rule = Rule {
    code: Code::new("AV0107"),
    name: "deprecated-key",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV0107.md"),
    check: deprecated_key,
};

fn deprecated_key(values: &Values, out: &mut Findings) {
    let tree = super::shared::tree(values);
    let version = values.chart_version;
    let airflow = values.effective_airflow_version();
    for deprecation in deprecations(version).filter(|d| d.applies_to(airflow)) {
        let segments: Vec<&str> = deprecation.key.split('.').collect();
        let mut found = Vec::new();
        present(&tree, &segments, KeyPath::root(), &mut found);
        if found.is_empty() {
            continue;
        }
        let replacements: Vec<String> = deprecation
            .replacements()
            .map(|r| format!("`{r}`"))
            .collect();
        let instead = replacements.join(" or ");
        let with = deprecation
            .airflow_major()
            .map(|major| format!(" with Airflow {major} and later"))
            .unwrap_or_default();
        for path in found {
            out.report(
                path.clone(),
                format!("`{path}` is deprecated in chart {version}{with}; {instead} replaces it"),
                format!("move the value to {instead}"),
            );
        }
    }
}

/// The concrete paths of `tree` that match `segments` (`[]` any list item,
/// `*` any map key).
fn present(tree: &serde_json::Value, segments: &[&str], at: KeyPath, out: &mut Vec<KeyPath>) {
    let Some((first, rest)) = segments.split_first() else {
        out.push(at);
        return;
    };
    match (*first, tree) {
        ("[]", serde_json::Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                present(item, rest, at.clone().with_index(i), out);
            }
        }
        ("*", serde_json::Value::Object(map)) => {
            for (key, child) in map {
                present(child, rest, at.join(key), out);
            }
        }
        (key, serde_json::Value::Object(map)) => {
            if let Some(child) = map.get(key) {
                present(child, rest, at.join(key), out);
            }
        }
        _ => {}
    }
}
