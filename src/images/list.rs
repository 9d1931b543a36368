//! Which images the chart runs for a set of values.

use serde::Serialize;

use super::defaults::default_image;
use crate::official::{Image, InheritedImage, Values};
use crate::types::executor::Executor;
use crate::types::image::{Digest, ImagePin, ImageRef, ImageRefError};
use crate::types::nullable::{Nullable, NullableExt};

/// A place in the values that names an image the chart runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "&'static str")]
#[non_exhaustive]
pub enum ImageSlot {
    /// `images.airflow`: scheduler, webserver or API server, triggerer, workers, jobs.
    Airflow,
    /// `defaultAirflowRepository`/`defaultAirflowTag`: the migration jobs with
    /// `images.useDefaultImageForMigration: true`.
    Migrations,
    /// `images.pod_template`: task pods of the Kubernetes executors.
    PodTemplate,
    /// `images.flower`: the Flower UI (Celery).
    Flower,
    /// `images.statsd`: the StatsD exporter.
    Statsd,
    /// `images.redis`: the Celery broker.
    Redis,
    /// `images.pgbouncer`.
    Pgbouncer,
    /// `images.pgbouncerExporter`: the metrics sidecar of pgbouncer.
    PgbouncerExporter,
    /// `images.gitSync`.
    GitSync,
    /// `images.otelCollector` (chart 1.22.0).
    OtelCollector,
    /// `postgresql.image`: the in-cluster PostgreSQL subchart.
    Postgresql,
}

impl ImageSlot {
    /// Every slot, in the order [`chart_images`] lists them.
    pub const ALL: &'static [ImageSlot] = &[
        ImageSlot::Airflow,
        ImageSlot::Migrations,
        ImageSlot::PodTemplate,
        ImageSlot::Flower,
        ImageSlot::Statsd,
        ImageSlot::Redis,
        ImageSlot::Pgbouncer,
        ImageSlot::PgbouncerExporter,
        ImageSlot::GitSync,
        ImageSlot::OtelCollector,
        ImageSlot::Postgresql,
    ];

    /// The key path of the slot in the values (`images.gitSync`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            ImageSlot::Airflow => "images.airflow",
            ImageSlot::Migrations => "defaultAirflowRepository",
            ImageSlot::PodTemplate => "images.pod_template",
            ImageSlot::Flower => "images.flower",
            ImageSlot::Statsd => "images.statsd",
            ImageSlot::Redis => "images.redis",
            ImageSlot::Pgbouncer => "images.pgbouncer",
            ImageSlot::PgbouncerExporter => "images.pgbouncerExporter",
            ImageSlot::GitSync => "images.gitSync",
            ImageSlot::OtelCollector => "images.otelCollector",
            ImageSlot::Postgresql => "postgresql.image",
        }
    }
}

impl From<ImageSlot> for &'static str {
    fn from(slot: ImageSlot) -> &'static str {
        slot.key()
    }
}

/// Where an image of the list comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ImageOrigin {
    /// The values set the repository of the slot.
    Values,
    /// The values leave the slot unset (or set only its tag), so the chart's
    /// default repository applies.
    ChartDefault,
}

/// One image the chart runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ChartImage {
    /// The slot in the values.
    pub slot: ImageSlot,
    /// What the chart pulls, Docker Hub names written in full; it carries the
    /// digest when the values give one or when one is known for a chart default.
    pub image: ImageRef,
    /// Whether the repository comes from the values or the chart.
    pub origin: ImageOrigin,
}

/// Why the images of a set of values could not be listed or mirrored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImagesError {
    /// A repository, tag or digest in the values does not form an image reference.
    #[error("{key} is not a valid image reference")]
    InvalidImage {
        /// Key path of the slot (`images.statsd`).
        key: String,
        /// What is wrong with it.
        #[source]
        source: ImageRefError,
    },
    /// The target registry is not a registry host.
    #[error("invalid target registry `{registry}`")]
    InvalidRegistry {
        /// The registry as given.
        registry: String,
        /// What is wrong with it.
        #[source]
        source: ImageRefError,
    },
    /// `az acr import` was asked for a registry that is not an Azure Container Registry.
    #[error(
        "`{registry}` is not an Azure Container Registry login server; give one such as myregistry.azurecr.io, or use the plain source/target list"
    )]
    NotAzureContainerRegistry {
        /// The registry as given.
        registry: String,
    },
}

