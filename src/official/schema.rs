//! The JSON Schema of the model, one per chart version.
//!
//! schemars derives it from the typed model; three adjustments make it say
//! exactly what the chart accepts:
//!
//! - The model is the union of every modeled release. The key table
//!   (`key_table.rs`, generated from the upstream data) says which releases
//!   have each key and what changed about it; for one release, a key of
//!   other releases only is replaced by a schema that admits nothing and
//!   names the releases that have it (`x-chart-versions`), and the facts of
//!   that release (nullable, closed, the shape of the value) are applied.
//! - Kubernetes objects from k8s-openapi are closed (`additionalProperties:
//!   false`), as the API server's strict field validation would have them.
//! - `IntOrString` and `Quantity` admit both of their YAML forms.
//! - A key the release deprecates ([`deprecations`](super::deprecations)) is
//!   annotated `deprecated: true`, so that editors strike it through.

use schemars::Schema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use super::keys::{self, Fact};
use super::{ChartVersion, Values};
use crate::types::schema::NULLABLE_MARK;

/// The annotation that lists the chart versions a key exists in.
pub(crate) const VERSIONS_KEY: &str = "x-chart-versions";

/// The JSON Schema (draft 2020-12) of the values of `version`.
///
/// Point an editor at it (`# yaml-language-server: $schema=…`) to get
/// completion and the same structural errors that [`Values::from_yaml`]
/// reports. It is parsed once per version, from the schema compiled into the
/// crate, and then shared.
///
/// ```
/// use airflow_values::official::{ChartVersion, json_schema};
///
/// let schema = json_schema(ChartVersion::V1_22_0).as_value();
/// assert!(schema["properties"]["apiServer"]["properties"]["replicas"].is_object());
/// // `apiServer` does not exist in chart 1.15.0.
/// let old = json_schema(ChartVersion::V1_15_0).as_value();
/// assert_eq!(old["properties"]["apiServer"]["not"], serde_json::json!({}));
/// // 1.22.0 deprecates `workers.keda` (for `workers.celery.keda`); 1.15.0 does not.
/// let keda = |schema: &serde_json::Value| {
///     schema["properties"]["workers"]["properties"]["keda"]["deprecated"].clone()
/// };
/// assert_eq!(keda(schema), serde_json::json!(true));
/// assert!(keda(old).is_null());
/// ```
pub fn json_schema(version: ChartVersion) -> &'static Schema {
    compiled(version).whole()
}

/// The compiled schema of `version`, as `check` walks it.
pub(crate) fn compiled(version: ChartVersion) -> &'static crate::schemas::Compiled {
    let index = ChartVersion::ALL
        .iter()
        .position(|v| *v == version)
        .unwrap_or(0);
    crate::schemas::official(index)
}

/// The schema of `version` as schemars derives it from the model: what
/// `src/schemas/data_official.rs` holds, compiled, for [`json_schema`].
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn derived_schema(version: ChartVersion) -> Value {
    let mut value = model_schema::<Values>(&format!("apache-airflow chart {version} values"));
    // The key table speaks of key paths, and one model struct may sit at
    // several paths with different releases: each path gets its own copy.
    inline_model_definitions(&mut value);
    let mut kubernetes = Map::new();
    apply_releases(&mut value, "", version, &mut kubernetes);
    if let Some(defs) = value.get_mut("$defs").and_then(Value::as_object_mut) {
        for (name, def) in kubernetes {
            defs.entry(name).or_insert(def);
        }
        for (name, def) in defs.iter_mut() {
            remove_absent_fields(name, def, version);
        }
    }
    value
}

/// Removes from the Kubernetes definition `name` the fields that chart
/// `version`'s own copy of it lacks: the embedded definitions are newer than
/// any chart's, and the chart's schema refuses what its copy does not list.
fn remove_absent_fields(name: &str, def: &mut Value, version: ChartVersion) {
    let Some(object) = def.as_object_mut() else {
        return;
    };
    for field in keys::absent_kubernetes_fields(name, version) {
        if let Some(Value::Object(properties)) = object.get_mut("properties") {
            properties.remove(field);
        }
        if let Some(Value::Array(required)) = object.get_mut("required") {
            required.retain(|r| r != field);
        }
    }
}

