//! Agreement on one document, prepared once and recomputed quickly for any choice
//! of coders and tags (the app's Agreement view).
//!
//! [`Prepared::new`] does the slow part once: it resolves every annotation of
//! every source against the document (anchoring) and unites each coder's segments
//! per tag on the [`Continuum`]. [`Prepared::report`] then computes the measures
//! and the disagreement list for the coders and tags chosen, from those spans
//! only, with the same code as [`super::compare`], so the figures are exactly
//! those of `glosa agreement` on the same files. [`Prepared::marks`] gives the
//! agreement colours of two coders (both / only the first / only the second /
//! different tags) as continuum spans.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::segments::{DisagreementKind, PairTagDisagreements, RawDisagreement, Threshold, overlapping};
use super::{
    AgreementError, Aliases, Continuum, Disagreements, DocumentInput, DocumentReport, Excluded, Options, PairPieces,
    PassageTable, Report, Results, Span, TagPieces, collect, continuum,
};
use crate::model::{Document, Fingerprint, TagId};

/// The most agreement colourings [`Memo`] keeps (then it starts again): one per
/// choice of coders and tags, a few hundred kilobytes each on a long document.
const REMEMBERED_COLOURINGS: usize = 16;

/// What [`Prepared::report`] computed, kept for the next choice of coders, tags
/// and threshold, so that a change of the choice is mostly lookups and a
/// recombination ([`Results::combine`]). Lives as long as the [`Prepared`] it
/// belongs to (the app makes a new one when the annotations change).
#[derive(Clone, Debug, Default)]
struct Memo {
    /// (coders in order, tag, threshold) → the tag's results.
    tags: HashMap<(Vec<String>, TagId, Threshold), Arc<TagPieces>>,
    /// (first coder, second coder, tag, threshold) → what the pair contributes.
    pairs: HashMap<(String, String, TagId, Threshold), PairPieces>,
    /// (first coder, second coder, tag, threshold) → the pair's disagreements on
    /// the tag, with what classifies them for any choice of the other tags.
    disagreements: HashMap<(String, String, TagId, Threshold), Arc<PairTag>>,
    /// The passage of every united span (made by the first report).
    passages: Option<Arc<PassageTable>>,
    /// (coders, tags) → the agreement colours per paragraph.
    colours: HashMap<(Vec<String>, Vec<TagId>), Arc<ParagraphMarks>>,
}

/// What another coder coded, with another tag, over a segment the first coder
/// coded with a tag the other did not give there: a candidate for a
/// [`DisagreementKind::DifferentTags`] disagreement.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    /// The other tag (index into [`Prepared::tags`]).
    tag: usize,
    /// The other coder's segment with it.
    span: Span,
    /// Code points it shares with the first coder's segment.
    overlap: usize,
}

/// For each segment of a list, its [`Candidate`]s: `items[starts[k]..starts[k + 1]]`
/// for segment `k`, by tag (in [`Prepared::tags`] order) and position.
#[derive(Clone, Debug, Default)]
struct Candidates {
    starts: Vec<usize>,
    items: Vec<Candidate>,
}

impl Candidates {
    /// The candidates of segment `k`.
    fn of(&self, k: usize) -> &[Candidate] {
        match (self.starts.get(k), self.starts.get(k + 1)) {
            (Some(&start), Some(&end)) => &self.items[start..end],
            _ => &[],
        }
    }

    /// The candidate segment `k`'s disagreement names when the tags chosen are
    /// those `rank` gives a position (`rank[tag]`, the tag's index in the report):
    /// the most overlapping, then the one of the earliest tag in the report's
    /// order, then the earliest, as [`super::segments::disagreements`] picks it.
    fn pick(&self, k: usize, rank: &[Option<usize>]) -> Option<(usize, Span)> {
        let mut best: Option<(usize, usize, Span)> = None;
        for candidate in self.of(k) {
            let Some(Some(tag)) = rank.get(candidate.tag) else {
                continue;
            };
            if best.is_none_or(|(overlap, best_tag, _)| {
                candidate.overlap > overlap || (candidate.overlap == overlap && *tag < best_tag)
            }) {
                best = Some((candidate.overlap, *tag, candidate.span));
            }
        }
        best.map(|(_, tag, span)| (tag, span))
    }
}

