//! The generator of `src/official/key_table.rs`, the table of which chart
//! releases have which key and where a key changed between releases, and the
//! test that the committed table is what the upstream data gives today.
//!
//! After adding a release (its data under ../shared/charts/apache-airflow and
//! its row in `src/official/releases.rs`), rewrite the table with
//!
//! ```text
//! AIRFLOW_VALUES_UPDATE_CHART_KEYS=1 cargo test --test official_keys
//! ```

mod common;
#[path = "common/schema_paths.rs"]
mod schema_paths;

use std::collections::BTreeSet;
use std::fmt::Write as _;

use airflow_values::official::ChartVersion;
use schema_paths::{Leaf, Paths, default_paths, parent, paths_of, release_paths};
use serde_json::Value;

const TABLE: &str = "src/official/key_table.rs";

struct Release {
    version: ChartVersion,
    schema: Paths,
    keys: BTreeSet<String>,
    /// Every mapping key path its values.yaml sets, but below a subchart's key.
    defaults: BTreeSet<String>,
    /// Whether the top level takes keys the schema does not list.
    root_open: bool,
}

fn releases() -> Vec<Release> {
    ChartVersion::ALL
        .iter()
        .map(|&version| {
            let text = common::read_shared(&format!(
                "charts/apache-airflow/{version}/values.schema.json"
            ));
            let schema: Value = serde_json::from_str(&text).expect("upstream schema is JSON");
            let root_open = schema.get("additionalProperties") != Some(&Value::Bool(false));
            let schema = paths_of(&schema, &|_| false);
            let defaults = default_paths(&common::tree(&common::read_shared(&format!(
                "charts/apache-airflow/{version}/values.yaml"
            ))));
            let keys = release_paths(&schema, &defaults);
            // Helm merges a subchart's values keeping the user's nulls, so
            // below a dependency's key (`postgresql`) no null is dropped.
            let chart = common::tree(&common::read_shared(&format!(
                "charts/apache-airflow/{version}/Chart.yaml"
            )));
            let subcharts: Vec<String> = chart["dependencies"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|d| d["alias"].as_str().or_else(|| d["name"].as_str()))
                .map(|name| format!("{name}."))
                .collect();
            let defaults: BTreeSet<String> = defaults
                .into_iter()
                .filter(|p| !subcharts.iter().any(|s| p.starts_with(s.as_str())))
                .collect();
            Release {
                version,
                schema,
                keys,
                defaults,
                root_open,
            }
        })
        .collect()
}

fn variant(version: ChartVersion) -> String {
    format!("V{}", version.as_str().replace('.', "_"))
}

/// Runs of consecutive entries with the same value: (first, last, value).
fn runs<T: Clone + PartialEq>(items: &[(ChartVersion, T)]) -> Vec<(ChartVersion, ChartVersion, T)> {
    let mut out: Vec<(ChartVersion, ChartVersion, T)> = Vec::new();
    for (version, value) in items {
        match out.last_mut() {
            Some((_, last, v)) if v == value && next_of(*last) == Some(*version) => {
                *last = *version;
            }
            _ => out.push((*version, *version, value.clone())),
        }
    }
    out
}

fn next_of(version: ChartVersion) -> Option<ChartVersion> {
    let i = ChartVersion::ALL.iter().position(|v| *v == version)?;
    ChartVersion::ALL.get(i + 1).copied()
}

/// How a path's schema looks in one release, where that varies.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Kubernetes(String),
    Inline(Vec<String>, bool),
}

/// Rows of the fields each release's own copy of a Kubernetes definition
/// lacks, against the embedded one.
fn absent_kubernetes_fields() -> String {
    let embedded = common::embedded_kubernetes_definitions();
    let mut per_definition: std::collections::BTreeMap<String, Vec<(ChartVersion, Vec<String>)>> =
        Default::default();
    for &version in ChartVersion::ALL {
        let text = common::read_shared(&format!(
            "charts/apache-airflow/{version}/values.schema.json"
        ));
        let schema: Value = serde_json::from_str(&text).expect("upstream schema is JSON");
        let Some(definitions) = schema.get("definitions").and_then(Value::as_object) else {
            continue;
        };
        for (name, theirs) in definitions {
            let Some(ours) = common::embedded_for(&embedded, name) else {
                continue;
            };
            let theirs = common::field_names(theirs);
            let absent: Vec<String> = common::field_names(ours)
                .into_iter()
                .filter(|f| !theirs.contains(f))
                .collect();
            if !absent.is_empty() {
                per_definition
                    .entry(name.clone())
                    .or_default()
                    .push((version, absent));
            }
        }
    }
    let mut rows = String::new();
    for (name, releases) in per_definition {
        for (first, last, fields) in runs(&releases) {
            writeln!(
                rows,
                "    ({name:?}, {}, {}, &{fields:?}),",
                variant(first),
                variant(last)
            )
            .unwrap();
        }
    }
    rows
}

