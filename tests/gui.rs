//! The desktop app driven headlessly through `egui_kittest` (no GPU): pointer drags,
//! key presses and AccessKit queries, as a user and a screen reader see it.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use std::path::Path;

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use glosa::model::TagId;
use glosa::persist::annotations;
use glosa::ui::command::{Command, Reveal};
use glosa::ui::{GlosaApp, StartArgs};
use gui_support::{annotations, app_on, at, click_at, drag, menu, sample_copy, text_of};

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn governments() -> TagId {
    TagId::new("governments").unwrap()
}

#[test]
fn select_tag_note_save_and_reopen() {
    let (_dir, doc, file) = sample_copy();
    let mut harness = app_on(&doc, Some(&file));
    assert_eq!(harness.state().session().unwrap().document().paragraphs().len(), 11);
    assert!(harness.query_by_label_contains("ENTRE LOS RESULTADOS CLAVE").is_some(), "¶1 is on screen");

    // A span inside ¶2, tagged with key 1 (Governments).
    let p2 = text_of(&harness, 1);
    let (from, to) = (at(&harness, 1, 3), at(&harness, 1, 20));
    drag(&mut harness, from, to);
    harness.key_press(Key::Num1);
    harness.run();
    // A span across the ¶2–¶3 break, also key 1.
    let p3 = text_of(&harness, 2);
    let p2_len = p2.chars().count();
    let (from, to) = (at(&harness, 1, p2_len - 10), at(&harness, 2, 14));
    drag(&mut harness, from, to);
    harness.key_press(Key::Num1);
    harness.run();

    let made = annotations(&harness);
    assert_eq!(made.len(), 2);
    assert!(made.iter().all(|a| a.tags.iter().collect::<Vec<_>>() == [&governments()]));
    let quotes: Vec<Vec<String>> = made.iter().map(|a| a.segments.iter().map(|s| s.quote.clone()).collect()).collect();
    // A selection is trimmed of the white space around it.
    assert_eq!(quotes[0], [slice(&p2, 3, 19)]);
    assert_eq!(quotes[0], ["el párrafo 69 de"]);
    assert_eq!(quotes[1], [slice(&p2, p2_len - 10, p2_len), slice(&p3, 0, 13)]);
    assert_eq!(quotes[1], ["s añadido]".to_owned(), "En el párrafo".to_owned()]);
    // Screen readers (and this test) see the highlights.
    assert!(harness.query_by_label("Governments: el párrafo 69 de").is_some());

    // The new highlight is selected: type a note into the note editor.
    harness.get_by_role(Role::MultilineTextInput).click();
    harness.run();
    harness.get_by_role(Role::MultilineTextInput).type_text("Cross-paragraph quote");
    harness.run();
    assert_eq!(annotations(&harness)[1].note, "Cross-paragraph quote");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().is_dirty());
    let saved = annotations::load(&file).unwrap();
    assert_eq!(saved.annotations.len(), 2);

    // A new app on the annotation file shows the same highlights and note.
    let reopened = app_on(&file, None);
    let again = annotations(&reopened);
    assert_eq!(
        again,
        made.iter()
            .cloned()
            .map(|mut a| {
                if a.segments.len() == 2 {
                    a.note = "Cross-paragraph quote".into();
                    a.modified = again[1].modified;
                }
                a
            })
            .collect::<Vec<_>>()
    );
    assert!(reopened.query_by_label("Governments: el párrafo 69 de").is_some());
    assert!(reopened.query_by_label("Governments: s añadido]").is_some());
    assert!(reopened.query_by_label("Governments: En el párrafo").is_some());
}

