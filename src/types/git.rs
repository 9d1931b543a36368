//! Git repositories, refs and authentication for gitSync.
//!
//! A [`GitRepo`] never holds credentials: a token pasted into an https URL
//! would end up in gitSync's arguments and in `helm get values`, so parsing
//! rejects it and shows the URL with the credentials replaced by `***`.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::secret::SecretName;

/// What is wrong with a repository URL. Byte offsets count from the start
/// of the URL; no message holds credentials.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GitRepoError {
    /// The URL is empty.
    #[error("repository URL is empty; write https://HOST/PATH or git@HOST:PATH")]
    Empty,
    /// The URL carries a user name, password or token.
    #[error(
        "credentials inside the repository URL ({redacted}); remove them and store them in a Kubernetes Secret referenced by gitSync credentialsSecret (https) or sshKeySecret (ssh)"
    )]
    CredentialsInUrl {
        /// The URL with everything before the host replaced by `***`.
        redacted: String,
    },
    /// `http://` or `git://`: neither encrypts nor authenticates the server.
    #[error("`{scheme}://` is not encrypted; use https:// or ssh://")]
    InsecureScheme {
        /// `http` or `git`.
        scheme: String,
    },
    /// `file://`: a path on the machine, not reachable from the gitSync container.
    #[error("`file://` points inside the gitSync container; use an https:// or ssh:// URL")]
    LocalPath,
    /// Another scheme.
    #[error("unsupported scheme `{scheme}`; use https:// or ssh:// (lower case)")]
    UnsupportedScheme {
        /// The scheme written (empty if it did not look like one).
        scheme: String,
    },
    /// Neither a URL nor the scp-like `user@host:path`.
    #[error(
        "not a repository URL; write https://HOST/PATH, ssh://[USER@]HOST/PATH or USER@HOST:PATH"
    )]
    NotAUrl,
    /// The ssh user name has a character outside `[A-Za-z0-9._-]`.
    #[error("the user name has `{ch}` at byte {at}; use letters, digits, `.`, `_` and `-`")]
    UserChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// There is no host.
    #[error("no host at byte {at}; write a host such as github.com")]
    MissingHost {
        /// Byte offset where the host should be.
        at: usize,
    },
    /// The host has a character outside `[A-Za-z0-9.-]`.
    #[error("the host has `{ch}` at byte {at}; write a host such as github.com")]
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
    /// There is no repository path after the host.
    #[error("no repository path at byte {at}; add the path, e.g. /acme/dags.git")]
    MissingPath {
        /// Byte offset where the path should be.
        at: usize,
    },
    /// The path has whitespace, a control character, `?`, `#` or `\`.
    #[error(
        "the repository path has `{ch}` at byte {at}; remove it (no query, fragment or whitespace)"
    )]
    PathChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
}

/// What is wrong with a ref name or commit id. Byte offsets count from the
/// start of the parsed text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GitRefError {
    /// The ref name is empty.
    #[error("ref name is empty; write a branch or tag name such as main")]
    RefNameEmpty,
    /// The ref name has a character git does not allow.
    #[error(
        "ref name has `{}` at byte {at}; git ref names cannot hold spaces, control characters or ~ ^ : ? * [ \\",
        ch.escape_default()
    )]
    RefNameChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// The ref name breaks another `git check-ref-format` rule.
    #[error("ref name {reason} at byte {at}; choose a name git check-ref-format accepts")]
    RefNameInvalid {
        /// Byte offset of the problem.
        at: usize,
        /// Which rule is broken, e.g. "has `..`".
        reason: &'static str,
    },
    /// The commit id has a character that is not a lowercase hex digit.
    #[error("commit id has `{ch}` at byte {at}; write the full sha in lowercase hex")]
    CommitChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// The commit id is neither 40 (SHA-1) nor 64 (SHA-256) hex digits long.
    #[error(
        "commit id has {len} hex digits; write the full 40-digit (or 64-digit) sha, not an abbreviation"
    )]
    CommitLength {
        /// Number of digits.
        len: usize,
    },
}

