//! Anchoring: finding each annotation segment again in the current document.
//!
//! A segment stores its paragraph ID, code point offsets, the exact quote, up to 32
//! code points of prefix and suffix, and the IDs of the paragraphs around it (see
//! [`super::annotation`]). After the W3C Web Annotation model and the Hypothesis
//! client, but with one rule they do not have: **a status of *anchored* is a
//! promise** that the note is on the passage it was written for. It is given only
//! with evidence that the place is the same; anything less is *moved* (shown, with a
//! [`MoveReason`], for review) or *orphaned* (kept with its quote, never dropped).
//! Precision first, then recall.
//!
//! # Evidence
//!
//! - **The paragraph's own text.** A paragraph ID is a hash of the paragraph's text,
//!   so a paragraph with the stored ID (or the same ID without its `-k` occurrence
//!   suffix) has exactly the annotated text. Its only doubt is *which copy* when the
//!   text is repeated: occurrence suffixes shift when a copy is inserted above or
//!   deleted, so an ID with a suffix is never trusted alone.
//! - **The neighbours.** The stored IDs of the paragraphs before and after (the start
//!   and end of the document count as neighbours). A neighbour is *adjacent* to a
//!   candidate paragraph when it is right next to it on the right side, *near* when
//!   it is on the right side within [`MAX_GAP`] paragraphs, and *contradicts* when it
//!   is on the wrong side or farther. A neighbour whose text was edited is *missing*
//!   and says nothing. When both surviving neighbours enclose a range of paragraphs,
//!   that range is the segment's **slot**: where the annotated paragraph, edited,
//!   must be.
//! - **The context.** Prefix and suffix are compared with the text next to a
//!   candidate, each side on its own ([`context_similarity`]): a semi-global edit
//!   distance anchored at the quote, so a word inserted next to the quote costs its
//!   length and the far end of the window is free. A side *agrees* at
//!   ≥ [`CONTEXT_AGREES`].
//!
//! # Rules, in order
//!
//! 1. **Same text, same place** (the common case, checked without allocating): the
//!    stored ID exists, the quote is at the stored offsets and both neighbours are
//!    adjacent: *anchored*.
//! 2. **Same text.** The paragraphs whose text is the annotated paragraph's (its
//!    copies; after a PDF-style re-wrap also the paragraphs that equal it once the
//!    hyphens inside words are removed). One copy and no sign that the text was ever
//!    repeated: *anchored* unless its neighbours contradict it and none is adjacent
//!    (the paragraph moved away from both: *moved*, context changed). Several copies,
//!    or an occurrence suffix / a neighbour that is itself a copy (the text was
//!    repeated when annotated): *anchored* only on the one copy both of whose
//!    neighbours are adjacent, or the only copy with one adjacent neighbour when no
//!    copy has disappeared; otherwise *moved*, several candidates.
//! 3. **Exact quote in the slot** (the paragraph was edited, both neighbours
//!    survive). Occurrences in one paragraph of the slot: *anchored* at the one whose
//!    context agrees — for a long quote on at least one side, for a quote shorter
//!    than [`SHORT_QUOTE_CHARS`] code points on both sides — and, if the quote occurs
//!    several times there, whose context beats the others' by [`DISTINCT_MARGIN`];
//!    otherwise *moved* (context changed or several candidates). Occurrences in two
//!    or more paragraphs of the slot (a paragraph inserted next to an edited one):
//!    *moved*, several candidates. The same, ignoring hyphens inside words and
//!    no-break spaces, if the exact quote is not there (re-wrapped text).
//! 4. **Exact quote next to one surviving neighbour** (the other neighbour was edited
//!    or deleted too): never *anchored* — that paragraph may be the edited neighbour,
//!    and a near-duplicate neighbour would then win silently — but *moved*, context
//!    changed (several candidates if it occurs in more than one paragraph).
//! 5. **Approximate quote in the slot or next to a surviving neighbour**: the best
//!    approximate occurrence (edit distance ≤ [`FUZZY_ERROR_PERCENT`] % of the quote,
//!    at least 1; quotes of [`MIN_FUZZY_CHARS`] to [`MAX_FUZZY_CHARS`] code points)
//!    whose context agrees: *moved*, fuzzy match.
//! 6. **Anywhere else** (the paragraph moved and changed, or every neighbour changed,
//!    as after a document-wide rename): exact occurrences — any for a long quote;
//!    for a short one, context agreeing on both sides ([`CONTEXT_AGREES`]), or on one
//!    side almost fully ([`LONE_CONTEXT_AGREES`]) or continuing it exactly
//!    ([`EXACT_RUN`]) — then approximate ones in the paragraphs that hold most of
//!    the quote's longer words (half of the six longest when no neighbour
//!    survives, all but one otherwise; looked up in a word index; not when both
//!    neighbours survive with paragraphs between them, where it was edited in
//!    place and a paragraph elsewhere sharing its words is a near-duplicate): never
//!    *anchored*, since a near-duplicate paragraph elsewhere (UN texts repeat whole
//!    sentences) fits as well as a moved one; *moved*, context changed, fuzzy match
//!    or several candidates.
//! 7. Otherwise **orphaned**: the quoted words were deleted or changed beyond the
//!    thresholds above.
//!
//! A paragraph whose ID is one of the stored neighbours' is never a candidate: it is
//! the neighbour, not the annotated paragraph (this is what keeps a deleted
//! paragraph's note off the near-identical paragraph that followed it,
//! hypothesis/client#7571).
//!
//! Known limit: a block of several identical paragraphs copied above an identical
//! block cannot be told from one copied below it; the note stays on the block whose
//! IDs match.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::annotation::{Annotation, CONTEXT_CHARS, Segment};
use super::document::Document;
use super::ids::{ParagraphId, assign_ids};
use super::text::CharOffset;

/// A side of context (prefix or suffix) agrees with a candidate's at this similarity
/// (0–1, see [`context_similarity`]). One word of 6–8 letters inserted or replaced
/// next to a 32-code-point context leaves 0.75–0.8; unrelated text of the same
/// language scores 0.2–0.45 (measured on the corpus by the adversarial suite).
pub const CONTEXT_AGREES: f64 = 0.6;
/// Quotes shorter than this (code points) are "short": a word, an acronym, a
/// stakeholder name. Their context must agree on both sides.
pub const SHORT_QUOTE_CHARS: usize = 20;
/// Strong agreement of a side of context (0–1): a word of up to 8 letters inserted
/// or replaced right next to the quote still leaves it; a formulaic phrase around
/// the same words in a rewritten sentence ("…el párrafo 69 de la Agenda…") rarely
/// reaches it. Both sides of a short quote, or one side of a long one, must agree
/// this well to anchor it in its edited paragraph.
pub const STRONG_CONTEXT: f64 = 0.75;
/// Code points of context right next to the quote that must be unchanged on at
/// least one side to anchor it in its edited paragraph (fewer if the stored side is
/// shorter). An occurrence a few words away in the same sentence fits both sides'
/// context at about [`STRONG_CONTEXT`] shifted by those words, but continues
/// neither side exactly.
pub const EXACT_RUN: usize = 8;
/// A quote shorter than this (code points) found in its edited paragraph more than
/// [`MAX_SHIFT`] code points from where it was is *moved*, not *anchored*: a
/// phrase of a few words can occur twice in a paragraph with much the same
/// context ("…self-regulatory norms and enforcement mechanisms…").
pub const SETTLED_QUOTE_CHARS: usize = 40;
/// See [`SETTLED_QUOTE_CHARS`].
pub const MAX_SHIFT: usize = 100;
/// Below this similarity (0–1) a side of context is unrelated text.
pub const CONTEXT_FLOOR: f64 = 0.5;
/// A stored side of context shorter than this (code points: the quote was at or
/// near its paragraph's edge) ranks candidates but is no evidence: "Toda " before a
/// quote is what half the articles of a declaration start with.
pub const MIN_EVIDENCE_CHARS: usize = 12;
/// A side of context this similar (0–1) is intact but for a letter or two.
pub const INTACT_SIDE: f64 = 0.95;
/// A short quote that began or ended its paragraph has only one side of context;
/// it must agree this well. UN texts open paragraphs with formulas ("Toda persona
/// tiene derecho…", "Каждый человек имеет право…") that agree up to ~0.8, and a
/// name spelled differently ("Internet and Society" / "Internet & Society") 0.9.
pub const LONE_CONTEXT_AGREES: f64 = 0.95;

/// Mean context similarity (0–1) an approximate match of a long quote needs.
pub const FUZZY_CONTEXT: f64 = 0.5;
/// How much better (in mean context similarity) one occurrence of a quote repeated in
/// its paragraph must fit than the next one to be chosen without review.
pub const DISTINCT_MARGIN: f64 = 0.2;
/// Quotes shorter than this (code points) are never matched approximately.
pub const MIN_FUZZY_CHARS: usize = 8;
/// Longest quote (code points) searched approximately; longer ones are only found
/// exactly.
pub const MAX_FUZZY_CHARS: usize = 4000;
/// Most edits (as a percentage of the quote's code points, at least 1) for an
/// approximate match.
pub const FUZZY_ERROR_PERCENT: usize = 15;
/// How far (in paragraphs) a neighbour may be from a candidate and still be on its
/// side: paragraphs inserted between them.
pub const MAX_GAP: usize = 8;

