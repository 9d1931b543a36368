//! Real Helm as the oracle of `check`: every values file here goes through
//! Helm 4 (schema check, then every template, as `helm template` does) and
//! through `check`, and the two must agree on whether Helm refuses it.
//!
//! Helm runs in one Python process per test run (tests/helm/oracle.py, PyPI
//! `helm-python-sdk`, pinned, in the venv `target/helm-venv`;
//! `AIRFLOW_VALUES_HELM_PYTHON` names another interpreter). When the venv is
//! missing the test makes it (python3 and PyPI are all it needs, so the
//! README's test command passes on a fresh machine); when that fails it
//! fails and says why. It is never skipped.
//!
//! "`check` refuses" means at least one finding of severity error whose code
//! is one of [`REFUSAL_CODES`]: the YAML, structure and template-check codes,
//! the causes Helm itself refuses a file for. Other error codes (production
//! rules, secrets, the chart's silent behaviours) are our further findings
//! and do not count either way.
//!
//! Every disagreement must be listed in [`EXPLAINED`] with its reason; an
//! unlisted one fails the test, and so does a listed one that no longer
//! occurs, so the list stays exact.

mod common;
#[path = "common/helm.rs"]
mod helm;

#[allow(dead_code, reason = "the example's `main` is not run here")]
#[path = "../examples/bitnami-git-dags.rs"]
mod bitnami_example;

#[allow(dead_code, reason = "the example's `main` is not run here")]
#[path = "../examples/aks-community-legacy.rs"]
mod community_example;

use std::collections::BTreeMap;

use airflow_values::check::{Chart, CheckOptions, Report, Severity, Source, check};
use airflow_values::official::ChartVersion;
use helm::{HelmJob, Verdict};

/// The structure codes whose errors say "Helm refuses this file" on a chart
/// with a values schema (the official chart): unknown key, wrong type, key
/// of another release, value not allowed. The dialects' charts have no
/// values schema, so there these codes report keys Helm ignores instead.
const SCHEMA_CODES: &[&str] = &["AV0101", "AV0102", "AV0103", "AV0105"];

/// The YAML codes whose errors say Helm cannot read the file.
const YAML_CODES: &[&str] = &["AV0001", "AV0004", "AV0010", "AV0011"];

/// Whether `code` is a template-check code (the charts' `fail`/`required`):
/// AV07xx official, AV1151–AV1199 Bitnami, AV14xx community.
fn is_template_check(code: &str) -> bool {
    code.starts_with("AV07") || code.starts_with("AV14") || is_bitnami_template_check(code)
}

/// AV1151–AV1199: the Bitnami chart's template checks (AV1101–AV1150 are
/// its other rules).
fn is_bitnami_template_check(code: &str) -> bool {
    code.strip_prefix("AV11")
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| n >= 51)
}

/// Why Helm and `check` may disagree on a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reason {
    /// A string the chart runs through `tpl` holds template code (here a
    /// helmfile `{{ .Values | get "…" }}` meant for another tool) that fails
    /// when the chart renders it; `check` does not run template code.
    TemplateCodeInValue,
}

/// Disagreements listed one by one, with their reason: (job id, chart
/// archive, Helm's verdict, reason). Corpus 008 fails on every release the
/// same way.
const EXPLAINED: &[(&str, &str, Verdict, Reason)] = &[
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.10.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.11.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.12.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.13.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.13.1.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.15.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.16.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.18.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.19.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.21.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
    (
        "corpus/official/008-anovv-svoe-ops-helm-values-apache-airflow-airflow.yaml",
        "apache-airflow-1.22.0.tgz",
        Verdict::Template,
        Reason::TemplateCodeInValue,
    ),
];

/// One values file against one chart archive.
struct Job {
    id: String,
    archive: String,
    chart: Chart,
    text: String,
    /// The release name Helm renders with and `check` is told
    /// (`--release-name`).
    release: String,
}

