//! The charts' own template checks (`fail` and `required` in their
//! templates), as data: each check is a condition on the values as the
//! templates see them (the file merged over the chart's defaults), the
//! releases that have it, and what to change.
//!
//! One engine serves every chart; each chart holds a table of its checks and
//! of the defaults those checks read. Codes: AV07xx for the official chart,
//! AV1151–AV1199 for Bitnami, AV14xx for the airflow-helm community chart.

use std::sync::OnceLock;

use serde_json::Value;

use crate::findings::{Code, Diagnostic, Explanation, Report, Severity};
use crate::yaml::KeyPath;

/// A condition on the values, read the way Go templates read them.
#[derive(Debug)]
#[cfg_attr(
    not(all(feature = "community", feature = "bitnami")),
    allow(dead_code, reason = "the dialects' checks use every kind")
)]
pub(crate) enum Cond {
    /// The key holds a truthy value (not absent, null, false, 0, "" or empty).
    Set(&'static str),
    /// The key's value, as text, equals the string.
    Is(&'static str, &'static str),
    /// The key's value, as text, is one of the strings.
    OneOf(&'static str, &'static [&'static str]),
    /// The key's value, as text, contains the string.
    Contains(&'static str, &'static str),
    /// The key's value, as text, starts with the string (any case when the
    /// flag is set).
    StartsWith(&'static str, &'static str, bool),
    /// The key's value, as text, ends with the string.
    EndsWith(&'static str, &'static str),
    /// The key holds a version below the given one; absent or unreadable is false.
    VersionBelow(&'static str, &'static str),
    /// The list at the key has an item whose `name` is the string.
    ListHasName(&'static str, &'static str),
    /// The list at the key has an item without a truthy value at the field.
    ItemLacks(&'static str, &'static str),
    /// The list of volume mounts at the key mounts a path that holds the
    /// path at the second key (`mountPath` equal to it or above it).
    MountsPathOf(&'static str, &'static str),
    /// The key is written in the file, and its text differs from the other
    /// key's text and from the given template string.
    DiffersFrom(&'static str, &'static str, &'static str),
    /// The key holds something other than a number (absent or null too),
    /// as the charts' `typeIs "float64"`/`typeIs "int64"` tests see it.
    NotNumber(&'static str),
    /// The path at the first key, without a trailing `/*`, differs from the
    /// path part of the URL at the second key (`urlParse`).
    PathDiffersFromUrl(&'static str, &'static str),
    /// The path at the first key, without a trailing `/*`, differs from the
    /// text at the second key.
    PathDiffersFrom(&'static str, &'static str),
    /// The list at the key has an item whose field fails the test.
    ItemField(&'static str, &'static str, FieldTest),
    /// The mapping at the key has an entry that fails the test.
    Entry(&'static str, EntryTest),
    /// The release name (`.Release.Name`, given by `helm install NAME` and to
    /// `check` by [`CheckOptions::release_name`](crate::check::CheckOptions::release_name))
    /// is longer than this many characters.
    ReleaseNameLonger(usize),
    /// The image at the key (`registry`, `repository`; `global.imageRegistry`
    /// replaces the registry) is none of the chart's own, as the Bitnami
    /// `common.errors.insecureImages` check sees it: neither
    /// `registry/repository` nor the registry occurs in the list of the
    /// chart's images, or only the registry does and the image is not from
    /// `docker.io/bitnamilegacy/`.
    ImageNotListed(&'static str, &'static str),
    /// The chart release is in the range, and the condition holds.
    InReleases(Releases, &'static Cond),
    /// Every condition holds.
    All(&'static [Cond]),
    /// Some condition holds.
    Any(&'static [Cond]),
    /// The condition does not hold.
    Not(&'static Cond),
}

/// A test on one field of each item of a list.
#[derive(Debug, Clone, Copy)]
#[cfg_attr(
    not(feature = "community"),
    allow(dead_code, reason = "the community chart's checks use every kind")
)]
pub(crate) enum FieldTest {
    /// Helm's `required`: the field is absent, null or the empty string.
    Missing,
    /// The field is not a number (absent included).
    NotNumber,
    /// The field is truthy and not a number.
    SetNotNumber,
    /// The field is there and neither a boolean nor null.
    SetNotBool,
    /// A role as the community chart's user sync reads it: an empty
    /// string, an empty list, a list with an empty item, or neither a
    /// string nor a list.
    RoleInvalid,
}

/// A test on each entry of a mapping.
#[derive(Debug, Clone, Copy)]
#[cfg_attr(
    not(feature = "community"),
    allow(dead_code, reason = "the community chart's checks use every kind")
)]
pub(crate) enum EntryTest {
    /// The entry's key does not match `^[a-zA-Z_][a-zA-Z0-9_]*$`.
    KeyNotIdentifier,
    /// The entry's `kind`, in lower case, is neither `configmap` nor `secret`.
    KindNotConfigMapOrSecret,
}

impl FieldTest {
    fn fails(self, value: Option<&Value>) -> bool {
        let value = value.unwrap_or(&Value::Null);
        match self {
            FieldTest::Missing => required_fails(value),
            FieldTest::NotNumber => !value.is_number(),
            FieldTest::SetNotNumber => truthy(value) && !value.is_number(),
            FieldTest::SetNotBool => !(value.is_boolean() || value.is_null()),
            FieldTest::RoleInvalid => match value {
                Value::String(s) => s.is_empty(),
                Value::Array(items) => items.is_empty() || items.iter().any(required_fails),
                _ => true,
            },
        }
    }
}

impl EntryTest {
    fn fails(self, key: &str, value: &Value) -> bool {
        match self {
            EntryTest::KeyNotIdentifier => {
                let mut chars = key.chars();
                !chars
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                    || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
            }
            EntryTest::KindNotConfigMapOrSecret => {
                let kind = value.get("kind").map(text).unwrap_or_default();
                !matches!(kind.to_lowercase().as_str(), "configmap" | "secret")
            }
        }
    }
}

/// Helm's `required` refuses null and the empty string, nothing else.
fn required_fails(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        _ => false,
    }
}

/// The path part of a URL, as Go's `url.Parse` finds it (no decoding of
/// `%` escapes): after `scheme://host`, up to `?` or `#`.
fn url_path(url: &str) -> &str {
    let url = url.split(['?', '#']).next().unwrap_or_default();
    match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
        None => url,
    }
}

/// Chart releases a check exists in: from one release on, up to (and
/// including) another, as `x.y.z` strings, so the table does not depend on
/// which releases the model has.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Releases {
    pub(crate) from: &'static str,
    pub(crate) through: Option<&'static str>,
}

impl Releases {
    /// Every release.
    pub(crate) const ALL: Releases = Releases {
        from: "0.0.0",
        through: None,
    };

    /// From `from` on.
    pub(crate) const fn from(from: &'static str) -> Releases {
        Releases {
            from,
            through: None,
        }
    }

    /// From `from` through `through`.
    pub(crate) const fn between(from: &'static str, through: &'static str) -> Releases {
        Releases {
            from,
            through: Some(through),
        }
    }

    /// Whether `version` (`x.y.z`) is in the range.
    pub(crate) fn contains(self, version: &str) -> bool {
        let Some(v) = triple(version) else {
            return false;
        };
        triple(self.from).is_some_and(|from| from <= v)
            && self.through.and_then(triple).is_none_or(|to| v <= to)
    }
}

impl std::fmt::Display for Releases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.from, self.through) {
            ("0.0.0", None) => f.write_str("every release"),
            (from, None) => write!(f, "{from} and later"),
            (from, Some(to)) => write!(f, "{from} to {to}"),
        }
    }
}

