//! Bitnami values migrate into official values that the official chart's
//! checks and upstream schema accept, and every key left behind is reported.

mod common;

use airflow_values::bitnami;
use airflow_values::check::{CheckOptions, Severity, Source, check};
use airflow_values::migrate::{Migration, from_bitnami};
use airflow_values::official::ChartVersion;
use serde_json::Value;

fn migrate(text: &str, to: ChartVersion) -> Migration {
    let source = bitnami::Values::from_yaml(text).unwrap_or_else(|e| panic!("source reads: {e}"));
    from_bitnami(&source, to)
}

/// The migrated YAML must pass upstream's values.schema.json of `to`.
fn assert_upstream_accepts(name: &str, yaml: &str, to: ChartVersion) {
    let validator = common::upstream_validator(to.as_str());
    let tree: Value = common::tree(yaml);
    let errors: Vec<String> = validator
        .iter_errors(&tree)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{name} → {to}: upstream schema rejects the migrated values:\n{}\n{yaml}",
        errors.join("\n")
    );
}

fn not_migrated(migration: &Migration) -> Vec<String> {
    migration
        .report
        .diagnostics()
        .iter()
        .filter(|d| d.code == common::code("AV0901"))
        .map(|d| d.path.to_string())
        .collect()
}

#[test]
fn seed_001_migrates_to_1_22_0_values_that_check_and_the_upstream_schema_accept() {
    let text = common::read_shared("seed-values/001-bitnami-values.yaml");
    let migration = migrate(&text, ChartVersion::V1_22_0);
    let yaml = migration.values.to_yaml().expect("serializes");

    // (a) `check` with the default profile finds no error.
    let report = check(
        &[Source::new("migrated.yaml", yaml.as_bytes())],
        &CheckOptions::new(ChartVersion::V1_22_0),
    );
    let errors: Vec<_> = report
        .diagnostics()
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(
        errors.is_empty(),
        "check reports errors on the migrated values:\n{report}\n{yaml}"
    );

    // (b) upstream's schema accepts it.
    assert_upstream_accepts("seed 001", &yaml, ChartVersion::V1_22_0);

    // (c) exactly these keys are left behind, each by its source path.
    assert_eq!(
        not_migrated(&migration),
        ["auth.forcePassword", "git.dags.repositories[0].repository"]
    );

    // The token of the seed's URL is in neither the values nor the report.
    let report_text = migration.report.to_string();
    for text in [&yaml, &report_text] {
        assert!(
            !text.contains("Personal-Access-Tokens") && !text.contains("<User>"),
            "{text}"
        );
    }
    insta::assert_snapshot!("seed_001_to_1_22_0", format!("{yaml}---\n{report_text}"));
}

#[test]
fn seed_001_migrates_to_1_15_0_too() {
    let text = common::read_shared("seed-values/001-bitnami-values.yaml");
    let migration = migrate(&text, ChartVersion::V1_15_0);
    let yaml = migration.values.to_yaml().expect("serializes");
    assert_upstream_accepts("seed 001", &yaml, ChartVersion::V1_15_0);
    assert!(
        yaml.contains("webserver:") || !yaml.contains("apiServer:"),
        "{yaml}"
    );
}

#[test]
fn the_chart_defaults_and_the_corpus_migrate_without_panic_into_values_upstream_accepts() {
    let mut inputs = vec![(
        "values.yaml".to_owned(),
        common::read_shared("charts/bitnami-airflow/25.0.4/values.yaml"),
    )];
    let dir = common::shared("corpus/bitnami");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/bitnami is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for path in files {
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        inputs.push((name, std::fs::read_to_string(&path).expect("UTF-8")));
    }
    let mut migrated = 0;
    for (name, text) in inputs {
        // Files the Bitnami model rejects get their report from `check`.
        let Ok(source) = bitnami::Values::from_yaml(&text) else {
            continue;
        };
        for &to in ChartVersion::ALL {
            let migration = from_bitnami(&source, to);
            let yaml = migration.values.to_yaml().expect("serializes");
            assert_upstream_accepts(&name, &yaml, to);
            for d in migration.report.diagnostics() {
                assert!(!d.path.is_root(), "{name}: a report entry without a path");
            }
        }
        migrated += 1;
    }
    assert!(migrated >= 2, "only {migrated} inputs migrated");
}

#[test]
fn an_external_database_carries_its_sslmode() {
    let text = "postgresql:\n  enabled: false\nexternalDatabase:\n  sqlConnection: postgresql+psycopg2://airflow%40srv:pw@db.example.com:5432/airflow?sslmode=verify-full\n";
    let migration = migrate(text, ChartVersion::V1_22_0);
    let yaml = migration.values.to_yaml().expect("serializes");
    assert!(yaml.contains("sslmode: verify-full"), "{yaml}");
    assert!(yaml.contains("user: airflow@srv"), "{yaml}");
    assert!(yaml.contains("enabled: false"), "{yaml}");
    let plain = "postgresql:\n  enabled: false\nexternalDatabase:\n  host: db.example.com\n  user: airflow\n";
    let yaml = migrate(plain, ChartVersion::V1_22_0)
        .values
        .to_yaml()
        .unwrap();
    assert!(
        yaml.contains("sslmode: prefer") && yaml.contains("host: db.example.com"),
        "{yaml}"
    );
}

#[test]
fn more_than_one_repository_is_reported() {
    let text = "dags:\n  enabled: true\n  repositories:\n    - repository: https://github.com/a/one.git\n      branch: main\n      name: one\n    - repository: https://github.com/a/two.git\n      branch: main\n      name: two\n";
    let migration = migrate(text, ChartVersion::V1_22_0);
    assert_eq!(not_migrated(&migration), ["dags.repositories[1]"]);
    let yaml = migration.values.to_yaml().unwrap();
    assert!(
        yaml.contains("repo: https://github.com/a/one.git"),
        "{yaml}"
    );
}
