//! Every change to annotations and the tag set is an [`Edit`] value applied to an
//! [`AnnotationSet`]. Applying an edit returns its exact inverse, so undo is
//! "apply the inverse" and redo is "apply the inverse's inverse" ([`History`]).
//! The GUI, the CLI and merges change data only through these operations.
//! Undo history lives in memory only; it is never saved.

use std::collections::BTreeSet;

use super::annotation::{Annotation, AnnotationId, Annotations, Segment, Timestamp};
use super::tags::{Tag, TagId, TagSet};
use super::version::{Local, Version};

/// The editable state of one annotation file: the codebook and the annotations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnnotationSet {
    /// The tag set (codebook).
    pub tags: TagSet,
    /// The annotations.
    pub annotations: Annotations,
}

/// One reversible change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Adds an annotation. Inverse: [`Edit::Delete`].
    Create(Box<Annotation>),
    /// Removes an annotation. Inverse: [`Edit::Create`] with the removed annotation.
    Delete(AnnotationId),
    /// Replaces an annotation's tags and modification time.
    SetTags {
        /// The annotation.
        id: AnnotationId,
        /// Its new tags.
        tags: BTreeSet<TagId>,
        /// Its new modification time.
        modified: Timestamp,
    },
    /// Replaces an annotation's note and modification time.
    SetNote {
        /// The annotation.
        id: AnnotationId,
        /// Its new note.
        note: String,
        /// Its new modification time.
        modified: Timestamp,
    },
    /// Replaces an annotation's segments (re-anchoring) and modification time.
    SetSegments {
        /// The annotation.
        id: AnnotationId,
        /// Its new segments.
        segments: Vec<Segment>,
        /// Its new modification time.
        modified: Timestamp,
    },
    /// Inserts a tag into the tag set at an index. Inverse: [`Edit::RemoveTag`].
    InsertTag {
        /// Position in the tag set (clamped).
        index: usize,
        /// The tag.
        tag: Tag,
    },
    /// Removes a tag from the tag set (annotations keep referring to it unless a
    /// [`Edit::Batch`] also untags them: see [`delete_tag`]).
    RemoveTag(TagId),
    /// Replaces a tag's label, description, colour or shortcut (matched by ID).
    UpdateTag(Tag),
    /// Moves a tag to another position in the tag set.
    MoveTag {
        /// The tag.
        id: TagId,
        /// Its new position (clamped).
        index: usize,
    },
    /// Several edits applied in order as one undo step.
    Batch(Vec<Edit>),
    /// Resolves a conflict (or replaces an annotation whole): `version` becomes the
    /// only version of annotation `id`, with a version vector dominating all the
    /// surviving ones (a deletion version leaves a tombstone). Inverse:
    /// [`Edit::RestoreVersions`] with the versions it replaced.
    TakeVersion {
        /// The annotation.
        id: AnnotationId,
        /// The version taken (its content's ID is set to `id`).
        version: Box<Version<Annotation>>,
    },
    /// Puts back exactly these surviving versions of annotation `id` (display
    /// order; empty: none): the undo of [`Edit::TakeVersion`] and of merges, which
    /// brings a resolved conflict back as it was.
    RestoreVersions {
        /// The annotation.
        id: AnnotationId,
        /// Its versions.
        versions: Vec<Version<Annotation>>,
    },
    /// Replaces the author aliases (pairs of names of one person, see
    /// [`super::authors`]). Inverse: the same edit with the aliases it replaced.
    SetAuthorAliases(BTreeSet<(String, String)>),
}

/// Why an edit could not be applied. The state is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// No annotation with this ID.
    #[error("no annotation {0}")]
    NoSuchAnnotation(AnnotationId),
    /// An annotation with this ID exists already.
    #[error("annotation {0} exists already")]
    DuplicateAnnotation(AnnotationId),
    /// An annotation needs at least one segment.
    #[error("an annotation needs at least one segment")]
    NoSegments,
    /// No tag with this ID in the tag set.
    #[error("no tag `{0}`")]
    NoSuchTag(TagId),
    /// The tag set has a tag with this ID already.
    #[error("tag `{0}` exists already")]
    DuplicateTag(TagId),
}

