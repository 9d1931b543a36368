//! One trait for a chart's values model, with the reading and writing
//! every chart shares.
//!
//! A chart module ([`official`](crate::official), `bitnami`, `community`)
//! holds the typed model, its rules and its template checks, and knows
//! nothing of `check`. Reading a values file walks the chart's schema with
//! the structural check first, which lives here, so reading is written once,
//! for every [`ChartValues`], in this module. The users' entry points stay
//! inherent methods of each model (`official::Values::from_yaml`,
//! `bitnami::Values::to_yaml`, …), defined below and delegating to the trait,
//! so that no import is needed to call them.
//!
//! Adding a chart: its model and rules in a module of its own, a [`Chart`]
//! variant, and one `impl ChartValues` here.

use serde::Serialize;

use super::Chart;
use super::structure::{ReadFailure, read_model};
use crate::findings::{Profile, ReadError, Report, Rule};
use crate::official::{self, ChartVersion};
use crate::yaml::{self, YamlError};

/// The typed values of one chart: what reads a values file into it, writes
/// it back, and checks it.
///
/// Implemented by [`official::Values`], `bitnami::Values` and
/// `community::Values`. Each also has the methods as inherent ones
/// (`Values::from_yaml`, `Values::to_yaml`, `Values::validate`), which are
/// what to call; the trait is for code generic over the chart.
///
/// ```
/// use airflow_values::check::{ChartValues, Profile};
/// use airflow_values::official::{ChartVersion, Values};
///
/// fn round_trip<V: ChartValues>(text: &str, release: V::Release) -> String {
///     let values = V::read_yaml(text, release).expect("fits the chart");
///     assert!(!values.validate_values(Profile::Default).has_errors());
///     values.write_yaml().expect("writes")
/// }
/// let text = "executor: KubernetesExecutor\n";
/// assert_eq!(round_trip::<Values>(text, ChartVersion::V1_22_0), text);
/// ```
///
/// The trait is sealed: only the crate's charts implement it. None of the
/// models implements `Deserialize`, since serde alone would skip the
/// structural check and not know the release; [`read_yaml`](Self::read_yaml)
/// is the way in.
pub trait ChartValues: Serialize + sealed::Sealed + Sized + 'static {
    /// What picks the schema a file is read against: the
    /// [`ChartVersion`] for the official chart, which has one schema per
    /// release; `()` for a chart modeled at one version.
    type Release: Copy;

    /// The chart at `release`.
    fn chart(release: Self::Release) -> Chart;

    /// The chart as [`ReadError::Structure`] names it.
    fn described(release: Self::Release) -> String;

    /// Values just read for `release`, completed with what the file does not
    /// hold (the official model records its chart version).
    fn read_as(self, release: Self::Release) -> Self {
        let _ = release;
        self
    }

    /// The rules of the model, sorted by code.
    fn rules() -> &'static [Rule<Self>];

    /// Every finding of `profile`'s rules on these values, and of the
    /// chart's own template checks.
    fn validate_values(&self, profile: Profile) -> Report;

    /// The JSON Schema a file is read against.
    fn json_schema(release: Self::Release) -> &'static schemars::Schema {
        Self::chart(release).json_schema()
    }

    /// Reads a values file written for `release`: the document is checked
    /// against the chart's schema first, and only a document that fits is
    /// read into the model, so that no key is dropped on the way.
    ///
    /// # Errors
    /// [`ReadError::Yaml`] when the text is not YAML, or a value fits the
    /// schema but not its type; [`ReadError::Structure`] with every
    /// structural problem.
    fn read_yaml(text: &str, release: Self::Release) -> Result<Self, ReadError> {
        let chart = Self::chart(release);
        let read = |tree: &serde_json::Value| Self::from_walked(Walked(tree)).map_err(|e| e.0);
        let values: Self = read_model(text, chart.schema_root(), chart, read).map_err(
            |failure| match failure {
                ReadFailure::Yaml(error) => ReadError::Yaml(error),
                ReadFailure::Structure(report) => ReadError::Structure {
                    chart: Self::described(release),
                    report,
                },
            },
        )?;
        Ok(values.read_as(release))
    }

    /// Writes the values as YAML that Helm reads back unchanged.
    ///
    /// # Errors
    /// [`YamlError`] if serialization fails, which the models here do not
    /// cause.
    fn write_yaml(&self) -> Result<String, YamlError> {
        yaml::to_string(self)
    }
}

