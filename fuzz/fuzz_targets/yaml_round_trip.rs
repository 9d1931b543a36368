//! YAML round trip of arbitrary typed values: `yaml::to_string` then
//! `yaml::from_str` gives back the same value.
//!
//! The first byte chooses the mode:
//! - even: the rest is a values file; when it reads into the official
//!   chart's typed model, writing and reading that model again is the
//!   identity (and writing it twice gives the same bytes);
//! - odd: the rest drives `arbitrary` to build a [`Model`] of strings,
//!   numbers, bools, options, lists, maps and enums, which must survive the
//!   round trip.
#![no_main]

use std::collections::BTreeMap;

use airflow_values::official::{ChartVersion, Values};
use airflow_values::yaml;
use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use serde::{Deserialize, Serialize};

#[derive(Debug, Arbitrary, Serialize, Deserialize, PartialEq)]
struct Model {
    text: String,
    flag: bool,
    number: i64,
    unsigned: u64,
    small: i8,
    ratio: f64,
    optional: Option<String>,
    texts: Vec<String>,
    map: BTreeMap<String, String>,
    leaves: Vec<BTreeMap<String, Leaf>>,
    leaf: Leaf,
}

#[derive(Debug, Arbitrary, Serialize, Deserialize, PartialEq)]
enum Leaf {
    Text(String),
    Number(i64),
    Ratio(f64),
    Flag(bool),
    List(Vec<String>),
    Pair { key: String, value: Option<String> },
    Nothing,
}

/// NaN is never equal to itself; keep it out of the comparison.
fn without_nan(x: f64) -> f64 {
    if x.is_nan() { 0.0 } else { x }
}

fn normalize(model: &mut Model) {
    model.ratio = without_nan(model.ratio);
    let leaves = model
        .leaves
        .iter_mut()
        .flat_map(|map| map.values_mut())
        .chain(std::iter::once(&mut model.leaf));
    for leaf in leaves {
        if let Leaf::Ratio(x) = leaf {
            *x = without_nan(*x);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 0 {
        let Ok(text) = std::str::from_utf8(rest) else {
            return;
        };
        for version in [ChartVersion::V1_15_0, ChartVersion::V1_22_0] {
            let Ok(values) = Values::from_yaml(text, version) else {
                continue;
            };
            let written = values.to_yaml().expect("typed values serialize");
            let back = Values::from_yaml(&written, version)
                .unwrap_or_else(|err| panic!("written values do not read back: {err}\n{written}"));
            assert_eq!(back, values, "round trip changed the values:\n{written}");
            assert_eq!(back.to_yaml().ok().as_deref(), Some(written.as_str()));
        }
    } else {
        let Ok(mut model) = Model::arbitrary(&mut Unstructured::new(rest)) else {
            return;
        };
        normalize(&mut model);
        let written = yaml::to_string(&model).expect("the model serializes");
        let back: Model = yaml::from_str(&written)
            .unwrap_or_else(|err| panic!("written model does not read back: {err}\n{written}"));
        assert_eq!(back, model, "round trip changed the model:\n{written}");
    }
});
