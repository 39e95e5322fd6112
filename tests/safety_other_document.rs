//! An annotation file made for another document that exists is never taken over
//! silently (issue safety7 §1): opening a document with it is refused with a
//! typed error the app asks about, "Use it for this document" is the only way a
//! save moves it, and saving refuses to rewrite it otherwise. A file whose
//! document is gone (renamed, revised) is taken over as before.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::example_copy;
use glosa::persist::annotations;
use glosa::session::{Session, SessionError};
use glosa::workspace::{DocumentAccess, Workspace};

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

#[test]
fn opening_a_document_with_another_documents_file_is_refused_and_the_file_is_untouched() {
    let (dir, doc, file) = example_copy();
    let rev2 = revised(dir.path(), &doc);
    let before = fs::read(&file).unwrap();
    let Err(error) = Session::open_document(&rev2, Some(file.clone()), None) else {
        panic!("opened brief-rev2.txt with brief.txt's annotation file");
    };
    let SessionError::OtherDocument { path, named, document } = &error else {
        panic!("{error}");
    };
    assert_eq!((path, document), (&file, &rev2));
    assert_eq!(fs::canonicalize(named).unwrap(), fs::canonicalize(&doc).unwrap());
    assert_eq!(
        error.to_string(),
        format!(
            "the annotation file belongs to another document, {}, not {}: {}",
            dir.path().join("brief.txt").display(),
            rev2.display(),
            file.display()
        )
    );
    assert_eq!(fs::read(&file).unwrap(), before);
    // Its own document opens it as before.
    let own = Session::open_document(&doc, Some(file.clone()), None).unwrap();
    assert_eq!(own.set().annotations.len(), 10);
    assert_eq!(own.other_document(), None);
}

#[test]
fn use_it_for_this_document_moves_the_file_on_save_and_not_before() {
    let (dir, doc, file) = example_copy();
    let rev2 = revised(dir.path(), &doc);
    let before = fs::read(&file).unwrap();
    let mut session = Session::open_retargeting(&rev2, &file).unwrap();
    assert_eq!(session.set().annotations.len(), 10, "every annotation kept");
    assert_eq!(session.other_document(), None, "the user chose");
    assert_eq!(fs::read(&file).unwrap(), before, "nothing written on opening");
    session.save().unwrap();
    assert_eq!(stored_path(&file), "brief-rev2.txt");
    assert_eq!(fs::read(annotations::backup_path(&file)).unwrap(), before, "the backup keeps the old header");
    // From then on it is brief-rev2.txt's file.
    let again = Session::open_document(&rev2, Some(file.clone()), None).unwrap();
    assert_eq!(again.set().annotations.len(), 10);
}

#[test]
fn saving_never_rewrites_another_documents_file_unasked() {
    let (dir, doc, file) = example_copy();
    let rev2 = revised(dir.path(), &doc);
    let before = fs::read(&file).unwrap();
    // However a session got there (the API allows it), saving refuses.
    let mut session = Session::new(Workspace::open(&rev2, &file).unwrap(), true);
    assert_eq!(fs::canonicalize(session.other_document().unwrap()).unwrap(), fs::canonicalize(&doc).unwrap());
    let refused = |result: Result<(), SessionError>| match result {
        Err(SessionError::SaveOverOtherDocument { path, named }) => {
            assert_eq!(path, file);
            assert_eq!(fs::canonicalize(named).unwrap(), fs::canonicalize(&doc).unwrap());
        }
        other => panic!("{other:?}"),
    };
    refused(session.save());
    refused(session.save_overwriting());
    refused(session.save_merging().map(|_| ()));
    assert_eq!(fs::read(&file).unwrap(), before);
    assert!(!annotations::backup_path(&file).exists(), "nothing written, not even a backup");
    let error = session.save().unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "not saved: the annotation file belongs to another document, {} (save with Save As, or open it again \
             and choose to use it for this document): {}",
            dir.path().join("brief.txt").display(),
            file.display()
        )
    );
    // Save As writes a file of its own.
    let copy = dir.path().join("rev2.glosa.ron");
    session.save_as(&copy).unwrap();
    assert_eq!(stored_path(&copy), "brief-rev2.txt");
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn picking_the_document_for_a_file_is_the_users_say_so() {
    let (dir, doc, file) = example_copy();
    let rev2 = revised(dir.path(), &doc);
    let mut session = Session::open_annotations_with(&file, DocumentAccess::Chosen(&rev2)).unwrap();
    assert_eq!(session.other_document(), None);
    session.save().unwrap();
    assert_eq!(stored_path(&file), "brief-rev2.txt");
}

#[test]
fn a_file_whose_document_is_gone_is_taken_over_as_before() {
    let (dir, doc, file) = example_copy();
    let renamed = dir.path().join("brief-final.txt");
    fs::rename(&doc, &renamed).unwrap();
    let mut session = Session::open_document(&renamed, Some(file.clone()), None).unwrap();
    assert_eq!(session.set().annotations.len(), 10);
    assert_eq!(session.other_document(), None);
    session.save().unwrap();
    assert_eq!(stored_path(&file), "brief-final.txt");
}
