//! A document and its annotation file, opened together: what the CLI and the GUI
//! work on. Also the two things the pure model never does itself: reading the
//! clock and drawing random annotation IDs.

use std::path::{Path, PathBuf};

use crate::model::anchor::{Anchorer, AnnotationAnchor};
use crate::model::{AnnotationId, AnnotationSet, Annotations, Document, TagSet, Timestamp};
use crate::persist::annotations::{self, AnnotationFile, DocumentRef, LoadError, SaveError};
use crate::persist::document::{ReadError, read_document};

/// The current time, to whole seconds (what files store).
pub fn now() -> Timestamp {
    let now = Timestamp::now();
    Timestamp::from_second(now.as_second()).unwrap_or(now)
}

/// A new annotation ID for an annotation created at `at`: a ULID with 80 random bits.
pub fn new_annotation_id(at: Timestamp) -> AnnotationId {
    let millis = u64::try_from(at.as_millisecond()).unwrap_or(0);
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_millis(millis);
    AnnotationId(ulid::Ulid::from_datetime(time))
}

/// The author name for new annotations: `explicit` if given, else the
/// `GLOSA_AUTHOR` environment variable, else the operating system's user name.
pub fn author(explicit: Option<&str>) -> String {
    if let Some(name) = explicit.map(str::trim).filter(|n| !n.is_empty()) {
        return name.to_owned();
    }
    if let Some(name) = std::env::var("GLOSA_AUTHOR").ok().filter(|n| !n.trim().is_empty()) {
        return name.trim().to_owned();
    }
    whoami::username().unwrap_or_else(|_| "unknown".to_owned())
}

/// Why a workspace could not be opened or saved; each names the file concerned.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    /// The document could not be read.
    #[error("cannot open document ({source}): {}", path.display())]
    Document {
        /// The document's path.
        path: PathBuf,
        /// Why.
        source: ReadError,
    },
    /// The document an annotation file names could not be read.
    #[error("cannot open the document that {} annotates ({source}): {}", annotations.display(), path.display())]
    AnnotatedDocument {
        /// Where the annotation file says the document is.
        path: PathBuf,
        /// The annotation file.
        annotations: PathBuf,
        /// Why.
        source: ReadError,
    },
    /// The annotation file could not be read.
    #[error("cannot read annotations ({source}): {}", path.display())]
    Annotations {
        /// The annotation file's path.
        path: PathBuf,
        /// Why.
        source: LoadError,
    },
    /// Another program (or a colleague) changed the annotation file since it was
    /// read or last saved here; saving now would lose their changes.
    #[error("the annotation file changed on disk since it was opened (another program saved it): {}", path.display())]
    ChangedOnDisk {
        /// The annotation file's path.
        path: PathBuf,
    },
    /// The annotation file could not be saved.
    #[error("cannot save annotations ({source}): {}", path.display())]
    Save {
        /// The annotation file's path.
        path: PathBuf,
        /// Why.
        source: SaveError,
    },
}

/// A document and the annotations on it.
#[derive(Debug)]
pub struct Workspace {
    /// Where the document was read from.
    pub document_path: PathBuf,
    /// The document.
    pub document: Document,
    /// Where the annotations are saved.
    pub annotations_path: PathBuf,
    /// The document reference stored in the annotation file when it was read
    /// (`None` for a new file): tells whether the document changed since.
    pub stored_ref: Option<DocumentRef>,
    /// Tags and annotations.
    pub set: AnnotationSet,
    /// The annotation file's modification time and size when last read or
    /// written here; `None` if it did not exist.
    disk_stamp: Option<(std::time::SystemTime, u64)>,
}

/// Modification time and size of `path`, if it exists.
fn disk_stamp(path: &Path) -> Option<(std::time::SystemTime, u64)> {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.modified().ok()?, metadata.len()))
}

