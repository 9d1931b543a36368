//! The library as a deploy tool gets it from crates.io: crates outside this
//! workspace depend on the *packaged* `airflow-values` (what `cargo package`
//! puts in the .crate file, unpacked) with `default-features = false`. So
//! this also verifies that the package builds from its own files, which
//! `.ci/run` then need not repeat in `cargo publish --dry-run`.
//!
//! Two crates use it:
//! - `readme-example` runs the README's library example and pulls in
//!   nothing of the command line;
//! - `deploy` (`tests/downstream/deploy`) builds a production deployment for
//!   chart 1.22.0 and 1.15.0 with builders and domain types only: the
//!   model's structs are `#[non_exhaustive]`, so a struct literal there
//!   would not compile outside this crate. The values it prints must pass
//!   each release's own values.schema.json, render in real Helm with that
//!   release's chart, read back into the model, and give exactly the
//!   findings the deployment deserves.
//!
//! The library is packaged once per run, and both crates are members of one
//! workspace written to a directory of its own under `target/tmp` (removed
//! after a pass), built in one cargo call with the workspace's own target
//! directory, `Cargo.lock` and dev profile, so that dependencies the
//! workspace has built already with the same features are reused. Cargo may
//! fetch what the local cache lacks (crates.io is reachable wherever the
//! tests run); nothing here assumes a warm cache or an earlier run.

mod common;
#[path = "common/helm.rs"]
mod helm;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use airflow_values::check::{Profile, Severity};
use airflow_values::official::{ChartVersion, Values};

/// Crates that belong to the command line and must not reach a library user.
/// (annotate-snippets is not among them: serde-saphyr's deserializer uses it
/// too, so the library has it whatever the command does.)
const CLI_ONLY: &[&str] = &[
    "airflow-values-cli",
    "clap",
    "clap_builder",
    "clap_derive",
    "anyhow",
];

/// The tests of this file that use the built workspace: the last one to
/// pass removes it.
const USERS: usize = 2;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace's target directory (CARGO_TARGET_TMPDIR is `<target>/tmp`).
fn target() -> &'static Path {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target tmp dir has a parent")
}

