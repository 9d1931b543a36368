//! The walker: checks a document against a JSON Schema and collects every issue.

use super::issue::{IssueKind, StructureIssue};
use super::path::{KeyPath, Loc, Step, Trail, is_at, to_path};
use super::schema::{
    Kind, MAX_REF_HOPS, allowed_text, expected_types, is_never, json_eq, type_admits,
    version_marker,
};
use super::suggest;
use serde_json::{Map, Number, Value};
use std::collections::HashSet;

use crate::schemas::SchemaRoot;

/// How deep the walker recurses (schema and document levels together)
/// before it stops looking; deeper values are not checked.
const MAX_DEPTH: u32 = 512;

/// Checks `doc` (a parsed values file) against `schema` and returns every
/// structural issue, each once, in the order the walk meets them (a
/// mapping's keys in `serde_json::Map` order).
///
/// `schema` is a JSON Schema as schemars 1.x writes it (draft 2020-12, with
/// `$defs`; `#/definitions/…` pointers work too). The walker understands
/// boolean schemas, local `$ref`s (a reference cycle on one value stops
/// there), `type`, `enum`, `const`, `minimum`/`maximum` and their exclusive
/// forms, `properties`, `additionalProperties`, `items`/`prefixItems`,
/// `allOf`, `anyOf`, `oneOf` (read as `anyOf`) and `not`; other keywords are
/// ignored. A mapping with `patternProperties` accepts keys that are not in
/// `properties`, since patterns are not evaluated. `required` is not checked:
/// a values file overrides the chart's defaults and need not repeat them.
/// A property marked with `x-chart-versions` and `not: {}` is reported as
/// [`IssueKind::NotInVersion`] and not descended into.
///
/// Matching values allocate nothing; suggestions for unknown keys are
/// computed only when one is reported.
pub(crate) fn walk(schema: SchemaRoot<'_>, doc: &Value) -> Vec<StructureIssue> {
    let walker = Walker { root: schema };
    let mut sink = Sink::collect();
    walker.check(schema.top(), doc, None, Ctx::default(), &mut sink);
    let mut issues = sink.issues;
    if issues.len() > 1 {
        let mut seen = HashSet::new();
        issues.retain(|issue| seen.insert(issue.clone()));
    }
    issues
}

/// [`walk`] and [`secret_paths`] in one pass.
pub(crate) fn walk_with_secrets(
    schema: SchemaRoot<'_>,
    doc: &Value,
) -> (Vec<StructureIssue>, Vec<KeyPath>) {
    let walker = Walker { root: schema };
    let mut sink = Sink::collect();
    sink.secrets = Some(Vec::new());
    walker.check(schema.top(), doc, None, Ctx::default(), &mut sink);
    let mut issues = sink.issues;
    if issues.len() > 1 {
        let mut seen = HashSet::new();
        issues.retain(|issue| seen.insert(issue.clone()));
    }
    let mut secrets = sink.secrets.unwrap_or_default();
    secrets.dedup();
    (issues, secrets)
}

/// The paths of `doc` whose schema marks them `writeOnly` (the schema of
/// every secret type: passwords, keys, tokens, connection strings), whatever
/// the value written there: a mapping where a string belongs is a secret all
/// the same. Paths under keys the schema does not know are not among them.
pub(crate) fn secret_paths(schema: SchemaRoot<'_>, doc: &Value) -> Vec<KeyPath> {
    let walker = Walker { root: schema };
    let mut sink = Sink::collect();
    sink.secrets = Some(Vec::new());
    walker.check(schema.top(), doc, None, Ctx::default(), &mut sink);
    let mut secrets = sink.secrets.unwrap_or_default();
    secrets.dedup();
    secrets
}

/// Where issues go: collected, or, when probing whether a value matches at
/// all, only noted (nothing is built and the walk stops early).
struct Sink {
    issues: Vec<StructureIssue>,
    probe: bool,
    failed: bool,
    /// The paths of secrets met, when asked for.
    secrets: Option<Vec<KeyPath>>,
}

