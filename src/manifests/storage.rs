//! The logs volume: a statically provisioned PersistentVolume on Azure Blob
//! (blobfuse) or Azure Files (SMB), and the claim the values mount.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{
    CSIPersistentVolumeSource, ObjectReference, PersistentVolume, PersistentVolumeClaim,
    PersistentVolumeClaimSpec, PersistentVolumeSpec, SecretReference, VolumeResourceRequirements,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::plan::{LogsBackend, Plan, SecretRole};

/// CSI driver of Azure Blob storage.
pub const BLOB_DRIVER: &str = "blob.csi.azure.com";
/// CSI driver of Azure Files.
pub const FILES_DRIVER: &str = "file.csi.azure.com";

/// The user id the chart's Airflow containers run as (`uid` default).
const AIRFLOW_UID: u32 = 50000;

/// The PersistentVolume of the logs: `ReadWriteMany`, kept when the claim
/// goes (`Retain`), mounted with the storage account key from the plan's
/// logs-storage Secret, and reserved for the plan's claim (`claimRef`), so no
/// other claim can bind it.
///
/// The volume handle, which must be unique in the cluster, is
/// `RESOURCE_GROUP#ACCOUNT#CONTAINER` (or `#SHARE`).
#[must_use]
pub fn persistent_volume(plan: &Plan) -> PersistentVolume {
    let logs = plan.logs();
    let (driver, handle, attributes, mount_options) = match &logs.backend {
        LogsBackend::Blob {
            resource_group,
            storage_account,
            container,
        } => (
            BLOB_DRIVER,
            format!("{resource_group}#{storage_account}#{container}"),
            BTreeMap::from([
                ("resourceGroup".to_owned(), resource_group.clone()),
                ("storageAccount".to_owned(), storage_account.clone()),
                ("containerName".to_owned(), container.clone()),
            ]),
            vec![
                "-o allow_other".to_owned(),
                "--file-cache-timeout-in-seconds=120".to_owned(),
            ],
        ),
        LogsBackend::Files {
            resource_group,
            storage_account,
            share,
        } => (
            FILES_DRIVER,
            format!("{resource_group}#{storage_account}#{share}"),
            BTreeMap::from([
                ("resourceGroup".to_owned(), resource_group.clone()),
                ("storageAccount".to_owned(), storage_account.clone()),
                ("shareName".to_owned(), share.clone()),
            ]),
            vec![
                "dir_mode=0775".to_owned(),
                "file_mode=0664".to_owned(),
                format!("uid={AIRFLOW_UID}"),
                "gid=0".to_owned(),
                "mfsymlinks".to_owned(),
                "cache=strict".to_owned(),
                "nosharesock".to_owned(),
            ],
        ),
    };
    PersistentVolume {
        metadata: ObjectMeta {
            name: Some(logs.volume.as_str().to_owned()),
            ..ObjectMeta::default()
        },
        spec: Some(PersistentVolumeSpec {
            capacity: Some(BTreeMap::from([(
                "storage".to_owned(),
                logs.capacity.clone(),
            )])),
            access_modes: Some(vec!["ReadWriteMany".to_owned()]),
            persistent_volume_reclaim_policy: Some("Retain".to_owned()),
            storage_class_name: Some(logs.storage_class.as_str().to_owned()),
            mount_options: Some(mount_options),
            claim_ref: Some(ObjectReference {
                name: Some(logs.claim.as_str().to_owned()),
                namespace: Some(plan.namespace().to_owned()),
                ..ObjectReference::default()
            }),
            csi: Some(CSIPersistentVolumeSource {
                driver: driver.to_owned(),
                read_only: Some(false),
                volume_handle: handle,
                volume_attributes: Some(attributes),
                node_stage_secret_ref: Some(SecretReference {
                    name: Some(plan.secret(SecretRole::LogsStorage).to_owned()),
                    namespace: Some(plan.namespace().to_owned()),
                }),
                ..CSIPersistentVolumeSource::default()
            }),
            ..PersistentVolumeSpec::default()
        }),
        ..PersistentVolume::default()
    }
}

/// The claim the values name in `logs.persistence.existingClaim`, bound to
/// [`persistent_volume`] by name.
#[must_use]
pub fn persistent_volume_claim(plan: &Plan) -> PersistentVolumeClaim {
    let logs = plan.logs();
    PersistentVolumeClaim {
        metadata: ObjectMeta {
            name: Some(logs.claim.as_str().to_owned()),
            namespace: Some(plan.namespace().to_owned()),
            ..ObjectMeta::default()
        },
        spec: Some(PersistentVolumeClaimSpec {
            storage_class_name: Some(logs.storage_class.as_str().to_owned()),
            access_modes: Some(vec!["ReadWriteMany".to_owned()]),
            resources: Some(VolumeResourceRequirements {
                requests: Some(BTreeMap::from([(
                    "storage".to_owned(),
                    logs.capacity.clone(),
                )])),
                ..VolumeResourceRequirements::default()
            }),
            volume_name: Some(logs.volume.as_str().to_owned()),
            ..PersistentVolumeClaimSpec::default()
        }),
        ..PersistentVolumeClaim::default()
    }
}
