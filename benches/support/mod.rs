//! Inputs and helpers shared by the benchmarks.

#![allow(clippy::expect_used, reason = "a benchmark whose input is missing should stop loudly")]

use std::path::PathBuf;

/// Size of the synthetic large document: 64 MiB.
pub const LARGE_BYTES: usize = 64 * 1024 * 1024;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Path of a file of the test corpus (`tests/corpus/`).
pub fn corpus_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

/// Bytes of a file of the test corpus, exactly as published.
pub fn corpus(name: &str) -> Vec<u8> {
    let path = corpus_path(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Don Quijote (Project Gutenberg #2000): 2.2 MB, UTF-8 with BOM, CRLF, hard-wrapped at 72.
pub fn quijote() -> Vec<u8> {
    corpus("quijote_pg2000_es.txt")
}

/// A document of about [`LARGE_BYTES`] bytes made from the Quijote.
///
/// What is realistic for a 64 MB text: a compilation (proceedings, a legal code, a
/// corpus dump) whose paragraphs are almost all distinct, in one encoding, with one
/// BOM at the start. Plain repetition would make every paragraph after the first copy
/// a duplicate, which is unrealistic and flatters the ID step (duplicates share one
/// hash-map entry and skip collision checks). So:
///
/// - the file keeps the original's format: one BOM at the start, CRLF, lines
///   hard-wrapped at 72, blank-line paragraphs;
/// - the copies are numbered volumes, each introduced by a `VOLUMEN n` heading line;
/// - every blank-line-delimited block of copy `n` gets ` [n]` appended to its last
///   line, like a source marker, so its paragraphs are distinct from the other
///   copies' (repeats inside the Quijote itself stay repeats, as in the original).
///   The marker goes at the *end* of the block's last line: a line followed by a
///   blank line ends a paragraph anyway, so the segmenter makes practically the same
///   decisions (breaks, headings, list items) as on the original; only some line
///   lengths grow by a few characters;
/// - the result is cut at the last line end before [`LARGE_BYTES`].
pub fn large_synthetic() -> Vec<u8> {
    let quijote = quijote();
    let body = quijote.strip_prefix(BOM).unwrap_or(&quijote);
    let body = std::str::from_utf8(body).expect("the Quijote is UTF-8");
    let lines: Vec<&str> = body.split("\r\n").collect();
    let mut out = Vec::with_capacity(LARGE_BYTES + body.len());
    out.extend_from_slice(BOM);
    let mut copy = 0usize;
    while out.len() < LARGE_BYTES {
        copy += 1;
        out.extend_from_slice(format!("VOLUMEN {copy}\r\n\r\n").as_bytes());
        for (i, line) in lines.iter().enumerate() {
            out.extend_from_slice(line.as_bytes());
            let next_blank = lines.get(i + 1).is_none_or(|n| n.trim().is_empty());
            if !line.trim().is_empty() && next_blank {
                out.extend_from_slice(format!(" [{copy}]").as_bytes());
            }
            out.extend_from_slice(b"\r\n");
        }
    }
    let cut = out[..LARGE_BYTES].iter().rposition(|&b| b == b'\n').map_or(LARGE_BYTES, |i| i + 1);
    out.truncate(cut);
    out.shrink_to_fit();
    out
}

/// The Quijote re-encoded as Windows-1252 (no BOM, CRLF kept), for the legacy
/// decoding path: no BOM and invalid UTF-8, so `chardetng` guesses the encoding
/// and `encoding_rs` decodes it.
pub fn quijote_windows_1252() -> Vec<u8> {
    let quijote = quijote();
    let body = quijote.strip_prefix(BOM).unwrap_or(&quijote);
    let text = std::str::from_utf8(body).expect("the Quijote is UTF-8");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    // Characters outside Windows-1252 would turn into `&#NNNN;`; the Quijote has none.
    assert!(!unmappable, "the Quijote has characters outside Windows-1252");
    bytes.into_owned()
}

/// A small deterministic pseudo-random generator (xorshift64).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in `0..n` (n > 0; the modulo bias is irrelevant here).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True `percent`% of the time.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// 80 random bits for a ULID.
    pub fn ulid_random(&mut self) -> u128 {
        ((u128::from(self.next()) << 64) | u128::from(self.next())) & ((1u128 << 80) - 1)
    }
}
