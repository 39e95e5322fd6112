//! File ▸ Import annotations…: a W3C Web Annotation / Hypothesis JSON file is
//! chosen (here in the in-app path dialog, as where no file dialog service
//! exists), previewed (placed / moved / orphaned per author) and applied as one
//! undoable step; the annotation list then shows what came in, orphans with their
//! quotes.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use std::collections::BTreeSet;
use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use glosa::export::Format;
use glosa::session::Session;
use glosa::ui::GlosaApp;
use gui_support::{annotations, app_on, example_copy, menu, press, type_path};

/// (quote, tag IDs) of each annotation, sorted.
fn quotes_and_tags(list: &[glosa::model::Annotation]) -> Vec<(String, BTreeSet<String>)> {
    let mut out: Vec<_> =
        list.iter().map(|a| (a.quote(), a.tags.iter().map(|t| t.as_str().to_owned()).collect())).collect();
    out.sort();
    out
}

/// File ▸ Import annotations…, then the path typed into the path dialog and OK.
fn import_from(harness: &mut Harness<'_, GlosaApp>, file: &Path) {
    menu(harness, "File", "Import annotations…");
    assert!(harness.query_by_label("Import annotations from").is_some(), "the path dialog asks for the file");
    let field = harness
        .query_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().label().is_some_and(|l| l.contains("Type the path")))
        .expect("the path field");
    let typed = field.value().unwrap();
    let rest = file.display().to_string();
    let rest = rest.strip_prefix(&typed).expect("the dialog starts in the document's folder");
    field.type_text(rest);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "OK").click();
    gui_support::settle(harness);
}

#[test]
fn importing_a_glosa_export_of_the_sample_gives_the_same_quotes_and_tags_and_undo_removes_all() {
    let (dir, doc, example) = example_copy();
    let original = Session::open_annotations(&example).unwrap();
    let expected: Vec<_> = original.order().iter().filter_map(|id| original.annotation(*id).cloned()).collect();
    assert_eq!(expected.len(), 10);
    let export = dir.path().join("excerpts.json");
    original.export_to(&export, Format::Json, None, &[]).unwrap();

    let empty = dir.path().join("empty.glosa.ron");
    let mut harness = app_on(&doc, Some(&empty));
    assert!(annotations(&harness).is_empty());
    import_from(&mut harness, &export);

    // The preview: nothing imported yet.
    assert!(harness.query_by_label("Import annotations").is_some(), "the preview is shown");
    assert!(annotations(&harness).is_empty(), "the preview changes nothing");
    assert!(harness.query_by_label("10 annotations:").is_some());
    assert!(harness.query_by_label("Glosa example").is_some(), "one row per author");
    assert!(harness.query_by_label_contains("10 placed, 0 moved (need review), 0 orphaned").is_some());
    harness.get_by_role_and_label(Role::Button, "Import").click();
    harness.run();

    let imported = annotations(&harness);
    assert_eq!(quotes_and_tags(&imported), quotes_and_tags(&expected), "same quotes, same stakeholder groups");
    assert_eq!(
        imported.iter().map(|a| a.id).collect::<BTreeSet<_>>(),
        expected.iter().map(|a| a.id).collect::<BTreeSet<_>>(),
        "the annotations keep their IDs"
    );
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    assert!(harness.state().state.message.starts_with("Imported 10 annotations from"));
    let items = harness
        .query_all_by_role(Role::ListItem)
        .filter(|n| n.accesskit_node().label().is_some_and(|l| l.starts_with("Annotation ¶")));
    assert_eq!(items.count(), 10, "the annotation list shows them");
    assert!(harness.state().is_modified());

    menu(&mut harness, "Edit", "Undo");
    assert!(annotations(&harness).is_empty(), "one undo step takes the whole import back");
    assert!(!harness.state().is_modified());
    menu(&mut harness, "Edit", "Redo");
    assert_eq!(annotations(&harness).len(), 10);
}

