//! The project file, `NAME.glosa-project.ron`, and finding a project's documents
//! and annotation files on disk.
//!
//! ```ron
//! (
//!     format: "glosa-project",
//!     version: 1,
//!     name: "NETmundial 2014 submissions",
//!     folder: true,
//!     documents: ["../shared/tunis-agenda.txt"],
//!     exclude: ["exports"],
//!     annotation_folder: Some("annotations/{author}"),
//!     codebook: [ (id: "governments", label: "Governments", description: "…", color: "#3b7dd8", shortcut: Some(1), parent: None), … ],
//!     attributes: [ (id: "stakeholder_group", label: "Stakeholder group", description: "…", kind: OneOf(["governments", …])), (id: "date", label: "Date", description: "…", kind: Date), … ],
//!     values: { "070B_gov_spain.txt": { "date": "2014-03-08", "stakeholder_group": "governments" } },
//! )
//! ```
//!
//! - A project is the folder holding its project file. With `folder: true`, every
//!   document of a supported format ([`super::document::is_document_path`]) in the
//!   folder and its sub-folders is part of it, except hidden files and folders
//!   (names starting with `.`), paths under an `exclude` entry, and symbolic links
//!   that lead outside the folder (never followed into folders). `documents` names
//!   more documents by path relative to the project file, `/`-separated; they may
//!   lie anywhere. A document's **key** is that relative path.
//! - Annotation files (`*.glosa.ron`) are found the same way in the folder, plus
//!   `DOC-NAME.glosa.ron` next to each listed document outside it.
//! - Lists and maps are sorted and the file is pretty-printed one field per line, so
//!   setting one value changes one line.
//! - Saving takes a lock (`.NAME.glosa-project.ron.lock` beside the file, an OS
//!   advisory lock the system releases if the holder dies), re-reads the file,
//!   merges what changed on disk since this copy was read with what changed here
//!   ([`crate::model::project::merge`]: per key, each side's change wins; both
//!   changing one key keeps ours and reports it), and writes the result atomically
//!   (temporary file, `fsync`, the previous version kept as `FILE.bak`, rename,
//!   folder `fsync`). So two people or programs saving at once both keep their
//!   changes.

use std::fs;
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::annotations::EXTENSION as ANNOTATION_EXTENSION;
use super::annotations::{DocumentRef, OutsideFolder, OutsideWhy};
use super::document::is_document_path;
use crate::model::attributes::AttributeSchema;
use crate::model::codebook::Codebook;
use crate::model::project::{AttributeValues, MergeReport, ProjectData, merge};

/// The `format` value of every project file.
pub const FORMAT: &str = "glosa-project";

/// The format version this Glosa writes and the newest it reads.
pub const VERSION: u32 = 1;

/// The file name ending of project files.
pub const PROJECT_EXTENSION: &str = ".glosa-project.ron";

/// Largest project file read, in bytes (64 MiB: attribute values of a million
/// documents).
pub const MAX_PROJECT_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Most files and folders a folder scan visits (a guard against pointing Glosa at
/// `/`); a scan that reaches it stops and says so.
pub const MAX_SCAN_ENTRIES: usize = 500_000;

/// Deepest sub-folder a scan enters.
pub const MAX_SCAN_DEPTH: usize = 32;

/// How long saving waits for another writer's lock.
pub const LOCK_TIMEOUT: Duration = Duration::from_secs(30);

/// The project file as written (the data with its header).
#[derive(Serialize, Deserialize)]
struct OnDisk {
    format: String,
    version: u32,
    name: String,
    #[serde(default = "yes")]
    folder: bool,
    #[serde(default)]
    documents: std::collections::BTreeSet<String>,
    #[serde(default)]
    exclude: std::collections::BTreeSet<String>,
    #[serde(default)]
    annotation_folder: Option<String>,
    #[serde(default = "Codebook::wsis_default")]
    codebook: Codebook,
    #[serde(default)]
    attributes: AttributeSchema,
    #[serde(default)]
    values: AttributeValues,
}

fn yes() -> bool {
    true
}

/// The two header fields, read first to tell foreign and newer files apart.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: String,
    #[serde(default)]
    version: u32,
}

impl From<OnDisk> for ProjectData {
    fn from(disk: OnDisk) -> Self {
        Self {
            name: disk.name,
            folder: disk.folder,
            documents: disk.documents,
            exclude: disk.exclude,
            annotation_folder: disk.annotation_folder,
            codebook: disk.codebook,
            attributes: disk.attributes,
            values: disk.values,
        }
    }
}

