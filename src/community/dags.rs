//! `logs` and `dags`: where task logs and DAG files live.

use super::prelude::*;

values_struct! {
    /// A PersistentVolumeClaim the chart creates or reuses (`logs.persistence`,
    /// `dags.persistence`, and the legacy `persistence` and `logsPersistence`).
    #[derive(Default)]
    pub struct Persistence: builder {
        /// Whether the volume is mounted.
        enabled: bool,
        /// Existing claim to mount instead of creating one.
        existing_claim: String,
        /// Sub-path of the volume to mount.
        sub_path: String,
        /// StorageClass of a created claim; empty takes the cluster's default.
        storage_class: String,
        /// Access mode of a created claim.
        access_mode: AccessMode,
        /// Size of a created claim.
        size: k8s::Quantity,
        /// Legacy (early community chart): Azure Files shares for DAGs and logs; 8.x has none, use a claim of an Azure Files StorageClass.
        file_storage: FileStorage,
    }
}

values_struct! {
    /// Legacy `persistence.fileStorage`: Azure Files shares mounted with the
    /// storage account's key.
    #[derive(Default)]
    pub struct FileStorage: builder {
        /// Storage account name.
        storage_account_name: String,
        /// Storage account key.
        storage_account_key: SecretValue,
        /// The share of the task logs.
        logs: AzureFileShare,
        /// The share of the DAG files.
        dags: AzureFileShare,
    }
}

values_struct! {
    /// One Azure Files share of the legacy `persistence.fileStorage`.
    #[derive(Default)]
    pub struct AzureFileShare: builder {
        /// Existing Secret with `azurestorageaccountname` and `azurestorageaccountkey`.
        secret_name: String,
        /// Name of the file share.
        share_name: String,
    }
}

values_struct! {
    /// `logs`.
    #[derive(Default)]
    pub struct Logs: builder {
        /// Folder of the task logs in the containers.
        path: String,
        /// A volume for the logs.
        persistence: Persistence,
    }
}

values_struct! {
    /// `dags`.
    #[derive(Default)]
    pub struct Dags: builder {
        /// Folder of the DAG files in the containers.
        path: String,
        /// A volume for the DAG files.
        persistence: Persistence,
        /// A git-sync sidecar that clones the DAG files.
        git_sync: GitSync,
        /// Legacy (7.x): the git repository of the DAGs; 8.x has `dags.gitSync`.
        git: LegacyGit,
        /// Legacy (7.x): an init container that clones the repository before start; 8.x's gitSync does that itself.
        init_container: LegacyDagsInitContainer,
        /// Legacy (7.x): whether `requirements.txt` of the DAG folder is installed; 8.x has `airflow.extraPipPackages`.
        install_requirements: bool,
        /// Legacy (7.x): whether DAGs are sent to workers unpickled; 8.x sets `AIRFLOW__CORE__DONOT_PICKLE` in `airflow.config`.
        do_not_pickle: bool,
    }
}

values_struct! {
    /// The image of a helper container.
    #[derive(Default)]
    pub struct HelperImage: builder {
        /// Image repository.
        repository: String,
        /// Image tag.
        tag: String,
        /// When the image is pulled.
        pull_policy: PullPolicy,
        /// User id.
        uid: i64,
        /// Group id.
        gid: i64,
    }
}

values_struct! {
    /// `dags.gitSync`.
    #[derive(Default)]
    pub struct GitSync: builder {
        /// Whether the sidecar runs.
        enabled: bool,
        /// Its image.
        image: HelperImage,
        /// Resources.
        resources: k8s::ResourceRequirements,
        /// URL of the repository.
        repo: String,
        /// Folder of the repository that holds the DAGs.
        repo_sub_path: String,
        /// Branch to follow.
        branch: String,
        /// Commit, tag or `HEAD`.
        revision: String,
        /// Clone depth.
        depth: i64,
        /// Seconds between syncs.
        sync_wait: i64,
        /// Seconds a sync may take.
        sync_timeout: i64,
        /// How submodules are synced (`recursive`, `shallow`, `off`).
        submodules: String,
        /// Existing Secret with the HTTPS user name and password.
        http_secret: String,
        /// Key of the user name in `httpSecret`.
        http_secret_username_key: String,
        /// Key of the password in `httpSecret`.
        http_secret_password_key: String,
        /// Existing Secret with the SSH private key.
        ssh_secret: String,
        /// Key of the private key in `sshSecret`.
        ssh_secret_key: String,
        /// `known_hosts` lines of the git server.
        ssh_known_hosts: String,
        /// Failed syncs in a row before the sidecar exits; 0 never.
        max_failures: i64,
    }
}

/// A switch that old values files wrote either as a YAML boolean or as text
/// (`'True'`), which the old chart's templates both read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum LooseBool {
    /// `true` / `false`.
    Bool(bool),
    /// Text such as `"True"`.
    Text(String),
}

impl LooseBool {
    /// Whether it means "on" (`true`, or text `true` in any case).
    pub fn is_on(&self) -> bool {
        match self {
            LooseBool::Bool(b) => *b,
            LooseBool::Text(t) => t.eq_ignore_ascii_case("true"),
        }
    }
}

values_struct! {
    /// Legacy `dags.git` (chart 7.x).
    #[derive(Default)]
    pub struct LegacyGit {
        /// URL of the repository.
        url: String,
        /// Branch, tag or commit.
        #[serde(rename = "ref")]
        git_ref: String,
        /// Existing Secret with files for `~/.ssh/`.
        secret: String,
        /// Whether the host key is fetched with `ssh-keyscan` at start (trusting whatever answers).
        ssh_keyscan: LooseBool,
        /// File name of the private key in `secret`.
        private_key_name: String,
        /// Host of the repository, for `ssh-keyscan`.
        repo_host: String,
        /// SSH port of the repository.
        repo_port: i64,
        /// The sync sidecar.
        git_sync: LegacyGitSync,
    }
}

values_struct! {
    /// Legacy `dags.git.gitSync` (chart 7.x).
    #[derive(Default)]
    pub struct LegacyGitSync {
        /// Whether the sidecar runs.
        enabled: bool,
        /// Resources.
        resources: k8s::ResourceRequirements,
        /// Its image.
        image: HelperImage,
        /// Seconds between syncs.
        refresh_time: i64,
    }
}

values_struct! {
    /// Legacy `dags.initContainer` (chart 7.x).
    #[derive(Default)]
    pub struct LegacyDagsInitContainer {
        /// Whether it runs.
        enabled: bool,
        /// Resources.
        resources: k8s::ResourceRequirements,
        /// Its image.
        image: HelperImage,
        /// Where it clones to.
        mount_path: String,
        /// Sub-path of the volume it clones to.
        sync_sub_path: String,
    }
}
