//! `glosa paragraphs FILE [--format text|json]`, run as the real binary.
//!
//! Inputs are the bundled sample, the shared corpus (`tests/corpus/`) and
//! files written to temporary directories for the encodings, line endings and
//! bad inputs a user's file system produces.

// `allow-unwrap-in-tests` covers `#[test]` functions only, not the helpers here.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use assert_cmd::Command;
use glosa::persist::document::MAX_DOCUMENT_BYTES;
use serde_json::Value;

/// File name of the bundled sample, the ITU WTPF-13 brief on enhanced cooperation.
const SAMPLE_NAME: &str = "itu-wtpf13-enhanced-cooperation-brief.es.txt";

/// Paragraph kinds of the sample, ¶1 to ¶11, as a human reads it.
const SAMPLE_KINDS: [&str; 11] =
    ["body", "body", "body", "footnote", "body", "list-item", "list-item", "body", "footnote", "heading", "body"];

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples").join(SAMPLE_NAME)
}

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

fn glosa() -> Command {
    Command::cargo_bin("glosa").unwrap()
}

/// Runs `glosa paragraphs FILE` with `extra` arguments and returns the raw output.
fn paragraphs(file: &Path, extra: &[&str]) -> Output {
    glosa().arg("paragraphs").arg(file).args(extra).output().unwrap()
}

/// `glosa paragraphs FILE` in the text format; asserts success and clean stderr.
fn text_lines(file: &Path) -> Vec<String> {
    let output = paragraphs(file, &[]);
    assert_success(&output);
    String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect()
}

/// `glosa paragraphs FILE --format json`; asserts success and clean stderr.
fn json_stdout(file: &Path) -> String {
    let output = paragraphs(file, &["--format", "json"]);
    assert_success(&output);
    String::from_utf8(output.stdout).unwrap()
}

fn json(file: &Path) -> Value {
    serde_json::from_str(&json_stdout(file)).unwrap()
}

fn assert_success(output: &Output) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(stderr.is_empty(), "unexpected stderr: {stderr}");
}

/// The `paragraphs` array of a JSON output.
fn paras(doc: &Value) -> &Vec<Value> {
    doc["paragraphs"].as_array().unwrap()
}

fn is_paragraph_id(id: &str) -> bool {
    id.strip_prefix("p-")
        .is_some_and(|hex| hex.len() == 12 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
}

/// One line of the text format, split into its columns.
struct TextLine<'a> {
    id: &'a str,
    pilcrow: &'a str,
    kind: &'a str,
    preview: &'a str,
}

/// Splits `ID  ¶N  kind  preview`. The kind column may be padded; paragraph
/// text never starts with white space.
fn columns(line: &str) -> TextLine<'_> {
    let mut parts = line.splitn(3, "  ");
    let (id, pilcrow, rest) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    let (kind, preview) = rest.split_once(' ').unwrap();
    TextLine { id, pilcrow, kind, preview: preview.trim_start() }
}

/// Asserts `glosa paragraphs FILE` is refused the way a user should see it:
/// exit status 2, nothing on stdout, and one stderr line
/// `glosa: <message naming the problem>: <path>`.
fn assert_refused(file: &Path, problem: &str) {
    let output = paragraphs(file, &[]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(output.stdout.is_empty(), "stdout: {}", String::from_utf8_lossy(&output.stdout));
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "not one line: {stderr:?}");
    assert!(stderr.ends_with('\n'), "{stderr:?}");
    let line = stderr.trim_end_matches('\n');
    assert!(line.starts_with("glosa: "), "{line}");
    assert!(line.ends_with(&format!(": {}", file.display())), "path missing: {line}");
    assert!(line.contains(problem), "{line:?} does not mention {problem:?}");
}

/// Writes `bytes` (the sample re-encoded or with other line endings) under the
/// sample's own file name in `dir`: the title falls back to the file name.
fn sample_copy(dir: &Path, bytes: &[u8]) -> PathBuf {
    let path = dir.join(SAMPLE_NAME);
    fs::write(&path, bytes).unwrap();
    path
}

// --- the bundled sample ---------------------------------------------------

#[test]
fn sample_text_lists_eleven_paragraphs_with_ids_numbers_and_kinds() {
    let lines = text_lines(&sample());
    assert_eq!(lines.len(), 11, "{lines:#?}");
    for (i, line) in lines.iter().enumerate() {
        let cols = columns(line);
        assert!(is_paragraph_id(cols.id), "bad ID in {line:?}");
        assert_eq!(cols.pilcrow, format!("¶{}", i + 1), "{line:?}");
        assert_eq!(cols.kind, SAMPLE_KINDS[i], "{line:?}");
    }
}

#[test]
fn sample_text_heading_line_is_exact() {
    let doc = json(&sample());
    let heading = &paras(&doc)[9];
    assert_eq!(heading["text"], "DESCARGO DE RESPONSABILIDAD");
    let id = heading["id"].as_str().unwrap();

    let lines = text_lines(&sample());
    assert_eq!(lines[9], format!("{id}  ¶10  heading    DESCARGO DE RESPONSABILIDAD"));
}

