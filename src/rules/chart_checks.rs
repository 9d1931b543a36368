//! The official chart's template checks (AV07xx): `check-values.yaml`,
//! `NOTES.txt` and `priorityclasses/`, release by release, as data for the
//! engine in [`super::template`].

use std::sync::OnceLock;

use super::template::{Cond, Releases, TemplateCheck, TemplateChecks};
use crate::findings::{Code, Explanation};

/// A Celery-based executor, as each release's check spells it: the whole
/// value before 1.16.0, any part of the (comma-separated) list from 1.16.0 on.
const CELERY: Cond = Cond::Any(&[
    Cond::InReleases(
        Releases::between("0.0.0", "1.15.99"),
        &Cond::OneOf("executor", &["CeleryExecutor", "CeleryKubernetesExecutor"]),
    ),
    Cond::InReleases(
        Releases::from("1.16.0"),
        &Cond::Any(&[
            Cond::Contains("executor", "CeleryExecutor"),
            Cond::Contains("executor", "CeleryKubernetesExecutor"),
        ]),
    ),
]);

/// The official chart's template checks.
pub(crate) static OFFICIAL: TemplateChecks = TemplateChecks {
    chart: "official apache-airflow chart",
    source: "templates/check-values.yaml, NOTES.txt and priorityclasses/",
    // The same in every modeled release (a test compares them with each
    // release's values.yaml).
    defaults: &[
        ("executor", "\"CeleryExecutor\""),
        ("redis.enabled", "true"),
        ("elasticsearch.enabled", "false"),
        ("opensearch.enabled", "false"),
        ("config.core.executor", "\"{{ .Values.executor }}\""),
    ],
    checks: &[
        TemplateCheck {
            code: Code::new("AV0701"),
            name: "airflow-version-below-chart-minimum",
            releases: Releases::from("1.21.0"),
            when: Cond::VersionBelow("airflowVersion", "2.11.0"),
            keys: &["airflowVersion"],
            message: "`airflowVersion` is below 2.11.0, the oldest Airflow this chart release supports",
            help: "set `airflowVersion` (and the image tag) to Airflow 2.11.0 or later, or install a chart release older than 1.21.0",
            fires: "airflowVersion: \"2.10.5\"\n",
            near: "airflowVersion: \"2.11.0\"\n",
        },
        TemplateCheck {
            code: Code::new("AV0702"),
            name: "redis-password-secret-without-broker-url",
            releases: Releases::ALL,
            when: Cond::All(&[
                CELERY,
                Cond::Set("redis.enabled"),
                Cond::Set("redis.passwordSecretName"),
                Cond::Not(&Cond::Set("data.brokerUrlSecretName")),
                Cond::Not(&Cond::InReleases(
                    Releases::from("1.16.0"),
                    &Cond::ListHasName("env", "AIRFLOW__CELERY__BROKER_URL_CMD"),
                )),
            ]),
            keys: &[
                "redis.passwordSecretName",
                "data.brokerUrlSecretName",
                "executor",
                "redis.enabled",
                "env",
            ],
            message: "with a Celery executor and the chart's redis, `redis.passwordSecretName` needs `data.brokerUrlSecretName` (from chart 1.16.0 on, or an `AIRFLOW__CELERY__BROKER_URL_CMD` entry in `env`)",
            help: "set `data.brokerUrlSecretName` to a Secret holding the broker URL with that password, or drop `redis.passwordSecretName`",
            fires: "redis:\n  passwordSecretName: redis-password\n",
            near: "redis:\n  passwordSecretName: redis-password\ndata:\n  brokerUrlSecretName: broker-url\n",
        },
        TemplateCheck {
            code: Code::new("AV0703"),
            name: "redis-password-and-password-secret",
            releases: Releases::ALL,
            when: Cond::All(&[
                CELERY,
                Cond::Set("redis.enabled"),
                Cond::Set("redis.passwordSecretName"),
                Cond::Set("redis.password"),
            ]),
            keys: &[
                "redis.password",
                "redis.passwordSecretName",
                "executor",
                "redis.enabled",
            ],
            message: "`redis.password` and `redis.passwordSecretName` are both set; the chart takes one",
            help: "keep `redis.passwordSecretName` (the password stays out of the values) and remove `redis.password`",
            fires: "redis:\n  password: not-a-secret\n  passwordSecretName: redis-password\ndata:\n  brokerUrlSecretName: broker-url\n",
            near: "redis:\n  passwordSecretName: redis-password\ndata:\n  brokerUrlSecretName: broker-url\n",
        },
        TemplateCheck {
            code: Code::new("AV0704"),
            name: "celery-without-broker",
            releases: Releases::ALL,
            when: Cond::All(&[
                CELERY,
                Cond::Not(&Cond::Set("redis.enabled")),
                Cond::Not(&Cond::Set("data.brokerUrlSecretName")),
                Cond::Not(&Cond::Set("data.brokerUrl")),
            ]),
            keys: &[
                "redis.enabled",
                "data.brokerUrl",
                "data.brokerUrlSecretName",
                "executor",
            ],
            message: "a Celery executor with `redis.enabled: false` has no broker: neither `data.brokerUrl` nor `data.brokerUrlSecretName` is set",
            help: "set `data.brokerUrlSecretName` (or `data.brokerUrl`) to your Redis, keep the chart's redis, or use a non-Celery executor",
            fires: "executor: CeleryExecutor\nredis:\n  enabled: false\n",
            near: "executor: CeleryExecutor\nredis:\n  enabled: false\ndata:\n  brokerUrlSecretName: broker-url\n",
        },
        TemplateCheck {
            code: Code::new("AV0705"),
            name: "broker-url-and-broker-url-secret",
            releases: Releases::ALL,
            when: Cond::All(&[
                CELERY,
                Cond::Set("data.brokerUrlSecretName"),
                Cond::Set("data.brokerUrl"),
            ]),
            keys: &["data.brokerUrl", "data.brokerUrlSecretName", "executor"],
            message: "`data.brokerUrl` and `data.brokerUrlSecretName` are both set; the chart takes one",
            help: "keep `data.brokerUrlSecretName` and remove `data.brokerUrl`",
            fires: "data:\n  brokerUrl: redis://redis:6379/0\n  brokerUrlSecretName: broker-url\n",
            near: "data:\n  brokerUrlSecretName: broker-url\n",
        },
        TemplateCheck {
            code: Code::new("AV0706"),
            name: "elasticsearch-and-opensearch",
            releases: Releases::from("1.16.0"),
            when: Cond::All(&[
                Cond::Set("elasticsearch.enabled"),
                Cond::Set("opensearch.enabled"),
            ]),
            keys: &["elasticsearch.enabled", "opensearch.enabled"],
            message: "`elasticsearch.enabled` and `opensearch.enabled` are both on; task logs go to one of them",
            help: "turn one of them off",
            fires: "elasticsearch:\n  enabled: true\n  secretName: es\nopensearch:\n  enabled: true\n  secretName: os\n",
            near: "elasticsearch:\n  enabled: true\n  secretName: es\nopensearch:\n  enabled: false\n  secretName: os\n",
        },
        TemplateCheck {
            code: Code::new("AV0707"),
            name: "elasticsearch-secret-and-connection",
            releases: Releases::ALL,
            when: Cond::All(&[
                Cond::Set("elasticsearch.enabled"),
                Cond::Set("elasticsearch.secretName"),
                Cond::Set("elasticsearch.connection"),
            ]),
            keys: &[
                "elasticsearch.connection",
                "elasticsearch.secretName",
                "elasticsearch.enabled",
            ],
            message: "`elasticsearch.secretName` and `elasticsearch.connection` are both set; the chart takes one",
            help: "keep `elasticsearch.secretName` (the credentials stay out of the values) and remove `elasticsearch.connection`",
            fires: "elasticsearch:\n  enabled: true\n  secretName: es\n  connection: {host: es.example.com}\n",
            near: "elasticsearch:\n  enabled: true\n  secretName: es\n",
        },
        TemplateCheck {
            code: Code::new("AV0708"),
            name: "elasticsearch-without-connection",
            releases: Releases::ALL,
            when: Cond::All(&[
                Cond::Set("elasticsearch.enabled"),
                Cond::Not(&Cond::Set("elasticsearch.secretName")),
                Cond::Not(&Cond::Set("elasticsearch.connection")),
            ]),
            keys: &[
                "elasticsearch.enabled",
                "elasticsearch.secretName",
                "elasticsearch.connection",
            ],
            message: "`elasticsearch.enabled` is on, but neither `elasticsearch.secretName` nor `elasticsearch.connection` says where Elasticsearch is",
            help: "set `elasticsearch.secretName` to a Secret with the connection, or turn Elasticsearch off",
            fires: "elasticsearch:\n  enabled: true\n",
            near: "elasticsearch:\n  enabled: true\n  secretName: es\n",
        },
        TemplateCheck {
            code: Code::new("AV0709"),
            name: "opensearch-secret-and-connection",
            releases: Releases::from("1.16.0"),
            when: Cond::All(&[
                Cond::Set("opensearch.enabled"),
                Cond::Set("opensearch.secretName"),
                Cond::Set("opensearch.connection"),
            ]),
            keys: &[
                "opensearch.connection",
                "opensearch.secretName",
                "opensearch.enabled",
            ],
            message: "`opensearch.secretName` and `opensearch.connection` are both set; the chart takes one",
            help: "keep `opensearch.secretName` and remove `opensearch.connection`",
            fires: "opensearch:\n  enabled: true\n  secretName: os\n  connection: {host: os.example.com}\n",
            near: "opensearch:\n  enabled: true\n  secretName: os\n",
        },
        TemplateCheck {
            code: Code::new("AV0710"),
            name: "opensearch-without-connection",
            releases: Releases::from("1.16.0"),
            when: Cond::All(&[
                Cond::Set("opensearch.enabled"),
                Cond::Not(&Cond::Set("opensearch.secretName")),
                Cond::Not(&Cond::Set("opensearch.connection")),
            ]),
            keys: &[
                "opensearch.enabled",
                "opensearch.secretName",
                "opensearch.connection",
            ],
            message: "`opensearch.enabled` is on, but neither `opensearch.secretName` nor `opensearch.connection` says where OpenSearch is",
            help: "set `opensearch.secretName` to a Secret with the connection, or turn OpenSearch off",
            fires: "opensearch:\n  enabled: true\n",
            near: "opensearch:\n  enabled: true\n  secretName: os\n",
        },
        TemplateCheck {
            code: Code::new("AV0711"),
            name: "postgresql-legacy-credentials",
            releases: Releases::ALL,
            when: Cond::Any(&[
                Cond::Set("postgresql.postgresqlUsername"),
                Cond::Set("postgresql.postgresqlPassword"),
            ]),
            keys: &[
                "postgresql.postgresqlUsername",
                "postgresql.postgresqlPassword",
            ],
            message: "`postgresql.postgresqlUsername` and `postgresql.postgresqlPassword` belong to an older postgresql subchart; this chart refuses them",
            help: "use `postgresql.auth.postgresPassword` for the `postgres` user, or `postgresql.auth.username` and `postgresql.auth.password` for another",
            fires: "postgresql:\n  postgresqlPassword: airflow\n",
            near: "postgresql:\n  auth:\n    postgresPassword: airflow\n",
        },
        TemplateCheck {
            code: Code::new("AV0712"),
            name: "executor-in-config",
            releases: Releases::ALL,
            when: Cond::DiffersFrom("config.core.executor", "executor", "{{ .Values.executor }}"),
            keys: &["config.core.executor", "executor"],
            message: "`config.core.executor` differs from `executor`; the chart sets Airflow's executor from `executor` alone",
            help: "remove `config.core.executor` and set `executor`",
            fires: "config:\n  core:\n    executor: KubernetesExecutor\n",
            near: "executor: KubernetesExecutor\nconfig:\n  core:\n    executor: KubernetesExecutor\n",
        },
        TemplateCheck {
            code: Code::new("AV0713"),
            name: "priority-class-without-value",
            releases: Releases::from("1.11.0"),
            when: Cond::ItemLacks("priorityClasses", "value"),
            keys: &["priorityClasses"],
            message: "an entry of `priorityClasses` has no `value`, which the chart requires",
            help: "give every entry of `priorityClasses` a `value` (the priority, an integer other than 0)",
            fires: "priorityClasses:\n  - name: airflow-high\n",
            near: "priorityClasses:\n  - name: airflow-high\n    value: 1000\n",
        },
    ],
};

static DOCS: OnceLock<Vec<String>> = OnceLock::new();

/// The docs of the official chart's template checks.
pub(crate) fn explanations() -> Vec<Explanation> {
    OFFICIAL.explanations(&DOCS)
}
