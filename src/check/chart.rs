//! Which chart a values file is for: the official chart at one of its
//! modeled versions, or another Airflow chart modeled as a dialect.

use std::fmt;

use crate::official::ChartVersion;

/// The chart [`check`](super::check) reads values for.
///
/// ```
/// use airflow_values::check::Chart;
/// use airflow_values::official::ChartVersion;
///
/// let chart = Chart::from(ChartVersion::V1_22_0);
/// assert_eq!(chart.to_string(), "apache-airflow 1.22.0");
/// assert_eq!(chart.official_version(), Some(ChartVersion::V1_22_0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Chart {
    /// The official apache-airflow chart, at a modeled version.
    Official(ChartVersion),
    /// The Bitnami airflow chart ([`crate::bitnami`]).
    #[cfg(feature = "bitnami")]
    #[cfg_attr(docsrs, doc(cfg(feature = "bitnami")))]
    Bitnami,
    /// The airflow-helm community chart ([`crate::community`]).
    #[cfg(feature = "community")]
    #[cfg_attr(docsrs, doc(cfg(feature = "community")))]
    Community,
}

impl Chart {
    /// The chart's name as `--chart` spells it: `apache-airflow`,
    /// `bitnami-airflow` or `airflow-helm`.
    pub fn name(self) -> &'static str {
        match self {
            Chart::Official(_) => "apache-airflow",
            #[cfg(feature = "bitnami")]
            Chart::Bitnami => crate::bitnami::CHART_NAME,
            #[cfg(feature = "community")]
            Chart::Community => crate::community::CHART_NAME,
        }
    }

    /// The chart version the model describes (`1.22.0`, `25.0.4`, `8.9.0`).
    pub fn version(self) -> &'static str {
        match self {
            Chart::Official(version) => version.as_str(),
            #[cfg(feature = "bitnami")]
            Chart::Bitnami => crate::bitnami::CHART_VERSION,
            #[cfg(feature = "community")]
            Chart::Community => crate::community::CHART_VERSION,
        }
    }

    /// The official chart's version, or `None` for another chart.
    pub fn official_version(self) -> Option<ChartVersion> {
        match self {
            Chart::Official(version) => Some(version),
            #[cfg(any(feature = "bitnami", feature = "community"))]
            _ => None,
        }
    }

    /// The compiled schema the structural check walks for this chart.
    pub(crate) fn schema_root(self) -> crate::schemas::SchemaRoot<'static> {
        match self {
            Chart::Official(version) => crate::official::compiled_schema(version).root(),
            #[cfg(feature = "bitnami")]
            Chart::Bitnami => crate::schemas::bitnami().root(),
            #[cfg(feature = "community")]
            Chart::Community => crate::schemas::community().root(),
        }
    }

    /// The JSON Schema the structural check walks for this chart.
    pub fn json_schema(self) -> &'static schemars::Schema {
        match self {
            Chart::Official(version) => crate::official::json_schema(version),
            #[cfg(feature = "bitnami")]
            Chart::Bitnami => crate::bitnami::json_schema(),
            #[cfg(feature = "community")]
            Chart::Community => crate::community::json_schema(),
        }
    }
}

impl From<ChartVersion> for Chart {
    fn from(version: ChartVersion) -> Self {
        Chart::Official(version)
    }
}

impl fmt::Display for Chart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.name(), self.version())
    }
}
