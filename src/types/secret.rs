//! Secret values (fernet key, webserver/API secret key, passwords) and
//! references to Kubernetes Secrets that hold them.
//!
//! [`FernetKey`], [`SecretKey`] and [`Password`] keep their text in a
//! [`Zeroizing`] buffer that is wiped on drop. `Debug` and `Display` print
//! `***`; the only way to the clear text is `expose_secret()`, so every read is
//! easy to find. `Serialize` writes the clear text, because an inline value has
//! to reach values.yaml; prefer a [`SecretRef`] where the chart offers one.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

use super::dns::{DnsNameError, DnsSubdomain};

/// What went wrong while parsing or generating a secret value, a Secret name
/// or a Secret reference. Messages never contain the secret itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SecretError {
    /// The fernet key does not have 44 characters.
    #[error(
        "fernet key has {len} characters, expected 44; a fernet key is 32 bytes in url-safe base64 (generate one with FernetKey::generate)"
    )]
    FernetKeyLength {
        /// Number of characters found.
        len: usize,
    },
    /// The fernet key has a character outside the url-safe base64 alphabet.
    #[error(
        "fernet key has an invalid character at byte {at}; use only A-Z a-z 0-9 - _ and one trailing `=`"
    )]
    FernetKeyCharacter {
        /// Byte offset of the bad character.
        at: usize,
    },
    /// The fernet key is well-formed base64 text but does not decode to 32 bytes.
    #[error(
        "fernet key does not decode to 32 bytes (bad final character at byte {at}); generate a new key with FernetKey::generate"
    )]
    FernetKeyDecode {
        /// Byte offset where decoding failed.
        at: usize,
    },
    /// The secret key is empty.
    #[error("secret key is empty; use at least 16 characters (SecretKey::generate gives 64)")]
    SecretKeyEmpty,
    /// The secret key is shorter than 16 characters.
    #[error(
        "secret key has {len} characters, fewer than 16; use a longer random value (SecretKey::generate gives 64)"
    )]
    SecretKeyTooShort {
        /// Number of characters found.
        len: usize,
    },
    /// The secret key starts or ends with whitespace.
    #[error(
        "secret key has leading or trailing whitespace at byte {at}; remove it, it is easily lost when copied"
    )]
    SecretKeyWhitespace {
        /// Byte offset of the whitespace.
        at: usize,
    },
    /// The password is empty.
    #[error("password is empty; set a non-empty password")]
    PasswordEmpty,
    /// The operating system's random number generator failed.
    #[error("the operating system's random number generator failed ({0}); retry, or pass a key")]
    Random(getrandom::Error),
    /// The Secret name is not a DNS-1123 subdomain.
    #[error("invalid secret name: {0}")]
    Name(#[from] DnsNameError),
    /// The Secret data key is empty.
    #[error("secret key name is empty; use a data key such as `connection`")]
    KeyNameEmpty,
    /// The Secret data key is longer than 253 bytes.
    #[error("secret key name is {len} bytes long, more than 253; use a shorter key")]
    KeyNameTooLong {
        /// Length in bytes.
        len: usize,
    },
    /// The Secret data key has a character that Kubernetes does not allow.
    #[error("secret key name has `{ch}` at byte {at}; use letters, digits, `-`, `_` and `.` only")]
    KeyNameCharacter {
        /// The bad character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// The Secret data key is `.`, `..` or starts with `..`.
    #[error("secret key name may not be `.` or `..` nor start with `..`; use a plain name")]
    KeyNameDots,
}

/// Shared impls of the three secret wrappers: redacting `Debug`/`Display`,
/// `expose_secret`, serde and the string conversions, all through `parse`.
macro_rules! secret_type {
    ($ty:ident) => {
        impl $ty {
            /// The value in clear text, for writing it where Airflow reads it.
            /// Never log it.
            #[must_use]
            pub fn expose_secret(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($ty), "(***)"))
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("***")
            }
        }

        text_conversions!(secret SecretError => $ty);

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.expose_secret())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = Zeroizing::new(String::deserialize(deserializer)?);
                Self::parse(&s).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// A Fernet key: 32 bytes in URL-safe base64 with padding (44 characters).
