//! A change by someone else is never overwritten, in the session the app drives
//! (issue 7 §2), without the GUI: what `Session::check_disk` decides after a file
//! watcher's event (reload an unmodified session, report a conflict for a modified
//! one, ignore Glosa's own saves), the watcher itself on a real folder, Reload and
//! Cancel, and saving through a symlinked annotation file (§3).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use glosa::model::{CharOffset, Edit, Segment, TagId};
use glosa::persist::annotations;
use glosa::session::watch::FileWatcher;
use glosa::session::{DiskCheck, Session, SessionError, new_highlight};
use glosa::workspace::{WorkspaceError, now};

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

/// A temp folder with the brief (`brief.txt`) and an annotation file for it
/// (`brief.glosa.ron`) holding one note, "base".
fn folder() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
    let file = doc.with_file_name("brief.glosa.ron");
    let mut session = Session::open_document(&doc, Some(file.clone()), None).unwrap();
    add(&mut session, 0, "base");
    session.save().unwrap();
    (dir, doc, file)
}

/// A highlight on the first ten code points of paragraph `paragraph` with `note`.
fn add(session: &mut Session, paragraph: usize, note: &str) {
    let segment = Segment::new(session.document(), paragraph, CharOffset(0), CharOffset(10)).unwrap();
    let mut annotation =
        new_highlight(vec![segment], [TagId::new("governments").unwrap()].into(), "Ana", now()).unwrap();
    note.clone_into(&mut annotation.note);
    session.apply(Edit::Create(Box::new(annotation))).unwrap();
}

fn notes_of(session: &Session) -> Vec<String> {
    let mut notes: Vec<String> = session.set().annotations.iter().map(|a| a.note.clone()).collect();
    notes.sort();
    notes
}

fn notes_on_disk(path: &Path) -> Vec<String> {
    let mut notes: Vec<String> = annotations::load(path).unwrap().annotations.iter().map(|a| a.note.clone()).collect();
    notes.sort();
    notes
}

/// A colleague (another Glosa) adds a note and saves.
fn colleague_adds(doc: &Path, file: &Path, paragraph: usize, note: &str) {
    let mut theirs = Session::open_document(doc, Some(file.to_owned()), None).unwrap();
    add(&mut theirs, paragraph, note);
    theirs.save().unwrap();
}

/// Replaces `old` with `new` (same length) in place and puts the modification
/// time back, as `cp -p`, `rsync -t` or a sync client may.
fn edit_keeping_size_and_time(path: &Path, old: &str, new: &str) {
    assert_eq!(old.len(), new.len());
    let mtime = fs::metadata(path).unwrap().modified().unwrap();
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(old));
    fs::write(path, text.replacen(old, new, 1)).unwrap();
    fs::File::options().write(true).open(path).unwrap().set_modified(mtime).unwrap();
}

#[test]
fn an_unmodified_session_reloads_a_colleagues_save_at_once() {
    let (_dir, doc, file) = folder();
    let mut mine = Session::open_document(&doc, Some(file.clone()), None).unwrap();
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Unchanged);
    colleague_adds(&doc, &file, 1, "theirs");
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Reloaded);
    assert_eq!(notes_of(&mine), ["base", "theirs"]);
    assert!(!mine.is_modified());
    assert_eq!(mine.order().len(), 2, "the indexes follow the reloaded annotations");
    assert_eq!(mine.tag_count(&TagId::new("governments").unwrap()), 2);
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Unchanged, "reloaded once");
    // A same-size edit that keeps the modification time is seen too.
    edit_keeping_size_and_time(&file, "theirs", "THEIRS");
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Reloaded);
    assert_eq!(notes_of(&mine), ["THEIRS", "base"]);
}

#[test]
fn my_own_saves_are_not_changes_by_someone_else() {
    let (_dir, doc, file) = folder();
    let mut mine = Session::open_document(&doc, Some(file.clone()), None).unwrap();
    for i in 0..5 {
        add(&mut mine, i, &format!("mine {i}"));
        mine.save().unwrap();
        assert_eq!(mine.check_disk().unwrap(), DiskCheck::Unchanged, "after my save {i}");
        assert!(mine.can_undo(), "my history is kept");
    }
    assert_eq!(notes_on_disk(&file).len(), 6);
}

#[test]
fn a_modified_session_reports_a_conflict_and_touches_nothing_until_the_user_chooses() {
    let (_dir, doc, file) = folder();
    let mut mine = Session::open_document(&doc, Some(file.clone()), None).unwrap();
    add(&mut mine, 2, "mine");
    edit_keeping_size_and_time(&file, "base", "BASE");
    let theirs = fs::read(&file).unwrap();
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Conflict);
    assert_eq!(notes_of(&mine), ["base", "mine"], "my unsaved work stays");
    assert!(mine.is_modified());
    assert!(
        matches!(mine.save(), Err(SessionError::Workspace(WorkspaceError::ChangedOnDisk { .. }))),
        "saving over their change never happens silently"
    );
    assert_eq!(fs::read(&file).unwrap(), theirs);
    // Cancel: not asked again about this very version…
    mine.keep_working_over_disk_change().unwrap();
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Kept);
    // …but about a newer one.
    colleague_adds(&doc, &file, 3, "theirs again");
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Conflict);
    // Keep mine: saved as a copy, theirs untouched.
    let theirs = fs::read(&file).unwrap();
    let copy = mine.save_as(&file.with_file_name("brief (2).glosa.ron")).unwrap();
    assert_eq!(notes_on_disk(&copy), ["base", "mine"]);
    assert_eq!(fs::read(&file).unwrap(), theirs);
}

