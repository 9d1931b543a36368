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
        /// Annotations on the Secret the chart creates with the Elasticsearch URL.
        secret_annotations: BTreeMap<String, String>,
        /// Host, port, scheme and credentials the chart builds the Elasticsearch URL from.
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
        /// Host, port, scheme and credentials the chart builds the OpenSearch URL from.
        connection: SearchConnection,
    }
}
