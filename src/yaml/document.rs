//! A values file read as Helm reads it, with the position of every key and the YAML hazards
//! in it.
//!
//! [`read_document`] decodes the bytes (UTF-8, with or without a byte-order mark, or UTF-16
//! with one), reads the first YAML document into the same `serde_json::Value` that
//! [`from_str`](super::from_str) gives, except that a duplicate key is not an error (the last
//! one wins, as in Helm), and records where each key and list item is written.
//!
//! Positions of values that come from an anchor: a value reached through an alias
//! (`b: *base`) is placed at the alias: every key and item under it has the span of `*base`,
//! for its key and for its value. A key that a merge key adds (`<<: *base`) has the span of
//! the `<<` key, and its value (and everything under it) the span of `*base`. Keys of a
//! mapping written inline after `<<:` keep their own spans.
//!
//! Several documents in one file (`---` between them): Helm 3 reads only the first one, and
//! silently drops the rest (helm/helm#13097, "only first YAML document of each file is taken
//! into consideration"); Helm 4 reads them all and merges them in order, later documents
//! winning (helm/helm#13655, `LoadValues` in `pkg/chart/v2/loader/load.go`). The tree here is
//! the first document, and [`HazardKind::MultipleDocuments`] says the two Helms disagree.
//! Documents after the first are not checked beyond their syntax; an error in them ends the
//! reading without failing it.

#![cfg_attr(
    not(test),
    allow(dead_code, reason = "the check pipeline will call this module")
)]

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use serde_json::Value;

use super::KeyPath;
use super::YamlError;
use super::{decode, events, tree};

/// The largest values file [`read_document`] reads by default: 8 MiB, far beyond any real one.
pub(crate) const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// A position in a values file.
///
/// `line` and `column` count from 1, the column in characters. `offset` counts bytes from 0 in
/// the text as decoded: UTF-8 without a leading byte-order mark (so a file with one is 3 bytes
/// ahead), UTF-16 converted to UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Span {
    /// Line, counted from 1.
    pub line: usize,
    /// Column in characters, counted from 1.
    pub column: usize,
    /// Byte offset in the decoded text, counted from 0.
    pub offset: usize,
}

/// A values file: its tree as Helm reads it, where its keys are, and its YAML hazards.
///
/// `Debug` shows the top-level keys of the tree, not its values, which may be secrets.
#[derive(Clone)]
pub(crate) struct Document {
    /// The first document, resolved as [`from_str`](super::from_str) resolves it, duplicate
    /// keys aside (the last one wins); an empty mapping when the file has no content.
    pub tree: Value,
    /// Where each key and list item of [`Self::tree`] is written.
    pub positions: Positions,
    /// What Helm may read differently from what the file seems to say, in document order.
    pub hazards: Vec<Hazard>,
    /// The decoded text.
    text: String,
    /// The bytes of each line of [`Self::text`], without the line break.
    lines: Vec<Range<usize>>,
}

impl Document {
    /// The decoded text: UTF-8, without a byte-order mark.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The parts of the lines that the bytes `range` of the decoded text cover, as (line
    /// counted from 1, bytes within that line), without the blanks at either end of a part;
    /// parts that are only blanks are left out.
    pub fn line_parts(&self, range: Range<usize>) -> Vec<(usize, Range<usize>)> {
        let first = self.lines.partition_point(|line| line.end < range.start);
        let mut parts = Vec::new();
        for (index, line) in self.lines.iter().enumerate().skip(first) {
            if line.start >= range.end && !(line.start == range.start && range.is_empty()) {
                break;
            }
            let start = range.start.max(line.start);
            let end = range.end.min(line.end).max(start);
            let part = &self.text[start..end];
            let start = start + (part.len() - part.trim_start().len()) - line.start;
            let end = end - (part.len() - part.trim_end().len()) - line.start;
            if start < end {
                parts.push((index + 1, start..end));
            }
        }
        parts
    }
}

impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keys: Vec<&str> = self
            .tree
            .as_object()
            .map(|map| map.keys().map(String::as_str).collect())
            .unwrap_or_default();
        f.debug_struct("Document")
            .field("tree_keys", &keys)
            .field("positions", &self.positions.spans.len())
            .field("hazards", &self.hazards)
            .finish()
    }
}

/// Where the keys and list items of a [`Document`] are written, by key path.
///
/// Every path in the tree has an entry except the root (and keys the reader resolves from an
/// alias, `*name : value`, which the crate's reader accepts). A list item's key span is its `-`
/// (or the item itself in a flow list `[a, b]`); a block scalar's value span is its `|` or
/// `>`; see the module documentation for values that come from anchors.
#[derive(Debug, Clone, Default)]
pub(crate) struct Positions {
    /// Path as `KeyPath` displays it → (key span, value span, bytes of the value's text).
    spans: HashMap<String, (Span, Span, Range<usize>)>,
}

