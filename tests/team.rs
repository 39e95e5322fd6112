//! Team work end to end (issue 10): `glosa merge`, `conflicts`, `resolve`, and git
//! with the `glosa merge-driver` set up by `glosa git-setup`, on copies of the
//! bundled sample. Two colleagues, Ana and Ben, on two installations.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use glosa::model::{AnnotationId, Edit, InstallationId, Local};
use glosa::persist::annotations::{self, AnnotationFile};
use glosa::session::DiskFollow;
use glosa::workspace::Workspace;
use predicates::prelude::PredicateBooleanExt;
use tempfile::TempDir;

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const ANA: &str = "01KBANA0000000000000000000";
const BEN: &str = "01KBBEN0000000000000000000";

fn folder() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
    (dir, doc)
}

fn glosa(installation: &str, author: &str) -> Command {
    let mut cmd = Command::cargo_bin("glosa").unwrap();
    cmd.env("GLOSA_AUTHOR", author).env("GLOSA_INSTALLATION", installation);
    cmd
}

fn annotate(who: (&str, &str), doc: &Path, file: &Path, quote: &str, tag: &str) {
    glosa(who.0, who.1)
        .arg("annotate")
        .arg(doc)
        .arg("--annotations")
        .arg(file)
        .args(["--tag", tag, "--quote", quote])
        .assert()
        .success();
}

fn load(path: &Path) -> AnnotationFile {
    annotations::load(path).unwrap()
}

fn id_of(file: &AnnotationFile, quote: &str) -> AnnotationId {
    file.annotations.iter().find(|a| a.quote() == quote).unwrap().id
}

/// Edits the note of annotation `id` in `file` as the app would on installation `who`.
fn edit_note(who: &str, doc: &Path, file: &Path, id: AnnotationId, note: &str) {
    let mut workspace = Workspace::open(doc, file).unwrap();
    let installation: InstallationId = who.parse().unwrap();
    workspace.set.set_local(Local { installation, now: Some(glosa::workspace::now()) });
    workspace.set.apply(Edit::SetNote { id, note: note.to_owned(), modified: glosa::workspace::now() }).unwrap();
    workspace.save().unwrap();
}

/// Sets `file`'s modification time to a moment long past and returns it, so
/// that a rewrite shows in the time whatever the file system's granularity (a
/// rewrite a few milliseconds later may keep the same time where it counts in
/// whole or even two seconds).
fn backdate(file: &Path) -> std::time::SystemTime {
    let long_ago = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    fs::File::options().write(true).open(file).unwrap().set_modified(long_ago).unwrap();
    long_ago
}

const Q1: &str = "cumplir en igualdad de condiciones";
const Q2: &str = "cooperación mejorada";
const Q3: &str = "Foro para la Gobernanza";

#[test]
fn merging_two_colleagues_files_keeps_both_and_a_second_merge_rewrites_nothing() {
    let (dir, doc) = folder();
    let base = dir.path().join("base.glosa.ron");
    annotate((ANA, "Ana"), &doc, &base, Q1, "governments");
    let ana = dir.path().join("ana.glosa.ron");
    let ben = dir.path().join("ben.glosa.ron");
    fs::copy(&base, &ana).unwrap();
    fs::copy(&base, &ben).unwrap();
    annotate((ANA, "Ana"), &doc, &ana, Q2, "governments");
    let first = id_of(&load(&ana), Q1);
    edit_note(ANA, &doc, &ana, first, "Rol de los Estados");
    // Ben highlights the same passage Ana did: a colleague's annotation, not a duplicate.
    annotate((BEN, "Ben"), &doc, &ben, Q1, "civil-society");
    let out = dir.path().join("merged.glosa.ron");
    glosa(ANA, "Ana")
        .arg("merge")
        .args([&ana, &ben])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("added 1, updated 0, unchanged 2, conflicts 0, re-anchored 0, orphaned 0"));
    let merged = load(&out);
    assert_eq!(merged.version, 2);
    assert_eq!(merged.annotations.len(), 3);
    let notes: Vec<(&str, &str)> = merged.annotations.iter().map(|a| (a.author.as_str(), a.note.as_str())).collect();
    assert!(notes.contains(&("Ana", "Rol de los Estados")), "{notes:?}");
    assert_eq!(merged.annotations.iter().filter(|a| a.quote() == Q1).count(), 2, "Ana's and Ben's");
    // The same merge in the other order gives the same bytes.
    let other = dir.path().join("other.glosa.ron");
    glosa(BEN, "Ben").arg("merge").args([&ben, &ana]).arg("-o").arg(&other).assert().code(0);
    assert_eq!(fs::read(&out).unwrap(), fs::read(&other).unwrap());
    // Merging again changes nothing: same bytes, same modification time.
    let before = backdate(&out);
    glosa(ANA, "Ana")
        .arg("merge")
        .args([&out, &ana, &ben])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("unchanged "));
    assert_eq!(fs::metadata(&out).unwrap().modified().unwrap(), before);
}

