//! A document and its annotation file, opened together: what the CLI and the GUI
//! work on. Also the two things the pure model never does itself: reading the
//! clock and drawing random annotation IDs.

pub mod merge;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::anchor::{Anchorer, AnnotationAnchor};
use crate::model::{AnnotationId, AnnotationSet, Annotations, Document, Edit, EditError, TagSet, Timestamp};
use crate::persist::annotations::{
    self, AnnotationFile, DocumentRef, LoadError, LoadReport, Loaded, OutsideFolder, Replace, SaveError,
};
use crate::persist::document::{ReadError, read_document};
use crate::persist::files::ContentId;
use crate::persist::lock::{AnnotationLock, DEFAULT_LOCK_TIMEOUT};

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
    /// The document path stored in the annotation file leads outside the annotation
    /// file's folder tree (absolute, `..`, or a symlink out): not followed without
    /// the user's say-so. The app shows `resolved` and asks (then opens with
    /// [`DocumentAccess::Anywhere`]) or lets the user pick the document
    /// ([`DocumentAccess::Chosen`]).
    #[error("{why} (it names {}), not opened without asking: {}", resolved.display(), annotations.display())]
    DocumentOutsideFolder {
        /// The annotation file.
        annotations: PathBuf,
        /// The path as stored in the file.
        stored: String,
        /// The file it leads to.
        resolved: PathBuf,
        /// Why it is outside.
        why: OutsideFolder,
    },
    /// The annotation file could not be read.
    #[error("{}", crate::persist::annotations::load_error_message(source, path))]
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
    /// A change could not be applied to the annotations as they are on disk now.
    #[error("cannot apply the change ({source}): {}", path.display())]
    Edit {
        /// The annotation file's path.
        path: PathBuf,
        /// Why.
        source: EditError,
    },
}

/// Which document to open with an annotation file
/// ([`Workspace::open_annotations_checked`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentAccess<'a> {
    /// The path stored in the file, followed only inside the annotation file's
    /// folder tree ([`DocumentRef::resolve_inside`]) or the enclosing project
    /// folder ([`crate::persist::project::resolve_in_project`]); otherwise
    /// [`WorkspaceError::DocumentOutsideFolder`]. The default for any file.
    InsideFolder,
    /// The stored path wherever it leads: the user saw it and agreed.
    Anywhere,
    /// This document, whatever the file says: the user picked it (to relink a
    /// missing or moved document; [`Workspace::document_changed`] then tells
    /// whether it has the text the annotations were made on).
    Chosen(&'a Path),
}

/// How the annotation file on disk compares with what this workspace last read
/// or wrote ([`Workspace::disk_status`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskStatus {
    /// It holds the same bytes (or still does not exist).
    Unchanged,
    /// Someone else saved it (or created it) since.
    Changed,
    /// It was deleted (or moved away) since.
    Missing,
}

/// What [`Workspace::save_change`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangeSaved {
    /// Whether the file was written (`false` when the change was empty).
    pub saved: bool,
    /// Whether the file had changed on disk since it was read here, so that the
    /// change was applied on top of the version found there (say so to the user).
    pub rebased: bool,
    /// What loading that newer version cut or renamed.
    pub report: LoadReport,
}

/// How many times [`Workspace::save_change`] re-reads a file that keeps changing
/// under it (a program writing without the lock) before giving up.
const SAVE_ATTEMPTS: usize = 5;

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
    /// The identity of the annotation file's bytes when last read or written here;
    /// `None` if it did not exist.
    content: Option<ContentId>,
    /// What loading the annotation file cut or renamed.
    load_report: LoadReport,
    /// The annotations as last read from or written to the file (`None`: there
    /// was no file): the common ancestor of a merge with the version on disk,
    /// which tells a colleague's hand edit (same version vector, other content)
    /// from an old version. Shared, so a snapshot costs one clone per save.
    ancestor: Option<Arc<AnnotationSet>>,
}

