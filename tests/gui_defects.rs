//! The desktop defects a new user met (issue 9 §3), each driven as that user would:
//! the codebook dialog, saving over the bundled example, small windows, highlight
//! bands, a corrupted annotation file, very wide windows, the list heading, and the
//! CSV's document column.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
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
    gui_support::settle(&mut harness);
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
    gui_support::settle(&mut harness);
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

#[test]
fn a_highlight_with_two_groups_draws_both_bands_under_the_letters() {
    let (_dir, _doc, file) = example_copy();
    let harness = app_on(&file, None);
    let session = harness.state().session().unwrap();
    let two = session.order().iter().filter_map(|id| session.annotation(*id)).find(|a| a.tags.len() == 2).unwrap();
    let location = session.location(two.id).unwrap();
    let index = location.paragraph;
    let colours: Vec<egui::Color32> =
        two.tags.iter().map(|t| glosa::ui::theme::tag_color(session.set().tags.get(t).unwrap().color)).collect();
    // The rows of the highlight's paragraph as laid out: (top, bottom, left, right).
    let view = harness.state().view().unwrap();
    let len = gui_support::text_of(&harness, index).chars().count();
    let mut rows: Vec<(f32, f32, f32, f32)> = Vec::new();
    for offset in 0..=len {
        let r = view.char_rect(index, offset).unwrap();
        match rows.iter_mut().find(|row| (row.0 - r.top()).abs() < 0.5) {
            Some(row) => (row.2, row.3) = (row.2.min(r.left()), row.3.max(r.left())),
            None => rows.push((r.top(), r.bottom(), r.left(), r.left())),
        }
    }
    let mut bands = Vec::new();
    for clipped in &harness.output().shapes {
        let egui::Shape::Rect(rect) = &clipped.shape else { continue };
        if !colours.contains(&rect.fill) {
            continue;
        }
        let c = rect.rect.center();
        if let Some(row) = rows.iter().find(|r| r.0 <= c.y && c.y <= r.1 && r.2 - 1.0 <= c.x && c.x <= r.3 + 1.0) {
            bands.push((rect.rect, rect.fill, *row));
        }
    }
    for colour in &colours {
        assert!(bands.iter().any(|(_, fill, _)| fill == colour), "a band of each group's colour is painted");
    }
    for (band, _, (top, bottom, ..)) in &bands {
        let lowest_quarter = bottom - (bottom - top) * 0.25;
        assert!(
            band.top() >= lowest_quarter - 0.01,
            "band {band:?} reaches into the letters of the row {top}..{bottom} (must stay below {lowest_quarter})"
        );
    }
}

#[test]
fn on_a_1920_point_wide_window_lines_keep_a_reading_width_that_can_be_changed() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = gui_support::app_at(&file, None, egui::vec2(1920.0, 1080.0));
    // ¶2 is one of the sample's long paragraphs (over 400 code points).
    assert!(gui_support::text_of(&harness, 1).chars().count() > 400);
    let longest = |h: &egui_kittest::Harness<'_, glosa::ui::GlosaApp>| {
        h.state().view().unwrap().row_chars(1).unwrap().into_iter().max().unwrap()
    };
    let default = longest(&harness);
    assert!((70..=100).contains(&default), "lines of {default} characters at the default width");
    gui_support::menu(&mut harness, "View", "Wider text column");
    gui_support::menu(&mut harness, "View", "Wider text column");
    let wider = longest(&harness);
    assert!(wider >= default + 10, "wider: {wider} characters, was {default}");
    assert_eq!(harness.state().state.settings.reading_width, 110);
    for _ in 0..4 {
        gui_support::press_with(&mut harness, egui::Modifiers::COMMAND, egui::Key::OpenBracket);
    }
    let narrower = longest(&harness);
    assert!(narrower + 25 <= wider && narrower <= 75, "narrower: {narrower} characters");
    assert_eq!(harness.state().state.settings.reading_width, 70);
}

/// The example copy with its annotation file broken and a good backup beside it.
fn broken_example() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf, Vec<u8>) {
    let (dir, doc, file) = example_copy();
    let backup = glosa::persist::annotations::backup_path(&file);
    std::fs::copy(&file, &backup).unwrap();
    let broken =
        b"(\n    format: \"glosa-annotations\",\n    version: 1,\n    document: ( path: [[[ \xe2\x80\x94 cut off here"
            .to_vec();
    std::fs::write(&file, &broken).unwrap();
    (dir, doc, file, broken)
}

