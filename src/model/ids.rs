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
        // The hash input is each text's length (8 bytes, little-endian) and the text.
        // The pieces are gathered into whole 64 KiB blocks before hashing: BLAKE3
        // then hashes 64 chunks at a time with SIMD instead of one 64-byte block at
        // a time. The hash does not depend on how its input is split into updates.
        const BLOCK: usize = 64 * 1024;
        let mut hasher = blake3::Hasher::new_derive_key(FINGERPRINT_CONTEXT);
        let mut block: Vec<u8> = Vec::with_capacity(BLOCK);
        let mut feed = |mut bytes: &[u8]| {
            while !bytes.is_empty() {
                let take = (BLOCK - block.len()).min(bytes.len());
                block.extend_from_slice(&bytes[..take]);
                bytes = &bytes[take..];
                if block.len() == BLOCK {
                    hasher.update(&block);
                    block.clear();
                }
            }
        };
        for text in texts {
            feed(&(text.len() as u64).to_le_bytes());
            feed(text.as_bytes());
        }
        hasher.update(&block);
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

/// Assigns IDs to paragraph texts given in document order, with the default width.
pub fn assign_ids<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<ParagraphId> {
    assign_ids_with_width(texts, ID_HEX_LEN)
}

/// Assigns IDs keeping `hex_len` hex digits (1..=64) of the hash; see the module docs.
/// Tests use a tiny width to force collisions.
pub fn assign_ids_with_width<'a>(texts: impl IntoIterator<Item = &'a str>, hex_len: usize) -> Vec<ParagraphId> {
    let hex_len = hex_len.clamp(1, 64);
    let texts: Vec<&str> = texts.into_iter().collect();
    let hashes = full_hashes(&texts);

    // Paragraph indices sorted by (full hash, position): the occurrences of one text
    // are neighbours, in document order, and so are the distinct hashes that share a
    // shortened prefix, smallest first. Sorting on the first 8 bytes is fast; runs
    // that tie on them (repeated texts, or a 64-bit collision) are sorted again on the
    // whole hash.
    let mut order: Vec<(u64, u32)> = hashes.iter().enumerate().map(|(i, h)| (prefix_u64(h), i as u32)).collect();
    order.sort_unstable();
    for run in order.chunk_by_mut(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
        run.sort_unstable_by(|a, b| hashes[a.1 as usize].cmp(&hashes[b.1 as usize]).then(a.1.cmp(&b.1)));
    }

    // Per paragraph: its occurrence number (rule 1) and its ID width (rule 2).
    let mut occurrence = vec![0u32; hashes.len()];
    let mut width = vec![hex_len as u8; hashes.len()];
    let hash_of = |&(_, i): &(u64, u32)| &hashes[i as usize];
    let same_text = |a: &(u64, u32), b: &(u64, u32)| hash_of(a) == hash_of(b);
    for occurrences in order.chunk_by(same_text) {
        for (k, &(_, i)) in occurrences.iter().enumerate() {
            occurrence[i as usize] = k as u32 + 1;
        }
    }
    let same_prefix = |a: &&[(u64, u32)], b: &&[(u64, u32)]| same_prefix(hash_of(&a[0]), hash_of(&b[0]), hex_len);
    let texts_in_order: Vec<&[(u64, u32)]> = order.chunk_by(same_text).collect();
    for group in texts_in_order.chunk_by(same_prefix).filter(|group| group.len() > 1) {
        let widths = widen(group.iter().map(|occurrences| hash_of(&occurrences[0])), hex_len);
        for (occurrences, w) in group.iter().zip(widths) {
            for &(_, i) in *occurrences {
                width[i as usize] = w as u8;
            }
        }
    }

    hashes
        .iter()
        .zip(width)
        .zip(occurrence)
        .map(|((hash, width), count)| ParagraphId(format_id(hash, width.into(), count).into_boxed_str()))
        .collect()
}

/// Total text bytes from which hashing is spread over threads: below it, starting a
/// thread costs more than it saves (hashing 1 MiB takes about a millisecond).
pub(crate) const PARALLEL_BYTES: usize = 1024 * 1024;

/// Most threads [`full_hashes`] uses.
const MAX_THREADS: usize = 8;

