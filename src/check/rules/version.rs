//! AV01: keys and values that the target chart version does not have.

use super::{Findings, Rule};
use crate::check::{Code, Profile, Severity};
use crate::official::{ChartVersion, Values};
use crate::types::executor::Executor;

pub(crate) const AV0103: Rule = Rule {
    code: Code::new("AV0103"),
    name: "key-not-in-chart-version",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0103.md"),
    check: key_not_in_chart_version,
};

pub(crate) const AV0104: Rule = Rule {
    code: Code::new("AV0104"),
    name: "executor-not-in-chart-version",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0104.md"),
    check: executor_not_in_chart_version,
};

/// Where a key came from: the first chart release that has it, when known,
/// and the modeled versions that have it.
struct KeyHistory {
    path: &'static str,
    since: Option<&'static str>,
    versions: &'static [ChartVersion],
}

const ONLY_1_22: &[ChartVersion] = &[ChartVersion::V1_22_0];

fn version_specific_keys(values: &Values) -> Vec<KeyHistory> {
    let mut set = Vec::new();
    let mut note = |present: bool, path, since| {
        if present {
            set.push(KeyHistory {
                path,
                since,
                versions: ONLY_1_22,
            });
        }
    };
    note(values.api_server.is_some(), "apiServer", Some("1.16.0"));
    note(
        values
            .ingress
            .as_ref()
            .is_some_and(|i| i.api_server.is_some()),
        "ingress.apiServer",
        Some("1.16.0"),
    );
    note(values.api_secret_key.is_some(), "apiSecretKey", None);
    note(
        values.api_secret_key_secret_name.is_some(),
        "apiSecretKeySecretName",
        None,
    );
    note(values.jwt_secret.is_some(), "jwtSecret", None);
    note(values.jwt_secret_name.is_some(), "jwtSecretName", None);
    note(
        values
            .create_user_job
            .as_ref()
            .is_some_and(|j| j.default_user.is_some()),
        "createUserJob.defaultUser",
        None,
    );
    set
}

fn key_not_in_chart_version(values: &Values, out: &mut Findings) {
    let target = values.chart_version;
    for key in version_specific_keys(values) {
        if key.versions.contains(&target) {
            continue;
        }
        let have = key
            .versions
            .iter()
            .map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let message = match key.since {
            Some(since) => format!(
                "`{}` is not a key of chart {target}; it exists from chart {since} on",
                key.path
            ),
            None => format!(
                "`{}` is not a key of chart {target}; of the modeled versions, {have} has it",
                key.path
            ),
        };
        out.report(
            key.path,
            message,
            format!("remove it, or target chart {have}"),
        );
    }
}

/// Executors that chart 1.15.0's schema lists besides the five built-in ones.
const V1_15_CUSTOM_EXECUTORS: &[&str] = &[
    "airflow.providers.amazon.aws.executors.batch.AwsBatchExecutor",
    "airflow.providers.amazon.aws.executors.ecs.AwsEcsExecutor",
];

fn executor_not_in_chart_version(values: &Values, out: &mut Findings) {
    let Some(executors) = &values.executor else {
        return;
    };
    let target = values.chart_version;
    if executors.is_multiple() && !target.supports_multiple_executors() {
        out.report(
            "executor",
            format!("chart {target} takes one executor, not the list `{executors}`"),
            "choose one executor, or target chart 1.22.0 for several",
        );
        return;
    }
    if target == ChartVersion::V1_15_0 {
        for executor in executors.iter() {
            if let Executor::Custom(path) = executor {
                let name = path.to_string();
                if !V1_15_CUSTOM_EXECUTORS.contains(&name.as_str()) {
                    out.report(
                        "executor",
                        format!("chart {target} does not accept the executor `{name}`"),
                        "use one of the built-in executors, or target chart 1.22.0",
                    );
                }
            }
        }
    }
}
