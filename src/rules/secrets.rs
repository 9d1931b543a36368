//! AV04: keys, passwords, and credentials in URLs.

use super::{Findings, Rule};
use crate::findings::{Code, Profile, Severity};
use crate::official::{DefaultUser, Values, has_key};
use crate::types::git::{GitRepo, GitRepoError};
use crate::types::nullable::{Nullable, NullableExt};
use crate::types::secret::{FernetKey, SecretName, SecretValue};
use crate::yaml::{KeyPath, key_path};

pub(crate) const AV0401: Rule = Rule {
    code: Code::new("AV0401"),
    name: "fernet-key-not-static",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0401.md"),
    check: fernet_key_not_static,
};

pub(crate) const AV0402: Rule = Rule {
    code: Code::new("AV0402"),
    name: "session-secret-not-static",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0402.md"),
    check: session_secret_not_static,
};

pub(crate) const AV0403: Rule = Rule {
    code: Code::new("AV0403"),
    name: "default-admin-password",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0403.md"),
    check: default_admin_password,
};

pub(crate) const AV0404: Rule = Rule {
    code: Code::new("AV0404"),
    name: "credentials-in-git-url",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0404.md"),
    check: credentials_in_git_url,
};

pub(crate) const AV0405: Rule = Rule {
    code: Code::new("AV0405"),
    name: "invalid-fernet-key",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0405.md"),
    check: invalid_fernet_key,
};

pub(crate) const AV0406: Rule = Rule {
    code: Code::new("AV0406"),
    name: "invalid-secret-name",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV0406.md"),
    check: invalid_secret_name,
};

/// A secret written in the values: set, and not empty (the chart treats an
/// empty string like an unset key).
fn written(secret: &Option<Nullable<SecretValue>>) -> bool {
    secret.value().is_some_and(|s| !s.is_empty())
}

/// A Secret named by the values (an empty name counts as unset, as in the chart).
fn named(name: &Option<Nullable<String>>) -> bool {
    name.value().is_some_and(|n| !n.is_empty())
}

fn fernet_key_not_static(values: &Values, out: &mut Findings) {
    if !written(&values.fernet_key) && !named(&values.fernet_key_secret_name) {
        out.report(
            key_path!(fernetKeySecretName),
            "no fernet key is set, so the chart generates one at install; a reinstall generates another and stored connections and variables can no longer be decrypted",
            "create a Secret with the key under `fernet-key` and set fernetKeySecretName",
        );
    }
}

fn session_secret_not_static(values: &Values, out: &mut Findings) {
    let airflow_3 = values.effective_airflow_version().major() >= 3;
    if has_key(values.chart_version, "apiSecretKey") && airflow_3 {
        if !written(&values.api_secret_key) && !named(&values.api_secret_key_secret_name) {
            out.report(
                key_path!(apiSecretKeySecretName),
                "no API secret key is set, so the chart renders a new random one on every upgrade and signs out every user",
                "create a Secret with the key under `api-secret-key` and set apiSecretKeySecretName",
            );
        }
        if !written(&values.jwt_secret) && !named(&values.jwt_secret_name) {
            out.report(
                key_path!(jwtSecretName),
                "no JWT secret is set, so the chart renders a new random one on every upgrade and tokens of running tasks stop validating during the rollout",
                "create a Secret with the key under `jwt-secret` and set jwtSecretName",
            );
        }
    } else if !written(&values.webserver_secret_key)
        && !named(&values.webserver_secret_key_secret_name)
    {
        out.report(
            key_path!(webserverSecretKeySecretName),
            "no webserver secret key is set, so the chart renders a new random one on every upgrade and signs out every user",
            "create a Secret with the key under `webserver-secret-key` and set webserverSecretKeySecretName",
        );
    }
}

/// The default user that the create-user job makes, with the key path it is read from.
fn default_user(values: &Values) -> (Option<&DefaultUser>, &'static str) {
    let webserver = values
        .webserver
        .as_ref()
        .and_then(|w| w.default_user.as_ref());
    let version = values.chart_version;
    if webserver.is_some() {
        (webserver, "webserver.defaultUser")
    } else if has_key(version, "createUserJob.defaultUser") {
        let job = values
            .create_user_job
            .as_ref()
            .and_then(|j| j.default_user.as_ref());
        (job, "createUserJob.defaultUser")
    } else if has_key(version, "apiServer.defaultUser")
        && values.effective_airflow_version().major() >= 3
    {
        let api = values
            .api_server
            .as_ref()
            .and_then(|a| a.default_user.as_ref());
        (api, "apiServer.defaultUser")
    } else {
        (webserver, "webserver.defaultUser")
    }
}

