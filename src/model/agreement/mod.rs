//! Inter-coder agreement: how far coders (annotation authors) agree on where the
//! stakeholder groups are in a document, and where they differ.
//!
//! **What is compared.** Annotations on the same document text: each is resolved
//! with the [`Anchorer`]; it takes part if every segment is *anchored* (the same
//! text, or re-anchored exactly after the document changed). Moved, orphaned and
//! untagged annotations are listed as [`Excluded`], with the reason. A coder is an
//! author, through an [`Aliases`] map (empty until author aliases exist); an
//! annotation with several tags counts once for each.
//!
//! **Units.** Code points of the [`Continuum`]: the paragraphs in order joined by
//! one separator code point (see [`continuum`] for when the separator counts as
//! coded). Before any statistic each coder's overlapping or adjacent segments of
//! the same tag are united ([`continuum::unite`]), so nothing is counted twice and
//! the units of a coder never overlap, as unitizing measures require.
//!
//! **Measures**, per tag and overall (all tags pooled), per document and pooled
//! over documents by concatenating their continua (never by averaging
//! coefficients):
//!
//! - character level, NVivo's coding comparison: percent agreement, Cohen's κ per
//!   pair, Fleiss' κ for three or more coders and Krippendorff's α (nominal), with
//!   each code point "coded" or "not coded" with the tag by each coder
//!   ([`coefficients`]); the overall figures pool the (code point, tag) decisions;
//! - Krippendorff's unitizing α_u, any number of coders ([`unitizing`]);
//! - segment level, MAXQDA style: the share of segments another coder matched with
//!   an overlap of at least the [`Threshold`] ([`segments`]).
//!
//! A value that cannot be computed (one coder, nothing coded, no variation) is a
//! [`Value::Undefined`] with its reason, never 0 or 1.
//!
//! Everything here is pure: documents and annotations come in, a [`Report`] comes
//! out.

// The docs here are full of formulas (n_c, α_u, D_O) and tool names (NVivo,
// MAXQDA) that are not code.
#![allow(clippy::doc_markdown)]

pub mod coefficients;
pub mod continuum;
pub mod disagreements;
pub mod prepared;
pub mod segments;
pub mod unitizing;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

pub use coefficients::{BinaryTable, CoverageCounts};
pub use continuum::{Continuum, Passage, PassageFinder, Span};
pub use disagreements::{Disagreements, PassageTable};
pub use prepared::{Mark, ParagraphMarks, Prepared, coverage_marks};
pub use segments::{DisagreementKind, PairTagDisagreements, Threshold};

use super::anchor::{AnchorStatus, Anchorer, Location};
use super::{Annotation, AnnotationId, Document, Fingerprint, TagId};

/// A coefficient, or why it has no value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// The value (percentages as fractions, 0–1).
    Defined(f64),
    /// No value, and why.
    Undefined(Undefined),
}

impl Value {
    /// The value, if defined.
    pub fn get(self) -> Option<f64> {
        match self {
            Self::Defined(value) => Some(value),
            Self::Undefined(_) => None,
        }
    }

    /// Why there is no value, if undefined.
    pub fn why(self) -> Option<Undefined> {
        match self {
            Self::Defined(_) => None,
            Self::Undefined(why) => Some(why),
        }
    }
}

/// Why a coefficient has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Undefined {
    /// Fewer than two coders.
    OneCoder,
    /// No items (code points) to compare.
    NoItems,
    /// Nobody coded with the tag: agreement beyond chance cannot be measured.
    NothingCoded,
    /// Every item got the same category from every coder: chance agreement is
    /// total and the coefficient is 0/0.
    NoVariation,
    /// Only one unit can be paired.
    SingleUnit,
    /// Some items lack a coder's value (the coefficient needs complete data).
    MissingValues,
    /// Cohen's κ compares two coders; with more, see the pairs and Fleiss' κ.
    MoreThanTwoCoders,
    /// Fleiss' κ is reported for three or more coders; with two, see Cohen's κ.
    TwoCoders,
    /// No document was coded by all the coders, so nothing can be pooled.
    NoCommonDocument,
}

