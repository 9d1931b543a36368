//! `dags`: where DAG files come from (a volume or git-sync).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::types::git::{GitAuth, GitRef, GitRepo};
use crate::types::nullable::{Nullable, deserialize_some};
use crate::types::secret::SecretName;

/// `dags`: the DAG volume and the git-sync sidecar.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Dags {
    /// A persistent volume for DAG files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistence: Option<DagPersistence>,
    /// Pull DAG files from a git repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_sync: Option<GitSync>,
}

/// Access modes of a PersistentVolumeClaim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum AccessMode {
    /// Mounted read-write by one node.
    ReadWriteOnce,
    /// Mounted read-only by many nodes.
    ReadOnlyMany,
    /// Mounted read-write by many nodes.
    ReadWriteMany,
}

/// `dags.persistence`: a claim for DAG files.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct DagPersistence {
    /// Mount a claim for DAG files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Size of the claim the chart creates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub size: Option<String>,
    /// Storage class of the claim the chart creates; `null` means the cluster default.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_class_name: Option<Nullable<String>>,
    /// Access mode of the claim the chart creates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_mode: Option<AccessMode>,
    /// Use this existing claim instead of creating one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub existing_claim: Option<String>,
    /// Path inside the volume to mount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub sub_path: Option<String>,
    /// Annotations on the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// `dags.gitSync`: the git-sync sidecar.
///
/// The chart renders git-sync's deprecated `branch` and `rev` next to `ref`, and
/// git-sync v4 lets a non-empty `branch` with `rev` empty or `HEAD` override
/// `ref`. [`GitSync::from_source`] writes all three consistently.
///
/// ```
/// use airflow_values::official::GitSync;
/// use airflow_values::types::git::{GitAuth, GitRef};
///
/// let sync = GitSync::from_source(
///     &"git@github.com:acme/dags.git".parse()?,
///     &GitRef::tag("v1.2.3")?,
///     &GitAuth::None,
/// );
/// assert_eq!(sync.rev.as_deref(), Some("v1.2.3"));
/// assert_eq!(sync.git_ref.as_deref(), Some("v1.2.3"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct GitSync {
    /// Run the git-sync sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Repository URL (https or ssh).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub repo: Option<String>,
    /// Branch (git-sync v3 name; v4 reads it when `rev` is empty or `HEAD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub branch: Option<String>,
    /// Revision (git-sync v3 name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub rev: Option<String>,
    /// Branch, tag or commit to check out (git-sync v4 name).
    #[serde(default, rename = "ref", skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub git_ref: Option<String>,
    /// Clone depth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<u32>,
    /// Consecutive failures git-sync tolerates before it exits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_failures: Option<i32>,
    /// Directory inside the repository that holds the DAGs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub sub_path: Option<String>,
    /// Seconds between syncs (git-sync v3 name of `period`).
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    pub wait: Option<Nullable<u32>>,
    /// Time between syncs, as a Go duration such as `5s`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub period: Option<String>,
    /// Secret with `GITSYNC_USERNAME`/`GITSYNC_PASSWORD` (and the v3 names) for https.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials_secret: Option<SecretName>,
    /// Secret with the ssh private key under `gitSshKey`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_key_secret: Option<SecretName>,
    /// ssh known_hosts lines for the git server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub known_hosts: Option<String>,
}

impl GitSync {
    /// git-sync settings for a repository, a ref and a way to authenticate.
    ///
    /// A branch is written as `branch` and `ref` with `rev: HEAD`; a tag or a
    /// commit as `rev` and `ref`, so that the chart's default `branch` cannot
    /// override it.
    pub fn from_source(repo: &GitRepo, git_ref: &GitRef, auth: &GitAuth) -> Self {
        let name = git_ref.as_rev().to_owned();
        let (branch, rev) = match git_ref {
            GitRef::Branch(_) => (Some(name.clone()), "HEAD".to_owned()),
            _ => (None, name.clone()),
        };
        let mut sync = GitSync {
            enabled: Some(true),
            repo: Some(repo.to_string()),
            branch,
            rev: Some(rev),
            git_ref: Some(name),
            ..GitSync::default()
        };
        match auth {
            GitAuth::Ssh {
                key_secret,
                known_hosts,
            } => {
                sync.ssh_key_secret = Some(key_secret.clone());
                sync.known_hosts = known_hosts.as_ref().map(|k| k.as_str().to_owned());
            }
            GitAuth::Https { credentials_secret } => {
                sync.credentials_secret = Some(credentials_secret.clone());
            }
            _ => {}
        }
        sync
    }
}
