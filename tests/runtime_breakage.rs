//! Values that pass the chart's schema but break at run time: git-sync's
//! branch/rev/ref per git-sync release, a space in a password the chart
//! escapes with urlquery, and the URL scheme of the metadata Secret that
//! KEDA reads too.

mod common;

use airflow_values::check::Profile;
use airflow_values::official::{
    ChartVersion, GitSync, MetadataConnectionValues, Values, json_schema,
};
use airflow_values::types::git::{GitAuth, GitRef};
use airflow_values::types::git_sync::{GitSyncVersion, Resolved, resolve};
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

/// Whether chart `version` has `dags.gitSync.ref` (from 1.12.0 on; older
/// releases read only `branch` and `rev`), as its schema says.
fn has_ref(version: ChartVersion) -> bool {
    let schema = json_schema(version).as_value();
    let git_sync = &schema["properties"]["dags"]["properties"]["gitSync"]["properties"];
    git_sync["ref"].is_object() && git_sync["ref"].get("not").is_none()
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
        for &version in ChartVersion::ALL {
            let form = if has_ref(version) {
                "rev: v1.2.3, ref: v1.2.3"
            } else {
                "rev: v1.2.3"
            };
            let found = codes(&with_image(tag, form), version);
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

/// What `for_release` writes is followed as meant by every git-sync release
/// on every chart release, for a tag, a commit and a branch: no git-sync rule
/// fires, and the release's own schema (run by `jsonschema`) accepts it.
#[test]
fn for_release_writes_a_form_every_release_follows() {
    let repo = "https://github.com/acme/dags.git".parse().expect("a repo");
    let auth = GitAuth::Https {
        credentials_secret: "git-credentials".parse().expect("a name"),
    };
    let mut checked = 0;
    for git_ref in [
        GitRef::tag("v1.2.3").expect("a tag"),
        GitRef::commit("0123456789abcdef0123456789abcdef01234567").expect("a commit"),
        GitRef::branch("main").expect("a branch"),
    ] {
        for &version in ChartVersion::ALL {
            let upstream = common::upstream_validator(version.as_str());
            let sync = GitSync::for_release(version, &repo, &git_ref, &auth);
            assert_eq!(sync.git_ref.is_some(), has_ref(version), "{version}");
            let (branch, rev) = (
                sync.branch.clone().expect("branch written"),
                sync.rev.clone().expect("rev written"),
            );
            let wanted = git_ref.as_rev();
            // A release without `ref` gets the one the chart's default
            // (`v2-2-stable`) would give; v4 reads it only when branch and
            // rev are both empty, which they never are here.
            let rendered_ref = sync.git_ref.clone().unwrap_or_else(|| "v2-2-stable".into());
            for tag in GIT_SYNC_TAGS {
                let rule = GitSyncVersion::from_tag(tag).expect("a release").ref_rule();
                let got = resolve(rule, &branch, &rev, &rendered_ref);
                assert_eq!(
                    got,
                    Resolved::Follows(wanted.to_owned()),
                    "{tag} on {version} with {sync:?}"
                );
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
                let errors: Vec<String> = upstream
                    .iter_errors(&common::tree(&yaml))
                    .map(|e| format!("{}: {e}", e.instance_path()))
                    .collect();
                assert!(
                    errors.is_empty(),
                    "{tag} on {version}: upstream refuses {errors:?}\n{yaml}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(
        checked,
        3 * ChartVersion::ALL.len() * GIT_SYNC_TAGS.len(),
        "every ref kind, chart release and git-sync release"
    );
}

/// `from_source`, for users of the newest releases, is `for_release` with
/// the newest release: it writes `ref`.
#[test]
fn from_source_is_for_release_of_the_newest_chart() {
    let repo = "https://github.com/acme/dags.git".parse().expect("a repo");
    let auth = GitAuth::Https {
        credentials_secret: "git-credentials".parse().expect("a name"),
    };
    let tag = GitRef::tag("v1.2.3").expect("a tag");
    assert_eq!(
        GitSync::from_source(&repo, &tag, &auth),
        GitSync::for_release(ChartVersion::LATEST, &repo, &tag, &auth)
    );
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
    let paths: Vec<String> = report
        .with_code(common::code("AV0305"))
        .map(|d| d.path.to_string())
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
