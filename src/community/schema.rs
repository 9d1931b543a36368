//! The JSON Schema of the community chart's values.

use schemars::Schema;

use super::{CHART_VERSION, Values};

/// The JSON Schema (draft 2020-12) of the values of the airflow-helm
/// community chart [`CHART_VERSION`], legacy keys included.
///
/// It is what [`Values::from_yaml`] checks a document against, and what an
/// editor can be pointed at. It is parsed once, from the schema compiled into the crate, and then shared.
///
/// ```
/// let schema = airflow_values::community::json_schema().as_value();
/// assert!(schema["properties"]["airflow"].is_object());
/// assert_eq!(schema["additionalProperties"], serde_json::json!(false));
/// ```
pub fn json_schema() -> &'static Schema {
    crate::schemas::community().whole()
}

/// The schema as schemars derives it from the model: what
/// `src/schemas/data_community.rs` holds, compiled, for [`json_schema`].
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn derived_schema() -> serde_json::Value {
    crate::official::model_schema::<Values>(&format!(
        "airflow-helm community chart {CHART_VERSION} values"
    ))
}