#[test]
fn concurrent_note_edits_are_a_conflict_listed_and_resolved_by_version_number() {
    let (dir, doc) = folder();
    let base = dir.path().join("base.glosa.ron");
    annotate((ANA, "Ana"), &doc, &base, Q1, "governments");
    let id = id_of(&load(&base), Q1);
    let ana = dir.path().join("ana.glosa.ron");
    let ben = dir.path().join("ben.glosa.ron");
    fs::copy(&base, &ana).unwrap();
    fs::copy(&base, &ben).unwrap();
    edit_note(ANA, &doc, &ana, id, "nota de Ana");
    edit_note(BEN, &doc, &ben, id, "nota de Ben");
    let out = dir.path().join("merged.glosa.ron");
    glosa(ANA, "Ana")
        .arg("merge")
        .args([&ana, &ben])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stdout(predicates::str::contains(format!("conflict  {id}")));
    let text = fs::read_to_string(&out).unwrap();
    assert!(text.contains("nota de Ana") && text.contains("nota de Ben"), "both versions in the file");
    let listed = glosa(ANA, "Ana").arg("conflicts").arg(&out).assert().code(1);
    let listed = String::from_utf8(listed.get_output().stdout.clone()).unwrap();
    assert!(listed.contains(&format!("{id}  2 versions")), "{listed}");
    let ben_line = listed.lines().find(|l| l.contains("nota de Ben")).unwrap();
    let n = ben_line.split_whitespace().next().unwrap();
    glosa(ANA, "Ana").arg("resolve").arg(&out).arg(id.to_string()).args(["--take", n]).assert().code(0);
    let resolved = load(&out);
    assert_eq!(resolved.annotations.len(), 1);
    assert_eq!(resolved.annotations[0].note, "nota de Ben");
    glosa(ANA, "Ana").arg("conflicts").arg(&out).assert().code(0).stdout(predicates::str::contains("0 conflicts"));
    // Re-merging Ana's old file does not bring the conflict back: the resolution dominates.
    glosa(ANA, "Ana").arg("merge").args([&out, &ana]).arg("-o").arg(&out).assert().code(0);
}

#[test]
fn an_edit_against_a_deletion_is_a_conflict_and_take_all_keeps_both() {
    let (dir, doc) = folder();
    let base = dir.path().join("base.glosa.ron");
    annotate((ANA, "Ana"), &doc, &base, Q1, "governments");
    let id = id_of(&load(&base), Q1);
    let ana = dir.path().join("ana.glosa.ron");
    let ben = dir.path().join("ben.glosa.ron");
    fs::copy(&base, &ana).unwrap();
    fs::copy(&base, &ben).unwrap();
    edit_note(ANA, &doc, &ana, id, "sigue siendo importante");
    let mut workspace = Workspace::open(&doc, &ben).unwrap();
    workspace.set.set_local(Local { installation: BEN.parse().unwrap(), now: Some(glosa::workspace::now()) });
    workspace.set.apply(Edit::Delete(id)).unwrap();
    workspace.save().unwrap();
    let out = dir.path().join("merged.glosa.ron");
    glosa(ANA, "Ana").arg("merge").args([&ana, &ben]).arg("-o").arg(&out).assert().code(1);
    let text = fs::read_to_string(&out).unwrap();
    assert!(text.contains("deleted: Some("), "the deletion is kept as a tombstone");
    assert!(text.contains("sigue siendo importante"), "the edit is kept");
    glosa(ANA, "Ana").arg("resolve").arg(&out).arg(id.to_string()).arg("--take-all").assert().code(0);
    let resolved = load(&out);
    assert_eq!(resolved.annotations.len(), 1, "the live version is kept, the deletion resolved");
    assert_eq!(resolved.annotations[0].note, "sigue siendo importante");
}

fn git(repo: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("git").arg("-C").arg(repo).args(args).output().unwrap()
}

