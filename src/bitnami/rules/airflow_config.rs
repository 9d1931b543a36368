//! AV13 on the Bitnami chart: `configuration` / `overrideConfiguration`
//! (sections of options) and the `extraEnvVars` lists, checked against the
//! Airflow version deployed.

use serde_json::Value;

use super::super::Values;
use crate::check::airflow_settings::{Setting, Settings, user_code};
use crate::check::rules::airflow_config::env_list;
use crate::official::AirflowVersion;

/// The Airflow version of chart 25.0.4's default image (`3.0.5-debian-12-r0`).
const DEFAULT_AIRFLOW: AirflowVersion = AirflowVersion::new(3, 0, 5);

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
    env_list(&tree, "extraEnvVars", &mut items);
    for component in COMPONENTS {
        if let Some(node) = tree.get(component) {
            env_list(node, &format!("{component}.extraEnvVars"), &mut items);
        }
    }
    let tag = tree.pointer("/image/tag").and_then(Value::as_str);
    Settings::of_dialect(
        items,
        ("image.tag", tag),
        (super::super::CHART_VERSION, DEFAULT_AIRFLOW),
        MANAGED,
        user_code(
            &tree,
            &[
                "/web/configuration",
                "/web/extraConfiguration",
                "/localSettings",
            ],
        ),
    )
}
