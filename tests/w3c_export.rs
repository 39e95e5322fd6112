//! The W3C Web Annotation JSON-LD export: structure, IRIs, selectors and positions
//! in the file the `source` names.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

mod common;

use std::path::Path;

use glosa::export::source_map::SourceText;
use glosa::export::{
    ExportSource, PARAGRAPH_FRAGMENT_SPEC, Resource, file_iri, is_absolute_iri, resolve_iri, write_w3c_json,
    write_w3c_json_with,
};
use glosa::model::{Annotation, AnnotationId, Document, Segment, TagId, TagSet, Timestamp};
use serde_json::{Value, json};

const INFORME: &str = "Informe del Secretario General\n\n\
    La Agenda de Túnez reconoce la \"cooperación mejorada\", que permita a los gobiernos cumplir su papel.\n\n\
    Los debates sobre la cooperación han proseguido en diversos foros.\n\n\
    👨🏻‍🚒 firemen drive firetrucks\n";

const INFORME_IRI: &str = "file:///srv/informes/informe.txt";

fn doc(text: &str) -> Document {
    Document::parse(text.as_bytes().to_vec(), "informe.txt").unwrap()
}

fn highlight(doc: &Document, quote: &str) -> Segment {
    common::segment_on(doc, quote)
}

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

/// Ana's two-part highlight (¶2 and the start of ¶3, not touching), tagged civil
/// society, with a two-line note; Jean-Marc's `firetrucks` after the emoji.
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

fn resource(text: &str, d: &Document) -> Resource {
    Resource { iri: INFORME_IRI.to_owned(), language: None, text: SourceText::from_bytes(text.as_bytes().to_vec(), d) }
}

