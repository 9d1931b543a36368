//! The charts' JSON Schemas, compiled ahead of time.
//!
//! schemars derives each chart's schema from the typed model (see
//! `official::schema`), but deriving it takes about 20 million instructions,
//! more than all the rest of a `check` of a small file. So the derived
//! schemas are written into the repository as static text, one piece per
//! definition (`data_*.rs`, generated), and parsed piece by piece on first
//! use: a run pays only for the root and the definitions its file reaches.
//!
//! A unit test below derives every schema again and fails when the committed
//! text differs; `AIRFLOW_VALUES_UPDATE_SCHEMAS=1` rewrites it. The build
//! never runs the generator.

use std::any::Any;
use std::sync::OnceLock;

use serde_json::{Map, Value};

#[rustfmt::skip]
#[cfg(feature = "bitnami")]
mod data_bitnami;
#[rustfmt::skip]
#[cfg(feature = "community")]
mod data_community;
#[rustfmt::skip]
mod data_official;
mod reference;

pub(crate) use reference::MAX_REF_HOPS;
pub use reference::SchemaRoot;
use reference::unescape;

/// The texts of one generated file, in one string: text `i` ends at
/// `ends[i]` and starts where text `i - 1` ends. Definitions name their texts
/// by index, so the tables hold no pointers: nothing for the loader to
/// relocate at start, and the pages of releases a run does not use are never
/// touched.
pub(crate) struct Pool {
    text: &'static str,
    ends: &'static [u32],
}

impl Pool {
    pub(crate) const fn new(text: &'static str, ends: &'static [u32]) -> Pool {
        Pool { text, ends }
    }

    /// Text `index`; the generator writes only indices it has, and a test
    /// reads every one, so the fallback (a schema that admits everything)
    /// is never met.
    fn get(&self, index: u32) -> &'static str {
        let at = index as usize;
        let start = match at.checked_sub(1) {
            Some(before) => self.ends.get(before).copied(),
            None => Some(0),
        };
        start
            .zip(self.ends.get(at).copied())
            .and_then(|(start, end)| self.text.get(start as usize..end as usize))
            .unwrap_or("true")
    }
}

/// One definition of a compiled schema, by the indices of its texts in the
/// file's [`Pool`]: its name under `$defs`, its JSON for walking (without
/// descriptions, which no check reads and which are nearly half the text),
/// and its whole JSON (for export).
pub(crate) struct Def {
    name: u32,
    text: u32,
    full: u32,
}

impl Def {
    pub(crate) const fn new(name: u32, text: u32, full: u32) -> Def {
        Def { name, text, full }
    }
}

/// A chart's schema as committed: the root without `$defs`, and the
/// definitions sorted by name; each is parsed on first use.
pub(crate) struct Compiled {
    label: &'static str,
    pool: &'static Pool,
    root_text: u32,
    root_full: u32,
    defs: &'static [Def],
    root: OnceLock<Value>,
    /// One slot per definition, made when the schema is first walked.
    parsed: OnceLock<Box<[OnceLock<Value>]>>,
    whole: OnceLock<schemars::Schema>,
    /// One index the checker derives from the schema, built once a process
    /// (see [`SchemaRoot::derived`]).
    derived: OnceLock<Box<dyn Any + Send + Sync>>,
}

impl Compiled {
    pub(crate) const fn new(
        label: &'static str,
        pool: &'static Pool,
        root_text: u32,
        root_full: u32,
        defs: &'static [Def],
    ) -> Compiled {
        Compiled {
            label,
            pool,
            root_text,
            root_full,
            defs,
            root: OnceLock::new(),
            parsed: OnceLock::new(),
            whole: OnceLock::new(),
            derived: OnceLock::new(),
        }
    }

