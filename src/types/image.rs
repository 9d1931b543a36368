//! Container image references: repository, tag and digest.
//!
//! An [`ImageRef`] always names what to pull: a tag, a digest, or both
//! ([`ImagePin`]). With both, the digest is what runs and the tag is only a
//! label for people reading the values.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Longest repository name (registry included) the distribution spec allows.
const MAX_REPOSITORY_LEN: usize = 255;

/// What is wrong with an image reference, a tag or a digest. Byte offsets
/// count from the start of the text that was parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImageRefError {
    /// The reference is empty.
    #[error("image reference is empty; write REPOSITORY:TAG or REPOSITORY@sha256:...")]
    Empty,
    /// Neither a tag nor a digest follows the repository.
    #[error("image reference has no tag or digest; add :TAG or @sha256:...")]
    NoPin,
    /// The repository part is empty.
    #[error("repository is empty at byte {at}; write a name such as apache/airflow")]
    RepositoryEmpty {
        /// Byte offset where the repository should be.
        at: usize,
    },
    /// The repository (registry included) is longer than 255 bytes.
    #[error("repository is {len} bytes long, more than 255; use a shorter name")]
    RepositoryTooLong {
        /// Length in bytes.
        len: usize,
    },
    /// The registry host is malformed.
    #[error(
        "registry host has an invalid character or empty part at byte {at}; write a host such as myacr.azurecr.io, optionally with :PORT"
    )]
    InvalidRegistry {
        /// Byte offset of the problem.
        at: usize,
    },
    /// The registry port is not a number from 1 to 65535.
    #[error("registry port at byte {at} is not a number from 1 to 65535; write HOST:PORT")]
    InvalidPort {
        /// Byte offset of the port.
        at: usize,
    },
    /// A registry was expected, but the text would be read as a path component.
    #[error(
        "`{registry}` is not a registry host; a registry contains `.` or `:` or is `localhost` (e.g. myacr.azurecr.io)"
    )]
    NotARegistry {
        /// The text given as registry.
        registry: String,
    },
    /// A path component is empty (`//`, or a leading or trailing `/`).
    #[error("empty path component at byte {at}; remove the extra `/`")]
    PathComponentEmpty {
        /// Byte offset of the empty component.
        at: usize,
    },
    /// A path component has a character outside `[a-z0-9._-]`.
    #[error(
        "invalid character `{ch}` at byte {at} of the repository path; use lowercase letters, digits and the separators `.`, `_`, `__` or `-`"
    )]
    PathChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// A separator in a path component is misplaced or repeated.
    #[error(
        "misplaced separator at byte {at} of the repository path; a path component starts and ends with a letter or digit and uses one `.`, `_`, `__` or run of `-` between them"
    )]
    PathSeparator {
        /// Byte offset of the separator.
        at: usize,
    },
    /// The tag after `:` is empty.
    #[error("empty tag at byte {at}; write a tag such as 2.10.5 after `:`, or remove the `:`")]
    TagEmpty {
        /// Byte offset where the tag should be.
        at: usize,
    },
    /// The tag has a character that the OCI tag grammar does not allow.
    #[error(
        "invalid character `{ch}` at byte {at} of the tag; a tag uses letters, digits, `_`, `.` and `-` and does not start with `.` or `-`"
    )]
    TagChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// The tag is longer than 128 characters.
    #[error("tag at byte {at} is {len} bytes long, more than 128; use a shorter tag")]
    TagTooLong {
        /// Length in bytes.
        len: usize,
        /// Byte offset of the tag.
        at: usize,
    },
    /// The digest uses an algorithm other than sha256.
    #[error(
        "unsupported digest algorithm `{algorithm}` at byte {at}; a digest looks like sha256:<64 lowercase hex digits>"
    )]
    DigestAlgorithm {
        /// The algorithm written.
        algorithm: String,
        /// Byte offset of the digest.
        at: usize,
    },
    /// The digest does not start with `sha256:`.
    #[error(
        "digest at byte {at} does not start with `sha256:`; a digest looks like sha256:<64 lowercase hex digits>"
    )]
    DigestPrefix {
        /// Byte offset of the digest.
        at: usize,
    },
    /// The digest has a character that is not a lowercase hex digit.
    #[error(
        "invalid character `{ch}` at byte {at} of the digest; a digest looks like sha256:<64 lowercase hex digits>"
    )]
    DigestChar {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// The digest does not have 64 hex digits.
    #[error(
        "digest at byte {at} has {len} hex digits, expected 64; a digest looks like sha256:<64 lowercase hex digits>"
    )]
    DigestLength {
        /// Number of hex digits found.
        len: usize,
        /// Byte offset of the digest.
        at: usize,
    },
}

