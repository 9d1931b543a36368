//! AV13 on the Bitnami chart: `configuration` / `overrideConfiguration`
//! (sections of options) and the `extraEnvVars` lists, checked against the
//! Airflow version deployed.

use serde_json::Value;

use super::super::Values;
use crate::official::AirflowVersion;
use crate::rules::airflow_config::env_list;
use crate::rules::airflow_settings::{DialectFacts, Setting, Settings};

/// The components whose `extraEnvVars` reach Airflow containers.
const COMPONENTS: &[&str] = &[
    "web",
    "scheduler",
    "worker",
    "triggerer",
    "dagProcessor",
    "setupDBJob",
];

/// The options the chart sets itself as environment variables.
const MANAGED: &[(&str, &str, &str)] = &[
    ("core", "executor", "`executor`"),
    (
        "core",
        "fernet_key",
        "`auth.fernetKey` (or `auth.existingSecret`)",
    ),
    (
        "webserver",
        "secret_key",
        "`auth.secretKey` (or `auth.existingSecret`)",
    ),
    (
        "api",
        "secret_key",
        "`auth.secretKey` (or `auth.existingSecret`)",
    ),
    (
        "api_auth",
        "jwt_secret",
        "`auth.jwtSecretKey` (or `auth.existingSecret`)",
    ),
];

/// What the Airflow configuration rules need to know of the Bitnami chart.
const CHART: DialectFacts = DialectFacts {
    chart_version: super::super::CHART_VERSION,
    // The Airflow version of chart 25.0.4's default image (`3.0.5-debian-12-r0`).
    default_airflow: AirflowVersion::new(3, 0, 5),
    image_tag: "image.tag",
    env_list: "extraEnvVars",
    components: COMPONENTS,
    managed: MANAGED,
    user_code: &[
        "/web/configuration",
        "/web/extraConfiguration",
        "/localSettings",
    ],
};

/// The Airflow settings of Bitnami-chart values.
pub(crate) fn settings(values: &Values) -> Settings {
    let tree = serde_json::to_value(values).unwrap_or(Value::Null);
    let mut items = Vec::new();
    for key in ["configuration", "overrideConfiguration"] {
        let Some(Value::Object(sections)) = tree.get(key) else {
            continue;
        };
        for (section, options) in sections {
            let Value::Object(options) = options else {
                continue;
            };
            for (option, value) in options {
                items.push(Setting::file(key, section, option, value));
            }
        }
    }
    env_list(&tree, &crate::yaml::key_path!(extraEnvVars), &mut items);
    Settings::of_dialect(&tree, items, &CHART)
}
