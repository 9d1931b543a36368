//! `logs`: where task logs are kept.

use super::prelude::*;

/// A switched-off log groomer sidecar, for components whose logs live elsewhere.
macro_rules! disabled_log_groomer {
    ($($ty:ty),+) => {$(
        impl $ty {
            /// The sidecar switched off.
            pub fn disabled() -> Self {
                Self {
                    enabled: Some(false.into()),
                    ..Self::default()
                }
            }
        }
    )+};
}

disabled_log_groomer!(
    LogGroomerSidecar,
    SchedulerLogGroomerSidecar,
    CeleryLogGroomerSidecar
);

values_struct! {
    /// Values under `logs`.
    #[derive(Default)]
    pub struct Logs: builder {
        /// Persistent storage.
        persistence: LogPersistence,
        /// Settings of the emptyDir volume used when persistence is off.
        empty_dir_config: k8s::EmptyDirVolumeSource,
    }
}

values_struct! {
    /// Values under `logs.persistence`.
    #[derive(Default)]
    pub struct LogPersistence: builder {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Size of the volume.
        size: String,
        /// StorageClass of the volume claim.
        storage_class_name: null String,
        /// Annotations added to the object.
        annotations: BTreeMap<String, String>,
        /// An existing PersistentVolumeClaim to use instead of a new one.
        existing_claim: null String,
        /// Sub-path of the volume to mount.
        sub_path: null String,
    }
}
