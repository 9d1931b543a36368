//! Hostile values files get one clear `AV0001` error from `check`, not a
//! panic, a hang or a huge allocation: files over the size limit, nesting
//! deeper than the depth limit, and aliases that expand exponentially
//! ("billion laughs"). How fast is measured in benches/, not here.

use airflow_values::check::{CheckOptions, Code, DEFAULT_MAX_INPUT_BYTES, Report, Source, check};
use airflow_values::official::ChartVersion;

/// `AV0001`, parsed: a typo fails here instead of matching nothing.
fn too_large() -> Code {
    "AV0001".parse().expect("a known code")
}

fn check_text(text: &[u8], options: &CheckOptions) -> Report {
    check(&[Source::new("values.yaml", text)], options)
}

/// The only finding is AV0001 at `line`, and its message contains `says`.
#[track_caller]
fn assert_refused(report: &Report, line: usize, says: &str) {
    let found: Vec<String> = report
        .diagnostics()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(report.diagnostics().len(), 1, "{found:#?}");
    let d = &report.diagnostics()[0];
    assert_eq!(d.code, too_large(), "{d}");
    assert_eq!(d.location.as_ref().map(|l| l.line), Some(line), "{d}");
    assert!(d.message.contains(says), "{d}");
}

#[test]
fn a_file_over_the_default_limit_is_refused() {
    let options = CheckOptions::new(ChartVersion::V1_22_0);
    assert_eq!(options.input_size_limit(), 8 * 1024 * 1024);
    let line = b"# a comment line that is exactly sixty-four bytes long........\n";
    let big: Vec<u8> = line
        .iter()
        .copied()
        .cycle()
        .take(DEFAULT_MAX_INPUT_BYTES + 1)
        .collect();
    assert_refused(&check_text(&big, &options), 1, "more than 8 MiB");
    // One byte less is read (and is only comments).
    let fits = &big[..DEFAULT_MAX_INPUT_BYTES];
    let report = check_text(fits, &options);
    assert!(
        report.diagnostics().iter().all(|d| d.code != too_large()),
        "{report}"
    );
}

#[test]
fn the_limit_can_be_lowered_and_raised() {
    let text = "scheduler:\n  replicas: 2\n".repeat(4096);
    let lowered = CheckOptions::new(ChartVersion::V1_22_0).max_input_bytes(64 * 1024);
    assert_refused(
        &check_text(text.as_bytes(), &lowered),
        1,
        "more than 64 KiB",
    );
    let raised = CheckOptions::new(ChartVersion::V1_22_0).max_input_bytes(16 * 1024 * 1024);
    let nine_mib = "# padding\n".repeat(9 * 1024 * 1024 / 10);
    assert!(!check_text(nine_mib.as_bytes(), &raised).has_errors());
}

#[test]
fn nesting_deeper_than_the_limit_is_refused() {
    let options = CheckOptions::new(ChartVersion::V1_22_0);
    // Flow and block, far beyond the limit: reading stops at the limit.
    let flow = format!("a: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    assert_refused(
        &check_text(flow.as_bytes(), &options),
        1,
        "nesting deeper than 64",
    );
    let block: String = (0..200)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    assert_refused(
        &check_text(block.as_bytes(), &options),
        65,
        "nesting deeper than 64",
    );
}

#[test]
fn billion_laughs_is_refused() {
    let options = CheckOptions::new(ChartVersion::V1_22_0);
    let mut laughs = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let aliases = vec![format!("*a{}", i - 1); 10].join(", ");
        laughs.push_str(&format!("a{i}: &a{i} [{aliases}]\n"));
    }
    let report = check_text(laughs.as_bytes(), &options);
    let d = report
        .diagnostics()
        .iter()
        .find(|d| d.code == too_large())
        .unwrap_or_else(|| panic!("no AV0001: {report}"));
    assert!(d.message.contains("expand"), "{d}");
    // The same through a merge key, and with one alias used many times.
    let merged = format!("{laughs}b:\n  <<: *a9\n");
    assert!(check_text(merged.as_bytes(), &options).has_errors());
    let wide = format!("a: &a [x]\nb: [{}]\n", vec!["*a"; 5000].join(", "));
    assert!(check_text(wide.as_bytes(), &options).has_errors());
}
