//! Every property path of a JSON Schema with what the schema says there:
//! shared by the coverage test and the generator of the key table.
//!
//! Paths join keys with `.`; a list's items add `[]`, a map's values `*`.
//! Paths stop at references to Kubernetes definitions (`io.k8s.*`): below
//! them both the chart and the model use the Kubernetes API's own schema.

use std::collections::{BTreeMap, BTreeSet};

use airflow_values::check::SchemaRoot;
use serde_json::Value;

/// What a schema says about one key path.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Leaf {
    /// JSON types the path admits (`string`, `integer`, `object`, …), `null` included.
    pub types: BTreeSet<String>,
    /// The Kubernetes definition the path refers to, if any.
    pub kubernetes: Option<String>,
    /// Whether the object here lists its keys (`properties`).
    pub has_properties: bool,
    /// Whether the object here takes no other keys (`additionalProperties: false`).
    pub closed: bool,
    /// Whether the object here takes other keys of any shape (no `additionalProperties`, or `true`).
    pub open: bool,
}

impl Leaf {
    /// The JSON types without `null`, `integer` folded into `number` when both appear.
    pub fn value_types(&self) -> BTreeSet<String> {
        let mut types = self.types.clone();
        types.remove("null");
        if types.contains("number") {
            types.remove("integer");
        }
        types
    }

    /// Whether `null` is a valid value here.
    pub fn nullable(&self) -> bool {
        self.types.contains("null")
    }
}

pub type Paths = BTreeMap<String, Leaf>;

/// Every property path of `root` (draft-07 `definitions` or 2020-12 `$defs`).
/// `skip` leaves out a property (the model's markers of keys of other releases).
pub fn paths_of(root: &Value, skip: &dyn Fn(&Value) -> bool) -> Paths {
    let mut walker = Walker {
        root: SchemaRoot::of(root),
        skip,
        paths: Paths::new(),
    };
    walker.walk(root, "", 0);
    walker.paths
}

struct Walker<'a> {
    root: SchemaRoot<'a>,
    skip: &'a dyn Fn(&Value) -> bool,
    paths: Paths,
}

impl<'a> Walker<'a> {
    /// The definition `reference` points to, and its name.
    fn resolve(&self, reference: &'a str) -> (&'a Value, &'a str) {
        let name = reference.rsplit('/').next().unwrap_or(reference);
        let node = self
            .root
            .resolve(reference)
            .unwrap_or_else(|| panic!("unresolved reference {reference}"));
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
                leaf.types.extend(kubernetes_types(name, target));
                return;
            }
            self.walk(target, path, depth + 1);
        }
        if !path.is_empty() {
            let leaf = self.paths.entry(path.to_owned()).or_default();
            leaf.types.extend(own_types(object));
            if object.contains_key("properties") {
                leaf.has_properties = true;
                match object.get("additionalProperties") {
                    Some(Value::Bool(false)) => leaf.closed = true,
                    None | Some(Value::Bool(true)) => leaf.open = true,
                    Some(Value::Object(o)) if o.is_empty() => leaf.open = true,
                    _ => {}
                }
            }
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
                if (self.skip)(child) {
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

pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The path a path hangs under (`""` for a top-level key).
pub fn parent(path: &str) -> &str {
    path.rfind('.').map_or("", |i| &path[..i])
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
        if object["enum"]
            .as_array()
            .is_some_and(|e| e.iter().any(Value::is_null))
        {
            types.push("null".to_owned());
        }
    }
    // A value passes both `type` and `enum`: `type: [null, string]` with an
    // enum that leaves `null` out refuses `null`, as Helm does.
    if let Some(Value::Array(allowed)) = object.get("enum")
        && !allowed.iter().any(Value::is_null)
    {
        types.retain(|t| t != "null");
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

/// Every mapping key path of a chart's values.yaml (as a JSON tree).
pub fn default_paths(values: &Value) -> BTreeSet<String> {
    fn walk(value: &Value, path: &str, out: &mut BTreeSet<String>) {
        if let Value::Object(map) = value {
            for (key, child) in map {
                let here = join(path, key);
                out.insert(here.clone());
                walk(child, &here, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(values, "", &mut out);
    out
}

/// The key paths a release has: its schema's, plus the keys its values.yaml
/// sets below a mapping the schema leaves open (chart 1.15.0's
/// `securityContexts.containers`, 1.18.0's `ingress.apiServer` and what it
/// holds); Helm passes those to the templates as well.
pub fn release_paths(schema: &Paths, defaults: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = schema.keys().cloned().collect();
    let mut added: BTreeSet<String> = BTreeSet::new();
    // Sorted: a key comes before the keys below it.
    for path in defaults {
        if schema.contains_key(path) {
            continue;
        }
        let up = parent(path);
        let below_open = up.is_empty()
            || added.contains(up)
            || schema
                .get(up)
                .is_some_and(|l| l.has_properties && l.open && l.kubernetes.is_none());
        if below_open {
            out.insert(path.clone());
            added.insert(path.clone());
        }
    }
    out
}
