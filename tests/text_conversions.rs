//! Every domain type parsed from text offers the same conversions, and they
//! all agree with `parse`: `FromStr`, `TryFrom<&str>`, `TryFrom<String>`,
//! serde (which must reject what `parse` rejects), and, for types that are
//! not secrets, `Display` and `From<T> for String` writing the text back.

use std::fmt::{Debug, Display};
use std::str::FromStr;

use airflow_values::official::{AirflowVersion, ChartRelease, ChartVersion};
use airflow_values::types::dns::{DnsLabel, DnsSubdomain};
use airflow_values::types::{
    CommitId, Dialect, Digest, Driver, Executor, ExecutorPath, Executors, FernetKey, GitRef,
    GitRepo, ImageRef, KnownHosts, Password, RefName, SecretKey, SecretKeyName, SecretName,
    SecretRef, SecretValue, SqlAlchemyUrl, SslMode, Tag,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The parsing conversions agree with each other and with serde.
fn parses<T, E>(good: &str, bad: &str) -> T
where
    T: FromStr<Err = E>
        + for<'a> TryFrom<&'a str, Error = E>
        + TryFrom<String, Error = E>
        + DeserializeOwned
        + Serialize
        + PartialEq
        + Debug,
    E: Debug + PartialEq + Display,
{
    let parsed = T::from_str(good).unwrap_or_else(|e| panic!("{good:?} should parse: {e}"));
    assert_eq!(
        T::try_from(good).as_ref(),
        Ok(&parsed),
        "TryFrom<&str> {good:?}"
    );
    assert_eq!(
        T::try_from(good.to_owned()).as_ref(),
        Ok(&parsed),
        "TryFrom<String> {good:?}"
    );
    let from_json: T = serde_json::from_value(serde_json::Value::from(good))
        .unwrap_or_else(|e| panic!("serde should read {good:?}: {e}"));
    assert_eq!(from_json, parsed, "serde {good:?}");
    assert_eq!(
        serde_json::to_value(&parsed).ok(),
        Some(serde_json::Value::from(good)),
        "serde writes {good:?} back"
    );

    let err = T::from_str(bad).expect_err(bad);
    assert_eq!(
        T::try_from(bad).err().as_ref(),
        Some(&err),
        "TryFrom<&str> {bad:?}"
    );
    assert_eq!(
        T::try_from(bad.to_owned()).err().as_ref(),
        Some(&err),
        "TryFrom<String> {bad:?}"
    );
    let serde_err = serde_json::from_value::<T>(serde_json::Value::from(bad))
        .expect_err("serde must reject what parse rejects");
    assert_eq!(
        serde_err.to_string(),
        err.to_string(),
        "serde error for {bad:?}"
    );
    parsed
}

/// A type that is not a secret also writes its text back.
fn round_trips<T, E>(good: &str, bad: &str)
where
    T: FromStr<Err = E>
        + for<'a> TryFrom<&'a str, Error = E>
        + TryFrom<String, Error = E>
        + DeserializeOwned
        + Serialize
        + PartialEq
        + Debug
        + Display
        + Into<String>,
    E: Debug + PartialEq + Display,
{
    let parsed: T = parses(good, bad);
    assert_eq!(parsed.to_string(), good, "Display");
    assert_eq!(parsed.into(), good.to_owned(), "From<T> for String");
}

/// A type that keeps its text also lends it out.
fn lends<T: AsRef<str> + FromStr>(good: &str)
where
    T::Err: Debug,
{
    let parsed: T = good.parse().expect(good);
    assert_eq!(parsed.as_ref(), good, "AsRef<str>");
}

#[test]
fn names_and_references() {
    round_trips::<SecretName, _>("airflow-fernet-key", "Airflow_Key");
    round_trips::<SecretKeyName, _>("connection", "..x");
    round_trips::<SecretRef, _>("airflow-db/connection", "airflow-db/bad key");
    lends::<SecretName>("airflow-fernet-key");
    lends::<SecretKeyName>("connection");
}

#[test]
fn dns_names() {
    round_trips::<DnsLabel, _>("airflow", "air.flow");
    round_trips::<DnsSubdomain, _>("logs.example.com", "Logs");
}

#[test]
fn versions() {
    round_trips::<AirflowVersion, _>("2.9.3", "2.9");
    // The chart releases have no serde; the text conversions are the same.
    for (good, bad) in [("1.15.0", "1.15"), ("1.14.0", "1.9.0")] {
        let release = ChartRelease::from_str(good).expect(good);
        assert_eq!(ChartRelease::try_from(good), Ok(release), "{good}");
        assert_eq!(
            ChartRelease::try_from(good.to_owned()),
            Ok(release),
            "{good}"
        );
        assert_eq!(String::from(release), good);
        assert_eq!(
            ChartRelease::try_from(bad).map_err(|e| e.to_string()),
            Err(ChartRelease::from_str(bad).expect_err(bad).to_string()),
            "{bad}"
        );
    }
    let version = ChartVersion::try_from("1.22.0".to_owned()).expect("modeled");
    assert_eq!(version, ChartVersion::LATEST);
    assert_eq!(String::from(version), "1.22.0");
    assert!(
        ChartVersion::try_from("1.14.0").is_err(),
        "1.14.0 is not modeled"
    );
}

#[test]
fn database_names() {
    round_trips::<SslMode, _>("verify-full", "REQUIRE");
    round_trips::<Dialect, _>("postgresql", "oracle");
    round_trips::<Driver, _>("postgresql+psycopg2", "postgresql+nope");
    lends::<SslMode>("require");
    lends::<Dialect>("mysql");
    lends::<Driver>("mysql+mysqldb");
}

#[test]
fn executors() {
    round_trips::<Executor, _>("CeleryExecutor", "Celery Executor");
    round_trips::<ExecutorPath, _>("my.module.MyExecutor", "my..MyExecutor");
    round_trips::<Executors, _>("CeleryExecutor,KubernetesExecutor", "CeleryExecutor,,");
    lends::<Executor>("KubernetesExecutor");
    lends::<ExecutorPath>("my.module.MyExecutor");
}

#[test]
fn git_types() {
    let sha = "0123456789abcdef0123456789abcdef01234567";
    round_trips::<GitRepo, _>(
        "https://github.com/apache/airflow.git",
        "ftp://example.com/x",
    );
    round_trips::<RefName, _>("main", "bad..ref");
    round_trips::<CommitId, _>(sha, "0123");
    round_trips::<GitRef, _>("refs/tags/v1.0", "refs/heads/a..b");
    let known = "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
    round_trips::<KnownHosts, _>(known, "github.com ssh-ed25519");
    lends::<GitRepo>("https://github.com/apache/airflow.git");
    lends::<RefName>("main");
    lends::<CommitId>(sha);
    lends::<KnownHosts>(known);
}

#[test]
fn image_types() {
    let digest = format!("sha256:{}", "a".repeat(64));
    round_trips::<Digest, _>(&digest, "sha256:AA");
    round_trips::<Tag, _>("2.10.5-python3.12", "-bad");
    round_trips::<ImageRef, _>("apache/airflow:2.10.5", "apache/airflow:-bad");
    lends::<Digest>(&digest);
    lends::<Tag>("3.0.2");
}

#[test]
fn secrets_parse_alike_and_never_display_their_text() {
    let fernet = "Uzt8wtP3sCCy5mJH0QyJw5zdSoj5mUr6bYOKa_UfP6A=";
    let key: FernetKey = parses(fernet, "short");
    assert_eq!(key.to_string(), "***");
    let key: SecretKey = parses("0123456789abcdef", "short");
    assert_eq!(key.to_string(), "***");
    let pw: Password = parses("p@ss:w/rd", "");
    assert_eq!(pw.to_string(), "***");
    let value: SecretValue = SecretValue::from_str("anything").expect("never fails");
    assert_eq!(value.expose_secret(), "anything");
    let url: SqlAlchemyUrl = parses(
        "postgresql+psycopg2://airflow:pw@db.example.com:5432/airflow",
        "postgresql+psycopg2://airflow:pw@/airflow",
    );
    assert!(!url.to_string().contains(":pw@"), "{url}");
}
