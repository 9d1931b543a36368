//! The library as a deploy tool gets it from crates.io: a crate outside this
//! workspace depends on the *packaged* `airflow-values` (what `cargo package`
//! puts in the .crate file, unpacked) with `default-features = false`, runs
//! the README's library example, and pulls in nothing of the command line.
//! So this also verifies that the package builds from its own files, which
//! `.ci/run` then need not repeat in `cargo publish --dry-run`.
//!
//! The crate is written to a directory of its own under `target/tmp`, made
//! for this run and removed after it, and built with the workspace's own
//! target directory, `Cargo.lock` and dev profile, so that dependencies the
//! workspace has built already with the same features are reused. Cargo may
//! fetch what the local cache lacks (crates.io is reachable wherever the
//! tests run); nothing here assumes a warm cache or an earlier run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
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

fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Output {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never")
        // The downstream crate picks the Kubernetes version itself.
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

/// A directory for this run only, removed when dropped (kept if the test
/// fails, for a look at what was built).
struct RunDir(PathBuf);

impl RunDir {
    fn new(parent: &Path, name: &str) -> RunDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = parent.join(format!("{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        RunDir(dir)
    }
}

impl Drop for RunDir {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
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

#[test]
fn a_crate_outside_the_workspace_uses_the_library_without_cli_dependencies() {
    // CARGO_TARGET_TMPDIR is `<target dir>/tmp`.
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let target = tmp.parent().expect("the target tmp dir has a parent");
    let run = RunDir::new(&tmp, "downstream");
    let dir = run.0.join("crate");
    std::fs::create_dir_all(dir.join("src")).expect("create the downstream crate");
    let package = packaged_library(&run.0.join("package"));

    let manifest = format!(
        r#"[package]
name = "downstream"
version = "0.0.0"
edition = "2024"
publish = false

# Not a member of the airflow-values workspace around target/.
[workspace]

[dependencies]
airflow-values = {{ path = {package:?}, default-features = false }}
# The binary, not the library, picks the Kubernetes API version. Without
# default features this is the k8s-openapi that .ci/run's package check
# builds (`--features k8s-openapi/latest`), so the two share the build.
k8s-openapi = {{ version = "0.29", default-features = false, features = ["latest"] }}

# The workspace's dev profile, so that its builds of the dependencies are reused.
[profile.dev]
debug = "line-tables-only"
[profile.dev.package."*"]
debug = false
"#,
        package = package.display().to_string(),
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::write(dir.join("src/main.rs"), readme_library_example()).expect("write main.rs");
    // The workspace's lock file pins the same versions it was built with.
    std::fs::copy(repo().join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");

    let tree = cargo(
        &dir,
        target,
        &["tree", "--edges", "normal,build", "--prefix", "none"],
    );
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

    let output = cargo(&dir, target, &["run", "--quiet"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stdout.starts_with("executor: KubernetesExecutor\n") && stdout.contains("gitSync"),
        "the example's values:\n{stdout}"
    );
    // The production profile has findings for the README's values (no log
    // persistence, images not pinned, …), printed one per line.
    assert!(stderr.contains("AV0"), "the example's findings:\n{stderr}");
}
