//! What a new-user tester found: a colleague's file, or a careless argument, gets a
//! clear one-line error naming the file and does no harm. Runs the real binary on
//! copies of the bundled ITU brief.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;

use common::run_in;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)
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

// --- 2. control characters ------------------------------------------------------------

#[test]
fn annotate_refuses_control_characters_in_note_and_author() {
    let dir = annotated_brief();
    let base = ["annotate", "brief.txt", "--annotations", "brief.glosa.ron", "--tag", "governments"];
    let with = |extra: &[&str]| {
        let mut args = base.to_vec();
        args.extend_from_slice(&["--quote", "Agenda de Túnez"]);
        args.extend_from_slice(extra);
        run_in(dir.path(), &args)
    };
    assert_error(
        &with(&["--note", "evil \u{1b}[31m"]),
        "--note contains the control character U+001B, which is not allowed: “evil \\u{1b}[31m”",
    );
    assert_error(
        &with(&["--author", "Bob\u{1b}]0;pwn\u{7}"]),
        "--author contains the control character U+001B, which is not allowed: “Bob\\u{1b}]0;pwn\\u{7}”",
    );
    assert_error(
        &with(&["--note", "C1 \u{9b}31m"]),
        "--note contains the control character U+009B, which is not allowed: “C1 \\u{9b}31m”",
    );
    // Nothing was added by the refused commands; a note may have lines and tabs.
    let output = with(&["--note", "dos\nlíneas\tcon tab"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let file = fs::read_to_string(dir.path().join("brief.glosa.ron")).unwrap();
    assert_eq!(file.matches("Agenda de Túnez").count(), 2, "{file}");
}

/// The annotation file of [`annotated_brief`] with an ESC sequence in the note and
/// an OSC title change in the author, as a hostile colleague could write it.
fn hostile_brief() -> tempfile::TempDir {
    let dir = annotated_brief();
    let path = dir.path().join("brief.glosa.ron");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("note: \"nota\"", "note: \"evil \\u{1b}[31m\"")
        .replace("author: \"Ana Pérez\"", "author: \"Bob\\u{1b}]0;pwn\\u{7}\"");
    assert!(text.contains("pwn"), "{text}");
    fs::write(&path, text).unwrap();
    dir
}

#[test]
fn markdown_export_shows_control_characters_escaped_on_stdout_and_in_files() {
    let dir = hostile_brief();
    let output = run_in(dir.path(), &["export", "brief.glosa.ron", "--format", "markdown"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    // The author line (Markdown escapes the `]` itself).
    assert!(out.contains("— *brief*, ¶2 · Bob\\u{1b}\\]0;pwn\\u{7} · "), "{out}");
    assert!(!out.contains(['\u{1b}', '\u{7}']), "{out:?}");
    let output = run_in(dir.path(), &["export", "brief.glosa.ron", "--format", "markdown", "-o", "out.md"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = fs::read_to_string(dir.path().join("out.md")).unwrap();
    assert_eq!(written, out);
    // The app exports through the same code: the same bytes, escaped alike.
    let session = glosa::session::Session::open_annotations(&dir.path().join("brief.glosa.ron")).unwrap();
    let mut app = Vec::new();
    session.export(&mut app, glosa::export::Format::Markdown, None, &[]).unwrap();
    let app = String::from_utf8(app).unwrap();
    assert!(app.contains("evil \\u{1b}\\[31m"), "{app}");
    assert!(!app.contains(['\u{1b}', '\u{7}']), "{app:?}");
    assert_eq!(app, written);
}

#[test]
fn csv_through_a_pipe_keeps_the_data_exact() {
    let dir = hostile_brief();
    for format in ["csv", "csv-excel"] {
        let output = run_in(dir.path(), &["export", "brief.glosa.ron", "--format", format]);
        assert!(output.status.success(), "{}", stderr(&output));
        let out = stdout(&output);
        assert!(out.contains("evil \u{1b}[31m") && out.contains("Bob\u{1b}]0;pwn\u{7}"), "{out:?}");
    }
}

#[test]
fn csv_and_json_shown_on_a_terminal_have_control_characters_escaped() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: no `script` to give the binary a terminal");
        return;
    }
    let dir = hostile_brief();
    // JSON strings escape controls themselves (`\u001b`); CSV gets `\u{1b}`.
    for (format, expected) in [("csv", "evil \\u{1b}[31m"), ("json", "evil \\u001b[31m")] {
        // `script` runs the command on a pseudo-terminal and copies what it shows.
        let command = format!("'{}' export brief.glosa.ron --format {format}", env!("CARGO_BIN_EXE_glosa"));
        let output = Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let shown = stdout(&output);
        assert!(output.status.success(), "{shown}");
        assert!(shown.contains(expected), "{shown}");
        assert!(!shown.contains(['\u{1b}', '\u{7}']), "{shown:?}");
    }
}

// --- 3. DOCTYPE in REFI-QDA ------------------------------------------------------------

/// A codebook whose DOCTYPE defines `xxe` as the content of /etc/passwd.
const XXE_CODEBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="C0000000-0000-0000-0000-000000000001" name="&xxe;" isCodable="true"/>
</Codes></CodeBook>"#;

/// The "billion laughs": ten levels of ten references each.
fn billion_laughs(root: &str) -> String {
    let mut entities = String::from("<!ENTITY lol0 \"lol\">");
    for level in 1..10 {
        let previous = format!("&lol{};", level - 1).repeat(10);
        let _ = write!(entities, "<!ENTITY lol{level} \"{previous}\">");
    }
    format!("<?xml version=\"1.0\"?><!DOCTYPE lolz [{entities}]>{root}")
}

#[test]
fn refi_qda_files_with_a_doctype_are_refused_naming_the_file() {
    let dir = annotated_brief();
    fs::write(dir.path().join("xxe.qdc"), XXE_CODEBOOK).unwrap();
    let before = fs::read(dir.path().join("brief.glosa.ron")).unwrap();
    assert_error(
        &run_in(dir.path(), &["import", "xxe.qdc", "--annotations", "brief.glosa.ron"]),
        "the codebook has a DOCTYPE declaration, which REFI-QDA files never need and Glosa refuses (entities): \
         xxe.qdc",
    );
    let laughs = billion_laughs(
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"C0000000-0000-0000-0000-000000000002\" \
         name=\"&lol9;\" isCodable=\"true\"/></Codes></CodeBook>",
    );
    fs::write(dir.path().join("laughs.qdc"), laughs).unwrap();
    assert_error(
        &run_in(dir.path(), &["import", "laughs.qdc", "--annotations", "brief.glosa.ron"]),
        "the codebook has a DOCTYPE declaration, which REFI-QDA files never need and Glosa refuses (entities): \
         laughs.qdc",
    );
    assert_eq!(fs::read(dir.path().join("brief.glosa.ron")).unwrap(), before, "nothing imported");
    // The same in a project's project.qde.
    let project = billion_laughs("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>");
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer.start_file("project.qde", zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut writer, project.as_bytes()).unwrap();
    fs::write(dir.path().join("laughs.qdpx"), writer.finish().unwrap().into_inner()).unwrap();
    assert_error(
        &run_in(dir.path(), &["import", "laughs.qdpx", "--into", "out"]),
        "project.qde has a DOCTYPE declaration, which REFI-QDA files never need and Glosa refuses (entities): \
         laughs.qdpx",
    );
    assert!(!dir.path().join("out").exists());
}

// --- 4. agreement --coders ---------------------------------------------------------------

const FIRST_CODER: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";
const SECOND_CODER: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.second-coder.glosa.ron";

/// `glosa agreement` on the two bundled example files, run in the repository.
fn agreement(extra: &[&str]) -> Output {
    let mut args = vec!["agreement", FIRST_CODER, SECOND_CODER, "--allow-outside-folder"];
    args.extend_from_slice(extra);
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), &args)
}

#[test]
fn a_coder_named_twice_or_unknown_is_an_error_naming_the_files() {
    assert_error(
        &agreement(&["--coders", "Glosa example, Glosa example"]),
        "--coders names `Glosa example` twice (as coder 1 and 2); a coder cannot be compared with herself",
    );
    assert_error(
        &agreement(&["--coders", "Glosa example,Nobody"]),
        &format!(
            "no annotations by coder `Nobody` (coders found: Glosa example, Lucía Fernández); searched: \
             {FIRST_CODER}, {SECOND_CODER}"
        ),
    );
}

// --- 5. one-line errors, a closed pipe -----------------------------------------------------

#[test]
fn an_invalid_pattern_is_one_line() {
    let dir = annotated_brief();
    assert_error(
        &run_in(
            dir.path(),
            &["autocode", "brief.txt", "--annotations", "brief.glosa.ron", "--tag", "governments", "--pattern", "["],
        ),
        "invalid pattern '[': unclosed character class",
    );
}

#[test]
fn a_document_given_as_annotation_file_is_named_as_not_one() {
    let dir = annotated_brief();
    let expected = "brief.txt is not a Glosa annotation file (it starts with “ENTRE LOS RESULTADOS”, not “(”)";
    assert_error(&run_in(dir.path(), &["conflicts", "brief.txt"]), expected);
    assert_error(&run_in(dir.path(), &["check", "brief.txt"]), expected);
}

#[test]
fn deep_nesting_is_nested_too_deeply_without_rons_advice() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let text =
        format!("(format: \"glosa-annotations\", version: 1, extra: {}{})", "[".repeat(depth), "]".repeat(depth));
    fs::write(dir.path().join("nested.glosa.ron"), text).unwrap();
    assert_error(
        &run_in(dir.path(), &["conflicts", "nested.glosa.ron"]),
        "cannot read annotations (line 1, column 113: nested too deeply): nested.glosa.ron",
    );
}

#[test]
fn merge_driver_with_three_arguments_is_a_usage_error() {
    let dir = annotated_brief();
    let output = run_in(dir.path(), &["merge-driver", "brief.glosa.ron", "brief.glosa.ron", "brief.glosa.ron"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("the following required arguments were not provided"), "{message}");
    assert!(message.contains("Usage: glosa merge-driver <ANCESTOR> <OURS> <THEIRS> <MARKER_SIZE> <PATH>"), "{message}");
}

#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    let dir = annotated_brief();
    for args in [&["check", "brief.glosa.ron"][..], &["export", "brief.glosa.ron", "--format", "csv"]] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader); // `| head -0`: nobody reads
        let output = Command::new(env!("CARGO_BIN_EXE_glosa"))
            .current_dir(dir.path())
            .args(args)
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!((output.status.code(), stderr(&output).as_str()), (Some(0), ""), "{args:?}");
    }
}

