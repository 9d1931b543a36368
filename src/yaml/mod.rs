//! Reading and writing YAML the way Helm reads it.
//!
//! Helm parses values files with a YAML 1.1 reader (go-yaml, a port of libyaml). Under YAML 1.1
//! an unquoted `no`, `on`, `y`, `off`, `~`, `1_000`, `0o17`, `017`, `1:20` or `2024-01-19` is a
//! bool, null, number or timestamp, not the string it looks like. [`to_string`] quotes every
//! string that such a reader would resolve to anything else, so what Helm reads back is the
//! string that was written. [`from_str`] parses one document with bounded nesting depth and
//! bounded alias expansion, and reports errors by line and column without echoing the input.
//!
//! This is the only module of the crate that names the YAML library, so it can be replaced
//! without touching the rest of the crate.
//!
//! Output is deterministic: the same value gives the same bytes. Struct fields are written in
//! declaration order and maps in their iteration order, so use ordered maps
//! ([`BTreeMap`](std::collections::BTreeMap) or an insertion-ordered map) rather than
//! [`HashMap`](std::collections::HashMap), whose iteration order changes from run to run.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde::ser::{
    SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant, SerializeTuple,
    SerializeTupleStruct, SerializeTupleVariant, Serializer,
};
use serde_saphyr::MessageFormatter as _;

mod decode;
mod document;
mod events;
mod from_tree;
pub(crate) mod path;
mod scalar;
mod tree;

#[allow(unused_imports, reason = "used by the check pipeline")]
pub(crate) use document::{
    Document, Hazard, HazardKind, MAX_INPUT_BYTES, Positions, Span, read_document,
    read_document_limited,
};
pub(crate) use from_tree::{TreeError, from_tree};
pub use path::{KeyPath, Segment};
pub(crate) use path::{key_path, parse_path};

/// The tree `check` reads from a values file (a duplicate key keeps its last value, as in
/// Helm) and the kinds of its hazards in document order. For the crate's integration tests
/// (`tests/yaml_corpus.rs`); not part of the API.
///
/// # Errors
///
/// As [`from_str`], for the first document.
#[doc(hidden)]
pub fn read_values_tree(bytes: &[u8]) -> Result<(serde_json::Value, Vec<&'static str>), YamlError> {
    let document = read_document(bytes)?;
    let kinds = document.hazards.iter().map(|h| h.kind.name()).collect();
    Ok((document.tree, kinds))
}

/// The text of a values file as [`read_document`] decodes it (UTF-8 without a byte-order
/// mark, or UTF-16 with one), for a file that is not valid YAML; `None` when it is neither.
pub(crate) fn decode_text(bytes: &[u8]) -> Option<String> {
    decode::decode(bytes, usize::MAX)
        .ok()
        .map(|decoded| decoded.text.into_owned())
}

/// Deepest nesting of collections [`from_str`] accepts; chart values nest far less.
const MAX_DEPTH: usize = 64;
/// Most alias (`*name`) uses [`from_str`] accepts in one document.
const MAX_ALIASES: usize = 1_000;
/// Most anchors (`&name`) [`from_str`] accepts in one document.
const MAX_ANCHORS: usize = 1_000;
/// Most events replayed from aliases in one document: the "billion laughs" guard.
const MAX_REPLAYED_EVENTS: usize = 100_000;
/// Most times a single anchor may be expanded through aliases.
const MAX_EXPANSIONS_PER_ANCHOR: usize = 1_000;
/// Most parser events (scalars, collection starts and ends) in one document.
const MAX_EVENTS: usize = 1_000_000;

/// An error reading or writing YAML.
///
/// Messages never contain the YAML source text around an error, which could hold a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum YamlError {
    /// A value could not be written as YAML, e.g. its `Serialize` implementation failed.
    #[error("cannot write YAML: {message}")]
    Serialize {
        /// What the YAML writer rejected.
        message: String,
    },
    /// The text is not valid YAML, or does not have the shape of the requested type.
    #[error("invalid YAML at line {line}, column {column}: {message}")]
    Parse {
        /// Line of the error, counted from 1.
        line: usize,
        /// Column of the error in characters, counted from 1.
        column: usize,
        /// What is wrong at that position, without the source text.
        message: String,
    },
    /// The text could not be read, and the reader reported no position, e.g. a breached
    /// size or alias budget.
    #[error("invalid YAML: {message}")]
    Read {
        /// What is wrong, without the source text.
        message: String,
    },
}