fn triple(version: &str) -> Option<(u64, u64, u64)> {
    let mut parts = version
        .trim_start_matches('v')
        .split(['.', '-', '+'])
        .map(str::parse::<u64>);
    Some((
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next().unwrap_or(Ok(0)).ok()?,
    ))
}

/// One template check of a chart.
#[derive(Debug)]
pub(crate) struct TemplateCheck {
    pub(crate) code: Code,
    pub(crate) name: &'static str,
    pub(crate) releases: Releases,
    /// When the chart refuses the values.
    pub(crate) when: Cond,
    /// Every key the condition reads; the finding points at the first one
    /// the file writes.
    pub(crate) keys: &'static [&'static str],
    /// What is wrong, in words of this project.
    pub(crate) message: &'static str,
    /// What to change.
    pub(crate) help: &'static str,
    /// Values that make the chart refuse (for the docs and the tests).
    pub(crate) fires: &'static str,
    /// Values one step away, which the chart renders.
    pub(crate) near: &'static str,
}

impl TemplateCheck {
    /// A check of every release of its chart (a dialect, modeled at one
    /// release); `text` is the message, the help, the triggering example
    /// and the example one step away.
    #[cfg(any(feature = "bitnami", feature = "community"))]
    pub(crate) const fn every_release(
        code: &'static str,
        name: &'static str,
        when: Cond,
        keys: &'static [&'static str],
        text: [&'static str; 4],
    ) -> TemplateCheck {
        TemplateCheck {
            code: Code::new(code),
            name,
            releases: Releases::ALL,
            when,
            keys,
            message: text[0],
            help: text[1],
            fires: text[2],
            near: text[3],
        }
    }

