//! Keys of older chart versions that chart 25.0.4 ignores.

use crate::bitnami::Values;
use crate::findings::{Code, Profile, Rule, Severity};
use crate::rules::Findings;
use crate::yaml::KeyPath;

pub(super) const AV1107: Rule<Values> = Rule {
    code: Code::new("AV1107"),
    name: "legacy-key",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV1107.md"),
    check: legacy_key,
};

/// Each legacy key that is set, with the key that replaced it.
pub(crate) fn legacy_keys(values: &Values) -> Vec<(&'static str, &'static str)> {
    let mut found = Vec::new();
    let mut note = |set: bool, path: &'static str, now: &'static str| {
        if set {
            found.push((path, now));
        }
    };
    if let Some(git) = &values.git {
        note(
            git.image.is_some(),
            "git.image",
            "`image` (the chart runs git from the Airflow image)",
        );
        note(
            git.dags.is_some(),
            "git.dags",
            "`dags.enabled` and `dags.repositories`",
        );
        note(
            git.plugins.is_some(),
            "git.plugins",
            "`plugins.enabled` and `plugins.repositories`",
        );
        note(
            git.clone.is_some(),
            "git.clone",
            "`defaultInitContainers.loadDAGsPlugins`",
        );
        note(
            git.sync.is_some(),
            "git.sync",
            "`defaultSidecars.syncDAGsPlugins`",
        );
    }
    if let Some(airflow) = &values.airflow {
        note(
            airflow.load_examples.is_some(),
            "airflow.loadExamples",
            "`loadExamples`",
        );
        note(
            airflow.extra_env_vars.is_some(),
            "airflow.extraEnvVars",
            "`extraEnvVars`",
        );
    }
    let auth = values.auth.as_ref();
    note(
        auth.is_some_and(|a| a.force_password.is_some()),
        "auth.forcePassword",
        "`auth.existingSecret` (a Secret keeps the passwords across upgrades)",
    );
    note(
        values.ingress.as_ref().is_some_and(|i| i.hosts.is_some()),
        "ingress.hosts",
        "`ingress.hostname` (and `ingress.extraHosts` for more hosts)",
    );
    note(
        values.web.as_ref().is_some_and(|w| w.image.is_some()),
        "web.image",
        "`image`",
    );
    note(
        values.scheduler.as_ref().is_some_and(|s| s.image.is_some()),
        "scheduler.image",
        "`image`",
    );
    note(
        values.worker.as_ref().is_some_and(|w| w.image.is_some()),
        "worker.image",
        "`image`",
    );
    if let Some(pg) = &values.postgresql {
        note(
            pg.postgresql_username.is_some(),
            "postgresql.postgresqlUsername",
            "`postgresql.auth.username`",
        );
        note(
            pg.postgresql_password.is_some(),
            "postgresql.postgresqlPassword",
            "`postgresql.auth.password`",
        );
        note(
            pg.postgresql_database.is_some(),
            "postgresql.postgresqlDatabase",
            "`postgresql.auth.database`",
        );
        note(
            pg.existing_secret.is_some(),
            "postgresql.existingSecret",
            "`postgresql.auth.existingSecret`",
        );
    }
    if let Some(redis) = &values.redis {
        note(
            redis.password.is_some(),
            "redis.password",
            "`redis.auth.password`",
        );
        note(
            redis.use_password.is_some(),
            "redis.usePassword",
            "`redis.auth.enabled`",
        );
    }
    found
}

fn legacy_key(values: &Values, out: &mut Findings) {
    for (path, now) in legacy_keys(values) {
        out.report(
            KeyPath::from_keys(path.split('.')),
            format!(
                "`{path}` is a key of older chart versions; chart {} ignores it",
                crate::bitnami::CHART_VERSION
            ),
            format!("move the setting to {now}"),
        );
    }
}
