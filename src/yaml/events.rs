//! The events of a values file's first document, as an arena of nodes.
//!
//! [`parse`] turns the parser's events into one node per scalar, collection or alias, linked
//! to their siblings, and notes what only the events show: anchors, aliases, merge keys,
//! multi-line scalars (for the tab check), and whether later documents hold anything. Nothing
//! is allocated per event but the node; scalar text is borrowed from the input where the
//! parser allows. [`super::tree`] walks the arena into a tree.

use std::borrow::Cow;
use std::collections::HashMap;

use serde_saphyr::granit_parser::{
    Event, Marker, Options, Parser, ScalarStyle, ScanError, StructureStyle,
};

use super::document::{Hazard, HazardKind, Span};
use super::{MAX_ALIASES, MAX_ANCHORS, MAX_DEPTH, MAX_EVENTS, YamlError};

/// No node: the end of a list of children.
pub(super) const NONE: u32 = u32::MAX;

/// A scalar's tag, as far as the tree cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tag {
    /// No tag: plain scalars are resolved, others are strings.
    None,
    /// `!!str`: a string whatever it looks like.
    Str,
    /// Any other tag: the tree is left to the reader itself.
    Other,
}

/// One node of the first document.
#[derive(Debug)]
pub(super) struct Node<'t> {
    /// Where the node starts: its first character, a block scalar's `|` or `>`, or the
    /// `*name` of an alias.
    pub(super) span: Span,
    /// The byte offset just past the node's text: a scalar's last character (a block
    /// scalar's last content line), a collection's closing bracket or last item.
    pub(super) end: usize,
    pub(super) kind: Kind<'t>,
    /// The next node of the same collection, or [`NONE`].
    pub(super) next: u32,
    /// How many events replaying this node through an alias produces.
    pub(super) events: u32,
}

#[derive(Debug)]
pub(super) enum Kind<'t> {
    /// A scalar: plain (unquoted) or not, with its text after escapes and folding.
    Scalar {
        text: Cow<'t, str>,
        plain: bool,
        tag: Tag,
    },
    /// Children are items.
    Seq { first: u32, block: bool },
    /// Children alternate key, value.
    Map { first: u32 },
    /// An alias, to the node its anchor is on ([`NONE`] if unknown).
    Alias { target: u32 },
}

/// The first document as an arena, and what its events showed.
#[derive(Debug)]
pub(super) struct Parsed<'t> {
    pub(super) nodes: Vec<Node<'t>>,
    pub(super) root: Option<u32>,
    /// Documents in the stream (up to a syntax error after the first).
    pub(super) documents: usize,
    /// Where the second document starts, as a byte offset and a span.
    pub(super) second_document: Option<(usize, Span)>,
    /// Whether a document after the first holds anything but null.
    pub(super) later_content: bool,
    /// Anchors, aliases and merge keys, in document order.
    pub(super) hazards: Vec<Hazard>,
    /// Multi-line scalars and flow collections: the first line whose indentation is content
    /// or separation rather than indentation, and the end offset.
    pub(super) multiline: Vec<(usize, usize)>,
    /// Whether the document uses something the walk leaves to the reader (tags, complex or
    /// null keys, non-finite numbers, recursive aliases).
    pub(super) exotic: bool,
}

impl Parsed<'_> {
    /// The span of the root node, if the first document has one.
    pub(super) fn root_span(&self) -> Option<Span> {
        self.root.map(|root| self.nodes[root as usize].span)
    }
}

/// A collection being read.
struct Frame {
    node: u32,
    /// The line a flow collection (`[…]`, `{…}`) starts on; `None` for a block one.
    flow_line: Option<usize>,
    last: u32,
    count: u32,
    events: u32,
    is_map: bool,
}

