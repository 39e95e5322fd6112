//! The workspace API the app calls around a shared annotation file: change
//! detection by content, Reload, saving a change on top of someone else's, a
//! document outside the folder, relinking a missing document, stale locks and
//! leftover temporary files.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use glosa::model::{Annotation, CharOffset, Edit, Segment, TagId};
use glosa::persist::annotations::{self, OutsideWhy};
use glosa::persist::document::ReadError;
use glosa::workspace::{DiskStatus, DocumentAccess, Workspace, WorkspaceError, new_annotation_id, now};

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

fn folder() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
    (dir, doc.clone(), doc.with_file_name("brief.glosa.ron"))
}

fn highlight(workspace: &Workspace, paragraph: usize, note: &str) -> Annotation {
    let at = now();
    Annotation {
        id: new_annotation_id(at),
        segments: vec![Segment::new(&workspace.document, paragraph, CharOffset(0), CharOffset(10)).unwrap()],
        tags: [TagId::new("governments").unwrap()].into(),
        note: note.to_owned(),
        author: "Ana".into(),
        created: at,
        modified: at,
    }
}

fn add(workspace: &mut Workspace, paragraph: usize, note: &str) {
    let annotation = highlight(workspace, paragraph, note);
    workspace.set.apply(Edit::Create(Box::new(annotation))).unwrap();
}

fn notes(path: &Path) -> Vec<String> {
    let mut notes: Vec<String> = annotations::load(path).unwrap().annotations.iter().map(|a| a.note.clone()).collect();
    notes.sort();
    notes
}

/// Replaces `old` with `new` (same length) in the file, in place, and puts its
/// modification time back: what `cp -p`, `rsync -t` or a sync client leaves.
fn edit_keeping_size_and_time(path: &Path, old: &str, new: &str) {
    assert_eq!(old.len(), new.len());
    let mtime = fs::metadata(path).unwrap().modified().unwrap();
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(old));
    fs::write(path, text.replacen(old, new, 1)).unwrap();
    fs::File::options().write(true).open(path).unwrap().set_modified(mtime).unwrap();
    assert_eq!(fs::metadata(path).unwrap().modified().unwrap(), mtime);
}

#[test]
fn an_edit_keeping_size_and_modification_time_is_seen_and_never_overwritten() {
    let (_dir, doc, file) = folder();
    let mut mine = Workspace::open(&doc, &file).unwrap();
    add(&mut mine, 1, "AAAA");
    mine.save().unwrap();
    assert_eq!(mine.disk_status().unwrap(), DiskStatus::Unchanged);
    edit_keeping_size_and_time(&file, "AAAA", "BBBB");
    assert_eq!(mine.disk_status().unwrap(), DiskStatus::Changed);
    add(&mut mine, 2, "mine");
    let theirs = fs::read(&file).unwrap();
    assert!(matches!(mine.save(), Err(WorkspaceError::ChangedOnDisk { .. })));
    assert_eq!(fs::read(&file).unwrap(), theirs, "their edit is untouched");
    // Reload: their version.
    mine.reload().unwrap();
    assert_eq!(mine.disk_status().unwrap(), DiskStatus::Unchanged);
    let reloaded: Vec<&str> = mine.set.annotations.iter().map(|a| a.note.as_str()).collect();
    assert_eq!(reloaded, ["BBBB"]);
    add(&mut mine, 3, "after reload");
    mine.save().unwrap();
    assert_eq!(notes(&file), ["BBBB", "after reload"]);
}

#[test]
fn save_change_makes_my_change_on_top_of_a_colleagues_save() {
    let (_dir, doc, file) = folder();
    let mut first = Workspace::open(&doc, &file).unwrap();
    add(&mut first, 1, "base");
    first.save().unwrap();
    let mut mine = Workspace::open(&doc, &file).unwrap();
    let mut theirs = Workspace::open(&doc, &file).unwrap();
    add(&mut theirs, 2, "theirs");
    theirs.save().unwrap();

    let annotation = highlight(&mine, 3, "mine");
    let saved = mine.save_change(|_| Some(Edit::Create(Box::new(annotation.clone())))).unwrap();
    assert!(saved.saved && saved.rebased, "{saved:?}");
    assert_eq!(notes(&file), ["base", "mine", "theirs"]);
    assert_eq!(mine.set.annotations.len(), 3, "the workspace now holds the merged state");
    assert_eq!(mine.disk_status().unwrap(), DiskStatus::Unchanged);
    // Nothing changed since: no rebase, and an empty change writes nothing.
    let bytes = fs::read(&file).unwrap();
    let saved = mine.save_change(|_| None).unwrap();
    assert!(!saved.saved && !saved.rebased);
    assert_eq!(fs::read(&file).unwrap(), bytes);
}

