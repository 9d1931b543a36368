//! From the Bitnami airflow chart to the official chart.
//!
//! The mapping works on the serialized source values: it takes each value
//! it carries over out of a [`Leftovers`] tree, and whatever is left at the
//! end is reported by its source path. Values that mean "unset" in the
//! Bitnami chart (`""`, `{}`, `[]`) are taken without a trace. It builds
//! the official values typed, field by field, and hands them on as a tree:
//! the steps around the mapping are [`super::convert`]'s.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Leftovers, Migration, SourceChart};
use crate::bitnami;
use crate::k8s;
use crate::official::{self, ChartVersion, ConfigValue};
use crate::types::database::{Dialect, SqlAlchemyUrl, SslMode};
use crate::types::nullable::Nullable;
use crate::types::secret::SecretValue;

/// Converts Bitnami chart values into values of the official chart `to`.
///
/// Carries over the Airflow version (the Bitnami image itself does not run
/// under the official chart), the executor, the auth keys, the metadata
/// database (bundled or external, with `sslmode`), the broker, the first git
/// repository of DAGs (as `dags.gitSync`), the Ingress, the triggerer's
/// persistence, and per component (`web` → `webserver` or `apiServer`,
/// `scheduler`, `worker` → `workers`, `triggerer`, `dagProcessor`) replicas,
/// resources, environment, volumes, sidecars and placement.
///
/// The report has an `AV0901` warning, with the source key path, for every
/// key that was not carried over, and an `AV0902` note for every value that
/// was carried over with a change the user should know about.
///
/// ```
/// use airflow_values::bitnami;
/// use airflow_values::migrate::from_bitnami;
/// use airflow_values::official::ChartVersion;
///
/// let source = bitnami::Values::from_yaml("executor: KubernetesExecutor\nweb:\n  replicaCount: 2\n")?;
/// let migration = from_bitnami(&source, ChartVersion::V1_22_0);
/// assert_eq!(
///     migration.values.to_yaml()?,
///     "executor: KubernetesExecutor\napiServer:\n  replicas: 2\n"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_bitnami(values: &bitnami::Values, to: ChartVersion) -> Migration {
    super::convert::<Bitnami>(values, to)
}

/// The Bitnami chart as a source of a migration.
pub(super) struct Bitnami;

impl SourceChart for Bitnami {
    type Values = bitnami::Values;

    fn read(tree: &Value) -> Result<bitnami::Values, crate::yaml::TreeError> {
        bitnami::Values::from_checked_tree(tree)
    }

    fn map(values: &bitnami::Values, left: &mut Leftovers, to: ChartVersion) -> Value {
        let mut cx = Cx { left, to };
        let mut out = official::Values {
            chart_version: to,
            ..official::Values::default()
        };
        images(&mut cx, &mut out);
        general(&mut cx, &mut out);
        auth(&mut cx, &mut out);
        database(&mut cx, values, &mut out);
        broker(&mut cx, values, &mut out);
        git(&mut cx, &mut out);
        ingress(&mut cx, &mut out);
        components(&mut cx, &mut out);
        // The official values serialize as the tree their reader reads.
        serde_json::to_value(&out).unwrap_or(Value::Null)
    }
}

struct Cx<'a> {
    left: &'a mut Leftovers,
    to: ChartVersion,
}

/// Whether a value means "unset" to the Bitnami chart.
fn blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

impl Cx<'_> {
    /// Takes the value at `path` as a `T`; `None` when unset or blank. A
    /// value that does not fit `T` is reported as not migrated.
    fn take<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
        let value = self.left.take(path)?;
        if blank(&value) {
            return None;
        }
        match serde_json::from_value(value) {
            Ok(v) => Some(v),
            Err(_) => {
                self.left.dropped(
                    path,
                    "this value does not fit the official chart's key of the same meaning",
                    "set its equivalent in the official values by hand",
                );
                None
            }
        }
    }

    fn string(&mut self, path: &str) -> Option<String> {
        self.take::<String>(path)
    }

    /// [`Cx::take`] of a value that becomes the official key `to` as it is.
    fn take_to<T: DeserializeOwned>(&mut self, path: &str, to: &str) -> Option<T> {
        let value = self.take(path);
        if value.is_some() {
            self.left.moved(path, to);
        }
        value
    }

    fn airflow_3(&self) -> bool {
        self.to.defaults_to_airflow_3()
    }
}