// --- 6. tags missing from the tag set ----------------------------------------------------

#[test]
fn an_annotation_with_a_tag_missing_from_the_tag_set_is_warned_about_and_exported_under_its_id() {
    let dir = annotated_brief();
    let path = dir.path().join("brief.glosa.ron");
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("                \"governments\",").count(), 1, "{text}");
    fs::write(&path, text.replace("                \"governments\",", "                \"nope\",")).unwrap();
    let output = run_in(dir.path(), &["check", "brief.glosa.ron"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "glosa: warning: 1 annotation uses tags not in the file's tag set: nope: brief.glosa.ron\n"
    );
    let output = run_in(dir.path(), &["export", "brief.glosa.ron", "--format", "csv"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "glosa: warning: 1 annotation uses tags not in the file's tag set: nope (exported under their IDs): \
         brief.glosa.ron\n"
    );
    assert!(stdout(&output).contains(",nope,"), "{}", stdout(&output));
}

// --- 7. a cap on autocode hits ------------------------------------------------------------

#[test]
fn autocode_with_more_than_100000_hits_is_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let quijote = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/quijote_pg2000_es.txt");
    fs::copy(quijote, dir.path().join("quijote.txt")).unwrap();
    let autocode = |pattern: &str, scope: &str| {
        run_in(
            dir.path(),
            &[
                "autocode",
                "quijote.txt",
                "--annotations",
                "quijote.glosa.ron",
                "--tag",
                "governments",
                "--pattern",
                pattern,
                "--scope",
                scope,
            ],
        )
    };
    assert_error(
        &autocode(".", "match"),
        "pattern '.' has more than 100,000 hits, the most one run tags; nothing was written (narrow the pattern, or \
         use --scope sentence or paragraph): quijote.txt",
    );
    assert!(!dir.path().join("quijote.glosa.ron").exists());
    // A pattern with fewer hits still runs: “Sancho” in the paragraphs that name him.
    let output = autocode("Sancho", "paragraph");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("added "), "{}", stdout(&output));
}

