//! Properties of the YAML writer, over generated inputs (proptest):
//!
//! - any string, written as a value or a key, reads back as the same string
//!   both with the crate's reader and with a model of Helm's (go-yaml v2,
//!   YAML 1.1) scalar resolution: the writer quotes whatever that reader
//!   would turn into a bool, null, number or merge key;
//! - typed values (a subset of the official chart's model, and a generic
//!   model of strings, numbers, options, lists, maps and enums) → YAML →
//!   typed values is the identity;
//! - serialization is byte-identical across runs and across threads.

use std::collections::BTreeMap;

use airflow_values::official::{
    AirflowImage, ChartVersion, Dags, EnvVar, GitSync, Image, Images, PullPolicy, Scheduler, Values,
};
use airflow_values::types::{Digest, Executor, Executors, Nullable, SecretValue};
use airflow_values::yaml;
use k8s_openapi::api::core::v1::{ResourceRequirements, Toleration};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------------------
// The oracle: how Helm's YAML reader resolves a plain (unquoted) scalar.
// ---------------------------------------------------------------------------

/// What Helm's reader makes of a plain scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resolved {
    Str,
    Bool,
    Null,
    Int,
    Float,
    Merge,
}

/// The resolution of an untagged plain scalar by go-yaml v2 (`resolve.go`,
/// v2.4.0), which Helm 3 reads values with through sigs.k8s.io/yaml, into
/// `interface{}`:
///
/// - a fixed table: `y Y yes Yes YES true True TRUE on On ON` (true),
///   `n N no No NO false False FALSE off Off OFF` (false),
///   `"" ~ null Null NULL` (null), `.nan .NaN .NAN` and `[+-].inf .Inf .INF`
///   (floats), `<<` (merge key);
/// - text starting with `.`: a float if Go's `ParseFloat` takes it (`.5`,
///   `.5e3`);
/// - text starting with a digit or a sign, with every `_` removed: an int if
///   Go's `ParseInt`/`ParseUint` with base 0 take it (decimal, `0x`, `0o`,
///   `0b`, and a leading `0` for octal: `0644`), else a float if it matches
///   go-yaml's float pattern and `ParseFloat` gives a finite number (`1e400`
///   is out of range and stays a string), else an int for `-0b…`;
/// - timestamps (`2024-01-19`, `2024-01-19T10:00:00Z`): go-yaml v2 resolves
///   them, but when decoding into `interface{}`, as Helm does, keeps the text
///   as a string "for backward compatibility" (decode.go). So they are strings
///   here; the writer quotes them anyway, for YAML 1.1 readers that do not.
/// - sexagesimal numbers (`1:20`), which YAML 1.1 defines as base 60: go-yaml
///   v2 does not support them ("purposefully unsupported"), so `1:20` is a
///   string for Helm. The writer quotes them anyway, as other 1.1 readers
///   (PyYAML) read 80.
///
/// Everything else is a string.
fn helm_resolves(plain: &str) -> Resolved {
    match plain {
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" | "n"
        | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            return Resolved::Bool;
        }
        "" | "~" | "null" | "Null" | "NULL" => return Resolved::Null,
        ".nan" | ".NaN" | ".NAN" | ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF"
        | "-.inf" | "-.Inf" | "-.INF" => return Resolved::Float,
        "<<" => return Resolved::Merge,
        _ => {}
    }
    let first = plain.as_bytes()[0];
    if first == b'.' {
        return if go_float(plain) {
            Resolved::Float
        } else {
            Resolved::Str
        };
    }
    if !(first.is_ascii_digit() || first == b'+' || first == b'-') {
        return Resolved::Str;
    }
    let without: String = plain.chars().filter(|&c| c != '_').collect();
    if go_int_base0(&without) {
        return Resolved::Int;
    }
    if yaml_style_float(&without) && go_float(&without) {
        return Resolved::Float;
    }
    if let Some(digits) = without.strip_prefix("-0b")
        && !digits.is_empty()
        && digits.bytes().all(|b| b == b'0' || b == b'1')
        && i64::from_str_radix(&format!("-{digits}"), 2).is_ok()
    {
        return Resolved::Int;
    }
    Resolved::Str
}

