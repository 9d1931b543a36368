//! The string parsers of the domain types: `SqlAlchemyUrl`, `ImageRef`,
//! `GitRepo` (and the git ref and known-hosts parsers beside it).
//!
//! Oracles, besides "no panic":
//! - what parses writes back to text that parses to the same value;
//! - a password (or token) inside a URL never shows in an error, nor in the
//!   `Display`/`Debug` of a URL that parsed. The input is put where the
//!   secret goes, after a recognizable canary, so libFuzzer explores the
//!   parsers' redaction as well as their grammar.
#![no_main]

use airflow_values::types::{GitRef, GitRepo, ImageRef, KnownHosts, SqlAlchemyUrl};
use libfuzzer_sys::fuzz_target;

const CANARY: &str = "Zq9sCANARYxq";

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };

    if let Ok(image) = ImageRef::parse(s) {
        let again = ImageRef::parse(&image.to_string());
        assert_eq!(again.as_ref(), Ok(&image), "ImageRef round trip of {s:?}");
    }
    if let Ok(repo) = GitRepo::parse(s) {
        let again = GitRepo::parse(&repo.to_string());
        assert_eq!(again.as_ref(), Ok(&repo), "GitRepo round trip of {s:?}");
    }
    if let Ok(git_ref) = GitRef::parse(s) {
        let again = GitRef::parse(&git_ref.to_string());
        assert_eq!(again.as_ref(), Ok(&git_ref), "GitRef round trip of {s:?}");
    }
    let _ = KnownHosts::parse(s);
    if let Ok(url) = SqlAlchemyUrl::parse(s) {
        let again = SqlAlchemyUrl::parse(&url.expose_secret());
        assert_eq!(
            again.as_ref(),
            Ok(&url),
            "SqlAlchemyUrl round trip of {s:?}"
        );
    }

    // The input as (the rest of) a password or token.
    for template in [
        "postgresql+psycopg2://airflow:{}@db.example.com/airflow",
        "mysql+mysqldb://u:{}@db/airflow?charset=utf8",
    ] {
        let text = template.replacen("{}", &format!("{CANARY}{s}"), 1);
        match SqlAlchemyUrl::parse(&text) {
            Ok(url) => {
                for shown in [url.to_string(), format!("{url:?}")] {
                    assert!(!shown.contains(CANARY), "password shown: {shown:?}");
                }
            }
            Err(err) => {
                for shown in [err.to_string(), format!("{err:?}")] {
                    assert!(!shown.contains(CANARY), "password in error: {shown:?}");
                }
            }
        }
    }
    for template in [
        "https://x-access-token:{}@github.com/acme/dags.git",
        "https://{}@github.com/acme/dags.git",
        "ssh://git:{}@github.com/acme/dags.git",
    ] {
        let text = template.replacen("{}", &format!("{CANARY}{s}"), 1);
        if let Err(err) = GitRepo::parse(&text) {
            for shown in [err.to_string(), format!("{err:?}")] {
                assert!(!shown.contains(CANARY), "token in error: {shown:?}");
            }
        }
    }
});
