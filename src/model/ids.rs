//! Stable paragraph IDs and document fingerprints.
//!
//! A paragraph ID is `p-` followed by the first [`ID_HEX_LEN`] hex digits of the
//! BLAKE3 hash (in key-derivation mode, context [`ID_CONTEXT`]) of the paragraph's
//! normalized text, e.g. `p-3f9a2c1e7b04`. It depends on nothing but the
//! paragraph's own words, so it survives re-encoding, new line endings, re-wrapping
//! and edits to other paragraphs. Two rules keep IDs unique within a document:
//!
//! 1. **Repeated paragraphs.** The k-th occurrence (k ≥ 2, in document order) of a
//!    text gets the suffix `-k`: `p-3f9a2c1e7b04`, `p-3f9a2c1e7b04-2`, …
//! 2. **Shortened-hash collisions.** When different texts share the shortened hash,
//!    the text whose full hash sorts first keeps the short ID and each other text
//!    gets a longer prefix of its own full hash (8 more hex digits at a time) until
//!    unique. The choice depends only on the set of colliding texts, not on their
//!    order in the document. With 48-bit IDs this needs millions of paragraphs to
//!    become likely.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Hex digits of the hash kept in a paragraph ID (48 bits).
pub const ID_HEX_LEN: usize = 12;

/// BLAKE3 key-derivation context for paragraph IDs. Changing it changes every ID.
pub const ID_CONTEXT: &str = "glosa 2026-11 paragraph id v1";

/// BLAKE3 key-derivation context for document fingerprints.
pub const FINGERPRINT_CONTEXT: &str = "glosa 2026-11 document fingerprint v1";

/// Hex digits kept in a document fingerprint (128 bits).
pub const FINGERPRINT_HEX_LEN: usize = 32;

/// The stable ID of a paragraph, e.g. `p-3f9a2c1e7b04` or `p-3f9a2c1e7b04-2`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParagraphId(Box<str>);

impl ParagraphId {
    /// Wraps an ID read from a file. No validation: IDs from other versions or
    /// edited by hand are kept as they are and simply fail to resolve.
    pub fn new(id: impl Into<Box<str>>) -> Self {
        Self(id.into())
    }

