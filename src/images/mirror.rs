//! Mirroring the chart's images into a private registry.

use std::fmt::Write as _;

use serde::Serialize;

use super::defaults::default_image;
use super::list::{ChartImage, ImageSlot, ImagesError, chart_images};
use crate::official::{
    AirflowImage, ChartVersion, Image, Images, InheritedImage, Postgresql, PostgresqlImage, Values,
};
use crate::types::image::ImageRef;
use crate::types::nullable::Nullable;

/// One image to copy: from where the chart would pull it to the registry the
/// values should pull it from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Mirror {
    /// The slots that run this image.
    pub slots: Vec<ImageSlot>,
    /// The upstream image, Docker Hub names written in full.
    pub source: ImageRef,
    /// The copy in the target registry: the last path component of the
    /// source under the registry, same tag and digest (`az acr import` keeps
    /// the manifest, so the digest does not change).
    pub target: ImageRef,
}

/// The copies that put every image of `images` into `registry` (a host such
/// as `myregistry.azurecr.io`), one per distinct source image, in slot order.
///
/// An image already in `registry` is traced back to its upstream when its
/// name matches the chart's default for the slot (the values of a mirrored
/// deployment, such as seed 004's): `myregistry.azurecr.io/airflow:2.9.3` in
/// `images.airflow` comes from `docker.io/apache/airflow:2.9.3`. One whose
/// name does not match is the registry's own image and needs no copy.
///
/// # Errors
/// [`ImagesError::InvalidRegistry`] if `registry` is not a registry host.
pub fn mirrors(
    images: &[ChartImage],
    registry: &str,
    chart_version: ChartVersion,
) -> Result<Vec<Mirror>, ImagesError> {
    let invalid = |source| ImagesError::InvalidRegistry {
        registry: registry.to_owned(),
        source,
    };
    // Checks the host once, so an empty list still refuses a bad registry.
    ImageRef::parse("docker.io/library/a:b")
        .and_then(|probe| probe.mirrored_to(registry))
        .map_err(invalid)?;
    let mut out: Vec<Mirror> = Vec::new();
    for entry in images {
        let image = &entry.image;
        let (source, target) = if image.registry() == Some(registry) {
            let upstream = default_image(chart_version, entry.slot)
                .filter(|d| d.name() == image.name())
                .map(|d| ImageRef::new(d.repository(), image.pin().clone()));
            match upstream {
                Some(Ok(source)) => (source, image.clone()),
                // Already in the registry, with no known upstream.
                _ => continue,
            }
        } else {
            (image.clone(), image.mirrored_to(registry).map_err(invalid)?)
        };
        match out.iter_mut().find(|m| m.source == source) {
            Some(existing) => existing.slots.push(entry.slot),
            None => out.push(Mirror {
                slots: vec![entry.slot],
                source,
                target,
            }),
        }
    }
    Ok(out)
}

/// How a copy tool names the image to read: `repository@digest` when the
/// digest is known (what runs), else `repository:tag`.
fn pull_reference(image: &ImageRef) -> String {
    match (image.digest(), image.tag()) {
        (Some(digest), _) => format!("{}@{digest}", image.repository()),
        (None, Some(tag)) => format!("{}:{tag}", image.repository()),
        (None, None) => image.repository().to_owned(),
    }
}

/// How a copy tool names the image to write: `repository:tag` (a digest is
/// kept by the copy itself), or the bare repository for a digest-only image.
fn push_reference(image: &ImageRef, with_registry: bool) -> String {
    let name = if with_registry {
        image.repository()
    } else {
        image.path()
    };
    match image.tag() {
        Some(tag) => format!("{name}:{tag}"),
        None => name.to_owned(),
    }
}

/// The copies as `az acr import` commands, one per line:
/// `az acr import --name REGISTRY --source SOURCE --image PATH:TAG`.
///
/// The source is pinned by digest when the digest is known.
///
/// # Errors
/// [`ImagesError::NotAzureContainerRegistry`] if a target registry is not an
/// Azure Container Registry login server (`NAME.azurecr.io`, or another
/// Azure cloud's `NAME.azurecr.…`).
pub fn az_acr_import(mirrors: &[Mirror]) -> Result<String, ImagesError> {
    let mut out = String::new();
    for mirror in mirrors {
        let host = mirror.target.registry().unwrap_or_default();
        let name = host
            .split_once(".azurecr.")
            .map(|(name, _)| name)
            .filter(|name| !name.is_empty() && !name.contains(['.', ':']))
            .ok_or_else(|| ImagesError::NotAzureContainerRegistry {
                registry: host.to_owned(),
            })?;
        let _ = writeln!(
            out,
            "az acr import --name {name} --source {} --image {}",
            pull_reference(&mirror.source),
            push_reference(&mirror.target, false)
        );
    }
    Ok(out)
}

/// The copies as a plain list for other copy tools: one `SOURCE TARGET` pair
/// per line, separated by a space (`while read -r src dst; do …; done`).
#[must_use]
pub fn mirror_list(mirrors: &[Mirror]) -> String {
    let mut out = String::new();
    for mirror in mirrors {
        let _ = writeln!(
            out,
            "{} {}",
            pull_reference(&mirror.source),
            push_reference(&mirror.target, true)
        );
    }
    out
}

