//! AV12: the community chart's rules, in code order.
//!
//! They read [`Values`] and name the key path they are about; none of them
//! puts a secret's value into a message.

pub(crate) mod airflow_config;
mod database;
mod legacy;
mod secrets;
pub(crate) mod template;

use crate::findings::Rule;

use super::Values;

/// Every rule of the community chart, sorted by code.
pub static RULES: &[Rule<Values>] = &[
    secrets::AV1201,
    secrets::AV1202,
    secrets::AV1203,
    secrets::AV1204,
    database::AV1205,
    legacy::AV1206,
    database::AV1207,
    database::AV1208,
    database::AV1209,
    secrets::AV1210,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_documented() {
        crate::rules::tests::assert_documented(RULES);
        assert!(
            RULES
                .iter()
                .all(|r| r.code.area() == crate::findings::Area::Community)
        );
        // `explain NAME` finds exactly one code, whatever other charts add.
        for rule in RULES {
            let same = crate::explain::explanations()
                .filter(|e| e.name == rule.name)
                .count();
            assert_eq!(same, 1, "{} is not unique", rule.name);
        }
    }
}
