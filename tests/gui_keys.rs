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
}

fn caret_of(harness: &Harness<'_, GlosaApp>) -> (usize, usize) {
    let caret = harness.state().state.caret.expect("a caret");
    (caret.paragraph, caret.offset)
}

/// Ctrl+G N Enter: the caret at the start of ¶N, the document has the keyboard.
fn go_to(harness: &mut Harness<'_, GlosaApp>, ordinal: usize) {
    press_with(harness, Modifiers::COMMAND, Key::G);
    harness.event(Event::Text(ordinal.to_string()));
    harness.run();
    press(harness, Key::Enter);
    assert_eq!(caret_of(harness), (ordinal - 1, 0));
}

/// D5: ↓ from the start of a line goes to the start of the next line (the caret is
/// drawn there too), so Shift+↓ from a line's start selects whole lines; End stays
/// on its line.
#[test]
fn down_from_the_start_of_a_line_keeps_column_zero_and_shift_down_selects_whole_lines() {
    let (_dir, doc, file) = gui_support::sample_copy();
    let mut harness = app_on(&doc, Some(&file));
    // The first paragraph on screen with four lines or more.
    let view = harness.state().view().unwrap();
    let index = view.visible_paragraphs().into_iter().find(|i| view.row_chars(*i).unwrap().len() >= 4).unwrap();
    go_to(&mut harness, index + 1);
    let rows = harness.state().view().unwrap().row_chars(index).unwrap();
    let starts: Vec<usize> = rows.iter().scan(0, |at, n| Some(std::mem::replace(at, *at + n))).collect();
    let left = harness.state().view().unwrap().char_rect(index, 0).unwrap().left();
    for (line, start) in starts.iter().enumerate().skip(1).take(3) {
        press(&mut harness, Key::ArrowDown);
        assert_eq!(caret_of(&harness), (index, *start), "↓ {line}× from the start of ¶{}", index + 1);
        let drawn = harness.state().view().unwrap().char_rect(index, *start).unwrap();
        assert!((drawn.left() - left).abs() < 0.5, "the caret is drawn at the start of line {}", line + 1);
    }
    // Back to line 2's start; Shift+↓ twice selects lines 2 and 3 whole.
    press(&mut harness, Key::ArrowUp);
    press(&mut harness, Key::ArrowUp);
    assert_eq!(caret_of(&harness), (index, starts[1]));
    press_with(&mut harness, Modifiers::SHIFT, Key::ArrowDown);
    press_with(&mut harness, Modifiers::SHIFT, Key::ArrowDown);
    let text = gui_support::text_of(&harness, index);
    let lines: String = text.chars().skip(starts[1]).take(starts[3] - starts[1]).collect();
    let document = harness.get_by_role(Role::Document);
    let spoken = document.value().unwrap_or_default();
    let selection = harness.state().state.selection.unwrap();
    assert_eq!((selection.anchor.offset, selection.head.offset), (starts[1], starts[3]), "lines 2 and 3 whole");
    assert!(spoken.ends_with(&format!("Selected: {}", lines.trim_end())), "{spoken}\n{lines}");
    // End on line 2 stays on line 2, before the space the line wraps at.
    press(&mut harness, Key::ArrowUp);
    press(&mut harness, Key::ArrowUp);
    press(&mut harness, Key::End);
    let (_, end) = caret_of(&harness);
    assert_eq!(end, starts[2] - 1, "End: after the last word of line 2");
    let view = harness.state().view().unwrap();
    let row_top = view.char_rect(index, starts[1]).unwrap().top();
    assert!((view.char_rect(index, end).unwrap().top() - row_top).abs() < 0.5, "the caret is drawn on line 2");
}

