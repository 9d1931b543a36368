//! `images.*`: which container images the chart runs.

use super::prelude::*;

use crate::types::image::{Digest, ImagePin, ImageRef};

/// When the kubelet pulls an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum PullPolicy {
    /// Pull on every pod start.
    Always,
    /// Never pull; the image must already be on the node.
    Never,
    /// Pull only when the node does not have the image.
    IfNotPresent,
}

/// An entry of `imagePullSecrets`: the name of a docker-registry Secret, as a
/// plain string or as an object reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ImagePullSecret {
    /// `- my-registry-secret`.
    Name(String),
    /// `- name: my-registry-secret`.
    #[schemars(
        with = "crate::k8s::Placeholder",
        extend("x-k8s-type" = "LocalObjectReference", "x-k8s-shape" = "one")
    )]
    Reference(k8s::LocalObjectReference),
}

/// An image reference with a digest and no tag, for keys that have no
/// `digest` of their own.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "image `{repository}` is pinned by digest alone, but this key writes `repository:tag`; add the tag the digest was published under (`tag@sha256:…`)"
)]
#[non_exhaustive]
pub struct DigestWithoutTag {
    /// The image's repository.
    pub repository: String,
}

impl TryFrom<&ImageRef> for Image {
    type Error = DigestWithoutTag;

    fn try_from(image: &ImageRef) -> Result<Self, Self::Error> {
        Image::try_from_ref(image)
    }
}

impl From<&ImageRef> for AirflowImage {
    fn from(image: &ImageRef) -> Self {
        AirflowImage::from_ref(image)
    }
}

impl AirflowImage {
    /// The chart keys for a parsed image reference: repository, tag and digest as the reference has them.
    pub fn from_ref(image: &ImageRef) -> Self {
        AirflowImage {
            repository: Some(Nullable::Value(image.repository().to_owned())),
            tag: image.tag().map(|t| Nullable::Value(t.as_str().to_owned())),
            digest: image.digest().cloned().map(Nullable::Value),
            pull_policy: None,
        }
    }

    /// The digest, when one is set (an explicit `null` counts as unset).
    pub fn digest(&self) -> Option<&Digest> {
        self.digest.as_ref().and_then(Nullable::as_value)
    }
}

impl Image {
    /// The chart keys for an image reference.
    ///
    /// These keys have no `digest`: the chart writes `repository:tag`, and a
    /// digest rides in the tag as `tag@sha256:…`. A reference pinned by digest
    /// alone therefore has no form here ([`AirflowImage::from_ref`], whose
    /// keys have a `digest`, takes every reference).
    ///
    /// # Errors
    /// [`DigestWithoutTag`] for a reference with a digest and no tag; add the
    /// tag the digest was published under.
    ///
    /// ```
    /// use airflow_values::official::Image;
    ///
    /// let r = "registry.k8s.io/git-sync/git-sync:v4.1.0@sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902".parse()?;
    /// let image = Image::try_from_ref(&r)?;
    /// assert!(image.tag.unwrap().starts_with("v4.1.0@sha256:fd97"));
    ///
    /// let digest_only = "registry.k8s.io/git-sync/git-sync@sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902".parse()?;
    /// assert!(Image::try_from_ref(&digest_only).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_from_ref(image: &ImageRef) -> Result<Self, DigestWithoutTag> {
        let tag = match image.pin() {
            ImagePin::Tag(tag) => tag.as_str().to_owned(),
            ImagePin::TagAndDigest { tag, digest } => format!("{tag}@{digest}"),
            ImagePin::Digest(_) => {
                return Err(DigestWithoutTag {
                    repository: image.repository().to_owned(),
                });
            }
        };
        Ok(Image {
            repository: Some(image.repository().to_owned()),
            tag: Some(tag),
            pull_policy: None,
        })
    }

    /// The tag and the digest written into `tag` as `tag@sha256:…`, each when present.
    pub fn split_tag(&self) -> (Option<&str>, Option<&str>) {
        self.keys().split_tag()
    }

    pub(crate) fn keys(&self) -> ImageKeys<'_> {
        ImageKeys {
            repository: self.repository.as_deref(),
            tag: self.tag.as_deref(),
        }
    }
}

impl From<Image> for InheritedImage {
    fn from(image: Image) -> Self {
        InheritedImage {
            repository: image.repository.map(Nullable::Value),
            tag: image.tag.map(Nullable::Value),
            pull_policy: image.pull_policy,
        }
    }
}

impl InheritedImage {
    /// The tag and the digest written into `tag` as `tag@sha256:…`, each when
    /// present (an explicit `null` counts as unset).
    pub fn split_tag(&self) -> (Option<&str>, Option<&str>) {
        self.keys().split_tag()
    }