    /// The ID as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ParagraphId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Identifies a document by its sequence of normalized paragraph texts: the same for
/// any encoding, line endings or wrapping of the same text. 32 hex digits.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Fingerprint(Box<str>);

impl Fingerprint {
    /// Computes the fingerprint of paragraph texts in document order.
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut hasher = blake3::Hasher::new_derive_key(FINGERPRINT_CONTEXT);
        for text in texts {
            hasher.update(&(text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
        }
        let hex = hasher.finalize().to_hex();
        Self(hex[..FINGERPRINT_HEX_LEN].into())
    }

    /// Wraps a fingerprint read from a file.
    pub fn new(fingerprint: impl Into<Box<str>>) -> Self {
        Self(fingerprint.into())
    }

    /// The fingerprint as hex text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The full 64-hex-digit hash that a paragraph ID is a prefix of.
fn full_hash(text: &str) -> blake3::Hash {
    let mut hasher = blake3::Hasher::new_derive_key(ID_CONTEXT);
    hasher.update(text.as_bytes());
    hasher.finalize()
}

/// Assigns IDs to paragraph texts given in document order, with the default width.
pub fn assign_ids<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<ParagraphId> {
    assign_ids_with_width(texts, ID_HEX_LEN)
}

/// Assigns IDs keeping `hex_len` hex digits (1..=64) of the hash; see the module docs.
/// Tests use a tiny width to force collisions.
pub fn assign_ids_with_width<'a>(texts: impl IntoIterator<Item = &'a str>, hex_len: usize) -> Vec<ParagraphId> {
    let hex_len = hex_len.clamp(1, 64);
    let hashes: Vec<blake3::Hash> = texts.into_iter().map(full_hash).collect();

    // Distinct full hashes per shortened prefix.
    let mut by_prefix: HashMap<&[u8], Vec<blake3::Hash>> = HashMap::with_capacity(hashes.len());
    let hexes: Vec<_> = hashes.iter().map(blake3::Hash::to_hex).collect();
    for (hash, hex) in hashes.iter().zip(&hexes) {
        let group = by_prefix.entry(&hex.as_bytes()[..hex_len]).or_default();
        if !group.contains(hash) {
            group.push(*hash);
        }
    }
    // Width of the base ID of each colliding full hash other than the first.
    let mut widened: HashMap<blake3::Hash, usize> = HashMap::new();
    for group in by_prefix.values_mut().filter(|g| g.len() > 1) {
        group.sort_unstable_by_key(|h| *h.as_bytes());
        let group_hex: Vec<_> = group.iter().map(blake3::Hash::to_hex).collect();
        for (i, hex) in group_hex.iter().enumerate().skip(1) {
            let mut width = hex_len;
            while width < 64 {
                width = (width + 8).min(64);
                let prefix = &hex.as_bytes()[..width];
                let clash = group_hex
                    .iter()
                    .enumerate()
                    .any(|(j, other)| j != i && other.as_bytes()[..width.min(64)] == *prefix);
                if !clash {
                    break;
                }
            }
            widened.insert(group[i], width);
        }
    }

    let mut occurrences: HashMap<blake3::Hash, u32> = HashMap::with_capacity(hashes.len());
    hashes
        .iter()
        .zip(&hexes)
        .map(|(hash, hex)| {
            let width = widened.get(hash).copied().unwrap_or(hex_len);
            let count = occurrences.entry(*hash).or_insert(0);
            *count += 1;
            let base = &hex.as_str()[..width];
            if *count == 1 {
                ParagraphId(format!("p-{base}").into())
            } else {
                ParagraphId(format!("p-{base}-{count}").into())
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_p_dash_twelve_hex_digits_and_depend_only_on_text() {
        let ids = assign_ids(["En el párrafo 69", "Otro párrafo"]);
        let id = ids[0].as_str();
        assert_eq!(id.len(), 14);
        assert!(id.starts_with("p-") && id[2..].bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(assign_ids(["Otro párrafo", "En el párrafo 69"])[1], ids[0]);
    }

    #[test]
    fn repeated_paragraphs_get_occurrence_suffixes_in_document_order() {
        let ids = assign_ids(["Nota.", "Texto.", "Nota.", "Nota."]);
        let base = ids[0].as_str().to_owned();
        assert_eq!(ids[2].as_str(), format!("{base}-2"));
        assert_eq!(ids[3].as_str(), format!("{base}-3"));
        assert_ne!(ids[1].as_str(), base);
    }

    #[test]
    fn shortened_hash_collisions_resolve_deterministically_whatever_the_order() {
        // With one hex digit, 40 distinct texts must collide (only 16 prefixes).
        let texts: Vec<String> = (0..40).map(|i| format!("párrafo número {i}")).collect();
        let forward = assign_ids_with_width(texts.iter().map(String::as_str), 1);
        let mut unique: Vec<_> = forward.iter().collect();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 40, "IDs must be unique: {forward:?}");
        let backward = assign_ids_with_width(texts.iter().rev().map(String::as_str), 1);
        let backward: Vec<_> = backward.into_iter().rev().collect();
        assert_eq!(forward, backward);
        // Exactly one text per used prefix keeps the one-digit ID.
        let short = forward.iter().filter(|id| id.as_str().len() == 3).count();
        let prefixes: std::collections::BTreeSet<_> = forward.iter().map(|id| &id.as_str()[..3]).collect();
        assert_eq!(short, prefixes.len());
        assert!(forward.iter().all(|id| matches!(id.as_str().len(), 3 | 11 | 19)));
    }

    #[test]
    fn fingerprint_depends_on_paragraph_boundaries_and_order() {
        let a = Fingerprint::of(["ab", "c"]);
        assert_eq!(a.as_str().len(), 32);
        assert_ne!(a, Fingerprint::of(["a", "bc"]));
        assert_ne!(a, Fingerprint::of(["c", "ab"]));
        assert_eq!(a, Fingerprint::of(["ab", "c"]));
    }
}
