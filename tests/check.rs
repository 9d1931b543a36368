//! `check`: files layered like `helm -f`, `--set` arguments, hazards, and
//! every finding placed at its line.

mod common;

use common::code;

use airflow_values::check::{CheckOptions, Profile, Report, Source, check};
use airflow_values::official::ChartVersion;
use airflow_values::yaml::Segment;

const V15: ChartVersion = ChartVersion::V1_15_0;
const V22: ChartVersion = ChartVersion::V1_22_0;

fn run(files: &[(&str, &str)], options: &CheckOptions) -> Report {
    let sources: Vec<Source<'_>> = files
        .iter()
        .map(|(name, text)| Source::new(*name, text.as_bytes()))
        .collect();
    check(&sources, options)
}

/// `(code, file:line:column)` of every finding.
fn placed(report: &Report) -> Vec<(String, String)> {
    common::findings_at(report, |_| true)
        .into_iter()
        .map(|(code, _, at)| (code, at))
        .collect()
}

#[test]
fn seed_004_production_findings_each_have_their_line() {
    let text = common::read_shared("seed-values/004-aks-airflow_values.yaml");
    let report = run(
        &[("004.yaml", &text)],
        &CheckOptions::new(V15).profile(Profile::Production),
    );
    assert!(report.has_errors(), "{report}");
    let lines: Vec<&str> = text.lines().collect();
    for d in report.diagnostics() {
        let location = d
            .location
            .as_ref()
            .unwrap_or_else(|| panic!("no line for {d}"));
        assert_eq!(location.file, "004.yaml");
        // The line holds the key the finding is about, or one of its
        // parents; a finding about a top-level key the file does not write
        // (such as a missing fernetKeySecretName) is placed at the top.
        let keys: Vec<&str> = d
            .path
            .segments()
            .iter()
            .filter_map(|s| match s {
                Segment::Key(key) => Some(key.as_str()),
                Segment::Index(_) => None,
            })
            .collect();
        let top = keys.first().copied().unwrap_or_default();
        if !text.contains(&format!("{top}:")) {
            assert_eq!((location.line, location.column), (1, 1), "{d}");
            continue;
        }
        let line = lines[location.line - 1];
        assert!(
            keys.iter().any(|k| line.contains(k)),
            "{d} points at line {}: {line:?}",
            location.line
        );
    }
    let codes: Vec<String> = placed(&report).into_iter().map(|(c, _)| c).collect();
    for code in ["AV0201", "AV0204", "AV0303", "AV0401", "AV0402", "AV0403"] {
        assert!(codes.iter().any(|c| c == code), "{code} missing:\n{report}");
    }
}

#[test]
fn the_second_file_fixes_the_first() {
    let base = "scheduler:\n  replicas: two\n";
    let fix = "scheduler:\n  replicas: 2\n";
    let alone = run(&[("base.yaml", base)], &CheckOptions::new(V22));
    assert_eq!(placed(&alone), [("AV0102".into(), "base.yaml:2:3".into())]);
    let both = run(
        &[("base.yaml", base), ("fix.yaml", fix)],
        &CheckOptions::new(V22),
    );
    assert!(both.is_empty(), "{both}");
}

#[test]
fn findings_point_at_the_file_that_wrote_the_value() {
    let base = "executor: KubernetesExecutor\nscheduler:\n  replicas: 2\n";
    let prod = "images:\n  airflow:\n    tag: latest\n";
    let report = run(
        &[("base.yaml", base), ("prod.yaml", prod)],
        &CheckOptions::new(V22).profile(Profile::Production),
    );
    let latest: Vec<_> = report.with_code(code("AV0202")).collect();
    assert_eq!(
        latest[0]
            .location
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("prod.yaml:3:5"),
        "{report}"
    );
}

