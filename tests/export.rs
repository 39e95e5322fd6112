//! Exports of tagged excerpts: CSV, CSV for Excel and Markdown (W3C Web Annotation
//! JSON-LD: `w3c_export.rs`).
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

mod common;

use glosa::export::{ExportSource, Ordinals, excerpts, write_csv, write_markdown};
use glosa::model::anchor::AnchorStatus;
use glosa::model::{Annotation, AnnotationId, Document, Segment, TagId, TagSet, Timestamp};

const INFORME: &str = "Informe del Secretario General\n\n\
    La Agenda de Túnez reconoce la \"cooperación mejorada\", que permita a los gobiernos cumplir su papel.\n\n\
    Los debates sobre la cooperación han proseguido en diversos foros.\n\n\
    👨🏻‍🚒 firemen drive firetrucks\n";

fn doc(text: &str) -> Document {
    Document::parse(text.as_bytes().to_vec(), "informe.txt").unwrap()
}

fn highlight(doc: &Document, quote: &str) -> Segment {
    common::segment_on(doc, quote)
}

/// An annotation by `author` made at `created` (RFC 3339), its ID a ULID of that
/// time and the random part 1.
fn annotation(created: &str, author: &str, segments: Vec<Segment>, tags: &[&str], note: &str) -> Annotation {
    let created: Timestamp = created.parse().unwrap();
    Annotation {
        id: AnnotationId::from_parts(u64::try_from(created.as_millisecond()).unwrap(), 1),
        segments,
        tags: tags.iter().map(|t| TagId::new(t).unwrap()).collect(),
        note: note.to_owned(),
        author: author.to_owned(),
        created,
        modified: created,
    }
}

/// Ana's highlight across ¶2 and ¶3 (a comma, double quotes, accents), tagged
/// civil society, with a two-line note; and Jean-Marc's `firetrucks` after the
/// emoji in ¶4, tagged governments.
fn two_annotations(d: &Document) -> Vec<Annotation> {
    vec![
        annotation("2026-11-30T08:00:00Z", "Jean-Marc Lefèvre", vec![highlight(d, "firetrucks")], &["governments"], ""),
        annotation(
            "2026-11-29T10:39:54Z",
            "Ana Pérez",
            vec![highlight(d, "\"cooperación mejorada\", que permita"), highlight(d, "Los debates")],
            &["civil-society"],
            "Ver también el ¶69.\nRevisar con Ana.",
        ),
    ]
}

fn source<'a>(d: &'a Document, tags: &'a TagSet, annotations: &'a [Annotation]) -> ExportSource<'a> {
    ExportSource::resolve(d.title(), "informe.txt", Some(d), tags, annotations)
}

