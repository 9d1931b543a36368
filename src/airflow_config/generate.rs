//! Writes `data.rs` from `options.tsv` (the generator's table of facts, see
//! `tools/airflow-config/README.md`), and checks that the committed file is
//! what it writes. The build never runs this: it is a test.

use std::fmt::Write as _;

use crate::official::AirflowVersion;

/// The variable that makes the test rewrite `data.rs` instead of failing.
const UPDATE: &str = "AIRFLOW_VALUES_UPDATE_AIRFLOW_CONFIG";

const TSV: &str = include_str!("options.tsv");

/// One option line, parsed.
#[derive(Debug)]
struct OptionLine<'a> {
    section: &'a str,
    option: &'a str,
    kind: char,
    at: u64,
    secret: bool,
    provider: bool,
    deprecated_since: Option<&'a str>,
    default: Option<String>,
}

/// A section and option name.
type Name<'a> = (&'a str, &'a str);

/// The table text, parsed.
#[derive(Debug, Default)]
struct Parsed<'a> {
    versions: Vec<AirflowVersion>,
    options: Vec<OptionLine<'a>>,
    /// Old section and option, new ones, since, versions.
    renames: Vec<(Name<'a>, Name<'a>, &'a str, u64)>,
    /// Old section, new one, since, versions.
    sections: Vec<(&'a str, &'a str, &'a str, u64)>,
    /// Old section and option, where it went, the only value it is removed for.
    changes: Vec<(Name<'a>, Option<Name<'a>>, Option<&'a str>)>,
}

/// Parses the table text; the error is the number of the first bad line.
fn parse(text: &str) -> Result<Parsed<'_>, usize> {
    let mut table = Parsed::default();
    for (number, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let bad = || number + 1;
        match fields.as_slice() {
            ["V", list] => {
                table.versions = list
                    .split(' ')
                    .map(|v| v.parse().map_err(|_| bad()))
                    .collect::<Result<_, _>>()?;
                if table.versions.len() > 64 || !table.versions.is_sorted() {
                    return Err(bad());
                }
            }
            ["O", section, option, kind, at, flags, deprecated, default] => {
                let kind = match *kind {
                    "b" | "i" | "f" | "s" => kind.chars().next().ok_or_else(bad)?,
                    _ => return Err(bad()),
                };
                let row = OptionLine {
                    section,
                    option,
                    kind,
                    at: version_set(&table.versions, at).ok_or_else(bad)?,
                    secret: flags.contains('s'),
                    provider: flags.contains('p'),
                    deprecated_since: (*deprecated != "-").then_some(*deprecated),
                    default: (*default != "~").then(|| unescape(default)),
                };
                if table
                    .options
                    .last()
                    .is_some_and(|last| (last.section, last.option) >= (row.section, row.option))
                {
                    return Err(bad());
                }
                table.options.push(row);
            }
            ["R", old_s, old_o, new_s, new_o, since, at] => table.renames.push((
                (old_s, old_o),
                (new_s, new_o),
                since,
                version_set(&table.versions, at).ok_or_else(bad)?,
            )),
            ["S", old, new, since, at] => table.sections.push((
                old,
                new,
                since,
                version_set(&table.versions, at).ok_or_else(bad)?,
            )),
            ["C", section, option, kind, to, extra] => {
                let to = match (*kind, to.split_once('.')) {
                    ("renamed", Some(pair)) => Some(pair),
                    ("removed", None) => None,
                    _ => return Err(bad()),
                };
                if table
                    .changes
                    .last()
                    .is_some_and(|c| c.0 >= (*section, *option))
                {
                    return Err(bad());
                }
                table
                    .changes
                    .push(((section, option), to, extra.strip_prefix('=')));
            }
            _ => return Err(bad()),
        }
    }
    if table.versions.is_empty() {
        return Err(1);
    }
    Ok(table)
}

/// `2.6.2-2.11.2,3.1.7` as bits over `versions`.
fn version_set(versions: &[AirflowVersion], text: &str) -> Option<u64> {
    let index = |v: &str| {
        let v: AirflowVersion = v.parse().ok()?;
        versions.iter().position(|x| *x == v)
    };
    let mut set = 0;
    for run in text.split(',') {
        let (first, last) = run.split_once('-').unwrap_or((run, run));
        let (first, last) = (index(first)?, index(last)?);
        if first > last {
            return None;
        }
        for i in first..=last {
            set |= 1 << i;
        }
    }
    Some(set)
}

/// A default as Airflow has it: the table's `\t`, `\n`, `\r` and `\\` undone.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A Rust `Option<&str>` expression.
fn opt(text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_owned(), |t| format!("Some({t:?})"))
}

/// A Rust `Option<(&str, &str)>` expression.
fn opt_pair(pair: Option<(&str, &str)>) -> String {
    pair.map_or_else(|| "None".to_owned(), |p| format!("Some({p:?})"))
}

