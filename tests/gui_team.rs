//! Team work in the app (issue 10), driven through AccessKit on copies of the
//! bundled sample: File ▸ Merge a colleague's file… (preview per author, one undo
//! step), the Conflicts panel (versions side by side; Take this / Keep both, each
//! undoable), Merge in the external-change dialog, sync-client conflict copies,
//! the recovery prompt after a crash, and each author's highlights shown or
//! hidden.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use glosa::model::{CharOffset, Edit, InstallationId, Local, Segment, TagId};
use glosa::persist::annotations;
use glosa::persist::journal::journal_path;
use glosa::session::sync_copies::MERGED_FOLDER;
use glosa::session::{Session, new_highlight};
use glosa::ui::app::Settings;
use glosa::ui::command::Command;
use glosa::ui::fonts::GlosaFonts;
use glosa::ui::i18n::Language;
use glosa::ui::{GlosaApp, StartArgs};
use glosa::workspace::Workspace;
use gui_support::{annotations as shown, app_on, example_copy, menu, press, press_with, select};

const SYNCTHING: &str = "brief.glosa.sync-conflict-20260105-093012-7XQ4ZPL.ron";

/// `file` copied to `name` beside it, with one more highlight by `author` (note
/// `note`) on paragraph `paragraph`, saved.
fn colleague_copy(file: &Path, name: &str, author: &str, note: &str, paragraph: usize) -> PathBuf {
    let copy = file.with_file_name(name);
    std::fs::copy(file, &copy).unwrap();
    add_highlight(&copy, author, note, paragraph);
    copy
}

/// Adds a highlight by `author` to `file` and saves, as a colleague's Glosa would.
fn add_highlight(file: &Path, author: &str, note: &str, paragraph: usize) {
    let mut theirs = Session::open_annotations(file).unwrap();
    let segment = Segment::new(theirs.document(), paragraph, CharOffset(0), CharOffset(12)).unwrap();
    let mut annotation =
        new_highlight(vec![segment], [TagId::new("civil-society").unwrap()].into(), author, glosa::workspace::now())
            .unwrap();
    note.clone_into(&mut annotation.note);
    theirs.apply(Edit::Create(Box::new(annotation))).unwrap();
    theirs.save().unwrap();
}

fn notes(harness: &Harness<'_, GlosaApp>) -> Vec<String> {
    let mut notes: Vec<String> = shown(harness).iter().map(|a| a.note.clone()).filter(|n| !n.is_empty()).collect();
    notes.sort();
    notes
}

fn has_note(harness: &Harness<'_, GlosaApp>, note: &str) -> bool {
    shown(harness).iter().any(|a| a.note == note)
}

/// Types `path` into the in-app path dialog (there is no file dialog service in
/// tests) and presses OK.
fn type_path(harness: &mut Harness<'_, GlosaApp>, path: &Path) {
    let field = harness
        .query_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().label().is_some_and(|l| l.contains("Type the path")))
        .expect("the path dialog is open");
    let typed = field.value().unwrap();
    let full = path.display().to_string();
    field.type_text(full.strip_prefix(&typed).expect("the dialog starts in the document's folder"));
    gui_support::settle(harness);
    harness.get_by_role_and_label(Role::Button, "OK").click();
    gui_support::settle(harness);
}

#[test]
fn merging_a_colleagues_file_previews_it_per_author_and_is_one_undo_step() {
    let (_dir, _doc, file) = example_copy();
    let kwame = colleague_copy(&file, "kwame.glosa.ron", "Kwame Mensah", "de Kwame", 3);
    add_highlight(&kwame, "Kwame Mensah", "otra de Kwame", 5);
    let mut harness = app_on(&file, None);
    assert_eq!(shown(&harness).len(), 10);

    menu(&mut harness, "File", "Merge a colleague's file…");
    type_path(&mut harness, &kwame);
    assert!(harness.query_by_label("Merge a colleague's file").is_some(), "the preview is shown");
    assert_eq!(shown(&harness).len(), 10, "the preview changes nothing");
    assert!(harness.query_by_label("Kwame Mensah").is_some(), "one row per author");
    assert!(harness.query_by_label("The merge is one step: Ctrl+Z takes all of it back.").is_some());
    harness.get_by_role_and_label(Role::Button, "Merge").click();
    gui_support::settle(&mut harness);

    assert_eq!(shown(&harness).len(), 12);
    assert_eq!(notes(&harness).iter().filter(|n| n.contains("Kwame")).count(), 2);
    assert!(harness.state().is_modified());
    assert!(harness.state().state.message.starts_with("Merged "), "{}", harness.state().state.message);
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::Z);
    assert_eq!(shown(&harness).len(), 10, "one undo step takes the whole merge back");
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::Y);
    assert_eq!(shown(&harness).len(), 12);
}

