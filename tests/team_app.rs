//! The app's team work at the session level (issue 10), without the GUI:
//! resolving a conflict with an edited annotation, and what happens when the
//! open annotation file changes on disk (a colleague's sync, `git pull`): a
//! clean merge is made at once as one undo step, a conflicting one is asked
//! about.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::path::{Path, PathBuf};

use glosa::model::merge::merge;
use glosa::model::{AnnotationSet, Edit, InstallationId, Local, TagId, Timestamp};
use glosa::persist::annotations;
use glosa::session::Session;
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