impl Undefined {
    /// A short explanation for users.
    pub fn reason(self) -> &'static str {
        match self {
            Self::OneCoder => "fewer than two coders",
            Self::NoItems => "no code points to compare",
            Self::NothingCoded => "nobody coded with this tag",
            Self::NoVariation => "no variation: every code point was coded the same way by every coder",
            Self::SingleUnit => "a single unit",
            Self::MissingValues => "some units lack a coder's value",
            Self::MoreThanTwoCoders => "Cohen's kappa compares two coders: see the coder pairs and Fleiss' kappa",
            Self::TwoCoders => "Fleiss' kappa is reported for three or more coders: see Cohen's kappa",
            Self::NoCommonDocument => "no document was coded by all the coders",
        }
    }
}

impl fmt::Display for Undefined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.reason())
    }
}

/// Coder names as a list for people: separated by `, `, or by `; ` when a name
/// has a comma in it ("Fernández, Lucía; Smith, J."), so the list stays readable.
pub fn coder_list<S: AsRef<str>>(names: &[S]) -> String {
    let separator = if names.iter().any(|n| n.as_ref().contains(',')) { "; " } else { ", " };
    names.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(separator)
}

/// The coder label of annotations without an author.
pub const NO_AUTHOR: &str = "(no author)";

/// Which coder each author is: several author names (a colleague's laptop and
/// desktop, a changed spelling) can be one coder. Authors not in the map are
/// coders under their own name; an empty author is [`NO_AUTHOR`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Aliases {
    coder_of: BTreeMap<String, String>,
}

impl Aliases {
    /// No aliases: every author is a coder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts `author`'s annotations as `coder`'s.
    pub fn insert(&mut self, author: &str, coder: &str) {
        self.coder_of.insert(author.to_owned(), coder.to_owned());
    }

    /// The coder an author is.
    pub fn coder_of<'a>(&'a self, author: &'a str) -> &'a str {
        match self.coder_of.get(author) {
            Some(coder) => coder,
            None if author.trim().is_empty() => NO_AUTHOR,
            None => author,
        }
    }
}

/// What to compare and how.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Only these tags, in this order; empty: every tag the coders used (sorted by ID).
    pub tags: Vec<TagId>,
    /// Only these coders, in this order; empty: every coder (sorted by name).
    pub coders: Vec<String>,
    /// Overlap needed for segments to match.
    pub threshold: Threshold,
    /// Author aliases.
    pub aliases: Aliases,
}

/// One source of annotations, usually one annotation file.
#[derive(Clone, Copy, Debug)]
pub struct Source<'a> {
    /// How to name it in the excluded list (a file path).
    pub name: &'a str,
    /// Its annotations (any authors).
    pub annotations: &'a [Annotation],
}

/// A document and the annotations on it to compare.
#[derive(Clone, Debug)]
pub struct DocumentInput<'a> {
    /// The document the annotations are resolved against.
    pub document: &'a Document,
    /// How to name it (its path).
    pub name: &'a str,
    /// The annotation sources.
    pub sources: Vec<Source<'a>>,
}

/// Why a comparison cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AgreementError {
    /// Nothing to compare.
    #[error("no documents to compare")]
    NoDocuments,
    /// A coder asked for made no annotation in any of the documents.
    #[error("no annotations by coder `{coder}` (coders found: {})", coder_list(known))]
    UnknownCoder {
        /// The coder asked for.
        coder: String,
        /// The coders found.
        known: Vec<String>,
    },
}

/// The measures of one tag, or of all tags pooled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measures {
    /// Character level: share of code points coded alike (for three or more coders,
    /// the mean share of agreeing coder pairs, Fleiss' P̄).
    pub percent: Value,
    /// Character level, two coders: Cohen's κ.
    pub cohen_kappa: Value,
    /// Character level, three or more coders: Fleiss' κ.
    pub fleiss_kappa: Value,
    /// Character level, any number of coders: Krippendorff's α (nominal).
    pub krippendorff_alpha: Value,
    /// Krippendorff's unitizing α_u.
    pub alpha_u: Value,
    /// Share of the coders' segments that another coder matched: a segment counts
    /// as matched when any other coder has a matching segment of the same tag
    /// (with two coders, the pair's figure; per pair, see [`PairResult`]).
    pub segments_matched: Value,
}

