//! Importing W3C Web Annotation JSON into an editing session: a preview that
//! changes nothing, then one undo step; importing the same file again adds
//! nothing; bad files are one error naming the file.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use std::path::{Path, PathBuf};

use glosa::export::Format;
use glosa::session::{Session, SessionError};
use glosa::workspace::Workspace;

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const EXAMPLE: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A temp folder with the sample (`brief.txt`), a JSON export of its example
/// annotations (`excerpts.json`) and a session on the sample with a new, empty
/// annotation file.
fn setup() -> (tempfile::TempDir, PathBuf, Session) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    let mut workspace = Workspace::open(&repo(SAMPLE), &repo(EXAMPLE)).unwrap();
    workspace.document_path.clone_from(&doc);
    let example = dir.path().join("brief.glosa.ron");
    workspace.save_as(&example).unwrap();
    let export = dir.path().join("excerpts.json");
    Session::open_annotations(&example).unwrap().export_to(&export, Format::Json, None, &[]).unwrap();
    let session = Session::open_document(&doc, Some(dir.path().join("empty.glosa.ron")), None).unwrap();
    (dir, export, session)
}

fn now() -> glosa::model::Timestamp {
    "2026-01-01T00:00:00Z".parse().unwrap()
}

#[test]
fn the_preview_counts_per_author_and_changes_nothing_then_the_import_is_one_undo_step() {
    let (_dir, export, mut session) = setup();
    let preview = session.plan_import(&export, "me", now()).unwrap();
    assert_eq!(preview.counts().placed, 10);
    assert_eq!(preview.counts().total(), 10);
    let by_author = preview.by_author();
    assert_eq!(by_author.len(), 1);
    assert_eq!(by_author[0].0, "Glosa example");
    assert_eq!(by_author[0].1.placed, 10);
    assert!(session.set().annotations.is_empty(), "planning changes nothing");
    assert!(!session.can_undo());

    assert_eq!(session.apply_import(&preview).unwrap(), 10);
    assert_eq!(session.order().len(), 10);
    assert_eq!(session.review_count(), 0, "all placed, none to review");
    assert!(session.undo().unwrap());
    assert!(session.set().annotations.is_empty(), "one step");
    assert!(!session.can_undo());
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let (_dir, export, mut session) = setup();
    let first = session.plan_import(&export, "me", now()).unwrap();
    session.apply_import(&first).unwrap();
    let second = session.plan_import(&export, "me", now()).unwrap();
    assert_eq!(second.counts().total(), 0);
    assert_eq!(second.plan.already_there, 10);
    assert_eq!(session.apply_import(&second).unwrap(), 0);
    assert_eq!(session.set().annotations.len(), 10);
    // A stale preview (planned before the first import was applied) is planned again.
    session.undo().unwrap();
    let stale = session.plan_import(&export, "me", now()).unwrap();
    session.apply_import(&first).unwrap();
    assert_eq!(session.apply_import(&stale).unwrap(), 0, "nothing duplicated");
    assert_eq!(session.set().annotations.len(), 10);
}

#[test]
fn a_bad_file_is_one_error_naming_it() {
    let (dir, _export, session) = setup();
    let cases: [(&str, &[u8], &str); 3] = [
        ("broken.json", b"{\"items\": [", "cannot import (not JSON"),
        ("other.json", b"{\"name\": \"x\"}", "cannot import (no Web Annotations in it"),
        ("missing.json", b"", "cannot import ("),
    ];
    for (name, bytes, start) in cases {
        let path = dir.path().join(name);
        if name != "missing.json" {
            std::fs::write(&path, bytes).unwrap();
        }
        let error = session.plan_import(&path, "me", now()).unwrap_err();
        assert!(matches!(error, SessionError::ImportFailed { .. }));
        let message = error.to_string();
        assert!(message.starts_with(start), "{message}");
        assert!(message.ends_with(&path.display().to_string()), "{message}");
        assert!(!message.contains('\n'));
    }
    let folder = session.plan_import(dir.path(), "me", now()).unwrap_err().to_string();
    assert!(folder.starts_with("cannot import (it is a folder)"), "{folder}");
}
