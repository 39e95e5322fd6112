//! Every variant of the errors the app words, in Spanish: the message names the
//! file and shares no three-word run with the English `Display` (what the CLI
//! prints), so a variant whose reason falls through to English fails here.
//!
//! Each `every_…` function is a chain: the arm of each variant makes the sample
//! of the next one, so a new variant does not compile until it has an arm here,
//! and the sample it chains to is checked with the others.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // tests fail loudly on purpose

use std::collections::BTreeSet;
use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::*;
use crate::export::refi::RefiExportError;
use crate::export::segments::ExcelError;
use crate::model::agreement::AgreementError;
use crate::model::attributes::AttributeId;
use crate::model::{AnnotationId, TagId};
use crate::persist::annotations::OutsideFolder;
use crate::session::project::AutocodeSkip;
use crate::session::watch::WatchError;
use crate::ui::i18n::{Language, set_language};

/// The file every sample names (one a Spanish user might have).
const FILE: &str = "/datos/wsis/túnez.txt";

fn path() -> PathBuf {
    PathBuf::from(FILE)
}

fn denied() -> io::Error {
    io::Error::from(io::ErrorKind::PermissionDenied)
}

fn tag(id: &str) -> TagId {
    TagId::new(id).unwrap()
}

fn attribute(id: &str) -> AttributeId {
    AttributeId::new(id).unwrap()
}

/// Lower-case words of two letters or more, without what the message names
/// rather than says: paths and URLs, file names and dates (`.`, `-`),
/// identifiers in camel case (`AnnotationPage`).
fn words(text: &str) -> Vec<String> {
    let camel = |token: &str| token.chars().skip(1).any(char::is_uppercase);
    text.split_whitespace()
        .filter(|token| !token.contains(['/', '.', '-']) && !camel(token))
        .flat_map(|token| token.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_lowercase)
        .collect()
}

/// Runs of three words the Spanish message shares with the English text.
fn english_runs(english: &str, spanish: &str) -> Vec<String> {
    let trigrams = |text: &str| -> BTreeSet<String> { words(text).windows(3).map(|w| w.join(" ")).collect() };
    trigrams(english).intersection(&trigrams(spanish)).cloned().collect()
}

/// Checks one sample: `english` is its `Display`, `spanish` the message the app
/// shows; `names_file` whether the variant is about a file.
fn check(name: &str, english: &str, spanish: &str, names_file: bool, failures: &mut Vec<String>) {
    if names_file && !english.contains(FILE) {
        failures.push(format!("{name}: the sample's English does not name the file: {english}"));
    }
    if names_file && !spanish.contains(FILE) {
        failures.push(format!("{name}: the Spanish does not name the file: {spanish}"));
    }
    let runs = english_runs(english, spanish);
    if !runs.is_empty() || english == spanish {
        failures.push(format!("{name}: still English {runs:?}:\n  en: {english}\n  es: {spanish}"));
    }
}

// -----------------------------------------------------------------------------
// The chains

fn every_scan_problem() -> Vec<ScanProblem> {
    let mut all = Vec::new();
    let mut next = Some(ScanProblem::TooManyEntries { folder: path(), limit: 500_000 });
    while let Some(problem) = next {
        next = match &problem {
            ScanProblem::TooManyEntries { .. } => Some(ScanProblem::MissingDocument { path: path() }),
            ScanProblem::MissingDocument { .. } => Some(ScanProblem::UnreadableFolder {
                folder: path(),
                kind: io::ErrorKind::PermissionDenied,
                detail: denied().to_string(),
            }),
            ScanProblem::UnreadableFolder { .. } => Some(ScanProblem::NameNotUnicode { path: path() }),
            ScanProblem::NameNotUnicode { .. } => Some(ScanProblem::LinkOutside { path: path() }),
            ScanProblem::LinkOutside { .. } => None,
        };
        all.push(problem);
    }
    all
}

fn every_index_problem() -> Vec<IndexProblem> {
    let mut all = Vec::new();
    let mut next = Some(IndexProblem::Document { path: path(), source: Arc::new(ReadError::NotFound) });
    while let Some(problem) = next {
        next = match &problem {
            IndexProblem::Document { .. } => Some(IndexProblem::Cancelled { path: path() }),
            IndexProblem::Cancelled { .. } => {
                Some(IndexProblem::Annotations { path: path(), source: Arc::new(LoadError::NotUtf8) })
            }
            IndexProblem::Annotations { .. } => {
                Some(IndexProblem::OutsideProject { path: path(), document: PathBuf::from("/otra/carpeta/túnez.txt") })
            }
            IndexProblem::OutsideProject { .. } => {
                Some(IndexProblem::MissingDocument { path: path(), document: PathBuf::from("/proyecto/borrado.txt") })
            }
            IndexProblem::MissingDocument { .. } => None,
        };
        all.push(problem);
    }
    all
}