/// The example with a conflict on its first annotation's note: Ana and Ben each
/// edited it on their own installation, and the two files were merged.
fn example_with_conflict() -> (tempfile::TempDir, PathBuf) {
    let (dir, doc, file) = example_copy();
    let id = annotations::load(&file).unwrap().annotations[0].id;
    let edit = |who: &str, note: &str, second: i64| {
        let mut workspace = Workspace::open(&doc, &file).unwrap();
        let installation: InstallationId = who.parse().unwrap();
        let at = glosa::model::Timestamp::from_second(1_767_603_600 + second).unwrap();
        workspace.set.set_local(Local { installation, now: Some(at) });
        workspace.set.apply(Edit::SetNote { id, note: note.to_owned(), modified: at }).unwrap();
        workspace.set
    };
    let ana = edit("01KBANA0000000000000000000", "Nota de Ana", 10);
    let ben = edit("01KBBEN0000000000000000000", "Nota de Ben", 20);
    let mut workspace = Workspace::open(&doc, &file).unwrap();
    workspace.set = glosa::model::merge::merge(&ana, &ben);
    workspace.save().unwrap();
    (dir, file)
}

#[test]
fn the_conflicts_panel_shows_both_versions_and_take_this_and_keep_both_are_undoable() {
    let (_dir, file) = example_with_conflict();
    let mut harness = app_on(&file, None);
    assert_eq!(harness.state().session().unwrap().conflicts().len(), 1);
    // The status bar names the menu entry too ("… View > Conflicts panel"): click the entry by its exact label.
    harness.get_by_label("View").click();
    gui_support::settle(&mut harness);
    harness.get_by_label("Conflicts panel").click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label("Conflicts (1)").is_some());
    assert!(harness.query_by_label("Version 1 (shown)").is_some());
    assert!(harness.query_by_label("Version 2").is_some());
    assert!(harness.query_by_label("Note in this version: Nota de Ben").is_some(), "the later change is shown first");
    assert!(harness.query_by_label("Note in this version: Nota de Ana").is_some());

    // Take this under version 2: Ana's note wins.
    let take: Vec<_> = harness.query_all_by_role_and_label(Role::Button, "Take this").collect();
    assert_eq!(take.len(), 2);
    take[1].click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label("Conflicts (0)").is_some());
    assert!(has_note(&harness, "Nota de Ana") && !has_note(&harness, "Nota de Ben"));
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::Z);
    assert!(harness.query_by_label("Conflicts (1)").is_some(), "undo brings the conflict back");
    assert!(has_note(&harness, "Nota de Ben"));

    // Keep both: two annotations, one each.
    harness.get_by_role_and_label(Role::Button, "Keep both as separate annotations").click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label("Conflicts (0)").is_some());
    assert_eq!(shown(&harness).len(), 11);
    assert!(has_note(&harness, "Nota de Ana") && has_note(&harness, "Nota de Ben"));
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::Z);
    assert_eq!(shown(&harness).len(), 10);
    assert!(harness.query_by_label("Conflicts (1)").is_some());
}

/// Runs frames until `done`, for at most a minute (the file watcher's thread).
fn frames_until(harness: &mut Harness<'_, GlosaApp>, done: impl Fn(&Harness<'_, GlosaApp>) -> bool) {
    gui_support::frames_until(harness, "the app did not notice the change on disk", done);
}

