//! [`check`]: values files layered like `helm -f a.yaml -f b.yaml --set …`,
//! checked stage by stage, every finding placed at the line it came from.
//!
//! The stages are: YAML with positions (and its hazards) → Helm's merge of
//! the files and the `--set` arguments → structure against the chart
//! version's schema → the typed model → the rules of the profile. Findings
//! of every stage come back together, sorted by source and line.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::hazards::{hazard_diagnostic, invalid_yaml, set_error};
use super::redact::{Read, Redactions, of_read};
use super::rules::passthrough;
use super::set::{SetKind, apply, merge};
use super::structure::{
    IssueKind, KeyPath, Segment, as_ignored_key, is_unknown_key, null_dropped_by_helm,
    remove_nulls_helm_drops, takes_any_key, to_diagnostic, unreadable_value, walk,
    walk_with_secrets,
};
use super::tpl_strings;
use super::{Chart, Diagnostic, Location, Profile, Report};
use crate::edit::Edit;
use crate::findings::DEFAULT_RELEASE_NAME;
use crate::yaml::{self, Document, HazardKind, read_document_limited};

/// The largest values file [`check`] reads unless told otherwise
/// ([`CheckOptions::max_input_bytes`]): 8 MiB, far beyond any real values file.
pub const DEFAULT_MAX_INPUT_BYTES: usize = yaml::MAX_INPUT_BYTES;

/// One values file to check: its name (a path, or `-` for standard input) and
/// its bytes, in any encoding Helm accepts (UTF-8, or UTF-16 with a BOM).
#[derive(Debug, Clone)]
pub struct Source<'a> {
    name: Cow<'a, str>,
    bytes: Cow<'a, [u8]>,
}

impl<'a> Source<'a> {
    /// A source from its name and bytes.
    pub fn new(name: impl Into<Cow<'a, str>>, bytes: impl Into<Cow<'a, [u8]>>) -> Self {
        Source {
            name: name.into(),
            bytes: bytes.into(),
        }
    }

    /// The source's name, as diagnostics show it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The source's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// What [`check`] checks against, and the `--set` arguments to apply.
///
/// ```
/// use airflow_values::check::{Chart, CheckOptions, Profile};
/// use airflow_values::official::ChartVersion;
///
/// let options = CheckOptions::new(ChartVersion::V1_15_0)
///     .profile(Profile::Production)
///     .set("dags.gitSync.enabled=true")
///     .set_string("images.airflow.tag=2.10");
/// assert_eq!(options.chart(), Chart::Official(ChartVersion::V1_15_0));
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct CheckOptions {
    chart: Chart,
    profile: Profile,
    sets: Vec<(SetKind, String)>,
    max_input_bytes: usize,
    values_root: Vec<String>,
    release_name: String,
}

impl CheckOptions {
    /// Options for a chart (the official chart at a
    /// [`ChartVersion`](crate::official::ChartVersion), or a
    /// dialect), the default profile and no `--set`.
    pub fn new(chart: impl Into<Chart>) -> Self {
        CheckOptions {
            chart: chart.into(),
            profile: Profile::Default,
            sets: Vec::new(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            values_root: Vec::new(),
            release_name: DEFAULT_RELEASE_NAME.to_owned(),
        }
    }

    /// The profile whose rules run.
    pub fn profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }

    /// A `--set` argument (`a.b=c,d[0]=e`), typed as Helm types it.
    pub fn set(mut self, argument: impl Into<String>) -> Self {
        self.sets.push((SetKind::Set, argument.into()));
        self
    }

    /// A `--set-string` argument: every value is a string.
    pub fn set_string(mut self, argument: impl Into<String>) -> Self {
        self.sets.push((SetKind::SetString, argument.into()));
        self
    }

    /// The size limit of each values file, in bytes ([`DEFAULT_MAX_INPUT_BYTES`] unless
    /// set): a larger file gets one `AV0001` error saying so, and is not parsed.
    ///
    /// ```
    /// use airflow_values::check::{CheckOptions, Source, check};
    /// use airflow_values::official::ChartVersion;
    ///
    /// let options = CheckOptions::new(ChartVersion::V1_22_0).max_input_bytes(16);
    /// let report = check(&[Source::new("values.yaml", "executor: KubernetesExecutor\n".as_bytes())], &options);
    /// assert_eq!(report.diagnostics()[0].code.as_str(), "AV0001");
    /// assert!(report.diagnostics()[0].message.contains("more than 16 bytes"));
    /// ```
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }

    /// The key the chart's values sit under (dotted: `airflow`,
    /// `platform.airflow`), as in the values file of an umbrella chart that
    /// has this chart as a dependency named or aliased so. Only that subtree
    /// is checked; findings keep pointing at the lines of the file. Empty
    /// (the default): the whole file.
    ///
    /// ```
    /// use airflow_values::check::{CheckOptions, Source, check};
    /// use airflow_values::official::ChartVersion;
    ///
    /// let text = "airflow:\n  executor: KubernetesExecutor\n  schedular: {}\n";
    /// let options = CheckOptions::new(ChartVersion::V1_22_0).values_root("airflow");
    /// let report = check(&[Source::new("values.yaml", text.as_bytes())], &options);
    /// let finding = &report.diagnostics()[0];
    /// assert_eq!(finding.code.as_str(), "AV0110");
    /// assert_eq!(finding.path.to_string(), "schedular");
    /// assert_eq!(finding.location.as_ref().unwrap().to_string(), "values.yaml:3:3");
    /// ```
    pub fn values_root(mut self, root: impl AsRef<str>) -> Self {
        self.values_root = root
            .as_ref()
            .split('.')
            .filter(|k| !k.is_empty())
            .map(str::to_owned)
            .collect();
        self
    }

    /// The release name the chart is installed under (`helm install NAME`;
    /// [`DEFAULT_RELEASE_NAME`] unless set). Some template checks read it:
    /// the community chart refuses names longer than 40 characters.
    ///
    /// ```
    /// use airflow_values::check::{Chart, CheckOptions, Source, check};
    ///
    /// let name = "airflow-data-platform-production-west-europe";
    /// let options = CheckOptions::new(Chart::Community).release_name(name);
    /// let report = check(&[Source::new("values.yaml", "workers: {replicas: 1}\n".as_bytes())], &options);
    /// assert!(report.diagnostics().iter().any(|d| d.code.as_str() == "AV1441"));
    /// ```
    pub fn release_name(mut self, name: impl Into<String>) -> Self {
        self.release_name = name.into();
        self
    }

    /// The chart checked against.
    pub fn chart(&self) -> Chart {
        self.chart
    }

    /// The size limit of each values file, in bytes.
    pub fn input_size_limit(&self) -> usize {
        self.max_input_bytes
    }

    /// The `--set` and `--set-string` arguments, in the order given.
    /// The keys under which the chart's values sit (`--values-root`), from
    /// the top of the files.
    pub(crate) fn root_keys(&self) -> &[String] {
        &self.values_root
    }

    pub(crate) fn set_arguments(&self) -> impl Iterator<Item = (SetKind, &str)> {
        self.sets
            .iter()
            .map(|(kind, argument)| (*kind, argument.as_str()))
    }
}

/// The name `--set` arguments have as a source in diagnostics.
pub const SET_SOURCE: &str = "--set";

