//! The list of disagreements of a [`super::Report`], kept compact: each entry is
//! a small copyable record (continuum spans, coder and tag indices,
//! [`RawDisagreement`]) and the passages (position and quote) are shared by every
//! report on the same document ([`PassageTable`]). A [`Disagreement`] with its
//! passages is built only when asked for ([`Disagreements::get`],
//! [`Disagreements::iter`]), so a report of 30,000 disagreements costs one array of
//! records, and the app's list formats only the rows on screen.

use std::fmt;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::continuum::{Continuum, Passage, PassageFinder, Span};
use super::segments::{DisagreementKind, RawDisagreement};
use super::{Disagreement, TagId};
use crate::model::Document;

/// The passage of each continuum span of one document that a disagreement can
/// name (a coder's united segment). Hashed with `FxHash`: the keys are our own
/// spans, not user-controlled strings.
#[derive(Debug, Default)]
pub struct PassageTable {
    passages: FxHashMap<Span, Arc<Passage>>,
    /// Every span it was made from has a passage.
    complete: bool,
}

impl PassageTable {
    /// The passages of `spans` (continuum code points of `continuum`, made from
    /// `doc`; any order, duplicates allowed). Empty spans and spans past the end
    /// have none. O(n log n) in the spans plus the text of the paragraphs read.
    pub fn of(doc: &Document, continuum: &Continuum, mut spans: Vec<Span>) -> Self {
        // In document order, so the finder reads each paragraph once.
        spans.sort_unstable();
        spans.dedup();
        let mut finder = PassageFinder::new(doc, continuum);
        let mut passages = FxHashMap::default();
        passages.reserve(spans.len());
        let mut complete = true;
        for span in spans {
            match finder.passage(span) {
                Some(passage) => {
                    passages.insert(span, Arc::new(passage));
                }
                None => complete = false,
            }
        }
        Self { passages, complete }
    }

    /// The passage at `span`, if the table has it.
    pub fn get(&self, span: Span) -> Option<&Arc<Passage>> {
        self.passages.get(&span)
    }

    /// Whether every span it was made from has its passage (none was empty or
    /// past the end of the continuum).
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// How many passages it holds.
    pub fn len(&self) -> usize {
        self.passages.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.passages.is_empty()
    }
}

/// `records` in the order of a report's disagreements (position, kind, coders,
/// tag, then spans), each once. Sorts small keys, not the records: O(n log n)
/// moving 16 bytes per item, then one pass to gather.
pub fn sort_records(records: Vec<RawDisagreement>) -> Vec<RawDisagreement> {
    let kind = |k: DisagreementKind| match k {
        DisagreementKind::Boundaries => 0_u64,
        DisagreementKind::DifferentTags => 1,
        DisagreementKind::OneCoderOnly => 2,
    };
    // (position, then kind, coder and tag packed, index): ties of the packed key
    // are settled by the whole record, so the order is the records' own.
    let fits = |r: &RawDisagreement| r.coder < 1 << 24 && r.tag < 1 << 24;
    if u32::try_from(records.len()).is_err() || !records.iter().all(fits) {
        let mut records = records;
        records.sort_unstable();
        records.dedup();
        return records;
    }
    let pack = |r: &RawDisagreement| (kind(r.kind) << 48) | ((r.coder as u64) << 24) | r.tag as u64;
    let mut keys: Vec<(usize, u64, u32)> = records.iter().enumerate().map(|(i, r)| (r.at, pack(r), i as u32)).collect();
    // Plain keys sort fast; the few runs of equal (position, kind, coder, tag)
    // are then put in the records' order.
    keys.sort_unstable();
    let mut start = 0;
    while start < keys.len() {
        let same = |k: &(usize, u64, u32)| (k.0, k.1) == (keys[start].0, keys[start].1);
        let end = start + keys[start..].iter().take_while(|k| same(k)).count();
        if end - start > 1 {
            keys[start..end].sort_unstable_by(|a, b| records[a.2 as usize].cmp(&records[b.2 as usize]));
        }
        start = end;
    }
    let mut out: Vec<RawDisagreement> = Vec::with_capacity(records.len());
    for (_, _, index) in keys {
        let record = records[index as usize];
        if out.last() != Some(&record) {
            out.push(record);
        }
    }
    out
}

