//! A project: the editing sessions open together, by ID, and — when a project
//! folder is open — its documents, annotation files, shared codebook and document
//! attributes.
//!
//! Commands name the session they act on by its [`SessionId`], so a command queued
//! for one document never lands on another that was opened in the meantime.
//!
//! # The parts
//!
//! - [`Corpus`] (`corpus.rs`): the project on disk — the project file's content
//!   (name, codebook, attributes, values) with its own undo history, and the
//!   documents and annotation files a scan of the folder found. Opening one reads
//!   no document: it is a folder listing and one small file.
//! - [`CorpusIndex`] (`index.rs`): every document parsed and every annotation file
//!   loaded and anchored, built on all cores with [`Progress`] (the app builds it
//!   in the background and shows the corpus panel at once).
//! - Sessions: the files being edited. Every question asked of the project
//!   ([`Project::files`], and through it retrieval, tables, counts) sees an open
//!   session's current, unsaved state in place of its file on disk.
//! - [`retrieve`] (coded segments across documents), [`tables`] (tag × attribute,
//!   co-occurrence), [`search`] (corpus search with keyword in context, and
//!   auto-coding its hits), [`attributes_csv`] (document attributes to and from CSV).
//!
//! # For other layers (the CLI, REFI-QDA exchange, agreement)
//!
//! - Open: [`Project::open`] (a folder or `*.glosa-project.ron`), or
//!   [`Corpus::init`] to make one; [`Project::build_index`] reads everything.
//! - Documents: [`Corpus::documents`] (key and path, sorted by key),
//!   [`CorpusIndex::document`] (parsed), [`Corpus::find_document`].
//! - Annotation files: [`Corpus::annotation_files`] (all found),
//!   [`Project::files`] (each with its document, annotations and anchors),
//!   [`Corpus::annotation_path_for`] (where an author's file for a document goes).
//! - Codebook: [`Corpus::codebook`] (codes, parents, path labels).
//! - Attributes: [`Corpus::attributes`] (the schema), [`Corpus::value`]; change
//!   them with [`Project::apply_project_edit`] and
//!   [`crate::model::project::ProjectEdit`], then [`Project::save_project`].

pub mod attributes_csv;
pub mod corpus;
pub mod export;
pub mod index;
pub mod retrieve;
pub mod search;
pub mod tables;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

pub use corpus::{Corpus, ProjectError, author_slug};

pub use index::{CorpusIndex, IndexProblem, IndexedFile, Progress};
pub use retrieve::{CodedSegment, QueryError, SegmentQuery};
pub use search::{SearchHit, SearchMode, SearchOptions, SearchResults};
pub use tables::{CooccurrenceMode, CountUnit};

use super::{Session, SessionError, Tagging, TextSpan};
use crate::model::anchor::AnnotationAnchor;
use crate::model::project::{MergeReport, ProjectEdit};
use crate::model::{AnnotationId, AnnotationSet, Document, TagId, Timestamp};

/// A session's ID within its [`Project`]: never reused, so a stale ID finds nothing
/// rather than another document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SessionId(u64);

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "session {}", self.0)
    }
}

/// Sessions by ID, in the order they were opened, and the project they belong to.
pub struct Project {
    /// Tells this project from any other made in this process (see
    /// [`Project::revision_key`]).
    instance: u64,
    sessions: BTreeMap<SessionId, Session>,
    last_id: u64,
    corpus: Option<Corpus>,
    index: Option<CorpusIndex>,
    /// For each session: its project document (if it is one) and its annotation
    /// file as compared with the index's.
    placed: HashMap<SessionId, (Option<usize>, PathBuf)>,
}

/// Hands out [`Project`] instance numbers.
static INSTANCE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Default for Project {
    fn default() -> Self {
        Self {
            instance: INSTANCE.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            sessions: BTreeMap::new(),
            last_id: 0,
            corpus: None,
            index: None,
            placed: HashMap::new(),
        }
    }
}

