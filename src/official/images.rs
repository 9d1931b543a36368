//! `images.*`: which container images the chart runs.

use serde::{Deserialize, Serialize};

use crate::types::image::{Digest, ImagePin, ImageRef};
use crate::types::nullable::{Nullable, deserialize_some};

/// When the kubelet pulls an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum PullPolicy {
    /// Pull on every pod start.
    Always,
    /// Never pull; the image must already be on the node.
    Never,
    /// Pull only when the node does not have the image.
    IfNotPresent,
}

/// `images.airflow`: the Airflow image, the only one the chart can pin by a
/// `digest` key of its own.
///
/// With both `tag` and `digest` set the chart runs the digest; the tag is then
/// only a label for people reading the values.
///
/// ```
/// use airflow_values::official::AirflowImage;
///
/// let image = AirflowImage::from_ref(&"myacr.azurecr.io/airflow:2.9.3".parse()?);
/// assert_eq!(image.repository.as_deref(), Some("myacr.azurecr.io/airflow"));
/// assert_eq!(image.tag.as_deref(), Some("2.9.3"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct AirflowImage {
    /// Image repository, including the registry host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub repository: Option<String>,
    /// Image tag; a label only when `digest` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub tag: Option<String>,
    /// Image digest; wins over `tag`. `Some(Nullable::Null)` keeps an explicit `digest: ~`.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub digest: Option<Nullable<Digest>>,
    /// When to pull the image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_policy: Option<PullPolicy>,
}

impl AirflowImage {
    /// The chart keys for a parsed image reference: repository, tag and digest as the reference has them.
    pub fn from_ref(image: &ImageRef) -> Self {
        AirflowImage {
            repository: Some(image.repository().to_owned()),
            tag: image.tag().map(|t| t.as_str().to_owned()),
            digest: image.digest().cloned().map(Nullable::Value),
            pull_policy: None,
        }
    }

    /// The digest, when one is set (an explicit `null` counts as unset).
    pub fn digest(&self) -> Option<&Digest> {
        self.digest.as_ref().and_then(Nullable::as_value)
    }
}

/// An image the chart renders as `repository:tag`, with no digest key.
///
/// Such images can still be pinned: a tag of the form `v4.1.0@sha256:…` renders
/// as `repository:v4.1.0@sha256:…`, which the container runtime pulls by digest.
/// [`Image::from_ref`] writes that form when the reference has a digest.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Image {
    /// Image repository, including the registry host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub repository: Option<String>,
    /// Image tag, optionally followed by `@sha256:…`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub tag: Option<String>,
    /// When to pull the image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_policy: Option<PullPolicy>,
}

impl Image {
    /// The chart keys for an image reference.
    ///
    /// Returns `None` for a reference pinned by digest alone: the chart always
    /// writes `repository:tag`, so a tag is needed.
    ///
    /// ```
    /// use airflow_values::official::Image;
    ///
    /// let r = "registry.k8s.io/git-sync/git-sync:v4.1.0@sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902".parse()?;
    /// let image = Image::from_ref(&r).unwrap();
    /// assert!(image.tag.unwrap().starts_with("v4.1.0@sha256:fd97"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_ref(image: &ImageRef) -> Option<Self> {
        let tag = match image.pin() {
            ImagePin::Tag(tag) => tag.as_str().to_owned(),
            ImagePin::TagAndDigest { tag, digest } => format!("{tag}@{digest}"),
            ImagePin::Digest(_) => return None,
        };
        Some(Image {
            repository: Some(image.repository().to_owned()),
            tag: Some(tag),
            pull_policy: None,
        })
    }

    /// The tag and the digest written into `tag` as `tag@sha256:…`, each when present.
    pub fn split_tag(&self) -> (Option<&str>, Option<&str>) {
        match self.tag.as_deref() {
            None => (None, None),
            Some(t) => match t.split_once('@') {
                Some((tag, digest)) => ((!tag.is_empty()).then_some(tag), Some(digest)),
                None => (Some(t), None),
            },
        }
    }
}

/// `images`: every image the chart runs, and how migrations pick theirs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Images {
    /// The Airflow image for every Airflow component.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airflow: Option<AirflowImage>,
    /// Run the migration jobs with `defaultAirflowRepository:defaultAirflowTag`
    /// instead of `images.airflow`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_default_image_for_migration: Option<bool>,
    /// Seconds to wait for database migrations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migrations_wait_timeout: Option<u32>,
    /// The image of pods that KubernetesExecutor starts for tasks.
    #[serde(
        default,
        rename = "pod_template",
        skip_serializing_if = "Option::is_none"
    )]
    pub pod_template: Option<Image>,
    /// The Celery Flower image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flower: Option<Image>,
    /// The StatsD exporter image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statsd: Option<Image>,
    /// The Redis image (Celery broker).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redis: Option<Image>,
    /// The PgBouncer image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pgbouncer: Option<Image>,
    /// The PgBouncer metrics exporter image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pgbouncer_exporter: Option<Image>,
    /// The git-sync image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_sync: Option<Image>,
}

/// The chart keys under `images` that hold an [`Image`], with their names.
pub(crate) fn tagged_images(images: Option<&Images>) -> [(&'static str, Option<&Image>); 7] {
    let get = |f: fn(&Images) -> Option<&Image>| images.and_then(f);
    [
        ("pod_template", get(|i| i.pod_template.as_ref())),
        ("flower", get(|i| i.flower.as_ref())),
        ("statsd", get(|i| i.statsd.as_ref())),
        ("redis", get(|i| i.redis.as_ref())),
        ("pgbouncer", get(|i| i.pgbouncer.as_ref())),
        ("pgbouncerExporter", get(|i| i.pgbouncer_exporter.as_ref())),
        ("gitSync", get(|i| i.git_sync.as_ref())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_tag_reads_digest_suffix() {
        let image = |t: &str| Image {
            tag: Some(t.to_owned()),
            ..Image::default()
        };
        assert_eq!(image("v4.1.0").split_tag(), (Some("v4.1.0"), None));
        assert_eq!(
            image("v4.1.0@sha256:ab").split_tag(),
            (Some("v4.1.0"), Some("sha256:ab"))
        );
        assert_eq!(Image::default().split_tag(), (None, None));
    }
}