/// An image digest: `sha256:` followed by 64 lowercase hex digits.
///
/// ```
/// use airflow_values::types::Digest;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let hex = "a".repeat(64);
/// let d = Digest::parse(&format!("sha256:{hex}"))?;
/// assert_eq!(d.as_str().len(), 71);
/// assert!(Digest::parse(&format!("sha256:{}", hex.to_uppercase())).is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Digest(String);

text_conversions!(as_str ImageRefError => Digest);

impl Digest {
    /// Parses `sha256:<64 lowercase hex digits>`.
    ///
    /// # Errors
    /// [`ImageRefError::DigestAlgorithm`] or [`ImageRefError::DigestPrefix`]
    /// if the text does not start with `sha256:`,
    /// [`ImageRefError::DigestChar`] at the first character that is not a
    /// lowercase hex digit, [`ImageRefError::DigestLength`] if there are not
    /// 64 of them.
    pub fn parse(s: &str) -> Result<Self, ImageRefError> {
        Self::parse_at(s, 0)
    }

    fn parse_at(s: &str, base: usize) -> Result<Self, ImageRefError> {
        let Some(hex) = s.strip_prefix("sha256:") else {
            return Err(match s.split_once(':') {
                Some((algorithm, _)) if !algorithm.is_empty() => ImageRefError::DigestAlgorithm {
                    algorithm: algorithm.to_owned(),
                    at: base,
                },
                _ => ImageRefError::DigestPrefix { at: base },
            });
        };
        if let Some((i, ch)) = hex
            .char_indices()
            .find(|&(_, c)| !matches!(c, '0'..='9' | 'a'..='f'))
        {
            return Err(ImageRefError::DigestChar {
                ch,
                at: base + 7 + i,
            });
        }
        if hex.len() != 64 {
            return Err(ImageRefError::DigestLength {
                len: hex.len(),
                at: base,
            });
        }
        Ok(Self(s.to_owned()))
    }

    /// The digest as text, `sha256:` included.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An image tag: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`.
///
/// ```
/// use airflow_values::types::Tag;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// assert!(Tag::parse("latest")?.is_latest());
/// assert_eq!(Tag::parse("2.10.5-python3.12")?.as_str(), "2.10.5-python3.12");
/// assert!(Tag::parse(".hidden").is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Tag(String);

text_conversions!(as_str ImageRefError => Tag);

impl Tag {
    /// Parses a tag.
    ///
    /// # Errors
    /// [`ImageRefError::TagEmpty`], [`ImageRefError::TagChar`] at the first
    /// character the grammar does not allow, or
    /// [`ImageRefError::TagTooLong`] beyond 128 characters.
    pub fn parse(s: &str) -> Result<Self, ImageRefError> {
        Self::parse_at(s, 0)
    }

    fn parse_at(s: &str, base: usize) -> Result<Self, ImageRefError> {
        if s.is_empty() {
            return Err(ImageRefError::TagEmpty { at: base });
        }
        for (i, ch) in s.char_indices() {
            let ok = ch.is_ascii_alphanumeric() || ch == '_' || (i > 0 && matches!(ch, '.' | '-'));
            if !ok {
                return Err(ImageRefError::TagChar { ch, at: base + i });
            }
        }
        if s.len() > 128 {
            return Err(ImageRefError::TagTooLong {
                len: s.len(),
                at: base,
            });
        }
        Ok(Self(s.to_owned()))
    }

