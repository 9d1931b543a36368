//! Git repositories of DAGs and plugins.

use crate::bitnami::{GitRepository, Values};
use crate::findings::{Code, Profile, Rule, Severity};
use crate::rules::Findings;
use crate::yaml::KeyPath;

pub(super) const AV1104: Rule<Values> = Rule {
    code: Code::new("AV1104"),
    name: "credentials-in-repository-url",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV1104.md"),
    check: credentials_in_repository_url,
};

/// Every repository list of the values, current and legacy, with its key path.
pub(crate) fn repository_lists(values: &Values) -> Vec<(&'static str, &[GitRepository])> {
    let mut lists = Vec::new();
    if let Some(r) = values.dags.as_ref().and_then(|d| d.repositories.as_deref()) {
        lists.push(("dags.repositories", r));
    }
    if let Some(r) = values
        .plugins
        .as_ref()
        .and_then(|p| p.repositories.as_deref())
    {
        lists.push(("plugins.repositories", r));
    }
    if let Some(git) = &values.git {
        if let Some(r) = git.dags.as_ref().and_then(|d| d.repositories.as_deref()) {
            lists.push(("git.dags.repositories", r));
        }
        if let Some(r) = git.plugins.as_ref().and_then(|p| p.repositories.as_deref()) {
            lists.push(("git.plugins.repositories", r));
        }
    }
    lists
}

/// The URL with its credentials (the user information between `://` and
/// `@` before the host) replaced by `***`, when it has any. Over ssh, a bare
/// user name (`ssh://git@host/…`) names the account and is no credential; a
/// password after it is.
pub(crate) fn redact_credentials(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let at = authority.rfind('@')?;
    let user_info = &authority[..at];
    let ssh = scheme.eq_ignore_ascii_case("ssh") || scheme.eq_ignore_ascii_case("git+ssh");
    if ssh && !user_info.contains(':') {
        return None;
    }
    Some(format!("{scheme}://***@{}", &rest[at + 1..]))
}

fn credentials_in_repository_url(values: &Values, out: &mut Findings) {
    for (list, repositories) in repository_lists(values) {
        for (i, repo) in repositories.iter().enumerate() {
            let Some(url) = repo.repository.as_deref() else {
                continue;
            };
            if let Some(redacted) = redact_credentials(url) {
                out.report(
                    KeyPath::from_keys(list.split('.'))
                        .with_index(i)
                        .with_key("repository"),
                    format!("the repository URL carries credentials ({redacted}); they end up in the pod spec, in `helm get values` and in the repository that holds this file"),
                    "remove them from the URL; for https, keep the token in a Secret and pass it to git through a credential helper or environment (defaultInitContainers.loadDAGsPlugins.extraEnvVarsSecret); or use ssh with dags.existingSshKeySecret",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::redact_credentials;

    #[test]
    fn only_user_information_is_redacted() {
        assert_eq!(
            redact_credentials("https://user:tok@github.com/a/b.git").as_deref(),
            Some("https://***@github.com/a/b.git")
        );
        assert_eq!(redact_credentials("https://github.com/a/b@c.git"), None);
        assert_eq!(redact_credentials("git@github.com:a/b.git"), None);
        assert_eq!(redact_credentials("ssh://git@github.com/a/b.git"), None);
        assert_eq!(
            redact_credentials("ssh://git:pw@github.com/a/b.git").as_deref(),
            Some("ssh://***@github.com/a/b.git")
        );
        assert_eq!(
            redact_credentials("https://ghp_token@github.com/a/b.git").as_deref(),
            Some("https://***@github.com/a/b.git")
        );
    }
}
