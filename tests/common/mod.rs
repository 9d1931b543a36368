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

/// A tree the way Helm compares values: every number a float64, and resource
/// quantities as text (k8s-openapi's `Quantity` writes `1` back as `"1"`).
pub fn helm_tree(yaml: &str) -> serde_json::Value {
    normalize(tree(yaml), false)
}

pub fn normalize(value: serde_json::Value, quantity: bool) -> serde_json::Value {
    match value {
        serde_json::Value::Number(n) if quantity => {
            let x = n.as_f64().unwrap_or_default();
            serde_json::Value::String(if x.fract() == 0.0 {
                format!("{x:.0}")
            } else {
                x.to_string()
            })
        }
        serde_json::Value::Number(n) => serde_json::json!(n.as_f64()),
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.into_iter().map(|v| normalize(v, false)).collect())
        }
        serde_json::Value::Object(map) => serde_json::Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let holds_quantities = matches!(k.as_str(), "limits" | "requests");
                    let v = match v {
                        serde_json::Value::Object(inner) if holds_quantities => {
                            serde_json::Value::Object(
                                inner
                                    .into_iter()
                                    .map(|(q, x)| (q, normalize(x, true)))
                                    .collect(),
                            )
                        }
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
pub fn first_difference(
    a: &serde_json::Value,
    b: &serde_json::Value,
    path: &str,
) -> Option<String> {
    match (a, b) {
        (serde_json::Value::Object(x), serde_json::Value::Object(y)) => {
            x.keys().chain(y.keys()).find_map(|key| {
                let here = format!("{path}.{key}");
                match (x.get(key), y.get(key)) {
                    (Some(l), Some(r)) => first_difference(l, r, &here),
                    (l, r) => Some(format!("{here}: {l:?} vs {r:?}")),
                }
            })
        }
        (serde_json::Value::Array(x), serde_json::Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (l, r))| first_difference(l, r, &format!("{path}[{i}]"))),
        _ if a == b => None,
        _ => Some(format!("{path}: {a} vs {b}")),
    }
}

#[path = "../../examples/common/walkthrough.rs"]
mod walkthrough;
#[allow(unused_imports)] // Not every test crate builds a plan.
pub use walkthrough::walkthrough_plan;

/// The AKS preset given the walkthrough's DAG repository and plan.
pub fn walkthrough_preset(
    version: airflow_values::official::ChartVersion,
) -> airflow_values::presets::AksProduction {
    walkthrough::walkthrough_preset(version).expect("the walkthrough's plan builds")
}

/// A finding's code from its text; a code no finding has fails the test
/// here, instead of matching nothing.
pub fn code(text: &str) -> airflow_values::check::Code {
    text.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// The two YAML examples of a template check's `explain` doc: the values
/// that trigger it and the values one step away.
pub fn template_check_examples(
    explanation: &airflow_values::check::Explanation,
) -> [&'static str; 2] {
    let blocks: Vec<&'static str> = explanation
        .doc
        .split("```yaml\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .collect();
    match blocks[..] {
        [fires, near] => [fires, near],
        _ => panic!(
            "{}: the doc has a triggering and a near example",
            explanation.code
        ),
    }
}

/// The Kubernetes definitions the crate embeds (`src/k8s/schemas.json`,
/// from k8s-openapi): newer than any chart's copy.
pub fn embedded_kubernetes_definitions() -> serde_json::Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/k8s/schemas.json");
    let text = std::fs::read_to_string(&path).expect("src/k8s/schemas.json is readable");
    let mut all: serde_json::Value = serde_json::from_str(&text).expect("schemas.json is JSON");
    all["$defs"].take()
}

/// The embedded definition that stands for a release's definition `name`:
/// the same name, or for an API group version Kubernetes no longer serves
/// (`autoscaling/v2beta2`), the one that replaced it (the model's schema
/// renames it back).
pub fn embedded_for<'a>(
    embedded: &'a serde_json::Value,
    name: &str,
) -> Option<&'a serde_json::Value> {
    embedded.get(name).or_else(|| {
        let newer = name.replace(
            "io.k8s.api.autoscaling.v2beta2.",
            "io.k8s.api.autoscaling.v2.",
        );
        embedded.get(newer)
    })
}

/// The field names of a definition (its `properties`).
pub fn field_names(definition: &serde_json::Value) -> std::collections::BTreeSet<String> {
    definition
        .get("properties")
        .and_then(serde_json::Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

/// The findings of `report` that `keep` selects, as (code, key path, place)
/// triples for a test to compare.
pub fn findings_at(
    report: &airflow_values::check::Report,
    keep: impl Fn(&airflow_values::check::Diagnostic) -> bool,
) -> Vec<(String, String, String)> {
    report
        .diagnostics()
        .iter()
        .filter(|d| keep(d))
        .map(|d| {
            let at = d
                .location
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default();
            (d.code.as_str().to_owned(), d.path.to_string(), at)
        })
        .collect()
}
