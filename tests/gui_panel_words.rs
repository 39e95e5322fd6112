//! The stakeholder groups panel is wide enough for the longest single word of
//! its group names and of its heading in every interface language (issue 13):
//! "intergouvernementales" (fr), "intergubernamentales" (es),
//! "Межправительственные" and "Заинтересованные" (ru) wrap only at spaces,
//! never inside the word. Driven headlessly through `egui_kittest` on the
//! bundled sample with its example annotations and read through AccessKit:
//! each group button's and the heading's drawn width against the width of
//! their longest word laid out in the same font on one line.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use std::path::Path;

use egui::accesskit::Role;
use egui::{FontId, TextStyle, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::ui::app::Settings;
use glosa::ui::fonts::GlosaFonts;
use glosa::ui::i18n::{self, Language};
use glosa::ui::{GlosaApp, StartArgs};
use gui_support::common::example_copy;
use gui_support::{harness, settle};

/// The app in `language` on `document` with the annotation file `annotations`,
/// in a 1280 × 800 window, bundled fonts only.
fn app_in(language: Language, document: &Path, annotations: &Path) -> Harness<'static, GlosaApp> {
    let args = StartArgs { file: Some(document.to_owned()), annotations: Some(annotations.to_owned()), data_dir: None };
    let settings = Settings { language: Some(language), ..Settings::default() };
    let mut app = GlosaApp::with_settings(settings, args);
    app.fonts = GlosaFonts::bundled_only();
    let mut harness = harness(app, vec2(1280.0, 800.0));
    settle(&mut harness);
    harness
}

/// Width in points of `text` on one line in `font`.
fn width_of(harness: &Harness<'_, GlosaApp>, text: &str, font: &FontId) -> f32 {
    harness.ctx.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE).size().x)
}

/// The widest word of `text` in `font` (split at spaces, where egui wraps),
/// with the word itself.
fn longest_word(harness: &Harness<'_, GlosaApp>, text: &str, font: &FontId) -> (String, f32) {
    text.split_whitespace()
        .map(|w| (w.to_owned(), width_of(harness, w, font)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .expect("a word")
}

/// Every group of the panel: its name in the interface language and its
/// shortcut digit (empty without one).
fn groups(harness: &Harness<'_, GlosaApp>) -> Vec<(String, String)> {
    let session = harness.state().session().expect("a document");
    session
        .set()
        .tags
        .tags()
        .iter()
        .map(|t| (i18n::tag_label(t), t.shortcut.map(|d| d.to_string()).unwrap_or_default()))
        .collect()
}

/// Asserts that in `language` each group button leaves its name at least the
/// width of the name's longest word (button width less its padding, the gap
/// and the shortcut), and the heading is drawn at least as wide as its
/// longest word; returns the longest group word seen, for the caller's check.
fn no_word_broken(language: Language) -> String {
    let (_dir, document, annotations) = example_copy();
    let harness = app_in(language, &document, &annotations);
    let style = harness.ctx.global_style();
    let button_font = TextStyle::Button.resolve(&style);
    let heading_font = TextStyle::Heading.resolve(&style);
    let padding = style.spacing.button_padding.x;
    let gap = style.spacing.item_spacing.x;
    let mut widest = (String::new(), 0.0_f32);
    let groups = groups(&harness);
    assert_eq!(groups.len(), 6, "{language:?}: the six WSIS groups of the sample");
    for (label, shortcut) in groups {
        let (word, word_width) = longest_word(&harness, &label, &button_font);
        let button = harness.get_by_role_and_label(Role::Button, &label).rect();
        let room = button.width() - 2.0 * padding - gap - width_of(&harness, &shortcut, &button_font);
        assert!(
            room >= word_width,
            "{language:?}: group {label:?} leaves {room} points for its text, \"{word}\" needs {word_width}"
        );
        if word_width > widest.1 {
            widest = (word, word_width);
        }
    }
    let heading = glosa::ui::bidi::without_isolates(&i18n::tr_args_logical("tags-heading", &[]));
    let (word, word_width) = longest_word(&harness, &heading, &heading_font);
    let drawn = harness.get_by_role_and_label(Role::Label, &heading).rect();
    assert!(
        drawn.width() >= word_width,
        "{language:?}: heading {heading:?} drawn {} wide, \"{word}\" needs {word_width}",
        drawn.width()
    );
    widest.0
}

#[test]
fn french_group_names_wrap_only_at_spaces() {
    assert_eq!(no_word_broken(Language::French), "intergouvernementales");
}

#[test]
fn spanish_group_names_wrap_only_at_spaces() {
    assert_eq!(no_word_broken(Language::Spanish), "intergubernamentales");
}

#[test]
fn russian_group_names_and_heading_wrap_only_at_spaces() {
    assert_eq!(no_word_broken(Language::Russian), "Межправительственные");
}

#[test]
fn english_group_names_wrap_only_at_spaces() {
    assert_eq!(no_word_broken(Language::English), "Intergovernmental");
}

#[test]
fn chinese_group_names_need_no_spaces() {
    // No spaces: the whole name is one "word"; every name still fits one line.
    assert_eq!(no_word_broken(Language::Chinese), "学术界和技术界");
}

#[test]
fn arabic_group_names_wrap_only_at_spaces() {
    no_word_broken(Language::Arabic);
}
