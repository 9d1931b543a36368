//! Metadata database connections: SQLAlchemy URLs, drivers and `sslmode`.
//!
//! [`SqlAlchemyUrl`] percent-encodes the user name and password when it writes
//! a URL, so an Azure login such as `airflow@server` and passwords containing
//! `@ : / ? # % +` or spaces survive the trip through SQLAlchemy. Its `Debug`
//! and `Display` replace the password by `***`; [`SqlAlchemyUrl::expose_secret`]
//! writes the full URL.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::secret::Password;

/// Everything but the RFC 3986 unreserved characters `A-Za-z0-9-._~` is
/// encoded. `url`'s userinfo set would leave `%` alone, which does not round
/// trip; `+` and space are encoded because SQLAlchemy decodes with `unquote`.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// What is wrong with a SQLAlchemy URL, a driver name or an `sslmode`. Byte
/// offsets count from the start of the URL; no message contains the password.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SqlAlchemyUrlError {
    /// The text has no `://` after the scheme.
    #[error(
        "no `://` after the scheme; a URL looks like postgresql+psycopg2://USER:PASSWORD@HOST:5432/DB"
    )]
    MissingScheme,
    /// The scheme has characters no driver name has.
    #[error(
        "the scheme before `://` is not a driver name; use postgresql+psycopg2 or mysql+mysqldb"
    )]
    InvalidScheme,
    /// The scheme is `postgres`, which SQLAlchemy 1.4 and later reject.
    #[error(
        "scheme `{scheme}` is rejected by SQLAlchemy 1.4 and later; write postgresql:// (or postgresql+psycopg2://)"
    )]
    PostgresScheme {
        /// The scheme written.
        scheme: String,
    },
    /// The scheme names a driver this crate does not know.
    #[error(
        "unsupported driver `{scheme}`; use postgresql, postgresql+psycopg2, postgresql+pg8000, mysql, mysql+mysqldb or mysql+pymysql"
    )]
    UnknownDriver {
        /// The scheme written.
        scheme: String,
    },
    /// The dialect is neither `postgresql` nor `mysql`.
    #[error("unsupported protocol `{protocol}`; use postgresql or mysql")]
    UnknownDialect {
        /// The text written.
        protocol: String,
    },
    /// The `sslmode` value is not one PostgreSQL knows.
    #[error(
        "unknown sslmode `{value}`; use one of disable, allow, prefer, require, verify-ca, verify-full (lower case)"
    )]
    UnknownSslMode {
        /// The value written (at most 32 characters of it).
        value: String,
    },
    /// The user name holds a raw `@`, so the authority has two of them.
    #[error(
        "the user name contains a raw `@` at byte {at}; write it as %40 (an Azure login user@server becomes user%40server)"
    )]
    UserRawAt {
        /// Byte offset of the `@`.
        at: usize,
    },
    /// The password holds a raw `@`.
    #[error(
        "the password contains a raw `@` at byte {at}; write it as %40, or build the URL with SqlAlchemyUrl::builder"
    )]
    PasswordRawAt {
        /// Byte offset of the `@`.
        at: usize,
    },
    /// A `/`, `?` or `#` ends the host part early: the user name or password
    /// holds it unencoded.
    #[error(
        "unencoded `{ch}` at byte {at} inside the user name or password; percent-encode it (%2F, %3F, %23) or build the URL with SqlAlchemyUrl::builder"
    )]
    ReservedInUserinfo {
        /// The character (`/`, `?` or `#`).
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// The user name has a character that must be percent-encoded.
    #[error("the user name has `{ch}` at byte {at}; percent-encode it")]
    UserChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// The password has a character that must be percent-encoded.
    #[error(
        "the password has a character at byte {at} that must be percent-encoded; encode the password, or build the URL with SqlAlchemyUrl::builder"
    )]
    PasswordChar {
        /// Byte offset of the character.
        at: usize,
    },
    /// A `%` is not followed by two hex digits.
    #[error("`%` at byte {at} is not followed by two hex digits; write a literal % as %25")]
    BadPercent {
        /// Byte offset of the `%`.
        at: usize,
    },
    /// Percent-decoded bytes are not UTF-8.
    #[error(
        "the percent-encoded part starting at byte {at} does not decode to UTF-8; encode the text as UTF-8"
    )]
    NotUtf8 {
        /// Byte offset of the part.
        at: usize,
    },
    /// There is no user name.
    #[error("no user name at byte {at}; write USER:PASSWORD@ before the host")]
    MissingUser {
        /// Byte offset where the user name should be.
        at: usize,
    },
    /// The password after `:` is empty.
    #[error("empty password at byte {at}; remove the `:` or write the password")]
    EmptyPassword {
        /// Byte offset where the password should be.
        at: usize,
    },
    /// There is no host.
    #[error("no host at byte {at}; write the database server's host name after `@`")]
    MissingHost {
        /// Byte offset where the host should be.
        at: usize,
    },
    /// The host has a character a host name cannot have.
    #[error("the host has `{ch}` at byte {at}; write a host name such as db.example.com")]
    HostChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// The port is not a number from 1 to 65535.
    #[error("port at byte {at} is not a number from 1 to 65535")]
    InvalidPort {
        /// Byte offset of the port.
        at: usize,
    },
    /// There is no database name.
    #[error("no database name at byte {at}; add /DATABASE after the host, e.g. /airflow")]
    MissingDatabase {
        /// Byte offset where the database name should be.
        at: usize,
    },
    /// The database name has a character outside `[A-Za-z0-9._~$-]`.
    #[error(
        "the database name has `{ch}` at byte {at}; use letters, digits, `_`, `-`, `.` and `$`"
    )]
    DatabaseChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// A `#` fragment follows the URL.
    #[error("`#` at byte {at}; a database URL has no fragment, percent-encode it as %23")]
    Fragment {
        /// Byte offset of the `#`.
        at: usize,
    },
    /// A query parameter is malformed (no `=`, empty key, whitespace).
    #[error(
        "malformed query parameter at byte {at}; write key=value pairs separated by `&`, percent-encoded"
    )]
    InvalidQuery {
        /// Byte offset of the parameter.
        at: usize,
    },
    /// `sslmode` appears twice in the query.
    #[error("`sslmode` appears again at byte {at}; keep one")]
    DuplicateSslMode {
        /// Byte offset of the second one.
        at: usize,
    },
}

