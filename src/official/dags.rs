//! `dags`: where DAG files come from (a volume or git-sync).

use super::prelude::*;

use crate::types::git::{GitAuth, GitRef, GitRepo};

/// Access modes of a PersistentVolumeClaim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum AccessMode {
    /// Mounted read-write by one node.
    ReadWriteOnce,
    /// Mounted read-only by many nodes.
    ReadOnlyMany,
    /// Mounted read-write by many nodes.
    ReadWriteMany,
}

impl GitSync {
    /// git-sync settings for a repository, a ref and a way to authenticate,
    /// for chart 1.12.0 and later (the releases with `dags.gitSync.ref`):
    /// the same as [`GitSync::for_release`] with [`ChartVersion::LATEST`].
    /// For chart 1.10.0 or 1.11.0, use [`GitSync::for_release`].
    ///
    /// ```
    /// use airflow_values::official::GitSync;
    /// use airflow_values::types::git::{GitAuth, GitRef};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sync = GitSync::from_source(
    ///     &"https://github.com/acme/dags.git".parse()?,
    ///     &GitRef::tag("v1.2.3")?,
    ///     &GitAuth::Https { credentials_secret: "git-credentials".parse()? },
    /// );
    /// assert_eq!(sync.branch.as_deref(), Some(""));
    /// assert_eq!(sync.rev.as_deref(), Some("v1.2.3"));
    /// assert_eq!(sync.git_ref.as_deref(), Some("v1.2.3"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn from_source(repo: &GitRepo, git_ref: &GitRef, auth: &GitAuth) -> Self {
        Self::for_release(ChartVersion::LATEST, repo, git_ref, auth)
    }

    /// git-sync settings of chart `release` for a repository, a ref and a
    /// way to authenticate, with only the keys that release has.
    ///
    /// The chart renders git-sync's deprecated `branch` and `rev` (and, from
    /// chart 1.12.0 on, `ref`), and each git-sync release reads them its own
    /// way (see [`git_sync`](crate::types::git_sync)): v3, which charts 1.10.0
    /// and 1.11.0 run, reads `branch` and `rev` only; v4 before v4.2.4 lets
    /// `branch` or `rev` replace `ref`; v4.2.4 and later exit when a branch
    /// comes with a `rev` other than `HEAD`. So a branch is written as
    /// `branch: <name>`, `rev: HEAD`, `ref: <name>`, and a tag or a commit as
    /// `branch: ""`, `rev: <ref>`, `ref: <ref>`: every git-sync release of
    /// every chart release follows them, whatever `images.gitSync.tag` says,
    /// where the chart's default branch `v2-2-stable` next to a tag in `rev`
    /// would make v4.2.4 and later (chart 1.22.0 runs v4.4.2) exit at start.
    /// `ref` is left out for releases without it (1.10.0, 1.11.0), which
    /// refuse the key.
    ///
    /// ```
    /// use airflow_values::official::{ChartVersion, GitSync};
    /// use airflow_values::types::git::{GitAuth, GitRef};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let repo = "https://github.com/acme/dags.git".parse()?;
    /// let auth = GitAuth::Https { credentials_secret: "git-credentials".parse()? };
    /// let tag = GitRef::tag("v1.2.3")?;
    /// let old = GitSync::for_release(ChartVersion::V1_11_0, &repo, &tag, &auth);
    /// assert_eq!((old.branch.as_deref(), old.rev.as_deref()), (Some(""), Some("v1.2.3")));
    /// assert_eq!(old.git_ref, None);
    /// let new = GitSync::for_release(ChartVersion::V1_12_0, &repo, &tag, &auth);
    /// assert_eq!(new.git_ref.as_deref(), Some("v1.2.3"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn for_release(
        release: ChartVersion,
        repo: &GitRepo,
        git_ref: &GitRef,
        auth: &GitAuth,
    ) -> Self {
        let name = git_ref.as_rev().to_owned();
        let (branch, rev) = match git_ref {
            GitRef::Branch(_) => (name.clone(), "HEAD".to_owned()),
            _ => (String::new(), name.clone()),
        };
        let mut sync = GitSync {
            enabled: Some(true),
            repo: Some(repo.to_string()),
            branch: Some(branch),
            rev: Some(rev),
            git_ref: has_key(release, "dags.gitSync.ref").then_some(name),
            ..GitSync::default()
        };
        match auth {
            GitAuth::Ssh {
                key_secret,
                known_hosts,
            } => {
                sync.ssh_key_secret = Some(Nullable::Value(key_secret.to_string()));
                sync.known_hosts = known_hosts
                    .as_ref()
                    .map(|k| Nullable::Value(k.as_str().to_owned()));
            }
            GitAuth::Https { credentials_secret } => {
                sync.credentials_secret = Some(Nullable::Value(credentials_secret.to_string()));
            }
            _ => {}
        }
        sync
    }
}

