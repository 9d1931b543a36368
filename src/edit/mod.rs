//! Edits to a values file that keep everything they do not touch.
//!
//! [`apply`] changes the text of a values file at the places the crate's reader
//! records for each key: the lines of one entry, the text of one value, the
//! spelling of one key. Every other byte stays as it was: comments, blank
//! lines, key order, quoting, indentation, anchors, line breaks (LF or CRLF)
//! and a leading byte-order mark.
//!
//! Each edit is checked before the next one runs: the edited text is read
//! again and must give exactly the tree the edit intends (the same tree with
//! one value set, one key renamed, moved or removed). An edit that cannot be
//! made so (a key written in a flow mapping `{a: 1}`, a value that comes
//! through an alias, a target that already exists) fails with an
//! [`EditError`] and changes nothing; the caller reports it for a person.
//!
//! ```
//! use airflow_values::edit::{Edit, apply};
//!
//! let text = "# image\nimages:\n  airflow:\n    tag: 2.10 # pinned\n";
//! let out = apply(text, &[Edit::quote("images.airflow.tag")])?;
//! assert_eq!(out, "# image\nimages:\n  airflow:\n    tag: \"2.10\" # pinned\n");
//! # Ok::<(), airflow_values::edit::EditError>(())
//! ```
//!
//! [`fix`] applies the fixes that [`check`](crate::check) attaches to its
//! findings ([`Diagnostic::fix`](crate::check::Diagnostic::fix)).
//!
//! Paths are written as the diagnostics of [`check`](crate::check) write them:
//! keys joined by `.`, a key holding a `.` in double quotes (`config."a.b"`).

mod text;

use serde_json::Value;

pub use crate::findings::Edit;
use crate::yaml::{Document, HazardKind, KeyPath, Segment, parse_path, read_document};
use text::Lines;

impl Edit {
    /// [`Edit::Quote`] at `path`.
    #[must_use]
    pub fn quote(path: impl Into<String>) -> Self {
        Edit::Quote { path: path.into() }
    }

    /// [`Edit::Rename`] of `path` to `to`.
    #[must_use]
    pub fn rename(path: impl Into<String>, to: impl Into<String>) -> Self {
        Edit::Rename {
            path: path.into(),
            to: to.into(),
        }
    }

    /// [`Edit::Move`] of `path` to `to`.
    #[must_use]
    pub fn move_to(path: impl Into<String>, to: impl Into<String>) -> Self {
        Edit::Move {
            path: path.into(),
            to: to.into(),
        }
    }

    /// [`Edit::Delete`] of `path`.
    #[must_use]
    pub fn delete(path: impl Into<String>) -> Self {
        Edit::Delete { path: path.into() }
    }

    /// [`Edit::SetValue`] of `path` to `value`.
    #[must_use]
    pub fn set_value(path: impl Into<String>, value: impl Into<Value>) -> Self {
        Edit::SetValue {
            path: path.into(),
            value: value.into(),
        }
    }

    /// [`Edit::Insert`] of `path` with `value`, after the sibling `after`.
    #[must_use]
    pub fn insert(path: impl Into<String>, value: impl Into<Value>, after: Option<String>) -> Self {
        Edit::Insert {
            path: path.into(),
            value: value.into(),
            after,
        }
    }

    /// The key path the edit is about.
    #[must_use]
    pub fn path(&self) -> &str {
        match self {
            Edit::SetValue { path, .. }
            | Edit::Quote { path }
            | Edit::Delete { path }
            | Edit::Rename { path, .. }
            | Edit::Move { path, .. }
            | Edit::Insert { path, .. }
            | Edit::DeleteLostDuplicate { path, .. } => path,
        }
    }
}

impl Edit {
    /// The same edit with its paths under the key path `root` (an umbrella
    /// chart's dependency key).
    pub(crate) fn under(self, root: &str) -> Edit {
        let at = |path: String| format!("{root}.{path}");
        match self {
            Edit::SetValue { path, value } => Edit::SetValue {
                path: at(path),
                value,
            },
            Edit::Quote { path } => Edit::Quote { path: at(path) },
            Edit::Delete { path } => Edit::Delete { path: at(path) },
            Edit::Rename { path, to } => Edit::Rename { path: at(path), to },
            Edit::Move { path, to } => Edit::Move {
                path: at(path),
                to: at(to),
            },
            Edit::Insert { path, value, after } => Edit::Insert {
                path: at(path),
                value,
                after,
            },
            Edit::DeleteLostDuplicate { path, line } => Edit::DeleteLostDuplicate {
                path: at(path),
                line,
            },
        }
    }
}