/// Two coders' disagreements on one tag: the boundaries and the untouched
/// segments ([`PairTagDisagreements`]), and for each untouched segment the other
/// coder's segments with other tags over it, which make it a disagreement of
/// different tags or of one coder only depending on the tags chosen.
#[derive(Clone, Debug, Default)]
struct PairTag {
    pieces: PairTagDisagreements,
    /// For `pieces.untouched_first`: the second coder's segments over each.
    first: Candidates,
    /// For `pieces.untouched_second`: the first coder's segments over each.
    second: Candidates,
}

/// One document's annotations, resolved and sorted by tag and coder.
#[derive(Clone, Debug)]
pub struct Prepared {
    name: String,
    title: String,
    fingerprint: Fingerprint,
    paragraphs: usize,
    sources: Vec<String>,
    continuum: Continuum,
    /// Every coder with at least one annotation on the document, sorted.
    coders: Vec<String>,
    /// Every tag used in an anchored annotation, sorted by ID.
    tags: Vec<TagId>,
    /// United spans by tag, then coder.
    units: BTreeMap<TagId, BTreeMap<String, Vec<Span>>>,
    /// Annotations left out (moved, orphaned, untagged), every coder's, with
    /// their tags.
    excluded: Vec<(Excluded, Vec<TagId>)>,
    /// What reports computed so far, shared by the clones.
    memo: Arc<Mutex<Memo>>,
}

/// Agreement colours per paragraph index: (start, end, mark), code points of the
/// paragraph text, sorted (see [`Prepared::paragraph_marks`]).
pub type ParagraphMarks = Vec<Vec<(usize, usize, Mark)>>;

/// How two coders coded a stretch of the document (the agreement colours).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mark {
    /// Both coded it with a common tag.
    Both,
    /// Only the first coder coded it (with a tag the second did not give it).
    OnlyFirst,
    /// Only the second coder coded it.
    OnlySecond,
    /// Both coded it, with no tag in common.
    DifferentTags,
    /// Three or more coders compared: every one of them coded it (with any of the
    /// tags chosen; see [`Prepared::coverage_marks`]).
    AllCoders,
    /// Three or more coders compared: more than one coded it, but not all.
    SomeCoders,
    /// Three or more coders compared: exactly one coded it.
    OneCoder,
}

impl Mark {
    /// A short description for users (`first` and `second` are the coders).
    pub fn describe(self, first: &str, second: &str) -> String {
        match self {
            Self::Both => format!("Both {first} and {second}"),
            Self::OnlyFirst => format!("Only {first}"),
            Self::OnlySecond => format!("Only {second}"),
            Self::DifferentTags => format!("{first} and {second} with different tags"),
            Self::AllCoders => "All coders".to_owned(),
            Self::SomeCoders => "Some coders, not all".to_owned(),
            Self::OneCoder => "One coder only".to_owned(),
        }
    }

    /// The marks of two coders' colours ([`Prepared::marks`]), in legend order.
    pub const TWO_CODERS: [Mark; 4] = [Mark::Both, Mark::OnlyFirst, Mark::OnlySecond, Mark::DifferentTags];

    /// The marks of three or more coders' colours ([`Prepared::coverage_marks`]),
    /// in legend order.
    pub const MANY_CODERS: [Mark; 3] = [Mark::AllCoders, Mark::SomeCoders, Mark::OneCoder];
}