fn every_export_warning() -> Vec<ExportWarning> {
    let mut all = Vec::new();
    let mut next = Some(ExportWarning::DocumentNotRead { path: path() });
    while let Some(warning) = next {
        next = match &warning {
            ExportWarning::DocumentNotRead { .. } => Some(ExportWarning::Orphaned {
                id: AnnotationId::from_parts(1_700_000_000_000, 42),
                quote: "cooperación".into(),
            }),
            ExportWarning::Orphaned { .. } => {
                Some(ExportWarning::UrlNotIri { url: "www.itu.int/wsis".into(), path: path() })
            }
            ExportWarning::UrlNotIri { .. } => None,
        };
        all.push(warning);
    }
    all
}

fn every_project_export_error() -> Vec<ProjectExportError> {
    let mut all = Vec::new();
    let mut next = Some(ProjectExportError::NotReady);
    while let Some(error) = next {
        next = match &error {
            ProjectExportError::NotReady => {
                Some(ProjectExportError::UnknownTag { tag: tag("sociedad-civil"), file: path() })
            }
            ProjectExportError::UnknownTag { .. } => {
                Some(ProjectExportError::Resource(ResourceError::NoAbsolutePath {
                    path: path(),
                    kind: io::ErrorKind::PermissionDenied,
                    detail: denied().to_string(),
                }))
            }
            ProjectExportError::Resource(ResourceError::NoAbsolutePath { .. }) => Some(ProjectExportError::Resource(
                ResourceError::BaseUri(crate::export::IriError::NotAbsolute("wsis".into())),
            )),
            ProjectExportError::Resource(ResourceError::BaseUri(_)) => {
                Some(ProjectExportError::Write(io::Error::other(RefiExportError::NoCodes)))
            }
            ProjectExportError::Write(_) => None,
        };
        all.push(error);
    }
    all
}

/// What a writer of Glosa's carries inside an `io::Error` (see [`io_reason`]).
fn every_writer_error() -> Vec<io::Error> {
    let mut refi = Vec::new();
    let mut next = Some(RefiExportError::NoDocument("submissions/túnez.txt".into()));
    while let Some(error) = next {
        next = match &error {
            RefiExportError::NoDocument(_) => Some(RefiExportError::NoCodes),
            RefiExportError::NoCodes => Some(RefiExportError::Io(denied())),
            RefiExportError::Io(_) => None,
        };
        refi.push(error);
    }
    let mut excel = Vec::new();
    let mut next = Some(ExcelError::Workbook("x".into()));
    while let Some(error) = next {
        next = match &error {
            ExcelError::Workbook(_) => Some(ExcelError::TooManyColumns),
            ExcelError::TooManyColumns => Some(ExcelError::TooManyRows { sheet: "Gobiernos".into() }),
            ExcelError::TooManyRows { .. } => None,
        };
        excel.push(error);
    }
    refi.into_iter().map(io::Error::other).chain(excel.into_iter().map(io::Error::other)).collect()
}

fn every_csv_problem() -> Vec<CsvProblem> {
    let mut all = Vec::new();
    let mut next = Some(CsvProblem::Io(denied()));
    while let Some(problem) = next {
        next = match &problem {
            CsvProblem::Io(_) => Some(CsvProblem::NotAFile),
            CsvProblem::NotAFile => Some(CsvProblem::TooLarge { limit_mib: 64 }),
            CsvProblem::TooLarge { .. } => Some(CsvProblem::Decode(DecodeError::Binary(BinaryKind::Pdf))),
            CsvProblem::Decode(_) => Some(CsvProblem::Header("x".into())),
            CsvProblem::Header(_) => Some(CsvProblem::Record("x".into())),
            CsvProblem::Record(_) => Some(CsvProblem::Empty),
            CsvProblem::Empty => Some(CsvProblem::NoDocumentColumn),
            CsvProblem::NoDocumentColumn => Some(CsvProblem::DuplicateColumn { attribute: attribute("region") }),
            CsvProblem::DuplicateColumn { .. } => {
                Some(CsvProblem::UnknownDocument { line: 7, name: "túnez.txt".into() })
            }
            CsvProblem::UnknownDocument { .. } => {
                Some(CsvProblem::DuplicateDocument { line: 9, name: "túnez.txt".into(), first: 3 })
            }
            CsvProblem::DuplicateDocument { .. } => Some(CsvProblem::Value {
                line: 4,
                attribute: attribute("date"),
                error: ValueError::NotADate("15/12/2016".into()),
            }),
            CsvProblem::Value { .. } => None,
        };
        all.push(problem);
    }
    all
}

