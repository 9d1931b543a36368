//! The committed table of `options.tsv`, read on first use.
//!
//! The text is compiled in with `include_str!` and split into borrowed
//! fields only when a caller first asks about an option, so a values file
//! without Airflow settings never pays for it.

use std::sync::OnceLock;

use crate::official::AirflowVersion;

/// The generated table (see `tools/airflow-config/README.md`).
pub(crate) const TEXT: &str = include_str!("options.tsv");

/// A set of the table's versions, one bit per index of [`Table::versions`].
pub(crate) type VersionSet = u64;

/// One `O` line: an option and the versions that have it.
#[derive(Debug)]
pub(crate) struct OptionRow {
    pub(crate) section: &'static str,
    pub(crate) option: &'static str,
    pub(crate) kind: u8,
    pub(crate) at: VersionSet,
    pub(crate) sensitive: bool,
    pub(crate) provider: bool,
    pub(crate) deprecated_since: Option<&'static str>,
    /// The default as the table escapes it; `None` when the option has none.
    pub(crate) default: Option<&'static str>,
}

/// One `R` line: Airflow's parser still reads `old` for `new` in `at`.
#[derive(Debug)]
pub(crate) struct RenameRow {
    pub(crate) old: (&'static str, &'static str),
    pub(crate) new: (&'static str, &'static str),
    pub(crate) since: &'static str,
    pub(crate) at: VersionSet,
}

/// One `S` line: a whole section renamed, still read under its old name in `at`.
#[derive(Debug)]
pub(crate) struct SectionRow {
    pub(crate) old: &'static str,
    pub(crate) new: &'static str,
    pub(crate) since: &'static str,
    pub(crate) at: VersionSet,
}

/// One `C` line of Airflow 3's lint list: renamed to `to`, or removed
/// (only when set to `only_when`, if that is given).
#[derive(Debug)]
pub(crate) struct ChangeRow {
    pub(crate) old: (&'static str, &'static str),
    pub(crate) to: Option<(&'static str, &'static str)>,
    pub(crate) only_when: Option<&'static str>,
}

/// The parsed table.
#[derive(Debug)]
pub(crate) struct Table {
    pub(crate) versions: Vec<AirflowVersion>,
    /// Sorted by section and option.
    pub(crate) options: Vec<OptionRow>,
    pub(crate) renames: Vec<RenameRow>,
    pub(crate) sections: Vec<SectionRow>,
    /// Sorted by the old section and option.
    pub(crate) changes: Vec<ChangeRow>,
}

impl Table {
    /// The option of that exact (lower-case) name, in any version.
    pub(crate) fn option(&self, section: &str, option: &str) -> Option<&OptionRow> {
        self.options
            .binary_search_by(|r| (r.section, r.option).cmp(&(section, option)))
            .ok()
            .map(|i| &self.options[i])
    }

    /// Airflow 3's lint entry for that option.
    pub(crate) fn change(&self, section: &str, option: &str) -> Option<&ChangeRow> {
        self.changes
            .binary_search_by(|c| c.old.cmp(&(section, option)))
            .ok()
            .map(|i| &self.changes[i])
    }
}

/// The table, parsed on the first call.
pub(crate) fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse(TEXT).unwrap_or_else(empty))
}

/// A table that knows nothing: what a damaged committed file gives, which a
/// test rules out (`committed_table_parses`), so the library never panics.
fn empty(_line: usize) -> Table {
    Table {
        versions: Vec::new(),
        options: Vec::new(),
        renames: Vec::new(),
        sections: Vec::new(),
        changes: Vec::new(),
    }
}

/// Parses the table text; the error is the number of the first bad line.
pub(crate) fn parse(text: &'static str) -> Result<Table, usize> {
    let mut table = empty(0);
    for (number, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&'static str> = line.split('\t').collect();
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
                let row = OptionRow {
                    section,
                    option,
                    kind: *kind.as_bytes().first().ok_or_else(bad)?,
                    at: version_set(&table.versions, at).ok_or_else(bad)?,
                    sensitive: flags.contains('s'),
                    provider: flags.contains('p'),
                    deprecated_since: (*deprecated != "-").then_some(*deprecated),
                    default: (*default != "~").then_some(*default),
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
            ["R", old_s, old_o, new_s, new_o, since, at] => table.renames.push(RenameRow {
                old: (old_s, old_o),
                new: (new_s, new_o),
                since,
                at: version_set(&table.versions, at).ok_or_else(bad)?,
            }),
            ["S", old, new, since, at] => table.sections.push(SectionRow {
                old,
                new,
                since,
                at: version_set(&table.versions, at).ok_or_else(bad)?,
            }),
            ["C", section, option, kind, to, extra] => {
                let to = match (*kind, to.split_once('.')) {
                    ("renamed", Some(pair)) => Some(pair),
                    ("removed", None) => None,
                    _ => return Err(bad()),
                };
                let only_when = extra.strip_prefix('=');
                if table
                    .changes
                    .last()
                    .is_some_and(|c| c.old >= (section, option))
                {
                    return Err(bad());
                }
                table.changes.push(ChangeRow {
                    old: (section, option),
                    to,
                    only_when,
                });
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
fn version_set(versions: &[AirflowVersion], text: &str) -> Option<VersionSet> {
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
pub(crate) fn unescape(text: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_table_parses() {
        let table = parse(TEXT).expect("options.tsv parses");
        assert!(table.options.len() > 500, "{}", table.options.len());
        assert!(table.versions.len() >= 11);
    }

    #[test]
    fn a_damaged_line_is_reported_by_number() {
        assert_eq!(parse("V\t2.9.3\nO\tcore\n").err(), Some(2));
        assert_eq!(parse("O\tcore\tx\ts\t9.9.9\t-\t-\t~\n").err(), Some(1));
        assert_eq!(parse("# nothing\n").err(), Some(1));
    }

    #[test]
    fn escapes_come_undone() {
        assert_eq!(unescape(r"a\tb\\n\n"), "a\tb\\n\n");
    }
}