/// Reads the events of `text` into a [`Parsed`].
///
/// # Errors
///
/// [`YamlError::Parse`] when the first document is not valid YAML or breaks a limit of
/// [`super::from_str`] (nesting depth, anchors, aliases, events).
pub(super) fn parse(text: &str) -> Result<Parsed<'_>, YamlError> {
    let mut options = Options::default();
    options.emit_anchor_events = true;
    options.emit_comments = false;
    let mut builder = Builder {
        text,
        parsed: Parsed {
            nodes: Vec::new(),
            root: None,
            documents: 0,
            second_document: None,
            later_content: false,
            hazards: Vec::new(),
            multiline: Vec::new(),
            exotic: false,
        },
        stack: Vec::new(),
        anchors: HashMap::new(),
        aliases: 0,
        events: 0,
        prev_end: Marker::new(0, 1, 0).with_byte_offset(Some(0)),
        first_done: false,
        awaiting_later_node: false,
    };
    for item in Parser::new_from_str_with_options(text, options) {
        match item {
            Ok((event, span)) => {
                builder.event(event, span.start, span.end)?;
                if span.end.index() > builder.prev_end.index() {
                    builder.prev_end = span.end;
                }
            }
            // Helm 3 never reads past the first document, so an error there is no error.
            Err(_) if builder.first_done => {
                builder.parsed.later_content = true;
                break;
            }
            Err(err) => return Err(scan_error(&err, text)),
        }
    }
    Ok(builder.parsed)
}

struct Builder<'t> {
    text: &'t str,
    parsed: Parsed<'t>,
    stack: Vec<Frame>,
    /// Anchor id → node and name.
    anchors: HashMap<usize, (u32, Option<Cow<'t, str>>)>,
    aliases: usize,
    events: usize,
    /// The end of the furthest event so far, where a block scalar's indicator search starts.
    prev_end: Marker,
    first_done: bool,
    awaiting_later_node: bool,
}

impl<'t> Builder<'t> {
    /// Takes one event. Documents after the first are only counted and looked into.
    fn event(&mut self, event: Event<'t>, start: Marker, end: Marker) -> Result<(), YamlError> {
        self.events += 1;
        if self.events > MAX_EVENTS && !self.first_done {
            return Err(limit(start, &format!("more than {MAX_EVENTS} YAML events")));
        }
        match event {
            Event::DocumentStart(..) => {
                self.parsed.documents += 1;
                if self.parsed.documents == 2 {
                    self.parsed.second_document =
                        Some((offset(start, self.text), span_of(start, self.text)));
                }
                self.awaiting_later_node = self.first_done;
            }
            Event::DocumentEnd => self.first_done = true,
            Event::Scalar(..)
            | Event::SequenceStart(..)
            | Event::MappingStart(..)
            | Event::Alias(..)
                if self.first_done && self.awaiting_later_node =>
            {
                self.awaiting_later_node = false;
                let null = matches!(
                    &event,
                    Event::Scalar(text, ScalarStyle::Plain, 0, None)
                        if matches!(text.as_ref(), "" | "~" | "null" | "Null" | "NULL")
                );
                self.parsed.later_content |= !null;
            }
            _ if self.first_done => {}
            Event::Scalar(text, style, anchor, tag) => {
                let tag = match tag {
                    None => Tag::None,
                    Some(tag) if tag.is_yaml_core_schema_tag("str") => Tag::Str,
                    Some(_) => Tag::Other,
                };
                self.scalar(text, style, anchor, tag, start, end)?;
            }
            Event::SequenceStart(style, anchor, tag) => {
                let block = style == StructureStyle::Block;
                let kind = Kind::Seq { first: NONE, block };
                self.collection_start(kind, block, anchor, tag.is_some(), start)?;
            }
            Event::MappingStart(style, anchor, tag) => {
                let kind = Kind::Map { first: NONE };
                let block = style == StructureStyle::Block;
                self.collection_start(kind, block, anchor, tag.is_some(), start)?;
            }
            Event::SequenceEnd | Event::MappingEnd => self.collection_end(end),
            Event::Anchor(id, name) => {
                self.parsed.hazards.push(Hazard {
                    span: span_of(start, self.text),
                    kind: HazardKind::Anchor {
                        name: name.clone().into_owned(),
                    },
                });
                if let Some(entry) = self.anchors.get_mut(&id) {
                    entry.1 = Some(name);
                }
            }
            Event::Alias(id) => self.alias(id, start)?,
            _ => {}
        }
        Ok(())
    }