fn default_admin_password(values: &Values, out: &mut Findings) {
    let (user, path) = default_user(values);
    if user.and_then(|u| u.enabled) == Some(false) {
        return;
    }
    match user.and_then(|u| u.password.as_ref()) {
        None => out.report(
            KeyPath::from_keys(path.split('.')).with_key("password"),
            "the default user is created with the chart's default password `admin`",
            format!("set {path}.enabled: false and create users through your identity provider, or set a strong password"),
        ),
        Some(p) if p.expose_secret() == "admin" => out.report(
            KeyPath::from_keys(path.split('.')).with_key("password"),
            "the default user's password is the well-known default",
            format!("set {path}.enabled: false, or set a strong password"),
        ),
        Some(_) => {}
    }
}

fn credentials_in_git_url(values: &Values, out: &mut Findings) {
    let Some(repo) = values
        .dags
        .as_ref()
        .and_then(|d| d.git_sync.as_ref())
        .and_then(|g| g.repo.as_deref())
    else {
        return;
    };
    if let Err(e @ GitRepoError::CredentialsInUrl { .. }) = GitRepo::parse(repo) {
        out.report(
            key_path!(dags.gitSync.repo),
            e.to_string(),
            "remove the credentials from the URL; put them in a Secret and set dags.gitSync.credentialsSecret, or use ssh with sshKeySecret",
        );
    }
}

fn invalid_fernet_key(values: &Values, out: &mut Findings) {
    let Some(key) = values.fernet_key.value().filter(|k| !k.is_empty()) else {
        return;
    };
    if let Err(e) = FernetKey::parse(key.expose_secret()) {
        out.report(
            key_path!(fernetKey),
            format!("fernetKey is not a valid fernet key: {e}"),
            "generate one with `airflow-values fernet-key`, store it in a Secret under `fernet-key` and set fernetKeySecretName",
        );
    }
}

/// The keys that name a Kubernetes Secret, with their values.
fn secret_names(values: &Values) -> Vec<(&'static str, &str)> {
    let mut names = vec![
        ("fernetKeySecretName", values.fernet_key_secret_name.value()),
        (
            "webserverSecretKeySecretName",
            values.webserver_secret_key_secret_name.value(),
        ),
        (
            "apiSecretKeySecretName",
            values.api_secret_key_secret_name.value(),
        ),
        ("jwtSecretName", values.jwt_secret_name.value()),
    ];
    if let Some(data) = &values.data {
        names.push(("data.metadataSecretName", data.metadata_secret_name.value()));
        names.push((
            "data.resultBackendSecretName",
            data.result_backend_secret_name.value(),
        ));
        names.push((
            "data.brokerUrlSecretName",
            data.broker_url_secret_name.value(),
        ));
    }
    if let Some(pgbouncer) = &values.pgbouncer {
        names.push((
            "pgbouncer.configSecretName",
            pgbouncer.config_secret_name.value(),
        ));
    }
    if let Some(sync) = values.dags.as_ref().and_then(|d| d.git_sync.as_deref()) {
        names.push((
            "dags.gitSync.credentialsSecret",
            sync.credentials_secret.value(),
        ));
        names.push(("dags.gitSync.sshKeySecret", sync.ssh_key_secret.value()));
    }
    names
        .into_iter()
        .filter_map(|(path, name)| Some((path, name?.as_str())))
        .collect()
}

fn invalid_secret_name(values: &Values, out: &mut Findings) {
    for (path, name) in secret_names(values) {
        // Empty means unset to the chart; a template is rendered before use.
        if name.is_empty() || name.contains("{{") {
            continue;
        }
        if let Err(e) = SecretName::parse(name) {
            out.report(
                KeyPath::from_keys(path.split('.')),
                format!("`{path}` is not a valid Kubernetes Secret name: {e}"),
                "use the name of the Secret as `kubectl get secret` shows it: lowercase letters, digits, `-` and `.`",
            );
        }
    }
}
