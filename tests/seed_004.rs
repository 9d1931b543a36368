//! Seed 004's values file (the Azure walkthrough, chart 1.15.0): it reads into
//! the typed model, round-trips as Helm would read it, and the production
//! profile reports each of its problems.

mod common;

use common::code;

use airflow_values::check::Profile;
use airflow_values::official::{ChartVersion, Values};

const SEED: &str = "seed-values/004-aks-airflow_values.yaml";

fn seed(version: ChartVersion) -> Values {
    Values::from_yaml(&common::read_shared(SEED), version).expect("seed 004 parses")
}

#[test]
fn round_trips_as_helm_reads_it() {
    let text = common::read_shared(SEED);
    let values = seed(ChartVersion::V1_15_0);
    let written = values.to_yaml().unwrap();
    assert_eq!(common::tree(&written), common::tree(&text), "{written}");
    assert_eq!(
        Values::from_yaml(&written, ChartVersion::V1_15_0).unwrap(),
        values
    );
    // The explicit `digest: ~` survives.
    assert!(
        written.contains("digest: null") || written.contains("digest: ~"),
        "{written}"
    );
}

#[test]
fn production_profile_reports_each_problem() {
    let report = seed(ChartVersion::V1_15_0).validate(Profile::Production);
    let got: Vec<(&str, String)> = report
        .diagnostics()
        .iter()
        .map(|d| (d.code.as_str(), d.path.to_string()))
        .collect();
    for want in [
        ("AV0201", "images.airflow.digest"),
        ("AV0201", "images.gitSync.tag"),
        ("AV0201", "images.pgbouncer.tag"),
        ("AV0204", "images.airflow.repository"),
        ("AV0204", "images.gitSync"),
        ("AV0303", "postgresql.enabled"),
        ("AV0401", "fernetKeySecretName"),
        ("AV0402", "webserverSecretKeySecretName"),
        ("AV0403", "webserver.defaultUser.password"),
    ] {
        assert!(
            got.iter().any(|(c, p)| (*c, p.as_str()) == want),
            "missing {want:?} in {got:#?}"
        );
    }
    // Logs are on a claim and git-sync uses https: those rules stay quiet.
    for quiet in ["AV0601", "AV0501", "AV0502", "AV0203"] {
        assert!(got.iter().all(|(c, _)| *c != quiet), "{quiet} in {got:#?}");
    }
}

#[test]
fn default_profile_is_quiet_but_for_what_the_chart_gets_wrong() {
    let report = seed(ChartVersion::V1_15_0).validate(Profile::Default);
    let codes: Vec<&str> = report
        .diagnostics()
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    // The seed's `$MY_ACR_REGISTRY` placeholders, and nothing else.
    assert!(
        !codes.is_empty(),
        "AV0204 should fire on the seed's placeholders"
    );
    assert!(codes.iter().all(|c| *c == "AV0204"), "{report}");
}

#[test]
fn on_chart_1_22_0_the_airflow_version_mismatch_is_reported() {
    let report = seed(ChartVersion::V1_22_0).validate(Profile::Default);
    let mismatch: Vec<String> = report
        .with_code(code("AV0203"))
        .map(|d| d.to_string())
        .collect();
    assert!(
        mismatch
            .iter()
            .any(|m| m.contains("2.9.3") && m.contains("3.2.2")),
        "{report}"
    );
}