// --- 8. plurals ---------------------------------------------------------------------------

#[test]
fn one_of_a_thing_is_singular_in_cli_messages() {
    let dir = annotated_brief();
    let output = run_in(
        dir.path(),
        &[
            "autocode",
            "brief.txt",
            "--annotations",
            "brief.glosa.ron",
            "--tag",
            "civil-society",
            "--pattern",
            "Asamblea",
        ],
    );
    assert_eq!(stdout(&output), "added 1 annotation, tagged 0 existing, 0 already tagged `civil-society`\n");
    let codebook = r#"<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="C0000000-0000-0000-0000-000000000001" name="Parlamentos" isCodable="true"/>
</Codes></CodeBook>"#;
    fs::write(dir.path().join("one.qdc"), codebook).unwrap();
    let output = run_in(dir.path(), &["import", "one.qdc", "--annotations", "brief.glosa.ron"]);
    assert!(
        stdout(&output).contains("imported 1 code into brief.glosa.ron: 1 new tag, 0 linked to existing tags"),
        "{}",
        stdout(&output)
    );
    assert_eq!(stdout(&run_in(dir.path(), &["conflicts", "brief.glosa.ron"])), "0 conflicts\n");
}

// --- A folder that refuses the annotation file ---------------------------------------

/// `annotate` into `annotations` (relative to `dir`).
fn annotate_into(dir: &Path, annotations: &str) -> Output {
    run_in(dir, &["annotate", "brief.txt", "--annotations", annotations, "--tag", "governments", "--quote", "Túnez"])
}

