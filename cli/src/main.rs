//! The `airflow-values` command: check values files of the official Apache
//! Airflow chart, the Bitnami chart or the airflow-helm community chart,
//! migrate the other two to the official one, explain diagnostic codes,
//! list images, print the schema or a fernet key.
//!
//! Exit codes: 0 clean (warnings and notes do not fail), 1 findings that
//! fail the check, 2 usage and I/O problems.

mod args;
mod chart;
mod fix;
mod format;
mod images;
mod input;
mod migrate;
mod releases;
mod upgrade;

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use airflow_values::check::{
    Chart, CheckOptions, Diagnostic, Redactions, Severity, Source, check_with_redactions,
    judge_from_neighbours,
};
use airflow_values::explain::{explain, explanations};
use airflow_values::official::{ChartRelease, ChartVersion};
use airflow_values::types::FernetKey;
use anyhow::{Context, Result};
use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};

use crate::args::{ChartVersionArg, CheckArgs, Cli, Command, Deny, Format};
use crate::format::{Outcome, SetArg};

/// The check found what it fails on.
pub(crate) const FAILED: u8 = 1;
/// Usage or I/O problem: the check did not run.
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(USAGE));
        }
    };
    let outcome = match cli.command {
        Command::Check(args) => run_check(args),
        Command::Explain { code } => run_explain(&code),
        Command::Schema {
            chart_version,
            chart,
        } => {
            let chart = chart
                .and_then(chart::dialect)
                .unwrap_or(Chart::Official(chart_version));
            emit(ExitCode::SUCCESS, |out| {
                serde_json::to_writer_pretty(&mut *out, chart.json_schema())?;
                writeln!(out)
            })
        }
        Command::FernetKey => FernetKey::generate()
            .context("cannot read the OS random source")
            .and_then(|key| {
                emit(ExitCode::SUCCESS, |out| {
                    writeln!(out, "{}", key.expose_secret())
                })
            }),
        Command::Images(args) => images::run(&args).and_then(|(banner, output)| {
            let _ = writeln!(io::stderr(), "{banner}");
            emit(ExitCode::SUCCESS, |out| images::write(output, out))
        }),
        Command::Migrate(args) => migrate::run(&args),
        Command::Upgrade(args) => upgrade::run(&args),
    };
    outcome.unwrap_or_else(|error| {
        match error.downcast_ref::<clap::Error>() {
            Some(usage) => {
                let _ = usage.print();
            }
            None => {
                let _ = writeln!(io::stderr(), "error: {error:#}");
            }
        }
        ExitCode::from(USAGE)
    })
}

