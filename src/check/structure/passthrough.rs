//! Keys a document passes on unchecked: the keys of a mapping that the
//! schema leaves open (`additionalProperties: true` beside its own
//! `properties`), such as the postgresql subchart's values.

use serde_json::Value;

use super::path::{KeyPath, Segment};
use crate::schemas::SchemaRoot;

/// The path of every key of `doc` that only an open mapping admits.
pub(crate) fn passthrough_keys(root: SchemaRoot<'_>, doc: &Value) -> Vec<KeyPath> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    visit(root, root.top(), doc, &mut path, &mut out, 0);
    out
}

fn visit(
    root: SchemaRoot<'_>,
    schema: &Value,
    doc: &Value,
    path: &mut Vec<Segment>,
    out: &mut Vec<KeyPath>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    // A reference to nowhere (or a cycle) says nothing about the keys.
    let Some(schema) = root.follow_refs(schema) else {
        return;
    };
    // A nullable or one-of schema: look into the branch that describes a
    // mapping or list (not merely the first that is not null: a string or
    // a mapping, say).
    if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
        for branch in branches.iter().filter_map(|b| root.follow_refs(b)) {
            if branch.get("properties").is_some() || branch.get("items").is_some() {
                visit(root, branch, doc, path, out, depth + 1);
                return;
            }
        }
        return;
    }
    match doc {
        Value::Object(map) => {
            let properties = schema.get("properties").and_then(Value::as_object);
            let open = schema.get("additionalProperties") == Some(&Value::Bool(true));
            for (key, value) in map {
                path.push(Segment::Key(key.clone()));
                match properties.and_then(|p| p.get(key)) {
                    Some(child) => visit(root, child, value, path, out, depth + 1),
                    None if open && properties.is_some() => out.push(KeyPath(path.clone())),
                    None => {}
                }
                path.pop();
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    path.push(Segment::Index(i));
                    visit(root, item_schema, item, path, out, depth + 1);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_of_open_mappings_are_listed_and_known_keys_are_not() {
        let schema = json!({
            "type": "object",
            "properties": {
                "postgresql": { "$ref": "#/$defs/Pg" },
                "closed": { "type": "object", "properties": { "a": {} }, "additionalProperties": false },
                "free": { "type": "object", "additionalProperties": true }
            },
            "$defs": {
                "Pg": {
                    "type": "object",
                    "properties": { "enabled": { "type": "boolean" } },
                    "additionalProperties": true
                }
            }
        });
        let doc = json!({
            "postgresql": { "enabled": false, "primary": { "persistence": {} } },
            "closed": { "a": 1 },
            "free": { "anything": 1 }
        });
        let found: Vec<String> = passthrough_keys(SchemaRoot::of(&schema), &doc)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found, ["postgresql.primary"]);
    }
}