#[test]
fn a_clean_change_on_disk_with_unsaved_edits_is_merged_at_once_and_the_notice_undoes_it() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    select(&mut harness, 0, 0, 26);
    press(&mut harness, Key::Num3);
    add_highlight(&file, "Kwame", "from Kwame", 8);
    frames_until(&mut harness, |h| has_note(h, "from Kwame"));
    assert!(harness.query_by_label("The annotation file changed on disk").is_none(), "no dialog for a clean merge");
    assert_eq!(shown(&harness).len(), 12, "10 + mine + theirs");
    assert!(harness.state().is_modified(), "mine is still unsaved");
    assert!(harness.query_by_label("Merged 1 change from disk").is_some(), "a notice says so");
    assert!(harness.state().state.message.starts_with("Merged their version on disk: added 1,"));

    harness.get_by_role_and_label(Role::Button, "Undo").click();
    gui_support::settle(&mut harness);
    assert_eq!(shown(&harness).len(), 11, "Undo in the notice takes the merge back, mine stays");
    assert!(!has_note(&harness, "from Kwame"));
    assert!(harness.query_by_label("Merged 1 change from disk").is_none());
    // Not asked about again; Save merges under the lock, so theirs is kept.
    for _ in 0..10 {
        std::thread::sleep(Duration::from_millis(20));
        gui_support::settle(&mut harness);
    }
    assert!(harness.query_by_label("The annotation file changed on disk").is_none());
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::S);
    let saved = annotations::load(&file).unwrap();
    assert_eq!(saved.annotations.len(), 12);
    assert!(saved.annotations.iter().any(|a| a.segments[0].quote == "ENTRE LOS RESULTADOS CLAVE"));
}

/// The active session's revision.
fn revision_of(harness: &Harness<'_, GlosaApp>) -> u64 {
    let state = &harness.state().state;
    state.active.and_then(|id| state.project.get(id)).unwrap().revision()
}

#[test]
fn a_change_on_disk_that_brings_nothing_new_shows_no_notice_and_makes_no_undo_step() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    select(&mut harness, 0, 0, 26);
    press(&mut harness, Key::Num3);
    let revision = revision_of(&harness);
    // A sync client writes the same annotations again (a newline more).
    let wakes = gui_support::wakes(&harness);
    std::fs::write(&file, format!("{}\n", std::fs::read_to_string(&file).unwrap())).unwrap();
    // The watcher reports it (however long that takes) and the app looks.
    gui_support::until_woken(&mut harness, wakes);
    for _ in 0..10 {
        std::thread::sleep(Duration::from_millis(20));
        gui_support::settle(&mut harness);
        assert!(harness.query_by_label("Merged 0 changes from disk").is_none(), "no notice for nothing");
    }
    assert_eq!(revision_of(&harness), revision, "no undo step");
    assert!(harness.query_by_label("The annotation file changed on disk").is_none());
    // A real change afterwards is merged and noticed as before.
    add_highlight(&file, "Kwame", "from Kwame", 8);
    frames_until(&mut harness, |h| has_note(h, "from Kwame"));
    assert!(harness.query_by_label("Merged 1 change from disk").is_some());
    assert_eq!(shown(&harness).len(), 12, "10 + mine + theirs");
}

#[test]
fn the_notice_goes_once_the_user_edits_on() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    add_highlight(&file, "Kwame", "from Kwame", 8);
    frames_until(&mut harness, |h| has_note(h, "from Kwame"));
    assert!(harness.query_by_label("Merged 1 change from disk").is_some(), "also when nothing was unsaved");
    assert!(!harness.state().is_modified());
    select(&mut harness, 0, 0, 26);
    press(&mut harness, Key::Num3);
    assert!(harness.query_by_label("Merged 1 change from disk").is_none(), "Undo would no longer undo that step");
}

#[test]
fn a_conflicting_change_on_disk_still_asks_and_merge_lists_the_conflict() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    let id = harness.state().session_id().unwrap();
    let first = shown(&harness)[0].id;
    harness.state_mut().command(Command::SetNote(id, first, "mine".to_owned()));
    gui_support::settle(&mut harness);
    let mut theirs = Session::open_annotations(&file).unwrap();
    theirs.apply(Edit::SetNote { id: first, note: "theirs".to_owned(), modified: glosa::workspace::now() }).unwrap();
    theirs.save().unwrap();
    frames_until(&mut harness, |h| h.query_by_label("The annotation file changed on disk").is_some());
    assert_eq!(shown(&harness)[0].note, "mine", "nothing touched while asking");
    harness.get_by_role_and_label(Role::Button, "Merge (keep both)").click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label("Conflicts (1)").is_some(), "the Conflicts panel opens");
    for _ in 0..10 {
        std::thread::sleep(Duration::from_millis(20));
        gui_support::settle(&mut harness);
    }
    assert!(harness.query_by_label("The annotation file changed on disk").is_none(), "not asked again");
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::S);
    assert!(harness.state().state.message.starts_with("Saved "), "{}", harness.state().state.message);
    let saved = annotations::read(&file).unwrap().file.into_set().1;
    let notes: Vec<String> = saved.annotations.versions_of(&first).iter().map(|v| v.value.note.clone()).collect();
    assert_eq!(notes.len(), 2, "both versions kept in the file: {notes:?}");
    assert!(notes.contains(&"mine".to_owned()) && notes.contains(&"theirs".to_owned()));
}