/// Go's `strconv.ParseInt(s, 0, 64)` or `ParseUint(s, 0, 64)` succeeds. `s` has no
/// underscores left (go-yaml removes them first).
fn go_int_base0(s: &str) -> bool {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let (radix, digits) =
        if let Some(rest) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
            (16, rest)
        } else if let Some(rest) = body.strip_prefix("0o").or_else(|| body.strip_prefix("0O")) {
            (8, rest)
        } else if let Some(rest) = body.strip_prefix("0b").or_else(|| body.strip_prefix("0B")) {
            (2, rest)
        } else if body.len() > 1 && body.starts_with('0') {
            (8, &body[1..])
        } else {
            (10, body)
        };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return false;
    }
    match u128::from_str_radix(digits, radix) {
        Ok(n) if negative => n <= 1u128 << 63,
        // ParseUint takes what ParseInt cannot, up to u64::MAX (a `+` is only
        // allowed by ParseInt, whose range ends at i64::MAX).
        Ok(n) if s.starts_with('+') => n <= i64::MAX as u128,
        Ok(n) => n <= u64::MAX as u128,
        Err(_) => false,
    }
}

/// go-yaml's `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn yaml_style_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            digits(&mut i);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Go's `strconv.ParseFloat(s, 64)` succeeds with a finite number, for the
/// decimal texts it is called on here (starting with `.`, a digit or a sign).
/// Go also takes `inf`, `nan`, hex floats and underscores after a base
/// prefix; the callers only pass texts starting with `.` (where none of those
/// can follow) or texts that matched [`yaml_style_float`].
fn go_float(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return false;
    }
    s.parse::<f64>().is_ok_and(f64::is_finite)
}

/// A character libyaml's reader (and go-yaml's, a port of it) accepts in a
/// stream; any other one fails the whole file ("control characters are not
/// allowed").
fn yaml_reader_accepts(c: char) -> bool {
    matches!(c as u32,
        0x09 | 0x0A | 0x0D | 0x20..=0x7E | 0x85 | 0xA0..=0xD7FF | 0xE000..=0xFFFD
        | 0x1_0000..=0x10_FFFF)
}

