//! Plain Kubernetes Secrets for a development cluster: generated keys, and
//! the connection and ssh key given by the caller.
//!
//! A plain Secret puts the secret into the manifest file, which ends up in a
//! shell history, a CI log or a repository; [`build`](super::build) refuses
//! this path under [`Profile::Production`](crate::findings::Profile), where the
//! Secrets come from Key Vault through External Secrets instead.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::Secret;

use super::ManifestError;
use super::external_secrets::meta;
use crate::plan::{LogsBackend, Plan, SecretRole};
use crate::types::database::{SqlAlchemyUrl, SslMode};
use crate::types::secret::{FernetKey, SecretKey, SecretValue};

/// What a development cluster's Secrets are made of beyond the generated keys.
#[derive(Debug, Clone)]
#[must_use]
pub struct DevSecrets {
    metadata_connection: SqlAlchemyUrl,
    git_ssh_key: Option<SecretValue>,
    storage_account_key: Option<SecretValue>,
}

impl DevSecrets {
    /// The metadata database's connection; it must ask for TLS
    /// (`sslmode=require` or stronger), as Azure Database for PostgreSQL does.
    pub fn new(metadata_connection: SqlAlchemyUrl) -> Self {
        DevSecrets {
            metadata_connection,
            git_ssh_key: None,
            storage_account_key: None,
        }
    }

    /// The private key git-sync clones the DAG repository with.
    pub fn git_ssh_key(self, key: SecretValue) -> Self {
        DevSecrets {
            git_ssh_key: Some(key),
            ..self
        }
    }

    /// The storage account key the logs volume mounts with.
    pub fn storage_account_key(self, key: SecretValue) -> Self {
        DevSecrets {
            storage_account_key: Some(key),
            ..self
        }
    }
}

/// The plan's Secrets as plain objects, in role order, with newly generated
/// fernet, webserver, API and JWT keys.
pub(super) fn plain_secrets(plan: &Plan, dev: &DevSecrets) -> Result<Vec<Secret>, ManifestError> {
    let mut out = Vec::new();
    for role in plan.secret_roles() {
        let missing = || ManifestError::MissingDevSecret {
            secret: plan.secret(role).to_owned(),
        };
        let data: Vec<(&str, String)> = match role {
            SecretRole::FernetKey => {
                vec![(
                    "fernet-key",
                    FernetKey::generate()?.expose_secret().to_owned(),
                )]
            }
            SecretRole::WebserverSecretKey | SecretRole::ApiSecretKey | SecretRole::JwtSecret => {
                let key = role.data_keys().first().copied().unwrap_or_default();
                vec![(key, SecretKey::generate()?.expose_secret().to_owned())]
            }
            SecretRole::Metadata => {
                let url = &dev.metadata_connection;
                if url.sslmode().is_none_or(|mode| mode < SslMode::Require) {
                    return Err(ManifestError::MetadataWithoutTls {
                        connection: url.to_string(),
                    });
                }
                vec![("connection", url.expose_secret())]
            }
            SecretRole::PgbouncerConfig | SecretRole::PgbouncerStats => {
                return Err(ManifestError::PlainPgbouncerSecret {
                    secret: plan.secret(role).to_owned(),
                });
            }
            SecretRole::GitSshKey => vec![(
                "gitSshKey",
                dev.git_ssh_key
                    .as_ref()
                    .ok_or_else(missing)?
                    .expose_secret()
                    .to_owned(),
            )],
            SecretRole::LogsStorage => {
                let account = match &plan.logs().backend {
                    LogsBackend::Blob {
                        storage_account, ..
                    }
                    | LogsBackend::Files {
                        storage_account, ..
                    } => storage_account.clone(),
                };
                let key = dev.storage_account_key.as_ref().ok_or_else(missing)?;
                vec![
                    ("azurestorageaccountname", account),
                    ("azurestorageaccountkey", key.expose_secret().to_owned()),
                ]
            }
        };
        out.push(Secret {
            metadata: meta(plan, plan.secret(role)),
            type_: Some("Opaque".to_owned()),
            string_data: Some(
                data.into_iter()
                    .map(|(k, v)| (k.to_owned(), v))
                    .collect::<BTreeMap<_, _>>(),
            ),
            ..Secret::default()
        });
    }
    Ok(out)
}
