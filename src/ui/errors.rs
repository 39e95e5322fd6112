//! The errors and reasons of the layers below the interface, in the interface
//! language: the one place where each typed error variant (of `session`,
//! `workspace`, `persist`, `import`, `model`) becomes a catalogue message with
//! its arguments (`{ $file }`, `{ $line }`, counts with plural categories).
//!
//! The lower layers know no language: their errors are enums with the file and
//! the data as fields, and their `Display` (English) is what the CLI and logs
//! print. The app shows [`UiMessage::ui_message`] instead. A detail that only
//! a library or the operating system words (a RON parser's message, an unusual
//! I/O error) is placed, as it is, inside a translated sentence.
//!
//! Messages name the file last, like the `Display` texts: `Cannot read …: FILE`.
//! Whole messages come ready for egui ([`i18n::tr_args`]: a short
//! right-to-left one in visual order); reasons, which go inside other messages,
//! in logical order ([`i18n::tr_args_logical`]).

use std::io;
use std::path::Path;

use super::i18n::{self, FluentValue};
use crate::import::refi::{MisfitReason, RefiImportError as RefiReadError, SourceProblem, Unit};
use crate::import::web_annotation::ImportError;
use crate::model::attributes::{ConditionError, ValueError};
use crate::model::codebook::CodebookError;
use crate::model::decode::{BinaryKind, DecodeError};
use crate::model::project::ProjectEditError;
use crate::model::{ContainerProblem, DocumentError, EditError};
use crate::persist::annotations::{LoadError, OutsideWhy, OverLimit, SaveError};
use crate::persist::document::ReadError;
use crate::persist::files::{FileKind, ForeignWhy};
use crate::persist::lock::LockError;
use crate::persist::project::{LocateError, ProjectFileError, ScanProblem};
use crate::session::project::attributes_csv::CsvProblem;
use crate::session::project::corpus::NotADocumentWhy;
use crate::session::project::export::{ExportWarning, ProjectExportError, ResourceError};
use crate::session::project::{IndexProblem, ProjectError, QueryError};
use crate::session::{ImportReason, JournalReason, SessionError};
use crate::workspace::WorkspaceError;

/// Something the app shows as a message: an error of a lower layer in the
/// interface language, or a message already made from the catalogue.
pub trait UiMessage {
    /// The message in the interface language, ready for egui (see the module docs).
    fn ui_message(&self) -> String;
}

impl UiMessage for String {
    /// Already a message of the catalogue (made with `t!`): as it is.
    fn ui_message(&self) -> String {
        self.clone()
    }
}

impl UiMessage for str {
    fn ui_message(&self) -> String {
        self.to_owned()
    }
}

fn file(path: &Path) -> FluentValue<'static> {
    FluentValue::from(path.display().to_string())
}

/// A whole message, ready for egui.
fn message(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    i18n::tr_args(id, args)
}

/// A reason, to go inside a message (logical order).
fn reason(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    i18n::tr_args_logical(id, args)
}

/// `id` with `$reason` and `$file`.
fn with_reason(id: &str, why: String, path: &Path) -> String {
    message(id, &[("reason", why.into()), ("file", file(path))])
}

impl UiMessage for SessionError {
    fn ui_message(&self) -> String {
        match self {
            Self::Workspace(e) => e.ui_message(),
            Self::Edit(e) => message("error-edit", &[("reason", edit_reason(e).into())]),
            Self::OverDocument { path } => message("error-over-document", &[("file", file(path))]),
            Self::ReadOnly { path } => message("error-read-only", &[("file", file(path))]),
            Self::CreateFolder { path, source } => with_reason("error-create-folder", io_reason(source), path),
            Self::ExportOverInput { path } => message("error-export-over-input", &[("file", file(path))]),
            Self::Folder { path, source } => with_reason("error-annotations-folder", io_reason(source), path),
            Self::ImportFailed { path, reason: why } => with_reason("error-import", import_reason(why), path),
            Self::Journal { path, reason: why } => with_reason("error-journal", journal_reason(why), path),
            Self::Export { path, source } => with_reason("error-export", io_reason(source), path),
            Self::OtherDocument { path, named, document } => message(
                "error-other-document",
                &[("named", file(named)), ("document", file(document)), ("file", file(path))],
            ),
            Self::SaveOverOtherDocument { path, named } => {
                message("error-save-over-other-document", &[("named", file(named)), ("file", file(path))])
            }
        }
    }
}

impl UiMessage for WorkspaceError {
    fn ui_message(&self) -> String {
        match self {
            Self::Document { path, source } => with_reason("error-document", read_reason(source), path),
            Self::AnnotatedDocument { path, annotations, source } => message(
                "error-annotated-document",
                &[("reason", read_reason(source).into()), ("annotations", file(annotations)), ("file", file(path))],
            ),
            Self::DocumentOutsideFolder { annotations, resolved, why, .. } => message(
                "error-document-outside",
                &[("why", outside_reason(why.why).into()), ("resolved", file(resolved)), ("file", file(annotations))],
            ),
            Self::Annotations { path, source } => annotations_message(source, path),
            Self::ChangedOnDisk { path } => message("error-changed-on-disk", &[("file", file(path))]),
            Self::Save { path, source } => with_reason("error-save", save_reason(source), path),
            Self::Edit { path, source } => with_reason("error-edit-on-disk", edit_reason(source), path),
        }
    }
}

