//! Two documents with the same name and different extensions in one folder
//! (`wtpf13_brief.es.docx` and `wtpf13_brief.es.pdf`, the bundled brief as Word
//! and as PDF) never share an annotation file: the second gets
//! `NAME.EXT.glosa.ron`, finds it again next time, and the command line refuses
//! to move the first one's file to the other document without `--retarget`.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;

use common::run_in;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use glosa::session::Session;
use glosa::session::paths::{self, Claim};

const DOCX: &str = "wtpf13_brief.es.docx";
const PDF: &str = "wtpf13_brief.es.pdf";
/// The name both would take by their stem.
const SHARED: &str = "wtpf13_brief.es.glosa.ron";
/// What `merge` says when `--retarget` moves the DOCX's annotations onto the PDF.
const RETARGET_WARNING: &str = "glosa: warning: made for another document (“Cooperación mejorada: nota informativa \
                                del FMPT-13”), its annotations are re-anchored: wtpf13_brief.es.glosa.ron\n";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A folder with the brief as DOCX and as PDF.
fn both_formats() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in [DOCX, PDF] {
        fs::copy(fixture(name), dir.path().join(name)).unwrap();
    }
    dir
}

fn annotate(dir: &Path, document: &str, annotations: &str, extra: &[&str]) -> Output {
    let mut args =
        vec!["annotate", document, "--annotations", annotations, "--tag", "governments", "--quote", "Agenda de Túnez"];
    args.extend_from_slice(extra);
    run_in(dir, &args)
}

fn stored_document(file: &Path) -> String {
    glosa::persist::annotations::load(file).unwrap().document.path
}

