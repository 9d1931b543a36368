//! AV0106: keys that reach the chart without being checked here.

use crate::check::structure::passthrough_keys;
use crate::findings::{Code, Diagnostic, Profile, Severity};
use crate::official::{ChartVersion, Values};
use crate::rules::{Findings, Rule};

pub(crate) const AV0106: Rule = Rule {
    code: Code::new("AV0106"),
    name: "unchecked-passthrough-key",
    severity: Severity::Note,
    profile: Profile::Default,
    doc: include_str!("docs/AV0106.md"),
    check: unchecked_passthrough_key,
};

fn unchecked_passthrough_key(values: &Values, out: &mut Findings) {
    report(
        &crate::rules::shared::tree(values),
        values.chart_version,
        out,
    );
}

/// The AV0106 findings of a values tree, for `check`, which has the tree.
pub(crate) fn diagnostics(tree: &serde_json::Value, version: ChartVersion) -> Vec<Diagnostic> {
    let mut findings = Findings::default();
    report(tree, version, &mut findings);
    findings
        .items
        .into_iter()
        .map(|(path, message, help)| {
            Diagnostic::new(
                (AV0106.code, AV0106.name, AV0106.severity),
                path,
                message,
                help,
            )
        })
        .collect()
}

fn report(tree: &serde_json::Value, version: ChartVersion, out: &mut Findings) {
    for path in passthrough_keys(crate::official::compiled_schema(version).root(), tree) {
        let text = path.to_string();
        let (message, help) = if text.starts_with("postgresql.") {
            (
                format!(
                    "`{text}` goes to the postgresql subchart as it is; it is not checked here"
                ),
                "check it against the values of the bitnami postgresql chart that this chart version bundles",
            )
        } else {
            (
                format!("`{text}` goes into a Kubernetes object as it is; it is not checked here"),
                "check the key against the Kubernetes API reference of the object",
            )
        };
        out.report(path, message, help);
    }
}
