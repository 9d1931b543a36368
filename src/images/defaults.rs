//! The images each modeled chart version runs when the values leave a slot unset.
//!
//! Facts from the charts' values.yaml (and, for PostgreSQL, the Bitnami
//! subchart 13.2.24 they depend on), written with their registry in full. A
//! digest is recorded only where it is published for exactly that tag (the
//! Kubernetes image promoter's manifest for git-sync).

use super::list::ImageSlot;
use crate::official::ChartVersion;
use crate::types::image::ImageRef;

/// The chart's image text for a slot, registry included.
fn default_text(version: ChartVersion, slot: ImageSlot) -> Option<&'static str> {
    use ImageSlot as S;
    let v1_15 = version < ChartVersion::V1_22_0;
    Some(match (slot, v1_15) {
        (S::Airflow | S::Migrations | S::PodTemplate | S::Flower, true) => {
            "docker.io/apache/airflow:2.9.3"
        }
        (S::Airflow | S::Migrations | S::PodTemplate | S::Flower, false) => {
            "docker.io/apache/airflow:3.2.2"
        }
        (S::Statsd, true) => "quay.io/prometheus/statsd-exporter:v0.26.1",
        (S::Statsd, false) => "quay.io/prometheus/statsd-exporter:v0.30.0",
        (S::Redis, _) => "docker.io/library/redis:7.2-bookworm",
        (S::Pgbouncer, true) => "docker.io/apache/airflow:airflow-pgbouncer-2024.01.19-1.21.0",
        (S::Pgbouncer, false) => "docker.io/apache/airflow:airflow-pgbouncer-2025.03.05-1.23.1",
        (S::PgbouncerExporter, true) => {
            "docker.io/apache/airflow:airflow-pgbouncer-exporter-2024.06.18-0.17.0"
        }
        (S::PgbouncerExporter, false) => {
            "docker.io/apache/airflow:airflow-pgbouncer-exporter-2025.03.05-0.18.0"
        }
        (S::GitSync, true) => {
            "registry.k8s.io/git-sync/git-sync:v4.1.0@sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902"
        }
        (S::GitSync, false) => {
            "registry.k8s.io/git-sync/git-sync:v4.4.2@sha256:3089d9787b89bdc5af01d9f6e8d515aefb9672e8aea3972d7ff67478112bacb3"
        }
        (S::OtelCollector, true) => return None,
        (S::OtelCollector, false) => "docker.io/otel/opentelemetry-collector-contrib:0.70.0",
        (S::Postgresql, true) => "docker.io/bitnami/postgresql:16.1.0-debian-11-r15",
        (S::Postgresql, false) => "docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15",
    })
}

/// The image the chart runs in `slot` when the values leave it unset, with
/// its digest where one is published for the tag; `None` for a slot the chart
/// version does not have (`otelCollector` before 1.22.0).
///
/// Docker Hub images are written in full (`docker.io/apache/airflow`,
/// `docker.io/library/redis`), as a registry-to-registry copy needs them.
///
/// ```
/// use airflow_values::images::{ImageSlot, default_image};
/// use airflow_values::official::ChartVersion;
///
/// let git_sync = default_image(ChartVersion::V1_15_0, ImageSlot::GitSync).unwrap();
/// assert_eq!(git_sync.tag().map(|t| t.as_str()), Some("v4.1.0"));
/// assert!(git_sync.digest().is_some());
/// assert!(default_image(ChartVersion::V1_15_0, ImageSlot::OtelCollector).is_none());
/// ```
#[must_use]
pub fn default_image(version: ChartVersion, slot: ImageSlot) -> Option<ImageRef> {
    // The texts are constants that a test parses for every version and slot.
    default_text(version, slot).and_then(|text| ImageRef::parse(text).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_parses_and_keeps_its_registry() {
        for version in ChartVersion::ALL.iter().copied() {
            for slot in ImageSlot::ALL.iter().copied() {
                let Some(text) = default_text(version, slot) else {
                    assert_eq!(
                        (version, slot),
                        (ChartVersion::V1_15_0, ImageSlot::OtelCollector)
                    );
                    continue;
                };
                let image = ImageRef::parse(text)
                    .unwrap_or_else(|e| panic!("{version} {slot:?}: {text}: {e}"));
                assert!(image.registry().is_some(), "{text}");
                assert_eq!(image.to_string(), text);
            }
        }
    }
}
