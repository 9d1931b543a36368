//! JSON Schemas of the domain types, as they appear in a values file.
//!
//! Each of these types is written as one YAML string; the schema says so and
//! leaves the finer rules (a digest's form, a key's length) to the type's
//! parser, whose errors are more precise than a pattern's.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::database::SslMode;
use super::executor::Executors;
use super::image::Digest;
use super::nullable::Nullable;
use super::secret::{FernetKey, Password, SecretKey, SecretName, SecretValue};

/// Marks the `null` that [`Nullable`] admits, so that the schema's
/// post-processing can tell it from the `null` schemars adds for every
/// `Option` (an unset key is left out of the YAML, never written as `null`).
pub(crate) const NULLABLE_MARK: &str = "x-nullable";

macro_rules! string_schema {
    ($($ty:ty => $name:literal $({ $($extra:tt)* })?),+ $(,)?) => {$(
        impl JsonSchema for $ty {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string" $(, $($extra)*)? })
            }
        }
    )+};
}

// `writeOnly` marks a secret: editors may hide it, and `check` finds every
// value a secret type reads by it, to keep it out of what it shows
// (`check::redactions`).
string_schema! {
    Digest => "Digest",
    FernetKey => "FernetKey" { "writeOnly": true },
    SecretKey => "SecretKey" { "writeOnly": true },
    Password => "Password" { "writeOnly": true },
    SecretValue => "SecretValue" { "writeOnly": true },
    SecretName => "SecretName",
    Executors => "Executors",
}

impl JsonSchema for SslMode {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("SslMode")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "enum": ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
        })
    }
}

impl<T: JsonSchema> JsonSchema for Nullable<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("Nullable_{}", T::schema_name()))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let inner = generator.subschema_for::<T>();
        json_schema!({ "anyOf": [inner, { "type": "null", NULLABLE_MARK: true }] })
    }
}
