//! Walker and diagnostic tests on small schemas, plus one run on the
//! official chart's schema.

use super::issue::StructureIssue;
use super::path::{KeyPath, Segment};
use super::*;
use crate::check::{Diagnostic, RULES, Severity};
use crate::schemas::SchemaRoot;
use serde_json::{Value, json};

fn key(k: &str) -> Segment {
    Segment::Key(k.to_owned())
}

/// `(path, kind)` pairs, with paths as text, for compact assertions.
fn found(schema: &Value, doc: &Value) -> Vec<(String, IssueKind)> {
    walk(SchemaRoot::of(schema), doc)
        .into_iter()
        .map(|i| (i.path.to_string(), i.kind))
        .collect()
}

fn wrong(expected: &[&'static str], found: &'static str) -> IssueKind {
    IssueKind::WrongType {
        expected: expected.to_vec(),
        found,
    }
}

fn not_allowed(allowed: &[&str]) -> IssueKind {
    IssueKind::NotAllowed {
        allowed: allowed.iter().map(|a| (*a).to_owned()).collect(),
    }
}

fn unknown(suggestion: Option<&str>, elsewhere: &[&str]) -> IssueKind {
    IssueKind::UnknownKey {
        suggestion: suggestion.map(str::to_owned),
        elsewhere: elsewhere.iter().map(|e| (*e).to_owned()).collect(),
    }
}

/// A schema shaped like the chart's: components behind `$ref`s, optional
/// values as `anyOf [T, null]`, a version-marked key and an enum.
fn chart() -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "properties": {
            "executor": {
                "oneOf": [
                    {"type": "string", "const": "CeleryExecutor"},
                    {"type": "string", "const": "KubernetesExecutor"},
                    {"type": "null"}
                ]
            },
            "scheduler": {"anyOf": [{"$ref": "#/$defs/Component"}, {"type": "null"}]},
            "webserver": {"$ref": "#/$defs/Component"},
            "workers": {"$ref": "#/$defs/Component"},
            "redis": {"type": "object"},
            "images": {
                "type": "object",
                "additionalProperties": false,
                "properties": {"airflow": {"$ref": "#/$defs/Image"}}
            },
            "dags": {
                "type": "object",
                "additionalProperties": false,
                "properties": {"gitSync": {"$ref": "#/$defs/GitSync"}}
            },
            "tolerations": {"type": "array"},
            "nodeSelector": {"type": "object", "additionalProperties": {"type": "string"}},
            "apiServer": {"x-chart-versions": ["1.22.0"], "not": {}, "description": "Airflow 3"},
            "config": {
                "type": "object",
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": {"type": ["boolean", "integer", "number", "string"]}
                }
            }
        },
        "$defs": {
            "Component": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                    "replicas": {"type": "integer", "minimum": 0},
                    "nodeSelector": {"type": "object"},
                    "serviceAccount": {"$ref": "#/$defs/ServiceAccount"},
                    "env": {"type": "array", "items": {"$ref": "#/$defs/EnvVar"}},
                    "apiSecretKey": {"x-chart-versions": ["1.22.0"], "not": {}}
                }
            },
            "ServiceAccount": {
                "type": "object",
                "additionalProperties": false,
                "properties": {"create": {"type": "boolean"}, "name": {"type": ["string", "null"]}}
            },
            "EnvVar": {
                "type": "object",
                "additionalProperties": false,
                "properties": {"name": {"type": "string"}, "value": {"type": "string"}}
            },
            "Image": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                    "repository": {"type": "string"},
                    "tag": {"type": ["string", "null"]},
                    "pullPolicy": {"enum": ["Always", "IfNotPresent", "Never"]}
                }
            },
            "GitSync": {
                "type": "object",
                "additionalProperties": false,
                "properties": {"enabled": {"type": "boolean"}, "repo": {"type": "string"}}
            }
        }
    })
}

