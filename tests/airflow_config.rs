//! AV13: Airflow's own settings in the values. Each code fires on a fixture
//! that has the problem and stays quiet on one that does not, on the
//! official chart and (with their features) on the two dialects.

mod common;

use airflow_values::airflow_config::{AirflowConfig, OptionStatus};
use airflow_values::check::{Chart, CheckOptions, Profile, Report, Source, check};
use airflow_values::official::{AirflowVersion, ChartVersion};
use airflow_values::yaml::KeyPath;

fn run(chart: impl Into<Chart>, yaml: &str) -> Report {
    let options = CheckOptions::new(chart).profile(Profile::Production);
    check(&[Source::new("values.yaml", yaml.as_bytes())], &options)
}

fn codes(report: &Report) -> Vec<&str> {
    report
        .diagnostics()
        .iter()
        .map(|d| d.code.as_str())
        .collect()
}

const V15: ChartVersion = ChartVersion::V1_15_0;
const V22: ChartVersion = ChartVersion::V1_22_0;

/// (code, chart, fires, stays quiet)
fn official_cases() -> Vec<(&'static str, ChartVersion, &'static str, &'static str)> {
    vec![
        (
            "AV1301",
            V22,
            "config: {core: {parallelizm: 64}}",
            "config: {core: {parallelism: 64}}",
        ),
        (
            "AV1301",
            V22,
            "extraEnv: |\n  - name: AIRFLOW__CORE__LOAD_EXAMPLE\n    value: 'False'\n",
            "extraEnv: |\n  - name: AIRFLOW__CORE__LOAD_EXAMPLES\n    value: 'False'\n",
        ),
        (
            "AV1301",
            V22,
            "config: {core: {dag_dir_list_interval: 30}}",
            "config: {elasticsearch_configs: {max_retries: 3}}",
        ),
        (
            "AV1302",
            V22,
            "config: {kubernetes_exector: {namespace: x}}",
            "config: {kubernetes_executor: {namespace: x}}",
        ),
        (
            "AV1302",
            V15,
            "scheduler: {env: [{name: AIRFLOW__GOOGLE__CLIENT_ID, value: x}]}",
            "scheduler: {env: [{name: MY_OWN_VARIABLE, value: x}]}",
        ),
        (
            // A variable the file's own webserver_config.py reads is the
            // user's setting; one it does not read is still unknown.
            "AV1302",
            V22,
            "env: [{name: AIRFLOW__GOOGLE__CLIENT_ID, value: x}]\napiServer: {apiServerConfig: 'AUTH_TYPE = 4'}",
            "env: [{name: AIRFLOW__GOOGLE__CLIENT_ID, value: x}]\napiServer: {apiServerConfig: 'ID = os.environ[\"AIRFLOW__GOOGLE__CLIENT_ID\"]'}",
        ),
        (
            "AV1302",
            V15,
            "webserver: {webserverConfig: 'import os', env: [{name: AIRFLOW__GOOGLE__CLIENT_ID, value: x}]}",
            "webserver: {webserverConfig: 'os.environ[\"AIRFLOW__GOOGLE__CLIENT_ID\"]', env: [{name: AIRFLOW__GOOGLE__CLIENT_ID, value: x}]}",
        ),
        (
            "AV1303",
            V22,
            "config: {core: {dataset_manager_class: a.B}}",
            "config: {core: {asset_manager_class: a.B}}",
        ),
        (
            "AV1303",
            V22,
            "config: {webserver: {update_fab_perms: 'False'}}",
            "config: {fab: {update_fab_perms: 'False'}}",
        ),
        (
            "AV1303",
            V22,
            "env: [{name: AIRFLOW__KUBERNETES__GIT_REPO, value: x}]",
            "env: [{name: AIRFLOW__KUBERNETES_EXECUTOR__NAMESPACE, value: x}]",
        ),
        (
            "AV1304",
            V15,
            "config: {core: {sql_engine_encoding: utf-8}}",
            "config: {database: {sql_engine_encoding: utf-8}}",
        ),
        (
            "AV1304",
            V22,
            "config: {scheduler: {dag_dir_list_interval: 30}}",
            "config: {dag_processor: {refresh_interval: 30}}",
        ),
        (
            "AV1305",
            V15,
            "config: {core: {asset_manager_class: a.B}}",
            "config: {core: {dataset_manager_class: a.B}}",
        ),
        (
            "AV1305",
            V22,
            "airflowVersion: 2.9.3\nimages: {airflow: {tag: 2.9.3}}\nconfig: {api: {expose_config: 'True'}}",
            "airflowVersion: 2.9.3\nimages: {airflow: {tag: 2.9.3}}\nconfig: {webserver: {expose_config: 'True'}}",
        ),
        (
            "AV1306",
            V22,
            "config: {core: {load_examples: 'yes'}}",
            "config: {core: {load_examples: false}}",
        ),
        (
            "AV1306",
            V22,
            "config: {scheduler: {max_dagruns_to_create_per_loop: 1000000}}",
            "config: {scheduler: {max_dagruns_to_create_per_loop: '1000000'}}",
        ),
        (
            "AV1306",
            V22,
            "env: [{name: AIRFLOW__CORE__PARALLELISM, value: lots}]",
            "env: [{name: AIRFLOW__CORE__PARALLELISM, value: '32'}]",
        ),
        (
            "AV1306",
            V22,
            "config: {logging: {logging_level: LOUD}}",
            "config: {logging: {logging_level: debug}}",
        ),
        (
            "AV1307",
            V22,
            "config: {core: {parallelism: 64}}\nenv: [{name: AIRFLOW__CORE__PARALLELISM, value: '32'}]",
            "config: {core: {parallelism: 64}}\nenv: [{name: AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG, value: '32'}]",
        ),
        (
            "AV1308",
            V22,
            "config: {core: {executor: KubernetesExecutor}}",
            "executor: KubernetesExecutor",
        ),
        (
            "AV1308",
            V22,
            "config: {database: {sql_alchemy_conn: 'postgresql://a@db/x'}}",
            "enableBuiltInSecretEnvVars: {AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: false}\nconfig: {database: {sql_alchemy_conn: 'postgresql://a@db/x'}}",
        ),
        (
            "AV1308",
            V22,
            "secret: [{envName: AIRFLOW__CORE__FERNET_KEY, secretName: s, secretKey: k}]",
            "secret: [{envName: AIRFLOW__CORE__TEST_CONNECTION, secretName: s, secretKey: k}]",
        ),
        (
            "AV1309",
            V22,
            "config: {api: {secret_key: hunter2hunter2}}",
            "config: {api: {base_url: 'https://airflow.example.com'}}",
        ),
        (
            "AV1309",
            V22,
            "env: [{name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC, value: 'postgresql+asyncpg://a:hunter2@db/x'}]",
            "env: [{name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC, valueFrom: {secretKeyRef: {name: s, key: k}}}]",
        ),
    ]
}

