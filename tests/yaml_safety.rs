//! `yaml::to_string` output is read back by Helm's YAML 1.1 reader as the same strings.
//!
//! Every hazardous string is written as a map value and as a map key, read back with
//! `yaml::from_str`, and each plain (unquoted, non-block) scalar in the output is checked by
//! an oracle written here from the YAML 1.1 type regexes (yaml.org/type) and go-yaml's extras.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use airflow_values::yaml::{self, YamlError};
use serde::{Deserialize, Serialize};

/// Strings that a YAML 1.1 reader would not read back as themselves if written plain.
const HAZARDS: &[&str] = &[
    // bool
    "no",
    "yes",
    "on",
    "off",
    "y",
    "n",
    "Y",
    "N",
    "NO",
    "True",
    "false",
    "Off",
    // null
    "~",
    "null",
    "Null",
    "NULL",
    "",
    // int
    "1_000",
    "0x1F",
    "0o17",
    "017",
    "0b101",
    "01",
    "+1",
    "-0",
    "08",
    // float
    "1e3",
    "2.10",
    "1.",
    ".5",
    "1.2.3",
    ".",
    ".inf",
    "-.Inf",
    ".nan",
    // timestamp
    "2024-01-19",
    "2001-12-14t21:59:43.10-05:00",
    "2001-12-14 21:59:43.10 -5",
    "2002-1-2",
    // sexagesimal int and float
    "1:20",
    "190:20:30.15",
    // merge and value keys
    "<<",
    "=",
    // whitespace that a plain scalar would lose
    " leading",
    "trailing ",
    " ",
    // comments, indicators and structure
    "a # b",
    "# comment",
    "key: value",
    "ends with:",
    "- item",
    "-",
    "---",
    "...",
    "*alias",
    "&anchor",
    "!tag",
    "%percent",
    "@at",
    "`tick",
    "'",
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    "?",
    "? q",
    ":",
    "|",
    ">",
    // multi-line text, trailing newlines and control characters
    "a\nb\n",
    "a\nb",
    "text\n",
    "a\nb\n\n",
    "\n",
    "line one\n  indented two\n",
    "  indented first\nsecond",
    "\tfirst line tab\nx",
    "trailing space \nx",
    "a\r\nb",
    "tab\tinside",
    "\t",
    "nul\0byte",
    // unicode
    "ünïcødé ✓",
    "日本語",
    "\u{feff}bom",
    "nel\u{85}line",
    "ls\u{2028}ps\u{2029}",
    "\u{a0}nbsp",
    // strings that stay plain
    "plain",
    "hello world",
    "yes please",
    "a:b",
    "x#y",
    "1e",
    "v1.2.3-rc1",
    "postgresql+psycopg2://airflow@db/airflow",
    "apache/airflow:3.0.2",
    "KubernetesExecutor",
];

/// A minimal backtracking regex, enough to write the YAML 1.1 type regexes as printed:
/// literals, `\` escapes, `[...]` classes with ranges, `(a|b)` groups, and `?`, `*`, `+`.
mod regex {
    use std::iter::Peekable;
    use std::str::Chars;

    enum Node {
        Char(char),
        Class(Vec<(char, char)>),
        Alt(Vec<Vec<Node>>),
        Repeat(Box<Node>, usize, usize),
    }

    /// Whether `pattern` matches the whole of `input`.
    pub fn full_match(pattern: &str, input: &str) -> bool {
        let mut chars = pattern.chars().peekable();
        let alts = parse_alt(&mut chars);
        assert!(chars.next().is_none(), "unbalanced `)` in {pattern:?}");
        let input: Vec<char> = input.chars().collect();
        let tree = [Node::Alt(alts)];
        matches(&tree, &input, 0, &mut |end| end == input.len())
    }

    fn parse_alt(p: &mut Peekable<Chars<'_>>) -> Vec<Vec<Node>> {
        let mut alts = vec![parse_seq(p)];
        while p.next_if_eq(&'|').is_some() {
            alts.push(parse_seq(p));
        }
        alts
    }

