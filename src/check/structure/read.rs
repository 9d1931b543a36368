//! Reading a values document into a typed model: the structural walk first,
//! then the model, so a key the model does not know is reported, never lost.

use crate::schemas::SchemaRoot;

use super::{as_ignored_key, takes_any_key, to_diagnostic, walk};
use crate::check::{Chart, Report};
use crate::yaml::{self, YamlError};

/// Why a document did not read into its model.
#[derive(Debug)]
pub(crate) enum ReadFailure {
    /// Not YAML, or a value that fits the schema but not its type.
    Yaml(YamlError),
    /// Every structural problem, each with its key path.
    Structure(Report),
}

/// Reads `text` into `T` after checking it against `schema` (the JSON Schema
/// of `T` for chart `version`, which structural messages name); `read` turns
/// the tree that passed the walk into `T`.
pub(crate) fn read_model<T>(
    text: &str,
    schema: SchemaRoot<'_>,
    chart: Chart,
    read: impl FnOnce(&serde_json::Value) -> Result<T, yaml::TreeError>,
) -> Result<T, ReadFailure> {
    let tree: serde_json::Value = yaml::from_str(text).map_err(ReadFailure::Yaml)?;
    let tree = if tree.is_null() {
        serde_json::Value::Object(serde_json::Map::new())
    } else {
        tree
    };
    let issues = walk(schema, &tree);
    if !issues.is_empty() {
        let diagnostics = issues
            .iter()
            .map(|issue| {
                let mut d = to_diagnostic(issue, chart.version());
                if takes_any_key(chart, &issue.path) {
                    as_ignored_key(&mut d);
                }
                d
            })
            .collect();
        return Err(ReadFailure::Structure(Report::new(diagnostics)));
    }
    read(&tree).map_err(|error| {
        // Point at the value when the text can be read with positions.
        let span = yaml::read_document(text.as_bytes())
            .ok()
            .and_then(|document| document.positions.value(&error.path));
        let message = format!("`{}` does not fit its type: {}", error.path, error.message);
        ReadFailure::Yaml(match span {
            Some(span) => YamlError::Parse {
                line: span.line,
                column: span.column,
                message,
            },
            None => YamlError::Read { message },
        })
    })
}