#[test]
fn sample_text_cuts_long_paragraphs_at_sixty_characters() {
    let doc = json(&sample());
    let lines = text_lines(&sample());
    let (mut cut, mut whole) = (0, 0);
    for (line, para) in lines.iter().zip(paras(&doc)) {
        let cols = columns(line);
        assert_eq!(cols.id, para["id"].as_str().unwrap());
        let text = para["text"].as_str().unwrap();
        if text.chars().count() > 60 {
            let head: String = text.chars().take(60).collect();
            assert_eq!(cols.preview, format!("{head}…"));
            cut += 1;
        } else {
            assert_eq!(cols.preview, text);
            whole += 1;
        }
    }
    assert_eq!((cut, whole), (10, 1), "only the heading fits in 60 characters");
    assert_eq!(columns(&lines[0]).preview, "ENTRE LOS RESULTADOS CLAVE de la Cumbre Mundial sobre la Soc…");
    // Cut on characters, not bytes: ¶2 has its accents before the cut.
    assert_eq!(columns(&lines[1]).preview, "En el párrafo 69 de la Agenda de Túnez (2005) se reconoce la…");
}

#[test]
fn sample_json_describes_document_and_paragraphs() {
    let doc = json(&sample());
    let document = &doc["document"];
    assert_eq!(document["paragraph_count"], 11);
    assert_eq!(document["encoding"], "UTF-8");
    // The first paragraph is a sentence, so the title falls back to the file name.
    assert_eq!(document["title"], "itu-wtpf13-enhanced-cooperation-brief.es");
    let fingerprint = document["fingerprint"].as_str().unwrap();
    assert_eq!(fingerprint.len(), 32, "{fingerprint}");
    assert!(fingerprint.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()), "{fingerprint}");

    let paras = paras(&doc);
    assert_eq!(paras.len(), 11);
    for (i, para) in paras.iter().enumerate() {
        assert_eq!(para["ordinal"], i + 1);
        assert_eq!(para["kind"], SAMPLE_KINDS[i], "¶{}", i + 1);
        assert!(is_paragraph_id(para["id"].as_str().unwrap()), "{para}");
        let lines = para["lines"].as_array().unwrap();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].as_u64().unwrap() <= lines[1].as_u64().unwrap(), "{para}");
    }
    let ids: std::collections::HashSet<&str> = paras.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 11, "IDs are unique");

    // The first footnote, whose last line runs straight into ¶5 in the source.
    let footnote = &paras[3];
    assert!(footnote["text"].as_str().unwrap().starts_with("1 En la Resolución 102"), "{footnote}");
    assert_eq!(footnote["lines"], serde_json::json!([27, 29]));
    assert!(paras[4]["text"].as_str().unwrap().starts_with("Los debates relativos"));
}

// --- encodings and line endings -------------------------------------------

#[test]
fn windows_1252_submission_decodes_accents_and_curly_quotes() {
    let doc = json(&corpus("netmundial_070B_gov_spain.txt"));
    assert_eq!(doc["document"]["encoding"], "windows-1252");
    let texts: Vec<&str> = paras(&doc).iter().map(|p| p["text"].as_str().unwrap()).collect();
    assert!(texts.contains(&"(São Paulo, 23-24 April 2014)"), "{texts:#?}");
    assert!(
        texts.iter().any(|t| t.contains("“Global Multi-stakeholder Meeting on the Future of Internet Governance”")),
        "{texts:#?}"
    );
    for text in texts {
        assert!(!text.contains('\u{FFFD}'), "replacement character in {text:?}");
        assert!(!text.chars().any(|c| ('\u{80}'..='\u{9F}').contains(&c)), "C1 control in {text:?}");
    }
}

#[test]
fn quijote_reports_utf8_with_bom_and_keeps_the_bom_out_of_the_text() {
    let doc = json(&corpus("quijote_pg2000_es.txt"));
    assert_eq!(doc["document"]["encoding"], "UTF-8 (BOM)");
    assert_eq!(doc["document"]["title"], "The Project Gutenberg eBook of Don Quijote");
    assert_eq!(paras(&doc)[0]["text"], "The Project Gutenberg eBook of Don Quijote");
}

#[test]
fn utf16le_copy_of_sample_has_same_ids_and_fingerprint() {
    let original = json(&sample());
    let text = fs::read_to_string(sample()).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let dir = tempfile::tempdir().unwrap();
    let copy = json(&sample_copy(dir.path(), &utf16));

    assert_eq!(copy["document"]["encoding"], "UTF-16LE (BOM)");
    assert_eq!(copy["document"]["fingerprint"], original["document"]["fingerprint"]);
    assert_eq!(copy["document"]["title"], original["document"]["title"]);
    assert_eq!(copy["paragraphs"], original["paragraphs"], "same IDs, kinds, texts and lines");
}

