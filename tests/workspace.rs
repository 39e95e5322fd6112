//! Opening and saving a document with its annotation file: nothing anyone saved is
//! lost silently.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::Path;

use glosa::model::{Annotation, CharOffset, Edit, Segment, TagId};
use glosa::workspace::{Workspace, WorkspaceError, new_annotation_id, now};

fn sample_workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt"),
        &doc,
    )
    .unwrap();
    let workspace = Workspace::open(&doc, &dir.path().join("brief.glosa.ron")).unwrap();
    (dir, workspace)
}

fn add_highlight(workspace: &mut Workspace, paragraph: usize) {
    let at = now();
    let segment = Segment::new(&workspace.document, paragraph, CharOffset(0), CharOffset(10)).unwrap();
    let annotation = Annotation {
        id: new_annotation_id(at),
        segments: vec![segment],
        tags: [TagId::new("governments").unwrap()].into(),
        note: String::new(),
        author: "Ana".into(),
        created: at,
        modified: at,
    };
    workspace.set.apply(Edit::Create(Box::new(annotation))).unwrap();
}

#[test]
fn saving_over_a_file_another_program_changed_is_refused_until_confirmed() {
    let (_dir, mut mine) = sample_workspace();
    add_highlight(&mut mine, 1);
    mine.save().unwrap();
    // A colleague (or the CLI) saves the same file meanwhile.
    let mut theirs = Workspace::open(&mine.document_path, &mine.annotations_path).unwrap();
    add_highlight(&mut theirs, 2);
    theirs.save().unwrap();
    let their_bytes = fs::read(&mine.annotations_path).unwrap();
    add_highlight(&mut mine, 3);
    assert!(matches!(mine.save(), Err(WorkspaceError::ChangedOnDisk { .. })));
    assert_eq!(fs::read(&mine.annotations_path).unwrap(), their_bytes, "their save is untouched");
    mine.save_overwriting().unwrap();
    mine.save().unwrap();
}

#[test]
fn a_failed_save_as_keeps_the_old_path() {
    let (dir, mut workspace) = sample_workspace();
    add_highlight(&mut workspace, 1);
    let before = workspace.annotations_path.clone();
    let missing = dir.path().join("no/such/folder/x.glosa.ron");
    assert!(workspace.save_as(&missing).is_err());
    assert_eq!(workspace.annotations_path, before);
    workspace.save().unwrap();
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions_and_new_files_are_readable_by_others() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, mut workspace) = sample_workspace();
    add_highlight(&mut workspace, 1);
    workspace.save().unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&workspace.annotations_path), 0o644);
    fs::set_permissions(&workspace.annotations_path, fs::Permissions::from_mode(0o664)).unwrap();
    workspace = Workspace::open(&workspace.document_path.clone(), &workspace.annotations_path.clone()).unwrap();
    add_highlight(&mut workspace, 2);
    workspace.save().unwrap();
    assert_eq!(mode(&workspace.annotations_path), 0o664);
}
