//! A document opened with an annotation file made for another document that
//! exists (`glosa DOC --annotations OTHER.glosa.ron`): the app asks, naming that
//! document, and the file on disk keeps its header until the user chooses to
//! use it for this document and saves. Saving never moves it silently.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use std::fs;
use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::persist::annotations;
use glosa::session::Session;
use glosa::ui::GlosaApp;
use glosa::ui::command::{Command, OpenRequest};
use glosa::workspace::Workspace;
use gui_support::{annotations as shown, app_on, example_copy, press, press_with, select};

const TITLE: &str = "The annotation file belongs to another document";

/// `brief-rev2.txt` beside `brief.txt`: the brief with its first paragraph
/// reworded (another document, which exists).
fn revised(dir: &Path, doc: &Path) -> PathBuf {
    let text = fs::read_to_string(doc).unwrap();
    let revised = dir.join("brief-rev2.txt");
    fs::write(&revised, text.replacen("ENTRE LOS RESULTADOS CLAVE", "UNO DE LOS RESULTADOS", 1)).unwrap();
    revised
}

/// The document path stored in the annotation file's header.
fn stored_path(file: &Path) -> String {
    annotations::load(file).unwrap().document.path
}

fn same(a: &Path, b: &Path) -> bool {
    fs::canonicalize(a).unwrap() == fs::canonicalize(b).unwrap()
}

/// The app started as `glosa brief-rev2.txt --annotations brief.glosa.ron`.
fn asked() -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf, Harness<'static, GlosaApp>) {
    let (dir, doc, file) = example_copy();
    let rev2 = revised(dir.path(), &doc);
    let harness = app_on(&rev2, Some(&file));
    (dir, doc, rev2, file, harness)
}

fn button(harness: &Harness<'_, GlosaApp>, label: &str) -> bool {
    harness.query_by_role_and_label(Role::Button, label).is_some()
}

#[test]
fn the_app_asks_naming_the_document_and_enter_opens_that_document_with_it() {
    let (dir, doc, _rev2, file, mut harness) = asked();
    let before = fs::read(&file).unwrap();
    assert!(harness.query_by_label(TITLE).is_some());
    assert!(harness.state().state.session().is_none(), "nothing opened without asking");
    assert!(harness.query_by_label("It was made for this document, which exists:").is_some());
    assert!(harness.query_by_label(&dir.path().join("brief.txt").display().to_string()).is_some());
    for label in [
        "Open brief.txt with it",
        "Use it for brief-rev2.txt",
        "Open brief-rev2.txt with its own annotations",
        "Cancel",
    ] {
        assert!(button(&harness, label), "{label}");
    }
    press(&mut harness, Key::Enter);
    assert!(harness.query_by_label(TITLE).is_none());
    let (_, session) = harness.state().state.session().expect("opened");
    assert!(same(&session.workspace().document_path, &doc));
    assert_eq!(session.workspace().annotations_path, file);
    assert_eq!(shown(&harness).len(), 10);
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn use_it_for_this_document_moves_the_file_only_when_saved() {
    let (_dir, _doc, rev2, file, mut harness) = asked();
    let before = fs::read(&file).unwrap();
    harness.get_by_role_and_label(Role::Button, "Use it for brief-rev2.txt").click();
    gui_support::settle(&mut harness);
    let (_, session) = harness.state().state.session().expect("opened");
    assert_eq!(session.workspace().document_path, rev2);
    assert_eq!(shown(&harness).len(), 10, "every annotation kept");
    assert_eq!(
        harness.state().state.message,
        format!(
            "The annotations of {} are used for {}: saving makes the file belong to it.",
            file.display(),
            rev2.display()
        )
    );
    assert_eq!(fs::read(&file).unwrap(), before, "nothing written until saved");
    select(&mut harness, 1, 3, 20);
    press(&mut harness, Key::Num1);
    assert_eq!(fs::read(&file).unwrap(), before);
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(harness.state().state.errors.is_empty(), "{:?}", harness.state().state.errors);
    assert_eq!(stored_path(&file), "brief-rev2.txt");
    assert_eq!(annotations::load(&file).unwrap().annotations.len(), 11);
    assert_eq!(fs::read(annotations::backup_path(&file)).unwrap(), before);
}

#[test]
fn its_own_annotations_or_cancel_leave_the_file_alone() {
    let (dir, _doc, rev2, file, mut harness) = asked();
    let before = fs::read(&file).unwrap();
    harness.get_by_role_and_label(Role::Button, "Open brief-rev2.txt with its own annotations").click();
    gui_support::settle(&mut harness);
    let (_, session) = harness.state().state.session().expect("opened");
    assert_eq!(session.workspace().document_path, rev2);
    assert_eq!(session.workspace().annotations_path, dir.path().join("brief-rev2.glosa.ron"));
    assert_eq!(shown(&harness).len(), 0);
    // Asked again (File ▸ Open with the same pair), Escape is Cancel: the
    // session shown stays.
    let request = OpenRequest { annotations: Some(file.clone()), ..OpenRequest::file(rev2.clone()) };
    harness.state_mut().command(Command::Open(request));
    gui_support::settle(&mut harness);
    assert!(harness.query_by_label(TITLE).is_some());
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label(TITLE).is_none());
    let (_, session) = harness.state().state.session().expect("still open");
    assert_eq!(session.workspace().annotations_path, dir.path().join("brief-rev2.glosa.ron"));
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn saving_a_session_on_another_documents_file_says_why_and_writes_nothing() {
    let (dir, doc, file) = example_copy();
    let rev2 = revised(dir.path(), &doc);
    let before = fs::read(&file).unwrap();
    let mut harness = app_on(&doc, Some(&file));
    // However a session got onto brief.txt's file with brief-rev2.txt (the
    // session API allows it), Ctrl+S does not move the file.
    let session = Session::new(Workspace::open(&rev2, &file).unwrap(), true);
    let state = &mut harness.state_mut().state;
    let id = state.project.insert(session);
    state.active = Some(id);
    gui_support::settle(&mut harness);
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    let message = format!(
        "Not saved: the annotation file belongs to another document, {} (save with Save As, or open it again and \
         choose to use it for this document): {}",
        dir.path().join("brief.txt").display(),
        file.display()
    );
    assert_eq!(harness.state().state.errors, vec![message]);
    assert_eq!(fs::read(&file).unwrap(), before);
}
