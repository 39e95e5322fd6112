//! Segment-level agreement (MAXQDA's "segment overlap") and the list of
//! disagreements.
//!
//! A coder's segment (a united unit of one tag) is *matched* by another coder
//! when that coder has a segment of the same tag overlapping it by at least the
//! threshold times the longer of the two (default 90 %). Agreement of a pair of
//! coders is (A's matched segments + B's matched segments) / (A's segments + B's
//! segments), as in MAXQDA's intercoder agreement (segment level, "percentage of
//! overlap"). See the MAXQDA manual, "Intercoder agreement: segment level". With
//! three or more coders a tag's figure is the share of all coders' segments that
//! at least one other coder matched (each segment counted once, not once per
//! pair); the pairs keep their own figures.
//!
//! Disagreements, per pair of coders and tag, each with both passages:
//!
//! - [`DisagreementKind::Boundaries`]: both coded overlapping text with the tag,
//!   but the overlap is below the threshold (and at least one of the two segments
//!   has no match elsewhere);
//! - [`DisagreementKind::DifferentTags`]: one coded the passage with the tag, the
//!   other coded overlapping text only with another tag, which the first did not
//!   give there;
//! - [`DisagreementKind::OneCoderOnly`]: one coded the passage with the tag, the
//!   other did not code it with that tag (nor with a tag the first did not give).

use super::continuum::{Span, overlapping_pairs};

/// The overlap needed for two segments to match, as a fraction of the longer
/// one: 0 < threshold ≤ 1. Stored in millionths, so comparisons are exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Threshold(u32);

impl Threshold {
    /// MAXQDA's default: 90 % of the longer segment.
    pub const DEFAULT: Self = Self(900_000);

    /// The threshold `fraction` (0 < fraction ≤ 1), rounded to millionths; `None`
    /// outside that range or for NaN.
    pub fn new(fraction: f64) -> Option<Self> {
        if !(fraction > 0.0 && fraction <= 1.0) {
            return None;
        }
        // In 1..=1_000_000 after rounding, so the cast is exact.
        #[allow(clippy::cast_sign_loss)]
        let millionths = (fraction * 1e6).round().max(1.0) as u32;
        Some(Self(millionths))
    }

    /// The fraction, 0–1.
    pub fn fraction(self) -> f64 {
        f64::from(self.0) / 1e6
    }

    /// The threshold as a percentage for people, exactly as stored and without
    /// floating-point noise: `90`, `0.9`, `12.3457`, `0.0001` (at most four
    /// decimals: thresholds are whole millionths).
    pub fn percent_text(self) -> String {
        let (whole, part) = (self.0 / 10_000, self.0 % 10_000);
        if part == 0 { whole.to_string() } else { format!("{whole}.{}", format!("{part:04}").trim_end_matches('0')) }
    }

    /// Whether an overlap of `overlap` code points between segments of lengths
    /// `first` and `second` reaches the threshold.
    pub fn matches(self, overlap: usize, first: usize, second: usize) -> bool {
        overlap as u128 * 1_000_000 >= u128::from(self.0) * first.max(second) as u128
    }
}

impl Default for Threshold {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Which of two coders' united segments of one tag are matched by the other's.
pub fn matched(first: &[Span], second: &[Span], threshold: Threshold) -> (Vec<bool>, Vec<bool>) {
    let (mut a, mut b) = (vec![false; first.len()], vec![false; second.len()]);
    for (i, j) in overlapping_pairs(first, second) {
        let (x, y) = (first[i], second[j]);
        if threshold.matches(x.overlap(y), x.len(), y.len()) {
            a[i] = true;
            b[j] = true;
        }
    }
    (a, b)
}

/// What kind of disagreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DisagreementKind {
    /// Both coded with the tag, boundaries differ beyond the threshold.
    Boundaries,
    /// The coders gave the passage different tags.
    DifferentTags,
    /// Only one of the two coded the passage with the tag.
    OneCoderOnly,
}

impl DisagreementKind {
    /// `boundaries`, `different-tags` or `one-coder-only`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Boundaries => "boundaries",
            Self::DifferentTags => "different-tags",
            Self::OneCoderOnly => "one-coder-only",
        }
    }
}

/// A disagreement on the continuum, with coders and tags as indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RawDisagreement {
    /// Where it starts (the first passage's start), for sorting.
    pub at: usize,
    /// Kind.
    pub kind: DisagreementKind,
    /// The coder whose segment is listed first.
    pub coder: usize,
    /// Its tag.
    pub tag: usize,
    /// Its segment.
    pub span: Span,
    /// The other coder of the pair.
    pub other_coder: usize,
    /// The other coder's tag and segment (none for [`DisagreementKind::OneCoderOnly`]).
    pub other: Option<(usize, Span)>,
}

