//! Autosave to a recovery journal, and crash recovery (issue 10).
//!
//! While a session has unsaved changes, its whole state is journaled beside the
//! annotation file ([`crate::persist::journal`], `.NAME.glosa.ron.recovery`): at
//! most once every [`JOURNAL_INTERVAL`] after a change ([`Session::autosave`],
//! which the app calls every frame and which says when to call it again), and at
//! once when the window loses the focus ([`Session::write_journal`]). The shared
//! file is never written by autosave. A successful save, or going back (undo) to
//! the saved state, removes the journal; so does an explicit discard.
//!
//! On open, [`Session::recovery`] looks for a journal: if merging it into the
//! annotations as they are now would change anything, it reports how many
//! annotations it would add or change ("Recover N unsaved changes");
//! [`Session::recover`] merges it in as one undo step (so it works even if the
//! shared file changed meanwhile: a colleague's edits are kept, concurrent edits of
//! one annotation become a conflict); [`Session::discard_journal`] removes it. A
//! journal that would change nothing (the save happened, the removal did not) is
//! removed at once. Until the user decides, autosave leaves the journal alone.
//!
//! Two Glosa windows on the same annotation file share one journal path; the last
//! writer's journal is the one recovered.
//!
//! The journal is printed and written off the caller's thread, by a
//! [`JournalWriter`] each session starts on its first write: the session hands it
//! a snapshot (a clone of the annotation set, no printing, no I/O) and goes on.
//! Requests coalesce: at most one write is in flight, a newer snapshot replaces
//! one not yet started (the latest state wins), and dropping the session (a clean
//! exit) finishes the last one. [`Session::flush_journal`] waits for it.
//!
//! A journal found on open and left undecided ("Later") is never dropped: while
//! it waits, the session journals the *merge* of that journal and its own state
//! (so both survive a second crash), and a save or an undo back to the saved state
//! puts the found journal's content back rather than removing it.

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{Session, SessionError};
use crate::model::AnnotationSet;
use crate::model::merge::MergeReport;
use crate::persist::annotations::{self, AnnotationFile, DocumentRef};
use crate::persist::journal::{journal_path, remove_journal, write_journal};
use crate::workspace::WorkspaceError;
use crate::workspace::merge::merge_incoming;

/// Least time between two journal writes of one session (the issue's "at most
/// every 2 s after a change"): with it, a crash loses at most about this much
/// work plus the time one write takes.
pub const JOURNAL_INTERVAL: Duration = Duration::from_secs(2);

/// The journal bookkeeping of a session.
#[derive(Debug, Default)]
pub(super) struct Journal {
    /// Where this session last wrote its journal (removed after a save).
    written: Option<PathBuf>,
    /// The revision last journaled (handed to the writer).
    revision: Option<u64>,
    /// When the journal was last written (handed to the writer).
    at: Option<Instant>,
    /// A journal found on open that the user has not recovered or discarded yet.
    pending: Option<PathBuf>,
    /// Its content: what every journal this session writes meanwhile includes.
    pending_set: Option<Arc<AnnotationSet>>,
    /// The writer thread, started on the first write.
    writer: Option<JournalWriter>,
}

/// One journal to write: a snapshot of a session's state.
#[derive(Debug)]
struct JournalJob {
    path: PathBuf,
    revision: u64,
    reference: DocumentRef,
    set: AnnotationSet,
    /// A found, undecided journal's content, merged in before writing.
    keep: Option<Arc<AnnotationSet>>,
}

/// What the writer thread and its owner share.
#[derive(Debug, Default)]
struct WriterState {
    /// The next journal to write (a newer request replaces it).
    queued: Option<JournalJob>,
    /// A write is in flight.
    busy: bool,
    /// The outcome of the last write: the revision and the error, if any.
    done: Option<(u64, Option<(PathBuf, String)>)>,
    /// The owner is gone: finish the queued write, then stop.
    stop: bool,
}

