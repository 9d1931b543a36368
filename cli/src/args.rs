//! The command line: subcommands, their arguments and their help texts.

use std::path::PathBuf;

use airflow_values::check::{DEFAULT_MAX_INPUT_BYTES, Profile};
use airflow_values::official::{ChartRelease, ChartVersion};
use clap::{Parser, Subcommand, ValueEnum};

use crate::chart::{ChartKind, parse_chart_name};

/// `--version`: the crate version and the chart releases it models.
///
/// A test checks that it lists exactly [`ChartVersion::ALL`] and the releases
/// judged from their neighbours.
pub(crate) const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (apache-airflow chart 1.10.0, 1.11.0, 1.12.0, 1.13.0, 1.13.1, 1.15.0, 1.16.0, 1.18.0, \
     1.19.0, 1.21.0, 1.22.0; 1.14.0, 1.17.0, 1.20.0 judged from their neighbours)"
);

/// `--chart-version` of `check`: one release of the official chart, or
/// `all` modeled releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChartVersionArg {
    /// One release, modeled or judged from its neighbours.
    Release(ChartRelease),
    /// Every modeled release, one row each.
    All,
}

/// Reads `--chart-version` of `check`.
///
/// # Errors
/// The library's message naming the releases it knows.
pub(crate) fn parse_chart_version(text: &str) -> Result<ChartVersionArg, String> {
    if text == "all" {
        return Ok(ChartVersionArg::All);
    }
    text.parse::<ChartRelease>()
        .map(ChartVersionArg::Release)
        .map_err(|error| {
            format!("{error}, or 1.14.0, 1.17.0, 1.20.0 (judged from their neighbours), or `all`")
        })
}

/// Typed Helm values for Apache Airflow: check values files of the official,
/// Bitnami or airflow-helm chart.
#[derive(Debug, Parser)]
#[command(name = "airflow-values", version = VERSION)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check values files, layered in order like `helm -f a.yaml -f b.yaml --set …`.
    ///
    /// Exits 0 when there is no error (warnings and notes do not fail), 1 when
    /// there are errors (or warnings, with `--deny warnings`), 2 for usage and
    /// I/O problems.
    Check(CheckArgs),
    /// Print the documentation of a diagnostic code.
    Explain {
        /// Code (AV0201) or name (image-without-digest).
        code: String,
    },
    /// Print the JSON Schema of the values, for editors
    /// (`# yaml-language-server: $schema=…`).
    Schema {
        /// Chart version to describe (of the official chart).
        #[arg(long, default_value_t = ChartVersion::LATEST)]
        chart_version: ChartVersion,
        /// The chart: `apache-airflow` (default), `bitnami-airflow` or `airflow-helm`.
        #[arg(long, value_name = "CHART", value_parser = parse_chart_name)]
        chart: Option<ChartKind>,
    },
    /// Print a new fernet key.
    FernetKey,
    /// List the images the chart runs with a values file (chart defaults
    /// included), and with `--registry` their copies in that registry.
    Images(ImagesArgs),
    /// Convert values of the Bitnami or the community (airflow-helm) chart
    /// into values of the official chart.
    ///
    /// Prints the new values (with the comments of keys that move one to
    /// one), even when some keys could not be carried over; lists on
    /// standard error every key that did not carry over and every value that
    /// changed on the way, then checks the result. Exits 0 when every key
    /// carried over and the result passes `check`; 1 when a key stayed
    /// behind, the result has errors, or the file is not a YAML mapping; 2
    /// for usage and I/O problems.
    Migrate(MigrateArgs),
    /// Move a values file of the official chart to another chart release
    /// (and Airflow version), keeping its comments.
    ///
    /// Rewrites the file (or prints a diff with --diff): default Airflow
    /// versions move to the new release's, then the fixes `check --fix` makes
    /// against the target. Lists on standard error every change and what a
    /// person must do, then the findings left. Exits 0 when nothing that fails
    /// is left, 1 otherwise, 2 for usage and I/O problems.
    Upgrade(UpgradeArgs),
}

/// The arguments of `upgrade`.
#[derive(Debug, clap::Args)]
pub(crate) struct UpgradeArgs {
    /// The values file.
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,
    /// The chart release to move to.
    #[arg(long, value_name = "VERSION")]
    pub(crate) to_chart_version: ChartVersion,
    /// The chart release the file is for. Default: the `airflow` dependency
    /// of a Chart.lock or Chart.yaml beside the file, else the newest release.
    #[arg(long, value_name = "VERSION")]
    pub(crate) from_chart_version: Option<ChartVersion>,
    /// The Airflow version to move to: written as `airflowVersion` (and
    /// `defaultAirflowTag` where the file sets it).
    #[arg(long, value_name = "VERSION")]
    pub(crate) to_airflow_version: Option<String>,
    /// Print the changes as a unified diff and write nothing.
    #[arg(long, alias = "dry-run")]
    pub(crate) diff: bool,
}

/// The arguments of `migrate`.
#[derive(Debug, clap::Args)]
pub(crate) struct MigrateArgs {
    /// The values file; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,
    /// The chart the values are for: `bitnami-airflow` or `airflow-helm`.
    #[arg(long, value_name = "CHART", value_parser = parse_chart_name)]
    pub(crate) from: ChartKind,
    /// The version of the official chart to migrate to.
    #[arg(long, value_name = "VERSION", default_value_t = ChartVersion::LATEST)]
    pub(crate) to_chart_version: ChartVersion,
    /// Write the migrated values to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Refuse a values file larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_INPUT_BYTES)]
    pub(crate) max_input_bytes: usize,
}

