//! One typed description of a deployment, from which both the values and the
//! companion Kubernetes objects are derived.
//!
//! A values file names things that other objects must create: the Secret
//! holding the fernet key, the claim the logs go to, the Secret with the git
//! ssh key. Written by hand in two places, the names drift apart and the pods
//! wait forever for a Secret that does not exist. A [`Plan`] holds each name
//! once; [`Plan::apply_to`] writes them into [`Values`] and
//! [`manifests::build`](crate::manifests::build) creates the objects with the
//! same names.
//!
//! ```
//! use airflow_values::manifests::{self, SecretSource};
//! use airflow_values::check::Profile;
//! use airflow_values::official::{ChartVersion, Values};
//! use airflow_values::plan::{IngressOwner, Plan, SecretRole};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let plan = Plan::builder(ChartVersion::V1_15_0)
//!     .workload_identity("00001111-aaaa-2222-bbbb-3333cccc4444", "aaaabbbb-0000-cccc-1111-dddd2222eeee")
//!     .key_vault_url("https://contoso-kv.vault.azure.net/")
//!     .logs_on_blob("contoso-rg", "contosologs", "airflow-logs")
//!     .no_ingress()
//!     .secret_name(SecretRole::FernetKey, "prod-fernet-key")
//!     .build()?;
//! let mut values = Values::default();
//! plan.apply_to(&mut values);
//! assert_eq!(values.to_yaml()?.lines().find(|l| l.starts_with("fernetKeySecretName")),
//!     Some("fernetKeySecretName: prod-fernet-key"));
//!
//! let objects = manifests::build(&plan, &SecretSource::key_vault(), Profile::Production)?;
//! assert!(objects.to_yaml()?.contains("name: prod-fernet-key\n"));
//! # Ok(())
//! # }
//! ```

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::api::resource::Quantity;

use crate::official::{
    ChartVersion, Data, Ingress, IngressComponent, IngressHost, LogPersistence, Logs,
    MetricsExporterSidecar, PathType, Values,
};
use crate::types::dns::{DnsLabel, DnsNameError, DnsSubdomain};
use crate::types::nullable::Nullable;
use crate::types::secret::SecretName;

/// Why a [`Plan`] could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PlanError {
    /// An object name is not a valid Kubernetes name (a DNS-1123 label for
    /// the namespace and the release, a subdomain for the others).
    #[error("invalid {field} name: {source}")]
    Name {
        /// Which name (`namespace`, `logs claim`, `fernet-key Secret`, …).
        field: String,
        /// What is wrong with it.
        #[source]
        source: DnsNameError,
    },
    /// An Azure client or tenant id is not a GUID.
    #[error(
        "{field} is not a GUID; write it as 8-4-4-4-12 hex digits, as `az identity show` prints it"
    )]
    Guid {
        /// `client id` or `tenant id`.
        field: &'static str,
    },
    /// Something only the user knows was not given: the plan has no
    /// placeholder for it.
    #[error("the plan needs the {field}; {hint}")]
    Missing {
        /// Which setting.
        field: &'static str,
        /// The builder call that gives it.
        hint: &'static str,
    },
    /// A URL or host is malformed.
    #[error("{field} `{value}` is invalid; {hint}")]
    Invalid {
        /// Which setting.
        field: &'static str,
        /// The value given.
        value: String,
        /// What to write instead.
        hint: &'static str,
    },
}

/// What a Secret named by the values holds; each role has its own name in
/// the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum SecretRole {
    /// `fernetKeySecretName`: key `fernet-key`.
    FernetKey,
    /// `webserverSecretKeySecretName` (Airflow 2): key `webserver-secret-key`.
    WebserverSecretKey,
    /// `apiSecretKeySecretName` (Airflow 3): key `api-secret-key`.
    ApiSecretKey,
    /// `jwtSecretName` (Airflow 3): key `jwt-secret`.
    JwtSecret,
    /// `data.metadataSecretName`: key `connection`, the SQLAlchemy URL.
    Metadata,
    /// `pgbouncer.configSecretName`: keys `pgbouncer.ini` and `users.txt`.
    PgbouncerConfig,
    /// `pgbouncer.metricsExporterSidecar.statsSecretName`: key `connection`.
    PgbouncerStats,
    /// `dags.gitSync.sshKeySecret`: key `gitSshKey`, the private key.
    GitSshKey,
    /// The storage account credentials the logs volume mounts with
    /// (`azurestorageaccountname`, `azurestorageaccountkey`).
    LogsStorage,
}

