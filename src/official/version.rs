//! Chart versions and Airflow versions.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

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
    /// Chart 1.15.0, which ships Airflow 2.9.3 by default.
    V1_15_0,
    /// Chart 1.22.0, which ships Airflow 3.2.2 by default.
    #[default]
    V1_22_0,
}

impl ChartVersion {
    /// Every modeled chart version, oldest first.
    pub const ALL: &'static [ChartVersion] = &[ChartVersion::V1_15_0, ChartVersion::V1_22_0];

    /// The newest modeled chart version.
    pub const LATEST: ChartVersion = ChartVersion::V1_22_0;

    /// The version as the chart spells it, such as `1.15.0`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChartVersion::V1_15_0 => "1.15.0",
            ChartVersion::V1_22_0 => "1.22.0",
        }
    }

    /// The Airflow version the chart deploys when `airflowVersion` is unset.
    pub fn default_airflow_version(self) -> AirflowVersion {
        match self {
            ChartVersion::V1_15_0 => AirflowVersion::new(2, 9, 3),
            ChartVersion::V1_22_0 => AirflowVersion::new(3, 2, 2),
        }
    }

    /// The oldest Airflow version the chart accepts, where it enforces one.
    pub fn minimum_airflow_version(self) -> Option<AirflowVersion> {
        match self {
            ChartVersion::V1_15_0 => None,
            ChartVersion::V1_22_0 => Some(AirflowVersion::new(2, 11, 0)),
        }
    }

    /// Whether `executor` may name several executors separated by commas.
    pub fn supports_multiple_executors(self) -> bool {
        self >= ChartVersion::V1_22_0
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

impl FromStr for ChartVersion {
    type Err = ChartVersionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ChartVersion::ALL
            .iter()
            .copied()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| ChartVersionError {
                given: s.to_owned(),
            })
    }
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

impl FromStr for AirflowVersion {
    type Err = AirflowVersionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
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
        let err = "1.16.0".parse::<ChartVersion>().unwrap_err();
        assert!(err.to_string().contains("1.15.0, 1.22.0"), "{err}");
    }
}
