//! Anchoring: finding each annotation segment again in the current document.
//!
//! A segment stores its paragraph ID, code point offsets, the exact quote, up to 32
//! code points of prefix and suffix, and the IDs of the paragraphs around it. On
//! load each segment is resolved in this order (after the Hypothesis client and the
//! W3C Web Annotation model, with stricter acceptance rules):
//!
//! 1. **Same place.** The paragraph ID exists and the text at the offsets equals the
//!    quote: *anchored*. If the quote is elsewhere in that paragraph: *anchored* at
//!    the occurrence with the best context, nearest the old offset.
//! 2. **Exact quote elsewhere.** The quote is searched in the whole document. A hit
//!    counts only if its context agrees (prefix/suffix similarity ≥ [`MIN_CONTEXT`],
//!    ≥ [`MIN_CONTEXT_SHORT`] for quotes under [`SHORT_QUOTE_CHARS`] code points) and
//!    it is *in place* — in a paragraph between the segment's old neighbours that
//!    still exist, at most [`MAX_GAP`] paragraphs from them — or, for a long quote,
//!    its context agrees almost fully (≥ [`MIN_CONTEXT_FAR`]). One best hit:
//!    *anchored* (position updated); several equally good: *moved* (needs review).
//! 3. **Fuzzy.** In the in-place paragraphs only, the best approximate occurrence
//!    (edit distance ≤ 15 % of the quote, at least 1; quotes of 8 code points or
//!    more) whose context agrees: *moved* (needs review).
//! 4. Otherwise **orphaned**: kept with its quote, listed, never dropped.
//!
//! Requiring "in place" is what keeps a note on a deleted paragraph from jumping to
//! a near-identical paragraph elsewhere (UN texts repeat whole sentences), the
//! failure of hypothesis/client#7571.

use serde::{Deserialize, Serialize};

use super::annotation::{Annotation, Segment};
use super::document::Document;
use super::text::CharOffset;

/// Minimum context similarity (0–1) for a relocated quote.
pub const MIN_CONTEXT: f64 = 0.5;
/// Minimum context similarity for quotes shorter than [`SHORT_QUOTE_CHARS`].
pub const MIN_CONTEXT_SHORT: f64 = 0.7;
/// Minimum context similarity for an exact quote found away from its old place.
pub const MIN_CONTEXT_FAR: f64 = 0.85;
/// Quotes shorter than this (code points) need stronger context.
pub const SHORT_QUOTE_CHARS: usize = 20;
/// Quotes shorter than this (code points) are never matched fuzzily.
pub const MIN_FUZZY_CHARS: usize = 8;
/// How far (in paragraphs) from its surviving neighbours a segment may have moved
/// and still count as in place.
pub const MAX_GAP: usize = 8;
/// Longest quote (code points) searched fuzzily; longer ones are only found exactly.
pub const MAX_FUZZY_CHARS: usize = 4000;

/// How well a segment or annotation fits the current document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnchorStatus {
    /// Found exactly (possibly at a new position).
    Anchored,
    /// Found approximately or ambiguously: needs review.
    Moved,
    /// Not found: kept with its quote.
    Orphaned,
}

impl AnchorStatus {
    /// `anchored`, `moved` or `orphaned`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Anchored => "anchored",
            Self::Moved => "moved",
            Self::Orphaned => "orphaned",
        }
    }
}

/// Where a segment is in the current document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Paragraph index (ordinal − 1).
    pub paragraph: usize,
    /// Start, code points into the paragraph text (inclusive).
    pub start: CharOffset,
    /// End, code points (exclusive).
    pub end: CharOffset,
}

/// The result of resolving one segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// Anchored, moved or orphaned.
    pub status: AnchorStatus,
    /// Where it is now; `None` when orphaned.
    pub location: Option<Location>,
}

impl Resolved {
    const ORPHAN: Self = Self { status: AnchorStatus::Orphaned, location: None };
}