///
/// Airflow encrypts connection passwords and variables in its metadata
/// database with it.
///
/// ```
/// use airflow_values::types::FernetKey;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let key = FernetKey::generate()?;
/// assert_eq!(key.expose_secret().len(), 44);
/// assert_eq!(key.to_string(), "***");
/// assert_eq!(format!("{key:?}"), "FernetKey(***)");
/// assert_eq!(key.expose_secret().parse::<FernetKey>()?, key);
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct FernetKey(Zeroizing<String>);

secret_type!(FernetKey);

impl FernetKey {
    /// Parses a Fernet key: 44 characters of URL-safe base64 (with the one
    /// `=` of padding) that decode to 32 bytes.
    ///
    /// # Errors
    /// [`SecretError::FernetKeyLength`], [`SecretError::FernetKeyCharacter`]
    /// or [`SecretError::FernetKeyDecode`]; none of them contains the key.
    pub fn parse(s: &str) -> Result<Self, SecretError> {
        if s.len() != 44 {
            let len = s.chars().count();
            // 44 characters but more bytes: a non-ASCII character.
            if len == 44
                && let Some(at) = s.bytes().position(|b| !b.is_ascii())
            {
                return Err(SecretError::FernetKeyCharacter { at });
            }
            return Err(SecretError::FernetKeyLength { len });
        }
        for (at, b) in s.bytes().enumerate() {
            let ok = if at == 43 {
                b == b'='
            } else {
                b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
            };
            if !ok {
                return Err(SecretError::FernetKeyCharacter { at });
            }
        }
        let bytes = Zeroizing::new(
            URL_SAFE
                .decode(s)
                .map_err(|_| SecretError::FernetKeyDecode { at: 42 })?,
        );
        if bytes.len() != 32 {
            return Err(SecretError::FernetKeyDecode { at: 42 });
        }
        Ok(Self(Zeroizing::new(s.to_owned())))
    }

    /// Generates a new key from the operating system's random number generator.
    ///
    /// # Errors
    /// [`SecretError::Random`] if the random number generator fails.
    pub fn generate() -> Result<Self, SecretError> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut()).map_err(SecretError::Random)?;
        Ok(Self(Zeroizing::new(URL_SAFE.encode(bytes.as_ref()))))
    }
}

/// A secret key for signing sessions and tokens (webserver secret key, API
/// secret key, JWT secret): at least 16 characters, no surrounding whitespace.
///
/// ```
/// use airflow_values::types::SecretKey;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let key = SecretKey::generate()?;
/// assert_eq!(key.expose_secret().len(), 64);
/// assert!("too-short".parse::<SecretKey>().is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(Zeroizing<String>);

secret_type!(SecretKey);

impl SecretKey {
    /// The fewest characters a secret key may have.
    pub const MIN_LEN: usize = 16;

    /// Parses a secret key: non-empty, at least 16 characters, without
    /// leading or trailing whitespace.
    ///
    /// # Errors
    /// [`SecretError::SecretKeyEmpty`], [`SecretError::SecretKeyWhitespace`]
    /// or [`SecretError::SecretKeyTooShort`]; none of them contains the key.
    pub fn parse(s: &str) -> Result<Self, SecretError> {
        if s.is_empty() {
            return Err(SecretError::SecretKeyEmpty);
        }
        if s.starts_with(char::is_whitespace) {
            return Err(SecretError::SecretKeyWhitespace { at: 0 });
        }
        if let Some((at, _)) = s
            .char_indices()
            .next_back()
            .filter(|(_, c)| c.is_whitespace())
        {
            return Err(SecretError::SecretKeyWhitespace { at });
        }
        let len = s.chars().count();
        if len < Self::MIN_LEN {
            return Err(SecretError::SecretKeyTooShort { len });
        }
        Ok(Self(Zeroizing::new(s.to_owned())))
    }