fn every_import_reason() -> Vec<ImportReason> {
    let mut all = Vec::new();
    let mut next = Some(ImportReason::Folder);
    while let Some(reason) = next {
        next = match &reason {
            ImportReason::Folder => Some(ImportReason::TooLarge { limit_mib: 256 }),
            ImportReason::TooLarge { .. } => Some(ImportReason::Io(denied())),
            ImportReason::Io(_) => Some(ImportReason::Refi(RefiReadError::NotZip)),
            ImportReason::Refi(_) => Some(ImportReason::WebAnnotation(ImportError::NoAnnotations)),
            ImportReason::WebAnnotation(_) => Some(ImportReason::CodebookNotProject),
            ImportReason::CodebookNotProject => Some(ImportReason::Write(denied())),
            ImportReason::Write(_) => Some(ImportReason::NoFreeName { name: "túnez.txt".into() }),
            ImportReason::NoFreeName { .. } => {
                Some(ImportReason::Project(Box::new(ProjectError::Exists { path: PathBuf::from("/datos/otro") })))
            }
            ImportReason::Project(_) => None,
        };
        all.push(reason);
    }
    all
}

fn every_journal_reason() -> Vec<JournalReason> {
    let mut all = Vec::new();
    let mut next = Some(JournalReason::Write(SaveError::Io(io::Error::from(io::ErrorKind::StorageFull))));
    while let Some(reason) = next {
        next = match &reason {
            JournalReason::Write(_) => Some(JournalReason::Remove(denied())),
            JournalReason::Remove(_) => Some(JournalReason::Thread(denied())),
            JournalReason::Thread(_) => Some(JournalReason::NoWriter),
            JournalReason::NoWriter => None,
        };
        all.push(reason);
    }
    all
}

fn every_project_edit_error() -> Vec<ProjectEditError> {
    let mut all = Vec::new();
    let mut next = Some(ProjectEditError::UnknownAttribute(attribute("region")));
    while let Some(error) = next {
        next = match &error {
            ProjectEditError::UnknownAttribute(_) => Some(ProjectEditError::DuplicateAttribute(attribute("region"))),
            ProjectEditError::DuplicateAttribute(_) => Some(ProjectEditError::Value {
                attribute: attribute("date"),
                error: ValueError::NotANumber("doce".into()),
            }),
            ProjectEditError::Value { .. } => Some(ProjectEditError::Invalidates {
                attribute: attribute("date"),
                document: "túnez.txt".into(),
                error: ValueError::NotADate("ayer".into()),
            }),
            ProjectEditError::Invalidates { .. } => {
                Some(ProjectEditError::Codebook(CodebookError::Unknown(tag("gobiernos"))))
            }
            ProjectEditError::Codebook(CodebookError::Unknown(_)) => {
                Some(ProjectEditError::Codebook(CodebookError::Duplicate(tag("gobiernos"))))
            }
            ProjectEditError::Codebook(CodebookError::Duplicate(_)) => {
                Some(ProjectEditError::Codebook(CodebookError::Cycle { id: tag("gobiernos"), parent: tag("estados") }))
            }
            ProjectEditError::Codebook(CodebookError::Cycle { .. }) => None,
        };
        all.push(error);
    }
    all
}

fn every_autocode_skip() -> Vec<AutocodeSkip> {
    let mut all = Vec::new();
    let mut next = Some(AutocodeSkip::Open(SessionError::ReadOnly { path: path() }));
    while let Some(skip) = next {
        next = match &skip {
            AutocodeSkip::Open(_) => Some(AutocodeSkip::Changed { path: path() }),
            AutocodeSkip::Changed { .. } => None,
        };
        all.push(skip);
    }
    all
}

