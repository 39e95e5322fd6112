//! A project's codebook: the tag set every annotation file of the project shares,
//! with a hierarchy (a code may have a parent: "Governments › Regulators") and
//! descriptions (the code definitions, "code memos", analysts write).
//!
//! # How the codebook and the annotation files' tag sets relate
//!
//! Every annotation file carries a copy of a tag set, so that it stays readable on
//! its own (sent by e-mail, opened without its project). In a project the
//! codebook is the authority:
//!
//! - A file opened in the project shows [`Codebook::align`]ed tags: the codebook's
//!   tags in codebook order (their labels, colours, descriptions and shortcuts
//!   replace the file's), then any tag the file has that the codebook lacks, in the
//!   file's order (kept, never dropped; the project lists them so they can be
//!   added to the codebook). Aligning is not an edit of the annotations: it is not
//!   an undo step and does not make the file "unsaved"; the file receives the
//!   codebook's tags the next time it is saved.
//! - Editing the codebook (adding, renaming, recolouring, describing, moving a
//!   code, giving it a parent) is an edit of the project, undone as one, and every
//!   open file is aligned again at once.
//! - Annotations refer to codes by [`TagId`] only, so renaming never touches them.
//! - The hierarchy lives in the codebook only (annotation files stay flat tag
//!   sets): a parent must be a code of the codebook, never the code itself or one
//!   of its descendants. A parent that is missing or would close a cycle (a
//!   hand-edited file) is ignored, not dropped: the code shows as a top-level code.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::tags::{Color, Tag, TagId, TagSet};

/// The separator of a code's path label, `Governments › Regulators`.
pub const PATH_SEPARATOR: &str = " › ";

/// Deepest hierarchy walked (a guard against hostile files; real codebooks have
/// two or three levels).
const MAX_DEPTH: usize = 64;

/// The codes of a project with their parents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<Entry>", into = "Vec<Entry>")]
pub struct Codebook {
    tags: TagSet,
    parents: BTreeMap<TagId, TagId>,
}

/// One code as written in a project file: a tag and its parent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    id: TagId,
    label: String,
    #[serde(default)]
    description: String,
    color: Color,
    #[serde(default)]
    shortcut: Option<u8>,
    #[serde(default)]
    parent: Option<TagId>,
}

impl From<Vec<Entry>> for Codebook {
    fn from(entries: Vec<Entry>) -> Self {
        let mut parents = BTreeMap::new();
        let tags = TagSet::from_tags(entries.into_iter().map(|e| {
            if let Some(parent) = e.parent {
                parents.entry(e.id.clone()).or_insert(parent);
            }
            Tag { id: e.id, label: e.label, description: e.description, color: e.color, shortcut: e.shortcut }
        }));
        Self { tags, parents }
    }
}

impl From<Codebook> for Vec<Entry> {
    fn from(codebook: Codebook) -> Self {
        let Codebook { tags, mut parents } = codebook;
        tags.tags()
            .iter()
            .cloned()
            .map(|t| Entry {
                parent: parents.remove(&t.id),
                id: t.id,
                label: t.label,
                description: t.description,
                color: t.color,
                shortcut: t.shortcut,
            })
            .collect()
    }
}

/// Why a codebook edit was refused; nothing changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodebookError {
    /// No code with this ID.
    #[error("no code `{0}` in the codebook")]
    Unknown(TagId),
    /// A code with this ID exists.
    #[error("the codebook already has a code `{0}`")]
    Duplicate(TagId),
    /// The parent would be the code itself or one of its descendants.
    #[error("`{parent}` cannot be the parent of `{id}`: it is `{id}` or one of its sub-codes")]
    Cycle {
        /// The code.
        id: TagId,
        /// The parent asked for.
        parent: TagId,
    },
}

/// One reversible change of a codebook; applying it returns its inverse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodebookEdit {
    /// Adds a code at `index` (clamped) under `parent`.
    Insert {
        /// Position in the codebook.
        index: usize,
        /// The code.
        tag: Tag,
        /// Its parent, if any.
        parent: Option<TagId>,
    },
    /// Replaces a code's label, description, colour and shortcut (by its ID).
    Update(Tag),
    /// Gives a code a parent, or makes it top-level (`None`).
    SetParent {
        /// The code.
        id: TagId,
        /// The new parent.
        parent: Option<TagId>,
    },
    /// Moves a code to `index` (clamped).
    Move {
        /// The code.
        id: TagId,
        /// The new position.
        index: usize,
    },
    /// Removes a code; its sub-codes move up to its parent.
    Remove(TagId),
    /// Several edits, applied in order, undone as one.
    Batch(Vec<CodebookEdit>),
}