/// The result of resolving an annotation: its worst segment status and each segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnotationAnchor {
    /// The worst status of its segments.
    pub status: AnchorStatus,
    /// One per segment, in order.
    pub segments: Vec<Resolved>,
}

/// Resolves segments against one document. Create once per document, then resolve
/// any number of segments.
pub struct Anchorer<'d> {
    doc: &'d Document,
}

impl<'d> Anchorer<'d> {
    /// Prepares to resolve segments in `doc`.
    pub fn new(doc: &'d Document) -> Self {
        Self { doc }
    }

    /// Resolves every segment of `annotation`.
    pub fn resolve(&self, annotation: &Annotation) -> AnnotationAnchor {
        let segments: Vec<Resolved> = annotation.segments.iter().map(|s| self.resolve_segment(s)).collect();
        let status = segments.iter().map(|r| r.status).max().unwrap_or(AnchorStatus::Orphaned);
        AnnotationAnchor { status, segments }
    }

    /// Resolves one segment; see the module docs for the rules.
    pub fn resolve_segment(&self, segment: &Segment) -> Resolved {
        if segment.quote.is_empty() {
            return Resolved::ORPHAN;
        }
        if let Some(resolved) = self.in_same_paragraph(segment) {
            return resolved;
        }
        let quote_chars = segment.quote.chars().count();
        let in_place = self.in_place_range(segment);
        if let Some(resolved) = self.exact_elsewhere(segment, quote_chars, &in_place) {
            return resolved;
        }
        if (MIN_FUZZY_CHARS..=MAX_FUZZY_CHARS).contains(&quote_chars)
            && let Some(location) = self.fuzzy_in_place(segment, quote_chars, &in_place)
        {
            return Resolved { status: AnchorStatus::Moved, location: Some(location) };
        }
        Resolved::ORPHAN
    }

    /// The segment rebuilt at `location` (new offsets, quote, context, neighbours).
    pub fn relocate(&self, location: Location) -> Option<Segment> {
        Segment::new(self.doc, location.paragraph, location.start, location.end)
    }

