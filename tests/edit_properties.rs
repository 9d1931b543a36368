//! Properties of the format-preserving editor over the real values files of
//! `../shared/corpus` (proptest picks the file, the key and the edit):
//!
//! - the edited text reads back to exactly the tree the edit intends,
//!   computed here on the tree, independently of the editor;
//! - text the edit does not touch stays byte for byte: a value edit or a
//!   rename changes one line, a removal takes whole lines away, a move keeps
//!   every comment line of the file;
//! - an edit that fails changes nothing and says why.

mod common;

use airflow_values::edit::{Edit, EditError, apply};
use airflow_values::yaml::read_values_tree;
use proptest::prelude::*;
use serde_json::Value;

/// Every corpus file that the reader accepts, as (name, text), read once.
fn corpus() -> &'static [(String, String)] {
    static FILES: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    FILES.get_or_init(read_corpus)
}

fn read_corpus() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for family in ["official", "bitnami", "community"] {
        let dir = common::shared(&format!("corpus/{family}"));
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .expect("corpus dir")
            .map(|e| e.expect("entry").path())
            .collect();
        names.sort();
        for path in names {
            let text = std::fs::read_to_string(&path).expect("corpus file is UTF-8");
            if read_values_tree(text.as_bytes()).is_ok() {
                files.push((path.display().to_string(), text));
            }
        }
    }
    assert!(files.len() > 40, "the corpus has its files");
    files
}

/// A key as a key path writes it: quoted when it holds a `.` or other
/// separator.
fn key_segment(key: &str) -> String {
    if key.is_empty() || key.contains(['.', ' ', '[', ']', '"', '\\', '\t', '\n']) {
        format!("\"{}\"", key.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        key.to_owned()
    }
}

/// Every key path of a mapping key under `value` (not through lists), with
/// its key, in document order of the tree.
fn key_paths(value: &Value, prefix: &str, keys: &mut Vec<(String, Vec<String>)>, at: &[String]) {
    if let Value::Object(map) = value {
        for (key, child) in map {
            let path = if prefix.is_empty() {
                key_segment(key)
            } else {
                format!("{prefix}.{}", key_segment(key))
            };
            let mut segments = at.to_vec();
            segments.push(key.clone());
            keys.push((path.clone(), segments.clone()));
            key_paths(child, &path, keys, &segments);
        }
    }
}

fn get_mut<'v>(tree: &'v mut Value, at: &[String]) -> &'v mut Value {
    at.iter().fold(tree, |node, key| {
        node.as_object_mut()
            .and_then(|m| m.get_mut(key))
            .expect("path exists")
    })
}

fn remove(tree: &mut Value, at: &[String]) -> Value {
    let (last, parent) = at.split_last().expect("not the root");
    get_mut(tree, parent)
        .as_object_mut()
        .and_then(|m| m.remove(last))
        .expect("key exists")
}

fn insert(tree: &mut Value, at: &[String], value: Value) {
    let (last, parent) = at.split_last().expect("not the root");
    let mut node = tree;
    for key in parent {
        node = node
            .as_object_mut()
            .expect("mapping")
            .entry(key.clone())
            .or_insert_with(|| Value::Object(serde_json::Map::new()));
    }
    node.as_object_mut()
        .expect("mapping")
        .insert(last.clone(), value);
}

/// The lines of `before` that differ from `after`, after their common start
/// and end: (lines removed, lines added).
fn changed_lines<'a>(before: &'a str, after: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
    let b: Vec<&str> = before.split_inclusive('\n').collect();
    let a: Vec<&str> = after.split_inclusive('\n').collect();
    let head = b.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let tail = b[head..]
        .iter()
        .rev()
        .zip(a[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (
        b[head..b.len() - tail].to_vec(),
        a[head..a.len() - tail].to_vec(),
    )
}

fn comment_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#'))
        .collect();
    lines.sort_unstable();
    lines
}