    /// The keys the condition reads, quoted, for messages.
    fn key_list(&self) -> String {
        self.keys
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A chart's template checks and the defaults they read.
#[derive(Debug)]
pub(crate) struct TemplateChecks {
    /// The chart, as the docs name it.
    pub(crate) chart: &'static str,
    /// Where the checks live in the chart.
    pub(crate) source: &'static str,
    /// `(key path, default as JSON)`: the chart defaults the conditions read.
    pub(crate) defaults: &'static [(&'static str, &'static str)],
    pub(crate) checks: &'static [TemplateCheck],
}

/// The value at a dotted key path, if the tree has it.
fn at<'a>(tree: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(tree, |node, key| node.get(key))
}

struct Scope<'a> {
    tree: &'a Value,
    version: &'a str,
    release_name: &'a str,
    table: &'a TemplateChecks,
    defaults: Vec<(&'static str, Value)>,
}

impl Scope<'_> {
    /// The value a template sees: the file's, else the chart default.
    fn get(&self, path: &str) -> Value {
        if let Some(value) = at(self.tree, path) {
            return value.clone();
        }
        // A key under a mapping the file replaced with something else is
        // gone; otherwise the default stands.
        self.defaults
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::Null)
    }

    fn text(&self, path: &str) -> String {
        text(&self.get(path))
    }

    fn eval(&self, cond: &Cond) -> bool {
        match cond {
            Cond::Set(key) => truthy(&self.get(key)),
            Cond::Is(key, want) => self.text(key) == *want,
            Cond::OneOf(key, options) => options.contains(&self.text(key).as_str()),
            Cond::Contains(key, part) => self.text(key).contains(part),
            Cond::StartsWith(key, prefix, any_case) => {
                let text = self.text(key);
                if *any_case {
                    text.to_lowercase().starts_with(&prefix.to_lowercase())
                } else {
                    text.starts_with(prefix)
                }
            }
            Cond::EndsWith(key, suffix) => self.text(key).ends_with(suffix),
            Cond::VersionBelow(key, version) => match (triple(&self.text(key)), triple(version)) {
                (Some(have), Some(min)) => have < min,
                _ => false,
            },
            Cond::ListHasName(key, name) => self.get(key).as_array().is_some_and(|items| {
                items
                    .iter()
                    .any(|i| i.get("name").and_then(Value::as_str) == Some(name))
            }),
            Cond::ItemLacks(key, field) => self
                .get(key)
                .as_array()
                .is_some_and(|items| items.iter().any(|i| !i.get(*field).is_some_and(truthy))),
            Cond::MountsPathOf(key, path_key) => {
                let path = self.text(path_key);
                let path = clean(&path);
                self.get(key).as_array().is_some_and(|mounts| {
                    mounts.iter().any(|m| {
                        // The chart compares the cleaned paths as text.
                        m.get("mountPath")
                            .and_then(Value::as_str)
                            .is_some_and(|p| path.starts_with(clean(p)))
                    })
                })
            }
            Cond::DiffersFrom(key, other, template) => at(self.tree, key).is_some_and(|v| {
                let v = text(v);
                v != *template && v != self.text(other)
            }),
            Cond::NotNumber(key) => !self.get(key).is_number(),
            Cond::PathDiffersFromUrl(path, url) => {
                let path = self.text(path);
                path.strip_suffix("/*").unwrap_or(&path) != url_path(&self.text(url))
            }
            Cond::PathDiffersFrom(path, other) => {
                let path = self.text(path);
                path.strip_suffix("/*").unwrap_or(&path) != self.text(other)
            }
            Cond::ItemField(key, field, test) => self
                .get(key)
                .as_array()
                .is_some_and(|items| items.iter().any(|i| test.fails(i.get(*field)))),
            Cond::Entry(key, test) => self
                .get(key)
                .as_object()
                .is_some_and(|entries| entries.iter().any(|(k, v)| test.fails(k, v))),
            Cond::ReleaseNameLonger(limit) => self.release_name.chars().count() > *limit,
            Cond::ImageNotListed(key, listed) => {
                let global = self.get("global.imageRegistry");
                let registry = if truthy(&global) {
                    text(&global)
                } else {
                    self.text(&format!("{key}.registry"))
                };
                let image = format!("{registry}/{}", self.text(&format!("{key}.repository")));
                !listed.contains(&image)
                    && (!listed.contains(&registry) || !image.contains("docker.io/bitnamilegacy/"))
            }
            Cond::InReleases(releases, c) => releases.contains(self.version) && self.eval(c),
            Cond::All(all) => all.iter().all(|c| self.eval(c)),
            Cond::Any(any) => any.iter().any(|c| self.eval(c)),
            Cond::Not(c) => !self.eval(c),
        }
    }
}

