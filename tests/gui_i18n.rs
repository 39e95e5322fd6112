//! The six UN languages in the app, driven headlessly through `egui_kittest` (no
//! GPU): fonts for every UDHR of the corpus, the interface language, right-to-left
//! selection, and a coding session with the keyboard alone. `egui_kittest` panics on
//! any glyph no font has, so a test that draws a document also proves its fonts.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use std::path::{Path, PathBuf};

use egui::{Event, Key, Modifiers, Pos2, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::model::Annotation;
use glosa::ui::app::Settings;
use glosa::ui::command::{Command, Scroll};
use glosa::ui::fonts::GlosaFonts;
use glosa::ui::i18n::Language;
use glosa::ui::{GlosaApp, StartArgs};
use gui_support::{annotations, drag, harness, text_of};
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
    let args = StartArgs { file: Some(file.to_owned()), annotations: annotations.map(Path::to_owned), data_dir: None };
    let settings = Settings { language: Some(language), ..Settings::default() };
    let mut app = GlosaApp::with_settings(settings, args);
    app.fonts = GlosaFonts::bundled_only();
    harness(app, vec2(1280.0, 800.0))
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
        // Arabic labels are handed to egui in visual order (`i18n::shown`), but
        // AccessKit names them in logical order (`i18n::LogicalNames`).
        assert!(harness.query_by_label(file_menu).is_some(), "{language}: {file_menu}");
        assert!(harness.query_by_label(heading).is_some(), "{language}: {heading}");
        assert!(harness.query_by_label(governments).is_some(), "{language}: {governments}");
    }
    assert_eq!(harness.state().state.settings.language, Some(Language::English));
}