    /// The tag as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the tag is `latest`, which moves whenever a new image is pushed.
    #[must_use]
    pub fn is_latest(&self) -> bool {
        self.0 == "latest"
    }
}

/// How an image reference pins the image: by tag, by digest, or both.
///
/// With both, the digest decides what runs and the tag is a label.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImagePin {
    /// Only a tag: the image may change when the tag is pushed again.
    Tag(Tag),
    /// Only a digest: exactly one image.
    Digest(Digest),
    /// A digest (what runs) with a tag (a label for readers).
    TagAndDigest {
        /// The label.
        tag: Tag,
        /// What runs.
        digest: Digest,
    },
}

impl ImagePin {
    /// Combines an optional tag and an optional digest; `None` if both are
    /// missing.
    #[must_use]
    pub fn from_parts(tag: Option<Tag>, digest: Option<Digest>) -> Option<Self> {
        match (tag, digest) {
            (None, None) => None,
            (Some(tag), None) => Some(Self::Tag(tag)),
            (None, Some(digest)) => Some(Self::Digest(digest)),
            (Some(tag), Some(digest)) => Some(Self::TagAndDigest { tag, digest }),
        }
    }

    /// The tag, if there is one.
    #[must_use]
    pub fn tag(&self) -> Option<&Tag> {
        match self {
            Self::Tag(tag) | Self::TagAndDigest { tag, .. } => Some(tag),
            Self::Digest(_) => None,
        }
    }

    /// The digest, if there is one.
    #[must_use]
    pub fn digest(&self) -> Option<&Digest> {
        match self {
            Self::Digest(digest) | Self::TagAndDigest { digest, .. } => Some(digest),
            Self::Tag(_) => None,
        }
    }
}

/// A pinned image reference: `[registry[:port]/]path[:tag][@sha256:...]`.
///
/// The first path component is a registry host when it contains `.` or `:`
/// or is `localhost`, as Docker reads it. Names are kept as written: no
/// `docker.io/library/` is added.
///
/// ```
/// use airflow_values::types::ImageRef;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let img: ImageRef = "quay.io/prometheus/statsd-exporter:v0.26.1".parse()?;
/// assert_eq!(img.registry(), Some("quay.io"));
/// assert_eq!(img.path(), "prometheus/statsd-exporter");
/// assert_eq!(img.name(), "statsd-exporter");
/// assert_eq!(
///     img.with_registry("myacr.azurecr.io")?.to_string(),
///     "myacr.azurecr.io/prometheus/statsd-exporter:v0.26.1"
/// );
/// assert_eq!(
///     img.mirrored_to("myacr.azurecr.io")?.to_string(),
///     "myacr.azurecr.io/statsd-exporter:v0.26.1"
/// );
/// assert!("apache/airflow".parse::<ImageRef>().is_err()); // no tag or digest
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ImageRef {
    repository: String,
    /// Byte offset where the path starts (0 without a registry).
    path_start: usize,
    pin: ImagePin,
}

text_conversions!(ImageRefError => ImageRef);

