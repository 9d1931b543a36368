//! Keys where "unset" and "explicitly null" differ.
//!
//! Helm merges a user's values over the chart's defaults. A key left out keeps
//! the chart's default; a key written as `null` (or `~`) removes it. A plain
//! `Option<T>` cannot tell the two apart, so keys where the difference matters
//! are typed `Option<Nullable<T>>`: `None` is "not written", `Some(Nullable::Null)`
//! is `key: null`, and `Some(Nullable::Value(v))` is `key: v`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value that may be written as an explicit `null`.
///
/// Used as `Option<Nullable<T>>` together with [`deserialize_some`], so that a
/// round trip keeps `digest: ~` as written.
///
/// ```
/// use airflow_values::types::nullable::Nullable;
///
/// let v: Nullable<String> = Nullable::Value("x".to_owned());
/// assert_eq!(v.as_value().map(String::as_str), Some("x"));
/// assert!(Nullable::<String>::Null.is_null());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// Written as `null`: removes the chart's default.
    Null,
    /// Written as a value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, or `None` for an explicit null.
    pub fn as_value(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(v) => Some(v),
        }
    }

    /// Whether this is an explicit null.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// A `Nullable` of a reference to the value.
    ///
    /// ```
    /// use airflow_values::types::Nullable;
    /// let v = Nullable::Value(String::from("x"));
    /// assert_eq!(v.as_ref().map(String::len), Nullable::Value(1));
    /// ```
    pub fn as_ref(&self) -> Nullable<&T> {
        match self {
            Nullable::Null => Nullable::Null,
            Nullable::Value(v) => Nullable::Value(v),
        }
    }

    /// The value changed by `f`; a null stays null.
    ///
    /// ```
    /// use airflow_values::types::Nullable;
    /// assert_eq!(Nullable::Value(2).map(|n| n * 10), Nullable::Value(20));
    /// assert_eq!(Nullable::<i32>::Null.map(|n| n * 10), Nullable::Null);
    /// ```
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Nullable<U> {
        match self {
            Nullable::Null => Nullable::Null,
            Nullable::Value(v) => Nullable::Value(f(v)),
        }
    }

    /// The value, or `None` for an explicit null.
    ///
    /// ```
    /// use airflow_values::types::Nullable;
    /// assert_eq!(Nullable::Value(3).into_option(), Some(3));
    /// assert_eq!(Nullable::<i32>::Null.into_option(), None);
    /// ```
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(v) => Some(v),
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(v) => serializer.serialize_some(v),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            None => Nullable::Null,
            Some(v) => Nullable::Value(v),
        })
    }
}

/// Deserializes a present key into `Some`, even when its value is `null`.
///
/// Use with `#[serde(default, deserialize_with = "...")]` on an
/// `Option<Nullable<T>>` field: serde alone would turn `key: null` into `None`.
///
/// # Errors
/// Whatever `T`'s deserializer reports for a non-null value.
pub fn deserialize_some<'de, D, T>(deserializer: D) -> Result<Option<Nullable<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Nullable::<T>::deserialize(deserializer).map(Some)
}

/// Reading an optional, nullable key: `None` both when the key is unset and
/// when it is an explicit `null`.
///
/// ```
/// use airflow_values::types::nullable::{Nullable, NullableExt};
///
/// let unset: Option<Nullable<String>> = None;
/// let null: Option<Nullable<String>> = Some(Nullable::Null);
/// let set = Some(Nullable::Value("x".to_owned()));
/// assert_eq!(unset.value(), None);
/// assert_eq!(null.value(), None);
/// assert_eq!(set.value().map(String::as_str), Some("x"));
/// ```
pub trait NullableExt<T> {
    /// The value, when one is set.
    fn value(&self) -> Option<&T>;
}

impl<T> NullableExt<T> for Option<Nullable<T>> {
    fn value(&self) -> Option<&T> {
        self.as_ref().and_then(Nullable::as_value)
    }
}

/// Text for a nullable key, so that builders take `&str` there as they do
/// for plain text keys: `.existing_claim("pvc")`.
impl From<&str> for Nullable<String> {
    fn from(value: &str) -> Self {
        Nullable::Value(value.to_owned())
    }
}