/// What is wrong with a known_hosts text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KnownHostsError {
    /// The known_hosts text has no host entries.
    #[error("known_hosts has no entries; add the output of `ssh-keyscan HOST`")]
    KnownHostsEmpty,
    /// A known_hosts line has too few fields.
    #[error(
        "known_hosts line {line} has {fields} fields; expected `HOSTS KEY-TYPE BASE64-KEY` (ssh-keyscan HOST prints it)"
    )]
    KnownHostsFields {
        /// 1-based line number.
        line: usize,
        /// Number of whitespace-separated fields found.
        fields: usize,
    },
    /// The key of a known_hosts line is not base64.
    #[error(
        "known_hosts line {line} has a key that is not base64; copy the line again from ssh-keyscan"
    )]
    KnownHostsKey {
        /// 1-based line number.
        line: usize,
    },
}

/// How a repository is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GitTransport {
    /// `https://`; authenticates with a username and token.
    Https,
    /// `ssh://` or scp-like `user@host:path`; authenticates with a key.
    Ssh,
}

/// A git repository URL without credentials: `https://host/path`,
/// `ssh://[user@]host[:port]/path` or scp-like `user@host:path`.
///
/// The text is kept as written; `Display` and `as_str` give it back.
///
/// ```
/// use airflow_values::types::{GitRepo, GitTransport};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let repo: GitRepo = "git@github.com:acme/dags.git".parse()?;
/// assert_eq!(repo.transport(), GitTransport::Ssh);
/// assert_eq!(repo.host(), "github.com");
///
/// let err = "https://ghp_abc123@github.com/acme/dags.git".parse::<GitRepo>().unwrap_err();
/// assert!(err.to_string().contains("https://***@github.com/acme/dags.git"));
/// assert!(!err.to_string().contains("ghp_abc123"));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct GitRepo {
    url: String,
    transport: GitTransport,
    host_start: usize,
    host_end: usize,
    path_start: usize,
}

text_conversions!(as_str GitRepoError => GitRepo);

impl GitRepo {
    /// Parses an https, ssh or scp-like repository URL.
    ///
    /// # Errors
    /// [`GitRepoError::CredentialsInUrl`] for a user or token in an https URL (or
    /// a password in an ssh URL), with the URL redacted;
    /// [`GitRepoError::InsecureScheme`] for `http://` and `git://`,
    /// [`GitRepoError::LocalPath`] for `file://`; otherwise the variant naming the
    /// malformed part and its byte offset.
    pub fn parse(s: &str) -> Result<Self, GitRepoError> {
        if s.is_empty() {
            return Err(GitRepoError::Empty);
        }
        let Some(sep) = s.find("://") else {
            return Self::parse_scp(s);
        };
        let scheme = &s[..sep];
        let start = sep + 3;
        let rest = &s[start..];
        let auth_len = rest.find('/').unwrap_or(rest.len());
        let authority = &rest[..auth_len];
        match scheme {
            "https" | "http" => {
                // Any `@` means userinfo, even one pushed into the path by an
                // unencoded `/` in a token: show only what follows the last.
                if let Some(at) = s.rfind('@').filter(|&i| i >= start) {
                    return Err(GitRepoError::CredentialsInUrl {
                        redacted: format!("{scheme}://***@{}", &s[at + 1..]),
                    });
                }
                if scheme == "http" {
                    return Err(GitRepoError::InsecureScheme {
                        scheme: scheme.to_owned(),
                    });
                }
                Self::parse_url(s, GitTransport::Https, start, authority)
            }
            "ssh" => {
                if let Some(at) = authority.rfind('@') {
                    let user = &authority[..at];
                    if user.contains(':') || user.contains('@') {
                        return Err(GitRepoError::CredentialsInUrl {
                            redacted: format!("ssh://***@{}", &rest[at + 1..]),
                        });
                    }
                    if user.is_empty() {
                        return Err(GitRepoError::UserChar { ch: '@', at: start });
                    }
                    check_user(user, start)?;
                    Self::parse_url(s, GitTransport::Ssh, start + at + 1, &authority[at + 1..])
                } else {
                    Self::parse_url(s, GitTransport::Ssh, start, authority)
                }
            }
            "git" => Err(GitRepoError::InsecureScheme {
                scheme: scheme.to_owned(),
            }),
            "file" => Err(GitRepoError::LocalPath),
            _ => {
                let looks_like_scheme = scheme.len() <= 16
                    && scheme
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'));
                Err(GitRepoError::UnsupportedScheme {
                    scheme: if looks_like_scheme {
                        scheme.to_owned()
                    } else {
                        String::new()
                    },
                })
            }
        }
    }

