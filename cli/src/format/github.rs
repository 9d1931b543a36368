//! The GitHub format: one workflow command per finding, which GitHub Actions
//! shows as an annotation on the file and line.

use std::io::{self, Write};

use airflow_values::check::{Diagnostic, Severity};

use super::{Outcome, message_with_help};
use crate::input::STDIN;

/// Writes `::error file=F,line=L,col=C,title=AV0101 unknown-key::message — help`
/// for each finding (`::warning`, `::notice` for notes).
pub(super) fn write(outcome: &Outcome<'_>, out: &mut dyn Write) -> io::Result<()> {
    for diagnostic in outcome.diagnostics {
        writeln!(out, "{}", command(outcome, diagnostic))?;
    }
    Ok(())
}

fn command(outcome: &Outcome<'_>, diagnostic: &Diagnostic) -> String {
    let name = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        _ => "notice",
    };
    let mut properties = Vec::new();
    let mut message = message_with_help(diagnostic);
    if let Some(set) = outcome.set_argument(diagnostic) {
        message = format!("{} {}: {message}", set.flag, set.masked());
    } else if let Some(location) = &diagnostic.location {
        if location.file == STDIN {
            message = format!("<stdin>:{}:{}: {message}", location.line, location.column);
        } else {
            let file = location.file.strip_prefix("./").unwrap_or(&location.file);
            properties.push(format!("file={}", escape_property(file)));
            properties.push(format!("line={}", location.line));
            properties.push(format!("col={}", location.column));
        }
    } else if !diagnostic.path.is_root() {
        message = format!("{}: {message}", diagnostic.path);
    }
    let title = format!("{} {}", diagnostic.code, diagnostic.name);
    properties.push(format!("title={}", escape_property(&title)));
    format!(
        "::{name} {}::{}",
        properties.join(","),
        escape_data(&message)
    )
}

/// A command's message, escaped as GitHub's toolkit escapes it.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A command's property value: the message escapes, plus `:` and `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_as_the_toolkit_escapes_it() {
        for (text, data, property) in [
            ("plain", "plain", "plain"),
            ("100%", "100%25", "100%25"),
            ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
            ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ] {
            assert_eq!(escape_data(text), data, "text {text:?}");
            assert_eq!(escape_property(text), property, "text {text:?}");
        }
    }
}
