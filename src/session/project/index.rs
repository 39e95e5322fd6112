//! A project's content read in: every document parsed and every annotation file
//! loaded and anchored in its document, what retrieval, tables and corpus search
//! work on.
//!
//! Building it reads every file once, on all cores, and reports progress as it
//! goes ([`Progress`]), so the app can build it in the background and draw the
//! corpus panel at once. An annotation file belongs to the project document its
//! `document.path` names (compared as files, after resolving links), or else to
//! the one document with the same text fingerprint (the document was moved or
//! renamed); files for no document of the project are left out and reported.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use super::search::Folded;
use crate::model::anchor::{Anchorer, AnnotationAnchor};
use crate::model::{AnnotationId, AnnotationSet, Document, Fingerprint};
use crate::persist::annotations;
use crate::persist::document::{ReadError, read_document};
use crate::persist::project::FoundDocument;

/// How far building an index has come; shared with the thread that draws it.
#[derive(Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    cancel: AtomicBool,
    /// Called (from the building threads) after each file read, e.g. to wake the
    /// window so that it draws the progress without polling on a timer.
    wake: Option<Box<dyn Fn() + Send + Sync>>,
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("done", &self.done)
            .field("total", &self.total)
            .field("cancel", &self.cancel)
            .field("wake", &self.wake.is_some())
            .finish()
    }
}

impl Progress {
    /// Progress that calls `wake` after each file read (from the threads that
    /// read them).
    pub fn waking(wake: impl Fn() + Send + Sync + 'static) -> Self {
        Self { wake: Some(Box::new(wake)), ..Self::default() }
    }

    /// Files read so far.
    pub fn done(&self) -> usize {
        self.done.load(Ordering::Relaxed)
    }

    /// Files to read in all (documents and annotation files).
    pub fn total(&self) -> usize {
        self.total.load(Ordering::Relaxed)
    }