/// Points every image the chart runs with `values` at its copy in
/// `registry`, and returns the copies to make ([`mirrors`]).
///
/// Pull policies and other keys stay as they are. Slots that fall back to
/// another key are written out, so nothing keeps pulling from upstream: the
/// pod template and Flower get their own `repository`/`tag`; PostgreSQL gets
/// `postgresql.image.registry`, `repository` and `tag`.
///
/// ```
/// use airflow_values::images::retarget;
/// use airflow_values::official::{ChartVersion, Values};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut values = Values::from_yaml("executor: KubernetesExecutor\n", ChartVersion::V1_15_0)?;
/// let copies = retarget(&mut values, "contoso.azurecr.io")?;
/// assert_eq!(copies.len(), 3); // airflow (also the pod template), statsd, postgresql
/// let yaml = values.to_yaml()?;
/// assert!(yaml.contains("repository: contoso.azurecr.io/airflow\n"));
/// assert!(yaml.contains("registry: contoso.azurecr.io\n"));
/// // Running it again finds everything in place.
/// assert_eq!(retarget(&mut values, "contoso.azurecr.io")?, copies);
/// # Ok(())
/// # }
/// ```
///
/// # Errors
/// As [`chart_images`] and [`mirrors`].
pub fn retarget(values: &mut Values, registry: &str) -> Result<Vec<Mirror>, ImagesError> {
    let images = chart_images(values)?;
    let copies = mirrors(&images, registry, values.chart_version)?;
    for copy in &copies {
        for slot in &copy.slots {
            point_at(values, *slot, &copy.target, registry);
        }
    }
    Ok(copies)
}

/// Writes `target` into the keys of `slot`.
fn point_at(values: &mut Values, slot: ImageSlot, target: &ImageRef, registry: &str) {
    if slot == ImageSlot::Migrations {
        values.default_airflow_repository = Some(target.repository().to_owned());
        if let Some(tag) = target.tag() {
            values.default_airflow_tag = Some(tag.as_str().to_owned());
        }
        if let Some(digest) = target.digest() {
            values.default_airflow_digest = Some(Nullable::Value(digest.clone()));
        }
        return;
    }
    if slot == ImageSlot::Postgresql {
        let postgresql = values.postgresql.get_or_insert_with(Postgresql::default);
        let image = postgresql
            .image
            .get_or_insert_with(PostgresqlImage::default);
        image
            .extra
            .insert("registry".to_owned(), registry.to_owned().into());
        image.repository = Some(target.path().to_owned());
        image.tag = target.tag().map(|t| t.as_str().to_owned());
        if let Some(digest) = target.digest() {
            image
                .extra
                .insert("digest".to_owned(), digest.as_str().to_owned().into());
        }
        return;
    }
    let images = values.images.get_or_insert_with(Images::default);
    let plain = |old: Option<Image>| {
        Image::try_from_ref(target).ok().map(|new| Image {
            pull_policy: old.and_then(|o| o.pull_policy),
            ..new
        })
    };
    let inherited = |old: Option<InheritedImage>| {
        Image::try_from_ref(target).ok().map(|new| InheritedImage {
            pull_policy: old.and_then(|o| o.pull_policy),
            ..InheritedImage::from(new)
        })
    };
    match slot {
        ImageSlot::Airflow => {
            let airflow = images.airflow.get_or_insert_with(AirflowImage::default);
            airflow.repository = Some(Nullable::Value(target.repository().to_owned()));
            if let Some(tag) = target.tag() {
                airflow.tag = Some(Nullable::Value(tag.as_str().to_owned()));
            }
            if let Some(digest) = target.digest() {
                airflow.digest = Some(Nullable::Value(digest.clone()));
            }
        }
        ImageSlot::PodTemplate => images.pod_template = inherited(images.pod_template.take()),
        ImageSlot::Flower => images.flower = inherited(images.flower.take()),
        ImageSlot::Statsd => images.statsd = plain(images.statsd.take()),
        ImageSlot::Redis => images.redis = plain(images.redis.take()),
        ImageSlot::Pgbouncer => images.pgbouncer = plain(images.pgbouncer.take()),
        ImageSlot::PgbouncerExporter => {
            images.pgbouncer_exporter = plain(images.pgbouncer_exporter.take());
        }
        ImageSlot::GitSync => images.git_sync = plain(images.git_sync.take()),
        ImageSlot::OtelCollector => images.otel_collector = plain(images.otel_collector.take()),
        ImageSlot::Migrations | ImageSlot::Postgresql => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_acr_registries_are_refused_for_az_acr_import() {
        let values = Values::from_yaml("{}\n", ChartVersion::V1_15_0).unwrap();
        let images = chart_images(&values).unwrap();
        let copies = mirrors(&images, "harbor.example.com", ChartVersion::V1_15_0).unwrap();
        assert!(matches!(
            az_acr_import(&copies),
            Err(ImagesError::NotAzureContainerRegistry { .. })
        ));
        assert!(mirror_list(&copies).contains(
            "docker.io/library/redis:7.2-bookworm harbor.example.com/redis:7.2-bookworm\n"
        ));
        assert!(matches!(
            mirrors(&images, "Not A Registry", ChartVersion::V1_15_0),
            Err(ImagesError::InvalidRegistry { .. })
        ));
    }

    #[test]
    fn a_known_digest_pins_the_source() {
        let values =
            Values::from_yaml("dags: {gitSync: {enabled: true}}\n", ChartVersion::V1_22_0).unwrap();
        let copies = mirrors(
            &chart_images(&values).unwrap(),
            "acme.azurecr.io",
            ChartVersion::V1_22_0,
        )
        .unwrap();
        let commands = az_acr_import(&copies).unwrap();
        assert!(commands.contains("az acr import --name acme --source registry.k8s.io/git-sync/git-sync@sha256:3089d9787b89bdc5af01d9f6e8d515aefb9672e8aea3972d7ff67478112bacb3 --image git-sync:v4.4.2\n"), "{commands}");
    }
}
