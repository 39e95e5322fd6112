//! Krippendorff's unitizing α (α_u): agreement on where units begin and end and on
//! their category, over a continuum of code points.
//!
//! Each category is studied on its own: a coder's units of the category cut the
//! continuum into *sections*, units and the gaps between them. Two coders'
//! sections that overlap have the squared distance
//!
//! - unit and unit: (b₁ − b₂)² + (e₁ − e₂)² (begins b, ends e);
//! - unit inside a gap of the other coder: the unit's length squared;
//! - anything else: 0 (a unit only partly in a gap is measured against the unit
//!   that overlaps it).
//!
//! The observed disagreement is D_O = 2·Σ δ² / (R·(R − 1)·L²), summed over coder
//! pairs and their overlapping sections (R coders, continuum length L). The
//! expected disagreement D_E considers every way of placing the same units and gaps
//! on the continuum:
//!
//! D_E = (2/L) · Σ_u [ (N − 1)·l_u(l_u − 1)(2l_u − 1)/3 + l_u²·Σ_{gaps g ≥ l_u} (g − l_u + 1) ]
//!       / ( R·L·(R·L − 1) − Σ_u l_u(l_u − 1) )
//!
//! over the N units u of the category (all coders) and the gaps of all coders.
//! α_u of a category is 1 − D_O/D_E; over several categories (the overall α_u),
//! 1 − Σ D_O / Σ D_E.
//!
//! Sources: Krippendorff, K. (1995), "On the reliability of unitizing contiguous
//! data", *Sociological Methodology* 25:47–76; Krippendorff (2004), *Content
//! Analysis*, 2nd ed., §12.4 (the example on p. 254 is the U1 test vector); the
//! algorithm follows DKPro Statistics' `KrippendorffAlphaUnitizingAgreement`
//! (Meyer, Mieskes, Stab & Gurevych 2014), whose unit tests are reproduced below.
//! Unlike DKPro, a category nobody coded gives an undefined α_u, not 0.
//!
//! Sums are exact integers (`u128`); only the final ratios are floating point.

// Sums of squared code point distances are exact u128s; converting them to f64
// for the final ratios loses nothing that shows in three decimals.
#![allow(clippy::cast_precision_loss)]

use super::continuum::Span;
use super::{Undefined, Value};

/// A section of one coder's unitization of a category: a unit or a gap, in code
/// points of the continuum (start inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// First code point.
    pub start: usize,
    /// Length in code points.
    pub length: usize,
    /// A unit (coded) rather than a gap.
    pub unit: bool,
}

impl Section {
    /// A unit at `start` of `length` code points.
    pub fn unit(start: usize, length: usize) -> Self {
        Self { start, length, unit: true }
    }

    /// A gap at `start` of `length` code points.
    pub fn gap(start: usize, length: usize) -> Self {
        Self { start, length, unit: false }
    }

    fn end(self) -> usize {
        self.start + self.length
    }
}

/// Krippendorff's squared distance δ² between two coders' sections (see the module
/// docs); 0 for sections that do not overlap.
pub fn squared_distance(first: Section, second: Section) -> u128 {
    let (b1, b2) = (first.start as i128, second.start as i128);
    let (e1, e2) = (first.end() as i128, second.end() as i128);
    let overlap = b1 < e2 && b2 < e1;
    let square = |x: i128| x.unsigned_abs() * x.unsigned_abs();
    match (first.unit, second.unit) {
        (true, true) if overlap => square(b1 - b2) + square(e1 - e2),
        (true, false) if b2 <= b1 && e1 <= e2 => square(e1 - b1),
        (false, true) if b1 <= b2 && e2 <= e1 => square(e2 - b2),
        _ => 0,
    }
}

/// Observed and expected disagreement of one category.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Disagreement {
    /// D_O.
    pub observed: f64,
    /// D_E; 0 when nobody coded the category.
    pub expected: f64,
}

