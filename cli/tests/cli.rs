//! The `airflow-values` binary, run as users and CI run it: exit codes,
//! output formats, layering, `--set`, chart version detection, `explain`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use airflow_values::explain::explanations;
use airflow_values::official::ChartVersion;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_airflow-values");

/// No finding under the default profile.
const CLEAN: &str = "scheduler:\n  replicas: 2\n";
/// One error: an unknown key (AV0101) on line 2, column 3.
const UNKNOWN_KEY: &str = "scheduler:\n  nodeselector: {}\n";
/// One warning: a duplicate key (AV0002).
const DUPLICATE_KEY: &str = "scheduler:\n  replicas: 1\n  replicas: 2\n";

/// A fresh directory for one test under the system's temporary directory,
/// removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("airflow-values-cli-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {dir:?}: {e}"));
        TempDir(dir)
    }

    /// Writes `text` to `name` (which may be in a subdirectory).
    fn write(&self, name: &str, text: &str) {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .unwrap_or_else(|e| panic!("cannot create {parent:?}: {e}"));
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {path:?}: {e}"));
    }
}

impl std::ops::Deref for TempDir {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(test: &str) -> TempDir {
    TempDir::new(test)
}

/// Writes `files` (name, text) into a fresh directory for `test`.
fn fixture(test: &str, files: &[(&str, &str)]) -> TempDir {
    let dir = TempDir::new(test);
    for (name, text) in files {
        dir.write(name, text);
    }
    dir
}

/// Runs the binary in `dir` with `args`, feeding `stdin`.
fn run_in(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"));
    let mut input = child.stdin.take().expect("stdin is piped");
    // The binary may exit without reading (a usage error): ignore a closed pipe.
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    child
        .wait_with_output()
        .expect("the binary runs to the end")
}

/// Runs `check` on one file with `text` in a fresh directory, plus `args`.
fn check_text(test: &str, text: &str, args: &[&str]) -> Output {
    let dir = fixture(test, &[("values.yaml", text)]);
    let mut all = vec!["check", "values.yaml"];
    all.extend_from_slice(args);
    run_in(&dir, &all, "")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("the binary exits, not killed")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", stdout(output)))
}

/// The text of a file under `../shared`, failing with the path when it is missing.
fn shared(relative: &str) -> (PathBuf, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared")
        .join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}); the tests need the shared seed files",
            path.display()
        )
    });
    (path, text)
}

#[test]
fn exit_codes() {
    for (test, text, args, want) in [
        ("exit-clean", CLEAN, &[][..], 0),
        ("exit-error", UNKNOWN_KEY, &[][..], 1),
        ("exit-warning", DUPLICATE_KEY, &[][..], 0),
        (
            "exit-warning-denied",
            DUPLICATE_KEY,
            &["--deny", "warnings"][..],
            1,
        ),
        (
            "exit-bad-version",
            CLEAN,
            &["--chart-version", "1.9.0"][..],
            2,
        ),
        (
            "exit-bad-chart",
            CLEAN,
            &["--chart", "astronomer/airflow"][..],
            2,
        ),
        ("exit-bad-profile", CLEAN, &["--profile", "strict"][..], 2),
    ] {
        let output = check_text(test, text, args);
        assert_eq!(
            code(&output),
            want,
            "{test}: check {args:?} of {text:?}\nstdout:\n{}\nstderr:\n{}",
            stdout(&output),
            stderr(&output)
        );
    }
}

