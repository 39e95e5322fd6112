//! `glosa export FILE... --format csv|csv-excel|markdown|json [-o OUT] [--tag ID]... [--base-uri URI]`

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::CliError;
use crate::export::{self, ExportSource};
use crate::model::TagId;
use crate::model::anchor::Anchorer;
use crate::persist::annotations::{self, AnnotationFile};
use crate::persist::document::read_document;

/// Export formats, as named on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum ExportFormat {
    /// RFC 4180 CSV, UTF-8.
    Csv,
    /// CSV for Microsoft Excel: UTF-8 with BOM, CRLF.
    CsvExcel,
    /// Excerpts grouped by tag, as block quotes with ¶ references.
    Markdown,
    /// W3C Web Annotation JSON-LD.
    Json,
}

impl From<ExportFormat> for export::Format {
    fn from(format: ExportFormat) -> Self {
        match format {
            ExportFormat::Csv => Self::Csv,
            ExportFormat::CsvExcel => Self::CsvExcel,
            ExportFormat::Markdown => Self::Markdown,
            ExportFormat::Json => Self::Json,
        }
    }
}

pub(super) fn run(
    files: &[std::path::PathBuf],
    format: ExportFormat,
    output: Option<&Path>,
    tags: &[String],
    base_uri: Option<&str>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    if base_uri.is_some() && format != ExportFormat::Json {
        return Err(CliError("--base-uri applies to --format json only".to_owned()));
    }
    if let Some(base) = base_uri
        && !export::is_absolute_iri(base)
    {
        return Err(CliError(format!(
            "--base-uri must be an absolute URI such as https://example.org/documents/: {base}"
        )));
    }
    let tag_filter: Vec<TagId> = tags
        .iter()
        .map(|t| {
            TagId::new(t).ok_or_else(|| CliError(format!("`{t}` is not a tag ID (lower-case letters, digits, -)")))
        })
        .collect::<Result<_, _>>()?;
    let mut loaded: Vec<(AnnotationFile, Option<crate::model::Document>)> = Vec::new();
    for file in files {
        let content = annotations::load(file)
            .map_err(|e| CliError(format!("cannot read annotations ({e}): {}", file.display())))?;
        let document_path = content.document.resolve(file);
        let document = match read_document(&document_path) {
            Ok(doc) => Some(doc),
            Err(e) => {
                eprintln!(
                    "glosa: warning: cannot open document ({e}), exporting stored positions: {}",
                    document_path.display()
                );
                None
            }
        };
        loaded.push((content, document));
    }
    for tag in &tag_filter {
        let known = loaded
            .iter()
            .any(|(file, _)| file.tags.get(tag).is_some() || file.annotations.iter().any(|a| a.tags.contains(tag)));
        if !known {
            return Err(CliError(format!("no tag `{tag}` in any of the annotation files: {}", files[0].display())));
        }
    }
    let sources: Vec<ExportSource<'_>> = loaded
        .iter()
        .map(|(file, document)| {
            let annotations = file
                .annotations
                .iter()
                .map(|a| {
                    let anchor = document.as_ref().map(|d| Anchorer::new(d).resolve(a));
                    (a, anchor)
                })
                .collect();
            ExportSource {
                document_title: &file.document.title,
                document_path: &file.document.path,
                document: document.as_ref(),
                tags: &file.tags,
                annotations,
            }
        })
        .collect();
    if let Some(output) = output {
        let clobbers = |other: &Path| {
            let canonical = |p: &Path| std::fs::canonicalize(p).ok();
            canonical(output).is_some() && canonical(output) == canonical(other)
        };
        let inputs = files.iter().map(std::path::PathBuf::as_path);
        let documents: Vec<std::path::PathBuf> =
            loaded.iter().zip(files).map(|((file, _), path)| file.document.resolve(path)).collect();
        if let Some(victim) = inputs.chain(documents.iter().map(std::path::PathBuf::as_path)).find(|p| clobbers(p)) {
            return Err(CliError(format!(
                "refusing to export over an input file (choose another -o): {}",
                victim.display()
            )));
        }
    }
    let mut buffer = Vec::new();
    let written = if format == ExportFormat::Json {
        let resources: Vec<export::Resource> = loaded
            .iter()
            .zip(files)
            .map(|((file, document), path)| w3c_resource(&file.document.resolve(path), document.as_ref(), base_uri))
            .collect::<Result<_, _>>()?;
        export::write_w3c_json_with(&mut buffer, &sources, &resources, &tag_filter)
    } else {
        export::write(&mut buffer, format.into(), &sources, &tag_filter)
    };
    written.map_err(|e| CliError(format!("cannot export: {e}")))?;
    match output {
        Some(path) => {
            std::fs::write(path, &buffer).map_err(|e| CliError(format!("cannot write ({e}): {}", path.display())))?;
        }
        None => match out.write_all(&buffer).and_then(|()| out.flush()) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => return Err(CliError(format!("cannot write output: {e}"))),
        },
    }
    Ok(ExitCode::SUCCESS)
}

/// How the W3C export names the document at `path` and where its positions
/// point: the document's file name under `base_uri` when given, else its `file:`
/// IRI; positions in the file's text, re-read and aligned with `document`.
fn w3c_resource(
    path: &Path,
    document: Option<&crate::model::Document>,
    base_uri: Option<&str>,
) -> Result<export::Resource, CliError> {
    let bytes = document.and_then(|_| read_bytes(path));
    let Some(base) = base_uri else {
        let absolute = std::path::absolute(path)
            .map_err(|e| CliError(format!("cannot name the document as a file: IRI ({e}): {}", path.display())))?;
        return Ok(export::Resource::for_file(&absolute, document, bytes));
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let iri = export::resolve_iri(base, &name).map_err(|e| CliError(format!("--base-uri: {e}")))?;
    let text =
        document.zip(bytes).and_then(|(document, bytes)| export::source_map::SourceText::from_bytes(bytes, document));
    Ok(export::Resource { iri, language: None, text })
}

/// The reading text of the document file at `path` (re-read, within the document
/// size limit) mapped to `document`; `None` if it cannot be read.
pub(super) fn read_source_text(
    path: &Path,
    document: &crate::model::Document,
) -> Option<export::source_map::SourceText> {
    export::source_map::SourceText::from_bytes(read_bytes(path)?, document)
}

/// The bytes of the document file at `path`, within the document size limit.
fn read_bytes(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let limit = crate::persist::document::MAX_DOCUMENT_BYTES;
    let mut bytes = Vec::new();
    std::fs::File::open(path).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes)).ok()?;
    (bytes.len() as u64 <= limit).then_some(bytes)
}