impl ImageRef {
    /// Parses `[registry[:port]/]path[:tag][@sha256:...]`.
    ///
    /// # Errors
    /// [`ImageRefError::NoPin`] without tag and digest; otherwise the variant
    /// naming the malformed part and its byte offset.
    pub fn parse(s: &str) -> Result<Self, ImageRefError> {
        if s.is_empty() {
            return Err(ImageRefError::Empty);
        }
        let (name, digest) = match s.find('@') {
            Some(i) => (&s[..i], Some((&s[i + 1..], i + 1))),
            None => (s, None),
        };
        let last_slash = name.rfind('/').map_or(0, |i| i + 1);
        let (repository, tag) = match name[last_slash..].find(':') {
            Some(c) => {
                let colon = last_slash + c;
                (&name[..colon], Some((&name[colon + 1..], colon + 1)))
            }
            None => (name, None),
        };
        let path_start = validate_repository(repository, 0)?;
        let tag = tag.map(|(t, at)| Tag::parse_at(t, at)).transpose()?;
        let digest = digest.map(|(d, at)| Digest::parse_at(d, at)).transpose()?;
        let pin = ImagePin::from_parts(tag, digest).ok_or(ImageRefError::NoPin)?;
        Ok(Self {
            repository: repository.to_owned(),
            path_start,
            pin,
        })
    }

    /// Builds a reference from a repository (registry included, no tag or
    /// digest) and a pin, as the chart's `repository`/`tag`/`digest` keys
    /// hold them.
    ///
    /// # Errors
    /// The variant naming the malformed part of `repository` and its byte
    /// offset.
    pub fn new(repository: &str, pin: ImagePin) -> Result<Self, ImageRefError> {
        let path_start = validate_repository(repository, 0)?;
        Ok(Self {
            repository: repository.to_owned(),
            path_start,
            pin,
        })
    }

    /// The full repository, registry included (`quay.io/prometheus/statsd-exporter`).
    #[must_use]
    pub fn repository(&self) -> &str {
        &self.repository
    }

    /// The registry host with its optional port, if the reference names one.
    #[must_use]
    pub fn registry(&self) -> Option<&str> {
        (self.path_start > 0).then(|| &self.repository[..self.path_start - 1])
    }

    /// The repository without the registry (`prometheus/statsd-exporter`).
    #[must_use]
    pub fn path(&self) -> &str {
        &self.repository[self.path_start..]
    }

    /// The last path component (`statsd-exporter`).
    #[must_use]
    pub fn name(&self) -> &str {
        let path = self.path();
        path.rsplit('/').next().unwrap_or(path)
    }

    /// How the image is pinned.
    #[must_use]
    pub fn pin(&self) -> &ImagePin {
        &self.pin
    }

    /// The tag, if there is one (with a digest, only a label).
    #[must_use]
    pub fn tag(&self) -> Option<&Tag> {
        self.pin.tag()
    }

    /// The digest, if there is one.
    #[must_use]
    pub fn digest(&self) -> Option<&Digest> {
        self.pin.digest()
    }

    /// The same image pinned to `digest`; an existing tag stays as a label,
    /// an existing digest is replaced.
    #[must_use]
    pub fn with_digest(self, digest: Digest) -> Self {
        let pin = match self.pin {
            ImagePin::Tag(tag) | ImagePin::TagAndDigest { tag, .. } => {
                ImagePin::TagAndDigest { tag, digest }
            }
            ImagePin::Digest(_) => ImagePin::Digest(digest),
        };
        Self { pin, ..self }
    }

    /// The same path and pin under another registry, which replaces the
    /// current one or is added if there is none.
    ///
    /// # Errors
    /// [`ImageRefError::NotARegistry`] if `registry` would not be read as a
    /// registry host, [`ImageRefError::InvalidRegistry`] or
    /// [`ImageRefError::InvalidPort`] if it is malformed,
    /// [`ImageRefError::RepositoryTooLong`] if the result is too long.
    pub fn with_registry(&self, registry: &str) -> Result<Self, ImageRefError> {
        self.rehome(registry, self.path())
    }

    /// The reference as it is after importing the image into a registry that
    /// keeps only the last path component, as `az acr import` is commonly
    /// used: `docker.io/apache/airflow:2.9.3` becomes
    /// `myacr.azurecr.io/airflow:2.9.3`.
    ///
    /// # Errors
    /// As [`ImageRef::with_registry`].
    pub fn mirrored_to(&self, registry: &str) -> Result<Self, ImageRefError> {
        self.rehome(registry, self.name())
    }