impl Positions {
    pub(super) fn with_capacity(capacity: usize) -> Self {
        Self {
            spans: HashMap::with_capacity(capacity),
        }
    }

    pub(super) fn insert(&mut self, path: String, key: Span, value: Span, written: Range<usize>) {
        self.spans.insert(path, (key, value, written));
    }

    /// Where the key of `path` (or the `-` of a list item) is written.
    pub fn key(&self, path: &KeyPath) -> Option<Span> {
        self.spans.get(&path.to_string()).map(|&(key, _, _)| key)
    }

    /// Where the value of `path` starts.
    pub fn value(&self, path: &KeyPath) -> Option<Span> {
        self.spans
            .get(&path.to_string())
            .map(|&(_, value, _)| value)
    }

    /// The bytes of the decoded text that hold the value of `path`, from its first character
    /// (a block scalar's `|` or `>`) to its last: for a value that comes through an alias,
    /// the anchored node's text, not the alias.
    pub fn written(&self, path: &KeyPath) -> Option<Range<usize>> {
        self.spans
            .get(&path.to_string())
            .map(|(_, _, written)| written.clone())
    }

    /// The key span of `path`, or else of its closest ancestor that has one; `None` for the
    /// root and for paths none of whose ancestors are in the document.
    pub fn nearest(&self, path: &KeyPath) -> Option<Span> {
        (1..=path.0.len()).rev().find_map(|len| {
            let ancestor = KeyPath(path.0[..len].to_vec());
            self.key(&ancestor)
        })
    }
}

/// Something in a values file that Helm may read differently from what it seems to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hazard {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: HazardKind,
}

/// The kinds of [`Hazard`]. None holds a scalar value from the file, which could be a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub(crate) enum HazardKind {
    /// A key written twice in one mapping. The hazard sits on the occurrence that is lost;
    /// Helm keeps the value of the last one, at `winner`.
    DuplicateKey {
        /// The key's path, e.g. `scheduler.resources`.
        path: KeyPath,
        /// Where the occurrence that wins is written.
        winner: Span,
    },
    /// A plain (unquoted) scalar that Helm's YAML 1.1 reader turns into something other
    /// than its text: `enabled: yes` (the boolean true), `tag: 2.10` (the number 2.1), `mode:
    /// 0644` (an octal number), `date: 2024-01-19` (a timestamp). Keys count too (`on:`
    /// becomes `true`). Values every reader agrees on (`true`, `2`, `~`) are not reported.
    Yaml11Scalar {
        /// The path of the value, or of the key when the key is the scalar.
        path: KeyPath,
        /// What Helm reads: "boolean true", "boolean false", "number", "octal number" or
        /// "timestamp". Never the text itself.
        resolved: &'static str,
    },
    /// A tab in the indentation of a line, which YAML forbids (and libyaml-based readers,
    /// Helm's among them, reject).
    TabIndentation,
    /// The file starts with a UTF-8 byte-order mark; it is read without it.
    ByteOrderMark,
    /// The file is UTF-16 with a byte-order mark; it is decoded.
    Utf16 {
        /// Big-endian (`FE FF`) rather than little-endian (`FF FE`).
        big_endian: bool,
    },
    /// Lines end with CRLF; the span is the first one.
    CrLf {
        /// The first line that ends with CRLF.
        first_line: usize,
    },
    /// An anchor (`&name`), which Helm expands wherever an alias names it.
    Anchor {
        /// The anchor's name, without `&`.
        name: String,
    },
    /// An alias (`*name`), which repeats the anchored value.
    Alias {
        /// The anchor's name, without `*`.
        name: String,
    },
    /// A merge key (`<<`), which copies the keys of a mapping the mapping does not have.
    MergeKey,
    /// The file holds more than one document, and a later one holds values: Helm 3 reads
    /// only the first, Helm 4 merges them all. The span is the start of the second.
    MultipleDocuments {
        /// How many documents the file holds.
        count: usize,
    },
    /// The document is not a mapping of keys, which Helm rejects.
    NotMapping {
        /// What it is: "a list", "a string", "a number" or "a boolean".
        found: &'static str,
    },
    /// The file has no document, only comments, or a null one: Helm reads no values.
    Empty,
}

