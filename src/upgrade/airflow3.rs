//! What changes shape when the pods move to Airflow 3: the API server takes
//! the webserver's place, the API and JWT secrets the webserver secret key's,
//! and executors that ran two kinds of workers become lists of executors.

use serde_json::Value;

use super::planner::{Kind, Planner};
use crate::edit::Edit;
use crate::official::has_key;

/// Webserver keys whose `apiServer` key takes the same value with the same
/// meaning: the pods, their placement and their Kubernetes objects.
const SAME_MEANING: &[&str] = &[
    "replicas",
    "revisionHistoryLimit",
    "allowPodLogReading",
    "livenessProbe",
    "readinessProbe",
    "startupProbe",
    "hpa",
    "serviceAccount",
    "podDisruptionBudget",
    "strategy",
    "securityContexts",
    "containerLifecycleHooks",
    "extraContainers",
    "extraInitContainers",
    "extraVolumes",
    "extraVolumeMounts",
    "affinity",
    "tolerations",
    "topologySpreadConstraints",
    "hostAliases",
    "annotations",
    "podAnnotations",
    "labels",
    "networkPolicy",
    "resources",
    "nodeSelector",
    "priorityClassName",
    "env",
    "configMapAnnotations",
    "waitForMigrations",
];

/// Webserver keys a person moves, and why.
fn by_hand(key: &str, value: &Value) -> Option<String> {
    let why = match key {
        "command" | "args" => {
            "the webserver's command runs `airflow webserver`, which Airflow 3 does not have; write the API server's (`airflow api-server`) under `apiServer`".to_owned()
        }
        "webserverConfig" | "webserverConfigConfigMapName" => {
            "Airflow 3's API server reads `webserver_config.py` only with the FAB auth manager; check it still applies, then move it to `apiServer.apiServerConfig` (or `apiServerConfigConfigMapName`)".to_owned()
        }
        "enabled" if value == &Value::Bool(false) => {
            "Airflow 3 needs the API server (task pods report to it), so switching the webserver off does not carry over; decide `apiServer.enabled` by hand".to_owned()
        }
        "service" if value.get("ports").is_some() => {
            "the API server's port is `api-server` (`ports.apiServer`), not `airflow-ui`; write the ports again under `apiServer.service`".to_owned()
        }
        "terminationGracePeriodSeconds" => {
            "the API server takes no `terminationGracePeriodSeconds`; remove it".to_owned()
        }
        _ => return None,
    };
    Some(why)
}

impl Planner {
    /// The Airflow 3 changes, when the target Airflow is 3 or later and the
    /// target release has an API server.
    pub(super) fn airflow3(&mut self) {
        if self.target_airflow.major() < 3 || !has_key(self.to, "apiServer") {
            return;
        }
        self.webserver();
        self.secrets();
        self.executor();
    }

    fn webserver(&mut self) {
        let to = self.to;
        let airflow = self.target_airflow;
        let unused = format!(
            "Airflow {airflow} runs no webserver (chart {to} deploys the API server instead)"
        );
        let keys: Vec<(String, Value)> = self
            .get("webserver")
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        for (key, value) in keys {
            let path = format!("webserver.{key}");
            let target = format!("apiServer.{key}");
            let portless_service = key == "service" && value.get("ports").is_none();
            if SAME_MEANING.contains(&key.as_str()) || portless_service {
                if has_key(to, &target) {
                    self.move_or_merge(
                        Kind::ApiServer,
                        &path,
                        &target,
                        format!("{unused}; `{target}` takes the same value"),
                    );
                } else {
                    self.manual(
                        Kind::ApiServer,
                        &path,
                        format!("{unused}, and its API server has no `{key}`; remove it"),
                    );
                }
            } else if let Some(why) = by_hand(&key, &value) {
                self.manual(Kind::ApiServer, &path, format!("{unused}: {why}"));
            }
        }
        for (old, new) in [
            ("ingress.web", "ingress.apiServer"),
            ("ports.airflowUI", "ports.apiServer"),
        ] {
            if self.get(old).is_some() && has_key(to, new) {
                self.move_or_merge(
                    Kind::ApiServer,
                    old,
                    new,
                    format!("{unused}; `{new}` takes the same value for the API server"),
                );
            }
        }
    }

