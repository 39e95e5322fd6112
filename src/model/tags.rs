//! Tags (QDA "codes") and the tag set ("codebook"): by default the WSIS stakeholder
//! groups of the Tunis Agenda ¶35–36.
//!
//! Annotations refer to tags by [`TagId`] only, so renaming a label or changing a
//! colour never breaks them; a tag ID an annotation uses but the tag set lacks is
//! kept (shown as an unknown tag), never dropped.

use std::fmt;
use std::sync::Arc;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::version::{Local, Version, VersionState, Versioned};

/// The default tag set, shipped in `assets/tags/wsis-stakeholder-groups.ron`.
pub const DEFAULT_TAGS_RON: &str = include_str!("../../assets/tags/wsis-stakeholder-groups.ron");

/// A tag's stable identifier: a slug of lower-case ASCII letters, digits and `-`,
/// e.g. `civil-society`. Written in files as the plain string.
///
/// The text is shared (`Arc<str>`), so a clone is a reference-count increment,
/// not an allocation: reports copy a tag ID into every one of their (tens of
/// thousands of) disagreements, and the Agreement view rebuilds them on each
/// change of coders or tags. Comparison, ordering and hashing are those of the
/// text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TagId(Arc<str>);

impl Serialize for TagId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TagId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|id| Self(Arc::from(id)))
    }
}

impl TagId {
    /// Wraps `id` if it is a valid slug (1–64 characters of `a-z`, `0-9`, `-`, not
    /// starting or ending with `-`).
    pub fn new(id: &str) -> Option<Self> {
        let valid = (1..=64).contains(&id.len())
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        valid.then(|| Self(Arc::from(id)))
    }

    /// Makes a slug from a label: `Académie & Recherche` → `academie-recherche`.
    /// Letters outside ASCII lose their accents where Unicode decomposition allows
    /// and are dropped otherwise; an empty result becomes `tag`.
    pub fn slug_from_label(label: &str) -> Self {
        use unicode_normalization::UnicodeNormalization;
        let mut slug = String::new();
        for c in label.nfd() {
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if (c.is_whitespace() || c.is_ascii_punctuation()) && !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
        }
        slug.truncate(64);
        let slug = slug.trim_matches('-');
        Self(Arc::from(if slug.is_empty() { "tag" } else { slug }))
    }

    /// The ID as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TagId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An sRGB colour, written `#RRGGBB` in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

impl Color {
    /// Parses `#RRGGBB` (case-insensitive).
    pub fn from_hex(hex: &str) -> Option<Self> {
        let digits = hex.strip_prefix('#')?;
        if digits.len() != 6 || !digits.is_ascii() {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
        Some(Self { r: channel(0)?, g: channel(2)?, b: channel(4)? })
    }

    /// `#rrggbb`.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2.x relative luminance, 0 (black) to 1 (white).
    pub fn relative_luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// WCAG 2.x contrast ratio between two colours, 1 to 21.
    pub fn contrast_ratio(self, other: Color) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

impl Serialize for Color {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Color::from_hex(&text).ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a #RRGGBB colour")))
    }
}

/// A tag of the codebook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    /// Stable ID that annotations refer to.
    pub id: TagId,
    /// Display name, e.g. `Civil society`.
    pub label: String,
    /// What the tag means; where it comes from.
    #[serde(default)]
    pub description: String,
    /// Highlight colour.
    pub color: Color,
    /// Keyboard digit 1–9 that applies the tag, if any.
    #[serde(default)]
    pub shortcut: Option<u8>,
}

/// An ordered set of tags with unique IDs: the codebook shared in every annotation file.
///
/// Like [`super::Annotations`] it keeps the version bookkeeping of its tags
/// (version vectors, tombstones of removed tags, conflicting versions; see
/// [`super::version`]) and, after a merge, each tag's position as merged (the
/// lowest any input gave it). Equality compares the tags in order, not the
/// bookkeeping. Serialized as the plain list of tags (the tag set asset); the
/// annotation file writes the bookkeeping beside each tag.
#[derive(Clone, Debug, Default)]
pub struct TagSet {
    tags: Vec<Tag>,
    versions: VersionState<TagId, Tag>,
    /// Merged positions (absent: the tag's index).
    positions: BTreeMap<TagId, u32>,
    local: Local,
    aliases: BTreeSet<(TagId, TagId)>,
}

impl PartialEq for TagSet {
    fn eq(&self, other: &Self) -> bool {
        self.tags == other.tags
    }
}

impl Eq for TagSet {}

impl Serialize for TagSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.tags.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for TagSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Self { tags: Vec::deserialize(deserializer)?, ..Self::default() })
    }
}

