//! Text from files, shown on a terminal, cannot act on it.
//!
//! Annotation files and documents come from other people. Printed raw, an ESC
//! sequence in a note could recolour, retitle or clear the terminal, and a bidi
//! override (U+202A–U+202E, U+2066–U+2069, the "Trojan Source" characters,
//! CVE-2021-42574) could make a line read differently from what it says. So every
//! such character is shown escaped, as `\u{1b}` or `\u{202e}`: C0 controls
//! (except line feed and tab in multi-line output), DEL, C1 controls
//! (U+0080–U+009F), the bidi embeddings, overrides and isolates, and the line and
//! paragraph separators U+2028/U+2029. Ordinary right-to-left text (Arabic,
//! Hebrew) and its marks (U+200E, U+200F, U+061C) are shown as they are.

use std::borrow::Cow;
use std::io::{self, Write};

/// Most characters of one value (a quote, a tag name, a path read from a file)
/// quoted in an error message.
pub const MAX_QUOTED_CHARS: usize = 80;

use crate::export::controls::escape_with;
pub use crate::export::controls::{escape, escape_keeping_crlf, is_unsafe};

/// `text` on one line: [`escape`], and line feeds, carriage returns and tabs
/// escaped too. For error messages, which are one line each.
pub fn one_line(text: &str) -> Cow<'_, str> {
    escape_with(text, |c| is_unsafe(c) || matches!(c, '\n' | '\r' | '\t'))
}

/// `value` cut to [`MAX_QUOTED_CHARS`] characters, with `…` when cut: how much of
/// a value an error message quotes.
pub fn clip(value: &str) -> Cow<'_, str> {
    match value.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((end, _)) => Cow::Owned(format!("{}…", &value[..end])),
        None => Cow::Borrowed(value),
    }
}

/// A writer that escapes the characters of [`is_unsafe`] in what passes through
/// it (UTF-8 text; a character split across two writes is held back until it is
/// complete). Call `flush` at the end.
pub struct TerminalSafe<W: Write> {
    inner: W,
    /// The bytes of an incomplete UTF-8 sequence at the end of the last write.
    pending: Vec<u8>,
}

impl<W: Write> TerminalSafe<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        Self { inner, pending: Vec::new() }
    }

    /// The wrapped writer, to write to it as is.
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.inner
    }

    fn write_text(&mut self, bytes: &[u8]) -> io::Result<()> {
        let text = String::from_utf8_lossy(bytes);
        self.inner.write_all(escape(&text).as_bytes())
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(buf);
        // Hold back an incomplete character at the end (at most 3 bytes).
        let complete = match std::str::from_utf8(&bytes) {
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            // Complete, or invalid (then shown with replacement characters).
            _ => bytes.len(),
        };
        self.write_text(&bytes[..complete])?;
        self.pending = bytes[complete..].to_vec();
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let pending = std::mem::take(&mut self.pending);
            self.write_text(&pending)?;
        }
        self.inner.flush()
    }
}

/// A writer that remembers whether its reader went away (a closed pipe:
/// `glosa … | head -5`), so the command can end quietly instead of reporting the
/// write error.
pub struct PipeWatch<W: Write> {
    inner: W,
    closed: bool,
}

impl<W: Write> PipeWatch<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        Self { inner, closed: false }
    }

    /// Whether a write or flush failed because the reader closed the pipe.
    pub fn reader_gone(&self) -> bool {
        self.closed
    }

    fn watch<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result
            && e.kind() == io::ErrorKind::BrokenPipe
        {
            self.closed = true;
        }
        result
    }
}

impl<W: Write> Write for PipeWatch<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = self.inner.write(buf);
        self.watch(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = self.inner.flush();
        self.watch(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_overrides_are_shown_escaped_and_arabic_is_not() {
        assert_eq!(escape("nota \u{1b}[2J\u{1b}]0;pwned\u{7}"), "nota \\u{1b}[2J\\u{1b}]0;pwned\\u{7}");
        assert_eq!(escape("abc\u{202e}fed\u{2066}x\u{2069}"), "abc\\u{202e}fed\\u{2066}x\\u{2069}");
        assert_eq!(escape("\u{9b}31m"), "\\u{9b}31m");
        let arabic = "حقوق الإنسان\u{200f} ¶1";
        assert_eq!(escape(arabic), arabic);
        assert_eq!(escape("dos\nlíneas\tcon tab"), "dos\nlíneas\tcon tab");
        assert_eq!(one_line("dos\nlíneas\r"), "dos\\u{a}líneas\\u{d}");
        assert_eq!(escape_keeping_crlf("a,b\r\nc\rd\u{1b},e\r\n"), "a,b\r\nc\\u{d}d\\u{1b},e\r\n");
    }

    #[test]
    fn long_values_are_cut_at_80_characters() {
        let long = "é".repeat(200);
        let cut = clip(&long);
        assert_eq!(cut.chars().count(), 81);
        assert!(cut.ends_with('…'));
        assert_eq!(clip("corto"), "corto");
    }

    #[test]
    fn the_writer_escapes_characters_split_across_writes() {
        let mut out = Vec::new();
        {
            let mut safe = TerminalSafe::new(&mut out);
            let text = "a\u{202e}b\u{1b}c ñ".as_bytes();
            for byte in text {
                safe.write_all(std::slice::from_ref(byte)).unwrap();
            }
            safe.flush().unwrap();
        }
        assert_eq!(String::from_utf8(out).unwrap(), "a\\u{202e}b\\u{1b}c ñ");
    }
}
