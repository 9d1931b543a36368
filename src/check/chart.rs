//! Which chart a values file is for: the official chart at one of its
//! modeled versions, or another Airflow chart modeled as a dialect.

use std::fmt;

use crate::official::ChartVersion;

/// The chart [`check`](super::check) reads values for.
///
/// ```
/// use airflow_values::check::Chart;
/// use airflow_values::official::ChartVersion;
///
/// let chart = Chart::from(ChartVersion::V1_22_0);
/// assert_eq!(chart.to_string(), "apache-airflow 1.22.0");
/// assert_eq!(chart.official_version(), Some(ChartVersion::V1_22_0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Chart {
    /// The official apache-airflow chart, at a modeled version.
    Official(ChartVersion),
    /// The Bitnami airflow chart ([`crate::bitnami`]).
    #[cfg(feature = "bitnami")]
    #[cfg_attr(docsrs, doc(cfg(feature = "bitnami")))]
    Bitnami,
    /// The airflow-helm community chart ([`crate::community`]).
    #[cfg(feature = "community")]
    #[cfg_attr(docsrs, doc(cfg(feature = "community")))]
    Community,
}

impl Chart {
    /// The chart's name as `--chart` spells it: `apache-airflow`,
    /// `bitnami-airflow` or `airflow-helm`.
    pub fn name(self) -> &'static str {
        self.facts().name
    }

    /// The chart version the model describes (`1.22.0`, `25.0.4`, `8.9.0`).
    pub fn version(self) -> &'static str {
        (self.facts().version)(self)
    }

    /// The official chart's version, or `None` for another chart.
    pub fn official_version(self) -> Option<ChartVersion> {
        match self {
            Chart::Official(version) => Some(version),
            #[cfg(any(feature = "bitnami", feature = "community"))]
            _ => None,
        }
    }

    /// The compiled schema the structural check walks for this chart.
    pub(crate) fn schema_root(self) -> crate::schemas::SchemaRoot<'static> {
        (self.facts().compiled)(self).root()
    }

    /// The JSON Schema the structural check walks for this chart.
    pub fn json_schema(self) -> &'static schemars::Schema {
        (self.facts().compiled)(self).whole()
    }

    /// What the checker needs to know of this chart: the one place that
    /// tells the charts apart. A chart added to [`Chart`] brings its model,
    /// its rules and one [`Facts`] table here.
    pub(crate) fn facts(self) -> &'static Facts {
        match self {
            Chart::Official(_) => &OFFICIAL,
            #[cfg(feature = "bitnami")]
            Chart::Bitnami => &BITNAMI,
            #[cfg(feature = "community")]
            Chart::Community => &COMMUNITY,
        }
    }
}

/// One chart's facts for the checker (see [`Chart::facts`]).
pub(crate) struct Facts {
    /// The name `--chart` spells.
    pub(crate) name: &'static str,
    /// The modeled version: the official chart's from [`ChartVersion`],
    /// another chart's the one version it is modeled at.
    pub(crate) version: fn(Chart) -> &'static str,
    /// The compiled schema of the chart (at its version).
    pub(crate) compiled: fn(Chart) -> &'static crate::schemas::Compiled,
    /// The keys the chart renders as templates, which take a string too.
    pub(crate) template_rendered: &'static [&'static str],
    /// The keys that hold a list of a Kubernetes type as YAML text, which
    /// the templates pass through `tpl`, with the type's definition.
    pub(crate) template_lists: &'static [(&'static str, &'static str)],
    /// The checks the chart's templates make (`fail`, `required`).
    pub(crate) template_checks: &'static crate::rules::template::TemplateChecks,
    /// The findings of the chart's typed rules on the merged values, read
    /// into the chart's model.
    pub(crate) typed_findings: fn(
        Chart,
        &serde_json::Value,
        super::Profile,
    ) -> Result<Vec<super::Diagnostic>, crate::yaml::TreeError>,
}

static OFFICIAL: Facts = Facts {
    name: "apache-airflow",
    version: |chart| chart.official_version().map_or("", ChartVersion::as_str),
    compiled: |chart| match chart {
        Chart::Official(version) => crate::official::compiled_schema(version),
        #[cfg(any(feature = "bitnami", feature = "community"))]
        _ => crate::official::compiled_schema(ChartVersion::LATEST),
    },
    template_rendered: &[],
    template_lists: crate::official::TPL_LISTS,
    template_checks: &crate::rules::chart_checks::OFFICIAL,
    typed_findings: |chart, tree, profile| {
        let mut values = crate::official::Values::from_checked_tree(tree)?;
        if let Some(version) = chart.official_version() {
            values.chart_version = version;
        }
        // The structural walk already found the keys of other chart
        // versions (AV0103) and the passed-through ones (AV0106).
        let skip = [
            super::rules::version::AV0103.code,
            super::rules::passthrough::AV0106.code,
        ];
        Ok(
            crate::rules::run_except(super::rules::RULES, &values, profile, &skip)
                .diagnostics()
                .to_vec(),
        )
    },
};

#[cfg(feature = "bitnami")]
static BITNAMI: Facts = Facts {
    name: crate::bitnami::CHART_NAME,
    version: |_| crate::bitnami::CHART_VERSION,
    compiled: |_| crate::schemas::bitnami(),
    template_rendered: crate::bitnami::tpl_keys::TPL_RENDERED,
    template_lists: &[],
    template_checks: &crate::bitnami::TEMPLATE_CHECKS,
    typed_findings: |_, tree, profile| {
        let values = crate::bitnami::Values::from_checked_tree(tree)?;
        Ok(crate::bitnami::rules::run(&values, profile, &[])
            .diagnostics()
            .to_vec())
    },
};

#[cfg(feature = "community")]
static COMMUNITY: Facts = Facts {
    name: crate::community::CHART_NAME,
    version: |_| crate::community::CHART_VERSION,
    compiled: |_| crate::schemas::community(),
    template_rendered: &[],
    template_lists: &[],
    template_checks: &crate::community::TEMPLATE_CHECKS,
    typed_findings: |_, tree, profile| {
        let values = crate::community::Values::from_checked_tree(tree)?;
        Ok(values.validate_rules(profile).diagnostics().to_vec())
    },
};

impl From<ChartVersion> for Chart {
    fn from(version: ChartVersion) -> Self {
        Chart::Official(version)
    }
}

impl fmt::Display for Chart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.name(), self.version())
    }
}
