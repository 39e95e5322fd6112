//! Inter-coder agreement on a session's document, off the UI thread: the coders'
//! annotation files added to the comparison ([`read_coder_file`]) and a
//! [`Worker`] that computes the report in the background.
//!
//! The first computation resolves every annotation (the slow part,
//! [`Prepared::new`]); later ones, for another choice of coders, tags or threshold,
//! reuse it ([`compute`] only) and what earlier reports computed per coder pair
//! and tag (kept in the [`Prepared`]), so they take a fraction of a frame even on
//! long documents (see `benches/agreement.rs`, `agreement/view_update`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::agreement::{
    AgreementError, Aliases, DocumentInput, Options, ParagraphMarks, Prepared, Report, Source,
};
use crate::model::anchor::{AnchorStatus, Anchorer};
use crate::model::{Annotation, Document};
use crate::persist::annotations::{self, LoadError};
use crate::session::SessionId;
use crate::session::project::Project;

/// Another coder's annotation file, read for the comparison.
#[derive(Clone, Debug)]
pub struct CoderFile {
    /// Where it was read from.
    pub path: PathBuf,
    /// Its annotations.
    pub annotations: Arc<Vec<Annotation>>,
    /// The distinct authors of its annotations, sorted (empty authors left out).
    pub authors: Vec<String>,
}

/// Why a coder's file cannot be added. Names the file last.
#[derive(Debug, thiserror::Error)]
pub enum CoderFileError {
    /// It cannot be read.
    #[error("cannot read the coder's annotations ({source}): {}", path.display())]
    Load {
        /// The file.
        path: PathBuf,
        /// Why.
        source: LoadError,
    },
    /// It annotates another document: none of its annotations is found in this one.
    #[error("it annotates another document (“{title}”), none of its annotations is in this one: {}", path.display())]
    OtherDocument {
        /// The file.
        path: PathBuf,
        /// The title of the document it annotates.
        title: String,
    },
}

/// Reads a coder's annotation file for comparison on `document`. A file made
/// for another version of the document is accepted (its annotations are
/// re-anchored, and those not found exactly are listed as excluded); one none of
/// whose annotations is found in `document` is refused.
///
/// # Errors
/// [`CoderFileError`], naming the file.
pub fn read_coder_file(path: &Path, document: &Document) -> Result<CoderFile, CoderFileError> {
    let file = annotations::load(path).map_err(|source| CoderFileError::Load { path: path.to_owned(), source })?;
    if file.document.fingerprint != *document.fingerprint() && !file.annotations.is_empty() {
        let anchorer = Anchorer::new(document);
        if !file.annotations.iter().any(|a| anchorer.resolve(a).status == AnchorStatus::Anchored) {
            return Err(CoderFileError::OtherDocument { path: path.to_owned(), title: file.document.title.clone() });
        }
    }
    let authors = authors_of(&file.annotations);
    Ok(CoderFile { path: path.to_owned(), annotations: Arc::new(file.annotations), authors })
}

