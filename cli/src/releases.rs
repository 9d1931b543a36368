//! `check` across releases: the table of `--chart-version all`.

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
            text.contains("1.13.1         2         0  AV0111 `apiServer`"),
            "{text}"
        );
        assert!(
            text.contains("1.22.0         1         0  AV0110 `notAKey`"),
            "{text}"
        );
    }
}
