//! `check` across releases: the table of `--chart-version all`, and the
//! verdict for a release without data, from the modeled releases beside it.

use std::io::{self, Write};

use airflow_values::check::{Diagnostic, Severity};
use airflow_values::official::ChartVersion;

/// One row of the table: a release and what `check` finds against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    version: ChartVersion,
    errors: usize,
    warnings: usize,
    /// The first error, as `path: message`.
    first_error: Option<String>,
}

/// One row per modeled release. The first error shown is the first that not
/// every release reports (what an upgrade or a downgrade changes), else the
/// first error.
pub(crate) fn rows(results: &[(ChartVersion, Vec<Diagnostic>)]) -> Vec<Row> {
    let key = |d: &Diagnostic| (d.code, d.path.clone());
    let everywhere = |d: &Diagnostic| {
        results
            .iter()
            .all(|(_, other)| other.iter().any(|o| key(o) == key(d)))
    };
    results
        .iter()
        .map(|(version, diagnostics)| {
            let count = |severity| {
                diagnostics
                    .iter()
                    .filter(|d| d.severity == severity)
                    .count()
            };
            let errors = || diagnostics.iter().filter(|d| d.severity == Severity::Error);
            let first = errors()
                .find(|d| !everywhere(d))
                .or_else(|| errors().next());
            Row {
                version: *version,
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
                first_error: first.map(|d| compact(&format!("{} {}", d.code, d.message))),
            }
        })
        .collect()
}

/// How many characters of the first error a row shows.
const FIRST_ERROR_WIDTH: usize = 100;

fn compact(text: &str) -> String {
    match text.char_indices().nth(FIRST_ERROR_WIDTH) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// The table: release, errors, warnings, first error; one line per release.
pub(crate) fn write_table(rows: &[Row], out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{:<8}  {:>6}  {:>8}  first error",
        "release", "errors", "warnings"
    )?;
    for row in rows {
        writeln!(
            out,
            "{:<8}  {:>6}  {:>8}  {}",
            row.version.as_str(),
            row.errors,
            row.warnings,
            row.first_error.as_deref().unwrap_or("-")
        )?;
    }
    Ok(())
}

/// The findings for release `name`, which has no data, from those of the
/// modeled releases on either side: a finding both report stands; one that
/// only one of them reports becomes a note that says which.
pub(crate) fn judge_from_neighbours(
    name: &str,
    (older, from_older): (ChartVersion, &[Diagnostic]),
    (newer, from_newer): (ChartVersion, &[Diagnostic]),
) -> Vec<Diagnostic> {
    let same = |a: &Diagnostic, b: &Diagnostic| a.code == b.code && a.path == b.path;
    let mut out = Vec::new();
    for d in from_older {
        if from_newer.iter().any(|n| same(d, n)) {
            out.push(d.clone());
        } else {
            out.push(only_in(d, name, older, newer));
        }
    }
    for d in from_newer {
        if !from_older.iter().any(|o| same(d, o)) {
            out.push(only_in(d, name, newer, older));
        }
    }
    out
}

fn only_in(d: &Diagnostic, name: &str, reporter: ChartVersion, other: ChartVersion) -> Diagnostic {
    let mut note = d.clone();
    if note.severity > Severity::Note {
        note.severity = Severity::Note;
    }
    note.message = format!(
        "{} (chart {reporter} reports this and {other} does not; {name} has no data, so it is \
         judged from both and this is not an error)",
        d.message
    );
    note
}

#[cfg(test)]
mod tests {
    use super::*;
    use airflow_values::check::{CheckOptions, Source, check};

    fn findings(yaml: &str, version: ChartVersion) -> Vec<Diagnostic> {
        let sources = [Source::new("values.yaml", yaml.as_bytes())];
        check(&sources, &CheckOptions::new(version))
            .diagnostics()
            .to_vec()
    }

    #[test]
    fn a_key_of_one_neighbour_is_a_note_and_of_neither_an_error() {
        let yaml = "apiServer: {replicas: 1}\nnotAKey: 1\n";
        let older = findings(yaml, ChartVersion::V1_15_0);
        let newer = findings(yaml, ChartVersion::V1_16_0);
        let judged = judge_from_neighbours(
            "1.15.5",
            (ChartVersion::V1_15_0, &older),
            (ChartVersion::V1_16_0, &newer),
        );
        let api = judged.iter().find(|d| d.path == "apiServer").unwrap();
        assert_eq!(api.severity, Severity::Note);
        assert!(
            api.message
                .contains("chart 1.15.0 reports this and 1.16.0 does not"),
            "{}",
            api.message
        );
        let unknown = judged.iter().find(|d| d.path == "notAKey").unwrap();
        assert_eq!(unknown.severity, Severity::Error);
    }

    #[test]
    fn the_table_has_a_row_per_release() {
        let results: Vec<_> = ChartVersion::ALL
            .iter()
            .map(|&v| (v, findings("apiServer: {replicas: 1}\nnotAKey: 1\n", v)))
            .collect();
        let rows = rows(&results);
        let mut text = Vec::new();
        write_table(&rows, &mut text).unwrap();
        let text = String::from_utf8(text).unwrap();
        assert_eq!(text.lines().count(), ChartVersion::ALL.len() + 1);
        // `notAKey` is wrong everywhere, `apiServer` before 1.16.0 only.
        assert!(text.contains("1.13.1         2"), "{text}");
        assert!(
            text.contains("1.13.1         2         0  AV0103 `apiServer`"),
            "{text}"
        );
        assert!(
            text.contains("1.22.0         1         0  AV0110 `notAKey`"),
            "{text}"
        );
    }
}
