//! Kubernetes object names: DNS-1123 labels and subdomains.
//!
//! Kubernetes names most objects (Secrets, ServiceAccounts,
//! PersistentVolumes and their claims, StorageClasses, cert-manager issuers,
//! External Secrets stores) with a DNS-1123 *subdomain*: at most 253 bytes of
//! lowercase letters, digits, `-` and `.`, each dot-separated part starting
//! and ending with a letter or digit. Namespaces, and names that end up in a
//! Service or DNS record such as the Helm release, must be a DNS-1123
//! *label*: the same without dots, at most 63 bytes.

use serde::{Deserialize, Serialize};

/// What is wrong with a DNS-1123 label or subdomain. Byte offsets count from
/// the start of the name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DnsNameError {
    /// The name is empty.
    #[error("name is empty; use a name such as `airflow`")]
    Empty,
    /// The name is longer than its kind allows.
    #[error("name is {len} bytes long, more than {max}; use a shorter name")]
    TooLong {
        /// Length in bytes.
        len: usize,
        /// The most the kind of name allows (63 for a label, 253 for a subdomain).
        max: usize,
    },
    /// The name has a character that is not allowed.
    #[error("name has `{ch}` at byte {at}; {allowed}")]
    Character {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
        /// What may be written instead.
        allowed: &'static str,
    },
    /// A part of the name is empty or does not start and end with a letter
    /// or digit.
    #[error(
        "name has a misplaced `-` or `.` at byte {at}; each dot-separated part must start and end with a lowercase letter or digit"
    )]
    Misplaced {
        /// Byte offset of the misplaced character.
        at: usize,
    },
}

const LABEL_CHARS: &str = "use lowercase letters, digits and `-` only";
const SUBDOMAIN_CHARS: &str = "use lowercase letters, digits, `-` and `.` only";

/// Checks `s` as a DNS-1123 subdomain of at most `max` bytes, or as a label
/// when `dots` is false.
fn check(s: &str, max: usize, dots: bool) -> Result<(), DnsNameError> {
    if s.is_empty() {
        return Err(DnsNameError::Empty);
    }
    if s.len() > max {
        return Err(DnsNameError::TooLong { len: s.len(), max });
    }
    let allowed = if dots { SUBDOMAIN_CHARS } else { LABEL_CHARS };
    if let Some((at, ch)) = s.char_indices().find(|&(_, c)| {
        !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || (dots && c == '.'))
    }) {
        return Err(DnsNameError::Character { ch, at, allowed });
    }
    let mut start: usize = 0;
    for part in s.split('.') {
        let b = part.as_bytes();
        match (b.first(), b.last()) {
            (Some(first), Some(last)) => {
                if !first.is_ascii_alphanumeric() {
                    return Err(DnsNameError::Misplaced { at: start });
                }
                if !last.is_ascii_alphanumeric() {
                    return Err(DnsNameError::Misplaced {
                        at: start + b.len() - 1,
                    });
                }
            }
            _ => {
                return Err(DnsNameError::Misplaced {
                    at: start.saturating_sub(1),
                });
            }
        }
        start += b.len() + 1;
    }
    Ok(())
}

/// A DNS-1123 label: at most 63 bytes of lowercase letters, digits and `-`,
/// starting and ending with a letter or digit. Namespaces are labels.
///
/// ```
/// use airflow_values::types::{DnsLabel, DnsNameError};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let ns: DnsLabel = "airflow-prod".parse()?;
/// assert_eq!(ns.as_str(), "airflow-prod");
/// assert!(matches!(
///     "airflow.prod".parse::<DnsLabel>(),
///     Err(DnsNameError::Character { ch: '.', at: 7, .. })
/// ));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DnsLabel(String);

impl DnsLabel {
    /// The most bytes a label may have.
    pub const MAX_LEN: usize = 63;

    /// Parses a DNS-1123 label.
    ///
    /// # Errors
    /// [`DnsNameError::Empty`], [`DnsNameError::TooLong`],
    /// [`DnsNameError::Character`] (a dot included) or
    /// [`DnsNameError::Misplaced`].
    pub fn parse(s: &str) -> Result<Self, DnsNameError> {
        check(s, Self::MAX_LEN, false)?;
        Ok(Self(s.to_owned()))
    }

