//! Typed values from the tree Helm reads.
//!
//! A values file is first read into a `serde_json::Value` tree, with scalars
//! resolved the way Helm's YAML 1.1 reader resolves them; the structural check
//! walks that tree. [`from_tree`] then reads the typed model from the same
//! tree, so the model sees exactly what Helm passes to the chart's templates.
//!
//! Two things set it apart from `serde_json::from_value`:
//! - a type that asks for text gets the text of a number too: Kubernetes
//!   quantities such as `cpu: 1` are numbers in the tree but text in
//!   k8s-openapi's `Quantity`, and Helm renders the number back as `1`;
//! - an error names the key path of the value that did not fit, so a caller
//!   holding positions can point at the line.
//!
//! It also keeps the crate's build lean: every type is deserialized through
//! this one small deserializer instead of through the YAML reader's large one.

use std::fmt;

use serde::de::value::StrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};
use serde::forward_to_deserialize_any;
use serde_json::{Number, Value};

use super::{KeyPath, Segment};

/// A value of the tree that does not fit the type asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TreeError {
    /// Where the value is, from the root of the tree.
    pub path: KeyPath,
    /// What does not fit, as serde's visitors say it.
    pub message: String,
}

impl TreeError {
    /// The same error one level further from the value: `segment` is the
    /// key or index that led to it.
    fn under(mut self, segment: Segment) -> Self {
        // Built outermost-last while unwinding; `from_tree` reverses it.
        self.path.0.push(segment);
        self
    }

    /// The error as raised by `value` itself or below it. When the value is
    /// text that failed to parse, the message loses any quotation of it:
    /// the text may be a secret.
    fn raised_at(mut self, value: &Value) -> Self {
        if let (true, Value::String(text)) = (self.path.is_root(), value)
            && !text.is_empty()
        {
            for quoted in [format!("\"{text}\""), format!("`{text}`")] {
                self.message = self.message.replace(&quoted, "the value");
            }
        }
        self
    }
}

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_root() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for TreeError {}

impl de::Error for TreeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TreeError {
            path: KeyPath(Vec::new()),
            message: msg.to_string(),
        }
    }
}

/// Reads a `T` from a Helm values tree.
///
/// # Errors
/// [`TreeError`] with the key path of the first value that does not fit `T`.
pub(crate) fn from_tree<T: DeserializeOwned>(tree: &Value) -> Result<T, TreeError> {
    T::deserialize(Node(tree)).map_err(|error| {
        let mut error = error.raised_at(tree);
        error.path.0.reverse();
        error
    })
}

/// One node of the tree, as a serde deserializer.
#[derive(Clone, Copy)]
struct Node<'a>(&'a Value);