/// PostgreSQL's `sslmode`, ordered from weakest to strongest, so that a rule
/// can ask for `>= SslMode::Require`.
///
/// ```
/// use airflow_values::types::SslMode;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mode: SslMode = "verify-full".parse()?;
/// assert!(mode >= SslMode::Require);
/// assert_eq!(mode.to_string(), "verify-full");
/// assert!("REQUIRE".parse::<SslMode>().is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum SslMode {
    /// No TLS.
    Disable,
    /// TLS only if the server insists.
    Allow,
    /// TLS if the server offers it (libpq's default), otherwise plain text.
    Prefer,
    /// TLS always, without checking the server's certificate.
    Require,
    /// TLS, with the server's certificate checked against a trusted CA.
    VerifyCa,
    /// TLS, with the certificate checked and the host name matched.
    VerifyFull,
}

impl SslMode {
    /// Every mode, weakest first.
    pub const ALL: &'static [SslMode] = &[
        SslMode::Disable,
        SslMode::Allow,
        SslMode::Prefer,
        SslMode::Require,
        SslMode::VerifyCa,
        SslMode::VerifyFull,
    ];

    /// The mode as libpq spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    /// Parses one of `disable allow prefer require verify-ca verify-full`
    /// (case-sensitive).
    ///
    /// # Errors
    /// [`SqlAlchemyUrlError::UnknownSslMode`] for anything else.
    pub fn parse(s: &str) -> Result<Self, SqlAlchemyUrlError> {
        Self::ALL
            .iter()
            .copied()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| SqlAlchemyUrlError::UnknownSslMode {
                value: s.chars().take(32).collect(),
            })
    }
}

text_conversions!(as_str SqlAlchemyUrlError => SslMode);

/// The database family behind a driver; the chart calls it `protocol`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[non_exhaustive]
pub enum Dialect {
    /// PostgreSQL (`postgresql`).
    Postgresql,
    /// MySQL (`mysql`).
    Mysql,
}

impl Dialect {
    /// The dialect as the chart and SQLAlchemy spell it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::Postgresql => "postgresql",
            Dialect::Mysql => "mysql",
        }
    }

    /// The server's usual port: 5432 for PostgreSQL, 3306 for MySQL.
    #[must_use]
    pub fn default_port(self) -> u16 {
        match self {
            Dialect::Postgresql => 5432,
            Dialect::Mysql => 3306,
        }
    }

    /// The driver the chart's Airflow images use for this dialect
    /// (`postgresql+psycopg2`, `mysql+mysqldb`).
    #[must_use]
    pub fn default_driver(self) -> Driver {
        match self {
            Dialect::Postgresql => Driver::PostgresqlPsycopg2,
            Dialect::Mysql => Driver::MysqlMysqldb,
        }
    }

    /// Parses `postgresql` or `mysql`.
    ///
    /// # Errors
    /// [`SqlAlchemyUrlError::PostgresScheme`] for `postgres`,
    /// [`SqlAlchemyUrlError::UnknownDialect`] for anything else.
    pub fn parse(s: &str) -> Result<Self, SqlAlchemyUrlError> {
        match s {
            "postgresql" => Ok(Dialect::Postgresql),
            "mysql" => Ok(Dialect::Mysql),
            "postgres" => Err(SqlAlchemyUrlError::PostgresScheme {
                scheme: s.to_owned(),
            }),
            _ => Err(SqlAlchemyUrlError::UnknownDialect {
                protocol: s.chars().take(32).collect(),
            }),
        }
    }
}

text_conversions!(as_str SqlAlchemyUrlError => Dialect);

/// A SQLAlchemy dialect and driver, the scheme of a [`SqlAlchemyUrl`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[non_exhaustive]
pub enum Driver {
    /// `postgresql` (SQLAlchemy picks psycopg2).
    Postgresql,
    /// `postgresql+psycopg2`.
    PostgresqlPsycopg2,
    /// `postgresql+pg8000`.
    PostgresqlPg8000,
    /// `mysql` (SQLAlchemy picks mysqlclient).
    Mysql,
    /// `mysql+mysqldb` (mysqlclient).
    MysqlMysqldb,
    /// `mysql+pymysql`.
    MysqlPymysql,
}

impl Driver {
    const ALL: [Driver; 6] = [
        Driver::Postgresql,
        Driver::PostgresqlPsycopg2,
        Driver::PostgresqlPg8000,
        Driver::Mysql,
        Driver::MysqlMysqldb,
        Driver::MysqlPymysql,
    ];