impl SecretRole {
    /// Every role, in the order the objects are written.
    pub const ALL: &'static [SecretRole] = &[
        SecretRole::FernetKey,
        SecretRole::WebserverSecretKey,
        SecretRole::ApiSecretKey,
        SecretRole::JwtSecret,
        SecretRole::Metadata,
        SecretRole::PgbouncerConfig,
        SecretRole::PgbouncerStats,
        SecretRole::GitSshKey,
        SecretRole::LogsStorage,
    ];

    /// The name the plan gives the Secret unless told otherwise.
    #[must_use]
    pub fn default_name(self) -> &'static str {
        match self {
            SecretRole::FernetKey => "airflow-fernet-key",
            SecretRole::WebserverSecretKey => "airflow-webserver-secret-key",
            SecretRole::ApiSecretKey => "airflow-api-secret-key",
            SecretRole::JwtSecret => "airflow-jwt-secret",
            SecretRole::Metadata => "airflow-metadata",
            SecretRole::PgbouncerConfig => "airflow-pgbouncer-config",
            SecretRole::PgbouncerStats => "airflow-pgbouncer-stats",
            SecretRole::GitSshKey => "airflow-git-ssh-secret",
            SecretRole::LogsStorage => "storage-account-credentials",
        }
    }

    /// The data keys the chart (or the CSI driver) reads from the Secret.
    #[must_use]
    pub fn data_keys(self) -> &'static [&'static str] {
        match self {
            SecretRole::FernetKey => &["fernet-key"],
            SecretRole::WebserverSecretKey => &["webserver-secret-key"],
            SecretRole::ApiSecretKey => &["api-secret-key"],
            SecretRole::JwtSecret => &["jwt-secret"],
            SecretRole::Metadata | SecretRole::PgbouncerStats => &["connection"],
            SecretRole::PgbouncerConfig => &["pgbouncer.ini", "users.txt"],
            SecretRole::GitSshKey => &["gitSshKey"],
            SecretRole::LogsStorage => &["azurestorageaccountname", "azurestorageaccountkey"],
        }
    }

    /// A short description for messages (`fernet-key Secret`).
    fn label(self) -> &'static str {
        match self {
            SecretRole::FernetKey => "fernet-key Secret",
            SecretRole::WebserverSecretKey => "webserver-secret-key Secret",
            SecretRole::ApiSecretKey => "api-secret-key Secret",
            SecretRole::JwtSecret => "jwt-secret Secret",
            SecretRole::Metadata => "metadata-connection Secret",
            SecretRole::PgbouncerConfig => "pgbouncer-config Secret",
            SecretRole::PgbouncerStats => "pgbouncer-stats Secret",
            SecretRole::GitSshKey => "git-ssh-key Secret",
            SecretRole::LogsStorage => "logs-storage Secret",
        }
    }
}

/// Where the logs volume keeps its files.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LogsBackend {
    /// An Azure Blob container mounted with blobfuse (CSI driver
    /// `blob.csi.azure.com`), as in seed 004.
    Blob {
        /// Resource group of the storage account.
        resource_group: String,
        /// Storage account name.
        storage_account: String,
        /// Blob container name.
        container: String,
    },
    /// An Azure Files share mounted over SMB (CSI driver
    /// `file.csi.azure.com`), as in seed 000.
    Files {
        /// Resource group of the storage account.
        resource_group: String,
        /// Storage account name.
        storage_account: String,
        /// File share name.
        share: String,
    },
}

/// The volume the logs go to: a PersistentVolume bound to a claim that the
/// values name in `logs.persistence.existingClaim`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LogsVolume {
    /// The claim (`pvc-airflow-logs`).
    pub claim: DnsSubdomain,
    /// The PersistentVolume (`pv-airflow-logs`).
    pub volume: DnsSubdomain,
    /// The storage class of both.
    pub storage_class: DnsSubdomain,
    /// Requested size.
    pub capacity: Quantity,
    /// Where the files live.
    pub backend: LogsBackend,
}

