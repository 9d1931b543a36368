//! Where values files and `--set` arguments hold secrets, for a program that
//! shows their text (a report that quotes the line a finding is on).
//!
//! Findings never hold a secret, but the lines they point at may. A value is
//! a secret when the chart's model reads it with a secret type (its schema is
//! `writeOnly`: passwords, keys, tokens, connection strings), whatever is
//! written there, in any YAML style (plain, quoted, flow, multi-line, a block
//! scalar, an alias to an anchor elsewhere) or in a `--set`. A key the model
//! does not know is judged by its name (`passwrd`, `fernetKeyy`,
//! `storageAccountKey`), so a misspelt secret, which a finding points at, is
//! covered too.

use crate::schemas::SchemaRoot;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use serde_json::Value;

use super::pipeline::{CheckOptions, Source};
use super::set::{self, SetKind};
use super::structure::{KeyPath, Segment, secret_paths};
use crate::yaml::{Document, read_document_limited};

/// The bytes that hold secrets in each line of each values file and in each
/// `--set` argument that [`check`](super::check) read: what a program masks
/// before it shows that text. See [`redactions`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Redactions {
    /// Source name → line (from 1) → byte ranges in that line.
    files: HashMap<String, BTreeMap<usize, Vec<Range<usize>>>>,
    /// The byte ranges of each `--set` argument, in the order given.
    sets: Vec<Vec<Range<usize>>>,
}

impl Redactions {
    /// The byte ranges of line `line` (counted from 1) of `source` that hold
    /// a secret, sorted and apart. The line is the text as decoded (UTF-8
    /// without a byte-order mark, or UTF-16 turned into UTF-8), without its
    /// line break.
    #[must_use]
    pub fn line(&self, source: &str, line: usize) -> &[Range<usize>] {
        self.files
            .get(source)
            .and_then(|lines| lines.get(&line))
            .map_or(&[], Vec::as_slice)
    }

    /// The byte ranges of the `index`-th `--set` or `--set-string` argument
    /// (counted from 0, in the order they were given to [`CheckOptions`])
    /// that hold a secret, sorted and apart.
    #[must_use]
    pub fn set_argument(&self, index: usize) -> &[Range<usize>] {
        self.sets.get(index).map_or(&[], Vec::as_slice)
    }

    /// Adds what `other` found, as for files checked one at a time
    /// (`check --each-file`): the lines of a source both name are joined,
    /// and so are the ranges of each `--set` argument.
    ///
    /// ```
    /// use airflow_values::check::{CheckOptions, Source, redactions};
    /// use airflow_values::official::ChartVersion;
    ///
    /// let options = CheckOptions::new(ChartVersion::V1_15_0);
    /// let a = "fernetKey: c2VjcmV0\n";
    /// let b = "webserverSecretKey: k3y\n";
    /// let mut found = redactions(&[Source::new("a.yaml", a.as_bytes())], &options);
    /// found.merge(redactions(&[Source::new("b.yaml", b.as_bytes())], &options));
    /// assert_eq!(found.line("a.yaml", 1), [11..19]);
    /// assert_eq!(found.line("b.yaml", 1), [20..23]);
    /// ```
    pub fn merge(&mut self, other: Redactions) {
        for (source, lines) in other.files {
            let mine = self.files.entry(source).or_default();
            for (line, ranges) in lines {
                let joined = mine.entry(line).or_default();
                joined.extend(ranges);
                *joined = merge(std::mem::take(joined));
            }
        }
        if self.sets.len() < other.sets.len() {
            self.sets.resize_with(other.sets.len(), Vec::new);
        }
        for (mine, theirs) in self.sets.iter_mut().zip(other.sets) {
            mine.extend(theirs);
            *mine = merge(std::mem::take(mine));
        }
    }
}

