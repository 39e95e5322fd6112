//! `glosa export FILE... --format csv|csv-excel|markdown|json [-o OUT] [--tag ID]...`

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
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
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
    export::write(&mut buffer, format.into(), &sources, &tag_filter)
        .map_err(|e| CliError(format!("cannot export: {e}")))?;
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