    fn scalar(
        &mut self,
        text: Cow<'t, str>,
        style: ScalarStyle,
        anchor: usize,
        tag: Tag,
        start: Marker,
        end: Marker,
    ) -> Result<(), YamlError> {
        let block = matches!(style, ScalarStyle::Literal | ScalarStyle::Folded);
        if start.line() != end.line() {
            let first = if block {
                start.line()
            } else {
                start.line() + 1
            };
            self.parsed.multiline.push((first, offset(end, self.text)));
        }
        let span = if block {
            block_indicator(self.text, self.prev_end, offset(start, self.text))
                .unwrap_or_else(|| span_of(start, self.text))
        } else {
            span_of(start, self.text)
        };
        let plain = style == ScalarStyle::Plain;
        if plain && tag == Tag::None && text == "<<" && self.is_key_position() {
            self.parsed.hazards.push(Hazard {
                span,
                kind: HazardKind::MergeKey,
            });
        }
        let id = self.add(Node {
            span,
            end: offset(end, self.text),
            kind: Kind::Scalar { text, plain, tag },
            next: NONE,
            events: 1,
        })?;
        self.anchor(anchor, id, start)
    }

    fn collection_start(
        &mut self,
        kind: Kind<'t>,
        block: bool,
        anchor: usize,
        tagged: bool,
        start: Marker,
    ) -> Result<(), YamlError> {
        // `!!map`, `!!omap`, `!!set`…: left to the reader.
        self.parsed.exotic |= tagged;
        if self.stack.len() >= MAX_DEPTH {
            return Err(limit(
                start,
                &format!("nesting deeper than {MAX_DEPTH} levels"),
            ));
        }
        let is_map = matches!(kind, Kind::Map { .. });
        let span = span_of(start, self.text);
        let id = self.add(Node {
            span,
            end: span.offset,
            kind,
            next: NONE,
            events: 0,
        })?;
        self.anchor(anchor, id, start)?;
        // Only the outermost flow collection is recorded: it covers the inner ones.
        let in_flow = self.stack.iter().any(|frame| frame.flow_line.is_some());
        self.stack.push(Frame {
            node: id,
            flow_line: (!block && !in_flow).then(|| start.line()),
            last: NONE,
            count: 0,
            events: 1,
            is_map,
        });
        Ok(())
    }

    fn collection_end(&mut self, end: Marker) {
        if let Some(frame) = self.stack.pop() {
            if let Some(line) = frame.flow_line
                && end.line() > line
            {
                self.parsed
                    .multiline
                    .push((line + 1, offset(end, self.text)));
            }
            let events = frame.events.saturating_add(1);
            let node = &mut self.parsed.nodes[frame.node as usize];
            node.events = events;
            node.end = offset(end, self.text);
            if let Some(parent) = self.stack.last_mut() {
                parent.events = parent.events.saturating_add(events);
            }
        }
    }

    fn alias(&mut self, id: usize, start: Marker) -> Result<(), YamlError> {
        self.aliases += 1;
        if self.aliases > MAX_ALIASES {
            return Err(limit(start, &format!("more than {MAX_ALIASES} aliases")));
        }
        let span = span_of(start, self.text);
        let (target, name) = match self.anchors.get(&id) {
            Some((target, name)) => (*target, name.as_deref().unwrap_or("")),
            None => (NONE, ""),
        };
        self.parsed.hazards.push(Hazard {
            span,
            kind: HazardKind::Alias {
                name: name.to_owned(),
            },
        });
        // An alias inside the collection it names would repeat it forever: the walk does not
        // follow it, and the reader reports it.
        let target = if self.stack.iter().any(|frame| frame.node == target) {
            NONE
        } else {
            target
        };
        self.parsed.exotic |= target == NONE;
        self.add(Node {
            span,
            end: span.offset,
            kind: Kind::Alias { target },
            next: NONE,
            events: 1,
        })?;
        Ok(())
    }

    /// Whether the next node is a mapping key.
    fn is_key_position(&self) -> bool {
        self.stack
            .last()
            .is_some_and(|frame| frame.is_map && frame.count % 2 == 0)
    }