    /// Generates a new key: 32 random bytes from the operating system, as 64
    /// lowercase hex digits.
    ///
    /// # Errors
    /// [`SecretError::Random`] if the random number generator fails.
    pub fn generate() -> Result<Self, SecretError> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut()).map_err(SecretError::Random)?;
        let mut out = Zeroizing::new(String::with_capacity(64));
        for b in bytes.iter() {
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
        Ok(Self(out))
    }
}

/// A password (metadata database, broker, …): any non-empty text.
///
/// ```
/// use airflow_values::types::Password;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let pw = Password::new("p@ss:w/rd")?;
/// assert_eq!(pw.expose_secret(), "p@ss:w/rd");
/// assert_eq!(format!("{pw} {pw:?}"), "*** Password(***)");
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Password(Zeroizing<String>);

secret_type!(Password);

impl Password {
    /// Wraps a password, taking ownership of the text so that no other copy
    /// is left behind.
    ///
    /// # Errors
    /// [`SecretError::PasswordEmpty`] if the text is empty.
    pub fn new(password: impl Into<String>) -> Result<Self, SecretError> {
        let password = Zeroizing::new(password.into());
        if password.is_empty() {
            return Err(SecretError::PasswordEmpty);
        }
        Ok(Self(password))
    }

    /// Parses a password: any non-empty text.
    ///
    /// # Errors
    /// [`SecretError::PasswordEmpty`] if the text is empty.
    pub fn parse(s: &str) -> Result<Self, SecretError> {
        Self::new(s)
    }

    /// Generates a password of 32 URL-safe characters (24 random bytes).
    ///
    /// # Errors
    /// [`SecretError::Random`] if the random number generator fails.
    pub fn generate() -> Result<Self, SecretError> {
        let mut bytes = Zeroizing::new([0u8; 24]);
        getrandom::fill(bytes.as_mut()).map_err(SecretError::Random)?;
        Ok(Self(Zeroizing::new(URL_SAFE_NO_PAD.encode(bytes.as_ref()))))
    }
}

/// A secret as a values file holds it: any text, even empty or malformed.
///
/// Reading a values file must not fail because a key is weak or malformed:
/// that is a finding for the rules, with a line number, not a parse error.
/// So the model keeps `fernetKey`, passwords and secret keys as
/// `SecretValue`; parse one into a [`FernetKey`], [`SecretKey`] or
/// [`Password`] to check it. Like those, it never shows its text in `Debug`
/// or `Display` and is wiped from memory when dropped.
///
/// ```
/// use airflow_values::types::{FernetKey, SecretValue};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let weak = SecretValue::new("changeme");
/// assert_eq!(format!("{weak} {weak:?}"), "*** SecretValue(***)");
/// assert!(weak.expose_secret().parse::<FernetKey>().is_err());
///
/// let key = SecretValue::from(FernetKey::generate()?);
/// assert!(key.expose_secret().parse::<FernetKey>().is_ok());
/// # Ok(())
/// # }
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct SecretValue(Zeroizing<String>);

secret_type!(SecretValue);

impl SecretValue {
    /// Wraps any text, taking ownership so that no other copy is left behind.
    pub fn new(text: impl Into<String>) -> Self {
        Self(Zeroizing::new(text.into()))
    }

    /// Wraps any text; it never fails (the `Result` is for the shared
    /// conversions).
    ///
    /// # Errors
    /// None.
    pub fn parse(s: &str) -> Result<Self, SecretError> {
        Ok(Self::new(s))
    }

