//! Helm's `--set`, `--set-string` and `--set-literal` arguments, applied to a
//! values tree exactly as Helm applies them, and Helm's merge of `-f` files.
//!
//! # Which Helm this follows
//!
//! The parser reproduces `pkg/strvals/parser.go` and `literal_parser.go` of
//! helm/helm as they stand in Helm 3 (since `--set-json` and
//! `--set-literal` exist) and Helm 4: read at commit
//! `020e4d2b58b5826861adc0df30677810acaa67cd`, the version with
//! `MaxIndex = 65536` and `MaxNestedNameLevel = 30`, whose rules Helm 4's
//! `parser_test.go` checks unchanged. [`merge`] is `mergeMaps` of Helm 3's
//! `pkg/cli/values/options.go`, which Helm 4 moved to `MergeMaps` in
//! `pkg/chart/v2/loader/load.go` (commit `a97ed11e`) without changing it.
//!
//! # How Helm combines values
//!
//! `MergeValues` (`pkg/cli/values/options.go`) starts from an empty map and:
//!
//! 1. merges each `-f` file over it in command-line order ([`merge`]);
//! 2. applies every `--set-json`, then every `--set`, every `--set-string`,
//!    every `--set-file` and every `--set-literal`, each group in
//!    command-line order ([`apply`]; [`SetKind`] sorts in this order).
//!
//! A `--set` is not parsed into a map of its own and merged afterwards: it is
//! parsed *into* the map the files made (`strvals.ParseInto`). So `a[1]=x`
//! changes one item of a list a file set and keeps the others, `a.b=x` adds
//! to a map a file set, and `a.b=x` where a file set `a: text` fails. The
//! chart's own `values.yaml` comes in later (coalescing): there, a `null`
//! the user gave deletes the chart's default for that key; until then a
//! `null` is an ordinary value.
//!
//! # The `--set` syntax, as Helm reads it
//!
//! ```text
//! a.b=c,d[0].e=f,g={x,y},nodeSelector.kubernetes\.io/os=linux
//! ```
//!
//! - `,` separates assignments; a trailing `,` and an empty argument are fine.
//! - In a key, `.` enters a map and `[n]` a list (`[+1]` and `[01]` are 1, as
//!   Go's `strconv.Atoi` reads them). Writing past the end of a list pads it
//!   with nulls; an index above 65536 or below 0 is an error, and so is a key
//!   nested more than 30 maps deep (indices do not count).
//! - A value runs to the next unescaped `,`. A value that starts with `{` is a
//!   list, `{a,b}`, whose items are typed like values; `{}` is the list
//!   `[""]`, not an empty list; text right after the `}` starts the next
//!   assignment.
//! - `\` takes the next character literally, in keys and values alike: `\,`,
//!   `\.`, `\=`, `\[`, `\{`, `\\`. A `\` at the very end is dropped.
//! - `--set` types a value after unescaping it (helm/helm#2729, #5151):
//!   `true`/`false`/`null` in any case are a boolean or null; `0` and any
//!   integer that does not start with `0` and fits in 64 bits (`+1`, `-1`, and
//!   even `-01`) are numbers; everything else, `1.5`, `0123`, `1e3`, `yes`,
//!   the empty value, is a string. `--set-string` keeps every value a string
//!   (helm/helm#3599).
//! - `--set-literal` takes no escapes and no lists: the key ends at the first
//!   `=` (`.` and `[` still nest) and the value is the rest of the argument,
//!   commas and backslashes included.
//!
//! `--set-json` and `--set-file` are not supported: the first needs Go's
//! JSON decoder semantics, the second reads files.
//!
//! # Where this differs from Helm
//!
//! Helm silently skips an assignment whose key is empty (`=b`, `a=1,=b`,
//! `[0]=x`), writes an empty list for `a[0]` with no `=` and an empty map for
//! `a[0].=b`, and ignores a trailing `a.`; each of these is an error here,
//! because it cannot do what its author meant. A key may chain at most 128
//! keys and indices here (`serde_json`'s own nesting limit); Helm limits only
//! the dots, to 30, so `a[0].a[0]…` could otherwise nest until the stack
//! runs out. Messages are this crate's own (Helm's are Go errors such
//! as `key "x" has no value`, or a recovered panic for a type conflict), and
//! never hold a value, nor the text of a key that has no `=` (after an
//! unescaped comma in a password, that "key" is the rest of the password). A
//! failed [`apply`] leaves the tree as it was.

#![cfg_attr(
    not(test),
    allow(dead_code, reason = "the command-line reader will call this module")
)]

use std::fmt;
use std::ops::Range;

use serde_json::{Map, Value};

use super::structure::{KeyPath, Segment};

/// Helm's `strvals.MaxIndex`: the largest list index a key may use.
pub(crate) const MAX_INDEX: usize = 65_536;

/// Helm's `strvals.MaxNestedNameLevel`: how many `.` a key may hold (indices
/// do not count).
pub(crate) const MAX_NESTED_NAME_LEVEL: usize = 30;

/// How many keys and indices a key may chain: this crate's guard against
/// running out of stack, as Helm does not count indices (`a[0].a[0]…`).
const MAX_SEGMENTS: usize = 128;

/// Which flag an argument came with.
///
/// The order is the order in which Helm applies them: every `--set` before
/// every `--set-string`, whatever their order on the command line, so a
/// stable sort by kind puts a command line's arguments in application order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum SetKind {
    /// `--set`: values are typed (`true`, `null`, `42` are not strings).
    Set,
    /// `--set-string`: every value is a string.
    SetString,
    /// `--set-literal`: one assignment whose value is the rest of the
    /// argument, taken as it is.
    SetLiteral,
}

/// What is wrong with a `--set` argument, or with the tree it applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub(crate) enum SetErrorKind {
    /// A key ends at a `,` or at the end of the argument, with no `=`.
    MissingEquals,
    /// A key between separators is empty (`=b`, `a..b=1`, `a=1,,b=2`, `a.`).
    EmptyKey,
    /// A `[` has no `]` after it.
    UnclosedIndex,
    /// The text between `[` and `]` is not a whole number.
    InvalidIndex,
    /// The index is below 0.
    NegativeIndex,
    /// The index is above [`MAX_INDEX`].
    IndexTooLarge,
    /// Something other than `.`, `[` or `=` follows a `]`.
    TextAfterIndex,
    /// A list value `{…` has no closing `}`.
    UnclosedList,
    /// The key holds more than [`MAX_NESTED_NAME_LEVEL`] dots.
    TooDeep,
    /// The key chains more than 128 keys and indices.
    TooLong,
    /// The key goes into a map where the tree holds something else.
    NotAMap {
        /// Where the tree holds it.
        path: KeyPath,
        /// What it holds: `a string`, `null`, `a list`…
        found: &'static str,
    },
    /// The key indexes a list where the tree holds something else.
    NotAList {
        /// Where the tree holds it.
        path: KeyPath,
        /// What it holds: `a string`, `null`, `a map`…
        found: &'static str,
    },
}