fn git_ok(repo: &Path, args: &[&str]) {
    let output = git(repo, args);
    assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn git_merges_annotation_files_with_the_glosa_driver_and_keeps_both_notes_on_a_conflict() {
    let (dir, doc) = folder();
    let repo = dir.path();
    git_ok(repo, &["init", "-q", "-b", "main"]);
    git_ok(repo, &["config", "user.name", "Test"]);
    git_ok(repo, &["config", "user.email", "test@example.org"]);
    glosa(ANA, "Ana").arg("git-setup").arg(repo).assert().code(0);
    assert!(fs::read_to_string(repo.join(".gitattributes")).unwrap().contains("*.glosa.ron merge=glosa"));
    assert!(fs::read_to_string(repo.join(".gitignore")).unwrap().contains(".*.glosa.ron.lock"));
    let file = repo.join("brief.glosa.ron");
    annotate((ANA, "Ana"), &doc, &file, Q1, "governments");
    let id = id_of(&load(&file), Q1);
    git_ok(repo, &["add", "."]);
    git_ok(repo, &["commit", "-q", "-m", "base"]);
    // Two branches, each adding and editing annotations.
    git_ok(repo, &["checkout", "-q", "-b", "ben"]);
    annotate((BEN, "Ben"), &doc, &file, Q3, "civil-society");
    git_ok(repo, &["commit", "-q", "-am", "Ben"]);
    git_ok(repo, &["checkout", "-q", "main"]);
    annotate((ANA, "Ana"), &doc, &file, Q2, "governments");
    edit_note(ANA, &doc, &file, id, "Rol de los Estados");
    git_ok(repo, &["commit", "-q", "-am", "Ana"]);
    git_ok(repo, &["merge", "-q", "--no-edit", "ben"]);
    let merged = load(&file);
    let quotes: Vec<String> = merged.annotations.iter().map(glosa::model::Annotation::quote).collect();
    assert_eq!(merged.annotations.len(), 3, "{quotes:?}");
    assert!(merged.annotations.iter().any(|a| a.note == "Rol de los Estados"));
    // A conflicting edit of the same note.
    git_ok(repo, &["checkout", "-q", "-b", "ben-2"]);
    edit_note(BEN, &doc, &file, id, "nota de Ben");
    git_ok(repo, &["commit", "-q", "-am", "Ben edits"]);
    git_ok(repo, &["checkout", "-q", "main"]);
    edit_note(ANA, &doc, &file, id, "nota de Ana");
    git_ok(repo, &["commit", "-q", "-am", "Ana edits"]);
    let output = git(repo, &["merge", "--no-edit", "ben-2"]);
    assert!(!output.status.success(), "git reports the conflict");
    let unmerged = git(repo, &["ls-files", "-u"]);
    assert!(String::from_utf8_lossy(&unmerged.stdout).contains("brief.glosa.ron"));
    let text = fs::read_to_string(&file).unwrap();
    assert!(!text.contains("<<<<<<<"), "no conflict markers");
    let file_now = load(&file);
    assert_eq!(file_now.annotations.len(), 3);
    assert!(text.contains("nota de Ana") && text.contains("nota de Ben"));
    glosa(ANA, "Ana").arg("conflicts").arg(&file).assert().code(1).stdout(predicates::str::contains("2 versions"));
}

#[test]
fn the_merge_driver_on_an_older_version_of_ours_rewrites_nothing_same_bytes_same_mtime() {
    let (dir, doc) = folder();
    let ours = dir.path().join("brief.glosa.ron");
    annotate((ANA, "Ana"), &doc, &ours, Q1, "governments");
    let theirs = dir.path().join(".merge_file_theirs");
    fs::copy(&ours, &theirs).unwrap();
    // Ours moved on since theirs was taken: theirs has nothing ours lacks.
    annotate((ANA, "Ana"), &doc, &ours, Q2, "governments");
    let id = id_of(&load(&ours), Q1);
    edit_note(ANA, &doc, &ours, id, "Rol de los Estados");
    let bytes = fs::read(&ours).unwrap();
    let before = backdate(&ours);
    glosa(BEN, "Ben")
        .arg("merge-driver")
        .arg(&theirs)
        .arg(&ours)
        .arg(&theirs)
        .arg("7")
        .arg(&ours)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("added 0, updated 0, unchanged 2, conflicts 0"));
    assert_eq!(fs::read(&ours).unwrap(), bytes, "same bytes");
    assert_eq!(fs::metadata(&ours).unwrap().modified().unwrap(), before, "same modification time");
    // No temporary file left behind either.
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn merging_a_file_made_for_another_document_is_refused_and_with_retarget_warns_naming_it() {
    let (dir, doc) = folder();
    let ana = dir.path().join("ana.glosa.ron");
    annotate((ANA, "Ana"), &doc, &ana, Q1, "governments");
    // Ben coded the Spanish UDHR, not the brief.
    let udhr = dir.path().join("udhr.txt");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/udhr_spa.txt"), &udhr).unwrap();
    let ben = dir.path().join("ben.glosa.ron");
    annotate((BEN, "Ben"), &udhr, &ben, "Declaración Universal de Derechos Humanos", "civil-society");
    let out = dir.path().join("merged.glosa.ron");
    // Two documents that both exist: refused, naming both documents and both files.
    let refused = glosa(ANA, "Ana").arg("merge").args([&ana, &ben]).arg("-o").arg(&out).assert().code(2);
    assert_eq!(
        String::from_utf8_lossy(&refused.get_output().stderr),
        format!(
            "glosa: the annotation files belong to different documents, {doc} and {udhr} (merge the files of one \
             document, or pass --retarget to re-anchor them all onto {doc}): {ana}, {ben}\n",
            doc = doc.display(),
            udhr = udhr.display(),
            ana = ana.display(),
            ben = ben.display()
        )
    );
    assert!(!out.exists(), "nothing written");
    // --retarget merges onto the brief and says so.
    let assert = glosa(ANA, "Ana").arg("merge").args([&ana, &ben]).arg("-o").arg(&out).arg("--retarget").assert();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert_eq!(
        warnings[0],
        format!(
            "glosa: warning: made for another document (“Universal Declaration of Human Rights - Spanish”), its \
             annotations are re-anchored: {}",
            ben.display()
        )
    );
    // Two files on the brief: no warning.
    let ana2 = dir.path().join("ana2.glosa.ron");
    annotate((ANA, "Ana"), &doc, &ana2, Q2, "governments");
    let again = glosa(ANA, "Ana").arg("merge").args([&ana, &ana2]).arg("-o").arg(&out).assert();
    assert!(!String::from_utf8_lossy(&again.get_output().stderr).contains("warning"));
}

/// Replaces `from` by `to` in `file` as a text editor would (no version bump).
fn hand_edit(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from} once in the file");
    fs::write(file, text.replace(from, to)).unwrap();
}

