//! Which chart version to check against: `--chart-version`, else the `airflow`
//! dependency of an umbrella chart beside the first values file, else the
//! newest modeled version.

use std::fmt;
use std::path::{Path, PathBuf};

use airflow_values::official::ChartVersion;
use anyhow::{Context, Result, anyhow, bail};
use serde_json::Value;

/// The names `--chart` accepts for the official chart.
const OFFICIAL_CHART_NAMES: &[&str] = &["apache-airflow", "apache-airflow/airflow"];

/// Whether `--chart` names the official chart, the only one modeled.
///
/// # Errors
/// A message for the user when it names another chart.
pub(crate) fn check_chart_name(chart: &str) -> Result<(), String> {
    if OFFICIAL_CHART_NAMES.contains(&chart) {
        Ok(())
    } else {
        Err(format!(
            "chart `{chart}` is not supported: only the official apache-airflow chart is \
             modeled; the Bitnami and airflow-helm (community) dialects are not supported yet"
        ))
    }
}

/// A chart version and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    /// The version checked against.
    pub(crate) version: ChartVersion,
    /// Why that one.
    pub(crate) source: VersionSource,
}

/// Where the chart version came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum VersionSource {
    /// `--chart-version`.
    Flag,
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
    /// The source as the JSON output names it: `--chart-version`, the chart
    /// file's path, or `latest`.
    pub(crate) fn key(&self) -> String {
        match self {
            VersionSource::Flag => "--chart-version".to_owned(),
            VersionSource::ChartFile { path, .. } => path.display().to_string(),
            VersionSource::Latest => "latest".to_owned(),
        }
    }
}

impl fmt::Display for Resolved {
    /// `1.15.0 (from ./Chart.yaml)`, as the human format announces it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let version = self.version;
        match &self.source {
            VersionSource::Flag => write!(f, "{version} (from --chart-version)"),
            VersionSource::ChartFile { path, constraint } if constraint == version.as_str() => {
                write!(f, "{version} (from {})", path.display())
            }
            VersionSource::ChartFile { path, constraint } => write!(
                f,
                "{version} (from {}: airflow {constraint})",
                path.display()
            ),
            VersionSource::Latest => write!(
                f,
                "{version} (the newest modeled version; pass --chart-version to choose)"
            ),
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

/// The chart version to check against: `flag`, else the `airflow` dependency
/// of a Chart.lock, then a Chart.yaml, in `dir`, else the newest modeled one.
///
/// # Errors
/// When a chart file cannot be read or parsed, its `airflow` dependency is
/// another chart dialect, or its version allows no modeled version.
pub(crate) fn resolve(flag: Option<ChartVersion>, dir: &Path) -> Result<Resolved> {
    if let Some(version) = flag {
        return Ok(Resolved {
            version,
            source: VersionSource::Flag,
        });
    }
    for name in ["Chart.lock", "Chart.yaml"] {
        let path = dir.join(name);
        if let Some(resolved) = from_chart_file(&path)? {
            return Ok(resolved);
        }
    }
    Ok(Resolved {
        version: ChartVersion::LATEST,
        source: VersionSource::Latest,
    })
}

/// The version the `airflow` dependency of `path` allows, or `None` when the
/// file does not exist or has no such dependency.
fn from_chart_file(path: &Path) -> Result<Option<Resolved>> {
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
    let repository = dependency
        .get("repository")
        .and_then(Value::as_str)
        .unwrap_or("");
    if let Some(dialect) = other_dialect(repository) {
        bail!(
            "{} depends on the {dialect} airflow chart ({repository}), which is not supported \
             yet: only the official apache-airflow chart is modeled",
            path.display()
        );
    }
    let constraint = match dependency.get("version") {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        _ => bail!(
            "the airflow dependency in {} has no version; pass --chart-version",
            path.display()
        ),
    };
    let version = newest_allowed(&constraint).map_err(|error| {
        anyhow!(
            "the airflow dependency in {} asks for version `{constraint}`: {error:#}; \
             pass --chart-version",
            path.display()
        )
    })?;
    Ok(Some(Resolved {
        version,
        source: VersionSource::ChartFile {
            path: path.to_owned(),
            constraint,
        },
    }))
}

/// The chart dialect a dependency's repository serves, when it is not the official one.
fn other_dialect(repository: &str) -> Option<&'static str> {
    let repository = repository.to_ascii_lowercase();
    if repository.contains("airflow-helm") {
        Some("airflow-helm (community)")
    } else if repository.contains("bitnami") {
        Some("Bitnami")
    } else {
        None
    }
}

/// The newest modeled chart version a Helm version constraint allows.
fn newest_allowed(constraint: &str) -> Result<ChartVersion> {
    let constraint = Constraint::parse(constraint)?;
    ChartVersion::ALL
        .iter()
        .rev()
        .copied()
        .find(|v| constraint.allows(semver(*v)))
        .with_context(|| {
            let modeled: Vec<&str> = ChartVersion::ALL.iter().map(|v| v.as_str()).collect();
            format!(
                "no modeled chart version satisfies it (modeled: {})",
                modeled.join(", ")
            )
        })
}

/// A release number: major, minor, patch.
type Semver = (u64, u64, u64);

fn semver(version: ChartVersion) -> Semver {
    let mut parts = version
        .as_str()
        .split('.')
        .map(|p| p.parse::<u64>().unwrap_or(0));
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
    fn constraints_pick_the_newest_modeled_version_they_allow() {
        use ChartVersion::{V1_15_0, V1_22_0};
        for (constraint, want) in [
            ("1.15.0", Some(V1_15_0)),
            ("v1.15.0", Some(V1_15_0)),
            ("=1.22.0", Some(V1_22_0)),
            ("~1.15.0", Some(V1_15_0)),
            ("~1.15", Some(V1_15_0)),
            ("~> 1.15.0", Some(V1_15_0)),
            ("1.15.x", Some(V1_15_0)),
            ("1.15.*", Some(V1_15_0)),
            ("1.15", Some(V1_15_0)),
            ("1.x", Some(V1_22_0)),
            ("*", Some(V1_22_0)),
            ("^1.15.0", Some(V1_22_0)),
            (">=1.15.0 <1.20.0", Some(V1_15_0)),
            (">= 1.15, < 1.16", Some(V1_15_0)),
            (">1.15", Some(V1_22_0)),
            ("<=1.15", Some(V1_15_0)),
            ("!=1.22.0", Some(V1_15_0)),
            ("1.15.0 - 1.21", Some(V1_15_0)),
            ("1.16.0 || 1.15.0", Some(V1_15_0)),
            ("1.22.0-rc1", Some(V1_22_0)),
            ("1.16.0", None),
            ("~1.16.0", None),
            ("^2.0.0", None),
            ("8.9.0", None),
        ] {
            assert_eq!(
                newest_allowed(constraint).ok(),
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
    fn only_the_official_chart_is_accepted() {
        assert!(check_chart_name("apache-airflow").is_ok());
        let err = check_chart_name("bitnami/airflow").unwrap_err();
        assert!(
            err.contains("Bitnami") && err.contains("airflow-helm"),
            "{err}"
        );
    }

    #[test]
    fn other_dialects_are_recognised_by_repository() {
        for (repository, want) in [
            ("https://airflow.apache.org", None),
            (
                "https://airflow-helm.github.io/charts",
                Some("airflow-helm (community)"),
            ),
            ("oci://registry-1.docker.io/bitnamicharts", Some("Bitnami")),
        ] {
            assert_eq!(other_dialect(repository), want, "repository {repository:?}");
        }
    }
}
