//! From the airflow-helm community chart (8.9.0, with its 7.x legacy keys)
//! to the official chart.
//!
//! The mapping builds the official values as a tree, key by key, taking
//! each source value it uses out of a [`Leftovers`]; whatever it does not
//! take is reported as `AV0901` with its source path. A component key that
//! the target chart version does not have (checked against its schema) is
//! left in the leftovers. The steps around the mapping are
//! [`super::convert`]'s.

use serde_json::{Map, Value, json};

use super::{Leftovers, Migration, SourceChart};
use crate::community;
use crate::official::{self, AirflowVersion, ChartVersion};
use crate::types::database::{Dialect, SslMode};

/// The fernet key published in the community chart's values.yaml.
const CHART_FERNET_KEY: &str = "7T512UXSSmBOkpWimFHIVb8jK6lfmSAvx4mO6Arehnc=";
/// The webserver secret key published in the community chart's values.yaml.
const CHART_WEBSERVER_SECRET_KEY: &str = "THIS IS UNSAFE!";

/// Keys of the Airflow containers' environment that the official chart fills
/// from its own Secrets unless told not to.
const BUILT_IN_SECRET_ENV: &[&str] = &[
    "AIRFLOW__CORE__FERNET_KEY",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
    "AIRFLOW_CONN_AIRFLOW_DB",
    "AIRFLOW__WEBSERVER__SECRET_KEY",
    "AIRFLOW__CELERY__RESULT_BACKEND",
    "AIRFLOW__CELERY__BROKER_URL",
];

/// Pod keys every component has in both charts under the same name.
const COMPONENT_KEYS: &[&str] = &[
    "enabled",
    "replicas",
    "resources",
    "nodeSelector",
    "affinity",
    "tolerations",
    "topologySpreadConstraints",
    "securityContext",
    "labels",
    "annotations",
    "podAnnotations",
    "safeToEvict",
    "extraContainers",
    "extraInitContainers",
    "extraVolumes",
    "extraVolumeMounts",
];

/// Converts community chart values into official chart values for `to`.
///
/// Carried over: the Airflow image and its pull Secret (or the legacy
/// `imageCredentials` as `registry.connection`), the executor, the fernet
/// and webserver secret keys (plain or from Secrets in `airflow.extraEnv`),
/// the metadata database (`externalDatabase`, or the legacy
/// `airflow.sqlalchemy_connection` read the way SQLAlchemy reads it, with
/// its `sslmode`), the broker (`redis`, `externalRedis`), gitSync (also the
/// legacy `dags.git`), ingress, the DAG and log volumes (the legacy
/// `persistence.fileStorage` becomes existing claims), `airflow.config`
/// (as `config` sections and `env`), extra env, volumes and mounts, and the
/// pod settings of `scheduler`, `web` (to `webserver` on 1.15.0, `apiServer`
/// on 1.22.0), `workers`, `triggerer` and `flower`.
///
/// Every other key set in the source is in the report as `AV0901` with its
/// source path; values carried over with a change get an `AV0902` note.
///
/// ```
/// use airflow_values::community;
/// use airflow_values::migrate::from_community;
/// use airflow_values::official::ChartVersion;
///
/// let source = community::Values::from_yaml(
///     "airflow:\n  executor: KubernetesExecutor\n  users: []\n",
/// )?;
/// let migration = from_community(&source, ChartVersion::V1_22_0);
/// assert_eq!(migration.values.to_yaml()?, "executor: KubernetesExecutor\n");
/// let paths: Vec<_> = migration.report.diagnostics().iter().map(|d| d.path.to_string()).collect();
/// assert_eq!(paths, ["airflow.users"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_community(values: &community::Values, to: ChartVersion) -> Migration {
    super::convert::<Community>(values, to)
}

/// The community chart as a source of a migration.
pub(super) struct Community;

impl SourceChart for Community {
    type Values = community::Values;

    fn read(tree: &Value) -> Result<community::Values, crate::yaml::TreeError> {
        community::Values::from_checked_tree(tree)
    }

    fn map(values: &community::Values, left: &mut Leftovers, to: ChartVersion) -> Value {
        let mut m = Converter {
            left,
            out: Map::new(),
            to,
            schema: official::json_schema(to).as_value(),
        };
        m.images();
        m.executor();
        m.secrets();
        m.environment();
        m.database(values);
        m.broker();
        m.dags();
        m.logs();
        m.ingress();
        m.components();
        Value::Object(m.out)
    }
}