/// A repository set up for Glosa with the brief annotated once (note "Rol de los
/// Estados", made on Ana's installation) and committed on `main`.
fn repository_with_one_annotation() -> (TempDir, PathBuf, PathBuf, AnnotationId) {
    let (dir, doc) = folder();
    let repo = dir.path().to_owned();
    git_ok(&repo, &["init", "-q", "-b", "main"]);
    git_ok(&repo, &["config", "user.name", "Test"]);
    git_ok(&repo, &["config", "user.email", "test@example.org"]);
    glosa(ANA, "Ana").arg("git-setup").arg(&repo).assert().code(0);
    let file = repo.join("brief.glosa.ron");
    annotate((ANA, "Ana"), &doc, &file, Q1, "governments");
    let id = id_of(&load(&file), Q1);
    edit_note(ANA, &doc, &file, id, "Rol de los Estados");
    git_ok(&repo, &["add", "."]);
    git_ok(&repo, &["commit", "-q", "-m", "base"]);
    (dir, doc, file, id)
}

#[test]
fn git_takes_a_note_edited_in_a_text_editor_and_an_annotation_added_on_the_other_branch() {
    let (dir, doc, file, id) = repository_with_one_annotation();
    let repo = dir.path();
    git_ok(repo, &["checkout", "-q", "-b", "ben"]);
    annotate((BEN, "Ben"), &doc, &file, Q3, "civil-society");
    git_ok(repo, &["commit", "-q", "-am", "Ben adds"]);
    git_ok(repo, &["checkout", "-q", "main"]);
    // A colleague fixes the note in a text editor and commits: no version bump.
    hand_edit(&file, "note: \"Rol de los Estados\"", "note: \"Rol de los Estados (Agenda de Túnez, párr. 68)\"");
    git_ok(repo, &["commit", "-q", "-am", "note fixed by hand"]);
    let output = git(repo, &["merge", "--no-edit", "ben"]);
    assert!(output.status.success(), "a clean merge: {}", String::from_utf8_lossy(&output.stdout));
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("changed outside Glosa in ours, taken as new versions: 1 edited"),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let merged = load(&file);
    assert_eq!(merged.annotations.len(), 2);
    let hand_edited = merged.annotations.iter().find(|a| a.id == id).unwrap();
    assert_eq!(hand_edited.note, "Rol de los Estados (Agenda de Túnez, párr. 68)");
    assert_eq!(hand_edited.quote(), Q1);
    assert!(merged.annotations.iter().any(|a| a.quote() == Q3));
    assert!(merged.versions.conflicts.is_empty());
    // The hand edit is credited to the pseudo-installation HAND, on top of Ana's.
    let rev = &merged.versions.revs[&id];
    assert_eq!(rev.get(InstallationId::HAND_EDIT), 1);
    assert_eq!(rev.get(ANA.parse().unwrap()), 2);
    assert!(fs::read_to_string(&file).unwrap().contains("\"0000000000000000000000HAND\": 1,"));
}

#[test]
fn git_lists_two_different_hand_edits_of_one_note_as_a_conflict_and_loses_neither() {
    let (dir, _doc, file, id) = repository_with_one_annotation();
    let repo = dir.path();
    git_ok(repo, &["checkout", "-q", "-b", "ben"]);
    hand_edit(&file, "note: \"Rol de los Estados\"", "note: \"Rol de los Estados — versión de Ben\"");
    git_ok(repo, &["commit", "-q", "-am", "Ben edits by hand"]);
    git_ok(repo, &["checkout", "-q", "main"]);
    hand_edit(&file, "note: \"Rol de los Estados\"", "note: \"Rol de los Estados — versión de Ana\"");
    git_ok(repo, &["commit", "-q", "-am", "Ana edits by hand"]);
    let output = git(repo, &["merge", "--no-edit", "ben"]);
    assert!(!output.status.success(), "git reports the conflict");
    let unmerged = git(repo, &["ls-files", "-u"]);
    assert!(String::from_utf8_lossy(&unmerged.stdout).contains("brief.glosa.ron"));
    let text = fs::read_to_string(&file).unwrap();
    assert!(!text.contains("<<<<<<<"), "no conflict markers");
    let merged = load(&file);
    assert_eq!(merged.annotations.len(), 1);
    let mut notes: Vec<&str> = merged
        .annotations
        .iter()
        .chain(merged.versions.conflicts.iter().map(|v| &v.value))
        .filter(|a| a.id == id)
        .map(|a| a.note.as_str())
        .collect();
    notes.sort_unstable();
    assert_eq!(notes, ["Rol de los Estados — versión de Ana", "Rol de los Estados — versión de Ben"]);
    glosa(ANA, "Ana")
        .arg("conflicts")
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicates::str::contains(format!("{id}  2 versions")));
}