impl HazardKind {
    /// A short, stable name for the kind, e.g. `duplicate-key`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::DuplicateKey { .. } => "duplicate-key",
            Self::Yaml11Scalar { .. } => "yaml11-scalar",
            Self::TabIndentation => "tab-indentation",
            Self::ByteOrderMark => "byte-order-mark",
            Self::Utf16 { .. } => "utf-16",
            Self::CrLf { .. } => "crlf",
            Self::Anchor { .. } => "anchor",
            Self::Alias { .. } => "alias",
            Self::MergeKey => "merge-key",
            Self::MultipleDocuments { .. } => "multiple-documents",
            Self::NotMapping { .. } => "not-mapping",
            Self::Empty => "empty",
        }
    }
}

impl fmt::Display for HazardKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DuplicateKey { path, winner } => write!(
                f,
                "`{path}` is written again at line {}, which wins; this one is lost",
                winner.line
            ),
            Self::Yaml11Scalar { path, resolved } if path.is_root() => {
                write!(
                    f,
                    "this unquoted value reads as the {resolved} in Helm; quote it"
                )
            }
            Self::Yaml11Scalar { path, resolved } => write!(
                f,
                "the unquoted `{path}` reads as the {resolved} in Helm; quote it to keep the text"
            ),
            Self::TabIndentation => {
                f.write_str("a tab indents this line; YAML allows only spaces in indentation")
            }
            Self::ByteOrderMark => f.write_str("the file starts with a UTF-8 byte-order mark"),
            Self::Utf16 { big_endian } => {
                let order = if *big_endian { "big" } else { "little" };
                write!(f, "the file is UTF-16 ({order}-endian); save it as UTF-8")
            }
            Self::CrLf { first_line } => {
                write!(f, "lines end with CRLF, starting at line {first_line}")
            }
            Self::Anchor { name } => {
                write!(f, "anchor `&{name}`: its value is repeated by aliases")
            }
            Self::Alias { name } => write!(f, "alias `*{name}` repeats the anchored value"),
            Self::MergeKey => f.write_str("merge key `<<` copies keys from another mapping"),
            Self::MultipleDocuments { count } => write!(
                f,
                "the file holds {count} YAML documents: Helm 3 reads only the first, Helm 4 \
                 merges them all"
            ),
            Self::NotMapping { found } => {
                write!(
                    f,
                    "the document is {found}, not a mapping of keys; Helm rejects it"
                )
            }
            Self::Empty => f.write_str("the file holds no values"),
        }
    }
}

/// Reads a values file: its first document as a tree, with positions and hazards.
///
/// The tree is what [`from_str`](super::from_str) gives for `serde_json::Value`, with the same
/// limits (nesting depth, anchors, aliases and their expansion), except that a duplicate key
/// keeps its last value instead of failing, and an empty file gives an empty mapping.
///
/// # Errors
///
/// [`YamlError::Read`] when the input is larger than [`MAX_INPUT_BYTES`] or is not UTF-8 (nor
/// UTF-16 with a byte-order mark); [`YamlError::Parse`], with a line and column, when the
/// first document is not valid YAML (a tab in the indentation says so), breaks a limit, or
/// holds something the reader rejects (a null or non-scalar key, `.inf`). No message holds
/// text from the file.
pub(crate) fn read_document(bytes: &[u8]) -> Result<Document, YamlError> {
    read_document_limited(bytes, MAX_INPUT_BYTES)
}

/// [`read_document`] with another size limit than [`MAX_INPUT_BYTES`]: inputs of more than
/// `max_input_bytes` bytes are refused before anything is parsed.
///
/// # Errors
///
/// As [`read_document`], with `max_input_bytes` as the size limit.
pub(crate) fn read_document_limited(
    bytes: &[u8],
    max_input_bytes: usize,
) -> Result<Document, YamlError> {
    let decoded = decode::decode(bytes, max_input_bytes)?;
    let text: &str = &decoded.text;
    let mut hazards = decoded.hazards;
    hazards.extend(decode::crlf(text));

    let parsed = events::parse(text)?;
    hazards.extend(decode::tabs(text, &parsed.multiline));
    hazards.extend(parsed.hazards.iter().cloned());
    let built = tree::build(&parsed, text)?;
    hazards.extend(built.hazards);
    let mut tree = if built.exotic {
        reader_tree(text, parsed.second_document.map(|(offset, _)| offset))?
    } else {
        built.tree
    };

    let root = parsed.root_span().unwrap_or(Span {
        line: 1,
        column: 1,
        offset: 0,
    });
    let found = match &tree {
        Value::Null => {
            hazards.push(Hazard {
                span: root,
                kind: HazardKind::Empty,
            });
            tree = Value::Object(serde_json::Map::new());
            None
        }
        Value::Object(_) => None,
        Value::Array(_) => Some("a list"),
        Value::String(_) => Some("a string"),
        Value::Number(_) => Some("a number"),
        Value::Bool(_) => Some("a boolean"),
    };
    if let Some(found) = found {
        hazards.push(Hazard {
            span: root,
            kind: HazardKind::NotMapping { found },
        });
    }
    if parsed.later_content
        && let Some((_, span)) = parsed.second_document
    {
        hazards.push(Hazard {
            span,
            kind: HazardKind::MultipleDocuments {
                count: parsed.documents,
            },
        });
    }
    hazards.sort_by_key(|hazard| hazard.span.offset);
    Ok(Document {
        tree,
        positions: built.positions,
        hazards,
        lines: line_ranges(text),
        text: decoded.text.into_owned(),
    })
}

