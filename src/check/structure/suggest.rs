//! What to tell about an unknown key: the sibling it was probably meant to
//! be, or where a key of that name lives further down.

use super::issue::IssueKind;
use super::path::{KeyPath, Loc, to_path};
use super::schema::{is_hidden, property_maps};
use serde_json::{Map, Value};

use crate::findings::suggest::closest;
#[cfg(test)]
use crate::findings::suggest::ends_with_word;
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
    let suggestion = props
        .and_then(|props| closest(key, visible(root, props).map(|(name, _)| name)))
        .map(str::to_owned);
    let elsewhere = match props {
        Some(props) if suggestion.is_none() => elsewhere(root, props, key, &to_path(loc), fits),
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