/// Writes recovery journals on a thread of its own (see the module docs): at most
/// one write in flight, the latest request wins, a request not yet started is
/// replaced by a newer one. Dropping it finishes the queued write (a clean exit
/// flushes the journal) and joins the thread.
#[derive(Debug)]
pub struct JournalWriter {
    shared: Arc<(Mutex<WriterState>, Condvar)>,
    thread: Option<JoinHandle<()>>,
}

impl JournalWriter {
    /// Starts the writer thread.
    ///
    /// # Errors
    /// The system cannot start a thread.
    fn start() -> std::io::Result<Self> {
        let shared: Arc<(Mutex<WriterState>, Condvar)> = Arc::default();
        let worker = Arc::clone(&shared);
        let thread = std::thread::Builder::new().name("glosa-journal".to_owned()).spawn(move || {
            let (state, wake) = &*worker;
            loop {
                let job = {
                    let mut s = lock(state);
                    while s.queued.is_none() && !s.stop {
                        s = wake.wait(s).unwrap_or_else(PoisonError::into_inner);
                    }
                    let Some(job) = s.queued.take() else { return };
                    s.busy = true;
                    job
                };
                let revision = job.revision;
                let error = write_job(job);
                let mut s = lock(state);
                s.busy = false;
                s.done = Some((revision, error));
                wake.notify_all();
            }
        })?;
        Ok(Self { shared, thread: Some(thread) })
    }

    /// Queues `job`, replacing one not started yet.
    fn request(&self, job: JournalJob) {
        let (state, wake) = &*self.shared;
        lock(state).queued = Some(job);
        wake.notify_all();
    }

