//! Annotations: highlighted spans of paragraphs with stakeholder-group tags and a note.
//!
//! A [`Segment`] is the part of one paragraph an annotation covers, stored the way
//! the W3C Web Annotation model stores a target: a position (paragraph ID plus
//! code point offsets, start inclusive, end exclusive) *and* the exact quote with up
//! to [`CONTEXT_CHARS`] code points of prefix and suffix, so the span can be found
//! again when the document changes (see [`super::anchor`]). A highlight across a
//! paragraph break is one annotation with one segment per paragraph.
//!
//! Example: in the paragraph `"👨🏻‍🚒 firemen drive firetrucks"` the word
//! `firetrucks` is the segment `start: 19, end: 29` (code points), with prefix
//! `"👨🏻‍🚒 firemen drive "` and an empty suffix.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ulid::Ulid;
use unicode_segmentation::UnicodeSegmentation;

use super::document::Document;
use super::ids::ParagraphId;
use super::tags::TagId;
use super::text::CharOffset;
use super::version::{Local, Version, VersionState, Versioned};

/// Code points of context kept before and after a quote.
pub const CONTEXT_CHARS: usize = 32;

/// A point in time, UTC, written RFC 3339 (`2026-11-29T10:39:54Z`) in files.
pub type Timestamp = jiff::Timestamp;

/// An annotation's unique ID: a ULID (time-ordered, 26 Crockford base-32 digits,
/// 80 random bits), so colleagues' machines never produce the same ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnnotationId(pub Ulid);

impl AnnotationId {
    /// An ID from a creation time (milliseconds since the Unix epoch) and 80 random
    /// bits. The model takes both as inputs so it never reads the clock itself.
    pub fn from_parts(timestamp_ms: u64, random: u128) -> Self {
        Self(Ulid::from_parts(timestamp_ms, random))
    }
}

impl fmt::Display for AnnotationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for AnnotationId {
    type Err = ulid::DecodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ulid::from_string(s).map(Self)
    }
}

impl Serialize for AnnotationId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0.to_string())
    }
}

impl<'de> Deserialize<'de> for AnnotationId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(|_| serde::de::Error::custom(format!("`{text}` is not an annotation ID (ULID)")))
    }
}

/// The paragraphs around a segment's paragraph when it was annotated: where to look
/// for the span if its paragraph is edited (see [`super::anchor`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Neighbors {
    /// ID of the paragraph before, `None` for the first paragraph.
    #[serde(default)]
    pub before: Option<ParagraphId>,
    /// ID of the paragraph after, `None` for the last paragraph.
    #[serde(default)]
    pub after: Option<ParagraphId>,
}

/// The part of one paragraph an annotation covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// The paragraph's stable ID.
    pub paragraph: ParagraphId,
    /// First code point of the span in the paragraph's normalized text (inclusive).
    pub start: CharOffset,
    /// End of the span in code points (exclusive).
    pub end: CharOffset,
    /// The exact text of the span.
    pub quote: String,
    /// Up to [`CONTEXT_CHARS`] code points of the paragraph before the span.
    #[serde(default)]
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] code points of the paragraph after the span.
    #[serde(default)]
    pub suffix: String,
    /// The surrounding paragraphs' IDs.
    #[serde(default)]
    pub neighbors: Neighbors,
}

/// Why a selection cannot become a [`Segment`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SegmentError {
    /// The paragraph index is past the end of the document.
    #[error("the document has no paragraph {0}")]
    NoParagraph(usize),
    /// The range (clamped to the paragraph) is empty.
    #[error("the selection is empty")]
    Empty,
    /// The range holds only white space (spaces, no-break spaces, line
    /// separators…), which cannot be highlighted.
    #[error("the selection holds only white space")]
    WhiteSpaceOnly,
}

impl Segment {
    /// The segment of paragraph `index` of `doc` from code point `start` to `end`,
    /// widened to whole grapheme clusters (UAX #29) so a selection never splits a
    /// letter from its accent or an emoji sequence, then narrowed to exclude white
    /// space at either end (see [`trim_white_space`]). `None` if the paragraph does
    /// not exist or the range is empty or only white space; [`Segment::try_new`]
    /// says which.
    pub fn new(doc: &Document, index: usize, start: CharOffset, end: CharOffset) -> Option<Self> {
        Self::try_new(doc, index, start, end).ok()
    }

