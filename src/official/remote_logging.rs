//! Remote task logs in Elasticsearch or OpenSearch.

use super::prelude::*;

values_struct! {
    /// Values under `elasticsearch`.
    #[derive(Default)]
    pub struct Elasticsearch {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Name of the Kubernetes Secret.
        secret_name: null String,
        /// Chart key `secretAnnotations`: secret annotations.
        #[schemars(extend("x-chart-versions" = ["1.22.0"]))]
        secret_annotations: BTreeMap<String, String>,
        /// Chart key `connection`: connection.
        connection: SearchConnection,
    }
}

values_struct! {
    /// Values under `opensearch`.
    #[derive(Default)]
    pub struct Opensearch {
        /// Whether the chart deploys this part.
        enabled: bool,
        /// Name of the Kubernetes Secret.
        secret_name: null String,
        /// Chart key `connection`: connection.
        connection: SearchConnection,
    }
}