#[test]
fn each_official_code_fires_and_stays_quiet() {
    for (code, chart, fires, quiet) in official_cases() {
        let report = run(chart, fires);
        assert!(
            codes(&report).contains(&code),
            "{code} should fire on {fires:?}: {report:#?}"
        );
        let report = run(chart, quiet);
        assert!(
            !codes(&report).contains(&code),
            "{code} should stay quiet on {quiet:?}: {report:#?}"
        );
        for d in report.diagnostics() {
            assert_ne!(
                d.code.area(),
                airflow_values::check::Area::AirflowConfig,
                "{quiet:?}: {d:?}"
            );
        }
    }
}

#[test]
fn findings_say_which_version_they_judged_and_why() {
    let message = |yaml: &str| {
        let report = run(V22, yaml);
        let d = report
            .with_code(common::code("AV1303"))
            .next()
            .unwrap_or_else(|| panic!("{report:#?}"));
        (d.message.clone(), d.help.clone().unwrap_or_default())
    };
    let (m, help) = message("config: {core: {dataset_manager_class: a.B}}");
    assert!(
        m.contains("Airflow 3.2.2 (the default of chart 1.22.0)"),
        "{m}"
    );
    assert!(
        m.contains("core.asset_manager_class") && m.contains("3.0.0"),
        "{m}"
    );
    assert_eq!(help, "write `config.core.asset_manager_class` instead");
    let (m, _) = message(
        "airflowVersion: 3.1.7\nimages: {airflow: {tag: 3.1.7}}\nconfig: {core: {dataset_manager_class: a.B}}",
    );
    assert!(m.contains("Airflow 3.1.7 (from airflowVersion)"), "{m}");
    let (m, _) = message(
        "images: {airflow: {tag: 3.0.1-python3.12}}\nconfig: {core: {dataset_manager_class: a.B}}",
    );
    assert!(
        m.contains("Airflow 3.0.1 (from images.airflow.tag; checked against 3.0.6's options)"),
        "{m}"
    );
}

