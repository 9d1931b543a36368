//! The AV01 codes of structural issues, their messages and their docs.

use super::issue::{IssueKind, StructureIssue};
use super::path::{KeyPath, Segment};
use crate::check::{Chart, Code, Diagnostic, Severity};
use crate::edit::Edit;
use crate::official::ChartVersion;
use crate::yaml::TreeError;
use serde_json::Value;

const UNKNOWN_KEY: (Code, &str) = (Code::new("AV0101"), "unknown-key");
/// An unknown key where the chart takes any key: Helm renders, the key is lost.
const IGNORED_KEY: (Code, &str) = (Code::new("AV0110"), "ignored-key");
const WRONG_TYPE: (Code, &str) = (Code::new("AV0102"), "wrong-type");
/// Shared with the rule of the same code, which finds the keys the typed model knows.
const NOT_IN_VERSION: (Code, &str) = (Code::new("AV0103"), "key-not-in-chart-version");
const NOT_ALLOWED: (Code, &str) = (Code::new("AV0105"), "value-not-allowed");
/// A key of other releases where the target release takes any key: Helm
/// renders, the key is lost (AV0103 is the same key where Helm refuses it).
const IGNORED_RELEASE_KEY: (Code, &str) = (Code::new("AV0111"), "ignored-key-of-other-release");

/// The message and help of a key that the target release does not have,
/// from the releases that have it (`versions`, oldest first, as the schema
/// lists them): "exists from chart 1.16.0 on", "removed after chart 1.15.0".
fn not_in_version(at: &str, versions: &[String], target: &str) -> (String, String) {
    let all: Vec<&str> = ChartVersion::ALL.iter().map(|v| v.as_str()).collect();
    let index = |name: &str| all.iter().position(|a| *a == name);
    let positions: Option<Vec<usize>> = versions.iter().map(|v| index(v)).collect();
    let run = positions
        .as_deref()
        .filter(|p| !p.is_empty() && p.windows(2).all(|w| w[1] == w[0] + 1))
        .map(|p| (p[0], p[p.len() - 1]));
    let Some((first, last)) = run else {
        return (
            format!(
                "{at} exists in chart {}; this file targets {target}",
                join(versions, "and")
            ),
            format!("remove it, or target chart {}", join(versions, "or")),
        );
    };
    let (first, last) = (all[first], all[last]);
    let newest = ChartVersion::LATEST.as_str();
    let message = if last == newest {
        format!("{at} exists from chart {first} on; this file targets {target}")
    } else if first == all[0] {
        format!("{at} was removed after chart {last}; this file targets {target}")
    } else if first == last {
        format!("{at} exists in chart {first} only; this file targets {target}")
    } else {
        format!("{at} exists in charts {first} to {last}; this file targets {target}")
    };
    let help = if index(target).is_some_and(|t| index(first).is_some_and(|f| t < f)) {
        format!("remove it, or target chart {first} or later")
    } else if first == last {
        format!("remove it, or target chart {first}")
    } else {
        format!("remove it, or target a chart from {first} to {last}")
    };
    (message, help)
}

/// How many allowed values a message lists before it writes `…`.
const MAX_LISTED: usize = 10;

/// The structural codes that no typed rule in [`crate::check::RULES`] owns:
/// code, name, severity and Markdown doc, for the registry to list.
pub(crate) const STRUCTURE_DOCS: &[(Code, &str, Severity, &str)] = &[
    (
        UNKNOWN_KEY.0,
        UNKNOWN_KEY.1,
        Severity::Error,
        include_str!("../rules/docs/AV0101.md"),
    ),
    (
        WRONG_TYPE.0,
        WRONG_TYPE.1,
        Severity::Error,
        include_str!("../rules/docs/AV0102.md"),
    ),
    (
        NOT_ALLOWED.0,
        NOT_ALLOWED.1,
        Severity::Error,
        include_str!("../rules/docs/AV0105.md"),
    ),
    (
        IGNORED_KEY.0,
        IGNORED_KEY.1,
        Severity::Error,
        include_str!("../rules/docs/AV0110.md"),
    ),
    (
        IGNORED_RELEASE_KEY.0,
        IGNORED_RELEASE_KEY.1,
        Severity::Error,
        include_str!("../rules/docs/AV0111.md"),
    ),
];