/// Line breaks of YAML 1.1 that YAML 1.2 treats as ordinary characters: a raw
/// one in a scalar would be folded or kept as a line break by libyaml.
fn yaml11_only_break(c: char) -> bool {
    matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Checks the text of a written scalar (everything after `v: `, or a key
/// before `: x`) the way Helm would read it back: quoted and block scalars
/// are strings (the crate's reader checks their content); a plain one must be
/// the same text, on one line, and resolve to a string.
fn check_scalar(written: &str, want: &str, document: &str) -> Result<(), TestCaseError> {
    if written.starts_with(['"', '\'', '|', '>']) {
        return Ok(());
    }
    prop_assert!(
        !written.contains('\n'),
        "plain scalar over several lines: {document:?}"
    );
    prop_assert_eq!(
        written,
        want,
        "plain text differs from the value: {:?}",
        document
    );
    prop_assert_eq!(
        helm_resolves(written),
        Resolved::Str,
        "Helm reads the unquoted {:?} as a non-string: {:?}",
        written,
        document
    );
    Ok(())
}

/// What every written document must satisfy to be read by libyaml at all,
/// and without a YAML 1.1 line break changing a value.
fn check_stream(document: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        document.chars().all(yaml_reader_accepts),
        "a character libyaml refuses is written raw: {document:?}"
    );
    prop_assert!(
        !document.chars().any(yaml11_only_break),
        "a YAML 1.1 line break is written raw: {document:?}"
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// Strategies.
// ---------------------------------------------------------------------------

/// Strings that look like YAML 1.1 scalars, or hold YAML syntax, plus any
/// string at all.
fn yamlish_string() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "y",
        "Y",
        "yes",
        "Yes",
        "YES",
        "n",
        "N",
        "no",
        "No",
        "NO",
        "true",
        "True",
        "TRUE",
        "false",
        "False",
        "FALSE",
        "on",
        "On",
        "ON",
        "off",
        "Off",
        "OFF",
        "~",
        "null",
        "Null",
        "NULL",
        "",
        ".nan",
        ".NaN",
        ".inf",
        "-.Inf",
        "+.INF",
        "<<",
        "=",
        "yES",
        "nO",
        "oN",
        "-",
        "?",
        ":",
        "- a",
        "? a",
        "a: b",
        "a #b",
        "#a",
        "&a",
        "*a",
        "!a",
        "|",
        ">",
        "%a",
        "@a",
        "`a",
        "'a",
        "\"a",
        "[a]",
        "{a}",
        "a,b",
        "0",
        "0.",
        "1:20",
        "190:20:30",
        "2024-01-19",
        "2024-1-9",
        "2001-12-14t21:59:43.10-05:00",
        "2001-12-14 21:59:43.10",
    ])
    .prop_map(str::to_owned);
    let number = "[-+]?(0[xXoObB]?)?[0-9a-fA-F_]{1,8}(\\.[0-9_]{0,4})?([eE][-+]?[0-9]{1,3})?";
    let sexagesimal = "[-+]?[0-9]{1,3}(:[0-5]?[0-9]){1,3}(\\.[0-9_]{0,3})?";
    let timestamp = "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?(Z|[-+][0-9]{2}:[0-9]{2})?)?";
    let syntax = "[ a0#:'\"\\-?\\[\\]{},&*!|>%@`\\t\\n\\r\\\\.~<=_]{0,8}";
    let breaks = "[a \\n\\r\\t\\u{85}\\u{2028}\\u{2029}\\u{feff}\\u{7f}\\u{0}\\u{1b}]{0,6}";
    prop_oneof![
        3 => words,
        3 => number,
        1 => sexagesimal,
        1 => timestamp,
        3 => syntax,
        2 => breaks,
        3 => any::<String>(),
    ]
}

/// Strings for the typed model's text fields: mostly tame, sometimes hostile.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z][a-z0-9-]{0,12}",
        1 => yamlish_string(),
    ]
}

/// A generic model with every shape serde gives the writer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Model {
    text: String,
    flag: bool,
    number: i64,
    unsigned: u64,
    ratio: f64,
    optional: Option<String>,
    texts: Vec<String>,
    map: BTreeMap<String, String>,
    leaves: Vec<BTreeMap<String, Leaf>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Leaf {
    Text(String),
    Number(i64),
    Ratio(f64),
    Flag(bool),
    List(Vec<String>),
    Pair { key: String, value: Option<String> },
    Nothing,
}

/// Finite floats: NaN is not equal to itself, and infinities are refused by the
/// crate's reader like by Helm's schema.
fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("finite", |x| x.is_finite()),
        prop::sample::select(vec![
            0.0,
            -0.0,
            1.0,
            0.5,
            1e-300,
            1e300,
            2.10,
            f64::MIN_POSITIVE
        ]),
    ]
}

fn leaf() -> impl Strategy<Value = Leaf> {
    prop_oneof![
        yamlish_string().prop_map(Leaf::Text),
        any::<i64>().prop_map(Leaf::Number),
        finite().prop_map(Leaf::Ratio),
        any::<bool>().prop_map(Leaf::Flag),
        prop::collection::vec(yamlish_string(), 0..4).prop_map(Leaf::List),
        (yamlish_string(), prop::option::of(yamlish_string()))
            .prop_map(|(key, value)| Leaf::Pair { key, value }),
        Just(Leaf::Nothing),
    ]
}

fn model() -> impl Strategy<Value = Model> {
    (
        (
            yamlish_string(),
            any::<bool>(),
            any::<i64>(),
            any::<u64>(),
            finite(),
        ),
        (
            prop::option::of(yamlish_string()),
            prop::collection::vec(yamlish_string(), 0..4),
            prop::collection::btree_map(yamlish_string(), yamlish_string(), 0..4),
            prop::collection::vec(
                prop::collection::btree_map(yamlish_string(), leaf(), 0..3),
                0..3,
            ),
        ),
    )
        .prop_map(
            |((text, flag, number, unsigned, ratio), (optional, texts, map, leaves))| Model {
                text,
                flag,
                number,
                unsigned,
                ratio,
                optional,
                texts,
                map,
                leaves,
            },
        )
}

