//! Version vectors, tombstones and the surviving versions of one item: what makes
//! merging colleagues' annotation files deterministic and loss-free (format
//! version 2 of the annotation file; issue 10).
//!
//! Every annotation and every tag carries a [`VersionVector`] (`rev`): for each
//! installation of Glosa that changed it, how many changes it made. A local edit
//! sets `rev` to the join (pointwise maximum) of the versions it replaces plus one
//! for this installation, so the new version dominates them. A deletion keeps the
//! item as a **tombstone** (`deleted: Some(time)`) with a version vector like any
//! other change, so that merging never resurrects a deleted item and never loses
//! an edit a colleague made concurrently with the deletion.
//!
//! The state of one item is the set of its **surviving versions**: those no other
//! known version dominates (pointwise ≤ and ≠). Merging two states is the union of
//! their versions minus the dominated ones — a join-semilattice, so merging is
//! commutative, associative and idempotent (state-based CRDT; Shapiro et al.,
//! "Conflict-free Replicated Data Types", 2011). One survivor: the item is clean;
//! several: a conflict, all kept, one displayed by [`display_order`].

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ulid::Ulid;

use super::annotation::Timestamp;

/// The identity of one installation of Glosa (one user profile on one machine): a
/// ULID made once and kept in the user's settings. Written as 26 Crockford base-32
/// digits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InstallationId(pub Ulid);

impl InstallationId {
    /// The nil ID (all zero bits): the installation of an [`super::AnnotationSet`]
    /// no caller named. The workspace always names the real one.
    pub const NIL: Self = Self(Ulid(0));

    /// `0000000000000000000000HAND`: the pseudo-installation credited with changes
    /// made to an annotation file outside Glosa (in a text editor) and found by a
    /// merge with a common ancestor ([`super::merge::adopt_hand_edits`]). Every
    /// such change from the same ancestor version gets the same version vector, so
    /// two different hand edits of one annotation are a conflict and two identical
    /// ones one version.
    pub const HAND_EDIT: Self = Self(Ulid(567_981));
}

impl fmt::Display for InstallationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for InstallationId {
    type Err = ulid::DecodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ulid::from_string(s.trim()).map(Self)
    }
}

impl Serialize for InstallationId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0.to_string())
    }
}

impl<'de> Deserialize<'de> for InstallationId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(|_| serde::de::Error::custom(format!("`{text}` is not an installation ID (ULID)")))
    }
}

/// A version vector: for each installation, the number of changes it made to one
/// item. Written `{"01KB…": 3, …}`; empty (`{}`) for an item read from a format
/// version 1 file, which any later change dominates.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct VersionVector(BTreeMap<InstallationId, u64>);

impl FromIterator<(InstallationId, u64)> for VersionVector {
    /// The vector of these entries; a repeated installation keeps the last counter
    /// (as the map read from a file does).
    fn from_iter<I: IntoIterator<Item = (InstallationId, u64)>>(entries: I) -> Self {
        Self(entries.into_iter().collect())
    }
}

impl VersionVector {
    /// The counter of `installation` (0 if it never changed the item).
    pub fn get(&self, installation: InstallationId) -> u64 {
        self.0.get(&installation).copied().unwrap_or(0)
    }

    /// The entries, by installation.
    pub fn entries(&self) -> impl Iterator<Item = (InstallationId, u64)> + '_ {
        self.0.iter().map(|(i, n)| (*i, *n))
    }

    /// Whether no installation changed the item yet.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Raises every counter to at least `other`'s (the pointwise maximum).
    pub fn join(&mut self, other: &VersionVector) {
        for (installation, &n) in &other.0 {
            let entry = self.0.entry(*installation).or_insert(0);
            *entry = (*entry).max(n);
        }
    }

    /// The version a local edit by `installation` makes after this one: its counter
    /// plus one (saturating).
    #[must_use]
    pub fn bumped(mut self, installation: InstallationId) -> Self {
        let entry = self.0.entry(installation).or_insert(0);
        *entry = entry.saturating_add(1);
        self
    }

    /// Whether `self ≤ other` pointwise.
    pub fn le(&self, other: &VersionVector) -> bool {
        self.0.iter().all(|(installation, &n)| other.get(*installation) >= n)
    }

    /// Whether `other` dominates `self`: `self ≤ other` pointwise and `self ≠ other`.
    pub fn dominated_by(&self, other: &VersionVector) -> bool {
        self != other && self.le(other)
    }

    /// The installation with the largest ID among those that changed the item (a
    /// tie-breaker when choosing the displayed version of a conflict).
    pub fn last_installation(&self) -> Option<InstallationId> {
        self.0.keys().next_back().copied()
    }

    /// The total number of changes recorded.
    pub fn total(&self) -> u64 {
        self.0.values().fold(0u64, |a, b| a.saturating_add(*b))
    }
}