#[test]
fn a_corrupted_annotation_file_still_lets_the_document_open_without_annotations() {
    let (_dir, doc, file, broken) = broken_example();
    let mut harness = app_on(&doc, None);
    assert!(harness.state().session().is_none());
    assert!(harness.query_by_label("The annotation file cannot be read").is_some());
    harness.get_by_label("Open the document without annotations").click();
    harness.run();
    let session = harness.state().session().expect("the document is open");
    assert_eq!(session.workspace().document_path, doc);
    assert!(session.set().annotations.is_empty());
    assert!(harness.state().errors().is_empty());
    // Saving asks where: the unreadable file is never written over unasked.
    gui_support::press_with(&mut harness, egui::Modifiers::COMMAND, egui::Key::S);
    assert!(harness.query_by_label("Save annotations as").is_some(), "Ctrl+S asks where to save");
    assert_eq!(std::fs::read(&file).unwrap(), broken, "the unreadable file is left as it was");
}

#[test]
fn a_corrupted_annotation_file_can_be_restored_from_its_backup() {
    let (_dir, doc, file, broken) = broken_example();
    // Opening the annotation file itself: its document is unknown, the backup knows it.
    let mut harness = app_on(&file, None);
    assert!(harness.query_by_label("The annotation file cannot be read").is_some());
    harness.get_by_label("Restore the backup").click();
    harness.run();
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    let session = harness.state().session().expect("restored");
    assert_eq!(session.set().annotations.len(), 10);
    assert_eq!(session.workspace().document_path, doc);
    assert_eq!(session.workspace().annotations_path, file);
    assert!(!session.is_modified());
    let restored = glosa::persist::annotations::load(&file).expect("the file reads again");
    assert_eq!(restored.annotations.len(), 10);
    let backup = glosa::persist::annotations::backup_path(&file);
    assert_eq!(std::fs::read(backup).unwrap(), broken, "the unreadable version is kept as the backup");
}

#[test]
fn on_first_start_ctrl_s_saves_a_copy_in_the_data_folder_never_the_bundled_example() {
    let data = tempfile::tempdir().unwrap();
    let start = || glosa::ui::StartArgs { data_dir: Some(data.path().to_owned()), ..Default::default() };
    let example = gui_support::repo(gui_support::EXAMPLE);
    let bundled = std::fs::read(&example).unwrap();
    let mut harness = gui_support::harness(glosa::ui::GlosaApp::new(None, start()), egui::vec2(1280.0, 800.0));
    assert_eq!(gui_support::annotations(&harness).len(), 10, "the example annotations are shown");
    // Before any key is pressed, the app says the example is not written to.
    assert!(
        harness.state().session().unwrap().is_read_only(),
        "the bundled example must be read-only (stopping here so that nothing overwrites it)"
    );
    gui_support::select(&mut harness, 0, 0, 26);
    gui_support::press(&mut harness, egui::Key::Num3);
    gui_support::press_with(&mut harness, egui::Modifiers::COMMAND, egui::Key::S);
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    assert_eq!(std::fs::read(&example).unwrap(), bundled, "the bundled example is untouched");
    let copy = data.path().join("itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron");
    assert_eq!(glosa::persist::annotations::load(&copy).unwrap().annotations.len(), 11, "the work is in the copy");
    assert_eq!(harness.state().session().unwrap().workspace().annotations_path, copy);
    assert!(!harness.state().is_modified());
    assert!(harness.query_by_label(&copy.display().to_string()).is_some(), "the status bar shows the copy");
    // The next start goes on with the copy.
    let again = gui_support::harness(glosa::ui::GlosaApp::new(None, start()), egui::vec2(1280.0, 800.0));
    assert_eq!(gui_support::annotations(&again).len(), 11);
    assert!(!again.state().session().unwrap().is_read_only());
}

#[test]
fn save_as_starts_in_the_folder_of_the_annotation_file_the_status_bar_shows() {
    let (dir, doc, _) = gui_support::sample_copy();
    // A document without annotations: its new file goes next to it.
    let mut harness = app_on(&doc, None);
    let shown = harness.state().session().unwrap().workspace().annotations_path.clone();
    assert_eq!(shown, dir.path().join("brief.glosa.ron"));
    assert!(harness.query_by_label(&shown.display().to_string()).is_some(), "the status bar shows it");
    gui_support::press_with(&mut harness, egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::S);
    assert_eq!(typed_path(&harness), shown.display().to_string(), "Save As suggests the file the status bar shows");
    // Ctrl+S on a new file asks the same.
    gui_support::press(&mut harness, egui::Key::Escape);
    gui_support::press_with(&mut harness, egui::Modifiers::COMMAND, egui::Key::S);
    assert_eq!(typed_path(&harness), shown.display().to_string());
}

/// The text in the path dialog's field (shown where there is no file dialog service).
fn typed_path(harness: &egui_kittest::Harness<'_, glosa::ui::GlosaApp>) -> String {
    let field = harness
        .query_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().label().is_some_and(|l| l.contains("Type the path")))
        .expect("the path dialog is open");
    field.value().unwrap()
}

