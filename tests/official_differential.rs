//! The model's structural check against upstream's values.schema.json, run by
//! the `jsonschema` crate: on the corpus and on generated mutations (a key
//! renamed, a value of another type), both must accept or both must reject.
//!
//! Where they disagree by design, the disagreement must have one of the
//! reasons listed in [`Reason`]; anything else fails the test with the file,
//! the version and the key path.

mod common;
#[path = "common/schema_paths.rs"]
#[allow(
    dead_code,
    reason = "shared with the coverage tests, which use all of it"
)]
mod schema_paths;

use std::collections::BTreeMap;

use airflow_values::official::{ChartVersion, ReadError, Values};
use serde_json::{Value, json};

/// Why the model and upstream may disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reason {
    /// Upstream leaves this mapping open (no `additionalProperties: false`),
    /// so it lets any key through, and the chart's templates never read it:
    /// the model reports the key instead of letting it vanish.
    UpstreamLeavesMappingOpen,
    /// The release's values.yaml sets this key where its schema is open and
    /// says nothing about it (1.10.0's `postgresql.image`, 1.18.0's
    /// `ingress.apiServer`): upstream takes any value, the model holds it to
    /// the shape the templates (and later schemas) give it.
    UpstreamHasNoSchemaHere,
}

/// Whether upstream has no schema for the key at `path` or a key above it,
/// below a mapping it leaves open.
fn upstream_says_nothing(upstream: &Value, path: &[String]) -> bool {
    (1..=path.len()).any(|n| {
        upstream_node(upstream, &path[..n]).is_none()
            && upstream_node(upstream, &path[..n - 1]).is_some_and(|node| {
                !matches!(node.get("additionalProperties"), Some(Value::Bool(false)))
            })
    })
}

/// Key path segments of a diagnostic path (`a.b[0].c` → `a`, `b`, `0`, `c`).
fn segments(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(i) = rest.find('[') {
            if i > 0 {
                out.push(rest[..i].to_owned());
            }
            rest = &rest[i..];
            while let Some(end) = rest.find(']') {
                out.push(rest[1..end].to_owned());
                rest = &rest[end + 1..];
            }
        } else {
            out.push(rest.to_owned());
        }
    }
    out
}

/// The upstream schema node at a key path, following `$ref`, list items and
/// the branches of `oneOf`/`anyOf`.
fn upstream_node<'a>(root: &'a Value, path: &[String]) -> Option<&'a Value> {
    let resolve = |node: &'a Value| -> &'a Value {
        match node.get("$ref").and_then(Value::as_str) {
            Some(r) => &root["definitions"][r.rsplit('/').next().unwrap_or_default()],
            None => node,
        }
    };
    let mut node = resolve(root);
    for segment in path {
        let next = if segment.parse::<usize>().is_ok() && node.get("items").is_some() {
            node.get("items")
        } else if let Some(child) = node.get("properties").and_then(|p| p.get(segment)) {
            Some(child)
        } else if let Some(extra) = node.get("additionalProperties").filter(|a| a.is_object()) {
            Some(extra)
        } else {
            node.get("oneOf")
                .or_else(|| node.get("anyOf"))
                .and_then(Value::as_array)
                .and_then(|branches| {
                    branches
                        .iter()
                        .map(resolve)
                        .find_map(|b| b.get("properties").and_then(|p| p.get(segment)))
                })
        };
        node = resolve(next?);
    }
    Some(node)
}

/// Why an unknown key that upstream accepts is reported by the model.
fn reason_for_unknown_key(upstream: &Value, path: &str) -> Option<Reason> {
    let segments = segments(path);
    let (_, parent) = segments.split_last()?;
    if upstream_says_nothing(upstream, parent) {
        return Some(Reason::UpstreamHasNoSchemaHere);
    }
    let node = upstream_node(upstream, parent)?;
    let open = node.get("properties").is_some()
        && !matches!(node.get("additionalProperties"), Some(Value::Bool(false)));
    open.then_some(Reason::UpstreamLeavesMappingOpen)
}

