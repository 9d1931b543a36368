//! The plan of an upgrade: what changes, what a person does, and why.

use std::collections::BTreeSet;
use std::fmt;

use serde_json::Value;

use crate::airflow_config::{AirflowConfig, OptionStatus};
use crate::check::structure::{KeyPath, Segment};
use crate::check::{Code, Severity};
use crate::edit::{Edit, EditError, apply};
use crate::official::{AirflowVersion, ChartVersion, Deprecation, deprecations};
use crate::yaml::parse_path;
use crate::yaml::{Document, read_document};

/// What an upgrade change or leftover is about; each kind has a code that
/// `explain` documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// The Airflow version the file deploys (`airflowVersion`,
    /// `defaultAirflowTag`, `images.airflow.tag`).
    AirflowVersion,
    /// A key the target release deprecates.
    DeprecatedKey,
    /// A webserver setting, on Airflow 3 where the API server replaces the
    /// webserver.
    ApiServer,
    /// The webserver secret key, on Airflow 3 where the API and JWT secrets
    /// replace it.
    SessionSecret,
    /// An executor Airflow 3 no longer has.
    Executor,
    /// A `config:` option Airflow renamed or removed between the versions.
    AirflowOption,
}

impl Kind {
    /// Every kind, in code order.
    pub const ALL: &'static [Kind] = &[
        Kind::AirflowVersion,
        Kind::DeprecatedKey,
        Kind::ApiServer,
        Kind::SessionSecret,
        Kind::Executor,
        Kind::AirflowOption,
    ];

    /// The code `explain` knows it by, such as `AV0911`.
    #[must_use]
    pub fn code(self) -> Code {
        self.entry().0
    }

    /// The kebab-case name `explain` knows it by.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.entry().1
    }

    fn entry(self) -> (Code, &'static str) {
        UPGRADE_DOCS[self as usize].0
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code(), self.name())
    }
}

/// The codes of the upgrade kinds, with their documentation, in the order of
/// [`Kind::ALL`].
pub(crate) static UPGRADE_DOCS: &[((Code, &str), &str)] = &[
    (
        (Code::new("AV0910"), "upgrade-airflow-version"),
        include_str!("docs/AV0910.md"),
    ),
    (
        (Code::new("AV0911"), "upgrade-deprecated-key"),
        include_str!("docs/AV0911.md"),
    ),
    (
        (Code::new("AV0912"), "upgrade-webserver-to-api-server"),
        include_str!("docs/AV0912.md"),
    ),
    (
        (Code::new("AV0913"), "upgrade-webserver-secret-key"),
        include_str!("docs/AV0913.md"),
    ),
    (
        (Code::new("AV0914"), "upgrade-executor-for-airflow-3"),
        include_str!("docs/AV0914.md"),
    ),
    (
        (Code::new("AV0915"), "upgrade-airflow-option"),
        include_str!("docs/AV0915.md"),
    ),
];

/// The severity `explain` shows for the upgrade codes: each names a change
/// made or one a person makes, not a fault of the file.
pub(crate) const UPGRADE_SEVERITY: Severity = Severity::Note;

/// One edit of an upgrade, with why it is made.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Change {
    /// What it is about.
    pub kind: Kind,
    /// The edit.
    pub edit: Edit,
    /// Why, in one sentence.
    pub reason: String,
    /// The line (from 1) of the input the change starts from, when the key
    /// is written there.
    pub line: Option<usize>,
}

/// Something a person changes: the upgrade cannot make it by itself.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Manual {
    /// What it is about.
    pub kind: Kind,
    /// The key path, as the file has it once the plan's changes are made.
    pub path: String,
    /// Why, and what to write.
    pub reason: String,
    /// The line (from 1) of the input where the key is written, if it is.
    pub line: Option<usize>,
}

/// The edits that move a values file from one release to another.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Plan {
    /// The edits, in the order they are made.
    pub changes: Vec<Change>,
    /// What a person has to change.
    pub manual: Vec<Manual>,
}

