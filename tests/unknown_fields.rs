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

/// `brief.glosa.ron` (with the unknown fields) and `ben.glosa.ron`, the bundled
/// example as a colleague has it (without them).
fn with_a_colleagues_copy() -> tempfile::TempDir {
    let dir = with_unknown_fields();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = fs::read_to_string(root.join(SAVED))
        .unwrap()
        .replace("../assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt", "brief.txt");
    fs::write(dir.path().join("ben.glosa.ron"), text).unwrap();
    dir
}

#[test]
fn merge_refuses_to_drop_them_without_the_flag_into_a_new_file_or_in_place() {
    let dir = with_a_colleagues_copy();
    let before = fs::read(dir.path().join("brief.glosa.ron")).unwrap();
    let expected = format!(
        "glosa: the annotation file has fields this Glosa does not know, which saving would drop: {FIELDS} \
         (pass --drop-unknown-fields to save anyway): brief.glosa.ron\n"
    );
    for output in ["merged.glosa.ron", "brief.glosa.ron"] {
        let merge = run_in(dir.path(), &["merge", "ben.glosa.ron", "brief.glosa.ron", "-o", output]);
        assert_eq!(merge.status.code(), Some(2), "-o {output}");
        assert_eq!(String::from_utf8_lossy(&merge.stderr), expected, "-o {output}");
        assert!(merge.stdout.is_empty());
    }
    assert!(!dir.path().join("merged.glosa.ron").exists(), "nothing written");
    assert_eq!(fs::read(dir.path().join("brief.glosa.ron")).unwrap(), before, "nothing written");

    let merge = run_in(
        dir.path(),
        &["merge", "ben.glosa.ron", "brief.glosa.ron", "-o", "merged.glosa.ron", "--drop-unknown-fields"],
    );
    assert_eq!(merge.status.code(), Some(0), "{}", String::from_utf8_lossy(&merge.stderr));
    assert_eq!(
        String::from_utf8_lossy(&merge.stdout),
        "added 0, updated 0, unchanged 10, conflicts 0, re-anchored 0, orphaned 0\nwrote merged.glosa.ron\n"
    );
    let merged = fs::read_to_string(dir.path().join("merged.glosa.ron")).unwrap();
    assert!(!merged.contains("reviewer_comment") && !merged.contains("confidence"));
    assert_eq!(glosa::persist::annotations::load(&dir.path().join("merged.glosa.ron")).unwrap().annotations.len(), 10);
}

#[test]
fn resolve_refuses_to_drop_them_without_the_flag() {
    use glosa::model::{Edit, InstallationId, Local};
    use glosa::workspace::Workspace;
    let dir = with_a_colleagues_copy();
    let (doc, ben) = (dir.path().join("brief.txt"), dir.path().join("ben.glosa.ron"));
    let ana = dir.path().join("ana.glosa.ron");
    fs::copy(&ben, &ana).unwrap();
    // Ana and Ben change the first note at the same time, on their installations.
    let id = glosa::persist::annotations::load(&ben).unwrap().annotations[0].id;
    for (file, installation, note) in
        [(&ana, "01KBANA0000000000000000000", "nota de Ana"), (&ben, "01KBBEN0000000000000000000", "nota de Ben")]
    {
        let mut workspace = Workspace::open(&doc, file).unwrap();
        let installation: InstallationId = installation.parse().unwrap();
        workspace.set.set_local(Local { installation, now: Some(glosa::workspace::now()) });
        workspace.set.apply(Edit::SetNote { id, note: note.to_owned(), modified: glosa::workspace::now() }).unwrap();
        workspace.save().unwrap();
    }
    let merge = run_in(dir.path(), &["merge", "ana.glosa.ron", "ben.glosa.ron", "-o", "merged.glosa.ron"]);
    assert_eq!(merge.status.code(), Some(1), "a conflict: {}", String::from_utf8_lossy(&merge.stderr));
    // A newer Glosa adds a field of its own to the merged file.
    let merged = dir.path().join("merged.glosa.ron");
    let text = fs::read_to_string(&merged).unwrap();
    assert!(text.contains("\n    format:"));
    fs::write(&merged, text.replacen("\n    format:", "\n    reviewer_comment: \"revisado\",\n    format:", 1))
        .unwrap();
    let before = fs::read(&merged).unwrap();

    let id = id.to_string();
    let resolve = run_in(dir.path(), &["resolve", "merged.glosa.ron", &id, "--take", "1"]);
    assert_eq!(resolve.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&resolve.stderr),
        "glosa: the annotation file has fields this Glosa does not know, which saving would drop: reviewer_comment \
         (pass --drop-unknown-fields to save anyway): merged.glosa.ron\n"
    );
    assert_eq!(fs::read(&merged).unwrap(), before, "nothing written");

    let resolve = run_in(dir.path(), &["resolve", "merged.glosa.ron", &id, "--take", "1", "--drop-unknown-fields"]);
    assert_eq!(resolve.status.code(), Some(0), "{}", String::from_utf8_lossy(&resolve.stderr));
    assert_eq!(String::from_utf8_lossy(&resolve.stdout), format!("resolved {id}: merged.glosa.ron\n"));
    let after = fs::read_to_string(&merged).unwrap();
    assert!(!after.contains("reviewer_comment"));
    let conflicts = run_in(dir.path(), &["conflicts", "merged.glosa.ron"]);
    assert_eq!(String::from_utf8_lossy(&conflicts.stdout), "0 conflicts\n");
}