    fn parse_seq(p: &mut Peekable<Chars<'_>>) -> Vec<Node> {
        let mut seq = Vec::new();
        while let Some(&c) = p.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = parse_atom(p);
            let (min, max) = match p.peek() {
                Some('?') => (0, 1),
                Some('*') => (0, usize::MAX),
                Some('+') => (1, usize::MAX),
                _ => {
                    seq.push(atom);
                    continue;
                }
            };
            p.next();
            seq.push(Node::Repeat(Box::new(atom), min, max));
        }
        seq
    }

    fn parse_atom(p: &mut Peekable<Chars<'_>>) -> Node {
        match p.next().expect("pattern ends early") {
            '(' => {
                let alts = parse_alt(p);
                assert_eq!(p.next(), Some(')'), "unclosed group");
                Node::Alt(alts)
            }
            '[' => {
                let mut ranges = Vec::new();
                loop {
                    let lo = p.next().expect("unclosed class");
                    if lo == ']' {
                        break;
                    }
                    let hi = if p.peek() == Some(&'-') {
                        p.next();
                        if p.peek() == Some(&']') {
                            ranges.push(('-', '-'));
                            lo
                        } else {
                            p.next().expect("unclosed range")
                        }
                    } else {
                        lo
                    };
                    ranges.push((lo, hi));
                }
                Node::Class(ranges)
            }
            '\\' => Node::Char(p.next().expect("dangling escape")),
            c => Node::Char(c),
        }
    }

    fn matches(nodes: &[Node], s: &[char], i: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
        let Some((first, rest)) = nodes.split_first() else {
            return k(i);
        };
        match first {
            Node::Char(c) => s.get(i) == Some(c) && matches(rest, s, i + 1, k),
            Node::Class(ranges) => {
                s.get(i)
                    .is_some_and(|ch| ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(ch)))
                    && matches(rest, s, i + 1, k)
            }
            Node::Alt(alts) => alts
                .iter()
                .any(|alt| matches(alt, s, i, &mut |j| matches(rest, s, j, &mut *k))),
            Node::Repeat(node, min, max) => repeat(node, *min, *max, rest, s, i, k),
        }
    }

    fn repeat(
        node: &Node,
        min: usize,
        max: usize,
        rest: &[Node],
        s: &[char],
        i: usize,
        k: &mut dyn FnMut(usize) -> bool,
    ) -> bool {
        let once = std::slice::from_ref(node);
        (max > 0
            && matches(once, s, i, &mut |j| {
                j > i && repeat(node, min.saturating_sub(1), max - 1, rest, s, j, &mut *k)
            }))
            || (min == 0 && matches(rest, s, i, k))
    }
}

/// YAML 1.1 implicit types (yaml.org/type/{bool,null,int,float,timestamp,merge,value}.html),
/// each regex as published, matched against the whole plain scalar.
const YAML11_TYPES: &[&str] = &[
    // bool
    "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
    // null (the last alternative is the empty string)
    "~|null|Null|NULL|",
    // int: base 2, 8, 10, 16 and 60
    "[-+]?0b[0-1_]+",
    "[-+]?0[0-7_]+",
    "[-+]?(0|[1-9][0-9_]*)",
    "[-+]?0x[0-9a-fA-F_]+",
    "[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+",
    // float: base 10, base 60, infinity, not a number
    "[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?",
    "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*",
    "[-+]?\\.(inf|Inf|INF)",
    "\\.(nan|NaN|NAN)",
    // timestamp: ymd, and the full form; blanks are allowed before a numeric zone too, as
    // in the page's own example `2001-12-14 21:59:43.10 -5` (and in PyYAML and go-yaml)
    "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]",
    "[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\\.[0-9]*)?([ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?",
    // merge and value keys
    "<<",
    "=",
];

/// go-yaml (Helm's reader) drops `_` from scalars that start like a number, then tries Go's
/// `strconv.ParseInt(s, 0, 64)` and its own float regex, which accept more than YAML 1.1
/// (`0o17`, `0B1`, `1e3`, `08` as a float).
const GO_YAML_NUMBERS: &[&str] = &[
    "[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)",
    "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?",
];