#[test]
fn a_deleted_file_is_reported_missing_and_nothing_read_is_lost() {
    let (_dir, doc, file) = folder();
    let mut mine = Workspace::open(&doc, &file).unwrap();
    add(&mut mine, 1, "kept");
    mine.save().unwrap();
    fs::remove_file(&file).unwrap();
    assert_eq!(mine.disk_status().unwrap(), DiskStatus::Missing);
    assert!(matches!(mine.save(), Err(WorkspaceError::ChangedOnDisk { .. })));
    let annotation = highlight(&mine, 2, "new");
    let saved = mine.save_change(|_| Some(Edit::Create(Box::new(annotation.clone())))).unwrap();
    assert!(saved.rebased);
    assert_eq!(notes(&file), ["kept", "new"]);
}

#[test]
fn a_document_outside_the_folder_needs_the_users_say_so() {
    let (dir, doc, _) = folder();
    fs::create_dir(dir.path().join("notas")).unwrap();
    let file = dir.path().join("notas/brief.glosa.ron");
    let mut workspace = Workspace::open(&doc, &file).unwrap();
    add(&mut workspace, 1, "");
    workspace.save().unwrap();
    match Workspace::open_annotations_checked(&file, DocumentAccess::InsideFolder) {
        Err(WorkspaceError::DocumentOutsideFolder { stored, resolved, why, .. }) => {
            assert_eq!(stored, "../brief.txt");
            assert_eq!(why.why, OutsideWhy::LeavesFolder);
            assert_eq!(fs::canonicalize(resolved).unwrap(), fs::canonicalize(&doc).unwrap());
        }
        other => panic!("expected DocumentOutsideFolder, got {other:?}"),
    }
    let followed = Workspace::open_annotations_checked(&file, DocumentAccess::Anywhere).unwrap();
    assert!(!followed.document_changed());
}

#[test]
fn restoring_a_backup_follows_its_document_only_inside_the_folder() {
    let (dir, doc, _) = folder();
    fs::create_dir(dir.path().join("notas")).unwrap();
    let file = dir.path().join("notas/brief.glosa.ron");
    let backup = annotations::backup_path(&file);
    // A backup (from anyone: received with the file) naming `../brief.txt`, and an
    // annotation file that cannot be read.
    let mut workspace = Workspace::open(&doc, &backup).unwrap();
    add(&mut workspace, 1, "from the backup");
    workspace.save().unwrap();
    fs::write(&file, "(format: \"glosa-annotations\", version: 1, broken").unwrap();
    let unreadable = fs::read(&file).unwrap();

    match glosa::session::Session::restore_backup(None, &file) {
        Err(glosa::session::SessionError::Workspace(WorkspaceError::DocumentOutsideFolder { stored, why, .. })) => {
            assert_eq!(stored, "../brief.txt");
            assert_eq!(why.why, OutsideWhy::LeavesFolder);
        }
        Err(other) => panic!("expected DocumentOutsideFolder, got {other}"),
        Ok(session) => {
            panic!("followed the backup's document out of the folder: {}", session.workspace().document_path.display())
        }
    }
    assert_eq!(fs::read(&file).unwrap(), unreadable, "nothing written when refused");

    // The user agreed (saw the path): restored, the unreadable version kept as the backup.
    let session = glosa::session::Session::restore_backup_with(&file, DocumentAccess::Anywhere).unwrap();
    assert_eq!(fs::canonicalize(&session.workspace().document_path).unwrap(), fs::canonicalize(&doc).unwrap());
    assert_eq!(notes(&file), ["from the backup"]);
    assert_eq!(fs::read(&backup).unwrap(), unreadable);
}

#[test]
fn restoring_a_backup_whose_document_is_beside_it_needs_no_question() {
    let (_dir, doc, file) = folder();
    let backup = annotations::backup_path(&file);
    let mut workspace = Workspace::open(&doc, &backup).unwrap();
    add(&mut workspace, 2, "kept");
    workspace.save().unwrap();
    fs::write(&file, "not RON at all").unwrap();
    let session = glosa::session::Session::restore_backup(None, &file).unwrap();
    assert_eq!(fs::canonicalize(&session.workspace().document_path).unwrap(), fs::canonicalize(&doc).unwrap());
    assert_eq!(notes(&file), ["kept"]);
    assert_eq!(fs::read(&backup).unwrap(), b"not RON at all");
}

