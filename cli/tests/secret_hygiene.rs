//! No secret reaches the output of `airflow-values check`, in any of its four
//! formats: values files and `--set` arguments hold recognizable canaries
//! under every key that holds a secret, in the places findings point at
//! (invalid keys, credentials in URLs, unknown keys beside secrets, broken
//! YAML inside a secret), and neither stdout nor stderr may show one.

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_airflow-values");

fn canary(n: usize) -> String {
    format!("s3cr3t-CANARY-{n:02}-xq")
}

/// A fresh directory for this test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "airflow-values-secrets-{}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {dir:?}: {e}"));
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Values files whose findings sit on lines that hold secrets.
fn files() -> Vec<(&'static str, String)> {
    let c: Vec<String> = (0..20).map(canary).collect();
    vec![
        (
            "secrets.yaml",
            format!(
                "fernetKey: {}\nwebserverSecretKey: \"{}\"\njwtSecret: '{}'\ndata:\n  metadataConnection:\n    user: airflow\n    pass: {}\n    host: db.example.com\n    db: airflow\n    sslmode: disable\npostgresql:\n  auth:\n    postgresPassword: {}\nredis:\n  password: {}\ndags:\n  gitSync:\n    enabled: true\n    repo: https://x-access-token:{}@github.com/acme/dags.git\n    branch: main\n    sshKey: {}\nwebserver:\n  defaultUser:\n    password: {}\nflower:\n  password: {}\nregistry:\n  connection:\n    pass: {}\nenv:\n  - name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN\n    value: postgresql://airflow:{}@db/airflow\n",
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11]
            ),
        ),
        (
            "typos.yaml",
            format!(
                "fernetKeyy: {}\ndata:\n  metadataConnection:\n    passs: {}\nwebserver:\n  defaultUser:\n    passwrd: {}\nfernetKey: [{}]\nredis:\n  password: yes\n",
                c[12], c[13], c[14], c[15]
            ),
        ),
        ("unterminated.yaml", format!("fernetKey: \"{}\n", c[16])),
        (
            "tab.yaml",
            format!("data:\n  metadataConnection:\n\tpass: {}\n", c[17]),
        ),
    ]
}

fn run(dir: &TempDir, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(&dir.0)
        .env_remove("NO_COLOR")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"))
}

#[test]
fn no_output_format_shows_a_secret() {
    let dir = TempDir::new("formats");
    let files = files();
    for (name, text) in &files {
        std::fs::write(dir.0.join(name), text).expect("writes the file");
    }
    let set_secret = canary(18);
    let set_url = format!(
        "dags.gitSync.repo=https://{}@github.com/a/b.git",
        canary(19)
    );
    let set_fernet = format!("fernetKey={set_secret}");
    let canaries: Vec<String> = (0..20).map(canary).collect();
    let mut runs = 0;
    for (name, _) in &files {
        for format in ["human", "json", "github", "sarif"] {
            for (version, profile) in [("1.15.0", "production"), ("1.22.0", "default")] {
                let output = run(
                    &dir,
                    &[
                        "check",
                        name,
                        "--format",
                        format,
                        "--chart-version",
                        version,
                        "--profile",
                        profile,
                        "--set",
                        &set_fernet,
                        "--set-string",
                        &set_url,
                    ],
                );
                runs += 1;
                assert_eq!(
                    output.status.code(),
                    Some(1),
                    "{name} {format}: findings are expected\n{}",
                    String::from_utf8_lossy(&output.stdout)
                );
                for stream in [&output.stdout, &output.stderr] {
                    let text = String::from_utf8_lossy(stream);
                    for canary in &canaries {
                        assert!(
                            !text.contains(canary.as_str()),
                            "{name} --format {format} ({version}, {profile}) shows {canary}:\n{text}"
                        );
                    }
                }
            }
        }
    }
    assert_eq!(runs, files.len() * 8);
}

#[test]
fn the_human_format_still_shows_the_line_with_the_secret_masked() {
    let dir = TempDir::new("masked");
    let secret = canary(30);
    std::fs::write(dir.0.join("values.yaml"), format!("fernetKey: {secret}\n"))
        .expect("writes the file");
    let output = run(
        &dir,
        &[
            "check",
            "values.yaml",
            "--profile",
            "production",
            "--chart-version",
            "1.15.0",
        ],
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("AV0405"), "{text}");
    assert!(text.contains("fernetKey: ***"), "{text}");
    assert!(!text.contains(&secret), "{text}");
}
