//! The `bitnami-git-dags` example: its output, and that the production
//! profile finds nothing wrong with it.

#[allow(dead_code, reason = "the example's `main` is not run here")]
#[path = "../examples/bitnami-git-dags.rs"]
mod example;

use airflow_values::bitnami::Values;
use airflow_values::check::Profile;

#[test]
fn the_example_values_snapshot() {
    let yaml = example::values().to_yaml().expect("serializes");
    insta::assert_snapshot!("bitnami_git_dags", yaml);
}

#[test]
fn the_example_has_no_production_findings_and_reads_back() {
    let values = example::values();
    let report = values.validate(Profile::Production);
    assert!(!report.has_errors(), "{report}");
    assert!(report.diagnostics().is_empty(), "{report}");
    let yaml = values.to_yaml().expect("serializes");
    let read = Values::from_yaml(&yaml).unwrap_or_else(|e| panic!("the output reads back: {e}"));
    assert_eq!(read, values);
}
