//! Prints values for the Bitnami airflow chart with DAGs from git: the setup
//! of seed 001, hardened.
//!
//! ```text
//! cargo run --features bitnami --example bitnami-git-dags > values.yaml
//! helm install airflow oci://registry-1.docker.io/bitnamicharts/airflow --version 25.0.4 -f values.yaml
//! ```
//!
//! What changed from the seed's values:
//! - The repository is cloned over ssh with a deploy key kept in a Secret
//!   (`airflow-git-ssh`), not over http with a personal access token in the URL.
//! - The admin password, fernet key, secret key and JWT key come from an
//!   existing Secret (`airflow-auth`), so upgrades and re-renders keep them;
//!   `auth.forcePassword` of the old chart is gone.
//! - The metadata database is an external PostgreSQL whose password is in a
//!   Secret; the bundled Redis takes its password from a Secret too.
//! - The image is pinned to an immutable Bitnami tag.
//! - The Ingress uses `hostname` (the old `hosts` map is ignored by the
//!   current chart) and serves TLS from a cert-manager certificate.
//! - The worker's requirements file is mounted where the image reads it.
//!
//! The values are validated with the production profile before they are
//! printed; findings go to stderr, and any error stops the example.

use std::process::ExitCode;

use airflow_values::bitnami::{
    Auth, Dags, ExternalDatabase, GitRepository, Image, Ingress, Postgresql, Redis, RedisAuth,
    Values, Worker,
};
use airflow_values::check::Profile;
use airflow_values::types::Executor;
use airflow_values::types::Executors;
use k8s_openapi::api::core::v1::{ConfigMapVolumeSource, Volume, VolumeMount};

fn main() -> ExitCode {
    let values = values();
    let report = values.validate(Profile::Production);
    for finding in &report {
        eprintln!("{finding}");
    }
    if report.has_errors() {
        return ExitCode::from(1);
    }
    match values.to_yaml() {
        Ok(yaml) => {
            print!("{yaml}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// The hardened values of seed 001.
pub fn values() -> Values {
    let requirements = "requirements";
    Values::builder()
        .image(
            Image::builder()
                .registry("docker.io")
                .repository("bitnami/airflow")
                .tag("3.0.5-debian-12-r0")
                .build(),
        )
        .auth(
            Auth::builder()
                .username("admin")
                .existing_secret("airflow-auth")
                .build(),
        )
        .executor(Executors::single(Executor::Celery))
        .dags(
            Dags::builder()
                .enabled(true)
                .repositories(vec![
                    GitRepository::builder()
                        .repository("ssh://git@gitlab.example.com/airflow/airflow.git")
                        .branch("main")
                        .name("gitlab")
                        .build(),
                ])
                .existing_ssh_key_secret("airflow-git-ssh")
                .existing_ssh_key_secret_key("ssh-privatekey")
                .build(),
        )
        .worker(
            Worker::builder()
                .extra_volumes(vec![Volume {
                    name: requirements.to_owned(),
                    config_map: Some(ConfigMapVolumeSource {
                        name: requirements.to_owned(),
                        ..ConfigMapVolumeSource::default()
                    }),
                    ..Volume::default()
                }])
                .extra_volume_mounts(vec![VolumeMount {
                    name: requirements.to_owned(),
                    mount_path: "/bitnami/python/requirements.txt".to_owned(),
                    sub_path: Some("requirements.txt".to_owned()),
                    read_only: Some(true),
                    ..VolumeMount::default()
                }])
                .build(),
        )
        .ingress(
            Ingress::builder()
                .enabled(true)
                .ingress_class_name("nginx")
                .hostname("airflow.example.com")
                .tls(true)
                .annotations(
                    [(
                        "cert-manager.io/cluster-issuer".to_owned(),
                        "letsencrypt".to_owned(),
                    )]
                    .into(),
                )
                .build(),
        )
        .postgresql(Postgresql::builder().enabled(false).build())
        .external_database(
            ExternalDatabase::builder()
                .host("airflow-db.example.com")
                .port(5432)
                .user("airflow")
                .database("airflow")
                .existing_secret("airflow-database")
                .existing_secret_password_key("password")
                .build(),
        )
        .redis(
            Redis::builder()
                .auth(
                    RedisAuth::builder()
                        .enabled(true)
                        .existing_secret("airflow-redis")
                        .existing_secret_password_key("redis-password")
                        .build(),
                )
                .build(),
        )
        .build()
}
