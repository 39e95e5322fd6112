//! The continuum: a document as one line of code points, and coders' units on it.
//!
//! The continuum of a document is its paragraphs' normalized texts in reading
//! order, joined by **one separator code point** between consecutive paragraphs
//! (think of it as the paragraph break). Its length is the sum of the paragraph
//! lengths plus the number of paragraphs minus one. Paragraph ¶1 starts at 0, ¶2 at
//! `len(¶1) + 1`, and so on.
//!
//! A segment (the part of an annotation in one paragraph) covers the code points
//! of its paragraph between its offsets. The separator is covered only when one
//! annotation crosses the break: its segment runs to the end of a paragraph and its
//! next segment starts at the beginning of the next one. So a highlight across a
//! paragraph break is one unit, and two separate highlights on either side of a
//! break are two.
//!
//! Several documents pool by concatenating their continua with one separator code
//! point between documents, never covered.
//!
//! Example: paragraphs `"Uno."` and `"Dos."` make a continuum of 9 code points;
//! `"Dos"` is 5..8.

use crate::model::anchor::Location;
use crate::model::{Document, ParagraphId};

/// A half-open range of continuum code points, `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First code point (inclusive).
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

impl Span {
    /// Length in code points.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it covers nothing.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Code points both spans cover.
    pub fn overlap(self, other: Self) -> usize {
        self.end.min(other.end).saturating_sub(self.start.max(other.start))
    }

    /// The span moved `by` code points to the right.
    #[must_use]
    pub fn shifted(self, by: usize) -> Self {
        Self { start: self.start + by, end: self.end + by }
    }
}

/// A document's paragraphs laid end to end.
#[derive(Clone, Debug)]
pub struct Continuum {
    /// Continuum offset of each paragraph's first code point.
    starts: Vec<usize>,
    /// Each paragraph's length in code points.
    lengths: Vec<usize>,
    len: usize,
}

impl Continuum {
    /// The continuum of `doc`. O(text length) (code points are counted once).
    pub fn of(doc: &Document) -> Self {
        let lengths: Vec<usize> = doc.paragraphs().iter().map(|p| doc.text_of(p).chars().count()).collect();
        Self::from_lengths(lengths)
    }

    /// The continuum of paragraphs of these lengths (code points).
    pub fn from_lengths(lengths: Vec<usize>) -> Self {
        let mut starts = Vec::with_capacity(lengths.len());
        let mut position = 0;
        for (i, &length) in lengths.iter().enumerate() {
            if i > 0 {
                position += 1;
            }
            starts.push(position);
            position += length;
        }
        Self { starts, lengths, len: position }
    }

    /// Length in code points, separators included.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the document has no text at all.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of paragraphs.
    pub fn paragraphs(&self) -> usize {
        self.starts.len()
    }

    /// Where paragraph `index` starts on the continuum.
    pub fn paragraph_start(&self, index: usize) -> Option<usize> {
        self.starts.get(index).copied()
    }

    /// Length of paragraph `index` in code points.
    pub fn paragraph_len(&self, index: usize) -> Option<usize> {
        self.lengths.get(index).copied()
    }

    /// The continuum span of a segment found at `location` (clamped to its
    /// paragraph); `None` for a paragraph the document lacks or an empty span.
    pub fn span_of(&self, location: Location) -> Option<Span> {
        let start = self.paragraph_start(location.paragraph)?;
        let length = self.paragraph_len(location.paragraph)?;
        let span = Span { start: start + location.start.0.min(length), end: start + location.end.0.min(length) };
        (!span.is_empty()).then_some(span)
    }

    /// The continuum spans of an annotation's segments, found at `locations` (in
    /// segment order): one per segment, a segment that runs to the end of its
    /// paragraph extended over the separator when the next segment starts the next
    /// paragraph.
    pub fn spans_of(&self, locations: &[Location]) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::with_capacity(locations.len());
        for (i, location) in locations.iter().enumerate() {
            let Some(mut span) = self.span_of(*location) else {
                continue;
            };
            let crosses = locations.get(i + 1).is_some_and(|next| {
                next.paragraph == location.paragraph + 1
                    && next.start.0 == 0
                    && self.paragraph_len(location.paragraph).is_some_and(|len| location.end.0 >= len)
            });
            if crosses {
                span.end += 1;
            }
            spans.push(span);
        }
        spans
    }

    /// Paragraph index and offset in it (code points) of continuum position `at`;
    /// a separator belongs to the paragraph before it (at its end offset).
    pub fn locate(&self, at: usize) -> (usize, usize) {
        let index = self.starts.partition_point(|&s| s <= at).saturating_sub(1);
        let start = self.starts.get(index).copied().unwrap_or(0);
        let length = self.lengths.get(index).copied().unwrap_or(0);
        (index, (at - start.min(at)).min(length))
    }
}

