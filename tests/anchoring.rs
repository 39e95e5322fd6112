//! Re-anchoring annotations when the document has changed.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

mod common;

use glosa::model::anchor::{AnchorStatus, Anchorer, Location};
use glosa::model::{CharOffset, Document, Segment};

fn doc(text: &str) -> Document {
    Document::parse(text.as_bytes().to_vec(), "doc.txt").unwrap()
}

fn annotate(doc: &Document, quote: &str) -> Segment {
    common::segment_on(doc, quote)
}

/// Status and, if found, (¶ ordinal, quoted text now at that place).
fn resolve(doc: &Document, segment: &Segment) -> (AnchorStatus, Option<(usize, String)>) {
    let resolved = Anchorer::new(doc).resolve_segment(segment);
    let place = resolved.location.map(|Location { paragraph, start, end }| {
        let text: String =
            doc.text_of(&doc.paragraphs()[paragraph]).chars().skip(start.0).take(end.0 - start.0).collect();
        (paragraph + 1, text)
    });
    (resolved.status, place)
}

const V1: &str = "Preámbulo.\n\n\
    En el párrafo 69 de la Agenda de Túnez se reconoce la necesidad de una cooperación mejorada que permita a los \
    gobiernos cumplir en igualdad de condiciones su papel y responsabilidades.\n\n\
    Los debates relativos a la puesta en práctica del proceso han proseguido en diversos foros.\n\n\
    Descargo de responsabilidad.";

#[test]
fn a_paragraph_inserted_before_keeps_the_annotation_anchored_at_the_same_offsets() {
    let v1 = doc(V1);
    let segment = annotate(&v1, "cooperación mejorada");
    let v2 = doc(&V1.replace("Preámbulo.\n\n", "Preámbulo.\n\nUn párrafo nuevo insertado por la secretaría.\n\n"));
    let resolved = Anchorer::new(&v2).resolve_segment(&segment);
    assert_eq!(resolved.status, AnchorStatus::Anchored);
    assert_eq!(resolved.location, Some(Location { paragraph: 2, start: segment.start, end: segment.end }));
}

#[test]
fn words_edited_outside_the_quote_move_it_and_it_stays_anchored() {
    let v1 = doc(V1);
    let segment = annotate(&v1, "cooperación mejorada que permita a los gobiernos");
    let v2 = doc(&V1.replace("En el párrafo 69 de la Agenda", "En el párrafo sesenta y nueve de la Agenda"));
    assert_eq!(
        resolve(&v2, &segment),
        (AnchorStatus::Anchored, Some((2, "cooperación mejorada que permita a los gobiernos".to_owned())))
    );
}

#[test]
fn words_edited_inside_the_annotated_sentence_make_it_moved_for_review() {
    let v1 = doc(V1);
    let segment = annotate(&v1, "una cooperación mejorada que permita a los gobiernos cumplir");
    let v2 = doc(&V1.replace("cooperación mejorada", "cooperación reforzada"));
    assert_eq!(
        resolve(&v2, &segment),
        (AnchorStatus::Moved, Some((2, "una cooperación reforzada que permita a los gobiernos cumplir".to_owned())))
    );
}

#[test]
fn deleted_sentence_is_orphaned_not_attached_to_a_near_identical_paragraph() {
    // UN texts repeat themselves: ¶3 restates ¶2 almost word for word.
    let v1_text = "Preámbulo.\n\n\
        Reafirmamos la necesidad de una cooperación mejorada que permita a los gobiernos cumplir su papel.\n\n\
        Reafirmamos la necesidad de una cooperación reforzada que permita a todos los gobiernos cumplir su papel.\n\n\
        Descargo de responsabilidad.";
    let v1 = doc(v1_text);
    let whole = annotate(
        &v1,
        "Reafirmamos la necesidad de una cooperación mejorada que permita a los gobiernos cumplir su papel.",
    );
    let phrase = annotate(&v1, "la necesidad de una cooperación mejorada");
    let v2 = doc(&v1_text.replace(
        "Reafirmamos la necesidad de una cooperación mejorada que permita a los gobiernos cumplir su papel.\n\n",
        "",
    ));
    assert_eq!(v2.paragraphs().len(), 3);
    assert_eq!(resolve(&v2, &whole), (AnchorStatus::Orphaned, None));
    assert_eq!(resolve(&v2, &phrase), (AnchorStatus::Orphaned, None));
}

#[test]
fn deleted_one_word_quote_is_orphaned_though_the_word_occurs_elsewhere() {
    let v1 = doc(V1);
    // "foros" occurs once; "Túnez" is the quote. Delete it from ¶2, and let it appear in ¶3.
    let segment = annotate(&v1, "Túnez");
    assert_eq!(segment.quote, "Túnez");
    let v2_text = V1
        .replace("de la Agenda de Túnez se reconoce", "de la Agenda se reconoce")
        .replace("en diversos foros", "en diversos foros, como en Túnez");
    let v2 = doc(&v2_text);
    assert_eq!(resolve(&v2, &segment), (AnchorStatus::Orphaned, None));
}

#[test]
fn document_resaved_as_crlf_windows_1252_keeps_every_annotation_anchored() {
    let v1 = doc(V1);
    let segments: Vec<Segment> = ["Túnez", "cooperación mejorada", "Descargo", "proseguido en diversos foros"]
        .iter()
        .map(|q| annotate(&v1, q))
        .collect();
    let crlf = V1.replace('\n', "\r\n");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&crlf);
    assert!(!unmappable);
    let v2 = Document::parse(bytes.into_owned(), "doc.txt").unwrap();
    assert_eq!(v2.encoding(), "windows-1252");
    for segment in &segments {
        let resolved = Anchorer::new(&v2).resolve_segment(segment);
        assert_eq!(resolved.status, AnchorStatus::Anchored, "{}", segment.quote);
        assert_eq!(resolved.location.map(|l| (l.start, l.end)), Some((segment.start, segment.end)));
    }
}

#[test]
fn emoji_and_combining_accent_before_the_span_count_as_code_points() {
    let v1 = doc("👨🏻‍🚒 firemen drive firetrucks\n\nLa cafe\u{301}tera y los bomberos.");
    let firetrucks = annotate(&v1, "firetrucks");
    assert_eq!((firetrucks.start, firetrucks.end), (CharOffset(19), CharOffset(29)));
    // NFC composes "e" + U+0301 into "é": one code point, so "bomberos" starts at 18.
    let bomberos = annotate(&v1, "bomberos");
    assert_eq!((bomberos.start, bomberos.end), (CharOffset(18), CharOffset(26)));
    // v2 adds a paragraph before and drops the accent before the span (its ID
    // changes); both quotes are still found exactly, in place.
    let v2 = doc("Nuevo título\n\n👨🏻‍🚒 firemen drive firetrucks\n\nLa cafetera y los bomberos.");
    assert_eq!(resolve(&v2, &firetrucks), (AnchorStatus::Anchored, Some((2, "firetrucks".to_owned()))));
    assert_eq!(resolve(&v2, &bomberos), (AnchorStatus::Anchored, Some((3, "bomberos".to_owned()))));
}

#[test]
fn a_quote_repeated_in_its_unchanged_paragraph_is_found_at_the_same_offsets() {
    let v1 = doc("La cooperación mejorada y otra vez la cooperación mejorada.");
    let second = Segment::new(&v1, 0, CharOffset(38), CharOffset(58)).unwrap();
    assert_eq!(second.quote, "cooperación mejorada");
    let resolved = Anchorer::new(&v1).resolve_segment(&second);
    assert_eq!(resolved.location.map(|l| l.start), Some(CharOffset(38)));
}