/// The example copy at `size`, with the first annotation selected (its note editor open).
fn example_at(size: egui::Vec2) -> (tempfile::TempDir, egui_kittest::Harness<'static, glosa::ui::GlosaApp>) {
    use glosa::ui::command::{Command, Reveal};
    let (dir, _doc, file) = example_copy();
    let mut harness = gui_support::app_at(&file, None, size);
    let first = gui_support::annotations(&harness)[0].id;
    let session = harness.state().session_id().unwrap();
    harness.state_mut().command(Command::Select(session, Some(first), Reveal::Stay));
    harness.run();
    (dir, harness)
}

fn inside(inner: Rect, outer: Rect) -> bool {
    outer.expand(0.5).contains_rect(inner)
}

#[test]
fn at_800_by_600_the_note_editor_the_delete_button_and_the_saved_state_are_all_in_view() {
    let (_dir, harness) = example_at(egui::vec2(800.0, 600.0));
    let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(800.0, 600.0));
    let note = harness.get_by_role(Role::MultilineTextInput).rect();
    assert!(inside(note, screen), "the note editor {note:?} is cut off");
    assert!(note.height() >= 40.0, "the note editor has room for lines: {note:?}");
    let delete = rect_of(&harness, Role::Button, "Delete highlight");
    assert!(inside(delete, screen), "Delete highlight {delete:?} is cut off");
    let saved = harness.get_by_label("saved").rect();
    assert!(inside(saved, screen), "the saved indicator {saved:?} falls off the status bar");
}

#[test]
fn group_counts_are_whole_and_left_of_the_document_at_1280_by_800_and_800_by_600() {
    for size in [egui::vec2(1280.0, 800.0), egui::vec2(800.0, 600.0)] {
        let (_dir, harness) = example_at(size);
        let document = harness.query_all_by_role(Role::Paragraph).map(|n| n.rect().left()).fold(f32::MAX, f32::min);
        for (label, count) in [
            ("Governments", "2 annotations"),
            ("Intergovernmental organizations", "2 annotations"),
            ("Technical and academic community", "1 annotation"),
        ] {
            let name = format!("{label}: {count}");
            let rect = harness.get_by_label(&name).rect();
            assert!(
                rect.left() >= 0.0 && rect.right() < document,
                "{label}'s count {rect:?} at {size:?} reaches the document at {document}"
            );
        }
    }
}

#[test]
fn side_panels_can_be_hidden_and_shown_again_and_the_document_takes_the_room() {
    let (_dir, mut harness) = example_at(egui::vec2(800.0, 600.0));
    let width = |h: &egui_kittest::Harness<'_, glosa::ui::GlosaApp>| {
        h.query_all_by_role(Role::Paragraph).map(|n| n.rect().width()).fold(0.0, f32::max)
    };
    let before = width(&harness);
    gui_support::menu(&mut harness, "View", "Stakeholder groups panel");
    assert!(harness.query_by_label("Stakeholder groups").is_none(), "the tag palette is hidden");
    gui_support::press_with(&mut harness, egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::A);
    assert!(harness.query_by_label("Delete highlight").is_none(), "the annotation panel is hidden");
    let wider = width(&harness);
    assert!(wider > before + 300.0, "the document grew from {before} to {wider} points");
    harness.get_by_label("Show the stakeholder groups").click();
    harness.run();
    harness.get_by_label("Show the annotations").click();
    harness.run();
    assert!(harness.query_by_label("Stakeholder groups").is_some());
    assert!(harness.query_by_label("Delete highlight").is_some());
    assert!(harness.state().state.settings.show_tag_panel && harness.state().state.settings.show_annotation_panel);
}

/// At 1280 points (the panel at its default width), every stakeholder group's
/// name is drawn whole: a long one wraps onto a second line instead of being cut
/// ("Intergovernment…"), and its count stays in the panel.
#[test]
fn group_names_are_drawn_whole_in_the_groups_panel_at_1280_points() {
    let (_dir, _doc, file) = example_copy();
    let harness = app_on(&file, None);
    let panel_right = harness.get_by_label("Stakeholder groups").rect().left() + 240.0;
    let painted: Vec<(String, bool, usize)> = harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => Some((text.galley.job.text.clone(), text.galley.elided, text.galley.rows.len())),
            _ => None,
        })
        .collect();
    for name in [
        "Governments",
        "Private sector",
        "Civil society",
        "Intergovernmental organizations",
        "International organizations",
        "Technical and academic community",
    ] {
        let drawn: Vec<_> = painted.iter().filter(|(text, _, _)| text == name).collect();
        assert!(!drawn.is_empty(), "{name} is not drawn");
        assert!(drawn.iter().all(|(_, elided, _)| !elided), "{name} is cut off");
        let button = harness.get_by_role_and_label(Role::Button, name).rect();
        assert!(button.right() <= panel_right, "{name} at {button:?} leaves the panel");
    }
    let long = painted.iter().find(|(text, _, _)| text == "Technical and academic community").unwrap();
    assert!(long.2 >= 2, "the longest name wraps: {} row(s)", long.2);
}
