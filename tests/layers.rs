//! The library's top-level modules form layers: no circle of imports runs
//! between them (`findings` below the charts, the charts below `check`,
//! `check` below `migrate` and `explain`, …).
//!
//! The test reads `src/` at run time, collects every `crate::module` a
//! top-level module names outside its tests (a `#[cfg(test)]` module may
//! reach up: tests sit above everything), and fails naming each circle.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Graph = BTreeMap<String, BTreeSet<String>>;

#[test]
fn no_circle_of_imports_between_top_level_modules() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = module_graph(&src);
    assert!(
        graph.len() > 10,
        "expected the crate's modules under {}, found {:?}",
        src.display(),
        graph.keys().collect::<Vec<_>>()
    );
    // The layers the refactor set up hold (a sample, so that a broken
    // reader, which would see no edges at all, fails here).
    for (from, to) in [
        ("check", "findings"),
        ("check", "official"),
        ("official", "findings"),
        ("edit", "findings"),
        ("findings", "yaml"),
        ("explain", "migrate"),
    ] {
        assert!(
            graph[from].contains(to),
            "`{from}` is expected to import `{to}`: {:?}",
            graph[from]
        );
    }
    let circles = circles(&graph);
    assert!(
        circles.is_empty(),
        "circles of imports between top-level modules of src/:\n{}",
        circles.join("\n")
    );
}

/// The checker itself: a graph with a circle is reported, naming it, and one
/// without is not.
#[test]
fn a_circle_is_named() {
    let graph: Graph = [
        ("check", &["bitnami", "findings"][..]),
        ("bitnami", &["findings", "check"][..]),
        ("findings", &[][..]),
        ("migrate", &["check"][..]),
    ]
    .into_iter()
    .map(|(from, to)| {
        (
            from.to_owned(),
            to.iter().map(|t| (*t).to_owned()).collect(),
        )
    })
    .collect();
    assert_eq!(circles(&graph), ["bitnami -> check -> bitnami"]);
    let mut layered = graph.clone();
    layered.get_mut("bitnami").map(|to| to.remove("check"));
    assert!(circles(&layered).is_empty());
}

/// The imports the reader finds in one piece of source.
#[test]
fn imports_are_read_in_every_form() {
    let text = "use crate::check::{Report, structure::walk};\n\
                use crate::{findings::Code, yaml::{self, KeyPath}};\n\
                // crate::migrate in a comment does not count\n\
                fn f() { crate::official::Values::default(); $crate::k8s::x(); }\n\
                #[cfg(test)]\n\
                mod tests {\n    use crate::presets::Aks;\n}\n";
    let found = references(&without_tests(text));
    assert_eq!(
        found.into_iter().collect::<Vec<_>>(),
        ["check", "findings", "k8s", "official", "yaml"]
    );
}

/// Every top-level module of `src` and the other top-level modules it names.
fn module_graph(src: &Path) -> Graph {
    let mut graph = Graph::new();
    let entries = fs::read_dir(src).unwrap_or_else(|e| panic!("reading {}: {e}", src.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        let name = match path.file_stem().and_then(|s| s.to_str()) {
            Some(name) if path.is_dir() => name.to_owned(),
            Some(name) if path.extension().is_some_and(|e| e == "rs") && name != "lib" => {
                name.to_owned()
            }
            _ => continue,
        };
        let mut refs = BTreeSet::new();
        for file in source_files(&path) {
            let text = fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("reading {}: {e}", file.display()));
            refs.extend(references(&without_tests(&text)));
        }
        graph.insert(name, refs);
    }
    let names: BTreeSet<String> = graph.keys().cloned().collect();
    for (name, refs) in &mut graph {
        refs.retain(|r| r != name && names.contains(r));
    }
    graph
}