impl Workspace {
    /// Opens `document_path` with the annotation file at `annotations_path`, which
    /// starts empty (with the default WSIS tag set) if it does not exist yet. Both
    /// paths are the user's choice, so the document path stored in the file is not
    /// used.
    pub fn open(document_path: &Path, annotations_path: &Path) -> Result<Self, WorkspaceError> {
        let document = read_document(document_path)
            .map_err(|source| WorkspaceError::Document { path: document_path.to_owned(), source })?;
        let (stored_ref, set, content, load_report) = match annotations::read(annotations_path) {
            Ok(loaded) => {
                let (reference, set) = loaded.file.into_set();
                (Some(reference), set, Some(loaded.content), loaded.report)
            }
            Err(LoadError::NotFound) => (
                None,
                AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::default() },
                None,
                LoadReport::default(),
            ),
            Err(source) => return Err(WorkspaceError::Annotations { path: annotations_path.to_owned(), source }),
        };
        let mut workspace = Self {
            document_path: document_path.to_owned(),
            document,
            annotations_path: annotations_path.to_owned(),
            stored_ref,
            ancestor: content.as_ref().map(|_| Arc::new(set.clone())),
            set,
            content,
            load_report,
        };
        workspace.stamp();
        Ok(workspace)
    }

    /// Opens an annotation file and the document it names, following the stored
    /// path wherever it leads (`document` overrides it). Kept for the app's
    /// current callers; a file from anyone else should be opened with
    /// [`Workspace::open_annotations_checked`] and [`DocumentAccess::InsideFolder`],
    /// which does not read `/etc/passwd` because a file says so.
    pub fn open_annotations(annotations_path: &Path, document: Option<&Path>) -> Result<Self, WorkspaceError> {
        let access = document.map_or(DocumentAccess::Anywhere, DocumentAccess::Chosen);
        Self::open_annotations_checked(annotations_path, access)
    }

    /// Opens an annotation file and its document as `access` says. The document is
    /// only ever read as a regular file (never a FIFO or device).
    ///
    /// # Errors
    /// [`WorkspaceError::DocumentOutsideFolder`] when `access` is
    /// [`DocumentAccess::InsideFolder`] and the stored path leads outside the
    /// annotation file's folder tree (nothing is read from there);
    /// [`WorkspaceError::AnnotatedDocument`] when the document cannot be read (a
    /// missing document can be relinked: open again with
    /// [`DocumentAccess::Chosen`]).
    pub fn open_annotations_checked(
        annotations_path: &Path,
        access: DocumentAccess<'_>,
    ) -> Result<Self, WorkspaceError> {
        let loaded = annotations::read(annotations_path)
            .map_err(|source| WorkspaceError::Annotations { path: annotations_path.to_owned(), source })?;
        let reference = &loaded.file.document;
        let document_path = match access {
            DocumentAccess::Chosen(path) => path.to_owned(),
            DocumentAccess::Anywhere => reference.resolve(annotations_path),
            DocumentAccess::InsideFolder => crate::persist::project::resolve_in_project(reference, annotations_path)
                .map_err(|why| WorkspaceError::DocumentOutsideFolder {
                    annotations: annotations_path.to_owned(),
                    stored: reference.path.clone(),
                    resolved: why.resolved.clone(),
                    why,
                })?,
        };
        let document = read_document(&document_path).map_err(|source| WorkspaceError::AnnotatedDocument {
            path: document_path.clone(),
            annotations: annotations_path.to_owned(),
            source,
        })?;
        let (reference, set) = loaded.file.into_set();
        let mut workspace = Self {
            document_path,
            document,
            annotations_path: annotations_path.to_owned(),
            stored_ref: Some(reference),
            ancestor: Some(Arc::new(set.clone())),
            set,
            content: Some(loaded.content),
            load_report: loaded.report,
        };
        workspace.stamp();
        Ok(workspace)
    }

    /// Whether the annotation file was saved against a different text than the
    /// document now has. After relinking ([`DocumentAccess::Chosen`] or
    /// [`Workspace::relink_document`]), `false` says the chosen file has the very
    /// text the annotations were made on.
    pub fn document_changed(&self) -> bool {
        self.stored_ref.as_ref().is_some_and(|r| &r.fingerprint != self.document.fingerprint())
    }

    /// Makes the document at `path` this workspace's document (the user picked it
    /// because the stored one is missing or moved); the next save stores its path.
    /// Returns whether it has the text the annotations were made on (same
    /// fingerprint); when not, anchoring finds what it can and the rest is listed.
    pub fn relink_document(&mut self, path: &Path) -> Result<bool, WorkspaceError> {
        let document =
            read_document(path).map_err(|source| WorkspaceError::Document { path: path.to_owned(), source })?;
        self.document = document;
        path.clone_into(&mut self.document_path);
        Ok(!self.document_changed())
    }

    /// What loading the annotation file cut or renamed (empty for a clean file).
    pub fn load_report(&self) -> &LoadReport {
        &self.load_report
    }

    /// The identity of the annotation file's bytes when last read or written here
    /// (`None`: there was no file).
    pub fn content(&self) -> Option<&ContentId> {
        self.content.as_ref()
    }

    /// The file the annotation path finally names (symlinks followed): what a file
    /// watcher should watch. Watch its folder, not the file: a save (by Glosa or a
    /// sync client) renames a new file over it, which a watch on the old file
    /// misses. Then ask [`Workspace::disk_status`].
    pub fn disk_path(&self) -> PathBuf {
        crate::persist::files::resolve_symlinks(&self.annotations_path)
    }

    /// Whether the annotation file on disk still holds what this workspace last
    /// read or wrote, compared by content (length, then BLAKE3 of the bytes), so an
    /// edit that keeps the size and modification time is seen. Reads the file; call
    /// it when a file watcher reports an event, and before saving (as
    /// [`Workspace::save`] does).
    pub fn disk_status(&self) -> Result<DiskStatus, WorkspaceError> {
        let now = annotations::current_content(&self.annotations_path)
            .map_err(|source| WorkspaceError::Annotations { path: self.annotations_path.clone(), source })?;
        Ok(match (now, &self.content) {
            (None, None) => DiskStatus::Unchanged,
            (None, Some(_)) => DiskStatus::Missing,
            (Some(now), Some(then)) if now.same_content(then) => DiskStatus::Unchanged,
            (Some(_), _) => DiskStatus::Changed,
        })
    }

    /// The identity of the annotation file's bytes on disk now (`None`: there is no
    /// file). Reads the whole file (BLAKE3 of its bytes); what the app remembers
    /// when the user chose to keep working on their version of a file someone else
    /// changed, so the same change is not asked about twice.
    pub fn disk_content(&self) -> Result<Option<ContentId>, WorkspaceError> {
        annotations::current_content(&self.annotations_path)
            .map_err(|source| WorkspaceError::Annotations { path: self.annotations_path.clone(), source })
    }

    /// Replaces the annotations with what the file holds now (Reload: "their
    /// version"), keeping the document. Unsaved changes here are dropped: the
    /// caller asks first, or uses it only when nothing was modified.
    pub fn reload(&mut self) -> Result<(), WorkspaceError> {
        let loaded = annotations::read(&self.annotations_path)
            .map_err(|source| WorkspaceError::Annotations { path: self.annotations_path.clone(), source })?;
        self.adopt(loaded);
        Ok(())
    }

    fn adopt(&mut self, loaded: Loaded) {
        let (reference, set) = loaded.file.into_set();
        self.stored_ref = Some(reference);
        self.ancestor = Some(Arc::new(set.clone()));
        self.set = set;
        self.content = Some(loaded.content);
        self.load_report = loaded.report;
        self.stamp();
    }

    /// Records edits made from now on as this installation's
    /// ([`crate::persist::settings::installation_id`]), deletions dated now. The
    /// session calls it before every edit; opening and reloading call it.
    pub fn stamp(&mut self) {
        let installation = self.set.annotations.local().installation;
        let installation = if installation == crate::model::InstallationId::NIL {
            crate::persist::settings::installation_id()
        } else {
            installation
        };
        self.set.set_local(crate::model::Local { installation, now: Some(now()) });
    }

    /// The files an export must never overwrite: the annotation file (and the file
    /// a symlink names), its `.bak`, its lock file and the document.
    pub fn protected_paths(&self) -> Vec<PathBuf> {
        annotations::protected_paths(&self.annotations_path, Some(&self.document_path))
    }

    /// An anchorer for the annotations on the document, told whether the document
    /// has the text the annotation file was saved on ([`Anchorer::on_saved_text`]:
    /// then a paragraph ID missing from the document is a changed ID, *moved*).
    pub fn anchorer(&self) -> Anchorer<'_> {
        Anchorer::new(&self.document).on_saved_text(self.stored_ref.is_some() && !self.document_changed())
    }

    /// Resolves every annotation against the document, in document order of the
    /// stored positions.
    pub fn anchors(&self) -> Vec<(AnnotationId, AnnotationAnchor)> {
        let anchorer = self.anchorer();
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

    fn lock(&self) -> Result<AnnotationLock, WorkspaceError> {
        AnnotationLock::acquire(&self.annotations_path, DEFAULT_LOCK_TIMEOUT).map_err(|e| self.save_error(e.into()))
    }

    fn save_error(&self, source: SaveError) -> WorkspaceError {
        WorkspaceError::Save { path: self.annotations_path.clone(), source }
    }

    /// Saves the annotations atomically under the file's lock (see
    /// [`annotations::write_locked`]) and records the current document as the one
    /// they belong to. Refuses with [`WorkspaceError::ChangedOnDisk`], writing
    /// nothing, if the file no longer holds what was read or saved here (compared
    /// by content, up to the instant before the rename).
    pub fn save(&mut self) -> Result<(), WorkspaceError> {
        let lock = self.lock()?;
        if self.disk_status()? != DiskStatus::Unchanged {
            return Err(WorkspaceError::ChangedOnDisk { path: self.annotations_path.clone() });
        }
        self.write(&lock, Replace::IfUnchanged(self.content))
    }

    /// Saves under the file's lock, merging in whatever was saved on disk
    /// meanwhile (a colleague, another Glosa, a sync client): if the file no longer
    /// holds what was read or saved here, its current version is read and merged
    /// by ID ([`merge::merge_incoming`], re-anchored against this document when it
    /// was made on another version), and the merge is written. Both people's work
    /// is kept; concurrent edits of one annotation become a conflict kept in the
    /// file. Returns what merging changed here (empty when the file was
    /// unchanged): the caller refreshes what it derived from the annotations.
    ///
    /// # Errors
    /// The lock cannot be taken, the file on disk cannot be read (then nothing is
    /// written: an unreadable file is never replaced by a merge), or writing fails.
    pub fn save_merging(&mut self) -> Result<crate::model::merge::MergeReport, WorkspaceError> {
        let lock = self.lock()?;
        let mut report = crate::model::merge::MergeReport::default();
        for _ in 0..SAVE_ATTEMPTS {
            match self.disk_status()? {
                DiskStatus::Unchanged => {}
                DiskStatus::Missing => self.content = None,
                DiskStatus::Changed => {
                    let loaded = annotations::read(lock.target()).map_err(|source| WorkspaceError::Annotations {
                        path: self.annotations_path.clone(),
                        source,
                    })?;
                    let made_on = loaded.file.document.fingerprint.clone();
                    let (_, mut theirs) = loaded.file.into_set();
                    self.adopt_hand_edits(&mut theirs);
                    let (merged, found) = merge::merge_incoming(&self.set, theirs, &made_on, Some(&self.document));
                    self.set = merged;
                    self.content = Some(loaded.content);
                    report = found;
                }
            }
            match self.write(&lock, Replace::IfUnchanged(self.content)) {
                Ok(()) => return Ok(report),
                Err(WorkspaceError::ChangedOnDisk { .. }) => {}
                Err(error) => return Err(error),
            }
        }
        Err(self.save_error(SaveError::Changed))
    }

    /// Makes the hand edits in `disk` (the annotation file's version on disk, read
    /// after someone else changed it) versions of their own before it is merged
    /// here: an annotation whose content differs from the version last read or
    /// written here under the same version vector, or that vanished from the file,
    /// gets a version of the hand-edit pseudo-installation
    /// ([`crate::model::merge::adopt_hand_edits`], against the ancestor kept at
    /// open, reload and save). So a colleague's edit of a note in a text editor
    /// and a deletion or edit here become a conflict (both kept) instead of the
    /// local version silently winning. Deterministic (hand deletions are dated by
    /// the deleted version), so merging the same disk version twice changes
    /// nothing more. Nothing happens when there was no file.
    pub fn adopt_hand_edits(&self, disk: &mut AnnotationSet) -> crate::model::merge::HandEdits {
        match &self.ancestor {
            Some(ancestor) => crate::model::merge::adopt_hand_edits(ancestor, disk, None),
            None => crate::model::merge::HandEdits::default(),
        }
    }

    /// [`Workspace::adopt_hand_edits`] for an annotation file read from this
    /// workspace's path (what [`crate::session::Session::merge_disk`] and a
    /// preview of the disk version merge). The file is returned unchanged when it
    /// holds no hand edit.
    pub fn with_hand_edits(&self, disk: AnnotationFile) -> AnnotationFile {
        let mut set = disk.to_set();
        if self.adopt_hand_edits(&mut set) == crate::model::merge::HandEdits::default() {
            return disk;
        }
        let mut file = AnnotationFile::new(disk.document, &set, None);
        file.version = disk.version;
        file
    }

    /// Saves even if the file changed on disk (the user chose to overwrite it).
    pub fn save_overwriting(&mut self) -> Result<(), WorkspaceError> {
        let lock = self.lock()?;
        self.write(&lock, Replace::Anything)
    }

    fn write(&mut self, lock: &AnnotationLock, replace: Replace) -> Result<(), WorkspaceError> {
        let file = self.to_file();
        match annotations::write_locked(lock, &file, replace) {
            Ok(content) => {
                self.stored_ref = Some(file.document);
                self.content = Some(content);
                self.ancestor = Some(Arc::new(self.set.clone()));
                Ok(())
            }
            Err(SaveError::Changed) => Err(WorkspaceError::ChangedOnDisk { path: self.annotations_path.clone() }),
            Err(source) => Err(self.save_error(source)),
        }
    }

    /// Saves to another file from now on (Save As). On failure the workspace keeps
    /// its old path.
    pub fn save_as(&mut self, path: &Path) -> Result<(), WorkspaceError> {
        let old_path = std::mem::replace(&mut self.annotations_path, path.to_owned());
        let old_content = self.content.take();
        let result = self.save_overwriting();
        if result.is_err() {
            self.annotations_path = old_path;
            self.content = old_content;
        }
        result
    }

    /// Applies one change and saves it, without ever writing back a stale file:
    /// under the file's lock, if the file changed on disk since it was read here
    /// (another process or a colleague saved it), its current version is read and
    /// the change is made on top of it instead. `change` is called with the
    /// annotations as they are now (possibly several times, if the file keeps
    /// changing) and returns the edit to apply, or `None` for nothing to do.
    ///
    /// What the command line uses for `annotate` (one new annotation), `autocode`
    /// (its batch, recomputed against the current annotations) and
    /// `check --write` (positions, applied only to annotations nobody changed).
    ///
    /// # Errors
    /// The lock cannot be taken, the current file cannot be read or written, or the
    /// edit does not apply to it. The file is unchanged on error.
    pub fn save_change(
        &mut self,
        mut change: impl FnMut(&AnnotationSet) -> Option<Edit>,
    ) -> Result<ChangeSaved, WorkspaceError> {
        let lock = self.lock()?;
        let mut outcome = ChangeSaved::default();
        for _ in 0..SAVE_ATTEMPTS {
            let now = annotations::current_content(lock.target())
                .map_err(|source| WorkspaceError::Annotations { path: self.annotations_path.clone(), source })?;
            let unchanged = match (&now, &self.content) {
                (None, None) => true,
                (Some(now), Some(then)) => now.same_content(then),
                _ => false,
            };
            if !unchanged {
                outcome.rebased = true;
                if now.is_some() {
                    let loaded = annotations::read(lock.target()).map_err(|source| WorkspaceError::Annotations {
                        path: self.annotations_path.clone(),
                        source,
                    })?;
                    outcome.report = loaded.report.clone();
                    self.adopt(loaded);
                } else {
                    // Deleted since it was read: what was read here is all there is.
                    self.content = None;
                }
            }
            let Some(edit) = change(&self.set) else {
                return Ok(outcome);
            };
            self.stamp();
            let inverse = self
                .set
                .apply(edit)
                .map_err(|source| WorkspaceError::Edit { path: self.annotations_path.clone(), source })?;
            match self.write(&lock, Replace::IfUnchanged(self.content)) {
                Ok(()) => {
                    outcome.saved = true;
                    return Ok(outcome);
                }
                Err(error) => {
                    // Undo here, so that the next attempt (or the caller) sees the
                    // annotations as they were.
                    let _ = self.set.apply(inverse);
                    if !matches!(error, WorkspaceError::ChangedOnDisk { .. }) {
                        return Err(error);
                    }
                }
            }
        }
        Err(self.save_error(SaveError::Changed))
    }
}
