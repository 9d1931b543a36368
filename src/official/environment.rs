//! Environment variables and the Secrets and ConfigMaps the chart creates for them.

use super::prelude::*;

values_struct! {
    /// Values under `enableBuiltInSecretEnvVars`.
    #[derive(Default)]
    pub struct EnableBuiltInSecretEnvVars {
        /// Whether Airflow containers get `AIRFLOW__CORE__FERNET_KEY` from the Fernet key Secret.
        #[serde(rename = "AIRFLOW__CORE__FERNET_KEY")]
        airflow_core_fernet_key: bool,
        /// Whether Airflow containers get `AIRFLOW__CORE__SQL_ALCHEMY_CONN` (the older name) from the metadata Secret.
        #[serde(rename = "AIRFLOW__CORE__SQL_ALCHEMY_CONN")]
        airflow_core_sql_alchemy_conn: bool,
        /// Whether Airflow containers get `AIRFLOW__DATABASE__SQL_ALCHEMY_CONN` from the metadata Secret.
        #[serde(rename = "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")]
        airflow_database_sql_alchemy_conn: bool,
        /// Whether Airflow containers get the `airflow_db` connection (`AIRFLOW_CONN_AIRFLOW_DB`) from the metadata Secret.
        #[serde(rename = "AIRFLOW_CONN_AIRFLOW_DB")]
        airflow_conn_airflow_db: bool,
        /// Whether Airflow containers get `AIRFLOW__API__SECRET_KEY` from the API secret key Secret.
        #[serde(rename = "AIRFLOW__API__SECRET_KEY")]
        airflow_api_secret_key: bool,
        /// Whether Airflow containers get `AIRFLOW__API_AUTH__JWT_SECRET` from the JWT Secret.
        #[serde(rename = "AIRFLOW__API_AUTH__JWT_SECRET")]
        airflow_api_auth_jwt_secret: bool,
        /// Whether Airflow containers get `AIRFLOW__WEBSERVER__SECRET_KEY` from the webserver secret key Secret.
        #[serde(rename = "AIRFLOW__WEBSERVER__SECRET_KEY")]
        airflow_webserver_secret_key: bool,
        /// Whether Airflow containers get `AIRFLOW__CELERY__CELERY_RESULT_BACKEND` (the older name) from the result backend Secret.
        #[serde(rename = "AIRFLOW__CELERY__CELERY_RESULT_BACKEND")]
        airflow_celery_celery_result_backend: bool,
        /// Whether Airflow containers get `AIRFLOW__CELERY__RESULT_BACKEND` from the result backend Secret.
        #[serde(rename = "AIRFLOW__CELERY__RESULT_BACKEND")]
        airflow_celery_result_backend: bool,
        /// Whether Airflow containers get `AIRFLOW__CELERY__BROKER_URL` from the broker URL Secret.
        #[serde(rename = "AIRFLOW__CELERY__BROKER_URL")]
        airflow_celery_broker_url: bool,
        /// Whether Airflow containers get `AIRFLOW__ELASTICSEARCH__HOST` from the Elasticsearch Secret.
        #[serde(rename = "AIRFLOW__ELASTICSEARCH__HOST")]
        airflow_elasticsearch_host: bool,
        /// Whether Airflow containers get `AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST` (the older name) from the Elasticsearch Secret.
        #[serde(rename = "AIRFLOW__ELASTICSEARCH__ELASTICSEARCH_HOST")]
        airflow_elasticsearch_elasticsearch_host: bool,
        /// Whether Airflow containers get `AIRFLOW__OPENSEARCH__HOST` from the OpenSearch Secret.
        #[serde(rename = "AIRFLOW__OPENSEARCH__HOST")]
        airflow_opensearch_host: bool,
    }
}

values_struct! {
    /// Values under `secret.[]`.
    pub struct SecretEnv {
        /// Name of the environment variable that receives the value.
        env_name: raw String,
        /// Name of the Kubernetes Secret.
        secret_name: raw String,
        /// Key in the Secret whose value the variable gets.
        secret_key: String,
    }
}

values_struct! {
    /// Values under `extraSecrets.*`.
    #[derive(Default)]
    pub struct ExtraSecretValue {
        /// The Secret's `type`, such as `Opaque` or `kubernetes.io/dockerconfigjson`.
        #[serde(rename = "type")]
        type_: String,
        /// Labels added to the object.
        labels: BTreeMap<String, String>,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// Whether the object is created as a Helm pre-install/pre-upgrade hook, before the pods.
        use_helm_hooks: bool,
        /// The Secret's `data` as YAML text (templated), values base64 encoded.
        data: SecretValue,
        /// The Secret's `stringData` as YAML text (templated), values in plain text.
        string_data: SecretValue,
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
        /// Whether the object is created as a Helm pre-install/pre-upgrade hook, before the pods.
        use_helm_hooks: bool,
        /// The ConfigMap's `data` as YAML text (templated).
        data: String,
    }
}

impl SecretEnv {
    /// An entry of `secret:`: the variable `env_name` of every Airflow
    /// container gets key `key` of Secret `secret`.
    ///
    /// ```
    /// use airflow_values::official::SecretEnv;
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let entry = SecretEnv::new("AIRFLOW_CONN_WAREHOUSE", &"warehouse".parse()?, &"uri".parse()?);
    /// assert_eq!(entry.secret_name, "warehouse");
    /// # Ok(())
    /// # }
    /// ```
    pub fn new(
        env_name: impl Into<String>,
        secret: &crate::types::SecretName,
        key: &crate::types::SecretKeyName,
    ) -> Self {
        SecretEnv::builder()
            .env_name(env_name)
            .secret_name(secret.as_str())
            .secret_key(key.as_str())
            .build()
    }
}
