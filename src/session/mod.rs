//! Editing sessions: a document and its annotations being worked on, with undo,
//! the indexes a view needs, and whether there is unsaved work. No egui: the app
//! and the command line drive the same sessions.
//!
//! A [`Session`] owns one [`Workspace`] (the document, the annotation set and their
//! paths), its undo [`History`], and what is derived from them: each annotation's
//! anchor (where it is in the document now) and status, the highlight index by
//! paragraph, the annotations in document order, and counts per tag and of those
//! that need review. The annotation set changes only through [`Session::apply`],
//! [`Session::undo`] and [`Session::redo`], which keep the derived indexes exact:
//! small edits update them in place, large ones rebuild them.
//!
//! "Unsaved" is not a flag. Every state of the annotation set has a revision
//! ([`History::revision`]); [`Session::is_modified`] compares the current revision
//! with the one last saved or opened, so undoing back to the saved state is
//! unmodified again (helix compares revisions the same way).
//!
//! A [`Project`] holds sessions by [`SessionId`]; [`coding`] has the operations
//! that make highlights and tag many spans at once; [`query`] answers list filters
//! and find; [`paths`] names annotation files.

pub mod agreement;
pub mod coding;
pub mod find;
pub mod highlights;
pub mod import;
pub mod paths;
pub mod project;
pub mod query;
pub mod recovery;
pub mod refi;
pub mod sync_copies;
mod team;
pub mod watch;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

pub use coding::{Tagging, TextSpan, new_highlight, tag_spans};
pub use find::{FindOptions, find_text_with};
pub use highlights::{HighlightIndex, Span};
pub use project::{Project, SessionId};
pub use query::{ListFilter, find_text};

use crate::export::{self, ExportSource, Format};
use crate::model::anchor::{AnchorStatus, AnnotationAnchor, Location};
use crate::model::codebook::Codebook;
use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, Edit, EditError, History, TagId, Timestamp};
use crate::persist::files::ContentId;
use crate::workspace::{DiskStatus, DocumentAccess, Workspace, WorkspaceError};
use project::export::ExportWarning;

/// Edits of at most this many annotations update the indexes in place (O(k log n));
/// larger ones rebuild them. With 100,000 annotations a rebuild costs a quarter of
/// a second.
const INCREMENTAL_LIMIT: usize = 256;

/// Why a session could not do what was asked. Each error about a file names it last.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// Opening or saving failed (see [`WorkspaceError`]).
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
    /// An edit could not be applied; nothing changed.
    #[error("cannot change the annotations ({0})")]
    Edit(#[from] EditError),
    /// Save As named the document itself.
    #[error("cannot save the annotations over the document itself: {}", path.display())]
    OverDocument {
        /// The path given.
        path: PathBuf,
    },
    /// The annotation file is read-only (a bundled example) and there is no copy
    /// to save to: Save As instead.
    #[error("the bundled example is read-only; save your work with Save As: {}", path.display())]
    ReadOnly {
        /// The read-only annotation file.
        path: PathBuf,
    },
    /// The folder for a copy could not be made.
    #[error("cannot make the folder ({source}): {}", path.display())]
    CreateFolder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An export named the document or the annotation file.
    #[error("not exporting over the open document or its annotation file; choose another name: {}", path.display())]
    ExportOverInput {
        /// The path given.
        path: PathBuf,
    },
    /// The annotation file's folder could not be made.
    #[error("cannot make the folder for the annotations ({source}): {}", path.display())]
    Folder {
        /// The annotation file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file to import could not be read or holds no annotations, or what it
    /// holds could not be written (the reason typed, so the app can word it in
    /// the interface language).
    #[error("cannot import ({reason}): {}", path.display())]
    ImportFailed {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: ImportReason,
    },
    /// The recovery journal could not be written or removed.
    #[error("cannot write the recovery journal ({reason}): {}", path.display())]
    Journal {
        /// The journal.
        path: PathBuf,
        /// Why.
        reason: JournalReason,
    },
    /// Writing an export failed.
    #[error("cannot export ({source}): {}", path.display())]
    Export {
        /// Where the export was to go.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The annotation file chosen for `document` belongs to another document,
    /// which exists (its header names it): using it here would move its
    /// annotations to `document` on the next save. Never done silently: the app
    /// asks, and [`Session::open_retargeting`] is the user's say-so.
    #[error(
        "the annotation file belongs to another document, {}, not {}: {}",
        named.display(),
        document.display(),
        path.display()
    )]
    OtherDocument {
        /// The annotation file.
        path: PathBuf,
        /// The document its header names (it exists).
        named: PathBuf,
        /// The document it was to be used with.
        document: PathBuf,
    },
    /// Saving would rewrite the header of an annotation file that belongs to
    /// another document, which exists, without the user having chosen to use
    /// it for this one ([`Session::open_retargeting`]); nothing was written.
    #[error(
        "not saved: the annotation file belongs to another document, {} (save with Save As, or open it \
         again and choose to use it for this document): {}",
        named.display(),
        path.display()
    )]
    SaveOverOtherDocument {
        /// The annotation file.
        path: PathBuf,
        /// The document its header names (it exists).
        named: PathBuf,
    },
}

