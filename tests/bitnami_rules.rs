//! Each Bitnami rule fires where it should and stays quiet where it should not.

mod common;

use airflow_values::bitnami::Values;
use airflow_values::check::Profile;

/// `(code, path)` of every finding of `profile` on `yaml`.
fn findings(yaml: &str, profile: Profile) -> Vec<(String, String)> {
    let values = Values::from_yaml(yaml).unwrap_or_else(|e| panic!("test input reads: {e}"));
    values
        .validate(profile)
        .diagnostics()
        .iter()
        .map(|d| (d.code.as_str().to_owned(), d.path.to_string()))
        .collect()
}

fn has(yaml: &str, profile: Profile, code: &str, path: &str) -> bool {
    findings(yaml, profile)
        .iter()
        .any(|(c, p)| c == code && p == path)
}

fn count(yaml: &str, profile: Profile, code: &str) -> usize {
    findings(yaml, profile)
        .iter()
        .filter(|(c, _)| c == code)
        .count()
}

const SECURED: &str = "
auth:
  existingSecret: airflow-auth
postgresql:
  auth:
    existingSecret: airflow-postgresql
redis:
  auth:
    existingSecret: airflow-redis
";

#[test]
fn a_secured_file_has_no_findings_in_either_profile() {
    assert_eq!(findings(SECURED, Profile::Default), []);
    assert_eq!(findings(SECURED, Profile::Production), []);
}

#[test]
fn av1101_empty_auth_keys_warn_in_the_default_profile_only() {
    let empty = "auth:\n  fernetKey: \"\"\n";
    assert!(has(empty, Profile::Default, "AV1101", "auth.fernetKey"));
    assert!(has(empty, Profile::Default, "AV1101", "auth.password"));
    assert_eq!(count(empty, Profile::Production, "AV1101"), 0);
    assert_eq!(count(SECURED, Profile::Default, "AV1101"), 0);
}

#[test]
fn av1102_empty_auth_keys_are_errors_in_production() {
    let empty = "auth:\n  secretKey: \"\"\n";
    assert!(has(empty, Profile::Production, "AV1102", "auth.secretKey"));
    assert_eq!(count(empty, Profile::Production, "AV1102"), 4);
    assert_eq!(count(empty, Profile::Default, "AV1102"), 0);
    assert_eq!(count(SECURED, Profile::Production, "AV1102"), 0);
}

#[test]
fn av1103_plain_text_secrets_are_reported_in_production_without_their_value() {
    let yaml = "auth:\n  existingSecret: s\n  fernetKey: 2r3EPAQ-Fzc-rAexn5ltRsnaUP9QjoVi7Z36I3AcyZ4=\nexternalDatabase:\n  password: hunter2hunter2\n";
    assert!(has(yaml, Profile::Production, "AV1103", "auth.fernetKey"));
    assert!(has(
        yaml,
        Profile::Production,
        "AV1103",
        "externalDatabase.password"
    ));
    assert_eq!(count(yaml, Profile::Default, "AV1103"), 0);
    assert_eq!(count(SECURED, Profile::Production, "AV1103"), 0);
    let report = Values::from_yaml(yaml)
        .unwrap()
        .validate(Profile::Production)
        .to_string();
    assert!(
        !report.contains("hunter2") && !report.contains("2r3EPAQ"),
        "{report}"
    );
}

#[test]
fn av1104_credentials_in_repository_urls_are_errors_and_never_echoed() {
    let seed = common::read_shared("seed-values/001-bitnami-values.yaml");
    assert!(has(
        &seed,
        Profile::Default,
        "AV1104",
        "git.dags.repositories[0].repository"
    ));
    let current = "dags:\n  repositories:\n    - repository: https://bot:ghp_abcdef123456@github.com/acme/dags.git\n      name: dags\n";
    assert!(has(
        current,
        Profile::Default,
        "AV1104",
        "dags.repositories[0].repository"
    ));
    let report = Values::from_yaml(current)
        .unwrap()
        .validate(Profile::Default)
        .to_string();
    assert!(
        !report.contains("ghp_abcdef123456") && !report.contains("bot:"),
        "{report}"
    );
    assert!(
        report.contains("https://***@github.com/acme/dags.git"),
        "{report}"
    );
    let clean = "dags:\n  repositories:\n    - repository: https://github.com/acme/dags.git\n      name: dags\n";
    assert_eq!(count(clean, Profile::Production, "AV1104"), 0);
}