impl Measures {
    /// Every measure undefined for the same reason.
    pub fn undefined(why: Undefined) -> Self {
        let value = Value::Undefined(why);
        Self {
            percent: value,
            cohen_kappa: value,
            fleiss_kappa: value,
            krippendorff_alpha: value,
            alpha_u: value,
            segments_matched: value,
        }
    }
}

/// Agreement of one pair of coders.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairResult {
    /// The first coder (index into [`Report::coders`]).
    pub first: usize,
    /// The second coder.
    pub second: usize,
    /// The character-level 2×2 table.
    pub table: BinaryTable,
    /// Segments matched (both coders' together) and all segments of the two.
    pub segments: (usize, usize),
    /// Character level percent agreement.
    pub percent: Value,
    /// Cohen's κ.
    pub cohen_kappa: Value,
    /// α_u of the two.
    pub alpha_u: Value,
    /// Share of the two coders' segments matched by the other.
    pub segments_matched: Value,
}

/// Results for one tag.
#[derive(Clone, Debug, PartialEq)]
pub struct TagResult {
    /// The tag.
    pub tag: TagId,
    /// Number of units (united segments) of each coder, in [`Results::coders`] order.
    pub units: Vec<usize>,
    /// Code points coded by each coder.
    pub coded: Vec<usize>,
    /// The measures.
    pub measures: Measures,
    /// Every pair of coders.
    pub pairs: Vec<PairResult>,
}

/// Results over one continuum (a document, or the pooled documents).
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// The coders taking part (indices into [`Report::coders`]).
    pub coders: Vec<usize>,
    /// Length of the continuum in code points.
    pub code_points: usize,
    /// Per tag, in [`Report::tags`] order.
    pub tags: Vec<TagResult>,
    /// All tags pooled.
    pub overall: Measures,
    /// All tags pooled, per pair of coders.
    pub overall_pairs: Vec<PairResult>,
}

impl Results {
    /// Computes every measure on a continuum of `code_points` code points.
    ///
    /// `coders` are the coders' indices into the report's coder list; `tags` the
    /// tags; `units[t][r]` the spans coder `coders[r]` coded with `tags[t]`, in any
    /// order, overlapping or not (they are united here; spans past the end are
    /// cut off).
    pub fn compute(
        code_points: usize,
        coders: Vec<usize>,
        tags: &[TagId],
        mut units: Vec<Vec<Vec<Span>>>,
        threshold: Threshold,
    ) -> Self {
        let r = coders.len();
        units.resize(tags.len(), Vec::new());
        let pieces: Vec<TagPieces> = tags
            .iter()
            .zip(&mut units)
            .map(|(tag, per_coder)| {
                per_coder.resize(r, Vec::new());
                for spans in per_coder.iter_mut() {
                    for span in spans.iter_mut() {
                        span.end = span.end.min(code_points);
                    }
                    continuum::unite(spans);
                }
                let per_coder: &[Vec<Span>] = per_coder;
                TagPieces::compute(code_points, &coders, tag, per_coder, |i, j| {
                    PairPieces::compute(code_points, &per_coder[i], &per_coder[j], threshold)
                })
            })
            .collect();
        Self::combine(code_points, coders, &pieces.iter().collect::<Vec<_>>())
    }

