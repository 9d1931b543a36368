//! The string conversions every parsed domain type shares, written once.
//!
//! A type that is parsed from text has an inherent `parse(&str) ->
//! Result<Self, E>`; [`text_conversions!`] derives the rest from it so that
//! every type offers the same set:
//!
//! - `FromStr`, `TryFrom<&str>` and `TryFrom<String>`, all through `parse`;
//! - `From<T> for String` through `Display` (not for secrets: their text is
//!   reached only by `expose_secret`, and `TryFrom<String>` wipes the
//!   argument);
//! - with `as_str`, also `Display` and `AsRef<str>` from the type's own
//!   `as_str()`, for types that keep their canonical text.
//!
//! Serde goes through the same `parse`: types derive
//! `#[serde(try_from = "String", into = "String")]`, or (secrets) write
//! `Deserialize` on top of `parse` by hand.

/// Implements the shared string conversions; see the module docs.
///
/// `text_conversions!(Error => A, B)` gives `FromStr`, `TryFrom<&str>`,
/// `TryFrom<String>` and `From<A> for String`;
/// `text_conversions!(as_str Error => A)` adds `Display` and `AsRef<str>`;
/// `text_conversions!(secret Error => A)` gives the three parsing
/// conversions only, wiping the `String` it is given.
macro_rules! text_conversions {
    (@parse $err:ty => $ty:ty) => {
        impl ::std::str::FromStr for $ty {
            type Err = $err;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $err;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                Self::parse(s)
            }
        }
    };
    (secret $err:ty => $($ty:ty),+ $(,)?) => {$(
        text_conversions!(@parse $err => $ty);

        impl TryFrom<String> for $ty {
            type Error = $err;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                let s = ::zeroize::Zeroizing::new(s);
                Self::parse(&s)
            }
        }
    )+};
    (as_str $err:ty => $($ty:ty),+ $(,)?) => {$(
        text_conversions!($err => $ty);

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
    )+};
    ($err:ty => $($ty:ty),+ $(,)?) => {$(
        text_conversions!(@parse $err => $ty);

        impl TryFrom<String> for $ty {
            type Error = $err;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl From<$ty> for String {
            fn from(v: $ty) -> String {
                v.to_string()
            }
        }
    )+};
}