#[test]
fn conflict_copies_of_a_sync_client_are_offered_on_open_merged_and_moved_aside_by_the_save() {
    let (dir, _doc, file) = example_copy();
    let copy = colleague_copy(&file, SYNCTHING, "Kwame", "de Kwame", 3);
    let mut harness = app_on(&file, None);
    assert!(harness.query_by_label("Merge 1 conflict copy made by your sync client").is_some());
    assert!(harness.query_by_label(SYNCTHING).is_some(), "the copy is named");
    harness.get_by_role_and_label(Role::Button, "Merge").click();
    gui_support::settle(&mut harness);
    assert_eq!(shown(&harness).len(), 11);
    assert!(has_note(&harness, "de Kwame"));
    assert!(copy.exists(), "kept until a save holds it");
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::S);
    assert!(!copy.exists());
    assert!(dir.path().join(MERGED_FOLDER).join(SYNCTHING).exists());
    assert_eq!(annotations::load(&file).unwrap().annotations.len(), 11);
}

#[test]
fn not_now_leaves_the_copy_and_a_copy_appearing_later_is_offered_by_the_watcher() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    assert!(harness.query_by_label_contains("conflict cop").is_none());
    let copy = colleague_copy(&file, "brief (copia en conflicto de Kwame 2026-01-05).glosa.ron", "Kwame", "x", 3);
    frames_until(&mut harness, |h| h.query_by_label("Merge 1 conflict copy made by your sync client").is_some());
    harness.get_by_role_and_label(Role::Button, "Not now").click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label_contains("conflict copy made by").is_none());
    assert_eq!(shown(&harness).len(), 10);
    assert!(copy.exists());
}

#[test]
fn after_a_crash_the_app_offers_to_recover_the_unsaved_changes() {
    let (_dir, _doc, file) = example_copy();
    {
        let mut crashed = Session::open_annotations(&file).unwrap();
        let segment = Segment::new(crashed.document(), 4, CharOffset(0), CharOffset(9)).unwrap();
        let mut annotation =
            new_highlight(vec![segment], [TagId::new("governments").unwrap()].into(), "Ana", glosa::workspace::now())
                .unwrap();
        annotation.note = "sin guardar".to_owned();
        crashed.apply(Edit::Create(Box::new(annotation))).unwrap();
        assert!(crashed.write_journal().unwrap());
        // Written by the journal thread: the crash comes after it.
        crashed.flush_journal().unwrap();
        std::mem::forget(crashed);
    }
    let mut harness = app_on(&file, None);
    assert!(harness.query_by_label("Recover 1 unsaved change").is_some());
    assert_eq!(shown(&harness).len(), 10, "nothing recovered without asking");
    harness.get_by_role_and_label(Role::Button, "Recover").click();
    gui_support::settle(&mut harness);
    assert_eq!(shown(&harness).len(), 11);
    assert!(has_note(&harness, "sin guardar"));
    assert!(harness.state().is_modified());
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::S);
    assert!(!journal_path(&file).exists(), "the save removes the journal");
}

#[test]
fn discard_in_the_recovery_prompt_removes_the_journal() {
    let (_dir, _doc, file) = example_copy();
    {
        let mut crashed = Session::open_annotations(&file).unwrap();
        let segment = Segment::new(crashed.document(), 4, CharOffset(0), CharOffset(9)).unwrap();
        let annotation =
            new_highlight(vec![segment], [TagId::new("governments").unwrap()].into(), "Ana", glosa::workspace::now())
                .unwrap();
        crashed.apply(Edit::Create(Box::new(annotation))).unwrap();
        crashed.write_journal().unwrap();
        crashed.flush_journal().unwrap();
        std::mem::forget(crashed);
    }
    let mut harness = app_on(&file, None);
    harness.get_by_role_and_label(Role::Button, "Discard").click();
    gui_support::settle(&mut harness);
    assert!(!journal_path(&file).exists());
    assert_eq!(shown(&harness).len(), 10);
    assert!(!harness.state().is_modified());
}