impl From<&ProjectData> for OnDisk {
    fn from(data: &ProjectData) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            name: data.name.clone(),
            folder: data.folder,
            documents: data.documents.clone(),
            exclude: data.exclude.clone(),
            annotation_folder: data.annotation_folder.clone(),
            codebook: data.codebook.clone(),
            attributes: data.attributes.clone(),
            values: data.values.clone(),
        }
    }
}

/// Why a project file could not be read or written. Messages do not name the
/// file: the caller adds the path.
#[derive(Debug, thiserror::Error)]
pub enum ProjectFileError {
    /// No such file.
    #[error("no such file")]
    NotFound,
    /// A directory, not a file.
    #[error("is a directory, not a project file")]
    IsDirectory,
    /// Over [`MAX_PROJECT_FILE_BYTES`].
    #[error("file is {0} bytes, over the {limit} MiB limit", limit = MAX_PROJECT_FILE_BYTES / (1024 * 1024))]
    TooLarge(u64),
    /// The operating system refused.
    #[error("cannot read or write: {0}")]
    Io(#[from] std::io::Error),
    /// Not a Glosa project file (another format, not RON); the reason in a few
    /// words.
    #[error("not a Glosa project file ({0})")]
    Foreign(super::files::ForeignWhy),
    /// The file is empty (or white space only).
    #[error("not a Glosa project file (the file is empty)")]
    Empty,
    /// The bytes are not UTF-8 text.
    #[error("not a Glosa project file (not UTF-8 text)")]
    NotUtf8,
    /// A FIFO, a device or a socket: never read.
    #[error("not a Glosa project file (not a regular file)")]
    NotRegular,
    /// Written by a newer Glosa.
    #[error("made by a newer Glosa (format version {0}; this Glosa reads version {VERSION}): update Glosa to open it")]
    NewerVersion(u32),
    /// RON syntax or content error.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// Another program held the lock for [`LOCK_TIMEOUT`].
    #[error("another program is saving the project (waited {0} s for its lock)")]
    Locked(u64),
    /// Serializing failed (should not happen).
    #[error("cannot serialize the project: {0}")]
    Serialize(String),
}

/// Whether `path` names a project file (`*.glosa-project.ron`, any letter case).
#[allow(clippy::case_sensitive_file_extension_comparisons)] // compared in lower case
pub fn is_project_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().to_lowercase().ends_with(PROJECT_EXTENSION))
}

/// Parses project file text (a leading BOM is ignored).
pub fn from_ron_str(text: &str) -> Result<ProjectData, ProjectFileError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ProjectFileError::Empty);
    }
    let check = |format: &str, version: u32| match format {
        FORMAT if version > VERSION => Err(ProjectFileError::NewerVersion(version)),
        FORMAT => Ok(()),
        "" => Err(ProjectFileError::Foreign(super::files::ForeignWhy::NoFormat(FORMAT))),
        other => Err(ProjectFileError::Foreign(super::files::ForeignWhy::Format(other.to_owned()))),
    };
    match ron::from_str::<OnDisk>(text) {
        Ok(disk) => {
            check(&disk.format, disk.version)?;
            Ok(disk.into())
        }
        Err(error) => {
            if let Ok(header) = ron::from_str::<Header>(text) {
                check(&header.format, header.version)?;
            }
            Err(ProjectFileError::Syntax {
                line: error.span.start.line,
                column: error.span.start.col,
                message: error.code.to_string(),
            })
        }
    }
}

