//! Team work in an editing session (issue 10), for the app: merging a
//! colleague's file as one undoable step, listing and resolving conflicts, and
//! saving under the lock with a merge of whatever changed on disk.

use std::collections::HashMap;

use super::{Session, SessionError};
use crate::model::anchor::Anchorer;
use crate::model::merge::{Conflict, MergeReport, Resolution, conflicts, resolution};
use crate::model::{AnnotationId, Edit};
use crate::persist::annotations::AnnotationFile;
use crate::workspace::merge::{merge_incoming, reanchor};

impl Session {
    /// What merging `incoming` (a colleague's annotation file) would do, without
    /// doing it: added, updated, conflicts, re-anchored, orphaned, per author.
    pub fn merge_preview(&self, incoming: &AnnotationFile) -> MergeReport {
        let set = &self.workspace.set;
        let doc = &self.workspace.document;
        merge_incoming(set, incoming.to_set(), &incoming.document.fingerprint, Some(doc)).1
    }

    /// Merges `incoming` into the session as one undo step (annotations; the
    /// codebook's merge is applied too, outside undo, since tags are only ever
    /// added or updated by it). Incoming annotations made on another document
    /// version are re-anchored first. Returns the report.
    pub fn apply_merge(&mut self, incoming: AnnotationFile) -> Result<MergeReport, SessionError> {
        let made_on = incoming.document.fingerprint.clone();
        let mut theirs = incoming.into_set().1;
        let found = reanchor(&mut theirs, &made_on, &self.workspace.document, &self.workspace.set);
        let (merged, mut report) = crate::model::merge::merge_with_report(&self.workspace.set, &theirs);
        report.reanchored = found.reanchored;
        report.moved = found.moved;
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
