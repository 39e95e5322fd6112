//! Team work in an editing session (issue 10), for the app: merging a
//! colleague's file as one undoable step, listing and resolving conflicts, and
//! saving under the lock with a merge of whatever changed on disk.

use std::collections::HashMap;
use std::path::PathBuf;

use super::sync_copies::{self, ConflictCopy};
use super::{Session, SessionError};
use crate::model::anchor::Anchorer;
use crate::model::merge::{Conflict, MergeReport, Resolution, conflicts, resolution};
use crate::model::{AnnotationId, AnnotationSet, Edit};
use crate::persist::annotations::{self, AnnotationFile};
use crate::workspace::WorkspaceError;
use crate::workspace::merge::{Reanchored, merge_incoming, reanchor};

impl Session {
    /// What merging `incoming` (a colleague's annotation file) would do, without
    /// doing it: added, updated, conflicts, re-anchored, orphaned, per author.
    pub fn merge_preview(&self, incoming: &AnnotationFile) -> MergeReport {
        let set = &self.workspace.set;
        let doc = &self.workspace.document;
        merge_incoming(set, incoming.to_set(), &incoming.document.fingerprint, Some(doc)).1
    }

    /// Merges `incoming` (a colleague's annotation file) into the session as one undo
    /// step (annotations; the codebook's merge is applied too, outside undo, since
    /// tags are only ever added or updated by it). Incoming annotations made on
    /// another document version are re-anchored first. Returns the report.
    pub fn apply_merge(&mut self, incoming: AnnotationFile) -> Result<MergeReport, SessionError> {
        self.apply_merge_all(vec![incoming])
    }

    /// Merges several annotation files into the session as one undo step, each
    /// re-anchored against this document first when made on another version; the
    /// report counts against the session as it was.
    pub fn apply_merge_all(&mut self, files: Vec<AnnotationFile>) -> Result<MergeReport, SessionError> {
        let mut theirs: Option<AnnotationSet> = None;
        let mut found = Reanchored::default();
        for file in files {
            let made_on = file.document.fingerprint.clone();
            let mut set = file.into_set().1;
            let r = reanchor(&mut set, &made_on, &self.workspace.document, &self.workspace.set);
            found.reanchored += r.reanchored;
            found.moved += r.moved;
            found.orphaned.extend(r.orphaned);
            theirs = Some(match theirs {
                None => set,
                Some(so_far) => crate::model::merge::merge(&so_far, &set),
            });
        }
        let Some(theirs) = theirs else {
            return Ok(MergeReport::default());
        };
        let (merged, mut report) = crate::model::merge::merge_with_report(&self.workspace.set, &theirs);
        report.reanchored = found.reanchored;
        report.moved = found.moved;
        found.orphaned.sort_unstable();
        found.orphaned.dedup();
        report.orphaned = found.orphaned;
        let edits: Vec<Edit> = merged
            .annotations
            .all_ids()
            .into_iter()
            .filter_map(|id| {
                let versions = merged.annotations.versions_of(&id);
                (versions != self.workspace.set.annotations.versions_of(&id))
                    .then_some(Edit::RestoreVersions { id, versions })
            })
            .collect();
        self.workspace.set.tags = merged.tags;
        self.workspace.stamp();
        if !edits.is_empty() {
            self.apply(Edit::Batch(edits))?;
        }
        Ok(report)
    }

    /// The sync clients' conflict copies beside the annotation file (see
    /// [`sync_copies`]), those merged in and waiting for a save left out. Reads
    /// the folder (and, for OneDrive-looking names, the files): call it on open
    /// and when a watcher sees the folder change, not every frame.
    pub fn conflict_copies(&self) -> Vec<ConflictCopy> {
        let mut copies = sync_copies::find_conflict_copies(&self.workspace.disk_path());
        copies.retain(|c| !self.merged_copies.iter().any(|m| m == &c.path));
        copies
    }

