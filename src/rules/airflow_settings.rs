//! Airflow's own settings inside a chart's values (`config:`,
//! `AIRFLOW__…` environment variables), judged against the Airflow version
//! the values deploy. Chart-independent: each chart lists its settings as
//! [`Setting`]s and the options it sets itself as [`Managed`]; the AV13
//! rules turn them into findings.

use crate::findings::Edit;
use serde_json::Value;

use crate::airflow_config::{AirflowConfig, EnvSetting, EnvVariant, OptionStatus, OptionType};
#[cfg(any(feature = "bitnami", feature = "community"))]
use crate::findings::Profile;
use crate::findings::suggest::closest;
use crate::findings::{Code, Diagnostic, Findings, Severity};
use crate::official::AirflowVersion;
use crate::yaml::{KeyPath, Segment};

/// Where a setting is written, which decides which value Airflow uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// A line of `airflow.cfg` (the official chart's `config:`).
    File,
    /// An environment variable, which Airflow prefers to `airflow.cfg`.
    Env(EnvVariant),
}

/// One Airflow option set in the values.
#[derive(Debug, Clone)]
pub(crate) struct Setting {
    /// The key path findings point at.
    pub(crate) path: KeyPath,
    /// The key path of the value, for findings about the value.
    pub(crate) value_path: KeyPath,
    /// For `config:`-style settings, the key holding the sections
    /// (`config`, `configuration`); empty for variables.
    pub(crate) prefix: String,
    /// How messages name it: ``[core] executor`` for `config:`, or
    /// ``AIRFLOW__CORE__EXECUTOR` (`[core] executor`)`` for a variable.
    pub(crate) written: String,
    pub(crate) section: String,
    pub(crate) option: String,
    pub(crate) origin: Origin,
    /// The value when the values hold it (not one read from a Secret).
    pub(crate) value: Option<Value>,
    /// The variable's name, for a setting made by an environment variable.
    pub(crate) env_name: Option<String>,
    /// Whether the setting is written inside a string value (an `extraEnv`
    /// text the chart renders), where no edit of a key reaches it.
    pub(crate) in_text: bool,
}

impl Setting {
    /// A `config:`-style setting: section and option as keys under `prefix`.
    pub(crate) fn file(prefix: &str, section: &str, option: &str, value: &Value) -> Setting {
        let path = KeyPath::from_keys([prefix, section, option]);
        Setting {
            prefix: prefix.to_owned(),
            written: format!("`[{section}] {option}`"),
            value_path: path.clone(),
            path,
            section: section.to_ascii_lowercase(),
            option: option.to_ascii_lowercase(),
            origin: Origin::File,
            value: Some(value.clone()),
            env_name: None,
            in_text: false,
        }
    }

    /// An environment variable; `None` unless it is `AIRFLOW__S__O…`.
    pub(crate) fn env(
        (path, value_path): (KeyPath, KeyPath),
        name: &str,
        value: Option<&Value>,
    ) -> Option<Setting> {
        let parsed = EnvSetting::parse(name)?;
        Some(Setting {
            path,
            value_path,
            prefix: String::new(),
            written: format!("`{name}` (`[{}] {}`)", parsed.section, parsed.option),
            section: parsed.section,
            option: parsed.option,
            origin: Origin::Env(parsed.variant),
            value: value.cloned(),
            env_name: Some(name.to_owned()),
            in_text: false,
        })
    }