impl AnnotationSet {
    /// Applies `edit` and returns its inverse. On error nothing changes (a failing
    /// [`Edit::Batch`] is rolled back).
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::Create(annotation) => {
                if annotation.segments.is_empty() {
                    return Err(EditError::NoSegments);
                }
                if self.annotations.get(&annotation.id).is_some() {
                    return Err(EditError::DuplicateAnnotation(annotation.id));
                }
                let id = annotation.id;
                self.annotations.insert(*annotation);
                Ok(Edit::Delete(id))
            }
            Edit::Delete(id) => {
                let removed = self.annotations.remove(&id).ok_or(EditError::NoSuchAnnotation(id))?;
                Ok(Edit::Create(Box::new(removed)))
            }
            Edit::SetTags { id, tags, modified } => {
                let a = self.annotations.get_mut(&id).ok_or(EditError::NoSuchAnnotation(id))?;
                let tags = std::mem::replace(&mut a.tags, tags);
                let modified = std::mem::replace(&mut a.modified, modified);
                Ok(Edit::SetTags { id, tags, modified })
            }
            Edit::SetNote { id, note, modified } => {
                let a = self.annotations.get_mut(&id).ok_or(EditError::NoSuchAnnotation(id))?;
                let note = std::mem::replace(&mut a.note, note);
                let modified = std::mem::replace(&mut a.modified, modified);
                Ok(Edit::SetNote { id, note, modified })
            }
            Edit::SetSegments { id, segments, modified } => {
                if segments.is_empty() {
                    return Err(EditError::NoSegments);
                }
                let a = self.annotations.get_mut(&id).ok_or(EditError::NoSuchAnnotation(id))?;
                let segments = std::mem::replace(&mut a.segments, segments);
                let modified = std::mem::replace(&mut a.modified, modified);
                Ok(Edit::SetSegments { id, segments, modified })
            }
            Edit::InsertTag { index, tag } => {
                let id = tag.id.clone();
                if self.tags.insert(index, tag) { Ok(Edit::RemoveTag(id)) } else { Err(EditError::DuplicateTag(id)) }
            }
            Edit::RemoveTag(id) => {
                let (index, tag) = self.tags.remove(&id).ok_or(EditError::NoSuchTag(id))?;
                Ok(Edit::InsertTag { index, tag })
            }
            Edit::UpdateTag(tag) => {
                let id = tag.id.clone();
                self.tags.replace(tag).map(Edit::UpdateTag).ok_or(EditError::NoSuchTag(id))
            }
            Edit::MoveTag { id, index } => {
                let old = self.tags.move_to(&id, index).ok_or_else(|| EditError::NoSuchTag(id.clone()))?;
                Ok(Edit::MoveTag { id, index: old })
            }
            Edit::TakeVersion { id, version } => {
                let before = self.annotations.versions_of(&id);
                self.annotations.take_version(id, *version);
                Ok(Edit::RestoreVersions { id, versions: before })
            }
            Edit::RestoreVersions { id, versions } => {
                let before = self.annotations.versions_of(&id);
                self.annotations.set_versions(id, versions);
                Ok(Edit::RestoreVersions { id, versions: before })
            }
            Edit::SetAuthorAliases(aliases) => {
                let before = self.annotations.author_aliases().clone();
                self.annotations.set_author_aliases(aliases);
                Ok(Edit::SetAuthorAliases(before))
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            for inverse in inverses.into_iter().rev() {
                                // Inverses of edits that just succeeded always apply.
                                let _ = self.apply(inverse);
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }

    /// Sets the installation that local edits are recorded for, and the time a
    /// deletion records (the model never reads the clock: the workspace and the
    /// session set it before applying edits). Every edit applied afterwards — undo
    /// and redo included, which are local edits too — gives the items it changes a
    /// version vector one higher for `local.installation` than the join of the
    /// versions it replaces.
    pub fn set_local(&mut self, local: Local) {
        self.annotations.set_local(local);
        self.tags.set_local(local);
    }

    /// How many annotations carry tag `id`.
    pub fn count_tagged(&self, id: &TagId) -> usize {
        self.annotations.iter().filter(|a| a.tags.contains(id)).count()
    }
}

/// The edit that deletes tag `id` from the tag set and from every annotation that
/// carries it (annotations left without tags are kept), as one undo step. `None`
/// if the tag set has no such tag.
pub fn delete_tag(set: &AnnotationSet, id: &TagId, now: Timestamp) -> Option<Edit> {
    set.tags.get(id)?;
    let mut edits: Vec<Edit> = set
        .annotations
        .iter()
        .filter(|a| a.tags.contains(id))
        .map(|a| {
            let mut tags = a.tags.clone();
            tags.remove(id);
            Edit::SetTags { id: a.id, tags, modified: now }
        })
        .collect();
    edits.push(Edit::RemoveTag(id.clone()));
    Some(Edit::Batch(edits))
}

/// The edit that toggles tag `tag` on annotation `id`.
pub fn toggle_tag(set: &AnnotationSet, id: AnnotationId, tag: &TagId, now: Timestamp) -> Option<Edit> {
    let annotation = set.annotations.get(&id)?;
    let mut tags = annotation.tags.clone();
    if !tags.remove(tag) {
        tags.insert(tag.clone());
    }
    Some(Edit::SetTags { id, tags, modified: now })
}

/// Undo and redo stacks of inverse edits, and the revision of the current state.
///
/// A revision names a state of the annotation set, not a count of edits (as in
/// helix's `History::current_revision`): every edit moves to a new revision, undo
/// returns to the revision the state had before, redo to the one after. So
/// "modified since saved" is `history.revision() != saved_revision`, and undoing
/// back to the saved state is unmodified again.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The revision of the current state (0 for the state the history started on).
    current: u64,
    /// The last revision handed out.
    last: u64,
}

