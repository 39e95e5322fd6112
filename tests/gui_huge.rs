//! A huge paragraph in the desktop app (headless, `egui_kittest`): a 2 MB file of
//! one line is laid out in pieces, so it shows, scrolls to its end, and a
//! selection there saves exactly the quote it shows.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use glosa::persist::annotations;
use glosa::ui::GlosaApp;
use gui_support::{annotations, app_on, press, press_with, repo, select, tag, text_of};

/// One line of at least `bytes` bytes: the WTPF-13 brief on enhanced cooperation (corpus) with its
/// white space folded, said again and again, between a first and a last sentence
/// of our own.
fn one_line(bytes: usize) -> String {
    let source = std::fs::read_to_string(repo("tests/corpus/wtpf13-cooperacion-mejorada.es.txt")).unwrap();
    let words = source.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut line = String::from("Principio del párrafo enorme.");
    while line.len() < bytes {
        line.push(' ');
        line.push_str(&words);
    }
    line.push_str(" Fin del párrafo enorme.");
    line
}

/// The text of the paragraphs (pieces of paragraphs) screen readers are given.
fn paragraph_labels(harness: &Harness<'_, GlosaApp>) -> Vec<String> {
    harness.query_all_by_role(Role::Paragraph).filter_map(|n| n.accesskit_node().label()).collect()
}

/// The most glyphs one galley drawn last frame holds.
fn largest_galley(harness: &Harness<'_, GlosaApp>) -> usize {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => Some(text.galley.rows.iter().map(|row| row.glyphs.len()).sum::<usize>()),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// Whether code point `offset` of ¶1 is drawn inside the window (1280×800).
fn on_screen(harness: &Harness<'_, GlosaApp>, offset: usize) -> bool {
    let view = harness.state().view().unwrap();
    view.char_rect(0, offset).is_some_and(|r| r.top() >= 0.0 && r.bottom() <= 800.0 && r.left() >= 0.0)
}

#[test]
fn a_two_megabyte_paragraph_shows_its_beginning_and_end_and_a_selection_at_its_end_quotes_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("huge.txt");
    std::fs::write(&file, one_line(2 * 1024 * 1024)).unwrap();
    let annotation_file = dir.path().join("huge.glosa.ron");
    let mut harness = app_on(&file, Some(&annotation_file));
    let doc = harness.state().session().unwrap().document();
    assert_eq!(doc.paragraphs().len(), 1);
    let text = text_of(&harness, 0);
    assert!(text.len() > 2 * 1024 * 1024);
    let len = text.chars().count();

    // The beginning shows, drawn as galleys of a few thousand glyphs (one galley
    // of the whole paragraph would be two million).
    let labels = paragraph_labels(&harness);
    assert!(labels.iter().any(|l| l.starts_with("Principio del párrafo enorme. ")), "{:?}", labels.len());
    assert!(on_screen(&harness, 0));
    assert!(!on_screen(&harness, len));
    assert!((1..20_000).contains(&largest_galley(&harness)), "{}", largest_galley(&harness));

    // Ctrl+End shows the end.
    press_with(&mut harness, Modifiers::COMMAND, Key::End);
    assert!(on_screen(&harness, len), "the paragraph's end is on screen");
    assert!(!on_screen(&harness, 0));
    assert!(paragraph_labels(&harness).iter().any(|l| l.ends_with(" Fin del párrafo enorme.")));
    assert!((1..20_000).contains(&largest_galley(&harness)));

    // A selection near the end, tagged with key 1 (Governments): its quote is
    // exactly the text selected, at the right code points of the whole paragraph.
    let (start, end) = (len - 23, len - 1);
    select(&mut harness, 0, start, end);
    press(&mut harness, Key::Num1);
    let made = annotations(&harness);
    assert_eq!(made.len(), 1);
    let segment = &made[0].segments[0];
    assert_eq!(segment.quote, text.chars().skip(start).take(end - start).collect::<String>());
    assert_eq!(segment.quote, "Fin del párrafo enorme");
    assert_eq!(made[0].tags.iter().collect::<Vec<_>>(), [&tag("governments")]);
    assert!(harness.query_by_label("Governments: Fin del párrafo enorme").is_some(), "the highlight shows");

    // Saved and read back: the same quote, on the paragraph's ID.
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(!harness.state().is_dirty());
    let saved = annotations::load(&annotation_file).unwrap();
    let segment = &saved.annotations[0].segments[0];
    assert_eq!(segment.quote, "Fin del párrafo enorme");
    let doc = harness.state().session().unwrap().document();
    assert_eq!(segment.paragraph, doc.paragraphs()[0].id);
    assert_eq!((segment.start.0, segment.end.0), (start, end));

    // Ctrl+Home (the document has the keyboard now: the caret) goes back to the
    // beginning, and Ctrl+End to the end again.
    press_with(&mut harness, Modifiers::COMMAND, Key::Home);
    assert!(on_screen(&harness, 0));
    assert!(!on_screen(&harness, len));
    press_with(&mut harness, Modifiers::COMMAND, Key::End);
    assert!(on_screen(&harness, len));
}
