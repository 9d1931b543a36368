//! Environment variables and the Secrets and ConfigMaps the chart creates for them.

use super::prelude::*;

/// Values under `enableBuiltInSecretEnvVars`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct EnableBuiltInSecretEnvVars {
    /// Chart key `AIRFLOW__CORE__FERNET_KEY`: airflow  core  fernet key.
    #[serde(
        default,
        rename = "AIRFLOW__CORE__FERNET_KEY",
        skip_serializing_if = "Option::is_none"
    )]
    pub airflow_core_fernet_key: Option<bool>,
    /// Chart key `AIRFLOW__CORE__SQL_ALCHEMY_CONN`: airflow  core  sql alchemy conn.
    #[serde(
        default,
        rename = "AIRFLOW__CORE__SQL_ALCHEMY_CONN",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
    pub airflow_core_sql_alchemy_conn: Option<bool>,
    /// Chart key `AIRFLOW__DATABASE__SQL_ALCHEMY_CONN`: airflow  database  sql alchemy conn.
    #[serde(
        default,
        rename = "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
        skip_serializing_if = "Option::is_none"
    )]
    pub airflow_database_sql_alchemy_conn: Option<bool>,
    /// Chart key `AIRFLOW_CONN_AIRFLOW_DB`: airflow conn airflow db.
    #[serde(
        default,
        rename = "AIRFLOW_CONN_AIRFLOW_DB",
        skip_serializing_if = "Option::is_none"
    )]
    pub airflow_conn_airflow_db: Option<bool>,
    /// Chart key `AIRFLOW__API__SECRET_KEY`: airflow  api  secret key.
    #[serde(
        default,
        rename = "AIRFLOW__API__SECRET_KEY",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub airflow_api_secret_key: Option<bool>,
    /// Chart key `AIRFLOW__API_AUTH__JWT_SECRET`: airflow  api auth  jwt secret.
    #[serde(
        default,
        rename = "AIRFLOW__API_AUTH__JWT_SECRET",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub airflow_api_auth_jwt_secret: Option<bool>,
    /// Chart key `AIRFLOW__WEBSERVER__SECRET_KEY`: airflow  webserver  secret key.
    #[serde(
        default,
        rename = "AIRFLOW__WEBSERVER__SECRET_KEY",
        skip_serializing_if = "Option::is_none"
    )]
    pub airflow_webserver_secret_key: Option<bool>,
    /// Chart key `AIRFLOW__CELERY__CELERY_RESULT_BACKEND`: airflow  celery  celery result backend.
    #[serde(
        default,
        rename = "AIRFLOW__CELERY__CELERY_RESULT_BACKEND",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
    pub airflow_celery_celery_result_backend: Option<bool>,
    /// Chart key `AIRFLOW__CELERY__RESULT_BACKEND`: airflow  celery  result backend.
    #[serde(
        default,
        rename = "AIRFLOW__CELERY__RESULT_BACKEND",
        skip_serializing_if = "Option::is_none"
    )]
    pub airflow_celery_result_backend: Option<bool>,
    /// Chart key `AIRFLOW__CELERY__BROKER_URL`: airflow  celery  broker url.
    #[serde(
        default,
        rename = "AIRFLOW__CELERY__BROKER_URL",
        skip_serializing_if = "Option::is_none"
    )]
    pub airflow_celery_broker_url: Option<bool>,
    /// Chart key `AIRFLOW__ELASTICSEARCH__HOST`: airflow  elasticsearch  host.
    #[serde(
        default,
        rename = "AIRFLOW__ELASTICSEARCH__HOST",
        skip_serializing_if = "Option::is_none"
    )]
    pub airflow_elasticsearch_host: Option<bool>,
    /// Chart key `AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST`: airflow  elasticsearch  elasticsearch host.
    #[serde(
        default,
        rename = "AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
    pub airflow_elasticsearch_elasticsearch_host: Option<bool>,
    /// Chart key `AIRFLOW__OPENSEARCH__HOST`: airflow  opensearch  host.
    #[serde(
        default,
        rename = "AIRFLOW__OPENSEARCH__HOST",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
    pub airflow_opensearch_host: Option<bool>,
}

/// Values under `secret.[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct SecretEnv {
    /// Chart key `envName`: env name.
    pub env_name: String,
    /// Name of the Kubernetes Secret.
    pub secret_name: String,
    /// Chart key `secretKey`: secret key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key: Option<String>,
}

/// Values under `extraSecrets.*`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct ExtraSecretValue {
    /// Kind of object.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Whether the job runs as a Helm hook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_helm_hooks: Option<bool>,
    /// Chart key `data`: data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// Chart key `stringData`: string data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub string_data: Option<String>,
}

/// Values under `extraConfigMaps.*`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct ExtraConfigMapValue {
    /// Labels added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// Annotations added to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Whether the job runs as a Helm hook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_helm_hooks: Option<bool>,
    /// Chart key `data`: data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
}