fn images(cx: &mut Cx<'_>, out: &mut official::Values) {
    let registry = cx.string("image.registry");
    let repository = cx.string("image.repository");
    let tag = cx.string("image.tag");
    let digest = cx.string("image.digest");
    let _ = cx.left.take("image.pullPolicy");
    let bitnami_image = repository
        .as_deref()
        .is_none_or(|r| r.ends_with("/airflow") && r.starts_with("bitnami"));
    if bitnami_image {
        // The Bitnami image has its own layout and entrypoint; only the
        // Airflow version it carries means something to the official chart.
        let version = tag.as_deref().and_then(airflow_version_of_tag);
        match version.map(|v| (v.parse::<official::AirflowVersion>(), v)) {
            Some((Ok(parsed), text)) if cx.airflow_3() || parsed.major() < 3 => {
                out.airflow_version = Some(parsed);
                out.images = Some(official::Images {
                    airflow: Some(official::AirflowImage {
                        repository: Some(Nullable::Value("apache/airflow".to_owned())),
                        tag: Some(Nullable::Value(text.clone())),
                        ..official::AirflowImage::default()
                    }),
                    ..official::Images::default()
                });
                cx.left.changed(
                    "image.tag",
                    format!("the Bitnami image does not run under the official chart; the official image apache/airflow:{text} of the same Airflow version is used instead"),
                );
            }
            _ => {
                if tag.is_some() {
                    cx.left.dropped(
                        "image.tag",
                        "the Bitnami image does not run under the official chart, and its Airflow version is not one the target chart runs",
                        "set images.airflow to an apache/airflow image (or one built FROM it) and airflowVersion",
                    );
                }
            }
        }
        if registry.is_some() || digest.is_some() {
            cx.left.dropped(
                "image.registry",
                "the registry and digest of the Bitnami image do not apply to the official image",
                "mirror apache/airflow into your registry and pin it with images.airflow.digest",
            );
        }
    } else {
        let full = match (&registry, &repository) {
            (Some(r), Some(p)) => format!("{r}/{p}"),
            (_, Some(p)) => p.clone(),
            _ => String::new(),
        };
        out.images = Some(official::Images {
            airflow: Some(official::AirflowImage {
                repository: Some(Nullable::Value(full)),
                tag: tag.map(Nullable::Value),
                digest: digest.and_then(|d| d.parse().ok()).map(Nullable::Value),
                ..official::AirflowImage::default()
            }),
            ..official::Images::default()
        });
        cx.left.changed(
            "image.repository",
            "carried over to images.airflow; the official chart runs it with its own entrypoint, so the image must be built on apache/airflow",
        );
    }
    if let Some(secrets) = cx.take::<Vec<official::ImagePullSecret>>("image.pullSecrets") {
        if cx.airflow_3() {
            out.image_pull_secrets = Some(secrets);
        } else {
            cx.left.dropped(
                "image.pullSecrets",
                "chart 1.15.0 takes one registry Secret, not a list",
                "set registry.secretName",
            );
        }
    }
    let _ = cx.left.take("image.debug");
}

/// The Airflow version at the start of a Bitnami image tag (`3.0.5-debian-12-r0`).
fn airflow_version_of_tag(tag: &str) -> Option<String> {
    let version: String = tag
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    (version.split('.').count() == 3 && !version.ends_with('.')).then_some(version)
}

fn general(cx: &mut Cx<'_>, out: &mut official::Values) {
    out.executor = cx.take_to("executor", "executor");
    out.fullname_override = cx.take_to("fullnameOverride", "fullnameOverride");
    out.name_override = cx.take_to("nameOverride", "nameOverride");
    let mut config: official::Config = cx.take("configuration").unwrap_or_default();
    let overrides: official::Config = cx.take("overrideConfiguration").unwrap_or_default();
    for (section, options) in overrides {
        config.entry(section).or_default().extend(options);
    }
    let load_examples = cx
        .take::<bool>("loadExamples")
        .map(|load| (load, "loadExamples"))
        .or_else(|| {
            cx.take::<bool>("airflow.loadExamples")
                .map(|load| (load, "airflow.loadExamples"))
        });
    if let Some((load, at)) = load_examples {
        config.entry("core".to_owned()).or_default().insert(
            "load_examples".to_owned(),
            ConfigValue::String(if load { "True" } else { "False" }.to_owned()),
        );
        cx.left.changed(at, "moved to config.core.load_examples");
    }
    if !config.is_empty() {
        out.config = Some(config);
    }
    // Environment and volumes of every Airflow container.
    let mut env: Vec<k8s::EnvVar> = cx.take("extraEnvVars").unwrap_or_default();
    env.extend(
        cx.take::<Vec<k8s::EnvVar>>("airflow.extraEnvVars")
            .unwrap_or_default(),
    );
    let (plain, rich): (Vec<_>, Vec<_>) = env.into_iter().partition(|e| e.value_from.is_none());
    if !plain.is_empty() {
        out.env = Some(
            plain
                .into_iter()
                .map(|e| official::EnvVar::new(e.name, e.value.unwrap_or_default()))
                .collect(),
        );
    }
    if !rich.is_empty() {
        out.extra_env = crate::yaml::to_string(&rich).ok().map(Nullable::Value);
        cx.left.changed(
            "extraEnvVars",
            "variables read from Secrets or ConfigMaps moved to extraEnv (YAML text)",
        );
    }
    out.volumes = cx.take_to("extraVolumes", "volumes");
    out.volume_mounts = cx.take_to("extraVolumeMounts", "volumeMounts");
    if let Some(sidecars) = cx.take::<Vec<k8s::Container>>("sidecars") {
        cx.left.dropped(
            "sidecars",
            format!(
                "{} sidecar(s) for every Airflow pod: the official chart takes them per component",
                sidecars.len()
            ),
            "add them to each component's extraContainers",
        );
    }
}

