//! Golden reports: `check` on every file of the users' corpus, production
//! profile, newest chart version. Each snapshot was read for false positives
//! before it was accepted.
//!
//! The community (airflow-helm) and Bitnami files are checked against their
//! own charts' dialects (the `community` and `bitnami` features, which the
//! workspace's test build has on), production profile as well.

mod common;

use airflow_values::check::{Chart, CheckOptions, Profile, Source, check};
use airflow_values::official::ChartVersion;

fn reports(family: &str, chart: Chart, at_least: usize) {
    let dir = common::shared(&format!("corpus/{family}"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} is not readable: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    assert!(files.len() >= at_least, "only {} corpus files", files.len());
    let options = CheckOptions::new(chart).profile(Profile::Production);
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).expect("corpus file is readable");
        let report = check(&[Source::new(name.as_str(), bytes)], &options);
        let json = serde_json::to_string_pretty(&report).expect("report serializes");
        // Snapshots are named by the number the corpus files start with
        // (`001-…`); by characters, so no name can split a character.
        let key: String = name.chars().take(3).collect();
        insta::assert_snapshot!(format!("{family}__{key}"), json);
    }
}

#[test]
fn official_corpus_reports() {
    reports("official", ChartVersion::V1_22_0.into(), 30);
}

#[cfg(feature = "community")]
#[test]
fn community_corpus_reports() {
    reports("community", Chart::Community, 15);
}

#[cfg(feature = "bitnami")]
#[test]
fn bitnami_corpus_reports() {
    reports("bitnami", Chart::Bitnami, 5);
}
