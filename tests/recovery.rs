//! Autosave journal and crash recovery in the session layer (issue 10), on copies
//! of the bundled sample: when the journal is written and removed, and what
//! recovering it does when the shared file changed meanwhile. The SIGKILL trials
//! are in `tests/recovery_kill.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use glosa::model::{CharOffset, Edit, Segment, TagId};
use glosa::persist::annotations;
use glosa::persist::journal::journal_path;
use glosa::session::recovery::JOURNAL_INTERVAL;
use glosa::session::{Session, new_highlight};
use glosa::workspace::Workspace;
use tempfile::TempDir;

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const EXAMPLE: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A folder with the sample and its 10 example annotations in `brief.glosa.ron`.
fn example_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    let mut workspace = Workspace::open(&repo(SAMPLE), &repo(EXAMPLE)).unwrap();
    workspace.document_path.clone_from(&doc);
    workspace.save_as(&file).unwrap();
    (dir, file)
}

fn highlight(session: &mut Session, paragraph: usize, note: &str, author: &str) {
    let segment = Segment::new(session.document(), paragraph, CharOffset(0), CharOffset(10)).unwrap();
    let mut annotation =
        new_highlight(vec![segment], [TagId::new("governments").unwrap()].into(), author, glosa::workspace::now())
            .unwrap();
    note.clone_into(&mut annotation.note);
    session.apply(Edit::Create(Box::new(annotation))).unwrap();
}

fn notes_in(path: &Path) -> Vec<String> {
    let mut notes: Vec<String> = annotations::load(path)
        .unwrap()
        .annotations
        .into_iter()
        .map(|a| a.note)
        .filter(|n| n.starts_with('n'))
        .collect();
    notes.sort();
    notes
}

fn notes(session: &Session) -> Vec<String> {
    let mut notes: Vec<String> =
        session.set().annotations.iter().map(|a| a.note.clone()).filter(|n| n.starts_with('n')).collect();
    notes.sort();
    notes
}

#[test]
fn the_journal_is_written_at_once_then_at_most_every_2_s_and_never_over_the_shared_file() {
    let (_dir, file) = example_copy();
    let shared = std::fs::read(&file).unwrap();
    let journal = journal_path(&file);
    let mut session = Session::open_annotations(&file).unwrap();
    let t0 = Instant::now();
    assert_eq!(session.autosave(t0).unwrap(), None);
    assert!(!journal.exists(), "nothing unsaved, no journal");

    highlight(&mut session, 2, "n1", "Ana");
    assert_eq!(session.autosave(t0).unwrap(), None);
    // Written by the journal thread: wait for it.
    assert!(session.flush_journal().unwrap());
    assert_eq!(notes_in(&journal), ["n1"]);
    highlight(&mut session, 3, "n2", "Ana");
    // 0.5 s after the last write: due in 1.5 s, not written.
    assert_eq!(session.autosave(t0 + Duration::from_millis(500)).unwrap(), Some(Duration::from_millis(1500)));
    assert!(!session.flush_journal().unwrap());
    assert_eq!(notes_in(&journal), ["n1"]);
    assert_eq!(session.autosave(t0 + JOURNAL_INTERVAL).unwrap(), None);
    session.flush_journal().unwrap();
    assert_eq!(notes_in(&journal), ["n1", "n2"]);
    // Nothing new: nothing written.
    let before = std::fs::metadata(&journal).unwrap().modified().unwrap();
    assert_eq!(session.autosave(t0 + JOURNAL_INTERVAL * 5).unwrap(), None);
    assert_eq!(std::fs::metadata(&journal).unwrap().modified().unwrap(), before);
    // Focus loss writes at once.
    highlight(&mut session, 4, "n3", "Ana");
    assert!(session.write_journal().unwrap());
    session.flush_journal().unwrap();
    assert_eq!(notes_in(&journal), ["n1", "n2", "n3"]);
    assert_eq!(std::fs::read(&file).unwrap(), shared, "autosave never writes the shared file");

    // Undo back to the saved state: no unsaved work, no journal.
    for _ in 0..3 {
        session.undo().unwrap();
    }
    assert_eq!(session.autosave(t0 + JOURNAL_INTERVAL * 6).unwrap(), None);
    assert!(!journal.exists());
    // A save removes it too.
    highlight(&mut session, 5, "n4", "Ana");
    session.autosave(t0 + JOURNAL_INTERVAL * 7).unwrap();
    session.flush_journal().unwrap();
    assert!(journal.exists());
    session.save().unwrap();
    assert!(!journal.exists());
    assert_eq!(notes_in(&file), ["n4"]);
}

