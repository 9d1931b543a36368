//! The JSON Schema of the community chart's values.

use std::sync::OnceLock;

use schemars::Schema;

use super::{CHART_VERSION, Values};

/// The JSON Schema (draft 2020-12) of the values of the airflow-helm
/// community chart [`CHART_VERSION`], legacy keys included.
///
/// It is what [`Values::from_yaml`] checks a document against, and what an
/// editor can be pointed at. It is built once and then shared.
///
/// ```
/// let schema = airflow_values::community::json_schema().as_value();
/// assert!(schema["properties"]["airflow"].is_object());
/// assert_eq!(schema["additionalProperties"], serde_json::json!(false));
/// ```
pub fn json_schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let value = crate::official::model_schema::<Values>(&format!(
            "airflow-helm community chart {CHART_VERSION} values"
        ));
        Schema::try_from(value).unwrap_or_default()
    })
}
