//! "Did you mean": the name a misspelt key was most likely meant to be.
//!
//! The structural check suggests a sibling key with it, and the rules on
//! Airflow settings a known option.

/// The candidate `key` was most likely meant to be, if any is close:
///
/// 1. equal ignoring case (`webServer` → `webserver`);
/// 2. `key`, at least 3 characters, starts a candidate, ignoring case: the
///    shortest such candidate (`web` → `webserver`);
/// 3. one ends with the other at a camelCase word (`imagePullPolicy` →
///    `pullPolicy`), when exactly one candidate does;
/// 4. Damerau-Levenshtein distance, ignoring case, at most a third of the
///    key's length or 1, and less than the length of either (`reids` →
///    `redis`, `tg` → `tag`, but not `b` → `a`);
/// 5. Jaro-Winkler similarity, ignoring case, of at least 0.88 for keys of
///    4 characters or more (`tolerance` → `tolerations`).
pub(crate) fn closest<'a>(key: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<Candidate<'a>> = candidates.map(Candidate::new).collect();
    closest_among(key, &candidates)
}

/// A name [`closest`] may answer, with what it compares: the name without
/// case, and its length in characters. A caller that asks often about the
/// same names keeps these.
#[derive(Debug, Clone)]
pub(crate) struct Candidate<'a> {
    name: &'a str,
    lower: String,
    chars: usize,
}

impl<'a> Candidate<'a> {
    pub(crate) fn new(name: &'a str) -> Candidate<'a> {
        let lower = name.to_lowercase();
        let chars = lower.chars().count();
        Candidate { name, lower, chars }
    }

    /// The name as written.
    #[cfg(test)]
    pub(crate) fn name(&self) -> &'a str {
        self.name
    }
}

/// [`closest`] among candidates already prepared.
pub(crate) fn closest_among<'a>(key: &str, candidates: &[Candidate<'a>]) -> Option<&'a str> {
    let lower = key.to_lowercase();
    let candidates = || candidates.iter().filter(|c| c.name != key);
    if let Some(c) = candidates().find(|c| c.lower == lower) {
        return Some(c.name);
    }
    let len = lower.chars().count();
    if len >= 3
        && let Some(c) = candidates()
            .filter(|c| c.lower.starts_with(&lower))
            .min_by_key(|c| c.lower.len())
    {
        return Some(c.name);
    }
    let mut words =
        candidates().filter(|c| ends_with_word(key, c.name) || ends_with_word(c.name, key));
    if let (Some(c), None) = (words.next(), words.next()) {
        return Some(c.name);
    }
    let limit = (len / 3).max(1);
    let by_distance = candidates()
        .filter_map(|c| {
            // The distance is at least the difference in length: a far
            // shorter or longer candidate is left out without computing it.
            if len.abs_diff(c.chars) > limit {
                return None;
            }
            let distance = strsim::damerau_levenshtein(&lower, &c.lower);
            let shorter = len.min(c.chars);
            (distance <= limit && distance < shorter)
                .then(|| (distance, strsim::jaro_winkler(&lower, &c.lower), c.name))
        })
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    if let Some((_, _, name)) = by_distance {
        return Some(name);
    }
    if len < 4 {
        return None;
    }
    // Jaro-Winkler adds at most 0.4 of what Jaro leaves to 1, so 0.88 needs
    // a Jaro similarity of 0.8 or more, which two names whose lengths differ
    // more than 2.5 times cannot reach: those are left out unmeasured.
    candidates()
        .filter(|c| 5 * len.min(c.chars) >= 2 * len.max(c.chars))
        .map(|c| (strsim::jaro_winkler(&lower, &c.lower), c.name))
        .filter(|(similarity, _)| *similarity >= 0.88)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

/// Whether `long` ends with `short` (3 or more characters), ignoring case,
/// where a camelCase, `_` or `-` word of `long` starts.
pub(crate) fn ends_with_word(long: &str, short: &str) -> bool {
    if short.len() < 3 || long.len() <= short.len() || !long.is_ascii() || !short.is_ascii() {
        return false;
    }
    let split = long.len() - short.len();
    let bytes = long.as_bytes();
    long[split..].eq_ignore_ascii_case(short)
        && (bytes[split].is_ascii_uppercase() || matches!(bytes[split - 1], b'_' | b'-'))
}