impl YamlError {
    /// The line and column (both counted from 1) where parsing failed, when known.
    ///
    /// ```
    /// let err = airflow_values::yaml::from_str::<u16>("port: 80\n").unwrap_err();
    /// assert_eq!(err.location(), Some((1, 1)));
    /// ```
    #[must_use]
    pub fn location(&self) -> Option<(usize, usize)> {
        match self {
            Self::Parse { line, column, .. } => Some((*line, *column)),
            Self::Serialize { .. } | Self::Read { .. } => None,
        }
    }

    fn from_de(err: &serde_saphyr::Error) -> Self {
        // Only the message, never `Display`: that renders a snippet of the source lines.
        let err = err.without_snippet();
        let message = sanitize(&serde_saphyr::UserMessageFormatter.format_message(err));
        match err.location() {
            Some(loc) => Self::Parse {
                line: usize::try_from(loc.line()).unwrap_or(usize::MAX),
                column: usize::try_from(loc.column()).unwrap_or(usize::MAX),
                message,
            },
            None => Self::Read { message },
        }
    }

    fn from_ser(err: &serde_saphyr::SerializeError) -> Self {
        Self::Serialize {
            message: sanitize(&err.to_string()),
        }
    }
}

/// Escapes control characters so a message stays on one line.
fn sanitize(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for ch in message.chars() {
        if ch.is_control() {
            out.extend(ch.escape_debug());
        } else {
            out.push(ch);
        }
    }
    out
}

/// The writer's settings, all spelled out so that a change of the library's defaults cannot
/// change the bytes we write.
fn serializer_options() -> serde_saphyr::SerializerOptions {
    serde_saphyr::ser_options! {
        indent_step: 2,
        // `- item` at the indentation of its parent key.
        compact_list_indent: true,
        // false = quote every string that YAML 1.1 would read as a bool, null, number,
        // timestamp, merge key or value key; true would only guard against YAML 1.2 resolution
        // (and add a `%YAML 1.2` directive and a `---` marker).
        yaml_12: false,
        no_lang_directive: false,
        // Plain scalars where safe keep values files readable; `HelmSafe` and the library's
        // YAML 1.1 checks decide when quotes are needed.
        quote_all: false,
        // Multi-line strings as literal blocks (`|`), when `HelmSafe` lets them through.
        prefer_block_scalars: true,
        // Never fold long single-line strings into `>` blocks: a folded block is harder to
        // review, and whitespace fixers can change its content. Long strings stay on one line.
        folded_wrap_chars: usize::MAX,
        // Unit enum variants as plain scalars, not `!!Enum Variant` tags Helm does not know.
        tagged_enums: false,
        anchor_generator: None,
    }
}

/// The reader's settings: bounded input, and YAML 1.1 number and bool spellings as Helm
/// reads them.
fn deserializer_options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_aliases: MAX_ALIASES,
            max_anchors: MAX_ANCHORS,
            max_events: MAX_EVENTS,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: MAX_REPLAYED_EVENTS,
            max_alias_expansions_per_anchor: MAX_EXPANSIONS_PER_ANCHOR,
        },
        // Duplicate keys are rejected here; `check` reads files with `read_document`
        // instead, which keeps the last one as Helm does and reports the lost one as a hazard.
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::Error,
        // Helm's reader expands `<<` merge keys.
        merge_keys: serde_saphyr::MergeKeyPolicy::Merge,
        // `0644` is 420 for Helm (YAML 1.1 octal), e.g. for a volume's `defaultMode`.
        legacy_octal_numbers: true,
        // `yes`/`no`/`on`/`off` are bools for Helm, so they are for typed bool fields too.
        strict_booleans: false,
        // Keep source text out of errors entirely.
        with_snippet: false,
    }
}

