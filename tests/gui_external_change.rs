//! The app and files from elsewhere (issue 7 §2, §4), driven through AccessKit:
//! an annotation file changed on disk by someone else while it is open (reloaded
//! at once when nothing is unsaved; a dialog at once when something is), and an
//! annotation file whose document path is absolute, leaves its folder or is
//! missing (the app asks, showing the path, and lets the user pick the document).
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use glosa::model::{CharOffset, Edit, Segment, TagId};
use glosa::persist::annotations;
use glosa::session::{Session, new_highlight};
use glosa::ui::GlosaApp;
use gui_support::{annotations as shown, app_on, example_copy, press, select};

const CHANGED: &str = "The annotation file changed on disk";

/// A colleague's Glosa adds a highlight with `note` to `file` and saves.
fn colleague_adds(file: &Path, note: &str) {
    let mut theirs = Session::open_annotations(file).unwrap();
    let segment = Segment::new(theirs.document(), 8, CharOffset(0), CharOffset(12)).unwrap();
    let mut annotation =
        new_highlight(vec![segment], [TagId::new("civil-society").unwrap()].into(), "Kwame", glosa::workspace::now())
            .unwrap();
    note.clone_into(&mut annotation.note);
    theirs.apply(Edit::Create(Box::new(annotation))).unwrap();
    theirs.save().unwrap();
}

/// Runs frames (as the window would when the watcher wakes it) until `done`, for
/// at most a minute.
fn frames_until(harness: &mut Harness<'_, GlosaApp>, done: impl Fn(&Harness<'_, GlosaApp>) -> bool) {
    gui_support::frames_until(harness, "the app did not notice the change on disk", done);
}

fn notes(harness: &Harness<'_, GlosaApp>) -> Vec<String> {
    let mut notes: Vec<String> = shown(harness).iter().map(|a| a.note.clone()).collect();
    notes.sort();
    notes
}

#[test]
fn an_unmodified_file_changed_by_a_colleague_reloads_at_once_with_a_note_in_the_status_bar() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    assert_eq!(shown(&harness).len(), 10);
    colleague_adds(&file, "from Kwame");
    frames_until(&mut harness, |h| shown(h).len() == 11);
    assert!(notes(&harness).contains(&"from Kwame".to_owned()));
    assert!(!harness.state().is_modified());
    let note = format!("{} was changed by another program; reloaded.", file.display());
    assert!(harness.query_by_label(&note).is_some(), "the status bar says so");
    assert!(harness.query_by_label(CHANGED).is_none(), "no dialog for an unmodified file");
    assert!(harness.query_by_label("Merged 1 change from disk").is_some(), "a notice offers Undo");
    assert!(harness.state().session().unwrap().can_undo());
}

#[test]
fn my_own_saves_never_look_like_a_change_by_someone_else() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    select(&mut harness, 0, 0, 26);
    press(&mut harness, Key::Num3);
    let wakes = gui_support::wakes(&harness);
    gui_support::press_with(&mut harness, egui::Modifiers::COMMAND, Key::S);
    assert!(!harness.state().is_modified());
    assert!(harness.state().state.message.starts_with("Saved "));
    // The watcher reports the save (however long that takes); the app sees its
    // own bytes and does nothing.
    gui_support::until_woken(&mut harness, wakes);
    assert!(harness.query_by_label(CHANGED).is_none());
    assert!(harness.state().state.message.starts_with("Saved "), "no reload note");
    assert!(harness.state().session().unwrap().can_undo(), "the undo history is kept");
}

/// The example copy with one unsaved highlight of mine and a changed note, then
/// a colleague's save changing the same note (a clean change is merged at once,
/// see `tests/gui_team.rs`; a conflicting one asks).
fn conflict() -> (tempfile::TempDir, PathBuf, Harness<'static, GlosaApp>) {
    let (dir, _doc, file) = example_copy();
    let mut harness = app_on(&file, None);
    select(&mut harness, 0, 0, 26);
    press(&mut harness, Key::Num3);
    let session = harness.state().session_id().unwrap();
    let first = annotations::load(&file).unwrap().annotations[0].id;
    harness.state_mut().command(glosa::ui::command::Command::SetNote(session, first, "mine".to_owned()));
    gui_support::settle(&mut harness);
    assert!(harness.state().is_modified());
    let mut theirs = Session::open_annotations(&file).unwrap();
    theirs.apply(Edit::SetNote { id: first, note: "theirs".to_owned(), modified: glosa::workspace::now() }).unwrap();
    theirs.save().unwrap();
    colleague_adds(&file, "from Kwame");
    frames_until(&mut harness, |h| h.query_by_label(CHANGED).is_some());
    (dir, file, harness)
}

