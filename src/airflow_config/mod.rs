//! Airflow's own configuration: the sections and options of `airflow.cfg`
//! (and of the `AIRFLOW__{SECTION}__{OPTION}` variables) that each Airflow
//! version reads.
//!
//! The facts come from the Airflow wheels on PyPI (`config.yml`, the
//! parser's deprecated-options tables, Airflow 3's `airflow config lint`
//! list, and the configuration of the providers the official image ships),
//! turned into a small committed table by `tools/airflow-config/generate.py`
//! and compiled in as static data: a lookup parses nothing.
//!
//! ```
//! use airflow_values::airflow_config::{AirflowConfig, OptionStatus, OptionType};
//! use airflow_values::official::AirflowVersion;
//!
//! let airflow = AirflowConfig::for_version(AirflowVersion::new(3, 2, 2));
//! match airflow.lookup("core", "parallelism") {
//!     OptionStatus::Current(option) => assert_eq!(option.option_type(), OptionType::Integer),
//!     other => panic!("{other:?}"),
//! }
//! match airflow.lookup("core", "dataset_manager_class") {
//!     OptionStatus::Renamed { to, still_read, .. } => {
//!         assert_eq!(to.to_string(), "core.asset_manager_class");
//!         assert!(!still_read);
//!     }
//!     other => panic!("{other:?}"),
//! }
//! ```

mod data;
mod env;
#[cfg(test)]
mod generate;
mod table;

use std::fmt;

pub use env::{EnvSetting, EnvVariant};
use table::{OptionRow, PROVIDER, SECRET, Table, VersionSet, table};

use crate::official::AirflowVersion;

/// The type Airflow reads an option as.
///
/// Every value reaches Airflow as text (a YAML `true` or `30` in the values
/// is written into `airflow.cfg` as `true` or `30`); the type says which
/// texts Airflow accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OptionType {
    /// Read with `getboolean`: `true`/`t`/`1` or `false`/`f`/`0`, any case.
    Boolean,
    /// Read with `getint`: a whole number.
    Integer,
    /// Read with `getfloat`: a decimal number.
    Float,
    /// Read as text.
    String,
}

impl OptionType {
    /// Whether Airflow reads `text` as a value of this type.
    ///
    /// ```
    /// use airflow_values::airflow_config::OptionType;
    ///
    /// assert!(OptionType::Boolean.accepts("True"));
    /// assert!(!OptionType::Boolean.accepts("yes"));
    /// assert!(OptionType::Integer.accepts(" 32 "));
    /// assert!(!OptionType::Integer.accepts("1e+06"));
    /// ```
    pub fn accepts(self, text: &str) -> bool {
        let text = text.trim();
        match self {
            OptionType::Boolean => {
                // Airflow drops an inline `#` comment before it compares.
                let text = text.split('#').next().unwrap_or("").trim();
                ["t", "true", "1", "f", "false", "0"]
                    .iter()
                    .any(|b| text.eq_ignore_ascii_case(b))
            }
            OptionType::Integer => {
                let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
                !digits.is_empty()
                    && !digits.starts_with('_')
                    && !digits.ends_with('_')
                    && !digits.contains("__")
                    && digits.bytes().all(|b| b.is_ascii_digit() || b == b'_')
            }
            OptionType::Float => {
                let plain = text.replace('_', "");
                !plain.is_empty() && plain.parse::<f64>().is_ok()
            }
            OptionType::String => true,
        }
    }
}

impl fmt::Display for OptionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            OptionType::Boolean => "boolean",
            OptionType::Integer => "integer",
            OptionType::Float => "float",
            OptionType::String => "string",
        })
    }
}

/// A section and option name, written `section.option`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OptionName {
    /// The section, such as `core`.
    pub section: &'static str,
    /// The option, such as `parallelism`.
    pub option: &'static str,
}

impl OptionName {
    /// The environment variable that sets it: `AIRFLOW__CORE__PARALLELISM`.
    pub fn env_var(&self) -> String {
        format!(
            "AIRFLOW__{}__{}",
            self.section.to_ascii_uppercase().replace('.', "_"),
            self.option.to_ascii_uppercase()
        )
    }
}

impl fmt::Display for OptionName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.section, self.option)
    }
}

/// An option that some covered Airflow version has, with its facts as of
/// the newest version that has it.
#[derive(Debug, Clone, Copy)]
pub struct ConfigOption {
    row: &'static OptionRow,
}

impl ConfigOption {
    /// Its section and name.
    pub fn name(&self) -> OptionName {
        OptionName {
            section: self.row.section,
            option: self.row.option,
        }
    }

    /// The type Airflow reads it as.
    pub fn option_type(&self) -> OptionType {
        self.row.kind
    }