/// Why a file to import (Web Annotation JSON, REFI-QDA) could not be read.
/// `Display` is the English reason the CLI prints.
#[derive(Debug, thiserror::Error)]
pub enum ImportReason {
    /// The path is a folder.
    #[error("it is a folder")]
    Folder,
    /// The file is larger than the limit, in MiB.
    #[error("over the {limit_mib} MiB limit")]
    TooLarge {
        /// The limit, in MiB.
        limit_mib: u64,
    },
    /// The operating system refused.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Not a readable REFI-QDA file.
    #[error("{0}")]
    Refi(#[from] crate::import::refi::RefiImportError),
    /// Not Web Annotation JSON.
    #[error("{0}")]
    WebAnnotation(#[from] crate::import::web_annotation::ImportError),
    /// A REFI-QDA codebook was imported as a project: it holds no documents.
    #[error("a codebook holds no documents: open a document and import it into its tags")]
    CodebookNotProject,
    /// A file of the import (a source's text) could not be written.
    #[error("{0}")]
    Write(std::io::Error),
    /// Every name for a source's text file in the folder is taken (`NAME`,
    /// `NAME-2` … `NAME-9999`, each with other content).
    #[error("no free file name for {name}")]
    NoFreeName {
        /// The source's file name.
        name: String,
    },
    /// The Glosa project to import into could not be opened, made or saved.
    #[error("{0}")]
    Project(Box<crate::session::project::ProjectError>),
}

/// Why the recovery journal could not be written or removed. `Display` is the
/// English reason the CLI and logs print.
#[derive(Debug, thiserror::Error)]
pub enum JournalReason {
    /// Writing it failed.
    #[error("{0}")]
    Write(#[from] crate::persist::annotations::SaveError),
    /// Removing it failed.
    #[error("{0}")]
    Remove(std::io::Error),
    /// The thread that writes journals could not be started.
    #[error("cannot start the journal writer ({0})")]
    Thread(std::io::Error),
    /// The journal writer is gone (it stopped after a failure).
    #[error("no journal writer")]
    NoWriter,
}

/// A document with its annotations, being edited.
pub struct Session {
    workspace: Workspace,
    history: History,
    /// The revision last saved (or opened).
    saved_revision: u64,
    /// The annotation file's path was chosen by the user or came with the file, so
    /// Save writes there without asking.
    has_file: bool,
    /// The annotation file must not be written (a bundled example).
    read_only: bool,
    /// Where Save writes a read-only session's work instead.
    copy_to: Option<PathBuf>,
    /// Where each annotation is in the document now.
    anchors: HashMap<AnnotationId, AnnotationAnchor>,
    /// Highlights by paragraph.
    highlights: HighlightIndex,
    /// Annotations in document order.
    order: Vec<AnnotationId>,
    /// Annotations per tag (tags with none are absent).
    tag_counts: HashMap<TagId, usize>,
    /// Annotations that are moved or orphaned.
    review_count: usize,
    /// The version of the annotation file on disk that the user chose to keep
    /// working over (see [`Session::keep_working_over_disk_change`]).
    kept_over: Option<ContentId>,
    /// Sync-client conflict copies merged in and not yet settled: once a save
    /// holds everything they hold, they are moved to `.glosa-merged/` (see
    /// [`sync_copies`]).
    merged_copies: Vec<PathBuf>,
    /// Copies moved by the last save, for the app to say so.
    moved_copies: Vec<PathBuf>,
    /// The recovery journal's bookkeeping (see [`recovery`]).
    journal: recovery::Journal,
    /// The version of the annotation file on disk that the user merged into this
    /// session ([`Session::merge_disk`]): not asked about again, and merged again
    /// by the next save.
    merged_disk: Option<ContentId>,
    /// The user agreed that saving drops the fields this Glosa does not know
    /// (see [`Session::unknown_fields_to_drop`]).
    unknown_fields_accepted: bool,
    /// Whether saving may store this document in the header of an annotation
    /// file made for another existing document.
    take_over: TakeOver,
}

/// Whether saving may move an annotation file made for another document, which
/// exists, to the session's document (see [`Session::other_document`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum TakeOver {
    /// No: saving refuses ([`SessionError::SaveOverOtherDocument`]).
    #[default]
    Refused,
    /// The user chose to use the file for this document
    /// ([`Session::open_retargeting`], or picked this document for it).
    Chosen,
}

/// What [`Session::check_disk`] found on disk, and did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskCheck {
    /// The file holds what was last read or saved here (Glosa's own save, or an
    /// event about another file).
    Unchanged,
    /// Someone else changed it and nothing here was unsaved: their version is
    /// loaded now (say so in the status bar).
    Reloaded,
    /// Someone else changed it and there are unsaved changes here: ask at once
    /// (Reload their version / Keep mine as a copy / Cancel). Nothing was touched.
    Conflict,
    /// Changed, but to the version the user already chose to keep working over.
    Kept,
    /// It was deleted or moved away since it was read or saved here.
    Missing,
}

/// What [`Session::follow_disk`] did about the annotation file's version on
/// disk.
#[derive(Clone, Debug, PartialEq)]
pub enum DiskFollow {
    /// Nothing new on disk (or a version already kept over or merged, or one
    /// whose every version this session holds already: merged, changing nothing,
    /// with no undo step).
    Unchanged,
    /// Nothing was unsaved here: their version was taken, as one undo step;
    /// this many annotations changed.
    Reloaded {
        /// Annotations added, changed or removed.
        changes: usize,
    },
    /// There were unsaved changes here and the merge was clean: their version
    /// was merged in as one undo step.
    Merged(crate::model::merge::MergeReport),
    /// There are unsaved changes here and merging would leave conflicts or
    /// orphans: nothing was touched; ask (Reload / Merge / Keep mine / Cancel).
    Ask(crate::model::merge::MergeReport),
    /// It was deleted or moved away since it was read or saved here.
    Missing,
}

/// Where an annotation sorts in document order: placed ones by (paragraph, start),
/// then orphans; ties by ID.
type OrderKey = (bool, Option<(usize, usize)>, AnnotationId);

/// Index entries of one annotation before an edit (see [`Session::snapshot`]).
struct Before {
    tags: Option<BTreeSet<TagId>>,
    status: Option<AnchorStatus>,
    key: Option<OrderKey>,
}

impl Session {
    /// A session on `workspace`, unmodified. `has_file`: its annotation file was
    /// chosen by the user or came with the document (see [`Session::has_file`]).
    /// Resolves every annotation's anchor (O(n) in annotations).
    pub fn new(workspace: Workspace, has_file: bool) -> Self {
        let anchorer = workspace.anchorer();
        let anchors: HashMap<AnnotationId, AnnotationAnchor> =
            workspace.set.annotations.iter().map(|a| (a.id, anchorer.resolve(a))).collect();
        let mut session = Self {
            workspace,
            history: History::default(),
            saved_revision: 0,
            has_file,
            read_only: false,
            copy_to: None,
            anchors,
            highlights: HighlightIndex::default(),
            order: Vec::new(),
            tag_counts: HashMap::new(),
            review_count: 0,
            kept_over: None,
            merged_copies: Vec::new(),
            moved_copies: Vec::new(),
            journal: recovery::Journal::default(),
            merged_disk: None,
            unknown_fields_accepted: false,
            take_over: TakeOver::Refused,
        };
        session.saved_revision = session.history.revision();
        session.reindex();
        session
    }

