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
//! Both converters have one shape (`SourceChart`): a source chart provides
//! only its mapping, from the source tree to the official values as a tree;
//! the steps around it are written once here. The bookkeeping is
//! structural: the mapping takes values out of the source tree as it uses
//! them (`Leftovers::take`), and every leaf left at the end becomes an
//! `AV0901` warning, so a key the mapping forgot is reported rather than
//! lost. The official tree is then walked against the target release's
//! schema (what does not fit is left out, as `AV0901`) and read back through
//! the official reader. [`from_yaml`] adds what a file brings: the keys the
//! source chart does not have (`AV0901`, with the check's did-you-mean),
//! the positions of findings, and the comments of keys that move one to one.

use serde_json::Value;

use crate::check::structure::{KeyPath, Segment};
use crate::check::{Chart, Code, Diagnostic, Report, Severity};
use crate::official;

#[cfg(feature = "bitnami")]
mod bitnami;
#[cfg_attr(
    not(any(feature = "bitnami", feature = "community")),
    allow(dead_code, reason = "only the dialects' converters use it")
)]
mod comments;
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
    /// The source keys moved one to one: (source path, official path).
    #[cfg_attr(
        not(any(feature = "bitnami", feature = "community")),
        allow(dead_code, reason = "only `from_yaml` reads them")
    )]
    moves: Vec<(String, String)>,
    /// The source comments to write at official keys (from [`from_yaml`]).
    comments: Vec<comments::Carried>,
}

impl Migration {
    /// The migrated values as YAML, with the comments of the source file
    /// where a key moved one to one (see [`from_yaml`]); the same as
    /// [`official::Values::to_yaml`] for a migration made from typed values.
    ///
    /// # Errors
    /// [`YamlError`](crate::yaml::YamlError) if serialization fails, which
    /// the types here do not cause.
    pub fn to_yaml(&self) -> Result<String, crate::yaml::YamlError> {
        let yaml = self.values.to_yaml()?;
        Ok(comments::write(&yaml, &self.comments))
    }

    /// How many source keys were not carried over (`AV0901`).
    #[must_use]
    pub fn not_migrated(&self) -> usize {
        self.report
            .diagnostics()
            .iter()
            .filter(|d| d.code == NOT_MIGRATED.0)
            .count()
    }
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
    /// The file is not YAML, or its document is not a mapping of keys; the
    /// report has the errors, placed at their lines.
    #[error(
        "the file cannot be read as {chart} chart values ({} errors): it is not YAML, or not a \
         mapping of keys; fix that first (`airflow-values check --chart {}` shows where)",
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

/// One source chart's mapping onto the official chart: all that a dialect
/// provides to [`convert`].
#[cfg(any(feature = "bitnami", feature = "community"))]
pub(crate) trait SourceChart {
    /// The source chart's typed values.
    type Values: serde::Serialize;

    /// Reads the source chart's typed values from a tree that passed its
    /// structural walk.
    ///
    /// # Errors
    ///
    /// When the tree does not fit the typed model.
    fn read(tree: &Value) -> Result<Self::Values, crate::yaml::TreeError>;