/// The Rust code block of the README's "As a library" section.
fn readme_library_example() -> String {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md is readable");
    let section = readme
        .split("\n## As a library\n")
        .nth(1)
        .expect("the README has an `## As a library` section");
    let section = section.split("\n## ").next().unwrap_or(section);
    let code = section
        .split("```rust\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("the `## As a library` section has a ```rust block");
    format!("{code}\n")
}

/// Runs cargo in `dir` with `target` as its target directory; fails the test
/// with cargo's errors unless it succeeds.
fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Output {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never")
        // The downstream crates pick the Kubernetes version themselves.
        .env_remove("K8S_OPENAPI_ENABLED_VERSION")
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo {args:?}: {e}"));
    assert!(
        output.status.success(),
        "cargo {args:?} in {} failed:\n{}",
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", parent.display()));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// `cargo package` of the library, unpacked under `dir`: the directory of
/// the packaged crate.
fn packaged_library(dir: &Path) -> PathBuf {
    let target = dir.join("target");
    let target_arg = target.display().to_string();
    cargo(
        repo(),
        &target,
        &[
            "package",
            "--package",
            "airflow-values",
            "--no-verify",
            "--allow-dirty",
            "--target-dir",
            &target_arg,
        ],
    );
    let version = env!("CARGO_PKG_VERSION");
    let file = target.join(format!("package/airflow-values-{version}.crate"));
    let unpack = Command::new("tar")
        .arg("-xzf")
        .arg(&file)
        .arg("-C")
        .arg(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run tar to unpack {}: {e}", file.display()));
    assert!(
        unpack.status.success(),
        "tar -xzf {} failed:\n{}",
        file.display(),
        String::from_utf8_lossy(&unpack.stderr)
    );
    let unpacked = dir.join(format!("airflow-values-{version}"));
    // Nothing of ../shared may be needed (or shipped).
    assert!(
        !unpacked.join("shared").exists(),
        "the package holds shared test data"
    );
    unpacked
}

/// The workspace of the two downstream crates, built once per run.
struct Downstream {
    /// The run's directory under `target/tmp`.
    root: PathBuf,
    /// The workspace directory.
    workspace: PathBuf,
    /// Tests still to use it.
    users: AtomicUsize,
}

impl Downstream {
    /// Packages the library, writes the workspace and builds both crates.
    fn build() -> Downstream {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("downstream-{}-{nanos}", std::process::id()));
        let library = packaged_library(&root.join("package"));
        let library = library.display().to_string();
        let workspace = root.join("workspace");
        write(
            &workspace.join("Cargo.toml"),
            r#"# Not a member of the airflow-values workspace around target/.
[workspace]
members = ["readme-example", "deploy"]
resolver = "3"

# The workspace's dev profile, so that its builds of the dependencies are reused.
[profile.dev]
debug = "line-tables-only"
[profile.dev.package."*"]
debug = false
"#,
        );
        write(
            &workspace.join("readme-example/Cargo.toml"),
            &format!(
                r#"[package]
name = "readme-example"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
airflow-values = {{ path = {library:?}, default-features = false }}
# The binary, not the library, picks the Kubernetes API version. Without
# default features this is the k8s-openapi that .ci/run's package check
# builds (`--features k8s-openapi/latest`), so the two share the build.
k8s-openapi = {{ version = "0.29", default-features = false, features = ["latest"] }}
"#
            ),
        );
        write(
            &workspace.join("readme-example/src/main.rs"),
            &readme_library_example(),
        );
        let source = repo().join("tests/downstream/deploy");
        let manifest = std::fs::read_to_string(source.join("Cargo.toml.in"))
            .expect("the deploy crate's manifest template")
            .replace("@LIBRARY@", &library);
        write(&workspace.join("deploy/Cargo.toml"), &manifest);
        let main = std::fs::read_to_string(source.join("src/main.rs"))
            .expect("the deploy crate's main.rs");
        write(&workspace.join("deploy/src/main.rs"), &main);
        // The workspace's lock file pins the same versions it was built with.
        std::fs::copy(repo().join("Cargo.lock"), workspace.join("Cargo.lock"))
            .expect("copy Cargo.lock");
        cargo(&workspace, target(), &["build", "--quiet", "--workspace"]);
        Downstream {
            root,
            workspace,
            users: AtomicUsize::new(USERS),
        }
    }

    /// The one build of this run.
    fn get() -> &'static Downstream {
        static BUILT: OnceLock<Downstream> = OnceLock::new();
        BUILT.get_or_init(Downstream::build)
    }

    /// Runs cargo for one member of the workspace.
    fn cargo(&self, args: &[&str]) -> Output {
        cargo(&self.workspace, target(), args)
    }

    /// Called by a test that passed: the last one removes the directory. A
    /// failed test never gets here, so the directory stays for a look.
    fn done(&self) {
        if self.users.fetch_sub(1, Ordering::SeqCst) == 1 {
            let _ = std::fs::remove_dir_all(&self.root);
        }
    }
}

#[test]
fn a_crate_outside_the_workspace_uses_the_library_without_cli_dependencies() {
    let built = Downstream::get();
    let tree = built.cargo(&[
        "tree",
        "--package",
        "readme-example",
        "--edges",
        "normal,build",
        "--prefix",
        "none",
    ]);
    let tree = String::from_utf8_lossy(&tree.stdout);
    let names: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert!(names.contains(&"airflow-values"), "{tree}");
    for crate_name in CLI_ONLY {
        assert!(
            !names.contains(crate_name),
            "a library user gets {crate_name}:\n{tree}"
        );
    }

    let output = built.cargo(&["run", "--quiet", "--package", "readme-example"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stdout.starts_with("executor: KubernetesExecutor\n") && stdout.contains("gitSync"),
        "the example's values:\n{stdout}"
    );
    // The production profile has findings for the README's values (no log
    // persistence, images not pinned, …), printed one per line.
    assert!(stderr.contains("AV0"), "the example's findings:\n{stderr}");
    built.done();
}

/// One values file the deploy tool printed.
struct Deployment {
    version: ChartVersion,
    variant: String,
    /// The finding codes the tool's own `validate` gave.
    codes: Vec<String>,
    yaml: String,
}

/// The deploy tool's output, split at its `### <version> <variant> <codes>`
/// lines.
fn deployments(stdout: &str) -> Vec<Deployment> {
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
            Deployment {
                version,
                variant,
                codes,
                yaml: yaml.to_owned(),
            }
        })
        .collect()
}

#[test]
fn a_deploy_tool_builds_a_production_deployment_with_builders_only() {
    let built = Downstream::get();
    let output = built.cargo(&["run", "--quiet", "--package", "deploy"]);
    let outputs = deployments(&String::from_utf8_lossy(&output.stdout));
    let seen: Vec<(String, &str)> = outputs
        .iter()
        .map(|d| (d.version.to_string(), d.variant.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            ("1.22.0".to_owned(), "secret"),
            ("1.22.0".to_owned(), "keys"),
            ("1.15.0".to_owned(), "secret"),
            ("1.15.0".to_owned(), "keys"),
        ]
    );
    for Deployment {
        version,
        variant,
        codes,
        yaml,
    } in &outputs
    {
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

    // Real Helm renders every variant with its release's chart: the schema
    // check and every template, in one run of the oracle.
    let archives: Vec<String> = outputs
        .iter()
        .map(|d| format!("apache-airflow-{}.tgz", d.version))
        .collect();
    let jobs: Vec<helm::HelmJob<'_>> = outputs
        .iter()
        .zip(&archives)
        .map(|(d, archive)| helm::HelmJob {
            id: format!("{} {}", d.version, d.variant),
            archive,
            values: &d.yaml,
            release: airflow_values::check::DEFAULT_RELEASE_NAME,
        })
        .collect();
    let verdicts = helm::verdicts(&jobs);
    let refused: Vec<String> = verdicts
        .iter()
        .filter(|(_, (verdict, _))| *verdict != helm::Verdict::Rendered)
        .map(|(id, (verdict, message))| format!("{id}: Helm {verdict:?}: {message}"))
        .collect();
    assert!(refused.is_empty(), "{}", refused.join("\n"));
    built.done();
}
