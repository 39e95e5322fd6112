//! Ground-truth adversarial scenarios for re-anchoring (issue 8 §1).
//!
//! A scenario starts from a window of real paragraphs of a corpus file
//! (`tests/corpus/`), sometimes with a near-duplicate (one name changed) or an exact
//! copy of one of them added, annotates a few spans on it (a word or acronym, a
//! stakeholder name of two or three words, a phrase, a sentence, a whole paragraph),
//! then edits the text as revisers, converters and colleagues do — paragraphs
//! inserted, deleted, moved, duplicated; one word or several changed inside or right
//! next to a span; paragraphs rewritten; a term renamed throughout; the text
//! re-wrapped with PDF-style hyphenation or re-encoded — while **tracking where each
//! annotated span really went, or that it was destroyed**. The edited text is parsed
//! with the real reader (`Document::parse`) and the tracked paragraphs are aligned
//! with the parsed ones, so what the segmenter does (hyphens kept or joined,
//! paragraphs split or merged) is part of the truth.
//!
//! Every resolution is classified against the truth ([`Outcome`]); [`Table`] counts
//! them per [`Family`] of edits. Everything is deterministic in the seed.
//!
//! Used by `tests/adversarial_anchoring.rs` (CI, fixed seeds) and by
//! `examples/adversarial_sweep.rs` (a larger sweep).

#![allow(dead_code, reason = "the test and the example each use part of the module")]
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test tooling fails loudly on purpose")]

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::path::Path;

use glosa::model::anchor::{AnchorStatus, Anchorer, Location, MoveReason, Resolved};
use glosa::model::{CharOffset, Document, Segment};
use unicode_segmentation::UnicodeSegmentation;

/// Corpus files scenarios are drawn from (the brat `.ann` file is not a document).
pub const SOURCES: [&str; 13] = [
    "wtpf13-cooperacion-mejorada.es.txt",
    "netmundial_070B_gov_spain.txt",
    "netmundial_076B_civil_aspen.txt",
    "netmundial_130B_private_brasscom_pt.txt",
    "netmundial_143B_tech_nro.txt",
    "quijote_pg2000_es.txt",
    "udhr_arb.txt",
    "udhr_cmn_hans.txt",
    "udhr_fra.txt",
    "udhr_rus.txt",
    "udhr_spa.txt",
    "wgec_cis_inputs_2016.md",
    "brat_conll2002_esp-46.txt",
];

/// Names a near-duplicate paragraph gets instead of one of its capitalised words, as
/// when one country's statement repeats another's.
const NAMES: [&str; 10] =
    ["Brasil", "Chile", "Kenya", "India", "Noruega", "UNESCO", "ICANN", "Ghana", "Indonesia", "ISOC"];

/// A kind of edit; each scenario exercises one (`Mixed` several).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// New paragraphs inserted, often right next to an annotated one.
    InsertParagraphs,
    /// Paragraphs deleted, often an annotated one.
    DeleteParagraphs,
    /// A paragraph moved elsewhere, often an annotated one.
    MoveParagraph,
    /// A paragraph copied next to itself or elsewhere.
    DuplicateParagraph,
    /// One word replaced, inserted or deleted inside an annotated span.
    WordInsideSpan,
    /// One word inserted or replaced right before or after an annotated span.
    WordNextToSpan,
    /// Several consecutive words replaced in an annotated paragraph.
    MultiWordEdit,
    /// An annotated paragraph rewritten, keeping or losing the span, or the span's
    /// sentence deleted.
    RewriteParagraph,
    /// A term renamed throughout the document.
    RenameThroughout,
    /// A near-duplicate (one name changed) of an annotated paragraph exists; the
    /// annotated one or its twin is edited, rewritten or deleted.
    NearDuplicate,
    /// An annotated paragraph occurs twice; a copy is inserted, one copy deleted,
    /// edited or moved.
    RepeatedParagraph,
    /// A short quote deleted while the same word occurs in a nearby paragraph, and a
    /// neighbouring paragraph edited too.
    ShortQuoteDeleted,
    /// The text re-wrapped with PDF-style hyphenation (and sometimes one word edited).
    RewrapHyphenated,
    /// The text re-encoded (Windows-1252, UTF-16, BOM, CRLF) with sometimes one edit.
    Reencode,
    /// Two to four edits of the kinds above.
    Mixed,
}

impl Family {
    /// Every family, in table order.
    pub const ALL: [Family; 15] = [
        Self::InsertParagraphs,
        Self::DeleteParagraphs,
        Self::MoveParagraph,
        Self::DuplicateParagraph,
        Self::WordInsideSpan,
        Self::WordNextToSpan,
        Self::MultiWordEdit,
        Self::RewriteParagraph,
        Self::RenameThroughout,
        Self::NearDuplicate,
        Self::RepeatedParagraph,
        Self::ShortQuoteDeleted,
        Self::RewrapHyphenated,
        Self::Reencode,
        Self::Mixed,
    ];

    /// Row label.
    pub fn label(self) -> &'static str {
        match self {
            Self::InsertParagraphs => "paragraphs inserted",
            Self::DeleteParagraphs => "paragraphs deleted",
            Self::MoveParagraph => "paragraph moved",
            Self::DuplicateParagraph => "paragraph duplicated",
            Self::WordInsideSpan => "one word edited inside a span",
            Self::WordNextToSpan => "one word edited next to a span",
            Self::MultiWordEdit => "several words edited",
            Self::RewriteParagraph => "paragraph rewritten",
            Self::RenameThroughout => "term renamed throughout",
            Self::NearDuplicate => "near-duplicate paragraph (one name differs)",
            Self::RepeatedParagraph => "repeated paragraph (copies, suffixes shift)",
            Self::ShortQuoteDeleted => "short quote deleted, same word nearby",
            Self::RewrapHyphenated => "re-wrapped with hyphenation",
            Self::Reencode => "re-encoded",
            Self::Mixed => "2–4 edits mixed",
        }
    }
}

/// How one resolution compares with the truth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// `anchored` exactly where the span is.
    Correct,
    /// `moved`, on the span (overlapping it): survived and flagged for review.
    FlaggedSurvived,
    /// `orphaned` though the quote survived verbatim. Target: 0.
    OrphanedIntact,
    /// `orphaned`; the span survived with its words changed by at most the fuzzy
    /// threshold (15 %, quotes of 8 code points or more).
    OrphanedChangedWithin,
    /// `orphaned`; the span survived with its words changed beyond the threshold.
    OrphanedChangedBeyond,
    /// `orphaned`, and the passage is gone.
    CorrectlyOrphaned,
    /// `anchored` anywhere but on the span. Target: 0.
    SilentMisattachment,
    /// `moved` to a place that is not the span (or the passage is gone).
    FlaggedMisattachment,
}

impl Outcome {
    /// Every outcome, in table order.
    pub const ALL: [Outcome; 8] = [
        Self::Correct,
        Self::FlaggedSurvived,
        Self::OrphanedIntact,
        Self::OrphanedChangedWithin,
        Self::OrphanedChangedBeyond,
        Self::CorrectlyOrphaned,
        Self::SilentMisattachment,
        Self::FlaggedMisattachment,
    ];

    /// Column label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Correct => "correct (anchored)",
            Self::FlaggedSurvived => "flagged, survived (moved)",
            Self::OrphanedIntact => "orphaned, quote intact",
            Self::OrphanedChangedWithin => "orphaned, changed ≤ 15 %",
            Self::OrphanedChangedBeyond => "orphaned, changed > 15 %",
            Self::CorrectlyOrphaned => "correctly orphaned",
            Self::SilentMisattachment => "silent misattachment",
            Self::FlaggedMisattachment => "misattachment flagged as moved",
        }
    }
}

/// A place in the edited document: paragraph index and code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

