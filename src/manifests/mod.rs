//! Companion Kubernetes objects: what a deployment applies next to the chart,
//! typed with k8s-openapi (and small structs of their own for the External
//! Secrets and cert-manager custom resources).
//!
//! [`build`] derives every object from a [`Plan`], the same plan whose
//! [`apply_to`](Plan::apply_to) writes the names into the values, so the
//! Secret, claim and ServiceAccount names cannot differ between the two.
//! [`Manifests::to_yaml`] writes them as one multi-document YAML file in
//! dependency order: Namespace, ServiceAccount, Secret, SecretStore,
//! ExternalSecret, PersistentVolume, PersistentVolumeClaim, ClusterIssuer,
//! Ingress.
//!
//! ```
//! use airflow_values::check::Profile;
//! use airflow_values::manifests::{self, SecretSource};
//! use airflow_values::official::ChartVersion;
//! use airflow_values::plan::{IngressOwner, Plan};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let plan = Plan::builder(ChartVersion::V1_15_0)
//!     .workload_identity("00001111-aaaa-2222-bbbb-3333cccc4444", "aaaabbbb-0000-cccc-1111-dddd2222eeee")
//!     .key_vault_url("https://contoso-kv.vault.azure.net/")
//!     .logs_on_blob("contoso-rg", "contosologs", "airflow-logs")
//!     .ingress(IngressOwner::Chart, "airflow.contoso.com", "ops@contoso.com")
//!     .build()?;
//! let objects = manifests::build(&plan, &SecretSource::key_vault(), Profile::Production)?;
//! let kinds: Vec<&str> = objects.iter().map(|m| m.kind()).collect();
//! assert_eq!(kinds[..3], ["Namespace", "ServiceAccount", "SecretStore"]);
//! assert!(objects.to_yaml()?.contains("apiVersion: external-secrets.io/v1\n"));
//! # Ok(())
//! # }
//! ```

mod cert_manager;
mod external_secrets;
mod ingress;
mod secrets;
mod service_account;
mod storage;

use std::fmt;

use k8s_openapi::api::core::v1::{
    Namespace, PersistentVolume, PersistentVolumeClaim, Secret, ServiceAccount,
};
use k8s_openapi::api::networking::v1::Ingress;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::Serialize;

pub use cert_manager::{
    Acme, AcmeSolver, CertManagerApiVersion, ClusterIssuer, ClusterIssuerKind, ClusterIssuerSpec,
    Http01, Http01Ingress, SecretKeySelector, cluster_issuer,
};
pub use external_secrets::{
    AzureAuthType, AzureKeyVaultProvider, CreationPolicy, EsoApiVersion, ExternalSecret,
    ExternalSecretData, ExternalSecretKind, ExternalSecretSpec, ExternalSecretTarget, NameRef,
    RemoteRef, SecretStore, SecretStoreKind, SecretStoreProvider, SecretStoreRef, SecretStoreSpec,
    external_secret, remote_key, secret_store,
};
pub use ingress::{CLUSTER_ISSUER_ANNOTATION, ingress};
pub use secrets::DevSecrets;
pub use service_account::{CLIENT_ID_ANNOTATION, TENANT_ID_ANNOTATION, namespace, service_account};
pub use storage::{BLOB_DRIVER, FILES_DRIVER, persistent_volume, persistent_volume_claim};

use crate::findings::Profile;
use crate::plan::{IngressOwner, Plan};
use crate::types::secret::SecretError;
use crate::yaml::{self, YamlError};

/// Why the objects of a plan could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ManifestError {
    /// Plain Secrets were asked for under the production profile.
    #[error(
        "plain Secrets put the fernet key, session keys and database password into the manifest file; the production profile needs them from Key Vault: use SecretSource::key_vault()"
    )]
    PlainSecretsInProduction,
    /// The metadata connection of a plain Secret does not ask for TLS.
    #[error(
        "the metadata connection `{connection}` does not ask for TLS; add `?sslmode=require` (or verify-full)"
    )]
    MetadataWithoutTls {
        /// The connection, password redacted.
        connection: String,
    },
    /// A plain Secret needs a value the caller did not give.
    #[error("no value for the plain Secret `{secret}`; give it to DevSecrets")]
    MissingDevSecret {
        /// The Secret's name.
        secret: String,
    },
    /// Plain Secrets for pgbouncer's configuration are not generated.
    #[error(
        "plain Secret `{secret}` for pgbouncer is not generated here; build the plan with .pgbouncer_secrets(false) so the chart renders pgbouncer's configuration"
    )]
    PlainPgbouncerSecret {
        /// The Secret's name.
        secret: String,
    },
    /// A key could not be generated.
    #[error("cannot generate a key")]
    Generate(#[from] SecretError),
}