/// Code point offset of the first `needle` in paragraph `index` (and of its end).
fn find(harness: &Harness<'_, GlosaApp>, index: usize, needle: &str) -> (usize, usize) {
    let text = text_of(harness, index);
    let byte = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in ¶{}", index + 1));
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// The screen point of the caret before code point `offset` of paragraph `index`.
fn caret(harness: &Harness<'_, GlosaApp>, index: usize, offset: usize) -> Pos2 {
    let rect = harness.state().view().unwrap().char_rect(index, offset).unwrap();
    pos2(rect.left(), rect.center().y)
}

/// A point 1 pt inside code point `offset` of paragraph `index`, next to its
/// leading edge (where reading it starts: the right of an Arabic letter) or its
/// trailing edge, where a reader would press to start or end a selection there.
fn inside(harness: &Harness<'_, GlosaApp>, index: usize, offset: usize, leading: bool) -> Pos2 {
    let view = harness.state().view().unwrap();
    let rect = view.span_rects(index, offset, offset + 1).unwrap()[0];
    let lead = caret(harness, index, offset).x;
    let lead_is_left = (lead - rect.left()).abs() < (lead - rect.right()).abs();
    let x = if leading == lead_is_left { rect.left() + 1.0 } else { rect.right() - 1.0 };
    pos2(x, rect.center().y)
}

/// Drags from the start of code point `from` to the end of code point `to − 1`
/// (or backwards), tags with key 1, and returns the new annotation's quote and how
/// many rectangles its highlight paints.
fn drag_and_tag(harness: &mut Harness<'_, GlosaApp>, index: usize, from: usize, to: usize) -> (String, usize) {
    let (a, b) = if from <= to {
        (inside(harness, index, from, true), inside(harness, index, to - 1, false))
    } else {
        (inside(harness, index, from - 1, false), inside(harness, index, to, true))
    };
    drag(harness, a, b);
    harness.key_press(Key::Num1);
    harness.run();
    let made = annotations(harness);
    let newest = made.iter().max_by_key(|a| a.created).unwrap();
    let (start, end) = (from.min(to), from.max(to));
    let rects = harness.state().view().unwrap().span_rects(index, start, end).unwrap();
    assert!(rects.iter().all(|r| r.width() > 0.0));
    (newest.quote(), rects.len())
}

#[test]
fn spans_inside_arabic_paragraphs_are_selected_and_quoted_exactly() {
    let (_dir, doc, file) = copy_of(&corpus("udhr_arb.txt"));
    let mut harness = app_in(Language::English, &doc, Some(&file));
    let paragraphs = harness.state().session().unwrap().document().paragraphs().len();
    let title = (0..paragraphs).find(|i| text_of(&harness, *i) == "الإعلان العالمي لحقوق الإنسان").unwrap();
    show(&mut harness, title + 1);
    // Right-aligned: the title ends near the right edge of the text column, ¶ number beyond it.
    let start = caret(&harness, title, 0);
    let end = caret(&harness, title, text_of(&harness, title).chars().count());
    assert!(start.x > end.x, "the first letter is right of the last");
    // Words read right to left: the first word is right of the second.
    let (second, _) = find(&harness, title, "العالمي");
    assert!(caret(&harness, title, 0).x > caret(&harness, title, second).x);
    assert!(caret(&harness, title, second).x > caret(&harness, title, second + 7).x);

    // Pure Arabic: two words in the middle of the title, dragged right to left.
    let (from, to) = find(&harness, title, "العالمي لحقوق");
    let (quote, rects) = drag_and_tag(&mut harness, title, from, to);
    assert_eq!(quote, "العالمي لحقوق");
    // Word, space, word: egui shapes each stretch of one font apart; they touch.
    assert_eq!(rects, 3);
    assert!(harness.query_by_label("Governments: العالمي لحقوق").is_some());

    // Arabic with Latin digits: the run "217" is left to right inside the sentence,
    // so the highlight is several rectangles; the quote is the logical text.
    let adopted = title + 1;
    let (from, _) = find(&harness, adopted, "العامة 217");
    let (_, to) = find(&harness, adopted, "ألف (د-3)");
    let (quote, rects) = drag_and_tag(&mut harness, adopted, from, to);
    assert_eq!(quote, "العامة 217 ألف (د-3)");
    assert!(rects >= 3, "{rects} rectangles");

    // Dragging the other way (from the later word back) selects the same text.
    let (from, to) = find(&harness, adopted, "كانون الأول");
    let (quote, _) = drag_and_tag(&mut harness, adopted, to, from);
    assert_eq!(quote, "كانون الأول");

    // Saved with the exact quotes.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = glosa::persist::annotations::load(&file).unwrap();
    let mut quotes: Vec<String> = saved.annotations.iter().map(Annotation::quote).collect();
    quotes.sort();
    assert_eq!(quotes, ["العالمي لحقوق", "العامة 217 ألف (د-3)", "كانون الأول"]);
}

/// A small fixture for what the UDHR lacks: Latin text quoting Arabic, and Arabic
/// naming organisations in Latin letters.
const MIXED: &str = "The Tunis Agenda is cited in Arabic as «أجندة تونس لمجتمع المعلومات» in the 2005 text.\n\n\
                     وقدمت منظمة ICANN ومنظمة ITU تقريرين في عام 2013 إلى المنتدى.\n";

#[test]
fn mixed_direction_spans_quote_the_logical_text() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("mixed.txt");
    std::fs::write(&doc, MIXED).unwrap();
    let file = dir.path().join("mixed.glosa.ron");
    let mut harness = app_in(Language::English, &doc, Some(&file));

    // Latin paragraph (left to right) into its Arabic quotation.
    let (from, _) = find(&harness, 0, "Agenda is");
    let (_, to) = find(&harness, 0, "أجندة تونس");
    let (quote, rects) = drag_and_tag(&mut harness, 0, from, to);
    assert_eq!(quote, "Agenda is cited in Arabic as «أجندة تونس");
    assert!(rects >= 2, "{rects} rectangles");
    let left = caret(&harness, 0, 0);
    assert!(left.x < caret(&harness, 0, 5).x, "a Latin paragraph stays left to right");

    // Arabic paragraph (right to left) with two Latin names.
    let (from, _) = find(&harness, 1, "ICANN");
    let (_, to) = find(&harness, 1, "ITU");
    let (quote, rects) = drag_and_tag(&mut harness, 1, from, to);
    assert_eq!(quote, "ICANN ومنظمة ITU");
    assert!(rects >= 3, "{rects} rectangles");
    assert!(caret(&harness, 1, 0).x > caret(&harness, 1, 5).x, "an Arabic paragraph reads right to left");
    let (icann, _) = find(&harness, 1, "ICANN");
    let (itu, _) = find(&harness, 1, "ITU");
    assert!(caret(&harness, 1, icann).x > caret(&harness, 1, itu).x, "ICANN, named first, is right of ITU");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = glosa::persist::annotations::load(&file).unwrap();
    let mut quotes: Vec<String> = saved.annotations.iter().map(Annotation::quote).collect();
    quotes.sort();
    assert_eq!(quotes, ["Agenda is cited in Arabic as «أجندة تونس", "ICANN ومنظمة ITU"]);
}

fn press(harness: &mut Harness<'_, GlosaApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn caret_of(harness: &Harness<'_, GlosaApp>) -> (usize, usize) {
    let caret = harness.state().state.caret.expect("a caret");
    (caret.paragraph, caret.offset)
}

