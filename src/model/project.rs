//! What a project records besides its documents' text and annotations: its name,
//! which documents belong to it, the shared codebook, the document attributes and
//! each document's values ([`ProjectData`]); the reversible edits that change it
//! ([`ProjectEdit`], [`ProjectHistory`]); and the three-way merge that lets two
//! people (or two programs) save the same project file at once without losing
//! either's changes ([`merge`]).
//!
//! Documents are named by their **key**: the path relative to the project file's
//! folder, with `/` between folders (`submissions/070B.txt`, `../shared/a.md`), the
//! same on every system. Attribute values are stored per key as canonical text
//! (see [`super::attributes`]).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::attributes::{Attribute, AttributeId, AttributeSchema, ValueError};
use super::codebook::{Codebook, CodebookEdit, CodebookError};
use super::tags::TagId;

/// Attribute values by document key, then attribute; canonical text, never empty.
pub type AttributeValues = BTreeMap<String, BTreeMap<AttributeId, String>>;

/// The editable content of a project file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectData {
    /// The project's name, shown in the title bar.
    pub name: String,
    /// Every document of a supported format in the project's folder (and its
    /// sub-folders) belongs to the project.
    #[serde(default = "yes")]
    pub folder: bool,
    /// More documents, by key (paths relative to the project file's folder: they
    /// may lie outside it), sorted.
    #[serde(default)]
    pub documents: BTreeSet<String>,
    /// Keys (files or folders, relative, `/`-separated) left out of the folder
    /// scan, e.g. `exports`. Sorted.
    #[serde(default)]
    pub exclude: BTreeSet<String>,
    /// Where new annotation files go, relative to the project folder; `{author}`
    /// stands for the author's name as a file-name-safe slug. `None`: next to the
    /// document (`DOC-NAME.glosa.ron`).
    #[serde(default)]
    pub annotation_folder: Option<String>,
    /// The shared codebook.
    pub codebook: Codebook,
    /// The document attributes, in column order.
    pub attributes: AttributeSchema,
    /// Each document's attribute values.
    #[serde(default)]
    pub values: AttributeValues,
}

fn yes() -> bool {
    true
}

/// The annotation folder of new projects: one folder per analyst.
pub const DEFAULT_ANNOTATION_FOLDER: &str = "annotations/{author}";

/// The folder left out of new projects' scans: where exports go by default.
pub const DEFAULT_EXPORT_FOLDER: &str = "exports";

impl ProjectData {
    /// A new project called `name` with the WSIS codebook and attributes, every
    /// document of its folder, annotation files in
    /// [`DEFAULT_ANNOTATION_FOLDER`] and [`DEFAULT_EXPORT_FOLDER`] left out.
    pub fn new(name: &str) -> Self {
        let codebook = Codebook::wsis_default();
        Self {
            name: name.to_owned(),
            folder: true,
            documents: BTreeSet::new(),
            exclude: BTreeSet::from([DEFAULT_EXPORT_FOLDER.to_owned()]),
            annotation_folder: Some(DEFAULT_ANNOTATION_FOLDER.to_owned()),
            attributes: AttributeSchema::wsis_default(codebook.tags()),
            codebook,
            values: AttributeValues::new(),
        }
    }

    /// A document's value for an attribute (canonical text), if it has one.
    pub fn value(&self, document: &str, attribute: &AttributeId) -> Option<&str> {
        self.values.get(document)?.get(attribute).map(String::as_str)
    }

