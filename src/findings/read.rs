//! The one error of reading a values file into a chart's model.

use super::Report;
use crate::yaml::YamlError;

/// Why a values file could not be read into a chart's model.
///
/// Every chart's reader returns it (`official::Values::from_yaml`,
/// `bitnami::Values::from_yaml`, `community::Values::from_yaml`, and
/// [`ChartValues::read_yaml`](crate::check::ChartValues::read_yaml)).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The text is not YAML, or a value does not parse into its type.
    #[error(transparent)]
    Yaml(#[from] YamlError),
    /// The document does not fit the chart's schema.
    #[error("the values do not fit {chart}:\n{report}")]
    Structure {
        /// The chart the document was checked against, as the message
        /// names it (`chart 1.22.0`, `the airflow-helm chart 8.9.0`).
        chart: String,
        /// One diagnostic per problem, each with its key path.
        report: Report,
    },
}