/// The bytes of each line of `text`, without its line break.
fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut start = 0;
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let content = line.strip_suffix('\r').unwrap_or(line);
        lines.push(start..start + content.len());
        start += line.len() + 1;
    }
    lines
}

/// The tree of the first document as the reader itself builds it, for documents the walk
/// leaves to it (tags, keys that are not strings, non-finite numbers). `end` is where the
/// second document starts, if there is one.
fn reader_tree(text: &str, end: Option<usize>) -> Result<Value, YamlError> {
    let first = end.and_then(|end| text.get(..end)).unwrap_or(text);
    let mut options = super::deserializer_options();
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::LastWins;
    serde_saphyr::from_str_with_options(first, options).map_err(|err| YamlError::from_de(&err))
}

#[cfg(test)]
mod tests {

    use serde_json::json;

    use super::*;
    use crate::yaml::Segment;

    fn read(text: &str) -> Document {
        read_document(text.as_bytes()).unwrap_or_else(|err| panic!("{err}: {text:?}"))
    }

    fn span(line: usize, column: usize, offset: usize) -> Span {
        Span {
            line,
            column,
            offset,
        }
    }

    /// A path from `KeyPath`'s display form: `a.b[0].c`, keys without dots or quotes.
    fn path(text: &str) -> KeyPath {
        let mut segments = Vec::new();
        for part in text.split('.').filter(|p| !p.is_empty()) {
            let mut pieces = part.split('[');
            let key = pieces.next().unwrap_or_default();
            if !key.is_empty() {
                segments.push(Segment::Key(key.to_owned()));
            }
            for index in pieces {
                let index = index.trim_end_matches(']').parse().expect("index");
                segments.push(Segment::Index(index));
            }
        }
        KeyPath(segments)
    }

    fn kinds(doc: &Document) -> Vec<(Span, HazardKind)> {
        doc.hazards
            .iter()
            .map(|h| (h.span, h.kind.clone()))
            .collect()
    }

    /// The tree `yaml::from_str` gives, when it accepts the text.
    fn reader(text: &str) -> Option<Value> {
        super::super::from_str::<Value>(text).ok()
    }

    #[test]
    fn duplicate_key_marks_the_lost_line_and_keeps_the_last() {
        let text = "a: 1\nb: 2\na: 3\n";
        let doc = read(text);
        assert_eq!(doc.tree, json!({"a": 3, "b": 2}));
        assert_eq!(
            kinds(&doc),
            [(
                span(1, 1, 0),
                HazardKind::DuplicateKey {
                    path: path("a"),
                    winner: span(3, 1, 10),
                }
            )]
        );
        assert_eq!(doc.positions.key(&path("a")), Some(span(3, 1, 10)));
        assert!(reader(text).is_none(), "from_str rejects duplicates");

        // Three times: two lost lines, both pointing at the last; nested; `0xB` is `11`.
        let doc = read("x:\n  k: 1\n  k: {a: 1}\n  k: 3\n");
        assert_eq!(doc.tree, json!({"x": {"k": 3}}));
        let lost: Vec<_> = doc.hazards.iter().map(|h| h.span.line).collect();
        assert_eq!(lost, [2, 3]);
        assert_eq!(
            doc.positions.key(&path("x.k.a")),
            None,
            "lost value has no positions"
        );
        let doc = read("0xB: a\n11: b\n");
        assert_eq!(doc.tree, json!({"11": "b"}));
        let names: Vec<_> = doc.hazards.iter().map(|h| h.kind.name()).collect();
        assert_eq!(
            names,
            ["yaml11-scalar", "duplicate-key"],
            "Helm reads `0xB` as 11 too"
        );
    }