/// Who creates the Ingress in front of the web UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IngressOwner {
    /// The chart, from `ingress.web` (chart 1.15.0) or `ingress.apiServer`
    /// (chart 1.22.0) in the values.
    Chart,
    /// A separate networking.k8s.io/v1 Ingress among the manifests, as in
    /// seed 000.
    Manifests,
}

/// The public entry: host, TLS certificate from cert-manager through ACME.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct IngressPlan {
    /// Who creates the Ingress object.
    pub owner: IngressOwner,
    /// Public host name.
    pub host: String,
    /// Ingress class (`nginx`), also the one the ACME http01 solver uses.
    pub class: String,
    /// The Secret cert-manager writes the certificate to.
    pub tls_secret: SecretName,
    /// The ClusterIssuer's name.
    pub issuer: DnsSubdomain,
    /// Contact address registered with the ACME server.
    pub acme_email: String,
    /// ACME directory URL.
    pub acme_server: String,
}

/// The Azure identity the External Secrets Operator reads Key Vault with.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WorkloadIdentity {
    /// Client id of the user-assigned managed identity.
    pub client_id: String,
    /// Directory (tenant) id.
    pub tenant_id: String,
}

/// A deployment: namespace, release, and the names of everything the values
/// refer to. Built with [`Plan::builder`].
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    chart_version: ChartVersion,
    namespace: DnsLabel,
    release: DnsLabel,
    service_account: DnsSubdomain,
    identity: WorkloadIdentity,
    key_vault_url: String,
    secret_store: DnsSubdomain,
    secrets: BTreeMap<SecretRole, SecretName>,
    pgbouncer: bool,
    git_ssh: bool,
    logs: LogsVolume,
    ingress: Option<IngressPlan>,
}

impl Plan {
    /// A builder with the names of seed 004 (namespace and release `airflow`,
    /// service account `airflow`, SecretStore `azure-store`, claim
    /// `pvc-airflow-logs`, Secrets named by [`SecretRole::default_name`]).
    ///
    /// What only the deployment knows has no default, and
    /// [`build`](PlanBuilder::build) refuses a plan without it: the
    /// [`workload_identity`](PlanBuilder::workload_identity), the
    /// [`key_vault_url`](PlanBuilder::key_vault_url), where the logs go
    /// ([`logs_on_blob`](PlanBuilder::logs_on_blob) or
    /// [`logs_on_azure_files`](PlanBuilder::logs_on_azure_files)) and the
    /// [`ingress`](PlanBuilder::ingress) (or [`no_ingress`](PlanBuilder::no_ingress)).
    ///
    /// ```
    /// use airflow_values::official::ChartVersion;
    /// use airflow_values::plan::{Plan, PlanError};
    ///
    /// let err = Plan::builder(ChartVersion::V1_15_0).build().unwrap_err();
    /// assert!(matches!(err, PlanError::Missing { field: "workload identity", .. }));
    /// ```
    pub fn builder(chart_version: ChartVersion) -> PlanBuilder {
        PlanBuilder {
            inner: defaults(chart_version),
        }
    }

    /// The chart version the values are for.
    #[must_use]
    pub fn chart_version(&self) -> ChartVersion {
        self.chart_version
    }

    /// The namespace of every namespaced object and of the release.
    #[must_use]
    pub fn namespace(&self) -> &str {
        self.namespace.as_str()
    }

    /// The Helm release name.
    #[must_use]
    pub fn release(&self) -> &str {
        self.release.as_str()
    }

    /// The workload-identity ServiceAccount.
    #[must_use]
    pub fn service_account(&self) -> &str {
        self.service_account.as_str()
    }

    /// The managed identity behind the ServiceAccount.
    #[must_use]
    pub fn identity(&self) -> &WorkloadIdentity {
        &self.identity
    }

    /// The Key Vault URL (`https://NAME.vault.azure.net/`).
    #[must_use]
    pub fn key_vault_url(&self) -> &str {
        &self.key_vault_url
    }

