//! AV03: the metadata database, pgbouncer, and TLS on each hop.

use super::{Findings, Rule};
use crate::check::{Code, Profile, Severity};
use crate::official::Values;
use crate::types::database::SslMode;
use crate::types::nullable::NullableExt;

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
                    "pgbouncer.sslmode",
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
                    "data.metadataConnection.sslmode",
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
        "pgbouncer.configSecretName",
        format!("Airflow reads its connection from the Secret `{secret}`, but the chart builds pgbouncer's config from data.metadataConnection, so pgbouncer connects to {target}"),
        "create a Secret with pgbouncer.ini and users.txt for your database and set pgbouncer.configSecretName (and metricsExporterSidecar.statsSecretName)",
    );
}

fn in_cluster_postgresql(values: &Values, out: &mut Findings) {
    if values.postgresql_enabled() {
        let set = values.postgresql.as_ref().and_then(|p| p.enabled).is_some();
        out.report(
            "postgresql.enabled",
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
            "data.metadataConnection.sslmode",
            format!("with pgbouncer on, Airflow connects to pgbouncer with sslmode `{mode}`, but the chart configures no TLS on pgbouncer's client side, so every connection fails"),
            "put the TLS requirement on pgbouncer.sslmode (pgbouncer to the database) and leave this at prefer or disable; or add client_tls_* settings to pgbouncer.extraIni",
        );
    }
}