/// What [`Plan::apply`] made of a values file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Upgraded {
    /// The text with every change that could be made.
    pub text: String,
    /// The changes made.
    pub applied: Vec<Change>,
    /// The changes that could not be made, with why.
    pub refused: Vec<(Change, EditError)>,
}

impl Plan {
    /// Makes the changes one by one; one that cannot be made is listed in
    /// [`Upgraded::refused`] and the others still are.
    #[must_use]
    pub fn apply(&self, source: &str) -> Upgraded {
        let mut out = Upgraded {
            text: source.to_owned(),
            applied: Vec::new(),
            refused: Vec::new(),
        };
        for change in &self.changes {
            match apply(&out.text, std::slice::from_ref(&change.edit)) {
                Ok(text) => {
                    out.text = text;
                    out.applied.push(change.clone());
                }
                Err(error) => out.refused.push((change.clone(), error)),
            }
        }
        out
    }

    /// Whether the plan changes nothing and leaves nothing to a person.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.manual.is_empty()
    }
}

/// The plan that moves the values file `source` from chart release `from`
/// to `to`, with the Airflow version that follows from the file and `to`.
///
/// # Errors
///
/// [`EditError::Unreadable`] when the text is not YAML the reader accepts.
pub fn plan(source: &str, from: ChartVersion, to: ChartVersion) -> Result<Plan, EditError> {
    plan_with(source, from, to, None)
}

/// [`plan`], moving the file to Airflow `airflow` as well when it is given:
/// `airflowVersion` is written (added when missing), and the Airflow 3
/// changes follow the version asked for.
///
/// ```
/// use airflow_values::official::{AirflowVersion, ChartVersion};
/// use airflow_values::upgrade::{Kind, plan_with};
///
/// let text = "airflowVersion: 2.10.5\nwebserver:\n  # two of them\n  replicas: 2\nwebserverSecretKey: not-a-real-one\n";
/// let plan = plan_with(text, ChartVersion::V1_16_0, ChartVersion::V1_22_0, Some(AirflowVersion::new(3, 2, 2)))?;
/// let out = plan.apply(text);
/// assert_eq!(out.text, "airflowVersion: \"3.2.2\"\nwebserver: {}\napiSecretKey: not-a-real-one\napiServer:\n  # two of them\n  replicas: 2\n");
/// assert!(plan.changes.iter().any(|c| c.kind == Kind::ApiServer));
/// # Ok::<(), airflow_values::edit::EditError>(())
/// ```
///
/// # Errors
///
/// [`EditError::Unreadable`] when the text is not YAML the reader accepts.
pub fn plan_with(
    source: &str,
    from: ChartVersion,
    to: ChartVersion,
    airflow: Option<AirflowVersion>,
) -> Result<Plan, EditError> {
    let body = source.strip_prefix('\u{feff}').unwrap_or(source);
    let doc = read_document(body.as_bytes())?;
    let mut planner = Planner {
        text: body.to_owned(),
        tree: doc.tree.clone(),
        doc,
        moves: Vec::new(),
        reported: BTreeSet::new(),
        from,
        to,
        source_airflow: from.default_airflow_version(),
        target_airflow: to.default_airflow_version(),
        plan: Plan::default(),
    };
    planner.versions(airflow);
    // A deprecated key can move into a webserver key that moves on to the API
    // server (`webserver.extraNetworkPolicies`), so the Airflow 3 moves run
    // on both sides of the deprecations.
    planner.airflow3();
    planner.deprecations();
    planner.airflow3();
    planner.options();
    Ok(planner.plan)
}

/// The planner's state: the tree as the changes planned so far leave it.
pub(super) struct Planner {
    text: String,
    doc: Document,
    pub(super) tree: Value,
    /// (to, from) of every key moved so far, to find a key's line in the input.
    moves: Vec<(KeyPath, KeyPath)>,
    /// The paths already left to a person, each reported once.
    reported: BTreeSet<String>,
    pub(super) from: ChartVersion,
    pub(super) to: ChartVersion,
    source_airflow: AirflowVersion,
    pub(super) target_airflow: AirflowVersion,
    plan: Plan,
}

