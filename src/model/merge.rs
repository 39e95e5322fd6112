//! Merging two annotation sets (a colleague's file into mine, two git branches,
//! sync-folder conflict copies): per ID, never by name (issue 10).
//!
//! For every annotation ID and every tag ID, the merged state holds the union of
//! both sides' surviving versions minus those another version dominates
//! ([`super::version::merge_versions`]). One survivor: clean. Several: a
//! **conflict**, all kept (in memory and in the file), one displayed by
//! [`super::version::display_order`]; an edit concurrent with a deletion is such a
//! conflict, never a silent loss or resurrection. Because it is a join of version
//! sets, [`merge`] is commutative, associative and idempotent, and re-merging an
//! old file changes nothing (property-tested in `tests/merge_laws.rs`).
//!
//! Names only *suggest*: colleagues' annotations of the same passage are separate
//! annotations (the data for agreement), the same author's duplicates (same
//! segments and tags under different IDs) and two tags with the same normalised
//! label under different IDs are listed in the [`MergeReport`] for the user to
//! decide (an alias), never merged silently.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use unicode_normalization::UnicodeNormalization;

use super::annotation::Timestamp;
use super::annotation::{Annotation, AnnotationId, Annotations, Segment};
use super::edit::AnnotationSet;
use super::tags::{TagId, TagSet};
use super::version::{InstallationId, Version, join_all, merge_versions};

/// What a merge changed, seen from the local side (the first argument of
/// [`merge_with_report`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Annotations that were not known locally and are live now.
    pub added: usize,
    /// Annotations known locally whose versions changed (edited, deleted or now in
    /// conflict).
    pub updated: usize,
    /// Of those, annotations displayed as deleted now that were live locally.
    pub deleted: usize,
    /// Annotations whose versions did not change.
    pub unchanged: usize,
    /// Annotations in conflict after the merge, sorted.
    pub conflicts: Vec<AnnotationId>,
    /// Tags in conflict after the merge, sorted.
    pub tag_conflicts: Vec<TagId>,
    /// Tags not known locally.
    pub tags_added: usize,
    /// The same author's apparent duplicates: live annotations with the same
    /// author, segments (paragraph and code point range) and tags under different
    /// IDs. Offered for merging, never merged. Groups of IDs, sorted.
    pub duplicates: Vec<Vec<AnnotationId>>,
    /// Live tags with different IDs and the same normalised label (NFC, lower
    /// case, trimmed), not yet aliased: offered as "same tag?". Pairs, sorted.
    pub same_tags: Vec<(TagId, TagId)>,
    /// Incoming annotations changed or added, by author (for a preview per author).
    pub by_author: BTreeMap<String, usize>,
    /// Incoming annotations re-anchored against a different document version
    /// (filled by the workspace, which has the documents).
    pub reanchored: usize,
    /// Of those, annotations found at a different place.
    pub moved: usize,
    /// Of those, annotations that could not be placed (kept, listed).
    pub orphaned: Vec<AnnotationId>,
}

impl MergeReport {
    /// Whether no conflict remains.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty() && self.tag_conflicts.is_empty()
    }

    /// One line for the user: `added 3, updated 1, unchanged 40, conflicts 0, …`.
    pub fn summary(&self) -> String {
        format!(
            "added {}, updated {}, unchanged {}, conflicts {}, re-anchored {}, orphaned {}",
            self.added,
            self.updated,
            self.unchanged,
            self.conflicts.len() + self.tag_conflicts.len(),
            self.reanchored,
            self.orphaned.len()
        )
    }
}

/// The merge of `a` and `b`: for each annotation and tag ID, the surviving
/// versions of both (see the module docs). Commutative, associative and
/// idempotent; the local installation and clock are `a`'s. O(n log n) in the
/// number of annotations.
pub fn merge(a: &AnnotationSet, b: &AnnotationSet) -> AnnotationSet {
    let mut merged = AnnotationSet { tags: merge_tags(&a.tags, &b.tags), annotations: merge_annotations(a, b) };
    merged.set_local(a.annotations.local());
    merged
}