/// The DOCX annotated into `wtpf13_brief.es.glosa.ron` (one annotation).
fn docx_annotated() -> tempfile::TempDir {
    let dir = both_formats();
    let output = annotate(dir.path(), DOCX, SHARED, &[]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    dir
}

#[test]
fn the_cli_refuses_to_move_another_documents_file_and_names_both_documents() {
    let dir = docx_annotated();
    let before = fs::read(dir.path().join(SHARED)).unwrap();
    let output = annotate(dir.path(), PDF, SHARED, &[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "glosa: the annotation file belongs to another document, wtpf13_brief.es.docx, not wtpf13_brief.es.pdf \
         (use another --annotations file, or pass --retarget to move it to this document): wtpf13_brief.es.glosa.ron\n"
    );
    assert_eq!(fs::read(dir.path().join(SHARED)).unwrap(), before, "nothing written");

    // The other writing commands refuse the same way.
    let autocode =
        run_in(dir.path(), &["autocode", PDF, "--annotations", SHARED, "--tag", "governments", "--pattern", "Túnez"]);
    assert_eq!(autocode.status.code(), Some(2));
    let check = run_in(dir.path(), &["check", SHARED, "--document", PDF, "--write"]);
    assert_eq!(check.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&check.stderr).contains("belongs to another document, wtpf13_brief.es.docx"));
    assert_eq!(fs::read(dir.path().join(SHARED)).unwrap(), before, "nothing written");
    // Reading is not writing: check without --write compares as before.
    let look = run_in(dir.path(), &["check", SHARED, "--document", PDF]);
    assert_ne!(look.status.code(), Some(2), "{}", String::from_utf8_lossy(&look.stderr));
}

#[test]
fn retarget_is_the_users_say_so() {
    let dir = docx_annotated();
    let output = annotate(dir.path(), PDF, SHARED, &["--retarget"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(stored_document(&dir.path().join(SHARED)), PDF);
}

#[test]
fn a_file_whose_document_is_gone_is_taken_over_as_before() {
    // The DOCX was renamed: its file names a document that no longer exists,
    // and the renamed document re-anchors it without a flag.
    let dir = docx_annotated();
    fs::rename(dir.path().join(DOCX), dir.path().join("renamed.docx")).unwrap();
    let output = annotate(dir.path(), "renamed.docx", SHARED, &[]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(stored_document(&dir.path().join(SHARED)), "renamed.docx");
    let file = glosa::persist::annotations::load(&dir.path().join(SHARED)).unwrap();
    assert_eq!(file.annotations.len(), 2);
}

#[test]
fn opening_the_pdf_beside_the_annotated_docx_starts_its_own_file_and_finds_it_again() {
    let dir = docx_annotated();
    let pdf = dir.path().join(PDF);
    assert_eq!(paths::claim_of(&dir.path().join(SHARED), &pdf), Claim::Other(dir.path().join(DOCX)));

    let mut session = Session::open_document(&pdf, None, None).unwrap();
    let own = dir.path().join("wtpf13_brief.es.pdf.glosa.ron");
    assert_eq!(session.workspace().annotations_path, own);
    assert_eq!(session.set().annotations.len(), 0, "none of the DOCX's annotations");
    assert!(!session.document_changed());
    assert!(!session.has_file(), "Save asks where, suggesting the new name");
    session.save_as(&own).unwrap();
    assert_eq!(stored_document(&dir.path().join(SHARED)), DOCX, "the DOCX keeps its file");

    // Next time each document finds its own file.
    assert_eq!(paths::existing_annotations_for(&pdf), Some(own.clone()));
    let again = Session::open_document(&pdf, None, None).unwrap();
    assert_eq!(again.workspace().annotations_path, own);
    assert!(again.has_file());
    let docx = Session::open_document(&dir.path().join(DOCX), None, None).unwrap();
    assert_eq!(docx.workspace().annotations_path, dir.path().join(SHARED));
    assert_eq!(docx.set().annotations.len(), 1);
    assert_eq!(docx.review_count(), 0);
}

#[test]
fn the_shorter_name_is_still_used_when_it_names_this_document_or_one_that_is_gone() {
    let dir = docx_annotated();
    let docx = dir.path().join(DOCX);
    assert_eq!(paths::existing_annotations_for(&docx), Some(dir.path().join(SHARED)));
    // A revised PDF whose DOCX is gone re-anchors the old file.
    fs::remove_file(&docx).unwrap();
    let pdf = dir.path().join(PDF);
    assert_eq!(paths::claim_of(&dir.path().join(SHARED), &pdf), Claim::Gone);
    let session = Session::open_document(&pdf, None, None).unwrap();
    assert_eq!(session.workspace().annotations_path, dir.path().join(SHARED));
    assert_eq!(session.set().annotations.len(), 1);
    assert!(session.has_file());
    // A folder with one document keeps the plain name.
    assert_eq!(paths::new_annotations_path(&dir.path().join("other.txt")), dir.path().join("other.glosa.ron"));
}

/// The DOCX annotated into `wtpf13_brief.es.glosa.ron` and the PDF into its own
/// `wtpf13_brief.es.pdf.glosa.ron` (one annotation each, the same passage).
fn both_annotated() -> (tempfile::TempDir, &'static str) {
    const OWN: &str = "wtpf13_brief.es.pdf.glosa.ron";
    let dir = docx_annotated();
    let output = annotate(dir.path(), PDF, OWN, &[]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    (dir, OWN)
}

#[test]
fn merge_onto_a_document_refuses_another_documents_file_and_names_both_documents() {
    let (dir, own) = both_annotated();
    let before = (fs::read(dir.path().join(SHARED)).unwrap(), fs::read(dir.path().join(own)).unwrap());
    // Ana merges the DOCX's file into the PDF's.
    let merge = run_in(dir.path(), &["merge", own, SHARED, "-o", own, "--document", PDF]);
    assert_eq!(merge.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&merge.stderr),
        "glosa: the annotation file belongs to another document, wtpf13_brief.es.docx, not wtpf13_brief.es.pdf \
         (merge it without --document, or pass --retarget to re-anchor it onto this document): \
         wtpf13_brief.es.glosa.ron\n"
    );
    assert!(merge.stdout.is_empty());
    // Nor is the merge written over the DOCX's file.
    let merge = run_in(dir.path(), &["merge", own, own, "-o", SHARED, "--document", PDF]);
    assert_eq!(merge.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&merge.stderr),
        "glosa: the annotation file belongs to another document, wtpf13_brief.es.docx, not wtpf13_brief.es.pdf \
         (write the merge to another file, or pass --retarget to write it over this one): \
         wtpf13_brief.es.glosa.ron\n"
    );
    let after = (fs::read(dir.path().join(SHARED)).unwrap(), fs::read(dir.path().join(own)).unwrap());
    assert!(after == before, "nothing written");
}

#[test]
fn merge_without_document_refuses_files_of_two_documents_and_names_both() {
    let (dir, own) = both_annotated();
    let before = (fs::read(dir.path().join(SHARED)).unwrap(), fs::read(dir.path().join(own)).unwrap());
    // Ana merges the DOCX's file into the PDF's, saying nothing about documents.
    let merge = run_in(dir.path(), &["merge", own, SHARED, "-o", own]);
    assert_eq!(merge.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&merge.stderr),
        "glosa: the annotation files belong to different documents, wtpf13_brief.es.pdf and wtpf13_brief.es.docx \
         (merge the files of one document, or pass --retarget to re-anchor them all onto wtpf13_brief.es.pdf): \
         wtpf13_brief.es.pdf.glosa.ron, wtpf13_brief.es.glosa.ron\n"
    );
    assert!(merge.stdout.is_empty());
    let after = (fs::read(dir.path().join(SHARED)).unwrap(), fs::read(dir.path().join(own)).unwrap());
    assert!(after == before, "nothing written");
    // --retarget: onto the first file's document, and said so.
    let merge = run_in(dir.path(), &["merge", own, SHARED, "-o", own, "--retarget"]);
    assert_eq!(merge.status.code(), Some(0), "{}", String::from_utf8_lossy(&merge.stderr));
    assert_eq!(String::from_utf8_lossy(&merge.stderr), RETARGET_WARNING);
    assert_eq!(stored_document(&dir.path().join(own)), PDF);
    assert_eq!(glosa::persist::annotations::load(&dir.path().join(own)).unwrap().annotations.len(), 2);
    assert_eq!(fs::read(dir.path().join(SHARED)).unwrap(), before.0, "the DOCX's file is only read");
}

#[test]
fn merge_without_document_takes_a_file_whose_document_was_renamed_as_before() {
    let (dir, own) = both_annotated();
    fs::rename(dir.path().join(DOCX), dir.path().join("wtpf13_brief.es.old.docx")).unwrap();
    let merge = run_in(dir.path(), &["merge", own, SHARED, "-o", own]);
    assert_eq!(merge.status.code(), Some(0), "{}", String::from_utf8_lossy(&merge.stderr));
    assert_eq!(glosa::persist::annotations::load(&dir.path().join(own)).unwrap().annotations.len(), 2);
}

#[test]
fn merge_with_retarget_re_anchors_the_other_documents_annotations_onto_the_document() {
    let (dir, own) = both_annotated();
    let merge = run_in(dir.path(), &["merge", own, SHARED, "-o", own, "--document", PDF, "--retarget"]);
    assert_eq!(merge.status.code(), Some(0), "{}", String::from_utf8_lossy(&merge.stderr));
    assert_eq!(stored_document(&dir.path().join(own)), PDF);
    let merged = glosa::persist::annotations::load(&dir.path().join(own)).unwrap();
    let quotes: Vec<String> = merged.annotations.iter().map(glosa::model::Annotation::quote).collect();
    assert_eq!(quotes, ["Agenda de Túnez", "Agenda de Túnez"], "the PDF's and the DOCX's, both on the PDF");
    assert_eq!(stored_document(&dir.path().join(SHARED)), DOCX, "the DOCX's file is only read");
    // A file whose document is gone is taken as before, without the flag.
    let (dir, own) = both_annotated();
    fs::remove_file(dir.path().join(DOCX)).unwrap();
    let merge = run_in(dir.path(), &["merge", own, SHARED, "-o", own, "--document", PDF]);
    assert_eq!(merge.status.code(), Some(0), "{}", String::from_utf8_lossy(&merge.stderr));
}
