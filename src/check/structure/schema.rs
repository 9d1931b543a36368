//! Reading JSON Schema keywords: `$ref` resolution, `type` names, and the
//! markers the walker treats specially.

pub(super) use crate::schemas::MAX_REF_HOPS;
use crate::schemas::SchemaRoot;
use serde_json::{Map, Number, Value};

/// The JSON type of a document value; an integral number is an `Integer`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Null,
    Boolean,
    Integer,
    Number,
    String,
    List,
    Mapping,
}

impl Kind {
    /// The kind of `value`; `1.0` is an integer, as JSON Schema says.
    pub(super) fn of(value: &Value) -> Kind {
        match value {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Boolean,
            Value::Number(n) if is_integral(n) => Kind::Integer,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::String,
            Value::Array(_) => Kind::List,
            Value::Object(_) => Kind::Mapping,
        }
    }

    /// How a message names a value of this kind: `a string`, `null`…
    pub(super) fn found(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Boolean => "a boolean",
            Kind::Integer => "an integer",
            Kind::Number => "a number",
            Kind::String => "a string",
            Kind::List => "a list",
            Kind::Mapping => "a mapping",
        }
    }
}

fn is_integral(n: &Number) -> bool {
    n.is_i64()
        || n.is_u64()
        || n.as_f64()
            .is_some_and(|f| f.is_finite() && f.fract() == 0.0)
}

/// The YAML word for a JSON Schema type name, `None` for an unknown name.
fn yaml_type(name: &str) -> Option<&'static str> {
    Some(match name {
        "string" => "string",
        "integer" => "integer",
        "number" => "number",
        "boolean" => "boolean",
        "null" => "null",
        "array" => "list",
        "object" => "mapping",
        _ => return None,
    })
}

/// Whether the type name `name` admits a value of `kind`; unknown names admit all.
fn name_admits(name: &str, kind: Kind) -> bool {
    match name {
        "string" => kind == Kind::String,
        "integer" => kind == Kind::Integer,
        "number" => matches!(kind, Kind::Integer | Kind::Number),
        "boolean" => kind == Kind::Boolean,
        "null" => kind == Kind::Null,
        "array" => kind == Kind::List,
        "object" => kind == Kind::Mapping,
        _ => true,
    }
}

/// Whether a `type` keyword (a name or a list of names) admits `kind`.
/// A keyword without any known name admits everything.
pub(super) fn type_admits(types: &Value, kind: Kind) -> bool {
    match types {
        Value::String(name) => name_admits(name, kind),
        Value::Array(names) => {
            let mut known = false;
            for name in names.iter().filter_map(Value::as_str) {
                if yaml_type(name).is_some() {
                    known = true;
                    if name_admits(name, kind) {
                        return true;
                    }
                }
            }
            !known
        }
        _ => true,
    }
}

/// The YAML words of a `type` keyword, in schema order.
pub(super) fn expected_types(types: &Value) -> Vec<&'static str> {
    match types {
        Value::String(name) => yaml_type(name).into_iter().collect(),
        Value::Array(names) => names
            .iter()
            .filter_map(Value::as_str)
            .filter_map(yaml_type)
            .collect(),
        _ => Vec::new(),
    }
}

/// Equality as JSON Schema defines it for `enum` and `const`: `1 == 1.0`.
pub(super) fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y || matches!((x.as_f64(), y.as_f64()), (Some(p), Some(q)) if p == q)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| json_eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, p)| y.get(k).is_some_and(|q| json_eq(p, q)))
        }
        _ => a == b,
    }
}

/// How an allowed value is listed: a string as is, anything else as JSON.
pub(super) fn allowed_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Whether `schema` accepts no value at all: `false`, or an object whose
/// `not` is `{}` or `true`.
pub(super) fn is_never(schema: &Value) -> bool {
    match schema {
        Value::Bool(b) => !b,
        Value::Object(obj) => obj.get("not").is_some_and(is_always),
        _ => false,
    }
}

/// Whether `schema` accepts every value: `true` or `{}`.
fn is_always(schema: &Value) -> bool {
    match schema {
        Value::Bool(b) => *b,
        Value::Object(obj) => obj.is_empty(),
        _ => false,
    }
}

