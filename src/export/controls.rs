//! Control characters in text written for people to read (the Markdown export,
//! a terminal): shown escaped, as `\u{1b}` or `\u{202e}`, so that text from
//! someone else's file cannot act on the terminal or viewer, nor read differently
//! from what it says. Escaped: C0 controls (except line feed and tab), DEL, C1
//! controls (U+0080–U+009F), the bidi embeddings, overrides and isolates
//! (U+202A–U+202E, U+2066–U+2069, "Trojan Source", CVE-2021-42574) and the line
//! and paragraph separators U+2028/U+2029. Ordinary right-to-left text and its
//! marks (U+200E, U+200F, U+061C) stay as they are. The CLI's terminal output
//! (`cli::terminal`) and every Markdown export (app and CLI) use these.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` is shown escaped in multi-line output (line feed and tab are not).
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// `text` with the characters `unsafe_char` picks escaped as `\u{..}`.
pub(crate) fn escape_with(text: &str, unsafe_char: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(&unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            // Writing into a String cannot fail.
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` with the characters of [`is_unsafe`] escaped (`\u{1b}`); line feeds and
/// tabs kept.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_with(text, is_unsafe)
}

/// [`escape`], but a carriage return that ends a line (`\r\n`, as in CSV for
/// Excel) is kept; a lone one, which would let a line overwrite itself, is
/// escaped.
pub fn escape_keeping_crlf(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return escape(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut lines = text.split("\r\n").peekable();
    while let Some(line) = lines.next() {
        out.push_str(&escape(line));
        if lines.peek().is_some() {
            out.push_str("\r\n");
        }
    }
    if out == text { Cow::Borrowed(text) } else { Cow::Owned(out) }
}