#[test]
fn a_matching_document_has_no_issues() {
    let doc = json!({
        "executor": "KubernetesExecutor",
        "scheduler": {"replicas": 2, "env": [{"name": "A", "value": "b"}]},
        "webserver": {"serviceAccount": {"create": true, "name": null}},
        "images": {"airflow": {"repository": "acr.io/airflow", "tag": "2.10", "pullPolicy": "Always"}},
        "dags": {"gitSync": {"enabled": true, "repo": "git@github.com:acme/dags.git"}},
        "nodeSelector": {"agentpool": "airflow"},
        "config": {"core": {"parallelism": 32, "load_examples": false}},
        "redis": {"anything": {"goes": 1}}
    });
    assert_eq!(found(&chart(), &doc), []);
    assert_eq!(
        found(&chart(), &json!({"scheduler": null, "executor": null})),
        []
    );
}

#[test]
fn boolean_schemas() {
    assert_eq!(found(&json!(true), &json!({"a": [1, "x"]})), []);
    assert_eq!(found(&json!({}), &json!("x")), []);
    assert_eq!(
        found(&json!(false), &json!(1)),
        [(String::new(), IssueKind::Forbidden)]
    );
    let schema = json!({"items": false, "properties": {"gone": false, "any": true}});
    assert_eq!(
        found(&schema, &json!({"gone": 1, "any": {"x": 1}})),
        [("gone".to_owned(), unknown(None, &[]))]
    );
    assert_eq!(
        found(&schema, &json!([1])),
        [("[0]".to_owned(), IssueKind::Forbidden)]
    );
}

#[test]
fn types_in_yaml_words() {
    let cases = [
        (
            json!({"type": "string"}),
            json!(2.1),
            Some(wrong(&["string"], "a number")),
        ),
        (
            json!({"type": "string"}),
            json!(2),
            Some(wrong(&["string"], "an integer")),
        ),
        (
            json!({"type": "string"}),
            json!(true),
            Some(wrong(&["string"], "a boolean")),
        ),
        (json!({"type": "integer"}), json!(1.0), None),
        (json!({"type": "integer"}), json!(-7), None),
        (
            json!({"type": "integer"}),
            json!(1.5),
            Some(wrong(&["integer"], "a number")),
        ),
        (json!({"type": "number"}), json!(3), None),
        (
            json!({"type": "boolean"}),
            json!("yes"),
            Some(wrong(&["boolean"], "a string")),
        ),
        (
            json!({"type": "object"}),
            json!([]),
            Some(wrong(&["mapping"], "a list")),
        ),
        (
            json!({"type": "array"}),
            json!({}),
            Some(wrong(&["list"], "a mapping")),
        ),
        (json!({"type": ["string", "null"]}), json!(null), None),
        (
            json!({"type": ["object", "null"]}),
            json!("x"),
            Some(wrong(&["mapping", "null"], "a string")),
        ),
        (
            json!({"type": "null"}),
            json!(0),
            Some(wrong(&["null"], "an integer")),
        ),
    ];
    for (schema, value, want) in cases {
        let want: Vec<_> = want.into_iter().map(|k| (String::new(), k)).collect();
        assert_eq!(
            found(&schema, &value),
            want,
            "schema {schema} value {value}"
        );
    }
}

#[test]
fn enum_const_and_limits() {
    let schema = json!({
        "type": "object",
        "properties": {
            "mode": {"enum": ["a", "b", 3, null]},
            "fixed": {"const": "on"},
            "count": {"type": "integer", "minimum": 1, "maximum": 10},
            "ratio": {"exclusiveMinimum": 0, "exclusiveMaximum": 1},
            "old": {"minimum": 0, "exclusiveMinimum": true}
        }
    });
    assert_eq!(
        found(
            &schema,
            &json!({"mode": 3.0, "fixed": "on", "count": 10, "ratio": 0.5, "old": 1})
        ),
        []
    );
    let limit = |n: i64| serde_json::Number::from(n);
    assert_eq!(
        found(
            &schema,
            &json!({"mode": "c", "fixed": "off", "count": 0, "ratio": 1, "old": 0})
        ),
        [
            (
                "count".to_owned(),
                IssueKind::BelowMinimum {
                    limit: limit(1),
                    exclusive: false
                }
            ),
            ("fixed".to_owned(), not_allowed(&["on"])),
            ("mode".to_owned(), not_allowed(&["a", "b", "3", "null"])),
            (
                "old".to_owned(),
                IssueKind::BelowMinimum {
                    limit: limit(0),
                    exclusive: true
                }
            ),
            (
                "ratio".to_owned(),
                IssueKind::AboveMaximum {
                    limit: limit(1),
                    exclusive: true
                }
            ),
        ]
    );
    assert_eq!(
        found(&schema, &json!({"count": 11, "ratio": 0})),
        [
            (
                "count".to_owned(),
                IssueKind::AboveMaximum {
                    limit: limit(10),
                    exclusive: false
                }
            ),
            (
                "ratio".to_owned(),
                IssueKind::BelowMinimum {
                    limit: limit(0),
                    exclusive: true
                }
            ),
        ]
    );
}