/// Turns a key that Helm refuses into one it ignores: the caller knows the
/// chart takes any key where it sits (a mapping its schema leaves open, or a
/// chart with no values schema), so Helm renders and the setting is silently
/// lost. An unknown key (AV0101) becomes AV0110; a key of other releases
/// (AV0103) becomes AV0111 and keeps its note of the releases that have it.
pub(crate) fn as_ignored_key(diagnostic: &mut Diagnostic) {
    let (code, name) = if diagnostic.code == UNKNOWN_KEY.0 {
        IGNORED_KEY
    } else if diagnostic.code == NOT_IN_VERSION.0 {
        IGNORED_RELEASE_KEY
    } else {
        return;
    };
    diagnostic.code = code;
    diagnostic.name = name;
    diagnostic
        .message
        .push_str("; Helm takes it without a word, and the chart does not read it");
}

/// Whether the chart takes any key where the unknown key at `path` sits, so
/// that Helm renders it (AV0110, AV0111) rather than refusing it (AV0101,
/// AV0103): a mapping
/// the official release's schema leaves open (its top level, say), or
/// anywhere in a dialect's chart, which has no values schema.
pub(crate) fn takes_any_key(chart: Chart, path: &KeyPath) -> bool {
    let Some(version) = chart.official_version() else {
        return true;
    };
    let Some((_, parent)) = path.0.split_last() else {
        return false;
    };
    let parent: Vec<&str> = parent
        .iter()
        .map(|segment| match segment {
            Segment::Key(key) => key.as_str(),
            Segment::Index(_) => "[]",
        })
        .collect();
    crate::official::open_upstream(version, &parent.join("."))
}

/// Whether Helm drops the `null` that `issue` is about before the chart's
/// schema sees it, so that the issue is no refusal: on the official chart,
/// a `null` at a key (outside lists) that the release's values.yaml sets
/// takes the key out of the values, default and all; a `null` anywhere else
/// stays, and the schema judges it like any value. The dialects' charts
/// have no values schema, and a `null` there is never a wrong type.
pub(crate) fn null_dropped_by_helm(chart: Chart, tree: &Value, issue: &StructureIssue) -> bool {
    let Some(version) = chart.official_version() else {
        return matches!(issue.kind, IssueKind::WrongType { found: "null", .. });
    };
    let mut keys = Vec::with_capacity(issue.path.0.len());
    let mut node = Some(tree);
    for segment in &issue.path.0 {
        let Segment::Key(key) = segment else {
            return false;
        };
        keys.push(key.as_str());
        node = node.and_then(|n| n.get(key));
    }
    node.is_some_and(Value::is_null)
        && !keys.is_empty()
        && crate::official::has_default(version, &keys.join("."))
}

/// Takes out of `tree` every `null` that Helm drops while it coalesces the
/// values with the official chart's (see [`null_dropped_by_helm`]), so that
/// the typed model reads what the templates see: no key, rather than a null
/// that a key's type may not take (a `config` option, say). Nulls that Helm
/// keeps stay; the dialects' trees are left as they are.
pub(crate) fn remove_nulls_helm_drops(chart: Chart, tree: &mut Value) {
    fn visit(version: ChartVersion, map: &mut serde_json::Map<String, Value>, prefix: &str) {
        map.retain(|key, value| {
            // Most files hold no null: no key to look up then.
            if !holds_null(value) {
                return true;
            }
            let path = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            // Helm goes down only where the chart has a mapping too.
            if !crate::official::has_default(version, &path) {
                return true;
            }
            match value {
                Value::Null => false,
                Value::Object(inner) => {
                    visit(version, inner, &path);
                    true
                }
                _ => true,
            }
        });
    }
    /// Whether `value` is `null` or has a `null` in its mappings (Helm does
    /// not go into lists).
    fn holds_null(value: &Value) -> bool {
        match value {
            Value::Null => true,
            Value::Object(map) => map.values().any(holds_null),
            _ => false,
        }
    }
    if let (Some(version), Value::Object(map)) = (chart.official_version(), tree) {
        visit(version, map, "");
    }
}

/// Whether `diagnostic` is about a key the chart does not have, refused
/// (AV0101) or ignored (AV0110).
pub(crate) fn is_unknown_key(diagnostic: &Diagnostic) -> bool {
    diagnostic.code == UNKNOWN_KEY.0 || diagnostic.code == IGNORED_KEY.0
}