#[test]
fn a_hypothesis_annotation_not_in_the_document_is_listed_as_orphaned_with_its_quote() {
    let (dir, doc, _) = gui_support::sample_copy();
    let json = r#"{"total": 2, "rows": [
        {"id": "h1", "created": "2024-05-02T10:00:00Z", "user": "acct:ana@hypothes.is",
         "text": "Key point", "tags": ["Governments"],
         "target": [{"source": "https://example.org/brief", "selector": [
            {"type": "TextQuoteSelector", "exact": "ENTRE LOS RESULTADOS CLAVE", "prefix": "", "suffix": ""}]}]},
        {"id": "h2", "created": "2024-05-03T10:00:00Z", "user": "acct:luis@hypothes.is",
         "text": "", "tags": [],
         "target": [{"source": "https://example.org/brief", "selector": [
            {"type": "TextQuoteSelector", "exact": "a sentence that is in no version of this brief"}]}]}
    ]}"#;
    let file = dir.path().join("hypothesis.json");
    std::fs::write(&file, json).unwrap();
    let mut harness = app_on(&doc, Some(&dir.path().join("mine.glosa.ron")));
    import_from(&mut harness, &file);
    assert!(harness.query_by_label("2 annotations:").is_some());
    assert!(harness.query_by_label("ana").is_some() && harness.query_by_label("luis").is_some(), "per author");
    assert!(harness.query_by_label("All").is_some(), "and a total row");
    assert!(harness.query_by_label_contains("1 placed, 0 moved (need review), 1 orphaned").is_some());
    press(&mut harness, egui::Key::Enter);
    let imported = annotations(&harness);
    assert_eq!(imported.len(), 2);
    assert_eq!(imported[0].quote(), "ENTRE LOS RESULTADOS CLAVE");
    assert_eq!(imported[0].author, "ana");
    assert_eq!(imported[0].note, "Key point");
    assert!(harness.query_by_label("orphaned").is_some(), "the orphan is marked");
    assert!(
        harness.query_all_by_label_contains("a sentence that is in no version of this brief").next().is_some(),
        "and listed with its quote"
    );
}

#[test]
fn a_file_that_is_not_web_annotation_json_is_one_error_naming_it_and_changes_nothing() {
    let (dir, doc, _) = gui_support::sample_copy();
    let file = dir.path().join("notes.json");
    std::fs::write(&file, "{\"not\": \"annotations\"}").unwrap();
    let mut harness = app_on(&doc, Some(&dir.path().join("mine.glosa.ron")));
    import_from(&mut harness, &file);
    let errors = harness.state().errors().to_vec();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("Cannot import (no Web Annotations in it"), "{}", errors[0]);
    assert!(errors[0].ends_with(&file.display().to_string()), "{}", errors[0]);
    assert!(annotations(&harness).is_empty());
    assert!(!harness.state().is_modified());
}

#[test]
fn cancel_and_escape_on_the_preview_import_nothing() {
    let (dir, doc, example) = example_copy();
    let export = dir.path().join("excerpts.json");
    Session::open_annotations(&example).unwrap().export_to(&export, Format::Json, None, &[]).unwrap();
    let mut harness = app_on(&doc, Some(&dir.path().join("empty.glosa.ron")));
    import_from(&mut harness, &export);
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    assert!(harness.query_by_label("10 annotations:").is_none());
    import_from(&mut harness, &export);
    press(&mut harness, egui::Key::Escape);
    assert!(harness.query_by_label("10 annotations:").is_none());
    assert!(annotations(&harness).is_empty());
    assert!(!harness.state().is_modified());
}

// ---------------------------------------------------------------------------------
// REFI-QDA: File ▸ Import REFI-QDA project or codebook…, and the Export dialog.

/// File ▸ Import REFI-QDA project or codebook…, then `file` in the path dialog.
fn import_refi_from(harness: &mut Harness<'_, GlosaApp>, file: &Path) {
    menu(harness, "File", "Import REFI-QDA project or codebook…");
    type_path(harness, "Import REFI-QDA project or codebook from", file);
}

