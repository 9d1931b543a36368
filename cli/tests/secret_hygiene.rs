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

/// Hands out a new canary for each secret written.
struct Canaries(Vec<String>);

impl Canaries {
    fn next(&mut self) -> String {
        let canary = canary(self.0.len());
        self.0.push(canary.clone());
        canary
    }
}

/// One run's inputs: the chart flags, values files, and `--set` arguments.
/// No `--set` writes a key a file writes, so every canary reaches the check.
struct Case {
    name: &'static str,
    flags: &'static [&'static str],
    files: Vec<(&'static str, String)>,
    sets: Vec<(&'static str, String)>,
}

/// Values files and `--set` arguments of the three charts, whose findings
/// sit on lines that hold secrets, in every style YAML has: plain, quoted,
/// flow, multi-line plain, literal and folded blocks, anchors and aliases.
fn cases(c: &mut Canaries) -> Vec<Case> {
    let official_files = vec![
        (
            "secrets.yaml",
            format!(
                "fernetKey: {}\nwebserverSecretKey: \"{}\"\njwtSecret: '{}'\ndata:\n  metadataConnection:\n    user: airflow\n    pass: {}\n    host: db.example.com\n    db: airflow\n    sslmode: disable\npostgresql:\n  auth:\n    postgresPassword: {}\nredis:\n  password: {}\ndags:\n  gitSync:\n    enabled: true\n    repo: https://x-access-token:{}@github.com/acme/dags.git\n    branch: main\n    sshKey: {}\nwebserver:\n  defaultUser:\n    password: {}\nflower:\n  password: {}\nregistry:\n  connection:\n    pass: {}\nenv:\n  - name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN\n    value: postgresql://airflow:{}@db/airflow\n",
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next()
            ),
        ),
        (
            "typos.yaml",
            format!(
                "fernetKeyy: {}\ndata:\n  metadataConnection:\n    passs: {}\nwebserver:\n  defaultUser:\n    passwrd: {}\nfernetKey: [{}]\nredis:\n  password: yes\n",
                c.next(),
                c.next(),
                c.next(),
                c.next()
            ),
        ),
        // The report of issue 21, as a new user wrote it.
        (
            "flow.yaml",
            format!(
                "data: {{metadataConnection: {{user: airflow, pass: {}, host: db.example.com, sslmode: disable, bogus: 1}}}}\nwebserverSecretKey: {{k: {}}}\n",
                c.next(),
                c.next()
            ),
        ),
        (
            "styles.yaml",
            format!(
                "fernetKey: >\n  {}\n  {}\nwebserverSecretKey: {}\n  {}\nx-secrets: &pw {}\nredis:\n  password: *pw\ndags:\n  gitSync:\n    enabled: true\n    repo: https://github.com/acme/dags.git\n    sshKey: |\n      {}\n      {}\nkerberos: {{keytabBase64Content: '{}', enabled: yes}}\nflower: {{password: \"{}\n  {}\", bogus: 1}}\n",
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next()
            ),
        ),
        ("unterminated.yaml", format!("fernetKey: \"{}\n", c.next())),
        (
            "tab.yaml",
            format!("data:\n  metadataConnection:\n\tpass: {}\n", c.next()),
        ),
    ];
    let official_sets = vec![
        ("--set", format!("fernetKey={},executor=Bogus", c.next())),
        (
            "--set-string",
            format!("dags.gitSync.repo=https://{}@github.com/a/b.git", c.next()),
        ),
        (
            "--set",
            format!(
                "data.metadataConnection.pass={},webserverSecretKey={}",
                c.next(),
                c.next()
            ),
        ),
        ("--set", format!("passwrd={},broken", c.next())),
    ];
    let bitnami = format!(
        "auth: {{password: {}, fernetKey: {}, secretKey: {}, jwtSecretKey: {}, bogus: 1}}\nexternalDatabase:\n  sqlConnection: {}\n  password: |\n    {}\n  bogus: 1\nldap: {{bindpw: {}, bogus: 1}}\n",
        c.next(),
        c.next(),
        c.next(),
        c.next(),
        c.next(),
        c.next(),
        c.next()
    );
    let bitnami_sets = vec![(
        "--set-string",
        format!("externalDatabase.sqlConnection={},bogus=1", c.next()),
    )];
    let community = format!(
        "airflow:\n  fernetKey: {}\n  webserverSecretKey: {{k: {}}}\n  sqlalchemy_connection: {}\n    {}\n  bogus: 1\nx-pw: &pw {}\nexternalDatabase: {{password: *pw, bogus: 1}}\n",
        c.next(),
        c.next(),
        c.next(),
        c.next(),
        c.next()
    );
    let community_sets = vec![(
        "--set-string",
        format!("airflow.sqlalchemy_connection={},bogus=1", c.next()),
    )];
    let mut cases = Vec::new();
    for (version, name) in [("1.15.0", "official 1.15.0"), ("1.22.0", "official 1.22.0")] {
        let flags: &'static [&'static str] = if version == "1.15.0" {
            &["--chart-version", "1.15.0"]
        } else {
            &["--chart-version", "1.22.0"]
        };
        for file in &official_files {
            cases.push(Case {
                name,
                flags,
                files: vec![file.clone()],
                sets: Vec::new(),
            });
        }
        cases.push(Case {
            name,
            flags,
            files: Vec::new(),
            sets: official_sets.clone(),
        });
    }
    for (name, flags, file, sets) in [
        (
            "bitnami",
            &["--chart", "bitnami-airflow"],
            bitnami,
            bitnami_sets,
        ),
        (
            "community",
            &["--chart", "airflow-helm"],
            community,
            community_sets,
        ),
    ] {
        cases.push(Case {
            name,
            flags,
            files: vec![("values.yaml", file)],
            sets: Vec::new(),
        });
        cases.push(Case {
            name,
            flags,
            files: Vec::new(),
            sets,
        });
    }
    cases
}