    #[test]
    fn yaml11_scalars_where_the_text_changes() {
        let text = "enabled: yes\ntag: 2.10\nreplicas: 2\nok: true\nmode: 0644\nday: 2024-01-19\n\
                    on: 1\nquoted: \"yes\"\nlist:\n  - no\nversion: 1:20\n";
        let doc = read(text);
        let yaml11 = |line, column, offset, p: &str, resolved| {
            (
                span(line, column, offset),
                HazardKind::Yaml11Scalar {
                    path: path(p),
                    resolved,
                },
            )
        };
        assert_eq!(
            kinds(&doc),
            [
                yaml11(1, 10, 9, "enabled", "boolean true"),
                yaml11(2, 6, 18, "tag", "number"),
                yaml11(5, 7, 50, "mode", "octal number"),
                yaml11(6, 6, 60, "day", "timestamp"),
                yaml11(7, 1, 71, "on", "boolean true"),
                yaml11(10, 5, 101, "list[0]", "boolean false"),
            ]
        );
        // The tree is the crate reader's: `yes` is true, `2.10` is 2.1, `0644` is 420.
        assert_eq!(doc.tree["enabled"], json!(true));
        assert_eq!(doc.tree["mode"], json!(420));
        assert_eq!(Some(doc.tree), reader(text));
        // The message names the path and what Helm reads, never the text.
        let message = doc.hazards[0].kind.to_string();
        assert!(
            message.contains("`enabled`") && message.contains("boolean true"),
            "{message}"
        );
        assert!(!message.contains("yes"), "{message}");
    }

    #[test]
    fn tabs_in_indentation() {
        // Inside a flow collection a tab before an item is separation, which libyaml (and so
        // Helm) accepts; inside a block scalar it is content; on a comment line it is nothing.
        let doc =
            read("a: [1,\n\t2]\nb: |\n  x\n  \ty\n\t# comment\nc: {k: [x,\n\t{w: 1}],\n\tz: 2}\n");
        assert_eq!(kinds(&doc), []);
        assert_eq!(
            doc.tree,
            json!({"a": [1, 2], "b": "x\n\ty\n", "c": {"k": ["x", {"w": 1}], "z": 2}})
        );
        // Nested in a block list: the spaces indent, the tab separates.
        let doc = read("a: [1,\n\t2]\nb:\n  - [x,\n   \tw]\n");
        assert_eq!(kinds(&doc), []);
        let text = "a: [1,\n  2]\nb: 1\n\t# c\nc: \"x\n\ty\"\n";
        assert_eq!(kinds(&read(text)), [], "{text:?}");

        // In block indentation the parser stops, at the tab's line.
        let err = read_document(b"k:\n\tv: 1\n").unwrap_err();
        assert_eq!(err.location().map(|(line, _)| line), Some(2), "{err}");
        assert!(err.to_string().contains("tab"), "{err}");
    }

    #[test]
    fn byte_order_mark_and_utf16() {
        let text = "a: 1\nb: [x, é]\n";
        let plain = read(text);
        assert!(plain.hazards.is_empty());

        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        let doc = read_document(&bom).unwrap();
        assert_eq!(doc.tree, plain.tree);
        assert_eq!(kinds(&doc), [(span(1, 1, 0), HazardKind::ByteOrderMark)]);
        assert_eq!(doc.positions.key(&path("b")), Some(span(2, 1, 5)));

        for big_endian in [false, true] {
            let mut bytes = if big_endian {
                vec![0xFE, 0xFF]
            } else {
                vec![0xFF, 0xFE]
            };
            for unit in text.encode_utf16() {
                let pair = if big_endian {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                };
                bytes.extend_from_slice(&pair);
            }
            let doc = read_document(&bytes).unwrap();
            assert_eq!(doc.tree, plain.tree, "big endian: {big_endian}");
            assert_eq!(
                kinds(&doc),
                [(span(1, 1, 0), HazardKind::Utf16 { big_endian })]
            );
            assert_eq!(doc.positions.value(&path("b[1]")), Some(span(2, 8, 12)));
            // An odd byte count is not UTF-16.
            bytes.push(b'x');
            assert!(read_document(&bytes).is_err());
        }
    }

    #[test]
    fn invalid_utf8_is_refused_without_content() {
        let err = read_document(b"password: hunter2\xff\xfe\n").unwrap_err();
        let message = err.to_string();
        assert!(message.contains("not UTF-8"), "{message}");
        assert!(message.contains("byte 17"), "{message}");
        assert!(!message.contains("hunter2"), "{message}");
        let err = read_document(&[0xFF, 0xFE, 0, 0, b'a', 0, 0, 0]).unwrap_err();
        assert!(err.to_string().contains("UTF-32"), "{err}");
    }