    /// The scheme as SQLAlchemy spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Driver::Postgresql => "postgresql",
            Driver::PostgresqlPsycopg2 => "postgresql+psycopg2",
            Driver::PostgresqlPg8000 => "postgresql+pg8000",
            Driver::Mysql => "mysql",
            Driver::MysqlMysqldb => "mysql+mysqldb",
            Driver::MysqlPymysql => "mysql+pymysql",
        }
    }

    /// The database family.
    #[must_use]
    pub fn dialect(self) -> Dialect {
        match self {
            Driver::Postgresql | Driver::PostgresqlPsycopg2 | Driver::PostgresqlPg8000 => {
                Dialect::Postgresql
            }
            Driver::Mysql | Driver::MysqlMysqldb | Driver::MysqlPymysql => Dialect::Mysql,
        }
    }

    /// Parses a scheme such as `postgresql+psycopg2`.
    ///
    /// # Errors
    /// [`SqlAlchemyUrlError::PostgresScheme`] for `postgres` and
    /// `postgres+…`, [`SqlAlchemyUrlError::InvalidScheme`] if the text cannot
    /// be a scheme, [`SqlAlchemyUrlError::UnknownDriver`] otherwise.
    pub fn parse(s: &str) -> Result<Self, SqlAlchemyUrlError> {
        if let Some(d) = Self::ALL.into_iter().find(|d| d.as_str() == s) {
            return Ok(d);
        }
        // Only echo text that looks like a scheme: a malformed URL may have
        // its password before the first `://`.
        let scheme_like = !s.is_empty()
            && s.len() <= 40
            && s.bytes().all(|c| {
                c.is_ascii_lowercase()
                    || c.is_ascii_digit()
                    || matches!(c, b'+' | b'_' | b'.' | b'-')
            });
        if !scheme_like {
            return Err(SqlAlchemyUrlError::InvalidScheme);
        }
        if s == "postgres" || s.starts_with("postgres+") {
            return Err(SqlAlchemyUrlError::PostgresScheme {
                scheme: s.to_owned(),
            });
        }
        Err(SqlAlchemyUrlError::UnknownDriver {
            scheme: s.to_owned(),
        })
    }
}

text_conversions!(as_str SqlAlchemyUrlError => Driver);

/// A SQLAlchemy database URL, as Airflow's `sql_alchemy_conn` holds it.
///
/// Build one with [`SqlAlchemyUrl::builder`] (which encodes user and
/// password for you) or parse one. `Display` and `Debug` show the password as
/// `***`; [`SqlAlchemyUrl::expose_secret`] and `Serialize` write it.
///
/// ```
/// use airflow_values::types::{Driver, Password, SqlAlchemyUrl, SslMode};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let url = SqlAlchemyUrl::builder()
///     .driver(Driver::PostgresqlPsycopg2)
///     .user("airflow@posgresdbforairflow")
///     .password(Password::new("p@ss w/rd+%")?)
///     .host("db.postgres.database.azure.com")
///     .port(5432)
///     .database("airflow")
///     .sslmode(SslMode::Require)
///     .build();
/// assert_eq!(
///     url.to_string(),
///     "postgresql+psycopg2://airflow%40posgresdbforairflow:***@db.postgres.database.azure.com:5432/airflow?sslmode=require"
/// );
/// assert!(url.expose_secret().contains(":p%40ss%20w%2Frd%2B%25@"));
/// assert_eq!(url.expose_secret().parse::<SqlAlchemyUrl>()?, url);
/// # Ok(())
/// # }
/// ```
///
/// The builder does not check `host` and `database`; only values that
/// [`SqlAlchemyUrl::parse`] would accept (a host name or IP address, a
/// database name of `[A-Za-z0-9._~$-]`) come back unchanged from
/// `expose_secret().parse()`. Put `sslmode` in its own setter, not in `query`.
#[derive(Clone, PartialEq, Eq, bon::Builder)]
pub struct SqlAlchemyUrl {
    /// Dialect and driver.
    driver: Driver,
    /// User name, not encoded.
    #[builder(into)]
    user: String,
    /// Password, not encoded.
    password: Option<Password>,
    /// Host name or IP address (an IPv6 address without brackets).
    #[builder(into)]
    host: String,
    /// Port; `None` leaves the driver's default.
    port: Option<u16>,
    /// Database name.
    #[builder(into)]
    database: String,
    /// PostgreSQL `sslmode` query parameter.
    sslmode: Option<SslMode>,
    /// Other query parameters in order, not encoded.
    #[builder(default)]
    query: Vec<(String, String)>,
}

impl SqlAlchemyUrl {
    /// Parses a URL strictly: user name and password must be percent-encoded,
    /// host, database and a known driver are required.
    ///
    /// # Errors
    /// The [`SqlAlchemyUrlError`] variant naming the problem and its byte
    /// offset, for example [`SqlAlchemyUrlError::UserRawAt`] for
    /// `postgresql://airflow@server:…@host/db`. No error holds the password.
    pub fn parse(s: &str) -> Result<Self, SqlAlchemyUrlError> {
        use SqlAlchemyUrlError as E;
        let sep = s.find("://").ok_or(E::MissingScheme)?;
        let driver = Driver::parse(&s[..sep])?;
        let auth_start = sep + 3;
        let rest = &s[auth_start..];
        let auth_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..auth_len];
        let tail = &rest[auth_len..];
        let tail_start = auth_start + auth_len;

