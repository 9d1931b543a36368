//! What to tell about an unknown key: the sibling it was probably meant to
//! be, or where a key of that name lives further down.

use super::issue::IssueKind;
use super::path::{KeyPath, Loc, to_path};
use super::schema::{is_hidden, property_maps};
use std::collections::HashMap;

use serde_json::{Map, Value};

#[cfg(test)]
use crate::findings::suggest::ends_with_word;
use crate::findings::suggest::{Candidate, closest, closest_among};
use crate::schemas::SchemaRoot;

/// How many other places [`IssueKind::UnknownKey::elsewhere`] lists at most.
const MAX_ELSEWHERE: usize = 3;

/// The issue for `key`, unknown in a mapping at `loc` whose schema lists
/// `props`: the closest visible sibling, or else where `key` exists below
/// with a schema that `fits` the kind of value written (a mapping is not
/// sent to a key that holds a number).
pub(super) fn unknown_key(
    root: SchemaRoot<'_>,
    props: Option<&Map<String, Value>>,
    key: &str,
    loc: Loc<'_, '_>,
    fits: &dyn Fn(&Value) -> bool,
) -> IssueKind {
    // The root's mapping is the largest, and the one most unknown keys sit
    // in: its names and what lies below them are indexed once a process.
    // Only a key of the top level asks for it: one deeper does not build it.
    let top = props
        .filter(|_| loc.is_none())
        .and_then(|props| TopIndex::of(root, props));
    let suggestion = match (props, top) {
        (_, Some(top)) => closest_among(key, &top.candidates),
        (Some(props), None) => closest(key, visible(root, props).map(|(name, _)| name)),
        (None, None) => None,
    }
    .map(str::to_owned);
    let elsewhere = match (props, top) {
        (_, Some(top)) if suggestion.is_none() => top.elsewhere(key, fits),
        (Some(props), None) if suggestion.is_none() => {
            elsewhere(root, props, key, &to_path(loc), fits)
        }
        _ => Vec::new(),
    };
    IssueKind::UnknownKey {
        suggestion,
        elsewhere,
    }
}

/// The properties a user may mean: neither version-marked nor forbidden.
fn visible<'s>(
    root: SchemaRoot<'s>,
    props: &'s Map<String, Value>,
) -> impl Iterator<Item = (&'s str, &'s Value)> {
    props
        .iter()
        .filter(move |(_, schema)| !is_hidden(root, schema))
        .map(|(name, schema)| (name.as_str(), schema))
}

/// Up to [`MAX_ELSEWHERE`] full paths, one then two mappings below `base`,
/// where the schema has a visible property named `key` that `fits`.
fn elsewhere(
    root: SchemaRoot<'_>,
    props: &Map<String, Value>,
    key: &str,
    base: &KeyPath,
    fits: &dyn Fn(&Value) -> bool,
) -> Vec<String> {
    let mut found = Vec::new();
    let mut note = |path: KeyPath| {
        let text = path.to_string();
        if found.len() < MAX_ELSEWHERE && !found.contains(&text) {
            found.push(text);
        }
    };
    let has_key = |schema: &Value| {
        maps(root, schema)
            .iter()
            .any(|m| m.get(key).is_some_and(|s| !is_hidden(root, s) && fits(s)))
    };
    for (name, schema) in visible(root, props) {
        if has_key(schema) {
            note(base.join(name).join(key));
        }
    }
    for (name, schema) in visible(root, props) {
        for inner in maps(root, schema) {
            for (inner_name, inner_schema) in visible(root, inner) {
                if has_key(inner_schema) {
                    note(base.join(name).join(inner_name).join(key));
                }
            }
        }
    }
    found
}

/// The top-level mapping of a compiled schema, indexed for [`unknown_key`]:
/// what [`visible`] and [`elsewhere`] find there, in the same order.
struct TopIndex {
    /// The address of the root's `properties`, to know a lookup is for them.
    props: usize,
    /// The visible top-level names, prepared for [`closest_among`].
    candidates: Vec<Candidate<'static>>,
    /// Key name → the places one and two mappings below the top where a
    /// visible property has that name (its parents' names and its schema),
    /// those one below first, each group in the order [`elsewhere`] visits.
    below: HashMap<&'static str, Vec<(Vec<&'static str>, &'static Value)>>,
}

impl TopIndex {
    /// The index when `props` are the top-level properties of a compiled
    /// schema.
    fn of(root: SchemaRoot<'_>, props: &Map<String, Value>) -> Option<&'static TopIndex> {
        root.derived(TopIndex::build)
            .filter(|top| top.props == std::ptr::from_ref(props) as usize)
    }

    fn build(root: SchemaRoot<'static>) -> TopIndex {
        let empty = Map::new();
        let props = root
            .top()
            .get("properties")
            .and_then(Value::as_object)
            .map_or(std::ptr::from_ref(&empty) as usize, |p| {
                std::ptr::from_ref(p) as usize
            });
        let Some(top) = root.top().get("properties").and_then(Value::as_object) else {
            return TopIndex {
                props,
                candidates: Vec::new(),
                below: HashMap::new(),
            };
        };
        let mut below: HashMap<&'static str, Vec<(Vec<&'static str>, &'static Value)>> =
            HashMap::new();
        let mut add = |parents: Vec<&'static str>, schema: &'static Value| {
            for map in maps(root, schema) {
                for (name, inner) in visible(root, map) {
                    below
                        .entry(name)
                        .or_default()
                        .push((parents.clone(), inner));
                }
            }
        };
        for (name, schema) in visible(root, top) {
            add(vec![name], schema);
        }
        for (name, schema) in visible(root, top) {
            for inner in maps(root, schema) {
                for (inner_name, inner_schema) in visible(root, inner) {
                    add(vec![name, inner_name], inner_schema);
                }
            }
        }
        TopIndex {
            props,
            candidates: visible(root, top)
                .map(|(name, _)| Candidate::new(name))
                .collect(),
            below,
        }
    }

    /// [`elsewhere`] for a key of the top-level mapping.
    fn elsewhere(&self, key: &str, fits: &dyn Fn(&Value) -> bool) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for (parents, schema) in self.below.get(key).into_iter().flatten() {
            if found.len() == MAX_ELSEWHERE {
                break;
            }
            if !fits(schema) {
                continue;
            }
            let path = parents
                .iter()
                .fold(KeyPath::default(), |path, name| path.join(name))
                .join(key)
                .to_string();
            if !found.contains(&path) {
                found.push(path);
            }
        }
        found
    }
}