/// The diagnostic for `issue` in values for the chart version `chart_version`
/// (such as `1.15.0`, used by AV0103).
///
/// Codes: AV0101 `unknown-key`, AV0102 `wrong-type`, AV0103
/// `key-not-in-chart-version`, AV0105 `value-not-allowed` (also for limits
/// and forbidden values); all are errors. The message names the key path
/// and never the value found there.
pub(crate) fn to_diagnostic(issue: &StructureIssue, chart_version: &str) -> Diagnostic {
    let at = subject(&issue.path);
    let ((code, name), message, help) = match &issue.kind {
        IssueKind::UnknownKey {
            suggestion,
            elsewhere,
        } => (
            UNKNOWN_KEY,
            format!("{at} is not a key of the chart"),
            unknown_key_help(&issue.path, suggestion.as_deref(), elsewhere),
        ),
        IssueKind::NotInVersion { versions } => {
            let (message, help) = not_in_version(&at, versions, chart_version);
            (NOT_IN_VERSION, message, help)
        }
        IssueKind::WrongType { expected, found } => (
            WRONG_TYPE,
            format!(
                "{at} is {found} here; the chart expects {}",
                join(expected.iter().map(|e| with_article(e)), "or")
            ),
            wrong_type_help(expected, found),
        ),
        IssueKind::NotAllowed { allowed } => (
            NOT_ALLOWED,
            match allowed.as_slice() {
                [] => format!("{at} allows no value"),
                [only] => format!("{at} must be `{only}`"),
                _ => {
                    let mut listed: Vec<String> = allowed
                        .iter()
                        .take(MAX_LISTED)
                        .map(|a| format!("`{a}`"))
                        .collect();
                    if allowed.len() > MAX_LISTED {
                        listed.push("…".to_owned());
                    }
                    format!("{at} must be one of {}", listed.join(", "))
                }
            },
            if allowed.is_empty() {
                "remove it".to_owned()
            } else {
                "use one of the listed values, spelled exactly so (case matters)".to_owned()
            },
        ),
        IssueKind::BelowMinimum { limit, exclusive } => (
            NOT_ALLOWED,
            if *exclusive {
                format!("{at} must be greater than {limit}")
            } else {
                format!("{at} must be at least {limit}")
            },
            "raise the value, or remove the key to keep the chart's default".to_owned(),
        ),
        IssueKind::AboveMaximum { limit, exclusive } => (
            NOT_ALLOWED,
            if *exclusive {
                format!("{at} must be less than {limit}")
            } else {
                format!("{at} must be at most {limit}")
            },
            "lower the value, or remove the key to keep the chart's default".to_owned(),
        ),
        IssueKind::Forbidden => (
            NOT_ALLOWED,
            format!("{at} must not be set here"),
            "remove it".to_owned(),
        ),
    };
    let mut diagnostic = Diagnostic::new(
        (code, name, Severity::Error),
        issue.path.clone(),
        message,
        Some(help),
    );
    let path = issue.path.to_string();
    match &issue.kind {
        IssueKind::UnknownKey {
            suggestion: Some(key),
            ..
        } => {
            diagnostic.suggestion = Some(key.clone());
            if let Some(written) = issue.path.last_key()
                && is_misspelling(written, key)
            {
                diagnostic.fix = vec![Edit::rename(path, key.clone())];
            }
        }
        IssueKind::UnknownKey {
            suggestion: None,
            elsewhere,
        } if elsewhere.len() == 1 => {
            diagnostic.fix = vec![Edit::move_to(path, elsewhere[0].clone())];
        }
        // Helm's YAML 1.1 reader made a number or a boolean of text the chart wants.
        IssueKind::WrongType { expected, found }
            if expected.contains(&"string")
                && matches!(*found, "a number" | "an integer" | "a boolean") =>
        {
            diagnostic.fix = vec![Edit::quote(path)];
        }
        _ => {}
    }
    diagnostic
}