/// D17: Space and Page Down scroll no further than the end: the last line rests at
/// the bottom of the view, with the text above it filling the view.
#[test]
fn scrolling_stops_with_the_last_line_at_the_bottom_of_the_view() {
    let (_dir, doc, file) = gui_support::sample_copy();
    let mut harness = app_on(&doc, Some(&file));
    let count = harness.state().session().unwrap().document().paragraphs().len();
    let last = count - 1;
    let len = gui_support::text_of(&harness, last).chars().count();
    for key in [Key::Space, Key::PageDown] {
        for _ in 0..8 {
            press(&mut harness, key);
        }
        let view = harness.state().view().unwrap();
        let shown = view.visible_paragraphs();
        assert!(shown.contains(&last), "{key:?}: the last paragraph is on screen, not an empty view ({shown:?})");
        assert!(shown.len() > 3, "{key:?}: the paragraphs before it fill the view ({shown:?})");
        let bottom = harness.get_by_role(Role::Document).rect().bottom();
        let end = view.char_rect(last, len).unwrap();
        assert!(end.bottom() <= bottom + 0.5, "{key:?}: the last line ({end:?}) ends inside the view ({bottom})");
        assert!(end.bottom() >= bottom - end.height(), "{key:?}: the last line ({end:?}) is at the bottom ({bottom})");
        // Back to the top for the next key.
        press_with(&mut harness, Modifiers::COMMAND, Key::Home);
    }
}

/// Where the last line rests: the bottom of its rectangle and of the view.
fn last_line_and_view_bottom(harness: &Harness<'_, GlosaApp>) -> (f32, f32) {
    let count = harness.state().session().unwrap().document().paragraphs().len();
    let len = gui_support::text_of(harness, count - 1).chars().count();
    let end = harness.state().view().unwrap().char_rect(count - 1, len).unwrap();
    (end.bottom(), harness.get_by_role(Role::Document).rect().bottom())
}

/// D17's stop at the end is looked for only when the view moved or changed size
/// (each look lays out a view's height of text): idle frames at the end of the
/// document never look again.
#[test]
fn the_view_looks_for_the_end_only_after_a_scroll_or_a_resize_never_on_idle_frames() {
    let (_dir, doc, file) = gui_support::sample_copy();
    let mut harness = app_on(&doc, Some(&file));
    let stops = |h: &Harness<'_, GlosaApp>| h.state().view().unwrap().end_stops();
    assert_eq!(stops(&harness), 0, "at the top the end is out of sight");
    for _ in 0..8 {
        press(&mut harness, Key::PageDown);
    }
    let at_end = stops(&harness);
    assert!(at_end > 0, "Page Down past the end stopped there");
    let top = harness.state().view().unwrap().top_paragraph();
    for _ in 0..30 {
        harness.step();
    }
    assert_eq!(stops(&harness), at_end, "idle frames at the end never look again");
    // One more Page Down: one look, and the view stays where it is.
    press(&mut harness, Key::PageDown);
    assert_eq!(stops(&harness), at_end + 1);
    assert_eq!(harness.state().view().unwrap().top_paragraph(), top);
    // A taller window: the end would float above the new bottom, so it looks once.
    harness.set_size(egui::vec2(1280.0, 1000.0));
    gui_support::settle(&mut harness);
    assert_eq!(stops(&harness), at_end + 2);
    let (end, bottom) = last_line_and_view_bottom(&harness);
    assert!((end - bottom).abs() <= 0.5, "the last line ({end}) rests at the new bottom ({bottom})");
    for _ in 0..30 {
        harness.step();
    }
    assert_eq!(stops(&harness), at_end + 2, "nor after the resize");
}

/// D15: the first F6 gives the annotation list the keyboard without selecting
/// anything, so N still goes to the first annotation.
#[test]
fn the_first_f6_moves_the_keyboard_to_the_list_without_selecting() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    let order = annotations(&harness);
    let first_row = harness.state().state.list[0];
    press(&mut harness, Key::F6);
    assert_eq!(focused(&harness), Some(glosa::ui::panels::annotation_row_id(first_row)), "the list has the keyboard");
    assert_eq!(harness.state().selected(), None, "nothing is selected by moving the keyboard");
    assert!(harness.query_all_by_role(Role::ListItem).all(|row| !row.accesskit_node().is_selected().unwrap_or(false)));
    press(&mut harness, Key::N);
    assert_eq!(harness.state().selected(), Some(order[0].id), "N goes to the first annotation, not the second");
}