/// The annotation file at `path` cannot be read: why, naming the file (the
/// interface's [`crate::persist::annotations::load_error_message`]).
pub fn annotations_message(error: &LoadError, path: &Path) -> String {
    match foreign_detail(error) {
        Some(detail) => message("error-annotations-foreign", &[("reason", detail.into()), ("file", file(path))]),
        None => with_reason("error-annotations", load_reason(error), path),
    }
}

/// Why a file of another kind is not an annotation file; `None` for the other
/// errors.
fn foreign_detail(error: &LoadError) -> Option<String> {
    match error {
        LoadError::Empty => Some(reason("reason-empty", &[])),
        LoadError::NotUtf8 => Some(reason("reason-not-utf8", &[])),
        LoadError::Foreign(why) => Some(foreign_reason(why)),
        LoadError::NotFound
        | LoadError::IsDirectory
        | LoadError::NotRegular(_)
        | LoadError::TooLarge(_)
        | LoadError::Io(_)
        | LoadError::NewerVersion(_)
        | LoadError::Syntax { .. }
        | LoadError::OverLimit(_) => None,
    }
}

/// Why an annotation file cannot be read, without the file (for a message
/// that names it).
pub fn load_reason(error: &LoadError) -> String {
    use crate::persist::annotations::MAX_ANNOTATION_FILE_BYTES;
    match error {
        LoadError::NotFound => reason("reason-not-found", &[]),
        LoadError::IsDirectory => reason("reason-folder-not-annotations", &[]),
        LoadError::NotRegular(kind) => special_file(*kind),
        LoadError::TooLarge(size) => too_large(*size, MAX_ANNOTATION_FILE_BYTES),
        LoadError::Io(e) => reason("reason-cannot-read", &[("detail", io_reason(e).into())]),
        LoadError::Foreign(_) | LoadError::Empty | LoadError::NotUtf8 => {
            reason("reason-not-annotations", &[("detail", foreign_detail(error).unwrap_or_default().into())])
        }
        LoadError::NewerVersion(version) => newer(*version, crate::persist::annotations::VERSION),
        LoadError::Syntax { line, column, message } => syntax(*line, *column, message),
        LoadError::OverLimit(over) => over_limit_reason(over),
    }
}

/// Why a file is not the Glosa file expected.
pub fn foreign_reason(why: &ForeignWhy) -> String {
    match why {
        ForeignWhy::StartsWith(start) => reason("reason-foreign-starts", &[("start", start.as_str().into())]),
        ForeignWhy::Format(format) => reason("reason-foreign-format", &[("format", format.as_str().into())]),
        ForeignWhy::NoFormat(format) => reason("reason-foreign-no-format", &[("format", (*format).into())]),
    }
}

fn newer(version: u32, current: u32) -> String {
    reason("reason-newer-version", &[("version", version.into()), ("current", current.into())])
}

fn syntax(line: usize, column: usize, detail: &str) -> String {
    reason("reason-syntax", &[("line", line.into()), ("column", column.into()), ("detail", detail.into())])
}

fn too_large(size: u64, limit: u64) -> String {
    let mib = |bytes: u64| bytes.div_ceil(1024 * 1024);
    reason("reason-too-large", &[("size", mib(size).into()), ("limit", (limit / (1024 * 1024)).into())])
}

fn special_file(kind: FileKind) -> String {
    let kind = match kind {
        FileKind::Directory => "folder",
        FileKind::Fifo => "fifo",
        FileKind::Socket => "socket",
        FileKind::CharDevice => "device",
        FileKind::BlockDevice => "disk",
        FileKind::Other => "other",
    };
    reason("reason-special-file", &[("kind", kind.into())])
}

/// Why a document cannot be opened, without the file.
pub fn read_reason(error: &ReadError) -> String {
    match error {
        ReadError::NotFound => reason("reason-not-found", &[]),
        ReadError::IsDirectory => reason("reason-folder-not-document", &[]),
        ReadError::NotRegular(kind) => special_file(*kind),
        ReadError::TooLarge { size } => too_large(*size, crate::persist::document::MAX_DOCUMENT_BYTES),
        ReadError::Io(e) => reason("reason-cannot-read", &[("detail", io_reason(e).into())]),
        ReadError::Content(e) => document_reason(e),
    }
}

/// Why bytes are not a document Glosa reads.
pub fn document_reason(error: &DocumentError) -> String {
    match error {
        DocumentError::Decode(e) => decode_reason(e),
        DocumentError::NoText => reason("reason-no-text", &[]),
        DocumentError::Container { format, problem } => {
            reason("reason-container", &[("format", (*format).into()), ("reason", container_reason(problem).into())])
        }
    }
}