/// Open, go to a sentence, select it, tag it, write a note and save, with the
/// keyboard alone; a screen reader hears where the caret is.
#[test]
fn a_coding_session_with_the_keyboard_alone() {
    if glosa::ui::files::native_dialogs_unavailable().is_none() {
        eprintln!("skipped: a desktop session bus is present, so Ctrl+O opens the native file dialog");
        return;
    }
    let (dir, start, _) = copy_of(&corpus("udhr_fra.txt"));
    let brief = dir.path().join("brief.txt");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt"),
        &brief,
    )
    .unwrap();
    let mut harness = app_in(Language::English, &start, None);

    // Open: Ctrl+O, Ctrl+A over the folder it suggests, type the path, Enter.
    press(&mut harness, Modifiers::COMMAND, Key::O);
    press(&mut harness, Modifiers::COMMAND, Key::A);
    harness.event(Event::Text(brief.display().to_string()));
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(harness.state().session().unwrap().workspace().document_path, brief);

    // Ctrl+G 1 Enter: the caret at the start of ¶1, the document has the keyboard.
    press(&mut harness, Modifiers::COMMAND, Key::G);
    harness.event(Event::Text("1".to_owned()));
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(caret_of(&harness), (0, 0));

    // Ctrl+→ word by word to the second sentence.
    let sentence = "Estos han sido reconocidos en general como dos procesos diferentes1.";
    let (start, end) = find(&harness, 0, sentence);
    let mut presses = 0;
    while caret_of(&harness).1 < start {
        press(&mut harness, Modifiers::COMMAND, Key::ArrowRight);
        presses += 1;
        assert!(presses < 60, "stuck at {:?}", caret_of(&harness));
    }
    assert_eq!(caret_of(&harness), (0, start));
    assert_eq!(presses, 37, "one Ctrl+→ per word before it");
    // ← and → step one character; Home goes to the start of the line.
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(caret_of(&harness), (0, start + 1));
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(caret_of(&harness), (0, start));

    // Shift+Ctrl+→ to the end of the sentence selects it.
    while caret_of(&harness).1 < end {
        press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
    }
    let document = harness.get_by_role(egui::accesskit::Role::Document);
    let spoken = document.value().unwrap_or_default();
    assert!(spoken.contains(&format!("Caret in ¶1, character {end}")), "{spoken}");
    assert!(spoken.contains(&format!("Selected: {sentence}")), "{spoken}");

    // 1 tags it with the first group.
    press(&mut harness, Modifiers::NONE, Key::Num1);
    assert_eq!(quotes_of(&harness), [sentence]);

    // F6 to the annotation list, Enter on the row, type the note, Escape, Ctrl+S.
    press(&mut harness, Modifiers::NONE, Key::F6);
    press(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run();
    harness.event(Event::Text("Second sentence of ¶1".to_owned()));
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.ctx.memory(egui::Memory::focused) == Some(glosa::ui::view::document_id()), "back in the document");
    press(&mut harness, Modifiers::COMMAND, Key::S);
    // A first save asks where: Ctrl+A over the suggested folder, the path, Enter.
    press(&mut harness, Modifiers::COMMAND, Key::A);
    harness.event(Event::Text(dir.path().join("brief.glosa.ron").display().to_string()));
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Enter);

    assert!(harness.state().state.modal.is_none(), "{:?}", harness.state().state.modal);
    assert!(!harness.state().is_modified(), "saved");
    let file = harness.state().session().unwrap().workspace().annotations_path.clone();
    assert_eq!(file.parent(), Some(dir.path()));
    let saved = glosa::persist::annotations::load(&file).unwrap();
    assert_eq!(saved.annotations.len(), 1);
    let annotation = saved.annotations.first().unwrap();
    assert_eq!(annotation.quote(), sentence);
    assert_eq!(annotation.note, "Second sentence of ¶1");
    assert_eq!(annotation.tags.iter().map(glosa::model::TagId::as_str).collect::<Vec<_>>(), ["governments"]);
}

fn quotes_of(harness: &Harness<'_, GlosaApp>) -> Vec<String> {
    annotations(harness).iter().map(Annotation::quote).collect()
}