#[test]
fn large_numbers_are_judged_as_helm_writes_them() {
    let report = run(
        V22,
        "config: {scheduler: {max_dagruns_to_create_per_loop: 1000000}}",
    );
    let d = report
        .with_code(common::code("AV1306"))
        .next()
        .expect("AV1306");
    assert!(d.message.contains("`1e+06`"), "{}", d.message);
    assert!(d.help.as_deref().unwrap_or("").contains("\"1000000\""));
}

#[test]
fn secrets_never_appear_in_findings() {
    let yaml = "config:\n  database: {sql_alchemy_conn: 'postgresql://airflow:S3cr3tPw@db/airflow'}\n  core: {fernet_key: 'Zm9vYmFyYmF6cXV4cXV1eGZvb2JhcmJhenF1eHF1dXg='}\nenv: [{name: AIRFLOW__CELERY__BROKER_URL, value: 'redis://:S3cr3tPw@redis:6379/0'}]\n";
    let report = run(V22, yaml);
    assert!(
        report.with_code(common::code("AV1309")).count() >= 3,
        "{report:#?}"
    );
    let text = serde_json::to_string(&report).unwrap();
    assert!(
        !text.contains("S3cr3tPw") && !text.contains("Zm9vYmFy"),
        "{text}"
    );
}

#[test]
fn the_default_profile_keeps_plain_text_secrets_to_production() {
    let yaml = "config: {api: {secret_key: hunter2hunter2}}";
    let report = check(
        &[Source::new("v.yaml", yaml.as_bytes())],
        &CheckOptions::new(V22),
    );
    assert_eq!(report.with_code(common::code("AV1309")).count(), 0);
}

#[test]
fn options_written_as_sections_get_the_right_place() {
    let report = run(V22, "config:\n  AIRFLOW__CORE__LOAD_EXAMPLES: 'False'\n");
    let d = report
        .with_code(common::code("AV0102"))
        .next()
        .expect("AV0102");
    assert!(
        d.help
            .as_deref()
            .unwrap_or("")
            .contains("config.core.load_examples"),
        "{d:?}"
    );
}

#[test]
fn airflow_2_and_3_both_directions() {
    let v2 = AirflowConfig::for_version(AirflowVersion::new(2, 10, 5));
    let v3 = AirflowConfig::for_version(AirflowVersion::new(3, 2, 2));
    assert!(matches!(
        v2.lookup("webserver", "secret_key"),
        OptionStatus::Current(_)
    ));
    assert!(matches!(
        v2.lookup("api", "secret_key"),
        OptionStatus::NotYet { .. }
    ));
    assert!(matches!(
        v3.lookup("api", "secret_key"),
        OptionStatus::Current(_)
    ));
    assert!(matches!(
        v3.lookup("core", "dataset_manager_class"),
        OptionStatus::Renamed {
            still_read: false,
            ..
        }
    ));
    assert!(matches!(
        v3.lookup("core", "check_slas"),
        OptionStatus::Removed { .. }
    ));
}

