//! The whole interface mirrors in a right-to-left interface language (issue 13):
//! beyond the side panels, the menu bar, the find bar, the status bar, the rows
//! of the panels (an annotation of the list, a stakeholder group, the agreement
//! table) and the dialogs (Export, the path dialog, the help overlay) start on
//! the right in Arabic, as in mature right-to-left desktop apps, and on the
//! left in English. Driven headlessly
//! through `egui_kittest` on the bundled sample with its example annotations and
//! read through AccessKit, where each widget has its name in logical order.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use std::path::Path;

use egui::accesskit::Role;
use egui::{Key, Modifiers, Rect, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use glosa::ui::app::Settings;
use glosa::ui::command::{Action, Command, FileDialogKind, Modal, POINTER_HELP, PathPrompt};
use glosa::ui::fonts::GlosaFonts;
use glosa::ui::i18n::{self, FluentValue, Language};
use glosa::ui::{GlosaApp, StartArgs};
use gui_support::common::example_copy;
use gui_support::{harness, press_with, settle};

/// The app in `language` on `document` with the annotation file `annotations`.
fn app_in(language: Language, document: &Path, annotations: &Path) -> Harness<'static, GlosaApp> {
    app_in_window(language, document, annotations, vec2(1280.0, 800.0))
}

/// [`app_in`] in a window of `size`.
fn app_in_window(language: Language, document: &Path, annotations: &Path, size: Vec2) -> Harness<'static, GlosaApp> {
    let args = StartArgs { file: Some(document.to_owned()), annotations: Some(annotations.to_owned()), data_dir: None };
    let settings = Settings { language: Some(language), ..Settings::default() };
    let mut app = GlosaApp::with_settings(settings, args);
    app.fonts = GlosaFonts::bundled_only();
    harness(app, size)
}

/// The catalogue's text for `key` in the harness's language, in logical order
/// and without the isolate marks around its placeables (what screen readers get).
fn text(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    glosa::ui::bidi::without_isolates(&i18n::tr_args_logical(key, args))
}

/// Where the widget with `role` named `label` is.
fn rect_of(harness: &Harness<'_, GlosaApp>, role: Role, label: &str) -> Rect {
    harness.get_by_role_and_label(role, label).rect()
}

/// Whether `first` is right of `second` (their centres).
fn right_of(first: Rect, second: Rect) -> bool {
    first.center().x > second.center().x
}

/// The topmost row of the annotation list: where its ¶ number is, and where
/// its first group's chip is.
fn first_list_row(harness: &Harness<'_, GlosaApp>) -> (Rect, Rect) {
    let row = harness
        .query_all_by_role(Role::ListItem)
        .map(|n| n.rect())
        .min_by(|a, b| a.top().total_cmp(&b.top()))
        .expect("the list has rows");
    let inside = |r: Rect| row.contains_rect(r.shrink(0.5));
    let number = harness
        .query_all_by_role(Role::Label)
        .find(|n| inside(n.rect()) && n.accesskit_node().value().is_some_and(|v| v.starts_with('¶')))
        .expect("the row's ¶ number")
        .rect();
    let chip = harness.query_all_by_role(Role::Button).find(|n| inside(n.rect())).expect("the row's group chip").rect();
    (number, chip)
}

