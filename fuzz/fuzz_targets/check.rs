//! `check` on arbitrary bytes: never a panic, whatever the file holds.
//!
//! Each input is checked as a values file against both modeled chart
//! versions (the default profile on the older, the production profile on the
//! newer), read by the crate's YAML reader into a tree, and read into the
//! typed model. libFuzzer reports a panic, a hang (`-timeout`) or memory
//! growth (`-rss_limit_mb`) as a crash.
#![no_main]

use airflow_values::check::{CheckOptions, Profile, Source, check};
use airflow_values::official::{ChartVersion, Values};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for (version, profile) in [
        (ChartVersion::V1_15_0, Profile::Default),
        (ChartVersion::V1_22_0, Profile::Production),
    ] {
        let options = CheckOptions::new(version).profile(profile);
        let report = check(&[Source::new("values.yaml", data)], &options);
        // Rendering the report must not panic either.
        let _ = report.to_string();
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = airflow_values::yaml::from_str::<serde_json::Value>(text);
        let _ = Values::from_yaml(text, ChartVersion::V1_22_0);
    }
});