/// D16: the status bar never keeps a message that no longer holds: Ctrl+Z of a
/// deletion says the highlight is back (not "Highlight deleted"), Ctrl+Shift+Z says
/// it is deleted again, and a message goes when the interface language changes.
#[test]
fn undo_redo_and_a_language_change_replace_the_status_message() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    let count = annotations(&harness).len();
    press(&mut harness, Key::N);
    press(&mut harness, Key::Delete);
    assert_eq!(annotations(&harness).len(), count - 1);
    assert!(harness.query_by_label_contains("Highlight deleted (Ctrl+Z to undo).").is_some());
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(annotations(&harness).len(), count);
    assert!(harness.query_by_label_contains("Highlight deleted").is_none(), "the stale message is gone");
    assert!(harness.query_by_label("Reverted: the deleted highlight is back.").is_some());
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(annotations(&harness).len(), count - 1);
    assert!(harness.query_by_label("Reapplied: the highlight is deleted again.").is_some());
    // Tag toggles and notes say so too.
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    press(&mut harness, Key::N);
    press(&mut harness, Key::Num3);
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(harness.query_by_label("Reverted: the highlight's groups are as they were.").is_some());

    // View ▸ Language ▸ 中文: nothing English is left in the status bar.
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").hover();
    harness.run();
    harness.get_by_label("中文").click();
    harness.run();
    assert!(harness.query_by_label("文件").is_some(), "the interface is in Chinese");
    assert!(harness.query_by_label_contains("Reverted").is_none(), "the English message went with the language");
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert!(harness.query_by_label("已再次应用：再次更改了高亮的群体。").is_some(), "new messages are in Chinese");
    glosa::ui::i18n::set_language(glosa::ui::i18n::Language::English);
}

/// D14: an annotation file cut short and opened by its own name still offers to
/// open the document its intact header names, as when the document is opened.
#[test]
fn an_unreadable_annotation_file_opened_by_name_can_open_its_document() {
    let (dir, doc, file) = example_copy();
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let mut harness = app_on(&file, None);
    assert!(harness.query_by_label("The annotation file cannot be read").is_some(), "the dialog says so");
    let open = harness.get_by_role_and_label(Role::Button, "Open the document without annotations");
    assert!(!open.accesskit_node().is_disabled(), "the document named in the header can be opened");
    open.click();
    harness.run();
    let session = harness.state().session().expect("the document is open");
    assert_eq!(session.workspace().document_path, doc);
    assert!(session.set().annotations.is_empty());
    assert_ne!(session.workspace().annotations_path, file, "new work goes to another file");
    assert_eq!(session.workspace().annotations_path.parent(), Some(dir.path()));
    assert_eq!(std::fs::read(&file).unwrap(), bytes[..bytes.len() * 2 / 3], "the damaged file is left alone");
}

/// D19: at the default window size the whole find bar shows, its Close button
/// included, in English and in Arabic (longer labels, mirrored panels): no button
/// of it lies under the side panels.
#[test]
fn the_find_bar_close_button_is_whole_at_1280_by_800() {
    use glosa::ui::i18n::{Language, tr_logical};
    for language in [Language::English, Language::Arabic] {
        let (_dir, _doc, file) = example_copy();
        let settings = glosa::ui::app::Settings { language: Some(language), ..Default::default() };
        let args = glosa::ui::StartArgs { file: Some(file), annotations: None, data_dir: None };
        let mut harness = gui_support::harness(GlosaApp::with_settings(settings, args), egui::vec2(1280.0, 800.0));
        press_with(&mut harness, Modifiers::COMMAND, Key::F);
        harness.event(Event::Text("de".to_owned()));
        harness.run();
        // The side panels: an annotation row, a stakeholder group's button.
        let row = harness.query_all_by_role(Role::ListItem).next().unwrap().rect();
        let group = harness.get_by_role_and_label(Role::Button, &tr_logical("wsis-governments")).rect();
        for label in ["find-close", "find-next", "find-previous"] {
            let button = harness.get_by_role_and_label(Role::Button, &tr_logical(label)).rect();
            for (panel, side) in [("annotations", row), ("groups", group)] {
                let apart = button.right() <= side.left() || side.right() <= button.left();
                assert!(apart, "{language:?}: {label} {button:?} lies under the {panel} panel ({side:?})");
            }
        }
    }
    glosa::ui::i18n::set_language(Language::English);
}