    /// Applies `edit`, returning its exact inverse. On error nothing changes.
    pub fn apply(&mut self, edit: ProjectEdit) -> Result<ProjectEdit, ProjectEditError> {
        match edit {
            ProjectEdit::SetValue { document, attribute, value } => self.apply_set_value(document, attribute, value),
            ProjectEdit::InsertAttribute { index, attribute } => {
                let id = attribute.id.clone();
                if !self.attributes.insert(index, attribute) {
                    return Err(ProjectEditError::DuplicateAttribute(id));
                }
                Ok(ProjectEdit::RemoveAttribute(id))
            }
            ProjectEdit::UpdateAttribute(attribute) => self.apply_update_attribute(attribute),
            ProjectEdit::MoveAttribute { id, index } => {
                let old = self.attributes.move_to(&id, index).ok_or(ProjectEditError::UnknownAttribute(id.clone()))?;
                Ok(ProjectEdit::MoveAttribute { id, index: old })
            }
            ProjectEdit::RemoveAttribute(id) => self.apply_remove_attribute(&id),
            ProjectEdit::Codebook(edit) => Ok(ProjectEdit::Codebook(self.codebook.apply(edit)?)),
            ProjectEdit::AddDocument(key) => {
                let inserted = self.documents.insert(key.clone());
                Ok(if inserted { ProjectEdit::RemoveDocument(key) } else { ProjectEdit::Batch(Vec::new()) })
            }
            ProjectEdit::RemoveDocument(key) => {
                let removed = self.documents.remove(&key);
                Ok(if removed { ProjectEdit::AddDocument(key) } else { ProjectEdit::Batch(Vec::new()) })
            }
            ProjectEdit::SetExcluded { key, excluded } => {
                let changed = if excluded { self.exclude.insert(key.clone()) } else { self.exclude.remove(&key) };
                Ok(if changed {
                    ProjectEdit::SetExcluded { key, excluded: !excluded }
                } else {
                    ProjectEdit::Batch(Vec::new())
                })
            }
            ProjectEdit::Rename(name) => Ok(ProjectEdit::Rename(std::mem::replace(&mut self.name, name))),
            ProjectEdit::Batch(edits) => self.apply_batch(edits),
        }
    }

    /// [`ProjectEdit::SetValue`]: the value is checked against the attribute's kind
    /// and stored in its canonical form; an empty value clears it.
    fn apply_set_value(
        &mut self,
        document: String,
        attribute: AttributeId,
        value: Option<String>,
    ) -> Result<ProjectEdit, ProjectEditError> {
        let Some(definition) = self.attributes.get(&attribute) else {
            return Err(ProjectEditError::UnknownAttribute(attribute));
        };
        let value = match value {
            Some(text) => {
                let canonical = definition
                    .canonical(&text)
                    .map_err(|error| ProjectEditError::Value { attribute: attribute.clone(), error })?;
                Some(canonical).filter(|c| !c.is_empty())
            }
            None => None,
        };
        let old = set_value(&mut self.values, &document, &attribute, value);
        Ok(ProjectEdit::SetValue { document, attribute, value: old })
    }

    /// [`ProjectEdit::UpdateAttribute`]: refused if a stored value would no longer
    /// be valid; values whose canonical form changes are rewritten (and restored by
    /// the inverse).
    fn apply_update_attribute(&mut self, attribute: Attribute) -> Result<ProjectEdit, ProjectEditError> {
        if self.attributes.get(&attribute.id).is_none() {
            return Err(ProjectEditError::UnknownAttribute(attribute.id));
        }
        // Every stored value must still be valid (a text attribute cannot
        // become a date while some document says "spring 2014").
        let mut converted = Vec::new();
        for (document, values) in &self.values {
            let Some(text) = values.get(&attribute.id) else {
                continue;
            };
            match attribute.canonical(text) {
                Ok(canonical) if &canonical == text => {}
                Ok(canonical) => converted.push((document.clone(), canonical)),
                Err(error) => {
                    return Err(ProjectEditError::Invalidates {
                        attribute: attribute.id.clone(),
                        document: document.clone(),
                        error,
                    });
                }
            }
        }
        let id = attribute.id.clone();
        let old = self.attributes.replace(attribute).ok_or(ProjectEditError::UnknownAttribute(id.clone()))?;
        let mut inverse = Vec::new();
        for (document, canonical) in converted {
            let previous = set_value(&mut self.values, &document, &id, Some(canonical));
            inverse.push(ProjectEdit::SetValue { document, attribute: id.clone(), value: previous });
        }
        inverse.push(ProjectEdit::UpdateAttribute(old));
        Ok(batch_of(inverse))
    }