fn generate() -> String {
    let releases = releases();
    let all: BTreeSet<String> = releases.iter().flat_map(|r| r.keys.clone()).collect();
    let having = |path: &str| -> Vec<ChartVersion> {
        if path.is_empty() {
            return ChartVersion::ALL.to_vec();
        }
        releases
            .iter()
            .filter(|r| {
                // Below a key that only the values.yaml sets, the schema says
                // nothing: what the key holds is not checked.
                r.keys.contains(path)
                    || std::iter::successors(Some(parent(path)), |p| {
                        (!p.is_empty()).then(|| parent(p))
                    })
                    .any(|a| r.keys.contains(a) && !r.schema.contains_key(a))
            })
            .map(|r| r.version)
            .collect()
    };
    let mut spans = String::new();
    let mut facts = String::new();
    // Mappings that list their keys and take others too: Helm's schema
    // check lets an unknown key there through, and no template reads it.
    let mut open = String::new();
    let open_paths: BTreeSet<&String> = releases
        .iter()
        .flat_map(|r| r.schema.iter())
        .filter(|(_, l)| l.has_properties && l.open && !l.closed)
        .map(|(p, _)| p)
        .collect();
    let root = String::new();
    for path in std::iter::once(&root).chain(open_paths) {
        let marks: Vec<(ChartVersion, bool)> = releases
            .iter()
            .map(|r| {
                let is_open = if path.is_empty() {
                    r.root_open
                } else {
                    r.schema
                        .get(path)
                        .is_some_and(|l| l.has_properties && l.open && !l.closed)
                };
                (r.version, is_open)
            })
            .collect();
        for (first, last, is_open) in runs(&marks) {
            if is_open {
                writeln!(
                    open,
                    "    ({path:?}, {}, {}),",
                    variant(first),
                    variant(last)
                )
                .unwrap();
            }
        }
    }
    for path in &all {
        let here = having(path);
        // Keys under `postgresql` go to the bundled PostgreSQL subchart, which
        // takes them whatever the chart's own schema lists.
        let subchart = path.starts_with("postgresql.");
        if here != having(parent(path)) && !subchart {
            let marks: Vec<(ChartVersion, bool)> = ChartVersion::ALL
                .iter()
                .map(|v| (*v, here.contains(v)))
                .collect();
            for (first, last, present) in runs(&marks) {
                if present {
                    writeln!(
                        spans,
                        "    ({path:?}, {}, {}),",
                        variant(first),
                        variant(last)
                    )
                    .unwrap();
                }
            }
        }
        let leaves: Vec<(ChartVersion, &Leaf)> = releases
            .iter()
            .filter_map(|r| r.schema.get(path).map(|l| (r.version, l)))
            .collect();
        // A fact that varies between the releases: `None` where it does not
        // hold, else the text after its name.
        let mut fact = |name: &str, values: Vec<(ChartVersion, Option<String>)>| {
            let distinct: BTreeSet<&Option<String>> = values.iter().map(|(_, v)| v).collect();
            if distinct.len() < 2 {
                return;
            }
            for (first, last, value) in runs(&values) {
                if let Some(value) = value {
                    writeln!(
                        facts,
                        "    ({path:?}, {}, {}, {name}{value}),",
                        variant(first),
                        variant(last)
                    )
                    .unwrap();
                }
            }
        };
        let holds = |yes: bool| yes.then(String::new);
        fact(
            "Fact::Nullable",
            leaves
                .iter()
                .map(|(v, l)| (*v, holds(l.nullable())))
                .collect(),
        );
        fact(
            "Fact::Closed",
            leaves
                .iter()
                .filter(|(_, l)| l.has_properties)
                .map(|(v, l)| (*v, holds(l.closed)))
                .collect(),
        );
        let shapes: Vec<(ChartVersion, Shape)> = releases
            .iter()
            .filter_map(|r| {
                let leaf = r.schema.get(path)?;
                Some((
                    r.version,
                    match &leaf.kubernetes {
                        Some(name) => Shape::Kubernetes(name.clone()),
                        None => Shape::Inline(
                            r.schema
                                .keys()
                                .filter(|p| {
                                    parent(p) == path && !p.ends_with(".[]") && !p.ends_with(".*")
                                })
                                .map(|p| p[path.len() + 1..].to_owned())
                                .collect(),
                            leaf.closed,
                        ),
                    },
                ))
            })
            .collect();
        let kinds: BTreeSet<Option<&String>> = shapes
            .iter()
            .map(|(_, s)| match s {
                Shape::Kubernetes(n) => Some(n),
                Shape::Inline(..) => None,
            })
            .collect();
        if kinds.len() > 1 {
            for (first, last, shape) in runs(&shapes) {
                let text = match shape {
                    Shape::Kubernetes(name) => format!("Fact::Kubernetes({name:?})"),
                    Shape::Inline(keys, closed) => {
                        format!("Fact::Inline {{ keys: &{keys:?}, closed: {closed} }}")
                    }
                };
                writeln!(
                    facts,
                    "    ({path:?}, {}, {}, {text}),",
                    variant(first),
                    variant(last)
                )
                .unwrap();
            }
        } else {
            let types: Vec<(ChartVersion, Option<String>)> = leaves
                .iter()
                .map(|(v, l)| {
                    let list: Vec<String> = l.value_types().into_iter().collect();
                    (*v, Some(format!("(&{list:?})")))
                })
                .collect();
            fact("Fact::Types", types);
        }
    }
    // The keys each values.yaml sets: Helm drops a user's `null` there
    // before the schema check, and keeps it everywhere else.
    let mut defaults = String::new();
    let default_paths: BTreeSet<&String> = releases.iter().flat_map(|r| &r.defaults).collect();
    for path in default_paths {
        let marks: Vec<(ChartVersion, bool)> = releases
            .iter()
            .map(|r| (r.version, r.defaults.contains(path)))
            .collect();
        for (first, last, present) in runs(&marks) {
            if present {
                writeln!(
                    defaults,
                    "    ({path:?}, {}, {}),",
                    variant(first),
                    variant(last)
                )
                .unwrap();
            }
        }
    }
    let absent = absent_kubernetes_fields();
    format!(
        "//! Which chart releases have which key, and where a key changed between\n\
         //! releases. Generated by `tests/official_keys.rs` from each release's\n\
         //! values.schema.json and values.yaml; do not edit by hand, rewrite it with\n\
         //! `AIRFLOW_VALUES_UPDATE_CHART_KEYS=1 cargo test --test official_keys`.\n\
         \n\
         use super::ChartVersion::{{self, *}};\n\
         use super::keys::Fact;\n\
         \n\
         /// Key paths whose releases differ from those of the key they sit in:\n\
         /// (path, first release, last release); a key in several runs of releases\n\
         /// has one row per run. A key not listed has its parent's releases.\n\
         #[rustfmt::skip]\n\
         pub(super) const SPANS: &[(&str, ChartVersion, ChartVersion)] = &[\n{spans}];\n\
         \n\
         /// What changed about a key between the releases that have it:\n\
         /// (path, first release, last release, what holds in those releases).\n\
         #[rustfmt::skip]\n\
         pub(super) const FACTS: &[(&str, ChartVersion, ChartVersion, Fact)] = &[\n{facts}];\n\
         \n\
         /// Mappings whose upstream schema lists keys but takes others too (no\n\
         /// `additionalProperties: false`), `\"\"` being the top level: (path, first\n\
         /// release, last release). Helm lets an unknown key there through.\n\
         #[rustfmt::skip]\n\
         pub(super) const OPEN: &[(&str, ChartVersion, ChartVersion)] = &[\n{open}];\n\
         \n\
         /// Fields of the Kubernetes definitions the crate embeds (k8s-openapi's,\n\
         /// newer than any release's) that a release's own copy of the definition\n\
         /// does not have, so its schema refuses them: (definition, first release,\n\
         /// last release, fields).\n\
         #[rustfmt::skip]\n\
         pub(super) const ABSENT_KUBERNETES_FIELDS: &[(&str, ChartVersion, ChartVersion, &[&str])] = &[\n{absent}];\n\
         \n\
         /// The mapping key paths that each release's values.yaml sets (keys\n\
         /// joined by `.`, never inside a list): (path, first release, last\n\
         /// release), but below a subchart's key (`postgresql`), whose values Helm\n\
         /// merges keeping nulls. Helm drops a `null` from the user's values only\n\
         /// at these paths; anywhere else the `null` stays and the schema judges it.\n\
         #[rustfmt::skip]\n\
         pub(super) const DEFAULTS: &[(&str, ChartVersion, ChartVersion)] = &[\n{defaults}];\n"
    )
}

#[test]
fn committed_key_table_is_current() {
    let generated = generate();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(TABLE);
    if std::env::var_os("AIRFLOW_VALUES_UPDATE_CHART_KEYS").is_some() {
        std::fs::write(&path, &generated).expect("key table is writable");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{TABLE} is not what the upstream data gives; rewrite it with \
         AIRFLOW_VALUES_UPDATE_CHART_KEYS=1 cargo test --test official_keys and review the diff"
    );
}

#[test]
fn runs_join_consecutive_releases_only() {
    use ChartVersion as V;
    let items = [
        (V::V1_10_0, 1),
        (V::V1_11_0, 1),
        (V::V1_13_0, 1),
        (V::V1_13_1, 2),
    ];
    assert_eq!(
        runs(&items),
        [
            (V::V1_10_0, V::V1_11_0, 1),
            (V::V1_13_0, V::V1_13_0, 1),
            (V::V1_13_1, V::V1_13_1, 2)
        ]
    );
}
