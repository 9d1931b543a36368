//! `check` in-process: a small file, seed 004 (typical) and the largest
//! official corpus file, both profiles; every file of the corpus; the seed
//! repeated 10× and 100× (scaling); plus building and writing the
//! aks-production values. Numbers and how to run: benches/README.md.
//!
//! Needs ../shared beside the repository (the seed and corpus files).

use std::hint::black_box;

use airflow_values::check::{CheckOptions, Profile, Source, check};
use airflow_values::official::ChartVersion;
use airflow_values::plan::{IngressOwner, Plan};
use airflow_values::presets::AksProduction;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn shared(relative: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared")
        .join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{} is needed: {e}", path.display()))
}

/// `n` copies of a file's top-level keys under distinct prefixes of one
/// key (`scheduler`), so that the document grows without duplicate keys.
fn repeated(text: &str, n: usize) -> String {
    let mut out = String::from(text);
    for i in 1..n {
        out.push_str(&format!("x-copy-{i}:\n"));
        for line in text.lines() {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A small values file: what a team that only pins the image and the
/// executor writes.
const SMALL: &[u8] = b"executor: KubernetesExecutor\nimages:\n  airflow:\n    repository: acme.azurecr.io/apache/airflow\n    tag: 2.10.5\n";

/// Every values file of ../shared/corpus (all three chart dialects), sorted.
fn corpus() -> Vec<Vec<u8>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let mut files = Vec::new();
    let dialects =
        std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{} is needed: {e}", root.display()));
    for dialect in dialects.flatten().filter(|d| d.path().is_dir()) {
        for file in std::fs::read_dir(dialect.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read(p).expect("a corpus file"))
        .collect()
}

fn bench_check(c: &mut Criterion) {
    let seed = shared("seed-values/004-aks-airflow_values.yaml");
    let largest = shared("corpus/official/038-serikuly-miras-lab-infra-airflow-values.yaml");
    // Build the schemas once, as a long-running process would.
    for version in ChartVersion::ALL {
        let _ = airflow_values::official::json_schema(*version);
    }
    let mut group = c.benchmark_group("check");
    let small = SMALL.to_vec();
    for (name, bytes) in [
        ("small", &small),
        ("seed-004", &seed),
        ("corpus-038", &largest),
    ] {
        for profile in [Profile::Default, Profile::Production] {
            let options = CheckOptions::new(ChartVersion::V1_15_0).profile(profile);
            group.throughput(Throughput::Bytes(bytes.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, profile), bytes, |b, bytes| {
                b.iter(|| {
                    check(
                        &[Source::new("v.yaml", bytes.as_slice())],
                        black_box(&options),
                    )
                })
            });
        }
    }
    let files = corpus();
    let total: usize = files.iter().map(Vec::len).sum();
    group.throughput(Throughput::Bytes(total as u64));
    let options = CheckOptions::new(ChartVersion::V1_15_0).profile(Profile::Production);
    group.bench_function(format!("corpus-all-{}-files", files.len()), |b| {
        b.iter(|| {
            for bytes in &files {
                black_box(check(&[Source::new("v.yaml", bytes.as_slice())], &options));
            }
        })
    });
    group.finish();

    let text = String::from_utf8(seed.clone()).expect("seed is UTF-8");
    let mut scaling = c.benchmark_group("check-scaling");
    let options = CheckOptions::new(ChartVersion::V1_15_0).profile(Profile::Production);
    for n in [1, 10, 100] {
        let doc = repeated(&text, n);
        scaling.throughput(Throughput::Bytes(doc.len() as u64));
        scaling.bench_with_input(BenchmarkId::from_parameter(n), &doc, |b, doc| {
            b.iter(|| {
                check(
                    &[Source::new("v.yaml", doc.as_bytes())],
                    black_box(&options),
                )
            })
        });
    }
    scaling.finish();
}

fn bench_generate(c: &mut Criterion) {
    let plan = Plan::builder(ChartVersion::V1_22_0)
        .workload_identity(
            "00001111-aaaa-2222-bbbb-3333cccc4444",
            "aaaabbbb-0000-cccc-1111-dddd2222eeee",
        )
        .key_vault_url("https://contoso-kv.vault.azure.net/")
        .logs_on_blob("contoso-rg", "contosologs", "airflow-logs")
        .ingress(
            IngressOwner::Chart,
            "airflow.contoso.com",
            "ops@contoso.com",
        )
        .build()
        .expect("the plan builds");
    c.bench_function("aks-production build + to_yaml", |b| {
        b.iter(|| {
            let values = AksProduction::new(ChartVersion::V1_22_0)
                .dags(
                    "git@github.com:contoso/dags.git",
                    "main",
                    AksProduction::GITHUB_KNOWN_HOSTS,
                )
                .plan(plan.clone())
                .build()
                .expect("the preset builds");
            black_box(values.values.to_yaml().expect("serializes"))
        })
    });
}

criterion_group!(benches, bench_check, bench_generate);
criterion_main!(benches);