#[test]
fn undo_and_redo_create_delete_and_note() {
    let (_dir, doc, file) = sample_copy();
    let mut harness = app_on(&doc, Some(&file));
    let (from, to) = (at(&harness, 0, 0), at(&harness, 0, 26));
    drag(&mut harness, from, to);
    harness.key_press(Key::Num3);
    harness.run();
    assert_eq!(annotations(&harness).len(), 1);
    assert_eq!(annotations(&harness)[0].segments[0].quote, "ENTRE LOS RESULTADOS CLAVE");

    harness.get_by_role(Role::MultilineTextInput).click();
    harness.run();
    harness.get_by_role(Role::MultilineTextInput).type_text("Nota");
    harness.run();
    assert_eq!(annotations(&harness)[0].note, "Nota");
    menu(&mut harness, "Edit", "Undo");
    assert_eq!(annotations(&harness)[0].note, "", "typing the note is one undo step");
    menu(&mut harness, "Edit", "Redo");
    assert_eq!(annotations(&harness)[0].note, "Nota");

    // Delete with the key (focus back on the document first), then undo and redo.
    harness.key_press(Key::Escape);
    harness.run();
    let id = annotations(&harness)[0].id;
    let session = harness.state().session_id().unwrap();
    harness.state_mut().command(Command::Select(session, Some(id), Reveal::Stay));
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert!(annotations(&harness).is_empty());
    menu(&mut harness, "Edit", "Undo");
    assert_eq!(annotations(&harness).len(), 1);
    assert_eq!(annotations(&harness)[0].note, "Nota");
    menu(&mut harness, "Edit", "Redo");
    assert!(annotations(&harness).is_empty());
    menu(&mut harness, "Edit", "Undo");
    menu(&mut harness, "Edit", "Undo");
    menu(&mut harness, "Edit", "Undo");
    assert!(annotations(&harness).is_empty(), "undoing the create removes it");
    menu(&mut harness, "Edit", "Redo");
    assert_eq!(annotations(&harness).len(), 1);
}

#[test]
fn hiding_a_tag_hides_its_highlights() {
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron");
    let mut harness = app_on(&example, None);
    let governments_marks = |h: &Harness<'_, GlosaApp>| {
        h.query_all_by_role(Role::Mark)
            .filter(|n| n.accesskit_node().label().unwrap_or_default().starts_with("Governments"))
            .count()
    };
    assert_eq!(governments_marks(&harness), 2, "the Governments highlights of ¶2 and ¶6 are on screen");
    let before = harness.query_all_by_role(Role::Mark).count();
    harness.get_by_label("Show Governments").click();
    harness.run();
    assert_eq!(governments_marks(&harness), 0);
    assert_eq!(harness.query_all_by_role(Role::Mark).count(), before - 2);
    harness.get_by_label("Show Governments").click();
    harness.run();
    assert_eq!(governments_marks(&harness), 2);
}

#[test]
fn deleting_a_tag_asks_says_how_many_and_undoes() {
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron");
    let mut harness = app_on(&example, None);
    harness.get_by_role_and_label(Role::Button, "Governments").click_secondary();
    harness.run();
    harness.get_by_label("Delete…").click();
    harness.run();
    assert!(harness.query_by_label("2 annotations lose this tag (the highlights and their notes stay).").is_some());
    harness.get_by_label("Delete").click();
    harness.run();
    let set = harness.state().session().unwrap().set();
    assert!(set.tags.get(&governments()).is_none());
    assert_eq!(set.count_tagged(&governments()), 0);
    assert_eq!(set.annotations.len(), 10, "annotations are kept");
    menu(&mut harness, "Edit", "Undo");
    let set = harness.state().session().unwrap().set();
    assert_eq!(set.tags.index_of(&governments()), Some(0));
    assert_eq!(set.count_tagged(&governments()), 2);
}