/// Why a DOCX, ODT or PDF container cannot be read.
pub fn container_reason(problem: &ContainerProblem) -> String {
    fn part(part: &str) -> (&'static str, FluentValue<'_>) {
        ("part", part.into())
    }
    fn detail(detail: &str) -> (&'static str, FluentValue<'_>) {
        ("detail", detail.into())
    }
    match problem {
        ContainerProblem::TooManyEntries { entries, .. } => reason(
            "reason-container-too-many",
            &[("entries", (*entries).into()), ("limit", crate::import::MAX_ZIP_ENTRIES.into())],
        ),
        ContainerProblem::Damaged(d) => reason("reason-container-damaged", &[detail(d)]),
        ContainerProblem::PartUnsupported { part: p, detail: d } => {
            reason("reason-container-part-unsupported", &[part(p), detail(d)])
        }
        ContainerProblem::PartUnreadable { part: p, detail: d } => {
            reason("reason-container-part-unreadable", &[part(p), detail(d)])
        }
        ContainerProblem::PartEncrypted { part: p } => reason("reason-container-part-encrypted", &[part(p)]),
        ContainerProblem::PartDamaged { part: p, detail: d } => {
            reason("reason-container-part-damaged", &[part(p), detail(d)])
        }
        ContainerProblem::PartTooLarge { part: p, limit_mib } => {
            reason("reason-container-part-too-large", &[part(p), ("limit", (*limit_mib).into())])
        }
        ContainerProblem::PartMissing { part: p } => reason("reason-container-part-missing", &[part(p)]),
        ContainerProblem::MalformedXml { part: p, position, detail: d } => {
            reason("reason-refi-xml", &[part(p), ("position", (*position).into()), detail(d)])
        }
        ContainerProblem::TooDeep { part: p, limit } => {
            reason("reason-container-too-deep", &[part(p), ("limit", (*limit).into())])
        }
        ContainerProblem::Encrypted => reason("reason-container-encrypted", &[]),
        ContainerProblem::PasswordProtected => reason("reason-container-password", &[]),
        ContainerProblem::NoTextLayer => reason("reason-container-no-text-layer", &[]),
        ContainerProblem::Unparsable(d) => reason("reason-container-unparsable", &[detail(d)]),
        ContainerProblem::ReaderThread(d) => reason("reason-container-thread", &[detail(d)]),
        ContainerProblem::ReaderFailed => reason("reason-container-reader-failed", &[]),
    }
}

/// Why saving annotations failed, without the file.
pub fn save_reason(error: &SaveError) -> String {
    match error {
        SaveError::Serialize(detail) => reason("reason-serialize", &[("detail", detail.as_str().into())]),
        SaveError::Io(e) => reason("reason-cannot-write", &[("detail", io_reason(e).into())]),
        SaveError::Changed => reason("reason-changed-meanwhile", &[]),
        SaveError::Locked(e) => lock_reason(e),
        SaveError::OverLimit(over) => over_limit_reason(over),
    }
}

/// Which field of an annotation file is over its bound, its size and the bound
/// (why the file is refused on reading, or not written).
pub fn over_limit_reason(over: &OverLimit) -> String {
    fn sized(id: &str, size: usize, bound: usize, rest: &[(&'static str, FluentValue<'_>)]) -> String {
        let mut args = vec![("size", size.into()), ("bound", bound.into())];
        args.extend(rest.iter().cloned());
        reason(id, &args)
    }
    let id_of = |annotation: &crate::model::AnnotationId| ("annotation", FluentValue::from(annotation.to_string()));
    match over {
        OverLimit::DocumentPath { size, bound } => sized("reason-over-document-path", *size, *bound, &[]),
        OverLimit::Fingerprint { size, bound } => sized("reason-over-fingerprint", *size, *bound, &[]),
        OverLimit::Tags { size, bound } => sized("reason-over-tags", *size, *bound, &[]),
        OverLimit::TagId { id, annotation: None } => reason("reason-bad-tag-id", &[("id", id.as_str().into())]),
        OverLimit::TagId { id, annotation: Some(annotation) } => {
            reason("reason-bad-tag-id-annotation", &[("id", id.as_str().into()), id_of(annotation)])
        }
        OverLimit::TagLabel { tag, size, bound } => {
            sized("reason-over-tag-label", *size, *bound, &[("tag", tag.to_string().into())])
        }
        OverLimit::TagDescription { tag, size, bound } => {
            sized("reason-over-tag-description", *size, *bound, &[("tag", tag.to_string().into())])
        }
        OverLimit::Annotations { size, bound } => sized("reason-over-annotations", *size, *bound, &[]),
        OverLimit::Segments { annotation, size, bound } => {
            sized("reason-over-segments", *size, *bound, &[id_of(annotation)])
        }
        OverLimit::AnnotationTags { annotation, size, bound } => {
            sized("reason-over-annotation-tags", *size, *bound, &[id_of(annotation)])
        }
        OverLimit::Note { annotation, size, bound } => sized("reason-over-note", *size, *bound, &[id_of(annotation)]),
        OverLimit::Author { annotation, size, bound } => {
            sized("reason-over-author", *size, *bound, &[id_of(annotation)])
        }
        OverLimit::ParagraphId { annotation, size, bound } => {
            sized("reason-over-paragraph-id", *size, *bound, &[id_of(annotation)])
        }
        OverLimit::Quote { annotation, size, bound } => sized("reason-over-quote", *size, *bound, &[id_of(annotation)]),
    }
}

/// Why a file's lock could not be taken.
pub fn lock_reason(error: &LockError) -> String {
    match error {
        LockError::TimedOut { waited, lock } => {
            reason("reason-locked", &[("seconds", format!("{:.1}", waited.as_secs_f64()).into()), ("lock", file(lock))])
        }
        LockError::Io { lock, source } => {
            reason("reason-cannot-lock", &[("lock", file(lock)), ("detail", io_reason(source).into())])
        }
        LockError::Folder { folder, source } => {
            reason("reason-cannot-write-in", &[("folder", file(folder)), ("detail", io_reason(source).into())])
        }
    }
}

