//! The model's JSON Schema against the upstream values.schema.json of each
//! modeled chart release: the same key paths, the same JSON types at each
//! path, the same Kubernetes definitions where the chart takes a Kubernetes
//! object, and the same keys in the item objects the chart spells out.

mod common;
#[path = "common/schema_paths.rs"]
mod schema_paths;

use std::collections::BTreeSet;

use airflow_values::official::{ChartVersion, json_schema};
use schema_paths::{Paths, default_paths, parent, paths_of, release_paths};
use serde_json::Value;

fn is_version_marker(node: &Value) -> bool {
    node.get("x-chart-versions").is_some() && node.get("not").is_some()
}

fn upstream(version: ChartVersion) -> Paths {
    let text = common::read_shared(&format!(
        "charts/apache-airflow/{version}/values.schema.json"
    ));
    let schema: Value = serde_json::from_str(&text).expect("upstream schema is JSON");
    paths_of(&schema, &|_| false)
}

fn model(version: ChartVersion) -> Paths {
    paths_of(json_schema(version).as_value(), &is_version_marker)
}

/// Every mapping key path of the release's own values.yaml.
fn defaults(version: ChartVersion) -> BTreeSet<String> {
    default_paths(&common::tree(&common::read_shared(&format!(
        "charts/apache-airflow/{version}/values.yaml"
    ))))
}

/// The model types some scalars that upstream writes inline (`integer` or
/// `string`) with the Kubernetes definition of that shape.
const SCALAR_DEFINITIONS: &[&str] = &[
    "io.k8s.apimachinery.pkg.util.intstr.IntOrString",
    "io.k8s.apimachinery.pkg.api.resource.Quantity",
];

#[test]
fn every_upstream_key_path_is_modeled_and_no_other() {
    let mut report = String::new();
    for &version in ChartVersion::ALL {
        let theirs = upstream(version);
        let ours = model(version);
        let defaults = defaults(version);
        let keys = release_paths(&theirs, &defaults);
        let missing: Vec<_> = keys.iter().filter(|p| !ours.contains_key(*p)).collect();
        // Keys under `postgresql` go to the bundled postgresql subchart,
        // which takes them in every release. A key the release's values.yaml
        // sets where its schema is open (1.18.0's `ingress.apiServer`) holds
        // what the next release's schema spells out.
        let extra: Vec<_> = ours
            .keys()
            .filter(|p| {
                !keys.contains(*p)
                    && !p.starts_with("postgresql.")
                    && !ancestors(p).any(|a| keys.contains(a) && !theirs.contains_key(a))
            })
            .collect();
        eprintln!(
            "{version}: {} upstream paths, {} model paths",
            theirs.len(),
            ours.len()
        );
        if !missing.is_empty() {
            report += &format!(
                "\n{version}: {} paths missing from the model:\n",
                missing.len()
            );
            for p in missing {
                report += &format!("  {p}\n");
            }
        }
        if !extra.is_empty() {
            report += &format!(
                "\n{version}: {} paths the chart does not have:\n",
                extra.len()
            );
            for p in extra {
                report += &format!("  {p}\n");
            }
        }
    }
    assert!(report.is_empty(), "{report}");
}

fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(parent(path)), |p| (!p.is_empty()).then(|| parent(p)))
        .filter(|p| !p.is_empty())
}

#[test]
fn every_key_path_has_the_upstream_types_and_shape() {
    let mut report = String::new();
    for &version in ChartVersion::ALL {
        let theirs = upstream(version);
        let ours = model(version);
        for (path, leaf) in &theirs {
            let Some(mine) = ours.get(path) else { continue };
            let scalar = leaf.kubernetes.is_none()
                && mine
                    .kubernetes
                    .as_deref()
                    .is_some_and(|k| SCALAR_DEFINITIONS.contains(&k));
            if leaf.kubernetes != mine.kubernetes && !scalar {
                report += &format!(
                    "{version} {path}: Kubernetes type {:?} upstream, {:?} here\n",
                    leaf.kubernetes, mine.kubernetes
                );
            }
            if !leaf.types.is_empty() && leaf.value_types() != mine.value_types() {
                report += &format!(
                    "{version} {path}: types {:?} upstream, {:?} here\n",
                    leaf.types, mine.types
                );
            }
            if leaf.nullable() != mine.nullable() && !scalar {
                report += &format!(
                    "{version} {path}: null {} upstream, {} here\n",
                    leaf.nullable(),
                    mine.nullable()
                );
            }
            // An object upstream closes must be closed here: chart 1.15.0's
            // `dags.gitSync.env[]` takes `name` and `value` and nothing else.
            if leaf.closed && !mine.closed && mine.kubernetes.is_none() {
                report += &format!("{version} {path}: closed upstream, open here\n");
            }
        }
    }
    assert!(report.is_empty(), "\n{report}");
}

/// Fields of a release's own copy of a Kubernetes definition that the model
/// does not have: fields Kubernetes has since removed from its API
/// (`ObjectMeta.clusterName`, gone in Kubernetes 1.25), which the embedded
/// definitions no longer list. The model refuses them; no corpus file sets one.
const REMOVED_FROM_KUBERNETES: &[(&str, &str)] = &[(
    "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
    "clusterName",
)];