impl Versioned for Tag {
    fn modified(&self) -> Option<super::Timestamp> {
        None
    }
}

impl TagSet {
    /// The WSIS stakeholder groups (Tunis Agenda ¶35–36) from [`DEFAULT_TAGS_RON`].
    pub fn wsis_default() -> Self {
        // The asset is part of the binary and checked by a test, so this cannot fail
        // at run time; an empty set is the safe fallback all the same.
        ron::from_str(DEFAULT_TAGS_RON).unwrap_or_default()
    }

    /// Builds a set, keeping the first tag of each ID.
    pub fn from_tags(tags: impl IntoIterator<Item = Tag>) -> Self {
        let mut set = Self::default();
        for tag in tags {
            if set.get(&tag.id).is_none() {
                set.tags.push(tag);
            }
        }
        set
    }

    /// Tags in display order.
    pub fn tags(&self) -> &[Tag] {
        &self.tags
    }

    /// The tag with this ID.
    pub fn get(&self, id: &TagId) -> Option<&Tag> {
        self.tags.iter().find(|t| &t.id == id)
    }

    /// Position of the tag with this ID.
    pub fn index_of(&self, id: &TagId) -> Option<usize> {
        self.tags.iter().position(|t| &t.id == id)
    }

    /// The tag whose shortcut is `digit`.
    pub fn by_shortcut(&self, digit: u8) -> Option<&Tag> {
        self.tags.iter().find(|t| t.shortcut == Some(digit))
    }

    /// Inserts `tag` at `index` (clamped). Returns `false`, changing nothing, if its
    /// ID is taken.
    ///
    /// A local edit: the tag gets a version dominating every known version of its
    /// ID (a tombstone of a removed tag included).
    pub fn insert(&mut self, index: usize, tag: Tag) -> bool {
        if self.get(&tag.id).is_some() {
            return false;
        }
        self.versions.changed(&tag.id, self.local.installation);
        self.positions.clear();
        self.tags.insert(index.min(self.tags.len()), tag);
        true
    }

    /// Removes and returns the tag with this ID and its index. A local edit: the
    /// tag is kept as a tombstone (dated by the local clock, else the Unix epoch).
    pub fn remove(&mut self, id: &TagId) -> Option<(usize, Tag)> {
        let index = self.index_of(id)?;
        let tag = self.tags.remove(index);
        let at = self.local.now.unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        self.versions.removed(id, tag.clone(), at, self.local.installation);
        self.positions.clear();
        Some((index, tag))
    }

    /// Replaces the tag with the same ID as `tag`, returning the old one (a local
    /// edit of that tag).
    pub fn replace(&mut self, tag: Tag) -> Option<Tag> {
        let index = self.index_of(&tag.id)?;
        self.versions.changed(&tag.id, self.local.installation);
        Some(std::mem::replace(&mut self.tags[index], tag))
    }

    /// Moves the tag with this ID to `index` (clamped). Returns its old index. The
    /// order is not versioned: the tag keeps its version.
    pub fn move_to(&mut self, id: &TagId, index: usize) -> Option<usize> {
        let old = self.index_of(id)?;
        let tag = self.tags.remove(old);
        self.tags.insert(index.min(self.tags.len()), tag);
        self.positions.clear();
        Some(old)
    }

    /// The version bookkeeping: version vectors, tombstones, conflicts.
    pub fn versions(&self) -> &VersionState<TagId, Tag> {
        &self.versions
    }

