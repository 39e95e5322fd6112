//! Re-anchoring annotations when the document has changed.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

mod common;

use glosa::model::anchor::{AnchorStatus, Anchorer, Location, MoveReason};
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

// ---- Issue 8 §1: the cases that misattached silently or orphaned needlessly ----

/// Status, reason and, if found, (¶ ordinal, text now at that place).
fn resolve_why(doc: &Document, segment: &Segment) -> (AnchorStatus, Option<MoveReason>, Option<(usize, String)>) {
    let resolved = Anchorer::new(doc).resolve_segment(segment);
    let (status, place) = resolve(doc, segment);
    (status, resolved.reason, place)
}

/// Statements of two delegations that differ by one name, as in a compilation of
/// submissions, with other paragraphs between them.
const DELEGATIONS: &str = "Compilación de las declaraciones.\n\n\
    La delegación del Brasil considera que la cooperación mejorada debe incluir a los gobiernos, al sector \
    privado y a la sociedad civil en pie de igualdad.\n\n\
    La Cumbre Mundial sobre la Sociedad de la Información (WSIS) reconoció el papel de el sector privado en \
    el desarrollo de Internet.\n\n\
    Los participantes recordaron los resultados de la WSIS y pidieron un seguimiento anual del proceso.\n\n\
    La delegación de Chile considera que la cooperación mejorada debe incluir a los gobiernos, al sector \
    privado y a la sociedad civil en pie de igualdad.\n\n\
    Clausura de la sesión.";

#[test]
fn a_rewritten_statement_does_not_move_silently_to_the_near_identical_one_of_another_delegation() {
    let v1 = doc(DELEGATIONS);
    let brazil = annotate(&v1, "considera que la cooperación mejorada debe incluir a los gobiernos");
    assert_eq!(v1.index_of(&brazil.paragraph), Some(1));
    let v2 = doc(&DELEGATIONS.replace(
        "La delegación del Brasil considera que la cooperación mejorada debe incluir a los gobiernos, al sector \
         privado y a la sociedad civil en pie de igualdad.",
        "La delegación del Brasil retiró su declaración y se sumó al consenso.",
    ));
    // The exact quote, with its 32 code points of context, is now only in Chile's
    // statement: shown for review, never anchored there.
    assert_eq!(
        resolve_why(&v2, &brazil),
        (
            AnchorStatus::Moved,
            Some(MoveReason::ContextChanged),
            Some((5, "considera que la cooperación mejorada debe incluir a los gobiernos".to_owned()))
        )
    );
}

#[test]
fn a_deleted_acronym_is_orphaned_though_a_nearby_paragraph_has_it_and_changed_too() {
    let v1 = doc(DELEGATIONS);
    let wsis = annotate(&v1, "WSIS");
    assert_eq!(v1.index_of(&wsis.paragraph), Some(2));
    let v2 = doc(&DELEGATIONS
        .replace("Sociedad de la Información (WSIS) reconoció", "Sociedad de la Información reconoció")
        .replace("pidieron un seguimiento anual", "pidieron un examen bienal"));
    assert_eq!(resolve_why(&v2, &wsis), (AnchorStatus::Orphaned, None, None));
}

#[test]
fn a_word_inserted_next_to_a_short_unique_quote_keeps_it_anchored() {
    let v1 = doc(DELEGATIONS);
    let private = annotate(&v1, "el sector privado");
    assert_eq!(v1.index_of(&private.paragraph), Some(2));
    let after = doc(&DELEGATIONS.replace("el sector privado en", "el sector privado nacional en"));
    assert_eq!(
        resolve_why(&after, &private),
        (AnchorStatus::Anchored, None, Some((3, "el sector privado".to_owned())))
    );
    let before = doc(&DELEGATIONS.replace("el papel de el sector privado", "el papel de todo el sector privado"));
    assert_eq!(
        resolve_why(&before, &private),
        (AnchorStatus::Anchored, None, Some((3, "el sector privado".to_owned())))
    );
}

