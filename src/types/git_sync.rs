//! git-sync releases, and how each one picks the ref to follow.
//!
//! Charts render git-sync's deprecated `branch` and `rev` settings next to
//! `ref`. What a git-sync container then follows depends on its release:
//!
//! | release          | a non-empty `branch` with `rev` empty or `HEAD` | a non-empty `rev` otherwise | both non-empty, `rev` not `HEAD` |
//! |------------------|--------------------|-------------------|-------------------|
//! | v3               | follows `branch` (`ref` is not read at all)      | checks out `rev` on `branch` | checks out `rev` on `branch` |
//! | v4.0.0 – v4.2.3  | `branch` replaces `ref` | `rev` replaces `ref` | `rev` replaces `ref` |
//! | v4.2.4 and later | `branch` replaces `ref` | `rev` replaces `ref` | exits at start    |
//!
//! With both empty, v4 follows `ref` (and exits if that is empty too). The
//! table is [`RefRule::ALL`]; [`resolve`] applies it.

use std::fmt;

/// A git-sync release number, read from an image tag such as `v4.4.2`.
///
/// ```
/// use airflow_values::types::git_sync::GitSyncVersion;
///
/// let v = GitSyncVersion::from_tag("v4.4.2@sha256:3089d9787b89bdc5af01d9f6e8d515aefb9672e8aea3972d7ff67478112bacb3").unwrap();
/// assert_eq!(v, GitSyncVersion::new(4, 4, 2));
/// assert_eq!(v.to_string(), "v4.4.2");
/// assert!(GitSyncVersion::from_tag("latest").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GitSyncVersion {
    major: u32,
    minor: u32,
    patch: u32,
}

impl GitSyncVersion {
    /// A release number.
    #[must_use]
    pub const fn new(major: u32, minor: u32, patch: u32) -> Self {
        Self {
            major,
            minor,
            patch,
        }
    }

    /// The release an image tag names: `v4.4.2`, `4.4.2`, `v3.6.9` (a
    /// digest after `@` and a suffix after `-` are ignored). `None` when the
    /// tag names no release number, such as `latest` or a mirror's own tag.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Self> {
        let tag = tag.split('@').next().unwrap_or(tag);
        let tag = tag.strip_prefix('v').unwrap_or(tag);
        let tag = tag.split(['-', '+']).next().unwrap_or(tag);
        let mut parts = tag.split('.').map(|p| p.parse::<u32>().ok());
        let major = parts.next()??;
        let minor = parts.next().unwrap_or(Some(0))?;
        let patch = parts.next().unwrap_or(Some(0))?;
        if parts.next().is_some() {
            return None;
        }
        Some(Self::new(major, minor, patch))
    }

    /// How this release turns `branch`, `rev` and `ref` into what it follows.
    #[must_use]
    pub fn ref_rule(self) -> RefRule {
        RefRule::ALL
            .iter()
            .rev()
            .find(|(since, _)| self >= *since)
            .map_or(RefRule::V3, |(_, rule)| *rule)
    }
}

impl fmt::Display for GitSyncVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// How a git-sync release reads the deprecated `branch` and `rev` next to `ref`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RefRule {
    /// git-sync v3: reads `branch` and `rev`; `ref` does not exist.
    V3,
    /// v4.0.0 to v4.2.3: a `rev` other than `HEAD` silently replaces `ref`,
    /// even when `branch` is set too.
    RevReplacesRef,
    /// v4.2.4 and later: a non-empty `branch` together with a `rev` other
    /// than `HEAD` is a configuration error, and git-sync exits.
    BranchAndRevFatal,
}

impl RefRule {
    /// The first release of each rule, oldest first.
    pub const ALL: &'static [(GitSyncVersion, RefRule)] = &[
        (GitSyncVersion::new(0, 0, 0), RefRule::V3),
        (GitSyncVersion::new(4, 0, 0), RefRule::RevReplacesRef),
        (GitSyncVersion::new(4, 2, 4), RefRule::BranchAndRevFatal),
    ];
}

/// What a git-sync container does with the three settings.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Resolved {
    /// It follows this ref (for v3: this branch, or `rev` on it).
    Follows(String),
    /// It exits at start with a configuration error.
    Exits(&'static str),
}

