//! Which chart, and which version of it, to check against: `--chart` and
//! `--chart-version`, else the `airflow` dependency of an umbrella chart
//! beside the first values file, else the newest modeled version of the
//! official chart.

use std::fmt;
use std::path::{Path, PathBuf};

use airflow_values::check::Chart;
use airflow_values::official::{ChartRelease, ChartVersion};
use anyhow::{Context, Result, anyhow, bail};
use serde_json::Value;

/// The charts `--chart` names: the official one, and the two dialects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChartKind {
    /// apache-airflow.
    Official,
    /// bitnami-airflow.
    Bitnami,
    /// airflow-helm (community).
    Community,
}

/// The names `--chart` accepts for each chart: the model's name first, then
/// the `repo/chart` names users know them by.
const CHART_NAMES: &[(ChartKind, &[&str])] = &[
    (
        ChartKind::Official,
        &["apache-airflow", "apache-airflow/airflow"],
    ),
    (
        ChartKind::Bitnami,
        &[
            "bitnami-airflow",
            "bitnami/airflow",
            "oci://registry-1.docker.io/bitnamicharts/airflow",
        ],
    ),
    (
        ChartKind::Community,
        &[
            "airflow-helm",
            "airflow-helm/airflow",
            "airflow-helm-community",
        ],
    ),
];

/// Reads `--chart`.
///
/// # Errors
/// A message for the user naming the accepted charts.
pub(crate) fn parse_chart_name(chart: &str) -> Result<ChartKind, String> {
    CHART_NAMES
        .iter()
        .find(|(_, names)| names.contains(&chart))
        .map(|(kind, _)| *kind)
        .ok_or_else(|| {
            format!(
                "chart `{chart}` is not modeled: use `apache-airflow` (the official chart), \
                 `bitnami-airflow` (Bitnami) or `airflow-helm` (the community chart)"
            )
        })
}

/// The dialect's chart, or `None` for the official one (whose version is
/// still to be resolved).
pub(crate) fn dialect(kind: ChartKind) -> Option<Chart> {
    match kind {
        ChartKind::Official => None,
        ChartKind::Bitnami => Some(Chart::Bitnami),
        ChartKind::Community => Some(Chart::Community),
    }
}

/// A chart and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    /// The chart (and version) checked against; for a release judged from
    /// its neighbours, the older neighbour.
    pub(crate) chart: Chart,
    /// The release of the official chart asked for; `None` for a dialect.
    pub(crate) release: Option<ChartRelease>,
    /// Why that one.
    pub(crate) source: VersionSource,
    /// The key the Airflow dependency's values sit under in the umbrella
    /// chart's values (its alias, else its name), when a chart file says so.
    pub(crate) dependency_key: Option<String>,
}

/// Where the chart version came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum VersionSource {
    /// `--chart-version`.
    Flag,
    /// `--chart` naming a dialect, which is modeled at one version.
    ChartFlag,
    /// The `airflow` dependency of a Chart.yaml or Chart.lock.
    ChartFile {
        /// The file, as shown to the user (`./Chart.yaml`).
        path: PathBuf,
        /// The dependency's version as written (`1.15.0`, `~1.15.0`).
        constraint: String,
    },
    /// Nothing said: the newest modeled version.
    Latest,
}

impl VersionSource {
    /// The source as the JSON output names it: `--chart-version`, `--chart`,
    /// the chart file's path, or `latest`.
    pub(crate) fn key(&self) -> String {
        match self {
            VersionSource::Flag => "--chart-version".to_owned(),
            VersionSource::ChartFlag => "--chart".to_owned(),
            VersionSource::ChartFile { path, .. } => path.display().to_string(),
            VersionSource::Latest => "latest".to_owned(),
        }
    }
}

impl Resolved {
    /// The official chart's version; an error for a dialect, which the
    /// caller (a command for the official chart only) reports.
    pub(crate) fn official(&self) -> Result<ChartVersion> {
        if let Some(ChartRelease::Unmodeled {
            name, older, newer, ..
        }) = self.release
        {
            bail!(
                "chart {name} is not modeled (no checked copy of it exists); pass \
                 --chart-version {older} or {newer}, the releases on either side"
            );
        }
        self.chart.official_version().ok_or_else(|| {
            anyhow!(
                "this command works on values of the official apache-airflow chart, and these \
                 are for {}; convert them with `airflow-values migrate` first",
                self.chart
            )
        })
    }
}