impl SetErrorKind {
    /// What to do about it.
    fn hint(&self) -> &'static str {
        match self {
            Self::MissingEquals => "write `key=value`, and escape a comma inside a value as `\\,`",
            Self::EmptyKey => "remove the extra separator, or name the key",
            Self::UnclosedIndex | Self::InvalidIndex => "write a list index as `[0]`",
            Self::NegativeIndex => "list indices count from 0",
            Self::IndexTooLarge => "set the whole list as `{a,b}` instead",
            Self::TextAfterIndex => "follow `]` with `.`, `[` or `=`",
            Self::UnclosedList => "close the list with `}`, or escape a leading brace as `\\{`",
            Self::TooDeep => "Helm refuses deeper keys",
            Self::TooLong => "no chart nests this deep",
            Self::NotAMap { .. } => "a `.` can only go into a map; Helm fails here too",
            Self::NotAList { .. } => "an index can only go into a list; Helm fails here too",
        }
    }
}

impl fmt::Display for SetErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingEquals => f.write_str("no `=` after the key"),
            Self::EmptyKey => f.write_str("empty key"),
            Self::UnclosedIndex => f.write_str("`[` without a closing `]`"),
            Self::InvalidIndex => f.write_str("list index is not a whole number"),
            Self::NegativeIndex => f.write_str("negative list index"),
            Self::IndexTooLarge => write!(f, "list index above Helm's limit of {MAX_INDEX}"),
            Self::TextAfterIndex => f.write_str("unexpected text after `]`"),
            Self::UnclosedList => f.write_str("list value without a closing `}`"),
            Self::TooDeep => write!(
                f,
                "key nested deeper than Helm's limit of {MAX_NESTED_NAME_LEVEL} levels"
            ),
            Self::TooLong => write!(f, "key of more than {MAX_SEGMENTS} keys and indices"),
            Self::NotAMap { path, found } => write!(f, "{} holds {found}, not a map", Named(path)),
            Self::NotAList { path, found } => {
                write!(f, "{} holds {found}, not a list", Named(path))
            }
        }
    }
}

/// A key path in backticks, or "the values document" for the root.
struct Named<'p>(&'p KeyPath);

impl fmt::Display for Named<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_root() {
            f.write_str("the values document")
        } else {
            write!(f, "`{}`", self.0)
        }
    }
}

/// A `--set` argument Helm would reject, or that cannot do what was meant.
///
/// `Display` says what is wrong, at which character of the argument
/// (counted from 0), and what to do; it never holds a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind} at character {at}; {hint}", hint = .kind.hint())]
pub(crate) struct SetError {
    kind: SetErrorKind,
    at: usize,
}

impl SetError {
    /// What is wrong.
    pub(crate) fn kind(&self) -> &SetErrorKind {
        &self.kind
    }

    /// Where: the offset in characters (not bytes) from the start of the
    /// argument.
    pub(crate) fn at(&self) -> usize {
        self.at
    }
}

/// Applies one `--set`-style argument to `tree` (a JSON object), as Helm
/// does, and returns the key paths it wrote, in order.
///
/// `tree` holds what the `-f` files and earlier arguments made (see the
/// module documentation for Helm's order); `null` counts as an empty values
/// document. A `null` value (`a=null`) is written as JSON null: deleting the
/// key is the business of coalescing with the chart.
///
/// # Errors
///
/// [`SetError`] if Helm would reject the argument, if it has an empty key or
/// a key with no `=`, or if a key goes through something that is not a map
/// or a list in `tree`. `tree` is then left as it was.
pub(crate) fn apply(
    tree: &mut Value,
    argument: &str,
    kind: SetKind,
) -> Result<Vec<KeyPath>, SetError> {
    let mut root = match tree {
        Value::Object(map) => map.clone(),
        Value::Null => Map::new(),
        other => {
            return Err(SetError {
                kind: SetErrorKind::NotAMap {
                    path: KeyPath::default(),
                    found: describe(other),
                },
                at: 0,
            });
        }
    };
    let mut parser = Parser::new(argument, kind);
    while parser.assignment(&mut root)? {}
    *tree = Value::Object(root);
    Ok(parser.written.into_iter().map(|(path, _)| path).collect())
}

/// The key paths one `--set`-style argument writes, each with the bytes of
/// `argument` that hold its value.
///
/// # Errors
///
/// [`SetError`] as [`apply`] on an empty values document.
pub(crate) fn value_spans(
    argument: &str,
    kind: SetKind,
) -> Result<Vec<(KeyPath, Range<usize>)>, SetError> {
    let mut parser = Parser::new(argument, kind);
    let mut root = Map::new();
    while parser.assignment(&mut root)? {}
    let bytes: Vec<usize> = argument
        .char_indices()
        .map(|(at, _)| at)
        .chain([argument.len()])
        .collect();
    Ok(parser
        .written
        .into_iter()
        .map(|(path, chars)| (path, bytes[chars.start]..bytes[chars.end]))
        .collect())
}

/// Merges `overlay` over `base` as Helm merges `-f` files: maps merge key by
/// key, at any depth; anything else in `overlay` (a list, a scalar, `null`)
/// replaces what `base` holds.
///
/// A `null` in a later file is kept as `null`, not deleted: Helm deletes
/// only later, when it coalesces the result with the chart's defaults. An
/// overlay that is `null` as a whole (an empty file) changes nothing.
pub(crate) fn merge(base: &mut Value, overlay: Value) {
    match overlay {
        Value::Null => {}
        Value::Object(overlay) => match base {
            Value::Object(base) => merge_maps(base, overlay),
            _ => *base = Value::Object(overlay),
        },
        other => *base = other,
    }
}