    /// The results of several tags from each tag's [`TagPieces`] (computed for
    /// the same `coders`, continuum and threshold): the per-tag rows as they are,
    /// the overall measures by pooling the tags' counts and disagreements (as
    /// [`Self::compute`] does). O(T · R²) for T tags and R coders: no span is read.
    pub fn combine(code_points: usize, coders: Vec<usize>, tags: &[&TagPieces]) -> Self {
        let r = coders.len();
        let pairs = r * r.saturating_sub(1) / 2;
        let mut pooled_counts = CoverageCounts::new(r);
        let mut pooled_parts = Vec::with_capacity(tags.len());
        let mut pooled_pairs: Vec<PairAccumulator> = (0..pairs).map(|_| PairAccumulator::default()).collect();
        let mut anything_coded = false;
        let mut segments = (0, 0);
        for piece in tags {
            pooled_counts.merge(&piece.counts);
            pooled_parts.push(piece.parts);
            anything_coded |= piece.coded;
            segments = (segments.0 + piece.segments.0, segments.1 + piece.segments.1);
            for (pooled, pair) in pooled_pairs.iter_mut().zip(&piece.pairs) {
                pooled.add(pair.accumulator.clone());
            }
        }
        let table = pooled_pairs.first().map(|p| p.table);
        let overall = measures(r, &pooled_counts, &pooled_parts, table, segments, anything_coded);
        let pair_indices = (0..r).flat_map(|i| (i + 1..r).map(move |j| (i, j)));
        let overall_pairs =
            pair_indices.zip(pooled_pairs).map(|((i, j), pair)| pair.result(coders[i], coders[j])).collect();
        Self {
            coders,
            code_points,
            tags: tags.iter().map(|piece| piece.result.clone()).collect(),
            overall,
            overall_pairs,
        }
    }

    /// Results whose every value is undefined for the same reason.
    pub fn undefined(coders: Vec<usize>, tags: &[TagId], why: Undefined) -> Self {
        let r = coders.len();
        let tags = tags
            .iter()
            .map(|tag| TagResult {
                tag: tag.clone(),
                units: vec![0; r],
                coded: vec![0; r],
                measures: Measures::undefined(why),
                pairs: Vec::new(),
            })
            .collect();
        Self { coders, code_points: 0, tags, overall: Measures::undefined(why), overall_pairs: Vec::new() }
    }
}

/// A pair's counts on one tag, or summed over tags.
#[derive(Clone, Debug, Default)]
struct PairAccumulator {
    table: BinaryTable,
    segments: (usize, usize),
    parts: Vec<unitizing::Disagreement>,
    coded: bool,
}

impl PairAccumulator {
    /// The pair's counts, given which of each coder's segments the other matched
    /// (`matched`, from [`segments::matched`]).
    fn of(code_points: usize, first: &[Span], second: &[Span], matched: (&[bool], &[bool])) -> Self {
        let both = continuum::intersection_len(first, second);
        let table = BinaryTable::from_counts(
            code_points as u64,
            continuum::covered(first) as u64,
            continuum::covered(second) as u64,
            both as u64,
        );
        let (a, b) = matched;
        let count = a.iter().chain(b).filter(|m| **m).count();
        let parts = unitizing::category_disagreement(code_points, &[first, second]).unwrap_or_default();
        let coded = !first.is_empty() || !second.is_empty();
        Self { table, segments: (count, a.len() + b.len()), parts: vec![parts], coded }
    }

    fn add(&mut self, other: Self) {
        self.table = self.table + other.table;
        self.segments = (self.segments.0 + other.segments.0, self.segments.1 + other.segments.1);
        self.parts.extend(other.parts);
        self.coded |= other.coded;
    }

    fn result(&self, first: usize, second: usize) -> PairResult {
        let chance = |value: Value| if self.coded { value } else { Value::Undefined(Undefined::NothingCoded) };
        PairResult {
            first,
            second,
            table: self.table,
            segments: self.segments,
            percent: self.table.percent(),
            cohen_kappa: chance(self.table.cohen_kappa()),
            alpha_u: chance(unitizing::alpha_u(&self.parts, 2)),
            segments_matched: share(self.segments),
        }
    }
}

/// What one pair of coders contributes to a tag's results (and, pooled, to the
/// overall ones): computed once per pair, tag and threshold, reusable for any
/// set of coders that holds the pair (the app's Agreement view keeps them).
#[derive(Clone, Debug)]
pub struct PairPieces {
    accumulator: PairAccumulator,
    /// Which of the first coder's segments the second matched, and the reverse.
    matched: (Vec<bool>, Vec<bool>),
}

