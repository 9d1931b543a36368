//! Keys a chart release deprecates, and the keys that replace them.
//!
//! The table is data (`deprecations.tsv`, one line per release and key),
//! generated from each release's values.schema.json and the comments of its
//! values.yaml by a test that also checks it is current; a new release is
//! new lines, not new code.

use super::{AirflowVersion, ChartVersion};

/// The table: `release<TAB>key<TAB>replacement,replacement[<TAB>airflow major]`.
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
    /// The Airflow major version from which the chart deprecates the key
    /// (`webserverSecretKey` only for Airflow 3 and later); 0: any.
    from_airflow_major: u16,
}

impl Deprecation {
    /// The keys to write instead, such as `workers.celery.keda`.
    pub fn replacements(&self) -> impl Iterator<Item = &'static str> {
        self.replacements.split(',').filter(|r| !r.is_empty())
    }

    /// Whether the deprecation holds for pods running `airflow`: most hold
    /// for every version, a few only from an Airflow major version on.
    ///
    /// ```
    /// use airflow_values::official::{AirflowVersion, ChartVersion, deprecations};
    ///
    /// let key = deprecations(ChartVersion::V1_22_0)
    ///     .find(|d| d.key == "webserverSecretKey")
    ///     .unwrap();
    /// assert!(key.applies_to(AirflowVersion::new(3, 1, 0)));
    /// assert!(!key.applies_to(AirflowVersion::new(2, 11, 0)));
    /// ```
    pub fn applies_to(&self, airflow: AirflowVersion) -> bool {
        airflow.major() >= self.from_airflow_major
    }

    /// The Airflow major version the deprecation is limited to (it holds
    /// from that version on), if any.
    pub fn airflow_major(&self) -> Option<u16> {
        (self.from_airflow_major > 0).then_some(self.from_airflow_major)
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
    // Rows start with their release: the others are skipped unread.
    TABLE
        .lines()
        .filter(move |line| {
            line.strip_prefix(version.as_str())
                .is_some_and(|rest| rest.starts_with('\t'))
        })
        .filter_map(|line| {
            let mut parts = line.split('\t');
            Some(Deprecation {
                release: parts.next()?,
                key: parts.next()?,
                replacements: parts.next().unwrap_or_default(),
                from_airflow_major: parts.next().and_then(|m| m.parse().ok()).unwrap_or(0),
            })
        })
        .filter(move |d| d.release == version.as_str())
}