#[test]
fn additional_properties_missing_false_or_a_schema() {
    let open = json!({"properties": {"a": {"type": "string"}}});
    assert_eq!(found(&open, &json!({"a": "x", "b": 1})), []);
    let closed = json!({"properties": {"a": {"type": "string"}}, "additionalProperties": false});
    assert_eq!(
        found(&closed, &json!({"a": "x", "b": 1})),
        [("b".to_owned(), unknown(None, &[]))]
    );
    let typed = json!({"properties": {"a": {}}, "additionalProperties": {"type": "string"}});
    assert_eq!(
        found(&typed, &json!({"a": 1, "b": "x", "c": 2})),
        [("c".to_owned(), wrong(&["string"], "an integer"))]
    );
    let never = json!({"properties": {"a": {}}, "additionalProperties": {"not": {}}});
    assert_eq!(
        found(&never, &json!({"b": 1})),
        [("b".to_owned(), unknown(None, &[]))]
    );
    let patterns = json!({
        "properties": {"a": {}},
        "patternProperties": {"^x-": {"type": "string"}},
        "additionalProperties": false
    });
    assert_eq!(found(&patterns, &json!({"x-anything": 1, "b": 2})), []);
}

#[test]
fn nested_paths_with_list_indices() {
    let doc = json!({
        "scheduler": {
            "env": [
                {"name": "A", "value": "1"},
                {"name": "B", "value": 2},
                {"name": "C", "valu": "3"}
            ]
        },
        "images": {"airflow": {"tag": 2.1}},
        "config": {"core": {"dags_folder": ["x"]}, "a.b": {"c d": null}}
    });
    assert_eq!(
        found(&chart(), &doc),
        [
            (
                "config.\"a.b\".\"c d\"".to_owned(),
                wrong(&["boolean", "integer", "number", "string"], "null"),
            ),
            (
                "config.core.dags_folder".to_owned(),
                wrong(&["boolean", "integer", "number", "string"], "a list"),
            ),
            (
                "images.airflow.tag".to_owned(),
                wrong(&["string", "null"], "a number")
            ),
            (
                "scheduler.env[1].value".to_owned(),
                wrong(&["string"], "an integer")
            ),
            (
                "scheduler.env[2].valu".to_owned(),
                unknown(Some("value"), &[])
            ),
        ]
    );
    let issues: Vec<StructureIssue> = walk(
        SchemaRoot::of(&chart()),
        &json!({"scheduler": {"env": [{"value": 1}]}}),
    );
    assert_eq!(
        issues[0].path,
        KeyPath(vec![
            key("scheduler"),
            key("env"),
            Segment::Index(0),
            key("value")
        ])
    );
}

#[test]
fn tuple_items() {
    let schema = json!({
        "prefixItems": [{"type": "string"}, {"type": "integer"}],
        "items": {"type": "boolean"}
    });
    assert_eq!(found(&schema, &json!(["a", 1, true, false])), []);
    assert_eq!(
        found(&schema, &json!([1, 1, "x"])),
        [
            ("[0]".to_owned(), wrong(&["string"], "an integer")),
            ("[2]".to_owned(), wrong(&["boolean"], "a string")),
        ]
    );
    let draft7 = json!({"items": [{"type": "string"}], "additionalItems": false});
    assert_eq!(
        found(&draft7, &json!(["a", "b"])),
        [("[1]".to_owned(), IssueKind::Forbidden)]
    );
}