/// Where `sources` and the `--set` arguments of `options` hold secrets.
///
/// ```
/// use airflow_values::check::{CheckOptions, Source, redactions};
/// use airflow_values::official::ChartVersion;
///
/// let text = "data: {metadataConnection: {user: airflow, pass: hunter2}}\n";
/// let options = CheckOptions::new(ChartVersion::V1_15_0).set("webserverSecretKey=k3y");
/// let found = redactions(&[Source::new("values.yaml", text.as_bytes())], &options);
/// let [pass] = found.line("values.yaml", 1) else { panic!() };
/// assert_eq!(&text[pass.clone()], "hunter2");
/// assert_eq!(found.set_argument(0), [19..22]);
/// ```
#[must_use]
pub fn redactions(sources: &[Source<'_>], options: &CheckOptions) -> Redactions {
    let read: Vec<(&str, Result<Document, &[u8]>)> = sources
        .iter()
        .map(|source| {
            let document = read_document_limited(source.bytes(), options.input_size_limit());
            (source.name(), document.map_err(|_| source.bytes()))
        })
        .collect();
    let read: Vec<(&str, Read<'_>)> = read
        .iter()
        .map(|(name, document)| {
            let read = match document {
                Ok(document) => Read::Document(document),
                Err(bytes) => Read::Unreadable(bytes),
            };
            (*name, read)
        })
        .collect();
    of_read(&read, options, None)
}

/// One source as [`check`](super::check) read it.
pub(crate) enum Read<'a> {
    /// Read as YAML.
    Document(&'a Document),
    /// Not valid YAML: its bytes.
    Unreadable(&'a [u8]),
}

/// The secrets of sources already read. `merged_secrets` are the secret
/// paths (from the top of the files, under any values root) of the values
/// that the files and the `--set` arguments give together, when the caller
/// has walked them already; else they are found here.
pub(crate) fn of_read(
    read: &[(&str, Read<'_>)],
    options: &CheckOptions,
    merged_secrets: Option<&[KeyPath]>,
) -> Redactions {
    let schema = options.chart().schema_root();
    let root = options.root_keys();
    let sets: Vec<(SetKind, &str)> = options.set_arguments().collect();
    // One file and no `--set`: the merged values are that file's.
    let single = read.len() == 1 && sets.is_empty();
    let mut redactions = Redactions::default();
    for (name, source) in read {
        let lines = match source {
            Read::Document(document) => {
                let typed = match merged_secrets.filter(|_| single) {
                    Some(known) => Cow::Borrowed(known),
                    None => Cow::Owned(rooted_secrets(schema, &document.tree, root)),
                };
                document_secrets(&typed, document)
            }
            Read::Unreadable(bytes) => unreadable_secrets(bytes),
        };
        redactions.files.insert((*name).to_owned(), lines);
    }
    if sets.is_empty() {
        return redactions;
    }
    let merged_secrets = match merged_secrets {
        Some(known) => Cow::Borrowed(known),
        None => {
            let mut merged = Value::Object(serde_json::Map::new());
            for (_, source) in read {
                if let Read::Document(document) = source {
                    set::merge(&mut merged, document.tree.clone());
                }
            }
            let mut ordered = sets.clone();
            ordered.sort_by_key(|(kind, _)| *kind);
            for (kind, argument) in ordered {
                let _ = set::apply(&mut merged, argument, kind);
            }
            Cow::Owned(rooted_secrets(schema, &merged, root))
        }
    };
    redactions.sets = sets
        .iter()
        .map(|(kind, argument)| set_secrets(&merged_secrets, *kind, argument))
        .collect();
    redactions
}

/// The secret paths of `tree` (values files' top) when the chart's values
/// sit under `root`: found in that subtree and named from the top.
fn rooted_secrets(schema: SchemaRoot<'_>, tree: &Value, root: &[String]) -> Vec<KeyPath> {
    let Some(values) = root.iter().try_fold(tree, |node, key| node.get(key)) else {
        return Vec::new();
    };
    let mut found = secret_paths(schema, values);
    if !root.is_empty() {
        for path in &mut found {
            path.0
                .splice(0..0, root.iter().map(|key| Segment::Key(key.clone())));
        }
    }
    found
}

/// The secrets of one file read as a document, by line: the nodes at the
/// `typed` paths, and those whose key names a secret.
fn document_secrets(typed: &[KeyPath], document: &Document) -> BTreeMap<usize, Vec<Range<usize>>> {
    let mut written = Vec::new();
    let mut path = Vec::new();
    secret_nodes(&document.tree, &mut path, typed, document, &mut written);
    let mut lines: BTreeMap<usize, Vec<Range<usize>>> = BTreeMap::new();
    for range in written {
        for (line, part) in document.line_parts(range) {
            lines.entry(line).or_default().push(part);
        }
    }
    for ranges in lines.values_mut() {
        *ranges = merge(std::mem::take(ranges));
    }
    lines
}

/// A step of the path [`secret_nodes`] is at, borrowed from the tree.
#[derive(Clone, Copy)]
enum Step<'t> {
    Key(&'t str),
    Index(usize),
}

/// Whether `path` names the same node as `steps`.
fn same_path(path: &KeyPath, steps: &[Step<'_>]) -> bool {
    path.0.len() == steps.len()
        && path
            .0
            .iter()
            .zip(steps)
            .all(|(segment, step)| match (segment, step) {
                (Segment::Key(a), Step::Key(b)) => a == b,
                (Segment::Index(a), Step::Index(b)) => a == b,
                _ => false,
            })
}

/// The bytes of every secret at or under `path`.
fn secret_nodes<'t>(
    value: &'t Value,
    path: &mut Vec<Step<'t>>,
    typed: &[KeyPath],
    document: &Document,
    out: &mut Vec<Range<usize>>,
) {
    let secret = match path.last() {
        None => false,
        Some(last) => {
            typed.iter().any(|p| same_path(p, path))
                || matches!(last, Step::Key(key) if match value {
                    Value::Object(_) | Value::Array(_) => has_secret_part(key),
                    _ => is_secret_key(key),
                })
        }
    };
    if secret {
        let path = KeyPath(
            path.iter()
                .map(|step| match *step {
                    Step::Key(key) => Segment::Key(key.to_owned()),
                    Step::Index(index) => Segment::Index(index),
                })
                .collect(),
        );
        if let Some(range) = document.positions.written(&path) {
            out.push(range);
        }
        return;
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                path.push(Step::Key(key));
                secret_nodes(child, path, typed, document, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                path.push(Step::Index(index));
                secret_nodes(child, path, typed, document, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The secrets of a file that is not valid YAML, by the key each line
/// starts with: the best that can be done without a document.
fn unreadable_secrets(bytes: &[u8]) -> BTreeMap<usize, Vec<Range<usize>>> {
    let Some(text) = crate::yaml::decode_text(bytes) else {
        return BTreeMap::new();
    };
    text.split('\n')
        .enumerate()
        .filter_map(|(index, line)| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            let range = yaml_line(line)?;
            Some((index + 1, std::iter::once(range).collect()))
        })
        .collect()
}

/// The values of a `--set` argument that are secrets: by the model's types
/// (`secret` are the secret paths of the merged values), else by key name.
fn set_secrets(secret: &[KeyPath], kind: SetKind, argument: &str) -> Vec<Range<usize>> {
    let Ok(spans) = set::value_spans(argument, kind) else {
        return set_argument_by_name(argument);
    };
    let ranges = spans
        .into_iter()
        .filter(|(path, _)| {
            secret.iter().any(|s| path.0.starts_with(&s.0))
                || path
                    .0
                    .iter()
                    .rev()
                    .find_map(|segment| match segment {
                        Segment::Key(key) => Some(key),
                        Segment::Index(_) => None,
                    })
                    .is_some_and(|key| is_secret_key(key))
        })
        .map(|(_, range)| range)
        .collect();
    merge(ranges)
}

/// Keys whose value is a secret in some chart (compared without case):
/// `fernetKey`, `webserverSecretKey`, `data.metadataConnection.pass`,
/// `extraSecrets.*.data`, `pgbouncer.ssl.key`…
const SECRET_KEYS: &[&str] = &[
    "fernetkey",
    "webserversecretkey",
    "apisecretkey",
    "jwtsecret",
    "secretkey",
    "pass",
    "password",
    "postgrespassword",
    "sshkey",
    "keytabbase64content",
    "data",
    "stringdata",
    "key",
    "token",
];

/// Parts of key names that hold a secret: also catches a misspelt key
/// (`passwrd`, `fernetKeyy`) and the other charts' secrets
/// (`storageAccountKey`, `ldap.bindpw`).
const SECRET_PARTS: &[&str] = &[
    "pass",
    "bindpw",
    "accountkey",
    "accesskey",
    "apikey",
    "privatekey",
    "clientsecret",
    "token",
    "fernet",
    "secretkey",
    "jwtsecret",
    "sshkey",
    "keytab",
];

/// Whether a key's name holds a secret part and does not name (or refer
/// to) a Secret instead.
fn has_secret_part(key: &str) -> bool {
    let names_a_secret = ["name", "secret", "ref", "file", "path", "annotations"]
        .iter()
        .any(|suffix| ends_with_ignore_case(key, suffix));
    !names_a_secret
        && SECRET_PARTS
            .iter()
            .any(|part| contains_ignore_case(key, part))
}

/// Whether a scalar under this key is a secret: a known secret key, or a
/// name with a secret part.
fn is_secret_key(key: &str) -> bool {
    SECRET_KEYS
        .iter()
        .any(|known| key.eq_ignore_ascii_case(known))
        || has_secret_part(key)
}

/// Whether `text` ends with `suffix` (lower case), ASCII case ignored.
fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether `text` holds `part` (lower case), ASCII case ignored.
fn contains_ignore_case(text: &str, part: &str) -> bool {
    text.as_bytes()
        .windows(part.len())
        .any(|window| window.eq_ignore_ascii_case(part.as_bytes()))
}

/// The value of a `key: value` line when the key holds a secret.
fn yaml_line(line: &str) -> Option<Range<usize>> {
    let body_start = line.len() - line.trim_start_matches([' ', '-', '\t']).len();
    let body = &line[body_start..];
    let (key, value_start) = yaml_key(body)?;
    let value = body[value_start..].trim_end();
    let secret = if value.starts_with(['{', '[']) {
        has_secret_part(key)
    } else {
        is_secret_key(key) && !value.starts_with(['|', '>', '#'])
    };
    if !secret || value.is_empty() {
        return None;
    }
    let start = body_start + value_start;
    Some(start..start + value.len())
}

/// The key of a `key: value` line (without quotes) and where its value starts.
fn yaml_key(body: &str) -> Option<(&str, usize)> {
    let (key, after) = match body.chars().next()? {
        quote @ ('"' | '\'') => {
            let end = body[1..].find(quote)? + 1;
            (&body[1..end], end + 1)
        }
        _ => {
            let colon = body
                .match_indices(':')
                .map(|(at, _)| at)
                .find(|&at| body[at + 1..].is_empty() || body[at + 1..].starts_with([' ', '\t']))?;
            (&body[..colon], colon)
        }
    };
    let rest = body.get(after..)?.strip_prefix(':')?;
    let value_start = after + 1 + (rest.len() - rest.trim_start().len());
    Some((key, value_start))
}

/// The values of a `--set` argument Helm would reject (`a.b=c,d=e`), by the
/// name of their last key.
fn set_argument_by_name(argument: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for item in argument.split(',') {
        if let Some((path, value)) = item.split_once('=') {
            let key = path.rsplit('.').next().unwrap_or(path);
            let key = key.split('[').next().unwrap_or(key);
            if is_secret_key(key) && !value.is_empty() {
                let at = start + path.len() + 1;
                ranges.push(at..at + value.len());
            }
        }
        start += item.len() + 1;
    }
    merge(ranges)
}

/// The byte ranges of `text` (a line of a values file, or a `--set`
/// argument) that a program masks before it shows the text: `found` (what
/// [`Redactions::line`] or [`Redactions::set_argument`] gives for it, cut to
/// `text`) and the credentials of every URL in `text` (the password of
/// `scheme://user:password@host`, the whole user part of
/// `https://token@host`; ssh users are not secrets). Sorted and apart.
///
/// ```
/// use airflow_values::check::mask_ranges;
///
/// let line = "repo: https://user:ghp_tok@github.com/a/b.git # fernetKey: abc";
/// let ranges = mask_ranges(line, &[59..62]);
/// let masked: Vec<&str> = ranges.iter().map(|r| &line[r.clone()]).collect();
/// assert_eq!(masked, ["ghp_tok", "abc"]);
/// assert!(mask_ranges("repo: ssh://git@github.com/a.git", &[]).is_empty());
/// ```
#[must_use]
pub fn mask_ranges(text: &str, found: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut ranges = url_credentials(text);
    ranges.extend(
        found
            .iter()
            .map(|range| range.start.min(text.len())..range.end.min(text.len()))
            .filter(|range| text.is_char_boundary(range.start) && text.is_char_boundary(range.end)),
    );
    merge(ranges)
}

/// The password of every `scheme://user:password@host` in `text`, and the
/// whole user part of `https://token@host`.
fn url_credentials(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for (sep, _) in text.match_indices("://") {
        let scheme = text[..sep]
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .next()
            .unwrap_or("");
        let start = sep + 3;
        let authority_len = text[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, '/' | '?' | '#' | '"' | '\'' | ','))
            .unwrap_or(text.len() - start);
        let authority = &text[start..start + authority_len];
        let Some(at) = authority.rfind('@') else {
            continue;
        };
        let userinfo = &authority[..at];
        match userinfo.find(':') {
            Some(colon) => ranges.push(start + colon + 1..start + at),
            None if scheme.eq_ignore_ascii_case("ssh") => {}
            None => ranges.push(start..start + at),
        }
    }
    ranges
}

/// Sorted ranges without overlaps or empty ones.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.retain(|r| !r.is_empty());
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::official::ChartVersion;

    /// The text of every secret `redactions` finds in `text`, by line.
    fn secrets(text: &str, sets: &[&str]) -> Vec<(usize, String)> {
        let mut options = CheckOptions::new(ChartVersion::V1_15_0);
        for set in sets {
            options = options.set(*set);
        }
        let found = redactions(&[Source::new("v.yaml", text.as_bytes())], &options);
        let mut out = Vec::new();
        for (index, line) in text.split('\n').enumerate() {
            for range in found.line("v.yaml", index + 1) {
                out.push((index + 1, line[range.clone()].to_owned()));
            }
        }
        out
    }

    #[test]
    fn secrets_in_every_style_are_found() {
        let text = "\
data: {metadataConnection: {user: airflow, pass: Pw1, host: db}}
webserverSecretKey: {k: Pw2}
fernetKey: >
  Pw3a
  Pw3b
x-base: &pw Pw4
redis:
  password: *pw
flower:
  password: Pw5
    Pw5b
dags:
  gitSync:
    sshKey: |
      Pw6
    repo: https://github.com/a/b.git
kerberos: {keytabBase64Content: 'Pw7'}
";
        assert_eq!(
            secrets(text, &[]),
            [
                (1, "Pw1".to_owned()),
                (2, "{k: Pw2}".to_owned()),
                (3, ">".to_owned()),
                (4, "Pw3a".to_owned()),
                (5, "Pw3b".to_owned()),
                (6, "Pw4".to_owned()),
                (10, "Pw5".to_owned()),
                (11, "Pw5b".to_owned()),
                (14, "|".to_owned()),
                (15, "Pw6".to_owned()),
                (17, "'Pw7'".to_owned()),
            ]
        );
    }

    #[test]
    fn keys_are_judged_by_name_where_the_model_does_not_know_them() {
        let text = "fernetKeyy: typo\nwebserver:\n  defaultUser:\n    passwrd: [a, b]\n    \
                    username: admin\nfernetKeySecretName: my-secret\n";
        assert_eq!(
            secrets(text, &[]),
            [(1, "typo".to_owned()), (4, "[a, b]".to_owned())]
        );
    }

    #[test]
    fn set_values_are_found_by_type_and_by_name() {
        let options = CheckOptions::new(ChartVersion::V1_15_0)
            .set("executor=KubernetesExecutor,data.metadataConnection.pass=Pw1")
            .set_string("kerberos.keytabBase64Content=Pw2")
            .set("passwrd=Pw3,broken");
        let found = redactions(&[], &options);
        let text = |index: usize, argument: &str| -> Vec<String> {
            found
                .set_argument(index)
                .iter()
                .map(|r| argument[r.clone()].to_owned())
                .collect()
        };
        assert_eq!(
            text(
                0,
                "executor=KubernetesExecutor,data.metadataConnection.pass=Pw1"
            ),
            ["Pw1"]
        );
        assert_eq!(text(1, "kerberos.keytabBase64Content=Pw2"), ["Pw2"]);
        assert_eq!(text(2, "passwrd=Pw3,broken"), ["Pw3"]);
    }

    /// `check_with_redactions` reuses the check's reading and walk; it must
    /// find what `redactions` finds on its own, in every arrangement.
    #[test]
    fn the_checks_redactions_are_the_standalone_ones() {
        let secret = "data: {metadataConnection: {user: a, pass: Pw1}}\nfernetKey: Pw2\n\
                      webserver: {defaultUser: {passwrd: Pw3}}\n\
                      extraSecrets: {s: {data: {KEY: Pw10}}}\n";
        let other = "redis: {password: Pw4}\nflower: {password: Pw5}\n";
        let rooted = "airflow:\n  fernetKey: Pw6\n  data: {metadataConnection: {pass: Pw7}}\n";
        let broken = "fernetKey: \"Pw8\nother: [";
        let cases: Vec<(Vec<(&str, &str)>, CheckOptions)> = vec![
            (
                vec![("a", secret)],
                CheckOptions::new(ChartVersion::V1_15_0),
            ),
            (
                vec![("a", secret), ("b", other)],
                CheckOptions::new(ChartVersion::V1_22_0),
            ),
            (
                vec![("a", secret)],
                CheckOptions::new(ChartVersion::V1_22_0)
                    .set("data.metadataConnection.pass=Pw9,executor=CeleryExecutor"),
            ),
            (
                vec![("a", rooted)],
                CheckOptions::new(ChartVersion::V1_22_0).values_root("airflow"),
            ),
            (
                vec![("a", secret), ("b", broken)],
                CheckOptions::new(ChartVersion::V1_22_0),
            ),
        ];
        let mut masked = std::collections::BTreeSet::new();
        for (files, options) in &cases {
            let sources: Vec<Source<'_>> = files
                .iter()
                .map(|(name, text)| Source::new(*name, text.as_bytes()))
                .collect();
            let alone = redactions(&sources, options);
            let (_, together) = super::super::check_with_redactions(&sources, options);
            assert_eq!(together, alone, "{files:?}");
            for (name, text) in files {
                for (index, line) in text.split('\n').enumerate() {
                    for range in alone.line(name, index + 1) {
                        masked.insert(
                            line[range.clone()]
                                .trim_matches(['"', '{', '}', ' '])
                                .to_owned(),
                        );
                    }
                }
            }
        }
        // `data` under `extraSecrets` is a secret by its type only.
        for secret in [
            "Pw1",
            "Pw2",
            "Pw3",
            "Pw4",
            "Pw5",
            "Pw6",
            "Pw7",
            "Pw8",
            "KEY: Pw10",
        ] {
            assert!(masked.contains(secret), "{secret} not masked: {masked:?}");
        }
    }

    #[test]
    fn unreadable_files_are_masked_line_by_line() {
        let text = "fernetKey: \"Pw1\nother: [";
        assert_eq!(secrets(text, &[]), [(1, "\"Pw1".to_owned())]);
    }
}