fn digest() -> impl Strategy<Value = Digest> {
    "[0-9a-f]{64}".prop_map(|hex| Digest::parse(&format!("sha256:{hex}")).expect("a digest"))
}

fn nullable<T: std::fmt::Debug + Clone>(
    inner: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<Nullable<T>>> {
    prop_oneof![
        2 => Just(None),
        1 => Just(Some(Nullable::Null)),
        3 => inner.prop_map(|v| Some(Nullable::Value(v))),
    ]
}

fn pull_policy() -> impl Strategy<Value = Option<PullPolicy>> {
    prop::option::of(prop::sample::select(vec![
        PullPolicy::Always,
        PullPolicy::Never,
        PullPolicy::IfNotPresent,
    ]))
}

fn images() -> impl Strategy<Value = Images> {
    (
        nullable(text()),
        nullable(text()),
        nullable(digest()),
        pull_policy(),
        prop::option::of(text()),
        prop::option::of(text()),
        pull_policy(),
    )
        .prop_map(
            |(repository, tag, digest, policy, sync_repo, sync_tag, sync_policy)| {
                let mut airflow = AirflowImage::default();
                airflow.repository = repository;
                airflow.tag = tag;
                airflow.digest = digest;
                airflow.pull_policy = policy;
                let mut git_sync = Image::default();
                git_sync.repository = sync_repo;
                git_sync.tag = sync_tag;
                git_sync.pull_policy = sync_policy;
                let mut images = Images::default();
                images.airflow = Some(airflow);
                images.git_sync = Some(git_sync);
                images
            },
        )
}

fn executors() -> impl Strategy<Value = Executors> {
    let one = prop_oneof![
        Just(Executor::Local),
        Just(Executor::Celery),
        Just(Executor::Kubernetes),
        Just(Executor::CeleryKubernetes),
        Just(Executor::LocalKubernetes),
        "[a-z]{1,8}(\\.[a-z_]{1,8}){1,3}\\.[A-Z][A-Za-z]{0,10}Executor"
            .prop_filter_map("a custom executor path", |path| Executor::parse(&path).ok()),
    ];
    prop::collection::vec(one, 1..3)
        .prop_filter_map("distinct executors", |list| Executors::new(list).ok())
}

fn quantity() -> impl Strategy<Value = Quantity> {
    prop_oneof![
        "[1-9][0-9]{0,3}(m|Mi|Gi|Ki)?",
        "0\\.[0-9]{1,2}",
        Just("1".to_owned()),
    ]
    .prop_map(Quantity)
}

fn resources() -> impl Strategy<Value = ResourceRequirements> {
    let amounts = || {
        prop::option::of(prop::collection::btree_map(
            prop::sample::select(vec!["cpu".to_owned(), "memory".to_owned()]),
            quantity(),
            1..3,
        ))
    };
    (amounts(), amounts()).prop_map(|(limits, requests)| ResourceRequirements {
        limits,
        requests,
        ..ResourceRequirements::default()
    })
}

fn toleration() -> impl Strategy<Value = Toleration> {
    (
        prop::option::of(text()),
        prop::option::of(prop::sample::select(vec![
            "Exists".to_owned(),
            "Equal".to_owned(),
        ])),
        prop::option::of(text()),
        prop::option::of(prop::sample::select(vec![
            "NoSchedule".to_owned(),
            "NoExecute".to_owned(),
        ])),
        prop::option::of(0i64..100_000),
    )
        .prop_map(
            |(key, operator, value, effect, toleration_seconds)| Toleration {
                key,
                operator,
                value,
                effect,
                toleration_seconds,
            },
        )
}

fn git_sync() -> impl Strategy<Value = GitSync> {
    (
        prop::option::of(any::<bool>()),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::option::of(0i64..1000),
        nullable(text()),
        nullable(yamlish_string().prop_map(SecretValue::new)),
    )
        .prop_map(
            |(enabled, repo, branch, sub_path, depth, credentials, ssh_key)| {
                let mut sync = GitSync::default();
                sync.enabled = enabled;
                sync.repo = repo;
                sync.branch = branch;
                sync.sub_path = sub_path;
                sync.depth = depth;
                sync.credentials_secret = credentials;
                sync.ssh_key = ssh_key;
                sync
            },
        )
}

fn scheduler() -> impl Strategy<Value = Scheduler> {
    (
        prop::option::of(0i64..10),
        prop::option::of(resources()),
        prop::option::of(prop::collection::btree_map(text(), text(), 0..3)),
        prop::option::of(prop::collection::vec(toleration(), 0..3)),
    )
        .prop_map(|(replicas, resources, node_selector, tolerations)| {
            let mut scheduler = Scheduler::default();
            scheduler.replicas = replicas;
            scheduler.resources = resources;
            scheduler.node_selector = node_selector;
            scheduler.tolerations = tolerations;
            scheduler
        })
}

/// Boxed: `Values` is large, and a debug build copies it on the stack at every
/// step of a strategy.
fn values() -> impl Strategy<Value = Box<Values>> {
    (
        (
            prop::option::of(images()),
            prop::option::of(executors()),
            prop::option::of(prop::collection::vec(
                ("[A-Z][A-Z0-9_]{0,10}", yamlish_string()),
                0..4,
            )),
            prop::option::of(prop::collection::btree_map(text(), text(), 0..3)),
            prop::option::of(prop::collection::vec(toleration(), 0..3)),
        ),
        (
            prop::option::of(scheduler()),
            prop::option::of(git_sync()),
            nullable(yamlish_string().prop_map(SecretValue::new)),
            nullable(yamlish_string().prop_map(SecretValue::new)),
            nullable("[a-z][a-z0-9-]{0,20}"),
            prop::option::of(text()),
        ),
    )
        .prop_map(
            |(
                (images, executor, env, node_selector, tolerations),
                (scheduler, git_sync, fernet_key, webserver_secret_key, secret_name, name),
            )| {
                let mut values = Box::<Values>::default();
                values.chart_version = ChartVersion::V1_15_0;
                values.images = images;
                values.executor = executor;
                values.env = env.map(|pairs| {
                    pairs
                        .into_iter()
                        .map(|(name, value)| EnvVar::new(name, value))
                        .collect()
                });
                values.node_selector = node_selector;
                values.tolerations = tolerations;
                values.scheduler = scheduler.map(Box::new);
                values.dags = git_sync.map(|sync| {
                    let mut dags = Dags::default();
                    dags.git_sync = Some(Box::new(sync));
                    dags
                });
                values.fernet_key = fernet_key;
                values.webserver_secret_key = webserver_secret_key;
                values.fernet_key_secret_name = secret_name;
                values.fullname_override = name;
                values
            },
        )
}

// ---------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn any_string_value_reads_back_as_the_same_string(s in yamlish_string()) {
        let doc = yaml::to_string(&BTreeMap::from([("v", s.as_str())])).expect("writes");
        check_stream(&doc)?;
        let back: BTreeMap<String, String> = yaml::from_str(&doc)
            .map_err(|e| TestCaseError::fail(format!("{e}: {doc:?}")))?;
        prop_assert_eq!(&back["v"], &s, "document {:?}", doc);
        let scalar = doc.strip_prefix("v: ").expect("one key");
        let scalar = scalar.strip_suffix('\n').unwrap_or(scalar);
        check_scalar(scalar, &s, &doc)?;
    }

    #[test]
    fn any_string_key_reads_back_as_the_same_string(s in yamlish_string()) {
        let doc = yaml::to_string(&BTreeMap::from([(s.as_str(), "x")])).expect("writes");
        check_stream(&doc)?;
        let back: BTreeMap<String, String> = yaml::from_str(&doc)
            .map_err(|e| TestCaseError::fail(format!("{e}: {doc:?}")))?;
        prop_assert_eq!(back.keys().collect::<Vec<_>>(), [&s], "document {:?}", doc);
        if !doc.starts_with('?') {
            let key = doc.strip_suffix(": x\n").expect("a single entry");
            check_scalar(key, &s, &doc)?;
        }
    }

    #[test]
    fn any_string_in_a_list_reads_back(list in prop::collection::vec(yamlish_string(), 1..5)) {
        let doc = yaml::to_string(&list).expect("writes");
        check_stream(&doc)?;
        let back: Vec<String> = yaml::from_str(&doc)
            .map_err(|e| TestCaseError::fail(format!("{e}: {doc:?}")))?;
        prop_assert_eq!(back, list, "document {:?}", doc);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn the_generic_model_round_trips(model in model()) {
        let doc = yaml::to_string(&model).expect("writes");
        check_stream(&doc)?;
        let back: Model = yaml::from_str(&doc)
            .map_err(|e| TestCaseError::fail(format!("{e}: {doc}")))?;
        prop_assert_eq!(back, model, "document:\n{}", doc);
    }

    #[test]
    fn official_values_round_trip(values in values()) {
        let doc = values.to_yaml().expect("writes");
        check_stream(&doc)?;
        let back = Values::from_yaml(&doc, values.chart_version)
            .map(Box::new)
            .map_err(|e| TestCaseError::fail(format!("{e}: {doc}")))?;
        prop_assert_eq!(&back, &values, "document:\n{}", doc);
        prop_assert_eq!(back.to_yaml().expect("writes"), doc);
    }

    #[test]
    fn serialization_is_the_same_across_runs_and_threads(values in values()) {
        let first = values.to_yaml().expect("writes");
        prop_assert_eq!(values.clone().to_yaml().expect("writes"), first.clone());
        let outputs: Vec<String> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| scope.spawn(|| {
                    (0..3).map(|_| values.to_yaml().expect("writes")).collect::<Vec<_>>()
                }))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("no thread panics"))
                .collect()
        });
        for output in outputs {
            prop_assert_eq!(&output, &first);
        }
    }
}

