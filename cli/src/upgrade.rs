//! `upgrade`: a values file of the official chart moved to another release,
//! with its comments.

use std::io::{self, Write};
use std::process::ExitCode;

use airflow_values::check::{Chart, CheckOptions, Severity, Source, check};
use airflow_values::edit::{Edit, apply};
use airflow_values::upgrade::plan;
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
    let _ = writeln!(err, "upgrading {name} from chart {from} to chart {to}");
    let plan = plan(&text, from, to).with_context(|| format!("{name} cannot be read"))?;
    let upgraded = plan.apply(&text);
    let mut text = upgraded.text;
    for change in &upgraded.applied {
        let _ = writeln!(err, "{name}: changed: {}: {}", change.edit, change.reason);
    }
    for (change, why) in &upgraded.refused {
        let _ = writeln!(err, "{name}: not changed: {}: {why}", change.edit);
    }
    if let Some(airflow) = &args.to_airflow_version {
        let (tree, _) = airflow_values::yaml::read_values_tree(text.as_bytes())?;
        for key in ["airflowVersion", "defaultAirflowTag"] {
            let edit = match tree.get(key) {
                Some(_) => Edit::set_value(key, airflow.clone()),
                None if key == "airflowVersion" => Edit::insert(key, airflow.clone(), None),
                None => continue,
            };
            match apply(&text, std::slice::from_ref(&edit)) {
                Ok(new) => {
                    text = new;
                    let _ = writeln!(err, "{name}: changed: {edit}: Airflow {airflow} asked for");
                }
                Err(why) => {
                    let _ = writeln!(err, "{name}: not changed: {edit}: {why}");
                }
            }
        }
    }
    inputs[0].bytes = text.into_bytes();
    let options = CheckOptions::new(Chart::Official(to));
    let summary = crate::fix::apply(&mut inputs, &options)?;
    if summary.applied[0] > 0 {
        let _ = writeln!(
            err,
            "{name}: fixed {} finding(s) for chart {to}",
            summary.applied[0]
        );
    }
    for (file, edit, why) in &summary.refused {
        let _ = writeln!(err, "{file}: not fixed: {edit}: {why}");
    }
    for (path, why) in &plan.manual {
        let _ = writeln!(err, "{name}: needs a person: `{path}`: {why}");
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
    let code = if left.is_empty() && plan.manual.is_empty() {
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