    /// [`ProjectEdit::RemoveAttribute`]: the values go with it; the inverse brings
    /// them back.
    fn apply_remove_attribute(&mut self, id: &AttributeId) -> Result<ProjectEdit, ProjectEditError> {
        let (index, attribute) = self.attributes.remove(id).ok_or(ProjectEditError::UnknownAttribute(id.clone()))?;
        let mut inverse = vec![ProjectEdit::InsertAttribute { index, attribute }];
        let documents: Vec<String> =
            self.values.iter().filter(|(_, v)| v.contains_key(id)).map(|(d, _)| d.clone()).collect();
        for document in documents {
            let old = set_value(&mut self.values, &document, id, None);
            inverse.push(ProjectEdit::SetValue { document, attribute: id.clone(), value: old });
        }
        Ok(batch_of(inverse))
    }

    /// [`ProjectEdit::Batch`]: all or nothing (on an error the edits applied so far
    /// are undone); the inverse undoes them in reverse order.
    fn apply_batch(&mut self, edits: Vec<ProjectEdit>) -> Result<ProjectEdit, ProjectEditError> {
        let mut inverses = Vec::with_capacity(edits.len());
        for edit in edits {
            match self.apply(edit) {
                Ok(inverse) => inverses.push(inverse),
                Err(e) => {
                    for inverse in inverses.into_iter().rev() {
                        let _ = self.apply(inverse);
                    }
                    return Err(e);
                }
            }
        }
        inverses.reverse();
        Ok(ProjectEdit::Batch(inverses))
    }
}

/// One edit, or a batch of several.
fn batch_of(mut edits: Vec<ProjectEdit>) -> ProjectEdit {
    if edits.len() == 1 { edits.remove(0) } else { ProjectEdit::Batch(edits) }
}

/// Sets (or with `None` removes) a value; returns the previous one.
fn set_value(
    values: &mut AttributeValues,
    document: &str,
    attribute: &AttributeId,
    value: Option<String>,
) -> Option<String> {
    if let Some(value) = value {
        return values.entry(document.to_owned()).or_default().insert(attribute.clone(), value);
    }
    let row = values.get_mut(document)?;
    let old = row.remove(attribute);
    if row.is_empty() {
        values.remove(document);
    }
    old
}

/// One reversible change of a project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjectEdit {
    /// Sets a document's value for an attribute (`None` or an empty text: no
    /// value). The text is checked and stored in canonical form.
    SetValue {
        /// The document's key.
        document: String,
        /// The attribute.
        attribute: AttributeId,
        /// The value as typed.
        value: Option<String>,
    },
    /// Adds an attribute at `index` (clamped).
    InsertAttribute {
        /// Position (CSV column order).
        index: usize,
        /// The attribute.
        attribute: Attribute,
    },
    /// Replaces an attribute's label, description and kind (by its ID). Refused if
    /// a stored value would not fit the new kind; values that fit are converted to
    /// the new canonical form.
    UpdateAttribute(Attribute),
    /// Moves an attribute to `index`.
    MoveAttribute {
        /// The attribute.
        id: AttributeId,
        /// The new position.
        index: usize,
    },
    /// Removes an attribute and every document's value for it.
    RemoveAttribute(AttributeId),
    /// Changes the codebook.
    Codebook(CodebookEdit),
    /// Adds a document by key (a file outside the folder, or any file when the
    /// project does not take its whole folder).
    AddDocument(String),
    /// Removes a document key from the list.
    RemoveDocument(String),
    /// Leaves a file or folder of the project folder out of the scan, or takes it
    /// in again.
    SetExcluded {
        /// Its key.
        key: String,
        /// Left out.
        excluded: bool,
    },
    /// Renames the project.
    Rename(String),
    /// Several edits in order, undone as one.
    Batch(Vec<ProjectEdit>),
}

impl ProjectEdit {
    /// Whether the edit (or any edit of a batch) changes which documents belong to
    /// the project.
    pub fn touches_documents(&self) -> bool {
        match self {
            Self::AddDocument(_) | Self::RemoveDocument(_) | Self::SetExcluded { .. } => true,
            Self::Batch(edits) => edits.iter().any(Self::touches_documents),
            _ => false,
        }
    }

