//! The W3C Web Annotation Data Model tests (vendored in `tests/w3c/`) over Glosa's
//! JSON-LD exports: every MUST assertion passes, and the SHOULD assertions README
//! lists as met are met.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "w3c/harness.rs"]
mod harness;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use glosa::model::{
    Annotation, AnnotationId, AnnotationSet, Annotations, CharOffset, Document, Segment, TagId, TagSet,
};
use glosa::persist::annotations::{self, AnnotationFile, DocumentRef};
use harness::{Level, Suite, w3c_dir};
use serde_json::{Value, json};

fn read_json(path: &std::path::Path) -> Option<Value> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// W3C "correct" samples that the final assertions reject, and why.
const KNOWN_W3C_SAMPLE_DISAGREEMENTS: &[(&str, &str)] = &[
    ("anno11.json", "Composite target: dropped from the Recommendation, rejected by 3.2-targetObjectsRecognized"),
    ("anno12.json", "List target: dropped from the Recommendation"),
    ("anno13.json", "Independents target: dropped from the Recommendation"),
    ("example42.json", "page partOf as an IRI string: the page assertions expect an embedded collection object"),
    ("example43.json", "page partOf as an IRI string, as example42"),
];

/// The harness tells right from wrong: the W3C's correct samples pass every MUST
/// of their kind (but for the five the final assertions disagree with), and each
/// of the 22 incorrect samples that are JSON fails a MUST.
#[test]
fn the_harness_passes_the_w3c_correct_samples_and_fails_the_incorrect_ones() {
    let suite = Suite::load();
    assert_eq!(suite.must_count(), 79);
    let musts_for = |sample: &Value| match sample["type"].as_str() {
        Some("AnnotationCollection") if sample["first"].is_object() => vec![&suite.collection_musts, &suite.page_musts],
        Some("AnnotationCollection") => vec![&suite.collection_musts],
        Some("AnnotationPage") => vec![&suite.page_musts],
        _ => vec![&suite.annotation_musts],
    };
    let (mut correct_passed, mut incorrect_json, mut incorrect_failed) = (0, 0, 0);
    for (folder, correct) in [("correct", true), ("incorrect", false)] {
        let mut files: Vec<_> =
            std::fs::read_dir(w3c_dir().join("samples").join(folder)).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let Some(sample) = read_json(&file) else {
                assert!(!correct, "{name} is not JSON");
                continue;
            };
            let failures: Vec<String> = musts_for(&sample)
                .iter()
                .flat_map(|list| list.run(&sample))
                .filter_map(|(assertion, result)| result.err().map(|e| format!("{}: {e}", assertion.name())))
                .collect();
            let known = KNOWN_W3C_SAMPLE_DISAGREEMENTS.iter().any(|(known, _)| *known == name);
            if correct {
                assert_eq!(failures.is_empty(), !known, "{name}: {failures:#?}");
                correct_passed += usize::from(failures.is_empty());
            } else {
                incorrect_json += 1;
                incorrect_failed += usize::from(!failures.is_empty());
            }
        }
    }
    assert_eq!((correct_passed, incorrect_json, incorrect_failed), (40, 22, 22));
}

fn suite() -> &'static Suite {
    static SUITE: OnceLock<Suite> = OnceLock::new();
    SUITE.get_or_init(Suite::load)
}

/// Runs `glosa export FILE --format json -o OUT` in-process and returns the JSON.
fn export(annotation_file: &Path, out_dir: &Path) -> Value {
    let out = out_dir.join("export.jsonld");
    // The bundled example names its document as ../assets/samples/…, outside its folder.
    let args = [
        "glosa",
        "export",
        &annotation_file.to_string_lossy(),
        "--format",
        "json",
        "-o",
        &out.to_string_lossy(),
        "--allow-outside-folder",
    ];
    let code = glosa::cli::run(args.map(str::to_owned), &mut Vec::new());
    assert_eq!(code, std::process::ExitCode::SUCCESS);
    read_json(&out).unwrap()
}

/// Every MUST assertion passes on `collection`, per collection, page and annotation.
fn assert_every_must_passes(collection: &Value) {
    let report = suite().run_export(collection);
    let failed = report.failed(Level::Must);
    assert!(failed.is_empty(), "MUST assertions failed: {failed:#?}");
    assert_eq!(report.by_assertion.values().filter(|(level, _)| *level == Level::Must).count(), 79);
}

/// A document written to `dir/relative` and an annotation file beside it made by
/// `annotate`; returns the annotation file's path.
fn write_scenario(
    dir: &Path,
    relative: &str,
    text: &str,
    annotate: impl FnOnce(&Document) -> (TagSet, Vec<Annotation>),
) -> PathBuf {
    let doc_path = dir.join(relative);
    std::fs::create_dir_all(doc_path.parent().unwrap()).unwrap();
    std::fs::write(&doc_path, text).unwrap();
    let document = Document::parse(text.as_bytes().to_vec(), relative).unwrap();
    let (tags, list) = annotate(&document);
    let ann_path = dir.join("notas.glosa.ron");
    let set = AnnotationSet { tags, annotations: Annotations::from_vec(list) };
    let file = AnnotationFile::new(DocumentRef::new(&document, &doc_path, &ann_path), &set, Some(&document));
    annotations::save(&ann_path, &file).unwrap();
    ann_path
}