/// The arguments of `images`.
#[derive(Debug, clap::Args)]
pub(crate) struct ImagesArgs {
    /// The values file; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,
    /// Chart version the values are for. Default: the `airflow` dependency of a
    /// Chart.lock or Chart.yaml beside the file, else the newest modeled version.
    #[arg(long, value_name = "VERSION")]
    pub(crate) chart_version: Option<ChartVersion>,
    /// The registry host to copy the images into, such as `myregistry.azurecr.io`.
    #[arg(long, value_name = "HOST")]
    pub(crate) registry: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ImagesFormat::Table)]
    pub(crate) format: ImagesFormat,
    /// Refuse a values file larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_INPUT_BYTES)]
    pub(crate) max_input_bytes: usize,
}

/// `images --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ImagesFormat {
    /// One row per image; with --registry, the target of each.
    Table,
    /// One JSON document with every image (and its source and target with --registry).
    Json,
    /// `az acr import` commands that copy the images (needs --registry).
    AzAcrImport,
    /// `SOURCE TARGET` pairs, one per line, for other copy tools (needs --registry).
    List,
    /// The values with every image pointed at its copy (needs --registry).
    Values,
}

/// The arguments of `check`.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// Values files, later ones overriding earlier ones; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// A value set as `helm --set` sets it (`a.b=c,d[0]=e`); repeatable.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub(crate) set: Vec<String>,
    /// A value set as a string, as `helm --set-string` sets it; repeatable.
    #[arg(long = "set-string", value_name = "KEY=VALUE")]
    pub(crate) set_string: Vec<String>,
    /// The chart the values are for: `apache-airflow` (the official chart),
    /// `bitnami-airflow` (Bitnami, modeled at 25.0.4) or `airflow-helm` (the
    /// community chart, modeled at 8.9.0). Default: the `airflow` dependency
    /// of a Chart.lock or Chart.yaml beside the first file, else the official chart.
    #[arg(long, value_name = "CHART", value_parser = parse_chart_name)]
    pub(crate) chart: Option<ChartKind>,
    /// Chart version the values are for: any release from 1.10.0 on (1.14.0,
    /// 1.17.0 and 1.20.0 are judged from the releases on either side), or `all`
    /// for a table of every modeled release. Default: the `airflow` dependency
    /// of a Chart.lock or Chart.yaml beside the first file, else the newest
    /// modeled version.
    #[arg(long, value_name = "VERSION", value_parser = parse_chart_version)]
    pub(crate) chart_version: Option<ChartVersionArg>,
    /// Which rules run: `default` (what the chart rejects or silently ignores)
    /// or `production` (adds the rules of a hardened deployment).
    #[arg(long, value_enum, default_value_t = ProfileArg::Default)]
    pub(crate) profile: ProfileArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
    /// The key the chart's values sit under, as in an umbrella chart's values
    /// file (`airflow`, or the dependency's alias). Default: the name or alias
    /// of the Airflow dependency of a Chart.lock or Chart.yaml beside the first
    /// file, when the file has that key; else the whole file.
    #[arg(long, value_name = "KEY")]
    pub(crate) values_root: Option<String>,
    /// The release name the chart is installed under (`helm install NAME`);
    /// some template checks read it (the community chart refuses names over
    /// 40 characters).
    #[arg(long, value_name = "NAME", default_value = airflow_values::check::DEFAULT_RELEASE_NAME)]
    pub(crate) release_name: String,
    /// Check each file on its own instead of layering them, as a linter run
    /// on unrelated files (the pre-commit hook) needs; `--set` applies to each.
    #[arg(long)]
    pub(crate) each_file: bool,
    /// Refuse values files larger than this many bytes (an AV0001 error);
    /// only this much of each file is read.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_INPUT_BYTES)]
    pub(crate) max_input_bytes: usize,
    /// Fail (exit 1) on warnings too.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub(crate) deny: Vec<Deny>,
    /// Rewrite the files with the fixes that have exactly one right answer
    /// (a misspelt key with one suggestion, `tag: 2.10` → `tag: "2.10"`, an
    /// equal duplicate key, a renamed Airflow option), keeping every comment;
    /// then report what is left. Exits 1 when something that fails is left.
    #[arg(long)]
    pub(crate) fix: bool,
    /// With --fix: print the changes as a unified diff and write nothing.
    #[arg(long, alias = "dry-run", requires = "fix")]
    pub(crate) diff: bool,
}

/// `--profile`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ProfileArg {
    /// What the chart would reject, break on, or silently ignore.
    Default,
    /// Adds the rules of a hardened production deployment.
    Production,
}

impl From<ProfileArg> for Profile {
    fn from(profile: ProfileArg) -> Profile {
        match profile {
            ProfileArg::Default => Profile::Default,
            ProfileArg::Production => Profile::Production,
        }
    }
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Each finding with its source line, and a summary.
    Human,
    /// One JSON document with the chart version and every finding.
    Json,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
}

/// `--deny`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Deny {
    /// Exit 1 when there are warnings, not only errors.
    Warnings,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_version_lists_every_modeled_chart_version() {
        let listed: Vec<String> = ChartVersion::ALL.iter().map(|v| v.to_string()).collect();
        let between: Vec<String> = ChartRelease::all()
            .iter()
            .filter(|r| !matches!(r, ChartRelease::Modeled(_)))
            .map(|r| r.to_string())
            .collect();
        let want = format!(
            "{} (apache-airflow chart {}; {} judged from their neighbours)",
            env!("CARGO_PKG_VERSION"),
            listed.join(", "),
            between.join(", ")
        );
        assert_eq!(VERSION, want);
    }
}
