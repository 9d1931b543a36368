//! The JSON Schema of the Bitnami model.

use schemars::Schema;

use super::{CHART_VERSION, Values};

/// The JSON Schema (draft 2020-12) of the Bitnami chart's values, as
/// [`Values::from_yaml`] and `check --chart bitnami-airflow` walk it.
///
/// Parsed once, from the schema compiled into the crate, then shared.
///
/// ```
/// let schema = airflow_values::bitnami::json_schema().as_value();
/// assert!(schema["properties"]["auth"].is_object());
/// ```
pub fn json_schema() -> &'static Schema {
    crate::schemas::bitnami().whole()
}

/// The schema as schemars derives it from the model: what
/// `src/schemas/data_bitnami.rs` holds, compiled, for [`json_schema`].
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn derived_schema() -> serde_json::Value {
    crate::official::model_schema::<Values>(&format!(
        "bitnami airflow chart {CHART_VERSION} values"
    ))
}