    /// Carries over what the mapping understands of `values` for the
    /// official chart `to`: each source value it uses is taken out of `left`
    /// (with a note when it changes on the way, `AV0902`, or a person has to
    /// decide, `AV0903`); the official values come back as a tree.
    fn map(values: &Self::Values, left: &mut Leftovers, to: official::ChartVersion) -> Value;
}

/// Migrates `values` of the source chart `S` to the official chart `to`:
/// the steps every source chart shares around its [`SourceChart::map`].
#[cfg(any(feature = "bitnami", feature = "community"))]
pub(crate) fn convert<S: SourceChart>(values: &S::Values, to: official::ChartVersion) -> Migration {
    let mut left = Leftovers::new(values);
    let tree = S::map(values, &mut left, to);
    read_official(tree, left, to)
}

/// Reads the typed source values from `tree` and migrates them.
#[cfg(any(feature = "bitnami", feature = "community"))]
fn convert_tree<S: SourceChart>(
    tree: &Value,
    to: official::ChartVersion,
) -> Result<Migration, crate::yaml::TreeError> {
    S::read(tree).map(|values| convert::<S>(&values, to))
}

/// The official values of a mapped `tree`, with the report of `left`: what
/// does not fit the chart `to` (a key an older release lacks, say) is
/// reported as `AV0901` and left out, so that the rest still carries over,
/// and the tree is read as [`official::Values`].
#[cfg(any(feature = "bitnami", feature = "community"))]
fn read_official(mut tree: Value, mut left: Leftovers, to: official::ChartVersion) -> Migration {
    let issues =
        crate::check::structure::walk(crate::check::Chart::Official(to).schema_root(), &tree);
    let mut unfit = false;
    for issue in &issues {
        unfit |= !issue.path.remove_from(&mut tree);
        let d = crate::check::structure::to_diagnostic(issue, to.as_str());
        left.dropped(
            d.path.clone(),
            format!(
                "the converted value does not fit the official chart {to}: {}",
                d.message
            ),
            "set it by hand",
        );
    }
    let values = if !unfit {
        official::Values::from_checked_tree(&tree).map_err(|e| e.message)
    } else {
        Err("the converted values do not fit the official schema".to_owned())
    };
    let mut values = match values {
        Ok(values) => values,
        Err(message) => {
            left.dropped(
                "",
                format!("the converted values could not be read: {message}"),
                "report this as a bug",
            );
            official::Values::default()
        }
    };
    values.chart_version = to;
    left.finish(values)
}

/// How many values that do not fit the source model's types are taken out
/// one after another before the migration gives up.
#[cfg(any(feature = "bitnami", feature = "community"))]
const MAX_UNFIT: usize = 256;

/// Migrates a values file of the Bitnami or the community chart to the
/// official chart's `to` version.
///
/// Everything the converter understands is migrated. The file is checked
/// against its own chart first: each key the chart does not have (a typo, a
/// key of another chart) and each value of the wrong type is left out and
/// reported as not migrated (`AV0901`), with the check's message and its
/// did-you-mean. Findings of the source chart's rules (a password in plain
/// text, say) do not stop anything: they are what a migration fixes. Each
/// diagnostic of the result is placed at its key's line in the file.
///
/// The comments of the file go with the keys that move one to one: the
/// block of comment lines right above such a key and the comment at the end
/// of its line are written above and after the official key by
/// [`Migration::to_yaml`]. Comments of keys that are not carried over are
/// dropped (their `AV0901` names the line).
///
/// # Errors
/// [`MigrateError::AlreadyOfficial`] when `from` is the official chart;
/// [`MigrateError::Unreadable`] when the text is not YAML or its document is
/// not a mapping.
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
    let unreadable = || MigrateError::Unreadable {
        chart: from,
        report: Report::new(
            checked
                .errors()
                .filter(|d| d.code.area().blocks_reading())
                .cloned()
                .collect(),
        ),
    };
    let document = crate::yaml::read_document(source.bytes()).map_err(|_| unreadable())?;
    if !document.tree.is_object() {
        return Err(unreadable());
    }
    // Keys the source chart does not have, and values of the wrong type:
    // reported, and taken out so that the rest reads.
    let mut tree = document.tree.clone();
    let mut unfit: Vec<(KeyPath, Diagnostic)> = checked
        .errors()
        .filter(|d| d.code.area() == crate::check::Area::Structure)
        .map(|d| (d.path.clone(), d.clone()))
        .collect();
    if unfit.iter().any(|(path, _)| path.is_root()) {
        return Err(unreadable());
    }
    // Deepest and last first, so that taking an item out of a list does not
    // move the items still to be taken.
    unfit.sort_by(|a, b| compare_paths(&b.0, &a.0));
    for (path, _) in &unfit {
        remove_at(&mut tree, path);
    }
    let mut notes: Vec<Diagnostic> = unfit
        .iter()
        .map(|(_, d)| not_migrated_as_unfit(d, from))
        .collect();
    let migration = loop {
        let read = match from {
            Chart::Official(_) => return Err(MigrateError::AlreadyOfficial { chart: from }),
            #[cfg(feature = "bitnami")]
            Chart::Bitnami => convert_tree::<bitnami::Bitnami>(&tree, to),
            #[cfg(feature = "community")]
            Chart::Community => convert_tree::<community::Community>(&tree, to),
        };
        match read {
            Ok(migration) => break migration,
            // A value that passes the structural walk but not its typed
            // reading (a malformed digest, say): left out the same way.
            Err(error) => {
                if error.path.is_root()
                    || notes.len() >= MAX_UNFIT
                    || !remove_at(&mut tree, &error.path)
                {
                    return Err(MigrateError::Unreadable {
                        chart: from,
                        report: Report::new(vec![crate::check::structure::unreadable_value(
                            &error,
                        )]),
                    });
                }
                let d = crate::check::structure::unreadable_value(&error);
                notes.push(not_migrated_as_unfit(&d, from));
            }
        }
    };
    let mut all = notes;
    all.extend(migration.report.diagnostics().iter().cloned());
    let mut placed: Vec<Diagnostic> = all
        .into_iter()
        .map(|mut d| {
            // The key itself, else the nearest ancestor the file writes.
            d.location = (0..=d.path.0.len()).rev().find_map(|n| {
                let span = document.positions.key(&KeyPath(d.path.0[..n].to_vec()))?;
                Some(crate::check::Location::new(
                    source.name(),
                    span.line,
                    span.column,
                ))
            });
            d
        })
        .collect();
    // In the order of the file, as a reader goes through it.
    placed.sort_by_key(|d| {
        d.location
            .as_ref()
            .map_or((usize::MAX, usize::MAX), |l| (l.line, l.column))
    });
    let comments = comments::collect(&document, &migration.moves);
    Ok(Migration {
        values: migration.values,
        report: Report::new(placed),
        moves: migration.moves,
        comments,
    })
}