/// The JSON Schema of a values model `T`, as the structural check walks it:
/// Kubernetes objects closed, two-form scalars spelled out, and `null` only
/// where a [`Nullable`] admits it. Chart dialects build theirs with it too.
///
/// [`Nullable`]: crate::types::Nullable
pub(crate) fn model_schema<T: schemars::JsonSchema>(title: &str) -> Value {
    let mut root = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    let value = root.as_object_mut().map(std::mem::take).unwrap_or_default();
    let mut value = Value::Object(value);
    crate::k8s::resolve(&mut value);
    if let Some(defs) = value.get_mut("$defs").and_then(Value::as_object_mut) {
        for (name, def) in defs.iter_mut() {
            if name.starts_with("io.k8s.") {
                adjust_kubernetes(name, def);
            }
        }
    }
    strip_option_nulls(&mut value);
    if let Some(object) = value.as_object_mut() {
        object.insert("title".into(), json!(title));
    }
    value
}

/// Removes the `null` schemars admits for every `Option` field: the model
/// leaves unset keys out, so `null` is only valid where a [`Nullable`] says so.
///
/// [`Nullable`]: crate::types::Nullable
fn strip_option_nulls(node: &mut Value) {
    match node {
        Value::Object(object) => {
            if let Some(Value::Array(types)) = object.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let single = types.remove(0);
                    object.insert("type".into(), single);
                }
            }
            if let Some(Value::Array(values)) = object.get_mut("enum") {
                values.retain(|v| !v.is_null());
            }
            if let Some(Value::Array(branches)) = object.get_mut("anyOf") {
                branches.retain(|b| {
                    b.get("type") != Some(&json!("null")) || b.get(NULLABLE_MARK).is_some()
                });
                for branch in branches.iter_mut() {
                    if let Some(mark) = branch.as_object_mut() {
                        mark.remove(NULLABLE_MARK);
                    }
                }
                if branches.len() == 1 {
                    let only = branches.remove(0);
                    object.remove("anyOf");
                    if let Value::Object(only) = only {
                        for (k, v) in only {
                            object.entry(k).or_insert(v);
                        }
                    }
                }
            }
            for child in object.values_mut() {
                strip_option_nulls(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_option_nulls),
        _ => {}
    }
}

/// Closes k8s-openapi objects and spells out the two-form scalars.
fn adjust_kubernetes(name: &str, def: &mut Value) {
    let Some(object) = def.as_object_mut() else {
        return;
    };
    if object.remove("x-kubernetes-int-or-string").is_some() {
        let other = if name.ends_with(".Quantity") {
            "number"
        } else {
            "integer"
        };
        object.insert(
            "anyOf".into(),
            json!([{ "type": "string" }, { "type": other }]),
        );
    }
    close_objects(def);
}

