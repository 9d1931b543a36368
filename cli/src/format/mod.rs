//! The output formats of `check`: what one run found, written for a person,
//! a program, GitHub Actions or code scanning.

mod github;
mod human;
mod json;
mod redact;
mod sarif;

use std::io::{self, Write};
use std::ops::Range;

use airflow_values::check::{Diagnostic, Profile, Redactions, SET_SOURCE, Severity};

use crate::args::Format;
use crate::chart::Resolved;
use crate::input::Input;

/// A `--set` or `--set-string` argument, in the order given to the check
/// (diagnostics name the N-th as line N of `--set`).
#[derive(Debug)]
pub(crate) struct SetArg {
    /// `--set` or `--set-string`.
    pub(crate) flag: &'static str,
    /// The argument, such as `scheduler.replicas=2`.
    pub(crate) argument: String,
    /// The bytes of `argument` that hold secrets, as the library found them.
    pub(crate) secrets: Vec<Range<usize>>,
}

impl SetArg {
    /// An argument with no secrets found yet.
    pub(crate) fn new(flag: &'static str, argument: String) -> SetArg {
        SetArg {
            flag,
            argument,
            secrets: Vec::new(),
        }
    }

    /// The argument as formats show it: secret values (`fernetKey=…`) and
    /// URL passwords as `***`.
    pub(crate) fn masked(&self) -> String {
        let ranges = redact::ranges(&self.argument, &self.secrets);
        redact::apply(&self.argument, 0..0, &ranges).0
    }
}

/// Everything a format writes about one run of `check`.
#[derive(Debug)]
pub(crate) struct Outcome<'a> {
    /// The chart version checked against, and why.
    pub(crate) chart: &'a Resolved,
    /// The profile whose rules ran.
    pub(crate) profile: Profile,
    /// The findings, by file and line.
    pub(crate) diagnostics: &'a [Diagnostic],
    /// The files read, for their lines.
    pub(crate) inputs: &'a [Input],
    /// The `--set` arguments, for their text.
    pub(crate) sets: &'a [SetArg],
    /// Where the files hold secrets, to mask in the lines shown.
    pub(crate) redactions: &'a Redactions,
}

impl Outcome<'_> {
    /// The `--set` argument a diagnostic's location points at.
    fn set_argument(&self, diagnostic: &Diagnostic) -> Option<&SetArg> {
        let location = diagnostic.location.as_ref()?;
        if location.file != SET_SOURCE {
            return None;
        }
        self.sets.get(location.line.checked_sub(1)?)
    }

    /// The first values file that is a file (not standard input), where the
    /// formats that need a file put findings that have none.
    fn first_file(&self) -> Option<&Input> {
        self.inputs.iter().find(|input| !input.is_stdin())
    }
}

/// Writes `outcome` in `format`; `styled` asks for terminal colors (human only).
///
/// # Errors
/// When `out` cannot be written.
pub(crate) fn write(
    format: Format,
    outcome: &Outcome<'_>,
    out: &mut dyn Write,
    styled: bool,
) -> io::Result<()> {
    match format {
        Format::Human => human::write(outcome, out, styled),
        Format::Json => json::write(outcome, out),
        Format::Github => github::write(outcome, out),
        Format::Sarif => sarif::write(outcome, out),
    }
}

/// The level word SARIF and most tools use: `error`, `warning` or `note`.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        _ => "note",
    }
}

/// A diagnostic's message with its help, as one line of text.
fn message_with_help(diagnostic: &Diagnostic) -> String {
    match &diagnostic.help {
        Some(help) => format!("{} — {help}", diagnostic.message),
        None => diagnostic.message.clone(),
    }
}