    /// What the schema was generated for: a chart release such as `1.22.0`,
    /// or a dialect's name.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn label(&self) -> &'static str {
        self.label
    }

    /// The schema for walking: definitions are parsed when a `$ref` first
    /// reaches them.
    pub(crate) fn root(&'static self) -> SchemaRoot<'static> {
        SchemaRoot::compiled(
            self.root
                .get_or_init(|| parse(self.pool.get(self.root_text))),
            self,
        )
    }

    fn name(&self, def: &Def) -> &'static str {
        self.pool.get(def.name)
    }

    /// Where the definition named `name` sits in [`Compiled::defs`].
    fn find(&self, name: &str) -> Option<usize> {
        self.defs
            .binary_search_by(|def| self.name(def).cmp(name))
            .ok()
    }

    /// The walking value of definition `at`, parsed on first use.
    fn value(&self, at: usize) -> Option<&Value> {
        let def = self.defs.get(at)?;
        let slots = self
            .parsed
            .get_or_init(|| self.defs.iter().map(|_| OnceLock::new()).collect());
        Some(
            slots
                .get(at)?
                .get_or_init(|| parse(self.pool.get(def.text))),
        )
    }

    /// Whether definition `at` has been parsed for walking.
    #[cfg(test)]
    fn is_parsed(&self, at: usize) -> bool {
        self.parsed
            .get()
            .and_then(|slots| slots.get(at))
            .is_some_and(|slot| slot.get().is_some())
    }

    /// The whole schema, every definition under `$defs`, as schemars derived
    /// it: for export and for callers that want one JSON document. Outlined
    /// top-level keys go back in their place.
    pub(crate) fn whole(&'static self) -> &'static schemars::Schema {
        self.whole.get_or_init(|| {
            let mut top = parse(self.pool.get(self.root_full));
            self.inline(&mut top);
            if let Value::Object(object) = &mut top {
                let defs: Map<String, Value> = self
                    .defs
                    .iter()
                    .filter(|def| !self.name(def).starts_with(OUTLINED))
                    .map(|def| (self.name(def).to_owned(), parse(self.pool.get(def.full))))
                    .collect();
                if !defs.is_empty() {
                    object.insert("$defs".into(), Value::Object(defs));
                }
            }
            schemars::Schema::try_from(top).unwrap_or_default()
        })
    }

    /// Puts every outlined schema under `value` back in its place.
    fn inline(&'static self, value: &mut Value) {
        match value {
            Value::Object(map) => {
                let outlined = map
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/$defs/"))
                    .map(unescape)
                    .filter(|name| name.starts_with(OUTLINED))
                    .and_then(|name| self.full_def(&name));
                if let Some(def) = outlined {
                    *value = def;
                    self.inline(value);
                    return;
                }
                for child in map.values_mut() {
                    self.inline(child);
                }
            }
            Value::Array(items) => {
                for child in items {
                    self.inline(child);
                }
            }
            _ => {}
        }
    }

    /// The definition named `name`, parsed whole (descriptions included).
    fn full_def(&'static self, name: &str) -> Option<Value> {
        let def = self.defs.get(self.find(name)?)?;
        Some(parse(self.pool.get(def.full)))
    }
}

/// The prefix of a definition that holds a top-level key's schema, moved out
/// of the root by the generator (`@scheduler`); schemars never names a
/// definition so.
const OUTLINED: &str = "@";

/// How large (compact JSON bytes) a top-level key's schema must be for the
/// generator to move it out of the root.
#[cfg(test)]
const OUTLINE_BYTES: usize = 512;

/// The committed text is generated from derived schemas and checked by a
/// test, so it parses; should it not, the schema admits everything rather
/// than the process stopping.
fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Bool(true))
}

/// The official chart's compiled schema for the release at `index` of
/// [`ChartVersion::ALL`](crate::official::ChartVersion::ALL): the generated
/// file holds one per release, in that order (a test of `generate` checks
/// it). Should a stale file lack one, the newest it has serves, so that the
/// crate still builds and the generator can run.
pub(crate) fn official(index: usize) -> &'static Compiled {
    data_official::SCHEMAS
        .get(index)
        .or(data_official::SCHEMAS.last())
        .unwrap_or(&EMPTY)
}

/// A schema that admits everything, for [`official`] on an empty file.
static EMPTY: Compiled = Compiled::new("none", &EMPTY_POOL, 0, 0, &[]);
static EMPTY_POOL: Pool = Pool::new("true", &[4]);

/// The Bitnami chart's compiled schema.
#[cfg(feature = "bitnami")]
pub(crate) fn bitnami() -> &'static Compiled {
    &data_bitnami::SCHEMA
}

/// The community chart's compiled schema.
#[cfg(feature = "community")]
pub(crate) fn community() -> &'static Compiled {
    &data_community::SCHEMA
}