/// An operating-system error: the common kinds in the interface language, any
/// other as the system words it.
///
/// An error a writer of Glosa's carries inside (`io::Error::other`: a REFI-QDA
/// or Excel export's reason) is worded as that reason.
pub fn io_reason(error: &io::Error) -> String {
    if let Some(inner) = error.get_ref() {
        if let Some(refi) = inner.downcast_ref::<crate::export::refi::RefiExportError>() {
            return refi_export_reason(refi);
        }
        if let Some(excel) = inner.downcast_ref::<crate::export::segments::ExcelError>() {
            return excel_reason(excel);
        }
    }
    io_kind_reason(error.kind(), &error.to_string())
}

/// Why a REFI-QDA export could not be written.
pub fn refi_export_reason(error: &crate::export::refi::RefiExportError) -> String {
    use crate::export::refi::RefiExportError;
    match error {
        RefiExportError::NoDocument(document) => {
            reason("reason-export-no-document", &[("document", document.as_str().into())])
        }
        RefiExportError::NoCodes => reason("reason-export-no-codes", &[]),
        RefiExportError::Io(e) => io_reason(e),
    }
}

/// Why an Excel workbook could not be written.
pub fn excel_reason(error: &crate::export::segments::ExcelError) -> String {
    use crate::export::segments::ExcelError;
    match error {
        ExcelError::Workbook(detail) => reason("reason-excel-workbook", &[("detail", detail.as_str().into())]),
        ExcelError::TooManyColumns => reason("reason-excel-columns", &[]),
        ExcelError::TooManyRows { sheet } => reason("reason-excel-rows", &[("sheet", sheet.as_str().into())]),
    }
}

/// An operating-system error of `kind` that the system words `detail`: as
/// [`io_reason`] (for errors kept as kind and text, which can be cloned).
pub fn io_kind_reason(kind: io::ErrorKind, detail: &str) -> String {
    let id = match kind {
        io::ErrorKind::NotFound => "reason-not-found",
        io::ErrorKind::PermissionDenied => "reason-io-permission",
        io::ErrorKind::StorageFull => "reason-io-disk-full",
        io::ErrorKind::QuotaExceeded => "reason-io-quota",
        io::ErrorKind::ReadOnlyFilesystem => "reason-io-read-only",
        io::ErrorKind::IsADirectory => "reason-io-is-folder",
        io::ErrorKind::NotADirectory => "reason-io-not-folder",
        io::ErrorKind::AlreadyExists => "reason-io-exists",
        io::ErrorKind::FileTooLarge => "reason-io-too-large",
        io::ErrorKind::TimedOut => "reason-io-timed-out",
        io::ErrorKind::Interrupted => "reason-io-interrupted",
        io::ErrorKind::ResourceBusy => "reason-io-busy",
        io::ErrorKind::StaleNetworkFileHandle => "reason-io-stale",
        io::ErrorKind::NetworkDown
        | io::ErrorKind::NetworkUnreachable
        | io::ErrorKind::HostUnreachable
        | io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted => "reason-io-network",
        io::ErrorKind::InvalidFilename => "reason-io-file-name",
        io::ErrorKind::DirectoryNotEmpty => "reason-io-folder-not-empty",
        io::ErrorKind::CrossesDevices => "reason-io-crosses-devices",
        io::ErrorKind::OutOfMemory => "reason-io-out-of-memory",
        io::ErrorKind::Unsupported => "reason-io-unsupported",
        io::ErrorKind::UnexpectedEof => "reason-io-truncated",
        // Only the system knows what it means (`Other`, `InvalidData` from a
        // library, a kind new to Rust): its own words.
        _ => return detail.to_owned(),
    };
    reason(id, &[])
}

/// Why a file to import cannot be read.
pub fn import_reason(error: &ImportReason) -> String {
    match error {
        ImportReason::Folder => reason("reason-io-is-folder", &[]),
        ImportReason::TooLarge { limit_mib } => reason("reason-over-limit", &[("limit", (*limit_mib).into())]),
        ImportReason::Io(e) => io_reason(e),
        ImportReason::Refi(e) => refi_read_reason(e),
        ImportReason::WebAnnotation(e) => match e {
            ImportError::Json(detail) => reason("reason-not-json", &[("detail", detail.as_str().into())]),
            ImportError::NoAnnotations => reason("reason-no-web-annotations", &[]),
            ImportError::PagesNotEmbedded(first) => {
                reason("reason-pages-not-embedded", &[("first", first.as_str().into())])
            }
        },
        ImportReason::CodebookNotProject => reason("reason-codebook-not-project", &[]),
        ImportReason::Write(e) => reason("reason-cannot-write", &[("detail", io_reason(e).into())]),
        ImportReason::NoFreeName { name } => reason("reason-no-free-name", &[("name", name.as_str().into())]),
        ImportReason::Project(e) => project_reason(e),
    }
}

/// Why the recovery journal could not be written or removed.
pub fn journal_reason(error: &JournalReason) -> String {
    match error {
        JournalReason::Write(e) => save_reason(e),
        JournalReason::Remove(e) => reason("reason-cannot-remove", &[("detail", io_reason(e).into())]),
        JournalReason::Thread(e) => reason("reason-no-thread", &[("detail", io_reason(e).into())]),
        JournalReason::NoWriter => reason("reason-no-journal-writer", &[]),
    }
}