/// Checks values files layered in order, then `--set` arguments, against the
/// options' chart version and profile.
///
/// Never panics and never prints; secrets never appear in the report.
///
/// ```
/// use airflow_values::check::{CheckOptions, Source, check};
/// use airflow_values::official::ChartVersion;
///
/// let base = Source::new("values.yaml", "scheduler:\n  nodeselector: {}\n".as_bytes());
/// let report = check(&[base], &CheckOptions::new(ChartVersion::V1_22_0));
/// let finding = &report.diagnostics()[0];
/// assert_eq!(finding.code.as_str(), "AV0101");
/// assert_eq!(finding.suggestion.as_deref(), Some("nodeSelector"));
/// assert_eq!(finding.location.as_ref().unwrap().to_string(), "values.yaml:2:3");
/// ```
pub fn check(sources: &[Source<'_>], options: &CheckOptions) -> Report {
    run(sources, options, false).0
}

/// [`check`], and where the sources hold secrets ([`redactions`](super::redactions)),
/// from one reading of the files: for a program that shows the lines its
/// findings point at.
///
/// ```
/// use airflow_values::check::{CheckOptions, Source, check_with_redactions};
/// use airflow_values::official::ChartVersion;
/// use airflow_values::yaml::KeyPath;
///
/// let text = "fernetKey: hunter2\nschedulr: {}\n";
/// let source = Source::new("values.yaml", text.as_bytes());
/// let (report, redactions) =
///     check_with_redactions(&[source], &CheckOptions::new(ChartVersion::V1_22_0));
/// let misspelt = KeyPath::from_keys(["schedulr"]);
/// assert!(report.diagnostics().iter().any(|d| d.path == misspelt));
/// let [secret] = redactions.line("values.yaml", 1) else { panic!() };
/// assert_eq!(&text[secret.clone()], "hunter2");
/// ```
#[must_use]
pub fn check_with_redactions(
    sources: &[Source<'_>],
    options: &CheckOptions,
) -> (Report, Redactions) {
    let (report, redactions) = run(sources, options, true);
    (report, redactions.unwrap_or_default())
}

/// [`check`], with the redactions when `redact` asks for them.
fn run(
    sources: &[Source<'_>],
    options: &CheckOptions,
    redact: bool,
) -> (Report, Option<Redactions>) {
    let chart = options.chart;
    let mut diagnostics = Vec::new();
    let mut documents: Vec<(&str, Document)> = Vec::new();
    let mut unreadable: Vec<usize> = Vec::new();
    let mut readable = true;
    for (index, source) in sources.iter().enumerate() {
        match read_document_limited(&source.bytes, options.max_input_bytes) {
            Ok(document) => {
                for hazard in &document.hazards {
                    let mut d = hazard_diagnostic(hazard);
                    if let HazardKind::DuplicateKey { path, winner } = &hazard.kind
                        && crate::edit::same_entries(
                            document.text(),
                            hazard.span.offset,
                            winner.offset,
                        )
                    {
                        d.fix = vec![Edit::DeleteLostDuplicate {
                            path: path.to_string(),
                            line: hazard.span.line,
                        }];
                    }
                    d.location = Some(Location::new(
                        source.name(),
                        hazard.span.line,
                        hazard.span.column,
                    ));
                    diagnostics.push(d);
                }
                documents.push((source.name(), document));
            }
            Err(error) => {
                readable = false;
                unreadable.push(index);
                let mut d = invalid_yaml(&error);
                let (line, column) = error.location().unwrap_or((1, 1));
                d.location = Some(Location::new(source.name(), line, column));
                diagnostics.push(d);
            }
        }
    }
    if !readable {
        let redactions =
            redact.then(|| of_read(&as_read(sources, &documents, &unreadable), options, None));
        return (sorted(diagnostics, sources), redactions);
    }

    let mut merged = Value::Object(Map::new());
    for (_, document) in &documents {
        if document.tree.is_object() {
            merge(&mut merged, document.tree.clone());
        }
    }
    let mut set_paths: Vec<(KeyPath, usize)> = Vec::new();
    let mut sets: Vec<(usize, &(SetKind, String))> = options.sets.iter().enumerate().collect();
    sets.sort_by_key(|(_, (kind, _))| *kind);
    for (index, (kind, argument)) in sets {
        match apply(&mut merged, argument, *kind) {
            Ok(paths) => set_paths.extend(paths.into_iter().map(|p| (p, index))),
            Err(error) => {
                let mut d = set_error(&error);
                d.location = Some(Location::new(SET_SOURCE, index + 1, error.at() + 1));
                diagnostics.push(d);
            }
        }
    }
    // An umbrella chart's values: only the dependency's subtree is checked,
    // and its paths are found in the files under the root.
    let root: Vec<Segment> = options
        .values_root
        .iter()
        .map(|k| Segment::Key(k.clone()))
        .collect();
    if !root.is_empty() {
        merged = options
            .values_root
            .iter()
            .try_fold(&merged, |node, key| node.get(key))
            .cloned()
            .unwrap_or_else(|| Value::Object(Map::new()));
    }
    let rooted = |path: &KeyPath| KeyPath(root.iter().chain(&path.0).cloned().collect());
    // A key set to `null` in a values file removes the chart's default when
    // Helm coalesces the values with the chart, before the chart's schema
    // sees them: a `null` where the chart has a default is no wrong type.
    let structure = |merged: &Value| -> (Vec<_>, Vec<KeyPath>) {
        let (issues, secrets) = if redact {
            walk_with_secrets(chart.schema_root(), merged)
        } else {
            (walk(chart.schema_root(), merged), Vec::new())
        };
        let issues = issues
            .into_iter()
            .filter(|issue| !null_dropped_by_helm(chart, merged, issue))
            .collect();
        (issues, secrets)
    };
    let (mut issues, mut secrets) = structure(&merged);
    // Keys the chart renders as templates take a string too: where the
    // schema wants a structure and the file gives a string, the string is
    // read as that structure (or left out when it holds template code).
    // Keys that hold a list as YAML text (the official `extraEnv`) are
    // read and walked against the list's type.
    let strings: Vec<(&str, tpl_strings::Holds)> = chart
        .facts()
        .template_rendered
        .iter()
        .copied()
        .filter(|key| {
            issues.iter().any(|issue| {
                matches!(issue.kind, IssueKind::WrongType { found, .. } if found.contains("string"))
                    && issue.path.to_string() == *key
            })
        })
        .map(|key| (key, tpl_strings::Holds::Schema))
        .chain(
            chart
                .facts()
                .template_lists
                .iter()
                .map(|&(key, definition)| (key, tpl_strings::Holds::ListOf(definition))),
        )
        .filter(|(key, _)| {
            key.split('.')
                .try_fold(&merged, |node, k| node.get(k))
                .is_some_and(Value::is_string)
        })
        .collect();
    let mut blocks = Vec::new();
    if !strings.is_empty() {
        let with_bytes: Vec<(&str, &Document, &[u8])> = documents
            .iter()
            .zip(sources)
            .map(|((name, document), source)| (*name, document, source.bytes()))
            .collect();
        let rewritten = strings
            .iter()
            .any(|(_, holds)| matches!(holds, tpl_strings::Holds::Schema));
        let found = tpl_strings::expand(
            &strings,
            &mut merged,
            &with_bytes,
            options.profile,
            chart.schema_root(),
            &root,
        );
        blocks = found.blocks;
        for mut d in found.notes {
            d.location = locate(&rooted(&d.path), &documents, &set_paths);
            diagnostics.push(d);
        }
        if rewritten {
            (issues, secrets) = structure(&merged);
        }
        issues.extend(found.issues);
    }
    let redactions = redact.then(|| {
        let secrets: Vec<KeyPath> = secrets.iter().map(&rooted).collect();
        of_read(
            &as_read(sources, &documents, &unreadable),
            options,
            Some(&secrets),
        )
    });
    let locate = |path: &KeyPath| {
        blocks
            .iter()
            .find_map(|block| block.locate(path))
            .or_else(|| locate(&rooted(path), &documents, &set_paths))
    };
    for issue in &issues {
        let mut d = to_diagnostic(issue, chart.version());
        if takes_any_key(chart, &issue.path) {
            as_ignored_key(&mut d);
        }
        if let Some(note) = anchor_holder(&issue.path, &d) {
            d = note;
        }
        if chart.official_version().is_some() {
            other_chart_key(&issue.path, &mut d);
            if let Some(umbrella) = umbrella_values(&issue.path, &d, &merged, chart) {
                d = umbrella;
            }
            crate::rules::airflow_settings::option_as_section(&issue.path, &mut d);
        }
        d.location = locate(&issue.path);
        diagnostics.push(d);
    }
    // The chart's own template checks read the values as the templates do:
    // everything the files and `--set` give, unknown keys included.
    let table = chart.facts().template_checks;
    for mut d in table.diagnostics(&merged, chart.version(), &options.release_name) {
        d.location = locate(&d.path);
        diagnostics.push(d);
    }
    // The rules still look at everything else: the keys reported above are
    // left out of what the typed model reads.
    for issue in &issues {
        prune(&mut merged, &issue.path);
    }
    // Nor the nulls Helm drops with the chart's defaults: the templates see
    // no key there, and the typed model reads it so.
    remove_nulls_helm_drops(chart, &mut merged);
    if let Some(version) = chart.official_version() {
        for mut d in passthrough::diagnostics(&merged, version) {
            d.location = locate(&d.path);
            diagnostics.push(d);
        }
    }
    // A value the walk let through but its type refuses (a malformed
    // digest, say) is reported and left out in turn, so the rules still see
    // the rest. Values under a key already reported are left out silently.
    let mut left_out: Vec<KeyPath> = issues.iter().map(|issue| issue.path.clone()).collect();
    let mut findings = None;
    for _ in 0..MAX_UNREADABLE {
        match (chart.facts().typed_findings)(chart, &merged, options.profile) {
            Ok(found) => {
                findings = Some(found);
                break;
            }
            Err(error) => {
                if !left_out
                    .iter()
                    .any(|path| path.0.starts_with(&error.path.0))
                {
                    let mut d = unreadable_value(&error);
                    d.location = locate(&error.path);
                    diagnostics.push(d);
                }
                if error.path.0.iter().all(|s| matches!(s, Segment::Index(_))) {
                    break;
                }
                prune(&mut merged, &error.path);
                left_out.push(error.path);
            }
        }
    }
    for mut d in findings.unwrap_or_default() {
        d.location = locate(&d.path);
        diagnostics.push(d);
    }
    // A fix edits the file the finding is in, at the path the file has.
    // Findings of the YAML stage (AV00) already have the file's paths; the others have
    // paths under the values root.
    let root_path = KeyPath(root.clone()).to_string();
    for d in &mut diagnostics {
        let in_file = d.location.as_ref().is_some_and(|l| l.file != SET_SOURCE);
        if !in_file {
            d.fix.clear();
        } else if !root_path.is_empty() && !d.code.as_str().starts_with("AV00") {
            d.fix = d.fix.drain(..).map(|edit| edit.under(&root_path)).collect();
        }
    }
    (sorted(diagnostics, sources), redactions)
}

/// The sources as [`run`] read them, in their order: documents, or the bytes
/// of those (at `unreadable`) that are not YAML.
fn as_read<'a>(
    sources: &'a [Source<'_>],
    documents: &'a [(&'a str, Document)],
    unreadable: &[usize],
) -> Vec<(&'a str, Read<'a>)> {
    let mut parsed = documents.iter();
    sources
        .iter()
        .enumerate()
        .filter_map(|(index, source)| {
            if unreadable.contains(&index) {
                Some((source.name(), Read::Unreadable(source.bytes())))
            } else {
                parsed
                    .next()
                    .map(|(name, document)| (*name, Read::Document(document)))
            }
        })
        .collect()
}