fn auth(cx: &mut Cx<'_>, out: &mut official::Values) {
    if let Some(secret) = cx.string("auth.existingSecret") {
        out.fernet_key_secret_name = Some(Nullable::Value(secret.clone()));
        if cx.airflow_3() {
            out.api_secret_key_secret_name = Some(Nullable::Value(secret.clone()));
            out.jwt_secret_name = Some(Nullable::Value(secret.clone()));
            cx.left.changed(
                "auth.existingSecret",
                "named by fernetKeySecretName, apiSecretKeySecretName and jwtSecretName; the official chart reads the keys `fernet-key`, `api-secret-key` and `jwt-secret` from it, so add those keys next to the Bitnami ones",
            );
        } else {
            out.webserver_secret_key_secret_name = Some(Nullable::Value(secret));
            cx.left.changed(
                "auth.existingSecret",
                "named by fernetKeySecretName and webserverSecretKeySecretName; the official chart reads the keys `fernet-key` and `webserver-secret-key` from it, so add those keys next to the Bitnami ones",
            );
        }
    }
    out.fernet_key = cx
        .take_to::<SecretValue>("auth.fernetKey", "fernetKey")
        .map(Nullable::Value);
    if let Some(key) = cx.take::<SecretValue>("auth.secretKey") {
        if cx.airflow_3() {
            out.api_secret_key = Some(Nullable::Value(key));
            cx.left.changed("auth.secretKey", "moved to apiSecretKey");
        } else {
            out.webserver_secret_key = Some(Nullable::Value(key));
            cx.left
                .changed("auth.secretKey", "moved to webserverSecretKey");
        }
    }
    if let Some(jwt) = cx.take::<SecretValue>("auth.jwtSecretKey") {
        if cx.airflow_3() {
            out.jwt_secret = Some(Nullable::Value(jwt));
            cx.left.changed("auth.jwtSecretKey", "moved to jwtSecret");
        } else {
            cx.left.dropped(
                "auth.jwtSecretKey",
                "chart 1.15.0 (Airflow 2) has no JWT secret",
                "drop it, or target chart 1.22.0",
            );
        }
    }
    if cx.take::<bool>("auth.forcePassword").is_some() {
        cx.left.dropped(
            "auth.forcePassword",
            "older Bitnami charts used it to demand a password; the official chart has no such switch",
            "keep the keys in Secrets you manage (fernetKeySecretName and the API or webserver secret key Secret) so that upgrades keep them",
        );
    }
    let username = cx.string("auth.username");
    let password = cx.take::<SecretValue>("auth.password");
    if username.is_some() || password.is_some() {
        let user = official::DefaultUser {
            username,
            password,
            ..official::DefaultUser::default()
        };
        if cx.airflow_3() && official::has_key(cx.to, "createUserJob.defaultUser") {
            out.create_user_job = Some(Box::new(official::CreateUserJob {
                default_user: Some(user),
                ..official::CreateUserJob::default()
            }));
            cx.left
                .changed("auth.username", "moved to createUserJob.defaultUser");
        } else if cx.airflow_3() {
            // Charts 1.16.0 to 1.18.0 read the first user under `apiServer`.
            let api = out.api_server.get_or_insert_with(Default::default);
            api.default_user = Some(user);
            cx.left
                .changed("auth.username", "moved to apiServer.defaultUser");
        } else {
            let web = out.webserver.get_or_insert_with(Default::default);
            web.default_user = Some(user);
            cx.left
                .changed("auth.username", "moved to webserver.defaultUser");
        }
    }
}