/// What two coders' segments of one tag say about disagreements, whatever the
/// other tags compared: the overlapping segments whose boundaries differ beyond
/// the threshold, and each coder's segments the other did not touch with the tag
/// (which [`disagreements_from`] then classifies against the other tags). Computed
/// once per pair, tag and threshold (the app's Agreement view keeps them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PairTagDisagreements {
    /// (first coder's segment, second coder's segment) overlapping below the threshold.
    pub boundaries: Vec<(Span, Span)>,
    /// The first coder's segments the second did not touch with the tag.
    pub untouched_first: Vec<Span>,
    /// The second coder's segments the first did not touch with the tag.
    pub untouched_second: Vec<Span>,
}

impl PairTagDisagreements {
    /// The pieces for two coders' united segments `a` and `b` of one tag (sorted,
    /// disjoint). O(n log n) in the segments.
    pub fn of(a: &[Span], b: &[Span], threshold: Threshold) -> Self {
        let (matched_a, matched_b) = matched(a, b, threshold);
        let (mut touched_a, mut touched_b) = (vec![false; a.len()], vec![false; b.len()]);
        let mut boundaries = Vec::new();
        for (i, j) in overlapping_pairs(a, b) {
            touched_a[i] = true;
            touched_b[j] = true;
            let matching = threshold.matches(a[i].overlap(b[j]), a[i].len(), b[j].len());
            if !matching && (!matched_a[i] || !matched_b[j]) {
                boundaries.push((a[i], b[j]));
            }
        }
        let untouched = |spans: &[Span], touched: &[bool]| {
            spans.iter().zip(touched).filter(|(_, t)| !**t).map(|(s, _)| *s).collect()
        };
        Self { boundaries, untouched_first: untouched(a, &touched_a), untouched_second: untouched(b, &touched_b) }
    }
}

/// Every disagreement between coders `first` and `second` (indices into
/// `units[tag]`), given each coder's united segments per tag, `units[tag][coder]`.
/// Sorted by position, without duplicates. O(T · n log n) for T tags.
pub fn disagreements(
    units: &[Vec<Vec<Span>>],
    first: usize,
    second: usize,
    threshold: Threshold,
) -> Vec<RawDisagreement> {
    let none: Vec<Span> = Vec::new();
    let of = |tag: usize, coder: usize| units.get(tag).and_then(|t| t.get(coder)).unwrap_or(&none);
    let pieces: Vec<PairTagDisagreements> =
        (0..units.len()).map(|tag| PairTagDisagreements::of(of(tag, first), of(tag, second), threshold)).collect();
    disagreements_from(units, first, second, &pieces.iter().collect::<Vec<_>>())
}

