//! A hardened production deployment on Azure Kubernetes Service.

use std::collections::BTreeMap;

use super::lock::{DigestLock, LockEntry, LockError};
use crate::check::structure::{IssueKind, walk};
use crate::images::{ImageSlot, default_image};
use crate::official::{
    AirflowImage, ApiServer, Celery, CeleryLogGroomerSidecar, ChartVersion, CreateUserJob, Dags,
    DefaultUser, EnvVar, GitSync, Image, Images, InheritedImage, LogGroomerSidecar, Pgbouncer,
    Postgresql, Scheduler, SchedulerLogGroomerSidecar, Triggerer, Values, Webserver, Workers,
};
use crate::official::{ReadError, has_key};
use crate::plan::{Plan, PlanError, SecretRole};
use crate::types::executor::{Executor, Executors};
use crate::types::git::{
    GitAuth, GitRef, GitRefError, GitRepo, GitRepoError, KnownHosts, KnownHostsError,
};
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
    KnownHosts(#[source] KnownHostsError),
    /// Something only the user knows was not given.
    #[error("the preset needs {what}; {hint}")]
    Missing {
        /// What is missing, such as `the DAG repository`.
        what: &'static str,
        /// The call that gives it.
        hint: &'static str,
    },
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

#[derive(Debug, Clone)]
struct Parts {
    chart_version: ChartVersion,
    registry: String,
    lock: DigestLock,
    /// The DAG repository, its branch and the server's known_hosts.
    dags: Option<(GitRepo, GitRef, KnownHosts)>,
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
/// What only the deployment knows has no default: [`build`](Self::build)
/// refuses a preset without the DAG repository ([`dags`](Self::dags)) and
/// the [`plan`](Self::plan) (identity, Key Vault, logs storage, Ingress).
///
/// ```
/// use airflow_values::official::ChartVersion;
/// use airflow_values::plan::{IngressOwner, Plan};
/// use airflow_values::presets::{AksProduction, PresetError};
///
/// let v = ChartVersion::V1_15_0;
/// let refused = AksProduction::new(v).registry("contoso.azurecr.io").build();
/// assert!(matches!(refused, Err(PresetError::Missing { .. })));
///
/// let plan = Plan::builder(v)
///     .workload_identity("00001111-aaaa-2222-bbbb-3333cccc4444", "aaaabbbb-0000-cccc-1111-dddd2222eeee")
///     .key_vault_url("https://contoso-kv.vault.azure.net/")
///     .logs_on_blob("contoso-rg", "contosologs", "airflow-logs")
///     .ingress(IngressOwner::Chart, "airflow.contoso.com", "ops@contoso.com")
///     .build()?;
/// let built = AksProduction::new(v)
///     .registry("contoso.azurecr.io")
///     .dags("git@github.com:contoso/dags.git", "main", AksProduction::GITHUB_KNOWN_HOSTS)
///     .plan(plan)
///     .build()?;
/// let yaml = built.values.to_yaml()?;
/// assert!(yaml.contains("contoso.azurecr.io/airflow"));
/// assert!(yaml.contains("git@github.com:contoso/dags.git"));
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
    /// GitHub's published ed25519 host key, as a `known_hosts` line for [`dags`](Self::dags).
    pub const GITHUB_KNOWN_HOSTS: &'static str = "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n";

    /// The preset for a chart version, with the example's registry and lock;
    /// the DAG repository and the plan are yours to give.
    pub fn new(chart_version: ChartVersion) -> Self {
        let parts = || -> Result<Parts, PresetError> {
            Ok(Parts {
                chart_version,
                registry: Self::DEFAULT_REGISTRY.to_owned(),
                lock: DigestLock::parse(Self::EXAMPLE_LOCK)?,
                dags: None,
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
            p.dags = Some((
                GitRepo::parse(repo)?,
                GitRef::branch(branch)?,
                KnownHosts::parse(known_hosts).map_err(PresetError::KnownHosts)?,
            ));
            Ok(p)
        })
    }

    /// The deployment plan whose names (Secrets, logs claim, Ingress) go
    /// into the values. The plan's chart version replaces the preset's.
    pub fn plan(self, plan: Plan) -> Self {
        self.and_then(|mut p| {
            p.chart_version = plan.chart_version();
            p.plan = Some(plan);
            Ok(p)
        })
    }

    /// Builds the values.
    ///
    /// # Errors
    /// The first [`PresetError`] of a setter, [`PresetError::Missing`]
    /// without [`dags`](Self::dags) or [`plan`](Self::plan), or an invalid
    /// image reference while mirroring.
    pub fn build(self) -> Result<AksValues, PresetError> {
        let p = self.inner?;
        let Some((dags_repo, dags_branch, known_hosts)) = p.dags.clone() else {
            return Err(PresetError::Missing {
                what: "the DAG repository",
                hint: "call .dags(repo, branch, known_hosts) with your repository",
            });
        };
        let Some(plan) = p.plan.clone() else {
            return Err(PresetError::Missing {
                what: "the deployment plan",
                hint: "call .plan(..) with a Plan given your identity, Key Vault, logs storage and Ingress",
            });
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
            pod_template: Image::try_from_ref(&airflow).ok().map(InheritedImage::from),
            statsd: Image::try_from_ref(&pin(
                "images.statsd",
                "quay.io/prometheus/statsd-exporter:v0.30.0",
            )?)
            .ok(),
            pgbouncer: Image::try_from_ref(&pin(
                "images.pgbouncer",
                &format!("docker.io/apache/airflow:{pgbouncer_tag}"),
            )?)
            .ok(),
            pgbouncer_exporter: Image::try_from_ref(&pin(
                "images.pgbouncerExporter",
                &format!("docker.io/apache/airflow:{exporter_tag}"),
            )?)
            .ok(),
            git_sync: Image::try_from_ref(&pin(
                "images.gitSync",
                &format!("registry.k8s.io/git-sync/git-sync:{git_sync_tag}"),
            )?)
            .ok(),
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
            // Chart 1.22.0 moves the worker sidecar under workers.celery.
            workers: Some(Box::new(if airflow_3 {
                Workers::builder()
                    .celery(
                        Celery::builder()
                            .log_groomer_sidecar(
                                CeleryLogGroomerSidecar::builder().enabled(false).build(),
                            )
                            .build(),
                    )
                    .build()
            } else {
                Workers::builder()
                    .log_groomer_sidecar(LogGroomerSidecar::disabled())
                    .build()
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
                    ..GitSync::for_release(
                        v,
                        &dags_repo,
                        &dags_branch,
                        &GitAuth::Ssh {
                            key_secret: SecretName::parse(plan.secret(SecretRole::GitSshKey))?,
                            known_hosts: Some(known_hosts),
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
    let issues = walk(crate::official::compiled_schema(version).root(), &tree);
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
