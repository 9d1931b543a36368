//! The values files read for `check`, kept for rendering their lines.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// The name standard input has, on the command line and in diagnostics.
pub(crate) const STDIN: &str = "-";

/// One values file as read: its name in diagnostics and its bytes.
#[derive(Debug)]
pub(crate) struct Input {
    /// The name diagnostics use: the path as given, or `-`.
    pub(crate) name: String,
    /// The file's bytes, undecoded.
    pub(crate) bytes: Vec<u8>,
}

impl Input {
    /// Whether this is standard input rather than a file.
    pub(crate) fn is_stdin(&self) -> bool {
        self.name == STDIN
    }

    /// The file's lines for display, when its text can be decoded (UTF-8, or
    /// UTF-16 with a byte-order mark), without line terminators.
    pub(crate) fn lines(&self) -> Option<Vec<String>> {
        let text = decode(&self.bytes)?;
        Some(
            text.split('\n')
                .map(|line| line.strip_suffix('\r').unwrap_or(line).to_owned())
                .collect(),
        )
    }
}

/// Reads every file in order; `-` reads standard input (once).
///
/// Reads at most `max_bytes + 1` bytes of each: enough for the check to see
/// that a file is over the limit, without holding a huge file in memory.
///
/// # Errors
/// When a file cannot be read (the message names it), or `-` is given twice.
pub(crate) fn read_all(files: &[PathBuf], max_bytes: usize) -> Result<Vec<Input>> {
    let cap = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let mut inputs = Vec::with_capacity(files.len());
    let mut stdin_read = false;
    for file in files {
        if file.as_os_str() == STDIN {
            if stdin_read {
                bail!("`-` (standard input) is given more than once");
            }
            stdin_read = true;
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(cap)
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
            inputs.push(Input {
                name: STDIN.to_owned(),
                bytes,
            });
        } else {
            inputs.push(Input {
                name: display_name(file),
                bytes: read_capped(file, cap)
                    .with_context(|| format!("cannot read {}", file.display()))?,
            });
        }
    }
    Ok(inputs)
}

/// The first `cap` bytes of a file.
fn read_capped(path: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(cap)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// A path as diagnostics name it.
fn display_name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Text from UTF-8 (with or without a byte-order mark) or UTF-16 with a
/// byte-order mark, as Helm reads it; `None` for anything else.
pub(crate) fn decode(bytes: &[u8]) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).ok();
    }
    let big_endian = match bytes {
        [0xFE, 0xFF, ..] => true,
        [0xFF, 0xFE, ..] => false,
        _ => return String::from_utf8(bytes.to_vec()).ok(),
    };
    let rest = &bytes[2..];
    if !rest.len().is_multiple_of(2) {
        return None;
    }
    let units = rest.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_decodes_from_every_encoding_helm_reads() {
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("a: 1\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("a: 1\n".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for (bytes, want) in [
            (b"a: 1\n".to_vec(), Some("a: 1\n")),
            (b"\xEF\xBB\xBFa: 1\n".to_vec(), Some("a: 1\n")),
            (utf16le, Some("a: 1\n")),
            (utf16be, Some("a: 1\n")),
            (b"a: \xFF\n".to_vec(), None),
            (vec![0xFF, 0xFE, 0x61], None),
        ] {
            assert_eq!(decode(&bytes).as_deref(), want, "bytes {bytes:?}");
        }
    }

    #[test]
    fn lines_drop_their_terminators() {
        let input = Input {
            name: "values.yaml".into(),
            bytes: b"a: 1\r\nb: 2\n".to_vec(),
        };
        assert_eq!(input.lines().unwrap(), ["a: 1", "b: 2", ""]);
    }
}