impl Sink {
    fn collect() -> Sink {
        Sink {
            issues: Vec::new(),
            probe: false,
            failed: false,
            secrets: None,
        }
    }

    /// A sink for another schema on the same value, that notes secrets when
    /// this one does.
    fn branch(&self, probe: bool) -> Sink {
        Sink {
            probe,
            secrets: self.secrets.as_ref().map(|_| Vec::new()),
            ..Sink::collect()
        }
    }

    /// Takes the secrets a branch's sink met.
    fn secrets_of(&mut self, branch: &mut Sink) {
        if let (Some(mine), Some(theirs)) = (&mut self.secrets, &mut branch.secrets) {
            mine.append(theirs);
        }
    }

    fn probe() -> Sink {
        Sink {
            probe: true,
            ..Sink::collect()
        }
    }

    fn report(&mut self, loc: Loc<'_, '_>, kind: impl FnOnce() -> IssueKind) {
        self.failed = true;
        if !self.probe {
            self.issues.push(StructureIssue {
                path: to_path(loc),
                kind: kind(),
            });
        }
    }

    /// Whether a probe has its answer and the walk may stop.
    fn done(&self) -> bool {
        self.probe && self.failed
    }
}

/// The `$ref`s being expanded for the current value, linked through the
/// call stack; a reference already on it is a cycle.
struct RefFrame<'p, 's> {
    parent: Option<&'p RefFrame<'p, 's>>,
    reference: &'s str,
}

#[derive(Clone, Copy, Default)]
struct Ctx<'p, 's> {
    refs: Option<&'p RefFrame<'p, 's>>,
    depth: u32,
}

impl<'p, 's> Ctx<'p, 's> {
    /// For a child value: no references are open on it yet.
    fn child(self) -> Ctx<'p, 's> {
        Ctx {
            refs: None,
            depth: self.depth + 1,
        }
    }

    /// For another schema on the same value.
    fn same(self) -> Ctx<'p, 's> {
        Ctx {
            refs: self.refs,
            depth: self.depth + 1,
        }
    }

    fn is_open(&self, reference: &str) -> bool {
        let mut cur = self.refs;
        while let Some(frame) = cur {
            if frame.reference == reference {
                return true;
            }
            cur = frame.parent;
        }
        false
    }
}

struct Walker<'s> {
    root: SchemaRoot<'s>,
}

impl<'s> Walker<'s> {
    /// Whether `value` has a kind `schema` admits: a mapping where a mapping
    /// goes, a list where a list goes, a scalar of an allowed type. Only the
    /// top level is compared, so a typo inside the value does not hide
    /// where it belongs.
    fn fits(&self, schema: &'s Value, value: &Value) -> bool {
        let shallow = match value {
            Value::Object(_) => Value::Object(Map::new()),
            Value::Array(_) => Value::Array(Vec::new()),
            other => other.clone(),
        };
        let mut probe = Sink::probe();
        self.check(schema, &shallow, None, Ctx::default(), &mut probe);
        !probe.failed
    }

