//! Find in a document as readers expect across the six UN languages: letter case,
//! Latin accents, Arabic harakat and full-width / half-width forms are ignored
//! unless asked for, and every hit names exact code points of the original text.
//!
//! Each paragraph is *folded* (see [`FindOptions`]) into a search string that
//! remembers, for each of its bytes, the code point of the paragraph it came from;
//! the folded query is looked for in it (`memchr::memmem`, linear), and each hit
//! is mapped back through that table. Marks the folding dropped right after a hit
//! (an accent written as a combining mark, harakat) belong to the hit's last
//! letter and are included, so a hit never splits a letter from its marks; a hit
//! that would end inside a letter (before a combining mark the folding kept) is
//! not reported.

use serde::{Deserialize, Serialize};
use unicode_normalization::char::{decompose_canonical, decompose_compatible, is_combining_mark};

use super::coding::TextSpan;
use crate::model::Document;
use crate::model::anchor::is_space_like;

/// What a search tells apart. The default (all `false`) is what a reader expects
/// from find in a mature app: `tunez` finds `Túnez`, `TÚNEZ` and `Tunez`; `كتب`
/// finds `كَتَبَ`; `WSIS` finds `ＷＳＩＳ`. A typed space always finds a no-break
/// space (U+00A0, U+202F, U+2007) too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct FindOptions {
    /// Letter case counts (`Túnez` ≠ `TÚNEZ`). Otherwise letters compare by their
    /// Unicode lowercase mapping (`char::to_lowercase`).
    pub match_case: bool,
    /// Diacritics count. Otherwise, after canonical decomposition (Unicode NFD),
    /// the combining marks of Latin letters are dropped (`á` = `a`, `ç` = `c`,
    /// `ñ` = `n`), as are the diacritical marks U+0300–U+036F anywhere, Cyrillic
    /// `ё` is `е`, and Arabic harakat and Quranic marks (U+0610–U+061A,
    /// U+064B–U+065F, U+0670, U+06D6–U+06ED) and the tatweel (U+0640) are ignored.
    /// Arabic letters with hamza or madda (`أ`, `آ`, `ؤ`) stay letters of their own.
    pub match_diacritics: bool,
    /// Full-width and half-width forms count. Otherwise the forms of the
    /// Halfwidth and Fullwidth Forms block (U+FF00–U+FFEF) compare as their
    /// compatibility decomposition (`Ａ` = `A`, `，` = `,`, `１` = `1`, `ｶ` = `カ`)
    /// and the ideographic space U+3000 as a space.
    pub match_width: bool,
}

/// Every occurrence of `query` in `doc`'s paragraphs under `options`, in document
/// order, as spans of code points of the original text. Occurrences do not
/// overlap; none crosses a paragraph boundary. An empty query (or one that folds
/// to nothing, such as harakat alone while they are ignored) finds nothing.
/// Linear in the length of the document and the query.
pub fn find_text_with(doc: &Document, query: &str, options: FindOptions) -> Vec<TextSpan> {
    let mut needle = String::with_capacity(query.len());
    fold_into(query, options, &mut needle, None);
    if needle.is_empty() {
        return Vec::new();
    }
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    let needle_starts_with_mark = needle.chars().next().is_some_and(is_combining_mark);
    let mut folded = String::new();
    let mut owner = Vec::new();
    let mut hits = Vec::new();
    for (index, paragraph) in doc.paragraphs().iter().enumerate() {
        let text = doc.text_of(paragraph);
        folded.clear();
        owner.clear();
        let chars = fold_into(text, options, &mut folded, Some(&mut owner));
        for start in finder.find_iter(folded.as_bytes()) {
            let end = start + needle.len();
            // Neither start nor end inside a letter: no hit on a kept mark alone,
            // nor one that leaves a kept mark of its last letter outside.
            let split_at_start =
                !needle_starts_with_mark && folded[start..].chars().next().is_some_and(is_combining_mark);
            let split_at_end = folded[end..].chars().next().is_some_and(is_combining_mark);
            if split_at_start || split_at_end {
                continue;
            }
            let first = owner[start] as usize;
            let mut last = owner[end - 1] as usize + 1;
            // Marks the folding dropped right after the hit belong to its last letter.
            let next = owner.get(end).map_or(chars, |o| *o as usize);
            let mut dropped = text.chars().skip(last).take(next - last);
            while dropped.next().is_some_and(|c| is_combining_mark(c) || is_arabic_mark(c)) {
                last += 1;
            }
            hits.push(TextSpan::new(index, first, last));
        }
    }
    hits
}