/// Code points of stored context that, found elsewhere, make a paragraph a rival
/// of an unedited copy (see `Anchorer::context_elsewhere`).
const RIVAL_CONTEXT_CHARS: usize = 24;
/// Extra code points of the current text compared with a side of stored context, so
/// that words inserted next to the quote do not push the stored words out of view.
const CONTEXT_SLACK: usize = 16;
/// Most occurrences of a quote examined in the whole document.
const MAX_HITS: usize = 2_000;
/// Most occurrences of a short quote (under [`SHORT_QUOTE_CHARS`]) examined in a
/// search over more than `2 × MAX_GAP` paragraphs (the whole document, a slot
/// widened by many inserted paragraphs): a word such as `de` occurs tens of
/// thousands of times, and a file of annotations quoting it must still load at
/// well under 1 s per MB (issue 7). There a short quote is never *anchored*, only
/// *moved* when its context agrees; past this many occurrences (in document order)
/// it may stay orphaned. Searches in a slot of a few paragraphs keep [`MAX_HITS`].
const MAX_SHORT_HITS: usize = 64;
/// Most paragraphs verified with the approximate matcher when no neighbour survives.
const MAX_FUZZY_PARAGRAPHS: usize = 24;
/// Words at least this long (code points) locate an edited quote's paragraph.
const MIN_SHARED_WORD_CHARS: usize = 5;

/// How well a segment or annotation fits the current document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnchorStatus {
    /// Found with evidence that it is the same place: the note is where it was made.
    Anchored,
    /// Found, but the evidence is incomplete or ambiguous: needs review. See
    /// [`MoveReason`].
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

/// Why a segment is *moved* rather than *anchored*: what a reviewer should check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MoveReason {
    /// The quote is intact, but the text around it or the paragraphs next to it
    /// changed (its paragraph moved, or a neighbour was edited too), so the place
    /// is not certain.
    ContextChanged,
    /// The quote's own words changed; the place shown is the closest approximate
    /// match.
    FuzzyMatch,
    /// More than one place fits about equally well (a repeated paragraph, a
    /// near-duplicate paragraph, a quote that occurs twice); the best guess is
    /// shown.
    SeveralCandidates,
}

impl MoveReason {
    /// `context changed`, `fuzzy match` or `several candidates`: what `glosa check`
    /// prints.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ContextChanged => "context changed",
            Self::FuzzyMatch => "fuzzy match",
            Self::SeveralCandidates => "several candidates",
        }
    }

    /// One sentence for a reviewer, e.g. for a tooltip.
    pub fn explanation(self) -> &'static str {
        match self {
            Self::ContextChanged => {
                "The quoted words are intact, but the text around them or the paragraphs next to them changed."
            }
            Self::FuzzyMatch => "The quoted words changed; this is the closest match.",
            Self::SeveralCandidates => "Several places fit about equally well; this is the best guess.",
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
    /// Why it is moved; `None` unless the status is [`AnchorStatus::Moved`].
    pub reason: Option<MoveReason>,
}

impl Resolved {
    const ORPHAN: Self = Self { status: AnchorStatus::Orphaned, location: None, reason: None };

    fn anchored(location: Location) -> Self {
        Self { status: AnchorStatus::Anchored, location: Some(location), reason: None }
    }

    fn moved(location: Location, reason: MoveReason) -> Self {
        Self { status: AnchorStatus::Moved, location: Some(location), reason: Some(reason) }
    }
}

/// The result of resolving an annotation: its worst segment status and each segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnotationAnchor {
    /// The worst status of its segments.
    pub status: AnchorStatus,
    /// One per segment, in order.
    pub segments: Vec<Resolved>,
}

impl AnnotationAnchor {
    /// Why the annotation is moved: the reason of its first moved segment; `None`
    /// unless the status is [`AnchorStatus::Moved`].
    pub fn reason(&self) -> Option<MoveReason> {
        if self.status != AnchorStatus::Moved {
            return None;
        }
        self.segments.iter().find_map(|s| s.reason)
    }
}

/// Where a stored neighbour is in the current document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// The segment's paragraph was first (for `before`) or last (for `after`).
    Edge,
    /// At this paragraph index.
    Found(usize),
    /// Its text changed or it was deleted.
    Missing,
}

/// The stored neighbours, located.
#[derive(Clone, Copy, Debug)]
struct Neighbours {
    before: Side,
    after: Side,
    /// Whether the stored neighbour is a copy of the annotated paragraph's text.
    before_is_copy: bool,
    after_is_copy: bool,
}

/// How a candidate paragraph sits relative to the stored neighbours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Support {
    /// Neighbours right next to it (a neighbour that is a copy of the text does not
    /// count).
    adjacent: u8,
    /// Neighbours on the right side within [`MAX_GAP`] (including copies adjacent).
    near: u8,
    /// Neighbours on the wrong side or farther.
    contradicting: u8,
    /// Neighbours whose text changed: no evidence either way.
    missing: u8,
}

impl Support {
    /// Both neighbours right next to it, or one with the other edited away: the
    /// place is confirmed without looking further.
    fn confirmed(self) -> bool {
        self.adjacent == 2 || (self.adjacent == 1 && self.missing == 1)
    }
}

/// Where the annotated paragraph, edited, must be.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Slot {
    /// Both neighbours survive: strictly between them.
    Full(Range<usize>),
    /// One neighbour survives: paragraphs on its side; `adjacent` is the one right
    /// next to it.
    Half { range: Range<usize>, adjacent: usize },
    /// No neighbour survives, or they are out of order.
    Unknown,
}

/// One occurrence of a quote.
#[derive(Clone, Copy, Debug)]
struct Hit {
    location: Location,
    /// Similarity of the prefix and of the suffix.
    sides: (f64, f64),
    /// Whether the stored prefix and suffix are shorter than [`MIN_EVIDENCE_CHARS`]
    /// (the quote began or ended its paragraph, or nearly): such a side ranks
    /// candidates but is no evidence.
    empty: (bool, bool),
    /// Whether the text right next to the occurrence continues the stored prefix
    /// and suffix exactly for [`EXACT_RUN`] code points.
    runs: (bool, bool),
    /// Whether the stored side reached the paragraph's edge and the text next to
    /// the occurrence is exactly it, to the same edge.
    edges: (bool, bool),
    /// Whether each side is intact but for at most one edit.
    one_error: (bool, bool),
    /// Edit distance (0 for exact and folded matches).
    distance: usize,
}

impl Hit {
    fn mean(&self) -> f64 {
        f64::midpoint(self.sides.0, self.sides.1)
    }

    fn min_side(&self) -> f64 {
        self.sides.0.min(self.sides.1)
    }

    fn max_side(&self) -> f64 {
        self.sides.0.max(self.sides.1)
    }

    /// Whether the context is evidence enough to anchor here. Only stored sides of
    /// [`MIN_EVIDENCE_CHARS`] or more count. At least one continues exactly
    /// ([`EXACT_RUN`]), and
    /// - a long quote: one side agrees strongly ([`STRONG_CONTEXT`]) and the other
    ///   is not unrelated ([`CONTEXT_FLOOR`]: a paragraph replaced by another that
    ///   ends with the same formula), or both agree ([`CONTEXT_AGREES`]);
    /// - a short quote: both stored sides agree strongly, or one is intact
    ///   ([`INTACT_SIDE`]) and the other agrees (a longer word inserted next to it);
    /// - a quote that began or ended its paragraph has one stored side, which must
    ///   agree at [`LONE_CONTEXT_AGREES`] (short) or [`STRONG_CONTEXT`] (long); a
    ///   short quote whose other side is found exactly to the same paragraph edge
    ///   may have one edit in its stored side (18 code points with an accent
    ///   dropped score 0.94).
    fn context_is_evidence(&self, short: bool) -> bool {
        let sides = [(self.sides.0, self.empty.0, self.runs.0), (self.sides.1, self.empty.1, self.runs.1)];
        let stored: Vec<f64> = sides.iter().filter(|(_, empty, _)| !empty).map(|(s, _, _)| *s).collect();
        if !sides.iter().any(|(_, empty, run)| !empty && *run) {
            return false;
        }
        let high = stored.iter().copied().fold(0.0, f64::max);
        let low = stored.iter().copied().fold(1.0, f64::min);
        // The short side of a quote at its paragraph's edge, found exactly to the
        // same edge, with the long side intact but for one edit (an accent dropped
        // or added next to the quote: "cafe\u{301}tera" → "cafetera").
        let edge_and_one_error = (self.empty.0 && self.edges.0 && !self.empty.1 && self.one_error.1)
            || (self.empty.1 && self.edges.1 && !self.empty.0 && self.one_error.0);
        match (short, stored.len()) {
            (true, 1) => high >= LONE_CONTEXT_AGREES || edge_and_one_error,
            (false, 1) => high >= STRONG_CONTEXT,
            (true, _) => low >= STRONG_CONTEXT || (high >= INTACT_SIDE && low >= CONTEXT_AGREES),
            (false, _) => (high >= STRONG_CONTEXT && low >= CONTEXT_FLOOR) || low >= CONTEXT_AGREES,
        }
    }
}