#[test]
fn refs_to_defs_and_definitions() {
    let schema = json!({
        "properties": {
            "a": {"$ref": "#/$defs/Name"},
            "b": {"$ref": "#/definitions/Count"},
            "c": {"$ref": "#/$defs/Missing"},
            "d": {"$ref": "https://example.com/other.json"},
            "e": {"$ref": "#/$defs/Name", "description": "siblings apply too", "maxLength": 3}
        },
        "$defs": {"Name": {"type": "string"}},
        "definitions": {"Count": {"type": "integer"}}
    });
    assert_eq!(
        found(
            &schema,
            &json!({"a": 1, "b": "x", "c": 1, "d": 1, "e": true})
        ),
        [
            ("a".to_owned(), wrong(&["string"], "an integer")),
            ("b".to_owned(), wrong(&["integer"], "a string")),
            ("e".to_owned(), wrong(&["string"], "a boolean")),
        ]
    );
}

#[test]
fn recursive_refs_terminate() {
    // A tree: recursion follows the document, which is finite.
    let tree = json!({
        "$ref": "#/$defs/Node",
        "$defs": {
            "Node": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}
                }
            }
        }
    });
    let doc =
        json!({"name": "a", "children": [{"name": "b", "children": [{"name": 1, "nmae": "x"}]}]});
    assert_eq!(
        found(&tree, &doc),
        [
            (
                "children[0].children[0].name".to_owned(),
                wrong(&["string"], "an integer")
            ),
            (
                "children[0].children[0].nmae".to_owned(),
                unknown(Some("name"), &[])
            ),
        ]
    );
    // Cycles that never reach a child value stop on the repeated reference.
    let cycles = json!({
        "properties": {
            "self": {"$ref": "#/$defs/Self"},
            "pair": {"$ref": "#/$defs/A"},
            "either": {"$ref": "#/$defs/Either"}
        },
        "$defs": {
            "Self": {"$ref": "#/$defs/Self"},
            "A": {"$ref": "#/$defs/B"},
            "B": {"allOf": [{"$ref": "#/$defs/A"}, {"type": "string"}]},
            "Either": {"anyOf": [{"$ref": "#/$defs/Either"}, {"$ref": "#/$defs/Either"}]}
        }
    });
    assert_eq!(
        found(&cycles, &json!({"self": 1, "pair": 1, "either": 1})),
        [("pair".to_owned(), wrong(&["string"], "an integer"))]
    );
    let root_cycle = json!({"$ref": "#"});
    assert_eq!(found(&root_cycle, &json!({"a": 1})), []);
}

#[test]
fn deep_documents_stop_without_overflowing_the_stack() {
    let schema = json!({
        "$ref": "#/$defs/Node",
        "$defs": {"Node": {
            "anyOf": [
                {"type": "object", "additionalProperties": {"$ref": "#/$defs/Node"}},
                {"type": "integer"}
            ]
        }}
    });
    let nest = |depth: usize| {
        let mut doc = json!("leaf");
        for _ in 0..depth {
            let mut map = serde_json::Map::new();
            map.insert("k".to_owned(), doc);
            doc = Value::Object(map);
        }
        doc
    };
    let doc = nest(5_000);
    // Too deep to reach the leaf: nothing is reported, and nothing overflows.
    assert_eq!(found(&schema, &doc), []);
    // Dropping a value this deep recurses in serde_json itself; leak it.
    std::mem::forget(doc);
    let issues = found(&schema, &nest(10));
    assert_eq!(
        issues,
        [(
            format!("{}k", "k.".repeat(9)),
            wrong(&["mapping", "integer"], "a string")
        )]
    );
}