#[test]
fn each_authors_highlights_can_be_hidden_and_shown_again() {
    let (_dir, _doc, file) = example_copy();
    add_highlight(&file, "Kwame", "de Kwame", 3);
    let mut harness = app_on(&file, None);
    let marks = |h: &Harness<'_, GlosaApp>| h.query_all_by_role(Role::Mark).count();
    let before = marks(&harness);
    assert!(before > 0);
    harness.get_by_label("Show Kwame's highlights").click();
    gui_support::settle(&mut harness);
    assert_eq!(marks(&harness), before - 1, "Kwame's one highlight is hidden");
    harness.get_by_label("Show Glosa example's highlights").click();
    gui_support::settle(&mut harness);
    assert_eq!(marks(&harness), 0);
    harness.get_by_label("Show Kwame's highlights").click();
    gui_support::settle(&mut harness);
    assert_eq!(marks(&harness), 1);
    assert_eq!(shown(&harness).len(), 11, "hiding changes no annotation");
}

/// The app on `file` in `language`, with the bundled fonts only.
fn app_in(language: Language, file: &Path) -> Harness<'static, GlosaApp> {
    let args = StartArgs { file: Some(file.to_owned()), annotations: None, data_dir: None };
    let settings = Settings { language: Some(language), ..Settings::default() };
    let mut app = GlosaApp::with_settings(settings, args);
    app.fonts = GlosaFonts::bundled_only();
    gui_support::harness(app, egui::vec2(1280.0, 800.0))
}

/// A label as an Arabic interface shows it: a short one-line message in visual
/// order (see `glosa::ui::i18n::shown`).
fn arabic(label: &str) -> String {
    glosa::ui::i18n::shown(label.to_owned())
}

#[test]
fn the_conflicts_panel_speaks_spanish_and_arabic() {
    let (_dir, file) = example_with_conflict();
    let mut harness = app_in(Language::Spanish, &file);
    harness.state_mut().command(Command::ToggleConflictsPanel);
    gui_support::settle(&mut harness);
    for label in [
        "Conflictos (1)",
        "2 versiones de una anotación, cambiada en dos ordenadores:",
        "Versión 1 (mostrada)",
        "Versión 2",
        "Nota en esta versión: Nota de Ben",
        "Nota en esta versión: Nota de Ana",
    ] {
        assert!(harness.query_by_label(label).is_some(), "{label}");
    }
    assert_eq!(harness.query_all_by_role_and_label(Role::Button, "Quedarse con esta").count(), 2);
    harness.get_by_role_and_label(Role::Button, "Conservar ambas como anotaciones separadas").click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label("Conflictos (0)").is_some());
    assert_eq!(harness.state().state.message, "Conflicto resuelto (Ctrl+Z para deshacer).");
    drop(harness);

    let (_dir, file) = example_with_conflict();
    let mut harness = app_in(Language::Arabic, &file);
    harness.state_mut().command(Command::ToggleConflictsPanel);
    gui_support::settle(&mut harness);
    for label in ["التعارضات (1)", "النسخة 1 (المعروضة)", "النسخة 2"] {
        assert!(harness.query_by_label(label).is_some(), "{label}");
    }
    assert!(harness.query_by_label("نسختان من تعليق واحد، غُيِّر على حاسوبين:").is_some(), "dual form");
    assert_eq!(harness.query_all_by_role_and_label(Role::Button, "اعتماد هذه").count(), 2);
    assert!(harness.query_by_role_and_label(Role::Button, "الإبقاء على الاثنين تعليقين منفصلين").is_some());
    assert!(harness.query_by_label_contains("Take this").is_none(), "no English left");
    glosa::ui::i18n::set_language(Language::English);
}

/// Crashes a session on `file` with one unsaved highlight in its journal.
fn crash_with_one_unsaved_change(file: &Path) {
    let mut crashed = Session::open_annotations(file).unwrap();
    let segment = Segment::new(crashed.document(), 4, CharOffset(0), CharOffset(9)).unwrap();
    let annotation =
        new_highlight(vec![segment], [TagId::new("governments").unwrap()].into(), "Ana", glosa::workspace::now())
            .unwrap();
    crashed.apply(Edit::Create(Box::new(annotation))).unwrap();
    assert!(crashed.write_journal().unwrap());
    crashed.flush_journal().unwrap();
    std::mem::forget(crashed);
}

