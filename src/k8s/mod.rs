//! The Kubernetes types the values models use, under one name.
//!
//! Model modules write every Kubernetes-shaped key as `k8s::Type`
//! (`k8s::Affinity`, `Vec<k8s::Toleration>`, `k8s::IntOrString`), whatever
//! API group the type comes from. One spelling lets the model's field macro
//! recognise these fields.

pub(crate) use k8s_openapi::api::apps::v1::DeploymentStrategy;
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::api::apps::v1::StatefulSetUpdateStrategy;
pub(crate) use k8s_openapi::api::autoscaling::v2::{HorizontalPodAutoscalerBehavior, MetricSpec};
pub(crate) use k8s_openapi::api::core::v1::*;
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::api::networking::v1::{HTTPIngressPath, IngressRule, IngressTLS};
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::api::networking::v1::{
    NetworkPolicyEgressRule, NetworkPolicyIngressRule,
};
pub(crate) use k8s_openapi::api::networking::v1::{NetworkPolicyPeer, NetworkPolicyPort};
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::api::rbac::v1::PolicyRule;
pub(crate) use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
#[cfg_attr(
    not(feature = "bitnami"),
    allow(unused_imports, reason = "only the Bitnami model uses it so far")
)]
pub(crate) use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;
pub(crate) use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use std::borrow::Cow;
use std::sync::OnceLock;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value, json};

use crate::types::schema::NULLABLE_MARK;

/// The JSON Schemas of the Kubernetes types above, as k8s-openapi describes
/// them with its `schemars` feature, without their descriptions: `types`
/// maps each type's Rust name to its definition's name, and `$defs` holds
/// the definitions (with everything they refer to). Generated and checked by
/// the test of `tools/k8s-schemas`, the one package that turns that feature
/// on; the library does not, which keeps its build short.
const SCHEMAS: &str = include_str!("schemas.json");

/// The annotation that names a field's Kubernetes type (`Affinity`) until
/// [`resolve`] puts the type's schema in its place.
pub(crate) const TYPE_KEY: &str = "x-k8s-type";
/// How the field holds that type: `one`, `list` (`Vec<T>`) or `map`
/// (`BTreeMap<String, T>`).
pub(crate) const SHAPE_KEY: &str = "x-k8s-shape";
/// Present (`true`) when `null` is a value of the field ([`Nullable`]).
///
/// [`Nullable`]: crate::types::Nullable
pub(crate) const NULL_KEY: &str = "x-k8s-null";

/// The schema a Kubernetes-typed field gets from the derive: empty, with the
/// annotations above (see `values_struct!`); [`resolve`] fills it in.
#[derive(Debug)]
pub(crate) struct Placeholder;

impl JsonSchema for Placeholder {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("KubernetesObject")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({})
    }
}

/// The embedded schemas, read once.
fn embedded() -> &'static Map<String, Value> {
    static PARSED: OnceLock<Map<String, Value>> = OnceLock::new();
    PARSED.get_or_init(|| match serde_json::from_str(SCHEMAS) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    })
}

/// The embedded schema of the Kubernetes definition `name`, such as
/// `io.k8s.api.core.v1.EnvVar`; `None` for one the file does not hold.
pub(crate) fn definition(name: &str) -> Option<&'static Value> {
    embedded().get("$defs")?.get(name)
}

/// Replaces every placeholder in `root` (a schema with `$defs`) by a
/// reference to its Kubernetes type, in the field's shape, and adds the
/// definitions the references need. A type it has no schema for (none,
/// unless `schemas.json` is out of date) keeps its placeholder, which the
/// tests look for.
pub(crate) fn resolve(root: &mut Value) {
    let schemas = embedded();
    let names = schemas.get("types").and_then(Value::as_object);
    let mut used = Vec::new();
    fill(root, &mut |rust_name| {
        let def = names?.get(rust_name)?.as_str()?;
        used.push(def.to_owned());
        Some(def.to_owned())
    });
    if let (Some(all), Some(object)) = (
        schemas.get("$defs").and_then(Value::as_object),
        root.as_object_mut(),
    ) {
        let defs = object
            .entry("$defs")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(defs) = defs.as_object_mut() {
            // The definitions the used types refer to, transitively.
            while let Some(name) = used.pop() {
                if defs.contains_key(&name) {
                    continue;
                }
                if let Some(def) = all.get(&name) {
                    references(def, &mut used);
                    defs.insert(name, def.clone());
                }
            }
        }
    }
}

/// Walks the schema and fills in each placeholder; `lookup` gives a Rust
/// type name's definition name.
fn fill(node: &mut Value, lookup: &mut impl FnMut(&str) -> Option<String>) {
    match node {
        Value::Object(object) => {
            if let Some(Value::String(rust_name)) = object.remove(TYPE_KEY) {
                let shape = object.remove(SHAPE_KEY);
                let nullable = object.remove(NULL_KEY).is_some();
                if let Some(def) = lookup(&rust_name) {
                    let one = json!({ "$ref": format!("#/$defs/{def}") });
                    let held = match shape.as_ref().and_then(Value::as_str) {
                        Some("list") => json!({ "type": "array", "items": one }),
                        Some("map") => json!({ "type": "object", "additionalProperties": one }),
                        _ => one,
                    };
                    let held = if nullable {
                        json!({ "anyOf": [held, { "type": "null", NULLABLE_MARK: true }] })
                    } else {
                        held
                    };
                    if let Value::Object(held) = held {
                        object.extend(held);
                    }
                } else {
                    // Left in place, for the tests to find.
                    object.insert(TYPE_KEY.into(), Value::String(rust_name));
                }
            }
            for child in object.values_mut() {
                fill(child, lookup);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| fill(item, lookup)),
        _ => {}
    }
}

/// The definition names that `$ref`s under `node` point at.
pub(crate) fn references(node: &Value, out: &mut Vec<String>) {
    match node {
        Value::Object(object) => {
            if let Some(Value::String(target)) = object.get("$ref")
                && let Some(name) = target.strip_prefix("#/$defs/")
            {
                out.push(name.to_owned());
            }
            object.values().for_each(|child| references(child, out));
        }
        Value::Array(items) => items.iter().for_each(|item| references(item, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_use_only_listed_types() {
        #[cfg_attr(
            not(any(feature = "bitnami", feature = "community")),
            allow(unused_mut, reason = "the dialects add theirs")
        )]
        let mut schemas: Vec<(String, &Schema)> = crate::official::ChartVersion::ALL
            .iter()
            .map(|v| (v.to_string(), crate::official::json_schema(*v)))
            .collect();
        #[cfg(feature = "bitnami")]
        schemas.push(("bitnami".into(), crate::bitnami::json_schema()));
        #[cfg(feature = "community")]
        schemas.push(("community".into(), crate::community::json_schema()));
        let marker = format!("\"{TYPE_KEY}\":\"");
        for (name, schema) in schemas {
            let text = schema.as_value().to_string();
            let unresolved: Vec<&str> = text
                .match_indices(&marker)
                .map(|(at, m)| {
                    let rest = &text[at + m.len()..];
                    &rest[..rest.find('"').unwrap_or(rest.len())]
                })
                .collect();
            assert!(
                unresolved.is_empty(),
                "the {name} schema has Kubernetes types without a schema: {unresolved:?}; add \
                 them to `listed_types!` in tools/k8s-schemas/tests/schemas_json.rs and \
                 regenerate src/k8s/schemas.json as that test says"
            );
        }
    }
}
