//! External Secrets Operator objects: a `SecretStore` reading Azure Key Vault
//! with workload identity, and `ExternalSecret`s that copy Key Vault secrets
//! into the Kubernetes Secrets the values name.
//!
//! These are custom resources, so k8s-openapi has no types for them; the
//! structs here hold the fields this crate writes, with k8s-openapi's
//! `ObjectMeta`.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::{Deserialize, Serialize};

use crate::plan::{Plan, SecretRole};

/// The External Secrets API version to write.
///
/// `external-secrets.io/v1` is the default: the operator serves it since
/// release 0.16, and newer releases no longer serve `v1beta1`, so objects in
/// `v1beta1` (as seed 004 writes them) stop applying after an operator
/// upgrade. `V1beta1` remains for clusters whose operator predates `v1`. The
/// fields written here are the same in both versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub enum EsoApiVersion {
    /// `external-secrets.io/v1`.
    #[default]
    #[serde(rename = "external-secrets.io/v1")]
    V1,
    /// `external-secrets.io/v1beta1`.
    #[serde(rename = "external-secrets.io/v1beta1")]
    V1beta1,
}

/// The `kind` of a [`SecretStore`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum SecretStoreKind {
    /// `SecretStore`.
    #[default]
    SecretStore,
}

/// The `kind` of an [`ExternalSecret`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ExternalSecretKind {
    /// `ExternalSecret`.
    #[default]
    ExternalSecret,
}

/// A namespaced `SecretStore`: where ExternalSecrets of its namespace read from.
#[derive(bon::Builder, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SecretStore {
    /// API version.
    #[builder(default)]
    pub api_version: EsoApiVersion,
    /// Always `SecretStore`.
    #[builder(default)]
    pub kind: SecretStoreKind,
    /// Name and namespace.
    pub metadata: ObjectMeta,
    /// The provider.
    pub spec: SecretStoreSpec,
}

/// `spec` of a [`SecretStore`].
#[derive(bon::Builder, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct SecretStoreSpec {
    /// The provider; only Azure Key Vault is modeled.
    pub provider: SecretStoreProvider,
}

/// `spec.provider` of a [`SecretStore`].
#[derive(bon::Builder, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct SecretStoreProvider {
    /// Azure Key Vault.
    pub azurekv: AzureKeyVaultProvider,
}

/// How the operator authenticates to Azure Key Vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum AzureAuthType {
    /// Federated token of a Kubernetes ServiceAccount (no stored credential).
    WorkloadIdentity,
    /// The managed identity of the nodes.
    ManagedIdentity,
    /// A service principal's client secret from a Kubernetes Secret.
    ServicePrincipal,
}

/// `spec.provider.azurekv`.
#[derive(bon::Builder, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AzureKeyVaultProvider {
    /// How to authenticate.
    pub auth_type: AzureAuthType,
    /// `https://NAME.vault.azure.net/`.
    pub vault_url: String,
    /// The ServiceAccount whose federated token is used (workload identity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account_ref: Option<NameRef>,
}

/// A reference by name.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct NameRef {
    /// The object's name.
    pub name: String,
}

/// An `ExternalSecret`: one Kubernetes Secret filled from the store.
#[derive(bon::Builder, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalSecret {
    /// API version.
    #[builder(default)]
    pub api_version: EsoApiVersion,
    /// Always `ExternalSecret`.
    #[builder(default)]
    pub kind: ExternalSecretKind,
    /// Name and namespace.
    pub metadata: ObjectMeta,
    /// What to read and which Secret to write.
    pub spec: ExternalSecretSpec,
}

/// `spec` of an [`ExternalSecret`].
#[derive(bon::Builder, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalSecretSpec {
    /// How often the operator reads the store again (`1h`).
    pub refresh_interval: String,
    /// The store to read.
    pub secret_store_ref: SecretStoreRef,
    /// The Secret to write.
    pub target: ExternalSecretTarget,
    /// One entry per data key of the Secret.
    pub data: Vec<ExternalSecretData>,
}

