//! AV14xx: the community chart's template checks
//! (`templates/_helpers/validate-values.tpl` of chart 8.9.0), as data for
//! the engine in `check::rules::template`.
//!
//! Also the `required` checks elsewhere in the templates: the scheduler's
//! liveness probe (`templates/scheduler/scheduler-deployment.yaml`) and the
//! sync jobs of users, connections, variables and pools
//! (`templates/sync/`). The release-name checks read `.Release.Name`, which
//! `check` takes from `--release-name` (`airflow` unless given).
//!
//! Not modeled: the checks of `airflow.pools[].policies[]` (name,
//! recurrence and slots of each scheduled policy).

use std::sync::OnceLock;

use crate::findings::Explanation;
use crate::rules::template::{Cond, EntryTest, FieldTest, TemplateCheck, TemplateChecks};

const fn not(cond: &'static Cond) -> Cond {
    Cond::Not(cond)
}

/// pgbouncer runs: it is on, and the database is PostgreSQL (the chart's
/// own, or an external one of type `postgres`).
const PGBOUNCER_USED: Cond = Cond::All(&[
    Cond::Set("pgbouncer.enabled"),
    Cond::Any(&[
        Cond::Set("postgresql.enabled"),
        Cond::Is("externalDatabase.type", "postgres"),
    ]),
]);

const EXECUTORS: &[&str] = &[
    "CeleryExecutor",
    "CeleryKubernetesExecutor",
    "KubernetesExecutor",
];

