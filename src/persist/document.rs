//! Reading a document file with the checks a user's file system calls for.

use std::path::Path;

use super::files::{FileKind, ReadFileError, read_regular};
use crate::model::{Document, DocumentError};

/// Largest document Glosa opens, in bytes (256 MiB). Larger files are refused with
/// an error that states the limit.
pub const MAX_DOCUMENT_BYTES: u64 = 256 * 1024 * 1024;

/// File name extensions (lower case, without the dot) of the documents Glosa
/// reads ([`crate::model::document::SourceFormat::from_file_name`] and
/// [`crate::import::parse`]): plain text, Markdown, HTML, Word, `OpenDocument` and
/// PDF. The one list a project folder's scan, `project add`, the "outside the
/// project" check and the open dialog use.
pub const DOCUMENT_EXTENSIONS: &[&str] =
    &["txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "odt", "pdf"];

/// How Glosa's own Markdown export of tagged excerpts begins
/// ([`crate::export::write_markdown`]): with excerpts, and without.
const MARKDOWN_EXPORT_STARTS: [&[u8]; 2] = [b"# Tagged excerpts\n\n## ", b"# Tagged excerpts\n\n*No excerpts.*"];

/// Whether `path` is an export Glosa itself wrote (a Markdown file of tagged
/// excerpts, recognised by its first line and the line after), which a project
/// does not take for a document. Reads at most 64 bytes; `false` when the file
/// cannot be read. Glosa's other exports (CSV, JSON, XLSX, QDPX, QDC) have no
/// document extension.
pub fn is_glosa_export(path: &Path) -> bool {
    use std::io::Read;
    let markdown = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
    if !markdown {
        return false;
    }
    let mut head = Vec::with_capacity(64);
    let read = std::fs::File::open(path).and_then(|f| f.take(64).read_to_end(&mut head));
    read.is_ok() && MARKDOWN_EXPORT_STARTS.iter().any(|start| head.starts_with(start))
}

/// Whether `path` has one of the [`DOCUMENT_EXTENSIONS`] (any letter case).
pub fn is_document_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DOCUMENT_EXTENSIONS.iter().any(|d| e.eq_ignore_ascii_case(d)))
}

/// Why a document file could not be opened. Messages name the problem; the caller
/// adds the path.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// No such file.
    #[error("no such file")]
    NotFound,
    /// The path is a directory.
    #[error("is a directory, not a document")]
    IsDirectory,
    /// The path is a FIFO, a device or a socket: never read (it could block forever
    /// or never end).
    #[error("is {}, not a document", .0.describe())]
    NotRegular(FileKind),
    /// Larger than [`MAX_DOCUMENT_BYTES`].
    #[error("file is {size} bytes, over the {limit} MiB limit", limit = MAX_DOCUMENT_BYTES / (1024 * 1024))]
    TooLarge {
        /// The file's size in bytes.
        size: u64,
    },
    /// The operating system refused (permissions, I/O error).
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// The content is not a readable document.
    #[error(transparent)]
    Content(#[from] DocumentError),
}

/// Reads and parses the document at `path`, in whatever format its content and
/// name say (see [`crate::import::parse`]): a regular file (symlinks followed),
/// never a FIFO, device or directory, read without blocking.
///
/// # Errors
/// See [`ReadError`]. The file is never modified.
pub fn read_document(path: &Path) -> Result<Document, ReadError> {
    let (bytes, _) = read_regular(path, MAX_DOCUMENT_BYTES).map_err(|e| match e {
        ReadFileError::NotFound => ReadError::NotFound,
        ReadFileError::NotRegular(FileKind::Directory) => ReadError::IsDirectory,
        ReadFileError::NotRegular(kind) => ReadError::NotRegular(kind),
        ReadFileError::TooLarge { size } => ReadError::TooLarge { size },
        ReadFileError::Io(e) => ReadError::Io(e),
    })?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(crate::import::parse(bytes, &name)?)
}
