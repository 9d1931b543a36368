//! Every Bitnami and community values file of the corpus (and the seeds of
//! those charts) migrates to the official chart 1.22.0, and real Helm
//! renders the result on the official 1.22.0 chart.
//!
//! A key the source chart does not know, or a value of the wrong type, must
//! not stop a migration: it is left out and reported (AV0901) at its line.
//! Helm runs once for all files (one Python process, the chart loaded
//! once). A file Helm refuses after migration is listed in [`NEEDS_A_PERSON`]
//! with why, and its migration report must carry an error saying so; an
//! unlisted refusal fails the test, and so does a listed file that renders.
//!
//! The comments of keys that move one to one go with them: the tests below
//! compare the comment lines kept, on small files and on the corpus.

mod common;
#[path = "common/helm.rs"]
mod helm;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use airflow_values::check::{Chart, Severity, Source};
use airflow_values::migrate::{Migration, from_yaml};
use airflow_values::official::ChartVersion;
use helm::{HelmJob, Verdict};

const TO: ChartVersion = ChartVersion::V1_22_0;
const ARCHIVE: &str = "apache-airflow-1.22.0.tgz";

/// Files whose migrated values Helm refuses because of what the source
/// says, which a person must decide: (file, why). The migration report of
/// each has an error.
const NEEDS_A_PERSON: &[(&str, &str)] = &[(
    "corpus/bitnami/005-vercevo-platform-infra-apps-airflow-values.yaml",
    "the Celery executor (the default) with the bundled Redis off and no external Redis: \
     there is no broker to name",
)];

/// The source files: (name, chart, text).
fn corpus() -> Vec<(String, Chart, String)> {
    let mut files = Vec::new();
    for (folder, chart) in [
        ("corpus/bitnami", Chart::Bitnami),
        ("corpus/community", Chart::Community),
    ] {
        let dir = common::shared(folder);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".yaml") || name.ends_with(".yml"))
            .collect();
        names.sort();
        for name in names {
            let relative = format!("{folder}/{name}");
            files.push((relative.clone(), chart, common::read_shared(&relative)));
        }
    }
    for (seed, chart) in [
        (
            "seed-values/000-aks-legacy-airflow-local.yaml",
            Chart::Community,
        ),
        ("seed-values/001-bitnami-values.yaml", Chart::Bitnami),
    ] {
        files.push((seed.to_owned(), chart, common::read_shared(seed)));
    }
    files
}

fn migrate(name: &str, chart: Chart, text: &str) -> Migration {
    from_yaml(&Source::new(name, text.as_bytes()), chart, TO)
        .unwrap_or_else(|e| panic!("{name} does not migrate: {e}"))
}

/// The comment lines of a YAML text, trimmed, from `#` on (whole-line
/// comments and the ends of lines).
fn comment_lines(yaml: &str) -> Vec<String> {
    yaml.lines()
        .filter_map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with('#') {
                return Some(trimmed.trim_end().to_owned());
            }
            line.find(" #")
                .map(|at| line[at + 1..].trim_end().to_owned())
        })
        .collect()
}

