//! What a plain (unquoted) scalar means: to this crate's reader, and to Helm's.
//!
//! [`resolve_plain`] gives the value `yaml::from_str::<serde_json::Value>` builds for an
//! untagged plain scalar, so that the tree of a [`Document`](super::document::Document) is
//! the tree the rest of the crate sees. [`helm_hazard`] tells whether Helm's reader reads the
//! scalar as something other than the text written; it follows go-yaml v2's `resolve`
//! (`goyaml.v2/resolve.go` in sigs.k8s.io/yaml, which Helm uses to read values files).

use serde_json::{Number, Value};

/// The value this crate's reader gives an untagged plain scalar, or `None` for a number that
/// is not finite (`.inf`, `1e400`), which the reader rejects.
///
/// The order is the reader's: null spellings, the YAML 1.1 booleans in any case, integers
/// (`0x`, `0o`, `0b`, a leading `0` for octal, `_` between digits), then floats as Rust
/// parses them; anything else is a string.
pub(super) fn resolve_plain(text: &str) -> Option<Value> {
    if matches!(text, "" | "~" | "null" | "Null" | "NULL") {
        return Some(Value::Null);
    }
    let trimmed = text.trim_matches([' ', '\t', '\r', '\n']);
    if let Some(value) = bool_any_case(trimmed) {
        return Some(Value::Bool(value));
    }
    if let Some(number) = integer(trimmed) {
        return Some(Value::Number(number));
    }
    match float(trimmed) {
        Float::Finite(value) => Some(Number::from_f64(value).map_or(Value::Null, Value::Number)),
        Float::NonFinite => None,
        Float::No => Some(Value::String(text.to_owned())),
    }
}

/// `true`/`yes`/`y`/`on` and `false`/`no`/`n`/`off`, in any case, as the reader accepts them.
fn bool_any_case(text: &str) -> Option<bool> {
    let is = |word: &str| text.eq_ignore_ascii_case(word);
    if is("true") || is("yes") || is("y") || is("on") {
        Some(true)
    } else if is("false") || is("no") || is("n") || is("off") {
        Some(false)
    } else {
        None
    }
}

/// An integer as the reader reads one: a signed one must fit `i64`, an unsigned one `u64`.
fn integer(text: &str) -> Option<Number> {
    if let Some(rest) = text.strip_prefix('-') {
        let magnitude = integer_magnitude(rest)?;
        let value = if magnitude == 1 << 63 {
            i64::MIN
        } else {
            -i64::try_from(magnitude).ok()?
        };
        Some(Number::from(value))
    } else {
        let rest = text.strip_prefix('+').unwrap_or(text);
        u64::try_from(integer_magnitude(rest)?)
            .ok()
            .map(Number::from)
    }
}

/// The integer identity of a plain key, as the reader compares keys: `0xB` and `11` are the
/// same key. `None` when the key is not an integer.
pub(super) fn integer_key(text: &str) -> Option<(bool, u128)> {
    let trimmed = text.trim_matches([' ', '\t', '\r', '\n']);
    match trimmed.strip_prefix('-') {
        Some(rest) => {
            let magnitude = integer_magnitude(rest)?;
            // `-0` is the key `0`; the reader also caps negative keys at `i128::MIN`.
            (magnitude <= 1 << 127).then_some((magnitude != 0, magnitude))
        }
        None => integer_magnitude(trimmed.strip_prefix('+').unwrap_or(trimmed)).map(|m| (false, m)),
    }
}

/// The magnitude of an unsigned integer literal: `0x`/`0o`/`0b` prefixes, YAML 1.1 octal
/// (`0644`), `_` only between digits (one right after a prefix is allowed too).
fn integer_magnitude(text: &str) -> Option<u128> {
    let prefixed = |lower: &str, upper: &str| {
        text.strip_prefix(lower)
            .or_else(|| text.strip_prefix(upper))
            .map(|digits| digits.strip_prefix('_').unwrap_or(digits))
    };
    let (radix, digits) = if let Some(digits) = prefixed("0x", "0X") {
        (16, digits)
    } else if let Some(digits) = prefixed("0o", "0O") {
        (8, digits)
    } else if let Some(digits) = prefixed("0b", "0B") {
        (2, digits)
    } else if text == "0" {
        (8, "0")
    } else if let Some(digits) = text.strip_prefix('0') {
        (8, digits.strip_prefix('_').unwrap_or(digits))
    } else {
        (10, text)
    };
    digits_value(digits, radix)
}