#[test]
fn a_missing_document_can_be_relinked_and_the_fingerprint_says_whether_it_is_the_same_text() {
    let (dir, doc, file) = folder();
    let mut workspace = Workspace::open(&doc, &file).unwrap();
    add(&mut workspace, 1, "");
    workspace.save().unwrap();
    // The document was moved into a subfolder.
    fs::create_dir(dir.path().join("docs")).unwrap();
    let moved = dir.path().join("docs/brief.txt");
    fs::rename(&doc, &moved).unwrap();
    match Workspace::open_annotations_checked(&file, DocumentAccess::InsideFolder) {
        Err(WorkspaceError::AnnotatedDocument { source: ReadError::NotFound, path, .. }) => assert_eq!(path, doc),
        other => panic!("expected a missing document, got {other:?}"),
    }
    let mut relinked = Workspace::open_annotations_checked(&file, DocumentAccess::Chosen(&moved)).unwrap();
    assert!(!relinked.document_changed(), "the same text");
    relinked.save().unwrap();
    assert_eq!(annotations::load(&file).unwrap().document.path, "docs/brief.txt");
    // Another text: relink_document says so.
    let other = dir.path().join("docs/otro.txt");
    fs::write(&other, "Un texto distinto.\n\nCon dos párrafos.\n").unwrap();
    assert!(!relinked.relink_document(&other).unwrap());
    assert!(relinked.document_changed());
    assert!(relinked.relink_document(&moved).unwrap());
}

#[test]
fn a_stale_lock_file_never_blocks_a_save() {
    let (dir, doc, file) = folder();
    // Left by a Glosa that was killed: the OS released its lock, the file stays.
    fs::write(dir.path().join(".brief.glosa.ron.lock"), "glosa pid 4242\n").unwrap();
    let mut workspace = Workspace::open(&doc, &file).unwrap();
    add(&mut workspace, 1, "saved");
    workspace.save().unwrap();
    assert_eq!(notes(&file), ["saved"]);
}

#[test]
fn leftover_temporary_files_are_removed_only_when_provably_stale() {
    let (dir, doc, file) = folder();
    let long_ago = SystemTime::now() - Duration::from_hours(1);
    let make = |name: &str, mtime: SystemTime| {
        let path = dir.path().join(name);
        fs::write(&path, "half-written").unwrap();
        fs::File::options().write(true).open(&path).unwrap().set_modified(mtime).unwrap();
        path
    };
    let stale = make(".brief.glosa.ron.save-k1LLed.tmp", long_ago);
    let old_style = make(".brief.glosa.ron.abc123.tmp", long_ago);
    // Another writer's file in progress: it holds a lock on it.
    let busy = make(".brief.glosa.ron.save-wr1t1n.tmp", long_ago);
    let busy_handle = fs::File::open(&busy).unwrap();
    busy_handle.lock().unwrap();
    // Newer than the lock holder: not provably stale.
    let newer = make(".brief.glosa.ron.save-n3wer0.tmp", SystemTime::now() + Duration::from_hours(1));
    let unrelated = make(".other.glosa.ron.save-xxxxxx.tmp", long_ago);

    let mut workspace = Workspace::open(&doc, &file).unwrap();
    add(&mut workspace, 1, "");
    workspace.save().unwrap();
    assert!(!stale.exists() && !old_style.exists(), "stale leftovers are removed");
    assert!(busy.exists(), "a file another writer holds is kept");
    assert!(newer.exists(), "a file newer than the lock holder is kept");
    assert!(unrelated.exists(), "another file's leftovers are not ours");
    drop(busy_handle);
}

#[test]
fn protected_paths_name_the_file_its_backup_its_lock_and_the_document() {
    let (dir, doc, file) = folder();
    let workspace = Workspace::open(&doc, &file).unwrap();
    let paths = workspace.protected_paths();
    for expected in
        [file.clone(), dir.path().join("brief.glosa.ron.bak"), dir.path().join(".brief.glosa.ron.lock"), doc.clone()]
    {
        assert!(paths.contains(&expected), "{expected:?} in {paths:?}");
    }
}
