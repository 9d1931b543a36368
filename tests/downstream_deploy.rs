//! A deploy tool written as a crate of its own (`tests/downstream/deploy`)
//! builds a production deployment for chart 1.22.0 and 1.15.0 against the
//! *packaged* library, with builders and domain types only: the model's
//! structs are `#[non_exhaustive]`, so a struct literal there would not
//! compile outside this crate. The values it prints must pass each
//! release's own values.schema.json, read back into the model, and give
//! exactly the findings the deployment deserves.
//!
//! The crate is copied into a fresh temporary directory and built with the
//! workspace's target directory and `Cargo.lock` (so dependencies already
//! built are reused); cargo may fetch what is missing.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use airflow_values::check::{Profile, Severity};
use airflow_values::official::{ChartVersion, Values};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(mut command: Command, what: &str) -> String {
    let output = command
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("K8S_OPENAPI_ENABLED_VERSION")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    assert!(
        output.status.success(),
        "{what} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// A directory of its own under the system's temporary directory.
fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("airflow-values-deploy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).expect("create the temporary crate");
    dir
}

/// `cargo package` of the library, unpacked under `dir`.
fn packaged_library(dir: &Path, target: &Path) -> PathBuf {
    let mut package = cargo();
    package
        .current_dir(repo())
        .args([
            "package",
            "--package",
            "airflow-values",
            "--no-verify",
            "--allow-dirty",
            "--target-dir",
        ])
        .arg(target);
    run(package, "cargo package");
    let version = env!("CARGO_PKG_VERSION");
    let file = target.join(format!("package/airflow-values-{version}.crate"));
    let mut unpack = Command::new("tar");
    unpack.arg("-xzf").arg(&file).arg("-C").arg(dir);
    run(unpack, "tar -xzf");
    dir.join(format!("airflow-values-{version}"))
}

/// The deploy tool's output: (chart version, variant, finding codes, YAML).
fn deploy_output() -> Vec<(ChartVersion, String, Vec<String>, String)> {
    let dir = temp_dir();
    let source = repo().join("tests/downstream/deploy");
    let library = packaged_library(&dir, &dir.join("package-target"));
    let manifest = std::fs::read_to_string(source.join("Cargo.toml.in"))
        .expect("the deploy crate's manifest template")
        .replace("@LIBRARY@", &library.display().to_string());
    let crate_dir = dir.join("deploy");
    std::fs::create_dir_all(crate_dir.join("src")).expect("create the deploy crate");
    std::fs::write(crate_dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::copy(source.join("src/main.rs"), crate_dir.join("src/main.rs")).expect("copy main.rs");
    std::fs::copy(repo().join("Cargo.lock"), crate_dir.join("Cargo.lock"))
        .expect("copy Cargo.lock");
    // CARGO_TARGET_TMPDIR is `<target dir>/tmp`: reuse the workspace's builds.
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target tmp dir has a parent")
        .to_path_buf();
    let mut build = cargo();
    build
        .current_dir(&crate_dir)
        .env("CARGO_TARGET_DIR", &target)
        .args(["run", "--quiet"]);
    let stdout = run(build, "cargo run of the deploy crate");
    let _ = std::fs::remove_dir_all(&dir);

    stdout
        .split("### ")
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (head, yaml) = part.split_once('\n').expect("a header line");
            let mut words = head.split(' ');
            let version: ChartVersion = words
                .next()
                .expect("a version")
                .parse()
                .expect("a chart version");
            let variant = words.next().expect("a variant").to_owned();
            let codes = words
                .next()
                .unwrap_or_default()
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect();
            (version, variant, codes, yaml.to_owned())
        })
        .collect()
}

#[test]
fn a_deploy_tool_builds_a_production_deployment_with_builders_only() {
    let outputs = deploy_output();
    let seen: Vec<(String, String)> = outputs
        .iter()
        .map(|(v, name, ..)| (v.to_string(), name.clone()))
        .collect();
    assert_eq!(
        seen,
        [
            ("1.22.0".to_owned(), "secret".to_owned()),
            ("1.22.0".to_owned(), "keys".to_owned()),
            ("1.15.0".to_owned(), "secret".to_owned()),
            ("1.15.0".to_owned(), "keys".to_owned()),
        ]
    );
    for (version, variant, codes, yaml) in &outputs {
        let at = format!("{version} {variant}");
        // The upstream schema of that release accepts it.
        let validator = common::upstream_validator(version.as_str());
        let tree = common::tree(yaml);
        let errors: Vec<String> = validator
            .iter_errors(&tree)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{at}: upstream schema rejects:\n{}\n{yaml}",
            errors.join("\n")
        );

        // It reads back, and the findings are the same from the file.
        let values =
            Values::from_yaml(yaml, *version).unwrap_or_else(|e| panic!("{at}: {e}\n{yaml}"));
        let report = values.validate(Profile::Production);
        let mut read: Vec<String> = (&report).into_iter().map(|d| d.code.to_string()).collect();
        let mut built = codes.clone();
        read.sort();
        built.sort();
        assert_eq!(read, built, "{at}: {report}");
        assert!(
            !(&report).into_iter().any(|d| d.severity == Severity::Error),
            "{at}: {report}"
        );
        // KEDA reads the user's metadata Secret (AV0307) only in that variant;
        // nothing else is left to fix.
        let want: &[&str] = if variant == "secret" {
            &["AV0307"]
        } else {
            &[]
        };
        assert_eq!(built, want, "{at}: {report}");

        // git-sync follows the tag on every release: an empty branch.
        assert!(
            yaml.contains("branch: ''") || yaml.contains("branch: \"\""),
            "{at}:\n{yaml}"
        );
        assert!(
            yaml.contains("rev: v1.2.3") && yaml.contains("ref: v1.2.3"),
            "{at}:\n{yaml}"
        );
        assert!(
            yaml.contains("existingClaim: airflow-logs"),
            "{at}:\n{yaml}"
        );
        // Celery worker settings sit where the release wants them.
        let celery = tree["workers"].get("celery").is_some();
        assert_eq!(celery, *version >= ChartVersion::V1_22_0, "{at}:\n{yaml}");
    }
}