    /// Opens `document` with the annotation file `annotations` (created on first
    /// save if it does not exist), or else the one [`paths::find_annotations_for`]
    /// finds next to it or in `saves`, or else a new file next to it named by
    /// [`paths::new_annotations_path`] (`NAME.glosa.ron`, or `NAME.EXT.glosa.ron`
    /// when another document's file has the first name; then Save asks where:
    /// [`Session::has_file`] is false).
    ///
    /// # Errors
    /// [`SessionError::OtherDocument`] when the annotation file belongs to another
    /// document that exists (ask the user; [`Session::open_retargeting`] uses it
    /// anyway); the errors of [`Workspace::open`].
    pub fn open_document(
        document: &Path,
        annotations: Option<PathBuf>,
        saves: Option<&Path>,
    ) -> Result<Self, SessionError> {
        let explicit = annotations.is_some();
        let (sibling, sibling_exists) = paths::annotations_beside(document);
        let found = if annotations.is_some() {
            annotations
        } else if sibling_exists {
            Some(sibling.clone())
        } else {
            // Only a file made for this very text: the fingerprint needs the document.
            let doc = crate::persist::document::read_document(document)
                .map_err(|source| WorkspaceError::Document { path: document.to_owned(), source })?;
            saves.and_then(|saves| paths::find_annotations_in(saves, document, doc.fingerprint()))
        };
        let has_file = explicit || found.is_some();
        let annotations_path = found.unwrap_or(sibling);
        let workspace = Workspace::open(document, &annotations_path)?;
        if let Some(named) = other_document(&workspace) {
            return Err(SessionError::OtherDocument { path: annotations_path, named, document: document.to_owned() });
        }
        Ok(Self::new(workspace, has_file))
    }

    /// Opens `document` with the annotation file `annotations` although the file
    /// belongs to another document that exists (the user chose "Use it for this
    /// document" after [`SessionError::OtherDocument`]): its annotations are
    /// anchored on `document` (those not found are orphans, kept), and the next
    /// save stores `document` in the file's header. Until then the file on disk
    /// is untouched.
    ///
    /// # Errors
    /// As [`Workspace::open`].
    pub fn open_retargeting(document: &Path, annotations: &Path) -> Result<Self, SessionError> {
        let mut session = Self::new(Workspace::open(document, annotations)?, true);
        session.take_over = TakeOver::Chosen;
        Ok(session)
    }

    /// The other document, which exists, that the annotation file's header names
    /// while this session is on another one and the user has not chosen to use
    /// the file for it ([`Session::open_retargeting`]): then saving refuses with
    /// [`SessionError::SaveOverOtherDocument`]. `None` for a file of this
    /// document, a new file, or one whose document is gone (renamed or revised:
    /// taken over, re-anchored). Looks the named document up (`is_file`), reads
    /// nothing.
    pub fn other_document(&self) -> Option<PathBuf> {
        match self.take_over {
            TakeOver::Chosen => None,
            TakeOver::Refused => other_document(&self.workspace),
        }
    }

    /// [`SessionError::SaveOverOtherDocument`] when [`Session::other_document`]
    /// names one.
    fn refuse_other_document(&self) -> Result<(), SessionError> {
        match self.other_document() {
            Some(named) => {
                Err(SessionError::SaveOverOtherDocument { path: self.workspace.annotations_path.clone(), named })
            }
            None => Ok(()),
        }
    }

    /// Opens an annotation file and the document it names.
    pub fn open_annotations(annotations: &Path) -> Result<Self, SessionError> {
        Ok(Self::new(Workspace::open_annotations(annotations, None)?, true))
    }