const TUNEZ: &str = "Agenda de Túnez para la Sociedad de la Información\n\n\
    69. Reconocemos además la necesidad de una cooperación mejorada en el futuro, que permita a los\n\
    gobiernos cumplir en igualdad de condiciones su papel y responsabilidades.\n\n\
    70. Los debates sobre 👨🏻‍🚒 la cooperación han proseguido en diversos foros internacionales.\n";

fn note(doc: &Document, quote: &str, tags: &[&str], text: &str, minute: u64) -> Annotation {
    let created: glosa::model::Timestamp = format!("2026-11-29T10:{minute:02}:00Z").parse().unwrap();
    Annotation {
        id: AnnotationId::from_parts(1_795_000_000_000 + minute, 7),
        segments: vec![common_segment(doc, quote)],
        tags: tags.iter().map(|t| TagId::new(t).unwrap()).collect(),
        note: text.to_owned(),
        author: "Ana Pérez".to_owned(),
        created,
        modified: created,
    }
}

fn common_segment(doc: &Document, quote: &str) -> Segment {
    for (index, p) in doc.paragraphs().iter().enumerate() {
        let text = doc.text_of(p);
        if let Some(byte) = text.find(quote) {
            let start = text[..byte].chars().count();
            return Segment::new(doc, index, CharOffset(start), CharOffset(start + quote.chars().count())).unwrap();
        }
    }
    panic!("`{quote}` not in the document");
}

/// The positions in `collection` select exactly their quotes in the files their
/// `source` IRIs name (decoded as UTF-8, byte-order mark removed). Returns how
/// many positions were checked.
fn positions_select_quotes(collection: &Value) -> usize {
    harness::positions_select_quotes(collection, |bytes| {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        String::from_utf8(bytes.to_vec()).unwrap()
    })
}

#[test]
fn the_bundled_example_passes_every_must_and_its_positions_select_its_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron");
    let collection = export(&example, dir.path());
    assert_eq!(collection["total"], 10);
    assert_every_must_passes(&collection);
    assert_eq!(positions_select_quotes(&collection), 10);
    let source = collection["first"]["items"][0]["target"][0]["source"]["id"].as_str().unwrap();
    assert!(
        source.starts_with("file:///")
            && source.ends_with("/assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt")
    );
}

#[test]
fn notes_several_tags_emoji_and_untagged_highlights_pass_every_must() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_scenario(dir.path(), "tunez.txt", TUNEZ, |d| {
        let list = vec![
            note(d, "cooperación mejorada", &["governments"], "Tunis Agenda ¶69: enhanced cooperation.", 1),
            note(d, "igualdad de condiciones", &["governments", "civil-society", "private-sector"], "", 2),
            note(d, "la cooperación", &["civil-society"], "", 3),
            note(d, "diversos foros", &[], "", 4),
        ];
        (TagSet::wsis_default(), list)
    });
    let collection = export(&file, dir.path());
    assert_every_must_passes(&collection);
    assert_eq!(positions_select_quotes(&collection), 4);
    let items = collection["first"]["items"].as_array().unwrap();
    let motivations: Vec<&Value> = items.iter().map(|a| &a["motivation"]).collect();
    assert_eq!(motivations, [&json!("tagging"), &json!("tagging"), &json!("tagging"), &json!("highlighting")]);
    let labels: Vec<&Value> = items[1]["body"].as_array().unwrap().iter().map(|b| &b["value"]).collect();
    assert_eq!(labels, [&json!("Governments"), &json!("Private sector"), &json!("Civil society")]);
    // After the firefighter emoji (4 code points, 7 UTF-16 code units).
    assert_eq!(items[2]["target"][0]["selector"][0]["prefix"], "es.\n\n70. Los debates sobre 👨🏻‍🚒 ");
    assert_eq!(items[2]["target"][0]["selector"][1], json!({"type": "TextPositionSelector", "start": 251, "end": 265}));
}

#[test]
fn a_highlight_across_two_paragraphs_is_one_target_and_passes_every_must() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_scenario(dir.path(), "tunez.txt", TUNEZ, |d| {
        let p2_len = d.text_of(&d.paragraphs()[1]).chars().count();
        let mut across = note(d, "responsabilidades.", &["governments"], "Una sola nota.", 5);
        across.segments = vec![
            Segment::new(d, 1, CharOffset(p2_len - 18), CharOffset(p2_len)).unwrap(),
            Segment::new(d, 2, CharOffset(0), CharOffset(15)).unwrap(),
        ];
        (TagSet::wsis_default(), vec![across])
    });
    let collection = export(&file, dir.path());
    assert_every_must_passes(&collection);
    assert_eq!(positions_select_quotes(&collection), 1);
    let target = &collection["first"]["items"][0]["target"];
    assert_eq!(target.as_array().unwrap().len(), 1);
    assert_eq!(target[0]["selector"][0]["exact"], "responsabilidades.\n\n70. Los debates");
    assert_eq!(target[0]["selector"][2]["type"], "RangeSelector");
}