#[test]
fn seed_002_installs_with_set_only() {
    let options = CheckOptions::new(V15)
        .set("dags.gitSync.enabled=true")
        .set("dags.gitSync.repo=https://github.com/alekseyolg/airflow-with-kubernetes.git")
        .set("dags.gitSync.branch=main")
        .set("dags.gitSync.subPath=/");
    let report = check(&[], &options);
    assert!(!report.has_errors(), "{report}");
    // A typo in a --set key is found and placed at its argument.
    let report = check(
        &[],
        &CheckOptions::new(V15).set("dags.gitSync.enabled=true,scheduler.replica=2"),
    );
    let typo: Vec<_> = report.with_code(code("AV0101")).collect();
    assert_eq!(typo.len(), 1, "{report}");
    assert_eq!(typo[0].suggestion.as_deref(), Some("replicas"));
    assert_eq!(typo[0].location.as_ref().unwrap().file, "--set");
}

#[test]
fn set_string_keeps_text_and_set_types_it() {
    let typed = check(&[], &CheckOptions::new(V22).set("images.airflow.tag=3"));
    assert_eq!(typed.with_code(code("AV0102")).count(), 1, "{typed}");
    let text = check(
        &[],
        &CheckOptions::new(V22).set_string("images.airflow.tag=3"),
    );
    assert_eq!(text.with_code(code("AV0102")).count(), 0, "{text}");
    let broken = check(&[], &CheckOptions::new(V22).set("scheduler.replicas"));
    assert_eq!(placed(&broken)[0].0, "AV0013", "{broken}");
}

#[test]
fn yaml_hazards_are_found_with_their_lines() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "AV0002",
            "scheduler:\n  replicas: 1\nscheduler:\n  replicas: 2\n",
            "f.yaml:1:1",
        ),
        (
            "AV0003",
            "images:\n  airflow:\n    tag: 2.10\n",
            "f.yaml:3:10",
        ),
        ("AV0003", "flower:\n  enabled: yes\n", "f.yaml:2:12"),
        (
            "AV0005",
            "\u{feff}executor: KubernetesExecutor\n",
            "f.yaml:1:1",
        ),
        (
            "AV0007",
            "executor: KubernetesExecutor\r\nflower:\r\n  enabled: true\r\n",
            "f.yaml:1:",
        ),
        (
            "AV0008",
            "scheduler:\n  nodeSelector: &pool {agentpool: af}\ntriggerer:\n  nodeSelector: *pool\n",
            "f.yaml:2:",
        ),
        (
            "AV0010",
            "executor: KubernetesExecutor\n---\nflower: {enabled: true}\n",
            "f.yaml:",
        ),
        ("AV0011", "- executor: KubernetesExecutor\n", "f.yaml:1:1"),
        ("AV0012", "# nothing here\n", "f.yaml:"),
        ("AV0001", "scheduler:\n\treplicas: 2\n", "f.yaml:2:"),
    ];
    for (code, text, at) in cases {
        let report = run(&[("f.yaml", text)], &CheckOptions::new(V22));
        let hit: Vec<_> = placed(&report)
            .into_iter()
            .filter(|(c, _)| c == code)
            .collect();
        assert!(
            hit.iter().any(|(_, l)| l.starts_with(at)),
            "{code} at {at} expected in:\n{report}"
        );
    }
}

#[test]
fn utf16_files_are_decoded() {
    let text = "executor: KubernetesExecutor\n";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let report = check(&[Source::new("w.yaml", le)], &CheckOptions::new(V22));
    let codes: Vec<_> = placed(&report).into_iter().map(|(c, _)| c).collect();
    assert_eq!(codes, ["AV0006"], "{report}");
    let report = check(
        &[Source::new("b.yaml", vec![0xC3, 0x28])],
        &CheckOptions::new(V22),
    );
    assert_eq!(placed(&report)[0].0, "AV0001", "{report}");
}