/// The full BLAKE3 hash of each text, which its ID is a prefix of. Large documents
/// are hashed on the available cores, each thread taking a contiguous share of at
/// least half of [`PARALLEL_BYTES`].
fn full_hashes(texts: &[&str]) -> Vec<[u8; 32]> {
    let total: usize = texts.iter().map(|t| t.len()).sum();
    let threads = if total < PARALLEL_BYTES {
        1
    } else {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        cores.min(MAX_THREADS).min(total / (PARALLEL_BYTES / 2)).min(texts.len()).max(1)
    };
    let mut hashes = vec![[0u8; 32]; texts.len()];
    if threads == 1 {
        hash_into(texts, &mut hashes);
        return hashes;
    }
    // Contiguous shares of about equal bytes.
    let mut shares: Vec<(&[&str], &mut [[u8; 32]])> = Vec::with_capacity(threads);
    let (mut rest_texts, mut rest_hashes) = (texts, hashes.as_mut_slice());
    let mut bytes_left = total;
    for share in 0..threads {
        let target = bytes_left / (threads - share);
        let mut n = 0;
        let mut bytes = 0;
        while n < rest_texts.len() && (bytes < target || share + 1 == threads) {
            bytes += rest_texts[n].len();
            n += 1;
        }
        let (t, t_rest) = rest_texts.split_at(n);
        let (h, h_rest) = std::mem::take(&mut rest_hashes).split_at_mut(n);
        shares.push((t, h));
        (rest_texts, rest_hashes) = (t_rest, h_rest);
        bytes_left -= bytes;
    }
    std::thread::scope(|scope| {
        let mut shares = shares.into_iter();
        let mine = shares.next();
        for (texts, hashes) in shares {
            scope.spawn(move || hash_into(texts, hashes));
        }
        if let Some((texts, hashes)) = mine {
            hash_into(texts, hashes);
        }
    });
    hashes
}

/// Hashes `texts` into `out`, one to one. One hasher, reset between texts, keeps
/// the derived key: the same as a new `Hasher::new_derive_key(ID_CONTEXT)` per text,
/// without hashing the context again each time.
fn hash_into(texts: &[&str], out: &mut [[u8; 32]]) {
    let mut hasher = blake3::Hasher::new_derive_key(ID_CONTEXT);
    for (text, hash) in texts.iter().zip(out) {
        *hash = *hasher.update(text.as_bytes()).finalize().as_bytes();
        hasher.reset();
    }
}

/// The first 8 bytes of `hash` as a number, ordered like the bytes.
fn prefix_u64(hash: &[u8; 32]) -> u64 {
    let mut first = [0u8; 8];
    first.copy_from_slice(&hash[..8]);
    u64::from_be_bytes(first)
}

/// Whether `a` and `b` agree on their first `hex_len` hex digits.
fn same_prefix(a: &[u8; 32], b: &[u8; 32], hex_len: usize) -> bool {
    let whole = hex_len / 2;
    a[..whole] == b[..whole] && (hex_len.is_multiple_of(2) || a[whole] >> 4 == b[whole] >> 4)
}

/// Rule 2 of the module docs for one group of distinct full hashes that share their
/// first `hex_len` hex digits, in ascending order: the ID width of each. The first
/// keeps `hex_len`; each other one grows by 8 digits at a time until its prefix
/// differs from every other member's.
fn widen<'a>(group: impl Iterator<Item = &'a [u8; 32]>, hex_len: usize) -> Vec<usize> {
    let group_hex: Vec<_> = group.map(|h| blake3::Hash::from_bytes(*h).to_hex()).collect();
    let mut widths = vec![hex_len; group_hex.len()];
    for (i, hex) in group_hex.iter().enumerate().skip(1) {
        let mut width = hex_len;
        while width < 64 {
            width = (width + 8).min(64);
            let prefix = &hex.as_bytes()[..width];
            let clash = group_hex.iter().enumerate().any(|(j, other)| j != i && other.as_bytes()[..width] == *prefix);
            if !clash {
                break;
            }
        }
        widths[i] = width;
    }
    widths
}