    /// Parses the `host[:port]/path` part of an https or ssh URL; `host_at`
    /// is where `hostport` starts in `s`.
    fn parse_url(
        s: &str,
        transport: GitTransport,
        host_at: usize,
        hostport: &str,
    ) -> Result<Self, GitRepoError> {
        let (host, port) = match hostport.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (hostport, None),
        };
        check_host(host, host_at)?;
        if let Some(port) = port {
            let at = host_at + host.len() + 1;
            let ok = !port.is_empty() && port.bytes().all(|c| c.is_ascii_digit());
            if !ok || port.parse::<u16>().map_or(true, |p| p == 0) {
                return Err(GitRepoError::InvalidPort { at });
            }
        }
        let path_start = host_at + hostport.len() + 1;
        check_path(s.get(path_start..).unwrap_or(""), path_start)?;
        Ok(Self {
            url: s.to_owned(),
            transport,
            host_start: host_at,
            host_end: host_at + host.len(),
            path_start,
        })
    }

    /// Parses the scp-like `user@host:path`.
    fn parse_scp(s: &str) -> Result<Self, GitRepoError> {
        let (Some(at), Some(colon)) = (s.find('@'), s.find(':')) else {
            return Err(GitRepoError::NotAUrl);
        };
        if colon < at {
            // `user:secret@host:path`: a password where only a user fits.
            let last = s.rfind('@').unwrap_or(at);
            return Err(GitRepoError::CredentialsInUrl {
                redacted: format!("***@{}", &s[last + 1..]),
            });
        }
        let user = &s[..at];
        if user.is_empty() {
            return Err(GitRepoError::UserChar { ch: '@', at: 0 });
        }
        if user.contains('/') {
            return Err(GitRepoError::NotAUrl);
        }
        check_user(user, 0)?;
        let host = &s[at + 1..colon];
        check_host(host, at + 1)?;
        check_path(&s[colon + 1..], colon + 1)?;
        Ok(Self {
            url: s.to_owned(),
            transport: GitTransport::Ssh,
            host_start: at + 1,
            host_end: colon,
            path_start: colon + 1,
        })
    }

    /// The URL as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// How the repository is reached.
    #[must_use]
    pub fn transport(&self) -> GitTransport {
        self.transport
    }

    /// The host name, without user or port.
    #[must_use]
    pub fn host(&self) -> &str {
        &self.url[self.host_start..self.host_end]
    }

    /// The repository path after the host (`acme/dags.git`).
    #[must_use]
    pub fn path(&self) -> &str {
        &self.url[self.path_start..]
    }
}

fn check_user(user: &str, base: usize) -> Result<(), GitRepoError> {
    match user
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        Some((i, ch)) => Err(GitRepoError::UserChar { ch, at: base + i }),
        None => Ok(()),
    }
}

fn check_host(host: &str, base: usize) -> Result<(), GitRepoError> {
    if host.is_empty() {
        return Err(GitRepoError::MissingHost { at: base });
    }
    match host
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-')))
    {
        Some((i, ch)) => Err(GitRepoError::HostChar { ch, at: base + i }),
        None => Ok(()),
    }
}

fn check_path(path: &str, base: usize) -> Result<(), GitRepoError> {
    if path.is_empty() || path == "/" {
        return Err(GitRepoError::MissingPath { at: base });
    }
    match path
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '\\' | '@'))
    {
        Some((i, ch)) => Err(GitRepoError::PathChar { ch, at: base + i }),
        None => Ok(()),
    }
}

/// A branch or tag name that `git check-ref-format` accepts (one-level names
/// such as `main` included; names may not start with `-`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RefName(String);