/// The value of `digits` in `radix`; `_` may only sit between two digits.
fn digits_value(digits: &str, radix: u32) -> Option<u128> {
    let bytes = digits.as_bytes();
    let mut value: u128 = 0;
    let mut any = false;
    for (i, &byte) in bytes.iter().enumerate() {
        if byte == b'_' {
            let between =
                i > 0 && bytes[i - 1] != b'_' && bytes.get(i + 1).is_some_and(|&b| b != b'_');
            if !between {
                return None;
            }
            continue;
        }
        let digit = char::from(byte).to_digit(radix)?;
        value = value
            .checked_mul(u128::from(radix))?
            .checked_add(u128::from(digit))?;
        any = true;
    }
    any.then_some(value)
}

/// How the reader reads a scalar as a float.
enum Float {
    Finite(f64),
    NonFinite,
    No,
}

/// The reader's floats: `.inf`/`.nan` spellings (rejected later as non-finite), then what
/// Rust's `f64` parser accepts, where only a numeral that overflows counts as infinite.
fn float(text: &str) -> Float {
    let unsigned = match text.strip_prefix('-') {
        Some(rest) => rest,
        None => text.strip_prefix('+').unwrap_or(text),
    };
    if matches!(
        unsigned,
        ".nan" | ".NaN" | ".NAN" | ".inf" | ".Inf" | ".INF"
    ) {
        return Float::NonFinite;
    }
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => Float::Finite(value),
        Ok(value) => {
            let numeral = text
                .strip_prefix(['+', '-'])
                .unwrap_or(text)
                .starts_with(|c: char| c.is_ascii_digit());
            if numeral && value.is_infinite() {
                Float::NonFinite
            } else {
                Float::No
            }
        }
        Err(_) => Float::No,
    }
}

/// What Helm's reader turns a plain scalar into, when that is not the text as written, named
/// for a message ("reads as the {kind}"); `None` when Helm reads the text itself, or a value
/// every YAML reader agrees on (`true`, `~`, `2`, `0.5`).
///
/// Reported: the YAML 1.1 booleans `y`/`yes`/`on`/`n`/`no`/`off` (go-yaml's exact spellings:
/// `y Y yes Yes YES on On ON` and their negatives), integers written other than in canonical
/// decimal (`+1`, `1_000`, `0x1F`, octal `017` and `0o17`), floats whose shortest form differs
/// from the text (`2.10`, `1.0`, `1e3`, `.5`), and timestamps (`2024-01-19` becomes
/// `2024-01-19T00:00:00Z`; as a key Helm rejects it).
///
/// Not reported: sexagesimal numbers (`1:20`). YAML 1.1 defines them, and
/// [`to_string`](super::to_string) quotes them for other readers, but go-yaml "purposefully"
/// does not resolve them, so Helm reads the string `1:20`.
pub(super) fn helm_hazard(text: &str) -> Option<&'static str> {
    let first = *text.as_bytes().first()?;
    match text {
        "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => return Some("boolean true"),
        "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => return Some("boolean false"),
        _ => {}
    }
    match first {
        b'.' => {
            // go-yaml hands the text to Go's ParseFloat: only `.5`, `.5e3` and the like are
            // numbers here (`.inf` and `.nan` are non-finite for every reader).
            let is_float = go_style_float(text) && text.parse::<f64>().is_ok_and(f64::is_finite);
            is_float.then_some("number")
        }
        b'0'..=b'9' | b'+' | b'-' => number_or_timestamp(text),
        _ => None,
    }
}

/// go-yaml's reading of a scalar that starts with a digit or a sign.
fn number_or_timestamp(text: &str) -> Option<&'static str> {
    if is_timestamp(text) {
        return Some("timestamp");
    }
    let plain = text.replace('_', "");
    if let Some(octal) = go_integer(&plain) {
        return match (octal, is_canonical_decimal(text)) {
            (_, true) => None,
            (true, false) => Some("octal number"),
            (false, false) => Some("number"),
        };
    }
    if go_style_float(&plain) {
        let value = plain.parse::<f64>().ok().filter(|v| v.is_finite())?;
        return (value.to_string() != text).then_some("number");
    }
    None
}

/// Whether `text` is an integer in Go's `ParseInt(s, 0, 64)` syntax (or a bigger one, which
/// go-yaml keeps as a big integer), and whether it is octal. Underscores are already gone.
fn go_integer(text: &str) -> Option<bool> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let bytes = unsigned.as_bytes();
    let (radix, digits, octal) = match bytes {
        [b'0', b'x' | b'X', _, ..] => (16, &unsigned[2..], false),
        [b'0', b'o' | b'O', _, ..] => (8, &unsigned[2..], true),
        [b'0', b'b' | b'B', _, ..] => (2, &unsigned[2..], false),
        [b'0'] => (10, unsigned, false),
        [b'0', ..] => (8, &unsigned[1..], true),
        _ => (10, unsigned, false),
    };
    let valid = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
    valid.then_some(octal)
}