fn every_load_error() -> Vec<LoadError> {
    let mut all = Vec::new();
    let mut next = Some(LoadError::NotFound);
    while let Some(error) = next {
        next = match &error {
            LoadError::NotFound => Some(LoadError::IsDirectory),
            LoadError::IsDirectory => Some(LoadError::NotRegular(FileKind::Fifo)),
            LoadError::NotRegular(_) => Some(LoadError::TooLarge(300 << 20)),
            LoadError::TooLarge(_) => Some(LoadError::Io(denied())),
            LoadError::Io(_) => Some(LoadError::Empty),
            LoadError::Empty => Some(LoadError::NotUtf8),
            LoadError::NotUtf8 => Some(LoadError::NewerVersion(99)),
            LoadError::NewerVersion(_) => Some(LoadError::Syntax { line: 3, column: 14, message: "x".into() }),
            LoadError::Syntax { .. } => Some(LoadError::Foreign(ForeignWhy::StartsWith("[1, 2, 3]".into()))),
            LoadError::Foreign(ForeignWhy::StartsWith(_)) => {
                Some(LoadError::Foreign(ForeignWhy::Format("glosa-project".into())))
            }
            LoadError::Foreign(ForeignWhy::Format(_)) => {
                Some(LoadError::Foreign(ForeignWhy::NoFormat("glosa-annotations")))
            }
            // Each bound is sampled by `every_over_limit`.
            LoadError::Foreign(ForeignWhy::NoFormat(_)) | LoadError::OverLimit(_) => None,
        };
        all.push(error);
    }
    all
}

fn every_over_limit() -> Vec<OverLimit> {
    let id = || AnnotationId::from_parts(1_700_000_000_000, 9);
    let mut all = Vec::new();
    let mut next = Some(OverLimit::DocumentPath { size: 5_000, bound: 4_096 });
    while let Some(over) = next {
        next = match &over {
            OverLimit::DocumentPath { .. } => Some(OverLimit::Fingerprint { size: 300, bound: 256 }),
            OverLimit::Fingerprint { .. } => Some(OverLimit::Tags { size: 1_200, bound: 1_000 }),
            OverLimit::Tags { .. } => Some(OverLimit::TagId { id: "Gobiernos".into(), annotation: None }),
            OverLimit::TagId { annotation: None, .. } => {
                Some(OverLimit::TagId { id: "Gobiernos".into(), annotation: Some(id()) })
            }
            OverLimit::TagId { annotation: Some(_), .. } => {
                Some(OverLimit::TagLabel { tag: tag("gobiernos"), size: 5_000, bound: 1_000 })
            }
            OverLimit::TagLabel { .. } => {
                Some(OverLimit::TagDescription { tag: tag("gobiernos"), size: 200_000, bound: 100_000 })
            }
            OverLimit::TagDescription { .. } => Some(OverLimit::Annotations { size: 2_000_001, bound: 2_000_000 }),
            OverLimit::Annotations { .. } => {
                Some(OverLimit::Segments { annotation: id(), size: 100_001, bound: 100_000 })
            }
            OverLimit::Segments { .. } => {
                Some(OverLimit::AnnotationTags { annotation: id(), size: 1_001, bound: 1_000 })
            }
            OverLimit::AnnotationTags { .. } => {
                Some(OverLimit::Note { annotation: id(), size: 1_000_001, bound: 1_000_000 })
            }
            OverLimit::Note { .. } => Some(OverLimit::Author { annotation: id(), size: 1_001, bound: 1_000 }),
            OverLimit::Author { .. } => Some(OverLimit::ParagraphId { annotation: id(), size: 300, bound: 256 }),
            OverLimit::ParagraphId { .. } => {
                Some(OverLimit::Quote { annotation: id(), size: 1_000_001, bound: 1_000_000 })
            }
            OverLimit::Quote { .. } => None,
        };
        all.push(over);
    }
    all
}

fn every_read_error() -> Vec<ReadError> {
    let mut all = Vec::new();
    let mut next = Some(ReadError::NotFound);
    while let Some(error) = next {
        next = match &error {
            ReadError::NotFound => Some(ReadError::IsDirectory),
            ReadError::IsDirectory => Some(ReadError::NotRegular(FileKind::Socket)),
            ReadError::NotRegular(_) => Some(ReadError::TooLarge { size: 600 << 20 }),
            ReadError::TooLarge { .. } => Some(ReadError::Io(denied())),
            ReadError::Io(_) => Some(ReadError::Content(DocumentError::Decode(DecodeError::Empty))),
            ReadError::Content(DocumentError::Decode(DecodeError::Empty)) => {
                Some(ReadError::Content(DocumentError::Decode(DecodeError::Binary(BinaryKind::Png))))
            }
            // Each kind is sampled by `every_binary_kind`.
            ReadError::Content(DocumentError::Decode(DecodeError::Binary(_))) => {
                Some(ReadError::Content(DocumentError::NoText))
            }
            ReadError::Content(DocumentError::NoText) => None,
            ReadError::Content(DocumentError::Container { .. }) => unreachable!("every_container_problem"),
        };
        all.push(error);
    }
    all
}

