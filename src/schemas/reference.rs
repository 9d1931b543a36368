//! Following `$ref`s: where a JSON pointer into a schema leads, and the
//! schema behind a chain of references (and, for nullable keys, behind the
//! `anyOf` with `null`). The one resolver the checker, the migrators and the
//! crate's tests share; bounded, so a schema that refers to itself ends the
//! lookup instead of the process.

use std::any::Any;
use std::borrow::Cow;
use std::fmt;

use serde_json::Value;

use super::Compiled;

/// How many steps (a `$ref` followed, an `anyOf` branch entered) a lookup
/// takes before it gives up: a chain that long is a cycle.
pub(crate) const MAX_REF_HOPS: u32 = 16;

/// A JSON Schema to look up references in: its root, and where its `$defs`
/// live. A compiled schema of the crate keeps them apart and parses each on
/// first use; a schema held in one value ([`SchemaRoot::of`]) has them
/// inline.
///
/// Only local references (`#`, `#/$defs/Name`, `#/definitions/Name`, any
/// JSON pointer into the same document) resolve; a reference to another
/// document does not.
///
/// ```
/// use airflow_values::check::SchemaRoot;
/// use serde_json::json;
///
/// let schema = json!({
///     "properties": {"scheduler": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/Scheduler"}]}},
///     "$defs": {"Scheduler": {"properties": {"replicas": {"type": "integer"}}}},
/// });
/// let root = SchemaRoot::of(&schema);
/// let scheduler = &schema["properties"]["scheduler"];
/// let target = root.non_null(scheduler).expect("the reference resolves");
/// assert!(target["properties"].get("replicas").is_some());
/// // A reference to nowhere leads nowhere.
/// assert_eq!(root.follow_refs(&json!({"$ref": "#/$defs/Missing"})), None);
/// ```
#[derive(Clone, Copy)]
pub struct SchemaRoot<'s> {
    top: &'s Value,
    compiled: Option<&'static Compiled>,
}

impl<'s> SchemaRoot<'s> {
    /// A schema held whole in one value, `$defs` included.
    pub fn of(top: &'s Value) -> SchemaRoot<'s> {
        SchemaRoot {
            top,
            compiled: None,
        }
    }

    /// A compiled schema: its root, and its definitions parsed on first use.
    pub(super) fn compiled(top: &'s Value, compiled: &'static Compiled) -> SchemaRoot<'s> {
        SchemaRoot {
            top,
            compiled: Some(compiled),
        }
    }

    /// The same definitions under another root: a schema written in place
    /// (a list of one definition, say) that refers to this one's `$defs`.
    pub(crate) fn with_top<'t>(self, top: &'t Value) -> SchemaRoot<'t>
    where
        's: 't,
    {
        SchemaRoot {
            top,
            compiled: self.compiled,
        }
    }

    /// The root schema (without the compiled definitions).
    pub fn top(self) -> &'s Value {
        self.top
    }

    /// The index `build` derives from a compiled schema, built on the first
    /// call and kept for the process; `None` for a schema held in one value,
    /// and for a type other than the one the first call built (the checker
    /// keeps one kind of index per schema).
    pub(crate) fn derived<T: Any + Send + Sync>(
        self,
        build: impl FnOnce(SchemaRoot<'static>) -> T,
    ) -> Option<&'static T> {
        let compiled = self.compiled?;
        compiled
            .derived
            .get_or_init(|| Box::new(build(compiled.root())))
            .downcast_ref()
    }

    /// The schema a local `$ref` (`#`, `#/$defs/Name`, `#/definitions/Name`,
    /// any JSON pointer) points to; `None` for other documents or a dangling
    /// pointer. Allocates only for escaped (`~0`, `~1`, `%xx`) tokens.
    pub fn resolve(self, reference: &str) -> Option<&'s Value> {
        let pointer = reference.strip_prefix('#')?;
        if pointer.is_empty() {
            return Some(self.top);
        }
        let pointer = pointer.strip_prefix('/')?;
        if let Some(compiled) = self.compiled
            && let Some(rest) = pointer.strip_prefix("$defs/")
        {
            let (name, rest) = rest.split_once('/').unwrap_or((rest, ""));
            let def = compiled.value(compiled.find(&unescape(name))?)?;
            return if rest.is_empty() {
                Some(def)
            } else {
                follow(def, rest)
            };
        }
        follow(self.top, pointer)
    }

    /// The schema behind `schema`'s chain of `$ref`s: `schema` itself when it
    /// has none. `None` when a reference does not resolve, or the chain is
    /// longer than a schema has any reason to make it (a cycle). The
    /// keywords beside a `$ref` are not merged in.
    #[must_use]
    pub fn follow_refs(self, schema: &'s Value) -> Option<&'s Value> {
        self.follow_while(schema, false)
    }

    /// [`SchemaRoot::follow_refs`], and into the first branch of an `anyOf`
    /// whose `type` is not `null` (how the model writes an optional value),
    /// as often as they alternate. An `anyOf` without such a branch is where
    /// the lookup ends.
    #[must_use]
    pub fn non_null(self, schema: &'s Value) -> Option<&'s Value> {
        self.follow_while(schema, true)
    }

    fn follow_while(self, mut schema: &'s Value, non_null: bool) -> Option<&'s Value> {
        for _ in 0..=MAX_REF_HOPS {
            if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
                schema = self.resolve(reference)?;
                continue;
            }
            let branch = non_null
                .then(|| schema.get("anyOf").and_then(Value::as_array))
                .flatten()
                .and_then(|branches| {
                    branches
                        .iter()
                        .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))
                });
            match branch {
                Some(branch) => schema = branch,
                None => return Some(schema),
            }
        }
        None
    }
}