/// Whether a YAML 1.1 reader resolves the plain scalar `s` to something other than a string.
fn yaml11_plain_resolves_to_non_string(s: &str) -> bool {
    if YAML11_TYPES.iter().any(|re| regex::full_match(re, s)) {
        return true;
    }
    let starts_like_number = s
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || "+-.".contains(c));
    let digits = s.replace('_', "");
    starts_like_number
        && GO_YAML_NUMBERS
            .iter()
            .any(|re| regex::full_match(re, &digits))
}

/// Whether `s`, written plain on one line, is read back with the same characters: YAML
/// syntax rules for plain scalars in block context, independent of type resolution.
fn plain_keeps_text(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let indicator_start = "-?:,[]{}#&*!|>'\"%@`".contains(first);
    let dash_or_query_ok =
        matches!(first, '-' | '?' | ':') && s.chars().nth(1).is_some_and(|c| !c.is_whitespace());
    (!indicator_start || dash_or_query_ok)
        && !s.starts_with("---")
        && !s.starts_with("...")
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && s.trim_matches([' ', '\t']) == s
        && !s.chars().any(|c| c.is_control() || c == '\u{feff}')
}

/// The kinds of scalar the writer may produce for a string.
#[derive(Debug, PartialEq)]
enum Style {
    Plain,
    Quoted,
    Block,
}

fn style_of(scalar: &str) -> Style {
    match scalar.chars().next() {
        Some('"' | '\'') => Style::Quoted,
        Some('|' | '>') => Style::Block,
        _ => Style::Plain,
    }
}

/// Asserts the YAML 1.1 oracle and the syntax check keep a plain scalar a string.
fn assert_plain_is_string(plain: &str, input: &str, doc: &str) {
    assert_eq!(plain, input, "plain scalar must be the input; doc {doc:?}");
    assert!(
        !yaml11_plain_resolves_to_non_string(plain),
        "written plain but YAML 1.1 resolves it to a non-string: {input:?} in {doc:?}"
    );
    assert!(
        plain_keeps_text(plain),
        "written plain but YAML would change its text: {input:?} in {doc:?}"
    );
}