// ---------------------------------------------------------------------------
// The oracle itself, on cases whose reading by go-yaml v2 is known.
// ---------------------------------------------------------------------------

#[test]
fn the_oracle_follows_go_yaml_v2() {
    use Resolved::*;
    for (plain, want) in [
        ("yes", Bool),
        ("Off", Bool),
        ("y", Bool),
        ("yES", Str),
        ("~", Null),
        ("", Null),
        ("<<", Merge),
        ("12", Int),
        ("-12", Int),
        ("+12", Int),
        ("1_000", Int),
        ("0x1F", Int),
        ("0o17", Int),
        ("0644", Int),
        ("0b101", Int),
        ("-0b101", Int),
        ("08", Float),
        ("18446744073709551615", Int),
        ("18446744073709551616", Float),
        ("-9223372036854775809", Float),
        ("2.10", Float),
        ("1e3", Float),
        ("1.", Float),
        (".5", Float),
        ("-.5", Float),
        ("1_0.5", Float),
        ("1e400", Str),
        (".inf", Float),
        (".INf", Str),
        ("0x", Str),
        ("1:20", Str),
        ("2024-01-19", Str),
        ("1.2.3", Str),
        ("-", Str),
        ("+", Str),
        ("_1", Str),
        ("-_1", Int),
        ("v1", Str),
        ("1e", Str),
        ("0xG", Str),
    ] {
        assert_eq!(helm_resolves(plain), want, "plain {plain:?}");
    }
}

#[test]
fn the_stream_check_finds_raw_yaml11_breaks_and_control_characters() {
    assert!(check_stream("v: a\u{2028}b\n").is_err());
    assert!(check_stream("v: a\u{1b}b\n").is_err());
    assert!(check_stream("v: \"a\\Lb\\eb\"\n").is_ok());
    assert!(check_scalar("yes", "yes", "v: yes\n").is_err());
    assert!(check_scalar("\"yes\"", "yes", "v: \"yes\"\n").is_ok());
    assert!(check_scalar("a b", "a  b", "v: a b\n").is_err());
}
