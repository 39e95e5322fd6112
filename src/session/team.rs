//! Team work in an editing session (issue 10), for the app: merging a
//! colleague's file as one undoable step, listing and resolving conflicts, and
//! saving under the lock with a merge of whatever changed on disk.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use super::sync_copies::{self, ConflictCopy};
use super::{DiskFollow, Session, SessionError};
use crate::model::authors::People;
use crate::model::merge::{Conflict, MergeReport, Resolution, conflicts, resolution};
use crate::model::{Annotation, AnnotationId, AnnotationSet, Edit, Version, VersionVector};
use crate::persist::annotations::{self, AnnotationFile};
use crate::workspace::DiskStatus;
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
        self.merge_files_in(files).map(|(report, _)| report)
    }

    /// [`Session::apply_merge_all`], also saying whether the merge changed
    /// anything here (an undo step, or the codebook); when it changed nothing, no
    /// undo step is pushed and nothing is touched.
    fn merge_files_in(&mut self, files: Vec<AnnotationFile>) -> Result<(MergeReport, bool), SessionError> {
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
            return Ok((MergeReport::default(), false));
        };
        let (merged, mut report) = crate::model::merge::merge_with_report(&self.workspace.set, &theirs);
        report.reanchored = found.reanchored;
        report.moved = found.moved;
        found.orphaned.sort_unstable();
        found.orphaned.dedup();
        report.orphaned = found.orphaned;
        let mut edits: Vec<Edit> = merged
            .annotations
            .all_ids()
            .into_iter()
            .filter_map(|id| {
                let versions = merged.annotations.versions_of(&id);
                (versions != self.workspace.set.annotations.versions_of(&id))
                    .then_some(Edit::RestoreVersions { id, versions })
            })
            .collect();
        // Both sides' author aliases (a merge takes their union), in the same step.
        if merged.annotations.author_aliases() != self.workspace.set.annotations.author_aliases() {
            edits.push(Edit::SetAuthorAliases(merged.annotations.author_aliases().clone()));
        }
        let tags_changed = !same_tags(&merged.tags, &self.workspace.set.tags);
        if tags_changed {
            self.workspace.set.tags = merged.tags;
        }
        let changed = tags_changed || !edits.is_empty();
        self.workspace.stamp();
        if !edits.is_empty() {
            self.apply(Edit::Batch(edits))?;
        }
        Ok((report, changed))
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

    /// Follows a change of the annotation file on disk (a colleague's sync, `git
    /// pull`; call it when a file watcher reports the file, or the window gets
    /// the focus back), as editors do:
    ///
    /// - nothing unsaved here: their version is taken exactly, as one undo step
    ///   (the view keeps its place; the session is then unmodified, and undoing
    ///   the step makes it differ from the file again), [`DiskFollow::Reloaded`];
    /// - unsaved changes here and merging their version in would be clean (no
    ///   conflict, no orphan): merged at once as one undo step, as
    ///   [`Session::merge_disk`] does, [`DiskFollow::Merged`];
    /// - otherwise nothing is touched and the user is asked
    ///   ([`DiskFollow::Ask`], with what a merge would do).
    ///
    /// A version of the file the user already chose to keep working over, or
    /// merged, is [`DiskFollow::Unchanged`].
    ///
    /// # Errors
    /// The file cannot be read (it may be half written: look again at the next
    /// event); then nothing changed.
    pub fn follow_disk(&mut self) -> Result<DiskFollow, SessionError> {
        match self.workspace.disk_status()? {
            DiskStatus::Unchanged => return Ok(DiskFollow::Unchanged),
            DiskStatus::Missing => return Ok(DiskFollow::Missing),
            DiskStatus::Changed => {}
        }
        let path = self.workspace.annotations_path.clone();
        let loaded =
            annotations::read(&path).map_err(|source| WorkspaceError::Annotations { path: path.clone(), source })?;
        let content = loaded.content;
        if [&self.kept_over, &self.merged_disk].iter().any(|k| k.as_ref().is_some_and(|k| k.same_content(&content))) {
            return Ok(DiskFollow::Unchanged);
        }
        if !self.is_modified() {
            return self.take_disk_version().map(|changes| DiskFollow::Reloaded { changes });
        }
        // Hand edits on disk (same version vector, other content) against the
        // set last read or written are versions of their own, as in merge_disk.
        let theirs = self.workspace.with_hand_edits(loaded.file);
        let report = self.merge_preview(&theirs);
        if !report.is_clean() || !report.orphaned.is_empty() {
            return Ok(DiskFollow::Ask(report));
        }
        let (report, changed) = self.merge_files_in(vec![theirs])?;
        self.merged_disk = Some(content);
        self.kept_over = None;
        // Their version holds nothing this session lacks (a colleague saved what
        // was merged here already, a sync client re-wrote the same content):
        // nothing to tell, no undo step.
        if !changed {
            return Ok(DiskFollow::Unchanged);
        }
        Ok(DiskFollow::Merged(report))
    }

    /// Replaces the annotations with the file's version on disk, as one undo
    /// step (see [`Session::follow_disk`]); returns how many annotations changed.
    fn take_disk_version(&mut self) -> Result<usize, SessionError> {
        let before = self.workspace.set.clone();
        // Adopts the file (its content identity and document reference too).
        self.workspace.reload()?;
        let theirs = std::mem::replace(&mut self.workspace.set, before);
        let mut ids: Vec<AnnotationId> = self.workspace.set.annotations.all_ids();
        ids.extend(theirs.annotations.all_ids());
        ids.sort_unstable();
        ids.dedup();
        let mut edits: Vec<Edit> = ids
            .into_iter()
            .filter_map(|id| {
                let versions = theirs.annotations.versions_of(&id);
                (versions != self.workspace.set.annotations.versions_of(&id))
                    .then_some(Edit::RestoreVersions { id, versions })
            })
            .collect();
        let changes = edits.len();
        if theirs.annotations.author_aliases() != self.workspace.set.annotations.author_aliases() {
            edits.push(Edit::SetAuthorAliases(theirs.annotations.author_aliases().clone()));
        }
        self.workspace.set.tags = theirs.tags;
        self.workspace.stamp();
        if !edits.is_empty() {
            self.apply(Edit::Batch(edits))?;
        }
        self.saved_revision = self.history.revision();
        self.kept_over = None;
        self.merged_disk = None;
        Ok(changes)
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

    /// The people the annotation file's author aliases describe (see
    /// [`crate::model::authors`]).
    pub fn people(&self) -> People {
        People::from_aliases(self.workspace.set.annotations.author_aliases())
    }

    /// How many live annotations each author name has, by name (not by person).
    /// O(n) in the number of annotations.
    pub fn author_counts(&self) -> BTreeMap<String, usize> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for annotation in self.workspace.set.annotations.iter() {
            *counts.entry(annotation.author.as_str()).or_default() += 1;
        }
        counts.into_iter().map(|(name, n)| (name.to_owned(), n)).collect()
    }

    /// Records in the annotation file that author name `alias` is the person
    /// `person` (an author alias, e.g. "Ana K." = "ana.k@example.org"), as one
    /// undo step. Returns `false` (and records nothing) when they are one person
    /// already. The annotations keep their `author` as written; lists, highlights
    /// and agreement show and count them as one person.
    pub fn alias_author(&mut self, alias: &str, person: &str) -> Result<bool, SessionError> {
        let before = self.workspace.set.annotations.author_aliases();
        let after = crate::model::authors::with_alias(before, alias, person);
        if after == *before {
            return Ok(false);
        }
        self.apply(Edit::SetAuthorAliases(after))?;
        Ok(true)
    }

    /// Resolves the conflict on `id` with `edited` (the Conflicts panel's
    /// "Edit…": one version, or a combination of them, changed by the user) as
    /// one undo step: `edited` becomes the only version, with a version vector
    /// dominating every surviving one and `modified` set to now. Undo brings the
    /// conflict back.
    ///
    /// # Errors
    /// `id` is not in conflict ([`crate::model::EditError::NoSuchAnnotation`]),
    /// or `edited` has no segment.
    pub fn resolve_edited(&mut self, id: AnnotationId, mut edited: Annotation) -> Result<(), SessionError> {
        if self.workspace.set.annotations.versions_of(&id).len() < 2 {
            return Err(SessionError::Edit(crate::model::EditError::NoSuchAnnotation(id)));
        }
        if edited.segments.is_empty() {
            return Err(SessionError::Edit(crate::model::EditError::NoSegments));
        }
        edited.id = id;
        edited.modified = crate::workspace::now();
        let version = Version { value: edited, rev: VersionVector::default(), deleted: None };
        self.apply(Edit::TakeVersion { id, version: Box::new(version) })
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
        self.refuse_other_document()?;
        self.make_folder()?;
        let report = self.workspace.save_merging()?;
        if report != MergeReport::default() {
            self.journal_replaced();
            let anchorer = self.workspace.anchorer();
            self.anchors =
                self.workspace.set.annotations.iter().map(|a| (a.id, anchorer.resolve(a))).collect::<HashMap<_, _>>();
            self.reindex();
        }
        self.saved();
        Ok(report)
    }
}

/// Whether two tag sets hold the same tags in the same order and merged
/// positions, with the same versions (tombstones and conflicts included) and
/// aliases. O(t log t) in tags.
fn same_tags(a: &crate::model::TagSet, b: &crate::model::TagSet) -> bool {
    a == b && a.aliases() == b.aliases() && (0..a.tags().len()).all(|i| a.position(i) == b.position(i)) && {
        let ids = a.all_ids();
        ids == b.all_ids() && ids.iter().all(|id| a.versions_of(id) == b.versions_of(id))
    }
}