/// A paragraph's text with hyphens inside words removed and no-break spaces made
/// spaces (see [`fold`]), with the code point offset in the real text of each code
/// point of the folded text.
#[derive(Debug)]
struct FoldedParagraph {
    index: usize,
    text: String,
    map: Vec<usize>,
}

/// Paragraphs that [`fold`] changes, built when first needed.
#[derive(Debug, Default)]
struct Folded {
    paragraphs: Vec<FoldedParagraph>,
    /// The ID (without occurrence suffix) each folded text would have, to the
    /// position in `paragraphs`.
    by_id: HashMap<ParagraphId, usize>,
}

/// Resolves segments against one document. Create once per document, then resolve
/// any number of segments. Creating one is cheap (no scan of the document); what a
/// rarer rule needs is computed on first use.
pub struct Anchorer<'d> {
    doc: &'d Document,
    /// Repeated texts: ID without occurrence suffix → indices of its copies.
    copies: OnceLock<HashMap<&'d str, Vec<usize>>>,
    folded: OnceLock<Folded>,
    /// Words of [`MIN_SHARED_WORD_CHARS`] code points or more → the paragraphs
    /// holding them (ascending, once each), computed on first use.
    words: OnceLock<HashMap<&'d str, Vec<u32>>>,
    /// The document has the very text the annotations were saved on (see
    /// [`Anchorer::on_saved_text`]).
    saved_text: bool,
}

impl<'d> Anchorer<'d> {
    /// Prepares to resolve segments in `doc`.
    pub fn new(doc: &'d Document) -> Self {
        Self { doc, copies: OnceLock::new(), folded: OnceLock::new(), words: OnceLock::new(), saved_text: false }
    }

    /// Says whether the document has the very text the annotations were saved on
    /// (the annotation file's fingerprint is the document's). Then every stored
    /// paragraph ID should exist; a segment whose ID no paragraph has (nor its
    /// copies, nor its text once folded) had its ID changed in the file, so a
    /// quote found in its place (rule 3) is *moved*, context changed, never
    /// *anchored*: a reviewer sees that the file was edited, and saving records
    /// the ID. Without it, rule 3 takes a missing ID for an edited paragraph.
    #[must_use]
    pub fn on_saved_text(mut self, saved_text: bool) -> Self {
        self.saved_text = saved_text;
        self
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
        if let Some(resolved) = self.same_place(segment) {
            return resolved;
        }
        let neighbours = self.neighbours(segment);
        if let Some(resolved) = self.same_text(segment, &neighbours) {
            return resolved;
        }
        let resolved = self.changed_text(segment, &neighbours);
        match resolved.location {
            // The text is the one the file was saved on, yet no paragraph has the
            // stored ID: the ID changed in the file, not the paragraph.
            Some(location) if self.saved_text && resolved.status == AnchorStatus::Anchored => {
                Resolved::moved(location, MoveReason::ContextChanged)
            }
            _ => resolved,
        }
    }

    /// The segment rebuilt at `location` (new offsets, quote, context, neighbours).
    pub fn relocate(&self, location: Location) -> Option<Segment> {
        Segment::new(self.doc, location.paragraph, location.start, location.end)
    }

    /// Rule 1, without allocating.
    fn same_place(&self, segment: &Segment) -> Option<Resolved> {
        let index = self.doc.index_of(&segment.paragraph)?;
        let paragraphs = self.doc.paragraphs();
        let text = self.doc.text_of(&paragraphs[index]);
        if !quote_at(text, segment.start.0, segment.end.0, &segment.quote) {
            return None;
        }
        let before = match &segment.neighbors.before {
            None => index == 0,
            Some(id) => index > 0 && paragraphs[index - 1].id == *id,
        };
        let after = match &segment.neighbors.after {
            None => index + 1 == paragraphs.len(),
            Some(id) => paragraphs.get(index + 1).is_some_and(|p| p.id == *id),
        };
        (before && after)
            .then(|| Resolved::anchored(Location { paragraph: index, start: segment.start, end: segment.end }))
    }

    fn neighbours(&self, segment: &Segment) -> Neighbours {
        let (base, _) = split_occurrence(segment.paragraph.as_str());
        let locate = |id: &Option<ParagraphId>| match id {
            None => (Side::Edge, false),
            Some(id) => {
                let is_copy = split_occurrence(id.as_str()).0 == base;
                let found = self.doc.index_of(id).or_else(|| self.folded_index_of(id.as_str()));
                (found.map_or(Side::Missing, Side::Found), is_copy)
            }
        };
        let (before, before_is_copy) = locate(&segment.neighbors.before);
        let (after, after_is_copy) = locate(&segment.neighbors.after);
        Neighbours { before, after, before_is_copy, after_is_copy }
    }

    /// How paragraph `index` sits relative to the neighbours.
    fn support(&self, index: usize, neighbours: &Neighbours) -> Support {
        let count = self.doc.paragraphs().len();
        let mut support = Support::default();
        // Distance from each neighbour to the candidate, counted on the neighbour's
        // side (1 = adjacent); `None` when it is on the wrong side.
        let before = match neighbours.before {
            Side::Edge => Some(Some(index + 1)),
            Side::Found(b) => Some(index.checked_sub(b).filter(|d| *d > 0)),
            Side::Missing => None,
        };
        let after = match neighbours.after {
            Side::Edge => Some(count.checked_sub(index)),
            Side::Found(a) => Some(a.checked_sub(index).filter(|d| *d > 0)),
            Side::Missing => None,
        };
        for (distance, is_copy) in [(before, neighbours.before_is_copy), (after, neighbours.after_is_copy)] {
            match distance {
                None => support.missing += 1,
                Some(Some(1)) if !is_copy => support.adjacent += 1,
                Some(Some(d)) if d <= MAX_GAP => support.near += 1,
                Some(_) => support.contradicting += 1,
            }
        }
        support
    }

