//! The human format: each finding with its source line and a caret, then a summary.

use std::io::{self, Write};
use std::ops::Range;

use airflow_values::check::{Diagnostic, Severity};
use airflow_values::yaml::{KeyPath, Segment};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Patch, Renderer, Snippet};

use super::{Outcome, redact};
use crate::input::STDIN;

/// Writes every finding, then `N errors, M warnings, K notes`.
pub(super) fn write(outcome: &Outcome<'_>, out: &mut dyn Write, styled: bool) -> io::Result<()> {
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let files: Vec<(&str, Option<Vec<String>>)> = outcome
        .inputs
        .iter()
        .map(|input| (input.name.as_str(), input.lines()))
        .collect();
    for diagnostic in outcome.diagnostics {
        let line = source_line(outcome, &files, diagnostic);
        let groups = groups(diagnostic, line.as_ref());
        writeln!(out, "{}\n", renderer.render(&groups))?;
    }
    writeln!(out, "{}", summary(outcome))
}

/// The line a diagnostic points at, ready to show.
struct SourceLine {
    /// The name shown in the `-->` line.
    origin: String,
    /// The line number shown.
    number: usize,
    /// The line's text.
    text: String,
    /// The bytes of `text` under the caret.
    span: Range<usize>,
    /// Where a suggested key replaces the written one, when the key is
    /// written plainly under the caret.
    key: Option<Range<usize>>,
}

/// The line a diagnostic points at: a line of a file, or the `--set`
/// argument; `None` without a location or when the text is not available.
fn source_line(
    outcome: &Outcome<'_>,
    files: &[(&str, Option<Vec<String>>)],
    diagnostic: &Diagnostic,
) -> Option<SourceLine> {
    let location = diagnostic.location.as_ref()?;
    if let Some(set) = outcome.set_argument(diagnostic) {
        let text = set.argument.clone();
        let path = diagnostic.path.to_string();
        let span = match text.find(path.as_str()) {
            Some(at) if !diagnostic.path.is_root() && location.column == 1 => at..at + path.len(),
            _ => {
                let start = byte_offset(&text, location.column);
                let end = text[start..]
                    .find(['=', ','])
                    .map_or(text.len(), |n| start + n);
                start..end
            }
        };
        let (text, span) = redact::apply(&text, span, &redact::ranges(&text, &set.secrets));
        let key = key_range(&text, &span, &diagnostic.path);
        return Some(SourceLine {
            origin: set.flag.to_owned(),
            number: location.line,
            text,
            span,
            key,
        });
    }
    let (_, lines) = files.iter().find(|(name, _)| *name == location.file)?;
    let text = lines.as_ref()?.get(location.line.checked_sub(1)?)?.clone();
    let start = byte_offset(&text, location.column);
    let mut span = start..token_end(&text, start);
    if span.is_empty() {
        // Whitespace (a tab) or the end of the line: one character, or none.
        span.end += text[start..].chars().next().map_or(0, char::len_utf8);
    }
    let written = text[span.clone()].trim_matches(['"', '\'']);
    let about_this_line = (location.line, location.column) != (1, 1)
        || diagnostic.path.is_root()
        || diagnostic
            .path
            .segments()
            .iter()
            .any(|segment| matches!(segment, Segment::Key(key) if key == written));
    if written.starts_with('#') || !about_this_line {
        // A finding about a key that no file writes is placed at the top of
        // the last file: that line would mislead.
        return None;
    }
    let secrets = outcome.redactions.line(&location.file, location.line);
    let (text, span) = redact::apply(&text, span, &redact::ranges(&text, secrets));
    let key = key_range(&text, &span, &diagnostic.path);
    Some(SourceLine {
        origin: display_name(&location.file).to_owned(),
        number: location.line,
        text,
        span,
        key,
    })
}

/// A source's name as the `-->` line shows it.
fn display_name(file: &str) -> &str {
    if file == STDIN { "<stdin>" } else { file }
}

/// The bytes of the last key of `path` when the text under the caret ends
/// with it (`nodeselector`, or `scheduler.replica` written in `--set`).
fn key_range(text: &str, span: &Range<usize>, path: &KeyPath) -> Option<Range<usize>> {
    let key = path.last_key().filter(|key| !key.is_empty())?;
    let written = text.get(span.clone())?;
    let before = written.strip_suffix(key)?;
    (before.is_empty() || before.ends_with('.')).then(|| span.end - key.len()..span.end)
}

