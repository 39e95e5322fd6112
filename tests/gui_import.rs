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
use gui_support::{annotations, app_on, example_copy, menu, press};

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
    harness.run();
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
