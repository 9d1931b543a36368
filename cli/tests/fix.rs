//! `airflow-values check --fix`: files rewritten in place with their
//! comments, `--diff`/`--dry-run` changing nothing, the exit code saying
//! whether anything that fails is left, and every corpus file through
//! `check --fix --diff` as a reviewed snapshot (comment lines kept, a second
//! run changing nothing).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_airflow-values");

/// A directory of its own for one test, removed afterwards.
struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("av-fix-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("write");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
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

const MISTAKES: &str = "\
# my values
images:
  airflow:
    tag: 2.10   # pinned
schedular:
  replicas: 2
config:
  core:
    # the executor
    dag_concurrency: 8
dags:
  gitsync:
    enabled: true
";

const FIXED: &str = "\
# my values
images:
  airflow:
    tag: \"2.10\"   # pinned
scheduler:
  replicas: 2
config:
  core:
    # the executor
    max_active_tasks_per_dag: 8
dags:
  gitSync:
    enabled: true
";

#[test]
fn fix_rewrites_the_file_and_keeps_its_comments() {
    let dir = TempDir::new("rewrite");
    let file = dir.file("values.yaml", MISTAKES);
    let out = run(
        &["check", "--fix", "--chart-version", "1.15.0", "values.yaml"],
        &dir.0,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}\n{}", stdout(&out));
    assert!(err.contains("values.yaml: fixed 4 finding(s)"), "{err}");
    let text = std::fs::read_to_string(&file).expect("read back");
    assert_eq!(text, FIXED);
    // Nothing is left to fix: a second run leaves the file as it is.
    let again = run(
        &["check", "--fix", "--chart-version", "1.15.0", "values.yaml"],
        &dir.0,
    );
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&file).expect("read back"), FIXED);
}