impl fmt::Display for Resolved {
    /// `1.15.0 (from ./Chart.yaml)`, as the human format announces it; a
    /// dialect with its name (`bitnami-airflow 25.0.4 (from --chart)`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.chart {
            Chart::Official(_) => write!(f, "{}", self.version())?,
            chart => write!(f, "{chart}")?,
        }
        let version = self.version();
        match &self.source {
            VersionSource::Flag => write!(f, " (from --chart-version)"),
            VersionSource::ChartFlag => write!(f, " (from --chart)"),
            VersionSource::ChartFile { path, constraint } if constraint == version => {
                write!(f, " (from {})", path.display())
            }
            VersionSource::ChartFile { path, constraint } => {
                write!(f, " (from {}: airflow {constraint})", path.display())
            }
            VersionSource::Latest => write!(
                f,
                " (the newest modeled version; pass --chart-version to choose)"
            ),
        }?;
        if let Some(ChartRelease::Unmodeled { older, newer, .. }) = self.release {
            write!(
                f,
                "; chart {} is not modeled, so it is judged from its neighbours {older} and \
                 {newer}: what both reject is an error, what only one rejects is a note",
                self.version()
            )?;
        }
        Ok(())
    }
}

impl Resolved {
    /// The version asked for, as the chart spells it: the release's for the
    /// official chart, the modeled one for a dialect.
    pub(crate) fn version(&self) -> &'static str {
        match self.release {
            Some(release) => release.as_str(),
            None => self.chart.version(),
        }
    }

    fn official_release(release: ChartRelease, source: VersionSource) -> Resolved {
        Resolved {
            chart: Chart::Official(release.neighbours().0),
            release: Some(release),
            source,
            dependency_key: None,
        }
    }
}

/// The directory whose chart files say the version of `file`: its parent,
/// `.` for a bare file name.
pub(crate) fn directory_of(file: &Path) -> &Path {
    match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// The chart to check against. A dialect named by `kind` is modeled at one
/// version. For the official chart (named, or not named at all): `flag`,
/// else the `airflow` dependency of a Chart.lock, then a Chart.yaml, in
/// `dir`, else the newest modeled version. When `kind` is not given and the
/// dependency is a dialect's chart, that dialect.
///
/// # Errors
/// When a chart file cannot be read or parsed, its `airflow` dependency is
/// another chart than the one named, its version allows no modeled version,
/// or `--chart-version` is given with a dialect.
pub(crate) fn resolve(
    kind: Option<ChartKind>,
    flag: Option<ChartRelease>,
    dir: &Path,
) -> Result<Resolved> {
    if let Some(chart) = kind.and_then(dialect) {
        if let Some(version) = flag {
            bail!(
                "--chart-version {version} is a version of the official chart; the {} model \
                 describes chart {} only, so leave --chart-version out",
                chart.name(),
                chart.version()
            );
        }
        return Ok(Resolved {
            chart,
            release: None,
            source: VersionSource::ChartFlag,
            dependency_key: None,
        });
    }
    if let Some(release) = flag {
        return Ok(Resolved::official_release(release, VersionSource::Flag));
    }
    for name in ["Chart.lock", "Chart.yaml"] {
        let path = dir.join(name);
        if let Some(resolved) = from_chart_file(&path, kind)? {
            return Ok(resolved);
        }
    }
    Ok(Resolved::official_release(
        ChartRelease::Modeled(ChartVersion::LATEST),
        VersionSource::Latest,
    ))
}

/// The chart the `airflow` dependency of `path` names, or `None` when the
/// file does not exist or has no such dependency.
fn from_chart_file(path: &Path, kind: Option<ChartKind>) -> Result<Option<Resolved>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => {
            return Err(error).with_context(|| format!("cannot read {}", path.display()));
        }
    };
    let chart: Value = airflow_values::yaml::from_str(&text).with_context(|| {
        format!(
            "cannot read {} to find the chart version; pass --chart-version",
            path.display()
        )
    })?;
    let Some(dependency) = chart
        .get("dependencies")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|d| d.get("name").and_then(Value::as_str) == Some("airflow"))
    else {
        return Ok(None);
    };
    let dependency_key = dependency
        .get("alias")
        .and_then(Value::as_str)
        .or_else(|| dependency.get("name").and_then(Value::as_str))
        .map(str::to_owned);
    let repository = dependency
        .get("repository")
        .and_then(Value::as_str)
        .unwrap_or("");
    let constraint = match dependency.get("version") {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    if let Some(dialect) = other_dialect(repository) {
        if kind == Some(ChartKind::Official) {
            bail!(
                "{} depends on the {} airflow chart ({repository}), not the official one: \
                 pass --chart {} to check values for it",
                path.display(),
                dialect.name(),
                dialect.name()
            );
        }
        return Ok(Some(Resolved {
            chart: dialect,
            release: None,
            source: VersionSource::ChartFile {
                path: path.to_owned(),
                constraint,
            },
            dependency_key,
        }));
    }
    if constraint.is_empty() {
        bail!(
            "the airflow dependency in {} has no version; pass --chart-version",
            path.display()
        );
    }
    let version = newest_allowed(&constraint).map_err(|error| {
        anyhow!(
            "the airflow dependency in {} asks for version `{constraint}`: {error:#}; \
             pass --chart-version",
            path.display()
        )
    })?;
    let mut resolved = Resolved::official_release(
        version,
        VersionSource::ChartFile {
            path: path.to_owned(),
            constraint,
        },
    );
    resolved.dependency_key = dependency_key;
    Ok(Some(resolved))
}

