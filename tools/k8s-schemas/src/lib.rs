//! Nothing to link: the package holds one test, `tests/schemas_json.rs`,
//! which derives the JSON Schemas of the Kubernetes types the values models
//! use from k8s-openapi and compares them with the library's
//! `src/k8s/schemas.json`.