    #[test]
    fn crlf_is_noted_once() {
        let doc = read("a: 1\r\nb:\r\n  c: |\r\n    x\r\n");
        assert_eq!(
            kinds(&doc),
            [(span(1, 5, 4), HazardKind::CrLf { first_line: 1 })]
        );
        assert_eq!(doc.tree, json!({"a": 1, "b": {"c": "x\n"}}));
        assert_eq!(doc.positions.key(&path("b.c")), Some(span(3, 3, 12)));
        assert_eq!(doc.positions.value(&path("b.c")), Some(span(3, 6, 15)));
    }

    #[test]
    fn anchors_aliases_and_merge_keys() {
        let text = "base: &b\n  x: 1\n  z: 2\nc:\n  <<: *b\n  z: 3\nd: *b\n";
        let doc = read(text);
        assert_eq!(
            kinds(&doc),
            [
                (span(1, 7, 6), HazardKind::Anchor { name: "b".into() }),
                (span(5, 3, 28), HazardKind::MergeKey),
                (span(5, 7, 32), HazardKind::Alias { name: "b".into() }),
                (span(7, 4, 45), HazardKind::Alias { name: "b".into() }),
            ]
        );
        assert_eq!(Some(doc.tree.clone()), reader(text));
        let at = |p: &str| (doc.positions.key(&path(p)), doc.positions.value(&path(p)));
        // Written keys keep their place; merged ones sit at `<<`, their values at `*b`.
        assert_eq!(at("base.x"), (Some(span(2, 3, 11)), Some(span(2, 6, 14))));
        assert_eq!(at("c.x"), (Some(span(5, 3, 28)), Some(span(5, 7, 32))));
        assert_eq!(at("c.z"), (Some(span(6, 3, 37)), Some(span(6, 6, 40))));
        // Everything under an alias sits at the alias.
        assert_eq!(at("d"), (Some(span(7, 1, 42)), Some(span(7, 4, 45))));
        assert_eq!(at("d.z"), (Some(span(7, 4, 45)), Some(span(7, 4, 45))));

        // An inline mapping after `<<` keeps its own spans; written keys win wherever they are.
        let text = "c:\n  q: 3\n  <<: [{q: 4, r: 5}, {r: 6, s: 7}]\n";
        let doc = read(text);
        assert_eq!(doc.tree, json!({"c": {"q": 3, "r": 5, "s": 7}}));
        assert_eq!(Some(doc.tree.clone()), reader(text));
        assert_eq!(doc.positions.key(&path("c.q")), Some(span(2, 3, 5)));
        assert_eq!(doc.positions.key(&path("c.r")), Some(span(3, 15, 24)));
        assert_eq!(doc.positions.key(&path("c.s")), Some(span(3, 29, 38)));
    }

    #[test]
    fn multiple_documents_keep_the_first() {
        let doc = read("a: 1\n---\nb: 2\n---\nc: 3\n");
        assert_eq!(doc.tree, json!({"a": 1}));
        assert_eq!(
            kinds(&doc),
            [(span(2, 1, 5), HazardKind::MultipleDocuments { count: 3 })]
        );
        // Empty documents around the values are harmless.
        for text in ["---\na: 1\n", "a: 1\n---\n", "a: 1\n...\n---\n~\n"] {
            assert!(read(text).hazards.is_empty(), "{text:?}");
        }
        // A broken later document: Helm 3 never reads it.
        let doc = read("a: 1\n---\nb: [\n");
        assert_eq!(doc.tree, json!({"a": 1}));
        assert_eq!(doc.hazards.len(), 1);
    }

    #[test]
    fn documents_that_are_not_mappings() {
        for (text, found, at) in [
            ("- a\n- b\n", "a list", span(1, 1, 0)),
            ("# c\njust text\n", "a string", span(2, 1, 4)),
            ("42", "a number", span(1, 1, 0)),
        ] {
            let doc = read(text);
            assert_eq!(
                kinds(&doc),
                [(at, HazardKind::NotMapping { found })],
                "{text:?}"
            );
            assert_eq!(Some(doc.tree), reader(text), "{text:?}");
        }
        for text in ["", "# only a comment\n", "---\n", "~\n", "\n\n"] {
            let doc = read(text);
            assert_eq!(doc.tree, json!({}), "{text:?}");
            assert_eq!(
                doc.hazards
                    .iter()
                    .map(|h| h.kind.name())
                    .collect::<Vec<_>>(),
                ["empty"],
                "{text:?}"
            );
        }
    }

