//! Values that pass the chart's schema but break at run time: git-sync's
//! branch/rev/ref per git-sync release, a space in a password the chart
//! escapes with urlquery, and the URL scheme of the metadata Secret that
//! KEDA reads too.

mod common;

use airflow_values::check::Profile;
use airflow_values::official::{ChartVersion, GitSync, MetadataConnectionValues, Values};
use airflow_values::types::git::{GitAuth, GitRef};
use airflow_values::types::git_sync::{GitSyncVersion, RefRule, Resolved, resolve};
use airflow_values::types::{Dialect, MetadataConnection, Password, SslMode};

/// Releases around each boundary of git-sync's flag handling.
const GIT_SYNC_TAGS: &[&str] = &[
    "v3.6.9", "v4.0.0", "v4.1.0", "v4.2.3", "v4.2.4", "v4.3.0", "v4.4.2",
];

fn codes(yaml: &str, version: ChartVersion) -> Vec<String> {
    let values = Values::from_yaml(yaml, version).unwrap_or_else(|e| panic!("{e}\n{yaml}"));
    values
        .validate(Profile::Default)
        .into_iter()
        .map(|d| d.code.to_string())
        .filter(|c| c.starts_with("AV05"))
        .collect()
}

/// The releases that have `dags.gitSync.ref` (from 1.12.0 on): the forms
/// below write it, and older releases read only `branch` and `rev`.
fn releases_with_ref() -> impl Iterator<Item = ChartVersion> {
    ChartVersion::ALL
        .iter()
        .copied()
        .filter(|version| *version >= ChartVersion::V1_12_0)
}

fn with_image(tag: &str, git_sync: &str) -> String {
    format!("images: {{gitSync: {{tag: {tag}}}}}\ndags: {{gitSync: {{enabled: true, {git_sync}}}}}")
}

/// What the library used to write for a tag (rev and ref, the chart's
/// default branch left in place) exits on v4.2.4 and later only, and AV0503
/// says so exactly there.
#[test]
fn the_old_tag_form_exits_from_git_sync_4_2_4_and_av0503_knows_it() {
    for tag in GIT_SYNC_TAGS {
        let release = GitSyncVersion::from_tag(tag).expect("a release");
        let exits = matches!(
            resolve(release.ref_rule(), "v2-2-stable", "v1.2.3", "v1.2.3"),
            Resolved::Exits(_)
        );
        assert_eq!(exits, release >= GitSyncVersion::new(4, 2, 4), "{tag}");
        for version in releases_with_ref() {
            let found = codes(&with_image(tag, "rev: v1.2.3, ref: v1.2.3"), version);
            assert_eq!(
                found.contains(&"AV0503".to_owned()),
                exits,
                "{tag} on {version}: {found:?}"
            );
        }
    }
}

/// Without an image tag, the chart's default git-sync decides: v4.1.0 in
/// 1.15.0 takes the old form, v4.4.2 in 1.22.0 exits on it.
#[test]
fn the_default_image_of_each_release_decides() {
    let old_form = "dags: {gitSync: {enabled: true, rev: v1.2.3, ref: v1.2.3}}";
    assert!(!codes(old_form, ChartVersion::V1_15_0).contains(&"AV0503".to_owned()));
    assert!(codes(old_form, ChartVersion::V1_22_0).contains(&"AV0503".to_owned()));
}

