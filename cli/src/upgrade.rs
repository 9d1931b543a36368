//! `upgrade`: a values file of the official chart moved to another release,
//! with its comments.

use std::io::{self, Write};
use std::process::ExitCode;

use airflow_values::check::{Chart, CheckOptions, Severity, Source, check};
use airflow_values::official::AirflowVersion;
use airflow_values::upgrade::{Manual, plan_with};

/// Rounds of plan-then-fix at most.
const ROUNDS: usize = 3;
use anyhow::{Context, Result};

use crate::args::UpgradeArgs;
use crate::input;

/// Runs `upgrade`.
///
/// # Errors
///
/// When the file cannot be read, is not UTF-8 YAML, or cannot be written.
pub(crate) fn run(args: &UpgradeArgs) -> Result<ExitCode> {
    let mut inputs = input::read_all(
        std::slice::from_ref(&args.file),
        airflow_values::check::DEFAULT_MAX_INPUT_BYTES,
    )?;
    let from = match args.from_chart_version {
        Some(version) => version,
        None => {
            let resolved =
                crate::chart::resolve(None, None, crate::chart::directory_of(&args.file))?;
            resolved
                .chart
                .official_version()
                .context("upgrade is for values of the official chart")?
        }
    };
    let to = args.to_chart_version;
    let before = inputs[0].bytes.clone();
    let name = inputs[0].name.clone();
    let text = String::from_utf8(before.clone())
        .with_context(|| format!("{name}: upgrade writes UTF-8 only; save the file as UTF-8"))?;
    let mut err = io::stderr();
    let airflow = args
        .to_airflow_version
        .as_deref()
        .map(str::parse::<AirflowVersion>)
        .transpose()
        .context("--to-airflow-version takes an Airflow release such as 3.2.2")?;
    let _ = writeln!(err, "upgrading {name} from chart {from} to chart {to}");
    let at = |line: Option<usize>| match line {
        Some(line) => format!("{name}:{line}"),
        None => name.clone(),
    };
    let options = CheckOptions::new(Chart::Official(to));
    // A fix can uncover more to upgrade (a misspelt `worker:` becomes the
    // deprecated `workers:`), so plan and fix go round until a plan changes
    // nothing; later rounds start from the target release.
    let mut text = text;
    let mut manual: Vec<Manual> = Vec::new();
    let mut refused = 0;
    for round in 0..ROUNDS {
        let start = if round == 0 { from } else { to };
        let plan = plan_with(&text, start, to, airflow)
            .with_context(|| format!("{name} cannot be read"))?;
        let upgraded = plan.apply(&text);
        text = upgraded.text;
        for change in &upgraded.applied {
            let _ = writeln!(
                err,
                "{}: changed ({}): {}: {}",
                at(change.line),
                change.kind,
                change.edit,
                change.reason
            );
        }
        for (change, why) in &upgraded.refused {
            let _ = writeln!(
                err,
                "{}: not changed ({}): {}: {why}",
                at(change.line),
                change.kind,
                change.edit
            );
        }
        refused += upgraded.refused.len();
        for item in plan.manual {
            if !manual.iter().any(|m| m.path == item.path) {
                manual.push(item);
            }
        }
        inputs[0].bytes = std::mem::take(&mut text).into_bytes();
        let summary = crate::fix::apply(&mut inputs, &options)?;
        if summary.applied[0] > 0 {
            let _ = writeln!(
                err,
                "{name}: fixed {} finding(s) for chart {to}",
                summary.applied[0]
            );
        }
        let done = upgraded.applied.is_empty() && summary.applied[0] == 0;
        if done || round + 1 == ROUNDS {
            for (file, edit, why) in &summary.refused {
                let _ = writeln!(err, "{file}: not fixed: {edit}: {why}");
            }
        }
        text = String::from_utf8(inputs[0].bytes.clone()).context("the editor writes UTF-8")?;
        if done {
            break;
        }
    }
    for item in &manual {
        let _ = writeln!(
            err,
            "{}: needs a person ({}): `{}`: {}",
            at(item.line),
            item.kind,
            item.path,
            item.reason
        );
    }
    let report = check(
        &[Source::new(name.as_str(), inputs[0].bytes.as_slice())],
        &options,
    );
    let left: Vec<_> = report
        .diagnostics()
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    for d in &left {
        let at = d
            .location
            .as_ref()
            .map_or_else(|| name.clone(), ToString::to_string);
        let _ = writeln!(err, "{at}: left: {} {}: {}", d.code, d.name, d.message);
    }
    let code = if left.is_empty() && manual.is_empty() && refused == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(crate::FAILED)
    };
    if args.diff {
        let mut out = io::BufWriter::new(io::stdout().lock());
        crate::fix::write_diff(&[before], &inputs, &mut out)?;
        out.flush()?;
    } else {
        crate::fix::write_files(&[before], &inputs)?;
    }
    Ok(code)
}
