//! Moving a values file of the official chart from one release to another,
//! keeping its comments: [`plan`] lists the edits with their reasons,
//! [`Plan::apply`] makes them with the [`edit`](crate::edit) module.
//!
//! What a plan holds:
//! - `airflowVersion`, `defaultAirflowTag` and `images.airflow.tag` that
//!   equal the old release's default Airflow version move to the new one
//!   (pinned ones stay; `check` against the target says if they no longer fit);
//! - keys the target release deprecates are listed in [`Plan::manual`]: their
//!   replacements take another shape (`securityContext` → `securityContexts`
//!   with `pod` and `containers`, `ingress.web.host` → a list of hosts), so a
//!   person moves them.
//!
//! The fixes `check` finds against the target release (misspelt keys,
//! renamed Airflow options, quoting) are the other half of an upgrade; the
//! command runs them after the plan.
//!
//! ```
//! use airflow_values::official::ChartVersion;
//! use airflow_values::upgrade::plan;
//!
//! let old = ChartVersion::V1_15_0.default_airflow_version().to_string();
//! let new = ChartVersion::V1_22_0.default_airflow_version().to_string();
//! let text = format!("# ours\nairflowVersion: \"{old}\" # default\nsecurityContext:\n  runAsUser: 50000\n");
//! let plan = plan(&text, ChartVersion::V1_15_0, ChartVersion::V1_22_0)?;
//! let upgraded = plan.apply(&text);
//! assert_eq!(upgraded.text, text.replace(&old, &new));
//! assert_eq!(plan.manual[0].0, "securityContext");
//! # Ok::<(), airflow_values::edit::EditError>(())
//! ```

use serde_json::Value;

use crate::edit::{Edit, EditError, apply};
use crate::official::{ChartVersion, deprecations};

/// One edit of an upgrade, with why it is made.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Change {
    /// The edit.
    pub edit: Edit,
    /// Why, in one sentence.
    pub reason: String,
}

/// The edits that move a values file from one release to another.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Plan {
    /// The edits, in the order they are made.
    pub changes: Vec<Change>,
    /// What a person has to change: key path and why.
    pub manual: Vec<(String, String)>,
}

/// What [`Plan::apply`] made of a values file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Upgraded {
    /// The text with every change that could be made.
    pub text: String,
    /// The changes made.
    pub applied: Vec<Change>,
    /// The changes that could not be made, with why.
    pub refused: Vec<(Change, EditError)>,
}

impl Plan {
    /// Makes the changes one by one; one that cannot be made is listed in
    /// [`Upgraded::refused`] and the others still are.
    #[must_use]
    pub fn apply(&self, source: &str) -> Upgraded {
        let mut out = Upgraded {
            text: source.to_owned(),
            applied: Vec::new(),
            refused: Vec::new(),
        };
        for change in &self.changes {
            match apply(&out.text, std::slice::from_ref(&change.edit)) {
                Ok(text) => {
                    out.text = text;
                    out.applied.push(change.clone());
                }
                Err(error) => out.refused.push((change.clone(), error)),
            }
        }
        out
    }
}

/// The plan that moves the values file `source` from chart release `from`
/// to `to`.
///
/// # Errors
///
/// [`EditError::Unreadable`] when the text is not YAML the reader accepts.
pub fn plan(source: &str, from: ChartVersion, to: ChartVersion) -> Result<Plan, EditError> {
    let (tree, _) = crate::yaml::read_values_tree(source.as_bytes())?;
    let mut changes = Vec::new();
    let (old, new) = (
        from.default_airflow_version().to_string(),
        to.default_airflow_version().to_string(),
    );
    if old != new {
        for path in ["airflowVersion", "defaultAirflowTag", "images.airflow.tag"] {
            let value = path.split('.').try_fold(&tree, |node, key| node.get(key));
            if value.and_then(Value::as_str) == Some(old.as_str()) {
                changes.push(Change {
                    edit: Edit::set_value(path, new.clone()),
                    reason: format!(
                        "`{path}` is chart {from}'s default Airflow {old}; chart {to} defaults to {new}"
                    ),
                });
            }
        }
    }
    let mut manual = Vec::new();
    for deprecation in deprecations(to) {
        let present = deprecation
            .key
            .split('.')
            .try_fold(&tree, |node, key| node.get(key))
            .is_some();
        if present {
            let instead: Vec<String> = deprecation
                .replacements()
                .map(|r| format!("`{r}`"))
                .collect();
            manual.push((
                deprecation.key.to_owned(),
                format!(
                    "chart {to} deprecates `{}`; move its value to {} in the shape that takes",
                    deprecation.key,
                    instead.join(" or ")
                ),
            ));
        }
    }
    Ok(Plan { changes, manual })
}