fn database(cx: &mut Cx<'_>, values: &bitnami::Values, out: &mut official::Values) {
    let _ = cx.left.take("postgresql.enabled");
    let mut connection = official::MetadataConnectionValues::default();
    if values.postgresql_enabled() {
        let user = cx
            .string("postgresql.auth.username")
            .or_else(|| cx.string("postgresql.postgresqlUsername"));
        let password = cx
            .take::<SecretValue>("postgresql.auth.password")
            .or_else(|| cx.take::<SecretValue>("postgresql.postgresqlPassword"));
        let db = cx
            .string("postgresql.auth.database")
            .or_else(|| cx.string("postgresql.postgresqlDatabase"));
        let mut pg = official::Postgresql::default();
        let mut pg_auth = official::PostgresqlAuth::default();
        if let Some(pw) = cx.take::<SecretValue>("postgresql.auth.postgresPassword") {
            pg_auth.postgres_password = Some(Nullable::Value(pw));
        }
        if let Some(user) = &user {
            pg_auth.username = Some(Nullable::Value(user.clone()));
            connection.user = Some(user.clone());
        }
        if let Some(password) = &password {
            pg_auth.password = Some(Nullable::Value(password.clone()));
            connection.pass = Some(password.clone());
        } else if user.is_some() {
            cx.left.dropped(
                "postgresql.auth.password",
                "the bundled database's password was generated by the Bitnami chart; the official chart needs it in data.metadataConnection.pass",
                "set postgresql.auth.password and data.metadataConnection.pass to the same strong password (or use data.metadataSecretName)",
            );
        }
        if let Some(db) = &db {
            pg_auth
                .extra
                .insert("database".to_owned(), Value::String(db.clone()));
            connection.db = Some(db.clone());
        }
        for key in ["existingSecret", "enablePostgresUser"] {
            if let Some(v) = cx
                .left
                .take(&format!("postgresql.auth.{key}"))
                .filter(|v| !blank(v))
            {
                pg_auth.extra.insert(key.to_owned(), v);
            }
        }
        if let Some(primary) = cx.left.take("postgresql.primary").filter(|v| !blank(v)) {
            pg.extra.insert("primary".to_owned(), primary);
        }
        if pg_auth != official::PostgresqlAuth::default() {
            pg.auth = Some(pg_auth);
        }
        if pg != official::Postgresql::default() {
            out.postgresql = Some(pg);
            cx.left.changed(
                "postgresql",
                "the bundled PostgreSQL is carried over as the official chart's subchart; its data is not: a new release starts with an empty database",
            );
        }
    } else {
        out.postgresql = Some(official::Postgresql {
            enabled: Some(false),
            ..official::Postgresql::default()
        });
        let sql = cx.take::<SecretValue>("externalDatabase.sqlConnection");
        if let Some(sql) = sql {
            match SqlAlchemyUrl::parse(sql.expose_secret()) {
                Ok(url) => {
                    let protocol = match url.dialect() {
                        Dialect::Mysql => official::Protocol::Mysql,
                        _ => official::Protocol::Postgresql,
                    };
                    connection = official::MetadataConnectionValues {
                        user: Some(url.user().to_owned()),
                        pass: url.password().cloned().map(SecretValue::from),
                        protocol: Some(protocol.as_str().to_owned()),
                        host: Some(Nullable::Value(url.host().to_owned())),
                        port: url.port().map(i64::from),
                        db: Some(url.database().to_owned()),
                        sslmode: Some(url.sslmode().unwrap_or(SslMode::Prefer)),
                        ..official::MetadataConnectionValues::default()
                    };
                    cx.left.changed(
                        "externalDatabase.sqlConnection",
                        match url.sslmode() {
                            Some(_) => "split into data.metadataConnection (user, pass, host, port, db, sslmode)",
                            None => "split into data.metadataConnection; it named no sslmode, so `prefer` (libpq's default) is set, where the official chart would use `disable`",
                        },
                    );
                }
                Err(e) => cx.left.dropped(
                    "externalDatabase.sqlConnection",
                    format!("the connection string cannot be split into the official chart's keys: {e}"),
                    "set data.metadataConnection by hand, or keep the URL in a Secret under `connection` and set data.metadataSecretName",
                ),
            }
        } else {
            connection.host = cx.string("externalDatabase.host").map(Nullable::Value);
            connection.port = cx.take("externalDatabase.port");
            connection.user = cx.string("externalDatabase.user");
            connection.db = cx.string("externalDatabase.database");
            connection.pass = cx.take("externalDatabase.password");
            connection.protocol = Some("postgresql".to_owned());
            if connection.host.is_some() {
                connection.sslmode = Some(SslMode::Prefer);
                cx.left.changed(
                    "externalDatabase.host",
                    "moved to data.metadataConnection with sslmode `prefer` (what libpq did under the Bitnami chart; the official chart's default is `disable`); use `require` or stronger for a database outside the cluster",
                );
            }
        }
        if let Some(secret) = cx.string("externalDatabase.existingSecret") {
            if cx
                .string("externalDatabase.existingSecretSqlConnectionKey")
                .is_some()
            {
                out.data
                    .get_or_insert_with(Default::default)
                    .metadata_secret_name = Some(Nullable::Value(secret));
                cx.left.changed(
                    "externalDatabase.existingSecret",
                    "moved to data.metadataSecretName; the official chart reads the URL from the key `connection`",
                );
            } else {
                cx.left.dropped(
                    "externalDatabase.existingSecret",
                    "this Secret holds only the password; the official chart takes the whole connection URL from a Secret",
                    "store the URL under the key `connection` in a Secret and set data.metadataSecretName",
                );
            }
        }
        let _ = cx.left.take("externalDatabase.existingSecretPasswordKey");
    }
    if connection != official::MetadataConnectionValues::default() {
        out.data
            .get_or_insert_with(Default::default)
            .metadata_connection = Some(connection);
    }
}

