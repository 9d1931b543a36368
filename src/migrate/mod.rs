//! Moving values from another Airflow chart to the official one.
//!
//! Each source chart has its own converter (`from_bitnami`, `from_community`,
//! behind the `bitnami` and `community` features). A converter reads the
//! source chart's typed values and builds [`official::Values`] for the chart
//! version asked for. Whatever it cannot carry over is not dropped quietly:
//! the result's [`Migration::report`] names every such key by its path in the
//! source file, and every value that was carried over with a change (a
//! connection string split into parts, an `sslmode` added) gets a note.
//!
//! The bookkeeping is structural: a converter takes values out of the
//! source tree as it uses them (`Leftovers::take`), and every leaf left at
//! the end becomes an `AV0901` warning, so a key the converter forgot is
//! reported rather than lost.

use serde_json::Value;

use crate::check::structure::{KeyPath, Segment};
use crate::check::{Chart, Code, Diagnostic, Report, Severity};
use crate::official;

#[cfg(feature = "bitnami")]
mod bitnami;
#[cfg(feature = "community")]
mod community;

#[cfg(feature = "bitnami")]
#[cfg_attr(docsrs, doc(cfg(feature = "bitnami")))]
pub use bitnami::from_bitnami;
#[cfg(feature = "community")]
#[cfg_attr(docsrs, doc(cfg(feature = "community")))]
pub use community::from_community;

/// The result of a migration: the official chart's values, and the report of
/// what did not carry over or changed on the way.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Migration {
    /// The values for the official chart.
    pub values: official::Values,
    /// `AV0901` for each source key that was not carried over, `AV0902` for
    /// each carried over with a change; paths are those of the source file.
    pub report: Report,
}

/// Why a values file could not be migrated.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum MigrateError {
    /// The values are for the official chart already.
    #[error("the values are for the official chart ({chart}): there is nothing to migrate")]
    AlreadyOfficial {
        /// The chart named.
        chart: Chart,
    },
    /// The file is not YAML, or does not fit the source chart; the report
    /// has every such error, placed at its line.
    #[error(
        "the values do not fit the {chart} chart ({} errors); fix them first \
         (`airflow-values check --chart {}` shows them)",
        report.errors().count(),
        chart.name()
    )]
    Unreadable {
        /// The source chart.
        chart: Chart,
        /// The errors that stop the migration.
        report: Report,
    },
}

/// Migrates a values file of the Bitnami or the community chart to the
/// official chart's `to` version.
///
/// The file is checked against its own chart first: structural errors (an
/// unknown key, a wrong type) stop the migration, since a key the model does
/// not know could not be carried over. Findings of the source chart's rules
/// (a password in plain text, say) do not: they are what a migration fixes.
/// Each diagnostic of the result is placed at its key's line in the file.
///
/// # Errors
/// [`MigrateError::AlreadyOfficial`] when `from` is the official chart;
/// [`MigrateError::Unreadable`] with the errors that stop the migration.
#[cfg(any(feature = "bitnami", feature = "community"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "bitnami", feature = "community"))))]
pub fn from_yaml(
    source: &crate::check::Source<'_>,
    from: Chart,
    to: official::ChartVersion,
) -> Result<Migration, MigrateError> {
    if from.official_version().is_some() {
        return Err(MigrateError::AlreadyOfficial { chart: from });
    }
    let checked = crate::check::check(
        std::slice::from_ref(source),
        &crate::check::CheckOptions::new(from),
    );
    let blocking: Vec<Diagnostic> = checked
        .errors()
        .filter(|d| d.code.area().blocks_reading())
        .cloned()
        .collect();
    let unreadable = |report: Report| MigrateError::Unreadable {
        chart: from,
        report,
    };
    if !blocking.is_empty() {
        return Err(unreadable(Report::new(blocking)));
    }
    let document =
        crate::yaml::read_document(source.bytes()).map_err(|_| unreadable(checked.clone()))?;
    let tree = &document.tree;
    let read_error = |error: crate::yaml::TreeError| {
        unreadable(Report::new(vec![
            crate::check::structure::unreadable_value(&error),
        ]))
    };
    let migration = match from {
        Chart::Official(_) => return Err(MigrateError::AlreadyOfficial { chart: from }),
        #[cfg(feature = "bitnami")]
        Chart::Bitnami => from_bitnami(&crate::yaml::from_tree(tree).map_err(read_error)?, to),
        #[cfg(feature = "community")]
        Chart::Community => from_community(&crate::yaml::from_tree(tree).map_err(read_error)?, to),
    };
    let placed = migration
        .report
        .diagnostics()
        .iter()
        .cloned()
        .map(|mut d| {
            let path = crate::check::parse_path(&d.path);
            // The key itself, else the nearest ancestor the file writes.
            d.location = (0..=path.0.len()).rev().find_map(|n| {
                let span = document.positions.key(&KeyPath(path.0[..n].to_vec()))?;
                Some(crate::check::Location::new(
                    source.name(),
                    span.line,
                    span.column,
                ))
            });
            d
        })
        .collect();
    Ok(Migration {
        values: migration.values,
        report: Report::new(placed),
    })
}

/// `AV0901`: a key of the source chart that has no place in the official chart.
pub(crate) const NOT_MIGRATED: (Code, &str, Severity) =
    (Code::new("AV0901"), "not-migrated", Severity::Warning);
/// `AV0902`: a value carried over, but changed or moved on the way.
pub(crate) const MIGRATED_WITH_CHANGE: (Code, &str, Severity) =
    (Code::new("AV0902"), "migrated-with-change", Severity::Note);