    fn check<'d>(
        &self,
        schema: &'s Value,
        value: &'d Value,
        loc: Loc<'_, 'd>,
        ctx: Ctx<'_, 's>,
        out: &mut Sink,
    ) {
        if ctx.depth > MAX_DEPTH {
            return;
        }
        let obj = match schema {
            Value::Object(obj) => obj,
            Value::Bool(false) => return out.report(loc, || IssueKind::Forbidden),
            _ => return,
        };
        if let Some(secrets) = &mut out.secrets
            && obj.get("writeOnly") == Some(&Value::Bool(true))
        {
            secrets.push(to_path(loc));
        }
        if let Some(types) = obj.get("type") {
            let kind = Kind::of(value);
            if !type_admits(types, kind) {
                return out.report(loc, || IssueKind::WrongType {
                    expected: expected_types(types),
                    found: kind.found(),
                });
            }
        }
        if let Some(Value::String(reference)) = obj.get("$ref") {
            self.check_ref(reference, value, loc, ctx, out);
        }
        if let Some(Value::Array(allowed)) = obj.get("enum")
            && !allowed.iter().any(|a| json_eq(a, value))
        {
            out.report(loc, || IssueKind::NotAllowed {
                allowed: allowed.iter().map(allowed_text).collect(),
            });
        }
        if let Some(constant) = obj.get("const")
            && !json_eq(constant, value)
        {
            out.report(loc, || IssueKind::NotAllowed {
                allowed: vec![allowed_text(constant)],
            });
        }
        if let Value::Number(n) = value {
            check_limits(obj, n, loc, out);
        }
        if let Some(not) = obj.get("not") {
            let mut probe = Sink::probe();
            self.check(not, value, loc, ctx.same(), &mut probe);
            if !probe.failed {
                out.report(loc, || IssueKind::Forbidden);
            }
        }
        if out.done() {
            return;
        }
        if let Some(Value::Array(all)) = obj.get("allOf") {
            for branch in all {
                self.check(branch, value, loc, ctx.same(), out);
                if out.done() {
                    return;
                }
            }
        }
        for keyword in ["anyOf", "oneOf"] {
            if let Some(Value::Array(branches)) = obj.get(keyword) {
                self.check_any(branches, value, loc, ctx, out);
                if out.done() {
                    return;
                }
            }
        }
        match value {
            Value::Object(map) => self.check_mapping(obj, map, loc, ctx, out),
            Value::Array(items) => self.check_list(obj, items, loc, ctx, out),
            _ => {}
        }
    }

    fn check_ref<'d>(
        &self,
        reference: &'s str,
        value: &'d Value,
        loc: Loc<'_, 'd>,
        ctx: Ctx<'_, 's>,
        out: &mut Sink,
    ) {
        if ctx.is_open(reference) {
            return;
        }
        let Some(target) = self.root.resolve(reference) else {
            return;
        };
        let frame = RefFrame {
            parent: ctx.refs,
            reference,
        };
        let inner = Ctx {
            refs: Some(&frame),
            depth: ctx.depth + 1,
        };
        self.check(target, value, loc, inner, out);
    }

    /// `anyOf`/`oneOf`: fine when a branch matches; otherwise the issues of
    /// the best branch, or one merged issue when the best branches all
    /// disagree only about the type or the allowed values of this value.
    fn check_any<'d>(
        &self,
        branches: &'s [Value],
        value: &'d Value,
        loc: Loc<'_, 'd>,
        ctx: Ctx<'_, 's>,
        out: &mut Sink,
    ) {
        if branches.is_empty() {
            return;
        }
        // A branch whose type excludes the value cannot match: skip it.
        for branch in branches {
            if self.admits(branch, value, 0) != Some(false) {
                let mut probe = out.branch(true);
                self.check(branch, value, loc, ctx.same(), &mut probe);
                out.secrets_of(&mut probe);
                if !probe.failed {
                    return;
                }
            }
        }
        if out.probe {
            return out.report(loc, || IssueKind::Forbidden);
        }
        let mut tried: Vec<(u8, Vec<StructureIssue>)> = branches
            .iter()
            .map(|branch| {
                let rank = match self.admits(branch, value, 0) {
                    Some(true) => 0,
                    None => 1,
                    Some(false) => 2,
                };
                let mut sink = out.branch(false);
                self.check(branch, value, loc, ctx.same(), &mut sink);
                out.secrets_of(&mut sink);
                (rank, sink.issues)
            })
            .collect();
        if tried.iter().any(|(_, issues)| issues.is_empty()) {
            return;
        }
        let best_rank = tried.iter().map(|(rank, _)| *rank).min().unwrap_or(0);
        tried.retain(|(rank, issues)| *rank == best_rank && !issues.is_empty());
        if tried.len() > 1
            && let Some(merged) = merge(&tried, loc)
        {
            out.issues.push(merged);
            out.failed = true;
            return;
        }
        if let Some((_, issues)) = tried.into_iter().min_by_key(|(_, issues)| issues.len()) {
            out.failed = true;
            out.issues.extend(issues);
        }
    }

    /// Whether a schema's type admits the value's JSON type: `Some(false)`
    /// means the schema cannot match; `None` that it does not say.
    fn admits(&self, schema: &'s Value, value: &Value, hops: u32) -> Option<bool> {
        let obj = match schema {
            Value::Bool(b) => return Some(*b),
            Value::Object(obj) => obj,
            _ => return None,
        };
        if is_never(schema) {
            return Some(false);
        }
        if let Some(types) = obj.get("type") {
            return Some(type_admits(types, Kind::of(value)));
        }
        if let Some(Value::String(reference)) = obj.get("$ref") {
            if hops >= MAX_REF_HOPS {
                return None;
            }
            return self.admits(self.root.resolve(reference)?, value, hops + 1);
        }
        let same_kind = |a: &Value| {
            let (x, y) = (Kind::of(a), Kind::of(value));
            x == y
                || matches!(
                    (x, y),
                    (Kind::Integer | Kind::Number, Kind::Integer | Kind::Number)
                )
        };
        if let Some(Value::Array(allowed)) = obj.get("enum") {
            return Some(allowed.iter().any(same_kind));
        }
        if let Some(constant) = obj.get("const") {
            return Some(same_kind(constant));
        }
        let branches = obj
            .get("anyOf")
            .or_else(|| obj.get("oneOf"))
            .and_then(Value::as_array)?;
        let mut answer = Some(false);
        for branch in branches {
            match self.admits(branch, value, hops + 1) {
                Some(true) => return Some(true),
                None => answer = None,
                Some(false) => {}
            }
        }
        answer
    }

    fn check_mapping<'d>(
        &self,
        obj: &'s Map<String, Value>,
        map: &'d Map<String, Value>,
        loc: Loc<'_, 'd>,
        ctx: Ctx<'_, 's>,
        out: &mut Sink,
    ) {
        let props = obj.get("properties").and_then(Value::as_object);
        let additional = obj.get("additionalProperties");
        if props.is_none() && additional.is_none() {
            return;
        }
        let patterns = obj
            .get("patternProperties")
            .and_then(Value::as_object)
            .is_some_and(|p| !p.is_empty());
        for (key, child) in map {
            let here = Trail {
                parent: loc,
                step: Step::Key(key),
            };
            if let Some(sub) = props.and_then(|p| p.get(key)) {
                if let Some(versions) = version_marker(self.root, sub) {
                    out.report(Some(&here), || IssueKind::NotInVersion {
                        versions: versions.iter().map(allowed_text).collect(),
                    });
                } else if is_never(sub) {
                    out.report(Some(&here), || {
                        suggest::unknown_key(self.root, props, key, loc, &|s| self.fits(s, child))
                    });
                } else {
                    self.check(sub, child, Some(&here), ctx.child(), out);
                }
            } else if !patterns {
                match additional {
                    None | Some(Value::Bool(true)) => {}
                    Some(extra) if is_never(extra) => {
                        out.report(Some(&here), || {
                            suggest::unknown_key(self.root, props, key, loc, &|s| {
                                self.fits(s, child)
                            })
                        });
                    }
                    Some(extra) => self.check(extra, child, Some(&here), ctx.child(), out),
                }
            }
            if out.done() {
                return;
            }
        }
    }

    fn check_list<'d>(
        &self,
        obj: &'s Map<String, Value>,
        items: &'d [Value],
        loc: Loc<'_, 'd>,
        ctx: Ctx<'_, 's>,
        out: &mut Sink,
    ) {
        // 2020-12: `prefixItems` then `items`; draft 7: `items` as a list
        // then `additionalItems`.
        let (prefix, rest): (&[Value], Option<&Value>) =
            match (obj.get("prefixItems"), obj.get("items")) {
                (Some(Value::Array(prefix)), rest) => (prefix, rest),
                (_, Some(Value::Array(prefix))) => (prefix, obj.get("additionalItems")),
                (_, rest) => (&[], rest),
            };
        if prefix.is_empty() && rest.is_none() {
            return;
        }
        for (index, item) in items.iter().enumerate() {
            let Some(schema) = prefix.get(index).or(rest) else {
                continue;
            };
            let here = Trail {
                parent: loc,
                step: Step::Index(index),
            };
            self.check(schema, item, Some(&here), ctx.child(), out);
            if out.done() {
                return;
            }
        }
    }
}