#[derive(Debug, Clone)]
enum Op {
    Set(String),
    Quote,
    Delete,
    Rename(String),
    Move(String),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        "[ -~]{0,12}".prop_map(Op::Set),
        Just(Op::Quote),
        Just(Op::Delete),
        "[a-z][a-zA-Z]{0,8}".prop_map(Op::Rename),
        "[a-z][a-zA-Z]{0,8}".prop_map(Op::Move),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn edits_read_back_to_the_intended_tree(file in any::<prop::sample::Index>(), key in any::<prop::sample::Index>(), op in op()) {
        let files = corpus();
        let (name, text) = &files[file.index(files.len())];
        let (tree, _) = read_values_tree(text.as_bytes()).expect("readable");
        let mut keys = Vec::new();
        key_paths(&tree, "", &mut keys, &[]);
        prop_assume!(!keys.is_empty());
        let (path, at) = &keys[key.index(keys.len())];
        let current = at.iter().fold(&tree, |node, k| &node[k]);
        let scalar = !current.is_object() && !current.is_array();
        let mut want = tree.clone();
        let edit = match &op {
            Op::Set(s) => {
                prop_assume!(scalar);
                *get_mut(&mut want, at) = Value::String(s.clone());
                Edit::set_value(path.clone(), s.clone())
            }
            Op::Quote => {
                prop_assume!(scalar);
                Edit::quote(path.clone())
            }
            Op::Delete => {
                remove(&mut want, at);
                Edit::delete(path.clone())
            }
            Op::Rename(to) => {
                let mut target = at.clone();
                *target.last_mut().expect("key") = to.clone();
                prop_assume!(target != *at);
                let value = remove(&mut want, at);
                insert(&mut want, &target, value);
                Edit::rename(path.clone(), to.clone())
            }
            Op::Move(to) => {
                let target = vec!["moved".to_owned(), to.clone()];
                prop_assume!(tree.get("moved").is_none() && at[0] != "moved");
                let value = remove(&mut want, at);
                insert(&mut want, &target, value);
                Edit::move_to(path.clone(), format!("moved.{to}"))
            }
        };
        match apply(text, std::slice::from_ref(&edit)) {
            Ok(out) => {
                let (back, _) = read_values_tree(out.as_bytes()).expect("edited text reads");
                if let Op::Quote = op {
                    // The intended value is the text as written, which the test takes from
                    // the changed line; what must hold is that only this value changed.
                    let new = at.iter().fold(&back, |node, k| &node[k]).clone();
                    prop_assert!(new.is_string(), "{name}: {edit} gives a string");
                    *get_mut(&mut want, at) = new;
                }
                prop_assert_eq!(&back, &want, "{}: {}", name, edit);
                let (removed, added) = changed_lines(text, &out);
                match op {
                    Op::Set(_) => {
                        // A block scalar's lines become the one line of the new value.
                        prop_assert!(added.len() <= 1 && removed.len() >= added.len(), "{name}: {edit} changed {removed:?} into {added:?}");
                    }
                    Op::Quote | Op::Rename(_) => {
                        prop_assert!(removed.len() <= 1 && added.len() == removed.len(), "{name}: {edit} changed {removed:?} into {added:?}");
                    }
                    Op::Delete => {
                        // A comment between the emptied mapping's key and the deleted
                        // key stays: it falls in the changed region but is no new line.
                        let added: Vec<&str> = added.into_iter().filter(|line| !removed.contains(line)).collect();
                        prop_assert!(added.len() <= 1, "{name}: {edit} added {added:?}");
                        prop_assert!(!removed.is_empty(), "{name}: {edit} removed nothing");
                    }
                    Op::Move(_) => {
                        prop_assert_eq!(comment_lines(text), comment_lines(&out), "{}: {}", name, edit);
                    }
                }
            }
            Err(EditError::Unreadable(err)) => prop_assert!(false, "{name}: {edit}: {err}"),
            Err(_) => {}
        }
    }
}

/// Most edits of keys written in block style succeed: the refusals are the
/// exceptions (flow mappings, list items, aliases), not the rule.
#[test]
fn most_block_keys_can_be_renamed_and_quoted() {
    let (mut tried, mut done) = (0, 0);
    for (_, text) in corpus() {
        let (tree, _) = read_values_tree(text.as_bytes()).expect("readable");
        let mut keys = Vec::new();
        key_paths(&tree, "", &mut keys, &[]);
        for (path, _) in keys.iter().take(40) {
            tried += 1;
            if apply(text, &[Edit::rename(path.clone(), "renamedKey")]).is_ok() {
                done += 1;
            }
        }
    }
    assert!(
        done * 10 >= tried * 9,
        "{done} of {tried} renames succeeded"
    );
}
