//! The `airflow-values` command.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use airflow_values::check::Profile;
use airflow_values::official::{ChartVersion, Values};
use airflow_values::types::secret::FernetKey;

/// Typed Helm values for Apache Airflow.
#[derive(Debug, Parser)]
#[command(name = "airflow-values", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate a values file of the official chart.
    Check {
        /// The values file.
        file: std::path::PathBuf,
        /// Chart version the file is written for.
        #[arg(long, default_value = "1.22.0")]
        chart_version: ChartVersion,
        /// Rule profile: default or production.
        #[arg(long, default_value = "default")]
        profile: String,
    },
    /// Print the documentation of a rule.
    Explain {
        /// Rule code (AV0201) or name (image-without-digest).
        code: String,
    },
    /// Print a new fernet key.
    FernetKey,
}

fn main() -> Result<std::process::ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            file,
            chart_version,
            profile,
        } => {
            let profile = match profile.as_str() {
                "default" => Profile::Default,
                "production" => Profile::Production,
                other => bail!("unknown profile `{other}`; use default or production"),
            };
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let values = Values::from_yaml(&text, chart_version)
                .with_context(|| format!("{}", file.display()))?;
            let report = values.validate(profile);
            print!("{report}");
            Ok(if report.has_errors() {
                std::process::ExitCode::FAILURE
            } else {
                std::process::ExitCode::SUCCESS
            })
        }
        Command::Explain { code } => {
            let explanation = airflow_values::check::explain(&code)
                .with_context(|| format!("no code or rule named `{code}`"))?;
            print!("{}", explanation.doc);
            Ok(std::process::ExitCode::SUCCESS)
        }
        Command::FernetKey => {
            let key = FernetKey::generate().context("cannot read the OS random source")?;
            println!("{}", key.expose_secret());
            Ok(std::process::ExitCode::SUCCESS)
        }
    }
}