/// What `from_source` writes now is followed as meant by every release, for
/// a tag, a commit and a branch, and no git-sync rule fires.
#[test]
fn from_source_writes_a_form_every_release_follows() {
    let repo = "https://github.com/acme/dags.git".parse().expect("a repo");
    let auth = GitAuth::Https {
        credentials_secret: "git-credentials".parse().expect("a name"),
    };
    for git_ref in [
        GitRef::tag("v1.2.3").expect("a tag"),
        GitRef::commit("0123456789abcdef0123456789abcdef01234567").expect("a commit"),
        GitRef::branch("main").expect("a branch"),
    ] {
        let sync = GitSync::from_source(&repo, &git_ref, &auth);
        let (branch, rev, wanted) = (
            sync.branch.clone().expect("branch written"),
            sync.rev.clone().expect("rev written"),
            sync.git_ref.clone().expect("ref written"),
        );
        for tag in GIT_SYNC_TAGS {
            let rule = GitSyncVersion::from_tag(tag).expect("a release").ref_rule();
            let got = resolve(rule, &branch, &rev, &wanted);
            if rule != RefRule::V3 {
                assert_eq!(
                    got,
                    Resolved::Follows(wanted.clone()),
                    "{tag} with {sync:?}"
                );
            } else {
                assert!(matches!(got, Resolved::Follows(_)), "{tag} with {sync:?}");
            }
            for version in releases_with_ref() {
                let yaml = Values::builder()
                    .chart_version(version)
                    .dags(
                        airflow_values::official::Dags::builder()
                            .git_sync(sync.clone())
                            .build(),
                    )
                    .build()
                    .to_yaml()
                    .expect("yaml");
                let yaml = format!("images: {{gitSync: {{tag: {tag}}}}}\n{yaml}");
                assert_eq!(
                    codes(&yaml, version),
                    Vec::<String>::new(),
                    "{tag} on {version}:\n{yaml}"
                );
            }
        }
    }
}

fn azure(password: &str) -> MetadataConnection {
    MetadataConnection::builder()
        .protocol(Dialect::Postgresql)
        .host("airflow-db.postgres.database.azure.com")
        .db("airflow")
        .user("airflow")
        .password(Password::new(password).expect("a password"))
        .sslmode(SslMode::Require)
        .build()
}

#[test]
fn a_space_in_a_password_is_refused_in_rust_and_reported_in_a_file() {
    assert!(MetadataConnectionValues::try_from(&azure("two words")).is_err());
    assert!(MetadataConnectionValues::try_from(&azure("p@ss+w:rd/?#%&=")).is_ok());
    let yaml = "data: {metadataConnection: {user: airflow, pass: \"two words\"}}";
    let report = Values::from_yaml(yaml, ChartVersion::V1_22_0)
        .expect("reads")
        .validate(Profile::Default);
    let paths: Vec<&str> = report
        .with_code(common::code("AV0305"))
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(paths, ["data.metadataConnection.pass"], "{report}");
    assert!(!report.to_string().contains("two words"), "{report}");
    // The URL for a Secret keeps the space, encoded as %20.
    assert!(
        azure("two words")
            .to_url()
            .expose_secret()
            .contains(":two%20words@")
    );
}

#[test]
fn the_secret_url_uses_the_scheme_keda_and_airflow_both_read() {
    let url = azure("secret").to_url();
    assert!(
        url.expose_secret()
            .starts_with("postgresql://airflow:secret@"),
        "{url}"
    );
    assert_eq!(url.sslmode(), Some(SslMode::Require));
    // KEDA reads the user's Secret: AV0307 says which key and form, AV0306
    // when it needs kedaConnection as well.
    let secret_keda =
        "data: {metadataSecretName: airflow-db}\nworkers: {celery: {keda: {enabled: true}}}";
    let report = Values::from_yaml(secret_keda, ChartVersion::V1_22_0)
        .expect("reads")
        .validate(Profile::Default);
    assert_eq!(
        report.with_code(common::code("AV0307")).count(),
        1,
        "{report}"
    );
    assert_eq!(
        report.with_code(common::code("AV0306")).count(),
        0,
        "{report}"
    );
    let bypass = "data: {metadataSecretName: airflow-db}\npgbouncer: {enabled: true, configSecretName: pgb}\nworkers: {celery: {keda: {enabled: true, usePgbouncer: false}}}";
    let report = Values::from_yaml(bypass, ChartVersion::V1_22_0)
        .expect("reads")
        .validate(Profile::Default);
    assert_eq!(
        report.with_code(common::code("AV0306")).count(),
        1,
        "{report}"
    );
    assert_eq!(
        report.with_code(common::code("AV0307")).count(),
        0,
        "{report}"
    );
}