impl PairPieces {
    /// The pair's 2×2 table, matched segments and unitizing disagreement on a
    /// continuum of `code_points` code points; `first` and `second` are the two
    /// coders' united spans of the tag (sorted, disjoint, inside the continuum).
    /// O(n log n) in the spans.
    pub fn compute(code_points: usize, first: &[Span], second: &[Span], threshold: Threshold) -> Self {
        let matched = segments::matched(first, second, threshold);
        let accumulator = PairAccumulator::of(code_points, first, second, (&matched.0, &matched.1));
        Self { accumulator, matched }
    }
}

/// One tag's results for one list of coders, with what pools it with other tags
/// into the overall measures ([`Results::combine`]). Computed once per coder
/// list, tag and threshold (through its pairs).
#[derive(Clone, Debug)]
pub struct TagPieces {
    result: TagResult,
    counts: CoverageCounts,
    parts: unitizing::Disagreement,
    pairs: Vec<PairPieces>,
    /// Segments matched by at least one other coder, and all segments.
    segments: (usize, usize),
    coded: bool,
}

impl TagPieces {
    /// The results of `tag` for `coders` (indices into the report's coders;
    /// `per_coder[r]` the united spans of `coders[r]`, sorted, disjoint, inside
    /// the continuum of `code_points` code points). `pair(i, j)` gives the pieces
    /// of coders `i` < `j` (positions in `coders`), computed with
    /// [`PairPieces::compute`] or remembered. O(R · n log n) for R coders besides
    /// the pairs.
    pub fn compute(
        code_points: usize,
        coders: &[usize],
        tag: &TagId,
        per_coder: &[Vec<Span>],
        mut pair: impl FnMut(usize, usize) -> PairPieces,
    ) -> Self {
        let r = coders.len();
        let counts = CoverageCounts::from_histogram(continuum::coverage_histogram(code_points, per_coder));
        let parts = unitizing::category_disagreement(code_points, per_coder).unwrap_or_default();
        let mut pairs = Vec::with_capacity(r * r.saturating_sub(1) / 2);
        let mut results = Vec::with_capacity(pairs.capacity());
        // A segment is matched when any other coder matched it (README: "the share
        // of segments that another coder matched"), not once per pair.
        let mut matched: Vec<Vec<bool>> = per_coder.iter().map(|spans| vec![false; spans.len()]).collect();
        for i in 0..r {
            for j in i + 1..r {
                let pieces = pair(i, j);
                for (any, found) in matched[i].iter_mut().zip(&pieces.matched.0) {
                    *any |= found;
                }
                for (any, found) in matched[j].iter_mut().zip(&pieces.matched.1) {
                    *any |= found;
                }
                results.push(pieces.accumulator.result(coders[i], coders[j]));
                pairs.push(pieces);
            }
        }
        let segments = (matched.iter().flatten().filter(|m| **m).count(), matched.iter().map(Vec::len).sum());
        let coded = per_coder.iter().any(|spans| !spans.is_empty());
        let measures = measures(r, &counts, &[parts], results.first().map(|p| p.table), segments, coded);
        let result = TagResult {
            tag: tag.clone(),
            units: per_coder.iter().map(Vec::len).collect(),
            coded: per_coder.iter().map(|spans| continuum::covered(spans)).collect(),
            measures,
            pairs: results,
        };
        Self { result, counts, parts, pairs, segments, coded }
    }

    /// The tag's row of the results.
    pub fn result(&self) -> &TagResult {
        &self.result
    }
}

/// matched / total, undefined without segments.
#[allow(clippy::cast_precision_loss)] // segment counts are far below 2⁵³
fn share((matched, total): (usize, usize)) -> Value {
    if total == 0 {
        return Value::Undefined(Undefined::NothingCoded);
    }
    Value::Defined(matched as f64 / total as f64)
}