#[test]
fn a_missing_file_is_named_and_exits_2() {
    let dir = temp_dir("missing-file");
    let output = run_in(&dir, &["check", "no-such-values.yaml"], "");
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("no-such-values.yaml"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn nothing_to_check_is_a_usage_error() {
    let output = run_in(&temp_dir("nothing"), &["check"], "");
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("Usage:"), "{}", stderr(&output));
}

#[test]
fn unmodeled_charts_are_refused_by_name() {
    let output = check_text("dialect", CLEAN, &["--chart", "astronomer/airflow"]);
    assert_eq!(code(&output), 2);
    let err = stderr(&output);
    assert!(
        err.contains("bitnami-airflow") && err.contains("airflow-helm"),
        "{err}"
    );
}

#[test]
fn human_output_shows_the_line_and_a_caret() {
    let output = check_text("human", UNKNOWN_KEY, &[]);
    assert_eq!(code(&output), 1);
    let out = stdout(&output);
    for want in [
        "error[AV0101]",
        "values.yaml:2:3",
        "  nodeselector: {}",
        "^^^^^^^^^^^^ unknown-key",
        "nodeSelector",
        "1 error, 0 warnings, 0 notes",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
    assert!(
        !out.contains('\u{1b}'),
        "colors when stdout is not a terminal:\n{out}"
    );
    assert!(
        stderr(&output).contains("checking against chart 1.22.0"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn json_output_has_the_chart_version_and_every_diagnostic() {
    let output = check_text("json", UNKNOWN_KEY, &["--format", "json"]);
    assert_eq!(code(&output), 1);
    let report = json(&output);
    assert_eq!(report["chart"], "apache-airflow");
    assert_eq!(report["chart_version"], "1.22.0");
    assert_eq!(report["chart_version_source"], "latest");
    assert_eq!(report["profile"], "default");
    let diagnostics = report["diagnostics"].as_array().expect("a list");
    assert_eq!(diagnostics.len(), 1, "{report:#}");
    let d = &diagnostics[0];
    assert_eq!(d["code"], "AV0101");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["suggestion"], "nodeSelector");
    assert_eq!(d["location"]["file"], "values.yaml");
    assert_eq!(d["location"]["line"], 2);
    assert_eq!(d["location"]["column"], 3);
    let mut keys: Vec<&String> = report.as_object().expect("an object").keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "chart",
            "chart_version",
            "chart_version_source",
            "diagnostics",
            "profile"
        ]
    );
    let text = stdout(&output);
    let order: Vec<usize> = [
        "\"chart_version\"",
        "\"chart_version_source\"",
        "\"profile\"",
        "\"diagnostics\"",
    ]
    .iter()
    .map(|field| text.find(field).expect("field present"))
    .collect();
    assert!(order.is_sorted(), "field order in:\n{text}");
}

#[test]
fn github_output_is_one_workflow_command_per_diagnostic() {
    let output = check_text(
        "github",
        &format!("{UNKNOWN_KEY}{}", "  replicas: 1\n  replicas: 2\n"),
        &["--format", "github"],
    );
    assert_eq!(code(&output), 1);
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("::error file=values.yaml,line=2,col=3,title=AV0101 unknown-key::"),
        "{out}"
    );
    assert!(
        lines[0].ends_with(" — did you mean `nodeSelector`?"),
        "{out}"
    );
    assert!(
        lines[1]
            .starts_with("::warning file=values.yaml,line=3,col=3,title=AV0002 duplicate-key::"),
        "{out}"
    );
    for line in lines {
        let (properties, message) = line
            .strip_prefix("::")
            .and_then(|l| l.split_once("::"))
            .unwrap_or_else(|| panic!("not a workflow command: {line}"));
        assert!(!message.contains('\n') && !message.contains('\r'), "{line}");
        let (_, properties) = properties.split_once(' ').expect("properties");
        for property in properties.split(',') {
            let (name, value) = property.split_once('=').expect("name=value");
            assert!(["file", "line", "col", "title"].contains(&name), "{line}");
            if name == "line" || name == "col" {
                assert!(value.parse::<usize>().is_ok_and(|n| n >= 1), "{line}");
            }
        }
    }
}

#[test]
fn sarif_output_is_valid_sarif() {
    let output = check_text(
        "sarif",
        UNKNOWN_KEY,
        &["--format", "sarif", "--profile", "production"],
    );
    assert_eq!(code(&output), 1);
    let log = json(&output);
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        log["$schema"],
        "https://json.schemastore.org/sarif-2.1.0.json"
    );
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "airflow-values");
    assert!(driver["informationUri"].as_str().is_some());
    let rules = driver["rules"].as_array().expect("rules");
    assert!(!rules.is_empty());
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids.len(), rules.len());
    for rule in rules {
        for field in ["name", "shortDescription", "fullDescription", "help"] {
            assert!(!rule[field].is_null(), "{field} of {rule:#}");
        }
    }
    let results = run["results"].as_array().expect("results");
    assert!(results.len() > 1, "production finds more than the typo");
    for result in results {
        let id = result["ruleId"].as_str().expect("ruleId");
        let index = result["ruleIndex"].as_u64().expect("ruleIndex");
        assert!(ids.contains(&id), "{id} is not a rule");
        assert_eq!(rules[index as usize]["id"], id);
        assert!(["error", "warning", "note"].contains(&result["level"].as_str().unwrap_or("")));
        assert!(
            result["message"]["text"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(
            location["artifactLocation"]["uri"], "values.yaml",
            "{result:#}"
        );
        let line = location["region"]["startLine"].as_u64().unwrap_or(0);
        assert!(line >= 1, "{result:#}");
    }
}

#[test]
fn stdin_is_read_for_dash() {
    let dir = temp_dir("stdin");
    let output = run_in(&dir, &["check", "-", "--format", "json"], UNKNOWN_KEY);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["diagnostics"][0]["location"]["file"], "-");
    assert_eq!(report["diagnostics"][0]["location"]["line"], 2);
    let clean = run_in(&dir, &["check", "-"], CLEAN);
    assert_eq!(code(&clean), 0, "{}", stdout(&clean));
}

