//! AV02: images.

use super::{Findings, Rule};
use crate::findings::{Code, Profile, Severity};
use crate::official::{AirflowVersion, ImageKeys, Values, tagged_images};
use crate::types::image::ImageRef;
use crate::types::nullable::NullableExt;
use crate::yaml::{KeyPath, key_path};

pub(crate) const AV0201: Rule = Rule {
    code: Code::new("AV0201"),
    name: "image-without-digest",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0201.md"),
    check: image_without_digest,
};

pub(crate) const AV0202: Rule = Rule {
    code: Code::new("AV0202"),
    name: "image-latest-tag",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0202.md"),
    check: image_latest_tag,
};

pub(crate) const AV0203: Rule = Rule {
    code: Code::new("AV0203"),
    name: "image-airflow-version-mismatch",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0203.md"),
    check: image_airflow_version_mismatch,
};

pub(crate) const AV0204: Rule = Rule {
    code: Code::new("AV0204"),
    name: "invalid-image-reference",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0204.md"),
    check: invalid_image_reference,
};

/// The Airflow image the chart renders, from `images.airflow` and the `defaultAirflow*` keys.
struct AirflowImageView {
    repository: String,
    tag: String,
    /// Which key the tag came from.
    tag_path: KeyPath,
    has_digest: bool,
}

fn airflow_image(values: &Values) -> AirflowImageView {
    let image = values.airflow_image();
    let repository = image
        .and_then(|i| i.repository.value().cloned())
        .or_else(|| values.default_airflow_repository.clone())
        .unwrap_or_else(|| "apache/airflow".to_owned());
    let (tag, tag_path) = match (
        image.and_then(|i| i.tag.value().cloned()),
        values.default_airflow_tag.clone(),
    ) {
        (Some(t), _) => (t, key_path!(images.airflow.tag)),
        (None, Some(t)) => (t, key_path!(defaultAirflowTag)),
        (None, None) => (
            values.chart_version.default_airflow_version().to_string(),
            key_path!(defaultAirflowTag),
        ),
    };
    let has_digest = image.and_then(|i| i.digest()).is_some()
        || values
            .default_airflow_digest
            .as_ref()
            .and_then(|d| d.as_value())
            .is_some();
    AirflowImageView {
        repository,
        tag,
        tag_path,
        has_digest,
    }
}

/// The `images.*` entries (other than `airflow`) whose containers these values run.
fn running_tagged_images(values: &Values) -> Vec<(&'static str, Option<ImageKeys<'_>>)> {
    let executors = values.executor.as_ref();
    let on_kubernetes = executors.is_some_and(|e| e.runs_on_kubernetes());
    // The chart's default executor is CeleryExecutor.
    let celery = executors.is_none_or(|e| e.iter().any(|x| x.to_string().starts_with("Celery")));
    let git_sync = values
        .dags
        .as_ref()
        .and_then(|d| d.git_sync.as_ref())
        .and_then(|g| g.enabled)
        .unwrap_or(false);
    let pgbouncer = values.pgbouncer_enabled();
    let flower = values.flower.as_ref().and_then(|f| f.enabled) == Some(true);
    let statsd = values.statsd.as_ref().and_then(|s| s.enabled) != Some(false);
    let redis = values.redis.as_ref().and_then(|r| r.enabled) != Some(false);
    let otel = values
        .otel_collector
        .as_ref()
        .is_some_and(|o| o.traces_enabled == Some(true) || o.metrics_enabled == Some(true));
    tagged_images(values.images.as_ref())
        .into_iter()
        .filter(|(name, _)| match *name {
            "pod_template" => on_kubernetes,
            "redis" => celery && redis,
            "flower" => celery && flower,
            "statsd" => statsd,
            "otelCollector" => otel,
            "pgbouncer" | "pgbouncerExporter" => pgbouncer,
            "gitSync" => git_sync,
            _ => true,
        })
        .collect()
}

