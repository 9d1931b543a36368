//! Key paths into a values document, such as `scheduler.env[0].name`.

use std::fmt;

/// One step of a [`KeyPath`]: a mapping key or a list index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    /// A key of a mapping.
    Key(String),
    /// A position in a list, counted from 0.
    Index(usize),
}

/// Where a value sits in a values document, from the document's root.
///
/// `Display` joins keys with `.` and writes indices as `[0]`:
/// `scheduler.env[0].name`. A key that is empty or holds a `.`, whitespace,
/// `[`, `]`, `"` or `\` is quoted, with `"` and `\` escaped by a backslash:
/// `config."a.b"`. The root itself (no segments) displays as the empty
/// string; messages call it "the values document" instead.
///
/// A path is built from its segments, never parsed from text, so a key with
/// a dot in it stays one key:
///
/// ```
/// use airflow_values::yaml::KeyPath;
///
/// let path = KeyPath::root().with_key("config").with_key("a.b").with_key("c");
/// assert_eq!(path.to_string(), r#"config."a.b".c"#);
/// let env = KeyPath::from_keys(["scheduler", "env"]).with_index(0).with_key("name");
/// assert_eq!(env.to_string(), "scheduler.env[0].name");
/// assert_eq!(env.segments().len(), 4);
/// assert!(KeyPath::root().is_root());
/// ```
///
/// It serializes as its `Display` text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct KeyPath(pub(crate) Vec<Segment>);

impl KeyPath {
    /// The path of the whole document: no segments.
    #[must_use]
    pub fn root() -> KeyPath {
        KeyPath(Vec::new())
    }

    /// The path of nested mapping keys, from the root down.
    #[must_use]
    pub fn from_keys<K: Into<String>>(keys: impl IntoIterator<Item = K>) -> KeyPath {
        keys.into_iter().fold(KeyPath::root(), KeyPath::with_key)
    }

    /// This path with the mapping key `key` added at the end.
    #[must_use]
    pub fn with_key(mut self, key: impl Into<String>) -> KeyPath {
        self.0.push(Segment::Key(key.into()));
        self
    }

    /// This path with the list position `index` (from 0) added at the end.
    #[must_use]
    pub fn with_index(mut self, index: usize) -> KeyPath {
        self.0.push(Segment::Index(index));
        self
    }

    /// The segments, from the root down.
    #[must_use]
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Whether `prefix` is this path or one of its ancestors.
    #[must_use]
    pub fn starts_with(&self, prefix: &KeyPath) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// Removes the value at this path from `tree`; whether there was one.
    /// The root and list items stay (a list keeps its length).
    pub(crate) fn remove_from(&self, tree: &mut serde_json::Value) -> bool {
        let Some((Segment::Key(last), parent)) = self.0.split_last() else {
            return false;
        };
        let pointer: String = parent
            .iter()
            .map(|segment| match segment {
                Segment::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
                Segment::Index(i) => format!("/{i}"),
            })
            .collect();
        match tree.pointer_mut(&pointer) {
            Some(serde_json::Value::Object(map)) => map.remove(last).is_some(),
            _ => false,
        }
    }

    /// Whether this is the path of the whole document.
    #[must_use]
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The path one level up; the root is its own parent.
    #[cfg(test)]
    pub(crate) fn parent(&self) -> KeyPath {
        let end = self.0.len().saturating_sub(1);
        KeyPath(self.0[..end].to_vec())
    }

    /// The last segment when it is a key.
    #[must_use]
    pub fn last_key(&self) -> Option<&str> {
        match self.0.last() {
            Some(Segment::Key(key)) => Some(key),
            _ => None,
        }
    }

    /// This path with `key` appended.
    pub(crate) fn join(&self, key: &str) -> KeyPath {
        self.clone().with_key(key)
    }
}

impl FromIterator<Segment> for KeyPath {
    fn from_iter<I: IntoIterator<Item = Segment>>(segments: I) -> Self {
        KeyPath(segments.into_iter().collect())
    }
}

impl From<Vec<Segment>> for KeyPath {
    fn from(segments: Vec<Segment>) -> Self {
        KeyPath(segments)
    }
}

impl serde::Serialize for KeyPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A [`KeyPath`] written as in its `Display`, for rules: keys as identifiers
/// (`dags.gitSync.ref`), `(expr)` for a key known at run time, `[expr]` for a
/// list index: `key_path!(images.(name).tag)`, `key_path!(airflow.users[i].password)`.
/// A key that is no identifier (`api-secret-key`) goes in `("…")`.
macro_rules! key_path {
    (@on $path:expr ;) => { $path };
    (@on $path:expr ; . $key:ident $($rest:tt)*) => {
        $crate::yaml::key_path!(@on $path.with_key(stringify!($key)) ; $($rest)*)
    };
    (@on $path:expr ; . ($key:expr) $($rest:tt)*) => {
        $crate::yaml::key_path!(@on $path.with_key($key) ; $($rest)*)
    };
    (@on $path:expr ; [$index:expr] $($rest:tt)*) => {
        $crate::yaml::key_path!(@on $path.with_index($index) ; $($rest)*)
    };
    ($key:ident $($rest:tt)*) => {
        $crate::yaml::key_path!(@on $crate::yaml::KeyPath::root() ; . $key $($rest)*)
    };
    (($key:expr) $($rest:tt)*) => {
        $crate::yaml::key_path!(@on $crate::yaml::KeyPath::root() ; . ($key) $($rest)*)
    };
}
pub(crate) use key_path;

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    write_key(f, key)?;
                }
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Writes one key, quoted when it would be ambiguous in a dotted path.
pub(crate) fn write_key(f: &mut impl fmt::Write, key: &str) -> fmt::Result {
    let needs_quotes = key.is_empty()
        || key
            .chars()
            .any(|c| matches!(c, '.' | '[' | ']' | '"' | '\\') || c.is_whitespace());
    if !needs_quotes {
        return f.write_str(key);
    }
    f.write_char('"')?;
    for c in key.chars() {
        if matches!(c, '"' | '\\') {
            f.write_char('\\')?;
        }
        f.write_char(c)?;
    }
    f.write_char('"')
}

