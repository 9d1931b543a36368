//! Community chart values migrate into official values that pass `check`
//! and the upstream schema, with every key that did not carry over reported.

mod common;

use common::code;

use airflow_values::check::{self, CheckOptions, Profile, Severity, Source};
use airflow_values::community::Values;
use airflow_values::migrate::{Migration, from_community};
use airflow_values::official::ChartVersion;

const SEED: &str = "seed-values/000-aks-legacy-airflow-local.yaml";

fn migrate(text: &str, to: ChartVersion) -> Migration {
    let source = Values::from_yaml(text).unwrap_or_else(|e| panic!("source does not read: {e}"));
    from_community(&source, to)
}

/// The errors of the upstream schema of `to` on the migrated values.
fn upstream_errors(yaml: &str, to: ChartVersion) -> Vec<String> {
    let validator = common::upstream_validator(to.as_str());
    let tree = common::tree(yaml);
    validator
        .iter_errors(&tree)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// The errors of `check` with the default profile on the migrated values.
fn check_errors(yaml: &str, to: ChartVersion) -> Vec<String> {
    let options = CheckOptions::new(to).profile(Profile::Default);
    let report = check::check(&[Source::new("migrated.yaml", yaml.as_bytes())], &options);
    report
        .diagnostics()
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {} {}", d.code, d.path, d.message))
        .collect()
}

#[test]
fn seed_000_migrates_to_values_that_check_and_upstream_accept() {
    let text = common::read_shared(SEED);
    for &to in ChartVersion::ALL {
        let migration = migrate(&text, to);
        let yaml = migration.values.to_yaml().expect("serializes");
        assert_eq!(
            check_errors(&yaml, to),
            Vec::<String>::new(),
            "{to}:\n{yaml}"
        );
        if to == ChartVersion::V1_22_0 {
            assert_eq!(upstream_errors(&yaml, to), Vec::<String>::new(), "{yaml}");
        }
        // The Azure login is read as SQLAlchemy read it and written unencoded
        // into the parts the chart encodes.
        assert!(
            yaml.contains("user: airflow@posgresdbforairflow\n"),
            "{yaml}"
        );
        assert!(yaml.contains("sslmode: require\n"), "{yaml}");
        let dropped: Vec<String> = migration
            .report
            .with_code(code("AV0901"))
            .map(|d| d.path.to_string())
            .collect();
        assert_eq!(
            dropped,
            [
                "airflow.image.tag",
                "imageCredentials",
                "persistence.fileStorage.storageAccountKey",
                "persistence.fileStorage.storageAccountName",
            ],
            "{to}: {}",
            migration.report
        );
        // No secret of the seed in the report.
        let report = migration.report.to_string();
        for secret in [":foo@", "passwort-für", "Kontoschlüssel"] {
            assert!(!report.contains(secret), "{secret} leaked: {report}");
        }
    }
}

#[test]
fn seed_000_migration_snapshot() {
    let text = common::read_shared(SEED);
    let migration = migrate(&text, ChartVersion::V1_22_0);
    let yaml = migration.values.to_yaml().expect("serializes");
    let report: String = migration
        .report
        .diagnostics()
        .iter()
        .map(|d| format!("# {} {}: {}\n", d.code, d.path, d.message))
        .collect();
    insta::assert_snapshot!("seed_000_to_1_22_0", format!("{yaml}---\n{report}"));
}

#[test]
fn chart_defaults_and_corpus_migrate_without_panic_into_upstream_valid_values() {
    let mut inputs = vec![(
        "values.yaml".to_owned(),
        common::read_shared("charts/airflow-helm-community/8.9.0/values.yaml"),
    )];
    let dir = common::shared("corpus/community");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/community is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        inputs.push((
            path.display().to_string(),
            text.trim_start_matches('\u{feff}').to_owned(),
        ));
    }
    let mut migrated = 0;
    for (name, text) in inputs {
        let Ok(source) = Values::from_yaml(&text) else {
            continue;
        };
        for &to in ChartVersion::ALL {
            let migration = from_community(&source, to);
            let yaml = migration.values.to_yaml().expect("serializes");
            if to == ChartVersion::V1_22_0 {
                assert_eq!(
                    upstream_errors(&yaml, to),
                    Vec::<String>::new(),
                    "{name}:\n{yaml}"
                );
            }
            assert!(
                migration
                    .report
                    .with_code(code("AV0901"))
                    .all(|d| !d.path.is_root()),
                "{name}: a value could not be read back: {}",
                migration.report
            );
        }
        migrated += 1;
    }
    assert!(migrated >= 7, "only {migrated} files migrated");
}

#[test]
fn every_untaken_key_is_reported_by_its_source_path() {
    let migration = migrate(
        "airflow:\n  users: []\n  connections: [{id: x, type: http}]\nscheduler:\n  numRuns: 5\n  replicas: 2\n",
        ChartVersion::V1_22_0,
    );
    let dropped: Vec<String> = migration
        .report
        .with_code(code("AV0901"))
        .map(|d| d.path.to_string())
        .collect();
    assert_eq!(
        dropped,
        ["airflow.connections", "airflow.users", "scheduler.numRuns"]
    );
    assert_eq!(
        migration.values.to_yaml().expect("yaml"),
        "scheduler:\n  replicas: 2\n"
    );
}