/// Where the Secrets the values name come from.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum SecretSource {
    /// Azure Key Vault through the External Secrets Operator: a SecretStore
    /// and one ExternalSecret per Secret (production).
    KeyVault {
        /// API version of the External Secrets objects.
        api_version: EsoApiVersion,
        /// How often the operator reads Key Vault again (`1h`).
        refresh_interval: String,
    },
    /// Plain Secrets with generated keys, for a development cluster; refused
    /// by [`Profile::Production`].
    Plain(DevSecrets),
}

impl SecretSource {
    /// Key Vault through External Secrets `v1`, read again every hour.
    #[must_use]
    pub fn key_vault() -> Self {
        SecretSource::KeyVault {
            api_version: EsoApiVersion::V1,
            refresh_interval: "1h".to_owned(),
        }
    }
}

/// One companion object.
#[derive(Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Manifest {
    /// A Namespace.
    Namespace(Box<Namespace>),
    /// A ServiceAccount.
    ServiceAccount(Box<ServiceAccount>),
    /// A plain Secret (development only).
    Secret(Box<Secret>),
    /// An External Secrets SecretStore.
    SecretStore(Box<SecretStore>),
    /// An External Secrets ExternalSecret.
    ExternalSecret(Box<ExternalSecret>),
    /// A PersistentVolume.
    PersistentVolume(Box<PersistentVolume>),
    /// A PersistentVolumeClaim.
    PersistentVolumeClaim(Box<PersistentVolumeClaim>),
    /// A cert-manager ClusterIssuer.
    ClusterIssuer(Box<ClusterIssuer>),
    /// A networking.k8s.io/v1 Ingress.
    Ingress(Box<Ingress>),
}

impl Manifest {
    /// The object's `kind`.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Manifest::Namespace(_) => "Namespace",
            Manifest::ServiceAccount(_) => "ServiceAccount",
            Manifest::Secret(_) => "Secret",
            Manifest::SecretStore(_) => "SecretStore",
            Manifest::ExternalSecret(_) => "ExternalSecret",
            Manifest::PersistentVolume(_) => "PersistentVolume",
            Manifest::PersistentVolumeClaim(_) => "PersistentVolumeClaim",
            Manifest::ClusterIssuer(_) => "ClusterIssuer",
            Manifest::Ingress(_) => "Ingress",
        }
    }

    /// The object's metadata.
    #[must_use]
    pub fn metadata(&self) -> &ObjectMeta {
        match self {
            Manifest::Namespace(o) => &o.metadata,
            Manifest::ServiceAccount(o) => &o.metadata,
            Manifest::Secret(o) => &o.metadata,
            Manifest::SecretStore(o) => &o.metadata,
            Manifest::ExternalSecret(o) => &o.metadata,
            Manifest::PersistentVolume(o) => &o.metadata,
            Manifest::PersistentVolumeClaim(o) => &o.metadata,
            Manifest::ClusterIssuer(o) => &o.metadata,
            Manifest::Ingress(o) => &o.metadata,
        }
    }

    /// `metadata.name`.
    #[must_use]
    pub fn name(&self) -> &str {
        self.metadata().name.as_deref().unwrap_or_default()
    }

    /// Whether objects of this kind live in a namespace.
    #[must_use]
    pub fn is_namespaced(&self) -> bool {
        !matches!(
            self,
            Manifest::Namespace(_) | Manifest::PersistentVolume(_) | Manifest::ClusterIssuer(_)
        )
    }

    /// Position in the apply order: what others depend on comes first.
    fn rank(&self) -> u8 {
        match self {
            Manifest::Namespace(_) => 0,
            Manifest::ServiceAccount(_) => 1,
            Manifest::Secret(_) => 2,
            Manifest::SecretStore(_) => 3,
            Manifest::ExternalSecret(_) => 4,
            Manifest::PersistentVolume(_) => 5,
            Manifest::PersistentVolumeClaim(_) => 6,
            Manifest::ClusterIssuer(_) => 7,
            Manifest::Ingress(_) => 8,
        }
    }
}