    /// Repeated texts in the document, computed on first use.
    fn copies(&self) -> &HashMap<&'d str, Vec<usize>> {
        self.copies.get_or_init(|| {
            let doc = self.doc;
            let mut copies: HashMap<&'d str, Vec<usize>> = HashMap::new();
            for (i, paragraph) in doc.paragraphs().iter().enumerate() {
                let id = paragraph.id.as_str();
                // Fast test: only IDs with a second `-` can have a suffix.
                if id.len() > 2 && memchr::memchr(b'-', &id.as_bytes()[2..]).is_some() {
                    let (base, k) = split_occurrence(id);
                    if k > 1 {
                        copies.entry(base).or_default().push(i);
                    }
                }
            }
            for (base, list) in &mut copies {
                if let Some(first) = doc.index_of(&ParagraphId::new(*base)) {
                    list.push(first);
                }
                list.sort_unstable();
            }
            copies
        })
    }

    /// Rule 2.
    fn same_text(&self, segment: &Segment, neighbours: &Neighbours) -> Option<Resolved> {
        let (base, occurrence) = split_occurrence(segment.paragraph.as_str());
        let mut copies: Vec<usize> = if let Some(list) = self.copies().get(base) {
            list.clone()
        } else {
            let found = if occurrence > 1 {
                self.doc.index_of(&ParagraphId::new(base))
            } else {
                self.doc.index_of(&segment.paragraph)
            };
            found.into_iter().collect()
        };
        let mut folded = false;
        if copies.is_empty() {
            copies.extend(self.folded_index_of(base));
            folded = true;
        }
        let first = *copies.first()?;
        // The copies share one text: find the quote once.
        let (start, end, several_in_paragraph) = self.quote_in_same_text(segment, first, folded)?;
        let at = |paragraph: usize| Location { paragraph, start: CharOffset(start), end: CharOffset(end) };
        if several_in_paragraph {
            let best = self.best_copy(&copies, neighbours, &segment.paragraph);
            return Some(Resolved::moved(at(best), MoveReason::SeveralCandidates));
        }
        // The text was repeated when annotated if its ID has an occurrence suffix or
        // a neighbour is a copy of it.
        let known_copies = occurrence.max(if neighbours.before_is_copy || neighbours.after_is_copy { 2 } else { 1 });
        if copies.len() == 1 && known_copies == 1 {
            let support = self.support(first, neighbours);
            if support.confirmed() {
                return Some(Resolved::anchored(at(first)));
            }
            // Otherwise nothing may contradict its place (a text equal only once
            // folded needs a neighbour next to it or near), and no other paragraph
            // may look like the annotated one edited (when a paragraph is copied and
            // the original then edited, the unedited copy is not the note's place).
            let placed = (support.contradicting == 0 || support.adjacent > 0)
                && (!folded || support.adjacent + support.near > 0);
            // Next to one neighbour, only the quote itself elsewhere in the slot is a
            // rival; next to none, also the stored context or most of its words.
            let loose = support.adjacent == 0;
            return Some(if !placed {
                Resolved::moved(at(first), MoveReason::ContextChanged)
            } else if self.rival_in_slot(segment, neighbours, first, loose) {
                Resolved::moved(at(first), MoveReason::SeveralCandidates)
            } else {
                Resolved::anchored(at(first))
            });
        }
        let supports: Vec<Support> = copies.iter().map(|&c| self.support(c, neighbours)).collect();
        let both: Vec<usize> = (0..copies.len()).filter(|&i| supports[i].adjacent == 2).collect();
        if let [only] = both.as_slice() {
            return Some(Resolved::anchored(at(copies[*only])));
        }
        let one: Vec<usize> = (0..copies.len()).filter(|&i| supports[i].adjacent >= 1).collect();
        if let [only] = one.as_slice()
            && copies.len() >= known_copies as usize
            && supports[*only].confirmed()
        {
            return Some(Resolved::anchored(at(copies[*only])));
        }
        let best = self.best_copy(&copies, neighbours, &segment.paragraph);
        Some(Resolved::moved(at(best), MoveReason::SeveralCandidates))
    }

    /// Whether the slot of the annotated paragraph, apart from paragraph `except`,
    /// holds the quote exactly or approximately with agreeing context — or, when
    /// `loose`, a paragraph anywhere still holds its stored context
    /// ([`Anchorer::context_elsewhere`]) or the slot most of its words
    /// ([`Anchorer::words_in_slot`]).
    ///
    /// When no neighbour survives (a document-wide rename), the whole document is the
    /// slot: exact occurrences anywhere, approximate ones in the few paragraphs that
    /// share most of the quote's longer words.
    fn rival_in_slot(&self, segment: &Segment, neighbours: &Neighbours, except: usize, loose: bool) -> bool {
        let slot = self.slot(neighbours);
        let range = match &slot {
            Slot::Full(range) | Slot::Half { range, .. } => range.clone(),
            Slot::Unknown => 0..self.doc.paragraphs().len(),
        };
        let quote_chars = segment.quote.chars().count();
        let short = quote_chars < SHORT_QUOTE_CHARS;
        let mut exact = self.hits_in_paragraphs(segment, range.clone(), true);
        exact.extend(self.folded_hits(segment, range.clone()));
        if exact.iter().any(|h| h.location.paragraph != except && h.context_is_evidence(short)) {
            return true;
        }
        if loose && (self.context_elsewhere(segment, except) || self.words_in_slot(segment, &range, except)) {
            return true;
        }
        if !(MIN_FUZZY_CHARS..=MAX_FUZZY_CHARS).contains(&quote_chars) {
            return false;
        }
        let others: Vec<usize> = if slot == Slot::Unknown {
            self.paragraphs_sharing_words(segment, false).into_iter().filter(|&i| i != except).take(MAX_GAP).collect()
        } else {
            range.filter(|&i| i != except).take(2 * MAX_GAP).collect()
        };
        let mut fuzzy = self.fuzzy_in_paragraphs(segment, quote_chars, others);
        decide_fuzzy(&mut fuzzy, short).is_some()
    }

    /// Whether a paragraph other than `except` (and its copies) still holds
    /// [`RIVAL_CONTEXT_CHARS`] code points of the stored prefix or suffix, right where
    /// they met the quote: the annotated paragraph, edited, may be there while an
    /// unedited copy of it is elsewhere.
    fn context_elsewhere(&self, segment: &Segment, except: usize) -> bool {
        let (base, _) = split_occurrence(self.doc.paragraphs()[except].id.as_str());
        let prefix_chars = segment.prefix.chars().count();
        let prefix_tail = segment.prefix.char_indices().nth(prefix_chars.saturating_sub(RIVAL_CONTEXT_CHARS));
        let prefix_tail =
            prefix_tail.filter(|_| prefix_chars >= RIVAL_CONTEXT_CHARS).map(|(b, _)| &segment.prefix[b..]);
        let suffix_head = segment.suffix.char_indices().nth(RIVAL_CONTEXT_CHARS).map(|(b, _)| &segment.suffix[..b]);
        let full = self.doc.full_text().as_bytes();
        [prefix_tail, suffix_head].into_iter().flatten().any(|needle| {
            memchr::memmem::find_iter(full, needle.as_bytes()).take(MAX_HITS).any(|hit| {
                self.doc
                    .paragraph_at_byte(hit)
                    .is_some_and(|i| i != except && split_occurrence(self.doc.paragraphs()[i].id.as_str()).0 != base)
            })
        })
    }

    /// Whether a paragraph of `range` other than `except` (and its copies) holds at
    /// least half of the quote's longer words (four code points or more, the twelve
    /// longest; quotes with three such words or more): the annotated paragraph,
    /// heavily edited, may be there.
    fn words_in_slot(&self, segment: &Segment, range: &Range<usize>, except: usize) -> bool {
        let mut words: Vec<&str> =
            segment.quote.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).collect();
        words.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words.dedup();
        words.truncate(12);
        if words.len() < 3 || range.len() > 4 * MAX_GAP {
            return false;
        }
        let (base, _) = split_occurrence(self.doc.paragraphs()[except].id.as_str());
        range.clone().filter(|&i| i != except).any(|i| {
            let paragraph = &self.doc.paragraphs()[i];
            if split_occurrence(paragraph.id.as_str()).0 == base {
                return false;
            }
            let text = self.doc.text_of(paragraph).as_bytes();
            let found = words.iter().filter(|w| memchr::memmem::find(text, w.as_bytes()).is_some()).count();
            2 * found >= words.len()
        })
    }

    /// The copy with the best support; ties go to the one with the stored ID, then
    /// the first.
    fn best_copy(&self, copies: &[usize], neighbours: &Neighbours, stored: &ParagraphId) -> usize {
        let paragraphs = self.doc.paragraphs();
        copies
            .iter()
            .copied()
            .max_by_key(|&c| {
                let s = self.support(c, neighbours);
                (
                    s.adjacent,
                    s.near,
                    std::cmp::Reverse(s.contradicting),
                    paragraphs[c].id == *stored,
                    std::cmp::Reverse(c),
                )
            })
            .unwrap_or(copies[0])
    }

    /// Where the quote is in paragraph `index`, whose text is the annotated
    /// paragraph's (or equals it once folded): (start, end, whether several
    /// occurrences fit equally).
    fn quote_in_same_text(&self, segment: &Segment, index: usize, folded: bool) -> Option<(usize, usize, bool)> {
        let text = self.doc.text_of(&self.doc.paragraphs()[index]);
        if !folded && quote_at(text, segment.start.0, segment.end.0, &segment.quote) {
            return Some((segment.start.0, segment.end.0, false));
        }
        // Offsets from another tool, or a re-wrapped text: look for it.
        let mut hits = self.hits_in_paragraphs(segment, index..index + 1, false);
        if hits.is_empty() {
            hits = self.folded_hits(segment, index..index + 1);
        }
        let (best, distinct) = best_hit(&mut hits, segment.start.0)?;
        Some((best.location.start.0, best.location.end.0, !distinct))
    }

    /// Rules 3 to 7: the annotated paragraph's text changed.
    fn changed_text(&self, segment: &Segment, neighbours: &Neighbours) -> Resolved {
        let quote_chars = segment.quote.chars().count();
        let short = quote_chars < SHORT_QUOTE_CHARS;
        let slot = self.slot(neighbours);
        let (range, adjacent) = match &slot {
            Slot::Full(range) => (range.clone(), None),
            Slot::Half { range, adjacent } => (range.clone(), Some(*adjacent)),
            Slot::Unknown => (0..0, None),
        };
        if !range.is_empty() {
            let mut hits = self.hits_in_paragraphs(segment, range.clone(), true);
            if hits.is_empty() {
                hits = self.folded_hits(segment, range.clone());
            }
            // A slot widened by many inserted paragraphs is not evidence enough.
            let full = matches!(slot, Slot::Full(_)) && range.len() <= 2 * MAX_GAP;
            if let Some(mut resolved) = decide_in_slot(&mut hits, full, adjacent, quote_chars, segment.start.0) {
                // A paragraph whose text is repeated elsewhere is a copy of something,
                // not the annotated paragraph edited.
                if let Some(location) = resolved.location
                    && resolved.status == AnchorStatus::Anchored
                    && self.is_repeated(location.paragraph)
                {
                    resolved = Resolved::moved(location, MoveReason::SeveralCandidates);
                }
                return resolved;
            }
            if (MIN_FUZZY_CHARS..=MAX_FUZZY_CHARS).contains(&quote_chars) {
                let mut fuzzy = self.fuzzy_in_paragraphs(segment, quote_chars, fuzzy_paragraphs(&slot));
                if let Some(resolved) = decide_fuzzy(&mut fuzzy, short) {
                    return resolved;
                }
            }
        }
        // Rule 6: anywhere else. The slot was searched above: only the paragraphs
        // before and after it are (so a slot that is the whole document, as when no
        // neighbour is stored, costs no second search, and occurrences in the slot
        // never use up the cap on those outside it).
        let excluded = |index: usize| range.contains(&index) || self.is_neighbour(index, segment);
        let outside = [0..range.start, range.end..self.doc.paragraphs().len()];
        let mut far: Vec<Hit> = Vec::new();
        for part in outside.iter().filter(|r| !r.is_empty()) {
            far.extend(self.hits_in_paragraphs(segment, part.clone(), true));
        }
        if far.is_empty() {
            for part in outside.iter().filter(|r| !r.is_empty()) {
                far.extend(self.folded_hits(segment, part.clone()));
            }
        }
        far.retain(|h| !excluded(h.location.paragraph) && far_context_agrees(h, short));
        if let Some((best, distinct)) = best_hit(&mut far, segment.start.0) {
            let reason = if distinct { MoveReason::ContextChanged } else { MoveReason::SeveralCandidates };
            return Resolved::moved(best.location, reason);
        }
        // Moved and edited: where most of its longer words are (all but one when a
        // neighbour survives). Not when both neighbours survive with paragraphs
        // between them: the annotated paragraph was edited there, and a paragraph
        // elsewhere sharing its words is a near-duplicate, not it.
        let edited_in_place = matches!(&slot, Slot::Full(range) if !range.is_empty());
        if !edited_in_place && (MIN_FUZZY_CHARS..=MAX_FUZZY_CHARS).contains(&quote_chars) {
            let known = slot != Slot::Unknown;
            let mut paragraphs = self.paragraphs_sharing_words(segment, known);
            let searched = fuzzy_paragraphs(&slot);
            paragraphs.retain(|i| !searched.contains(i));
            let mut fuzzy = self.fuzzy_in_paragraphs(segment, quote_chars, paragraphs);
            fuzzy.retain(|h| !self.is_neighbour(h.location.paragraph, segment));
            if let Some(resolved) = decide_fuzzy(&mut fuzzy, short) {
                return resolved;
            }
        }
        Resolved::ORPHAN
    }

    /// Whether the text of paragraph `index` occurs more than once in the document.
    fn is_repeated(&self, index: usize) -> bool {
        let (base, _) = split_occurrence(self.doc.paragraphs()[index].id.as_str());
        self.copies().contains_key(base)
    }

    /// Whether paragraph `index` is one of the segment's stored neighbours.
    fn is_neighbour(&self, index: usize, segment: &Segment) -> bool {
        let id = &self.doc.paragraphs()[index].id;
        segment.neighbors.before.as_ref() == Some(id) || segment.neighbors.after.as_ref() == Some(id)
    }

    fn slot(&self, neighbours: &Neighbours) -> Slot {
        let count = self.doc.paragraphs().len();
        // Paragraph index just after the `before` neighbour, just before-or-at the
        // `after` neighbour.
        let low = match neighbours.before {
            Side::Edge => Some(0),
            Side::Found(b) => Some(b + 1),
            Side::Missing => None,
        };
        let high = match neighbours.after {
            Side::Edge => Some(count),
            Side::Found(a) => Some(a),
            Side::Missing => None,
        };
        match (low, high) {
            (Some(low), Some(high)) if low <= high => Slot::Full(low..high),
            (Some(low), None) => Slot::Half { range: low.min(count)..(low + MAX_GAP).min(count), adjacent: low },
            (None, Some(high)) => {
                Slot::Half { range: high.saturating_sub(MAX_GAP)..high, adjacent: high.wrapping_sub(1) }
            }
            _ => Slot::Unknown,
        }
    }

    /// Exact occurrences of the quote in paragraphs `range`, at most [`MAX_HITS`]
    /// ([`MAX_SHORT_HITS`] for a short quote in a range of more than `2 × MAX_GAP`
    /// paragraphs), skipping the stored neighbours when `skip_neighbours`.
    fn hits_in_paragraphs(&self, segment: &Segment, range: Range<usize>, skip_neighbours: bool) -> Vec<Hit> {
        let paragraphs = self.doc.paragraphs();
        let mut hits = Vec::new();
        let (Some(first), Some(last)) =
            (paragraphs.get(range.start), range.end.checked_sub(1).and_then(|i| paragraphs.get(i)))
        else {
            return hits;
        };
        let bytes = self.doc.byte_range(first).start..self.doc.byte_range(last).end;
        let full = self.doc.full_text();
        let quote = segment.quote.as_str();
        let quote_chars = quote.chars().count();
        let wide = range.len() > 2 * MAX_GAP;
        let cap = if wide && quote_chars < SHORT_QUOTE_CHARS { MAX_SHORT_HITS } else { MAX_HITS };
        let finder = memchr::memmem::Finder::new(quote.as_bytes());
        let mut current: Option<(usize, Range<usize>)> = None;
        // Code points counted so far in the current paragraph, up to this byte: hits
        // are in order, so counting resumes from the previous one (linear, not
        // quadratic, in a long paragraph full of hits).
        let mut counted = (0usize, 0usize);
        for found in finder.find_iter(&full.as_bytes()[bytes.clone()]) {
            let hit = bytes.start + found;
            let in_current = current.as_ref().is_some_and(|(_, r)| r.contains(&hit));
            if !in_current {
                let Some(index) = self.doc.paragraph_at_byte(hit) else {
                    continue;
                };
                current = Some((index, self.doc.byte_range(&paragraphs[index])));
                counted = (0, 0);
            }
            let Some((index, paragraph_bytes)) = current.clone() else {
                continue;
            };
            if hit + quote.len() > paragraph_bytes.end || (skip_neighbours && self.is_neighbour(index, segment)) {
                continue;
            }
            let text = &full[paragraph_bytes.clone()];
            let start_byte = hit - paragraph_bytes.start;
            if !same_word_boundaries(segment, text, start_byte, start_byte + quote.len()) {
                continue;
            }
            counted = (start_byte, counted.1 + text[counted.0..start_byte].chars().count());
            let start = counted.1;
            let Context { sides, runs, edges, one_error } =
                context_sides(segment, text, start_byte, start_byte + quote.len());
            let location =
                Location { paragraph: index, start: CharOffset(start), end: CharOffset(start + quote_chars) };
            hits.push(Hit { location, sides, empty: empty_sides(segment), runs, edges, one_error, distance: 0 });
            if hits.len() >= cap {
                break;
            }
        }
        hits
    }

    /// Occurrences of the folded quote in the folded text of paragraphs `range` that
    /// [`fold`] changes (those it leaves alone were searched exactly).
    fn folded_hits(&self, segment: &Segment, range: Range<usize>) -> Vec<Hit> {
        let folded = self.folded();
        if folded.paragraphs.is_empty() && !needs_folding(&segment.quote) {
            return Vec::new();
        }
        let (quote, _) = fold(&segment.quote);
        if quote.is_empty() {
            return Vec::new();
        }
        let quote_chars = quote.chars().count();
        let mut hits = Vec::new();
        let mut search = |index: usize, text: &str, map: Option<&[usize]>| {
            let real = self.doc.text_of(&self.doc.paragraphs()[index]);
            for (byte, _) in text.match_indices(quote.as_str()) {
                let start = text[..byte].chars().count();
                let (start, end) = match map {
                    Some(map) => (map[start], map[start + quote_chars - 1] + 1),
                    None => (start, start + quote_chars),
                };
                let (start_byte, end_byte) = char_range_to_bytes(real, start, end);
                if !same_word_boundaries(segment, real, start_byte, end_byte) {
                    continue;
                }
                let Context { sides, runs, edges, one_error } = context_sides(segment, real, start_byte, end_byte);
                let location = Location { paragraph: index, start: CharOffset(start), end: CharOffset(end) };
                hits.push(Hit { location, sides, empty: empty_sides(segment), runs, edges, one_error, distance: 0 });
                if hits.len() >= MAX_HITS {
                    return;
                }
            }
        };
        let first = folded.paragraphs.partition_point(|p| p.index < range.start);
        for paragraph in folded.paragraphs[first..].iter().take_while(|p| p.index < range.end) {
            if !self.is_neighbour(paragraph.index, segment) {
                search(paragraph.index, &paragraph.text, Some(&paragraph.map));
            }
        }
        // A quote with a hyphen or no-break space of its own, in a paragraph that
        // has none: search the plain text with the folded quote, in small ranges.
        if needs_folding(&segment.quote) && range.len() <= 2 * MAX_GAP + 1 {
            for index in range {
                let plain = self.doc.text_of(&self.doc.paragraphs()[index]);
                if !needs_folding(plain) && !self.is_neighbour(index, segment) {
                    search(index, plain, None);
                }
            }
        }
        hits
    }

    /// The best approximate occurrence in each of `paragraphs`.
    fn fuzzy_in_paragraphs(&self, segment: &Segment, quote_chars: usize, paragraphs: Vec<usize>) -> Vec<Hit> {
        let max_errors = (quote_chars * FUZZY_ERROR_PERCENT / 100).max(1);
        let quote: Vec<char> = segment.quote.chars().collect();
        let mut hits = Vec::new();
        for index in paragraphs {
            let Some(paragraph) = self.doc.paragraphs().get(index) else {
                continue;
            };
            if self.is_neighbour(index, segment) {
                continue;
            }
            let text = self.doc.text_of(paragraph);
            if text.len() + max_errors * 4 < quote_chars {
                continue; // fewer bytes than the quote can have code points: too short
            }
            let chars: Vec<char> = text.chars().collect();
            let Some((distance, start, end)) = best_approximate_match(&quote, &chars, max_errors) else {
                continue;
            };
            let (start_byte, end_byte) = char_range_to_bytes(text, start, end);
            let Context { sides, runs, edges, one_error } = context_sides(segment, text, start_byte, end_byte);
            let location = Location { paragraph: index, start: CharOffset(start), end: CharOffset(end) };
            hits.push(Hit { location, sides, empty: empty_sides(segment), runs, edges, one_error, distance });
        }
        hits
    }

    /// Paragraphs (at most [`MAX_FUZZY_PARAGRAPHS`]) that contain at least half of
    /// the quote's longer words ([`MIN_SHARED_WORD_CHARS`] code points or more; the
    /// six longest), or all but one of them when `most` (and there are three or
    /// more), most shared words first: where an edited quote can be when its
    /// paragraph moved or no neighbour survives. Looked up in a word index of the
    /// document built on first use, so each call costs the quote's words, not the
    /// document's length.
    fn paragraphs_sharing_words(&self, segment: &Segment, most: bool) -> Vec<usize> {
        let mut words: Vec<&str> = segment
            .quote
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= MIN_SHARED_WORD_CHARS)
            .collect();
        words.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words.dedup();
        words.truncate(6);
        if words.is_empty() || (most && words.len() < 3) {
            return Vec::new();
        }
        let index = self.word_index();
        let mut found: HashMap<u32, u8> = HashMap::new();
        for (bit, word) in words.iter().enumerate() {
            for &paragraph in index.get(word).map_or(&[][..], Vec::as_slice) {
                *found.entry(paragraph).or_default() |= 1 << bit;
            }
        }
        let count = words.len() as u32;
        let need = if most { count - 1 } else { count.div_ceil(2) };
        let mut ranked: Vec<(u32, usize)> =
            found.into_iter().map(|(i, bits)| (bits.count_ones(), i as usize)).filter(|(n, _)| *n >= need).collect();
        ranked.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.into_iter().take(MAX_FUZZY_PARAGRAPHS).map(|(_, i)| i).collect()
    }

    /// The document's word index (see [`Anchorer::paragraphs_sharing_words`]).
    fn word_index(&self) -> &HashMap<&'d str, Vec<u32>> {
        self.words.get_or_init(|| {
            let doc = self.doc;
            let mut index: HashMap<&'d str, Vec<u32>> = HashMap::new();
            for (i, paragraph) in doc.paragraphs().iter().enumerate() {
                let i = i as u32;
                for word in doc.text_of(paragraph).split(|c: char| !c.is_alphanumeric()) {
                    if word.len() < MIN_SHARED_WORD_CHARS || word.chars().nth(MIN_SHARED_WORD_CHARS - 1).is_none() {
                        continue;
                    }
                    let list = index.entry(word).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
            index
        })
    }

    /// The paragraphs that [`fold`] changes, computed on first use.
    fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| {
            let mut folded = Folded::default();
            for (index, paragraph) in self.doc.paragraphs().iter().enumerate() {
                let text = self.doc.text_of(paragraph);
                if !needs_folding(text) {
                    continue;
                }
                let (folded_text, map) = fold(text);
                if folded_text == text {
                    continue;
                }
                if let Some(id) = assign_ids([folded_text.as_str()]).pop() {
                    folded.by_id.entry(id).or_insert(folded.paragraphs.len());
                }
                folded.paragraphs.push(FoldedParagraph { index, text: folded_text, map });
            }
            folded
        })
    }

    /// The paragraph whose folded text has the ID `id` (an ID without occurrence
    /// suffix): the annotated paragraph after a re-wrap that hyphenated its words.
    fn folded_index_of(&self, id: &str) -> Option<usize> {
        let folded = self.folded();
        if folded.by_id.is_empty() {
            return None;
        }
        let (base, _) = split_occurrence(id);
        folded.by_id.get(&ParagraphId::new(base)).map(|&i| folded.paragraphs[i].index)
    }
}