/// The example annotations in document order.
fn example_annotations(example: &Path) -> Vec<glosa::model::Annotation> {
    let session = Session::open_annotations(example).unwrap();
    session.order().iter().filter_map(|id| session.annotation(*id).cloned()).collect()
}

#[test]
fn importing_a_qdpx_makes_a_project_beside_it_and_opens_it_with_every_coding() {
    let (dir, _doc, example) = example_copy();
    let expected = example_annotations(&example);
    assert_eq!(expected.len(), 10);
    let qdpx = dir.path().join("estudio.qdpx");
    Session::open_annotations(&example).unwrap().export_to(&qdpx, Format::Qdpx, None, &[]).unwrap();

    let mut harness = app_on(&example, None);
    import_refi_from(&mut harness, &qdpx);
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());

    // A project in `estudio/` beside the QDPX, open, with the document and its
    // annotation file.
    let folder = dir.path().join("estudio");
    let corpus = harness.state().state.project.corpus().expect("the imported project is open");
    assert!(glosa::session::paths::same_file(corpus.root(), &folder));
    assert_eq!(corpus.documents().len(), 1);
    let annotations_file = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".glosa.ron"))
        .expect("its annotation file is written");
    let imported = example_annotations(&annotations_file);
    assert_eq!(quotes_and_tags(&imported), quotes_and_tags(&expected), "every coding on its text, same groups");
    assert_eq!(
        imported.iter().map(|a| a.id).collect::<BTreeSet<_>>(),
        expected.iter().map(|a| a.id).collect::<BTreeSet<_>>(),
        "Glosa's IDs come back from the GUIDs"
    );
    assert_eq!(
        imported.iter().map(|a| a.author.as_str()).collect::<BTreeSet<_>>(),
        BTreeSet::from(["Glosa example"]),
        "the users are the authors"
    );
    assert!(harness.query_by_label("Imported the REFI-QDA project estudio.qdpx").is_some(), "the report is shown");
    assert!(
        harness
            .query_by_label(
                "Coded selections: 10 placed on their text, 0 moved (review them), 0 orphaned (kept with their text)"
            )
            .is_some()
    );
    assert!(!harness.state().is_modified(), "what was imported is saved");
    harness.get_by_role_and_label(Role::Button, "Close").click();
    harness.run();

    // Importing again adds nothing and duplicates no file. (The path dialog now
    // starts in `estudio/`, the open project's folder.)
    import_refi_from(&mut harness, &folder.join("../estudio.qdpx"));
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    assert_eq!(example_annotations(&annotations_file).len(), 10);
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.'))
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "the document, its annotations and the project file, once: {files:?}");
    assert!(files.iter().any(|f| f.ends_with(".glosa.ron")), "{files:?}");
    assert!(files.iter().any(|f| f.ends_with(".glosa-project.ron")), "{files:?}");
}

#[test]
fn importing_a_qdc_adds_its_codes_as_tags_linking_a_known_name_and_undo_takes_them_back() {
    let (dir, doc, _) = gui_support::sample_copy();
    let qdc = r##"<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder 3.6"><Codes>
<Code guid="C0000000-0000-0000-0000-000000000001" name="Medios de comunicación" isCodable="true" color="#AA3377"/>
<Code guid="C0000000-0000-0000-0000-000000000002" name="CIVIL society" isCodable="true"/>
<Code guid="C0000000-0000-0000-0000-000000000003" name="Parlamentos nacionales" isCodable="true"/>
</Codes></CodeBook>"##;
    let book = dir.path().join("libro.qdc");
    std::fs::write(&book, qdc).unwrap();
    let mut harness = app_on(&doc, Some(&dir.path().join("mine.glosa.ron")));
    let before = harness.state().session().unwrap().set().tags.tags().len();
    import_refi_from(&mut harness, &book);
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    let tags = &harness.state().session().unwrap().set().tags;
    assert_eq!(tags.tags().len(), before + 2, "“CIVIL society” is the existing Civil society tag");
    let labels: Vec<&str> = tags.tags().iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels[before..], ["Medios de comunicación", "Parlamentos nacionales"]);
    assert!(harness.query_by_role_and_label(Role::Button, "Medios de comunicación").is_some(), "in the palette");
    let message = &harness.state().state.message;
    assert!(message.starts_with("Imported 3 codes from "), "{message}");
    assert!(message.ends_with(": 2 new tags, 1 linked to existing tags (Ctrl+Z to undo)."), "{message}");
    assert!(harness.state().is_modified());

    menu(&mut harness, "Edit", "Undo");
    assert_eq!(harness.state().session().unwrap().set().tags.tags().len(), before, "one undo step");
    assert!(!harness.state().is_modified());
}