/// For each place, whether its first element is right of its second in
/// `language`: the menu bar (File, Edit), the find bar (its label, Previous;
/// Previous, Next), the status bar (the paragraph count, the saved state), the
/// first annotation of the list (its ¶ number, its group chip), the first
/// stakeholder group (its check box, its button), the Agreement view's table
/// (the tag column, the units column), the Export dialog (Export,
/// Cancel; the first format, Cancel) and the path dialog (OK, Cancel; and
/// whether its heading ends where OK does, on the right) and the help overlay
/// (a shortcut, what it does).
fn first_is_right_of_second(language: Language) -> Vec<(&'static str, bool)> {
    let (_dir, document, annotations) = example_copy();
    let mut harness = app_in(language, &document, &annotations);
    let mut found = Vec::new();

    let file = rect_of(&harness, Role::Button, &text("menu-file", &[]));
    let edit = rect_of(&harness, Role::Button, &text("menu-edit", &[]));
    found.push(("menu bar", right_of(file, edit)));

    press_with(&mut harness, Modifiers::COMMAND, Key::F);
    let label = rect_of(&harness, Role::Label, &text("find-label", &[]));
    let previous = rect_of(&harness, Role::Button, &text("find-previous", &[]));
    let next = rect_of(&harness, Role::Button, &text("find-next", &[]));
    found.push(("find bar: label, previous", right_of(label, previous)));
    found.push(("find bar: previous, next", right_of(previous, next)));

    let count = harness.state().session().unwrap().document().paragraphs().len();
    let paragraphs = rect_of(&harness, Role::Label, &text("status-paragraphs", &[("count", count.into())]));
    let saved = rect_of(&harness, Role::Label, &text("status-saved", &[]));
    found.push(("status bar", right_of(paragraphs, saved)));

    let (number, chip) = first_list_row(&harness);
    found.push(("annotation row", right_of(number, chip)));

    let session = harness.state().session().unwrap();
    let tag = &session.set().tags.tags()[0];
    let label = i18n::tag_label(tag);
    let shown = rect_of(&harness, Role::CheckBox, &text("tags-show", &[("label", label.as_str().into())]));
    let button = rect_of(&harness, Role::Button, &label);
    found.push(("group row", right_of(shown, button)));

    harness.state_mut().command(Command::ToggleAgreementView);
    settle(&mut harness);
    let tags = rect_of(&harness, Role::Label, &text("agreement-col-tag", &[]));
    let units = rect_of(&harness, Role::Label, &text("agreement-col-units", &[]));
    found.push(("agreement table", right_of(tags, units)));

    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    let export = rect_of(&harness, Role::Button, &text("button-export", &[]));
    let cancel = rect_of(&harness, Role::Button, &text("button-cancel", &[]));
    let csv = rect_of(&harness, Role::RadioButton, "CSV");
    found.push(("export dialog: export, cancel", right_of(export, cancel)));
    found.push(("export dialog: first format, cancel", right_of(csv, cancel)));
    press_with(&mut harness, Modifiers::NONE, Key::Escape);

    let prompt = PathPrompt { kind: FileDialogKind::OpenDocument, text: String::new(), reason: "test".to_owned() };
    harness.state_mut().command(Command::ShowModal(Modal::PathPrompt(prompt)));
    harness.run();
    let ok = rect_of(&harness, Role::Button, &text("button-ok", &[]));
    let cancel = rect_of(&harness, Role::Button, &text("button-cancel", &[]));
    let heading = rect_of(&harness, Role::Label, &text("dialog-path-open-document", &[]));
    found.push(("path dialog: ok, cancel", right_of(ok, cancel)));
    found.push(("path dialog: heading and ok end on the right", (heading.right() - ok.right()).abs() < 1.0));
    press_with(&mut harness, Modifiers::NONE, Key::Escape);

    press_with(&mut harness, Modifiers::NONE, Key::F1);
    let keys = rect_of(&harness, Role::Label, "Ctrl+Z");
    let undo = rect_of(&harness, Role::Label, &text("action-undo", &[]));
    found.push(("help: shortcut, what it does", right_of(keys, undo)));
    found
}

