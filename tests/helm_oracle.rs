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

#[allow(dead_code, reason = "the example's `main` is not run here")]
#[path = "../examples/bitnami-git-dags.rs"]
mod bitnami_example;

#[allow(dead_code, reason = "the example's `main` is not run here")]
#[path = "../examples/aks-community-legacy.rs"]
mod community_example;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use airflow_values::check::{Chart, CheckOptions, Report, Severity, Source, check};
use airflow_values::official::ChartVersion;
use serde_json::{Value, json};

/// The structure codes whose errors say "Helm refuses this file" on a chart
/// with a values schema (the official chart): unknown key, wrong type, key
/// of another release, value not allowed. The dialects' charts have no
/// values schema, so there these codes report keys Helm ignores instead.
const SCHEMA_CODES: &[&str] = &["AV0101", "AV0102", "AV0103", "AV0105"];

/// The YAML codes whose errors say Helm cannot read the file.
const YAML_CODES: &[&str] = &["AV0001", "AV0004", "AV0010", "AV0011"];

/// Whether `code` is a template-check code (the charts' `fail`/`required`):
/// AV07xx official, AV115x Bitnami, AV14xx community.
fn is_template_check(code: &str) -> bool {
    code.starts_with("AV07") || code.starts_with("AV115") || code.starts_with("AV14")
}

/// Helm's verdict on one values file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    Rendered,
    /// Helm's YAML reader refused the text.
    Parse,
    /// The values schema of the chart or a subchart refused the values.
    Schema,
    /// A template failed: `fail`, `required`, or a type error.
    Template,
}

/// Why Helm and `check` may disagree on a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reason {
    /// Helm renders, and `check` reports keys as unknown (AV0101) or of
    /// another release (AV0103): keys that the chart's schema does not
    /// have at that place, in a mapping it leaves open, so Helm's schema
    /// check lets them through and no template reads them. The test checks
    /// each such key against the release's values.schema.json.
    IgnoredKeyInOpenMapping,
    /// A string the chart runs through `tpl` holds template code (here a
    /// helmfile `{{ .Values | get "…" }}` meant for another tool) that fails
    /// when the chart renders it; `check` does not run template code.
    TemplateCodeInValue,
}

/// Disagreements listed one by one, with their reason: (job id, chart
/// archive, Helm's verdict, reason). Corpus 008 fails on every release the
/// same way. The reasons checked by rule
/// ([`Reason::IgnoredKeyInOpenMapping`]) are not listed here.
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
    Job {
        id: id.into(),
        archive: archive_of(chart),
        chart,
        text: text.into(),
    }
}

/// The pinned oracle: Helm 4's Go SDK as a Python package.
const HELM_SDK: &str = "helm-python-sdk==0.2.2";