    /// The text Airflow gets for a value written in the values, as Helm
    /// renders it; `None` for a Helm template, which is rendered first.
    fn text(&self) -> Option<String> {
        let text = match self.value.as_ref()? {
            Value::String(s) if s.contains("{{") => return None,
            Value::String(s) => s.clone(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => helm_number(n),
            _ => return None,
        };
        Some(text)
    }
}

/// A number as Helm's templates print it: Helm reads YAML numbers as
/// float64, and Go prints those of a million or more in exponent form.
fn helm_number(n: &serde_json::Number) -> String {
    let Some(x) = n.as_f64() else {
        return n.to_string();
    };
    if x.abs() >= 1e6 || x != 0.0 && x.abs() < 1e-4 {
        let digits = format!("{x:e}");
        let (mantissa, exp) = digits.split_once('e').unwrap_or((&digits, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.abs())
    } else {
        n.to_string()
    }
}

/// The Airflow version an image tag names, when it names one: a custom
/// image's own version (`0.1.1`, `8.8.8`) is no Airflow release, while
/// Airflow 1 tags are (and the AV13 version rules skip them).
pub(crate) fn airflow_release(tag: &str) -> Option<AirflowVersion> {
    AirflowVersion::from_image_tag(tag).filter(|v| (1..=3).contains(&v.major()))
}

/// Which Airflow version a file targets, and how that was decided.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    version: AirflowVersion,
    /// `from airflowVersion`, `from images.airflow.tag`, `the default of chart 1.22.0`…
    from: String,
}

impl Target {
    pub(crate) fn new(version: AirflowVersion, from: impl Into<String>) -> Target {
        Target {
            version,
            from: from.into(),
        }
    }

    /// The configuration of the version.
    fn config(&self) -> AirflowConfig {
        AirflowConfig::for_version(self.version)
    }

    /// `Airflow 3.2.2 (from airflowVersion)`, with the covered version
    /// answered for when it differs.
    fn describe(&self) -> String {
        let requested = self.version;
        let basis = self.config().basis();
        if requested == basis {
            format!("Airflow {requested} ({})", self.from)
        } else {
            format!(
                "Airflow {requested} ({}; checked against {basis}'s options)",
                self.from
            )
        }
    }
}

/// An option the chart sets itself, from one of its own keys.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Managed {
    pub(crate) section: &'static str,
    pub(crate) option: &'static str,
    /// The chart key to use instead.
    pub(crate) chart_key: &'static str,
    /// Whether the chart writes it as an environment variable (which then
    /// wins over `airflow.cfg`), rather than into `airflow.cfg`.
    pub(crate) as_env: bool,
}

/// What the Airflow configuration rules need to know of a dialect's chart,
/// as data.
#[cfg(any(feature = "bitnami", feature = "community"))]
pub(crate) struct DialectFacts {
    /// The chart version modeled.
    pub(crate) chart_version: &'static str,
    /// The Airflow version of the chart's default image.
    pub(crate) default_airflow: AirflowVersion,
    /// The key path of the Airflow image's tag.
    pub(crate) image_tag: &'static str,
    /// The key of each component's list of environment variables.
    pub(crate) env_list: &'static str,
    /// The components whose list reaches Airflow containers.
    pub(crate) components: &'static [&'static str],
    /// The options the chart sets itself: section, option, the chart key to
    /// use instead.
    pub(crate) managed: &'static [(&'static str, &'static str, &'static str)],
    /// Where the values hold Python that Airflow runs (JSON pointers), whose
    /// text may read variables Airflow's configuration does not know.
    pub(crate) user_code: &'static [&'static str],
}

impl Settings {
    /// The settings of a chart dialect: `items` (what only the dialect
    /// knows how to find, such as its configuration sections) and the
    /// variables of every component's list of environment variables; the
    /// target from its image tag or its default image; the options the
    /// chart sets itself, each with the chart key to use instead. Which of
    /// two values wins there depends on the dialect's templates (`env` before
    /// `envFrom`, lists appended), so the findings only say that the two can
    /// disagree.
    #[cfg(any(feature = "bitnami", feature = "community"))]
    pub(crate) fn of_dialect(
        tree: &Value,
        mut items: Vec<Setting>,
        chart: &DialectFacts,
    ) -> Settings {
        for component in chart.components {
            if let Some(node) = tree.get(component) {
                let path = KeyPath::from_keys([*component, chart.env_list]);
                crate::rules::airflow_config::env_list(node, &path, &mut items);
            }
        }
        let pointer = format!("/{}", chart.image_tag.replace('.', "/"));
        let (tag_key, tag) = (
            chart.image_tag,
            tree.pointer(&pointer).and_then(Value::as_str),
        );
        let (chart_version, default) = (chart.chart_version, chart.default_airflow);
        let managed = chart.managed;
        let target = match tag.and_then(airflow_release) {
            Some(version) => Target::new(version, format!("from {tag_key}")),
            None => Target::new(
                default,
                format!("the default image of chart {chart_version}"),
            ),
        };
        let managed = managed
            .iter()
            .map(|&(section, option, chart_key)| Managed {
                section,
                option,
                chart_key,
                as_env: false,
            })
            .collect();
        Settings {
            items,
            target,
            managed,
            user_code: user_code(tree, chart.user_code),
        }
    }
}