    /// Its default as Airflow writes it, `None` when it has none.
    pub fn default_value(&self) -> Option<String> {
        self.row.default.map(str::to_owned)
    }

    /// Whether Airflow treats its value as a secret (it masks it, and reads
    /// it from `_CMD` and `_SECRET` variants).
    pub fn is_sensitive(&self) -> bool {
        self.row.flags & SECRET != 0
    }

    /// Whether it comes from a provider package rather than Airflow core.
    pub fn from_provider(&self) -> bool {
        self.row.flags & PROVIDER != 0
    }

    /// The texts the option accepts, where Airflow reads it as a closed set.
    pub fn choices(&self) -> Option<&'static [&'static str]> {
        CHOICES
            .iter()
            .find(|(s, o, _)| *s == self.row.section && *o == self.row.option)
            .map(|(_, _, choices)| *choices)
    }
}

/// Options whose text Airflow reads as one of a closed set (Python's logging
/// level names and Airflow's task weight rules), compared without case.
const LOG_LEVELS: &[&str] = &[
    "CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "NOTSET",
];
const CHOICES: &[(&str, &str, &[&str])] = &[
    ("logging", "logging_level", LOG_LEVELS),
    ("logging", "fab_logging_level", LOG_LEVELS),
    (
        "core",
        "default_task_weight_rule",
        &["absolute", "downstream", "upstream"],
    ),
];

/// What an Airflow version makes of a section and option.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OptionStatus {
    /// The version reads it.
    Current(ConfigOption),
    /// The version reads it, but marks it deprecated since `since`.
    Deprecated {
        /// The option.
        option: ConfigOption,
        /// The version it was deprecated in.
        since: &'static str,
    },
    /// The option was renamed or moved to `to` in version `since`.
    Renamed {
        /// Where it lives now.
        to: OptionName,
        /// The version of the change.
        since: &'static str,
        /// Whether this version still reads the old name (with a warning).
        still_read: bool,
    },
    /// The option is gone in this version.
    Removed {
        /// The newest covered version that still had it, if any had it.
        last: Option<AirflowVersion>,
        /// Airflow's lint removes it only when set to this value.
        only_when: Option<&'static str>,
    },
    /// Only newer versions have the option.
    NotYet {
        /// The option.
        option: ConfigOption,
        /// The first covered version that has it.
        first: AirflowVersion,
        /// The name this version reads instead, if the option was renamed to it.
        older_name: Option<OptionName>,
    },
    /// No covered version has it.
    Unknown,
}

/// Airflow's configuration as one Airflow version reads it.
///
/// The table covers a list of Airflow versions
/// ([`AirflowConfig::covered_versions`]); any other version is answered by
/// the newest covered version of the same `major.minor`, else the newest
/// older one, else the oldest ([`AirflowConfig::basis`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AirflowConfig {
    requested: AirflowVersion,
    index: usize,
}

impl AirflowConfig {
    /// The configuration of `version`.
    pub fn for_version(version: AirflowVersion) -> AirflowConfig {
        let versions = &table().versions;
        let exact = versions.iter().position(|v| *v == version);
        let same_minor = versions
            .iter()
            .rposition(|v| v.major() == version.major() && v.minor() == version.minor());
        let older = versions.iter().rposition(|v| *v <= version);
        AirflowConfig {
            requested: version,
            index: exact.or(same_minor).or(older).unwrap_or(0),
        }
    }

    /// The Airflow versions the table has facts for, oldest first.
    pub fn covered_versions() -> impl Iterator<Item = AirflowVersion> {
        table().versions.iter().copied()
    }

    /// The version asked for.
    pub fn requested(&self) -> AirflowVersion {
        self.requested
    }

    /// The covered version whose facts answer for [`requested`](Self::requested).
    pub fn basis(&self) -> AirflowVersion {
        table()
            .versions
            .get(self.index)
            .copied()
            .unwrap_or(self.requested)
    }

    fn bit(&self) -> VersionSet {
        1 << self.index
    }

    /// What this version makes of `section.option` (names as in
    /// `airflow.cfg`, any case).
    pub fn lookup(&self, section: &str, option: &str) -> OptionStatus {
        let mut status = self.lookup_once(section, option);
        // A rename may lead to a name that was renamed again
        // (`scheduler.statsd_allow_list` → `metrics.statsd_allow_list` →
        // `metrics.metrics_allow_list`): point at the last one.
        for _ in 0..4 {
            let OptionStatus::Renamed {
                to,
                since,
                still_read,
            } = status
            else {
                break;
            };
            match self.lookup_once(to.section, to.option) {
                OptionStatus::Renamed { to: next, .. } => {
                    status = OptionStatus::Renamed {
                        to: next,
                        since,
                        still_read,
                    };
                }
                _ => break,
            }
        }
        status
    }