/// The project file's text: pretty RON, LF line ends, four-space indentation.
pub fn to_ron_string(data: &ProjectData) -> Result<String, ProjectFileError> {
    let config = ron::ser::PrettyConfig::new().new_line("\n").indentor("    ").escape_strings(false);
    let mut text = ron::ser::to_string_pretty(&OnDisk::from(data), config)
        .map_err(|e| ProjectFileError::Serialize(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Reads the project file at `path`.
pub fn load(path: &Path) -> Result<ProjectData, ProjectFileError> {
    let metadata = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ProjectFileError::NotFound),
        Err(e) => return Err(ProjectFileError::Io(e)),
    };
    if metadata.is_dir() {
        return Err(ProjectFileError::IsDirectory);
    }
    if !metadata.is_file() {
        return Err(ProjectFileError::NotRegular);
    }
    if metadata.len() > MAX_PROJECT_FILE_BYTES {
        return Err(ProjectFileError::TooLarge(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    fs::File::open(path)?.take(MAX_PROJECT_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_PROJECT_FILE_BYTES {
        return Err(ProjectFileError::TooLarge(bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|_| ProjectFileError::NotUtf8)?;
    from_ron_str(&text)
}

/// What [`save`] wrote.
#[derive(Debug)]
pub struct Saved {
    /// The project as written: ours merged with what changed on disk. Becomes the
    /// new base for the next save.
    pub data: ProjectData,
    /// Keys both sides had changed (ours kept).
    pub report: MergeReport,
}

/// Saves `ours` to `path`, merging what changed on disk since `base` was read
/// (see the module docs). `base`: the project as last read or written here;
/// `None` for a new project file. Nothing is written when the merged result
/// equals what is on disk.
pub fn save(path: &Path, base: Option<&ProjectData>, ours: &ProjectData) -> Result<Saved, ProjectFileError> {
    let _lock = ProjectLock::acquire(path, LOCK_TIMEOUT)?;
    let on_disk = match load(path) {
        Ok(data) => Some(data),
        Err(ProjectFileError::NotFound) => None,
        Err(e) => return Err(e),
    };
    let (data, report) = match &on_disk {
        Some(theirs) => {
            let empty;
            let base = if let Some(base) = base {
                base
            } else {
                empty = empty_project();
                &empty
            };
            merge(base, ours, theirs)
        }
        None => (ours.clone(), MergeReport::default()),
    };
    if on_disk.as_ref() != Some(&data) {
        write_atomically(path, to_ron_string(&data)?.as_bytes())?;
    }
    Ok(Saved { data, report })
}

/// A project with nothing in it: the base of a merge when this side started
/// without a file.
fn empty_project() -> ProjectData {
    ProjectData {
        name: String::new(),
        folder: false,
        documents: std::collections::BTreeSet::new(),
        exclude: std::collections::BTreeSet::new(),
        annotation_folder: None,
        codebook: Codebook::default(),
        attributes: AttributeSchema::default(),
        values: AttributeValues::new(),
    }
}

/// Writes `bytes` to `path` atomically, keeping the previous file as `path.bak`.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = folder_of(path);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut temp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(&folder)?;
    temp.write_all(bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        temp.as_file().set_permissions(fs::Permissions::from_mode(mode))?;
    }
    temp.as_file().sync_all()?;
    if path.exists() {
        let backup = super::annotations::backup_path(path);
        let _ = fs::remove_file(&backup);
        if fs::hard_link(path, &backup).is_err() {
            fs::copy(path, &backup)?;
        }
    }
    temp.persist(path).map_err(|e| e.error)?;
    if let Ok(dir) = fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// The folder a file is in; `.` for a bare file name.
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// An exclusive OS lock on a project file's lock file, held until dropped.
struct ProjectLock {
    _file: fs::File,
}

impl ProjectLock {
    fn acquire(path: &Path, timeout: Duration) -> Result<Self, ProjectFileError> {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let lock_path = path.with_file_name(format!(".{name}.lock"));
        let file = fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&lock_path)?;
        let started = Instant::now();
        let mut pause = Duration::from_micros(500);
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Self { _file: file }),
                Err(fs::TryLockError::WouldBlock) => {
                    let waited = started.elapsed();
                    if waited >= timeout {
                        return Err(ProjectFileError::Locked(waited.as_secs()));
                    }
                    std::thread::sleep(pause.min(timeout.saturating_sub(waited)));
                    pause = (pause * 2).min(Duration::from_millis(20));
                }
                Err(fs::TryLockError::Error(e)) => return Err(ProjectFileError::Io(e)),
            }
        }
    }
}

/// Where a project is, from what the user named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The project file (it may not exist yet: a folder without one is a project
    /// with the defaults, whose file is made on first save).
    pub file: PathBuf,
    /// The folder holding it: document keys are relative to it.
    pub root: PathBuf,
    /// Whether the project file exists.
    pub exists: bool,
}

/// Why no project could be found where the user pointed.
#[derive(Debug, thiserror::Error)]
pub enum LocateError {
    /// Neither a folder nor a project file.
    #[error("not a folder or a project file (*{PROJECT_EXTENSION})")]
    NotAProject,
    /// No such file or folder.
    #[error("no such file or folder")]
    NotFound,
    /// A folder with several project files.
    #[error("the folder has several project files ({}); open one of them", names.join(", "))]
    Several {
        /// Their names.
        names: Vec<String>,
    },
    /// The folder could not be read.
    #[error("cannot read the folder: {0}")]
    Io(#[from] std::io::Error),
}

/// The project `path` names: a project file, or a folder with at most one
/// project file directly in it (none: the file `FOLDER-NAME.glosa-project.ron`
/// to be made there).
pub fn locate(path: &Path) -> Result<Location, LocateError> {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let metadata = match fs::metadata(&absolute) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(LocateError::NotFound),
        Err(e) => return Err(LocateError::Io(e)),
    };
    if metadata.is_file() {
        if !is_project_file(&absolute) {
            return Err(LocateError::NotAProject);
        }
        return Ok(Location { root: folder_of(&absolute), file: absolute, exists: true });
    }
    if !metadata.is_dir() {
        return Err(LocateError::NotAProject);
    }
    let mut found: Vec<PathBuf> =
        fs::read_dir(&absolute)?.flatten().map(|e| e.path()).filter(|p| is_project_file(p) && p.is_file()).collect();
    found.sort();
    match found.len() {
        0 => {
            let name = absolute.file_name().map_or_else(|| "project".to_owned(), |n| n.to_string_lossy().into_owned());
            Ok(Location { file: absolute.join(format!("{name}{PROJECT_EXTENSION}")), root: absolute, exists: false })
        }
        1 => Ok(Location { file: found.remove(0), root: absolute, exists: true }),
        _ => Err(LocateError::Several {
            names: found.iter().filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()).collect(),
        }),
    }
}

/// A document found for a project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDocument {
    /// Its key: path relative to the project folder, `/`-separated.
    pub key: String,
    /// Where it is.
    pub path: PathBuf,
}

