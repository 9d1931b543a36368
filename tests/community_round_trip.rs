//! The airflow-helm community chart's own values.yaml reads into the
//! community model with no unknown key and writes back as values Helm reads
//! the same; every key of it is in the model's schema; every corpus file of
//! the chart gets a result, never a panic.

mod common;

use airflow_values::check::{Profile, SchemaRoot};
use airflow_values::community::{self, ReadError, Values};
use serde_json::Value;

const VALUES: &str = "charts/airflow-helm-community/8.9.0/values.yaml";

#[test]
fn chart_defaults_read_and_write_back_unchanged() {
    let text = common::read_shared(VALUES);
    let values = Values::from_yaml(&text)
        .unwrap_or_else(|e| panic!("the chart's values.yaml does not read: {e}"));
    let written = values.to_yaml().expect("serializes");
    if let Some(difference) =
        common::first_difference(&common::helm_tree(&text), &common::helm_tree(&written), "")
    {
        panic!("the chart's values.yaml changes on the way through: {difference}");
    }
    // Reading what was written gives the same values again.
    let again = Values::from_yaml(&written).expect("the written values read back");
    assert_eq!(again, values);
}

/// Every key path of `tree` that the schema has no property for. The walk
/// stops at schema nodes without `properties` (free-form maps such as
/// annotations and nodeSelector).
fn missing(root: &Value, schema: &Value, tree: &Value, path: &str, out: &mut Vec<String>) {
    let schema = SchemaRoot::of(root)
        .non_null(schema)
        .unwrap_or_else(|| panic!("{path}: the schema's `$ref` leads nowhere"));
    match tree {
        Value::Object(map) => {
            let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
                return;
            };
            for (key, child) in map {
                let here = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match properties.get(key) {
                    Some(sub) => missing(root, sub, child, &here, out),
                    None => out.push(here),
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    missing(root, item_schema, item, &format!("{path}[{i}]"), out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn every_key_of_the_chart_is_in_the_schema() {
    let tree = common::tree(&common::read_shared(VALUES));
    let root = community::json_schema().as_value();
    let mut out = Vec::new();
    missing(root, root, &tree, "", &mut out);
    assert!(out.is_empty(), "keys without a schema property: {out:?}");
    // The walk does find a key the model lacks.
    let mut probe = Vec::new();
    let extra = serde_json::json!({ "web": { "notAKey": 1 } });
    missing(root, root, &extra, "", &mut probe);
    assert_eq!(probe, ["web.notAKey"]);
}

/// The community files of the corpus, with their text.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = common::shared("corpus/community");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/community is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, std::fs::read(&path).expect("corpus file is readable"))
        })
        .collect()
}

/// One line per outcome: the rules' findings of a file that reads, or the
/// diagnostics (code and path) of one that does not.
fn outcome(bytes: &[u8]) -> String {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return "  not UTF-8".to_owned();
    };
    let text = text.trim_start_matches('\u{feff}');
    match Values::from_yaml(text) {
        Ok(values) => {
            let report = values.validate(Profile::Production);
            let mut lines = vec!["  reads".to_owned()];
            lines.extend(
                report
                    .diagnostics()
                    .iter()
                    .map(|d| format!("    {} {} {}", d.code, d.severity, d.path)),
            );
            lines.join("\n")
        }
        Err(ReadError::Structure { report, .. }) => {
            let mut lines = vec!["  does not fit the schema".to_owned()];
            lines.extend(
                report
                    .diagnostics()
                    .iter()
                    .map(|d| format!("    {} {}", d.code, d.path)),
            );
            lines.join("\n")
        }
        Err(error) => format!("  error: {error}"),
    }
}

#[test]
fn every_corpus_file_gets_a_result() {
    let files = corpus();
    assert_eq!(files.len(), 18, "the community corpus has 18 files");
    let mut summary = String::new();
    let mut reads = 0;
    for (name, bytes) in &files {
        let line = outcome(bytes);
        reads += usize::from(line.starts_with("  reads"));
        summary.push_str(&format!("{name}\n{line}\n"));
    }
    // Secrets of the corpus never show up in what is reported.
    for secret in [
        "-VPrAtf3PunVqdBKdURvTnbn0VYOJfBqivkz9N3K2qo=",
        "passwort-für",
    ] {
        assert!(!summary.contains(secret), "{secret} leaked");
    }
    assert!(reads >= 5, "only {reads} corpus files read:\n{summary}");
    insta::assert_snapshot!("community_corpus_outcomes", summary);
}

#[test]
fn the_seed_reads_with_its_legacy_keys_typed() {
    let text = common::read_shared("seed-values/000-aks-legacy-airflow-local.yaml");
    let values = Values::from_yaml(&text).unwrap_or_else(|e| panic!("seed 000 does not read: {e}"));
    let report = values.validate(Profile::Default);
    let found: Vec<String> = report
        .diagnostics()
        .iter()
        .map(|d| format!("{} {}", d.code, d.path))
        .collect();
    for want in [
        "AV1201 airflow.fernetKey",
        "AV1206 airflow.sqlalchemy_connection",
        "AV1206 imageCredentials",
        "AV1206 persistence.fileStorage",
        "AV1207 airflow.sqlalchemy_connection",
    ] {
        assert!(
            found.iter().any(|f| f == want),
            "{want} missing in {found:?}"
        );
    }
    assert!(
        !report.to_string().contains(":foo@"),
        "the password leaked: {report}"
    );
    let written = values.to_yaml().expect("serializes");
    assert_eq!(
        common::first_difference(&common::helm_tree(&text), &common::helm_tree(&written), ""),
        None
    );
}
