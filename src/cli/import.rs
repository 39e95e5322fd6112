//! `glosa import FILE [--document DOC] --annotations OUT [--author NAME]`: bring
//! annotations made elsewhere into an annotation file.
//!
//! The reader is chosen by extension, then by content: `.json`/`.jsonld` or JSON
//! text is W3C Web Annotation JSON (Glosa's exports, Hypothesis API results);
//! `.qdpx`/`.qdc` or a ZIP or XML file is REFI-QDA (see `import_refi`).

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::CliError;
use crate::import::web_annotation::{self, MAX_JSON_BYTES, Placement};
use crate::model::{Annotation, Edit};
use crate::workspace::{self, Workspace};

/// The formats `glosa import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    WebAnnotation,
    RefiQda,
}

/// Which reader `path` (with its first bytes `head`) needs.
fn kind(path: &Path, head: &[u8]) -> Option<Kind> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    match extension.as_str() {
        "json" | "jsonld" => return Some(Kind::WebAnnotation),
        "qdpx" | "qdc" => return Some(Kind::RefiQda),
        _ => {}
    }
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = text.iter().find(|b| !b.is_ascii_whitespace());
    match first {
        Some(b'{' | b'[') => Some(Kind::WebAnnotation),
        _ if head.starts_with(b"PK\x03\x04") || text.starts_with(b"<?xml") => Some(Kind::RefiQda),
        _ => None,
    }
}

/// Reads `path` whole, refusing more than `limit` bytes.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, CliError> {
    let metadata = std::fs::metadata(path).map_err(|e| CliError(format!("cannot read ({e}): {}", path.display())))?;
    if metadata.is_dir() {
        return Err(CliError(format!("is a directory, not a file to import: {}", path.display())));
    }
    if metadata.len() > limit {
        return Err(CliError(format!(
            "file is {} bytes, over the {} MiB limit: {}",
            metadata.len(),
            limit / (1024 * 1024),
            path.display()
        )));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|e| CliError(format!("cannot read ({e}): {}", path.display())))?;
    if bytes.len() as u64 > limit {
        return Err(CliError(format!("file grew over the limit while being read: {}", path.display())));
    }
    Ok(bytes)
}

/// Where `glosa import` puts what it reads.
pub(super) struct Targets<'a> {
    /// `--document`.
    pub document: Option<&'a Path>,
    /// `--annotations`.
    pub annotations: Option<&'a Path>,
    /// `--into` (REFI-QDA projects).
    pub into: Option<&'a Path>,
    /// `--project` (REFI-QDA projects into a Glosa project).
    pub project: Option<&'a Path>,
    /// `--allow-outside-folder`: follow a stored document path (or a `file:` IRI of
    /// the imported annotations) wherever it leads.
    pub allow_outside_folder: bool,
}

pub(super) fn run(
    file: &Path,
    targets: &Targets<'_>,
    author: Option<&str>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let document = targets.document;
    let allow_outside_folder = targets.allow_outside_folder;
    let bytes = read_limited(file, MAX_JSON_BYTES)?;
    match kind(file, &bytes[..bytes.len().min(512)]) {
        Some(Kind::WebAnnotation) => {}
        Some(Kind::RefiQda) => return super::import_refi::run(file, &bytes, targets, author, out),
        None => {
            return Err(CliError(format!(
                "not a file Glosa imports (W3C Web Annotation JSON, .json or .jsonld): {}",
                file.display()
            )));
        }
    }
    let Some(annotations) = targets.annotations else {
        return Err(CliError(format!(
            "name the annotation file to import into with --annotations: {}",
            file.display()
        )));
    };
    let incoming = web_annotation::read(&bytes).map_err(|e| CliError(format!("{e}: {}", file.display())))?;
    let document_path = match document {
        Some(path) => path.to_owned(),
        None => stored_or_named_document(annotations, file, &incoming, allow_outside_folder)?.ok_or_else(|| {
            CliError(format!(
                "which document do these annotations belong to? Name it with --document: {}",
                file.display()
            ))
        })?,
    };
    let mut workspace = Workspace::open(&document_path, annotations).map_err(|e| CliError(e.to_string()))?;
    let reading = super::export::read_source_text(&document_path, &workspace.document);
    let (incoming, other_documents) = web_annotation::of_this_document(incoming, &document_path);
    let mut plan = web_annotation::plan(
        &incoming,
        &workspace.document,
        reading.as_ref(),
        &workspace.set,
        workspace::now(),
        &workspace::author(author),
    );
    plan.other_documents = other_documents;
    let (placed, moved, orphaned) = plan.counts();
    if !plan.edits.is_empty() {
        workspace.set.apply(Edit::Batch(plan.edits.clone())).map_err(|e| CliError(e.to_string()))?;
        workspace.save().map_err(|e| CliError(e.to_string()))?;
    }
    let doc = &workspace.document;
    let mut report = String::new();
    for (annotation, placement) in &plan.annotations {
        report.push_str(&line(doc, annotation, *placement));
    }
    let _ = write!(
        report,
        "imported {} into {}: {placed} placed, {moved} moved (need review), {orphaned} orphaned",
        super::plural(plan.annotations.len(), "annotation", "annotations"),
        annotations.display()
    );
    if plan.replies > 0 {
        let _ = write!(report, "; {} added to notes", super::plural(plan.replies, "reply", "replies"));
    }
    if !plan.new_tags.is_empty() {
        let names: Vec<&str> = plan.new_tags.iter().map(crate::model::TagId::as_str).collect();
        let _ = write!(report, "; new tags: {}", names.join(", "));
    }
    if plan.already_there > 0 {
        let _ = write!(report, "; {} already in the file, skipped", plan.already_there);
    }
    if plan.other_documents > 0 {
        let _ = write!(
            report,
            "; {} of other documents left out",
            super::plural(plan.other_documents, "annotation", "annotations")
        );
    }
    report.push('\n');
    match out.write_all(report.as_bytes()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(CliError(format!("cannot write output: {e}"))),
    }
    Ok(ExitCode::SUCCESS)
}