/// Everything a chart's values say about Airflow's settings.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub(crate) items: Vec<Setting>,
    pub(crate) target: Target,
    pub(crate) managed: Vec<Managed>,
    /// The Python the values hand to Airflow (`webserver_config.py`,
    /// `airflow_local_settings.py`): a variable it names is read there,
    /// whether or not Airflow's configuration knows it.
    pub(crate) user_code: Vec<String>,
}

pub(crate) const AV1301: (Code, &str, Severity) = (
    Code::new("AV1301"),
    "airflow-option-unknown",
    Severity::Warning,
);
pub(crate) const AV1302: (Code, &str, Severity) = (
    Code::new("AV1302"),
    "airflow-section-unknown",
    Severity::Warning,
);
pub(crate) const AV1303: (Code, &str, Severity) = (
    Code::new("AV1303"),
    "airflow-option-removed",
    Severity::Error,
);
pub(crate) const AV1304: (Code, &str, Severity) = (
    Code::new("AV1304"),
    "airflow-option-deprecated",
    Severity::Warning,
);
pub(crate) const AV1305: (Code, &str, Severity) = (
    Code::new("AV1305"),
    "airflow-option-too-new",
    Severity::Error,
);
pub(crate) const AV1306: (Code, &str, Severity) = (
    Code::new("AV1306"),
    "airflow-option-wrong-type",
    Severity::Error,
);
pub(crate) const AV1307: (Code, &str, Severity) = (
    Code::new("AV1307"),
    "airflow-option-set-twice",
    Severity::Warning,
);
pub(crate) const AV1308: (Code, &str, Severity) = (
    Code::new("AV1308"),
    "airflow-option-set-by-chart",
    Severity::Warning,
);
pub(crate) const AV1309: (Code, &str, Severity) = (
    Code::new("AV1309"),
    "airflow-secret-in-plain-text",
    Severity::Error,
);

/// Every AV13 code with its profile, for the charts that are not driven by
/// the official rule table.
#[cfg(any(feature = "bitnami", feature = "community"))]
const CODES: &[((Code, &str, Severity), Profile)] = &[
    (AV1301, Profile::Default),
    (AV1302, Profile::Default),
    (AV1303, Profile::Default),
    (AV1304, Profile::Default),
    (AV1305, Profile::Default),
    (AV1306, Profile::Default),
    (AV1307, Profile::Default),
    (AV1308, Profile::Default),
    (AV1309, Profile::Production),
];

/// The findings of every AV13 code of `profile`, as diagnostics.
#[cfg(any(feature = "bitnami", feature = "community"))]
fn diagnostics(settings: &Settings, profile: Profile) -> Vec<Diagnostic> {
    if settings.items.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &(rule, least) in CODES {
        if least > profile {
            continue;
        }
        let mut findings = Findings::default();
        report(settings, rule.0, &mut findings);
        out.extend(findings.into_diagnostics(rule));
    }
    out
}

/// `report` with the AV13 findings of `profile` added, for the chart
/// dialects, whose rule tables hold their own codes only.
#[cfg(any(feature = "bitnami", feature = "community"))]
pub(crate) fn with_findings(
    report: crate::findings::Report,
    settings: &Settings,
    profile: Profile,
) -> crate::findings::Report {
    let mut all = report.diagnostics().to_vec();
    all.extend(diagnostics(settings, profile));
    crate::findings::Report::new(all)
}