    /// Opens an annotation file with the document `access` says (see
    /// [`DocumentAccess`]): the app opens every file with
    /// [`DocumentAccess::InsideFolder`] first, and asks the user (showing the path)
    /// before [`DocumentAccess::Anywhere`]; [`DocumentAccess::Chosen`] relinks a
    /// missing or moved document ([`Session::document_changed`] then says whether it
    /// has the text the annotations were made on; if not, they are re-anchored and
    /// those not found exactly need review).
    ///
    /// # Errors
    /// [`WorkspaceError::DocumentOutsideFolder`] (nothing read from there) and
    /// [`WorkspaceError::AnnotatedDocument`] (the document cannot be read, e.g. it
    /// is missing) among others; see [`Workspace::open_annotations_checked`].
    /// A document picked by the user ([`DocumentAccess::Chosen`]) is the user's
    /// say-so for the file to belong to it from the next save, even when the
    /// document the file names exists.
    pub fn open_annotations_with(annotations: &Path, access: DocumentAccess<'_>) -> Result<Self, SessionError> {
        let mut session = Self::new(Workspace::open_annotations_checked(annotations, access)?, true);
        if matches!(access, DocumentAccess::Chosen(_)) {
            session.take_over = TakeOver::Chosen;
        }
        Ok(session)
    }

    /// Whether the annotations were saved against a different text than the
    /// document now has (see [`Workspace::document_changed`]).
    pub fn document_changed(&self) -> bool {
        self.workspace.document_changed()
    }

    /// Looks at the annotation file on disk (after a file watcher's event, when the
    /// window gets the focus back) and acts as editors do: a file someone else
    /// changed is reloaded at once when there are no unsaved changes here
    /// ([`DiskCheck::Reloaded`]); with unsaved changes nothing is touched and the
    /// user must be asked ([`DiskCheck::Conflict`]). Glosa's own saves are not
    /// changes: the bytes are compared by content (BLAKE3), not by modification
    /// time, so an edit that keeps the size and the time is seen too.
    ///
    /// # Errors
    /// The file cannot be read (then nothing changed here).
    pub fn check_disk(&mut self) -> Result<DiskCheck, SessionError> {
        match self.workspace.disk_status()? {
            DiskStatus::Unchanged => Ok(DiskCheck::Unchanged),
            DiskStatus::Missing => Ok(DiskCheck::Missing),
            DiskStatus::Changed if !self.is_modified() => {
                self.reload()?;
                Ok(DiskCheck::Reloaded)
            }
            DiskStatus::Changed => {
                let now = self.workspace.disk_content()?;
                let known = now.is_some_and(|now| {
                    [&self.kept_over, &self.merged_disk]
                        .iter()
                        .any(|k| k.as_ref().is_some_and(|k| k.same_content(&now)))
                });
                Ok(if known { DiskCheck::Kept } else { DiskCheck::Conflict })
            }
        }
    }

    /// The user saw the change on disk and chose to keep working on their version
    /// for now (Cancel): [`Session::check_disk`] no longer reports this very
    /// version as a conflict (a newer one it does). Saving still asks.
    pub fn keep_working_over_disk_change(&mut self) -> Result<(), SessionError> {
        self.kept_over = self.workspace.disk_content()?;
        Ok(())
    }

    /// Replaces the annotations with the file's current version (Reload: "their
    /// version"). Unsaved changes here are dropped and the undo history starts
    /// again (its steps were made on the annotations now replaced); the session is
    /// then unmodified.
    ///
    /// # Errors
    /// The file cannot be read; then the session is as it was.
    pub fn reload(&mut self) -> Result<(), SessionError> {
        self.workspace.reload()?;
        self.journal_replaced();
        self.unknown_fields_accepted = false;
        // The user chose their version: the unsaved work here is dropped.
        let _ = self.remove_own_journal();
        self.history.restart();
        self.saved_revision = self.history.revision();
        self.kept_over = None;
        let anchorer = self.workspace.anchorer();
        self.anchors = self.workspace.set.annotations.iter().map(|a| (a.id, anchorer.resolve(a))).collect();
        self.reindex();
        Ok(())
    }

    /// Opens `document` without annotations (the default tag set), with a new
    /// annotation file at `annotations` that does not exist yet: Save asks where
    /// ([`Session::has_file`] is false). For a document whose annotation file cannot
    /// be read, which is left as it is.
    pub fn open_without_annotations(document: &Path, annotations: &Path) -> Result<Self, SessionError> {
        Ok(Self::new(Workspace::open(document, annotations)?, false))
    }

    /// Restores the annotation file `annotations` from its backup
    /// ([`crate::persist::annotations::backup_path`]): the backup's annotations are
    /// saved to `annotations` (whose unreadable content becomes the backup, so
    /// nothing is lost) and opened with `document`, or, when `document` is `None`,
    /// with the document the backup names if that path stays inside the annotation
    /// file's folder tree ([`DocumentAccess::InsideFolder`]: a backup is a file
    /// from anyone, like the file itself). See [`Session::restore_backup_with`].
    ///
    /// # Errors
    /// [`WorkspaceError::DocumentOutsideFolder`] when `document` is `None` and the
    /// backup names a document outside the folder tree (nothing is read from
    /// there, nothing is written); the errors of opening and saving otherwise.
    pub fn restore_backup(document: Option<&Path>, annotations: &Path) -> Result<Self, SessionError> {
        let access = document.map_or(DocumentAccess::InsideFolder, DocumentAccess::Chosen);
        Self::restore_backup_with(annotations, access)
    }