/// The Rust source of `data.rs`.
fn render(table: &Parsed<'_>) -> String {
    let mut out = String::from(
        "//! Generated from `options.tsv` by `airflow_config::generate` (a test); do not edit.\n\
         //! `AIRFLOW_VALUES_UPDATE_AIRFLOW_CONFIG=1 cargo test -p airflow-values --lib \
         airflow_config::generate`\n\
         //! rewrites it. Bit `i` of a version set (`0x…`) stands for `VERSIONS[i]`.\n\n\
         use super::OptionType::{Boolean as B, Float as F, Integer as I, String as S};\n\
         use super::table::{ChangeRow, OptionRow, PROVIDER, RenameRow, SECRET, SectionRow};\n\
         use super::table::{c, o, r, s, v};\n\
         use crate::official::AirflowVersion;\n\n",
    );
    let versions: Vec<String> = table
        .versions
        .iter()
        .map(|x| format!("v({}, {}, {})", x.major(), x.minor(), x.patch()))
        .collect();
    let _ = writeln!(
        out,
        "#[rustfmt::skip]\npub(super) static VERSIONS: [AirflowVersion; {}] = [{}];\n",
        versions.len(),
        versions.join(", ")
    );
    let _ = writeln!(
        out,
        "#[rustfmt::skip]\npub(super) static OPTIONS: [OptionRow; {}] = [",
        table.options.len()
    );
    for row in &table.options {
        let flags = match (row.secret, row.provider) {
            (false, false) => "0",
            (true, false) => "SECRET",
            (false, true) => "PROVIDER",
            (true, true) => "SECRET | PROVIDER",
        };
        let _ = writeln!(
            out,
            "    o({:?}, {:?}, {}, {:#x}, {flags}, {}, {}),",
            row.section,
            row.option,
            row.kind.to_ascii_uppercase(),
            row.at,
            opt(row.deprecated_since),
            opt(row.default.as_deref()),
        );
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "#[rustfmt::skip]\npub(super) static RENAMES: [RenameRow; {}] = [",
        table.renames.len()
    );
    for (old, new, since, at) in &table.renames {
        let _ = writeln!(out, "    r({old:?}, {new:?}, {since:?}, {at:#x}),");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "#[rustfmt::skip]\npub(super) static SECTIONS: [SectionRow; {}] = [",
        table.sections.len()
    );
    for (old, new, since, at) in &table.sections {
        let _ = writeln!(out, "    s({old:?}, {new:?}, {since:?}, {at:#x}),");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "#[rustfmt::skip]\npub(super) static CHANGES: [ChangeRow; {}] = [",
        table.changes.len()
    );
    for (old, to, only_when) in &table.changes {
        let _ = writeln!(
            out,
            "    c({old:?}, {}, {}),",
            opt_pair(*to),
            opt(*only_when)
        );
    }
    out.push_str("];\n");
    out
}

#[test]
fn committed_data_is_current() {
    let table = parse(TSV).expect("options.tsv parses");
    let text = render(&table);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/airflow_config/data.rs");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == text {
        return;
    }
    if std::env::var_os(UPDATE).is_some() {
        std::fs::write(&path, text).expect("src/airflow_config is writable");
        return;
    }
    panic!(
        "src/airflow_config/data.rs is not what options.tsv gives (the table was refreshed \
         or data.rs edited); run `{UPDATE}=1 cargo test -p airflow-values --lib \
         airflow_config::generate` and commit the result"
    );
}

#[test]
fn the_static_table_holds_every_line() {
    let parsed = parse(TSV).expect("options.tsv parses");
    let table = super::table::table();
    assert_eq!(table.versions, parsed.versions.as_slice());
    assert_eq!(table.options.len(), parsed.options.len());
    assert_eq!(table.renames.len(), parsed.renames.len());
    assert_eq!(table.sections.len(), parsed.sections.len());
    assert_eq!(table.changes.len(), parsed.changes.len());
    assert!(table.options.len() > 500, "{}", table.options.len());
    // Lookups search by binary search: the order must hold.
    assert!(
        table
            .options
            .windows(2)
            .all(|w| (w[0].section, w[0].option) < (w[1].section, w[1].option))
    );
    assert!(table.changes.windows(2).all(|w| w[0].old < w[1].old));
    for (row, line) in table.options.iter().zip(&parsed.options) {
        assert_eq!(
            (row.section, row.option, row.at),
            (line.section, line.option, line.at)
        );
        assert_eq!(
            row.default,
            line.default.as_deref(),
            "{}.{}",
            row.section,
            row.option
        );
    }
}

#[test]
fn a_damaged_line_is_reported_by_number() {
    assert_eq!(parse("V\t2.9.3\nO\tcore\n").err(), Some(2));
    assert_eq!(parse("O\tcore\tx\ts\t9.9.9\t-\t-\t~\n").err(), Some(1));
    assert_eq!(
        parse("V\t2.9.3\nO\tcore\tx\tq\t2.9.3\t-\t-\t~\n").err(),
        Some(2)
    );
    assert_eq!(parse("# nothing\n").err(), Some(1));
}

#[test]
fn escapes_come_undone() {
    assert_eq!(unescape(r"a\tb\\n\n"), "a\tb\\n\n");
}