/// Why a file is not a readable REFI-QDA project or codebook.
pub fn refi_read_reason(error: &RefiReadError) -> String {
    match error {
        RefiReadError::Archive(detail) => reason("reason-refi-archive", &[("detail", detail.as_str().into())]),
        RefiReadError::Xml { part, position, message } => reason(
            "reason-refi-xml",
            &[("part", part.as_str().into()), ("position", (*position).into()), ("detail", message.as_str().into())],
        ),
        RefiReadError::NotZip => reason("reason-refi-not-zip", &[]),
        RefiReadError::NotRefi(root) => reason("reason-refi-root", &[("root", root.as_str().into())]),
        RefiReadError::DocType(part) => reason("reason-refi-doctype", &[("part", part.as_str().into())]),
    }
}

/// Why an edit was refused.
pub fn edit_reason(error: &EditError) -> String {
    match error {
        EditError::NoSuchAnnotation(id) => reason("reason-no-annotation", &[("id", id.to_string().into())]),
        EditError::DuplicateAnnotation(id) => reason("reason-annotation-exists", &[("id", id.to_string().into())]),
        EditError::NoSegments => reason("reason-no-segments", &[]),
        EditError::NoSuchTag(tag) => reason("reason-no-tag", &[("tag", tag.to_string().into())]),
        EditError::DuplicateTag(tag) => reason("reason-tag-exists", &[("tag", tag.to_string().into())]),
    }
}

/// Why a stored document path is not followed without asking (the question's
/// first line).
pub fn outside_reason(why: OutsideWhy) -> String {
    reason(
        match why {
            OutsideWhy::Absolute => "reason-outside-absolute",
            OutsideWhy::LeavesFolder => "reason-outside-leaves",
            OutsideWhy::Symlink => "reason-outside-symlink",
            OutsideWhy::Empty => "reason-outside-empty",
        },
        &[],
    )
}

/// Why a text is not a value of an attribute.
pub fn value_reason(error: &ValueError) -> String {
    match error {
        ValueError::NotANumber(text) => reason("reason-not-a-number", &[("text", text.as_str().into())]),
        ValueError::NotADate(text) => reason("reason-not-a-date", &[("text", text.as_str().into())]),
        ValueError::NotAChoice { text, choices } => {
            reason("reason-not-a-choice", &[("text", text.as_str().into()), ("choices", choices.join(", ").into())])
        }
    }
}

// -----------------------------------------------------------------------------
// Projects

impl UiMessage for ProjectError {
    fn ui_message(&self) -> String {
        whole(project_reason(self))
    }
}

/// A reason or a whole message in logical order, ready for egui (as
/// [`message`] makes them).
fn whole(text: String) -> String {
    if i18n::language().is_rtl() { i18n::shown(text) } else { text }
}

/// `id` with `$reason` and `$file`, in logical order (to go inside another message).
fn reason_with(id: &str, why: String, path: &Path) -> String {
    reason(id, &[("reason", why.into()), ("file", file(path))])
}

/// A project error in logical order: the whole message of
/// [`UiMessage::ui_message`], or a reason inside another message (an import
/// into a project that cannot be opened).
pub fn project_reason(error: &ProjectError) -> String {
    match error {
        ProjectError::Locate { path, source } => reason_with("error-project-locate", locate_reason(source), path),
        ProjectError::File { path, source } => reason_with("error-project-file", project_file_reason(source), path),
        ProjectError::Exists { path } => reason("error-project-exists", &[("file", file(path))]),
        ProjectError::Edit(e) => reason("error-project-edit", &[("reason", project_edit_reason(e).into())]),
        ProjectError::NotADocument { path, reason: why } => {
            let why = match why {
                NotADocumentWhy::NotFound => reason("reason-not-found", &[]),
                NotADocumentWhy::Extension => reason(
                    "reason-document-extensions",
                    &[("extensions", crate::persist::document::DOCUMENT_EXTENSIONS.join(", .").into())],
                ),
            };
            reason_with("error-not-a-document", why, path)
        }
        ProjectError::UnknownDocument { key, project } => {
            reason("error-unknown-document", &[("key", key.as_str().into()), ("file", file(project))])
        }
        ProjectError::Csv { path, problem } => reason_with("error-csv", csv_reason(problem), path),
    }
}

/// Why a CSV file of attribute values cannot be imported, without the file.
pub fn csv_reason(problem: &CsvProblem) -> String {
    match problem {
        CsvProblem::Io(e) => reason("reason-csv-unreadable", &[("detail", io_reason(e).into())]),
        CsvProblem::NotAFile => reason("reason-csv-not-a-file", &[]),
        CsvProblem::TooLarge { limit_mib } => reason("reason-csv-too-large", &[("limit", (*limit_mib).into())]),
        CsvProblem::Decode(e) => reason("reason-csv-unreadable", &[("detail", decode_reason(e).into())]),
        CsvProblem::Header(detail) => reason("reason-csv-header", &[("detail", detail.as_str().into())]),
        CsvProblem::Record(detail) => reason("reason-csv-record", &[("detail", detail.as_str().into())]),
        CsvProblem::Empty => reason("reason-csv-empty", &[]),
        CsvProblem::NoDocumentColumn => reason(
            "reason-csv-no-document-column",
            &[("column", crate::session::project::attributes_csv::DOCUMENT_COLUMN.into())],
        ),
        CsvProblem::DuplicateColumn { attribute } => {
            reason("reason-csv-duplicate-column", &[("attribute", attribute.to_string().into())])
        }
        CsvProblem::UnknownDocument { line, name } => {
            reason("reason-csv-unknown-document", &[("line", (*line).into()), ("name", name.as_str().into())])
        }
        CsvProblem::DuplicateDocument { line, name, first } => reason(
            "reason-csv-duplicate-document",
            &[("line", (*line).into()), ("name", name.as_str().into()), ("first", (*first).into())],
        ),
        CsvProblem::Value { line, attribute, error } => reason(
            "reason-csv-value",
            &[
                ("line", (*line).into()),
                ("attribute", attribute.to_string().into()),
                ("reason", value_reason(error).into()),
            ],
        ),
    }
}

