//! The list of the official chart's rules, and the two that walk the schema
//! with the structural check (AV0103, AV0106). The other rules are in
//! `official::rules`, with the official chart's model.

pub(crate) mod passthrough;
pub(crate) mod version;

use crate::findings::{Profile, Report};
use crate::official::Values;
use crate::rules::Rule;
use crate::rules::{self, run_except};

/// Every rule, sorted by code.
pub static RULES: &[Rule<Values>] = &[
    version::AV0103,
    version::AV0104,
    passthrough::AV0106,
    rules::deprecated::AV0107,
    rules::images::AV0201,
    rules::images::AV0202,
    rules::images::AV0203,
    rules::images::AV0204,
    rules::database::AV0301,
    rules::database::AV0302,
    rules::database::AV0303,
    rules::database::AV0304,
    rules::database::AV0305,
    rules::database::AV0306,
    rules::database::AV0307,
    rules::secrets::AV0401,
    rules::secrets::AV0402,
    rules::secrets::AV0403,
    rules::secrets::AV0404,
    rules::secrets::AV0405,
    rules::secrets::AV0406,
    rules::dags::AV0501,
    rules::dags::AV0502,
    rules::dags::AV0503,
    rules::logs::AV0601,
    rules::airflow_config::AV1301,
    rules::airflow_config::AV1302,
    rules::airflow_config::AV1303,
    rules::airflow_config::AV1304,
    rules::airflow_config::AV1305,
    rules::airflow_config::AV1306,
    rules::airflow_config::AV1307,
    rules::airflow_config::AV1308,
    rules::airflow_config::AV1309,
];

/// Runs every rule of `profile` on `values`.
pub(crate) fn run(values: &Values, profile: Profile) -> Report {
    run_except(RULES, values, profile, &[])
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_unique_sorted_and_documented() {
        crate::rules::tests::assert_documented(super::RULES);
    }
}