#[test]
fn diff_and_dry_run_change_nothing_and_tell_what_is_left() {
    let dir = TempDir::new("diff");
    let text = format!("{MISTAKES}zzqqxx: 1\n");
    let file = dir.file("values.yaml", &text);
    for flag in ["--diff", "--dry-run"] {
        let out = run(
            &[
                "check",
                "--fix",
                flag,
                "--chart-version",
                "1.15.0",
                "values.yaml",
            ],
            &dir.0,
        );
        // `zzqqxx` has no fix: an error is left, so the exit code is 1.
        assert_eq!(out.status.code(), Some(1), "{flag}");
        let diff = stdout(&out);
        assert!(
            diff.starts_with("--- a/values.yaml\n+++ b/values.yaml\n@@ -1,"),
            "{diff}"
        );
        for line in [
            "-    tag: 2.10   # pinned",
            "+    tag: \"2.10\"   # pinned",
            "-schedular:",
            "+scheduler:",
        ] {
            assert!(
                diff.lines().any(|l| l == line),
                "{flag}: no {line:?} in\n{diff}"
            );
        }
        assert!(
            !diff
                .lines()
                .any(|l| l.contains("zzqqxx") && !l.starts_with(' ')),
            "{diff}"
        );
        assert_eq!(
            std::fs::read_to_string(&file).expect("read"),
            text,
            "{flag} wrote the file"
        );
    }
    // `--diff` needs `--fix`.
    let out = run(&["check", "--diff", "values.yaml"], &dir.0);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_refused_fix_is_named_and_the_others_are_made() {
    let dir = TempDir::new("refused");
    // `schedular` cannot become `scheduler`, which is there already.
    let file = dir.file(
        "values.yaml",
        "scheduler:\n  replicas: 1\nschedular: {}\nimages:\n  airflow:\n    tag: 2.10\n",
    );
    let out = run(
        &["check", "--fix", "--chart-version", "1.22.0", "values.yaml"],
        &dir.0,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("not fixed: rename `schedular` to `scheduler`: `scheduler` is already in the values file"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        "scheduler:\n  replicas: 1\nschedular: {}\nimages:\n  airflow:\n    tag: \"2.10\"\n"
    );
}

/// Every corpus file through `check --fix --diff` against its chart (the
/// official files against 1.22.0), as one reviewed snapshot; the fixed text
/// keeps every comment line, and fixing it again changes nothing.
#[test]
fn corpus_fix_diffs() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    assert!(
        corpus.exists(),
        "{} is missing: the tests read ../shared",
        corpus.display()
    );
    let dir = TempDir::new("corpus");
    let mut all = String::new();
    for (family, chart) in [
        ("official", "apache-airflow"),
        ("bitnami", "bitnami-airflow"),
        ("community", "airflow-helm"),
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(corpus.join(family))
            .expect("corpus family")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        for path in files {
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            dir.file(&name, &text);
            let out = run(
                &["check", "--fix", "--diff", "--chart", chart, &name],
                &dir.0,
            );
            let diff = stdout(&out);
            if diff.is_empty() {
                continue;
            }
            all.push_str(&format!("### {family}/{name}\n{diff}\n"));
            // The fixed text: apply for real in the scratch copy.
            let fixed_out = run(&["check", "--fix", "--chart", chart, &name], &dir.0);
            let fixed = std::fs::read_to_string(dir.0.join(&name)).expect("fixed");
            assert_eq!(
                comment_lines(&text),
                comment_lines(&fixed),
                "{family}/{name}: comments"
            );
            assert_ne!(fixed, text, "{family}/{name}: the diff was not applied");
            assert!(fixed_out.status.code().is_some());
            let again = run(
                &["check", "--fix", "--diff", "--chart", chart, &name],
                &dir.0,
            );
            assert_eq!(
                stdout(&again),
                "",
                "{family}/{name}: a second run changes more"
            );
        }
    }
    insta::assert_snapshot!("corpus_fix_diffs", all);
}

#[test]
fn upgrade_moves_defaults_and_options_and_keeps_comments() {
    use airflow_values::official::ChartVersion;
    let old = ChartVersion::V1_13_1.default_airflow_version().to_string();
    let new = ChartVersion::V1_22_0.default_airflow_version().to_string();
    assert_ne!(old, new);
    let dir = TempDir::new("upgrade");
    let text = format!(
        "# ours\nairflowVersion: \"{old}\" # as shipped\nconfig:\n  core:\n    # per DAG\n    dag_concurrency: 8\nsecurityContext:\n  runAsUser: 50000\n"
    );
    let file = dir.file("values.yaml", &text);
    let args = [
        "upgrade",
        "values.yaml",
        "--from-chart-version",
        "1.13.1",
        "--to-chart-version",
        "1.22.0",
    ];
    let diff = run(&[&args[..], &["--diff"]].concat(), &dir.0);
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        text,
        "--diff wrote the file"
    );
    let out = run(&args, &dir.0);
    let err = String::from_utf8_lossy(&out.stderr);
    let upgraded = std::fs::read_to_string(&file).expect("read");
    assert!(
        upgraded.starts_with(&format!(
            "# ours\nairflowVersion: \"{new}\" # as shipped\nconfig:\n  core:\n    # per DAG\n    max_active_tasks_per_dag: 8\n"
        )),
        "{upgraded}\n{err}"
    );
    assert_eq!(comment_lines(&text), comment_lines(&upgraded));
    assert!(
        err.contains(
            "values.yaml:7: needs a person (AV0911 upgrade-deprecated-key): `securityContext`"
        ),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(diff.status.code(), Some(1));
    assert!(
        stdout(&diff).contains(&format!("+airflowVersion: \"{new}\" # as shipped")),
        "{}",
        stdout(&diff)
    );
}

/// From chart 1.16.0 (Airflow 2) to 1.22.0 (Airflow 3): webserver settings
/// move to the API server, the secret key to `apiSecretKey`, the executor to
/// a list, a worker key to the Celery side, the git-sync tag to the form
/// git-sync v4.4 takes, a renamed variable to its new name; what needs a
/// person is named at its line with its code.
#[test]
fn upgrade_to_airflow_3_moves_what_has_one_answer() {
    let dir = TempDir::new("upgrade-airflow-3");
    let text = "\
# values
webserverSecretKey: not-a-real-secret # fixed
executor: CeleryKubernetesExecutor
webserver:
  # two pods
  replicas: 2
  command: [\"airflow\", \"webserver\"]
workers:
  # more
  replicas: 3
dags:
  gitSync:
    enabled: true
    repo: https://github.com/acme/dags.git
    rev: v1.2.3
env:
  - name: AIRFLOW__WEBSERVER__BASE_URL
    value: https://airflow.example.com
";
    let file = dir.file("values.yaml", text);
    let args = [
        "upgrade",
        "values.yaml",
        "--from-chart-version",
        "1.16.0",
        "--to-chart-version",
        "1.22.0",
    ];
    let out = run(&args, &dir.0);
    let err = String::from_utf8_lossy(&out.stderr);
    let upgraded = std::fs::read_to_string(&file).expect("read");
    assert_eq!(
        upgraded,
        "\
# values
apiSecretKey: not-a-real-secret # fixed
executor: CeleryExecutor,KubernetesExecutor
webserver:
  command: [\"airflow\", \"webserver\"]
workers:
  celery:
    # more
    replicas: 3
dags:
  gitSync:
    enabled: true
    repo: https://github.com/acme/dags.git
    branch: \"\"
    rev: v1.2.3
    ref: v1.2.3
env:
  - name: AIRFLOW__API__BASE_URL
    value: https://airflow.example.com
apiServer:
  # two pods
  replicas: 2
",
        "{err}"
    );
    for line in [
        "values.yaml:6: changed (AV0912 upgrade-webserver-to-api-server): move `webserver.replicas` to `apiServer.replicas`",
        "values.yaml:2: changed (AV0913 upgrade-webserver-secret-key): rename `webserverSecretKey` to `apiSecretKey`",
        "values.yaml:3: changed (AV0914 upgrade-executor-for-airflow-3): set `executor`",
        "values.yaml:10: changed (AV0911 upgrade-deprecated-key): move `workers.replicas` to `workers.celery.replicas`",
        "values.yaml:7: needs a person (AV0912 upgrade-webserver-to-api-server): `webserver.command`",
        "values.yaml:2: needs a person (AV0913 upgrade-webserver-secret-key): `jwtSecretName`",
    ] {
        assert!(err.contains(line), "no {line:?} in\n{err}");
    }
    assert_eq!(out.status.code(), Some(1), "{err}");
    // The codes are explained.
    let explained = run(&["explain", "AV0912"], &dir.0);
    assert_eq!(explained.status.code(), Some(0));
    assert!(stdout(&explained).contains("upgrade-webserver-to-api-server"));
    // Upgrading again changes nothing.
    let again = run(&args, &dir.0);
    assert!(
        !String::from_utf8_lossy(&again.stderr).contains("changed ("),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), upgraded);
}

/// A tag in `ref` only, behind the chart's default branch: `--fix` writes the
/// form every git-sync v4 release follows, with the new keys in the chart's
/// order; a ref that the file's own branch contradicts is left alone.
#[test]
fn fix_rewrites_git_sync_when_one_form_is_right() {
    let dir = TempDir::new("gitsync");
    let text = "dags:\n  gitSync:\n    enabled: true\n    repo: https://github.com/acme/dags.git\n    ref: v1.2.3\n";
    let file = dir.file("values.yaml", text);
    let out = run(
        &["check", "--fix", "--chart-version", "1.22.0", "values.yaml"],
        &dir.0,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        "dags:\n  gitSync:\n    enabled: true\n    repo: https://github.com/acme/dags.git\n    branch: \"\"\n    rev: v1.2.3\n    ref: v1.2.3\n",
        "{err}"
    );
    let chosen = "dags:\n  gitSync:\n    enabled: true\n    repo: https://github.com/acme/dags.git\n    branch: main\n    ref: v1.2.3\n";
    let file = dir.file("values.yaml", chosen);
    let out = run(
        &["check", "--fix", "--chart-version", "1.22.0", "values.yaml"],
        &dir.0,
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        chosen,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