/// Kind, namespace and name only: a plain Secret's data is never printed.
impl fmt::Debug for Manifest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}(", self.kind())?;
        if let Some(namespace) = &self.metadata().namespace {
            write!(f, "{namespace}/")?;
        }
        write!(f, "{})", self.name())
    }
}

/// The objects of a plan, in apply order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Manifests {
    objects: Vec<Manifest>,
}

impl Manifests {
    /// The objects, in apply order.
    pub fn iter(&self) -> std::slice::Iter<'_, Manifest> {
        self.objects.iter()
    }

    /// The object of `kind` named `name`, if there is one.
    #[must_use]
    pub fn get(&self, kind: &str, name: &str) -> Option<&Manifest> {
        self.objects
            .iter()
            .find(|m| m.kind() == kind && m.name() == name)
    }

    /// Every object as one multi-document YAML text, `---` between documents.
    ///
    /// # Errors
    /// [`YamlError`] if serialization fails, which these types do not cause.
    pub fn to_yaml(&self) -> Result<String, YamlError> {
        yaml::to_string_multiple(&self.objects)
    }
}

impl<'a> IntoIterator for &'a Manifests {
    type Item = &'a Manifest;
    type IntoIter = std::slice::Iter<'a, Manifest>;
    fn into_iter(self) -> Self::IntoIter {
        self.objects.iter()
    }
}

/// Every object the plan needs beside the chart: the Namespace, the
/// workload-identity ServiceAccount, the Secrets the values name (as
/// ExternalSecrets with their SecretStore, or as plain Secrets), the logs
/// PersistentVolume and claim, and with an Ingress plan the ClusterIssuer
/// (plus the Ingress itself when the plan does not leave it to the chart).
///
/// # Errors
/// [`ManifestError::PlainSecretsInProduction`] for plain Secrets under
/// [`Profile::Production`]; for plain Secrets also
/// [`ManifestError::MetadataWithoutTls`], [`ManifestError::MissingDevSecret`],
/// [`ManifestError::PlainPgbouncerSecret`] and [`ManifestError::Generate`].
pub fn build(
    plan: &Plan,
    secrets: &SecretSource,
    profile: Profile,
) -> Result<Manifests, ManifestError> {
    let mut objects = vec![
        Manifest::Namespace(Box::new(namespace(plan))),
        Manifest::ServiceAccount(Box::new(service_account(plan))),
    ];
    match secrets {
        SecretSource::KeyVault {
            api_version,
            refresh_interval,
        } => {
            objects.push(Manifest::SecretStore(Box::new(secret_store(
                plan,
                *api_version,
            ))));
            for role in plan.secret_roles() {
                objects.push(Manifest::ExternalSecret(Box::new(external_secret(
                    plan,
                    role,
                    *api_version,
                    refresh_interval,
                ))));
            }
        }
        SecretSource::Plain(dev) => {
            if profile >= Profile::Production {
                return Err(ManifestError::PlainSecretsInProduction);
            }
            for secret in secrets::plain_secrets(plan, dev)? {
                objects.push(Manifest::Secret(Box::new(secret)));
            }
        }
    }
    objects.push(Manifest::PersistentVolume(Box::new(persistent_volume(
        plan,
    ))));
    objects.push(Manifest::PersistentVolumeClaim(Box::new(
        persistent_volume_claim(plan),
    )));
    if let Some(entry) = plan.ingress() {
        objects.push(Manifest::ClusterIssuer(Box::new(cluster_issuer(entry))));
        if entry.owner == IngressOwner::Manifests {
            objects.push(Manifest::Ingress(Box::new(ingress(plan, entry))));
        }
    }
    objects.sort_by_key(Manifest::rank);
    Ok(Manifests { objects })
}
