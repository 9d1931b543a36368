//! A deploy tool outside the airflow-values workspace: it builds one
//! production deployment for chart 1.22.0 and 1.15.0, with the metadata
//! database once from a Secret and once from `data.metadataConnection`,
//! using builders and domain types only, and prints each values file after
//! a `### <chart version> <variant>` line.

use std::collections::BTreeMap;
use std::error::Error;

use airflow_values::check::Profile;
use airflow_values::official::{
    AirflowImage, ApiServer, Celery, CeleryKeda, ChartVersion, ConfigValue, ContainerEnvVar,
    CreateUserJob, Dags, Data, DefaultUser, GitSync, Image, Images, Ingress, IngressComponent,
    IngressHost, InheritedImage, Keda, LogPersistence, Logs, MetadataConnectionValues, Postgresql,
    Redis, SecretEnv, Values, ValuesBuilder, Webserver, Workers, values_builder,
};
use airflow_values::types::executor::{Executor, Executors};
use airflow_values::types::git::{GitAuth, GitRef, GitRepo};
use airflow_values::types::{
    Dialect, ImageRef, MetadataConnection, Password, SecretKeyName, SecretName, SslMode,
};
use k8s_openapi::api::core::v1::{ResourceRequirements, Toleration};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;

const AIRFLOW_DIGEST: &str =
    "sha256:0188b06abb250caccc48bb6d00fde5e74a211273f78b0d143bc4d63f2b67412d";
const GIT_SYNC: &str = "registry.k8s.io/git-sync/git-sync:v4.4.2@sha256:3089d9787b89bdc5af01d9f6e8d515aefb9672e8aea3972d7ff67478112bacb3";
const GIT_SYNC_1_15: &str = "registry.k8s.io/git-sync/git-sync:v4.1.0@sha256:fd9722fd02e3a559fd6bb4427417c53892068f588fc8372aa553fbf2f05f9902";

/// Where the metadata database connection comes from.
#[derive(Clone, Copy)]
enum Database {
    /// `data.metadataSecretName`: a Secret the tool writes itself.
    Secret,
    /// `data.metadataConnection`: the chart builds the Secret.
    Keys,
}

/// What every environment shares: the chart version and the executor. The
/// builder type is named, so a tool can hand it around.
type Base = ValuesBuilder<values_builder::SetExecutor<values_builder::SetChartVersion>>;

fn base(version: ChartVersion) -> Base {
    Values::builder()
        .chart_version(version)
        .executor(Executors::single(Executor::Celery))
}

fn quantities(cpu: &str, memory: &str) -> BTreeMap<String, Quantity> {
    BTreeMap::from([
        ("cpu".to_owned(), Quantity(cpu.to_owned())),
        ("memory".to_owned(), Quantity(memory.to_owned())),
    ])
}

fn worker_resources() -> ResourceRequirements {
    ResourceRequirements {
        requests: Some(quantities("500m", "1Gi")),
        limits: Some(quantities("2", "4Gi")),
        ..ResourceRequirements::default()
    }
}

fn worker_tolerations() -> Vec<Toleration> {
    vec![Toleration {
        key: Some("workload".to_owned()),
        operator: Some("Equal".to_owned()),
        value: Some("airflow-workers".to_owned()),
        effect: Some("NoSchedule".to_owned()),
        ..Toleration::default()
    }]
}

fn worker_env() -> Result<Vec<ContainerEnvVar>, Box<dyn Error>> {
    Ok(vec![
        ContainerEnvVar::literal("AIRFLOW__CELERY__WORKER_CONCURRENCY", "16"),
        ContainerEnvVar::from_secret(
            "WAREHOUSE_TOKEN",
            &SecretName::parse("warehouse")?,
            &SecretKeyName::parse("token")?,
        ),
    ])
}

fn node_pool() -> BTreeMap<String, String> {
    BTreeMap::from([("agentpool".to_owned(), "workers".to_owned())])
}

/// The workers: Celery settings under `workers.celery` where the chart has
/// it (1.22.0), under `workers` before.
fn workers(version: ChartVersion) -> Result<Workers, Box<dyn Error>> {
    Ok(if version >= ChartVersion::V1_22_0 {
        Workers::builder()
            .celery(
                Celery::builder()
                    .keda(
                        CeleryKeda::builder()
                            .enabled(true)
                            .min_replica_count(1)
                            .max_replica_count(10)
                            .build(),
                    )
                    .resources(worker_resources())
                    .env(worker_env()?)
                    .node_selector(node_pool())
                    .tolerations(worker_tolerations())
                    .build(),
            )
            .build()
    } else {
        Workers::builder()
            .keda(
                Keda::builder()
                    .enabled(true)
                    .min_replica_count(1)
                    .max_replica_count(10)
                    .build(),
            )
            .resources(worker_resources())
            .env(worker_env()?)
            .node_selector(node_pool())
            .tolerations(worker_tolerations())
            .build()
    })
}

fn azure_postgres() -> Result<MetadataConnection, Box<dyn Error>> {
    Ok(MetadataConnection::builder()
        .protocol(Dialect::Postgresql)
        .host("airflow-db.postgres.database.azure.com")
        .db("airflow")
        .user("airflow")
        .password(Password::new("S3cure:p@ss/word")?)
        .sslmode(SslMode::Require)
        .build())
}

