//! `glosa annotate`, `autocode` and `check` run as a user would, on copies of the
//! bundled sample in a temporary folder.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use glosa::persist::annotations::{self, AnnotationFile};
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

fn load(path: &Path) -> AnnotationFile {
    annotations::load(path).unwrap()
}

fn annotate(doc: &Path, file: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    glosa().arg("annotate").arg(doc).arg("--annotations").arg(file).args(args).assert()
}

#[test]
fn annotate_by_quote_creates_the_file_with_quote_context_tag_note_and_author() {
    let (_dir, doc, file) = workspace();
    annotate(
        &doc,
        &file,
        &["--tag", "governments", "--quote", "cumplir en igualdad de condiciones", "--note", "Rol de los Estados"],
    )
    .success()
    .stdout(predicates::str::contains("¶2  governments  “cumplir en igualdad de condiciones”"));
    let saved = load(&file);
    assert_eq!(saved.document.path, "brief.txt");
    assert_eq!(saved.document.paragraph_count, 11);
    assert_eq!(saved.tags.tags().len(), 6);
    let [a] = saved.annotations.as_slice() else { panic!("one annotation expected") };
    let s = &a.segments[0];
    assert_eq!(s.paragraph.as_str(), "p-e038927b0c1f");
    assert_eq!(s.quote, "cumplir en igualdad de condiciones");
    assert_eq!((s.start.0, s.end.0), (128, 162));
    assert_eq!(s.prefix, "da “que permita a los gobiernos ");
    assert!(s.suffix.starts_with(" su papel y responsabilidades"));
    assert_eq!(s.neighbors.before.as_ref().unwrap().as_str(), "p-9dcd9b70bfc3");
    assert_eq!(a.tags.iter().map(glosa::model::TagId::as_str).collect::<Vec<_>>(), ["governments"]);
    assert_eq!((a.note.as_str(), a.author.as_str()), ("Rol de los Estados", "Ana Pérez"));
    assert_eq!(a.created, a.modified);
}

#[test]
fn annotate_by_occurrence_and_by_paragraph_range() {
    let (_dir, doc, file) = workspace();
    annotate(&doc, &file, &["--tag", "civil-society", "--quote", "partes interesadas", "--occurrence", "2"]).success();
    annotate(&doc, &file, &["--tag", "private-sector", "--paragraph", "p-2d12fc8c90cc", "--range", "0..8"]).success();
    let saved = load(&file);
    let quotes: Vec<(&str, &str, usize)> = saved
        .annotations
        .iter()
        .map(|a| (a.segments[0].paragraph.as_str(), a.segments[0].quote.as_str(), a.segments[0].start.0))
        .collect();
    // Sorted in document order: ¶3 (second occurrence of the phrase) before ¶10.
    assert_eq!(quotes, [("p-ab070365550e", "partes interesadas", 639), ("p-2d12fc8c90cc", "DESCARGO", 0)]);
}

#[test]
fn a_quote_not_found_or_a_range_outside_the_paragraph_changes_nothing() {
    let (_dir, doc, file) = workspace();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "Agenda de Túnez"]).success();
    let before = fs::read(&file).unwrap();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "no aparece en el texto"])
        .code(2)
        .stderr(predicates::str::contains("quote not found"));
    annotate(&doc, &file, &["--tag", "governments", "--quote", "Agenda de Túnez", "--occurrence", "9"]).code(2);
    annotate(&doc, &file, &["--tag", "governments", "--paragraph", "p-2d12fc8c90cc", "--range", "20..99"])
        .code(2)
        .stderr(predicates::str::contains("not inside paragraph p-2d12fc8c90cc (0..27 code points)"));
    annotate(&doc, &file, &["--tag", "media", "--quote", "Agenda de Túnez"])
        .code(2)
        .stderr(predicates::str::contains("no tag `media`"));
    assert_eq!(fs::read(&file).unwrap(), before);
    assert!(!annotations::backup_path(&file).exists() || fs::read(annotations::backup_path(&file)).is_ok());
}

#[test]
fn autocode_tags_every_match_once_and_a_second_run_adds_nothing() {
    let (_dir, doc, file) = workspace();
    let run = || {
        glosa()
            .args(["autocode"])
            .arg(&doc)
            .arg("--annotations")
            .arg(&file)
            .args(["--tag", "governments", "--pattern", "(?i)gobiernos"])
            .assert()
            .success()
    };
    run().stdout("added 4 annotations, tagged 0 existing, 0 already tagged `governments`\n");
    run().stdout("added 0 annotations, tagged 0 existing, 4 already tagged `governments`\n");
    let saved = load(&file);
    assert_eq!(saved.annotations.len(), 4);
    assert!(saved.annotations.iter().all(|a| a.segments[0].quote == "gobiernos"));
}

