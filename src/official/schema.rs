//! The JSON Schema of the model, one per chart version.
//!
//! schemars derives it from the typed model; three adjustments make it say
//! exactly what the chart accepts:
//!
//! - Keys that exist in other chart versions only (the model is the union of
//!   the modeled versions) are replaced by a schema that admits nothing and
//!   names the versions that have the key (`x-chart-versions`).
//! - Kubernetes objects from k8s-openapi are closed (`additionalProperties:
//!   false`), as the API server's strict field validation would have them.
//! - `IntOrString` and `Quantity` admit both of their YAML forms.

use schemars::Schema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use super::{ChartVersion, Values};
use crate::types::schema::NULLABLE_MARK;

/// The annotation that lists the chart versions a key exists in.
pub(crate) const VERSIONS_KEY: &str = "x-chart-versions";

/// The annotation that lists the chart versions in which a key may be `null`,
/// when that differs between versions.
const NULL_VERSIONS_KEY: &str = "x-null-in";

/// The annotation that lists the chart versions in which an object that is
/// open in others (its keys pass on to a Kubernetes object) takes no other
/// keys than its own.
const CLOSED_VERSIONS_KEY: &str = "x-closed-in";

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
/// assert!(schema["properties"]["apiServer"]["$ref"].is_string());
/// // `apiServer` does not exist in chart 1.15.0.
/// let old = json_schema(ChartVersion::V1_15_0).as_value();
/// assert_eq!(old["properties"]["apiServer"]["not"], serde_json::json!({}));
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
    // The compiled array has one schema per modeled version, by its type.
    &crate::schemas::OFFICIAL[index]
}

/// The schema of `version` as schemars derives it from the model: what
/// `src/schemas/data_official.rs` holds, compiled, for [`json_schema`].
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn derived_schema(version: ChartVersion) -> Value {
    let mut value = model_schema::<Values>(&format!("apache-airflow chart {version} values"));
    mark_versions(&mut value, version.as_str());
    value
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

/// Replaces each property that `version` does not have by a schema that
/// admits nothing and keeps the list of versions that have it.
fn mark_versions(node: &mut Value, version: &str) {
    match node {
        Value::Object(object) => {
            // An object the chart leaves open in some versions only.
            if let Some(Value::Array(closed)) = object.remove(CLOSED_VERSIONS_KEY)
                && closed.iter().any(|v| v == version)
            {
                object.insert("additionalProperties".into(), Value::Bool(false));
            }
            if let Some(Value::Object(properties)) = object.get_mut("properties") {
                for property in properties.values_mut() {
                    forbid_null_outside(property, version);
                    if let Some(versions) = excluded(property, version) {
                        let mut marker = Map::new();
                        marker.insert("not".into(), json!({}));
                        marker.insert(VERSIONS_KEY.into(), versions);
                        *property = Value::Object(marker);
                    }
                }
            }
            for child in object.values_mut() {
                mark_versions(child, version);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| mark_versions(i, version)),
        _ => {}
    }
}

/// A key that is nullable in some chart versions only (`x-null-in`) loses
/// its `null` branch in the others.
fn forbid_null_outside(property: &mut Value, version: &str) {
    let Some(object) = property.as_object_mut() else {
        return;
    };
    let Some(Value::Array(versions)) = object.get(NULL_VERSIONS_KEY) else {
        return;
    };
    if versions.iter().any(|v| v == version) {
        return;
    }
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
}

fn excluded(property: &Value, version: &str) -> Option<Value> {
    let versions = property.get(VERSIONS_KEY)?.as_array()?;
    if versions.iter().any(|v| v == version) {
        None
    } else {
        Some(Value::Array(versions.clone()))
    }
}