/// Rule 3 (full slot) and rule 4 (half slot) on the exact occurrences in the slot.
/// `full`: the slot is enclosed by both neighbours; `adjacent`: for a half slot,
/// the paragraph right next to the surviving neighbour.
fn decide_in_slot(
    hits: &mut Vec<Hit>,
    full: bool,
    adjacent: Option<usize>,
    quote_chars: usize,
    old_start: usize,
) -> Option<Resolved> {
    let short = quote_chars < SHORT_QUOTE_CHARS;
    if short && let Some(adjacent) = adjacent {
        // Next to one neighbour only: a short quote farther away, whose context
        // disagrees on both sides, is another use of the words.
        hits.retain(|h| h.location.paragraph == adjacent || h.max_side() >= CONTEXT_AGREES);
    }
    let first = hits.first()?.location.paragraph;
    let one_paragraph = hits.iter().all(|h| h.location.paragraph == first);
    let (best, distinct) = best_hit(hits, old_start)?;
    if !one_paragraph || !distinct {
        return Some(Resolved::moved(best.location, MoveReason::SeveralCandidates));
    }
    // A quote of a few words far from where it was in its paragraph may be another
    // use of the same words there (a phrase repeated in the paragraph).
    let shifted = quote_chars < SETTLED_QUOTE_CHARS && best.location.start.0.abs_diff(old_start) > MAX_SHIFT;
    Some(if full && !shifted && best.context_is_evidence(short) {
        Resolved::anchored(best.location)
    } else {
        Resolved::moved(best.location, MoveReason::ContextChanged)
    })
}

