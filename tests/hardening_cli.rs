//! What a new-user tester found: a colleague's file, or a careless argument, gets a
//! clear one-line error naming the file and does no harm. Runs the real binary on
//! copies of the bundled ITU brief.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)
}

/// Runs `glosa ARGS…` in `dir` with stdin closed and stdout/stderr piped.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_glosa"))
        .current_dir(dir)
        .env("GLOSA_AUTHOR", "Ana Pérez")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Asserts a failure (exit 2) with exactly `expected` as the one line on stderr.
fn assert_error(output: &Output, expected: &str) {
    let message = stderr(output);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert_eq!(message, format!("glosa: {expected}\n"));
}

/// A folder with `brief.txt` (the bundled brief) and `brief.glosa.ron`, with one
/// annotation tagged `governments` on “Agenda de Túnez”, noted `nota`.
fn annotated_brief() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(sample(), dir.path().join("brief.txt")).unwrap();
    let output = run_in(
        dir.path(),
        &[
            "annotate",
            "brief.txt",
            "--annotations",
            "brief.glosa.ron",
            "--tag",
            "governments",
            "--quote",
            "Agenda de Túnez",
            "--note",
            "nota",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    dir
}

// --- 1. NUL bytes ---------------------------------------------------------------------

#[test]
fn a_text_file_with_a_nul_byte_is_refused_not_read_as_utf16() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("nul.txt"), b"abc\0def\n").unwrap();
    assert_error(&run_in(dir.path(), &["paragraphs", "nul.txt"]), "not a text file (it contains NUL bytes): nul.txt");
    fs::write(dir.path().join("line.txt"), b"The multistakeholder model of Internet governance\0 works.\n").unwrap();
    assert_error(&run_in(dir.path(), &["paragraphs", "line.txt"]), "not a text file (it contains NUL bytes): line.txt");
}