#[test]
fn the_merge_driver_takes_a_stanza_deleted_by_hand_as_a_deletion_and_without_an_ancestor_as_before() {
    let (dir, doc) = folder();
    let base = dir.path().join(".merge_file_base");
    annotate((ANA, "Ana"), &doc, &base, Q1, "governments");
    annotate((ANA, "Ana"), &doc, &base, Q2, "governments");
    let gone = id_of(&load(&base), Q2);
    let ours = dir.path().join("brief.glosa.ron");
    let theirs = dir.path().join(".merge_file_theirs");
    fs::copy(&base, &theirs).unwrap();
    // Ours: the Q2 annotation removed in a text editor (the whole stanza).
    let file = load(&base);
    let (document, mut set) = file.into_set();
    set.annotations =
        glosa::model::Annotations::from_vec(set.annotations.iter().filter(|a| a.id != gone).cloned().collect());
    let hand_made = AnnotationFile::new(document, &set, None);
    fs::write(&ours, annotations::to_ron_string(&hand_made).unwrap()).unwrap();
    let ours_bytes = fs::read(&ours).unwrap();
    let driver = |ancestor: &Path| {
        fs::write(&ours, &ours_bytes).unwrap();
        glosa(BEN, "Ben").arg("merge-driver").arg(ancestor).arg(&ours).arg(&theirs).arg("7").arg(&ours).assert()
    };
    driver(&base).code(0).stdout(predicates::str::contains("taken as new versions: 0 edited, 1 deleted"));
    let merged = load(&ours);
    assert_eq!(merged.annotations.len(), 1);
    assert_eq!(merged.versions.deleted.len(), 1);
    assert_eq!(merged.versions.deleted[0].value.id, gone);
    assert_eq!(merged.versions.deleted[0].rev.get(InstallationId::HAND_EDIT), 1);
    // Without an ancestor (git's empty %O) the two-way merge brings it back, as before.
    let empty = dir.path().join(".merge_file_empty");
    fs::write(&empty, "").unwrap();
    driver(&empty).code(0).stdout(predicates::str::contains("changed outside Glosa").not());
    assert_eq!(load(&ours).annotations.len(), 2);
    // An unreadable ancestor: a warning naming it, and the two-way merge.
    let broken = dir.path().join(".merge_file_broken");
    fs::write(&broken, "(format: \"glosa-annotations\", version: 2, document: (").unwrap();
    driver(&broken).code(0).stderr(
        predicates::str::contains("merging without the common ancestor")
            .and(predicates::str::contains(".merge_file_broken")),
    );
    assert_eq!(load(&ours).annotations.len(), 2);
}

#[test]
fn the_merge_driver_keeps_orphans_and_lists_them_on_stderr() {
    let (dir, doc) = folder();
    let ours = dir.path().join("brief.glosa.ron");
    annotate((ANA, "Ana"), &doc, &ours, Q1, "governments");
    // Theirs was coded on another text: its highlight is nowhere in the brief.
    let udhr = dir.path().join("udhr.txt");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/udhr_spa.txt"), &udhr).unwrap();
    let theirs = dir.path().join(".merge_file_theirs");
    annotate((BEN, "Ben"), &udhr, &theirs, "Declaración Universal de Derechos Humanos", "civil-society");
    let orphan = load(&theirs).annotations[0].id;
    let empty = dir.path().join(".merge_file_base");
    fs::write(&empty, "").unwrap();
    let assert =
        glosa(ANA, "Ana").arg("merge-driver").arg(&empty).arg(&ours).arg(&theirs).arg("7").arg(&ours).assert().code(0);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr.trim_end(),
        format!(
            "glosa: warning: kept 1 annotation not found in the document (orphans; see `glosa check`): {}: {orphan}",
            ours.display()
        )
    );
    let merged = load(&ours);
    assert_eq!(merged.annotations.len(), 2, "the orphan is kept");
    assert!(merged.annotations.iter().any(|a| a.id == orphan));
}

#[test]
fn the_merge_driver_lists_the_same_authors_duplicates_on_stderr_as_merge_does() {
    let (dir, doc) = folder();
    // The same auto-coding on two branches: Ana's two annotations of one passage.
    let ours = dir.path().join("brief.glosa.ron");
    annotate((ANA, "Ana"), &doc, &ours, Q1, "governments");
    let theirs = dir.path().join(".merge_file_theirs");
    annotate((ANA, "Ana"), &doc, &theirs, Q1, "governments");
    let mut ids = [load(&ours).annotations[0].id, load(&theirs).annotations[0].id];
    ids.sort_unstable();
    let ids = format!("{} {}", ids[0], ids[1]);
    // `glosa merge` lists them on stdout…
    let out = dir.path().join("merged.glosa.ron");
    let merge = glosa(ANA, "Ana").arg("merge").arg(&ours).arg(&theirs).arg("-o").arg(&out).assert().code(0);
    let stdout = String::from_utf8_lossy(&merge.get_output().stdout).into_owned();
    assert!(stdout.contains(&format!("same author, same passage and tags (duplicates?): {ids}\n")), "{stdout}");
    // …and the driver on stderr, naming the file in the tree.
    let empty = dir.path().join(".merge_file_base");
    fs::write(&empty, "").unwrap();
    let driver =
        glosa(ANA, "Ana").arg("merge-driver").arg(&empty).arg(&ours).arg(&theirs).arg("7").arg(&ours).assert().code(0);
    assert_eq!(
        String::from_utf8_lossy(&driver.get_output().stderr),
        format!(
            "glosa: warning: same author, same passage and tags (duplicates?), kept as separate annotations: {}: \
             {ids}\n",
            ours.display()
        )
    );
    assert_eq!(load(&ours).annotations.len(), 2, "both kept");
}