fn csv(sources: &[ExportSource<'_>], tags: &[TagId], excel: bool) -> Vec<u8> {
    let mut out = Vec::new();
    write_csv(&mut out, &excerpts(sources, tags), excel).unwrap();
    out
}

fn csv_text(sources: &[ExportSource<'_>], tags: &[TagId]) -> String {
    String::from_utf8(csv(sources, tags, false)).unwrap()
}

fn markdown(sources: &[ExportSource<'_>], tags: &[TagId]) -> String {
    let mut out = Vec::new();
    write_markdown(&mut out, &excerpts(sources, tags)).unwrap();
    String::from_utf8(out).unwrap()
}

fn tag(id: &str) -> TagId {
    TagId::new(id).unwrap()
}

/// (tag ID, tag label, quote) of each excerpt.
fn rows(sources: &[ExportSource<'_>], filter: &[TagId]) -> Vec<(String, String, String)> {
    excerpts(sources, filter)
        .iter()
        .map(|e| (e.tag.map(ToString::to_string).unwrap_or_default(), e.tag_label.to_owned(), e.quote.to_string()))
        .collect()
}

#[test]
fn csv_quotes_commas_double_quotes_and_line_breaks_after_rfc_4180() {
    let d = doc(INFORME);
    let (tags, annotations) = (TagSet::wsis_default(), two_annotations(&d));
    let (p2, p4) = (&d.paragraphs()[1].id, &d.paragraphs()[3].id);
    let expected = format!(
        "document,document_file,paragraph_id,paragraph,tag,tag_label,quote,note,author,created,status,annotation_id\r\n\
         Informe del Secretario General,informe.txt,{p2},¶2–¶3,civil-society,Civil society,\
         \"\"\"cooperación mejorada\"\", que permita\nLos debates\",\"Ver también el ¶69.\nRevisar con Ana.\",\
         Ana Pérez,2026-11-29T10:39:54Z,anchored,01M8KE7M4G0000000000000001\r\n\
         Informe del Secretario General,informe.txt,{p4},¶4,governments,Governments,firetrucks,,\
         Jean-Marc Lefèvre,2026-11-30T08:00:00Z,anchored,01M8NQFJ000000000000000001\r\n"
    );
    assert_eq!(csv_text(&[source(&d, &tags, &annotations)], &[]), expected);
}

#[test]
fn csv_for_excel_starts_with_a_byte_order_mark_and_ends_records_in_crlf() {
    let d = doc(INFORME);
    let (tags, annotations) = (TagSet::wsis_default(), two_annotations(&d));
    let sources = [source(&d, &tags, &annotations)];
    let excel = csv(&sources, &[], true);
    assert_eq!(excel[..3], [0xEF, 0xBB, 0xBF]);
    assert!(excel[3..].starts_with(b"document,document_file,paragraph_id,paragraph,"));
    // The same records as plain CSV: every field quoted, nothing to neutralize here.
    let records =
        |bytes: &[u8]| ::csv::Reader::from_reader(bytes).into_records().map(Result::unwrap).collect::<Vec<_>>();
    assert_eq!(records(&excel[3..]), records(&csv(&sources, &[], false)));
    assert!(excel[3..].ends_with(b"\"anchored\",\"01M8NQFJ000000000000000001\"\r\n"));
    // Three records (header and two rows), each ended by CRLF; the LFs inside the
    // quoted quote and note are the only bare ones.
    let text = String::from_utf8(excel[3..].to_vec()).unwrap();
    assert_eq!(text.matches("\r\n").count(), 3);
    assert!(text.ends_with("01M8NQFJ000000000000000001\"\r\n"));
}

#[test]
fn an_annotation_with_two_tags_gives_one_row_per_tag_in_tag_set_order() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let both = [annotation(
        "2026-12-01T09:15:00Z",
        "Ana",
        vec![highlight(&d, "diversos foros")],
        &["civil-society", "governments"],
        "",
    )];
    assert_eq!(
        rows(&[source(&d, &tags, &both)], &[]),
        [
            ("governments".into(), "Governments".into(), "diversos foros".into()),
            ("civil-society".into(), "Civil society".into(), "diversos foros".into()),
        ]
    );
}

#[test]
fn the_tag_filter_keeps_only_the_chosen_tags_and_drops_untagged_annotations() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let annotations = [
        annotation(
            "2026-12-01T09:15:00Z",
            "Ana",
            vec![highlight(&d, "diversos foros")],
            &["civil-society", "governments"],
            "",
        ),
        annotation("2026-12-02T16:45:30Z", "Ana", vec![highlight(&d, "firemen")], &[], "Sin etiqueta."),
        annotation("2026-11-29T10:39:54Z", "Ana", vec![highlight(&d, "Los debates")], &["private-sector"], ""),
    ];
    let sources = [source(&d, &tags, &annotations)];
    assert_eq!(
        rows(&sources, &[tag("civil-society")]),
        [("civil-society".into(), "Civil society".into(), "diversos foros".into())]
    );
    assert_eq!(rows(&sources, &[tag("media")]), []);
}

#[test]
fn without_a_filter_an_untagged_annotation_gives_one_excerpt_with_an_empty_tag() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let untagged = [annotation("2026-12-02T16:45:30Z", "Ana", vec![highlight(&d, "firemen")], &[], "Sin etiqueta.")];
    let sources = [source(&d, &tags, &untagged)];
    assert_eq!(rows(&sources, &[]), [(String::new(), String::new(), "firemen".into())]);
    let text = csv_text(&sources, &[]);
    let row = text.lines().nth(1).unwrap();
    assert!(
        row.starts_with(&format!("Informe del Secretario General,informe.txt,{},¶4,,,firemen,", d.paragraphs()[3].id))
    );
}

#[test]
fn a_tag_the_tag_set_lacks_is_exported_with_its_id_as_label_after_the_known_tags() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let annotations = [annotation(
        "2026-12-01T09:15:00Z",
        "Ana",
        vec![highlight(&d, "diversos foros")],
        &["media", "academia", "governments"],
        "",
    )];
    assert_eq!(
        rows(&[source(&d, &tags, &annotations)], &[]),
        [
            ("governments".into(), "Governments".into(), "diversos foros".into()),
            ("academia".into(), "academia".into(), "diversos foros".into()),
            ("media".into(), "media".into(), "diversos foros".into()),
        ]
    );
}