/// Writes `value` as one YAML document that Helm reads back as the same value.
///
/// The output uses block style with a 2-space indent, ends with exactly one newline and has no
/// `---` document marker. Strings are written plain only when a YAML 1.1 reader resolves the
/// plain text to that same string; otherwise they are quoted (`"no"`, `"1_000"`, `"1:20"`,
/// `"2024-01-19"`, `"~"`, `""`, `" leading"`…). Multi-line strings are written as literal
/// blocks (`|`) when that is exact and robust, and double-quoted otherwise (a line with
/// trailing whitespace, more than one trailing newline, or a first line starting with a tab,
/// which libyaml-based readers reject inside a block).
///
/// The same value always gives the same bytes; maps are written in their iteration order, so
/// use a [`BTreeMap`](std::collections::BTreeMap) rather than a
/// [`HashMap`](std::collections::HashMap).
///
/// ```
/// use std::collections::BTreeMap;
///
/// let mut values = BTreeMap::new();
/// values.insert("enabled", "yes");
/// let yaml = airflow_values::yaml::to_string(&values)?;
/// assert_eq!(yaml, "enabled: \"yes\"\n");
///
/// let back: BTreeMap<String, String> = airflow_values::yaml::from_str(&yaml)?;
/// assert_eq!(back["enabled"], "yes");
/// # Ok::<(), airflow_values::yaml::YamlError>(())
/// ```
///
/// # Errors
///
/// [`YamlError::Serialize`] when the value's own `Serialize` implementation fails, or the
/// writer cannot represent what it produces.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, YamlError> {
    serde_saphyr::to_string_with_options(&HelmSafe(value), serializer_options())
        .map_err(|err| YamlError::from_ser(&err))
}

/// Writes several YAML documents separated by `---` lines, e.g. Kubernetes manifests.
///
/// Each document is written as by [`to_string`]; there is no marker before the first document
/// nor after the last, and an empty slice gives an empty string.
///
/// ```
/// let yaml = airflow_values::yaml::to_string_multiple(&[vec!["a"], vec!["on"]])?;
/// assert_eq!(yaml, "- a\n---\n- \"on\"\n");
/// # Ok::<(), airflow_values::yaml::YamlError>(())
/// ```
///
/// # Errors
///
/// [`YamlError::Serialize`] when any document cannot be written (see [`to_string`]).
pub fn to_string_multiple<T: Serialize>(docs: &[T]) -> Result<String, YamlError> {
    let mut out = String::new();
    for (index, doc) in docs.iter().enumerate() {
        if index > 0 {
            out.push_str("---\n");
        }
        out.push_str(&to_string(doc)?);
    }
    Ok(out)
}

/// Parses one YAML document into a `T`.
///
/// Parsing is bounded: at most 64 levels of nesting, 1,000 anchors and aliases, and 100,000
/// events replayed from aliases, so a small hostile input cannot expand into a huge one.
/// Numbers and bools follow Helm's YAML 1.1 reading where a typed field asks for them
/// (`yes` is `true`, `0644` is 420). Duplicate mapping keys are rejected.
///
/// ```
/// use std::collections::BTreeMap;
///
/// let values: BTreeMap<String, String> = airflow_values::yaml::from_str("enabled: \"yes\"\n")?;
/// assert_eq!(values["enabled"], "yes");
/// # Ok::<(), airflow_values::yaml::YamlError>(())
/// ```
///
/// # Errors
///
/// [`YamlError::Parse`], with the line and column, when the text is not YAML, holds more
/// than one document or a duplicate key, exceeds the limits above, or does not fit `T`;
/// [`YamlError::Read`] for the rare failures the reader cannot place. The message never
/// includes the source text around the error.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str_with_options(text, deserializer_options())
        .map_err(|err| YamlError::from_de(&err))
}

/// Whether a multi-line string must be double-quoted rather than written as a literal block.
///
/// The library writes strings containing a newline as literal blocks. That is exact for its
/// own reader, but not robust for Helm's:
/// - libyaml (and go-yaml) detect a block's indentation from its first non-empty line and
///   reject a tab there ("found a tab character where an indentation space is expected");
/// - trailing blank lines need keep chomping (`|+`), and at the end of a file they, like
///   trailing spaces on a line, are removed by editors and whitespace-fixing hooks, which would
///   silently change the value.
fn needs_double_quotes(s: &str) -> bool {
    if !s.contains('\n') {
        return false;
    }
    let body = s.strip_suffix('\n').unwrap_or(s);
    if body.is_empty() || body.ends_with('\n') {
        return true;
    }
    if s.split('\n').any(|line| line.ends_with([' ', '\t'])) {
        return true;
    }
    s.split('\n')
        .find(|line| !line.is_empty())
        .is_some_and(|line| line.trim_start_matches(' ').starts_with('\t'))
}

/// A value whose strings are written in a style Helm reads back exactly.
///
/// Wraps the value's serializer in [`HelmSafeSerializer`], which forwards everything and only
/// double-quotes the multi-line strings that [`needs_double_quotes`] flags.
struct HelmSafe<'a, T: ?Sized>(&'a T);

impl<T: Serialize + ?Sized> Serialize for HelmSafe<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(HelmSafeSerializer(serializer))
    }
}

