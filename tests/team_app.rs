//! The app's team work at the session level (issue 10), without the GUI:
//! resolving a conflict with an edited annotation, and what happens when the
//! open annotation file changes on disk (a colleague's sync, `git pull`): a
//! clean merge is made at once as one undo step, a conflicting one is asked
//! about.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::path::{Path, PathBuf};

use glosa::model::merge::merge;
use glosa::model::{AnnotationSet, CharOffset, Edit, InstallationId, Local, Segment, TagId, Timestamp};
use glosa::persist::annotations;
use glosa::session::{DiskFollow, Session, new_highlight};
use glosa::workspace::Workspace;

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const EXAMPLE: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A temp folder with the sample (`brief.txt`) and its example annotations
/// (`brief.glosa.ron`).
fn example_copy() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    let mut workspace = Workspace::open(&repo(SAMPLE), &repo(EXAMPLE)).unwrap();
    workspace.document_path.clone_from(&doc);
    workspace.save_as(&file).unwrap();
    (dir, doc, file)
}

/// The example's first annotation with its note set to `note` on installation
/// `who`, `second` seconds into 2026-01-05 09:00 UTC.
fn edited_by(doc: &Path, file: &Path, who: &str, note: &str, second: i64) -> AnnotationSet {
    let id = annotations::load(file).unwrap().annotations[0].id;
    let mut workspace = Workspace::open(doc, file).unwrap();
    let installation: InstallationId = who.parse().unwrap();
    let at = Timestamp::from_second(1_767_603_600 + second).unwrap();
    workspace.set.set_local(Local { installation, now: Some(at) });
    workspace.set.apply(Edit::SetNote { id, note: note.to_owned(), modified: at }).unwrap();
    workspace.set
}

#[test]
fn an_edited_resolution_dominates_every_version_so_remerging_them_changes_nothing() {
    let (_dir, doc, file) = example_copy();
    let ana = edited_by(&doc, &file, "01KBANA0000000000000000000", "Nota de Ana", 10);
    let ben = edited_by(&doc, &file, "01KBBEN0000000000000000000", "Nota de Ben", 20);
    let mut workspace = Workspace::open(&doc, &file).unwrap();
    workspace.set = merge(&ana, &ben);
    workspace.save().unwrap();

    let mut session = Session::open_annotations(&file).unwrap();
    let conflict = session.conflicts().remove(0);
    let mut edited = conflict.versions[1].value.clone();
    edited.note = "Nota de Ana y Ben".to_owned();
    edited.tags = [TagId::new("governments").unwrap(), TagId::new("civil-society").unwrap()].into();
    session.resolve_edited(conflict.id, edited).unwrap();
    assert!(session.conflicts().is_empty());
    let resolved = session.annotation(conflict.id).unwrap().clone();
    assert_eq!(resolved.note, "Nota de Ana y Ben");
    assert_eq!(resolved.tags.len(), 2);
    assert_eq!(resolved.segments, conflict.versions[1].value.segments, "the passage of the version edited");

    // Ana's and Ben's old files merged in again: the resolution stays.
    for old in [&ana, &ben] {
        let merged = merge(session.set(), old);
        assert_eq!(merged.annotations.versions_of(&conflict.id).len(), 1);
        assert_eq!(merged.annotations.get(&conflict.id).unwrap().note, "Nota de Ana y Ben");
    }
    assert!(session.undo().unwrap());
    assert_eq!(session.conflicts().len(), 1, "undo brings the conflict back");

    // Not in conflict: refused, nothing changes.
    let other = session.set().annotations.iter().nth(1).unwrap().clone();
    assert!(session.resolve_edited(other.id, other.clone()).is_err());
}

/// A highlight by `author` with `note` on paragraph `paragraph`.
fn add(session: &mut Session, author: &str, note: &str, paragraph: usize) {
    let segment = Segment::new(session.document(), paragraph, CharOffset(0), CharOffset(12)).unwrap();
    let mut annotation =
        new_highlight(vec![segment], [TagId::new("civil-society").unwrap()].into(), author, glosa::workspace::now())
            .unwrap();
    note.clone_into(&mut annotation.note);
    session.apply(Edit::Create(Box::new(annotation))).unwrap();
}

