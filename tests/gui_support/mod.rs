//! Helpers for the GUI tests: the app on a copy of the bundled sample, pointer
//! drags over text, and reading the app's state as a user sees it.
#![allow(dead_code, reason = "each GUI test file uses some of the helpers")]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use egui::{Event, Modifiers, PointerButton, Pos2, Vec2, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::model::{Annotation, TagId};
use glosa::ui::{GlosaApp, StartArgs};
use tempfile::TempDir;

#[path = "../common/mod.rs"]
pub mod common;

#[allow(unused_imports, reason = "each GUI test file uses some of the helpers")]
pub use common::{EXAMPLE, SAMPLE, example_copy, repo};

/// A temp folder with a copy of the bundled sample (`brief.txt`), and the path of a
/// new annotation file in it (`mine.glosa.ron`).
pub fn sample_copy() -> (TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    let annotations = dir.path().join("mine.glosa.ron");
    (dir, doc, annotations)
}

/// The app opened on `file` (with `annotations`), at `size`, after its first frames.
pub fn app_at(file: &Path, annotations: Option<&Path>, size: Vec2) -> Harness<'static, GlosaApp> {
    let args = StartArgs { file: Some(file.to_owned()), annotations: annotations.map(Path::to_owned), data_dir: None };
    harness(GlosaApp::new(None, args), size)
}

/// The app opened on `file` at 1280×800, the default window size.
pub fn app_on(file: &Path, annotations: Option<&Path>) -> Harness<'static, GlosaApp> {
    app_at(file, annotations, vec2(1280.0, 800.0))
}

/// A harness around `app` at `size`, after its first frames (see [`settle`]),
/// counting the times a background thread wakes the window ([`wakes`]).
pub fn harness(app: GlosaApp, size: Vec2) -> Harness<'static, GlosaApp> {
    let mut harness = Harness::builder().with_size(size).build_ui_state(|ui, app: &mut GlosaApp| app.ui(ui), app);
    count_wakes(&harness);
    settle(&mut harness);
    harness
}

/// Where [`count_wakes`] keeps its count, in the context's data.
fn wakes_id() -> egui::Id {
    egui::Id::unique("gui_support::wakes")
}

/// Counts the repaints asked for at once from threads other than the one that
/// made the harness (the file watcher, the agreement worker, the index builder,
/// a file dialog's thread), as the window would be woken.
fn count_wakes(harness: &Harness<'_, GlosaApp>) {
    let count = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&count);
    let ui_thread = std::thread::current().id();
    // The observer sees every request (the callback only those that shorten the wait).
    harness.ctx.set_repaint_observer(move |info| {
        if info.delay.is_zero() && std::thread::current().id() != ui_thread {
            counter.fetch_add(1, Ordering::SeqCst);
        }
    });
    harness.ctx.data_mut(|d| d.insert_temp(wakes_id(), count));
}

/// How many times a background thread has woken the window so far (see
/// [`until_woken`]).
pub fn wakes(harness: &Harness<'_, GlosaApp>) -> usize {
    harness.ctx.data(|d| d.get_temp::<Arc<AtomicUsize>>(wakes_id())).map_or(0, |c| c.load(Ordering::SeqCst))
}

/// Frames until a background thread has woken the window more than `since`
/// times ([`wakes`]), then until it is idle: e.g. after a save, the file
/// watcher has reported the file to the app and the app has looked at it (so a
/// check that nothing happened then means something on a slow machine too).
/// Fails after a minute.
pub fn until_woken(harness: &mut Harness<'_, GlosaApp>, since: usize) {
    let started = std::time::Instant::now();
    settle(harness);
    while wakes(harness) <= since {
        assert!(started.elapsed() < std::time::Duration::from_mins(1), "nothing woke the window");
        std::thread::sleep(std::time::Duration::from_millis(20));
        settle(harness);
    }
    settle(harness);
}

/// Frames (as the window runs them when a background thread wakes it) until
/// `done`; fails after a minute, saying `what` did not happen.
pub fn frames_until(harness: &mut Harness<'_, GlosaApp>, what: &str, done: impl Fn(&Harness<'_, GlosaApp>) -> bool) {
    let started = std::time::Instant::now();
    settle(harness);
    while !done(harness) {
        assert!(started.elapsed() < std::time::Duration::from_mins(1), "{what}");
        std::thread::sleep(std::time::Duration::from_millis(20));
        settle(harness);
    }
}

/// Screen position just inside the left edge of code point `offset` of paragraph `index`.
pub fn at(harness: &Harness<'_, GlosaApp>, index: usize, offset: usize) -> Pos2 {
    let view = harness.state().view().expect("a document is open");
    let rect = view.char_rect(index, offset).unwrap_or_else(|| panic!("¶{} not on screen", index + 1));
    pos2(rect.left() + 0.5, rect.center().y)
}

/// Presses the primary button at `from`, moves to `to` in steps, releases.
pub fn drag(harness: &mut Harness<'_, GlosaApp>, from: Pos2, to: Pos2) {
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
    settle(harness);
}