/// One document's disagreements.
#[derive(Clone, Debug)]
struct Part {
    /// The document (index into the report's documents).
    document: usize,
    /// Position of its first disagreement in the whole list.
    offset: usize,
    /// Sorted by position (then kind, coders, tag), every span in `passages`.
    records: Arc<[RawDisagreement]>,
    /// The report's coder index of each coder index in `records`.
    coders: Arc<[usize]>,
    /// The tag of each tag index in `records`.
    tags: Arc<[TagId]>,
    passages: Arc<PassageTable>,
}

/// Where coders differ: by document and position (the start of the earlier of the
/// two passages), then kind, coders and tag. Indexable and iterable like a list
/// of [`Disagreement`]s, which are built on demand (cloning a few `Arc`s each).
#[derive(Clone, Default)]
pub struct Disagreements {
    parts: Vec<Part>,
    len: usize,
}

impl Disagreements {
    /// No disagreements.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends document `document`'s disagreements: `records` (sorted, see
    /// [`sort_records`]) whose coder indices map to report coders through
    /// `coders` and tag indices to `tags`, and whose spans are among those
    /// `passages` was made from. Records with a coder or tag that does not resolve,
    /// or a span without a passage, are left out. O(n) without a hash lookup when
    /// every span of the table has its passage.
    pub fn push_document(
        &mut self,
        document: usize,
        records: Vec<RawDisagreement>,
        coders: Arc<[usize]>,
        tags: Arc<[TagId]>,
        passages: Arc<PassageTable>,
    ) {
        let has = |span: Span| passages.complete || passages.get(span).is_some();
        let resolves = |r: &RawDisagreement| {
            r.coder < coders.len()
                && r.other_coder < coders.len()
                && r.tag < tags.len()
                && has(r.span)
                && r.other.is_none_or(|(tag, span)| tag < tags.len() && has(span))
        };
        debug_assert!(records.iter().all(|r| passages.get(r.span).is_some()), "a span the table was not made from");
        let records: Arc<[RawDisagreement]> = if records.iter().all(resolves) {
            records.into()
        } else {
            records.into_iter().filter(|r| resolves(r)).collect()
        };
        if records.is_empty() {
            return;
        }
        let offset = self.len;
        self.len += records.len();
        self.parts.push(Part { document, offset, records, coders, tags, passages });
    }

    /// How many.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Disagreement `index`, with its passages. O(log d) for d documents.
    pub fn get(&self, index: usize) -> Option<Disagreement> {
        let part = self.parts.partition_point(|p| p.offset <= index).checked_sub(1)?;
        let part = &self.parts[part];
        let record = part.records.get(index - part.offset)?;
        Self::build(part, record)
    }

    fn build(part: &Part, record: &RawDisagreement) -> Option<Disagreement> {
        let other = match record.other {
            Some((tag, span)) => Some((part.tags.get(tag)?.clone(), part.passages.get(span)?.clone())),
            None => None,
        };
        Some(Disagreement {
            document: part.document,
            kind: record.kind,
            coder: *part.coders.get(record.coder)?,
            tag: part.tags.get(record.tag)?.clone(),
            passage: part.passages.get(record.span)?.clone(),
            other_coder: *part.coders.get(record.other_coder)?,
            other,
        })
    }

    /// Every disagreement in order, each built when reached.
    pub fn iter(&self) -> Iter<'_> {
        Iter { list: self, next: 0, end: self.len }
    }

    /// The disagreements `range` (clamped to the list), built when reached: the
    /// rows of a list on screen.
    pub fn range(&self, range: std::ops::Range<usize>) -> Iter<'_> {
        let end = range.end.min(self.len);
        Iter { list: self, next: range.start.min(end), end }
    }
}

/// The disagreements of a list, in order ([`Disagreements::iter`]).
#[derive(Clone)]
pub struct Iter<'a> {
    list: &'a Disagreements,
    next: usize,
    end: usize,
}

impl Iterator for Iter<'_> {
    type Item = Disagreement;

    fn next(&mut self) -> Option<Disagreement> {
        while self.next < self.end {
            let index = self.next;
            self.next += 1;
            // Every record resolves (push_document checked), so this never skips.
            if let Some(d) = self.list.get(index) {
                return Some(d);
            }
        }
        None
    }

    fn nth(&mut self, n: usize) -> Option<Disagreement> {
        self.next = self.next.saturating_add(n).min(self.end);
        self.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.end - self.next;
        (left, Some(left))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Disagreements {
    type Item = Disagreement;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl PartialEq for Disagreements {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl fmt::Debug for Disagreements {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}