impl Place {
    fn overlaps(&self, location: &Location) -> bool {
        self.paragraph == location.paragraph && self.start < location.end.0 && location.start.0 < self.end
    }

    fn equals(&self, location: &Location) -> bool {
        self.paragraph == location.paragraph && self.start == location.start.0 && self.end == location.end.0
    }
}

/// Where an annotated span really is after the edits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Truth {
    /// The quote survives verbatim at `place`. `also`: identical copies right next
    /// to it that no reader could tell from it (a copy inserted next to the
    /// paragraph is the same document whether inserted above or below).
    /// `may_be_gone`: one of two identical adjacent copies was deleted, which is the
    /// same document whichever was deleted; orphaning is then also right.
    Intact { place: Place, also: Vec<Place>, may_be_gone: bool },
    /// The span survives at `place` with `changed` code points edited (of `quote_len`).
    Changed { place: Place, changed: usize, quote_len: usize },
    /// The passage was deleted or its words all replaced.
    Gone,
}

impl Truth {
    /// Classifies a resolution.
    pub fn classify(&self, status: AnchorStatus, location: Option<Location>) -> Outcome {
        match (self, status, location) {
            (Truth::Intact { place, also, .. }, AnchorStatus::Anchored, Some(l)) => {
                if place.equals(&l) || also.iter().any(|p| p.equals(&l)) {
                    Outcome::Correct
                } else {
                    Outcome::SilentMisattachment
                }
            }
            (Truth::Intact { place, also, .. }, AnchorStatus::Moved, Some(l)) => {
                if place.overlaps(&l) || also.iter().any(|p| p.overlaps(&l)) {
                    Outcome::FlaggedSurvived
                } else {
                    Outcome::FlaggedMisattachment
                }
            }
            (Truth::Intact { may_be_gone, .. }, _, _) => {
                if *may_be_gone {
                    Outcome::CorrectlyOrphaned
                } else {
                    Outcome::OrphanedIntact
                }
            }
            (Truth::Changed { place, .. }, AnchorStatus::Anchored, Some(l)) => {
                if place.equals(&l) {
                    Outcome::Correct
                } else {
                    Outcome::SilentMisattachment
                }
            }
            (Truth::Changed { place, .. }, AnchorStatus::Moved, Some(l)) => {
                if place.overlaps(&l) {
                    Outcome::FlaggedSurvived
                } else {
                    Outcome::FlaggedMisattachment
                }
            }
            (Truth::Changed { changed, quote_len, .. }, _, _) => {
                if *quote_len >= 8 && changed * 100 <= 15 * quote_len {
                    Outcome::OrphanedChangedWithin
                } else {
                    Outcome::OrphanedChangedBeyond
                }
            }
            (Truth::Gone, AnchorStatus::Anchored, _) => Outcome::SilentMisattachment,
            (Truth::Gone, AnchorStatus::Moved, _) => Outcome::FlaggedMisattachment,
            (Truth::Gone, AnchorStatus::Orphaned, _) => Outcome::CorrectlyOrphaned,
        }
    }
}

/// One scenario: the annotated document, the edited one, and the truth for each
/// annotated segment.
pub struct Scenario {
    pub family: Family,
    pub seed: u64,
    pub v1: Document,
    pub v2: Document,
    pub segments: Vec<(Segment, Truth)>,
    /// What was done, for failure messages.
    pub log: String,
}

impl Scenario {
    /// Resolves every segment with Glosa's anchorer.
    pub fn resolve(&self) -> Vec<Resolved> {
        let anchorer = Anchorer::new(&self.v2);
        self.segments.iter().map(|(s, _)| anchorer.resolve_segment(s)).collect()
    }

    /// A readable account of segment `i` and how it resolved, for failures.
    pub fn explain(&self, i: usize, resolved: &Resolved) -> String {
        let (segment, truth) = &self.segments[i];
        let text_at = |paragraph: usize, start: usize, end: usize| -> String {
            self.v2
                .paragraphs()
                .get(paragraph)
                .map(|p| self.v2.text_of(p).chars().skip(start).take(end.saturating_sub(start)).collect())
                .unwrap_or_default()
        };
        let mut out = format!(
            "family {:?}, seed {:#x}\n{}\nquote “{}” (¶{} of v1, {}..{}) prefix “{}” suffix “{}”\ntruth {:?}\n",
            self.family,
            self.seed,
            self.log,
            segment.quote,
            self.v1.index_of(&segment.paragraph).map_or(0, |i| i + 1),
            segment.start,
            segment.end,
            segment.prefix,
            segment.suffix,
            truth
        );
        let _ = writeln!(out, "resolved {:?} {:?} {:?}", resolved.status, resolved.reason, resolved.location);
        if let Some(l) = resolved.location {
            let _ = writeln!(out, "resolved text “{}”", text_at(l.paragraph, l.start.0, l.end.0));
        }
        for (i, p) in self.v2.paragraphs().iter().enumerate() {
            let text: String = self.v2.text_of(p).chars().take(110).collect();
            let _ = writeln!(out, "  v2 ¶{} {} {}", i + 1, p.id, text);
        }
        for (i, p) in self.v1.paragraphs().iter().enumerate() {
            let text: String = self.v1.text_of(p).chars().take(110).collect();
            let _ = writeln!(out, "  v1 ¶{} {} {}", i + 1, p.id, text);
        }
        out
    }
}

/// A small deterministic generator (`SplitMix64` seeding, `xorshift64*`).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Self((z ^ (z >> 31)) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n`, `n > 0`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True `percent` % of the time.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One corpus file, as paragraphs.
struct Source {
    name: &'static str,
    paragraphs: Vec<Vec<char>>,
    /// Words of 3 letters or more that occur in it, for replacements.
    vocabulary: Vec<String>,
}

/// Makes scenarios from the corpus.
pub struct Generator {
    sources: Vec<Source>,
}

type Text = Vec<char>;

/// Code point ranges of the words (UAX #29 word segments with a letter or digit).
fn words(text: &[char]) -> Vec<(usize, usize)> {
    let s: String = text.iter().collect();
    let mut out = Vec::new();
    let mut position = 0;
    for token in s.split_word_bounds() {
        let n = token.chars().count();
        if token.chars().any(char::is_alphanumeric) {
            out.push((position, position + n));
        }
        position += n;
    }
    out
}

/// Code point ranges of the sentences (UAX #29), without trailing white space.
fn sentences(text: &[char]) -> Vec<(usize, usize)> {
    let s: String = text.iter().collect();
    let mut out = Vec::new();
    let mut position = 0;
    for sentence in s.split_sentence_bounds() {
        let n = sentence.chars().count();
        let trimmed = sentence.trim_end().chars().count();
        if sentence.chars().any(char::is_alphanumeric) {
            out.push((position, position + trimmed));
        }
        position += n;
    }
    out
}

fn chars(s: &str) -> Text {
    s.chars().collect()
}

fn string(text: &[char]) -> String {
    text.iter().collect()
}

/// A tracked span in the draft.
#[derive(Clone, Debug)]
struct Track {
    at: Option<Place>,
    /// The span in unedited copies of its paragraph made since (with the code
    /// points changed at the time): when the original is deleted or rewritten, a
    /// copy holds the passage, as if the paragraph had moved there.
    shadows: Vec<(Place, usize)>,
    /// Identical adjacent copies (see [`Truth::Intact`]).
    also: Vec<usize>,
    may_be_gone: bool,
    /// Code points edited inside the span.
    changed: usize,
    /// Whether the text right before / right after the span was rewritten (8 code
    /// points or more replaced within 12 of it).
    context_rewritten: (bool, bool),
    /// Whether its paragraph was moved: an unedited copy of it is then as much its
    /// place as the moved paragraph (moving it and copying it back is the same
    /// document as copying it).
    moved: bool,
    quote: String,
}