impl Codebook {
    /// A flat codebook of `tags` (no parents).
    pub fn new(tags: TagSet) -> Self {
        Self { tags, parents: BTreeMap::new() }
    }

    /// The WSIS stakeholder groups ([`TagSet::wsis_default`]), flat.
    pub fn wsis_default() -> Self {
        Self::new(TagSet::wsis_default())
    }

    /// The codes, in codebook order.
    pub fn tags(&self) -> &TagSet {
        &self.tags
    }

    /// The code with this ID.
    pub fn get(&self, id: &TagId) -> Option<&Tag> {
        self.tags.get(id)
    }

    /// How many codes there are.
    pub fn len(&self) -> usize {
        self.tags.tags().len()
    }

    /// Whether the codebook has no code.
    pub fn is_empty(&self) -> bool {
        self.tags.tags().is_empty()
    }

    /// A code's label, or its ID when the codebook lacks it.
    pub fn label(&self, id: &TagId) -> String {
        self.tags.get(id).map_or_else(|| id.to_string(), |t| t.label.clone())
    }

    /// A code's parent as stored, if it names a code of the codebook and closes no
    /// cycle (see the module docs).
    pub fn parent(&self, id: &TagId) -> Option<&TagId> {
        let parent = self.parents.get(id)?;
        (self.tags.get(parent).is_some() && !self.ancestry_loops(id)).then_some(parent)
    }

    /// Whether walking up from `id` comes back to a code already seen.
    fn ancestry_loops(&self, id: &TagId) -> bool {
        let mut seen = BTreeSet::from([id]);
        let mut current = id;
        for _ in 0..MAX_DEPTH {
            match self.parents.get(current) {
                Some(parent) if self.tags.get(parent).is_some() => {
                    if !seen.insert(parent) {
                        return true;
                    }
                    current = parent;
                }
                _ => return false,
            }
        }
        true
    }

    /// The code's ancestors, nearest first.
    pub fn ancestors(&self, id: &TagId) -> Vec<&TagId> {
        let mut out = Vec::new();
        let mut current = id;
        while let Some(parent) = self.parent(current) {
            if out.len() >= MAX_DEPTH {
                break;
            }
            out.push(parent);
            current = parent;
        }
        out
    }

    /// How deep the code is: 0 for a top-level code.
    pub fn depth(&self, id: &TagId) -> usize {
        self.ancestors(id).len()
    }

    /// The labels from the top-level code down to this one, joined with
    /// [`PATH_SEPARATOR`]: `Governments › Regulators`. The ID for an unknown code.
    pub fn path_label(&self, id: &TagId) -> String {
        let mut parts: Vec<String> = self.ancestors(id).into_iter().rev().map(|a| self.label(a)).collect();
        parts.push(self.label(id));
        parts.join(PATH_SEPARATOR)
    }

    /// The code's direct sub-codes, in codebook order.
    pub fn children(&self, id: &TagId) -> Vec<&Tag> {
        self.tags.tags().iter().filter(|t| self.parent(&t.id) == Some(id)).collect()
    }

    /// The code and all its sub-codes, at any depth.
    pub fn with_descendants(&self, id: &TagId) -> BTreeSet<TagId> {
        let mut out = BTreeSet::from([id.clone()]);
        for tag in self.tags.tags() {
            if self.ancestors(&tag.id).contains(&id) {
                out.insert(tag.id.clone());
            }
        }
        out
    }

    /// Every code with its depth, as a tree: top-level codes in codebook order,
    /// each followed by its sub-codes (depth first, in codebook order).
    pub fn tree(&self) -> Vec<(&Tag, usize)> {
        let mut children: BTreeMap<&TagId, Vec<&Tag>> = BTreeMap::new();
        let mut roots = Vec::new();
        for tag in self.tags.tags() {
            match self.parent(&tag.id) {
                Some(parent) => children.entry(parent).or_default().push(tag),
                None => roots.push(tag),
            }
        }
        let mut out = Vec::with_capacity(self.len());
        let mut stack: Vec<(&Tag, usize)> = roots.into_iter().rev().map(|t| (t, 0)).collect();
        while let Some((tag, depth)) = stack.pop() {
            out.push((tag, depth));
            if let Some(kids) = children.get(&tag.id) {
                stack.extend(kids.iter().rev().map(|k| (*k, depth + 1)));
            }
        }
        out
    }