#[test]
fn an_orphan_keeps_its_quote_and_paragraph_and_passes_every_must() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_scenario(dir.path(), "tunez.txt", TUNEZ, |d| {
        (TagSet::wsis_default(), vec![note(d, "diversos foros internacionales", &["civil-society"], "", 6)])
    });
    // The paragraph is deleted from the document afterwards.
    let edited = TUNEZ.split("\n\n70.").next().unwrap().to_owned() + "\n";
    std::fs::write(dir.path().join("tunez.txt"), edited).unwrap();
    let collection = export(&file, dir.path());
    assert_every_must_passes(&collection);
    let item = &collection["first"]["items"][0];
    assert_eq!(item["glosa:status"], "orphaned");
    let selectors = item["target"][0]["selector"].as_array().unwrap();
    let types: Vec<&Value> = selectors.iter().map(|s| &s["type"]).collect();
    assert_eq!(types, [&json!("TextQuoteSelector"), &json!("FragmentSelector")], "no position in a file it is not in");
    assert_eq!(selectors[0]["exact"], "diversos foros internacionales");
}

#[test]
fn a_renamed_tag_gives_bodies_with_the_new_label_and_no_shared_iri() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_scenario(dir.path(), "tunez.txt", TUNEZ, |d| {
        let mut tags = TagSet::wsis_default();
        let mut civil = tags.get(&TagId::new("civil-society").unwrap()).unwrap().clone();
        civil.label = "Sociedad civil".to_owned();
        tags.replace(civil);
        let list = vec![
            note(d, "cooperación mejorada", &["civil-society"], "", 7),
            note(d, "diversos foros", &["civil-society"], "", 8),
        ];
        (tags, list)
    });
    let collection = export(&file, dir.path());
    assert_every_must_passes(&collection);
    for item in collection["first"]["items"].as_array().unwrap() {
        let body = &item["body"][0];
        assert_eq!((&body["value"], &body["glosa:tag"]), (&json!("Sociedad civil"), &json!("civil-society")));
        assert!(body.get("id").is_none(), "a tag body without id cannot merge with another annotation's");
    }
}

#[test]
fn a_document_path_with_spaces_and_accents_is_a_percent_encoded_file_iri() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_scenario(dir.path(), "Informes WSIS/Túnez (2005)/agenda ñ #69.txt", TUNEZ, |d| {
        (TagSet::wsis_default(), vec![note(d, "cooperación mejorada", &["governments"], "", 9)])
    });
    let collection = export(&file, dir.path());
    assert_every_must_passes(&collection);
    let source = collection["first"]["items"][0]["target"][0]["source"]["id"].as_str().unwrap();
    assert!(source.ends_with("/Informes%20WSIS/T%C3%BAnez%20%282005%29/agenda%20%C3%B1%20%2369.txt"), "{source}");
    assert_eq!(positions_select_quotes(&collection), 1);
}

#[test]
fn an_empty_export_passes_every_must() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_scenario(dir.path(), "tunez.txt", TUNEZ, |_| (TagSet::wsis_default(), Vec::new()));
    let collection = export(&file, dir.path());
    assert_eq!(collection["total"], 0);
    let report = suite().run_export(&collection);
    assert!(report.failed(Level::Must).is_empty(), "{:#?}", report.failed(Level::Must));
    // The 10 collection MUSTs; without a page, neither page nor annotation lists apply.
    assert_eq!(report.by_assertion.values().filter(|(level, _)| *level == Level::Must).count(), 10);
}

/// The SHOULD assertions README lists as met are exactly those the bundled
/// example's export passes.
#[test]
fn the_should_assertions_met_are_the_ones_readme_lists() {
    let dir = tempfile::tempdir().unwrap();
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron");
    let report = suite().run_export(&export(&example, dir.path()));
    let name = |file: &str| file.rsplit('/').next().unwrap().trim_end_matches(".json").to_owned();
    let met: Vec<String> = report.passed(Level::Should).into_iter().map(name).collect();
    let left: Vec<String> = report.failed(Level::Should).into_iter().map(|(file, _)| name(file)).collect();
    assert_eq!(met.len() + left.len(), 37);
    assert_eq!(
        left,
        [
            "3.3.2-annotationCreatorAgentIdImplemented",
            "3.2.1-bodySingleLanguage",
            "3.3.1-bodyCreated",
            "3.3.2-bodyCreatorAgentIdImplemented",
            "3.3.2-targCreatorAgentIdImplemented",
            "3.3.2-targCreatorAgentNicknameImplemented",
            "3.3.2-targCreatorAgentSingleNameImplemented",
            "3.3.2-targCreatorAgentTypeImplemented",
        ]
    );
}