    /// Tag aliases recorded in the file: pairs of tag IDs the users confirmed mean
    /// the same code ("same tag?" after a merge). Grow-only; a merge takes the union.
    pub fn aliases(&self) -> &BTreeSet<(TagId, TagId)> {
        &self.aliases
    }

    /// Replaces the tag aliases.
    pub fn set_aliases(&mut self, aliases: BTreeSet<(TagId, TagId)>) {
        self.aliases = aliases;
    }

    /// Sets the installation and clock local edits are recorded with.
    pub(crate) fn set_local(&mut self, local: Local) {
        self.local = local;
    }

    /// The position of the tag at `index` as merged: its merged position if it has
    /// one, else its index.
    pub fn position(&self, index: usize) -> u32 {
        let index32 = u32::try_from(index).unwrap_or(u32::MAX);
        self.tags.get(index).and_then(|t| self.positions.get(&t.id).copied()).unwrap_or(index32)
    }

    /// Every surviving version of `id` in display order (first: displayed).
    pub fn versions_of(&self, id: &TagId) -> Vec<Version<Tag>> {
        let mut out = Vec::with_capacity(1);
        if let Some(live) = self.get(id) {
            out.push(Version { value: live.clone(), rev: self.versions.rev(id), deleted: None });
        } else if let Some(tombstone) = self.versions.deleted.get(id) {
            out.push(tombstone.clone());
        }
        out.extend(self.versions.conflicting(id).iter().cloned());
        out
    }

    /// Every tag ID with a version (live or removed), sorted.
    pub fn all_ids(&self) -> Vec<TagId> {
        let mut ids: Vec<TagId> =
            self.tags.iter().map(|t| t.id.clone()).chain(self.versions.deleted.keys().cloned()).collect();
        ids.sort_unstable();
        ids
    }

    /// Builds a tag set from each tag's surviving versions (display order) and its
    /// position; live tags are ordered by (position, ID).
    pub fn from_versions(items: impl IntoIterator<Item = (TagId, u32, Vec<Version<Tag>>)>) -> Self {
        let mut this = Self::default();
        let mut live: Vec<(u32, Tag)> = Vec::new();
        for (id, position, versions) in items {
            let mut versions = versions.into_iter();
            let Some(first) = versions.next() else { continue };
            if first.deleted.is_some() {
                this.versions.deleted.insert(id.clone(), first);
            } else {
                if !first.rev.is_empty() {
                    this.versions.revs.insert(id.clone(), first.rev);
                }
                this.positions.insert(id.clone(), position);
                live.push((position, first.value));
            }
            let rest: Vec<_> = versions.collect();
            if !rest.is_empty() {
                this.versions.conflicts.insert(id, rest);
            }
        }
        live.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
        this.tags = live.into_iter().map(|(_, t)| t).collect();
        // Positions equal to the index say nothing: keep only those that differ.
        let tags = &this.tags;
        let index_of: BTreeMap<&TagId, u32> =
            tags.iter().enumerate().map(|(i, t)| (&t.id, u32::try_from(i).unwrap_or(u32::MAX))).collect();
        this.positions.retain(|id, p| index_of.get(id) != Some(p));
        this
    }

    /// Gives every tag after the first with an ID already used a new ID (`id-2`,
    /// `id-3`, … the first not in use) and returns the `(old, new)` pairs in order.
    /// A tag set read from a file can repeat an ID (edited by hand, two codebooks
    /// pasted together); both tags are kept (issue 7 §4). Annotations tagged with
    /// the ID keep meaning the first tag.
    pub fn make_ids_unique(&mut self) -> Vec<(TagId, TagId)> {
        let mut all: std::collections::HashSet<TagId> = self.tags.iter().map(|t| t.id.clone()).collect();
        if all.len() == self.tags.len() {
            return Vec::new();
        }
        let mut seen = std::collections::HashSet::new();
        let mut renamed = Vec::new();
        for tag in &mut self.tags {
            if seen.insert(tag.id.clone()) {
                continue;
            }
            let base = tag.id.as_str().get(..56).unwrap_or(tag.id.as_str()).trim_end_matches('-');
            // At most `all.len()` IDs are taken, so one of these is free.
            let new = (2..=all.len() + 2)
                .map(|n| TagId(Arc::from(format!("{base}-{n}"))))
                .find(|id| !all.contains(id))
                .unwrap_or_else(|| tag.id.clone());
            all.insert(new.clone());
            seen.insert(new.clone());
            renamed.push((std::mem::replace(&mut tag.id, new.clone()), new));
        }
        renamed
    }

