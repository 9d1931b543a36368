//! The committed table of Airflow's configuration
//! (`src/airflow_config/options.tsv`) and its generator.
//!
//! With `AIRFLOW_CONFIG_WHEELS` pointing at a directory of downloaded wheels
//! (see `tools/airflow-config/README.md`), the test runs the generator and
//! requires the committed table to equal its output. Without it, the wheels
//! are not there to compare with, so the test says so and checks the
//! table's own invariants instead: that is a weaker check, not a pass of the
//! comparison.

use std::collections::BTreeSet;
use std::process::Command;

use airflow_values::airflow_config::AirflowConfig;
use airflow_values::official::{AirflowVersion, ChartVersion};

const TABLE: &str = include_str!("../src/airflow_config/options.tsv");

/// Every Airflow version a chart release defaults to, and the newest patch
/// of each minor release from 2.6 to 3.2 on PyPI when the table was made.
const REQUIRED: &[&str] = &[
    "2.6.2", "2.6.3", "2.7.1", "2.7.3", "2.8.1", "2.8.2", "2.8.3", "2.8.4", "2.9.3", "2.10.5",
    "2.11.2", "3.0.2", "3.0.6", "3.1.7", "3.1.8", "3.2.0", "3.2.2",
];

#[test]
fn committed_table_matches_the_generator_or_keeps_its_invariants() {
    match std::env::var("AIRFLOW_CONFIG_WHEELS") {
        Ok(wheels) => matches_generator(&wheels),
        Err(_) => {
            eprintln!(
                "AIRFLOW_CONFIG_WHEELS is unset: NOT comparing options.tsv with the generator; \
                 checking the table's invariants only. To compare or refresh, download the \
                 wheels and run the commands in tools/airflow-config/README.md."
            );
            invariants();
        }
    }
}

fn matches_generator(wheels: &str) {
    let root = env!("CARGO_MANIFEST_DIR");
    let output = Command::new("python3")
        .arg(format!("{root}/tools/airflow-config/generate.py"))
        .arg(wheels)
        .arg("-")
        .output()
        .expect("python3 runs (the generator needs PyYAML)");
    assert!(
        output.status.success(),
        "the generator failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let generated = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        generated == TABLE,
        "src/airflow_config/options.tsv is stale; refresh it with \
         `python3 tools/airflow-config/generate.py {wheels}`"
    );
}

fn invariants() {
    let covered: Vec<AirflowVersion> = AirflowConfig::covered_versions().collect();
    for version in REQUIRED {
        let version: AirflowVersion = version.parse().unwrap();
        assert!(
            covered.contains(&version),
            "the table lacks Airflow {version}"
        );
    }
    for chart in ChartVersion::ALL {
        let version = chart.default_airflow_version();
        assert!(
            covered.contains(&version),
            "chart {chart} defaults to Airflow {version}, which the table does not cover"
        );
    }
    assert!(
        covered.windows(2).all(|w| w[0] < w[1]),
        "versions are sorted"
    );

    let mut options = BTreeSet::new();
    let mut previous = None;
    for line in TABLE.lines().filter(|l| l.starts_with("O\t")) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 8, "{line}");
        assert!(["s", "i", "f", "b"].contains(&fields[3]), "{line}");
        let name = (fields[1], fields[2]);
        assert!(
            previous < Some(name),
            "options are sorted and unique: {line}"
        );
        previous = Some(name);
        options.insert(name);
    }
    assert!(options.len() > 500, "{} options", options.len());
    assert_eq!(AirflowConfig::all_options().count(), options.len());
    // Every rename of the parser's tables points at an option of some version,
    // or at a name that was renamed again.
    let renamed: BTreeSet<(&str, &str)> = TABLE
        .lines()
        .filter_map(|l| match l.split('\t').collect::<Vec<_>>().as_slice() {
            ["R", s, o, ..] => Some((*s, *o)),
            _ => None,
        })
        .collect();
    for line in TABLE.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let target = match fields.as_slice() {
            ["R", _, _, s, o, ..] => Some((*s, *o)),
            // Airflow 3's lint list also names places outside the
            // configuration (`policy.task_policy`), so its targets are not held to this.
            _ => None,
        };
        if let Some(target) = target {
            assert!(
                options.contains(&target) || renamed.contains(&target),
                "{line} points nowhere"
            );
        }
    }
    // A few facts every table must keep.
    let v3 = AirflowConfig::for_version(AirflowVersion::new(3, 2, 2));
    assert!(
        v3.options()
            .any(|o| o.name().to_string() == "core.asset_manager_class")
    );
    assert!(
        v3.options()
            .any(|o| o.name().to_string() == "kubernetes_executor.namespace")
    );
}
