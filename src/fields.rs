//! How a struct of the model is declared, once for all of them.
//!
//! Every mapping of the chart's values becomes a struct whose fields are all
//! optional: `None` leaves the chart's default in place and is not written.
//! [`values_struct!`] writes that out, so a module lists only what differs
//! between chart keys: the name, the doc line, the type and any annotation.
//!
//! ```text
//! values_struct! {
//!     /// Values under `scheduler`.
//!     #[derive(Default)]
//!     pub struct Scheduler: builder {
//!         /// Number of pods.
//!         replicas: i64,                        // Option<i64>
//!         /// Old ReplicaSets kept for rollback.
//!         revision_history_limit: null i64,     // Option<Nullable<i64>>: `null` is a value
//!         /// Always written.
//!         enabled: raw bool,                    // as written, with no serde defaults
//!         dag_processor: boxed DagProcessor,    // Option<Box<_>>, set with the unboxed value
//!         chart_version: skip ChartVersion,     // not a key: neither read, written nor in the schema
//!         ..pod_placement,                      // a group of fields, see below
//!     }
//! }
//! ```
//!
//! Every struct derives [`bon::Builder`], so that another crate can build any
//! part of the values (the structs are `#[non_exhaustive]`, since a later
//! chart version may add keys, which rules out struct literals outside this
//! crate). Setters take `impl Into<String>` for text and `impl Into<Nullable<T>>`
//! for nullable keys, so `.existing_claim("pvc")` and `.min_replica_count(1)`
//! read the same whether or not the key may be `null`. The builders are
//! `Clone` and their state modules public, so a deploy tool can keep a
//! partly built base and finish it once per environment. The `: builder`
//! marker after the name is still accepted and changes nothing. Every struct
//! rejects unknown keys.
//!
//! A chart's top level is declared `pub struct Values: read_by(ValuesRead)`.
//! It then has no `Deserialize`: serde alone would skip the structural walk
//! and Helm's reading of `null`, and could not know the chart release the
//! file is written for. The macro derives `Deserialize` on a crate-private
//! copy, `ValuesRead`, with the same fields and serde attributes, and writes
//! `Values::from_checked_tree`, which the reader (`check::ChartValues`) calls
//! once the document passed the walk. The components below the top level
//! keep their `Deserialize`, since they carry no release.
//!
//! Kubernetes-shaped keys are written `k8s::T`, `Vec<k8s::T>`,
//! `BTreeMap<String, k8s::T>`, `null k8s::T` or `null Vec<k8s::T>`, with `T`
//! from [`crate::k8s`]. The macro gives them a placeholder schema that
//! `k8s::resolve` replaces with k8s-openapi's own schema of `T`, kept in
//! `src/k8s/schemas.json`; so the library needs no `JsonSchema` impls from
//! k8s-openapi, whose `schemars` feature costs a tenth of a clean build.
//!
//! Field groups (`..name`) are runs of keys that many components of the chart
//! share with the same meaning and type, written here once. A chart dialect
//! declares its own groups as macros that take the macro's state and put
//! their fields back (see `bitnami_pod_fields!` in the Bitnami model).

