use super::*;

fn ok(text: &str, edit: Edit) -> String {
    apply(text, std::slice::from_ref(&edit)).unwrap_or_else(|err| panic!("{edit}: {err}\n{text}"))
}

#[test]
fn quote_keeps_the_line_around_it() {
    let text = "images:\n  airflow:\n    # pinned\n    tag: 2.10   # comment\n";
    assert_eq!(
        ok(text, Edit::quote("images.airflow.tag")),
        "images:\n  airflow:\n    # pinned\n    tag: \"2.10\"   # comment\n"
    );
    let err = apply("tag: \"2.10\"\n", &[Edit::quote("tag")]).unwrap_err();
    assert!(matches!(err, EditError::Unsupported { .. }), "{err}");
    let err = apply("a: 1\n", &[Edit::quote("b")]).unwrap_err();
    assert_eq!(err, EditError::Missing { path: "b".into() });
}

#[test]
fn set_value_quotes_what_helm_would_misread() {
    assert_eq!(
        ok("a: 1 # x\nb: 2\n", Edit::set_value("a", "yes")),
        "a: \"yes\" # x\nb: 2\n"
    );
    assert_eq!(ok("a: x\n", Edit::set_value("a", 3)), "a: 3\n");
    let err = apply("a: &x 1\nb: *x\n", &[Edit::set_value("b", 2)]).unwrap_err();
    assert!(matches!(err, EditError::Unsupported { .. }), "{err}");
}

#[test]
fn rename_keeps_position_comments_and_crlf() {
    let text =
        "\u{feff}# top\r\ndags:\r\n  gitsync: # sync\r\n    enabled: true\r\n  persistence: {}\r\n";
    assert_eq!(
        ok(text, Edit::rename("dags.gitsync", "gitSync")),
        "\u{feff}# top\r\ndags:\r\n  gitSync: # sync\r\n    enabled: true\r\n  persistence: {}\r\n"
    );
    let err = apply("a: 1\nb: 2\n", &[Edit::rename("a", "b")]).unwrap_err();
    assert_eq!(err, EditError::Exists { path: "b".into() });
    assert_eq!(
        ok("\"a b\": 1\n", Edit::rename("\"a b\"", "c.d")),
        "c.d: 1\n"
    );
}

#[test]
fn delete_takes_comments_above_and_leaves_an_empty_mapping_written() {
    let text = "a:\n  # about b\n  b:\n    c: 1\n\n  # about d\n  d: 2 # two\n# end\n";
    assert_eq!(
        ok(text, Edit::delete("a.b")),
        "a:\n\n  # about d\n  d: 2 # two\n# end\n"
    );
    assert_eq!(
        ok("x:\n  y: 1\nz: 2\n", Edit::delete("x.y")),
        "x: {}\nz: 2\n"
    );
    assert_eq!(ok("x: 1\nz: 2\n", Edit::delete("x")), "z: 2\n");
    let err = apply("x: {y: 1}\n", &[Edit::delete("x.y")]).unwrap_err();
    assert!(matches!(err, EditError::Unsupported { .. }), "{err}");
}

#[test]
fn move_carries_comments_and_creates_parents() {
    let text = "global:\n  # class\n  storageClass: fast # ssd\nworkers:\n  replicas: 2\n";
    assert_eq!(
        ok(
            text,
            Edit::move_to(
                "global.storageClass",
                "workers.persistence.storageClassName"
            )
        ),
        "global: {}\nworkers:\n  replicas: 2\n  persistence:\n    # class\n    storageClassName: fast # ssd\n"
    );
    // Into an existing mapping, after its last child; a block value shifts as a whole.
    let text = "a:\n  b: |\n    line\n  c: 1\nd:\n    e: 1\n";
    assert_eq!(
        ok(text, Edit::move_to("a.b", "d.b")),
        "a:\n  c: 1\nd:\n    e: 1\n    b: |\n      line\n"
    );
    // Into `{}`.
    assert_eq!(
        ok("a: {}\nb: 1\n", Edit::move_to("b", "a.b")),
        "a:\n  b: 1\n"
    );
    let err = apply("a: 1\nb: 1\n", &[Edit::move_to("a", "b")]).unwrap_err();
    assert_eq!(err, EditError::Exists { path: "b".into() });
}

#[test]
fn insert_after_a_sibling_or_at_the_end() {
    let text = "a:\n  x: 1\n  z: 3 # z\nb: 2";
    assert_eq!(
        ok(text, Edit::insert("a.w", "on", Some("x".into()))),
        "a:\n  x: 1\n  w: \"on\"\n  z: 3 # z\nb: 2"
    );
    assert_eq!(
        ok(text, Edit::insert("c.d", 1, None)),
        "a:\n  x: 1\n  z: 3 # z\nb: 2\nc:\n  d: 1\n"
    );
    assert_eq!(
        ok("# only\n", Edit::insert("k", "v", None)),
        "# only\nk: v\n"
    );
}

#[test]
fn lost_duplicate_goes_and_its_comments_stay() {
    let text = "a:\n  b: 1\n  # lost\n  c:\n    d: 1\n  # note\n  c:\n    d: 1\n";
    assert_eq!(
        ok(
            text,
            Edit::DeleteLostDuplicate {
                path: "a.c".into(),
                line: 4
            }
        ),
        "a:\n  b: 1\n  # lost\n  # note\n  c:\n    d: 1\n"
    );
    // The lost one goes even when it differs: what Helm reads stays the same.
    let lost = Edit::DeleteLostDuplicate {
        path: "a".into(),
        line: 1,
    };
    assert_eq!(ok("a: 1\na: 2\n", lost.clone()), "a: 2\n");
    let err = apply("a: 1\nb: 2\n", &[lost]).unwrap_err();
    assert_eq!(err, EditError::Missing { path: "a".into() });
}

#[test]
fn keys_helm_reads_otherwise_are_quoted() {
    // `y` is the boolean true for a YAML 1.1 reader.
    assert_eq!(ok("a: 1\n", Edit::insert("y", 1, None)), "a: 1\n\"y\": 1\n");
}

#[test]
fn equal_duplicates_are_told_by_their_text() {
    // Comment lines and trailing blanks aside; another indentation counts as different.
    let text = "a:\n  b: 1\n  c: [1]\nx: 1\na:\n  b: 1\n  # comment\n  c: [1] \n";
    let second = text.rfind("a:").expect("second a");
    assert!(same_entries(text, 0, second));
    let text = "a:\n  b: 1\n  c: [1]\nx: 1\na:\n    b: 1\n    c: [1]\n";
    assert!(!same_entries(text, 0, text.rfind("a:").expect("second a")));
    let text = "a:\n  b: 1\na:\n  b: 2\n";
    assert!(!same_entries(text, 0, text.rfind("a:").expect("second a")));
}