    /// Whether the edit (or any edit of a batch) changes the codebook.
    pub fn touches_codebook(&self) -> bool {
        match self {
            Self::Codebook(_) => true,
            Self::Batch(edits) => edits.iter().any(Self::touches_codebook),
            _ => false,
        }
    }
}

/// Why a project edit was refused; nothing changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProjectEditError {
    /// No such attribute.
    #[error("no attribute `{0}` in the project")]
    UnknownAttribute(AttributeId),
    /// The attribute ID is taken.
    #[error("the project already has an attribute `{0}`")]
    DuplicateAttribute(AttributeId),
    /// A value does not fit its attribute.
    #[error("{attribute}: {error}")]
    Value {
        /// The attribute.
        attribute: AttributeId,
        /// Why.
        error: ValueError,
    },
    /// Changing an attribute's kind would invalidate a stored value.
    #[error("cannot change {attribute}: the value of {document} does not fit ({error})")]
    Invalidates {
        /// The attribute.
        attribute: AttributeId,
        /// A document whose value does not fit.
        document: String,
        /// Why.
        error: ValueError,
    },
    /// A codebook edit was refused.
    #[error(transparent)]
    Codebook(#[from] CodebookError),
}

/// Undo and redo of project edits, with revisions as in
/// [`super::edit::History`]: "modified" is `revision() != saved revision`.
#[derive(Clone, Debug, Default)]
pub struct ProjectHistory {
    undo: Vec<(ProjectEdit, u64)>,
    redo: Vec<(ProjectEdit, u64)>,
    current: u64,
    last: u64,
}

impl ProjectHistory {
    /// Applies `edit` to `data` as a new undo step.
    pub fn apply(&mut self, data: &mut ProjectData, edit: ProjectEdit) -> Result<(), ProjectEditError> {
        let inverse = data.apply(edit)?;
        self.redo.clear();
        self.undo.push((inverse, self.current));
        self.last += 1;
        self.current = self.last;
        Ok(())
    }

    /// Undoes the last step; returns the edit that was applied to undo it (to tell
    /// whether the codebook changed), `None` when there was nothing to undo.
    pub fn undo(&mut self, data: &mut ProjectData) -> Result<Option<ProjectEdit>, ProjectEditError> {
        let Some((inverse, revision)) = self.undo.pop() else {
            return Ok(None);
        };
        let applied = inverse.clone();
        let redo = data.apply(inverse)?;
        self.redo.push((redo, self.current));
        self.current = revision;
        Ok(Some(applied))
    }

    /// Redoes the last undone step; returns the edit applied, `None` when there was
    /// nothing to redo.
    pub fn redo(&mut self, data: &mut ProjectData) -> Result<Option<ProjectEdit>, ProjectEditError> {
        let Some((inverse, revision)) = self.redo.pop() else {
            return Ok(None);
        };
        let applied = inverse.clone();
        let undo = data.apply(inverse)?;
        self.undo.push((undo, self.current));
        self.current = revision;
        Ok(Some(applied))
    }