/// The documentation of the migration codes, for `explain`.
pub(crate) static MIGRATION_DOCS: &[((Code, &str, Severity), &str)] = &[
    (NOT_MIGRATED, include_str!("docs/AV0901.md")),
    (MIGRATED_WITH_CHANGE, include_str!("docs/AV0902.md")),
];

/// The source values as a tree, from which a converter takes what it carries
/// over; what is left at the end is reported as not migrated.
///
/// ```ignore
/// let mut left = Leftovers::new(&source_values)?;
/// if let Some(tag) = left.take("image.tag") { … }
/// let report = left.finish(notes);
/// ```
#[derive(Debug)]
#[cfg_attr(
    not(any(feature = "bitnami", feature = "community")),
    allow(dead_code, reason = "only the dialects' converters use it")
)]
pub(crate) struct Leftovers {
    tree: Value,
    notes: Vec<Diagnostic>,
}

#[cfg_attr(
    not(any(feature = "bitnami", feature = "community")),
    allow(dead_code, reason = "only the dialects' converters use it")
)]
impl Leftovers {
    /// The tree of `values` as serialized (only the keys that were set).
    pub(crate) fn new(values: &impl serde::Serialize) -> Self {
        let tree = serde_json::to_value(values).unwrap_or(Value::Null);
        Leftovers {
            tree,
            notes: Vec::new(),
        }
    }

    /// Takes the value at a dotted path (`auth.fernetKey`), removing it from
    /// the leftovers; `None` when it was not set. Keys with dots in them are
    /// not supported here: use [`Leftovers::take_path`].
    pub(crate) fn take(&mut self, path: &str) -> Option<Value> {
        let segments: Vec<&str> = path.split('.').collect();
        self.take_path(&segments)
    }

    /// Takes the value at a path of keys, removing it from the leftovers.
    pub(crate) fn take_path(&mut self, path: &[&str]) -> Option<Value> {
        let (last, parents) = path.split_last()?;
        let mut node = &mut self.tree;
        for key in parents {
            node = node.as_object_mut()?.get_mut(*key)?;
        }
        let taken = node.as_object_mut()?.remove(*last);
        self.prune_empty(parents);
        taken
    }

    /// Removes the mappings along `path` that taking a value left empty, so
    /// that they are not reported as leftovers.
    fn prune_empty(&mut self, path: &[&str]) {
        for depth in (1..=path.len()).rev() {
            let (last, parents) = path[..depth].split_last().expect("depth ≥ 1");
            let mut node = &mut self.tree;
            for key in parents {
                match node.as_object_mut().and_then(|m| m.get_mut(*key)) {
                    Some(child) => node = child,
                    None => return,
                }
            }
            let Some(map) = node.as_object_mut() else {
                return;
            };
            if map
                .get(*last)
                .is_some_and(|v| v.as_object().is_some_and(|m| m.is_empty()))
            {
                map.remove(*last);
            } else {
                return;
            }
        }
    }

    /// Reports a value carried over with a change (`AV0902`) at its source path.
    pub(crate) fn changed(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.notes
            .push(Diagnostic::new(MIGRATED_WITH_CHANGE, path, message, None));
    }

    /// Reports a value that cannot be carried over (`AV0901`), with why and
    /// what to do instead. Use it for values taken out of the tree; whatever
    /// is still in the tree at the end is reported by [`Leftovers::finish`].
    pub(crate) fn dropped(
        &mut self,
        path: impl Into<String>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.notes.push(Diagnostic::new(
            NOT_MIGRATED,
            path,
            message,
            Some(help.into()),
        ));
    }

    /// The report: the notes made on the way, and one `AV0901` for every leaf
    /// (a scalar, a list, or an empty mapping) still left in the tree.
    pub(crate) fn finish(mut self) -> Report {
        let mut left = Vec::new();
        leaves(&self.tree, &mut Vec::new(), &mut left);
        for path in left {
            self.notes.push(Diagnostic::new(
                NOT_MIGRATED,
                path,
                "this key has no counterpart in the official chart and was not carried over",
                Some("set its equivalent in the official values by hand, or drop it".to_owned()),
            ));
        }
        self.notes.sort_by(|a, b| a.path.cmp(&b.path));
        Report::new(self.notes)
    }
}

/// The key paths (as diagnostics write them) of the leaves under `value`.
fn leaves(value: &Value, prefix: &mut Vec<Segment>, out: &mut Vec<String>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, child) in map {
                prefix.push(Segment::Key(key.clone()));
                leaves(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Null => {}
        _ if prefix.is_empty() => {}
        _ => out.push(KeyPath(prefix.clone()).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn what_is_not_taken_is_reported_by_path() {
        let mut left = Leftovers::new(&json!({
            "auth": {"fernetKey": "k", "username": "admin"},
            "git": {"dags": {"enabled": true}},
            "extraEnv": [{"name": "A"}],
        }));
        assert_eq!(left.take("auth.fernetKey"), Some(json!("k")));
        assert_eq!(left.take("git.dags.enabled"), Some(json!(true)));
        assert_eq!(left.take("git.dags.enabled"), None);
        left.changed("auth.fernetKey", "moved to `fernetKey`");
        let report = left.finish();
        let found: Vec<(&str, &str)> = report
            .diagnostics()
            .iter()
            .map(|d| (d.code.as_str(), d.path.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("AV0902", "auth.fernetKey"),
                ("AV0901", "auth.username"),
                ("AV0901", "extraEnv"),
            ]
        );
    }

    #[test]
    fn migration_codes_are_documented() {
        for ((code, name, _), doc) in MIGRATION_DOCS {
            assert!(doc.starts_with(&format!("# {code} {name}\n")), "{code}");
        }
    }
}