fn json(sources: &[ExportSource<'_>], resources: &[Resource], tags: &[TagId]) -> Value {
    let mut out = Vec::new();
    write_w3c_json_with(&mut out, sources, resources, tags).unwrap();
    serde_json::from_slice(&out).unwrap()
}

fn tag(id: &str) -> TagId {
    TagId::new(id).unwrap()
}

fn person(name: &str) -> Value {
    json!({"type": "Person", "name": name, "nickname": name})
}

fn informe_node() -> Value {
    json!({"id": INFORME_IRI, "type": "Text", "format": "text/plain", "language": "es"})
}

#[test]
fn the_collection_names_the_file_by_iri_and_quotes_and_counts_in_the_file_itself() {
    let d = doc(INFORME);
    let (tags, annotations) = (TagSet::wsis_default(), two_annotations(&d));
    let collection = json(&[source(&d, &tags, &annotations)], &[resource(INFORME, &d)], &[]);
    assert_eq!(collection["@context"], json!(["http://www.w3.org/ns/anno.jsonld", {"glosa": "urn:glosa:vocab:"}]));
    assert_eq!(collection["type"], "AnnotationCollection");
    assert_eq!(collection["label"], "Glosa annotations: Informe del Secretario General");
    assert_eq!(collection["total"], 2);
    let page = &collection["first"];
    assert_eq!((&page["type"], &page["startIndex"]), (&json!("AnnotationPage"), &json!(0)));
    assert_eq!(page["partOf"], collection["id"]);
    assert_eq!(collection["last"], page["id"]);
    assert!(page.get("@context").is_none(), "an embedded page has no @context");

    let items = page["items"].as_array().unwrap();
    let (p2, p3, p4) = (d.paragraphs()[1].id.as_str(), d.paragraphs()[2].id.as_str(), d.paragraphs()[3].id.as_str());
    // Code points of the file (Python's `str.index` gives the same): the quote is
    // 63..98; `Los debates` 134..145; `firetrucks` 221..231, after the
    // firefighter emoji (4 code points, 7 UTF-16 code units).
    assert_eq!(
        items[0],
        json!({
            "id": "urn:glosa:annotation:01M8KE7M4G0000000000000001",
            "type": "Annotation",
            "motivation": "tagging",
            "created": "2026-11-29T10:39:54Z",
            "modified": "2026-11-29T10:39:54Z",
            "creator": person("Ana Pérez"),
            "generator": {"id": "urn:glosa:software:glosa", "type": "Software", "name": "Glosa 0.1.0", "nickname": "glosa"},
            "glosa:status": "anchored",
            "body": [
                {
                    "type": "TextualBody",
                    "purpose": "tagging",
                    "value": "Civil society",
                    "format": "text/plain",
                    "creator": person("Ana Pérez"),
                    "glosa:tag": "civil-society"
                },
                {
                    "type": "TextualBody",
                    "purpose": "commenting",
                    "value": "Ver también el ¶69.\nRevisar con Ana.",
                    "format": "text/plain",
                    "creator": person("Ana Pérez")
                }
            ],
            "target": [
                {
                    "type": "SpecificResource",
                    "source": informe_node(),
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": "\"cooperación mejorada\", que permita",
                            "prefix": "\nLa Agenda de Túnez reconoce la ",
                            "suffix": " a los gobiernos cumplir su pape"
                        },
                        {"type": "TextPositionSelector", "start": 63, "end": 98},
                        {
                            "type": "FragmentSelector",
                            "conformsTo": PARAGRAPH_FRAGMENT_SPEC,
                            "value": p2,
                            "refinedBy": {"type": "TextPositionSelector", "start": 31, "end": 66}
                        }
                    ]
                },
                {
                    "type": "SpecificResource",
                    "source": informe_node(),
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": "Los debates",
                            "prefix": "os gobiernos cumplir su papel.\n\n",
                            "suffix": " sobre la cooperación han proseg"
                        },
                        {"type": "TextPositionSelector", "start": 134, "end": 145},
                        {
                            "type": "FragmentSelector",
                            "conformsTo": PARAGRAPH_FRAGMENT_SPEC,
                            "value": p3,
                            "refinedBy": {"type": "TextPositionSelector", "start": 0, "end": 11}
                        }
                    ]
                }
            ]
        })
    );
    assert_eq!(items[1]["creator"]["name"], "Jean-Marc Lefèvre");
    assert_eq!(
        items[1]["target"][0]["selector"],
        json!([
            {"type": "TextQuoteSelector", "exact": "firetrucks", "prefix": "rsos foros.\n\n👨🏻‍🚒 firemen drive ", "suffix": "\n"},
            {"type": "TextPositionSelector", "start": 221, "end": 231},
            {
                "type": "FragmentSelector",
                "conformsTo": PARAGRAPH_FRAGMENT_SPEC,
                "value": p4,
                "refinedBy": {"type": "TextPositionSelector", "start": 19, "end": 29}
            }
        ])
    );
}

#[test]
fn a_highlight_across_a_paragraph_break_is_one_target_covering_the_whole_passage() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let (p2, p3) = (&d.paragraphs()[1], &d.paragraphs()[2]);
    let p2_len = d.text_of(p2).chars().count();
    let across = [annotation(
        "2026-12-01T09:15:00Z",
        "Ana",
        vec![
            Segment::new(&d, 1, glosa::model::CharOffset(p2_len - 9), glosa::model::CharOffset(p2_len)).unwrap(),
            Segment::new(&d, 2, glosa::model::CharOffset(0), glosa::model::CharOffset(11)).unwrap(),
        ],
        &[],
        "Una sola nota para el pasaje.",
    )];
    let item = &json(&[source(&d, &tags, &across)], &[resource(INFORME, &d)], &[])["first"]["items"][0];
    assert_eq!(item["motivation"], "commenting");
    let targets = item["target"].as_array().unwrap();
    assert_eq!(targets.len(), 1, "one target, so the note applies to the passage");
    assert_eq!(
        targets[0]["selector"],
        json!([
            {
                "type": "TextQuoteSelector",
                "exact": "su papel.\n\nLos debates",
                "prefix": "permita a los gobiernos cumplir ",
                "suffix": " sobre la cooperación han proseg"
            },
            {"type": "TextPositionSelector", "start": 123, "end": 145},
            {
                "type": "RangeSelector",
                "startSelector": {
                    "type": "FragmentSelector",
                    "conformsTo": PARAGRAPH_FRAGMENT_SPEC,
                    "value": p2.id.as_str(),
                    "refinedBy": {"type": "TextPositionSelector", "start": p2_len - 9, "end": p2_len - 9}
                },
                "endSelector": {
                    "type": "FragmentSelector",
                    "conformsTo": PARAGRAPH_FRAGMENT_SPEC,
                    "value": p3.id.as_str(),
                    "refinedBy": {"type": "TextPositionSelector", "start": 11, "end": 11}
                }
            }
        ])
    );
}