    /// Asks the build to stop early (the project was closed).
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether [`Progress::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    fn step(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
        if let Some(wake) = &self.wake {
            wake();
        }
    }
}

/// One project document, read.
#[derive(Debug)]
pub struct IndexedDocument {
    /// The parsed document; `None` when it could not be read (see `error`).
    pub document: Option<Arc<Document>>,
    /// Why it could not be read ([`IndexProblem::Document`] or
    /// [`IndexProblem::Cancelled`]).
    pub error: Option<IndexProblem>,
    /// Its text without accents, made on the first accent-insensitive search.
    pub(super) folded: OnceLock<Folded>,
}

/// One annotation file, loaded and anchored.
#[derive(Debug)]
pub struct IndexedFile {
    /// Where it is.
    pub path: PathBuf,
    /// The file itself after resolving links, to compare with a session's file.
    pub canonical: PathBuf,
    /// The project document it belongs to.
    pub document: usize,
    /// Its tags and annotations.
    pub set: AnnotationSet,
    /// Where each annotation is in the document now.
    pub anchors: HashMap<AnnotationId, AnnotationAnchor>,
}

/// Every document and annotation file of a project, read.
#[derive(Debug, Default)]
pub struct CorpusIndex {
    /// The documents, in the project's order (by key).
    pub documents: Vec<IndexedDocument>,
    /// The annotation files that belong to a project document, by path.
    pub files: Vec<IndexedFile>,
    /// Files that could not be read or belong to no document (each one's
    /// `Display` is one English line, path last).
    pub problems: Vec<IndexProblem>,
    generation: u64,
}

/// A project file that is not in the index. `Display` is the English line the
/// CLI prints, the path last; the app words each variant in the interface
/// language (`ui::errors`). The sources are shared (`Arc`) so a problem can be
/// kept in two lists.
#[derive(Clone, Debug, thiserror::Error)]
pub enum IndexProblem {
    /// A document of the project cannot be opened.
    #[error("cannot open document ({source}): {}", path.display())]
    Document {
        /// The document.
        path: PathBuf,
        /// Why.
        source: Arc<ReadError>,
    },
    /// The build was cancelled before the document was read.
    #[error("not read (cancelled): {}", path.display())]
    Cancelled {
        /// The document.
        path: PathBuf,
    },
    /// An annotation file cannot be read.
    #[error("{}", annotations::load_error_message(source, path))]
    Annotations {
        /// The annotation file.
        path: PathBuf,
        /// Why.
        source: Arc<annotations::LoadError>,
    },
    /// An annotation file annotates no document of the project (by path or by
    /// text fingerprint); left out.
    #[error("left out an annotation file for a document outside the project ({}): {}", document.display(), path.display())]
    OutsideProject {
        /// The annotation file.
        path: PathBuf,
        /// The document it names (resolved against its folder).
        document: PathBuf,
    },
    /// The document an annotation file names is not there (deleted, or moved
    /// where neither its path nor its text finds it): the file is left out until
    /// the document is back.
    #[error("the document of an annotation file is missing (deleted or moved) ({}): {}", document.display(), path.display())]
    MissingDocument {
        /// The annotation file.
        path: PathBuf,
        /// Where it says the document is (resolved against its folder).
        document: PathBuf,
    },
}

impl IndexProblem {
    /// The file concerned (the document, or the annotation file).
    pub fn path(&self) -> &Path {
        match self {
            Self::Document { path, .. }
            | Self::Cancelled { path }
            | Self::Annotations { path, .. }
            | Self::OutsideProject { path, .. }
            | Self::MissingDocument { path, .. } => path,
        }
    }
}

/// Hands out index generations: a new index never equals an old one in a cache key.
static GENERATION: AtomicU64 = AtomicU64::new(1);

impl CorpusIndex {
    /// Reads `documents` and `files` on all cores. A cancelled build returns what
    /// it has (documents or files it did not reach are missing).
    pub fn build(documents: &[FoundDocument], files: &[PathBuf], progress: &Progress) -> Self {
        progress.total.store(documents.len() + files.len(), Ordering::Relaxed);
        let parsed = parallel_map(documents, progress, |found| match read_document(&found.path) {
            Ok(doc) => IndexedDocument { document: Some(Arc::new(doc)), error: None, folded: OnceLock::new() },
            Err(e) => IndexedDocument {
                document: None,
                error: Some(IndexProblem::Document { path: found.path.clone(), source: Arc::new(e) }),
                folded: OnceLock::new(),
            },
        });
        let documents_read: Vec<IndexedDocument> = parsed
            .into_iter()
            .zip(documents)
            .map(|(doc, found)| {
                doc.unwrap_or_else(|| IndexedDocument {
                    document: None,
                    error: Some(IndexProblem::Cancelled { path: found.path.clone() }),
                    folded: OnceLock::new(),
                })
            })
            .collect();
        let matcher = Matcher::new(documents, &documents_read);
        let loaded = parallel_map(files, progress, |path| load_file(path, &matcher, &documents_read));
        let mut index = Self {
            documents: documents_read,
            files: Vec::new(),
            problems: Vec::new(),
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
        };
        index.problems.extend(index.documents.iter().filter_map(|d| d.error.clone()));
        for result in loaded.into_iter().flatten() {
            match result {
                Ok(file) => index.files.push(file),
                Err(problem) => index.problems.push(problem),
            }
        }
        index
    }

    /// A number that differs for every index built, and changes when a file is
    /// reloaded: part of the key of what the app caches from it.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The document at position `index`, if it was read.
    pub fn document(&self, index: usize) -> Option<&Arc<Document>> {
        self.documents.get(index)?.document.as_ref()
    }

    /// How many documents were read.
    pub fn documents_read(&self) -> usize {
        self.documents.iter().filter(|d| d.document.is_some()).count()
    }

    /// Reads the annotation file at `path` again (after it was saved, or a session
    /// on it was closed), or adds it if it is new. A file that can no longer be read
    /// is dropped and reported.
    pub fn reload_file(&mut self, path: &Path, documents: &[FoundDocument]) {
        let matcher = Matcher::new(documents, &self.documents);
        self.files.retain(|f| f.path != path);
        self.problems.retain(|p| p.path() != path);
        match load_file(path, &matcher, &self.documents) {
            Ok(file) => {
                let at = self.files.partition_point(|f| f.path < file.path);
                self.files.insert(at, file);
            }
            Err(problem) => self.problems.push(problem),
        }
        self.generation = GENERATION.fetch_add(1, Ordering::Relaxed);
    }
}

/// Finds the project document an annotation file belongs to.
struct Matcher {
    by_path: HashMap<PathBuf, usize>,
    by_fingerprint: HashMap<Fingerprint, Option<usize>>,
}

impl Matcher {
    fn new(documents: &[FoundDocument], read: &[IndexedDocument]) -> Self {
        let by_path = documents
            .iter()
            .enumerate()
            .map(|(i, d)| (std::fs::canonicalize(&d.path).unwrap_or_else(|_| d.path.clone()), i))
            .collect();
        let mut by_fingerprint: HashMap<Fingerprint, Option<usize>> = HashMap::new();
        for (i, doc) in read.iter().enumerate() {
            if let Some(doc) = &doc.document {
                // Two documents with one text: the fingerprint names neither.
                by_fingerprint.entry(doc.fingerprint().clone()).and_modify(|e| *e = None).or_insert(Some(i));
            }
        }
        Self { by_path, by_fingerprint }
    }

    fn find(&self, document: &Path, fingerprint: &Fingerprint) -> Option<usize> {
        let canonical = std::fs::canonicalize(document).unwrap_or_else(|_| document.to_owned());
        self.by_path.get(&canonical).copied().or_else(|| self.by_fingerprint.get(fingerprint).copied().flatten())
    }
}

fn load_file(path: &Path, matcher: &Matcher, documents: &[IndexedDocument]) -> Result<IndexedFile, IndexProblem> {
    let file = annotations::load(path)
        .map_err(|e| IndexProblem::Annotations { path: path.to_owned(), source: Arc::new(e) })?;
    let named = file.document.resolve(path);
    let Some(document) = matcher.find(&named, &file.document.fingerprint) else {
        // No file there at all: the document was deleted (or moved out of reach),
        // not a document that lives outside the project.
        if named.try_exists().is_ok_and(|exists| !exists) {
            return Err(IndexProblem::MissingDocument { path: path.to_owned(), document: named });
        }
        return Err(IndexProblem::OutsideProject { path: path.to_owned(), document: named });
    };
    let (_, set) = file.into_set();
    let anchors = match documents.get(document).and_then(|d| d.document.as_ref()) {
        Some(doc) => {
            let anchorer = Anchorer::new(doc);
            set.annotations.iter().map(|a| (a.id, anchorer.resolve(a))).collect()
        }
        None => HashMap::new(),
    };
    let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    Ok(IndexedFile { path: path.to_owned(), canonical, document, set, anchors })
}

/// `f` over `items` on all cores, in order; an item not reached because the
/// build was cancelled is `None`.
fn parallel_map<T: Sync, R: Send>(items: &[T], progress: &Progress, f: impl Fn(&T) -> R + Sync) -> Vec<Option<R>> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).clamp(1, 16);
    let next = AtomicUsize::new(0);
    let mut out: Vec<Option<R>> = Vec::with_capacity(items.len());
    out.resize_with(items.len(), || None);
    let parts: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(items.len().max(1)))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        if progress.is_cancelled() {
                            break;
                        }
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            break;
                        };
                        mine.push((i, f(item)));
                        progress.step();
                    }
                    mine
                })
            })
            .collect();
        workers.into_iter().filter_map(|w| w.join().ok()).collect()
    });
    for (i, result) in parts.into_iter().flatten() {
        out[i] = Some(result);
    }
    out
}
