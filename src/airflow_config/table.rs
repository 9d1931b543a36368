//! The table of Airflow's configuration, as static data.
//!
//! `data.rs` holds it, generated from `options.tsv` by the test in
//! `generate.rs`: sorted arrays the lookups search without parsing or
//! allocating anything, so the first lookup costs no more than the others.

use super::{OptionType, data};
use crate::official::AirflowVersion;

/// A set of the table's versions, one bit per index of [`Table::versions`].
pub(crate) type VersionSet = u64;

/// [`OptionRow::flags`]: Airflow treats the value as a secret.
pub(crate) const SECRET: u8 = 1;
/// [`OptionRow::flags`]: the option comes from a provider package.
pub(crate) const PROVIDER: u8 = 2;

/// An option and the versions that have it.
#[derive(Debug)]
pub(crate) struct OptionRow {
    pub(crate) section: &'static str,
    pub(crate) option: &'static str,
    pub(crate) kind: OptionType,
    pub(crate) at: VersionSet,
    /// [`SECRET`] and [`PROVIDER`].
    pub(crate) flags: u8,
    pub(crate) deprecated_since: Option<&'static str>,
    /// The default as Airflow has it; `None` when the option has none.
    pub(crate) default: Option<&'static str>,
}

/// Airflow's parser still reads `old` for `new` in `at`.
#[derive(Debug)]
pub(crate) struct RenameRow {
    pub(crate) old: (&'static str, &'static str),
    pub(crate) new: (&'static str, &'static str),
    pub(crate) since: &'static str,
    pub(crate) at: VersionSet,
}

/// A whole section renamed, still read under its old name in `at`.
#[derive(Debug)]
pub(crate) struct SectionRow {
    pub(crate) old: &'static str,
    pub(crate) new: &'static str,
    pub(crate) since: &'static str,
    pub(crate) at: VersionSet,
}

/// An entry of Airflow 3's lint list: renamed to `to`, or removed (only
/// when set to `only_when`, if that is given).
#[derive(Debug)]
pub(crate) struct ChangeRow {
    pub(crate) old: (&'static str, &'static str),
    pub(crate) to: Option<(&'static str, &'static str)>,
    pub(crate) only_when: Option<&'static str>,
}

/// The whole table.
#[derive(Debug)]
pub(crate) struct Table {
    /// Oldest first; bit `i` of a [`VersionSet`] is `versions[i]`.
    pub(crate) versions: &'static [AirflowVersion],
    /// Sorted by section and option.
    pub(crate) options: &'static [OptionRow],
    pub(crate) renames: &'static [RenameRow],
    pub(crate) sections: &'static [SectionRow],
    /// Sorted by the old section and option.
    pub(crate) changes: &'static [ChangeRow],
}

impl Table {
    /// The option of that exact (lower-case) name, in any version.
    pub(crate) fn option(&self, section: &str, option: &str) -> Option<&'static OptionRow> {
        let options = self.options;
        options
            .binary_search_by(|r| (r.section, r.option).cmp(&(section, option)))
            .ok()
            .map(|i| &options[i])
    }

    /// Airflow 3's lint entry for that option.
    pub(crate) fn change(&self, section: &str, option: &str) -> Option<&'static ChangeRow> {
        let changes = self.changes;
        changes
            .binary_search_by(|c| c.old.cmp(&(section, option)))
            .ok()
            .map(|i| &changes[i])
    }
}

static TABLE: Table = Table {
    versions: &data::VERSIONS,
    options: &data::OPTIONS,
    renames: &data::RENAMES,
    sections: &data::SECTIONS,
    changes: &data::CHANGES,
};

/// The table.
pub(crate) fn table() -> &'static Table {
    &TABLE
}

/// A row of `data.rs`'s options (short, so that the generated file stays small).
pub(crate) const fn o(
    section: &'static str,
    option: &'static str,
    kind: OptionType,
    at: VersionSet,
    flags: u8,
    deprecated_since: Option<&'static str>,
    default: Option<&'static str>,
) -> OptionRow {
    OptionRow {
        section,
        option,
        kind,
        at,
        flags,
        deprecated_since,
        default,
    }
}

/// A row of `data.rs`'s renames.
pub(crate) const fn r(
    old: (&'static str, &'static str),
    new: (&'static str, &'static str),
    since: &'static str,
    at: VersionSet,
) -> RenameRow {
    RenameRow {
        old,
        new,
        since,
        at,
    }
}

/// A row of `data.rs`'s section renames.
pub(crate) const fn s(
    old: &'static str,
    new: &'static str,
    since: &'static str,
    at: VersionSet,
) -> SectionRow {
    SectionRow {
        old,
        new,
        since,
        at,
    }
}

/// A row of `data.rs`'s lint list.
pub(crate) const fn c(
    old: (&'static str, &'static str),
    to: Option<(&'static str, &'static str)>,
    only_when: Option<&'static str>,
) -> ChangeRow {
    ChangeRow { old, to, only_when }
}

/// `AirflowVersion::new`, short.
pub(crate) const fn v(major: u16, minor: u16, patch: u16) -> AirflowVersion {
    AirflowVersion::new(major, minor, patch)
}