#[test]
fn a_damaged_qdpx_is_one_error_naming_it_and_changes_nothing() {
    let (dir, _doc, example) = example_copy();
    let qdpx = dir.path().join("roto.qdpx");
    std::fs::write(&qdpx, b"PK\x03\x04 not really a zip").unwrap();
    let mut harness = app_on(&example, None);
    import_refi_from(&mut harness, &qdpx);
    let errors = harness.state().errors().to_vec();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("Cannot import (not a readable QDPX project"), "{}", errors[0]);
    assert!(errors[0].ends_with("roto.qdpx"), "{}", errors[0]);
    assert!(!errors[0].contains('\n'));
    assert!(!dir.path().join("roto").exists(), "no folder made");
    assert_eq!(annotations(&harness).len(), 10);
}

/// Ctrl+E, the format chosen by its label, Export…, then `file` in the path dialog.
fn export_as(harness: &mut Harness<'_, GlosaApp>, format: Format, file: &Path) {
    gui_support::press_with(harness, egui::Modifiers::COMMAND, egui::Key::E);
    assert!(harness.query_by_label("Export tagged excerpts").is_some());
    harness.get_by_role_and_label(Role::RadioButton, format.label()).click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Export…").click();
    gui_support::settle(harness);
    type_path(harness, "Export to", file);
}

#[test]
fn the_export_dialog_writes_a_qdpx_and_a_qdc_that_read_back_whole() {
    let (dir, _doc, example) = example_copy();
    let mut harness = app_on(&example, None);
    let qdpx = dir.path().join("estudio.qdpx");
    export_as(&mut harness, Format::Qdpx, &qdpx);
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    assert_eq!(harness.state().state.message, format!("Exported 10 annotations to {}", qdpx.display()));
    let project = glosa::import::refi::read(&std::fs::read(&qdpx).unwrap()).unwrap();
    assert!(!project.codebook);
    assert_eq!(project.sources.len(), 1);
    let source = &project.sources[0];
    let codings: usize = source.selections.iter().map(|s| s.codings.len()).sum();
    let expected = example_annotations(&example);
    assert_eq!(source.selections.len(), 10, "one selection per annotation");
    assert_eq!(codings, expected.iter().map(|a| a.tags.len()).sum::<usize>(), "one coding per (annotation, tag)");
    // Every selection's text is its annotation's quote.
    let text = String::from_utf8(source.bytes.clone().unwrap()).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let mut quotes: Vec<String> = source
        .selections
        .iter()
        .map(|s| chars[usize::try_from(s.start).unwrap()..usize::try_from(s.end).unwrap()].iter().collect())
        .collect();
    let mut wanted: Vec<String> = expected.iter().map(glosa::model::Annotation::quote).collect();
    quotes.sort();
    wanted.sort();
    assert_eq!(quotes, wanted);

    let qdc = dir.path().join("libro.qdc");
    export_as(&mut harness, Format::Qdc, &qdc);
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    let book = glosa::import::refi::read(&std::fs::read(&qdc).unwrap()).unwrap();
    assert!(book.codebook);
    let tags = &harness.state().session().unwrap().set().tags;
    assert_eq!(
        book.codes.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        tags.tags().iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
        "every tag is a code, in order"
    );
}
