//! What each modeled chart release is: one row of facts per release.
//!
//! Adding a release means one more row here, one more [`ChartVersion`]
//! variant, and the key ranges the generator derives from its schema (see
//! `keys.rs`). Nothing else in the crate lists releases.
//!
//! Sources: each release's Chart.yaml (`appVersion`, `kubeVersion`), its
//! values.yaml (`images.*`, `defaultAirflowTag`; the PostgreSQL image from the
//! bundled Bitnami subchart and the chart's `postgresql.image` override) and
//! its `templates/check-values.yaml` (the lowest Airflow version it renders).

use super::{AirflowVersion, ChartVersion};

/// The facts of one modeled release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Release {
    /// Which release.
    pub version: ChartVersion,
    /// The version as the chart spells it.
    pub name: &'static str,
    /// `appVersion`: the Airflow version deployed when `airflowVersion` is unset.
    pub airflow: AirflowVersion,
    /// The lowest `airflowVersion` the templates render; `None` when they take any.
    pub minimum_airflow: Option<AirflowVersion>,
    /// `kubeVersion` of Chart.yaml, lowest and highest; `None` where it states none.
    pub kubernetes: KubernetesRange,
    /// The default image of each component, registry written in full.
    pub images: DefaultImages,
    /// What the schema accepts as `executor`.
    pub executors: ExecutorRule,
}

/// What a release's schema accepts as `executor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ExecutorRule {
    /// Whether several executors may be listed, separated by commas.
    pub multiple: bool,
    /// Which executors besides the five built-in ones it names.
    pub custom: CustomExecutors,
}

/// The executors a release accepts besides the five built-in ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CustomExecutors {
    /// Those listed, by import path.
    Listed(&'static [&'static str]),
    /// Any import path of a class whose name ends in `Executor`.
    Any,
}

const BUILT_IN_ONLY: ExecutorRule = ExecutorRule {
    multiple: false,
    custom: CustomExecutors::Listed(&[]),
};
const AWS_BATCH: &str = "airflow.providers.amazon.aws.executors.batch.AwsBatchExecutor";
const AWS_ECS: &str = "airflow.providers.amazon.aws.executors.ecs.AwsEcsExecutor";
const ANY_EXECUTORS: ExecutorRule = ExecutorRule {
    multiple: true,
    custom: CustomExecutors::Any,
};

/// The Kubernetes versions a release's Chart.yaml admits (`kubeVersion`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct KubernetesRange {
    /// The lowest version, such as `1.23.0`.
    pub minimum: Option<&'static str>,
    /// The highest version.
    pub maximum: Option<&'static str>,
}

/// No release from 1.10.0 to 1.22.0 states a `kubeVersion` in its Chart.yaml.
const ANY_KUBERNETES: KubernetesRange = KubernetesRange {
    minimum: None,
    maximum: None,
};

/// The images a release runs when the values leave a slot unset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DefaultImages {
    /// Airflow itself: every Airflow component, the migration job, task pods, Flower.
    pub airflow: &'static str,
    /// `images.statsd`.
    pub statsd: &'static str,
    /// `images.redis`.
    pub redis: &'static str,
    /// `images.pgbouncer`.
    pub pgbouncer: &'static str,
    /// `images.pgbouncerExporter`.
    pub pgbouncer_exporter: &'static str,
    /// `images.gitSync`, with the digest published for the tag where known.
    pub git_sync: &'static str,
    /// `images.otelCollector`; `None` for releases without the slot.
    pub otel_collector: Option<&'static str>,
    /// The PostgreSQL subchart's image as the chart configures it.
    pub postgresql: &'static str,
}

const fn v(major: u16, minor: u16, patch: u16) -> AirflowVersion {
    AirflowVersion::new(major, minor, patch)
}

const STATSD_0_22_8: &str = "quay.io/prometheus/statsd-exporter:v0.22.8";
const STATSD_0_26_0: &str = "quay.io/prometheus/statsd-exporter:v0.26.0";
const STATSD_0_28_0: &str = "quay.io/prometheus/statsd-exporter:v0.28.0";
const REDIS_7_BULLSEYE: &str = "docker.io/library/redis:7-bullseye";
const REDIS_7_BOOKWORM: &str = "docker.io/library/redis:7-bookworm";
const REDIS_7_2_BOOKWORM: &str = "docker.io/library/redis:7.2-bookworm";
const PGBOUNCER_2023: &str = "docker.io/apache/airflow:airflow-pgbouncer-2023.02.24-1.16.1";
const PGBOUNCER_2024: &str = "docker.io/apache/airflow:airflow-pgbouncer-2024.01.19-1.21.0";
const PGBOUNCER_2025: &str = "docker.io/apache/airflow:airflow-pgbouncer-2025.03.05-1.23.1";
const EXPORTER_2023: &str = "docker.io/apache/airflow:airflow-pgbouncer-exporter-2023.02.21-0.14.0";
const EXPORTER_2024_01: &str =
    "docker.io/apache/airflow:airflow-pgbouncer-exporter-2024.01.19-0.16.0";