#[test]
fn saving_where_the_folder_refuses_new_files_names_the_folder_and_why_not_the_lock_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = annotated_brief();
    // A folder that does not exist: refused whoever runs the test.
    assert_error(
        &annotate_into(dir.path(), "gone/x.glosa.ron"),
        "cannot save annotations (cannot write in gone (it does not exist)): gone/x.glosa.ron",
    );
    // A read-only folder: permission denied. Root writes there anyway: as root
    // the command runs as `nobody` (setpriv), and where that cannot be done this
    // part is not checked (said on stderr).
    let read_only = dir.path().join("ro");
    fs::create_dir(&read_only).unwrap();
    fs::set_permissions(&read_only, fs::Permissions::from_mode(0o555)).unwrap();
    let as_root = fs::write(read_only.join("probe"), "").is_ok();
    let args = ["annotate", "brief.txt", "--annotations", "ro/x.glosa.ron", "--tag", "governments", "--quote", "Túnez"];
    let output = if as_root {
        fs::remove_file(read_only.join("probe")).unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let nobody = Command::new("setpriv")
            .args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", env!("CARGO_BIN_EXE_glosa")])
            .args(args)
            .current_dir(dir.path())
            .env("GLOSA_AUTHOR", "Ana Pérez")
            .stdin(Stdio::null())
            .output();
        match nobody {
            Ok(output) if output.status.code() != Some(127) && !stderr(&output).starts_with("setpriv") => output,
            _ => {
                eprintln!("running as root without setpriv: the read-only folder's message is not checked");
                return;
            }
        }
    } else {
        run_in(dir.path(), &args)
    };
    assert_error(&output, "cannot save annotations (cannot write in ro (permission denied)): ro/x.glosa.ron");
    assert!(!read_only.join("x.glosa.ron").exists());
}
