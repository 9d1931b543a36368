//! What every check reports, below the charts that report it: codes,
//! severities, profiles, diagnostics and their report, the fix a finding
//! carries, rules and their documentation, and the error of reading a values
//! file into a chart's model.
//!
//! Each chart module ([`official`](crate::official), `bitnami`, `community`)
//! writes its rules against this module only, and [`check`](crate::check),
//! which runs them all, sits above every chart. The public items are
//! re-exported from [`check`](crate::check), where users know them
//! (`airflow_values::check::{Diagnostic, Report, Code, Severity, Profile}`).

mod diagnostic;
mod fix;
mod read;
mod rule;
pub(crate) mod suggest;

pub use diagnostic::{Area, Code, Diagnostic, Location, Profile, Report, Severity, UnknownCode};
pub use fix::Edit;
pub use read::ReadError;
pub(crate) use rule::Findings;
pub use rule::{Explanation, Rule};

/// The release name `check` assumes unless told
/// ([`CheckOptions::release_name`](crate::check::CheckOptions::release_name)):
/// what `helm install airflow CHART` gives, and what the Helm oracle of the
/// tests renders with.
pub const DEFAULT_RELEASE_NAME: &str = "airflow";