/// One version of an item (an annotation or a tag): its content, version vector
/// and, for a deletion, when it was deleted (the content is then the last one the
/// deleting installation had).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version<T> {
    /// The content.
    pub value: T,
    /// Its version vector.
    pub rev: VersionVector,
    /// `Some(time)` when this version is a deletion (a tombstone).
    pub deleted: Option<Timestamp>,
}

impl<T> Version<T> {
    /// Whether this version is a deletion.
    pub fn is_deleted(&self) -> bool {
        self.deleted.is_some()
    }
}

/// What the display rule needs to know of an item's content.
pub trait Versioned: Clone + PartialEq + Serialize {
    /// When the content last changed (`None` if the item does not record it).
    fn modified(&self) -> Option<Timestamp>;
}

/// Orders versions for display: the displayed version of a conflict comes first.
/// The rule (issue 10): the latest change (a tombstone's deletion time, else the
/// content's `modified`; then the larger number of changes), then the larger
/// installation ID, then the larger BLAKE3 hash of the version's RON text — total
/// and the same on every machine.
pub fn display_order<T: Versioned>(a: &Version<T>, b: &Version<T>) -> Ordering {
    let time = |v: &Version<T>| v.deleted.or_else(|| v.value.modified());
    time(b)
        .cmp(&time(a))
        .then_with(|| b.rev.total().cmp(&a.rev.total()))
        .then_with(|| b.rev.last_installation().cmp(&a.rev.last_installation()))
        .then_with(|| content_hash(b).cmp(&content_hash(a)))
}

/// BLAKE3 of a version's RON text.
fn content_hash<T: Serialize>(version: &Version<T>) -> [u8; 32] {
    let text = ron::to_string(version).unwrap_or_default();
    *blake3::hash(text.as_bytes()).as_bytes()
}

/// The surviving versions of the union of `a` and `b`: duplicates removed, every
/// version another dominates dropped, sorted by [`display_order`] (displayed
/// version first). The result is the same whatever the order of the inputs and of
/// the versions within them. O(k²) in the number of versions of the item, which is
/// 1 or 2 in practice.
pub fn merge_versions<T: Versioned>(a: &[Version<T>], b: &[Version<T>]) -> Vec<Version<T>> {
    let mut all: Vec<Version<T>> = Vec::with_capacity(a.len() + b.len());
    for version in a.iter().chain(b) {
        if !all.contains(version) {
            all.push(version.clone());
        }
    }
    let survivors: Vec<Version<T>> =
        all.iter().filter(|v| !all.iter().any(|other| v.rev.dominated_by(&other.rev))).cloned().collect();
    sorted(survivors)
}

/// `versions` in [`display_order`].
pub fn sorted<T: Versioned>(mut versions: Vec<Version<T>>) -> Vec<Version<T>> {
    if versions.len() > 1 {
        versions.sort_by(display_order);
    }
    versions
}

/// The join of the version vectors of `versions`: what a local edit replacing them
/// all starts from.
pub fn join_all<'a, T: 'a>(versions: impl IntoIterator<Item = &'a Version<T>>) -> VersionVector {
    let mut rev = VersionVector::default();
    for version in versions {
        rev.join(&version.rev);
    }
    rev
}

/// What a local edit needs to know: which installation makes it, and the time
/// for tombstones (the model never reads the clock; the workspace sets it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Local {
    /// The installation making local edits ([`InstallationId::NIL`] if unset).
    pub installation: InstallationId,
    /// The time a deletion records; `None`: the deleted item's own `modified`.
    pub now: Option<Timestamp>,
}