        let Some(first_at) = authority.find('@') else {
            if tail.contains('@') {
                let ch = tail.chars().next().unwrap_or('/');
                return Err(E::ReservedInUserinfo { ch, at: tail_start });
            }
            if authority.is_empty() {
                return Err(E::MissingHost { at: auth_start });
            }
            return Err(E::MissingUser { at: auth_start });
        };
        let last_at = authority.rfind('@').unwrap_or(first_at);
        if last_at != first_at {
            let at = auth_start + first_at;
            return Err(match authority.find(':') {
                Some(colon) if colon < first_at => E::PasswordRawAt { at },
                _ => E::UserRawAt { at },
            });
        }
        let userinfo = &authority[..first_at];
        let (user_raw, password_raw) = match userinfo.split_once(':') {
            Some((u, p)) => (u, Some(p)),
            None => (userinfo, None),
        };
        if user_raw.is_empty() {
            return Err(E::MissingUser { at: auth_start });
        }
        let user = decode_userinfo(user_raw, auth_start, false)?;
        let password = match password_raw {
            None => None,
            Some(raw) => {
                let at = auth_start + user_raw.len() + 1;
                let decoded = zeroize::Zeroizing::new(decode_userinfo(raw, at, true)?);
                Some(Password::new(decoded.as_str()).map_err(|_| E::EmptyPassword { at })?)
            }
        };

        let host_start = auth_start + first_at + 1;
        let (host, port) = parse_host_port(&authority[first_at + 1..], host_start)?;

        if let Some(i) = tail.find('#') {
            return Err(E::Fragment { at: tail_start + i });
        }
        let (path, query_str) = match tail.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (tail, None),
        };
        let database = path.strip_prefix('/').unwrap_or("");
        if database.is_empty() {
            return Err(E::MissingDatabase { at: tail_start });
        }
        if let Some((i, ch)) = database.char_indices().find(|&(_, c)| {
            !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '~' | '$'))
        }) {
            return Err(E::DatabaseChar {
                ch,
                at: tail_start + 1 + i,
            });
        }

        let mut sslmode = None;
        let mut query = Vec::new();
        if let Some(q) = query_str {
            let mut at = tail_start + path.len() + 1;
            for pair in q.split('&') {
                if !pair.is_empty() {
                    let (k, v) = pair.split_once('=').ok_or(E::InvalidQuery { at })?;
                    let key = decode_query(k, at)?;
                    let value = decode_query(v, at + k.len() + 1)?;
                    if key.is_empty() {
                        return Err(E::InvalidQuery { at });
                    }
                    if key == "sslmode" {
                        if sslmode.is_some() {
                            return Err(E::DuplicateSslMode { at });
                        }
                        sslmode = Some(SslMode::parse(&value)?);
                    } else {
                        query.push((key, value));
                    }
                }
                at += pair.len() + 1;
            }
        }

        Ok(Self {
            driver,
            user,
            password,
            host,
            port,
            database: database.to_owned(),
            sslmode,
            query,
        })
    }

    /// The full URL, password included, for writing it where Airflow reads
    /// it. Never log it.
    #[must_use]
    pub fn expose_secret(&self) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = self.write(&mut out, false);
        out
    }

    /// Dialect and driver.
    #[must_use]
    pub fn driver(&self) -> Driver {
        self.driver
    }

    /// The database family.
    #[must_use]
    pub fn dialect(&self) -> Dialect {
        self.driver.dialect()
    }

    /// The user name, decoded (`airflow@server`, not `airflow%40server`).
    #[must_use]
    pub fn user(&self) -> &str {
        &self.user
    }

    /// The password, if the URL has one.
    #[must_use]
    pub fn password(&self) -> Option<&Password> {
        self.password.as_ref()
    }

    /// The host name or IP address (IPv6 without brackets).
    #[must_use]
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port, if the URL names one.
    #[must_use]
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// The database name.
    #[must_use]
    pub fn database(&self) -> &str {
        &self.database
    }

    /// The `sslmode` query parameter, if set.
    #[must_use]
    pub fn sslmode(&self) -> Option<SslMode> {
        self.sslmode
    }

    /// The query parameters other than `sslmode`, decoded, in order.
    #[must_use]
    pub fn query(&self) -> &[(String, String)] {
        &self.query
    }

    fn write(&self, f: &mut impl fmt::Write, redact: bool) -> fmt::Result {
        write!(
            f,
            "{}://{}",
            self.driver,
            utf8_percent_encode(&self.user, COMPONENT)
        )?;
        if let Some(pw) = &self.password {
            if redact {
                f.write_str(":***")?;
            } else {
                write!(f, ":{}", utf8_percent_encode(pw.expose_secret(), COMPONENT))?;
            }
        }
        if self.host.contains(':') {
            write!(f, "@[{}]", self.host)?;
        } else {
            write!(f, "@{}", self.host)?;
        }
        if let Some(port) = self.port {
            write!(f, ":{port}")?;
        }
        write!(f, "/{}", self.database)?;
        let mut sep = '?';
        if let Some(mode) = self.sslmode {
            write!(f, "?sslmode={mode}")?;
            sep = '&';
        }
        for (k, v) in &self.query {
            write!(f, "{sep}{}=", utf8_percent_encode(k, COMPONENT))?;
            if redact && is_sensitive_key(k) {
                f.write_str("***")?;
            } else {
                write!(f, "{}", utf8_percent_encode(v, COMPONENT))?;
            }
            sep = '&';
        }
        Ok(())
    }
}

/// Whether a query parameter probably holds a secret (`sslpassword`, …).
fn is_sensitive_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    ["password", "secret", "token"]
        .iter()
        .any(|w| key.contains(w))
}