#[test]
fn later_files_override_earlier_ones() {
    let dir = fixture(
        "layering",
        &[
            ("base.yaml", "scheduler:\n  replicas: two\n"),
            ("fix.yaml", "scheduler:\n  replicas: 2\n"),
        ],
    );
    let base = run_in(&dir, &["check", "base.yaml"], "");
    assert_eq!(code(&base), 1, "{}", stdout(&base));
    assert!(stdout(&base).contains("AV0102"), "{}", stdout(&base));
    let both = run_in(&dir, &["check", "base.yaml", "fix.yaml"], "");
    assert_eq!(code(&both), 0, "{}", stdout(&both));
    // --each-file (the pre-commit hook) checks them apart: the fix does not hide the error.
    let each = run_in(&dir, &["check", "--each-file", "base.yaml", "fix.yaml"], "");
    assert_eq!(code(&each), 1, "{}", stdout(&each));
}

#[test]
fn utf16_files_are_shown_decoded() {
    let dir = temp_dir("utf16");
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(UNKNOWN_KEY.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(dir.join("values.yaml"), bytes).expect("write");
    let output = run_in(&dir, &["check", "values.yaml"], "");
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("  nodeselector: {}") && out.contains('^'),
        "{out}"
    );
}

#[test]
fn a_set_typo_is_reported_at_the_set_argument() {
    let output = check_text(
        "set-typo",
        CLEAN,
        &["--set", "scheduler.replica=2", "--format", "json"],
    );
    assert_eq!(code(&output), 1);
    let report = json(&output);
    let typo = report["diagnostics"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|d| d["code"] == "AV0101")
        .unwrap_or_else(|| panic!("no AV0101 in {report:#}"));
    assert_eq!(typo["location"]["file"], "--set");
    assert_eq!(typo["path"], "scheduler.replica");

    let human = check_text("set-typo-human", CLEAN, &["--set", "scheduler.replica=2"]);
    let out = stdout(&human);
    assert!(out.contains("scheduler.replica=2"), "{out}");
    assert!(out.contains("^^^"), "{out}");
}

#[test]
fn only_set_arguments_are_checked_without_a_file() {
    let dir = temp_dir("set-only");
    let ok = run_in(&dir, &["check", "--set", "scheduler.replicas=2"], "");
    assert_eq!(code(&ok), 0, "{}", stdout(&ok));
    let typo = run_in(&dir, &["check", "--set-string", "scheduler.replica=2"], "");
    assert_eq!(code(&typo), 1, "{}", stdout(&typo));
}

#[test]
fn the_chart_version_comes_from_an_umbrella_chart() {
    let chart = |version: &str| {
        format!(
            "apiVersion: v2\nname: platform\nversion: 0.1.0\ndependencies:\n  \
             - name: airflow\n    version: \"{version}\"\n    repository: https://airflow.apache.org\n"
        )
    };
    for (test, version, want) in [
        ("chart-exact", "1.15.0", "1.15.0"),
        ("chart-tilde", "~1.15.0", "1.15.0"),
        ("chart-wildcard", "1.15.x", "1.15.0"),
        ("chart-caret", "^1.15.0", "1.22.0"),
    ] {
        let dir = fixture(
            test,
            &[("Chart.yaml", &chart(version)), ("values.yaml", CLEAN)],
        );
        let output = run_in(&dir, &["check", "values.yaml", "--format", "json"], "");
        assert_eq!(code(&output), 0, "{test}: {}", stderr(&output));
        let report = json(&output);
        assert_eq!(report["chart_version"], want, "{test}: {version}");
        assert_eq!(report["chart_version_source"], "./Chart.yaml", "{test}");
        let human = run_in(&dir, &["check", "values.yaml"], "");
        assert!(
            stderr(&human).contains(&format!("checking against chart {want} (from ./Chart.yaml")),
            "{test}: {}",
            stderr(&human)
        );
    }

    // The file's own directory counts, not the current one.
    let dir = fixture("chart-subdir", &[]);
    dir.write("deploy/Chart.yaml", &chart("1.15.0"));
    dir.write("deploy/values.yaml", CLEAN);
    let output = run_in(
        &dir,
        &["check", "deploy/values.yaml", "--format", "json"],
        "",
    );
    assert_eq!(json(&output)["chart_version"], "1.15.0");

    // --chart-version wins over the chart file.
    let output = run_in(
        &dir,
        &[
            "check",
            "deploy/values.yaml",
            "--chart-version",
            "1.22.0",
            "--format",
            "json",
        ],
        "",
    );
    let report = json(&output);
    assert_eq!(report["chart_version"], "1.22.0");
    assert_eq!(report["chart_version_source"], "--chart-version");

    // A version that is not modeled is said so, and nothing is checked.
    let dir = fixture(
        "chart-unmodeled",
        &[("Chart.yaml", &chart("~1.9.0")), ("values.yaml", CLEAN)],
    );
    let output = run_in(&dir, &["check", "values.yaml"], "");
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("1.10.0"), "{}", stderr(&output));

    // A constraint resolves to the newest release it allows.
    for (constraint, want) in [
        ("~1.18.0", "1.18.0"),
        ("^1.16", "1.22.0"),
        (">=1.13 <1.16", "1.15.0"),
    ] {
        let dir = fixture(
            "chart-constraint",
            &[("Chart.yaml", &chart(constraint)), ("values.yaml", CLEAN)],
        );
        let report = json(&run_in(
            &dir,
            &["check", "values.yaml", "--format", "json"],
            "",
        ));
        assert_eq!(report["chart_version"], want, "{constraint}");
    }

    // Chart.lock holds the resolved version and comes first.
    let lock = "dependencies:\n- name: airflow\n  repository: https://airflow.apache.org\n  version: 1.15.0\n";
    let dir = fixture(
        "chart-lock",
        &[
            ("Chart.yaml", &chart(">=1.15.0")),
            ("Chart.lock", lock),
            ("values.yaml", CLEAN),
        ],
    );
    let report = json(&run_in(
        &dir,
        &["check", "values.yaml", "--format", "json"],
        "",
    ));
    assert_eq!(report["chart_version"], "1.15.0");
    assert_eq!(report["chart_version_source"], "./Chart.lock");
}

