//! No secret's text leaves the library: every public type that can hold a
//! secret is built with a recognizable canary, and the canary must not show
//! in its `Debug` or `Display`, in an error about it, in `check` diagnostics
//! (both profiles, both chart versions), nor in the report's rendering.
//!
//! The CLI's four output formats are covered in `cli/tests/secret_hygiene.rs`.

use airflow_values::check::{CheckOptions, Profile, Source, check};
use airflow_values::official::{ChartVersion, MetadataConnectionValues, Values};
use airflow_values::types::{
    Dialect, Driver, FernetKey, GitRepo, MetadataConnection, Password, SecretKey, SecretValue,
    SqlAlchemyUrl, SslMode,
};

/// A recognizable secret: long enough that it cannot appear by chance.
fn canary(n: usize) -> String {
    format!("s3cr3t-CANARY-{n:02}-xq")
}

/// Fails when any text holds the canary (or, for canaries with URL-reserved
/// characters, its percent-encoded form).
#[track_caller]
fn assert_hidden(canary: &str, what: &str, texts: &[String]) {
    let encoded: String = canary.replace('@', "%40").replace(':', "%3A");
    for text in texts {
        assert!(
            !text.contains(canary) && !text.contains(&encoded),
            "{what} shows the secret {canary:?}: {text}"
        );
    }
}

fn shown<T: std::fmt::Debug + std::fmt::Display>(value: &T) -> Vec<String> {
    vec![
        format!("{value:?}"),
        format!("{value:#?}"),
        value.to_string(),
    ]
}

#[test]
fn secret_wrappers_hide_their_text() {
    let fernet = FernetKey::generate().expect("a key");
    assert_hidden(fernet.expose_secret(), "FernetKey", &shown(&fernet));
    let key = SecretKey::generate().expect("a key");
    assert_hidden(key.expose_secret(), "SecretKey", &shown(&key));
    let password = Password::new(canary(1)).expect("a password");
    assert_hidden(&canary(1), "Password", &shown(&password));
    let value = SecretValue::new(canary(2));
    assert_hidden(&canary(2), "SecretValue", &shown(&value));
    for converted in [
        SecretValue::from(fernet.clone()),
        SecretValue::from(key.clone()),
        SecretValue::from(password.clone()),
    ] {
        assert_hidden(
            converted.expose_secret(),
            "SecretValue::from",
            &shown(&converted),
        );
    }
}

#[test]
fn errors_about_secrets_do_not_quote_them() {
    // Malformed fernet keys and secret keys of every kind of error.
    let short = canary(3);
    let bad_char = format!("{}!{}", "A".repeat(20), "B".repeat(23));
    let spaced = format!(" {}", canary(4));
    for text in [&short, &bad_char, &spaced] {
        for err in [
            text.parse::<FernetKey>().err(),
            text.parse::<SecretKey>().err(),
        ]
        .into_iter()
        .flatten()
        {
            assert_hidden(
                text.trim(),
                "a secret's parse error",
                &[err.to_string(), format!("{err:?}")],
            );
        }
    }
    // A fernet key that is the right length but decodes wrongly.
    let wrong = format!("{}=", "A".repeat(42) + "B");
    if let Err(err) = wrong.parse::<FernetKey>() {
        assert_hidden(
            &wrong,
            "FernetKey error",
            &[err.to_string(), format!("{err:?}")],
        );
    }
}