#[test]
fn av1105_well_known_subchart_passwords_are_errors_while_the_subchart_runs() {
    let yaml = "postgresql:\n  auth:\n    password: airflow\n    postgresPassword: Postgres\nredis:\n  auth:\n    password: redis\n";
    assert!(has(
        yaml,
        Profile::Default,
        "AV1105",
        "postgresql.auth.password"
    ));
    assert!(has(
        yaml,
        Profile::Default,
        "AV1105",
        "postgresql.auth.postgresPassword"
    ));
    assert!(has(yaml, Profile::Default, "AV1105", "redis.auth.password"));
    let legacy = "postgresql:\n  postgresqlPassword: password\n";
    assert!(has(
        legacy,
        Profile::Default,
        "AV1105",
        "postgresql.postgresqlPassword"
    ));
    let off = "postgresql:\n  enabled: false\n  auth:\n    password: airflow\n";
    assert_eq!(count(off, Profile::Default, "AV1105"), 0);
    let strong = "postgresql:\n  auth:\n    password: Zq8-vT4m-LxW2-pN7r\n";
    assert_eq!(count(strong, Profile::Default, "AV1105"), 0);
}

#[test]
fn av1106_bundled_subcharts_without_a_managed_password_warn() {
    assert!(has(
        "{}",
        Profile::Default,
        "AV1106",
        "postgresql.auth.existingSecret"
    ));
    assert!(has(
        "{}",
        Profile::Default,
        "AV1106",
        "redis.auth.existingSecret"
    ));
    let open = "redis:\n  auth:\n    enabled: false\n";
    assert!(has(open, Profile::Default, "AV1106", "redis.auth.enabled"));
    let external = "postgresql:\n  enabled: false\nredis:\n  enabled: false\n";
    assert_eq!(count(external, Profile::Default, "AV1106"), 0);
    assert_eq!(count(SECURED, Profile::Default, "AV1106"), 0);
}

#[test]
fn av1107_legacy_keys_name_their_current_key() {
    let seed = common::read_shared("seed-values/001-bitnami-values.yaml");
    for path in ["git.dags", "ingress.hosts", "auth.forcePassword"] {
        assert!(has(&seed, Profile::Default, "AV1107", path), "{path}");
    }
    let values = Values::from_yaml(&seed).unwrap();
    let report = values.validate(Profile::Default);
    let git = report
        .diagnostics()
        .iter()
        .find(|d| d.path.to_string() == "git.dags")
        .expect("git.dags is reported");
    assert!(
        git.help
            .as_deref()
            .unwrap_or_default()
            .contains("dags.repositories")
    );
    let legacy_pg = "postgresql:\n  postgresqlUsername: airflow\nweb:\n  image:\n    tag: x\n";
    assert!(has(
        legacy_pg,
        Profile::Default,
        "AV1107",
        "postgresql.postgresqlUsername"
    ));
    assert!(has(legacy_pg, Profile::Default, "AV1107", "web.image"));
    assert_eq!(count(SECURED, Profile::Default, "AV1107"), 0);
}

#[test]
fn av1108_a_malformed_fernet_key_is_an_error() {
    assert!(has(
        "auth:\n  fernetKey: not-a-key\n",
        Profile::Default,
        "AV1108",
        "auth.fernetKey"
    ));
    let good = "auth:\n  fernetKey: 2r3EPAQ-Fzc-rAexn5ltRsnaUP9QjoVi7Z36I3AcyZ4=\n";
    assert_eq!(count(good, Profile::Default, "AV1108"), 0);
}

#[test]
fn the_rules_are_listed_by_explain() {
    for code in ["AV1101", "AV1104", "AV1107", "AV1108"] {
        assert!(airflow_values::explain::explain(code).is_some(), "{code}");
    }
}
