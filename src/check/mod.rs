//! Findings about values: the rules, their codes, and the report they produce.
//!
//! Rules read the typed model and name the key path they are about, so the
//! same rule serves values built in Rust ([`Values::validate`]) and, later,
//! values files read from disk.
//!
//! [`Values::validate`]: crate::official::Values::validate

mod diagnostic;
pub(crate) mod rules;

pub use diagnostic::{Code, Diagnostic, Profile, Report, Severity};
pub use rules::{RULES, Rule};