    pub(crate) fn keys(&self) -> ImageKeys<'_> {
        ImageKeys {
            repository: self.repository.value().map(String::as_str),
            tag: self.tag.value().map(String::as_str),
        }
    }
}

/// The repository and tag keys of any `images.*` entry but `airflow`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ImageKeys<'a> {
    pub(crate) repository: Option<&'a str>,
    pub(crate) tag: Option<&'a str>,
}

impl<'a> ImageKeys<'a> {
    pub(crate) fn split_tag(self) -> (Option<&'a str>, Option<&'a str>) {
        match self.tag {
            None => (None, None),
            Some(t) => match t.split_once('@') {
                Some((tag, digest)) => ((!tag.is_empty()).then_some(tag), Some(digest)),
                None => (Some(t), None),
            },
        }
    }
}

/// The chart keys under `images` other than `airflow`, with their names.
pub(crate) fn tagged_images(images: Option<&Images>) -> [(&'static str, Option<ImageKeys<'_>>); 8] {
    let plain = |f: fn(&Images) -> Option<&Image>| images.and_then(f).map(Image::keys);
    let inherited =
        |f: fn(&Images) -> Option<&InheritedImage>| images.and_then(f).map(InheritedImage::keys);
    [
        ("pod_template", inherited(|i| i.pod_template.as_ref())),
        ("flower", inherited(|i| i.flower.as_ref())),
        ("statsd", plain(|i| i.statsd.as_ref())),
        ("redis", plain(|i| i.redis.as_ref())),
        ("pgbouncer", plain(|i| i.pgbouncer.as_ref())),
        (
            "pgbouncerExporter",
            plain(|i| i.pgbouncer_exporter.as_ref()),
        ),
        ("gitSync", plain(|i| i.git_sync.as_ref())),
        ("otelCollector", plain(|i| i.otel_collector.as_ref())),
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
        let inherited = InheritedImage {
            tag: Some(Nullable::Null),
            ..InheritedImage::default()
        };
        assert_eq!(inherited.split_tag(), (None, None));
    }
}

values_struct! {
    /// Values under `images`.
    #[derive(Default)]
    pub struct Images: builder {
        /// The Airflow image of the Airflow components; unset keys fall back to `defaultAirflowRepository` and `defaultAirflowTag`.
        airflow: AirflowImage,
        /// Whether migration containers run `defaultAirflowRepository` at tag `airflowVersion` instead of `images.airflow`, so no user code runs there.
        use_default_image_for_migration: bool,
        /// Seconds the wait-for-migrations init containers wait for the database schema.
        migrations_wait_timeout: serde_json::Number,
        /// Image of the Kubernetes executor's task pods; null keys fall back to the Airflow image.
        #[serde(rename = "pod_template")]
        pod_template: InheritedImage,
        /// Image of Flower; null keys fall back to the Airflow image.
        flower: InheritedImage,
        /// Image of the StatsD exporter.
        statsd: Image,
        /// Image of the Redis broker.
        redis: Image,
        /// Image of PgBouncer.
        pgbouncer: Image,
        /// Image of the PgBouncer metrics exporter.
        pgbouncer_exporter: Image,
        /// Image of the git-sync sidecar and init container.
        git_sync: Image,
        /// Image of the OpenTelemetry Collector.
        otel_collector: Image,
    }
}

values_struct! {
    /// `images.airflow`: the Airflow image, the only one the chart can pin by a
    /// `digest` key of its own.
    ///
    /// With both `tag` and `digest` set the chart runs the digest; the tag is then
    /// only a label for people reading the values.
    #[derive(Default)]
    pub struct AirflowImage: builder {
        /// Image repository.
        repository: null String,
        /// Image tag.
        tag: null String,
        /// Image digest; when set it is what runs.
        digest: null Digest,
        /// When the image is pulled.
        pull_policy: PullPolicy,
    }
}

values_struct! {
    /// An image that falls back to the Airflow image when its keys are null
    /// (`images.pod_template`, `images.flower`).
    #[derive(Default)]
    pub struct InheritedImage {
        /// Image repository.
        repository: null String,
        /// Image tag.
        tag: null String,
        /// When the image is pulled.
        pull_policy: PullPolicy,
    }
}

values_struct! {
    /// A sidecar or helper image (`images.statsd`, `images.gitSync`, …): the chart
    /// renders `repository:tag`, so a digest goes into the tag as `tag@sha256:…`.
    #[derive(Default)]
    pub struct Image: builder {
        /// Image repository.
        repository: String,
        /// Image tag.
        tag: String,
        /// When the image is pulled.
        pull_policy: PullPolicy,
    }
}