/// `spec.secretStoreRef`.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct SecretStoreRef {
    /// `SecretStore` (namespaced).
    #[builder(default)]
    pub kind: SecretStoreKind,
    /// The store's name.
    pub name: String,
}

/// `spec.target`.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalSecretTarget {
    /// The Secret's name: the one the values refer to.
    pub name: String,
    /// Who owns the Secret.
    pub creation_policy: CreationPolicy,
}

/// `spec.target.creationPolicy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum CreationPolicy {
    /// The operator creates the Secret and deletes it with the ExternalSecret.
    Owner,
    /// The operator updates a Secret that exists already.
    Merge,
}

/// One entry of `spec.data`: a data key of the Secret and where it comes from.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalSecretData {
    /// The data key in the Kubernetes Secret.
    pub secret_key: String,
    /// The secret in the store.
    pub remote_ref: RemoteRef,
}

/// `remoteRef`: a secret of the store by name.
#[derive(bon::Builder, Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[builder(on(String, into))]
#[non_exhaustive]
pub struct RemoteRef {
    /// The Key Vault secret's name.
    pub key: String,
}

pub(super) fn meta(plan: &Plan, name: &str) -> ObjectMeta {
    ObjectMeta {
        name: Some(name.to_owned()),
        namespace: Some(plan.namespace().to_owned()),
        ..ObjectMeta::default()
    }
}

/// The plan's SecretStore: Azure Key Vault through the workload-identity
/// ServiceAccount.
#[must_use]
pub fn secret_store(plan: &Plan, api_version: EsoApiVersion) -> SecretStore {
    SecretStore {
        api_version,
        kind: SecretStoreKind::SecretStore,
        metadata: meta(plan, plan.secret_store()),
        spec: SecretStoreSpec {
            provider: SecretStoreProvider {
                azurekv: AzureKeyVaultProvider {
                    auth_type: AzureAuthType::WorkloadIdentity,
                    vault_url: plan.key_vault_url().to_owned(),
                    service_account_ref: Some(NameRef {
                        name: plan.service_account().to_owned(),
                    }),
                },
            },
        },
    }
}

/// The Key Vault secret that holds `data_key` of the Secret for `role`.
///
/// Key Vault names allow letters, digits and `-`: a one-key Secret reads the
/// Key Vault secret of its own name (`airflow-fernet-key`), a Secret with
/// several keys one per key (`airflow-pgbouncer-config-users-txt`); the logs
/// storage credentials keep the names seed 003 stores them under.
#[must_use]
pub fn remote_key(plan: &Plan, role: SecretRole, data_key: &str) -> String {
    match (role, data_key) {
        (SecretRole::LogsStorage, "azurestorageaccountname") => {
            "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME".to_owned()
        }
        (SecretRole::LogsStorage, _) => "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY".to_owned(),
        _ if role.data_keys().len() == 1 => plan.secret(role).replace('.', "-"),
        _ => format!("{}-{}", plan.secret(role), data_key)
            .replace(['.', '_'], "-")
            .to_ascii_lowercase(),
    }
}

/// The ExternalSecret that writes the plan's Secret for `role`, named after it.
#[must_use]
pub fn external_secret(
    plan: &Plan,
    role: SecretRole,
    api_version: EsoApiVersion,
    refresh_interval: &str,
) -> ExternalSecret {
    let name = plan.secret(role);
    ExternalSecret {
        api_version,
        kind: ExternalSecretKind::ExternalSecret,
        metadata: meta(plan, name),
        spec: ExternalSecretSpec {
            refresh_interval: refresh_interval.to_owned(),
            secret_store_ref: SecretStoreRef {
                kind: SecretStoreKind::SecretStore,
                name: plan.secret_store().to_owned(),
            },
            target: ExternalSecretTarget {
                name: name.to_owned(),
                creation_policy: CreationPolicy::Owner,
            },
            data: role
                .data_keys()
                .iter()
                .map(|key| ExternalSecretData {
                    secret_key: (*key).to_owned(),
                    remote_ref: RemoteRef {
                        key: remote_key(plan, role, key),
                    },
                })
                .collect(),
        },
    }
}