/// Names the state of everything a project shows: equal keys mean equal
/// retrieval results, tables and counts, so the app caches them by it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProjectRevision {
    instance: u64,
    corpus: Option<(u64, u64)>,
    index: Option<u64>,
    sessions: Vec<(SessionId, u64)>,
}

/// One annotation file of the project as it is now: the open session's state if
/// one is open on it, else the file as read into the index.
#[derive(Clone, Copy)]
pub struct FileView<'a> {
    /// The document's position in the project.
    pub document: usize,
    /// The document.
    pub doc: &'a Document,
    /// The annotation file.
    pub path: &'a Path,
    /// Its tags and annotations.
    pub set: &'a AnnotationSet,
    /// Where each annotation is in the document now.
    pub anchors: &'a HashMap<AnnotationId, AnnotationAnchor>,
    /// The session open on it, if any.
    pub session: Option<SessionId>,
}

/// What [`Project::autocode`] did.
#[derive(Debug, Default)]
pub struct AutocodeReport {
    /// Each session that changed, with its revision after the change (to undo
    /// exactly that step) and what was done.
    pub sessions: Vec<(SessionId, u64, Tagging)>,
    /// Documents left alone (changed on disk since they were read, or could not
    /// be opened); each one's `Display` is one English line.
    pub skipped: Vec<AutocodeSkip>,
}

/// A document [`Project::autocode`] left alone. `Display` is the English line the
/// CLI prints, the path last; the app words each variant (`ui::errors`).
#[derive(Debug, thiserror::Error)]
pub enum AutocodeSkip {
    /// Its session could not be opened.
    #[error(transparent)]
    Open(SessionError),
    /// The document changed on disk since the search found the hits.
    #[error("the document changed since it was searched; search again: {}", path.display())]
    Changed {
        /// The document.
        path: PathBuf,
    },
}

impl AutocodeReport {
    /// New highlights made, in all sessions.
    pub fn added(&self) -> usize {
        self.sessions.iter().map(|(_, _, t)| t.added).sum()
    }

    /// Existing highlights that got the tag.
    pub fn tagged(&self) -> usize {
        self.sessions.iter().map(|(_, _, t)| t.tagged).sum()
    }
}

/// Why auto-coding could not run.
#[derive(Debug, thiserror::Error)]
pub enum AutocodeError {
    /// A document's session could not be opened or changed.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// No project is open.
    #[error("no project is open")]
    NoProject,
}

impl Project {
    /// Opens the project `path` names (see [`Corpus::open`]), with no session and
    /// no index yet.
    pub fn open(path: &Path) -> Result<Self, ProjectError> {
        Ok(Self::from_corpus(Corpus::open(path)?))
    }

    /// A project of `corpus`, with no session and no index yet.
    pub fn from_corpus(corpus: Corpus) -> Self {
        Self { corpus: Some(corpus), ..Self::default() }
    }

    /// The key of the project's current state (see [`ProjectRevision`]).
    pub fn revision_key(&self) -> ProjectRevision {
        ProjectRevision {
            instance: self.instance,
            corpus: self.corpus.as_ref().map(Corpus::state_key),
            index: self.index.as_ref().map(CorpusIndex::generation),
            sessions: self.sessions.iter().map(|(id, s)| (*id, s.revision())).collect(),
        }
    }

    /// Adds a session; returns its new ID. In a project folder its tags are
    /// aligned with the codebook ([`Session::align_tags`]).
    pub fn insert(&mut self, mut session: Session) -> SessionId {
        self.last_id += 1;
        let id = SessionId(self.last_id);
        if let Some(corpus) = &self.corpus {
            session.align_tags(corpus.codebook());
        }
        self.placed.insert(id, self.place(&session));
        self.sessions.insert(id, session);
        id
    }

    /// A session's project document and comparable file path.
    fn place(&self, session: &Session) -> (Option<usize>, PathBuf) {
        let workspace = session.workspace();
        let document = self.corpus.as_ref().and_then(|c| c.document_at(&workspace.document_path));
        (document, comparable(&workspace.annotations_path))
    }

