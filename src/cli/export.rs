//! `glosa export FILE... --format csv|csv-excel|markdown|json [-o OUT] [--tag ID]... [--base-uri URI]`

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::{CliError, terminal};
use crate::export::segments::SegmentFormat;
use crate::export::{self, ExportSource, refi};
use crate::model::TagId;
use crate::model::anchor::Anchorer;
use crate::persist::annotations::{self, AnnotationFile};
use crate::persist::document::read_document;
use crate::persist::files;
use crate::session::project::export::ProjectFormat;

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
    /// REFI-QDA project (.qdpx): documents, codes, codings, users and notes, for
    /// NVivo, ATLAS.ti, MAXQDA, QualCoder. Needs -o.
    Qdpx,
    /// REFI-QDA codebook (.qdc): the tags as codes.
    Qdc,
}

impl ExportFormat {
    /// Whether `run` escapes control characters itself (CSV, JSON and Markdown,
    /// keeping CSV's CRLF), so its output need not pass through a
    /// [`terminal::TerminalSafe`] on a terminal.
    pub(super) fn escapes_itself(self) -> bool {
        matches!(self, Self::Csv | Self::CsvExcel | Self::Json | Self::Markdown)
    }
}

impl From<ExportFormat> for export::Format {
    fn from(format: ExportFormat) -> Self {
        match format {
            ExportFormat::Csv => Self::Csv,
            ExportFormat::CsvExcel => Self::CsvExcel,
            ExportFormat::Markdown => Self::Markdown,
            ExportFormat::Json => Self::Json,
            ExportFormat::Qdpx => Self::Qdpx,
            ExportFormat::Qdc => Self::Qdc,
        }
    }
}

/// The options of `glosa export` besides the files and the format.
pub(super) struct Options<'a> {
    /// `-o`: write here instead of standard output.
    pub output: Option<&'a Path>,
    /// `--tag`: only these tags.
    pub tags: &'a [String],
    /// `--allow-outside-folder`: follow stored document paths wherever they lead.
    pub allow_outside_folder: bool,
    /// `--base-uri` (JSON only): the URL the documents are published under.
    pub base_uri: Option<&'a str>,
    /// `--project`: export this project's files instead of `files` (see [`run_project`]).
    pub project: Option<&'a Path>,
}