    fn secrets(&mut self) {
        let to = self.to;
        if !has_key(to, "apiSecretKey") {
            return;
        }
        let airflow = self.target_airflow;
        // A file that keeps its session key fixed wants the JWT secret fixed too.
        let had_static = [
            "webserverSecretKey",
            "webserverSecretKeySecretName",
            "apiSecretKey",
            "apiSecretKeySecretName",
        ]
        .iter()
        .any(|k| self.get(k).is_some_and(|v| !v.is_null()));
        let unread = |key: &str| format!("chart {to} reads `{key}` only for Airflow 2");
        if self.get("webserverSecretKey").is_some() {
            self.move_or_merge(
                Kind::SessionSecret,
                "webserverSecretKey",
                "apiSecretKey",
                format!(
                    "{}; on Airflow {airflow} `apiSecretKey` is the same Flask secret key",
                    unread("webserverSecretKey")
                ),
            );
        }
        if self.get("webserverSecretAnnotations").is_some() {
            self.move_or_merge(
                Kind::SessionSecret,
                "webserverSecretAnnotations",
                "apiSecretAnnotations",
                format!(
                    "{}; `apiSecretAnnotations` annotates the API secret the same way",
                    unread("webserverSecretAnnotations")
                ),
            );
        }
        if self
            .get("webserverSecretKeySecretName")
            .is_some_and(|v| !v.is_null())
        {
            self.manual(
                Kind::SessionSecret,
                "webserverSecretKeySecretName",
                format!(
                    "{}: its Secret holds the key under `webserver-secret-key`, while `apiSecretKeySecretName` names a Secret that holds it under `api-secret-key`; add that entry (or make a new Secret) and set `apiSecretKeySecretName`",
                    unread("webserverSecretKeySecretName")
                ),
            );
        }
        let jwt = ["jwtSecret", "jwtSecretName"]
            .iter()
            .any(|k| self.get(k).is_some_and(|v| !v.is_null()));
        if had_static && !jwt && has_key(to, "jwtSecretName") {
            let near = [
                "webserverSecretKeySecretName",
                "apiSecretKeySecretName",
                "webserverSecretKey",
            ]
            .into_iter()
            .find(|k| self.get(k).is_some())
            .unwrap_or("apiSecretKey");
            self.manual_near(
                Kind::SessionSecret,
                "jwtSecretName",
                near,
                format!("the file keeps its session secret key fixed, but Airflow {airflow} also signs task tokens with a JWT secret, which chart {to} makes anew on every upgrade (tasks fail while pods roll over); create a Secret with a `jwt-secret` entry and set `jwtSecretName`"),
            );
        }
    }

    fn executor(&mut self) {
        let to = self.to;
        let airflow = self.target_airflow;
        let Some(executor) = self
            .get("executor")
            .and_then(Value::as_str)
            .map(str::to_owned)
        else {
            return;
        };
        let replaced: Vec<&str> = executor
            .split(',')
            .map(str::trim)
            .flat_map(|e| match e {
                "CeleryKubernetesExecutor" => vec!["CeleryExecutor", "KubernetesExecutor"],
                "LocalKubernetesExecutor" => vec!["LocalExecutor", "KubernetesExecutor"],
                other => vec![other],
            })
            .fold(Vec::new(), |mut all, e| {
                if !all.contains(&e) {
                    all.push(e);
                }
                all
            });
        let new = replaced.join(",");
        if new == executor {
            return;
        }
        if to.supports_multiple_executors() {
            self.change(
                Kind::Executor,
                Edit::set_value("executor", new.clone()),
                format!("Airflow {airflow} has no `{executor}`; `{new}` runs the same two kinds of workers (tasks then pick the second with `executor=` instead of a queue)"),
            );
        } else {
            self.manual(
                Kind::Executor,
                "executor",
                format!("Airflow {airflow} has no `{executor}`, and chart {to} takes one executor only; choose one"),
            );
        }
    }
}