/// Rule 5: among approximate occurrences, the fewest edits, then the best context;
/// several paragraphs about as good → several candidates.
fn decide_fuzzy(hits: &mut Vec<Hit>, short: bool) -> Option<Resolved> {
    hits.retain(|h| if short { h.min_side() >= CONTEXT_AGREES } else { h.mean() >= FUZZY_CONTEXT });
    hits.sort_by(|a, b| a.distance.cmp(&b.distance).then(b.mean().total_cmp(&a.mean())));
    let best = *hits.first()?;
    let rival = hits.iter().skip(1).any(|h| {
        h.location.paragraph != best.location.paragraph
            && h.distance <= best.distance + 1
            && best.mean() - h.mean() < DISTINCT_MARGIN
    });
    let reason = if rival { MoveReason::SeveralCandidates } else { MoveReason::FuzzyMatch };
    Some(Resolved::moved(best.location, reason))
}

/// Whether an occurrence outside the segment's place fits well enough to show
/// (as *moved*, never *anchored*): a long quote always (twenty code points of the
/// same words are a candidate worth a look, and an intact quote is never
/// orphaned); a short quote's context must agree on both sides, or on one side
/// almost fully ([`LONE_CONTEXT_AGREES`]) or continuing it exactly
/// ([`EXACT_RUN`]) — the other side was hit by a rename.
fn far_context_agrees(hit: &Hit, short: bool) -> bool {
    if short {
        let continued = (hit.runs.0 && hit.sides.0 >= CONTEXT_AGREES) || (hit.runs.1 && hit.sides.1 >= CONTEXT_AGREES);
        hit.min_side() >= CONTEXT_AGREES || hit.max_side() >= LONE_CONTEXT_AGREES || continued
    } else {
        true
    }
}

/// The hit with the best mean context (ties: nearest `old_start`, then first), and
/// whether it beats every other hit by [`DISTINCT_MARGIN`].
fn best_hit(hits: &mut [Hit], old_start: usize) -> Option<(Hit, bool)> {
    hits.sort_by(|a, b| {
        b.mean()
            .total_cmp(&a.mean())
            .then(a.location.start.0.abs_diff(old_start).cmp(&b.location.start.0.abs_diff(old_start)))
    });
    let best = *hits.first()?;
    let distinct = hits.get(1).is_none_or(|second| best.mean() - second.mean() >= DISTINCT_MARGIN);
    Some((best, distinct))
}

/// Paragraphs searched approximately for a slot: the slot itself (at most
/// [`MAX_GAP`] from each end), nearest the surviving neighbours first.
fn fuzzy_paragraphs(slot: &Slot) -> Vec<usize> {
    match slot {
        Slot::Full(range) if range.len() > 2 * MAX_GAP => {
            range.clone().take(MAX_GAP).chain(range.clone().rev().take(MAX_GAP)).collect()
        }
        Slot::Full(range) | Slot::Half { range, .. } => range.clone().collect(),
        Slot::Unknown => Vec::new(),
    }
}

/// `(base, occurrence)` of a paragraph ID: `p-3f9a2c1e7b04-2` → (`p-3f9a2c1e7b04`,
/// 2); an ID without suffix (or not in Glosa's format) is occurrence 1.
pub fn split_occurrence(id: &str) -> (&str, u32) {
    if let Some(rest) = id.strip_prefix("p-")
        && let Some(dash) = rest.rfind('-')
    {
        let (hash, suffix) = (&rest[..dash], &rest[dash + 1..]);
        if !hash.is_empty()
            && !suffix.is_empty()
            && suffix.bytes().all(|b| b.is_ascii_digit())
            && let Ok(k) = suffix.parse::<u32>()
            && k >= 2
        {
            return (&id[..2 + dash], k);
        }
    }
    (id, 1)
}

/// Whether the code points `start..end` of `text` are exactly `quote`. Allocates
/// nothing.
fn quote_at(text: &str, start: usize, end: usize, quote: &str) -> bool {
    if start >= end {
        return false;
    }
    let mut boundaries = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len()));
    let start_byte = boundaries.nth(start);
    let end_byte = boundaries.nth(end - start - 1);
    matches!((start_byte, end_byte), (Some(a), Some(b)) if text.get(a..b) == Some(quote))
}