/// The chart dialect a dependency's repository serves, when it is not the official one.
fn other_dialect(repository: &str) -> Option<Chart> {
    let repository = repository.to_ascii_lowercase();
    if repository.contains("airflow-helm") {
        Some(Chart::Community)
    } else if repository.contains("bitnami") {
        Some(Chart::Bitnami)
    } else {
        None
    }
}

/// The newest chart release from 1.10.0 on that a Helm version constraint
/// allows (one judged from its neighbours included).
fn newest_allowed(constraint: &str) -> Result<ChartRelease> {
    let constraint = Constraint::parse(constraint)?;
    let releases = ChartRelease::all();
    releases
        .iter()
        .rev()
        .copied()
        .find(|r| constraint.allows(semver(r.as_str())))
        .with_context(|| {
            let known: Vec<&str> = releases.iter().map(|r| r.as_str()).collect();
            format!(
                "no chart release from 1.10.0 on satisfies it (known: {})",
                known.join(", ")
            )
        })
}

/// A release number: major, minor, patch.
type Semver = (u64, u64, u64);

fn semver(version: &str) -> Semver {
    let mut parts = version.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

/// A Helm (Masterminds semver) version constraint: alternatives separated by
/// `||`, each a list of comparisons that must all hold.
#[derive(Debug)]
struct Constraint(Vec<Vec<Comparison>>);

/// One comparison, such as `>= 1.15` or `~1.15.0`.
#[derive(Debug, Clone, Copy)]
struct Comparison {
    op: Op,
    version: Partial,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
    Tilde,
    Caret,
}

/// A version with possibly missing or wildcard (`x`, `*`) parts; a missing
/// part makes every later part a wildcard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Partial {
    major: Option<u64>,
    minor: Option<u64>,
    patch: Option<u64>,
}

impl Partial {
    fn parse(text: &str) -> Result<Partial> {
        let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
        // Pre-release and build metadata do not change which release a constraint allows here.
        let core = text.split(['-', '+']).next().unwrap_or("");
        let mut parts = core.split('.');
        let mut next = |wild: bool| -> Result<Option<u64>> {
            match parts.next() {
                _ if wild => Ok(None),
                None | Some("x" | "X" | "*") => Ok(None),
                Some(p) => p
                    .parse()
                    .map(Some)
                    .with_context(|| format!("`{text}` is not a version")),
            }
        };
        let major = next(false)?;
        let minor = next(major.is_none())?;
        let patch = next(minor.is_none())?;
        if parts.next().is_some() {
            bail!("`{text}` is not a version");
        }
        Ok(Partial {
            major,
            minor,
            patch,
        })
    }

