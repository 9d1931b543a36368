//! Chart versions and Airflow versions.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::releases::{RELEASES, Release, UNMODELED};

/// A version of the official apache-airflow Helm chart that this crate models.
///
/// Every [`Values`](super::Values) targets exactly one version: keys that the
/// version does not have are reported by [`Values::validate`](super::Values::validate).
///
/// ```
/// use airflow_values::official::ChartVersion;
///
/// let v: ChartVersion = "1.15.0".parse()?;
/// assert_eq!(v, ChartVersion::V1_15_0);
/// assert_eq!(v.default_airflow_version().to_string(), "2.9.3");
/// # Ok::<(), airflow_values::official::ChartVersionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum ChartVersion {
    /// Chart 1.10.0, which ships Airflow 2.6.2 by default.
    V1_10_0,
    /// Chart 1.11.0, which ships Airflow 2.7.1 by default.
    V1_11_0,
    /// Chart 1.12.0, which ships Airflow 2.8.1 by default.
    V1_12_0,
    /// Chart 1.13.0, which ships Airflow 2.8.2 by default.
    V1_13_0,
    /// Chart 1.13.1, which ships Airflow 2.8.3 by default.
    V1_13_1,
    /// Chart 1.15.0, which ships Airflow 2.9.3 by default.
    V1_15_0,
    /// Chart 1.16.0, which ships Airflow 2.10.5 by default.
    V1_16_0,
    /// Chart 1.18.0, which ships Airflow 3.0.2 by default.
    V1_18_0,
    /// Chart 1.19.0, which ships Airflow 3.1.7 by default.
    V1_19_0,
    /// Chart 1.21.0, which ships Airflow 3.2.0 by default.
    V1_21_0,
    /// Chart 1.22.0, which ships Airflow 3.2.2 by default.
    #[default]
    V1_22_0,
}

impl ChartVersion {
    /// Every modeled chart version, oldest first.
    pub const ALL: &'static [ChartVersion] = &[
        ChartVersion::V1_10_0,
        ChartVersion::V1_11_0,
        ChartVersion::V1_12_0,
        ChartVersion::V1_13_0,
        ChartVersion::V1_13_1,
        ChartVersion::V1_15_0,
        ChartVersion::V1_16_0,
        ChartVersion::V1_18_0,
        ChartVersion::V1_19_0,
        ChartVersion::V1_21_0,
        ChartVersion::V1_22_0,
    ];

    /// The newest modeled chart version.
    pub const LATEST: ChartVersion = ChartVersion::V1_22_0;

    /// This release's row of facts.
    pub(crate) fn release(self) -> &'static Release {
        // `RELEASES` holds one row per variant, in declaration order (a test
        // checks it), so the discriminant is the row's index.
        &RELEASES[self as usize]
    }

    /// The version as the chart spells it, such as `1.15.0`.
    pub fn as_str(self) -> &'static str {
        self.release().name
    }

    /// The Airflow version the chart deploys when `airflowVersion` is unset
    /// (its `appVersion`).
    pub fn default_airflow_version(self) -> AirflowVersion {
        self.release().airflow
    }

    /// The oldest Airflow version the chart accepts, where its templates
    /// enforce one (from chart 1.21.0: 2.11.0).
    pub fn minimum_airflow_version(self) -> Option<AirflowVersion> {
        self.release().minimum_airflow
    }

    /// The lowest and highest Kubernetes versions the chart's `kubeVersion`
    /// admits; `(None, None)` when its Chart.yaml states none, as for every
    /// release from 1.10.0 to 1.22.0.
    pub fn kubernetes_versions(self) -> (Option<&'static str>, Option<&'static str>) {
        let range = self.release().kubernetes;
        (range.minimum, range.maximum)
    }

    /// Whether the chart's default Airflow is Airflow 3 (from chart 1.18.0):
    /// it then runs the API server instead of the webserver.
    pub fn defaults_to_airflow_3(self) -> bool {
        self.default_airflow_version().major() >= 3
    }

    /// Whether `executor` may name several executors separated by commas.
    pub fn supports_multiple_executors(self) -> bool {
        self.release().executors.multiple
    }

    /// The modeled release before this one, if any.
    pub fn previous(self) -> Option<ChartVersion> {
        let index = self as usize;
        index.checked_sub(1).map(|i| ChartVersion::ALL[i])
    }
}

impl fmt::Display for ChartVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A chart version string that this crate does not model.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "chart version `{given}` is not modeled; use one of {}",
    known_versions()
)]
pub struct ChartVersionError {
    given: String,
}