/// Whether `c` is a letter or digit of a script written with spaces between words
/// (not Chinese, Japanese, Thai, Lao, Myanmar…, whose words run together).
fn spaced_word_char(c: char) -> bool {
    c.is_alphanumeric()
        && !matches!(u32::from(c), 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x3040..=0x30FF | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Whether an occurrence at bytes `start..end` of `text` begins and ends the way the
/// annotated quote did: where the quote starts with a letter or digit, the text
/// before it continues a word exactly when the stored prefix did, and likewise at
/// the end. So `on` is not found inside `invitation`, nor `a` inside
/// `Classification`, unless the quote itself was part of a word.
fn same_word_boundaries(segment: &Segment, text: &str, start: usize, end: usize) -> bool {
    let quote = segment.quote.as_str();
    let starts_word = quote.chars().next().is_some_and(spaced_word_char);
    let ends_word = quote.chars().next_back().is_some_and(spaced_word_char);
    let start_ok = !starts_word
        || segment.prefix.chars().next_back().is_some_and(spaced_word_char)
            == text[..start].chars().next_back().is_some_and(spaced_word_char);
    let end_ok = !ends_word
        || segment.suffix.chars().next().is_some_and(spaced_word_char)
            == text[end.min(text.len())..].chars().next().is_some_and(spaced_word_char);
    start_ok && end_ok
}

/// Byte offsets of the code point range `start..end` of `text` (clamped).
fn char_range_to_bytes(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut boundaries = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len()));
    let start_byte = boundaries.nth(start).unwrap_or(text.len());
    let end_byte = if end > start { boundaries.nth(end - start - 1).unwrap_or(text.len()) } else { start_byte };
    (start_byte, end_byte)
}

/// Whether `c` is a space that a typed space stands for: space, no-break space
/// (U+00A0), narrow no-break space (U+202F, French typography) or figure space
/// (U+2007).
pub fn is_space_like(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2007}')
}

/// Whether [`fold`] changes `text`, tested without allocating.
fn needs_folding(text: &str) -> bool {
    let bytes = text.as_bytes();
    let space_or_hyphen = ["\u{A0}", "\u{202F}", "\u{2007}", "\u{2010}"]
        .iter()
        .any(|c| memchr::memmem::find(bytes, c.as_bytes()).is_some());
    space_or_hyphen
        || memchr::memchr_iter(b'-', bytes).any(|i| {
            text[..i].chars().next_back().is_some_and(char::is_alphabetic)
                && text[i + 1..].chars().next().is_some_and(char::is_lowercase)
        })
}

/// `text` as compared across a re-wrap: a hyphen (`-` or U+2010) between a letter
/// and a lower-case letter is removed (`gobier-nos` → `gobiernos`: PDF-style
/// hyphenation kept by the segmenter because the document never spells the word
/// whole), and space variants ([`is_space_like`]) become a space. Returns the
/// folded text and, for each of its code points, the code point offset it comes
/// from in `text`.
fn fold(text: &str) -> (String, Vec<usize>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let hyphen_in_word = matches!(c, '-' | '\u{2010}')
            && i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        if hyphen_in_word {
            continue;
        }
        out.push(if is_space_like(c) { ' ' } else { c });
        map.push(i);
    }
    (out, map)
}

/// Whether the segment's stored prefix and suffix are too short to be evidence.
fn empty_sides(segment: &Segment) -> (bool, bool) {
    let short = |side: &str| side.chars().nth(MIN_EVIDENCE_CHARS - 1).is_none();
    (short(&segment.prefix), short(&segment.suffix))
}

/// How the text around bytes `start..end` of `text` agrees with the stored prefix
/// and suffix: each side's similarity (0–1, see [`context_similarity`]) and whether
/// it continues the stored side exactly for [`EXACT_RUN`] code points (or the whole
/// stored side, if shorter). An empty stored side (the quote began or ended its
/// paragraph) has similarity 1 at a paragraph edge and 0.5 elsewhere, and no run.
fn context_sides(segment: &Segment, text: &str, start: usize, end: usize) -> Context {
    let mut stored = [' '; CONTEXT_CHARS];
    let mut actual = [' '; CONTEXT_CHARS + CONTEXT_SLACK];
    let mut side = |stored_text: &mut dyn Iterator<Item = char>, actual_text: &mut dyn Iterator<Item = char>| {
        let m = fill(&mut stored, stored_text);
        if m == 0 {
            let edge = actual_text.next().is_none();
            return (if edge { 1.0 } else { 0.5 }, false, edge, edge);
        }
        let n = fill(&mut actual[..m + CONTEXT_SLACK], actual_text);
        let run = stored[..m].iter().zip(&actual[..n]).take_while(|(a, b)| a == b).count();
        let similarity = context_similarity(&stored[..m], &actual[..n]);
        // Stored short of the full window: it reached the paragraph's edge. `fill`
        // stopped short of its buffer, so the current text ends there too.
        let edge = m < CONTEXT_CHARS && n == m && run == m;
        let one_error = similarity * f64::from(m as u32) >= f64::from(m as u32) - 1.0 - 1e-9;
        (similarity, run >= EXACT_RUN.min(m), edge, one_error)
    };
    let (prefix, prefix_run, prefix_edge, prefix_one) =
        side(&mut segment.prefix.chars().rev(), &mut text[..start].chars().rev());
    let (suffix, suffix_run, suffix_edge, suffix_one) =
        side(&mut segment.suffix.chars(), &mut text[end.min(text.len())..].chars());
    Context {
        sides: (prefix, suffix),
        runs: (prefix_run, suffix_run),
        edges: (prefix_edge, suffix_edge),
        one_error: (prefix_one, suffix_one),
    }
}

/// What [`context_sides`] measures.
#[derive(Clone, Copy, Debug)]
struct Context {
    sides: (f64, f64),
    runs: (bool, bool),
    /// Whether the stored side ended at the paragraph's edge (shorter than
    /// [`CONTEXT_CHARS`]) and the current text is exactly it, to the edge.
    edges: (bool, bool),
    /// Whether the side is intact but for at most one edit (a letter, an accent).
    one_error: (bool, bool),
}

/// Copies up to `buffer.len()` chars of `source` into `buffer`; returns how many.
fn fill(buffer: &mut [char], source: &mut dyn Iterator<Item = char>) -> usize {
    let mut n = 0;
    for (slot, c) in buffer.iter_mut().zip(source) {
        *slot = if is_space_like(c) { ' ' } else { c };
        n += 1;
    }
    n
}

/// How well a stored side of context agrees with the current text next to a
/// candidate, both given nearest the quote first: 1 − d / len(stored), where d is
/// the edit distance (Levenshtein) between `stored` and the best *prefix* of
/// `actual` — a semi-global alignment anchored at the quote. Words inserted next to
/// the quote cost their length; the far end of the window is free. 0 (nothing
/// alike) to 1 (identical). `stored` at most 32 code points, `actual` at most 48.
pub fn context_similarity(stored: &[char], actual: &[char]) -> f64 {
    let m = stored.len().min(CONTEXT_CHARS);
    let n = actual.len().min(CONTEXT_CHARS + CONTEXT_SLACK);
    if m == 0 {
        return 1.0;
    }
    let distance = prefix_edit_distance(&stored[..m], &actual[..n]);
    (1.0 - f64::from(distance as u32) / f64::from(m as u32)).max(0.0)
}

/// The edit distance (Levenshtein) between `pattern` (at most 64 code points) and
/// the closest prefix of `text`: Myers' bit-parallel algorithm in Hyyrö's
/// formulation, with the top row of the table counting up (D\[0]\[j] = j) so that
/// the text's start is not free but its end is. O(`pattern` + `text`) word
/// operations (each character's positions in the pattern are looked up in a
/// table made once per call, not compared position by position), no allocation.
fn prefix_edit_distance(pattern: &[char], text: &[char]) -> usize {
    let m = pattern.len().min(64);
    if m == 0 {
        return 0;
    }
    // Where each character occurs in the pattern, as a bit mask: ASCII in a table,
    // the others (few in a side of context) in a short list.
    let mut ascii = [0u64; 128];
    let mut other = [('\0', 0u64); 64];
    let mut others = 0;
    for (i, &p) in pattern[..m].iter().enumerate() {
        if p.is_ascii() {
            ascii[p as usize] |= 1 << i;
        } else if let Some(entry) = other[..others].iter_mut().find(|(c, _)| *c == p) {
            entry.1 |= 1 << i;
        } else {
            other[others] = (p, 1 << i);
            others += 1;
        }
    }
    let high = 1u64 << (m - 1);
    let (mut pv, mut mv) = (u64::MAX, 0u64);
    let mut score = m;
    let mut best = m;
    for &t in text {
        let eq = if t.is_ascii() {
            ascii[t as usize]
        } else {
            other[..others].iter().find(|(c, _)| *c == t).map_or(0, |&(_, mask)| mask)
        };
        let xv = eq | mv;
        let xh = (((eq & pv).wrapping_add(pv)) ^ pv) | eq;
        let mut ph = mv | !(xh | pv);
        let mut mh = pv & xh;
        if ph & high != 0 {
            score += 1;
        } else if mh & high != 0 {
            score -= 1;
        }
        ph = (ph << 1) | 1;
        mh <<= 1;
        pv = mh | !(xv | ph);
        mv = ph & xv;
        best = best.min(score);
    }
    best
}