/// The byte offset of a 1-based character column, clamped to the line.
fn byte_offset(text: &str, column: usize) -> usize {
    text.char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(at, _)| at)
}

/// Where the YAML token starting at `start` ends: a quoted scalar at its
/// closing quote, a plain one before whitespace, `: `, `,`, `]` or `}`.
fn token_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let mut chars = rest.char_indices().peekable();
    match chars.peek() {
        Some(&(_, quote @ ('"' | '\''))) => {
            chars.next();
            while let Some((at, c)) = chars.next() {
                match c {
                    '\\' if quote == '"' => {
                        chars.next();
                    }
                    '\'' if quote == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                        chars.next();
                    }
                    c if c == quote => return start + at + c.len_utf8(),
                    _ => {}
                }
            }
            text.len()
        }
        _ => {
            while let Some((at, c)) = chars.next() {
                let ends_key = c == ':' && chars.peek().is_none_or(|(_, n)| n.is_whitespace());
                if c.is_whitespace() || ends_key || matches!(c, ',' | ']' | '}') {
                    return start + at;
                }
            }
            text.len()
        }
    }
}

/// The rendered report of one diagnostic: title, snippet, help, suggestion.
fn groups<'a>(diagnostic: &'a Diagnostic, line: Option<&'a SourceLine>) -> Vec<Group<'a>> {
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        _ => Level::NOTE,
    };
    let path = diagnostic.path.to_string();
    let message = if diagnostic.path.is_root() || diagnostic.message.contains(&path) {
        diagnostic.message.clone()
    } else {
        format!("`{path}`: {}", diagnostic.message)
    };
    let mut group = Group::with_title(level.primary_title(message).id(diagnostic.code.as_str()));
    match (line, &diagnostic.location) {
        (Some(line), _) => {
            group = group.element(
                Snippet::source(line.text.as_str())
                    .line_start(line.number)
                    .path(line.origin.as_str())
                    .annotation(
                        AnnotationKind::Primary
                            .span(line.span.clone())
                            .label(diagnostic.name),
                    ),
            );
        }
        (None, Some(location)) => {
            group = group.element(
                Origin::path(display_name(&location.file))
                    .line(location.line)
                    .char_column(location.column),
            );
        }
        (None, None) => {}
    }
    if line.is_none() {
        group = group.element(Level::NOTE.message(diagnostic.name));
    }
    let mut groups = Vec::with_capacity(2);
    let patch = diagnostic
        .suggestion
        .as_deref()
        .zip(line.and_then(|l| Some((l, l.key.clone()?))));
    match (&diagnostic.help, patch) {
        (help, Some((suggestion, (line, key)))) => {
            groups.push(group);
            let title = help
                .clone()
                .unwrap_or_else(|| format!("replace it with `{suggestion}`"));
            groups.push(
                Level::HELP.secondary_title(title).element(
                    Snippet::source(line.text.as_str())
                        .line_start(line.number)
                        .path(line.origin.as_str())
                        .patch(Patch::new(key, suggestion)),
                ),
            );
        }
        (help, None) => {
            if let Some(help) = help {
                group = group.element(Level::HELP.message(help.as_str()));
            }
            if let Some(suggestion) = &diagnostic.suggestion
                && !help
                    .as_ref()
                    .is_some_and(|h| h.contains(suggestion.as_str()))
            {
                group = group.element(Level::HELP.message(format!("suggestion: `{suggestion}`")));
            }
            groups.push(group);
        }
    }
    groups
}

/// `2 errors, 1 warning, 0 notes`.
fn summary(outcome: &Outcome<'_>) -> String {
    let count = |severity: Severity| {
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let notes = outcome.diagnostics.len() - count(Severity::Error) - count(Severity::Warning);
    format!(
        "{}, {}, {}",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(notes, "note")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_end_where_yaml_ends_them() {
        for (line, start, want) in [
            ("  nodeselector: {}", 2, "nodeselector"),
            ("  tag: 2.9.3", 7, "2.9.3"),
            ("  url: http://a:b@c", 7, "http://a:b@c"),
            ("  a: \"x: y\" # c", 5, "\"x: y\""),
            ("  a: 'it''s'", 5, "'it''s'"),
            ("  {a: 1, b: 2}", 3, "a"),
            ("  key:", 2, "key"),
            ("", 0, ""),
        ] {
            assert_eq!(&line[start..token_end(line, start)], want, "line {line:?}");
        }
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(byte_offset("é: 1", 2), 2);
        assert_eq!(byte_offset("ab", 9), 2);
    }
}