/// The serializer behind [`HelmSafe`]: forwards to `S`, wrapping every nested value again.
struct HelmSafeSerializer<S>(S);

/// A compound serializer (sequence, map, struct…) whose elements are wrapped in [`HelmSafe`].
struct HelmSafeCompound<C>(C);

impl<S: Serializer> Serializer for HelmSafeSerializer<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = HelmSafeCompound<S::SerializeSeq>;
    type SerializeTuple = HelmSafeCompound<S::SerializeTuple>;
    type SerializeTupleStruct = HelmSafeCompound<S::SerializeTupleStruct>;
    type SerializeTupleVariant = HelmSafeCompound<S::SerializeTupleVariant>;
    type SerializeMap = HelmSafeCompound<S::SerializeMap>;
    type SerializeStruct = HelmSafeCompound<S::SerializeStruct>;
    type SerializeStructVariant = HelmSafeCompound<S::SerializeStructVariant>;

    fn serialize_str(self, v: &str) -> Result<S::Ok, S::Error> {
        if needs_double_quotes(v) {
            serde_saphyr::DoubleQuoted(v).serialize(self.0)
        } else {
            self.0.serialize_str(v)
        }
    }
    fn serialize_char(self, v: char) -> Result<S::Ok, S::Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_bool(self, v: bool) -> Result<S::Ok, S::Error> {
        self.0.serialize_bool(v)
    }
    fn serialize_i8(self, v: i8) -> Result<S::Ok, S::Error> {
        self.0.serialize_i8(v)
    }
    fn serialize_i16(self, v: i16) -> Result<S::Ok, S::Error> {
        self.0.serialize_i16(v)
    }
    fn serialize_i32(self, v: i32) -> Result<S::Ok, S::Error> {
        self.0.serialize_i32(v)
    }
    fn serialize_i64(self, v: i64) -> Result<S::Ok, S::Error> {
        self.0.serialize_i64(v)
    }
    fn serialize_i128(self, v: i128) -> Result<S::Ok, S::Error> {
        self.0.serialize_i128(v)
    }
    fn serialize_u8(self, v: u8) -> Result<S::Ok, S::Error> {
        self.0.serialize_u8(v)
    }
    fn serialize_u16(self, v: u16) -> Result<S::Ok, S::Error> {
        self.0.serialize_u16(v)
    }
    fn serialize_u32(self, v: u32) -> Result<S::Ok, S::Error> {
        self.0.serialize_u32(v)
    }
    fn serialize_u64(self, v: u64) -> Result<S::Ok, S::Error> {
        self.0.serialize_u64(v)
    }
    fn serialize_u128(self, v: u128) -> Result<S::Ok, S::Error> {
        self.0.serialize_u128(v)
    }
    fn serialize_f32(self, v: f32) -> Result<S::Ok, S::Error> {
        self.0.serialize_f32(v)
    }
    fn serialize_f64(self, v: f64) -> Result<S::Ok, S::Error> {
        self.0.serialize_f64(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<S::Ok, S::Error> {
        self.0.serialize_bytes(v)
    }
    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        self.0.serialize_none()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&HelmSafe(value))
    }
    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.0.serialize_unit()
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<S::Ok, S::Error> {
        self.0.serialize_unit_struct(name)
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        variant_index: u32,
        variant: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_unit_variant(name, variant_index, variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &HelmSafe(value))
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        variant_index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0
            .serialize_newtype_variant(name, variant_index, variant, &HelmSafe(value))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        self.0.serialize_seq(len).map(HelmSafeCompound)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        self.0.serialize_tuple(len).map(HelmSafeCompound)
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        self.0
            .serialize_tuple_struct(name, len)
            .map(HelmSafeCompound)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        variant_index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        self.0
            .serialize_tuple_variant(name, variant_index, variant, len)
            .map(HelmSafeCompound)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        self.0.serialize_map(len).map(HelmSafeCompound)
    }
    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        self.0.serialize_struct(name, len).map(HelmSafeCompound)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        variant_index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        self.0
            .serialize_struct_variant(name, variant_index, variant, len)
            .map(HelmSafeCompound)
    }
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