#[test]
fn autocode_adds_its_tag_to_a_highlight_on_exactly_the_match_and_codes_covered_matches_anew() {
    let (_dir, doc, file) = workspace();
    // The first "gobiernos" is highlighted already (civil society); the fourth lies
    // inside a longer highlight (private sector).
    annotate(&doc, &file, &["--tag", "civil-society", "--quote", "gobiernos"]).success();
    annotate(&doc, &file, &["--tag", "private-sector", "--quote", "los gobiernos elaboren"]).success();
    let autocode = || {
        glosa()
            .arg("autocode")
            .arg(&doc)
            .arg("--annotations")
            .arg(&file)
            .args(["--tag", "governments", "--pattern", "gobiernos"])
            .assert()
            .success()
    };
    autocode().stdout("added 3 annotations, tagged 1 existing, 0 already tagged `governments`\n");
    autocode().stdout("added 0 annotations, tagged 0 existing, 4 already tagged `governments`\n");
    let saved = load(&file);
    let tags: Vec<(String, Vec<&str>)> = saved
        .annotations
        .iter()
        .map(|a| (a.quote(), a.tags.iter().map(glosa::model::TagId::as_str).collect()))
        .collect();
    assert_eq!(saved.annotations.len(), 5);
    assert!(tags.contains(&("gobiernos".to_owned(), vec!["civil-society", "governments"])), "{tags:?}");
    assert!(tags.contains(&("los gobiernos elaboren".to_owned(), vec!["private-sector"])), "{tags:?}");
    assert_eq!(tags.iter().filter(|(quote, tags)| quote == "gobiernos" && *tags == ["governments"]).count(), 3);
}

#[test]
fn autocode_sentence_scope_highlights_the_whole_sentence() {
    let (_dir, doc, file) = workspace();
    glosa()
        .arg("autocode")
        .arg(&doc)
        .arg("--annotations")
        .arg(&file)
        .args(["--tag", "intergovernmental-organizations", "--pattern", "Secretario General", "--scope", "sentence"])
        .assert()
        .success();
    let saved = load(&file);
    let [a] = saved.annotations.as_slice() else { panic!("one annotation expected") };
    // UAX #29: no full stop before the quotation, so the sentence starts at "En".
    assert!(
        a.segments[0]
            .quote
            .starts_with("En el párrafo 71 de la Agenda de Túnez se afirmaba además lo siguiente “El proceso")
    );
    assert!(
        a.segments[0].quote.ends_with(
            "teniendo siempre en cuenta los procedimientos legales y deberá tener en cuenta las innovaciones."
        )
    );
}

fn check(file: &Path) -> assert_cmd::assert::Assert {
    glosa().arg("check").arg(file).assert()
}

#[test]
fn check_reports_anchored_moved_and_orphaned_and_write_keeps_orphans() {
    let (_dir, doc, file) = workspace();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "cumplir en igualdad de condiciones su papel"])
        .success();
    annotate(
        &doc,
        &file,
        &["--tag", "civil-society", "--quote", "El objetivo de este documento es facilitar información"],
    )
    .success();
    annotate(&doc, &file, &["--tag", "private-sector", "--quote", "DESCARGO DE RESPONSABILIDAD"]).success();
    check(&file).success().stdout(predicates::str::ends_with("3 anchored, 0 moved, 0 orphaned\n"));

    // Revise the document: a word changes inside the first quote, the heading goes.
    let text = fs::read_to_string(&doc).unwrap();
    let revised = text
        .replace("cumplir en igualdad \nde condiciones", "cumplir en plena igualdad \nde condiciones")
        .replace(" DESCARGO DE RESPONSABILIDAD\n", "");
    assert_ne!(text, revised);
    fs::write(&doc, revised).unwrap();
    let output = check(&file).code(1).get_output().stdout.clone();
    let output = String::from_utf8(output).unwrap();
    assert!(output.starts_with("note: the document changed since the annotations were saved\n"), "{output}");
    assert!(output.contains("moved     ¶2     p-e038927b0c1f"), "{output}");
    assert!(output.contains("orphaned  ¶?     p-2d12fc8c90cc"), "{output}");
    assert!(output.ends_with("1 anchored, 1 moved, 1 orphaned\n"), "{output}");

    glosa().args(["check", "--write"]).arg(&file).assert().code(1);
    let saved = load(&file);
    assert_eq!(saved.annotations.len(), 3, "the orphan is kept");
    assert!(
        saved.annotations.iter().any(|a| a.segments[0].quote == "cumplir en plena igualdad de condiciones su papel")
    );
    assert!(saved.annotations.iter().any(|a| a.segments[0].quote == "DESCARGO DE RESPONSABILIDAD"));
    check(&file).code(1).stdout(predicates::str::ends_with("2 anchored, 0 moved, 1 orphaned\n"));
}