/// The findings of one AV13 code.
pub(crate) fn report(settings: &Settings, code: Code, out: &mut Findings) {
    if settings.items.is_empty() {
        return;
    }
    if code == AV1307.0 {
        return set_twice(settings, out);
    }
    for setting in &settings.items {
        if code == AV1309.0 {
            plain_text_secret(setting, out);
        } else if code == AV1308.0 {
            set_by_chart(settings, setting, out);
        } else {
            by_status(settings, setting, code, out);
        }
    }
}

/// AV1301–AV1306: what the target version makes of the option.
fn by_status(settings: &Settings, setting: &Setting, code: Code, out: &mut Findings) {
    let target = &settings.target;
    // Airflow 1 read another configuration, which the table does not cover.
    if target.version.major() < 2 {
        return;
    }
    let airflow = target.config();
    let at = target.describe();
    let (section, option) = (setting.section.as_str(), setting.option.as_str());
    let written = &setting.written;
    let status = airflow.lookup(section, option);
    match status {
        OptionStatus::Current(o) | OptionStatus::Deprecated { option: o, .. } => {
            if let OptionStatus::Deprecated { since, .. } = status
                && code == AV1304.0
            {
                out.report(
                    setting.path.clone(),
                    format!("{written} is deprecated since Airflow {since}; {at} still reads it"),
                    "check the option's entry in Airflow's configuration reference for what replaces it, and move before upgrading",
                );
            }
            if code == AV1306.0 {
                wrong_type(setting, &o, out);
            }
        }
        OptionStatus::Renamed {
            to,
            since,
            still_read,
        } => {
            let new = rewrite(setting, to.section, to.option);
            // A `config:` option moves to its new section and name; a variable's name is
            // a value in a list, left to a person.
            let fix = match setting.origin {
                Origin::File => vec![Edit::move_to(setting.path.to_string(), new.clone())],
                // Not when the new name is set too: that would set it twice.
                Origin::Env(_)
                    if settings
                        .items
                        .iter()
                        .any(|s| s.env_name.as_deref() == Some(new.as_str())) =>
                {
                    Vec::new()
                }
                Origin::Env(_) => env_rename(setting, &new),
            };
            if still_read && code == AV1304.0 {
                out.report_with_fix(
                    setting.path.clone(),
                    format!("{written} was renamed to `{to}` in Airflow {since}; {at} still reads the old name, with a deprecation warning"),
                    format!("write `{new}` instead"),
                    fix,
                );
            } else if !still_read && code == AV1303.0 {
                out.report_with_fix(
                    setting.path.clone(),
                    format!("{written} was renamed to `{to}` in Airflow {since}; {at} ignores the old name"),
                    format!("write `{new}` instead"),
                    fix,
                );
            }
        }
        OptionStatus::Removed { last, only_when } => {
            if code != AV1303.0 {
                return;
            }
            if let Some(only) = only_when
                && setting.text().as_deref() != Some(only)
            {
                return;
            }
            let last = last.map_or(String::new(), |v| {
                format!(" (Airflow {v} was the last covered release with it)")
            });
            out.report(
                setting.path.clone(),
                format!("{written} no longer exists in {at}{last}; Airflow ignores it"),
                "remove it; if you relied on it, look up its replacement in Airflow's release notes",
            );
        }
        OptionStatus::NotYet {
            first, older_name, ..
        } => {
            if code != AV1305.0 {
                return;
            }
            let help = match older_name {
                Some(old) => format!(
                    "{at} reads it as `{old}`: write `{}`, or target Airflow {first} or later",
                    rewrite(setting, old.section, old.option)
                ),
                None => format!("target Airflow {first} or later, or remove it"),
            };
            out.report(
                setting.path.clone(),
                format!("{written} first appears in Airflow {first}; {at} ignores it"),
                help,
            );
        }
        OptionStatus::Unknown if read_by_user_code(settings, setting) => {}
        OptionStatus::Unknown => unknown(setting, &airflow, &at, code, out),
    }
}