#[test]
fn seed_004_fails_the_production_profile_with_every_finding_on_a_line() {
    let (path, _) = shared("seed-values/004-aks-airflow_values.yaml");
    let path = path.to_string_lossy().into_owned();
    let dir = temp_dir("seed-004");
    let args = [
        "check",
        path.as_str(),
        "--profile",
        "production",
        "--chart-version",
        "1.15.0",
        "--format",
        "json",
    ];
    let output = run_in(&dir, &args, "");
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let report = json(&output);
    let diagnostics = report["diagnostics"].as_array().expect("a list");
    assert!(!diagnostics.is_empty());
    for d in diagnostics {
        assert!(
            d["location"]["line"].as_u64().is_some_and(|l| l >= 1),
            "no line: {d:#}"
        );
    }
}

#[test]
fn explain_prints_the_doc_of_every_code() {
    let dir = temp_dir("explain");
    for explanation in explanations() {
        let code_text = explanation.code.as_str();
        let output = run_in(&dir, &["explain", code_text], "");
        assert_eq!(code(&output), 0, "{code_text}: {}", stderr(&output));
        let out = stdout(&output);
        assert!(
            out.starts_with(&format!("# {code_text} ")),
            "{code_text}:\n{out}"
        );
        let by_name = run_in(&dir, &["explain", explanation.name], "");
        assert_eq!(stdout(&by_name), out, "explain {}", explanation.name);
    }
    let unknown = run_in(&dir, &["explain", "AV9999"], "");
    assert_eq!(code(&unknown), 2);
    assert!(stderr(&unknown).contains("AV9999"), "{}", stderr(&unknown));
    // A misspelt rule name gets the nearest one.
    let rule = explanations().next().expect("at least one code");
    let typo = format!("{}x", rule.name);
    let misspelt = run_in(&dir, &["explain", &typo], "");
    assert_eq!(code(&misspelt), 2);
    let want = format!("the nearest is {} ({})", rule.code, rule.name);
    assert!(stderr(&misspelt).contains(&want), "{}", stderr(&misspelt));
}

#[test]
fn version_lists_the_modeled_chart_versions() {
    let output = run_in(&temp_dir("version"), &["--version"], "");
    assert_eq!(code(&output), 0);
    let out = stdout(&output);
    assert!(
        out.starts_with(&format!(
            "airflow-values {} (apache-airflow chart ",
            env!("CARGO_PKG_VERSION")
        )),
        "{out}"
    );
    for version in ChartVersion::ALL {
        assert!(out.contains(version.as_str()), "{version} missing in {out}");
    }
}

#[test]
fn seed_004_against_every_release_is_one_row_each() {
    let (path, _) = shared("seed-values/004-aks-airflow_values.yaml");
    let path = path.to_string_lossy().into_owned();
    let output = run_in(
        &temp_dir("seed-004-all"),
        &["check", path.as_str(), "--chart-version", "all"],
        "",
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), ChartVersion::ALL.len() + 1, "{out}");
    insta::assert_snapshot!("seed_004_every_release", out);
}

