//! AV03: the metadata database, pgbouncer, and TLS on each hop.

use super::{Findings, Rule};
use crate::findings::{Code, Profile, Severity};
use crate::official::Values;
use crate::types::database::{SslMode, lost_in_chart_escaping};
use crate::types::nullable::NullableExt;
use crate::yaml::{KeyPath, key_path};

pub(crate) const AV0301: Rule = Rule {
    code: Code::new("AV0301"),
    name: "database-without-tls",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0301.md"),
    check: database_without_tls,
};

pub(crate) const AV0302: Rule = Rule {
    code: Code::new("AV0302"),
    name: "pgbouncer-ignores-metadata-secret",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0302.md"),
    check: pgbouncer_ignores_metadata_secret,
};

pub(crate) const AV0303: Rule = Rule {
    code: Code::new("AV0303"),
    name: "in-cluster-postgresql",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0303.md"),
    check: in_cluster_postgresql,
};

pub(crate) const AV0304: Rule = Rule {
    code: Code::new("AV0304"),
    name: "tls-to-pgbouncer-without-client-tls",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0304.md"),
    check: tls_to_pgbouncer_without_client_tls,
};

pub(crate) const AV0305: Rule = Rule {
    code: Code::new("AV0305"),
    name: "password-lost-in-chart-escaping",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0305.md"),
    check: password_lost_in_chart_escaping,
};

pub(crate) const AV0306: Rule = Rule {
    code: Code::new("AV0306"),
    name: "keda-needs-keda-connection",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV0306.md"),
    check: keda_needs_keda_connection,
};

pub(crate) const AV0307: Rule = Rule {
    code: Code::new("AV0307"),
    name: "keda-reads-metadata-secret",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV0307.md"),
    check: keda_reads_metadata_secret,
};

/// The chart's default `data.metadataConnection.sslmode`.
const METADATA_SSLMODE_DEFAULT: SslMode = SslMode::Disable;
/// The chart's default `pgbouncer.sslmode`.
const PGBOUNCER_SSLMODE_DEFAULT: SslMode = SslMode::Prefer;

fn metadata_secret_name(values: &Values) -> Option<&str> {
    values
        .data
        .as_ref()
        .and_then(|d| d.metadata_secret_name.value())
        .map(|s| s.as_str())
}

fn metadata_sslmode(values: &Values) -> Option<SslMode> {
    values
        .data
        .as_ref()
        .and_then(|d| d.metadata_connection.as_ref())
        .and_then(|c| c.sslmode)
}

fn database_without_tls(values: &Values, out: &mut Findings) {
    if values.postgresql_enabled() {
        // The database is in the cluster; AV0303 reports that.
        return;
    }
    let pgbouncer = values
        .pgbouncer
        .as_ref()
        .filter(|_| values.pgbouncer_enabled());
    match pgbouncer {
        Some(p) if p.config_secret_name.is_none() => {
            let mode = p.sslmode.unwrap_or(PGBOUNCER_SSLMODE_DEFAULT);
            if mode < SslMode::Require {
                out.report(
                    key_path!(pgbouncer.sslmode),
                    format!("pgbouncer reaches the external database with sslmode `{mode}`, which allows a connection without TLS"),
                    "set pgbouncer.sslmode to require (or verify-full with pgbouncer.ssl.ca); with pgbouncer on, this is the hop that leaves the cluster",
                );
            }
        }
        Some(_) => {}
        None if metadata_secret_name(values).is_none() => {
            let mode = metadata_sslmode(values).unwrap_or(METADATA_SSLMODE_DEFAULT);
            if mode < SslMode::Require {
                out.report(
                    key_path!(data.metadataConnection.sslmode),
                    format!("Airflow reaches the external database with sslmode `{mode}`, which allows a connection without TLS"),
                    "set data.metadataConnection.sslmode to require, or verify-full",
                );
            }
        }
        None => {}
    }
}

