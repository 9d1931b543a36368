//! The declared minimum Rust version holds for what users build: no crate in
//! the normal or build dependencies of the library or the command declares a
//! newer `rust-version` than ours.
//!
//! This reads `cargo metadata`, so it checks declarations, not a build with
//! that toolchain. It covers every platform's dependencies (a Windows user
//! builds `anstyle-wincon`, which a Linux build never downloads), so cargo may
//! fetch the manifests of crates the local cache does not hold yet: the test
//! needs the registry, not a warm cache. The standard library APIs the code calls are checked by
//! clippy's `incompatible_msrv` lint, which reads the same `rust-version`.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use serde_json::Value;

/// The packages users build: the library and the command.
const ROOTS: &[&str] = &["airflow-values", "airflow-values-cli"];

/// `1.89` or `1.89.0` as (major, minor, patch).
fn parse_version(text: &str) -> (u64, u64, u64) {
    let mut parts = text.split('.').map(|part| {
        part.parse::<u64>()
            .unwrap_or_else(|e| panic!("rust-version {text:?}: {e}"))
    });
    let major = parts.next().unwrap_or_else(|| panic!("empty rust-version"));
    (major, parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

#[test]
fn parse_version_reads_short_and_long_forms() {
    for (text, want) in [
        ("1.89", (1, 89, 0)),
        ("1.85.1", (1, 85, 1)),
        ("2", (2, 0, 0)),
    ] {
        assert_eq!(parse_version(text), want, "{text:?}");
    }
    assert!(parse_version("1.90") > parse_version("1.89.9"));
}

#[test]
fn no_dependency_declares_a_newer_rust_version() {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        // `--locked`: the versions are the lock file's, as users of
        // `cargo install --locked` get them. Not `--offline`: the cache of a
        // machine holds only its own platform's crates.
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo metadata");
    assert!(
        output.status.success(),
        "cargo metadata failed (it needs crates.io for manifests the cache lacks):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).expect("cargo metadata is JSON");

    let ours = env!("CARGO_PKG_RUST_VERSION");
    assert!(!ours.is_empty(), "Cargo.toml declares no rust-version");
    let ours = parse_version(ours);

    let packages: BTreeMap<&str, &Value> = metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|package| (package["id"].as_str().expect("package id"), package))
        .collect();
    let nodes: BTreeMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .expect("resolve nodes")
        .iter()
        .map(|node| (node["id"].as_str().expect("node id"), node))
        .collect();

    // Walk the normal and build edges from the two packages users build.
    let mut todo: Vec<&str> = packages
        .iter()
        .filter(|(_, package)| ROOTS.contains(&package["name"].as_str().unwrap_or("")))
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(
        todo.len(),
        ROOTS.len(),
        "both packages are in the workspace"
    );
    let mut seen = BTreeSet::new();
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes[id]["deps"].as_array().expect("deps") {
            let users_build_it = dep["dep_kinds"]
                .as_array()
                .expect("dep_kinds")
                .iter()
                .any(|kind| kind["kind"].as_str() != Some("dev"));
            if users_build_it {
                todo.push(dep["pkg"].as_str().expect("dep pkg"));
            }
        }
    }
    // The library's own dependencies are among them.
    let names: BTreeSet<&str> = seen
        .iter()
        .map(|id| packages[id]["name"].as_str().expect("name"))
        .collect();
    for name in ["serde", "k8s-openapi", "serde-saphyr", "clap"] {
        assert!(names.contains(name), "{name} not found in {names:?}");
    }
    // Windows users build the command too (clap's terminal support pulls in
    // `windows-sys` there): the walk covers platforms other than this one.
    assert!(
        names.iter().any(|name| name.starts_with("windows")),
        "no Windows-only dependency was walked: is the metadata filtered to one platform? {names:?}"
    );

    let newer: Vec<String> = seen
        .iter()
        .filter_map(|id| {
            let package = packages[id];
            let declared = package["rust_version"].as_str()?;
            (parse_version(declared) > ours).then(|| {
                format!(
                    "{} {} needs Rust {declared}",
                    package["name"].as_str().unwrap_or("?"),
                    package["version"].as_str().unwrap_or("?")
                )
            })
        })
        .collect();
    assert!(
        newer.is_empty(),
        "dependencies need a newer Rust than rust-version {}: {newer:#?}; \
         raise rust-version or pin older versions",
        env!("CARGO_PKG_RUST_VERSION")
    );
}
