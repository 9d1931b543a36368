//! AV05: DAGs and git-sync.

use super::{Findings, Rule};
use crate::check::{Code, Profile, Severity};
use crate::official::{GitSync, Values};
use crate::types::git::{GitRepo, GitTransport};
use crate::types::nullable::NullableExt;

pub(crate) const AV0501: Rule = Rule {
    code: Code::new("AV0501"),
    name: "gitsync-ssh-without-known-hosts",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0501.md"),
    check: gitsync_ssh_without_known_hosts,
};

pub(crate) const AV0502: Rule = Rule {
    code: Code::new("AV0502"),
    name: "gitsync-ref-overridden-by-branch",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV0502.md"),
    check: gitsync_ref_overridden_by_branch,
};

/// The chart's defaults for the git-sync v3 keys it still renders.
const DEFAULT_BRANCH: &str = "v2-2-stable";
const DEFAULT_REV: &str = "HEAD";

fn enabled_git_sync(values: &Values) -> Option<&GitSync> {
    values
        .dags
        .as_ref()
        .and_then(|d| d.git_sync.as_deref())
        .filter(|g| g.enabled == Some(true))
}

fn gitsync_ssh_without_known_hosts(values: &Values, out: &mut Findings) {
    let Some(sync) = enabled_git_sync(values) else {
        return;
    };
    let ssh_url = sync
        .repo
        .as_deref()
        .and_then(|r| GitRepo::parse(r).ok())
        .is_some_and(|r| r.transport() == GitTransport::Ssh);
    let ssh = ssh_url || sync.ssh_key_secret.value().is_some();
    let known = sync
        .known_hosts
        .value()
        .is_some_and(|k| !k.trim().is_empty());
    if ssh && !known {
        out.report(
            "dags.gitSync.knownHosts",
            "git-sync connects over ssh without known host keys, so it cannot tell the git server from an impostor",
            "set dags.gitSync.knownHosts to the server's lines from `ssh-keyscan` (checked against the provider's published fingerprints)",
        );
    }
}

fn gitsync_ref_overridden_by_branch(values: &Values, out: &mut Findings) {
    let Some(sync) = enabled_git_sync(values) else {
        return;
    };
    let Some(wanted) = sync.git_ref.as_deref() else {
        return;
    };
    let branch = sync.branch.as_deref().unwrap_or(DEFAULT_BRANCH);
    let rev = sync.rev.as_deref().unwrap_or(DEFAULT_REV);
    if !branch.is_empty() && (rev.is_empty() || rev == "HEAD") && branch != wanted {
        let source = if sync.branch.is_some() {
            "dags.gitSync.branch"
        } else {
            "the chart's default branch"
        };
        out.report(
            "dags.gitSync.ref",
            format!("git-sync v4 checks out `{branch}` ({source}), not ref `{wanted}`: the chart also renders branch and rev, and a branch with rev HEAD wins over ref"),
            format!("set dags.gitSync.branch to `{wanted}` if it is a branch, or dags.gitSync.rev to `{wanted}` if it is a tag or commit"),
        );
    }
}