fn measures(
    coders: usize,
    counts: &CoverageCounts,
    parts: &[unitizing::Disagreement],
    first_pair: Option<BinaryTable>,
    segments: (usize, usize),
    coded: bool,
) -> Measures {
    if coders < 2 {
        return Measures::undefined(Undefined::OneCoder);
    }
    // With nothing coded the chance-corrected coefficients are 0/0: say why.
    let chance = |value: Value| if coded { value } else { Value::Undefined(Undefined::NothingCoded) };
    Measures {
        percent: counts.percent(),
        cohen_kappa: match (coders, first_pair) {
            (2, Some(table)) => chance(table.cohen_kappa()),
            _ => Value::Undefined(Undefined::MoreThanTwoCoders),
        },
        fleiss_kappa: if coders >= 3 { chance(counts.fleiss_kappa()) } else { Value::Undefined(Undefined::TwoCoders) },
        krippendorff_alpha: chance(counts.krippendorff_alpha()),
        alpha_u: chance(unitizing::alpha_u(parts, coders)),
        segments_matched: share(segments),
    }
}

/// One document's results.
#[derive(Clone, Debug)]
pub struct DocumentReport {
    /// The document's name (path) as given.
    pub name: String,
    /// Its title.
    pub title: String,
    /// Its fingerprint.
    pub fingerprint: Fingerprint,
    /// Number of paragraphs.
    pub paragraphs: usize,
    /// The annotation sources read for it.
    pub sources: Vec<String>,
    /// Whether it is in the pooled results (all coders coded it).
    pub pooled: bool,
    /// The results on its continuum.
    pub results: Results,
}

/// A place where two coders differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    /// The document (index into [`Report::documents`]).
    pub document: usize,
    /// What kind.
    pub kind: DisagreementKind,
    /// The coder of the first passage (index into [`Report::coders`]).
    pub coder: usize,
    /// The tag they gave it.
    pub tag: TagId,
    /// Their passage (shared: the app's view reuses passages between reports).
    pub passage: Arc<Passage>,
    /// The other coder of the pair.
    pub other_coder: usize,
    /// The other coder's tag and passage; none when they did not code it.
    pub other: Option<(TagId, Arc<Passage>)>,
}

/// Why an annotation or a document was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exclusion {
    /// Found only approximately or ambiguously in the document: needs review.
    Moved,
    /// Not found in the document.
    Orphaned,
    /// It has no tag.
    Untagged,
    /// The document was not coded by all coders: left out of the pooled results.
    NotCodedByAll {
        /// The coders without annotations on it.
        missing: Vec<String>,
    },
}

impl fmt::Display for Exclusion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Moved => {
                f.write_str("moved: found only approximately in the document (review it with `glosa check`)")
            }
            Self::Orphaned => f.write_str("orphaned: not found in the document"),
            Self::Untagged => f.write_str("no tag"),
            Self::NotCodedByAll { missing } => {
                write!(f, "not in the pooled results: no annotations by {}", coder_list(missing))
            }
        }
    }
}

/// An annotation, or a whole document, left out of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excluded {
    /// The document (index into [`Report::documents`]).
    pub document: usize,
    /// The annotation source; none for a document.
    pub source: Option<String>,
    /// The annotation; none for a document.
    pub annotation: Option<AnnotationId>,
    /// Its coder.
    pub coder: Option<String>,
    /// Its stored quote.
    pub quote: String,
    /// Why.
    pub reason: Exclusion,
}

/// The result of a comparison.
#[derive(Clone, Debug)]
pub struct Report {
    /// The coders compared, in order.
    pub coders: Vec<String>,
    /// The tags compared, in order.
    pub tags: Vec<TagId>,
    /// The segment-matching threshold used.
    pub threshold: Threshold,
    /// Per document, in input order.
    pub documents: Vec<DocumentReport>,
    /// Pooled over the documents all coders coded (continua concatenated).
    pub pooled: Results,
    /// Annotations and documents left out.
    pub excluded: Vec<Excluded>,
    /// Where coders differ, by document and position (the start of the earlier of
    /// the two passages), then kind, coders and tag; each [`Disagreement`] is built
    /// when asked for (see [`Disagreements`]).
    pub disagreements: Disagreements,
}

/// One document's annotations sorted by coder and tag.
struct Collected<'a> {
    continuum: Continuum,
    /// Coders with at least one annotation on the document (before any choice).
    present: BTreeSet<&'a str>,
    /// Spans by tag, then coder.
    units: BTreeMap<&'a TagId, BTreeMap<&'a str, Vec<Span>>>,
}