/// What a scan of a project found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// The documents, sorted by key.
    pub documents: Vec<FoundDocument>,
    /// The annotation files, sorted by path.
    pub annotation_files: Vec<PathBuf>,
    /// What could not be read or was left out, in the order found (each one's
    /// `Display` is one English line, path last).
    pub problems: Vec<ScanProblem>,
}

/// Something a project scan could not read or left out. `Display` is the English
/// line the CLI prints, the path last; the app words each variant in the
/// interface language (`ui::errors`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScanProblem {
    /// The walk stopped after [`MAX_SCAN_ENTRIES`] files and folders.
    #[error("stopped after {limit} files and folders; the project folder is too large: {}", folder.display())]
    TooManyEntries {
        /// The project folder.
        folder: PathBuf,
        /// How many entries were visited (the limit).
        limit: usize,
    },
    /// A document the project file lists is not there (or is not a file).
    #[error("a document the project lists is missing: {}", path.display())]
    MissingDocument {
        /// Where it should be.
        path: PathBuf,
    },
    /// A folder could not be listed; its files are left out.
    #[error("cannot read the folder ({detail}): {}", folder.display())]
    UnreadableFolder {
        /// The folder.
        folder: PathBuf,
        /// What kind of system error.
        kind: std::io::ErrorKind,
        /// The system's own words for it.
        detail: String,
    },
    /// A file whose name is not valid Unicode has no key; left out.
    #[error("skipped a file whose name is not valid Unicode: {}", path.display())]
    NameNotUnicode {
        /// The file.
        path: PathBuf,
    },
    /// A link to a document outside the project folder (or a broken one); not
    /// followed.
    #[error("skipped a link that leads outside the project: {}", path.display())]
    LinkOutside {
        /// The link.
        path: PathBuf,
    },
}

impl ScanProblem {
    /// The file or folder concerned.
    pub fn path(&self) -> &Path {
        match self {
            Self::TooManyEntries { folder, .. } | Self::UnreadableFolder { folder, .. } => folder,
            Self::MissingDocument { path } | Self::NameNotUnicode { path } | Self::LinkOutside { path } => path,
        }
    }
}

/// Finds the documents and annotation files of the project at `root` described
/// by `data` (see the module docs). Linear in the entries visited; never follows
/// a link out of the folder.
pub fn scan(root: &Path, data: &ProjectData) -> Scan {
    let mut scan = Scan::default();
    let canonical_root = fs::canonicalize(root).unwrap_or_else(|_| root.to_owned());
    if data.folder {
        let mut visited = 0usize;
        walk(root, &canonical_root, "", 0, data, &mut visited, &mut scan);
        if visited >= MAX_SCAN_ENTRIES {
            scan.problems.push(ScanProblem::TooManyEntries { folder: root.to_owned(), limit: MAX_SCAN_ENTRIES });
        }
    }
    for key in &data.documents {
        if scan.documents.iter().any(|d| &d.key == key) {
            continue;
        }
        let path = resolve_key(root, key);
        if path.is_file() {
            let sibling = sibling_annotations(&path);
            if sibling.is_file() && !scan.annotation_files.contains(&sibling) {
                scan.annotation_files.push(sibling);
            }
            scan.documents.push(FoundDocument { key: key.clone(), path });
        } else {
            // Its annotation file is still read, so the index reports whose
            // annotations wait for the missing document.
            let sibling = sibling_annotations(&path);
            if sibling.is_file() && !scan.annotation_files.contains(&sibling) {
                scan.annotation_files.push(sibling);
            }
            scan.problems.push(ScanProblem::MissingDocument { path });
        }
    }
    scan.documents.sort_by(|a, b| a.key.cmp(&b.key));
    scan.annotation_files.sort();
    scan.annotation_files.dedup();
    scan
}