/// `found` with every place's answer `expected`.
fn all(found: &[(&'static str, bool)], expected: bool) -> Vec<(&'static str, bool)> {
    found.iter().map(|(place, _)| (*place, expected)).collect()
}

#[test]
fn in_arabic_menus_find_bar_status_bar_list_rows_and_dialogs_start_on_the_right() {
    let found = first_is_right_of_second(Language::Arabic);
    assert_eq!(found.len(), 12);
    assert_eq!(found, all(&found, true));
}

#[test]
fn in_english_menus_find_bar_status_bar_list_rows_and_dialogs_start_on_the_left() {
    let found = first_is_right_of_second(Language::English);
    assert_eq!(found.len(), 12);
    assert_eq!(found, all(&found, false));
}

/// The help overlay's texts (each gesture or shortcut and what it does) in
/// logical order, as screen readers get them, in the harness's language: one
/// row per key, what a key shared by two actions does on two lines.
fn help_texts(harness: &Harness<'_, GlosaApp>) -> Vec<(String, String)> {
    let pointer = POINTER_HELP.iter().map(|key| (text(key, &[]), text(&format!("{key}.action"), &[])));
    let actions = Action::ALL.iter().filter(|a| !a.shortcuts().is_empty()).map(|action| {
        let label = action.label();
        (action.all_shortcuts_text(&harness.ctx), i18n::logical_text(&label).unwrap_or(label))
    });
    let mut rows: Vec<(String, String)> = Vec::new();
    for (keys, action) in pointer.chain(actions) {
        match rows.iter_mut().find(|(k, _)| *k == keys) {
            Some((_, first)) => *first = format!("{first}\n{action}"),
            None => rows.push((keys, action)),
        }
    }
    rows
}

/// Whether `a` and `b` share some area (touching edges do not count).
fn overlap(a: Rect, b: Rect) -> bool {
    let shared = a.intersect(b);
    shared.width() > 0.5 && shared.height() > 0.5
}

/// What is wrong with the help overlay (F1) in `language` in a window of
/// `size`, read through AccessKit: rows that overlap, a row reaching outside
/// the scroll area or under its scroll bar, a row whose shortcut and
/// description overlap or stand outside it, or in the wrong order (the
/// shortcut first in reading order: on the right in Arabic).
fn help_overlay_faults(language: Language, size: Vec2) -> Vec<String> {
    let (_dir, document, annotations) = example_copy();
    let mut harness = app_in_window(language, &document, &annotations, size);
    press_with(&mut harness, Modifiers::NONE, Key::F1);
    let texts = help_texts(&harness);
    let rows: Vec<Rect> = harness.query_all_by_role(Role::Row).map(|n| n.rect()).collect();
    let view = harness.get_by_role(Role::ScrollView).rect();
    let scroll = harness.ctx.global_style().spacing.scroll;
    let clear_of_bar = view.right() - (scroll.bar_inner_margin + scroll.bar_width + scroll.bar_outer_margin);
    let bars: Vec<Rect> =
        harness.query_all_by_role(Role::ScrollBar).map(|n| n.rect()).filter(|bar| view.contains_rect(*bar)).collect();
    let mut faults = Vec::new();
    if rows.len() != texts.len() {
        faults.push(format!("{} rows for {} shortcuts", rows.len(), texts.len()));
    }
    for (i, row) in rows.iter().enumerate() {
        if let Some(other) = rows[i + 1..].iter().find(|other| overlap(*row, **other)) {
            faults.push(format!("row {i} {row:?} overlaps {other:?}"));
        }
        if row.left() < view.left() - 0.5 || row.right() > clear_of_bar + 0.5 {
            faults.push(format!("row {i} {row:?} outside {view:?} clear of its bar ({clear_of_bar})"));
        }
        if let Some(bar) = bars.iter().find(|bar| overlap(*row, **bar)) {
            faults.push(format!("row {i} {row:?} under the scroll bar {bar:?}"));
        }
    }
    for (keys, action) in &texts {
        let labels = |name: &str| -> Vec<Rect> {
            harness.query_all_by_role_and_label(Role::Label, name).map(|n| n.rect()).collect()
        };
        let (keys_rects, action_rects) = (labels(keys), labels(action));
        // The row holding this shortcut and this description (a key such as
        // Escape may stand in two rows).
        let found = rows.iter().find_map(|row| {
            let inside = |r: &&Rect| row.expand(0.5).contains_rect(**r);
            Some((*keys_rects.iter().find(inside)?, *action_rects.iter().find(inside)?))
        });
        let Some((keys_rect, action_rect)) = found else {
            faults.push(format!("“{keys}” / “{action}” not in one row"));
            continue;
        };
        if overlap(keys_rect, action_rect) {
            faults.push(format!("“{keys}” {keys_rect:?} overlaps “{action}” {action_rect:?}"));
        }
        if right_of(keys_rect, action_rect) != language.is_rtl() {
            faults.push(format!("“{keys}” on the wrong side of “{action}”"));
        }
    }
    faults
}

#[test]
fn the_help_overlays_rows_never_overlap_nor_run_under_its_scroll_bar_in_the_six_languages() {
    for language in Language::ALL {
        for size in [vec2(1280.0, 800.0), vec2(800.0, 600.0)] {
            let faults = help_overlay_faults(language, size);
            assert!(faults.is_empty(), "{language:?} at {size:?}: {faults:#?}");
        }
    }
}

/// The tooltip of the stakeholder group with the longest description (its
/// name, an empty line, the description: several lines), hovered in
/// `language`: where its lines are (the labels whose text is part of it).
fn group_tooltip(language: Language) -> Vec<Rect> {
    let (_dir, document, annotations) = example_copy();
    let mut harness = app_in(language, &document, &annotations);
    let session = harness.state().session().unwrap();
    let tags = session.set().tags.tags();
    let tag = tags.iter().max_by_key(|t| i18n::tag_description(t).chars().count()).unwrap();
    let (label, description) = (i18n::tag_label(tag), i18n::tag_description(tag));
    // Tooltips at once, not after half a second of simulated time.
    harness.ctx.global_style_mut(|style| style.interaction.tooltip_delay = 0.0);
    let button = harness.get_by_role_and_label(Role::Button, &label);
    let below_button = button.rect().bottom();
    button.hover();
    settle(&mut harness);
    harness.step();
    settle(&mut harness);
    // Under the button: the name and the description's lines.
    harness
        .query_all_by_role(Role::Label)
        .filter_map(|n| Some((n.accesskit_node().value().or(n.accesskit_node().label())?, n.rect())))
        .filter(|(name, rect)| {
            rect.top() >= below_button
                && (name == &label
                    || (name.chars().count() > 3 && description.contains(name.as_str()))
                    || name.contains(&description))
        })
        .map(|(_, rect)| rect)
        .collect()
}

#[test]
fn in_arabic_a_tooltips_lines_end_on_its_right_and_in_english_start_on_its_left() {
    let lines = group_tooltip(Language::Arabic);
    // The name and the description, broken into two lines or more.
    assert!(lines.len() >= 3, "{lines:?}");
    let right = lines.iter().map(Rect::right).fold(f32::MIN, f32::max);
    for line in &lines {
        assert!(right - line.right() < 1.0, "{line:?} does not end at the right ({right}) of {lines:?}");
    }
    // Lines of different lengths, so they start at different places on the left.
    let left = lines.iter().map(Rect::left).fold(f32::MAX, f32::min);
    assert!(lines.iter().any(|l| l.left() - left > 20.0), "{lines:?}");

    // In English egui draws the tooltip as one label: the name and the
    // description's lines start at its left.
    let lines = group_tooltip(Language::English);
    assert_eq!(lines.len(), 1, "{lines:?}");
}

/// Where the text typed into a field is, and the field, in `language`: "WSIS"
/// in the find bar's field, and a path in the path dialog's.
fn typed_text(language: Language) -> [(Rect, Rect); 2] {
    let (_dir, document, annotations) = example_copy();
    let mut harness = app_in(language, &document, &annotations);
    press_with(&mut harness, Modifiers::COMMAND, Key::F);
    let label = text("find-label", &[]);
    harness.get_by_role_and_label(Role::TextInput, &label).type_text("WSIS");
    settle(&mut harness);
    let field = harness.get_by_role_and_label(Role::TextInput, &label);
    let find = (field.rect(), field.get_by_role(Role::TextRun).rect());

    let prompt =
        PathPrompt { kind: FileDialogKind::OpenDocument, text: "/tmp/brief.txt".to_owned(), reason: "test".to_owned() };
    harness.state_mut().command(Command::ShowModal(Modal::PathPrompt(prompt)));
    settle(&mut harness);
    let field = harness
        .query_all_by_role(Role::TextInput)
        .find(|n| n.value().as_deref() == Some("/tmp/brief.txt"))
        .expect("the path field");
    let path = (field.rect(), field.get_by_role(Role::TextRun).rect());
    [find, path]
}

#[test]
fn in_arabic_words_typed_into_a_field_start_on_the_right_and_paths_on_the_left() {
    let [(field, typed), (path_field, path)] = typed_text(Language::Arabic);
    assert!(field.right() - typed.right() < 10.0, "{typed:?} not at the right of {field:?}");
    assert!(typed.left() - field.left() > 40.0, "{typed:?} fills {field:?}");
    assert!(path.left() - path_field.left() < 10.0, "{path:?} not at the left of {path_field:?}");

    let [(field, typed), (path_field, path)] = typed_text(Language::English);
    assert!(typed.left() - field.left() < 10.0, "{typed:?} not at the left of {field:?}");
    assert!(path.left() - path_field.left() < 10.0, "{path:?} not at the left of {path_field:?}");
}

/// The annotation list's group filter in `language`: where the drop-down
/// box is, and where its selected text ("All groups") is drawn.
fn group_filter(language: Language) -> (Rect, Rect) {
    let (_dir, document, annotations) = example_copy();
    let harness = app_in(language, &document, &annotations);
    let all = text("filter-all-groups", &[]);
    let combo = harness
        .query_all_by_role(Role::ComboBox)
        .find(|n| n.value().as_deref() == Some(all.as_str()))
        .expect("the group filter");
    (combo.rect(), combo.get_by_role(Role::TextRun).rect())
}

#[test]
fn in_arabic_a_drop_down_lists_text_stands_on_its_right_and_in_english_on_its_left() {
    let (combo, shown) = group_filter(Language::Arabic);
    assert!(combo.right() - shown.right() < 12.0, "{shown:?} not at the right of {combo:?}");
    assert!(shown.left() - combo.left() > 20.0, "{shown:?} not clear of the arrow on the left of {combo:?}");

    let (combo, shown) = group_filter(Language::English);
    assert!(shown.left() - combo.left() < 12.0, "{shown:?} not at the left of {combo:?}");
    assert!(combo.right() - shown.right() > 20.0, "{shown:?} not clear of the arrow on the right of {combo:?}");
}

/// View ▸ Language opened by hovering it, in `language`: where its button is
/// in the View menu, and where the submenu's radio button for English is.
fn language_submenu(language: Language) -> (Rect, Rect) {
    let (_dir, document, annotations) = example_copy();
    let mut harness = app_in(language, &document, &annotations);
    harness.get_by_role_and_label(Role::Button, &text("menu-view", &[])).click();
    settle(&mut harness);
    let button = rect_of(&harness, Role::Button, &text("menu-language", &[]));
    harness.get_by_role_and_label(Role::Button, &text("menu-language", &[])).hover();
    settle(&mut harness);
    let english = rect_of(&harness, Role::RadioButton, Language::English.native_name());
    (button, english)
}

#[test]
fn in_arabic_a_submenu_opens_to_the_left_of_its_menu_and_in_english_to_the_right() {
    let (button, english) = language_submenu(Language::Arabic);
    assert!(english.right() < button.left(), "{english:?} not left of {button:?}");
    let (button, english) = language_submenu(Language::English);
    assert!(english.left() > button.right(), "{english:?} not right of {button:?}");
}

#[test]
fn in_french_the_help_names_keys_as_french_keyboards_do_one_row_per_key() {
    let (_dir, document, annotations) = example_copy();
    let mut harness = app_in(Language::French, &document, &annotations);
    press_with(&mut harness, Modifiers::NONE, Key::F1);
    let texts = help_texts(&harness);
    let keys: Vec<&str> = texts.iter().map(|(keys, _)| keys.as_str()).collect();
    for english in ["Escape", "PageDown", "PageUp", "Shift", "Delete", "Backspace", "Home", "End", "Down", "Up"] {
        let found: Vec<&&str> = keys.iter().filter(|k| k.split([',', '+', ' ']).any(|w| w == english)).collect();
        assert!(found.is_empty(), "{english} in {found:?}");
    }
    for french in ["Échap", "Page suiv.", "Maj+F6", "Suppr, Retour arrière", "Alt+↓"] {
        assert!(keys.iter().any(|k| k.contains(french)), "{french} not in {keys:?}");
    }
    // Escape's two meanings in one row, each shown.
    assert_eq!(keys.iter().filter(|k| **k == "Échap").count(), 1, "{keys:?}");
    let (_, escape) = texts.iter().find(|(k, _)| k == "Échap").unwrap();
    assert_eq!(
        escape,
        "Revenir au document\u{202f}; là, effacer la sélection\nEffacer la sélection\u{202f}; fermer la barre de recherche"
    );
    assert!(harness.query_by_role_and_label(Role::Label, escape).is_some(), "the Escape row");
}
