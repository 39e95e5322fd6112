//! Helpers shared by the integration tests: the bundled sample and its example
//! annotation files, segments by quote, ZIP entries and schema validation.
#![allow(dead_code, reason = "each test file uses some of the helpers")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use glosa::model::{CharOffset, Document, Segment};
use tempfile::TempDir;

/// The bundled sample document, in the repository.
pub const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
/// Its example annotations (the first coder's), in the repository.
pub const EXAMPLE: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";
/// The second coder's example annotations of the sample, in the repository.
pub const SECOND_CODER: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.second-coder.glosa.ron";

/// Runs `glosa ARGS…` (the binary built with the tests) in `dir` as the author
/// “Ana Pérez”, with stdin closed and stdout/stderr captured.
///
/// # Panics
/// When the binary cannot be started.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_glosa"))
        .current_dir(dir)
        .env("GLOSA_AUTHOR", "Ana Pérez")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// The standard output of a run that must succeed.
///
/// # Panics
/// When the exit status is not 0 (the message is the run's standard error).
pub fn ok(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A file of the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A temp folder with copies of the bundled sample and its example annotations
/// (`brief.txt`, and `brief.glosa.ron`, which refers to it): (folder, document,
/// annotation file).
///
/// # Panics
/// When the copies cannot be made.
pub fn example_copy() -> (TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    let mut workspace = glosa::workspace::Workspace::open(&repo(SAMPLE), &repo(EXAMPLE)).unwrap();
    workspace.document_path.clone_from(&doc);
    workspace.save_as(&file).unwrap();
    (dir, doc, file)
}

/// A segment on the first occurrence of `quote`, in the paragraph that contains it.
///
/// # Panics
/// When `quote` is in no paragraph.
pub fn segment_on(doc: &Document, quote: &str) -> Segment {
    for (index, p) in doc.paragraphs().iter().enumerate() {
        let text = doc.text_of(p);
        if let Some(byte) = text.find(quote) {
            let start = text[..byte].chars().count();
            let end = start + quote.chars().count();
            if let Some(segment) = Segment::new(doc, index, CharOffset(start), CharOffset(end)) {
                return segment;
            }
        }
    }
    panic!("`{quote}` not in the document");
}

/// The entries of a ZIP, by name.
///
/// # Panics
/// When `bytes` is not a readable ZIP archive.
pub fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        out.insert(entry.name().unwrap().into_owned(), data);
    }
    out
}

/// Validates `xml` against the vendored schema `xsd` (`tests/refi-qda/`) with
/// `xmllint`.
///
/// # Panics
/// With xmllint's message when `xml` is invalid, or when xmllint is missing (CI
/// installs it: `libxml2-utils`).
pub fn assert_valid(xml: &[u8], xsd: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("instance.xml");
    std::fs::write(&file, xml).unwrap();
    let schema = repo("tests/refi-qda").join(xsd);
    let output = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .arg(&file)
        .output()
        .expect("xmllint is needed to validate REFI-QDA exports (apt-get install libxml2-utils)");
    assert!(
        output.status.success(),
        "not valid against {xsd}:\n{}\n{}",
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(xml).chars().take(3000).collect::<String>()
    );
}

/// The second document of [`two_document_project`]: the Universal Declaration
/// of Human Rights in Spanish.
pub const UDHR: &str = "tests/corpus/udhr_spa.txt";

/// What each coder of [`two_document_project`] coded in `udhr.txt`, with the
/// CLI: (tag, quote). Both give “la Asamblea General” to governments; Lucía's
/// international organization is longer (boundaries differ) and she calls “la
/// familia humana” the private sector (different tags).
pub const UDHR_CODING: [(&str, &str, &str); 6] = [
    ("glosa-example", "governments", "la Asamblea General"),
    ("glosa-example", "international-organizations", "las Naciones Unidas"),
    ("glosa-example", "civil-society", "la familia humana"),
    ("lucia", "governments", "la Asamblea General"),
    ("lucia", "international-organizations", "los pueblos de las Naciones Unidas"),
    ("lucia", "private-sector", "la familia humana"),
];

/// A project folder of two documents and two coders: the bundled sample
/// (`brief.txt`) with the two example coders' files, and `udhr.txt` with two
/// files made with `glosa annotate` ([`UDHR_CODING`]); each coder's files in
/// their folder (`annotations/glosa-example/`, `annotations/lucia/`).
///
/// # Panics
/// When the files cannot be made.
pub fn two_document_project() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    std::fs::copy(repo(UDHR), dir.path().join("udhr.txt")).unwrap();
    for (name, file) in [("glosa-example", EXAMPLE), ("lucia", SECOND_CODER)] {
        let folder = dir.path().join("annotations").join(name);
        std::fs::create_dir_all(&folder).unwrap();
        let mut workspace = glosa::workspace::Workspace::open(&repo(SAMPLE), &repo(file)).unwrap();
        workspace.document_path.clone_from(&doc);
        workspace.save_as(&folder.join("brief.glosa.ron")).unwrap();
    }
    for (name, tag, quote) in UDHR_CODING {
        let author = if name == "lucia" { "Lucía Fernández" } else { "Glosa example" };
        let file = format!("annotations/{name}/udhr.glosa.ron");
        let args = ["annotate", "udhr.txt", "--annotations", &file, "--tag", tag, "--quote", quote, "--author", author];
        ok(&run_in(dir.path(), &args));
    }
    dir
}

/// What `glosa agreement --project DIR --format json` prints.
///
/// # Panics
/// When the command fails or prints no JSON.
pub fn agreement_json(project: &Path) -> serde_json::Value {
    let project = project.to_string_lossy();
    let output =
        run_in(Path::new(env!("CARGO_MANIFEST_DIR")), &["agreement", "--project", &project, "--format", "json"]);
    serde_json::from_str(&ok(&output)).unwrap()
}
