//! The records of annotation file format version 2 as written and read: an
//! annotation or a tag with its version vector (`rev`), tombstone (`deleted`) and,
//! for tags, position. Version 1 files are the same records without those fields,
//! which then take their defaults (empty `rev`, `deleted: None`, position = index).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::annotation::{Annotation, AnnotationId, Annotations, Segment, Timestamp};
use crate::model::tags::{Color, Tag, TagId, TagSet};
use crate::model::version::{Version, VersionVector, merge_versions};

/// One annotation version as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnotationRecord {
    /// See [`Annotation::id`].
    pub id: AnnotationId,
    /// See [`Annotation::segments`].
    pub segments: Vec<Segment>,
    /// See [`Annotation::tags`].
    #[serde(default)]
    pub tags: BTreeSet<TagId>,
    /// See [`Annotation::note`].
    #[serde(default)]
    pub note: String,
    /// See [`Annotation::author`].
    #[serde(default)]
    pub author: String,
    /// See [`Annotation::created`].
    pub created: Timestamp,
    /// See [`Annotation::modified`].
    pub modified: Timestamp,
    /// The version vector (empty in version 1 files).
    #[serde(default)]
    pub rev: VersionVector,
    /// When it was deleted, for a tombstone.
    #[serde(default)]
    pub deleted: Option<Timestamp>,
}

impl AnnotationRecord {
    /// The record of `annotation` with `rev` and `deleted`.
    pub fn new(annotation: Annotation, rev: VersionVector, deleted: Option<Timestamp>) -> Self {
        let Annotation { id, segments, tags, note, author, created, modified } = annotation;
        Self { id, segments, tags, note, author, created, modified, rev, deleted }
    }

    /// The annotation, its version vector and tombstone time.
    pub fn into_version(self) -> Version<Annotation> {
        let Self { id, segments, tags, note, author, created, modified, rev, deleted } = self;
        Version { value: Annotation { id, segments, tags, note, author, created, modified }, rev, deleted }
    }
}

/// An annotation version borrowed for writing (same fields as [`AnnotationRecord`]).
#[derive(Serialize)]
pub(crate) struct AnnotationRecordRef<'a> {
    id: &'a AnnotationId,
    segments: &'a [Segment],
    tags: &'a BTreeSet<TagId>,
    note: &'a str,
    author: &'a str,
    created: &'a Timestamp,
    modified: &'a Timestamp,
    rev: &'a VersionVector,
    deleted: Option<&'a Timestamp>,
}

impl<'a> AnnotationRecordRef<'a> {
    pub(crate) fn new(a: &'a Annotation, rev: &'a VersionVector, deleted: Option<&'a Timestamp>) -> Self {
        Self {
            id: &a.id,
            segments: &a.segments,
            tags: &a.tags,
            note: &a.note,
            author: &a.author,
            created: &a.created,
            modified: &a.modified,
            rev,
            deleted,
        }
    }
}

/// One tag version as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagRecord {
    /// See [`Tag::id`].
    pub id: TagId,
    /// See [`Tag::label`].
    pub label: String,
    /// See [`Tag::description`].
    #[serde(default)]
    pub description: String,
    /// See [`Tag::color`].
    pub color: Color,
    /// See [`Tag::shortcut`].
    #[serde(default)]
    pub shortcut: Option<u8>,
    /// The version vector (empty in version 1 files).
    #[serde(default)]
    pub rev: VersionVector,
    /// When it was removed from the codebook, for a tombstone.
    #[serde(default)]
    pub deleted: Option<Timestamp>,
    /// Its position in the codebook as merged (absent: its index in the list).
    #[serde(default)]
    pub position: Option<u32>,
}

impl TagRecord {
    /// The record of a tag version at `position`.
    pub fn new(version: Version<Tag>, position: Option<u32>) -> Self {
        let Version { value: Tag { id, label, description, color, shortcut }, rev, deleted } = version;
        Self { id, label, description, color, shortcut, rev, deleted, position }
    }

    /// The tag version.
    pub fn into_version(self) -> Version<Tag> {
        let Self { id, label, description, color, shortcut, rev, deleted, .. } = self;
        Version { value: Tag { id, label, description, color, shortcut }, rev, deleted }
    }
}