#[test]
fn the_corpus_migrates_and_helm_renders_every_result() {
    let files = corpus();
    assert!(
        files.len() >= 20,
        "the corpus is incomplete: {}",
        files.len()
    );
    let mut outputs = Vec::new();
    let mut summary = String::new();
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    for (name, chart, text) in &files {
        let migration = migrate(name, *chart, text);
        let yaml = migration.to_yaml().expect("the migrated values serialize");
        // Every key left behind is named, with its line in the source.
        for d in migration.report.diagnostics() {
            let line = d.location.as_ref().map(|l| l.line);
            assert!(
                line.is_some_and(|l| l >= 1) && !d.path.is_root(),
                "{name}: {} at `{}` has no line: {}",
                d.code,
                d.path,
                d.message
            );
            if d.code == common::code("AV0901") {
                // Keys the source chart does not have, by the check's code;
                // the converter's reasons up to their first colon.
                let reason = match d.message.split_once("(AV") {
                    Some((_, code))
                        if d.message.starts_with("not carried over: it does not fit") =>
                    {
                        format!("does not fit the source chart (AV{})", &code[..4])
                    }
                    _ => d.message.split(':').next().unwrap_or_default().to_owned(),
                };
                *reasons.entry(reason).or_default() += 1;
            }
        }
        // The comments change nothing Helm reads.
        assert_eq!(
            common::tree(&yaml),
            common::tree(&migration.values.to_yaml().expect("serializes")),
            "{name}: the comments changed the values"
        );
        outputs.push((name.clone(), migration, yaml));
    }
    let jobs: Vec<HelmJob<'_>> = outputs
        .iter()
        .map(|(name, _, yaml)| HelmJob {
            id: name.clone(),
            archive: ARCHIVE,
            values: yaml,
            release: "airflow",
        })
        .collect();
    let verdicts = helm::verdicts(&jobs);
    let listed: BTreeMap<&str, &str> = NEEDS_A_PERSON.iter().copied().collect();
    let mut failures = Vec::new();
    for (name, migration, yaml) in &outputs {
        let (verdict, message) = &verdicts[name];
        let errors = migration
            .report
            .diagnostics()
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        match (verdict, listed.get(name.as_str())) {
            (Verdict::Rendered, None) => {}
            (Verdict::Rendered, Some(_)) => {
                failures.push(format!("{name} renders now: take it out of NEEDS_A_PERSON"));
            }
            (verdict, Some(why)) if errors == 0 => failures.push(format!(
                "{name}: Helm refuses it ({verdict:?}: {why}) but the migration report has no error"
            )),
            (_, Some(_)) => {}
            (verdict, None) => failures.push(format!(
                "{name}: Helm refuses the migrated values ({verdict:?}): {message}\n{yaml}"
            )),
        }
        let _ = writeln!(
            summary,
            "{name}: {verdict:?}, {} not carried over, {} changed, {} error(s)",
            migration.not_migrated(),
            migration
                .report
                .diagnostics()
                .iter()
                .filter(|d| d.code == common::code("AV0902"))
                .count(),
            errors
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    let _ = writeln!(summary, "\nwhy keys were not carried over:");
    let mut by_count: Vec<(&String, &usize)> = reasons.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (reason, count) in by_count {
        let _ = writeln!(summary, "{count:4}  {reason}");
    }
    insta::assert_snapshot!("corpus_migrate_outcomes", summary);
}

/// The comment lines of the source that the migrated YAML has, in order.
fn kept(name: &str, chart: Chart, text: &str) -> Vec<String> {
    let yaml = migrate(name, chart, text).to_yaml().expect("serializes");
    comment_lines(&yaml)
}

#[test]
fn bitnami_comments_go_with_keys_that_move_one_to_one() {
    let source = "\
# The whole file: not about one key.

# How we run tasks.
executor: KubernetesExecutor # decided in 2024
web:
  # Two pods behind the Service.
  replicaCount: 2  # HA
  # Not carried over: the official chart has no such key.
  containerSecurityContext:
    enabled: true
scheduler:
  resources:
    # The limits of the scheduler.
    limits:
      cpu: 1 # one core
";
    assert_eq!(
        kept("bitnami.yaml", Chart::Bitnami, source),
        [
            "# How we run tasks.",
            "# decided in 2024",
            // The official values write the scheduler before the API server.
            "# The limits of the scheduler.",
            "# one core",
            "# Two pods behind the Service.",
            "# HA",
        ]
    );
}

#[test]
fn community_comments_go_with_keys_that_move_one_to_one() {
    let source = "\
airflow:
  image:
    # Our own build.
    repository: example.org/airflow # mirrored
scheduler:
  # Spread over zones.
  nodeSelector:
    zone: a # the first zone
workers:
  # An unknown key: reported, its comment dropped.
  replicaz: 3
";
    let migration = migrate("community.yaml", Chart::Community, source);
    let yaml = migration.to_yaml().expect("serializes");
    assert_eq!(
        comment_lines(&yaml),
        [
            "# Our own build.",
            "# mirrored",
            "# Spread over zones.",
            "# the first zone",
        ],
        "{yaml}"
    );
    assert!(
        yaml.contains("repository: example.org/airflow  # mirrored"),
        "{yaml}"
    );
    let replicaz = migration
        .report
        .diagnostics()
        .iter()
        .find(|d| d.path.to_string() == "workers.replicaz")
        .expect("the unknown key is reported");
    assert_eq!(replicaz.code.as_str(), "AV0901");
    assert_eq!(replicaz.location.as_ref().map(|l| l.line), Some(11));
}

#[test]
fn corpus_comments_kept_are_the_sources_own() {
    let mut total = 0;
    for (name, chart, text) in corpus() {
        let source: Vec<String> = comment_lines(&text);
        let output = kept(&name, chart, &text);
        // Each kept line is one of the source's: none is made up or mangled.
        let known: BTreeSet<&String> = source.iter().collect();
        for line in &output {
            assert!(
                known.contains(line),
                "{name}: `{line}` is not in the source"
            );
        }
        total += output.len();
    }
    assert!(total > 0, "no comment of the corpus was kept");
}

#[test]
fn an_unknown_key_and_a_wrong_type_deep_in_a_list_do_not_stop_the_migration() {
    // `worker` (singular) is not a community key; the second env item's
    // value is a mapping where a string belongs.
    let source = "\
airflow:
  executor: KubernetesExecutor
  extraEnv:
    - name: A
      value: one
    - name: B
      value: {not: text}
    - 7
worker:
  replicas: 2
";
    let migration = migrate("values.yaml", Chart::Community, source);
    let notes: Vec<(String, Option<usize>, Option<String>)> = migration
        .report
        .diagnostics()
        .iter()
        .filter(|d| d.code == common::code("AV0901"))
        .map(|d| {
            (
                d.path.to_string(),
                d.location.as_ref().map(|l| l.line),
                d.help.clone(),
            )
        })
        .collect();
    let found: Vec<(&str, Option<usize>)> = notes
        .iter()
        .map(|(path, line, _)| (path.as_str(), *line))
        .collect();
    assert_eq!(
        found,
        [
            ("airflow.extraEnv[1].value", Some(7)),
            ("airflow.extraEnv[2]", Some(8)),
            ("worker", Some(9)),
        ]
    );
    assert!(
        notes[2]
            .2
            .as_deref()
            .is_some_and(|h| h.contains("did you mean `workers`?")),
        "{notes:?}"
    );
    let yaml = migration.to_yaml().expect("serializes");
    assert!(yaml.contains("executor: KubernetesExecutor"), "{yaml}");
    assert!(yaml.contains("name: A"), "{yaml}");
}

#[test]
fn text_that_is_not_a_mapping_stops_the_migration() {
    for text in ["- a\n- b\n", "a: [b\n"] {
        let result = from_yaml(&Source::new("x.yaml", text.as_bytes()), Chart::Bitnami, TO);
        assert!(result.is_err(), "{text:?} migrated");
    }
}
