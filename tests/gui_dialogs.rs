//! Dialogs own the keyboard: Escape closes any of them and leaves the document as
//! it was, and no key (a tag number, Delete, Backspace) acts on the document behind
//! an open dialog. And the find bar's "Tag all hits with…", the same operation as
//! `glosa autocode`.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use glosa::ui::command::{Command, Reveal};
use gui_support::{annotations, app_on, example_copy, menu, press, press_with, sample_copy, select};

#[test]
fn behind_the_export_dialog_number_keys_tag_nothing_and_escape_keeps_the_selection() {
    let (_dir, doc, file) = sample_copy();
    let mut harness = app_on(&doc, Some(&file));
    select(&mut harness, 0, 0, 26);
    assert!(harness.state().state.selection.is_some());
    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    assert!(harness.query_by_label("Export tagged excerpts").is_some(), "Ctrl+E opens the export dialog");
    press(&mut harness, Key::Num1);
    press(&mut harness, Key::Num3);
    assert!(annotations(&harness).is_empty(), "the number keys tagged nothing behind the dialog");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Export tagged excerpts").is_none(), "Escape closes the dialog");
    assert!(harness.state().state.selection.is_some(), "…and only the dialog");
    // With the dialog gone, the key tags the selection.
    press(&mut harness, Key::Num1);
    assert_eq!(annotations(&harness).len(), 1);
    assert_eq!(annotations(&harness)[0].segments[0].quote, "ENTRE LOS RESULTADOS CLAVE");
}

#[test]
fn behind_the_help_overlay_backspace_and_delete_keep_the_selected_highlight() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    let first = annotations(&harness)[0].id;
    let session = harness.state().session_id().unwrap();
    harness.state_mut().command(Command::Select(session, Some(first), Reveal::Stay));
    harness.run();
    press(&mut harness, Key::F1);
    assert!(harness.query_all_by_label("Keyboard shortcuts").next().is_some(), "F1 shows the shortcuts");
    press(&mut harness, Key::Backspace);
    press(&mut harness, Key::Delete);
    assert_eq!(annotations(&harness).len(), 10, "nothing deleted behind the overlay");
    press(&mut harness, Key::Escape);
    assert!(harness.query_all_by_label("Keyboard shortcuts").next().is_none(), "Escape closes the overlay");
    assert_eq!(harness.state().selected(), Some(first), "the highlight stays selected");
    press(&mut harness, Key::Backspace);
    assert_eq!(annotations(&harness).len(), 9, "without a dialog, Backspace deletes it");
}

#[test]
fn escape_closes_the_tag_editor_and_the_delete_question_and_changes_nothing() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    let tags_before = harness.state().session().unwrap().set().tags.clone();
    select(&mut harness, 0, 0, 10);
    harness.get_by_label("+ Add tag…").click();
    harness.run();
    assert!(harness.query_by_label("New tag").is_some());
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("New tag").is_none(), "Escape closes the new-tag dialog");
    harness.get_by_role_and_label(Role::Button, "Governments").click_secondary();
    harness.run();
    harness.get_by_label("Rename, recolour…").click();
    harness.run();
    assert!(harness.query_by_label("Edit tag").is_some());
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Edit tag").is_none(), "Escape closes the rename dialog");
    harness.get_by_role_and_label(Role::Button, "Governments").click_secondary();
    harness.run();
    harness.get_by_label("Delete…").click();
    harness.run();
    assert!(harness.query_by_label_contains("Delete the tag").is_some());
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label_contains("Delete the tag").is_none(), "Escape closes the question");
    assert_eq!(harness.state().session().unwrap().set().tags, tags_before, "no tag changed");
    assert!(harness.state().state.selection.is_some(), "the selection behind the dialogs stays");
    assert!(!harness.state().is_modified());
}

#[test]
fn escape_on_save_discard_cancel_cancels_and_keeps_the_work_and_the_selection() {
    let (_dir, doc, file) = sample_copy();
    let mut harness = app_on(&doc, Some(&file));
    select(&mut harness, 0, 0, 26);
    press(&mut harness, Key::Num3);
    select(&mut harness, 1, 3, 20);
    let other = gui_support::repo("tests/corpus/udhr_spa.txt");
    harness.state_mut().command(Command::open(&other));
    harness.run();
    assert!(harness.query_by_label("Save changes first?").is_some());
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Save changes first?").is_none(), "Escape is Cancel");
    assert_eq!(harness.state().session().unwrap().workspace().document_path, doc, "nothing else opened");
    assert_eq!(annotations(&harness).len(), 1, "the work stays");
    assert!(harness.state().is_modified());
    assert!(harness.state().state.selection.is_some(), "the selection stays");
    // Undo is in the Edit menu still: the dialog left nothing behind.
    menu(&mut harness, "Edit", "Undo");
    assert!(annotations(&harness).is_empty());
    assert!(!harness.state().is_modified(), "undoing back to the opened state is unmodified");
}

#[test]
fn tag_all_hits_adds_the_group_to_a_highlight_on_exactly_a_hit_and_is_one_undo_step() {
    let (_dir, doc, file) = sample_copy();
    let mut harness = app_on(&doc, Some(&file));
    // "gobiernos" of ¶2 (code points 14..23 after "a los ") is highlighted first.
    let text = gui_support::text_of(&harness, 1);
    let start = text[..text.find("gobiernos").unwrap()].chars().count();
    select(&mut harness, 1, start, start + 9);
    press(&mut harness, Key::Num3);
    assert_eq!(annotations(&harness)[0].segments[0].quote, "gobiernos");
    press_with(&mut harness, Modifiers::COMMAND, Key::F);
    harness.get_by_role_and_label(Role::TextInput, "Find").type_text("gobiernos");
    harness.run();
    assert!(harness.query_by_label("1 / 4").is_some(), "four hits, the first current");
    harness.get_by_label("Tag all hits with…").click();
    harness.run();
    // The menu's entry, drawn over the palette's button of the same name.
    harness.query_all_by_role_and_label(Role::Button, "Governments").last().unwrap().click();
    harness.run();
    let made = annotations(&harness);
    assert_eq!(made.len(), 4, "three new highlights and the existing one");
    let first = made.iter().find(|a| a.tags.len() == 2).expect("the existing highlight has both groups");
    assert_eq!(first.segments[0].quote, "gobiernos");
    assert!(made.iter().all(|a| a.segments[0].quote == "gobiernos"));
    assert!(
        harness.state().state.message.starts_with("Tagged 4 hits with “Governments”: 3 new highlights, 1 existing")
    );
    menu(&mut harness, "Edit", "Undo");
    assert_eq!(annotations(&harness).len(), 1, "one undo step");
    assert_eq!(annotations(&harness)[0].tags.len(), 1);
}