/// `placed    01M8…  ¶3  “quote”`
pub(super) fn line(doc: &crate::model::Document, annotation: &Annotation, placement: Placement) -> String {
    let ordinal = annotation
        .segments
        .first()
        .and_then(|s| doc.paragraph(&s.paragraph))
        .filter(|_| placement != Placement::Orphaned)
        .map(|p| p.ordinal);
    line_at(ordinal, annotation, placement)
}

/// [`line`] for an annotation starting in the paragraph of this ordinal (`None`:
/// an orphan, `¶–`).
pub(super) fn line_at(ordinal: Option<u32>, annotation: &Annotation, placement: Placement) -> String {
    let ordinal = ordinal.map_or_else(|| "¶–".to_owned(), |n| format!("¶{n}"));
    let quote = annotation.quote();
    let short: String = quote.chars().take(60).collect();
    let ellipsis = if quote.chars().count() > 60 { "…" } else { "" };
    format!("{:<9} {}  {ordinal}  “{}{ellipsis}”\n", placement.as_str(), annotation.id, short.replace('\n', " "))
}

/// The document the annotation file names, or the one file the targets name by a
/// `file:` IRI (if it exists). Both come from files someone else may have written,
/// so unless `allow_outside`, the stored path is followed only inside the
/// annotation file's folder tree ([`DocumentRef::resolve_inside`]), and a `file:`
/// IRI only to a file inside the imported file's or the annotation file's folder
/// tree; anything else is an error naming the path and the flag.
///
/// [`DocumentRef::resolve_inside`]: crate::persist::annotations::DocumentRef::resolve_inside
fn stored_or_named_document(
    annotations: &Path,
    imported: &Path,
    incoming: &[web_annotation::Incoming],
    allow_outside: bool,
) -> Result<Option<PathBuf>, CliError> {
    const HINT: &str = "give the document with --document, or pass --allow-outside-folder to follow the path";
    if let Ok(file) = crate::persist::annotations::load(annotations) {
        if allow_outside {
            return Ok(Some(file.document.resolve(annotations)));
        }
        return crate::persist::project::resolve_in_project(&file.document, annotations)
            .map(Some)
            .map_err(|why| CliError(super::outside_folder_message(&why, &file.document.path, HINT, annotations)));
    }
    let mut sources = incoming.iter().flat_map(|a| &a.targets).filter_map(|t| t.source.as_deref());
    let Some(first) = sources.next() else {
        return Ok(None);
    };
    if sources.any(|s| s != first) {
        return Ok(None);
    }
    let Some(path) = file_iri_path(first).filter(|p| p.is_file()) else {
        return Ok(None);
    };
    if allow_outside || [imported, annotations].iter().any(|f| inside_folder_of(&path, f)) {
        return Ok(Some(path));
    }
    Err(CliError(format!(
        "the imported annotations name a document outside its folder (“{}”), not opened ({HINT}): {}",
        super::terminal::clip(first),
        imported.display()
    )))
}

/// Whether `path` (an existing file) is inside the folder of `file` or below it,
/// comparing real paths (symlinks resolved).
fn inside_folder_of(path: &Path, file: &Path) -> bool {
    let folder = match file.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    match (std::fs::canonicalize(path), std::fs::canonicalize(folder)) {
        (Ok(real), Ok(folder)) => real.starts_with(folder),
        _ => false,
    }
}

/// The path of a `file:` IRI (`file:///a/b%20c.txt` → `/a/b c.txt`).
fn file_iri_path(iri: &str) -> Option<PathBuf> {
    let rest = iri.strip_prefix("file://")?;
    let decoded = percent_encoding::percent_decode_str(rest).decode_utf8().ok()?;
    // `file:///C:/x` on Windows.
    let trimmed = if decoded.len() > 3 && decoded.as_bytes()[2] == b':' { &decoded[1..] } else { &decoded[..] };
    Some(PathBuf::from(trimmed))
}
