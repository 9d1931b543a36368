//! Each chart's own values.yaml and the users' values files read into the
//! model and write back as values Helm reads the same.

mod common;

use airflow_values::official::{ChartVersion, ReadError, Values};
use serde_json::Value;

fn assert_round_trip(name: &str, text: &str, version: ChartVersion) {
    let values = Values::from_yaml(text, version)
        .unwrap_or_else(|e| panic!("{name} does not read into the {version} model: {e}"));
    let written = values.to_yaml().expect("serializes");
    let (before, after) = (common::helm_tree(text), common::helm_tree(&written));
    if let Some(difference) = common::first_difference(&before, &after, "") {
        panic!("{name} changes on the way through ({version}): {difference}");
    }
}

#[test]
fn chart_defaults_read_and_write_back_unchanged() {
    for &version in ChartVersion::ALL {
        let text = common::read_shared(&format!("charts/apache-airflow/{version}/values.yaml"));
        assert_round_trip("the chart's values.yaml", &text, version);
    }
}

/// The official-chart files of the corpus, with their text.
fn corpus() -> Vec<(String, String)> {
    let dir = common::shared("corpus/official");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/official is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).expect("corpus file is readable");
            // Files that are not UTF-8 are the YAML reader's business (issue
            // of `check`); the model's round trip is about UTF-8 YAML.
            let text = String::from_utf8(bytes).ok()?;
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((name, text.trim_start_matches('\u{feff}').to_owned()))
        })
        .collect()
}

#[test]
fn corpus_files_that_upstream_accepts_read_and_write_back_unchanged() {
    let mut checked = 0;
    for &version in ChartVersion::ALL {
        let upstream = common::upstream_validator(version.as_str());
        for (name, text) in corpus() {
            let Ok(tree) = airflow_values::yaml::from_str::<Value>(&text) else {
                continue;
            };
            if !tree.is_object() || !upstream.is_valid(&tree) {
                continue;
            }
            // Files with keys that upstream lets through only because it
            // leaves their parent open are rejected here on purpose; the
            // differential test (official_differential.rs) lists them.
            if let Err(ReadError::Structure { .. }) = Values::from_yaml(&text, version) {
                continue;
            }
            assert_round_trip(&name, &text, version);
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} corpus files were checked");
    eprintln!("{checked} (file, version) pairs round-tripped");
}