    fn in_same_paragraph(&self, segment: &Segment) -> Option<Resolved> {
        let index = self.doc.index_of(&segment.paragraph)?;
        let text = self.doc.text_of(&self.doc.paragraphs()[index]);
        let (start, end) = (segment.start.0, segment.end.0);
        // The common case, checked without allocating: the quote is where it was.
        if start < end {
            let mut boundaries = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len()));
            let start_byte = boundaries.nth(start);
            let end_byte = boundaries.nth(end - start - 1);
            if let (Some(a), Some(b)) = (start_byte, end_byte)
                && text.get(a..b) == Some(segment.quote.as_str())
            {
                let location = Location { paragraph: index, start: segment.start, end: segment.end };
                return Some(Resolved { status: AnchorStatus::Anchored, location: Some(location) });
            }
        }
        let chars: Vec<char> = text.chars().collect();
        let quote: Vec<char> = segment.quote.chars().collect();
        let best = find_all(&chars, &quote)
            .into_iter()
            .map(|s| (context_score(segment, &chars, s, s + quote.len()), s))
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| start.abs_diff(b.1).cmp(&start.abs_diff(a.1))))?;
        let location = Location { paragraph: index, start: CharOffset(best.1), end: CharOffset(best.1 + quote.len()) };
        Some(Resolved { status: AnchorStatus::Anchored, location: Some(location) })
    }

    /// Paragraph indices where a segment whose paragraph changed may now be.
    fn in_place_range(&self, segment: &Segment) -> std::ops::Range<usize> {
        let count = self.doc.paragraphs().len();
        let low = match &segment.neighbors.before {
            None => Some(0),
            Some(id) => self.doc.index_of(id).map(|i| i + 1),
        };
        let high = match &segment.neighbors.after {
            None => Some(count),
            Some(id) => self.doc.index_of(id),
        };
        match (low, high) {
            (Some(low), Some(high)) if low <= high => low..high.min(low + MAX_GAP),
            (Some(_), Some(_)) | (None, None) => 0..0,
            (Some(low), None) => low..(low + MAX_GAP).min(count),
            (None, Some(high)) => high.saturating_sub(MAX_GAP)..high,
        }
    }

    fn exact_elsewhere(
        &self,
        segment: &Segment,
        quote_chars: usize,
        in_place: &std::ops::Range<usize>,
    ) -> Option<Resolved> {
        let min_context = if quote_chars < SHORT_QUOTE_CHARS { MIN_CONTEXT_SHORT } else { MIN_CONTEXT };
        let full = self.doc.full_text();
        let finder = memchr::memmem::Finder::new(segment.quote.as_bytes());
        // (in place, context score, location)
        let mut candidates: Vec<(bool, f64, Location)> = Vec::new();
        let mut last_paragraph: Option<(usize, Vec<char>, usize)> = None;
        for hit in finder.find_iter(full.as_bytes()).take(10_000) {
            let Some(index) = self.doc.paragraph_at_byte(hit) else {
                continue;
            };
            let paragraph = &self.doc.paragraphs()[index];
            let range = self.doc.byte_range(paragraph);
            if hit + segment.quote.len() > range.end {
                continue; // crosses into the next paragraph
            }
            if last_paragraph.as_ref().is_none_or(|(i, _, _)| *i != index) {
                let text = self.doc.text_of(paragraph);
                last_paragraph = Some((index, text.chars().collect(), range.start));
            }
            let Some((_, chars, start_byte)) = &last_paragraph else {
                continue;
            };
            let start = full[*start_byte..hit].chars().count();
            let score = context_score(segment, chars, start, start + quote_chars);
            let placed = in_place.contains(&index);
            let accepted =
                score >= min_context && (placed || (quote_chars >= SHORT_QUOTE_CHARS && score >= MIN_CONTEXT_FAR));
            if accepted {
                let location =
                    Location { paragraph: index, start: CharOffset(start), end: CharOffset(start + quote_chars) };
                candidates.push((placed, score, location));
            }
        }
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
        let best = candidates.first()?;
        let ambiguous = candidates.get(1).is_some_and(|second| second.0 == best.0 && best.1 - second.1 < 0.05);
        let status = if ambiguous { AnchorStatus::Moved } else { AnchorStatus::Anchored };
        Some(Resolved { status, location: Some(best.2) })
    }

    fn fuzzy_in_place(
        &self,
        segment: &Segment,
        quote_chars: usize,
        in_place: &std::ops::Range<usize>,
    ) -> Option<Location> {
        let max_errors = (quote_chars * 15 / 100).max(1);
        let min_context = if quote_chars < SHORT_QUOTE_CHARS { MIN_CONTEXT_SHORT } else { MIN_CONTEXT };
        let quote: Vec<char> = segment.quote.chars().collect();
        let mut best: Option<(usize, f64, Location)> = None;
        for index in in_place.clone() {
            let Some(paragraph) = self.doc.paragraphs().get(index) else {
                break;
            };
            let chars: Vec<char> = self.doc.text_of(paragraph).chars().collect();
            let Some((distance, start, end)) = best_approximate_match(&quote, &chars, max_errors) else {
                continue;
            };
            let score = context_score(segment, &chars, start, end);
            if score < min_context {
                continue;
            }
            let better = best.as_ref().is_none_or(|(d, s, _)| distance < *d || (distance == *d && score > *s));
            if better {
                let location = Location { paragraph: index, start: CharOffset(start), end: CharOffset(end) };
                best = Some((distance, score, location));
            }
        }
        best.map(|(_, _, location)| location)
    }
}

/// Start offsets of every occurrence of `needle` in `haystack`.
fn find_all(haystack: &[char], needle: &[char]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return Vec::new();
    }
    haystack.windows(needle.len()).enumerate().filter(|(_, w)| *w == needle).map(|(i, _)| i).collect()
}