fn archive_of(chart: Chart) -> String {
    match chart {
        Chart::Official(version) => format!("apache-airflow-{version}.tgz"),
        other if other.name() == "bitnami-airflow" => {
            format!("bitnami-airflow-{}.tgz", other.version())
        }
        other => format!("airflow-helm-community-{}.tgz", other.version()),
    }
}

fn job(id: impl Into<String>, chart: Chart, text: impl Into<String>) -> Job {
    let text = text.into();
    // A check that reads the release name says which one its example is
    // for in a first comment line.
    let release = text
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("# release name: "))
        .unwrap_or(airflow_values::check::DEFAULT_RELEASE_NAME)
        .to_owned();
    Job {
        id: id.into(),
        archive: archive_of(chart),
        chart,
        text,
        release,
    }
}

/// Helm's verdicts, by job key, from one run of the oracle.
fn helm_verdicts(jobs: &[Job]) -> BTreeMap<String, (Verdict, String)> {
    let keys: Vec<String> = jobs.iter().map(Job::key).collect();
    let input: Vec<HelmJob<'_>> = jobs
        .iter()
        .zip(&keys)
        .map(|(j, key)| HelmJob {
            id: key.clone(),
            archive: &j.archive,
            values: &j.text,
            release: &j.release,
        })
        .collect();
    helm::verdicts(&input)
}

/// The refusal findings of a report: the codes of its errors that say Helm
/// refuses the file, for this chart.
fn refusals(report: &Report, chart: Chart) -> Vec<&str> {
    let has_schema = chart.official_version().is_some();
    report
        .diagnostics()
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.code.as_str())
        .filter(|c| {
            YAML_CODES.contains(c)
                || is_template_check(c)
                || (has_schema && SCHEMA_CODES.contains(c))
        })
        .collect()
}

/// Whether `check`'s refusals name Helm's cause.
fn agrees(verdict: Verdict, codes: &[&str]) -> bool {
    match verdict {
        Verdict::Rendered => codes.is_empty(),
        Verdict::Parse => codes.iter().any(|c| YAML_CODES.contains(c)),
        Verdict::Schema => codes.iter().any(|c| SCHEMA_CODES.contains(c)),
        Verdict::Template => codes.iter().any(|c| is_template_check(c)),
    }
}

/// The charts a code's template check belongs to.
fn charts_of(code: &str) -> Vec<Chart> {
    if code.starts_with("AV07") {
        ChartVersion::ALL.iter().map(|&v| Chart::from(v)).collect()
    } else if is_bitnami_template_check(code) {
        vec![Chart::Bitnami]
    } else {
        vec![Chart::Community]
    }
}

/// For every template check, the two examples of its `explain` doc (the
/// first YAML block triggers it, the second is one step away), against
/// every release of its chart: where the check does not exist in a
/// release, both must render.
fn template_check_jobs() -> Vec<Job> {
    let mut jobs = Vec::new();
    for explanation in airflow_values::explain::explanations() {
        let code = explanation.code.as_str();
        if !is_template_check(code) {
            continue;
        }
        let blocks = common::template_check_examples(&explanation);
        for chart in charts_of(code) {
            for (kind, text) in [("fires", blocks[0]), ("near", blocks[1])] {
                jobs.push(job(format!("{code}/{kind}"), chart, text));
            }
        }
    }
    assert!(jobs.len() > 40, "template checks are found: {}", jobs.len());
    jobs
}

fn corpus_jobs() -> Vec<Job> {
    let mut jobs = Vec::new();
    let root = common::shared("corpus");
    let mut families: Vec<_> = std::fs::read_dir(&root)
        .expect("corpus lists")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    families.sort_by_key(std::fs::DirEntry::path);
    for family in families {
        let name = family.file_name().to_string_lossy().into_owned();
        let charts: Vec<Chart> = match name.as_str() {
            "official" => ChartVersion::ALL.iter().map(|&v| Chart::from(v)).collect(),
            "bitnami" => vec![Chart::Bitnami],
            "community" => vec![Chart::Community],
            other => panic!("unknown corpus family {other}"),
        };
        let mut files: Vec<_> = std::fs::read_dir(family.path())
            .expect("family lists")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        files.sort();
        for file in files {
            let bytes = std::fs::read(&file).expect("corpus file reads");
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let stem = file.file_name().unwrap().to_string_lossy().into_owned();
            for &chart in &charts {
                jobs.push(job(format!("corpus/{name}/{stem}"), chart, text.clone()));
            }
        }
    }
    jobs
}