#[test]
fn a_modified_file_changed_by_a_colleague_asks_at_once_and_reload_takes_their_version() {
    let (_dir, file, mut harness) = conflict();
    assert!(
        harness.query_by_label_contains("Reload takes their version: your unsaved changes here are dropped").is_some(),
        "the dialog says what Reload drops"
    );
    assert_eq!(shown(&harness).len(), 11, "nothing touched while asking: 10 + mine");
    harness.get_by_role_and_label(Role::Button, "Reload (their version)").click();
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label(CHANGED).is_none());
    assert_eq!(shown(&harness).len(), 11, "10 + theirs");
    assert!(notes(&harness).contains(&"from Kwame".to_owned()));
    assert!(shown(&harness).iter().all(|a| a.segments[0].quote != "ENTRE LOS RESULTADOS CLAVE"), "mine is gone");
    assert!(!harness.state().is_modified());
    assert_eq!(
        harness.state().state.message,
        format!("Reloaded their version of {}; your unsaved changes were dropped.", file.display())
    );
}

#[test]
fn keep_mine_saves_my_version_as_a_copy_and_leaves_theirs_untouched() {
    let (dir, file, mut harness) = conflict();
    let theirs = std::fs::read(&file).unwrap();
    harness.get_by_role_and_label(Role::Button, "Keep mine (save as a copy…)").click();
    gui_support::settle(&mut harness);
    // No file dialog service in tests: the path dialog, suggesting a new name beside theirs.
    let copy = dir.path().join("brief (2).glosa.ron");
    let field = harness
        .query_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().label().is_some_and(|l| l.contains("Type the path")))
        .expect("the path dialog is open");
    assert_eq!(field.value().unwrap(), copy.display().to_string());
    harness.get_by_role_and_label(Role::Button, "OK").click();
    gui_support::settle(&mut harness);
    assert_eq!(std::fs::read(&file).unwrap(), theirs, "their file is untouched");
    let saved = annotations::load(&copy).unwrap();
    assert_eq!(saved.annotations.len(), 11, "10 + mine");
    assert!(saved.annotations.iter().any(|a| a.segments[0].quote == "ENTRE LOS RESULTADOS CLAVE"));
    assert!(saved.annotations.iter().all(|a| a.note != "from Kwame"));
    let session = harness.state().session().unwrap();
    assert_eq!(session.workspace().annotations_path, copy, "work goes on in the copy");
    assert!(!harness.state().is_modified());
}

#[test]
fn cancel_keeps_my_work_and_saving_later_asks_again_rather_than_overwrite() {
    let (_dir, file, mut harness) = conflict();
    let theirs = std::fs::read(&file).unwrap();
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label(CHANGED).is_none(), "Escape is Cancel");
    assert_eq!(shown(&harness).len(), 11);
    assert!(harness.state().is_modified());
    // The same version on disk is not asked about again on its own…
    for _ in 0..10 {
        std::thread::sleep(Duration::from_millis(20));
        gui_support::settle(&mut harness);
    }
    assert!(harness.query_by_label(CHANGED).is_none());
    // …but Save never writes over it silently.
    gui_support::press_with(&mut harness, egui::Modifiers::COMMAND, Key::S);
    assert!(harness.query_by_label(CHANGED).is_some(), "Save asks");
    assert_eq!(std::fs::read(&file).unwrap(), theirs);
}

/// A copy of the example in `dir/sub/colleague.glosa.ron` whose stored document
/// path is `stored`.
fn colleague_file(dir: &Path, stored: &str) -> PathBuf {
    let sub = dir.join("sub");
    std::fs::create_dir_all(&sub).unwrap();
    let text = std::fs::read_to_string(dir.join("brief.glosa.ron")).unwrap();
    assert!(text.contains("path: \"brief.txt\""));
    let file = sub.join("colleague.glosa.ron");
    std::fs::write(&file, text.replace("path: \"brief.txt\"", &format!("path: {stored:?}"))).unwrap();
    file
}

