//! AV0106: keys that reach the chart without being checked here.

use super::{Findings, Rule};
use crate::check::structure::passthrough_keys;
use crate::check::{Code, Profile, Severity};
use crate::official::{Values, json_schema};

pub(crate) const AV0106: Rule = Rule {
    code: Code::new("AV0106"),
    name: "unchecked-passthrough-key",
    severity: Severity::Note,
    profile: Profile::Default,
    doc: include_str!("docs/AV0106.md"),
    check: unchecked_passthrough_key,
};

fn unchecked_passthrough_key(values: &Values, out: &mut Findings) {
    let Ok(tree) = serde_json::to_value(values) else {
        return;
    };
    for path in passthrough_keys(json_schema(values.chart_version).as_value(), &tree) {
        let path = path.to_string();
        let (message, help) = if path.starts_with("postgresql.") {
            (
                format!(
                    "`{path}` goes to the postgresql subchart as it is; it is not checked here"
                ),
                "check it against the values of the bitnami postgresql chart that this chart version bundles",
            )
        } else {
            (
                format!("`{path}` goes into a Kubernetes object as it is; it is not checked here"),
                "check the key against the Kubernetes API reference of the object",
            )
        };
        out.report(path, message, help);
    }
}
