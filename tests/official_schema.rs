//! The model's JSON Schema against the upstream values.schema.json of each
//! modeled chart version: the same key paths, the same JSON types at each
//! path, and the same Kubernetes types where the chart takes a Kubernetes
//! object.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use airflow_values::official::{ChartVersion, json_schema};
use serde_json::Value;

/// What a schema says about one key path.
#[derive(Debug, Default, Clone, PartialEq)]
struct Leaf {
    /// JSON types the path admits (`string`, `integer`, `object`, …).
    types: BTreeSet<String>,
    /// The Kubernetes definition the path refers to, if any.
    kubernetes: Option<String>,
}

type Paths = BTreeMap<String, Leaf>;

/// Walks a schema and records every property path. Paths stop at references
/// to Kubernetes definitions (`io.k8s.*`): below them both sides are the
/// Kubernetes API's own schema.
struct Walker<'a> {
    root: &'a Value,
    definitions: &'a str,
    paths: Paths,
}

impl<'a> Walker<'a> {
    fn new(root: &'a Value) -> Self {
        let definitions = if root.get("$defs").is_some() {
            "$defs"
        } else {
            "definitions"
        };
        Walker {
            root,
            definitions,
            paths: Paths::new(),
        }
    }

    fn resolve(&self, reference: &'a str) -> (&'a Value, &'a str) {
        let name = reference.rsplit('/').next().unwrap();
        let node = &self.root[self.definitions][name];
        assert!(!node.is_null(), "unresolved reference {reference}");
        (node, name)
    }