    fn rehome(&self, registry: &str, path: &str) -> Result<Self, ImageRefError> {
        if !is_registry_like(registry) {
            return Err(ImageRefError::NotARegistry {
                registry: registry.to_owned(),
            });
        }
        validate_registry(registry, 0)?;
        let repository = format!("{registry}/{path}");
        if repository.len() > MAX_REPOSITORY_LEN {
            return Err(ImageRefError::RepositoryTooLong {
                len: repository.len(),
            });
        }
        Ok(Self {
            repository,
            path_start: registry.len() + 1,
            pin: self.pin.clone(),
        })
    }
}

impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repository)?;
        if let Some(tag) = self.tag() {
            write!(f, ":{tag}")?;
        }
        if let Some(digest) = self.digest() {
            write!(f, "@{digest}")?;
        }
        Ok(())
    }
}

/// Whether a first path component is read as a registry host.
fn is_registry_like(component: &str) -> bool {
    component.contains(['.', ':']) || component == "localhost"
}

/// Checks a repository (registry included) and returns where its path starts.
fn validate_repository(s: &str, base: usize) -> Result<usize, ImageRefError> {
    if s.is_empty() {
        return Err(ImageRefError::RepositoryEmpty { at: base });
    }
    if s.len() > MAX_REPOSITORY_LEN {
        return Err(ImageRefError::RepositoryTooLong { len: s.len() });
    }
    let path_start = match s.split_once('/') {
        Some((first, _)) if is_registry_like(first) => {
            validate_registry(first, base)?;
            first.len() + 1
        }
        _ => 0,
    };
    let mut at = path_start;
    for component in s[path_start..].split('/') {
        validate_component(component, base + at)?;
        at += component.len() + 1;
    }
    Ok(path_start)
}

/// Checks `host[:port]`: dot-separated labels of letters, digits and inner
/// `-`, and a port from 1 to 65535.
fn validate_registry(s: &str, base: usize) -> Result<(), ImageRefError> {
    let (host, port) = match s.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (s, None),
    };
    let mut at = base;
    for label in host.split('.') {
        let b = label.as_bytes();
        if b.is_empty() {
            return Err(ImageRefError::InvalidRegistry { at });
        }
        if let Some(i) = b
            .iter()
            .position(|c| !(c.is_ascii_alphanumeric() || *c == b'-'))
        {
            return Err(ImageRefError::InvalidRegistry { at: at + i });
        }
        if b[0] == b'-' {
            return Err(ImageRefError::InvalidRegistry { at });
        }
        if b[b.len() - 1] == b'-' {
            return Err(ImageRefError::InvalidRegistry {
                at: at + b.len() - 1,
            });
        }
        at += b.len() + 1;
    }
    if let Some(port) = port {
        let at = base + host.len() + 1;
        let ok = !port.is_empty()
            && port.bytes().all(|c| c.is_ascii_digit())
            && port.parse::<u16>().is_ok_and(|p| p > 0);
        if !ok {
            return Err(ImageRefError::InvalidPort { at });
        }
    }
    Ok(())
}