#[allow(clippy::too_many_lines, reason = "loading, checks and the writers of every format in one place")]
pub(super) fn run(
    files: &[std::path::PathBuf],
    format: ExportFormat,
    options: &Options<'_>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    if let Some(project) = options.project {
        return run_project(project, format, options, out);
    }
    let output = options.output;
    let base_uri = options.base_uri;
    check_base_uri(format, base_uri)?;
    let tag_filter = parse_tags(options.tags)?;
    let mut loaded: Vec<(AnnotationFile, Option<crate::model::Document>)> = Vec::new();
    // The files an export must not overwrite, by file identity.
    let mut protected = Vec::new();
    for file in files {
        let read = annotations::read(file).map_err(|e| CliError(annotations::load_error_message(&e, file)))?;
        super::warn_about_loading(&read.report, file);
        let content = read.file;
        super::warn_about_undeclared_tags(&content.tags, &content.annotations, " (exported under their IDs)", file);
        let document_path = if options.allow_outside_folder {
            Ok(content.document.resolve(file))
        } else {
            crate::persist::project::resolve_in_project(&content.document, file)
        };
        let document = match &document_path {
            Ok(path) => match read_document(path) {
                Ok(doc) => Some(doc),
                Err(e) => {
                    eprintln!(
                        "glosa: warning: cannot open document ({e}), exporting stored positions: {}",
                        terminal::one_line(&path.display().to_string())
                    );
                    None
                }
            },
            Err(why) => {
                let hint = "pass --allow-outside-folder to follow the path; exporting stored positions";
                eprintln!(
                    "glosa: warning: {}",
                    terminal::one_line(&super::outside_folder_message(why, &content.document.path, hint, file))
                );
                None
            }
        };
        protected.extend(annotations::protected_paths(file, document_path.as_deref().ok()));
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
                    let anchor = document.as_ref().map(|d| {
                        Anchorer::new(d).on_saved_text(&file.document.fingerprint == d.fingerprint()).resolve(a)
                    });
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
    if let Some(output) = output
        && let Some(victim) = files::clobbers(output, &protected)
    {
        // By file identity: a hard link or symlink to an input is refused too.
        return Err(CliError(format!(
            "refusing to export over an input file or its backup or lock (choose another -o): {}",
            victim.display()
        )));
    }
    if matches!(format, ExportFormat::Qdpx | ExportFormat::Qdc) {
        return write_refi(format, output, &sources, &tag_filter, out);
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
    // Markdown is read by people, in a terminal or a viewer: `export::write`
    // escapes its control characters (`\u{1b}`), for the app as for the CLI. CSV
    // and JSON keep the data exact in files and pipes, and are escaped only when
    // shown on a terminal.
    let to_terminal = output.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout());
    if to_terminal {
        let text = String::from_utf8_lossy(&buffer);
        if let std::borrow::Cow::Owned(escaped) = terminal::escape_keeping_crlf(&text) {
            buffer = escaped.into_bytes();
        }
    }
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

/// The `--tag` values as tag IDs.
fn parse_tags(tags: &[String]) -> Result<Vec<TagId>, CliError> {
    tags.iter()
        .map(|t| {
            TagId::new(t).ok_or_else(|| {
                CliError(format!("`{}` is not a tag ID (lower-case letters, digits, -)", terminal::clip(t)))
            })
        })
        .collect()
}

/// `--base-uri` is for `--format json` only and must be an absolute URI.
fn check_base_uri(format: ExportFormat, base_uri: Option<&str>) -> Result<(), CliError> {
    if base_uri.is_some() && format != ExportFormat::Json {
        return Err(CliError("--base-uri applies to --format json only".to_owned()));
    }
    if let Some(base) = base_uri
        && !export::is_absolute_iri(base)
    {
        return Err(CliError(format!(
            "--base-uri must be an absolute URI such as https://example.org/documents/: {}",
            terminal::clip(base)
        )));
    }
    Ok(())
}

/// How the W3C export names the document at `path`: see
/// [`crate::session::project::export::w3c_resource`].
fn w3c_resource(
    path: &Path,
    document: Option<&crate::model::Document>,
    base_uri: Option<&str>,
) -> Result<export::Resource, CliError> {
    crate::session::project::export::w3c_resource(path, document, base_uri).map_err(|e| CliError(e.to_string()))
}

/// The reading text of the document file at `path` (re-read, within the document
/// size limit) mapped to `document`; `None` if it cannot be read.
pub(super) fn read_source_text(
    path: &Path,
    document: &crate::model::Document,
) -> Option<export::source_map::SourceText> {
    crate::session::project::export::read_source_text(path, document)
}

/// `--format qdpx|qdc`: a REFI-QDA project (to `-o` only: it is a ZIP) or codebook.
fn write_refi(
    format: ExportFormat,
    output: Option<&Path>,
    sources: &[ExportSource<'_>],
    tag_filter: &[TagId],
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let buffer = if format == ExportFormat::Qdpx {
        let Some(path) = output else {
            return Err(CliError(
                "a QDPX project is a ZIP archive: name the file to write with -o OUT.qdpx".to_owned(),
            ));
        };
        let name = path.file_stem().map_or_else(|| "Glosa".to_owned(), |s| s.to_string_lossy().into_owned());
        let (bytes, summary) =
            refi::qdpx_bytes(&name, sources, tag_filter).map_err(|e| CliError(format!("cannot export: {e}")))?;
        for (id, quote) in &summary.left_out {
            let short: String = quote.chars().take(60).collect();
            eprintln!(
                "glosa: warning: orphaned, not in the QDPX (no place in the text): {id} “{}”",
                terminal::one_line(&short)
            );
        }
        bytes
    } else {
        let mut tags = crate::model::TagSet::from_tags(Vec::new());
        for source in sources {
            for tag in source.tags.tags() {
                if (tag_filter.is_empty() || tag_filter.contains(&tag.id)) && tags.get(&tag.id).is_none() {
                    tags.insert(tags.tags().len(), tag.clone());
                }
            }
        }
        let mut bytes = Vec::new();
        refi::write_qdc(&mut bytes, &tags).map_err(|e| CliError(format!("cannot export: {e}")))?;
        bytes
    };
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

/// `glosa export --project P --format F`: every annotation file of the project
/// (open sessions have none in the CLI: the files as saved). The documents are
/// named by their key (path relative to the project). QDPX also holds the
/// documents no one has coded, the codebook's hierarchy and every document's
/// attributes as variables ([`refi::QdpxExtras`]); QDC is the codebook with its
/// hierarchy. In W3C JSON a document's `url` attribute, when it is an absolute
/// IRI, is its `source` (see [`project_resource`]).
fn run_project(
    project_path: &Path,
    format: ExportFormat,
    options: &Options<'_>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    check_base_uri(format, options.base_uri)?;
    let tag_filter = parse_tags(options.tags)?;
    let project = super::project::open_indexed(project_path)?;
    let (Some(corpus), Some(_)) = (project.corpus(), project.index()) else {
        return Err(CliError(format!("not a project: {}", project_path.display())));
    };
    let views = project.files();
    let documents = corpus.documents();
    if let Some(output) = options.output {
        let mut protected = vec![corpus.file().to_owned()];
        for view in &views {
            protected.extend(annotations::protected_paths(view.path, None));
        }
        protected.extend(documents.iter().map(|d| d.path.clone()));
        if let Some(victim) = files::clobbers(output, &protected) {
            return Err(CliError(format!(
                "refusing to export over a file of the project (choose another -o): {}",
                victim.display()
            )));
        }
    }
    let whole = match format {
        ExportFormat::Qdc => ProjectFormat::Qdc,
        ExportFormat::Qdpx if options.output.is_none() => {
            return Err(CliError(
                "a QDPX project is a ZIP archive: name the file to write with -o OUT.qdpx".to_owned(),
            ));
        }
        ExportFormat::Qdpx => ProjectFormat::Qdpx,
        ExportFormat::Json => ProjectFormat::W3c,
        ExportFormat::Csv => ProjectFormat::Segments(SegmentFormat::Csv),
        ExportFormat::CsvExcel => ProjectFormat::Segments(SegmentFormat::CsvExcel),
        ExportFormat::Markdown => ProjectFormat::Segments(SegmentFormat::Markdown),
    };
    let export = project.export_whole(whole, &tag_filter, options.base_uri).map_err(|e| CliError(e.to_string()))?;
    for warning in &export.warnings {
        eprintln!("glosa: warning: {}", terminal::one_line(&warning.to_string()));
    }
    emit(options.output, &export.bytes, out)
}

/// Writes `buffer` to `output`, or to `out` (a closed pipe is not an error).
fn emit(output: Option<&Path>, buffer: &[u8], out: &mut impl Write) -> Result<ExitCode, CliError> {
    match output {
        Some(path) => {
            std::fs::write(path, buffer).map_err(|e| CliError(format!("cannot write ({e}): {}", path.display())))?;
        }
        None => match out.write_all(buffer).and_then(|()| out.flush()) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => return Err(CliError(format!("cannot write output: {e}"))),
        },
    }
    Ok(ExitCode::SUCCESS)
}