/// The community chart's template checks.
pub(crate) static COMMUNITY: TemplateChecks = TemplateChecks {
    chart: "airflow-helm community chart",
    source: "templates/_helpers/validate-values.tpl",
    defaults: &[
        ("airflow.legacyCommands", "false"),
        ("scheduler.replicas", "1"),
        ("airflow.image.repository", "\"apache/airflow\""),
        ("airflow.image.tag", "\"2.8.4-python3.9\""),
        ("airflow.executor", "\"CeleryExecutor\""),
        ("workers.enabled", "true"),
        ("flower.enabled", "true"),
        ("redis.enabled", "true"),
        ("scheduler.logCleanup.enabled", "true"),
        ("workers.logCleanup.enabled", "true"),
        ("logs.persistence.enabled", "false"),
        ("logs.path", "\"/opt/airflow/logs\""),
        ("logs.persistence.accessMode", "\"ReadWriteMany\""),
        ("dags.persistence.enabled", "false"),
        ("dags.persistence.accessMode", "\"ReadOnlyMany\""),
        ("dags.gitSync.enabled", "false"),
        ("ingress.enabled", "false"),
        ("ingress.apiVersion", "\"networking.k8s.io/v1\""),
        ("pgbouncer.enabled", "true"),
        ("externalDatabase.host", "\"localhost\""),
        ("externalDatabase.type", "\"postgres\""),
        ("postgresql.enabled", "true"),
        ("externalRedis.host", "\"localhost\""),
        ("scheduler.livenessProbe.enabled", "true"),
        ("scheduler.livenessProbe.taskCreationCheck.enabled", "false"),
        (
            "scheduler.livenessProbe.taskCreationCheck.thresholdSeconds",
            "300",
        ),
        (
            "scheduler.livenessProbe.taskCreationCheck.schedulerAgeBeforeCheck",
            "180",
        ),
    ],
    checks: &[
        TemplateCheck::every_release(
            "AV1401",
            "legacy-commands-with-several-schedulers",
            Cond::All(&[
                Cond::Set("airflow.legacyCommands"),
                not(&Cond::Is("scheduler.replicas", "1")),
            ]),
            &["scheduler.replicas", "airflow.legacyCommands"],
            [
                "`airflow.legacyCommands: true` (Airflow 1.10) runs one scheduler, but `scheduler.replicas` is not 1",
                "set `scheduler.replicas: 1`, or move to Airflow 2 and `airflow.legacyCommands: false`",
                "airflow:\n  legacyCommands: true\n  image: {repository: apache/airflow, tag: 1.10.15}\nscheduler:\n  replicas: 2\n",
                "airflow:\n  legacyCommands: true\n  image: {repository: apache/airflow, tag: 1.10.15}\nscheduler:\n  replicas: 1\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1402",
            "airflow-1-without-legacy-commands",
            Cond::All(&[
                Cond::Is("airflow.image.repository", "apache/airflow"),
                Cond::StartsWith("airflow.image.tag", "1.", false),
                not(&Cond::Set("airflow.legacyCommands")),
            ]),
            &[
                "airflow.image.tag",
                "airflow.legacyCommands",
                "airflow.image.repository",
            ],
            [
                "the `apache/airflow` image tag is an Airflow 1.10 release, which needs `airflow.legacyCommands: true`",
                "set `airflow.legacyCommands: true`, or better, use an Airflow 2 image",
                "airflow:\n  image: {repository: apache/airflow, tag: 1.10.15}\n",
                "airflow:\n  legacyCommands: true\n  image: {repository: apache/airflow, tag: 1.10.15}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1403",
            "airflow-2-with-legacy-commands",
            Cond::All(&[
                Cond::Is("airflow.image.repository", "apache/airflow"),
                Cond::StartsWith("airflow.image.tag", "2.", false),
                Cond::Set("airflow.legacyCommands"),
            ]),
            &[
                "airflow.legacyCommands",
                "airflow.image.tag",
                "airflow.image.repository",
            ],
            [
                "`airflow.legacyCommands: true` is for Airflow 1.10, but the `apache/airflow` image tag is an Airflow 2 release",
                "set `airflow.legacyCommands: false` (the default)",
                "airflow:\n  legacyCommands: true\n  image: {repository: apache/airflow, tag: 2.8.4}\n",
                "airflow:\n  legacyCommands: false\n  image: {repository: apache/airflow, tag: 2.8.4}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1404",
            "executor-not-supported",
            not(&Cond::OneOf("airflow.executor", EXECUTORS)),
            &["airflow.executor"],
            [
                "`airflow.executor` is not one the chart runs: CeleryExecutor, CeleryKubernetesExecutor or KubernetesExecutor",
                "set `airflow.executor` to one of CeleryExecutor, CeleryKubernetesExecutor or KubernetesExecutor (LocalExecutor and SequentialExecutor are not supported)",
                "airflow:\n  executor: LocalExecutor\n",
                "airflow:\n  executor: CeleryExecutor\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1405",
            "celery-executor-without-workers",
            Cond::All(&[
                Cond::Is("airflow.executor", "CeleryExecutor"),
                not(&Cond::Set("workers.enabled")),
            ]),
            &["workers.enabled", "airflow.executor"],
            [
                "`airflow.executor: CeleryExecutor` runs tasks on the Celery workers, but `workers.enabled` is false",
                "set `workers.enabled: true`, or use `airflow.executor: KubernetesExecutor`",
                "airflow:\n  executor: CeleryExecutor\nworkers:\n  enabled: false\n",
                "airflow:\n  executor: CeleryExecutor\nworkers:\n  enabled: true\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1406",
            "celery-kubernetes-executor-without-workers",
            Cond::All(&[
                Cond::Is("airflow.executor", "CeleryKubernetesExecutor"),
                not(&Cond::Set("workers.enabled")),
            ]),
            &["workers.enabled", "airflow.executor"],
            [
                "`airflow.executor: CeleryKubernetesExecutor` runs tasks on the Celery workers too, but `workers.enabled` is false",
                "set `workers.enabled: true`, or use `airflow.executor: KubernetesExecutor`",
                "airflow:\n  executor: CeleryKubernetesExecutor\nworkers:\n  enabled: false\n",
                "airflow:\n  executor: CeleryKubernetesExecutor\nworkers:\n  enabled: true\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1407",
            "kubernetes-executor-with-celery-parts",
            Cond::All(&[
                Cond::Is("airflow.executor", "KubernetesExecutor"),
                Cond::Any(&[
                    Cond::Set("workers.enabled"),
                    Cond::Set("flower.enabled"),
                    Cond::Set("redis.enabled"),
                ]),
            ]),
            &[
                "airflow.executor",
                "workers.enabled",
                "flower.enabled",
                "redis.enabled",
            ],
            [
                "`airflow.executor: KubernetesExecutor` needs none of the Celery parts, but one of `workers.enabled`, `flower.enabled`, `redis.enabled` is on (each defaults to true)",
                "set `workers.enabled`, `flower.enabled` and `redis.enabled` to false",
                "airflow:\n  executor: KubernetesExecutor\n",
                "airflow:\n  executor: KubernetesExecutor\nworkers: {enabled: false}\nflower: {enabled: false}\nredis: {enabled: false}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1408",
            "config-sets-executor",
            Cond::Set("airflow.config.AIRFLOW__CORE__EXECUTOR"),
            &["airflow.config.AIRFLOW__CORE__EXECUTOR", "airflow.executor"],
            [
                "`airflow.config.AIRFLOW__CORE__EXECUTOR` is set, but the chart sets it from `airflow.executor`",
                "remove `airflow.config.AIRFLOW__CORE__EXECUTOR` and set `airflow.executor`",
                "airflow:\n  config:\n    AIRFLOW__CORE__EXECUTOR: CeleryExecutor\n",
                "airflow:\n  executor: CeleryExecutor\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1409",
            "config-sets-dags-folder",
            Cond::Set("airflow.config.AIRFLOW__CORE__DAGS_FOLDER"),
            &["airflow.config.AIRFLOW__CORE__DAGS_FOLDER", "dags.path"],
            [
                "`airflow.config.AIRFLOW__CORE__DAGS_FOLDER` is set, but the chart sets it from `dags.path`",
                "remove `airflow.config.AIRFLOW__CORE__DAGS_FOLDER` and set `dags.path`",
                "airflow:\n  config:\n    AIRFLOW__CORE__DAGS_FOLDER: /opt/airflow/dags/repo\n",
                "dags:\n  path: /opt/airflow/dags/repo\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1410",
            "config-sets-broker-url",
            Cond::Any(&[
                Cond::Set("airflow.config.AIRFLOW__CELERY__BROKER_URL"),
                Cond::Set("airflow.config.AIRFLOW__CELERY__BROKER_URL_CMD"),
            ]),
            &[
                "airflow.config.AIRFLOW__CELERY__BROKER_URL",
                "airflow.config.AIRFLOW__CELERY__BROKER_URL_CMD",
            ],
            [
                "`airflow.config.AIRFLOW__CELERY__BROKER_URL` (or `_CMD`) is set, but the chart sets the broker URL itself",
                "remove it; point the chart at your Redis with `externalRedis` (and `redis.enabled: false`)",
                "airflow:\n  config:\n    AIRFLOW__CELERY__BROKER_URL: redis://redis:6379/0\n",
                "externalRedis:\n  host: redis\nredis:\n  enabled: false\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1411",
            "config-sets-result-backend",
            Cond::Any(&[
                Cond::Set("airflow.config.AIRFLOW__CELERY__RESULT_BACKEND"),
                Cond::Set("airflow.config.AIRFLOW__CELERY__RESULT_BACKEND_CMD"),
            ]),
            &[
                "airflow.config.AIRFLOW__CELERY__RESULT_BACKEND",
                "airflow.config.AIRFLOW__CELERY__RESULT_BACKEND_CMD",
            ],
            [
                "`airflow.config.AIRFLOW__CELERY__RESULT_BACKEND` (or `_CMD`) is set, but the chart sets the result backend itself",
                "remove it; the chart builds it from the database settings (`externalDatabase` or `postgresql`)",
                "airflow:\n  config:\n    AIRFLOW__CELERY__RESULT_BACKEND: db+postgresql://db/airflow\n",
                "externalDatabase:\n  host: db\npostgresql:\n  enabled: false\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1412",
            "config-sets-core-sql-alchemy-conn",
            Cond::Any(&[
                Cond::Set("airflow.config.AIRFLOW__CORE__SQL_ALCHEMY_CONN"),
                Cond::Set("airflow.config.AIRFLOW__CORE__SQL_ALCHEMY_CONN_CMD"),
            ]),
            &[
                "airflow.config.AIRFLOW__CORE__SQL_ALCHEMY_CONN",
                "airflow.config.AIRFLOW__CORE__SQL_ALCHEMY_CONN_CMD",
            ],
            [
                "`airflow.config.AIRFLOW__CORE__SQL_ALCHEMY_CONN` (or `_CMD`) is set, but the chart sets the database connection itself",
                "remove it and describe the database with `externalDatabase` (and `postgresql.enabled: false`)",
                "airflow:\n  config:\n    AIRFLOW__CORE__SQL_ALCHEMY_CONN: postgresql://db/airflow\n",
                "externalDatabase:\n  host: db\npostgresql:\n  enabled: false\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1413",
            "config-sets-database-sql-alchemy-conn",
            Cond::Any(&[
                Cond::Set("airflow.config.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"),
                Cond::Set("airflow.config.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD"),
            ]),
            &[
                "airflow.config.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
                "airflow.config.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD",
            ],
            [
                "`airflow.config.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN` (or `_CMD`) is set, but the chart sets the database connection itself",
                "remove it and describe the database with `externalDatabase` (and `postgresql.enabled: false`)",
                "airflow:\n  config:\n    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql://db/airflow\n",
                "externalDatabase:\n  host: db\npostgresql:\n  enabled: false\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1414",
            "scheduler-log-cleanup-with-log-persistence",
            Cond::All(&[
                Cond::Set("scheduler.logCleanup.enabled"),
                Cond::Set("logs.persistence.enabled"),
            ]),
            &["scheduler.logCleanup.enabled", "logs.persistence.enabled"],
            [
                "`scheduler.logCleanup.enabled` (on by default) would delete logs on the persistent log volume that `logs.persistence.enabled` mounts",
                "set `scheduler.logCleanup.enabled: false` (and `workers.logCleanup.enabled: false`)",
                "logs:\n  persistence: {enabled: true}\nworkers:\n  logCleanup: {enabled: false}\n",
                "logs:\n  persistence: {enabled: true}\nscheduler:\n  logCleanup: {enabled: false}\nworkers:\n  logCleanup: {enabled: false}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1415",
            "scheduler-log-cleanup-with-log-mount",
            Cond::All(&[
                Cond::Set("scheduler.logCleanup.enabled"),
                Cond::MountsPathOf("airflow.extraVolumeMounts", "logs.path"),
            ]),
            &[
                "scheduler.logCleanup.enabled",
                "airflow.extraVolumeMounts",
                "logs.path",
            ],
            [
                "`scheduler.logCleanup.enabled` (on by default) would delete logs on a volume that `airflow.extraVolumeMounts` mounts at or above `logs.path`",
                "set `scheduler.logCleanup.enabled: false` and `workers.logCleanup.enabled: false`",
                "airflow:\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\nworkers:\n  logCleanup: {enabled: false}\n",
                "airflow:\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\nscheduler:\n  logCleanup: {enabled: false}\nworkers:\n  logCleanup: {enabled: false}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1416",
            "scheduler-log-cleanup-with-scheduler-log-mount",
            Cond::All(&[
                Cond::Set("scheduler.logCleanup.enabled"),
                Cond::MountsPathOf("scheduler.extraVolumeMounts", "logs.path"),
            ]),
            &[
                "scheduler.logCleanup.enabled",
                "scheduler.extraVolumeMounts",
                "logs.path",
            ],
            [
                "`scheduler.logCleanup.enabled` (on by default) would delete logs on a volume that `scheduler.extraVolumeMounts` mounts at or above `logs.path`",
                "set `scheduler.logCleanup.enabled: false`",
                "scheduler:\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\n",
                "scheduler:\n  logCleanup: {enabled: false}\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1417",
            "worker-log-cleanup-with-log-persistence",
            Cond::All(&[
                Cond::Set("workers.enabled"),
                Cond::Set("workers.logCleanup.enabled"),
                Cond::Set("logs.persistence.enabled"),
            ]),
            &[
                "workers.logCleanup.enabled",
                "logs.persistence.enabled",
                "workers.enabled",
            ],
            [
                "`workers.logCleanup.enabled` (on by default) would delete logs on the persistent log volume that `logs.persistence.enabled` mounts",
                "set `workers.logCleanup.enabled: false` (and `scheduler.logCleanup.enabled: false`)",
                "logs:\n  persistence: {enabled: true}\nscheduler:\n  logCleanup: {enabled: false}\n",
                "logs:\n  persistence: {enabled: true}\nscheduler:\n  logCleanup: {enabled: false}\nworkers:\n  logCleanup: {enabled: false}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1418",
            "worker-log-cleanup-with-log-mount",
            Cond::All(&[
                Cond::Set("workers.enabled"),
                Cond::Set("workers.logCleanup.enabled"),
                Cond::MountsPathOf("airflow.extraVolumeMounts", "logs.path"),
            ]),
            &[
                "workers.logCleanup.enabled",
                "airflow.extraVolumeMounts",
                "logs.path",
                "workers.enabled",
            ],
            [
                "`workers.logCleanup.enabled` (on by default) would delete logs on a volume that `airflow.extraVolumeMounts` mounts at or above `logs.path`",
                "set `workers.logCleanup.enabled: false` and `scheduler.logCleanup.enabled: false`",
                "airflow:\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\nscheduler:\n  logCleanup: {enabled: false}\n",
                "airflow:\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\nscheduler:\n  logCleanup: {enabled: false}\nworkers:\n  logCleanup: {enabled: false}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1419",
            "worker-log-cleanup-with-worker-log-mount",
            Cond::All(&[
                Cond::Set("workers.enabled"),
                Cond::Set("workers.logCleanup.enabled"),
                Cond::MountsPathOf("workers.extraVolumeMounts", "logs.path"),
            ]),
            &[
                "workers.logCleanup.enabled",
                "workers.extraVolumeMounts",
                "logs.path",
                "workers.enabled",
            ],
            [
                "`workers.logCleanup.enabled` (on by default) would delete logs on a volume that `workers.extraVolumeMounts` mounts at or above `logs.path`",
                "set `workers.logCleanup.enabled: false`",
                "workers:\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\n",
                "workers:\n  logCleanup: {enabled: false}\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1420",
            "log-persistence-not-read-write-many",
            Cond::All(&[
                Cond::Set("logs.persistence.enabled"),
                not(&Cond::Is("logs.persistence.accessMode", "ReadWriteMany")),
            ]),
            &["logs.persistence.accessMode", "logs.persistence.enabled"],
            [
                "`logs.persistence.accessMode` is not ReadWriteMany, which the shared log volume needs",
                "set `logs.persistence.accessMode: ReadWriteMany` and a storage class that offers it",
                "logs:\n  persistence: {enabled: true, accessMode: ReadWriteOnce}\nscheduler:\n  logCleanup: {enabled: false}\nworkers:\n  logCleanup: {enabled: false}\n",
                "logs:\n  persistence: {enabled: true, accessMode: ReadWriteMany}\nscheduler:\n  logCleanup: {enabled: false}\nworkers:\n  logCleanup: {enabled: false}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1421",
            "log-persistence-with-log-mount",
            Cond::All(&[
                Cond::Set("logs.persistence.enabled"),
                Cond::MountsPathOf("airflow.extraVolumeMounts", "logs.path"),
            ]),
            &[
                "logs.persistence.enabled",
                "airflow.extraVolumeMounts",
                "logs.path",
            ],
            [
                "`logs.persistence.enabled` and an `airflow.extraVolumeMounts` mount at or above `logs.path` both put a volume on the log path",
                "keep one of the two: turn `logs.persistence.enabled` off, or remove the mount",
                "logs:\n  persistence: {enabled: true}\nairflow:\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\nscheduler:\n  logCleanup: {enabled: false}\nworkers:\n  logCleanup: {enabled: false}\n",
                "logs:\n  persistence: {enabled: false}\nairflow:\n  extraVolumeMounts:\n    - {name: logs, mountPath: /opt/airflow/logs}\n  extraVolumes:\n    - {name: logs, emptyDir: {}}\nscheduler:\n  logCleanup: {enabled: false}\nworkers:\n  logCleanup: {enabled: false}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1422",
            "dag-persistence-access-mode",
            Cond::All(&[
                Cond::Set("dags.persistence.enabled"),
                not(&Cond::OneOf(
                    "dags.persistence.accessMode",
                    &["ReadOnlyMany", "ReadWriteMany"],
                )),
            ]),
            &["dags.persistence.accessMode", "dags.persistence.enabled"],
            [
                "`dags.persistence.accessMode` is neither ReadOnlyMany nor ReadWriteMany, which the shared DAG volume needs",
                "set `dags.persistence.accessMode: ReadOnlyMany` (or ReadWriteMany)",
                "dags:\n  persistence: {enabled: true, accessMode: ReadWriteOnce}\n",
                "dags:\n  persistence: {enabled: true, accessMode: ReadOnlyMany}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1423",
            "git-sync-with-dag-persistence",
            Cond::All(&[
                Cond::Set("dags.gitSync.enabled"),
                Cond::Set("dags.persistence.enabled"),
            ]),
            &["dags.gitSync.enabled", "dags.persistence.enabled"],
            [
                "`dags.gitSync.enabled` and `dags.persistence.enabled` are both on; the DAGs come from one of them",
                "turn `dags.persistence.enabled` off (git-sync fills the DAG folder), or turn git-sync off",
                "dags:\n  persistence: {enabled: true}\n  gitSync: {enabled: true, repo: \"https://example.com/dags.git\"}\n",
                "dags:\n  persistence: {enabled: false}\n  gitSync: {enabled: true, repo: \"https://example.com/dags.git\"}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1424",
            "git-sync-without-repo",
            Cond::All(&[
                Cond::Set("dags.gitSync.enabled"),
                not(&Cond::Set("dags.gitSync.repo")),
            ]),
            &["dags.gitSync.repo", "dags.gitSync.enabled"],
            [
                "`dags.gitSync.enabled` is on, but `dags.gitSync.repo` is empty",
                "set `dags.gitSync.repo` to the URL of the DAG repository",
                "dags:\n  gitSync: {enabled: true}\n",
                "dags:\n  gitSync: {enabled: true, repo: \"https://example.com/dags.git\"}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1425",
            "git-sync-ssh-and-http-secret",
            Cond::All(&[
                Cond::Set("dags.gitSync.enabled"),
                Cond::Set("dags.gitSync.sshSecret"),
                Cond::Set("dags.gitSync.httpSecret"),
            ]),
            &[
                "dags.gitSync.sshSecret",
                "dags.gitSync.httpSecret",
                "dags.gitSync.enabled",
            ],
            [
                "`dags.gitSync.sshSecret` and `dags.gitSync.httpSecret` are both set; git-sync uses one",
                "keep the one that matches the URL of `dags.gitSync.repo` (ssh or https)",
                "dags:\n  gitSync: {enabled: true, repo: \"git@example.com:dags.git\", sshSecret: git-ssh, httpSecret: git-http}\n",
                "dags:\n  gitSync: {enabled: true, repo: \"git@example.com:dags.git\", sshSecret: git-ssh}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1426",
            "git-sync-github-ssh-without-key",
            Cond::All(&[
                Cond::Set("dags.gitSync.enabled"),
                Cond::StartsWith("dags.gitSync.repo", "git@github.com", true),
                not(&Cond::Set("dags.gitSync.sshSecret")),
            ]),
            &[
                "dags.gitSync.repo",
                "dags.gitSync.sshSecret",
                "dags.gitSync.enabled",
            ],
            [
                "`dags.gitSync.repo` is a GitHub ssh URL, but no `dags.gitSync.sshSecret` holds the key",
                "set `dags.gitSync.sshSecret` (and `sshSecretKey`) to the Secret with the deploy key",
                "dags:\n  gitSync: {enabled: true, repo: \"git@github.com:acme/dags.git\"}\n",
                "dags:\n  gitSync: {enabled: true, repo: \"git@github.com:acme/dags.git\", sshSecret: git-ssh}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1427",
            "ingress-api-version",
            Cond::All(&[
                Cond::Set("ingress.enabled"),
                not(&Cond::OneOf(
                    "ingress.apiVersion",
                    &["networking.k8s.io/v1", "networking.k8s.io/v1beta1"],
                )),
            ]),
            &["ingress.apiVersion", "ingress.enabled"],
            [
                "`ingress.apiVersion` is neither networking.k8s.io/v1 nor networking.k8s.io/v1beta1",
                "set `ingress.apiVersion: networking.k8s.io/v1` (extensions/v1beta1 is gone from Kubernetes)",
                "ingress:\n  enabled: true\n  apiVersion: extensions/v1beta1\n",
                "ingress:\n  enabled: true\n  apiVersion: networking.k8s.io/v1\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1428",
            "ingress-web-path-without-slash",
            Cond::All(&[
                Cond::Set("ingress.enabled"),
                Cond::Set("ingress.web.path"),
                not(&Cond::StartsWith("ingress.web.path", "/", false)),
            ]),
            &["ingress.web.path", "ingress.enabled"],
            [
                "`ingress.web.path` does not start with `/`",
                "write the path with a leading `/`, such as `/airflow`",
                "ingress:\n  enabled: true\n  web: {path: airflow}\nairflow:\n  config: {AIRFLOW__WEBSERVER__BASE_URL: \"http://example.com/airflow\"}\n",
                "ingress:\n  enabled: true\n  web: {path: /airflow}\nairflow:\n  config: {AIRFLOW__WEBSERVER__BASE_URL: \"http://example.com/airflow\"}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1429",
            "ingress-web-path-trailing-slash",
            Cond::All(&[
                Cond::Set("ingress.enabled"),
                Cond::EndsWith("ingress.web.path", "/"),
            ]),
            &["ingress.web.path", "ingress.enabled"],
            [
                "`ingress.web.path` ends with `/`",
                "remove the trailing `/` (write `/airflow`, not `/airflow/`)",
                "ingress:\n  enabled: true\n  web: {path: /airflow/}\nairflow:\n  config: {AIRFLOW__WEBSERVER__BASE_URL: \"http://example.com/airflow/\"}\n",
                "ingress:\n  enabled: true\n  web: {path: /airflow}\nairflow:\n  config: {AIRFLOW__WEBSERVER__BASE_URL: \"http://example.com/airflow\"}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1430",
            "ingress-web-path-without-base-url",
            Cond::All(&[
                Cond::Set("ingress.enabled"),
                Cond::Set("ingress.web.path"),
                not(&Cond::Set("airflow.config.AIRFLOW__WEBSERVER__BASE_URL")),
            ]),
            &[
                "ingress.web.path",
                "airflow.config.AIRFLOW__WEBSERVER__BASE_URL",
                "ingress.enabled",
            ],
            [
                "`ingress.web.path` is set, but `airflow.config.AIRFLOW__WEBSERVER__BASE_URL` is not, so the web UI would not know its path",
                "set `airflow.config.AIRFLOW__WEBSERVER__BASE_URL` to `http://HOST` followed by `ingress.web.path`",
                "ingress:\n  enabled: true\n  web: {path: /airflow}\n",
                "ingress:\n  enabled: true\n  web: {path: /airflow}\nairflow:\n  config: {AIRFLOW__WEBSERVER__BASE_URL: \"http://example.com/airflow\"}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1431",
            "ingress-flower-path-without-slash",
            Cond::All(&[
                Cond::Set("ingress.enabled"),
                Cond::Set("ingress.flower.path"),
                not(&Cond::StartsWith("ingress.flower.path", "/", false)),
            ]),
            &["ingress.flower.path", "ingress.enabled"],
            [
                "`ingress.flower.path` does not start with `/`",
                "write the path with a leading `/`, such as `/flower`",
                "ingress:\n  enabled: true\n  flower: {path: flower}\nairflow:\n  config: {AIRFLOW__CELERY__FLOWER_URL_PREFIX: flower}\n",
                "ingress:\n  enabled: true\n  flower: {path: /flower}\nairflow:\n  config: {AIRFLOW__CELERY__FLOWER_URL_PREFIX: /flower}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1432",
            "ingress-flower-path-trailing-slash",
            Cond::All(&[
                Cond::Set("ingress.enabled"),
                Cond::EndsWith("ingress.flower.path", "/"),
            ]),
            &["ingress.flower.path", "ingress.enabled"],
            [
                "`ingress.flower.path` ends with `/`",
                "remove the trailing `/` (write `/flower`, not `/flower/`)",
                "ingress:\n  enabled: true\n  flower: {path: /flower/}\nairflow:\n  config: {AIRFLOW__CELERY__FLOWER_URL_PREFIX: /flower/}\n",
                "ingress:\n  enabled: true\n  flower: {path: /flower}\nairflow:\n  config: {AIRFLOW__CELERY__FLOWER_URL_PREFIX: /flower}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1433",
            "ingress-flower-path-without-url-prefix",
            Cond::All(&[
                Cond::Set("ingress.enabled"),
                Cond::Set("ingress.flower.path"),
                not(&Cond::Set(
                    "airflow.config.AIRFLOW__CELERY__FLOWER_URL_PREFIX",
                )),
            ]),
            &[
                "ingress.flower.path",
                "airflow.config.AIRFLOW__CELERY__FLOWER_URL_PREFIX",
                "ingress.enabled",
            ],
            [
                "`ingress.flower.path` is set, but `airflow.config.AIRFLOW__CELERY__FLOWER_URL_PREFIX` is not, so Flower would not know its path",
                "set `airflow.config.AIRFLOW__CELERY__FLOWER_URL_PREFIX` to the same path",
                "ingress:\n  enabled: true\n  flower: {path: /flower}\n",
                "ingress:\n  enabled: true\n  flower: {path: /flower}\nairflow:\n  config: {AIRFLOW__CELERY__FLOWER_URL_PREFIX: /flower}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1434",
            "pgbouncer-client-key-without-cert",
            Cond::All(&[
                PGBOUNCER_USED,
                Cond::Set("pgbouncer.clientSSL.keyFile.existingSecret"),
                not(&Cond::Set("pgbouncer.clientSSL.certFile.existingSecret")),
            ]),
            &[
                "pgbouncer.clientSSL.keyFile.existingSecret",
                "pgbouncer.clientSSL.certFile.existingSecret",
                "pgbouncer.enabled",
            ],
            [
                "`pgbouncer.clientSSL.keyFile.existingSecret` is set without `pgbouncer.clientSSL.certFile.existingSecret`",
                "set both, or neither",
                "pgbouncer:\n  clientSSL:\n    keyFile: {existingSecret: pgb-tls}\n",
                "pgbouncer:\n  clientSSL:\n    keyFile: {existingSecret: pgb-tls}\n    certFile: {existingSecret: pgb-tls}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1435",
            "pgbouncer-client-cert-without-key",
            Cond::All(&[
                PGBOUNCER_USED,
                Cond::Set("pgbouncer.clientSSL.certFile.existingSecret"),
                not(&Cond::Set("pgbouncer.clientSSL.keyFile.existingSecret")),
            ]),
            &[
                "pgbouncer.clientSSL.certFile.existingSecret",
                "pgbouncer.clientSSL.keyFile.existingSecret",
                "pgbouncer.enabled",
            ],
            [
                "`pgbouncer.clientSSL.certFile.existingSecret` is set without `pgbouncer.clientSSL.keyFile.existingSecret`",
                "set both, or neither",
                "pgbouncer:\n  clientSSL:\n    certFile: {existingSecret: pgb-tls}\n",
                "pgbouncer:\n  clientSSL:\n    keyFile: {existingSecret: pgb-tls}\n    certFile: {existingSecret: pgb-tls}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1436",
            "pgbouncer-server-key-without-cert",
            Cond::All(&[
                PGBOUNCER_USED,
                Cond::Set("pgbouncer.serverSSL.keyFile.existingSecret"),
                not(&Cond::Set("pgbouncer.serverSSL.certFile.existingSecret")),
            ]),
            &[
                "pgbouncer.serverSSL.keyFile.existingSecret",
                "pgbouncer.serverSSL.certFile.existingSecret",
                "pgbouncer.enabled",
            ],
            [
                "`pgbouncer.serverSSL.keyFile.existingSecret` is set without `pgbouncer.serverSSL.certFile.existingSecret`",
                "set both, or neither",
                "pgbouncer:\n  serverSSL:\n    keyFile: {existingSecret: pgb-tls}\n",
                "pgbouncer:\n  serverSSL:\n    keyFile: {existingSecret: pgb-tls}\n    certFile: {existingSecret: pgb-tls}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1437",
            "pgbouncer-server-cert-without-key",
            Cond::All(&[
                PGBOUNCER_USED,
                Cond::Set("pgbouncer.serverSSL.certFile.existingSecret"),
                not(&Cond::Set("pgbouncer.serverSSL.keyFile.existingSecret")),
            ]),
            &[
                "pgbouncer.serverSSL.certFile.existingSecret",
                "pgbouncer.serverSSL.keyFile.existingSecret",
                "pgbouncer.enabled",
            ],
            [
                "`pgbouncer.serverSSL.certFile.existingSecret` is set without `pgbouncer.serverSSL.keyFile.existingSecret`",
                "set both, or neither",
                "pgbouncer:\n  serverSSL:\n    certFile: {existingSecret: pgb-tls}\n",
                "pgbouncer:\n  serverSSL:\n    keyFile: {existingSecret: pgb-tls}\n    certFile: {existingSecret: pgb-tls}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1438",
            "external-database-with-postgresql",
            Cond::All(&[
                Cond::Set("externalDatabase.host"),
                not(&Cond::Is("externalDatabase.host", "localhost")),
                Cond::Set("postgresql.enabled"),
            ]),
            &["externalDatabase.host", "postgresql.enabled"],
            [
                "`externalDatabase.host` names a database, but the chart's own `postgresql` is still on (the default)",
                "set `postgresql.enabled: false`",
                "externalDatabase:\n  host: db.example.com\n",
                "externalDatabase:\n  host: db.example.com\npostgresql:\n  enabled: false\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1439",
            "external-database-type",
            Cond::All(&[
                Cond::Set("externalDatabase.host"),
                not(&Cond::Is("externalDatabase.host", "localhost")),
                not(&Cond::OneOf(
                    "externalDatabase.type",
                    &["mysql", "postgres"],
                )),
            ]),
            &["externalDatabase.type", "externalDatabase.host"],
            [
                "`externalDatabase.type` is neither `mysql` nor `postgres`",
                "set `externalDatabase.type` to `postgres` or `mysql`",
                "externalDatabase:\n  host: db.example.com\n  type: postgresql\npostgresql:\n  enabled: false\n",
                "externalDatabase:\n  host: db.example.com\n  type: postgres\npostgresql:\n  enabled: false\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1440",
            "external-redis-with-redis",
            Cond::All(&[
                Cond::Set("externalRedis.host"),
                not(&Cond::Is("externalRedis.host", "localhost")),
                Cond::Set("redis.enabled"),
            ]),
            &["externalRedis.host", "redis.enabled"],
            [
                "`externalRedis.host` names a Redis, but the chart's own `redis` is still on (the default)",
                "set `redis.enabled: false`",
                "externalRedis:\n  host: redis.example.com\n",
                "externalRedis:\n  host: redis.example.com\nredis:\n  enabled: false\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1441",
            "release-name-too-long",
            Cond::All(&[
                not(&Cond::Set("allowLongReleaseName")),
                Cond::ReleaseNameLonger(40),
            ]),
            &["allowLongReleaseName"],
            [
                "the release name (`helm install NAME`, `--release-name` here; `airflow` unless given) is longer than 40 characters, and the chart's object names must stay within Kubernetes' 63",
                "choose a release name of at most 40 characters (`allowLongReleaseName: true` raises the limit to 43, for releases made before the limit dropped)",
                "# release name: airflow-data-platform-production-west-europe\nworkers:\n  replicas: 1\n",
                "# release name: airflow-data-platform-prod-west-europe\nworkers:\n  replicas: 1\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1442",
            "release-name-too-long-even-allowed",
            Cond::All(&[
                Cond::Set("allowLongReleaseName"),
                Cond::ReleaseNameLonger(43),
            ]),
            &["allowLongReleaseName"],
            [
                "`allowLongReleaseName: true` allows release names of up to 43 characters, but the release name (`helm install NAME`, `--release-name` here) is longer",
                "choose a release name of at most 43 characters",
                "# release name: airflow-data-platform-production-west-europe-1\nallowLongReleaseName: true\n",
                "# release name: airflow-data-platform-production-west-eu\nallowLongReleaseName: true\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1443",
            "ingress-web-path-differs-from-base-url",
            Cond::All(&[
                Cond::Set("ingress.enabled"),
                Cond::Set("ingress.web.path"),
                Cond::Set("airflow.config.AIRFLOW__WEBSERVER__BASE_URL"),
                Cond::PathDiffersFromUrl(
                    "ingress.web.path",
                    "airflow.config.AIRFLOW__WEBSERVER__BASE_URL",
                ),
            ]),
            &[
                "ingress.web.path",
                "airflow.config.AIRFLOW__WEBSERVER__BASE_URL",
                "ingress.enabled",
            ],
            [
                "the path of `airflow.config.AIRFLOW__WEBSERVER__BASE_URL` is not `ingress.web.path` (without a trailing `/*`), so the web UI would build links the ingress does not route",
                "make the URL's path equal to `ingress.web.path`: `http://HOST/airflow` for `path: /airflow`",
                "ingress:\n  enabled: true\n  web: {path: /airflow}\nairflow:\n  config: {AIRFLOW__WEBSERVER__BASE_URL: \"http://example.com/web\"}\n",
                "ingress:\n  enabled: true\n  web: {path: /airflow}\nairflow:\n  config: {AIRFLOW__WEBSERVER__BASE_URL: \"http://example.com/airflow\"}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1444",
            "ingress-flower-path-differs-from-url-prefix",
            Cond::All(&[
                Cond::Set("ingress.enabled"),
                Cond::Set("ingress.flower.path"),
                Cond::Set("airflow.config.AIRFLOW__CELERY__FLOWER_URL_PREFIX"),
                Cond::PathDiffersFrom(
                    "ingress.flower.path",
                    "airflow.config.AIRFLOW__CELERY__FLOWER_URL_PREFIX",
                ),
            ]),
            &[
                "ingress.flower.path",
                "airflow.config.AIRFLOW__CELERY__FLOWER_URL_PREFIX",
                "ingress.enabled",
            ],
            [
                "`airflow.config.AIRFLOW__CELERY__FLOWER_URL_PREFIX` is not `ingress.flower.path` (without a trailing `/*`), so Flower would serve a path the ingress does not route",
                "set `airflow.config.AIRFLOW__CELERY__FLOWER_URL_PREFIX` to the same text as `ingress.flower.path`",
                "ingress:\n  enabled: true\n  flower: {path: /flower}\nairflow:\n  config: {AIRFLOW__CELERY__FLOWER_URL_PREFIX: /celery}\n",
                "ingress:\n  enabled: true\n  flower: {path: /flower}\nairflow:\n  config: {AIRFLOW__CELERY__FLOWER_URL_PREFIX: /flower}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1445",
            "task-creation-check-age-not-a-number",
            Cond::All(&[
                Cond::Set("scheduler.livenessProbe.enabled"),
                Cond::Set("scheduler.livenessProbe.taskCreationCheck.enabled"),
                Cond::NotNumber(
                    "scheduler.livenessProbe.taskCreationCheck.schedulerAgeBeforeCheck",
                ),
            ]),
            &[
                "scheduler.livenessProbe.taskCreationCheck.schedulerAgeBeforeCheck",
                "scheduler.livenessProbe.taskCreationCheck.enabled",
                "scheduler.livenessProbe.enabled",
            ],
            [
                "`scheduler.livenessProbe.taskCreationCheck.schedulerAgeBeforeCheck` is not a number, and the scheduler's liveness probe (with `taskCreationCheck.enabled`) writes it into Python code",
                "write the seconds as a number, unquoted: `schedulerAgeBeforeCheck: 180`",
                "scheduler:\n  livenessProbe:\n    taskCreationCheck: {enabled: true, schedulerAgeBeforeCheck: \"180\"}\n",
                "scheduler:\n  livenessProbe:\n    taskCreationCheck: {enabled: true, schedulerAgeBeforeCheck: 180}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1446",
            "task-creation-check-threshold-not-a-number",
            Cond::All(&[
                Cond::Set("scheduler.livenessProbe.enabled"),
                Cond::Set("scheduler.livenessProbe.taskCreationCheck.enabled"),
                Cond::NotNumber("scheduler.livenessProbe.taskCreationCheck.thresholdSeconds"),
            ]),
            &[
                "scheduler.livenessProbe.taskCreationCheck.thresholdSeconds",
                "scheduler.livenessProbe.taskCreationCheck.enabled",
                "scheduler.livenessProbe.enabled",
            ],
            [
                "`scheduler.livenessProbe.taskCreationCheck.thresholdSeconds` is not a number, and the scheduler's liveness probe (with `taskCreationCheck.enabled`) writes it into Python code",
                "write the seconds as a number, unquoted: `thresholdSeconds: 300`",
                "scheduler:\n  livenessProbe:\n    taskCreationCheck: {enabled: true, thresholdSeconds: 5m}\n",
                "scheduler:\n  livenessProbe:\n    taskCreationCheck: {enabled: true, thresholdSeconds: 300}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1447",
            "sync-template-name-not-an-identifier",
            Cond::Any(&[
                Cond::All(&[
                    Cond::Set("airflow.users"),
                    Cond::Entry("airflow.usersTemplates", EntryTest::KeyNotIdentifier),
                ]),
                Cond::All(&[
                    Cond::Set("airflow.connections"),
                    Cond::Entry("airflow.connectionsTemplates", EntryTest::KeyNotIdentifier),
                ]),
                Cond::All(&[
                    Cond::Set("airflow.variables"),
                    Cond::Entry("airflow.variablesTemplates", EntryTest::KeyNotIdentifier),
                ]),
            ]),
            &[
                "airflow.usersTemplates",
                "airflow.connectionsTemplates",
                "airflow.variablesTemplates",
                "airflow.users",
                "airflow.connections",
                "airflow.variables",
            ],
            [
                "a name in `airflow.usersTemplates`, `airflow.connectionsTemplates` or `airflow.variablesTemplates` is not a template variable name (letters, digits and `_`, not starting with a digit), which the sync job of `airflow.users`, `airflow.connections` or `airflow.variables` refuses",
                "rename the entry, say `DB_PASSWORD` rather than `db-password`, and use that name in the `${...}` of the synced values",
                "airflow:\n  variables:\n    - {key: db_password, value: \"${db-password}\"}\n  variablesTemplates:\n    db-password: {kind: secret, name: db, key: password}\n",
                "airflow:\n  variables:\n    - {key: db_password, value: \"${DB_PASSWORD}\"}\n  variablesTemplates:\n    DB_PASSWORD: {kind: secret, name: db, key: password}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1448",
            "sync-template-kind",
            Cond::Any(&[
                Cond::All(&[
                    Cond::Set("airflow.users"),
                    Cond::Entry(
                        "airflow.usersTemplates",
                        EntryTest::KindNotConfigMapOrSecret,
                    ),
                ]),
                Cond::All(&[
                    Cond::Set("airflow.connections"),
                    Cond::Entry(
                        "airflow.connectionsTemplates",
                        EntryTest::KindNotConfigMapOrSecret,
                    ),
                ]),
                Cond::All(&[
                    Cond::Set("airflow.variables"),
                    Cond::Entry(
                        "airflow.variablesTemplates",
                        EntryTest::KindNotConfigMapOrSecret,
                    ),
                ]),
            ]),
            &[
                "airflow.usersTemplates",
                "airflow.connectionsTemplates",
                "airflow.variablesTemplates",
                "airflow.users",
                "airflow.connections",
                "airflow.variables",
            ],
            [
                "an entry of `airflow.usersTemplates`, `airflow.connectionsTemplates` or `airflow.variablesTemplates` has a `kind` other than `configmap` or `secret`, which the sync job of `airflow.users`, `airflow.connections` or `airflow.variables` refuses",
                "set `kind: secret` or `kind: configmap` on every entry",
                "airflow:\n  variables:\n    - {key: db_password, value: \"${DB_PASSWORD}\"}\n  variablesTemplates:\n    DB_PASSWORD: {kind: vault, name: db, key: password}\n",
                "airflow:\n  variables:\n    - {key: db_password, value: \"${DB_PASSWORD}\"}\n  variablesTemplates:\n    DB_PASSWORD: {kind: secret, name: db, key: password}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1449",
            "sync-variable-incomplete",
            Cond::Any(&[
                Cond::ItemField("airflow.variables", "key", FieldTest::Missing),
                Cond::ItemField("airflow.variables", "value", FieldTest::Missing),
            ]),
            &["airflow.variables"],
            [
                "an entry of `airflow.variables` has no `key` or no `value` (absent, null or empty), which the variables sync job refuses",
                "give every entry of `airflow.variables` a non-empty `key` and `value`",
                "airflow:\n  variables:\n    - {key: environment}\n",
                "airflow:\n  variables:\n    - {key: environment, value: prod}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1450",
            "sync-user-incomplete",
            Cond::Any(&[
                Cond::ItemField("airflow.users", "username", FieldTest::Missing),
                Cond::ItemField("airflow.users", "firstName", FieldTest::Missing),
                Cond::ItemField("airflow.users", "lastName", FieldTest::Missing),
                Cond::ItemField("airflow.users", "email", FieldTest::Missing),
                Cond::ItemField("airflow.users", "password", FieldTest::Missing),
                Cond::ItemField("airflow.users", "role", FieldTest::RoleInvalid),
            ]),
            &["airflow.users"],
            [
                "an entry of `airflow.users` lacks one of `username`, `firstName`, `lastName`, `email`, `password` (absent, null or empty), or its `role` is empty or neither a string nor a list, which the users sync job refuses",
                "give every user a non-empty `username`, `firstName`, `lastName`, `email` and `password`, and a `role` that is a name or a non-empty list of names",
                "airflow:\n  users:\n    - {username: admin, firstName: Ada, lastName: Admin, email: admin@example.com, role: Admin}\n",
                "airflow:\n  users:\n    - {username: admin, password: \"${ADMIN_PASSWORD}\", firstName: Ada, lastName: Admin, email: admin@example.com, role: Admin}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1451",
            "sync-pool-incomplete",
            Cond::Any(&[
                Cond::ItemField("airflow.pools", "name", FieldTest::Missing),
                Cond::ItemField("airflow.pools", "description", FieldTest::Missing),
                Cond::ItemField("airflow.pools", "slots", FieldTest::NotNumber),
                Cond::ItemField("airflow.pools", "include_deferred", FieldTest::SetNotBool),
            ]),
            &["airflow.pools"],
            [
                "an entry of `airflow.pools` lacks its `name` or `description` (absent, null or empty), its `slots` is not a number, or its `include_deferred` is not a boolean, which the pools sync job refuses",
                "give every pool a `name`, a `description` and `slots` as an unquoted number (`include_deferred`, when written, is `true` or `false`)",
                "airflow:\n  pools:\n    - {name: etl, description: ETL jobs, slots: \"5\"}\n",
                "airflow:\n  pools:\n    - {name: etl, description: ETL jobs, slots: 5}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1452",
            "sync-connection-incomplete",
            Cond::Any(&[
                Cond::ItemField("airflow.connections", "id", FieldTest::Missing),
                Cond::ItemField("airflow.connections", "type", FieldTest::Missing),
                Cond::ItemField("airflow.connections", "port", FieldTest::SetNotNumber),
            ]),
            &["airflow.connections"],
            [
                "an entry of `airflow.connections` lacks its `id` or `type` (absent, null or empty), or its `port` is not a number, which the connections sync job refuses",
                "give every connection an `id` and a `type`, and write `port` as an unquoted number",
                "airflow:\n  connections:\n    - {id: warehouse, type: postgres, host: db, port: \"5432\"}\n",
                "airflow:\n  connections:\n    - {id: warehouse, type: postgres, host: db, port: 5432}\n",
            ],
        ),
    ],
};

static DOCS: OnceLock<Vec<String>> = OnceLock::new();

/// The docs of the community chart's template checks.
pub(crate) fn explanations() -> Vec<Explanation> {
    COMMUNITY.explanations(&DOCS)
}