impl Planner {
    /// The value at `path` in the tree as planned so far.
    pub(super) fn get(&self, path: &str) -> Option<&Value> {
        lookup(&self.tree, &parse_path(path))
    }

    /// The line of the input where the key now at `path` was written.
    fn line(&self, path: &str) -> Option<usize> {
        let mut at = parse_path(path);
        for (to, from) in self.moves.iter().rev() {
            if at.0.starts_with(&to.0) {
                let mut back = from.0.clone();
                back.extend_from_slice(&at.0[to.0.len()..]);
                at = KeyPath(back);
            }
        }
        // The key itself, or the closest ancestor written in the input.
        (0..=at.0.len())
            .rev()
            .find_map(|n| self.doc.positions.key(&KeyPath(at.0[..n].to_vec())))
            .map(|span| span.line)
    }

    /// Whether the key at `path` is written in the input with no comment on
    /// its line or right above it, so removing it loses no comment.
    fn bare(&self, path: &str) -> bool {
        let at = parse_path(path);
        if self.moves.iter().any(|(to, _)| at.0.starts_with(&to.0)) {
            return false;
        }
        let Some(span) = self.doc.positions.key(&at) else {
            return false;
        };
        let mut lines = self.text.lines();
        let above = span.line.checked_sub(2).and_then(|n| lines.clone().nth(n));
        let own = lines.nth(span.line - 1).unwrap_or_default();
        !own.contains('#') && !above.is_some_and(|l| l.trim_start().starts_with('#'))
    }

    /// Plans `edit` and makes it in the planner's tree.
    pub(super) fn change(&mut self, kind: Kind, edit: Edit, reason: String) {
        let line = self.line(edit.path());
        match &edit {
            Edit::SetValue { path, value } | Edit::Insert { path, value, .. } => {
                set_path(&mut self.tree, &parse_path(path), value.clone());
            }
            Edit::Rename { path, to } => {
                let from = parse_path(path);
                let mut to_path = from.clone();
                to_path.0.pop();
                to_path.0.push(Segment::Key(to.clone()));
                if let Some(value) = remove_key(&mut self.tree, &from) {
                    set_path(&mut self.tree, &to_path, value);
                }
                self.moves.push((to_path, from));
            }
            Edit::Move { path, to } => {
                let (from, to) = (parse_path(path), parse_path(to));
                if let Some(value) = remove_key(&mut self.tree, &from) {
                    set_path(&mut self.tree, &to, value);
                }
                self.moves.push((to, from));
            }
            Edit::Delete { path } => {
                remove_key(&mut self.tree, &parse_path(path));
            }
            _ => {}
        }
        self.plan.changes.push(Change {
            kind,
            edit,
            reason,
            line,
        });
    }

    /// Leaves `path` to a person, once.
    pub(super) fn manual(&mut self, kind: Kind, path: &str, reason: String) {
        self.manual_near(kind, path, path, reason);
    }

    /// [`Self::manual`] for a key that is not written yet, at the line of `near`.
    pub(super) fn manual_near(&mut self, kind: Kind, path: &str, near: &str, reason: String) {
        if !self.reported.insert(path.to_owned()) {
            return;
        }
        let line = self.line(near);
        self.plan.manual.push(Manual {
            kind,
            path: path.to_owned(),
            reason,
            line,
        });
    }

    /// Moves `path` to `to` when `to` is free, and otherwise leaves both to
    /// a person.
    pub(super) fn move_or_merge(&mut self, kind: Kind, path: &str, to: &str, reason: String) {
        if self.get(to).is_some() {
            self.manual(
                kind,
                path,
                format!("{reason}; `{to}` is set too, and wins: merge the two by hand"),
            );
        } else {
            let (at, target) = (parse_path(path), parse_path(to));
            let siblings = at.0.len() == target.0.len()
                && at.0[..at.0.len() - 1] == target.0[..target.0.len() - 1];
            let edit = match target.last_key() {
                // A new name in the same mapping keeps its place.
                Some(name) if siblings => Edit::rename(path, name),
                _ => Edit::move_to(path, to),
            };
            self.change(kind, edit, reason);
        }
    }