text_conversions!(as_str GitRefError => RefName);

impl RefName {
    /// Parses a ref name.
    ///
    /// # Errors
    /// [`GitRefError::RefNameEmpty`], [`GitRefError::RefNameChar`] for a forbidden
    /// character, [`GitRefError::RefNameInvalid`] for `..`, `//`, `@{`, a
    /// leading `-` or `/`, a trailing `/`, `.` or `.lock`, or a component
    /// starting with `.`.
    pub fn parse(s: &str) -> Result<Self, GitRefError> {
        Self::parse_at(s, 0)
    }

    fn parse_at(s: &str, base: usize) -> Result<Self, GitRefError> {
        if s.is_empty() {
            return Err(GitRefError::RefNameEmpty);
        }
        if let Some((i, ch)) = s.char_indices().find(|&(_, c)| {
            c.is_ascii_control() || matches!(c, ' ' | '~' | '^' | ':' | '?' | '*' | '[' | '\\')
        }) {
            return Err(GitRefError::RefNameChar { ch, at: base + i });
        }
        let bad = |at: usize, reason: &'static str| {
            Err(GitRefError::RefNameInvalid {
                at: base + at,
                reason,
            })
        };
        let last = s.len() - 1;
        if s == "@" {
            return bad(0, "is `@`");
        }
        if s.starts_with('-') {
            return bad(0, "starts with `-`");
        }
        if s.starts_with('/') {
            return bad(0, "starts with `/`");
        }
        for (seq, reason) in [("..", "has `..`"), ("//", "has `//`"), ("@{", "has `@{`")] {
            if let Some(i) = s.find(seq) {
                return bad(i, reason);
            }
        }
        if s.ends_with('/') {
            return bad(last, "ends with `/`");
        }
        if s.ends_with('.') {
            return bad(last, "ends with `.`");
        }
        let mut at = 0;
        for component in s.split('/') {
            if component.starts_with('.') {
                return bad(at, "has a part starting with `.`");
            }
            if component.ends_with(".lock") {
                return bad(at + component.len() - 5, "has a part ending with `.lock`");
            }
            at += component.len() + 1;
        }
        Ok(Self(s.to_owned()))
    }

    /// The name as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A full commit id: 40 (SHA-1) or 64 (SHA-256) lowercase hex digits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CommitId(String);

text_conversions!(as_str GitRefError => CommitId);

impl CommitId {
    /// Parses a full commit id.
    ///
    /// # Errors
    /// [`GitRefError::CommitChar`] at the first character that is not a
    /// lowercase hex digit, [`GitRefError::CommitLength`] unless there are 40 or
    /// 64 of them.
    pub fn parse(s: &str) -> Result<Self, GitRefError> {
        if let Some((at, ch)) = s
            .char_indices()
            .find(|&(_, c)| !matches!(c, '0'..='9' | 'a'..='f'))
        {
            return Err(GitRefError::CommitChar { ch, at });
        }
        if s.len() != 40 && s.len() != 64 {
            return Err(GitRefError::CommitLength { len: s.len() });
        }
        Ok(Self(s.to_owned()))
    }

    /// The sha as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What to check out: a branch, a tag or a commit.
///
/// `Display` writes `refs/heads/NAME`, `refs/tags/NAME` or the sha, which
/// `parse` reads back; `parse` also takes a bare name as a branch.
///
/// ```
/// use airflow_values::types::GitRef;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let r = GitRef::tag("v1.2.0")?;
/// assert_eq!(r.as_rev(), "v1.2.0");
/// assert_eq!(r.to_string(), "refs/tags/v1.2.0");
/// assert_eq!(r.to_string().parse::<GitRef>()?, r);
/// assert_eq!("main".parse::<GitRef>()?, GitRef::branch("main")?);
/// assert!(GitRef::branch("feature..x").is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[non_exhaustive]
pub enum GitRef {
    /// A branch: follows new commits.
    Branch(RefName),
    /// A tag.
    Tag(RefName),
    /// One commit.
    Commit(CommitId),
}

text_conversions!(GitRefError => GitRef);

impl GitRef {
    /// A branch.
    ///
    /// # Errors
    /// As [`RefName::parse`].
    pub fn branch(name: &str) -> Result<Self, GitRefError> {
        RefName::parse(name).map(Self::Branch)
    }