/// A resolution repeated word for word, as preambles repeat "Recordando…".
const REPEATED: &str = "Preámbulo.\n\n\
    Recordando su resolución 56/183 sobre la Cumbre Mundial sobre la Sociedad de la Información.\n\n\
    Observa los progresos realizados.\n\n\
    Parte dispositiva.\n\n\
    Recordando su resolución 56/183 sobre la Cumbre Mundial sobre la Sociedad de la Información.\n\n\
    Decide seguir ocupándose de la cuestión.";

fn second_copy(v1: &Document) -> Segment {
    let second = Segment::new(v1, 4, CharOffset(14), CharOffset(37)).unwrap();
    assert_eq!((second.quote.as_str(), second.paragraph.as_str().ends_with("-2")), ("resolución 56/183 sobre", true));
    second
}

#[test]
fn a_copy_inserted_above_a_repeated_paragraph_shifts_its_suffix_but_not_the_note() {
    let v1 = doc(REPEATED);
    let second = second_copy(&v1);
    let v2 = doc(&REPEATED.replace(
        "Preámbulo.\n\n",
        "Recordando su resolución 56/183 sobre la Cumbre Mundial sobre la Sociedad de la Información.\n\nPreámbulo.\n\n",
    ));
    // Its ID `p-…-2` now names the second of three copies (¶3); the note is on
    // the third (¶6), between its own neighbours.
    assert_eq!(v2.paragraphs()[2].id, second.paragraph);
    assert_eq!(
        resolve_why(&v2, &second),
        (AnchorStatus::Anchored, None, Some((6, "resolución 56/183 sobre".to_owned())))
    );
}

#[test]
fn when_the_annotated_copy_of_a_repeated_paragraph_is_deleted_the_other_copy_is_only_a_candidate() {
    let v1 = doc(REPEATED);
    let second = second_copy(&v1);
    let v2 = doc(&REPEATED.replace(
        "Parte dispositiva.\n\nRecordando su resolución 56/183 sobre la Cumbre Mundial sobre la Sociedad de la \
         Información.\n\n",
        "Parte dispositiva.\n\n",
    ));
    assert_eq!(
        resolve_why(&v2, &second),
        (AnchorStatus::Moved, Some(MoveReason::SeveralCandidates), Some((2, "resolución 56/183 sobre".to_owned())))
    );
}

/// Every paragraph names the forum.
const FORUM: &str = "El Foro para la Gobernanza de Internet celebra su reunión anual.\n\n\
    Los participantes del Foro para la Gobernanza de Internet examinaron el acceso y la diversidad.\n\n\
    La secretaría del Foro para la Gobernanza de Internet publicará el informe en los seis idiomas.\n\n\
    El próximo Foro para la Gobernanza de Internet se celebrará en Kioto.";

#[test]
fn a_term_renamed_throughout_keeps_every_note_found() {
    let v1 = doc(FORUM);
    let quotes = ["el acceso y la diversidad", "publicará el informe en los seis idiomas", "Kioto"];
    let segments: Vec<Segment> = quotes.iter().map(|q| annotate(&v1, q)).collect();
    let v2 = doc(&FORUM.replace("Foro para la Gobernanza de Internet", "Foro de Gobernanza de Internet (IGF)"));
    assert!(v2.paragraphs().iter().zip(v1.paragraphs()).all(|(a, b)| a.id != b.id), "every paragraph changed");
    let found: Vec<_> = segments.iter().map(|s| resolve_why(&v2, s)).collect();
    assert_eq!(
        found,
        [
            (AnchorStatus::Moved, Some(MoveReason::ContextChanged), Some((2, quotes[0].to_owned()))),
            (AnchorStatus::Moved, Some(MoveReason::ContextChanged), Some((3, quotes[1].to_owned()))),
            (AnchorStatus::Moved, Some(MoveReason::ContextChanged), Some((4, quotes[2].to_owned()))),
        ]
    );
}