    /// The tag set a file of the project shows (see the module docs): the
    /// codebook's codes, then the file's tags the codebook lacks.
    pub fn align(&self, file_tags: &TagSet) -> TagSet {
        let extra = file_tags.tags().iter().filter(|t| self.tags.get(&t.id).is_none()).cloned();
        TagSet::from_tags(self.tags.tags().iter().cloned().chain(extra))
    }

    /// Whether `parent` may become the parent of `id`.
    pub fn check_parent(&self, id: &TagId, parent: Option<&TagId>) -> Result<(), CodebookError> {
        if self.tags.get(id).is_none() {
            return Err(CodebookError::Unknown(id.clone()));
        }
        let Some(parent) = parent else {
            return Ok(());
        };
        if self.tags.get(parent).is_none() {
            return Err(CodebookError::Unknown(parent.clone()));
        }
        if parent == id || self.ancestors(parent).contains(&id) {
            return Err(CodebookError::Cycle { id: id.clone(), parent: parent.clone() });
        }
        Ok(())
    }

    /// Applies `edit`, returning its inverse. On error nothing changes.
    pub fn apply(&mut self, edit: CodebookEdit) -> Result<CodebookEdit, CodebookError> {
        match edit {
            CodebookEdit::Insert { index, tag, parent } => {
                if self.tags.get(&tag.id).is_some() {
                    return Err(CodebookError::Duplicate(tag.id));
                }
                if let Some(parent) = &parent
                    && self.tags.get(parent).is_none()
                {
                    return Err(CodebookError::Unknown(parent.clone()));
                }
                let id = tag.id.clone();
                self.tags.insert(index, tag);
                if let Some(parent) = parent {
                    self.parents.insert(id.clone(), parent);
                }
                Ok(CodebookEdit::Remove(id))
            }
            CodebookEdit::Update(tag) => {
                let id = tag.id.clone();
                self.tags.replace(tag).map(CodebookEdit::Update).ok_or(CodebookError::Unknown(id))
            }
            CodebookEdit::SetParent { id, parent } => {
                self.check_parent(&id, parent.as_ref())?;
                let old = match parent {
                    Some(parent) => self.parents.insert(id.clone(), parent),
                    None => self.parents.remove(&id),
                };
                Ok(CodebookEdit::SetParent { id, parent: old })
            }
            CodebookEdit::Move { id, index } => {
                let old = self.tags.move_to(&id, index).ok_or(CodebookError::Unknown(id.clone()))?;
                Ok(CodebookEdit::Move { id, index: old })
            }
            CodebookEdit::Remove(id) => {
                let (index, tag) = self.tags.remove(&id).ok_or(CodebookError::Unknown(id.clone()))?;
                let parent = self.parents.remove(&id);
                // Sub-codes move up to the removed code's parent.
                let mut inverse = vec![CodebookEdit::Insert { index, tag, parent: parent.clone() }];
                let orphans: Vec<TagId> =
                    self.parents.iter().filter(|(_, p)| **p == id).map(|(child, _)| child.clone()).collect();
                for child in orphans {
                    match &parent {
                        Some(up) => self.parents.insert(child.clone(), up.clone()),
                        None => self.parents.remove(&child),
                    };
                    inverse.push(CodebookEdit::SetParent { id: child, parent: Some(id.clone()) });
                }
                Ok(CodebookEdit::Batch(inverse))
            }
            CodebookEdit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            // Roll back what this batch did.
                            for inverse in inverses.into_iter().rev() {
                                let _ = self.apply(inverse);
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(CodebookEdit::Batch(inverses))
            }
        }
    }

    /// The parents as stored (child → parent), including ones [`Codebook::parent`]
    /// ignores; for merging and saving.
    pub fn stored_parents(&self) -> &BTreeMap<TagId, TagId> {
        &self.parents
    }