    fn lookup_once(&self, section: &str, option: &str) -> OptionStatus {
        let t = table();
        let (section, option) = (section.to_ascii_lowercase(), option.to_ascii_lowercase());
        let (section, option) = (section.as_str(), option.as_str());
        let bit = self.bit();
        let row = t.option(section, option);
        if let Some(row) = row.filter(|r| r.at & bit != 0) {
            let option = ConfigOption { row };
            return match row.deprecated_since {
                Some(since) if deprecated_by(since, self.basis()) => {
                    OptionStatus::Deprecated { option, since }
                }
                _ => OptionStatus::Current(option),
            };
        }
        if let Some(r) = t
            .renames
            .iter()
            .find(|r| r.old == (section, option) && r.at & bit != 0)
        {
            return renamed(r.new, r.since, true);
        }
        if let Some(s) = t.sections.iter().find(|s| s.old == section)
            && let Some(new) = t.option(s.new, option)
        {
            return renamed((new.section, new.option), s.since, s.at & bit != 0);
        }
        let below = bit - 1;
        if let Some(row) = row {
            let higher = row.at & !(bit | below);
            if row.at & below == 0 && higher != 0 {
                return OptionStatus::NotYet {
                    option: ConfigOption { row },
                    first: t.versions[higher.trailing_zeros() as usize],
                    older_name: self.older_name(section, option),
                };
            }
        }
        if self.basis().major() >= 3
            && let Some(change) = t.change(section, option)
        {
            return match change.to {
                Some(to) => renamed(to, AIRFLOW_3, false),
                None => OptionStatus::Removed {
                    last: row.and_then(|r| last_before(t, r.at, below)),
                    only_when: change.only_when,
                },
            };
        }
        if let Some(r) = t.renames.iter().find(|r| r.old == (section, option)) {
            return renamed(r.new, r.since, false);
        }
        match row {
            Some(row) => OptionStatus::Removed {
                last: last_before(t, row.at, below),
                only_when: None,
            },
            None => OptionStatus::Unknown,
        }
    }

    /// The old name this version reads for an option that a later version
    /// renamed to `section.option`.
    fn older_name(&self, section: &str, option: &str) -> Option<OptionName> {
        let t = table();
        let exists = |(section, option): (&str, &str)| {
            t.option(section, option)
                .is_some_and(|r| r.at & self.bit() != 0)
        };
        let from_renames = t
            .renames
            .iter()
            .find(|r| r.new == (section, option) && exists(r.old))
            .map(|r| r.old);
        let from_changes = || {
            t.changes
                .iter()
                .find(|c| c.to == Some((section, option)) && exists(c.old))
                .map(|c| c.old)
        };
        from_renames
            .or_else(from_changes)
            .map(|(section, option)| OptionName { section, option })
    }

    /// The section `section` was renamed to, and the version of the rename
    /// (`kubernetes` became `kubernetes_executor` in 2.5.0).
    pub fn section_renamed(section: &str) -> Option<(&'static str, &'static str)> {
        let section = section.to_ascii_lowercase();
        table()
            .sections
            .iter()
            .find(|s| s.old == section)
            .map(|s| (s.new, s.since))
    }

    /// Whether Airflow hands every option of the section to a library as it
    /// is (the Elasticsearch and OpenSearch clients, Celery's transport
    /// options, Sentry), so that any option name is valid there.
    pub fn takes_any_option(section: &str) -> bool {
        FREE_FORM_SECTIONS
            .iter()
            .any(|s| s.eq_ignore_ascii_case(section))
    }

    /// Whether this version has a section of that name (any case).
    pub fn has_section(&self, section: &str) -> bool {
        let section = section.to_ascii_lowercase();
        self.options().any(|o| o.row.section == section)
    }

    /// Every option this version reads, sorted by section and name.
    pub fn options(&self) -> impl Iterator<Item = ConfigOption> + use<> {
        let bit = self.bit();
        table()
            .options
            .iter()
            .filter(move |r| r.at & bit != 0)
            .map(|row| ConfigOption { row })
    }

    /// The options of every covered version, each once.
    pub fn all_options() -> impl Iterator<Item = ConfigOption> {
        table().options.iter().map(|row| ConfigOption { row })
    }

    /// Finds a section and option written as one environment-style key,
    /// such as `CORE__LOAD_EXAMPLES` or `AIRFLOW__CORE__LOAD_EXAMPLES`: the
    /// names in lower case, as this module looks them up.
    ///
    /// ```
    /// use airflow_values::airflow_config::AirflowConfig;
    ///
    /// assert_eq!(
    ///     AirflowConfig::split_env_key("AIRFLOW__COMMON.IO__XCOM_OBJECTSTORAGE_PATH"),
    ///     Some(("common.io".to_owned(), "xcom_objectstorage_path".to_owned())),
    /// );
    /// ```
    pub fn split_env_key(key: &str) -> Option<(String, String)> {
        let key = key.strip_prefix("AIRFLOW__").unwrap_or(key);
        let (section, option) = key.split_once("__")?;
        (!section.is_empty() && !option.is_empty())
            .then(|| (section.to_ascii_lowercase(), option.to_ascii_lowercase()))
    }