/// Guidance for `config.AIRFLOW__CORE__X: value`, which the structural
/// check reports as a value where `config:` wants a section: the key is an
/// option written the environment's way.
pub(crate) fn option_as_section(path: &KeyPath, diagnostic: &mut Diagnostic) {
    let [Segment::Key(config), Segment::Key(key)] = path.0.as_slice() else {
        return;
    };
    if config != "config" || diagnostic.code.as_str() != "AV0102" {
        return;
    }
    let Some(env) = EnvSetting::parse(key) else {
        return;
    };
    let known = AirflowConfig::all_options()
        .any(|o| o.name().section == env.section && o.name().option == env.option);
    if known {
        diagnostic.help = Some(format!(
            "`config:` takes sections of options, not variable names: write `config.{}.{}`, or put `{key}` in `env`",
            env.section, env.option
        ));
    }
}

/// The setting written under another section and option, the way it was written.
fn rewrite(setting: &Setting, section: &str, option: &str) -> String {
    match setting.origin {
        Origin::File => KeyPath::from_keys([setting.prefix.as_str(), section, option]).to_string(),
        Origin::Env(variant) => format!(
            "AIRFLOW__{}__{}{}",
            section.to_ascii_uppercase().replace('.', "_"),
            option.to_ascii_uppercase(),
            variant.suffix()
        ),
    }
}

/// The edit that gives a variable its new name: the `name` (or `envName`)
/// of its list item, or its key in a mapping of variables. None for one
/// written inside a string.
fn env_rename(setting: &Setting, new: &str) -> Vec<Edit> {
    let Some(old) = setting.env_name.as_deref() else {
        return Vec::new();
    };
    if setting.in_text {
        return Vec::new();
    }
    let path = &setting.path;
    match path.segments() {
        [.., Segment::Index(_), Segment::Key(key)] if key == "name" || key == "envName" => {
            vec![Edit::set_value(path.to_string(), new)]
        }
        [.., Segment::Key(key)] if key == old => vec![Edit::rename(path.to_string(), new)],
        _ => Vec::new(),
    }
}

/// The texts at `pointers` of the values tree: the Python files a chart
/// hands to Airflow, for [`Settings::user_code`].
pub(crate) fn user_code(tree: &Value, pointers: &[&str]) -> Vec<String> {
    pointers
        .iter()
        .filter_map(|pointer| tree.pointer(pointer).and_then(Value::as_str))
        .map(str::to_owned)
        .collect()
}

/// Whether the Python of the values names the variable: an
/// `AIRFLOW__GOOGLE__CLIENT_ID` that the file's own `webserver_config.py`
/// reads with `os.environ` is the user's setting, not a mistyped option.
fn read_by_user_code(settings: &Settings, setting: &Setting) -> bool {
    setting.env_name.as_ref().is_some_and(|name| {
        settings
            .user_code
            .iter()
            .any(|code| code.contains(name.as_str()))
    })
}

