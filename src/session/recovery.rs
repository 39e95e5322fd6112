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

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::{Session, SessionError};
use crate::model::merge::MergeReport;
use crate::persist::annotations;
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
    /// The revision last journaled.
    revision: Option<u64>,
    /// When the journal was last written.
    at: Option<Instant>,
    /// A journal found on open that the user has not recovered or discarded yet:
    /// autosave does not touch it.
    pending: Option<PathBuf>,
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
    /// current time: writes the journal when there is unsaved work not yet
    /// journaled and the last write is at least [`JOURNAL_INTERVAL`] ago; removes
    /// this session's journal when there is no unsaved work any more (undone back
    /// to the saved state). Returns how long until a write is due, if one is
    /// waiting (the app asks for a repaint then).
    ///
    /// # Errors
    /// The journal cannot be written ([`SessionError::Journal`], naming it); the
    /// next call tries again.
    pub fn autosave(&mut self, now: Instant) -> Result<Option<Duration>, SessionError> {
        if self.journal.pending.is_some() {
            return Ok(None);
        }
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
        if self.journal.pending.is_some() || !self.is_modified() || self.journal.revision == Some(self.revision()) {
            return Ok(false);
        }
        self.write_journal_at(Instant::now())?;
        Ok(true)
    }

    fn write_journal_at(&mut self, now: Instant) -> Result<(), SessionError> {
        let Some(path) = self.journal_path() else {
            return Ok(());
        };
        write_journal(&path, &self.workspace.to_file())
            .map_err(|source| SessionError::Journal { path: path.clone(), message: source.to_string() })?;
        self.journal.written = Some(path);
        self.journal.revision = Some(self.revision());
        self.journal.at = Some(now);
        Ok(())
    }

    /// Removes the journal this session wrote, if any (after a save).
    pub(super) fn remove_own_journal(&mut self) -> Result<(), SessionError> {
        if let Some(path) = self.journal.written.take() {
            self.journal.revision = None;
            remove_journal(&path)
                .map_err(|source| SessionError::Journal { path: path.clone(), message: source.to_string() })?;
        }
        Ok(())
    }

    /// Looks for a journal beside the annotation file holding unsaved work (after a
    /// crash or a kill): `Some` when merging it in would add or change annotations
    /// (then autosave leaves it alone until [`Session::recover`] or
    /// [`Session::discard_journal`]). A journal that would change nothing is
    /// removed.
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
        let (_, report) = merge_incoming(&self.workspace.set, theirs, &made_on, Some(&self.workspace.document));
        let changes = report.added + report.updated;
        if changes == 0 && report.tags_added == 0 {
            remove_journal(&path).map_err(|source| SessionError::Journal { path, message: source.to_string() })?;
            self.journal.pending = None;
            return Ok(None);
        }
        self.journal.pending = Some(path.clone());
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
        self.journal = Journal::default();
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