    /// The revision of the current state.
    pub fn revision(&self) -> u64 {
        self.current
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// What a three-way [`merge`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Keys both sides changed to different results; ours was kept. Described as
    /// `attribute region of a.txt`, `code governments`, …
    pub conflicts: Vec<String>,
}

/// Merges two versions of a project that both started from `base`: `ours` (in
/// memory) and `theirs` (on disk now). Per key — the name, each flag, each
/// document of the list, each excluded path, each code (by ID, with its parent),
/// each attribute (by ID) and each (document, attribute) value — whatever one side
/// changed since `base` wins; when both changed a key differently, ours wins and the
/// key is reported. Codes and attributes keep our order, with theirs-only ones
/// after them in their order. The result does not depend on anything but the three
/// inputs.
pub fn merge(base: &ProjectData, ours: &ProjectData, theirs: &ProjectData) -> (ProjectData, MergeReport) {
    let mut report = MergeReport::default();
    let mut out = ours.clone();
    out.name = choose_value(&base.name, &ours.name, &theirs.name, &mut report, || "the project name".to_owned());
    out.folder = choose_value(&base.folder, &ours.folder, &theirs.folder, &mut report, || {
        "whether the whole folder belongs to the project".to_owned()
    });
    out.annotation_folder =
        choose_value(&base.annotation_folder, &ours.annotation_folder, &theirs.annotation_folder, &mut report, || {
            "the annotation folder".to_owned()
        });
    // Sets: what either side added or removed.
    out.documents = merge_set(&base.documents, &ours.documents, &theirs.documents);
    out.exclude = merge_set(&base.exclude, &ours.exclude, &theirs.exclude);
    // Codes by ID.
    let code = |data: &ProjectData, id: &TagId| {
        data.codebook.get(id).map(|t| (t.clone(), data.codebook.stored_parents().get(id).cloned()))
    };
    let mut code_ids: Vec<TagId> = ours.codebook.tags().tags().iter().map(|t| t.id.clone()).collect();
    for tag in theirs.codebook.tags().tags() {
        if !code_ids.contains(&tag.id) {
            code_ids.push(tag.id.clone());
        }
    }
    for tag in base.codebook.tags().tags() {
        if !code_ids.contains(&tag.id) {
            code_ids.push(tag.id.clone());
        }
    }
    let mut merged_tags = Vec::new();
    let mut merged_parents = BTreeMap::new();
    for id in &code_ids {
        let (b, o, t) = (code(base, id), code(ours, id), code(theirs, id));
        let chosen = choose(b.as_ref(), o.as_ref(), t.as_ref(), &mut report, || format!("code {id}"));
        if let Some((tag, parent)) = chosen {
            if let Some(parent) = parent {
                merged_parents.insert(tag.id.clone(), parent);
            }
            merged_tags.push(tag);
        }
    }
    out.codebook = Codebook::from_parts(super::tags::TagSet::from_tags(merged_tags), merged_parents);
    // Attributes by ID.
    let mut attribute_ids: Vec<AttributeId> = ours.attributes.attributes().iter().map(|a| a.id.clone()).collect();
    for data in [theirs, base] {
        for attribute in data.attributes.attributes() {
            if !attribute_ids.contains(&attribute.id) {
                attribute_ids.push(attribute.id.clone());
            }
        }
    }
    let attributes = attribute_ids.iter().filter_map(|id| {
        let (b, o, t) =
            (base.attributes.get(id).cloned(), ours.attributes.get(id).cloned(), theirs.attributes.get(id).cloned());
        choose(b.as_ref(), o.as_ref(), t.as_ref(), &mut report, || format!("attribute {id}"))
    });
    out.attributes = AttributeSchema::from_attributes(attributes.collect::<Vec<_>>());
    // Values by (document, attribute).
    let mut keys: BTreeSet<(&String, &AttributeId)> = BTreeSet::new();
    for data in [base, ours, theirs] {
        for (document, row) in &data.values {
            keys.extend(row.keys().map(|a| (document, a)));
        }
    }
    let mut values = AttributeValues::new();
    for (document, attribute) in keys {
        let get = |data: &ProjectData| data.value(document, attribute).map(str::to_owned);
        let chosen = choose(get(base).as_ref(), get(ours).as_ref(), get(theirs).as_ref(), &mut report, || {
            format!("attribute {attribute} of {document}")
        });
        if let Some(value) = chosen
            && out.attributes.get(attribute).is_some()
        {
            values.entry(document.clone()).or_default().insert(attribute.clone(), value);
        }
    }
    out.values = values;
    (out, report)
}

/// [`choose`] for a value that is always there.
fn choose_value<T: Clone + PartialEq>(
    base: &T,
    ours: &T,
    theirs: &T,
    report: &mut MergeReport,
    what: impl FnOnce() -> String,
) -> T {
    if ours == base {
        theirs.clone()
    } else {
        if theirs != base && theirs != ours {
            report.conflicts.push(what());
        }
        ours.clone()
    }
}

/// The three-way choice for one key: the side that changed it, ours on conflict.
fn choose<T: Clone + PartialEq>(
    base: Option<&T>,
    ours: Option<&T>,
    theirs: Option<&T>,
    report: &mut MergeReport,
    what: impl FnOnce() -> String,
) -> Option<T> {
    if ours == base {
        theirs.cloned()
    } else {
        if theirs != base && theirs != ours {
            report.conflicts.push(what());
        }
        ours.cloned()
    }
}

fn merge_set(base: &BTreeSet<String>, ours: &BTreeSet<String>, theirs: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = theirs.clone();
    for added in ours.difference(base) {
        out.insert(added.clone());
    }
    for removed in base.difference(ours) {
        out.remove(removed);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn attr(id: &str) -> AttributeId {
        AttributeId::new(id).unwrap()
    }

    fn set(document: &str, attribute: &str, value: &str) -> ProjectEdit {
        ProjectEdit::SetValue { document: document.into(), attribute: attr(attribute), value: Some(value.into()) }
    }

    #[test]
    fn values_are_checked_stored_canonically_and_undone() {
        let mut data = ProjectData::new("NETmundial");
        let mut history = ProjectHistory::default();
        history.apply(&mut data, set("070B.txt", "stakeholder_group", "Governments")).unwrap();
        assert_eq!(data.value("070B.txt", &attr("stakeholder_group")), Some("governments"));
        let err = history.apply(&mut data, set("070B.txt", "date", "April 2014")).unwrap_err();
        assert_eq!(err.to_string(), "date: `April 2014` is not a date (write YYYY-MM-DD, e.g. 2014-04-23)");
        assert_eq!(history.revision(), 1);
        history.undo(&mut data).unwrap();
        assert!(data.values.is_empty(), "an empty row is removed");
        assert_eq!(history.revision(), 0);
        history.redo(&mut data).unwrap();
        assert_eq!(history.revision(), 1);
    }

    #[test]
    fn removing_an_attribute_takes_its_values_and_undo_brings_them_back() {
        let mut data = ProjectData::new("p");
        data.apply(set("a.txt", "region", "Europe")).unwrap();
        data.apply(set("b.txt", "region", "Africa")).unwrap();
        let before = data.clone();
        let inverse = data.apply(ProjectEdit::RemoveAttribute(attr("region"))).unwrap();
        assert!(data.values.is_empty());
        data.apply(inverse).unwrap();
        assert_eq!(data, before);
    }

    #[test]
    fn an_attribute_cannot_change_to_a_kind_its_values_do_not_fit() {
        let mut data = ProjectData::new("p");
        data.apply(set("a.txt", "region", "spring 2014")).unwrap();
        let mut region = data.attributes.find("region").unwrap().clone();
        region.kind = super::super::attributes::AttributeKind::Date;
        let err = data.apply(ProjectEdit::UpdateAttribute(region)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot change region: the value of a.txt does not fit (`spring 2014` is not a date (write YYYY-MM-DD, e.g. 2014-04-23))"
        );
    }

    #[test]
    fn a_merge_keeps_both_sides_changes_and_reports_real_conflicts() {
        let mut base = ProjectData::new("p");
        base.apply(set("a.txt", "region", "Europe")).unwrap();
        let mut ours = base.clone();
        let mut theirs = base.clone();
        ours.apply(set("a.txt", "language", "es")).unwrap();
        ours.apply(set("b.txt", "region", "Africa")).unwrap();
        theirs.apply(set("a.txt", "date", "2014-04-23")).unwrap();
        theirs.apply(set("b.txt", "region", "Americas")).unwrap();
        theirs.apply(ProjectEdit::Rename("NETmundial 2014".into())).unwrap();
        let (merged, report) = merge(&base, &ours, &theirs);
        assert_eq!(merged.value("a.txt", &attr("language")), Some("es"));
        assert_eq!(merged.value("a.txt", &attr("date")), Some("2014-04-23"));
        assert_eq!(merged.value("a.txt", &attr("region")), Some("Europe"));
        assert_eq!(merged.value("b.txt", &attr("region")), Some("Africa"), "ours wins a conflict");
        assert_eq!(merged.name, "NETmundial 2014");
        assert_eq!(report.conflicts, ["attribute region of b.txt"]);
        // Merging what is already merged changes nothing.
        let (again, report) = merge(&theirs, &merged, &theirs);
        assert_eq!(again, merged);
        assert!(report.conflicts.is_empty());
    }
}
