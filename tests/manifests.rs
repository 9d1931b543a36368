//! The companion objects: snapshots of the `aks-manifests` example, every
//! object reads back into its type, and names agree with the values.

mod common;

use airflow_values::check::Profile;
use airflow_values::manifests::{
    self, ClusterIssuer, DevSecrets, EsoApiVersion, ExternalSecret, Manifest, ManifestError,
    Manifests, SecretSource, SecretStore,
};
use airflow_values::official::{ChartVersion, Values};
use airflow_values::plan::{IngressOwner, SecretRole};
use airflow_values::types::{SecretValue, SqlAlchemyUrl};
use airflow_values::yaml;
use k8s_openapi::api::core::v1::{
    Namespace, PersistentVolume, PersistentVolumeClaim, Secret, ServiceAccount,
};
use k8s_openapi::api::networking::v1::Ingress;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The example's objects: the preset's plan, Secrets from Key Vault.
fn example(version: ChartVersion) -> (Values, Manifests) {
    let built = common::walkthrough_preset(version).build().unwrap();
    let objects =
        manifests::build(&built.plan, &SecretSource::key_vault(), Profile::Production).unwrap();
    (built.values, objects)
}

fn dev_secrets() -> DevSecrets {
    DevSecrets::new(
        SqlAlchemyUrl::parse(
            "postgresql+psycopg2://airflow%40srv:s3cr%3At@srv.postgres.database.azure.com:5432/airflow?sslmode=require",
        )
        .unwrap(),
    )
    .git_ssh_key(SecretValue::new("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"))
    .storage_account_key(SecretValue::new("c3RvcmFnZS1rZXk="))
}

#[test]
fn snapshot_1_15_0() {
    insta::assert_snapshot!(
        "aks_manifests_1_15_0",
        example(ChartVersion::V1_15_0).1.to_yaml().unwrap()
    );
}

#[test]
fn snapshot_1_22_0() {
    insta::assert_snapshot!(
        "aks_manifests_1_22_0",
        example(ChartVersion::V1_22_0).1.to_yaml().unwrap()
    );
}

#[test]
fn seed_000_setup_snapshot() {
    // Azure Files for logs, plain Secrets on a dev cluster (no pgbouncer
    // Secrets), and a separate networking.k8s.io/v1 Ingress.
    let plan = common::walkthrough_plan(ChartVersion::V1_15_0)
        .logs_on_azure_files(
            "MeineRessourcenGruppe",
            "yourstorageaccount",
            "yourlogssharename",
        )
        .ingress(
            IngressOwner::Manifests,
            "yourairflowdnsname.yourazurelocation.cloudapp.azure.com",
            "youremail@domain.com",
        )
        .pgbouncer_secrets(false)
        .build()
        .unwrap();
    let objects =
        manifests::build(&plan, &SecretSource::Plain(dev_secrets()), Profile::Default).unwrap();
    // Generated keys differ per run: keep only the objects without them.
    let stable: Vec<&Manifest> = objects
        .iter()
        .filter(|m| !matches!(m, Manifest::Secret(_)))
        .collect();
    let yaml = yaml::to_string_multiple(&stable).unwrap();
    insta::assert_snapshot!("seed_000_manifests", yaml);
}

/// Reads one object back into `T` and compares it with what was written.
fn reads_back<T: DeserializeOwned + PartialEq + std::fmt::Debug>(written: &T, yaml: &str) {
    let back: T = yaml::from_str(yaml).unwrap_or_else(|e| panic!("{e}\n{yaml}"));
    assert_eq!(&back, written, "{yaml}");
}

fn check_objects(objects: &Manifests) {
    let documents: Vec<String> = objects
        .to_yaml()
        .unwrap()
        .split("\n---\n")
        .map(|d| format!("{}\n", d.trim_end()))
        .collect();
    assert_eq!(documents.len(), objects.iter().count());
    for (object, doc) in objects.iter().zip(&documents) {
        match object {
            Manifest::Namespace(o) => reads_back::<Namespace>(o, doc),
            Manifest::ServiceAccount(o) => reads_back::<ServiceAccount>(o, doc),
            Manifest::Secret(o) => reads_back::<Secret>(o, doc),
            Manifest::SecretStore(o) => reads_back::<SecretStore>(o, doc),
            Manifest::ExternalSecret(o) => reads_back::<ExternalSecret>(o, doc),
            Manifest::PersistentVolume(o) => reads_back::<PersistentVolume>(o, doc),
            Manifest::PersistentVolumeClaim(o) => reads_back::<PersistentVolumeClaim>(o, doc),
            Manifest::ClusterIssuer(o) => reads_back::<ClusterIssuer>(o, doc),
            Manifest::Ingress(o) => reads_back::<Ingress>(o, doc),
            other => panic!("untested kind {}", other.kind()),
        }
        let tree: Value = yaml::from_str(doc).unwrap();
        let api_version = tree["apiVersion"].as_str().unwrap_or_default();
        assert!(!api_version.is_empty(), "no apiVersion: {doc}");
        assert_eq!(tree["kind"].as_str(), Some(object.kind()), "{doc}");
        assert!(
            tree["metadata"]["name"]
                .as_str()
                .is_some_and(|n| !n.is_empty()),
            "no name: {doc}"
        );
        assert_eq!(
            tree["metadata"]["namespace"].as_str().is_some(),
            object.is_namespaced(),
            "namespace of {}: {doc}",
            object.kind()
        );
    }
    // Dependencies first.
    let order = [
        "Namespace",
        "ServiceAccount",
        "Secret",
        "SecretStore",
        "ExternalSecret",
        "PersistentVolume",
        "PersistentVolumeClaim",
        "ClusterIssuer",
        "Ingress",
    ];
    let ranks: Vec<usize> = objects
        .iter()
        .map(|m| order.iter().position(|k| *k == m.kind()).unwrap())
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{objects:?}");
}

