//! Each chart's own values.yaml and the users' values files read into the
//! model and write back as values Helm reads the same.

mod common;

use airflow_values::official::{ChartVersion, ReadError, Values};
use serde_json::Value;

/// A tree the way Helm compares values: every number is a float64 (Helm reads
/// YAML through JSON), so `60` and `60.0` are the same value.
///
/// One more equivalence: a resource quantity (`resources.limits.cpu: 1`) is
/// written back as the string `"1"`, because k8s-openapi's `Quantity` holds
/// text. Kubernetes parses both into the same quantity, so the comparison
/// reads quantities as text.
fn helm_tree(yaml: &str) -> Value {
    normalize(common::tree(yaml), false)
}

fn normalize(value: Value, quantity: bool) -> Value {
    match value {
        Value::Number(n) if quantity => {
            let x = n.as_f64().unwrap_or_default();
            Value::String(if x.fract() == 0.0 {
                format!("{x:.0}")
            } else {
                x.to_string()
            })
        }
        Value::Number(n) => serde_json::json!(n.as_f64()),
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|v| normalize(v, false)).collect())
        }
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let holds_quantities = matches!(k.as_str(), "limits" | "requests");
                    let v = match v {
                        Value::Object(inner) if holds_quantities => Value::Object(
                            inner
                                .into_iter()
                                .map(|(q, x)| (q, normalize(x, true)))
                                .collect(),
                        ),
                        other => normalize(other, false),
                    };
                    (k, v)
                })
                .collect(),
        ),
        other => other,
    }
}

/// The first path where two trees differ, for a readable failure.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys()) {
                let here = format!("{path}.{key}");
                match (x.get(key), y.get(key)) {
                    (Some(l), Some(r)) => {
                        if let Some(d) = first_difference(l, r, &here) {
                            return Some(d);
                        }
                    }
                    (l, r) => return Some(format!("{here}: {l:?} vs {r:?}")),
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (l, r))| first_difference(l, r, &format!("{path}[{i}]"))),
        _ if a == b => None,
        _ => Some(format!("{path}: {a} vs {b}")),
    }
}

fn assert_round_trip(name: &str, text: &str, version: ChartVersion) {
    let values = Values::from_yaml(text, version)
        .unwrap_or_else(|e| panic!("{name} does not read into the {version} model: {e}"));
    let written = values.to_yaml().expect("serializes");
    let (before, after) = (helm_tree(text), helm_tree(&written));
    if let Some(difference) = first_difference(&before, &after, "") {
        panic!("{name} changes on the way through ({version}): {difference}");
    }
}

#[test]
fn chart_defaults_read_and_write_back_unchanged() {
    for &version in ChartVersion::ALL {
        let text = common::read_shared(&format!("charts/apache-airflow/{version}/values.yaml"));
        assert_round_trip("the chart's values.yaml", &text, version);
    }
}

/// The official-chart files of the corpus, with their text.
fn corpus() -> Vec<(String, String)> {
    let dir = common::shared("corpus/official");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/official is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).expect("corpus file is readable");
            // Files that are not UTF-8 are the YAML reader's business (issue
            // of `check`); the model's round trip is about UTF-8 YAML.
            let text = String::from_utf8(bytes).ok()?;
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((name, text.trim_start_matches('\u{feff}').to_owned()))
        })
        .collect()
}

#[test]
fn corpus_files_that_upstream_accepts_read_and_write_back_unchanged() {
    let mut checked = 0;
    for &version in ChartVersion::ALL {
        let upstream = common::upstream_validator(version.as_str());
        for (name, text) in corpus() {
            let Ok(tree) = airflow_values::yaml::from_str::<Value>(&text) else {
                continue;
            };
            if !tree.is_object() || !upstream.is_valid(&tree) {
                continue;
            }
            // Files with keys that upstream lets through only because it
            // leaves their parent open are rejected here on purpose; the
            // differential test (official_differential.rs) lists them.
            if let Err(ReadError::Structure { .. }) = Values::from_yaml(&text, version) {
                continue;
            }
            assert_round_trip(&name, &text, version);
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} corpus files were checked");
    eprintln!("{checked} (file, version) pairs round-tripped");
}