fn walk(
    folder: &Path,
    canonical_root: &Path,
    prefix: &str,
    depth: usize,
    data: &ProjectData,
    visited: &mut usize,
    scan: &mut Scan,
) {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) => {
            scan.problems.push(ScanProblem::UnreadableFolder {
                folder: folder.to_owned(),
                kind: e.kind(),
                detail: e.to_string(),
            });
            return;
        }
    };
    let mut entries: Vec<fs::DirEntry> = entries.flatten().collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        if *visited >= MAX_SCAN_ENTRIES {
            return;
        }
        *visited += 1;
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            scan.problems.push(ScanProblem::NameNotUnicode { path: entry.path() });
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let key = if prefix.is_empty() { name.to_owned() } else { format!("{prefix}/{name}") };
        if data.exclude.iter().any(|ex| key == *ex || key.starts_with(&format!("{ex}/"))) {
            continue;
        }
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            if depth + 1 < MAX_SCAN_DEPTH {
                walk(&path, canonical_root, &key, depth + 1, data, visited, scan);
            }
            continue;
        }
        let is_file = if file_type.is_symlink() {
            // Only links to files inside the project folder.
            match fs::canonicalize(&path) {
                Ok(target) if target.starts_with(canonical_root) => target.is_file(),
                _ => {
                    if is_document_path(&path) {
                        scan.problems.push(ScanProblem::LinkOutside { path: path.clone() });
                    }
                    false
                }
            }
        } else {
            file_type.is_file()
        };
        if !is_file {
            continue;
        }
        if is_annotation_file(&path) {
            scan.annotation_files.push(path);
        } else if is_document_path(&path) && !is_project_file(&path) && !super::document::is_glosa_export(&path) {
            scan.documents.push(FoundDocument { key, path });
        }
    }
}

/// Whether `path` names an annotation file (`*.glosa.ron`, any letter case).
#[allow(clippy::case_sensitive_file_extension_comparisons)] // compared in lower case
fn is_annotation_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().to_lowercase().ends_with(ANNOTATION_EXTENSION))
}

/// `DOC-STEM.glosa.ron` next to a document.
fn sibling_annotations(document: &Path) -> PathBuf {
    let stem = document.file_stem().map_or_else(|| "annotations".into(), |s| s.to_string_lossy().into_owned());
    document.with_file_name(format!("{stem}{ANNOTATION_EXTENSION}"))
}

/// The path a document key names, relative to `root`.
pub fn resolve_key(root: &Path, key: &str) -> PathBuf {
    let relative = Path::new(key);
    if relative.is_absolute() { relative.to_owned() } else { root.join(relative) }
}