/// The tester's steps (report 3, item 0): Ana's annotation with the note
/// "original", a session open on the file, and on disk meanwhile Ben adds an
/// annotation with Glosa and then changes Ana's note in a text editor (no version
/// bump). Returns the folder, the document, the file, the annotation and the session.
fn session_with_a_hand_edit_on_disk(
    local: impl FnOnce(&mut glosa::session::Session, AnnotationId),
) -> (TempDir, PathBuf, glosa::session::Session, AnnotationId) {
    let (dir, doc) = folder();
    let file = dir.path().join("doc.glosa.ron");
    glosa(ANA, "Ana")
        .arg("annotate")
        .arg(&doc)
        .arg("--annotations")
        .arg(&file)
        .args(["--tag", "governments", "--quote", Q2, "--note", "original"])
        .assert()
        .success();
    let id = id_of(&load(&file), Q2);
    let mut session = glosa::session::Session::open_document(&doc, Some(file.clone()), None).unwrap();
    local(&mut session, id);
    annotate((BEN, "Ben"), &doc, &file, Q3, "civil-society");
    hand_edit(&file, "note: \"original\"", "note: \"Ben changed this note\"");
    (dir, file, session, id)
}

/// Every note of annotation `id` in `file`: live, deleted and in conflict, sorted.
fn notes_of(file: &AnnotationFile, id: AnnotationId) -> Vec<(String, bool)> {
    let mut notes: Vec<(String, bool)> = file
        .annotations
        .iter()
        .map(|a| (a, false))
        .chain(file.versions.deleted.iter().map(|v| (&v.value, true)))
        .chain(file.versions.conflicts.iter().map(|v| (&v.value, v.deleted.is_some())))
        .filter(|(a, _)| a.id == id)
        .map(|(a, deleted)| (a.note.clone(), deleted))
        .collect();
    notes.sort();
    notes
}

fn conflicts_listed(file: &Path) -> String {
    let listed = glosa(ANA, "Ana").arg("conflicts").arg(file).assert();
    String::from_utf8(listed.get_output().stdout.clone()).unwrap()
}

#[test]
fn a_note_edited_by_hand_on_disk_against_an_unsaved_deletion_is_a_conflict_keeping_both() {
    let (_dir, file, mut session, id) =
        session_with_a_hand_edit_on_disk(|session, id| session.apply(Edit::Delete(id)).unwrap());
    let report = session.save_merging().unwrap();
    assert_eq!(report.conflicts, [id]);
    assert_eq!(report.added, 1, "Ben's annotation made with Glosa");
    let saved = load(&file);
    assert_eq!(
        notes_of(&saved, id),
        [("Ben changed this note".to_owned(), false), ("original".to_owned(), true)],
        "the hand edit and the tombstone are both kept"
    );
    let listed = conflicts_listed(&file);
    assert!(listed.lines().any(|l| l == "1 conflict"), "{listed}");
    assert!(listed.contains(&format!("{id}  2 versions")), "{listed}");
    // Saving again changes nothing: the hand edit was taken once.
    assert_eq!(session.save_merging().unwrap(), glosa::model::merge::MergeReport::default());
    assert_eq!(notes_of(&load(&file), id).len(), 2);
}

#[test]
fn a_note_edited_by_hand_on_disk_against_an_unsaved_edit_is_a_conflict_also_through_merge_disk() {
    let (_dir, file, mut session, id) = session_with_a_hand_edit_on_disk(|session, id| {
        session.apply(Edit::SetNote { id, note: "nota de Ana".to_owned(), modified: glosa::workspace::now() }).unwrap();
    });
    // The "Merge" answer to the external-change question first, then Save.
    let report = session.merge_disk().unwrap();
    assert_eq!(report.conflicts, [id]);
    assert_eq!(session.conflicts().len(), 1);
    session.save_merging().unwrap();
    let saved = load(&file);
    assert_eq!(notes_of(&saved, id), [("Ben changed this note".to_owned(), false), ("nota de Ana".to_owned(), false)]);
    assert!(conflicts_listed(&file).lines().any(|l| l == "1 conflict"));
}

#[test]
fn a_colleagues_save_without_hand_edits_merges_cleanly_with_an_unsaved_deletion() {
    let (dir, doc) = folder();
    let file = dir.path().join("doc.glosa.ron");
    annotate((ANA, "Ana"), &doc, &file, Q2, "governments");
    let id = id_of(&load(&file), Q2);
    let mut session = glosa::session::Session::open_document(&doc, Some(file.clone()), None).unwrap();
    session.apply(Edit::Delete(id)).unwrap();
    annotate((BEN, "Ben"), &doc, &file, Q3, "civil-society");
    let report = session.save_merging().unwrap();
    assert!(report.conflicts.is_empty());
    assert_eq!(report.added, 1);
    let saved = load(&file);
    assert_eq!(saved.annotations.iter().map(glosa::model::Annotation::quote).collect::<Vec<_>>(), [Q3]);
    assert_eq!(saved.versions.deleted.len(), 1, "the deletion stands");
    assert!(conflicts_listed(&file).lines().any(|l| l == "0 conflicts"));
}

