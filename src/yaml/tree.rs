//! The first document of a values file as a tree, with the position of every key and item.
//!
//! [`build`] walks the arena of [`super::events`] from the root into the `serde_json::Value`
//! this crate's reader would build, and records the span of every key and list item under
//! its path, duplicate keys, and plain scalars Helm reads differently. Path strings are built
//! in one buffer and copied once per recorded position.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

use serde_json::{Map, Value};

use super::document::{Hazard, HazardKind, Positions, Span};
use super::events::{Kind, NONE, Node, Parsed, Tag};
use super::scalar::{helm_hazard, integer_key, resolve_plain};
use super::{KeyPath, Segment};
use super::{MAX_DEPTH, MAX_EXPANSIONS_PER_ANCHOR, MAX_REPLAYED_EVENTS, YamlError};

/// Mappings with more keys than this look duplicates up in hash maps, not by a linear scan.
const INDEX_FROM: usize = 16;

/// The tree of the first document, its positions and the hazards found walking it.
pub(super) struct Built {
    /// The tree; `Null` when the document is empty.
    pub(super) tree: Value,
    pub(super) positions: Positions,
    pub(super) hazards: Vec<Hazard>,
    /// Whether the walk met something it leaves to the reader; the tree is then incomplete.
    pub(super) exotic: bool,
}

/// Walks `parsed` from its root.
///
/// # Errors
///
/// [`YamlError::Parse`] when aliases expand beyond the limits of [`super::from_str`], or
/// nest deeper than it allows.
pub(super) fn build(parsed: &Parsed<'_>, text: &str) -> Result<Built, YamlError> {
    let mut walker = Walker {
        nodes: &parsed.nodes,
        text,
        positions: Positions::with_capacity(parsed.nodes.len() / 2),
        hazards: Vec::new(),
        path: String::new(),
        segments: Vec::new(),
        replayed: 0,
        expansions: HashMap::new(),
        exotic: parsed.exotic,
    };
    let tree = match parsed.root {
        Some(root) => walker.value(root, None, 0)?,
        None => Value::Null,
    };
    Ok(Built {
        tree,
        positions: walker.positions,
        hazards: walker.hazards,
        exotic: walker.exotic,
    })
}

/// One step of the walker's path, borrowed from the arena.
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// A key of a mapping, with where it and its value are written.
#[derive(Clone, Copy)]
struct Entry<'a> {
    key: &'a str,
    /// The key's integer value when it is a plain integer: `0xB` and `11` are one key.
    int_key: Option<(bool, u128)>,
    key_span: Span,
    value: u32,
    value_span: Span,
    /// The span every node below the value takes (it came through an alias).
    over: Option<Span>,
}

/// The entries of one mapping, in order, with duplicates removed as they come.
#[derive(Default)]
struct Entries<'a> {
    slots: Vec<Option<Entry<'a>>>,
    by_text: HashMap<&'a str, usize>,
    by_int: HashMap<(bool, u128), usize>,
    indexed: bool,
}

impl<'a> Entries<'a> {
    /// The index of an entry with the same key.
    fn find(&self, key: &str, int_key: Option<(bool, u128)>) -> Option<usize> {
        if self.indexed {
            self.by_text
                .get(key)
                .or_else(|| int_key.and_then(|k| self.by_int.get(&k)))
                .copied()
        } else {
            self.slots.iter().position(|entry| {
                entry.is_some_and(|e| e.key == key || (int_key.is_some() && e.int_key == int_key))
            })
        }
    }

