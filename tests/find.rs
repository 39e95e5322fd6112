//! Find across the six UN languages, on the Universal Declaration of Human Rights
//! (tests/corpus/udhr_*.txt): accents and letter case ignored for Latin and
//! Cyrillic, Arabic harakat ignored, full-width forms found from ASCII, each
//! unless asked for; every hit maps back to exact bytes of the paragraph's text.
//! Runs with `--no-default-features`.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

use std::path::Path;

use glosa::model::Document;
use glosa::session::{FindOptions, find_text, find_text_with};

fn udhr(language: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/corpus/udhr_{language}.txt"));
    Document::parse(std::fs::read(&path).unwrap(), &format!("udhr_{language}.txt")).unwrap()
}

/// Each hit as (¶ ordinal, byte range in the paragraph's text, the text there).
fn hits(doc: &Document, query: &str, options: FindOptions) -> Vec<(u32, std::ops::Range<usize>, String)> {
    find_text_with(doc, query, options)
        .into_iter()
        .map(|hit| {
            let paragraph = &doc.paragraphs()[hit.paragraph];
            let text = doc.text_of(paragraph);
            let byte = |chars: usize| text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b);
            let bytes = byte(hit.start.0)..byte(hit.end.0);
            (paragraph.ordinal, bytes.clone(), text[bytes].to_owned())
        })
        .collect()
}

fn texts(doc: &Document, query: &str, options: FindOptions) -> Vec<String> {
    hits(doc, query, options).into_iter().map(|(_, _, text)| text).collect()
}

const DEFAULT: FindOptions = FindOptions { match_case: false, match_diacritics: false, match_width: false };
const ACCENTS: FindOptions = FindOptions { match_diacritics: true, ..DEFAULT };

#[test]
fn spanish_accents_and_case_are_ignored() {
    let doc = udhr("spa");
    let found = hits(&doc, "declaracion universal de derechos humanos", DEFAULT);
    assert_eq!(found.len(), 2, "{found:?}");
    for (_, bytes, text) in &found {
        assert_eq!(text, "Declaración Universal de Derechos Humanos");
        assert_eq!(bytes.len(), "Declaración Universal de Derechos Humanos".len());
    }
    assert_eq!(
        find_text(&doc, "declaracion universal de derechos humanos"),
        find_text_with(&doc, "DECLARACIÓN universal de derechos humanos", DEFAULT)
    );
    assert!(texts(&doc, "declaracion universal", ACCENTS).is_empty(), "ó is not o when accents count");
    assert_eq!(texts(&doc, "Declaración Universal", ACCENTS).len(), 2);
    let case = FindOptions { match_case: true, ..DEFAULT };
    assert!(texts(&doc, "DECLARACION UNIVERSAL", case).is_empty());
}

#[test]
fn french_accents_are_ignored() {
    let doc = udhr("fra");
    assert_eq!(texts(&doc, "egalite", DEFAULT), ["égalité"; 4]);
    assert!(texts(&doc, "egalite", ACCENTS).is_empty());
    assert_eq!(texts(&doc, "ÉGALITÉ", ACCENTS), ["égalité"; 4]);
}

#[test]
fn russian_case_is_ignored() {
    let doc = udhr("rus");
    assert_eq!(texts(&doc, "ВСЕОБЩАЯ ДЕКЛАРАЦИЯ ПРАВ ЧЕЛОВЕКА", DEFAULT), ["Всеобщая декларация прав человека"]);
}

#[test]
fn arabic_harakat_are_ignored_and_kept_in_the_hit() {
    let doc = udhr("arb");
    // The text has the damma (U+064F) and the tanwin (U+064B); the hit takes them whole.
    assert_eq!(texts(&doc, "اعتمد", DEFAULT), ["اعتُمد"]);
    assert_eq!(texts(&doc, "أحرارا", DEFAULT), ["أحرارًا"]);
    assert_eq!(texts(&doc, "جميعا", DEFAULT), ["جميعاً"]);
    let (_, bytes, _) = &hits(&doc, "أحرارا", DEFAULT)[0];
    assert_eq!(bytes.len(), "أحرارًا".len(), "the tanwin after the last letter is inside the hit");
    assert!(texts(&doc, "أحرارا", ACCENTS).is_empty(), "with harakat counted, ا is not اً");
    assert_eq!(texts(&doc, "أحرارًا", ACCENTS), ["أحرارًا"]);
    assert!(texts(&doc, "احرارا", DEFAULT).is_empty(), "hamza is a letter, not a haraka");
}

#[test]
fn chinese_full_width_forms_are_found_from_ascii() {
    let doc = udhr("cmn_hans");
    assert_eq!(texts(&doc, "日,联合国", DEFAULT), ["日，联合国"]);
    assert_eq!(texts(&doc, "宣传,并且", DEFAULT), ["宣传，并且"]);
    assert_eq!(texts(&doc, "１９４８", DEFAULT), ["1948"]);
    let width = FindOptions { match_width: true, ..DEFAULT };
    assert!(texts(&doc, "日,联合国", width).is_empty());
    assert_eq!(texts(&doc, "日，联合国", width), ["日，联合国"]);
}

#[test]
fn every_hit_is_on_character_boundaries_of_the_paragraph() {
    for (language, query) in [("spa", "a"), ("fra", "e"), ("rus", "о"), ("arb", "ل"), ("cmn_hans", "人")] {
        let doc = udhr(language);
        let found = hits(&doc, query, DEFAULT);
        assert!(found.len() > 50, "{language}: {}", found.len());
        for (_, bytes, text) in found {
            assert!(!text.is_empty());
            assert!(bytes.start < bytes.end);
        }
    }
}