impl Prepared {
    /// Resolves every annotation of `input`'s sources against its document. O(n log
    /// n) in the number of annotations plus the length of the document.
    pub fn new(input: &DocumentInput<'_>, aliases: &Aliases) -> Self {
        let options = Options { aliases: aliases.clone(), ..Options::default() };
        let mut excluded = Vec::new();
        let collected = collect(0, input, &options, &mut excluded);
        let tags_of: std::collections::HashMap<_, &std::collections::BTreeSet<TagId>> =
            input.sources.iter().flat_map(|s| s.annotations.iter().map(move |a| ((s.name, a.id), &a.tags))).collect();
        let excluded = excluded
            .into_iter()
            .map(|e| {
                let key = e.source.as_deref().zip(e.annotation);
                let tags = key.and_then(|k| tags_of.get(&k)).map(|t| t.iter().cloned().collect()).unwrap_or_default();
                (e, tags)
            })
            .collect();
        let coders: Vec<String> = collected.present.iter().map(|c| (*c).to_owned()).collect();
        let units: BTreeMap<TagId, BTreeMap<String, Vec<Span>>> = collected
            .units
            .into_iter()
            .map(|(tag, by_coder)| {
                let by_coder = by_coder
                    .into_iter()
                    .map(|(coder, mut spans)| {
                        continuum::unite(&mut spans);
                        (coder.to_owned(), spans)
                    })
                    .collect();
                (tag.clone(), by_coder)
            })
            .collect();
        Self {
            name: input.name.to_owned(),
            title: input.document.title().to_owned(),
            fingerprint: input.document.fingerprint().clone(),
            paragraphs: input.document.paragraphs().len(),
            sources: input.sources.iter().map(|s| s.name.to_owned()).collect(),
            continuum: collected.continuum,
            coders,
            tags: units.keys().cloned().collect(),
            units,
            excluded,
            memo: Arc::default(),
        }
    }

    /// A copy that remembers nothing a report computed (clones share what they
    /// remember): for measuring a first report, or a change of choice after one.
    #[must_use]
    pub fn without_memo(&self) -> Self {
        Self { memo: Arc::default(), ..self.clone() }
    }

    /// A copy that remembers what this one remembered so far, but no longer
    /// shares it with this one and its clones.
    #[must_use]
    pub fn detached(&self) -> Self {
        let memo = self.memo().clone();
        Self { memo: Arc::new(Mutex::new(memo)), ..self.clone() }
    }

    fn memo(&self) -> MutexGuard<'_, Memo> {
        // The memo holds only finished values: one left by a panicking thread is whole.
        self.memo.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The results of `tag` for `coders` (in that order) at `threshold`, remembered.
    fn tag_pieces(&self, coders: &[String], tag: &TagId, threshold: Threshold) -> Arc<TagPieces> {
        let key = (coders.to_vec(), tag.clone(), threshold);
        if let Some(known) = self.memo().tags.get(&key) {
            return known.clone();
        }
        let code_points = self.continuum.len();
        let per_coder: Vec<Vec<Span>> = coders.iter().map(|coder| self.spans(tag, coder).to_vec()).collect();
        let local: Vec<usize> = (0..coders.len()).collect();
        let pieces = TagPieces::compute(code_points, &local, tag, &per_coder, |i, j| {
            let key = (coders[i].clone(), coders[j].clone(), tag.clone(), threshold);
            if let Some(known) = self.memo().pairs.get(&key) {
                return known.clone();
            }
            let pair = PairPieces::compute(code_points, &per_coder[i], &per_coder[j], threshold);
            self.memo().pairs.insert(key, pair.clone());
            pair
        });
        let pieces = Arc::new(pieces);
        self.memo().tags.insert(key, pieces.clone());
        pieces
    }

    /// Coders `first` and `second`'s disagreement pieces on `tag` at `threshold`,
    /// with their candidates, remembered.
    fn pair_tag(&self, first: &str, second: &str, tag: &TagId, threshold: Threshold) -> Arc<PairTag> {
        let key = (first.to_owned(), second.to_owned(), tag.clone(), threshold);
        if let Some(known) = self.memo().disagreements.get(&key) {
            return known.clone();
        }
        let pieces = PairTagDisagreements::of(self.spans(tag, first), self.spans(tag, second), threshold);
        let first_candidates = self.candidates(tag, first, &pieces.untouched_first, second);
        let second_candidates = self.candidates(tag, second, &pieces.untouched_second, first);
        let pair = Arc::new(PairTag { pieces, first: first_candidates, second: second_candidates });
        self.memo().disagreements.insert(key, pair.clone());
        pair
    }