/// `check`: reads the files, picks the chart version, checks, writes the
/// report in the chosen format.
fn run_check(args: CheckArgs) -> Result<ExitCode> {
    if args.files.is_empty() && args.set.is_empty() && args.set_string.is_empty() {
        return Err(usage_error(
            ErrorKind::MissingRequiredArgument,
            "nothing to check: give values files, `-` for standard input, or --set",
        ));
    }
    let mut inputs = input::read_all(&args.files, args.max_input_bytes)?;
    // Chart files sit beside the first values file; with only standard input
    // or --set, in the current directory.
    let chart_dir = args
        .files
        .iter()
        .find(|file| file.as_os_str() != input::STDIN)
        .map_or(Path::new("."), |file| chart::directory_of(file));
    let release = match args.chart_version {
        Some(ChartVersionArg::Release(release)) => Some(release),
        Some(ChartVersionArg::All) | None => None,
    };
    let chart = chart::resolve(args.chart, release, chart_dir)?;

    // `--set` first, then `--set-string`: the order Helm applies them in;
    // diagnostics name the N-th argument of this list as line N of `--set`.
    let mut sets: Vec<SetArg> = args
        .set
        .into_iter()
        .map(|argument| SetArg::new("--set", argument))
        .chain(
            args.set_string
                .into_iter()
                .map(|argument| SetArg::new("--set-string", argument)),
        )
        .collect();
    let profile = args.profile.into();
    // An umbrella chart's values: `--values-root`, else the Airflow
    // dependency's key of the chart file beside the first file, when that
    // file has it.
    let root = args.values_root.clone().or_else(|| {
        let key = chart.dependency_key.as_deref()?;
        let first = inputs.first()?;
        let text = String::from_utf8_lossy(&first.bytes);
        let tree: serde_json::Value = airflow_values::yaml::from_str(&text).ok()?;
        tree.get(key)?.is_object().then(|| key.to_owned())
    });
    let options_for = |target: Chart| -> CheckOptions {
        let mut options = CheckOptions::new(target)
            .profile(profile)
            .max_input_bytes(args.max_input_bytes)
            .release_name(args.release_name.as_str());
        if let Some(root) = &root {
            options = options.values_root(root);
        }
        for set in &sets {
            options = match set.flag {
                "--set" => options.set(set.argument.as_str()),
                _ => options.set_string(set.argument.as_str()),
            };
        }
        options
    };
    let mut fixed_diff = None;
    if args.fix {
        if args.chart_version == Some(ChartVersionArg::All) {
            anyhow::bail!("--fix needs one chart version, not `all`");
        }
        let before: Vec<Vec<u8>> = inputs.iter().map(|i| i.bytes.clone()).collect();
        let summary = fix::apply(&mut inputs, &options_for(chart.chart))?;
        for (input, count) in inputs.iter().zip(&summary.applied) {
            if *count > 0 {
                let verb = if args.diff { "would fix" } else { "fixed" };
                let _ = writeln!(io::stderr(), "{}: {verb} {count} finding(s)", input.name);
            }
        }
        for (file, edit, why) in &summary.refused {
            let _ = writeln!(io::stderr(), "{file}: not fixed: {edit}: {why}");
        }
        if args.diff {
            let mut diff = Vec::new();
            fix::write_diff(&before, &inputs, &mut diff)?;
            fixed_diff = Some(diff);
        } else {
            fix::write_files(&before, &inputs)?;
        }
    }
    let sources: Vec<Source<'_>> = inputs
        .iter()
        .map(|input| Source::new(input.name.as_str(), input.bytes.as_slice()))
        .collect();
    // Each file on its own with `--each-file`, else all of them layered. The
    // secrets to mask come from the same reading and walk as the findings.
    let run = |target: Chart| -> (Vec<Diagnostic>, Redactions) {
        let options = options_for(target);
        if args.each_file && sources.len() > 1 {
            let mut diagnostics = Vec::new();
            let mut redactions = Redactions::default();
            for source in &sources {
                let (report, found) = check_with_redactions(std::slice::from_ref(source), &options);
                diagnostics.extend_from_slice(report.diagnostics());
                redactions.merge(found);
            }
            (diagnostics, redactions)
        } else {
            let (report, redactions) = check_with_redactions(&sources, &options);
            (report.diagnostics().to_vec(), redactions)
        }
    };
    if args.chart_version == Some(ChartVersionArg::All) {
        if chart.release.is_none() {
            anyhow::bail!("--chart-version all is for the official chart; leave --chart out");
        }
        let results: Vec<_> = ChartVersion::ALL
            .iter()
            .map(|&version| (version, run(Chart::Official(version)).0))
            .collect();
        let rows = releases::rows(&results);
        return emit(ExitCode::SUCCESS, |out| releases::write_table(&rows, out));
    }
    let (diagnostics, redactions): (Vec<Diagnostic>, Redactions) = match chart.release {
        Some(release @ ChartRelease::Unmodeled { older, newer, .. }) => {
            let (older, mut redactions) = run(Chart::Official(older));
            let (newer, found) = run(Chart::Official(newer));
            redactions.merge(found);
            (judge_from_neighbours(release, &older, &newer), redactions)
        }
        _ => run(chart.chart),
    };

    for (index, set) in sets.iter_mut().enumerate() {
        set.secrets = redactions.set_argument(index).to_vec();
    }

    if matches!(args.format, Format::Human | Format::Github) {
        let _ = writeln!(io::stderr(), "checking against chart {chart}");
        if let Some(root) = &root {
            let _ = writeln!(io::stderr(), "checking the values under `{root}:`");
        }
    }
    let deny_warnings = args.deny.contains(&Deny::Warnings);
    let fails = |severity: Severity| {
        severity == Severity::Error || (deny_warnings && severity == Severity::Warning)
    };
    let code = if diagnostics.iter().any(|d| fails(d.severity)) {
        ExitCode::from(FAILED)
    } else {
        ExitCode::SUCCESS
    };
    // `--fix --diff`: the diff on standard output; the exit code says whether
    // what is left after the fixes fails.
    if let Some(diff) = fixed_diff {
        let left = diagnostics.iter().filter(|d| fails(d.severity)).count();
        let _ = writeln!(io::stderr(), "{left} finding(s) that fail would be left");
        return emit(code, |out| out.write_all(&diff));
    }
    let outcome = Outcome {
        chart: &chart,
        profile,
        diagnostics: &diagnostics,
        inputs: &inputs,
        sets: &sets,
        redactions: &redactions,
    };
    let styled =
        io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    emit(code, |out| {
        format::write(args.format, &outcome, out, styled)
    })
}

/// `explain`: the doc of a code or name; an unknown one names the nearest.
fn run_explain(code: &str) -> Result<ExitCode> {
    if let Some(explanation) = explain(code) {
        return emit(ExitCode::SUCCESS, |out| {
            write!(out, "{}", explanation.doc)?;
            if !explanation.doc.ends_with('\n') {
                writeln!(out)?;
            }
            Ok(())
        });
    }
    let wanted = code.to_ascii_uppercase();
    let nearest = explanations().min_by_key(|e| {
        strsim::levenshtein(&wanted, e.code.as_str()).min(strsim::levenshtein(code, e.name))
    });
    let hint = nearest.map_or_else(String::new, |e| {
        format!("; the nearest is {} ({})", e.code, e.name)
    });
    anyhow::bail!("no code or rule named `{code}`{hint}")
}

/// Writes to standard output through `write`; a closed standard output (the
/// reader went away, as `| head` does) ends quietly with `code`.
fn emit(code: ExitCode, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<ExitCode> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => Ok(code),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(code),
        Err(error) => Err(error).context("cannot write to standard output"),
    }
}

/// A usage error of `check`, printed by clap with the usage line.
fn usage_error(kind: ErrorKind, message: impl std::fmt::Display) -> anyhow::Error {
    let mut cli = Cli::command();
    cli.build();
    let error = match cli.find_subcommand_mut("check") {
        Some(check) => check.error(kind, message),
        None => cli.error(kind, message),
    };
    anyhow::Error::new(error)
}
