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

/// Values under `dags`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct Dags {
    /// Where the volume is mounted.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub mount_path: Option<Nullable<String>>,
    /// Persistent storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistence: Option<DagPersistence>,
    /// Chart key `gitSync`: git sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |value: GitSync| Box::new(value))]
    pub git_sync: Option<Box<GitSync>>,
}

/// Values under `dags.persistence`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct DagPersistence {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Size of the volume.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// StorageClass of the volume claim.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub storage_class_name: Option<Nullable<String>>,
    /// Chart key `accessMode`: access mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_mode: Option<AccessMode>,
    /// An existing PersistentVolumeClaim to use instead of a new one.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub existing_claim: Option<Nullable<String>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Sub-path of the volume to mount.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub sub_path: Option<Nullable<String>>,
}

/// Values under `dags.gitSync`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct GitSync {
    /// Whether the chart deploys this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Chart key `repo`: repo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<String>,
    /// Chart key `branch`: branch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Chart key `rev`: rev.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    /// Chart key `ref`: ref.
    #[serde(default, rename = "ref", skip_serializing_if = "Option::is_none")]
    pub git_ref: Option<String>,
    /// Chart key `depth`: depth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<i64>,
    /// Chart key `maxFailures`: max failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_failures: Option<i64>,
    /// Sub-path of the volume to mount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_path: Option<String>,
    /// Chart key `wait`: wait.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub wait: Option<Nullable<i64>>,
    /// Chart key `period`: period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Chart key `containerName`: container name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// Pod security context (older key, prefer `securityContexts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<k8s_openapi::api::core::v1::SecurityContext>,
    /// Chart key `httpPort`: http port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub http_port: Option<i64>,
    /// Chart key `recommendedProbeSetting`: recommended probe setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub recommended_probe_setting: Option<bool>,
    /// Probe that holds the other probes back until the container has started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub startup_probe: Option<GitSyncStartupProbe>,
    /// Probe that restarts the container when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub liveness_probe: Option<GitSyncLivenessProbe>,
    /// Probe that takes the pod out of its Service when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub readiness_probe: Option<k8s_openapi::api::core::v1::Probe>,
    /// Settings of the emptyDir volume used when persistence is off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty_dir_config: Option<k8s_openapi::api::core::v1::EmptyDirVolumeSource>,
    /// postStart/preStop hooks of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_lifecycle_hooks: Option<k8s_openapi::api::core::v1::Lifecycle>,
    /// Security contexts of the pod and its containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_contexts: Option<WorkerPersistenceSecurityContexts>,
    /// User id the process runs as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<i64>,
    /// More volume mounts for the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_volume_mounts: Option<Vec<k8s_openapi::api::core::v1::VolumeMount>>,
    /// Chart key `credentialsSecret`: credentials secret.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub credentials_secret: Option<Nullable<String>>,
    /// Chart key `sshKey`: ssh key.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub ssh_key: Option<Nullable<SecretValue>>,
    /// Chart key `sshKeySecret`: ssh key secret.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub ssh_key_secret: Option<Nullable<String>>,
    /// Chart key `knownHosts`: known hosts.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub known_hosts: Option<Nullable<String>>,
    /// Extra environment variables of the main container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<k8s_openapi::api::core::v1::EnvVar>>,
    /// Chart key `envFrom`: env from.
    #[serde(
        default,
        deserialize_with = "deserialize_some",
        skip_serializing_if = "Option::is_none"
    )]
    #[builder(into)]
    pub env_from: Option<Nullable<String>>,
    /// CPU and memory requests and limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<k8s_openapi::api::core::v1::ResourceRequirements>,
}

/// Values under `dags.gitSync.startupProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct GitSyncStartupProbe {
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
}

/// Values under `dags.gitSync.livenessProbe`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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
    pub extra: BTreeMap<String, serde_json::Value>,
}
