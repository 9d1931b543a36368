//! The table of deprecated keys (`src/official/deprecations.tsv`) is what the
//! charts' own schemas say: every key whose description calls it deprecated,
//! with the keys it names as replacements, for every release in
//! `../shared/charts/apache-airflow`. Keys under a deprecated key are left
//! out: the finding is on the outermost one.
//!
//! Regenerate with `UPDATE_DEPRECATIONS=1 cargo test --test deprecations`.

mod common;

use airflow_values::check::Profile;
use airflow_values::official::{ChartVersion, Values};

const TABLE: &str = "src/official/deprecations.tsv";

/// The replacement keys a deprecation note names: the back-quoted keys
/// after the word, or else the words after `use`.
fn replacements(description: &str) -> Option<Vec<String>> {
    let lower = description.to_lowercase();
    let at = lower.find("deprecated")?;
    let rest = &description[at..];
    let note = rest.split(')').next().unwrap_or(rest).replace("``", "`");
    let quoted: Vec<String> = note
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let mut keys = if quoted.is_empty() {
        let after = note.split("use ").nth(1)?;
        let phrase = after.split(" instead").next().unwrap_or(after);
        let phrase = phrase.trim_end_matches('.').trim_end_matches(" section");
        phrase.split(" and ").map(|s| s.trim().to_owned()).collect()
    } else {
        quoted
    };
    keys.dedup();
    Some(keys)
}

/// A replacement named without its parent (`securityContexts` next to a
/// deprecated `scheduler.securityContext`) is the sibling key when the
/// parent has one of that name.
fn qualify(
    path: &str,
    siblings: Option<&serde_json::Map<String, serde_json::Value>>,
    key: String,
) -> String {
    let parent = path.rsplit_once('.').map(|(p, _)| p);
    match (parent, siblings) {
        (Some(parent), Some(siblings)) if !key.contains('.') && siblings.contains_key(&key) => {
            format!("{parent}.{key}")
        }
        _ => key,
    }
}

fn walk(
    node: &serde_json::Value,
    path: &str,
    siblings: Option<&serde_json::Map<String, serde_json::Value>>,
    out: &mut Vec<(String, Vec<String>)>,
) {
    let Some(obj) = node.as_object() else { return };
    if !path.is_empty()
        && let Some(keys) = obj
            .get("description")
            .and_then(|d| d.as_str())
            .and_then(replacements)
    {
        let keys = keys
            .into_iter()
            .map(|k| qualify(path, siblings, k))
            .collect();
        out.push((path.to_owned(), keys));
        return;
    }
    if let Some(props) = obj.get("properties").and_then(|p| p.as_object()) {
        for (key, child) in props {
            let child_path = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            walk(child, &child_path, Some(props), out);
        }
    }
    for (key, mark) in [("items", "[]"), ("additionalProperties", "*")] {
        if let Some(child) = obj.get(key).filter(|c| c.is_object()) {
            walk(child, &format!("{path}.{mark}"), None, out);
        }
    }
}

fn releases() -> Vec<String> {
    let dir = common::shared("charts/apache-airflow");
    let mut releases: Vec<String> = std::fs::read_dir(&dir)
        .expect("the chart releases are readable")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("values.schema.json").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    releases.sort_by_key(|r| {
        r.split('.')
            .map(|p| p.parse::<u32>().unwrap_or(0))
            .collect::<Vec<_>>()
    });
    releases
}

fn generated() -> String {
    let mut text = String::from(
        "# Keys each chart release deprecates, and what replaces them.\n\
         # Generated from the releases' values.schema.json by tests/deprecations.rs.\n\
         # release\tkey\treplacements (comma-separated)\n",
    );
    for release in releases() {
        let schema: serde_json::Value = serde_json::from_str(&common::read_shared(&format!(
            "charts/apache-airflow/{release}/values.schema.json"
        )))
        .expect("the schema is JSON");
        let mut found = Vec::new();
        walk(&schema, "", None, &mut found);
        for (path, keys) in found {
            text.push_str(&format!("{release}\t{path}\t{}\n", keys.join(",")));
        }
    }
    text
}