/// Whether the block entries whose keys are written at offsets `a` and `b`
/// hold the same text, indentation and comments aside: two copies of one
/// duplicate key with equal values.
pub(crate) fn same_entries(text: &str, a: usize, b: usize) -> bool {
    let body = |offset: usize| {
        let range = text::block_entry(text, offset)?;
        let block = text::dedent(&text[range], Lines::new(text).column_of(offset));
        let lines: Vec<String> = block
            .lines()
            .map(str::trim_end)
            .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
            .map(str::to_owned)
            .collect();
        Some(lines)
    };
    matches!((body(a), body(b)), (Some(x), Some(y)) if x == y)
}

impl std::fmt::Display for Edit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Edit::SetValue { path, .. } => write!(f, "set `{path}`"),
            Edit::Quote { path } => write!(f, "quote `{path}`"),
            Edit::Delete { path } => write!(f, "remove `{path}`"),
            Edit::Rename { path, to } => write!(f, "rename `{path}` to `{to}`"),
            Edit::Move { path, to } => write!(f, "move `{path}` to `{to}`"),
            Edit::Insert { path, .. } => write!(f, "add `{path}`"),
            Edit::DeleteLostDuplicate { path, line } => {
                write!(f, "remove the duplicate `{path}` at line {line}")
            }
        }
    }
}

/// Why an [`Edit`] could not be made. No message holds a value from the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EditError {
    /// The text is not YAML the reader accepts, before or after an edit.
    #[error("the values file cannot be read: {0}")]
    Unreadable(#[from] crate::yaml::YamlError),
    /// The path is not in the file.
    #[error("`{path}` is not in the values file")]
    Missing {
        /// The key path.
        path: String,
    },
    /// The path, or the path an edit creates, is already there.
    #[error("`{path}` is already in the values file; merge the two by hand")]
    Exists {
        /// The key path.
        path: String,
    },
    /// The edit does not fit how the key or value is written.
    #[error("cannot {edit} here: {why}; edit it by hand")]
    Unsupported {
        /// The edit, as its `Display` says it.
        edit: String,
        /// What is in the way.
        why: &'static str,
    },
    /// The edited text would not read back as the edit intends; it is not kept.
    #[error("{edit} would change more than intended; edit it by hand")]
    Unintended {
        /// The edit, as its `Display` says it.
        edit: String,
    },
}

/// Applies `edits` in order to the text of a values file and returns the new
/// text; text the edits do not touch stays byte for byte.
///
/// # Errors
///
/// [`EditError`] for the first edit that cannot be made; the text is then not
/// returned at all, so callers that want the rest applied call [`apply`] once
/// per edit.
pub fn apply(source: &str, edits: &[Edit]) -> Result<String, EditError> {
    let (bom, body) = match source.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", source),
    };
    let mut text = body.to_owned();
    for edit in edits {
        text = apply_one(&text, edit)?;
    }
    Ok(format!("{bom}{text}"))
}

