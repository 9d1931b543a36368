//! Golden reports: `check` on every official-chart file of the users'
//! corpus, production profile, newest chart version. Each snapshot was read
//! for false positives before it was accepted.

mod common;

use airflow_values::check::{CheckOptions, Profile, Source, check};
use airflow_values::official::ChartVersion;

#[test]
fn official_corpus_reports() {
    let dir = common::shared("corpus/official");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/official is readable")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    assert!(files.len() >= 30, "only {} corpus files", files.len());
    let options = CheckOptions::new(ChartVersion::V1_22_0).profile(Profile::Production);
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).expect("corpus file is readable");
        let report = check(&[Source::new(name.as_str(), bytes)], &options);
        let json = serde_json::to_string_pretty(&report).expect("report serializes");
        let stem = name.trim_end_matches(".yaml").trim_end_matches(".yml");
        insta::assert_snapshot!(format!("official__{}", &stem[..3]), json);
    }
}