/// The `.rs` files of a module (a file, or a directory), leaving out the
/// files of test-only modules (`#[cfg(test)] mod tests;`).
fn source_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_owned()];
    }
    let mut all = Vec::new();
    let mut stack = vec![path.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("a readable directory") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                all.push(path);
            }
        }
    }
    let mut test_only = BTreeSet::new();
    for file in &all {
        let text = fs::read_to_string(file).expect("a readable file");
        // A file's child modules live beside `mod.rs`, or in a directory
        // named as the file.
        let base = if file.file_name().is_some_and(|n| n == "mod.rs") {
            file.parent().expect("a parent").to_owned()
        } else {
            file.with_extension("")
        };
        let lines: Vec<&str> = text.lines().collect();
        for pair in lines.windows(2) {
            if pair[0].trim() == "#[cfg(test)]"
                && let Some(name) = declared_module(pair[1])
            {
                test_only.insert(base.join(format!("{name}.rs")));
                test_only.insert(base.join(name));
            }
        }
    }
    all.into_iter()
        .filter(|f| !test_only.iter().any(|t| f.starts_with(t)))
        .collect()
}

/// `name` of a `mod name;` line (any visibility).
fn declared_module(line: &str) -> Option<&str> {
    let rest = line.trim().strip_suffix(';')?;
    let rest = rest
        .strip_prefix("pub(crate) ")
        .or_else(|| rest.strip_prefix("pub "))
        .unwrap_or(rest);
    rest.strip_prefix("mod ")
}

/// The text without its comment lines and without the inline test module
/// (`#[cfg(test)]` then `mod name {`), which by the crate's style ends the
/// file.
fn without_tests(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut kept = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).map_or("", |l| l.trim());
        if line.trim() == "#[cfg(test)]"
            && next.contains("mod ")
            && next.ends_with('{')
            && !next.contains("fn ")
        {
            break;
        }
        if !line.trim_start().starts_with("//") {
            kept.push(*line);
        }
    }
    kept.join("\n")
}

/// The first segment after every `crate::` in `text`, reading brace groups
/// (`crate::{a::X, b}` names `a` and `b`).
fn references(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = text[from..].find("crate::") {
        let start = from + at;
        from = start + "crate::".len();
        let before = start.checked_sub(1).map(|i| bytes[i]);
        if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
            continue;
        }
        if bytes.get(from) == Some(&b'{') {
            let mut depth = 0;
            let mut item_start = true;
            for (i, &b) in bytes[from..].iter().enumerate() {
                match b {
                    b'{' => {
                        depth += 1;
                        if depth == 1 {
                            item_start = true;
                            continue;
                        }
                    }
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    b',' if depth == 1 => {
                        item_start = true;
                        continue;
                    }
                    _ => {}
                }
                if item_start && depth == 1 && !b.is_ascii_whitespace() {
                    item_start = false;
                    found.insert(identifier(&text[from + i..]));
                }
            }
        } else {
            found.insert(identifier(&text[from..]));
        }
    }
    found.retain(|name| !name.is_empty());
    found
}

fn identifier(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// Each circle of the graph (a strongly connected component of two modules
/// or more), as one cycle through it: `a -> b -> a`.
fn circles(graph: &Graph) -> Vec<String> {
    let names: Vec<&String> = graph.keys().collect();
    let reaches = |from: &str, to: &str| -> Option<Vec<String>> {
        // Breadth-first, so that the cycle shown is a shortest one.
        let mut previous: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([from]);
        while let Some(node) = queue.pop_front() {
            for next in graph.get(node).into_iter().flatten() {
                if next == to {
                    let mut path = vec![to.to_owned(), node.to_owned()];
                    let mut at = node;
                    while at != from {
                        at = previous[at];
                        path.push(at.to_owned());
                    }
                    path.reverse();
                    return Some(path);
                }
                if !previous.contains_key(next.as_str()) && next != from {
                    previous.insert(next, node);
                    queue.push_back(next);
                }
            }
        }
        None
    };
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut out = Vec::new();
    for name in names {
        if seen.contains(name.as_str()) {
            continue;
        }
        if let Some(cycle) = reaches(name, name) {
            let members: BTreeSet<&str> = graph
                .keys()
                .map(String::as_str)
                .filter(|m| reaches(name, m).is_some() && reaches(m, name).is_some())
                .collect();
            seen.extend(members);
            out.push(cycle.join(" -> "));
        }
    }
    out
}