/// Compares the coders' annotations on each document, and pooled over them.
///
/// Errors when there are no documents or a coder in `options.coders` has no
/// annotation on any of them. Runs in O(n log n) in the number of annotations plus
/// the length of the documents (anchoring reads each annotated paragraph).
pub fn compare(inputs: &[DocumentInput<'_>], options: &Options) -> Result<Report, AgreementError> {
    if inputs.is_empty() {
        return Err(AgreementError::NoDocuments);
    }
    let mut excluded = Vec::new();
    let collected: Vec<Collected> =
        inputs.iter().enumerate().map(|(index, input)| collect(index, input, options, &mut excluded)).collect();
    let all_present: BTreeSet<&str> = collected.iter().flat_map(|c| c.present.iter().copied()).collect();
    let coders: Vec<String> = if options.coders.is_empty() {
        all_present.iter().map(|c| (*c).to_owned()).collect()
    } else {
        if let Some(coder) = options.coders.iter().find(|c| !all_present.contains(c.as_str())) {
            let known = all_present.iter().map(|c| (*c).to_owned()).collect();
            return Err(AgreementError::UnknownCoder { coder: coder.clone(), known });
        }
        options.coders.clone()
    };
    let tags: Vec<TagId> = if options.tags.is_empty() {
        let used: BTreeSet<&TagId> = collected.iter().flat_map(|c| c.units.keys().copied()).collect();
        used.into_iter().cloned().collect()
    } else {
        options.tags.clone()
    };

    let mut documents = Vec::with_capacity(inputs.len());
    let mut disagreements = Disagreements::new();
    let shared_tags: Arc<[TagId]> = tags.clone().into();
    let mut pool: Vec<(usize, Vec<Vec<Vec<Span>>>)> = Vec::new();
    for (index, (input, data)) in inputs.iter().zip(&collected).enumerate() {
        let local: Vec<usize> = (0..coders.len()).filter(|&i| data.present.contains(coders[i].as_str())).collect();
        let mut units: Vec<Vec<Vec<Span>>> = tags
            .iter()
            .map(|tag| {
                let by_coder = data.units.get(tag);
                local
                    .iter()
                    .map(|&i| by_coder.and_then(|by| by.get(coders[i].as_str())).cloned().unwrap_or_default())
                    .collect()
            })
            .collect();
        for spans in units.iter_mut().flatten() {
            continuum::unite(spans);
        }
        let (records, passages) =
            document_disagreements(input.document, &data.continuum, local.len(), &units, options.threshold);
        disagreements.push_document(index, records, local.as_slice().into(), shared_tags.clone(), Arc::new(passages));
        let pooled = local.len() == coders.len();
        if pooled {
            pool.push((data.continuum.len(), units.clone()));
        } else {
            let missing: Vec<String> = coders.iter().filter(|c| !data.present.contains(c.as_str())).cloned().collect();
            excluded.push(Excluded {
                document: index,
                source: None,
                annotation: None,
                coder: None,
                quote: String::new(),
                reason: Exclusion::NotCodedByAll { missing },
            });
        }
        let results = Results::compute(data.continuum.len(), local, &tags, units, options.threshold);
        documents.push(DocumentReport {
            name: input.name.to_owned(),
            title: input.document.title().to_owned(),
            fingerprint: input.document.fingerprint().clone(),
            paragraphs: input.document.paragraphs().len(),
            sources: input.sources.iter().map(|s| s.name.to_owned()).collect(),
            pooled,
            results,
        });
    }
    let pooled = pooled_results(&documents, &pool, coders.len(), &tags, options.threshold);
    Ok(Report { coders, tags, threshold: options.threshold, documents, pooled, excluded, disagreements })
}

/// Resolves one document's annotations and sorts their spans by tag and coder;
/// appends what cannot be compared to `excluded`.
fn collect<'a>(
    index: usize,
    input: &'a DocumentInput<'a>,
    options: &'a Options,
    excluded: &mut Vec<Excluded>,
) -> Collected<'a> {
    let chosen_tags: BTreeSet<&TagId> = options.tags.iter().collect();
    let chosen_coders: BTreeSet<&str> = options.coders.iter().map(String::as_str).collect();
    let continuum = Continuum::of(input.document);
    let anchorer = Anchorer::new(input.document);
    let mut present = BTreeSet::new();
    let mut units: BTreeMap<&TagId, BTreeMap<&str, Vec<Span>>> = BTreeMap::new();
    for source in &input.sources {
        for annotation in source.annotations {
            let coder = options.aliases.coder_of(&annotation.author);
            present.insert(coder);
            if !chosen_coders.is_empty() && !chosen_coders.contains(coder) {
                continue;
            }
            let exclude = |reason| Excluded {
                document: index,
                source: Some(source.name.to_owned()),
                annotation: Some(annotation.id),
                coder: Some(coder.to_owned()),
                quote: annotation.quote(),
                reason,
            };
            if annotation.tags.is_empty() {
                excluded.push(exclude(Exclusion::Untagged));
                continue;
            }
            let tags: Vec<&TagId> =
                annotation.tags.iter().filter(|t| chosen_tags.is_empty() || chosen_tags.contains(t)).collect();
            if tags.is_empty() {
                continue;
            }
            let anchor = anchorer.resolve(annotation);
            match anchor.status {
                AnchorStatus::Anchored => {}
                AnchorStatus::Moved => {
                    excluded.push(exclude(Exclusion::Moved));
                    continue;
                }
                AnchorStatus::Orphaned => {
                    excluded.push(exclude(Exclusion::Orphaned));
                    continue;
                }
            }
            let locations: Vec<Location> = anchor.segments.iter().filter_map(|s| s.location).collect();
            let spans = continuum.spans_of(&locations);
            for tag in tags {
                units.entry(tag).or_default().entry(coder).or_default().extend(&spans);
            }
        }
    }
    Collected { continuum, present, units }
}