fn broker(cx: &mut Cx<'_>, values: &bitnami::Values, out: &mut official::Values) {
    let _ = cx.left.take("redis.enabled");
    if values.redis_enabled() {
        let mut redis = official::Redis {
            password: cx
                .take::<SecretValue>("redis.auth.password")
                .or_else(|| cx.take::<SecretValue>("redis.password"))
                .map(Nullable::Value),
            ..official::Redis::default()
        };
        if cx.string("redis.auth.existingSecret").is_some() {
            // The official chart then wants the broker URL from a Secret as
            // well (data.brokerUrlSecretName), which does not exist yet.
            cx.left.dropped(
                "redis.auth.existingSecret",
                "the bundled Redis gets a generated password: with redis.passwordSecretName the official chart also needs the whole broker URL in a Secret, which the Bitnami chart did not have",
                "to keep a password of your own, store it under the key `password` in a Secret (redis.passwordSecretName) and the URL `redis://:PASSWORD@RELEASE-redis:6379/0` under the key `connection` in another (data.brokerUrlSecretName)",
            );
        }
        redis.resources = cx.take("redis.master.resources");
        if redis != official::Redis::default() {
            out.redis = Some(Box::new(redis));
        }
    } else {
        out.redis = Some(Box::new(official::Redis {
            enabled: Some(false),
            ..official::Redis::default()
        }));
        let host = cx.string("externalRedis.host");
        let port = cx.take::<i64>("externalRedis.port").unwrap_or(6379);
        let user = cx.string("externalRedis.username").unwrap_or_default();
        let password = cx.take::<SecretValue>("externalRedis.password");
        let celery = values
            .executor
            .as_ref()
            .is_none_or(|e| e.to_string().contains("Celery"));
        let secret = cx.string("externalRedis.existingSecret");
        if celery && host.is_none() {
            cx.left.needs_a_person(
                "redis.enabled",
                "Celery needs a broker, but the bundled Redis is off and no external Redis is named (externalRedis.host): the official chart refuses to render",
                "set data.brokerUrl (or data.brokerUrlSecretName) to your Redis, keep redis.enabled true, or choose an executor without Celery",
            );
        }
        if let Some(host) = host.filter(|_| celery) {
            let auth = match &password {
                Some(p) => format!(
                    "{user}:{}@",
                    percent_encoding::utf8_percent_encode(
                        p.expose_secret(),
                        percent_encoding::NON_ALPHANUMERIC
                    )
                ),
                None => String::new(),
            };
            out.data.get_or_insert_with(Default::default).broker_url =
                Some(Nullable::Value(format!("redis://{auth}{host}:{port}/1")));
            cx.left.changed(
                "externalRedis.host",
                "moved into data.brokerUrl (with the password, if one was set: keep the URL in a Secret and set data.brokerUrlSecretName instead)",
            );
        }
        if secret.is_some() {
            cx.left.dropped(
                "externalRedis.existingSecret",
                "this Secret holds only the password; the official chart takes the whole broker URL from a Secret",
                "store `redis://:PASSWORD@HOST:PORT/1` under the key `connection` in a Secret and set data.brokerUrlSecretName",
            );
        }
        let _ = cx.left.take("externalRedis.existingSecretPasswordKey");
    }
}