#[test]
fn an_unreadable_file_shows_an_error_and_the_app_keeps_working() {
    let (dir, doc, file) = sample_copy();
    let png = dir.path().join("scan.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let mut harness = app_on(&doc, Some(&file));
    harness.state_mut().command(Command::open(&png));
    harness.run();
    let message = format!("Cannot open document (not a text file (a PNG image)): {}", png.display());
    assert_eq!(harness.state().errors(), std::slice::from_ref(&message));
    assert!(harness.query_by_label(&message).is_some(), "the error dialog names the file");
    harness.get_by_label("OK").click();
    gui_support::settle(&mut harness);
    assert!(harness.state().errors().is_empty());
    assert_eq!(harness.state().session().unwrap().workspace().document_path, doc, "the open document stays");

    // Starting on an unreadable file: an error, no document, still usable.
    let mut broken = app_on(&png, None);
    assert!(broken.state().session().is_none());
    assert_eq!(broken.state().errors().len(), 1);
    broken.get_by_label("OK").click();
    broken.run();
    broken.state_mut().command(Command::open(&doc));
    broken.run();
    assert!(broken.state().session().is_some());
}

#[test]
fn clicking_a_highlight_selects_it_and_shows_its_note() {
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron");
    let mut harness = app_on(&example, None);
    // "cumplir" lies inside the Governments highlight of ¶2.
    let offset = text_of(&harness, 1).find("cumplir").map(|b| text_of(&harness, 1)[..b].chars().count()).unwrap();
    let pos = at(&harness, 1, offset + 2);
    harness.event(Event::PointerMoved(pos));
    // Rest on it long enough for its tooltip to show, as a person would.
    for _ in 0..60 {
        harness.step();
    }
    click_at(&mut harness, pos);
    let selected = harness.state().selected().expect("the highlight is selected");
    let annotation = harness.state().session().unwrap().annotation(selected).unwrap();
    assert!(annotation.segments[0].quote.starts_with("que permita a los gobiernos cumplir"));
    let note = harness.get_by_role(Role::MultilineTextInput);
    assert_eq!(note.value().as_deref(), Some(annotation.note.as_str()));
}

#[test]
fn in_right_to_left_paragraphs_the_highlight_shown_is_exactly_the_quote_saved() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("udhr_arb.txt");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/udhr_arb.txt"), &doc).unwrap();
    let args = StartArgs { file: Some(doc), annotations: Some(dir.path().join("a.glosa.ron")), data_dir: None };
    let app = GlosaApp::new(None, args);
    // Glyphs missing or not, offsets must not care.
    let mut harness = Harness::builder()
        .with_size(vec2(1280.0, 800.0))
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut GlosaApp| app.ui(ui), app);
    harness.run();
    // ¶8 is the first Arabic paragraph of the preamble: drag across part of its first line.
    let index = 7;
    let text = text_of(&harness, index);
    assert!(text.starts_with("لمّا كان الاعتراف"), "{text}");
    let (a, b) = (at(&harness, index, 10), at(&harness, index, 30));
    drag(&mut harness, pos2(a.x.max(b.x), a.y), pos2(a.x.min(b.x), b.y));
    harness.key_press(Key::Num2);
    harness.run();
    let made = annotations(&harness);
    assert_eq!(made.len(), 1);
    let segment = &made[0].segments[0];
    // Exactly the code points dragged over (bidi layout), not the whole paragraph.
    assert_eq!((segment.start.0, segment.end.0), (10, 30));
    assert_eq!(segment.quote, text.chars().skip(10).take(20).collect::<String>());
    assert_eq!(segment.quote, "لاعتراف بالكرامة الم");
}

#[test]
fn opening_another_file_with_unsaved_changes_asks_first() {
    let (_dir, doc, file) = sample_copy();
    let mut harness = app_on(&doc, Some(&file));
    let (from, to) = (at(&harness, 0, 0), at(&harness, 0, 26));
    drag(&mut harness, from, to);
    harness.key_press(Key::Num3);
    harness.run();
    assert!(harness.state().is_dirty());
    let other = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/udhr_spa.txt");
    harness.state_mut().command(Command::open(&other));
    harness.run();
    assert!(harness.query_by_label("Save changes first?").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(annotations(&harness).len(), 1, "cancel keeps the work");
    harness.state_mut().command(Command::open(&other));
    harness.run();
    harness.get_by_label("Save").click();
    gui_support::settle(&mut harness);
    assert_eq!(annotations::load(&file).unwrap().annotations.len(), 1, "saved first");
    assert_eq!(harness.state().session().unwrap().workspace().document_path, other);
}