fn run(dir: &TempDir, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(&dir.0)
        .env_remove("NO_COLOR")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"))
}

/// Neither stream of `output` shows a canary.
fn assert_no_canary(output: &Output, canaries: &Canaries, what: &str) {
    for stream in [&output.stdout, &output.stderr] {
        let text = String::from_utf8_lossy(stream);
        for canary in &canaries.0 {
            assert!(
                !text.contains(canary.as_str()),
                "{what} shows {canary}:\n{text}"
            );
        }
    }
}

#[test]
fn no_output_format_shows_a_secret() {
    let dir = TempDir::new("formats");
    let mut canaries = Canaries(Vec::new());
    let cases = cases(&mut canaries);
    let mut runs = 0;
    for case in &cases {
        for (name, text) in &case.files {
            std::fs::write(dir.0.join(name), text).expect("writes the file");
        }
        let mut args: Vec<&str> = vec!["check", "--profile", "production"];
        args.extend(case.flags);
        for (name, _) in &case.files {
            args.push(name);
        }
        for (flag, argument) in &case.sets {
            args.extend([*flag, argument.as_str()]);
        }
        let files: Vec<&str> = case.files.iter().map(|(name, _)| *name).collect();
        for format in ["human", "json", "github", "sarif"] {
            let mut args = args.clone();
            args.extend(["--format", format]);
            let output = run(&dir, &args);
            runs += 1;
            let what = format!("{} {files:?} --format {format}", case.name);
            assert_eq!(
                output.status.code(),
                Some(1),
                "{what}: findings are expected\n{}",
                String::from_utf8_lossy(&output.stdout)
            );
            assert_no_canary(&output, &canaries, &what);
            if format == "human" {
                // The lines with secrets were shown, masked: the check above
                // looked at them.
                let text = String::from_utf8_lossy(&output.stdout);
                assert!(text.contains("***"), "{what} shows no masked line:\n{text}");
            }
        }
    }
    assert_eq!(runs, cases.len() * 4);
}

/// The runs that take the secrets to mask from more than one check: each
/// file on its own (`--each-file`, as a pre-commit hook runs it), and a
/// release judged from the two modeled releases around it.
#[test]
fn each_file_and_neighbour_releases_show_no_secret() {
    let dir = TempDir::new("each-file");
    let mut canaries = Canaries(Vec::new());
    let cases = cases(&mut canaries);
    let mut files: Vec<&str> = Vec::new();
    for case in cases.iter().filter(|c| c.name == "official 1.22.0") {
        for (name, text) in &case.files {
            std::fs::write(dir.0.join(name), text).expect("writes the file");
            files.push(name);
        }
    }
    assert!(files.len() > 1, "the official cases have several files");
    for flags in [
        &["--each-file", "--chart-version", "1.22.0"][..],
        &["--each-file", "--chart-version", "1.20.0"][..],
        &["--chart-version", "1.14.0"][..],
    ] {
        let mut args = vec!["check", "--profile", "production"];
        args.extend(flags);
        args.extend(&files);
        let output = run(&dir, &args);
        let what = format!("{flags:?}");
        assert_eq!(
            output.status.code(),
            Some(1),
            "{what}: findings are expected"
        );
        assert_no_canary(&output, &canaries, &what);
        let text = String::from_utf8_lossy(&output.stdout);
        // Checked apart, every file has findings of its own to show.
        for file in files.iter().filter(|_| flags[0] == "--each-file") {
            assert!(
                text.contains(file),
                "{what} shows nothing of {file}:\n{text}"
            );
        }
        assert!(text.contains("***"), "{what} shows no masked line:\n{text}");
    }
}

#[test]
fn migrate_shows_no_secret() {
    let dir = TempDir::new("migrate");
    let mut canaries = Canaries(Vec::new());
    let cases = cases(&mut canaries);
    let mut runs = 0;
    for case in cases
        .iter()
        .filter(|c| c.flags[0] == "--chart" && !c.files.is_empty())
    {
        let (name, text) = &case.files[0];
        std::fs::write(dir.0.join(name), text).expect("writes the file");
        let output = run(
            &dir,
            &[
                "migrate",
                name,
                "--from",
                case.flags[1],
                "-o",
                "migrated.yaml",
            ],
        );
        runs += 1;
        let report = String::from_utf8_lossy(&output.stderr);
        assert!(
            report.contains("***"),
            "{}: no masked line:\n{report}",
            case.name
        );
        assert_no_canary(
            &output,
            &canaries,
            &format!("migrate --from {}", case.flags[1]),
        );
    }
    assert_eq!(runs, 2);
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
