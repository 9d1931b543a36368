//! The JSON Schema of the Bitnami model.

use std::sync::OnceLock;

use schemars::Schema;

use super::{CHART_VERSION, Values};

/// The JSON Schema (draft 2020-12) of the Bitnami chart's values, as
/// [`Values::from_yaml`] and `check --chart bitnami-airflow` walk it.
///
/// Built once, then shared.
///
/// ```
/// let schema = airflow_values::bitnami::json_schema().as_value();
/// assert!(schema["properties"]["auth"].is_object());
/// ```
pub fn json_schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let value = crate::official::model_schema::<Values>(&format!(
            "bitnami airflow chart {CHART_VERSION} values"
        ));
        Schema::try_from(value).unwrap_or_default()
    })
}