#[test]
fn the_tag_filter_keeps_matching_annotations_with_only_those_tagging_bodies() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let mut annotations = two_annotations(&d);
    annotations.push(annotation(
        "2026-12-01T09:15:00Z",
        "Ana",
        vec![highlight(&d, "diversos foros")],
        &["civil-society", "governments"],
        "Nota.",
    ));
    let collection = json(&[source(&d, &tags, &annotations)], &[resource(INFORME, &d)], &[tag("governments")]);
    assert_eq!(collection["total"], 2);
    let items = collection["first"]["items"].as_array().unwrap();
    let quotes: Vec<&Value> = items.iter().map(|a| &a["target"][0]["selector"][0]["exact"]).collect();
    assert_eq!(quotes, [&json!("diversos foros"), &json!("firetrucks")]);
    let body: Vec<(&Value, &Value)> =
        items[0]["body"].as_array().unwrap().iter().map(|b| (&b["purpose"], &b["value"])).collect();
    assert_eq!(body, [(&json!("tagging"), &json!("Governments")), (&json!("commenting"), &json!("Nota."))]);
}

#[test]
fn an_empty_export_is_a_collection_without_pages_and_ids_are_stable() {
    let empty = json(&[], &[], &[]);
    assert_eq!(empty["total"], 0);
    assert!(empty.get("first").is_none() && empty.get("last").is_none());

    let d = doc(INFORME);
    let (tags, annotations) = (TagSet::wsis_default(), two_annotations(&d));
    let sources = [source(&d, &tags, &annotations)];
    let resources = [resource(INFORME, &d)];
    assert_eq!(json(&sources, &resources, &[])["id"], json(&sources, &resources, &[])["id"]);
    assert_ne!(json(&sources, &resources, &[])["id"], empty["id"]);
}

#[test]
fn a_bare_highlight_is_a_highlighting_annotation_without_body() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let bare = [annotation("2026-12-02T16:45:30Z", "", vec![highlight(&d, "firemen")], &[], "")];
    let item = &json(&[source(&d, &tags, &bare)], &[resource(INFORME, &d)], &[])["first"]["items"][0];
    assert_eq!(item["motivation"], "highlighting");
    assert!(item.get("body").is_none() && item.get("creator").is_none());
}

#[test]
fn without_its_document_an_annotation_keeps_its_stored_quote_and_fragment_but_no_file_position() {
    let d = doc(INFORME);
    let (tags, annotations) = (TagSet::wsis_default(), two_annotations(&d));
    let sources = [ExportSource::resolve("Informe (no encontrado)", "informe.txt", None, &tags, &annotations)];
    let resources = [Resource { iri: INFORME_IRI.to_owned(), language: None, text: None }];
    let items = &json(&sources, &resources, &[])["first"]["items"];
    assert_eq!(items[1]["glosa:status"], "orphaned");
    assert_eq!(items[1]["target"][0]["source"], json!({"id": INFORME_IRI, "type": "Text"}));
    assert_eq!(
        items[1]["target"][0]["selector"],
        json!([
            {"type": "TextQuoteSelector", "exact": "firetrucks", "prefix": "👨🏻‍🚒 firemen drive ", "suffix": ""},
            {
                "type": "FragmentSelector",
                "conformsTo": PARAGRAPH_FRAGMENT_SPEC,
                "value": d.paragraphs()[3].id.as_str(),
                "refinedBy": {"type": "TextPositionSelector", "start": 19, "end": 29}
            }
        ])
    );
}

