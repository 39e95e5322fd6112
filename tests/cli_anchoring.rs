//! `glosa check` and `glosa annotate --quote` on the points of issue 8 §1 and §3:
//! the check lists annotations in document order and names why one is moved; a
//! typed space finds a no-break space; a highlight of white space is refused.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use glosa::persist::annotations;
use tempfile::TempDir;

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

/// A temp folder holding `brief.txt`, a copy of the bundled sample.
fn workspace() -> (TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
    let annotations = dir.path().join("brief.glosa.ron");
    (dir, doc, annotations)
}

fn glosa() -> Command {
    let mut cmd = Command::cargo_bin("glosa").unwrap();
    cmd.env("GLOSA_AUTHOR", "Ana Pérez");
    cmd
}

fn annotate(doc: &Path, file: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    glosa().arg("annotate").arg(doc).arg("--annotations").arg(file).args(args).assert()
}

fn check_lines(file: &Path) -> Vec<String> {
    let output = glosa().arg("check").arg(file).output().unwrap();
    String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect()
}

#[test]
fn check_lists_annotations_where_they_are_now_and_says_why_one_is_moved() {
    let (_dir, doc, file) = workspace();
    // Made in this order: ¶3 first, then ¶2.
    annotate(
        &doc,
        &file,
        &["--tag", "intergovernmental-organizations", "--quote", "Secretario General de las Naciones Unidas"],
    )
    .success();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "cumplir en igualdad"]).success();
    let lines = check_lines(&file);
    assert!(lines[0].starts_with("anchored  ¶2 "), "{lines:?}");
    assert!(lines[1].starts_with("anchored  ¶3 "), "{lines:?}");

    // ¶2 is revised around its quote: its ID changes, so its stored position no
    // longer exists, but it is still found first in the document.
    let text = fs::read_to_string(&doc).unwrap();
    fs::write(
        &doc,
        text.replace(
            "En el párrafo 69 de la Agenda de Túnez (2005)",
            "En el párrafo sesenta y nueve de la Agenda de Túnez (2005)",
        ),
    )
    .unwrap();
    let lines = check_lines(&file);
    assert!(lines[1].starts_with("anchored  ¶2 "), "{lines:?}");
    assert!(lines[1].ends_with("“cumplir en igualdad”"), "{lines:?}");
    assert!(lines[2].starts_with("anchored  ¶3 "), "{lines:?}");

    // A word changes inside the quote (2 edits of 19 code points, within the fuzzy
    // threshold): moved, and the line says why.
    let text = fs::read_to_string(&doc).unwrap();
    fs::write(&doc, text.replace("cumplir en igualdad", "cumplir con igualdad")).unwrap();
    let lines = check_lines(&file);
    assert!(lines[1].starts_with("moved     ¶2 "), "{lines:?}");
    assert!(lines[1].ends_with("“cumplir en igualdad”  (fuzzy match)"), "{lines:?}");
    assert_eq!(lines.last().unwrap(), "1 anchored, 1 moved, 0 orphaned");
}

#[test]
fn a_typed_space_finds_a_no_break_space_and_blank_highlights_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("udhr.txt");
    // French typography: narrow no-break space before the colon, no-break space
    // inside "article 19".
    fs::write(&doc, "Article\u{A0}19\u{202F}: tout individu a droit à la liberté d’opinion et d’expression.\n")
        .unwrap();
    let file = dir.path().join("udhr.glosa.ron");
    annotate(&doc, &file, &["--tag", "civil-society", "--quote", "Article 19 : tout individu"]).success();
    let saved = annotations::load(&file).unwrap();
    assert_eq!(saved.annotations[0].segments[0].quote, "Article\u{A0}19\u{202F}: tout individu");
    let before = fs::read(&file).unwrap();

    // Only spaces, or a range over the no-break space: refused, nothing saved.
    annotate(&doc, &file, &["--tag", "civil-society", "--quote", "   "]).code(2);
    let paragraph = saved.annotations[0].segments[0].paragraph.as_str().to_owned();
    let refused = annotate(&doc, &file, &["--tag", "civil-society", "--paragraph", &paragraph, "--range", "7..8"]);
    let stderr = String::from_utf8(refused.code(2).get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("range 7..8: the selection holds only white space, nothing to highlight"), "{stderr}");
    assert_eq!(fs::read(&file).unwrap(), before);

    // A range with spaces around a word keeps only the word.
    annotate(&doc, &file, &["--tag", "civil-society", "--paragraph", &paragraph, "--range", "12..18"]).success();
    let saved = annotations::load(&file).unwrap();
    let quotes: Vec<&str> = saved.annotations.iter().map(|a| a.segments[0].quote.as_str()).collect();
    assert!(quotes.contains(&"tout"), "{quotes:?}");
}