    /// Restores the annotation file `annotations` from its backup as
    /// [`Session::restore_backup`] does, opening the document `access` says (see
    /// [`DocumentAccess`]: [`DocumentAccess::Anywhere`] only after the user saw the
    /// stored path and agreed).
    ///
    /// # Errors
    /// As [`Workspace::open_annotations_checked`] on the backup (then nothing is
    /// written), or saving `annotations` failed.
    pub fn restore_backup_with(annotations: &Path, access: DocumentAccess<'_>) -> Result<Self, SessionError> {
        let backup = crate::persist::annotations::backup_path(annotations);
        let mut workspace = match access {
            DocumentAccess::Chosen(document) => Workspace::open(document, &backup)?,
            access => Workspace::open_annotations_checked(&backup, access)?,
        };
        workspace.save_as(annotations)?;
        Ok(Self::new(workspace, true))
    }

    /// The document, annotations and paths.
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// Gives the workspace back (to save it elsewhere, or after a batch of edits
    /// from the command line).
    pub fn into_workspace(self) -> Workspace {
        self.workspace
    }

    /// The document.
    pub fn document(&self) -> &Document {
        &self.workspace.document
    }

    /// The tag set and the annotations.
    pub fn set(&self) -> &AnnotationSet {
        &self.workspace.set
    }

    /// The annotation with this ID.
    pub fn annotation(&self, id: AnnotationId) -> Option<&Annotation> {
        self.workspace.set.annotations.get(&id)
    }

    /// Where each annotation is in the document now.
    pub fn anchors(&self) -> &HashMap<AnnotationId, AnnotationAnchor> {
        &self.anchors
    }

    /// An annotation's status (anchored, moved, orphaned); `None` for an unknown ID.
    pub fn status(&self, id: AnnotationId) -> Option<AnchorStatus> {
        self.anchors.get(&id).map(|a| a.status)
    }

    /// Where an annotation's first placed segment is now; `None` for an orphan.
    pub fn location(&self, id: AnnotationId) -> Option<Location> {
        self.anchors.get(&id).and_then(|a| a.segments.iter().find_map(|s| s.location))
    }

    /// Highlights by paragraph.
    pub fn highlights(&self) -> &HighlightIndex {
        &self.highlights
    }

    /// Every annotation in document order: placed ones by (paragraph, start code
    /// point) of their first placed segment, then orphans; ties by ID.
    pub fn order(&self) -> &[AnnotationId] {
        &self.order
    }

    /// How many annotations carry `tag`.
    pub fn tag_count(&self, tag: &TagId) -> usize {
        self.tag_counts.get(tag).copied().unwrap_or(0)
    }

    /// Annotations per tag, for every tag some annotation carries (tags unknown to
    /// the tag set included).
    pub fn tag_counts(&self) -> &HashMap<TagId, usize> {
        &self.tag_counts
    }

    /// How many annotations are moved or orphaned (need review).
    pub fn review_count(&self) -> usize {
        self.review_count
    }

    /// The revision of the current state (see [`History::revision`]): equal
    /// revisions of one session mean equal annotation sets, so it keys caches.
    pub fn revision(&self) -> u64 {
        self.history.revision()
    }

    /// The fields of the annotation file this Glosa does not know
    /// ([`crate::persist::annotations::LoadReport::unknown_fields`]), which the
    /// next save would drop: ask before saving (empty once the user agreed with
    /// [`Session::accept_dropping_unknown_fields`], and for a file without any).
    pub fn unknown_fields_to_drop(&self) -> &[String] {
        if self.unknown_fields_accepted { &[] } else { &self.workspace.load_report().unknown_fields }
    }

    /// The user agreed that saving drops the fields this Glosa does not know.
    pub fn accept_dropping_unknown_fields(&mut self) {
        self.unknown_fields_accepted = true;
    }

    /// Whether the annotations differ from what was last saved or opened.
    pub fn is_modified(&self) -> bool {
        self.history.revision() != self.saved_revision
    }

    /// Whether Save writes without asking: to [`Workspace::annotations_path`] (the
    /// file was chosen by the user, came with the document, or was saved once), or
    /// for a read-only file to its copy ([`Session::set_read_only`]).
    pub fn has_file(&self) -> bool {
        if self.read_only { self.copy_to.is_some() } else { self.has_file }
    }

    /// Makes the annotation file read-only (a bundled example, which must never be
    /// overwritten): Save then writes the work to `copy` and goes on there, or,
    /// without a copy, asks where (Save As). Saving elsewhere ends it.
    pub fn set_read_only(&mut self, copy: Option<PathBuf>) {
        self.read_only = true;
        self.copy_to = copy;
    }