/// Every image the chart runs with `values`, one entry per slot in
/// [`ImageSlot::ALL`] order.
///
/// A slot is listed when its component runs: the Airflow image always; the
/// pod template with a Kubernetes executor; Flower and Redis with a Celery
/// executor (the chart's default) when enabled; StatsD unless disabled;
/// pgbouncer and its exporter when pgbouncer is on; git-sync when enabled;
/// the OpenTelemetry collector when traces or metrics go to it; PostgreSQL
/// while the subchart is on (its default). Like the chart, the pod template
/// and Flower images fall back to `defaultAirflowRepository` and
/// `defaultAirflowTag`, not to `images.airflow`.
///
/// ```
/// use airflow_values::images::{ImageSlot, chart_images};
/// use airflow_values::official::{ChartVersion, Values};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let values = Values::from_yaml("executor: KubernetesExecutor\n", ChartVersion::V1_22_0)?;
/// let slots: Vec<ImageSlot> = chart_images(&values)?.iter().map(|i| i.slot).collect();
/// assert_eq!(
///     slots,
///     [ImageSlot::Airflow, ImageSlot::PodTemplate, ImageSlot::Statsd, ImageSlot::Postgresql]
/// );
/// # Ok(())
/// # }
/// ```
///
/// # Errors
/// [`ImagesError::InvalidImage`] naming the first slot whose repository, tag
/// or digest does not form an image reference (such as an unexpanded
/// `$REGISTRY` in a repository).
pub fn chart_images(values: &Values) -> Result<Vec<ChartImage>, ImagesError> {
    let mut out = Vec::new();
    for slot in ImageSlot::ALL.iter().copied() {
        if runs(values, slot)
            && let Some(image) = resolve(values, slot)?
        {
            out.push(image);
        }
    }
    Ok(out)
}

/// Whether the component that uses `slot` runs with these values.
fn runs(values: &Values, slot: ImageSlot) -> bool {
    let executors = values.executor.as_ref();
    // The chart's default executor is CeleryExecutor.
    let celery = executors.is_none_or(|list| list.iter().any(is_celery));
    let kubernetes = executors.is_some_and(|list| list.runs_on_kubernetes());
    match slot {
        ImageSlot::Airflow => true,
        ImageSlot::Migrations => values
            .images
            .as_ref()
            .and_then(|i| i.use_default_image_for_migration)
            .unwrap_or(false),
        ImageSlot::PodTemplate => kubernetes,
        ImageSlot::Flower => {
            celery
                && values
                    .flower
                    .as_ref()
                    .and_then(|f| f.enabled)
                    .unwrap_or(false)
        }
        ImageSlot::Statsd => values
            .statsd
            .as_ref()
            .and_then(|s| s.enabled)
            .unwrap_or(true),
        ImageSlot::Redis => {
            celery
                && values
                    .redis
                    .as_ref()
                    .and_then(|r| r.enabled)
                    .unwrap_or(true)
        }
        ImageSlot::Pgbouncer | ImageSlot::PgbouncerExporter => values.pgbouncer_enabled(),
        ImageSlot::GitSync => values
            .dags
            .as_ref()
            .and_then(|d| d.git_sync.as_ref())
            .and_then(|g| g.enabled)
            .unwrap_or(false),
        ImageSlot::OtelCollector => values.otel_collector.as_ref().is_some_and(|o| {
            o.traces_enabled.unwrap_or(false) || o.metrics_enabled.unwrap_or(false)
        }),
        ImageSlot::Postgresql => values.postgresql_enabled(),
    }
}

fn is_celery(executor: &Executor) -> bool {
    match executor {
        Executor::Celery | Executor::CeleryKubernetes => true,
        Executor::Custom(path) => matches!(
            path.class_name(),
            "CeleryExecutor" | "CeleryKubernetesExecutor"
        ),
        _ => false,
    }
}

/// A text key that is set to a non-empty value.
fn set(key: Option<&Nullable<String>>) -> Option<&str> {
    key.and_then(Nullable::as_value)
        .map(String::as_str)
        .filter(|s| !s.is_empty())
}

