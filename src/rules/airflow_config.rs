//! AV13: Airflow's own configuration in the official chart's values —
//! `config:`, and `AIRFLOW__…` variables in `env`, `secret`, `extraEnv` and
//! the components' `env` — checked against the Airflow version deployed.

use serde_json::Value;

use super::{Findings, Rule};
use crate::findings::{Code, Profile, Severity};
use crate::official::Values;
use crate::rules::airflow_settings::{
    self as settings, Managed, Setting, Settings, Target, airflow_release, user_code,
};
use crate::yaml::{KeyPath, key_path, read_document};

/// A rule of this area: its code, name and severity come from the engine.
const fn rule(
    (code, name, severity): (Code, &'static str, Severity),
    profile: Profile,
    doc: &'static str,
    check: fn(&Values, &mut Findings),
) -> Rule {
    Rule {
        code,
        name,
        severity,
        profile,
        doc,
        check,
    }
}

/// The AV13 rule `$code` on the official chart, documented in `docs/$code.md`.
macro_rules! official_rule {
    ($code:ident, $profile:expr) => {
        pub(crate) const $code: Rule = rule(
            settings::$code,
            $profile,
            include_str!(concat!("docs/", stringify!($code), ".md")),
            |v, out| {
                let settings = super::shared::settings(|| official_settings(v));
                settings::report(&settings, settings::$code.0, out)
            },
        );
    };
}

official_rule!(AV1301, Profile::Default);
official_rule!(AV1302, Profile::Default);
official_rule!(AV1303, Profile::Default);
official_rule!(AV1304, Profile::Default);
official_rule!(AV1305, Profile::Default);
official_rule!(AV1306, Profile::Default);
official_rule!(AV1307, Profile::Default);
official_rule!(AV1308, Profile::Default);
official_rule!(AV1309, Profile::Production);

/// The components whose containers run Airflow, and so read its settings
/// from their `env`.
const AIRFLOW_COMPONENTS: &[&str] = &[
    "scheduler",
    "workers",
    "webserver",
    "apiServer",
    "triggerer",
    "dagProcessor",
    "flower",
    "migrateDatabaseJob",
    "createUserJob",
    "cleanup",
    "databaseCleanup",
];

/// The keys that hold Python the chart hands to Airflow: the webserver's
/// and the API server's `webserver_config.py`, `airflow_local_settings.py`.
const USER_CODE: &[&str] = &[
    "/webserver/webserverConfig",
    "/apiServer/apiServerConfig",
    "/airflowLocalSettings",
];

/// The Airflow settings of official-chart values.
fn official_settings(values: &Values) -> Settings {
    let target = target(values);
    let has_env = values.env.as_ref().is_some_and(|e| !e.is_empty())
        || values.secret.as_ref().is_some_and(|s| !s.is_empty())
        || values.extra_env.is_some();
    let mut items = Vec::new();
    if let Some(config) = &values.config {
        for (section, options) in config {
            for (option, value) in options {
                let value = serde_json::to_value(value).unwrap_or(Value::Null);
                items.push(Setting::file("config", section, option, &value));
            }
        }
    }
    // Component env lists are read from the serialized tree, one walk for
    // all of them; skipped when nothing could hold a variable.
    let tree = super::shared::tree(values);
    if has_env || AIRFLOW_COMPONENTS.iter().any(|c| tree.get(c).is_some()) {
        env_list(&tree, &key_path!(env), &mut items);
        if let Some(Value::Array(secrets)) = tree.get("secret") {
            for (i, secret) in secrets.iter().enumerate() {
                if let Some(name) = secret.get("envName").and_then(Value::as_str) {
                    let path = key_path!(secret[i].envName);
                    items.extend(Setting::env((path.clone(), path), name, None));
                }
            }
        }
        if let Some(Value::String(text)) = tree.get("extraEnv") {
            extra_env(text, &key_path!(extraEnv), &mut items);
        }
        for component in AIRFLOW_COMPONENTS {
            if let Some(node) = tree.get(component) {
                component_env(node, KeyPath::from_keys([*component]), 0, &mut items);
            }
        }
    }
    Settings {
        items,
        target,
        managed: managed(&tree, values.effective_airflow_version().major() >= 3),
        user_code: user_code(&tree, USER_CODE),
    }
}

/// The `env` lists anywhere in a component (`workers.kubernetes.env`…).
fn component_env(node: &Value, path: KeyPath, depth: usize, items: &mut Vec<Setting>) {
    let Value::Object(map) = node else {
        return;
    };
    env_list(node, &path.join("env"), items);
    if let Some(Value::String(text)) = map.get("extraEnv") {
        extra_env(text, &path.join("extraEnv"), items);
    }
    if depth < 2 {
        for (k, child) in map {
            if k != "env" {
                component_env(child, path.join(k), depth + 1, items);
            }
        }
    }
}

/// The variables of an `env` list (`name` with `value` or `valueFrom`).
/// `path` ends with the list's key, which `node` holds.
pub(crate) fn env_list(node: &Value, path: &KeyPath, items: &mut Vec<Setting>) {
    let Some(list) = path.last_key() else {
        return;
    };
    let Some(Value::Array(entries)) = node.get(list) else {
        return;
    };
    for (i, entry) in entries.iter().enumerate() {
        let Some(name) = entry.get("name").and_then(Value::as_str) else {
            continue;
        };
        let value = entry.get("value");
        let item = path.clone().with_index(i);
        let paths = (item.join("name"), item.with_key("value"));
        items.extend(Setting::env(paths, name, value));
    }
}

/// The variables of an `extraEnv` string: a YAML list the chart passes
/// through `tpl`. Plain YAML is read as the list (findings point at its
/// entries, which `check` locates inside the string); with template code
/// it is read line by line (`- name: X` then `value: Y`) so that the
/// template expressions do no harm.
pub(crate) fn extra_env(text: &str, path: &KeyPath, items: &mut Vec<Setting>) {
    let first = items.len();
    extra_env_items(text, path, items);
    for item in &mut items[first..] {
        item.in_text = true;
    }
}

fn extra_env_items(text: &str, path: &KeyPath, items: &mut Vec<Setting>) {
    if let Some(list) = plain_list(text) {
        // `env_list` reads the list under the last key of `path`.
        let key = path.last_key().unwrap_or_default();
        env_list(&serde_json::json!({ key: list }), path, items);
        return;
    }
    let unquote = |s: &str| s.trim().trim_matches(['"', '\'']).to_owned();
    let mut pending: Option<String> = None;
    let flush = |name: Option<String>, value: Option<Value>, items: &mut Vec<Setting>| {
        if let Some(name) = name {
            items.extend(Setting::env(
                (path.clone(), path.clone()),
                &name,
                value.as_ref(),
            ));
        }
    };
    for line in text.lines() {
        let line = line.trim().trim_start_matches("- ").trim();
        if let Some(name) = line.strip_prefix("name:") {
            flush(pending.take(), None, items);
            pending = Some(unquote(name));
        } else if let Some(value) = line.strip_prefix("value:") {
            flush(pending.take(), Some(Value::String(unquote(value))), items);
        }
    }
    flush(pending, None, items);
}

/// `airflowVersion`, else the version of the Airflow image's tag, else the chart's default.
fn target(values: &Values) -> Target {
    if let Some(version) = values.airflow_version {
        return Target::new(version, "from airflowVersion");
    }
    let tag = values
        .airflow_image()
        .and_then(|image| serde_json::to_value(image).ok())
        .and_then(|image| image.get("tag").and_then(Value::as_str).map(str::to_owned));
    if let Some(version) = tag.as_deref().and_then(airflow_release) {
        return Target::new(version, "from images.airflow.tag");
    }
    let chart = values.chart_version;
    Target::new(
        chart.default_airflow_version(),
        format!("the default of chart {chart}"),
    )
}

/// The options the official chart sets from its own keys.
/// `airflow_3`: the chart's own view of the version (`airflowVersion`),
/// which decides whether it sets the webserver or the API secret key.
fn managed(tree: &Value, airflow_3: bool) -> Vec<Managed> {
    let built_in = |var: &str| {
        tree.get("enableBuiltInSecretEnvVars")
            .and_then(|e| e.get(var))
            .and_then(Value::as_bool)
            != Some(false)
    };
    let executor = tree
        .get("executor")
        .and_then(Value::as_str)
        .unwrap_or("CeleryExecutor");
    let celery = executor.contains("Celery");
    let elasticsearch = tree
        .pointer("/elasticsearch/enabled")
        .and_then(Value::as_bool)
        == Some(true);
    let env = |section, option, chart_key, on| {
        Managed {
            section,
            option,
            chart_key,
            as_env: true,
        }
        .only(on)
    };
    let mut managed = vec![Some(Managed {
        section: "core",
        option: "executor",
        chart_key: "`executor`",
        as_env: false,
    })];
    managed.extend([
        env(
            "core",
            "fernet_key",
            "`fernetKeySecretName` (or `fernetKey`)",
            built_in("AIRFLOW__CORE__FERNET_KEY"),
        ),
        env(
            "database",
            "sql_alchemy_conn",
            "`data.metadataSecretName` (or `data.metadataConnection`)",
            built_in("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"),
        ),
        env(
            "core",
            "sql_alchemy_conn",
            "`data.metadataSecretName` (or `data.metadataConnection`)",
            built_in("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"),
        ),
        env(
            "webserver",
            "secret_key",
            "`webserverSecretKeySecretName` (or `webserverSecretKey`)",
            !airflow_3 && built_in("AIRFLOW__WEBSERVER__SECRET_KEY"),
        ),
        env(
            "api",
            "secret_key",
            "`apiSecretKeySecretName` (or `apiSecretKey`)",
            airflow_3 && built_in("AIRFLOW__API__SECRET_KEY"),
        ),
        env(
            "api_auth",
            "jwt_secret",
            "`jwtSecretName` (or `jwtSecret`)",
            airflow_3 && built_in("AIRFLOW__API_AUTH__JWT_SECRET"),
        ),
        env(
            "celery",
            "broker_url",
            "`data.brokerUrlSecretName` (or `data.brokerUrl`)",
            celery && built_in("AIRFLOW__CELERY__BROKER_URL"),
        ),
        env(
            "celery",
            "result_backend",
            "`data.resultBackendSecretName` (or `data.resultBackendConnection`)",
            celery && built_in("AIRFLOW__CELERY__RESULT_BACKEND"),
        ),
        env(
            "elasticsearch",
            "host",
            "`elasticsearch.secretName` (or `elasticsearch.connection`)",
            elasticsearch && built_in("AIRFLOW__ELASTICSEARCH__HOST"),
        ),
    ]);
    managed.into_iter().flatten().collect()
}

impl Managed {
    fn only(self, on: bool) -> Option<Managed> {
        on.then_some(self)
    }
}

/// The YAML list an official-chart string holds, when it holds plain YAML:
/// what the AV13 rules read their variables from (`None` for template
/// code, which they read line by line).
fn plain_list(text: &str) -> Option<Vec<Value>> {
    if text.contains("{{") {
        return None;
    }
    match read_document(text.as_bytes()).ok()?.tree {
        Value::Array(items) => Some(items),
        _ => None,
    }
}