/// The `AV0901` note of a key that does not fit the source chart, from the
/// check's finding about it (whose help holds the did-you-mean).
#[cfg(any(feature = "bitnami", feature = "community"))]
fn not_migrated_as_unfit(finding: &Diagnostic, from: Chart) -> Diagnostic {
    // The check's words about what Helm does with it concern the source
    // chart, not the migration.
    let what = finding
        .message
        .split_once("; Helm takes it")
        .map_or(finding.message.as_str(), |(what, _)| what);
    let mut note = Diagnostic::new(
        NOT_MIGRATED,
        finding.path.clone(),
        format!(
            "not carried over: it does not fit the {from} chart ({}: {what})",
            finding.code
        ),
        Some(match &finding.help {
            Some(help) => {
                format!("{help} (then migrate again, or set it in the official values by hand)")
            }
            None => {
                "fix it in the source and migrate again, or set it in the official values by hand"
                    .to_owned()
            }
        }),
    );
    note.suggestion.clone_from(&finding.suggestion);
    note
}

/// Orders paths segment by segment, list indices by number.
#[cfg(any(feature = "bitnami", feature = "community"))]
fn compare_paths(a: &KeyPath, b: &KeyPath) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    for (x, y) in a.0.iter().zip(&b.0) {
        let order = match (x, y) {
            (Segment::Key(x), Segment::Key(y)) => x.cmp(y),
            (Segment::Index(x), Segment::Index(y)) => x.cmp(y),
            (Segment::Key(_), Segment::Index(_)) => Ordering::Less,
            (Segment::Index(_), Segment::Key(_)) => Ordering::Greater,
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    a.0.len().cmp(&b.0.len())
}

/// Removes the key or list item at `path` from `tree`; whether it was there.
#[cfg(any(feature = "bitnami", feature = "community"))]
fn remove_at(tree: &mut Value, path: &KeyPath) -> bool {
    let Some((last, parents)) = path.0.split_last() else {
        return false;
    };
    let mut node = tree;
    for segment in parents {
        let next = match segment {
            Segment::Key(key) => node.as_object_mut().and_then(|m| m.get_mut(key)),
            Segment::Index(index) => node.as_array_mut().and_then(|a| a.get_mut(*index)),
        };
        match next {
            Some(child) => node = child,
            None => return false,
        }
    }
    match (last, node) {
        (Segment::Key(key), Value::Object(map)) => map.remove(key).is_some(),
        (Segment::Index(index), Value::Array(items)) if *index < items.len() => {
            items.remove(*index);
            true
        }
        _ => false,
    }
}

/// `AV0901`: a key of the source chart that has no place in the official chart.
pub(crate) const NOT_MIGRATED: (Code, &str, Severity) =
    (Code::new("AV0901"), "not-migrated", Severity::Warning);
/// `AV0902`: a value carried over, but changed or moved on the way.
pub(crate) const MIGRATED_WITH_CHANGE: (Code, &str, Severity) =
    (Code::new("AV0902"), "migrated-with-change", Severity::Note);

/// `AV0903`: the source values say something the official chart refuses,
/// which a person has to decide.
pub(crate) const NEEDS_A_PERSON: (Code, &str, Severity) = (
    Code::new("AV0903"),
    "migration-needs-a-person",
    Severity::Error,
);

/// The documentation of the migration codes, for `explain`.
pub(crate) static MIGRATION_DOCS: &[((Code, &str, Severity), &str)] = &[
    (NOT_MIGRATED, include_str!("docs/AV0901.md")),
    (MIGRATED_WITH_CHANGE, include_str!("docs/AV0902.md")),
    (NEEDS_A_PERSON, include_str!("docs/AV0903.md")),
];

/// A path of the source chart's values as a converter names it: a
/// [`KeyPath`], or for the source chart's own keys, which hold no dot or
/// bracket, its text (`auth.fernetKey`, `dags.repositories[0].name`).
#[cfg_attr(
    not(any(feature = "bitnami", feature = "community")),
    allow(dead_code, reason = "only the dialects' converters use it")
)]
pub(crate) trait SourcePath {
    /// The path as segments.
    fn key_path(self) -> KeyPath;
}

