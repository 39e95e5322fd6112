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
//! [`JournalWriter`] each session starts on its first write. The writer keeps its
//! own copy of the session's annotation set; the session hands it only what
//! changed since the last hand-off: the current versions of the annotations the
//! edits, undos and redos since then touched, plus the codebook and author
//! aliases (small), never printing, I/O or a copy of the whole set. So a journal
//! write costs the calling (UI) thread O(k log n) for k changed annotations, not
//! O(n). The whole set is copied only on the first hand-off of a session and after
//! the set was replaced wholesale (a reload, a save that merged a colleague's
//! version in): moments that cost O(n) anyway. Requests coalesce: at most one
//! write is in flight, a newer request is folded into one not yet started (the
//! latest state wins), and dropping the session (a clean exit) finishes the last
//! one. [`Session::flush_journal`] waits for it.
//!
//! A journal found on open and left undecided ("Later") is never dropped: while
//! it waits, the session journals the *merge* of that journal and its own state
//! (so both survive a second crash), and a save or an undo back to the saved state
//! puts the found journal's content back rather than removing it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{JournalReason, Session, SessionError};
use crate::model::merge::MergeReport;
use crate::model::{Annotation, AnnotationId, AnnotationSet, Local, TagSet, Version};
use crate::persist::annotations::{self, AnnotationFile, DocumentRef, SaveError};
use crate::persist::journal::{journal_path, remove_journal, write_journal, write_journal_of_set};
use crate::workspace::WorkspaceError;
use crate::workspace::merge::merge_incoming;

/// Least time between two journal writes of one session (the issue's "at most
/// every 2 s after a change"): with it, a crash loses at most about this much
/// work plus the time one write takes.
pub const JOURNAL_INTERVAL: Duration = Duration::from_secs(2);

/// How often a wait for the writer thread checks that it still runs.
const WRITER_CHECK: Duration = Duration::from_millis(200);

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
    /// What changed in the session's annotation set since the last hand-off to
    /// the writer (whose copy holds the set as it was then).
    unsent: Unsent,
}

/// The annotations changed since the writer's copy was last brought up to date.
#[derive(Debug, Default)]
enum Unsent {
    /// The writer has no copy yet, or the set was replaced wholesale: hand it the
    /// whole set.
    #[default]
    All,
    /// These annotations (live, deleted or in conflict; an ID no longer known is
    /// forgotten by the writer too).
    Ids(BTreeSet<AnnotationId>),
}

/// What a hand-off brings the writer's copy of the annotation set up to date with.
#[derive(Debug)]
enum Snapshot {
    /// The whole set (the first hand-off, or after a wholesale replacement).
    Whole(Box<AnnotationSet>),
    /// Only what changed since the previous hand-off.
    Changes(Box<Changes>),
}

/// The part of an annotation set that changed since the previous hand-off:
/// every version of each changed annotation (none: forgotten), and the small
/// parts always sent whole — the codebook, the author aliases, the local
/// installation and clock.
#[derive(Debug)]
struct Changes {
    annotations: BTreeMap<AnnotationId, Vec<Version<Annotation>>>,
    tags: TagSet,
    author_aliases: BTreeSet<(String, String)>,
    local: Local,
}

impl Changes {
    /// Applies the changes to `set`: O(k log n) for k changed annotations.
    fn apply_to(self, set: &mut AnnotationSet) {
        for (id, versions) in self.annotations {
            set.annotations.set_versions(id, versions);
        }
        set.tags = self.tags;
        set.annotations.set_author_aliases(self.author_aliases);
        set.set_local(self.local);
    }
}

impl Snapshot {
    /// This snapshot followed by `later`: one snapshot with the same effect.
    fn then(self, later: Snapshot) -> Snapshot {
        match (self, later) {
            (_, whole @ Snapshot::Whole(_)) => whole,
            (Snapshot::Whole(mut set), Snapshot::Changes(changes)) => {
                changes.apply_to(&mut set);
                Snapshot::Whole(set)
            }
            (Snapshot::Changes(mut first), Snapshot::Changes(second)) => {
                let Changes { annotations, tags, author_aliases, local } = *second;
                first.annotations.extend(annotations);
                Snapshot::Changes(Box::new(Changes { annotations: first.annotations, tags, author_aliases, local }))
            }
        }
    }