    fn walk(&mut self, node: &'a Value, path: &str, depth: usize) {
        assert!(depth < 64, "schema too deep at {path}");
        let Some(object) = node.as_object() else {
            return;
        };
        if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
            let (target, name) = self.resolve(reference);
            if name.starts_with("io.k8s.") {
                let leaf = self.paths.entry(path.to_owned()).or_default();
                leaf.kubernetes = Some(name.to_owned());
                let types = kubernetes_types(name, target);
                leaf.types.extend(types);
                return;
            }
            self.walk(target, path, depth + 1);
        }
        if !path.is_empty() {
            let types = own_types(object);
            self.paths
                .entry(path.to_owned())
                .or_default()
                .types
                .extend(types);
        }
        for branch in ["anyOf", "oneOf", "allOf"] {
            if let Some(Value::Array(items)) = object.get(branch) {
                for item in items {
                    self.walk(item, path, depth + 1);
                }
            }
        }
        if let Some(Value::Object(properties)) = object.get("properties") {
            for (key, child) in properties {
                if is_version_marker(child) {
                    continue;
                }
                let child_path = join(path, key);
                self.paths.entry(child_path.clone()).or_default();
                self.walk(child, &child_path, depth + 1);
            }
        }
        if let Some(items) = object.get("items").filter(|i| i.is_object()) {
            self.walk(items, &join(path, "[]"), depth + 1);
        }
        if let Some(extra) = object
            .get("additionalProperties")
            .filter(|a| a.as_object().is_some_and(|o| !o.is_empty()))
        {
            self.walk(extra, &join(path, "*"), depth + 1);
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn is_version_marker(node: &Value) -> bool {
    node.get("x-chart-versions").is_some() && node.get("not").is_some()
}

fn own_types(object: &serde_json::Map<String, Value>) -> Vec<String> {
    let mut types: Vec<String> = match object.get("type") {
        Some(Value::String(t)) => vec![t.clone()],
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    };
    if types.is_empty() && object.contains_key("enum") {
        types.push("string".to_owned());
    }
    if types.is_empty() && object.contains_key("properties") {
        types.push("object".to_owned());
    }
    types
}

/// The JSON types of a Kubernetes definition: `object`, or the two scalar
/// forms of `IntOrString` and `Quantity`.
fn kubernetes_types(name: &str, target: &Value) -> Vec<String> {
    let mut types = Vec::new();
    for branch in ["anyOf", "oneOf"] {
        if let Some(Value::Array(items)) = target.get(branch) {
            for item in items {
                if let Some(t) = item.get("type").and_then(Value::as_str) {
                    types.push(t.to_owned());
                }
            }
        }
    }
    if types.is_empty() {
        types.push(
            if name.ends_with("IntOrString") || name.ends_with("Quantity") {
                "string".to_owned()
            } else {
                "object".to_owned()
            },
        );
    }
    types
}

fn paths_of(schema: &Value) -> Paths {
    let mut walker = Walker::new(schema);
    walker.walk(schema, "", 0);
    walker.paths
}

fn upstream(version: ChartVersion) -> Value {
    let text = common::read_shared(&format!(
        "charts/apache-airflow/{version}/values.schema.json"
    ));
    serde_json::from_str(&text).expect("upstream schema is JSON")
}

fn model(version: ChartVersion) -> Value {
    json_schema(version).as_value().clone()
}

/// The model types some scalars that upstream writes inline (`integer` or
/// `string`) with the Kubernetes definition of that shape.
const SCALAR_DEFINITIONS: &[&str] = &[
    "io.k8s.apimachinery.pkg.util.intstr.IntOrString",
    "io.k8s.apimachinery.pkg.api.resource.Quantity",
];

/// `integer` is a kind of `number`: a set with both says `number`.
fn normalized(types: &BTreeSet<String>) -> BTreeSet<String> {
    let mut types = types.clone();
    if types.contains("number") {
        types.remove("integer");
    }
    types
}

/// Every path below the Kubernetes definitions the model uses, for upstream
/// paths that spell out (inline) what the model takes as a Kubernetes type.
fn kubernetes_subpaths(schema: &Value, paths: &Paths) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (path, leaf) in paths {
        if let Some(name) = &leaf.kubernetes {
            // One level is enough for the inline shapes upstream uses
            // (`{name, value}` for an EnvVar).
            if let Some(Value::Object(props)) = schema["$defs"][name.as_str()].get("properties") {
                for key in props.keys() {
                    out.insert(format!("{path}.{key}"));
                }
            }
        }
    }
    out
}

/// Every mapping key path of the chart's own values.yaml.
fn default_paths(version: ChartVersion) -> BTreeSet<String> {
    fn walk(value: &Value, path: &str, out: &mut BTreeSet<String>) {
        if let Value::Object(map) = value {
            for (key, child) in map {
                let here = join(path, key);
                out.insert(here.clone());
                walk(child, &here, out);
            }
        }
    }
    let text = common::read_shared(&format!("charts/apache-airflow/{version}/values.yaml"));
    let mut out = BTreeSet::new();
    walk(&common::tree(&text), "", &mut out);
    out
}

#[test]
fn every_upstream_key_path_is_modeled_and_no_other() {
    let mut report = String::new();
    for &version in ChartVersion::ALL {
        let theirs = paths_of(&upstream(version));
        let ours = paths_of(&model(version));
        let schema = model(version);
        let below = kubernetes_subpaths(&schema, &ours);
        let missing: Vec<_> = theirs
            .keys()
            .filter(|p| !ours.contains_key(*p) && !below.contains(*p))
            .collect();
        // The chart's values.yaml defines keys too: chart 1.15.0 sets
        // `securityContexts.containers`, which its schema leaves out.
        let defaults = default_paths(version);
        // Keys under `postgresql` go to the bundled postgresql subchart,
        // which takes them in every chart version (chart 1.22.0 lists
        // `postgresql.image`; 1.15.0 passes it on just the same).
        let extra: Vec<_> = ours
            .keys()
            .filter(|p| {
                !theirs.contains_key(*p) && !defaults.contains(*p) && !p.starts_with("postgresql.")
            })
            .collect();
        if !missing.is_empty() {
            report += &format!(
                "\n{version}: {} paths missing from the model:\n",
                missing.len()
            );
            for p in missing {
                report += &format!("  {p}\n");
            }
        }
        if !extra.is_empty() {
            report += &format!(
                "\n{version}: {} paths the chart does not have:\n",
                extra.len()
            );
            for p in extra {
                report += &format!("  {p}\n");
            }
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn every_key_path_has_the_upstream_types() {
    let mut report = String::new();
    for &version in ChartVersion::ALL {
        let theirs = paths_of(&upstream(version));
        let ours = paths_of(&model(version));
        for (path, leaf) in &theirs {
            let Some(mine) = ours.get(path) else { continue };
            let scalar = leaf.kubernetes.is_none()
                && mine
                    .kubernetes
                    .as_deref()
                    .is_some_and(|k| SCALAR_DEFINITIONS.contains(&k));
            // Upstream spells out some Kubernetes shapes inline (an EnvVar as
            // `{name, value}` in 1.15.0); the model takes the full type.
            let inline = leaf.kubernetes.is_none()
                && mine.kubernetes.is_some()
                && leaf.types == BTreeSet::from(["object".to_owned()]);
            if leaf.kubernetes != mine.kubernetes && !scalar && !inline {
                report += &format!(
                    "{version} {path}: Kubernetes type {:?} upstream, {:?} here\n",
                    leaf.kubernetes, mine.kubernetes
                );
            }
            if !leaf.types.is_empty() && normalized(&leaf.types) != normalized(&mine.types) {
                report += &format!(
                    "{version} {path}: types {:?} upstream, {:?} here\n",
                    leaf.types, mine.types
                );
            }
        }
    }
    assert!(report.is_empty(), "\n{report}");
}

#[test]
fn keys_of_one_version_only_are_marked_with_the_versions_that_have_them() {
    let old = model(ChartVersion::V1_15_0);
    let new = model(ChartVersion::V1_22_0);
    assert_eq!(
        old["properties"]["apiServer"]["x-chart-versions"],
        serde_json::json!(["1.22.0"])
    );
    assert!(new["properties"]["apiServer"].get("not").is_none());
    assert_eq!(
        new["properties"]["_rpcServer"]["x-chart-versions"],
        serde_json::json!(["1.15.0"])
    );
}

/// The structural walk on the official chart's own schema (draft 7,
/// `#/definitions`, ~800 KB): unknown keys with their suggestion, wrong
/// types with what was found.
#[test]
fn the_walk_reads_the_upstream_schema() {
    use airflow_values::check::walk_schema;
    use serde_json::json;

    let schema = upstream(ChartVersion::V1_22_0);
    let doc = json!({
        "executor": "KubernetesExecutor",
        "images": {"airflow": {"repository": "acr.io/airflow", "tag": 2.1, "imagePullPolicy": "Always"}},
        "scheduler": {
            "replicas": 2,
            "nodeselector": {"agentpool": "airflow"},
            "tolerations": [{"key": "k", "operator": "Exists", "efect": "NoSchedule"}],
            "env": [{"name": "A", "value": 1}]
        },
        "webserver": {"defaultUser": {"enabled": "yes"}},
        "dags": {"gitSync": {"enabled": true, "repo": "git@github.com:acme/dags.git"}},
        "workers": {"resources": {"limits": {"memory": "2Gi"}}, "serviceAccount": {"create": true}}
    });
    let found: Vec<(String, &str, Option<String>, bool)> = walk_schema(&schema, &doc)
        .into_iter()
        .map(|d| {
            let names_found = ["a number", "an integer", "a string"]
                .iter()
                .any(|f| d.message.contains(f));
            (d.path, d.code.as_str(), d.suggestion, names_found)
        })
        .collect();
    let want = [
        (
            "images.airflow.imagePullPolicy",
            "AV0101",
            Some("pullPolicy"),
            false,
        ),
        ("images.airflow.tag", "AV0102", None, true),
        ("scheduler.env[0].value", "AV0102", None, true),
        (
            "scheduler.nodeselector",
            "AV0101",
            Some("nodeSelector"),
            false,
        ),
        (
            "scheduler.tolerations[0].efect",
            "AV0101",
            Some("effect"),
            false,
        ),
        ("webserver.defaultUser.enabled", "AV0102", None, true),
    ];
    let want: Vec<(String, &str, Option<String>, bool)> = want
        .into_iter()
        .map(|(p, c, s, f)| (p.to_owned(), c, s.map(str::to_owned), f))
        .collect();
    assert_eq!(found, want);
    // The chart's top level takes any key; its components do not.
    let issues = walk_schema(
        &schema,
        &json!({"scheduler": {"serviceAccount": {}, "reids": 1}}),
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].path, "scheduler.reids");
}