/// An unknown top-level key named `x-…` is the common way to hold YAML
/// anchors for later aliases (as in Compose files): the chart ignores it, and
/// so it is a note rather than an error.
fn anchor_holder(path: &KeyPath, diagnostic: &Diagnostic) -> Option<Diagnostic> {
    let [Segment::Key(key)] = path.0.as_slice() else {
        return None;
    };
    if !is_unknown_key(diagnostic) || !key.starts_with("x-") {
        return None;
    }
    let mut note = diagnostic.clone();
    note.fix.clear();
    note.severity = super::Severity::Note;
    note.message = format!("`{key}` is not a key of the chart; Helm ignores it");
    note.help =
        Some("nothing to fix if it only holds YAML anchors for aliases elsewhere".to_owned());
    Some(note)
}

/// AV0108: the values of an umbrella chart's dependency.
pub(crate) const AV0108: (super::Code, &str, super::Severity) = (
    super::Code::new("AV0108"),
    "umbrella-chart-values",
    super::Severity::Warning,
);

/// The documentation of AV0108.
pub(crate) const AV0108_DOC: &str = include_str!("rules/docs/AV0108.md");

/// An unknown top-level key whose mapping holds mostly this chart's own
/// top-level keys: the values of an umbrella chart that has this chart as a
/// dependency named or aliased so.
fn umbrella_values(
    path: &KeyPath,
    diagnostic: &Diagnostic,
    tree: &Value,
    chart: Chart,
) -> Option<Diagnostic> {
    let [Segment::Key(key)] = path.0.as_slice() else {
        return None;
    };
    if !is_unknown_key(diagnostic) {
        return None;
    }
    let inner = tree.get(key)?.as_object()?;
    // The walking root names every top-level key (large ones point to
    // their definitions), so the whole schema need not be built.
    let own = chart.schema_root().top().get("properties")?.as_object()?;
    let known = inner
        .keys()
        .filter(|k| own.contains_key(k.as_str()))
        .count();
    // Two of the chart's keys at least: one alone (`git: {dags: …}`) is a
    // coincidence more often than an umbrella.
    if known < 2 || known * 2 < inner.len() {
        return None;
    }
    let mut d = Diagnostic::new(
        AV0108,
        path.clone(),
        format!(
            "`{key}:` holds this chart's values ({known} of its {} keys are the chart's), the way an umbrella chart passes them to a dependency named or aliased `{key}`; Helm ignores them when this file goes to the chart itself",
            inner.len()
        ),
        Some(format!(
            "check them with `--values-root {key}`, or put the umbrella's Chart.yaml (with the dependency) beside the file"
        )),
    );
    d.location = diagnostic.location.clone();
    Some(d)
}