/// Applies one edit to text without a byte-order mark, and checks the result.
fn apply_one(text: &str, edit: &Edit) -> Result<String, EditError> {
    let doc = read_document(text.as_bytes())?;
    let unsupported = |why| EditError::Unsupported {
        edit: edit.to_string(),
        why,
    };
    let mut want = doc.tree.clone();
    let out = match edit {
        Edit::SetValue { path, value } => {
            let at = parse_path(path);
            if value.is_object() || value.is_array() {
                return Err(unsupported("only a scalar value can be set"));
            }
            let written = scalar_range(&doc, text, &at, path).map_err(|e| e.of(edit))?;
            let new = scalar_text(value).ok_or_else(|| unsupported("the value spans lines"))?;
            *pointer_mut(&mut want, &at).ok_or_else(|| missing(path))? = value.clone();
            splice(text, written, &new)
        }
        Edit::Quote { path } => {
            let at = parse_path(path);
            let written = scalar_range(&doc, text, &at, path).map_err(|e| e.of(edit))?;
            let raw = &text[written.clone()];
            if raw.starts_with(['"', '\'', '|', '>', '&', '!', '*']) || raw.contains('\n') {
                return Err(unsupported("the value is not a plain one-line scalar"));
            }
            let quoted = serde_json::to_string(raw).map_err(|_| unsupported("cannot quote"))?;
            *pointer_mut(&mut want, &at).ok_or_else(|| missing(path))? =
                Value::String(raw.to_owned());
            splice(text, written, &quoted)
        }
        Edit::Delete { path } => {
            let at = parse_path(path);
            remove_key(&mut want, &at).ok_or_else(|| missing(path))?;
            delete(&doc, text, &at, path).map_err(|e| e.of(edit))?
        }
        Edit::Rename { path, to } => {
            let at = parse_path(path);
            let target = sibling(&at, to);
            if lookup(&doc.tree, &target).is_some() {
                return Err(EditError::Exists {
                    path: target.to_string(),
                });
            }
            let key = doc.positions.key(&at).ok_or_else(|| missing(path))?;
            let end = text::key_end(text, key.offset).ok_or_else(|| unsupported("key form"))?;
            let value = remove_key(&mut want, &at).ok_or_else(|| missing(path))?;
            set_path(&mut want, &target, value);
            splice(text, key.offset..end, &text::key_text(to))
        }
        Edit::Move { path, to } => {
            let at = parse_path(path);
            let target = parse_path(to);
            if lookup(&doc.tree, &target).is_some() {
                return Err(EditError::Exists { path: to.clone() });
            }
            if target.0.starts_with(&at.0) {
                return Err(unsupported("a key cannot move into itself"));
            }
            let Some(Segment::Key(new_key)) = target.0.last() else {
                return Err(unsupported("the target is not a key"));
            };
            let value = remove_key(&mut want, &at).ok_or_else(|| missing(path))?;
            set_path(&mut want, &target, value);
            let range = entry_range(&doc, text, &at, path).map_err(|e| e.of(edit))?;
            let key = doc.positions.key(&at).ok_or_else(|| missing(path))?;
            let indent = key.column - 1;
            let key_end = text::key_end(text, key.offset).ok_or_else(|| unsupported("key form"))?;
            // The entry's lines, with the key renamed and the indentation of the key taken off.
            let mut block = String::new();
            block.push_str(&text[range.start..key.offset]);
            block.push_str(&text::key_text(new_key));
            block.push_str(&text[key_end..range.end]);
            let block = text::dedent(&block, indent);
            let removed = delete(&doc, text, &at, path).map_err(|e| e.of(edit))?;
            // Without the entry the text may not read (an anchor that later
            // aliases use goes with it): the move is not made.
            let doc = read_document(removed.as_bytes()).map_err(|_| EditError::Unintended {
                edit: edit.to_string(),
            })?;
            let parent = KeyPath(target.0[..target.0.len() - 1].to_vec());
            insert_block(&doc, &removed, &parent, &block, None).map_err(|e| e.of(edit))?
        }
        Edit::Insert { path, value, after } => {
            let at = parse_path(path);
            if lookup(&doc.tree, &at).is_some() {
                return Err(EditError::Exists { path: path.clone() });
            }
            let Some(Segment::Key(key)) = at.0.last() else {
                return Err(unsupported("the path does not end in a key"));
            };
            set_path(&mut want, &at, value.clone());
            let mut one = serde_json::Map::new();
            one.insert(key.clone(), value.clone());
            let block = crate::yaml::to_string(&Value::Object(one))
                .map_err(|_| unsupported("the value cannot be written"))?;
            let parent = KeyPath(at.0[..at.0.len() - 1].to_vec());
            insert_block(&doc, text, &parent, &block, after.as_deref()).map_err(|e| e.of(edit))?
        }
        Edit::DeleteLostDuplicate { path, line } => {
            let at = parse_path(path);
            let lost = doc
                .hazards
                .iter()
                .find(|h| {
                    h.span.line == *line
                        && matches!(&h.kind, HazardKind::DuplicateKey { path: p, .. } if *p == at)
                })
                .ok_or_else(|| missing(path))?;
            let range = text::block_entry(text, lost.span.offset)
                .ok_or_else(|| unsupported("the key does not start its line"))?;
            // Comment lines inside the lost entry stay: only its keys and values go.
            let kept = text::comment_lines(&text[range.clone()]);
            splice(text, range, &kept)
        }
    };
    let back = read_document(out.as_bytes()).map_err(|_| EditError::Unintended {
        edit: edit.to_string(),
    })?;
    let fewer_duplicates = || {
        let count = |d: &Document| {
            d.hazards
                .iter()
                .filter(|h| matches!(h.kind, HazardKind::DuplicateKey { .. }))
                .count()
        };
        count(&back) < count(&doc)
    };
    let kept = match edit {
        Edit::DeleteLostDuplicate { .. } => back.tree == doc.tree && fewer_duplicates(),
        _ => back.tree == want,
    };
    if kept {
        Ok(out)
    } else {
        Err(EditError::Unintended {
            edit: edit.to_string(),
        })
    }
}