    /// The lowest release the partial version stands for.
    fn floor(self) -> Semver {
        (
            self.major.unwrap_or(0),
            self.minor.unwrap_or(0),
            self.patch.unwrap_or(0),
        )
    }

    /// The first release above every release the partial version stands for;
    /// `None` when it stands for every release.
    fn ceiling(self) -> Option<Semver> {
        match (self.major, self.minor, self.patch) {
            (None, _, _) => None,
            (Some(major), None, _) => Some((major + 1, 0, 0)),
            (Some(major), Some(minor), None) => Some((major, minor + 1, 0)),
            (Some(major), Some(minor), Some(patch)) => Some((major, minor, patch + 1)),
        }
    }
}

impl Comparison {
    fn allows(self, v: Semver) -> bool {
        let p = self.version;
        let floor = p.floor();
        let below_ceiling = |c: Option<Semver>| c.is_none_or(|c| v < c);
        match self.op {
            Op::Eq => v >= floor && below_ceiling(p.ceiling()),
            Op::Ne => !(v >= floor && below_ceiling(p.ceiling())),
            Op::Gt => match p.ceiling() {
                None => false,
                Some(c) if p.patch.is_none() => v >= c,
                Some(_) => v > floor,
            },
            Op::Ge => v >= floor,
            Op::Lt => v < floor,
            Op::Le => below_ceiling(p.ceiling()),
            Op::Tilde => {
                let ceiling = match (p.major, p.minor) {
                    (None, _) => None,
                    (Some(major), None) => Some((major + 1, 0, 0)),
                    (Some(major), Some(minor)) => Some((major, minor + 1, 0)),
                };
                v >= floor && below_ceiling(ceiling)
            }
            Op::Caret => {
                let ceiling = match (p.major, p.minor, p.patch) {
                    (None, _, _) => None,
                    (Some(0), None, _) => Some((1, 0, 0)),
                    (Some(0), Some(0), None) => Some((0, 1, 0)),
                    (Some(0), Some(0), Some(patch)) => Some((0, 0, patch + 1)),
                    (Some(0), Some(minor), _) => Some((0, minor + 1, 0)),
                    (Some(major), _, _) => Some((major + 1, 0, 0)),
                };
                v >= floor && below_ceiling(ceiling)
            }
        }
    }
}

impl Constraint {
    fn parse(text: &str) -> Result<Constraint> {
        let mut alternatives = Vec::new();
        for alternative in text.split("||") {
            let tokens = tokens(alternative);
            if tokens.is_empty() {
                bail!("`{text}` is not a version constraint");
            }
            let mut comparisons = Vec::new();
            let mut i = 0;
            while i < tokens.len() {
                if tokens.get(i + 1).map(String::as_str) == Some("-") {
                    // A hyphen range: `1.15 - 1.22.0`.
                    let upper = tokens
                        .get(i + 2)
                        .with_context(|| format!("`{text}` has a range without an end"))?;
                    comparisons.push(Comparison {
                        op: Op::Ge,
                        version: Partial::parse(&tokens[i])?,
                    });
                    comparisons.push(Comparison {
                        op: Op::Le,
                        version: Partial::parse(upper)?,
                    });
                    i += 3;
                } else {
                    comparisons.push(comparison(&tokens[i])?);
                    i += 1;
                }
            }
            alternatives.push(comparisons);
        }
        Ok(Constraint(alternatives))
    }

    fn allows(&self, v: Semver) -> bool {
        self.0
            .iter()
            .any(|all| all.iter().all(|comparison| comparison.allows(v)))
    }
}

/// The comparisons of one alternative, with an operator written apart from
/// its version (`>= 1.15`) joined to it.
fn tokens(alternative: &str) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut pending_op = String::new();
    for word in alternative
        .split([',', ' ', '\t'])
        .filter(|w| !w.is_empty())
    {
        if word != "-" && word.chars().all(|c| "=<>!~^".contains(c)) {
            pending_op.push_str(word);
        } else {
            tokens.push(format!("{}{word}", std::mem::take(&mut pending_op)));
        }
    }
    if !pending_op.is_empty() {
        tokens.push(pending_op);
    }
    tokens
}