/// Top-level keys of the airflow-helm community chart and of the Bitnami
/// chart that users carry over to the official one, with where their values
/// go there. A near spelling among the official keys (`git` → `gid`) would
/// mislead, so these replace the suggestion.
const OTHER_CHART_KEYS: &[(&str, &str)] = &[
    (
        "airflow",
        "`airflow:` is the airflow-helm community chart's block; the official chart takes its keys at the top level (`executor`, `fernetKey`, `config`, `env`, …)",
    ),
    (
        "externalDatabase",
        "the official chart reads an external database from `data.metadataConnection` or `data.metadataSecretName`",
    ),
    (
        "externalRedis",
        "the official chart reads an external broker from `data.brokerUrl` or `data.brokerUrlSecretName`",
    ),
    (
        "auth",
        "`auth:` is the Bitnami chart's; the official chart takes `fernetKey`/`fernetKeySecretName`, `webserverSecretKey` and `webserver.defaultUser`",
    ),
    (
        "git",
        "`git:` is the Bitnami chart's; the official chart syncs DAGs with `dags.gitSync`",
    ),
    (
        "serviceAccount",
        "the official chart has a service account per component: `scheduler.serviceAccount`, `webserver.serviceAccount`, `workers.serviceAccount`, …",
    ),
    (
        "extraManifests",
        "the official chart has no `extraManifests`; apply extra objects with their own manifests",
    ),
];