/// The chart versions of a version-marked property schema: an object with
/// `x-chart-versions` and `not: {}`, directly or behind one `$ref`.
pub(super) fn version_marker<'s>(root: SchemaRoot<'s>, schema: &'s Value) -> Option<&'s [Value]> {
    let marker = |s: &'s Value| -> Option<&'s [Value]> {
        let obj = s.as_object()?;
        let versions = obj.get("x-chart-versions")?.as_array()?;
        obj.get("not")
            .is_some_and(is_always)
            .then_some(versions.as_slice())
    };
    marker(schema).or_else(|| {
        let reference = schema.get("$ref")?.as_str()?;
        marker(root.resolve(reference)?)
    })
}

/// Whether a property schema hides the key from suggestions and moves:
/// version-marked or forbidden.
pub(super) fn is_hidden(root: SchemaRoot<'_>, schema: &Value) -> bool {
    is_never(schema) || version_marker(root, schema).is_some()
}

/// Calls `f` with every `properties` map that applies to a mapping validated
/// against `schema`: its own, and those behind `$ref`, `allOf`, `anyOf` and
/// `oneOf`, up to a fixed depth.
pub(super) fn property_maps<'s>(
    root: SchemaRoot<'s>,
    schema: &'s Value,
    depth: u32,
    f: &mut impl FnMut(&'s Map<String, Value>),
) {
    let Some(obj) = schema.as_object() else {
        return;
    };
    if depth > MAX_REF_HOPS {
        return;
    }
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        f(props);
    }
    if let Some(target) = obj
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| root.resolve(r))
    {
        property_maps(root, target, depth + 1, f);
    }
    for keyword in ["allOf", "anyOf", "oneOf"] {
        for branch in obj
            .get(keyword)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            property_maps(root, branch, depth + 1, f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn kinds_count_integral_floats_as_integers() {
        for (value, want) in [
            (json!(1), Kind::Integer),
            (json!(-3), Kind::Integer),
            (json!(1.0), Kind::Integer),
            (json!(2.1), Kind::Number),
            (json!("1"), Kind::String),
            (json!(null), Kind::Null),
            (json!(true), Kind::Boolean),
            (json!([]), Kind::List),
            (json!({}), Kind::Mapping),
        ] {
            assert_eq!(Kind::of(&value), want, "value {value}");
        }
    }

    #[test]
    fn type_keyword_names_and_lists() {
        assert!(type_admits(&json!("number"), Kind::Integer));
        assert!(!type_admits(&json!("integer"), Kind::Number));
        assert!(type_admits(&json!(["string", "null"]), Kind::Null));
        assert!(!type_admits(&json!(["string", "null"]), Kind::Boolean));
        assert!(type_admits(&json!(["nonsense"]), Kind::Boolean));
        assert_eq!(
            expected_types(&json!(["object", "array", "null"])),
            ["mapping", "list", "null"]
        );
    }

    #[test]
    fn enum_equality_is_numeric() {
        assert!(json_eq(&json!(1), &json!(1.0)));
        assert!(json_eq(&json!({"a": [1]}), &json!({"a": [1.0]})));
        assert!(!json_eq(&json!(1), &json!("1")));
        assert!(!json_eq(&json!([1, 2]), &json!([1])));
    }

    #[test]
    fn markers_and_never_schemas() {
        let root = json!({"$defs": {"Gone": {"x-chart-versions": ["1.22.0"], "not": {}}}});
        let marked = json!({"x-chart-versions": ["1.22.0"], "not": {}});
        assert_eq!(
            version_marker(SchemaRoot::of(&root), &marked),
            Some(&[json!("1.22.0")][..])
        );
        assert!(version_marker(SchemaRoot::of(&root), &json!({"$ref": "#/$defs/Gone"})).is_some());
        assert!(
            version_marker(
                SchemaRoot::of(&root),
                &json!({"x-chart-versions": ["1.22.0"]})
            )
            .is_none()
        );
        assert!(is_never(&json!(false)));
        assert!(is_never(&json!({"not": {}})));
        assert!(!is_never(&json!({"not": {"type": "string"}})));
        assert!(!is_never(&json!({})));
    }
}
