//! Keys the chart renders as templates take the structure or a string that
//! holds it. A string of plain YAML is read here and put in place of the
//! string, so that the structure and the rules see what Helm renders; a
//! string with template code is left out of the check (AV0109, a note under
//! the production profile).

use serde_json::Value;

use super::structure::{KeyPath, Segment};
use super::{Code, Diagnostic, Location, Profile, Severity};
use crate::yaml::{Document, read_document};

pub(crate) const AV0109: (Code, &str, Severity) = (
    Code::new("AV0109"),
    "template-string-not-checked",
    Severity::Note,
);

/// The documentation of AV0109.
pub(crate) const AV0109_DOC: &str = include_str!("rules/docs/AV0109.md");

/// A string of plain YAML read in place of itself: where it is, and where
/// its keys are inside it.
pub(crate) struct Block {
    path: KeyPath,
    /// The file, the line of its first content line, and its indentation.
    origin: Option<(String, usize, usize)>,
    inner: Document,
}

impl Block {
    /// Where `path`, under this block, is written in the file.
    pub(crate) fn locate(&self, path: &KeyPath) -> Option<Location> {
        let rest = path.0.strip_prefix(self.path.0.as_slice())?;
        let (file, first_line, indent) = self.origin.as_ref()?;
        let span = self.inner.positions.nearest(&KeyPath(rest.to_vec()))?;
        Some(Location::new(
            file.clone(),
            first_line + span.line - 1,
            indent + span.column,
        ))
    }
}

/// Reads the template-rendered strings of `keys` in `tree` (the files
/// merged): plain YAML replaces the string; template code is removed from
/// the tree, with a note under the production profile.
pub(crate) fn expand(
    keys: &[&str],
    tree: &mut Value,
    documents: &[(&str, Document, &[u8])],
    profile: Profile,
    root: &[Segment],
) -> (Vec<Block>, Vec<Diagnostic>) {
    let mut blocks = Vec::new();
    let mut notes = Vec::new();
    for key in keys {
        let path = KeyPath(key.split('.').map(|k| Segment::Key(k.to_owned())).collect());
        let in_file = KeyPath(root.iter().chain(&path.0).cloned().collect());
        let Some(Value::String(text)) = at(tree, key) else {
            continue;
        };
        if text.contains("{{") {
            if profile >= Profile::Production {
                notes.push(Diagnostic::new(
                    AV0109,
                    key.to_string(),
                    format!("`{key}` holds template code that the chart renders; nothing inside it is checked here"),
                    Some("render the chart (`helm template`) to see what it becomes".to_owned()),
                ));
            }
            remove(tree, key);
            continue;
        }
        let Ok(inner) = read_document(text.as_bytes()) else {
            continue;
        };
        if matches!(inner.tree, Value::Null | Value::String(_)) {
            continue;
        }
        set(tree, key, inner.tree.clone());
        let origin = documents
            .iter()
            .rev()
            .find_map(|(name, document, bytes)| {
                let span = document.positions.value(&in_file)?;
                Some((*name, span, *bytes))
            })
            .and_then(|(name, span, bytes)| {
                // A block scalar (`|`, `>`) starts on the next line; its
                // indentation is that of its first line.
                let source = String::from_utf8_lossy(bytes);
                let line = source.lines().nth(span.line)?;
                let marker = source.lines().nth(span.line - 1)?;
                let after = marker.chars().nth(span.column - 1)?;
                if !matches!(after, '|' | '>') {
                    return None;
                }
                let indent = line.len() - line.trim_start_matches(' ').len();
                Some((name.to_owned(), span.line + 1, indent))
            });
        blocks.push(Block {
            path,
            origin,
            inner,
        });
    }
    (blocks, notes)
}

fn at<'a>(tree: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.').try_fold(tree, |node, k| node.get(k))
}

fn set(tree: &mut Value, key: &str, value: Value) {
    if let Some(slot) = key.split('.').try_fold(tree, |node, k| node.get_mut(k)) {
        *slot = value;
    }
}

fn remove(tree: &mut Value, key: &str) {
    let (parent, last) = key.rsplit_once('.').unwrap_or(("", key));
    let node = if parent.is_empty() {
        Some(tree)
    } else {
        parent.split('.').try_fold(tree, |node, k| node.get_mut(k))
    };
    if let Some(Value::Object(map)) = node {
        map.remove(last);
    }
}