/// Guidance for a key that belongs to another Airflow chart.
fn other_chart_key(path: &KeyPath, diagnostic: &mut Diagnostic) {
    let [Segment::Key(key)] = path.0.as_slice() else {
        return;
    };
    if !is_unknown_key(diagnostic) {
        return;
    }
    if let Some((_, help)) = OTHER_CHART_KEYS.iter().find(|(k, _)| k == key) {
        diagnostic.suggestion = None;
        diagnostic.fix.clear();
        diagnostic.help = Some((*help).to_owned());
    }
}

/// Most values [`check`] leaves out of the typed model, one at a time,
/// before it gives up on running the rules.
const MAX_UNREADABLE: usize = 16;

/// Removes the key an issue is about (the last key of its path) from the tree.
fn prune(tree: &mut Value, path: &KeyPath) {
    let Some(last) = path.0.iter().rposition(|s| matches!(s, Segment::Key(_))) else {
        return;
    };
    let mut node = tree;
    for segment in &path.0[..last] {
        node = match (segment, node) {
            (Segment::Key(k), Value::Object(map)) => match map.get_mut(k) {
                Some(child) => child,
                None => return,
            },
            (Segment::Index(i), Value::Array(items)) => match items.get_mut(*i) {
                Some(child) => child,
                None => return,
            },
            _ => return,
        };
    }
    if let (Segment::Key(key), Value::Object(map)) = (&path.0[last], node) {
        map.remove(key);
    }
}

/// Where a key path was written: by the `--set` argument that wrote it last,
/// else in the last file that has it, else at the closest ancestor written
/// anywhere.
fn locate(
    path: &KeyPath,
    documents: &[(&str, Document)],
    set_paths: &[(KeyPath, usize)],
) -> Option<Location> {
    if let Some((_, index)) = set_paths
        .iter()
        .rev()
        .find(|(p, _)| path.0.starts_with(&p.0) || p.0.starts_with(&path.0))
    {
        return Some(Location::new(SET_SOURCE, index + 1, 1));
    }
    for (name, document) in documents.iter().rev() {
        if let Some(span) = document.positions.key(path) {
            return Some(Location::new(*name, span.line, span.column));
        }
    }
    // Not written anywhere (a finding about a chart default): the deepest
    // ancestor that some file writes, else the top of the last file.
    let top = documents.last().map(|(name, _)| Location::new(*name, 1, 1));
    let ancestor = documents
        .iter()
        .rev()
        .filter_map(|(name, document)| {
            let depth = (1..=path.0.len()).rev().find(|&n| {
                document
                    .positions
                    .key(&KeyPath(path.0[..n].to_vec()))
                    .is_some()
            })?;
            let span = document.positions.key(&KeyPath(path.0[..depth].to_vec()))?;
            Some((depth, Location::new(*name, span.line, span.column)))
        })
        .max_by_key(|(depth, _)| *depth)
        .map(|(_, location)| location);
    ancestor.or(top)
}

/// Diagnostics by source (in the order given, `--set` last), line and
/// column; findings without a place come last, in stage order.
fn sorted(mut diagnostics: Vec<Diagnostic>, sources: &[Source<'_>]) -> Report {
    let rank = |d: &Diagnostic| match &d.location {
        Some(l) => (
            sources
                .iter()
                .position(|s| s.name() == l.file)
                .unwrap_or(sources.len()),
            l.line,
            l.column,
        ),
        None => (usize::MAX, 0, 0),
    };
    diagnostics.sort_by_key(rank);
    Report::new(diagnostics)
}