    /// Like [`Segment::new`], with the reason when there is no segment. This is the
    /// one constructor for a new highlight from the CLI and the GUI.
    ///
    /// # Errors
    /// [`SegmentError::NoParagraph`], [`SegmentError::Empty`] (also for a range
    /// past the end of the paragraph), [`SegmentError::WhiteSpaceOnly`].
    pub fn try_new(doc: &Document, index: usize, start: CharOffset, end: CharOffset) -> Result<Self, SegmentError> {
        let paragraph = doc.paragraphs().get(index).ok_or(SegmentError::NoParagraph(index))?;
        let text = doc.text_of(paragraph);
        let (start, end) = snap_to_graphemes(text, start.min(end).0, start.max(end).0);
        if start == end {
            return Err(SegmentError::Empty);
        }
        let (start, end) = trim_white_space(text, start, end);
        if start == end {
            return Err(SegmentError::WhiteSpaceOnly);
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let byte = |c: usize| chars.get(c).map_or(text.len(), |&(b, _)| b);
        let prefix_start = start.saturating_sub(CONTEXT_CHARS);
        let suffix_end = (end + CONTEXT_CHARS).min(chars.len());
        let neighbor = |i: Option<usize>| i.and_then(|i| doc.paragraphs().get(i)).map(|p| p.id.clone());
        Ok(Self {
            paragraph: paragraph.id.clone(),
            start: CharOffset(start),
            end: CharOffset(end),
            quote: text[byte(start)..byte(end)].to_owned(),
            prefix: text[byte(prefix_start)..byte(start)].to_owned(),
            suffix: text[byte(end)..byte(suffix_end)].to_owned(),
            neighbors: Neighbors { before: neighbor(index.checked_sub(1)), after: neighbor(Some(index + 1)) },
        })
    }

    /// Length of the quote in code points.
    pub fn len_chars(&self) -> usize {
        self.end.0.saturating_sub(self.start.0)
    }
}

/// Widens the code point range `start..end` of `text` to grapheme cluster
/// boundaries and clamps it to the text. Returns code point offsets.
pub fn snap_to_graphemes(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut snapped_start = 0;
    let mut snapped_end = 0;
    let mut position = 0;
    let mut start_done = false;
    for grapheme in text.graphemes(true) {
        let next = position + grapheme.chars().count();
        if !start_done && next > start {
            snapped_start = position;
            start_done = true;
        }
        if position < end {
            snapped_end = next;
        }
        position = next;
    }
    if !start_done {
        snapped_start = position;
    }
    (snapped_start, snapped_end.max(snapped_start))
}

/// Whether `c` is white space for selections: Unicode `White_Space` (space, tab,
/// no-break spaces U+00A0/U+202F, ideographic space, line separators…) or an
/// invisible separator (zero-width space U+200B, word joiner U+2060, BOM U+FEFF).
pub fn is_selection_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Narrows the code point range `start..end` of `text` (on grapheme cluster
/// boundaries) so that it neither starts nor ends with a grapheme cluster made only
/// of white space ([`is_selection_space`]). Returns code point offsets; `start ==
/// end` when the range holds only white space.
pub fn trim_white_space(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut indices = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len()));
    let (Some(start_byte), Some(end_byte)) =
        (indices.nth(start), if end > start { indices.nth(end - start - 1) } else { None })
    else {
        return (start, start);
    };
    let selected = &text[start_byte..end_byte];
    // The common case: no white space at either end.
    let edge_space = selected.chars().next().is_some_and(is_selection_space)
        || selected.chars().next_back().is_some_and(is_selection_space);
    if !edge_space {
        return (start, end);
    }
    let blank = |g: &&str| g.chars().all(is_selection_space);
    let leading: usize = selected.graphemes(true).take_while(blank).map(|g| g.chars().count()).sum();
    if start + leading == end {
        return (end, end);
    }
    let trailing: usize = selected.graphemes(true).rev().take_while(blank).map(|g| g.chars().count()).sum();
    (start + leading, end - trailing)
}

