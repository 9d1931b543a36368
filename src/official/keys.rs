//! The releases of each key and what changed about it between releases, as
//! the schema builder reads them from the generated table in `key_table.rs`.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::ChartVersion;
use super::key_table::{ABSENT_KUBERNETES_FIELDS, DEFAULTS, FACTS, OPEN, SPANS};

/// Something about a key that holds in some of the releases that have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fact {
    /// `null` is a value of the key (in the other releases it is not).
    Nullable,
    /// The mapping takes no keys but its own (in the other releases it is open).
    Closed,
    /// The key holds this Kubernetes object, by its definition name.
    Kubernetes(&'static str),
    /// The key holds a mapping spelled out by the chart with these keys only
    /// (a Kubernetes object cut down, such as `{name, value}` for an EnvVar).
    Inline {
        /// The keys of the mapping.
        keys: &'static [&'static str],
        /// Whether other keys are refused.
        closed: bool,
    },
    /// The key's JSON types.
    #[allow(
        dead_code,
        reason = "no modeled release changes a key's types; the generator writes this when one does"
    )]
    Types(&'static [&'static str]),
}

/// A run of consecutive releases, first and last included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub first: ChartVersion,
    pub last: ChartVersion,
}

impl Span {
    pub fn contains(self, version: ChartVersion) -> bool {
        self.first <= version && version <= self.last
    }
}

struct Index {
    spans: HashMap<&'static str, Vec<Span>>,
    facts: HashMap<&'static str, Vec<(Span, Fact)>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut spans: HashMap<&'static str, Vec<Span>> = HashMap::new();
        for &(path, first, last) in SPANS {
            spans.entry(path).or_default().push(Span { first, last });
        }
        let mut facts: HashMap<&'static str, Vec<(Span, Fact)>> = HashMap::new();
        for &(path, first, last, fact) in FACTS {
            facts
                .entry(path)
                .or_default()
                .push((Span { first, last }, fact));
        }
        Index { spans, facts }
    })
}

/// The runs of releases that have the key at `path` (`a.b`, `a.[]`, `a.*`),
/// or `None` when it has the releases of the key it sits in.
pub(crate) fn spans(path: &str) -> Option<&'static [Span]> {
    index().spans.get(path).map(Vec::as_slice)
}

/// The modeled releases in `spans`.
pub(crate) fn releases_in(spans: &[Span]) -> impl Iterator<Item = ChartVersion> + '_ {
    ChartVersion::ALL
        .iter()
        .copied()
        .filter(|v| spans.iter().any(|s| s.contains(*v)))
}

/// Whether chart `version` has the key at `path` (keys joined by `.`, as
/// `createUserJob.defaultUser`) and every key above it.
pub(crate) fn has_key(version: ChartVersion, path: &str) -> bool {
    path.match_indices('.')
        .map(|(at, _)| &path[..at])
        .chain(std::iter::once(path))
        .all(|prefix| {
            let rows = rows(SPANS, prefix);
            rows.is_empty()
                || rows
                    .iter()
                    .any(|&(_, first, last)| Span { first, last }.contains(version))
        })
}

/// The rows of `table` about `path`. The generated tables are sorted by
/// path (a test checks it), so a check run looks keys up without building
/// an index first.
fn rows<T: Row>(table: &'static [T], path: &str) -> &'static [T] {
    let start = table.partition_point(|row| row.path() < path);
    let rest = table.get(start..).unwrap_or_default();
    let len = rest.partition_point(|row| row.path() == path);
    rest.get(..len).unwrap_or_default()
}

/// A row of a generated table, led by its key path.
trait Row {
    fn path(&self) -> &'static str;
}

impl Row for (&'static str, ChartVersion, ChartVersion) {
    fn path(&self) -> &'static str {
        self.0
    }
}

/// Whether the values.yaml of chart `version` sets the key at `path` (keys
/// joined by `.`, the top level's first), whatever it sets it to: where it
/// does, Helm drops a user's `null` for the key (the default goes too);
/// where it does not, the `null` stays in the values the schema checks.
pub(crate) fn has_default(version: ChartVersion, path: &str) -> bool {
    rows(DEFAULTS, path)
        .iter()
        .any(|&(_, first, last)| Span { first, last }.contains(version))
}

/// Whether the upstream schema of chart `version` lists the keys of the
/// mapping at `path` (`""` for the top level, `a.[].b` below list items) but
/// takes other keys too, so that Helm lets an unknown key there through.
pub(crate) fn open_upstream(version: ChartVersion, path: &str) -> bool {
    OPEN.iter()
        .any(|&(p, first, last)| p == path && Span { first, last }.contains(version))
}

