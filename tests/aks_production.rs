//! The `aks-production` example's values: snapshots, the production profile,
//! and the upstream chart schema.

mod common;

use airflow_values::check::Profile;
use airflow_values::official::{ChartVersion, Values};
use airflow_values::presets::{AksProduction, AksValues};

fn build(version: ChartVersion) -> AksValues {
    common::walkthrough_preset(version)
        .registry(AksProduction::DEFAULT_REGISTRY)
        .build()
        .expect("the preset builds")
}

#[test]
fn snapshot_1_15_0() {
    let yaml = build(ChartVersion::V1_15_0).values.to_yaml().unwrap();
    insta::assert_snapshot!("aks_production_values_1_15_0", yaml);
}

#[test]
fn snapshot_1_22_0() {
    let yaml = build(ChartVersion::V1_22_0).values.to_yaml().unwrap();
    insta::assert_snapshot!("aks_production_values_1_22_0", yaml);
}

#[test]
fn passes_production_validation_except_waived_pending_digests() {
    for version in ChartVersion::ALL.iter().copied() {
        let built = build(version);
        let report = built.values.validate(Profile::Production);
        let unexpected: Vec<String> = report
            .diagnostics()
            .iter()
            .filter(|d| {
                !(d.code == common::code("AV0201")
                    && built
                        .pending_digests
                        .iter()
                        .any(|p| d.path.to_string().starts_with(p.as_str())))
            })
            .map(|d| d.to_string())
            .collect();
        assert!(unexpected.is_empty(), "chart {version}: {unexpected:#?}");
        // The example's lock pins the images of 1.15.0 and 1.22.0; there only
        // the pgbouncer images lack a published digest.
        if matches!(version, ChartVersion::V1_15_0 | ChartVersion::V1_22_0) {
            assert_eq!(
                built.pending_digests,
                ["images.pgbouncer", "images.pgbouncerExporter"],
                "chart {version}"
            );
        }
    }
}

#[test]
fn validates_against_the_upstream_schema() {
    for version in ChartVersion::ALL.iter().copied() {
        let yaml = build(version).values.to_yaml().unwrap();
        let validator = common::upstream_validator(version.as_str());
        let instance = common::tree(&yaml);
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "chart {version}: {errors:#?}");
    }
}

#[test]
fn output_is_deterministic_and_round_trips() {
    for version in ChartVersion::ALL.iter().copied() {
        let first = build(version).values;
        let yaml = first.to_yaml().unwrap();
        assert_eq!(yaml, build(version).values.to_yaml().unwrap());
        let back = Values::from_yaml(&yaml, version).unwrap();
        assert_eq!(back, first, "chart {version}");
    }
}

#[test]
fn registry_is_applied_to_every_image_and_a_bad_one_is_refused() {
    let yaml = common::walkthrough_preset(ChartVersion::V1_15_0)
        .registry("contoso.azurecr.io")
        .build()
        .unwrap()
        .values
        .to_yaml()
        .unwrap();
    let repositories: Vec<&str> = yaml
        .lines()
        .filter_map(|l| l.trim().strip_prefix("repository: "))
        .collect();
    assert_eq!(repositories.len(), 6, "{yaml}");
    for r in repositories {
        assert!(r.starts_with("contoso.azurecr.io/"), "{r}");
    }
    let err = common::walkthrough_preset(ChartVersion::V1_15_0)
        .registry("Not A Registry")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("registry"), "{err}");
}

#[test]
fn the_preset_needs_your_dags_and_plan() {
    use airflow_values::presets::PresetError;
    let v = ChartVersion::V1_15_0;
    let missing = |preset: AksProduction| match preset.build() {
        Err(PresetError::Missing { what, .. }) => what,
        other => panic!("expected a missing setting, got {other:?}"),
    };
    assert_eq!(missing(AksProduction::new(v)), "the DAG repository");
    let dags = AksProduction::new(v).dags(
        "git@github.com:contoso/dags.git",
        "main",
        AksProduction::GITHUB_KNOWN_HOSTS,
    );
    assert_eq!(missing(dags.clone()), "the deployment plan");
    let plan = common::walkthrough_plan(v).build().unwrap();
    let yaml = dags.plan(plan).build().unwrap().values.to_yaml().unwrap();
    assert!(
        yaml.contains("repo: git@github.com:contoso/dags.git\n"),
        "{yaml}"
    );
    assert!(!yaml.contains("donhighmsft"), "{yaml}");
    // A known_hosts text that is not one keeps its reason.
    let err = AksProduction::new(v)
        .dags("git@github.com:contoso/dags.git", "main", "not known hosts")
        .build()
        .unwrap_err();
    assert!(matches!(err, PresetError::KnownHosts(_)), "{err:?}");
    assert!(std::error::Error::source(&err).is_some(), "{err:?}");
}