fn known_versions() -> String {
    ChartVersion::ALL
        .iter()
        .map(|v| v.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl ChartVersion {
    /// Parses a modeled release as the chart spells it, such as `1.15.0`.
    ///
    /// # Errors
    /// [`ChartVersionError`] for any other text, naming the modeled releases.
    pub fn parse(s: &str) -> Result<Self, ChartVersionError> {
        ChartVersion::ALL
            .iter()
            .copied()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| ChartVersionError {
                given: s.to_owned(),
            })
    }
}

/// A release of the official chart from 1.10.0 on: one this crate models, or
/// one of the few it has no checked copy of (1.14.0, 1.17.0, 1.20.0), which
/// is judged from the modeled releases on either side.
///
/// ```
/// use airflow_values::official::{ChartRelease, ChartVersion};
///
/// let modeled: ChartRelease = "1.18.0".parse()?;
/// assert_eq!(modeled, ChartRelease::Modeled(ChartVersion::V1_18_0));
/// let between: ChartRelease = "1.14.0".parse()?;
/// assert_eq!(
///     between.neighbours(),
///     (ChartVersion::V1_13_1, ChartVersion::V1_15_0)
/// );
/// # Ok::<(), airflow_values::official::ChartVersionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChartRelease {
    /// A modeled release.
    Modeled(ChartVersion),
    /// A release without data, between two modeled ones.
    Unmodeled {
        /// The version as the chart spells it, such as `1.14.0`.
        name: &'static str,
        /// The modeled release just before it.
        older: ChartVersion,
        /// The modeled release just after it.
        newer: ChartVersion,
    },
}

impl ChartRelease {
    /// Every release from 1.10.0 to the newest modeled one, oldest first.
    pub fn all() -> Vec<ChartRelease> {
        let mut out: Vec<ChartRelease> = ChartVersion::ALL
            .iter()
            .map(|v| ChartRelease::Modeled(*v))
            .collect();
        out.extend(
            UNMODELED
                .iter()
                .filter_map(|name| name.parse::<ChartRelease>().ok()),
        );
        out.sort_by_key(|r| numbers(r.as_str()));
        out
    }

    /// The version as the chart spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            ChartRelease::Modeled(v) => v.as_str(),
            ChartRelease::Unmodeled { name, .. } => name,
        }
    }

    /// The modeled releases that judge this one: itself twice when modeled,
    /// else the one before and the one after.
    pub fn neighbours(self) -> (ChartVersion, ChartVersion) {
        match self {
            ChartRelease::Modeled(v) => (v, v),
            ChartRelease::Unmodeled { older, newer, .. } => (older, newer),
        }
    }
}

