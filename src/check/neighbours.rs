//! The verdict for a chart release without data (1.14.0, 1.17.0, 1.20.0),
//! from the findings of the modeled releases on either side.

use super::{Diagnostic, Severity};
use crate::official::{ChartRelease, ChartVersion};

/// The findings for `release` from those of its two modeled neighbours
/// (see [`ChartRelease::neighbours`]): a finding both report stands; one that
/// only one of them reports becomes a note that says which.
///
/// Each neighbour's findings name that neighbour where they name the release
/// the file targets ("this file targets 1.13.1", "chart 1.13.1 takes one
/// executor"); here they name `release`, and say it is judged from its
/// neighbours. For a modeled release, the findings of `older` are returned
/// as they are (both sides are that release's).
///
/// ```
/// use airflow_values::check::{CheckOptions, Source, check, judge_from_neighbours};
/// use airflow_values::official::ChartRelease;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let release: ChartRelease = "1.14.0".parse()?;
/// let (older, newer) = release.neighbours();
/// let sources = [Source::new("values.yaml", b"apiServer: {}\n".as_slice())];
/// let findings = |v| check(&sources, &CheckOptions::new(v)).diagnostics().to_vec();
/// let judged = judge_from_neighbours(release, &findings(older), &findings(newer));
/// assert_eq!(
///     judged[0].message,
///     "`apiServer` exists from chart 1.16.0 on; this file targets 1.14.0 \
///      (judged from its neighbours 1.13.1 and 1.15.0)"
/// );
/// # Ok(())
/// # }
/// ```
pub fn judge_from_neighbours(
    release: ChartRelease,
    from_older: &[Diagnostic],
    from_newer: &[Diagnostic],
) -> Vec<Diagnostic> {
    let ChartRelease::Unmodeled { name, older, newer } = release else {
        return from_older.to_vec();
    };
    let same = |a: &Diagnostic, b: &Diagnostic| a.code == b.code && a.path == b.path;
    let judged = |d: &Diagnostic, reporter: ChartVersion| {
        let mut d = d.clone();
        let named = retarget(&mut d, reporter, name);
        if named {
            d.message.push_str(&format!(
                " (judged from its neighbours {older} and {newer})"
            ));
        }
        d
    };
    let only_in = |d: &Diagnostic, reporter: ChartVersion, other: ChartVersion| {
        let mut note = d.clone();
        retarget(&mut note, reporter, name);
        note.severity = note.severity.min(Severity::Note);
        note.message.push_str(&format!(
            " (of its neighbours, chart {reporter} reports this and {other} does not; \
             {name} has no data of its own, so this is a note, not an error)"
        ));
        note
    };
    let mut out = Vec::new();
    for d in from_older {
        if from_newer.iter().any(|n| same(d, n)) {
            out.push(judged(d, older));
        } else {
            out.push(only_in(d, older, newer));
        }
    }
    for d in from_newer {
        if !from_older.iter().any(|o| same(d, o)) {
            out.push(only_in(d, newer, older));
        }
    }
    out
}

