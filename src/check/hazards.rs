//! AV00: problems of the YAML text itself and of `--set` arguments, found
//! before the values are looked at.

use super::set::SetError;
use super::{Code, Diagnostic, Explanation, Severity};
use crate::yaml::{Hazard, HazardKind, KeyPath, YamlError};

type Kind = (Code, &'static str, Severity);

const INVALID_YAML: Kind = (Code::new("AV0001"), "invalid-yaml", Severity::Error);
const DUPLICATE_KEY: Kind = (Code::new("AV0002"), "duplicate-key", Severity::Warning);
const YAML11_SCALAR: Kind = (Code::new("AV0003"), "yaml11-scalar", Severity::Warning);
const TAB_INDENTATION: Kind = (Code::new("AV0004"), "tab-indentation", Severity::Error);
const BYTE_ORDER_MARK: Kind = (Code::new("AV0005"), "byte-order-mark", Severity::Note);
const UTF16: Kind = (Code::new("AV0006"), "utf-16", Severity::Note);
const CRLF: Kind = (Code::new("AV0007"), "crlf-line-endings", Severity::Note);
const ANCHOR: Kind = (Code::new("AV0008"), "yaml-anchor", Severity::Note);
const MERGE_KEY: Kind = (Code::new("AV0009"), "merge-key", Severity::Note);
const MULTIPLE_DOCUMENTS: Kind = (Code::new("AV0010"), "multiple-documents", Severity::Error);
const NOT_MAPPING: Kind = (Code::new("AV0011"), "not-a-mapping", Severity::Error);
const EMPTY: Kind = (Code::new("AV0012"), "empty-file", Severity::Note);
const INVALID_SET: Kind = (Code::new("AV0013"), "invalid-set", Severity::Error);

/// Code, name, severity and documentation of every AV00 code.
pub(crate) const HAZARD_DOCS: &[Explanation] = &[
    Explanation::new(INVALID_YAML, include_str!("rules/docs/AV0001.md")),
    Explanation::new(DUPLICATE_KEY, include_str!("rules/docs/AV0002.md")),
    Explanation::new(YAML11_SCALAR, include_str!("rules/docs/AV0003.md")),
    Explanation::new(TAB_INDENTATION, include_str!("rules/docs/AV0004.md")),
    Explanation::new(BYTE_ORDER_MARK, include_str!("rules/docs/AV0005.md")),
    Explanation::new(UTF16, include_str!("rules/docs/AV0006.md")),
    Explanation::new(CRLF, include_str!("rules/docs/AV0007.md")),
    Explanation::new(ANCHOR, include_str!("rules/docs/AV0008.md")),
    Explanation::new(MERGE_KEY, include_str!("rules/docs/AV0009.md")),
    Explanation::new(MULTIPLE_DOCUMENTS, include_str!("rules/docs/AV0010.md")),
    Explanation::new(NOT_MAPPING, include_str!("rules/docs/AV0011.md")),
    Explanation::new(EMPTY, include_str!("rules/docs/AV0012.md")),
    Explanation::new(INVALID_SET, include_str!("rules/docs/AV0013.md")),
];

/// The diagnostic for a hazard of a values file (its location is the caller's).
pub(crate) fn hazard_diagnostic(hazard: &Hazard) -> Diagnostic {
    let (kind, path, help) = match &hazard.kind {
        HazardKind::DuplicateKey { path, .. } => (
            DUPLICATE_KEY,
            path.clone(),
            "keep one occurrence of the key and put everything under it",
        ),
        HazardKind::Yaml11Scalar { path, .. } => (
            YAML11_SCALAR,
            path.clone(),
            "quote the value (`\"…\"`) to keep it as text",
        ),
        HazardKind::TabIndentation => (TAB_INDENTATION, KeyPath::root(), "indent with spaces"),
        HazardKind::ByteOrderMark => (
            BYTE_ORDER_MARK,
            KeyPath::root(),
            "save the file as UTF-8 without a byte-order mark",
        ),
        HazardKind::Utf16 { .. } => (UTF16, KeyPath::root(), "save the file as UTF-8"),
        HazardKind::CrLf { .. } => (
            CRLF,
            KeyPath::root(),
            "convert the line endings to LF (`*.yaml text eol=lf` in .gitattributes)",
        ),
        HazardKind::Anchor { .. } | HazardKind::Alias { .. } => (
            ANCHOR,
            KeyPath::root(),
            "nothing to fix; the values are checked after expansion",
        ),
        HazardKind::MergeKey => (
            MERGE_KEY,
            KeyPath::root(),
            "write the keys out where they are needed; YAML 1.2 tools do not merge",
        ),
        HazardKind::MultipleDocuments { .. } => (
            MULTIPLE_DOCUMENTS,
            KeyPath::root(),
            "keep all values in one document, or pass separate files with -f",
        ),
        HazardKind::NotMapping { .. } => (
            NOT_MAPPING,
            KeyPath::root(),
            "a values file starts with keys (`executor: …`), not a list or a value",
        ),
        HazardKind::Empty => (
            EMPTY,
            KeyPath::root(),
            "nothing to fix if the file is a placeholder",
        ),
    };
    Diagnostic::new(kind, path, hazard.kind.to_string(), Some(help.to_owned()))
}

/// The diagnostic for a file that does not read as YAML.
pub(crate) fn invalid_yaml(error: &YamlError) -> Diagnostic {
    Diagnostic::new(
        INVALID_YAML,
        KeyPath::root(),
        error.to_string(),
        Some("correct the YAML at this position; other checks of the file wait for it".to_owned()),
    )
}

/// The diagnostic for a `--set` argument Helm's parser would refuse.
pub(crate) fn set_error(error: &SetError) -> Diagnostic {
    Diagnostic::new(
        INVALID_SET,
        KeyPath::root(),
        error.to_string(),
        Some(
            "write assignments as `key.path=value`, separated by commas; escape `,` `.` `=` in keys and values with `\\`"
                .to_owned(),
        ),
    )
}