/// A colleague's Glosa opens `file`, does `what`, and saves.
fn colleague(file: &Path, what: impl FnOnce(&mut Session)) {
    let mut theirs = Session::open_annotations(file).unwrap();
    what(&mut theirs);
    theirs.save().unwrap();
}

fn notes(session: &Session) -> Vec<String> {
    let mut notes: Vec<String> = session.set().annotations.iter().map(|a| a.note.clone()).collect();
    notes.sort();
    notes.dedup();
    notes
}

#[test]
fn with_nothing_unsaved_a_change_on_disk_is_taken_as_one_undo_step() {
    let (_dir, _doc, file) = example_copy();
    let mut mine = Session::open_annotations(&file).unwrap();
    assert_eq!(mine.follow_disk().unwrap(), DiskFollow::Unchanged);
    let gone = mine.set().annotations.iter().next().unwrap().id;
    colleague(&file, |s| {
        add(s, "Kwame", "from Kwame", 8);
        s.apply(Edit::Delete(gone)).unwrap();
    });
    assert_eq!(mine.follow_disk().unwrap(), DiskFollow::Reloaded { changes: 2 });
    assert_eq!(mine.set().annotations.len(), 10, "10 + theirs - the one they deleted");
    assert!(notes(&mine).contains(&"from Kwame".to_owned()));
    assert!(mine.annotation(gone).is_none());
    assert!(!mine.is_modified(), "the session holds the file's version");
    assert_eq!(mine.set(), &annotations::read(&file).unwrap().file.into_set().1);
    assert_eq!(mine.follow_disk().unwrap(), DiskFollow::Unchanged, "not taken twice");

    assert!(mine.undo().unwrap());
    assert!(mine.annotation(gone).is_some());
    assert!(!notes(&mine).contains(&"from Kwame".to_owned()));
    assert!(mine.is_modified(), "undone: differs from the file");
    assert_eq!(mine.follow_disk().unwrap(), DiskFollow::Unchanged, "the same version is not taken again");
}

#[test]
fn with_unsaved_changes_a_clean_change_on_disk_is_merged_as_one_undo_step() {
    let (_dir, _doc, file) = example_copy();
    let mut mine = Session::open_annotations(&file).unwrap();
    add(&mut mine, "Ana", "mine, unsaved", 4);
    colleague(&file, |s| add(s, "Kwame", "from Kwame", 8));
    let DiskFollow::Merged(report) = mine.follow_disk().unwrap() else { panic!("a clean merge is made at once") };
    assert_eq!((report.added, report.updated, report.conflicts.len()), (1, 0, 0));
    assert_eq!(mine.set().annotations.len(), 12, "10 + mine + theirs");
    assert!(mine.is_modified(), "mine is still unsaved");
    assert_eq!(mine.follow_disk().unwrap(), DiskFollow::Unchanged, "merged once");

    assert!(mine.undo().unwrap());
    assert_eq!(notes(&mine).iter().filter(|n| n.contains("Kwame")).count(), 0, "undo takes the merge back");
    assert!(notes(&mine).contains(&"mine, unsaved".to_owned()));
    // Saving still merges their version under the lock: nothing of theirs is lost.
    mine.save_merging().unwrap();
    let saved = annotations::load(&file).unwrap();
    assert_eq!(saved.annotations.len(), 12);
}

#[test]
fn with_unsaved_changes_a_conflicting_change_on_disk_is_asked_about_and_nothing_is_touched() {
    let (_dir, _doc, file) = example_copy();
    let mut mine = Session::open_annotations(&file).unwrap();
    let id = mine.set().annotations.iter().next().unwrap().id;
    let at = glosa::workspace::now();
    mine.apply(Edit::SetNote { id, note: "mine".to_owned(), modified: at }).unwrap();
    colleague(&file, |s| s.apply(Edit::SetNote { id, note: "theirs".to_owned(), modified: at }).unwrap());
    let DiskFollow::Ask(report) = mine.follow_disk().unwrap() else { panic!("a conflict is asked about") };
    assert_eq!(report.conflicts, [id]);
    assert_eq!(mine.annotation(id).unwrap().note, "mine");
    assert!(mine.conflicts().is_empty(), "nothing merged before the user answers");
}
