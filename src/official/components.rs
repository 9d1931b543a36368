//! Airflow components and the pieces they share: service accounts, the log
//! groomer sidecar and the default user.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::ResourceRequirements;
use serde::{Deserialize, Serialize};

use crate::types::secret::Password;

/// A component's Kubernetes ServiceAccount.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct ServiceAccount {
    /// Mount the account's API token into pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automount_service_account_token: Option<bool>,
    /// Create the ServiceAccount (otherwise `name` must exist).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create: Option<bool>,
    /// Name of the ServiceAccount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub name: Option<String>,
    /// Annotations, such as Azure workload identity's client id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// The sidecar that deletes old log files from the log volume.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct LogGroomerSidecar {
    /// Run the sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Days to keep log files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<u32>,
    /// Resources of the sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
}

impl LogGroomerSidecar {
    /// The sidecar switched off.
    pub fn disabled() -> Self {
        LogGroomerSidecar {
            enabled: Some(false),
            ..LogGroomerSidecar::default()
        }
    }
}

/// A long-running Airflow component: `scheduler`, `triggerer` or `workers`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Component {
    /// Number of pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<u32>,
    /// Container resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
    /// The component's ServiceAccount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// The log groomer sidecar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_groomer_sidecar: Option<LogGroomerSidecar>,
}

/// The Airflow 2 webserver (`webserver`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Webserver {
    /// Deploy the webserver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<u32>,
    /// Container resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
    /// The webserver's ServiceAccount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// The user that the create-user job makes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user: Option<DefaultUser>,
}

/// The Airflow 3 API server (`apiServer`, chart 1.16.0 and later).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct ApiServer {
    /// Deploy the API server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<u32>,
    /// Container resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
    /// The API server's ServiceAccount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
}

/// `createUserJob`: the job that creates the default user.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct CreateUserJob {
    /// Run the job as a Helm hook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_helm_hooks: Option<bool>,
    /// Give the job the custom `env` of the other components.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_custom_env: Option<bool>,
    /// The job's ServiceAccount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<ServiceAccount>,
    /// The user to create (chart 1.22.0 reads it here; 1.15.0 under `webserver`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user: Option<DefaultUser>,
}

/// The user that the create-user job makes (`admin`/`admin` by default).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, bon::Builder)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct DefaultUser {
    /// Create the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Role of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub role: Option<String>,
    /// Login name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub username: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub email: Option<String>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(into)]
    pub last_name: Option<String>,
    /// Password, in clear text in the values file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<Password>,
}