#[test]
fn the_recovery_prompt_speaks_spanish_and_arabic() {
    let (_dir, _doc, file) = example_copy();
    crash_with_one_unsaved_change(&file);
    let mut harness = app_in(Language::Spanish, &file);
    assert!(harness.query_by_label("Recuperar 1 cambio sin guardar").is_some());
    assert!(harness.query_by_label_contains("1 anotación añadida o cambiada.").is_some());
    for button in ["Recuperar", "Descartar", "Más tarde"] {
        assert!(harness.query_by_role_and_label(Role::Button, button).is_some(), "{button}");
    }
    harness.get_by_role_and_label(Role::Button, "Recuperar").click();
    gui_support::settle(&mut harness);
    assert_eq!(shown(&harness).len(), 11);
    assert!(harness.state().state.message.starts_with("Fusionado el diario de recuperación: añadidas 1,"));
    drop(harness);

    let (_dir, _doc, file) = example_copy();
    crash_with_one_unsaved_change(&file);
    let mut harness = app_in(Language::Arabic, &file);
    assert!(harness.query_by_label("استعادة تغيير واحد غير محفوظ").is_some());
    assert!(harness.query_by_label_contains("تعليق واحد أُضيف أو غُيِّر.").is_some());
    for button in ["استعادة", "تجاهل", "لاحقًا"] {
        assert!(harness.query_by_role_and_label(Role::Button, button).is_some(), "{button}");
    }
    harness.get_by_role_and_label(Role::Button, "تجاهل").click();
    gui_support::settle(&mut harness);
    assert!(!journal_path(&file).exists());
    assert_eq!(harness.state().state.message, arabic("تم تجاهل العمل غير المحفوظ في سجل الاستعادة."));
    glosa::ui::i18n::set_language(Language::English);
}

#[test]
fn hiding_an_author_hides_their_annotations_in_the_list_with_a_line_saying_so() {
    let (_dir, _doc, file) = example_copy();
    add_highlight(&file, "Kwame Mensah", "de Kwame", 3);
    let mut harness = app_on(&file, None);
    assert_eq!(harness.state().state.list.len(), 11);
    assert!(harness.query_all_by_label("KM").count() > 0, "two people: each row has its person's initials");
    assert!(harness.query_all_by_label("GE").count() > 0);

    harness.get_by_label("Show Kwame Mensah's highlights").click();
    gui_support::settle(&mut harness);
    assert_eq!(harness.state().state.list.len(), 10, "Kwame's annotation left the list");
    assert!(harness.query_by_label("1 hidden (author Kwame Mensah)").is_some());
    assert!(
        harness
            .state()
            .state
            .list
            .iter()
            .all(|id| { harness.state().session().unwrap().annotation(*id).unwrap().author == "Glosa example" })
    );
    assert_eq!(shown(&harness).len(), 11, "hiding changes no annotation");

    harness.get_by_role_and_label(Role::Button, "Show").click();
    gui_support::settle(&mut harness);
    assert_eq!(harness.state().state.list.len(), 11);
    assert!(harness.query_by_label_contains("hidden (author").is_none());
}

#[test]
fn one_person_gets_no_initials_chips() {
    let (_dir, _doc, file) = example_copy();
    let harness = app_on(&file, None);
    assert_eq!(harness.query_all_by_label("GE").count(), 0);
    assert!(harness.query_by_label_contains("'s highlights").is_none(), "no authors section for one person");
}

