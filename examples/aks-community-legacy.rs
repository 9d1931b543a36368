//! Prints values for the airflow-helm community chart 8.9.0 on AKS: seed
//! 000's setup (an ACR image with a pull Secret, Azure Database for
//! PostgreSQL, Azure Files for DAGs and logs), written with the 8.x keys and
//! hardened.
//!
//! ```text
//! cargo run --example aks-community-legacy --features community > values.yaml
//! ```
//!
//! What changed from the seed's values, which were written for an early
//! chart version:
//!
//! - `airflow.sqlalchemy_connection` (ignored by chart 8.x) becomes
//!   `externalDatabase`, with the Azure login `airflow@server` (the URL form
//!   on stderr shows it encoded as `%40`), `sslmode=require`, and the
//!   password in an existing Secret;
//! - `imageCredentials` (a registry password in the values) becomes the
//!   existing docker-registry Secret `acr-auth` in `airflow.image.pullSecret`;
//! - `persistence.fileStorage` (a storage account key in the values) becomes
//!   existing claims on Azure Files (`azurefile-csi`) for DAGs and logs;
//! - the fernet key, the webserver secret key and the admin password come
//!   from existing Secrets.
//!
//! The values are validated with the production profile; findings go to
//! stderr, and an error stops the example.

use std::error::Error;
use std::process::ExitCode;

use airflow_values::check::{Profile, Severity};
use airflow_values::community::{
    Airflow, AirflowImage, Dags, DatabaseType, Executor, ExternalDatabase, Flower, LogCleanup,
    Logs, Persistence, Pgbouncer, PgbouncerSsl, Postgresql, Redis, Roles, Scheduler, Template,
    TemplateKind, User, Values, Workers,
};
use airflow_values::official::{AccessMode, PullPolicy};
use airflow_values::types::{Driver, SecretValue, SqlAlchemyUrl, SslMode};
use k8s_openapi::api::core::v1::{EnvVar, EnvVarSource, SecretKeySelector};

/// The Azure Database for PostgreSQL single server of seed 000.
const DATABASE_SERVER: &str = "posgresdbforairflow";
/// The login on it: single-server logins are `user@server`.
const DATABASE_LOGIN: &str = "airflow@posgresdbforairflow";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, Box<dyn Error>> {
    let values = values()?;
    eprintln!("# the connection the chart builds: {}", connection_url());
    let report = values.validate(Profile::Production);
    for d in report.diagnostics() {
        eprintln!("{d}");
    }
    if report
        .diagnostics()
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        return Ok(ExitCode::FAILURE);
    }
    print!("{}", values.to_yaml()?);
    Ok(ExitCode::SUCCESS)
}

/// The metadata database URL that the chart builds from `externalDatabase`,
/// with the password redacted: the login's `@` is encoded as `%40`.
pub fn connection_url() -> SqlAlchemyUrl {
    SqlAlchemyUrl::builder()
        .driver(Driver::PostgresqlPsycopg2)
        .user(DATABASE_LOGIN)
        .host(format!("{DATABASE_SERVER}.postgres.database.azure.com"))
        .port(5432)
        .database("airflow")
        .sslmode(SslMode::Require)
        .build()
}

/// An environment variable from a key of an existing Secret.
fn from_secret(name: &str, secret: &str, key: &str) -> EnvVar {
    EnvVar {
        name: name.to_owned(),
        value_from: Some(EnvVarSource {
            secret_key_ref: Some(SecretKeySelector {
                name: secret.to_owned(),
                key: key.to_owned(),
                optional: None,
            }),
            ..EnvVarSource::default()
        }),
        ..EnvVar::default()
    }
}

/// A claim on an existing Azure Files volume, mounted by every pod.
fn azure_files_claim(claim: &str) -> Persistence {
    Persistence::builder()
        .enabled(true)
        .existing_claim(claim)
        .access_mode(AccessMode::ReadWriteMany)
        .build()
}

/// The values, built with the community chart's builders.
///
/// # Errors
/// None today; the `Result` is for parsing that a change may add.
pub fn values() -> Result<Values, Box<dyn Error>> {
    let url = connection_url();
    let mut admin_templates = std::collections::BTreeMap::new();
    admin_templates.insert(
        "ADMIN_PASSWORD".to_owned(),
        Template::builder()
            .kind(TemplateKind::Secret)
            .name("airflow-admin")
            .key("password")
            .build(),
    );
    let airflow = Airflow::builder()
        .image(
            AirflowImage::builder()
                .repository("youracrservice.azurecr.io/custom-docker-airflow")
                .tag("2.8.4-python3.9")
                .pull_policy(PullPolicy::IfNotPresent)
                .pull_secret("acr-auth")
                .build(),
        )
        .executor(Executor::KubernetesExecutor)
        .extra_env(vec![
            from_secret("AIRFLOW__CORE__FERNET_KEY", "airflow-fernet-key", "value"),
            from_secret(
                "AIRFLOW__WEBSERVER__SECRET_KEY",
                "airflow-webserver-secret-key",
                "value",
            ),
        ])
        .users(vec![
            User::builder()
                .username("admin")
                .password(SecretValue::new("${ADMIN_PASSWORD}"))
                .role(Roles::One("Admin".to_owned()))
                .email("admin@example.com")
                .first_name("admin")
                .last_name("admin")
                .build(),
        ])
        .users_templates(admin_templates)
        .build();
    let sslmode = url.sslmode().unwrap_or(SslMode::Require);
    Ok(Values::builder()
        .airflow(airflow)
        .workers(Workers::builder().enabled(false).build())
        .flower(Flower::builder().enabled(false).build())
        .redis(Redis::builder().enabled(false).build())
        // The logs live on Azure Files: the chart refuses its log-cleanup
        // sidecar on a persistent log volume, and Azure keeps them instead.
        .scheduler(
            Scheduler::builder()
                .log_cleanup(LogCleanup::builder().enabled(false).build())
                .build(),
        )
        .logs(
            Logs::builder()
                .persistence(azure_files_claim("airflow-logs"))
                .build(),
        )
        .dags(
            Dags::builder()
                .persistence(azure_files_claim("airflow-dags"))
                .build(),
        )
        .postgresql(Postgresql::builder().enabled(false).build())
        .pgbouncer(
            Pgbouncer::builder()
                .enabled(true)
                .server_ssl(PgbouncerSsl::builder().mode(sslmode).build())
                .build(),
        )
        .external_database(
            ExternalDatabase::builder()
                .kind(DatabaseType::Postgres)
                .host(url.host())
                .port(i64::from(url.port().unwrap_or(5432)))
                .database(url.database())
                .user(url.user())
                .password_secret("airflow-database")
                .password_secret_key("password")
                .properties(format!("?sslmode={sslmode}"))
                .build(),
        )
        .build())
}
