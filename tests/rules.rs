//! Each validation rule fires on a fixture that has the problem and stays
//! quiet on one that does not.

use airflow_values::check::{Profile, RULES};
use airflow_values::official::{ApiServer, ChartVersion, ReadError, Values};
use airflow_values::types::SecretName;

const V15: ChartVersion = ChartVersion::V1_15_0;
const V18: ChartVersion = ChartVersion::V1_18_0;
const V22: ChartVersion = ChartVersion::V1_22_0;

const DIGEST: &str = "sha256:0188b06abb250caccc48bb6d00fde5e74a211273f78b0d143bc4d63f2b67412d";

/// A finding's code from its text; a code no finding has fails here,
/// instead of matching nothing. (This file is published with the crate,
/// without `tests/common`.)
fn code(text: &str) -> airflow_values::check::Code {
    text.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// (code, chart version, fixture that fires, fixture that stays quiet)
fn cases() -> Vec<(&'static str, ChartVersion, String, String)> {
    let pinned = format!(
        "executor: KubernetesExecutor
images:
  airflow: {{repository: myacr.azurecr.io/airflow, tag: 2.9.3, digest: \"{DIGEST}\"}}
  pod_template: {{repository: myacr.azurecr.io/airflow, tag: \"2.9.3@{DIGEST}\"}}
  statsd: {{repository: myacr.azurecr.io/statsd-exporter, tag: \"v0.30.0@{DIGEST}\"}}
"
    );
    vec![
        // Keys of later releases in mappings the release's schema closes (at
        // the open top level they are AV0111).
        ("AV0103", V18, "workers: {celery: {replicas: 2}}".into(), "workers: {replicas: 2}".into()),
        ("AV0103", V15, "dags: {gitSync: {httpPort: 8080}}".into(), "dags: {gitSync: {enabled: true}}".into()),
        ("AV0104", V15, "executor: CeleryExecutor,KubernetesExecutor".into(), "executor: CeleryKubernetesExecutor".into()),
        ("AV0106", V15, "postgresql: {enabled: true, primary: {persistence: {size: 20Gi}}}".into(), "postgresql: {enabled: true, auth: {username: airflow}}".into()),
        ("AV0107", V22, "workers: {keda: {enabled: true}}".into(), "workers: {celery: {keda: {enabled: true}}}".into()),
        ("AV0107", V15, "webserver: {securityContext: {runAsUser: 50000}}".into(), "webserver: {securityContexts: {pod: {runAsUser: 50000}}}".into()),
        ("AV0201", V15, "executor: KubernetesExecutor\nimages: {airflow: {repository: myacr.azurecr.io/airflow, tag: 2.9.3}}".into(), pinned.clone()),
        ("AV0201", V15, pinned.replace(&format!("v0.30.0@{DIGEST}"), "v0.30.0"), pinned.clone()),
        ("AV0202", V15, "images: {airflow: {tag: latest}}".into(), "images: {airflow: {tag: 2.9.3}}".into()),
        ("AV0202", V15, "images: {gitSync: {tag: latest}}".into(), "images: {gitSync: {tag: v4.1.0}}".into()),
        ("AV0203", V22, "images: {airflow: {tag: 2.9.3}}".into(), "images: {airflow: {tag: 3.2.2-python3.12}}".into()),
        ("AV0203", V15, "airflowVersion: \"2.10.5\"\nimages: {airflow: {tag: 2.9.3}}".into(), "airflowVersion: \"2.9.3\"\nimages: {airflow: {tag: 2.9.3}}".into()),
        ("AV0204", V15, "images: {airflow: {repository: $MY_ACR_REGISTRY.azurecr.io/airflow, tag: 2.9.3}}".into(), "images: {airflow: {repository: myacr.azurecr.io/airflow, tag: 2.9.3}}".into()),
        ("AV0204", V15, "images: {statsd: {repository: Quay.io/Statsd, tag: v1}}".into(), "images: {statsd: {repository: quay.io/statsd, tag: v1}}".into()),
        ("AV0301", V15, "postgresql: {enabled: false}\npgbouncer: {enabled: true}".into(), "postgresql: {enabled: false}\npgbouncer: {enabled: true, sslmode: require}".into()),
        ("AV0301", V15, "postgresql: {enabled: false}\ndata: {metadataConnection: {host: db.example.com, sslmode: prefer}}".into(), "postgresql: {enabled: false}\ndata: {metadataConnection: {host: db.example.com, sslmode: verify-full}}".into()),
        ("AV0302", V15, "data: {metadataSecretName: airflow-metadata}\npgbouncer: {enabled: true}".into(), "data: {metadataSecretName: airflow-metadata}\npgbouncer: {enabled: true, configSecretName: pgb}".into()),
        ("AV0303", V15, "pgbouncer: {enabled: true}".into(), "postgresql: {enabled: false}".into()),
        ("AV0304", V15, "pgbouncer: {enabled: true}\ndata: {metadataConnection: {sslmode: require}}".into(), "pgbouncer: {enabled: true}\ndata: {metadataConnection: {sslmode: prefer}}".into()),
        ("AV0304", V15, "pgbouncer: {enabled: true}\ndata: {metadataConnection: {sslmode: verify-ca}}".into(), "pgbouncer: {enabled: true, extraIni: \"client_tls_sslmode = require\"}\ndata: {metadataConnection: {sslmode: verify-ca}}".into()),
        ("AV0305", V15, "data: {metadataConnection: {user: airflow, pass: \"two words\"}}".into(), "data: {metadataConnection: {user: airflow, pass: \"p@ss+w:rd/?#%\"}}".into()),
        ("AV0305", V22, "data: {resultBackendConnection: {user: airflow, pass: \"two words\", protocol: postgresql, host: db, port: 5432, db: airflow, sslmode: require}}".into(), "data: {resultBackendSecretName: rb, resultBackendConnection: {user: airflow, pass: \"two words\", protocol: postgresql, host: db, port: 5432, db: airflow, sslmode: require}}".into()),
        ("AV0305", V22, "data: {metadataConnection: {pass: \"a b\"}}".into(), "data: {metadataSecretName: airflow-db, metadataConnection: {pass: \"a b\"}}".into()),
        ("AV0306", V15, "data: {metadataSecretName: airflow-db}\npgbouncer: {enabled: true, configSecretName: pgb}\nworkers: {keda: {enabled: true, usePgbouncer: false}}".into(), "data: {metadataSecretName: airflow-db}\npgbouncer: {enabled: true, configSecretName: pgb}\nworkers: {keda: {enabled: true}}".into()),
        ("AV0306", V22, "data: {metadataSecretName: airflow-db}\npgbouncer: {enabled: true, configSecretName: pgb}\nworkers: {celery: {keda: {enabled: true, usePgbouncer: false}}}".into(), "data: {metadataSecretName: airflow-db}\npgbouncer: {enabled: true, configSecretName: pgb}\nworkers: {keda: {enabled: true, usePgbouncer: false}, celery: {keda: {enabled: false}}}".into()),
        ("AV0306", V22, "data: {metadataSecretName: airflow-db, metadataConnection: {protocol: mysql}}\ntriggerer: {keda: {enabled: true}}".into(), "data: {metadataConnection: {protocol: mysql}}\ntriggerer: {keda: {enabled: true}}".into()),
        ("AV0307", V15, "data: {metadataSecretName: airflow-db}\nworkers: {keda: {enabled: true}}".into(), "data: {metadataSecretName: airflow-db}\nworkers: {keda: {enabled: false}}".into()),
        ("AV0307", V22, "data: {metadataSecretName: airflow-db}\npgbouncer: {enabled: true, configSecretName: pgb}\nworkers: {celery: {keda: {enabled: true}}}".into(), "data: {metadataSecretName: airflow-db}\npgbouncer: {enabled: true, configSecretName: pgb}\nworkers: {celery: {keda: {enabled: true, usePgbouncer: false}}}".into()),
        ("AV0401", V15, "executor: KubernetesExecutor".into(), "fernetKeySecretName: airflow-fernet-key".into()),
        ("AV0402", V15, "executor: KubernetesExecutor".into(), "webserverSecretKeySecretName: web".into()),
        ("AV0402", V22, "webserverSecretKeySecretName: web".into(), "apiSecretKeySecretName: api\njwtSecretName: jwt".into()),
        ("AV0403", V15, "webserver: {defaultUser: {username: admin}}".into(), "webserver: {defaultUser: {enabled: false}}".into()),
        ("AV0403", V22, "createUserJob: {defaultUser: {password: admin}}".into(), "createUserJob: {defaultUser: {enabled: false}}".into()),
        ("AV0405", V15, "fernetKey: changeme".into(), "fernetKey: \"6lBsbjbLVRVZSIX7xNMfF8rCBqzXg-GdHS0Q3h3GJyM=\"".into()),
        ("AV0405", V15, "fernetKey: \"6lBsbjbLVRVZSIX7xNMfF8rCBqzXg-GdHS0Q3h3GJyM\"".into(), "fernetKey: \"\"".into()),
        ("AV0406", V15, "fernetKeySecretName: Airflow_Fernet".into(), "fernetKeySecretName: airflow-fernet".into()),
        ("AV0406", V15, "dags: {gitSync: {sshKeySecret: \"git key\"}}".into(), "dags: {gitSync: {sshKeySecret: \"\"}}".into()),
        ("AV0404", V15, "dags: {gitSync: {enabled: true, repo: \"https://ghp_abcdef123456@github.com/acme/dags.git\"}}".into(), "dags: {gitSync: {enabled: true, repo: \"https://github.com/acme/dags.git\", credentialsSecret: git-creds}}".into()),
        ("AV0501", V15, "dags: {gitSync: {enabled: true, repo: \"git@github.com:acme/dags.git\", sshKeySecret: git-ssh}}".into(), "dags: {gitSync: {enabled: true, repo: \"git@github.com:acme/dags.git\", sshKeySecret: git-ssh, knownHosts: \"github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\"}}".into()),
        ("AV0502", V15, "dags: {gitSync: {enabled: true, ref: v1.2.3}}".into(), "dags: {gitSync: {enabled: true, ref: v1.2.3, rev: v1.2.3}}".into()),
        ("AV0502", V15, "dags: {gitSync: {enabled: true, branch: main, ref: release}}".into(), "dags: {gitSync: {enabled: true, branch: main, rev: HEAD, ref: main}}".into()),
        ("AV0502", V22, "dags: {gitSync: {enabled: true, ref: v1.2.3}}".into(), "dags: {gitSync: {enabled: true, branch: \"\", rev: v1.2.3, ref: v1.2.3}}".into()),
        ("AV0502", V22, "dags: {gitSync: {enabled: true, branch: \"\", rev: HEAD, ref: v1.2.3}}".into(), "dags: {gitSync: {enabled: true, branch: \"\", rev: \"\", ref: v1.2.3}}".into()),
        ("AV0503", V22, "dags: {gitSync: {enabled: true, rev: v1.2.3, ref: v1.2.3}}".into(), "dags: {gitSync: {enabled: true, branch: \"\", rev: v1.2.3, ref: v1.2.3}}".into()),
        ("AV0503", V15, "images: {gitSync: {tag: v4.2.4}}\ndags: {gitSync: {enabled: true, branch: main, rev: v1.2.3}}".into(), "images: {gitSync: {tag: v4.2.3}}\ndags: {gitSync: {enabled: true, branch: main, rev: v1.2.3}}".into()),
        ("AV0601", V15, "executor: KubernetesExecutor".into(), "executor: KubernetesExecutor\nlogs: {persistence: {enabled: true, existingClaim: logs}}".into()),
        ("AV0601", V22, "executor: LocalKubernetesExecutor".into(), "executor: KubernetesExecutor\nconfig: {logging: {remote_logging: \"True\"}}".into()),
        // AV13: Airflow's own settings (more cases in tests/airflow_config.rs).
        ("AV1301", V22, "config: {core: {parallelizm: 64}}".into(), "config: {core: {parallelism: 64}}".into()),
        ("AV1302", V22, "config: {kubernetes_exector: {namespace: x}}".into(), "config: {kubernetes_executor: {namespace: x}}".into()),
        ("AV1303", V22, "config: {core: {dataset_manager_class: a.B}}".into(), "config: {core: {asset_manager_class: a.B}}".into()),
        ("AV1304", V15, "config: {core: {sql_engine_encoding: utf-8}}".into(), "config: {database: {sql_engine_encoding: utf-8}}".into()),
        ("AV1305", V15, "config: {core: {asset_manager_class: a.B}}".into(), "config: {core: {dataset_manager_class: a.B}}".into()),
        ("AV1306", V22, "config: {core: {load_examples: 'yes'}}".into(), "config: {core: {load_examples: false}}".into()),
        ("AV1307", V22, "config: {core: {parallelism: 64}}\nenv: [{name: AIRFLOW__CORE__PARALLELISM, value: '32'}]".into(), "config: {core: {parallelism: 64}}".into()),
        ("AV1308", V22, "config: {core: {executor: KubernetesExecutor}}".into(), "executor: KubernetesExecutor".into()),
        ("AV1309", V22, "config: {api: {secret_key: hunter2hunter2}}".into(), "config: {api: {base_url: 'https://airflow.example.com'}}".into()),
    ]
}

/// The findings of `code` on a fixture: from reading it (structural codes
/// such as AV0103 stop the read) or from validating what was read.
fn findings(yaml: &str, version: ChartVersion, code: &str) -> Vec<String> {
    let report = match Values::from_yaml(yaml, version) {
        Ok(values) => values.validate(Profile::Production),
        Err(ReadError::Structure { report, .. }) => report,
        Err(e) => panic!("fixture does not parse: {e}\n{yaml}"),
    };
    report
        .with_code(self::code(code))
        .map(|d| d.to_string())
        .collect()
}

/// The findings of `code` on a fixture that must read cleanly: a quiet
/// fixture the reader refuses would be quiet for the wrong reason.
fn quiet_findings(yaml: &str, version: ChartVersion, code: &str) -> Vec<String> {
    let values = Values::from_yaml(yaml, version)
        .unwrap_or_else(|e| panic!("quiet fixture for {code} does not read cleanly: {e}\n{yaml}"));
    values
        .validate(Profile::Production)
        .with_code(self::code(code))
        .map(|d| d.to_string())
        .collect()
}

#[test]
fn values_built_in_rust_get_the_version_check_too() {
    let values = Values::builder()
        .chart_version(V15)
        .api_server(ApiServer::default())
        .jwt_secret_name(SecretName::parse("jwt").unwrap())
        .build();
    let report = values.validate(Profile::Default);
    let paths: Vec<_> = report
        .with_code(code("AV0103"))
        .map(|d| d.path.to_string())
        .collect();
    assert_eq!(paths, ["apiServer", "jwtSecretName"], "{report}");
    let values = Values::builder()
        .chart_version(V22)
        .api_server(ApiServer::default())
        .build();
    assert_eq!(
        values
            .validate(Profile::Default)
            .with_code(code("AV0103"))
            .count(),
        0
    );
}

#[test]
fn each_rule_fires_on_its_problem_and_not_without_it() {
    for (code, version, fires, quiet) in cases() {
        let hit = findings(&fires, version, code);
        assert!(
            !hit.is_empty(),
            "{code} on {version} should fire on:\n{fires}"
        );
        let miss = quiet_findings(&quiet, version, code);
        assert!(
            miss.is_empty(),
            "{code} on {version} should stay quiet on:\n{quiet}\nbut said {miss:?}"
        );
    }
}

#[test]
fn every_rule_has_a_case() {
    let cases = cases();
    for rule in RULES {
        assert!(
            cases.iter().any(|(code, ..)| *code == rule.code.as_str()),
            "{} has no fixture",
            rule.code
        );
    }
}

#[test]
fn production_rules_do_not_run_in_the_default_profile() {
    let values = Values::from_yaml("executor: KubernetesExecutor", V15).unwrap();
    let report = values.validate(Profile::Default);
    for d in &report {
        let rule = RULES.iter().find(|r| r.code == d.code).unwrap();
        assert_eq!(rule.profile, Profile::Default, "{d}");
    }
    assert!(
        values
            .validate(Profile::Production)
            .with_code(code("AV0401"))
            .count()
            == 1
    );
}

#[test]
fn version_messages_name_the_versions_that_have_the_key() {
    let hit = findings("workers: {celery: {replicas: 2}}", V18, "AV0103");
    assert!(hit[0].contains("exists from chart 1.19.0 on"), "{hit:?}");
    assert!(hit[0].contains("this file targets 1.18.0"), "{hit:?}");
    // Top-level keys of other releases: the top level takes any key, so
    // Helm renders them (AV0111), and the message still names the releases.
    let hit = findings("jwtSecretName: jwt", V15, "AV0111");
    assert!(
        hit[0].contains("`jwtSecretName` exists from chart 1.18.0 on; this file targets 1.15.0"),
        "{hit:?}"
    );
    let hit = findings(
        "_rpcServer: {enabled: true}",
        ChartVersion::V1_22_0,
        "AV0111",
    );
    assert!(
        hit[0].contains("`_rpcServer` exists in chart 1.15.0 only; this file targets 1.22.0"),
        "{hit:?}"
    );
    let hit = findings("apiServer: {replicas: 2}", ChartVersion::V1_13_1, "AV0111");
    assert!(
        hit[0].contains("`apiServer` exists from chart 1.16.0 on; this file targets 1.13.1"),
        "{hit:?}"
    );
}

#[test]
fn findings_never_show_secrets() {
    let yaml = "webserver: {defaultUser: {password: admin}}\n\
                dags: {gitSync: {enabled: true, repo: \"https://ghp_T0ken5ecret@github.com/acme/dags.git\"}}\n\
                data: {metadataConnection: {pass: \"p@ss w0rd-unique\", sslmode: disable}}\n\
                postgresql: {enabled: false}";
    let values = Values::from_yaml(yaml, V15).unwrap();
    let report = values.validate(Profile::Production).to_string();
    assert!(report.contains("AV0404"), "{report}");
    for secret in ["ghp_T0ken5ecret", "p@ss w0rd-unique"] {
        assert!(!report.contains(secret), "report shows {secret}:\n{report}");
    }
    let debug = format!("{values:?}");
    assert!(!debug.contains("p@ss w0rd-unique"), "{debug}");
}
