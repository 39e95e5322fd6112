//! A colleague's annotation file with fields this Glosa does not know: the app
//! asks before the save that would drop them, naming them; Cancel keeps the file
//! as it is, Save anyway saves and is not asked again.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use gui_support::{annotations, app_on, example_copy, press, press_with, select};

const TITLE: &str = "Fields Glosa does not know";

#[test]
fn saving_asks_before_dropping_unknown_fields_and_cancel_keeps_them() {
    let (_dir, doc, file) = example_copy();
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replacen("    format:", "    reviewer_comment: \"revisado\",\n    format:", 1)
        .replacen("            note:", "            confidence: 0.8,\n            note:", 1);
    std::fs::write(&file, &text).unwrap();
    let mut harness = app_on(&doc, Some(&file));
    select(&mut harness, 0, 0, 26);
    press(&mut harness, Key::Num3);
    assert_eq!(annotations(&harness).len(), 11);

    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(harness.query_by_label(TITLE).is_some(), "asked before saving");
    let message = "This annotation file has fields this version of Glosa does not know (written by a newer Glosa \
                   or another tool): annotations.confidence, reviewer_comment. Saving drops them; the backup (.bak) \
                   keeps them until the next save.";
    assert!(harness.query_by_label_contains(message).is_some(), "the fields are named");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label(TITLE).is_none());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text, "nothing written");
    assert!(harness.state().is_modified());

    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    harness.get_by_label("Save anyway").click();
    gui_support::settle(&mut harness);
    assert!(!harness.state().is_modified(), "saved");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(!saved.contains("reviewer_comment"));
    assert_eq!(glosa::persist::annotations::load(&file).unwrap().annotations.len(), 11);

    // Asked once: the next save goes ahead.
    select(&mut harness, 1, 3, 20);
    press(&mut harness, Key::Num1);
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(harness.query_by_label(TITLE).is_none());
    assert!(!harness.state().is_modified());
}