values_struct! {
    /// Values under `dags`.
    #[derive(Default)]
    pub struct Dags: builder {
        /// Where the volume is mounted.
        mount_path: null String,
        /// Persistent storage.
        persistence: DagPersistence,
        /// The git-sync sidecar that keeps the DAG folder in step with a git repository.
        git_sync: boxed GitSync,
    }
}

values_struct! {
    /// Values under `dags.persistence`.
    #[derive(Default)]
    pub struct DagPersistence: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Size of the volume.
        size: String,
        /// StorageClass of the volume claim.
        storage_class_name: null String,
        /// How the DAG volume claim may be mounted; pods on several nodes need `ReadWriteMany`.
        access_mode: AccessMode,
        /// An existing PersistentVolumeClaim to use instead of a new one.
        existing_claim: null String,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Sub-path of the volume to mount.
        sub_path: null String,
    }
}

values_struct! {
    /// Values under `dags.gitSync`.
    #[derive(Default)]
    pub struct GitSync: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// URL of the git repository to clone, over HTTPS or SSH.
        repo: String,
        /// Branch to follow, read by git-sync v3.
        branch: String,
        /// Revision to check out, read by git-sync v3; `HEAD` follows `branch`.
        rev: String,
        /// Branch, tag or commit to follow, read by git-sync v4.
        #[serde(rename = "ref")]
        git_ref: String,
        /// Commits of history to fetch; 0 fetches all of it.
        depth: i64,
        /// Failed syncs in a row that git-sync tolerates before it exits; -1 retries forever.
        max_failures: i64,
        /// Sub-path of the volume to mount.
        sub_path: String,
        /// Seconds between syncs (older key); when set it wins over `period`.
        wait: null i64,
        /// Time between syncs as a Go duration such as `5s`.
        period: String,
        /// Name of the git-sync container in the pods.
        container_name: String,
        /// Pod security context (deprecated: use `securityContexts`).
        security_context: k8s::SecurityContext,
        /// Port of git-sync's HTTP health endpoint, used by the recommended liveness probe.
        http_port: i64,
        /// Whether git-sync is probed through its HTTP health endpoint, with no readiness probe.
        recommended_probe_setting: bool,
        /// Probe that holds the other probes back until the container has started.
        startup_probe: GitSyncStartupProbe,
        /// Probe that restarts the container when it fails.
        liveness_probe: GitSyncLivenessProbe,
        /// Probe that takes the pod out of its Service when it fails.
        readiness_probe: k8s::Probe,
        /// Settings of the emptyDir volume used when persistence is off.
        empty_dir_config: k8s::EmptyDirVolumeSource,
        /// postStart/preStop hooks of the main container.
        container_lifecycle_hooks: k8s::Lifecycle,
        /// Security contexts of the pod and its containers.
        security_contexts: WorkerPersistenceSecurityContexts,
        /// User id the process runs as.
        uid: i64,
        /// More volume mounts for the main container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// Existing Secret with the git user name and password for HTTPS; the pods read all four keys `GIT_SYNC_USERNAME`, `GIT_SYNC_PASSWORD`, `GITSYNC_USERNAME` and `GITSYNC_PASSWORD`, none optional, so the Secret needs every one.
        credentials_secret: null String,
        /// SSH private key for an SSH repository URL; the chart stores it in a Secret.
        ssh_key: null SecretValue,
        /// Existing Secret whose `gitSshKey` entry holds the SSH private key.
        ssh_key_secret: null String,
        /// Content of a `known_hosts` file that git-sync checks the SSH server against.
        known_hosts: null String,
        /// Extra environment variables of the main container.
        env: Vec<k8s::EnvVar>,
        /// Extra `envFrom` entries of the git-sync containers, as YAML text (templated).
        env_from: null String,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
    }
}

values_struct! {
    /// Values under `dags.gitSync.startupProbe`.
    #[derive(Default)]
    pub struct GitSyncStartupProbe {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Seconds before a probe counts as failed.
        timeout_seconds: i64,
        /// Seconds to wait before the first probe.
        initial_delay_seconds: i64,
        /// Seconds between two probes.
        period_seconds: i64,
        /// Failed probes in a row before the container counts as unhealthy.
        failure_threshold: i64,
    }
}

/// Values under `dags.gitSync.livenessProbe`.
#[derive(bon::Builder, Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GitSyncLivenessProbe {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Seconds before a probe counts as failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<i64>,
    /// Seconds to wait before the first probe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_delay_seconds: Option<i64>,
    /// Seconds between two probes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_seconds: Option<i64>,
    /// Failed probes in a row before the container counts as unhealthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_threshold: Option<i64>,
    /// Keys the chart passes on as they are (to a subchart or into a Kubernetes object).
    #[serde(flatten)]
    #[builder(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
