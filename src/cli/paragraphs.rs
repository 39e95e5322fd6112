//! `glosa paragraphs FILE [--format text|json]`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use super::{CliError, Format};
use crate::model::Document;
use crate::persist::document::read_document;

/// User-perceived characters (extended grapheme clusters, UAX #29) of paragraph
/// text shown per line in the text format; never cuts a letter from its accent.
const PREVIEW_GRAPHEMES: usize = 60;

pub(super) fn run(path: &Path, format: Format, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let doc = read_document(path).map_err(|e| CliError(format!("{e}: {}", path.display())))?;
    for warning in doc.warnings() {
        eprintln!("glosa: warning: {}: {warning}", path.display());
    }
    let written = match format {
        Format::Text => write_text(&doc, out),
        Format::Json => write_json(&doc, out),
    };
    match written {
        Ok(()) => Ok(ExitCode::SUCCESS),
        // A closed pipe (`glosa paragraphs big.txt | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(CliError(format!("cannot write output: {e}"))),
    }
}

fn write_text(doc: &Document, out: &mut impl Write) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(out);
    for p in doc.paragraphs() {
        let text = doc.text_of(p);
        let preview: String = text.graphemes(true).take(PREVIEW_GRAPHEMES).collect();
        let ellipsis = if preview.len() < text.len() { "…" } else { "" };
        writeln!(out, "{}  ¶{}  {:<9}  {preview}{ellipsis}", p.id, p.ordinal, p.kind.as_str())?;
    }
    out.flush()
}

#[derive(Serialize)]
struct JsonOutput<'a> {
    document: JsonDocument<'a>,
    paragraphs: Vec<JsonParagraph<'a>>,
    /// Page numbers, running headers and footers set aside from the reading text.
    furniture: Vec<JsonFurniture<'a>>,
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    title: &'a str,
    fingerprint: &'a str,
    encoding: &'a str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    direction: Option<&'a str>,
    paragraph_count: usize,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct JsonFurniture<'a> {
    kind: &'static str,
    text: &'a str,
    line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<u32>,
}

#[derive(Serialize)]
struct JsonParagraph<'a> {
    id: &'a str,
    ordinal: u32,
    kind: &'static str,
    text: &'a str,
    lines: [u32; 2],
}

fn write_json(doc: &Document, out: &mut impl Write) -> std::io::Result<()> {
    let output = JsonOutput {
        document: JsonDocument {
            title: doc.title(),
            fingerprint: doc.fingerprint().as_str(),
            encoding: doc.encoding(),
            format: doc.format().as_str(),
            language: doc.language(),
            direction: doc.direction(),
            paragraph_count: doc.paragraphs().len(),
            warnings: doc.warnings().iter().map(ToString::to_string).collect(),
        },
        paragraphs: doc
            .paragraphs()
            .iter()
            .map(|p| JsonParagraph {
                id: p.id.as_str(),
                ordinal: p.ordinal,
                kind: p.kind.as_str(),
                text: doc.text_of(p),
                lines: [p.lines.0, p.lines.1],
            })
            .collect(),
        furniture: doc
            .furniture()
            .iter()
            .map(|f| JsonFurniture { kind: "page-furniture", text: &f.text, line: f.line, page: f.page })
            .collect(),
    };
    let mut out = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &output)?;
    writeln!(out)?;
    out.flush()
}