fn image_without_digest(values: &Values, out: &mut Findings) {
    let airflow = airflow_image(values);
    if !airflow.has_digest {
        out.report(
            key_path!(images.airflow.digest),
            format!(
                "the Airflow image `{}:{}` is pinned by tag only",
                airflow.repository, airflow.tag
            ),
            "set images.airflow.digest to the image's sha256 digest; the chart runs the digest and keeps the tag as a label",
        );
    }
    for (name, image) in running_tagged_images(values) {
        match image.map(ImageKeys::split_tag) {
            Some((_, Some(_))) => {}
            Some((Some(tag), None)) => out.report(
                key_path!(images.(name).tag),
                format!("images.{name} is pinned by tag `{tag}` only"),
                format!("write the tag as `{tag}@sha256:<digest>`; the chart renders repository:tag, which then pulls by digest"),
            ),
            _ => out.report(
                key_path!(images.(name)),
                format!("images.{name} runs the chart's default image, pinned by tag only"),
                "set repository and a tag of the form `<tag>@sha256:<digest>`",
            ),
        }
    }
}

fn image_latest_tag(values: &Values, out: &mut Findings) {
    let airflow = airflow_image(values);
    if airflow.tag == "latest" {
        out.report(
            airflow.tag_path,
            "the Airflow image uses the tag `latest`, which moves",
            "use a release tag such as 2.9.3, and a digest",
        );
    }
    for (name, image) in tagged_images(values.images.as_ref()) {
        if let Some((Some("latest"), _)) = image.map(ImageKeys::split_tag) {
            out.report(
                key_path!(images.(name).tag),
                format!("images.{name} uses the tag `latest`, which moves"),
                "use a release tag and a digest",
            );
        }
    }
}

fn image_airflow_version_mismatch(values: &Values, out: &mut Findings) {
    let configured = values.effective_airflow_version();
    let source = match values.airflow_version {
        Some(_) => "airflowVersion".to_owned(),
        None => format!(
            "airflowVersion is unset, so chart {}'s default",
            values.chart_version
        ),
    };
    let airflow = airflow_image(values);
    let mut tags = vec![(airflow.tag_path, airflow.tag.clone())];
    if let Some(tag) = values
        .images
        .as_ref()
        .and_then(|i| i.pod_template.as_ref())
        .and_then(|p| p.split_tag().0)
    {
        tags.push((key_path!(images.pod_template.tag), tag.to_owned()));
    }
    for (path, tag) in tags {
        let Some(running) = AirflowVersion::from_image_tag(&tag) else {
            continue;
        };
        if running != configured {
            out.report(
                path,
                format!(
                    "the image tag `{tag}` runs Airflow {running}, but the chart configures the pods for Airflow {configured} ({source})"
                ),
                format!("set airflowVersion: \"{running}\", or use an image of Airflow {configured}"),
            );
        }
    }
    // A version below the chart's minimum is the chart's own template
    // check, AV0701.
}

fn invalid_image_reference(values: &Values, out: &mut Findings) {
    let mut check = |path: KeyPath, reference: String| {
        if let Err(e) = ImageRef::parse(&reference) {
            out.report(
                path,
                format!("`{reference}` is not a valid image reference: {e}"),
                "write a lowercase repository with its registry host, and a tag; placeholders such as $REGISTRY are not expanded by Helm",
            );
        }
    };
    let image = values.airflow_image();
    if image.is_some_and(|i| i.repository.is_some() || i.tag.is_some())
        || values.default_airflow_repository.is_some()
        || values.default_airflow_tag.is_some()
    {
        let airflow = airflow_image(values);
        let path = if image.is_some_and(|i| i.repository.is_some()) {
            key_path!(images.airflow.repository)
        } else {
            key_path!(defaultAirflowRepository)
        };
        check(path, format!("{}:{}", airflow.repository, airflow.tag));
    }
    for (name, image) in tagged_images(values.images.as_ref()) {
        let Some(image) = image else { continue };
        if let (Some(repository), Some(tag)) = (image.repository, image.tag) {
            check(key_path!(images.(name)), format!("{repository}:{tag}"));
        }
    }
}