/// A failure found before the edit's own name is known.
enum Refusal {
    Missing(String),
    Unsupported(&'static str),
    Exists(String),
}

impl Refusal {
    fn of(self, edit: &Edit) -> EditError {
        match self {
            Refusal::Missing(path) => EditError::Missing { path },
            Refusal::Exists(path) => EditError::Exists { path },
            Refusal::Unsupported(why) => EditError::Unsupported {
                edit: edit.to_string(),
                why,
            },
        }
    }
}

fn missing(path: &str) -> EditError {
    EditError::Missing {
        path: path.to_owned(),
    }
}

/// `text` with `range` replaced by `with`.
fn splice(text: &str, range: std::ops::Range<usize>, with: &str) -> String {
    let mut out = String::with_capacity(text.len() + with.len());
    out.push_str(&text[..range.start]);
    out.push_str(with);
    out.push_str(&text[range.end..]);
    out
}

/// The path `at` with its last key replaced by `key`.
fn sibling(at: &KeyPath, key: &str) -> KeyPath {
    let mut segments = at.0.clone();
    segments.pop();
    segments.push(Segment::Key(key.to_owned()));
    KeyPath(segments)
}

fn lookup<'v>(tree: &'v Value, at: &KeyPath) -> Option<&'v Value> {
    at.0.iter().try_fold(tree, |node, segment| match segment {
        Segment::Key(key) => node.as_object()?.get(key),
        Segment::Index(index) => node.as_array()?.get(*index),
    })
}

fn pointer_mut<'v>(tree: &'v mut Value, at: &KeyPath) -> Option<&'v mut Value> {
    at.0.iter().try_fold(tree, |node, segment| match segment {
        Segment::Key(key) => node.as_object_mut()?.get_mut(key),
        Segment::Index(index) => node.as_array_mut()?.get_mut(*index),
    })
}

/// Removes the key `at` from `tree` and returns its value.
fn remove_key(tree: &mut Value, at: &KeyPath) -> Option<Value> {
    let (Segment::Key(last), parent) = at.0.split_last()? else {
        return None;
    };
    pointer_mut(tree, &KeyPath(parent.to_vec()))?
        .as_object_mut()?
        .remove(last)
}

/// Sets `at` in `tree` to `value`, creating mappings on the way.
fn set_path(tree: &mut Value, at: &KeyPath, value: Value) {
    let Some((Segment::Key(last), parent)) = at.0.split_last() else {
        return;
    };
    let mut node = tree;
    for segment in parent {
        node = match segment {
            Segment::Key(key) => {
                let Some(map) = node.as_object_mut() else {
                    return;
                };
                map.entry(key.clone())
                    .or_insert_with(|| Value::Object(serde_json::Map::new()))
            }
            Segment::Index(index) => match node.as_array_mut().and_then(|a| a.get_mut(*index)) {
                Some(item) => item,
                None => return,
            },
        };
    }
    if let Some(map) = node.as_object_mut() {
        map.insert(last.clone(), value);
    }
}

/// The scalar `value` as one line of YAML that Helm reads back as it, if it fits one line.
fn scalar_text(value: &Value) -> Option<String> {
    let written = crate::yaml::to_string(value).ok()?;
    let line = written.strip_suffix('\n').unwrap_or(&written);
    (!line.contains('\n') && !line.starts_with(['|', '>'])).then(|| line.to_owned())
}

/// The bytes of the scalar value at `at`, written in place (not through an alias).
fn scalar_range(
    doc: &Document,
    text: &str,
    at: &KeyPath,
    path: &str,
) -> Result<std::ops::Range<usize>, Refusal> {
    let value = lookup(&doc.tree, at).ok_or_else(|| Refusal::Missing(path.to_owned()))?;
    if value.is_object() || value.is_array() {
        return Err(Refusal::Unsupported("the value is not a scalar"));
    }
    let start = doc
        .positions
        .value(at)
        .ok_or_else(|| Refusal::Missing(path.to_owned()))?;
    let written = doc
        .positions
        .written(at)
        .ok_or_else(|| Refusal::Missing(path.to_owned()))?;
    if written.start != start.offset || written.is_empty() {
        return Err(Refusal::Unsupported(
            "the value is empty, or comes through an alias",
        ));
    }
    if text[written.clone()].starts_with(['&', '*', '!']) {
        return Err(Refusal::Unsupported("the value has an anchor or a tag"));
    }
    // A block scalar's range runs to the next token; its text ends before.
    let end = Lines::new(text).last_content(written.clone()) + 1;
    Ok(written.start..end)
}