#[derive(Clone, Debug)]
struct Step {
    inverse: Edit,
    /// Consecutive edits with the same key merge into one undo step (typing a note).
    merge_key: Option<String>,
    /// The revision of the state that applying `inverse` returns to.
    revision: u64,
}

impl History {
    /// Applies `edit` to `set` as a new undo step and clears the redo stack.
    pub fn apply(&mut self, set: &mut AnnotationSet, edit: Edit) -> Result<(), EditError> {
        self.apply_merging(set, edit, None)
    }

    /// Like [`History::apply`], but if the previous undo step has the same
    /// `merge_key` the two become one step (undo restores the state before both).
    /// Used so that typing a note is one undo step, not one per character.
    pub fn apply_merging(
        &mut self,
        set: &mut AnnotationSet,
        edit: Edit,
        merge_key: Option<String>,
    ) -> Result<(), EditError> {
        let inverse = set.apply(edit)?;
        self.redo.clear();
        match self.undo.last_mut() {
            Some(last) if merge_key.is_some() && last.merge_key == merge_key => {
                // Keep the older inverse: it restores the state before the first edit
                // (and the step keeps that state's revision).
                let older = std::mem::replace(&mut last.inverse, Edit::Batch(Vec::new()));
                last.inverse = merge_inverses(older, inverse);
            }
            _ => self.undo.push(Step { inverse, merge_key, revision: self.current }),
        }
        self.current = self.next_revision();
        Ok(())
    }

    /// The revision of the current state: a new one after every edit, the earlier
    /// one again after undo (see [`History`]).
    pub fn revision(&self) -> u64 {
        self.current
    }

    fn next_revision(&mut self) -> u64 {
        self.last += 1;
        self.last
    }

