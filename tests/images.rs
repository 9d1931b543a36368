//! The images the chart runs and their copies in a registry: seed 004's
//! values give exactly seed 003's `az acr import` list.

mod common;

use std::collections::BTreeSet;

use airflow_values::images::{ImageSlot, az_acr_import, chart_images, mirrors, retarget};
use airflow_values::official::{ChartVersion, Values};

/// Seed 004's values with `$MY_ACR_REGISTRY` set to a name, as the shell would.
fn seed_004(registry_name: &str) -> Values {
    let text = common::read_shared("seed-values/004-aks-airflow_values.yaml")
        .replace("$MY_ACR_REGISTRY", registry_name);
    Values::from_yaml(&text, ChartVersion::V1_15_0).expect("seed 004 parses")
}

/// The `az acr import` lines of seed 003, whitespace-trimmed.
fn seed_003_imports() -> BTreeSet<String> {
    let text = common::read_shared("seeds/003_c4bda607427b5fe2.txt");
    let lines: BTreeSet<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("az acr import"))
        .map(str::to_owned)
        .collect();
    assert_eq!(lines.len(), 6, "seed 003 lists six imports: {lines:#?}");
    lines
}

#[test]
fn seed_004_values_give_seed_003_import_list() {
    let values = seed_004("mydnsrandomname");
    let images = chart_images(&values).unwrap();
    let commands = az_acr_import(
        &mirrors(&images, "mydnsrandomname.azurecr.io", ChartVersion::V1_15_0).unwrap(),
    )
    .unwrap()
    .replace("mydnsrandomname", "$MY_ACR_REGISTRY");
    let generated: BTreeSet<String> = commands.lines().map(str::to_owned).collect();
    assert_eq!(generated, seed_003_imports(), "{commands}");
}

#[test]
fn seed_004_image_list_has_seed_003_images_and_tags() {
    let values = seed_004("mydnsrandomname");
    let images = chart_images(&values).unwrap();
    // name:tag of what runs, against the `--image` column of seed 003.
    let running: BTreeSet<String> = images
        .iter()
        .map(|i| {
            format!(
                "{}:{}",
                i.image.name(),
                i.image.tag().map(|t| t.as_str()).unwrap_or_default()
            )
        })
        .collect();
    let imported: BTreeSet<String> = seed_003_imports()
        .iter()
        .filter_map(|l| l.split("--image ").nth(1))
        .map(str::to_owned)
        .collect();
    assert_eq!(running, imported);
    let slots: Vec<ImageSlot> = images.iter().map(|i| i.slot).collect();
    assert_eq!(
        slots,
        [
            ImageSlot::Airflow,
            ImageSlot::PodTemplate,
            ImageSlot::Statsd,
            ImageSlot::Pgbouncer,
            ImageSlot::PgbouncerExporter,
            ImageSlot::GitSync,
            ImageSlot::Postgresql,
        ]
    );
}

#[test]
fn retargeting_the_chart_defaults_reproduces_seed_003() {
    // Values that leave every image to the chart: retargeting writes seed
    // 004's images block (and the PostgreSQL image), copying seed 003's list.
    let mut values = Values::from_yaml(
        "executor: KubernetesExecutor\npgbouncer: {enabled: true}\ndags: {gitSync: {enabled: true}}\n",
        ChartVersion::V1_15_0,
    )
    .unwrap();
    let copies = retarget(&mut values, "mydnsrandomname.azurecr.io").unwrap();
    let commands = az_acr_import(&copies)
        .unwrap()
        .replace("mydnsrandomname", "$MY_ACR_REGISTRY");
    // The chart's git-sync default carries its published digest; seed 003
    // imports by tag.
    let by_tag = commands.replace(
        "registry.k8s.io/git-sync/git-sync@sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902",
        "registry.k8s.io/git-sync/git-sync:v4.1.0",
    );
    let generated: BTreeSet<String> = by_tag.lines().map(str::to_owned).collect();
    assert_eq!(generated, seed_003_imports(), "{commands}");
    // Every image now comes from the registry.
    for image in chart_images(&values).unwrap() {
        assert_eq!(
            image.image.registry(),
            Some("mydnsrandomname.azurecr.io"),
            "{image:?}"
        );
    }
    // The retargeted values still read back under the chart version.
    let yaml = values.to_yaml().unwrap();
    assert_eq!(
        Values::from_yaml(&yaml, ChartVersion::V1_15_0).unwrap(),
        values
    );
}

#[test]
fn the_aks_production_values_pull_everything_from_their_registry() {
    for version in ChartVersion::ALL.iter().copied() {
        let values = common::walkthrough_preset(version)
            .registry("contoso.azurecr.io")
            .build()
            .unwrap()
            .values;
        let images = chart_images(&values).unwrap();
        assert!(!images.is_empty());
        for image in &images {
            assert_eq!(
                image.image.registry(),
                Some("contoso.azurecr.io"),
                "chart {version}: {image:?}"
            );
        }
        // Each traces back to a public source.
        let copies = mirrors(&images, "contoso.azurecr.io", version).unwrap();
        assert_eq!(
            copies.len(),
            images.len() - 1,
            "chart {version}: pod template shares airflow's copy"
        );
    }
}
