//! Every official corpus file upgraded to chart 1.22.0, from 1.13.1 or the
//! oldest release whose keys it uses: the output reads back, keeps every
//! comment line, plans nothing more when upgraded again, and renders in
//! real Helm whenever nothing is left to a person. A summary table of what
//! the upgrade did and left is a reviewed snapshot.

mod common;
#[path = "common/helm.rs"]
mod helm;

use std::collections::BTreeMap;

use airflow_values::check::{CheckOptions, Code, Severity, Source, check};
use airflow_values::edit::fix;
use airflow_values::official::ChartVersion;
use airflow_values::upgrade::plan;

const TARGET: ChartVersion = ChartVersion::V1_22_0;

/// The release the file was apparently written for: 1.13.1, or the oldest
/// later one that has every key the file uses: the fewest keys of other
/// releases, refused (AV0103) or ignored (AV0111).
fn apparent_release(name: &str, text: &str) -> ChartVersion {
    let not_in_release = [Code::new("AV0103"), Code::new("AV0111")];
    let count = |version: ChartVersion| {
        check(
            &[Source::new(name, text.as_bytes())],
            &CheckOptions::new(version),
        )
        .diagnostics()
        .iter()
        .filter(|d| not_in_release.contains(&d.code))
        .count()
    };
    let candidates: Vec<ChartVersion> = ChartVersion::ALL
        .iter()
        .copied()
        .filter(|v| *v >= ChartVersion::V1_13_1)
        .collect();
    let counts: Vec<usize> = candidates.iter().map(|v| count(*v)).collect();
    let least = counts.iter().copied().min().unwrap_or(0);
    candidates[counts.iter().position(|c| *c == least).unwrap_or(0)]
}

/// `check --fix` against the target, round after round, as the command runs
/// it after the plan.
fn fix_for_target(name: &str, mut text: String) -> String {
    for _ in 0..3 {
        let report = check(
            &[Source::new(name, text.as_bytes())],
            &CheckOptions::new(TARGET),
        );
        let fixed = fix(&text, name, report.diagnostics());
        if fixed.applied.is_empty() {
            break;
        }
        text = fixed.text;
    }
    text
}

fn comment_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

#[test]
fn corpus_upgrades_to_1_22_0() {
    let dir = common::shared("corpus/official");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let mut from_counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut changes: BTreeMap<String, usize> = BTreeMap::new();
    let mut manual: BTreeMap<String, usize> = BTreeMap::new();
    let mut manual_keys: BTreeMap<String, usize> = BTreeMap::new();
    let mut left: BTreeMap<String, usize> = BTreeMap::new();
    let mut refused = 0;
    let mut upgraded_files = 0;
    let mut outputs: Vec<(String, String, bool)> = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let Ok(text) = std::fs::read_to_string(path) else {
            panic!("{name}: the corpus files are UTF-8");
        };
        let from = apparent_release(&name, &text);
        *from_counts.entry(from.to_string()).or_default() += 1;
        // As the command does: plan and fix until a plan changes nothing.
        let mut out = text.clone();
        let mut left_to_person: Vec<(String, String)> = Vec::new();
        let mut file_refused = 0;
        for round in 0..3 {
            let start = if round == 0 { from } else { TARGET };
            let planned =
                plan(&out, start, TARGET).unwrap_or_else(|e| panic!("{name}: no plan: {e}"));
            let upgraded = planned.apply(&out);
            for change in &upgraded.applied {
                *changes.entry(change.kind.to_string()).or_default() += 1;
            }
            file_refused += upgraded.refused.len();
            for item in &planned.manual {
                if !left_to_person.iter().any(|(p, _)| *p == item.path) {
                    left_to_person.push((item.path.clone(), item.kind.to_string()));
                }
            }
            let fixed = fix_for_target(&name, upgraded.text.clone());
            let done = fixed == out;
            out = fixed;
            if done {
                break;
            }
        }
        if out != text {
            upgraded_files += 1;
        }
        refused += file_refused;
        for (path, kind) in &left_to_person {
            *manual.entry(kind.clone()).or_default() += 1;
            let code = kind.split(' ').next().unwrap_or_default();
            *manual_keys.entry(format!("{code} {path}")).or_default() += 1;
        }
        // Read back by our reader, with every comment line kept.
        airflow_values::yaml::read_values_tree(out.as_bytes())
            .unwrap_or_else(|e| panic!("{name}: the upgraded file does not read back: {e}"));
        assert_eq!(
            comment_lines(&text),
            comment_lines(&out),
            "{name}: comment lines"
        );
        // Idempotent: upgrading the output again changes nothing.
        let again = plan(&out, TARGET, TARGET).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            again.changes.is_empty(),
            "{name}: a second upgrade plans {:?}\n{out}",
            again.changes
        );
        assert_eq!(
            fix_for_target(&name, out.clone()),
            out,
            "{name}: a second fix"
        );
        let report = check(
            &[Source::new(&name, out.as_bytes())],
            &CheckOptions::new(TARGET),
        );
        let errors: Vec<_> = report
            .diagnostics()
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        for d in &errors {
            *left.entry(format!("{} {}", d.code, d.name)).or_default() += 1;
        }
        let clean = errors.is_empty() && file_refused == 0;
        outputs.push((name, out, clean));
    }
    // One Helm process for every file; each one without an error left (the
    // plan's leftovers are advice Helm does not see) must render.
    let archive = format!("apache-airflow-{TARGET}.tgz");
    let jobs: Vec<helm::HelmJob<'_>> = outputs
        .iter()
        .map(|(name, out, _)| helm::HelmJob {
            id: name.clone(),
            archive: &archive,
            values: out,
            release: "airflow",
        })
        .collect();
    let verdicts = helm::verdicts(&jobs);
    let mut rendered = [0usize; 2];
    for (name, _, clean) in &outputs {
        let (verdict, message) = &verdicts[name];
        if *clean {
            assert_eq!(
                *verdict,
                helm::Verdict::Rendered,
                "{name}: no error is left, but Helm says: {message}"
            );
        }
        rendered[usize::from(!*clean)] += usize::from(*verdict == helm::Verdict::Rendered);
    }
    let clean = outputs.iter().filter(|(_, _, c)| *c).count();
    let mut table = format!(
        "files: {}, changed: {upgraded_files}, without an error left: {clean} (rendered {}), \
         with errors left: {} (rendered anyway {}), changes refused by the editor: {refused}\n",
        outputs.len(),
        rendered[0],
        outputs.len() - clean,
        rendered[1],
    );
    let mut section = |title: &str, counts: &BTreeMap<String, usize>| {
        table.push_str(&format!("\n{title}\n"));
        for (key, count) in counts {
            table.push_str(&format!("{count:>4}  {key}\n"));
        }
    };
    section("upgraded from", &from_counts);
    section("changes made, by kind", &changes);
    section("left to a person by the plan, by kind", &manual);
    section("left to a person by the plan, by key", &manual_keys);
    section("errors check still finds against 1.22.0, by code", &left);
    insta::assert_snapshot!("upgrade_corpus_summary", table);
}
