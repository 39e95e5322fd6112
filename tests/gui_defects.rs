//! The desktop defects a new user met (issue 9 §3), each driven as that user would:
//! the codebook dialog, saving over the bundled example, small windows, highlight
//! bands, a corrupted annotation file, very wide windows, the list heading, and the
//! CSV's document column.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use gui_support::{app_on, example_copy};

/// The rectangle of the one node with `role` and `label`.
fn rect_of(harness: &egui_kittest::Harness<'_, glosa::ui::GlosaApp>, role: Role, label: &str) -> Rect {
    harness.get_by_role_and_label(role, label).rect()
}

#[test]
fn the_tag_dialog_has_wide_fields_and_its_ok_button_stays_put_while_typing() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    harness.get_by_label("+ Add tag…").click();
    harness.run();
    let label = rect_of(&harness, Role::TextInput, "Label");
    let description = rect_of(&harness, Role::MultilineTextInput, "Description");
    assert!(label.width() >= 280.0, "the label field is {} points wide", label.width());
    assert!(description.width() >= 280.0, "the description field is {} points wide", description.width());
    let ok = rect_of(&harness, Role::Button, "OK");
    harness.get_by_role_and_label(Role::TextInput, "Label").type_text("Parlamentarios y autoridades locales electas");
    harness.run();
    harness.get_by_role_and_label(Role::MultilineTextInput, "Description").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Description")
        .type_text("Legisladores nacionales,\nconcejos municipales,\nalcaldías,\nasambleas regionales,\ny sus redes.");
    harness.run();
    let moved = rect_of(&harness, Role::Button, "OK");
    assert!((moved.min - ok.min).length() < 0.5, "the OK button moved from {ok:?} to {moved:?} while typing");
    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run();
    let tags = &harness.state().session().unwrap().set().tags;
    let added = tags.tags().last().unwrap();
    assert_eq!(added.label, "Parlamentarios y autoridades locales electas");
    assert_eq!(added.shortcut, Some(7));

    // Renaming shows the same wide fields, filled in.
    harness.get_by_role_and_label(Role::Button, "Governments").click_secondary();
    harness.run();
    harness.get_by_label("Rename, recolour…").click();
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "Label");
    assert_eq!(field.value().as_deref(), Some("Governments"));
    assert!(field.rect().width() >= 280.0);
}

#[test]
fn the_filtered_list_heading_says_how_many_of_all_it_shows() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    assert!(harness.query_by_label("Annotations (10)").is_some());
    harness.get_by_role_and_label(Role::Button, "Governments").click_secondary();
    harness.run();
    harness.get_by_label("Show only this group in the list").click();
    harness.run();
    assert!(harness.query_by_label("Annotations (2 of 10)").is_some(), "two of the ten are shown");
    assert_eq!(harness.query_all_by_role(Role::ListItem).count(), 2);
}

#[test]
fn a_csv_export_from_the_app_names_the_document_file_beside_its_title() {
    use glosa::ui::command::{Command, ExportChoice};
    let (dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    let out = dir.path().join("excerpts.csv");
    let session = harness.state().session_id().unwrap();
    let choice = ExportChoice { format: glosa::export::Format::Csv, filtered: false };
    harness.state_mut().command(Command::Export(session, out.clone(), choice));
    harness.run();
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    let mut reader = csv::Reader::from_path(&out).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "document",
            "document_file",
            "paragraph_id",
            "paragraph",
            "tag",
            "tag_label",
            "quote",
            "note",
            "author",
            "created",
            "status",
            "annotation_id"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 11, "ten annotations, one with two groups");
    let keys: Vec<(&str, &str)> = rows.iter().map(|r| (&r[0], &r[1])).collect();
    assert!(keys.iter().all(|k| *k == ("brief", "brief.txt")), "{keys:?}");
}
