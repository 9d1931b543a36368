//! The fix a finding carries: one change to a values file, by key path.
//!
//! The type lives with the findings so that a [`Diagnostic`](super::Diagnostic)
//! can hold its fix; [`crate::edit`] applies it.

use serde_json::Value;

/// One change to a values file, by key path.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "edit", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Edit {
    /// Writes a scalar value (string, number, boolean or null) in place of the
    /// scalar at `path`; a string is quoted when Helm would read it otherwise.
    SetValue {
        /// The key path of the value.
        path: String,
        /// The new value; must not be a mapping or a list.
        value: Value,
    },
    /// Puts the unquoted scalar at `path` in double quotes, so Helm reads its
    /// text as a string (`tag: 2.10` → `tag: "2.10"`).
    Quote {
        /// The key path of the value.
        path: String,
    },
    /// Removes the key at `path`, with its value and the comment lines right
    /// above it. A mapping left empty is written `{}`.
    Delete {
        /// The key path.
        path: String,
    },
    /// Gives the key at `path` another name, in place.
    Rename {
        /// The key path.
        path: String,
        /// The new name of the key (its last segment only).
        to: String,
    },
    /// Moves the key at `path`, with its value and comments, to the key path
    /// `to`, creating the mappings on the way that do not exist yet.
    Move {
        /// The key path it comes from.
        path: String,
        /// The key path it goes to.
        to: String,
    },
    /// Adds the key `path` with `value`, after its sibling `after` when that
    /// exists and at the end of its mapping otherwise, creating the mappings
    /// on the way that do not exist yet.
    Insert {
        /// The key path of the new key.
        path: String,
        /// Its value.
        value: Value,
        /// The sibling it goes after, to follow the chart's order.
        after: Option<String>,
    },
    /// Removes the occurrence of a duplicate key whose key is written at
    /// `line`: the one Helm loses, so the values Helm reads do not change.
    /// Comment lines inside it stay.
    DeleteLostDuplicate {
        /// The key path.
        path: String,
        /// The line (from 1) of the lost occurrence's key.
        line: usize,
    },
}