    /// Merges the conflict copies at `paths` into the session as one undo step
    /// (see [`Session::apply_merge_all`]). The copies stay where they are until a
    /// save holds everything they hold; that save moves them into
    /// `.glosa-merged/` beside the file ([`sync_copies::move_to_merged`]; see
    /// [`Session::take_moved_copies`]). Nothing is deleted.
    ///
    /// # Errors
    /// A copy cannot be read (the error names it); then nothing changed.
    pub fn merge_conflict_copies(&mut self, paths: &[PathBuf]) -> Result<MergeReport, SessionError> {
        let mut files = Vec::with_capacity(paths.len());
        for path in paths {
            let loaded =
                annotations::read(path).map_err(|source| WorkspaceError::Annotations { path: path.clone(), source })?;
            files.push(loaded.file);
        }
        let report = self.apply_merge_all(files)?;
        for path in paths {
            if !self.merged_copies.contains(path) {
                self.merged_copies.push(path.clone());
            }
        }
        Ok(report)
    }

    /// The conflict copies merged in and not yet moved away (waiting for a save).
    pub fn pending_copies(&self) -> &[PathBuf] {
        &self.merged_copies
    }

    /// Where the last saves moved merged conflict copies (then empty until a save
    /// moves more).
    pub fn take_moved_copies(&mut self) -> Vec<PathBuf> {
        std::mem::take(&mut self.moved_copies)
    }

    /// After a save: moves each merged copy whose every version the annotations
    /// hold (merging it again would change nothing) into `.glosa-merged/`. A copy
    /// whose merge was undone (or that changed since) is no longer pending: it is
    /// offered again. One that cannot be read or moved stays pending.
    pub(super) fn settle_copies(&mut self) {
        let pending = std::mem::take(&mut self.merged_copies);
        for path in pending {
            let Ok(loaded) = annotations::read(&path) else {
                self.merged_copies.push(path);
                continue;
            };
            let made_on = loaded.file.document.fingerprint.clone();
            let theirs = loaded.file.into_set().1;
            let (_, report) = merge_incoming(&self.workspace.set, theirs, &made_on, Some(&self.workspace.document));
            if report.added > 0 || report.updated > 0 || report.tags_added > 0 {
                continue;
            }
            match sync_copies::move_to_merged(&path) {
                Ok(moved) => self.moved_copies.push(moved),
                Err(_) => self.merged_copies.push(path),
            }
        }
    }

    /// Merges the annotation file's version on disk (someone else saved it while
    /// there were unsaved changes here) into the session as one undo step: the
    /// "Merge" answer to the external-change question. That version is then not
    /// asked about again ([`Session::check_disk`] says [`super::DiskCheck::Kept`]),
    /// and Save merges it again under the lock, so undoing this step never drops
    /// their work from the file. A newer version on disk is asked about as usual.
    ///
    /// # Errors
    /// The file cannot be read (the error names it); then nothing changed.
    pub fn merge_disk(&mut self) -> Result<MergeReport, SessionError> {
        let path = self.workspace.annotations_path.clone();
        let loaded = annotations::read(&path).map_err(|source| WorkspaceError::Annotations { path, source })?;
        let content = loaded.content;
        let report = self.apply_merge(self.workspace.with_hand_edits(loaded.file))?;
        self.merged_disk = Some(content);
        self.kept_over = None;
        Ok(report)
    }

    /// The annotations in conflict, each with its versions (displayed first).
    pub fn conflicts(&self) -> Vec<Conflict> {
        conflicts(&self.workspace.set)
    }

    /// Resolves the conflict on `id` as `choice` says, as one undo step (undo
    /// brings the conflict back).
    pub fn resolve(&mut self, id: AnnotationId, choice: Resolution) -> Result<(), SessionError> {
        let now = crate::workspace::now();
        let edit = resolution(&self.workspace.set, id, choice, |_| crate::workspace::new_annotation_id(now))
            .map_err(|_| SessionError::Edit(crate::model::EditError::NoSuchAnnotation(id)))?;
        self.apply(edit)
    }

    /// Saves, merging in whatever was saved on disk meanwhile (see
    /// [`crate::workspace::Workspace::save_merging`]): two people saving the same
    /// file both keep their work. The merged-in changes are not undoable; the
    /// indexes are rebuilt when anything came in.
    pub fn save_merging(&mut self) -> Result<MergeReport, SessionError> {
        if self.read_only {
            self.save()?;
            return Ok(MergeReport::default());
        }
        self.make_folder()?;
        let report = self.workspace.save_merging()?;
        if report != MergeReport::default() {
            let anchorer = Anchorer::new(&self.workspace.document);
            self.anchors =
                self.workspace.set.annotations.iter().map(|a| (a.id, anchorer.resolve(a))).collect::<HashMap<_, _>>();
            self.reindex();
        }
        self.saved();
        Ok(report)
    }
}