    /// A tag ID not used yet, derived from `label` (`label`, `label-2`, …).
    pub fn unused_id(&self, label: &str) -> TagId {
        let base = TagId::slug_from_label(label);
        if self.get(&base).is_none() {
            return base;
        }
        // At most `len + 1` candidates can be taken, so this always finds one.
        (2..=self.tags.len() + 2)
            .map(|n| TagId(Arc::from(format!("{base}-{n}"))))
            .find(|id| self.get(id).is_none())
            .unwrap_or(base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_tag_set_is_the_six_wsis_stakeholder_groups_with_digits_one_to_six() {
        let tags = TagSet::wsis_default();
        let ids: Vec<&str> = tags.tags().iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "governments",
                "private-sector",
                "civil-society",
                "intergovernmental-organizations",
                "international-organizations",
                "technical-academic-community",
            ]
        );
        let shortcuts: Vec<_> = tags.tags().iter().map(|t| t.shortcut).collect();
        assert_eq!(shortcuts, [Some(1), Some(2), Some(3), Some(4), Some(5), Some(6)]);
        assert_eq!(tags.by_shortcut(1).map(|t| t.label.as_str()), Some("Governments"));
        assert!(tags.tags().iter().all(|t| t.description.contains("Tunis Agenda ¶3")));
    }

    #[test]
    fn default_colours_are_legible_on_light_and_dark_backgrounds() {
        let white = Color { r: 255, g: 255, b: 255 };
        let dark_panel = Color { r: 0x1b, g: 0x1b, b: 0x1b };
        for tag in TagSet::wsis_default().tags() {
            let (light, dark) = (tag.color.contrast_ratio(white), tag.color.contrast_ratio(dark_panel));
            assert!(light >= 3.0 && dark >= 3.0, "{}: {light:.2} on white, {dark:.2} on dark", tag.id);
        }
    }

    #[test]
    fn slugs_and_unused_ids() {
        assert_eq!(TagId::slug_from_label("Académie & Recherche").as_str(), "academie-recherche");
        assert_eq!(TagId::slug_from_label("!!!").as_str(), "tag");
        assert!(TagId::new("civil-society").is_some());
        assert!(TagId::new("Civil Society").is_none());
        let tags = TagSet::wsis_default();
        assert_eq!(tags.unused_id("Governments").as_str(), "governments-2");
        assert_eq!(tags.unused_id("Media").as_str(), "media");
    }

    #[test]
    fn repeated_tag_ids_are_renamed_and_both_tags_kept() {
        let mut tags = TagSet::wsis_default();
        let mut copy = tags.tags()[0].clone();
        copy.label = "Gobiernos".to_owned();
        tags.tags.push(copy.clone());
        tags.tags.push(copy);
        let renamed = tags.make_ids_unique();
        let ids: Vec<&str> = renamed.iter().map(|(old, new)| (old.as_str(), new.as_str())).map(|(_, n)| n).collect();
        assert_eq!(ids, ["governments-2", "governments-3"]);
        assert_eq!(tags.tags().len(), 8);
        assert_eq!(tags.get(&TagId::new("governments").unwrap()).unwrap().label, "Governments");
        assert_eq!(tags.get(&TagId::new("governments-2").unwrap()).unwrap().label, "Gobiernos");
        assert!(tags.make_ids_unique().is_empty());
    }

    #[test]
    fn colours_round_trip_through_hex() {
        assert_eq!(Color::from_hex("#3B7DD8").map(Color::to_hex).as_deref(), Some("#3b7dd8"));
        assert_eq!(Color::from_hex("3B7DD8"), None);
        assert_eq!(Color::from_hex("#3B7DDZ"), None);
    }
}