/// Whether `python` imports the oracle (from outside the package's folder,
/// whose `logging.py` would hide the standard one).
fn has_oracle(python: &Path) -> bool {
    Command::new(python)
        .args(["-c", "import helm_python"])
        .current_dir(std::env::temp_dir())
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs an install step, failing the test with its output.
fn install_step(program: &Path, args: &[&str]) {
    let output = Command::new(program)
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot install the Helm oracle: {} does not run ({e}); the test needs \
                 python3 with venv and pip, and PyPI",
                program.display()
            )
        });
    assert!(
        output.status.success(),
        "cannot install the Helm oracle ({} {args:?}):\n{}",
        program.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The Python interpreter of the oracle's venv, made on first use: in a
/// directory of its own, then moved into place, so that two runs at once
/// do not step on each other.
fn oracle_python() -> PathBuf {
    if let Some(path) = std::env::var_os("AIRFLOW_VALUES_HELM_PYTHON") {
        return PathBuf::from(path);
    }
    // CARGO_TARGET_TMPDIR is `<target dir>/tmp`, wherever the target dir is.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target tmp dir has a parent");
    let venv = target.join("helm-venv");
    let python = venv.join("bin/python");
    if has_oracle(&python) {
        return python;
    }
    let fresh = target.join(format!("helm-venv-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&fresh);
    let fresh_arg = fresh.display().to_string();
    install_step(Path::new("python3"), &["-m", "venv", &fresh_arg]);
    install_step(
        &fresh.join("bin/python"),
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            HELM_SDK,
        ],
    );
    let _ = std::fs::remove_dir_all(&venv);
    if std::fs::rename(&fresh, &venv).is_err() {
        // Another run moved its venv in first.
        let _ = std::fs::remove_dir_all(&fresh);
    }
    assert!(
        has_oracle(&python),
        "the Helm oracle was installed but {} does not import helm_python",
        python.display()
    );
    python
}

/// Helm's verdicts, by job id, from one run of the oracle.
fn helm_verdicts(jobs: &[Job]) -> BTreeMap<String, (Verdict, String)> {
    let charts = common::shared("helm-charts");
    let input: Vec<Value> = jobs
        .iter()
        .map(|j| {
            let path = charts.join(&j.archive);
            assert!(path.exists(), "chart archive {} is missing", path.display());
            json!({"id": j.key(), "chart": path, "values": j.text})
        })
        .collect();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/helm/oracle.py");
    let python = oracle_python();
    let mut child = Command::new(&python)
        .arg(&script)
        // Not the package's folder: its `logging.py` would hide the standard one.
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "the Helm oracle does not start ({}: {e}); remove target/helm-venv \
                 to have it made again ({HELM_SDK})",
                python.display()
            )
        });
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let payload = serde_json::to_vec(&input).expect("jobs serialize");
    let writer = std::thread::spawn(move || stdin.write_all(&payload));
    let output = child.wait_with_output().expect("the Helm oracle runs");
    writer
        .join()
        .expect("the writer thread ends")
        .expect("the jobs reach the oracle");
    assert!(
        output.status.success(),
        "the Helm oracle failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let mut verdicts = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let row: Value = serde_json::from_str(line).expect("the oracle writes JSON lines");
        let verdict = match row["verdict"].as_str() {
            Some("rendered") => Verdict::Rendered,
            Some("parse") => Verdict::Parse,
            Some("schema") => Verdict::Schema,
            Some("template") => Verdict::Template,
            other => panic!("unknown verdict {other:?}"),
        };
        let id = row["id"].as_str().expect("id").to_owned();
        let message = row["message"].as_str().unwrap_or_default().to_owned();
        verdicts.insert(id, (verdict, message));
    }
    assert_eq!(
        verdicts.len(),
        jobs.len(),
        "one verdict per job, ids unique"
    );
    verdicts
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
    } else if code.starts_with("AV115") {
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
    for explanation in airflow_values::check::explanations() {
        let code = explanation.code.as_str();
        if !is_template_check(code) {
            continue;
        }
        let blocks: Vec<&str> = explanation
            .doc
            .split("```yaml\n")
            .skip(1)
            .filter_map(|b| b.split("```").next())
            .collect();
        assert_eq!(
            blocks.len(),
            2,
            "{code}: the doc has a triggering and a near example"
        );
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

/// A key path as its segments (`a.b[0].c` → `a`, `b`, `0`, `c`).
fn segments(path: &str) -> Vec<String> {
    path.split(['.', '[', ']'])
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether the release's values.schema.json lacks the key at `path` in a
/// mapping it leaves open (no `additionalProperties: false`), following
/// `$ref` and list items.
fn ignored_by_schema(schema: &Value, path: &str) -> bool {
    let resolve = |node: &Value| -> Value {
        match node.get("$ref").and_then(Value::as_str) {
            Some(r) => schema["definitions"][r.rsplit('/').next().unwrap_or_default()].clone(),
            None => node.clone(),
        }
    };
    let segments = segments(path);
    let Some((last, parents)) = segments.split_last() else {
        return false;
    };
    let mut node = resolve(schema);
    for segment in parents {
        node = if segment.parse::<usize>().is_ok() {
            resolve(&node["items"])
        } else {
            match node["properties"].get(segment) {
                Some(child) => resolve(child),
                // An ancestor that is itself unknown: reported at that key.
                None => return false,
            }
        };
    }
    node["properties"].get(last).is_none() && node["additionalProperties"] != json!(false)
}

/// Whether every refusal of a rendered file is a key Helm lets through.
fn only_ignored_keys(job: &Job, report: &Report) -> bool {
    let Some(version) = job.chart.official_version() else {
        return false;
    };
    let schema: Value = serde_json::from_str(&common::read_shared(&format!(
        "charts/apache-airflow/{version}/values.schema.json"
    )))
    .expect("the upstream schema is JSON");
    report
        .diagnostics()
        .iter()
        .filter(|d| d.severity == Severity::Error && SCHEMA_CODES.contains(&d.code.as_str()))
        .all(|d| {
            matches!(d.code.as_str(), "AV0101" | "AV0103") && ignored_by_schema(&schema, &d.path)
        })
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
            &CheckOptions::new(job.chart),
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
        if *verdict == Verdict::Rendered && only_ignored_keys(job, &report) {
            *reasons.entry(Reason::IgnoredKeyInOpenMapping).or_default() += 1;
            continue;
        }
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