/// One annotation: segments, tags, a note and who made it when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    /// Unique, time-ordered ID.
    pub id: AnnotationId,
    /// Targets in document order; at least one.
    pub segments: Vec<Segment>,
    /// Tag IDs; several tags on one highlight are normal. Tags unknown to the tag
    /// set are kept.
    #[serde(default)]
    pub tags: BTreeSet<TagId>,
    /// Free text, may span lines.
    #[serde(default)]
    pub note: String,
    /// Who made it (`GLOSA_AUTHOR` or the OS user name).
    #[serde(default)]
    pub author: String,
    /// When it was made.
    pub created: Timestamp,
    /// When its tags, note or segments last changed.
    pub modified: Timestamp,
}

impl Annotation {
    /// The whole quoted text, segments joined with a newline.
    pub fn quote(&self) -> String {
        self.segments.iter().map(|s| s.quote.as_str()).collect::<Vec<_>>().join("\n")
    }
}

/// The annotations of one document, by ID. Adding, finding and removing one is
/// O(log n).
///
/// Besides the live annotations it keeps their version bookkeeping (format
/// version 2; see [`super::version`]): each live annotation's version vector,
/// tombstones of deleted ones, and the other surviving versions of annotations in
/// conflict. Equality (`==`) compares the live annotations only, not that
/// bookkeeping; [`Annotations::versions`] exposes it.
#[derive(Clone, Debug, Default)]
pub struct Annotations {
    by_id: BTreeMap<AnnotationId, Annotation>,
    versions: VersionState<AnnotationId, Annotation>,
    local: Local,
    author_aliases: BTreeSet<(String, String)>,
}

impl PartialEq for Annotations {
    fn eq(&self, other: &Self) -> bool {
        self.by_id == other.by_id
    }
}

impl Eq for Annotations {}

impl Versioned for Annotation {
    fn modified(&self) -> Option<Timestamp> {
        Some(self.modified)
    }
}

impl Annotations {
    /// Builds the collection; a later annotation with an ID already seen replaces it.
    /// Files are read with [`make_ids_unique`] first, so that nothing is dropped.
    pub fn from_vec(annotations: Vec<Annotation>) -> Self {
        Self { by_id: annotations.into_iter().map(|a| (a.id, a)).collect(), ..Self::default() }
    }

    /// Builds the collection from the surviving versions of each annotation, each
    /// list in display order (first: displayed), as [`Annotations::all_versions`]
    /// gives them. Empty lists are skipped.
    pub fn from_versions(items: impl IntoIterator<Item = (AnnotationId, Vec<Version<Annotation>>)>) -> Self {
        let mut this = Self::default();
        for (id, versions) in items {
            this.set_versions(id, versions);
        }
        this
    }

    /// The collection [`Annotations::from_versions`] builds, from its parts as it
    /// stores them, built in one go: the live annotations, their non-empty version
    /// vectors, the tombstones (displayed versions that are deletions) and the
    /// other surviving versions of IDs in conflict (display order). Each list
    /// sorted by ID, each ID once in it, and no ID both live and a tombstone.
    pub(crate) fn from_sorted_parts(
        live: Vec<(AnnotationId, Annotation)>,
        revs: Vec<(AnnotationId, super::version::VersionVector)>,
        deleted: Vec<(AnnotationId, Version<Annotation>)>,
        conflicts: Vec<(AnnotationId, Vec<Version<Annotation>>)>,
    ) -> Self {
        let versions = VersionState {
            revs: revs.into_iter().collect(),
            deleted: deleted.into_iter().collect(),
            conflicts: conflicts.into_iter().collect(),
        };
        Self { by_id: live.into_iter().collect(), versions, ..Self::default() }
    }