    /// The External Secrets `SecretStore` reading the Key Vault.
    #[must_use]
    pub fn secret_store(&self) -> &str {
        self.secret_store.as_str()
    }

    /// The name of the Secret for `role`.
    #[must_use]
    pub fn secret(&self, role: SecretRole) -> &str {
        self.secrets
            .get(&role)
            .map_or(role.default_name(), SecretName::as_str)
    }

    /// The Secrets this deployment needs, in [`SecretRole::ALL`] order: the
    /// webserver key on Airflow 2 and the API and JWT keys on Airflow 3; the
    /// pgbouncer ones when pgbouncer reads its configuration from Secrets; the
    /// git one when DAGs come over ssh.
    #[must_use]
    pub fn secret_roles(&self) -> Vec<SecretRole> {
        let airflow_3 = self.chart_version.defaults_to_airflow_3();
        SecretRole::ALL
            .iter()
            .copied()
            .filter(|role| match role {
                SecretRole::WebserverSecretKey => !airflow_3,
                SecretRole::ApiSecretKey | SecretRole::JwtSecret => airflow_3,
                SecretRole::PgbouncerConfig | SecretRole::PgbouncerStats => self.pgbouncer,
                SecretRole::GitSshKey => self.git_ssh,
                _ => true,
            })
            .collect()
    }

    /// The logs volume.
    #[must_use]
    pub fn logs(&self) -> &LogsVolume {
        &self.logs
    }

    /// The public entry, if there is one.
    #[must_use]
    pub fn ingress(&self) -> Option<&IngressPlan> {
        self.ingress.as_ref()
    }

    /// The web UI's Service as the chart names it: `RELEASE-webserver` on
    /// Airflow 2 charts, `RELEASE-api-server` on Airflow 3 charts (1.18.0 on), port 8080 on both.
    #[must_use]
    pub fn web_service(&self) -> (String, i32) {
        let suffix = if self.chart_version.defaults_to_airflow_3() {
            "api-server"
        } else {
            "webserver"
        };
        (format!("{}-{suffix}", self.release()), 8080)
    }

    /// Writes the plan's names into `values`: the secret names of
    /// [`secret_roles`](Self::secret_roles), the logs claim and storage
    /// class, the git ssh Secret (when `dags.gitSync` is set), and the
    /// chart's Ingress when the plan leaves it to the chart. Everything else
    /// in `values` stays as it is.
    pub fn apply_to(&self, values: &mut Values) {
        values.chart_version = self.chart_version;
        let name = |role: SecretRole| Some(Nullable::Value(self.secret(role).to_owned()));
        for role in self.secret_roles() {
            match role {
                SecretRole::FernetKey => values.fernet_key_secret_name = name(role),
                SecretRole::WebserverSecretKey => {
                    values.webserver_secret_key_secret_name = name(role);
                }
                SecretRole::ApiSecretKey => values.api_secret_key_secret_name = name(role),
                SecretRole::JwtSecret => values.jwt_secret_name = name(role),
                SecretRole::Metadata => {
                    values
                        .data
                        .get_or_insert_with(Data::default)
                        .metadata_secret_name = name(role);
                }
                SecretRole::PgbouncerConfig => {
                    values
                        .pgbouncer
                        .get_or_insert_with(Box::default)
                        .config_secret_name = name(role);
                }
                SecretRole::PgbouncerStats => {
                    values
                        .pgbouncer
                        .get_or_insert_with(Box::default)
                        .metrics_exporter_sidecar
                        .get_or_insert_with(MetricsExporterSidecar::default)
                        .stats_secret_name = name(role);
                }
                SecretRole::GitSshKey => {
                    if let Some(sync) = values.dags.as_mut().and_then(|d| d.git_sync.as_mut()) {
                        sync.ssh_key_secret = name(role);
                    }
                }
                SecretRole::LogsStorage => {}
            }
        }
        let persistence = values
            .logs
            .get_or_insert_with(Logs::default)
            .persistence
            .get_or_insert_with(LogPersistence::default);
        persistence.enabled = Some(true);
        persistence.existing_claim = Some(self.logs.claim.as_str().to_owned().into());
        persistence.storage_class_name = Some(self.logs.storage_class.as_str().to_owned().into());

        if let Some(ingress) = self
            .ingress
            .as_ref()
            .filter(|i| i.owner == IngressOwner::Chart)
        {
            let component = IngressComponent {
                enabled: Some(true),
                annotations: Some(BTreeMap::from([(
                    "cert-manager.io/cluster-issuer".to_owned(),
                    ingress.issuer.as_str().to_owned(),
                )])),
                path: Some("/".to_owned()),
                path_type: Some(PathType::Prefix),
                hosts: Some(vec![IngressHost::with_tls(
                    ingress.host.clone(),
                    ingress.tls_secret.as_str(),
                )]),
                ingress_class_name: Some(ingress.class.clone()),
                ..IngressComponent::default()
            };
            let target = values.ingress.get_or_insert_with(Ingress::default);
            if self.chart_version.defaults_to_airflow_3() {
                target.api_server = Some(component);
            } else {
                target.web = Some(component);
            }
        }
    }
}

