//! `migrate`: values of the Bitnami or the community chart, converted into
//! values of the official chart.
//!
//! The migrated values go to standard output (or `--output`), with the
//! comments of keys that moved one to one, even when some keys could not be
//! carried over; what did not carry over, and what changed on the way, goes
//! to standard error in the human format, each finding at its line in the
//! source file. The migrated values are then checked against the official
//! chart, so the command says whether they are ready for `helm install`.
//!
//! Exit code: 0 when every key carried over and the result passes `check`
//! (default profile); 1 when a key was not carried over (`AV0901`), when
//! the result has errors, or when the file is not YAML (a mapping of keys).

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use airflow_values::check::{CheckOptions, Diagnostic, Profile, Source, check, redactions};
use airflow_values::migrate::{self, MigrateError};
use anyhow::{Context, Result, anyhow, bail};

use crate::args::{Format, MigrateArgs};
use crate::chart::{Resolved, VersionSource};
use crate::format::{self, Outcome};
use crate::input::{self, Input};

/// The name the migrated values have in the findings about them.
const MIGRATED: &str = "(migrated values)";

/// Runs `migrate`: 0 when every key carried over and the migrated values
/// pass `check` (default profile); 1 when a key was not carried over, the
/// result has errors, or the file is not a YAML mapping.
pub(crate) fn run(args: &MigrateArgs) -> Result<ExitCode> {
    let from = crate::chart::dialect(args.from)
        .ok_or_else(|| anyhow!("--from names the official chart: its values need no migration"))?;
    let inputs = input::read_all(std::slice::from_ref(&args.file), args.max_input_bytes)?;
    let source_input = inputs.first().ok_or_else(|| anyhow!("no values file"))?;
    if source_input.bytes.len() > args.max_input_bytes {
        bail!(
            "{} is larger than {} bytes; raise --max-input-bytes if it is really a values file",
            source_input.name,
            args.max_input_bytes
        );
    }
    let source = Source::new(source_input.name.as_str(), source_input.bytes.as_slice());
    let from_chart = Resolved {
        chart: from,
        release: None,
        source: VersionSource::ChartFlag,
        dependency_key: None,
    };
    let migration = match migrate::from_yaml(&source, from, args.to_chart_version) {
        Ok(migration) => migration,
        Err(MigrateError::Unreadable { report, .. }) => {
            report_to_stderr(&from_chart, report.diagnostics(), &inputs)?;
            let _ = writeln!(
                io::stderr(),
                "cannot migrate {}: it is not a YAML mapping of {} chart values (errors above)",
                source_input.name,
                from
            );
            return Ok(ExitCode::from(crate::FAILED));
        }
        Err(other) => return Err(other.into()),
    };
    let yaml = migration
        .to_yaml()
        .context("cannot write the migrated values")?;

    report_to_stderr(&from_chart, migration.report.diagnostics(), &inputs)?;
    match &args.output {
        Some(path) => std::fs::write(path, &yaml)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut out = io::stdout().lock();
            match out.write_all(yaml.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => {}
                Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {}
                Err(error) => return Err(error).context("cannot write to standard output"),
            }
        }
    }

    // The result, checked as `airflow-values check` would.
    let to = Resolved {
        chart: args.to_chart_version.into(),
        release: Some(args.to_chart_version.into()),
        source: VersionSource::Flag,
        dependency_key: None,
    };
    let migrated = [Input {
        name: MIGRATED.to_owned(),
        bytes: yaml.into_bytes(),
    }];
    let checked = check(
        &[Source::new(MIGRATED, migrated[0].bytes.as_slice())],
        &CheckOptions::new(args.to_chart_version),
    );
    let errors: Vec<Diagnostic> = checked.errors().cloned().collect();
    let mut err = io::stderr().lock();
    let dropped = migration.not_migrated();
    let _ = writeln!(
        err,
        "migrated {} from {from} to the official chart {}: {dropped} key(s) not carried over",
        source_input.name, args.to_chart_version
    );
    if errors.is_empty() {
        let _ = writeln!(
            err,
            "the migrated values pass `airflow-values check` (default profile)"
        );
        if dropped == 0 {
            Ok(ExitCode::SUCCESS)
        } else {
            let _ = writeln!(
                err,
                "set what was not carried over by hand (warnings above), or accept that it goes"
            );
            Ok(ExitCode::from(crate::FAILED))
        }
    } else {
        drop(err);
        report_to_stderr(&to, &errors, &migrated)?;
        let _ = writeln!(
            io::stderr(),
            "the migrated values have {} error(s) for chart {}: fix them before installing",
            errors.len(),
            args.to_chart_version
        );
        Ok(ExitCode::from(crate::FAILED))
    }
}

/// Writes findings to standard error in the human format.
fn report_to_stderr(chart: &Resolved, diagnostics: &[Diagnostic], inputs: &[Input]) -> Result<()> {
    if diagnostics.is_empty() {
        return Ok(());
    }
    let sources: Vec<Source<'_>> = inputs
        .iter()
        .map(|input| Source::new(input.name.as_str(), input.bytes.as_slice()))
        .collect();
    let redactions = redactions(&sources, &CheckOptions::new(chart.chart));
    let outcome = Outcome {
        chart,
        profile: Profile::Default,
        diagnostics,
        inputs,
        sets: &[],
        redactions: &redactions,
    };
    let stderr = io::stderr();
    let styled = stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut err = stderr.lock();
    format::write(Format::Human, &outcome, &mut err, styled)
        .context("cannot write to standard error")
}