fn every_binary_kind() -> Vec<BinaryKind> {
    let mut all = Vec::new();
    let mut next = Some(BinaryKind::Png);
    while let Some(kind) = next {
        next = match kind {
            BinaryKind::Png => Some(BinaryKind::Zip),
            BinaryKind::Zip => Some(BinaryKind::EmptyZip),
            BinaryKind::EmptyZip => Some(BinaryKind::Pdf),
            BinaryKind::Pdf => Some(BinaryKind::Gif),
            BinaryKind::Gif => Some(BinaryKind::Jpeg),
            BinaryKind::Jpeg => Some(BinaryKind::Gzip),
            BinaryKind::Gzip => Some(BinaryKind::OldOffice),
            BinaryKind::OldOffice => Some(BinaryKind::Executable),
            BinaryKind::Executable => Some(BinaryKind::NulBytes),
            BinaryKind::NulBytes => Some(BinaryKind::ControlBytes),
            BinaryKind::ControlBytes => Some(BinaryKind::RefiProject),
            BinaryKind::RefiProject => Some(BinaryKind::RefiCodebook),
            BinaryKind::RefiCodebook => None,
        };
        all.push(kind);
    }
    all
}

fn every_container_problem() -> Vec<ContainerProblem> {
    let part = || "word/document.xml".to_owned();
    let mut all = Vec::new();
    let mut next = Some(ContainerProblem::TooManyEntries { entries: 25_000, limit: Some(20_000) });
    while let Some(problem) = next {
        next = match &problem {
            ContainerProblem::TooManyEntries { .. } => Some(ContainerProblem::Damaged("x".into())),
            ContainerProblem::Damaged(_) => {
                Some(ContainerProblem::PartUnsupported { part: part(), detail: "x".into() })
            }
            ContainerProblem::PartUnsupported { .. } => {
                Some(ContainerProblem::PartUnreadable { part: part(), detail: "x".into() })
            }
            ContainerProblem::PartUnreadable { .. } => Some(ContainerProblem::PartEncrypted { part: part() }),
            ContainerProblem::PartEncrypted { .. } => {
                Some(ContainerProblem::PartDamaged { part: part(), detail: "x".into() })
            }
            ContainerProblem::PartDamaged { .. } => {
                Some(ContainerProblem::PartTooLarge { part: part(), limit_mib: 256 })
            }
            ContainerProblem::PartTooLarge { .. } => Some(ContainerProblem::PartMissing { part: part() }),
            ContainerProblem::PartMissing { .. } => {
                Some(ContainerProblem::MalformedXml { part: part(), position: 1207, detail: "x".into() })
            }
            ContainerProblem::MalformedXml { .. } => Some(ContainerProblem::TooDeep { part: part(), limit: 4096 }),
            ContainerProblem::TooDeep { .. } => Some(ContainerProblem::Encrypted),
            ContainerProblem::Encrypted => Some(ContainerProblem::PasswordProtected),
            ContainerProblem::PasswordProtected => Some(ContainerProblem::NoTextLayer),
            ContainerProblem::NoTextLayer => Some(ContainerProblem::Unparsable("x".into())),
            ContainerProblem::Unparsable(_) => Some(ContainerProblem::ReaderThread("x".into())),
            ContainerProblem::ReaderThread(_) => Some(ContainerProblem::ReaderFailed),
            ContainerProblem::ReaderFailed => None,
        };
        all.push(problem);
    }
    all
}

fn every_save_error() -> Vec<SaveError> {
    let mut all = Vec::new();
    let mut next = Some(SaveError::Serialize("x".into()));
    while let Some(error) = next {
        next = match &error {
            SaveError::Serialize(_) => Some(SaveError::Io(denied())),
            SaveError::Io(_) => Some(SaveError::Changed),
            SaveError::Changed => Some(SaveError::Locked(LockError::TimedOut {
                waited: Duration::from_secs(5),
                lock: PathBuf::from("/datos/wsis/.túnez.glosa.ron.lock"),
            })),
            SaveError::Locked(LockError::TimedOut { .. }) => Some(SaveError::Locked(LockError::Io {
                lock: PathBuf::from("/datos/wsis/.túnez.glosa.ron.lock"),
                source: denied(),
            })),
            SaveError::Locked(LockError::Io { .. }) => {
                Some(SaveError::Locked(LockError::Folder { folder: PathBuf::from("/datos/wsis"), source: denied() }))
            }
            // Each bound is sampled by `every_over_limit`.
            SaveError::Locked(LockError::Folder { .. }) | SaveError::OverLimit(_) => None,
        };
        all.push(error);
    }
    all
}