/// [`merge`], with what it changed relative to `local` and what it suggests.
pub fn merge_with_report(local: &AnnotationSet, incoming: &AnnotationSet) -> (AnnotationSet, MergeReport) {
    let merged = merge(local, incoming);
    let mut report = MergeReport::default();
    let (now, before) = (&merged.annotations, &local.annotations);
    let mut by_author: HashMap<&str, usize> = HashMap::new();
    // Compared in place, never cloned, in one pass over both: the merge holds
    // every ID `local` knows, so each ID not listed is unchanged.
    let differing = now.differing_ids(before);
    report.unchanged = now.len() + now.versions().deleted.len() - differing.len();
    for id in differing {
        let live_now = now.get(&id).is_some();
        if before.knows(&id) {
            report.updated += 1;
            if before.get(&id).is_some() && !live_now {
                report.deleted += 1;
            }
        } else if live_now {
            report.added += 1;
        }
        if let Some(author) = now.displayed_author(&id) {
            *by_author.entry(author).or_default() += 1;
        }
    }
    report.by_author = by_author.into_iter().map(|(author, n)| (author.to_owned(), n)).collect();
    report.conflicts = merged.annotations.versions().conflict_ids().copied().collect();
    report.tag_conflicts = merged.tags.versions().conflict_ids().cloned().collect();
    report.tags_added = merged.tags.tags().iter().filter(|t| local.tags.versions_of(&t.id).is_empty()).count();
    report.duplicates = same_author_duplicates(&merged.annotations);
    report.same_tags = same_labels(&merged.tags);
    (merged, report)
}

/// [`merge_with_report`] taking `local` by value: `incoming` is merged into it
/// in place, so the larger side is neither copied nor compared a second time —
/// only the IDs whose versions differ between the sides are touched. The same
/// merged set and report as [`merge_with_report`]`(&local, incoming)`, which
/// `tests/merge_laws.rs` checks as a property. O(m log n) for m incoming and n
/// local annotations.
pub fn merge_into(local: AnnotationSet, incoming: &AnnotationSet) -> (AnnotationSet, MergeReport) {
    let mut merged = local;
    let mut report = MergeReport::default();
    let tags = merge_tags(&merged.tags, &incoming.tags);
    report.tags_added = tags.tags().iter().filter(|t| merged.tags.versions_of(&t.id).is_empty()).count();
    let local_clock = merged.annotations.local();
    merged.tags = tags;
    merged.set_local(local_clock);
    let (now, theirs) = (&mut merged.annotations, &incoming.annotations);
    let mut changed: Vec<AnnotationId> = Vec::new();
    for id in now.differing_ids(theirs) {
        if !theirs.knows(&id) {
            continue;
        }
        let incoming_versions = theirs.versions_of(&id);
        let knew = now.knows(&id);
        if knew {
            let before = now.versions_of(&id);
            let versions = merge_versions(&before, &incoming_versions);
            if versions == before {
                // Incoming versions all dominated: nothing changes here.
                continue;
            }
            let was_live = now.get(&id).is_some();
            now.set_versions(id, versions);
            report.updated += 1;
            if was_live && now.get(&id).is_none() {
                report.deleted += 1;
            }
        } else {
            now.set_versions(id, incoming_versions);
        }
        if !knew && now.get(&id).is_some() {
            report.added += 1;
        }
        changed.push(id);
    }
    let aliases = now.author_aliases().union(theirs.author_aliases()).cloned().collect();
    now.set_author_aliases(aliases);
    let mut by_author: BTreeMap<String, usize> = BTreeMap::new();
    for id in &changed {
        if let Some(author) = now.displayed_author(id) {
            *by_author.entry(author.to_owned()).or_default() += 1;
        }
    }
    report.by_author = by_author;
    report.unchanged = now.len() + now.versions().deleted.len() - changed.len();
    report.conflicts = now.versions().conflict_ids().copied().collect();
    report.tag_conflicts = merged.tags.versions().conflict_ids().cloned().collect();
    report.duplicates = same_author_duplicates(&merged.annotations);
    report.same_tags = same_labels(&merged.tags);
    (merged, report)
}

