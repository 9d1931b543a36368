//! `AIRFLOW__{SECTION}__{OPTION}` environment variables and their `_CMD` and
//! `_SECRET` variants.

use std::fmt;

use super::{AirflowConfig, table::table};

/// How an environment variable gives an option its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvVariant {
    /// `AIRFLOW__S__O`: the value itself.
    Value,
    /// `AIRFLOW__S__O_CMD`: a command whose output is the value.
    Command,
    /// `AIRFLOW__S__O_SECRET`: a key in the configured secrets backend.
    Secret,
}

impl EnvVariant {
    /// The suffix of the variable's name: empty, `_CMD` or `_SECRET`.
    pub fn suffix(self) -> &'static str {
        match self {
            EnvVariant::Value => "",
            EnvVariant::Command => "_CMD",
            EnvVariant::Secret => "_SECRET",
        }
    }
}

/// An environment variable that sets an Airflow option.
///
/// ```
/// use airflow_values::airflow_config::{EnvSetting, EnvVariant};
///
/// let s = EnvSetting::parse("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD").unwrap();
/// assert_eq!((s.section.as_str(), s.option.as_str()), ("database", "sql_alchemy_conn"));
/// assert_eq!(s.variant, EnvVariant::Command);
/// // `jwt_secret` is an option of its own, not a `_SECRET` variant.
/// let s = EnvSetting::parse("AIRFLOW__API_AUTH__JWT_SECRET").unwrap();
/// assert_eq!((s.option.as_str(), s.variant), ("jwt_secret", EnvVariant::Value));
/// assert!(EnvSetting::parse("AIRFLOW_CONN_METADATA").is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct EnvSetting {
    /// The section, in lower case as `airflow.cfg` writes it.
    pub section: String,
    /// The option, in lower case.
    pub option: String,
    /// Which variant the variable is.
    pub variant: EnvVariant,
}

impl EnvSetting {
    /// Reads a variable name; `None` when it is not `AIRFLOW__S__O…`.
    ///
    /// The section is matched to a known section the way Airflow does
    /// (upper case, `.` as `_`); the suffixes `_CMD` and `_SECRET` are taken
    /// as variants only when the whole name is no option itself.
    pub fn parse(name: &str) -> Option<EnvSetting> {
        let rest = name.strip_prefix("AIRFLOW__")?;
        let (section, key) = rest.split_once("__")?;
        if section.is_empty() || key.is_empty() {
            return None;
        }
        let section = AirflowConfig::section_of_env(section)
            .map_or_else(|| section.to_ascii_lowercase(), str::to_owned);
        let key = key.to_ascii_lowercase();
        let t = table();
        let known = |option: &str| {
            let name = (section.as_str(), option);
            t.option(name.0, name.1).is_some()
                || t.change(name.0, name.1).is_some()
                || t.renames.iter().any(|r| r.old == name)
        };
        let variant = [EnvVariant::Command, EnvVariant::Secret]
            .into_iter()
            .find(|v| {
                let suffix = v.suffix().to_ascii_lowercase();
                !known(&key) && key.strip_suffix(&suffix).is_some_and(known)
            })
            .unwrap_or(EnvVariant::Value);
        let option = key
            .strip_suffix(&variant.suffix().to_ascii_lowercase())
            .unwrap_or(&key)
            .to_owned();
        Some(EnvSetting {
            section,
            option,
            variant,
        })
    }
}

impl fmt::Display for EnvSetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "AIRFLOW__{}__{}{}",
            self.section.to_ascii_uppercase().replace('.', "_"),
            self.option.to_ascii_uppercase(),
            self.variant.suffix()
        )
    }
}
