//! Environment variables and the Secrets and ConfigMaps the chart creates for them.

use super::prelude::*;

values_struct! {
    /// Values under `enableBuiltInSecretEnvVars`.
    #[derive(Default)]
    pub struct EnableBuiltInSecretEnvVars {
        /// Chart key `AIRFLOW__CORE__FERNET_KEY`: airflow  core  fernet key.
        #[serde(rename = "AIRFLOW__CORE__FERNET_KEY")]
        airflow_core_fernet_key: bool,
        /// Chart key `AIRFLOW__CORE__SQL_ALCHEMY_CONN`: airflow  core  sql alchemy conn.
        #[serde(rename = "AIRFLOW__CORE__SQL_ALCHEMY_CONN")]
        #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
        airflow_core_sql_alchemy_conn: bool,
        /// Chart key `AIRFLOW__DATABASE__SQL_ALCHEMY_CONN`: airflow  database  sql alchemy conn.
        #[serde(rename = "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")]
        airflow_database_sql_alchemy_conn: bool,
        /// Chart key `AIRFLOW_CONN_AIRFLOW_DB`: airflow conn airflow db.
        #[serde(rename = "AIRFLOW_CONN_AIRFLOW_DB")]
        airflow_conn_airflow_db: bool,
        /// Chart key `AIRFLOW__API__SECRET_KEY`: airflow  api  secret key.
        #[serde(rename = "AIRFLOW__API__SECRET_KEY")]
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        airflow_api_secret_key: bool,
        /// Chart key `AIRFLOW__API_AUTH__JWT_SECRET`: airflow  api auth  jwt secret.
        #[serde(rename = "AIRFLOW__API_AUTH__JWT_SECRET")]
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        airflow_api_auth_jwt_secret: bool,
        /// Chart key `AIRFLOW__WEBSERVER__SECRET_KEY`: airflow  webserver  secret key.
        #[serde(rename = "AIRFLOW__WEBSERVER__SECRET_KEY")]
        airflow_webserver_secret_key: bool,
        /// Chart key `AIRFLOW__CELERY__CELERY_RESULT_BACKEND`: airflow  celery  celery result backend.
        #[serde(rename = "AIRFLOW__CELERY__CELERY_RESULT_BACKEND")]
        #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
        airflow_celery_celery_result_backend: bool,
        /// Chart key `AIRFLOW__CELERY__RESULT_BACKEND`: airflow  celery  result backend.
        #[serde(rename = "AIRFLOW__CELERY__RESULT_BACKEND")]
        airflow_celery_result_backend: bool,
        /// Chart key `AIRFLOW__CELERY__BROKER_URL`: airflow  celery  broker url.
        #[serde(rename = "AIRFLOW__CELERY__BROKER_URL")]
        airflow_celery_broker_url: bool,
        /// Chart key `AIRFLOW__ELASTICSEARCH__HOST`: airflow  elasticsearch  host.
        #[serde(rename = "AIRFLOW__ELASTICSEARCH__HOST")]
        airflow_elasticsearch_host: bool,
        /// Chart key `AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST`: airflow  elasticsearch  elasticsearch host.
        #[serde(rename = "AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST")]
        #[schemars(extend("x-chart-versions" = ["1.15.0"]))]
        airflow_elasticsearch_elasticsearch_host: bool,
        /// Chart key `AIRFLOW__OPENSEARCH__HOST`: airflow  opensearch  host.
        #[serde(rename = "AIRFLOW__OPENSEARCH__HOST")]
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        airflow_opensearch_host: bool,
    }
}

values_struct! {
    /// Values under `secret.[]`.
    pub struct SecretEnv {
        /// Chart key `envName`: env name.
        env_name: raw String,
        /// Name of the Kubernetes Secret.
        secret_name: raw String,
        /// Chart key `secretKey`: secret key.
        secret_key: String,
    }
}

values_struct! {
    /// Values under `extraSecrets.*`.
    #[derive(Default)]
    pub struct ExtraSecretValue {
        /// Kind of object.
        #[serde(rename = "type")]
        type_: String,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Whether the job runs as a Helm hook.
        use_helm_hooks: bool,
        /// Chart key `data`: data.
        data: String,
        /// Chart key `stringData`: string data.
        string_data: String,
    }
}

values_struct! {
    /// Values under `extraConfigMaps.*`.
    #[derive(Default)]
    pub struct ExtraConfigMapValue {
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Whether the job runs as a Helm hook.
        use_helm_hooks: bool,
        /// Chart key `data`: data.
        data: String,
    }
}