/// An unknown key has one code per outcome: AV0101 where the release's
/// schema closes the mapping (Helm refuses the file), AV0110 where it leaves
/// the mapping open (Helm renders, the key is lost).
#[test]
fn unknown_keys_helm_refuses_and_keys_helm_ignores_have_their_own_codes() {
    for (text, version, want) in [
        ("scheduler:\n  replica: 2\n", V15, "AV0101"),
        ("schedular:\n  replicas: 2\n", V15, "AV0110"),
        ("ingress:\n  enable: true\n", V15, "AV0110"),
        // `scheduler.podDisruptionBudget` is closed through 1.18.0.
        (
            "scheduler:\n  podDisruptionBudget: {enable: true}\n",
            ChartVersion::V1_18_0,
            "AV0101",
        ),
    ] {
        let report = run(&[("v.yaml", text)], &CheckOptions::new(version));
        let codes: Vec<&str> = report
            .diagnostics()
            .iter()
            .map(|d| d.code.as_str())
            .filter(|c| matches!(*c, "AV0101" | "AV0110"))
            .collect();
        assert_eq!(codes, [want], "{version} {text}{report}");
    }
}

/// A key of other releases has one code per outcome too: AV0103 where the
/// release's schema closes the mapping (Helm refuses the file), AV0111 where
/// it takes any key (Helm renders, the key is lost); both name the releases
/// that have the key.
#[test]
fn keys_of_other_releases_helm_refuses_and_keys_helm_ignores_have_their_own_codes() {
    let v18 = ChartVersion::V1_18_0;
    for (text, version, want) in [
        ("apiServer:\n  replicas: 2\n", V15, Some("AV0111")),
        (
            "ingress:\n  apiServer:\n    enabled: true\n",
            V15,
            Some("AV0111"),
        ),
        (
            "workers:\n  celery:\n    replicas: 2\n",
            v18,
            Some("AV0103"),
        ),
        // Both in the releases that have them.
        ("apiServer:\n  replicas: 2\n", V22, None),
        ("workers:\n  celery:\n    replicas: 2\n", V22, None),
        // Component keys inside are still the component's, not an umbrella
        // chart's values (AV0108).
        (
            "apiServer:\n  nodeSelector: {}\n  tolerations: []\n  affinity: {}\n",
            V15,
            Some("AV0111"),
        ),
    ] {
        let report = run(&[("v.yaml", text)], &CheckOptions::new(version));
        let found: Vec<_> = report
            .diagnostics()
            .iter()
            .filter(|d| d.code.area() == airflow_values::check::Area::Structure)
            .collect();
        let codes: Vec<&str> = found.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, want.as_slice(), "{version} {text}{report}");
        if let [d] = found.as_slice() {
            assert!(d.message.contains("chart 1."), "{d}");
            let ignored = d.message.contains("Helm takes it");
            assert_eq!(ignored, want == Some("AV0111"), "{d}");
            assert!(
                d.help.as_deref().unwrap_or_default().contains("target"),
                "{d}"
            );
        }
    }
}

#[test]
fn unknown_top_level_keys_that_helm_ignores_are_reported() {
    for (text, suggestion) in [
        ("foo: 1\n", None),
        ("web:\n  replicas: 2\n", Some("webserver")),
        ("reids:\n  enabled: false\n", Some("redis")),
    ] {
        let report = run(&[("v.yaml", text)], &CheckOptions::new(V15));
        let unknown: Vec<_> = report.with_code(code("AV0110")).collect();
        assert_eq!(unknown.len(), 1, "{report}");
        assert_eq!(unknown[0].suggestion.as_deref(), suggestion, "{report}");
    }
    let report = run(
        &[("v.yaml", "serviceAccount:\n  create: false\n")],
        &CheckOptions::new(V15),
    );
    let help = report
        .with_code(code("AV0110"))
        .next()
        .and_then(|d| d.help.clone())
        .unwrap_or_default();
    assert!(help.contains("scheduler.serviceAccount"), "{help}");
    let report = run(&[("v.yaml", "git:\n  dags: {}\n")], &CheckOptions::new(V15));
    let git = report
        .with_code(code("AV0110"))
        .next()
        .expect("git is unknown");
    assert_eq!(git.suggestion, None, "not `gid`");
    assert!(
        git.help
            .as_deref()
            .unwrap_or_default()
            .contains("dags.gitSync")
    );
}

