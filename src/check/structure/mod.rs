//! Structure: a values document checked against the chart's JSON Schema
//! before it is read into the typed model, so that every unknown key, wrong
//! type and value outside a list is reported at once, with its key path.
//!
//! [`walk`] finds the [`StructureIssue`]s; [`to_diagnostic`] turns each into
//! a [`Diagnostic`](crate::check::Diagnostic) with an AV01 code.

mod codes;
mod issue;
mod passthrough;
mod read;
mod schema;
mod suggest;
mod walker;

pub(crate) use crate::yaml::path::{self, KeyPath, Segment};
pub(crate) use codes::{
    STRUCTURE_DOCS, as_ignored_key, is_unknown_key, null_dropped_by_helm, remove_nulls_helm_drops,
    takes_any_key, to_diagnostic, unreadable_value,
};
#[allow(unused_imports, reason = "used by the check pipeline")]
pub(crate) use issue::{IssueKind, StructureIssue};
#[allow(unused_imports, reason = "used by the check pipeline")]
pub(crate) use passthrough::passthrough_keys;
pub(crate) use read::{ReadFailure, read_model};
pub(crate) use walker::{secret_paths, walk, walk_with_secrets};

#[cfg(test)]
mod tests;