/// Checks and decodes a user name or password. Unreserved characters,
/// sub-delimiters and (in the password) `:` may stand unencoded.
fn decode_userinfo(
    raw: &str,
    base: usize,
    is_password: bool,
) -> Result<String, SqlAlchemyUrlError> {
    for (i, ch) in raw.char_indices() {
        let ok = ch.is_ascii_alphanumeric()
            || matches!(
                ch,
                '-' | '.'
                    | '_'
                    | '~'
                    | '!'
                    | '$'
                    | '&'
                    | '\''
                    | '('
                    | ')'
                    | '*'
                    | '+'
                    | ','
                    | ';'
                    | '='
                    | '%'
            )
            || (is_password && ch == ':');
        if !ok {
            return Err(if is_password {
                SqlAlchemyUrlError::PasswordChar { at: base + i }
            } else {
                SqlAlchemyUrlError::UserChar { ch, at: base + i }
            });
        }
    }
    percent_decode_checked(raw, base)
}

/// Checks and decodes a query key or value: `+` is a space, `%XX` a byte.
fn decode_query(raw: &str, base: usize) -> Result<String, SqlAlchemyUrlError> {
    if raw.contains(|c: char| c.is_whitespace() || c.is_control()) {
        return Err(SqlAlchemyUrlError::InvalidQuery { at: base });
    }
    percent_decode_checked(&raw.replace('+', " "), base)
}

/// Percent-decodes `raw`, rejecting a `%` without two hex digits and bytes
/// that are not UTF-8.
fn percent_decode_checked(raw: &str, base: usize) -> Result<String, SqlAlchemyUrlError> {
    let b = raw.as_bytes();
    for (i, _) in raw.match_indices('%') {
        let hex = |j: usize| b.get(j).is_some_and(u8::is_ascii_hexdigit);
        if !(hex(i + 1) && hex(i + 2)) {
            return Err(SqlAlchemyUrlError::BadPercent { at: base + i });
        }
    }
    percent_decode_str(raw)
        .decode_utf8()
        .map(std::borrow::Cow::into_owned)
        .map_err(|_| SqlAlchemyUrlError::NotUtf8 { at: base })
}

/// Parses `host[:port]` or `[ipv6][:port]`.
fn parse_host_port(s: &str, base: usize) -> Result<(String, Option<u16>), SqlAlchemyUrlError> {
    use SqlAlchemyUrlError as E;
    let (host, port_part, port_at) = if let Some(inner) = s.strip_prefix('[') {
        let end = inner.find(']').ok_or(E::HostChar { ch: '[', at: base })?;
        let host = &inner[..end];
        if let Some((i, ch)) = host
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_hexdigit() || c == ':' || c == '.'))
        {
            return Err(E::HostChar {
                ch,
                at: base + 1 + i,
            });
        }
        let after = &inner[end + 1..];
        let after_at = base + end + 2;
        match after.strip_prefix(':') {
            Some(p) => (host, Some(p), after_at + 1),
            None if after.is_empty() => (host, None, after_at),
            None => {
                let ch = after.chars().next().unwrap_or(']');
                return Err(E::HostChar { ch, at: after_at });
            }
        }
    } else {
        match s.split_once(':') {
            Some((h, p)) => (h, Some(p), base + h.len() + 1),
            None => (s, None, base + s.len()),
        }
    };
    if host.is_empty() {
        return Err(E::MissingHost { at: base });
    }
    if !s.starts_with('[')
        && let Some((i, ch)) = host
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
    {
        return Err(E::HostChar { ch, at: base + i });
    }
    let port = match port_part {
        None => None,
        Some(p) => {
            let ok = !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
            match p.parse::<u16>() {
                Ok(n) if ok && n > 0 => Some(n),
                _ => return Err(E::InvalidPort { at: port_at }),
            }
        }
    };
    Ok((host.to_owned(), port))
}

impl fmt::Display for SqlAlchemyUrl {
    /// Writes the URL with the password as `***`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, true)
    }
}

impl fmt::Debug for SqlAlchemyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SqlAlchemyUrl(")?;
        self.write(f, true)?;
        f.write_str(")")
    }
}

text_conversions!(secret SqlAlchemyUrlError => SqlAlchemyUrl);

impl Serialize for SqlAlchemyUrl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let full = zeroize::Zeroizing::new(self.expose_secret());
        serializer.serialize_str(&full)
    }
}

impl<'de> Deserialize<'de> for SqlAlchemyUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = zeroize::Zeroizing::new(String::deserialize(deserializer)?);
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A metadata database connection as the official chart's
/// `data.metadataConnection` holds it (`pass` is the password key).
///
/// `Debug` shows the password as `***`.
///
/// ```
/// use airflow_values::types::{Dialect, MetadataConnection, Password, SslMode};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let conn = MetadataConnection::builder()
///     .protocol(Dialect::Postgresql)
///     .host("db.example.com")
///     .db("airflow")
///     .user("airflow")
///     .password(Password::new("secret")?)
///     .sslmode(SslMode::VerifyFull)
///     .build();
/// assert_eq!(conn.port(), 5432);
/// assert_eq!(
///     conn.to_url().to_string(),
///     "postgresql://airflow:***@db.example.com:5432/airflow?sslmode=verify-full"
/// );
/// # Ok(())
/// # }
/// ```
///
/// `sslmode` takes an [`SslMode`], so a misspelt mode does not compile:
///
/// ```compile_fail
/// use airflow_values::types::{Dialect, MetadataConnection, Password};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let conn = MetadataConnection::builder()
///     .protocol(Dialect::Postgresql)
///     .host("db.example.com")
///     .db("airflow")
///     .user("airflow")
///     .password(Password::new("secret")?)
///     .sslmode("requre")
///     .build();
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, bon::Builder, Serialize, Deserialize)]
pub struct MetadataConnection {
    /// `postgresql` or `mysql`.
    protocol: Dialect,
    /// Database server host.
    #[builder(into)]
    host: String,
    /// Server port; `None` means the dialect's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    port: Option<u16>,
    /// Database name.
    #[builder(into)]
    db: String,
    /// User name, not encoded.
    #[builder(into)]
    user: String,
    /// Password, not encoded.
    #[serde(rename = "pass")]
    password: Password,
    /// `sslmode` for PostgreSQL.
    sslmode: SslMode,
}

