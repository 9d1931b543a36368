//! AV115x: the Bitnami chart's template checks (chart 25.0.4:
//! `airflow.validateValues` and its sub-checks in `_helpers.tpl`, and the
//! `required` of the LDAP certificate), as data for the engine in
//! `check::rules::template`.
//!
//! Not modeled yet: the web TLS `required` checks (`web.tls.*`) and the
//! `common` library chart's checks (its password and upgrade checks).

use std::sync::OnceLock;

use crate::check::Explanation;
use crate::check::rules::template::{Cond, TemplateCheck, TemplateChecks};

/// The Airflow 3 image: a tag of major version 3, or `latest` (the chart's
/// app version, 3.0.5).
const AIRFLOW_3: Cond = Cond::Any(&[
    Cond::StartsWith("image.tag", "3.", false),
    Cond::Is("image.tag", "latest"),
]);

/// The Bitnami chart's template checks.
pub(crate) static BITNAMI: TemplateChecks = TemplateChecks {
    chart: "Bitnami airflow chart",
    source: "templates/_helpers.tpl (airflow.validateValues) and templates/web/deployment.yaml",
    defaults: &[
        ("dags.enabled", "false"),
        ("plugins.enabled", "false"),
        ("executor", "\"CeleryExecutor\""),
        ("image.tag", "\"3.0.5-debian-12-r0\""),
        ("triggerer.enabled", "true"),
        ("triggerer.replicaCount", "1"),
        ("triggerer.persistence.enabled", "true"),
        ("triggerer.autoscaling.hpa.enabled", "false"),
        ("ldap.enabled", "false"),
        ("ldap.tls.enabled", "false"),
    ],
    checks: &[
        TemplateCheck::every_release(
            "AV1151",
            "dags-without-repositories",
            Cond::All(&[
                Cond::Set("dags.enabled"),
                Cond::Not(&Cond::Set("dags.repositories")),
                Cond::Not(&Cond::Set("dags.existingConfigmap")),
            ]),
            &[
                "dags.enabled",
                "dags.repositories",
                "dags.existingConfigmap",
            ],
            [
                "`dags.enabled` is on, but neither `dags.repositories` nor `dags.existingConfigmap` says where the DAGs come from",
                "add a repository to `dags.repositories` (`repository`, `name`, `branch`), or turn `dags.enabled` off",
                "dags:\n  enabled: true\n",
                "dags:\n  enabled: true\n  repositories:\n    - {repository: \"https://example.com/dags.git\", name: dags, branch: main}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1152",
            "dag-repository-without-url",
            Cond::All(&[
                Cond::Set("dags.enabled"),
                Cond::ItemLacks("dags.repositories", "repository"),
            ]),
            &["dags.repositories", "dags.enabled"],
            [
                "an entry of `dags.repositories` has no `repository`",
                "give every entry of `dags.repositories` its git URL in `repository`",
                "dags:\n  enabled: true\n  repositories:\n    - {name: dags, branch: main}\n",
                "dags:\n  enabled: true\n  repositories:\n    - {repository: \"https://example.com/dags.git\", name: dags, branch: main}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1153",
            "dag-repository-without-branch",
            Cond::All(&[
                Cond::Set("dags.enabled"),
                Cond::ItemLacks("dags.repositories", "branch"),
            ]),
            &["dags.repositories", "dags.enabled"],
            [
                "an entry of `dags.repositories` has no `branch`",
                "give every entry of `dags.repositories` a `branch`",
                "dags:\n  enabled: true\n  repositories:\n    - {repository: \"https://example.com/dags.git\", name: dags}\n",
                "dags:\n  enabled: true\n  repositories:\n    - {repository: \"https://example.com/dags.git\", name: dags, branch: main}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1154",
            "plugins-without-repositories",
            Cond::All(&[
                Cond::Set("plugins.enabled"),
                Cond::Not(&Cond::Set("plugins.repositories")),
            ]),
            &["plugins.enabled", "plugins.repositories"],
            [
                "`plugins.enabled` is on, but `plugins.repositories` is empty",
                "add a repository to `plugins.repositories` (`repository`, `name`, `branch`), or turn `plugins.enabled` off",
                "plugins:\n  enabled: true\n",
                "plugins:\n  enabled: true\n  repositories:\n    - {repository: \"https://example.com/plugins.git\", name: plugins, branch: main}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1155",
            "plugin-repository-without-url",
            Cond::All(&[
                Cond::Set("plugins.enabled"),
                Cond::ItemLacks("plugins.repositories", "repository"),
            ]),
            &["plugins.repositories", "plugins.enabled"],
            [
                "an entry of `plugins.repositories` has no `repository`",
                "give every entry of `plugins.repositories` its git URL in `repository`",
                "plugins:\n  enabled: true\n  repositories:\n    - {name: plugins, branch: main}\n",
                "plugins:\n  enabled: true\n  repositories:\n    - {repository: \"https://example.com/plugins.git\", name: plugins, branch: main}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1156",
            "plugin-repository-without-branch",
            Cond::All(&[
                Cond::Set("plugins.enabled"),
                Cond::ItemLacks("plugins.repositories", "branch"),
            ]),
            &["plugins.repositories", "plugins.enabled"],
            [
                "an entry of `plugins.repositories` has no `branch`",
                "give every entry of `plugins.repositories` a `branch`",
                "plugins:\n  enabled: true\n  repositories:\n    - {repository: \"https://example.com/plugins.git\", name: plugins}\n",
                "plugins:\n  enabled: true\n  repositories:\n    - {repository: \"https://example.com/plugins.git\", name: plugins, branch: main}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1157",
            "triggerer-claim-shared-by-replicas",
            Cond::All(&[
                Cond::Set("triggerer.enabled"),
                Cond::Set("triggerer.persistence.enabled"),
                Cond::Set("triggerer.persistence.existingClaim"),
                Cond::Any(&[
                    Cond::Not(&Cond::OneOf("triggerer.replicaCount", &["0", "1"])),
                    Cond::Set("triggerer.autoscaling.hpa.enabled"),
                ]),
            ]),
            &[
                "triggerer.replicaCount",
                "triggerer.persistence.existingClaim",
                "triggerer.autoscaling.hpa.enabled",
                "triggerer.persistence.enabled",
                "triggerer.enabled",
            ],
            [
                "one existing claim (`triggerer.persistence.existingClaim`) cannot be shared by several triggerer replicas (`triggerer.replicaCount` above 1, or `triggerer.autoscaling.hpa.enabled`)",
                "set `triggerer.replicaCount: 1` without the HPA, or leave `existingClaim` empty so each replica gets its own claim",
                "triggerer:\n  replicaCount: 2\n  persistence: {enabled: true, existingClaim: triggerer-logs}\n",
                "triggerer:\n  replicaCount: 1\n  persistence: {enabled: true, existingClaim: triggerer-logs}\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1158",
            "empty-executor",
            Cond::Any(&[
                Cond::Is("executor", ""),
                Cond::Contains("executor", ",,"),
                Cond::EndsWith("executor", ","),
                Cond::StartsWith("executor", ",", false),
            ]),
            &["executor"],
            [
                "`executor` is empty, or its comma-separated list has an empty entry",
                "name at least one executor, such as `CeleryExecutor`, with no empty entry in the list",
                "executor: \"CeleryExecutor,\"\n",
                "executor: \"CeleryExecutor,KubernetesExecutor\"\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1159",
            "executor-removed-in-airflow-3",
            Cond::All(&[
                AIRFLOW_3,
                Cond::Any(&[
                    Cond::Contains("executor", "SequentialExecutor"),
                    Cond::Contains("executor", "CeleryKubernetesExecutor"),
                    Cond::Contains("executor", "LocalKubernetesExecutor"),
                ]),
            ]),
            &["executor", "image.tag"],
            [
                "`executor` names SequentialExecutor, CeleryKubernetesExecutor or LocalKubernetesExecutor, which Airflow 3 (the image's version) no longer has",
                "use `CeleryExecutor,KubernetesExecutor` (several executors at once) in place of the hybrid ones, or `LocalExecutor`",
                "executor: CeleryKubernetesExecutor\n",
                "executor: \"CeleryExecutor,KubernetesExecutor\"\n",
            ],
        ),
        TemplateCheck::every_release(
            "AV1160",
            "ldap-tls-without-certificates",
            Cond::All(&[
                Cond::Set("ldap.enabled"),
                Cond::Set("ldap.tls.enabled"),
                Cond::Not(&Cond::Set("ldap.tls.certificatesSecret")),
            ]),
            &[
                "ldap.tls.certificatesSecret",
                "ldap.tls.enabled",
                "ldap.enabled",
            ],
            [
                "`ldap.tls.enabled` is on, but `ldap.tls.certificatesSecret` names no Secret with the LDAP server's CA certificate",
                "set `ldap.tls.certificatesSecret` (and `ldap.tls.CAFilename`), or turn LDAP TLS off",
                "ldap:\n  enabled: true\n  uri: \"ldaps://ldap.example.com\"\n  tls: {enabled: true}\n",
                "ldap:\n  enabled: true\n  uri: \"ldaps://ldap.example.com\"\n  tls: {enabled: true, certificatesSecret: ldap-ca, CAFilename: ca.crt}\n",
            ],
        ),
    ],
};

static DOCS: OnceLock<Vec<String>> = OnceLock::new();

/// The docs of the Bitnami chart's template checks.
pub(crate) fn explanations() -> Vec<Explanation> {
    BITNAMI.explanations(&DOCS)
}