    /// Whether the text is empty (the chart then generates or omits the secret).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A checked name where the model keeps the chart's text, so that builders
/// take a [`SecretName`] for keys such as `fernetKeySecretName`.
impl From<SecretName> for super::nullable::Nullable<String> {
    fn from(name: SecretName) -> Self {
        super::nullable::Nullable::Value(name.into())
    }
}

macro_rules! into_secret_value {
    ($($ty:ident),+) => {$(
        impl From<$ty> for SecretValue {
            fn from(secret: $ty) -> Self {
                SecretValue(secret.0)
            }
        }
    )+};
}

into_secret_value!(FernetKey, SecretKey, Password);

/// The name of a Kubernetes Secret: a DNS-1123 subdomain (lowercase letters,
/// digits, `-` and `.`; each dot-separated part starts and ends with a letter
/// or digit; at most 253 bytes).
///
/// ```
/// use airflow_values::types::SecretName;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let name: SecretName = "airflow-fernet-key".parse()?;
/// assert_eq!(name.as_str(), "airflow-fernet-key");
/// assert!("Airflow_Key".parse::<SecretName>().is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SecretName(String);

text_conversions!(as_str SecretError => SecretName);

impl SecretName {
    /// The name as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parses a Kubernetes object name (DNS-1123 subdomain).
    ///
    /// # Errors
    /// [`SecretError::Name`] with what is wrong with the name.
    pub fn parse(s: &str) -> Result<Self, SecretError> {
        Ok(DnsSubdomain::parse(s)?.into())
    }
}

/// Every DNS-1123 subdomain names a Secret.
impl From<DnsSubdomain> for SecretName {
    fn from(name: DnsSubdomain) -> Self {
        Self(String::from(name))
    }
}

/// The name of a data key inside a Kubernetes Secret (`[-._a-zA-Z0-9]+`, at
/// most 253 bytes, not `.` or `..` nor starting with `..`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SecretKeyName(String);

text_conversions!(as_str SecretError => SecretKeyName);

impl SecretKeyName {
    /// The name as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parses a Secret data key.
    ///
    /// # Errors
    /// [`SecretError::KeyNameEmpty`], [`SecretError::KeyNameTooLong`],
    /// [`SecretError::KeyNameCharacter`] or [`SecretError::KeyNameDots`].
    pub fn parse(s: &str) -> Result<Self, SecretError> {
        if s.is_empty() {
            return Err(SecretError::KeyNameEmpty);
        }
        if s.len() > 253 {
            return Err(SecretError::KeyNameTooLong { len: s.len() });
        }
        if let Some((at, ch)) = s
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')))
        {
            return Err(SecretError::KeyNameCharacter { ch, at });
        }
        if s == "." || s.starts_with("..") {
            return Err(SecretError::KeyNameDots);
        }
        Ok(Self(s.to_owned()))
    }
}

/// A reference to a Kubernetes Secret, optionally to one data key in it.
///
/// Written as `name` or `name/key`: neither part may contain `/`, so the form
/// is unambiguous.
///
/// ```
/// use airflow_values::types::{SecretKeyName, SecretName, SecretRef};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let r = SecretRef::new("airflow-db".parse()?).with_key("connection".parse()?);
/// assert_eq!(r.to_string(), "airflow-db/connection");
/// assert_eq!("airflow-db/connection".parse::<SecretRef>()?, r);
/// assert_eq!(r.key().map(SecretKeyName::as_str), Some("connection"));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SecretRef {
    name: SecretName,
    key: Option<SecretKeyName>,
}

impl SecretRef {
    /// A reference to a whole Secret.
    #[must_use]
    pub fn new(name: SecretName) -> Self {
        Self { name, key: None }
    }

    /// The same reference, pointing at one data key of the Secret.
    #[must_use]
    pub fn with_key(self, key: SecretKeyName) -> Self {
        Self {
            key: Some(key),
            ..self
        }
    }

    /// The Secret's name.
    #[must_use]
    pub fn name(&self) -> &SecretName {
        &self.name
    }

    /// The data key, if one is named.
    #[must_use]
    pub fn key(&self) -> Option<&SecretKeyName> {
        self.key.as_ref()
    }