/// Author and tag aliases the users confirmed, recorded in the file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aliases {
    /// Pairs of author names that are the same person.
    #[serde(default)]
    pub authors: BTreeSet<(String, String)>,
    /// Pairs of tag IDs that are the same code.
    #[serde(default)]
    pub tags: BTreeSet<(TagId, TagId)>,
}

impl Aliases {
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.authors.is_empty() && self.tags.is_empty()
    }
}

/// The version bookkeeping of an annotation file's annotations, beside its list
/// of live annotations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileVersions {
    /// The version vector of each live annotation (absent: empty).
    pub revs: BTreeMap<AnnotationId, VersionVector>,
    /// Annotations whose displayed version is a deletion (tombstones), by ID.
    pub deleted: Vec<Version<Annotation>>,
    /// The other surviving versions of annotations in conflict, by ID then in
    /// display order.
    pub conflicts: Vec<Version<Annotation>>,
    /// Author aliases (pairs of names of the same person).
    pub author_aliases: BTreeSet<(String, String)>,
}

impl FileVersions {
    /// The bookkeeping of `annotations`.
    pub fn of(annotations: &Annotations) -> Self {
        let state = annotations.versions();
        let revs = annotations.iter().map(|a| (a.id, state.rev(&a.id))).filter(|(_, rev)| !rev.is_empty()).collect();
        let deleted = state.tombstones().map(|(_, v)| v.clone()).collect();
        let conflicts = state.conflict_ids().flat_map(|id| state.conflicting(id).iter().cloned()).collect();
        Self { revs, deleted, conflicts, author_aliases: annotations.author_aliases().clone() }
    }

    /// The annotations of a file: its live list with this bookkeeping. Versions of
    /// one ID beyond the first are sorted into surviving versions (so a file edited
    /// by hand still loads to a valid state).
    pub fn into_annotations(self, mut live: Vec<Annotation>) -> Annotations {
        let Self { revs, deleted, conflicts, author_aliases } = self;
        // Sorted by ID, stably: annotations sharing an ID (a file not yet through
        // `make_ids_unique`) keep their order in the file.
        live.sort_by_key(|a| a.id);
        let mut annotations = if live.windows(2).all(|w| w[0].id != w[1].id) {
            sorted_into_annotations(live, revs, deleted, conflicts)
        } else {
            grouped_into_annotations(live, revs, deleted, conflicts)
        };
        annotations.set_author_aliases(author_aliases);
        annotations
    }
}

/// [`FileVersions::into_annotations`] for `live` sorted by ID, each ID once:
/// each annotation's version vector found by walking `revs` alongside, and the
/// collection's maps built in one go from sorted lists (no insertion one by one,
/// no list per ID). Linear after sorting the tombstones and conflicts in.
fn sorted_into_annotations(
    live: Vec<Annotation>,
    revs: BTreeMap<AnnotationId, VersionVector>,
    deleted: Vec<Version<Annotation>>,
    conflicts: Vec<Version<Annotation>>,
) -> Annotations {
    let mut revs = revs.into_iter().peekable();
    let mut versions: Vec<Version<Annotation>> = Vec::with_capacity(live.len() + deleted.len() + conflicts.len());
    for value in live {
        while revs.next_if(|(id, _)| *id < value.id).is_some() {}
        let rev = revs.next_if(|(id, _)| *id == value.id).map(|(_, rev)| rev).unwrap_or_default();
        versions.push(Version { value, rev, deleted: None });
    }
    if !deleted.is_empty() || !conflicts.is_empty() {
        versions.extend(deleted);
        versions.extend(conflicts);
        versions.sort_by_key(|v| v.value.id);
    }
    let mut by_id = Vec::with_capacity(versions.len());
    let mut live_revs = Vec::with_capacity(versions.len());
    let mut tombstones = Vec::new();
    let mut conflicting = Vec::new();
    let mut versions = versions.into_iter().peekable();
    while let Some(first) = versions.next() {
        let id = first.value.id;
        // Several versions of one ID: its survivors, the first displayed.
        let (shown, rest) = if versions.peek().is_some_and(|v| v.value.id == id) {
            let mut group = vec![first];
            while let Some(v) = versions.next_if(|v| v.value.id == id) {
                group.push(v);
            }
            let mut survivors = merge_versions(&group, &[]).into_iter();
            let Some(shown) = survivors.next() else { continue };
            (shown, survivors.collect::<Vec<_>>())
        } else {
            (first, Vec::new())
        };
        if shown.deleted.is_some() {
            tombstones.push((id, shown));
        } else {
            if !shown.rev.is_empty() {
                live_revs.push((id, shown.rev));
            }
            by_id.push((id, shown.value));
        }
        if !rest.is_empty() {
            conflicting.push((id, rest));
        }
    }
    Annotations::from_sorted_parts(by_id, live_revs, tombstones, conflicting)
}

