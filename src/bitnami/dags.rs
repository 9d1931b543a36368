//! Where DAGs and plugins come from (`dags`, `plugins`), the chart's own
//! init containers and sidecars, and the `git` section of older chart versions.

use super::prelude::*;

values_struct! {
    /// Values under `dags`.
    #[derive(Default)]
    pub struct Dags: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Existing ConfigMap with DAG files.
        existing_configmap: String,
        /// Git repositories the DAG files are cloned from.
        repositories: Vec<GitRepository>,
        /// ssh private key that clones the repositories (ignored when `existingSshKeySecret` is set).
        ssh_key: SecretValue,
        /// Existing Secret with the ssh private key.
        existing_ssh_key_secret: String,
        /// Key of the ssh private key in `existingSshKeySecret`.
        existing_ssh_key_secret_key: String,
    }
}

values_struct! {
    /// Values under `plugins`.
    #[derive(Default)]
    pub struct Plugins: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Git repositories the plugins are cloned from.
        repositories: Vec<GitRepository>,
        /// ssh private key that clones the repositories (ignored when `existingSshKeySecret` is set).
        ssh_key: SecretValue,
        /// Existing Secret with the ssh private key.
        existing_ssh_key_secret: String,
        /// Key of the ssh private key in `existingSshKeySecret`.
        existing_ssh_key_secret_key: String,
    }
}

values_struct! {
    /// Values under `defaultInitContainers`.
    #[derive(Default)]
    pub struct DefaultInitContainers: builder {
        /// The init container that renders the configuration.
        prepare_config: DefaultInitContainer,
        /// The init container that waits for the database schema migrations.
        #[serde(rename = "waitForDBMigrations")]
        wait_for_db_migrations: DefaultInitContainer,
        /// The init container that prepares the Python virtual environment.
        prepare_venv: DefaultInitContainer,
        /// The init container that clones the DAG and plugin repositories.
        #[serde(rename = "loadDAGsPlugins")]
        load_dags_plugins: DefaultGitContainer,
    }
}

values_struct! {
    /// Values under `defaultSidecars`.
    #[derive(Default)]
    pub struct DefaultSidecars: builder {
        /// The sidecar that pulls the DAG and plugin repositories.
        #[serde(rename = "syncDAGsPlugins")]
        sync_dags_plugins: DefaultGitContainer,
    }
}

values_struct! {
    /// One git repository of `dags.repositories` or `plugins.repositories`.
    ///
    /// The chart clones it into a directory named after `name`. The URL is
    /// kept as written: it may hold credentials, which the rules report
    /// (without echoing them) rather than the reader refusing the file.
    #[derive(Default)]
    pub struct GitRepository: builder {
        /// URL of the repository (https or ssh); credentials belong in a Secret, not here.
        repository: String,
        /// Branch that is cloned and pulled.
        branch: String,
        /// Name of the clone's directory.
        name: String,
        /// Subdirectory of the repository that holds the files; `null` or empty takes the whole repository.
        path: null String,
    }
}

values_struct! {
    /// `git`: DAG and plugin repositories as older chart versions took them
    /// (legacy; now `dags`, `plugins`,
    /// `defaultInitContainers.loadDAGsPlugins` and
    /// `defaultSidecars.syncDAGsPlugins`).
    #[derive(Default)]
    pub struct LegacyGit: builder {
        /// Image of the git containers (legacy; the current chart runs git from `image`).
        image: Image,
        /// DAG repositories (legacy; now `dags`).
        dags: LegacyGitSource,
        /// Plugin repositories (legacy; now `plugins`).
        plugins: LegacyGitSource,
        /// The init container that clones the repositories (legacy; now `defaultInitContainers.loadDAGsPlugins`).
        clone: LegacyGitContainer,
        /// The sidecar that pulls the repositories (legacy; now `defaultSidecars.syncDAGsPlugins`).
        sync: LegacyGitContainer,
    }
}

values_struct! {
    /// `git.dags` and `git.plugins` of older chart versions.
    #[derive(Default)]
    pub struct LegacyGitSource: builder {
        /// Whether the repositories are cloned.
        enabled: bool,
        /// The repositories.
        repositories: Vec<GitRepository>,
    }
}

values_struct! {
    /// `git.clone` and `git.sync` of older chart versions.
    #[derive(Default)]
    pub struct LegacyGitContainer: builder {
        /// Seconds between pulls (`git.sync` only).
        interval: i64,
        /// Command that replaces the container's entrypoint.
        command: Vec<String>,
        /// Arguments that replace the container's default ones.
        args: Vec<String>,
        /// More volume mounts of the container.
        extra_volume_mounts: Vec<k8s::VolumeMount>,
        /// More environment variables.
        extra_env_vars: Vec<k8s::EnvVar>,
        /// Existing ConfigMap whose keys become environment variables.
        #[serde(rename = "extraEnvVarsCM")]
        extra_env_vars_cm: String,
        /// Existing Secret whose keys become environment variables.
        extra_env_vars_secret: String,
        /// CPU and memory requests and limits.
        resources: k8s::ResourceRequirements,
    }
}

values_struct! {
    /// `airflow`: settings that early chart versions grouped under one key
    /// (legacy; now top-level keys).
    #[derive(Default)]
    pub struct LegacyAirflow: builder {
        /// Whether Airflow loads its example DAGs (legacy; now `loadExamples`).
        load_examples: bool,
        /// More environment variables (legacy; now `extraEnvVars`).
        extra_env_vars: Vec<k8s::EnvVar>,
    }
}