/// The document being edited, paragraph by paragraph, with the tracked spans.
struct Draft {
    paragraphs: Vec<Text>,
    /// The annotated version's paragraphs.
    original: Vec<Text>,
    tracks: Vec<Track>,
    log: String,
}

impl Draft {
    fn note(&mut self, what: impl AsRef<str>) {
        self.log.push_str("  edit: ");
        self.log.push_str(what.as_ref());
        self.log.push('\n');
    }

    fn annotated_paragraphs(&self) -> Vec<usize> {
        let mut list: Vec<usize> = self.tracks.iter().filter_map(|t| t.at.map(|p| p.paragraph)).collect();
        list.sort_unstable();
        list.dedup();
        list
    }

    fn insert(&mut self, at: usize, text: Text) {
        self.note(format!("insert ¶ at {}: “{}…”", at + 1, string(&text[..text.len().min(40)])));
        self.paragraphs.insert(at, text);
        for t in &mut self.tracks {
            if let Some(p) = &mut t.at
                && p.paragraph >= at
            {
                p.paragraph += 1;
            }
            for a in &mut t.also {
                if *a >= at {
                    *a += 1;
                }
            }
            for (p, _) in &mut t.shadows {
                if p.paragraph >= at {
                    p.paragraph += 1;
                }
            }
        }
    }

    fn delete(&mut self, i: usize) {
        self.note(format!("delete ¶{}", i + 1));
        let deleted = self.paragraphs.remove(i);
        let in_run = [i.checked_sub(1), Some(i)]
            .into_iter()
            .flatten()
            .find(|&j| self.paragraphs.get(j).is_some_and(|text| *text == deleted));
        let paragraphs = &self.paragraphs;
        for t in &mut self.tracks {
            t.also.retain(|a| *a != i);
            for a in &mut t.also {
                if *a > i {
                    *a -= 1;
                }
            }
            t.shadows.retain(|(p, _)| p.paragraph != i);
            for (p, _) in &mut t.shadows {
                if p.paragraph > i {
                    p.paragraph -= 1;
                }
            }
            if t.at.is_some_and(|p| p.paragraph == i) && t.also.is_empty() && !t.shadows.is_empty() {
                let (place, changed) = t.shadows.remove(0);
                t.at = Some(place);
                t.changed = changed;
                continue;
            }
            let Some(p) = &mut t.at else { continue };
            if p.paragraph == i {
                // An identical copy right next to it: the same document whichever of
                // the two was deleted.
                let twin = [i.checked_sub(1), Some(i)]
                    .into_iter()
                    .flatten()
                    .find(|&j| paragraphs.get(j).is_some_and(|text| *text == deleted));
                if let Some(j) = t.also.pop().or(twin) {
                    p.paragraph = j;
                    t.may_be_gone = true;
                    t.also.clear();
                } else {
                    t.at = None;
                }
            } else {
                if p.paragraph > i {
                    p.paragraph -= 1;
                }
                let adjacent_twin = (p.paragraph + 1 == i || p.paragraph == i) && paragraphs[p.paragraph] == deleted;
                if adjacent_twin {
                    t.may_be_gone = true;
                }
            }
        }
        if let Some(j) = in_run {
            self.mark_identical_run(j, true);
        }
    }

    fn move_paragraph(&mut self, from: usize, to: usize) {
        self.note(format!("move ¶{} to position {}", from + 1, to + 1));
        // An identical copy right next to the moved paragraph: moving either gives
        // the same document, so a span on one may be on the other.
        let moved = self.paragraphs[from].clone();
        let twins_before: Vec<usize> = [from.checked_sub(1), Some(from + 1)]
            .into_iter()
            .flatten()
            .filter(|&j| self.paragraphs.get(j).is_some_and(|text| *text == moved))
            .collect();
        let text = self.paragraphs.remove(from);
        self.paragraphs.insert(to, text);
        let map = |i: usize| -> usize {
            if i == from {
                to
            } else {
                let after_removal = if i > from { i - 1 } else { i };
                if after_removal >= to { after_removal + 1 } else { after_removal }
            }
        };
        let paragraphs = &self.paragraphs;
        let twins_after: Vec<usize> = [to.checked_sub(1), Some(to + 1)]
            .into_iter()
            .flatten()
            .filter(|&j| paragraphs.get(j).is_some_and(|text| *text == paragraphs[to]))
            .collect();
        for t in &mut self.tracks {
            t.also.clear();
            for (p, _) in &mut t.shadows {
                p.paragraph = map(p.paragraph);
            }
            let Some(p) = &mut t.at else { continue };
            let old = p.paragraph;
            p.paragraph = map(old);
            if old == from {
                t.moved = true;
                // Moved next to an identical copy: the same document as if the copy
                // had moved; moved away from one: as if that one had.
                t.also.extend(twins_after.iter().copied());
                t.also.extend(twins_before.iter().map(|&j| map(j)));
            } else if twins_before.contains(&old) {
                t.also.push(to);
            }
        }
    }

    /// Inserts a copy of paragraph `i` at `at` (an index in the document before the
    /// insertion).
    fn duplicate(&mut self, i: usize, at: usize) {
        let text = self.paragraphs[i].clone();
        self.note(format!("copy ¶{} to position {}", i + 1, at + 1));
        self.insert(at, text);
        let original = if at <= i { i + 1 } else { i };
        for t in &mut self.tracks {
            let copied: Vec<(Place, usize)> =
                t.at.map(|p| (p, t.changed))
                    .into_iter()
                    .chain(t.shadows.iter().copied())
                    .filter(|(p, _)| p.paragraph == original)
                    .map(|(p, changed)| (Place { paragraph: at, ..p }, changed))
                    .collect();
            t.shadows.extend(copied);
        }
        // Next to its source or to another identical copy: the same document
        // wherever in the run of copies it went.
        self.mark_identical_run(at, false);
    }