fn every_project_file_error() -> Vec<ProjectFileError> {
    let mut all = Vec::new();
    let mut next = Some(ProjectFileError::NotFound);
    while let Some(error) = next {
        next = match &error {
            ProjectFileError::NotFound => Some(ProjectFileError::IsDirectory),
            ProjectFileError::IsDirectory => Some(ProjectFileError::TooLarge(70 << 20)),
            ProjectFileError::TooLarge(_) => Some(ProjectFileError::Io(denied())),
            ProjectFileError::Io(_) => Some(ProjectFileError::Empty),
            ProjectFileError::Empty => Some(ProjectFileError::NotUtf8),
            ProjectFileError::NotUtf8 => Some(ProjectFileError::NotRegular),
            ProjectFileError::NotRegular => Some(ProjectFileError::NewerVersion(9)),
            ProjectFileError::NewerVersion(_) => {
                Some(ProjectFileError::Syntax { line: 2, column: 5, message: "x".into() })
            }
            ProjectFileError::Syntax { .. } => Some(ProjectFileError::Locked(5)),
            ProjectFileError::Locked(_) => Some(ProjectFileError::Serialize("x".into())),
            ProjectFileError::Serialize(_) => {
                Some(ProjectFileError::Foreign(ForeignWhy::StartsWith("[1, 2, 3]".into())))
            }
            ProjectFileError::Foreign(ForeignWhy::StartsWith(_)) => {
                Some(ProjectFileError::Foreign(ForeignWhy::Format("glosa-annotations".into())))
            }
            ProjectFileError::Foreign(ForeignWhy::Format(_)) => {
                Some(ProjectFileError::Foreign(ForeignWhy::NoFormat("glosa-project")))
            }
            ProjectFileError::Foreign(ForeignWhy::NoFormat(_)) => None,
        };
        all.push(error);
    }
    all
}

fn every_session_error() -> Vec<SessionError> {
    let workspace = |e: WorkspaceError| Some(SessionError::Workspace(e));
    let mut all = Vec::new();
    let mut next = Some(SessionError::Edit(EditError::NoSegments));
    while let Some(error) = next {
        next = match &error {
            SessionError::Edit(_) => Some(SessionError::OverDocument { path: path() }),
            SessionError::OverDocument { .. } => Some(SessionError::ReadOnly { path: path() }),
            SessionError::ReadOnly { .. } => Some(SessionError::CreateFolder { path: path(), source: denied() }),
            SessionError::CreateFolder { .. } => Some(SessionError::ExportOverInput { path: path() }),
            SessionError::ExportOverInput { .. } => Some(SessionError::Folder { path: path(), source: denied() }),
            SessionError::Folder { .. } => {
                Some(SessionError::ImportFailed { path: path(), reason: ImportReason::Folder })
            }
            SessionError::ImportFailed { .. } => {
                Some(SessionError::Journal { path: path(), reason: JournalReason::NoWriter })
            }
            SessionError::Journal { .. } => Some(SessionError::Export { path: path(), source: denied() }),
            SessionError::Export { .. } => Some(SessionError::OtherDocument {
                path: path(),
                named: PathBuf::from("/datos/wsis/otro.txt"),
                document: PathBuf::from("/datos/wsis/informe.txt"),
            }),
            SessionError::OtherDocument { .. } => {
                Some(SessionError::SaveOverOtherDocument { path: path(), named: PathBuf::from("/datos/wsis/otro.txt") })
            }
            SessionError::SaveOverOtherDocument { .. } => workspace(WorkspaceError::AnnotatedDocument {
                path: path(),
                annotations: PathBuf::from("/datos/wsis/túnez.glosa.ron"),
                source: ReadError::NotFound,
            }),
            SessionError::Workspace(WorkspaceError::AnnotatedDocument { .. }) => {
                workspace(WorkspaceError::DocumentOutsideFolder {
                    annotations: path(),
                    stored: "../../etc/passwd".into(),
                    resolved: PathBuf::from("/etc/passwd"),
                    why: OutsideFolder { why: OutsideWhy::LeavesFolder, resolved: PathBuf::from("/etc/passwd") },
                })
            }
            SessionError::Workspace(WorkspaceError::DocumentOutsideFolder { .. }) => {
                workspace(WorkspaceError::ChangedOnDisk { path: path() })
            }
            SessionError::Workspace(WorkspaceError::ChangedOnDisk { .. }) => {
                workspace(WorkspaceError::Edit { path: path(), source: EditError::DuplicateTag(tag("gobiernos")) })
            }
            // Each reason of these three is sampled by its own chain.
            SessionError::Workspace(
                WorkspaceError::Edit { .. }
                | WorkspaceError::Document { .. }
                | WorkspaceError::Annotations { .. }
                | WorkspaceError::Save { .. },
            ) => None,
        };
        all.push(error);
    }
    all
}