#[test]
fn a_merge_driver_error_names_the_file_in_the_tree_and_the_side_not_gits_temporary_file() {
    let (dir, doc, file, _id) = repository_with_one_annotation();
    let repo = dir.path();
    git_ok(repo, &["checkout", "-q", "-b", "broken"]);
    hand_edit(&file, "note: \"Rol de los Estados\"", "note: Rol de los Estados\"");
    git_ok(repo, &["commit", "-q", "-am", "broken by hand"]);
    git_ok(repo, &["checkout", "-q", "main"]);
    annotate((ANA, "Ana"), &doc, &file, Q3, "civil-society");
    git_ok(repo, &["commit", "-q", "-am", "Ana adds"]);
    let ours = fs::read(&file).unwrap();
    let output = git(repo, &["merge", "--no-edit", "broken"]);
    assert!(!output.status.success(), "git reports the conflict");
    let said = String::from_utf8_lossy(&output.stderr).into_owned() + &String::from_utf8_lossy(&output.stdout);
    let line =
        said.lines().find(|l| l.starts_with("glosa: cannot read annotations")).unwrap_or_else(|| panic!("{said}"));
    assert!(
        line.contains("): their version of brief.glosa.ron (git's temporary file .merge_file_"),
        "names the path in the tree and the side: {line}"
    );
    assert_eq!(fs::read(&file).unwrap(), ours, "ours is left as it was");
    // The other way round: the broken file is ours.
    git_ok(repo, &["merge", "--abort"]);
    git_ok(repo, &["checkout", "-q", "broken"]);
    let output = git(repo, &["merge", "--no-edit", "main"]);
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr).into_owned() + &String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("): our version of brief.glosa.ron (git's temporary file .merge_file_"), "{said}");
}

/// Removes the stanza of tag `id` from `file`, as a text editor would (no
/// version bump, no tombstone).
fn hand_delete_tag(file: &Path, id: &str) {
    let text = fs::read_to_string(file).unwrap();
    let start = text.find(&format!("        (\n            id: \"{id}\",\n")).unwrap();
    let end = start + text[start..].find("\n        ),\n").unwrap() + "\n        ),\n".len();
    fs::write(file, format!("{}{}", &text[..start], &text[end..])).unwrap();
}

fn tag(id: &str) -> glosa::model::TagId {
    glosa::model::TagId::new(id).unwrap()
}

#[test]
fn the_merge_driver_takes_tags_edited_and_tag_stanzas_deleted_by_hand_as_new_versions() {
    let (dir, doc) = folder();
    let base = dir.path().join(".merge_file_base");
    annotate((ANA, "Ana"), &doc, &base, Q1, "governments");
    let ours = dir.path().join("brief.glosa.ron");
    let theirs = dir.path().join(".merge_file_theirs");
    fs::copy(&base, &ours).unwrap();
    fs::copy(&base, &theirs).unwrap();
    // Ours: a label and a colour changed in a text editor; theirs: a tag removed.
    hand_edit(&ours, "label: \"Governments\"", "label: \"Gobiernos\"");
    hand_edit(&ours, "color: \"#1e9a6c\"", "color: \"#0b6e4f\"");
    hand_delete_tag(&theirs, "international-organizations");
    let ours_bytes = fs::read(&ours).unwrap();
    let driver = |ancestor: &Path| {
        fs::write(&ours, &ours_bytes).unwrap();
        glosa(BEN, "Ben").arg("merge-driver").arg(ancestor).arg(&ours).arg(&theirs).arg("7").arg(&ours).assert()
    };
    driver(&base).code(0).stdout(
        predicates::str::contains("tags changed outside Glosa in ours, taken as new versions: 2 edited, 0 deleted")
            .and(predicates::str::contains(
                "tags changed outside Glosa in theirs, taken as new versions: 0 edited, 1 deleted",
            ))
            .and(predicates::str::contains("changed outside Glosa in ours, taken as new versions: 0 edited").not()),
    );
    let merged = load(&ours);
    let tags = &merged.tags;
    assert_eq!(tags.get(&tag("governments")).unwrap().label, "Gobiernos");
    assert_eq!(tags.get(&tag("civil-society")).unwrap().color.to_hex(), "#0b6e4f");
    assert!(tags.get(&tag("international-organizations")).is_none(), "the deletion stands");
    let tombstone = tags.versions().tombstone(&tag("international-organizations")).unwrap();
    assert_eq!(tombstone.value.label, "International organizations");
    assert_eq!(tombstone.rev.get(InstallationId::HAND_EDIT), 1);
    assert_eq!(tags.versions().rev(&tag("governments")).get(InstallationId::HAND_EDIT), 1);
    assert_eq!(tags.versions().conflict_ids().count(), 0);
    assert_eq!(tags.tags().len(), 5, "the other tags, in their order");
    assert_eq!(tags.tags()[0].id, tag("governments"));
    // Without the ancestor, the edited label is a version with the same version
    // vector as theirs (a conflict) and the removed tag comes back: the two-way merge.
    let empty = dir.path().join(".merge_file_empty");
    fs::write(&empty, "").unwrap();
    driver(&empty).code(1);
    let two_way = load(&ours);
    assert!(two_way.tags.get(&tag("international-organizations")).is_some());
    let conflicts: Vec<_> = two_way.tags.versions().conflict_ids().cloned().collect();
    assert_eq!(conflicts, [tag("civil-society"), tag("governments")]);
}

