//! The Bitnami chart's own values.yaml and the users' Bitnami values files
//! read into the dialect's model and write back as values Helm reads the same.

mod common;

use airflow_values::bitnami::{ReadError, Values, json_schema};
use airflow_values::check::SchemaRoot;
use serde_json::Value;

const CHART_VALUES: &str = "charts/bitnami-airflow/25.0.4/values.yaml";

fn assert_round_trip(name: &str, text: &str) -> Values {
    let values = Values::from_yaml(text)
        .unwrap_or_else(|e| panic!("{name} does not read into the Bitnami model: {e}"));
    let written = values.to_yaml().expect("serializes");
    if let Some(difference) =
        common::first_difference(&common::helm_tree(text), &common::helm_tree(&written), "")
    {
        panic!("{name} changes on the way through: {difference}");
    }
    values
}

#[test]
fn chart_defaults_read_and_write_back_unchanged() {
    let text = common::read_shared(CHART_VALUES);
    assert_round_trip("the chart's values.yaml", &text);
}

#[test]
fn seed_001_reads_and_writes_back_unchanged() {
    let text = common::read_shared("seed-values/001-bitnami-values.yaml");
    let values = assert_round_trip("seed 001", &text);
    // The legacy keys land in their typed fields.
    let git = values.git.as_ref().and_then(|g| g.dags.as_ref());
    assert_eq!(
        git.and_then(|d| d.repositories.as_ref()).map(Vec::len),
        Some(1)
    );
    assert_eq!(
        values.auth.as_ref().and_then(|a| a.force_password),
        Some(true)
    );
    let hosts = values.ingress.as_ref().and_then(|i| i.hosts.as_ref());
    assert_eq!(
        hosts.map(|h| h.hosts()[0].name.as_deref()),
        Some(Some("airflow.yourdomain.com"))
    );
}

/// The schemas a key of a mapping may have under `node` (all `anyOf`
/// branches), and whether the mapping is free-form there.
fn child_schemas<'a>(
    root: &'a Value,
    node: &'a Value,
    key: &str,
    out: &mut Vec<&'a Value>,
) -> bool {
    let node = SchemaRoot::of(root)
        .follow_refs(node)
        .unwrap_or_else(|| panic!("{key}: the schema's `$ref` leads nowhere"));
    let mut free = false;
    if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
        for branch in branches {
            free |= child_schemas(root, branch, key, out);
        }
    }
    if let Some(child) = node.get("properties").and_then(|p| p.get(key)) {
        out.push(child);
    } else if let Some(extra) = node.get("additionalProperties")
        && extra != &Value::Bool(false)
    {
        free = true;
    } else if node.get("type") == Some(&Value::String("object".into()))
        && node.get("properties").is_none()
    {
        free = true;
    }
    free
}

/// Every key path of `doc` that the schema has no place for.
fn uncovered(root: &Value, schemas: &[&Value], doc: &Value, path: &str, missing: &mut Vec<String>) {
    let Value::Object(map) = doc else {
        return;
    };
    for (key, child) in map {
        let here = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        let mut found = Vec::new();
        let mut free = false;
        for schema in schemas {
            free |= child_schemas(root, schema, key, &mut found);
        }
        if free && found.is_empty() {
            continue;
        }
        if found.is_empty() {
            missing.push(here);
            continue;
        }
        uncovered(root, &found, child, &here, missing);
    }
}

#[test]
fn every_key_of_the_chart_values_is_in_the_schema() {
    let doc = common::tree(&common::read_shared(CHART_VALUES));
    let root = json_schema().as_value();
    let mut missing = Vec::new();
    uncovered(root, &[root], &doc, "", &mut missing);
    assert!(
        missing.is_empty(),
        "keys of values.yaml missing from the schema: {missing:?}"
    );
    // The walk itself finds a key the schema lacks.
    let mut probe = Vec::new();
    uncovered(
        root,
        &[root],
        &serde_json::json!({"web": {"noSuchKey": 1}}),
        "",
        &mut probe,
    );
    assert_eq!(probe, ["web.noSuchKey"]);
}

#[test]
fn corpus_files_read_or_fail_with_a_clear_error() {
    let dir = common::shared("corpus/bitnami");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/bitnami is readable")
        .map(|e| e.expect("directory entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 6, "corpus/bitnami has {} files", files.len());
    let mut summary = String::new();
    for path in files {
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&path).expect("UTF-8 corpus file");
        let outcome = match Values::from_yaml(&text) {
            Ok(values) => {
                let written = values.to_yaml().expect("serializes");
                match common::first_difference(
                    &common::helm_tree(&text),
                    &common::helm_tree(&written),
                    "",
                ) {
                    None => "reads and writes back unchanged".to_owned(),
                    Some(difference) => panic!("{name} changes on the way through: {difference}"),
                }
            }
            Err(ReadError::Structure { report, .. }) => {
                assert!(!report.diagnostics().is_empty(), "{name}: empty report");
                let mut lines = vec!["does not fit the chart:".to_owned()];
                for d in report.diagnostics() {
                    assert!(
                        !d.message.is_empty() && !d.path.is_root(),
                        "{name}: vague {d:?}"
                    );
                    lines.push(format!("  {} {}: {}", d.code, d.path, d.message));
                    if let Some(help) = &d.help {
                        lines.push(format!("    help: {help}"));
                    }
                }
                lines.join("\n")
            }
            Err(ReadError::Yaml(e)) => format!("is not read: {e}"),
            Err(e) => format!("fails: {e}"),
        };
        summary.push_str(&format!("{name}: {outcome}\n"));
    }
    insta::assert_snapshot!(summary);
}