fn every_edit_error() -> Vec<EditError> {
    let id = || AnnotationId::from_parts(1_700_000_000_000, 7);
    let mut all = Vec::new();
    let mut next = Some(EditError::NoSuchAnnotation(id()));
    while let Some(error) = next {
        next = match &error {
            EditError::NoSuchAnnotation(_) => Some(EditError::DuplicateAnnotation(id())),
            EditError::DuplicateAnnotation(_) => Some(EditError::NoSegments),
            EditError::NoSegments => Some(EditError::NoSuchTag(tag("gobiernos"))),
            EditError::NoSuchTag(_) => Some(EditError::DuplicateTag(tag("gobiernos"))),
            EditError::DuplicateTag(_) => None,
        };
        all.push(error);
    }
    all
}

fn every_locate_error() -> Vec<LocateError> {
    vec![
        LocateError::NotAProject,
        LocateError::NotFound,
        LocateError::Several { names: vec!["a.glosa-project.ron".into(), "b.glosa-project.ron".into()] },
        LocateError::Io(denied()),
    ]
}

/// Exhaustive over [`LocateError`]: a new variant does not compile until
/// [`every_locate_error`] has it.
fn _locate_error_sampled(error: &LocateError) {
    match error {
        LocateError::NotAProject | LocateError::NotFound | LocateError::Several { .. } | LocateError::Io(_) => {}
    }
}

// -----------------------------------------------------------------------------
// The test