fn check_limits(obj: &Map<String, Value>, n: &Number, loc: Loc<'_, '_>, out: &mut Sink) {
    let Some(x) = n.as_f64() else {
        return;
    };
    let number = |keyword: &str| match obj.get(keyword) {
        Some(Value::Number(limit)) => limit.as_f64().map(|f| (limit, f)),
        _ => None,
    };
    // Draft 4 spells exclusive limits as booleans beside minimum/maximum.
    let flag = |keyword: &str| obj.get(keyword) == Some(&Value::Bool(true));
    if let Some((limit, min)) = number("minimum") {
        let exclusive = flag("exclusiveMinimum");
        if x < min || (exclusive && x == min) {
            out.report(loc, || IssueKind::BelowMinimum {
                limit: limit.clone(),
                exclusive,
            });
        }
    }
    if let Some((limit, min)) = number("exclusiveMinimum")
        && x <= min
    {
        out.report(loc, || IssueKind::BelowMinimum {
            limit: limit.clone(),
            exclusive: true,
        });
    }
    if let Some((limit, max)) = number("maximum") {
        let exclusive = flag("exclusiveMaximum");
        if x > max || (exclusive && x == max) {
            out.report(loc, || IssueKind::AboveMaximum {
                limit: limit.clone(),
                exclusive,
            });
        }
    }
    if let Some((limit, max)) = number("exclusiveMaximum")
        && x >= max
    {
        out.report(loc, || IssueKind::AboveMaximum {
            limit: limit.clone(),
            exclusive: true,
        });
    }
}