/// [`disagreements`] from the pair's [`PairTagDisagreements`] of each tag
/// (`pieces[tag]`, in `units` order): the same list, without reading the pair's
/// segments of each tag again. O(n log n) in the untouched segments.
pub fn disagreements_from(
    units: &[Vec<Vec<Span>>],
    first: usize,
    second: usize,
    pieces: &[&PairTagDisagreements],
) -> Vec<RawDisagreement> {
    let mut out = Vec::new();
    for (tag, piece) in pieces.iter().enumerate() {
        for &(a, b) in &piece.boundaries {
            out.push(RawDisagreement {
                at: a.start.min(b.start),
                kind: DisagreementKind::Boundaries,
                coder: first,
                tag,
                span: a,
                other_coder: second,
                other: Some((tag, b)),
            });
        }
        for span in &piece.untouched_first {
            out.push(uncoded_by(units, first, tag, *span, second));
        }
        for span in &piece.untouched_second {
            out.push(uncoded_by(units, second, tag, *span, first));
        }
    }
    for d in &mut out {
        // One orientation per pair, so the same conflict seen from both sides is
        // listed once.
        if let (DisagreementKind::DifferentTags, Some((other_tag, other_span))) = (d.kind, d.other)
            && d.coder > d.other_coder
        {
            *d = RawDisagreement {
                at: d.at,
                kind: d.kind,
                coder: d.other_coder,
                tag: other_tag,
                span: other_span,
                other_coder: d.coder,
                other: Some((d.tag, d.span)),
            };
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The disagreement for a segment `span` of `coder` with `tag` that `other` did
/// not code with `tag` at all: different tags if `other` coded overlapping text
/// with a tag `coder` did not give there (the most overlapping such segment), else
/// one coder only.
fn uncoded_by(units: &[Vec<Vec<Span>>], coder: usize, tag: usize, span: Span, other: usize) -> RawDisagreement {
    let mut best: Option<(usize, usize, Span)> = None;
    for (other_tag, per_coder) in units.iter().enumerate() {
        if other_tag == tag {
            continue;
        }
        let (Some(theirs), Some(mine)) = (per_coder.get(other), per_coder.get(coder)) else {
            continue;
        };
        for candidate in overlapping(theirs, span) {
            let agreed = overlapping(mine, candidate).next().is_some();
            let overlap = candidate.overlap(span);
            if !agreed && best.is_none_or(|(o, _, _)| overlap > o) {
                best = Some((overlap, other_tag, candidate));
            }
        }
    }
    match best {
        Some((_, other_tag, other_span)) => RawDisagreement {
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

/// The spans of a sorted, disjoint list that overlap `span` (binary search).
pub(super) fn overlapping(spans: &[Span], span: Span) -> impl Iterator<Item = Span> + '_ {
    let first = spans.partition_point(|s| s.end <= span.start);
    spans[first..].iter().copied().take_while(move |s| s.start < span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[test]
    fn threshold_is_exact_at_the_boundary() {
        let t = Threshold::DEFAULT;
        assert!(t.matches(90, 100, 95));
        assert!(!t.matches(89, 100, 95));
        assert!(Threshold::new(0.0).is_none());
        assert!(Threshold::new(1.5).is_none());
        assert!(Threshold::new(f64::NAN).is_none());
        assert_eq!(Threshold::new(0.9), Some(Threshold::DEFAULT));
        assert!(Threshold::new(1.0).unwrap().matches(10, 10, 10));
        assert!(!Threshold::new(1.0).unwrap().matches(10, 10, 11));
    }

    #[test]
    fn threshold_percentages_have_no_float_noise() {
        let percent = |fraction: f64| Threshold::new(fraction).unwrap().percent_text();
        assert_eq!(percent(0.9), "90");
        assert_eq!(percent(0.009), "0.9");
        assert_eq!(percent(0.000_001), "0.0001");
        assert_eq!(percent(0.123_457), "12.3457");
        assert_eq!(percent(1.0), "100");
        assert_eq!(percent(0.05), "5");
    }

    #[test]
    fn segments_match_when_the_overlap_reaches_90_percent_of_the_longer() {
        // A: [0,100) and [200,250); B: [5,100) (95 of 100: match) and [210,300)
        // (40 of 90: no match).
        let a = [span(0, 100), span(200, 250)];
        let b = [span(5, 100), span(210, 300)];
        assert_eq!(matched(&a, &b, Threshold::DEFAULT), (vec![true, false], vec![true, false]));
        assert_eq!(matched(&a, &b, Threshold::new(0.4).unwrap()), (vec![true, true], vec![true, true]));
    }

    #[test]
    fn each_kind_of_disagreement_is_listed_once() {
        // Tags 0 and 1; coders 0 and 1.
        let units = vec![
            vec![
                vec![span(0, 100), span(200, 250), span(400, 450)], // coder 0, tag 0
                vec![span(5, 100), span(210, 300)],                 // coder 1, tag 0
            ],
            vec![
                vec![],               // coder 0, tag 1
                vec![span(400, 448)], // coder 1, tag 1
            ],
        ];
        let found = disagreements(&units, 0, 1, Threshold::DEFAULT);
        assert_eq!(
            found,
            [
                RawDisagreement {
                    at: 200,
                    kind: DisagreementKind::Boundaries,
                    coder: 0,
                    tag: 0,
                    span: span(200, 250),
                    other_coder: 1,
                    other: Some((0, span(210, 300))),
                },
                RawDisagreement {
                    at: 400,
                    kind: DisagreementKind::DifferentTags,
                    coder: 0,
                    tag: 0,
                    span: span(400, 450),
                    other_coder: 1,
                    other: Some((1, span(400, 448))),
                },
            ]
        );
    }

    #[test]
    fn a_tag_both_gave_is_not_a_conflict_but_a_missing_tag() {
        // Coder 0 tags [0,50) with tags 0 and 1; coder 1 only with tag 1.
        let units = vec![vec![vec![span(0, 50)], vec![]], vec![vec![span(0, 50)], vec![span(0, 50)]]];
        let found = disagreements(&units, 0, 1, Threshold::DEFAULT);
        assert_eq!(
            found,
            [RawDisagreement {
                at: 0,
                kind: DisagreementKind::OneCoderOnly,
                coder: 0,
                tag: 0,
                span: span(0, 50),
                other_coder: 1,
                other: None,
            }]
        );
    }
}