/// AV1301/AV1302: names no covered Airflow version has.
fn unknown(setting: &Setting, airflow: &AirflowConfig, at: &str, code: Code, out: &mut Findings) {
    let (section, option) = (setting.section.as_str(), setting.option.as_str());
    let written = &setting.written;
    if AirflowConfig::takes_any_option(section) {
        return;
    }
    let sections: Vec<&str> = {
        let mut s: Vec<&str> = AirflowConfig::all_options()
            .map(|o| o.name().section)
            .collect();
        s.dedup();
        s
    };
    if let Some((new, since)) = AirflowConfig::section_renamed(section) {
        // The old name of a section, with an option the new one lacks too
        // (those it has are renamed options, reported elsewhere).
        if code == AV1303.0 {
            out.report(
                setting.path.clone(),
                format!("{written}: `[{section}]` became `[{new}]` in Airflow {since}, and neither has an option `{option}` in {at}; Airflow ignores it"),
                "remove it; it belongs to an older Airflow",
            );
        }
        return;
    }
    if !sections.contains(&section) {
        if code != AV1302.0 {
            return;
        }
        // An option written where a section goes: `config.AIRFLOW__CORE__X`.
        if let Some((s, o)) = AirflowConfig::split_env_key(section)
            && !matches!(airflow.lookup(&s, &o), OptionStatus::Unknown)
        {
            out.report(
                setting.path.clone(),
                format!("`{section}` is an option written as a section: `config:` takes `section: {{option: value}}`, so Airflow never sees `{s}.{o}`"),
                format!("write it as `config.{s}.{o}`"),
            );
            return;
        }
        let help = match near(section, sections.iter().copied()) {
            Some(s) => format!("did you mean section `{s}`? Airflow ignores sections it does not read; keep it only if a plugin of yours reads it"),
            None => "Airflow ignores sections it does not read; keep it only if a plugin of yours reads it".to_owned(),
        };
        out.report(
            setting.path.clone(),
            format!(
                "{written}: `{section}` is not a section of {at} or of any covered Airflow version"
            ),
            help,
        );
        return;
    }
    if code != AV1301.0 {
        return;
    }
    let in_section: Vec<&str> = airflow
        .options()
        .filter(|o| o.name().section == section)
        .map(|o| o.name().option)
        .collect();
    let help = if let Some(o) = near(option, in_section.iter().copied()) {
        format!("did you mean `{}`?", rewrite(setting, section, o))
    } else if let Some((s, o)) = elsewhere(airflow, option) {
        format!(
            "{at} reads it as `[{s}] {o}`: write `{}`",
            rewrite(setting, s, o)
        )
    } else {
        format!(
            "check the spelling against the `[{section}]` options of Airflow's configuration reference"
        )
    };
    out.report(
        setting.path.clone(),
        format!("{written}: `[{section}]` has no option `{option}` in {at} or in any covered Airflow version; Airflow ignores it"),
        help,
    );
}

/// The closest candidate, when it is a likely typo (a few edits away)
/// rather than another word that merely looks alike.
fn near<'a>(key: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    closest(key, candidates)
        .filter(|c| strsim::damerau_levenshtein(&key.to_ascii_lowercase(), c) <= 3)
}

/// Where an option of that name lives in the target version: its own
/// section there, or where an older section's option of that name moved.
fn elsewhere(airflow: &AirflowConfig, option: &str) -> Option<(&'static str, &'static str)> {
    if let Some(o) = airflow.options().find(|o| o.name().option == option) {
        return Some((o.name().section, o.name().option));
    }
    AirflowConfig::all_options()
        .filter(|o| o.name().option == option)
        .find_map(|o| match airflow.lookup(o.name().section, option) {
            OptionStatus::Renamed { to, .. } => Some((to.section, to.option)),
            OptionStatus::Current(_) | OptionStatus::Deprecated { .. } => {
                Some((o.name().section, o.name().option))
            }
            _ => None,
        })
}

/// AV1306: a value the option's type refuses.
fn wrong_type(setting: &Setting, option: &crate::airflow_config::ConfigOption, out: &mut Findings) {
    if option.is_sensitive()
        || !matches!(
            setting.origin,
            Origin::File | Origin::Env(EnvVariant::Value)
        )
    {
        return;
    }
    let Some(text) = setting.text() else {
        return;
    };
    let kind = option.option_type();
    let written = &setting.written;
    if !kind.accepts(&text) {
        let exponent = matches!(setting.value, Some(Value::Number(_))) && text.contains('e');
        let (message, help) = if exponent {
            (
                format!(
                    "{written} is read as {kind}, but Helm writes the number as `{text}`, which Airflow cannot read as one"
                ),
                format!(
                    "quote the number: `\"{}\"`",
                    setting
                        .value
                        .as_ref()
                        .map(Value::to_string)
                        .unwrap_or_default()
                ),
            )
        } else {
            let expected = match kind {
                OptionType::Boolean => "`True` or `False`",
                OptionType::Integer => "a whole number",
                OptionType::Float => "a number",
                OptionType::String => "text",
            };
            (
                format!(
                    "{written} is read as {kind}, and `{text}` is not one; Airflow fails when it reads it"
                ),
                format!("write {expected}"),
            )
        };
        out.report(setting.value_path.clone(), message, help);
        return;
    }
    if let Some(choices) = option.choices()
        && !text.is_empty()
        && !choices.iter().any(|c| c.eq_ignore_ascii_case(text.trim()))
    {
        out.report(
            setting.value_path.clone(),
            format!(
                "{written} takes one of {}, not `{text}`",
                choices.join(", ")
            ),
            format!("write one of {}", choices.join(", ")),
        );
    }
}