    /// Ends merging: the next edit starts a new undo step even with the same key.
    pub fn seal(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.merge_key = None;
        }
    }

    /// Undoes the last step. Returns `false` if there was nothing to undo.
    pub fn undo(&mut self, set: &mut AnnotationSet) -> Result<bool, EditError> {
        let Some(step) = self.undo.pop() else {
            return Ok(false);
        };
        let redo = set.apply(step.inverse)?;
        self.redo.push(Step { inverse: redo, merge_key: None, revision: self.current });
        self.current = step.revision;
        Ok(true)
    }

    /// Redoes the last undone step. Returns `false` if there was nothing to redo.
    pub fn redo(&mut self, set: &mut AnnotationSet) -> Result<bool, EditError> {
        let Some(step) = self.redo.pop() else {
            return Ok(false);
        };
        let undo = set.apply(step.inverse)?;
        self.undo.push(Step { inverse: undo, merge_key: None, revision: self.current });
        self.current = step.revision;
        Ok(true)
    }

    /// The edit [`History::undo`] would apply next (the inverse of the last step).
    pub fn next_undo(&self) -> Option<&Edit> {
        self.undo.last().map(|step| &step.inverse)
    }

    /// The edit [`History::redo`] would apply next.
    pub fn next_redo(&self) -> Option<&Edit> {
        self.redo.last().map(|step| &step.inverse)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets all steps (after opening another file).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }

    /// Forgets all steps and moves to a new revision: the annotation set was
    /// replaced wholesale (reloaded from disk), so no step applies to it and no
    /// earlier revision names its state.
    pub fn restart(&mut self) {
        self.clear();
        self.current = self.next_revision();
    }
}