    /// The section an environment variable's upper-case section part names,
    /// among the sections of every covered version (`COMMON_IO` and
    /// `COMMON.IO` both name `common.io`).
    pub(crate) fn section_of_env(section: &str) -> Option<&'static str> {
        let want = section.to_ascii_lowercase();
        // A `.` in a section's name is a `_` in its variable's; compared
        // byte by byte, so that the scan allocates nothing.
        let norm = |c: u8| if c == b'.' { b'_' } else { c };
        let same = |s: &str| s.bytes().map(norm).eq(want.bytes().map(norm));
        table().options.iter().map(|r| r.section).find(|s| same(s))
    }
}

/// Sections whose options Airflow passes on as keyword arguments.
const FREE_FORM_SECTIONS: &[&str] = &[
    "elasticsearch_configs",
    "opensearch_configs",
    "celery_broker_transport_options",
    "celery_result_backend_transport_options",
    "sentry",
];

/// The version of Airflow 3's configuration changes (its lint list).
const AIRFLOW_3: &str = "3.0.0";

fn renamed(
    to: (&'static str, &'static str),
    since: &'static str,
    still_read: bool,
) -> OptionStatus {
    OptionStatus::Renamed {
        to: OptionName {
            section: to.0,
            option: to.1,
        },
        since,
        still_read,
    }
}

/// The newest version of `at` below the basis (`below` has the lower bits).
fn last_before(t: &Table, at: VersionSet, below: VersionSet) -> Option<AirflowVersion> {
    let older = at & below;
    (older != 0).then(|| t.versions[(63 - older.leading_zeros()) as usize])
}

/// Whether a `version_deprecated` text (`2.9.0`, `3.0`) is at or before `basis`.
fn deprecated_by(since: &str, basis: AirflowVersion) -> bool {
    let mut parts = since.split('.').map(|p| p.parse::<u16>().unwrap_or(0));
    let since = AirflowVersion::new(
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    since <= basis
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(v: &str) -> AirflowConfig {
        AirflowConfig::for_version(v.parse().unwrap())
    }

    #[test]
    fn versions_between_covered_ones_use_their_minor() {
        assert_eq!(at("2.9.1").basis().to_string(), "2.9.3");
        assert_eq!(at("2.5.0").basis().to_string(), "2.6.2");
        assert_eq!(
            at("9.0.0").basis(),
            AirflowConfig::covered_versions().last().unwrap()
        );
    }

    #[test]
    fn airflow_2_names_on_airflow_3() {
        let OptionStatus::Renamed { to, still_read, .. } =
            at("3.2.2").lookup("core", "dataset_manager_class")
        else {
            panic!()
        };
        assert_eq!(to.to_string(), "core.asset_manager_class");
        assert!(!still_read);
        // Still read, with a warning, on 2.x.
        assert!(matches!(
            at("2.10.5").lookup("core", "sql_alchemy_conn"),
            OptionStatus::Renamed {
                still_read: true,
                ..
            }
        ));
    }

    #[test]
    fn airflow_3_names_on_airflow_2() {
        let OptionStatus::NotYet {
            first, older_name, ..
        } = at("2.9.3").lookup("api", "secret_key")
        else {
            panic!()
        };
        assert_eq!(first.major(), 3);
        assert_eq!(older_name.unwrap().to_string(), "webserver.secret_key");
    }

    #[test]
    fn provider_sections_count_where_core_lacks_them() {
        assert!(matches!(
            at("2.9.3").lookup("celery", "worker_concurrency"),
            OptionStatus::Current(_)
        ));
        assert!(matches!(
            at("3.2.2").lookup("kubernetes_executor", "namespace"),
            OptionStatus::Current(_)
        ));
        assert!(matches!(
            at("3.2.2").lookup("core", "no_such_option"),
            OptionStatus::Unknown
        ));
    }

    #[test]
    fn types_and_secrets() {
        let OptionStatus::Current(o) = at("3.2.2").lookup("database", "sql_alchemy_conn") else {
            panic!()
        };
        assert!(o.is_sensitive());
        let OptionStatus::Current(o) = at("3.2.2").lookup("core", "load_examples") else {
            panic!()
        };
        assert_eq!(o.option_type(), OptionType::Boolean);
        assert_eq!(o.default_value().as_deref(), Some("True"));
    }
}