    /// A tag.
    ///
    /// # Errors
    /// As [`RefName::parse`].
    pub fn tag(name: &str) -> Result<Self, GitRefError> {
        RefName::parse(name).map(Self::Tag)
    }

    /// A commit.
    ///
    /// # Errors
    /// As [`CommitId::parse`].
    pub fn commit(sha: &str) -> Result<Self, GitRefError> {
        CommitId::parse(sha).map(Self::Commit)
    }

    /// Parses `refs/heads/NAME`, `refs/tags/NAME`, a full sha (40 or 64
    /// lowercase hex digits) or a bare name, which is taken as a branch.
    ///
    /// # Errors
    /// As [`RefName::parse`]; byte offsets count from the start of `s`.
    pub fn parse(s: &str) -> Result<Self, GitRefError> {
        if let Some(name) = s.strip_prefix("refs/heads/") {
            return RefName::parse_at(name, 11).map(Self::Branch);
        }
        if let Some(name) = s.strip_prefix("refs/tags/") {
            return RefName::parse_at(name, 10).map(Self::Tag);
        }
        if let Ok(sha) = CommitId::parse(s) {
            return Ok(Self::Commit(sha));
        }
        RefName::parse(s).map(Self::Branch)
    }

    /// The branch or tag name, or the sha: what git-sync's `ref`/`rev` takes.
    #[must_use]
    pub fn as_rev(&self) -> &str {
        match self {
            Self::Branch(name) | Self::Tag(name) => name.as_str(),
            Self::Commit(sha) => sha.as_str(),
        }
    }
}

impl fmt::Display for GitRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Branch(name) => write!(f, "refs/heads/{name}"),
            Self::Tag(name) => write!(f, "refs/tags/{name}"),
            Self::Commit(sha) => f.write_str(sha.as_str()),
        }
    }
}

/// The text of an ssh `known_hosts` file: at least one entry, each
/// `HOSTS KEY-TYPE BASE64-KEY` (optionally after a `@cert-authority` or
/// `@revoked` marker); blank lines and `#` comments are kept.
///
/// ```
/// use airflow_values::types::KnownHosts;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let kh = KnownHosts::parse("github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n")?;
/// assert!(kh.as_str().starts_with("github.com"));
/// assert!(KnownHosts::parse("# only a comment\n").is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct KnownHosts(String);

text_conversions!(as_str KnownHostsError => KnownHosts);

impl KnownHosts {
    /// Parses known_hosts text.
    ///
    /// # Errors
    /// [`KnownHostsError::KnownHostsEmpty`] without any entry,
    /// [`KnownHostsError::KnownHostsFields`] for a line with too few fields,
    /// [`KnownHostsError::KnownHostsKey`] for a key that is not base64.
    pub fn parse(s: &str) -> Result<Self, KnownHostsError> {
        let mut entries = 0;
        for (i, line) in s.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split_whitespace().collect();
            let key_index = if line.starts_with('@') { 3 } else { 2 };
            let Some(key) = fields.get(key_index) else {
                return Err(KnownHostsError::KnownHostsFields {
                    line: i + 1,
                    fields: fields.len(),
                });
            };
            if STANDARD.decode(key).is_err() {
                return Err(KnownHostsError::KnownHostsKey { line: i + 1 });
            }
            entries += 1;
        }
        if entries == 0 {
            return Err(KnownHostsError::KnownHostsEmpty);
        }
        Ok(Self(s.to_owned()))
    }

    /// The text as given.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How gitSync authenticates to the repository.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GitAuth {
    /// No authentication (a public repository).
    None,
    /// An ssh key from a Secret (`dags.gitSync.sshKeySecret`).
    Ssh {
        /// Secret holding the private key.
        key_secret: SecretName,
        /// The server's host keys; `None` leaves host keys unchecked, which a
        /// validation rule reports.
        known_hosts: Option<KnownHosts>,
    },
    /// A username and token from a Secret (`dags.gitSync.credentialsSecret`) that holds all four keys `GIT_SYNC_USERNAME`, `GIT_SYNC_PASSWORD`, `GITSYNC_USERNAME` and `GITSYNC_PASSWORD`.
    Https {
        /// Secret holding the username and token.
        credentials_secret: SecretName,
    },
}