impl fmt::Display for ChartRelease {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<ChartVersion> for ChartRelease {
    fn from(version: ChartVersion) -> Self {
        ChartRelease::Modeled(version)
    }
}

impl ChartRelease {
    /// Parses a release from 1.10.0 on, modeled or judged from its
    /// neighbours, as the chart spells it.
    ///
    /// # Errors
    /// [`ChartVersionError`] for text that names no such release.
    pub fn parse(s: &str) -> Result<Self, ChartVersionError> {
        if let Ok(v) = ChartVersion::parse(s) {
            return Ok(ChartRelease::Modeled(v));
        }
        let err = || ChartVersionError {
            given: s.to_owned(),
        };
        let name = UNMODELED
            .iter()
            .copied()
            .find(|n| *n == s)
            .ok_or_else(err)?;
        let here = numbers(name);
        let older = ChartVersion::ALL
            .iter()
            .copied()
            .rfind(|v| numbers(v.as_str()) < here)
            .ok_or_else(err)?;
        let newer = ChartVersion::ALL
            .iter()
            .copied()
            .find(|v| numbers(v.as_str()) > here)
            .ok_or_else(err)?;
        Ok(ChartRelease::Unmodeled { name, older, newer })
    }
}

/// The three numbers of a release name such as `1.13.1`.
fn numbers(name: &str) -> (u64, u64, u64) {
    let mut parts = name.split('.').map(|p| p.parse().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

/// An Airflow release number, `major.minor.patch`.
///
/// ```
/// use airflow_values::official::AirflowVersion;
///
/// let v: AirflowVersion = "2.9.3".parse()?;
/// assert!(v < AirflowVersion::new(3, 0, 0));
/// # Ok::<(), airflow_values::official::AirflowVersionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AirflowVersion {
    major: u16,
    minor: u16,
    patch: u16,
}

impl AirflowVersion {
    /// A version from its three numbers.
    pub const fn new(major: u16, minor: u16, patch: u16) -> Self {
        AirflowVersion {
            major,
            minor,
            patch,
        }
    }

    /// The major number: 2 or 3 for the charts modeled here.
    pub fn major(self) -> u16 {
        self.major
    }

    /// The minor number.
    pub fn minor(self) -> u16 {
        self.minor
    }

    /// The patch number.
    pub fn patch(self) -> u16 {
        self.patch
    }

    /// Reads the version at the start of an image tag such as `2.9.3-python3.12`.
    ///
    /// Returns `None` when the tag does not start with `major.minor.patch`
    /// followed by the end of the tag or a `-`.
    pub fn from_image_tag(tag: &str) -> Option<AirflowVersion> {
        let end = tag.find('-').unwrap_or(tag.len());
        tag[..end].parse().ok()
    }
}

impl fmt::Display for AirflowVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// A string that is not an Airflow version of the form `major.minor.patch`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{given}` is not an Airflow version; write it as major.minor.patch, such as 2.9.3")]
pub struct AirflowVersionError {
    given: String,
}

text_conversions!(ChartVersionError => ChartVersion, ChartRelease);

impl AirflowVersion {
    /// Parses `major.minor.patch`, such as `2.9.3`.
    ///
    /// # Errors
    /// [`AirflowVersionError`] for anything else.
    pub fn parse(s: &str) -> Result<Self, AirflowVersionError> {
        let err = || AirflowVersionError {
            given: s.to_owned(),
        };
        let mut parts = s.split('.');
        let mut next = || -> Result<u16, AirflowVersionError> {
            let part = parts.next().ok_or_else(err)?;
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            part.parse().map_err(|_| err())
        };
        let version = AirflowVersion::new(next()?, next()?, next()?);
        if parts.next().is_some() {
            return Err(err());
        }
        Ok(version)
    }
}

text_conversions!(AirflowVersionError => AirflowVersion);

impl Serialize for AirflowVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AirflowVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

// Written as one YAML string, as the domain types of `types::schema` are;
// here so that `types` does not depend on `official`.
impl schemars::JsonSchema for AirflowVersion {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("AirflowVersion")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn airflow_version_parses_three_numbers_only() {
        for (input, want) in [
            ("2.9.3", Some(AirflowVersion::new(2, 9, 3))),
            ("3.2.2", Some(AirflowVersion::new(3, 2, 2))),
            ("2.9", None),
            ("2.9.3.1", None),
            ("2.x.3", None),
            ("", None),
            ("+2.9.3", None),
        ] {
            assert_eq!(
                input.parse::<AirflowVersion>().ok(),
                want,
                "input {input:?}"
            );
        }
    }

    #[test]
    fn version_from_image_tag() {
        for (tag, want) in [
            ("2.9.3", Some("2.9.3")),
            ("2.9.3-python3.12", Some("2.9.3")),
            ("slim-2.9.3", None),
            ("latest", None),
        ] {
            assert_eq!(
                AirflowVersion::from_image_tag(tag).map(|v| v.to_string()),
                want.map(str::to_owned),
                "tag {tag:?}"
            );
        }
    }

    #[test]
    fn chart_version_round_trips_and_rejects_unknown() {
        for v in ChartVersion::ALL {
            assert_eq!(v.as_str().parse::<ChartVersion>().unwrap(), *v);
        }
        let err = "1.14.0".parse::<ChartVersion>().unwrap_err();
        assert!(err.to_string().contains("1.13.1, 1.15.0"), "{err}");
        assert_eq!("1.18.0".parse::<ChartVersion>(), Ok(ChartVersion::V1_18_0));
    }

    #[test]
    fn rows_follow_the_variants() {
        for (i, v) in ChartVersion::ALL.iter().enumerate() {
            assert_eq!(*v as usize, i, "{v}");
            assert_eq!(RELEASES[i].version, *v);
        }
        assert_eq!(RELEASES.len(), ChartVersion::ALL.len());
        assert_eq!(ChartVersion::LATEST, *ChartVersion::ALL.last().unwrap());
        assert_eq!(ChartVersion::V1_10_0.previous(), None);
        assert_eq!(
            ChartVersion::V1_15_0.previous(),
            Some(ChartVersion::V1_13_1)
        );
    }

    #[test]
    fn unmodeled_releases_sit_between_neighbours() {
        let names: Vec<_> = ChartRelease::all().iter().map(|r| r.as_str()).collect();
        assert_eq!(names.len(), 14);
        assert_eq!(names[5], "1.14.0");
        assert_eq!(
            "1.20.0".parse::<ChartRelease>().unwrap().neighbours(),
            (ChartVersion::V1_19_0, ChartVersion::V1_21_0)
        );
        assert!("1.9.0".parse::<ChartRelease>().is_err());
    }
}