    /// Brings the writer's copy `base` up to date.
    fn apply_to(self, base: &mut AnnotationSet) {
        match self {
            Snapshot::Whole(set) => *base = *set,
            Snapshot::Changes(changes) => changes.apply_to(base),
        }
    }
}

/// One hand-off to the writer: what changed, and the journal to write.
#[derive(Debug)]
struct JournalJob {
    path: PathBuf,
    revision: u64,
    reference: DocumentRef,
    snapshot: Snapshot,
    /// A found, undecided journal's content, merged in before writing.
    keep: Option<Arc<AnnotationSet>>,
    /// Whether to write the journal; `false` after a cancel: the writer's copy
    /// is only brought up to date.
    write: bool,
}

/// What the writer thread and its owner share.
#[derive(Debug, Default)]
struct WriterState {
    /// The next journal to write (a newer request replaces it).
    queued: Option<JournalJob>,
    /// A write is in flight.
    busy: bool,
    /// The outcome of the last write: the revision and the error, if any.
    done: Option<(u64, Option<(PathBuf, SaveError)>)>,
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
            // The writer's copy of the session's annotation set.
            let mut base = AnnotationSet::default();
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
                let write = job.write;
                let error = write_job(job, &mut base);
                let mut s = lock(state);
                s.busy = false;
                if write {
                    s.done = Some((revision, error));
                }
                wake.notify_all();
            }
        })?;
        Ok(Self { shared, thread: Some(thread) })
    }

    /// Queues `job`, folded into one not started yet (whose changes it keeps).
    fn request(&self, mut job: JournalJob) {
        let (state, wake) = &*self.shared;
        let mut s = lock(state);
        if let Some(earlier) = s.queued.take() {
            job.snapshot = earlier.snapshot.then(job.snapshot);
        }
        s.queued = Some(job);
        drop(s);
        wake.notify_all();
    }

    /// Waits until nothing is queued or in flight; returns the last outcome.
    fn flush(&self) -> Option<(u64, Option<(PathBuf, SaveError)>)> {
        let (state, wake) = &*self.shared;
        let mut s = lock(state);
        while (s.queued.is_some() || s.busy) && self.running() {
            s = wake.wait_timeout(s, WRITER_CHECK).unwrap_or_else(PoisonError::into_inner).0;
        }
        s.done.take()
    }

    /// Whether the writer thread still runs (it ends only on drop, or if a
    /// write panicked: then nobody waits for it forever).
    fn running(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// Drops the queued write (its changes still reach the writer's copy) and
    /// waits for the one in flight: after this no journal is written until the
    /// next request.
    fn cancel(&self) {
        let (state, wake) = &*self.shared;
        let mut s = lock(state);
        if let Some(job) = &mut s.queued {
            job.write = false;
        }
        while (s.queued.is_some() || s.busy) && self.running() {
            s = wake.wait_timeout(s, WRITER_CHECK).unwrap_or_else(PoisonError::into_inner).0;
        }
        s.done = None;
    }

    /// The outcome of the last finished write, once.
    fn take_done(&self) -> Option<(u64, Option<(PathBuf, SaveError)>)> {
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

/// Brings the writer's copy `base` up to date and, unless the job was
/// cancelled, prints and writes one journal (on the writer thread); the error,
/// naming the journal, if it fails.
fn write_job(job: JournalJob, base: &mut AnnotationSet) -> Option<(PathBuf, SaveError)> {
    let JournalJob { path, reference, snapshot, keep, write, .. } = job;
    snapshot.apply_to(base);
    if !write {
        return None;
    }
    let merged;
    let set = match keep {
        Some(found) => {
            merged = crate::model::merge::merge(base, &found);
            &merged
        }
        None => &*base,
    };
    // In ID order: a journal is merged back, never read in document order.
    write_journal_of_set(&path, &reference, set).err().map(|e| (path, e))
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
    /// costs a copy of what changed since the last write (O(k log n) for k changed
    /// annotations, plus the codebook), never printing, I/O or a copy of the whole
    /// set (but on a session's first write; see the module docs).
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

    fn settle(&mut self, (revision, error): (u64, Option<(PathBuf, SaveError)>)) -> Result<(), SessionError> {
        match error {
            None => Ok(()),
            Some((path, error)) => {
                // Written again on the next call.
                if self.journal.revision == Some(revision) {
                    self.journal.revision = None;
                    self.journal.at = None;
                }
                Err(SessionError::Journal { path, reason: JournalReason::Write(error) })
            }
        }
    }

    /// Hands the session's state to the writer (merged with a found, undecided
    /// journal's content, so that is never dropped).
    fn write_journal_at(&mut self, now: Instant) -> Result<(), SessionError> {
        let Some(path) = self.journal_path() else {
            return Ok(());
        };
        self.writer()?;
        let job = JournalJob {
            path: path.clone(),
            revision: self.revision(),
            reference: self.workspace_reference(),
            snapshot: self.journal_snapshot(),
            keep: self.journal.pending_set.clone(),
            write: true,
        };
        self.writer()?.request(job);
        self.journal.written = Some(path);
        self.journal.revision = Some(self.revision());
        self.journal.at = Some(now);
        Ok(())
    }

    /// What the writer's copy lacks: the whole set, or the changed annotations'
    /// versions and the small parts (see [`Changes`]). Resets what is unsent.
    fn journal_snapshot(&mut self) -> Snapshot {
        let set = &self.workspace.set;
        match std::mem::replace(&mut self.journal.unsent, Unsent::Ids(BTreeSet::new())) {
            Unsent::All => Snapshot::Whole(Box::new(set.clone())),
            Unsent::Ids(ids) => Snapshot::Changes(Box::new(Changes {
                annotations: ids.into_iter().map(|id| (id, set.annotations.versions_of(&id))).collect(),
                tags: set.tags.clone(),
                author_aliases: set.annotations.author_aliases().clone(),
                local: set.annotations.local(),
            })),
        }
    }

    /// Notes that the annotations `ids` may have changed (an edit, undo or redo),
    /// for the next journal hand-off.
    pub(super) fn journal_touched(&mut self, ids: &[AnnotationId]) {
        if let Unsent::Ids(unsent) = &mut self.journal.unsent {
            unsent.extend(ids.iter().copied());
        }
    }

    /// Notes that the annotation set was replaced wholesale (a reload, a save
    /// that merged another version in): the next hand-off sends all of it.
    pub(super) fn journal_replaced(&mut self) {
        self.journal.unsent = Unsent::All;
    }

    fn writer(&mut self) -> Result<&JournalWriter, SessionError> {
        if self.journal.writer.is_none() {
            let writer = JournalWriter::start().map_err(|e| SessionError::Journal {
                path: self.journal_path().unwrap_or_default(),
                reason: JournalReason::Thread(e),
            })?;
            self.journal.writer = Some(writer);
        }
        self.journal.writer.as_ref().ok_or_else(|| SessionError::Journal {
            path: self.journal_path().unwrap_or_default(),
            reason: JournalReason::NoWriter,
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
                .map_err(|source| SessionError::Journal { path, reason: JournalReason::Write(source) });
        }
        remove_journal(&path).map_err(|source| SessionError::Journal { path, reason: JournalReason::Remove(source) })
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
            remove_journal(&path)
                .map_err(|source| SessionError::Journal { path, reason: JournalReason::Remove(source) })?;
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
        // The writer's copy stays up to date (the cancel applied what was queued).
        let unsent = std::mem::take(&mut self.journal.unsent);
        self.journal = Journal { writer, unsent, ..Journal::default() };
        if let Some(path) = path {
            remove_journal(&path)
                .map_err(|source| SessionError::Journal { path, reason: JournalReason::Remove(source) })?;
        }
        Ok(())
    }

    /// Whether a journal found on open waits for the user's decision.
    pub fn recovery_pending(&self) -> bool {
        self.journal.pending.is_some()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

    use std::path::Path;

    use super::*;
    use crate::model::{CharOffset, Edit, Segment, TagId};

    const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

    fn highlight(session: &mut Session, paragraph: usize, note: &str) -> AnnotationId {
        let segment = Segment::new(session.document(), paragraph, CharOffset(0), CharOffset(10)).unwrap();
        let tags = [TagId::new("governments").unwrap()].into();
        let mut annotation = super::super::new_highlight(vec![segment], tags, "Ana", crate::workspace::now()).unwrap();
        note.clone_into(&mut annotation.note);
        let id = annotation.id;
        session.apply(Edit::Create(Box::new(annotation))).unwrap();
        id
    }

    /// How many annotations a hand-off copies on the calling thread.
    fn copied(snapshot: &Snapshot) -> usize {
        match snapshot {
            Snapshot::Whole(set) => set.annotations.len() + set.annotations.versions().tombstones().count(),
            Snapshot::Changes(changes) => changes.annotations.len(),
        }
    }

    #[test]
    fn after_the_first_journal_a_hand_off_copies_only_the_annotations_that_changed() {
        let dir = tempfile::tempdir().unwrap();
        let doc = dir.path().join("brief.txt");
        std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
        let file = dir.path().join("brief.glosa.ron");
        let mut session = Session::open_document(&doc, Some(file.clone()), None).unwrap();
        let ids: Vec<AnnotationId> = (0..200).map(|n| highlight(&mut session, n % 11, &format!("n{n}"))).collect();
        session.save().unwrap();
        // The first hand-off of a session copies the set once.
        let first = session.journal_snapshot();
        assert_eq!(copied(&first), 200);
        // Then each hand-off copies what the edits, undos and redos touched.
        session
            .apply(Edit::SetNote { id: ids[7], note: "nota".to_owned(), modified: crate::workspace::now() })
            .unwrap();
        assert_eq!(copied(&session.journal_snapshot()), 1);
        assert_eq!(copied(&session.journal_snapshot()), 0, "nothing changed since");
        session.apply(Edit::Delete(ids[8])).unwrap();
        session.apply(Edit::Delete(ids[9])).unwrap();
        session.undo().unwrap();
        let snapshot = session.journal_snapshot();
        assert_eq!(copied(&snapshot), 2);
        let Snapshot::Changes(changes) = snapshot else { panic!("changes only") };
        assert!(changes.annotations[&ids[8]][0].deleted.is_some(), "a tombstone");
        assert_eq!(changes.annotations[&ids[9]].len(), 1, "live again");
        // A reload replaces the set wholesale: the next hand-off copies it again.
        session.reload().unwrap();
        assert_eq!(copied(&session.journal_snapshot()), 200);
    }

    #[test]
    fn the_writers_copy_followed_through_changes_writes_the_same_journal_as_the_whole_set() {
        let dir = tempfile::tempdir().unwrap();
        let doc = dir.path().join("brief.txt");
        std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
        let file = dir.path().join("brief.glosa.ron");
        let mut session = Session::open_document(&doc, Some(file.clone()), None).unwrap();
        let journal = session.journal_path().unwrap();
        let expected = |session: &Session| {
            let file = AnnotationFile::new(session.workspace_reference(), session.set(), None);
            annotations::to_ron_string(&file).unwrap()
        };
        let started = Instant::now();
        let mut ids = Vec::new();
        for step in 0..60u32 {
            match step % 6 {
                0 | 1 => ids.push(highlight(&mut session, step as usize % 11, &format!("n{step}"))),
                2 => {
                    let id = ids[step as usize % ids.len()];
                    let note = format!("nota {step}");
                    let _ = session.apply(Edit::SetNote { id, note, modified: crate::workspace::now() });
                }
                3 => {
                    session.undo().unwrap();
                }
                4 => {
                    let _ = session.apply(Edit::Delete(ids[step as usize % ids.len()]));
                }
                _ => {
                    session.redo().unwrap();
                }
            }
            if step == 30 {
                session.save().unwrap();
            }
            session.autosave(started + JOURNAL_INTERVAL * (step + 1)).unwrap();
            // Sometimes the writer is left behind: requests are folded together.
            if step % 4 == 3 && session.is_modified() {
                session.flush_journal().unwrap();
                assert_eq!(std::fs::read_to_string(&journal).unwrap(), expected(&session), "step {step}");
            }
        }
    }
}
