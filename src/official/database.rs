//! `data`, `postgresql` and `pgbouncer`: where the metadata database is and how it is reached.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::types::database::{Dialect, MetadataConnection, SslMode};
use crate::types::nullable::{Nullable, deserialize_some};
use crate::types::secret::{Password, SecretName};

/// `data`: the connections Airflow uses, inline or from Secrets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Data {
    /// A Secret with a `connection` key holding the metadata database URL;
    /// replaces the Secret the chart would build from `metadataConnection`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_secret_name: Option<SecretName>,
    /// The metadata database connection, as parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_connection: Option<MetadataConnectionValues>,
}

/// The protocol of `data.metadataConnection`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Protocol {
    /// PostgreSQL.
    Postgresql,
    /// MySQL.
    Mysql,
}

/// `data.metadataConnection`: the metadata database as the chart takes it, key by key.
///
/// The chart builds the connection URL from these keys itself (escaping user
/// and password with Go's `urlquery`), so values here are written unencoded.
/// Build it from a checked [`MetadataConnection`] with `From`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct MetadataConnectionValues {
    /// Database user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub user: Option<String>,
    /// Database password, in clear text in the values file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<Password>,
    /// Database protocol.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<Protocol>,
    /// Database host; unset means the in-cluster postgresql service.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub host: Option<Nullable<String>>,
    /// Database port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// Database name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub db: Option<String>,
    /// TLS mode of the connection from Airflow (to pgbouncer when it is on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sslmode: Option<SslMode>,
}

impl MetadataConnectionValues {
    /// The host, when one is set.
    pub fn host(&self) -> Option<&str> {
        self.host
            .as_ref()
            .and_then(Nullable::as_value)
            .map(String::as_str)
    }
}

impl From<&MetadataConnection> for MetadataConnectionValues {
    fn from(c: &MetadataConnection) -> Self {
        MetadataConnectionValues {
            user: Some(c.user().to_owned()),
            pass: Some(c.password().clone()),
            protocol: Some(match c.protocol() {
                Dialect::Mysql => Protocol::Mysql,
                _ => Protocol::Postgresql,
            }),
            host: Some(Nullable::Value(c.host().to_owned())),
            port: Some(c.port()),
            db: Some(c.db().to_owned()),
            sslmode: Some(c.sslmode()),
        }
    }
}

/// `postgresql`: the in-cluster PostgreSQL subchart.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Postgresql {
    /// Deploy the subchart (the chart's default is on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// `pgbouncer`: the connection pooler between Airflow and the metadata database.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Pgbouncer {
    /// Deploy pgbouncer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of pgbouncer pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<u32>,
    /// Server connections per pool for the metadata database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_pool_size: Option<u32>,
    /// Server connections per pool for the Celery result backend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_backend_pool_size: Option<u32>,
    /// Maximum client connections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_client_conn: Option<u32>,
    /// A Secret with a complete `pgbouncer.ini` and `users.txt`, replacing the
    /// config the chart builds from `data.metadataConnection`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_secret_name: Option<SecretName>,
    /// TLS mode of pgbouncer's own connection to the database (`server_tls_sslmode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sslmode: Option<SslMode>,
    /// Certificates for pgbouncer's connection to the database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl: Option<PgbouncerSsl>,
    /// Extra lines for the `[pgbouncer]` section of `pgbouncer.ini`.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub extra_ini: Option<Nullable<String>>,
    /// Annotations on the pgbouncer Deployment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// The metrics exporter beside pgbouncer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics_exporter_sidecar: Option<MetricsExporterSidecar>,
}

/// `pgbouncer.metricsExporterSidecar`: the exporter that reads pgbouncer's statistics.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct MetricsExporterSidecar {
    /// A Secret with the exporter's connection URL, replacing the one the chart
    /// builds from `data.metadataConnection`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stats_secret_name: Option<SecretName>,
    /// The key of that Secret holding the URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub stats_secret_key: Option<String>,
}

impl Pgbouncer {
    /// Whether `extraIni` turns on TLS for clients (`client_tls_sslmode` other than `disable`).
    pub fn has_client_tls(&self) -> bool {
        let Some(ini) = self.extra_ini.as_ref().and_then(Nullable::as_value) else {
            return false;
        };
        ini.lines().any(|line| {
            let mut kv = line.splitn(2, '=');
            let key = kv.next().unwrap_or_default().trim();
            let value = kv.next().unwrap_or_default().trim();
            key == "client_tls_sslmode" && !value.is_empty() && value != "disable"
        })
    }
}

/// `pgbouncer.ssl`: PEM text of the CA, client certificate and key for the
/// connection from pgbouncer to the database.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct PgbouncerSsl {
    /// CA certificate that signs the database's server certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub ca: Option<String>,
    /// Client certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub cert: Option<String>,
    /// Client private key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<Password>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_tls_is_read_from_extra_ini() {
        for (ini, want) in [
            (
                "client_tls_sslmode = require\nclient_tls_key_file = /k",
                true,
            ),
            ("client_tls_sslmode=disable", false),
            ("server_tls_sslmode = require", false),
            ("", false),
        ] {
            let p = Pgbouncer {
                extra_ini: Some(Nullable::Value(ini.to_owned())),
                ..Pgbouncer::default()
            };
            assert_eq!(p.has_client_tls(), want, "ini {ini:?}");
        }
        assert!(!Pgbouncer::default().has_client_tls());
    }
}
