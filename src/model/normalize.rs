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
    // Fast path, taken by almost every line of real text: once the ASCII spaces at
    // both ends are gone, nothing is left to collapse or remove, so the text is
    // copied as it is. `collapse` would produce exactly the same.
    let trimmed = raw.trim_matches(' ');
    if is_plain(trimmed.as_bytes()) {
        out.push_str(trimmed);
    } else {
        collapse(out, raw, start);
    }
    let appended = &out[start..];
    if !is_nfc_fast(appended) && is_nfc_quick(appended.chars()) != IsNormalized::Yes {
        let composed: String = appended.nfc().collect();
        out.truncate(start);
        out.push_str(&composed);
    }
}

/// Bytes checked per step by [`is_plain`]; the loop over a block compiles to SIMD.
const BLOCK: usize = 32;

/// Whether the byte `x`, followed by `y` and `z`, starts something [`collapse`]
/// changes: a control byte, the first of two spaces, a C1 control or soft hyphen
/// (`C2 80..=9F`, `C2 AD`), or U+2028/U+2029 (`E2 80 A8`/`A9`). Non-short-circuit
/// operators keep it branch-free.
#[inline]
#[allow(clippy::needless_bitwise_bool, reason = "bitwise on purpose: no branches, so the loop vectorizes")]
fn starts_special(x: u8, y: u8, z: u8) -> bool {
    (x < 0x20)
        | (x == 0x7F)
        | ((x == b' ') & (y == b' '))
        | ((x == 0xC2) & ((y <= 0x9F) | (y == 0xAD)))
        | ((x == 0xE2) & (y == 0x80) & ((z | 1) == 0xA9))
}

/// Whether `bytes` (UTF-8 without spaces at either end) contain nothing that
/// [`collapse`] would change.
fn is_plain(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i + BLOCK + 2 <= bytes.len() {
        if has_special::<BLOCK>(&bytes[i..i + BLOCK + 2]) {
            return false;
        }
        i += BLOCK;
    }
    // The last 0..=BLOCK + 1 bytes, padded with a byte that starts nothing and
    // completes nothing.
    let mut padded = [0xBF; BLOCK + 3];
    padded[..bytes.len() - i].copy_from_slice(&bytes[i..]);
    !has_special::<{ BLOCK + 1 }>(&padded)
}

/// Whether one of the first `N` bytes of `window` (at least `N + 2` long) starts
/// something special.
#[inline]
fn has_special<const N: usize>(window: &[u8]) -> bool {
    let mut special = false;
    for j in 0..N {
        special |= starts_special(window[j], window[j + 1], window[j + 2]);
    }
    special
}

/// Whether `text` is certainly in NFC without looking anything up: every character
/// is below U+0300 (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) or
/// ordinary punctuation U+2010..=U+205E (dashes, quotes, ellipsis, per mille…).
/// All of these have canonical combining class 0 and `NFC_Quick_Check=Yes`
/// (checked by a test), so a string of them is in NFC. `false` means "look it up".
fn is_nfc_fast(text: &str) -> bool {
    // UTF-8 lead bytes below 0xCC encode characters below U+0300.
    text.bytes().fold(0u8, u8::max) < 0xCC
        || text.chars().all(|c| c < '\u{300}' || ('\u{2010}'..='\u{205E}').contains(&c))
}

/// The general case of [`push_normalized`]: collapses white space and controls,
/// removes soft hyphens, trims. Appends to `out`, whose content from `start` on is
/// the part being built.
fn collapse(out: &mut String, raw: &str, start: usize) {
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
    fn fast_nfc_characters_are_nfc_starters() {
        use unicode_normalization::char::canonical_combining_class;
        let fast = ('\0'..'\u{300}').chain('\u{2010}'..='\u{205E}');
        for c in fast {
            assert!(is_nfc_fast(c.encode_utf8(&mut [0; 4])), "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
        assert!(!is_nfc_fast("Tu\u{301}nez"));
        assert!(!is_nfc_fast("\u{2000}"));
    }

    /// The general path alone, as `push_normalized` was before its fast path.
    fn reference(prefix: &str, raw: &str) -> String {
        let mut out = prefix.to_owned();
        collapse(&mut out, raw, prefix.len());
        let appended = &out[prefix.len()..];
        if is_nfc_quick(appended.chars()) != IsNormalized::Yes {
            let composed: String = appended.nfc().collect();
            out.truncate(prefix.len());
            out.push_str(&composed);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fast_path_agrees_with_the_general_path(
            prefix in "[a -]{0,3}",
            raw in "[ a\\-.\t\r\n\u{c}\u{7f}\u{80}\u{85}\u{9f}\u{a0}\u{ad}\u{e9}\u{301}\u{2014}\u{2026}\u{2028}\u{2029}\u{202f}\u{2000}\u{3000}]{0,80}",
        ) {
            let mut out = prefix.clone();
            push_normalized(&mut out, &raw);
            proptest::prop_assert_eq!(out, reference(&prefix, &raw));
        }

        #[test]
        fn fast_path_agrees_on_mostly_plain_text(
            prefix in "[a -]{0,3}",
            left in "( ?[a-z\u{e9}\u{2014}\u{2026}\u{301}\u{2000}\u{a0}.-]{1,6}){0,12} ?",
            special in proptest::option::of(proptest::sample::select(
                vec!["  ", "\t", "\u{ad}", "-\u{ad}-", "\u{85}", "\u{2028}", "\u{2029}", "\r\n", "\u{7f}", "\u{9f}", "\u{1f}"],
            )),
            right in "( ?[a-z\u{e9}\u{2014}.-]{1,6}){0,8} ?",
        ) {
            let raw = format!("{left}{}{right}", special.unwrap_or_default());
            let mut out = prefix.clone();
            push_normalized(&mut out, &raw);
            proptest::prop_assert_eq!(out, reference(&prefix, &raw));
        }
    }

    #[test]
    fn appending_leaves_earlier_text_alone() {
        let mut out = String::from("keep  this ");
        push_normalized(&mut out, "  and\tthis ");
        assert_eq!(out, "keep  this and this");
    }
}
