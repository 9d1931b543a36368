//! `validate()` of each chart's model runs the chart's template checks (its
//! `fail`/`required`), not only `check` does: for every template check whose
//! `explain` examples the model reads, the triggering example's `validate()`
//! has the check's code and the example one step away does not.
//!
//! The examples are those the Helm oracle (tests/helm_oracle.rs) confirms
//! against real Helm.

mod common;

use airflow_values::check::{Profile, Report};
use airflow_values::explain::explanations;
use airflow_values::official::{self, ChartVersion};

/// The chart a template check belongs to, by its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Official,
    Bitnami,
    Community,
}

fn family(code: &str) -> Option<Family> {
    if code.starts_with("AV07") {
        Some(Family::Official)
    } else if code.starts_with("AV115") || code.starts_with("AV116") {
        Some(Family::Bitnami)
    } else if code.starts_with("AV14") {
        Some(Family::Community)
    } else {
        None
    }
}

/// `validate()` of the text read into the family's model, or `None` when the
/// model does not read it (an example of a wrong type, say, which the model
/// refuses before any rule runs).
fn validate(family: Family, text: &str) -> Option<Report> {
    let profile = Profile::Default;
    match family {
        // Every official template check exists in the newest release.
        Family::Official => official::Values::from_yaml(text, ChartVersion::LATEST)
            .ok()
            .map(|v| v.validate(profile)),
        Family::Bitnami => airflow_values::bitnami::Values::from_yaml(text)
            .ok()
            .map(|v| v.validate(profile)),
        Family::Community => airflow_values::community::Values::from_yaml(text)
            .ok()
            .map(|v| v.validate(profile)),
    }
}

#[test]
fn validate_runs_each_charts_template_checks() {
    let mut tested = Vec::new();
    let mut unread = Vec::new();
    for explanation in explanations() {
        let code = explanation.code.as_str();
        let Some(family) = family(code) else {
            continue;
        };
        let [fires, near] = common::template_check_examples(&explanation);
        // A check of the release name cannot fire on values alone:
        // `validate()` assumes the default release name.
        if fires.starts_with("# release name: ") {
            if let Some(report) = validate(family, fires) {
                assert_eq!(
                    report.with_code(explanation.code).count(),
                    0,
                    "{code}: the default release name is short"
                );
            }
            continue;
        }
        let (Some(on), Some(off)) = (validate(family, fires), validate(family, near)) else {
            unread.push(code);
            continue;
        };
        assert!(
            on.with_code(explanation.code).next().is_some(),
            "{code}: validate() misses the chart's check on\n{fires}\n{on}"
        );
        assert!(
            off.with_code(explanation.code).next().is_none(),
            "{code}: validate() reports the check one step away\n{near}\n{off}"
        );
        tested.push(code);
    }
    for (family_name, prefix) in [
        ("official", "AV07"),
        ("Bitnami", "AV11"),
        ("community", "AV14"),
    ] {
        let count = tested.iter().filter(|c| c.starts_with(prefix)).count();
        assert!(
            count >= 8,
            "only {count} {family_name} template checks tested through validate() \
             (examples the model does not read: {unread:?})"
        );
    }
}

/// The finding of `validate()` points at the key to change and names it:
/// the community chart refuses CeleryExecutor without workers.
#[test]
fn validate_reports_a_template_check_at_its_key() {
    let values = airflow_values::community::Values::from_yaml(
        "airflow:\n  executor: CeleryExecutor\nworkers:\n  enabled: false\n",
    )
    .expect("reads");
    let report = values.validate(Profile::Default);
    let finding = report
        .with_code(common::code("AV1405"))
        .next()
        .unwrap_or_else(|| panic!("AV1405 is reported:\n{report}"));
    assert_eq!(finding.path.to_string(), "workers.enabled");
    assert!(
        finding.message.contains("`workers.enabled`"),
        "{}",
        finding.message
    );
}
