//! AV13 on the community chart: `airflow.config` (environment-style keys)
//! and the `extraEnv` lists, checked against the Airflow version deployed.

use serde_json::Value;

use super::super::Values;
use crate::official::AirflowVersion;
use crate::rules::airflow_config::env_list;
use crate::rules::airflow_settings::{DialectFacts, Setting, Settings};

/// The components whose `extraEnv` reaches Airflow containers.
const COMPONENTS: &[&str] = &[
    "scheduler",
    "web",
    "workers",
    "triggerer",
    "flower",
    "dagProcessor",
];

/// The options the chart sets itself; its own templates refuse them in
/// `airflow.config`. (It sets the fernet and webserver keys only when
/// `airflow.fernetKey` / `airflow.webserverSecretKey` are not empty, and
/// through `envFrom`, which an `extraEnv` entry overrides: its documented
/// way to pass them from a Secret, so those are left out.)
const MANAGED: &[(&str, &str, &str)] = &[
    ("core", "executor", "`airflow.executor`"),
    ("core", "dags_folder", "`dags.path`"),
    ("celery", "broker_url", "`redis` or `externalRedis`"),
    (
        "celery",
        "result_backend",
        "`postgresql` or `externalDatabase`",
    ),
    (
        "core",
        "sql_alchemy_conn",
        "`postgresql` or `externalDatabase`",
    ),
    (
        "database",
        "sql_alchemy_conn",
        "`postgresql` or `externalDatabase`",
    ),
];

/// What the Airflow configuration rules need to know of the community chart.
const CHART: DialectFacts = DialectFacts {
    chart_version: super::super::CHART_VERSION,
    // The Airflow version of chart 8.9.0's default image (`2.8.4-python3.9`).
    default_airflow: AirflowVersion::new(2, 8, 4),
    image_tag: "airflow.image.tag",
    env_list: "extraEnv",
    components: COMPONENTS,
    managed: MANAGED,
    user_code: &["/web/webserverConfig/stringOverride"],
};

/// The Airflow settings of community-chart values.
pub(crate) fn settings(values: &Values) -> Settings {
    let tree = serde_json::to_value(values).unwrap_or(Value::Null);
    let mut items = Vec::new();
    if let Some(Value::Object(config)) = tree.pointer("/airflow/config") {
        for (name, value) in config {
            let path = crate::yaml::key_path!(airflow.config.(name));
            items.extend(Setting::env((path.clone(), path), name, Some(value)));
        }
    }
    if let Some(airflow) = tree.get("airflow") {
        env_list(
            airflow,
            &crate::yaml::key_path!(airflow.extraEnv),
            &mut items,
        );
    }
    Settings::of_dialect(&tree, items, &CHART)
}