    /// For each of `coder`'s `segments` with `tag`, the segments `other` coded
    /// over it with another tag that `coder` did not give there. O(T · n log n).
    fn candidates(&self, tag: &TagId, coder: &str, segments: &[Span], other: &str) -> Candidates {
        let mut out = Candidates { starts: Vec::with_capacity(segments.len() + 1), items: Vec::new() };
        let others: Vec<(usize, &[Span], &[Span])> = self
            .tags
            .iter()
            .enumerate()
            .filter(|(_, t)| *t != tag)
            .map(|(index, t)| (index, self.spans(t, other), self.spans(t, coder)))
            .collect();
        for &span in segments {
            out.starts.push(out.items.len());
            for &(index, theirs, mine) in &others {
                for candidate in overlapping(theirs, span) {
                    if overlapping(mine, candidate).next().is_none() {
                        out.items.push(Candidate { tag: index, span: candidate, overlap: candidate.overlap(span) });
                    }
                }
            }
        }
        out.starts.push(out.items.len());
        out
    }

    /// The passage of every united span, made on the first call (from `document`).
    fn passages(&self, document: &Document) -> Arc<PassageTable> {
        if let Some(known) = &self.memo().passages {
            return known.clone();
        }
        let spans = self.units.values().flat_map(|by_coder| by_coder.values().flatten().copied()).collect();
        let table = Arc::new(PassageTable::of(document, &self.continuum, spans));
        self.memo().passages = Some(table.clone());
        table
    }

    /// Every disagreement of `coders` (positions in the list, as in the report)
    /// on `tags` at `threshold`, sorted as [`super::compare`] sorts them. Lookups
    /// in what earlier reports computed and one pass over the disagreements: no
    /// span list is read again.
    fn disagreement_records(&self, coders: &[String], tags: &[TagId], threshold: Threshold) -> Vec<RawDisagreement> {
        // Each tag of the document's position among the tags chosen.
        let rank: Vec<Option<usize>> = self.tags.iter().map(|t| tags.iter().position(|c| c == t)).collect();
        let mut pairs = Vec::new();
        for i in 0..coders.len() {
            for j in i + 1..coders.len() {
                for (t, tag) in tags.iter().enumerate() {
                    pairs.push((i, j, t, self.pair_tag(&coders[i], &coders[j], tag, threshold)));
                }
            }
        }
        let count = pairs
            .iter()
            .map(|(.., p)| p.pieces.boundaries.len() + p.pieces.untouched_first.len() + p.pieces.untouched_second.len())
            .sum();
        let mut out = Vec::with_capacity(count);
        for (i, j, t, pair) in &pairs {
            let (i, j, t) = (*i, *j, *t);
            for &(a, b) in &pair.pieces.boundaries {
                out.push(RawDisagreement {
                    at: a.start.min(b.start),
                    kind: DisagreementKind::Boundaries,
                    coder: i,
                    tag: t,
                    span: a,
                    other_coder: j,
                    other: Some((t, b)),
                });
            }
            for (k, &span) in pair.pieces.untouched_first.iter().enumerate() {
                out.push(uncoded(i, t, span, j, pair.first.pick(k, &rank)));
            }
            for (k, &span) in pair.pieces.untouched_second.iter().enumerate() {
                out.push(uncoded(j, t, span, i, pair.second.pick(k, &rank)));
            }
        }
        super::disagreements::sort_records(out)
    }

    /// Every coder with an annotation on the document (excluded ones count), sorted.
    pub fn coders(&self) -> &[String] {
        &self.coders
    }

    /// Every tag of an anchored annotation, sorted by ID.
    pub fn tags(&self) -> &[TagId] {
        &self.tags
    }

    /// The document's continuum.
    pub fn continuum(&self) -> &Continuum {
        &self.continuum
    }

    /// The annotations left out, every coder's.
    pub fn excluded(&self) -> impl Iterator<Item = &Excluded> {
        self.excluded.iter().map(|(e, _)| e)
    }

    /// A coder's united spans with a tag (continuum code points), sorted.
    pub fn spans(&self, tag: &TagId, coder: &str) -> &[Span] {
        self.units.get(tag).and_then(|by| by.get(coder)).map_or(&[], Vec::as_slice)
    }

