//! The table of deprecated keys (`src/official/deprecations.tsv`) is what the
//! charts themselves say, for every release in `../shared/charts/apache-airflow`:
//! every key whose description in values.schema.json, or whose comment in
//! values.yaml, calls it deprecated, with the keys the note names as
//! replacements. Where the two sources name different replacements, the
//! schema's wins unless one of its keys does not exist in that release.
//! A note limited to an Airflow major version ("(Airflow 3+)") gives the
//! fourth column. Keys under a deprecated key are left out: the finding is
//! on the outermost one.
//!
//! Regenerate with `UPDATE_DEPRECATIONS=1 cargo test --test deprecations`.

mod common;

use airflow_values::check::Profile;
use airflow_values::official::{ChartVersion, Values, deprecations, json_schema};

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
        phrase
            .split(" and ")
            .flat_map(|s| s.split(", "))
            .map(|s| s.trim().to_owned())
            .collect()
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
            let child_path = join(path, key);
            walk(child, &child_path, Some(props), out);
        }
    }
    for (key, mark) in [("items", "[]"), ("additionalProperties", "*")] {
        if let Some(child) = obj.get(key).filter(|c| c.is_object()) {
            walk(child, &format!("{path}.{mark}"), None, out);
        }
    }
}

/// A deprecation found in one source: key path, replacements, and the
/// Airflow major version from which it applies (empty: any).
type Found = (String, Vec<String>, String);

/// The Airflow major version a note limits itself to: `(Airflow 3+)`.
fn airflow_major(note: &str) -> String {
    note.split("Airflow ")
        .skip(1)
        .find_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            (!digits.is_empty() && rest[digits.len()..].starts_with('+')).then_some(digits)
        })
        .unwrap_or_default()
}

/// The indentation and key of a `key:` line of values.yaml, and whether its
/// value is a block scalar (`|`, `>`) whose lines are text, not keys.
fn key_line(line: &str) -> Option<(usize, &str, bool)> {
    let trimmed = line.trim_start();
    if trimmed.starts_with('#') || trimmed.starts_with('-') {
        return None;
    }
    let (key, value) = trimmed.split_once(':')?;
    let key = key.trim_matches('"');
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/');
    if key.is_empty() || !key.chars().all(plain) || !(value.is_empty() || value.starts_with(' ')) {
        return None;
    }
    let value = value.trim();
    let block = value.starts_with('|') || value.starts_with('>');
    Some((line.len() - trimmed.len(), key, block))
}

/// The keys of a values.yaml whose comment block (the comment lines right
/// above the key) calls them deprecated. Keys inside list items are not
/// followed: values.yaml states its deprecations on mapping keys.
fn values_yaml_deprecations(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut stack: Vec<(usize, String)> = Vec::new();
    let mut comment: Vec<&str> = Vec::new();
    let mut block_above: Option<usize> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        if let Some(at) = block_above {
            if line.trim().is_empty() || indent > at {
                continue;
            }
            block_above = None;
        }
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            comment.clear();
            continue;
        }
        if let Some(text) = trimmed.strip_prefix('#') {
            comment.push(text.trim());
            continue;
        }
        let note = comment.join(" ");
        comment.clear();
        if trimmed.starts_with('-') {
            // A list item: its keys are not followed.
            stack.retain(|(at, _)| *at < indent);
            block_above = Some(indent);
            continue;
        }
        let Some((indent, key, block)) = key_line(line) else {
            continue;
        };
        stack.retain(|(at, _)| *at < indent);
        let path = stack
            .iter()
            .map(|(_, k)| k.as_str())
            .chain([key])
            .collect::<Vec<_>>()
            .join(".");
        stack.push((indent, key.to_owned()));
        if block {
            block_above = Some(indent);
        }
        if let Some(keys) = replacements(&note).filter(|k| !k.is_empty()) {
            out.push((path, keys, airflow_major(&note)));
        }
    }
    out
}

/// The property `name` of a schema node, looking through `$ref` and the
/// branches of `anyOf`/`oneOf`/`allOf`.
fn property<'a>(
    root: &'a serde_json::Value,
    node: &'a serde_json::Value,
    name: &str,
) -> Option<&'a serde_json::Value> {
    let node = match node.get("$ref").and_then(|r| r.as_str()) {
        Some(r) => &root["definitions"][r.rsplit('/').next().unwrap_or_default()],
        None => node,
    };
    if let Some(child) = node.get("properties").and_then(|p| p.get(name)) {
        return Some(child);
    }
    ["anyOf", "oneOf", "allOf"]
        .iter()
        .filter_map(|k| node.get(*k).and_then(|b| b.as_array()))
        .flatten()
        .find_map(|branch| property(root, branch, name))
}