#[test]
fn saving_keeps_a_backup_and_cleans_leftover_temporary_files() {
    let (dir, doc, file) = workspace();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "Agenda de Túnez"]).success();
    let first = fs::read_to_string(&file).unwrap();
    let leftover = dir.path().join(".brief.glosa.ron.abc123.tmp");
    fs::write(&leftover, "half-written").unwrap();
    annotate(&doc, &file, &["--tag", "civil-society", "--quote", "partes interesadas"]).success();
    assert_eq!(fs::read_to_string(annotations::backup_path(&file)).unwrap(), first);
    assert!(!leftover.exists());
    let names: Vec<String> =
        fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| !n.contains(".tmp")), "{names:?}");
}

#[test]
fn adding_one_annotation_changes_only_its_own_lines() {
    let (_dir, doc, file) = workspace();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "Agenda de Túnez"]).success();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "DESCARGO"]).success();
    let before = fs::read_to_string(&file).unwrap();
    annotate(&doc, &file, &["--tag", "civil-society", "--quote", "partes interesadas", "--note", "dos\nlíneas"])
        .success();
    let after = fs::read_to_string(&file).unwrap();
    let before_lines: Vec<&str> = before.lines().collect();
    let after_lines: Vec<&str> = after.lines().collect();
    // Everything before is still there in order and the new stanza is one block:
    // the old lines are a prefix and a suffix of the new file.
    let common_prefix = before_lines.iter().zip(&after_lines).take_while(|(a, b)| a == b).count();
    let common_suffix = before_lines.iter().rev().zip(after_lines.iter().rev()).take_while(|(a, b)| a == b).count();
    assert!(common_prefix + common_suffix >= before_lines.len(), "not a pure insertion");
    let added = after_lines.len() - before_lines.len();
    // 25 lines of content, 3 of `rev: { INSTALLATION: 1 }` and `deleted: None` (format v2).
    assert_eq!(added, 29, "one stanza of 29 lines");
    let inserted = &after_lines[common_prefix..common_prefix + added];
    assert!(inserted.iter().any(|l| l.contains("partes interesadas")));
}

#[test]
fn unreadable_annotation_files_give_one_line_errors_naming_the_file() {
    let (dir, doc, _) = workspace();
    let write = |name: &str, content: &[u8]| {
        let path = dir.path().join(name);
        fs::write(&path, content).unwrap();
        path
    };
    let cases = [
        (
            write(
                "syntax.glosa.ron",
                b"(\n    format: \"glosa-annotations\",\n    version: 1,\n    document: (path: 12\n",
            ),
            "line 4, column",
        ),
        (
            write("newer.glosa.ron", b"(format: \"glosa-annotations\", version: 7, document: ())"),
            "made by a newer Glosa (format version 7",
        ),
        (write("foreign.glosa.ron", b"(name: \"some other app\", entries: [])"), "not a Glosa annotation file"),
        (write("binary.glosa.ron", b"\x89PNG\r\n\x1a\n\0\0\0"), "not a Glosa annotation file (not UTF-8 text)"),
        (write("empty.glosa.ron", b""), "not a Glosa annotation file (the file is empty)"),
    ];
    for (path, message) in cases {
        let assert = check(&path).code(2);
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        // "PATH is not a Glosa annotation file (why)" or "cannot read annotations (why): PATH".
        let name = path.display().to_string();
        let foreign = format!("glosa: {name} is {message}");
        let unreadable = stderr.starts_with("glosa: cannot read annotations (")
            && stderr.contains(message)
            && stderr.trim_end().ends_with(&name);
        assert!(stderr.starts_with(&foreign) || unreadable, "{stderr}");
        // Annotating into a broken file refuses and leaves it alone.
        let before = fs::read(&path).unwrap();
        annotate(&doc, &path, &["--tag", "governments", "--quote", "Agenda de Túnez"]).code(2);
        assert_eq!(fs::read(&path).unwrap(), before);
    }
}

fn example_save() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron")
}

#[test]
fn the_shipped_example_is_fully_anchored() {
    // saves/ names its document as ../assets/…: outside its folder, followed on request.
    glosa()
        .args(["check", "--allow-outside-folder"])
        .arg(example_save())
        .assert()
        .success()
        .stdout(predicates::str::ends_with("10 anchored, 0 moved, 0 orphaned\n"));
}