    fn remove(&mut self, index: usize) -> Option<Entry<'a>> {
        let entry = self.slots.get_mut(index)?.take()?;
        if self.indexed {
            if self.by_text.get(entry.key) == Some(&index) {
                self.by_text.remove(entry.key);
            }
            if let Some(k) = entry.int_key
                && self.by_int.get(&k) == Some(&index)
            {
                self.by_int.remove(&k);
            }
        }
        Some(entry)
    }

    fn push(&mut self, entry: Entry<'a>) {
        self.slots.push(Some(entry));
        if self.indexed {
            self.index(self.slots.len() - 1, entry);
        } else if self.slots.len() > INDEX_FROM {
            self.indexed = true;
            let alive: Vec<(usize, Entry<'a>)> = self
                .slots
                .iter()
                .enumerate()
                .filter_map(|(i, e)| e.map(|e| (i, e)))
                .collect();
            for (i, e) in alive {
                self.index(i, e);
            }
        }
    }

    fn index(&mut self, index: usize, entry: Entry<'a>) {
        self.by_text.insert(entry.key, index);
        if let Some(k) = entry.int_key {
            self.by_int.insert(k, index);
        }
    }

    fn into_alive(self) -> impl Iterator<Item = Entry<'a>> {
        self.slots.into_iter().flatten()
    }
}

struct Walker<'a, 't> {
    nodes: &'a [Node<'t>],
    text: &'a str,
    positions: Positions,
    hazards: Vec<Hazard>,
    /// The current path as `KeyPath` displays it.
    path: String,
    segments: Vec<Step<'a>>,
    replayed: usize,
    expansions: HashMap<u32, usize>,
    exotic: bool,
}

