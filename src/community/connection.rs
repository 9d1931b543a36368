//! The legacy `airflow.sqlalchemy_connection`: a whole database URL as text.
//!
//! Chart 7.x took the metadata database as one SQLAlchemy URL. Files written
//! for it often hold an Azure Database for PostgreSQL (single server) login,
//! `user@server`, with its `@` not percent-encoded:
//! `postgresql+psycopg2://airflow@srv:PASSWORD@srv.postgres.database.azure.com/airflow`.
//!
//! Such text is kept as written (reading a values file never fails on it),
//! and read two ways:
//!
//! - [`LegacyConnection::url`] parses it strictly, as RFC 3986 has it: a raw
//!   `@` in the user name is [`SqlAlchemyUrlError::UserRawAt`], with the hint
//!   to write `%40`. Other tools that read the same URL (libpq's URI parser,
//!   which splits at the first `@`; Airflow connection URIs) do not read it
//!   as meant.
//! - [`LegacyConnection::as_read_by_sqlalchemy`] reads it the way SQLAlchemy
//!   does: its URL pattern lets the user name run up to the `:` before the
//!   password, so `airflow@srv` comes out as the user name. This is what the
//!   old chart's deployments ran with; the migration uses it and writes the
//!   login encoded.

use std::borrow::Cow;
use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

use crate::types::database::{SqlAlchemyUrl, SqlAlchemyUrlError};

/// Only the `@` is encoded when a raw `@` of the user name is repaired.
const AT: &AsciiSet = &CONTROLS.add(b'@');

/// The text of `airflow.sqlalchemy_connection`, a database URL that holds a
/// password. `Debug` and `Display` never show the password.
///
/// ```
/// use airflow_values::community::LegacyConnection;
/// use airflow_values::types::SqlAlchemyUrlError;
///
/// let text = "postgresql+psycopg2://airflow@srv:Qx7@srv.postgres.database.azure.com:5432/airflow?sslmode=require";
/// let conn = LegacyConnection::new(text);
/// assert!(matches!(conn.url(), Err(SqlAlchemyUrlError::UserRawAt { .. })));
/// let read = conn.as_read_by_sqlalchemy()?;
/// assert_eq!(read.user(), "airflow@srv");
/// assert_eq!(
///     read.to_string(),
///     "postgresql+psycopg2://airflow%40srv:***@srv.postgres.database.azure.com:5432/airflow?sslmode=require"
/// );
/// assert!(!format!("{conn} {conn:?}").contains("Qx7"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct LegacyConnection(Zeroizing<String>);

impl LegacyConnection {
    /// Wraps the text as written.
    pub fn new(text: impl Into<String>) -> Self {
        LegacyConnection(Zeroizing::new(text.into()))
    }

    /// The text in clear, for writing it where Airflow reads it. Never log it.
    #[must_use]
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    /// The URL parsed strictly.
    ///
    /// # Errors
    /// The [`SqlAlchemyUrlError`] that names the problem and its byte offset
    /// (such as [`SqlAlchemyUrlError::UserRawAt`] for an unencoded Azure
    /// login); it never holds the password.
    pub fn url(&self) -> Result<SqlAlchemyUrl, SqlAlchemyUrlError> {
        SqlAlchemyUrl::parse(&self.0)
    }

    /// Whether the user name holds a raw `@` that SQLAlchemy reads as part of
    /// it (the Azure `user@server` login written without `%40`).
    pub fn has_raw_at_in_user(&self) -> bool {
        matches!(self.url(), Err(SqlAlchemyUrlError::UserRawAt { .. })) && self.repaired().is_some()
    }

    /// The URL as SQLAlchemy reads it: like [`LegacyConnection::url`], but a
    /// raw `@` in the user name is taken as part of the user name, because
    /// SQLAlchemy's pattern does so when a password follows it.
    ///
    /// # Errors
    /// The strict parser's error when the text is wrong in any other way (a
    /// raw `@` in the password is one: SQLAlchemy misreads that too).
    pub fn as_read_by_sqlalchemy(&self) -> Result<SqlAlchemyUrl, SqlAlchemyUrlError> {
        match self.url() {
            Err(SqlAlchemyUrlError::UserRawAt { at }) => match self.repaired() {
                Some(text) => SqlAlchemyUrl::parse(&text),
                None => Err(SqlAlchemyUrlError::UserRawAt { at }),
            },
            other => other,
        }
    }

    /// The text with the raw `@` of the user name encoded, when the user name
    /// (up to the first `:` of the credentials) holds one and the password
    /// (between that `:` and the last `@` before the host) holds none.
    fn repaired(&self) -> Option<Zeroizing<String>> {
        let text: &str = &self.0;
        let start = text.find("://")? + 3;
        let rest = &text[start..];
        let authority_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..authority_len];
        let last_at = authority.rfind('@')?;
        let userinfo = &authority[..last_at];
        let (user, password) = userinfo.split_once(':')?;
        if !user.contains('@') || password.contains('@') {
            return None;
        }
        let encoded_user: String = utf8_percent_encode(user, AT).collect();
        let mut out = Zeroizing::new(String::with_capacity(text.len() + 4));
        out.push_str(&text[..start]);
        out.push_str(&encoded_user);
        out.push_str(&text[start + user.len()..]);
        Some(out)
    }
}

impl fmt::Display for LegacyConnection {
    /// The URL with its password replaced by `***`, or `***` alone when it
    /// does not parse.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_read_by_sqlalchemy() {
            Ok(url) => write!(f, "{url}"),
            Err(_) => f.write_str("***"),
        }
    }
}

impl fmt::Debug for LegacyConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LegacyConnection({self})")
    }
}

impl From<SqlAlchemyUrl> for LegacyConnection {
    fn from(url: SqlAlchemyUrl) -> Self {
        LegacyConnection(Zeroizing::new(url.expose_secret()))
    }
}

impl Serialize for LegacyConnection {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LegacyConnection {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(LegacyConnection::new)
    }
}

impl JsonSchema for LegacyConnection {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("LegacyConnection")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "writeOnly": true })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PW: &str = "Qx7Zebra";

    #[test]
    fn readings_of_the_azure_login() {
        let cases = [
            // (text, strict ok, sqlalchemy user)
            (
                format!(
                    "postgresql+psycopg2://airflow@srv:{PW}@h.example.com:5432/airflow?sslmode=require"
                ),
                false,
                Some("airflow@srv"),
            ),
            (
                format!("postgresql+psycopg2://airflow%40srv:{PW}@h.example.com/airflow"),
                true,
                Some("airflow@srv"),
            ),
            (
                format!("postgresql+psycopg2://airflow:{PW}@h.example.com/airflow"),
                true,
                Some("airflow"),
            ),
            // A raw `@` in the password is not repaired.
            (
                format!("postgresql+psycopg2://airflow:a@{PW}@h.example.com/airflow"),
                false,
                None,
            ),
            // No password: nothing says where the user name ends.
            (
                "postgresql+psycopg2://airflow@srv@h.example.com/airflow".to_owned(),
                false,
                None,
            ),
        ];
        for (text, strict, user) in cases {
            let conn = LegacyConnection::new(text.clone());
            assert_eq!(conn.url().is_ok(), strict, "{text}");
            let read = conn.as_read_by_sqlalchemy();
            assert_eq!(read.as_ref().ok().map(|u| u.user()), user, "{text}");
            assert_eq!(
                conn.has_raw_at_in_user(),
                !strict && user.is_some(),
                "{text}"
            );
            let shown = format!("{conn} {conn:?} {:?}", conn.url());
            assert!(!shown.contains(PW), "{shown}");
        }
    }
}