/// [`FileVersions::into_annotations`] for any `live` list: versions grouped by ID
/// by sorting (no map of 100,000 entries), each group's survivors stored.
fn grouped_into_annotations(
    live: Vec<Annotation>,
    mut revs: BTreeMap<AnnotationId, VersionVector>,
    deleted: Vec<Version<Annotation>>,
    conflicts: Vec<Version<Annotation>>,
) -> Annotations {
    let mut versions: Vec<Version<Annotation>> = Vec::with_capacity(live.len() + deleted.len() + conflicts.len());
    versions.extend(live.into_iter().map(|a| {
        let rev = revs.remove(&a.id).unwrap_or_default();
        Version { value: a, rev, deleted: None }
    }));
    versions.extend(deleted);
    versions.extend(conflicts);
    // The order within a group does not matter: `merge_versions` sorts the survivors.
    versions.sort_unstable_by_key(|v| v.value.id);
    let mut items: Vec<(AnnotationId, Vec<Version<Annotation>>)> = Vec::with_capacity(versions.len());
    for version in versions {
        match items.last_mut() {
            Some((id, group)) if *id == version.value.id => group.push(version),
            _ => items.push((version.value.id, vec![version])),
        }
    }
    let items = items
        .into_iter()
        .map(|(id, versions)| if versions.len() == 1 { (id, versions) } else { (id, merge_versions(&versions, &[])) });
    Annotations::from_versions(items)
}

/// The tag records of `tags`: live tags in order, then tombstones by ID; and the
/// conflicting versions.
pub(crate) fn tag_records(tags: &TagSet) -> (Vec<TagRecord>, Vec<TagRecord>) {
    let state = tags.versions();
    let mut live: Vec<TagRecord> = tags
        .tags()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let position = tags.position(i);
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            let version = Version { value: t.clone(), rev: state.rev(&t.id), deleted: None };
            TagRecord::new(version, (position != index).then_some(position))
        })
        .collect();
    live.extend(state.tombstones().map(|(_, v)| TagRecord::new(v.clone(), None)));
    let conflicts = state
        .conflict_ids()
        .flat_map(|id| state.conflicting(id).iter().cloned())
        .map(|v| TagRecord::new(v, None))
        .collect();
    (live, conflicts)
}

/// The tag set of a file's tag records (live and tombstones) and conflicting
/// versions. Repeated live IDs are kept (renamed on load by
/// [`TagSet::make_ids_unique`]).
pub(crate) fn tag_set(records: Vec<TagRecord>, conflicts: Vec<TagRecord>, aliases: BTreeSet<(TagId, TagId)>) -> TagSet {
    let mut items: Vec<(TagId, u32, Vec<Version<Tag>>)> = Vec::with_capacity(records.len());
    for (i, record) in records.into_iter().enumerate() {
        let position = record.position.unwrap_or_else(|| u32::try_from(i).unwrap_or(u32::MAX));
        items.push((record.id.clone(), position, vec![record.into_version()]));
    }
    for record in conflicts {
        let version = record.into_version();
        match items.iter_mut().find(|(id, _, _)| *id == version.value.id) {
            Some((_, _, versions)) => *versions = merge_versions(versions, std::slice::from_ref(&version)),
            None => items.push((version.value.id.clone(), u32::MAX, vec![version])),
        }
    }
    let mut set = TagSet::from_versions(items);
    set.set_aliases(aliases);
    set
}