impl MetadataConnection {
    /// `postgresql` or `mysql`.
    #[must_use]
    pub fn protocol(&self) -> Dialect {
        self.protocol
    }

    /// Database server host.
    #[must_use]
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port: as set, or 5432 for PostgreSQL and 3306 for MySQL.
    #[must_use]
    pub fn port(&self) -> u16 {
        self.port.unwrap_or_else(|| self.protocol.default_port())
    }

    /// The port as set, `None` when the default applies.
    #[must_use]
    pub fn explicit_port(&self) -> Option<u16> {
        self.port
    }

    /// Database name.
    #[must_use]
    pub fn db(&self) -> &str {
        &self.db
    }

    /// User name.
    #[must_use]
    pub fn user(&self) -> &str {
        &self.user
    }

    /// Password.
    #[must_use]
    pub fn password(&self) -> &Password {
        &self.password
    }

    /// `sslmode`.
    #[must_use]
    pub fn sslmode(&self) -> SslMode {
        self.sslmode
    }

    /// The connection as a URL for the `connection` key of a metadata Secret
    /// (`data.metadataSecretName`): scheme `postgresql://` or `mysql://`, the
    /// port always written, `sslmode` only for PostgreSQL. This is the form
    /// the chart builds itself from `data.metadataConnection`.
    ///
    /// The plain scheme matters because Airflow is not the only reader of
    /// that key. Airflow (SQLAlchemy picks psycopg2 for `postgresql://`)
    /// reads it as `AIRFLOW_CONN_AIRFLOW_DB` and the SQL connection; with
    /// KEDA on and PgBouncer off (or KEDA told to use PgBouncer), KEDA's
    /// PostgreSQL scaler reads the same key, and it accepts only
    /// `postgres://` and `postgresql://`, not `postgresql+psycopg2://`. With
    /// KEDA on, PgBouncer on and KEDA told not to use it (or with MySQL),
    /// the pods also read a second key, `kedaConnection`, which a user's
    /// Secret must then hold too (rule AV0306).
    ///
    /// The password is percent-encoded (a space as `%20`), which both
    /// readers decode.
    #[must_use]
    pub fn to_url(&self) -> SqlAlchemyUrl {
        let sslmode = (self.protocol == Dialect::Postgresql).then_some(self.sslmode);
        let driver = match self.protocol {
            Dialect::Postgresql => Driver::Postgresql,
            Dialect::Mysql => Driver::Mysql,
        };
        SqlAlchemyUrl::builder()
            .driver(driver)
            .user(self.user.clone())
            .password(self.password.clone())
            .host(self.host.clone())
            .port(self.port())
            .database(self.db.clone())
            .maybe_sslmode(sslmode)
            .build()
    }
}

/// The first character of `text` that does not survive the official chart's
/// escaping: the chart passes user and password through Go's `urlquery`
/// (`url.QueryEscape`) into the URL, and SQLAlchemy (like KEDA's Go URL
/// parser) percent-decodes the user info back, without turning `+` into a
/// space. Only the space is lost that way (it comes back as `+`); a test
/// walks every other character.
pub(crate) fn lost_in_chart_escaping(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        let mut buf = [0u8; 4];
        let one = c.encode_utf8(&mut buf);
        percent_decode_str(&go_query_escape(one)).decode_utf8_lossy() != *one
    })
}

