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

use super::annotation::{Annotation, AnnotationId, Annotations};
use super::edit::AnnotationSet;
use super::tags::{TagId, TagSet};
use super::version::{Version, merge_versions};

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
    for id in merged.annotations.all_ids() {
        let now = merged.annotations.versions_of(&id);
        let before = local.annotations.versions_of(&id);
        if now == before {
            report.unchanged += 1;
            continue;
        }
        if before.is_empty() {
            if now.first().is_some_and(|v| !v.is_deleted()) {
                report.added += 1;
            }
        } else {
            report.updated += 1;
            let was_live = before.first().is_some_and(|v| !v.is_deleted());
            if was_live && now.first().is_some_and(Version::is_deleted) {
                report.deleted += 1;
            }
        }
        if let Some(first) = now.first() {
            *report.by_author.entry(first.value.author.clone()).or_default() += 1;
        }
    }
    report.conflicts = merged.annotations.versions().conflict_ids().copied().collect();
    report.tag_conflicts = merged.tags.versions().conflict_ids().cloned().collect();
    report.tags_added = merged.tags.tags().iter().filter(|t| local.tags.versions_of(&t.id).is_empty()).count();
    report.duplicates = same_author_duplicates(&merged.annotations);
    report.same_tags = same_labels(&merged.tags);
    (merged, report)
}

fn merge_annotations(a: &AnnotationSet, b: &AnnotationSet) -> Annotations {
    let (a, b) = (&a.annotations, &b.annotations);
    let ids: BTreeSet<AnnotationId> = a.all_ids().into_iter().chain(b.all_ids()).collect();
    let items = ids.into_iter().map(|id| {
        let (va, vb) = (a.versions_of(&id), b.versions_of(&id));
        let merged = if va == vb || vb.is_empty() {
            va
        } else if va.is_empty() {
            vb
        } else {
            merge_versions(&va, &vb)
        };
        (id, merged)
    });
    let mut merged = Annotations::from_versions(items);
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
    type Key<'a> = (&'a str, Vec<(&'a str, usize, usize)>, &'a BTreeSet<TagId>);
    let mut groups: HashMap<Key<'_>, Vec<AnnotationId>> = HashMap::new();
    for a in annotations.iter() {
        let segments = a.segments.iter().map(|s| (s.paragraph.as_str(), s.start.0, s.end.0)).collect();
        groups.entry((a.author.as_str(), segments, &a.tags)).or_default().push(a.id);
    }
    let mut out: Vec<Vec<AnnotationId>> = groups
        .into_values()
        .filter(|g| g.len() > 1)
        .map(|mut g| {
            g.sort_unstable();
            g
        })
        .collect();
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
