//! What the walker finds: a key path and what is wrong there.

use super::path::KeyPath;

/// One structural problem of a values document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct StructureIssue {
    /// Where the problem is.
    pub path: KeyPath,
    /// What the problem is.
    pub kind: IssueKind,
}

/// What is wrong at a key path. No variant holds the value found there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum IssueKind {
    /// A key the schema does not have at this place.
    UnknownKey {
        /// The closest key the schema has here, such as `nodeSelector` for `nodeselector`.
        suggestion: Option<String>,
        /// When nothing here is close: up to three full paths one or two
        /// mappings further down where a key with exactly this name exists,
        /// such as `scheduler.serviceAccount`.
        elsewhere: Vec<String>,
    },
    /// A key that only other chart versions have (marked `x-chart-versions`
    /// with `not: {}` in the schema).
    NotInVersion {
        /// The chart versions that have the key, as the schema lists them.
        versions: Vec<String>,
    },
    /// A value of the wrong YAML type.
    WrongType {
        /// What the schema accepts: `string`, `integer`, `number`,
        /// `boolean`, `null`, `list` or `mapping`.
        expected: Vec<&'static str>,
        /// What was found: `a string`, `a number`, `an integer`, `a boolean`,
        /// `null`, `a list` or `a mapping`.
        found: &'static str,
    },
    /// A value outside an `enum` or other than a `const`.
    NotAllowed {
        /// The values the schema allows, strings without quotes and other
        /// values as JSON.
        allowed: Vec<String>,
    },
    /// A number below `minimum` (or not above `exclusiveMinimum`).
    BelowMinimum {
        /// The schema's limit.
        limit: serde_json::Number,
        /// Whether the limit itself is excluded.
        exclusive: bool,
    },
    /// A number above `maximum` (or not below `exclusiveMaximum`).
    AboveMaximum {
        /// The schema's limit.
        limit: serde_json::Number,
        /// Whether the limit itself is excluded.
        exclusive: bool,
    },
    /// A value where the schema accepts none: a `false` schema, or a value
    /// that matches a `not` schema. A forbidden mapping key is reported as
    /// [`IssueKind::UnknownKey`] instead.
    Forbidden,
}