/// Whether the schema has the key at `path` (`[*]` or `[]` for list items).
fn has_key(schema: &serde_json::Value, path: &str) -> bool {
    let mut node = schema;
    for segment in path.split('.') {
        let (name, item) = match segment.strip_suffix("[*]").or(segment.strip_suffix("[]")) {
            Some(name) => (name, true),
            None => (segment, false),
        };
        let Some(child) = property(schema, node, name) else {
            return false;
        };
        node = if item { &child["items"] } else { child };
    }
    true
}

/// A replacement as a key of the release. A bare name next to a sibling of
/// that name is the sibling (`securityContexts` for
/// `scheduler.securityContext`). A note copied from another component
/// (`webserver.networkPolicy…` next to `_rpcServer.extraNetworkPolicies`)
/// means the same key under the deprecated key's own component, when that
/// exists. `None` when no such key exists.
fn resolve(schema: &serde_json::Value, key: &str, replacement: &str) -> Option<String> {
    if let Some((parent, _)) = key.rsplit_once('.') {
        let sibling = format!("{parent}.{replacement}");
        if !replacement.contains('.') && has_key(schema, &sibling) {
            return Some(sibling);
        }
    }
    if let (Some((component, _)), Some((_, rest))) =
        (key.split_once('.'), replacement.split_once('.'))
    {
        let rerooted = format!("{component}.{rest}");
        if has_key(schema, &rerooted) {
            return Some(rerooted);
        }
    }
    has_key(schema, replacement).then(|| replacement.to_owned())
}

/// The replacements of `found` resolved to keys of the release, if all are.
fn resolved(schema: &serde_json::Value, found: &Found) -> Option<Vec<String>> {
    found
        .1
        .iter()
        .map(|r| resolve(schema, &found.0, r))
        .collect()
}

/// The deprecations of one release, in key order. The schema's notes count
/// as written when a replacement is not a key of the release (a fact to
/// report, not to drop); a values.yaml note counts only when its key and
/// every key it names exist, and adds the keys it names beyond the schema's. Keys under
/// another deprecated key are left out.
fn merged(
    schema: &serde_json::Value,
    from_schema: Vec<Found>,
    from_yaml: Vec<Found>,
) -> Vec<Found> {
    let mut all: Vec<(Found, bool)> = from_schema
        .into_iter()
        .map(|found| match resolved(schema, &found) {
            Some(keys) => ((found.0, keys, found.2), true),
            None => (found, false),
        })
        .collect();
    for found in from_yaml.into_iter().filter(|f| has_key(schema, &f.0)) {
        let Some(keys) = resolved(schema, &found) else {
            continue;
        };
        match all.iter_mut().find(|(f, _)| f.0 == found.0) {
            Some((have, false)) => *have = (found.0, keys, found.2),
            Some((have, true)) => {
                for key in keys {
                    if !have.1.contains(&key) {
                        have.1.push(key);
                    }
                }
                if have.2.is_empty() {
                    have.2 = found.2;
                }
            }
            None => all.push(((found.0, keys, found.2), true)),
        }
    }
    let mut all: Vec<Found> = all.into_iter().map(|(f, _)| f).collect();
    let keys: Vec<String> = all.iter().map(|f| f.0.clone()).collect();
    all.retain(|(key, ..)| {
        !keys
            .iter()
            .any(|outer| key.len() > outer.len() && key.starts_with(&format!("{outer}.")))
    });
    all.sort();
    all
}