#[cfg(feature = "community")]
#[test]
fn community_airflow_config_is_checked() {
    let fires = "airflow:\n  image: {tag: 2.8.4-python3.9}\n  config:\n    AIRFLOW__CORE__LOAD_EXAMPLE: 'False'\n    AIRFLOW__CORE__EXECUTOR: KubernetesExecutor\n    AIRFLOW__KUBERNETES__GIT_REPO: x\n";
    let report = run(Chart::Community, fires);
    let got = codes(&report);
    for code in ["AV1301", "AV1303", "AV1308"] {
        assert!(got.contains(&code), "{code}: {report:#?}");
    }
    let quiet = "airflow:\n  config:\n    AIRFLOW__CORE__LOAD_EXAMPLES: 'False'\n    AIRFLOW__KUBERNETES_EXECUTOR__DELETE_WORKER_PODS: 'True'\n";
    let report = run(Chart::Community, quiet);
    assert!(
        !codes(&report).iter().any(|c| c.starts_with("AV13")),
        "{report:#?}"
    );
}

#[cfg(feature = "bitnami")]
#[test]
fn bitnami_configuration_and_env_vars_are_checked() {
    let fires = "configuration:\n  webserver: {base_url: 'https://x'}\nextraEnvVars:\n  - {name: AIRFLOW__CORE__PARALLELISM, value: lots}\n";
    let report = run(Chart::Bitnami, fires);
    let got = codes(&report);
    assert!(
        got.contains(&"AV1303") && got.contains(&"AV1306"),
        "{report:#?}"
    );
    let quiet = "configuration:\n  api: {base_url: 'https://x'}\nextraEnvVars:\n  - {name: AIRFLOW__CORE__PARALLELISM, value: '32'}\n";
    let report = run(Chart::Bitnami, quiet);
    assert!(
        !codes(&report).iter().any(|c| c.starts_with("AV13")),
        "{report:#?}"
    );
}

/// The AV13 findings: code, key path and place.
fn av13_at(report: &Report) -> Vec<(String, String, String)> {
    common::findings_at(report, |d| d.code.as_str().starts_with("AV13"))
}

/// An option whose name holds a space is one key of the finding's path:
/// quoted in its text (as `KeyPath` writes it), and placed on its line.
#[test]
fn an_option_with_a_space_is_one_quoted_key() {
    let yaml = "config:\n  core:\n    load examples: 'False'\n";
    let report = run(V22, yaml);
    assert_eq!(
        av13_at(&report),
        vec![(
            "AV1301".to_owned(),
            "config.core.\"load examples\"".to_owned(),
            "values.yaml:3:5".to_owned()
        )]
    );
    let finding = report.with_code(common::code("AV1301")).next().unwrap();
    assert_eq!(
        finding.path,
        KeyPath::from_keys(["config", "core", "load examples"])
    );
}

/// A variable of the community chart's `airflow.config` whose name holds a
/// dot stays one key: quoted, and placed on its own line rather than on
/// `config:`.
#[cfg(feature = "community")]
#[test]
fn a_community_variable_with_a_dot_is_one_quoted_key() {
    let yaml = "airflow:\n  config:\n    AIRFLOW__CORE__LOAD_EXAMPLES.OLD: 'False'\n";
    let report = run(Chart::Community, yaml);
    assert_eq!(
        av13_at(&report),
        vec![(
            "AV1301".to_owned(),
            "airflow.config.\"AIRFLOW__CORE__LOAD_EXAMPLES.OLD\"".to_owned(),
            "values.yaml:3:5".to_owned()
        )]
    );
    let json = serde_json::to_value(report.diagnostics()).unwrap();
    let path = json
        .as_array()
        .and_then(|all| all.iter().find(|d| d["code"] == "AV1301"))
        .map(|d| d["path"].clone());
    assert_eq!(
        path,
        Some(serde_json::json!(
            "airflow.config.\"AIRFLOW__CORE__LOAD_EXAMPLES.OLD\""
        ))
    );
}

