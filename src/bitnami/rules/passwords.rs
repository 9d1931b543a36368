//! Keys and passwords: generated at random, written in plain text, or
//! well known.

use crate::bitnami::Values;
use crate::findings::{Code, Profile, Rule, Severity};
use crate::rules::Findings;
use crate::types::secret::{FernetKey, SecretValue};
use crate::yaml::{KeyPath, key_path};

pub(super) const AV1101: Rule<Values> = Rule {
    code: Code::new("AV1101"),
    name: "auth-key-generated",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV1101.md"),
    check: auth_key_generated,
};

pub(super) const AV1102: Rule<Values> = Rule {
    code: Code::new("AV1102"),
    name: "auth-key-not-static",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV1102.md"),
    check: auth_key_generated,
};

pub(super) const AV1103: Rule<Values> = Rule {
    code: Code::new("AV1103"),
    name: "secret-in-values",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV1103.md"),
    check: secret_in_values,
};

pub(super) const AV1105: Rule<Values> = Rule {
    code: Code::new("AV1105"),
    name: "well-known-subchart-password",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV1105.md"),
    check: well_known_subchart_password,
};

pub(super) const AV1106: Rule<Values> = Rule {
    code: Code::new("AV1106"),
    name: "subchart-password-generated",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV1106.md"),
    check: subchart_password_generated,
};

pub(super) const AV1108: Rule<Values> = Rule {
    code: Code::new("AV1108"),
    name: "invalid-auth-fernet-key",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV1108.md"),
    check: invalid_fernet_key,
};

/// Passwords that guides, examples and chart defaults use, which anyone who
/// can reach the service tries first.
const WELL_KNOWN: &[&str] = &[
    "admin",
    "airflow",
    "bitnami",
    "bn_airflow",
    "changeme",
    "password",
    "postgres",
    "redis",
    "secret",
];