/// Go's `url.QueryEscape`: letters, digits and `-_.~` stay, a space becomes
/// `+`, every other byte `%XX`.
fn go_query_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b));
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_space_is_lost_in_the_charts_escaping() {
        let lost: Vec<char> = (0x20u8..0x7f)
            .map(char::from)
            .chain(['é', '€', '😀', '\u{a0}'])
            .filter(|c| lost_in_chart_escaping(&c.to_string()).is_some())
            .collect();
        assert_eq!(lost, [' ']);
        assert_eq!(go_query_escape("a b+c%"), "a+b%2Bc%25");
        assert_eq!(lost_in_chart_escaping("p@ss w:rd"), Some(' '));
        assert_eq!(lost_in_chart_escaping("p@ss+w:rd/?#%"), None);
    }

    /// Distinctive enough that finding it in any output is a leak.
    const PW: &str = "Qx7Zebra";

    fn azure_url(password: &str) -> SqlAlchemyUrl {
        SqlAlchemyUrl::builder()
            .driver(Driver::PostgresqlPsycopg2)
            .user("airflow@posgresdbforairflow")
            .password(Password::new(password).expect("non-empty"))
            .host("db.postgres.database.azure.com")
            .port(5432)
            .database("airflow")
            .sslmode(SslMode::Require)
            .build()
    }

    #[test]
    fn sslmode_table() {
        let cases = [
            ("disable", Some(SslMode::Disable)),
            ("allow", Some(SslMode::Allow)),
            ("prefer", Some(SslMode::Prefer)),
            ("require", Some(SslMode::Require)),
            ("verify-ca", Some(SslMode::VerifyCa)),
            ("verify-full", Some(SslMode::VerifyFull)),
            ("REQUIRE", None),
            ("verify_full", None),
            ("", None),
        ];
        for (input, want) in cases {
            assert_eq!(input.parse::<SslMode>().ok(), want, "input {input:?}");
            if let Some(mode) = want {
                assert_eq!(mode.to_string(), input, "input {input:?}");
            }
        }
        let mut sorted = SslMode::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted, SslMode::ALL, "ALL is weakest first");
        assert!(SslMode::Prefer < SslMode::Require && SslMode::Require < SslMode::VerifyCa);
        let msg = SslMode::parse("on").expect_err("unknown").to_string();
        assert!(msg.contains("verify-full") && msg.contains("`on`"), "{msg}");
        assert_eq!(
            serde_json::to_string(&SslMode::VerifyCa).expect("ser"),
            "\"verify-ca\""
        );
        assert!(serde_json::from_str::<SslMode>("\"Require\"").is_err());
    }

    #[test]
    fn driver_table() {
        let cases = [
            ("postgresql", Ok(Dialect::Postgresql)),
            ("postgresql+psycopg2", Ok(Dialect::Postgresql)),
            ("postgresql+pg8000", Ok(Dialect::Postgresql)),
            ("mysql", Ok(Dialect::Mysql)),
            ("mysql+mysqldb", Ok(Dialect::Mysql)),
            ("mysql+pymysql", Ok(Dialect::Mysql)),
            (
                "postgres",
                Err(SqlAlchemyUrlError::PostgresScheme {
                    scheme: "postgres".into(),
                }),
            ),
            (
                "postgres+psycopg2",
                Err(SqlAlchemyUrlError::PostgresScheme {
                    scheme: "postgres+psycopg2".into(),
                }),
            ),
            (
                "sqlite",
                Err(SqlAlchemyUrlError::UnknownDriver {
                    scheme: "sqlite".into(),
                }),
            ),
            ("u:pw", Err(SqlAlchemyUrlError::InvalidScheme)),
        ];
        for (input, want) in cases {
            let got = Driver::parse(input);
            assert_eq!(got.clone().map(Driver::dialect), want, "input {input:?}");
            if let Ok(d) = got {
                assert_eq!(d.as_str(), input, "input {input:?}");
            }
        }
        let msg = SqlAlchemyUrl::parse("postgres://u:p@h/db")
            .expect_err("postgres")
            .to_string();
        assert!(msg.contains("write postgresql://"), "{msg}");
    }

    #[test]
    fn builder_encodes_user_and_redacts_password() {
        let url = azure_url(PW);
        assert_eq!(
            url.to_string(),
            "postgresql+psycopg2://airflow%40posgresdbforairflow:***@db.postgres.database.azure.com:5432/airflow?sslmode=require"
        );
        assert_eq!(
            url.expose_secret(),
            format!(
                "postgresql+psycopg2://airflow%40posgresdbforairflow:{PW}@db.postgres.database.azure.com:5432/airflow?sslmode=require"
            )
        );
        assert!(!format!("{url:?}").contains(PW));
        assert_eq!(url.user(), "airflow@posgresdbforairflow");
    }

    #[test]
    fn passwords_round_trip_exactly() {
        let passwords = [
            "p@ss",
            "a:b/c?d#e%f+g h",
            "%40",
            "100%",
            "plus+plus",
            "ünï©ødé",
            "~-._!$&'()*,;=",
            "[]{}|\\^`\"<>",
        ];
        for pw in passwords {
            let url = azure_url(pw);
            let text = url.expose_secret();
            let back = SqlAlchemyUrl::parse(&text).unwrap_or_else(|e| panic!("input {pw:?}: {e}"));
            assert_eq!(
                back.password().map(Password::expose_secret),
                Some(pw),
                "input {pw:?}"
            );
            assert_eq!(back, url, "input {pw:?}");
            assert!(
                !text.contains(' ') && !text[22..].contains('+'),
                "input {pw:?}: {text}"
            );
        }
    }

    #[test]
    fn parse_accepts() {
        let cases = [
            "postgresql://airflow:pw@localhost/airflow",
            "postgresql+psycopg2://airflow%40srv:p%40ss@db.example.com:5432/airflow?sslmode=verify-full",
            "mysql+mysqldb://airflow:pw@mysql:3306/airflow?charset=utf8mb4",
            "postgresql://u@h/db",
            "postgresql://u:pw@[::1]:5432/db",
            "postgresql://u:a%2Bb@h/db?sslmode=require&application_name=air%20flow",
        ];
        for input in cases {
            let url =
                SqlAlchemyUrl::parse(input).unwrap_or_else(|e| panic!("input {input:?}: {e}"));
            assert_eq!(url.expose_secret(), input, "input {input:?}");
            assert_eq!(
                url.expose_secret().parse::<SqlAlchemyUrl>().as_ref(),
                Ok(&url),
                "input {input:?}"
            );
        }
        let url = SqlAlchemyUrl::parse(cases[5]).expect("valid");
        assert_eq!(url.password().map(Password::expose_secret), Some("a+b"));
        assert_eq!(
            url.query(),
            [("application_name".to_owned(), "air flow".to_owned())]
        );
        assert_eq!(url.host(), "h");
        assert_eq!(SqlAlchemyUrl::parse(cases[4]).expect("valid").host(), "::1");
    }

    #[test]
    fn parse_rejects_without_leaking_the_password() {
        use SqlAlchemyUrlError as E;
        let cases: Vec<(String, E)> = vec![
            (
                format!("postgresql://airflow@posgresdbforairflow:{PW}@host:5432/airflow"),
                E::UserRawAt { at: 20 },
            ),
            (
                format!("postgresql://u:{PW}@x@host/db"),
                E::PasswordRawAt { at: 23 },
            ),
            (
                format!("postgresql://u:{PW}/x@host/db"),
                E::ReservedInUserinfo { ch: '/', at: 23 },
            ),
            (
                format!("postgresql://u:{PW} x@host/db"),
                E::PasswordChar { at: 23 },
            ),
            (
                format!("postgresql://u:{PW}%zz@host/db"),
                E::BadPercent { at: 23 },
            ),
            (
                format!("postgresql://u:{PW}@host"),
                E::MissingDatabase { at: 28 },
            ),
            (
                format!("postgresql://u:{PW}@host/"),
                E::MissingDatabase { at: 28 },
            ),
            (
                format!("postgresql://u:{PW}@/db"),
                E::MissingHost { at: 24 },
            ),
            (
                format!("postgresql://u:{PW}@host:0/db"),
                E::InvalidPort { at: 29 },
            ),
            (
                format!("postgresql://u:{PW}@host:54x/db"),
                E::InvalidPort { at: 29 },
            ),
            (
                format!("postgresql://u:{PW}@ho st/db"),
                E::HostChar { ch: ' ', at: 26 },
            ),
            (
                format!("postgresql://u:{PW}@host/db?sslmode=on"),
                E::UnknownSslMode { value: "on".into() },
            ),
            (
                format!("postgresql://u:{PW}@host/db?sslmode=require&sslmode=disable"),
                E::DuplicateSslMode { at: 48 },
            ),
            (
                format!("postgresql://u:{PW}@host/db?flag"),
                E::InvalidQuery { at: 32 },
            ),
            (
                format!("postgresql://u:{PW}@host/db#x"),
                E::Fragment { at: 31 },
            ),
            (
                format!("postgresql://u:{PW}@host/d b"),
                E::DatabaseChar { ch: ' ', at: 30 },
            ),
            (
                format!("postgresql://:{PW}@host/db"),
                E::MissingUser { at: 13 },
            ),
            (
                "postgresql://u:@host/db".to_owned(),
                E::EmptyPassword { at: 15 },
            ),
            (format!("{PW}@host/db"), E::MissingScheme),
            (format!("u:{PW}://host/db"), E::InvalidScheme),
            ("postgresql:///db".to_owned(), E::MissingHost { at: 13 }),
            ("postgresql://host/db".to_owned(), E::MissingUser { at: 13 }),
        ];
        for (input, want) in cases {
            let err = SqlAlchemyUrl::parse(&input).expect_err(&input);
            assert_eq!(err, want, "input {input:?}");
            let shown = format!("{err} {err:?}");
            assert!(!shown.contains(PW), "input {input:?} leaked: {shown}");
        }
        let msg = SqlAlchemyUrl::parse(&format!("postgresql://airflow@srv:{PW}@host/airflow"))
            .expect_err("raw @")
            .to_string();
        assert!(
            msg.contains("the user name contains a raw `@`") && msg.contains("%40"),
            "{msg}"
        );
    }

    #[test]
    fn sensitive_query_values_are_redacted_in_display() {
        let url = SqlAlchemyUrl::parse(&format!("postgresql://u@h/db?sslpassword={PW}&x=1"))
            .expect("valid");
        assert_eq!(url.to_string(), "postgresql://u@h/db?sslpassword=***&x=1");
        assert!(url.expose_secret().contains(PW));
    }

    #[test]
    fn serde_writes_full_url_and_parses() {
        let url = azure_url(PW);
        let json = serde_json::to_string(&url).expect("ser");
        assert!(json.contains(PW), "{json}");
        assert_eq!(
            serde_json::from_str::<SqlAlchemyUrl>(&json).expect("de"),
            url
        );
        assert!(serde_json::from_str::<SqlAlchemyUrl>("\"postgres://u:p@h/db\"").is_err());
    }

    #[test]
    fn metadata_connection_defaults_and_url() {
        let pg = MetadataConnection::builder()
            .protocol(Dialect::Postgresql)
            .host("db.example.com")
            .db("airflow")
            .user("airflow@srv")
            .password(Password::new(PW).expect("non-empty"))
            .sslmode(SslMode::Require)
            .build();
        assert_eq!(pg.port(), 5432);
        assert_eq!(pg.explicit_port(), None);
        assert_eq!(
            pg.to_url().to_string(),
            "postgresql://airflow%40srv:***@db.example.com:5432/airflow?sslmode=require"
        );
        assert!(!format!("{pg:?}").contains(PW), "{pg:?}");
        // A space is written as %20, which SQLAlchemy and KEDA decode.
        let spaced = MetadataConnection::builder()
            .protocol(Dialect::Postgresql)
            .host("db.example.com")
            .db("airflow")
            .user("airflow")
            .password(Password::new("two words").expect("non-empty"))
            .sslmode(SslMode::Require)
            .build();
        assert!(spaced.to_url().expose_secret().contains(":two%20words@"));
        let my = MetadataConnection::builder()
            .protocol(Dialect::Mysql)
            .host("mysql")
            .port(3307)
            .db("airflow")
            .user("airflow")
            .password(Password::new(PW).expect("non-empty"))
            .sslmode(SslMode::Require)
            .build();
        assert_eq!(my.port(), 3307);
        assert_eq!(
            my.to_url().to_string(),
            "mysql://airflow:***@mysql:3307/airflow"
        );
        let json = serde_json::to_value(&pg).expect("ser");
        assert_eq!(json["pass"], PW);
        assert_eq!(json["protocol"], "postgresql");
        assert!(json.get("port").is_none());
        assert_eq!(
            serde_json::from_value::<MetadataConnection>(json).expect("de"),
            pg
        );
    }
}