/// Whether `suggestion` is `written` spelt right, and not another key that
/// merely starts or ends like it (`web` → `webserver`, `path` → `mountPath`):
/// equal but for case, `-` and `_`, or at most two edits apart.
fn is_misspelling(written: &str, suggestion: &str) -> bool {
    let plain = |key: &str| -> String {
        key.chars()
            .filter(|c| !matches!(c, '-' | '_'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (plain(written), plain(suggestion));
    a == b || (a.chars().count() > 3 && strsim::damerau_levenshtein(&a, &b) <= 2)
}

/// A path as a message names it: `` `a.b` ``, or "the values document".
/// The diagnostic for a value that passes the structural walk but not its
/// typed reading, such as a malformed image digest: AV0105, at the path of
/// the value. The message is the type's own, which never quotes the value.
pub(crate) fn unreadable_value(error: &TreeError) -> Diagnostic {
    Diagnostic::new(
        (NOT_ALLOWED.0, NOT_ALLOWED.1, Severity::Error),
        error.path.clone(),
        format!(
            "{} does not fit its type: {}",
            subject(&error.path),
            error.message
        ),
        Some(
            "write the value in the form the key takes; the message says what is wrong".to_owned(),
        ),
    )
}

fn subject(path: &KeyPath) -> String {
    if path.is_root() {
        "the values document".to_owned()
    } else {
        format!("`{path}`")
    }
}

fn unknown_key_help(path: &KeyPath, suggestion: Option<&str>, elsewhere: &[String]) -> String {
    if let Some(suggestion) = suggestion {
        return format!("did you mean `{suggestion}`?");
    }
    let key = path.last_key().unwrap_or_default();
    let mut key_text = String::new();
    let _ = super::path::write_key(&mut key_text, key);
    let suffix = format!(".{key_text}");
    let parents: Vec<String> = elsewhere
        .iter()
        .map(|p| format!("`{}`", p.strip_suffix(&suffix).unwrap_or(p)))
        .collect();
    if parents.is_empty() {
        "remove it, or check the key against `airflow-values schema`".to_owned()
    } else {
        format!(
            "`{key_text}` is a key of {}; move it there",
            join(&parents, "and")
        )
    }
}

fn wrong_type_help(expected: &[&str], found: &str) -> String {
    let wants = |t: &str| expected.contains(&t);
    match found {
        "a number" | "an integer" if wants("string") => {
            "put the value in quotes: YAML reads `tag: 2.10` as the number 2.1 and \
             `tag: 010` as a number too; `tag: \"2.10\"` stays a string"
                .to_owned()
        }
        "a boolean" if wants("string") => {
            "put the value in quotes: YAML reads `yes`, `no`, `on`, `off`, `true` and `false` \
             as booleans; `\"yes\"` stays a string"
                .to_owned()
        }
        "null" if wants("string") => {
            "an empty value or `~` is null in YAML; write `\"\"` for an empty string, or \
             remove the key to keep the chart's default"
                .to_owned()
        }
        "null" => format!(
            "an empty value or `~` is null in YAML, and Helm keeps a null where the chart sets \
             no default to remove; write {} here, or remove the key",
            join(expected.iter().map(|e| with_article(e)), "or")
        ),
        "a string" if wants("boolean") => "write true or false without quotes".to_owned(),
        "a string" if wants("integer") || wants("number") => {
            "write the number without quotes".to_owned()
        }
        _ => format!(
            "write {} here, or check the key against `airflow-values schema`",
            join(expected.iter().map(|e| with_article(e)), "or")
        ),
    }
}

/// A YAML type word as a message uses it: `a string`, `an integer`, `null`.
fn with_article(word: &str) -> String {
    match word {
        "null" => "null".to_owned(),
        "integer" => "an integer".to_owned(),
        other => format!("a {other}"),
    }
}

/// `a`, `a or b`, `a, b or c`.
fn join<S: AsRef<str>>(items: impl IntoIterator<Item = S>, last: &str) -> String {
    let items: Vec<S> = items.into_iter().collect();
    let mut text = String::new();
    for (i, item) in items.iter().enumerate() {
        if i + 1 == items.len() && i > 0 {
            text.push_str(&format!(" {last} "));
        } else if i > 0 {
            text.push_str(", ");
        }
        text.push_str(item.as_ref());
    }
    text
}

#[cfg(test)]
mod fix_tests {
    use super::is_misspelling;

    #[test]
    fn only_misspellings_are_renamed_without_asking() {
        for (written, suggestion, want) in [
            ("gitsync", "gitSync", true),
            ("dag-processor", "dagProcessor", true),
            ("pull_policy", "pullPolicy", true),
            ("schedular", "scheduler", true),
            ("worker", "workers", true),
            ("web", "webserver", false),
            ("database", "databaseCleanup", false),
            ("path", "mountPath", false),
            ("tg", "tag", false),
        ] {
            assert_eq!(
                is_misspelling(written, suggestion),
                want,
                "{written} → {suggestion}"
            );
        }
    }
}
