//! `config`: settings written into `airflow.cfg`.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// `config`: sections of `airflow.cfg`, each a map of option to value.
pub type Config = BTreeMap<String, BTreeMap<String, ConfigValue>>;

/// One value of an `airflow.cfg` option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ConfigValue {
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// Text (may hold Helm template expressions).
    String(String),
}

impl ConfigValue {
    /// Whether the value means "on" the way Airflow reads booleans.
    pub fn is_true(&self) -> bool {
        match self {
            ConfigValue::Bool(b) => *b,
            ConfigValue::String(s) => matches!(s.to_ascii_lowercase().as_str(), "true" | "t" | "1"),
            ConfigValue::Int(i) => *i == 1,
            _ => false,
        }
    }
}

impl fmt::Display for ConfigValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigValue::Bool(b) => write!(f, "{b}"),
            ConfigValue::Int(i) => write!(f, "{i}"),
            ConfigValue::Float(x) => write!(f, "{x}"),
            ConfigValue::String(s) => f.write_str(s),
        }
    }
}

impl From<&str> for ConfigValue {
    fn from(s: &str) -> Self {
        ConfigValue::String(s.to_owned())
    }
}

impl From<bool> for ConfigValue {
    fn from(b: bool) -> Self {
        ConfigValue::Bool(b)
    }
}

impl From<i64> for ConfigValue {
    fn from(i: i64) -> Self {
        ConfigValue::Int(i)
    }
}