fn git(cx: &mut Cx<'_>, out: &mut official::Values) {
    let (prefix, repositories) = match cx.take::<Vec<bitnami::GitRepository>>("dags.repositories") {
        Some(r) => ("dags", r),
        None => (
            "git.dags",
            cx.take::<Vec<bitnami::GitRepository>>("git.dags.repositories")
                .unwrap_or_default(),
        ),
    };
    let enabled = cx
        .take::<bool>("dags.enabled")
        .or_else(|| cx.take::<bool>("git.dags.enabled"));
    let Some(first) = repositories.first() else {
        return;
    };
    let mut sync = official::GitSync {
        enabled: Some(enabled != Some(false)),
        ..official::GitSync::default()
    };
    let path = format!("{prefix}.repositories[0].repository");
    if let Some(url) = first.repository.as_deref() {
        match crate::bitnami::rules::redact_credentials(url) {
            Some(_) => {
                let (scheme, rest) = url.split_once("://").unwrap_or(("https", url));
                let host_and_path = rest.rsplit_once('@').map_or(rest, |(_, after)| after);
                sync.repo = Some(format!("{scheme}://{host_and_path}"));
                cx.left.dropped(
                    path,
                    "the credentials in the repository URL are not carried over; the URL is used without them",
                    "create a Secret with GITSYNC_USERNAME/GITSYNC_PASSWORD (and GIT_SYNC_USERNAME/GIT_SYNC_PASSWORD) and set dags.gitSync.credentialsSecret, then revoke the token",
                );
            }
            None => sync.repo = Some(url.to_owned()),
        }
    }
    if let Some(branch) = first.branch.as_deref().filter(|b| !b.is_empty()) {
        sync.branch = Some(branch.to_owned());
    }
    if let Some(sub) = first.path.as_ref().and_then(Nullable::as_value) {
        let sub = sub.trim_matches('/');
        if !sub.is_empty() {
            sync.sub_path = Some(sub.to_owned());
        }
    }
    if first.name.is_some() {
        cx.left.changed(
            format!("{prefix}.repositories[0].name"),
            "the official chart mounts the repository at the DAG folder itself; the clone directory name is not used",
        );
    }
    for (i, _) in repositories.iter().enumerate().skip(1) {
        cx.left.dropped(
            format!("{prefix}.repositories[{i}]"),
            "the official chart syncs one repository",
            "merge the repositories, or add a git-sync sidecar for it in the components' extraContainers",
        );
    }
    if let Some(secret) = cx.string("dags.existingSshKeySecret") {
        sync.ssh_key_secret = Some(Nullable::Value(secret));
        cx.left.changed(
            "dags.existingSshKeySecret",
            "moved to dags.gitSync.sshKeySecret; the official chart reads the key `gitSshKey`; set dags.gitSync.knownHosts too",
        );
    }
    let _ = cx.left.take("dags.existingSshKeySecretKey");
    sync.ssh_key = cx.take::<SecretValue>("dags.sshKey").map(Nullable::Value);
    let interval = cx
        .take::<i64>("defaultSidecars.syncDAGsPlugins.interval")
        .or_else(|| cx.take::<i64>("git.sync.interval"));
    if let Some(seconds) = interval {
        sync.period = Some(format!("{seconds}s"));
    }
    out.dags = Some(official::Dags {
        git_sync: Some(Box::new(sync)),
        ..official::Dags::default()
    });
}