/// Unites overlapping and adjacent spans (in place): afterwards they are sorted,
/// disjoint and separated by at least one code point. O(n log n).
pub fn unite(spans: &mut Vec<Span>) {
    spans.retain(|s| !s.is_empty());
    // A stable sort finds the sorted runs of its input: several coders' or tags'
    // lists laid end to end are merged, not sorted from scratch.
    spans.sort();
    let mut united: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans.drain(..) {
        match united.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => united.push(span),
        }
    }
    *spans = united;
}

/// Total length of united spans.
pub fn covered(spans: &[Span]) -> usize {
    spans.iter().map(|s| s.len()).sum()
}

/// Code points covered by both lists of united spans. O(n + m).
pub fn intersection_len(first: &[Span], second: &[Span]) -> usize {
    let (mut i, mut j, mut total) = (0, 0, 0);
    while let (Some(a), Some(b)) = (first.get(i), second.get(j)) {
        total += a.overlap(*b);
        if a.end <= b.end {
            i += 1;
        } else {
            j += 1;
        }
    }
    total
}

/// Every pair (i, j) of spans of two united lists that overlap, in order. O(n + m
/// + pairs).
pub fn overlapping_pairs(first: &[Span], second: &[Span]) -> Vec<(usize, usize)> {
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while let (Some(a), Some(b)) = (first.get(i), second.get(j)) {
        if a.overlap(*b) > 0 {
            pairs.push((i, j));
        }
        if a.end <= b.end {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// How many code points of a continuum of `length` are covered by exactly k of
/// the coders, k = 0..=R, from each coder's united spans (`coders[r]`). O(n log n)
/// in the number of spans.
pub fn coverage_histogram(length: usize, coders: &[Vec<Span>]) -> Vec<u64> {
    let mut events: Vec<(usize, bool)> = Vec::with_capacity(coders.iter().map(|c| 2 * c.len()).sum());
    for span in coders.iter().flatten() {
        events.push((span.start.min(length), true));
        events.push((span.end.min(length), false));
    }
    events.sort_unstable();
    let mut histogram = vec![0u64; coders.len() + 1];
    let (mut position, mut depth) = (0usize, 0usize);
    for (at, opens) in events {
        histogram[depth.min(coders.len())] += (at - position) as u64;
        position = at;
        if opens {
            depth += 1;
        } else {
            depth = depth.saturating_sub(1);
        }
    }
    histogram[0] += (length - position.min(length)) as u64;
    histogram
}

/// A passage of a document, for showing and jumping to a unit: where it starts
/// and ends (paragraph ID and ordinal, code point offsets in the paragraph's
/// normalized text) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    /// The continuum span.
    pub span: Span,
    /// Paragraph where it starts.
    pub paragraph: ParagraphId,
    /// That paragraph's ordinal (¶N, 1-based).
    pub ordinal: u32,
    /// Start in that paragraph, code points (inclusive).
    pub start: usize,
    /// Paragraph where it ends (the same as `paragraph` unless it crosses a break).
    pub end_paragraph: ParagraphId,
    /// That paragraph's ordinal (¶N, 1-based).
    pub end_ordinal: u32,
    /// End in `end_paragraph`, code points (exclusive).
    pub end: usize,
    /// The text, at most [`MAX_QUOTE_CHARS`] code points of it; paragraph breaks
    /// inside it are `\n`.
    pub quote: String,
    /// Whether `quote` stops before the passage ends (the offsets still give all of it).
    pub truncated: bool,
}

/// Longest quote a [`Passage`] holds, in code points: a coder who codes a whole
/// chapter as one unit against another coder's hundreds of short units makes
/// hundreds of disagreements on that unit, and each keeps only this much of its
/// text.
pub const MAX_QUOTE_CHARS: usize = 1000;

impl Passage {
    /// Where it is, for people: `¶3 40..80` inside one paragraph, `¶1 40 – ¶2 11`
    /// across a paragraph break (offsets in code points).
    pub fn place(&self) -> String {
        if self.end_ordinal == self.ordinal {
            format!("¶{} {}..{}", self.ordinal, self.start, self.end)
        } else {
            format!("¶{} {} – ¶{} {}", self.ordinal, self.start, self.end_ordinal, self.end)
        }
    }

    /// The passage of `doc` at continuum `span` (of `continuum`, made from `doc`).
    /// For many passages use a [`PassageFinder`].
    pub fn of(doc: &Document, continuum: &Continuum, span: Span) -> Option<Self> {
        PassageFinder::new(doc, continuum).passage(span)
    }
}

/// Paragraphs whose code point → byte tables a [`PassageFinder`] keeps, and
/// passages it remembers.
const CACHED_PARAGRAPHS: usize = 4;
const REMEMBERED_PASSAGES: usize = 8;

/// Builds the passages of one document. It keeps the code point → byte offset
/// tables of the last few paragraphs it read, so passages asked for in document
/// order cost O(text read once + quotes) in all, not a walk from each paragraph's
/// start; and it remembers the last few passages, which disagreements on one long
/// unit ask for again and again.
pub struct PassageFinder<'a> {
    doc: &'a Document,
    continuum: &'a Continuum,
    /// (paragraph index, byte offset of each code point and of the end).
    cache: Vec<(usize, Vec<usize>)>,
    recent: Vec<Passage>,
}

impl<'a> PassageFinder<'a> {
    /// A finder for `doc`, whose continuum is `continuum`.
    pub fn new(doc: &'a Document, continuum: &'a Continuum) -> Self {
        Self { doc, continuum, cache: Vec::with_capacity(CACHED_PARAGRAPHS), recent: Vec::new() }
    }

    /// Byte offsets of paragraph `index`'s code points, and of its end.
    fn table(&mut self, index: usize, text: &str) -> &[usize] {
        let position = self.cache.iter().position(|(i, _)| *i == index).unwrap_or_else(|| {
            if self.cache.len() == CACHED_PARAGRAPHS {
                self.cache.remove(0);
            }
            let table = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
            self.cache.push((index, table));
            self.cache.len() - 1
        });
        &self.cache[position].1
    }

    /// The passage at continuum `span`; `None` for an empty span or one past the end.
    pub fn passage(&mut self, span: Span) -> Option<Passage> {
        if span.is_empty() || span.end > self.continuum.len() {
            return None;
        }
        if let Some(known) = self.recent.iter().find(|p| p.span == span) {
            return Some(known.clone());
        }
        let passage = self.read(span)?;
        if self.recent.len() == REMEMBERED_PASSAGES {
            self.recent.remove(0);
        }
        self.recent.push(passage.clone());
        Some(passage)
    }

    fn read(&mut self, span: Span) -> Option<Passage> {
        let (first, start) = self.continuum.locate(span.start);
        let (last, end) = self.continuum.locate(span.end - 1);
        let end = (end + 1).min(self.continuum.paragraph_len(last)?);
        let doc = self.doc;
        let paragraphs = doc.paragraphs();
        let mut quote = String::new();
        // Code points of quote still to take (a paragraph break takes one).
        let mut budget = MAX_QUOTE_CHARS;
        for index in first..=last {
            if budget == 0 {
                break;
            }
            let text = doc.text_of(paragraphs.get(index)?);
            if index > first {
                quote.push('\n');
                budget -= 1;
            }
            let from = if index == first { start } else { 0 };
            let to = if index == last { end } else { self.continuum.paragraph_len(index)? };
            let to = to.max(from).min(from + budget);
            budget -= to - from;
            let table = self.table(index, text);
            let byte = |c: usize| table.get(c).copied().unwrap_or(text.len());
            quote.push_str(text.get(byte(from)..byte(to)).unwrap_or_default());
        }
        Some(Passage {
            span,
            paragraph: paragraphs.get(first)?.id.clone(),
            ordinal: paragraphs.get(first)?.ordinal,
            start,
            end_paragraph: paragraphs.get(last)?.id.clone(),
            end_ordinal: paragraphs.get(last)?.ordinal,
            end,
            quote,
            truncated: span.len() > MAX_QUOTE_CHARS,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CharOffset;

    fn span(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    fn location(paragraph: usize, start: usize, end: usize) -> Location {
        Location { paragraph, start: CharOffset(start), end: CharOffset(end) }
    }

    #[test]
    fn paragraphs_are_joined_by_one_separator_code_point() {
        let doc = Document::parse("Uno.\n\nDos años.\n\nTres.".as_bytes().to_vec(), "x.txt").unwrap();
        let continuum = Continuum::of(&doc);
        // 4 + 1 + 9 + 1 + 5
        assert_eq!(continuum.len(), 20);
        assert_eq!(continuum.paragraph_start(1), Some(5));
        assert_eq!(continuum.paragraph_start(2), Some(15));
        assert_eq!(continuum.span_of(location(1, 4, 8)), Some(span(9, 13)));
        let passage = Passage::of(&doc, &continuum, span(9, 13)).unwrap();
        assert_eq!((passage.quote.as_str(), passage.ordinal, passage.start, passage.end), ("años", 2, 4, 8));
        // From "años." across the break into "Tres".
        let passage = Passage::of(&doc, &continuum, span(9, 19)).unwrap();
        assert_eq!(passage.quote, "años.\nTres");
        assert_eq!((passage.start, passage.end, passage.end_paragraph.clone()), (4, 4, doc.paragraphs()[2].id.clone()));
        assert_eq!((passage.ordinal, passage.end_ordinal), (2, 3));
        assert_eq!(passage.place(), "¶2 4 – ¶3 4");
        assert_eq!(Passage::of(&doc, &continuum, span(9, 13)).unwrap().place(), "¶2 4..8");
    }

    #[test]
    fn long_passages_keep_the_first_thousand_code_points_of_their_quote() {
        let long = "añ ".repeat(700); // 2,100 code points
        let doc = Document::parse(format!("{long}\n\n{long}").into_bytes(), "x.txt").unwrap();
        let continuum = Continuum::of(&doc);
        let len = continuum.paragraph_len(0).unwrap();
        let whole = Passage::of(&doc, &continuum, span(0, continuum.len())).unwrap();
        assert!(whole.truncated);
        assert_eq!(whole.quote.chars().count(), MAX_QUOTE_CHARS);
        assert_eq!((whole.ordinal, whole.start, whole.end), (1, 0, len));
        // Across the break: 499 code points, the break, 500 code points.
        let across = Passage::of(&doc, &continuum, span(len - 499, len + 1 + 600)).unwrap();
        assert!(across.truncated);
        assert_eq!(across.quote.chars().count(), MAX_QUOTE_CHARS);
        assert_eq!(across.quote.chars().nth(499), Some('\n'));
        assert_eq!((across.start, across.end), (len - 499, 600));
        let short = Passage::of(&doc, &continuum, span(3, 5)).unwrap();
        assert_eq!((short.quote.as_str(), short.truncated), ("añ", false));
    }

    #[test]
    fn a_highlight_across_a_break_covers_the_separator_and_two_highlights_do_not() {
        let continuum = Continuum::from_lengths(vec![10, 10, 10]);
        let crossing = continuum.spans_of(&[location(0, 6, 10), location(1, 0, 10), location(2, 0, 3)]);
        assert_eq!(crossing, [span(6, 11), span(11, 22), span(22, 25)]);
        let mut united = crossing.clone();
        unite(&mut united);
        assert_eq!(united, [span(6, 25)]);
        let mut separate = continuum.spans_of(&[location(0, 6, 10)]);
        separate.extend(continuum.spans_of(&[location(1, 0, 4)]));
        unite(&mut separate);
        assert_eq!(separate, [span(6, 10), span(11, 15)]);
    }

    #[test]
    fn unite_merges_overlapping_and_adjacent_spans_only() {
        let mut spans = vec![span(30, 40), span(0, 10), span(5, 12), span(12, 15), span(16, 20), span(3, 3)];
        unite(&mut spans);
        assert_eq!(spans, [span(0, 15), span(16, 20), span(30, 40)]);
        assert_eq!(covered(&spans), 29);
    }

    #[test]
    fn c1_intersection_and_coverage() {
        let a = [span(0, 50), span(100, 170)];
        let b = [span(0, 50), span(300, 380)];
        assert_eq!(intersection_len(&a, &b), 50);
        assert_eq!(coverage_histogram(1000, &[a.to_vec(), b.to_vec()]), [800, 150, 50]);
        assert_eq!(overlapping_pairs(&a, &b), [(0, 0)]);
        let c = [span(40, 120)];
        assert_eq!(overlapping_pairs(&a, &c), [(0, 0), (1, 0)]);
        assert_eq!(coverage_histogram(1000, &[a.to_vec(), b.to_vec(), c.to_vec()]), [750, 180, 60, 10]);
    }
}