/// What [`adopt_hand_edits`] found on one side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HandEdits {
    /// Annotations changed outside Glosa (a version with the ancestor's version
    /// vector and other content), sorted.
    pub edited: Vec<AnnotationId>,
    /// Annotations removed from the file outside Glosa (live in the ancestor, no
    /// trace on this side), now tombstones, sorted.
    pub deleted: Vec<AnnotationId>,
    /// Tags of the codebook changed outside Glosa (label, description, colour or
    /// shortcut edited under the ancestor's version vector), sorted.
    pub tags_edited: Vec<TagId>,
    /// Tags removed from the file outside Glosa (their stanza deleted), now
    /// tombstones, sorted.
    pub tags_deleted: Vec<TagId>,
}

impl HandEdits {
    /// Whether nothing was changed outside Glosa.
    pub fn is_empty(&self) -> bool {
        self.edited.is_empty() && self.deleted.is_empty() && self.tags_edited.is_empty() && self.tags_deleted.is_empty()
    }
}

/// The three-way step of a merge with a common ancestor (git's `%O`), applied to
/// one side before the version-vector [`merge`]: changes made to the file outside
/// Glosa, which leave version vectors as they were, become versions of their own.
///
/// - A version of `side` that the ancestor does not have, but whose version
///   vector an ancestor version has (a note edited in a text editor), is a new
///   version: its vector gets one more change by [`InstallationId::HAND_EDIT`],
///   so it supersedes the ancestor's version; a concurrent change on the other
///   side (by Glosa or by hand, with other content) is then a conflict, as any
///   concurrent edit.
/// - An annotation live in the ancestor of which `side` has no version at all
///   (its stanza deleted by hand; Glosa itself always leaves a tombstone) becomes
///   a tombstone with the ancestor's joined vector plus one hand edit, deleted at
///   `now` (`None`: its own `modified` time).
///
/// Tags of the codebook get the same treatment: a tag whose label, description,
/// colour or shortcut was changed in a text editor (same version vector as an
/// ancestor version, other content) gets one more hand edit; a tag stanza deleted
/// by hand becomes a tombstone (dated `now`, else the Unix epoch: a tag records
/// no time of its own).
///
/// Versions the ancestor has are untouched, so without hand edits this changes
/// nothing, and a merge without an ancestor is the plain [`merge`]. Linear in the
/// number of annotations (O(n log n)) and of tags.
pub fn adopt_hand_edits(ancestor: &AnnotationSet, side: &mut AnnotationSet, now: Option<Timestamp>) -> HandEdits {
    let mut found = HandEdits::default();
    let local = side.annotations.local();
    adopt_tag_hand_edits(&ancestor.tags, &mut side.tags, local, now, &mut found);
    let (before, after) = (&ancestor.annotations, &mut side.annotations);
    let differing = after.differing_ids(before);
    for &id in &differing {
        if !before.knows(&id) || !after.knows(&id) {
            continue;
        }
        let old = before.versions_of(&id);
        let mut versions = after.versions_of(&id);
        let mut changed = false;
        for version in &mut versions {
            if !old.contains(version) && old.iter().any(|o| o.rev == version.rev) {
                version.rev = std::mem::take(&mut version.rev).bumped(InstallationId::HAND_EDIT);
                changed = true;
            }
        }
        if changed {
            after.set_versions(id, merge_versions(&versions, &[]));
            found.edited.push(id);
        }
    }
    for id in differing {
        if after.knows(&id) || !before.knows(&id) {
            continue;
        }
        let old = before.versions_of(&id);
        let Some(live) = old.iter().find(|v| v.deleted.is_none()) else { continue };
        let deleted = Some(now.unwrap_or(live.value.modified));
        let rev = join_all(&old).bumped(InstallationId::HAND_EDIT);
        after.set_versions(id, vec![Version { value: live.value.clone(), rev, deleted }]);
        found.deleted.push(id);
    }
    found
}

