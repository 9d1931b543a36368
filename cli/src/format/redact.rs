//! Secrets kept out of the source lines the human format shows.
//!
//! The library's diagnostics never hold a secret, but the human format prints
//! the line a finding points at, and that line may hold a password or a
//! repository URL with a token in it. Before a line is shown, every secret
//! the library finds in it (by the chart's model, in any YAML style) and the
//! password (or token) of a URL become `***`.

use std::ops::Range;

/// What replaces a secret.
pub(super) const MASK: &str = "***";

/// The byte ranges of `text` (a line of a values file, or a `--set`
/// argument) to mask: `secrets`, which the library found by the chart's
/// model ([`airflow_values::check::redactions`]), and the credentials of
/// every URL in it ([`airflow_values::check::mask_ranges`]).
pub(super) fn ranges(text: &str, secrets: &[Range<usize>]) -> Vec<Range<usize>> {
    airflow_values::check::mask_ranges(text, secrets)
}

/// `text` with each range replaced by [`MASK`], and `span` moved to match: a
/// span that overlaps a secret covers its whole mask.
pub(super) fn apply(
    text: &str,
    span: Range<usize>,
    ranges: &[Range<usize>],
) -> (String, Range<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    // Where each range's mask lands in `out`.
    let mut masks = Vec::with_capacity(ranges.len());
    for range in ranges {
        out.push_str(&text[last..range.start]);
        masks.push(out.len()..out.len() + MASK.len());
        out.push_str(MASK);
        last = range.end;
    }
    out.push_str(&text[last..]);
    // A position outside every range moves by what the masks before it changed.
    let moved = |at: usize| {
        let mut shift: isize = 0;
        for (range, mask) in ranges.iter().zip(&masks) {
            if range.end <= at {
                shift += mask.len().cast_signed() - range.len().cast_signed();
            } else if range.start < at {
                return mask.end;
            }
        }
        at.saturating_add_signed(shift)
    };
    let (mut start, mut end) = (moved(span.start), moved(span.end));
    for (range, mask) in ranges.iter().zip(&masks) {
        let overlaps = span.start < range.end && range.start < span.end;
        let inside = range.start <= span.start && span.end <= range.end;
        if overlaps || (inside && span.is_empty() && range.start < span.start) {
            start = start.min(mask.start);
            end = end.max(mask.end);
        }
    }
    (out, start..end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str, secrets: &[Range<usize>]) -> String {
        apply(text, 0..0, &ranges(text, secrets)).0
    }

    #[test]
    fn url_credentials_and_given_secrets_are_masked() {
        for (line, secrets, want) in [
            ("fernetKey: abc123", Some(11..17), "fernetKey: ***"),
            ("tag: 2.10.5", None, "tag: 2.10.5"),
            (
                "repo: https://user:ghp_tok@github.com/a/b.git",
                None,
                "repo: https://user:***@github.com/a/b.git",
            ),
            (
                "repo: https://ghp_tok@github.com/a/b.git",
                None,
                "repo: https://***@github.com/a/b.git",
            ),
            (
                "repo: ssh://git@github.com/a/b.git",
                None,
                "repo: ssh://git@github.com/a/b.git",
            ),
            (
                "  value: postgresql+psycopg2://u%40s:p%3Aw@db:5432/airflow",
                None,
                "  value: postgresql+psycopg2://u%40s:***@db:5432/airflow",
            ),
            ("password: https://u:p@h/", Some(10..25), "password: ***"),
            // A range past the end of the line (a line break) is cut to it.
            ("pass: x", Some(6..9), "pass: ***"),
            (
                "dags.gitSync.repo=https://t@h/x",
                None,
                "dags.gitSync.repo=https://***@h/x",
            ),
        ] {
            assert_eq!(masked(line, secrets.as_slice()), want, "line {line:?}");
        }
    }

    #[test]
    fn spans_follow_the_masks() {
        let line = "fernetKey: abcdef # c";
        let ranges = ranges(line, std::slice::from_ref(&(11..17)));
        // On the key: unchanged.
        assert_eq!(
            apply(line, 0..9, &ranges),
            ("fernetKey: *** # c".to_owned(), 0..9)
        );
        // On the value: the mask.
        assert_eq!(apply(line, 11..17, &ranges).1, 11..14);
        // Inside the value: the mask.
        assert_eq!(apply(line, 13..14, &ranges).1, 11..14);
        let url = "r: https://u:pw@h/x y";
        let url_ranges = super::ranges(url, &[]);
        let (masked, span) = apply(url, 18..19, &url_ranges);
        assert_eq!(masked, "r: https://u:***@h/x y");
        assert_eq!(&masked[span], "x");
    }
}
