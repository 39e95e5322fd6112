//! Sync-folder conflict copies (issue 10): Syncthing, Dropbox and OneDrive keep
//! the losing side of a simultaneous change beside the shared annotation file.
//! The session lists them, merges them in as one undo step, and moves them into
//! `.glosa-merged/` once a save holds everything they hold; `glosa conflicts`
//! lists them too. On copies of the bundled sample, with real-looking names.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use glosa::model::{CharOffset, Edit, Segment, TagId};
use glosa::session::sync_copies::{ConflictCopy, MERGED_FOLDER, SyncClient};
use glosa::session::{Session, new_highlight};
use glosa::workspace::Workspace;
use tempfile::TempDir;

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const EXAMPLE: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";
const NAME: &str = "Informe WSIS — Túnez ¶35";

const SYNCTHING: &str = "Informe WSIS — Túnez ¶35.glosa.sync-conflict-20260105-093012-7XQ4ZPL.ron";
const DROPBOX: &str = "Informe WSIS — Túnez ¶35 (copia en conflicto de María José 2026-01-05).glosa.ron";
const ONEDRIVE: &str = "Informe WSIS — Túnez ¶35-LAPTOP-KWAME.glosa.ron";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A folder with the sample (`brief.txt`) and its 10 example annotations in
/// `NAME.glosa.ron`.
fn shared_folder() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(repo(SAMPLE), &doc).unwrap();
    let file = dir.path().join(format!("{NAME}.glosa.ron"));
    let mut workspace = Workspace::open(&repo(SAMPLE), &repo(EXAMPLE)).unwrap();
    workspace.document_path.clone_from(&doc);
    workspace.save_as(&file).unwrap();
    (dir, file)
}

/// What a sync client leaves: the shared file as another computer had it, with
/// one more highlight (on paragraph `paragraph`, by `author`), under `name`.
fn copy_with_highlight(file: &Path, name: &str, author: &str, paragraph: usize) -> PathBuf {
    let copy = file.with_file_name(name);
    fs::copy(file, &copy).unwrap();
    let mut theirs = Session::open_annotations(&copy).unwrap();
    let segment = Segment::new(theirs.document(), paragraph, CharOffset(0), CharOffset(12)).unwrap();
    let mut annotation =
        new_highlight(vec![segment], [TagId::new("civil-society").unwrap()].into(), author, glosa::workspace::now())
            .unwrap();
    annotation.note = format!("de {author}");
    theirs.apply(Edit::Create(Box::new(annotation))).unwrap();
    theirs.save().unwrap();
    copy
}

fn notes(session: &Session) -> Vec<String> {
    let mut notes: Vec<String> =
        session.set().annotations.iter().filter(|a| a.note.starts_with("de ")).map(|a| a.note.clone()).collect();
    notes.sort();
    notes
}

fn names(copies: &[ConflictCopy]) -> Vec<(String, SyncClient)> {
    copies.iter().map(|c| (c.path.file_name().unwrap().to_string_lossy().into_owned(), c.client)).collect()
}