/// The inverse of "first edit, then second edit", given the older inverse (undoes
/// the first) and the newer one (undoes the second): for two note edits of the same
/// annotation the older inverse alone restores the original state.
fn merge_inverses(older: Edit, newer: Edit) -> Edit {
    match (&older, &newer) {
        (Edit::SetNote { id: a, .. }, Edit::SetNote { id: b, .. }) if a == b => older,
        _ => Edit::Batch(vec![newer, older]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::annotation::Segment;
    use crate::model::document::Document;
    use crate::model::text::CharOffset;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(1_764_000_000 + seconds).unwrap()
    }

    fn annotation(doc: &Document, n: u64, tag: &str) -> Annotation {
        let segment = Segment::new(doc, 0, CharOffset(0), CharOffset(5)).unwrap();
        Annotation {
            id: AnnotationId::from_parts(n, u128::from(n)),
            segments: vec![segment],
            tags: [TagId::new(tag).unwrap()].into(),
            note: String::new(),
            author: "ana".into(),
            created: at(0),
            modified: at(0),
        }
    }

    fn state() -> (Document, AnnotationSet) {
        let doc = Document::parse(b"Estados y sociedad civil.".to_vec(), "d.txt").unwrap();
        (doc, AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::default() })
    }

    #[test]
    fn create_delete_and_note_edits_undo_and_redo_exactly() {
        let (doc, mut set) = state();
        let mut history = History::default();
        let a = annotation(&doc, 1, "governments");
        let id = a.id;
        history.apply(&mut set, Edit::Create(Box::new(a.clone()))).unwrap();
        let after_create = set.clone();
        history.apply(&mut set, Edit::SetNote { id, note: "Rol de los Estados".into(), modified: at(5) }).unwrap();
        let after_note = set.clone();
        history.apply(&mut set, Edit::Delete(id)).unwrap();
        assert!(set.annotations.is_empty());
        assert!(history.undo(&mut set).unwrap());
        assert_eq!(set, after_note);
        assert!(history.undo(&mut set).unwrap());
        assert_eq!(set, after_create);
        assert_eq!(set.annotations.get(&id).unwrap().modified, at(0));
        assert!(history.undo(&mut set).unwrap());
        assert!(set.annotations.is_empty());
        assert!(!history.undo(&mut set).unwrap());
        assert!(history.redo(&mut set).unwrap());
        assert!(history.redo(&mut set).unwrap());
        assert_eq!(set, after_note);
    }

    #[test]
    fn typing_a_note_is_one_undo_step() {
        let (doc, mut set) = state();
        let mut history = History::default();
        let a = annotation(&doc, 1, "governments");
        let id = a.id;
        history.apply(&mut set, Edit::Create(Box::new(a))).unwrap();
        for (second, note) in [(1, "R"), (2, "Ro"), (3, "Rol")] {
            let edit = Edit::SetNote { id, note: note.into(), modified: at(second) };
            history.apply_merging(&mut set, edit, Some(format!("note:{id}"))).unwrap();
        }
        assert_eq!(set.annotations.get(&id).unwrap().note, "Rol");
        history.undo(&mut set).unwrap();
        assert_eq!(set.annotations.get(&id).unwrap().note, "");
        assert_eq!(set.annotations.len(), 1, "the create step is separate");
    }

    #[test]
    fn revisions_name_states_so_undo_returns_to_the_saved_one() {
        let (doc, mut set) = state();
        let mut history = History::default();
        assert_eq!(history.revision(), 0);
        let a = annotation(&doc, 1, "governments");
        let id = a.id;
        history.apply(&mut set, Edit::Create(Box::new(a))).unwrap();
        let saved = history.revision();
        assert_ne!(saved, 0);
        for (second, note) in [(1, "R"), (2, "Ro")] {
            let edit = Edit::SetNote { id, note: note.into(), modified: at(second) };
            history.apply_merging(&mut set, edit, Some(format!("note:{id}"))).unwrap();
        }
        let typed = history.revision();
        assert!(typed != saved && typed != 0, "each merged keystroke is a new state");
        history.undo(&mut set).unwrap();
        assert_eq!(history.revision(), saved, "undo returns to the state before typing");
        history.redo(&mut set).unwrap();
        assert_eq!(history.revision(), typed);
        history.undo(&mut set).unwrap();
        history.undo(&mut set).unwrap();
        assert_eq!(history.revision(), 0);
        // A new edit after undoing is a new state, never one seen before.
        history.apply(&mut set, Edit::Create(Box::new(annotation(&doc, 2, "civil-society")))).unwrap();
        assert!(![0, saved, typed].contains(&history.revision()));
    }

    #[test]
    fn deleting_a_tag_untags_annotations_and_undo_restores_both() {
        let (doc, mut set) = state();
        let mut history = History::default();
        for (n, tag) in [(1, "governments"), (2, "civil-society"), (3, "governments")] {
            history.apply(&mut set, Edit::Create(Box::new(annotation(&doc, n, tag)))).unwrap();
        }
        let before = set.clone();
        let governments = TagId::new("governments").unwrap();
        assert_eq!(set.count_tagged(&governments), 2);
        let edit = delete_tag(&set, &governments, at(9)).unwrap();
        history.apply(&mut set, edit).unwrap();
        assert!(set.tags.get(&governments).is_none());
        assert_eq!(set.count_tagged(&governments), 0);
        assert_eq!(set.annotations.len(), 3, "annotations are kept");
        history.undo(&mut set).unwrap();
        assert_eq!(set, before);
    }

    #[test]
    fn failing_batch_changes_nothing() {
        let (doc, mut set) = state();
        let a = annotation(&doc, 1, "governments");
        let before = set.clone();
        let batch = Edit::Batch(vec![Edit::Create(Box::new(a.clone())), Edit::Create(Box::new(a))]);
        assert!(matches!(set.apply(batch), Err(EditError::DuplicateAnnotation(_))));
        assert_eq!(set, before);
    }

    #[test]
    fn tag_set_edits_invert() {
        let (_, mut set) = state();
        let before = set.clone();
        let mut media = set.tags.tags()[0].clone();
        media.id = TagId::new("media").unwrap();
        media.label = "Media".into();
        let edits = [
            Edit::InsertTag { index: 2, tag: media },
            Edit::MoveTag { id: TagId::new("governments").unwrap(), index: 5 },
            Edit::UpdateTag(Tag { label: "States".into(), ..set.tags.tags()[0].clone() }),
        ];
        let mut inverses = Vec::new();
        for edit in edits {
            inverses.push(set.apply(edit).unwrap());
        }
        assert_eq!(set.tags.tags()[1].id.as_str(), "media");
        for inverse in inverses.into_iter().rev() {
            set.apply(inverse).unwrap();
        }
        assert_eq!(set, before);
    }
}