    /// Parses `name` or `name/key`.
    ///
    /// # Errors
    /// The [`SecretError`] of [`SecretName::parse`] or
    /// [`SecretKeyName::parse`]; byte offsets in a key count from the start
    /// of the whole text.
    pub fn parse(s: &str) -> Result<Self, SecretError> {
        match s.split_once('/') {
            None => Ok(Self::new(SecretName::parse(s)?)),
            Some((name, key)) => {
                let name = SecretName::parse(name)?;
                let offset = name.as_str().len() + 1;
                let key = SecretKeyName::parse(key).map_err(|e| match e {
                    SecretError::KeyNameCharacter { ch, at } => SecretError::KeyNameCharacter {
                        ch,
                        at: at + offset,
                    },
                    other => other,
                })?;
                Ok(Self::new(name).with_key(key))
            }
        }
    }
}

impl fmt::Display for SecretRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name.as_str())?;
        if let Some(key) = &self.key {
            write!(f, "/{key}")?;
        }
        Ok(())
    }
}

text_conversions!(SecretError => SecretRef);

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD_FERNET: &str = "Uzt8wtP3sCCy5mJH0QyJw5zdSoj5mUr6bYOKa_UfP6A=";

    #[test]
    fn fernet_key_parse_table() {
        let bad_char = format!("{}!{}", &GOOD_FERNET[..10], &GOOD_FERNET[11..]);
        let std_alphabet = GOOD_FERNET.replace('_', "/");
        let non_ascii = format!("{}é{}", &GOOD_FERNET[..5], &GOOD_FERNET[6..]);
        let cases: Vec<(&str, Result<(), SecretError>)> = vec![
            (GOOD_FERNET, Ok(())),
            ("", Err(SecretError::FernetKeyLength { len: 0 })),
            (
                &GOOD_FERNET[..43],
                Err(SecretError::FernetKeyLength { len: 43 }),
            ),
            (&bad_char, Err(SecretError::FernetKeyCharacter { at: 10 })),
            (
                &std_alphabet,
                Err(SecretError::FernetKeyCharacter { at: 37 }),
            ),
            (&non_ascii, Err(SecretError::FernetKeyCharacter { at: 5 })),
            (
                "Uzt8wtP3sCCy5mJH0QyJw5zdSoj5mUr6bYOKa_UfP6AA",
                Err(SecretError::FernetKeyCharacter { at: 43 }),
            ),
            // Non-zero trailing bits: 43 chars cannot end in `B` for 32 bytes.
            (
                "Uzt8wtP3sCCy5mJH0QyJw5zdSoj5mUr6bYOKa_UfP6B=",
                Err(SecretError::FernetKeyDecode { at: 42 }),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(FernetKey::parse(input).map(|_| ()), want, "input {input:?}");
        }
    }

    #[test]
    fn generated_keys_parse_back_and_differ() {
        let a = FernetKey::generate().expect("rng");
        let b = FernetKey::generate().expect("rng");
        assert_eq!(FernetKey::parse(a.expose_secret()).as_ref(), Ok(&a));
        assert_ne!(a, b);
        let s = SecretKey::generate().expect("rng");
        assert_eq!(s.expose_secret().len(), 64);
        assert!(s.expose_secret().bytes().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(SecretKey::parse(s.expose_secret()).as_ref(), Ok(&s));
        let p = Password::generate().expect("rng");
        assert_eq!(p.expose_secret().len(), 32);
    }

    #[test]
    fn secret_key_parse_table() {
        let cases = [
            ("0123456789abcdef", Ok(())),
            ("", Err(SecretError::SecretKeyEmpty)),
            ("short", Err(SecretError::SecretKeyTooShort { len: 5 })),
            (
                " 0123456789abcdef",
                Err(SecretError::SecretKeyWhitespace { at: 0 }),
            ),
            (
                "0123456789abcdef\n",
                Err(SecretError::SecretKeyWhitespace { at: 16 }),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(SecretKey::parse(input).map(|_| ()), want, "input {input:?}");
        }
    }

    #[test]
    fn password_rejects_empty() {
        assert_eq!(Password::new(""), Err(SecretError::PasswordEmpty));
        assert_eq!(
            Password::parse("x").map(|p| p.expose_secret().to_owned()),
            Ok("x".to_owned())
        );
    }

    #[test]
    fn secrets_never_show_in_debug_display_or_errors() {
        let fernet = FernetKey::parse(GOOD_FERNET).expect("valid");
        let secret = SecretKey::parse("Zebra-Quokka-9137-Marmot").expect("valid");
        let pw = Password::new("Hunter2-Xylophone").expect("valid");
        let shown = [
            format!("{fernet} {fernet:?}"),
            format!("{secret} {secret:?}"),
            format!("{pw} {pw:?}"),
        ];
        assert_eq!(shown[0], "*** FernetKey(***)");
        assert_eq!(shown[1], "*** SecretKey(***)");
        assert_eq!(shown[2], "*** Password(***)");
        // Errors from nearly valid secrets do not contain them either.
        let near = &GOOD_FERNET[..40];
        let e = FernetKey::parse(near).expect_err("too short");
        assert!(!format!("{e} {e:?}").contains(near), "{e}");
        let e = SecretKey::parse("Zebra-Quokka ").expect_err("whitespace");
        assert!(!format!("{e} {e:?}").contains("Zebra"), "{e}");
    }

    #[test]
    fn serde_writes_clear_text_and_reads_through_parse() {
        let pw = Password::new("s3cr3t").expect("valid");
        assert_eq!(serde_json::to_string(&pw).expect("ser"), "\"s3cr3t\"");
        let back: Password = serde_json::from_str("\"s3cr3t\"").expect("de");
        assert_eq!(back, pw);
        assert!(serde_json::from_str::<FernetKey>("\"nope\"").is_err());
        assert!(serde_json::from_str::<Password>("\"\"").is_err());
    }

    #[test]
    fn secret_name_is_a_subdomain() {
        assert_eq!(
            SecretName::parse("my.secret-1").map(|n| n.to_string()),
            Ok("my.secret-1".to_owned())
        );
        assert_eq!(
            SecretName::parse("a..b"),
            Err(SecretError::Name(DnsNameError::Misplaced { at: 1 }))
        );
        assert_eq!(
            SecretName::parse(&"a".repeat(254)),
            Err(SecretError::Name(DnsNameError::TooLong {
                len: 254,
                max: 253
            }))
        );
    }

    #[test]
    fn secret_key_name_table() {
        let cases = [
            ("connection", Ok(())),
            ("tls.crt", Ok(())),
            ("AIRFLOW__CORE__FERNET_KEY", Ok(())),
            ("..data", Err(SecretError::KeyNameDots)),
            (".", Err(SecretError::KeyNameDots)),
            ("", Err(SecretError::KeyNameEmpty)),
            ("a b", Err(SecretError::KeyNameCharacter { ch: ' ', at: 1 })),
        ];
        for (input, want) in cases {
            assert_eq!(
                SecretKeyName::parse(input).map(|_| ()),
                want,
                "input {input:?}"
            );
        }
    }

    #[test]
    fn secret_ref_round_trip() {
        for input in ["airflow-db", "airflow-db/connection", "a.b/tls.crt"] {
            let r = SecretRef::parse(input).expect(input);
            assert_eq!(r.to_string(), input, "input {input:?}");
            assert_eq!(
                r.to_string().parse::<SecretRef>().as_ref(),
                Ok(&r),
                "input {input:?}"
            );
        }
        assert_eq!(
            SecretRef::parse("db/a/b"),
            Err(SecretError::KeyNameCharacter { ch: '/', at: 4 })
        );
        assert_eq!(SecretRef::parse("db/"), Err(SecretError::KeyNameEmpty));
        let json = serde_json::to_string(&SecretRef::parse("db/k").expect("valid")).expect("ser");
        assert_eq!(json, "\"db/k\"");
    }
}
