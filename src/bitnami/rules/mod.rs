//! The Bitnami chart's rules (`AV11xx`), in code order.

pub(crate) mod airflow_config;
mod legacy;
mod passwords;
mod repositories;
pub(crate) mod template;

pub(crate) use repositories::redact_credentials;

use super::Values;
use crate::findings::{Code, Profile, Report, Rule};

/// Every rule of the Bitnami dialect, sorted by code.
///
/// Run them with [`Values::validate`]: AV1101 (a warning) and AV1102 (an
/// error) report the same keys, and it runs only one of them in each profile.
pub static RULES: &[Rule<Values>] = &[
    passwords::AV1101,
    passwords::AV1102,
    passwords::AV1103,
    repositories::AV1104,
    passwords::AV1105,
    passwords::AV1106,
    legacy::AV1107,
    passwords::AV1108,
];

/// The rules of [`RULES`] that do not run in `profile` although its level
/// would admit them, because a stricter twin replaces them there.
pub(crate) fn replaced_in(profile: Profile) -> &'static [Code] {
    match profile {
        Profile::Production => &[passwords::AV1101.code],
        _ => &[],
    }
}

/// Runs the Bitnami rules of `profile` on `values`, except those in `skip`.
pub(crate) fn run(values: &Values, profile: Profile, skip: &[Code]) -> Report {
    let mut skipped = skip.to_vec();
    skipped.extend_from_slice(replaced_in(profile));
    let report = crate::rules::run_except(RULES, values, profile, &skipped);
    let settings = airflow_config::settings(values);
    crate::rules::airflow_settings::with_findings(report, &settings, profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_documented() {
        crate::rules::tests::assert_documented(RULES);
        assert!(
            RULES
                .iter()
                .all(|r| r.code.area() == crate::findings::Area::Bitnami)
        );
    }

    #[test]
    fn names_differ_from_every_other_code() {
        // `explain` finds a rule by name, so a name may be used once.
        let others: Vec<&str> = crate::explain::explanations()
            .filter(|e| !e.code.as_str().starts_with("AV11"))
            .map(|e| e.name)
            .collect();
        for rule in RULES {
            assert!(
                !others.contains(&rule.name),
                "{} reuses the name {}",
                rule.code,
                rule.name
            );
        }
    }
}