    #[test]
    fn positions_of_keys_items_and_values() {
        let text = "\
scheduler:
  env:
    - name: A
      value: \"1\"
    -   name: B
  flow: {a: 1, b: [x, y]}
  script: |
    echo hi
\"a.b\": 1
'q\"t': 2
";
        let doc = read(text);
        assert_eq!(Some(doc.tree.clone()), reader(text));
        let at = |p: &KeyPath| (doc.positions.key(p), doc.positions.value(p));
        let p = path;
        assert_eq!(
            at(&p("scheduler")),
            (Some(span(1, 1, 0)), Some(span(2, 3, 13)))
        );
        assert_eq!(
            at(&p("scheduler.env")),
            (Some(span(2, 3, 13)), Some(span(3, 5, 22)))
        );
        // A list item's key is its dash; its value starts at the content.
        assert_eq!(
            at(&p("scheduler.env[0]")),
            (Some(span(3, 5, 22)), Some(span(3, 7, 24)))
        );
        assert_eq!(
            at(&p("scheduler.env[0].value")),
            (Some(span(4, 7, 38)), Some(span(4, 14, 45)))
        );
        assert_eq!(
            at(&p("scheduler.env[1]")),
            (Some(span(5, 5, 53)), Some(span(5, 9, 57)))
        );
        assert_eq!(
            at(&p("scheduler.flow.b")),
            (Some(span(6, 16, 80)), Some(span(6, 19, 83)))
        );
        assert_eq!(
            at(&p("scheduler.flow.b[1]")),
            (Some(span(6, 23, 87)), Some(span(6, 23, 87)))
        );
        // A block scalar's value starts at its indicator.
        assert_eq!(
            at(&p("scheduler.script")),
            (Some(span(7, 3, 93)), Some(span(7, 11, 101)))
        );
        let dotted = KeyPath(vec![Segment::Key("a.b".into())]);
        assert_eq!(at(&dotted), (Some(span(9, 1, 115)), Some(span(9, 8, 122))));
        let quoted = KeyPath(vec![Segment::Key("q\"t".into())]);
        assert_eq!(
            at(&quoted),
            (Some(span(10, 1, 124)), Some(span(10, 8, 131)))
        );

        // Nearest: the path itself, else the closest ancestor written in the file.
        assert_eq!(
            doc.positions.nearest(&p("scheduler.env[0].name")),
            Some(span(3, 7, 24))
        );
        assert_eq!(
            doc.positions.nearest(&p("scheduler.env[7].x")),
            Some(span(2, 3, 13))
        );
        assert_eq!(doc.positions.nearest(&p("nope.deeper")), None);
        assert_eq!(doc.positions.nearest(&KeyPath::default()), None);
    }

    #[test]
    fn keys_that_are_not_strings_are_written_as_the_reader_writes_them() {
        let text = "1: x\ntrue: y\n0x1F: z\n\"2\": w\n";
        let doc = read(text);
        assert_eq!(Some(doc.tree.clone()), reader(text));
        for (key, line) in [("1", 1), ("true", 2), ("0x1F", 3), ("2", 4)] {
            let at = doc.positions.key(&KeyPath(vec![Segment::Key(key.into())]));
            assert_eq!(at.map(|s| s.line), Some(line), "key {key:?}");
        }
        // A null key is an error for the reader, and so here.
        let err = read_document(b"a: 1\n~: 2\n").unwrap_err();
        assert_eq!(err.location().map(|(line, _)| line), Some(2), "{err}");
    }

    #[test]
    fn tagged_documents_take_the_readers_tree_and_keep_positions() {
        let text = "a: !!binary aGVsbG8=\nb: !custom [1, 2]\n---\nc: [\n";
        let doc = read(text);
        assert_eq!(doc.tree, json!({"a": "hello", "b": [1, 2]}));
        assert_eq!(doc.positions.key(&path("b[1]")), Some(span(2, 16, 36)));
        let names: Vec<_> = doc.hazards.iter().map(|h| h.kind.name()).collect();
        assert_eq!(names, ["multiple-documents"]);
        // A recursive alias is not followed; the reader's error is returned.
        let err = read_document(b"a: &r [1, *r]\n").unwrap_err();
        assert_eq!(err.location().map(|(line, _)| line), Some(1), "{err}");
    }

    #[test]
    fn hazard_messages_hold_no_scalar_values() {
        let text =
            "password: yes\npassword: 0644\nlist: &hunter2anchor [1]\nother: *hunter2anchor\n";
        let doc = read(text);
        assert!(doc.hazards.len() >= 4, "{:?}", doc.hazards);
        for hazard in &doc.hazards {
            let message = hazard.kind.to_string();
            assert!(
                !message.contains("yes") && !message.contains("0644"),
                "{message}"
            );
        }
    }

