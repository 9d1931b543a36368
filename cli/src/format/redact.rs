//! Secrets kept out of the source lines the human format shows.
//!
//! The library's diagnostics never hold a secret, but the human format prints
//! the line a finding points at, and that line may be `fernetKey: …` or a
//! repository URL with a token in it. Before a line is shown, the value of a
//! key that holds a secret and the password (or token) of a URL become `***`.

use std::ops::Range;

/// What replaces a secret.
pub(super) const MASK: &str = "***";

/// Keys whose value is a secret in the official chart's values (compared
/// without case): `fernetKey`, `webserverSecretKey`, `apiSecretKey`,
/// `jwtSecret`, `data.metadataConnection.pass`, `postgresql.auth.password`,
/// `dags.gitSync.sshKey`, `kerberos.keytabBase64Content`, `extraSecrets.*`
/// `data`/`stringData`, `pgbouncer.ssl.key`…
const SECRET_KEYS: &[&str] = &[
    "fernetkey",
    "webserversecretkey",
    "apisecretkey",
    "jwtsecret",
    "secretkey",
    "pass",
    "password",
    "postgrespassword",
    "sshkey",
    "keytabbase64content",
    "data",
    "stringdata",
    "key",
    "token",
];

/// Parts of key names that hold a secret: also catches a misspelt key
/// (`passwrd`, `fernetKeyy`), which an unknown-key finding points at, and
/// the other charts' secrets (`storageAccountKey`, `ldap.bindpw`).
const SECRET_PARTS: &[&str] = &[
    "pass",
    "bindpw",
    "accountkey",
    "accesskey",
    "apikey",
    "privatekey",
    "clientsecret",
    "token",
    "fernet",
    "secretkey",
    "jwtsecret",
    "sshkey",
    "keytab",
];

/// Whether a key's value is a secret: a known secret key, or a name with a
/// secret part in it that is not the name of (or a reference to) a Secret.
fn is_secret_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    if SECRET_KEYS.contains(&key.as_str()) {
        return true;
    }
    let names_a_secret = ["name", "secret", "ref", "file", "path", "annotations"]
        .iter()
        .any(|suffix| key.ends_with(suffix));
    SECRET_PARTS.iter().any(|part| key.contains(part)) && !names_a_secret
}

/// The byte ranges of a values-file line that hold a secret.
pub(super) fn yaml_line(line: &str) -> Vec<Range<usize>> {
    let mut ranges = url_credentials(line);
    let body_start = line.len() - line.trim_start_matches([' ', '-']).len();
    let body = &line[body_start..];
    if let Some((key, value_start)) = yaml_key(body) {
        let value = &body[value_start..];
        let value = value.trim_end();
        let is_block_or_collection = value.starts_with(['|', '>', '[', '{', '#']);
        if is_secret_key(key) && !value.is_empty() && !is_block_or_collection {
            let start = body_start + value_start;
            ranges.push(start..start + value.len());
        }
    }
    merge(ranges)
}

/// The byte ranges of a `--set` argument (`a.b=c,d=e`) that hold a secret.
pub(super) fn set_argument(argument: &str) -> Vec<Range<usize>> {
    let mut ranges = url_credentials(argument);
    let mut start = 0;
    for item in argument.split(',') {
        if let Some((path, value)) = item.split_once('=') {
            let key = path.rsplit('.').next().unwrap_or(path);
            let key = key.split('[').next().unwrap_or(key);
            if is_secret_key(key) && !value.is_empty() {
                let at = start + path.len() + 1;
                ranges.push(at..at + value.len());
            }
        }
        start += item.len() + 1;
    }
    merge(ranges)
}

/// The key of a `key: value` line (without quotes) and where its value starts.
fn yaml_key(body: &str) -> Option<(&str, usize)> {
    let (key, after) = match body.chars().next()? {
        quote @ ('"' | '\'') => {
            let end = body[1..].find(quote)? + 1;
            (&body[1..end], end + 1)
        }
        _ => {
            let colon = body
                .match_indices(':')
                .map(|(at, _)| at)
                .find(|&at| body[at + 1..].is_empty() || body[at + 1..].starts_with([' ', '\t']))?;
            (&body[..colon], colon)
        }
    };
    let rest = body.get(after..)?.strip_prefix(':')?;
    let value_start = after + 1 + (rest.len() - rest.trim_start().len());
    Some((key, value_start))
}

/// The password of every `scheme://user:password@host` in `text`, and the
/// whole user part of `https://token@host`.
fn url_credentials(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for (sep, _) in text.match_indices("://") {
        let scheme = text[..sep]
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .next()
            .unwrap_or("");
        let start = sep + 3;
        let authority_len = text[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, '/' | '?' | '#' | '"' | '\'' | ','))
            .unwrap_or(text.len() - start);
        let authority = &text[start..start + authority_len];
        let Some(at) = authority.rfind('@') else {
            continue;
        };
        let userinfo = &authority[..at];
        match userinfo.find(':') {
            Some(colon) => ranges.push(start + colon + 1..start + at),
            None if scheme.eq_ignore_ascii_case("ssh") => {}
            None => ranges.push(start..start + at),
        }
    }
    ranges
}