#[test]
fn database_urls_hide_the_password_in_every_form() {
    let secret = canary(5);
    let url = SqlAlchemyUrl::builder()
        .driver(Driver::PostgresqlPsycopg2)
        .user("airflow@server")
        .password(Password::new(format!("{secret}:/@ %")).expect("a password"))
        .host("db.example.com")
        .database("airflow")
        .sslmode(SslMode::Require)
        .build();
    assert_hidden(&secret, "SqlAlchemyUrl", &shown(&url));
    assert!(
        url.expose_secret().contains(&secret),
        "the clear form keeps it"
    );

    // Parsing strings that hold the password, right or wrong.
    for text in [
        format!("postgresql+psycopg2://airflow:{secret}@db/airflow"),
        format!("postgresql+psycopg2://airflow:{secret}@db/air flow"),
        format!("postgresql+psycopg2://airflow:{secret}@db:99999/airflow"),
        format!("postgresql+psycopg2://airflow:{secret}@@db/airflow"),
        format!("postgresql+psycopg2://airflow:{secret}/x@db/airflow"),
        format!("postgresql+psycopg2://airflow:{secret}%zz@db/airflow"),
        format!("postgresql+psycopg2://airflow:{secret}@db/airflow#frag"),
        format!("oracle://airflow:{secret}@db/airflow"),
        format!("postgresql+psycopg2://airflow:{secret}@/airflow"),
        format!("postgresql+psycopg2://airflow:{secret}@db"),
    ] {
        match SqlAlchemyUrl::parse(&text) {
            Ok(url) => assert_hidden(&secret, "a parsed SqlAlchemyUrl", &shown(&url)),
            Err(err) => assert_hidden(
                &secret,
                "a SqlAlchemyUrl parse error",
                &[err.to_string(), format!("{err:?}")],
            ),
        }
    }

    let connection = MetadataConnection::builder()
        .protocol(Dialect::Postgresql)
        .host("db.example.com")
        .db("airflow")
        .user("airflow")
        .password(Password::new(secret.clone()).expect("a password"))
        .sslmode(SslMode::VerifyFull)
        .build();
    assert_hidden(
        &secret,
        "MetadataConnection",
        &[format!("{connection:?}"), format!("{connection:#?}")],
    );
    assert_hidden(
        &secret,
        "MetadataConnection::to_url",
        &shown(&connection.to_url()),
    );
    let values = MetadataConnectionValues::try_from(&connection).expect("no space in the canary");
    assert_hidden(
        &secret,
        "MetadataConnectionValues",
        &[format!("{values:?}")],
    );
    // A password the chart would corrupt is refused without being shown.
    let spaced = format!("{secret} x");
    let connection = MetadataConnection::builder()
        .protocol(Dialect::Postgresql)
        .host("db.example.com")
        .db("airflow")
        .user("airflow")
        .password(Password::new(spaced.clone()).expect("a password"))
        .sslmode(SslMode::VerifyFull)
        .build();
    let err = MetadataConnectionValues::try_from(&connection).expect_err("a space is refused");
    assert_hidden(
        &secret,
        "ConnectionValuesError",
        &[format!("{err}"), format!("{err:?}")],
    );
}

#[test]
fn git_urls_with_credentials_are_refused_without_echoing_them() {
    let secret = canary(6);
    for text in [
        format!("https://{secret}@github.com/acme/dags.git"),
        format!("https://x-access-token:{secret}@github.com/acme/dags.git"),
        format!("ssh://git:{secret}@github.com/acme/dags.git"),
        format!("http://user:{secret}@github.com/acme/dags.git"),
        format!("https://user:{secret}@github.com:99999/acme/dags.git"),
        format!("git@github.com:{secret}@acme/dags.git"),
    ] {
        match GitRepo::parse(&text) {
            Ok(repo) => panic!("credentials accepted in {repo}"),
            Err(err) => assert_hidden(
                &secret,
                "a GitRepo parse error",
                &[err.to_string(), format!("{err:?}")],
            ),
        }
    }
}

/// A values file with a different canary under every key that holds a secret
/// in the official chart, and the secret-bearing strings of other keys
/// (connection URLs, git URLs with tokens) that rules look at.
fn values_with_secrets() -> (String, Vec<String>) {
    let c: Vec<String> = (10..40).map(canary).collect();
    let text = format!(
        r#"fernetKey: {c0}
webserverSecretKey: {c1}
apiSecretKey: {c2}
jwtSecret: {c3}
data:
  metadataConnection:
    user: airflow
    pass: {c4}
    host: db.example.com
    db: airflow
    sslmode: disable
  resultBackendConnection:
    protocol: postgresql
    port: 5432
    sslmode: disable
    user: airflow
    pass: {c5}
    host: db.example.com
    db: airflow
postgresql:
  auth:
    postgresPassword: {c6}
    password: {c7}
redis:
  password: {c8}
kerberos:
  keytabBase64Content: {c9}
pgbouncer:
  enabled: true
  ssl:
    key: {c10}
webserver:
  defaultUser:
    password: {c11}
dags:
  gitSync:
    enabled: true
    repo: https://x-access-token:{c12}@github.com/acme/dags.git
    branch: main
    sshKey: {c13}
registry:
  connection:
    user: me
    pass: {c14}
    host: acr.example.com
flower:
  password: {c15}
elasticsearch:
  enabled: true
  connection:
    user: elastic
    pass: {c16}
    host: es.example.com
extraSecrets:
  app-secret:
    stringData: {c17}
    data: {c18}
env:
  - name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN
    value: postgresql+psycopg2://airflow:{c19}@db.example.com/airflow
config:
  database:
    sql_alchemy_conn: postgresql+psycopg2://airflow:{c20}@db.example.com/airflow
"#,
        c0 = c[0],
        c1 = c[1],
        c2 = c[2],
        c3 = c[3],
        c4 = c[4],
        c5 = c[5],
        c6 = c[6],
        c7 = c[7],
        c8 = c[8],
        c9 = c[9],
        c10 = c[10],
        c11 = c[11],
        c12 = c[12],
        c13 = c[13],
        c14 = c[14],
        c15 = c[15],
        c16 = c[16],
        c17 = c[17],
        c18 = c[18],
        c19 = c[19],
        c20 = c[20],
    );
    (text, c[..21].to_vec())
}

