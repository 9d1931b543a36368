//! Keys the chart renders as templates take a string: plain YAML inside is
//! checked as the structure, with lines inside the string; template code is
//! left alone, with a note under the production profile.

mod common;

use airflow_values::check::{Chart, CheckOptions, Profile, Report, Source, check};

fn run(text: &str, profile: Profile) -> Report {
    check(
        &[Source::new("values.yaml", text.as_bytes())],
        &CheckOptions::new(Chart::Bitnami).profile(profile),
    )
}

/// The structure findings (AV01xx): code, key path, place.
fn codes(report: &Report) -> Vec<(String, String, String)> {
    common::findings_at(report, |d| {
        d.code.area() == airflow_values::check::Area::Structure
    })
}

#[test]
fn a_block_string_of_plain_yaml_is_checked_as_the_list_it_holds() {
    let text = "extraEnvVars: |\n  - name: TENANT\n    value: acme\n";
    let report = run(text, Profile::Production);
    assert!(codes(&report).is_empty(), "{report}");

    // A typo inside the string is found, at its line and column.
    let text = "worker:\n  extraEnvVars: |\n    - name: TENANT\n      valeu: acme\n";
    let report = run(text, Profile::Default);
    assert_eq!(
        codes(&report),
        vec![(
            "AV0110".to_owned(),
            "worker.extraEnvVars[0].valeu".to_owned(),
            "values.yaml:4:7".to_owned()
        )],
        "{report}"
    );
}

#[test]
fn template_code_is_not_checked_and_a_note_says_so_under_production_only() {
    let text = "extraEnvVars: |\n  - name: NS\n    value: {{ .Release.Namespace | quote }}\n";
    assert!(codes(&run(text, Profile::Default)).is_empty());
    let report = run(text, Profile::Production);
    assert_eq!(
        codes(&report),
        vec![(
            "AV0109".to_owned(),
            "extraEnvVars".to_owned(),
            "values.yaml:1:1".to_owned()
        )],
        "{report}"
    );
}

#[test]
fn a_string_where_the_chart_does_not_render_a_template_is_still_a_wrong_type() {
    let report = run("auth:\n  username: [a]\n", Profile::Default);
    assert_eq!(codes(&report)[0].0, "AV0102", "{report}");
}

fn run_official(text: &str, profile: Profile) -> Report {
    check(
        &[Source::new("values.yaml", text.as_bytes())],
        &CheckOptions::new(airflow_values::official::ChartVersion::V1_22_0).profile(profile),
    )
}

#[test]
fn the_official_extra_env_string_is_checked_as_a_list_of_env_vars() {
    // The chart's schema wants text here; the text holds `EnvVar`s.
    let text = "extraEnv: |\n  - name: TENANT\n    value: acme\n  - name: DB\n    valueFrom:\n      secretKeyRef: {name: db, key: url}\n";
    let report = run_official(text, Profile::Production);
    assert!(codes(&report).is_empty(), "{report}");

    let text = "executor: KubernetesExecutor\nextraEnv: |\n  - name: TENANT\n    valeu: acme\n";
    let report = run_official(text, Profile::Default);
    assert_eq!(
        codes(&report),
        vec![(
            "AV0101".to_owned(),
            "extraEnv[0].valeu".to_owned(),
            "values.yaml:4:5".to_owned()
        )],
        "{report}"
    );
    // A mapping where the list goes.
    let report = run_official("extraEnv: |\n  TENANT: acme\n", Profile::Default);
    assert_eq!(codes(&report)[0].0, "AV0102", "{report}");
    assert_eq!(codes(&report)[0].1, "extraEnv", "{report}");
}

#[test]
fn the_official_extra_env_from_string_is_checked_as_env_from_sources() {
    let text = "extraEnvFrom: |\n  - secretRef: {name: app}\n";
    assert!(codes(&run_official(text, Profile::Production)).is_empty());
    let text = "extraEnvFrom: |\n  - secretRef: {name: app}\n  - secretRefs: {name: other}\n";
    let report = run_official(text, Profile::Default);
    assert_eq!(
        codes(&report),
        vec![(
            "AV0101".to_owned(),
            "extraEnvFrom[1].secretRefs".to_owned(),
            "values.yaml:3:5".to_owned()
        )],
        "{report}"
    );
}

#[test]
fn official_template_code_is_not_checked_and_noted_under_production_only() {
    let text = "extraEnv: |\n  - name: NS\n    valeu: {{ .Release.Namespace | quote }}\n";
    assert!(codes(&run_official(text, Profile::Default)).is_empty());
    let report = run_official(text, Profile::Production);
    assert_eq!(
        codes(&report),
        vec![(
            "AV0109".to_owned(),
            "extraEnv".to_owned(),
            "values.yaml:1:1".to_owned()
        )],
        "{report}"
    );
}