fn ingress(cx: &mut Cx<'_>, out: &mut official::Values) {
    let web = if cx.airflow_3() { "apiServer" } else { "web" };
    let at = |key: &str| format!("ingress.{web}.{key}");
    let mut component = official::IngressComponent {
        enabled: cx.take_to::<bool>("ingress.enabled", &at("enabled")),
        ingress_class_name: cx.take_to("ingress.ingressClassName", &at("ingressClassName")),
        annotations: cx.take_to("ingress.annotations", &at("annotations")),
        path: cx.take_to("ingress.path", &at("path")),
        path_type: cx.take_to("ingress.pathType", &at("pathType")),
        ..official::IngressComponent::default()
    };
    let tls = cx.take::<bool>("ingress.tls").unwrap_or(false);
    let mut hosts = Vec::new();
    let legacy: Vec<bitnami::LegacyIngressHost> =
        match cx.take::<bitnami::LegacyIngressHosts>("ingress.hosts") {
            Some(h) => h.hosts().to_vec(),
            None => Vec::new(),
        };
    let main = cx.string("ingress.hostname");
    let extra: Vec<bitnami::IngressExtraHost> = cx.take("ingress.extraHosts").unwrap_or_default();
    let names = main
        .into_iter()
        .chain(legacy.iter().filter_map(|h| h.name.clone()))
        .chain(extra.iter().filter_map(|h| h.name.clone()));
    for name in names.filter(|n| !n.is_empty()) {
        hosts.push(if tls {
            official::IngressHost::with_tls(name.clone(), format!("{name}-tls"))
        } else {
            official::IngressHost::Name(name)
        });
    }
    if !legacy.is_empty() {
        cx.left.changed(
            "ingress.hosts",
            "the host names moved to the official Ingress's hosts; per-host paths are not kept",
        );
    }
    if !hosts.is_empty() {
        component.hosts = Some(hosts);
    }
    if component != official::IngressComponent::default() {
        let ingress = out.ingress.get_or_insert_with(Default::default);
        if cx.airflow_3() {
            ingress.api_server = Some(component);
        } else {
            ingress.web = Some(component);
        }
    }
}

/// What every component of the official chart takes, read from one Bitnami component.
#[derive(Default)]
struct Pod {
    replicas: Option<i64>,
    resources: Option<k8s::ResourceRequirements>,
    env: Option<Vec<official::ContainerEnvVar>>,
    extra_volumes: Option<Vec<k8s::Volume>>,
    extra_volume_mounts: Option<Vec<k8s::VolumeMount>>,
    extra_containers: Option<Vec<k8s::Container>>,
    extra_init_containers: Option<Vec<k8s::Container>>,
    node_selector: Option<std::collections::BTreeMap<String, String>>,
    tolerations: Option<Vec<k8s::Toleration>>,
    affinity: Option<k8s::Affinity>,
    topology_spread_constraints: Option<Vec<k8s::TopologySpreadConstraint>>,
    priority_class_name: Option<String>,
    pod_annotations: Option<std::collections::BTreeMap<String, String>>,
    labels: Option<std::collections::BTreeMap<String, String>>,
    termination_grace_period_seconds: Option<i64>,
}

/// The pod settings of the Bitnami `component`, which become those of the
/// official `target` component.
fn pod(cx: &mut Cx<'_>, component: &str, target: &str) -> Pod {
    let at = |key: &str| format!("{component}.{key}");
    let to = |key: &str| format!("{target}.{key}");
    let pod = Pod {
        replicas: cx.take_to(&at("replicaCount"), &to("replicas")),
        resources: cx.take_to(&at("resources"), &to("resources")),
        env: cx.take_to(&at("extraEnvVars"), &to("env")),
        extra_volumes: cx.take_to(&at("extraVolumes"), &to("extraVolumes")),
        extra_volume_mounts: cx.take_to(&at("extraVolumeMounts"), &to("extraVolumeMounts")),
        extra_containers: cx.take_to(&at("sidecars"), &to("extraContainers")),
        extra_init_containers: cx.take_to(&at("initContainers"), &to("extraInitContainers")),
        node_selector: cx.take_to(&at("nodeSelector"), &to("nodeSelector")),
        tolerations: cx.take_to(&at("tolerations"), &to("tolerations")),
        affinity: cx.take_to(&at("affinity"), &to("affinity")),
        topology_spread_constraints: cx.take_to(
            &at("topologySpreadConstraints"),
            &to("topologySpreadConstraints"),
        ),
        priority_class_name: cx.take_to(&at("priorityClassName"), &to("priorityClassName")),
        pod_annotations: cx.take_to(&at("podAnnotations"), &to("podAnnotations")),
        labels: cx.take_to(&at("podLabels"), &to("labels")),
        termination_grace_period_seconds: cx.take_to(
            &at("terminationGracePeriodSeconds"),
            &to("terminationGracePeriodSeconds"),
        ),
    };
    let bitnami_paths =
        pod.extra_volume_mounts.iter().flatten().any(|m| {
            m.mount_path.starts_with("/bitnami") || m.mount_path.starts_with("/opt/bitnami")
        });
    if bitnami_paths {
        cx.left.changed(
            at("extraVolumeMounts"),
            "carried over as written, but paths under /bitnami and /opt/bitnami mean something only in the Bitnami image (such as /bitnami/python/requirements.txt); mount the files where the official image reads them, or bake them into the image",
        );
    }
    if pod.labels.is_some() {
        cx.left.changed(
            at("podLabels"),
            "moved to labels, which the official chart puts on the pods too",
        );
    }
    pod
}