fn close_objects(node: &mut Value) {
    match node {
        Value::Object(object) => {
            if object.contains_key("properties") && !object.contains_key("additionalProperties") {
                object.insert("additionalProperties".into(), Value::Bool(false));
            }
            for child in object.values_mut() {
                close_objects(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(close_objects),
        _ => {}
    }
}

/// Replaces every reference to a definition of the model (not a Kubernetes
/// one) by a copy of that definition, and drops those definitions.
fn inline_model_definitions(root: &mut Value) {
    let Some(Value::Object(defs)) = root.get_mut("$defs").map(std::mem::take) else {
        return;
    };
    let (kubernetes, model): (Map<String, Value>, Map<String, Value>) = defs
        .into_iter()
        .partition(|(name, _)| name.starts_with("io.k8s."));
    let mut done: Map<String, Value> = Map::new();
    fn expand(
        node: &mut Value,
        model: &Map<String, Value>,
        done: &mut Map<String, Value>,
        depth: usize,
    ) {
        match node {
            Value::Object(object) => {
                let target = object
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/$defs/"))
                    .filter(|name| model.contains_key(*name))
                    .map(str::to_owned);
                if let Some(name) = target
                    && depth < 32
                {
                    object.remove("$ref");
                    if !done.contains_key(&name) {
                        let mut def = model[&name].clone();
                        expand(&mut def, model, done, depth + 1);
                        done.insert(name.clone(), def);
                    }
                    if let Value::Object(def) = &done[&name] {
                        for (k, v) in def {
                            object.entry(k.clone()).or_insert_with(|| v.clone());
                        }
                    }
                }
                for child in object.values_mut() {
                    expand(child, model, done, depth);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| expand(i, model, done, depth)),
            _ => {}
        }
    }
    expand(root, &model, &mut done, 0);
    if let Some(object) = root.as_object_mut() {
        object.insert("$defs".into(), Value::Object(kubernetes));
    }
}

/// Applies the key table to the schema of the key at `path` for `version`:
/// keys of other releases become markers, and the facts that hold in
/// `version` shape the schema. Kubernetes definitions the facts name that the
/// model does not use go to `kubernetes`.
fn apply_releases(
    node: &mut Value,
    path: &str,
    version: ChartVersion,
    kubernetes: &mut Map<String, Value>,
) {
    if !path.is_empty() {
        apply_facts(node, path, version, kubernetes);
    }
    let Some(object) = node.as_object_mut() else {
        return;
    };
    if let Some(Value::Object(properties)) = object.get_mut("properties") {
        for (key, property) in properties.iter_mut() {
            let child = join(path, key);
            if let Some(spans) = keys::spans(&child)
                && !spans.iter().any(|s| s.contains(version))
            {
                let names: Vec<Value> = keys::releases_in(spans)
                    .map(|v| Value::String(v.as_str().to_owned()))
                    .collect();
                let mut marker = Map::new();
                marker.insert("not".into(), json!({}));
                marker.insert(VERSIONS_KEY.into(), Value::Array(names));
                *property = Value::Object(marker);
                continue;
            }
            apply_releases(property, &child, version, kubernetes);
            // Marked where it holds for the release's default Airflow.
            if super::deprecations(version)
                .any(|d| d.key == child && d.applies_to(version.default_airflow_version()))
                && let Some(property) = property.as_object_mut()
            {
                property.insert("deprecated".into(), Value::Bool(true));
            }
        }
    }
    if let Some(items) = object.get_mut("items") {
        apply_releases(items, &join(path, "[]"), version, kubernetes);
    }
    if let Some(extra) = object.get_mut("additionalProperties")
        && extra.is_object()
    {
        apply_releases(extra, &join(path, "*"), version, kubernetes);
    }
    for branch in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(branches)) = object.get_mut(branch) {
            for b in branches {
                apply_releases(b, path, version, kubernetes);
            }
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

/// The facts of the key table that hold at `path` in `version`.
fn apply_facts(
    node: &mut Value,
    path: &str,
    version: ChartVersion,
    kubernetes: &mut Map<String, Value>,
) {
    let facts = keys::facts(path);
    if facts.is_empty() {
        return;
    }
    let holds = |wanted: fn(&Fact) -> bool| {
        let mut listed = facts.iter().filter(|(_, f)| wanted(f)).peekable();
        listed.peek().is_some().then(|| {
            facts
                .iter()
                .any(|(span, f)| wanted(f) && span.contains(version))
        })
    };
    if holds(|f| matches!(f, Fact::Nullable)) == Some(false) {
        forbid_null(node);
    }
    if holds(|f| matches!(f, Fact::Closed)) == Some(true)
        && let Some(object) = node.as_object_mut()
    {
        object.insert("additionalProperties".into(), Value::Bool(false));
    }
    for (span, fact) in facts {
        if !span.contains(version) {
            continue;
        }
        match *fact {
            Fact::Kubernetes(name) => {
                if kubernetes_reference(node) != Some(name) {
                    *node = json!({ "$ref": format!("#/$defs/{name}") });
                    add_definition(name, kubernetes);
                }
            }
            Fact::Inline { keys, closed } => {
                if let Some(name) = kubernetes_reference(node).map(str::to_owned)
                    && let Some(def) = crate::k8s::definition(&name)
                {
                    let mut properties = Map::new();
                    for key in keys {
                        if let Some(p) = def.get("properties").and_then(|p| p.get(*key)) {
                            properties.insert((*key).to_owned(), p.clone());
                        }
                    }
                    let mut inline = json!({ "type": "object", "properties": properties });
                    if closed {
                        inline["additionalProperties"] = Value::Bool(false);
                    }
                    *node = inline;
                }
            }
            Fact::Types(types) => narrow_types(node, types),
            Fact::Nullable | Fact::Closed => {}
        }
    }
}

/// The Kubernetes definition `node` refers to, directly.
fn kubernetes_reference(node: &Value) -> Option<&str> {
    node.get("$ref")?
        .as_str()?
        .strip_prefix("#/$defs/")
        .filter(|n| n.starts_with("io.k8s."))
}

/// Adds the definition `name` (and those it refers to) from the embedded
/// Kubernetes schemas. A definition of an older API group version that the
/// embedded schemas no longer hold (`autoscaling/v2beta2`) is the same
/// structure under the group version that replaced it, renamed.
fn add_definition(name: &str, kubernetes: &mut Map<String, Value>) {
    if kubernetes.contains_key(name) {
        return;
    }
    let def = crate::k8s::definition(name).cloned().or_else(|| {
        let (old, new) = OLD_API_VERSIONS
            .iter()
            .find(|(old, _)| name.starts_with(old))?;
        let current = format!("{new}{}", &name[old.len()..]);
        let text = crate::k8s::definition(&current)?.to_string();
        serde_json::from_str(&text.replace(new, old)).ok()
    });
    let Some(mut def) = def else { return };
    adjust_kubernetes(name, &mut def);
    kubernetes.insert(name.to_owned(), def.clone());
    let mut referenced = Vec::new();
    crate::k8s::references(&def, &mut referenced);
    for other in referenced {
        add_definition(&other, kubernetes);
    }
}

/// API group versions the embedded schemas no longer hold, and the ones that
/// replaced them with the same structure.
const OLD_API_VERSIONS: &[(&str, &str)] = &[(
    "io.k8s.api.autoscaling.v2beta2.",
    "io.k8s.api.autoscaling.v2.",
)];

/// Removes `null` from what `node` admits.
fn forbid_null(node: &mut Value) {
    let Some(object) = node.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(branches)) = object.get_mut("anyOf") {
        branches.retain(|b| b.get("type") != Some(&json!("null")));
        if branches.len() == 1 {
            let only = branches.remove(0);
            object.remove("anyOf");
            if let Value::Object(only) = only {
                for (k, v) in only {
                    object.entry(k).or_insert(v);
                }
            }
        }
    }
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
    }
}

/// Keeps only the JSON types `types` of what `node` admits.
fn narrow_types(node: &mut Value, types: &[&str]) {
    let admitted = |t: &Value| {
        t.as_str()
            .is_some_and(|t| types.contains(&t) || (t == "integer" && types.contains(&"number")))
    };
    let Some(object) = node.as_object_mut() else {
        return;
    };
    match object.get_mut("type") {
        Some(Value::Array(list)) => list.retain(|t| admitted(t) || t == "null"),
        Some(single) if !admitted(single) && single != "null" => {
            object.insert("not".into(), json!({}));
        }
        _ => {}
    }
    if let Some(Value::Array(branches)) = object.get_mut("anyOf") {
        branches.retain(|b| b.get("type").is_none_or(|t| admitted(t) || t == "null"));
    }
}
