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
    let lower = key.to_lowercase();
    let candidates: Vec<(&str, String)> = candidates
        .filter(|name| *name != key)
        .map(|name| (name, name.to_lowercase()))
        .collect();
    if let Some((name, _)) = candidates.iter().find(|(_, l)| *l == lower) {
        return Some(name);
    }
    let len = lower.chars().count();
    if len >= 3
        && let Some((name, _)) = candidates
            .iter()
            .filter(|(_, l)| l.starts_with(&lower))
            .min_by_key(|(_, l)| l.len())
    {
        return Some(name);
    }
    let mut words = candidates
        .iter()
        .filter(|(name, _)| ends_with_word(key, name) || ends_with_word(name, key));
    if let (Some((name, _)), None) = (words.next(), words.next()) {
        return Some(name);
    }
    let limit = (len / 3).max(1);
    let by_distance = candidates
        .iter()
        .filter_map(|(name, l)| {
            // The distance is at least the difference in length: a far
            // shorter or longer candidate is left out without computing it.
            let other = l.chars().count();
            if len.abs_diff(other) > limit {
                return None;
            }
            let distance = strsim::damerau_levenshtein(&lower, l);
            let shorter = len.min(other);
            (distance <= limit && distance < shorter)
                .then(|| (distance, strsim::jaro_winkler(&lower, l), *name))
        })
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    if let Some((_, _, name)) = by_distance {
        return Some(name);
    }
    if len < 4 {
        return None;
    }
    candidates
        .iter()
        .map(|(name, l)| (strsim::jaro_winkler(&lower, l), *name))
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