const EXPORTER_2024_06: &str =
    "docker.io/apache/airflow:airflow-pgbouncer-exporter-2024.06.18-0.17.0";
const EXPORTER_2025: &str = "docker.io/apache/airflow:airflow-pgbouncer-exporter-2025.03.05-0.18.0";
const GIT_SYNC_4_1_0: &str = "registry.k8s.io/git-sync/git-sync:v4.1.0@sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902";
const GIT_SYNC_4_3_0: &str = "registry.k8s.io/git-sync/git-sync:v4.3.0@sha256:5813a7da0ccd58f6dfb9d5e48480e2877355e6bb3d7d81c8908eb1adc3a23b6e";
const GIT_SYNC_4_4_2: &str = "registry.k8s.io/git-sync/git-sync:v4.4.2@sha256:3089d9787b89bdc5af01d9f6e8d515aefb9672e8aea3972d7ff67478112bacb3";
/// Charts 1.10.0 and 1.11.0 pin the subchart's image to tag `11`.
const POSTGRESQL_11: &str = "docker.io/bitnami/postgresql:11";
const POSTGRESQL_16: &str = "docker.io/bitnami/postgresql:16.1.0-debian-11-r15";
/// From 1.19.0 the chart points the subchart at Bitnami's legacy repository.
const POSTGRESQL_16_LEGACY: &str = "docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15";

/// The images of chart 1.12.0; later rows name only what changed.
const IMAGES_1_12_0: DefaultImages = DefaultImages {
    airflow: "docker.io/apache/airflow:2.8.1",
    statsd: STATSD_0_26_0,
    redis: REDIS_7_BOOKWORM,
    pgbouncer: PGBOUNCER_2024,
    pgbouncer_exporter: EXPORTER_2024_01,
    git_sync: GIT_SYNC_4_1_0,
    otel_collector: None,
    postgresql: POSTGRESQL_16,
};

/// The images of chart 1.16.0; later rows name only what changed.
const IMAGES_1_16_0: DefaultImages = DefaultImages {
    airflow: "docker.io/apache/airflow:2.10.5",
    statsd: STATSD_0_28_0,
    redis: REDIS_7_2_BOOKWORM,
    pgbouncer: PGBOUNCER_2025,
    pgbouncer_exporter: EXPORTER_2025,
    git_sync: GIT_SYNC_4_3_0,
    otel_collector: None,
    postgresql: POSTGRESQL_16,
};

/// The images of chart 1.19.0; later rows name only what changed.
const IMAGES_1_19_0: DefaultImages = DefaultImages {
    airflow: "docker.io/apache/airflow:3.1.7",
    statsd: STATSD_0_28_0,
    redis: REDIS_7_2_BOOKWORM,
    pgbouncer: PGBOUNCER_2025,
    pgbouncer_exporter: EXPORTER_2025,
    git_sync: GIT_SYNC_4_4_2,
    otel_collector: None,
    postgresql: POSTGRESQL_16_LEGACY,
};

/// The images of chart 1.10.0; later rows name only what changed.
const IMAGES_1_10_0: DefaultImages = DefaultImages {
    airflow: "docker.io/apache/airflow:2.6.2",
    statsd: STATSD_0_22_8,
    redis: REDIS_7_BULLSEYE,
    pgbouncer: PGBOUNCER_2023,
    pgbouncer_exporter: EXPORTER_2023,
    git_sync: "registry.k8s.io/git-sync/git-sync:v3.6.3",
    otel_collector: None,
    postgresql: POSTGRESQL_11,
};

