//! AV05: DAGs and git-sync.

use super::{Findings, Rule};
use crate::findings::{Code, Edit, Profile, Severity};
use crate::images::{ImageSlot, default_image};
use crate::official::{GitSync, Values, has_key};
use crate::types::git::{GitRepo, GitTransport};
use crate::types::git_sync::{GitSyncVersion, RefRule, Resolved, resolve};
use crate::types::nullable::NullableExt;
use crate::yaml::key_path;

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
            key_path!(dags.gitSync.knownHosts),
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
    // The ref is what the file asks for when branch and rev are the chart's
    // defaults: the tag-or-commit form follows it on every v4 release,
    // whatever it names.
    let chosen = sync.branch.as_deref().is_none_or(|b| b == DEFAULT_BRANCH)
        && sync
            .rev
            .as_deref()
            .is_none_or(|r| r.is_empty() || r == DEFAULT_REV);
    let fix = if chosen {
        set_or_insert(sync, &[("branch", ""), ("rev", wanted)])
    } else {
        Vec::new()
    };
    out.report_with_fix(
        key_path!(dags.gitSync.ref),
        format!("{release} follows {source}, not ref `{wanted}`: the chart renders branch and rev next to ref, and they replace it"),
        fix_for(wanted, branch == wanted),
        fix,
    );
}

/// The keys of `dags.gitSync` that set what git-sync follows, in the
/// chart's order (the same in every modeled release).
const REF_KEYS: &[&str] = &["enabled", "repo", "branch", "rev", "ref"];

/// The edits that write each `(key, value)` under `dags.gitSync`: in place
/// when the file sets the key, else added after the closest key before it
/// in the chart's order (counting the keys added before it).
fn set_or_insert(sync: &GitSync, writes: &[(&str, &str)]) -> Vec<Edit> {
    let mut present: Vec<&str> = REF_KEYS
        .iter()
        .copied()
        .filter(|k| match *k {
            "enabled" => sync.enabled.is_some(),
            "repo" => sync.repo.is_some(),
            "branch" => sync.branch.is_some(),
            "rev" => sync.rev.is_some(),
            "ref" => sync.git_ref.is_some(),
            _ => false,
        })
        .collect();
    let mut edits = Vec::new();
    for (key, value) in writes {
        let path = format!("dags.gitSync.{key}");
        if present.contains(key) {
            edits.push(Edit::set_value(path, *value));
            continue;
        }
        let position = REF_KEYS.iter().position(|k| k == key).unwrap_or(0);
        let after = REF_KEYS[..position]
            .iter()
            .rev()
            .find(|k| present.contains(k))
            .map(|k| (*k).to_owned());
        edits.push(Edit::insert(path, *value, after));
        present.push(key);
    }
    edits
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
        key_path!(dags.gitSync.rev)
    } else {
        key_path!(dags.gitSync.branch)
    };
    let target = if rev.is_empty() || rev == "HEAD" {
        wanted
    } else {
        rev
    };
    // Every older v4 release followed the rev: keeping that, with an empty
    // branch and the rev as ref, is the one rewrite that changes nothing
    // else, unless the file asks for another ref.
    let keeps_ref = sync.git_ref.as_deref().is_none_or(|r| r == rev);
    let fix = if keeps_ref
        && sync.rev.is_some()
        && !(rev.is_empty() || rev == DEFAULT_REV)
        && has_key(values.chart_version, "dags.gitSync.ref")
    {
        set_or_insert(sync, &[("branch", ""), ("ref", rev)])
    } else {
        Vec::new()
    };
    out.report_with_fix(
        path,
        format!("git-sync {version} ({version_from}) exits at start ({reason}): it gets branch `{branch}` ({branch_from}) and rev `{rev}` ({rev_from})"),
        fix_for(target, false),
        fix,
    );
}