/// One issue for branches that each fail only at `loc` and all on the type
/// (the expected types are joined) or all on the allowed values (joined).
fn merge(tried: &[(u8, Vec<StructureIssue>)], loc: Loc<'_, '_>) -> Option<StructureIssue> {
    let mut merged: Option<IssueKind> = None;
    for (_, issues) in tried {
        let [issue] = issues.as_slice() else {
            return None;
        };
        if !is_at(&issue.path, loc) {
            return None;
        }
        merged = Some(match (merged, &issue.kind) {
            (None, kind @ (IssueKind::WrongType { .. } | IssueKind::NotAllowed { .. })) => {
                kind.clone()
            }
            (
                Some(IssueKind::WrongType {
                    mut expected,
                    found,
                }),
                IssueKind::WrongType { expected: more, .. },
            ) => {
                for &name in more {
                    if !expected.contains(&name) {
                        expected.push(name);
                    }
                }
                IssueKind::WrongType { expected, found }
            }
            (
                Some(IssueKind::NotAllowed { mut allowed }),
                IssueKind::NotAllowed { allowed: more },
            ) => {
                for value in more {
                    if !allowed.contains(value) {
                        allowed.push(value.clone());
                    }
                }
                IssueKind::NotAllowed { allowed }
            }
            _ => return None,
        });
    }
    Some(StructureIssue {
        path: to_path(loc),
        kind: merged?,
    })
}