/// D21: a highlight's tooltip shows when it was made as the interface language
/// writes a date and time (here French: 02/12/2026 04:18), as the note's line
/// shows its date, never the raw timestamp.
#[test]
fn the_highlight_tooltip_shows_the_date_as_the_language_writes_it() {
    use glosa::ui::i18n::Language;
    let (_dir, _doc, file) = example_copy();
    let settings = glosa::ui::app::Settings { language: Some(Language::French), ..Default::default() };
    let args = glosa::ui::StartArgs { file: Some(file), annotations: None, data_dir: None };
    let mut harness = gui_support::harness(GlosaApp::with_settings(settings, args), egui::vec2(1280.0, 800.0));
    let first = annotations(&harness)[0].clone();
    let location = harness.state().session().unwrap().location(first.id).unwrap();
    let pos = gui_support::at(&harness, location.paragraph, location.start.0 + 1);
    harness.event(Event::PointerMoved(pos));
    harness.run();
    let shown = glosa::ui::panels::date_time_shown(first.created);
    let digits: Vec<bool> = shown.chars().map(|c| c.is_ascii_digit()).collect();
    let pattern: String = shown.chars().map(|c| if c.is_ascii_digit() { '9' } else { c }).collect();
    assert_eq!(pattern, "99/99/9999 99:99", "{shown}: French day/month/year hour:minute");
    assert_eq!(digits.len(), 16);
    let tooltip = harness.get_by_label_contains(&shown);
    let node = tooltip.accesskit_node();
    let text = [node.label(), node.value()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    assert!(text.contains(&format!("{} · {shown}", first.author)), "{text}");
    assert!(!text.contains(&first.created.to_string()), "no raw timestamp: {text}");
    // The note's line says the day the same way.
    press(&mut harness, Key::N);
    let day = glosa::ui::panels::date_shown(first.created);
    assert_eq!(shown.split(' ').next(), Some(day.as_str()));
    assert!(harness.query_all_by_label_contains(&day).count() >= 2, "the tooltip and the note's line");
    glosa::ui::i18n::set_language(Language::English);
}

/// The painted text galleys holding `word`: their text (as handed to egui) and
/// how many rows egui laid it out in.
fn painted_with(harness: &Harness<'_, GlosaApp>, word: &str) -> Vec<(String, usize)> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) if text.galley.job.text.contains(word) => {
                Some((text.galley.job.text.clone(), text.galley.rows.len()))
            }
            _ => None,
        })
        .collect()
}

/// D10: in Arabic, a stakeholder group's name too long for the panel wraps after
/// its first words: read right to left, line by line, it is the name in order
/// (egui wraps before it places runs, so a name in visual order wrapped from its
/// last words); a screen reader gets the name in logical order.
#[test]
fn wrapped_arabic_group_names_read_in_order_line_by_line() {
    use glosa::ui::bidi::visual_line;
    use glosa::ui::i18n::{Language, tr_logical};
    let (_dir, _doc, file) = example_copy();
    let settings = glosa::ui::app::Settings { language: Some(Language::Arabic), ..Default::default() };
    let args = glosa::ui::StartArgs { file: Some(file), annotations: None, data_dir: None };
    let harness = gui_support::harness(GlosaApp::with_settings(settings, args), egui::vec2(1280.0, 800.0));
    for key in ["wsis-intergovernmental-organizations", "wsis-technical-academic-community"] {
        let name = tr_logical(key);
        let last_word = name.split(' ').next_back().unwrap();
        let painted = painted_with(&harness, last_word);
        let (text, rows) = painted.iter().find(|(_, rows)| *rows > 1).unwrap_or_else(|| panic!("{name}: {painted:?}"));
        // Every row egui drew is a line handed to it (egui broke none itself)…
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), *rows, "{key}: egui wrapped {text:?} itself into {rows} rows");
        // …in visual order: read right to left, line after line, it is the name.
        let read: Vec<String> = lines.iter().map(|line| visual_line(line)).collect();
        assert_eq!(read.join(" "), name, "{key}: lines as drawn {lines:?}");
        assert!(harness.query_by_label(&name).is_some(), "{key}: the button is named in logical order");
    }
    glosa::ui::i18n::set_language(Language::English);
}