/// The project's other annotation files on the document of session `id`: the
/// files the project's scan found ([`crate::session::project::Corpus::annotation_files`],
/// the files `glosa agreement --project` reads) that belong to the same project
/// document ([`Project::files`]: by the document they name, or by its text), each
/// as it is now (another open session's state in place of its file), sorted by
/// path. Not the session's own file. Empty without a project, before its index
/// is built, or when the session is not on a project document.
pub fn project_coder_files(project: &Project, id: SessionId) -> Vec<CoderFile> {
    let Some(document) = project.document_of(id) else {
        return Vec::new();
    };
    let own = project.get(id).map(|s| s.workspace().annotations_path.clone());
    let mut files: Vec<CoderFile> = project
        .files()
        .into_iter()
        .filter(|view| view.document == document && view.session != Some(id))
        .filter(|view| own.as_deref().is_none_or(|own| !crate::session::paths::same_file(own, view.path)))
        .map(|view| {
            let annotations: Vec<Annotation> = view.set.annotations.iter().cloned().collect();
            CoderFile {
                path: view.path.to_owned(),
                authors: authors_of(&annotations),
                annotations: Arc::new(annotations),
            }
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|a, b| a.path == b.path);
    files
}

/// The distinct authors of `annotations`, sorted (empty authors left out).
fn authors_of(annotations: &[Annotation]) -> Vec<String> {
    let mut authors: Vec<String> =
        annotations.iter().map(|a| a.author.trim().to_owned()).filter(|a| !a.is_empty()).collect();
    authors.sort();
    authors.dedup();
    authors
}

/// What the comparison reads: the document and the annotation sources, shared
/// with the worker thread without copying the annotations again.
#[derive(Clone, Debug)]
pub struct Inputs {
    /// The document.
    pub document: Arc<Document>,
    /// Its name (path) in reports.
    pub name: String,
    /// Each source's name (a file path) and annotations.
    pub sources: Vec<(String, Arc<Vec<Annotation>>)>,
}

impl Inputs {
    /// Resolves every annotation (the slow part of a first computation).
    pub fn prepare(&self) -> Prepared {
        let input = DocumentInput {
            document: &self.document,
            name: &self.name,
            sources: self.sources.iter().map(|(name, annotations)| Source { name, annotations }).collect(),
        };
        Prepared::new(&input, &Aliases::new())
    }

    /// [`Inputs::prepare`] with author aliases: the names `aliases` links are
    /// one coder (the annotation file's author aliases, see
    /// [`crate::session::Session::people`]).
    pub fn prepare_with(&self, aliases: &Aliases) -> Prepared {
        let input = DocumentInput {
            document: &self.document,
            name: &self.name,
            sources: self.sources.iter().map(|(name, annotations)| Source { name, annotations }).collect(),
        };
        Prepared::new(&input, aliases)
    }
}

/// A finished computation.
#[derive(Clone, Debug)]
pub struct Computed {
    /// The request it answers (see [`Worker::start`]).
    pub request: u64,
    /// The annotations resolved (reused by the next computation on the same inputs).
    pub prepared: Arc<Prepared>,
    /// The report for the coders and tags chosen.
    pub report: Result<Report, AgreementError>,
    /// The agreement colours, per paragraph index: (start, end, mark) in code
    /// points of the paragraph text, sorted. Two coders: both / only one / different
    /// tags ([`Prepared::marks`]); three or more: how many coded each code point
    /// ([`Prepared::coverage_marks`]). Empty with fewer than two coders. Shared
    /// with what the [`Prepared`] remembers ([`Prepared::colours`]).
    pub marks: Arc<ParagraphMarks>,
}

/// The report and agreement colours for `options` from annotations already
/// resolved. `document` is the one `prepared` was made from.
pub fn compute(
    document: &Document,
    prepared: &Prepared,
    options: &Options,
) -> (Result<Report, AgreementError>, Arc<ParagraphMarks>) {
    let report = prepared.report(document, options);
    let marks = match &report {
        Ok(report) => prepared.colours(&report.coders, &report.tags),
        Err(_) => Arc::default(),
    };
    (report, marks)
}

/// Computes agreement reports on a background thread, one request at a time
/// from the caller's point of view: a new request supersedes the one running
/// (whose answer is then dropped).
#[derive(Debug, Default)]
pub struct Worker {
    requests: u64,
    pending: Option<(u64, Receiver<Computed>)>,
}

impl Worker {
    /// Starts computing for `options` on `inputs`, reusing `prepared` when it was
    /// made from the same inputs and aliases (`None`: resolve them first, counting
    /// the authors `options.aliases` links as one coder). Returns the
    /// request number the answer will carry.
    pub fn start(&mut self, inputs: Inputs, prepared: Option<Arc<Prepared>>, options: Options) -> u64 {
        self.start_waking(inputs, prepared, options, None)
    }

    /// [`Worker::start`], calling `wake` (from the worker's thread) once the
    /// answer can be collected ([`Worker::poll`]): the app wakes its window
    /// rather than polling on a timer.
    pub fn start_waking(
        &mut self,
        inputs: Inputs,
        prepared: Option<Arc<Prepared>>,
        options: Options,
        wake: Option<Arc<dyn Fn() + Send + Sync>>,
    ) -> u64 {
        self.requests += 1;
        let request = self.requests;
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let prepared = prepared.unwrap_or_else(|| Arc::new(inputs.prepare_with(&options.aliases)));
            let (report, marks) = compute(&inputs.document, &prepared, &options);
            // The receiver is gone when a newer request superseded this one.
            let _ = sender.send(Computed { request, prepared, report, marks });
            if let Some(wake) = wake {
                wake();
            }
        });
        self.pending = Some((request, receiver));
        request
    }

    /// Whether a computation is running.
    pub fn is_running(&self) -> bool {
        self.pending.is_some()
    }

    /// The answer of the latest request, waiting for it at most `timeout` (the
    /// app waits a few milliseconds, so an update computed from resolved
    /// annotations shows in the frame that asked for it).
    pub fn wait(&mut self, timeout: std::time::Duration) -> Option<Computed> {
        let (_, receiver) = self.pending.as_ref()?;
        match receiver.recv_timeout(timeout) {
            Ok(computed) => {
                self.pending = None;
                Some(computed)
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => None,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }

    /// The answer, once the latest request is done.
    pub fn poll(&mut self) -> Option<Computed> {
        let (_, receiver) = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(computed) => {
                self.pending = None;
                Some(computed)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }

    /// Drops the running request, if any.
    pub fn cancel(&mut self) {
        self.pending = None;
    }
}

/// One project document with its annotation files, as [`ProjectInputs`] pools it.
#[derive(Clone, Debug)]
pub struct PooledDocument {
    /// Its position in the project ([`crate::session::project::Corpus::documents`]).
    pub document: usize,
    /// The document (its text), its path as its name, and its annotation files
    /// as they are now, sorted by path.
    pub inputs: Inputs,
}

/// Everything `glosa agreement --project` compares, as the project is now: its
/// annotation files (an open session's state in place of its file), grouped by
/// the text of the document they annotate, pooled by concatenating the
/// documents' continua. Made on the UI thread by [`project_inputs`] (copies of
/// the annotations, the documents shared), compared on a worker thread.
#[derive(Clone, Debug, Default)]
pub struct ProjectInputs {
    /// The documents in the order the CLI compares them: the order of their
    /// first annotation file in path order.
    pub documents: Vec<PooledDocument>,
    /// The author aliases of every file: the names one person wrote under are
    /// one coder (as the CLI takes them).
    pub aliases: Aliases,
}

/// The project's annotation files ([`Project::files`]) grouped by the text
/// (fingerprint) of their documents, as `glosa agreement --project` reads them,
/// so that [`ProjectInputs::compare`] gives its figures. Empty without a project
/// or before its index is built.
pub fn project_inputs(project: &Project) -> ProjectInputs {
    let mut files = project.files();
    files.sort_by(|a, b| a.path.cmp(b.path));
    let index = project.index();
    let documents = project.corpus().map_or(&[][..], |c| c.documents());
    let mut pooled: Vec<PooledDocument> = Vec::new();
    let mut aliases = std::collections::BTreeSet::new();
    for view in files {
        aliases.extend(view.set.annotations.author_aliases().iter().cloned());
        let annotations: Vec<Annotation> = view.set.annotations.iter().cloned().collect();
        let source = (view.path.display().to_string(), Arc::new(annotations));
        let fingerprint = view.doc.fingerprint();
        if let Some(group) = pooled.iter_mut().find(|g| g.inputs.document.fingerprint() == fingerprint) {
            group.inputs.sources.push(source);
            continue;
        }
        // The index's copy of the document when it has the same text (no copy made).
        let shared = index.and_then(|i| i.document(view.document)).filter(|d| d.fingerprint() == fingerprint);
        let document = shared.cloned().unwrap_or_else(|| Arc::new(view.doc.clone()));
        let name = documents.get(view.document).map_or_else(String::new, |d| d.path.display().to_string());
        pooled
            .push(PooledDocument { document: view.document, inputs: Inputs { document, name, sources: vec![source] } });
    }
    let aliases = crate::model::authors::People::from_aliases(&aliases).coder_aliases();
    ProjectInputs { documents: pooled, aliases }
}

impl ProjectInputs {
    /// The report over every document and pooled over those all coders coded
    /// ([`crate::model::agreement::compare`], the CLI's computation): the
    /// report's documents are [`Self::documents`], in order. `options.aliases`
    /// is used as given (pass [`Self::aliases`]).
    ///
    /// # Errors
    /// [`AgreementError::NoDocuments`] for a project without annotation files,
    /// [`AgreementError::UnknownCoder`] for a coder with no annotations in it.
    pub fn compare(&self, options: &Options) -> Result<Report, AgreementError> {
        let inputs: Vec<DocumentInput<'_>> = self
            .documents
            .iter()
            .map(|d| DocumentInput {
                document: &d.inputs.document,
                name: &d.inputs.name,
                sources: d.inputs.sources.iter().map(|(name, annotations)| Source { name, annotations }).collect(),
            })
            .collect();
        crate::model::agreement::compare(&inputs, options)
    }

    /// The agreement colours of `report`'s coders and tags on project document
    /// `document` (its position in the project), per paragraph index; empty when
    /// the project has no annotation file for it.
    pub fn marks(&self, document: usize, report: &Report) -> Arc<ParagraphMarks> {
        let Some(pooled) = self.documents.iter().find(|d| d.document == document) else {
            return Arc::default();
        };
        pooled.inputs.prepare_with(&self.aliases).colours(&report.coders, &report.tags)
    }

    /// The project document (position in the project) of the report's document
    /// `index` (see [`Self::compare`]).
    pub fn project_document(&self, index: usize) -> Option<usize> {
        self.documents.get(index).map(|d| d.document)
    }
}

/// A finished comparison of a project's documents ([`PooledWorker`]).
#[derive(Clone, Debug)]
pub struct PooledComputed {
    /// What was compared (the report's documents are its documents).
    pub inputs: Arc<ProjectInputs>,
    /// The project document whose colours were computed.
    pub shown: Option<usize>,
    /// The report: per document and pooled.
    pub report: Result<Report, AgreementError>,
    /// The agreement colours of the document shown (see [`ProjectInputs::marks`]).
    pub marks: Arc<ParagraphMarks>,
}

/// Compares a project's documents on a background thread; a new request
/// supersedes the one running (whose answer is dropped).
#[derive(Debug, Default)]
pub struct PooledWorker {
    pending: Option<Receiver<PooledComputed>>,
}

impl PooledWorker {
    /// Starts comparing `inputs` for `options`, with the colours of project
    /// document `shown` (the one the window shows, if any); calls `wake` (from
    /// the worker's thread) when the answer can be collected ([`Self::poll`]).
    pub fn start(
        &mut self,
        inputs: Arc<ProjectInputs>,
        options: Options,
        shown: Option<usize>,
        wake: Option<Arc<dyn Fn() + Send + Sync>>,
    ) {
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let report = inputs.compare(&options);
            let marks = match (&report, shown) {
                (Ok(report), Some(document)) => inputs.marks(document, report),
                _ => Arc::default(),
            };
            // The receiver is gone when a newer request superseded this one.
            let _ = sender.send(PooledComputed { inputs, shown, report, marks });
            if let Some(wake) = wake {
                wake();
            }
        });
        self.pending = Some(receiver);
    }

    /// Whether a comparison is running.
    pub fn is_running(&self) -> bool {
        self.pending.is_some()
    }

    /// The answer, once the latest request is done.
    pub fn poll(&mut self) -> Option<PooledComputed> {
        let receiver = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(computed) => {
                self.pending = None;
                Some(computed)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }

    /// Waits for the answer at most `timeout` (tests, and a frame that can wait
    /// a few milliseconds).
    pub fn wait(&mut self, timeout: std::time::Duration) -> Option<PooledComputed> {
        let receiver = self.pending.as_ref()?;
        match receiver.recv_timeout(timeout) {
            Ok(computed) => {
                self.pending = None;
                Some(computed)
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => None,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }

    /// Drops the running request, if any.
    pub fn cancel(&mut self) {
        self.pending = None;
    }
}