/// Appends the folding of `text` under `options` to `out`; with `owner`, records
/// for each byte appended the index (code points) of the character of `text` it
/// comes from. Returns the number of code points in `text`.
fn fold_into(text: &str, options: FindOptions, out: &mut String, mut owner: Option<&mut Vec<u32>>) -> usize {
    let mut count = 0usize;
    for (i, c) in text.chars().enumerate() {
        let before = out.len();
        fold_char(c, options, out);
        if let Some(owner) = owner.as_deref_mut() {
            // Paragraphs are far shorter than 4 billion code points (the document
            // reader's bounds), so the index fits.
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            debug_assert_eq!(owner.len(), before);
            owner.resize(out.len(), i);
        }
        count = i + 1;
    }
    count
}

/// The folding of one character (see [`FindOptions`]), appended to `out`.
fn fold_char(c: char, options: FindOptions, out: &mut String) {
    if is_space_like(c) || (!options.match_width && c == '\u{3000}') {
        out.push(' ');
        return;
    }
    if !options.match_width && ('\u{FF00}'..='\u{FFEF}').contains(&c) {
        decompose_compatible(c, |d| fold_letter(d, options, out));
        return;
    }
    fold_letter(c, options, out);
}

/// Diacritics and case of one character.
fn fold_letter(c: char, options: FindOptions, out: &mut String) {
    if options.match_diacritics {
        // Precomposed and decomposed Latin letters compare alike (NFD both sides).
        if is_latin(c) {
            decompose_canonical(c, |d| push_case(d, options, out));
        } else {
            push_case(c, options, out);
        }
        return;
    }
    if is_arabic_mark(c) || ('\u{0300}'..='\u{036F}').contains(&c) {
        return;
    }
    if is_latin(c) || matches!(c, 'ё' | 'Ё') {
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                push_case(d, options, out);
            }
        });
        return;
    }
    push_case(c, options, out);
}

fn push_case(c: char, options: FindOptions, out: &mut String) {
    if options.match_case {
        out.push(c);
    } else {
        out.extend(c.to_lowercase().filter(|l| options.match_diacritics || !('\u{0300}'..='\u{036F}').contains(l)));
    }
}

/// Latin letters with precomposed diacritics: Latin-1 Supplement letters,
/// Latin Extended-A and -B, Latin Extended Additional.
fn is_latin(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Arabic harakat, Quranic annotation marks and the tatweel.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn doc(text: &str) -> Document {
        Document::parse(text.as_bytes().to_vec(), "t.txt").unwrap()
    }

    fn quotes(doc: &Document, query: &str, options: FindOptions) -> Vec<String> {
        find_text_with(doc, query, options)
            .iter()
            .map(|h| {
                let text = doc.text_of(&doc.paragraphs()[h.paragraph]);
                text.chars().skip(h.start.0).take(h.end.0 - h.start.0).collect()
            })
            .collect()
    }

    #[test]
    fn accents_and_case_are_ignored_unless_asked() {
        // The document's text is NFC: the decomposed ú reads as the precomposed one.
        let d = doc("Túnez y TÚNEZ, no Tunez; Tu\u{301}nez.");
        let all = FindOptions::default();
        assert_eq!(quotes(&d, "tunez", all), ["Túnez", "TÚNEZ", "Tunez", "Túnez"]);
        let accents = FindOptions { match_diacritics: true, ..all };
        assert_eq!(quotes(&d, "tu\u{301}nez", accents), ["Túnez", "TÚNEZ", "Túnez"]);
        assert_eq!(quotes(&d, "tunez", accents), ["Tunez"], "u does not find the u of ú");
        let case = FindOptions { match_case: true, ..all };
        assert_eq!(quotes(&d, "Tunez", case), ["Túnez", "Tunez", "Túnez"]);
    }

    #[test]
    fn harakat_and_tatweel_are_ignored_but_hamza_is_a_letter() {
        let d = doc("كَتَبَ كتب كـتب أحرار احرار");
        let all = FindOptions::default();
        assert_eq!(quotes(&d, "كتب", all), ["كَتَبَ", "كتب", "كـتب"]);
        assert_eq!(quotes(&d, "أحرار", all), ["أحرار"]);
        let marks = FindOptions { match_diacritics: true, ..all };
        assert_eq!(quotes(&d, "كتب", marks), ["كتب"]);
        assert!(quotes(&d, "\u{64E}", all).is_empty(), "harakat alone find nothing");
    }

    #[test]
    fn full_width_forms_find_their_ascii_and_back() {
        let d = doc("ＷＳＩＳ y WSIS, １９４８ 年；1948");
        let all = FindOptions::default();
        assert_eq!(quotes(&d, "wsis", all), ["ＷＳＩＳ", "WSIS"]);
        assert_eq!(quotes(&d, "１９４８", all), ["１９４８", "1948"]);
        let width = FindOptions { match_width: true, ..all };
        assert_eq!(quotes(&d, "WSIS", width), ["WSIS"]);
    }
}