/// Makes the message and help of `d`, found for chart `reporter`, name
/// `name` where they name the target release; whether they named it.
fn retarget(d: &mut Diagnostic, reporter: ChartVersion, name: &str) -> bool {
    let mut named = false;
    for text in std::iter::once(&mut d.message).chain(d.help.as_mut()) {
        for lead in ["this file targets ", "chart "] {
            let from = format!("{lead}{reporter}");
            let mut rewritten = String::with_capacity(text.len());
            let mut rest = text.as_str();
            while let Some(at) = rest.find(&from) {
                let after = &rest[at + from.len()..];
                // `1.13.1` must not match the start of a longer number.
                let mut next = after.chars();
                let whole = match (next.next(), next.next()) {
                    (Some(c), _) if c.is_ascii_digit() => false,
                    (Some('.'), Some(c)) if c.is_ascii_digit() => false,
                    _ => true,
                };
                rewritten.push_str(&rest[..at]);
                if whole {
                    rewritten.push_str(lead);
                    rewritten.push_str(name);
                    named = true;
                } else {
                    rewritten.push_str(&from);
                }
                rest = after;
            }
            rewritten.push_str(rest);
            *text = rewritten;
        }
    }
    named
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{CheckOptions, Source, check};

    fn findings(yaml: &str, version: ChartVersion) -> Vec<Diagnostic> {
        let sources = [Source::new("values.yaml", yaml.as_bytes())];
        check(&sources, &CheckOptions::new(version))
            .diagnostics()
            .to_vec()
    }

    fn judge(release: &str, yaml: &str) -> Vec<Diagnostic> {
        let release: ChartRelease = release.parse().unwrap();
        let (older, newer) = release.neighbours();
        judge_from_neighbours(release, &findings(yaml, older), &findings(yaml, newer))
    }

    #[test]
    fn a_key_of_one_neighbour_is_a_note_and_of_neither_an_error() {
        let judged = judge(
            "1.14.0",
            "_rpcServer: {enabled: false}\napiServer: {}\nnotAKey: 1\n",
        );
        let rpc = judged.iter().find(|d| d.path == "_rpcServer").unwrap();
        assert_eq!(rpc.severity, Severity::Note);
        assert_eq!(
            rpc.message,
            "`_rpcServer` exists in chart 1.15.0 only; this file targets 1.14.0 (of its \
             neighbours, chart 1.13.1 reports this and 1.15.0 does not; 1.14.0 has no data of \
             its own, so this is a note, not an error)"
        );
        let api = judged.iter().find(|d| d.path == "apiServer").unwrap();
        assert_eq!(api.severity, Severity::Error);
        assert_eq!(
            api.message,
            "`apiServer` exists from chart 1.16.0 on; this file targets 1.14.0 (judged from its \
             neighbours 1.13.1 and 1.15.0)"
        );
        let unknown = judged.iter().find(|d| d.path == "notAKey").unwrap();
        assert_eq!(unknown.severity, Severity::Error);
        assert_eq!(unknown.message, "`notAKey` is not a key of the chart");
    }

    /// No finding for a release without data names a neighbour as the
    /// release the file targets, whichever neighbour it came from.
    #[test]
    fn findings_name_the_release_asked_for() {
        // 1.17.0: `apiServer.apiServerConfig` from 1.18.0 on (a note from
        // the older neighbour), several executors (both: 1.16.0 and 1.18.0
        // take a list), a key of neither.
        for (release, yaml) in [
            ("1.14.0", "executor: CeleryExecutor,KubernetesExecutor\n"),
            (
                "1.17.0",
                "apiServer: {apiServerConfig: x}\ncreateUserJob: {defaultUser: {}}\n",
            ),
            (
                "1.20.0",
                "_rpcServer: {}\nworkers: {celery: {notAKey: 1}}\n",
            ),
        ] {
            let parsed: ChartRelease = release.parse().unwrap();
            let (older, newer) = parsed.neighbours();
            let judged = judge(release, yaml);
            assert!(!judged.is_empty(), "{release}: {yaml}");
            for d in &judged {
                for text in std::iter::once(&d.message).chain(d.help.as_ref()) {
                    for neighbour in [older, newer] {
                        assert!(
                            !text.contains(&format!("targets {neighbour}"))
                                && !text.contains(&format!("chart {neighbour} takes")),
                            "{release}: {text}"
                        );
                    }
                }
                if d.message.contains("targets") {
                    assert!(
                        d.message.contains(&format!("targets {release}")),
                        "{release}: {}",
                        d.message
                    );
                }
            }
        }
    }

    #[test]
    fn a_modeled_release_keeps_its_findings() {
        let found = findings("apiServer: {}\n", ChartVersion::V1_15_0);
        let judged = judge_from_neighbours(ChartVersion::V1_15_0.into(), &found, &found);
        assert_eq!(judged, found);
    }

    #[test]
    fn only_whole_versions_are_renamed() {
        let mut d = findings("apiServer: {}\n", ChartVersion::V1_13_1).remove(0);
        d.message = "chart 1.13.1, chart 1.13.10 and chart 1.13.1.".to_owned();
        d.help = None;
        assert!(retarget(&mut d, ChartVersion::V1_13_1, "1.14.0"));
        assert_eq!(d.message, "chart 1.14.0, chart 1.13.10 and chart 1.14.0.");
    }
}
