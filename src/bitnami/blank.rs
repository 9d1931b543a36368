//! [`Blank`]: a key the chart also takes as `""`.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value that the chart also accepts as the empty string `""`, which its
/// templates read as "not set" (`terminationGracePeriodSeconds: ""`,
/// `hpa.minReplicas: ""`, `image.digest: ""`).
///
/// Both forms are kept, so a file writes back as it was read.
///
/// ```
/// use airflow_values::bitnami::Blank;
///
/// let empty: Blank<i64> = serde_json::from_str("\"\"")?;
/// assert_eq!(empty, Blank::Empty);
/// let set: Blank<i64> = serde_json::from_str("30")?;
/// assert_eq!(set.value(), Some(&30));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Blank<T> {
    /// `""`.
    Empty,
    /// A value.
    Value(T),
}

impl<T> Blank<T> {
    /// The value, when one is set.
    pub fn value(&self) -> Option<&T> {
        match self {
            Blank::Empty => None,
            Blank::Value(v) => Some(v),
        }
    }
}

impl<T> From<T> for Blank<T> {
    fn from(value: T) -> Self {
        Blank::Value(value)
    }
}

impl<T: Serialize> Serialize for Blank<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Blank::Empty => serializer.serialize_str(""),
            Blank::Value(v) => v.serialize(serializer),
        }
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Blank<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.as_str() == Some("") {
            return Ok(Blank::Empty);
        }
        T::deserialize(value)
            .map(Blank::Value)
            .map_err(D::Error::custom)
    }
}

impl<T: JsonSchema> JsonSchema for Blank<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("Blank_{}", T::schema_name()))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let inner = generator.subschema_for::<T>();
        json_schema!({ "anyOf": [inner, { "type": "string", "const": "" }] })
    }
}
