//! `check --fix`: the fixes with one right answer, written into the files or
//! shown as a unified diff.

use std::io::Write;

use airflow_values::check::{CheckOptions, Source, check};
use airflow_values::edit::fix;
use anyhow::{Context, Result};

use crate::input::Input;

/// Rounds of check-then-fix: a renamed key can uncover a finding below it.
const ROUNDS: usize = 3;

/// What the fixes did, for the summary on standard error.
pub(crate) struct Summary {
    /// Per input: how many edits were made.
    pub(crate) applied: Vec<usize>,
    /// Fixes that could not be made: file, what, why.
    pub(crate) refused: Vec<(String, String, String)>,
}

/// Applies the fixes to the inputs' text in memory, round after round, until
/// a round changes nothing.
///
/// # Errors
///
/// When a file is not UTF-8 (the editor writes UTF-8 only).
pub(crate) fn apply(inputs: &mut [Input], options: &CheckOptions) -> Result<Summary> {
    let mut summary = Summary {
        applied: vec![0; inputs.len()],
        refused: Vec::new(),
    };
    for round in 0..ROUNDS {
        let sources: Vec<Source<'_>> = inputs
            .iter()
            .map(|input| Source::new(input.name.as_str(), input.bytes.as_slice()))
            .collect();
        let report = check(&sources, options);
        let mut texts = Vec::with_capacity(inputs.len());
        let mut changed = false;
        for (index, input) in inputs.iter().enumerate() {
            let has_fix = report.diagnostics().iter().any(|d| {
                !d.fix.is_empty() && d.location.as_ref().is_some_and(|l| l.file == input.name)
            });
            if !has_fix {
                texts.push(None);
                continue;
            }
            let text = std::str::from_utf8(&input.bytes).with_context(|| {
                format!(
                    "{}: --fix writes UTF-8 only; save the file as UTF-8",
                    input.name
                )
            })?;
            let fixed = fix(text, &input.name, report.diagnostics());
            summary.applied[index] += fixed.applied.len();
            changed |= !fixed.applied.is_empty();
            if round + 1 == ROUNDS || fixed.applied.is_empty() {
                summary
                    .refused
                    .extend(fixed.refused.iter().map(|(edit, error)| {
                        (input.name.clone(), edit.to_string(), error.to_string())
                    }));
            }
            texts.push((!fixed.applied.is_empty()).then_some(fixed.text));
        }
        for (input, text) in inputs.iter_mut().zip(texts) {
            if let Some(text) = text {
                input.bytes = text.into_bytes();
            }
        }
        if !changed {
            break;
        }
    }
    Ok(summary)
}

/// Writes `after` over the file of each input whose text changed.
///
/// # Errors
///
/// When a file cannot be written, or standard input was to be fixed.
pub(crate) fn write_files(before: &[Vec<u8>], after: &[Input]) -> Result<()> {
    for (old, input) in before.iter().zip(after) {
        if *old == input.bytes {
            continue;
        }
        if input.is_stdin() {
            anyhow::bail!("standard input cannot be fixed in place; use --fix --diff");
        }
        std::fs::write(&input.name, &input.bytes)
            .with_context(|| format!("cannot write {}", input.name))?;
    }
    Ok(())
}

/// Writes a unified diff (3 lines of context) of every changed input.
pub(crate) fn write_diff(
    before: &[Vec<u8>],
    after: &[Input],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for (old, input) in before.iter().zip(after) {
        if *old == input.bytes {
            continue;
        }
        let old = String::from_utf8_lossy(old);
        let new = String::from_utf8_lossy(&input.bytes);
        writeln!(out, "--- a/{}", input.name)?;
        writeln!(out, "+++ b/{}", input.name)?;
        for line in unified(&old, &new, 3) {
            out.write_all(line.as_bytes())?;
        }
    }
    Ok(())
}

/// The hunks of a unified diff from `old` to `new`, each line ending in `\n`.
fn unified(old: &str, new: &str, context: usize) -> Vec<String> {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let ops = line_ops(&a, &b);
    // Indices of ops that are changes; group them with their context.
    let changes: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| !matches!(op, Op::Same(..)))
        .map(|(i, _)| i)
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < changes.len() {
        let start = changes[i].saturating_sub(context);
        let mut end = changes[i];
        while i < changes.len() && changes[i] <= end + 2 * context {
            end = changes[i];
            i += 1;
        }
        let end = (end + context + 1).min(ops.len());
        let (mut old_start, mut new_start) = (0, 0);
        for op in &ops[..start] {
            match op {
                Op::Same(..) => {
                    old_start += 1;
                    new_start += 1;
                }
                Op::Removed(_) => old_start += 1,
                Op::Added(_) => new_start += 1,
            }
        }
        let hunk = &ops[start..end];
        let old_len = hunk.iter().filter(|op| !matches!(op, Op::Added(_))).count();
        let new_len = hunk
            .iter()
            .filter(|op| !matches!(op, Op::Removed(_)))
            .count();
        out.push(format!(
            "@@ -{},{old_len} +{},{new_len} @@\n",
            old_start + usize::from(old_len > 0),
            new_start + usize::from(new_len > 0)
        ));
        for op in hunk {
            let (mark, line) = match op {
                Op::Same(line) => (' ', line),
                Op::Removed(line) => ('-', line),
                Op::Added(line) => ('+', line),
            };
            let mut text = format!("{mark}{line}");
            if !text.ends_with('\n') {
                text.push_str("\n\\ No newline at end of file\n");
            }
            out.push(text);
        }
    }
    out
}

/// The largest table of the line diff; a larger change is shown as all its
/// old lines, then all its new ones.
const MAX_TABLE: usize = 4_000_000;

enum Op<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// A shortest line edit script from `a` to `b` (longest common subsequence
/// after the common start and end are set aside).
fn line_ops<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Op<'a>> {
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    let mut ops: Vec<Op<'a>> = a[..head].iter().map(|l| Op::Same(l)).collect();
    if ma.len().saturating_mul(mb.len()) > MAX_TABLE {
        ops.extend(ma.iter().map(|l| Op::Removed(l)));
        ops.extend(mb.iter().map(|l| Op::Added(l)));
        ops.extend(a[a.len() - tail..].iter().map(|l| Op::Same(l)));
        return ops;
    }
    // lcs[i][j]: the longest common subsequence of ma[i..] and mb[j..].
    let mut lcs = vec![vec![0u32; mb.len() + 1]; ma.len() + 1];
    for i in (0..ma.len()).rev() {
        for j in (0..mb.len()).rev() {
            lcs[i][j] = if ma[i] == mb[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < ma.len() || j < mb.len() {
        if i < ma.len() && j < mb.len() && ma[i] == mb[j] {
            ops.push(Op::Same(ma[i]));
            i += 1;
            j += 1;
        } else if i < ma.len() && (j == mb.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(Op::Removed(ma[i]));
            i += 1;
        } else {
            ops.push(Op::Added(mb[j]));
            j += 1;
        }
    }
    ops.extend(a[a.len() - tail..].iter().map(|l| Op::Same(l)));
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unified_diff_has_hunks_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        let new = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";
        let diff: String = unified(old, new, 1).concat();
        assert_eq!(
            diff,
            "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -10,1 +10,2 @@\n j\n+k\n"
        );
        assert!(unified(old, old, 3).is_empty());
        let diff: String = unified("x", "y", 3).concat();
        assert_eq!(
            diff,
            "@@ -1,1 +1,1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n"
        );
    }
}
