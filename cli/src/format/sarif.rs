//! The SARIF 2.1.0 format, for GitHub code scanning and other SARIF viewers.
//!
//! Every code is a rule of the tool (its doc is the rule's help); every
//! finding is a result at its file, line and column. SARIF needs a file:
//! findings made by `--set`, or about the values as a whole, are placed at
//! line 1 of the first values file, and their message says where they came from.

use std::io::{self, Write};

use airflow_values::check::{Diagnostic, Explanation};
use airflow_values::explain::explanations;

use super::{Outcome, level, message_with_help};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI: &str = "https://github.com/airflow-values/airflow-values";

#[derive(serde::Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    /// Columns count characters, as the diagnostics do.
    column_kind: &'static str,
    results: Vec<SarifResult>,
    properties: RunProperties<'a>,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct RunProperties<'a> {
    chart: &'static str,
    chart_version: &'static str,
    chart_version_source: String,
    profile: &'a str,
}

#[derive(serde::Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule>,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(serde::Serialize)]
struct Text {
    text: String,
}

#[derive(serde::Serialize)]
struct Help {
    text: &'static str,
    markdown: &'static str,
}

#[derive(serde::Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<SarifLocation>,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    physical_location: PhysicalLocation,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(serde::Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
}

/// Writes one SARIF log with one run.
pub(super) fn write(outcome: &Outcome<'_>, out: &mut dyn Write) -> io::Result<()> {
    let explanations: Vec<Explanation> = explanations().collect();
    let results = outcome
        .diagnostics
        .iter()
        .map(|d| result(outcome, &explanations, d))
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "airflow-values",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: INFORMATION_URI,
                    rules: explanations.iter().map(rule).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
            properties: RunProperties {
                chart: outcome.chart.chart.name(),
                chart_version: outcome.chart.version(),
                chart_version_source: outcome.chart.source.key(),
                profile: outcome.profile.as_str(),
            },
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn rule(explanation: &Explanation) -> Rule {
    Rule {
        id: explanation.code.as_str(),
        name: explanation.name,
        short_description: Text {
            text: sentence_case(explanation.name),
        },
        full_description: Text {
            text: section(explanation.doc, "Why this matters")
                .unwrap_or_else(|| sentence_case(explanation.name)),
        },
        help: Help {
            text: explanation.doc,
            markdown: explanation.doc,
        },
        default_configuration: Configuration {
            level: level(explanation.severity),
        },
    }
}

fn result(outcome: &Outcome<'_>, rules: &[Explanation], diagnostic: &Diagnostic) -> SarifResult {
    let mut text = message_with_help(diagnostic);
    let mut locations = Vec::new();
    let in_file = diagnostic
        .location
        .as_ref()
        .filter(|_| outcome.set_argument(diagnostic).is_none());
    if let Some(location) = in_file {
        locations.push(physical(&location.file, location.line, location.column));
    } else {
        if let Some(set) = outcome.set_argument(diagnostic) {
            text = format!("{} {}: {text}", set.flag, set.masked());
        } else if !diagnostic.path.is_root() {
            text = format!("{}: {text}", diagnostic.path);
        }
        if let Some(first) = outcome.first_file() {
            locations.push(physical(&first.name, 1, 1));
        }
    }
    SarifResult {
        rule_id: diagnostic.code.as_str(),
        rule_index: rules
            .iter()
            .position(|r| r.code == diagnostic.code)
            .unwrap_or(0),
        level: super::level(diagnostic.severity),
        message: Text { text },
        locations,
    }
}

fn physical(file: &str, line: usize, column: usize) -> SarifLocation {
    SarifLocation {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: uri(file) },
            region: Region {
                start_line: line.max(1),
                start_column: column.max(1),
            },
        },
    }
}

/// A path as a URI reference: relative paths stay relative (without `./`),
/// absolute ones become `file://` URIs; reserved characters are percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let drive = matches!(path.as_bytes(), [letter, b':', b'/', ..] if letter.is_ascii_alphabetic());
    if path.starts_with('/') {
        format!("file://{}", encode(&path))
    } else if drive {
        format!("file:///{}{}", &path[..2], encode(&path[2..]))
    } else {
        let mut relative = path.as_str();
        while let Some(rest) = relative.strip_prefix("./") {
            relative = rest;
        }
        encode(relative)
    }
}

fn encode(path: &str) -> String {
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// `image-without-digest` → `Image without digest`.
fn sentence_case(name: &str) -> String {
    let words = name.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

/// The text of a `## heading` section of a doc, as one paragraph.
fn section(doc: &str, heading: &str) -> Option<String> {
    let start = doc.find(&format!("## {heading}\n"))? + heading.len() + 4;
    let body = &doc[start..];
    let body = body.find("\n#").map_or(body, |end| &body[..end]);
    let text = body.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        for (path, want) in [
            ("values.yaml", "values.yaml"),
            ("./deploy/values.yaml", "deploy/values.yaml"),
            ("deploy\\values prod.yaml", "deploy/values%20prod.yaml"),
            ("/srv/values.yaml", "file:///srv/values.yaml"),
            ("C:\\ci\\values.yaml", "file:///C:/ci/values.yaml"),
            ("a:b.yaml", "a%3Ab.yaml"),
            ("é.yaml", "%C3%A9.yaml"),
        ] {
            assert_eq!(uri(path), want, "path {path:?}");
        }
    }

    #[test]
    fn every_doc_has_a_description() {
        for explanation in explanations() {
            let text = section(explanation.doc, "Why this matters");
            assert!(
                text.is_some_and(|t| !t.contains('#')),
                "{}",
                explanation.code
            );
        }
        assert_eq!(
            sentence_case("image-without-digest"),
            "Image without digest"
        );
    }
}