/// The outputs of the examples, and of `migrate` on the seeds (and seed
/// 004's values, written for the official chart).
fn generated_jobs() -> Vec<Job> {
    use airflow_values::migrate::{from_bitnami, from_community};
    use airflow_values::presets::AksProduction;
    let mut jobs = Vec::new();
    let bitnami = bitnami_example::values().to_yaml().expect("serializes");
    jobs.push(job("example/bitnami-git-dags", Chart::Bitnami, bitnami));
    let community = community_example::values()
        .expect("the example builds")
        .to_yaml()
        .expect("serializes");
    jobs.push(job(
        "example/aks-community-legacy",
        Chart::Community,
        community,
    ));
    // Bitnami keys rendered with `common.tplvalues.render` take a string.
    for (id, text) in [
        (
            "shapes/bitnami-string-of-yaml",
            "extraEnvVars: |\n  - name: TENANT\n    value: acme\nworker:\n  tolerations: |\n    - key: pool\n      operator: Exists\n",
        ),
        (
            "shapes/bitnami-string-of-template",
            "extraEnvVars: |\n  - name: NS\n    value: {{ .Release.Namespace | quote }}\n",
        ),
    ] {
        jobs.push(job(id, Chart::Bitnami, text));
    }
    let seed_000 = airflow_values::community::Values::from_yaml(&common::read_shared(
        "seed-values/000-aks-legacy-airflow-local.yaml",
    ))
    .expect("seed 000 reads");
    let seed_001 = airflow_values::bitnami::Values::from_yaml(&common::read_shared(
        "seed-values/001-bitnami-values.yaml",
    ))
    .expect("seed 001 reads");
    let seed_004 = common::read_shared("seed-values/004-aks-airflow_values.yaml");
    for &version in ChartVersion::ALL {
        let chart = Chart::from(version);
        let aks = common::walkthrough_preset(version)
            .registry(AksProduction::DEFAULT_REGISTRY)
            .build()
            .expect("the preset builds");
        let yaml = aks.values.to_yaml().expect("serializes");
        jobs.push(job("example/aks-production", chart, yaml));
        let migrated = from_community(&seed_000, version).values.to_yaml();
        jobs.push(job(
            "migrate/seed-000",
            chart,
            migrated.expect("serializes"),
        ));
        let migrated = from_bitnami(&seed_001, version).values.to_yaml();
        jobs.push(job(
            "migrate/seed-001",
            chart,
            migrated.expect("serializes"),
        ));
        jobs.push(job("seed-values/004", chart, seed_004.clone()));
    }
    jobs
}