impl<C: SerializeSeq> SerializeSeq for HelmSafeCompound<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_element(&HelmSafe(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: SerializeTuple> SerializeTuple for HelmSafeCompound<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_element(&HelmSafe(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: SerializeTupleStruct> SerializeTupleStruct for HelmSafeCompound<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_field(&HelmSafe(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: SerializeTupleVariant> SerializeTupleVariant for HelmSafeCompound<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_field(&HelmSafe(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: SerializeMap> SerializeMap for HelmSafeCompound<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), C::Error> {
        self.0.serialize_key(&HelmSafe(key))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        self.0.serialize_value(&HelmSafe(value))
    }
    fn serialize_entry<K: Serialize + ?Sized, V: Serialize + ?Sized>(
        &mut self,
        key: &K,
        value: &V,
    ) -> Result<(), C::Error> {
        self.0.serialize_entry(&HelmSafe(key), &HelmSafe(value))
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: SerializeStruct> SerializeStruct for HelmSafeCompound<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        self.0.serialize_field(key, &HelmSafe(value))
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), C::Error> {
        self.0.skip_field(key)
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

impl<C: SerializeStructVariant> SerializeStructVariant for HelmSafeCompound<C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        self.0.serialize_field(key, &HelmSafe(value))
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), C::Error> {
        self.0.skip_field(key)
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.0.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn multi_line_styles() {
        for (input, want) in [
            ("a\nb\n", "v: |\n  a\n  b\n"),
            ("a\nb", "v: |-\n  a\n  b\n"),
            ("\nabc", "v: |-\n\n  abc\n"),
            ("x\n\ty", "v: |-\n  x\n  \ty\n"),
            ("  indented\nx", "v: |2-\n    indented\n  x\n"),
            ("a\nb\n\n", "v: \"a\\nb\\n\\n\"\n"),
            ("\n", "v: \"\\n\"\n"),
            ("\tx\ny", "v: \"\\tx\\ny\"\n"),
            ("\n\tx", "v: \"\\n\\tx\"\n"),
            ("a \nb", "v: \"a \\nb\"\n"),
            ("a\n  \nb", "v: \"a\\n  \\nb\"\n"),
            ("a\tb", "v: \"a\\tb\"\n"),
        ] {
            let map = BTreeMap::from([("v", input)]);
            let out = to_string(&map).unwrap();
            assert_eq!(out, want, "input {input:?}");
            let back: BTreeMap<String, String> = from_str(&out).unwrap();
            assert_eq!(back["v"], input, "input {input:?}");
        }
    }

    #[test]
    fn needs_double_quotes_only_for_fragile_blocks() {
        for (input, want) in [
            ("single line", false),
            ("a\nb", false),
            ("a\nb\n", false),
            // Safe for libyaml (the writer adds an indentation indicator), quoted anyway.
            (" \tlead\nx", true),
            ("a\n", false),
            ("\n", true),
            ("a\n\n", true),
            ("\ta\nb", true),
            ("\n\n  \tb", true),
            ("a \nb", true),
            ("a\nb\t", true),
        ] {
            assert_eq!(needs_double_quotes(input), want, "input {input:?}");
        }
    }

    #[test]
    fn wrapper_keeps_nested_shapes() {
        #[derive(Serialize)]
        enum Shape {
            Unit,
            Newtype(&'static str),
            Tuple(u8, &'static str),
            Struct { s: &'static str },
        }
        let value = (
            Some("on"),
            vec![Shape::Unit, Shape::Newtype("\tx\n"), Shape::Tuple(1, "n")],
            Shape::Struct { s: "y" },
            'y',
        );
        let out = to_string(&value).unwrap();
        assert_eq!(
            out,
            "- \"on\"\n- - Unit\n  - Newtype: \"\\tx\\n\"\n  - Tuple:\n      - 1\n      - \"n\"\n- Struct:\n    s: \"y\"\n- \"y\"\n"
        );
    }

    #[test]
    fn errors_carry_location_and_no_source() {
        let err = from_str::<BTreeMap<String, u16>>("a: 1\nport: hunter2\n").unwrap_err();
        assert_eq!(err.location(), Some((2, 7)), "{err}");
        assert!(!err.to_string().contains("hunter2"), "{err}");
    }

    #[test]
    fn serialize_errors_are_reported() {
        struct Broken;
        impl Serialize for Broken {
            fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
                Err(serde::ser::Error::custom("broken\nvalue"))
            }
        }
        let err = to_string(&[Broken]).unwrap_err();
        assert_eq!(err.to_string(), "cannot write YAML: broken\\nvalue");
        assert_eq!(err.location(), None);
    }

    #[test]
    fn sanitize_escapes_control_characters() {
        assert_eq!(sanitize("a\nb\tc"), "a\\nb\\tc");
    }
}