    /// The spans on a run of identical adjacent paragraphs around `i` may be on any
    /// of them after a copy was inserted into the run or one deleted from it (the
    /// same document wherever that happened); `may_be_gone` after a deletion.
    fn mark_identical_run(&mut self, i: usize, may_be_gone: bool) {
        let Some(text) = self.paragraphs.get(i) else { return };
        let mut first = i;
        while first > 0 && self.paragraphs[first - 1] == *text {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < self.paragraphs.len() && self.paragraphs[last + 1] == *text {
            last += 1;
        }
        if first == last {
            return;
        }
        for t in &mut self.tracks {
            if let Some(p) = t.at
                && (first..=last).contains(&p.paragraph)
            {
                t.also = (first..=last).filter(|&j| j != p.paragraph).collect();
                t.may_be_gone |= may_be_gone;
            }
        }
    }

    /// Replaces code points `a..b` of paragraph `i` with `new`.
    fn replace(&mut self, i: usize, a: usize, b: usize, new: &[char]) {
        let old = string(&self.paragraphs[i][a..b]);
        self.note(format!("¶{} {}..{}: “{}” → “{}”", i + 1, a, b, old, string(new)));
        self.paragraphs[i].splice(a..b, new.iter().copied());
        let delta = new.len().cast_signed() - (b - a).cast_signed();
        let shift = |x: usize| x.saturating_add_signed(delta);
        for t in &mut self.tracks {
            t.also.retain(|&x| x != i);
            t.shadows.retain(|(p, _)| p.paragraph != i);
            let Some(p) = &mut t.at else { continue };
            if p.paragraph != i {
                continue;
            }
            t.also.clear();
            // At least 8 code points replaced (or all there were, at a paragraph edge).
            let replaced = b - a;
            let len = self.paragraphs[i].len() + (b - a) - new.len();
            if replaced > 0 && replaced >= 8.min(p.start) && b <= p.start && b + 12 > p.start {
                t.context_rewritten.0 = true;
            }
            if replaced > 0 && replaced >= 8.min(len - p.end) && a >= p.end && a < p.end + 12 {
                t.context_rewritten.1 = true;
            }
            if b <= p.start {
                // Entirely before the span (an insertion at its start is outside).
                p.start = shift(p.start);
                p.end = shift(p.end);
            } else if a >= p.end {
                // Entirely after (an insertion at its end is outside).
            } else if a >= p.start && b <= p.end {
                // Inside; the whole quote replaced is the passage gone.
                if a == p.start && b == p.end {
                    t.at = None;
                    continue;
                }
                p.end = shift(p.end);
                t.changed += (b - a).max(new.len());
            } else {
                // Overlapping an end: what remains of the span plus the new text.
                let kept = (p.end - p.start) - (p.end.min(b) - p.start.max(a));
                if kept == 0 {
                    t.at = None;
                    continue;
                }
                t.changed += (p.end.min(b) - p.start.max(a)) + new.len();
                let start = p.start.min(a);
                let end = shift(p.end.max(b));
                p.start = start;
                p.end = end;
            }
            if p.start >= p.end {
                t.at = None;
            }
        }
        for t in &mut self.tracks {
            if t.at.is_none() && !t.shadows.is_empty() {
                let (place, changed) = t.shadows.remove(0);
                t.at = Some(place);
                t.changed = changed;
            }
        }
    }

    /// Deletes word `w` (code points `a..b`) of paragraph `i` with one adjacent space.
    fn delete_word(&mut self, i: usize, (a, b): (usize, usize)) {
        let text = &self.paragraphs[i];
        let (a, b) = if b < text.len() && text[b] == ' ' {
            (a, b + 1)
        } else if a > 0 && text[a - 1] == ' ' {
            (a - 1, b)
        } else {
            (a, b)
        };
        self.replace(i, a, b, &[]);
    }
}

impl Generator {
    /// Reads the corpus from `tests/corpus/`.
    pub fn new() -> Self {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let sources = SOURCES
            .iter()
            .map(|&name| {
                let bytes = std::fs::read(folder.join(name)).unwrap();
                let doc = Document::parse(bytes, name).unwrap();
                let paragraphs: Vec<Text> = doc
                    .paragraphs()
                    .iter()
                    .map(|p| chars(doc.text_of(p)))
                    .filter(|t| t.len() >= 12 && t.iter().filter(|c| c.is_alphabetic()).count() >= 6)
                    .collect();
                let mut vocabulary: Vec<String> = paragraphs
                    .iter()
                    .flat_map(|t| words(t).into_iter().map(|(a, b)| string(&t[a..b])))
                    .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
                    .collect();
                vocabulary.sort_unstable();
                vocabulary.dedup();
                Source { name, paragraphs, vocabulary }
            })
            .collect();
        Self { sources }
    }