#[test]
fn tags_edited_or_removed_by_hand_on_disk_are_versions_when_the_app_follows_the_disk() {
    let (dir, doc) = folder();
    let file = dir.path().join("doc.glosa.ron");
    annotate((ANA, "Ana"), &doc, &file, Q2, "governments");
    let id = id_of(&load(&file), Q2);
    let mut session = glosa::session::Session::open_document(&doc, Some(file.clone()), None).unwrap();
    let note = |session: &mut glosa::session::Session, text: &str| {
        session.apply(Edit::SetNote { id, note: text.to_owned(), modified: glosa::workspace::now() }).unwrap();
    };
    // Unsaved work here; on disk a colleague renames a tag and removes another in
    // a text editor: merged at once, their changes taken (not a conflict with the
    // versions here, not undone by them).
    note(&mut session, "nota de Ana");
    hand_edit(&file, "label: \"Governments\"", "label: \"Gobiernos\"");
    hand_delete_tag(&file, "international-organizations");
    let DiskFollow::Merged(report) = session.follow_disk().unwrap() else { panic!("a clean merge") };
    assert!(report.is_clean(), "{report:?}");
    let tags = &session.set().tags;
    assert_eq!(tags.get(&tag("governments")).unwrap().label, "Gobiernos");
    assert!(tags.get(&tag("international-organizations")).is_none());
    assert_eq!(tags.versions().rev(&tag("governments")).get(InstallationId::HAND_EDIT), 1);
    session.save().unwrap();
    let saved = load(&file);
    assert_eq!(saved.tags.get(&tag("governments")).unwrap().label, "Gobiernos");
    assert!(saved.tags.versions().tombstone(&tag("international-organizations")).is_some());
    assert_eq!(saved.annotations[0].note, "nota de Ana");

    // A label edited here (unsaved) and edited otherwise by hand on disk: asked
    // about, and merging keeps both versions as a tag conflict.
    let mut governments = session.set().tags.get(&tag("governments")).unwrap().clone();
    "Gobiernos nacionales".clone_into(&mut governments.label);
    session.apply(Edit::UpdateTag(governments)).unwrap();
    hand_edit(&file, "label: \"Gobiernos\"", "label: \"Estados\"");
    let DiskFollow::Ask(report) = session.follow_disk().unwrap() else { panic!("a conflict is asked about") };
    assert_eq!(report.tag_conflicts, [tag("governments")]);
    session.merge_disk().unwrap();
    session.save_merging().unwrap();
    let saved = load(&file);
    let mut labels: Vec<String> =
        saved.tags.versions_of(&tag("governments")).into_iter().map(|v| v.value.label).collect();
    labels.sort();
    assert_eq!(labels, ["Estados", "Gobiernos nacionales"], "neither label is lost");
}

#[test]
fn a_disk_version_holding_nothing_new_is_followed_without_an_undo_step_or_a_notice() {
    let (dir, doc) = folder();
    let file = dir.path().join("doc.glosa.ron");
    annotate((ANA, "Ana"), &doc, &file, Q2, "governments");
    // Ben's copy with one more annotation, merged here through File ▸ Merge.
    let bens = dir.path().join("ben.glosa.ron");
    fs::copy(&file, &bens).unwrap();
    annotate((BEN, "Ben"), &doc, &bens, Q3, "civil-society");
    let mut session = glosa::session::Session::open_document(&doc, Some(file.clone()), None).unwrap();
    let report = session.apply_merge(load(&bens)).unwrap();
    assert_eq!(report.added, 1);
    let revision = session.revision();
    // Then Ben's version reaches the shared file (a sync client): nothing new.
    fs::copy(&bens, &file).unwrap();
    assert_eq!(session.follow_disk().unwrap(), DiskFollow::Unchanged);
    assert_eq!(session.revision(), revision, "no undo step");
    // A sync client rewriting the same content (a newline more): nothing either.
    fs::write(&file, format!("{}\n", fs::read_to_string(&file).unwrap())).unwrap();
    assert_eq!(session.follow_disk().unwrap(), DiskFollow::Unchanged);
    assert_eq!(session.revision(), revision);
    // Undo still undoes the merge made here, and Save writes over the version seen.
    assert!(session.undo().unwrap());
    assert_eq!(session.set().annotations.len(), 1);
    assert!(session.redo().unwrap());
    session.save().unwrap();
    let saved = load(&file);
    let mut quotes: Vec<String> = saved.annotations.iter().map(glosa::model::Annotation::quote).collect();
    quotes.sort();
    assert_eq!(quotes, [Q3, Q2]);
}