/// Why bytes are not text; for a REFI-QDA file, what to do with it instead.
fn decode_reason(error: &DecodeError) -> String {
    match error {
        DecodeError::Empty => reason("reason-empty", &[]),
        DecodeError::Binary(kind) if kind.is_refi() => binary_kind_reason(*kind),
        DecodeError::Binary(kind) => reason("reason-not-text", &[("detail", binary_kind_reason(*kind).into())]),
    }
}

/// What a file that is not text is (a PNG image, a ZIP archive…); a REFI-QDA
/// project or codebook also says how to import it (File ▸ Import REFI-QDA…).
pub fn binary_kind_reason(kind: BinaryKind) -> String {
    let id = match kind {
        BinaryKind::Png => "reason-binary-png",
        BinaryKind::Zip => "reason-binary-zip",
        BinaryKind::EmptyZip => "reason-binary-empty-zip",
        BinaryKind::Pdf => "reason-binary-pdf",
        BinaryKind::Gif => "reason-binary-gif",
        BinaryKind::Jpeg => "reason-binary-jpeg",
        BinaryKind::Gzip => "reason-binary-gzip",
        BinaryKind::OldOffice => "reason-binary-old-office",
        BinaryKind::Executable => "reason-binary-executable",
        BinaryKind::NulBytes => "reason-binary-nul",
        BinaryKind::ControlBytes => "reason-binary-control",
        BinaryKind::RefiProject => "reason-binary-refi-project",
        BinaryKind::RefiCodebook => "reason-binary-refi-codebook",
    };
    reason(id, &[])
}

/// Why a project edit was refused.
pub fn project_edit_reason(error: &ProjectEditError) -> String {
    match error {
        ProjectEditError::Value { attribute, error } => reason(
            "reason-attribute-value",
            &[("attribute", attribute.to_string().into()), ("reason", value_reason(error).into())],
        ),
        ProjectEditError::Codebook(CodebookError::Unknown(code)) => {
            reason("reason-no-code", &[("code", code.to_string().into())])
        }
        ProjectEditError::Codebook(CodebookError::Duplicate(code)) => {
            reason("reason-code-exists", &[("code", code.to_string().into())])
        }
        ProjectEditError::Codebook(CodebookError::Cycle { id, parent }) => {
            reason("reason-code-cycle", &[("code", id.to_string().into()), ("parent", parent.to_string().into())])
        }
        ProjectEditError::UnknownAttribute(attribute) => {
            reason("reason-no-attribute", &[("attribute", attribute.to_string().into())])
        }
        ProjectEditError::DuplicateAttribute(attribute) => {
            reason("reason-attribute-exists", &[("attribute", attribute.to_string().into())])
        }
        ProjectEditError::Invalidates { attribute, document, error } => reason(
            "reason-attribute-invalidates",
            &[
                ("attribute", attribute.to_string().into()),
                ("document", document.as_str().into()),
                ("reason", value_reason(error).into()),
            ],
        ),
    }
}

/// Why no project is where the user pointed.
pub fn locate_reason(error: &LocateError) -> String {
    match error {
        LocateError::NotAProject => reason("reason-not-a-project", &[]),
        LocateError::NotFound => reason("reason-no-such-path", &[]),
        LocateError::Several { names } => reason("reason-several-projects", &[("names", names.join(", ").into())]),
        LocateError::Io(e) => reason("reason-cannot-read-folder", &[("detail", io_reason(e).into())]),
    }
}

/// Why a project file cannot be read or written.
pub fn project_file_reason(error: &ProjectFileError) -> String {
    use crate::persist::project::MAX_PROJECT_FILE_BYTES;
    match error {
        ProjectFileError::NotFound => reason("reason-not-found", &[]),
        ProjectFileError::IsDirectory => reason("reason-folder-not-project", &[]),
        ProjectFileError::TooLarge(size) => too_large(*size, MAX_PROJECT_FILE_BYTES),
        ProjectFileError::Io(e) => reason("reason-cannot-read-write", &[("detail", io_reason(e).into())]),
        ProjectFileError::Foreign(why) => reason("reason-not-project-file", &[("detail", foreign_reason(why).into())]),
        ProjectFileError::Empty => reason("reason-not-project-file", &[("detail", reason("reason-empty", &[]).into())]),
        ProjectFileError::NotUtf8 => {
            reason("reason-not-project-file", &[("detail", reason("reason-not-utf8", &[]).into())])
        }
        ProjectFileError::NotRegular => reason("reason-special-file", &[("kind", "other".into())]),
        ProjectFileError::NewerVersion(version) => newer(*version, crate::persist::project::VERSION),
        ProjectFileError::Syntax { line, column, message } => syntax(*line, *column, message),
        ProjectFileError::Locked(seconds) => reason("reason-project-locked", &[("seconds", (*seconds).into())]),
        ProjectFileError::Serialize(detail) => reason("reason-serialize", &[("detail", detail.as_str().into())]),
    }
}