#[test]
fn export_csv_has_one_row_per_annotation_and_tag_in_document_order() {
    let output = glosa()
        .arg("export")
        .arg(example_save())
        .args(["--format", "csv", "--allow-outside-folder"])
        .assert()
        .success();
    let csv = String::from_utf8(output.get_output().stdout.clone()).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        headers,
        [
            "document",
            "document_file",
            "paragraph_id",
            "paragraph",
            "tag",
            "tag_label",
            "quote",
            "note",
            "author",
            "created",
            "status",
            "annotation_id"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 11, "10 annotations, one with two tags");
    let paragraphs: Vec<&str> = rows.iter().map(|r| &r[3]).collect();
    assert_eq!(paragraphs, ["¶2", "¶2", "¶3", "¶3", "¶3", "¶3", "¶4", "¶6", "¶6", "¶7", "¶8"]);
    assert!(rows.iter().all(|r| &r[1] == "itu-wtpf13-enhanced-cooperation-brief.es.txt"), "the document file");
    let first = &rows[0];
    assert_eq!((&first[4], &first[5], &first[10]), ("governments", "Governments", "anchored"));
    assert!(first[6].starts_with("que permita a los gobiernos cumplir en igualdad"));
    assert!(rows.iter().any(|r| r[7].contains('\n')), "multi-line notes survive");
}

#[test]
fn export_formats_tag_filter_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("excerpts.csv");
    glosa()
        .arg("export")
        .arg(example_save())
        .args(["--format", "csv-excel", "--tag", "civil-society", "--allow-outside-folder", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let bytes = fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFdocument,"));
    assert_eq!(String::from_utf8_lossy(&bytes).matches("\r\n").count(), 3, "header and two civil-society rows");

    let md = glosa()
        .arg("export")
        .arg(example_save())
        .args(["--format", "markdown", "--allow-outside-folder"])
        .assert()
        .success();
    let md = String::from_utf8(md.get_output().stdout.clone()).unwrap();
    assert!(md.contains("## Governments (2)") && md.contains("## Civil society (2)"), "{md}");
    assert!(md.contains("> debe iniciar el Secretario General de las Naciones Unidas"));

    let json = glosa().arg("export").arg(example_save()).args(["--format", "json"]).assert().success();
    let json: serde_json::Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    assert_eq!(json["type"], "AnnotationCollection");
    assert_eq!(json["total"], 10);
}

#[test]
fn export_combines_files_and_survives_a_missing_document() {
    let (dir, doc, file) = workspace();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "Agenda de Túnez", "--note", "mía"]).success();
    let colleague = dir.path().join("colleague.glosa.ron");
    annotate(&doc, &colleague, &["--tag", "civil-society", "--quote", "partes interesadas"]).success();
    let both = glosa().arg("export").arg(&file).arg(&colleague).args(["--format", "csv"]).assert().success();
    assert_eq!(String::from_utf8_lossy(&both.get_output().stdout).lines().count(), 3);

    fs::remove_file(&doc).unwrap();
    let alone = glosa().arg("export").arg(&file).args(["--format", "csv"]).assert().success();
    let stderr = String::from_utf8_lossy(&alone.get_output().stderr).into_owned();
    assert!(stderr.starts_with("glosa: warning: cannot open document (no such file)"), "{stderr}");
    let stdout = String::from_utf8_lossy(&alone.get_output().stdout).into_owned();
    assert!(stdout.contains("p-e038927b0c1f,,governments") && stdout.contains(",orphaned,"), "{stdout}");
}

#[test]
fn export_refuses_to_overwrite_an_input_file() {
    let (_dir, doc, file) = workspace();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "Agenda de Túnez"]).success();
    let before = fs::read(&file).unwrap();
    for target in [&file, &doc] {
        glosa()
            .arg("export")
            .arg(&file)
            .args(["--format", "csv", "-o"])
            .arg(target)
            .assert()
            .code(2)
            .stderr(predicates::str::contains("refusing to export over an input file"));
    }
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn export_with_an_unknown_tag_is_an_error() {
    glosa()
        .arg("export")
        .arg(example_save())
        .args(["--format", "csv", "--tag", "media"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no tag `media` in any of the annotation files"));
}

#[test]
fn check_names_the_annotation_file_when_its_document_is_gone() {
    let (_dir, doc, file) = workspace();
    annotate(&doc, &file, &["--tag", "governments", "--quote", "Agenda de Túnez"]).success();
    fs::remove_file(&doc).unwrap();
    let assert = check(&file).code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains(&format!("cannot open the document that {} annotates", file.display())), "{stderr}");
    assert!(stderr.trim_end().ends_with(&doc.display().to_string()), "{stderr}");
}
