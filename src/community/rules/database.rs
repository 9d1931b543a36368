//! The metadata database: plain passwords, the legacy connection URL, TLS.

use crate::community::{DatabaseType, Values};
use crate::findings::{Code, Profile, Rule, Severity};
use crate::rules::Findings;
use crate::types::database::{Dialect, SqlAlchemyUrlError, SslMode};
use crate::yaml::key_path;

pub(crate) const AV1205: Rule<Values> = Rule {
    code: Code::new("AV1205"),
    name: "community-external-database-plain-password",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV1205.md"),
    check: external_database_plain_password,
};

pub(crate) const AV1207: Rule<Values> = Rule {
    code: Code::new("AV1207"),
    name: "community-connection-login-unencoded",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV1207.md"),
    check: connection_login_unencoded,
};

pub(crate) const AV1208: Rule<Values> = Rule {
    code: Code::new("AV1208"),
    name: "community-connection-url-invalid",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV1208.md"),
    check: connection_url_invalid,
};

pub(crate) const AV1209: Rule<Values> = Rule {
    code: Code::new("AV1209"),
    name: "community-database-without-tls",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV1209.md"),
    check: database_without_tls,
};

/// The chart's default `pgbouncer.serverSSL.mode`.
const SERVER_SSL_DEFAULT: SslMode = SslMode::Prefer;

fn external_database_plain_password(values: &Values, out: &mut Findings) {
    let Some(db) = values.external_database.as_ref() else {
        return;
    };
    if db.password.as_ref().is_some_and(|p| !p.is_empty()) {
        let secret_too = db.password_secret.as_ref().is_some_and(|s| !s.is_empty());
        out.report(
            key_path!(externalDatabase.password),
            if secret_too {
                "the database password is written in plain text in the values (passwordSecret is set too and takes precedence)"
            } else {
                "the database password is written in plain text in the values, and from there in the release's history"
            },
            "put the password in a Secret and set externalDatabase.passwordSecret and passwordSecretKey; then remove externalDatabase.password",
        );
    }
}

fn connection_login_unencoded(values: &Values, out: &mut Findings) {
    let Some(conn) = legacy_connection(values) else {
        return;
    };
    if !conn.has_raw_at_in_user() {
        return;
    }
    let user = conn
        .as_read_by_sqlalchemy()
        .map(|u| u.user().to_owned())
        .unwrap_or_default();
    let encoded = user.replace('@', "%40");
    out.report(
        key_path!(airflow.sqlalchemy_connection),
        format!(
            "the login `{user}` holds a raw `@`, so the URL has two `@` before the host; SQLAlchemy happens to read it as meant, but parsers that split at the first `@` (libpq, Airflow connection URIs) read the user `{}` and a host of `{}:…`",
            user.split('@').next().unwrap_or_default(),
            user.split('@').nth(1).unwrap_or_default(),
        ),
        format!("write the login as `{encoded}` (an Azure Database for PostgreSQL single-server login user@server needs %40), or move to externalDatabase with user `{user}` and passwordSecret"),
    );
}

fn connection_url_invalid(values: &Values, out: &mut Findings) {
    let Some(conn) = legacy_connection(values) else {
        return;
    };
    match conn.as_read_by_sqlalchemy() {
        Ok(_) => {}
        Err(SqlAlchemyUrlError::UserRawAt { .. }) if conn.has_raw_at_in_user() => {}
        Err(error) => out.report(
            key_path!(airflow.sqlalchemy_connection),
            format!("the connection URL does not parse: {error}"),
            "write it as postgresql+psycopg2://USER:PASSWORD@HOST:5432/DB?sslmode=require with user and password percent-encoded, or move to externalDatabase",
        ),
    }
}

fn legacy_connection(values: &Values) -> Option<&crate::community::LegacyConnection> {
    values
        .airflow
        .as_ref()
        .and_then(|a| a.sqlalchemy_connection.as_ref())
        .filter(|c| !c.expose_secret().is_empty())
}

