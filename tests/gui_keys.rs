//! Keyboard and interface defects a tester met (issue 13, tester 4's D3, D5,
//! D14–D17, D19, D21), each driven through the harness as that tester did: keys
//! pressed, then the saved quote, the focused widget or the AccessKit text checked.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use glosa::ui::GlosaApp;
use gui_support::{annotations, app_on, example_copy, press, press_with};

fn focused(harness: &Harness<'_, GlosaApp>) -> Option<egui::Id> {
    harness.ctx.memory(egui::Memory::focused)
}

fn type_text(harness: &mut Harness<'_, GlosaApp>, text: &str) {
    for c in text.chars() {
        // Each character as a platform sends it: the key (where there is one), then the text.
        if let Some(key) = Key::from_name(&c.to_string()) {
            harness.key_press(key);
        }
        harness.event(Event::Text(c.to_string()));
        harness.run();
    }
}

/// D3: N selects the first annotation; Enter gives its note the keyboard; what is
/// typed then is the note: digits do not toggle groups, Backspace does not delete
/// the highlight, N does not move on.
#[test]
fn enter_after_n_writes_the_note_and_no_single_key_shortcut_fires_while_typing() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    let before = annotations(&harness);
    press(&mut harness, Key::N);
    let first = harness.state().selected().expect("N selects an annotation");
    assert_eq!(first, before[0].id);
    press(&mut harness, Key::Enter);
    assert_eq!(focused(&harness), Some(glosa::ui::panels::note_editor_id()), "the note has the keyboard");
    type_text(&mut harness, "x 2 n");
    press(&mut harness, Key::Backspace);
    let after = annotations(&harness);
    assert_eq!(after.len(), before.len(), "Backspace in the note deletes no highlight");
    assert_eq!(harness.state().selected(), Some(first), "n typed in the note does not go to the next annotation");
    let edited = after.iter().find(|a| a.id == first).unwrap();
    assert_eq!(edited.note, format!("{}x 2 ", before[0].note), "the note is what was typed");
    assert_eq!(edited.tags, before[0].tags, "2 typed in the note toggles no group");
    let note = harness.get_by_role(Role::MultilineTextInput);
    assert_eq!(note.value().as_deref(), Some(edited.note.as_str()), "a screen reader reads the note typed");
    // Escape goes back to the document, where N works again.
    press(&mut harness, Key::Escape);
    assert_eq!(focused(&harness), Some(glosa::ui::view::document_id()));
    press(&mut harness, Key::N);
    assert_eq!(harness.state().selected(), Some(before[1].id));
    let _ = press_with;
}