fn object_name(field: &str, value: &str) -> Result<DnsSubdomain, PlanError> {
    DnsSubdomain::parse(value).map_err(|source| PlanError::Name {
        field: field.to_owned(),
        source,
    })
}

fn namespace(value: &str) -> Result<DnsLabel, PlanError> {
    DnsLabel::parse(value).map_err(|source| PlanError::Name {
        field: "namespace".to_owned(),
        source,
    })
}

/// Helm refuses release names longer than this; the chart builds Service
/// names (DNS-1123 labels) from it.
const RELEASE_MAX_LEN: usize = 53;

fn release(value: &str) -> Result<DnsLabel, PlanError> {
    let name = if value.len() > RELEASE_MAX_LEN {
        Err(DnsNameError::TooLong {
            len: value.len(),
            max: RELEASE_MAX_LEN,
        })
    } else {
        DnsLabel::parse(value)
    };
    name.map_err(|source| PlanError::Name {
        field: "release".to_owned(),
        source,
    })
}

fn guid(field: &'static str, value: &str) -> Result<String, PlanError> {
    let groups: Vec<&str> = value.split('-').collect();
    let lengths: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    let hex = groups
        .iter()
        .all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()));
    if lengths == [8, 4, 4, 4, 12] && hex {
        Ok(value.to_ascii_lowercase())
    } else {
        Err(PlanError::Guid { field })
    }
}

fn defaults(chart_version: ChartVersion) -> Result<Plan, PlanError> {
    Ok(Plan {
        chart_version,
        namespace: namespace("airflow")?,
        release: release("airflow")?,
        service_account: object_name("service account", "airflow")?,
        // Given by the user or refused by `build`.
        identity: WorkloadIdentity {
            client_id: String::new(),
            tenant_id: String::new(),
        },
        key_vault_url: String::new(),
        secret_store: object_name("SecretStore", "azure-store")?,
        secrets: SecretRole::ALL
            .iter()
            .map(|role| {
                Ok((
                    *role,
                    object_name(role.label(), role.default_name())?.into(),
                ))
            })
            .collect::<Result<_, PlanError>>()?,
        pgbouncer: true,
        git_ssh: true,
        logs: LogsVolume {
            claim: object_name("logs claim", "pvc-airflow-logs")?,
            volume: object_name("logs volume", "pv-airflow-logs")?,
            storage_class: object_name("storage class", "azureblob-fuse-premium")?,
            capacity: Quantity("5Gi".to_owned()),
            backend: LogsBackend::Blob {
                resource_group: String::new(),
                storage_account: String::new(),
                container: String::new(),
            },
        },
        ingress: Some(IngressPlan {
            owner: IngressOwner::Chart,
            host: String::new(),
            class: "nginx".to_owned(),
            tls_secret: object_name("TLS Secret", "airflow-tls")?.into(),
            issuer: object_name("ClusterIssuer", "letsencrypt-prod")?,
            acme_email: String::new(),
            acme_server: "https://acme-v02.api.letsencrypt.org/directory".to_owned(),
        }),
    })
}