/// The key of the file at `path` in the project at `root`: relative, `/`-separated,
/// without `.` parts; `..` where the file is outside the folder; absolute where no
/// relative path exists (another drive).
pub fn key_of(root: &Path, path: &Path) -> String {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
    let (root, path) = (absolute(root), absolute(path));
    let relative = pathdiff::diff_paths(&path, &root).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// Whether `key` lies inside the project folder (no `..`, not absolute).
pub fn key_is_inside(key: &str) -> bool {
    let path = Path::new(key);
    !path.is_absolute() && path.components().all(|c| matches!(c, Component::Normal(_)))
}

/// The project folder enclosing `path`: the nearest folder, from `path`'s own
/// folder upwards, that holds a project file (`*.glosa-project.ron`, a regular
/// file, not a link), as a canonical path (symlinks resolved). `None` when no
/// folder above `path` is a project or `path`'s folder cannot be resolved.
pub fn enclosing_project_folder(path: &Path) -> Option<PathBuf> {
    let start = fs::canonicalize(folder_of(path)).ok()?;
    start.ancestors().find(|folder| holds_project_file(folder)).map(Path::to_owned)
}

/// Whether `folder` holds a project file directly (links are not followed).
fn holds_project_file(folder: &Path) -> bool {
    fs::read_dir(folder).is_ok_and(|entries| {
        entries.flatten().any(|e| is_project_file(&e.path()) && e.file_type().is_ok_and(|t| t.is_file()))
    })
}

/// Where the document an annotation file at `annotation_path` names is, when the
/// stored path stays inside the annotation file's folder tree
/// ([`DocumentRef::resolve_inside`]) or, failing that, inside the enclosing
/// project folder ([`enclosing_project_folder`]): a project's own annotation
/// files (`annotations/NAME/DOC.glosa.ron` naming `../../DOC`) are trusted
/// without asking. A path that is absolute, climbs out of the project with `..`,
/// or leads out of it through a symlink (real paths are compared) is not.
///
/// # Errors
/// The [`OutsideFolder`] of [`DocumentRef::resolve_inside`] when the path leaves
/// both the annotation file's folder and any enclosing project.
pub fn resolve_in_project(reference: &DocumentRef, annotation_path: &Path) -> Result<PathBuf, OutsideFolder> {
    let refused = match reference.resolve_inside(annotation_path) {
        Ok(path) => return Ok(path),
        Err(refused) => refused,
    };
    if !matches!(refused.why, OutsideWhy::LeavesFolder | OutsideWhy::Symlink) {
        return Err(refused);
    }
    let Some(root) = enclosing_project_folder(annotation_path) else {
        return Err(refused);
    };
    let Ok(folder) = fs::canonicalize(folder_of(annotation_path)) else {
        return Err(refused);
    };
    // Lexically: `..` may not climb above the project folder.
    let mut lexical = folder;
    for component in Path::new(&reference.path).components() {
        match component {
            Component::Normal(part) => lexical.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                if !lexical.pop() {
                    return Err(refused);
                }
            }
            Component::Prefix(_) | Component::RootDir => return Err(refused),
        }
    }
    if !lexical.starts_with(&root) {
        return Err(refused);
    }
    // Really: no symlink on the way leads out of it. The path checked is the
    // path returned (a missing document: the lexical path, to relink).
    match fs::canonicalize(&lexical) {
        Ok(real) if !real.starts_with(&root) => Err(OutsideFolder { why: OutsideWhy::Symlink, resolved: real }),
        Ok(real) => Ok(real),
        Err(_) => Ok(lexical),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::model::attributes::AttributeId;
    use crate::model::project::ProjectEdit;

    #[test]
    fn a_project_file_round_trips_and_names_its_problems() {
        let mut data = ProjectData::new("NETmundial");
        data.apply(ProjectEdit::SetValue {
            document: "070B.txt".into(),
            attribute: AttributeId::new("date").unwrap(),
            value: Some("2014-03-08".into()),
        })
        .unwrap();
        let text = to_ron_string(&data).unwrap();
        assert!(
            text.starts_with("(\n    format: \"glosa-project\",\n    version: 1,\n    name: \"NETmundial\",\n"),
            "{text}"
        );
        assert!(
            text.contains("        \"070B.txt\": {\n            \"date\": \"2014-03-08\",\n        },\n"),
            "{text}"
        );
        assert_eq!(from_ron_str(&text).unwrap(), data);
        assert!(matches!(
            from_ron_str("(format: \"glosa-project\", version: 9, name: \"x\")"),
            Err(ProjectFileError::NewerVersion(9))
        ));
        assert!(
            matches!(from_ron_str("(format: \"glosa-annotations\", version: 1)"), Err(ProjectFileError::Foreign(m)) if m.to_string().contains("glosa-annotations"))
        );
        let broken = text.replace("\"2014-03-08\"", "\"2014-03-08");
        assert!(matches!(from_ron_str(&broken), Err(ProjectFileError::Syntax { .. })));
    }

    #[test]
    fn keys_are_relative_and_slash_separated() {
        assert_eq!(key_of(Path::new("/p"), Path::new("/p/sub/a.txt")), "sub/a.txt");
        assert_eq!(key_of(Path::new("/p"), Path::new("/elsewhere/b.md")), "../elsewhere/b.md");
        assert!(key_is_inside("sub/a.txt"));
        assert!(!key_is_inside("../elsewhere/b.md"));
        assert_eq!(resolve_key(Path::new("/p"), "sub/a.txt"), PathBuf::from("/p/sub/a.txt"));
    }
}
