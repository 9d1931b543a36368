//! What to tell about an unknown key: the sibling it was probably meant to
//! be, or where a key of that name lives further down.

use super::issue::IssueKind;
use super::path::{KeyPath, Loc, to_path};
use super::schema::{is_hidden, property_maps};
use serde_json::{Map, Value};

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

/// The candidate `key` was most likely meant to be, if any is close:
///
/// 1. equal ignoring case (`webServer` → `webserver`);
/// 2. `key`, at least 3 characters, starts a candidate, ignoring case: the
///    shortest such candidate (`web` → `webserver`);
/// 3. one ends with the other at a camelCase word (`imagePullPolicy` →
///    `pullPolicy`), when exactly one candidate does;
/// 4. Damerau-Levenshtein distance, ignoring case, at most a third of the
///    key's length or 1, and less than the length of either (`reids` →
///    `redis`, `tg` → `tag`, but not `b` → `a`);
/// 5. Jaro-Winkler similarity, ignoring case, of at least 0.88 for keys of
///    4 characters or more (`tolerance` → `tolerations`).
pub(crate) fn closest<'a>(key: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = key.to_lowercase();
    let candidates: Vec<(&str, String)> = candidates
        .filter(|name| *name != key)
        .map(|name| (name, name.to_lowercase()))
        .collect();
    if let Some((name, _)) = candidates.iter().find(|(_, l)| *l == lower) {
        return Some(name);
    }
    let len = lower.chars().count();
    if len >= 3
        && let Some((name, _)) = candidates
            .iter()
            .filter(|(_, l)| l.starts_with(&lower))
            .min_by_key(|(_, l)| l.len())
    {
        return Some(name);
    }
    let mut words = candidates
        .iter()
        .filter(|(name, _)| ends_with_word(key, name) || ends_with_word(name, key));
    if let (Some((name, _)), None) = (words.next(), words.next()) {
        return Some(name);
    }
    let limit = (len / 3).max(1);
    let by_distance = candidates
        .iter()
        .filter_map(|(name, l)| {
            let distance = strsim::damerau_levenshtein(&lower, l);
            let shorter = len.min(l.chars().count());
            (distance <= limit && distance < shorter)
                .then(|| (distance, strsim::jaro_winkler(&lower, l), *name))
        })
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    if let Some((_, _, name)) = by_distance {
        return Some(name);
    }
    if len < 4 {
        return None;
    }
    candidates
        .iter()
        .map(|(name, l)| (strsim::jaro_winkler(&lower, l), *name))
        .filter(|(similarity, _)| *similarity >= 0.88)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

/// Whether `long` ends with `short` (3 or more characters), ignoring case,
/// where a camelCase, `_` or `-` word of `long` starts.
fn ends_with_word(long: &str, short: &str) -> bool {
    if short.len() < 3 || long.len() <= short.len() || !long.is_ascii() || !short.is_ascii() {
        return false;
    }
    let split = long.len() - short.len();
    let bytes = long.as_bytes();
    long[split..].eq_ignore_ascii_case(short)
        && (bytes[split].is_ascii_uppercase() || matches!(bytes[split - 1], b'_' | b'-'))
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