fn data(database: Database) -> Result<Data, Box<dyn Error>> {
    let broker = SecretName::parse("airflow-broker-url")?;
    Ok(match database {
        Database::Secret => Data::builder()
            .metadata_secret_name(SecretName::parse("airflow-metadata")?)
            .broker_url_secret_name(broker)
            .build(),
        Database::Keys => Data::builder()
            .metadata_connection(MetadataConnectionValues::try_from(&azure_postgres()?)?)
            .broker_url_secret_name(broker)
            .build(),
    })
}

fn images(version: ChartVersion) -> Result<Images, Box<dyn Error>> {
    let airflow = ImageRef::parse(&format!(
        "myacr.azurecr.io/apache/airflow:{}@{AIRFLOW_DIGEST}",
        version.default_airflow_version()
    ))?;
    let git_sync = ImageRef::parse(if version >= ChartVersion::V1_22_0 {
        GIT_SYNC
    } else {
        GIT_SYNC_1_15
    })?;
    let statsd = ImageRef::parse(&format!(
        "myacr.azurecr.io/prometheus/statsd-exporter:{}@{AIRFLOW_DIGEST}",
        if version >= ChartVersion::V1_22_0 {
            "v0.30.0"
        } else {
            "v0.26.1"
        }
    ))?;
    Ok(Images::builder()
        .airflow(AirflowImage::from_ref(&airflow))
        .statsd(Image::try_from_ref(&statsd)?)
        .pod_template(InheritedImage::from(Image::try_from_ref(&airflow)?))
        .git_sync(Image::try_from_ref(&git_sync)?)
        .build())
}

fn dags() -> Result<Dags, Box<dyn Error>> {
    let repo = GitRepo::parse("https://github.com/acme/airflow-dags.git")?;
    let auth = GitAuth::Https {
        credentials_secret: SecretName::parse("git-credentials")?,
    };
    Ok(Dags::builder()
        .git_sync(GitSync::from_source(&repo, &GitRef::tag("v1.2.3")?, &auth))
        .build())
}

fn ingress(version: ChartVersion) -> Ingress {
    let component = IngressComponent::builder()
        .enabled(true)
        .ingress_class_name("nginx")
        .hosts(vec![IngressHost::with_tls("airflow.example.com", "airflow-tls")])
        .build();
    if version >= ChartVersion::V1_22_0 {
        Ingress::builder().api_server(component).build()
    } else {
        Ingress::builder().web(component).build()
    }
}

fn remote_logging() -> BTreeMap<String, BTreeMap<String, ConfigValue>> {
    BTreeMap::from([(
        "logging".to_owned(),
        BTreeMap::from([
            ("remote_logging".to_owned(), ConfigValue::from(true)),
            (
                "remote_base_log_folder".to_owned(),
                ConfigValue::from("wasb://airflow-logs@acmelogs.blob.core.windows.net/logs"),
            ),
            ("remote_log_conn_id".to_owned(), ConfigValue::from("wasb_logs")),
        ]),
    )])
}

fn deployment(version: ChartVersion, database: Database) -> Result<Values, Box<dyn Error>> {
    let no_admin = DefaultUser::builder().enabled(false).build();
    let builder = base(version)
        .images(images(version)?)
        .workers(workers(version)?)
        .data(data(database)?)
        .postgresql(Postgresql::builder().enabled(false).build())
        .redis(Redis::builder().enabled(false).build())
        .fernet_key_secret_name(SecretName::parse("airflow-fernet-key")?)
        .secret(vec![SecretEnv::new(
            "AIRFLOW_CONN_WASB_LOGS",
            &SecretName::parse("airflow-connections")?,
            &SecretKeyName::parse("wasb-logs")?,
        )])
        .dags(dags()?)
        .logs(
            Logs::builder()
                .persistence(
                    LogPersistence::builder()
                        .enabled(true)
                        .existing_claim("airflow-logs")
                        .build(),
                )
                .build(),
        )
        .config(remote_logging())
        .ingress(ingress(version));
    Ok(if version >= ChartVersion::V1_22_0 {
        builder
            .api_secret_key_secret_name(SecretName::parse("airflow-api-secret-key")?)
            .jwt_secret_name(SecretName::parse("airflow-jwt-secret")?)
            .create_user_job(CreateUserJob::builder().default_user(no_admin).build())
            .api_server(ApiServer::builder().replicas(2).build())
            .build()
    } else {
        builder
            .webserver_secret_key_secret_name(SecretName::parse("airflow-webserver-secret-key")?)
            .webserver(Webserver::builder().default_user(no_admin).build())
            .build()
    })
}

fn main() -> Result<(), Box<dyn Error>> {
    for version in [ChartVersion::V1_22_0, ChartVersion::V1_15_0] {
        for (name, database) in [("secret", Database::Secret), ("keys", Database::Keys)] {
            let values = deployment(version, database)?;
            let report = values.validate(Profile::Production);
            let codes: Vec<String> = (&report).into_iter().map(|d| d.code.to_string()).collect();
            println!("### {version} {name} {}", codes.join(","));
            print!("{}", values.to_yaml()?);
        }
    }
    Ok(())
}