/// The first setting of `plan` that only the user can give and did not.
fn missing(plan: &Plan) -> Option<PlanError> {
    let storage_account = match &plan.logs.backend {
        LogsBackend::Blob {
            storage_account, ..
        }
        | LogsBackend::Files {
            storage_account, ..
        } => storage_account,
    };
    let (field, hint) = if plan.identity.client_id.is_empty() {
        (
            "workload identity",
            "call .workload_identity(client_id, tenant_id) with the ids `az identity show` prints",
        )
    } else if plan.key_vault_url.is_empty() {
        (
            "Key Vault URL",
            "call .key_vault_url(url) with the URL `az keyvault show` prints",
        )
    } else if storage_account.is_empty() {
        (
            "logs storage",
            "call .logs_on_blob(..) or .logs_on_azure_files(..) with your storage account",
        )
    } else if plan.ingress.as_ref().is_some_and(|i| i.host.is_empty()) {
        (
            "Ingress host",
            "call .ingress(owner, host, acme_email), or .no_ingress()",
        )
    } else {
        return None;
    };
    Some(PlanError::Missing { field, hint })
}

/// Builds a [`Plan`]; setters that parse keep the first error, which
/// [`build`](Self::build) returns.
#[must_use = "a plan builder does nothing until .build() is called"]
#[derive(Debug, Clone)]
pub struct PlanBuilder {
    inner: Result<Plan, PlanError>,
}

impl PlanBuilder {
    fn and_then(self, f: impl FnOnce(Plan) -> Result<Plan, PlanError>) -> Self {
        PlanBuilder {
            inner: self.inner.and_then(f),
        }
    }

    /// The namespace (a DNS-1123 label).
    pub fn namespace(self, name: &str) -> Self {
        self.and_then(|mut p| {
            p.namespace = namespace(name)?;
            Ok(p)
        })
    }

    /// The Helm release name (a DNS-1123 label of at most 53 bytes, as Helm
    /// requires).
    pub fn release(self, name: &str) -> Self {
        self.and_then(|mut p| {
            p.release = release(name)?;
            Ok(p)
        })
    }

    /// The workload-identity ServiceAccount's name.
    pub fn service_account(self, name: &str) -> Self {
        self.and_then(|mut p| {
            p.service_account = object_name("service account", name)?;
            Ok(p)
        })
    }

    /// The managed identity: client id and tenant id, both GUIDs.
    pub fn workload_identity(self, client_id: &str, tenant_id: &str) -> Self {
        self.and_then(|mut p| {
            p.identity = WorkloadIdentity {
                client_id: guid("client id", client_id)?,
                tenant_id: guid("tenant id", tenant_id)?,
            };
            Ok(p)
        })
    }

    /// The Key Vault URL, `https://NAME.vault.azure.net/` as `az keyvault
    /// show --query properties.vaultUri` prints it.
    pub fn key_vault_url(self, url: &str) -> Self {
        self.and_then(|mut p| {
            let host = url
                .strip_prefix("https://")
                .map(|rest| rest.trim_end_matches('/'));
            if !host.is_some_and(|h| h.contains(".vault.") && !h.contains(['/', ' ', '?', '#'])) {
                return Err(PlanError::Invalid {
                    field: "Key Vault URL",
                    value: url.to_owned(),
                    hint: "write https://NAME.vault.azure.net/",
                });
            }
            p.key_vault_url = url.to_owned();
            Ok(p)
        })
    }

    /// The SecretStore's name.
    pub fn secret_store(self, name: &str) -> Self {
        self.and_then(|mut p| {
            p.secret_store = object_name("SecretStore", name)?;
            Ok(p)
        })
    }

    /// The name of the Secret for `role`.
    pub fn secret_name(self, role: SecretRole, name: &str) -> Self {
        self.and_then(|mut p| {
            p.secrets
                .insert(role, object_name(role.label(), name)?.into());
            Ok(p)
        })
    }

    /// Whether pgbouncer reads its configuration and stats connection from
    /// Secrets of the plan (default) or from what the chart renders.
    pub fn pgbouncer_secrets(self, on: bool) -> Self {
        self.and_then(|mut p| {
            p.pgbouncer = on;
            Ok(p)
        })
    }