    /// Replaces every version of `id` with `versions` (display order, first
    /// displayed; empty: forget `id` altogether).
    pub(crate) fn set_versions(&mut self, id: AnnotationId, versions: Vec<Version<Annotation>>) {
        self.by_id.remove(&id);
        self.versions.revs.remove(&id);
        self.versions.deleted.remove(&id);
        self.versions.conflicts.remove(&id);
        let mut versions = versions.into_iter();
        let Some(first) = versions.next() else { return };
        if first.deleted.is_some() {
            self.versions.deleted.insert(id, first);
        } else {
            if !first.rev.is_empty() {
                self.versions.revs.insert(id, first.rev);
            }
            self.by_id.insert(id, first.value);
        }
        let rest: Vec<_> = versions.collect();
        if !rest.is_empty() {
            self.versions.conflicts.insert(id, rest);
        }
    }

    /// Every surviving version of `id` in display order (first: the displayed one);
    /// empty if `id` is unknown.
    pub fn versions_of(&self, id: &AnnotationId) -> Vec<Version<Annotation>> {
        let mut out = Vec::with_capacity(1);
        if let Some(live) = self.by_id.get(id) {
            out.push(Version { value: live.clone(), rev: self.versions.rev(id), deleted: None });
        } else if let Some(tombstone) = self.versions.deleted.get(id) {
            out.push(tombstone.clone());
        }
        out.extend(self.versions.conflicting(id).iter().cloned());
        out
    }

    /// Whether `id` has exactly the same surviving versions here and in `other`
    /// (content, version vectors, tombstones, conflicts), without cloning them:
    /// what [`Annotations::versions_of`] `==` compares, in O(log n).
    pub fn same_versions(&self, other: &Self, id: &AnnotationId) -> bool {
        self.by_id.get(id) == other.by_id.get(id)
            && self.versions.revs.get(id) == other.versions.revs.get(id)
            && self.versions.deleted.get(id) == other.versions.deleted.get(id)
            && self.versions.conflicting(id) == other.versions.conflicting(id)
    }