#[test]
fn every_object_reads_back_into_its_type_and_is_complete() {
    for version in ChartVersion::ALL.iter().copied() {
        check_objects(&example(version).1);
        let plan = common::walkthrough_plan(version)
            .logs_on_azure_files("rg", "account", "logs")
            .ingress(
                IngressOwner::Manifests,
                "airflow.example.com",
                "ops@example.com",
            )
            .pgbouncer_secrets(false)
            .build()
            .unwrap();
        let dev =
            manifests::build(&plan, &SecretSource::Plain(dev_secrets()), Profile::Default).unwrap();
        assert!(dev.iter().any(|m| m.kind() == "Secret"));
        assert!(dev.iter().any(|m| m.kind() == "Ingress"));
        check_objects(&dev);
    }
}

/// The names the values refer to, each with the object kind that must exist.
fn referenced_names(values: &Values) -> Vec<(&'static str, String)> {
    let tree: Value = yaml::from_str(&values.to_yaml().unwrap()).unwrap();
    let text = |pointer: &str| {
        tree.pointer(pointer)
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let mut names = Vec::new();
    for pointer in [
        "/fernetKeySecretName",
        "/webserverSecretKeySecretName",
        "/apiSecretKeySecretName",
        "/jwtSecretName",
        "/data/metadataSecretName",
        "/pgbouncer/configSecretName",
        "/pgbouncer/metricsExporterSidecar/statsSecretName",
        "/dags/gitSync/sshKeySecret",
    ] {
        if let Some(name) = text(pointer) {
            names.push(("ExternalSecret", name));
        }
    }
    names.push((
        "PersistentVolumeClaim",
        text("/logs/persistence/existingClaim").expect("a logs claim"),
    ));
    let issuer = tree
        .pointer("/ingress")
        .and_then(|i| i.as_object())
        .and_then(|i| i.values().next())
        .and_then(|c| c.pointer("/annotations/cert-manager.io~1cluster-issuer"))
        .and_then(Value::as_str)
        .expect("an issuer annotation");
    names.push(("ClusterIssuer", issuer.to_owned()));
    names
}

#[test]
fn every_name_the_values_use_is_an_object_of_the_manifests() {
    for version in ChartVersion::ALL.iter().copied() {
        let (values, objects) = example(version);
        let names = referenced_names(&values);
        assert!(names.len() >= 7, "{names:?}");
        for (kind, name) in &names {
            let object = objects
                .get(kind, name)
                .unwrap_or_else(|| panic!("chart {version}: no {kind} {name} in {objects:?}"));
            if let Manifest::ExternalSecret(es) = object {
                assert_eq!(&es.spec.target.name, name);
            }
        }
        // The storage class of the claim is the one the values ask for.
        let Some(Manifest::PersistentVolumeClaim(claim)) =
            objects.iter().find(|m| m.kind() == "PersistentVolumeClaim")
        else {
            panic!("no claim");
        };
        let class = claim
            .spec
            .as_ref()
            .and_then(|s| s.storage_class_name.clone());
        assert!(values.to_yaml().unwrap().contains(&format!(
            "storageClassName: {}\n",
            class.unwrap_or_default()
        )));
    }
}

#[test]
fn renaming_in_the_plan_changes_values_and_manifests() {
    let plan = common::walkthrough_plan(ChartVersion::V1_15_0)
        .secret_name(SecretRole::FernetKey, "prod-fernet")
        .logs_names("logs-claim-2", "logs-volume-2")
        .namespace("data-platform")
        .build()
        .unwrap();
    let built = common::walkthrough_preset(ChartVersion::V1_15_0)
        .plan(plan)
        .build()
        .unwrap();
    let yaml = built.values.to_yaml().unwrap();
    assert!(
        yaml.contains("fernetKeySecretName: prod-fernet\n"),
        "{yaml}"
    );
    assert!(yaml.contains("existingClaim: logs-claim-2\n"), "{yaml}");
    assert!(!yaml.contains("airflow-fernet-key"), "{yaml}");
    let objects =
        manifests::build(&built.plan, &SecretSource::key_vault(), Profile::Production).unwrap();
    assert!(objects.get("ExternalSecret", "prod-fernet").is_some());
    assert!(
        objects
            .get("ExternalSecret", "airflow-fernet-key")
            .is_none()
    );
    assert!(
        objects
            .get("PersistentVolumeClaim", "logs-claim-2")
            .is_some()
    );
    let out = objects.to_yaml().unwrap();
    assert!(out.contains("volumeName: logs-volume-2\n"), "{out}");
    assert!(!out.contains("namespace: airflow\n"), "{out}");
    for (kind, name) in referenced_names(&built.values) {
        assert!(objects.get(kind, &name).is_some(), "no {kind} {name}");
    }
}

#[test]
fn production_refuses_plain_secrets_and_dev_checks_them() {
    let plan = common::walkthrough_plan(ChartVersion::V1_15_0)
        .pgbouncer_secrets(false)
        .build()
        .unwrap();
    let plain = SecretSource::Plain(dev_secrets());
    assert_eq!(
        manifests::build(&plan, &plain, Profile::Production).unwrap_err(),
        ManifestError::PlainSecretsInProduction
    );
    let objects = manifests::build(&plan, &plain, Profile::Default).unwrap();
    let Some(Manifest::Secret(fernet)) = objects.get("Secret", "airflow-fernet-key") else {
        panic!("no fernet Secret in {objects:?}");
    };
    let key = &fernet.string_data.as_ref().unwrap()["fernet-key"];
    assert!(key.parse::<airflow_values::types::FernetKey>().is_ok());
    // Debug output names objects, never their data.
    let debug = format!("{objects:?}");
    assert!(
        !debug.contains(key.as_str()) && !debug.contains("s3cr"),
        "{debug}"
    );
    assert!(
        debug.contains("Secret(airflow/airflow-fernet-key)"),
        "{debug}"
    );

    // The chart's pgbouncer Secrets are not generated.
    let with_pgbouncer = common::walkthrough_plan(ChartVersion::V1_15_0)
        .build()
        .unwrap();
    assert!(matches!(
        manifests::build(&with_pgbouncer, &plain, Profile::Default),
        Err(ManifestError::PlainPgbouncerSecret { .. })
    ));
    // A connection without TLS is refused, password redacted.
    let no_tls = SecretSource::Plain(
        DevSecrets::new(
            SqlAlchemyUrl::parse("postgresql+psycopg2://airflow:s3cr%3At@db:5432/airflow").unwrap(),
        )
        .git_ssh_key(SecretValue::new("k"))
        .storage_account_key(SecretValue::new("k")),
    );
    let err = manifests::build(&plan, &no_tls, Profile::Default).unwrap_err();
    assert!(
        matches!(err, ManifestError::MetadataWithoutTls { .. }),
        "{err}"
    );
    assert!(!err.to_string().contains("s3cr"), "{err}");
    // A missing ssh key is named.
    let no_key = SecretSource::Plain(DevSecrets::new(
        SqlAlchemyUrl::parse("postgresql+psycopg2://a:b@db/airflow?sslmode=verify-full").unwrap(),
    ));
    let err = manifests::build(&plan, &no_key, Profile::Default).unwrap_err();
    assert!(err.to_string().contains("airflow-git-ssh-secret"), "{err}");
}

#[test]
fn external_secrets_v1beta1_is_still_available() {
    let plan = common::walkthrough_plan(ChartVersion::V1_15_0)
        .build()
        .unwrap();
    let source = SecretSource::KeyVault {
        api_version: EsoApiVersion::V1beta1,
        refresh_interval: "1h".to_owned(),
    };
    let yaml = manifests::build(&plan, &source, Profile::Production)
        .unwrap()
        .to_yaml()
        .unwrap();
    assert!(
        yaml.contains("apiVersion: external-secrets.io/v1beta1\n"),
        "{yaml}"
    );
    assert!(
        !yaml.contains("apiVersion: external-secrets.io/v1\n"),
        "{yaml}"
    );
    // An unknown version does not read.
    let bad = yaml.replace("external-secrets.io/v1beta1", "external-secrets.io/v2");
    let first_store = bad
        .split("\n---\n")
        .find(|d| d.contains("kind: SecretStore"))
        .unwrap();
    assert!(yaml::from_str::<SecretStore>(first_store).is_err());
}
