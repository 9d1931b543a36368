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

/// The chart defaults the template checks read are those of the charts'
/// values.yaml (`../shared/charts`), in every release the model has. A key
/// the release does not have reads as null, which only a falsy default
/// (as Go templates judge it) may stand for.
#[test]
fn template_check_defaults_match_the_charts_values() {
    let falsy = |value: &serde_json::Value| match value {
        serde_json::Value::Null => true,
        serde_json::Value::Bool(b) => !b,
        serde_json::Value::Number(n) => n.as_f64() == Some(0.0),
        serde_json::Value::String(s) => s.is_empty(),
        serde_json::Value::Array(a) => a.is_empty(),
        serde_json::Value::Object(o) => o.is_empty(),
    };
    let defaults = airflow_values::check::template_check_defaults();
    assert!(
        defaults.len() > 10,
        "expected the template checks' defaults, got {defaults:?}"
    );
    let mut trees = std::collections::BTreeMap::new();
    for (folder, key, json) in defaults {
        let tree = trees.entry(folder.clone()).or_insert_with(|| {
            let text = common::read_shared(&format!("charts/{folder}/values.yaml"));
            airflow_values::yaml::from_str::<serde_json::Value>(&text)
                .unwrap_or_else(|e| panic!("{folder}: the chart's values read: {e}"))
        });
        let want: serde_json::Value = serde_json::from_str(json).expect("a default is JSON");
        match key.split('.').try_fold(&*tree, |node, k| node.get(k)) {
            Some(have) => assert_eq!(have, &want, "{folder}: {key}"),
            None => assert!(falsy(&want), "{folder}: {key} is not in the chart"),
        }
    }
}
