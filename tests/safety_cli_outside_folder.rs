//! `glosa import` and `glosa agreement` follow the document path stored in a
//! colleague's annotation file only inside that file's folder tree, as `check` and
//! `export` do (issue 7 §4): `/etc/passwd` or `../../x` is refused with one line
//! naming the path and the annotation file, and read only with
//! `--allow-outside-folder`. Runs the real binary on copies of the bundled brief.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)
}

fn glosa(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_glosa"))
        .args(args)
        .env("GLOSA_AUTHOR", "Ana Pérez")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn os(s: &str) -> &std::ffi::OsStr {
    s.as_ref()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A colleague's folder: `tree/deep/er/brief.glosa.ron` with one annotation by
/// `author` on the brief, the brief itself at `tree/x.txt` (two folders up), and
/// the stored document path rewritten to `stored`. Returns the annotation file.
fn colleague_file(tree: &Path, author: &str, stored: &str) -> PathBuf {
    let folder = tree.join("deep/er");
    fs::create_dir_all(&folder).unwrap();
    let doc = tree.join("x.txt");
    if !doc.exists() {
        fs::copy(sample(), &doc).unwrap();
    }
    let file = folder.join(format!("{author}.glosa.ron"));
    let output = Command::new(env!("CARGO_BIN_EXE_glosa"))
        .arg("annotate")
        .arg(&doc)
        .arg("--annotations")
        .arg(&file)
        .args(["--tag", "governments", "--quote", "cumplir en igualdad de condiciones", "--author", author])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let text = fs::read_to_string(&file).unwrap();
    let written = "path: \"../../x.txt\"";
    assert!(text.contains(written), "annotate stores the relative path: {text}");
    fs::write(&file, text.replace(written, &format!("path: {stored:?}"))).unwrap();
    file
}

#[test]
fn agreement_refuses_a_stored_path_to_etc_passwd_or_up_the_tree_and_follows_it_only_when_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path();
    let ana = colleague_file(tree, "ana", "/etc/passwd");
    let output = glosa(&[os("agreement"), ana.as_os_str()]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        message.starts_with("glosa: the document path in the annotation file is absolute (“/etc/passwd”), not opened"),
        "{message}"
    );
    assert!(message.contains("--allow-outside-folder") && message.trim_end().ends_with("ana.glosa.ron"), "{message}");
    assert!(output.stdout.is_empty() && !message.contains("root:"), "nothing of /etc/passwd is shown");

    // `../../x.txt`: the brief two folders up, the same text both coders coded.
    let ben = colleague_file(tree, "ben", "../../x.txt");
    let carla = colleague_file(tree, "carla", "../../x.txt");
    let output = glosa(&[os("agreement"), ben.as_os_str(), carla.as_os_str()]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.starts_with(
            "glosa: the document path in the annotation file leaves its folder (“../../x.txt”), not opened"
        ) && message.trim_end().ends_with("ben.glosa.ron"),
        "{message}"
    );
    let allowed = glosa(&[os("agreement"), ben.as_os_str(), carla.as_os_str(), os("--allow-outside-folder")]);
    assert!(allowed.status.success(), "{}", stderr(&allowed));
    let text = String::from_utf8(allowed.stdout).unwrap();
    assert!(text.starts_with("Agreement of 2 coders (ben, carla) on 1 document"), "{text}");
    // --document names the text: the stored path is not used at all.
    let given = glosa(&[os("agreement"), ben.as_os_str(), carla.as_os_str(), os("--document"), sample().as_os_str()]);
    assert!(given.status.success(), "{}", stderr(&given));
}

/// A W3C Web Annotation export with one annotation on `source`.
fn w3c_json(dir: &Path, source: &str) -> PathBuf {
    let json = serde_json::json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "urn:uuid:6d1b7c58-7a1e-4d0e-9c39-0f8f1f0b2f11",
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "governments"},
        "target": {
            "source": source,
            "selector": {"type": "TextQuoteSelector", "exact": "cumplir en igualdad de condiciones"}
        }
    });
    let path = dir.join("incoming.jsonld");
    fs::write(&path, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    path
}

#[test]
fn import_refuses_an_annotation_file_whose_document_is_etc_passwd_or_up_the_tree() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path();
    let json = w3c_json(tree, "https://example.org/brief");
    let ana = colleague_file(tree, "ana", "/etc/passwd");
    let before = fs::read(&ana).unwrap();
    let output = glosa(&[os("import"), json.as_os_str(), os("--annotations"), ana.as_os_str()]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        message.starts_with("glosa: the document path in the annotation file is absolute (“/etc/passwd”), not opened")
            && message.trim_end().ends_with("ana.glosa.ron"),
        "{message}"
    );
    assert_eq!(fs::read(&ana).unwrap(), before, "the annotation file is left as it was");

    let ben = colleague_file(tree, "ben", "../../x.txt");
    let output = glosa(&[os("import"), json.as_os_str(), os("--annotations"), ben.as_os_str()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("leaves its folder (“../../x.txt”)"), "{}", stderr(&output));
    let allowed =
        glosa(&[os("import"), json.as_os_str(), os("--annotations"), ben.as_os_str(), os("--allow-outside-folder")]);
    assert!(allowed.status.success(), "{}", stderr(&allowed));
    let report = String::from_utf8(allowed.stdout).unwrap();
    // Placed on the brief two folders up, which the flag allowed.
    assert!(report.contains("imported 1 annotation into") && report.contains(": 1 placed, 0 moved"), "{report}");
    assert_eq!(glosa::persist::annotations::load(&ben).unwrap().annotations.len(), 2);
}

#[test]
fn import_follows_a_file_iri_only_inside_the_folder_tree() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new.glosa.ron");
    // A colleague's export naming /etc/passwd as its document.
    let json = w3c_json(dir.path(), "file:///etc/passwd");
    let output = glosa(&[os("import"), json.as_os_str(), os("--annotations"), out.as_os_str()]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message
            .starts_with("glosa: the imported annotations name a document outside its folder (“file:///etc/passwd”)")
            && message.trim_end().ends_with("incoming.jsonld"),
        "{message}"
    );
    assert!(!out.exists(), "nothing written");
    // The document beside the export is followed.
    let doc = dir.path().join("brief.txt");
    fs::copy(sample(), &doc).unwrap();
    let iri = format!("file://{}", doc.display()).replace(' ', "%20");
    let json = w3c_json(dir.path(), &iri);
    let output = glosa(&[os("import"), json.as_os_str(), os("--annotations"), out.as_os_str()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(String::from_utf8(output.stdout).unwrap().contains("1 placed"));
}