/// Every modeled release, oldest first; [`ChartVersion::ALL`] follows this order.
pub(crate) const RELEASES: &[Release] = &[
    Release {
        version: ChartVersion::V1_10_0,
        name: "1.10.0",
        airflow: v(2, 6, 2),
        minimum_airflow: None,
        kubernetes: ANY_KUBERNETES,
        images: IMAGES_1_10_0,
        executors: BUILT_IN_ONLY,
    },
    Release {
        version: ChartVersion::V1_11_0,
        name: "1.11.0",
        airflow: v(2, 7, 1),
        minimum_airflow: None,
        kubernetes: ANY_KUBERNETES,
        images: DefaultImages {
            airflow: "docker.io/apache/airflow:2.7.1",
            git_sync: "registry.k8s.io/git-sync/git-sync:v3.6.9",
            ..IMAGES_1_10_0
        },
        executors: BUILT_IN_ONLY,
    },
    Release {
        version: ChartVersion::V1_12_0,
        name: "1.12.0",
        airflow: v(2, 8, 1),
        minimum_airflow: None,
        kubernetes: ANY_KUBERNETES,
        images: IMAGES_1_12_0,
        executors: BUILT_IN_ONLY,
    },
    Release {
        version: ChartVersion::V1_13_0,
        name: "1.13.0",
        airflow: v(2, 8, 2),
        minimum_airflow: None,
        kubernetes: ANY_KUBERNETES,
        images: DefaultImages {
            airflow: "docker.io/apache/airflow:2.8.2",
            ..IMAGES_1_12_0
        },
        executors: BUILT_IN_ONLY,
    },
    Release {
        version: ChartVersion::V1_13_1,
        name: "1.13.1",
        airflow: v(2, 8, 3),
        minimum_airflow: None,
        kubernetes: ANY_KUBERNETES,
        images: DefaultImages {
            airflow: "docker.io/apache/airflow:2.8.3",
            ..IMAGES_1_12_0
        },
        executors: BUILT_IN_ONLY,
    },
    Release {
        version: ChartVersion::V1_15_0,
        name: "1.15.0",
        airflow: v(2, 9, 3),
        minimum_airflow: None,
        kubernetes: ANY_KUBERNETES,
        images: DefaultImages {
            airflow: "docker.io/apache/airflow:2.9.3",
            statsd: "quay.io/prometheus/statsd-exporter:v0.26.1",
            redis: REDIS_7_2_BOOKWORM,
            pgbouncer: PGBOUNCER_2024,
            pgbouncer_exporter: EXPORTER_2024_06,
            git_sync: GIT_SYNC_4_1_0,
            otel_collector: None,
            postgresql: POSTGRESQL_16,
        },
        executors: ExecutorRule {
            multiple: false,
            custom: CustomExecutors::Listed(&[AWS_BATCH, AWS_ECS]),
        },
    },
    Release {
        version: ChartVersion::V1_16_0,
        name: "1.16.0",
        airflow: v(2, 10, 5),
        minimum_airflow: None,
        kubernetes: ANY_KUBERNETES,
        images: IMAGES_1_16_0,
        executors: ExecutorRule {
            multiple: true,
            custom: CustomExecutors::Listed(&[AWS_BATCH, AWS_ECS]),
        },
    },
    Release {
        version: ChartVersion::V1_18_0,
        name: "1.18.0",
        airflow: v(3, 0, 2),
        minimum_airflow: None,
        kubernetes: ANY_KUBERNETES,
        images: DefaultImages {
            airflow: "docker.io/apache/airflow:3.0.2",
            ..IMAGES_1_16_0
        },
        executors: ExecutorRule {
            multiple: true,
            custom: CustomExecutors::Listed(&[
                "airflow.providers.edge3.executors.EdgeExecutor",
                AWS_BATCH,
                AWS_ECS,
            ]),
        },
    },
    Release {
        version: ChartVersion::V1_19_0,
        name: "1.19.0",
        airflow: v(3, 1, 7),
        minimum_airflow: None,
        kubernetes: ANY_KUBERNETES,
        images: IMAGES_1_19_0,
        executors: ANY_EXECUTORS,
    },
    Release {
        version: ChartVersion::V1_21_0,
        name: "1.21.0",
        airflow: v(3, 2, 0),
        minimum_airflow: Some(v(2, 11, 0)),
        kubernetes: ANY_KUBERNETES,
        images: DefaultImages {
            airflow: "docker.io/apache/airflow:3.2.0",
            statsd: "quay.io/prometheus/statsd-exporter:v0.29.0",
            ..IMAGES_1_19_0
        },
        executors: ANY_EXECUTORS,
    },
    Release {
        version: ChartVersion::V1_22_0,
        name: "1.22.0",
        airflow: v(3, 2, 2),
        minimum_airflow: Some(v(2, 11, 0)),
        kubernetes: ANY_KUBERNETES,
        images: DefaultImages {
            airflow: "docker.io/apache/airflow:3.2.2",
            statsd: "quay.io/prometheus/statsd-exporter:v0.30.0",
            otel_collector: Some("docker.io/otel/opentelemetry-collector-contrib:0.70.0"),
            ..IMAGES_1_19_0
        },
        executors: ANY_EXECUTORS,
    },
];

/// The official releases from 1.10.0 on that have no row above: no checked
/// copy of them exists, so they are judged from their modeled neighbours.
pub(crate) const UNMODELED: &[&str] = &["1.14.0", "1.17.0", "1.20.0"];
