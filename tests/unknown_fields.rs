//! Fields this Glosa does not know (a newer Glosa's, another tool's, a colleague's
//! hand edit) are never dropped without the user's say-so: `check` names them,
//! and the commands that save refuse without `--drop-unknown-fields`.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;

use common::run_in;
use std::fs;
use std::path::Path;

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const SAVED: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";

/// `brief.txt` with the bundled example annotations as `brief.glosa.ron`, plus a
/// `reviewer_comment` at the top level and a `confidence` in one annotation.
fn with_unknown_fields() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::copy(root.join(SAMPLE), dir.path().join("brief.txt")).unwrap();
    let text = fs::read_to_string(root.join(SAVED))
        .unwrap()
        .replace("../assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt", "brief.txt")
        .replacen("    format:", "    reviewer_comment: \"revisado por Ben\",\n    format:", 1)
        .replacen("            note:", "            confidence: 0.8,\n            note:", 1);
    fs::write(dir.path().join("brief.glosa.ron"), text).unwrap();
    dir
}

const FIELDS: &str = "annotations.confidence, reviewer_comment";

#[test]
fn check_names_the_unknown_fields() {
    let dir = with_unknown_fields();
    let output = run_in(dir.path(), &["check", "brief.glosa.ron"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "glosa: warning: the file has fields this Glosa does not know, which saving would drop: {FIELDS}: \
             brief.glosa.ron\n"
        )
    );
    assert!(String::from_utf8_lossy(&output.stdout).ends_with("10 anchored, 0 moved, 0 orphaned\n"));
}

#[test]
fn saving_commands_refuse_to_drop_them_without_the_flag() {
    let dir = with_unknown_fields();
    let before = fs::read(dir.path().join("brief.glosa.ron")).unwrap();
    let expected = format!(
        "glosa: the annotation file has fields this Glosa does not know, which saving would drop: {FIELDS} \
         (pass --drop-unknown-fields to save anyway): brief.glosa.ron\n"
    );
    let annotate = ["annotate", "brief.txt", "--annotations", "brief.glosa.ron", "--tag", "governments"];
    let output = run_in(dir.path(), &[&annotate[..], &["--quote", "Agenda de Túnez"]].concat());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stderr), expected);
    let output = run_in(dir.path(), &["check", "brief.glosa.ron", "--write"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stderr), expected);
    assert_eq!(fs::read(dir.path().join("brief.glosa.ron")).unwrap(), before, "nothing written");

    let output =
        run_in(dir.path(), &[&annotate[..], &["--quote", "Agenda de Túnez", "--drop-unknown-fields"]].concat());
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let after = fs::read_to_string(dir.path().join("brief.glosa.ron")).unwrap();
    assert!(!after.contains("reviewer_comment") && !after.contains("confidence"));
    assert_eq!(glosa::persist::annotations::load(&dir.path().join("brief.glosa.ron")).unwrap().annotations.len(), 11);
}