#[test]
fn variables_in_a_plain_extra_env_string_point_into_it() {
    let yaml = "executor: KubernetesExecutor\nextraEnv: |\n  - name: MY_OWN\n    value: x\n  - name: AIRFLOW__CORE__LOAD_EXAMPLE\n    value: 'False'\n";
    assert_eq!(
        av13_at(&run(V22, yaml)),
        vec![(
            "AV1301".to_owned(),
            "extraEnv[1].name".to_owned(),
            "values.yaml:5:5".to_owned()
        )]
    );
    // With template code, the string is read line by line, and the finding
    // points at the key.
    let yaml = "extraEnv: |\n  - name: AIRFLOW__CORE__LOAD_EXAMPLE\n    value: '{{ .Values.x }}'\n";
    assert_eq!(
        av13_at(&run(V22, yaml)),
        vec![(
            "AV1301".to_owned(),
            "extraEnv".to_owned(),
            "values.yaml:1:1".to_owned()
        )]
    );
}

#[cfg(feature = "bitnami")]
#[test]
fn every_bitnami_component_env_list_is_read_structure_or_string() {
    // The Airflow components of chart 25.0.4 with `extraEnvVars` (web,
    // scheduler, worker, triggerer, dagProcessor, setupDBJob); the
    // DAG-loading init container and sidecar run git, not Airflow.
    for component in [
        "web",
        "scheduler",
        "worker",
        "triggerer",
        "dagProcessor",
        "setupDBJob",
    ] {
        let list = format!(
            "{component}:\n  extraEnvVars:\n    - name: AIRFLOW__CORE__PARALLELISM\n      value: lots\n"
        );
        let string = format!(
            "{component}:\n  extraEnvVars: |\n    - name: AIRFLOW__CORE__PARALLELISM\n      value: lots\n"
        );
        // The same place whether the list is written as YAML or as a string of it.
        for yaml in [list, string] {
            assert_eq!(
                av13_at(&run(Chart::Bitnami, &yaml)),
                vec![(
                    "AV1306".to_owned(),
                    format!("{component}.extraEnvVars[0].value"),
                    "values.yaml:4:7".to_owned()
                )],
                "{yaml}"
            );
        }
    }
    let quiet = "defaultSidecars:\n  syncDAGsPlugins:\n    extraEnvVars:\n      - {name: AIRFLOW__CORE__PARALLELISM, value: lots}\n";
    assert!(av13_at(&run(Chart::Bitnami, quiet)).is_empty());
}

#[test]
fn official_env_secret_and_extra_env_are_all_read() {
    for yaml in [
        "env: [{name: AIRFLOW__CORE__LOAD_EXAMPLE, value: 'False'}]",
        "secret: [{envName: AIRFLOW__CORE__LOAD_EXAMPLE, secretName: s, secretKey: k}]",
        "extraEnv: |\n  - {name: AIRFLOW__CORE__LOAD_EXAMPLE, value: 'False'}\n",
        "scheduler: {env: [{name: AIRFLOW__CORE__LOAD_EXAMPLE, value: 'False'}]}",
    ] {
        let report = run(V22, yaml);
        assert_eq!(
            av13_at(&report)
                .iter()
                .map(|f| f.0.as_str())
                .collect::<Vec<_>>(),
            ["AV1301"],
            "{yaml}: {report:#?}"
        );
    }
}

#[cfg(all(feature = "bitnami", feature = "community"))]
#[test]
fn dialect_variables_read_by_the_files_own_webserver_config_are_not_unknown() {
    let env = "  - name: AIRFLOW__GOOGLE__CLIENT_ID\n    value: x\n";
    let code = "os.environ['AIRFLOW__GOOGLE__CLIENT_ID']";
    for (chart, fires, quiet) in [
        (
            Chart::Bitnami,
            format!("extraEnvVars:\n{env}"),
            format!("extraEnvVars:\n{env}web:\n  extraConfiguration: \"{code}\"\n"),
        ),
        (
            Chart::Community,
            format!("airflow:\n  extraEnv:\n{env}"),
            format!(
                "airflow:\n  extraEnv:\n{env}web:\n  webserverConfig:\n    stringOverride: \"{code}\"\n"
            ),
        ),
    ] {
        assert!(codes(&run(chart, &fires)).contains(&"AV1302"), "{fires}");
        let report = run(chart, &quiet);
        assert!(!codes(&report).contains(&"AV1302"), "{quiet}: {report:#?}");
    }
}