impl Workspace {
    /// Opens `document_path` with the annotation file at `annotations_path`, which
    /// starts empty (with the default WSIS tag set) if it does not exist yet.
    pub fn open(document_path: &Path, annotations_path: &Path) -> Result<Self, WorkspaceError> {
        let document = read_document(document_path)
            .map_err(|source| WorkspaceError::Document { path: document_path.to_owned(), source })?;
        let (stored_ref, set) = match annotations::load(annotations_path) {
            Ok(file) => {
                let (reference, set) = file.into_set();
                (Some(reference), set)
            }
            Err(LoadError::NotFound) => {
                (None, AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::default() })
            }
            Err(source) => return Err(WorkspaceError::Annotations { path: annotations_path.to_owned(), source }),
        };
        Ok(Self {
            document_path: document_path.to_owned(),
            document,
            annotations_path: annotations_path.to_owned(),
            stored_ref,
            set,
            disk_stamp: disk_stamp(annotations_path),
        })
    }

    /// Opens an annotation file and the document it names (`document` overrides the
    /// stored path).
    pub fn open_annotations(annotations_path: &Path, document: Option<&Path>) -> Result<Self, WorkspaceError> {
        let file = annotations::load(annotations_path)
            .map_err(|source| WorkspaceError::Annotations { path: annotations_path.to_owned(), source })?;
        let document_path = document.map_or_else(|| file.document.resolve(annotations_path), Path::to_owned);
        let document = read_document(&document_path).map_err(|source| WorkspaceError::AnnotatedDocument {
            path: document_path.clone(),
            annotations: annotations_path.to_owned(),
            source,
        })?;
        let (reference, set) = file.into_set();
        Ok(Self {
            document_path,
            document,
            annotations_path: annotations_path.to_owned(),
            stored_ref: Some(reference),
            set,
            disk_stamp: disk_stamp(annotations_path),
        })
    }

    /// Whether the annotation file was saved against a different text than the
    /// document now has.
    pub fn document_changed(&self) -> bool {
        self.stored_ref.as_ref().is_some_and(|r| &r.fingerprint != self.document.fingerprint())
    }

    /// Resolves every annotation against the document, in document order of the
    /// stored positions.
    pub fn anchors(&self) -> Vec<(AnnotationId, AnnotationAnchor)> {
        let anchorer = Anchorer::new(&self.document);
        self.set
            .annotations
            .in_document_order(&self.document)
            .into_iter()
            .map(|a| (a.id, anchorer.resolve(a)))
            .collect()
    }

    /// The file content that [`Workspace::save`] writes.
    pub fn to_file(&self) -> AnnotationFile {
        let reference = DocumentRef::new(&self.document, &self.document_path, &self.annotations_path);
        AnnotationFile::new(reference, &self.set, Some(&self.document))
    }

    /// Saves the annotations atomically (see [`annotations::save`]) and records the
    /// current document as the one they belong to. Refuses with
    /// [`WorkspaceError::ChangedOnDisk`] if another program changed the file since
    /// it was read or saved here.
    pub fn save(&mut self) -> Result<(), WorkspaceError> {
        if disk_stamp(&self.annotations_path) != self.disk_stamp {
            return Err(WorkspaceError::ChangedOnDisk { path: self.annotations_path.clone() });
        }
        self.save_overwriting()
    }

    /// Saves even if the file changed on disk (the user chose to overwrite it).
    pub fn save_overwriting(&mut self) -> Result<(), WorkspaceError> {
        let file = self.to_file();
        annotations::save(&self.annotations_path, &file)
            .map_err(|source| WorkspaceError::Save { path: self.annotations_path.clone(), source })?;
        self.stored_ref = Some(file.document);
        self.disk_stamp = disk_stamp(&self.annotations_path);
        Ok(())
    }

    /// Saves to another file from now on (Save As). On failure the workspace keeps
    /// its old path.
    pub fn save_as(&mut self, path: &Path) -> Result<(), WorkspaceError> {
        let old_path = std::mem::replace(&mut self.annotations_path, path.to_owned());
        let old_stamp = self.disk_stamp.take();
        self.disk_stamp = disk_stamp(path);
        let result = self.save_overwriting();
        if result.is_err() {
            self.annotations_path = old_path;
            self.disk_stamp = old_stamp;
        }
        result
    }
}