#[test]
fn the_committed_table_is_what_the_schemas_say() {
    let want = generated();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(TABLE);
    if std::env::var_os("UPDATE_DEPRECATIONS").is_some() {
        std::fs::write(&path, &want).expect("write the table");
    }
    let have = std::fs::read_to_string(&path).expect("the table is readable");
    assert!(
        have == want,
        "{TABLE} is out of date; run UPDATE_DEPRECATIONS=1 cargo test --test deprecations"
    );
}

#[test]
fn replacements_are_read_from_each_form_of_the_note() {
    for (description, want) in [
        (
            "Number of workers (deprecated, use `workers.celery.replicas` instead).",
            vec!["workers.celery.replicas"],
        ),
        (
            "Resources (deprecated, use ``workers.celery.resources`` or/and ``workers.kubernetes.resources`` instead).",
            vec!["workers.celery.resources", "workers.kubernetes.resources"],
        ),
        (
            "Enable all ingress resources (deprecated - use ingress.web.enabled and ingress.flower.enabled).",
            vec!["ingress.web.enabled", "ingress.flower.enabled"],
        ),
        (
            "The hostname (Deprecated - renamed to `ingress.web.hosts`)",
            vec!["ingress.web.hosts"],
        ),
        (
            "Optional default user (deprecated, use createUserJob section instead)",
            vec!["createUserJob"],
        ),
    ] {
        assert_eq!(
            replacements(description),
            Some(want.iter().map(|s| s.to_string()).collect()),
            "{description}"
        );
    }
    assert_eq!(replacements("Number of workers."), None);
    let siblings = serde_json::json!({"securityContext": {}, "securityContexts": {}});
    assert_eq!(
        qualify(
            "scheduler.securityContext",
            siblings.as_object(),
            "securityContexts".into()
        ),
        "scheduler.securityContexts"
    );
    assert_eq!(
        qualify(
            "webserver.defaultUser",
            siblings.as_object(),
            "createUserJob".into()
        ),
        "createUserJob"
    );
}

/// The 1.22.0 worker keys the issue named report their replacement, and the
/// same keys under `workers.celery` stay quiet.
#[test]
fn deprecated_worker_keys_are_reported_with_their_replacement() {
    let old = "workers:\n  keda: {enabled: true}\n  resources: {limits: {cpu: 1}}\n  nodeSelector: {pool: work}\n  tolerations: [{key: pool, operator: Exists}]\n";
    let values = Values::from_yaml(old, ChartVersion::V1_22_0).expect("reads");
    let report = values.validate(Profile::Default);
    let found: Vec<(String, String)> = report
        .with_code(common::code("AV0107"))
        .map(|d| (d.path.clone(), d.message.clone()))
        .collect();
    let mut paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        [
            "workers.keda",
            "workers.nodeSelector",
            "workers.resources",
            "workers.tolerations"
        ],
        "{report}"
    );
    let message = |path: &str| &found.iter().find(|(p, _)| p == path).expect("reported").1;
    assert!(
        message("workers.keda").contains("`workers.celery.keda`"),
        "{found:?}"
    );
    assert!(
        message("workers.resources").contains("`workers.celery.resources`"),
        "{found:?}"
    );
    assert!(
        message("workers.tolerations").contains("1.22.0"),
        "{found:?}"
    );

    let new = "workers:\n  celery:\n    keda: {enabled: true}\n    resources: {limits: {cpu: 1}}\n    nodeSelector: {pool: work}\n    tolerations: [{key: pool, operator: Exists}]\n";
    let values = Values::from_yaml(new, ChartVersion::V1_22_0).expect("reads");
    assert_eq!(
        values
            .validate(Profile::Default)
            .with_code(common::code("AV0107"))
            .count(),
        0
    );
    // 1.15.0 has no workers.celery: the same keys are current there.
    let values = Values::from_yaml(old, ChartVersion::V1_15_0).expect("reads");
    assert_eq!(
        values
            .validate(Profile::Default)
            .with_code(common::code("AV0107"))
            .count(),
        0
    );
}