#[cfg(test)]
mod generate;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A compiled schema made at run time, as the generator lays one out:
    /// the root's texts, then each definition's name and texts.
    fn compiled(root: [&str; 2], defs: &[[&str; 3]]) -> &'static Compiled {
        let (mut text, mut ends) = (String::new(), Vec::new());
        let mut push = |piece: &str| -> u32 {
            text.push_str(piece);
            ends.push(u32::try_from(text.len()).unwrap());
            u32::try_from(ends.len() - 1).unwrap()
        };
        let (root_text, root_full) = (push(root[0]), push(root[1]));
        let defs: Vec<Def> = defs
            .iter()
            .map(|[name, walk, full]| Def::new(push(name), push(walk), push(full)))
            .collect();
        let pool = Box::leak(Box::new(Pool::new(
            Box::leak(text.into_boxed_str()),
            Box::leak(ends.into_boxed_slice()),
        )));
        Box::leak(Box::new(Compiled::new(
            "test",
            pool,
            root_text,
            root_full,
            Box::leak(defs.into_boxed_slice()),
        )))
    }

    fn three() -> &'static Compiled {
        compiled(
            [
                r#"{"type":"object"}"#,
                r#"{"type":"object","description":"t"}"#,
            ],
            &[
                [
                    "A",
                    r#"{"type":"string"}"#,
                    r#"{"type":"string","description":"a"}"#,
                ],
                ["M<T>", r#"{"const":1}"#, r#"{"const":1}"#],
                [
                    "a/b",
                    r#"{"items":[{"type":"null"}]}"#,
                    r#"{"items":[{"type":"null"}]}"#,
                ],
            ],
        )
    }

    #[test]
    fn resolves_local_pointers_with_escapes() {
        let root = json!({
            "$defs": {"A": {"type": "string"}, "a/b": {"type": "null"}, "M<T>": {"const": 1}},
            "definitions": {"B": {"items": [{"type": "integer"}]}},
        });
        let root = SchemaRoot::of(&root);
        assert_eq!(root.resolve("#/$defs/A"), Some(&json!({"type": "string"})));
        assert_eq!(root.resolve("#/$defs/a~1b"), Some(&json!({"type": "null"})));
        assert_eq!(root.resolve("#/$defs/M%3CT%3E"), Some(&json!({"const": 1})));
        assert_eq!(
            root.resolve("#/definitions/B/items/0"),
            Some(&json!({"type": "integer"}))
        );
        assert_eq!(root.resolve("#"), Some(root.top()));
        assert_eq!(root.resolve("#/$defs/Missing"), None);
        assert_eq!(root.resolve("other.json#/$defs/A"), None);
    }

    #[test]
    fn compiled_definitions_resolve_by_name_and_pointer() {
        let root = three().root();
        assert_eq!(root.top(), &json!({"type": "object"}));
        assert_eq!(root.resolve("#/$defs/A"), Some(&json!({"type": "string"})));
        assert_eq!(root.resolve("#/$defs/M%3CT%3E"), Some(&json!({"const": 1})));
        assert_eq!(
            root.resolve("#/$defs/a~1b/items/0"),
            Some(&json!({"type": "null"}))
        );
        assert_eq!(root.resolve("#/$defs/Missing"), None);
        assert_eq!(root.resolve("#/type"), Some(&json!("object")));
    }

    #[test]
    fn the_whole_schema_puts_every_definition_back() {
        assert_eq!(
            three().whole().as_value(),
            &json!({
                "type": "object",
                "description": "t",
                "$defs": {
                    "A": {"type": "string", "description": "a"},
                    "M<T>": {"const": 1},
                    "a/b": {"items": [{"type": "null"}]},
                },
            })
        );
    }

    #[test]
    fn only_the_definitions_reached_are_parsed() {
        // Sorted by name, as the generator writes them.
        let schema = compiled(
            [
                r##"{"$ref":"#/$defs/Used"}"##,
                r##"{"$ref":"#/$defs/Used"}"##,
            ],
            &[
                ["Unused", r#"{"type":"integer"}"#, r#"{"type":"integer"}"#],
                ["Used", r#"{"type":"string"}"#, r#"{"type":"string"}"#],
            ],
        );
        let root = schema.root();
        assert!(!schema.is_parsed(0) && !schema.is_parsed(1));
        assert_eq!(
            root.resolve("#/$defs/Used"),
            Some(&json!({"type": "string"}))
        );
        assert!(schema.is_parsed(1));
        assert!(!schema.is_parsed(0), "an unreached definition was parsed");
    }
}