impl UiMessage for QueryError {
    fn ui_message(&self) -> String {
        match self {
            Self::Condition(ConditionError::Value { attribute, error }) => message(
                "reason-attribute-value",
                &[("attribute", attribute.to_string().into()), ("reason", value_reason(error).into())],
            ),
            Self::UnknownTag(tag) => message("error-unknown-tag", &[("tag", tag.to_string().into())]),
            Self::NoProject => message("error-no-project", &[]),
            Self::Condition(ConditionError::Syntax(text)) => {
                message("error-condition-syntax", &[("text", text.as_str().into())])
            }
            Self::Condition(ConditionError::UnknownAttribute { attribute, known }) => message(
                "error-condition-attribute",
                &[("attribute", attribute.as_str().into()), ("known", known.join(", ").into())],
            ),
        }
    }
}

impl UiMessage for crate::session::refi::RefiImportError {
    fn ui_message(&self) -> String {
        match self {
            Self::Session(e) => e.ui_message(),
            Self::Project(e) => e.ui_message(),
        }
    }
}

// -----------------------------------------------------------------------------
// The REFI-QDA import report

/// Why a source of a REFI-QDA project was not imported.
pub fn source_problem(problem: &SourceProblem) -> String {
    match problem {
        SourceProblem::FileMissing { kind } => reason("refi-problem-file-missing", &[("kind", (*kind).into())]),
        SourceProblem::FileUnreadable { kind, error } => reason(
            "refi-problem-file-unreadable",
            &[("kind", (*kind).into()), ("reason", document_reason(error).into())],
        ),
        SourceProblem::NoPlainText => reason("refi-problem-no-plain-text", &[]),
        SourceProblem::NotPlainText => reason("refi-problem-not-plain-text", &[]),
    }
}

/// Why a selection was not placed by its position.
pub fn misfit_reason(misfit: &MisfitReason) -> String {
    match misfit {
        MisfitReason::PdfArea { area } => reason("refi-misfit-pdf-area", &[("area", area.as_str().into())]),
        MisfitReason::Empty { start, end } => {
            reason("refi-misfit-empty", &[("start", (*start).into()), ("end", (*end).into())])
        }
        MisfitReason::OutsideText { start, end, length, unit } => reason(
            "refi-misfit-outside",
            &[
                ("start", (*start).into()),
                ("end", (*end).into()),
                ("length", (*length).into()),
                ("unit", unit_name(*unit).into()),
            ],
        ),
    }
}

/// The unit a source's positions were read in.
pub fn unit_name(unit: Unit) -> String {
    reason(
        match unit {
            Unit::CodePoints => "refi-unit-code-points",
            Unit::Utf16 => "refi-unit-utf16",
            Unit::CodePointsLineBreak1 => "refi-unit-code-points-line-break",
            Unit::Utf16LineBreak1 => "refi-unit-utf16-line-break",
        },
        &[],
    )
}

impl UiMessage for crate::session::project::AutocodeError {
    fn ui_message(&self) -> String {
        match self {
            Self::Session(e) => e.ui_message(),
            Self::NoProject => message("error-no-project", &[]),
        }
    }
}

/// Why auto-coding left a document alone, in logical order (it goes inside
/// `message-autocode-skipped`).
pub fn autocode_skip_reason(skip: &crate::session::project::AutocodeSkip) -> String {
    use crate::session::project::AutocodeSkip;
    match skip {
        AutocodeSkip::Open(e) => i18n::logical_text(&e.ui_message()).unwrap_or_else(|| e.ui_message()),
        AutocodeSkip::Changed { path } => reason("warning-autocode-changed", &[("file", file(path))]),
    }
}

impl UiMessage for crate::session::agreement::CoderFileError {
    fn ui_message(&self) -> String {
        match self {
            Self::Load { path, source } => with_reason("error-coder-file", load_reason(source), path),
            Self::OtherDocument { path, title } => {
                message("error-coder-other-document", &[("title", title.as_str().into()), ("file", file(path))])
            }
        }
    }
}

impl UiMessage for crate::session::project::search::SearchError {
    fn ui_message(&self) -> String {
        match self {
            Self::Pattern(detail) => message("error-pattern", &[("detail", detail.as_str().into())]),
        }
    }
}

// -----------------------------------------------------------------------------
// A project's scan, index and export: the warnings the Corpus toolbar and the
// error list show

impl UiMessage for ScanProblem {
    fn ui_message(&self) -> String {
        match self {
            Self::TooManyEntries { folder, limit } => {
                message("warning-scan-too-many", &[("limit", (*limit).into()), ("file", file(folder))])
            }
            Self::MissingDocument { path } => message("warning-scan-missing", &[("file", file(path))]),
            Self::UnreadableFolder { folder, kind, detail } => {
                with_reason("warning-scan-folder", io_kind_reason(*kind, detail), folder)
            }
            Self::NameNotUnicode { path } => message("warning-scan-name", &[("file", file(path))]),
            Self::LinkOutside { path } => message("warning-scan-link", &[("file", file(path))]),
        }
    }
}