/// A path without its trailing slashes, as Go's `path.Clean` leaves it for
/// the absolute paths mounts use.
fn clean(path: &str) -> &str {
    match path.trim_end_matches('/') {
        "" if path.starts_with('/') => "/",
        trimmed => trimmed,
    }
}

/// Go template truthiness.
fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// A value as Go's templates print it into a comparison.
fn text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl TemplateChecks {
    /// The checks of `table` that exist in chart release `version`.
    pub(crate) fn of(&self, version: &str) -> impl Iterator<Item = &TemplateCheck> {
        self.checks
            .iter()
            .filter(move |c| c.releases.contains(version))
    }

    /// The checks of release `version` that the values `tree` (as the file
    /// and the `--set` arguments give them) trigger, as errors.
    pub(crate) fn diagnostics(
        &self,
        tree: &Value,
        version: &str,
        release_name: &str,
    ) -> Vec<Diagnostic> {
        let scope = Scope {
            tree,
            version,
            release_name,
            table: self,
            defaults: self
                .defaults
                .iter()
                .filter_map(|(p, json)| Some((*p, serde_json::from_str(json).ok()?)))
                .collect(),
        };
        self.of(version)
            .filter(|check| scope.eval(&check.when))
            .map(|check| {
                let path = check
                    .keys
                    .iter()
                    .find(|k| at(tree, k).is_some())
                    .or(check.keys.first())
                    .map_or_else(KeyPath::root, |k| KeyPath::from_keys(k.split('.')));
                let keys = check.key_list();
                Diagnostic::new(
                    (check.code, check.name, Severity::Error),
                    path,
                    format!(
                        "{}; the chart's templates refuse these values ({}: {keys})",
                        check.message, scope.table.chart
                    ),
                    Some(check.help.to_owned()),
                )
            })
            .collect()
    }

    /// `report` with the checks of release `version` that `values` (a typed
    /// model, as it writes itself for Helm) trigger added first, as the
    /// `validate()` of each model gives them. The release name is the
    /// default one ([`DEFAULT_RELEASE_NAME`](crate::findings::DEFAULT_RELEASE_NAME)).
    pub(crate) fn with_findings(
        &self,
        report: Report,
        values: &impl serde::Serialize,
        version: &str,
    ) -> Report {
        // The models write plain data (strings, numbers, lists, mappings
        // with string keys), which JSON always holds.
        let tree = serde_json::to_value(values).unwrap_or(Value::Null);
        let mut all = self.diagnostics(&tree, version, crate::findings::DEFAULT_RELEASE_NAME);
        all.extend_from_slice(report.diagnostics());
        Report::new(all)
    }

    /// The documentation of every check, as `explain` shows it.
    pub(crate) fn explanations(
        &'static self,
        docs: &'static OnceLock<Vec<String>>,
    ) -> Vec<Explanation> {
        let docs = docs.get_or_init(|| self.checks.iter().map(|c| self.doc(c)).collect());
        self.checks
            .iter()
            .zip(docs)
            .map(|(check, doc)| Explanation::new((check.code, check.name, Severity::Error), doc))
            .collect()
    }

    fn doc(&self, check: &TemplateCheck) -> String {
        let keys = check.key_list();
        format!(
            "# {code} {name}\n## Why this matters\n{message}. The {chart} checks this in its \
             templates ({source}; releases: {releases}): `helm install` and `helm template` stop \
             with an error, and nothing is deployed. Keys read: {keys}.\n## Example\n\
             ```yaml\n{fires}```\n## Fix\n{help}. One step away, the chart renders:\n\
             ```yaml\n{near}```\n",
            code = check.code,
            name = check.name,
            message = capitalized(check.message),
            chart = self.chart,
            source = self.source,
            releases = check.releases,
            help = capitalized(check.help),
            fires = check.fires,
            near = check.near,
        )
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_ranges_compare_as_numbers() {
        for (range, version, want) in [
            (Releases::from("1.16.0"), "1.16.0", true),
            (Releases::from("1.16.0"), "1.15.0", false),
            (Releases::from("1.16.0"), "1.22.0", true),
            (Releases::between("1.11.0", "1.15.0"), "1.13.1", true),
            (Releases::between("1.11.0", "1.15.0"), "1.16.0", false),
            (Releases::ALL, "8.9.0", true),
        ] {
            assert_eq!(range.contains(version), want, "{range} {version}");
        }
    }

    #[test]
    fn truthiness_follows_go_templates() {
        for (value, want) in [
            (serde_json::json!(null), false),
            (serde_json::json!(""), false),
            (serde_json::json!(0), false),
            (serde_json::json!([]), false),
            (serde_json::json!("x"), true),
            (serde_json::json!(true), true),
        ] {
            assert_eq!(truthy(&value), want, "{value}");
        }
    }
}
