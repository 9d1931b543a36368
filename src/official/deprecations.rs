//! Keys a chart release deprecates, and the keys that replace them.
//!
//! The table is data (`deprecations.tsv`, one line per release and key),
//! generated from each release's values.schema.json by a test that also
//! checks it is current; a new release is new lines, not new code.

use super::ChartVersion;

/// The table: `release<TAB>key<TAB>replacement,replacement`.
const TABLE: &str = include_str!("deprecations.tsv");

/// A key that a chart release still reads but deprecates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Deprecation {
    /// The chart release, such as `1.22.0`.
    pub release: &'static str,
    /// The key path, such as `workers.keda`; `[]` stands for any list item
    /// and `*` for any map value.
    pub key: &'static str,
    replacements: &'static str,
}

impl Deprecation {
    /// The keys to write instead, such as `workers.celery.keda`.
    pub fn replacements(&self) -> impl Iterator<Item = &'static str> {
        self.replacements.split(',').filter(|r| !r.is_empty())
    }
}

/// The keys `version` deprecates, in the order of its schema.
///
/// ```
/// use airflow_values::official::{ChartVersion, deprecations};
///
/// let keda = deprecations(ChartVersion::V1_22_0)
///     .find(|d| d.key == "workers.keda")
///     .unwrap();
/// assert_eq!(keda.replacements().collect::<Vec<_>>(), ["workers.celery.keda"]);
/// assert!(deprecations(ChartVersion::V1_15_0).all(|d| d.key != "workers.keda"));
/// ```
pub fn deprecations(version: ChartVersion) -> impl Iterator<Item = Deprecation> {
    TABLE
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| {
            let mut parts = line.split('\t');
            Some(Deprecation {
                release: parts.next()?,
                key: parts.next()?,
                replacements: parts.next().unwrap_or_default(),
            })
        })
        .filter(move |d| d.release == version.as_str())
}