    /// Whether the annotation file is read-only (see [`Session::set_read_only`]).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Where Save writes a read-only session's work, if anywhere.
    pub fn copy_to(&self) -> Option<&Path> {
        self.copy_to.as_deref()
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The edit [`Session::undo`] (`undo == true`) or [`Session::redo`] would
    /// apply next: for undo the inverse of the user's last change, for redo the
    /// change itself. Lets the interface say what is undone.
    pub fn next_step(&self, undo: bool) -> Option<&Edit> {
        if undo { self.history.next_undo() } else { self.history.next_redo() }
    }

    /// A tag's label, or its ID when the tag set lacks it.
    pub fn tag_label(&self, tag: &TagId) -> String {
        self.workspace.set.tags.get(tag).map_or_else(|| tag.to_string(), |t| t.label.clone())
    }

    /// Applies `edit` as a new undo step and updates the indexes. On error nothing
    /// changes.
    pub fn apply(&mut self, edit: Edit) -> Result<(), SessionError> {
        self.apply_merging(edit, None)
    }

    /// Like [`Session::apply`], but merged into the previous undo step when that
    /// had the same `merge_key` (typing a note is one step; see
    /// [`History::apply_merging`]).
    pub fn apply_merging(&mut self, edit: Edit, merge_key: Option<String>) -> Result<(), SessionError> {
        let touched = touched_ids(&edit);
        let before = self.snapshot(&touched);
        self.journal_touched(&touched);
        self.workspace.stamp();
        self.history.apply_merging(&mut self.workspace.set, edit, merge_key)?;
        self.refresh(&touched, &before);
        Ok(())
    }

    /// Undoes the last step. `Ok(false)` if there was nothing to undo.
    pub fn undo(&mut self) -> Result<bool, SessionError> {
        self.step(true)
    }

    /// Redoes the last undone step. `Ok(false)` if there was nothing to redo.
    pub fn redo(&mut self) -> Result<bool, SessionError> {
        self.step(false)
    }

    fn step(&mut self, undo: bool) -> Result<bool, SessionError> {
        // Only the annotations of the step need re-anchoring.
        let next = if undo { self.history.next_undo() } else { self.history.next_redo() };
        let touched = next.map(touched_ids).unwrap_or_default();
        let before = self.snapshot(&touched);
        self.journal_touched(&touched);
        self.workspace.stamp();
        let done = if undo {
            self.history.undo(&mut self.workspace.set)?
        } else {
            self.history.redo(&mut self.workspace.set)?
        };
        if done {
            self.refresh(&touched, &before);
        }
        Ok(done)
    }

    /// Ends merging: the next edit is a new undo step even with the same merge key
    /// (after selecting another annotation, or saving).
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Shows the tags of a project's codebook: the session's tag set becomes
    /// [`Codebook::align`]ed (the codebook's codes, then the file's own tags it
    /// lacks). Not an edit of the annotations: no undo step, and the session is not
    /// modified by it; the file receives the tags when next saved (see
    /// [`crate::model::codebook`] for the rule).
    pub fn align_tags(&mut self, codebook: &Codebook) {
        self.workspace.set.tags = codebook.align(&self.workspace.set.tags);
    }

    /// Saves to the annotation file, making its folder if it does not exist yet (a
    /// project's `annotations/NAME/`). Refuses with [`WorkspaceError::ChangedOnDisk`]
    /// if another program changed it since it was read or saved here, and with
    /// [`SessionError::SaveOverOtherDocument`] (writing nothing) while the file
    /// belongs to another existing document ([`Session::other_document`]).
    /// A read-only session saves to its copy, or refuses with
    /// [`SessionError::ReadOnly`].
    pub fn save(&mut self) -> Result<(), SessionError> {
        if self.read_only {
            return self.save_copy();
        }
        self.refuse_other_document()?;
        self.make_folder()?;
        match self.workspace.save() {
            Err(WorkspaceError::ChangedOnDisk { .. }) if self.merged_disk.is_some() => {
                // The user merged the version on disk: merge it again (whatever
                // was undone since, their work stays in the file), unless it
                // changed once more (then ask).
                let now = self.workspace.disk_content()?;
                let merged = now.is_some_and(|now| self.merged_disk.as_ref().is_some_and(|m| m.same_content(&now)));
                if !merged {
                    return Err(WorkspaceError::ChangedOnDisk { path: self.workspace.annotations_path.clone() }.into());
                }
                self.save_merging()?;
                return Ok(());
            }
            result => result?,
        }
        self.saved();
        Ok(())
    }

    /// Saves even if the file changed on disk (the user chose to overwrite it);
    /// never over another document's file ([`Session::save`]).
    pub fn save_overwriting(&mut self) -> Result<(), SessionError> {
        if self.read_only {
            return self.save_copy();
        }
        self.refuse_other_document()?;
        self.make_folder()?;
        self.workspace.save_overwriting()?;
        self.saved();
        Ok(())
    }

    /// A read-only session's Save: to its copy, which it works on from then on.
    fn save_copy(&mut self) -> Result<(), SessionError> {
        let Some(copy) = self.copy_to.clone() else {
            return Err(SessionError::ReadOnly { path: self.workspace.annotations_path.clone() });
        };
        if let Some(folder) = copy.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|source| SessionError::CreateFolder { path: folder.to_owned(), source })?;
        }
        self.workspace.save_as(&copy)?;
        self.saved();
        Ok(())
    }

    /// Saves to `path` from now on (Save As): a folder gets `DOC-NAME.glosa.ron`
    /// in it, and the name always ends in `.glosa.ron` (see
    /// [`paths::annotation_path_for`]). Refuses to write over the document. On
    /// failure the session keeps its old path. Returns the path written.
    pub fn save_as(&mut self, path: &Path) -> Result<PathBuf, SessionError> {
        let path = paths::annotation_path_for(path, &self.workspace.document_path);
        if paths::same_file(&path, &self.workspace.document_path) {
            return Err(SessionError::OverDocument { path });
        }
        self.workspace.save_as(&path)?;
        self.saved();
        Ok(path)
    }

    /// Makes the annotation file's folder if it is missing.
    fn make_folder(&self) -> Result<(), SessionError> {
        let path = &self.workspace.annotations_path;
        match path.parent() {
            Some(folder) if !folder.as_os_str().is_empty() && !folder.is_dir() => {
                std::fs::create_dir_all(folder).map_err(|source| SessionError::Folder { path: path.clone(), source })
            }
            _ => Ok(()),
        }
    }