/// Selects code points `start..end` of paragraph `index` by dragging over them.
pub fn select(harness: &mut Harness<'_, GlosaApp>, index: usize, start: usize, end: usize) {
    let (from, to) = (at(harness, index, start), at(harness, index, end));
    drag(harness, from, to);
}

/// A click at `pos`.
pub fn click_at(harness: &mut Harness<'_, GlosaApp>, pos: Pos2) {
    harness.event(Event::PointerMoved(pos));
    harness.step();
    harness.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.step();
    harness.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    settle(harness);
}

/// The text of paragraph `index`.
pub fn text_of(harness: &Harness<'_, GlosaApp>, index: usize) -> String {
    let doc = harness.state().session().unwrap().document();
    doc.text_of(&doc.paragraphs()[index]).to_owned()
}

/// Annotations in document order.
pub fn annotations(harness: &Harness<'_, GlosaApp>) -> Vec<Annotation> {
    let session = harness.state().session().unwrap();
    session.order().iter().filter_map(|id| session.annotation(*id).cloned()).collect()
}

/// A tag ID.
pub fn tag(id: &str) -> TagId {
    TagId::new(id).unwrap()
}

/// Opens menu `menu` and clicks the entry whose label contains `item`.
pub fn menu(harness: &mut Harness<'_, GlosaApp>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    settle(harness);
    harness.get_by_label_contains(item).click();
    settle(harness);
}

/// A key press, then frames until the app is idle ([`settle`]).
pub fn press(harness: &mut Harness<'_, GlosaApp>, key: egui::Key) {
    harness.key_press(key);
    settle(harness);
}

/// A key press with modifiers, then frames until the app is idle ([`settle`]).
pub fn press_with(harness: &mut Harness<'_, GlosaApp>, modifiers: Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    settle(harness);
}

/// Types `file` into the open in-app path dialog titled `title` (after the
/// folder it starts in, or over the whole path it suggests when that is a file's)
/// and clicks OK.
pub fn type_path(harness: &mut Harness<'_, GlosaApp>, title: &str, file: &Path) {
    use egui_kittest::kittest::NodeT;
    assert!(harness.query_by_label(title).is_some(), "the path dialog “{title}” asks for the file");
    let field = || |n: &egui_kittest::Node<'_>| n.accesskit_node().label().is_some_and(|l| l.contains("Type the path"));
    let typed = harness.query_all_by_role(egui::accesskit::Role::TextInput).find(field()).expect("the path field");
    let typed = typed.value().unwrap();
    let whole = file.display().to_string();
    let rest = if let Some(rest) = whole.strip_prefix(&typed) {
        rest.to_owned()
    } else {
        // A suggested file name: select it all, and type over it.
        harness.query_all_by_role(egui::accesskit::Role::TextInput).find(field()).unwrap().focus();
        harness.run();
        press_with(harness, Modifiers::COMMAND, egui::Key::A);
        whole
    };
    harness.query_all_by_role(egui::accesskit::Role::TextInput).find(field()).unwrap().type_text(&rest);
    settle(harness);
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "OK").click();
    settle(harness);
}

/// Runs frames until the app stops asking for them, like `Harness::run`, but
/// lets background work take as long as a slow machine needs: a job that ends
/// while the frames run (the project's index, the agreement worker, a save's
/// file-watcher event) wakes the window for more frames than `Harness::run`
/// allows, and the Agreement view's spinner asks for frames until its worker
/// is done. Fails after a minute.
pub fn settle(harness: &mut Harness<'_, GlosaApp>) {
    let started = std::time::Instant::now();
    while let Err(err) = harness.try_run() {
        assert!(started.elapsed() < std::time::Duration::from_mins(1), "{err}");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Frames until the open project's files are read (at once when no project is
/// open); fails after a minute.
pub fn wait_for_project(harness: &mut Harness<'_, GlosaApp>) {
    let started = std::time::Instant::now();
    while harness.state().state.project.corpus().is_some() && harness.state().state.project.index().is_none() {
        assert!(started.elapsed() < std::time::Duration::from_mins(1), "the project's files were never read");
        std::thread::sleep(std::time::Duration::from_millis(20));
        settle(harness);
    }
    settle(harness);
}

/// The app with its interface in `language` (bundled fonts only) on the project
/// folder `path`, in a window of `size`, its files read.
pub fn app_in_language(language: glosa::ui::i18n::Language, path: &Path, size: Vec2) -> Harness<'static, GlosaApp> {
    let args = StartArgs { file: Some(path.to_owned()), annotations: None, data_dir: None };
    let settings = glosa::ui::app::Settings { language: Some(language), ..glosa::ui::app::Settings::default() };
    let mut app = GlosaApp::with_settings(settings, args);
    app.fonts = glosa::ui::fonts::GlosaFonts::bundled_only();
    let mut harness = harness(app, size);
    wait_for_project(&mut harness);
    harness
}