#[test]
fn every_error_variant_is_worded_in_spanish_and_names_its_file() {
    set_language(Language::Spanish);
    let mut failures = Vec::new();
    let mut count = 0;
    let mut sample = |name: String, english: String, spanish: String, names_file: bool| {
        count += 1;
        check(&name, &english, &spanish, names_file, &mut failures);
    };

    for problem in every_scan_problem() {
        sample(format!("{problem:?}"), problem.to_string(), problem.ui_message(), true);
    }
    for problem in every_index_problem() {
        sample(format!("{problem:?}"), problem.to_string(), problem.ui_message(), true);
    }
    for warning in every_export_warning() {
        let names_file = !matches!(warning, ExportWarning::Orphaned { .. });
        sample(format!("{warning:?}"), warning.to_string(), warning.ui_message(), names_file);
    }
    for error in every_project_export_error() {
        // Inside the message that names the file to write, as the app shows it.
        let spanish = crate::t!("message-cannot-export", error = project_export_reason(&error), path = FILE);
        sample(format!("{error:?}"), error.to_string(), spanish, false);
    }
    // The system's errors Glosa words (the others keep the system's words).
    for kind in [
        io::ErrorKind::NotFound,
        io::ErrorKind::PermissionDenied,
        io::ErrorKind::StorageFull,
        io::ErrorKind::QuotaExceeded,
        io::ErrorKind::ReadOnlyFilesystem,
        io::ErrorKind::IsADirectory,
        io::ErrorKind::NotADirectory,
        io::ErrorKind::AlreadyExists,
        io::ErrorKind::FileTooLarge,
        io::ErrorKind::TimedOut,
        io::ErrorKind::Interrupted,
        io::ErrorKind::ResourceBusy,
        io::ErrorKind::StaleNetworkFileHandle,
        io::ErrorKind::NetworkDown,
        io::ErrorKind::ConnectionReset,
        io::ErrorKind::InvalidFilename,
        io::ErrorKind::DirectoryNotEmpty,
        io::ErrorKind::CrossesDevices,
        io::ErrorKind::OutOfMemory,
        io::ErrorKind::Unsupported,
        io::ErrorKind::UnexpectedEof,
    ] {
        let error = SessionError::Export { path: path(), source: io::Error::from(kind) };
        sample(format!("io::ErrorKind::{kind:?}"), error.to_string(), error.ui_message(), true);
    }
    for source in every_writer_error() {
        let name = format!("io::Error::other({source:?})");
        let error = SessionError::Export { path: path(), source };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for problem in every_csv_problem() {
        let name = format!("CsvProblem::{problem:?}");
        let error = ProjectError::Csv { path: path(), problem };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for reason in every_import_reason() {
        let name = format!("ImportReason::{reason:?}");
        let error = SessionError::ImportFailed { path: path(), reason };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for reason in every_journal_reason() {
        let name = format!("JournalReason::{reason:?}");
        let error = SessionError::Journal { path: path(), reason };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for edit in every_project_edit_error() {
        let name = format!("ProjectEditError::{edit:?}");
        let error = ProjectError::Edit(edit);
        sample(name, error.to_string(), error.ui_message(), false);
    }
    for skip in every_autocode_skip() {
        let reason = autocode_skip_reason(&skip);
        let spanish = crate::t!("message-autocode-skipped", count = 1, names = reason);
        sample(format!("AutocodeSkip::{skip:?}"), skip.to_string(), spanish, true);
    }
    for source in every_load_error() {
        let name = format!("LoadError::{source:?}");
        let error = WorkspaceError::Annotations { path: path(), source };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for over in every_over_limit() {
        let name = format!("LoadError::OverLimit({over:?})");
        let error = WorkspaceError::Annotations { path: path(), source: LoadError::OverLimit(over.clone()) };
        sample(name, error.to_string(), error.ui_message(), true);
        let name = format!("SaveError::OverLimit({over:?})");
        let error = WorkspaceError::Save { path: path(), source: SaveError::OverLimit(over) };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for source in every_read_error() {
        let name = format!("ReadError::{source:?}");
        let error = WorkspaceError::Document { path: path(), source };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for kind in every_binary_kind() {
        let name = format!("BinaryKind::{kind:?}");
        let source = ReadError::Content(DocumentError::Decode(DecodeError::Binary(kind)));
        let error = WorkspaceError::Document { path: path(), source };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for problem in every_container_problem() {
        let name = format!("ContainerProblem::{problem:?}");
        let source = ReadError::Content(DocumentError::Container { format: "DOCX", problem: Box::new(problem) });
        let error = WorkspaceError::Document { path: path(), source };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for source in every_save_error() {
        let name = format!("SaveError::{source:?}");
        let error = WorkspaceError::Save { path: path(), source };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for source in every_project_file_error() {
        let name = format!("ProjectFileError::{source:?}");
        let error = ProjectError::File { path: path(), source };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    for why in [NotADocumentWhy::NotFound, NotADocumentWhy::Extension] {
        let error = ProjectError::NotADocument { path: path(), reason: why };
        sample(format!("NotADocumentWhy::{why:?}"), error.to_string(), error.ui_message(), true);
    }
    for error in every_session_error() {
        let names_file = !matches!(error, SessionError::Edit(_));
        sample(format!("SessionError::{error:?}"), error.to_string(), error.ui_message(), names_file);
    }
    for source in every_edit_error() {
        let name = format!("EditError::{source:?}");
        let error = WorkspaceError::Edit { path: path(), source };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    let unknown = ProjectError::UnknownDocument { key: "túnez".into(), project: path() };
    sample(format!("{unknown:?}"), unknown.to_string(), unknown.ui_message(), true);
    for source in every_locate_error() {
        let name = format!("LocateError::{source:?}");
        let error = ProjectError::Locate { path: path(), source };
        sample(name, error.to_string(), error.ui_message(), true);
    }
    let watch = [
        WatchError::Start(notify::Error::io(denied())),
        WatchError::Folder { folder: path(), source: notify::Error::new(notify::ErrorKind::MaxFilesWatch) },
    ];
    for error in watch {
        let names_file = matches!(error, WatchError::Folder { .. });
        sample(format!("{error:?}"), error.to_string(), error.ui_message(), names_file);
    }
    let agreement = [
        AgreementError::NoDocuments,
        AgreementError::UnknownCoder { coder: "ana".into(), known: vec!["luis".into(), "marta".into()] },
    ];
    for error in agreement {
        sample(format!("{error:?}"), error.to_string(), error.ui_message(), false);
    }

    set_language(Language::English);
    assert!(failures.is_empty(), "{} of {count} samples:\n{}", failures.len(), failures.join("\n"));
    assert_eq!(count, 207, "every sample was checked");
}

#[test]
fn the_three_word_check_finds_english_inside_a_spanish_sentence() {
    // What a fallback like `other => other.to_string()` would show.
    let english = format!("cannot import (no free file name for túnez.txt): {FILE}");
    let leaked = format!("No se puede importar (no free file name for túnez.txt): {FILE}");
    assert_eq!(english_runs(&english, &leaked), ["file name for", "free file name", "no free file"]);
    let worded = format!("No se puede importar (no queda ningún nombre de archivo libre para túnez.txt): {FILE}");
    assert!(english_runs(&english, &worded).is_empty());
}
