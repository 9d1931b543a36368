//! The verdict for a chart release without data (1.14.0, 1.17.0, 1.20.0),
//! from the findings of the modeled releases on either side.

use super::{Diagnostic, Severity};
use crate::official::{ChartRelease, ChartVersion};

/// The findings for `release` from those of its two modeled neighbours
/// (see [`ChartRelease::neighbours`]): a finding both report stands; one that
/// only one of them reports becomes a note that says which.
///
/// The neighbours' messages say "this file targets 1.13.1" where they mean
/// the release the file targets; here they name `release`. A message that
/// states a fact of one neighbour ("chart 1.13.1's default", "chart 1.13.1
/// takes one executor") keeps it, and says that `release` is judged from
/// its neighbours. For a modeled release, the findings of `older` are
/// returned as they are (both sides are that release's).
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
///     "`apiServer` exists from chart 1.16.0 on; this file targets 1.14.0; Helm \
///      takes it without a word, and the chart does not read it (judged from its \
///      neighbours 1.13.1 and 1.15.0)"
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
    let both = |d: &Diagnostic| {
        let mut d = d.clone();
        if retarget(&mut d.message, older, name) {
            d.message.push_str(&format!(
                " (judged from its neighbours {older} and {newer})"
            ));
        } else if names_chart(&d.message, older) {
            d.message.push_str(&format!(
                " (chart {name} has no data of its own: it is judged from its neighbours \
                 {older} and {newer}, which both report this)"
            ));
        }
        d
    };
    let only_in = |d: &Diagnostic, reporter: ChartVersion, other: ChartVersion| {
        let mut note = d.clone();
        retarget(&mut note.message, reporter, name);
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
            out.push(both(d));
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

/// The positions in `text` where `version` stands as a whole version after
/// `lead` (`1.13.1` does not match the start of `1.13.10`).
fn mentions(text: &str, lead: &str, version: ChartVersion) -> Vec<usize> {
    let needle = format!("{lead}{version}");
    text.match_indices(&needle)
        .map(|(at, _)| at)
        .filter(|at| {
            let mut next = text[at + needle.len()..].chars();
            !matches!(
                (next.next(), next.next()),
                (Some('0'..='9'), _) | (Some('.'), Some('0'..='9'))
            )
        })
        .collect()
}

/// Whether `text` names chart `version` (a fact of that release).
fn names_chart(text: &str, version: ChartVersion) -> bool {
    !mentions(text, "chart ", version).is_empty()
}

/// Makes "this file targets `reporter`" in `text` name `name` instead;
/// whether it did.
fn retarget(text: &mut String, reporter: ChartVersion, name: &str) -> bool {
    const LEAD: &str = "this file targets ";
    let found = mentions(text, LEAD, reporter);
    let width = LEAD.len() + reporter.as_str().len();
    for at in found.iter().rev() {
        text.replace_range(at + LEAD.len()..at + width, name);
    }
    !found.is_empty()
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
        let rpc = judged
            .iter()
            .find(|d| d.path.to_string() == "_rpcServer")
            .unwrap();
        assert_eq!(rpc.severity, Severity::Note);
        assert_eq!(
            rpc.message,
            "`_rpcServer` exists in chart 1.15.0 only; this file targets 1.14.0; Helm takes it \
             without a word, and the chart does not read it (of its neighbours, chart 1.13.1 \
             reports this and 1.15.0 does not; 1.14.0 has no data of its own, so this is a \
             note, not an error)"
        );
        let api = judged
            .iter()
            .find(|d| d.path.to_string() == "apiServer")
            .unwrap();
        assert_eq!(api.severity, Severity::Error);
        // The top level takes any key: Helm renders a key of other releases
        // there too (AV0111).
        assert_eq!(api.code.as_str(), "AV0111");
        assert_eq!(
            api.message,
            "`apiServer` exists from chart 1.16.0 on; this file targets 1.14.0; Helm takes it \
             without a word, and the chart does not read it (judged from its neighbours 1.13.1 \
             and 1.15.0)"
        );
        let unknown = judged
            .iter()
            .find(|d| d.path.to_string() == "notAKey")
            .unwrap();
        assert_eq!(unknown.severity, Severity::Error);
        // The top level takes any key (AV0110): Helm renders it and loses it.
        assert_eq!(unknown.code.as_str(), "AV0110");
        assert_eq!(
            unknown.message,
            "`notAKey` is not a key of the chart; Helm takes it without a word, and the chart \
             does not read it"
        );
    }

    /// No finding for a release without data names a neighbour as the
    /// release the file targets, whichever neighbour it came from, and one
    /// that names a neighbour's facts names the release asked for too.
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
            let mut named_a_neighbour = 0;
            for d in &judged {
                for neighbour in [older, newer] {
                    assert!(
                        !d.message.contains(&format!("targets {neighbour}")),
                        "{release}: {}",
                        d.message
                    );
                }
                let about_a_release = d.message.contains("targets ")
                    || names_chart(&d.message, older)
                    || names_chart(&d.message, newer);
                if about_a_release {
                    named_a_neighbour += 1;
                    assert!(
                        d.message.contains(&format!("targets {release}"))
                            || d.message.contains(&format!("chart {release} has no data")),
                        "{release}: {}",
                        d.message
                    );
                }
            }
            assert!(named_a_neighbour > 0, "{release}: {judged:#?}");
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
        let mut text = "this file targets 1.13.10; this file targets 1.13.1.".to_owned();
        assert!(retarget(&mut text, ChartVersion::V1_13_1, "1.14.0"));
        assert_eq!(text, "this file targets 1.13.10; this file targets 1.14.0.");
        let mut other = "this file targets 1.13.10, chart 1.13.1".to_owned();
        assert!(!retarget(&mut other, ChartVersion::V1_13_1, "1.14.0"));
        assert!(names_chart(&other, ChartVersion::V1_13_1));
        assert!(!names_chart("chart 1.13.10", ChartVersion::V1_13_1));
    }

    /// A fact of one neighbour stays that neighbour's, and the message says
    /// the release asked for is judged from both.
    #[test]
    fn a_neighbours_fact_stays_its_own() {
        let judged = judge("1.14.0", "executor: CeleryExecutor,KubernetesExecutor\n");
        let executor = judged
            .iter()
            .find(|d| d.path.to_string() == "executor")
            .unwrap();
        assert!(
            executor
                .message
                .starts_with("chart 1.13.1 takes one executor"),
            "{}",
            executor.message
        );
        assert!(
            executor.message.ends_with(
                "(chart 1.14.0 has no data of its own: it is judged from its neighbours 1.13.1 \
                 and 1.15.0, which both report this)"
            ),
            "{}",
            executor.message
        );
    }
}