#[test]
fn excerpts_are_in_document_order_not_creation_order_and_sources_keep_their_order() {
    let (d1, d2) = (doc(INFORME), doc("Resolución 70/125\n\nReafirmamos el modelo de múltiples partes interesadas.\n"));
    let tags = TagSet::wsis_default();
    let first = two_annotations(&d1);
    // Made before everything in the first file, yet exported after it.
    let second = [annotation(
        "2025-01-01T00:00:00Z",
        "Ana",
        vec![highlight(&d2, "múltiples partes interesadas")],
        &["governments"],
        "",
    )];
    let sources = [source(&d1, &tags, &first), source(&d2, &tags, &second)];
    let found: Vec<(&str, Option<Ordinals>)> =
        excerpts(&sources, &[]).iter().map(|e| (e.document_title, e.paragraphs)).collect();
    assert_eq!(
        found,
        [
            ("Informe del Secretario General", Some(Ordinals { first: 2, last: 3 })),
            ("Informe del Secretario General", Some(Ordinals { first: 4, last: 4 })),
            ("Resolución 70/125", Some(Ordinals { first: 2, last: 2 })),
        ]
    );
}

#[test]
fn markdown_groups_excerpts_by_tag_with_counts_and_paragraph_references() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let mut annotations = two_annotations(&d);
    annotations.push(annotation(
        "2026-12-01T09:15:00Z",
        "",
        vec![highlight(&d, "diversos foros")],
        &["civil-society", "governments", "media"],
        "",
    ));
    let expected = "# Tagged excerpts

## Governments (2)

> diversos foros

— *Informe del Secretario General*, ¶3 · 2026-12-01

> firetrucks

— *Informe del Secretario General*, ¶4 · Jean-Marc Lefèvre · 2026-11-30

## Civil society (2)

> \"cooperación mejorada\", que permita
>
> Los debates

— *Informe del Secretario General*, ¶2–¶3 · Ana Pérez · 2026-11-29

Ver también el ¶69.\\
Revisar con Ana.

> diversos foros

— *Informe del Secretario General*, ¶3 · 2026-12-01

## media (1)

> diversos foros

— *Informe del Secretario General*, ¶3 · 2026-12-01
";
    assert_eq!(markdown(&[source(&d, &tags, &annotations)], &[]), expected);
}

#[test]
fn markdown_notes_cannot_open_headings_or_lists_and_untagged_excerpts_come_last() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let annotations = [
        annotation(
            "2026-12-02T16:45:30Z",
            "Ana",
            vec![highlight(&d, "firemen")],
            &[],
            "## No es un título\n- ni una lista\n1. ni esto\n\n3.5 millones, C:\\",
        ),
        annotation("2026-12-01T09:15:00Z", "Ana", vec![highlight(&d, "diversos foros")], &["civil-society"], ""),
    ];
    let text = markdown(&[source(&d, &tags, &annotations)], &[]);
    let untagged = text.split("## Untagged (1)\n").nth(1).unwrap();
    assert_eq!(
        untagged,
        "\n> firemen\n\n— *Informe del Secretario General*, ¶4 · Ana · 2026-12-02\n\n\
         \\## No es un título\\\n\\- ni una lista\\\n1\\. ni esto\n\n3.5 millones, C:\\\n"
    );
    assert!(text.find("## Civil society (1)").unwrap() < text.find("## Untagged (1)").unwrap());
}