/// go-yaml's float syntax: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn go_style_float(text: &str) -> bool {
    let rest = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", fraction)) => all_digits(fraction),
        Some((whole, fraction)) => {
            all_digits(whole) && (fraction.is_empty() || all_digits(fraction))
        }
        None => all_digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| all_digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

/// `0`, or an optional `-` and digits without a leading zero: the text Helm prints back.
fn is_canonical_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let well_formed = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    well_formed && text != "-0"
}

/// Whether go-yaml reads `text` as a timestamp: `YYYY-M-D`, optionally followed by
/// `T`/`t` and `H:M:S[.fraction]` with a zone (`Z` or `±hh:mm`), or by a space and
/// `H:M:S[.fraction]` without a zone (the layouts it passes to Go's `time.Parse`).
fn is_timestamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    let Some(year) = fixed_number(bytes, &mut at, 4) else {
        return false;
    };
    if !expect(bytes, &mut at, b'-') {
        return false;
    }
    let Some(month) = short_number(bytes, &mut at) else {
        return false;
    };
    if !expect(bytes, &mut at, b'-') {
        return false;
    }
    let Some(day) = short_number(bytes, &mut at) else {
        return false;
    };
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return false;
    }
    let zoned = match bytes.get(at) {
        None => return true,
        Some(b'T' | b't') => true,
        Some(b' ') => false,
        Some(_) => return false,
    };
    at += 1;
    if !clock(bytes, &mut at) {
        return false;
    }
    if !zoned {
        return at == bytes.len();
    }
    match bytes.get(at) {
        Some(b'Z') => at + 1 == bytes.len(),
        Some(b'+' | b'-') => {
            at += 1;
            let hours = fixed_number(bytes, &mut at, 2);
            let colon = expect(bytes, &mut at, b':');
            let minutes = fixed_number(bytes, &mut at, 2);
            hours.is_some() && colon && minutes.is_some() && at == bytes.len()
        }
        _ => false,
    }
}

/// `H:M:S` with one or two digits each, in range, and an optional `.digits` fraction.
fn clock(bytes: &[u8], at: &mut usize) -> bool {
    let hour = short_number(bytes, at);
    let colon = expect(bytes, at, b':');
    let minute = short_number(bytes, at);
    let colon2 = expect(bytes, at, b':');
    let second = short_number(bytes, at);
    let in_range = hour.is_some_and(|h| h < 24)
        && minute.is_some_and(|m| m < 60)
        && second.is_some_and(|s| s < 60);
    if !(colon && colon2 && in_range) {
        return false;
    }
    if bytes.get(*at) == Some(&b'.') && bytes.get(*at + 1).is_some_and(u8::is_ascii_digit) {
        *at += 1;
        while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
            *at += 1;
        }
    }
    true
}

fn expect(bytes: &[u8], at: &mut usize, byte: u8) -> bool {
    let found = bytes.get(*at) == Some(&byte);
    *at += usize::from(found);
    found
}

