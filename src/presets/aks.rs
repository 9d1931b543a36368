//! A hardened production deployment on Azure Kubernetes Service.

use std::collections::BTreeMap;

use super::lock::{DigestLock, LockEntry, LockError};
use crate::check::structure::{IssueKind, walk};
use crate::images::{ImageSlot, default_image};
use crate::official::{
    AirflowImage, ApiServer, ChartVersion, CreateUserJob, Dags, DefaultUser, EnvVar, GitSync,
    Image, Images, InheritedImage, LogGroomerSidecar, Pgbouncer, Postgresql, Scheduler,
    SchedulerLogGroomerSidecar, Triggerer, Values, Webserver, Workers,
};
use crate::official::{ReadError, has_key, json_schema};
use crate::plan::{IngressOwner, Plan, PlanError, SecretRole};
use crate::types::executor::{Executor, Executors};
use crate::types::git::{GitAuth, GitRef, GitRefError, GitRepo, GitRepoError, KnownHosts};
use crate::types::image::{ImageRef, ImageRefError};
use crate::types::secret::{SecretError, SecretName};

/// Why an [`AksProduction`] preset could not be built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum PresetError {
    /// The registry host, or an image mirrored into it, is not a valid reference.
    #[error("invalid registry or image")]
    Image(#[from] ImageRefError),
    /// The digest lock could not be read.
    #[error("invalid digest lock")]
    Lock(#[from] LockError),
    /// The DAG repository URL is invalid.
    #[error("invalid DAG repository")]
    Repo(#[from] GitRepoError),
    /// The DAG branch is invalid.
    #[error("invalid DAG branch")]
    Ref(#[from] GitRefError),
    /// A Secret name is invalid.
    #[error("invalid Secret name")]
    Secret(#[from] SecretError),
    /// The known_hosts text is invalid.
    #[error("invalid known_hosts")]
    KnownHosts(String),
    /// The deployment plan is invalid.
    #[error("invalid deployment plan")]
    Plan(#[from] PlanError),
    /// The chart release names no default image for a slot the preset fills.
    #[error("the chart release has no default image for a component the preset pins")]
    NoDefaultImage,
    /// The values, cut down to the keys of the chart release, no longer read back.
    #[error("the values do not read back for the chart release: {0}")]
    Release(String),
}

/// Values built by [`AksProduction::build`], with what the lock left unpinned.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AksValues {
    /// The values.
    pub values: Values,
    /// Key paths of images whose digest the lock marks as pending (pinned by tag only).
    pub pending_digests: Vec<String>,
    /// The plan the names in the values come from; build the companion
    /// objects from it with [`manifests::build`](crate::manifests::build).
    pub plan: Plan,
}

/// GitHub's published ed25519 host key, for `knownHosts`.
const GITHUB_KNOWN_HOSTS: &str =
    "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n";

#[derive(Debug, Clone)]
struct Parts {
    chart_version: ChartVersion,
    registry: String,
    lock: DigestLock,
    dags_repo: GitRepo,
    dags_branch: GitRef,
    known_hosts: KnownHosts,
    ingress_host: String,
    plan: Option<Plan>,
}

/// A hardened AKS deployment of the official chart, following the Azure
/// walkthrough (seed 004): images mirrored into Azure Container Registry and
/// pinned by digest, KubernetesExecutor, pgbouncer in front of Azure Database
/// for PostgreSQL with credentials and TLS settings in Secrets, keys from
/// Secrets, git-sync over ssh with known hosts, logs on the existing claim
/// `pvc-airflow-logs` (`azureblob-fuse-premium`), log groomers off, and an
/// Ingress with TLS.
///
/// Setters that parse keep the first error, which [`build`](Self::build) returns.
///
/// ```
/// use airflow_values::check::Profile;
/// use airflow_values::official::ChartVersion;
/// use airflow_values::presets::AksProduction;
///
/// let built = AksProduction::new(ChartVersion::V1_15_0)
///     .registry("contoso.azurecr.io")
///     .build()?;
/// let yaml = built.values.to_yaml()?;
/// assert!(yaml.contains("contoso.azurecr.io/airflow"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use = "a preset does nothing until .build() is called"]
#[derive(Debug, Clone)]
pub struct AksProduction {
    inner: Result<Parts, PresetError>,
}

impl AksProduction {
    /// The registry used when none is given.
    pub const DEFAULT_REGISTRY: &'static str = "myregistry.azurecr.io";
    /// The digest lock that ships with the crate's `aks-production` example.
    pub const EXAMPLE_LOCK: &'static str = include_str!("../../examples/aks-production.lock");

    /// The preset for a chart version, with the example's registry, lock, repository and host.
    pub fn new(chart_version: ChartVersion) -> Self {
        let parts = || -> Result<Parts, PresetError> {
            Ok(Parts {
                chart_version,
                registry: Self::DEFAULT_REGISTRY.to_owned(),
                lock: DigestLock::parse(Self::EXAMPLE_LOCK)?,
                dags_repo: GitRepo::parse("git@github.com:donhighmsft/airflowexamples.git")?,
                dags_branch: GitRef::branch("main")?,
                known_hosts: KnownHosts::parse(GITHUB_KNOWN_HOSTS)
                    .map_err(|e| PresetError::KnownHosts(e.to_string()))?,
                ingress_host: "airflow.example.com".to_owned(),
                plan: None,
            })
        };
        AksProduction { inner: parts() }
    }

    fn and_then(self, f: impl FnOnce(Parts) -> Result<Parts, PresetError>) -> Self {
        AksProduction {
            inner: self.inner.and_then(f),
        }
    }

    /// The registry host images are mirrored into, such as `contoso.azurecr.io`.
    pub fn registry(self, host: &str) -> Self {
        self.and_then(|mut p| {
            // Checks the host by mirroring an image into it.
            ImageRef::parse("apache/airflow:x")?.mirrored_to(host)?;
            p.registry = host.to_owned();
            Ok(p)
        })
    }

    /// The digest lock: source images and their digests.
    pub fn digest_lock(self, text: &str) -> Self {
        self.and_then(|mut p| {
            p.lock = DigestLock::parse(text)?;
            Ok(p)
        })
    }

    /// The DAG repository (ssh) and branch, with the server's known_hosts lines.
    pub fn dags(self, repo: &str, branch: &str, known_hosts: &str) -> Self {
        self.and_then(|mut p| {
            p.dags_repo = GitRepo::parse(repo)?;
            p.dags_branch = GitRef::branch(branch)?;
            p.known_hosts = KnownHosts::parse(known_hosts)
                .map_err(|e| PresetError::KnownHosts(e.to_string()))?;
            Ok(p)
        })
    }

    /// The deployment plan whose names (Secrets, logs claim, Ingress) go
    /// into the values. Without one, [`Plan::builder`]'s defaults for the
    /// chart version, with the Ingress host of [`ingress_host`](Self::ingress_host).
    /// The plan's chart version replaces the preset's.
    pub fn plan(self, plan: Plan) -> Self {
        self.and_then(|mut p| {
            p.chart_version = plan.chart_version();
            p.plan = Some(plan);
            Ok(p)
        })
    }

    /// The host name of the Ingress (when no [`plan`](Self::plan) is given).
    pub fn ingress_host(self, host: &str) -> Self {
        self.and_then(|mut p| {
            p.ingress_host = host.to_owned();
            Ok(p)
        })
    }

    /// Builds the values.
    ///
    /// # Errors
    /// The first [`PresetError`] of a setter, or an invalid image reference
    /// while mirroring.
    pub fn build(self) -> Result<AksValues, PresetError> {
        let p = self.inner?;
        let plan = match p.plan.clone() {
            Some(plan) => plan,
            None => Plan::builder(p.chart_version)
                .ingress(IngressOwner::Chart, &p.ingress_host, "admin@example.com")
                .build()?,
        };
        let mut pending = Vec::new();
        let v = p.chart_version;
        let airflow_3 = v.defaults_to_airflow_3();
        let airflow_version = v.default_airflow_version();

        let mut pin = |path: &str, source: &str| -> Result<ImageRef, PresetError> {
            let source = ImageRef::parse(source)?;
            let mirrored = source.mirrored_to(&p.registry)?;
            Ok(match p.lock.get(&source) {
                Some(LockEntry::Pinned(digest)) => mirrored.with_digest(digest.clone()),
                _ => {
                    pending.push(path.to_owned());
                    mirrored
                }
            })
        };
        // The release's own images, by tag: the lock pins their digests.
        let default_tag = |slot| -> Result<String, PresetError> {
            let image = default_image(v, slot).ok_or(PresetError::NoDefaultImage)?;
            Ok(image
                .tag()
                .map(|t| t.as_str().to_owned())
                .unwrap_or_default())
        };
        let git_sync_tag = default_tag(ImageSlot::GitSync)?;
        let pgbouncer_tag = default_tag(ImageSlot::Pgbouncer)?;
        let exporter_tag = default_tag(ImageSlot::PgbouncerExporter)?;
        let airflow = pin(
            "images.airflow",
            &format!("docker.io/apache/airflow:{airflow_version}-python3.12"),
        )?;
        let images = Images {
            airflow: Some(AirflowImage::from_ref(&airflow)),
            pod_template: Image::from_ref(&airflow).map(InheritedImage::from),
            statsd: Image::from_ref(&pin(
                "images.statsd",
                "quay.io/prometheus/statsd-exporter:v0.30.0",
            )?),
            pgbouncer: Image::from_ref(&pin(
                "images.pgbouncer",
                &format!("docker.io/apache/airflow:{pgbouncer_tag}"),
            )?),
            pgbouncer_exporter: Image::from_ref(&pin(
                "images.pgbouncerExporter",
                &format!("docker.io/apache/airflow:{exporter_tag}"),
            )?),
            git_sync: Image::from_ref(&pin(
                "images.gitSync",
                &format!("registry.k8s.io/git-sync/git-sync:{git_sync_tag}"),
            )?),
            ..Images::default()
        };
        // The task pods run the Airflow image too, pinned or not alike.
        if pending.iter().any(|p| p == "images.airflow") {
            pending.push("images.pod_template".to_owned());
        }

        let no_default_user = DefaultUser {
            enabled: Some(false),
            ..DefaultUser::default()
        };

        let mut values = Values {
            chart_version: v,
            airflow_version: Some(airflow_version),
            images: Some(images),
            executor: Some(Executors::single(Executor::Kubernetes)),
            env: Some(vec![EnvVar::new("ENVIRONMENT", "production")]),
            workers: Some(Box::new(Workers {
                log_groomer_sidecar: Some(LogGroomerSidecar::disabled()),
                ..Workers::default()
            })),
            scheduler: Some(Box::new(Scheduler {
                log_groomer_sidecar: Some(SchedulerLogGroomerSidecar::disabled()),
                ..Scheduler::default()
            })),
            triggerer: Some(Box::new(Triggerer {
                log_groomer_sidecar: Some(SchedulerLogGroomerSidecar::disabled()),
                ..Triggerer::default()
            })),
            pgbouncer: Some(Box::new(Pgbouncer {
                enabled: Some(true),
                ..Pgbouncer::default()
            })),
            postgresql: Some(Postgresql {
                enabled: Some(false),
                ..Postgresql::default()
            }),
            config: Some(BTreeMap::from([(
                "core".to_owned(),
                BTreeMap::from([("default_timezone".to_owned(), "America/New_York".into())]),
            )])),
            dags: Some(Dags {
                git_sync: Some(Box::new(GitSync {
                    depth: Some(1.into()),
                    sub_path: Some("dags".to_owned()),
                    ..GitSync::from_source(
                        &p.dags_repo,
                        &p.dags_branch,
                        &GitAuth::Ssh {
                            key_secret: SecretName::parse(plan.secret(SecretRole::GitSshKey))?,
                            known_hosts: Some(p.known_hosts.clone()),
                        },
                    )
                })),
                ..Dags::default()
            }),
            ..Values::default()
        };
        if airflow_3 {
            // The first user moved from `apiServer` to `createUserJob` in chart 1.19.0.
            let user_in_job = has_key(v, "createUserJob.defaultUser");
            values.api_server = Some(Box::new(ApiServer {
                replicas: Some(2.into()),
                default_user: (!user_in_job).then(|| no_default_user.clone()),
                ..ApiServer::default()
            }));
            if user_in_job {
                values.create_user_job = Some(Box::new(CreateUserJob {
                    default_user: Some(no_default_user),
                    ..CreateUserJob::default()
                }));
            }
        } else {
            values.webserver = Some(Box::new(Webserver {
                replicas: Some(2),
                default_user: Some(no_default_user),
                ..Webserver::default()
            }));
        }
        // Every name the companion objects must match comes from the plan.
        plan.apply_to(&mut values);
        let values = without_keys_of_other_releases(values)?;
        Ok(AksValues {
            values,
            pending_digests: pending,
            plan,
        })
    }
}

/// The values without the keys their chart release does not have (chart
/// 1.10.0 has no `dags.gitSync.ref`, for one): the preset fills every key
/// the newest releases read, and an older release would refuse the others.
fn without_keys_of_other_releases(values: Values) -> Result<Values, PresetError> {
    let version = values.chart_version;
    let Ok(mut tree) = serde_json::to_value(&values) else {
        return Ok(values);
    };
    let issues = walk(json_schema(version).as_value(), &tree);
    let mut removed = false;
    for issue in issues {
        if !matches!(issue.kind, IssueKind::NotInVersion { .. }) {
            continue;
        }
        removed |= issue.path.remove_from(&mut tree);
    }
    if !removed {
        return Ok(values);
    }
    Values::from_yaml(&tree.to_string(), version)
        .map_err(|e: ReadError| PresetError::Release(e.to_string()))
}