/// Declares one struct of the model; see the [module docs](self).
macro_rules! values_struct {
    // Entry points: every struct gets a builder (`: builder` is optional).
    (
        $(#[$attr:meta])*
        pub struct $name:ident: builder { $($body:tt)* }
    ) => {
        values_struct!(@field builder
            [$(#[$attr])* #[derive(bon::Builder)] #[builder(on(String, into), derive(Clone, Debug), state_mod(vis = "pub"))] pub struct $name]
            [] $($body)*);
    };
    (
        $(#[$attr:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        values_struct!($(#[$attr])* pub struct $name: builder { $($body)* });
    };
    // A chart's top level: no `Deserialize` of its own; serde reads the
    // private `$shadow`, which only the crate's reader uses.
    (
        $(#[$attr:meta])*
        pub struct $name:ident: read_by($shadow:ident) { $($body:tt)* }
    ) => {
        values_struct!(@field sealed
            [$(#[$attr])* #[derive(bon::Builder)] #[builder(on(String, into), derive(Clone, Debug), state_mod(vis = "pub"))] pub struct $name]
            [] $($body)*);
        values_struct!(@field shadow [$name $shadow] [] $($body)*);
    };

    // Field groups: their fields go back into the input, in place.
    (@field $kind:ident $head:tt [$($done:tt)*] ..pod_placement, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*]
            /// Node labels the pods must match.
            node_selector: BTreeMap<String, String>,
            /// PriorityClass of the pods.
            priority_class_name: null String,
            /// Scheduling affinity of the pods.
            affinity: k8s::Affinity,
            /// Taints the pods tolerate.
            tolerations: Vec<k8s::Toleration>,
            /// How the pods spread across zones or nodes.
            topology_spread_constraints: Vec<k8s::TopologySpreadConstraint>,
            $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*] ..extra_containers, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*]
            /// Sidecar containers added to the pods.
            extra_containers: Vec<k8s::Container>,
            /// Init containers added to the pods.
            extra_init_containers: Vec<k8s::Container>,
            $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*] ..extra_volumes, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*]
            /// More volumes for the pods.
            extra_volumes: Vec<k8s::Volume>,
            /// More volume mounts for the main container.
            extra_volume_mounts: Vec<k8s::VolumeMount>,
            $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*] ..pod_metadata, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*]
            /// Annotations added to the object.
            annotations: BTreeMap<String, String>,
            /// Annotations added to the pods.
            pod_annotations: BTreeMap<String, String>,
            /// Labels added to the object.
            labels: BTreeMap<String, String>,
            $($rest)*);
    };

    // Any other group: a macro of that name, declared where the group is
    // used, called back with the state; it puts its fields back in place.
    (@field $kind:ident $head:tt [$($done:tt)*] ..$group:ident, $($rest:tt)*) => {
        $group!(@field $kind $head [$($done)*] $($rest)*);
    };

    // Kubernetes-typed fields: `k8s::T`, `Vec<k8s::T>`, `BTreeMap<String,
    // k8s::T>`, each maybe `null`. Their schema comes from `crate::k8s`
    // (see `k8s::resolve`), not from a `JsonSchema` impl of the type.
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: k8s::$k:ident, $($rest:tt)*) => {
        values_struct!(@k8s $kind $head [$($done)*] [$(#[$m])*] $field k8s::$k, $k, "one", $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: Vec<k8s::$k:ident>, $($rest:tt)*) => {
        values_struct!(@k8s $kind $head [$($done)*] [$(#[$m])*] $field Vec<k8s::$k>, $k, "list", $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: BTreeMap<String, k8s::$k:ident>, $($rest:tt)*) => {
        values_struct!(@k8s $kind $head [$($done)*] [$(#[$m])*] $field BTreeMap<String, k8s::$k>, $k, "map", $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: null k8s::$k:ident, $($rest:tt)*) => {
        values_struct!(@k8s_null $kind $head [$($done)*] [$(#[$m])*] $field k8s::$k, $k, "one", $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: null Vec<k8s::$k:ident>, $($rest:tt)*) => {
        values_struct!(@k8s_null $kind $head [$($done)*] [$(#[$m])*] $field Vec<k8s::$k>, $k, "list", $($rest)*);
    };
    // The shadow's fields carry serde's attributes only.
    (@k8s shadow $head:tt [$($done:tt)*] [$($m:tt)*] $field:ident $ty:ty, $k:ident, $shape:literal, $($rest:tt)*) => {
        values_struct!(@field shadow $head [$($done)*
            $($m)*
            #[serde(default)]
            pub $field: Option<$ty>,
        ] $($rest)*);
    };
    (@k8s_null shadow $head:tt [$($done:tt)*] [$($m:tt)*] $field:ident $ty:ty, $k:ident, $shape:literal, $($rest:tt)*) => {
        values_struct!(@field shadow $head [$($done)*
            $($m)*
            #[serde(default, deserialize_with = "deserialize_some")]
            pub $field: Option<Nullable<$ty>>,
        ] $($rest)*);
    };
    (@k8s $kind:ident $head:tt [$($done:tt)*] [$($m:tt)*] $field:ident $ty:ty, $k:ident, $shape:literal, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*
            $($m)*
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[schemars(with = "crate::k8s::Placeholder", extend("x-k8s-type" = stringify!($k), "x-k8s-shape" = $shape))]
            pub $field: Option<$ty>,
        ] $($rest)*);
    };
    (@k8s_null $kind:ident $head:tt [$($done:tt)*] [$($m:tt)*] $field:ident $ty:ty, $k:ident, $shape:literal, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*
            $($m)*
            #[serde(default, deserialize_with = "deserialize_some", skip_serializing_if = "Option::is_none")]
            #[schemars(with = "crate::k8s::Placeholder", extend("x-k8s-type" = stringify!($k), "x-k8s-shape" = $shape, "x-k8s-null" = true))]
            #[builder(into)]
            pub $field: Option<Nullable<$ty>>,
        ] $($rest)*);
    };
    // One field: nullable, boxed, kept out of the YAML, as written, or
    // optional (the default). The shadow's arms come first.
    (@field shadow $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: null $ty:ty, $($rest:tt)*) => {
        values_struct!(@field shadow $head [$($done)*
            $(#[$m])*
            #[serde(default, deserialize_with = "deserialize_some")]
            pub $field: Option<Nullable<$ty>>,
        ] $($rest)*);
    };
    (@field shadow $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: boxed $ty:ty, $($rest:tt)*) => {
        values_struct!(@field shadow $head [$($done)*
            $(#[$m])*
            #[serde(default)]
            pub $field: Option<Box<$ty>>,
        ] $($rest)*);
    };
    (@field shadow $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: skip $ty:ty, $($rest:tt)*) => {
        values_struct!(@field shadow $head [$($done)*
            $(#[$m])*
            #[serde(skip)]
            pub $field: $ty,
        ] $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: boxed $ty:ty, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*
            $(#[$m])*
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[builder(with = |value: $ty| Box::new(value))]
            pub $field: Option<Box<$ty>>,
        ] $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: skip $ty:ty, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*
            $(#[$m])*
            #[serde(skip)]
            #[schemars(skip)]
            pub $field: $ty,
        ] $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: null $ty:ty, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*
            $(#[$m])*
            #[serde(default, deserialize_with = "deserialize_some", skip_serializing_if = "Option::is_none")]
            #[builder(into)]
            pub $field: Option<Nullable<$ty>>,
        ] $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: raw $ty:ty, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*
            $(#[$m])*
            pub $field: $ty,
        ] $($rest)*);
    };
    (@field $kind:ident $head:tt [$($done:tt)*]
        $(#[$m:meta])* $field:ident: $ty:ty, $($rest:tt)*) => {
        values_struct!(@field $kind $head [$($done)*
            $(#[$m])*
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub $field: Option<$ty>,
        ] $($rest)*);
    };

    // All fields read: the struct itself. A chart's top level has no
    // `Deserialize`; its shadow has nothing else, and becomes the struct.
    (@field shadow [$name:ident $shadow:ident]
        [$($(#[$m:meta])* pub $field:ident: $ty:ty,)*]) => {
        /// What serde reads the chart's values into; only the crate's
        /// reader uses it, after the structural walk.
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub(crate) struct $shadow {
            $($(#[$m])* $field: $ty,)*
        }

        impl From<$shadow> for $name {
            fn from(read: $shadow) -> Self {
                Self { $($field: read.$field,)* }
            }
        }

        impl $name {
            /// Reads the values from a tree that passed the structural walk.
            pub(crate) fn from_checked_tree(
                tree: &serde_json::Value,
            ) -> Result<Self, crate::yaml::TreeError> {
                crate::yaml::from_tree::<$shadow>(tree).map(Self::from)
            }
        }
    };
    (@field sealed [$($head:tt)*] [$($done:tt)*]) => {
        #[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        #[non_exhaustive]
        $($head)* {
            $($done)*
        }
    };
    // All fields read: the struct itself.
    (@field $kind:ident [$($head:tt)*] [$($done:tt)*]) => {
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        #[non_exhaustive]
        $($head)* {
            $($done)*
        }
    };
}
