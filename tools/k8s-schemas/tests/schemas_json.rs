//! The library's `src/k8s/schemas.json` holds the JSON Schemas of the
//! Kubernetes types its values models use, as k8s-openapi's `schemars`
//! feature describes them, without the API reference's descriptions (the
//! file keeps only structure: names, types, formats). This test derives them
//! again and fails when the file differs; with
//! `AIRFLOW_VALUES_UPDATE_K8S_SCHEMAS=1` it rewrites the file.

use k8s_openapi::api::apps::v1::{DeploymentStrategy, StatefulSetUpdateStrategy};
use k8s_openapi::api::autoscaling::v2::{HorizontalPodAutoscalerBehavior, MetricSpec};
use k8s_openapi::api::core::v1::*;
use k8s_openapi::api::networking::v1::{
    HTTPIngressPath, IngressRule, IngressTLS, NetworkPolicyEgressRule, NetworkPolicyIngressRule,
    NetworkPolicyPeer, NetworkPolicyPort,
};
use k8s_openapi::api::rbac::v1::PolicyRule;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

/// Every Kubernetes type a values model may use in a field: the schema
/// file holds these and what they refer to. A model that uses another
/// type fails the library's `models_use_only_listed_types` until it is added
/// here and the file is regenerated.
macro_rules! listed_types {
    ($callback:ident) => {
        $callback!(
            Affinity,
            Capabilities,
            ConfigMapKeySelector,
            Container,
            ContainerPort,
            DeploymentStrategy,
            EmptyDirVolumeSource,
            EnvFromSource,
            EnvVar,
            HorizontalPodAutoscalerBehavior,
            HostAlias,
            HTTPIngressPath,
            IngressRule,
            IngressTLS,
            IntOrString,
            LabelSelector,
            Lifecycle,
            LimitRangeItem,
            LocalObjectReference,
            MetricSpec,
            NetworkPolicyEgressRule,
            NetworkPolicyIngressRule,
            NetworkPolicyPeer,
            NetworkPolicyPort,
            PersistentVolumeClaim,
            PersistentVolumeClaimSpec,
            PersistentVolumeClaimTemplate,
            PodDNSConfig,
            PodSecurityContext,
            PolicyRule,
            Probe,
            Quantity,
            ResourceRequirements,
            SeccompProfile,
            SecretKeySelector,
            SecurityContext,
            SELinuxOptions,
            ServicePort,
            SessionAffinityConfig,
            StatefulSetUpdateStrategy,
            Sysctl,
            Toleration,
            TopologySpreadConstraint,
            Volume,
            VolumeMount
        )
    };
}

/// The schema file as k8s-openapi generates it today.
fn generated() -> Value {
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    let mut types = Map::new();
    macro_rules! add {
        ($($ty:ident),*) => {$(
            let reference = generator.subschema_for::<$ty>();
            let name = reference
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/$defs/"))
                .expect(concat!(stringify!($ty), " has a named definition"));
            types.insert(stringify!($ty).to_owned(), json!(name));
        )*};
    }
    listed_types!(add);
    let mut defs = Value::Object(generator.take_definitions(false));
    strip_descriptions(&mut defs);
    json!({ "types": types, "$defs": defs })
}

/// Removes the prose of the Kubernetes API reference that k8s-openapi
/// carries in its schemas: the file keeps only structure (names, types,
/// formats), which is what the check needs.
fn strip_descriptions(node: &mut Value) {
    match node {
        Value::Object(object) => {
            object.remove("description");
            object.values_mut().for_each(strip_descriptions);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_descriptions),
        _ => {}
    }
}

#[test]
fn embedded_schemas_are_those_of_k8s_openapi() {
    let generated = generated();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../src/k8s/schemas.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let embedded: Value = serde_json::from_str(&text).expect("schemas.json is JSON");
    if generated != embedded {
        if std::env::var_os("AIRFLOW_VALUES_UPDATE_K8S_SCHEMAS").is_some() {
            let text = serde_json::to_string_pretty(&generated).expect("serializes");
            std::fs::write(path, text + "\n").expect("schemas.json is writable");
        }
        panic!(
            "{path} differs from k8s-openapi's schemas (a type was added to the list, or \
             k8s-openapi changed): run `AIRFLOW_VALUES_UPDATE_K8S_SCHEMAS=1 cargo test -p \
             airflow-values-k8s-schemas`, review the diff, regenerate the compiled schemas \
             (src/schemas) and commit both"
        );
    }
}