fn model_verdict(tree: &Value, version: ChartVersion) -> Vec<(String, String)> {
    let text = serde_json::to_string(tree).expect("tree serializes");
    match Values::from_yaml(&text, version) {
        Ok(_) => Vec::new(),
        Err(ReadError::Structure { report, .. }) => report
            .diagnostics()
            .iter()
            .map(|d| (d.code.as_str().to_owned(), d.path.to_string()))
            .collect(),
        Err(e) => vec![("typed".to_owned(), e.to_string())],
    }
}

/// Compares both sides on one document; returns the disagreements that have
/// no listed reason, and counts the explained ones.
fn compare(
    name: &str,
    tree: &Value,
    version: ChartVersion,
    upstream_schema: &Value,
    upstream: &jsonschema::Validator,
    explained: &mut BTreeMap<Reason, usize>,
) -> Option<String> {
    let upstream_errors: Vec<(String, String)> = upstream
        .iter_errors(tree)
        .map(|e| (e.instance_path().to_string(), e.to_string()))
        .collect();
    let model = model_verdict(tree, version);
    match (upstream_errors.is_empty(), model.is_empty()) {
        (true, true) | (false, false) => None,
        (true, false) => {
            let mut unexplained = Vec::new();
            for (code, path) in &model {
                let reason = match code.as_str() {
                    "AV0101" | "AV0110" | "AV0103" | "AV0111" => {
                        reason_for_unknown_key(upstream_schema, path)
                    }
                    _ => upstream_says_nothing(upstream_schema, &segments(path))
                        .then_some(Reason::UpstreamHasNoSchemaHere),
                };
                match (code.as_str(), reason) {
                    (_, Some(reason)) => {
                        *explained.entry(reason).or_default() += 1;
                        if !name.contains(' ') {
                            eprintln!("{version} {name}: {code} {path} ({reason:?})");
                        }
                    }
                    _ => unexplained.push(format!("{code} {path}")),
                }
            }
            (!unexplained.is_empty()).then(|| {
                format!("{name} ({version}): upstream accepts, the model rejects {unexplained:?}")
            })
        }
        (false, true) => {
            let listed: Vec<String> = upstream_errors
                .iter()
                .map(|(pointer, message)| format!("{pointer}: {message}"))
                .collect();
            Some(format!(
                "{name} ({version}): upstream rejects {listed:?}, the model accepts"
            ))
        }
    }
}

/// The official-chart corpus as trees (files that are YAML mappings).
fn corpus() -> Vec<(String, Value)> {
    let dir = common::shared("corpus/official");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/official is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let text = String::from_utf8(std::fs::read(&p).ok()?).ok()?;
            let tree: Value =
                airflow_values::yaml::from_str(text.trim_start_matches('\u{feff}')).ok()?;
            tree.is_object()
                .then(|| (p.file_name().unwrap().to_string_lossy().into_owned(), tree))
        })
        .collect()
}

fn upstream_schema(version: ChartVersion) -> Value {
    serde_json::from_str(&common::read_shared(&format!(
        "charts/apache-airflow/{version}/values.schema.json"
    )))
    .expect("upstream schema is JSON")
}