/// The lines of the entry at `at`: the comment lines right above its key,
/// the key's line and every line of its value.
fn entry_range(
    doc: &Document,
    text: &str,
    at: &KeyPath,
    path: &str,
) -> Result<std::ops::Range<usize>, Refusal> {
    if !matches!(at.0.last(), Some(Segment::Key(_))) {
        return Err(Refusal::Unsupported("list items are not moved or removed"));
    }
    let key = doc
        .positions
        .key(at)
        .ok_or_else(|| Refusal::Missing(path.to_owned()))?;
    let written = doc
        .positions
        .written(at)
        .ok_or_else(|| Refusal::Missing(path.to_owned()))?;
    let lines = Lines::new(text);
    if !lines.starts_line(key.offset) {
        return Err(Refusal::Unsupported(
            "the key does not start its line (a flow mapping or a list item)",
        ));
    }
    let start = lines.comments_above(key.offset, key.column - 1);
    if written.start < key.offset {
        return Err(Refusal::Unsupported("the value comes through an alias"));
    }
    let last = lines.last_content(written.start.max(key.offset)..written.end.max(key.offset + 1));
    Ok(start..lines.end_of_line(last))
}

/// `text` without the entry at `at`; a mapping left empty is written `{}`.
fn delete(doc: &Document, text: &str, at: &KeyPath, path: &str) -> Result<String, Refusal> {
    let range = entry_range(doc, text, at, path)?;
    let parent = KeyPath(at.0[..at.0.len() - 1].to_vec());
    let only_child = !parent.is_root()
        && lookup(&doc.tree, &parent)
            .and_then(Value::as_object)
            .is_some_and(|map| map.len() == 1);
    if !only_child {
        return Ok(splice(text, range, ""));
    }
    let parent_key = doc
        .positions
        .key(&parent)
        .ok_or(Refusal::Unsupported("the mapping has no key"))?;
    let colon = text::key_end(text, parent_key.offset)
        .ok_or(Refusal::Unsupported("the mapping's key form"))?;
    // `key:` is followed by `:`; the `{}` goes right after it.
    let out = splice(text, range, "");
    Ok(splice(&out, colon + 1..colon + 1, " {}"))
}

