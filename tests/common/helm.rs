//! Real Helm 4 as an oracle: `tests/helm/oracle.py` run by the Python of a
//! venv with PyPI `helm-python-sdk` (pinned), made under `target/helm-venv`
//! on first use (`AIRFLOW_VALUES_HELM_PYTHON` names another interpreter).
//! When the venv cannot be made the test fails and says why; it is never
//! skipped.
//!
//! A test includes it with `#[path = "common/helm.rs"] mod helm;` next to
//! `mod common;`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{Value, json};

/// The pinned oracle: Helm 4's Go SDK as a Python package.
pub const HELM_SDK: &str = "helm-python-sdk==0.2.2";

/// Helm's verdict on one values file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Rendered,
    /// Helm's YAML reader refused the text.
    Parse,
    /// The values schema of the chart or a subchart refused the values.
    Schema,
    /// A template failed: `fail`, `required`, or a type error.
    Template,
}

/// One values file for one chart archive of `../shared/helm-charts`.
pub struct HelmJob<'a> {
    /// Unique among the jobs of one run.
    pub id: String,
    /// The archive's file name, such as `apache-airflow-1.22.0.tgz`.
    pub archive: &'a str,
    pub values: &'a str,
    /// The release name Helm renders with (`airflow` unless a check needs
    /// another).
    pub release: &'a str,
}

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
pub fn oracle_python() -> PathBuf {
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

/// Helm's verdicts and messages, by job id, from one run of the oracle
/// (one Python process for all jobs).
pub fn verdicts(jobs: &[HelmJob<'_>]) -> BTreeMap<String, (Verdict, String)> {
    let charts = crate::common::shared("helm-charts");
    let input: Vec<Value> = jobs
        .iter()
        .map(|j| {
            let path = charts.join(j.archive);
            assert!(path.exists(), "chart archive {} is missing", path.display());
            json!({"id": j.id, "chart": path, "values": j.values, "release": j.release})
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