/// The tag part of [`adopt_hand_edits`]: fills `found.tags_edited` and
/// `found.tags_deleted`, and rebuilds `side`'s tag set (same order and aliases,
/// `local` for its later edits) only when it found something.
fn adopt_tag_hand_edits(
    ancestor: &TagSet,
    side: &mut TagSet,
    local: super::version::Local,
    now: Option<Timestamp>,
    found: &mut HandEdits,
) {
    let mut changed: BTreeMap<TagId, Vec<Version<super::tags::Tag>>> = BTreeMap::new();
    for id in side.all_ids() {
        let old = ancestor.versions_of(&id);
        if old.is_empty() {
            continue;
        }
        let mut versions = side.versions_of(&id);
        if versions == old {
            continue;
        }
        let mut edited = false;
        for version in &mut versions {
            if !old.contains(version) && old.iter().any(|o| o.rev == version.rev) {
                version.rev = std::mem::take(&mut version.rev).bumped(InstallationId::HAND_EDIT);
                edited = true;
            }
        }
        if edited {
            changed.insert(id.clone(), merge_versions(&versions, &[]));
            found.tags_edited.push(id);
        }
    }
    for id in ancestor.all_ids() {
        if !side.versions_of(&id).is_empty() {
            continue;
        }
        let old = ancestor.versions_of(&id);
        let Some(live) = old.iter().find(|v| v.deleted.is_none()) else { continue };
        let deleted = Some(now.unwrap_or(Timestamp::UNIX_EPOCH));
        let rev = join_all(&old).bumped(InstallationId::HAND_EDIT);
        changed.insert(id.clone(), vec![Version { value: live.value.clone(), rev, deleted }]);
        found.tags_deleted.push(id);
    }
    if changed.is_empty() {
        return;
    }
    let position = |set: &TagSet, id: &TagId| set.index_of(id).map(|i| set.position(i));
    let ids: BTreeSet<TagId> = side.all_ids().into_iter().chain(changed.keys().cloned()).collect();
    let items: Vec<_> = ids
        .into_iter()
        .map(|id| {
            let place = position(side, &id).or_else(|| position(ancestor, &id)).unwrap_or(u32::MAX);
            let versions = changed.remove(&id).unwrap_or_else(|| side.versions_of(&id));
            (id, place, versions)
        })
        .collect();
    let mut rebuilt = TagSet::from_versions(items);
    rebuilt.set_aliases(side.aliases().clone());
    rebuilt.set_local(local);
    *side = rebuilt;
}

fn merge_annotations(a: &AnnotationSet, b: &AnnotationSet) -> Annotations {
    let (a, b) = (&a.annotations, &b.annotations);
    // Start from a copy of one side (one clone of the whole map, cheaper than
    // rebuilding it) and change only the IDs whose versions differ: the result is
    // the same whichever side is copied.
    let (base, other) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut merged = base.clone();
    for id in base.differing_ids(other) {
        if !other.knows(&id) {
            continue;
        }
        let theirs = other.versions_of(&id);
        let versions = if base.knows(&id) { merge_versions(&base.versions_of(&id), &theirs) } else { theirs };
        merged.set_versions(id, versions);
    }
    merged.set_author_aliases(a.author_aliases().union(b.author_aliases()).cloned().collect());
    merged
}

fn merge_tags(a: &TagSet, b: &TagSet) -> TagSet {
    let position = |set: &TagSet, id: &TagId| set.index_of(id).map(|i| set.position(i));
    let ids: BTreeSet<TagId> = a.all_ids().into_iter().chain(b.all_ids()).collect();
    let items = ids.into_iter().map(|id| {
        let (va, vb) = (a.versions_of(&id), b.versions_of(&id));
        let merged = if va == vb { va } else { merge_versions(&va, &vb) };
        let place = match (position(a, &id), position(b, &id)) {
            (Some(x), Some(y)) => x.min(y),
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => u32::MAX,
        };
        (id, place, merged)
    });
    let mut merged = TagSet::from_versions(items);
    merged.set_aliases(a.aliases().union(b.aliases()).cloned().collect());
    merged
}

