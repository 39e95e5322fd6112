//! A project takes every document of a format Glosa reads (plain text, Markdown,
//! HTML, Word, `OpenDocument`, PDF), the same list `glosa DOC` opens, and leaves out
//! the Markdown excerpts Glosa itself exported into the folder.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;

use common::{ok, run_in};
use std::fs;
use std::path::Path;

/// The bundled brief in five formats, the Spanish UDHR as text (annotated), the
/// HTML brief annotated, and a Markdown export of the UDHR's excerpts.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for extension in ["html", "docx", "pdf", "odt", "md"] {
        let name = format!("wtpf13_brief.es.{extension}");
        fs::copy(root.join("tests/fixtures").join(&name), dir.path().join(&name)).unwrap();
    }
    fs::copy(root.join("tests/corpus/udhr_spa.txt"), dir.path().join("udhr_spa.txt")).unwrap();
    let annotate = |document: &str, file: &str, quote: &str| {
        ok(&run_in(
            dir.path(),
            &["annotate", document, "--annotations", file, "--tag", "governments", "--quote", quote],
        ))
    };
    annotate("udhr_spa.txt", "udhr_spa.glosa.ron", "dignidad");
    annotate("wtpf13_brief.es.html", "wtpf13_brief.es.html.glosa.ron", "Agenda de Túnez");
    ok(&run_in(dir.path(), &["export", "udhr_spa.glosa.ron", "--format", "markdown", "-o", "excerpts.md"]));
    dir
}

#[test]
fn every_format_glosa_reads_is_a_project_document_and_its_own_export_is_not() {
    let dir = folder();
    let name = dir.path().file_name().unwrap().to_string_lossy().into_owned();
    let init = run_in(dir.path(), &["project", "init", "."]);
    assert_eq!(String::from_utf8_lossy(&init.stderr), "");
    assert!(
        ok(&init).ends_with(": 6 documents, 2 annotation files, 6 codes, 4 attributes\n"),
        "{}",
        String::from_utf8_lossy(&init.stdout)
    );
    let list = run_in(dir.path(), &["project", "list", "."]);
    assert_eq!(String::from_utf8_lossy(&list.stderr), "", "no annotation file is “outside the project”");
    let text = ok(&list);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[1..],
        [
            "udhr_spa.txt  (no attributes)  1 file, 1 annotation",
            "wtpf13_brief.es.docx  (no attributes)  0 files, 0 annotations",
            "wtpf13_brief.es.html  (no attributes)  1 file, 1 annotation",
            "wtpf13_brief.es.md  (no attributes)  0 files, 0 annotations",
            "wtpf13_brief.es.odt  (no attributes)  0 files, 0 annotations",
            "wtpf13_brief.es.pdf  (no attributes)  0 files, 0 annotations",
        ],
        "{name}"
    );
}

#[test]
fn project_add_takes_word_and_pdf_documents() {
    let dir = folder();
    let project = dir.path().join("p");
    fs::create_dir(&project).unwrap();
    ok(&run_in(&project, &["project", "init", "."]));
    let output = run_in(&project, &["project", "add", "../wtpf13_brief.es.docx", "../wtpf13_brief.es.pdf"]);
    ok(&output);
    let text = ok(&run_in(&project, &["project", "list", "."]));
    assert!(text.starts_with("p: 2 documents, 0 annotation files"), "{text}");
}