    /// The Airflow versions: what the file deploys before and after.
    fn versions(&mut self, asked: Option<AirflowVersion>) {
        let (from, to) = (self.from, self.to);
        let old = from.default_airflow_version();
        // The version the file deploys: `airflowVersion`, else the release an
        // image tag of its own names (the chart then configures the pods for
        // its default, which `check` reports), else the chart's default.
        let pinned = self
            .get("airflowVersion")
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<AirflowVersion>().ok())
            .or_else(|| {
                self.get("images.airflow.tag")
                    .and_then(Value::as_str)
                    .and_then(crate::rules::airflow_settings::airflow_release)
            });
        self.source_airflow = pinned.unwrap_or(old);
        self.target_airflow = match (asked, pinned) {
            (Some(asked), _) => asked,
            (None, Some(p)) if p != old => p,
            _ => to.default_airflow_version(),
        };
        let new = self.target_airflow.to_string();
        let old_text = old.to_string();
        let source_text = self.source_airflow.to_string();
        for path in ["airflowVersion", "defaultAirflowTag", "images.airflow.tag"] {
            let Some(value) = self.get(path).and_then(Value::as_str).map(str::to_owned) else {
                continue;
            };
            let follows = value == old_text || (asked.is_some() && value == source_text);
            if value == new || !(follows || asked.is_some() && path == "airflowVersion") {
                continue;
            }
            let reason = match asked {
                Some(_) => format!("Airflow {new} is asked for"),
                None => format!(
                    "`{path}` is chart {from}'s default Airflow {old}; chart {to} defaults to {new}"
                ),
            };
            self.change(
                Kind::AirflowVersion,
                Edit::set_value(path, new.clone()),
                reason,
            );
        }
        if asked.is_some() && self.get("airflowVersion").is_none() {
            self.change(
                Kind::AirflowVersion,
                Edit::insert("airflowVersion", new.clone(), None),
                format!("Airflow {new} is asked for"),
            );
        }
    }

    /// The keys the target release deprecates for the target Airflow.
    fn deprecations(&mut self) {
        let to = self.to;
        let airflow = self.target_airflow;
        for deprecation in deprecations(to).filter(|d| d.applies_to(airflow)) {
            if deprecation.key.contains("[]") || deprecation.key.contains('*') {
                continue;
            }
            if self.get(deprecation.key).is_none() {
                continue;
            }
            self.deprecated(deprecation);
        }
    }

    fn deprecated(&mut self, d: Deprecation) {
        let key = d.key;
        let to = self.to;
        let replacements: Vec<&str> = d.replacements().collect();
        let named: Vec<String> = replacements.iter().map(|r| format!("`{r}`")).collect();
        let deprecated = format!("chart {to} deprecates `{key}`");
        let last = key.rsplit('.').next().unwrap_or(key);
        if key.starts_with("webserverSecret") {
            return; // The secret step handles the webserver secret.
        }
        if last == "securityContext" {
            let instead = named.join(" and ");
            return self.manual(
                Kind::DeprecatedKey,
                key,
                format!(
                    "{deprecated}: it set both the pod's and the containers' security context, while {instead} splits them; write it as `pod:` and, with the fields a container takes, `containers:` under {instead}"
                ),
            );
        }
        if last == "host" || last == "tls" {
            let hosts = key.replace(&format!(".{last}"), ".hosts");
            return self.manual(
                Kind::DeprecatedKey,
                key,
                format!(
                    "{deprecated}: `{hosts}` is a list of hosts, each `{{name: <host>, tls: {{enabled, secretName}}}}`; write the host and its TLS there"
                ),
            );
        }
        if key == "registry" {
            return self.manual(
                Kind::DeprecatedKey,
                key,
                format!(
                    "{deprecated}: the chart made a pull Secret from `registry.connection`, while `imagePullSecrets` names Secrets that exist; create the Secret and list its name there"
                ),
            );
        }
        if key == "ingress.enabled" {
            return self.ingress_enabled(&replacements, &deprecated);
        }
        if key == "webserver.defaultUser" {
            let has_enabled = self
                .get(key)
                .and_then(Value::as_object)
                .is_some_and(|m| m.contains_key("enabled"));
            let enabled = format!("{key}.enabled");
            if has_enabled && self.get(&enabled) == Some(&Value::Bool(true)) && self.bare(&enabled)
            {
                // `createUserJob.enabled` is on by default: the flag adds nothing.
                self.change(
                    Kind::DeprecatedKey,
                    Edit::delete(enabled.as_str()),
                    format!("{deprecated}; `createUserJob.enabled`, which replaces its `enabled`, is on by default"),
                );
            } else if has_enabled {
                return self.manual(
                    Kind::DeprecatedKey,
                    key,
                    format!(
                        "{deprecated}: its `enabled` is `createUserJob.enabled` now, the rest `createUserJob.defaultUser`; move the two parts there"
                    ),
                );
            }
            return self.move_or_merge(
                Kind::DeprecatedKey,
                key,
                "createUserJob.defaultUser",
                format!("{deprecated}; `createUserJob.defaultUser` takes the same user"),
            );
        }
        match replacements.as_slice() {
            [one] => {
                let reason = format!("{deprecated}; `{one}` takes the same value");
                self.move_or_merge(Kind::DeprecatedKey, key, one, reason);
            }
            [celery, kubernetes]
                if celery.starts_with("workers.celery.")
                    && kubernetes.starts_with("workers.kubernetes.") =>
            {
                self.worker_key(key, celery, kubernetes, &deprecated);
            }
            _ => self.manual(
                Kind::DeprecatedKey,
                key,
                format!(
                    "{deprecated}; move its value to {} in the shape that takes",
                    named.join(" or ")
                ),
            ),
        }
    }

    /// `workers.X`, read by Celery workers and by the pods of the Kubernetes
    /// executor alike, now `workers.celery.X` and `workers.kubernetes.X`:
    /// one move when the executor runs one of the two.
    fn worker_key(&mut self, key: &str, celery: &str, kubernetes: &str, deprecated: &str) {
        let executor = self
            .get("executor")
            .and_then(Value::as_str)
            .unwrap_or("CeleryExecutor")
            .to_owned();
        let uses_celery = executor.contains("Celery");
        let uses_kubernetes = executor.contains("Kubernetes");
        match (uses_celery, uses_kubernetes) {
            (true, false) => self.move_or_merge(
                Kind::DeprecatedKey,
                key,
                celery,
                format!("{deprecated}; executor `{executor}` runs Celery workers only, which read `{celery}`"),
            ),
            (false, true) => self.move_or_merge(
                Kind::DeprecatedKey,
                key,
                kubernetes,
                format!("{deprecated}; executor `{executor}` runs Kubernetes task pods only, which read `{kubernetes}`"),
            ),
            (true, true) => self.manual(
                Kind::DeprecatedKey,
                key,
                format!("{deprecated}: it set both the Celery workers and the Kubernetes task pods that executor `{executor}` runs; copy it to `{celery}` and `{kubernetes}`, or keep in each what it needs"),
            ),
            (false, false) => self.manual(
                Kind::DeprecatedKey,
                key,
                format!("{deprecated}; executor `{executor}` runs no Celery workers and no Kubernetes task pods, so nothing reads it: remove it, or move it to `{celery}` or `{kubernetes}`"),
            ),
        }
    }

    /// `ingress.enabled`, which switched on every ingress its replacements
    /// now switch one by one.
    fn ingress_enabled(&mut self, replacements: &[&str], deprecated: &str) {
        let key = "ingress.enabled";
        // Only the ingresses of the server the target Airflow runs render:
        // the API server's on Airflow 3, the webserver's before.
        let airflow3 = self.target_airflow.major() >= 3;
        let mut replacements: Vec<&str> = replacements
            .iter()
            .copied()
            .filter(|r| match *r {
                "ingress.web.enabled" => {
                    !airflow3 || !replacements.contains(&"ingress.apiServer.enabled")
                }
                "ingress.apiServer.enabled" => airflow3,
                _ => true,
            })
            .collect();
        replacements.sort_by_key(|r| !r.starts_with("ingress.apiServer"));
        let replacements = replacements.as_slice();
        let set: Vec<&str> = replacements
            .iter()
            .copied()
            .filter(|r| self.get(r).is_some())
            .collect();
        let value = self.get(key).cloned();
        if !set.is_empty() {
            return self.manual(
                Kind::DeprecatedKey,
                key,
                format!(
                    "{deprecated}: the chart renders an ingress when either it or `{}` is on; decide each ingress's `enabled` by hand",
                    set[0]
                ),
            );
        }
        match value {
            Some(Value::Bool(false)) => self.change(
                Kind::DeprecatedKey,
                Edit::delete(key),
                format!(
                    "{deprecated}; off, it switches nothing on, and each ingress is off by default"
                ),
            ),
            Some(Value::Bool(true)) => {
                let Some((first, rest)) = replacements.split_first() else {
                    return;
                };
                let all = replacements.join("`, `");
                self.change(
                    Kind::DeprecatedKey,
                    Edit::move_to(key, *first),
                    format!("{deprecated}; it switched on each of `{all}`"),
                );
                for other in rest {
                    self.change(
                        Kind::DeprecatedKey,
                        Edit::insert(*other, true, None),
                        format!("{deprecated}; it switched on `{other}` too"),
                    );
                }
            }
            _ => self.manual(
                Kind::DeprecatedKey,
                key,
                format!(
                    "{deprecated}: it is not a plain `true` or `false`; set `{}` by hand",
                    replacements.join("`, `")
                ),
            ),
        }
    }

    /// `config:` options Airflow renamed or removed between the source and
    /// target versions.
    fn options(&mut self) {
        let target = AirflowConfig::for_version(self.target_airflow);
        let source = AirflowConfig::for_version(self.source_airflow);
        if self.target_airflow.major() < 2 {
            return;
        }
        let Some(config) = self.get("config").and_then(Value::as_object).cloned() else {
            return;
        };
        let at = self.target_airflow;
        for (section, options) in &config {
            let Some(options) = options.as_object() else {
                continue;
            };
            for (option, value) in options {
                let path = format!("config.{}.{}", path_key(section), path_key(option));
                match target.lookup(section, option) {
                    OptionStatus::Renamed { to, since, .. } => {
                        let new =
                            format!("config.{}.{}", path_key(to.section), path_key(to.option));
                        if new == path {
                            continue;
                        }
                        self.move_or_merge(
                            Kind::AirflowOption,
                            &path,
                            &new,
                            format!(
                                "Airflow {since} renamed `[{section}] {option}` to `[{}] {}`",
                                to.section, to.option
                            ),
                        );
                    }
                    OptionStatus::Removed { last, only_when } => {
                        let text = match value {
                            Value::String(s) => Some(s.clone()),
                            Value::Bool(b) => Some(b.to_string()),
                            Value::Number(n) => Some(n.to_string()),
                            _ => None,
                        };
                        if only_when.is_some_and(|only| text.as_deref() != Some(only)) {
                            continue;
                        }
                        let had = matches!(
                            source.lookup(section, option),
                            OptionStatus::Current(_) | OptionStatus::Deprecated { .. }
                        );
                        if !had {
                            continue; // Gone before the upgrade: `check` reports it.
                        }
                        let last = last.map_or(String::new(), |v| {
                            format!(" (Airflow {v} was the last with it)")
                        });
                        self.manual(
                            Kind::AirflowOption,
                            &path,
                            format!("Airflow {at} has no `[{section}] {option}`{last} and ignores it; remove it, and if you relied on it, look up what replaces it in Airflow's release notes"),
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

/// A key of a `config:` path, quoted when it holds a `.`.
fn path_key(name: &str) -> String {
    if name.contains('.') {
        format!("\"{name}\"")
    } else {
        name.to_owned()
    }
}

pub(super) fn lookup<'v>(tree: &'v Value, at: &KeyPath) -> Option<&'v Value> {
    at.0.iter().try_fold(tree, |node, segment| match segment {
        Segment::Key(key) => node.as_object()?.get(key),
        Segment::Index(index) => node.as_array()?.get(*index),
    })
}

fn remove_key(tree: &mut Value, at: &KeyPath) -> Option<Value> {
    let (Segment::Key(last), parent) = at.0.split_last()? else {
        return None;
    };
    let mut node = tree;
    for segment in parent {
        node = match segment {
            Segment::Key(key) => node.as_object_mut()?.get_mut(key)?,
            Segment::Index(index) => node.as_array_mut()?.get_mut(*index)?,
        };
    }
    node.as_object_mut()?.remove(last)
}

fn set_path(tree: &mut Value, at: &KeyPath, value: Value) {
    let Some((Segment::Key(last), parent)) = at.0.split_last() else {
        return;
    };
    let mut node = tree;
    for segment in parent {
        let next = match segment {
            Segment::Key(key) => node.as_object_mut().map(|map| {
                map.entry(key.clone())
                    .or_insert_with(|| Value::Object(serde_json::Map::new()))
            }),
            Segment::Index(index) => node.as_array_mut().and_then(|a| a.get_mut(*index)),
        };
        let Some(next) = next else {
            return;
        };
        node = next;
    }
    if let Some(map) = node.as_object_mut() {
        map.insert(last.clone(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ChartVersion::{V1_13_1, V1_16_0, V1_22_0};

    /// What a plan says, shortly: `CODE edit` for each change, `CODE path`
    /// for each leftover.
    fn said(plan: &Plan) -> (Vec<String>, Vec<String>) {
        (
            plan.changes
                .iter()
                .map(|c| format!("{} {}", c.kind.code(), c.edit))
                .collect(),
            plan.manual
                .iter()
                .map(|m| format!("{} {}", m.kind.code(), m.path))
                .collect(),
        )
    }

    #[test]
    fn each_case_plans_its_changes_and_leftovers() {
        type Case<'a> = (&'a str, ChartVersion, &'a [&'a str], &'a [&'a str]);
        let cases: &[Case<'_>] = &[
            // One replacement with the same value: moved.
            (
                "workers:\n  keda:\n    enabled: true\n",
                V1_16_0,
                &["AV0911 move `workers.keda` to `workers.celery.keda`"],
                &[],
            ),
            // Two replacements, one executor: the side it runs.
            (
                "executor: KubernetesExecutor\nworkers:\n  resources: {}\n",
                V1_16_0,
                &["AV0911 move `workers.resources` to `workers.kubernetes.resources`"],
                &[],
            ),
            // Both sides run: a person decides.
            (
                "executor: CeleryExecutor,KubernetesExecutor\nworkers:\n  resources: {}\n",
                V1_16_0,
                &[],
                &["AV0911 workers.resources"],
            ),
            // The new key is set too.
            (
                "workers:\n  replicas: 1\n  celery:\n    replicas: 2\n",
                V1_16_0,
                &[],
                &["AV0911 workers.replicas"],
            ),
            // Another shape.
            (
                "securityContext:\n  runAsUser: 1\n",
                V1_16_0,
                &[],
                &["AV0911 securityContext"],
            ),
            // On for every ingress: on for the ones Airflow 3 renders.
            (
                "ingress:\n  enabled: true\n",
                V1_16_0,
                &[
                    "AV0911 move `ingress.enabled` to `ingress.apiServer.enabled`",
                    "AV0911 add `ingress.flower.enabled`",
                ],
                &[],
            ),
            // Renamed in its section: renamed in place.
            (
                "config:\n  core:\n    dag_concurrency: 8\n",
                V1_13_1,
                &["AV0915 rename `config.core.dag_concurrency` to `max_active_tasks_per_dag`"],
                &[],
            ),
            // Removed in Airflow 3.
            (
                "config:\n  core:\n    check_slas: true\n",
                V1_16_0,
                &[],
                &["AV0915 config.core.check_slas"],
            ),
            // Airflow 2 pinned on purpose: no Airflow 3 change.
            (
                "airflowVersion: 2.11.0\nwebserver:\n  replicas: 2\nwebserverSecretKey: x\n",
                V1_16_0,
                &[],
                &[],
            ),
            // An image tag of its own pins Airflow 2 as well.
            (
                "images:\n  airflow:\n    tag: 2.10.6\nwebserver:\n  replicas: 2\n",
                V1_16_0,
                &[],
                &[],
            ),
            // The release's default Airflow follows, and Airflow 3 moves.
            (
                "airflowVersion: 2.10.5\nwebserver:\n  replicas: 2\n  command: [x]\n",
                V1_16_0,
                &[
                    "AV0910 set `airflowVersion`",
                    "AV0912 move `webserver.replicas` to `apiServer.replicas`",
                ],
                &["AV0912 webserver.command"],
            ),
            // The webserver's Secret holds another entry than the API's.
            (
                "webserverSecretKeySecretName: mine\n",
                V1_16_0,
                &[],
                &[
                    "AV0913 webserverSecretKeySecretName",
                    "AV0913 jwtSecretName",
                ],
            ),
            // Deprecated, then moved on to the API server.
            (
                "webserver:\n  extraNetworkPolicies: []\n",
                V1_16_0,
                &[
                    "AV0911 move `webserver.extraNetworkPolicies` to `webserver.networkPolicy.ingress.from`",
                    "AV0912 move `webserver.networkPolicy` to `apiServer.networkPolicy`",
                ],
                &[],
            ),
            (
                "executor: LocalKubernetesExecutor\n",
                V1_16_0,
                &["AV0914 set `executor`"],
                &[],
            ),
        ];
        for (text, from, changes, manual) in cases {
            let plan = plan(text, *from, V1_22_0).expect("plan");
            let (c, m) = said(&plan);
            assert_eq!(c, *changes, "changes of {text:?}");
            assert_eq!(m, *manual, "leftovers of {text:?}");
            let out = plan.apply(text);
            assert!(out.refused.is_empty(), "{text:?}: {:?}", out.refused);
            let again = super::plan(&out.text, V1_22_0, V1_22_0).expect("plan");
            assert!(
                again.changes.is_empty(),
                "{text:?} again: {:?}",
                again.changes
            );
        }
    }

    #[test]
    fn the_executor_becomes_a_list_of_the_same_workers() {
        let text = "executor: LocalKubernetesExecutor # local and pods\n";
        let out = plan(text, V1_16_0, V1_22_0).expect("plan").apply(text);
        assert_eq!(
            out.text,
            "executor: LocalExecutor,KubernetesExecutor # local and pods\n"
        );
    }

    #[test]
    fn leftovers_point_at_the_line_the_input_has_them() {
        let text = "# top\nwebserver:\n  # theirs\n  command: [x]\n";
        let plan = plan(text, V1_16_0, V1_22_0).expect("plan");
        assert_eq!(plan.manual[0].line, Some(4));
        let moved = "workers:\n  keda:\n    enabled: true\n";
        let plan = super::plan(moved, V1_16_0, V1_22_0).expect("plan");
        assert_eq!(plan.changes[0].line, Some(2));
    }
}