    /// The scenario of `family` for `seed`, or `None` when the drawn window does not
    /// suit the family (too few words, no repeated word nearby…).
    #[allow(clippy::too_many_lines, reason = "one recipe per family, read top to bottom")]
    pub fn scenario(&self, family: Family, seed: u64) -> Option<Scenario> {
        let mut rng = Rng::new(seed);
        let source = &self.sources[rng.below(self.sources.len())];
        if source.paragraphs.len() < 6 {
            return None;
        }
        let length = rng.between(6, 16).min(source.paragraphs.len());
        let first = rng.below(source.paragraphs.len() - length + 1);
        let mut v1: Vec<Text> = source.paragraphs[first..first + length].to_vec();
        let long_paragraphs: Vec<usize> = (0..v1.len()).filter(|&i| v1[i].len() >= 40).collect();
        if long_paragraphs.len() < 3 {
            return None;
        }
        let mut log = format!("source {} ¶{}..¶{}\n", source.name, first + 1, first + length);

        // Preparation of v1 for the families that need a twin.
        let mut target = *rng.pick(&long_paragraphs);
        let mut twin: Option<usize> = None;
        match family {
            Family::NearDuplicate => {
                let text = v1[target].clone();
                let ws = words(&text);
                let capitalised: Vec<(usize, usize)> =
                    ws.iter().copied().filter(|&(a, b)| b - a >= 3 && text[a].is_uppercase() && a > 0).collect();
                let (a, b) = if capitalised.is_empty() { *rng.pick(&ws) } else { *rng.pick(&capitalised) };
                let old = string(&text[a..b]);
                let name = NAMES.iter().copied().find(|n| *n != old && rng.chance(40)).unwrap_or("Chile");
                let mut copy = text.clone();
                copy.splice(a..b, name.chars());
                let at = if rng.chance(50) { target + usize::from(rng.chance(50)) } else { rng.below(v1.len() + 1) };
                v1.insert(at, copy);
                if at <= target {
                    target += 1;
                }
                twin = Some(at);
                let _ = writeln!(log, "v1: near-duplicate of ¶{} at ¶{} with “{old}” → “{name}”", target + 1, at + 1);
            }
            Family::RepeatedParagraph => {
                let at = if rng.chance(40) { target + usize::from(rng.chance(50)) } else { rng.below(v1.len() + 1) };
                v1.insert(at, v1[target].clone());
                if at <= target {
                    target += 1;
                }
                twin = Some(at);
                if rng.chance(50) {
                    // Annotate the other copy.
                    std::mem::swap(&mut target, twin.as_mut().unwrap());
                }
                let _ = writeln!(log, "v1: copy of ¶{} at ¶{}", target + 1, twin.unwrap() + 1);
            }
            _ => {}
        }

        // Parse v1 as the user opened it.
        let v1_doc = Document::parse(join(&v1).into_bytes(), "v1.txt").ok()?;
        let parsed: Vec<Text> = v1_doc.paragraphs().iter().map(|p| chars(v1_doc.text_of(p))).collect();
        if parsed != v1 {
            return None;
        }

        // Annotations.
        let mut spans: Vec<(usize, usize, usize)> = Vec::new();
        let on_target = match family {
            Family::InsertParagraphs
            | Family::DeleteParagraphs
            | Family::MoveParagraph
            | Family::DuplicateParagraph
            | Family::RenameThroughout
            | Family::RewrapHyphenated
            | Family::Reencode
            | Family::Mixed => 1,
            _ => 3,
        };
        let mut short_word: Option<(usize, usize)> = None;
        if family == Family::ShortQuoteDeleted {
            // A word of the target that also occurs in a paragraph within three.
            let text = &v1[target];
            let candidates: Vec<(usize, usize)> = words(text)
                .into_iter()
                .filter(|&(a, b)| {
                    let w = &text[a..b];
                    w.len() >= 2
                        && (target.saturating_sub(3)..(target + 4).min(v1.len()))
                            .any(|j| j != target && contains_word(&v1[j], w))
                })
                .collect();
            if candidates.is_empty() {
                return None;
            }
            let w = *rng.pick(&candidates);
            short_word = Some(w);
            spans.push((target, w.0, w.1));
        }
        for k in 0..on_target {
            if let Some(span) = pick_span(&mut rng, &v1[target], k == 0 && family == Family::WordInsideSpan) {
                spans.push((target, span.0, span.1));
            }
        }
        let others = rng.between(2, 4);
        for _ in 0..others {
            let p = rng.below(v1.len());
            if let Some(span) = pick_span(&mut rng, &v1[p], false) {
                spans.push((p, span.0, span.1));
            }
        }
        let mut segments = Vec::new();
        let mut tracks = Vec::new();
        for (p, a, b) in spans {
            let Some(segment) = Segment::new(&v1_doc, p, CharOffset(a), CharOffset(b)) else {
                continue;
            };
            let place = Place { paragraph: p, start: segment.start.0, end: segment.end.0 };
            tracks.push(Track {
                at: Some(place),
                shadows: Vec::new(),
                also: Vec::new(),
                may_be_gone: false,
                changed: 0,
                context_rewritten: (false, false),
                moved: false,
                quote: segment.quote.clone(),
            });
            segments.push(segment);
        }
        if segments.is_empty() {
            return None;
        }
        for s in &segments {
            let _ = writeln!(log, "annotate ¶{} “{}”", v1_doc.index_of(&s.paragraph).map_or(0, |i| i + 1), s.quote);
        }

        // Edits.
        let mut draft = Draft { paragraphs: v1.clone(), original: v1.clone(), tracks, log: String::new() };
        let mut serialization = Serialization::Plain;
        match family {
            Family::Mixed => {
                let count = rng.between(2, 4);
                for _ in 0..count {
                    let kind = *rng.pick(&[
                        Family::InsertParagraphs,
                        Family::DeleteParagraphs,
                        Family::MoveParagraph,
                        Family::DuplicateParagraph,
                        Family::WordInsideSpan,
                        Family::WordNextToSpan,
                        Family::MultiWordEdit,
                        Family::RewriteParagraph,
                        Family::RenameThroughout,
                    ]);
                    Self::edit(kind, &mut rng, source, &mut draft, None, false)?;
                }
                serialization = *rng.pick(&[
                    Serialization::Plain,
                    Serialization::Plain,
                    Serialization::Rewrap,
                    Serialization::Encoded,
                ]);
            }
            Family::NearDuplicate => {
                let twin = twin?;
                let target = target;
                match rng.below(6) {
                    0 => Self::rewrite_all(&mut rng, source, &mut draft, target),
                    1 => draft.delete(target),
                    2 => Self::word_inside(&mut rng, source, &mut draft, Some(target))?,
                    3 => Self::replace_words(&mut rng, source, &mut draft, twin, 1)?,
                    4 => {
                        // The annotated one deleted and its twin edited.
                        Self::replace_words(&mut rng, source, &mut draft, twin, 1)?;
                        draft.delete(target);
                    }
                    _ => {
                        // The annotated one rewritten and a neighbour edited.
                        Self::rewrite_all(&mut rng, source, &mut draft, target);
                        let neighbour = if target > 0 && rng.chance(50) { target - 1 } else { target + 1 };
                        if neighbour < draft.paragraphs.len() && neighbour != twin {
                            Self::replace_words(&mut rng, source, &mut draft, neighbour, 1)?;
                        }
                    }
                }
            }
            Family::RepeatedParagraph => {
                let twin = twin?;
                match rng.below(7) {
                    0 => draft.delete(target),
                    1 => draft.delete(twin),
                    2 => {
                        // Another copy inserted above the annotated one.
                        let at = if rng.chance(50) { target } else { rng.below(target + 1) };
                        draft.duplicate(target, at);
                    }
                    3 => Self::word_inside(&mut rng, source, &mut draft, Some(target))?,
                    4 => Self::replace_words(&mut rng, source, &mut draft, target, 1)?,
                    5 => Self::replace_words(&mut rng, source, &mut draft, twin, 1)?,
                    _ => {
                        let to = rng.below(draft.paragraphs.len());
                        if to == target {
                            return None;
                        }
                        draft.move_paragraph(target, to);
                    }
                }
            }
            Family::ShortQuoteDeleted => {
                let w = short_word?;
                draft.delete_word(target, w);
                let neighbour = if target > 0 && rng.chance(50) { target - 1 } else { target + 1 };
                if neighbour < draft.paragraphs.len() {
                    Self::replace_words(&mut rng, source, &mut draft, neighbour, 1)?;
                }
            }
            Family::RewrapHyphenated => {
                if rng.chance(40) {
                    let kind = *rng.pick(&[Family::WordInsideSpan, Family::WordNextToSpan, Family::MultiWordEdit]);
                    Self::edit(kind, &mut rng, source, &mut draft, None, false)?;
                }
                serialization = Serialization::Rewrap;
            }
            Family::Reencode => {
                if rng.chance(40) {
                    let kind = *rng.pick(&[Family::InsertParagraphs, Family::WordInsideSpan, Family::WordNextToSpan]);
                    Self::edit(kind, &mut rng, source, &mut draft, None, false)?;
                }
                serialization = Serialization::Encoded;
            }
            other => Self::edit(other, &mut rng, source, &mut draft, Some(target), true)?,
        }
        if draft.paragraphs.is_empty() {
            return None;
        }
        // Mixed edits that leave two identical paragraphs side by side (a copy, then
        // moves or deletions between) make a document that several histories give,
        // each with its own truth; the two copy families cover that case alone.
        let adjacent_pairs = |paragraphs: &[Text]| paragraphs.windows(2).filter(|w| w[0] == w[1]).count();
        if family == Family::Mixed && adjacent_pairs(&draft.paragraphs) > adjacent_pairs(&v1) {
            return None;
        }
        log.push_str(&draft.log);

        // Serialize, parse, align.
        let (bytes, how) = serialize(&mut rng, &draft.paragraphs, serialization);
        let _ = writeln!(log, "v2 written {how}");
        let v2 = Document::parse(bytes, "v2.txt").ok()?;
        let parsed: Vec<Text> = v2.paragraphs().iter().map(|p| chars(v2.text_of(p))).collect();
        let map = align(&draft.paragraphs, &parsed)?;
        let mut result = Vec::new();
        for (segment, track) in segments.into_iter().zip(draft.tracks) {
            let truth = truth_of(&track, &draft.paragraphs, &parsed, &map);
            result.push((segment, truth));
        }
        Some(Scenario { family, seed, v1: v1_doc, v2, segments: result, log })
    }

    /// Applies one edit of `kind`. `target`: the paragraph the family focuses on.
    /// `focused`: whether to prefer annotated paragraphs (the family's own edit).
    fn edit(
        kind: Family,
        rng: &mut Rng,
        source: &Source,
        draft: &mut Draft,
        target: Option<usize>,
        focused: bool,
    ) -> Option<()> {
        let annotated = draft.annotated_paragraphs();
        let n = draft.paragraphs.len();
        let near_annotated = |rng: &mut Rng| -> usize {
            if annotated.is_empty() || !rng.chance(if focused { 70 } else { 40 }) {
                rng.below(n)
            } else {
                *rng.pick(&annotated)
            }
        };
        match kind {
            Family::InsertParagraphs => {
                let count = if focused { rng.between(1, 3) } else { 1 };
                for _ in 0..count {
                    let n = draft.paragraphs.len();
                    let at = if rng.chance(50) {
                        (near_annotated(rng) + usize::from(rng.chance(50))).min(n)
                    } else {
                        rng.below(n + 1)
                    };
                    let text = Self::new_paragraph(rng, source, draft)?;
                    draft.insert(at, text);
                }
            }
            Family::DeleteParagraphs => {
                let count = if focused { rng.between(1, 2) } else { 1 };
                for _ in 0..count {
                    if draft.paragraphs.len() <= 2 {
                        break;
                    }
                    let i = near_annotated(rng).min(draft.paragraphs.len() - 1);
                    draft.delete(i);
                }
            }
            Family::MoveParagraph => {
                let from = target.filter(|_| rng.chance(60)).unwrap_or_else(|| near_annotated(rng));
                let mut to = rng.below(n);
                if to.abs_diff(from) < 2 {
                    to = (from + 2 + rng.below(n)) % n;
                }
                if to == from {
                    return None;
                }
                draft.move_paragraph(from, to);
            }
            Family::DuplicateParagraph => {
                let i = target.filter(|_| rng.chance(70)).unwrap_or_else(|| near_annotated(rng));
                // Mixed edits copy far only, so the truth stays one place.
                let at = if focused && rng.chance(40) {
                    i + usize::from(rng.chance(50))
                } else {
                    let mut at = rng.below(n + 1);
                    if at == i || at == i + 1 {
                        at = (i + 3) % (n + 1);
                    }
                    at
                };
                draft.duplicate(i, at);
            }
            Family::WordInsideSpan => Self::word_inside(rng, source, draft, target)?,
            Family::WordNextToSpan => Self::word_next(rng, source, draft, target)?,
            Family::MultiWordEdit => {
                let i = target.unwrap_or_else(|| near_annotated(rng));
                let count = rng.between(3, 8);
                Self::replace_words(rng, source, draft, i, count)?;
            }
            Family::RewriteParagraph => {
                let i = target.unwrap_or_else(|| near_annotated(rng));
                match rng.below(10) {
                    0..=4 => Self::rewrite_all(rng, source, draft, i),
                    5..=7 => Self::rewrite_around_span(rng, source, draft, i)?,
                    _ => {
                        let span = draft.tracks.iter().filter_map(|t| t.at).find(|p| p.paragraph == i)?;
                        let text = &draft.paragraphs[i];
                        let (a, b) = sentences(text).into_iter().find(|&(a, b)| a <= span.start && span.start < b)?;
                        let b = if b < text.len() && text[b] == ' ' { b + 1 } else { b };
                        if a == 0 && b >= text.len() {
                            return None;
                        }
                        draft.replace(i, a, b, &[]);
                    }
                }
            }
            Family::RenameThroughout => Self::rename(rng, source, draft)?,
            _ => return None,
        }
        Some(())
    }