#[test]
fn the_same_annotation_id_in_two_files_gets_two_iris() {
    let d = doc(INFORME);
    let tags = TagSet::wsis_default();
    let annotations = two_annotations(&d);
    let copy = annotations.clone();
    let sources = [source(&d, &tags, &annotations), source(&d, &tags, &copy)];
    let resources = [resource(INFORME, &d), resource(INFORME, &d)];
    let collection = json(&sources, &resources, &[]);
    let ids: Vec<&str> =
        collection["first"]["items"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "urn:glosa:annotation:01M8KE7M4G0000000000000001",
            "urn:glosa:annotation:01M8NQFJ000000000000000001",
            "urn:glosa:annotation:01M8KE7M4G0000000000000001-2",
            "urn:glosa:annotation:01M8NQFJ000000000000000001-2",
        ]
    );
}

#[test]
fn file_iris_are_absolute_and_percent_encoded() {
    assert_eq!(
        file_iri(Path::new("/home/ana/Informes WSIS/Túnez (2005)/agenda#69.txt")).as_deref(),
        Some("file:///home/ana/Informes%20WSIS/T%C3%BAnez%20%282005%29/agenda%2369.txt")
    );
    assert_eq!(file_iri(Path::new("/a/b/../c.txt")).as_deref(), Some("file:///a/c.txt"));
    assert_eq!(file_iri(Path::new("relative/c.txt")), None);
    assert!(is_absolute_iri("file:///a") && is_absolute_iri("https://example.org/x") && is_absolute_iri("urn:x:y"));
    assert!(!is_absolute_iri("../assets/x.txt") && !is_absolute_iri("C:\\x.txt") && !is_absolute_iri("a b:c"));
}

#[test]
fn a_base_uri_names_the_published_document() {
    assert_eq!(
        resolve_iri("https://example.org/wsis/", "Túnez 2005.txt").unwrap(),
        "https://example.org/wsis/T%C3%BAnez%202005.txt"
    );
    assert_eq!(
        resolve_iri("https://example.org/wsis/index.html?x=1#top", "a.txt").unwrap(),
        "https://example.org/wsis/a.txt"
    );
    assert_eq!(resolve_iri("https://example.org", "a.txt").unwrap(), "https://example.org/a.txt");
    assert!(resolve_iri("example.org/wsis/", "a.txt").is_err());
}

#[test]
fn the_old_entry_point_turns_absolute_paths_into_file_iris() {
    let d = doc(INFORME);
    let (tags, annotations) = (TagSet::wsis_default(), two_annotations(&d));
    let sources = [ExportSource::resolve(d.title(), "/srv/informes/informe.txt", Some(&d), &tags, &annotations)];
    let mut out = Vec::new();
    write_w3c_json(&mut out, &sources, &[]).unwrap();
    let collection: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(collection["first"]["items"][0]["target"][0]["source"]["id"], INFORME_IRI);
    // Without the file's text there is no position in the file, only the quote.
    let selectors = collection["first"]["items"][0]["target"][0]["selector"].as_array().unwrap();
    let types: Vec<&Value> = selectors.iter().map(|s| &s["type"]).collect();
    assert_eq!(types, [&json!("TextQuoteSelector"), &json!("FragmentSelector")]);
}

#[test]
fn glosa_export_names_published_documents_with_base_uri_and_refuses_a_relative_base() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.jsonld");
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron");
    let run = |base: &str| {
        let args = [
            "glosa",
            "export",
            &example.to_string_lossy(),
            "--format",
            "json",
            "-o",
            &out.to_string_lossy(),
            "--base-uri",
            base,
            "--allow-outside-folder",
        ];
        glosa::cli::run(args.map(str::to_owned), &mut Vec::new())
    };
    assert_eq!(run("https://www.itu.int/es/wtpf-13/"), std::process::ExitCode::SUCCESS);
    let collection: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(
        collection["first"]["items"][0]["target"][0]["source"]["id"],
        "https://www.itu.int/es/wtpf-13/itu-wtpf13-enhanced-cooperation-brief.es.txt"
    );
    // Positions still count in the file's text: the published copy is the same file.
    assert_eq!(collection["first"]["items"][0]["target"][0]["selector"][1]["type"], "TextPositionSelector");
    std::fs::remove_file(&out).unwrap();
    assert_eq!(run("www.itu.int/es/"), std::process::ExitCode::from(2));
    assert!(!out.exists());
}