#[test]
fn a_release_without_data_is_judged_from_its_neighbours() {
    // `_rpcServer` exists in chart 1.15.0 only: for 1.14.0 one neighbour
    // has it and the other does not, which is a note. `apiServer` (from
    // 1.16.0) is in neither, which is an error.
    let output = check_text(
        "between",
        "_rpcServer:\n  enabled: false\n",
        &["--chart-version", "1.14.0"],
    );
    assert_eq!(code(&output), 0, "{}", stdout(&output));
    let err = stderr(&output);
    assert!(err.contains("chart 1.14.0"), "{err}");
    assert!(
        err.contains("judged from its neighbours 1.13.1 and 1.15.0"),
        "{err}"
    );
    let out = stdout(&output);
    // A top-level key Helm takes: AV0111, not AV0103.
    assert!(out.contains("note[AV0111]"), "{out}");
    assert!(
        out.contains(
            "`_rpcServer` exists in chart 1.15.0 only; this file targets 1.14.0; Helm takes it \
             without a word, and the chart does not read it (of its neighbours, chart 1.13.1 \
             reports this and 1.15.0 does not"
        ),
        "{out}"
    );
    assert!(!out.contains("targets 1.13.1"), "{out}");

    let output = check_text(
        "between-error",
        "apiServer: {}\n",
        &["--chart-version", "1.14.0"],
    );
    assert_eq!(code(&output), 1, "{}", stdout(&output));
    let out = stdout(&output);
    assert!(out.contains("error[AV0111]"), "{out}");
    assert!(
        out.contains(
            "`apiServer` exists from chart 1.16.0 on; this file targets 1.14.0; Helm takes it \
             without a word, and the chart does not read it (judged from its neighbours 1.13.1 \
             and 1.15.0)"
        ),
        "{out}"
    );
    assert!(!out.contains("targets 1.13.1"), "{out}");

    // 1.20.0: both neighbours (1.19.0, 1.21.0) refuse `_rpcServer`; the
    // finding names 1.20.0, not the neighbour it was taken from.
    let output = check_text(
        "between-1-20",
        "_rpcServer: {}\n",
        &["--chart-version", "1.20.0", "--format", "json"],
    );
    assert_eq!(code(&output), 1, "{}", stdout(&output));
    let out = stdout(&output);
    assert!(
        out.contains(
            "this file targets 1.20.0; Helm takes it without a word, and the chart does not read \
             it (judged from its neighbours 1.19.0 and 1.21.0)"
        ),
        "{out}"
    );
    assert!(!out.contains("targets 1.19.0"), "{out}");
}

