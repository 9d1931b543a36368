//! AV01: keys and values that the target chart version does not have.

use crate::check::structure::{IssueKind, to_diagnostic, walk};
use crate::findings::{Code, Profile, Severity};
use crate::official::{ChartVersion, CustomExecutors, Values};
use crate::rules::{Findings, Rule};
use crate::types::executor::Executor;
use crate::yaml::key_path;

pub(crate) const AV0103: Rule = Rule {
    code: Code::new("AV0103"),
    name: "key-not-in-chart-version",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0103.md"),
    check: key_not_in_chart_version,
};

pub(crate) const AV0104: Rule = Rule {
    code: Code::new("AV0104"),
    name: "executor-not-in-chart-version",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0104.md"),
    check: executor_not_in_chart_version,
};

/// Keys of the values that the target chart version does not have, found by
/// walking the serialized values against that version's schema.
fn key_not_in_chart_version(values: &Values, out: &mut Findings) {
    let tree = crate::rules::shared::tree(values);
    let version = values.chart_version;
    for issue in walk(crate::official::compiled_schema(version).root(), &tree) {
        if matches!(issue.kind, IssueKind::NotInVersion { .. }) {
            let diagnostic = to_diagnostic(&issue, version.as_str());
            out.report(
                diagnostic.path,
                diagnostic.message,
                diagnostic.help.unwrap_or_default(),
            );
        }
    }
}

fn executor_not_in_chart_version(values: &Values, out: &mut Findings) {
    let Some(executors) = &values.executor else {
        return;
    };
    let target = values.chart_version;
    let several = ChartVersion::ALL
        .iter()
        .find(|v| v.supports_multiple_executors())
        .map_or("", |v| v.as_str());
    if executors.is_multiple() && !target.supports_multiple_executors() {
        out.report(
            key_path!(executor),
            format!("chart {target} takes one executor, not the list `{executors}`"),
            format!("choose one executor, or target chart {several} or later for several"),
        );
        return;
    }
    let CustomExecutors::Listed(listed) = target.release().executors.custom else {
        return;
    };
    for executor in executors.iter() {
        if let Executor::Custom(path) = executor {
            let name = path.to_string();
            if !listed.contains(&name.as_str()) {
                out.report(
                    key_path!(executor),
                    format!("chart {target} does not accept the executor `{name}`"),
                    "use an executor the chart lists, or target chart 1.19.0 or later, which takes any executor class",
                );
            }
        }
    }
}