/// What git-sync with `rule` follows, given the `branch`, `rev` and `ref`
/// it gets (the empty string for a setting it gets empty).
///
/// ```
/// use airflow_values::types::git_sync::{GitSyncVersion, Resolved, resolve};
///
/// let strict = GitSyncVersion::new(4, 4, 2).ref_rule();
/// let older = GitSyncVersion::new(4, 1, 0).ref_rule();
/// // The chart's default branch next to a tag in rev:
/// assert!(matches!(resolve(strict, "v2-2-stable", "v1.2.3", "v1.2.3"), Resolved::Exits(_)));
/// assert_eq!(resolve(older, "v2-2-stable", "v1.2.3", "v1.2.3"), Resolved::Follows("v1.2.3".into()));
/// // An empty branch works with both:
/// assert_eq!(resolve(strict, "", "v1.2.3", "v1.2.3"), Resolved::Follows("v1.2.3".into()));
/// ```
#[must_use]
pub fn resolve(rule: RefRule, branch: &str, rev: &str, git_ref: &str) -> Resolved {
    let rev_is_head = rev.is_empty() || rev == "HEAD";
    match rule {
        RefRule::V3 => {
            // v3 falls back to `master` for an empty branch, and checks out
            // `rev` (default HEAD) on the branch it fetched.
            let branch = if branch.is_empty() { "master" } else { branch };
            Resolved::Follows(if rev_is_head { branch } else { rev }.to_owned())
        }
        RefRule::RevReplacesRef | RefRule::BranchAndRevFatal => {
            let chosen = if !branch.is_empty() && rev_is_head {
                branch
            } else if !rev.is_empty() && branch.is_empty() {
                rev
            } else if !rev.is_empty() {
                if rule == RefRule::BranchAndRevFatal {
                    return Resolved::Exits(
                        "deprecated flag combo: --branch and --rev are both set",
                    );
                }
                rev
            } else {
                git_ref
            };
            if chosen.is_empty() {
                Resolved::Exits("no ref to follow: --ref is empty")
            } else {
                Resolved::Follows(chosen.to_owned())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_map_to_the_rule_they_run() {
        for (tag, want) in [
            ("v3.6.9", Some(RefRule::V3)),
            ("v4.0.0", Some(RefRule::RevReplacesRef)),
            ("v4.1.0", Some(RefRule::RevReplacesRef)),
            ("v4.2.3", Some(RefRule::RevReplacesRef)),
            ("v4.2.4", Some(RefRule::BranchAndRevFatal)),
            ("v4.4.2", Some(RefRule::BranchAndRevFatal)),
            ("4.4.2-debian", Some(RefRule::BranchAndRevFatal)),
            ("v5", Some(RefRule::BranchAndRevFatal)),
            ("latest", None),
            ("v4.x", None),
            ("", None),
        ] {
            assert_eq!(
                GitSyncVersion::from_tag(tag).map(GitSyncVersion::ref_rule),
                want,
                "tag {tag:?}"
            );
        }
    }

    /// Each case: (branch, rev, ref) → what v3, v4.0–4.2.3 and v4.2.4+ do.
    #[test]
    fn each_release_resolves_the_settings_its_own_way() {
        use Resolved::{Exits, Follows};
        let f = |s: &str| Follows(s.to_owned());
        let exits = |r: &Resolved| matches!(r, Exits(_));
        // (branch, rev, ref) and the outcome per rule; `None` is an exit.
        type Case<'a> = ((&'a str, &'a str, &'a str), [Option<Resolved>; 3]);
        let cases: [Case<'_>; 7] = [
            // The chart's defaults with a tag in ref only: the branch wins.
            (
                ("v2-2-stable", "HEAD", "v1.2.3"),
                [
                    Some(f("v2-2-stable")),
                    Some(f("v2-2-stable")),
                    Some(f("v2-2-stable")),
                ],
            ),
            // What the library wrote before: default branch, tag in rev.
            (
                ("v2-2-stable", "v1.2.3", "v1.2.3"),
                [Some(f("v1.2.3")), Some(f("v1.2.3")), None],
            ),
            // What it writes now for a tag.
            (
                ("", "v1.2.3", "v1.2.3"),
                [Some(f("v1.2.3")), Some(f("v1.2.3")), Some(f("v1.2.3"))],
            ),
            // What it writes for a branch.
            (
                ("main", "HEAD", "main"),
                [Some(f("main")), Some(f("main")), Some(f("main"))],
            ),
            // Both deprecated settings empty: ref is read (v4).
            (
                ("", "", "v1.2.3"),
                [Some(f("master")), Some(f("v1.2.3")), Some(f("v1.2.3"))],
            ),
            // An empty branch with rev HEAD replaces ref with HEAD.
            (
                ("", "HEAD", "v1.2.3"),
                [Some(f("master")), Some(f("HEAD")), Some(f("HEAD"))],
            ),
            // Nothing at all.
            (("", "", ""), [Some(f("master")), None, None]),
        ];
        let rules = [
            RefRule::V3,
            RefRule::RevReplacesRef,
            RefRule::BranchAndRevFatal,
        ];
        for ((branch, rev, git_ref), wants) in cases {
            for (rule, want) in rules.iter().zip(wants) {
                let got = resolve(*rule, branch, rev, git_ref);
                match want {
                    Some(w) => assert_eq!(
                        got, w,
                        "{rule:?} branch={branch:?} rev={rev:?} ref={git_ref:?}"
                    ),
                    None => assert!(
                        exits(&got),
                        "{rule:?} branch={branch:?} rev={rev:?} ref={git_ref:?}: {got:?}"
                    ),
                }
            }
        }
    }
}