    /// The IDs, sorted, whose surviving versions differ between `self` and
    /// `other` (those for which [`Annotations::same_versions`] is `false`, among
    /// the IDs either knows), found by walking the two collections side by side:
    /// linear, where asking `same_versions` of every ID looks each up in eight
    /// maps.
    pub fn differing_ids(&self, other: &Self) -> Vec<AnnotationId> {
        let mut out = Vec::new();
        differing_keys(&self.by_id, &other.by_id, |_| true, &mut out);
        differing_keys(&self.versions.revs, &other.versions.revs, |_| true, &mut out);
        differing_keys(&self.versions.deleted, &other.versions.deleted, |_| true, &mut out);
        // `conflicting` reads a missing entry as an empty list.
        differing_keys(&self.versions.conflicts, &other.versions.conflicts, |v| !v.is_empty(), &mut out);
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The author of the displayed version of `id` (live or deleted), if known.
    pub fn displayed_author(&self, id: &AnnotationId) -> Option<&str> {
        self.by_id.get(id).or_else(|| self.versions.deleted.get(id).map(|v| &v.value)).map(|a| a.author.as_str())
    }

    /// Whether `id` has any version here (live or deleted).
    pub fn knows(&self, id: &AnnotationId) -> bool {
        self.by_id.contains_key(id) || self.versions.deleted.contains_key(id)
    }

    /// Every ID with a version (live, deleted or in conflict), sorted.
    pub fn all_ids(&self) -> Vec<AnnotationId> {
        let mut ids: Vec<AnnotationId> = self.by_id.keys().chain(self.versions.deleted.keys()).copied().collect();
        ids.sort_unstable();
        ids
    }

    /// Every item's surviving versions, by ID.
    pub fn all_versions(&self) -> Vec<(AnnotationId, Vec<Version<Annotation>>)> {
        self.all_ids().into_iter().map(|id| (id, self.versions_of(&id))).collect()
    }

    /// The version bookkeeping: version vectors, tombstones, conflicts.
    pub fn versions(&self) -> &VersionState<AnnotationId, Annotation> {
        &self.versions
    }

    /// Author aliases recorded in the file: pairs of names the users confirmed
    /// are the same person (`("Ana K.", "ana.k@example.org")`). Grow-only; a merge
    /// takes the union.
    pub fn author_aliases(&self) -> &BTreeSet<(String, String)> {
        &self.author_aliases
    }

    /// Replaces the author aliases.
    pub fn set_author_aliases(&mut self, aliases: BTreeSet<(String, String)>) {
        self.author_aliases = aliases;
    }

    /// The installation and clock local edits are recorded with.
    pub fn local(&self) -> Local {
        self.local
    }

    /// Sets the installation and clock local edits are recorded with (see
    /// [`super::AnnotationSet::set_local`]).
    pub(crate) fn set_local(&mut self, local: Local) {
        self.local = local;
    }

    /// Makes `version` the only version of its annotation `id`, as a local edit
    /// (its version vector dominates every surviving one): resolving a conflict by
    /// taking one version. A deletion version leaves a tombstone.
    pub(crate) fn take_version(&mut self, id: AnnotationId, version: Version<Annotation>) {
        let rev = self.versions.next_rev(&id, self.local.installation);
        let mut value = version.value;
        value.id = id;
        self.set_versions(id, vec![Version { value, rev, deleted: version.deleted }]);
    }

    /// Records the local change of the live annotation `id`.
    pub(crate) fn changed(&mut self, id: &AnnotationId) {
        self.versions.changed(id, self.local.installation);
    }

    /// Number of annotations.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The annotation with this ID.
    pub fn get(&self, id: &AnnotationId) -> Option<&Annotation> {
        self.by_id.get(id)
    }

    /// Mutable access for a local edit in [`super::edit`]: records the change (a
    /// new version vector) when the annotation exists.
    pub(crate) fn get_mut(&mut self, id: &AnnotationId) -> Option<&mut Annotation> {
        if self.by_id.contains_key(id) {
            self.changed(id);
        }
        self.by_id.get_mut(id)
    }

    /// Inserts as a local edit (a new version dominating every known version of
    /// the ID, a tombstone included), returning the live annotation previously
    /// stored under the same ID.
    pub(crate) fn insert(&mut self, annotation: Annotation) -> Option<Annotation> {
        self.changed(&annotation.id);
        self.by_id.insert(annotation.id, annotation)
    }

    /// Removes the live annotation with this ID as a local edit, leaving a
    /// tombstone dated by the local clock (else the annotation's `modified`).
    pub(crate) fn remove(&mut self, id: &AnnotationId) -> Option<Annotation> {
        let removed = self.by_id.remove(id)?;
        let at = self.local.now.unwrap_or(removed.modified);
        self.versions.removed(id, removed.clone(), at, self.local.installation);
        Some(removed)
    }

    /// All annotations, in ID (= creation time) order.
    pub fn iter(&self) -> impl Iterator<Item = &Annotation> {
        self.by_id.values()
    }

    /// All annotations in document order: by the position of their first segment
    /// (paragraph ordinal, then start offset) in `doc`, then by ID. Annotations whose
    /// paragraph `doc` lacks come last, by ID. This is the order files are saved in.
    pub fn in_document_order(&self, doc: &Document) -> Vec<&Annotation> {
        let mut sorted: Vec<&Annotation> = self.by_id.values().collect();
        sorted.sort_by_cached_key(|a| {
            let first = a.segments.first();
            let position = first.and_then(|s| doc.index_of(&s.paragraph).map(|i| (i, s.start.0)));
            (position.is_none(), position, a.id)
        });
        sorted
    }
}

/// Appends to `out` the keys of `a` and `b` whose entries differ: in one map
/// only (unless `counts` says the value there is as good as none), or with other
/// values. One pass over both, in key order.
fn differing_keys<V: PartialEq>(
    mine: &BTreeMap<AnnotationId, V>,
    theirs: &BTreeMap<AnnotationId, V>,
    counts: impl Fn(&V) -> bool,
    out: &mut Vec<AnnotationId>,
) {
    let (mut mine, mut theirs) = (mine.iter().peekable(), theirs.iter().peekable());
    loop {
        match (mine.peek(), theirs.peek()) {
            (None, None) => return,
            (Some(&(&id, value)), None) => {
                if counts(value) {
                    out.push(id);
                }
                mine.next();
            }
            (None, Some(&(&id, value))) => {
                if counts(value) {
                    out.push(id);
                }
                theirs.next();
            }
            (Some(&(&my_id, my_value)), Some(&(&their_id, their_value))) => match my_id.cmp(&their_id) {
                std::cmp::Ordering::Less => {
                    if counts(my_value) {
                        out.push(my_id);
                    }
                    mine.next();
                }
                std::cmp::Ordering::Greater => {
                    if counts(their_value) {
                        out.push(their_id);
                    }
                    theirs.next();
                }
                std::cmp::Ordering::Equal => {
                    if my_value != their_value {
                        out.push(my_id);
                    }
                    mine.next();
                    theirs.next();
                }
            },
        }
    }
}

/// Gives every annotation after the first with an ID already used in
/// `annotations` a new, unused ID, and returns the `(old, new)` pairs in order.
///
/// Two annotations sharing an ID happen when a file is copied and edited by hand,
/// or two files are concatenated; both are kept (issue 7 §4). The new ID keeps the
/// old one's creation time (its first 48 bits, so the order by time holds) and
/// takes its 80 "random" bits from a BLAKE3 hash of the old ID, the annotation's
/// position and an attempt counter: the same file always gets the same new IDs,
/// and they never collide with an ID in use. O(n log n).
pub fn make_ids_unique(annotations: &mut [Annotation]) -> Vec<(AnnotationId, AnnotationId)> {
    let mut all: BTreeSet<AnnotationId> = annotations.iter().map(|a| a.id).collect();
    if all.len() == annotations.len() {
        return Vec::new();
    }
    let mut seen = BTreeSet::new();
    let mut renamed = Vec::new();
    let annotations_len = annotations.len();
    for (position, annotation) in annotations.iter_mut().enumerate() {
        if seen.insert(annotation.id) {
            continue;
        }
        let old = annotation.id;
        // At most `annotations.len()` IDs are taken, so a free one is found at once.
        let new = (0..=annotations_len)
            .map(|attempt: usize| {
                let mut hasher = blake3::Hasher::new();
                hasher.update(&old.0.to_bytes());
                hasher.update(&(position as u64).to_le_bytes());
                hasher.update(&(attempt as u64).to_le_bytes());
                let mut random = [0u8; 16];
                random[..10].copy_from_slice(&hasher.finalize().as_bytes()[..10]);
                AnnotationId::from_parts(old.0.timestamp_ms(), u128::from_le_bytes(random))
            })
            .find(|candidate| !all.contains(candidate))
            .unwrap_or(old);
        all.insert(new);
        seen.insert(new);
        annotation.id = new;
        renamed.push((old, new));
    }
    renamed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_ids_are_renamed_deterministically_and_both_annotations_kept() {
        let d = doc("La cooperación mejorada.\n\nLos gobiernos.");
        let at = Timestamp::from_second(1_780_000_000).unwrap();
        let annotation = |n: usize, note: &str| Annotation {
            id: AnnotationId::from_parts(1_780_000_000_123, 42),
            segments: vec![Segment::new(&d, n, CharOffset(0), CharOffset(3)).unwrap()],
            tags: BTreeSet::new(),
            note: note.to_owned(),
            author: String::new(),
            created: at,
            modified: at,
        };
        let mut list = vec![annotation(0, "first"), annotation(1, "second"), annotation(0, "third")];
        let mut again = list.clone();
        let renamed = make_ids_unique(&mut list);
        assert_eq!(renamed.len(), 2);
        assert_eq!(list[0].id, AnnotationId::from_parts(1_780_000_000_123, 42), "the first keeps its ID");
        assert!(renamed.iter().all(|(old, new)| *old == list[0].id && new.0.timestamp_ms() == 1_780_000_000_123));
        let ids: BTreeSet<_> = list.iter().map(|a| a.id).collect();
        assert_eq!(ids.len(), 3);
        assert_eq!(Annotations::from_vec(list.clone()).len(), 3, "nothing is dropped");
        assert_eq!(make_ids_unique(&mut again), renamed, "deterministic");
        assert!(make_ids_unique(&mut list).is_empty());
    }

    fn doc(text: &str) -> Document {
        Document::parse(text.as_bytes().to_vec(), "test.txt").unwrap()
    }

    #[test]
    fn firetrucks_after_an_emoji_is_code_points_19_to_29() {
        let d = doc("👨🏻‍🚒 firemen drive firetrucks");
        let s = Segment::new(&d, 0, CharOffset(19), CharOffset(29)).unwrap();
        assert_eq!((s.start, s.end, s.quote.as_str()), (CharOffset(19), CharOffset(29), "firetrucks"));
        assert_eq!((s.prefix.as_str(), s.suffix.as_str()), ("👨🏻‍🚒 firemen drive ", ""));
    }

    #[test]
    fn selections_widen_to_whole_grapheme_clusters() {
        // "e" + combining acute: selecting only the "e" takes the accent too.
        let d = doc("cafe\u{301} con leche");
        let s = Segment::new(&d, 0, CharOffset(3), CharOffset(4)).unwrap();
        assert_eq!(s.quote, "é");
        // Inside the firefighter emoji (4 code points: man, skin tone, ZWJ, fire
        // engine) the whole emoji is taken.
        let d = doc("👨🏻‍🚒 firemen");
        let s = Segment::new(&d, 0, CharOffset(2), CharOffset(3)).unwrap();
        assert_eq!((s.start.0, s.end.0, s.quote.as_str()), (0, 4, "👨🏻‍🚒"));
        assert!(Segment::new(&d, 0, CharOffset(40), CharOffset(50)).is_none());
    }

    #[test]
    fn selections_lose_surrounding_white_space_and_blank_ones_are_refused() {
        // "Los gobiernos y el sector\u{A0}privado." with a no-break space inside the name.
        let d = doc("Los gobiernos y el sector\u{A0}privado, \u{A0} y la sociedad civil.");
        // " el sector privado, " with spaces around: trimmed to the name and comma.
        let s = Segment::new(&d, 0, CharOffset(15), CharOffset(35)).unwrap();
        assert_eq!((s.start.0, s.end.0, s.quote.as_str()), (16, 34, "el sector\u{A0}privado,"));
        // Only a space, a no-break space, and both with a space between.
        assert_eq!(Segment::try_new(&d, 0, CharOffset(3), CharOffset(4)), Err(SegmentError::WhiteSpaceOnly));
        assert_eq!(Segment::try_new(&d, 0, CharOffset(35), CharOffset(36)), Err(SegmentError::WhiteSpaceOnly));
        assert_eq!(Segment::try_new(&d, 0, CharOffset(34), CharOffset(37)), Err(SegmentError::WhiteSpaceOnly));
        assert_eq!(Segment::try_new(&d, 0, CharOffset(5), CharOffset(5)), Err(SegmentError::Empty));
        assert_eq!(Segment::try_new(&d, 3, CharOffset(0), CharOffset(5)), Err(SegmentError::NoParagraph(3)));
        // The no-break space inside the quote is kept.
        assert_eq!(Segment::new(&d, 0, CharOffset(19), CharOffset(33)).unwrap().quote, "sector\u{A0}privado");
    }

    #[test]
    fn context_is_at_most_32_code_points_and_neighbors_are_recorded() {
        let d = doc(
            "Uno.\n\nLa Agenda de Túnez reconoce la necesidad de una cooperación mejorada que permita a los gobiernos cumplir su papel.\n\nTres.",
        );
        let s = Segment::new(&d, 1, CharOffset(48), CharOffset(68)).unwrap();
        assert_eq!(s.quote, "cooperación mejorada");
        assert_eq!(s.prefix, "ez reconoce la necesidad de una ");
        assert_eq!(s.suffix, " que permita a los gobiernos cum");
        assert_eq!(s.prefix.chars().count(), 32);
        assert_eq!(s.suffix.chars().count(), 32);
        assert_eq!(s.neighbors.before.as_ref(), Some(&d.paragraphs()[0].id));
        assert_eq!(s.neighbors.after.as_ref(), Some(&d.paragraphs()[2].id));
    }
}
