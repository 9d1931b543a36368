//! From the bytes of a values file to its text, and the hazards only the raw text shows:
//! a byte-order mark, UTF-16, CRLF line endings and tabs in indentation.

use std::borrow::Cow;

use super::YamlError;
use super::document::{Hazard, HazardKind, Span};

/// The text of a values file and what decoding it noticed.
pub(super) struct Decoded<'b> {
    /// The text, without its byte-order mark.
    pub(super) text: Cow<'b, str>,
    /// A byte-order mark or UTF-16, at the start of the file.
    pub(super) hazards: Vec<Hazard>,
}

/// Decodes UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
///
/// # Errors
///
/// [`YamlError::Read`] when the input is larger than `max_bytes`, or is neither; the
/// message gives a byte offset, never the content.
pub(super) fn decode(bytes: &[u8], max_bytes: usize) -> Result<Decoded<'_>, YamlError> {
    if bytes.len() > max_bytes {
        return Err(YamlError::Read {
            message: format!(
                "the file has more than {}, the most a values file may have here; split it, \
                 or raise the input size limit",
                human_size(max_bytes)
            ),
        });
    }
    let start = Span {
        line: 1,
        column: 1,
        offset: 0,
    };
    if bytes.starts_with(&[0, 0, 0xFE, 0xFF]) || bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
        return Err(not_utf8("it starts with a UTF-32 byte-order mark"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        let text = utf8(rest, 3)?;
        return Ok(Decoded {
            text: Cow::Borrowed(text),
            hazards: vec![Hazard {
                span: start,
                kind: HazardKind::ByteOrderMark,
            }],
        });
    }
    for (bom, big_endian) in [([0xFF, 0xFE], false), ([0xFE, 0xFF], true)] {
        if let Some(rest) = bytes.strip_prefix(&bom) {
            return Ok(Decoded {
                text: Cow::Owned(utf16(rest, big_endian)?),
                hazards: vec![Hazard {
                    span: start,
                    kind: HazardKind::Utf16 { big_endian },
                }],
            });
        }
    }
    Ok(Decoded {
        text: Cow::Borrowed(utf8(bytes, 0)?),
        hazards: Vec::new(),
    })
}

/// A byte count as people write it: `8 MiB`, `64 KiB`, or `1000 bytes`.
fn human_size(bytes: usize) -> String {
    const KIB: usize = 1024;
    const MIB: usize = 1024 * KIB;
    match bytes {
        0 => "0 bytes".to_owned(),
        b if b.is_multiple_of(MIB) => format!("{} MiB", b / MIB),
        b if b.is_multiple_of(KIB) => format!("{} KiB", b / KIB),
        1 => "1 byte".to_owned(),
        b => format!("{b} bytes"),
    }
}

/// `bytes` as UTF-8; `skipped` bytes (a byte-order mark) came before them in the file.
fn utf8(bytes: &[u8], skipped: usize) -> Result<&str, YamlError> {
    std::str::from_utf8(bytes).map_err(|err| {
        let at = err.valid_up_to();
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        not_utf8(&format!(
            "invalid byte sequence at byte {} (line {line})",
            at + skipped
        ))
    })
}

/// UTF-16 code units after a byte-order mark, as a `String`.
fn utf16(bytes: &[u8], big_endian: bool) -> Result<String, YamlError> {
    let invalid = || YamlError::Read {
        message: "the file starts with a UTF-16 byte-order mark but is not valid UTF-16; \
                  save it as UTF-8"
            .to_owned(),
    };
    if !bytes.len().is_multiple_of(2) {
        return Err(invalid());
    }
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| invalid())
}

fn not_utf8(detail: &str) -> YamlError {
    YamlError::Read {
        message: format!("the file is not UTF-8: {detail}; save it as UTF-8"),
    }
}

/// The first CRLF line ending, if any: one hazard for the whole file.
pub(super) fn crlf(text: &str) -> Option<Hazard> {
    let at = text.find("\r\n")?;
    let before = &text[..at];
    let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Some(Hazard {
        span: Span {
            line,
            column: 1 + before[line_start..].chars().count(),
            offset: at,
        },
        kind: HazardKind::CrLf { first_line: line },
    })
}

/// Lines whose indentation holds a tab, one hazard each at the first tab.
///
/// Blank lines and comment lines are skipped, and so are the lines that `skip` covers: for
/// each multi-line scalar or flow collection, the first line to skip and the byte offset where
/// it ends. There leading tabs are content (in a scalar) or allowed separation (between the
/// items of a flow collection `[a,\n\tb]`), not indentation.
///
/// Linear in the size of the text and of `skip`, whatever their number and nesting.
pub(super) fn tabs(text: &str, skip: &[(usize, usize)]) -> Vec<Hazard> {
    let mut hazards = Vec::new();
    if !text.contains('\t') {
        return hazards;
    }
    let mut skip = skip.to_vec();
    skip.sort_unstable_by_key(|&(first, _)| first);
    let mut pending = skip.iter().peekable();
    // The furthest end among the ranges that start at or before the current line: a line is
    // inside one of them exactly when it starts before that end.
    let mut skip_until = 0;
    let mut line_start = 0;
    for (index, line) in text.split('\n').enumerate() {
        let line_no = index + 1;
        while let Some(&(_, end)) = pending.next_if(|&&(first, _)| first <= line_no) {
            skip_until = skip_until.max(end);
        }
        let content = line.trim_start_matches([' ', '\t']);
        let indent = &line[..line.len() - content.len()];
        let content = content.trim_end_matches('\r');
        if let Some(tab) = indent.find('\t') {
            let skipped = line_start < skip_until;
            if !content.is_empty() && !content.starts_with('#') && !skipped {
                hazards.push(Hazard {
                    span: Span {
                        line: line_no,
                        column: tab + 1,
                        offset: line_start + tab,
                    },
                    kind: HazardKind::TabIndentation,
                });
            }
        }
        line_start += line.len() + 1;
    }
    hazards
}

/// Whether the line of a parse error is indented with a tab.
pub(super) fn tab_indented(text: &str, line: usize) -> bool {
    text.split('\n')
        .nth(line.saturating_sub(1))
        .is_some_and(|l| {
            let content = l.trim_start_matches([' ', '\t']);
            l[..l.len() - content.len()].contains('\t')
        })
}