    /// Waits until nothing is queued or in flight; returns the last outcome.
    fn flush(&self) -> Option<(u64, Option<(PathBuf, String)>)> {
        let (state, wake) = &*self.shared;
        let mut s = lock(state);
        while s.queued.is_some() || s.busy {
            s = wake.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
        s.done.take()
    }

    /// Drops the queued write and waits for the one in flight: after this no
    /// journal is written until the next request.
    fn cancel(&self) {
        let (state, wake) = &*self.shared;
        let mut s = lock(state);
        s.queued = None;
        while s.busy {
            s = wake.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
        s.done = None;
    }

    /// The outcome of the last finished write, once.
    fn take_done(&self) -> Option<(u64, Option<(PathBuf, String)>)> {
        lock(&self.shared.0).done.take()
    }
}

impl Drop for JournalWriter {
    fn drop(&mut self) {
        let (state, wake) = &*self.shared;
        lock(state).stop = true;
        wake.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn lock(state: &Mutex<WriterState>) -> MutexGuard<'_, WriterState> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Prints and writes one journal (on the writer thread); the error, naming the
/// journal, if it fails.
fn write_job(job: JournalJob) -> Option<(PathBuf, String)> {
    let JournalJob { path, reference, set, keep, .. } = job;
    let set = match keep {
        Some(found) => crate::model::merge::merge(&set, &found),
        None => set,
    };
    // In ID order: a journal is merged back, never read in document order.
    let file = AnnotationFile::new(reference, &set, None);
    write_journal(&path, &file).err().map(|e| (path, e.to_string()))
}

/// A journal found beside the annotation file that holds unsaved work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    /// The journal.
    pub path: PathBuf,
    /// How many annotations recovering it would add or change (deletions
    /// included): the N of "Recover N unsaved changes".
    pub changes: usize,
    /// What merging it would do.
    pub report: MergeReport,
}

impl Session {
    /// Where this session's journal goes: beside its annotation file (for a
    /// session without a file yet, the one Save would suggest, beside the
    /// document). `None` for a read-only session (a bundled example, whose work
    /// is journaled once it is saved to its copy).
    pub fn journal_path(&self) -> Option<PathBuf> {
        (!self.read_only).then(|| journal_path(&self.workspace.annotations_path))
    }

    /// The autosave step, to call after every change and on every frame with the
    /// current time: hands the journal to the writer thread when there is unsaved
    /// work not yet journaled and the last write is at least [`JOURNAL_INTERVAL`]
    /// ago; removes this session's journal when there is no unsaved work any more
    /// (undone back to the saved state). Returns how long until a write is due, if
    /// one is waiting (the app asks for a repaint then). On the calling thread this
    /// costs a clone of the annotation set, never printing or I/O.
    ///
    /// # Errors
    /// The last journal write failed ([`SessionError::Journal`], naming it); the
    /// next call tries again.
    pub fn autosave(&mut self, now: Instant) -> Result<Option<Duration>, SessionError> {
        self.journal_outcome()?;
        if !self.is_modified() {
            self.remove_own_journal()?;
            return Ok(None);
        }
        if self.journal.revision == Some(self.revision()) {
            return Ok(None);
        }
        if let Some(at) = self.journal.at {
            let due = at + JOURNAL_INTERVAL;
            if due > now {
                return Ok(Some(due - now));
            }
        }
        self.write_journal_at(now)?;
        Ok(None)
    }

    /// Writes the journal now if there is unsaved work not yet journaled (the
    /// window lost the focus; the app is about to do something risky). Returns
    /// whether it wrote.
    ///
    /// # Errors
    /// See [`Session::autosave`].
    pub fn write_journal(&mut self) -> Result<bool, SessionError> {
        self.journal_outcome()?;
        if !self.is_modified() || self.journal.revision == Some(self.revision()) {
            return Ok(false);
        }
        self.write_journal_at(Instant::now())?;
        Ok(true)
    }

    /// Waits until the journal handed to the writer is written (tests; before
    /// something risky). Returns whether one was written meanwhile.
    ///
    /// # Errors
    /// That write failed (the error names the journal).
    pub fn flush_journal(&mut self) -> Result<bool, SessionError> {
        let Some(outcome) = self.journal.writer.as_ref().and_then(JournalWriter::flush) else {
            return Ok(false);
        };
        self.settle(outcome)?;
        Ok(true)
    }

    /// Takes the outcome of the last finished write, if any.
    fn journal_outcome(&mut self) -> Result<(), SessionError> {
        match self.journal.writer.as_ref().and_then(JournalWriter::take_done) {
            Some(outcome) => self.settle(outcome),
            None => Ok(()),
        }
    }

    fn settle(&mut self, (revision, error): (u64, Option<(PathBuf, String)>)) -> Result<(), SessionError> {
        match error {
            None => Ok(()),
            Some((path, message)) => {
                // Written again on the next call.
                if self.journal.revision == Some(revision) {
                    self.journal.revision = None;
                    self.journal.at = None;
                }
                Err(SessionError::Journal { path, message })
            }
        }
    }

    /// Hands the session's state to the writer (merged with a found, undecided
    /// journal's content, so that is never dropped).
    fn write_journal_at(&mut self, now: Instant) -> Result<(), SessionError> {
        let Some(path) = self.journal_path() else {
            return Ok(());
        };
        let job = JournalJob {
            path: path.clone(),
            revision: self.revision(),
            reference: self.workspace_reference(),
            set: self.workspace.set.clone(),
            keep: self.journal.pending_set.clone(),
        };
        self.writer()?.request(job);
        self.journal.written = Some(path);
        self.journal.revision = Some(self.revision());
        self.journal.at = Some(now);
        Ok(())
    }

    fn writer(&mut self) -> Result<&JournalWriter, SessionError> {
        if self.journal.writer.is_none() {
            let writer = JournalWriter::start().map_err(|e| SessionError::Journal {
                path: self.journal_path().unwrap_or_default(),
                message: e.to_string(),
            })?;
            self.journal.writer = Some(writer);
        }
        self.journal.writer.as_ref().ok_or_else(|| SessionError::Journal {
            path: self.journal_path().unwrap_or_default(),
            message: "no journal writer".to_owned(),
        })
    }

    /// Removes the journal this session wrote, if any (after a save, or undone back
    /// to the saved state). While a found journal waits for the user's decision,
    /// its content is put back instead (never dropped).
    pub(super) fn remove_own_journal(&mut self) -> Result<(), SessionError> {
        let Some(path) = self.journal.written.take() else {
            return Ok(());
        };
        self.journal.revision = None;
        self.journal.at = None;
        if let Some(writer) = &self.journal.writer {
            writer.cancel();
        }
        if let Some(found) = &self.journal.pending_set {
            let file = AnnotationFile::new(self.workspace_reference(), found, None);
            return write_journal(&path, &file)
                .map_err(|source| SessionError::Journal { path, message: source.to_string() });
        }
        remove_journal(&path)
            .map_err(|source| SessionError::Journal { path: path.clone(), message: source.to_string() })
    }

    fn workspace_reference(&self) -> DocumentRef {
        let workspace = &self.workspace;
        DocumentRef::new(&workspace.document, &workspace.document_path, &workspace.annotations_path)
    }

    /// Looks for a journal beside the annotation file holding unsaved work (after a
    /// crash or a kill): `Some` when merging it in would add or change annotations
    /// (then autosave leaves it alone until [`Session::recover`] or
    /// [`Session::discard_journal`]; meanwhile the journals this session writes
    /// include its content). A journal that would change nothing is removed.
    ///
    /// # Errors
    /// The journal cannot be read or parsed (the error names it; it is left as
    /// it is), or a stale one cannot be removed.
    pub fn recovery(&mut self) -> Result<Option<Recovery>, SessionError> {
        let Some(path) = self.journal_path() else {
            return Ok(None);
        };
        let loaded = match annotations::read(&path) {
            Ok(loaded) => loaded,
            Err(annotations::LoadError::NotFound) => return Ok(None),
            Err(source) => return Err(WorkspaceError::Annotations { path, source }.into()),
        };
        let made_on = loaded.file.document.fingerprint.clone();
        let theirs = loaded.file.into_set().1;
        let found = Arc::new(theirs.clone());
        let (_, report) = merge_incoming(&self.workspace.set, theirs, &made_on, Some(&self.workspace.document));
        let changes = report.added + report.updated;
        if changes == 0 && report.tags_added == 0 {
            remove_journal(&path).map_err(|source| SessionError::Journal { path, message: source.to_string() })?;
            self.journal.pending = None;
            self.journal.pending_set = None;
            return Ok(None);
        }
        self.journal.pending = Some(path.clone());
        self.journal.pending_set = Some(found);
        Ok(Some(Recovery { path, changes, report }))
    }

    /// Merges the journal found by [`Session::recovery`] into the session as one
    /// undo step (see [`Session::apply_merge`]). The session is then modified; the
    /// journal stays until the next save (autosave rewrites it with the merged
    /// state).
    ///
    /// # Errors
    /// The journal cannot be read (the error names it); then nothing changed.
    pub fn recover(&mut self) -> Result<MergeReport, SessionError> {
        let Some(path) = self.journal.pending.clone().or_else(|| self.journal_path()) else {
            return Ok(MergeReport::default());
        };
        let loaded =
            annotations::read(&path).map_err(|source| WorkspaceError::Annotations { path: path.clone(), source })?;
        let report = self.apply_merge(loaded.file)?;
        self.journal.pending = None;
        self.journal.pending_set = None;
        self.journal.written = Some(path);
        self.journal.revision = None;
        Ok(report)
    }

    /// Removes the journal (the user chose to discard the unsaved work it holds,
    /// or to close without saving).
    ///
    /// # Errors
    /// It exists and cannot be removed.
    pub fn discard_journal(&mut self) -> Result<(), SessionError> {
        let path = self.journal.pending.take().or_else(|| self.journal.written.take()).or_else(|| self.journal_path());
        // No write queued or in flight may bring it back; the thread stays.
        let writer = self.journal.writer.take();
        if let Some(writer) = &writer {
            writer.cancel();
        }
        self.journal = Journal { writer, ..Journal::default() };
        if let Some(path) = path {
            remove_journal(&path).map_err(|source| SessionError::Journal { path, message: source.to_string() })?;
        }
        Ok(())
    }

    /// Whether a journal found on open waits for the user's decision.
    pub fn recovery_pending(&self) -> bool {
        self.journal.pending.is_some()
    }
}