#[test]
fn the_typed_model_hides_secret_values_in_debug() {
    let (text, canaries) = values_with_secrets();
    let values = Values::from_yaml(&text, ChartVersion::LATEST).expect("the file reads");
    let debug = format!("{values:?}\n{values:#?}");
    let keys = [
        "fernetKey",
        "webserverSecretKey",
        "apiSecretKey",
        "jwtSecret",
        "data.metadataConnection.pass",
        "data.resultBackendConnection.pass",
        "postgresql.auth.postgresPassword",
        "postgresql.auth.password",
        "redis.password",
        "kerberos.keytabBase64Content",
        "pgbouncer.ssl.key",
        "webserver.defaultUser.password",
        "dags.gitSync.repo (URL token)",
        "dags.gitSync.sshKey",
        "registry.connection.pass",
        "flower.password",
        "elasticsearch.connection.pass",
        "extraSecrets.*.stringData",
        "extraSecrets.*.data",
        "env[0].value (URL password)",
        "config.database.sql_alchemy_conn (URL password)",
    ];
    let shown: Vec<&str> = keys
        .iter()
        .zip(&canaries)
        .filter(|(_, canary)| debug.contains(canary.as_str()))
        .map(|(key, _)| *key)
        .collect();
    // Strings that are not secrets by type (a repo URL, an env value, a
    // config value) are kept as written; `check` flags credentials in them.
    let expected: Vec<&str> = keys
        .iter()
        .copied()
        .filter(|key| key.contains("URL"))
        .collect();
    assert_eq!(shown, expected, "keys whose secret Debug shows");
}

#[test]
fn check_reports_never_hold_a_secret() {
    let (text, canaries) = values_with_secrets();
    // The same secrets where they break the file or the structure: a wrong
    // type, an unknown key beside them, YAML that ends inside a quoted secret.
    let broken_type = format!(
        "fernetKey: [{}]\nwebserverSecretKey: {{a: {}}}\n",
        canaries[0], canaries[1]
    );
    let unknown_key = format!(
        "fernetKeyy: {}\ndata:\n  metadataConnection:\n    passs: {}\n",
        canaries[0], canaries[4]
    );
    let unterminated = format!("fernetKey: \"{}\n", canaries[0]);
    let bad_indent = format!("fernetKey: {}\n  pass: {}\n", canaries[0], canaries[4]);
    let files = [text, broken_type, unknown_key, unterminated, bad_indent];
    for file in &files {
        for version in ChartVersion::ALL {
            for profile in [Profile::Default, Profile::Production] {
                let options = CheckOptions::new(*version)
                    .profile(profile)
                    .set(format!("webserverSecretKey={}", canaries[1]));
                let report = check(&[Source::new("values.yaml", file.as_bytes())], &options);
                assert!(
                    !report.diagnostics().is_empty(),
                    "{version} {profile}: {file}"
                );
                let rendered = vec![
                    report.to_string(),
                    format!("{report:?}"),
                    serde_json::to_string(report.diagnostics()).expect("JSON"),
                ];
                for canary in &canaries {
                    assert_hidden(canary, "a check report", &rendered);
                }
            }
        }
    }
}

#[test]
fn weak_and_malformed_secrets_are_reported_without_their_text() {
    // The rules that look at secrets (invalid fernet key, credentials in a
    // git URL) fire, and still name no secret.
    let secret = canary(50);
    let text = format!(
        "fernetKey: {secret}\ndags:\n  gitSync:\n    enabled: true\n    repo: https://{secret}@github.com/a/b.git\n    branch: main\n"
    );
    let options = CheckOptions::new(ChartVersion::V1_15_0).profile(Profile::Production);
    let report = check(&[Source::new("values.yaml", text.as_bytes())], &options);
    let codes: Vec<&str> = report
        .diagnostics()
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert!(
        codes.contains(&"AV0404") && codes.contains(&"AV0405"),
        "{codes:?}"
    );
    assert_hidden(
        &secret,
        "a rule's finding",
        &[report.to_string(), format!("{report:?}")],
    );
}