    /// A paragraph from elsewhere in the source, new to the document (not in the
    /// draft, nor in the annotated version: re-inserting a paragraph's original text
    /// is a copy, which [`Family::DuplicateParagraph`] covers).
    fn new_paragraph(rng: &mut Rng, source: &Source, draft: &Draft) -> Option<Text> {
        for _ in 0..8 {
            let text = rng.pick(&source.paragraphs).clone();
            if !draft.paragraphs.contains(&text) && !draft.original.contains(&text) {
                return Some(text);
            }
        }
        None
    }

    /// A word of the source's vocabulary that does not occur in `paragraph` (so an
    /// edit never re-creates the words it replaces or doubles a neighbour).
    fn vocabulary_word(rng: &mut Rng, source: &Source, paragraph: &[char]) -> Text {
        for _ in 0..16 {
            let w = chars(rng.pick(&source.vocabulary).as_str());
            if !paragraph.windows(w.len()).any(|window| window == w.as_slice()) {
                return w;
            }
        }
        chars("zxqrevisado")
    }

    /// Whether `new`, replacing paragraph `i`, would contain one of its annotated
    /// passages verbatim (ignoring case) with 24 code points of the same text on each side (40 in
    /// all when the passage is near the paragraph's edge), or the whole old
    /// paragraph: the passage would then not be destroyed but kept (the paragraph
    /// was extended), by any reading of its stored context.
    fn recreates(draft: &Draft, i: usize, new: &[char]) -> bool {
        let text = &draft.paragraphs[i];
        draft.tracks.iter().filter_map(|t| t.at).filter(|p| p.paragraph == i).any(|p| {
            let (before, after) = (p.start.min(24), (text.len() - p.end).min(24));
            let whole = before == p.start && p.end + after == text.len();
            if before + after < 40 && !whole {
                return false;
            }
            let lower = |t: &[char]| -> Vec<char> { t.iter().flat_map(|c| c.to_lowercase()).collect() };
            let (window, new) = (lower(&text[p.start - before..p.end + after]), lower(new));
            new.windows(window.len()).any(|w| w == window.as_slice())
        })
    }

    /// One word replaced, inserted or deleted inside a span of paragraph `target`
    /// (or of any annotated paragraph).
    fn word_inside(rng: &mut Rng, source: &Source, draft: &mut Draft, target: Option<usize>) -> Option<()> {
        let candidates: Vec<Place> =
            draft.tracks.iter().filter_map(|t| t.at).filter(|p| target.is_none_or(|t| p.paragraph == t)).collect();
        if candidates.is_empty() {
            return None;
        }
        let span = *rng.pick(&candidates);
        let text = draft.paragraphs[span.paragraph].clone();
        let inside: Vec<(usize, usize)> =
            words(&text).into_iter().filter(|&(a, b)| a >= span.start && b <= span.end).collect();
        if inside.is_empty() {
            return None;
        }
        let w = *rng.pick(&inside);
        match rng.below(3) {
            0 => {
                let new = Self::vocabulary_word(rng, source, &text);
                draft.replace(span.paragraph, w.0, w.1, &new);
            }
            1 if inside.len() >= 2 && w.0 > span.start => {
                let mut new = Self::vocabulary_word(rng, source, &text);
                new.push(' ');
                draft.replace(span.paragraph, w.0, w.0, &new);
            }
            _ if inside.len() >= 3 => {
                // Delete an inner word (not the first or last of the span).
                let inner = inside[rng.between(1, inside.len() - 2)];
                draft.delete_word(span.paragraph, inner);
            }
            _ => {
                let new = Self::vocabulary_word(rng, source, &text);
                draft.replace(span.paragraph, w.0, w.1, &new);
            }
        }
        Some(())
    }

    /// One word inserted or replaced right before or right after a span.
    fn word_next(rng: &mut Rng, source: &Source, draft: &mut Draft, target: Option<usize>) -> Option<()> {
        let candidates: Vec<Place> =
            draft.tracks.iter().filter_map(|t| t.at).filter(|p| target.is_none_or(|t| p.paragraph == t)).collect();
        if candidates.is_empty() {
            return None;
        }
        let span = *rng.pick(&candidates);
        let i = span.paragraph;
        let text = draft.paragraphs[i].clone();
        let ws = words(&text);
        let before = ws.iter().rev().find(|&&(_, b)| b <= span.start).copied();
        let after = ws.iter().find(|&&(a, _)| a >= span.end).copied();
        let new = Self::vocabulary_word(rng, source, &text);
        // An inserted word is separated by spaces from what is around it.
        let spaced = |before: bool, after: bool, word: Text| -> Text {
            let mut out = Vec::new();
            if before {
                out.push(' ');
            }
            out.extend(word);
            if after {
                out.push(' ');
            }
            out
        };
        match rng.below(4) {
            0 => {
                // Insert a word right before the span.
                let glued = span.start > 0 && text[span.start - 1] != ' ';
                draft.replace(i, span.start, span.start, &spaced(glued, true, new));
            }
            1 => {
                let glued = span.end < text.len() && text[span.end] != ' ';
                draft.replace(i, span.end, span.end, &spaced(true, glued, new));
            }
            2 => {
                let (a, b) = before?;
                draft.replace(i, a, b, &new);
            }
            _ => {
                let (a, b) = after?;
                draft.replace(i, a, b, &new);
            }
        }
        Some(())
    }

    /// `count` consecutive words of paragraph `i` replaced by vocabulary words.
    fn replace_words(rng: &mut Rng, source: &Source, draft: &mut Draft, i: usize, count: usize) -> Option<()> {
        let text = draft.paragraphs.get(i)?.clone();
        let ws = words(&text);
        if ws.is_empty() {
            return None;
        }
        let count = count.min(ws.len());
        let first = rng.below(ws.len() - count + 1);
        let (a, b) = (ws[first].0, ws[first + count - 1].1);
        let mut new = Vec::new();
        for k in 0..rng.between(count.saturating_sub(2).max(1), count + 1) {
            if k > 0 {
                new.push(' ');
            }
            new.extend(Self::vocabulary_word(rng, source, &text));
        }
        draft.replace(i, a, b, &new);
        Some(())
    }

    /// Paragraph `i` replaced by another paragraph of the source (one that does not
    /// contain its annotated passages with their context).
    fn rewrite_all(rng: &mut Rng, source: &Source, draft: &mut Draft, i: usize) {
        let text = (0..8)
            .filter_map(|_| Self::new_paragraph(rng, source, draft))
            .find(|text| !Self::recreates(draft, i, text))
            .unwrap_or_else(|| chars("Párrafo reescrito por completo."));
        let len = draft.paragraphs[i].len();
        draft.replace(i, 0, len, &text);
    }

