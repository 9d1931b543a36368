//! The values tree `check` reads from each real values file of the corpus is
//! the one the YAML reader builds, every prefix of a file reads or fails
//! cleanly, and the hazards found are those of the snapshot.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use airflow_values::yaml::{from_str, read_values_tree};
use serde_json::Value;

/// Every `.yaml`/`.yml` file under `../shared/corpus`, sorted.
fn corpus_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![common::shared("corpus")];
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|err| panic!("cannot list {}: {err}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml")
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(!files.is_empty(), "no values files under the corpus");
    files
}

#[test]
fn corpus_trees_equal_the_reader_and_hazards_are_counted() {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut compared = 0;
    let mut refused = Vec::new();
    for file in corpus_files() {
        let bytes = std::fs::read(&file).expect("corpus file");
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let (tree, hazards) = match read_values_tree(&bytes) {
            Ok(read) => read,
            Err(err) => {
                refused.push(format!("{name}: {err}"));
                continue;
            }
        };
        for kind in hazards {
            *counts.entry(kind).or_default() += 1;
        }
        // The reader refuses duplicate keys, which the tree keeps: those
        // files are not compared.
        if let Ok(text) = std::str::from_utf8(&bytes)
            && let Ok(theirs) = from_str::<Value>(text)
        {
            assert_eq!(tree, theirs, "{}", file.display());
            compared += 1;
        }
        // Every prefix of the file reads or fails cleanly.
        for end in (0..bytes.len()).step_by(97) {
            let _ = read_values_tree(&bytes[..end]);
        }
    }
    assert!(compared > 50, "only {compared} corpus files compared");
    insta::assert_debug_snapshot!("corpus_hazards_by_kind", (counts, refused));
}
