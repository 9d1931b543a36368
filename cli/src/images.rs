//! `images`: the images the chart runs with a values file, and their copies
//! in a private registry.

use std::io::Write;
use std::path::Path;

use airflow_values::images::{
    ChartImage, Mirror, az_acr_import, chart_images, mirror_list, mirrors, retarget,
};
use airflow_values::official::{ChartRelease, ReadError, Values};
use anyhow::{Context, Result, anyhow, bail};
use serde::Serialize;

use crate::args::{ImagesArgs, ImagesFormat};
use crate::chart::{self, ChartKind};
use crate::input;

/// What `images` prints, computed before anything is written.
pub(crate) enum Output {
    Text(String),
    Json(serde_json::Value),
}

/// Reads the values, lists (and with `--registry`, mirrors) their images.
pub(crate) fn run(args: &ImagesArgs) -> Result<(String, Output)> {
    let inputs = input::read_all(std::slice::from_ref(&args.file), args.max_input_bytes)?;
    let input = inputs.first().ok_or_else(|| anyhow!("no values file"))?;
    if input.bytes.len() > args.max_input_bytes {
        bail!(
            "{} is larger than {} bytes; raise --max-input-bytes if it is really a values file",
            input.name,
            args.max_input_bytes
        );
    }
    let text = input::decode(&input.bytes)
        .ok_or_else(|| anyhow!("{}: not UTF-8 or UTF-16 text", input.name))?;
    // `$VAR` placeholders, as walkthroughs write them for `envsubst`: with
    // --registry, a placeholder registry host stands for that registry; any
    // other placeholder stops the command, every one listed at its line.
    let text = match &args.registry {
        Some(registry) => fill_registry_hosts(&text, registry),
        None => text,
    };
    let left = placeholders(&text);
    if !left.is_empty() {
        bail!(
            "{}",
            placeholder_error(&input.name, &left, args.registry.is_some())
        );
    }
    let dir = if input.is_stdin() {
        Path::new(".")
    } else {
        chart::directory_of(&args.file)
    };
    let resolved = chart::resolve(
        Some(ChartKind::Official),
        args.chart_version.map(ChartRelease::from),
        dir,
    )?;
    let version = resolved.official()?;
    let mut values = Values::from_yaml(&text, version).map_err(|error| match error {
        ReadError::Structure { report, .. } => anyhow!(
            "{} does not fit chart {}; run `airflow-values check` on it:\n{report}",
            input.name,
            version
        ),
        other => anyhow::Error::new(other).context(format!("cannot read {}", input.name)),
    })?;
    let images = chart_images(&values).with_context(|| format!("in {}", input.name))?;
    let copies = match &args.registry {
        Some(registry) => Some(mirrors(&images, registry, version)?),
        None => None,
    };
    let needs_registry = |format: &str| {
        anyhow!("--format {format} needs --registry, the registry to copy the images into")
    };
    let output = match args.format {
        ImagesFormat::Table => Output::Text(table(&images, copies.as_deref())),
        ImagesFormat::Json => Output::Json(json(version.as_str(), &images, copies.as_deref())),
        ImagesFormat::AzAcrImport => Output::Text(az_acr_import(
            copies
                .as_deref()
                .ok_or_else(|| needs_registry("az-acr-import"))?,
        )?),
        ImagesFormat::List => Output::Text(mirror_list(
            copies.as_deref().ok_or_else(|| needs_registry("list"))?,
        )),
        ImagesFormat::Values => {
            let Some(registry) = &args.registry else {
                return Err(needs_registry("values"));
            };
            retarget(&mut values, registry)?;
            Output::Text(values.to_yaml()?)
        }
    };
    Ok((format!("images of chart {resolved}"), output))
}

/// One `$NAME` or `${NAME}` in the text: its line and column (1-based) and
/// the placeholder as written.
#[derive(Debug, PartialEq, Eq)]
struct Placeholder {
    line: usize,
    column: usize,
    text: String,
}

/// Every shell-style placeholder (`$NAME`, `${NAME}`) outside comments.
fn placeholders(text: &str) -> Vec<Placeholder> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let mut rest = line;
        let mut offset = 0;
        while let Some(at) = rest.find('$') {
            let start = offset + at;
            let after = &line[start + 1..];
            let len = placeholder_len(after);
            let before = &line[..start];
            // A `#` that starts a comment (first on the line, or after a
            // blank) ends what YAML reads.
            let commented = before
                .char_indices()
                .any(|(i, c)| c == '#' && (i == 0 || before[..i].ends_with([' ', '\t'])));
            if len > 0 && !commented {
                found.push(Placeholder {
                    line: index + 1,
                    column: line[..start].chars().count() + 1,
                    text: line[start..start + 1 + len].to_owned(),
                });
            }
            offset = start + 1 + len;
            rest = &line[offset..];
        }
    }
    found
}

/// The length of the placeholder name after a `$`: `NAME` or `{NAME}`, or 0.
fn placeholder_len(after: &str) -> usize {
    let name_len = |s: &str| {
        let starts = s
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        if starts {
            s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(s.len())
        } else {
            0
        }
    };
    match after.strip_prefix('{') {
        Some(inner) => {
            let len = name_len(inner);
            if len > 0 && inner[len..].starts_with('}') {
                len + 2
            } else {
                0
            }
        }
        None => name_len(after),
    }
}

