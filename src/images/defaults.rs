//! The images each modeled chart version runs when the values leave a slot unset.
//!
//! Facts from the charts' values.yaml (and, for PostgreSQL, the Bitnami
//! subchart they depend on), kept in the release table of the official
//! model, written with their registry in full. A digest is recorded only
//! where it is published for exactly that tag (the Kubernetes image
//! promoter's manifest for git-sync).

use super::list::ImageSlot;
use crate::official::ChartVersion;
use crate::types::image::ImageRef;

/// The chart's image text for a slot, registry included, from the release's row.
fn default_text(version: ChartVersion, slot: ImageSlot) -> Option<&'static str> {
    use ImageSlot as S;
    let images = &version.release().images;
    Some(match slot {
        S::Airflow | S::Migrations | S::PodTemplate | S::Flower => images.airflow,
        S::Statsd => images.statsd,
        S::Redis => images.redis,
        S::Pgbouncer => images.pgbouncer,
        S::PgbouncerExporter => images.pgbouncer_exporter,
        S::GitSync => images.git_sync,
        S::OtelCollector => return images.otel_collector,
        S::Postgresql => images.postgresql,
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
                    assert_eq!(slot, ImageSlot::OtelCollector);
                    assert!(version < ChartVersion::V1_22_0);
                    continue;
                };
                let image = ImageRef::parse(text)
                    .unwrap_or_else(|e| panic!("{version} {slot:?}: {text}: {e}"));
                assert!(image.registry().is_some(), "{text}");
                assert_eq!(image.to_string(), text);
                if slot == ImageSlot::Airflow {
                    // The Airflow image is the release's default Airflow version.
                    let tag = image.tag().map(|t| t.as_str().to_owned());
                    assert_eq!(tag, Some(version.default_airflow_version().to_string()));
                }
            }
        }
    }
}