/// The version bookkeeping of a collection of items keyed by `K` whose live,
/// displayed content the collection keeps itself: the live items' version
/// vectors, the items whose displayed version is a deletion, and the other
/// survivors of items in conflict.
#[derive(Clone, Debug)]
pub struct VersionState<K: Ord, T> {
    /// Version vector of each live item's displayed version (absent: empty, as read
    /// from a version 1 file).
    pub(crate) revs: BTreeMap<K, VersionVector>,
    /// Items whose displayed version is a tombstone.
    pub(crate) deleted: BTreeMap<K, Version<T>>,
    /// The surviving versions other than the displayed one, in display order, of
    /// items in conflict.
    pub(crate) conflicts: BTreeMap<K, Vec<Version<T>>>,
}

impl<K: Ord, T> Default for VersionState<K, T> {
    fn default() -> Self {
        Self { revs: BTreeMap::new(), deleted: BTreeMap::new(), conflicts: BTreeMap::new() }
    }
}

impl<K: Ord + Clone, T: Clone> VersionState<K, T> {
    /// The version vector of the live item `id`.
    pub fn rev(&self, id: &K) -> VersionVector {
        self.revs.get(id).cloned().unwrap_or_default()
    }

    /// The version vector a local edit of `id` by `installation` gets: the join of
    /// every surviving version of it, plus one for `installation`.
    pub fn next_rev(&self, id: &K, installation: InstallationId) -> VersionVector {
        let mut rev = self.rev(id);
        if let Some(tombstone) = self.deleted.get(id) {
            rev.join(&tombstone.rev);
        }
        for version in self.conflicts.get(id).into_iter().flatten() {
            rev.join(&version.rev);
        }
        rev.bumped(installation)
    }

    /// Records a local change that leaves `id` live: its new version replaces every
    /// surviving one (a conflict is resolved by the edit).
    pub(crate) fn changed(&mut self, id: &K, installation: InstallationId) {
        let rev = self.next_rev(id, installation);
        self.deleted.remove(id);
        self.conflicts.remove(id);
        self.revs.insert(id.clone(), rev);
    }

    /// Records the local deletion of `id`, whose last content was `value`.
    pub(crate) fn removed(&mut self, id: &K, value: T, at: Timestamp, installation: InstallationId) {
        let rev = self.next_rev(id, installation);
        self.revs.remove(id);
        self.conflicts.remove(id);
        self.deleted.insert(id.clone(), Version { value, rev, deleted: Some(at) });
    }

    /// The displayed tombstone of `id`, if its displayed version is a deletion.
    pub fn tombstone(&self, id: &K) -> Option<&Version<T>> {
        self.deleted.get(id)
    }

    /// All displayed tombstones, by ID.
    pub fn tombstones(&self) -> impl Iterator<Item = (&K, &Version<T>)> {
        self.deleted.iter()
    }

    /// The surviving versions of `id` besides the displayed one (empty: no conflict).
    pub fn conflicting(&self, id: &K) -> &[Version<T>] {
        self.conflicts.get(id).map_or(&[], Vec::as_slice)
    }

    /// The IDs of items in conflict, sorted.
    pub fn conflict_ids(&self) -> impl Iterator<Item = &K> {
        self.conflicts.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vv(entries: &[(u128, u64)]) -> VersionVector {
        VersionVector(entries.iter().map(|&(i, n)| (InstallationId(Ulid(i)), n)).collect())
    }

    #[test]
    fn dominance_is_pointwise_less_or_equal_and_different() {
        assert!(vv(&[(1, 1)]).dominated_by(&vv(&[(1, 2)])));
        assert!(vv(&[]).dominated_by(&vv(&[(1, 1)])));
        assert!(!vv(&[(1, 1)]).dominated_by(&vv(&[(1, 1)])));
        assert!(!vv(&[(1, 2)]).dominated_by(&vv(&[(1, 1), (2, 5)])), "concurrent");
        assert!(!vv(&[(1, 1), (2, 5)]).dominated_by(&vv(&[(1, 2)])), "concurrent");
        let mut joined = vv(&[(1, 2)]);
        joined.join(&vv(&[(1, 1), (2, 5)]));
        assert_eq!(joined, vv(&[(1, 2), (2, 5)]));
        assert_eq!(joined.clone().bumped(InstallationId(Ulid(2))), vv(&[(1, 2), (2, 6)]));
    }
}