/// Replaces each registry host that holds a placeholder (the part of an
/// image repository before its first `/`, such as
/// `$MY_ACR_REGISTRY.azurecr.io` in `$MY_ACR_REGISTRY.azurecr.io/airflow`)
/// with `registry`.
fn fill_registry_hosts(text: &str, registry: &str) -> String {
    let is_host_char = |c: char| c.is_ascii_alphanumeric() || "._-:${}".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        // The host run around the `$`: back to its start, on to its end.
        let start = rest[..at].rfind(|c: char| !is_host_char(c)).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        let end = rest[at..]
            .find(|c: char| !is_host_char(c))
            .map_or(rest.len(), |i| at + i);
        out.push_str(&rest[..start]);
        if rest[end..].starts_with('/') && placeholder_len(&rest[at + 1..]) > 0 {
            out.push_str(registry);
        } else {
            out.push_str(&rest[start..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The message for placeholders that are left: each at its line, and what
/// to do.
fn placeholder_error(file: &str, left: &[Placeholder], had_registry: bool) -> String {
    let mut message = format!(
        "{file} holds {} placeholder{} that Helm does not expand:",
        left.len(),
        if left.len() == 1 { "" } else { "s" }
    );
    for p in left {
        message.push_str(&format!("\n  {file}:{}:{}: {}", p.line, p.column, p.text));
    }
    message.push_str(&format!(
        "\nexpand them first, as the shell would (`envsubst < {file} > expanded.yaml`), then run on the expanded file"
    ));
    if !had_registry {
        message.push_str(
            "; or, when they stand for your registry's host (`$REGISTRY.azurecr.io/airflow`), pass it with --registry",
        );
    }
    message
}

/// Writes the output.
pub(crate) fn write(output: Output, out: &mut dyn Write) -> std::io::Result<()> {
    match output {
        Output::Text(text) => out.write_all(text.as_bytes()),
        Output::Json(value) => {
            serde_json::to_writer_pretty(&mut *out, &value)?;
            writeln!(out)
        }
    }
}

/// One row per image: slot, image, origin; with a registry, the copy's target.
fn table(images: &[ChartImage], copies: Option<&[Mirror]>) -> String {
    let mut rows: Vec<[String; 3]> = vec![[
        "SLOT".to_owned(),
        "IMAGE".to_owned(),
        if copies.is_some() { "TARGET" } else { "FROM" }.to_owned(),
    ]];
    for image in images {
        let third = match copies {
            Some(copies) => copies
                .iter()
                .find(|c| c.slots.contains(&image.slot))
                .map_or_else(|| "(in place)".to_owned(), |c| format!("→ {}", c.target)),
            None => match image.origin {
                airflow_values::images::ImageOrigin::Values => "values".to_owned(),
                _ => "chart default".to_owned(),
            },
        };
        rows.push([image.slot.key().to_owned(), image.image.to_string(), third]);
    }
    let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
    let (w0, w1) = (width(0), width(1));
    let mut out = String::new();
    for [a, b, c] in &rows {
        out.push_str(&format!("{a:<w0$}  {b:<w1$}  {c}\n"));
    }
    out
}

#[derive(Serialize)]
struct JsonImage {
    slot: &'static str,
    image: String,
    digest: Option<String>,
    origin: airflow_values::images::ImageOrigin,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<String>,
}

fn json(chart: &str, images: &[ChartImage], copies: Option<&[Mirror]>) -> serde_json::Value {
    let list: Vec<JsonImage> = images
        .iter()
        .map(|image| {
            let copy = copies.and_then(|c| c.iter().find(|m| m.slots.contains(&image.slot)));
            JsonImage {
                slot: image.slot.key(),
                image: image.image.to_string(),
                digest: image.image.digest().map(ToString::to_string),
                origin: image.origin,
                source: copy.map(|c| c.source.to_string()),
                target: copy.map(|c| c.target.to_string()),
            }
        })
        .collect();
    serde_json::json!({ "chart_version": chart, "images": list })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_with_their_place() {
        let text = "images:\n  airflow:\n    repository: $ACR.azurecr.io/airflow  # not ${HERE}\n    tag: \"${TAG}\"\nprice: 5$\n# $COMMENT\n";
        let found = placeholders(text);
        let places: Vec<(usize, usize, &str)> = found
            .iter()
            .map(|p| (p.line, p.column, p.text.as_str()))
            .collect();
        assert_eq!(places, [(3, 17, "$ACR"), (4, 11, "${TAG}")]);
    }

    #[test]
    fn a_placeholder_registry_host_becomes_the_registry() {
        let text = "repository: $MY_ACR_REGISTRY.azurecr.io/airflow\nother: ${A}-x.example.com/b\ntag: $TAG\n";
        assert_eq!(
            fill_registry_hosts(text, "myacr.azurecr.io"),
            "repository: myacr.azurecr.io/airflow\nother: myacr.azurecr.io/b\ntag: $TAG\n"
        );
        // Nothing but hosts changes.
        assert_eq!(fill_registry_hosts("a: $5/x\n", "r"), "a: $5/x\n");
    }

    #[test]
    fn the_error_lists_every_placeholder_and_the_way_out() {
        let left = placeholders("a: $X\nb: $Y\n");
        let message = placeholder_error("v.yaml", &left, false);
        assert!(message.contains("2 placeholders"), "{message}");
        assert!(
            message.contains("v.yaml:1:4: $X") && message.contains("v.yaml:2:4: $Y"),
            "{message}"
        );
        assert!(
            message.contains("envsubst") && message.contains("--registry"),
            "{message}"
        );
        assert!(!placeholder_error("v.yaml", &left, true).contains("--registry"));
    }
}
