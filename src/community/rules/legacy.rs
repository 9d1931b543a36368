//! Keys of older chart versions, each with the key of chart 8.x to use.

use crate::community::Values;
use crate::findings::{Code, Profile, Rule, Severity};
use crate::rules::Findings;
use crate::yaml::{KeyPath, key_path};

pub(crate) const AV1206: Rule<Values> = Rule {
    code: Code::new("AV1206"),
    name: "community-legacy-key",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV1206.md"),
    check: legacy_key,
};

/// Legacy key paths and what chart 8.x has instead.
pub(crate) const LEGACY_KEYS: &[(&str, &str)] = &[
    (
        "airflow.sqlalchemy_connection",
        "use externalDatabase (type, host, port, database, user, passwordSecret, properties: \"?sslmode=require\") with postgresql.enabled: false",
    ),
    ("airflow.service", "move it to web.service"),
    (
        "imageCredentials",
        "create a docker-registry Secret (kubectl create secret docker-registry) and name it in airflow.image.pullSecret",
    ),
    (
        "persistence.fileStorage",
        "create a PersistentVolumeClaim on an Azure Files StorageClass (azurefile-csi) and name it in dags.persistence.existingClaim and logs.persistence.existingClaim",
    ),
    ("persistence", "move it to dags.persistence"),
    ("logsPersistence", "move it to logs.persistence"),
    ("scheduler.connections", "move them to airflow.connections"),
    (
        "scheduler.refreshConnections",
        "use airflow.connectionsUpdate",
    ),
    (
        "scheduler.variables",
        "list them in airflow.variables as key/value entries",
    ),
    (
        "scheduler.pools",
        "list them in airflow.pools as name/slots entries",
    ),
    ("scheduler.initdb", "use airflow.dbMigrations"),
    ("scheduler.preinitdb", "use airflow.dbMigrations"),
    (
        "scheduler.initialStartupDelay",
        "remove it; chart 8.x waits for the database with its check-db init container",
    ),
    (
        "web.baseUrl",
        "set AIRFLOW__WEBSERVER__BASE_URL in airflow.config",
    ),
    (
        "web.serializeDAGs",
        "set AIRFLOW__CORE__STORE_SERIALIZED_DAGS in airflow.config (always on from Airflow 2.0)",
    ),
    (
        "web.initialStartupDelay",
        "remove it; chart 8.x waits for the database with its check-db init container",
    ),
    (
        "web.initialDelaySeconds",
        "use web.readinessProbe.initialDelaySeconds and web.livenessProbe.initialDelaySeconds",
    ),
    (
        "web.minReadySeconds",
        "remove it; chart 8.x has no such key",
    ),
    (
        "workers.celery.instances",
        "set AIRFLOW__CELERY__WORKER_CONCURRENCY in airflow.config",
    ),
    (
        "dags.git",
        "use dags.gitSync (url → repo, ref → branch or revision, secret → sshSecret, privateKeyName → sshSecretKey, gitSync.refreshTime → syncWait)",
    ),
    (
        "dags.initContainer",
        "use dags.gitSync, which clones the repository before the containers start",
    ),
    (
        "dags.installRequirements",
        "list the packages in airflow.extraPipPackages",
    ),
    (
        "dags.doNotPickle",
        "set AIRFLOW__CORE__DONOT_PICKLE in airflow.config",
    ),
];

fn legacy_key(values: &Values, out: &mut Findings) {
    let tree = serde_json::to_value(values).unwrap_or_default();
    let mut reported: Vec<&str> = Vec::new();
    for &(path, instead) in LEGACY_KEYS {
        // A key under one already reported (persistence.fileStorage before
        // persistence) is not reported twice.
        if reported
            .iter()
            .any(|r| r.starts_with(path) || path.starts_with(*r))
        {
            continue;
        }
        let present = path
            .split('.')
            .try_fold(&tree, |node, key| node.get(key))
            .is_some_and(|v| !v.is_null());
        if present {
            reported.push(path);
            out.report(
                KeyPath::from_keys(path.split('.')),
                format!("`{path}` is a key of an older chart version; chart 8.9.0 ignores it"),
                instead,
            );
        }
    }
    let executor = values.executor();
    if executor.is_legacy() {
        let instead = match executor {
            crate::community::Executor::Local => {
                "chart 8.x has no LocalExecutor mode; use KubernetesExecutor (or CeleryExecutor)"
            }
            crate::community::Executor::Celery => "write CeleryExecutor",
            _ => "write KubernetesExecutor",
        };
        out.report(
            key_path!(airflow.executor),
            format!(
                "`{}` is an executor name of the old stable/airflow chart; chart 8.9.0 refuses it",
                executor.as_str()
            ),
            instead,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::AV1206;
    use crate::community::Values;
    use crate::findings::Profile;

    fn paths(yaml: &str) -> Vec<String> {
        Values::from_yaml(yaml)
            .expect("test values read")
            .validate(Profile::Default)
            .with_code(AV1206.code)
            .map(|d| d.path.to_string())
            .collect()
    }

    #[test]
    fn legacy_keys_are_named_once_each() {
        let cases: [(&str, &[&str]); 6] = [
            (
                "persistence:\n  fileStorage: {storageAccountName: a}\n  enabled: true\n",
                &["persistence.fileStorage"],
            ),
            (
                "persistence: {enabled: true}\nlogsPersistence: {enabled: true}\n",
                &["persistence", "logsPersistence"],
            ),
            (
                "dags:\n  git: {url: x}\n  gitSync: {enabled: true}\n",
                &["dags.git"],
            ),
            ("airflow:\n  executor: Local\n", &["airflow.executor"]),
            ("airflow:\n  executor: KubernetesExecutor\n", &[]),
            (
                "dags:\n  gitSync: {enabled: true}\nimageCredentials: {registry: r}\n",
                &["imageCredentials"],
            ),
        ];
        for (yaml, want) in cases {
            assert_eq!(paths(yaml), want, "{yaml}");
        }
    }
}