impl SourcePath for KeyPath {
    fn key_path(self) -> KeyPath {
        self
    }
}

impl SourcePath for &str {
    fn key_path(self) -> KeyPath {
        crate::yaml::parse_path(self)
    }
}

impl SourcePath for String {
    fn key_path(self) -> KeyPath {
        crate::yaml::parse_path(&self)
    }
}

impl SourcePath for &String {
    fn key_path(self) -> KeyPath {
        crate::yaml::parse_path(self)
    }
}

/// The source values as a tree, from which a converter takes what it carries
/// over; what is left at the end is reported as not migrated.
///
/// ```text
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
    moves: Vec<(String, String)>,
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
            moves: Vec::new(),
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

    /// Records that the value at the source path `from` became the official
    /// key `to` one to one, so that its comments go with it.
    pub(crate) fn moved(&mut self, from: impl Into<String>, to: impl Into<String>) {
        self.moves.push((from.into(), to.into()));
    }

    /// Reports a value carried over with a change (`AV0902`) at its source path.
    pub(crate) fn changed(&mut self, path: impl SourcePath, message: impl Into<String>) {
        self.notes.push(Diagnostic::new(
            MIGRATED_WITH_CHANGE,
            path.key_path(),
            message,
            None,
        ));
    }

    /// Reports what the official chart will refuse until a person decides
    /// it (`AV0903`, an error), at the source path that says it.
    #[cfg_attr(
        not(feature = "bitnami"),
        allow(dead_code, reason = "only the Bitnami converter needs it so far")
    )]
    pub(crate) fn needs_a_person(
        &mut self,
        path: impl SourcePath,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.notes.push(Diagnostic::new(
            NEEDS_A_PERSON,
            path.key_path(),
            message,
            Some(help.into()),
        ));
    }

    /// Reports a value that cannot be carried over (`AV0901`), with why and
    /// what to do instead. Use it for values taken out of the tree; whatever
    /// is still in the tree at the end is reported by [`Leftovers::finish`].
    pub(crate) fn dropped(
        &mut self,
        path: impl SourcePath,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.notes.push(Diagnostic::new(
            NOT_MIGRATED,
            path.key_path(),
            message,
            Some(help.into()),
        ));
    }

    /// The migration to `values`, with its report: the notes made on the way,
    /// and one `AV0901` for every leaf (a scalar, a list, or an empty
    /// mapping) still left in the tree.
    pub(crate) fn finish(mut self, values: official::Values) -> Migration {
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
        // By the paths' text, the order the report has always had.
        self.notes.sort_by_cached_key(|d| d.path.to_string());
        Migration {
            values,
            report: Report::new(self.notes),
            moves: self.moves,
            comments: Vec::new(),
        }
    }
}

