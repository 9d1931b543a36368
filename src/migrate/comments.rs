//! The user's comments, carried from the source file to the migrated YAML.
//!
//! A converter records each source key it moves one to one to an official
//! key ([`Leftovers::moved`](super::Leftovers::moved)). For each such pair,
//! the comment lines written right above the source key (a block of `#`
//! lines with no blank line between them and the key) and the comment at
//! the end of the key's line are written at the official key in the
//! migrated YAML. When the moved value is a mapping or a list that arrives
//! with the same shape, the keys under it bring their comments too.
//! Comments of keys that do not carry over are not kept.
//!
//! The comments are added to the text the serializer writes, and the result
//! is read back: if it does not give the same tree (which would be a bug
//! here), the YAML is written without comments.

use std::ops::Range;

use serde_json::Value;

use crate::check::structure::{KeyPath, Segment};
use crate::yaml::{Document, Span};

/// The comments of one source key, to be written at an official key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Carried {
    /// The official key, as [`KeyPath`] displays it.
    pub target: KeyPath,
    /// The comment lines above the key, each trimmed, starting with `#`.
    pub above: Vec<String>,
    /// The comment at the end of the key's line, starting with `#`.
    pub trailing: Option<String>,
}

/// The comments to carry for the moves `(source path, official path)` of a
/// migration out of `source`.
pub(crate) fn collect(source: &Document, moves: &[(String, String)]) -> Vec<Carried> {
    let lines = line_ranges(source.text());
    let mut carried = Vec::new();
    for (from, to) in moves {
        let from = crate::yaml::parse_path(from);
        let to = crate::yaml::parse_path(to);
        let Some(value) = lookup(&source.tree, &from) else {
            continue;
        };
        let mut pairs = Vec::new();
        descendants(value, &mut from.clone(), &mut to.clone(), &mut pairs);
        for (from, to) in pairs {
            let (above, trailing) = comments_of(source, &lines, &from);
            if !above.is_empty() || trailing.is_some() {
                carried.push(Carried {
                    target: to,
                    above,
                    trailing,
                });
            }
        }
    }
    carried
}

/// `(source, target)` for the key at `from` and every key and item under it.
fn descendants(
    value: &Value,
    from: &mut KeyPath,
    to: &mut KeyPath,
    out: &mut Vec<(KeyPath, KeyPath)>,
) {
    out.push((from.clone(), to.clone()));
    let children: Vec<(Segment, &Value)> = match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| (Segment::Key(k.clone()), v))
            .collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Segment::Index(i), v))
            .collect(),
        _ => return,
    };
    for (segment, child) in children {
        from.0.push(segment.clone());
        to.0.push(segment);
        descendants(child, from, to, out);
        from.0.pop();
        to.0.pop();
    }
}

/// The value at `path` in `tree`.
fn lookup<'a>(tree: &'a Value, path: &KeyPath) -> Option<&'a Value> {
    path.0.iter().try_fold(tree, |node, segment| match segment {
        Segment::Key(key) => node.as_object()?.get(key),
        Segment::Index(index) => node.as_array()?.get(*index),
    })
}

/// The byte range of each line of `text`, without its line break.
fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        ranges.push(start..start + body.len());
        start += line.len();
    }
    ranges
}

/// The line (counted from 0) that holds byte `offset`.
fn line_of(lines: &[Range<usize>], offset: usize) -> usize {
    lines
        .partition_point(|line| line.end < offset)
        .min(lines.len().saturating_sub(1))
}

/// The comment block above the key at `path` and the comment at the end of
/// its line. A key that does not start its line (the second key of a flow
/// mapping) has no block above; a value that runs on over several lines
/// has no comment at the end of the key's line.
fn comments_of(
    document: &Document,
    lines: &[Range<usize>],
    path: &KeyPath,
) -> (Vec<String>, Option<String>) {
    let text = document.text();
    let Some(key) = document.positions.key(path) else {
        return (Vec::new(), None);
    };
    if lines.is_empty() {
        return (Vec::new(), None);
    }
    let index = line_of(lines, key.offset);
    let line = lines[index].clone();
    let before = &text[line.start..key.offset.min(line.end)];
    let starts_line = before.chars().all(|c| c == ' ' || c == '-');
    let mut above = Vec::new();
    if starts_line {
        for earlier in lines[..index].iter().rev() {
            let written = text[earlier.clone()].trim();
            if !written.starts_with('#') {
                break;
            }
            above.push(written.to_owned());
        }
        above.reverse();
    }
    let trailing = end_of_line_from(document, path, key, line.clone())
        .and_then(|start| comment_in(&text[start..line.end]));
    (above, trailing)
}

/// Where, on the key's line, the text after the value starts: `None` when
/// the value goes on past that line (other than a mapping or list below it).
fn end_of_line_from(
    document: &Document,
    path: &KeyPath,
    key: Span,
    line: Range<usize>,
) -> Option<usize> {
    let text = document.text();
    let value = document.positions.value(path)?;
    if value.offset > line.end {
        // A mapping or a list below: the line ends with the key's `:`.
        let after_key = skip_key(text, key.offset, line.end);
        let colon = text[after_key..line.end].find(':')?;
        return Some(after_key + colon + 1);
    }
    let written = document.positions.written(path)?;
    if written.end <= line.end {
        return Some(written.end.max(value.offset));
    }
    // A block scalar: its indicator (`|`, `>-`) ends the key's line.
    let first = text[value.offset..].chars().next()?;
    if first == '|' || first == '>' {
        let run = text[value.offset..line.end]
            .find(char::is_whitespace)
            .unwrap_or(line.end - value.offset);
        return Some(value.offset + run);
    }
    None
}