/// Whether `painted` (text handed to egui, lines split by `\n`) is `logical`
/// broken into those lines at word boundaries, each line in visual order.
fn drawn_in_visual_lines(painted: &str, logical: &str) -> bool {
    let lines: Vec<&str> = painted.split('\n').collect();
    let chars: Vec<char> = logical.chars().collect();
    let mut ranges = Vec::new();
    let mut at = 0;
    for line in &lines {
        let words = line.split_whitespace().count();
        let start = at;
        let mut seen = 0;
        while at < chars.len() && seen < words {
            // One word and the white space after it.
            while at < chars.len() && !chars[at].is_whitespace() {
                at += 1;
            }
            while at < chars.len() && chars[at].is_whitespace() {
                at += 1;
            }
            seen += 1;
        }
        ranges.push(start..at);
    }
    at == chars.len() && glosa::ui::bidi::visual_lines(logical, &ranges) == lines
}

/// D11: in Arabic, the Agreement view's tag names, the help overlay's long lines
/// and the Export dialog's long format names are drawn in visual order, line by
/// line (egui would draw their words left to right in logical order); screen
/// readers get the logical text.
#[test]
fn arabic_labels_of_the_agreement_view_help_and_export_read_in_order() {
    use glosa::ui::i18n::{Language, tr_logical};
    let (_dir, _doc, file) = example_copy();
    let settings = glosa::ui::app::Settings { language: Some(Language::Arabic), ..Default::default() };
    let args = glosa::ui::StartArgs { file: Some(file), annotations: None, data_dir: None };
    let mut harness = gui_support::harness(GlosaApp::with_settings(settings, args), egui::vec2(1280.0, 800.0));
    let painted = |harness: &Harness<'_, GlosaApp>, word: &str| -> Vec<String> {
        painted_with(harness, word).into_iter().map(|(text, _)| text).collect()
    };

    // The Agreement view's tag boxes: no tag name of two words is drawn in logical order.
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::K);
    assert!(harness.state().state.agreement.open);
    let private = tr_logical("wsis-private-sector");
    assert!(harness.query_all_by_label(&private).count() >= 2, "the panel's and the Agreement view's, named logically");
    let drawn = painted(&harness, private.split(' ').next().unwrap());
    assert!(drawn.len() >= 2 && drawn.iter().all(|t| t != &private), "{private}: drawn as {drawn:?}");
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::K);

    // F1: a long line of the help overlay.
    press(&mut harness, Key::F1);
    let arrows = tr_logical("help-caret-arrows.action");
    assert!(arrows.chars().count() > glosa::ui::i18n::SHORT_LABEL);
    let drawn = painted(&harness, "Shift");
    assert!(drawn.iter().any(|t| drawn_in_visual_lines(t, &arrows)), "{arrows}: drawn as {drawn:?}");
    assert!(harness.query_by_label(&arrows).is_some(), "named in logical order");
    press(&mut harness, Key::Escape);

    // Ctrl+E: the REFI-QDA project format.
    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    let qdpx = tr_logical("export-format-qdpx");
    let drawn = painted(&harness, "MAXQDA");
    assert!(drawn.iter().any(|t| drawn_in_visual_lines(t, &qdpx)), "{qdpx}: drawn as {drawn:?}");
    assert!(harness.query_by_label(&qdpx).is_some(), "named in logical order");
    glosa::ui::i18n::set_language(Language::English);
}