    /// The report for `options.coders` (empty: all) and `options.tags` (empty: all
    /// used), the same as [`super::compare`] gives for this one document.
    /// `document` must be the document the spans were prepared from (its passages
    /// are quoted). O(T · n log n) in the spans of the chosen tags; no anchoring.
    ///
    /// # Errors
    /// [`AgreementError::UnknownCoder`] for a coder without annotations here.
    pub fn report(&self, document: &Document, options: &Options) -> Result<Report, AgreementError> {
        let coders: Vec<String> = if options.coders.is_empty() {
            self.coders.clone()
        } else {
            if let Some(coder) = options.coders.iter().find(|c| !self.coders.contains(c)) {
                return Err(AgreementError::UnknownCoder { coder: coder.clone(), known: self.coders.clone() });
            }
            options.coders.clone()
        };
        let tags: Vec<TagId> = if options.tags.is_empty() { self.tags.clone() } else { options.tags.clone() };
        let threshold = options.threshold;
        let local: Vec<usize> = (0..coders.len()).collect();
        let pieces: Vec<Arc<TagPieces>> = tags.iter().map(|tag| self.tag_pieces(&coders, tag, threshold)).collect();
        let results = Results::combine(
            self.continuum.len(),
            local.clone(),
            &pieces.iter().map(AsRef::as_ref).collect::<Vec<_>>(),
        );
        let records = self.disagreement_records(&coders, &tags, threshold);
        let mut disagreements = Disagreements::new();
        disagreements.push_document(0, records, local.into(), tags.as_slice().into(), self.passages(document));
        let chosen_tags: BTreeSet<&TagId> = options.tags.iter().collect();
        let chosen: BTreeSet<&str> = coders.iter().map(String::as_str).collect();
        let excluded = self
            .excluded
            .iter()
            .filter(|(e, tags)| {
                e.coder.as_deref().is_none_or(|c| chosen.contains(c))
                    && (chosen_tags.is_empty()
                        || matches!(e.reason, super::Exclusion::Untagged)
                        || tags.iter().any(|t| chosen_tags.contains(t)))
            })
            .map(|(e, _)| e.clone())
            .collect();
        let document_report = DocumentReport {
            name: self.name.clone(),
            title: self.title.clone(),
            fingerprint: self.fingerprint.clone(),
            paragraphs: self.paragraphs,
            sources: self.sources.clone(),
            pooled: true,
            results: results.clone(),
        };
        Ok(Report {
            coders,
            tags,
            threshold: options.threshold,
            documents: vec![document_report],
            pooled: results,
            excluded,
            disagreements,
        })
    }

    /// The agreement colours of coders `first` and `second` over `tags` (empty:
    /// all): maximal continuum spans, sorted, each with its [`Mark`]. A code
    /// point both coded with a common tag is [`Mark::Both`]; coded by both with no
    /// tag in common, [`Mark::DifferentTags`]; otherwise by whoever coded it.
    /// O(n log n) in the spans.
    #[allow(clippy::stable_sort_primitive, reason = "the stable sort merges the sorted runs of its input")]
    pub fn marks(&self, first: &str, second: &str, tags: &[TagId]) -> Vec<(Span, Mark)> {
        let tags: Vec<&TagId> = if tags.is_empty() { self.tags.iter().collect() } else { tags.iter().collect() };
        // (position, is start, coder 0/1, tag index); ends sort before starts at a
        // position so adjacent spans do not look like an overlap.
        let mut events: Vec<(usize, bool, usize, usize)> = Vec::new();
        for (t, tag) in tags.iter().enumerate() {
            for (c, coder) in [first, second].into_iter().enumerate() {
                for span in self.spans(tag, coder) {
                    events.push((span.start, true, c, t));
                    events.push((span.end, false, c, t));
                }
            }
        }
        // Each coder's (and tag's) events are a sorted run: merged, not sorted anew.
        events.sort();
        let mut counts = vec![[0usize; 2]; tags.len()];
        let (mut any, mut common) = ([0usize; 2], 0usize);
        let mut marks: Vec<(Span, Mark)> = Vec::new();
        let mut previous = 0;
        for (position, start, coder, tag) in events {
            let mark = if common > 0 {
                Some(Mark::Both)
            } else {
                match (any[0] > 0, any[1] > 0) {
                    (true, true) => Some(Mark::DifferentTags),
                    (true, false) => Some(Mark::OnlyFirst),
                    (false, true) => Some(Mark::OnlySecond),
                    (false, false) => None,
                }
            };
            if let Some(mark) = mark
                && position > previous
            {
                match marks.last_mut() {
                    Some((span, last)) if *last == mark && span.end == previous => span.end = position,
                    _ => marks.push((Span { start: previous, end: position }, mark)),
                }
            }
            previous = position;
            let other = counts[tag][1 - coder];
            let count = &mut counts[tag][coder];
            if start {
                if *count == 0 {
                    any[coder] += 1;
                    if other > 0 {
                        common += 1;
                    }
                }
                *count += 1;
            } else {
                *count -= 1;
                if *count == 0 {
                    any[coder] -= 1;
                    if other > 0 {
                        common -= 1;
                    }
                }
            }
        }
        marks
    }