    /// Whether DAGs come over ssh with a key from a Secret of the plan (default).
    pub fn git_ssh_secret(self, on: bool) -> Self {
        self.and_then(|mut p| {
            p.git_ssh = on;
            Ok(p)
        })
    }

    /// The logs claim's and volume's names.
    pub fn logs_names(self, claim: &str, volume: &str) -> Self {
        self.and_then(|mut p| {
            p.logs.claim = object_name("logs claim", claim)?;
            p.logs.volume = object_name("logs volume", volume)?;
            Ok(p)
        })
    }

    /// Logs on an Azure Blob container through blobfuse, storage class
    /// `azureblob-fuse-premium` (seed 004).
    pub fn logs_on_blob(
        self,
        resource_group: &str,
        storage_account: &str,
        container: &str,
    ) -> Self {
        self.and_then(|mut p| {
            p.logs.storage_class = object_name("storage class", "azureblob-fuse-premium")?;
            p.logs.backend = LogsBackend::Blob {
                resource_group: resource_group.to_owned(),
                storage_account: storage_account.to_owned(),
                container: container.to_owned(),
            };
            Ok(p)
        })
    }

    /// Logs on an Azure Files share over SMB, storage class
    /// `azurefile-csi-premium` (seed 000).
    pub fn logs_on_azure_files(
        self,
        resource_group: &str,
        storage_account: &str,
        share: &str,
    ) -> Self {
        self.and_then(|mut p| {
            p.logs.storage_class = object_name("storage class", "azurefile-csi-premium")?;
            p.logs.backend = LogsBackend::Files {
                resource_group: resource_group.to_owned(),
                storage_account: storage_account.to_owned(),
                share: share.to_owned(),
            };
            Ok(p)
        })
    }

    /// The size of the logs volume, such as `5Gi`.
    pub fn logs_capacity(self, size: &str) -> Self {
        self.and_then(|mut p| {
            let digits = size.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(PlanError::Invalid {
                    field: "logs capacity",
                    value: size.to_owned(),
                    hint: "write a size such as 5Gi",
                });
            }
            p.logs.capacity = Quantity(size.to_owned());
            Ok(p)
        })
    }

    /// The public host, with a certificate from Let's Encrypt (registered to
    /// `acme_email`), through an Ingress the chart or the manifests make.
    pub fn ingress(self, owner: IngressOwner, host: &str, acme_email: &str) -> Self {
        self.and_then(|mut p| {
            let valid_host = !host.is_empty()
                && host.split('.').all(|l| {
                    !l.is_empty()
                        && l.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                });
            if !valid_host {
                return Err(PlanError::Invalid {
                    field: "ingress host",
                    value: host.to_owned(),
                    hint: "write a lowercase DNS name such as airflow.example.com",
                });
            }
            if acme_email
                .split_once('@')
                .is_none_or(|(u, d)| u.is_empty() || !d.contains('.'))
            {
                return Err(PlanError::Invalid {
                    field: "ACME email",
                    value: acme_email.to_owned(),
                    hint: "write an address such as ops@example.com",
                });
            }
            let base = p.ingress.take();
            p.ingress = Some(IngressPlan {
                owner,
                host: host.to_owned(),
                acme_email: acme_email.to_owned(),
                ..base.ok_or(PlanError::Invalid {
                    field: "ingress",
                    value: String::new(),
                    hint: "the plan has no ingress defaults",
                })?
            });
            Ok(p)
        })
    }

    /// No Ingress and no ClusterIssuer (port-forward only).
    pub fn no_ingress(self) -> Self {
        self.and_then(|mut p| {
            p.ingress = None;
            Ok(p)
        })
    }

    /// The plan.
    ///
    /// # Errors
    /// The first [`PlanError`] of a setter, else [`PlanError::Missing`] when
    /// the identity, the Key Vault, the logs storage or the Ingress was not
    /// given (see [`Plan::builder`]).
    pub fn build(self) -> Result<Plan, PlanError> {
        let plan = self.inner?;
        match missing(&plan) {
            Some(error) => Err(error),
            None => Ok(plan),
        }
    }
}