/// Exactly `width` digits.
fn fixed_number(bytes: &[u8], at: &mut usize, width: usize) -> Option<u32> {
    let digits = bytes.get(*at..*at + width)?;
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    *at += width;
    Some(digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

/// One or two digits.
fn short_number(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let width = match bytes.get(*at..) {
        Some([a, b, ..]) if a.is_ascii_digit() && b.is_ascii_digit() => 2,
        Some([a, ..]) if a.is_ascii_digit() => 1,
        _ => return None,
    };
    fixed_number(bytes, at, width)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_saphyr::granit_parser::ScalarStyle;

    fn reader(text: &str) -> Option<Value> {
        let options = {
            let mut options = super::super::deserializer_options();
            options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::LastWins;
            options
        };
        let doc = format!("v: {text}\n");
        serde_saphyr::from_str_with_options::<Value>(&doc, options)
            .ok()
            .and_then(|v| v.get("v").cloned())
    }

    /// Whether `v: {text}` holds `text` as one plain scalar.
    fn is_one_plain_scalar(text: &str) -> bool {
        use serde_saphyr::granit_parser::{Event, Parser};
        let doc = format!("v: {text}\n");
        let Ok(events) = Parser::new_from_str(&doc).collect::<Result<Vec<_>, _>>() else {
            return false;
        };
        let scalars: Vec<_> = events
            .iter()
            .filter_map(|(event, _)| match event {
                Event::Scalar(value, style, _, tag) => {
                    Some((value.as_ref(), *style, tag.is_none()))
                }
                _ => None,
            })
            .collect();
        scalars.len() == 2 && scalars[1] == (text, ScalarStyle::Plain, true)
    }

    /// Plain scalars as the reader sees them, checked against the reader itself.
    #[test]
    fn resolve_plain_matches_the_reader() {
        let mut cases: Vec<String> = [
            "yes",
            "No",
            "tRue",
            "oFF",
            "y",
            "N",
            "~",
            "null",
            "Null",
            "NULL",
            "nuLL",
            "0644",
            "0o17",
            "0O17",
            "0x1F",
            "0X1f",
            "0b101",
            "0B1",
            "1_000",
            "1__0",
            "_1",
            "1_",
            "0_7",
            "0_8",
            "0x_1F",
            "0b1_0",
            "0__7",
            "08",
            "09",
            "00",
            "0",
            "-0",
            "+0",
            "+1",
            "-1",
            "-0x1F",
            "-0644",
            "+0x1F",
            "1.",
            ".5",
            "-.5",
            "+.5",
            "1e3",
            "1E3",
            "1e-3",
            "1.5e+3",
            "2.10",
            "1.0",
            "-0.0",
            "00.5",
            "1_000.5",
            "1.2.3",
            ".",
            "+",
            "++1",
            "-+1",
            "+-1",
            "0x",
            "0b",
            "0o",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999999999999999999",
            "inf",
            "-inf",
            "nan",
            "NaN",
            "infinity",
            "1:20",
            "2024-01-19",
            "v1.2.3",
            "1e",
            "e3",
            "0.1e1",
            "12e03",
            "1e308",
            "4.9e-324",
            "latest",
            "x",
            "<<",
            "=",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        // Every string of up to three characters from a number-ish alphabet.
        let alphabet = ["0", "1", "8", "_", ".", "e", "x", "o", "b", "+", "-", "a"];
        for a in alphabet {
            cases.push(a.to_owned());
            for b in alphabet {
                cases.push(format!("{a}{b}"));
                for c in alphabet {
                    cases.push(format!("{a}{b}{c}"));
                }
            }
        }
        for text in &cases {
            if !is_one_plain_scalar(text) {
                continue;
            }
            assert_eq!(resolve_plain(text), reader(text), "plain scalar {text:?}");
        }
    }

    #[test]
    fn integer_keys_compare_by_value() {
        for (a, b, same) in [
            ("0xB", "11", true),
            ("011", "9", true),
            ("1", "01", true),
            ("-0", "0", true),
            ("1.0", "1", false),
            ("a", "a", false),
        ] {
            let equal = integer_key(a).is_some() && integer_key(a) == integer_key(b);
            assert_eq!(equal, same, "keys {a:?} and {b:?}");
        }
    }

    #[test]
    fn helm_hazards() {
        for (text, want) in [
            ("yes", Some("boolean true")),
            ("Y", Some("boolean true")),
            ("ON", Some("boolean true")),
            ("off", Some("boolean false")),
            ("No", Some("boolean false")),
            ("yEs", None),
            ("true", None),
            ("False", None),
            ("~", None),
            ("null", None),
            ("", None),
            ("2", None),
            ("-3", None),
            ("0", None),
            ("1000000", None),
            ("0.5", None),
            ("3.14", None),
            ("2.10", Some("number")),
            ("1.0", Some("number")),
            ("1e3", Some("number")),
            ("1E+3", Some("number")),
            (".5", Some("number")),
            ("1.", Some("number")),
            ("+1", Some("number")),
            ("-0", Some("number")),
            ("1_000", Some("number")),
            ("1_000.5", Some("number")),
            ("0x1F", Some("number")),
            ("0b101", Some("number")),
            ("017", Some("octal number")),
            ("0o17", Some("octal number")),
            ("00", Some("octal number")),
            ("08", Some("number")),
            ("99999999999999999999", None),
            ("2024-01-19", Some("timestamp")),
            ("2024-1-9", Some("timestamp")),
            ("2001-12-14t21:59:43.10-05:00", Some("timestamp")),
            ("2001-12-14T21:59:43Z", Some("timestamp")),
            ("2001-12-14 21:59:43.10", Some("timestamp")),
            ("2001-12-14 21:59:43.10 -5", None),
            ("2024-02-30", None),
            ("2024-13-01", None),
            ("2024-01-19x", None),
            ("1:20", None),
            ("190:20:30.15", None),
            (".inf", None),
            (".", None),
            ("1.2.3", None),
            ("v1.2.3", None),
            ("3.0.2", None),
            ("1e", None),
            ("0x", None),
            ("latest", None),
            ("<<", None),
        ] {
            assert_eq!(helm_hazard(text), want, "plain scalar {text:?}");
        }
    }
}
