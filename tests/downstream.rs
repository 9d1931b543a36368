//! The library as a deploy tool gets it from crates.io: a crate outside this
//! workspace depends on `airflow-values` with `default-features = false`, runs
//! the README's library example, and pulls in nothing of the command line.
//!
//! The crate is written under `target/tmp` and built with the workspace's own
//! target directory and `Cargo.lock`, offline: dependencies the workspace has
//! built already are reused, so this costs the library and one small binary.

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

#[test]
fn a_crate_outside_the_workspace_uses_the_library_without_cli_dependencies() {
    // CARGO_TARGET_TMPDIR is `<target dir>/tmp`.
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let target = tmp.parent().expect("the target tmp dir has a parent");
    let dir = tmp.join("downstream");
    std::fs::create_dir_all(dir.join("src")).expect("create the downstream crate");

    let manifest = format!(
        r#"[package]
name = "downstream"
version = "0.0.0"
edition = "2024"
publish = false

# Not a member of the airflow-values workspace around target/.
[workspace]

[dependencies]
airflow-values = {{ path = {repo:?}, default-features = false }}
# The binary, not the library, picks the Kubernetes API version. Without
# default features this is the k8s-openapi that .ci/run's package check
# builds (`--features k8s-openapi/latest`), so the two share the build.
k8s-openapi = {{ version = "0.29", default-features = false, features = ["latest"] }}
"#,
        repo = repo().display().to_string(),
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::write(dir.join("src/main.rs"), readme_library_example()).expect("write main.rs");
    // The workspace's lock file pins the same versions it was built with.
    std::fs::copy(repo().join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");

    let tree = cargo(
        &dir,
        target,
        &[
            "tree",
            "--offline",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
        ],
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

    let run = cargo(&dir, target, &["run", "--offline", "--quiet"]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stdout.starts_with("executor: KubernetesExecutor\n") && stdout.contains("gitSync"),
        "the example's values:\n{stdout}"
    );
    // The production profile has findings for the README's values (no log
    // persistence, images not pinned, …), printed one per line.
    assert!(stderr.contains("AV0"), "the example's findings:\n{stderr}");
}
