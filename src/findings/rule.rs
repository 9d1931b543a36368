//! Rules: a code, a name, a severity and a doc, and a check that reports
//! findings on one chart's values. Every rule family's documentation has one
//! shape, [`Explanation`], which `explain` lists.

use super::Profile;
use super::{Code, Diagnostic, Edit, Severity};
use crate::yaml::KeyPath;

/// The documentation of one diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Explanation {
    /// The code, such as `AV0101`.
    pub code: Code,
    /// Its stable kebab-case name, such as `unknown-key`.
    pub name: &'static str,
    /// The severity of its findings.
    pub severity: Severity,
    /// Markdown: why it matters, an example, and the fix.
    pub doc: &'static str,
}

impl Explanation {
    /// The entry of a code given as the triple every check names its
    /// findings by (code, name, severity), with its documentation: the one
    /// shape of every family's table of codes.
    pub(crate) const fn new(kind: (Code, &'static str, Severity), doc: &'static str) -> Self {
        Explanation {
            code: kind.0,
            name: kind.1,
            severity: kind.2,
            doc,
        }
    }
}

/// A validation rule: its stable code and name, when it runs, and its documentation.
///
/// `V` is the values type the rule reads: each chart's model has its own
/// rules ([`check::Rule`](crate::check::Rule) names the official chart's by
/// default).
#[derive(Debug)]
#[non_exhaustive]
pub struct Rule<V: 'static> {
    /// Stable code, such as `AV0201`.
    pub code: Code,
    /// Stable kebab-case name, such as `image-without-digest`.
    pub name: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// The least strict profile it runs in.
    pub profile: Profile,
    /// Markdown: why it matters, an example, and the fix.
    pub doc: &'static str,
    pub(crate) check: fn(&V, &mut Findings),
}

// By hand: a derive would ask `V: Clone`, which a fn pointer does not need.
impl<V> Clone for Rule<V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<V> Copy for Rule<V> {}

impl<V> Rule<V> {
    /// The rule's documentation entry, as `explain` shows it.
    pub(crate) fn explanation(&self) -> Explanation {
        Explanation::new((self.code, self.name, self.severity), self.doc)
    }
}

/// What a rule reports: key path, message and help, without code or severity.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub(crate) items: Vec<(KeyPath, String, Option<String>)>,
    /// The fix of the finding at an index of `items`, when exactly one is right.
    fixes: Vec<(usize, Vec<Edit>)>,
}

impl Findings {
    pub(crate) fn report(
        &mut self,
        path: KeyPath,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.items.push((path, message.into(), Some(help.into())));
    }

    /// [`Self::report`] with the edits that fix the finding.
    pub(crate) fn report_with_fix(
        &mut self,
        path: KeyPath,
        message: impl Into<String>,
        help: impl Into<String>,
        fix: Vec<Edit>,
    ) {
        self.fixes.push((self.items.len(), fix));
        self.report(path, message, help);
    }

    /// The findings as diagnostics of `rule`, with their fixes.
    pub(crate) fn into_diagnostics(
        self,
        rule: (Code, &'static str, Severity),
    ) -> impl Iterator<Item = Diagnostic> {
        let mut fixes = self.fixes;
        self.items
            .into_iter()
            .enumerate()
            .map(move |(index, (path, message, help))| {
                let mut d = Diagnostic::new(rule, path, message, help);
                if let Some(at) = fixes.iter().position(|(i, _)| *i == index) {
                    d.fix = fixes.swap_remove(at).1;
                }
                d
            })
    }
}