#[test]
fn after_a_crash_the_journal_is_recovered_as_a_merge_with_a_colleagues_save_meanwhile() {
    let (_dir, file) = example_copy();
    let journal = journal_path(&file);
    {
        let mut crashed = Session::open_annotations(&file).unwrap();
        highlight(&mut crashed, 2, "n-mine-1", "Ana");
        highlight(&mut crashed, 3, "n-mine-2", "Ana");
        crashed.autosave(Instant::now()).unwrap();
        crashed.flush_journal().unwrap();
        // The process dies here: no save, no clean-up.
        std::mem::forget(crashed);
    }
    // A colleague saves the shared file meanwhile.
    let mut colleague = Session::open_annotations(&file).unwrap();
    highlight(&mut colleague, 6, "n-kwame", "Kwame");
    colleague.save().unwrap();

    let mut session = Session::open_annotations(&file).unwrap();
    assert_eq!(notes(&session), ["n-kwame"]);
    let recovery = session.recovery().unwrap().expect("the journal holds unsaved work");
    assert_eq!(recovery.path, journal);
    assert_eq!(recovery.changes, 2);
    // Undecided: the journal stays.
    session.autosave(Instant::now()).unwrap();
    session.flush_journal().unwrap();
    assert!(journal.exists());
    let report = session.recover().unwrap();
    assert_eq!((report.added, report.updated), (2, 0));
    assert!(report.is_clean());
    assert_eq!(notes(&session), ["n-kwame", "n-mine-1", "n-mine-2"]);
    assert!(session.is_modified());
    // One undo step.
    session.undo().unwrap();
    assert_eq!(notes(&session), ["n-kwame"]);
    session.redo().unwrap();
    session.save().unwrap();
    assert!(!journal.exists());
    assert_eq!(notes_in(&file), ["n-kwame", "n-mine-1", "n-mine-2"]);
}

#[test]
fn a_journal_the_file_already_holds_is_removed_on_open_and_discard_removes_one_that_is_not() {
    let (_dir, file) = example_copy();
    let journal = journal_path(&file);
    let mut session = Session::open_annotations(&file).unwrap();
    highlight(&mut session, 2, "n1", "Ana");
    session.autosave(Instant::now()).unwrap();
    session.flush_journal().unwrap();
    let kept = std::fs::read(&journal).unwrap();
    session.save().unwrap();
    // The save happened, the removal did not (a crash in between).
    std::fs::write(&journal, &kept).unwrap();
    let mut reopened = Session::open_annotations(&file).unwrap();
    assert_eq!(reopened.recovery().unwrap(), None);
    assert!(!journal.exists());

    highlight(&mut reopened, 3, "n2", "Ana");
    reopened.autosave(Instant::now()).unwrap();
    reopened.flush_journal().unwrap();
    std::mem::forget(reopened);
    let mut again = Session::open_annotations(&file).unwrap();
    assert_eq!(again.recovery().unwrap().map(|r| r.changes), Some(1));
    again.discard_journal().unwrap();
    assert!(!journal.exists());
    assert_eq!(notes(&again), ["n1"]);
    assert!(!again.is_modified());
}

#[test]
fn a_corrupt_journal_is_named_in_the_error_and_left_alone() {
    let (_dir, file) = example_copy();
    let journal = journal_path(&file);
    std::fs::write(&journal, "(format: \"glosa-annotations\", version: 2, docu").unwrap();
    let mut session = Session::open_annotations(&file).unwrap();
    let error = session.recovery().unwrap_err().to_string();
    assert!(error.ends_with(&journal.display().to_string()), "{error}");
    assert!(journal.exists());
}

#[test]
fn after_later_new_edits_are_journaled_with_the_unrecovered_work_and_a_save_keeps_that_work() {
    let (_dir, file) = example_copy();
    let journal = journal_path(&file);
    {
        let mut crashed = Session::open_annotations(&file).unwrap();
        highlight(&mut crashed, 2, "n-before-crash", "Ana");
        crashed.autosave(Instant::now()).unwrap();
        crashed.flush_journal().unwrap();
        std::mem::forget(crashed);
    }
    let mut session = Session::open_annotations(&file).unwrap();
    assert_eq!(session.recovery().unwrap().map(|r| r.changes), Some(1));
    // "Later": the user goes on working without deciding.
    highlight(&mut session, 3, "n-after-later", "Ana");
    session.autosave(Instant::now()).unwrap();
    assert!(session.flush_journal().unwrap(), "new edits are journaled");
    assert!(session.recovery_pending());
    assert_eq!(notes_in(&journal), ["n-after-later", "n-before-crash"]);
    // A second crash now: the next open offers both.
    {
        let mut reopened = Session::open_annotations(&file).unwrap();
        assert_eq!(reopened.recovery().unwrap().map(|r| r.changes), Some(2));
        reopened.recover().unwrap();
        assert_eq!(notes(&reopened), ["n-after-later", "n-before-crash"]);
        std::mem::forget(reopened);
    }
    // Saving this session's own work puts the unrecovered journal back as it was
    // found: the crashed session's work is still offered.
    session.save().unwrap();
    assert_eq!(notes_in(&file), ["n-after-later"]);
    assert_eq!(notes_in(&journal), ["n-before-crash"]);
    let mut later = Session::open_annotations(&file).unwrap();
    assert_eq!(later.recovery().unwrap().map(|r| r.changes), Some(1));
    later.recover().unwrap();
    assert_eq!(notes(&later), ["n-after-later", "n-before-crash"]);
}

#[test]
fn dropping_a_session_finishes_the_journal_write_it_handed_over() {
    let (_dir, file) = example_copy();
    let journal = journal_path(&file);
    let mut session = Session::open_annotations(&file).unwrap();
    highlight(&mut session, 2, "n1", "Ana");
    session.autosave(Instant::now()).unwrap();
    drop(session);
    assert_eq!(notes_in(&journal), ["n1"]);
}