/// Helm's `mergeMaps`, in place.
fn merge_maps(base: &mut Map<String, Value>, overlay: Map<String, Value>) {
    for (key, value) in overlay {
        if let Value::Object(inner) = value {
            if let Some(Value::Object(existing)) = base.get_mut(&key) {
                merge_maps(existing, inner);
            } else {
                base.insert(key, Value::Object(inner));
            }
        } else {
            base.insert(key, value);
        }
    }
}

/// Escapes `key` as one segment of a `--set` or `--set-string` key, so that
/// Helm reads back exactly `key` (an empty key cannot be written).
pub(crate) fn escape_key(key: &str) -> String {
    escape(key, |c| matches!(c, '=' | '[' | ',' | '.' | '\\'))
}

/// Escapes `value` for a `--set-string` argument, so that Helm reads back
/// exactly `value`.
///
/// Under `--set` the unescaped text is still typed: `true` escaped is still
/// the boolean `true`.
pub(crate) fn escape_value(value: &str) -> String {
    let mut out = escape(value, |c| matches!(c, ',' | '\\'));
    if value.starts_with('{') {
        out.insert(0, '\\');
    }
    out
}

/// `text` with a `\` before every character `special` picks.
fn escape(text: &str, special: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if special(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// What a value is, for messages: `a string`, `null`, `a map`…
fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

/// `--set`'s typing of a value: Helm's `typedVal`.
fn typed(text: String) -> Value {
    if eq_fold(&text, "true") {
        return Value::Bool(true);
    }
    if eq_fold(&text, "false") {
        return Value::Bool(false);
    }
    if eq_fold(&text, "null") {
        return Value::Null;
    }
    if text == "0" {
        return Value::from(0_i64);
    }
    // Go's `strconv.ParseInt(s, 10, 64)` and Rust's `i64::from_str` accept
    // the same texts: an optional `+` or `-`, then ASCII digits.
    if !text.starts_with('0')
        && let Ok(number) = text.parse::<i64>()
    {
        return Value::from(number);
    }
    Value::String(text)
}

/// Go's `strings.EqualFold(text, word)` for an ASCII lower-case `word`:
/// simple Unicode case folding, under which `ſ` (U+017F) is an `s`.
fn eq_fold(text: &str, word: &str) -> bool {
    let mut chars = text.chars();
    word.chars().all(|w| {
        chars
            .next()
            .is_some_and(|c| c.to_ascii_lowercase() == w || (w == 's' && c == '\u{17F}'))
    }) && chars.next().is_none()
}

/// Where a scan stopped.
enum Stop {
    /// At this separator, which was consumed.
    At(char),
    /// At the end of the argument.
    End,
}

/// Helm's `strvals` parser, over characters so that offsets are characters.
struct Parser {
    chars: Vec<char>,
    pos: usize,
    kind: SetKind,
    /// Where the current assignment starts.
    start: usize,
    /// The paths written, each with the characters of its value.
    written: Vec<(KeyPath, Range<usize>)>,
}

impl Parser {
    fn new(argument: &str, kind: SetKind) -> Parser {
        Parser {
            chars: argument.chars().collect(),
            pos: 0,
            kind,
            start: 0,
            written: Vec::new(),
        }
    }

    fn error(kind: SetErrorKind, at: usize) -> SetError {
        SetError { kind, at }
    }

    /// Adds `segment` to `path`, within [`MAX_SEGMENTS`].
    fn push(path: &mut Vec<Segment>, segment: Segment, at: usize) -> Result<(), SetError> {
        if path.len() == MAX_SEGMENTS {
            return Err(Self::error(SetErrorKind::TooLong, at));
        }
        path.push(segment);
        Ok(())
    }

    fn literal(&self) -> bool {
        self.kind == SetKind::SetLiteral
    }

    /// The characters from `from` to here, without the `,` that ends a value.
    fn since(&self, from: usize) -> Range<usize> {
        let end = if self.pos > from && self.chars.get(self.pos - 1) == Some(&',') {
            self.pos - 1
        } else {
            self.pos
        };
        from..end.max(from)
    }

    /// Go's `runesUntil` (or `runesUntilLiteral`, which takes no escapes):
    /// the text up to the first of `stops`, which is consumed.
    fn until(&mut self, stops: &[char]) -> (String, Stop) {
        let mut text = String::new();
        while let Some(&c) = self.chars.get(self.pos) {
            self.pos += 1;
            if stops.contains(&c) {
                return (text, Stop::At(c));
            }
            if c == '\\' && !self.literal() {
                let Some(&next) = self.chars.get(self.pos) else {
                    return (text, Stop::End);
                };
                self.pos += 1;
                text.push(next);
            } else {
                text.push(c);
            }
        }
        (text, Stop::End)
    }

    /// Reads and applies one assignment; `false` at the end of the argument.
    fn assignment(&mut self, root: &mut Map<String, Value>) -> Result<bool, SetError> {
        self.start = self.pos;
        self.key(root, &mut Vec::new(), 0, true)
    }

    /// Go's `parser.key`: one key segment of `data`, then what follows it.
    fn key(
        &mut self,
        data: &mut Map<String, Value>,
        path: &mut Vec<Segment>,
        level: usize,
        first: bool,
    ) -> Result<bool, SetError> {
        let stops: &[char] = if self.literal() {
            &['=', '[', '.']
        } else {
            &['=', '[', ',', '.']
        };
        let segment_start = self.pos;
        let (key, stop) = self.until(stops);
        let separator = match stop {
            Stop::End if key.is_empty() && first => return Ok(false),
            Stop::End if key.is_empty() => {
                return Err(Self::error(SetErrorKind::EmptyKey, self.pos));
            }
            Stop::End => return Err(Self::error(SetErrorKind::MissingEquals, self.start)),
            Stop::At(c) => c,
        };
        let at = self.pos - 1;
        if key.is_empty() {
            return Err(Self::error(SetErrorKind::EmptyKey, at));
        }
        Self::push(path, Segment::Key(key.clone()), segment_start)?;
        match separator {
            '=' => {
                let from = self.pos;
                let value = self.value()?;
                data.insert(key, value);
                self.written.push((KeyPath(path.clone()), self.since(from)));
                Ok(true)
            }
            '.' => {
                if level + 1 > MAX_NESTED_NAME_LEVEL {
                    return Err(Self::error(SetErrorKind::TooDeep, at));
                }
                let inner = data.entry(key).or_insert_with(|| Value::Object(Map::new()));
                let Value::Object(inner) = inner else {
                    let kind = SetErrorKind::NotAMap {
                        path: KeyPath(path.clone()),
                        found: describe(inner),
                    };
                    return Err(Self::error(kind, at));
                };
                self.key(inner, path, level + 1, false)
            }
            '[' => {
                let (index, index_at) = self.index(at)?;
                let list = data.entry(key).or_insert_with(|| Value::Array(Vec::new()));
                let Value::Array(list) = list else {
                    let kind = SetErrorKind::NotAList {
                        path: KeyPath(path.clone()),
                        found: describe(list),
                    };
                    return Err(Self::error(kind, at));
                };
                self.list_item(list, index, index_at, path, level)
            }
            // `,` (only a separator outside `--set-literal`): a key, no value.
            _ => Err(Self::error(SetErrorKind::MissingEquals, self.start)),
        }
    }

    /// Go's `keyIndex` after the `[` at `open`: the index and where it starts.
    fn index(&mut self, open: usize) -> Result<(i64, usize), SetError> {
        let start = self.pos;
        let (text, stop) = self.until(&[']']);
        if matches!(stop, Stop::End) {
            return Err(Self::error(SetErrorKind::UnclosedIndex, open));
        }
        // Go's `strconv.Atoi` reads what `i64::from_str` reads.
        text.parse::<i64>().map(|i| (i, start)).map_err(|e| {
            let kind = match e.kind() {
                std::num::IntErrorKind::PosOverflow => SetErrorKind::IndexTooLarge,
                std::num::IntErrorKind::NegOverflow => SetErrorKind::NegativeIndex,
                _ => SetErrorKind::InvalidIndex,
            };
            Self::error(kind, start)
        })
    }

    /// Go's `listItem`: what follows `[index]` in `list`.
    fn list_item(
        &mut self,
        list: &mut Vec<Value>,
        index: i64,
        index_at: usize,
        path: &mut Vec<Segment>,
        level: usize,
    ) -> Result<bool, SetError> {
        let i = usize::try_from(index)
            .map_err(|_| Self::error(SetErrorKind::NegativeIndex, index_at))?;
        let start = self.pos;
        let (text, stop) = self.until(&['[', '.', '=']);
        if !text.is_empty() {
            return Err(Self::error(SetErrorKind::TextAfterIndex, start));
        }
        let Stop::At(separator) = stop else {
            return Err(Self::error(SetErrorKind::MissingEquals, self.start));
        };
        let at = self.pos - 1;
        Self::push(path, Segment::Index(i), index_at)?;
        match separator {
            '=' => {
                let from = self.pos;
                let value = self.value()?;
                set_index(list, i, value, index_at)?;
                self.written.push((KeyPath(path.clone()), self.since(from)));
            }
            '[' => {
                let (next, next_at) = self.index(at)?;
                // A null item, or none yet, becomes a new list.
                let mut inner = match list.get_mut(i) {
                    Some(Value::Array(items)) => std::mem::take(items),
                    None | Some(Value::Null) => Vec::new(),
                    Some(other) => {
                        let kind = SetErrorKind::NotAList {
                            path: KeyPath(path.clone()),
                            found: describe(other),
                        };
                        return Err(Self::error(kind, at));
                    }
                };
                self.list_item(&mut inner, next, next_at, path, level)?;
                set_index(list, i, Value::Array(inner), index_at)?;
            }
            _ => {
                // `.`: unlike a key, an item that is not a map is replaced
                // by a new map, and the level does not grow.
                let mut inner = match list.get_mut(i) {
                    Some(Value::Object(map)) => std::mem::take(map),
                    _ => Map::new(),
                };
                self.key(&mut inner, path, level, false)?;
                set_index(list, i, Value::Object(inner), index_at)?;
            }
        }
        Ok(true)
    }

    /// The value after `=`: Go's `valList`, then `val` and `typedVal`.
    fn value(&mut self) -> Result<Value, SetError> {
        if self.literal() {
            let rest = self.chars[self.pos..].iter().collect();
            self.pos = self.chars.len();
            return Ok(Value::String(rest));
        }
        match self.chars.get(self.pos) {
            None => Ok(Value::String(String::new())),
            Some('{') => self.list(),
            Some(_) => {
                let (text, _) = self.until(&[',']);
                Ok(self.typed(text))
            }
        }
    }

    /// A `{a,b}` list value; a `,` right after the `}` is consumed.
    fn list(&mut self) -> Result<Value, SetError> {
        let open = self.pos;
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            let (text, stop) = self.until(&[',', '}']);
            match stop {
                Stop::End => return Err(Self::error(SetErrorKind::UnclosedList, open)),
                Stop::At('}') => {
                    if self.chars.get(self.pos) == Some(&',') {
                        self.pos += 1;
                    }
                    items.push(self.typed(text));
                    return Ok(Value::Array(items));
                }
                Stop::At(_) => items.push(self.typed(text)),
            }
        }
    }

    fn typed(&self, text: String) -> Value {
        match self.kind {
            SetKind::Set => typed(text),
            SetKind::SetString | SetKind::SetLiteral => Value::String(text),
        }
    }
}

/// Go's `setIndex`: writes `list[i]`, padding with nulls.
fn set_index(list: &mut Vec<Value>, i: usize, value: Value, at: usize) -> Result<(), SetError> {
    if i > MAX_INDEX {
        return Err(Parser::error(SetErrorKind::IndexTooLarge, at));
    }
    if list.len() <= i {
        list.resize(i + 1, Value::Null);
    }
    list[i] = value;
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// Applies `arguments` in order to an empty tree.
    fn set_all(kind: SetKind, arguments: &[&str]) -> Result<Value, SetError> {
        let mut tree = json!({});
        for argument in arguments {
            apply(&mut tree, argument, kind)?;
        }
        Ok(tree)
    }

    fn set(argument: &str) -> Value {
        set_all(SetKind::Set, &[argument]).unwrap_or_else(|e| panic!("argument {argument:?}: {e}"))
    }

    fn error(tree: &Value, argument: &str, kind: SetKind) -> String {
        let mut tree = tree.clone();
        match apply(&mut tree, argument, kind) {
            Ok(paths) => panic!("argument {argument:?} was accepted: {paths:?} {tree}"),
            Err(e) => e.to_string(),
        }
    }

    fn paths(tree: &mut Value, argument: &str, kind: SetKind) -> Vec<String> {
        apply(tree, argument, kind)
            .unwrap_or_else(|e| panic!("argument {argument:?}: {e}"))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn dotted_keys_nest_maps() {
        assert_eq!(set("a.b=c"), json!({"a": {"b": "c"}}));
        assert_eq!(
            set("outer.inner1=value,outer.middle.inner=value"),
            json!({"outer": {"inner1": "value", "middle": {"inner": "value"}}})
        );
    }

    #[test]
    fn commas_separate_assignments() {
        for (argument, want) in [
            ("a=1,b=2", json!({"a": 1, "b": 2})),
            ("a=1,b=2,", json!({"a": 1, "b": 2})),
            ("a=one two,b=x", json!({"a": "one two", "b": "x"})),
            ("", json!({})),
        ] {
            assert_eq!(set(argument), want, "argument {argument:?}");
        }
    }

    #[test]
    fn later_assignments_and_arguments_win() {
        assert_eq!(set("a=1,a=2"), json!({"a": 2}));
        let tree = set_all(SetKind::Set, &["a=1", "a=2", "b.c=1", "b.d=2"]).unwrap();
        assert_eq!(tree, json!({"a": 2, "b": {"c": 1, "d": 2}}));
        // A map replaces a scalar, a scalar replaces a map.
        let tree = set_all(SetKind::Set, &["b.c=1", "b=x", "c={y}", "c=z"]).unwrap();
        assert_eq!(tree, json!({"b": "x", "c": "z"}));
    }

    #[test]
    fn kinds_sort_in_helms_order() {
        // `--set-string a=x --set a=1`: Helm applies --set first.
        let mut arguments = [
            (SetKind::SetLiteral, "a=lit"),
            (SetKind::SetString, "a=x"),
            (SetKind::Set, "a=1"),
        ];
        arguments.sort_by_key(|&(kind, _)| kind);
        let mut tree = json!({});
        for (kind, argument) in arguments {
            apply(&mut tree, argument, kind).unwrap();
            if kind == SetKind::SetString {
                assert_eq!(tree, json!({"a": "x"}));
            }
        }
        assert_eq!(tree, json!({"a": "lit"}));
        assert!(SetKind::Set < SetKind::SetString && SetKind::SetString < SetKind::SetLiteral);
    }

    #[test]
    fn indices_write_list_items_and_pad_with_nulls() {
        for (argument, want) in [
            ("a[0].b=x", json!({"a": [{"b": "x"}]})),
            ("a[2]=y", json!({"a": [null, null, "y"]})),
            ("a[0][1]=z", json!({"a": [[null, "z"]]})),
            ("a[1][1]=1", json!({"a": [null, [null, 1]]})),
            ("a[1].b=x,a[0].b=y", json!({"a": [{"b": "y"}, {"b": "x"}]})),
            ("a[0].b=x,a[0].c=y", json!({"a": [{"b": "x", "c": "y"}]})),
            ("a.b[0].c[1]=v", json!({"a": {"b": [{"c": [null, "v"]}]}})),
            // Go's strconv.Atoi takes a sign and leading zeros.
            (
                "a[+1]=x,b[01]=y",
                json!({"a": [null, "x"], "b": [null, "y"]}),
            ),
            ("a[0]=", json!({"a": [""]})),
        ] {
            assert_eq!(set(argument), want, "argument {argument:?}");
        }
    }

    #[test]
    fn indices_go_into_the_list_already_there() {
        let mut tree = json!({"a": ["p", "q", "r"], "m": [{"x": 1}, "text"]});
        let written = paths(&mut tree, "a[1]=Q,m[0].y=2,m[1].z=3", SetKind::Set);
        assert_eq!(written, ["a[1]", "m[0].y", "m[1].z"]);
        // A list item that is not a map is replaced by a new map, silently.
        assert_eq!(
            tree,
            json!({"a": ["p", "Q", "r"], "m": [{"x": 1, "y": 2}, {"z": 3}]})
        );
        let mut tree = json!({"l": [[["old"]]]});
        apply(&mut tree, "l[0][1][0]=new", SetKind::Set).unwrap();
        apply(&mut tree, "l[0][0][1]=alive", SetKind::Set).unwrap();
        assert_eq!(tree, json!({"l": [[["old", "alive"], ["new"]]]}));
    }

    #[test]
    fn indices_stop_at_helms_limit() {
        let tree = set(&format!("a[{MAX_INDEX}]=x"));
        assert_eq!(tree["a"].as_array().map(Vec::len), Some(MAX_INDEX + 1));
        assert_eq!(tree["a"][MAX_INDEX], json!("x"));
        let empty = json!({});
        for (argument, want) in [
            (
                "a[65537]=x",
                "list index above Helm's limit of 65536 at character 2; set the whole list as `{a,b}` instead",
            ),
            (
                "a[0][65537].b=x",
                "list index above Helm's limit of 65536 at character 5; set the whole list as `{a,b}` instead",
            ),
            (
                "a[99999999999999999999]=x",
                "list index above Helm's limit of 65536 at character 2; set the whole list as `{a,b}` instead",
            ),
            (
                "a[-1]=x",
                "negative list index at character 2; list indices count from 0",
            ),
            (
                "a[0][-2]=x",
                "negative list index at character 5; list indices count from 0",
            ),
        ] {
            assert_eq!(
                error(&empty, argument, SetKind::Set),
                want,
                "argument {argument:?}"
            );
        }
    }

    #[test]
    fn braces_make_list_values() {
        for (argument, want) in [
            ("a={x,y}", json!({"a": ["x", "y"]})),
            ("a={1021,902}", json!({"a": [1021, 902]})),
            ("a={true,null,0123}", json!({"a": [true, null, "0123"]})),
            // Helm reads `{}` as one empty item, not an empty list.
            ("a={}", json!({"a": [""]})),
            ("a={x,}", json!({"a": ["x", ""]})),
            ("a={x,y},b={z}", json!({"a": ["x", "y"], "b": ["z"]})),
            ("a.b={x\\,y,z\\}}", json!({"a": {"b": ["x,y", "z}"]}})),
            // Text right after `}` starts the next assignment.
            ("a={x}b=1", json!({"a": ["x"], "b": 1})),
            ("a=\\{x}", json!({"a": "{x}"})),
            ("a=x{y}", json!({"a": "x{y}"})),
            ("a[1]={x}", json!({"a": [null, ["x"]]})),
        ] {
            assert_eq!(set(argument), want, "argument {argument:?}");
        }
        // A list value replaces the whole list a file set.
        let mut tree = json!({"a": ["p", "q", "r"]});
        apply(&mut tree, "a={x}", SetKind::Set).unwrap();
        assert_eq!(tree, json!({"a": ["x"]}));
        assert_eq!(
            set_all(SetKind::SetString, &["a={1,true}"]).unwrap(),
            json!({"a": ["1", "true"]})
        );
    }

    #[test]
    fn empty_and_null_values() {
        for (argument, want) in [
            ("a=", json!({"a": ""})),
            ("a=,b=x", json!({"a": "", "b": "x"})),
            ("a.b=", json!({"a": {"b": ""}})),
            ("a=null", json!({"a": null})),
            ("a=NULL,b=Null", json!({"a": null, "b": null})),
        ] {
            assert_eq!(set(argument), want, "argument {argument:?}");
        }
        // Null is written, not deleted: the key stays, for coalescing to drop.
        let mut tree = json!({"a": {"b": 1}, "c": 2});
        apply(&mut tree, "a=null", SetKind::Set).unwrap();
        assert_eq!(tree, json!({"a": null, "c": 2}));
        assert_eq!(
            set_all(SetKind::SetString, &["a=null"]).unwrap(),
            json!({"a": "null"})
        );
    }

    #[test]
    fn backslash_escapes_in_keys_and_values() {
        for (argument, want) in [
            ("a=one\\,two,b=x", json!({"a": "one,two", "b": "x"})),
            ("a=x\\=y", json!({"a": "x=y"})),
            ("a=x=y", json!({"a": "x=y"})),
            ("a=back\\\\slash", json!({"a": "back\\slash"})),
            ("a=\\n", json!({"a": "n"})),
            ("a\\=b=c", json!({"a=b": "c"})),
            ("a\\,b=c", json!({"a,b": "c"})),
            ("a\\[0\\]=c", json!({"a[0]": "c"})),
            ("a\\\\b=c", json!({"a\\b": "c"})),
            (
                "nodeSelector.kubernetes\\.io/os=linux",
                json!({"nodeSelector": {"kubernetes.io/os": "linux"}}),
            ),
            // A backslash at the very end is dropped, as Helm drops it.
            ("a=b\\", json!({"a": "b"})),
            // Escapes come before typing: this is still a boolean.
            ("a=\\true", json!({"a": true})),
        ] {
            assert_eq!(set(argument), want, "argument {argument:?}");
        }
        let mut tree = json!({});
        let written = paths(
            &mut tree,
            "nodeSelector.kubernetes\\.io/os=linux",
            SetKind::Set,
        );
        assert_eq!(written, ["nodeSelector.\"kubernetes.io/os\""]);
    }

    #[test]
    fn set_types_values_like_helms_typed_val() {
        for (text, want) in [
            ("true", json!(true)),
            ("True", json!(true)),
            ("FALSE", json!(false)),
            // strings.EqualFold folds the long s (U+017F) to `s`.
            ("fal\u{17F}e", json!(false)),
            ("null", json!(null)),
            ("0", json!(0)),
            ("1234567890", json!(1_234_567_890)),
            ("+1", json!(1)),
            ("-1", json!(-1)),
            ("-0", json!(0)),
            ("-01", json!(-1)),
            ("9223372036854775807", json!(i64::MAX)),
            ("-9223372036854775808", json!(i64::MIN)),
            ("9223372036854775808", json!("9223372036854775808")),
            ("00", json!("00")),
            ("0123", json!("0123")),
            ("00009", json!("00009")),
            ("1.5", json!("1.5")),
            ("1e3", json!("1e3")),
            ("0x1F", json!("0x1F")),
            ("1_000", json!("1_000")),
            (" 1", json!(" 1")),
            ("yes", json!("yes")),
            ("~", json!("~")),
            ("", json!("")),
        ] {
            assert_eq!(typed(text.to_owned()), want, "value {text:?}");
            assert_eq!(set(&format!("a={text}"))["a"], want, "value {text:?}");
        }
    }

    #[test]
    fn set_string_keeps_every_value_a_string() {
        let tree = set_all(
            SetKind::SetString,
            &["a=1234567890,b=true,c=null,d=0,e=,f=1.5"],
        )
        .unwrap();
        assert_eq!(
            tree,
            json!({"a": "1234567890", "b": "true", "c": "null", "d": "0", "e": "", "f": "1.5"})
        );
    }

    #[test]
    fn set_literal_takes_the_rest_of_the_argument() {
        for (argument, want) in [
            ("a=x,y=z\\,", json!({"a": "x,y=z\\,"})),
            ("a.b[1]={x}", json!({"a": {"b": [null, "{x}"]}})),
            ("a=true", json!({"a": "true"})),
            ("a=", json!({"a": ""})),
            // No escapes in keys, and `,` does not separate.
            ("a\\.b=1", json!({"a\\": {"b": "1"}})),
            ("a,b=1", json!({"a,b": "1"})),
        ] {
            assert_eq!(
                set_all(SetKind::SetLiteral, &[argument]).unwrap(),
                want,
                "argument {argument:?}"
            );
        }
        assert_eq!(
            error(&json!({}), "a", SetKind::SetLiteral),
            "no `=` after the key at character 0; write `key=value`, and escape a comma inside a value as `\\,`"
        );
    }

    #[test]
    fn malformed_arguments_say_what_and_where() {
        let missing = "write `key=value`, and escape a comma inside a value as `\\,`";
        let empty = "remove the extra separator, or name the key";
        let index = "write a list index as `[0]`";
        let cases = [
            ("a", format!("no `=` after the key at character 0; {missing}")),
            ("a.b", format!("no `=` after the key at character 0; {missing}")),
            ("a=1,b", format!("no `=` after the key at character 4; {missing}")),
            ("a,b=1", format!("no `=` after the key at character 0; {missing}")),
            ("a\\", format!("no `=` after the key at character 0; {missing}")),
            ("a[0]", format!("no `=` after the key at character 0; {missing}")),
            ("x=1,a[0][1]", format!("no `=` after the key at character 4; {missing}")),
            ("=b", format!("empty key at character 0; {empty}")),
            ("a=1,=b", format!("empty key at character 4; {empty}")),
            ("a..b=1", format!("empty key at character 2; {empty}")),
            ("a.=b", format!("empty key at character 2; {empty}")),
            (".a=1", format!("empty key at character 0; {empty}")),
            ("a=1,,b=2", format!("empty key at character 4; {empty}")),
            (",a=1", format!("empty key at character 0; {empty}")),
            ("a.", format!("empty key at character 2; {empty}")),
            ("[0]=x", format!("empty key at character 0; {empty}")),
            ("a[0].=b", format!("empty key at character 5; {empty}")),
            ("a[=x", format!("`[` without a closing `]` at character 1; {index}")),
            ("a[0", format!("`[` without a closing `]` at character 1; {index}")),
            ("a[x]=1", format!("list index is not a whole number at character 2; {index}")),
            ("a[]=1", format!("list index is not a whole number at character 2; {index}")),
            ("a[ 1]=1", format!("list index is not a whole number at character 2; {index}")),
            ("a[1.5]=1", format!("list index is not a whole number at character 2; {index}")),
            (
                "a[0]b=1",
                "unexpected text after `]` at character 4; follow `]` with `.`, `[` or `=`".into(),
            ),
            (
                "a[0],b=1",
                "unexpected text after `]` at character 4; follow `]` with `.`, `[` or `=`".into(),
            ),
            (
                "a={x,y",
                "list value without a closing `}` at character 2; close the list with `}`, or escape a leading brace as `\\{`"
                    .into(),
            ),
            (
                // Helm's own malformed case: `]` is first given `[""]`.
                "]={}].",
                "`\"]\"` holds a list, not a map at character 5; a `.` can only go into a map; Helm fails here too"
                    .into(),
            ),
        ];
        for (argument, want) in cases {
            assert_eq!(
                error(&json!({}), argument, SetKind::Set),
                want,
                "argument {argument:?}"
            );
        }
        // Offsets count characters, not bytes.
        assert_eq!(
            error(&json!({}), "é.ü[x]=1", SetKind::Set),
            format!("list index is not a whole number at character 4; {index}")
        );
        let e = apply(&mut json!({}), "a[x]=1", SetKind::Set).unwrap_err();
        assert_eq!((e.kind(), e.at()), (&SetErrorKind::InvalidIndex, 2));
    }

    #[test]
    fn keys_nest_at_most_thirty_maps_deep() {
        let key = |dots: usize| {
            (0..=dots)
                .map(|i| format!("name{i}"))
                .collect::<Vec<_>>()
                .join(".")
        };
        let ok = key(MAX_NESTED_NAME_LEVEL);
        let tree = set(&format!("{ok}=value"));
        let mut node = &tree;
        for i in 0..=MAX_NESTED_NAME_LEVEL {
            node = &node[format!("name{i}")];
        }
        assert_eq!(node, &json!("value"));
        let deep = key(MAX_NESTED_NAME_LEVEL + 1);
        let at = deep.rfind('.').unwrap();
        assert_eq!(
            error(&json!({}), &format!("{deep}=value"), SetKind::Set),
            format!(
                "key nested deeper than Helm's limit of 30 levels at character {at}; Helm refuses deeper keys"
            )
        );
        // Indices do not count as levels, as in Helm; this crate stops at
        // 128 keys and indices in all.
        let through_lists = (0..40)
            .map(|i| format!("k{i}[0]"))
            .collect::<Vec<_>>()
            .join(".");
        assert!(apply(&mut json!({}), &format!("{through_lists}=v"), SetKind::Set).is_ok());
        let longest = format!("a{}=v", "[0]".repeat(MAX_SEGMENTS - 1));
        assert!(apply(&mut json!({}), &longest, SetKind::Set).is_ok());
        let too_long = format!("a{}=v", "[0]".repeat(MAX_SEGMENTS));
        assert_eq!(
            error(&json!({}), &too_long, SetKind::Set),
            format!(
                "key of more than 128 keys and indices at character {}; no chart nests this deep",
                too_long.len() - 4
            )
        );
    }

    #[test]
    fn keys_through_other_values_fail_and_leave_the_tree_alone() {
        let tree = json!({"dags": {"gitSync": "on"}, "a": {"b": 1}, "n": null, "l": ["x"]});
        let cases = [
            (
                "dags.gitSync.repo=x",
                "`dags.gitSync` holds a string, not a map at character 12; a `.` can only go into a map; Helm fails here too",
            ),
            (
                "ok=1,n.x=1",
                "`n` holds null, not a map at character 6; a `.` can only go into a map; Helm fails here too",
            ),
            (
                "a[0]=1",
                "`a` holds a map, not a list at character 1; an index can only go into a list; Helm fails here too",
            ),
            (
                "l[0][0]=1",
                "`l[0]` holds a string, not a list at character 4; an index can only go into a list; Helm fails here too",
            ),
            (
                "n[0]=1",
                "`n` holds null, not a list at character 1; an index can only go into a list; Helm fails here too",
            ),
        ];
        for (argument, want) in cases {
            let mut changed = tree.clone();
            let e = apply(&mut changed, argument, SetKind::Set).expect_err(argument);
            assert_eq!(e.to_string(), want, "argument {argument:?}");
            assert_eq!(changed, tree, "argument {argument:?} changed the tree");
        }
        // A null list item becomes a list.
        let mut padded = json!({"l": [null]});
        apply(&mut padded, "l[0][1]=y", SetKind::Set).unwrap();
        assert_eq!(padded, json!({"l": [[null, "y"]]}));
    }

    #[test]
    fn the_root_must_be_a_map() {
        let mut null = Value::Null;
        apply(&mut null, "a=1", SetKind::Set).unwrap();
        assert_eq!(null, json!({"a": 1}));
        assert_eq!(
            error(&json!([1]), "a=1", SetKind::Set),
            "the values document holds a list, not a map at character 0; a `.` can only go into a map; Helm fails here too"
        );
    }

    #[test]
    fn errors_never_hold_the_value() {
        let secret = "s3cr3t";
        for argument in [
            format!("auth.password={secret},tail"),
            format!("auth.password={secret},{secret}"),
            format!("auth.password={{{secret},x"),
            format!("auth[{secret}]=x"),
            format!("auth[0]{secret}=x"),
            format!("auth.password={secret},,"),
        ] {
            let e = apply(&mut json!({}), &argument, SetKind::Set).expect_err(&argument);
            for shown in [e.to_string(), format!("{e:?}")] {
                assert!(!shown.contains(secret), "{shown}");
                assert!(!shown.contains("tail"), "{shown}");
            }
        }
    }

    #[test]
    fn returns_the_paths_written_in_order() {
        let mut tree = json!({});
        let written = paths(
            &mut tree,
            "b=1,a.c[2].d=x,e={1,2},b=3,f[0][1]=y",
            SetKind::Set,
        );
        assert_eq!(written, ["b", "a.c[2].d", "e", "b", "f[0][1]"]);
        assert!(paths(&mut tree, "", SetKind::Set).is_empty());
    }

    /// Seed 002 (`../shared/seed-values/002-gitsync-set-flags.txt`)
    /// installs with these four `--set` flags only.
    #[test]
    fn seed_002_gitsync_flags() {
        // The shell removes the quotes of `dags.gitSync.subPath="/"`, so
        // Helm receives `dags.gitSync.subPath=/`.
        let arguments = [
            "dags.gitSync.enabled=true",
            "dags.gitSync.repo=https://github.com/alekseyolg/airflow-with-kubernetes.git",
            "dags.gitSync.branch=main",
            "dags.gitSync.subPath=/",
        ];
        let mut tree = json!({});
        let mut written = Vec::new();
        for argument in arguments {
            written.extend(paths(&mut tree, argument, SetKind::Set));
        }
        assert_eq!(
            tree,
            json!({"dags": {"gitSync": {
                "enabled": true,
                "repo": "https://github.com/alekseyolg/airflow-with-kubernetes.git",
                "branch": "main",
                "subPath": "/",
            }}})
        );
        assert_eq!(
            written,
            [
                "dags.gitSync.enabled",
                "dags.gitSync.repo",
                "dags.gitSync.branch",
                "dags.gitSync.subPath"
            ]
        );
        // Had the quotes reached Helm, they would be part of the value.
        assert_eq!(
            set("dags.gitSync.subPath=\"/\"")["dags"]["gitSync"]["subPath"],
            json!("\"/\"")
        );
    }

    #[test]
    fn merge_is_helms_merge_of_values_files() {
        let mut base = json!({
            "a": {"b": 1, "c": {"d": 2}},
            "list": [1, 2, 3],
            "s": "x",
            "m": {"k": 1},
            "gone": {"k": 1},
        });
        merge(
            &mut base,
            json!({
                "a": {"c": {"e": 3}, "f": 4},
                "list": [9],
                "s": {"now": "a map"},
                "m": "now a string",
                "gone": null,
                "new": [],
            }),
        );
        assert_eq!(
            base,
            json!({
                "a": {"b": 1, "c": {"d": 2, "e": 3}, "f": 4},
                "list": [9],
                "s": {"now": "a map"},
                "m": "now a string",
                "gone": null,
                "new": [],
            })
        );
        // An empty (null) file changes nothing; a map merges into null.
        let before = base.clone();
        merge(&mut base, Value::Null);
        assert_eq!(base, before);
        let mut null = Value::Null;
        merge(&mut null, json!({"a": 1}));
        assert_eq!(null, json!({"a": 1}));
    }

    #[test]
    fn set_goes_into_the_merged_files() {
        // -f a.yaml -f b.yaml --set …, as MergeValues does it.
        let mut tree = json!({});
        merge(
            &mut tree,
            json!({"images": {"airflow": {"repository": "r", "tag": "1"}}, "env": [{"name": "A"}, {"name": "B"}]}),
        );
        merge(&mut tree, json!({"images": {"airflow": {"tag": "2"}}}));
        apply(
            &mut tree,
            "images.airflow.pullPolicy=Always,env[1].value=x",
            SetKind::Set,
        )
        .unwrap();
        assert_eq!(
            tree,
            json!({
                "images": {"airflow": {"repository": "r", "tag": "2", "pullPolicy": "Always"}},
                "env": [{"name": "A"}, {"name": "B", "value": "x"}],
            })
        );
    }

    #[test]
    fn escapes_have_fixed_forms() {
        assert_eq!(escape_key("kubernetes.io/os"), "kubernetes\\.io/os");
        assert_eq!(escape_key("a=b,c[0]\\"), "a\\=b\\,c\\[0]\\\\");
        assert_eq!(escape_value("{x},y\\"), "\\{x}\\,y\\\\");
        assert_eq!(escape_value("a{b}=c"), "a{b}=c");
        assert_eq!(escape_value(""), "");
    }

    /// A small deterministic generator (xorshift64*), for the round trip.
    struct Gen(u64);

    impl Gen {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: usize) -> usize {
            usize::try_from(self.next() % n as u64).expect("n is a usize")
        }

        fn text(&mut self, min: usize) -> String {
            const ALPHABET: &[char] = &[
                'a', 'b', 'z', 'A', '0', '1', '9', '-', '_', '/', ':', ' ', '.', ',', '=', '[',
                ']', '{', '}', '\\', '"', '\'', '~', 'é', 'ſ', '日',
            ];
            let len = min + self.below(8);
            (0..len)
                .map(|_| ALPHABET[self.below(ALPHABET.len())])
                .collect()
        }
    }

    #[test]
    fn escaped_keys_and_values_read_back_exactly() {
        let mut generator = Gen(0x9E37_79B9_7F4A_7C15);
        for round in 0..400 {
            let (outer, key, value) = (generator.text(1), generator.text(1), generator.text(0));
            let other_value = generator.text(0);
            let other = format!("{key}~other");
            let argument = format!(
                "{}.{}={},{}={}",
                escape_key(&outer),
                escape_key(&key),
                escape_value(&value),
                escape_key(&other),
                escape_value(&other_value),
            );
            let mut tree = json!({});
            let written = apply(&mut tree, &argument, SetKind::SetString)
                .unwrap_or_else(|e| panic!("round {round}, argument {argument:?}: {e}"));
            let mut want = Map::new();
            want.insert(outer.clone(), json!({ key.clone(): value }));
            want.insert(other.clone(), json!(other_value));
            assert_eq!(
                tree,
                Value::Object(want),
                "round {round}, argument {argument:?}"
            );
            let want_paths = [
                KeyPath(vec![Segment::Key(outer), Segment::Key(key)]),
                KeyPath(vec![Segment::Key(other)]),
            ];
            assert_eq!(written, want_paths, "round {round}, argument {argument:?}");
        }
    }
}