#[test]
fn check_and_helm_agree_on_whether_helm_refuses() {
    let mut jobs = corpus_jobs();
    jobs.extend(template_check_jobs());
    jobs.extend(generated_jobs());
    let verdicts = helm_verdicts(&jobs);
    let mut table: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    let mut unexplained = Vec::new();
    let mut seen = Vec::new();
    let mut reasons: BTreeMap<Reason, usize> = BTreeMap::new();
    for job in &jobs {
        let key = job.key();
        let (verdict, message) = &verdicts[&key];
        let report = check(
            &[Source::new(job.id.as_str(), job.text.as_bytes())],
            &CheckOptions::new(job.chart).release_name(job.release.as_str()),
        );
        let codes = refusals(&report, job.chart);
        // A triggering example must be refused by its own code.
        let own = job.id.split('/').next().unwrap_or_default();
        let agree = agrees(*verdict, &codes)
            && (!job.id.ends_with("/fires")
                || *verdict != Verdict::Template
                || codes.contains(&own));
        let group = match job.id.split('/').next().unwrap_or_default() {
            "corpus" => "corpus",
            "example" | "migrate" | "seed-values" | "shapes" => "examples, seeds, shapes",
            _ => "template checks",
        };
        let row = table
            .entry(format!("{group}: Helm {verdict:?}"))
            .or_default();
        if agree {
            row[0] += 1;
            continue;
        }
        row[1] += 1;
        match EXPLAINED.iter().position(|(id, archive, v, _)| {
            *id == job.id && *archive == job.archive && v == verdict
        }) {
            Some(i) => {
                seen.push(i);
                *reasons.entry(EXPLAINED[i].3).or_default() += 1;
            }
            None => unexplained.push(format!(
                "{key}: Helm {verdict:?} ({}), check refusals {codes:?}\n{}",
                message.lines().take(3).collect::<Vec<_>>().join(" | "),
                report
            )),
        }
    }
    let stale: Vec<_> = (0..EXPLAINED.len())
        .filter(|i| !seen.contains(i))
        .map(|i| EXPLAINED[i])
        .collect();
    assert!(
        stale.is_empty(),
        "listed disagreements that no longer occur: {stale:?}"
    );
    let mut summary = format!("{} pairs\n", jobs.len());
    for (row, [agree, disagree]) in &table {
        summary.push_str(&format!("{row}: {agree} agree, {disagree} disagree\n"));
    }
    for (reason, count) in &reasons {
        summary.push_str(&format!("disagreement {reason:?}: {count}\n"));
    }
    eprintln!("{summary}");
    assert!(
        unexplained.is_empty(),
        "{} unexplained:\n{}",
        unexplained.len(),
        unexplained.join("\n")
    );
    insta::assert_snapshot!("helm_oracle_agreement", summary);
}

impl Job {
    /// The job's unique name: the file and the chart archive.
    fn key(&self) -> String {
        format!("{}@{}", self.id, self.archive)
    }
}

/// The corpus files after `check --fix` (the library's [`fix`], three rounds
/// as the command runs them): every fixed file that `check` no longer
/// refuses renders with real Helm on its chart (the official files on
/// 1.22.0), in one oracle call, unless Helm fails the original file the
/// same way in a template (a user's `tpl` string that `check` does not run).
#[test]
fn fixed_corpus_files_render() {
    use airflow_values::edit::fix;
    let mut jobs = Vec::new();
    let mut edits = 0;
    for job in corpus_jobs() {
        if !matches!(job.chart, Chart::Official(ChartVersion::V1_22_0))
            && job.chart.official_version().is_some()
        {
            continue;
        }
        let options = CheckOptions::new(job.chart);
        let mut text = job.text.clone();
        for _ in 0..3 {
            let report = check(&[Source::new(job.id.as_str(), text.as_bytes())], &options);
            let fixed = fix(&text, &job.id, report.diagnostics());
            if fixed.applied.is_empty() {
                break;
            }
            edits += fixed.applied.len();
            text = fixed.text;
        }
        if text == job.text {
            continue;
        }
        let report = check(&[Source::new(job.id.as_str(), text.as_bytes())], &options);
        airflow_values::yaml::read_values_tree(text.as_bytes()).expect("fixed text reads");
        if refusals(&report, job.chart).is_empty() {
            jobs.push(self::job(format!("fixed/{}", job.id), job.chart, text));
            jobs.push(job);
        }
    }
    assert!(
        edits > 20 && jobs.len() > 10,
        "{edits} edits, {} files to render",
        jobs.len()
    );
    let verdicts = helm_verdicts(&jobs);
    let refused: Vec<String> = jobs
        .chunks(2)
        .filter_map(|pair| {
            let (verdict, message) = &verdicts[&pair[0].key()];
            let before = &verdicts[&pair[1].key()];
            let same_template_failure =
                *verdict == Verdict::Template && before == &(*verdict, message.clone());
            (*verdict != Verdict::Rendered && !same_template_failure)
                .then(|| format!("{}: {verdict:?}: {message}", pair[0].key()))
        })
        .collect();
    assert!(
        refused.is_empty(),
        "Helm refuses fixed files:\n{}",
        refused.join("\n")
    );
}