impl fmt::Debug for SchemaRoot<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SchemaRoot")
            .field("top", self.top)
            .field("compiled", &self.compiled.map(|c| c.label))
            .finish()
    }
}

/// Follows the tokens of a JSON pointer (without its leading `/`) from `cur`.
fn follow<'s>(mut cur: &'s Value, pointer: &str) -> Option<&'s Value> {
    for token in pointer.split('/') {
        let token = unescape(token);
        cur = match cur {
            Value::Object(map) => map.get(token.as_ref())?,
            Value::Array(list) => list.get(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// A pointer token with URI percent-escapes and `~1`/`~0` undone.
pub(super) fn unescape(token: &str) -> Cow<'_, str> {
    if !token.contains(['~', '%']) {
        return Cow::Borrowed(token);
    }
    let bytes = token.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(&h), Some(&l)) = (bytes.get(i + 1), bytes.get(i + 2))
            && let (Some(h), Some(l)) = (hex(h), hex(l))
        {
            decoded.push((h * 16 + l) as u8);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    let text = String::from_utf8_lossy(&decoded);
    Cow::Owned(text.replace("~1", "/").replace("~0", "~"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_chain_of_references_ends_at_its_target() {
        let schema = json!({
            "$ref": "#/$defs/A",
            "$defs": {"A": {"$ref": "#/definitions/B"}},
            "definitions": {"B": {"type": "string"}},
        });
        let root = SchemaRoot::of(&schema);
        assert_eq!(root.follow_refs(&schema), Some(&json!({"type": "string"})));
        let plain = json!({"type": "integer"});
        assert_eq!(root.follow_refs(&plain), Some(&plain));
    }

    #[test]
    fn a_cycle_ends_the_lookup() {
        let schema = json!({
            "$defs": {
                "A": {"$ref": "#/$defs/B"},
                "B": {"$ref": "#/$defs/A"},
                "Loop": {"anyOf": [{"$ref": "#/$defs/Loop"}, {"type": "null"}]},
            },
        });
        let root = SchemaRoot::of(&schema);
        assert_eq!(root.follow_refs(&json!({"$ref": "#/$defs/A"})), None);
        assert_eq!(root.follow_refs(&json!({"$ref": "#"})), Some(&schema));
        let itself = json!({"$ref": "#"});
        assert_eq!(SchemaRoot::of(&itself).follow_refs(&itself), None);
        // A nullable schema that holds itself: a cycle through `anyOf`.
        assert_eq!(root.non_null(&json!({"$ref": "#/$defs/Loop"})), None);
    }

    #[test]
    fn a_missing_target_resolves_to_nothing() {
        let schema = json!({"$defs": {"A": {"$ref": "#/$defs/Gone"}}});
        let root = SchemaRoot::of(&schema);
        assert_eq!(root.follow_refs(&json!({"$ref": "#/$defs/A"})), None);
        assert_eq!(root.non_null(&json!({"$ref": "#/$defs/Gone"})), None);
        assert_eq!(
            root.follow_refs(&json!({"$ref": "other.json#/$defs/A"})),
            None
        );
    }

    #[test]
    fn escaped_pointer_tokens_are_undone() {
        let schema = json!({
            "$defs": {"a/b": {"type": "null"}, "c~d": {"type": "boolean"}, "~1": {"const": 1}},
        });
        let root = SchemaRoot::of(&schema);
        assert_eq!(
            root.follow_refs(&json!({"$ref": "#/$defs/a~1b"})),
            Some(&json!({"type": "null"}))
        );
        assert_eq!(
            root.follow_refs(&json!({"$ref": "#/$defs/c~0d"})),
            Some(&json!({"type": "boolean"}))
        );
        // `~01` is `~1`, not `~/`: `~1` is undone first.
        assert_eq!(
            root.follow_refs(&json!({"$ref": "#/$defs/~01"})),
            Some(&json!({"const": 1}))
        );
    }

    #[test]
    fn the_non_null_branch_is_taken_wherever_null_stands() {
        let schema = json!({
            "$defs": {"Image": {"properties": {"tag": {"type": "string"}}}},
        });
        let root = SchemaRoot::of(&schema);
        let image = &schema["$defs"]["Image"];
        for nullable in [
            json!({"anyOf": [{"type": "null"}, {"$ref": "#/$defs/Image"}]}),
            json!({"anyOf": [{"$ref": "#/$defs/Image"}, {"type": "null"}]}),
            json!({"$ref": "#/$defs/Image"}),
        ] {
            assert_eq!(root.non_null(&nullable), Some(image), "{nullable}");
        }
        // Without `non_null` the `anyOf` itself is the target.
        let first = json!({"anyOf": [{"type": "null"}, {"$ref": "#/$defs/Image"}]});
        assert_eq!(root.follow_refs(&first), Some(&first));
        // Only null: nothing to enter.
        let only_null = json!({"anyOf": [{"type": "null"}]});
        assert_eq!(root.non_null(&only_null), Some(&only_null));
    }
}
