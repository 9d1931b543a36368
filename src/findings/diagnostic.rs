//! Diagnostics, their codes and severities, and the report that collects them.

use std::fmt;

use crate::yaml::KeyPath;

/// What a family of codes is about: the first two digits of a [`Code`]
/// (three for the Bitnami template checks, AV115x).
///
/// ```
/// use airflow_values::check::{Area, Code};
/// assert_eq!(Code::new("AV0101").area(), Area::Structure);
/// assert_eq!(Code::new("AV0701").area(), Area::Template);
/// assert_eq!(Code::new("AV1151").area(), Area::Template);
/// assert_eq!(Code::new("AV1101").area(), Area::Bitnami);
/// assert!(Area::Structure.blocks_reading());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Area {
    /// AV00: YAML that Helm reads differently from how it looks.
    Yaml,
    /// AV01: the document against the chart's schema (unknown keys, types).
    Structure,
    /// AV02: images, tags and digests.
    Images,
    /// AV03: the metadata database and its connection.
    Database,
    /// AV04: secrets and keys.
    Secrets,
    /// AV05: DAGs and git-sync.
    Dags,
    /// AV06: logs.
    Logs,
    /// AV07 (official), AV115x (Bitnami), AV14 (community): what the chart's
    /// templates would refuse or render wrong.
    Template,
    /// AV09: migrating a dialect's values to the official chart.
    Migration,
    /// AV11 (but AV115x): rules of the Bitnami chart.
    Bitnami,
    /// AV12: rules of the airflow-helm community chart.
    Community,
    /// AV13: Airflow configuration options and environment variables.
    AirflowConfig,
}

impl Area {
    /// The area of a code's digits, or `None` for a family no code has.
    const fn of(b: &[u8]) -> Option<Area> {
        let family = (b[2] - b'0') * 10 + (b[3] - b'0');
        Some(match family {
            0 => Area::Yaml,
            1 => Area::Structure,
            2 => Area::Images,
            3 => Area::Database,
            4 => Area::Secrets,
            5 => Area::Dags,
            6 => Area::Logs,
            7 | 14 => Area::Template,
            9 => Area::Migration,
            11 if b[4] == b'5' => Area::Template,
            11 => Area::Bitnami,
            12 => Area::Community,
            13 => Area::AirflowConfig,
            _ => return None,
        })
    }

    /// Whether a finding of this area means the document could not be read
    /// into the model at all (YAML hazards and structure), as opposed to a
    /// rule's finding about values that were read.
    #[must_use]
    pub fn blocks_reading(self) -> bool {
        matches!(self, Area::Yaml | Area::Structure)
    }
}

/// A stable rule code: `AV` followed by four digits (area, then rule).
///
/// Codes are never reused or renumbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code {
    text: &'static str,
    area: Area,
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.text)
    }
}

impl Code {
    /// A code from its text; a malformed code fails at compile time when used in a `const`.
    ///
    /// # Panics
    /// When `code` is not `AV` followed by four ASCII digits, or its first
    /// digits name no [`Area`].
    pub const fn new(code: &'static str) -> Code {
        let b = code.as_bytes();
        assert!(
            b.len() == 6 && b[0] == b'A' && b[1] == b'V',
            "a code is AV + 4 digits"
        );
        let mut i = 2;
        while i < 6 {
            assert!(b[i].is_ascii_digit(), "a code is AV + 4 digits");
            i += 1;
        }
        match Area::of(b) {
            Some(area) => Code { text: code, area },
            None => panic!("a code's first digits name an Area"),
        }
    }

    /// The code's text, such as `AV0201`.
    pub fn as_str(self) -> &'static str {
        self.text
    }

    /// What the code is about.
    #[must_use]
    pub fn area(self) -> Area {
        self.area
    }
}

/// A code that no finding has, from [`Code`]'s `FromStr`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no finding has the code `{0}`; `airflow-values explain` lists them")]
pub struct UnknownCode(pub(crate) String);

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Note,
    /// Probably wrong; fix or accept knowingly.
    Warning,
    /// Wrong: the deployment breaks, loses data, or is unsafe for its profile.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Which set of rules runs.
///
/// `Default` reports what the chart would reject, break on, or silently
/// ignore. `Production` adds the rules of a hardened deployment: pinned
/// images, static keys, TLS to the database, no default passwords. Every
/// `Default` rule also runs under `Production`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum Profile {
    /// What the chart would reject or silently ignore.
    #[default]
    Default,
    /// A hardened production deployment.
    Production,
}

impl Profile {
    /// The profile's name, as the command line spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Default => "default",
            Profile::Production => "production",
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding: which rule, where (as a key path), what is wrong, and what to do.
///
/// The message never contains a secret's value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The rule's code.
    pub code: Code,
    /// The rule's name, such as `image-without-digest`.
    pub name: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// The key the finding is about, such as `dags.gitSync.knownHosts`;
    /// the root path (no segments) for a finding about the whole document
    /// or a file that could not be read. It displays (and serializes) with
    /// a key that holds a dot or a bracket quoted: `config."a.b"`.
    pub path: KeyPath,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// A replacement for the key or value, when one is clear (such as the
    /// key a misspelt one was meant to be).
    pub suggestion: Option<String>,
    /// Where in which source it was found; `None` for values built in Rust.
    pub location: Option<Location>,
    /// The edits of the source file that fix it, when exactly one fix is
    /// right (`check --fix` applies them); empty otherwise. Paths are those
    /// of the file the location names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fix: Vec<super::Edit>,
}

impl Diagnostic {
    /// A finding at a key path, with no location yet.
    pub(crate) fn new(
        (code, name, severity): (Code, &'static str, Severity),
        path: KeyPath,
        message: impl Into<String>,
        help: Option<String>,
    ) -> Self {
        Diagnostic {
            code,
            name,
            severity,
            path,
            message: message.into(),
            help,
            suggestion: None,
            location: None,
            fix: Vec::new(),
        }
    }
}

/// A position in a source: a file (or `--set`, `-` for standard input), a
/// line and a column, both counted from 1.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[non_exhaustive]
pub struct Location {
    /// The source's name, as given to [`check`](crate::check::check).
    pub file: String,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Location {
    /// A location from its parts.
    pub fn new(file: impl Into<String>, line: usize, column: usize) -> Self {
        Location {
            file: file.into(),
            line,
            column,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = &self.location {
            write!(f, "{location}: ")?;
        }
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity, self.code, self.path, self.message
        )?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Every finding of one validation, in rule order.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub(crate) fn new(diagnostics: Vec<Diagnostic>) -> Self {
        Report { diagnostics }
    }

    /// Every finding.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// The findings that are errors.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// Whether there are no findings at all.
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// The findings with `code`; parse a code's text with `"AV0101".parse()`,
    /// which refuses a code no finding has.
    pub fn with_code(&self, code: Code) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(move |d| d.code == code)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.diagnostics.iter()
    }
}