/// Every pair of a document's `coders` coders' disagreements, sorted by position
/// (then kind, coders and tag; coders as positions in `units[tag]`, tags as
/// indices into `units`), and the passages they name (of `doc`, whose continuum
/// is `continuum`).
fn document_disagreements(
    doc: &Document,
    continuum: &Continuum,
    coders: usize,
    units: &[Vec<Vec<Span>>],
    threshold: Threshold,
) -> (Vec<segments::RawDisagreement>, PassageTable) {
    let mut raw = Vec::new();
    for i in 0..coders {
        for j in i + 1..coders {
            raw.extend(segments::disagreements(units, i, j, threshold));
        }
    }
    let raw = disagreements::sort_records(raw);
    let spans = raw.iter().flat_map(|r| std::iter::once(r.span).chain(r.other.map(|(_, span)| span))).collect();
    (raw, PassageTable::of(doc, continuum, spans))
}

/// The results over the documents all coders coded, their continua concatenated
/// with one separator code point between documents.
fn pooled_results(
    documents: &[DocumentReport],
    pool: &[(usize, Vec<Vec<Vec<Span>>>)],
    coders: usize,
    tags: &[TagId],
    threshold: Threshold,
) -> Results {
    let all_coders: Vec<usize> = (0..coders).collect();
    if pool.len() == 1
        && let Some(only) = documents.iter().find(|d| d.pooled)
    {
        return only.results.clone();
    }
    if pool.is_empty() {
        return Results::undefined(all_coders, tags, Undefined::NoCommonDocument);
    }
    let mut offset = 0;
    let mut units: Vec<Vec<Vec<Span>>> = vec![vec![Vec::new(); coders]; tags.len()];
    for (length, document_units) in pool {
        for (pooled_tag, tag_units) in units.iter_mut().zip(document_units) {
            for (pooled_coder, spans) in pooled_tag.iter_mut().zip(tag_units) {
                pooled_coder.extend(spans.iter().map(|s| s.shifted(offset)));
            }
        }
        offset += length + 1;
    }
    Results::compute(offset - 1, all_coders, tags, units, threshold)
}

#[cfg(test)]
mod tests;