/// Why units cannot be studied.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UnitizingError {
    /// A unit is empty or reaches past the continuum's end.
    #[error("unit {start}..{end} of coder {coder} is empty or outside the continuum 0..{length}")]
    OutOfRange {
        /// Index of the coder.
        coder: usize,
        /// The unit's start.
        start: usize,
        /// The unit's end.
        end: usize,
        /// The continuum's length.
        length: usize,
    },
    /// Two units of one coder overlap or are out of order (unite them first).
    #[error("units of coder {coder} overlap or are not in order at {at}")]
    Overlapping {
        /// Index of the coder.
        coder: usize,
        /// Start of the offending unit.
        at: usize,
    },
}

/// D_O and D_E of one category on a continuum of `length` code points.
///
/// `coders[r]` holds coder r's units of the category: sorted, not overlapping
/// (adjacent units are allowed and stay separate units), each non-empty and inside
/// `0..length`. Every coder counts, also one with no units. O(n log n) in the
/// number of units, times R(R − 1)/2 for the observed part.
pub fn category_disagreement<S: AsRef<[Span]>>(length: usize, coders: &[S]) -> Result<Disagreement, UnitizingError> {
    for (coder, units) in coders.iter().enumerate() {
        let mut previous_end = 0;
        for unit in units.as_ref() {
            if unit.start >= unit.end || unit.end > length {
                return Err(UnitizingError::OutOfRange { coder, start: unit.start, end: unit.end, length });
            }
            if unit.start < previous_end {
                return Err(UnitizingError::Overlapping { coder, at: unit.start });
            }
            previous_end = unit.end;
        }
    }
    let r = coders.len();
    if r < 2 || length == 0 {
        return Ok(Disagreement::default());
    }
    let sections: Vec<Vec<Section>> = coders.iter().map(|units| sections(length, units.as_ref())).collect();
    let mut observed_sum: u128 = 0;
    for (i, first) in sections.iter().enumerate() {
        for second in &sections[i + 1..] {
            observed_sum += pair_distance_sum(first, second);
        }
    }
    let (l, r) = (length as u128, r as u128);
    let observed = 2.0 * observed_sum as f64 / ((r * (r - 1)) as f64 * (l * l) as f64);
    Ok(Disagreement { observed, expected: expected_disagreement(length, coders, &sections) })
}

/// α_u over one or more categories: 1 − Σ D_O / Σ D_E. Undefined with fewer than
/// two coders, or when nobody coded any of the categories.
pub fn alpha_u(categories: &[Disagreement], coders: usize) -> Value {
    if coders < 2 {
        return Value::Undefined(Undefined::OneCoder);
    }
    let observed: f64 = categories.iter().map(|c| c.observed).sum();
    let expected: f64 = categories.iter().map(|c| c.expected).sum();
    if expected <= 0.0 {
        return Value::Undefined(Undefined::NothingCoded);
    }
    Value::Defined(1.0 - observed / expected)
}

/// A coder's units and gaps, in order, covering `0..length` (no empty gaps).
fn sections(length: usize, units: &[Span]) -> Vec<Section> {
    let mut out = Vec::with_capacity(units.len() * 2 + 1);
    let mut position = 0;
    for unit in units {
        if unit.start > position {
            out.push(Section::gap(position, unit.start - position));
        }
        out.push(Section::unit(unit.start, unit.end - unit.start));
        position = unit.end;
    }
    if position < length {
        out.push(Section::gap(position, length - position));
    }
    out
}