fn set(value: Option<&SecretValue>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

fn named(name: Option<&String>) -> bool {
    name.is_some_and(|n| !n.is_empty())
}

/// The `auth` keys that the chart fills with a random value when they are
/// empty, with what each protects.
fn auth_keys(values: &Values) -> [(&'static str, Option<&SecretValue>, &'static str); 4] {
    let auth = values.auth.as_ref();
    [
        (
            "auth.password",
            auth.and_then(|a| a.password.as_ref()),
            "the admin user's password",
        ),
        (
            "auth.fernetKey",
            auth.and_then(|a| a.fernet_key.as_ref()),
            "the fernet key, and connections and variables stored with the old key can no longer be decrypted",
        ),
        (
            "auth.secretKey",
            auth.and_then(|a| a.secret_key.as_ref()),
            "the session secret key, and every user is signed out",
        ),
        (
            "auth.jwtSecretKey",
            auth.and_then(|a| a.jwt_secret_key.as_ref()),
            "the JWT signing key, and the tokens of running tasks stop validating",
        ),
    ]
}

fn auth_key_generated(values: &Values, out: &mut Findings) {
    if named(
        values
            .auth
            .as_ref()
            .and_then(|a| a.existing_secret.as_ref()),
    ) {
        return;
    }
    for (path, value, what) in auth_keys(values) {
        if !set(value) {
            out.report(
                KeyPath::from_keys(path.split('.')),
                format!(
                    "`{path}` is empty, so the chart generates {what}; a new random value is made whenever the chart cannot look up its old Secret (a reinstall, `helm template`, GitOps rendering)"
                ),
                "create a Secret with the keys and set auth.existingSecret",
            );
        }
    }
}

fn secret_in_values(values: &Values, out: &mut Findings) {
    let mut written: Vec<(&str, Option<&SecretValue>)> = auth_keys(values)
        .into_iter()
        .map(|(path, value, _)| (path, value))
        .collect();
    let ldap = values.ldap.as_ref();
    written.push(("ldap.bindpw", ldap.and_then(|l| l.bindpw.as_ref())));
    let db = values.external_database.as_ref();
    written.push((
        "externalDatabase.password",
        db.and_then(|d| d.password.as_ref()),
    ));
    written.push((
        "externalDatabase.sqlConnection",
        db.and_then(|d| d.sql_connection.as_ref()),
    ));
    let redis = values.external_redis.as_ref();
    written.push((
        "externalRedis.password",
        redis.and_then(|r| r.password.as_ref()),
    ));
    for (path, value) in subchart_passwords(values) {
        written.push((path, value));
    }
    let dags = values.dags.as_ref().and_then(|d| d.ssh_key.as_ref());
    written.push(("dags.sshKey", dags));
    let plugins = values.plugins.as_ref().and_then(|p| p.ssh_key.as_ref());
    written.push(("plugins.sshKey", plugins));
    for (path, value) in written {
        if set(value) {
            out.report(
                KeyPath::from_keys(path.split('.')),
                format!("`{path}` is written in the values in plain text, where `helm get values` and the repository show it"),
                "keep it in an existing Kubernetes Secret and name that Secret (auth.existingSecret, externalDatabase.existingSecret, …) instead",
            );
        }
    }
}

/// The passwords of the bundled PostgreSQL and Redis, current and legacy keys.
fn subchart_passwords(values: &Values) -> Vec<(&'static str, Option<&SecretValue>)> {
    let pg = values.postgresql.as_ref();
    let pg_auth = pg.and_then(|p| p.auth.as_ref());
    let redis = values.redis.as_ref();
    vec![
        (
            "postgresql.auth.password",
            pg_auth.and_then(|a| a.password.as_ref()),
        ),
        (
            "postgresql.auth.postgresPassword",
            pg_auth.and_then(|a| a.postgres_password.as_ref()),
        ),
        (
            "postgresql.postgresqlPassword",
            pg.and_then(|p| p.postgresql_password.as_ref()),
        ),
        (
            "redis.auth.password",
            redis
                .and_then(|r| r.auth.as_ref())
                .and_then(|a| a.password.as_ref()),
        ),
        ("redis.password", redis.and_then(|r| r.password.as_ref())),
    ]
}

fn well_known_subchart_password(values: &Values, out: &mut Findings) {
    for (path, value) in subchart_passwords(values) {
        let enabled = if path.starts_with("postgresql") {
            values.postgresql_enabled()
        } else {
            values.redis_enabled()
        };
        let Some(value) = value.filter(|_| enabled) else {
            continue;
        };
        let plain = value.expose_secret().to_ascii_lowercase();
        if WELL_KNOWN.contains(&plain.as_str()) {
            out.report(
                KeyPath::from_keys(path.split('.')),
                format!("`{path}` is a well-known password that anyone who can reach the service tries first"),
                "set a long random password in a Secret and name it in the subchart's auth.existingSecret",
            );
        }
    }
}

fn subchart_password_generated(values: &Values, out: &mut Findings) {
    if values.postgresql_enabled() {
        let pg = values.postgresql.as_ref();
        let auth = pg.and_then(|p| p.auth.as_ref());
        let has_secret = named(auth.and_then(|a| a.existing_secret.as_ref()))
            || named(pg.and_then(|p| p.existing_secret.as_ref()));
        let has_password = set(auth.and_then(|a| a.password.as_ref()))
            || set(pg.and_then(|p| p.postgresql_password.as_ref()));
        if !has_secret && !has_password {
            out.report(
                key_path!(postgresql.auth.existingSecret),
                "the bundled PostgreSQL runs with a generated password; if its Secret is lost or re-rendered, the database keeps the old password on its volume and Airflow can no longer log in",
                "create a Secret with the passwords and set postgresql.auth.existingSecret, or use externalDatabase",
            );
        }
    }
    if values.redis_enabled() {
        let redis = values.redis.as_ref();
        let auth = redis.and_then(|r| r.auth.as_ref());
        if auth.and_then(|a| a.enabled) == Some(false)
            || redis.and_then(|r| r.use_password) == Some(false)
        {
            out.report(
                key_path!(redis.auth.enabled),
                "the bundled Redis accepts connections without a password; any pod that reaches it can read and queue tasks",
                "set redis.auth.enabled: true with a password in redis.auth.existingSecret",
            );
        } else if !named(auth.and_then(|a| a.existing_secret.as_ref()))
            && !set(auth.and_then(|a| a.password.as_ref()))
            && !set(redis.and_then(|r| r.password.as_ref()))
        {
            out.report(
                key_path!(redis.auth.existingSecret),
                "the bundled Redis runs with a generated password, which changes whenever its Secret is re-rendered",
                "create a Secret with the password and set redis.auth.existingSecret, or use externalRedis",
            );
        }
    }
}

fn invalid_fernet_key(values: &Values, out: &mut Findings) {
    let Some(key) = values
        .auth
        .as_ref()
        .and_then(|a| a.fernet_key.as_ref())
        .filter(|k| !k.is_empty())
    else {
        return;
    };
    if let Err(e) = FernetKey::parse(key.expose_secret()) {
        out.report(
            key_path!(auth.fernetKey),
            format!("auth.fernetKey is not a valid fernet key: {e}"),
            "generate one with `airflow-values fernet-key` and store it in the Secret named by auth.existingSecret",
        );
    }
}