#[test]
fn crlf_copy_of_sample_gives_identical_json() {
    let original = json_stdout(&sample());
    let text = fs::read_to_string(sample()).unwrap();
    assert!(!text.contains('\r'), "the sample is LF-only");
    let dir = tempfile::tempdir().unwrap();
    let copy = json_stdout(&sample_copy(dir.path(), text.replace('\n', "\r\n").as_bytes()));
    assert_eq!(copy, original);
}

// --- bad input ------------------------------------------------------------

#[test]
fn empty_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vacío.txt");
    fs::write(&path, b"").unwrap();
    assert_refused(&path, "empty");
}

#[test]
fn file_with_only_a_byte_order_mark_is_refused_as_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom-only.txt");
    fs::write(&path, b"\xEF\xBB\xBF").unwrap();
    assert_refused(&path, "empty");
}

#[test]
fn whitespace_only_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blank.txt");
    fs::write(&path, b" \n\t\n   \r\n\n\xC2\xA0\n").unwrap();
    assert_refused(&path, "no text");
}

#[test]
fn png_image_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("logo-itu.png");
    // Signature, then the start of an IHDR chunk for a 1×1 RGBA image.
    fs::write(&path, b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89").unwrap();
    assert_refused(&path, "PNG");
}

#[test]
fn zip_renamed_to_txt_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contribucion.docx.txt");
    // Local file header of a .docx part, as Word writes it.
    let mut zip = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00\x21\x00".to_vec();
    zip.extend([0x5a, 0x8c, 0x13, 0x6f, 0xd2, 0x01, 0x00, 0x00, 0x1f, 0x08, 0x00, 0x00, 0x13, 0x00, 0x08, 0x02]);
    zip.extend(b"[Content_Types].xml");
    fs::write(&path, zip).unwrap();
    assert_refused(&path, "ZIP");
}

/// A ZIP archive with these entries, as a REFI-QDA exporter writes one.
fn zip_with(entries: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in entries {
        writer.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        writer.write_all(text.as_bytes()).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

#[test]
fn a_refi_qda_project_or_codebook_given_as_a_document_names_glosa_import() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("cooperacion.qdpx");
    let qde = r#"<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Cooperación" origin="MAXQDA 2022"><Sources/></Project>"#;
    fs::write(&project, zip_with(&[("project.qde", qde), ("sources/a.txt", "Texto.")])).unwrap();
    let output = paragraphs(&project, &[]);
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "glosa: a REFI-QDA project (.qdpx), not a document: import it with `glosa import FILE --project DIR` \
             (or `--into DIR`): {}\n",
            project.display()
        )
    );
    assert_eq!(output.status.code(), Some(2));

    let codebook = dir.path().join("codigos.qdc");
    fs::write(
        &codebook,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"NVivo\">\
         <Codes><Code guid=\"C0000000-0000-0000-0000-000000000001\" name=\"sociedad civil\" isCodable=\"true\"/>\
         </Codes></CodeBook>\n",
    )
    .unwrap();
    assert_refused(&codebook, "a REFI-QDA codebook (.qdc), not a document: import its codes with `glosa import FILE");
}

#[test]
fn directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert_refused(dir.path(), "directory");
}

#[test]
fn missing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert_refused(&dir.path().join("no-existe.txt"), "no such file");
}

#[test]
fn file_over_the_size_limit_is_refused_without_reading_it() {
    assert_eq!(MAX_DOCUMENT_BYTES, 256 * 1024 * 1024);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // Sparse: no blocks are written, so this is instant and takes no disk.
    fs::File::create(&path).unwrap().set_len(MAX_DOCUMENT_BYTES + 1).unwrap();
    let started = std::time::Instant::now();
    assert_refused(&path, "256 MiB");
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "took {:?}", started.elapsed());
}

#[test]
fn unknown_format_is_a_usage_error() {
    let output = paragraphs(&sample(), &["--format", "xml"]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(stderr.contains("'xml'") && stderr.contains("--format"), "{stderr}");
    assert!(stderr.contains("text") && stderr.contains("json"), "lists the formats: {stderr}");
}

#[test]
fn missing_file_argument_is_a_usage_error() {
    let output = glosa().arg("paragraphs").output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(stderr.contains("<FILE>"), "{stderr}");
}

// --- output to a closed pipe ----------------------------------------------

/// `glosa paragraphs quijote.txt | head -1`: the reader goes away after one
/// line while glosa still has hundreds of kilobytes to write.
fn first_line_then_close(format: &str) -> String {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("glosa"))
        .arg("paragraphs")
        .arg(corpus("quijote_pg2000_es.txt"))
        .args(["--format", format])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader was dropped at the end of the statement above: the pipe is closed.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    first
}

#[test]
fn closed_pipe_in_text_format_is_not_an_error() {
    let first = first_line_then_close("text");
    assert!(first.ends_with("  ¶1  heading    The Project Gutenberg eBook of Don Quijote\n"), "{first:?}");
}

#[test]
fn closed_pipe_in_json_format_is_not_an_error() {
    assert_eq!(first_line_then_close("json"), "{\n");
}
