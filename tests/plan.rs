//! The deployment plan: names checked by their own rules, what only the user
//! knows is required, Secrets follow the chart version.

mod common;

use airflow_values::official::ChartVersion;
use airflow_values::plan::{IngressOwner, Plan, PlanBuilder, PlanError, SecretRole};
use airflow_values::types::DnsNameError;
use common::walkthrough_plan;

#[test]
fn bad_names_are_refused_with_the_field() {
    for (builder, want) in [
        (
            Plan::builder(ChartVersion::V1_15_0).namespace("air.flow"),
            "namespace",
        ),
        (
            Plan::builder(ChartVersion::V1_15_0).secret_name(SecretRole::Metadata, "Bad_Name"),
            "metadata-connection Secret",
        ),
        (
            Plan::builder(ChartVersion::V1_15_0).workload_identity("nope", "x"),
            "client id",
        ),
        (
            Plan::builder(ChartVersion::V1_15_0).key_vault_url("http://kv"),
            "Key Vault URL",
        ),
        (
            Plan::builder(ChartVersion::V1_15_0).ingress(
                IngressOwner::Chart,
                "Airflow.Example.com",
                "a@b.c",
            ),
            "ingress host",
        ),
    ] {
        let err = builder.build().unwrap_err();
        assert!(err.to_string().contains(want), "{err} lacks {want}");
    }
}

#[test]
fn each_name_is_checked_by_its_own_rule() {
    let err = |b: PlanBuilder| match b.build() {
        Err(PlanError::Name { field, source }) => (field, source),
        other => panic!("expected a name error, got {other:?}"),
    };
    let v = ChartVersion::V1_15_0;
    // A namespace is a label: no dot.
    let (field, source) = err(walkthrough_plan(v).namespace("air.flow"));
    assert_eq!(field, "namespace");
    assert!(matches!(
        source,
        DnsNameError::Character { ch: '.', at: 3, .. }
    ));
    // Helm caps release names at 53 bytes, below a label's 63.
    let (field, source) = err(walkthrough_plan(v).release(&"a".repeat(54)));
    assert_eq!(field, "release");
    assert_eq!(source, DnsNameError::TooLong { len: 54, max: 53 });
    assert!(walkthrough_plan(v).release(&"a".repeat(53)).build().is_ok());
    // Storage classes, claims and service accounts are subdomains: dots
    // are fine, capitals are not.
    assert!(
        walkthrough_plan(v)
            .logs_names("pvc.airflow", "pv.airflow")
            .build()
            .is_ok()
    );
    assert!(
        walkthrough_plan(v)
            .service_account("airflow.workload")
            .build()
            .is_ok()
    );
    let (field, _) = err(walkthrough_plan(v).logs_names("PVC", "pv"));
    assert_eq!(field, "logs claim");
}

#[test]
fn what_only_the_user_knows_is_required() {
    let missing = |builder: PlanBuilder| match builder.build() {
        Err(PlanError::Missing { field, .. }) => field,
        other => panic!("expected a missing setting, got {other:?}"),
    };
    let v = ChartVersion::V1_15_0;
    assert_eq!(missing(Plan::builder(v)), "workload identity");
    let identity = |b: PlanBuilder| {
        b.workload_identity(
            "00001111-aaaa-2222-bbbb-3333cccc4444",
            "aaaabbbb-0000-cccc-1111-dddd2222eeee",
        )
    };
    assert_eq!(missing(identity(Plan::builder(v))), "Key Vault URL");
    let vault = |b: PlanBuilder| identity(b).key_vault_url("https://kv.vault.azure.net/");
    assert_eq!(missing(vault(Plan::builder(v))), "logs storage");
    let logs = |b: PlanBuilder| vault(b).logs_on_azure_files("rg", "acct", "share");
    assert_eq!(missing(logs(Plan::builder(v))), "Ingress host");
    assert!(logs(Plan::builder(v)).no_ingress().build().is_ok());
    assert!(walkthrough_plan(v).build().is_ok());
}

#[test]
fn secret_roles_follow_the_chart_version() {
    let v1 = walkthrough_plan(ChartVersion::V1_15_0).build().unwrap();
    assert!(v1.secret_roles().contains(&SecretRole::WebserverSecretKey));
    assert!(!v1.secret_roles().contains(&SecretRole::JwtSecret));
    let v3 = walkthrough_plan(ChartVersion::V1_22_0)
        .pgbouncer_secrets(false)
        .build()
        .unwrap();
    assert!(v3.secret_roles().contains(&SecretRole::JwtSecret));
    assert!(!v3.secret_roles().contains(&SecretRole::PgbouncerConfig));
    assert_eq!(v3.web_service(), ("airflow-api-server".to_owned(), 8080));
}
