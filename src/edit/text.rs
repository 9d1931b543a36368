//! Lines, indentation and key spellings of YAML source text, for the editor.

use std::ops::Range;

use serde_json::Value;

/// Where the lines of a text start.
pub(super) struct Lines<'t> {
    text: &'t str,
    /// Byte offset of each line's first character.
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// The index of the line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The bytes of line `index`, with its line break.
    fn line(&self, index: usize) -> Range<usize> {
        let start = self.starts[index];
        let end = self
            .starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.text.len());
        start..end
    }

    /// Whether only spaces come before `offset` on its line.
    pub(super) fn starts_line(&self, offset: usize) -> bool {
        let start = self.starts[self.line_of(offset)];
        self.text[start..offset].bytes().all(|b| b == b' ')
    }

    /// The column (from 0, in bytes) of `offset` on its line.
    pub(super) fn column_of(&self, offset: usize) -> usize {
        offset - self.starts[self.line_of(offset)]
    }

    /// The offset right after the line break of the line holding `offset`
    /// (the end of the text on the last line).
    pub(super) fn end_of_line(&self, offset: usize) -> usize {
        self.line(self.line_of(offset)).end
    }

    /// The offset of the last character in `range` that is not blank nor
    /// in a comment line: where a value that the reader ends at the next
    /// token really ends.
    pub(super) fn last_content(&self, range: Range<usize>) -> usize {
        let mut index = self.line_of(range.end.saturating_sub(1).max(range.start));
        loop {
            let line = self.line(index);
            let start = line.start.max(range.start);
            let end = line.end.min(range.end);
            let part = &self.text[start..end.max(start)];
            let content = part.trim();
            let whole_comment = start == line.start && content.starts_with('#');
            if (!content.is_empty() && !whole_comment) || index == 0 || start == range.start {
                let trimmed = part.trim_end();
                return start + trimmed.len().saturating_sub(1);
            }
            index -= 1;
        }
    }

    /// The start of the comment lines right above the line of `offset` that
    /// are indented at least `indent`, or the start of that line.
    pub(super) fn comments_above(&self, offset: usize, indent: usize) -> usize {
        let mut index = self.line_of(offset);
        while index > 0 {
            let above = &self.text[self.line(index - 1)];
            let content = above.trim_start_matches(' ');
            if content.starts_with('#') && above.len() - content.len() >= indent {
                index -= 1;
            } else {
                break;
            }
        }
        self.starts[index]
    }
}

/// The offset of the `:` that ends the key written at `offset`, if the key
/// is a plain or quoted scalar followed by `:`.
pub(super) fn key_end(text: &str, offset: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = offset;
    match bytes.get(at)? {
        b'"' => {
            at += 1;
            while *bytes.get(at)? != b'"' {
                at += if bytes[at] == b'\\' { 2 } else { 1 };
            }
            at += 1;
        }
        b'\'' => {
            at += 1;
            loop {
                if *bytes.get(at)? == b'\'' {
                    if bytes.get(at + 1) == Some(&b'\'') {
                        at += 2;
                        continue;
                    }
                    break;
                }
                at += 1;
            }
            at += 1;
        }
        _ => {
            while let Some(&b) = bytes.get(at) {
                if b == b'\n' {
                    return None;
                }
                if b == b':'
                    && matches!(bytes.get(at + 1), None | Some(b' ' | b'\t' | b'\r' | b'\n'))
                {
                    return Some(at);
                }
                at += 1;
            }
            return None;
        }
    }
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    (bytes.get(at) == Some(&b':')).then_some(at)
}

/// `key` as a YAML mapping key: plain when Helm reads it back as the same
/// string, double-quoted otherwise.
pub(super) fn key_text(key: &str) -> String {
    let plain = !key.is_empty()
        && !key.contains([':', '#', '\n', '\r', '\t'])
        && crate::yaml::to_string(&Value::String(key.to_owned()))
            .is_ok_and(|written| written.trim_end_matches('\n') == key);
    if plain {
        key.to_owned()
    } else {
        serde_json::to_string(key).unwrap_or_else(|_| format!("\"{key}\""))
    }
}

/// `block` with every line indented by `by` more spaces (blank lines stay empty).
pub(super) fn indent(block: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    let mut out = String::with_capacity(block.len());
    for line in block.split_inclusive('\n') {
        if !line.trim().is_empty() {
            out.push_str(&pad);
        }
        out.push_str(line);
    }
    out
}

/// `block` with up to `by` leading spaces taken off every line.
pub(super) fn dedent(block: &str, by: usize) -> String {
    let mut out = String::with_capacity(block.len());
    for line in block.split_inclusive('\n') {
        let spaces = line.len() - line.trim_start_matches(' ').len();
        out.push_str(&line[spaces.min(by)..]);
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The indentation step of the text: the smallest indentation of a line
/// that is indented at all, or 2.
pub(super) fn indent_step(text: &str) -> usize {
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|line| line.len() - line.trim_start_matches(' ').len())
        .filter(|&n| n > 0)
        .min()
        .unwrap_or(2)
}

/// The lines of a block-mapping entry whose key is written at `offset` (first
/// on its line): its line and the lines after it that are more indented,
/// blank or comments, without the blank and comment lines at its end.
pub(super) fn block_entry(text: &str, offset: usize) -> Option<Range<usize>> {
    let lines = Lines::new(text);
    if !lines.starts_line(offset) {
        return None;
    }
    let indent = lines.column_of(offset);
    let first = lines.line_of(offset);
    let mut end = lines.line(first).end;
    for index in first + 1..lines.starts.len() {
        let range = lines.line(index);
        let line = &text[range.clone()];
        let content = line.trim_start_matches(' ');
        let blank = content.trim().is_empty();
        let deeper = line.len() - content.len() > indent;
        if blank || content.starts_with('#') {
            continue;
        }
        if !deeper {
            break;
        }
        end = range.end;
    }
    Some(lines.starts[first]..end)
}

/// Only the comment lines of `block`.
pub(super) fn comment_lines(block: &str) -> String {
    block
        .split_inclusive('\n')
        .filter(|line| line.trim_start().starts_with('#'))
        .collect()
}