/// The offset just past a key written at `start`, quoted or plain.
fn skip_key(text: &str, start: usize, end: usize) -> usize {
    let rest = &text[start..end];
    match rest.chars().next() {
        Some(quote @ ('"' | '\'')) => rest[1..]
            .find(quote)
            .map_or(end, |close| start + 1 + close + 1),
        _ => start,
    }
}

/// The comment in `rest` when only blanks come before it.
fn comment_in(rest: &str) -> Option<String> {
    let trimmed = rest.trim();
    trimmed.starts_with('#').then(|| trimmed.to_owned())
}

/// Writes the `carried` comments into `yaml` (text the crate's serializer
/// wrote). Comments whose key is not in `yaml` are left out; if the result
/// does not read back as the same values, `yaml` is returned unchanged.
pub(crate) fn write(yaml: &str, carried: &[Carried]) -> String {
    if carried.is_empty() {
        return yaml.to_owned();
    }
    let Ok(document) = crate::yaml::read_document(yaml.as_bytes()) else {
        return yaml.to_owned();
    };
    let lines = line_ranges(yaml);
    if lines.is_empty() {
        return yaml.to_owned();
    }
    // (offset, order, text): inserted from the end so offsets stay right.
    let mut inserts: Vec<(usize, usize, String)> = Vec::new();
    for (order, comment) in carried.iter().enumerate() {
        let Some(key) = document.positions.key(&comment.target) else {
            continue;
        };
        let line = lines[line_of(&lines, key.offset)].clone();
        let indent = " ".repeat(key.column.saturating_sub(1));
        let mut above = comment.above.clone();
        let end = comment
            .trailing
            .as_ref()
            .and_then(|_| end_of_line_from(&document, &comment.target, key, line.clone()));
        match (&comment.trailing, end) {
            (Some(trailing), Some(_)) => {
                inserts.push((line.end, order, format!("  {trailing}")));
            }
            (Some(trailing), None) => above.push(trailing.clone()),
            (None, _) => {}
        }
        if !above.is_empty() {
            let block: String = above.iter().map(|c| format!("{indent}{c}\n")).collect();
            inserts.push((line.start, order, block));
        }
    }
    inserts.sort_by_key(|insert| std::cmp::Reverse((insert.0, insert.1)));
    let mut out = yaml.to_owned();
    for (offset, _, text) in inserts {
        out.insert_str(offset, &text);
    }
    match crate::yaml::read_document(out.as_bytes()) {
        Ok(back) if back.tree == document.tree => out,
        _ => yaml.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moved(source: &str, moves: &[(&str, &str)]) -> Vec<Carried> {
        let document = crate::yaml::read_document(source.as_bytes()).expect("reads");
        let moves: Vec<(String, String)> = moves
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect();
        collect(&document, &moves)
    }

    #[test]
    fn the_block_above_and_the_end_of_line_comment_are_found() {
        let source = "# about the file\n\nweb:\n  # two pods\n  # for HA\n  replicaCount: 2 # more later\n  resources:   # tuned\n    limits: {cpu: 1}\n  cmd: |  # a script\n    run\n";
        let carried = moved(
            source,
            &[
                ("web.replicaCount", "apiServer.replicas"),
                ("web.resources", "apiServer.resources"),
                ("web.cmd", "apiServer.command"),
            ],
        );
        let replicas = KeyPath(vec![
            Segment::Key("apiServer".into()),
            Segment::Key("replicas".into()),
        ]);
        assert_eq!(
            carried[0],
            Carried {
                target: replicas,
                above: vec!["# two pods".into(), "# for HA".into()],
                trailing: Some("# more later".into()),
            }
        );
        assert_eq!(carried[1].trailing.as_deref(), Some("# tuned"));
        assert_eq!(carried[2].trailing.as_deref(), Some("# a script"));
        assert_eq!(carried.len(), 3, "{carried:?}");
    }

    #[test]
    fn a_flow_mapping_key_and_a_hash_in_a_value_are_no_comments() {
        let carried = moved(
            "# top\na: {b: 1, c: 2}\nd: \"x # y\"\n",
            &[("a.c", "c"), ("d", "d")],
        );
        assert!(carried.is_empty(), "{carried:?}");
    }

    #[test]
    fn comments_are_written_at_the_official_key_and_the_values_stay() {
        let source = "web:\n  # two pods\n  replicaCount: 2 # more later\n";
        let carried = moved(source, &[("web.replicaCount", "apiServer.replicas")]);
        let yaml = "executor: KubernetesExecutor\napiServer:\n  replicas: 2\n";
        assert_eq!(
            write(yaml, &carried),
            "executor: KubernetesExecutor\napiServer:\n  # two pods\n  replicas: 2  # more later\n"
        );
    }
}