impl<'de> de::Deserializer<'de> for Node<'_> {
    type Error = TreeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => visit_number(n, visitor),
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => visitor.visit_seq(Items {
                items: items.iter(),
                index: 0,
            }),
            Value::Object(map) => visitor.visit_map(Entries {
                entries: map.iter(),
                pending: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self.0 {
            // Helm renders the number back as this text.
            Value::Number(n) => visitor.visit_string(n.to_string()),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        match self.0 {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            Value::Object(map) if map.len() == 1 => {
                let (variant, value) = map.iter().next().expect("one entry");
                visitor
                    .visit_enum(Variant { variant, value })
                    .map_err(|e| e.under(Segment::Key(variant.clone())))
            }
            _ => Err(de::Error::invalid_type(unexpected(self.0), &visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

fn visit_number<'de, V: Visitor<'de>>(n: &Number, visitor: V) -> Result<V::Value, TreeError> {
    if let Some(u) = n.as_u64() {
        visitor.visit_u64(u)
    } else if let Some(i) = n.as_i64() {
        visitor.visit_i64(i)
    } else {
        visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
    }
}

fn unexpected(value: &Value) -> de::Unexpected<'_> {
    match value {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => de::Unexpected::Unsigned(u),
            (None, Some(i)) => de::Unexpected::Signed(i),
            _ => de::Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(_) => de::Unexpected::Other("text"),
        Value::Array(_) => de::Unexpected::Seq,
        Value::Object(_) => de::Unexpected::Map,
    }
}

/// The items of a list, with their index for errors.
struct Items<'a> {
    items: std::slice::Iter<'a, Value>,
    index: usize,
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = TreeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, TreeError> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(Node(item))
            .map(Some)
            .map_err(|e| e.raised_at(item).under(Segment::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of a mapping; `pending` is the entry whose key was read and
/// whose value is next.
struct Entries<'a> {
    entries: serde_json::map::Iter<'a>,
    pending: Option<(&'a String, &'a Value)>,
}

impl<'de> MapAccess<'de> for Entries<'_> {
    type Error = TreeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, TreeError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.pending = Some((key, value));
        seed.deserialize(StrDeserializer::<TreeError>::new(key))
            .map(Some)
            .map_err(|e| e.under(Segment::Key(key.clone())))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, TreeError> {
        let Some((key, value)) = self.pending.take() else {
            return Err(de::Error::custom(
                "a mapping value was asked for before its key",
            ));
        };
        seed.deserialize(Node(value))
            .map_err(|e| e.raised_at(value).under(Segment::Key(key.clone())))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// An enum written as a one-entry mapping, `{variant: value}`.
struct Variant<'a> {
    variant: &'a String,
    value: &'a Value,
}

impl<'a, 'de> EnumAccess<'de> for Variant<'a> {
    type Error = TreeError;
    type Variant = Node<'a>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Node<'a>), TreeError> {
        let variant = seed.deserialize(StrDeserializer::<TreeError>::new(self.variant))?;
        Ok((variant, Node(self.value)))
    }
}

impl<'de> VariantAccess<'de> for Node<'_> {
    type Error = TreeError;

    fn unit_variant(self) -> Result<(), TreeError> {
        match self.0 {
            Value::Null => Ok(()),
            other => Err(de::Error::invalid_type(unexpected(other), &"no value")),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, TreeError> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
    use serde::Deserialize;
    use serde_json::json;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Probe {
        enabled: bool,
        period_seconds: Option<u32>,
        tags: Option<Vec<String>>,
    }

    #[test]
    fn reads_structs_options_and_lists() {
        let probe: Probe =
            from_tree(&json!({"enabled": true, "periodSeconds": 5, "tags": ["a", "b"]}))
                .expect("fits");
        assert_eq!(
            probe,
            Probe {
                enabled: true,
                period_seconds: Some(5),
                tags: Some(vec!["a".into(), "b".into()]),
            }
        );
        let none: Probe =
            from_tree(&json!({"enabled": false, "periodSeconds": null})).expect("fits");
        assert_eq!(none.period_seconds, None);
    }

    #[test]
    fn a_quantity_written_as_a_number_reads_as_its_text() {
        let limits: BTreeMap<String, Quantity> =
            from_tree(&json!({"cpu": 1, "memory": "512Mi", "ephemeral": 0.5})).expect("fits");
        assert_eq!(limits["cpu"], Quantity("1".into()));
        assert_eq!(limits["memory"], Quantity("512Mi".into()));
        assert_eq!(limits["ephemeral"], Quantity("0.5".into()));
    }

    #[test]
    fn an_error_names_the_path_of_the_value() {
        let error = from_tree::<BTreeMap<String, Vec<Probe>>>(
            &json!({"probes": [{"enabled": true}, {"enabled": "yes"}]}),
        )
        .expect_err("a string is not a bool");
        assert_eq!(error.path.to_string(), "probes[1].enabled");
        assert!(error.message.contains("expected a boolean"), "{error}");

        let unknown = from_tree::<Probe>(&json!({"enabled": true, "periodSecond": 1}))
            .expect_err("unknown field");
        assert_eq!(unknown.path.to_string(), "periodSecond");

        let missing = from_tree::<Vec<Probe>>(&json!([{}])).expect_err("missing field");
        assert_eq!(missing.path.to_string(), "[0]");
        assert!(missing.message.contains("enabled"), "{missing}");
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "lowercase")]
    enum Shape {
        Dot,
        Line(u32),
        Box { w: u32 },
    }

    #[test]
    fn reads_enums_as_text_or_one_entry_mappings() {
        let shapes: Vec<Shape> =
            from_tree(&json!(["dot", {"line": 3}, {"box": {"w": 2}}])).expect("fits");
        assert_eq!(shapes, [Shape::Dot, Shape::Line(3), Shape::Box { w: 2 }]);
        let error = from_tree::<Vec<Shape>>(&json!(["dot", {"line": "x"}])).expect_err("bad");
        assert_eq!(error.path.to_string(), "[1].line");
        assert!(from_tree::<Shape>(&json!(7)).is_err());
    }

    #[test]
    fn a_message_does_not_quote_the_text_that_failed() {
        let error = from_tree::<BTreeMap<String, Shape>>(&json!({"s": "hunter2-secret"}))
            .expect_err("not a variant");
        assert_eq!(error.path.to_string(), "s");
        assert!(!error.to_string().contains("hunter2"), "{error}");
        assert!(error.message.contains("unknown variant"), "{error}");
    }
}