impl UiMessage for IndexProblem {
    fn ui_message(&self) -> String {
        match self {
            Self::Document { path, source } => with_reason("error-document", read_reason(source), path),
            Self::Cancelled { path } => message("warning-index-cancelled", &[("file", file(path))]),
            Self::Annotations { path, source } => annotations_message(source, path),
            Self::OutsideProject { path, document } => {
                message("warning-index-outside", &[("document", file(document)), ("file", file(path))])
            }
            Self::MissingDocument { path, document } => {
                message("warning-index-missing", &[("document", file(document)), ("file", file(path))])
            }
        }
    }
}

impl UiMessage for ExportWarning {
    fn ui_message(&self) -> String {
        match self {
            Self::DocumentNotRead { path } => message("warning-export-document", &[("file", file(path))]),
            Self::Orphaned { id, quote } => {
                message("warning-export-orphan", &[("id", id.to_string().into()), ("quote", quote.as_str().into())])
            }
            Self::UrlNotIri { url, path } => {
                message("warning-export-url", &[("url", url.as_str().into()), ("file", file(path))])
            }
        }
    }
}

/// Why a project export failed, without the file (it goes inside
/// `message-cannot-export`, which names the file to write).
pub fn project_export_reason(error: &ProjectExportError) -> String {
    match error {
        ProjectExportError::NotReady => reason("reason-export-not-ready", &[]),
        ProjectExportError::UnknownTag { tag, .. } => {
            reason("reason-export-unknown-tag", &[("tag", tag.to_string().into())])
        }
        ProjectExportError::Resource(e) => resource_reason(e),
        ProjectExportError::Write(e) => io_reason(e),
    }
}

/// Why a W3C export cannot name a document by an IRI.
pub fn resource_reason(error: &ResourceError) -> String {
    match error {
        ResourceError::NoAbsolutePath { path, kind, detail } => {
            reason("reason-export-no-iri", &[("detail", io_kind_reason(*kind, detail).into()), ("file", file(path))])
        }
        ResourceError::BaseUri(crate::export::IriError::NotAbsolute(base)) => {
            reason("reason-export-base-uri", &[("base", base.as_str().into())])
        }
    }
}

impl UiMessage for crate::model::agreement::AgreementError {
    fn ui_message(&self) -> String {
        match self {
            Self::NoDocuments => message("error-agreement-no-documents", &[]),
            Self::UnknownCoder { coder, known } => message(
                "error-agreement-unknown-coder",
                &[("coder", coder.as_str().into()), ("known", known.join(", ").into())],
            ),
        }
    }
}

impl UiMessage for crate::session::watch::WatchError {
    fn ui_message(&self) -> String {
        match self {
            Self::Start(e) => message("error-watch-start", &[("reason", notify_reason(e).into())]),
            Self::Folder { folder, source } => with_reason("error-watch-folder", notify_reason(source), folder),
        }
    }
}

/// Why the system refused to watch files.
fn notify_reason(error: &notify::Error) -> String {
    match &error.kind {
        notify::ErrorKind::Io(e) => io_reason(e),
        notify::ErrorKind::PathNotFound => reason("reason-not-found", &[]),
        notify::ErrorKind::MaxFilesWatch => reason("reason-watch-limit", &[]),
        // Not met in watching (removing a watch, a configuration Glosa never
        // sets) or words only the platform has: as it words them.
        notify::ErrorKind::Generic(_) | notify::ErrorKind::WatchNotFound | notify::ErrorKind::InvalidConfig(_) => {
            error.to_string()
        }
    }
}

#[cfg(test)]
#[path = "errors_tests.rs"]
mod every_variant;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

    use super::*;
    use crate::ui::i18n::{Language, set_language};

    #[test]
    fn a_qdpx_that_is_not_a_zip_archive_is_explained_in_russian_and_the_cli_keeps_english() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("proyecto.qdpx");
        std::fs::write(&path, "not a zip").unwrap();
        let error = crate::session::refi::read_refi(&path).unwrap_err();
        let file = path.display();
        assert_eq!(
            error.to_string(),
            format!("cannot import (not a ZIP archive (REFI-QDA projects are .qdpx ZIP files)): {file}")
        );
        set_language(Language::Russian);
        assert_eq!(
            error.ui_message(),
            format!("Не удаётся импортировать (это не ZIP-архив (проекты REFI-QDA — это ZIP-файлы .qdpx)): {file}")
        );
        set_language(Language::English);
        assert_eq!(
            error.ui_message(),
            format!("Cannot import (not a ZIP archive (REFI-QDA projects are .qdpx ZIP files)): {file}")
        );
    }

    #[test]
    fn an_empty_project_file_and_a_refused_write_are_explained_in_chinese() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("空.glosa-project.ron");
        std::fs::write(&path, "  \n").unwrap();
        let source = crate::persist::project::load(&path).unwrap_err();
        assert_eq!(source.to_string(), "not a Glosa project file (the file is empty)");
        let error = ProjectError::File { path: path.clone(), source };
        set_language(Language::Chinese);
        assert_eq!(
            error.ui_message(),
            format!("无法读取或保存项目文件（不是 Glosa 项目文件（文件为空））：{}", path.display())
        );
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        let error = SessionError::Export { path: path.clone(), source: denied };
        assert_eq!(error.ui_message(), format!("无法导出（权限被拒绝）：{}", path.display()));
        set_language(Language::English);
    }
}