impl<'a> Walker<'a, '_> {
    /// The value of node `id`; `over` is the span of the alias it is reached through, if any,
    /// and `depth` the number of collections around it.
    fn value(&mut self, id: u32, over: Option<Span>, depth: usize) -> Result<Value, YamlError> {
        let nodes = self.nodes;
        let node = &nodes[id as usize];
        match &node.kind {
            Kind::Scalar { text, plain, tag } => {
                Ok(self.scalar(node.span, text, *plain, *tag, over))
            }
            Kind::Seq { first, block } => {
                if depth >= MAX_DEPTH {
                    return Err(too_deep(node.span));
                }
                let mut items = Vec::new();
                let mut child = *first;
                while child != NONE {
                    let item = &nodes[child as usize];
                    let mark = self.push(Step::Index(items.len()));
                    let value_span = over.unwrap_or(item.span);
                    let key_span = match over {
                        Some(span) => span,
                        None if *block => self.dash(item.span),
                        None => item.span,
                    };
                    let written = self.written(child);
                    self.positions
                        .insert(self.path.clone(), key_span, value_span, written);
                    items.push(self.value(child, over, depth + 1)?);
                    self.pop(mark);
                    child = item.next;
                }
                Ok(Value::Array(items))
            }
            Kind::Map { .. } => {
                if depth >= MAX_DEPTH {
                    return Err(too_deep(node.span));
                }
                let entries = self.entries(id, over, 0)?;
                let mut map = Map::new();
                for entry in entries.into_alive() {
                    let mark = self.push(Step::Key(entry.key));
                    let written = self.written(entry.value);
                    self.positions.insert(
                        self.path.clone(),
                        entry.key_span,
                        entry.value_span,
                        written,
                    );
                    let value = self.value(entry.value, entry.over, depth + 1)?;
                    map.insert(entry.key.to_owned(), value);
                    self.pop(mark);
                }
                Ok(Value::Object(map))
            }
            Kind::Alias { target } => {
                self.expand(node.span, *target)?;
                if *target == NONE {
                    return Ok(Value::Null);
                }
                self.value(*target, Some(over.unwrap_or(node.span)), depth)
            }
        }
    }

    fn scalar(
        &mut self,
        span: Span,
        text: &str,
        plain: bool,
        tag: Tag,
        over: Option<Span>,
    ) -> Value {
        match tag {
            Tag::Str => Value::String(text.to_owned()),
            Tag::Other => {
                self.exotic = true;
                Value::Null
            }
            Tag::None if !plain => Value::String(text.to_owned()),
            Tag::None => {
                if over.is_none()
                    && let Some(resolved) = helm_hazard(text)
                {
                    self.hazards.push(Hazard {
                        span,
                        kind: HazardKind::Yaml11Scalar {
                            path: self.key_path(None),
                            resolved,
                        },
                    });
                }
                resolve_plain(text).unwrap_or_else(|| {
                    self.exotic = true;
                    Value::Null
                })
            }
        }
    }

    /// The entries of mapping `map`: its own keys (later duplicates replacing earlier ones),
    /// then the keys its merge keys (`<<`) bring that it does not have, first merge first.
    fn entries(
        &mut self,
        map: u32,
        over: Option<Span>,
        merges_deep: usize,
    ) -> Result<Entries<'a>, YamlError> {
        let nodes = self.nodes;
        let mut entries = Entries::default();
        let Kind::Map { first } = nodes[map as usize].kind else {
            return Ok(entries);
        };
        let mut merges = Vec::new();
        let mut child = first;
        while child != NONE {
            let key = &nodes[child as usize];
            let value = key.next;
            if value == NONE {
                break;
            }
            child = nodes[value as usize].next;
            let Kind::Scalar { text, plain, tag } = &key.kind else {
                // A collection or alias as a key: the reader rejects or resolves it.
                self.exotic = true;
                continue;
            };
            let text: &'a str = text;
            let resolvable = *plain && *tag == Tag::None;
            if resolvable && text == "<<" {
                merges.push((key.span, value));
                continue;
            }
            if *tag == Tag::Other
                || (resolvable && matches!(text, "" | "~" | "null" | "Null" | "NULL"))
            {
                self.exotic = true;
            }
            if over.is_none()
                && resolvable
                && let Some(resolved) = helm_hazard(text)
            {
                self.hazards.push(Hazard {
                    span: key.span,
                    kind: HazardKind::Yaml11Scalar {
                        path: self.key_path(Some(text)),
                        resolved,
                    },
                });
            }
            let entry = Entry {
                key: text,
                int_key: if resolvable { integer_key(text) } else { None },
                key_span: over.unwrap_or(key.span),
                value,
                value_span: over.unwrap_or(nodes[value as usize].span),
                over,
            };
            if let Some(lost) = entries.find(text, entry.int_key)
                && let Some(lost) = entries.remove(lost)
                && over.is_none()
            {
                self.hazards.push(Hazard {
                    span: lost.key_span,
                    kind: HazardKind::DuplicateKey {
                        path: self.key_path(Some(lost.key)),
                        winner: entry.key_span,
                    },
                });
            }
            entries.push(entry);
        }
        for (merge_span, value) in merges {
            if merges_deep >= MAX_DEPTH {
                return Err(YamlError::Parse {
                    line: merge_span.line,
                    column: merge_span.column,
                    message: format!("merge keys nest deeper than {MAX_DEPTH} levels"),
                });
            }
            let mut sources = Vec::new();
            self.merge_sources(value, over, false, &mut sources)?;
            for (source, source_over) in sources {
                let brought = self.entries(source, source_over, merges_deep + 1)?;
                for mut entry in brought.into_alive() {
                    if entries.find(entry.key, entry.int_key).is_some() {
                        continue;
                    }
                    if over.is_none() && source_over.is_some() {
                        entry.key_span = merge_span;
                    }
                    entries.push(entry);
                }
            }
        }
        Ok(entries)
    }

    /// The mappings a merge key's value brings: a mapping, an alias to one, or a list of
    /// those; null brings nothing. Anything else is left to the reader, which rejects it.
    fn merge_sources(
        &mut self,
        id: u32,
        over: Option<Span>,
        in_list: bool,
        out: &mut Vec<(u32, Option<Span>)>,
    ) -> Result<(), YamlError> {
        let nodes = self.nodes;
        let node = &nodes[id as usize];
        match &node.kind {
            Kind::Map { .. } => out.push((id, over)),
            Kind::Alias { target } => {
                self.expand(node.span, *target)?;
                let over = Some(over.unwrap_or(node.span));
                match nodes.get(*target as usize).map(|n| &n.kind) {
                    Some(Kind::Map { .. }) => out.push((*target, over)),
                    Some(Kind::Seq { .. }) if !in_list => {
                        self.merge_sources(*target, over, false, out)?;
                    }
                    _ => self.exotic = true,
                }
            }
            Kind::Seq { first, .. } if !in_list => {
                let mut child = *first;
                while child != NONE {
                    self.merge_sources(child, over, true, out)?;
                    child = nodes[child as usize].next;
                }
            }
            Kind::Scalar {
                text,
                plain: true,
                tag: Tag::None,
            } if !in_list && matches!(text.as_ref(), "" | "~" | "null" | "Null" | "NULL") => {}
            _ => self.exotic = true,
        }
        Ok(())
    }

    /// Counts one expansion of the alias at `at` against the limits of [`super::from_str`].
    fn expand(&mut self, at: Span, target: u32) -> Result<(), YamlError> {
        let Some(node) = self.nodes.get(target as usize) else {
            self.exotic = true;
            return Ok(());
        };
        self.replayed = self.replayed.saturating_add(node.events as usize);
        let expansions = self.expansions.entry(target).or_insert(0);
        *expansions += 1;
        let breach = if self.replayed > MAX_REPLAYED_EVENTS {
            Some(format!(
                "aliases expand to more than {MAX_REPLAYED_EVENTS} events"
            ))
        } else if *expansions > MAX_EXPANSIONS_PER_ANCHOR {
            Some(format!(
                "an anchor is expanded more than {MAX_EXPANSIONS_PER_ANCHOR} times"
            ))
        } else {
            None
        };
        match breach {
            Some(what) => Err(YamlError::Parse {
                line: at.line,
                column: at.column,
                message: format!("{what}; values files need far less"),
            }),
            None => Ok(()),
        }
    }

    /// The bytes that hold node `id`'s text: for an alias, its anchored node's.
    fn written(&self, id: u32) -> Range<usize> {
        let mut node = &self.nodes[id as usize];
        if let Kind::Alias { target } = node.kind
            && let Some(target) = self.nodes.get(target as usize)
        {
            node = target;
        }
        node.span.offset..node.end.max(node.span.offset)
    }

    /// The `-` of a block list item that starts at `item`, or `item` itself.
    fn dash(&self, item: Span) -> Span {
        let bytes = self.text.as_bytes();
        let mut at = item.offset.min(bytes.len());
        while at > 0 && bytes[at - 1] == b' ' {
            at -= 1;
        }
        let is_dash = at > 0
            && bytes[at - 1] == b'-'
            && (at == 1 || matches!(bytes[at - 2], b' ' | b'\t' | b'\n' | b'\r' | b'-'));
        if !is_dash {
            return item;
        }
        let back = item.offset - (at - 1);
        Span {
            line: item.line,
            column: item.column.saturating_sub(back).max(1),
            offset: at - 1,
        }
    }

    /// Enters one step; the mark returned leaves it again in [`Self::pop`].
    fn push(&mut self, step: Step<'a>) -> usize {
        let mark = self.path.len();
        match step {
            Step::Key(key) => {
                if !self.segments.is_empty() {
                    self.path.push('.');
                }
                write_key(&mut self.path, key);
            }
            Step::Index(index) => {
                let _ = write!(self.path, "[{index}]");
            }
        }
        self.segments.push(step);
        mark
    }

    fn pop(&mut self, mark: usize) {
        self.path.truncate(mark);
        self.segments.pop();
    }

    /// The current path, plus `key` when given, as a [`KeyPath`].
    fn key_path(&self, key: Option<&str>) -> KeyPath {
        let mut segments: Vec<Segment> = self
            .segments
            .iter()
            .map(|step| match step {
                Step::Key(key) => Segment::Key((*key).to_owned()),
                Step::Index(index) => Segment::Index(*index),
            })
            .collect();
        if let Some(key) = key {
            segments.push(Segment::Key(key.to_owned()));
        }
        KeyPath(segments)
    }
}

fn too_deep(at: Span) -> YamlError {
    YamlError::Parse {
        line: at.line,
        column: at.column,
        message: format!("nesting deeper than {MAX_DEPTH} levels; values files need far less"),
    }
}

/// Writes one key as `KeyPath`'s `Display` does: quoted when empty or holding `.`, `[`, `]`,
/// `"`, `\` or whitespace, with `"` and `\` escaped.
pub(super) fn write_key(out: &mut String, key: &str) {
    let needs_quotes = key.is_empty()
        || key
            .chars()
            .any(|c| matches!(c, '.' | '[' | ']' | '"' | '\\') || c.is_whitespace());
    if !needs_quotes {
        out.push_str(key);
        return;
    }
    out.push('"');
    for c in key.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
}