    /// The name as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A DNS-1123 subdomain: at most 253 bytes of lowercase letters, digits, `-`
/// and `.`, each dot-separated part starting and ending with a letter or
/// digit. Most Kubernetes objects are named so.
///
/// ```
/// use airflow_values::types::{DnsLabel, DnsSubdomain};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let class: DnsSubdomain = "azureblob-fuse-premium".parse()?;
/// assert_eq!(class.to_string(), "azureblob-fuse-premium");
/// assert!("Premium_LRS".parse::<DnsSubdomain>().is_err());
/// // Every label is a subdomain.
/// let ns: DnsSubdomain = DnsLabel::parse("airflow")?.into();
/// assert_eq!(ns.as_str(), "airflow");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DnsSubdomain(String);

impl DnsSubdomain {
    /// The most bytes a subdomain may have.
    pub const MAX_LEN: usize = 253;

    /// Parses a DNS-1123 subdomain.
    ///
    /// # Errors
    /// [`DnsNameError::Empty`], [`DnsNameError::TooLong`],
    /// [`DnsNameError::Character`] or [`DnsNameError::Misplaced`].
    pub fn parse(s: &str) -> Result<Self, DnsNameError> {
        check(s, Self::MAX_LEN, true)?;
        Ok(Self(s.to_owned()))
    }

    /// The name as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

text_conversions!(as_str DnsNameError => DnsLabel, DnsSubdomain);

impl From<DnsLabel> for DnsSubdomain {
    fn from(label: DnsLabel) -> Self {
        Self(label.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subdomain_table() {
        let chars = SUBDOMAIN_CHARS;
        let cases = [
            ("airflow-fernet-key", Ok(())),
            ("a", Ok(())),
            ("my.secret-1", Ok(())),
            ("", Err(DnsNameError::Empty)),
            (
                "Airflow",
                Err(DnsNameError::Character {
                    ch: 'A',
                    at: 0,
                    allowed: chars,
                }),
            ),
            (
                "air_flow",
                Err(DnsNameError::Character {
                    ch: '_',
                    at: 3,
                    allowed: chars,
                }),
            ),
            ("-airflow", Err(DnsNameError::Misplaced { at: 0 })),
            ("airflow-", Err(DnsNameError::Misplaced { at: 7 })),
            ("a.-b", Err(DnsNameError::Misplaced { at: 2 })),
            ("a-.b", Err(DnsNameError::Misplaced { at: 1 })),
            ("a..b", Err(DnsNameError::Misplaced { at: 1 })),
            (".a", Err(DnsNameError::Misplaced { at: 0 })),
            ("a.", Err(DnsNameError::Misplaced { at: 1 })),
        ];
        for (input, want) in cases {
            assert_eq!(
                DnsSubdomain::parse(input).map(|_| ()),
                want,
                "input {input:?}"
            );
        }
        assert_eq!(
            DnsSubdomain::parse(&"a".repeat(254)),
            Err(DnsNameError::TooLong { len: 254, max: 253 })
        );
        assert!(DnsSubdomain::parse(&"a".repeat(253)).is_ok());
    }

    #[test]
    fn label_table() {
        let cases = [
            ("airflow", Ok(())),
            ("a-1", Ok(())),
            ("", Err(DnsNameError::Empty)),
            (
                "air.flow",
                Err(DnsNameError::Character {
                    ch: '.',
                    at: 3,
                    allowed: LABEL_CHARS,
                }),
            ),
            ("-airflow", Err(DnsNameError::Misplaced { at: 0 })),
            ("airflow-", Err(DnsNameError::Misplaced { at: 7 })),
        ];
        for (input, want) in cases {
            assert_eq!(DnsLabel::parse(input).map(|_| ()), want, "input {input:?}");
        }
        assert_eq!(
            DnsLabel::parse(&"a".repeat(64)),
            Err(DnsNameError::TooLong { len: 64, max: 63 })
        );
        assert!(DnsLabel::parse(&"a".repeat(63)).is_ok());
    }
}