/// How well the text around `start..end` in `chars` agrees with the segment's
/// stored prefix and suffix: 0 (nothing alike) to 1 (identical). An empty stored
/// prefix (the quote began its paragraph) agrees fully with a paragraph start and
/// half with anything else; likewise for the suffix.
pub fn context_score(segment: &Segment, chars: &[char], start: usize, end: usize) -> f64 {
    let prefix_len = segment.prefix.chars().count();
    let suffix_len = segment.suffix.chars().count();
    let before: String = chars[start.saturating_sub(prefix_len).min(start)..start].iter().collect();
    let after: String = chars[end.min(chars.len())..(end + suffix_len).min(chars.len())].iter().collect();
    let side = |stored: &str, stored_len: usize, actual: &str, at_edge: bool| {
        if stored_len == 0 {
            return if at_edge { 1.0 } else { 0.5 };
        }
        let distance = strsim::levenshtein(stored, actual);
        // Both counts are at most CONTEXT_CHARS (32): exact in f64.
        #[allow(clippy::cast_precision_loss)]
        let similarity = 1.0 - distance as f64 / stored_len.max(actual.chars().count()) as f64;
        similarity
    };
    let prefix = side(&segment.prefix, prefix_len, &before, start == 0);
    let suffix = side(&segment.suffix, suffix_len, &after, end >= chars.len());
    f64::midpoint(prefix, suffix)
}

/// The substring of `text` closest to `pattern` by edit distance (Sellers'
/// algorithm: Levenshtein distance with a free start and end in the text), if
/// within `max_errors`. Returns (distance, start, end) in code points.
pub fn best_approximate_match(pattern: &[char], text: &[char], max_errors: usize) -> Option<(usize, usize, usize)> {
    let (m, n) = (pattern.len(), text.len());
    if m == 0 || n == 0 {
        return None;
    }
    // Forward pass: the best end position.
    let mut previous = vec![0usize; n + 1];
    let mut current = vec![0usize; n + 1];
    for (i, &p) in pattern.iter().enumerate() {
        current[0] = i + 1;
        for j in 1..=n {
            let substitution = previous[j - 1] + usize::from(p != text[j - 1]);
            current[j] = substitution.min(previous[j] + 1).min(current[j - 1] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let (end, distance) = previous.iter().enumerate().skip(1).min_by_key(|&(j, &d)| (d, j))?;
    let distance = *distance;
    if distance > max_errors {
        return None;
    }
    // Backward pass over the reversed text ending at `end`: the start that gives
    // the same distance with the shortest span.
    let reversed_pattern: Vec<char> = pattern.iter().rev().copied().collect();
    let window: Vec<char> = text[..end].iter().rev().copied().collect();
    let mut previous: Vec<usize> = (0..=window.len()).collect();
    let mut current = vec![0usize; window.len() + 1];
    for (i, &p) in reversed_pattern.iter().enumerate() {
        current[0] = i + 1;
        for j in 1..=window.len() {
            let substitution = previous[j - 1] + usize::from(p != window[j - 1]);
            current[j] = substitution.min(previous[j] + 1).min(current[j - 1] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let length = previous.iter().enumerate().filter(|&(_, &d)| d == distance).map(|(j, _)| j).min()?;
    Some((distance, end - length, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn approximate_match_finds_the_edited_phrase_and_its_span() {
        let text = chars("Los Estados reafirman la cooperación reforzada sobre cuestiones de gobernanza.");
        let quote = chars("la cooperación mejorada sobre cuestiones");
        let (distance, start, end) = best_approximate_match(&quote, &text, 6).unwrap();
        assert_eq!(distance, 3); // m→r, j→f, +z
        assert_eq!(text[start..end].iter().collect::<String>(), "la cooperación reforzada sobre cuestiones");
        assert!(best_approximate_match(&quote, &text, 2).is_none());
    }

    #[test]
    fn exact_occurrences() {
        assert_eq!(find_all(&chars("de la de la"), &chars("de")), [0, 6]);
        assert!(find_all(&chars("de"), &chars("del")).is_empty());
    }
}