/// `sslmode` in `externalDatabase.properties` (`?sslmode=require&…`):
/// `None` when it is not there, `Err` with the text when it is not a mode.
fn properties_sslmode(properties: &str) -> Option<Result<SslMode, String>> {
    let query = properties.trim().trim_start_matches('?');
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "sslmode")
        .map(|(_, v)| SslMode::parse(v).map_err(|_| v.chars().take(32).collect()))
}

fn database_without_tls(values: &Values, out: &mut Findings) {
    if let Some(conn) = legacy_connection(values) {
        let Ok(url) = conn.as_read_by_sqlalchemy() else {
            return; // AV1208 reports it.
        };
        if url.dialect() != Dialect::Postgresql {
            return;
        }
        match url.sslmode() {
            None => out.report(
                key_path!(airflow.sqlalchemy_connection),
                "the connection URL has no sslmode, so libpq uses `prefer`, which falls back to a connection without TLS",
                "append ?sslmode=require (or verify-full with a CA certificate) to the URL; Azure Database for PostgreSQL enforces TLS and needs at least require",
            ),
            Some(mode) if mode < SslMode::Require => out.report(
                key_path!(airflow.sqlalchemy_connection),
                format!("the connection URL has sslmode `{mode}`, which allows a connection without TLS"),
                "use sslmode=require, or verify-full with a CA certificate",
            ),
            Some(_) => {}
        }
        return;
    }
    if values.postgresql_enabled() {
        return;
    }
    let Some(db) = values.external_database.as_ref() else {
        return;
    };
    if db.kind == Some(DatabaseType::Mysql) {
        return;
    }
    if values.pgbouncer_enabled() {
        let mode = values
            .pgbouncer
            .as_ref()
            .and_then(|p| p.server_ssl.as_ref())
            .and_then(|s| s.mode)
            .unwrap_or(SERVER_SSL_DEFAULT);
        if mode < SslMode::Require {
            out.report(
                key_path!(pgbouncer.serverSSL.mode),
                format!("pgbouncer reaches the external database with sslmode `{mode}`, which allows a connection without TLS"),
                "set pgbouncer.serverSSL.mode: require (or verify-full with serverSSL.caFile); with pgbouncer on, this is the hop that leaves the cluster",
            );
        }
        return;
    }
    match db.properties.as_deref().and_then(properties_sslmode) {
        None => out.report(
            key_path!(externalDatabase.properties),
            "the external database URL has no sslmode, so libpq uses `prefer`, which falls back to a connection without TLS",
            "set externalDatabase.properties: \"?sslmode=require\" (or verify-full)",
        ),
        Some(Ok(mode)) if mode < SslMode::Require => out.report(
            key_path!(externalDatabase.properties),
            format!("the external database URL has sslmode `{mode}`, which allows a connection without TLS"),
            "use ?sslmode=require, or verify-full",
        ),
        Some(Ok(_)) => {}
        Some(Err(text)) => out.report(
            key_path!(externalDatabase.properties),
            format!("`{text}` is not an sslmode PostgreSQL knows"),
            "use one of disable, allow, prefer, require, verify-ca, verify-full; for TLS at least require",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::AV1207;
    use crate::community::Values;
    use crate::findings::Profile;

    const PW: &str = "Zebra7Secret";

    fn found(yaml: &str, profile: Profile) -> Vec<String> {
        let values = Values::from_yaml(yaml).expect("test values read");
        let report = values.validate(profile);
        assert!(!report.to_string().contains(PW), "{report}");
        report
            .diagnostics()
            .iter()
            .map(|d| format!("{} {}", d.code, d.path))
            .collect()
    }

    fn conn(url: &str) -> String {
        format!(
            "airflow:\n  sqlalchemy_connection: \"{}\"\n",
            url.replace("PW", PW)
        )
    }

    #[test]
    fn database_rules_fire_and_stay_quiet() {
        let azure =
            "postgresql+psycopg2://airflow@srv:PW@srv.postgres.database.azure.com:5432/airflow";
        let cases = [
            (conn(&format!("{azure}?sslmode=require")), Profile::Default, "AV1207 airflow.sqlalchemy_connection", true),
            (conn("postgresql+psycopg2://airflow%40srv:PW@srv.postgres.database.azure.com/airflow?sslmode=require"), Profile::Default, "AV1207 airflow.sqlalchemy_connection", false),
            (conn(&format!("{azure}?sslmode=require")), Profile::Default, "AV1208 airflow.sqlalchemy_connection", false),
            (conn("postgres://a:PW@h/db"), Profile::Default, "AV1208 airflow.sqlalchemy_connection", true),
            (conn("postgresql://a:PW@h/db?sslmode=on"), Profile::Default, "AV1208 airflow.sqlalchemy_connection", true),
            (conn(azure), Profile::Default, "AV1209 airflow.sqlalchemy_connection", true),
            (conn(&format!("{azure}?sslmode=prefer")), Profile::Default, "AV1209 airflow.sqlalchemy_connection", true),
            (conn(&format!("{azure}?sslmode=verify-full")), Profile::Default, "AV1209 airflow.sqlalchemy_connection", false),
            (conn("mysql+mysqldb://a:PW@h/db"), Profile::Default, "AV1209 airflow.sqlalchemy_connection", false),
            ("postgresql: {enabled: false}\npgbouncer: {enabled: false}\nexternalDatabase: {host: h, properties: \"?sslmode=disable\"}\n".to_owned(), Profile::Default, "AV1209 externalDatabase.properties", true),
            ("postgresql: {enabled: false}\npgbouncer: {enabled: false}\nexternalDatabase: {host: h}\n".to_owned(), Profile::Default, "AV1209 externalDatabase.properties", true),
            ("postgresql: {enabled: false}\npgbouncer: {enabled: false}\nexternalDatabase: {host: h, properties: \"?sslmode=require\"}\n".to_owned(), Profile::Default, "AV1209 externalDatabase.properties", false),
            ("postgresql: {enabled: false}\nexternalDatabase: {host: h}\n".to_owned(), Profile::Default, "AV1209 pgbouncer.serverSSL.mode", true),
            ("postgresql: {enabled: false}\npgbouncer: {serverSSL: {mode: require}}\nexternalDatabase: {host: h}\n".to_owned(), Profile::Default, "AV1209 pgbouncer.serverSSL.mode", false),
            ("externalDatabase: {host: h}\n".to_owned(), Profile::Default, "AV1209 externalDatabase.properties", false),
            ("externalDatabase: {password: PW}\n".replace("PW", PW), Profile::Production, "AV1205 externalDatabase.password", true),
            ("externalDatabase: {password: PW}\n".replace("PW", PW), Profile::Default, "AV1205 externalDatabase.password", false),
            ("externalDatabase: {passwordSecret: db}\n".to_owned(), Profile::Production, "AV1205 externalDatabase.password", false),
        ];
        for (yaml, profile, what, fires) in cases {
            let found = found(&yaml, profile);
            assert_eq!(
                found.iter().any(|f| f == what),
                fires,
                "{what} on {yaml:?}: {found:?}"
            );
        }
    }

    #[test]
    fn the_unencoded_login_gets_the_encoded_form_as_hint() {
        let values = Values::from_yaml(&conn(
            "postgresql+psycopg2://airflow@srv:PW@srv.example.com/airflow?sslmode=require",
        ))
        .expect("reads");
        let report = values.validate(Profile::Default);
        let d = report.with_code(AV1207.code).next().expect("AV1207 fires");
        assert!(
            d.help
                .as_deref()
                .unwrap_or_default()
                .contains("airflow%40srv"),
            "{d:?}"
        );
        assert!(
            d.message.contains("user `airflow`") && d.message.contains("`srv:…`"),
            "{d:?}"
        );
    }
}