fn comparison(token: &str) -> Result<Comparison> {
    let split = token
        .find(|c: char| !"=<>!~^".contains(c))
        .unwrap_or(token.len());
    let (op, version) = token.split_at(split);
    let op = match op {
        "" | "=" | "==" => Op::Eq,
        "!=" => Op::Ne,
        ">" => Op::Gt,
        ">=" | "=>" => Op::Ge,
        "<" => Op::Lt,
        "<=" | "=<" => Op::Le,
        "~" | "~>" => Op::Tilde,
        "^" => Op::Caret,
        other => bail!("`{other}` is not a comparison operator"),
    };
    Ok(Comparison {
        op,
        version: Partial::parse(version)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraints_pick_the_newest_release_they_allow() {
        for (constraint, want) in [
            ("1.15.0", Some("1.15.0")),
            ("v1.15.0", Some("1.15.0")),
            ("=1.22.0", Some("1.22.0")),
            ("~1.15.0", Some("1.15.0")),
            ("~1.15", Some("1.15.0")),
            ("~> 1.15.0", Some("1.15.0")),
            ("1.15.x", Some("1.15.0")),
            ("1.15.*", Some("1.15.0")),
            ("1.15", Some("1.15.0")),
            ("1.x", Some("1.22.0")),
            ("*", Some("1.22.0")),
            ("^1.15.0", Some("1.22.0")),
            ("^1.16", Some("1.22.0")),
            ("~1.18.0", Some("1.18.0")),
            (">=1.13 <1.16", Some("1.15.0")),
            (">=1.15.0 <1.20.0", Some("1.19.0")),
            (">= 1.15, < 1.16", Some("1.15.0")),
            (">1.15", Some("1.22.0")),
            ("<=1.15", Some("1.15.0")),
            ("!=1.22.0", Some("1.21.0")),
            ("1.15.0 - 1.21", Some("1.21.0")),
            ("1.16.0 || 1.15.0", Some("1.16.0")),
            ("1.22.0-rc1", Some("1.22.0")),
            ("1.13", Some("1.13.1")),
            // Releases without data resolve too; they are judged from their neighbours.
            ("~1.14.0", Some("1.14.0")),
            ("~1.20.0", Some("1.20.0")),
            ("1.9.0", None),
            ("^2.0.0", None),
            ("8.9.0", None),
        ] {
            assert_eq!(
                newest_allowed(constraint).ok().map(|r| r.as_str()),
                want,
                "constraint {constraint:?}"
            );
        }
    }

    #[test]
    fn malformed_constraints_are_errors() {
        for constraint in ["", "latest", "1.a.0", "1.2.3.4", "%1.15.0", "1.15.0 -"] {
            assert!(
                Constraint::parse(constraint).is_err(),
                "constraint {constraint:?}"
            );
        }
    }

    #[test]
    fn chart_names_pick_the_model() {
        for (name, want) in [
            ("apache-airflow", ChartKind::Official),
            ("apache-airflow/airflow", ChartKind::Official),
            ("bitnami/airflow", ChartKind::Bitnami),
            ("bitnami-airflow", ChartKind::Bitnami),
            ("airflow-helm/airflow", ChartKind::Community),
            ("airflow-helm", ChartKind::Community),
        ] {
            assert_eq!(parse_chart_name(name), Ok(want), "{name}");
        }
        let err = parse_chart_name("astronomer/airflow").unwrap_err();
        assert!(
            err.contains("bitnami-airflow") && err.contains("airflow-helm"),
            "{err}"
        );
    }

    #[test]
    fn other_dialects_are_recognised_by_repository() {
        for (repository, want) in [
            ("https://airflow.apache.org", None),
            (
                "https://airflow-helm.github.io/charts",
                Some(Chart::Community),
            ),
            (
                "oci://registry-1.docker.io/bitnamicharts",
                Some(Chart::Bitnami),
            ),
        ] {
            assert_eq!(other_dialect(repository), want, "repository {repository:?}");
        }
    }
}