#[test]
fn markdown_says_so_when_there_is_nothing_to_export() {
    assert_eq!(markdown(&[], &[]), "# Tagged excerpts\n\n*No excerpts.*\n");
}

const V1: &str = "Preámbulo.\n\n\
    Reafirmamos la necesidad de una cooperación mejorada que permita a los gobiernos cumplir su papel.\n\n\
    Los debates relativos a la puesta en práctica del proceso han proseguido en diversos foros.\n\n\
    Descargo de responsabilidad.";

#[test]
fn an_edited_document_exports_current_places_and_statuses() {
    let v1 = doc(V1);
    let annotations = [
        annotation(
            "2026-11-29T10:39:54Z",
            "Ana",
            vec![highlight(&v1, "una cooperación mejorada que permita a los gobiernos cumplir")],
            &["governments"],
            "",
        ),
        annotation(
            "2026-11-30T08:00:00Z",
            "Ana",
            vec![highlight(&v1, "la puesta en práctica del proceso")],
            &["governments"],
            "",
        ),
    ];
    // A paragraph inserted before, a word changed inside the first quote, the
    // paragraph of the second deleted.
    let v2 = doc(&V1
        .replace("Preámbulo.\n\n", "Preámbulo.\n\nUn párrafo nuevo de la secretaría.\n\n")
        .replace("cooperación mejorada", "cooperación reforzada")
        .replace(
            "Los debates relativos a la puesta en práctica del proceso han proseguido en diversos foros.\n\n",
            "",
        ));
    let tags = TagSet::wsis_default();
    let sources = [source(&v2, &tags, &annotations)];
    let found = excerpts(&sources, &[]);
    let summary: Vec<_> = found.iter().map(|e| (e.status, e.paragraphs, e.quote.as_ref())).collect();
    assert_eq!(
        summary,
        [
            (
                AnchorStatus::Moved,
                Some(Ordinals { first: 3, last: 3 }),
                "una cooperación reforzada que permita a los gobiernos cumplir"
            ),
            (AnchorStatus::Orphaned, None, "la puesta en práctica del proceso"),
        ]
    );
    assert_eq!(found[0].paragraph_id, Some(&v2.paragraphs()[2].id));
    assert_eq!(found[1].paragraph_id, Some(&v1.paragraphs()[2].id), "an orphan keeps its stored paragraph");

    let text = csv_text(&sources, &[]);
    let orphan_row = text.lines().nth(2).unwrap();
    assert!(
        orphan_row.starts_with(&format!("informe,informe.txt,{},,governments,", v1.paragraphs()[2].id)),
        "{orphan_row}"
    );
    assert!(orphan_row.ends_with(",orphaned,01M8NQFJ000000000000000001"));
    assert!(markdown(&sources, &[]).contains("\n— *informe* · Ana · 2026-11-30 · orphaned\n"));
}

#[test]
fn without_its_document_an_annotation_file_exports_stored_positions_as_orphaned() {
    let d = doc(INFORME);
    let (tags, annotations) = (TagSet::wsis_default(), two_annotations(&d));
    let sources = [ExportSource::resolve("Informe (no encontrado)", "informe.txt", None, &tags, &annotations)];
    let found = excerpts(&sources, &[]);
    assert!(found.iter().all(|e| e.status == AnchorStatus::Orphaned && e.paragraphs.is_none()));
    // Not found, so in creation order: Ana's first.
    assert_eq!(found[0].quote, "\"cooperación mejorada\", que permita\nLos debates");
    assert_eq!(found[1].paragraph_id, Some(&d.paragraphs()[3].id));
}