fn assert_document_shape(doc: &str) {
    assert!(
        doc.ends_with('\n') && !doc.ends_with("\n\n"),
        "exactly one trailing newline: {doc:?}"
    );
    assert!(
        !doc.starts_with("%YAML") && doc.lines().all(|l| l != "---" && !l.starts_with("--- ")),
        "no directive or document marker: {doc:?}"
    );
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Holder {
    value: String,
}

#[test]
fn oracle_knows_yaml11_types() {
    for (input, want) in [
        ("no", true),
        ("Yes", true),
        ("yEs", false),
        ("~", true),
        ("", true),
        ("1_000", true),
        ("0x1F", true),
        ("0o17", true),
        ("017", true),
        ("0b101", true),
        ("1e3", true),
        ("1.0e+3", true),
        (".inf", true),
        ("-.Inf", true),
        (".nan", true),
        ("2024-01-19", true),
        ("2001-12-14t21:59:43.10-05:00", true),
        ("2001-12-14 21:59:43.10 -5", true),
        ("1:20", true),
        ("190:20:30.15", true),
        ("08", true),
        (".", true),
        ("<<", true),
        ("=", true),
        ("_1", false),
        ("1e", false),
        ("a:b", false),
        ("yes please", false),
        ("v1.2.3", false),
        ("1:60", false),
        ("plain", false),
    ] {
        assert_eq!(
            yaml11_plain_resolves_to_non_string(input),
            want,
            "input {input:?}"
        );
    }
}

#[test]
fn hazards_round_trip_as_values() {
    for &input in HAZARDS {
        let map = BTreeMap::from([("v".to_owned(), input.to_owned())]);
        let doc = yaml::to_string(&map).unwrap();
        assert_document_shape(&doc);
        let back: BTreeMap<String, String> = yaml::from_str(&doc).unwrap();
        assert_eq!(back, map, "input {input:?}, doc {doc:?}");

        let scalar = doc.strip_prefix("v: ").expect("value after `v: `");
        match style_of(scalar) {
            Style::Plain => assert_plain_is_string(scalar.trim_end_matches('\n'), input, &doc),
            Style::Quoted => assert_eq!(doc.lines().count(), 1, "one line: {doc:?}"),
            Style::Block => {
                let header = scalar.lines().next().unwrap_or_default();
                assert!(
                    !header.contains('+') && !header.starts_with('>'),
                    "only literal blocks with clip or strip chomping: {doc:?}"
                );
                assert!(
                    doc.lines()
                        .skip(1)
                        .all(|l| l.is_empty() || l.starts_with("  ")),
                    "block body indented: {doc:?}"
                );
            }
        }

        let holder = Holder {
            value: input.to_owned(),
        };
        let doc = yaml::to_string(&holder).unwrap();
        assert_document_shape(&doc);
        assert_eq!(yaml::from_str::<Holder>(&doc).unwrap(), holder, "{doc:?}");
    }
}

#[test]
fn hazards_round_trip_as_keys() {
    for &input in HAZARDS {
        let map = BTreeMap::from([(input.to_owned(), "v".to_owned())]);
        let doc = yaml::to_string(&map).unwrap();
        assert_document_shape(&doc);
        let back: BTreeMap<String, String> = yaml::from_str(&doc).unwrap();
        assert_eq!(back, map, "input {input:?}, doc {doc:?}");

        let line = doc.strip_suffix(": v\n").expect("one `key: v` entry");
        // A long key is written as an explicit `? key` entry.
        let key = line
            .strip_prefix("? ")
            .map_or(line, |k| k.trim_end_matches('\n'));
        match style_of(key) {
            Style::Plain => assert_plain_is_string(key, input, &doc),
            Style::Quoted => assert!(!key.contains('\n'), "one-line key: {doc:?}"),
            Style::Block => panic!("block scalar as a key: {doc:?}"),
        }
    }
}

/// The whole table in one document per position; every line's scalar is checked.
#[test]
fn hazards_table_lines_and_snapshot() {
    let values: BTreeMap<String, String> = HAZARDS
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("case{i:03}"), (*s).to_owned()))
        .collect();
    let keys: BTreeMap<String, String> = HAZARDS
        .iter()
        .enumerate()
        .map(|(i, s)| ((*s).to_owned(), format!("case{i:03}")))
        .collect();
    let values_doc = yaml::to_string(&values).unwrap();
    let keys_doc = yaml::to_string(&keys).unwrap();
    for doc in [&values_doc, &keys_doc] {
        assert_document_shape(doc);
    }
    assert_eq!(
        yaml::from_str::<BTreeMap<String, String>>(&values_doc).unwrap(),
        values
    );
    assert_eq!(
        yaml::from_str::<BTreeMap<String, String>>(&keys_doc).unwrap(),
        keys
    );

    for line in values_doc.lines().filter(|l| l.starts_with("case")) {
        let (key, scalar) = line.split_once(": ").expect("`caseNNN: scalar`");
        if style_of(scalar) == Style::Plain {
            assert_plain_is_string(scalar, &values[key], line);
        }
    }
    for line in keys_doc.lines() {
        let (key, case) = line.rsplit_once(": ").expect("`key: caseNNN`");
        if style_of(key) == Style::Plain {
            let input = &HAZARDS[case["case".len()..].parse::<usize>().unwrap()];
            assert_plain_is_string(key, input, line);
        }
    }

    // For review: each input (as a Rust literal), then the exact bytes written for it as a
    // value and as a key.
    let mut out = String::new();
    for &input in HAZARDS {
        writeln!(out, "# {input:?}").unwrap();
        out.push_str(&yaml::to_string(&BTreeMap::from([("value", input)])).unwrap());
        out.push_str(&yaml::to_string(&BTreeMap::from([(input, "key")])).unwrap());
    }
    insta::assert_snapshot!("yaml_hazards_quoted", out);
}

