//! Round trips of the domain types over generated inputs (proptest): any user
//! name and password survive percent-encoding through `SqlAlchemyUrl`, and
//! image references and git repository URLs write back to text that parses to
//! the same value.

use airflow_values::types::{Driver, GitRepo, ImageRef, Password, SqlAlchemyUrl, SslMode};
use proptest::prelude::*;

/// User names and passwords: any text, and text made of the characters that
/// need encoding in a URL (`@ : / ? # % +`, spaces, non-ASCII).
fn credential() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9@:/?#%+ &=!$'()*,;~._\\-\\[\\]é€😀]{1,24}",
        Just("airflow@server".to_owned()),
        Just("%".to_owned()),
        Just("%41".to_owned()),
    ]
    .prop_filter("non-empty", |s| !s.is_empty())
}

fn driver() -> impl Strategy<Value = Driver> {
    prop::sample::select(vec![
        Driver::Postgresql,
        Driver::PostgresqlPsycopg2,
        Driver::PostgresqlPg8000,
        Driver::Mysql,
        Driver::MysqlMysqldb,
        Driver::MysqlPymysql,
    ])
}

fn host() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]([a-z0-9-]{0,8}[a-z0-9])?(\\.[a-z]([a-z0-9-]{0,8}[a-z0-9])?){0,3}",
        "(25[0-5]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|1[0-9]{2}|[1-9]?[0-9])){3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn credentials_round_trip_through_percent_encoding(
        driver in driver(),
        user in credential(),
        password in credential(),
        host in host(),
        port in prop::option::of(1u16..),
        database in "[A-Za-z0-9._~$-]{1,16}",
        sslmode in prop::option::of(prop::sample::select(vec![
            SslMode::Disable, SslMode::Require, SslMode::VerifyFull,
        ])),
    ) {
        let url = SqlAlchemyUrl::builder()
            .driver(driver)
            .user(user.clone())
            .password(Password::new(password.clone()).expect("non-empty"))
            .host(host)
            .maybe_port(port)
            .database(database)
            .maybe_sslmode(sslmode)
            .build();
        let text = url.expose_secret();
        let back = SqlAlchemyUrl::parse(&text)
            .map_err(|e| TestCaseError::fail(format!("{e} in {}", url)))?;
        prop_assert_eq!(back.user(), user.as_str());
        prop_assert_eq!(
            back.password().map(Password::expose_secret),
            Some(password.as_str())
        );
        prop_assert_eq!(&back, &url);
        // The redacted form hides the encoded password too.
        prop_assert!(url.to_string().contains(":***@"), "{}", url);
    }

    #[test]
    fn image_references_round_trip(
        registry in prop::option::of("[a-z]([a-z0-9-]{0,6}[a-z0-9])?\\.(io|com|azurecr\\.io)(:[1-9][0-9]{1,3})?"),
        // The first component has no `.`: with one it would name a registry.
        path in "[a-z0-9]{1,8}([_-][a-z0-9]{1,6}){0,2}(/[a-z0-9]{1,8}([._-][a-z0-9]{1,6}){0,1}){0,2}",
        tag in prop::option::of("[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}"),
        digest in prop::option::of("[0-9a-f]{64}"),
    ) {
        let mut text = match &registry {
            Some(registry) => format!("{registry}/{path}"),
            None => path.clone(),
        };
        if let Some(tag) = &tag {
            text = format!("{text}:{tag}");
        }
        if let Some(digest) = &digest {
            text = format!("{text}@sha256:{digest}");
        }
        if tag.is_none() && digest.is_none() {
            text.push_str(":1.0");
        }
        let image = ImageRef::parse(&text)
            .map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
        let again = ImageRef::parse(&image.to_string())
            .map_err(|e| TestCaseError::fail(format!("{e}: {image}")))?;
        prop_assert_eq!(&again, &image);
        prop_assert_eq!(again.to_string(), image.to_string());
    }

    #[test]
    fn git_repositories_round_trip(
        host in "[a-z]([a-z0-9-]{0,8}[a-z0-9])?\\.(com|org|io)",
        owner in "[a-zA-Z0-9][a-zA-Z0-9_.-]{0,12}",
        name in "[a-zA-Z0-9][a-zA-Z0-9_.-]{0,12}",
        form in 0..3u8,
    ) {
        let text = match form {
            0 => format!("https://{host}/{owner}/{name}.git"),
            1 => format!("git@{host}:{owner}/{name}.git"),
            _ => format!("ssh://git@{host}/{owner}/{name}"),
        };
        let repo = GitRepo::parse(&text)
            .map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
        let again = GitRepo::parse(repo.as_str())
            .map_err(|e| TestCaseError::fail(format!("{e}: {repo}")))?;
        prop_assert_eq!(&again, &repo);
        prop_assert_eq!(repo.host(), host.as_str());
    }
}
