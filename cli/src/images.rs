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
