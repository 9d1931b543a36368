//! The GitHub Actions workflow users copy: `examples/ci/values-check.yml`
//! is the text the README shows, installs this version of the command, and
//! runs a command line the binary accepts.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_airflow-values");

fn repo_file(relative: &str) -> (PathBuf, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    (path, text)
}

fn example() -> String {
    repo_file("examples/ci/values-check.yml").1
}

/// The ```yaml blocks of the README's "## In CI" section.
fn readme_ci_blocks() -> Vec<String> {
    let (_, readme) = repo_file("README.md");
    let section = readme
        .split("\n## In CI\n")
        .nth(1)
        .expect("the README has an `## In CI` section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section
        .split("```yaml\n")
        .skip(1)
        .filter_map(|rest| rest.split("```\n").next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_readme_shows_the_example_workflow_verbatim() {
    let example = example();
    let blocks = readme_ci_blocks();
    let shown: Vec<&String> = blocks
        .iter()
        .filter(|block| block.contains("airflow-values check --format github"))
        .collect();
    assert_eq!(
        shown.len(),
        1,
        "one GitHub Actions block in the README's `## In CI`: {blocks:#?}"
    );
    if *shown[0] != example {
        let line = shown[0]
            .lines()
            .zip(example.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "the length".to_owned(), |i| format!("line {}", i + 1));
        panic!(
            "README.md and examples/ci/values-check.yml differ at {line}; \
             copy the file into the README\n--- README\n{}\n--- file\n{example}",
            shown[0]
        );
    }
}

#[test]
fn the_example_installs_this_version_of_the_command() {
    let example = example();
    let version = env!("CARGO_PKG_VERSION");
    let install = format!("cargo install --locked airflow-values-cli@{version}\n");
    assert!(
        example.contains(&install),
        "the example should run `{}`:\n{example}",
        install.trim_end()
    );
    // The cache key names the same version, so a new version is built.
    assert!(
        example.contains(&format!("key: airflow-values-cli-{version}-")),
        "{example}"
    );
    let versions = example.matches("airflow-values-cli@").count();
    assert_eq!(versions, 1, "one pinned install in {example}");
}

#[test]
fn the_example_command_line_is_accepted() {
    let example = example();
    let run = example
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("- run: airflow-values "))
        .collect::<Vec<_>>();
    assert_eq!(run.len(), 1, "one `airflow-values` step in {example}");
    let args: Vec<&str> = run[0].split_whitespace().collect();
    assert_eq!(args.first(), Some(&"check"), "{args:?}");

    let dir =
        std::env::temp_dir().join(format!("airflow-values-ci-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {dir:?}: {e}"));
    // An image without a digest: a finding under the production profile.
    std::fs::write(
        dir.join("values.yaml"),
        "images:\n  airflow:\n    repository: myacr.azurecr.io/airflow\n    tag: 2.9.3\n",
    )
    .expect("write values.yaml");
    let output = Command::new(BIN)
        .args(&args)
        .current_dir(&dir)
        .output()
        .expect("run airflow-values");
    let _ = std::fs::remove_dir_all(&dir);

    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(1),
        "the example's command on a values file with findings\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    // GitHub workflow commands, one per finding, at the file and line.
    assert!(
        stdout
            .lines()
            .any(|line| line.starts_with("::error file=values.yaml,line=")),
        "{stdout}"
    );
}