/// Sorted ranges without overlaps or empty ones.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.retain(|r| !r.is_empty());
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

/// `text` with each range replaced by [`MASK`], and `span` moved to match: a
/// span that overlaps a secret covers its whole mask.
pub(super) fn apply(
    text: &str,
    span: Range<usize>,
    ranges: &[Range<usize>],
) -> (String, Range<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    // Where each range's mask lands in `out`.
    let mut masks = Vec::with_capacity(ranges.len());
    for range in ranges {
        out.push_str(&text[last..range.start]);
        masks.push(out.len()..out.len() + MASK.len());
        out.push_str(MASK);
        last = range.end;
    }
    out.push_str(&text[last..]);
    // A position outside every range moves by what the masks before it changed.
    let moved = |at: usize| {
        let mut shift: isize = 0;
        for (range, mask) in ranges.iter().zip(&masks) {
            if range.end <= at {
                shift += mask.len().cast_signed() - range.len().cast_signed();
            } else if range.start < at {
                return mask.end;
            }
        }
        at.saturating_add_signed(shift)
    };
    let (mut start, mut end) = (moved(span.start), moved(span.end));
    for (range, mask) in ranges.iter().zip(&masks) {
        let overlaps = span.start < range.end && range.start < span.end;
        let inside = range.start <= span.start && span.end <= range.end;
        if overlaps || (inside && span.is_empty() && range.start < span.start) {
            start = start.min(mask.start);
            end = end.max(mask.end);
        }
    }
    (out, start..end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked_line(line: &str) -> String {
        apply(line, 0..0, &yaml_line(line)).0
    }

    #[test]
    fn secret_values_and_url_credentials_are_masked() {
        for (line, want) in [
            ("fernetKey: abc123", "fernetKey: ***"),
            (
                "  webserverSecretKey: \"s3cr3t\"  # note",
                "  webserverSecretKey: ***",
            ),
            ("    pass: 'p@ss'", "    pass: ***"),
            ("  - password: hunter2", "  - password: ***"),
            ("postgresPassword: x", "postgresPassword: ***"),
            (
                "fernetKeySecretName: my-secret",
                "fernetKeySecretName: my-secret",
            ),
            ("sshKeySecret: git-ssh", "sshKeySecret: git-ssh"),
            ("sshKey: |", "sshKey: |"),
            ("fernetKey:", "fernetKey:"),
            ("tag: 2.10.5", "tag: 2.10.5"),
            ("passwrd: typo", "passwrd: ***"),
            ("fernetKeyy: typo", "fernetKeyy: ***"),
            (
                "fernetKeySecretAnnotations: {}",
                "fernetKeySecretAnnotations: {}",
            ),
            ("secretKeyRef: x", "secretKeyRef: x"),
            (
                "repo: https://user:ghp_tok@github.com/a/b.git",
                "repo: https://user:***@github.com/a/b.git",
            ),
            (
                "repo: https://ghp_tok@github.com/a/b.git",
                "repo: https://***@github.com/a/b.git",
            ),
            (
                "repo: ssh://git@github.com/a/b.git",
                "repo: ssh://git@github.com/a/b.git",
            ),
            (
                "  value: postgresql+psycopg2://u%40s:p%3Aw@db:5432/airflow",
                "  value: postgresql+psycopg2://u%40s:***@db:5432/airflow",
            ),
            ("password: https://u:p@h/", "password: ***"),
        ] {
            assert_eq!(masked_line(line), want, "line {line:?}");
        }
    }

    #[test]
    fn set_arguments_are_masked_by_key() {
        for (argument, want) in [
            ("fernetKey=abc,executor=x", "fernetKey=***,executor=x"),
            (
                "data.metadataConnection.pass=p",
                "data.metadataConnection.pass=***",
            ),
            ("a=b", "a=b"),
            (
                "dags.gitSync.repo=https://t@h/x",
                "dags.gitSync.repo=https://***@h/x",
            ),
        ] {
            let (masked, _) = apply(argument, 0..0, &set_argument(argument));
            assert_eq!(masked, want, "argument {argument:?}");
        }
    }

    #[test]
    fn spans_follow_the_masks() {
        let line = "fernetKey: abcdef # c";
        let ranges = yaml_line(line);
        // On the key: unchanged.
        assert_eq!(
            apply(line, 0..9, &ranges),
            ("fernetKey: ***".to_owned(), 0..9)
        );
        // On the value: the mask.
        assert_eq!(apply(line, 11..17, &ranges).1, 11..14);
        // Inside the value: the mask.
        assert_eq!(apply(line, 13..14, &ranges).1, 11..14);
        let url = "r: https://u:pw@h/x y";
        let ranges = yaml_line(url);
        let (masked, span) = apply(url, 18..19, &ranges);
        assert_eq!(masked, "r: https://u:***@h/x y");
        assert_eq!(&masked[span], "x");
    }
}