#[test]
fn the_authors_dialog_makes_two_names_one_person_in_one_undo_step() {
    let (_dir, _doc, file) = example_copy();
    add_highlight(&file, "Ana K.", "de Ana", 3);
    add_highlight(&file, "ana.k@example.org", "de ana", 5);
    let mut harness = app_on(&file, None);
    menu(&mut harness, "Team", "Authors…");
    assert!(harness.query_by_label("Names written (annotations)").is_some(), "the dialog is open");
    harness.get_by_label("Ana K. is the same person as…").click();
    gui_support::settle(&mut harness);
    harness.get_by_role_and_label(Role::Button, "ana.k@example.org").click();
    gui_support::settle(&mut harness);

    let session = harness.state().session().unwrap();
    assert_eq!(session.people().person_of("Ana K."), "ana.k@example.org");
    assert_eq!(harness.state().state.message, "“Ana K.” is now ana.k@example.org (Ctrl+Z to undo).");
    assert!(harness.query_by_label("Ana K. is the same person as…").is_none(), "one row for the person");
    assert!(harness.query_by_label("Ana K. (1), ana.k@example.org (1)").is_some(), "both names listed");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Show ana.k@example.org's highlights").is_some(), "the authors panel: one person");
    assert!(harness.query_by_label("Show Ana K.'s highlights").is_none());

    // Hiding the person hides both names' annotations.
    harness.get_by_label("Show ana.k@example.org's highlights").click();
    gui_support::settle(&mut harness);
    assert_eq!(harness.state().state.list.len(), 10);
    assert!(harness.query_by_label("2 hidden (author ana.k@example.org)").is_some());
    harness.get_by_role_and_label(Role::Button, "Show").click();
    gui_support::settle(&mut harness);

    press_with(&mut harness, egui::Modifiers::COMMAND, Key::Z);
    assert!(harness.state().session().unwrap().people().is_empty(), "undo takes the alias back");
    assert!(harness.query_by_label("Show Ana K.'s highlights").is_some());
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::Y);
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::S);
    let saved = annotations::read(&file).unwrap().file.into_set().1;
    assert!(saved.annotations.author_aliases().contains(&("Ana K.".to_owned(), "ana.k@example.org".to_owned())));
}

#[test]
fn edit_in_the_conflicts_panel_resolves_with_a_combination_and_is_undoable() {
    let (_dir, file) = example_with_conflict();
    let mut harness = app_on(&file, None);
    let id = harness.state().session().unwrap().conflicts()[0].id;
    harness.get_by_label("View").click();
    gui_support::settle(&mut harness);
    harness.get_by_label("Conflicts panel").click();
    gui_support::settle(&mut harness);
    harness.get_by_role_and_label(Role::Button, "Edit…").click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label("Edit the annotation in conflict").is_some());
    // Pre-filled with the shown version: Ben's note.
    let note = |h: &Harness<'_, GlosaApp>| {
        h.get_by_role_and_label(Role::MultilineTextInput, "Note").value().unwrap_or_default()
    };
    assert_eq!(note(&harness), "Nota de Ben");
    harness.get_by_label("All combined").click();
    gui_support::settle(&mut harness);
    assert_eq!(note(&harness), "Nota de Ben\n\nNota de Ana");
    assert_eq!(shown(&harness).len(), 10, "nothing changes before Resolve");
    harness.get_by_role_and_label(Role::Button, "Resolve with this").click();
    gui_support::settle(&mut harness);

    let session = harness.state().session().unwrap();
    assert!(session.conflicts().is_empty());
    assert_eq!(session.set().annotations.versions_of(&id).len(), 1, "one version dominating both");
    assert_eq!(session.annotation(id).unwrap().note, "Nota de Ben\n\nNota de Ana");
    assert!(harness.query_by_label("Conflicts (0)").is_some());
    press_with(&mut harness, egui::Modifiers::COMMAND, Key::Z);
    assert!(harness.query_by_label("Conflicts (1)").is_some(), "undo brings the conflict back");
    assert_eq!(harness.state().session().unwrap().set().annotations.versions_of(&id).len(), 2);
}

#[test]
fn later_in_the_recovery_prompt_keeps_the_journal_and_the_team_menu_asks_again() {
    let (_dir, _doc, file) = example_copy();
    crash_with_one_unsaved_change(&file);
    let mut harness = app_on(&file, None);
    harness.get_by_role_and_label(Role::Button, "Later").click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label("Recover 1 unsaved change").is_none());
    assert!(journal_path(&file).exists(), "the journal stays");
    assert_eq!(shown(&harness).len(), 10);
    menu(&mut harness, "Team", "Recover unsaved work from the journal…");
    assert!(harness.query_by_label("Recover 1 unsaved change").is_some(), "asked again");
    harness.get_by_role_and_label(Role::Button, "Recover").click();
    gui_support::settle(&mut harness);
    assert_eq!(shown(&harness).len(), 11);
    harness.get_by_label("Team").click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label_contains("Recover unsaved work").is_none(), "nothing waits any more");
}

#[test]
fn opening_a_file_with_an_unresolved_conflict_says_so_in_the_status_bar() {
    let (_dir, file) = example_with_conflict();
    let harness = app_on(&file, None);
    let message = &harness.state().state.message;
    assert!(message.starts_with("Opened "), "{message}");
    assert!(message.ends_with(" — 1 conflict to resolve: View > Conflicts panel"), "{message}");
}
