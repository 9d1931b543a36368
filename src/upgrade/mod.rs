//! Moving a values file of the official chart from one release to another,
//! keeping its comments: [`plan`] lists the edits with their reasons,
//! [`Plan::apply`] makes them with the [`edit`](crate::edit) module.
//!
//! A plan makes the changes that have one right answer and lists the rest
//! for a person, each with a [`Kind`] whose code `explain` documents:
//! - `airflowVersion`, `defaultAirflowTag` and `images.airflow.tag` that
//!   equal the old release's default Airflow version move to the new one, or
//!   to the version asked for (pinned ones stay);
//! - keys the target release deprecates move to their replacement when it
//!   takes the same value (`workers.keda` → `workers.celery.keda`); those
//!   whose replacement takes another shape (`securityContext` →
//!   `securityContexts` with `pod` and `containers`, `ingress.web.host` → a
//!   list of hosts) are left to a person, with what to write;
//! - for Airflow 3, webserver settings with an API server equivalent move
//!   to `apiServer`, `webserverSecretKey` to `apiSecretKey`, and an executor
//!   Airflow 3 dropped becomes the list of executors that replaces it;
//! - `config:` options Airflow renamed between the two versions move with
//!   their value; options it removed are reported.
//!
//! The fixes `check` finds against the target release (misspelt keys,
//! quoting, git-sync settings) are the other half of an upgrade; the
//! command runs them after the plan.
//!
//! ```
//! use airflow_values::official::ChartVersion;
//! use airflow_values::upgrade::{Kind, plan};
//!
//! let old = ChartVersion::V1_15_0.default_airflow_version().to_string();
//! let new = ChartVersion::V1_22_0.default_airflow_version().to_string();
//! let text = format!("# ours\nairflowVersion: \"{old}\" # default\nsecurityContext:\n  runAsUser: 50000\n");
//! let plan = plan(&text, ChartVersion::V1_15_0, ChartVersion::V1_22_0)?;
//! let upgraded = plan.apply(&text);
//! assert_eq!(upgraded.text, text.replace(&old, &new));
//! assert_eq!(plan.manual[0].path, "securityContext");
//! assert_eq!(plan.manual[0].kind, Kind::DeprecatedKey);
//! # Ok::<(), airflow_values::edit::EditError>(())
//! ```

mod airflow3;
mod planner;

pub use planner::{Change, Kind, Manual, Plan, Upgraded, plan, plan_with};
pub(crate) use planner::{UPGRADE_DOCS, UPGRADE_SEVERITY};