/// AV1307: the same option in `airflow.cfg` and in the environment, or twice in the environment.
fn set_twice(settings: &Settings, out: &mut Findings) {
    for (i, setting) in settings.items.iter().enumerate() {
        let Origin::File = setting.origin else {
            continue;
        };
        let env = settings.items[i + 1..]
            .iter()
            .chain(&settings.items[..i])
            .find(|other| {
                matches!(other.origin, Origin::Env(_))
                    && other.section == setting.section
                    && other.option == setting.option
            });
        if let Some(env) = env {
            out.report(
                setting.path.clone(),
                format!(
                    "{} is set here and by the environment variable {} at `{}`; Airflow uses the environment variable",
                    setting.written, env.written, env.path
                ),
                "set it in one place: remove this entry, or the environment variable",
            );
        }
    }
}

/// AV1308: an option the chart already sets from one of its keys.
fn set_by_chart(settings: &Settings, setting: &Setting, out: &mut Findings) {
    let Some(managed) = settings
        .managed
        .iter()
        .find(|m| m.section == setting.section && m.option == setting.option)
    else {
        return;
    };
    let how = match (managed.as_env, setting.origin) {
        (true, Origin::File) => {
            "the chart sets it as an environment variable, which Airflow prefers to `airflow.cfg`, so this value is ignored"
        }
        (true, Origin::Env(_)) => {
            "the chart sets the option's variable itself, after yours, and that one is what Airflow uses"
        }
        (false, _) => "the chart writes it from its own key, and the two can disagree",
    };
    out.report(
        setting.path.clone(),
        format!(
            "{} is set by the chart from {}: {how}",
            setting.written, managed.chart_key
        ),
        format!("set {} instead", managed.chart_key),
    );
}

/// AV1309: a secret written into the values.
fn plain_text_secret(setting: &Setting, out: &mut Findings) {
    if !matches!(
        setting.origin,
        Origin::File | Origin::Env(EnvVariant::Value)
    ) {
        return;
    }
    let Some(text) = setting.text().filter(|t| !t.trim().is_empty()) else {
        return;
    };
    let sensitive = AirflowConfig::all_options().any(|o| {
        o.is_sensitive() && o.name().section == setting.section && o.name().option == setting.option
    });
    let what = if password_in_url(&text) {
        "a URL with a password"
    } else if sensitive && !text.contains("://") {
        "a secret"
    } else {
        return;
    };
    out.report(
        setting.value_path.clone(),
        format!("{} holds {what} in plain text in the values", setting.written),
        "keep it in a Kubernetes Secret and pass it with `secret:` or an env entry with `valueFrom.secretKeyRef`, or the `_CMD`/`_SECRET` variant",
    );
}

/// Whether text holds `scheme://user:password@…` with a non-empty password.
pub(crate) fn password_in_url(text: &str) -> bool {
    text.split("://").skip(1).any(|rest| {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        authority
            .rsplit_once('@')
            .and_then(|(userinfo, _)| userinfo.split_once(':'))
            .is_some_and(|(_, password)| !password.is_empty() && !password.contains("{{"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_helm_prints_them() {
        let n = |x: serde_json::Value| match x {
            Value::Number(n) => helm_number(&n),
            _ => unreachable!(),
        };
        assert_eq!(n(serde_json::json!(30)), "30");
        assert_eq!(n(serde_json::json!(999999)), "999999");
        assert_eq!(n(serde_json::json!(1000000)), "1e+06");
        assert_eq!(n(serde_json::json!(1234567)), "1.234567e+06");
        assert_eq!(n(serde_json::json!(0.5)), "0.5");
    }

    #[test]
    fn passwords_in_urls() {
        assert!(password_in_url("postgresql://u:p@db/airflow"));
        assert!(!password_in_url("postgresql://u@db/airflow"));
        assert!(!password_in_url("redis://:@redis:6379/0"));
        assert!(!password_in_url("https://example.com/a:b@c"));
    }
}