/// Moves the common pod fields into an official component struct.
macro_rules! apply_pod {
    ($pod:expr, $target:expr, replicas: $replicas:expr) => {{
        let pod = $pod;
        let target = $target;
        target.replicas = pod.replicas.map($replicas);
        target.resources = pod.resources;
        target.env = pod.env;
        target.extra_volumes = pod.extra_volumes;
        target.extra_volume_mounts = pod.extra_volume_mounts;
        target.extra_containers = pod.extra_containers;
        target.extra_init_containers = pod.extra_init_containers;
        target.node_selector = pod.node_selector;
        target.tolerations = pod.tolerations;
        target.affinity = pod.affinity;
        target.topology_spread_constraints = pod.topology_spread_constraints;
        target.priority_class_name = pod.priority_class_name.map(Nullable::Value);
        target.pod_annotations = pod.pod_annotations;
        target.labels = pod.labels;
        pod.termination_grace_period_seconds
    }};
}

fn components(cx: &mut Cx<'_>, out: &mut official::Values) {
    let web_target = if cx.airflow_3() {
        "apiServer"
    } else {
        "webserver"
    };
    let web = pod(cx, "web", web_target);
    if cx.airflow_3() {
        let mut api = official::ApiServer::default();
        let grace = apply_pod!(web, &mut api, replicas: Nullable::Value);
        if grace.is_some() {
            cx.left.dropped(
                "web.terminationGracePeriodSeconds",
                "the official API server has no such key",
                "drop it",
            );
        }
        if api != official::ApiServer::default() {
            out.api_server = Some(Box::new(api));
        }
    } else {
        let mut webserver = out.webserver.take().map(|w| *w).unwrap_or_default();
        let grace = apply_pod!(web, &mut webserver, replicas: std::convert::identity);
        webserver.termination_grace_period_seconds = grace;
        if webserver != official::Webserver::default() {
            out.webserver = Some(Box::new(webserver));
        }
    }
    let mut scheduler = official::Scheduler::default();
    scheduler.termination_grace_period_seconds = apply_pod!(pod(cx, "scheduler", "scheduler"), &mut scheduler, replicas: std::convert::identity);
    if scheduler != official::Scheduler::default() {
        out.scheduler = Some(Box::new(scheduler));
    }
    let mut workers = official::Workers::default();
    workers.termination_grace_period_seconds =
        apply_pod!(pod(cx, "worker", "workers"), &mut workers, replicas: std::convert::identity);
    if workers != official::Workers::default() {
        out.workers = Some(Box::new(workers));
    }
    let mut triggerer = official::Triggerer::default();
    triggerer.termination_grace_period_seconds = apply_pod!(pod(cx, "triggerer", "triggerer"), &mut triggerer, replicas: std::convert::identity);
    triggerer.enabled = cx.take_to("triggerer.enabled", "triggerer.enabled");
    let persistence = official::Persistence {
        enabled: cx.take_to(
            "triggerer.persistence.enabled",
            "triggerer.persistence.enabled",
        ),
        size: cx.take_to("triggerer.persistence.size", "triggerer.persistence.size"),
        storage_class_name: cx
            .take_to::<String>(
                "triggerer.persistence.storageClass",
                "triggerer.persistence.storageClassName",
            )
            .map(Nullable::Value),
        annotations: cx.take_to(
            "triggerer.persistence.annotations",
            "triggerer.persistence.annotations",
        ),
        ..official::Persistence::default()
    };
    if persistence != official::Persistence::default() {
        triggerer.persistence = Some(persistence);
    }
    if triggerer != official::Triggerer::default() {
        out.triggerer = Some(Box::new(triggerer));
    }
    let mut processor = official::DagProcessor::default();
    processor.termination_grace_period_seconds = apply_pod!(pod(cx, "dagProcessor", "dagProcessor"), &mut processor, replicas: std::convert::identity);
    processor.enabled = cx
        .take_to::<bool>("dagProcessor.enabled", "dagProcessor.enabled")
        .map(Nullable::Value);
    if processor != official::DagProcessor::default() {
        out.dag_processor = Some(Box::new(processor));
    }
}