/// `text` with every byte range `redactions` names replaced by `***`.
fn masked(text: &str, chart: airflow_values::check::Chart, sets: &[&str]) -> (String, Vec<String>) {
    let mut options = CheckOptions::new(chart);
    for set in sets {
        options = options.set(*set);
    }
    let found =
        airflow_values::check::redactions(&[Source::new("v.yaml", text.as_bytes())], &options);
    let mut lines = Vec::new();
    for (index, line) in text.split('\n').enumerate() {
        let mut out = String::new();
        let mut last = 0;
        for range in found.line("v.yaml", index + 1) {
            out.push_str(&line[last..range.start]);
            out.push_str("***");
            last = range.end;
        }
        out.push_str(&line[last..]);
        lines.push(out);
    }
    let sets = sets
        .iter()
        .enumerate()
        .map(|(index, set)| {
            let mut out = (*set).to_owned();
            for range in found.set_argument(index).iter().rev() {
                out.replace_range(range.clone(), "***");
            }
            out
        })
        .collect();
    (lines.join("\n"), sets)
}

/// Every secret a values file or a `--set` holds is named by `redactions`,
/// in every style YAML has, for each chart: a program that masks what it
/// names shows none.
#[test]
fn redactions_cover_secrets_in_every_yaml_style() {
    let c: Vec<String> = (100..140).map(canary).collect();
    let official = format!(
        "data: {{metadataConnection: {{user: airflow, pass: {}, host: db, bogus: 1}}}}\n\
         webserverSecretKey: {{k: {}}}\n\
         fernetKey: >\n  {}\n  {}\n\
         jwtSecret: {}\n  {}\n\
         x-secrets: &pw {}\n\
         redis:\n  password: *pw\n\
         dags:\n  gitSync:\n    sshKey: |\n      {}\n      {}\n\
         kerberos: {{keytabBase64Content: '{}'}}\n\
         flower: {{password: \"{}\n  {}\"}}\n\
         extraSecrets:\n  s:\n    data: |-\n      {}\n",
        c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12]
    );
    let sets = [
        format!(
            "executor=KubernetesExecutor,data.metadataConnection.pass={}",
            c[13]
        ),
        format!("extraSecrets.t.data={}", c[14]),
    ];
    let sets: Vec<&str> = sets.iter().map(String::as_str).collect();
    let mut checked = vec![(official, ChartVersion::V1_15_0.into(), sets.clone())];
    checked.push((
        checked[0].0.clone(),
        ChartVersion::V1_22_0.into(),
        sets.clone(),
    ));
    #[cfg(feature = "bitnami")]
    checked.push((
        format!(
            "auth: {{password: {}, fernetKey: {}}}\nexternalDatabase:\n  sqlConnection: {}\n  \
             password: |\n    {}\nx-a: &a {}\nldap: {{bindpw: *a}}\n",
            c[20], c[21], c[22], c[23], c[24]
        ),
        airflow_values::check::Chart::Bitnami,
        Vec::new(),
    ));
    #[cfg(feature = "community")]
    checked.push((
        format!(
            "airflow:\n  fernetKey: {}\n  sqlalchemy_connection: {}\n    {}\n\
             externalDatabase: {{password: \"{}\"}}\n",
            c[30], c[31], c[32], c[33]
        ),
        airflow_values::check::Chart::Community,
        Vec::new(),
    ));
    for (text, chart, sets) in &checked {
        let in_file: Vec<&String> = c.iter().filter(|c| text.contains(c.as_str())).collect();
        assert!(in_file.len() >= 4, "{chart}: the file holds its canaries");
        let (masked, masked_sets) = masked(text, *chart, sets);
        for canary in &c {
            assert_hidden(
                canary,
                &format!("{chart}: the masked file"),
                std::slice::from_ref(&masked),
            );
            assert_hidden(canary, &format!("{chart}: the masked --set"), &masked_sets);
        }
        // Not everything: the keys and the user name stay.
        assert!(masked.contains("password: "), "{masked}");
    }
}
