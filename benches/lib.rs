//! Nothing to link: the package holds the library's criterion benchmarks
//! (`check.rs`, run with `cargo bench --bench check`) and, beside them,
//! `process.sh` for whole-process figures. See README.md here.