impl GitAuth {
    /// The transport this authentication works with; `None` for
    /// [`GitAuth::None`], which works with any.
    #[must_use]
    pub fn transport(&self) -> Option<GitTransport> {
        match self {
            Self::None => None,
            Self::Ssh { .. } => Some(GitTransport::Ssh),
            Self::Https { .. } => Some(GitTransport::Https),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repo_accepts() {
        let cases = [
            (
                "https://github.com/acme/dags.git",
                GitTransport::Https,
                "github.com",
                "acme/dags.git",
            ),
            (
                "https://git.example.com:8443/acme/dags",
                GitTransport::Https,
                "git.example.com",
                "acme/dags",
            ),
            (
                "ssh://git@github.com/acme/dags.git",
                GitTransport::Ssh,
                "github.com",
                "acme/dags.git",
            ),
            (
                "ssh://git@ssh.dev.azure.com:22/v3/org/p/r",
                GitTransport::Ssh,
                "ssh.dev.azure.com",
                "v3/org/p/r",
            ),
            (
                "ssh://github.com/acme/dags.git",
                GitTransport::Ssh,
                "github.com",
                "acme/dags.git",
            ),
            (
                "git@github.com:acme/dags.git",
                GitTransport::Ssh,
                "github.com",
                "acme/dags.git",
            ),
            (
                "git@ssh.dev.azure.com:v3/org/p/r",
                GitTransport::Ssh,
                "ssh.dev.azure.com",
                "v3/org/p/r",
            ),
        ];
        for (input, transport, host, path) in cases {
            let repo = GitRepo::parse(input).unwrap_or_else(|e| panic!("input {input:?}: {e}"));
            assert_eq!(repo.transport(), transport, "input {input:?}");
            assert_eq!(repo.host(), host, "input {input:?}");
            assert_eq!(repo.path(), path, "input {input:?}");
            assert_eq!(repo.to_string(), input, "input {input:?}");
            assert_eq!(
                repo.to_string().parse::<GitRepo>().as_ref(),
                Ok(&repo),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn repo_rejects() {
        let cases: Vec<(&str, GitRepoError)> = vec![
            ("", GitRepoError::Empty),
            (
                "http://github.com/a/b",
                GitRepoError::InsecureScheme {
                    scheme: "http".into(),
                },
            ),
            (
                "git://github.com/a/b",
                GitRepoError::InsecureScheme {
                    scheme: "git".into(),
                },
            ),
            ("file:///srv/dags", GitRepoError::LocalPath),
            (
                "ftp://h/a",
                GitRepoError::UnsupportedScheme {
                    scheme: "ftp".into(),
                },
            ),
            (
                "HTTPS://github.com/a",
                GitRepoError::UnsupportedScheme {
                    scheme: "HTTPS".into(),
                },
            ),
            ("/srv/dags", GitRepoError::NotAUrl),
            ("github.com:acme/dags", GitRepoError::NotAUrl),
            ("https://github.com", GitRepoError::MissingPath { at: 19 }),
            ("https://github.com/", GitRepoError::MissingPath { at: 19 }),
            ("https:///a/b", GitRepoError::MissingHost { at: 8 }),
            (
                "https://git_hub.com/a",
                GitRepoError::HostChar { ch: '_', at: 11 },
            ),
            (
                "https://github.com:0/a",
                GitRepoError::InvalidPort { at: 19 },
            ),
            (
                "https://github.com/a b",
                GitRepoError::PathChar { ch: ' ', at: 20 },
            ),
            (
                "https://github.com/a?x=1",
                GitRepoError::PathChar { ch: '?', at: 20 },
            ),
            ("git@github.com:", GitRepoError::MissingPath { at: 15 }),
            (
                "g it@github.com:a",
                GitRepoError::UserChar { ch: ' ', at: 1 },
            ),
            (
                "ssh://@github.com/a",
                GitRepoError::UserChar { ch: '@', at: 6 },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(GitRepo::parse(input), Err(want), "input {input:?}");
        }
    }

    #[test]
    fn credentials_are_rejected_and_redacted() {
        let token = "ghp_Zx9QwertyToken";
        let cases = [
            (
                format!("https://{token}@github.com/org/repo.git"),
                "https://***@github.com/org/repo.git",
            ),
            (
                format!("https://user:{token}@github.com/org/repo.git"),
                "https://***@github.com/org/repo.git",
            ),
            (
                format!("https://us/er:{token}@github.com/org/repo"),
                "https://***@github.com/org/repo",
            ),
            (
                format!("http://{token}@github.com/org/repo"),
                "http://***@github.com/org/repo",
            ),
            (
                format!("ssh://git:{token}@github.com/org/repo"),
                "ssh://***@github.com/org/repo",
            ),
            (
                format!("git:{token}@github.com:org/repo"),
                "***@github.com:org/repo",
            ),
        ];
        for (input, redacted) in cases {
            let err = GitRepo::parse(&input).expect_err(&input);
            assert_eq!(
                err,
                GitRepoError::CredentialsInUrl {
                    redacted: redacted.into()
                },
                "input {input:?}"
            );
            let shown = format!("{err} {err:?}");
            assert!(!shown.contains(token), "input {input:?} leaked: {shown}");
            assert!(
                shown.contains("credentialsSecret"),
                "input {input:?}: {shown}"
            );
        }
    }

    #[test]
    fn ref_name_table() {
        let ok = [
            "main",
            "v2-2-stable",
            "feature/x",
            "release/1.0",
            "a.b",
            "@x",
        ];
        for input in ok {
            assert!(RefName::parse(input).is_ok(), "input {input:?}");
        }
        let bad: Vec<(&str, GitRefError)> = vec![
            ("", GitRefError::RefNameEmpty),
            ("a b", GitRefError::RefNameChar { ch: ' ', at: 1 }),
            ("a~1", GitRefError::RefNameChar { ch: '~', at: 1 }),
            ("a^", GitRefError::RefNameChar { ch: '^', at: 1 }),
            ("a:b", GitRefError::RefNameChar { ch: ':', at: 1 }),
            ("a?", GitRefError::RefNameChar { ch: '?', at: 1 }),
            ("a*", GitRefError::RefNameChar { ch: '*', at: 1 }),
            ("a[", GitRefError::RefNameChar { ch: '[', at: 1 }),
            ("a\\b", GitRefError::RefNameChar { ch: '\\', at: 1 }),
            ("a\tb", GitRefError::RefNameChar { ch: '\t', at: 1 }),
            (
                "a..b",
                GitRefError::RefNameInvalid {
                    at: 1,
                    reason: "has `..`",
                },
            ),
            (
                "a//b",
                GitRefError::RefNameInvalid {
                    at: 1,
                    reason: "has `//`",
                },
            ),
            (
                "a@{1}",
                GitRefError::RefNameInvalid {
                    at: 1,
                    reason: "has `@{`",
                },
            ),
            (
                "-x",
                GitRefError::RefNameInvalid {
                    at: 0,
                    reason: "starts with `-`",
                },
            ),
            (
                "/x",
                GitRefError::RefNameInvalid {
                    at: 0,
                    reason: "starts with `/`",
                },
            ),
            (
                "x/",
                GitRefError::RefNameInvalid {
                    at: 1,
                    reason: "ends with `/`",
                },
            ),
            (
                "x.",
                GitRefError::RefNameInvalid {
                    at: 1,
                    reason: "ends with `.`",
                },
            ),
            (
                "x.lock",
                GitRefError::RefNameInvalid {
                    at: 1,
                    reason: "has a part ending with `.lock`",
                },
            ),
            (
                "a.lock/b",
                GitRefError::RefNameInvalid {
                    at: 1,
                    reason: "has a part ending with `.lock`",
                },
            ),
            (
                "a/.b",
                GitRefError::RefNameInvalid {
                    at: 2,
                    reason: "has a part starting with `.`",
                },
            ),
            (
                "@",
                GitRefError::RefNameInvalid {
                    at: 0,
                    reason: "is `@`",
                },
            ),
        ];
        for (input, want) in bad {
            assert_eq!(RefName::parse(input), Err(want), "input {input:?}");
        }
    }

    #[test]
    fn git_ref_parse_and_display() {
        let sha = "0123456789abcdef0123456789abcdef01234567";
        let cases = [
            ("refs/heads/main", GitRef::branch("main"), "main"),
            ("main", GitRef::branch("main"), "main"),
            ("refs/tags/v1.0", GitRef::tag("v1.0"), "v1.0"),
            (sha, GitRef::commit(sha), sha),
        ];
        for (input, want, rev) in cases {
            let want = want.expect("valid");
            let got = GitRef::parse(input).unwrap_or_else(|e| panic!("input {input:?}: {e}"));
            assert_eq!(got, want, "input {input:?}");
            assert_eq!(got.as_rev(), rev, "input {input:?}");
            assert_eq!(
                got.to_string().parse::<GitRef>().as_ref(),
                Ok(&got),
                "input {input:?}"
            );
        }
        assert_eq!(
            GitRef::parse("refs/heads/a..b"),
            Err(GitRefError::RefNameInvalid {
                at: 12,
                reason: "has `..`"
            })
        );
        assert_eq!(
            serde_json::to_string(&GitRef::tag("v1").expect("valid")).expect("ser"),
            "\"refs/tags/v1\""
        );
    }

    #[test]
    fn commit_id_table() {
        let sha1 = "0123456789abcdef0123456789abcdef01234567";
        let sha256 = "0123456789abcdef".repeat(4);
        let cases: Vec<(&str, Result<(), GitRefError>)> = vec![
            (sha1, Ok(())),
            (&sha256, Ok(())),
            ("0123abc", Err(GitRefError::CommitLength { len: 7 })),
            (
                "0123456789ABCDEF0123456789abcdef01234567",
                Err(GitRefError::CommitChar { ch: 'A', at: 10 }),
            ),
            ("", Err(GitRefError::CommitLength { len: 0 })),
        ];
        for (input, want) in cases {
            assert_eq!(CommitId::parse(input).map(|_| ()), want, "input {input:?}");
        }
    }

    #[test]
    fn known_hosts_table() {
        let key = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
        let good = format!(
            "# github\n\ngithub.com ssh-ed25519 {key}\n@cert-authority *.example.com ssh-ed25519 {key}\n"
        );
        assert_eq!(
            KnownHosts::parse(&good).map(|k| k.to_string()),
            Ok(good.clone())
        );
        let two_fields = format!("github.com {key}\n");
        let marker_short = format!("@revoked github.com {key}\n");
        let cases: Vec<(String, KnownHostsError)> = vec![
            (String::new(), KnownHostsError::KnownHostsEmpty),
            ("# only\n\n".into(), KnownHostsError::KnownHostsEmpty),
            (
                two_fields,
                KnownHostsError::KnownHostsFields { line: 1, fields: 2 },
            ),
            (
                marker_short,
                KnownHostsError::KnownHostsFields { line: 1, fields: 3 },
            ),
            (
                "# c\ngithub.com ssh-rsa not*base64\n".into(),
                KnownHostsError::KnownHostsKey { line: 2 },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(KnownHosts::parse(&input), Err(want), "input {input:?}");
        }
    }

    #[test]
    fn git_auth_transport() {
        let name = SecretName::parse("git-creds").expect("valid");
        assert_eq!(GitAuth::None.transport(), None);
        assert_eq!(
            GitAuth::Https {
                credentials_secret: name.clone()
            }
            .transport(),
            Some(GitTransport::Https)
        );
        assert_eq!(
            GitAuth::Ssh {
                key_secret: name,
                known_hosts: None
            }
            .transport(),
            Some(GitTransport::Ssh)
        );
    }
}