    /// The agreement colours of three or more `coders` over `tags` (empty: all):
    /// maximal continuum spans, sorted, each marked by how many of the coders coded
    /// its code points with any of the tags ([`Mark::AllCoders`], [`Mark::SomeCoders`],
    /// [`Mark::OneCoder`]; see [`coverage_marks`]). O(n log n) in the spans.
    pub fn coverage_marks(&self, coders: &[String], tags: &[TagId]) -> Vec<(Span, Mark)> {
        let tags: Vec<&TagId> = if tags.is_empty() { self.tags.iter().collect() } else { tags.iter().collect() };
        let per_coder: Vec<Vec<Span>> = coders
            .iter()
            .map(|coder| tags.iter().flat_map(|tag| self.spans(tag, coder).iter().copied()).collect())
            .collect();
        coverage_marks(per_coder)
    }

    /// The agreement colours of `coders` over `tags` (empty: all), per paragraph
    /// ([`Self::paragraph_marks`]): two coders, [`Self::marks`]; three or more,
    /// [`Self::coverage_marks`]; fewer, none. Remembered per choice, so going
    /// back to an earlier choice of coders and tags costs a lookup.
    pub fn colours(&self, coders: &[String], tags: &[TagId]) -> Arc<ParagraphMarks> {
        let key = (coders.to_vec(), tags.to_vec());
        if let Some(known) = self.memo().colours.get(&key) {
            return known.clone();
        }
        let spans = match coders {
            [first, second] => self.marks(first, second, tags),
            [_, _, _, ..] => self.coverage_marks(coders, tags),
            _ => Vec::new(),
        };
        let colours = Arc::new(if coders.len() < 2 { Vec::new() } else { self.paragraph_marks(&spans) });
        let mut memo = self.memo();
        if memo.colours.len() >= REMEMBERED_COLOURINGS {
            memo.colours.clear();
        }
        memo.colours.insert(key, colours.clone());
        colours
    }

    /// `marks` cut at paragraph breaks: per paragraph index, (start, end, mark) in
    /// code points of the paragraph's text, sorted.
    pub fn paragraph_marks(&self, marks: &[(Span, Mark)]) -> ParagraphMarks {
        let continuum = &self.continuum;
        let paragraphs = continuum.paragraphs();
        let mut out = vec![Vec::new(); paragraphs];
        // The marks are sorted: the paragraph of each one's start is found by
        // walking on from the previous one's (a binary search when they go back).
        let mut first = 0;
        for &(span, mark) in marks {
            let next_start = |index: usize| continuum.paragraph_start(index + 1).unwrap_or(usize::MAX);
            if continuum.paragraph_start(first).is_some_and(|start| start > span.start) {
                first = continuum.locate(span.start).0;
            }
            while first + 1 < paragraphs && next_start(first) <= span.start {
                first += 1;
            }
            for (index, paragraph) in out.iter_mut().enumerate().skip(first) {
                let (Some(start), Some(length)) = (continuum.paragraph_start(index), continuum.paragraph_len(index))
                else {
                    break;
                };
                if start >= span.end {
                    break;
                }
                let from = span.start.saturating_sub(start).min(length);
                let to = (span.end - start).min(length);
                if to > from {
                    paragraph.push((from, to, mark));
                }
            }
        }
        out
    }
}