#[test]
fn corpus_files_get_the_same_verdict_as_upstream() {
    let mut failures = Vec::new();
    let mut explained = BTreeMap::new();
    let mut compared = 0;
    for &version in ChartVersion::ALL {
        let schema = upstream_schema(version);
        let upstream = common::upstream_validator(version.as_str());
        for (name, tree) in corpus() {
            compared += 1;
            failures.extend(compare(
                &name,
                &tree,
                version,
                &schema,
                &upstream,
                &mut explained,
            ));
        }
    }
    eprintln!("{compared} (file, version) pairs; explained disagreements: {explained:?}");
    assert!(compared > 50, "only {compared} pairs compared");
    // Each kind of explained disagreement, and how often: a new kind, or
    // more of one, is a change to read.
    insta::assert_debug_snapshot!("corpus_explained_disagreements", explained);
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every (path, value) of a tree, depth first, lists by index.
fn leaves(value: &Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(k.clone());
                out.push((path.clone(), v.clone()));
                leaves(v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(i.to_string());
                out.push((path.clone(), v.clone()));
                leaves(v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn parent_mut<'a>(tree: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    let mut node = tree;
    for segment in path {
        node = match node {
            Value::Object(map) => map.get_mut(segment)?,
            Value::Array(items) => items.get_mut(segment.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(node)
}

/// A value of another JSON type than `value`'s.
fn other_type(value: &Value) -> Value {
    match value {
        Value::String(_) => json!(["x"]),
        Value::Number(_) => json!({"x": 1}),
        Value::Bool(_) => json!(["true"]),
        Value::Array(_) => json!(7),
        Value::Object(_) => json!(7),
        Value::Null => json!(["x"]),
    }
}

/// Documents both sides accept, to mutate: the chart's defaults, and corpus
/// files upstream and the model both accept.
fn accepted(version: ChartVersion, upstream: &jsonschema::Validator) -> Vec<(String, Value)> {
    let defaults: Value = common::tree(&common::read_shared(&format!(
        "charts/apache-airflow/{version}/values.yaml"
    )));
    let mut docs = vec![("values.yaml".to_owned(), defaults)];
    docs.extend(
        corpus()
            .into_iter()
            .filter(|(_, t)| upstream.is_valid(t) && model_verdict(t, version).is_empty()),
    );
    docs
}

#[test]
fn mutations_get_the_same_verdict_as_upstream() {
    let mut failures = Vec::new();
    let mut explained = BTreeMap::new();
    let mut mutations = 0;
    for &version in ChartVersion::ALL {
        let schema = upstream_schema(version);
        let upstream = common::upstream_validator(version.as_str());
        for (name, tree) in accepted(version, &upstream) {
            let mut all = Vec::new();
            leaves(&tree, &mut Vec::new(), &mut all);
            // Every 7th path keeps the run short while touching every part
            // of the chart's defaults across both versions.
            for (path, value) in all.iter().step_by(7) {
                let Some((last, parent)) = path.split_last() else {
                    continue;
                };
                // Rename the key (mappings only).
                if last.parse::<usize>().is_err() {
                    let mut renamed = tree.clone();
                    if let Some(Value::Object(map)) = parent_mut(&mut renamed, parent) {
                        let v = map.remove(last).unwrap_or(Value::Null);
                        map.insert(format!("{last}Typo"), v);
                        mutations += 1;
                        let label = format!("{name} rename {}", path.join("."));
                        failures.extend(compare(
                            &label,
                            &renamed,
                            version,
                            &schema,
                            &upstream,
                            &mut explained,
                        ));
                    }
                }
                // Change the value's type.
                let mut retyped = tree.clone();
                if let Some(slot) = parent_mut(&mut retyped, path) {
                    *slot = other_type(value);
                    mutations += 1;
                    let label = format!("{name} retype {}", path.join("."));
                    failures.extend(compare(
                        &label,
                        &retyped,
                        version,
                        &schema,
                        &upstream,
                        &mut explained,
                    ));
                }
            }
        }
    }
    eprintln!("{mutations} mutations; explained disagreements: {explained:?}");
    assert!(mutations > 500, "only {mutations} mutations");
    insta::assert_debug_snapshot!("mutation_explained_disagreements", explained);
    failures.truncate(60);
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// One step of a key path down to a Kubernetes object.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    /// The first item of a list.
    Item,
    /// A value of a map with keys of the user's choosing.
    Any,
}

/// Every Kubernetes definition the release's schema reaches, each with the
/// first key path that reaches it (from a values key, then through the
/// fields of other definitions).
fn reachable_definitions(upstream: &Value) -> BTreeMap<String, Vec<Step>> {
    fn reach(
        upstream: &Value,
        name: &str,
        steps: Vec<Step>,
        out: &mut BTreeMap<String, Vec<Step>>,
    ) {
        if out.contains_key(name) {
            return;
        }
        out.insert(name.to_owned(), steps.clone());
        let definition = &upstream["definitions"][name];
        let Some(fields) = definition.get("properties").and_then(Value::as_object) else {
            return;
        };
        let target = |node: &Value| {
            node.get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.rsplit('/').next())
                .filter(|n| n.starts_with("io.k8s."))
                .map(str::to_owned)
        };
        for (field, node) in fields {
            let mut here = steps.clone();
            here.push(Step::Key(field.clone()));
            if let Some(next) = target(node) {
                reach(upstream, &next, here.clone(), out);
            }
            for (key, step) in [("items", Step::Item), ("additionalProperties", Step::Any)] {
                if let Some(next) = node.get(key).and_then(target) {
                    let mut deeper = here.clone();
                    deeper.push(step);
                    reach(upstream, &next, deeper, out);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for (path, leaf) in schema_paths::paths_of(upstream, &|_| false) {
        let Some(name) = leaf.kubernetes else {
            continue;
        };
        if path.starts_with("postgresql.") {
            continue;
        }
        let steps = path
            .split('.')
            .map(|s| match s {
                "[]" => Step::Item,
                "*" => Step::Any,
                key => Step::Key(key.to_owned()),
            })
            .collect();
        reach(upstream, &name, steps, &mut out);
    }
    out
}

/// A document that sets `field` in the object at `steps`, with the path the
/// model reports it at and the JSON pointer of the object.
fn with_field(steps: &[Step], field: &str) -> (Value, String, String) {
    let mut doc = json!({ field: {} });
    for step in steps.iter().rev() {
        doc = match step {
            Step::Key(key) => json!({ key.as_str(): doc }),
            Step::Item => json!([doc]),
            Step::Any => json!({ "x": doc }),
        };
    }
    let (mut path, mut pointer) = (String::new(), String::new());
    for step in steps {
        let (dotted, segment) = match step {
            Step::Key(key) => (format!(".{key}"), key.clone()),
            Step::Item => ("[0]".to_owned(), "0".to_owned()),
            Step::Any => (".x".to_owned(), "x".to_owned()),
        };
        path += &dotted;
        pointer += &format!("/{segment}");
    }
    path += &format!(".{field}");
    (doc, path.trim_start_matches('.').to_owned(), pointer)
}

/// A field of a Kubernetes object that Kubernetes added after the release
/// was made (HPA `tolerance`, a container's `restartPolicy` before chart
/// 1.15.0, …): the release's schema refuses it, and so must the model, also
/// where the model takes the definition from the newer `autoscaling/v2` for
/// a release that names `v2beta2` (1.10.0 to 1.13.1).
#[test]
fn kubernetes_fields_the_release_lacks_are_refused_by_both() {
    let embedded = common::embedded_kubernetes_definitions();
    let mut failures = Vec::new();
    let mut mutations = 0;
    let mut tolerance = Vec::new();
    for &version in ChartVersion::ALL {
        let schema = upstream_schema(version);
        let upstream = common::upstream_validator(version.as_str());
        for (name, steps) in reachable_definitions(&schema) {
            let Some(ours) = common::embedded_for(&embedded, &name) else {
                continue;
            };
            let theirs = common::field_names(&schema["definitions"][&name]);
            for field in common::field_names(ours).difference(&theirs) {
                let (doc, path, pointer) = with_field(&steps, field);
                mutations += 1;
                if field == "tolerance" {
                    tolerance.push(format!("{version} {path}"));
                }
                let quoted = format!("'{field}'");
                let upstream_refuses = upstream.iter_errors(&doc).any(|e| {
                    e.instance_path().to_string() == pointer && e.to_string().contains(&quoted)
                });
                let model = model_verdict(&doc, version);
                let model_refuses = model.iter().any(|(code, p)| code == "AV0101" && *p == path);
                if !(upstream_refuses && model_refuses) {
                    failures.push(format!(
                        "{version} {name}.{field} at {path}: upstream refuses: {upstream_refuses}, \
                         the model: {model:?}"
                    ));
                }
            }
        }
    }
    eprintln!("{mutations} Kubernetes fields the releases lack; HPA tolerance at {tolerance:?}");
    // Every release refuses the HPA's `tolerance` (none of their copies of
    // `HPAScalingRules` has it), v2beta2 and v2 alike.
    for &version in ChartVersion::ALL {
        assert!(
            tolerance
                .iter()
                .any(|t| t.starts_with(&format!("{version} "))),
            "{version}: no `tolerance` mutation in {tolerance:?}"
        );
    }
    assert!(mutations > 100, "only {mutations} mutations");
    failures.truncate(40);
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn segments_split_keys_and_indices() {
    assert_eq!(segments("a.b[0].c"), ["a", "b", "0", "c"]);
    assert_eq!(segments("x[1][2]"), ["x", "1", "2"]);
}