    fn saved(&mut self) {
        self.kept_over = None;
        self.merged_disk = None;
        self.saved_revision = self.history.revision();
        self.has_file = true;
        self.read_only = false;
        self.copy_to = None;
        self.history.seal();
        self.settle_copies();
        // The file holds the work now; a journal that cannot be removed is found
        // to hold nothing new on the next open, and removed then.
        let _ = self.remove_own_journal();
    }

    /// Writes an export of the annotations in `format` to `out`: all of them, or
    /// those in `only`; `tags` filters the tags as [`export::write`] does. Returns
    /// how many annotations were exported.
    ///
    /// # Errors
    /// A writer's error.
    pub fn export(
        &self,
        out: &mut impl Write,
        format: Format,
        only: Option<&HashSet<AnnotationId>>,
        tags: &[TagId],
    ) -> std::io::Result<usize> {
        self.export_reporting(out, format, only, tags).map(|(count, _)| count)
    }

    /// [`Session::export`], also returning what the export left out (a QDPX has
    /// no place for an orphaned annotation: [`ExportWarning::Orphaned`], its quote
    /// cut to [`ExportWarning::QUOTE_CHARS`]).
    ///
    /// # Errors
    /// A writer's error.
    pub fn export_reporting(
        &self,
        out: &mut impl Write,
        format: Format,
        only: Option<&HashSet<AnnotationId>>,
        tags: &[TagId],
    ) -> std::io::Result<(usize, Vec<ExportWarning>)> {
        let file = self.workspace.to_file();
        let annotations: Vec<(&Annotation, Option<AnnotationAnchor>)> = file
            .annotations
            .iter()
            .filter(|a| only.is_none_or(|s| s.contains(&a.id)))
            .map(|a| (a, self.anchors.get(&a.id).cloned()))
            .collect();
        let count = annotations.len();
        let source = ExportSource {
            document_title: self.workspace.document.title(),
            document_path: &file.document.path,
            document: Some(&self.workspace.document),
            tags: &file.tags,
            annotations,
        };
        if format == Format::Json {
            // W3C consumers need an absolute IRI for the document and positions in
            // the file itself: read it again for its reading-text map.
            let path = &self.workspace.document_path;
            let absolute = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            let resource =
                export::Resource::for_file(&absolute, Some(&self.workspace.document), std::fs::read(path).ok());
            export::write_w3c_json_with(out, std::slice::from_ref(&source), &[resource], tags)?;
            return Ok((count, Vec::new()));
        }
        let left_out = export::write_reporting(out, format, std::slice::from_ref(&source), tags)?;
        let warnings = left_out
            .into_iter()
            .map(|(id, quote)| ExportWarning::Orphaned {
                id,
                quote: quote.chars().take(ExportWarning::QUOTE_CHARS).collect(),
            })
            .collect();
        Ok((count, warnings))
    }

    /// [`Session::export`] into the file at `path`, which must be neither the
    /// document nor the annotation file.
    ///
    /// # Errors
    /// [`SessionError::ExportOverInput`], or [`SessionError::Export`] naming `path`.
    pub fn export_to(
        &self,
        path: &Path,
        format: Format,
        only: Option<&HashSet<AnnotationId>>,
        tags: &[TagId],
    ) -> Result<usize, SessionError> {
        self.export_to_reporting(path, format, only, tags).map(|(count, _)| count)
    }

    /// [`Session::export_to`], also returning what the export left out (see
    /// [`Session::export_reporting`]).
    ///
    /// # Errors
    /// As [`Session::export_to`].
    pub fn export_to_reporting(
        &self,
        path: &Path,
        format: Format,
        only: Option<&HashSet<AnnotationId>>,
        tags: &[TagId],
    ) -> Result<(usize, Vec<ExportWarning>), SessionError> {
        if paths::same_file(path, &self.workspace.annotations_path)
            || paths::same_file(path, &self.workspace.document_path)
        {
            return Err(SessionError::ExportOverInput { path: path.to_owned() });
        }
        let mut buffer = Vec::new();
        self.export_reporting(&mut buffer, format, only, tags)
            .and_then(|reported| std::fs::write(path, &buffer).map(|()| reported))
            .map_err(|source| SessionError::Export { path: path.to_owned(), source })
    }

    /// Tags `spans` with `tag` as one undo step (see [`coding`] for the rule), new
    /// annotations made by `author` at `now`. Returns what was done.
    pub fn tag_spans(
        &mut self,
        spans: &[TextSpan],
        tag: &TagId,
        author: &str,
        now: Timestamp,
    ) -> Result<Tagging, SessionError> {
        let mut tagging =
            tag_spans(&self.workspace.document, &self.workspace.set, &self.anchors, spans, tag, author, now);
        if let Some(edit) = tagging.edit.take() {
            self.apply(edit)?;
        }
        Ok(tagging)
    }

    // ---------------------------------------------------------------------------
    // Index upkeep

    /// What the indexes knew about `touched` annotations before an edit: their
    /// tags and status (for the counts) and sort key (to find them in the order).
    fn snapshot(&self, touched: &[AnnotationId]) -> Vec<Before> {
        touched
            .iter()
            .map(|id| {
                let annotation = self.workspace.set.annotations.get(id);
                Before {
                    tags: annotation.map(|a| a.tags.clone()),
                    status: self.status(*id),
                    key: annotation.map(|_| self.order_key(*id)),
                }
            })
            .collect()
    }