/// The repository, tag and digest the chart renders for a slot, each from
/// the values when set there; `None` for a slot the chart version lacks.
fn resolve(values: &Values, slot: ImageSlot) -> Result<Option<ChartImage>, ImagesError> {
    let Some(default) = default_image(values.chart_version, slot) else {
        return Ok(None);
    };
    let images = values.images.as_ref();
    let default_repository = values
        .default_airflow_repository
        .as_deref()
        .filter(|s| !s.is_empty());
    let default_tag = values
        .default_airflow_tag
        .as_deref()
        .filter(|s| !s.is_empty());
    let default_digest = values.default_airflow_digest.value();

    // (repository, tag, digest) as written in the values; None where unset.
    let (repository, tag, digest): (Option<String>, Option<String>, Option<Digest>) = match slot {
        ImageSlot::Airflow => {
            let airflow = images.and_then(|i| i.airflow.as_ref());
            (
                airflow
                    .and_then(|a| set(a.repository.as_ref()))
                    .or(default_repository)
                    .map(str::to_owned),
                airflow
                    .and_then(|a| set(a.tag.as_ref()))
                    .or(default_tag)
                    .map(str::to_owned),
                airflow.and_then(|a| a.digest()).or(default_digest).cloned(),
            )
        }
        ImageSlot::Migrations => (
            default_repository.map(str::to_owned),
            default_tag.map(str::to_owned),
            default_digest.cloned(),
        ),
        ImageSlot::PodTemplate | ImageSlot::Flower => {
            let inherited: Option<&InheritedImage> = images.and_then(|i| {
                if slot == ImageSlot::PodTemplate {
                    i.pod_template.as_ref()
                } else {
                    i.flower.as_ref()
                }
            });
            let (tag, digest) = inherited.map_or((None, None), InheritedImage::split_tag);
            (
                inherited
                    .and_then(|i| set(i.repository.as_ref()))
                    .or(default_repository)
                    .map(str::to_owned),
                tag.filter(|t| !t.is_empty())
                    .or(default_tag)
                    .map(str::to_owned),
                digest.map(|d| parse_digest(slot, d)).transpose()?,
            )
        }
        ImageSlot::Postgresql => {
            let image = values.postgresql.as_ref().and_then(|p| p.image.as_ref());
            let text = |key: &str| {
                image
                    .and_then(|i| i.extra.get(key))
                    .and_then(serde_json::Value::as_str)
                    .filter(|s| !s.is_empty())
            };
            let registry = text("registry").unwrap_or("docker.io");
            let repository = image.and_then(|i| i.repository.as_deref());
            let digest = text("digest")
                .map(|d| {
                    Digest::parse(d).map_err(|source| ImagesError::InvalidImage {
                        key: slot.key().to_owned(),
                        source,
                    })
                })
                .transpose()?;
            (
                (repository.is_some() || text("registry").is_some())
                    .then(|| format!("{registry}/{}", repository.unwrap_or(default.path()))),
                image.and_then(|i| i.tag.clone()),
                digest,
            )
        }
        _ => {
            let image: Option<&Image> = images.and_then(|i| match slot {
                ImageSlot::Statsd => i.statsd.as_ref(),
                ImageSlot::Redis => i.redis.as_ref(),
                ImageSlot::Pgbouncer => i.pgbouncer.as_ref(),
                ImageSlot::PgbouncerExporter => i.pgbouncer_exporter.as_ref(),
                ImageSlot::GitSync => i.git_sync.as_ref(),
                _ => i.otel_collector.as_ref(),
            });
            let (tag, digest) = image.map_or((None, None), Image::split_tag);
            let digest = digest.map(|d| parse_digest(slot, d)).transpose()?;
            (
                image
                    .and_then(|i| i.repository.as_deref())
                    .filter(|r| !r.is_empty())
                    .map(str::to_owned),
                tag.map(str::to_owned),
                digest,
            )
        }
    };

    let origin = if repository.is_some() {
        ImageOrigin::Values
    } else {
        ImageOrigin::ChartDefault
    };
    let invalid = |source| ImagesError::InvalidImage {
        key: slot.key().to_owned(),
        source,
    };
    let image = if repository.is_none() && tag.is_none() && digest.is_none() {
        default
    } else {
        let repository = repository.unwrap_or_else(|| default.repository().to_owned());
        let tag = match tag {
            Some(t) => Some(crate::types::image::Tag::parse(&t).map_err(invalid)?),
            // With a digest the chart pulls by digest; no tag is made up.
            None if digest.is_some() => None,
            // A chart default digest belongs to the default tag only.
            None => default.tag().cloned(),
        };
        let pin = ImagePin::from_parts(tag, digest).ok_or(invalid(ImageRefError::NoPin))?;
        full_name(&ImageRef::new(&repository, pin).map_err(invalid)?).map_err(invalid)?
    };
    Ok(Some(ChartImage {
        slot,
        image,
        origin,
    }))
}