/// The text of every text shape painted in the last frame.
fn painted_texts(harness: &Harness<'_, GlosaApp>) -> Vec<String> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => Some(text.galley.job.text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn screen_readers_get_the_logical_text_of_arabic_labels_drawn_in_visual_order() {
    use egui_kittest::kittest::NodeT;
    use glosa::ui::i18n::{shown, tr_logical};
    let (_dir, doc, annotations) = copy_of(&corpus("udhr_arb.txt"));
    let mut harness = app_in(Language::Arabic, &doc, Some(&annotations));
    // A tag of two words.
    let civil_society = tr_logical("wsis-civil-society");
    assert_eq!(civil_society, "المجتمع المدني");
    let civil_society_shown = shown(civil_society.clone());
    assert_ne!(civil_society_shown, civil_society, "two Arabic words are drawn last word first");
    assert!(harness.query_all_by_label_contains(&civil_society).next().is_some(), "the tag is named in logical order");
    assert!(harness.query_all_by_label_contains(&civil_society_shown).next().is_none(), "no name in visual order");
    assert!(painted_texts(&harness).iter().any(|t| t.contains(&civil_society_shown)), "the tag is drawn visually");
    // The File menu's Save button (one word: the same both ways) and Save as… (two).
    harness.get_by_label(&tr_logical("menu-file")).click();
    harness.run();
    // egui names a button with a shortcut "TEXT SHORTCUT".
    let save = tr_logical("action-save");
    let names = |harness: &Harness<'_, GlosaApp>, text: &str| -> Vec<String> {
        harness.query_all_by_label_contains(text).filter_map(|n| n.accesskit_node().label()).collect()
    };
    assert!(names(&harness, &save).iter().any(|n| n.starts_with(&format!("{save} "))), "{:?}", names(&harness, &save));
    let save_as = tr_logical("action-save-as");
    assert_eq!(save_as, "حفظ باسم…");
    let save_as_names = names(&harness, &save_as);
    assert!(save_as_names.iter().any(|n| n.starts_with(&format!("{save_as} "))), "{save_as_names:?}");
    assert!(harness.query_all_by_label_contains(&shown(save_as.clone())).next().is_none());
    assert!(painted_texts(&harness).contains(&"…باسم حفظ".to_owned()), "and drawn in visual order");
    // Another menu's item: View ▸ Agreement view.
    harness.get_by_label(&tr_logical("menu-file")).click();
    harness.run();
    harness.get_by_label(&tr_logical("menu-view")).click();
    harness.run();
    let agreement = tr_logical("action-agreement-view");
    assert_eq!(agreement, "عرض الاتفاق");
    let agreement_names = names(&harness, &agreement);
    assert!(agreement_names.iter().any(|n| n.starts_with(&agreement)), "{agreement_names:?}");
    assert!(harness.query_all_by_label_contains(&shown(agreement.clone())).next().is_none());
    assert!(painted_texts(&harness).contains(&shown(agreement.clone())));
}

#[test]
fn paths_in_arabic_messages_are_drawn_whole_left_to_right_and_no_isolate_mark_shows() {
    use glosa::ui::bidi::{is_isolate, without_isolates};
    use glosa::ui::command::OpenRequest;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("home/ana");
    std::fs::create_dir_all(&folder).unwrap();
    let doc = folder.join("informe.txt");
    std::fs::copy(corpus("udhr_arb.txt"), &doc).unwrap();
    let mut harness = app_in(Language::Arabic, &doc, Some(&folder.join("informe.glosa.ron")));
    let path = doc.display().to_string();
    assert!(path.starts_with('/'), "{path}");

    // The status bar: "Opened PATH", drawn with the path at the left, its slash
    // first, and "Opened" at the right; screen readers get the logical text.
    let opened = format!("فُتح {path}");
    assert_eq!(without_isolates(&harness.state().state.message), format!("{path} فُتح"), "shown in visual order");
    assert!(harness.query_by_label(&opened).is_some(), "the screen reader's name: {opened}");
    let painted = painted_texts(&harness);
    assert!(painted.contains(&format!("{path} فُتح")), "{painted:?}");
    assert!(painted.iter().all(|t| !t.contains(is_isolate)), "{painted:?}");

    // An error in the error dialog (a long message, laid out by `bidi`): the
    // path is one left-to-right run, whole.
    let missing = folder.join("falta.txt");
    harness.state_mut().command(Command::Open(OpenRequest::file(missing.clone())));
    gui_support::settle(&mut harness);
    let error = harness.state().errors().first().cloned().expect("the error is shown");
    let spoken = without_isolates(&error);
    assert!(spoken.ends_with(&format!(": {}", missing.display())), "{spoken}");
    assert!(harness.query_by_label(&spoken).is_some(), "the dialog names it without marks: {spoken}");
    assert!(harness.query_all_by_label_contains("\u{2068}").next().is_none(), "no mark reaches a screen reader");
    let painted = painted_texts(&harness);
    assert!(painted.iter().any(|t| t.contains(&missing.display().to_string())), "{painted:?}");
    assert!(painted.iter().all(|t| !t.contains(is_isolate)), "{painted:?}");
}
