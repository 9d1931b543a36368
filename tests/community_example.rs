//! The `aks-community-legacy` example's values: a snapshot, validation, and
//! the seed 000 hazards it fixes.

#[allow(dead_code, reason = "the example's main is not called here")]
#[path = "../examples/aks-community-legacy.rs"]
mod example;

use airflow_values::check::{Profile, Severity};
use airflow_values::community::Values;

#[test]
fn the_example_values_snapshot() {
    let values = example::values().expect("the example builds");
    let yaml = values.to_yaml().expect("serializes");
    insta::assert_snapshot!("aks_community_legacy_values", yaml);
    // What it prints reads back into the same values.
    assert_eq!(Values::from_yaml(&yaml).expect("reads back"), values);
}

#[test]
fn the_example_validates_without_errors() {
    let values = example::values().expect("the example builds");
    for profile in [Profile::Default, Profile::Production] {
        let report = values.validate(profile);
        let errors: Vec<String> = report
            .diagnostics()
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        assert!(errors.is_empty(), "{profile:?}: {errors:?}");
    }
    // No legacy key, nothing the rules warn about in the default profile.
    assert_eq!(values.validate(Profile::Default).diagnostics().len(), 0);
}

#[test]
fn the_azure_login_is_encoded_and_tls_required() {
    let url = example::connection_url().to_string();
    assert!(url.contains("//airflow%40posgresdbforairflow@"), "{url}");
    assert!(url.ends_with("?sslmode=require"), "{url}");
    let yaml = example::values().expect("builds").to_yaml().expect("yaml");
    assert!(
        yaml.contains("properties: ?sslmode=require\n")
            || yaml.contains("properties: \"?sslmode=require\"\n"),
        "{yaml}"
    );
    assert!(
        !yaml.contains("fileStorage") && !yaml.contains("imageCredentials"),
        "{yaml}"
    );
}