struct Converter<'a> {
    left: &'a mut Leftovers,
    out: Map<String, Value>,
    to: ChartVersion,
    schema: &'static Value,
}

impl Converter<'_> {
    fn take(&mut self, path: &str) -> Option<Value> {
        self.left.take(path).filter(|v| !v.is_null())
    }

    fn take_str(&mut self, path: &str) -> Option<String> {
        match self.take(path) {
            Some(Value::String(s)) => Some(s),
            Some(other) => Some(other.to_string()),
            None => None,
        }
    }

    /// Sets a value at a dotted path of the official tree.
    fn set(&mut self, path: &str, value: Value) {
        let mut node = &mut self.out;
        let mut keys = path.split('.').peekable();
        while let Some(key) = keys.next() {
            if keys.peek().is_none() {
                node.insert(key.to_owned(), value);
                return;
            }
            let child = node
                .entry(key.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if !child.is_object() {
                *child = Value::Object(Map::new());
            }
            node = child.as_object_mut().expect("made an object above");
        }
    }

    /// Moves a value unchanged, when the source has it.
    fn carry(&mut self, from: &str, to: &str) -> bool {
        match self.take(from) {
            Some(v) => {
                self.set(to, v);
                self.left.moved(from, to);
                true
            }
            None => false,
        }
    }

    /// Whether the target chart version's schema has `path`.
    fn target_has(&self, path: &str) -> bool {
        let root = crate::schemas::SchemaRoot::of(self.schema);
        let mut node = self.schema;
        for key in path.split('.') {
            let Some(schema) = root.non_null(node) else {
                return false;
            };
            match schema.get("properties").and_then(|p| p.get(key)) {
                Some(next) if next.get("not").is_none() => node = next,
                _ => return false,
            }
        }
        true
    }

    fn images(&mut self) {
        self.carry("airflow.image.repository", "images.airflow.repository");
        if let Some(tag) = self.take_str("airflow.image.tag") {
            self.image_tag(tag);
        }
        self.carry("airflow.image.pullPolicy", "images.airflow.pullPolicy");
        self.carry("airflow.image.uid", "uid");
        self.carry("airflow.image.gid", "gid");
        let pull_secret = self
            .take_str("airflow.image.pullSecret")
            .filter(|s| !s.is_empty());
        let has_credentials = self.left.take("imageCredentials.registry").map(|registry| {
            let user = self.take("imageCredentials.username");
            let pass = self.take("imageCredentials.password");
            let email = self.take("imageCredentials.email");
            (registry, user, pass, email)
        });
        match (pull_secret, has_credentials) {
            (Some(secret), credentials) => {
                self.set("registry.secretName", json!(secret));
                if credentials.is_some() {
                    self.left.dropped(
                        "imageCredentials",
                        format!("the pods pull with the existing Secret `{secret}` (registry.secretName); the registry credentials are not carried into the values"),
                        format!("make sure `{secret}` exists (kubectl create secret docker-registry {secret} --docker-server=… --docker-username=… --docker-password=…), or for AKS attach the registry to the cluster and drop the Secret"),
                    );
                }
            }
            (None, Some((registry, user, pass, email))) => {
                self.set("registry.connection.host", registry);
                if let Some(user) = user {
                    self.set("registry.connection.user", user);
                }
                if let Some(pass) = pass {
                    self.set("registry.connection.pass", pass);
                }
                if let Some(email) = email {
                    self.set("registry.connection.email", email);
                }
                self.left.changed(
                    "imageCredentials",
                    "moved to registry.connection, from which the chart creates the pull Secret; better create the Secret yourself and set registry.secretName",
                );
            }
            (None, None) => {}
        }
    }

    /// The tag, and `airflowVersion` when the tag names an Airflow version
    /// other than the chart's default; a version the target chart cannot run
    /// is not carried over.
    fn image_tag(&mut self, tag: String) {
        let Some(version) = AirflowVersion::from_image_tag(&tag) else {
            self.set("images.airflow.tag", json!(tag));
            return;
        };
        let minimum = self
            .to
            .minimum_airflow_version()
            .unwrap_or(AirflowVersion::new(2, 0, 0));
        if version < minimum {
            self.left.dropped(
                "airflow.image.tag",
                format!("the image runs Airflow {version}, older than the official chart {} runs (Airflow {minimum} or later)", self.to),
                "upgrade the image to a supported Airflow version (airflow db migrate runs on the first start) and set images.airflow.tag and airflowVersion",
            );
            return;
        }
        self.set("images.airflow.tag", json!(tag));
        if version != self.to.default_airflow_version() {
            self.set("airflowVersion", json!(version.to_string()));
            self.left.changed(
                "airflow.image.tag",
                format!("airflowVersion: \"{version}\" is set from the tag, so the chart configures the pods for the Airflow the image runs"),
            );
        }
    }

    fn executor(&mut self) {
        let Some(name) = self.take_str("airflow.executor") else {
            return;
        };
        let official = match name.as_str() {
            "Celery" => "CeleryExecutor",
            "Kubernetes" => "KubernetesExecutor",
            "Local" => "LocalExecutor",
            other => other,
        }
        .to_owned();
        if official != name {
            self.left.changed(
                "airflow.executor",
                format!("the old short name `{name}` is written `{official}`"),
            );
        }
        self.set("executor", json!(official));
    }

    fn secrets(&mut self) {
        if let Some(key) = self.take_str("airflow.fernetKey") {
            if key.is_empty() {
                self.left.changed(
                    "airflow.fernetKey",
                    "the key was empty (nothing encrypted); the official chart generates a key at install unless fernetKey or fernetKeySecretName is set",
                );
            } else {
                if key == CHART_FERNET_KEY {
                    self.left.changed(
                        "airflow.fernetKey",
                        "carried over, since the stored connections are encrypted with it; it is the key published in the community chart, so rotate it (airflow rotate-fernet-key) and keep the new one in fernetKeySecretName",
                    );
                }
                self.set("fernetKey", json!(key));
            }
        }
        if let Some(key) = self.take_str("airflow.webserverSecretKey") {
            let target = if self.target_has("apiSecretKey") {
                "apiSecretKey"
            } else {
                "webserverSecretKey"
            };
            if key.is_empty() || key == CHART_WEBSERVER_SECRET_KEY {
                self.left.dropped(
                    "airflow.webserverSecretKey",
                    "the community chart's published (or an empty) session key is not carried over",
                    format!(
                        "keep a long random value in a Secret and name it in {target}SecretName"
                    ),
                );
            } else {
                if target != "webserverSecretKey" {
                    self.left.changed(
                        "airflow.webserverSecretKey",
                        "moved to apiSecretKey, which signs the Airflow 3 API server's sessions",
                    );
                }
                self.set(target, json!(key));
            }
        }
    }

    /// `airflow.config` (AIRFLOW__SECTION__KEY variables → `config`),
    /// `airflow.extraEnv` (plain → `env`, from Secrets → `secret`), and the
    /// cluster-wide pod settings.
    fn environment(&mut self) {
        if let Some(Value::Object(config)) = self.take("airflow.config") {
            let mut env = Vec::new();
            for (name, value) in config {
                let text = match &value {
                    Value::String(s) => s.clone(),
                    Value::Bool(true) => "True".to_owned(),
                    Value::Bool(false) => "False".to_owned(),
                    other => other.to_string(),
                };
                let parts: Vec<&str> = name.splitn(3, "__").collect();
                match parts.as_slice() {
                    ["AIRFLOW", section, key] if !section.is_empty() && !key.is_empty() => {
                        let path = format!(
                            "config.{}.{}",
                            section.to_ascii_lowercase(),
                            key.to_ascii_lowercase()
                        );
                        // The official chart renders config values with
                        // `tpl`; the community chart wrote them as they are.
                        let literal = escape_tpl(&text);
                        if literal != text {
                            self.left.changed(
                                crate::yaml::key_path!(airflow.config.(&name)),
                                format!("moved to {path}, with each `{{{{` written as `{{{{ \"{{{{\" }}}}` so that the official chart's `tpl` leaves the text as it is"),
                            );
                        }
                        self.set(&path, json!(literal));
                        self.left.moved(format!("airflow.config.{name}"), path);
                    }
                    _ => env.push(json!({ "name": name, "value": text })),
                }
            }
            self.left.changed(
                "airflow.config",
                "AIRFLOW__SECTION__KEY variables moved to config.<section>.<key>; other variables to env",
            );
            self.push_list("env", env);
        }
        if let Some(Value::Array(entries)) = self.take("airflow.extraEnv") {
            let mut env = Vec::new();
            let mut secret = Vec::new();
            let mut other = Vec::new();
            for entry in entries {
                let name = entry["name"].as_str().unwrap_or_default().to_owned();
                let secret_ref = &entry["valueFrom"]["secretKeyRef"];
                if let Some(value) = entry.get("value") {
                    env.push(json!({ "name": name, "value": value }));
                } else if let (Some(s), Some(k)) =
                    (secret_ref["name"].as_str(), secret_ref["key"].as_str())
                {
                    if BUILT_IN_SECRET_ENV.contains(&name.as_str()) {
                        self.set(&format!("enableBuiltInSecretEnvVars.{name}"), json!(false));
                    }
                    secret.push(json!({ "envName": name, "secretName": s, "secretKey": k }));
                } else {
                    other.push(entry);
                }
            }
            self.push_list("env", env);
            self.push_list("secret", secret);
            if !other.is_empty() {
                let text = crate::yaml::to_string(&other).unwrap_or_default();
                self.set("extraEnv", json!(text));
            }
            self.left.changed(
                "airflow.extraEnv",
                "plain variables moved to env, variables from Secrets to secret (with the chart's own variable of that name turned off in enableBuiltInSecretEnvVars), others to extraEnv",
            );
        }
        self.carry("airflow.extraVolumes", "volumes");
        self.carry("airflow.extraVolumeMounts", "volumeMounts");
        self.carry("airflow.defaultNodeSelector", "nodeSelector");
        self.carry("airflow.defaultAffinity", "affinity");
        self.carry("airflow.defaultTolerations", "tolerations");
        self.carry(
            "airflow.defaultTopologySpreadConstraints",
            "topologySpreadConstraints",
        );
        self.carry("airflow.defaultSecurityContext", "securityContext");
        self.carry("airflow.podAnnotations", "airflowPodAnnotations");
    }

    fn push_list(&mut self, key: &str, items: Vec<Value>) {
        if items.is_empty() {
            return;
        }
        let list = self
            .out
            .entry(key.to_owned())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = list {
            list.extend(items);
        }
    }

    fn database(&mut self, values: &community::Values) {
        let postgresql_enabled = self.take("postgresql.enabled");
        let legacy = values
            .airflow
            .as_ref()
            .and_then(|a| a.sqlalchemy_connection.as_ref());
        if let Some(conn) = legacy {
            self.left.take("airflow.sqlalchemy_connection");
            match conn.as_read_by_sqlalchemy() {
                Ok(url) => {
                    let protocol = match url.dialect() {
                        Dialect::Postgresql => "postgresql",
                        Dialect::Mysql => "mysql",
                    };
                    let mut parts = json!({
                        "user": url.user(),
                        "protocol": protocol,
                        "host": url.host(),
                        "port": url.port().unwrap_or_else(|| url.dialect().default_port()),
                        "db": url.database(),
                    });
                    if let Some(p) = url.password() {
                        parts["pass"] = json!(p.expose_secret());
                    }
                    let sslmode = url.sslmode();
                    if url.dialect() == Dialect::Postgresql {
                        parts["sslmode"] = json!(sslmode.unwrap_or(SslMode::Prefer).as_str());
                    }
                    self.set("data.metadataConnection", parts);
                    self.set("postgresql.enabled", json!(false));
                    let mut notes = vec!["split into data.metadataConnection (the chart builds and encodes the URL); postgresql.enabled: false".to_owned()];
                    if conn.has_raw_at_in_user() {
                        notes.push(format!("the login was read as `{}` (its `@` was not encoded) and the chart writes it as %40", url.user()));
                    }
                    if sslmode.is_none() && url.dialect() == Dialect::Postgresql {
                        notes.push("no sslmode was set, so libpq used prefer; sslmode: prefer keeps that, use require".to_owned());
                    }
                    if !url.query().is_empty() {
                        notes.push("query parameters other than sslmode are not carried over".to_owned());
                    }
                    notes.push("the password is now in data.metadataConnection.pass; better keep the URL in a Secret and set data.metadataSecretName".to_owned());
                    self.left.changed("airflow.sqlalchemy_connection", notes.join("; "));
                }
                Err(error) => self.left.dropped(
                    "airflow.sqlalchemy_connection",
                    format!("the connection URL does not parse: {error}"),
                    "set data.metadataConnection (user, pass, host, port, db, sslmode) or data.metadataSecretName by hand",
                ),
            }
            if postgresql_enabled == Some(json!(true)) {
                self.left.changed(
                    "postgresql.enabled",
                    "the bundled PostgreSQL is off in the official values, since the connection URL points elsewhere",
                );
            }
            return;
        }
        if let Some(enabled) = postgresql_enabled.clone() {
            self.set("postgresql.enabled", enabled);
        }
        if postgresql_enabled != Some(json!(false)) {
            return;
        }
        let kind = self.take_str("externalDatabase.type");
        let protocol = if kind.as_deref() == Some("mysql") {
            "mysql"
        } else {
            "postgresql"
        };
        self.set("data.metadataConnection.protocol", json!(protocol));
        self.carry("externalDatabase.host", "data.metadataConnection.host");
        self.carry("externalDatabase.port", "data.metadataConnection.port");
        self.carry("externalDatabase.database", "data.metadataConnection.db");
        self.carry("externalDatabase.user", "data.metadataConnection.user");
        if let Some(p) = self
            .take_str("externalDatabase.password")
            .filter(|p| !p.is_empty())
        {
            self.set("data.metadataConnection.pass", json!(p));
        }
        if let Some(props) = self.take_str("externalDatabase.properties") {
            let mode = props
                .trim_start_matches('?')
                .split('&')
                .filter_map(|p| p.split_once('='))
                .find(|(k, _)| *k == "sslmode")
                .and_then(|(_, v)| SslMode::parse(v).ok());
            match mode {
                Some(mode) => {
                    self.set("data.metadataConnection.sslmode", json!(mode.as_str()));
                    self.left.changed(
                        "externalDatabase.properties",
                        "sslmode moved to data.metadataConnection.sslmode; other parameters are not carried over",
                    );
                }
                None if props.trim().is_empty() => {}
                None => self.left.dropped(
                    "externalDatabase.properties",
                    "the official chart takes no extra connection parameters besides sslmode",
                    "keep the full URL in a Secret and set data.metadataSecretName",
                ),
            }
        }
        if protocol == "postgresql" && !self.out_has("data.metadataConnection.sslmode") {
            // The community chart left sslmode to libpq (prefer); the
            // official chart's default is disable.
            self.set("data.metadataConnection.sslmode", json!("prefer"));
        }
        for key in ["passwordSecret", "userSecret"] {
            if let Some(secret) = self
                .take_str(&format!("externalDatabase.{key}"))
                .filter(|s| !s.is_empty())
            {
                self.left.take(&format!("externalDatabase.{key}Key"));
                self.left.dropped(
                    format!("externalDatabase.{key}"),
                    format!("the official chart takes no Secret for the database {} alone (here `{secret}`)", if key == "passwordSecret" { "password" } else { "user" }),
                    "create a Secret with key `connection` holding the full URL (postgresql://USER:PASSWORD@HOST:5432/DB?sslmode=require, percent-encoded) and set data.metadataSecretName",
                );
            }
        }
        let pgbouncer = self.take("pgbouncer.enabled");
        if pgbouncer == Some(json!(true)) {
            self.set("pgbouncer.enabled", json!(true));
            self.carry("pgbouncer.serverSSL.mode", "pgbouncer.sslmode");
        }
    }

    fn out_has(&self, path: &str) -> bool {
        let mut node = Some(&self.out);
        let mut keys = path.split('.').peekable();
        while let Some(key) = keys.next() {
            let Some(map) = node else { return false };
            match map.get(key) {
                Some(v) if keys.peek().is_none() => return !v.is_null(),
                Some(Value::Object(child)) => node = Some(child),
                _ => return false,
            }
        }
        false
    }

    fn broker(&mut self) {
        self.carry("redis.enabled", "redis.enabled");
        if let Some(p) = self.take_str("redis.password").filter(|p| !p.is_empty()) {
            self.set("redis.password", json!(p));
        }
        if self
            .take_str("redis.existingSecret")
            .is_some_and(|s| !s.is_empty())
        {
            // The official chart then wants the broker URL from a Secret as
            // well (data.brokerUrlSecretName), which does not exist yet.
            let key = self.take_str("redis.existingSecretPasswordKey");
            self.left.dropped(
                "redis.existingSecret",
                "the bundled Redis gets a generated password: with redis.passwordSecretName the official chart also needs the whole broker URL in a Secret, which the community chart did not have",
                format!("to keep a password of your own, store it under the key `password` (here `{}`) in a Secret (redis.passwordSecretName) and the URL `redis://:PASSWORD@RELEASE-redis:6379/0` under the key `connection` in another (data.brokerUrlSecretName)", key.unwrap_or_else(|| "redis-password".to_owned())),
            );
        }
        let Some(host) = self.take_str("externalRedis.host") else {
            return;
        };
        let port = self
            .take("externalRedis.port")
            .map_or("6379".to_owned(), |p| p.to_string());
        let db = self
            .take("externalRedis.databaseNumber")
            .map_or("1".to_owned(), |d| d.to_string());
        let password = self
            .take_str("externalRedis.password")
            .filter(|p| !p.is_empty());
        let auth = password.map(|p| {
            let encoded: String =
                percent_encoding::utf8_percent_encode(&p, percent_encoding::NON_ALPHANUMERIC)
                    .collect();
            format!(":{encoded}@")
        });
        let url = format!("redis://{}{host}:{port}/{db}", auth.unwrap_or_default());
        self.set("data.brokerUrl", json!(url));
        self.left.changed(
            "externalRedis",
            "host, port, database number and password joined into data.brokerUrl; better keep the URL in a Secret and set data.brokerUrlSecretName",
        );
    }

    fn dags(&mut self) {
        self.carry("dags.path", "dags.mountPath");
        self.persistence("dags.persistence", "dags.persistence");
        self.persistence("persistence", "dags.persistence");
        let base = "dags.gitSync";
        self.carry("dags.gitSync.enabled", "dags.gitSync.enabled");
        self.carry("dags.gitSync.repo", "dags.gitSync.repo");
        self.carry("dags.gitSync.repoSubPath", "dags.gitSync.subPath");
        self.carry("dags.gitSync.depth", "dags.gitSync.depth");
        self.carry("dags.gitSync.maxFailures", "dags.gitSync.maxFailures");
        self.carry("dags.gitSync.syncWait", "dags.gitSync.wait");
        self.carry("dags.gitSync.resources", "dags.gitSync.resources");
        self.carry("dags.gitSync.sshSecret", "dags.gitSync.sshKeySecret");
        self.carry("dags.gitSync.sshKnownHosts", "dags.gitSync.knownHosts");
        self.carry("dags.gitSync.httpSecret", "dags.gitSync.credentialsSecret");
        let branch = self.take_str("dags.gitSync.branch");
        let revision = self.take_str("dags.gitSync.revision");
        self.git_ref(base, branch, revision);
        // The legacy 7.x form.
        self.carry("dags.git.url", "dags.gitSync.repo");
        self.carry("dags.git.secret", "dags.gitSync.sshKeySecret");
        self.carry("dags.git.gitSync.enabled", "dags.gitSync.enabled");
        self.carry("dags.git.gitSync.refreshTime", "dags.gitSync.wait");
        self.carry("dags.git.gitSync.resources", "dags.gitSync.resources");
        if let Some(r) = self.take_str("dags.git.ref") {
            self.git_ref(base, Some(r), None);
        }
        if self.out_has("dags.gitSync.sshKeySecret") {
            self.left.changed(
                "dags.gitSync",
                "the official chart reads the SSH key from the key `gitSshKey` of the Secret, and HTTPS credentials from all four keys GIT_SYNC_USERNAME, GIT_SYNC_PASSWORD, GITSYNC_USERNAME and GITSYNC_PASSWORD (none optional)",
            );
        }
    }

    /// `branch`/`revision` → `branch`, `rev` and `ref`, so that git-sync v3
    /// and v4 follow the same thing.
    fn git_ref(&mut self, base: &str, branch: Option<String>, revision: Option<String>) {
        let rev = revision.filter(|r| !r.is_empty() && r != "HEAD");
        match (branch, rev) {
            (_, Some(rev)) => {
                self.set(&format!("{base}.rev"), json!(rev));
                self.set(&format!("{base}.ref"), json!(rev));
            }
            (Some(branch), None) => {
                self.set(&format!("{base}.branch"), json!(branch));
                self.set(&format!("{base}.rev"), json!("HEAD"));
                self.set(&format!("{base}.ref"), json!(branch));
            }
            (None, None) => {}
        }
    }

    fn persistence(&mut self, from: &str, to: &str) {
        for (key, target) in [
            ("enabled", "enabled"),
            ("existingClaim", "existingClaim"),
            ("size", "size"),
            ("storageClass", "storageClassName"),
            ("accessMode", "accessMode"),
            ("subPath", "subPath"),
        ] {
            let target = format!("{to}.{target}");
            if self.target_has(&target) {
                let source = format!("{from}.{key}");
                match self.take(&source) {
                    Some(Value::String(s)) if s.is_empty() => {}
                    Some(v) => {
                        self.set(&target, v);
                        self.left.moved(source, target);
                    }
                    None => {}
                }
            }
        }
        if from == "persistence" {
            self.file_storage();
        }
    }

    /// Azure Files shares become existing claims that the user creates.
    fn file_storage(&mut self) {
        for (share, target) in [("dags", "dags.persistence"), ("logs", "logs.persistence")] {
            let Some(name) = self.take_str(&format!("persistence.fileStorage.{share}.shareName"))
            else {
                continue;
            };
            let secret = self.take_str(&format!("persistence.fileStorage.{share}.secretName"));
            self.set(&format!("{target}.enabled"), json!(true));
            self.set(&format!("{target}.existingClaim"), json!(name));
            self.left.changed(
                format!("persistence.fileStorage.{share}"),
                format!(
                    "the Azure Files share `{name}` is mounted through the existing claim `{name}` ({target}.existingClaim); create a PersistentVolume (csi driver file.csi.azure.com, shareName {name}, nodeStageSecretRef {}) and a ReadWriteMany claim of that name",
                    secret.unwrap_or_else(|| "a Secret with azurestorageaccountname/azurestorageaccountkey".to_owned())
                ),
            );
        }
        for key in ["storageAccountName", "storageAccountKey"] {
            if self
                .take(&format!("persistence.fileStorage.{key}"))
                .is_some()
            {
                self.left.dropped(
                    format!("persistence.fileStorage.{key}"),
                    "the official chart mounts volumes through claims and takes no storage account",
                    "keep the account name and key in the Secret the PersistentVolume's nodeStageSecretRef names (azurestorageaccountname, azurestorageaccountkey), never in the values",
                );
            }
        }
    }

    fn logs(&mut self) {
        self.persistence("logs.persistence", "logs.persistence");
        self.persistence("logsPersistence", "logs.persistence");
    }

    fn ingress(&mut self) {
        let web = if self.target_has("ingress.apiServer") {
            "apiServer"
        } else {
            "web"
        };
        let enabled = self.take("ingress.enabled");
        for (from, to) in [("web", web), ("flower", "flower")] {
            let mut any = false;
            for key in [
                "annotations",
                "path",
                "host",
                "ingressClassName",
                "tls.enabled",
                "tls.secretName",
                "precedingPaths",
                "succeedingPaths",
            ] {
                if from == "flower" && key.ends_with("Paths") {
                    continue;
                }
                let source = format!("ingress.{from}.{key}");
                match self.take(&source) {
                    Some(Value::String(s)) if s.is_empty() => {}
                    Some(v) => {
                        let target = format!("ingress.{to}.{key}");
                        self.set(&target, v);
                        self.left.moved(source, target);
                        any = true;
                    }
                    None => {}
                }
            }
            if let Some(enabled) = enabled.clone().filter(|_| any || from == "web") {
                self.set(&format!("ingress.{to}.enabled"), enabled);
            }
        }
        if web == "apiServer" && self.out_has("ingress.apiServer") {
            self.left.changed(
                "ingress.web",
                "moved to ingress.apiServer, which serves the UI on Airflow 3",
            );
        }
    }

    fn components(&mut self) {
        let web = if self.target_has("apiServer") {
            "apiServer"
        } else {
            "webserver"
        };
        for (from, to) in [
            ("scheduler", "scheduler"),
            ("web", web),
            ("workers", "workers"),
            ("triggerer", "triggerer"),
            ("flower", "flower"),
        ] {
            for key in COMPONENT_KEYS {
                let target = format!("{to}.{key}");
                if self.target_has(&target) {
                    self.carry(&format!("{from}.{key}"), &target);
                }
            }
        }
        if web == "apiServer" && self.out_has("apiServer") {
            self.left.changed("web", "pod settings of the webserver moved to apiServer, which serves the UI on Airflow 3");
        }
    }
}

/// `text` for a value the official chart renders with `tpl`: each `{{`
/// becomes an action that prints `{{`, so the text comes out unchanged.
fn escape_tpl(text: &str) -> String {
    text.replace("{{", "{{ \"{{\" }}")
}