fn maps<'s>(root: SchemaRoot<'s>, schema: &'s Value) -> Vec<&'s Map<String, Value>> {
    let mut all = Vec::new();
    property_maps(root, schema, 0, &mut |m| all.push(m));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOP: &[&str] = &[
        "scheduler",
        "webserver",
        "webserverSecretKey",
        "workers",
        "redis",
        "dags",
        "images",
        "executor",
        "tolerations",
        "nodeSelector",
        "securityContext",
        "securityContexts",
        "defaultAirflowTag",
        "apiServer",
    ];

    #[test]
    fn suggests_close_siblings() {
        let cases = [
            (
                "gitsync",
                &["gitSync", "repo", "branch"][..],
                Some("gitSync"),
            ),
            ("webServer", TOP, Some("webserver")),
            ("reids", TOP, Some("redis")),
            ("web", TOP, Some("webserver")),
            ("nodeselector", TOP, Some("nodeSelector")),
            ("tolerance", TOP, Some("tolerations")),
            ("toleration", TOP, Some("tolerations")),
            ("sheduler", TOP, Some("scheduler")),
            ("worker", TOP, Some("workers")),
            ("tg", &["tag", "digest"][..], Some("tag")),
            ("b", &["a", "c"][..], None),
            (
                "imagePullPolicy",
                &["repository", "tag", "digest", "pullPolicy"][..],
                Some("pullPolicy"),
            ),
            (
                "imagepullpolicy",
                &["repository", "tag", "digest", "pullPolicy"][..],
                Some("pullPolicy"),
            ),
            (
                "pullPolicy",
                &["image", "imagePullPolicy", "name"][..],
                Some("imagePullPolicy"),
            ),
            ("foo", TOP, None),
            ("serviceAccount", TOP, None),
            ("replicas", TOP, None),
            ("resources", TOP, None),
        ];
        for (key, candidates, want) in cases {
            assert_eq!(
                closest(key, candidates.iter().copied()),
                want,
                "key {key:?} among {candidates:?}"
            );
        }
    }

    /// The index of a compiled schema's top level answers as the walk over
    /// the schema does: the same places, in the same order, for every name
    /// it holds and for every kind of value.
    #[test]
    fn top_index_agrees_with_the_walk() {
        use crate::check::Chart;
        use crate::official::ChartVersion;
        let kinds: [&dyn Fn(&Value) -> bool; 3] = [
            &|_| true,
            &|s| s.get("type") == Some(&Value::from("boolean")),
            &|s| s.get("$ref").is_some() || s.get("properties").is_some(),
        ];
        let mut compared = 0;
        for version in [ChartVersion::V1_10_0, ChartVersion::V1_22_0] {
            let root = Chart::Official(version).schema_root();
            let props = root.top()["properties"].as_object().unwrap();
            let top = TopIndex::of(root, props).expect("compiled schemas are indexed");
            let walked: Vec<&str> = visible(root, props).map(|(name, _)| name).collect();
            let indexed: Vec<&str> = top.candidates.iter().map(Candidate::name).collect();
            assert_eq!(indexed, walked);
            let mut names: Vec<&str> = top.below.keys().copied().collect();
            names.sort_unstable();
            names.extend(["nope", "tag", "enabled", "resources", "repository"]);
            for name in names {
                for fits in kinds {
                    assert_eq!(
                        top.elsewhere(name, fits),
                        elsewhere(root, props, name, &KeyPath::default(), fits),
                        "{name} on {version}"
                    );
                    compared += 1;
                }
            }
            assert!(
                TopIndex::of(root, top_child(props)).is_none(),
                "only the top level is indexed"
            );
        }
        assert!(compared > 1000, "only {compared} names compared");
    }

    fn top_child(props: &Map<String, Value>) -> &Map<String, Value> {
        props
            .values()
            .find_map(|v| v.get("properties")?.as_object())
            .unwrap()
    }

    #[test]
    fn camel_suffix_must_be_unique_and_on_a_word() {
        let candidates = ["airflowPodAnnotations", "apiSecretAnnotations"];
        assert_eq!(closest("annotations", candidates.into_iter()), None);
        assert!(ends_with_word("imagePullPolicy", "pullPolicy"));
        assert!(ends_with_word("image_pull_policy", "pull_policy"));
        assert!(!ends_with_word("resources", "sources"));
        assert!(!ends_with_word("tag", "tag"));
    }
}