    /// A codebook of `tags` with `parents` as given (unchecked: see
    /// [`Codebook::parent`] for how bad parents are read).
    pub fn from_parts(tags: TagSet, parents: BTreeMap<TagId, TagId>) -> Self {
        Self { tags, parents }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn id(text: &str) -> TagId {
        TagId::new(text).unwrap()
    }

    fn regulators() -> Tag {
        Tag {
            id: id("regulators"),
            label: "Regulators".into(),
            description: "National regulatory authorities".into(),
            color: Color { r: 0x1f, g: 0x4e, b: 0x9d },
            shortcut: None,
        }
    }

    fn with_regulators() -> Codebook {
        let mut codebook = Codebook::wsis_default();
        codebook.apply(CodebookEdit::Insert { index: 1, tag: regulators(), parent: Some(id("governments")) }).unwrap();
        codebook
    }

    #[test]
    fn a_sub_code_has_a_path_label_and_sits_under_its_parent() {
        let codebook = with_regulators();
        assert_eq!(codebook.path_label(&id("regulators")), "Governments › Regulators");
        assert_eq!(codebook.depth(&id("regulators")), 1);
        let tree: Vec<(&str, usize)> = codebook.tree().iter().map(|(t, d)| (t.id.as_str(), *d)).collect();
        assert_eq!(
            tree,
            [
                ("governments", 0),
                ("regulators", 1),
                ("private-sector", 0),
                ("civil-society", 0),
                ("intergovernmental-organizations", 0),
                ("international-organizations", 0),
                ("technical-academic-community", 0),
            ]
        );
        assert_eq!(
            codebook.with_descendants(&id("governments")),
            BTreeSet::from([id("governments"), id("regulators")])
        );
    }

    #[test]
    fn no_code_can_be_its_own_ancestor() {
        let mut codebook = with_regulators();
        let before = codebook.clone();
        let err = codebook.apply(CodebookEdit::SetParent { id: id("governments"), parent: Some(id("regulators")) });
        assert_eq!(
            err.unwrap_err().to_string(),
            "`regulators` cannot be the parent of `governments`: it is `governments` or one of its sub-codes"
        );
        assert_eq!(codebook, before);
        // A cycle written by hand is read as top-level codes.
        let mut parents = BTreeMap::new();
        parents.insert(id("governments"), id("civil-society"));
        parents.insert(id("civil-society"), id("governments"));
        parents.insert(id("private-sector"), id("no-such-code"));
        let hand_made = Codebook::from_parts(TagSet::wsis_default(), parents);
        assert_eq!(hand_made.parent(&id("governments")), None);
        assert_eq!(hand_made.parent(&id("private-sector")), None);
        assert_eq!(hand_made.tree().len(), 6);
        assert_eq!(hand_made.path_label(&id("civil-society")), "Civil society");
    }

    #[test]
    fn removing_a_code_moves_its_sub_codes_up_and_undoing_restores_them() {
        let mut codebook = with_regulators();
        let before = codebook.clone();
        let inverse = codebook.apply(CodebookEdit::Remove(id("governments"))).unwrap();
        assert_eq!(codebook.parent(&id("regulators")), None);
        assert_eq!(codebook.len(), 6);
        codebook.apply(inverse).unwrap();
        assert_eq!(codebook, before);
    }

    #[test]
    fn aligning_puts_the_codebook_first_and_keeps_the_files_own_tags() {
        let codebook = with_regulators();
        let mut file_tags = TagSet::wsis_default();
        let mut renamed = file_tags.get(&id("civil-society")).unwrap().clone();
        renamed.label = "Sociedad civil".into();
        file_tags.replace(renamed);
        file_tags.insert(0, Tag { id: id("media"), label: "Media".into(), ..regulators() });
        let aligned = codebook.align(&file_tags);
        let ids: Vec<&str> = aligned.tags().iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids[..2], ["governments", "regulators"]);
        assert_eq!(ids.last(), Some(&"media"));
        assert_eq!(aligned.get(&id("civil-society")).unwrap().label, "Civil society");
    }

    #[test]
    fn a_codebook_round_trips_through_ron_with_parents_inline() {
        let codebook = with_regulators();
        let text = ron::to_string(&codebook).unwrap();
        assert!(text.contains("parent:Some(\"governments\")"), "{text}");
        let back: Codebook = ron::from_str(&text).unwrap();
        assert_eq!(back, codebook);
    }
}