/// `text` with `block` (lines without indentation, the first one `key: …`)
/// put into the mapping at `parent`, after its child `after` or at its end;
/// mappings on the way that are missing are created.
fn insert_block(
    doc: &Document,
    text: &str,
    parent: &KeyPath,
    block: &str,
    after: Option<&str>,
) -> Result<String, Refusal> {
    // The closest ancestor that exists, and the keys still to create below it.
    let mut have = parent.0.len();
    while have > 0 && lookup(&doc.tree, &KeyPath(parent.0[..have].to_vec())).is_none() {
        have -= 1;
    }
    let base = KeyPath(parent.0[..have].to_vec());
    let mut wrapped = block.to_owned();
    for segment in parent.0[have..].iter().rev() {
        let Segment::Key(key) = segment else {
            return Err(Refusal::Unsupported("a list cannot be created here"));
        };
        wrapped = format!("{}:\n{}", text::key_text(key), text::indent(&wrapped, 2));
    }
    let Some(map) = lookup(&doc.tree, &base).and_then(Value::as_object) else {
        return Err(Refusal::Exists(base.to_string()));
    };
    let lines = Lines::new(text);
    let break_ = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let place = |at: usize, indent: usize| {
        let mut chunk = text::indent(&wrapped, indent)
            .replace("\r\n", "\n")
            .replace('\n', break_);
        if at == text.len() && !text.is_empty() && !text.ends_with('\n') {
            chunk.insert_str(0, break_);
        }
        // A block taken from the last line of a file without a final line
        // break has none either; the lines after it need one.
        if !chunk.ends_with('\n') && (at < text.len() || text.ends_with('\n')) {
            chunk.push_str(break_);
        }
        splice(text, at..at, &chunk)
    };
    // The last child in the file, or the one named `after`.
    let children: Vec<(usize, KeyPath)> = map
        .keys()
        .filter_map(|k| {
            let path = base.join(k);
            doc.positions.key(&path).map(|span| (span.offset, path))
        })
        .collect();
    let anchor = after
        .and_then(|a| children.iter().find(|(_, p)| p.last_key() == Some(a)))
        .or_else(|| children.iter().max_by_key(|(offset, _)| *offset));
    if let Some((offset, path)) = anchor {
        let indent = lines.column_of(*offset);
        let written = doc.positions.written(path).unwrap_or(*offset..*offset + 1);
        if written.start < *offset {
            return Err(Refusal::Unsupported("the value comes through an alias"));
        }
        let last = lines.last_content(*offset..written.end.max(offset + 1));
        return Ok(place(lines.end_of_line(last), indent));
    }
    if base.is_root() {
        return Ok(place(text.len(), 0));
    }
    // An empty mapping written `{}` after its key: take the `{}` away, write below.
    let key = doc
        .positions
        .key(&base)
        .ok_or(Refusal::Unsupported("the mapping has no key"))?;
    let written = doc
        .positions
        .written(&base)
        .ok_or(Refusal::Unsupported("the mapping has no key"))?;
    if text.get(written.clone()) != Some("{}") || written.start < key.offset {
        return Err(Refusal::Unsupported("the mapping is not written `{}`"));
    }
    let indent = lines.column_of(key.offset) + text::indent_step(text);
    let end = lines.end_of_line(written.start);
    let mut chunk = text::indent(&wrapped, indent)
        .replace("\r\n", "\n")
        .replace('\n', break_);
    if !text[..end].ends_with('\n') {
        chunk.insert_str(0, break_);
    }
    let mut start = written.start;
    while start > 0 && text.as_bytes()[start - 1] == b' ' {
        start -= 1;
    }
    let out = splice(text, end..end, &chunk);
    Ok(splice(&out, start..written.end, ""))
}

/// What [`fix`] did to one values file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Fixed {
    /// The text with every fix that could be made.
    pub text: String,
    /// The edits made, in the order they were made.
    pub applied: Vec<Edit>,
    /// The edits that could not be made, with why; the text has none of them.
    pub refused: Vec<(Edit, EditError)>,
}

/// Applies the fixes of the `diagnostics` of one values file (those whose
/// location names `file`) to its text, each fix on its own: one that cannot
/// be made is listed in [`Fixed::refused`] and the others still are.
///
/// Duplicate keys go first, from the bottom of the file up, so the lines of
/// the others still hold; the rest follow in the order of the findings.
///
/// ```
/// use airflow_values::check::{CheckOptions, Source, check};
/// use airflow_values::edit::fix;
/// use airflow_values::official::ChartVersion;
///
/// let text = "# mine\nimages:\n  airflow:\n    tag: 2.10\nschedular: {}\n";
/// let report = check(&[Source::new("values.yaml", text.as_bytes())], &CheckOptions::new(ChartVersion::V1_22_0));
/// let fixed = fix(text, "values.yaml", report.diagnostics());
/// assert_eq!(fixed.text, "# mine\nimages:\n  airflow:\n    tag: \"2.10\"\nscheduler: {}\n");
/// ```
#[must_use]
pub fn fix(text: &str, file: &str, diagnostics: &[crate::findings::Diagnostic]) -> Fixed {
    let mut edits: Vec<&Edit> = diagnostics
        .iter()
        .filter(|d| d.location.as_ref().is_some_and(|l| l.file == file))
        .flat_map(|d| &d.fix)
        .collect();
    edits.dedup();
    let line = |edit: &Edit| match edit {
        Edit::DeleteLostDuplicate { line, .. } => Some(*line),
        _ => None,
    };
    // Stable: duplicates first, bottom up; the rest keep their order.
    edits.sort_by_key(|edit| std::cmp::Reverse(line(edit)));
    let mut fixed = Fixed {
        text: text.to_owned(),
        applied: Vec::new(),
        refused: Vec::new(),
    };
    for edit in edits {
        match apply(&fixed.text, std::slice::from_ref(edit)) {
            Ok(text) => {
                fixed.text = text;
                fixed.applied.push(edit.clone());
            }
            Err(error) => fixed.refused.push((edit.clone(), error)),
        }
    }
    fixed
}

#[cfg(test)]
mod tests;