    /// Recomputes the anchors of `touched` annotations, then the derived indexes;
    /// `before` is [`Session::snapshot`] taken before the edit.
    fn refresh(&mut self, touched: &[AnnotationId], before: &[Before]) {
        let anchorer = self.workspace.anchorer();
        let mut paragraphs: BTreeSet<usize> = BTreeSet::new();
        for id in touched {
            let old = match self.workspace.set.annotations.get(id) {
                Some(annotation) => self.anchors.insert(*id, anchorer.resolve(annotation)),
                None => self.anchors.remove(id),
            };
            let new = self.anchors.get(id);
            for anchor in old.iter().chain(new) {
                paragraphs.extend(anchor.segments.iter().filter_map(|s| s.location.map(|l| l.paragraph)));
            }
        }
        if touched.is_empty() {
            // Only the tag set changed (labels and colours are read when drawing).
            return;
        }
        if touched.len() > INCREMENTAL_LIMIT || before.len() != touched.len() {
            self.reindex();
            return;
        }
        let touched_set: HashSet<AnnotationId> = touched.iter().copied().collect();
        // Out with the old entries…
        for previous in before {
            if previous.status.is_some_and(|s| s != AnchorStatus::Anchored) {
                self.review_count = self.review_count.saturating_sub(1);
            }
            for tag in previous.tags.iter().flatten() {
                if let Some(count) = self.tag_counts.get_mut(tag) {
                    *count = count.saturating_sub(1);
                }
            }
            if let Some(key) = &previous.key {
                let at =
                    self.order.partition_point(|other| self.order_key_of(*other, &touched_set, before, touched) < *key);
                if self.order.get(at).is_some_and(|id| key.2 == *id) {
                    self.order.remove(at);
                }
            }
        }
        // …in with the new.
        for id in touched {
            let Some(annotation) = self.workspace.set.annotations.get(id) else {
                continue;
            };
            if self.status(*id).unwrap_or(AnchorStatus::Orphaned) != AnchorStatus::Anchored {
                self.review_count += 1;
            }
            for tag in &annotation.tags {
                *self.tag_counts.entry(tag.clone()).or_default() += 1;
            }
            let key = self.order_key(*id);
            let at = self.order.partition_point(|other| self.order_key(*other) < key);
            self.order.insert(at, *id);
        }
        self.tag_counts.retain(|_, count| *count > 0);
        self.highlights.update(&self.workspace.set, &self.anchors, &touched_set, &paragraphs);
    }

    /// The sort key an annotation had in the order before the edit: touched ones
    /// from the snapshot, the rest from their (unchanged) anchors.
    fn order_key_of(
        &self,
        id: AnnotationId,
        touched_set: &HashSet<AnnotationId>,
        before: &[Before],
        touched: &[AnnotationId],
    ) -> OrderKey {
        if touched_set.contains(&id)
            && let Some(key) = touched.iter().position(|t| *t == id).and_then(|i| before.get(i)).and_then(|b| b.key)
        {
            return key;
        }
        self.order_key(id)
    }

    /// Sort key of an annotation in document order.
    fn order_key(&self, id: AnnotationId) -> OrderKey {
        let place = self.location(id).map(|l| (l.paragraph, l.start.0));
        (place.is_none(), place, id)
    }

    fn count_tags(&mut self) {
        // Count by reference first: cloning a tag ID per annotation would allocate
        // 100,000 strings on every edit of a large file.
        let mut counts: HashMap<&TagId, usize> = HashMap::new();
        for annotation in self.workspace.set.annotations.iter() {
            for tag in &annotation.tags {
                *counts.entry(tag).or_default() += 1;
            }
        }
        self.tag_counts = counts.into_iter().map(|(tag, n)| (tag.clone(), n)).collect();
    }

    fn reindex(&mut self) {
        let doc = &self.workspace.document;
        let set = &self.workspace.set;
        self.review_count = self.anchors.values().filter(|a| a.status != AnchorStatus::Anchored).count();
        self.highlights = HighlightIndex::build(doc, set, &self.anchors);
        let mut order: Vec<AnnotationId> = set.annotations.iter().map(|a| a.id).collect();
        order.sort_by_cached_key(|id| self.order_key(*id));
        self.order = order;
        self.count_tags();
    }
}

/// The document, other than `workspace`'s and existing, that its annotation
/// file's header (as last read or written) names; `None` for a new file, a file
/// of this document, or one whose document is gone.
fn other_document(workspace: &Workspace) -> Option<PathBuf> {
    let named = workspace.stored_ref.as_ref()?.resolve(&workspace.annotations_path);
    (!paths::same_file(&named, &workspace.document_path) && named.is_file()).then_some(named)
}

/// The annotations an edit may change, sorted, without duplicates.
fn touched_ids(edit: &Edit) -> Vec<AnnotationId> {
    fn collect(edit: &Edit, out: &mut Vec<AnnotationId>) {
        match edit {
            Edit::Create(a) => out.push(a.id),
            Edit::Delete(id)
            | Edit::SetTags { id, .. }
            | Edit::SetNote { id, .. }
            | Edit::SetSegments { id, .. }
            | Edit::TakeVersion { id, .. }
            | Edit::RestoreVersions { id, .. } => {
                out.push(*id);
            }
            Edit::Batch(edits) => edits.iter().for_each(|e| collect(e, out)),
            Edit::InsertTag { .. }
            | Edit::RemoveTag(_)
            | Edit::UpdateTag(_)
            | Edit::MoveTag { .. }
            | Edit::SetAuthorAliases(_) => {}
        }
    }
    let mut out = Vec::new();
    collect(edit, &mut out);
    out.sort_unstable();
    out.dedup();
    out
}