fn pgbouncer_ignores_metadata_secret(values: &Values, out: &mut Findings) {
    let Some(secret) = metadata_secret_name(values) else {
        return;
    };
    let config_secret = values
        .pgbouncer
        .as_ref()
        .and_then(|p| p.config_secret_name.as_ref());
    if !values.pgbouncer_enabled() || config_secret.is_some() {
        return;
    }
    let host = values
        .data
        .as_ref()
        .and_then(|d| d.metadata_connection.as_ref())
        .and_then(|c| c.host());
    let target = match host {
        Some(host) => format!("`{host}` with the user and password of data.metadataConnection"),
        None => "the in-cluster postgresql service".to_owned(),
    };
    out.report(
        key_path!(pgbouncer.configSecretName),
        format!("Airflow reads its connection from the Secret `{secret}`, but the chart builds pgbouncer's config from data.metadataConnection, so pgbouncer connects to {target}"),
        "create a Secret with pgbouncer.ini and users.txt for your database and set pgbouncer.configSecretName (and metricsExporterSidecar.statsSecretName)",
    );
}

fn in_cluster_postgresql(values: &Values, out: &mut Findings) {
    if values.postgresql_enabled() {
        let set = values.postgresql.as_ref().and_then(|p| p.enabled).is_some();
        out.report(
            key_path!(postgresql.enabled),
            if set {
                "the in-cluster PostgreSQL subchart is on".to_owned()
            } else {
                "the in-cluster PostgreSQL subchart is on (the chart's default)".to_owned()
            },
            "set postgresql.enabled: false and point data.metadataSecretName at a managed database",
        );
    }
}

fn tls_to_pgbouncer_without_client_tls(values: &Values, out: &mut Findings) {
    if !values.pgbouncer_enabled() || metadata_secret_name(values).is_some() {
        return;
    }
    let Some(mode) = metadata_sslmode(values) else {
        return;
    };
    let client_tls = values
        .pgbouncer
        .as_ref()
        .is_some_and(|p| p.has_client_tls());
    if mode >= SslMode::Require && !client_tls {
        out.report(
            key_path!(data.metadataConnection.sslmode),
            format!("with pgbouncer on, Airflow connects to pgbouncer with sslmode `{mode}`, but the chart configures no TLS on pgbouncer's client side, so every connection fails"),
            "put the TLS requirement on pgbouncer.sslmode (pgbouncer to the database) and leave this at prefer or disable; or add client_tls_* settings to pgbouncer.extraIni",
        );
    }
}

/// Which KEDA ScaledObjects the chart renders, and whether each queries
/// through PgBouncer (the chart's defaults: KEDA off, `usePgbouncer` on).
struct KedaUse {
    /// KEDA on for the Celery workers (`workers.celery.keda` over `workers.keda`).
    workers: Option<bool>,
    /// KEDA on for the triggerer.
    triggerer: Option<bool>,
}

impl KedaUse {
    /// `Some(use_pgbouncer)` for each part with KEDA on.
    fn of(values: &Values) -> Self {
        let workers = values.workers.as_deref();
        let keda = workers.and_then(|w| w.keda.as_ref());
        let celery = workers
            .and_then(|w| w.celery.as_deref())
            .and_then(|c| c.keda.as_ref());
        // A boolean under workers.celery.keda wins; null or unset falls back.
        let pick = |celery: Option<bool>, legacy: Option<bool>, default: bool| {
            celery.or(legacy).unwrap_or(default)
        };
        let workers_on = pick(
            celery.and_then(|k| k.enabled.value().copied()),
            keda.and_then(|k| k.enabled),
            false,
        );
        let workers_pgb = pick(
            celery.and_then(|k| k.use_pgbouncer.value().copied()),
            keda.and_then(|k| k.use_pgbouncer),
            true,
        );
        let triggerer = values.triggerer.as_deref();
        let triggerer_keda = triggerer.and_then(|t| t.keda.as_ref());
        let triggerer_on = triggerer.and_then(|t| t.enabled).unwrap_or(true)
            && triggerer_keda.and_then(|k| k.enabled).unwrap_or(false);
        let triggerer_pgb = triggerer_keda.and_then(|k| k.use_pgbouncer).unwrap_or(true);
        KedaUse {
            workers: workers_on.then_some(workers_pgb),
            triggerer: triggerer_on.then_some(triggerer_pgb),
        }
    }