    /// Paragraph `i` rewritten around one of its spans: the text before and after
    /// the span replaced, the span kept.
    fn rewrite_around_span(rng: &mut Rng, source: &Source, draft: &mut Draft, i: usize) -> Option<()> {
        let span = draft.tracks.iter().filter_map(|t| t.at).find(|p| p.paragraph == i)?;
        let other = (0..8)
            .filter_map(|_| Self::new_paragraph(rng, source, draft))
            .find(|text| !Self::recreates(draft, i, text))?;
        let half = other.len() / 2;
        let len = draft.paragraphs[i].len();
        if span.end < len {
            let mut after = vec![' '];
            after.extend_from_slice(&other[half..]);
            draft.replace(i, span.end, len, &after);
        }
        if span.start > 0 {
            let mut before = other[..half].to_vec();
            before.push(' ');
            draft.replace(i, 0, span.start, &before);
        }
        Some(())
    }

    /// The most widespread word (4 letters or more) renamed in every paragraph.
    fn rename(rng: &mut Rng, source: &Source, draft: &mut Draft) -> Option<()> {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for text in &draft.paragraphs {
            let mut seen: Vec<String> = words(text)
                .into_iter()
                .map(|(a, b)| string(&text[a..b]))
                .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for w in seen {
                *counts.entry(w).or_default() += 1;
            }
        }
        let mut ranked: Vec<(usize, String)> =
            counts.into_iter().map(|(w, c)| (c, w)).filter(|(c, _)| *c >= 2).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        ranked.truncate(4);
        if ranked.is_empty() {
            return None;
        }
        let word = chars(&rng.pick(&ranked).1);
        let new = if word[0].is_uppercase() {
            chars(rng.pick::<&str>(&NAMES))
        } else {
            Self::vocabulary_word(rng, source, &draft.paragraphs.concat())
        };
        draft.note(format!("rename “{}” → “{}” throughout", string(&word), string(&new)));
        for i in 0..draft.paragraphs.len() {
            let hits: Vec<(usize, usize)> = words(&draft.paragraphs[i])
                .into_iter()
                .filter(|&(a, b)| draft.paragraphs[i][a..b] == word[..])
                .collect();
            for &(a, b) in hits.iter().rev() {
                draft.replace(i, a, b, &new);
            }
        }
        Some(())
    }
}

/// Whether `text` contains `word` as a whole word.
fn contains_word(text: &[char], word: &[char]) -> bool {
    words(text).into_iter().any(|(a, b)| &text[a..b] == word)
}

/// A span of `text` at word boundaries: a word (an acronym or capitalised word when
/// there is one, half the time), two or three words, a phrase of 4–12 words, a
/// sentence or the whole paragraph. `multi_word`: at least three words.
fn pick_span(rng: &mut Rng, text: &[char], multi_word: bool) -> Option<(usize, usize)> {
    let ws = words(text);
    if ws.is_empty() {
        return None;
    }
    let kind = if multi_word { rng.between(2, 4) } else { rng.below(10) };
    let run = |rng: &mut Rng, low: usize, high: usize| -> Option<(usize, usize)> {
        let count = rng.between(low, high).min(ws.len());
        let first = rng.below(ws.len() - count + 1);
        Some((ws[first].0, ws[first + count - 1].1))
    };
    match kind {
        0 | 1 => {
            let named: Vec<(usize, usize)> =
                ws.iter().copied().filter(|&(a, b)| b - a >= 2 && text[a].is_uppercase()).collect();
            let pool = if !named.is_empty() && rng.chance(50) { named } else { ws.clone() };
            Some(*rng.pick(&pool))
        }
        2 | 3 => run(rng, 2, 3),
        4..=6 => run(rng, 4, 12),
        7 | 8 => {
            let s = sentences(text);
            if s.is_empty() { run(rng, 4, 12) } else { Some(*rng.pick(&s)) }
        }
        _ => Some((0, text.len())),
    }
}

/// How the edited text is written to bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Serialization {
    /// UTF-8, blank lines between paragraphs.
    Plain,
    /// Hard-wrapped at 55–75 columns with hyphenation inside long words.
    Rewrap,
    /// Windows-1252 or UTF-16 LE with BOM or UTF-8 with BOM, CRLF.
    Encoded,
}

fn join(paragraphs: &[Text]) -> String {
    paragraphs.iter().map(|p| string(p)).collect::<Vec<_>>().join("\n\n")
}

fn serialize(rng: &mut Rng, paragraphs: &[Text], how: Serialization) -> (Vec<u8>, String) {
    match how {
        Serialization::Plain => (join(paragraphs).into_bytes(), "as UTF-8".to_owned()),
        Serialization::Rewrap => {
            let width = rng.between(55, 75);
            let soft = rng.chance(15);
            let text = paragraphs.iter().map(|p| rewrap(rng, p, width, soft)).collect::<Vec<_>>().join("\n\n");
            (
                text.into_bytes(),
                format!("re-wrapped at {width} columns with {} hyphens", if soft { "soft" } else { "hard" }),
            )
        }
        Serialization::Encoded => {
            let text = join(paragraphs).replace('\n', "\r\n");
            match rng.below(3) {
                0 => {
                    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
                    if unmappable {
                        (utf16(&text), "as UTF-16 LE with BOM, CRLF".to_owned())
                    } else {
                        (bytes.into_owned(), "as Windows-1252, CRLF".to_owned())
                    }
                }
                1 => (utf16(&text), "as UTF-16 LE with BOM, CRLF".to_owned()),
                _ => {
                    let mut bytes = b"\xEF\xBB\xBF".to_vec();
                    bytes.extend_from_slice(text.as_bytes());
                    (bytes, "as UTF-8 with BOM, CRLF".to_owned())
                }
            }
        }
    }
}

fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    bytes
}

/// One paragraph hard-wrapped at `width` code points, long words hyphenated at the
/// line end as PDF extraction gives them (`gobier-` / `nos`).
fn rewrap(rng: &mut Rng, text: &[char], width: usize, soft: bool) -> String {
    let mut out = String::new();
    let mut line = 0usize;
    for word in string(text).split(' ') {
        let n = word.chars().count();
        if line > 0 && line + 1 + n > width {
            let room = width.saturating_sub(line + 2);
            let letters = word.chars().all(char::is_alphabetic);
            if letters && n >= 8 && room >= 3 && rng.chance(70) {
                let cut = rng.between(3, (n - 3).min(room));
                let head: String = word.chars().take(cut).collect();
                let tail: String = word.chars().skip(cut).collect();
                out.push(' ');
                out.push_str(&head);
                out.push(if soft { '\u{AD}' } else { '-' });
                out.push('\n');
                out.push_str(&tail);
                line = n - cut;
                continue;
            }
            out.push('\n');
            out.push_str(word);
            line = n;
        } else {
            if line > 0 {
                out.push(' ');
                line += 1;
            }
            out.push_str(word);
            line += n;
        }
    }
    out
}

/// Per draft paragraph, per code point: (parsed paragraph, code point) or `None`.
type Alignment = Vec<Vec<Option<(usize, usize)>>>;

