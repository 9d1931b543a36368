//! Keys the chart renders as templates take a string that holds YAML: in
//! place of the structure (Bitnami's `common.tplvalues.render`), or as the
//! only form (the official chart's `extraEnv`, a list of `EnvVar` as text,
//! passed through `tpl`). A string of plain YAML is read here and checked
//! as what Helm renders from it; a string with template code is left out
//! of the check (AV0109, a note under the production profile).

use serde_json::Value;

use super::structure::{KeyPath, Segment, StructureIssue, walk};
use super::{Code, Diagnostic, Location, Profile, Severity};
use crate::schemas::SchemaRoot;
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

/// What a template-rendered string of a chart holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Holds {
    /// What the chart's schema describes at its key, which takes the
    /// structure or a string of it (Bitnami's `common.tplvalues.render`).
    Schema,
    /// A list of the Kubernetes type of that definition, which the chart's
    /// schema only knows as text (the official chart's `extraEnv` is a list
    /// of `EnvVar` written as YAML text and passed through `tpl`).
    ListOf(&'static str),
}

/// A template-rendered string, read.
enum Read {
    /// Template code: nothing inside is checked (with the note, under the
    /// production profile).
    Template(Option<Diagnostic>),
    /// Plain YAML, and where it is in the file.
    Yaml(Block),
    /// Not a structure (a scalar, or not YAML): left as it is.
    Other,
}

/// Reads the string at `key` of `tree` (the files merged); `in_file` is
/// its path in the files (under `--values-root`).
fn read(
    key: &str,
    text: &str,
    documents: &[(&str, &Document, &[u8])],
    profile: Profile,
    root: &[Segment],
) -> Read {
    let path = KeyPath(key.split('.').map(|k| Segment::Key(k.to_owned())).collect());
    if text.contains("{{") {
        let note = (profile >= Profile::Production).then(|| {
            Diagnostic::new(
                AV0109,
                path.clone(),
                format!("`{key}` holds template code that the chart renders; nothing inside it is checked here"),
                Some("render the chart (`helm template`) to see what it becomes".to_owned()),
            )
        });
        return Read::Template(note);
    }
    let Ok(inner) = read_document(text.as_bytes()) else {
        return Read::Other;
    };
    if matches!(inner.tree, Value::Null | Value::String(_)) {
        return Read::Other;
    }
    let in_file = KeyPath(root.iter().chain(&path.0).cloned().collect());
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
    Read::Yaml(Block {
        path,
        origin,
        inner,
    })
}

/// Reads the template-rendered strings of `keys` in `tree` (the files
/// merged). Where the chart's schema describes the structure
/// ([`Holds::Schema`]), plain YAML replaces the string and template code is
/// removed from the tree. Where the string holds a list of a Kubernetes
/// type ([`Holds::ListOf`]), the tree keeps the string (the chart's schema
/// wants text) and the list is walked against that type here: its issues
/// come back with paths under the key, and the block locates them in the
/// file. Template code gets a note under the production profile.
pub(crate) fn expand(
    keys: &[(&str, Holds)],
    tree: &mut Value,
    documents: &[(&str, &Document, &[u8])],
    profile: Profile,
    schema: SchemaRoot<'_>,
    root: &[Segment],
) -> Expanded {
    let mut out = Expanded::default();
    for &(key, holds) in keys {
        let Some(Value::String(text)) = at(tree, key) else {
            continue;
        };
        match read(key, text, documents, profile, root) {
            Read::Template(note) => {
                out.notes.extend(note);
                if matches!(holds, Holds::Schema) {
                    remove(tree, key);
                }
            }
            Read::Yaml(block) => {
                match holds {
                    Holds::Schema => set(tree, key, block.inner.tree.clone()),
                    Holds::ListOf(definition) => {
                        let list = serde_json::json!({
                            "type": "array",
                            "items": {"$ref": format!("#/$defs/{definition}")},
                        });
                        for issue in walk(schema.with_top(&list), &block.inner.tree) {
                            let mut path = block.path.clone();
                            path.0.extend(issue.path.0);
                            out.issues.push(StructureIssue {
                                path,
                                kind: issue.kind,
                            });
                        }
                    }
                }
                out.blocks.push(block);
            }
            Read::Other => {}
        }
    }
    out
}

/// What [`expand`] found.
#[derive(Default)]
pub(crate) struct Expanded {
    /// The strings of plain YAML, to locate findings inside them.
    pub(crate) blocks: Vec<Block>,
    /// AV0109 notes.
    pub(crate) notes: Vec<Diagnostic>,
    /// Structure issues inside [`Holds::ListOf`] strings, with full paths.
    pub(crate) issues: Vec<StructureIssue>,
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