#[test]
fn messages_name_the_releases_of_a_key() {
    let output = check_text("range", "apiServer: {}\n", &["--chart-version", "1.13.1"]);
    assert!(
        stdout(&output)
            .contains("`apiServer` exists from chart 1.16.0 on; this file targets 1.13.1"),
        "{}",
        stdout(&output)
    );
    let output = check_text(
        "removed",
        "_rpcServer: {}\n",
        &["--chart-version", "1.22.0"],
    );
    assert!(
        stdout(&output).contains("`_rpcServer` exists in chart 1.15.0 only"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn schema_and_fernet_key_still_work() {
    let dir = temp_dir("schema");
    for version in ChartVersion::ALL {
        let output = run_in(&dir, &["schema", "--chart-version", version.as_str()], "");
        assert_eq!(code(&output), 0);
        assert!(json(&output)["properties"].is_object(), "schema {version}");
    }
    let key = run_in(&dir, &["fernet-key"], "");
    assert_eq!(code(&key), 0);
    assert_eq!(stdout(&key).trim().len(), 44, "{}", stdout(&key));
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let mut child = Command::new(BIN)
        .arg("schema")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // Close the reading end before the schema is written.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the binary exits");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}

/// Seed 004's values with the registry variable expanded, as the shell would.
fn seed_004_values(registry: &str) -> String {
    shared("seed-values/004-aks-airflow_values.yaml")
        .1
        .replace("$MY_ACR_REGISTRY", registry)
}

#[test]
fn images_prints_seed_003_import_commands() {
    let dir = fixture("images-acr", &[("values.yaml", &seed_004_values("myacr"))]);
    let output = run_in(
        &dir,
        &[
            "images",
            "values.yaml",
            "--chart-version",
            "1.15.0",
            "--registry",
            "myacr.azurecr.io",
            "--format",
            "az-acr-import",
        ],
        "",
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 6, "{out}");
    assert!(out.contains(
        "az acr import --name myacr --source docker.io/bitnami/postgresql:16.1.0-debian-11-r15 --image postgresql:16.1.0-debian-11-r15\n"
    ), "{out}");
    assert!(stderr(&output).contains("1.15.0"), "{}", stderr(&output));
}

/// Seed 004 as its walkthrough writes it, `$MY_ACR_REGISTRY` unexpanded:
/// every placeholder is listed with its line; with --registry the
/// placeholder host is that registry, and the commands are the ones for the
/// expanded file.
#[test]
fn images_lists_every_placeholder_or_reads_it_as_the_registry() {
    let raw = shared("seed-values/004-aks-airflow_values.yaml").1;
    let dir = fixture(
        "images-placeholders",
        &[
            ("raw.yaml", &raw),
            ("expanded.yaml", &seed_004_values("myacr")),
        ],
    );
    let listed = run_in(
        &dir,
        &["images", "raw.yaml", "--chart-version", "1.15.0"],
        "",
    );
    assert_eq!(code(&listed), 2, "{}", stderr(&listed));
    let err = stderr(&listed);
    let want_lines: Vec<usize> = raw
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            line.contains("$MY_ACR_REGISTRY") && !line.trim_start().starts_with('#')
        })
        .map(|(i, _)| i + 1)
        .collect();
    assert!(want_lines.len() > 1, "the seed has several placeholders");
    for line in &want_lines {
        assert!(
            err.contains(&format!("raw.yaml:{line}:")),
            "line {line}: {err}"
        );
    }
    assert!(
        err.contains("envsubst") && err.contains("--registry"),
        "{err}"
    );

    let args = |file| {
        vec![
            "images",
            file,
            "--chart-version",
            "1.15.0",
            "--registry",
            "myacr.azurecr.io",
            "--format",
            "az-acr-import",
        ]
    };
    let from_raw = run_in(&dir, &args("raw.yaml"), "");
    let from_expanded = run_in(&dir, &args("expanded.yaml"), "");
    assert_eq!(code(&from_raw), 0, "{}", stderr(&from_raw));
    assert_eq!(stdout(&from_raw), stdout(&from_expanded));
    assert!(
        stdout(&from_raw).contains("--source docker.io/apache/airflow"),
        "{}",
        stdout(&from_raw)
    );
}

#[test]
fn images_table_json_and_list() {
    let dir = fixture(
        "images-formats",
        &[("values.yaml", "executor: KubernetesExecutor\n")],
    );
    let table = run_in(
        &dir,
        &["images", "values.yaml", "--chart-version", "1.22.0"],
        "",
    );
    assert_eq!(code(&table), 0, "{}", stderr(&table));
    let out = stdout(&table);
    assert!(out.starts_with("SLOT"), "{out}");
    assert!(
        out.lines().any(|l| l.starts_with("images.airflow")
            && l.contains("docker.io/apache/airflow:3.2.2")
            && l.ends_with("chart default")),
        "{out}"
    );

    let json_out = run_in(
        &dir,
        &[
            "images",
            "values.yaml",
            "--chart-version",
            "1.22.0",
            "--registry",
            "acme.azurecr.io",
            "--format",
            "json",
        ],
        "",
    );
    assert_eq!(code(&json_out), 0, "{}", stderr(&json_out));
    let doc = json(&json_out);
    assert_eq!(doc["chart_version"], "1.22.0");
    let first = &doc["images"][0];
    assert_eq!(first["slot"], "images.airflow");
    assert_eq!(first["target"], "acme.azurecr.io/airflow:3.2.2");
    assert_eq!(first["origin"], "chart-default");

    let list = run_in(
        &dir,
        &[
            "images",
            "values.yaml",
            "--chart-version",
            "1.22.0",
            "--registry",
            "harbor.example.com",
            "--format",
            "list",
        ],
        "",
    );
    assert_eq!(code(&list), 0, "{}", stderr(&list));
    assert!(
        stdout(&list).contains("quay.io/prometheus/statsd-exporter:v0.30.0 harbor.example.com/statsd-exporter:v0.30.0\n"),
        "{}",
        stdout(&list)
    );

    let values = run_in(
        &dir,
        &[
            "images",
            "values.yaml",
            "--chart-version",
            "1.22.0",
            "--registry",
            "acme.azurecr.io",
            "--format",
            "values",
        ],
        "",
    );
    assert_eq!(code(&values), 0, "{}", stderr(&values));
    assert!(
        stdout(&values).contains("repository: acme.azurecr.io/statsd-exporter\n"),
        "{}",
        stdout(&values)
    );
}

#[test]
fn images_usage_errors_exit_2_and_say_what_to_do() {
    let dir = fixture(
        "images-errors",
        &[
            ("values.yaml", "{}\n"),
            ("bad.yaml", &seed_004_values("$ACR")),
        ],
    );
    for (args, want) in [
        (
            vec!["images", "values.yaml", "--format", "az-acr-import"],
            "needs --registry",
        ),
        (
            vec![
                "images",
                "values.yaml",
                "--registry",
                "harbor.example.com",
                "--format",
                "az-acr-import",
            ],
            "not an Azure Container Registry",
        ),
        (
            vec!["images", "values.yaml", "--registry", "Not A Host"],
            "invalid target registry",
        ),
        (
            vec!["images", "bad.yaml", "--chart-version", "1.15.0"],
            "bad.yaml:5:17: $ACR",
        ),
        (vec!["images", "missing.yaml"], "missing.yaml"),
        (
            vec!["images", "bad.yaml", "--max-input-bytes", "100"],
            "larger than 100 bytes",
        ),
    ] {
        let output = run_in(&dir, &args, "");
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        assert!(
            stderr(&output).contains(want),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_the_limit_named() {
    let big = CLEAN.repeat(100);
    for (flag, stdin) in [("values.yaml", ""), ("-", big.as_str())] {
        let dir = fixture("size-limit", &[("values.yaml", &big)]);
        let output = run_in(
            &dir,
            &[
                "check",
                flag,
                "--max-input-bytes",
                "1024",
                "--format",
                "json",
            ],
            stdin,
        );
        assert_eq!(code(&output), 1, "{flag}: {}", stderr(&output));
        let report = json(&output);
        let diagnostics = report["diagnostics"].as_array().expect("a list");
        assert_eq!(diagnostics.len(), 1, "{flag}: {report}");
        assert_eq!(diagnostics[0]["code"], "AV0001", "{flag}");
        let message = diagnostics[0]["message"].as_str().unwrap_or_default();
        assert!(message.contains("more than 1 KiB"), "{flag}: {message}");

        // The same file under a limit it fits is checked as usual.
        let fits = big.len().to_string();
        let output = run_in(&dir, &["check", flag, "--max-input-bytes", &fits], stdin);
        assert_eq!(code(&output), 0, "{flag}: {}", stdout(&output));
    }
}

#[test]
fn dialects_are_checked_by_name_or_by_the_umbrella_chart() {
    let (_, seed_001) = shared("seed-values/001-bitnami-values.yaml");
    let token = "<Personal-Access-Tokens>";
    assert!(
        seed_001.contains(token),
        "the seed has its token placeholder"
    );
    let dir = fixture("dialect-bitnami", &[("values.yaml", &seed_001)]);
    let output = run_in(
        &dir,
        &["check", "values.yaml", "--chart", "bitnami/airflow"],
        "",
    );
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("checking against chart bitnami-airflow 25.0.4 (from --chart)"),
        "{err}"
    );
    let out = stdout(&output);
    assert!(out.contains("AV1104"), "the token in the git URL:\n{out}");
    assert!(!out.contains(token) && !err.contains(token), "{out}{err}");

    // An umbrella chart on the community chart selects its dialect.
    let chart = "apiVersion: v2\nname: platform\nversion: 0.1.0\ndependencies:\n  \
                 - name: airflow\n    version: 8.9.0\n    \
                 repository: https://airflow-helm.github.io/charts\n";
    let dir = fixture(
        "dialect-community",
        &[
            ("Chart.yaml", chart),
            ("values.yaml", "airflow:\n  executor: KubernetesExecutor\n"),
        ],
    );
    let output = run_in(&dir, &["check", "values.yaml", "--format", "json"], "");
    let report = json(&output);
    assert_eq!(report["chart"], "airflow-helm", "{report:#}");
    assert_eq!(report["chart_version"], "8.9.0");
    assert_eq!(report["chart_version_source"], "./Chart.yaml");
    // … unless the command names the official chart.
    let output = run_in(
        &dir,
        &["check", "values.yaml", "--chart", "apache-airflow"],
        "",
    );
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("--chart airflow-helm"),
        "{}",
        stderr(&output)
    );
    // A dialect is modeled at one version.
    let output = run_in(
        &dir,
        &[
            "check",
            "values.yaml",
            "--chart",
            "airflow-helm",
            "--chart-version",
            "1.15.0",
        ],
        "",
    );
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("leave --chart-version out"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn migrate_writes_official_values_and_reports_what_stayed_behind() {
    let (_, seed_000) = shared("seed-values/000-aks-legacy-airflow-local.yaml");
    let dir = fixture("migrate-community", &[("values.yaml", &seed_000)]);
    let output = run_in(
        &dir,
        &[
            "migrate",
            "--from",
            "airflow-helm",
            "values.yaml",
            "--to-chart-version",
            "1.22.0",
        ],
        "",
    );
    let err = stderr(&output);
    // The migrated values are YAML of the official chart, and pass `check`;
    // some keys stayed behind, so the exit code is 1.
    assert_eq!(code(&output), 1, "{err}");
    let migrated: Value =
        airflow_values::yaml::from_str(&stdout(&output)).expect("the output is YAML");
    assert!(migrated["data"].is_object(), "{migrated:#}");
    assert!(err.contains("the migrated values pass"), "{err}");
    assert!(err.contains("4 key(s) not carried over"), "{err}");
    // What did not carry over is named at its line in the source.
    assert!(
        err.contains("AV0901") && err.contains("values.yaml:"),
        "{err}"
    );
    // No secret of the source reaches the terminal.
    for secret in [
        "passwort-für-azure-container-registry",
        ":foo@",
        "Kontoschlüssel",
    ] {
        assert!(!err.contains(secret), "{secret} in:\n{err}");
    }

    // The official chart's values are not migrated; unreadable ones are errors.
    let output = run_in(
        &dir,
        &["migrate", "--from", "apache-airflow", "values.yaml"],
        "",
    );
    assert_eq!(code(&output), 2);
    // A misspelt key stays behind with its did-you-mean; the rest migrates.
    let dir = fixture(
        "migrate-typo",
        &[(
            "values.yaml",
            "auth:\n  passwrd: x\n# how tasks run\nexecutor: KubernetesExecutor # decided\n",
        )],
    );
    let output = run_in(
        &dir,
        &["migrate", "--from", "bitnami-airflow", "values.yaml"],
        "",
    );
    let err = stderr(&output);
    assert_eq!(code(&output), 1, "{err}");
    assert!(
        err.contains("AV0901") && err.contains("values.yaml:2") && err.contains("`password`"),
        "{err}"
    );
    assert_eq!(
        stdout(&output),
        "# how tasks run\nexecutor: KubernetesExecutor  # decided\n"
    );
    // Everything carried over and the result passes `check`: exit code 0.
    let dir = fixture(
        "migrate-clean",
        &[("values.yaml", "executor: KubernetesExecutor\n")],
    );
    let output = run_in(
        &dir,
        &["migrate", "--from", "bitnami-airflow", "values.yaml"],
        "",
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "executor: KubernetesExecutor\n");
    // Text that is not a YAML mapping stops it, with nothing on stdout.
    let dir = fixture("migrate-bad", &[("values.yaml", "- a\n- b\n")]);
    let output = run_in(
        &dir,
        &["migrate", "--from", "bitnami-airflow", "values.yaml"],
        "",
    );
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).contains("not a YAML mapping"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).is_empty());
}

/// With stdout and stderr on one pipe (`2>&1 | less`, a CI log), the line
/// that names the chart comes before the findings it introduces.
#[test]
fn the_chart_line_comes_before_the_findings_on_one_pipe() {
    let dir = fixture("one-pipe", &[("values.yaml", UNKNOWN_KEY)]);
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!("'{BIN}' check values.yaml 2>&1"))
        .current_dir(&dir.0)
        .output()
        .expect("sh runs");
    let all = String::from_utf8_lossy(&output.stdout);
    let chart = all.find("checking against chart").expect("the chart line");
    let finding = all.find("error[AV0101]").expect("the finding");
    assert!(chart < finding, "{all}");
}

#[test]
fn umbrella_values_are_found_and_checked_under_their_key() {
    let umbrella = "orchestrator:\n  executor: KubernetesExecutor\n  dags: {gitSync: {enabled: false}}\n  schedular: {}\n";
    // Without a chart file: the block is named, with the flag to use.
    let output = check_text("umbrella-bare", umbrella, &["--format", "json"]);
    let report = json(&output);
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["AV0108"], "{report}");
    assert!(
        report.to_string().contains("--values-root orchestrator"),
        "{report}"
    );

    // `--values-root`: the subtree is checked, lines point into the file.
    let output = check_text(
        "umbrella-flag",
        umbrella,
        &["--values-root", "orchestrator", "--format", "json"],
    );
    let report = json(&output);
    let finding = &report["diagnostics"][0];
    assert_eq!(finding["code"], "AV0110", "{report}");
    assert_eq!(finding["path"], "schedular", "{report}");
    assert_eq!(finding["location"]["line"], 4, "{report}");

    // A Chart.yaml whose Airflow dependency has that alias: root and
    // release come from it.
    let chart = "apiVersion: v2\nname: platform\nversion: 0.1.0\ndependencies:\n  \
                 - name: airflow\n    alias: orchestrator\n    version: \"~1.15.0\"\n    \
                 repository: https://airflow.apache.org\n";
    let dir = fixture(
        "umbrella-chart",
        &[("Chart.yaml", chart), ("values.yaml", umbrella)],
    );
    let output = run_in(&dir, &["check", "values.yaml", "--format", "json"], "");
    let report = json(&output);
    assert_eq!(report["chart_version"], "1.15.0", "{report}");
    let finding = &report["diagnostics"][0];
    assert_eq!(finding["path"], "schedular", "{report}");
    assert_eq!(finding["location"]["line"], 4, "{report}");
}

/// `--release-name` reaches the template checks that read `.Release.Name`:
/// the community chart refuses names over 40 characters; the default
/// (`airflow`) passes.
#[test]
fn release_name_reaches_the_community_release_name_check() {
    let values = "workers:\n  replicas: 1\n";
    let args = ["--chart", "airflow-helm", "--format", "json"];
    let output = check_text("release-name-default", values, &args);
    let report = json(&output);
    assert!(!report.to_string().contains("AV1441"), "{report}");
    let long = "airflow-data-platform-production-west-europe";
    let mut with_name = args.to_vec();
    with_name.extend(["--release-name", long]);
    let output = check_text("release-name-long", values, &with_name);
    assert_eq!(code(&output), 1);
    let report = json(&output);
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"AV1441"), "{report}");
}