#[test]
fn three_clients_copies_are_found_merged_as_one_step_and_moved_aside_by_the_save() {
    let (dir, file) = shared_folder();
    let syncthing = copy_with_highlight(&file, SYNCTHING, "Kwame", 3);
    let dropbox = copy_with_highlight(&file, DROPBOX, "María José", 5);
    let onedrive = copy_with_highlight(&file, ONEDRIVE, "Zhang Wei", 7);
    // An annotation file for another document, with a OneDrive-looking name: not a copy.
    let other = dir.path().join(format!("{NAME}-NOTAS.glosa.ron"));
    let mut unrelated = Workspace::open(&repo("tests/corpus/udhr_spa.txt"), &other).unwrap();
    unrelated.save().unwrap();
    // Syncthing's own temporary files and Glosa's hidden files are not copies either.
    fs::write(dir.path().join(format!(".{NAME}.glosa.ron.recovery")), "(").unwrap();

    let mut session = Session::open_annotations(&file).unwrap();
    assert_eq!(session.set().annotations.len(), 10);
    let copies = session.conflict_copies();
    assert_eq!(
        names(&copies),
        vec![
            (DROPBOX.to_owned(), SyncClient::Dropbox),
            (ONEDRIVE.to_owned(), SyncClient::OneDrive),
            (SYNCTHING.to_owned(), SyncClient::Syncthing),
        ]
    );

    let paths: Vec<PathBuf> = copies.iter().map(|c| c.path.clone()).collect();
    let report = session.merge_conflict_copies(&paths).unwrap();
    assert_eq!((report.added, report.updated, report.unchanged), (3, 0, 10));
    assert!(report.is_clean());
    assert_eq!(notes(&session), ["de Kwame", "de María José", "de Zhang Wei"]);
    // Merged copies wait for the save and are not offered again meanwhile.
    assert!(session.conflict_copies().is_empty());
    assert_eq!(session.pending_copies().len(), 3);

    // One undo step takes all three out, redo puts them back.
    assert!(session.undo().unwrap());
    assert_eq!(session.set().annotations.len(), 10);
    assert!(!session.can_undo());
    assert!(session.redo().unwrap());
    assert_eq!(session.set().annotations.len(), 13);

    session.save().unwrap();
    let mut moved = session.take_moved_copies();
    moved.sort();
    let merged = dir.path().join(MERGED_FOLDER);
    assert_eq!(moved, vec![merged.join(DROPBOX), merged.join(ONEDRIVE), merged.join(SYNCTHING)]);
    for copy in [&syncthing, &dropbox, &onedrive] {
        assert!(!copy.exists(), "{} still there", copy.display());
    }
    assert!(other.exists());
    assert!(session.pending_copies().is_empty());
    let saved = Session::open_annotations(&file).unwrap();
    assert_eq!(notes(&saved), ["de Kwame", "de María José", "de Zhang Wei"]);
    assert!(saved.conflict_copies().is_empty());
    // The moved copies are intact: nothing is ever deleted.
    let kept = glosa::persist::annotations::load(&merged.join(SYNCTHING)).unwrap();
    assert_eq!(kept.annotations.iter().filter(|a| a.note.starts_with("de ")).count(), 1);
    assert_eq!(kept.annotations.len(), 11);
}

#[test]
fn a_merge_undone_before_the_save_leaves_the_copy_in_place_and_it_is_offered_again() {
    let (_dir, file) = shared_folder();
    let copy = copy_with_highlight(&file, SYNCTHING, "Kwame", 3);
    let mut session = Session::open_annotations(&file).unwrap();
    session.merge_conflict_copies(std::slice::from_ref(&copy)).unwrap();
    session.undo().unwrap();
    // Some other change, then the save.
    let segment = Segment::new(session.document(), 9, CharOffset(0), CharOffset(8)).unwrap();
    let mine =
        new_highlight(vec![segment], [TagId::new("governments").unwrap()].into(), "Ana", glosa::workspace::now());
    session.apply(Edit::Create(Box::new(mine.unwrap()))).unwrap();
    session.save().unwrap();
    assert!(session.take_moved_copies().is_empty());
    assert!(copy.exists());
    assert_eq!(names(&session.conflict_copies()), vec![(SYNCTHING.to_owned(), SyncClient::Syncthing)]);
}

#[test]
fn an_unreadable_copy_is_named_in_the_error_and_nothing_is_merged() {
    let (_dir, file) = shared_folder();
    let good = copy_with_highlight(&file, SYNCTHING, "Kwame", 3);
    let bad = file.with_file_name(DROPBOX);
    fs::write(&bad, "(format: \"glosa-annotations\", version: 2, document: (").unwrap();
    let mut session = Session::open_annotations(&file).unwrap();
    assert_eq!(session.conflict_copies().len(), 2);
    let error = session.merge_conflict_copies(&[good, bad.clone()]).unwrap_err().to_string();
    assert!(error.ends_with(&bad.display().to_string()), "{error}");
    assert_eq!(session.set().annotations.len(), 10);
    assert!(!session.is_modified());
}

#[test]
fn glosa_conflicts_lists_the_copies_and_exits_1() {
    let (_dir, file) = shared_folder();
    copy_with_highlight(&file, DROPBOX, "María José", 5);
    let output = Command::cargo_bin("glosa").unwrap().arg("conflicts").arg(&file).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains(&format!("conflict copy made by Dropbox: {}", file.with_file_name(DROPBOX).display())));
    assert!(stdout.contains("1 conflict copies by a sync client"), "{stdout}");
}