#[test]
fn secrets_never_reach_the_report() {
    let text = "fernetKey: not-a-real-fernet-key-but-secret\n\
                webserver: {defaultUser: {password: hunter2-unique}}\n\
                data: {metadataConnection: {pass: 12345678901234567}}\n";
    let report = run(
        &[("s.yaml", text)],
        &CheckOptions::new(V15).profile(Profile::Production),
    );
    let shown = format!("{report}\n{}", serde_json::to_string(&report).unwrap());
    for secret in [
        "not-a-real-fernet-key-but-secret",
        "hunter2-unique",
        "12345678901234567",
    ] {
        assert!(!shown.contains(secret), "{secret} shown:\n{shown}");
    }
}

#[test]
fn null_removes_a_default_as_in_helm() {
    // Helm deletes a key set to null while coalescing with the chart, so it
    // is not a wrong type, in one file or when a later file sets it.
    let report = run(
        &[("v.yaml", "webserver:\n  defaultUser: null\n")],
        &CheckOptions::new(V15),
    );
    assert_eq!(report.with_code(code("AV0102")).count(), 0, "{report}");
    let report = run(
        &[
            ("a.yaml", "webserver:\n  defaultUser: {enabled: false}\n"),
            ("b.yaml", "webserver:\n  defaultUser: ~\n"),
        ],
        &CheckOptions::new(V15),
    );
    assert!(!report.has_errors(), "{report}");
}

/// Helm drops a `null` only where the release's values.yaml sets the key;
/// anywhere else (a key the release has no default for, a key below one,
/// a list item) the `null` stays and the schema refuses it where it wants
/// another type. Each case is what Helm 4 does with these files.
#[test]
fn null_stays_where_the_chart_has_no_default() {
    use ChartVersion::{V1_18_0, V1_19_0, V1_21_0};
    let null_at = |text: &str, version: ChartVersion| -> Vec<String> {
        let report = run(&[("v.yaml", text)], &CheckOptions::new(version));
        report
            .with_code(code("AV0102"))
            .map(|d| d.path.to_string())
            .collect()
    };
    // `webserver.defaultUser` leaves values.yaml in 1.19.0 (for
    // `createUserJob.defaultUser`); the schema keeps it as a mapping.
    let default_user = "webserver:\n  defaultUser: null\n";
    assert_eq!(null_at(default_user, V1_18_0), Vec::<String>::new());
    for version in [V1_19_0, V1_21_0, V22] {
        assert_eq!(null_at(default_user, version), ["webserver.defaultUser"]);
    }
    // A null below a key without default stays with its parent.
    let role = "webserver:\n  defaultUser:\n    role: null\n";
    assert_eq!(null_at(role, V1_18_0), Vec::<String>::new());
    assert_eq!(null_at(role, V22), ["webserver.defaultUser.role"]);
    // Below a mapping that values.yaml leaves empty, and in a list.
    assert_eq!(
        null_at("scheduler:\n  affinity:\n    nodeAffinity: null\n", V22),
        ["scheduler.affinity.nodeAffinity"]
    );
    assert_eq!(
        null_at("scheduler:\n  extraVolumes: [null]\n", V22),
        ["scheduler.extraVolumes[0]"]
    );
    // Keys values.yaml sets lose their default, as before.
    // Helm merges a subchart's values keeping nulls: one below `postgresql`
    // stays, `postgresql` itself goes.
    assert_eq!(
        null_at("postgresql:\n  enabled: null\n", V22),
        ["postgresql.enabled"]
    );
    assert_eq!(null_at("postgresql: null\n", V22), Vec::<String>::new());
    // Keys values.yaml sets lose their default, as before, and the typed
    // model reads no key there (a `config` option takes no null).
    for text in [
        "scheduler:\n  replicas: null\n",
        "createUserJob:\n  defaultUser:\n    role: null\n",
        "config:\n  core:\n    dags_folder: null\n",
        "config:\n  celery_kubernetes_executor: null\n",
    ] {
        assert_eq!(null_at(text, V22), Vec::<String>::new(), "{text}");
        let report = run(&[("v.yaml", text)], &CheckOptions::new(V22));
        assert!(!report.has_errors(), "{text}{report}");
    }
}