#[test]
fn reload_takes_their_version_and_drops_unsaved_changes_and_their_undo_steps() {
    let (_dir, doc, file) = folder();
    let mut mine = Session::open_document(&doc, Some(file.clone()), None).unwrap();
    add(&mut mine, 2, "mine");
    let before = mine.revision();
    colleague_adds(&doc, &file, 3, "theirs");
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Conflict);
    mine.reload().unwrap();
    assert_eq!(notes_of(&mine), ["base", "theirs"]);
    assert!(!mine.is_modified());
    assert!(!mine.can_undo(), "no undo step applies to their annotations");
    assert_ne!(mine.revision(), before, "a new revision: caches keyed by it are rebuilt");
    assert_ne!(mine.revision(), 0);
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Unchanged);
    add(&mut mine, 4, "after reload");
    mine.save().unwrap();
    assert_eq!(notes_on_disk(&file), ["after reload", "base", "theirs"]);
}

#[test]
fn a_deleted_file_is_reported_missing_and_my_annotations_stay() {
    let (_dir, doc, file) = folder();
    let mut mine = Session::open_document(&doc, Some(file.clone()), None).unwrap();
    fs::remove_file(&file).unwrap();
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Missing);
    assert_eq!(notes_of(&mine), ["base"]);
}

/// Polls `watcher` until it reports `file`, for at most a minute (a slow,
/// loaded machine).
fn wait_for(watcher: &mut FileWatcher, file: &Path) -> bool {
    let started = Instant::now();
    while started.elapsed() < Duration::from_mins(1) {
        if watcher.poll().iter().any(|p| p == file) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// Waits until `woken` (counting the watcher's wake calls) is above `since`,
/// for at most a minute: the watcher has queued an event's paths for
/// [`FileWatcher::poll`] (it wakes after queuing them).
fn wait_for_wake(woken: &std::sync::atomic::AtomicUsize, since: usize) -> bool {
    let started = Instant::now();
    while woken.load(std::sync::atomic::Ordering::SeqCst) <= since {
        if started.elapsed() > Duration::from_mins(1) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    true
}

#[test]
fn the_watcher_reports_changes_to_the_watched_file_only_and_wakes_the_window() {
    let (dir, doc, file) = folder();
    let other = dir.path().join("other.glosa.ron");
    fs::copy(&file, &other).unwrap();
    let woken = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = woken.clone();
    let mut watcher = FileWatcher::new(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    });
    let real = fs::canonicalize(&file).unwrap();
    watcher.watch_only(std::slice::from_ref(&file));
    assert!(watcher.take_error().is_none());
    // Another file in the folder: not reported as the watched file, but kept
    // among the folder's other files (a sync client's conflict copy).
    fs::write(&other, "x").unwrap();
    assert!(wait_for_wake(&woken, 0), "every event wakes the window");
    assert!(watcher.poll().is_empty(), "only the watched file is reported");
    assert_eq!(watcher.take_others(), [fs::canonicalize(&other).unwrap()]);
    // A colleague's save (a new file renamed over it) is.
    colleague_adds(&doc, &file, 1, "theirs");
    assert!(wait_for(&mut watcher, &real), "the watcher saw the save");
    let mut mine = Session::open_document(&doc, Some(file.clone()), None).unwrap();
    // My own save is reported too, and check_disk tells it apart.
    add(&mut mine, 2, "mine");
    mine.save().unwrap();
    assert!(wait_for(&mut watcher, &real));
    assert_eq!(mine.check_disk().unwrap(), DiskCheck::Unchanged);
    // Unwatched: nothing more. Events come in order, so once a file in
    // another watched folder is reported, any event of the late save would have been.
    watcher.watch_only(&[]);
    colleague_adds(&doc, &file, 3, "late");
    let elsewhere = tempfile::tempdir().unwrap();
    let marker = fs::canonicalize(elsewhere.path()).unwrap().join("marker.glosa.ron");
    watcher.watch_only(std::slice::from_ref(&marker));
    fs::write(&marker, "x").unwrap();
    let started = Instant::now();
    let mut reported = Vec::new();
    while !reported.contains(&marker) {
        assert!(started.elapsed() < Duration::from_mins(1), "the watcher never saw the marker");
        std::thread::sleep(Duration::from_millis(20));
        reported.extend(watcher.poll());
    }
    assert!(reported.iter().all(|p| *p == marker), "nothing of the unwatched file: {reported:?}");
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlinked_annotation_file_from_a_session_writes_the_shared_file() {
    let (dir, doc, shared) = folder();
    let mine_dir = dir.path().join("mine");
    fs::create_dir(&mine_dir).unwrap();
    let link = mine_dir.join("brief.glosa.ron");
    std::os::unix::fs::symlink(&shared, &link).unwrap();
    let mut session = Session::open_document(&doc, Some(link.clone()), None).unwrap();
    assert_eq!(notes_of(&session), ["base"]);
    add(&mut session, 5, "through the link");
    session.save().unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    assert_eq!(notes_on_disk(&shared), ["base", "through the link"], "the shared file has the change");
    assert_eq!(session.workspace().disk_path(), fs::canonicalize(&shared).unwrap());
    assert_eq!(session.check_disk().unwrap(), DiskCheck::Unchanged, "my save through the link is mine");
    // A colleague's save to the shared file is seen through the link.
    colleague_adds(&doc, &shared, 6, "theirs");
    assert_eq!(session.check_disk().unwrap(), DiskCheck::Reloaded);
    assert_eq!(notes_of(&session), ["base", "theirs", "through the link"]);
    // Opened as an annotation file through the link, too.
    let mut opened = Session::open_annotations_with(&link, glosa::workspace::DocumentAccess::Chosen(&doc)).unwrap();
    add(&mut opened, 7, "again");
    opened.save().unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(notes_on_disk(&shared).len(), 4);
}
