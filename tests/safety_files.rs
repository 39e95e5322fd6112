//! Files from someone else can do no harm, and shared files are never destroyed:
//! symlinked and hard-linked annotation files, document paths that leave the
//! folder, FIFOs and devices, repeated IDs, over-long fields, and what the CLI
//! prints from a file. Runs the real binary on copies of the bundled ITU brief.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use glosa::persist::annotations::{self, AnnotationFile};

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)
}

fn glosa() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_glosa"));
    cmd.env("GLOSA_AUTHOR", "Ana Pérez").stdin(Stdio::null());
    cmd
}

/// Runs `glosa ARGS…`, killing it if it takes more than 20 s (a FIFO read hangs
/// forever); returns its output and whether it had to be killed.
fn run(args: &[&std::ffi::OsStr]) -> (Output, bool) {
    let mut child = glosa().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            return (child.wait_with_output().unwrap(), true);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    (child.wait_with_output().unwrap(), false)
}

fn os(s: &str) -> &std::ffi::OsStr {
    s.as_ref()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `glosa annotate DOC --annotations FILE --tag TAG --quote QUOTE [--note NOTE]`, which must succeed.
fn annotate(doc: &Path, file: &Path, tag: &str, quote: &str, note: &str) {
    let (output, _) = run(&[
        os("annotate"),
        doc.as_os_str(),
        os("--annotations"),
        file.as_os_str(),
        os("--tag"),
        os(tag),
        os("--quote"),
        os(quote),
        os("--note"),
        os(note),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
}

/// Asserts a failure with one line on stderr containing `needle`.
fn assert_one_line_error(output: &Output, needle: &str) {
    let message = stderr(output);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert_eq!(message.lines().count(), 1, "one line: {message:?}");
    assert!(message.starts_with("glosa: ") && message.contains(needle), "{message}");
}

fn load(path: &Path) -> AnnotationFile {
    annotations::load(path).unwrap()
}

// --- §3 symlinks, hard links and exports ------------------------------------------

#[test]
fn saving_through_a_symlinked_annotation_file_writes_the_shared_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("Dropbox/equipo");
    fs::create_dir_all(&shared).unwrap();
    let doc = shared.join("brief.txt");
    fs::copy(sample(), &doc).unwrap();
    let team_file = shared.join("brief.glosa.ron");
    annotate(&doc, &team_file, "governments", "Agenda de Túnez", "del equipo");
    // My view of the shared file: a link in my own folder.
    let mine = dir.path().join("brief.glosa.ron");
    symlink(&team_file, &mine).unwrap();
    annotate(&doc, &mine, "civil-society", "partes interesadas", "mía");

    assert!(fs::symlink_metadata(&mine).unwrap().file_type().is_symlink(), "the link is still a link");
    let notes: Vec<String> = load(&team_file).annotations.iter().map(|a| a.note.clone()).collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes.contains(&"mía".to_owned()) && notes.contains(&"del equipo".to_owned()));
    // Backup and lock beside the shared file, none beside the link.
    assert!(shared.join("brief.glosa.ron.bak").is_file());
    assert!(shared.join(".brief.glosa.ron.lock").is_file());
    assert!(!dir.path().join("brief.glosa.ron.bak").exists());
}

#[test]
fn export_refuses_hard_links_and_symlinks_to_its_inputs_their_backups_and_locks() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(sample(), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    annotate(&doc, &file, "governments", "Agenda de Túnez", "uno");
    annotate(&doc, &file, "governments", "partes interesadas", "dos");
    let before = fs::read(&file).unwrap();
    let backup = annotations::backup_path(&file);
    let backup_before = fs::read(&backup).unwrap();

    let hard = dir.path().join("excerpts.csv");
    fs::hard_link(&file, &hard).unwrap();
    let to_doc = dir.path().join("excerpts.md");
    symlink(&doc, &to_doc).unwrap();
    let to_backup = dir.path().join("old.csv");
    fs::hard_link(&backup, &to_backup).unwrap();
    let lock = dir.path().join(".brief.glosa.ron.lock");
    for target in [&hard, &to_doc, &to_backup, &lock, &backup] {
        let (output, _) =
            run(&[os("export"), file.as_os_str(), os("--format"), os("csv"), os("-o"), target.as_os_str()]);
        assert_one_line_error(&output, "refusing to export over an input file");
    }
    assert_eq!(fs::read(&file).unwrap(), before);
    assert_eq!(fs::read(&backup).unwrap(), backup_before);
    // A path of its own is fine.
    let fresh = dir.path().join("fresh.csv");
    let (output, _) = run(&[os("export"), file.as_os_str(), os("--format"), os("csv"), os("-o"), fresh.as_os_str()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(fs::read_to_string(&fresh).unwrap().lines().count(), 3);
}

// --- §4 document paths, FIFOs and devices -------------------------------------------

/// `dir/informe.txt` (the brief, outside the annotations' folder) and
/// `dir/notas/brief.glosa.ron` annotating it through `../informe.txt`.
fn file_annotating_a_document_one_folder_up() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("informe.txt");
    fs::copy(sample(), &doc).unwrap();
    fs::create_dir(dir.path().join("notas")).unwrap();
    let file = dir.path().join("notas/brief.glosa.ron");
    annotate(&doc, &file, "governments", "Agenda de Túnez", "");
    assert_eq!(load(&file).document.path, "../informe.txt");
    (dir, doc, file)
}

#[test]
fn a_document_path_leaving_the_folder_is_not_followed_without_asking() {
    let (dir, doc, file) = file_annotating_a_document_one_folder_up();
    let (output, _) = run(&[os("check"), file.as_os_str()]);
    assert_one_line_error(&output, "leaves its folder");
    assert!(stderr(&output).contains("--allow-outside-folder"), "{}", stderr(&output));
    assert!(stdout(&output).is_empty(), "nothing read, nothing listed");
    // The user's say-so, or the document given explicitly.
    let (output, _) = run(&[os("check"), os("--allow-outside-folder"), file.as_os_str()]);
    assert!(stdout(&output).ends_with("1 anchored, 0 moved, 0 orphaned\n"), "{}", stderr(&output));
    let (output, _) = run(&[os("check"), file.as_os_str(), os("--document"), doc.as_os_str()]);
    assert!(output.status.success(), "{}", stderr(&output));
    // Export warns and exports the stored positions without reading the document.
    let (output, _) = run(&[os("export"), file.as_os_str(), os("--format"), os("csv")]);
    assert!(output.status.success());
    assert!(stderr(&output).starts_with("glosa: warning: the document path in the annotation file leaves its folder"));
    assert!(stdout(&output).contains(",orphaned,"), "stored positions only: {}", stdout(&output));
    drop(dir);
}

#[test]
fn absolute_document_paths_and_symlinks_out_of_the_folder_are_not_followed_either() {
    let (dir, _doc, file) = file_annotating_a_document_one_folder_up();
    let text = fs::read_to_string(&file).unwrap();
    // A colleague's file naming a system file.
    let absolute = dir.path().join("notas/passwd.glosa.ron");
    fs::write(&absolute, text.replace("\"../informe.txt\"", "\"/etc/passwd\"")).unwrap();
    let (output, _) = run(&[os("check"), absolute.as_os_str()]);
    assert_one_line_error(&output, "is absolute");
    assert!(!stdout(&output).contains("root"), "/etc/passwd is not read");
    // A name inside the folder that is a symlink to a file outside it.
    symlink("../informe.txt", dir.path().join("notas/informe.txt")).unwrap();
    let linked = dir.path().join("notas/linked.glosa.ron");
    fs::write(&linked, text.replace("\"../informe.txt\"", "\"informe.txt\"")).unwrap();
    let (output, _) = run(&[os("check"), linked.as_os_str()]);
    assert_one_line_error(&output, "through a symlink");
}

#[test]
fn fifos_and_devices_are_refused_at_once_instead_of_hanging() {
    let (dir, _doc, file) = file_annotating_a_document_one_folder_up();
    let fifo = dir.path().join("notas/tubo.txt");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let text = fs::read_to_string(&file).unwrap();
    let pointing = dir.path().join("notas/tubo.glosa.ron");
    fs::write(&pointing, text.replace("\"../informe.txt\"", "\"tubo.txt\"")).unwrap();

    let (output, killed) = run(&[os("check"), pointing.as_os_str()]);
    assert!(!killed, "glosa check hung on a FIFO");
    assert_one_line_error(&output, "is a named pipe (FIFO), not a document");
    let (output, killed) = run(&[os("paragraphs"), fifo.as_os_str()]);
    assert!(!killed, "glosa paragraphs hung on a FIFO");
    assert_one_line_error(&output, "named pipe");
    // The annotation file itself: a FIFO, or /dev/stdin held open by a writer.
    let (output, killed) = run(&[os("check"), fifo.as_os_str()]);
    assert!(!killed, "glosa check hung on a FIFO annotation file");
    assert_one_line_error(&output, "named pipe");
    let mut child = glosa()
        .args(["check", "/dev/stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _keep_open = child.stdin.take();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(10));
    }
    let hung = child.try_wait().unwrap().is_none();
    let _ = child.kill();
    let output = child.wait_with_output().unwrap();
    assert!(!hung, "glosa check /dev/stdin hung");
    assert_one_line_error(&output, "not an annotation file");
    let (output, _) = run(&[os("check"), file.as_os_str(), os("--document"), os("/dev/zero")]);
    assert_one_line_error(&output, "is a device, not a document");
}

// --- §4 repeated IDs, bounds -----------------------------------------------------------

#[test]
fn two_annotations_with_one_id_are_both_kept_and_the_second_renamed() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(sample(), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    annotate(&doc, &file, "governments", "Agenda de Túnez", "primera");
    annotate(&doc, &file, "civil-society", "partes interesadas", "segunda");
    let saved = load(&file);
    let (first, second) = (saved.annotations[0].id.to_string(), saved.annotations[1].id.to_string());
    // Pasted by hand from another file: the second now repeats the first's ID.
    fs::write(&file, fs::read_to_string(&file).unwrap().replace(&second, &first)).unwrap();

    let (output, _) = run(&[os("check"), file.as_os_str()]);
    assert!(stdout(&output).ends_with("2 anchored, 0 moved, 0 orphaned\n"), "{}", stdout(&output));
    let warning = stderr(&output);
    assert!(
        warning.starts_with(&format!("glosa: warning: two annotations had the ID {first}: the second is kept as "))
    );
    assert_eq!(warning.lines().count(), 1);
    // Saving keeps both (before, the second was dropped and deleted).
    annotate(&doc, &file, "private-sector", "DESCARGO", "tercera");
    let notes: Vec<String> = load(&file).annotations.iter().map(|a| a.note.clone()).collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(notes.contains(&"primera".to_owned()) && notes.contains(&"segunda".to_owned()));
    let ids: std::collections::BTreeSet<_> = load(&file).annotations.iter().map(|a| a.id).collect();
    assert_eq!(ids.len(), 3);
}

#[test]
fn an_over_long_prefix_is_cut_to_32_code_points_on_load_and_still_anchors() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(sample(), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    annotate(&doc, &file, "governments", "cumplir en igualdad de condiciones", "");
    let prefix = load(&file).annotations[0].segments[0].prefix.clone();
    assert_eq!(prefix, "da “que permita a los gobiernos ");
    // 200,000 code points of context in front of the real 32.
    let hostile = format!("{}{prefix}", "x".repeat(200_000));
    fs::write(&file, fs::read_to_string(&file).unwrap().replace(&format!("\"{prefix}\""), &format!("\"{hostile}\"")))
        .unwrap();
    let loaded = load(&file);
    assert_eq!(loaded.annotations[0].segments[0].prefix, prefix, "the 32 code points nearest the quote");
    let (output, _) = run(&[os("check"), file.as_os_str()]);
    assert!(stdout(&output).ends_with("1 anchored, 0 moved, 0 orphaned\n"));
    assert!(stderr(&output).starts_with("glosa: warning: 1 prefixes or suffixes were longer than 32 characters"));
}

#[test]
fn fields_over_their_bounds_refuse_the_file_with_one_line_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(sample(), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    annotate(&doc, &file, "governments", "Agenda de Túnez", "");
    let text = fs::read_to_string(&file).unwrap();
    let cases = [
        (text.replacen("label: \"Governments\"", &format!("label: \"{}\"", "G".repeat(5_000)), 1), "label of tag"),
        (text.replacen("\"governments\",\n", "\"gov\\u{1b}[31m\",\n", 1), "is not lower-case letters"),
        (text.replacen("note: \"\"", &format!("note: \"{}\"", "n".repeat(1_000_001)), 1), "its note"),
    ];
    for (bad, needle) in cases {
        assert_ne!(bad, text);
        fs::write(&file, &bad).unwrap();
        let (output, _) = run(&[os("check"), file.as_os_str()]);
        assert_one_line_error(&output, needle);
        assert!(!stderr(&output).contains('\u{1b}'), "escaped: {:?}", stderr(&output));
        assert!(stderr(&output).len() < 400, "the value is not quoted whole: {}", stderr(&output).len());
    }
}

#[test]
fn deeply_nested_input_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nested.glosa.ron");
    let depth = 100_000;
    let text =
        format!("(format: \"glosa-annotations\", version: 1, extra: {}{})", "[".repeat(depth), "]".repeat(depth));
    fs::write(&file, text).unwrap();
    let (output, _) = run(&[os("check"), file.as_os_str()]);
    assert_one_line_error(&output, "cannot read annotations");
    assert!(!stderr(&output).contains("overflow"), "{}", stderr(&output));
}

// --- §5 what the terminal shows ----------------------------------------------------------

#[test]
fn control_characters_and_bidi_overrides_from_a_file_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(sample(), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    annotate(&doc, &file, "governments", "Agenda de Túnez", "");
    // A colleague's orphaned quote carrying a screen-clearing escape and an RLO.
    let text = fs::read_to_string(&file).unwrap().replace(
        "quote: \"Agenda de Túnez\"",
        "quote: \"Agenda \\u{1b}[2J\\u{1b}]0;owned\\u{7} de \\u{202e}zenúT\\u{2066}\"",
    );
    fs::write(&file, text).unwrap();
    let (output, _) = run(&[os("check"), file.as_os_str()]);
    let out = stdout(&output);
    assert!(out.contains("Agenda \\u{1b}[2J\\u{1b}]0;owned\\u{7} de \\u{202e}zenúT\\u{2066}"), "{out}");
    assert!(!out.contains(['\u{1b}', '\u{7}', '\u{202e}', '\u{2066}']), "{out:?}");
}

#[test]
fn error_messages_stay_on_one_line_and_quote_at_most_80_characters() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(sample(), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    let long_quote = format!("no está\n{}", "en el texto ".repeat(1_000));
    let (output, _) = run(&[
        os("annotate"),
        doc.as_os_str(),
        os("--annotations"),
        file.as_os_str(),
        os("--tag"),
        os("governments"),
        os("--quote"),
        os(&long_quote),
    ]);
    assert_one_line_error(&output, "quote not found (occurrence 1): “no está\\u{a}en el texto");
    let message = stderr(&output);
    let quoted = message.split('“').nth(1).unwrap().split('”').next().unwrap();
    assert!(quoted.chars().count() <= 90, "{quoted}");
    let (output, _) = run(&[
        os("annotate"),
        doc.as_os_str(),
        os("--annotations"),
        file.as_os_str(),
        os("--tag"),
        os("gov\u{1b}[31m\nernments"),
        os("--quote"),
        os("Agenda"),
    ]);
    assert_one_line_error(&output, "no tag `gov\\u{1b}[31m\\u{a}ernments`");
}