/// How well the text around `start..end` (code points) in `chars` agrees with the
/// segment's stored prefix and suffix: the mean of the two sides'
/// [`context_similarity`], 0 (nothing alike) to 1 (identical).
pub fn context_score(segment: &Segment, chars: &[char], start: usize, end: usize) -> f64 {
    let start = start.min(chars.len());
    let end = end.clamp(start, chars.len());
    let text: String = chars.iter().collect();
    let (start_byte, end_byte) = char_range_to_bytes(&text, start, end);
    let context = context_sides(segment, &text, start_byte, end_byte);
    f64::midpoint(context.sides.0, context.sides.1)
}

/// The substring of `text` closest to `pattern` by edit distance (Sellers'
/// algorithm: Levenshtein distance with a free start and end in the text), if
/// within `max_errors`. Returns (distance, start, end) in code points: the smallest
/// distance, then the earliest end, then the shortest span.
///
/// The forward pass keeps only the rows of each column that can still be within
/// `max_errors` (Ukkonen's cut-off), O(`max_errors` × text) expected time; the
/// backward pass looks at most `pattern.len() + max_errors` code points back.
pub fn best_approximate_match(pattern: &[char], text: &[char], max_errors: usize) -> Option<(usize, usize, usize)> {
    let (m, n, k) = (pattern.len(), text.len(), max_errors);
    if m == 0 || n == 0 || n + k < m {
        return None;
    }
    // Forward pass, one column per text position: `column[i]` is the distance of
    // `pattern[..i]` to the best substring ending here. Rows past `last` are known
    // to exceed `k` (their stored values may be stale but are all above `k`).
    let mut column: Vec<usize> = (0..=m).collect();
    let mut last = k.min(m);
    let mut best: Option<(usize, usize)> = None;
    for (j, &t) in text.iter().enumerate() {
        let limit = (last + 1).min(m);
        let mut diagonal = 0; // the previous column's row i − 1 (row 0 is always 0)
        for i in 1..=limit {
            let up = column[i];
            let value = (diagonal + usize::from(pattern[i - 1] != t)).min(up + 1).min(column[i - 1] + 1);
            diagonal = up;
            column[i] = value;
        }
        if limit == m && column[m] <= k && best.is_none_or(|(d, _)| column[m] < d) {
            best = Some((column[m], j + 1));
        }
        last = limit;
        while last > 0 && column[last] > k {
            last -= 1;
        }
    }
    let (distance, end) = best?;
    // Backward pass over the reversed text ending at `end`: the start that gives
    // the same distance with the shortest span.
    let reversed_pattern: Vec<char> = pattern.iter().rev().copied().collect();
    let window: Vec<char> = text[end.saturating_sub(m + k)..end].iter().rev().copied().collect();
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

    /// The plain O(m·n) Sellers distance, to check the cut-off against.
    fn plain_best_distance(pattern: &[char], text: &[char]) -> (usize, usize) {
        let mut previous = vec![0usize; text.len() + 1];
        let mut current = vec![0usize; text.len() + 1];
        for (i, &p) in pattern.iter().enumerate() {
            current[0] = i + 1;
            for j in 1..=text.len() {
                let substitution = previous[j - 1] + usize::from(p != text[j - 1]);
                current[j] = substitution.min(previous[j] + 1).min(current[j - 1] + 1);
            }
            std::mem::swap(&mut previous, &mut current);
        }
        previous.iter().enumerate().skip(1).map(|(j, &d)| (d, j)).min().unwrap()
    }

    #[test]
    fn the_cut_off_finds_what_the_plain_algorithm_finds() {
        let text = chars(
            "Reafirmamos la necesidad de una cooperación reforzada que permita a todos los gobiernos cumplir \
             su papel, y la cooperación mejorada entre las partes interesadas.",
        );
        let mut seed = 0x5EEDu64;
        for _ in 0..300 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let start = (seed % 100) as usize;
            let len = 8 + (seed >> 8) as usize % 40;
            let mut pattern: Vec<char> = text[start..(start + len).min(text.len())].to_vec();
            // A few edits to the pattern.
            for e in 0..(seed >> 20) as usize % 5 {
                let at = (seed >> (24 + e)) as usize % pattern.len();
                pattern[at] = 'x';
            }
            for k in [1, 3, 6] {
                let (d, end) = plain_best_distance(&pattern, &text);
                let found = best_approximate_match(&pattern, &text, k);
                if d <= k {
                    let (distance, _, found_end) = found.unwrap();
                    assert_eq!((distance, found_end), (d, end), "{pattern:?} k={k}");
                } else {
                    assert!(found.is_none());
                }
            }
        }
    }

    #[test]
    fn occurrence_suffixes() {
        assert_eq!(split_occurrence("p-3f9a2c1e7b04-2"), ("p-3f9a2c1e7b04", 2));
        assert_eq!(split_occurrence("p-3f9a2c1e7b04-13"), ("p-3f9a2c1e7b04", 13));
        assert_eq!(split_occurrence("p-3f9a2c1e7b04"), ("p-3f9a2c1e7b04", 1));
        // All-digit hashes are hashes, not suffixes.
        assert_eq!(split_occurrence("p-123456789012"), ("p-123456789012", 1));
        assert_eq!(split_occurrence("p-12345-1"), ("p-12345-1", 1));
        assert_eq!(split_occurrence("hand-made-2"), ("hand-made-2", 1));
    }

    /// The plain O(m·n) table of [`prefix_edit_distance`].
    fn plain_prefix_distance(stored: &[char], actual: &[char]) -> usize {
        let mut previous: Vec<usize> = (0..=actual.len()).collect();
        let mut current = vec![0usize; actual.len() + 1];
        for (i, &s) in stored.iter().enumerate() {
            current[0] = i + 1;
            for j in 1..=actual.len() {
                let substitution = previous[j - 1] + usize::from(s != actual[j - 1]);
                current[j] = substitution.min(previous[j] + 1).min(current[j - 1] + 1);
            }
            std::mem::swap(&mut previous, &mut current);
        }
        previous.into_iter().min().unwrap()
    }

    fn xorshift(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    /// Up to `limit` code points of random words.
    fn phrase(seed: &mut u64, limit: usize) -> Vec<char> {
        const WORDS: [&str; 12] =
            ["de", "la", "sociedad", "civil", "gobiernos", "y", "el", "sector", "privado", "Túnez", ",", "é"];
        let mut text = String::new();
        while text.chars().count() < limit {
            text.push_str(WORDS[(xorshift(seed) % WORDS.len() as u64) as usize]);
            text.push(' ');
        }
        text.chars().take(limit).collect()
    }

    #[test]
    fn the_bit_parallel_context_distance_equals_the_plain_table() {
        let mut seed = 0x00C0_FFEE_u64;
        for _ in 0..3_000 {
            let m = (xorshift(&mut seed) % 33) as usize;
            let n = (xorshift(&mut seed) % 49) as usize;
            let stored = phrase(&mut seed, m);
            let actual = if xorshift(&mut seed).is_multiple_of(3) {
                // A related text: the stored one with a few edits.
                let mut a = stored.clone();
                for _ in 0..xorshift(&mut seed) % 4 {
                    let at = (xorshift(&mut seed) as usize) % (a.len() + 1);
                    match xorshift(&mut seed) % 3 {
                        0 if at < a.len() => {
                            a.remove(at);
                        }
                        1 if at < a.len() => a[at] = 'x',
                        _ => a.insert(at, 'q'),
                    }
                }
                a.truncate(48);
                a
            } else {
                phrase(&mut seed, n)
            };
            assert_eq!(
                prefix_edit_distance(&stored, &actual),
                plain_prefix_distance(&stored, &actual),
                "{stored:?} {actual:?}"
            );
        }
    }

    #[test]
    fn a_word_inserted_next_to_the_quote_costs_its_length_and_the_far_end_is_free() {
        // Prefix sides, nearest the quote first (reversed).
        let rev = |s: &str| s.chars().rev().collect::<Vec<char>>();
        let stored = rev("gobiernos, con la participación de ");
        let same = rev("Los gobiernos, con la participación de ");
        assert!((context_similarity(&stored[..32], &same) - 1.0).abs() < 1e-9);
        // "activa " (7 code points) inserted right before the quote.
        let inserted = rev("Los gobiernos, con la participación activa de ");
        let similarity = context_similarity(&stored[..32], &inserted);
        assert!((similarity - (1.0 - 7.0 / 32.0)).abs() < 1e-9, "{similarity}");
        let unrelated = rev("y en la medida de lo posible, según los acuerdos de ");
        assert!(context_similarity(&stored[..32], &unrelated) < CONTEXT_AGREES);
    }

    #[test]
    fn folding_removes_hyphens_inside_words_and_unifies_spaces() {
        let (text, map) = fold("los gobier-nos\u{A0}y el multi-\u{2010}Estado");
        assert_eq!(text, "los gobiernos y el multi-\u{2010}Estado");
        assert_eq!(map[10], 11); // "n" after the removed hyphen
        assert_eq!(fold("e-Gobierno").0, "e-Gobierno", "a hyphen before a capital stays");
    }
}