    #[test]
    fn path_strings_match_key_path_display() {
        let keys = [
            "plain",
            "a.b",
            "",
            "with space",
            "q\"t",
            "back\\slash",
            "[0]",
            "ünï",
            "a/b",
        ];
        for a in keys {
            for b in keys {
                let mut text = String::new();
                tree::write_key(&mut text, a);
                text.push('.');
                tree::write_key(&mut text, b);
                text.push_str("[3]");
                let want = KeyPath(vec![
                    Segment::Key(a.into()),
                    Segment::Key(b.into()),
                    Segment::Index(3),
                ]);
                assert_eq!(text, want.to_string(), "keys {a:?} {b:?}");
            }
        }
    }

    #[test]
    fn size_limit_is_configurable() {
        let text = "a: 1\n".repeat(1000);
        assert!(read_document_limited(text.as_bytes(), text.len()).is_ok());
        let err = read_document_limited(text.as_bytes(), text.len() - 1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid YAML: the file has more than 4999 bytes, the most a values file may have \
             here; split it, or raise the input size limit"
        );
        let err = read_document_limited(text.as_bytes(), 4096).unwrap_err();
        assert!(err.to_string().contains("more than 4 KiB"), "{err}");
        assert!(read_document_limited(b"", 0).is_ok());
    }

    #[test]
    fn limits_are_those_of_from_str() {
        let err = read_document(&vec![b' '; MAX_INPUT_BYTES + 1]).unwrap_err();
        assert!(err.to_string().contains("8 MiB"), "{err}");
        let nine_mib = "a: 1\n".repeat(9 * 1024 * 1024 / 5);
        assert!(read_document(nine_mib.as_bytes()).is_err());

        // Deep nesting, flow and block, is refused without exhausting the stack.
        let deep = "[".repeat(100_000);
        assert!(read_document(deep.as_bytes()).is_err());
        for n in [64, 65] {
            let flow = format!("{}{}", "[".repeat(n), "]".repeat(n));
            let block: String = (0..n).map(|i| " ".repeat(i) + "k:\n").collect();
            for text in [flow, block] {
                assert_eq!(read_document(text.as_bytes()).is_ok(), n == 64, "depth {n}");
                assert_eq!(reader(&text).is_some(), n == 64, "depth {n}");
            }
        }
        // Aliases count towards the depth, and towards the expansion budget.
        let via_alias = format!(
            "a: &a {}{}\nb: {}*a{}\n",
            "[".repeat(60),
            "]".repeat(60),
            "[".repeat(10),
            "]".repeat(10)
        );
        assert!(read_document(via_alias.as_bytes()).is_err());
        let mut laughs = format!("a0: &a0 [{}]\n", ["x"; 10].join(", "));
        for i in 1..10 {
            let aliases = vec![format!("*a{}", i - 1); 10].join(", ");
            laughs += &format!("a{i}: &a{i} [{aliases}]\n");
        }
        let err = read_document(laughs.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("expand"), "{err}");
        assert!(reader(&laughs).is_none());
    }

    #[test]
    fn trees_equal_the_reader_on_tricky_documents() {
        for text in [
            "a: {b: [1, 2.5, -3, 0x1F, 0644, yes, Off, ~, '', \"x\"]}\n",
            "k: !!str 1\nl: !!str\n",
            "k: !!binary aGVsbG8=\n",
            "k: !!int \"12\"\n",
            "k: !custom x\n",
            "? [a]\n: b\n",
            "a: &x {p: 1, q: 2}\nb:\n  <<: [*x, {r: 3}]\n  p: 0\n",
            "a: &x [{p: 1}]\nb:\n  <<: *x\n",
            "x: {a: 1, <<: {b: 2, <<: {c: 3}}}\n",
            "a: 1\n<<: ~\n",
            "&k key: 1\n*k : 2\n",
            "\"1\": a\n1: b\n",
            "true: a\nyes: b\n1.0: c\n",
            "s: >-\n  folded\n  text\nl: |+\n  keep\n\n",
            "e: []\nm: {}\nn:\n",
            "big: 18446744073709551616\nneg: -9223372036854775809\n",
        ] {
            let doc = read_document(text.as_bytes());
            let ours = doc.as_ref().map(|d| d.tree.clone()).ok();
            let options = {
                let mut options = super::super::deserializer_options();
                options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::LastWins;
                options
            };
            let theirs = serde_saphyr::from_str_with_options::<Value>(text, options).ok();
            assert_eq!(ours, theirs, "{text:?}: {doc:?}");
        }
        for text in ["~: a\n", "a: .inf\n", "a: &r [*r]\n", "a: 1\n<<: 3\n"] {
            assert!(read_document(text.as_bytes()).is_err(), "{text:?}");
        }
    }
}