/// The disagreement of `coder`'s segment `span` with tag `tag` that coder `other`
/// did not touch with the tag: different tags when `other` coded over it with a
/// chosen tag `coder` did not give there (`picked`: that tag's index and the
/// segment), listed from the pair's first coder; one coder only otherwise.
fn uncoded(coder: usize, tag: usize, span: Span, other: usize, picked: Option<(usize, Span)>) -> RawDisagreement {
    match picked {
        // One orientation per pair (the first coder's), so the same conflict seen
        // from both sides is one record after deduplication.
        Some((other_tag, other_span)) if coder > other => RawDisagreement {
            at: span.start.min(other_span.start),
            kind: DisagreementKind::DifferentTags,
            coder: other,
            tag: other_tag,
            span: other_span,
            other_coder: coder,
            other: Some((tag, span)),
        },
        Some((other_tag, other_span)) => RawDisagreement {
            at: span.start.min(other_span.start),
            kind: DisagreementKind::DifferentTags,
            coder,
            tag,
            span,
            other_coder: other,
            other: Some((other_tag, other_span)),
        },
        None => RawDisagreement {
            at: span.start,
            kind: DisagreementKind::OneCoderOnly,
            coder,
            tag,
            span,
            other_coder: other,
            other: None,
        },
    }
}

/// How many of the coders coded each code point, as marks: `per_coder` holds each
/// coder's spans (continuum code points, in any order, overlapping or not); the
/// result is maximal spans, sorted and disjoint, where at least one coder coded,
/// marked [`Mark::AllCoders`] where every coder did, [`Mark::OneCoder`] where
/// exactly one did and [`Mark::SomeCoders`] in between. O(n log n) in the spans.
#[allow(clippy::stable_sort_primitive, reason = "the stable sort merges the sorted runs of its input")]
pub fn coverage_marks(per_coder: Vec<Vec<Span>>) -> Vec<(Span, Mark)> {
    let total = per_coder.len();
    // (position, is start); each coder's spans united first, so the number of
    // spans open is the number of coders coding. Ends sort before starts.
    let mut events: Vec<(usize, bool)> = Vec::new();
    for mut spans in per_coder {
        super::continuum::unite(&mut spans);
        for span in spans {
            events.push((span.start, true));
            events.push((span.end, false));
        }
    }
    // Each coder's events are a sorted run: merged, not sorted anew.
    events.sort();
    let mut marks: Vec<(Span, Mark)> = Vec::new();
    let (mut open, mut previous) = (0usize, 0usize);
    for (position, start) in events {
        let mark = match open {
            0 => None,
            1 => Some(Mark::OneCoder),
            n if n >= total => Some(Mark::AllCoders),
            _ => Some(Mark::SomeCoders),
        };
        if let Some(mark) = mark
            && position > previous
        {
            match marks.last_mut() {
                Some((span, last)) if *last == mark && span.end == previous => span.end = position,
                _ => marks.push((Span { start: previous, end: position }, mark)),
            }
        }
        previous = position;
        if start {
            open += 1;
        } else {
            open -= 1;
        }
    }
    marks
}

#[cfg(test)]
mod coverage_tests {
    use super::{Mark, Span, coverage_marks};

    fn span(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[test]
    fn three_coders_are_marked_by_how_many_coded_each_code_point() {
        // A codes [0,50) and (another tag) [40,60); B [10,30); C [20,100).
        let marks = coverage_marks(vec![vec![span(0, 50), span(40, 60)], vec![span(10, 30)], vec![span(20, 100)]]);
        assert_eq!(
            marks,
            [
                (span(0, 10), Mark::OneCoder),
                (span(10, 20), Mark::SomeCoders),
                (span(20, 30), Mark::AllCoders),
                (span(30, 60), Mark::SomeCoders),
                (span(60, 100), Mark::OneCoder),
            ]
        );
    }

    #[test]
    fn four_coders_two_or_three_are_some_and_gaps_are_unmarked() {
        let marks = coverage_marks(vec![
            vec![span(0, 10), span(20, 30)],
            vec![span(0, 10), span(20, 30)],
            vec![span(0, 10)],
            vec![span(0, 5), span(25, 26)],
        ]);
        assert_eq!(
            marks,
            [(span(0, 5), Mark::AllCoders), (span(5, 10), Mark::SomeCoders), (span(20, 30), Mark::SomeCoders),]
        );
        assert!(coverage_marks(vec![Vec::new(), Vec::new(), Vec::new()]).is_empty());
    }
}