/// Groups of live annotations with the same author, segments and tags.
fn same_author_duplicates(annotations: &Annotations) -> Vec<Vec<AnnotationId>> {
    // Grouped first by a key that allocates nothing (author, first segment,
    // number of segments, tags), by sorting (no list per key, O(n log n)
    // whatever the input); only the rare groups of two or more are then split
    // by all their segments.
    type Key<'a> = (&'a str, Option<(&'a str, usize, usize)>, usize, &'a BTreeSet<TagId>);
    fn place(s: &Segment) -> (&str, usize, usize) {
        (s.paragraph.as_str(), s.start.0, s.end.0)
    }
    let mut keyed: Vec<(Key<'_>, &Annotation)> = annotations
        .iter()
        .map(|a| ((a.author.as_str(), a.segments.first().map(place), a.segments.len(), &a.tags), a))
        .collect();
    keyed.sort_unstable_by(|x, y| x.0.cmp(&y.0));
    let mut out: Vec<Vec<AnnotationId>> = Vec::new();
    for group in keyed.chunk_by(|x, y| x.0 == y.0).filter(|g| g.len() > 1) {
        let group = group.iter().map(|(_, a)| *a);
        let mut exact: HashMap<Vec<(&str, usize, usize)>, Vec<AnnotationId>> = HashMap::new();
        for a in group {
            exact.entry(a.segments.iter().map(place).collect()).or_default().push(a.id);
        }
        out.extend(exact.into_values().filter(|g| g.len() > 1).map(|mut g| {
            g.sort_unstable();
            g
        }));
    }
    out.sort();
    out
}

/// A tag label as compared for "same tag?": NFC, lower case, trimmed.
pub fn normalised_label(label: &str) -> String {
    label.trim().nfc().collect::<String>().to_lowercase()
}

/// Pairs of live tags with the same normalised label, not yet aliased.
fn same_labels(tags: &TagSet) -> Vec<(TagId, TagId)> {
    let mut by_label: BTreeMap<String, Vec<&TagId>> = BTreeMap::new();
    for tag in tags.tags() {
        by_label.entry(normalised_label(&tag.label)).or_default().push(&tag.id);
    }
    let aliases = tags.aliases();
    let mut out = Vec::new();
    for ids in by_label.values() {
        for (i, x) in ids.iter().enumerate() {
            for y in &ids[i + 1..] {
                let (x, y) = if x < y { (*x, *y) } else { (*y, *x) };
                if !aliases.contains(&(x.clone(), y.clone())) && !aliases.contains(&(y.clone(), x.clone())) {
                    out.push((x.clone(), y.clone()));
                }
            }
        }
    }
    out.sort();
    out
}

/// One conflict for the user: the annotation and its surviving versions in display
/// order (version 1 is the displayed one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The annotation.
    pub id: AnnotationId,
    /// Its versions, displayed first.
    pub versions: Vec<Version<Annotation>>,
}

/// The annotations in conflict in `set`, by ID.
pub fn conflicts(set: &AnnotationSet) -> Vec<Conflict> {
    set.annotations
        .versions()
        .conflict_ids()
        .map(|id| Conflict { id: *id, versions: set.annotations.versions_of(id) })
        .collect()
}

/// How to resolve a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Take version N (1-based, in display order as [`conflicts`] lists them).
    One(usize),
    /// Keep every live version as a separate annotation: the displayed live one
    /// keeps the ID, the others get new IDs from `new_id` (a deletion version is
    /// dropped when a live one exists).
    All,
}

/// The local edit resolving the conflict on annotation `id` in `set` as
/// `choice` says (one undo step). `new_id(n)` makes the ID of the n-th extra
/// annotation for [`Resolution::All`].
///
/// # Errors
/// A message when `id` is not in conflict or version N does not exist.
pub fn resolution(
    set: &AnnotationSet,
    id: AnnotationId,
    choice: Resolution,
    new_id: impl Fn(usize) -> AnnotationId,
) -> Result<super::Edit, String> {
    use super::Edit;
    let versions = set.annotations.versions_of(&id);
    if versions.len() < 2 {
        return Err(format!("annotation {id} is not in conflict"));
    }
    match choice {
        Resolution::One(n) => {
            let version = versions
                .get(n.wrapping_sub(1))
                .ok_or_else(|| format!("annotation {id} has versions 1 to {}, not {n}", versions.len()))?;
            Ok(Edit::TakeVersion { id, version: Box::new(version.clone()) })
        }
        Resolution::All => {
            let live: Vec<&Version<Annotation>> = versions.iter().filter(|v| !v.is_deleted()).collect();
            let Some(first) = live.first() else {
                return Ok(Edit::TakeVersion { id, version: Box::new(versions[0].clone()) });
            };
            let mut edits = vec![Edit::TakeVersion { id, version: Box::new((*first).clone()) }];
            for (n, version) in live.iter().enumerate().skip(1) {
                let mut copy = version.value.clone();
                copy.id = new_id(n);
                edits.push(Edit::Create(Box::new(copy)));
            }
            Ok(Edit::Batch(edits))
        }
    }
}