/// The seal of [`ChartValues`]: reading a tree that passed the structural
/// walk, which nothing outside the crate can call.
mod sealed {
    /// Implemented by the crate's charts only.
    pub trait Sealed: Sized {
        /// The model from a tree that passed the structural walk.
        fn from_walked(tree: Walked<'_>) -> Result<Self, TreeFailure>;
    }

    /// A tree that passed the structural walk; only the reader makes one.
    pub struct Walked<'a>(pub(super) &'a serde_json::Value);

    /// Why a walked tree did not read into the model.
    pub struct TreeFailure(pub(super) crate::yaml::TreeError);

    /// The impl for a chart's top level, whose `from_checked_tree` the
    /// model's macro writes.
    macro_rules! sealed {
        ($values:ty) => {
            impl Sealed for $values {
                fn from_walked(tree: Walked<'_>) -> Result<Self, TreeFailure> {
                    <$values>::from_checked_tree(tree.0).map_err(TreeFailure)
                }
            }
        };
    }

    sealed!(crate::official::Values);
    #[cfg(feature = "bitnami")]
    sealed!(crate::bitnami::Values);
    #[cfg(feature = "community")]
    sealed!(crate::community::Values);
}

use sealed::Walked;

impl ChartValues for official::Values {
    type Release = ChartVersion;

    fn chart(release: ChartVersion) -> Chart {
        Chart::Official(release)
    }

    fn described(release: ChartVersion) -> String {
        format!("chart {release}")
    }

    fn read_as(mut self, release: ChartVersion) -> Self {
        self.chart_version = release;
        self
    }

    fn rules() -> &'static [Rule<Self>] {
        super::RULES
    }

    fn validate_values(&self, profile: Profile) -> Report {
        crate::rules::chart_checks::OFFICIAL.with_findings(
            super::rules::run(self, profile),
            self,
            self.chart_version.as_str(),
        )
    }
}

impl official::Values {
    /// Reads a values file written for `chart_version`.
    ///
    /// The document is first checked against the chart version's schema
    /// ([`json_schema`](crate::official::json_schema)): every unknown key (with a "did you mean"), key of
    /// another chart version, wrong type and value outside a list is reported
    /// at once, with its key path. Only a document that fits is read into the
    /// typed model, so no key is ever dropped on the way.
    ///
    /// ```
    /// use airflow_values::official::{ChartVersion, ReadError, Values};
    ///
    /// let values = Values::from_yaml("executor: KubernetesExecutor\n", ChartVersion::V1_15_0)?;
    /// assert!(values.executor.is_some());
    ///
    /// let Err(ReadError::Structure { report, .. }) =
    ///     Values::from_yaml("scheduler: {nodeselector: {}}\n", ChartVersion::V1_15_0)
    /// else {
    ///     panic!("a misspelt key is an error");
    /// };
    /// assert!(report.to_string().contains("did you mean `nodeSelector`"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// This is the only way in: `Values` does not implement `Deserialize`,
    /// since serde alone would skip the structural check and Helm's reading
    /// of `null`, and could not know the chart version. Values held in
    /// another form go through here as text (JSON is YAML):
    ///
    /// ```
    /// use airflow_values::official::{ChartVersion, Values};
    ///
    /// let tree = serde_json::json!({"executor": "KubernetesExecutor"});
    /// let values = Values::from_yaml(&tree.to_string(), ChartVersion::V1_15_0)?;
    /// assert_eq!(values.chart_version, ChartVersion::V1_15_0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// ```compile_fail
    /// let values: airflow_values::official::Values = serde_json::from_str("{}").unwrap();
    /// ```
    ///
    /// # Errors
    /// [`ReadError::Yaml`] when the text is not YAML (with line and column);
    /// [`ReadError::Structure`] with every structural problem; and
    /// [`ReadError::Yaml`] again when a value fits the schema but not its type
    /// (such as a malformed digest).
    pub fn from_yaml(text: &str, chart_version: ChartVersion) -> Result<Self, ReadError> {
        Self::read_yaml(text, chart_version)
    }

    /// Writes the values as YAML that Helm reads back unchanged.
    ///
    /// # Errors
    /// [`YamlError`] if serialization fails, which the types here do not cause.
    pub fn to_yaml(&self) -> Result<String, YamlError> {
        self.write_yaml()
    }

    /// Every finding of `profile`'s rules on these values, and of the
    /// chart's own template checks (`fail`/`required` in the templates of
    /// release [`Values::chart_version`](crate::official::Values::chart_version), for the release name
    /// [`DEFAULT_RELEASE_NAME`](crate::findings::DEFAULT_RELEASE_NAME)).
    ///
    /// The report lists all findings, not only the first; see
    /// [`Report::has_errors`](crate::findings::Report::has_errors).
    pub fn validate(&self, profile: Profile) -> Report {
        self.validate_values(profile)
    }
}

