//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// A path under `../shared`, the project's reference data beside the repository.
///
/// Panics with a message naming the missing path: these tests need the data.
pub fn shared(relative: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join(relative);
    assert!(
        path.exists(),
        "test data {} is missing: these tests read ../shared (DESIGN.md, charts, seeds) beside the repository",
        path.display()
    );
    path
}

/// The text of a file under `../shared`.
pub fn read_shared(relative: &str) -> String {
    let path = shared(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The upstream values.schema.json of a chart version, as a validator.
pub fn upstream_validator(version: &str) -> jsonschema::Validator {
    let text = read_shared(&format!(
        "charts/apache-airflow/{version}/values.schema.json"
    ));
    let schema: serde_json::Value = serde_json::from_str(&text).expect("upstream schema is JSON");
    jsonschema::validator_for(&schema).expect("upstream schema compiles")
}

/// A YAML text as a JSON tree, the way Helm sees the values.
pub fn tree(yaml: &str) -> serde_json::Value {
    airflow_values::yaml::from_str(yaml).expect("valid YAML")
}
