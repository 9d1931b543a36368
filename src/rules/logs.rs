//! AV06: executor, logs, and storage.

use super::{Findings, Rule};
use crate::findings::{Code, Profile, Severity};
use crate::official::Values;
use crate::yaml::key_path;

pub(crate) const AV0601: Rule = Rule {
    code: Code::new("AV0601"),
    name: "task-logs-not-kept",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV0601.md"),
    check: task_logs_not_kept,
};

/// Whether remote logging is switched on in `config` or `env`.
fn remote_logging(values: &Values) -> bool {
    let in_config = values
        .config
        .as_ref()
        .and_then(|c| c.get("logging"))
        .and_then(|l| l.get("remote_logging"))
        .is_some_and(|v| v.is_true());
    let in_env = values.env.iter().flatten().any(|e| {
        e.name == "AIRFLOW__LOGGING__REMOTE_LOGGING"
            && matches!(e.value.to_ascii_lowercase().as_str(), "true" | "t" | "1")
    });
    in_config || in_env
}

fn task_logs_not_kept(values: &Values, out: &mut Findings) {
    let on_kubernetes = values
        .executor
        .as_ref()
        .is_some_and(|e| e.runs_on_kubernetes());
    if !on_kubernetes {
        return;
    }
    let persisted = values
        .logs
        .as_ref()
        .and_then(|l| l.persistence.as_ref())
        .and_then(|p| p.enabled)
        .unwrap_or(false);
    if !persisted && !remote_logging(values) {
        out.report(
            key_path!(logs.persistence.enabled),
            "task pods of the KubernetesExecutor write logs to their own disk, which is deleted with the pod: neither log persistence nor remote logging is on",
            "set logs.persistence.enabled with an existingClaim on shared storage, or turn on remote logging in config.logging",
        );
    }
}