/// `path.key`, or `key` at the top.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
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
         # Generated from the releases' values.schema.json and values.yaml by tests/deprecations.rs.\n\
         # release\tkey\treplacements (comma-separated)\tfrom Airflow major (when limited)\n",
    );
    for release in releases() {
        let schema: serde_json::Value = serde_json::from_str(&common::read_shared(&format!(
            "charts/apache-airflow/{release}/values.schema.json"
        )))
        .expect("the schema is JSON");
        let mut found = Vec::new();
        walk(&schema, "", None, &mut found);
        let from_schema = found
            .into_iter()
            .map(|(path, keys)| (path, keys, String::new()))
            .collect();
        let yaml = common::read_shared(&format!("charts/apache-airflow/{release}/values.yaml"));
        for (path, keys, airflow) in merged(&schema, from_schema, values_yaml_deprecations(&yaml)) {
            text.push_str(&format!("{release}\t{path}\t{}", keys.join(",")));
            if !airflow.is_empty() {
                text.push_str(&format!("\t{airflow}"));
            }
            text.push('\n');
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
            "(deprecated - use ingress.web.enabled, ingress.apiServer.enabled and ingress.flower.enabled)",
            vec![
                "ingress.web.enabled",
                "ingress.apiServer.enabled",
                "ingress.flower.enabled",
            ],
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
        .map(|d| (d.path.to_string(), d.message.clone()))
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

#[test]
fn values_yaml_notes_are_read_on_the_key_below_them() {
    let text = "\
# Enable it (deprecated, use `apiSecretKey` instead (Airflow 3+))
webserverSecretKey: ~
workers:
  # Replicas
  # (deprecated, use
  #   `workers.celery.replicas`
  # instead)
  replicas: 1

  # Not deprecated at all
  command: ~
  extraContainers:
    # (deprecated, use `nothing` instead)
    - name: a
  config: |
    # (deprecated, use `text` instead)
    inText: 1
  # (deprecated, use `workers.celery.keda` instead)
  keda: {}
";
    let found = values_yaml_deprecations(text);
    assert_eq!(
        found,
        [
            (
                "webserverSecretKey".to_owned(),
                vec!["apiSecretKey".to_owned()],
                "3".to_owned()
            ),
            (
                "workers.replicas".to_owned(),
                vec!["workers.celery.replicas".to_owned()],
                String::new()
            ),
            (
                "workers.keda".to_owned(),
                vec!["workers.celery.keda".to_owned()],
                String::new()
            ),
        ]
    );
    assert_eq!(airflow_major("use `x` instead (Airflow 3+)"), "3");
    assert_eq!(airflow_major("in Airflow >= 2.5.0"), "");
}

/// Every key the table names as a replacement is a key of that release,
/// so a finding never sends a user to a key the chart does not read.
#[test]
fn every_replacement_is_a_key_of_its_release() {
    let mut missing = Vec::new();
    let table =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(TABLE))
            .expect("the table is readable");
    let mut schemas = std::collections::BTreeMap::new();
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let mut parts = line.split('\t');
        let (Some(release), Some(key), Some(replacements)) =
            (parts.next(), parts.next(), parts.next())
        else {
            panic!("a short line: {line:?}");
        };
        let schema = schemas.entry(release.to_owned()).or_insert_with(|| {
            serde_json::from_str::<serde_json::Value>(&common::read_shared(&format!(
                "charts/apache-airflow/{release}/values.schema.json"
            )))
            .expect("the schema is JSON")
        });
        assert!(has_key(schema, key), "{release}: {key} is not a key");
        for replacement in replacements.split(',') {
            if !has_key(schema, replacement) {
                missing.push(format!("{release} {key} -> {replacement}"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// Deprecations stated only in values.yaml: the secret keys of the Airflow 2
/// webserver (for Airflow 3), and the private-registry Secret.
#[test]
fn values_yaml_only_deprecations_are_reported_where_they_hold() {
    let text = "webserverSecretKeySecretName: web-key\nwebserverSecretAnnotations: {team: data}\nregistry:\n  secretName: pull\n";
    let found = |version: ChartVersion, text: &str| -> Vec<(String, String)> {
        let values = Values::from_yaml(text, version).expect("reads");
        values
            .validate(Profile::Default)
            .with_code(common::code("AV0107"))
            .map(|d| (d.path.to_string(), d.message.clone()))
            .collect()
    };
    let latest = found(ChartVersion::V1_22_0, text);
    let paths: Vec<&str> = latest.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "registry",
            "webserverSecretAnnotations",
            "webserverSecretKeySecretName"
        ],
        "{latest:?}"
    );
    let message = |path: &str| &latest.iter().find(|(p, _)| p == path).expect("reported").1;
    assert!(
        message("webserverSecretKeySecretName").contains("`apiSecretKeySecretName`")
            && message("webserverSecretKeySecretName").contains("Airflow 3"),
        "{latest:?}"
    );
    assert!(
        message("registry").contains("`imagePullSecrets`"),
        "{latest:?}"
    );

    // With Airflow 2 the webserver keys are the current ones; the registry
    // Secret stays deprecated.
    let airflow_2 = format!("airflowVersion: 2.11.0\n{text}");
    let paths: Vec<String> = found(ChartVersion::V1_22_0, &airflow_2)
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert_eq!(paths, ["registry"]);
    // 1.19.0 deprecates the registry Secret only, 1.15.0 none of them; the
    // replacements stay quiet on 1.22.0.
    let older = "webserverSecretKeySecretName: web-key\nregistry:\n  secretName: pull\n";
    let paths: Vec<String> = found(ChartVersion::V1_19_0, older)
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert_eq!(paths, ["registry"]);
    assert_eq!(found(ChartVersion::V1_15_0, older), []);
    let current = "apiSecretKeySecretName: api-key\nimagePullSecrets: [pull]\n";
    assert_eq!(found(ChartVersion::V1_22_0, current), []);
}

/// The key paths a schema marks `deprecated: true`.
fn marked(node: &serde_json::Value, path: &str, out: &mut std::collections::BTreeSet<String>) {
    let Some(obj) = node.as_object() else { return };
    if let Some(props) = obj.get("properties").and_then(|p| p.as_object()) {
        for (key, child) in props {
            let child_path = join(path, key);
            if child.get("deprecated") == Some(&serde_json::Value::Bool(true)) {
                out.insert(child_path.clone());
            }
            marked(child, &child_path, out);
        }
    }
    for (key, mark) in [("items", "[]"), ("additionalProperties", "*")] {
        if let Some(child) = obj.get(key) {
            marked(child, &format!("{path}.{mark}"), out);
        }
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for branch in obj
            .get(key)
            .and_then(|b| b.as_array())
            .into_iter()
            .flatten()
        {
            marked(branch, path, out);
        }
    }
}

/// The exported schema of each release marks exactly the keys that release
/// deprecates for its default Airflow version, so editors strike them through;
/// a key deprecated only by a later release is not marked.
#[test]
fn the_exported_schema_marks_each_release_s_deprecated_keys() {
    for &version in ChartVersion::ALL {
        let mut have = std::collections::BTreeSet::new();
        marked(json_schema(version).as_value(), "", &mut have);
        let want: std::collections::BTreeSet<String> = deprecations(version)
            .filter(|d| d.applies_to(version.default_airflow_version()))
            .map(|d| d.key.to_owned())
            .collect();
        assert_eq!(have, want, "{version}");
    }
    let keda = |version| {
        json_schema(version).as_value()["properties"]["workers"]["properties"]["keda"]["deprecated"]
            .clone()
    };
    assert_eq!(keda(ChartVersion::V1_22_0), serde_json::json!(true));
    assert_eq!(keda(ChartVersion::V1_19_0), serde_json::Value::Null);
}

/// `replacement` relative to the parent keys it shares with `key`
/// (`workers.keda` → `workers.celery.keda` gives `celery.keda`).
fn relative(key: &str, replacement: &str) -> String {
    let parents: Vec<&str> = key.split('.').collect();
    let parents = &parents[..parents.len() - 1];
    let mut rest: Vec<&str> = replacement.split('.').collect();
    for parent in parents {
        if rest.len() > 1 && rest[0] == *parent {
            rest.remove(0);
        } else {
            break;
        }
    }
    rest.join(".")
}

/// The doc comment of every deprecated field (its schema description) says
/// it is deprecated and names what replaces it, in every release that
/// deprecates it (relative to the parent key they share).
#[test]
fn the_doc_of_every_deprecated_field_names_its_replacement() {
    let mut wrong = Vec::new();
    for &version in ChartVersion::ALL {
        let schema = json_schema(version).as_value();
        for deprecation in deprecations(version) {
            let mut node = schema;
            for segment in deprecation.key.split('.') {
                node = match segment {
                    "[]" => &node["items"],
                    "*" => &node["additionalProperties"],
                    name => &node["properties"][name],
                };
            }
            let description = node["description"].as_str().unwrap_or_default();
            let missing: Vec<String> = deprecation
                .replacements()
                .map(|r| relative(deprecation.key, r))
                // Written as a key: `celery.keda` or `workers.celery.keda`.
                .filter(|r| {
                    !description.contains(&format!("`{r}`"))
                        && !description.contains(&format!(".{r}`"))
                })
                .collect();
            if !description.contains("deprecated") || !missing.is_empty() {
                wrong.push(format!(
                    "{version} {}: {description:?} lacks \"deprecated\" or {missing:?}",
                    deprecation.key
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert_eq!(
        relative("workers.keda", "workers.celery.keda"),
        "celery.keda"
    );
    assert_eq!(
        relative("ingress.web.tls", "ingress.web.hosts[*].tls"),
        "hosts[*].tls"
    );
    assert_eq!(relative("registry", "imagePullSecrets"), "imagePullSecrets");
}