    /// Appends a node to the arena and to the open collection.
    fn add(&mut self, node: Node<'t>) -> Result<u32, YamlError> {
        let span = node.span;
        let leaf_events = node.events;
        let id = u32::try_from(self.parsed.nodes.len())
            .ok()
            .filter(|&id| id != NONE)
            .ok_or_else(|| YamlError::Parse {
                line: span.line,
                column: span.column,
                message: "too many YAML nodes".to_owned(),
            })?;
        self.parsed.nodes.push(node);
        match self.stack.last_mut() {
            Some(frame) => {
                if frame.last == NONE {
                    match &mut self.parsed.nodes[frame.node as usize].kind {
                        Kind::Seq { first, .. } | Kind::Map { first } => *first = id,
                        Kind::Scalar { .. } | Kind::Alias { .. } => {}
                    }
                } else {
                    self.parsed.nodes[frame.last as usize].next = id;
                }
                frame.last = id;
                frame.count += 1;
                frame.events = frame.events.saturating_add(leaf_events);
            }
            None => {
                if self.parsed.root.is_none() {
                    self.parsed.root = Some(id);
                }
            }
        }
        Ok(id)
    }

    /// Registers the anchor (id 0: none) on node `id`.
    fn anchor(&mut self, anchor: usize, id: u32, at: Marker) -> Result<(), YamlError> {
        if anchor == 0 {
            return Ok(());
        }
        if self.anchors.len() >= MAX_ANCHORS {
            return Err(limit(at, &format!("more than {MAX_ANCHORS} anchors")));
        }
        self.anchors.insert(anchor, (id, None));
        Ok(())
    }
}

/// The byte offset of a marker (the parser gives one for text input).
fn offset(marker: Marker, text: &str) -> usize {
    marker.byte_offset().unwrap_or_else(|| {
        text.char_indices()
            .nth(marker.index())
            .map_or(text.len(), |(i, _)| i)
    })
}

/// A marker as a [`Span`] (the parser counts columns from 0).
fn span_of(marker: Marker, text: &str) -> Span {
    Span {
        line: marker.line(),
        column: marker.col() + 1,
        offset: offset(marker, text),
    }
}

/// The `|` or `>` of a block scalar whose content starts at byte `content`, searched from the
/// end of the previous event over `:`, `-`, `?`, blanks, comments, anchors and tags.
fn block_indicator(text: &str, from: Marker, content: usize) -> Option<Span> {
    let start = offset(from, text);
    let between = text.get(start..content)?;
    let mut chars = between.char_indices();
    let mut found = None;
    while let Some((i, c)) = chars.next() {
        match c {
            '|' | '>' => {
                found = Some(i);
                break;
            }
            '#' => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '&' | '!' => {
                for (_, c) in chars.by_ref() {
                    if c.is_whitespace() {
                        break;
                    }
                }
            }
            ' ' | '\t' | '\r' | '\n' | ':' | '-' | '?' | ',' | '[' | '{' => {}
            _ => return None,
        }
    }
    let at = found?;
    let before = &between[..at];
    let (line, column) = match before.rfind('\n') {
        Some(nl) => (
            from.line() + before.matches('\n').count(),
            before[nl + 1..].chars().count() + 1,
        ),
        None => (from.line(), from.col() + before.chars().count() + 1),
    };
    Some(Span {
        line,
        column,
        offset: start + at,
    })
}

fn limit(at: Marker, what: &str) -> YamlError {
    YamlError::Parse {
        line: at.line(),
        column: at.col() + 1,
        message: format!("{what}; values files need far less"),
    }
}

/// A parser error at its line and column, with a hint when the line is indented by a tab.
fn scan_error(err: &ScanError, text: &str) -> YamlError {
    let marker = err.marker();
    let mut message = super::sanitize(&err.info());
    if super::decode::tab_indented(text, marker.line()) {
        message.push_str("; a tab indents this line, and YAML allows only spaces there");
    }
    if message.contains("recursion limit") {
        // The parser's own guard, for flow collections nested past it.
        message = format!("nesting deeper than {MAX_DEPTH} levels ({message})");
    }
    YamlError::Parse {
        line: marker.line(),
        column: marker.col() + 1,
        message,
    }
}