#[test]
fn a_value_its_type_refuses_is_reported_and_the_rest_still_checked() {
    let text = "\
images:
  airflow:
    repository: apache/airflow
    tag: 2.8.0
    digest: sha256:not-hex-at-all
airflowVersion: 2.9.3
";
    let report = run(&[("values.yaml", text)], &CheckOptions::new(V15));
    let found = placed(&report);
    assert!(
        found.contains(&("AV0105".to_owned(), "values.yaml:5:5".to_owned())),
        "{report}"
    );
    let digest = report
        .diagnostics()
        .iter()
        .find(|d| d.code == code("AV0105"))
        .expect("reported");
    assert_eq!(digest.path.to_string(), "images.airflow.digest");
    assert!(!digest.message.contains("not-hex"), "{digest}");
    // The tag that disagrees with airflowVersion is still found.
    assert!(found.iter().any(|(code, _)| code == "AV0203"), "{report}");
}

#[cfg(all(feature = "bitnami", feature = "community"))]
/// Every area has codes, and each table of codes lands in the area its
/// digits say: the structural and YAML ones block reading, no rule does.
/// `workers.podManagementPolicy` (1.16.0 on) and
/// `workers.celery.podManagementPolicy` (1.19.0 on) default to `null` in
/// values.yaml, so Helm keeps a user's `null` there, and the chart's schema,
/// whose enum leaves `null` out, refuses it (Helm 4: "value must be one of
/// 'OrderedReady', 'Parallel'").
#[test]
fn a_null_the_chart_enum_leaves_out_is_refused() {
    let errors_at = |text: &str, version: ChartVersion| -> Vec<(String, String)> {
        let report = run(&[("v.yaml", text)], &CheckOptions::new(version));
        report
            .errors()
            .map(|d| (d.code.as_str().to_owned(), d.path.to_string()))
            .collect()
    };
    let workers = "workers:\n  podManagementPolicy: null\n";
    let celery = "workers:\n  celery:\n    podManagementPolicy: null\n";
    let mut checked = 0;
    for version in ChartVersion::ALL.iter().copied() {
        if version < ChartVersion::V1_16_0 {
            continue;
        }
        let want = [(
            "AV0102".to_owned(),
            "workers.podManagementPolicy".to_owned(),
        )];
        assert_eq!(errors_at(workers, version), want, "{version}");
        if version >= ChartVersion::V1_19_0 {
            let want = [(
                "AV0102".to_owned(),
                "workers.celery.podManagementPolicy".to_owned(),
            )];
            assert_eq!(errors_at(celery, version), want, "{version}");
        }
        let set = "workers:\n  podManagementPolicy: Parallel\n";
        assert_eq!(errors_at(set, version), [], "{version}");
        checked += 1;
    }
    assert_eq!(checked, 5, "the releases from 1.16.0 on");
}

#[test]
fn codes_carry_their_area() {
    use airflow_values::check::Area;
    use airflow_values::explain::explanations;
    let mut seen = std::collections::BTreeMap::<Area, usize>::new();
    for e in explanations() {
        *seen.entry(e.code.area()).or_default() += 1;
        let digits = &e.code.as_str()[2..4];
        assert_eq!(
            e.code.area().blocks_reading(),
            digits == "00" || digits == "01",
            "{}",
            e.code
        );
    }
    let all = [
        Area::Yaml,
        Area::Structure,
        Area::Images,
        Area::Database,
        Area::Secrets,
        Area::Dags,
        Area::Logs,
        Area::Template,
        Area::Migration,
        Area::Bitnami,
        Area::Community,
        Area::AirflowConfig,
    ];
    for area in all {
        assert!(
            seen.get(&area).copied().unwrap_or(0) > 0,
            "no code in {area:?}"
        );
    }
    assert_eq!(seen.len(), all.len(), "{seen:?}");
}