#[test]
fn a_document_outside_the_folder_is_shown_and_opened_only_when_the_user_says_so() {
    let (dir, doc, _) = example_copy();
    let file = colleague_file(dir.path(), "../brief.txt");
    let mut harness = app_on(&file, None);
    assert!(harness.state().session().is_none(), "nothing opened without asking");
    assert!(harness.query_by_label("The document is outside the annotation file's folder").is_some());
    assert!(harness.query_by_label("The document path in the annotation file leaves its folder:").is_some());
    assert!(harness.query_by_label(&dir.path().join("sub/../brief.txt").display().to_string()).is_some());
    harness.get_by_role_and_label(Role::Button, "Open it anyway").click();
    gui_support::settle(&mut harness);
    let session = harness.state().session().expect("opened");
    assert_eq!(
        std::fs::canonicalize(&session.workspace().document_path).unwrap(),
        std::fs::canonicalize(&doc).unwrap()
    );
    assert_eq!(shown(&harness).len(), 10);
}

#[test]
fn etc_passwd_named_by_a_colleagues_file_is_not_read_and_the_document_can_be_chosen() {
    let (dir, _doc, _) = example_copy();
    let file = colleague_file(dir.path(), "/etc/passwd");
    let mut harness = app_on(&file, None);
    assert!(harness.query_by_label("The document path in the annotation file is absolute:").is_some());
    assert!(harness.query_by_label("/etc/passwd").is_some(), "the path is shown");
    // Cancel: nothing is opened.
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    gui_support::settle(&mut harness);
    assert!(harness.state().session().is_none());
    // Again, and choose the document instead.
    harness.state_mut().command(glosa::ui::command::Command::open(&file));
    gui_support::settle(&mut harness);
    harness.get_by_role_and_label(Role::Button, "Choose the document…").click();
    gui_support::settle(&mut harness);
    let field = harness.get_by_role(Role::TextInput);
    assert_eq!(field.value().unwrap(), format!("{}/", dir.path().join("sub").display()));
    field.type_text("../brief.txt");
    gui_support::settle(&mut harness);
    press(&mut harness, Key::Enter);
    let session = harness.state().session().expect("opened with the chosen document");
    assert_eq!(shown(&harness).len(), 10);
    assert!(!session.document_changed());
    assert!(harness.state().state.message.starts_with("Relinked "), "{}", harness.state().state.message);
    assert!(harness.state().state.message.contains("the same text the annotations were made on"));
}

#[test]
fn a_missing_document_is_relinked_and_another_text_is_reanchored_and_said_so() {
    let (dir, doc, _) = example_copy();
    let file = colleague_file(dir.path(), "moved-away.txt");
    // The document was revised: the first paragraph reworded.
    let text = std::fs::read_to_string(&doc).unwrap();
    let revised = dir.path().join("sub/brief-rev2.txt");
    std::fs::write(&revised, text.replacen("ENTRE LOS RESULTADOS CLAVE", "UNO DE LOS RESULTADOS", 1)).unwrap();
    let mut harness = app_on(&file, None);
    assert!(harness.query_by_label("The document is missing").is_some());
    assert!(harness.query_by_label(&dir.path().join("sub/moved-away.txt").display().to_string()).is_some());
    assert!(harness.query_by_role_and_label(Role::Button, "Open it anyway").is_none(), "nothing to open");
    harness.get_by_role_and_label(Role::Button, "Choose the document…").click();
    gui_support::settle(&mut harness);
    harness.get_by_role(Role::TextInput).type_text("brief-rev2.txt");
    gui_support::settle(&mut harness);
    press(&mut harness, Key::Enter);
    let session = harness.state().session().expect("opened with the chosen document");
    assert!(session.document_changed(), "another text");
    assert_eq!(shown(&harness).len(), 10, "every annotation kept");
    let message = &harness.state().state.message;
    assert!(message.contains("has another text than the annotations were made on: re-anchored"), "{message}");
    assert_eq!(session.workspace().document_path, revised);
}