/// The key paths of the leaves under `value`.
fn leaves(value: &Value, prefix: &mut Vec<Segment>, out: &mut Vec<KeyPath>) {
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
        _ => out.push(KeyPath(prefix.clone())),
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
        let report = left.finish(official::Values::default()).report;
        let found: Vec<(&str, String)> = report
            .diagnostics()
            .iter()
            .map(|d| (d.code.as_str(), d.path.to_string()))
            .collect();
        let want = [
            ("AV0902", "auth.fernetKey"),
            ("AV0901", "auth.username"),
            ("AV0901", "extraEnv"),
        ]
        .map(|(code, path)| (code, path.to_owned()));
        assert_eq!(found, want);
    }

    /// A source chart whose mapping carries `executor` over and adds a key
    /// the official chart does not have (and, for 1.15.0, one it lacks).
    #[cfg(any(feature = "bitnami", feature = "community"))]
    struct Sketch;

    #[cfg(any(feature = "bitnami", feature = "community"))]
    impl SourceChart for Sketch {
        type Values = Value;

        fn read(tree: &Value) -> Result<Value, crate::yaml::TreeError> {
            Ok(tree.clone())
        }

        fn map(_: &Value, left: &mut Leftovers, to: official::ChartVersion) -> Value {
            let executor = left.take("executor").unwrap_or(Value::Null);
            left.moved("executor", "executor");
            let mut tree = json!({"executor": executor, "noSuchKey": 1});
            // A key of newer releases only.
            if !to.defaults_to_airflow_3() {
                tree["apiServer"] = json!({"replicas": 2});
            }
            tree
        }
    }

    #[cfg(any(feature = "bitnami", feature = "community"))]
    #[test]
    fn the_shared_steps_fit_the_tree_to_the_release_and_read_it_back() {
        use official::ChartVersion;
        let source = json!({"executor": "KubernetesExecutor", "left": {"over": true}});
        for (to, newer) in [
            (ChartVersion::V1_22_0, None),
            (ChartVersion::V1_15_0, Some("apiServer")),
        ] {
            let migration = convert::<Sketch>(&source, to);
            assert_eq!(migration.values.chart_version, to);
            assert_eq!(
                migration.values.to_yaml().unwrap(),
                "executor: KubernetesExecutor\n",
                "{to}"
            );
            let found: Vec<(&str, String)> = migration
                .report
                .diagnostics()
                .iter()
                .map(|d| (d.code.as_str(), d.path.to_string()))
                .collect();
            let mut want = vec![("AV0901", "left.over"), ("AV0901", "noSuchKey")];
            want.extend(newer.map(|key| ("AV0901", key)));
            want.sort_unstable_by_key(|(_, path)| *path);
            let want: Vec<(&str, String)> = want
                .into_iter()
                .map(|(code, path)| (code, path.to_owned()))
                .collect();
            assert_eq!(found, want, "{to}");
            let unfit = migration
                .report
                .diagnostics()
                .iter()
                .find(|d| d.path.to_string() == "noSuchKey")
                .map(|d| d.message.clone());
            assert_eq!(
                unfit,
                Some(format!(
                    "the converted value does not fit the official chart {to}: \
                     `noSuchKey` is not a key of the chart"
                ))
            );
            assert_eq!(
                migration.moves,
                [("executor".to_owned(), "executor".to_owned())]
            );
        }
    }

    #[test]
    fn migration_codes_are_documented() {
        for ((code, name, _), doc) in MIGRATION_DOCS {
            assert!(doc.starts_with(&format!("# {code} {name}\n")), "{code}");
        }
    }
}