/// The fields of the embedded Kubernetes definition `name` that chart
/// `version`'s own copy of it does not have (a field Kubernetes added after
/// the chart was made, such as `HPAScalingRules.tolerance`).
pub(crate) fn absent_kubernetes_fields(
    name: &str,
    version: ChartVersion,
) -> impl Iterator<Item = &'static str> {
    ABSENT_KUBERNETES_FIELDS
        .iter()
        .filter(move |(definition, first, last, _)| {
            *definition == name
                && Span {
                    first: *first,
                    last: *last,
                }
                .contains(version)
        })
        .flat_map(|(_, _, _, fields)| fields.iter().copied())
}

/// Everything the table says changed about the key at `path`.
pub(crate) fn facts(path: &str) -> &'static [(Span, Fact)] {
    index().facts.get(path).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_run_forwards() {
        for &(path, first, last) in SPANS {
            assert!(first <= last, "{path}");
        }
        for &(path, first, last, _) in FACTS {
            assert!(first <= last, "{path}");
        }
        for &(name, first, last, _) in ABSENT_KUBERNETES_FIELDS {
            assert!(first <= last, "{name}");
        }
        for &(path, first, last) in OPEN {
            assert!(first <= last, "{path}");
        }
        for &(path, first, last) in DEFAULTS {
            assert!(first <= last, "{path}");
        }
    }

    #[test]
    fn user_default_of_webserver_moves_out_of_values_yaml_in_1_19_0() {
        use ChartVersion::{V1_10_0, V1_18_0, V1_19_0, V1_22_0};
        for version in [V1_10_0, V1_18_0] {
            assert!(has_default(version, "webserver.defaultUser"), "{version}");
            assert!(
                has_default(version, "webserver.defaultUser.role"),
                "{version}"
            );
        }
        for version in [V1_19_0, V1_22_0] {
            assert!(!has_default(version, "webserver.defaultUser"), "{version}");
            assert!(
                has_default(version, "createUserJob.defaultUser"),
                "{version}"
            );
        }
        // A key of the top level, and none below a mapping left empty.
        assert!(has_default(V1_22_0, "scheduler"));
        assert!(!has_default(V1_22_0, "scheduler.affinity.nodeAffinity"));
    }

    #[test]
    fn the_tables_looked_up_by_path_are_sorted_by_path() {
        for (name, table) in [("SPANS", SPANS), ("DEFAULTS", DEFAULTS)] {
            let unsorted = table.windows(2).find(|pair| pair[0].0 > pair[1].0);
            assert_eq!(unsorted, None, "{name} is not sorted by path");
        }
        assert_eq!(rows(SPANS, "apiServer").len(), 1);
        assert!(rows(SPANS, "scheduler").is_empty());
        assert!(rows(DEFAULTS, "").is_empty());
    }

    #[test]
    fn top_level_is_open_and_scheduler_closed() {
        for &version in ChartVersion::ALL {
            assert!(open_upstream(version, ""), "{version}");
            assert!(!open_upstream(version, "scheduler"), "{version}");
        }
    }

    #[test]
    fn api_server_exists_from_1_16_on() {
        let api_server = spans("apiServer").expect("apiServer has its own releases");
        let releases: Vec<_> = releases_in(api_server).collect();
        assert_eq!(releases.first(), Some(&ChartVersion::V1_16_0));
        assert_eq!(releases.last(), Some(&ChartVersion::LATEST));
        assert!(spans("scheduler").is_none());
        assert!(has_key(
            ChartVersion::V1_18_0,
            "apiServer.defaultUser.enabled"
        ));
        assert!(!has_key(
            ChartVersion::V1_19_0,
            "apiServer.defaultUser.enabled"
        ));
        assert!(!has_key(ChartVersion::V1_15_0, "apiServer.replicas"));
        assert!(has_key(ChartVersion::V1_15_0, "scheduler.replicas"));
    }

    #[test]
    fn no_release_has_the_hpa_tolerance() {
        for &version in ChartVersion::ALL {
            let name = if version < ChartVersion::V1_15_0 {
                "io.k8s.api.autoscaling.v2beta2.HPAScalingRules"
            } else {
                "io.k8s.api.autoscaling.v2.HPAScalingRules"
            };
            let absent: Vec<_> = absent_kubernetes_fields(name, version).collect();
            assert_eq!(absent, ["tolerance"], "{version}");
        }
    }
}