/// Every Kubernetes definition of a release's schema has the fields of the
/// release's own copy and no other: a field Kubernetes added later (the
/// HPA's `tolerance`, `restartPolicy` of a container before 1.15.0) is
/// refused where the release refuses it, also where the model renames the
/// embedded `autoscaling/v2` back to the release's `v2beta2`.
#[test]
fn kubernetes_definitions_have_the_fields_of_the_release() {
    let mut report = String::new();
    let mut compared = 0;
    for &version in ChartVersion::ALL {
        let text = common::read_shared(&format!(
            "charts/apache-airflow/{version}/values.schema.json"
        ));
        let theirs: Value = serde_json::from_str(&text).expect("upstream schema is JSON");
        let ours = json_schema(version).as_value();
        let Some(definitions) = ours["$defs"].as_object() else {
            panic!("{version}: no $defs");
        };
        for (name, mine) in definitions.iter().filter(|(n, _)| n.starts_with("io.k8s.")) {
            let Some(upstream) = theirs["definitions"].get(name) else {
                continue;
            };
            compared += 1;
            let (mine, upstream) = (common::field_names(mine), common::field_names(upstream));
            let extra: Vec<_> = mine.difference(&upstream).collect();
            let missing: Vec<_> = upstream
                .difference(&mine)
                .filter(|f| !REMOVED_FROM_KUBERNETES.contains(&(name.as_str(), f.as_str())))
                .collect();
            if !extra.is_empty() {
                report += &format!("{version} {name}: fields the release lacks {extra:?}\n");
            }
            if !missing.is_empty() {
                report += &format!("{version} {name}: fields missing here {missing:?}\n");
            }
        }
        // The releases before 1.15.0 name autoscaling/v2beta2, later ones v2.
        let hpa = if version < ChartVersion::V1_15_0 {
            "io.k8s.api.autoscaling.v2beta2.HPAScalingRules"
        } else {
            "io.k8s.api.autoscaling.v2.HPAScalingRules"
        };
        assert!(
            definitions.contains_key(hpa) && theirs["definitions"].get(hpa).is_some(),
            "{version}: {hpa} on both sides"
        );
    }
    eprintln!("{compared} (release, Kubernetes definition) pairs compared");
    assert!(compared > 500, "only {compared} definitions compared");
    assert!(report.is_empty(), "\n{report}");
}

#[test]
fn keys_of_other_releases_are_marked_with_the_releases_that_have_them() {
    let schema = |v: ChartVersion| json_schema(v).as_value().clone();
    let old = schema(ChartVersion::V1_15_0);
    let new = schema(ChartVersion::V1_22_0);
    let api_server: Vec<&str> = ChartVersion::ALL
        .iter()
        .filter(|v| **v >= ChartVersion::V1_16_0)
        .map(|v| v.as_str())
        .collect();
    assert_eq!(
        old["properties"]["apiServer"]["x-chart-versions"],
        serde_json::json!(api_server)
    );
    assert!(new["properties"]["apiServer"].get("not").is_none());
    assert_eq!(
        new["properties"]["_rpcServer"]["x-chart-versions"],
        serde_json::json!(["1.15.0"])
    );
    // Chart 1.15.0 spells out git-sync's `env` items as `{name, value}`.
    let env = &old["properties"]["dags"]["properties"]["gitSync"]["properties"]["env"]["items"];
    assert_eq!(env["additionalProperties"], serde_json::json!(false));
    assert!(env["properties"]["valueFrom"].is_null());
}

/// The structural walk on the official chart's own schema (draft 7,
/// `#/definitions`, ~800 KB): unknown keys with their suggestion, wrong
/// types with what was found.
#[test]
fn the_walk_reads_the_upstream_schema() {
    use airflow_values::check::walk_schema;
    use serde_json::json;

    let schema: Value = serde_json::from_str(&common::read_shared(
        "charts/apache-airflow/1.22.0/values.schema.json",
    ))
    .expect("upstream schema is JSON");
    let doc = json!({
        "executor": "KubernetesExecutor",
        "images": {"airflow": {"repository": "acr.io/airflow", "tag": 2.1, "imagePullPolicy": "Always"}},
        "scheduler": {
            "replicas": 2,
            "nodeselector": {"agentpool": "airflow"},
            "tolerations": [{"key": "k", "operator": "Exists", "efect": "NoSchedule"}],
            "env": [{"name": "A", "value": 1}]
        },
        "webserver": {"defaultUser": {"enabled": "yes"}},
        "dags": {"gitSync": {"enabled": true, "repo": "git@github.com:acme/dags.git"}},
        "workers": {"resources": {"limits": {"memory": "2Gi"}}, "serviceAccount": {"create": true}}
    });
    let found: Vec<(String, &str, Option<String>, bool)> = walk_schema(&schema, &doc)
        .into_iter()
        .map(|d| {
            let names_found = ["a number", "an integer", "a string"]
                .iter()
                .any(|f| d.message.contains(f));
            (
                d.path.to_string(),
                d.code.as_str(),
                d.suggestion,
                names_found,
            )
        })
        .collect();
    let want = [
        (
            "images.airflow.imagePullPolicy",
            "AV0101",
            Some("pullPolicy"),
            false,
        ),
        ("images.airflow.tag", "AV0102", None, true),
        ("scheduler.env[0].value", "AV0102", None, true),
        (
            "scheduler.nodeselector",
            "AV0101",
            Some("nodeSelector"),
            false,
        ),
        (
            "scheduler.tolerations[0].efect",
            "AV0101",
            Some("effect"),
            false,
        ),
        ("webserver.defaultUser.enabled", "AV0102", None, true),
    ];
    let want: Vec<(String, &str, Option<String>, bool)> = want
        .into_iter()
        .map(|(p, c, s, f)| (p.to_owned(), c, s.map(str::to_owned), f))
        .collect();
    assert_eq!(found, want);
    // The chart's top level takes any key; its components do not.
    let issues = walk_schema(
        &schema,
        &json!({"scheduler": {"serviceAccount": {}, "reids": 1}}),
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].path.to_string(), "scheduler.reids");
}