/// Σ δ² over every overlapping pair of sections of two coders: both lists
/// partition the continuum, so one merge-like walk visits each overlapping pair
/// exactly once.
fn pair_distance_sum(first: &[Section], second: &[Section]) -> u128 {
    let (mut i, mut j, mut sum) = (0, 0, 0u128);
    while let (Some(&a), Some(&b)) = (first.get(i), second.get(j)) {
        sum += squared_distance(a, b);
        match a.end().cmp(&b.end()) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// D_E by the formula in the module docs, with the gaps sorted once so that
/// Σ_{g ≥ l} (g − l + 1) is a binary search and a prefix sum per unit.
fn expected_disagreement<S: AsRef<[Span]>>(length: usize, coders: &[S], sections: &[Vec<Section>]) -> f64 {
    let mut gaps: Vec<u128> = sections.iter().flatten().filter(|s| !s.unit).map(|s| s.length as u128).collect();
    gaps.sort_unstable();
    // suffix[i] = Σ gaps[i..].
    let mut suffix = vec![0u128; gaps.len() + 1];
    for i in (0..gaps.len()).rev() {
        suffix[i] = suffix[i + 1] + gaps[i];
    }
    let units = coders.iter().flat_map(AsRef::as_ref).map(|u| (u.end - u.start) as u128);
    let n = coders.iter().map(|c| c.as_ref().len()).sum::<usize>() as u128;
    let (mut numerator, mut squared_lengths) = (0u128, 0u128);
    for l in units {
        // (N − 1)·l(l − 1)(2l − 1)/3, an integer: l(l − 1)(2l − 1) is divisible by 6.
        numerator += (n - 1) * (l * (l - 1) * (2 * l - 1) / 3);
        let first_fitting = gaps.partition_point(|&g| g < l);
        let fitting = (gaps.len() - first_fitting) as u128;
        numerator += l * l * (suffix[first_fitting] - fitting * (l - 1));
        squared_lengths += l * (l - 1);
    }
    if numerator == 0 {
        return 0.0;
    }
    let (l, r) = (length as u128, coders.len() as u128);
    let denominator = r * l * (r * l - 1) - squared_lengths;
    2.0 * numerator as f64 / (l as f64 * denominator as f64)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    /// A study as DKPro writes it: (begin, length, coder, category) on a continuum
    /// `begin..begin + length`. Returns per category the units of each coder.
    fn study(
        begin: usize,
        coders: usize,
        units: &[(usize, usize, usize, &'static str)],
    ) -> BTreeMap<&'static str, Vec<Vec<Span>>> {
        let mut by_category: BTreeMap<&str, Vec<Vec<Span>>> = BTreeMap::new();
        for &(start, length, coder, category) in units {
            let per_coder = by_category.entry(category).or_insert_with(|| vec![Vec::new(); coders]);
            per_coder[coder].push(Span { start: start - begin, end: start - begin + length });
        }
        for per_coder in by_category.values_mut() {
            for units in per_coder {
                units.sort_by_key(|u| u.start);
            }
        }
        by_category
    }

    fn disagreement(length: usize, units: &[Vec<Span>]) -> Disagreement {
        category_disagreement(length, units).unwrap()
    }

    /// `value` to `decimals` decimals, as the published vectors give it.
    fn fixed(value: f64, decimals: usize) -> String {
        format!("{value:.decimals$}")
    }

    fn close(value: f64, expected: f64, tolerance: f64) {
        assert!((value - expected).abs() <= tolerance, "{value} is not within {tolerance} of {expected}");
    }

    fn alpha3(categories: &[Disagreement], coders: usize) -> String {
        fixed(alpha_u(categories, coders).get().unwrap(), 3)
    }

    /// U1: Krippendorff (2004, p. 254), continuum 150..450.
    const U1: [(usize, usize, usize, &str); 9] = [
        (225, 70, 0, "c"),
        (370, 30, 0, "c"),
        (220, 80, 1, "c"),
        (355, 20, 1, "c"),
        (400, 20, 1, "c"),
        (180, 60, 0, "k"),
        (300, 50, 0, "k"),
        (180, 60, 1, "k"),
        (300, 50, 1, "k"),
    ];

    #[test]
    fn u1_distances_on_the_way() {
        assert_eq!(squared_distance(Section::unit(225, 70), Section::unit(220, 80)), 50);
        assert_eq!(squared_distance(Section::unit(370, 30), Section::unit(355, 20)), 850);
        assert_eq!(squared_distance(Section::gap(400, 50), Section::unit(400, 20)), 400);
    }

    #[test]
    fn u1_alpha_u_per_category_and_overall() {
        let u1 = study(150, 2, &U1);
        let c = disagreement(300, &u1["c"]);
        let k = disagreement(300, &u1["k"]);
        assert_eq!(fixed(c.observed, 4), "0.0144");
        assert_eq!(fixed(c.expected, 4), "0.0532");
        assert_eq!(fixed(k.observed, 4), "0.0000");
        assert_eq!(fixed(k.expected, 4), "0.0490");
        assert_eq!(alpha3(&[c], 2), "0.729");
        assert_eq!(alpha3(&[k], 2), "1.000");
        assert_eq!(alpha3(&[c, k], 2), "0.859");
    }

    /// DKPro `Krippendorff2004Test.testDistanceMetric1`.
    #[test]
    fn dkpro_distance_vectors() {
        let (u, g) = (Section::unit, Section::gap);
        assert_eq!(squared_distance(g(2, 3), u(2, 2)) + squared_distance(u(5, 6), g(4, 7)), 40);
        assert_eq!(squared_distance(g(3, 2), u(3, 2)) + squared_distance(u(5, 6), g(5, 6)), 40);
        assert_eq!(squared_distance(u(5, 6), u(4, 2)), 26);
        assert_eq!(squared_distance(u(5, 6), u(5, 2)), 16);
        assert_eq!(squared_distance(u(5, 6), u(6, 2)), 10);
        assert_eq!(squared_distance(u(5, 6), u(7, 2)), 8);
        assert_eq!(squared_distance(u(5, 6), u(6, 4)), 2);
        assert_eq!(squared_distance(u(5, 6), u(5, 6)), 0);
        // DKPro `UnitizingAgreementTest.testDistanceMetric`.
        assert_eq!(squared_distance(g(0, 1), g(0, 2)), 0);
        assert_eq!(squared_distance(u(1, 8), g(0, 2)), 0);
        assert_eq!(squared_distance(u(1, 8), u(2, 1)), 37);
        assert_eq!(squared_distance(u(1, 8), g(3, 1)), 0);
        assert_eq!(squared_distance(u(1, 8), u(4, 1)), 25);
        assert_eq!(squared_distance(u(1, 8), u(6, 1)), 29);
        assert_eq!(squared_distance(u(1, 8), g(7, 4)), 0);
    }

    /// DKPro `UnitizingAgreementTest.testAgreement`: r0 `-11111111-`, r1 `--1-1-1---`.
    #[test]
    fn dkpro_one_long_unit_against_three_short_ones() {
        let units = study(0, 2, &[(1, 8, 0, "A"), (2, 1, 1, "A"), (4, 1, 1, "A"), (6, 1, 1, "A")]);
        let a = disagreement(10, &units["A"]);
        // DKPro asserts these within 0.0001; D_E is 1734/3240 = 0.535185….
        close(a.observed, 0.9100, 1e-4);
        close(a.expected, 0.5351, 1e-4);
        close(alpha_u(&[a], 2).get().unwrap(), -0.7003, 1e-4);
        assert_eq!(fixed(a.expected, 6), "0.535185");
    }

    /// DKPro `UnitizingAgreementTest.testSingleAnnotationUnit`: three coders, one
    /// unit of one code point; D_O = D_E, so α_u = 0.
    #[test]
    fn dkpro_single_unit_of_three_coders() {
        let units = study(0, 3, &[(0, 1, 0, "X")]);
        let x = disagreement(20, &units["X"]);
        assert!((x.observed - x.expected).abs() < 1e-12);
        assert_eq!(alpha3(&[x], 3), "0.000");
    }

    /// Krippendorff (1995, p. 57) as in DKPro `Krippendorff1995Test.createExample`:
    /// four pairs of coders on 24 positions, one category each.
    fn krippendorff_1995(stretch: usize) -> BTreeMap<&'static str, Vec<Vec<Span>>> {
        let s = stretch;
        #[rustfmt::skip]
        let units = [
            (2, 8, 0, "A"), (14, 6, 0, "A"), (4, 4, 1, "A"), (15, 2, 1, "A"),
            (0, 18, 0, "B"), (0, 2, 1, "B"), (2, 1, 1, "B"), (3, 1, 1, "B"), (4, 1, 1, "B"),
            (5, 1, 1, "B"), (6, 3, 1, "B"), (9, 1, 1, "B"),
            (2, 6, 0, "C"), (10, 2, 0, "C"), (14, 4, 0, "C"), (20, 2, 0, "C"), (0, 2, 1, "C"),
            (4, 4, 1, "C"), (10, 4, 1, "C"), (16, 2, 1, "C"), (20, 2, 1, "C"),
            (0, 2, 0, "D"), (2, 8, 0, "D"), (10, 4, 0, "D"), (14, 6, 0, "D"), (20, 4, 0, "D"),
            (0, 4, 1, "D"), (4, 4, 1, "D"), (8, 7, 1, "D"), (15, 2, 1, "D"), (17, 7, 1, "D"),
        ];
        let stretched: Vec<_> = units.iter().map(|&(b, l, c, k)| (b * s, l * s, c, k)).collect();
        study(0, 2, &stretched)
    }

    /// DKPro `Krippendorff1995Test.testAgreement` and `testVaryingLengths`. The
    /// published expected disagreements have small errors (DKPro's note), hence
    /// DKPro's wide tolerances there; the observed ones are exact.
    #[test]
    fn dkpro_krippendorff_1995_vectors() {
        let at = |stretch: usize, category: &str| {
            let units = krippendorff_1995(stretch);
            disagreement(24 * stretch, &units[category])
        };
        assert_eq!(fixed(at(1, "A").observed, 5), "0.03125");
        assert_eq!(fixed(at(1, "B").observed, 5), "2.26736");
        assert_eq!(fixed(at(1, "C").observed, 5), "0.02778");
        assert_eq!(fixed(at(1, "D").observed, 5), "0.38715");
        for (category, expected, alpha) in
            [("A", 0.06990, 0.553), ("B", 1.17731, -0.926), ("C", 0.08642, 0.679), ("D", 0.41445, 0.066)]
        {
            let d = at(50_000, category);
            close(d.observed, at(1, category).observed, 1e-9);
            close(d.expected, expected, 0.005);
            close(alpha_u(&[d], 2).get().unwrap(), alpha, 0.02);
        }
        for (stretch, expected, alpha) in
            [(5, 0.08234, 0.663), (50, 0.08600, 0.677), (500, 0.08638, 0.678), (5000, 0.08642, 0.679)]
        {
            let d = at(stretch, "C");
            close(d.expected, expected, 0.005);
            close(alpha_u(&[d], 2).get().unwrap(), alpha, 0.02);
        }
        // Stretch 1/2 (12 positions): DKPro asserts D_E(C) = 0.05494 to 1e-5.
        let units = study(
            0,
            2,
            &[
                (1, 3, 0, "C"),
                (5, 1, 0, "C"),
                (7, 2, 0, "C"),
                (10, 1, 0, "C"),
                (0, 1, 1, "C"),
                (2, 2, 1, "C"),
                (5, 2, 1, "C"),
                (8, 1, 1, "C"),
                (10, 1, 1, "C"),
            ],
        );
        let half = disagreement(12, &units["C"]);
        assert_eq!(fixed(half.observed, 5), "0.02778");
        assert_eq!(fixed(half.expected, 5), "0.05494");
    }

    #[test]
    fn identical_coders_give_one_and_nothing_coded_or_one_coder_is_undefined() {
        let units = vec![Span { start: 10, end: 40 }, Span { start: 70, end: 71 }];
        let same = disagreement(100, &[units.clone(), units.clone(), units.clone()]);
        assert_eq!(fixed(same.observed, 6), "0.000000");
        assert_eq!(alpha3(&[same], 3), "1.000");
        let nothing = disagreement(100, &[Vec::new(), Vec::new()]);
        assert_eq!(alpha_u(&[nothing], 2), Value::Undefined(Undefined::NothingCoded));
        let alone = disagreement(100, std::slice::from_ref(&units));
        assert_eq!(alpha_u(&[alone], 1), Value::Undefined(Undefined::OneCoder));
        // Both coders code the whole continuum as one unit: perfect agreement.
        let whole = vec![Span { start: 0, end: 100 }];
        assert_eq!(alpha3(&[disagreement(100, &[whole.clone(), whole])], 2), "1.000");
    }

    #[test]
    fn overlapping_or_out_of_range_units_are_refused() {
        let overlapping = vec![Span { start: 0, end: 10 }, Span { start: 5, end: 20 }];
        assert_eq!(
            category_disagreement(100, &[overlapping, Vec::new()]),
            Err(UnitizingError::Overlapping { coder: 0, at: 5 })
        );
        let outside = vec![Span { start: 90, end: 101 }];
        assert!(matches!(
            category_disagreement(100, &[Vec::new(), outside]),
            Err(UnitizingError::OutOfRange { coder: 1, .. })
        ));
        let empty = vec![Span { start: 5, end: 5 }];
        assert!(category_disagreement(100, &[empty]).is_err());
    }

    /// Sorted, disjoint, non-empty units on 0..length from arbitrary cut points.
    fn units_strategy(length: usize) -> impl Strategy<Value = Vec<Span>> {
        prop::collection::vec((0..length, 1..20usize, any::<bool>()), 0..12).prop_map(move |raw| {
            let mut starts: Vec<(usize, usize)> = raw.into_iter().filter(|r| r.2).map(|(s, l, _)| (s, l)).collect();
            starts.sort_unstable();
            let mut units: Vec<Span> = Vec::new();
            for (start, len) in starts {
                let start = start.max(units.last().map_or(0, |u| u.end));
                let end = (start + len).min(length);
                if start < end {
                    units.push(Span { start, end });
                }
            }
            units
        })
    }

    proptest! {
        /// The merge walk visits exactly the overlapping section pairs: it equals
        /// Σ δ² over all pairs of sections, computed the slow way.
        #[test]
        fn observed_sum_equals_the_all_pairs_sum(a in units_strategy(120), b in units_strategy(120)) {
            let (sa, sb) = (sections(120, &a), sections(120, &b));
            let slow: u128 = sa.iter().flat_map(|x| sb.iter().map(move |y| squared_distance(*x, *y))).sum();
            prop_assert_eq!(pair_distance_sum(&sa, &sb), slow);
        }

        /// α_u never exceeds 1, is 1 for identical coders, and does not depend on
        /// the order of the coders.
        #[test]
        fn alpha_u_is_at_most_one_and_symmetric(a in units_strategy(150), b in units_strategy(150)) {
            let ab = disagreement(150, &[a.clone(), b.clone()]);
            let ba = disagreement(150, &[b, a.clone()]);
            prop_assert!((ab.observed - ba.observed).abs() < 1e-12);
            prop_assert!((ab.expected - ba.expected).abs() < 1e-12);
            if let Some(alpha) = alpha_u(&[ab], 2).get() {
                prop_assert!(alpha <= 1.0 + 1e-12);
            }
            let aa = disagreement(150, &[a.clone(), a.clone()]);
            if !a.is_empty() {
                prop_assert_eq!(alpha_u(&[aa], 2).get(), Some(1.0));
            }
        }
    }
}