/// One step of the walker's position, borrowed from the document.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step<'d> {
    Key(&'d str),
    Index(usize),
}

/// The walker's position as a list linked through the call stack, so that
/// descending allocates nothing; it becomes a [`KeyPath`] only for an issue.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Trail<'p, 'd> {
    pub(crate) parent: Loc<'p, 'd>,
    pub(crate) step: Step<'d>,
}

/// A position in the document: `None` is the root.
pub(crate) type Loc<'p, 'd> = Option<&'p Trail<'p, 'd>>;

/// The owned path of a position.
pub(crate) fn to_path(loc: Loc<'_, '_>) -> KeyPath {
    let mut segments = Vec::new();
    let mut cur = loc;
    while let Some(trail) = cur {
        segments.push(match trail.step {
            Step::Key(key) => Segment::Key(key.to_owned()),
            Step::Index(index) => Segment::Index(index),
        });
        cur = trail.parent;
    }
    segments.reverse();
    KeyPath(segments)
}

/// Whether `path` names the position `loc`.
pub(crate) fn is_at(path: &KeyPath, loc: Loc<'_, '_>) -> bool {
    let mut cur = loc;
    for segment in path.0.iter().rev() {
        let Some(trail) = cur else {
            return false;
        };
        let same = match (segment, trail.step) {
            (Segment::Key(a), Step::Key(b)) => a == b,
            (Segment::Index(a), Step::Index(b)) => *a == b,
            _ => false,
        };
        if !same {
            return false;
        }
        cur = trail.parent;
    }
    cur.is_none()
}

/// A key path's text (`a.b[0]."c.d"`, as [`KeyPath`]'s `Display` writes it)
/// as segments: for the paths of edits and upgrade plans, which are text.
pub(crate) fn parse_path(text: &str) -> KeyPath {
    let mut segments = Vec::new();
    let mut chars = text.chars().peekable();
    let mut key = String::new();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' if quoted => key.extend(chars.next()),
            '.' if !quoted => {
                if !key.is_empty() {
                    segments.push(Segment::Key(std::mem::take(&mut key)));
                }
            }
            '[' if !quoted => {
                if !key.is_empty() {
                    segments.push(Segment::Key(std::mem::take(&mut key)));
                }
                let digits: String = chars.by_ref().take_while(|c| *c != ']').collect();
                if let Ok(index) = digits.parse() {
                    segments.push(Segment::Index(index));
                }
            }
            c => key.push(c),
        }
    }
    if !key.is_empty() {
        segments.push(Segment::Key(key));
    }
    KeyPath(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Segment {
        Segment::Key(k.to_owned())
    }

    #[test]
    fn display_joins_keys_and_indices() {
        let cases = [
            (vec![], ""),
            (vec![key("executor")], "executor"),
            (
                vec![key("scheduler"), key("env"), Segment::Index(0), key("name")],
                "scheduler.env[0].name",
            ),
            (vec![Segment::Index(2)], "[2]"),
            (vec![key("config"), key("a.b")], "config.\"a.b\""),
            (vec![key("a b"), key("c")], "\"a b\".c"),
            (vec![key("x"), key("")], "x.\"\""),
            (vec![key("q\"uo\\te")], "\"q\\\"uo\\\\te\""),
            (vec![key("labels"), key("app/name")], "labels.app/name"),
        ];
        for (segments, want) in cases {
            let path = KeyPath(segments);
            assert_eq!(path.to_string(), want, "path {path:?}");
        }
    }

    #[test]
    fn parse_path_reads_what_display_writes() {
        let path = parse_path("scheduler.env[0].name");
        assert_eq!(path.to_string(), "scheduler.env[0].name");
        let path = parse_path("config.\"a.b\".c");
        assert_eq!(path, KeyPath::from_keys(["config", "a.b", "c"]));
    }

    #[test]
    fn key_path_macro_builds_segments() {
        let name = "cluster-autoscaler.kubernetes.io/safe-to-evict";
        let path = key_path!(workers.podAnnotations.(name));
        assert_eq!(
            path.to_string(),
            "workers.podAnnotations.\"cluster-autoscaler.kubernetes.io/safe-to-evict\""
        );
        let users = key_path!(airflow.users[2].password);
        assert_eq!(users.to_string(), "airflow.users[2].password");
        assert_eq!(
            key_path!(("api-secret-key")).segments(),
            [key("api-secret-key")]
        );
    }

    #[test]
    fn trail_becomes_the_same_path() {
        let a = Trail {
            parent: None,
            step: Step::Key("scheduler"),
        };
        let b = Trail {
            parent: Some(&a),
            step: Step::Key("env"),
        };
        let c = Trail {
            parent: Some(&b),
            step: Step::Index(3),
        };
        let path = to_path(Some(&c));
        assert_eq!(path.to_string(), "scheduler.env[3]");
        assert!(is_at(&path, Some(&c)));
        assert!(!is_at(&path, Some(&b)));
        assert!(!is_at(&path.parent(), Some(&c)));
        assert!(is_at(&KeyPath::default(), None));
        assert!(to_path(None).is_root());
        assert_eq!(path.parent().last_key(), Some("env"));
        assert_eq!(path.last_key(), None);
        assert_eq!(
            path.parent().join("x.y").to_string(),
            "scheduler.env.\"x.y\""
        );
    }
}