#[cfg(feature = "bitnami")]
impl ChartValues for crate::bitnami::Values {
    type Release = ();

    fn chart((): ()) -> Chart {
        Chart::Bitnami
    }

    fn described((): ()) -> String {
        format!(
            "the Bitnami airflow chart {}",
            crate::bitnami::CHART_VERSION
        )
    }

    fn rules() -> &'static [Rule<Self>] {
        crate::bitnami::RULES
    }

    fn validate_values(&self, profile: Profile) -> Report {
        self.validate(profile)
    }
}

#[cfg(feature = "bitnami")]
impl crate::bitnami::Values {
    /// Reads a values file written for the Bitnami chart.
    ///
    /// The document is first checked against [`json_schema`](crate::bitnami::json_schema): every unknown
    /// key (with a "did you mean"), wrong type and value outside a list is
    /// reported at once, with its key path. Only a document that fits is read
    /// into the typed model, so no key is dropped on the way.
    ///
    /// ```
    /// use airflow_values::bitnami::{ReadError, Values};
    ///
    /// let values = Values::from_yaml("executor: KubernetesExecutor\n")?;
    /// assert!(values.executor.is_some());
    ///
    /// let Err(ReadError::Structure { report, .. }) = Values::from_yaml("web: {replicaCont: 2}\n") else {
    ///     panic!("a misspelt key is an error");
    /// };
    /// assert!(report.to_string().contains("did you mean `replicaCount`"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// `Values` does not implement `Deserialize`, which would skip the
    /// structural check: this is the way in.
    ///
    /// ```compile_fail
    /// let values: airflow_values::bitnami::Values = serde_json::from_str("{}").unwrap();
    /// ```
    ///
    /// # Errors
    /// [`ReadError::Yaml`] when the text is not YAML (with line and column),
    /// or when a value fits the schema but not its type (such as a malformed
    /// digest); [`ReadError::Structure`] with every structural problem.
    pub fn from_yaml(text: &str) -> Result<Self, ReadError> {
        Self::read_yaml(text, ())
    }

    /// Writes the values as YAML that Helm reads back unchanged: only the keys
    /// that are set, in the chart's order.
    ///
    /// # Errors
    /// [`YamlError`] if serialization fails, which the types here do not cause.
    pub fn to_yaml(&self) -> Result<String, YamlError> {
        self.write_yaml()
    }
}

#[cfg(feature = "community")]
impl ChartValues for crate::community::Values {
    type Release = ();

    fn chart((): ()) -> Chart {
        Chart::Community
    }

    fn described((): ()) -> String {
        format!("the airflow-helm chart {}", crate::community::CHART_VERSION)
    }

    fn rules() -> &'static [Rule<Self>] {
        crate::community::RULES
    }

    fn validate_values(&self, profile: Profile) -> Report {
        self.validate(profile)
    }
}

#[cfg(feature = "community")]
impl crate::community::Values {
    /// Reads a values file of the community chart.
    ///
    /// The document is checked against [`json_schema`](crate::community::json_schema) first: every unknown
    /// key (with a "did you mean") and wrong type is reported at once, with
    /// its key path. Only a document that fits is read into the model.
    ///
    /// ```
    /// use airflow_values::community::{ReadError, Values};
    ///
    /// let Err(ReadError::Structure { report, .. }) = Values::from_yaml("web:\n  replica: 2\n") else {
    ///     panic!("a misspelt key is an error");
    /// };
    /// assert!(report.to_string().contains("did you mean `replicas`"));
    /// ```
    ///
    /// `Values` does not implement `Deserialize`, which would skip the
    /// structural check: this is the way in.
    ///
    /// ```compile_fail
    /// let values: airflow_values::community::Values = serde_json::from_str("{}").unwrap();
    /// ```
    ///
    /// # Errors
    /// [`ReadError::Yaml`] when the text is not YAML (with line and column)
    /// or a value fits the schema but not its type; [`ReadError::Structure`]
    /// with every structural problem.
    pub fn from_yaml(text: &str) -> Result<Self, ReadError> {
        Self::read_yaml(text, ())
    }

    /// Writes the values as YAML that Helm reads back unchanged.
    ///
    /// # Errors
    /// [`YamlError`] if serialization fails, which the types here do not cause.
    pub fn to_yaml(&self) -> Result<String, YamlError> {
        self.write_yaml()
    }
}