/// Checks one path component: `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`.
fn validate_component(s: &str, base: usize) -> Result<(), ImageRefError> {
    if s.is_empty() {
        return Err(ImageRefError::PathComponentEmpty { at: base });
    }
    // Start offset and text of the separator run being read, if any.
    let mut sep: Option<usize> = None;
    for (i, ch) in s.char_indices() {
        match ch {
            'a'..='z' | '0'..='9' => {
                if let Some(start) = sep.take() {
                    let run = &s[start..i];
                    let ok = matches!(run, "." | "_" | "__") || run.bytes().all(|c| c == b'-');
                    if !ok {
                        return Err(ImageRefError::PathSeparator { at: base + start });
                    }
                }
            }
            '.' | '_' | '-' => {
                if i == 0 {
                    return Err(ImageRefError::PathSeparator { at: base });
                }
                sep.get_or_insert(i);
            }
            _ => return Err(ImageRefError::PathChar { ch, at: base + i }),
        }
    }
    match sep {
        Some(start) => Err(ImageRefError::PathSeparator { at: base + start }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEX: &str = "2c5ae0d3e5cbdd5b1a2c4e6d5cd36f5f9d5b5e0f2c6a5fe3e4bb7a2c3d4e5f60";

    fn digest() -> Digest {
        Digest::parse(&format!("sha256:{HEX}")).expect("valid digest")
    }

    #[test]
    fn digest_table() {
        let upper = format!("sha256:{}A{}", &HEX[..10], &HEX[11..]);
        let short = format!("sha256:{}", &HEX[..63]);
        let long = format!("sha256:{HEX}0");
        let md5 = format!("md5:{HEX}");
        let cases: Vec<(&str, Result<(), ImageRefError>)> = vec![
            (&upper, Err(ImageRefError::DigestChar { ch: 'A', at: 17 })),
            (&short, Err(ImageRefError::DigestLength { len: 63, at: 0 })),
            (&long, Err(ImageRefError::DigestLength { len: 65, at: 0 })),
            (
                &md5,
                Err(ImageRefError::DigestAlgorithm {
                    algorithm: "md5".into(),
                    at: 0,
                }),
            ),
            (HEX, Err(ImageRefError::DigestPrefix { at: 0 })),
            ("", Err(ImageRefError::DigestPrefix { at: 0 })),
            (
                "sha256:",
                Err(ImageRefError::DigestLength { len: 0, at: 0 }),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(Digest::parse(input).map(|_| ()), want, "input {input:?}");
        }
        assert_eq!(digest().as_str(), format!("sha256:{HEX}"));
    }

    #[test]
    fn digest_error_messages_say_what_a_digest_looks_like() {
        let e = Digest::parse("sha256:ABC").expect_err("uppercase");
        let msg = e.to_string();
        assert!(
            msg.contains("byte 7") && msg.contains("64 lowercase hex"),
            "{msg}"
        );
    }

    #[test]
    fn tag_table() {
        let long = "a".repeat(129);
        let cases: Vec<(&str, Result<(), ImageRefError>)> = vec![
            ("2.10.5", Ok(())),
            ("_x", Ok(())),
            ("v0.26.1-debian-12_r3", Ok(())),
            ("", Err(ImageRefError::TagEmpty { at: 0 })),
            (".x", Err(ImageRefError::TagChar { ch: '.', at: 0 })),
            ("-x", Err(ImageRefError::TagChar { ch: '-', at: 0 })),
            ("a+b", Err(ImageRefError::TagChar { ch: '+', at: 1 })),
            (&long, Err(ImageRefError::TagTooLong { len: 129, at: 0 })),
        ];
        for (input, want) in cases {
            assert_eq!(Tag::parse(input).map(|_| ()), want, "input {input:?}");
        }
        assert!(Tag::parse(&"a".repeat(128)).is_ok());
        assert!(Tag::parse("latest").expect("valid").is_latest());
        assert!(!Tag::parse("latest2").expect("valid").is_latest());
    }

    #[test]
    fn image_ref_parts() {
        let d = format!("sha256:{HEX}");
        // (input, registry, path, name, tag, has digest)
        type Case<'a> = (
            String,
            Option<&'a str>,
            &'a str,
            &'a str,
            Option<&'a str>,
            bool,
        );
        let cases: Vec<Case> = vec![
            (
                "apache/airflow:2.10.5".into(),
                None,
                "apache/airflow",
                "airflow",
                Some("2.10.5"),
                false,
            ),
            (
                "busybox:1.36".into(),
                None,
                "busybox",
                "busybox",
                Some("1.36"),
                false,
            ),
            (
                format!("reg.io:5000/ns/name:tag@{d}"),
                Some("reg.io:5000"),
                "ns/name",
                "name",
                Some("tag"),
                true,
            ),
            (
                format!("localhost/a@{d}"),
                Some("localhost"),
                "a",
                "a",
                None,
                true,
            ),
            (
                "registry.k8s.io/git-sync/git-sync:v4.1.0".into(),
                Some("registry.k8s.io"),
                "git-sync/git-sync",
                "git-sync",
                Some("v4.1.0"),
                false,
            ),
            (
                "a__b/c.d/e---f:x".into(),
                None,
                "a__b/c.d/e---f",
                "e---f",
                Some("x"),
                false,
            ),
        ];
        for (input, registry, path, name, tag, has_digest) in cases {
            let img = ImageRef::parse(&input).unwrap_or_else(|e| panic!("input {input:?}: {e}"));
            assert_eq!(img.registry(), registry, "input {input:?}");
            assert_eq!(img.path(), path, "input {input:?}");
            assert_eq!(img.name(), name, "input {input:?}");
            assert_eq!(img.tag().map(Tag::as_str), tag, "input {input:?}");
            assert_eq!(img.digest().is_some(), has_digest, "input {input:?}");
            assert_eq!(img.to_string(), input, "input {input:?}");
            assert_eq!(
                img.to_string().parse::<ImageRef>().as_ref(),
                Ok(&img),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn image_ref_errors() {
        let cases: Vec<(&str, ImageRefError)> = vec![
            ("", ImageRefError::Empty),
            ("apache/airflow", ImageRefError::NoPin),
            ("localhost:5000/airflow", ImageRefError::NoPin),
            (
                "Apache/airflow:1",
                ImageRefError::PathChar { ch: 'A', at: 0 },
            ),
            (
                "apache//airflow:1",
                ImageRefError::PathComponentEmpty { at: 7 },
            ),
            ("/airflow:1", ImageRefError::PathComponentEmpty { at: 0 }),
            (
                "apache/airflow/:1",
                ImageRefError::PathComponentEmpty { at: 15 },
            ),
            (
                "apache/air..flow:1",
                ImageRefError::PathSeparator { at: 10 },
            ),
            (
                "apache/air___flow:1",
                ImageRefError::PathSeparator { at: 10 },
            ),
            ("apache/airflow-:1", ImageRefError::PathSeparator { at: 14 }),
            ("apache/_airflow:1", ImageRefError::PathSeparator { at: 7 }),
            ("apache/airflow:", ImageRefError::TagEmpty { at: 15 }),
            (
                "apache/airflow:1:2",
                ImageRefError::TagChar { ch: ':', at: 16 },
            ),
            ("apache/airflow@", ImageRefError::DigestPrefix { at: 15 }),
            (
                "apache/airflow@sha256:AB",
                ImageRefError::DigestChar { ch: 'A', at: 22 },
            ),
            ("reg.io:0/a:1", ImageRefError::InvalidPort { at: 7 }),
            ("reg.io:/a:1", ImageRefError::InvalidPort { at: 7 }),
            ("reg..io/a:1", ImageRefError::InvalidRegistry { at: 4 }),
            ("-reg.io/a:1", ImageRefError::InvalidRegistry { at: 0 }),
            ("reg_x.io/a:1", ImageRefError::InvalidRegistry { at: 3 }),
            ("reg.io/:1", ImageRefError::PathComponentEmpty { at: 7 }),
        ];
        for (input, want) in cases {
            assert_eq!(ImageRef::parse(input), Err(want), "input {input:?}");
        }
        let long = format!("{}:1", "a".repeat(256));
        assert_eq!(
            ImageRef::parse(&long),
            Err(ImageRefError::RepositoryTooLong { len: 256 })
        );
    }

    #[test]
    fn no_pin_message_says_what_to_add() {
        let msg = ImageRef::parse("apache/airflow")
            .expect_err("no pin")
            .to_string();
        assert!(
            msg.contains("no tag or digest; add :TAG or @sha256:..."),
            "{msg}"
        );
    }

    #[test]
    fn new_and_with_digest() {
        let tag = Tag::parse("2.9.3").expect("valid");
        let img =
            ImageRef::new("docker.io/apache/airflow", ImagePin::Tag(tag.clone())).expect("valid");
        assert_eq!(img.to_string(), "docker.io/apache/airflow:2.9.3");
        let pinned = img.with_digest(digest());
        assert_eq!(
            pinned.pin(),
            &ImagePin::TagAndDigest {
                tag,
                digest: digest()
            }
        );
        assert_eq!(
            pinned.to_string(),
            format!("docker.io/apache/airflow:2.9.3@sha256:{HEX}")
        );
        let only = ImageRef::new("a", ImagePin::Digest(digest()))
            .expect("valid")
            .with_digest(digest());
        assert_eq!(only.pin(), &ImagePin::Digest(digest()));
        assert_eq!(
            ImageRef::new("apache/airflow:2", ImagePin::Digest(digest())),
            Err(ImageRefError::PathChar { ch: ':', at: 14 })
        );
    }

    #[test]
    fn registry_rewrites() {
        // (input, with_registry, mirrored_to) for registry myacr.azurecr.io
        let cases = [
            (
                "quay.io/prometheus/statsd-exporter:v0.26.1",
                "myacr.azurecr.io/prometheus/statsd-exporter:v0.26.1",
                "myacr.azurecr.io/statsd-exporter:v0.26.1",
            ),
            (
                "docker.io/apache/airflow:2.9.3",
                "myacr.azurecr.io/apache/airflow:2.9.3",
                "myacr.azurecr.io/airflow:2.9.3",
            ),
            (
                "registry.k8s.io/git-sync/git-sync:v4.1.0",
                "myacr.azurecr.io/git-sync/git-sync:v4.1.0",
                "myacr.azurecr.io/git-sync:v4.1.0",
            ),
            (
                "apache/airflow:2.9.3",
                "myacr.azurecr.io/apache/airflow:2.9.3",
                "myacr.azurecr.io/airflow:2.9.3",
            ),
        ];
        for (input, moved, mirrored) in cases {
            let img = ImageRef::parse(input).expect(input);
            let m = img.with_registry("myacr.azurecr.io").expect(input);
            assert_eq!(m.to_string(), moved, "input {input:?}");
            assert_eq!(m.registry(), Some("myacr.azurecr.io"), "input {input:?}");
            assert_eq!(
                m.to_string().parse::<ImageRef>().as_ref(),
                Ok(&m),
                "input {input:?}"
            );
            let r = img.mirrored_to("myacr.azurecr.io").expect(input);
            assert_eq!(r.to_string(), mirrored, "input {input:?}");
            assert_eq!(r.path(), img.name(), "input {input:?}");
        }
        let img = ImageRef::parse("apache/airflow:1").expect("valid");
        assert_eq!(
            img.with_registry("myacr"),
            Err(ImageRefError::NotARegistry {
                registry: "myacr".into()
            })
        );
        assert_eq!(
            img.with_registry("a..b"),
            Err(ImageRefError::InvalidRegistry { at: 2 })
        );
        assert_eq!(
            img.with_registry("localhost:5000").map(|i| i.to_string()),
            Ok("localhost:5000/apache/airflow:1".to_owned())
        );
    }

    #[test]
    fn serde_as_string() {
        let input = format!("apache/airflow:3.0.2@sha256:{HEX}");
        let img = ImageRef::parse(&input).expect("valid");
        let json = serde_json::to_string(&img).expect("ser");
        assert_eq!(json, format!("\"{input}\""));
        assert_eq!(serde_json::from_str::<ImageRef>(&json).expect("de"), img);
        assert!(serde_json::from_str::<ImageRef>("\"apache/airflow\"").is_err());
        assert_eq!(
            serde_json::to_string(&Tag::parse("1").expect("valid")).expect("ser"),
            "\"1\""
        );
    }
}
