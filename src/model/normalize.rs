//! Normalization of paragraph text: what is displayed, quoted, hashed and exported.
//!
//! Rules, applied to the text of one paragraph (line breaks are already joined by
//! the segmenter):
//! - every run of white space and control characters (space, tab, form feed, CR,
//!   LF, other C0/C1 controls, U+2028/U+2029) becomes one ASCII space;
//! - soft hyphens (U+00AD) are removed, and `-` U+00AD `-` (a PDF extraction
//!   artifact) becomes one `-`;
//! - leading and trailing space is trimmed;
//! - the result is in Unicode Normalization Form C (UAX #15).
//!
//! No-break spaces (U+00A0, U+202F) are kept: French typography needs them.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// The soft hyphen, an invisible line-break opportunity.
pub const SOFT_HYPHEN: char = '\u{AD}';

/// Returns `raw` normalized by the module's rules.
pub fn normalize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    push_normalized(&mut out, raw);
    out
}

/// Appends `raw`, normalized by the module's rules, to `out`.
///
/// Only the appended part is normalized; `out`'s existing content is untouched.
/// Appends nothing when `raw` holds only white space.
pub fn push_normalized(out: &mut String, raw: &str) {
    let start = out.len();
    let bytes = raw.as_bytes();
    let mut pending_space = false;
    let mut run_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let special_len = match b {
            b' ' if bytes.get(i + 1).is_some_and(|&n| n > b' ') => 0,
            0x00..=0x20 | 0x7F => 1,
            // U+0080..U+009F (C1 controls, incl. NEL) and U+00AD (soft hyphen).
            0xC2 if bytes.get(i + 1).is_some_and(|&n| (0x80..=0x9F).contains(&n) || n == 0xAD) => 2,
            // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
            0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => 0,
        };
        if special_len == 0 {
            i += 1;
            continue;
        }
        push_run(out, &raw[run_start..i], start, &mut pending_space);
        let is_soft_hyphen = special_len == 2 && bytes[i + 1] == 0xAD;
        if !is_soft_hyphen {
            pending_space = true;
        }
        i += special_len;
        // PDF extraction writes one hyphen as `-` U+00AD `-`: keep a single `-`.
        if is_soft_hyphen && out.ends_with('-') && bytes.get(i) == Some(&b'-') {
            i += 1;
        }
        run_start = i;
    }
    push_run(out, &raw[run_start..], start, &mut pending_space);
    while out.len() > start && out.ends_with(' ') {
        out.pop();
    }
    let appended = &out[start..];
    if !appended.is_ascii() && is_nfc_quick(appended.chars()) != IsNormalized::Yes {
        let composed: String = appended.nfc().collect();
        out.truncate(start);
        out.push_str(&composed);
    }
}

fn push_run(out: &mut String, run: &str, start: usize, pending_space: &mut bool) {
    let run = if out.len() == start || *pending_space { run.trim_start_matches(' ') } else { run };
    if run.is_empty() {
        return;
    }
    if *pending_space && out.len() > start && !out.ends_with(' ') {
        out.push(' ');
    }
    *pending_space = false;
    out.push_str(run);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_runs_collapse_and_ends_are_trimmed() {
        assert_eq!(normalize("  1  En la\tResolución \u{c}102  "), "1 En la Resolución 102");
        assert_eq!(normalize(" \t \r\n"), "");
        assert_eq!(normalize("a\u{2028}b\u{85}c"), "a b c");
        assert_eq!(normalize(" Los debates"), "Los debates");
        assert_eq!(normalize("a \u{85}b \u{85}"), "a b");
    }

    #[test]
    fn soft_hyphens_vanish_and_no_break_spaces_stay() {
        assert_eq!(normalize("consen\u{AD}sus-\u{AD}based"), "consensus-based");
        assert_eq!(normalize("non-\u{AD}-decision-\u{AD}-making"), "non-decision-making");
        assert_eq!(normalize("l’homme\u{a0}:"), "l’homme\u{a0}:");
    }

    #[test]
    fn decomposed_accents_are_composed_to_nfc() {
        assert_eq!(normalize("Tu\u{301}nez"), "Túnez");
        assert_eq!(normalize("Túnez"), "Túnez");
    }

    #[test]
    fn appending_leaves_earlier_text_alone() {
        let mut out = String::from("keep  this ");
        push_normalized(&mut out, "  and\tthis ");
        assert_eq!(out, "keep  this and this");
    }
}