    /// The parts with KEDA on, named by their key, that satisfy `pred(use_pgbouncer)`.
    fn parts(&self, pred: impl Fn(bool) -> bool) -> Vec<&'static str> {
        [("workers", self.workers), ("triggerer", self.triggerer)]
            .into_iter()
            .filter_map(|(name, on)| on.filter(|p| pred(*p)).map(|_| name))
            .collect()
    }
}

fn is_mysql(values: &Values) -> bool {
    values
        .data
        .as_ref()
        .and_then(|d| d.metadata_connection.as_ref())
        .and_then(|c| c.protocol.as_deref())
        == Some("mysql")
}

fn password_lost_in_chart_escaping(values: &Values, out: &mut Findings) {
    let Some(data) = values.data.as_ref() else {
        return;
    };
    if data.metadata_secret_name.value().is_none()
        && let Some(c) = data.metadata_connection.as_ref()
    {
        let user = c.user.as_deref();
        let pass = c.pass.as_ref().map(|p| p.expose_secret());
        report_lost(
            out,
            "data.metadataConnection",
            "data.metadataSecretName",
            user,
            pass,
        );
    }
    if data.result_backend_secret_name.value().is_none()
        && let Some(c) = data.result_backend_connection.value()
    {
        let pass = Some(c.pass.expose_secret());
        report_lost(
            out,
            "data.resultBackendConnection",
            "data.resultBackendSecretName",
            Some(c.user.as_str()),
            pass,
        );
    }
}

fn report_lost(
    out: &mut Findings,
    at: &str,
    secret_key: &str,
    user: Option<&str>,
    pass: Option<&str>,
) {
    for (key, text) in [("user", user), ("pass", pass)] {
        if text.and_then(lost_in_chart_escaping).is_some() {
            out.report(
                KeyPath::from_keys(at.split('.')).with_key(key),
                format!("the {key} has a space: the chart escapes it with urlquery as `+`, and Airflow reads that back as a plus, so the login fails"),
                format!("write the connection URL (space as %20; MetadataConnection::to_url does it) into a Secret under key `connection` and set {secret_key}, or choose a {key} without spaces"),
            );
        }
    }
}

fn keda_needs_keda_connection(values: &Values, out: &mut Findings) {
    let Some(secret) = metadata_secret_name(values) else {
        return;
    };
    let keda = KedaUse::of(values);
    let mysql = is_mysql(values);
    let pgbouncer = values.pgbouncer_enabled();
    let parts = keda.parts(|use_pgbouncer| mysql || (pgbouncer && !use_pgbouncer));
    if parts.is_empty() {
        return;
    }
    let why = if mysql {
        "KEDA's MySQL scaler needs its own connection string"
    } else {
        "KEDA is told not to go through PgBouncer, so it needs the database's own address"
    };
    let form = if mysql {
        "USER:PASSWORD@tcp(HOST:3306)/DB"
    } else {
        "postgresql://USER:PASSWORD@HOST:5432/DB?sslmode=require, with the database's host rather than PgBouncer's"
    };
    out.report(
        key_path!(data.metadataSecretName),
        format!("KEDA is on for {} and {why}: every Airflow pod then reads key `kedaConnection` of Secret `{secret}` (not optional), and pods do not start without it", parts.join(" and ")),
        format!("add `kedaConnection` to Secret `{secret}` as {form}"),
    );
}

fn keda_reads_metadata_secret(values: &Values, out: &mut Findings) {
    let Some(secret) = metadata_secret_name(values) else {
        return;
    };
    if is_mysql(values) {
        return;
    }
    let keda = KedaUse::of(values);
    let pgbouncer = values.pgbouncer_enabled();
    let parts = keda.parts(|use_pgbouncer| !pgbouncer || use_pgbouncer);
    if parts.is_empty() {
        return;
    }
    out.report(
        key_path!(data.metadataSecretName),
        format!("KEDA's PostgreSQL scaler for {} reads key `connection` of Secret `{secret}`, and it parses only postgres:// and postgresql:// URLs", parts.join(" and ")),
        "write `connection` with the scheme postgresql:// (as MetadataConnection::to_url does), not postgresql+psycopg2://; Airflow reads that form too",
    );
}