/// A digest written after `@` in a slot's tag.
fn parse_digest(slot: ImageSlot, digest: &str) -> Result<Digest, ImagesError> {
    Digest::parse(digest).map_err(|source| ImagesError::InvalidImage {
        key: format!("{}.tag", slot.key()),
        source,
    })
}

/// The reference with Docker Hub's implicit registry and `library/` written out.
pub(super) fn full_name(image: &ImageRef) -> Result<ImageRef, ImageRefError> {
    if image.registry().is_some() {
        return Ok(image.clone());
    }
    let path = image.path();
    let repository = if path.contains('/') {
        format!("docker.io/{path}")
    } else {
        format!("docker.io/library/{path}")
    };
    ImageRef::new(&repository, image.pin().clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::official::ChartVersion;

    fn list(yaml: &str, version: ChartVersion) -> Vec<String> {
        let values = Values::from_yaml(yaml, version).unwrap();
        chart_images(&values)
            .unwrap()
            .iter()
            .map(|i| format!("{} {}", i.slot.key(), i.image))
            .collect()
    }

    #[test]
    fn chart_defaults_follow_the_executor_and_switches() {
        let celery = list("{}\n", ChartVersion::V1_15_0);
        assert_eq!(
            celery,
            [
                "images.airflow docker.io/apache/airflow:2.9.3",
                "images.statsd quay.io/prometheus/statsd-exporter:v0.26.1",
                "images.redis docker.io/library/redis:7.2-bookworm",
                "postgresql.image docker.io/bitnami/postgresql:16.1.0-debian-11-r15",
            ]
        );
        let off = list(
            "executor: LocalExecutor\nstatsd: {enabled: false}\npostgresql: {enabled: false}\n",
            ChartVersion::V1_22_0,
        );
        assert_eq!(off, ["images.airflow docker.io/apache/airflow:3.2.2"]);
    }

    #[test]
    fn pod_template_falls_back_to_the_default_repository_not_images_airflow() {
        let got = list(
            "executor: KubernetesExecutor\ndefaultAirflowTag: 2.10.5\nimages:\n  airflow: {repository: acme.azurecr.io/airflow, tag: 2.9.3}\n",
            ChartVersion::V1_15_0,
        );
        assert!(
            got.contains(&"images.airflow acme.azurecr.io/airflow:2.9.3".to_owned()),
            "{got:?}"
        );
        assert!(
            got.contains(&"images.pod_template docker.io/apache/airflow:2.10.5".to_owned()),
            "{got:?}"
        );
    }

    #[test]
    fn digests_come_from_the_values_or_a_known_default() {
        let got = list(
            "executor: KubernetesExecutor\nimages:\n  statsd: {tag: 'v0.26.1@sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902'}\ndags:\n  gitSync: {enabled: true}\npostgresql: {enabled: false}\n",
            ChartVersion::V1_15_0,
        );
        assert!(got.contains(&"images.statsd quay.io/prometheus/statsd-exporter:v0.26.1@sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902".to_owned()), "{got:?}");
        assert!(
            got.iter().any(|l| l.starts_with(
                "images.gitSync registry.k8s.io/git-sync/git-sync:v4.1.0@sha256:fd97"
            )),
            "{got:?}"
        );
        // Another tag drops the default's digest.
        let other = list(
            "dags:\n  gitSync: {enabled: true}\nimages:\n  gitSync: {tag: v4.3.0}\n",
            ChartVersion::V1_15_0,
        );
        assert!(
            other.contains(&"images.gitSync registry.k8s.io/git-sync/git-sync:v4.3.0".to_owned()),
            "{other:?}"
        );
    }

    #[test]
    fn an_unexpanded_variable_names_the_slot() {
        let values = Values::from_yaml(
            "images:\n  statsd: {repository: $ACR.azurecr.io/statsd-exporter}\n",
            ChartVersion::V1_15_0,
        )
        .unwrap();
        let err = chart_images(&values).unwrap_err();
        assert!(err.to_string().contains("images.statsd"), "{err}");
    }
}