/// `p-` + the first `width` hex digits of `hash`, + `-count` from the second
/// occurrence on.
fn format_id(hash: &[u8; 32], width: usize, count: u32) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(2 + width + if count == 1 { 0 } else { 11 });
    id.push_str("p-");
    for i in 0..width {
        let byte = hash[i / 2];
        let nibble = if i % 2 == 0 { byte >> 4 } else { byte & 0x0F };
        id.push(char::from(HEX[usize::from(nibble)]));
    }
    if count > 1 {
        id.push('-');
        id.push_str(&count.to_string());
    }
    id
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

    /// The first implementation of the ID rules, kept as the reference: hash maps
    /// of shortened prefixes and occurrence counts, one hasher per text.
    fn reference_ids(texts: &[&str], hex_len: usize) -> Vec<ParagraphId> {
        use std::collections::HashMap;
        let full_hash = |text: &str| {
            let mut hasher = blake3::Hasher::new_derive_key(ID_CONTEXT);
            hasher.update(text.as_bytes());
            hasher.finalize()
        };
        let hashes: Vec<blake3::Hash> = texts.iter().map(|t| full_hash(t)).collect();
        let hexes: Vec<_> = hashes.iter().map(blake3::Hash::to_hex).collect();
        let mut by_prefix: HashMap<&[u8], Vec<blake3::Hash>> = HashMap::new();
        for (hash, hex) in hashes.iter().zip(&hexes) {
            let group = by_prefix.entry(&hex.as_bytes()[..hex_len]).or_default();
            if !group.contains(hash) {
                group.push(*hash);
            }
        }
        let mut widened: HashMap<blake3::Hash, usize> = HashMap::new();
        for group in by_prefix.values_mut().filter(|g| g.len() > 1) {
            group.sort_unstable_by_key(|h| *h.as_bytes());
            let group_hex: Vec<_> = group.iter().map(blake3::Hash::to_hex).collect();
            for (i, hex) in group_hex.iter().enumerate().skip(1) {
                let mut width = hex_len;
                while width < 64 {
                    width = (width + 8).min(64);
                    let prefix = &hex.as_bytes()[..width];
                    if !group_hex.iter().enumerate().any(|(j, o)| j != i && o.as_bytes()[..width] == *prefix) {
                        break;
                    }
                }
                widened.insert(group[i], width);
            }
        }
        let mut occurrences: HashMap<blake3::Hash, u32> = HashMap::new();
        hashes
            .iter()
            .zip(&hexes)
            .map(|(hash, hex)| {
                let width = widened.get(hash).copied().unwrap_or(hex_len);
                let count = occurrences.entry(*hash).or_insert(0);
                *count += 1;
                let base = &hex.as_str()[..width];
                if *count == 1 {
                    ParagraphId::new(format!("p-{base}"))
                } else {
                    ParagraphId::new(format!("p-{base}-{count}"))
                }
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn ids_agree_with_the_reference(
            picks in proptest::collection::vec(0usize..60, 0..200),
            hex_len in proptest::sample::select(vec![1usize, 2, 3, 12]),
        ) {
            // Few distinct texts, many repeats; tiny widths force collisions.
            let pool: Vec<String> = (0..60).map(|i| format!("párrafo {i}")).collect();
            let texts: Vec<&str> = picks.iter().map(|&i| pool[i].as_str()).collect();
            proptest::prop_assert_eq!(
                assign_ids_with_width(texts.iter().copied(), hex_len),
                reference_ids(&texts, hex_len)
            );
        }
    }

    #[test]
    fn ids_of_a_large_document_hashed_on_several_threads_agree_with_the_reference() {
        // Over `PARALLEL_BYTES`, with repeats spread over the thread shares.
        let pool: Vec<String> = (0..3000).map(|i| format!("{i} {}", "palabra ".repeat(i % 50))).collect();
        let texts: Vec<&str> = (0..9000).map(|i| pool[(i * 7) % 3000].as_str()).collect();
        assert!(texts.iter().map(|t| t.len()).sum::<usize>() > PARALLEL_BYTES);
        assert_eq!(assign_ids(texts.iter().copied()), reference_ids(&texts, ID_HEX_LEN));
        assert_eq!(assign_ids_with_width(texts.iter().copied(), 2), reference_ids(&texts, 2));
    }

    #[test]
    fn fingerprint_gathered_in_blocks_equals_hashing_piece_by_piece() {
        let long = "x".repeat(200_000);
        let medium = "ñ".repeat(40_000);
        let mut texts: Vec<&str> = vec!["a", "", long.as_str(), "b"];
        texts.extend(std::iter::repeat_n(medium.as_str(), 5));
        let mut hasher = blake3::Hasher::new_derive_key(FINGERPRINT_CONTEXT);
        for text in &texts {
            hasher.update(&(text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
        }
        let expected = &hasher.finalize().to_hex()[..FINGERPRINT_HEX_LEN];
        assert_eq!(Fingerprint::of(texts.iter().copied()).as_str(), expected);
        assert_eq!(
            Fingerprint::of([]).as_str(),
            &blake3::Hasher::new_derive_key(FINGERPRINT_CONTEXT).finalize().to_hex()[..32]
        );
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