    /// Removes a session and returns it. The index reads its file again, so the
    /// project shows what is on disk (the session's saved state, or the file as it
    /// was if its changes were discarded).
    pub fn remove(&mut self, id: SessionId) -> Option<Session> {
        let session = self.sessions.remove(&id)?;
        self.placed.remove(&id);
        if let (Some(corpus), Some(index)) = (&self.corpus, &mut self.index) {
            let path = &session.workspace().annotations_path;
            if path.is_file() && corpus.document_at(&session.workspace().document_path).is_some() {
                index.reload_file(path, corpus.documents());
            }
        }
        Some(session)
    }

    /// The session with this ID.
    pub fn get(&self, id: SessionId) -> Option<&Session> {
        self.sessions.get(&id)
    }

    /// The session with this ID, to change it (through its edit operations).
    pub fn get_mut(&mut self, id: SessionId) -> Option<&mut Session> {
        self.sessions.get_mut(&id)
    }

    /// Every session with its ID, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = (SessionId, &Session)> {
        self.sessions.iter().map(|(id, s)| (*id, s))
    }

    /// How many sessions are open.
    pub fn len(&self) -> usize {
        self.sessions.len()
    }

    /// Whether no session is open.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    /// Whether any session, or the project file's content, has unsaved changes.
    pub fn is_modified(&self) -> bool {
        self.sessions.values().any(Session::is_modified) || self.corpus.as_ref().is_some_and(Corpus::is_modified)
    }

    /// The sessions with unsaved changes, oldest first.
    pub fn modified_sessions(&self) -> Vec<SessionId> {
        self.sessions.iter().filter(|(_, s)| s.is_modified()).map(|(id, _)| *id).collect()
    }

    /// The project folder, if one is open.
    pub fn corpus(&self) -> Option<&Corpus> {
        self.corpus.as_ref()
    }

    /// The documents and annotation files read, once [`Project::build_index`] (or
    /// [`Project::set_index`]) ran.
    pub fn index(&self) -> Option<&CorpusIndex> {
        self.index.as_ref()
    }

    /// What building the index needs (documents and annotation files to read), to
    /// build it on another thread with [`CorpusIndex::build`].
    pub fn index_inputs(&self) -> Option<(Vec<crate::persist::project::FoundDocument>, Vec<PathBuf>)> {
        let corpus = self.corpus.as_ref()?;
        Some((corpus.documents().to_vec(), corpus.annotation_files().to_vec()))
    }

    /// Installs an index built elsewhere (for the documents of the current scan).
    pub fn set_index(&mut self, index: CorpusIndex) {
        self.index = Some(index);
    }

    /// Reads every document and annotation file of the project, on all cores.
    pub fn build_index(&mut self, progress: &Progress) {
        if let Some((documents, files)) = self.index_inputs() {
            self.index = Some(CorpusIndex::build(&documents, &files, progress));
        }
    }

    /// The project's session on `document` for `author`'s annotation file
    /// ([`Corpus::annotation_path_for`]): the open one, or a new one (the file is
    /// made on first save). `None` without a project or for an unknown document.
    pub fn open_document(&mut self, document: usize, author: &str) -> Result<Option<SessionId>, SessionError> {
        let Some(corpus) = &self.corpus else {
            return Ok(None);
        };
        let (Some(found), Some(path)) =
            (corpus.documents().get(document), corpus.annotation_path_for(document, author))
        else {
            return Ok(None);
        };
        let wanted = comparable(&path);
        if let Some((id, _)) = self.placed.iter().find(|(_, (_, file))| *file == wanted) {
            return Ok(Some(*id));
        }
        let session = Session::open_document(&found.path, Some(path), None)?;
        Ok(Some(self.insert(session)))
    }

    /// The session open on the annotation file at `path`, if any.
    pub fn session_on(&self, path: &Path) -> Option<SessionId> {
        let wanted = comparable(path);
        self.placed.iter().find(|(_, (_, file))| *file == wanted).map(|(id, _)| *id)
    }

    /// The project document a session is on, if it is one.
    pub fn document_of(&self, id: SessionId) -> Option<usize> {
        self.placed.get(&id).and_then(|(document, _)| *document)
    }

    /// Applies a project edit (codebook, attributes, documents) as an undo step of
    /// the project. A codebook change aligns every open session's tags again; a
    /// change of the project's documents scans the folder again and drops the index
    /// (build it again).
    pub fn apply_project_edit(&mut self, edit: ProjectEdit) -> Result<(), ProjectError> {
        let Some(corpus) = &mut self.corpus else {
            return Ok(());
        };
        let (codebook, documents) = (edit.touches_codebook(), edit.touches_documents());
        corpus.apply(edit)?;
        self.after_project_change(codebook, documents);
        Ok(())
    }

    /// Undoes the last project edit. `Ok(false)` when there was none.
    pub fn undo_project(&mut self) -> Result<bool, ProjectError> {
        self.step_project(true)
    }

    /// Redoes the last undone project edit. `Ok(false)` when there was none.
    pub fn redo_project(&mut self) -> Result<bool, ProjectError> {
        self.step_project(false)
    }

    fn step_project(&mut self, undo: bool) -> Result<bool, ProjectError> {
        let Some(corpus) = &mut self.corpus else {
            return Ok(false);
        };
        let applied = if undo { corpus.undo()? } else { corpus.redo()? };
        let Some(applied) = applied else {
            return Ok(false);
        };
        self.after_project_change(applied.touches_codebook(), applied.touches_documents());
        Ok(true)
    }

    fn after_project_change(&mut self, codebook: bool, documents: bool) {
        let Some(corpus) = &self.corpus else {
            return;
        };
        if codebook {
            for session in self.sessions.values_mut() {
                session.align_tags(corpus.codebook());
            }
        }
        if documents {
            self.index = None;
            let placed: Vec<(SessionId, (Option<usize>, PathBuf))> =
                self.sessions.iter().map(|(id, s)| (*id, self.place(s))).collect();
            self.placed = placed.into_iter().collect();
        }
    }

    /// Looks for documents and annotation files added to or removed from the
    /// folder since it was scanned; the index is built again.
    pub fn rescan(&mut self) {
        if let Some(corpus) = &mut self.corpus {
            corpus.rescan();
        }
        self.after_project_change(false, true);
    }

    /// Saves the project file (merging others' changes, see [`Corpus::save`]).
    /// When the merge brought in codebook changes, open sessions are aligned again.
    pub fn save_project(&mut self) -> Result<MergeReport, ProjectError> {
        let Some(corpus) = &mut self.corpus else {
            return Ok(MergeReport::default());
        };
        let codebook_before = corpus.codebook().clone();
        let documents_before = corpus.documents().len();
        let report = corpus.save()?;
        let codebook = *corpus.codebook() != codebook_before;
        let documents = corpus.documents().len() != documents_before;
        self.after_project_change(codebook, documents);
        Ok(report)
    }

    /// Every annotation file of the project as it is now: index files (by path),
    /// with an open session's state in place of its file, then sessions on project
    /// documents whose files the index lacks (new, or made after it was built).
    /// Empty before the index is built.
    pub fn files(&self) -> Vec<FileView<'_>> {
        let Some(index) = &self.index else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(index.files.len() + self.sessions.len());
        let mut shown: Vec<SessionId> = Vec::new();
        for file in &index.files {
            let session = self.placed.iter().find(|(_, (_, path))| *path == file.canonical).map(|(id, _)| *id);
            if let Some((id, session)) = session.and_then(|id| Some((id, self.sessions.get(&id)?))) {
                shown.push(id);
                out.push(Self::session_view(file.document, id, session));
            } else if let Some(doc) = index.document(file.document) {
                out.push(FileView {
                    document: file.document,
                    doc,
                    path: &file.path,
                    set: &file.set,
                    anchors: &file.anchors,
                    session: None,
                });
            }
        }
        for (id, session) in &self.sessions {
            if shown.contains(id) {
                continue;
            }
            if let Some(Some(document)) = self.placed.get(id).map(|(d, _)| *d) {
                out.push(Self::session_view(document, *id, session));
            }
        }
        out
    }

    fn session_view(document: usize, id: SessionId, session: &Session) -> FileView<'_> {
        let workspace = session.workspace();
        FileView {
            document,
            doc: session.document(),
            path: &workspace.annotations_path,
            set: session.set(),
            anchors: session.anchors(),
            session: Some(id),
        }
    }

    /// For each project document (by position): how many annotations carry each
    /// tag, over all its annotation files, and how many annotation files it has.
    pub fn document_counts(&self) -> Vec<(BTreeMap<TagId, usize>, usize)> {
        let count = self.corpus.as_ref().map_or(0, |c| c.documents().len());
        let mut out: Vec<(BTreeMap<TagId, usize>, usize)> = vec![(BTreeMap::new(), 0); count];
        for view in self.files() {
            let Some((tags, files)) = out.get_mut(view.document) else {
                continue;
            };
            *files += 1;
            for annotation in view.set.annotations.iter() {
                for tag in &annotation.tags {
                    *tags.entry(tag.clone()).or_default() += 1;
                }
            }
        }
        out
    }

    /// Tags `hits` (from [`Project::search`]) with `tag` across the project: in each
    /// document, in `author`'s file ([`Project::open_document`], opening a session
    /// where none is open), as one undo step per session with the session's
    /// span-tagging rule ([`super::coding`]). Documents whose text changed since the
    /// search are skipped and reported.
    pub fn autocode(
        &mut self,
        hits: &[SearchHit],
        tag: &TagId,
        author: &str,
        now: Timestamp,
    ) -> Result<AutocodeReport, AutocodeError> {
        if self.corpus.is_none() {
            return Err(AutocodeError::NoProject);
        }
        let mut by_document: BTreeMap<usize, Vec<TextSpan>> = BTreeMap::new();
        for hit in hits {
            by_document.entry(hit.document).or_default().push(hit.span);
        }
        let mut report = AutocodeReport::default();
        for (document, spans) in by_document {
            let expected = self.index.as_ref().and_then(|i| i.document(document)).map(|d| d.fingerprint().clone());
            let id = match self.open_document(document, author) {
                Ok(Some(id)) => id,
                Ok(None) => continue,
                Err(e) => {
                    report.skipped.push(AutocodeSkip::Open(e));
                    continue;
                }
            };
            let Some(session) = self.sessions.get_mut(&id) else {
                continue;
            };
            if expected.as_ref().is_some_and(|f| f != session.document().fingerprint()) {
                report.skipped.push(AutocodeSkip::Changed { path: session.workspace().document_path.clone() });
                continue;
            }
            let tagging = session.tag_spans(&spans, tag, author, now)?;
            if tagging.added + tagging.tagged > 0 {
                report.sessions.push((id, session.revision(), tagging));
            }
        }
        Ok(report)
    }

    /// Undoes an auto-coding in every session where it is still the last step
    /// (its revision is the one [`Project::autocode`] reported). Returns how many
    /// sessions were undone.
    pub fn undo_autocode(&mut self, report: &[(SessionId, u64)]) -> Result<usize, SessionError> {
        let mut undone = 0;
        for (id, revision) in report {
            if let Some(session) = self.sessions.get_mut(id)
                && session.revision() == *revision
                && session.undo()?
            {
                undone += 1;
            }
        }
        Ok(undone)
    }
}

/// A path as compared between sessions and the index: the file itself after
/// resolving links where it exists, else the absolute path.
fn comparable(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| std::path::absolute(path).unwrap_or_else(|_| path.to_owned()))
}