/// For each code point of each draft paragraph, where it is in the parsed
/// paragraphs: hyphens the segmenter kept are skipped, a paragraph split at a space
/// or two paragraphs merged with a space are followed. `None` if the texts do not
/// correspond (the scenario is then dropped).
fn align(draft: &[Text], parsed: &[Text]) -> Option<Alignment> {
    let mut map = Vec::with_capacity(draft.len());
    let (mut q, mut c) = (0usize, 0usize);
    for (k, text) in draft.iter().enumerate() {
        if k > 0 {
            if c == parsed.get(q)?.len() {
                q += 1;
                c = 0;
            } else if parsed[q][c] == ' ' {
                c += 1;
            } else {
                return None;
            }
        }
        let mut row = Vec::with_capacity(text.len());
        for &d in text {
            loop {
                let p = parsed.get(q)?;
                if c < p.len() && p[c] == d {
                    row.push(Some((q, c)));
                    c += 1;
                    break;
                }
                if c < p.len() && p[c] == '-' && d != '-' {
                    c += 1;
                    continue;
                }
                if d == '-' {
                    // A hyphen the segmenter removed when joining lines.
                    row.push(None);
                    break;
                }
                if c == p.len() && d == ' ' {
                    row.push(None);
                    q += 1;
                    c = 0;
                    break;
                }
                return None;
            }
        }
        map.push(row);
    }
    (q + 1 == parsed.len() && c == parsed[q].len()).then_some(map)
}

/// The truth of one tracked span in the parsed edited document.
fn truth_of(track: &Track, draft: &[Text], parsed: &[Text], map: &Alignment) -> Truth {
    let Some(at) = track.at else {
        return Truth::Gone;
    };
    let place_of = |paragraph: usize, start: usize, end: usize| -> Option<(Place, bool)> {
        let row = &map[paragraph];
        let first = row[start..end].iter().flatten().next()?;
        let last = row[start..end].iter().flatten().next_back()?;
        let split = first.0 != last.0;
        let end = if split { parsed[first.0].len() } else { last.1 + 1 };
        Some((Place { paragraph: first.0, start: first.1, end }, split))
    };
    let Some((place, split)) = place_of(at.paragraph, at.start, at.end) else {
        return Truth::Gone;
    };
    let draft_text = string(&draft[at.paragraph][at.start..at.end]);
    if track.changed == 0 {
        assert_eq!(draft_text, track.quote, "the tracked span lost its quote");
    }
    let parsed_text = string(&parsed[place.paragraph][place.start..place.end]);
    let quote_len = track.quote.chars().count();
    if quote_len < 40 && track.context_rewritten == (true, true) {
        // A quote of a few words is known by its words *and* what surrounds them:
        // with both sides rewritten it is no longer the passage the note was on.
        return Truth::Changed { place, changed: quote_len, quote_len };
    }
    if track.changed == 0 && !split && parsed_text == track.quote {
        let unedited_copies = track.shadows.iter().filter(|(_, changed)| track.moved && *changed == 0);
        let also = track
            .also
            .iter()
            .map(|&j| (j, at.start, at.end))
            .chain(unedited_copies.map(|(p, _)| (p.paragraph, p.start, p.end)))
            .filter_map(|(j, start, end)| place_of(j, start, end))
            .filter(|(p, split)| !split && string(&parsed[p.paragraph][p.start..p.end]) == track.quote)
            .map(|(p, _)| p)
            .collect();
        return Truth::Intact { place, also, may_be_gone: track.may_be_gone };
    }
    let beyond = track.changed * 100 > 15 * quote_len;
    if beyond && let Some(&(shadow, 0)) = track.shadows.first() {
        // Changed beyond recognition, but an unedited copy made from it holds the
        // passage verbatim: as if the paragraph had moved there.
        let promoted = Track { at: Some(shadow), shadows: Vec::new(), changed: 0, ..track.clone() };
        return truth_of(&promoted, draft, parsed, map);
    }
    let hyphens = parsed_text.chars().count().abs_diff(draft_text.chars().count());
    Truth::Changed { place, changed: (track.changed + hyphens + usize::from(split)).max(1), quote_len }
}

/// Outcome counts per family, and moved reasons.
#[derive(Clone, Debug, Default)]
pub struct Table {
    pub scenarios: BTreeMap<Family, usize>,
    pub rows: BTreeMap<Family, BTreeMap<Outcome, usize>>,
    pub reasons: BTreeMap<MoveReason, usize>,
    /// Scenarios the generator skipped (a window unsuited to the family, or an
    /// edited text whose paragraphs could not be aligned).
    pub skipped: usize,
}

impl Table {
    pub fn add(&mut self, family: Family, outcome: Outcome) {
        *self.rows.entry(family).or_default().entry(outcome).or_default() += 1;
    }

    pub fn count(&self, outcome: Outcome) -> usize {
        self.rows.values().map(|r| r.get(&outcome).copied().unwrap_or(0)).sum()
    }

    pub fn segments(&self) -> usize {
        self.rows.values().flat_map(BTreeMap::values).sum()
    }

    pub fn family_count(&self, family: Family, outcome: Outcome) -> usize {
        self.rows.get(&family).and_then(|r| r.get(&outcome)).copied().unwrap_or(0)
    }

    /// Orphaned segments as a share of all segments.
    #[allow(clippy::cast_precision_loss, reason = "counts far below 2^52")]
    pub fn orphan_rate(&self) -> f64 {
        let orphans: usize = [
            Outcome::OrphanedIntact,
            Outcome::OrphanedChangedWithin,
            Outcome::OrphanedChangedBeyond,
            Outcome::CorrectlyOrphaned,
        ]
        .iter()
        .map(|&o| self.count(o))
        .sum();
        orphans as f64 / self.segments().max(1) as f64
    }
}

impl fmt::Display for Table {
    /// A Markdown table: one row per family, a total row.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "| edit | scenarios | segments |")?;
        for o in Outcome::ALL {
            write!(f, " {} |", o.label())?;
        }
        writeln!(f)?;
        write!(f, "|---|---:|---:|")?;
        for _ in Outcome::ALL {
            write!(f, "---:|")?;
        }
        writeln!(f)?;
        for family in Family::ALL {
            let Some(row) = self.rows.get(&family) else { continue };
            let segments: usize = row.values().sum();
            write!(f, "| {} | {} | {} |", family.label(), self.scenarios.get(&family).unwrap_or(&0), segments)?;
            for o in Outcome::ALL {
                write!(f, " {} |", row.get(&o).unwrap_or(&0))?;
            }
            writeln!(f)?;
        }
        write!(f, "| **all** | **{}** | **{}** |", self.scenarios.values().sum::<usize>(), self.segments())?;
        for o in Outcome::ALL {
            write!(f, " **{}** |", self.count(o))?;
        }
        writeln!(f)?;
        let reasons: Vec<String> = self.reasons.iter().map(|(r, n)| format!("{} {n}", r.as_str())).collect();
        writeln!(f, "\nmoved, by reason: {}; orphan rate {:.2} %", reasons.join(", "), 100.0 * self.orphan_rate())
    }
}

/// Runs `per_family` scenarios of every family, seeds derived from `seed`, with
/// Glosa's anchorer. `check` sees every scenario and its resolutions (for asserts).
pub fn sweep(
    generator: &Generator,
    per_family: usize,
    seed: u64,
    mut check: impl FnMut(&Scenario, &[Resolved], &[Outcome]),
) -> Table {
    let mut table = Table::default();
    for (f, family) in Family::ALL.into_iter().enumerate() {
        let mut made = 0;
        let mut attempt = 0u64;
        while made < per_family {
            let scenario_seed = seed ^ ((f as u64) << 48) ^ attempt;
            attempt += 1;
            assert!(attempt < per_family as u64 * 20 + 100, "{family:?}: the corpus yields too few scenarios");
            let Some(scenario) = generator.scenario(family, scenario_seed) else {
                table.skipped += 1;
                continue;
            };
            made += 1;
            let resolved = scenario.resolve();
            let outcomes: Vec<Outcome> = scenario
                .segments
                .iter()
                .zip(&resolved)
                .map(|((_, truth), r)| truth.classify(r.status, r.location))
                .collect();
            for (r, o) in resolved.iter().zip(&outcomes) {
                table.add(family, *o);
                if let Some(reason) = r.reason {
                    *table.reasons.entry(reason).or_default() += 1;
                }
            }
            *table.scenarios.entry(family).or_default() += 1;
            check(&scenario, &resolved, &outcomes);
        }
    }
    table
}