#[test]
fn a_pdf_style_rewrap_with_hyphenated_words_keeps_notes_anchored() {
    let v1 = doc(DELEGATIONS);
    let development = annotate(&v1, "el desarrollo de Internet");
    let name = annotate(&v1, "La delegación de Chile");
    // Hard-wrapped at about 60 columns with two words split. The document spells
    // "delegación" whole elsewhere, so the segmenter joins "dele-" + "gación"; it
    // never does "desarrollo", so that hyphen is kept ("desa-rrollo") and the
    // paragraph's text, hence its ID, changes.
    let v2_text = "Compilación de las declaraciones.\n\n\
        La delegación del Brasil considera que la cooperación mejorada\n\
        debe incluir a los gobiernos, al sector privado y a la\n\
        sociedad civil en pie de igualdad.\n\n\
        La Cumbre Mundial sobre la Sociedad de la Información (WSIS)\n\
        reconoció el papel de el sector privado en el desa-\n\
        rrollo de Internet.\n\n\
        Los participantes recordaron los resultados de la WSIS y\n\
        pidieron un seguimiento anual del proceso.\n\n\
        La dele-\n\
        gación de Chile considera que la cooperación mejorada debe\n\
        incluir a los gobiernos, al sector privado y a la sociedad\n\
        civil en pie de igualdad.\n\n\
        Clausura de la sesión.";
    let v2 = doc(v2_text);
    assert_eq!(v2.paragraphs().len(), 6);
    assert!(v2.text_of(&v2.paragraphs()[2]).contains("desa-rrollo"));
    assert_eq!(
        resolve_why(&v2, &development),
        (AnchorStatus::Anchored, None, Some((3, "el desa-rrollo de Internet".to_owned())))
    );
    assert_eq!(resolve_why(&v2, &name), (AnchorStatus::Anchored, None, Some((5, "La delegación de Chile".to_owned()))));
}

#[test]
fn a_moved_note_says_why() {
    let v1 = doc(V1);
    // A paragraph moved to the end and edited: the quote is intact, its place is not.
    let debates = annotate(&v1, "han proseguido en diversos foros");
    let moved = doc("Preámbulo.\n\n\
        En el párrafo 69 de la Agenda de Túnez se reconoce la necesidad de una cooperación mejorada que permita a \
        los gobiernos cumplir en igualdad de condiciones su papel y responsabilidades.\n\n\
        Descargo de responsabilidad.\n\n\
        Los debates relativos a la aplicación del proceso han proseguido en diversos foros.");
    assert_eq!(
        resolve_why(&moved, &debates),
        (
            AnchorStatus::Moved,
            Some(MoveReason::ContextChanged),
            Some((4, "han proseguido en diversos foros".to_owned()))
        )
    );
    // The sentence doubled in its paragraph: two places fit equally.
    let once = doc("Uno.\n\nLos Estados piden cooperación mejorada en la gobernanza.\n\nTres.");
    let quote = annotate(&once, "cooperación mejorada");
    let doubled =
        doc("Uno.\n\nLos Estados piden cooperación mejorada en la gobernanza y los Estados piden cooperación \
         mejorada en la gobernanza.\n\nTres.");
    assert_eq!(
        resolve_why(&doubled, &quote),
        (AnchorStatus::Moved, Some(MoveReason::SeveralCandidates), Some((2, "cooperación mejorada".to_owned())))
    );
    // A word changed inside the quote.
    let changed = doc("Uno.\n\nLos Estados piden cooperación reforzada en la gobernanza.\n\nTres.");
    assert_eq!(
        resolve_why(&changed, &quote),
        (AnchorStatus::Moved, Some(MoveReason::FuzzyMatch), Some((2, "cooperación reforzada".to_owned())))
    );
}