#[test]
fn any_of_prefers_the_branch_of_the_values_type() {
    let schema = json!({
        "anyOf": [
            {"type": "string", "enum": ["a", "b"]},
            {"type": "object", "additionalProperties": false, "properties": {"name": {}, "value": {}}},
            {"type": "null"}
        ]
    });
    assert_eq!(found(&schema, &json!("a")), []);
    assert_eq!(found(&schema, &json!(null)), []);
    assert_eq!(found(&schema, &json!({"name": 1})), []);
    assert_eq!(
        found(&schema, &json!("c")),
        [(String::new(), not_allowed(&["a", "b"]))]
    );
    assert_eq!(
        found(&schema, &json!({"name": 1, "valeu": 2, "zzz": 3})),
        [
            ("valeu".to_owned(), unknown(Some("value"), &[])),
            ("zzz".to_owned(), unknown(None, &[])),
        ]
    );
    // No branch admits a number: one issue naming every expected type.
    assert_eq!(
        found(&schema, &json!(5)),
        [(
            String::new(),
            wrong(&["string", "mapping", "null"], "an integer")
        )]
    );
}

#[test]
fn any_of_falls_back_to_the_fewest_issues() {
    let schema = json!({
        "oneOf": [
            {"properties": {"a": {"type": "string"}, "b": {"type": "string"}}},
            {"properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}},
        ]
    });
    assert_eq!(found(&schema, &json!({"a": "x", "b": "y"})), []);
    assert_eq!(
        found(&schema, &json!({"a": 1, "b": "y"})),
        [("a".to_owned(), wrong(&["string"], "an integer"))]
    );
    assert_eq!(
        found(&schema, &json!({"a": 1, "b": 2.5})),
        [("b".to_owned(), wrong(&["integer"], "a number"))]
    );
}

#[test]
fn one_of_consts_merge_into_one_list() {
    let doc = json!({"executor": "hunter2-secret"});
    assert_eq!(
        found(&chart(), &doc),
        [(
            "executor".to_owned(),
            not_allowed(&["CeleryExecutor", "KubernetesExecutor"])
        )]
    );
    assert_eq!(
        found(&chart(), &json!({"executor": 3})),
        [(
            "executor".to_owned(),
            wrong(&["string", "null"], "an integer")
        )]
    );
}

#[test]
fn all_of_reports_every_branch_and_not_forbids() {
    let schema = json!({
        "allOf": [
            {"properties": {"a": {"type": "string"}}},
            {"properties": {"b": {"type": "string"}}},
            {"properties": {"a": {"type": "string"}}}
        ],
        "properties": {"c": {"not": {"type": "string"}}, "d": {"not": {}}}
    });
    assert_eq!(
        found(&schema, &json!({"a": 1, "b": 2, "c": 3})),
        [
            ("a".to_owned(), wrong(&["string"], "an integer")),
            ("b".to_owned(), wrong(&["string"], "an integer")),
        ],
        "the same issue twice is reported once"
    );
    assert_eq!(
        found(&schema, &json!({"c": "x"})),
        [("c".to_owned(), IssueKind::Forbidden)]
    );
    assert_eq!(
        found(&schema, &json!({"d": 1})),
        [("d".to_owned(), unknown(None, &[]))]
    );
}

#[test]
fn version_marked_keys() {
    let doc = json!({
        "apiServer": {"replicas": "not descended into"},
        "webserver": {"apiSecretKey": "hunter2-secret"},
        "apiServr": {}
    });
    assert_eq!(
        found(&chart(), &doc),
        [
            (
                "apiServer".to_owned(),
                IssueKind::NotInVersion {
                    versions: vec!["1.22.0".to_owned()]
                },
            ),
            ("apiServr".to_owned(), unknown(None, &[])),
            (
                "webserver.apiSecretKey".to_owned(),
                IssueKind::NotInVersion {
                    versions: vec!["1.22.0".to_owned()]
                },
            ),
        ]
    );
}

#[test]
fn unknown_keys_suggest_siblings() {
    let cases = [
        (
            json!({"dags": {"gitsync": {}}}),
            "dags.gitsync",
            Some("gitSync"),
        ),
        (json!({"webServer": {}}), "webServer", Some("webserver")),
        (json!({"reids": {}}), "reids", Some("redis")),
        (json!({"web": {}}), "web", Some("webserver")),
        (
            json!({"nodeselector": {}}),
            "nodeselector",
            Some("nodeSelector"),
        ),
        (
            json!({"scheduler": {"nodeselector": {}}}),
            "scheduler.nodeselector",
            Some("nodeSelector"),
        ),
        (json!({"tolerance": []}), "tolerance", Some("tolerations")),
        (
            json!({"images": {"airflow": {"imagePullPolicy": "Always"}}}),
            "images.airflow.imagePullPolicy",
            Some("pullPolicy"),
        ),
        (json!({"foo": 1}), "foo", None),
    ];
    for (doc, path, want) in cases {
        let issues = found(&chart(), &doc);
        assert_eq!(issues.len(), 1, "doc {doc}: {issues:?}");
        assert_eq!(issues[0].0, path, "doc {doc}");
        let IssueKind::UnknownKey {
            suggestion,
            elsewhere,
        } = &issues[0].1
        else {
            panic!("doc {doc}: {issues:?}");
        };
        assert_eq!(suggestion.as_deref(), want, "doc {doc}");
        assert!(elsewhere.is_empty() || want.is_none(), "doc {doc}");
    }
}

#[test]
fn unknown_keys_point_to_where_the_key_lives() {
    let issues = found(&chart(), &json!({"serviceAccount": {"create": false}}));
    assert_eq!(
        issues,
        [(
            "serviceAccount".to_owned(),
            unknown(
                None,
                &[
                    "scheduler.serviceAccount",
                    "webserver.serviceAccount",
                    "workers.serviceAccount"
                ]
            )
        )]
    );
    // Two levels down, as full paths from the root.
    let issues = found(&chart(), &json!({"images": {"repository": "x"}}));
    assert_eq!(
        issues,
        [(
            "images.repository".to_owned(),
            unknown(None, &["images.airflow.repository"])
        )]
    );
    let issues = found(&chart(), &json!({"create": true}));
    assert_eq!(
        issues,
        [(
            "create".to_owned(),
            unknown(
                None,
                &[
                    "scheduler.serviceAccount.create",
                    "webserver.serviceAccount.create",
                    "workers.serviceAccount.create"
                ]
            )
        )]
    );
    // Version-marked keys are not a place to move to.
    assert_eq!(
        found(&chart(), &json!({"apiSecretKey": "x"})),
        [("apiSecretKey".to_owned(), unknown(None, &[]))]
    );
}

#[test]
fn diagnostics_have_codes_messages_and_help() {
    let cases = [
        (
            json!({"scheduler": {"nodeselector": {}}}),
            "AV0101",
            "unknown-key",
            "`scheduler.nodeselector` is not a key of the chart",
            "did you mean `nodeSelector`?",
        ),
        (
            json!({"serviceAccount": {}}),
            "AV0101",
            "unknown-key",
            "`serviceAccount` is not a key of the chart",
            "`serviceAccount` is a key of `scheduler`, `webserver` and `workers`; move it there",
        ),
        (
            json!({"foo": 1}),
            "AV0101",
            "unknown-key",
            "`foo` is not a key of the chart",
            "remove it, or check the key against `airflow-values schema`",
        ),
        (
            json!({"images": {"airflow": {"tag": 2.1}}}),
            "AV0102",
            "wrong-type",
            "`images.airflow.tag` is a number here; the chart expects a string or null",
            "put the value in quotes: YAML reads `tag: 2.10` as the number 2.1 and `tag: 010` \
             as a number too; `tag: \"2.10\"` stays a string",
        ),
        (
            json!({"dags": {"gitSync": {"repo": true}}}),
            "AV0102",
            "wrong-type",
            "`dags.gitSync.repo` is a boolean here; the chart expects a string",
            "put the value in quotes: YAML reads `yes`, `no`, `on`, `off`, `true` and `false` \
             as booleans; `\"yes\"` stays a string",
        ),
        (
            json!({"dags": {"gitSync": {"enabled": "yes"}}}),
            "AV0102",
            "wrong-type",
            "`dags.gitSync.enabled` is a string here; the chart expects a boolean",
            "write true or false without quotes",
        ),
        (
            json!([]),
            "AV0102",
            "wrong-type",
            "the values document is a list here; the chart expects a mapping",
            "write a mapping here, or check the key against `airflow-values schema`",
        ),
        (
            json!({"apiServer": {}}),
            "AV0103",
            "key-not-in-chart-version",
            "`apiServer` exists from chart 1.22.0 on; this file targets 1.15.0",
            "remove it, or target chart 1.22.0 or later",
        ),
        (
            json!({"executor": "Kubernetes"}),
            "AV0105",
            "value-not-allowed",
            "`executor` must be one of `CeleryExecutor`, `KubernetesExecutor`",
            "use one of the listed values, spelled exactly so (case matters)",
        ),
        (
            json!({"workers": {"replicas": -1}}),
            "AV0105",
            "value-not-allowed",
            "`workers.replicas` must be at least 0",
            "raise the value, or remove the key to keep the chart's default",
        ),
    ];
    for (doc, code, name, message, help) in cases {
        let issues = walk(SchemaRoot::of(&chart()), &doc);
        assert_eq!(issues.len(), 1, "doc {doc}: {issues:?}");
        let d: Diagnostic = to_diagnostic(&issues[0], "1.15.0");
        assert_eq!(
            (
                d.code.as_str(),
                d.name,
                d.severity,
                d.message.as_str(),
                d.help.as_deref()
            ),
            (code, name, Severity::Error, message, Some(help)),
            "doc {doc}"
        );
        assert_eq!(d.path, issues[0].path, "doc {doc}");
    }
}

#[test]
fn long_enum_lists_end_with_an_ellipsis() {
    let values: Vec<String> = (0..12).map(|i| format!("v{i}")).collect();
    let schema = json!({"enum": values});
    let issues = walk(SchemaRoot::of(&schema), &json!("x"));
    let d = to_diagnostic(&issues[0], "1.15.0");
    assert_eq!(
        d.message,
        "the values document must be one of `v0`, `v1`, `v2`, `v3`, `v4`, `v5`, `v6`, `v7`, \
         `v8`, `v9`, …"
    );
    let single = walk(
        SchemaRoot::of(&json!({"properties": {"a": {"const": 1}}})),
        &json!({"a": 2}),
    );
    assert_eq!(
        to_diagnostic(&single[0], "1.15.0").message,
        "`a` must be `1`"
    );
}

#[test]
fn values_never_appear_in_issues_or_diagnostics() {
    let secret = "hunter2-secret";
    let schema = json!({
        "type": "object",
        "properties": {
            "password": {"type": "integer"},
            "mode": {"enum": ["a", "b"]},
            "fixed": {"const": "on"},
            "either": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
            "list": {"type": "array", "items": {"type": "boolean"}},
            "nested": {"type": "object", "additionalProperties": {"type": "object"}}
        }
    });
    let doc = json!({
        "password": secret,
        "mode": secret,
        "fixed": secret,
        "either": secret,
        "list": [secret],
        "nested": {"k": secret}
    });
    let issues = walk(SchemaRoot::of(&schema), &doc);
    assert_eq!(issues.len(), 6, "{issues:?}");
    for issue in &issues {
        let debug = format!("{issue:?}");
        let diagnostic = to_diagnostic(issue, "1.15.0");
        let text = format!("{diagnostic} {diagnostic:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(!text.contains("hunter2"), "{text}");
    }
}

#[test]
fn structure_docs_are_listed_like_rules() {
    let mut previous = None;
    for (code, name, severity, doc) in STRUCTURE_DOCS {
        assert!(previous < Some(*code), "{code} out of order");
        previous = Some(*code);
        assert!(
            code.as_str().starts_with("AV01"),
            "{code} is not in the structure area"
        );
        assert_eq!(*severity, Severity::Error, "{code}");
        let title = format!("# {code} {name}\n");
        assert!(doc.starts_with(&title), "{code} doc title");
        for heading in ["## Why this matters", "## Example", "## Fix"] {
            assert!(doc.contains(heading), "{code} lacks {heading}");
        }
        assert!(
            RULES
                .iter()
                .all(|rule| rule.code != *code && rule.name != *name),
            "{code} {name} is already a rule"
        );
    }
    // AV0103 is the rule's code and name, so both report the same finding.
    let issues = walk(SchemaRoot::of(&chart()), &json!({"apiServer": {}}));
    let d = to_diagnostic(&issues[0], "1.15.0");
    let rule = RULES
        .iter()
        .find(|r| r.code == d.code)
        .expect("AV0103 is a rule");
    assert_eq!((rule.name, rule.severity), (d.name, d.severity));
}

#[test]
fn elsewhere_names_only_places_where_the_value_fits() {
    let schema = json!({
        "type": "object",
        "properties": {
            "triggerer": {
                "type": "object",
                "properties": {
                    "containerPorts": {
                        "type": "object",
                        "properties": { "logs": { "type": "integer" } },
                        "additionalProperties": false
                    }
                },
                "additionalProperties": false
            }
        },
        "additionalProperties": false
    });
    let kind = |doc: Value| walk(SchemaRoot::of(&schema), &doc)[0].kind.clone();
    // A port number may be meant for the port.
    assert_eq!(
        kind(json!({ "logs": 8794 })),
        unknown(None, &["triggerer.containerPorts.logs"])
    );
    // A mapping of log settings is not.
    assert_eq!(
        kind(json!({ "logs": { "persistence": { "enabled": true } } })),
        unknown(None, &[])
    );
}

/// Where the chart takes any key, a key Helm would refuse becomes one it
/// ignores: unknown (AV0101 → AV0110) or of other releases (AV0103 →
/// AV0111, still naming them); other findings keep their code.
#[test]
fn keys_helm_takes_become_ignored_keys_and_keep_their_note() {
    let issues = walk(
        SchemaRoot::of(&chart()),
        &json!({"apiServer": {}, "apiServr": {}}),
    );
    let mut codes = Vec::new();
    for issue in &issues {
        let mut d = to_diagnostic(issue, "1.15.0");
        let before = d.message.clone();
        as_ignored_key(&mut d);
        assert!(d.message.starts_with(&before), "{d}");
        assert!(d.message.ends_with("the chart does not read it"), "{d}");
        codes.push((d.code.as_str().to_owned(), d.name));
    }
    assert_eq!(
        codes,
        [
            ("AV0111".to_owned(), "ignored-key-of-other-release"),
            ("AV0110".to_owned(), "ignored-key")
        ]
    );
    let mut wrong_type = to_diagnostic(
        &StructureIssue {
            path: KeyPath(vec![key("executor")]),
            kind: wrong(&["string"], "a number"),
        },
        "1.15.0",
    );
    as_ignored_key(&mut wrong_type);
    assert_eq!(wrong_type.code.as_str(), "AV0102");
}

/// Helm drops a user's `null` only at a key that the release's values.yaml
/// sets, never inside a list; a chart without a values schema never sees a
/// null as a wrong type.
#[test]
fn helm_drops_a_null_only_where_values_yaml_sets_the_key() {
    use crate::official::ChartVersion::{V1_18_0, V1_19_0, V1_22_0};
    let tree = json!({
        "webserver": {"defaultUser": null},
        "createUserJob": {"defaultUser": "text"},
        "scheduler": {"extraVolumes": [null]}
    });
    let at = |keys: &[Segment]| StructureIssue {
        path: KeyPath(keys.to_vec()),
        kind: wrong(&["mapping"], "null"),
    };
    let default_user = at(&[key("webserver"), key("defaultUser")]);
    assert!(null_dropped_by_helm(V1_18_0.into(), &tree, &default_user));
    assert!(!null_dropped_by_helm(V1_19_0.into(), &tree, &default_user));
    let in_list = at(&[key("scheduler"), key("extraVolumes"), Segment::Index(0)]);
    assert!(!null_dropped_by_helm(V1_22_0.into(), &tree, &in_list));
    // A key with a default, but its value is no null.
    let not_null = at(&[key("createUserJob"), key("defaultUser")]);
    assert!(!null_dropped_by_helm(V1_22_0.into(), &tree, &not_null));
    #[cfg(feature = "bitnami")]
    assert!(null_dropped_by_helm(
        crate::check::Chart::Bitnami,
        &tree,
        &default_user
    ));
}
