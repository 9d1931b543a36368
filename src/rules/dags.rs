//! AV05: DAGs and git-sync.

use super::{Findings, Rule};
use crate::findings::{Code, Profile, Severity};
use crate::images::{ImageSlot, default_image};
use crate::official::{GitSync, Values};
use crate::types::git::{GitRepo, GitTransport};
use crate::types::git_sync::{GitSyncVersion, RefRule, Resolved, resolve};
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

pub(crate) const AV0503: Rule = Rule {
    code: Code::new("AV0503"),
    name: "gitsync-exits-on-branch-and-rev",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV0503.md"),
    check: gitsync_exits_on_branch_and_rev,
};

/// The chart's defaults for the git-sync v3 keys it still renders (both
/// modeled releases).
const DEFAULT_BRANCH: &str = "v2-2-stable";
const DEFAULT_REV: &str = "HEAD";

/// The git-sync release the pods run: the tag of `images.gitSync` when it
/// names one, else the chart version's default image. `None` when the tag
/// names no release (`latest`, a mirror's own tag).
fn git_sync_release(values: &Values) -> Option<(GitSyncVersion, &'static str)> {
    let set_tag = values
        .images
        .as_ref()
        .and_then(|i| i.git_sync.as_ref())
        .and_then(|i| i.split_tag().0);
    match set_tag {
        Some(tag) => GitSyncVersion::from_tag(tag).map(|v| (v, "images.gitSync.tag")),
        None => default_image(values.chart_version, ImageSlot::GitSync)
            .and_then(|i| i.tag().and_then(|t| GitSyncVersion::from_tag(t.as_str())))
            .map(|v| (v, "the chart's default image")),
    }
}

/// The `branch` and `rev` the containers get, and where each comes from.
fn branch_and_rev(sync: &GitSync) -> ((&str, &'static str), (&str, &'static str)) {
    let branch = match sync.branch.as_deref() {
        Some(b) => (b, "dags.gitSync.branch"),
        None => (DEFAULT_BRANCH, "the chart's default branch"),
    };
    let rev = match sync.rev.as_deref() {
        Some(r) => (r, "dags.gitSync.rev"),
        None => (DEFAULT_REV, "the chart's default rev"),
    };
    (branch, rev)
}

/// The keys to write so that every git-sync release follows `wanted`.
fn fix_for(wanted: &str, is_branch: bool) -> String {
    if is_branch {
        format!(
            "for branch `{wanted}` write branch: {wanted}, rev: HEAD, ref: {wanted}; for a tag or commit write branch: \"\", rev: {wanted}, ref: {wanted}"
        )
    } else {
        format!(
            "for a tag or commit write branch: \"\", rev: {wanted}, ref: {wanted}; for a branch write branch: {wanted}, rev: HEAD, ref: {wanted}"
        )
    }
}

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
    let ((branch, branch_from), (rev, rev_from)) = branch_and_rev(sync);
    // Without a readable release, judge by what every v4 release does.
    let (release, rule) = match git_sync_release(values) {
        Some((v, _)) => (format!("git-sync {v}"), v.ref_rule()),
        None => ("git-sync v4".to_owned(), RefRule::RevReplacesRef),
    };
    if rule == RefRule::V3 {
        return;
    }
    let Resolved::Follows(followed) = resolve(rule, branch, rev, wanted) else {
        return; // AV0503 reports it.
    };
    if followed == wanted {
        return;
    }
    let source = if !branch.is_empty() && (rev.is_empty() || rev == "HEAD") {
        format!("branch `{branch}` ({branch_from})")
    } else {
        format!("rev `{rev}` ({rev_from})")
    };
    out.report(
        "dags.gitSync.ref",
        format!("{release} follows {source}, not ref `{wanted}`: the chart renders branch and rev next to ref, and they replace it"),
        fix_for(wanted, branch == wanted),
    );
}

fn gitsync_exits_on_branch_and_rev(values: &Values, out: &mut Findings) {
    let Some(sync) = enabled_git_sync(values) else {
        return;
    };
    let Some((version, version_from)) = git_sync_release(values) else {
        return;
    };
    let ((branch, branch_from), (rev, rev_from)) = branch_and_rev(sync);
    let wanted = sync.git_ref.as_deref().unwrap_or(DEFAULT_BRANCH);
    let Resolved::Exits(reason) = resolve(version.ref_rule(), branch, rev, wanted) else {
        return;
    };
    let path = if sync.rev.is_some() {
        "dags.gitSync.rev"
    } else {
        "dags.gitSync.branch"
    };
    let target = if rev.is_empty() || rev == "HEAD" {
        wanted
    } else {
        rev
    };
    out.report(
        path,
        format!("git-sync {version} ({version_from}) exits at start ({reason}): it gets branch `{branch}` ({branch_from}) and rev `{rev}` ({rev_from})"),
        fix_for(target, false),
    );
}
