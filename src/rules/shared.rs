//! What several rules derive from the same values, built once per run.
//!
//! The official chart's rules each read the values as a JSON tree (to find
//! keys by path), and the nine AV13 rules each gather the Airflow settings
//! from it. Built per rule, that was ten serializations of the whole model
//! for one file. While [`Session`] lives (one run of the rules over one
//! value), the first rule to ask builds each piece and the others share it;
//! outside a session every call builds afresh, so a rule run on its own
//! never sees another value's tree.

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::Value;

use crate::official::Values;
use crate::rules::airflow_settings::Settings;

/// The pieces built so far in the current session.
#[derive(Default)]
struct Memo {
    tree: Option<Rc<Value>>,
    settings: Option<Rc<Settings>>,
}

thread_local! {
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

/// One run of the rules over one value: what they share is dropped with it.
pub(super) struct Session {
    previous: Option<Memo>,
}

impl Session {
    pub(super) fn start() -> Session {
        let previous = MEMO.with(|memo| memo.replace(Some(Memo::default())));
        Session { previous }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let previous = self.previous.take();
        MEMO.with(|memo| *memo.borrow_mut() = previous);
    }
}

/// `values` as a JSON tree (`null` should the model not serialize, which
/// plain data always does).
pub(crate) fn tree(values: &Values) -> Rc<Value> {
    memo(
        |memo| &mut memo.tree,
        || serde_json::to_value(values).unwrap_or(Value::Null),
    )
}

/// The Airflow settings of `values`, built by `build` when the session has
/// none yet.
pub(crate) fn settings(build: impl FnOnce() -> Settings) -> Rc<Settings> {
    memo(|memo| &mut memo.settings, build)
}

fn memo<T>(slot: fn(&mut Memo) -> &mut Option<Rc<T>>, build: impl FnOnce() -> T) -> Rc<T> {
    let cached = MEMO.with(|memo| memo.borrow_mut().as_mut().and_then(|m| slot(m).clone()));
    if let Some(cached) = cached {
        return cached;
    }
    // Built without the memo borrowed: `build` may ask for another piece.
    let built = Rc::new(build());
    MEMO.with(|memo| {
        if let Some(m) = memo.borrow_mut().as_mut() {
            *slot(m) = Some(Rc::clone(&built));
        }
    });
    built
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::official::ChartVersion;
    use crate::types::{Executor, Executors};

    #[test]
    fn a_session_builds_each_piece_once_and_forgets_it_after() {
        let with = |executor| {
            Values::builder()
                .chart_version(ChartVersion::V1_22_0)
                .executor(Executors::single(executor))
                .build()
        };
        let (values, other) = (with(Executor::Kubernetes), with(Executor::Celery));
        {
            let _session = Session::start();
            let first = tree(&values);
            assert!(
                Rc::ptr_eq(&first, &tree(&values)),
                "built twice in one session"
            );
        }
        // Outside a session nothing is kept: another value gets its own tree.
        assert_eq!(tree(&other)["executor"], "CeleryExecutor");
        assert!(!Rc::ptr_eq(&tree(&values), &tree(&values)));
    }
}