#[test]
fn output_is_deterministic() {
    let pairs: Vec<(String, String)> = HAZARDS
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("k{i}"), (*s).to_owned()))
        .collect();
    let forward: BTreeMap<_, _> = pairs.iter().cloned().collect();
    let backward: BTreeMap<_, _> = pairs.iter().rev().cloned().collect();
    let first = yaml::to_string(&forward).unwrap();
    assert_eq!(first, yaml::to_string(&forward).unwrap());
    assert_eq!(first, yaml::to_string(&backward).unwrap());

    // A HashMap's iteration order is random per process, so its bytes may differ from run to
    // run (callers use ordered maps); its content still round-trips.
    let hashed: HashMap<_, _> = pairs.iter().cloned().collect();
    let doc = yaml::to_string(&hashed).unwrap();
    assert_document_shape(&doc);
    assert_eq!(
        yaml::from_str::<BTreeMap<String, String>>(&doc).unwrap(),
        forward
    );
}

#[test]
fn multiple_documents_are_separated() {
    let docs = [
        BTreeMap::from([("kind", "Secret"), ("enabled", "no")]),
        BTreeMap::from([("kind", "ConfigMap"), ("text", "a\nb\n")]),
    ];
    let out = yaml::to_string_multiple(&docs).unwrap();
    assert_eq!(
        out,
        "enabled: \"no\"\nkind: Secret\n---\nkind: ConfigMap\ntext: |\n  a\n  b\n"
    );
    assert_eq!(out, yaml::to_string_multiple(&docs).unwrap());
    assert_eq!(yaml::to_string_multiple::<u8>(&[]).unwrap(), "");
}

#[test]
fn parse_errors_have_a_location_and_no_source_text() {
    for (input, line) in [
        ("a: 1\nb: [s3cr3t-token\nc: 2\n", 2),
        ("a: 1\nport: s3cr3t-token\n", 2),
        ("a: 1\n\"s3cr3t-token\n", 2),
        ("a: 1\nb: 's3cr3t-token\n", 2),
        ("a: 1\nb: 2\na: 3\n", 3),
    ] {
        let err = yaml::from_str::<BTreeMap<String, u16>>(input).unwrap_err();
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("s3cr3t-token"), "input {input:?}: {shown}");
        assert!(
            matches!(err, YamlError::Parse { .. }),
            "input {input:?}: {err:?}"
        );
        assert_eq!(
            err.location().map(|(l, _)| l),
            Some(line),
            "input {input:?}: {err}"
        );
        assert!(
            shown.contains(&format!("line {line}")),
            "input {input:?}: {err}"
        );
    }
}

#[test]
fn parsing_is_bounded() {
    let laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n\
                  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n\
                  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n\
                  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n\
                  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n\
                  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
    // 10^6 expanded nodes from 400 bytes: stopped by the alias replay budget.
    let err = yaml::from_str::<serde_json::Value>(laughs).unwrap_err();
    assert!(err.location().is_some(), "{err}");
    // The same anchors used a few times are fine.
    let few = yaml::from_str::<serde_json::Value>("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n");
    assert_eq!(few.unwrap()["c"][1][0][1], "x");

    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(yaml::from_str::<serde_json::Value>(&deep(200)).is_err());
    assert!(yaml::from_str::<serde_json::Value>(&deep(64)).is_ok());
}

#[test]
fn reads_helm_yaml11_numbers_and_bools_into_typed_fields() {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Volume {
        default_mode: u32,
        read_only: bool,
    }
    let volume: Volume = yaml::from_str("defaultMode: 0644\nreadOnly: yes\n").unwrap();
    assert_eq!(volume.default_mode, 0o644);
    assert!(volume.read_only);
}

/// The charts' own values files parse within the limits.
#[test]
fn chart_values_files_parse() {
    let root =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/charts/apache-airflow");
    for version in ["1.15.0", "1.22.0"] {
        let path = root.join(version).join("values.yaml");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let value: serde_json::Value =
            yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(value.get("executor").is_some(), "{}", path.display());
    }
}
