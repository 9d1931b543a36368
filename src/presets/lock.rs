//! A digest lock: which digest each source image resolves to.

use std::collections::BTreeMap;

use crate::types::image::{Digest, ImageRef};

/// What the lock says about one image.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LockEntry {
    /// The image's digest is known.
    Pinned(Digest),
    /// The digest has not been filled in yet; the image is pinned by tag only.
    Pending,
}

/// Digests of source images, read from a small text file.
///
/// Each non-comment line holds a source image with its tag, then a digest or
/// the word `pending`, then free text saying where the digest comes from,
/// separated by tabs or spaces. `#` starts a comment line.
///
/// ```
/// use airflow_values::presets::{DigestLock, LockEntry};
///
/// let lock = DigestLock::parse(
///     "registry.k8s.io/git-sync/git-sync:v4.1.0 sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902 promoter\n",
/// )?;
/// let entry = lock.get(&"registry.k8s.io/git-sync/git-sync:v4.1.0".parse()?);
/// assert!(matches!(entry, Some(LockEntry::Pinned(_))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DigestLock {
    entries: BTreeMap<String, LockEntry>,
}

/// A line of a digest lock that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LockError {
    /// The line has no digest column.
    #[error("line {line}: expected `<image>:<tag> <digest or pending> [source]`")]
    MissingDigest {
        /// 1-based line number.
        line: usize,
    },
    /// The image column is not an image reference with a tag.
    #[error("line {line}: invalid image: {reason}")]
    InvalidImage {
        /// 1-based line number.
        line: usize,
        /// Why the reference is invalid.
        reason: String,
    },
    /// The digest column is neither a digest nor `pending`.
    #[error("line {line}: invalid digest: {reason}")]
    InvalidDigest {
        /// 1-based line number.
        line: usize,
        /// Why the digest is invalid.
        reason: String,
    },
}

impl DigestLock {
    /// Reads a lock file's text.
    ///
    /// # Errors
    /// [`LockError`] naming the first line that is malformed.
    pub fn parse(text: &str) -> Result<DigestLock, LockError> {
        let mut entries = BTreeMap::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let content = raw.trim();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            let mut columns = content.split_whitespace();
            let image = columns.next().unwrap_or_default();
            let digest = columns.next().ok_or(LockError::MissingDigest { line })?;
            let image = ImageRef::parse(image).map_err(|e| LockError::InvalidImage {
                line,
                reason: e.to_string(),
            })?;
            let entry = if digest == "pending" {
                LockEntry::Pending
            } else {
                LockEntry::Pinned(Digest::parse(digest).map_err(|e| LockError::InvalidDigest {
                    line,
                    reason: e.to_string(),
                })?)
            };
            entries.insert(image.to_string(), entry);
        }
        Ok(DigestLock { entries })
    }

    /// The entry for an image given as `repository:tag`.
    pub fn get(&self, image: &ImageRef) -> Option<&LockEntry> {
        self.entries.get(&image.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_lines_are_reported_with_their_number() {
        for (text, want) in [
            ("# only a comment\n", None),
            ("apache/airflow:2.9.3\n", Some("line 1: expected")),
            (
                "\nApache/Airflow:2.9.3 pending\n",
                Some("line 2: invalid image"),
            ),
            (
                "apache/airflow:2.9.3 sha256:abc\n",
                Some("line 1: invalid digest"),
            ),
        ] {
            let got = DigestLock::parse(text).err().map(|e| e.to_string());
            match want {
                None => assert_eq!(got, None, "text {text:?}"),
                Some(w) => assert!(
                    got.as_deref().unwrap_or("").starts_with(w),
                    "text {text:?}: {got:?}"
                ),
            }
        }
    }

    #[test]
    fn pending_and_pinned_entries() {
        let lock = DigestLock::parse("apache/airflow:a pending src\n").unwrap();
        assert_eq!(
            lock.get(&"apache/airflow:a".parse().unwrap()),
            Some(&LockEntry::Pending)
        );
        assert_eq!(lock.get(&"apache/airflow:b".parse().unwrap()), None);
    }
}
