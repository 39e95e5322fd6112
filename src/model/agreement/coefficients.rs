//! Agreement coefficients on coded items: percent agreement, Cohen's κ,
//! Krippendorff's α (nominal) and Fleiss' κ.
//!
//! Two forms of each:
//!
//! - on item lists (each item: the category each coder gave it), any category type;
//!   these are the textbook definitions and carry the published test vectors;
//! - on counts, for the character level, where the items are code points and the
//!   categories are "coded" / "not coded" with one tag: a [`BinaryTable`] for two
//!   coders and a [`CoverageCounts`] histogram (how many code points were coded by
//!   exactly k of the R coders) for any number. Counting instead of listing keeps a
//!   2-million-code-point document at a few thousand operations.
//!
//! Sources: Cohen, J. (1960), "A coefficient of agreement for nominal scales",
//! *Educational and Psychological Measurement* 20:37–46. Fleiss, J. L. (1971),
//! "Measuring nominal scale agreement among many raters", *Psychological Bulletin*
//! 76(5):378–382. Krippendorff, K. (2004/2013), *Content Analysis: An Introduction
//! to Its Methodology*, 2nd/3rd ed., Sage, ch. 11 (α with the coincidence matrix),
//! and Krippendorff (2011), "Computing Krippendorff's alpha-reliability".

// Counts of items (code points) stay far below 2⁵³, so they are exact as floats.
#![allow(clippy::cast_precision_loss)]

use std::collections::BTreeMap;

use super::{Undefined, Value};

/// Share of items on which both coders chose the same category, 0–1.
///
/// `pairs` yields one (first coder's category, second coder's category) per item.
/// Undefined ([`Undefined::NoItems`]) for no items.
pub fn percent_agreement<C: PartialEq>(pairs: impl IntoIterator<Item = (C, C)>) -> Value {
    let (mut agree, mut total) = (0u64, 0u64);
    for (a, b) in pairs {
        total += 1;
        agree += u64::from(a == b);
    }
    if total == 0 {
        return Value::Undefined(Undefined::NoItems);
    }
    Value::Defined(ratio(agree, total))
}

/// Cohen's (1960) κ for two coders: (pₒ − pₑ) / (1 − pₑ), where pₒ is the percent
/// agreement and pₑ = Σ_c p₁(c)·p₂(c) the agreement expected from each coder's own
/// category frequencies.
///
/// `pairs` yields one (first coder's category, second coder's category) per item.
/// Undefined for no items, and for pₑ = 1 (both coders used one and the same
/// category throughout: [`Undefined::NoVariation`]).
pub fn cohen_kappa<C: Ord>(pairs: impl IntoIterator<Item = (C, C)>) -> Value {
    let mut first: BTreeMap<C, u64> = BTreeMap::new();
    let mut second: BTreeMap<C, u64> = BTreeMap::new();
    let (mut agree, mut total) = (0u64, 0u64);
    for (a, b) in pairs {
        total += 1;
        agree += u64::from(a == b);
        *first.entry(a).or_default() += 1;
        *second.entry(b).or_default() += 1;
    }
    if total == 0 {
        return Value::Undefined(Undefined::NoItems);
    }
    let n = total as f64;
    let observed = agree as f64 / n;
    let expected: f64 = first.iter().map(|(c, &k)| k as f64 / n * second.get(c).map_or(0.0, |&m| m as f64 / n)).sum();
    chance_corrected(observed, expected)
}

/// Krippendorff's α for nominal data, any number of coders, missing values allowed:
/// α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, with the coincidence matrix
/// o_ck = Σ_u (number of c–k pairs of values in unit u) / (m_u − 1) over the units
/// with m_u ≥ 2 values, n_c = Σ_k o_ck and n = Σ_c n_c (Krippendorff 2011, §C).
///
/// `units` holds, per unit (item), each coder's value or `None` where that coder
/// gave none. Units with fewer than two values cannot be paired and are left out.
/// Undefined when fewer than two units are pairable ([`Undefined::SingleUnit`]) or
/// all pairable values are one category ([`Undefined::NoVariation`]).
pub fn krippendorff_alpha_nominal<C: Ord + Clone>(units: &[Vec<Option<C>>]) -> Value {
    // o_ck for c ≠ k (summed over both orders) and n_c.
    let mut totals: BTreeMap<C, f64> = BTreeMap::new();
    let mut disagreeing = 0.0;
    let mut pairable_units = 0usize;
    for unit in units {
        let mut counts: BTreeMap<&C, u64> = BTreeMap::new();
        for value in unit.iter().flatten() {
            *counts.entry(value).or_default() += 1;
        }
        let m: u64 = counts.values().sum();
        if m < 2 {
            continue;
        }
        pairable_units += 1;
        let m_f = m as f64;
        // Ordered pairs of values from different coders with different categories.
        let same: u64 = counts.values().map(|&k| k * (k - 1)).sum();
        disagreeing += (m * (m - 1) - same) as f64 / (m_f - 1.0);
        for (value, &k) in &counts {
            *totals.entry((*value).clone()).or_default() += k as f64;
        }
    }
    if pairable_units < 2 {
        return Value::Undefined(Undefined::SingleUnit);
    }
    let n: f64 = totals.values().sum();
    let expected_pairs = n * n - totals.values().map(|n_c| n_c * n_c).sum::<f64>();
    if expected_pairs <= 0.0 {
        return Value::Undefined(Undefined::NoVariation);
    }
    Value::Defined(1.0 - (n - 1.0) * disagreeing / expected_pairs)
}

/// Fleiss' (1971) κ for any number of coders with complete data: (P̄ − P̄ₑ) /
/// (1 − P̄ₑ), where P̄ is the mean over items of the share of agreeing coder pairs
/// and P̄ₑ = Σ_c p_c² from the pooled category shares p_c. With two coders it is
/// Scott's π.
///
/// `units` holds, per item, the category each coder gave it; every item must have
/// the same number (≥ 2) of values, else [`Undefined::MissingValues`]. Undefined
/// also for no items and for P̄ₑ = 1.
pub fn fleiss_kappa<C: Ord>(units: &[Vec<C>]) -> Value {
    let Some(first) = units.first() else {
        return Value::Undefined(Undefined::NoItems);
    };
    let raters = first.len();
    if raters < 2 || units.iter().any(|u| u.len() != raters) {
        return Value::Undefined(Undefined::MissingValues);
    }
    let r = raters as f64;
    let mut shares: BTreeMap<&C, u64> = BTreeMap::new();
    let mut agreement_sum = 0.0;
    for unit in units {
        let mut counts: BTreeMap<&C, u64> = BTreeMap::new();
        for value in unit {
            *counts.entry(value).or_default() += 1;
            *shares.entry(value).or_default() += 1;
        }
        let pairs: u64 = counts.values().map(|&k| k * (k - 1)).sum();
        agreement_sum += pairs as f64 / (r * (r - 1.0));
    }
    let n = units.len() as f64;
    let observed = agreement_sum / n;
    let expected: f64 = shares.values().map(|&k| (k as f64 / (n * r)).powi(2)).sum();
    chance_corrected(observed, expected)
}

/// (observed − expected) / (1 − expected), undefined when expected agreement is
/// total.
fn chance_corrected(observed: f64, expected: f64) -> Value {
    if expected >= 1.0 - 1e-15 {
        return Value::Undefined(Undefined::NoVariation);
    }
    Value::Defined((observed - expected) / (1.0 - expected))
}

/// `part / whole` as a float.
fn ratio(part: u64, whole: u64) -> f64 {
    part as f64 / whole as f64
}

/// Two coders' decisions on items with two categories ("coded" with a tag or not),
/// counted: the 2×2 contingency table of NVivo's coding comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BinaryTable {
    /// Items coded by both.
    pub both: u64,
    /// Items coded by the first coder only.
    pub first_only: u64,
    /// Items coded by the second coder only.
    pub second_only: u64,
    /// Items coded by neither.
    pub neither: u64,
}

impl BinaryTable {
    /// The table for `length` items of which the first coder coded `first`, the
    /// second `second` and both `both` (so `both ≤ first, second ≤ length`).
    pub fn from_counts(length: u64, first: u64, second: u64, both: u64) -> Self {
        let first_only = first.saturating_sub(both);
        let second_only = second.saturating_sub(both);
        Self { both, first_only, second_only, neither: length.saturating_sub(both + first_only + second_only) }
    }

    /// Number of items.
    pub fn total(&self) -> u64 {
        self.both + self.first_only + self.second_only + self.neither
    }

    /// Percent agreement: (both + neither) / total.
    pub fn percent(&self) -> Value {
        let total = self.total();
        if total == 0 {
            return Value::Undefined(Undefined::NoItems);
        }
        Value::Defined(ratio(self.both + self.neither, total))
    }

    /// Cohen's κ of the table (see [`cohen_kappa`]). Undefined when neither coder
    /// coded anything or both coded everything ([`Undefined::NoVariation`]).
    pub fn cohen_kappa(&self) -> Value {
        let total = self.total();
        if total == 0 {
            return Value::Undefined(Undefined::NoItems);
        }
        let n = total as f64;
        let first = (self.both + self.first_only) as f64 / n;
        let second = (self.both + self.second_only) as f64 / n;
        let observed = (self.both + self.neither) as f64 / n;
        let expected = first * second + (1.0 - first) * (1.0 - second);
        chance_corrected(observed, expected)
    }
}

/// Cell-wise sum: pooling two sets of items (tags, documents) into one.
impl std::ops::Add for BinaryTable {
    type Output = Self;

    fn add(self, other: Self) -> Self {
        Self {
            both: self.both + other.both,
            first_only: self.first_only + other.first_only,
            second_only: self.second_only + other.second_only,
            neither: self.neither + other.neither,
        }
    }
}

/// R coders' "coded / not coded" decisions on items, counted by how many coders
/// coded each item: `by_count[k]` items were coded by exactly k coders (k = 0..=R).
/// Enough for the multi-coder coefficients of binary data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageCounts {
    by_count: Vec<u64>,
}

impl CoverageCounts {
    /// Empty counts for `coders` coders.
    pub fn new(coders: usize) -> Self {
        Self { by_count: vec![0; coders + 1] }
    }

    /// Counts from a histogram: `by_count[k]` items coded by exactly k coders; the
    /// number of coders is `by_count.len() − 1`.
    pub fn from_histogram(by_count: Vec<u64>) -> Self {
        Self { by_count: if by_count.is_empty() { vec![0] } else { by_count } }
    }

    /// Number of coders R.
    pub fn coders(&self) -> usize {
        self.by_count.len() - 1
    }

    /// Adds `items` items coded by exactly `k` coders (`k ≤ R`; larger `k` is
    /// counted as R).
    pub fn add(&mut self, k: usize, items: u64) {
        let last = self.by_count.len() - 1;
        self.by_count[k.min(last)] += items;
    }

    /// Pools another histogram of the same number of coders into this one.
    pub fn merge(&mut self, other: &Self) {
        for (mine, theirs) in self.by_count.iter_mut().zip(&other.by_count) {
            *mine += theirs;
        }
    }

    /// `by_count[k]`: items coded by exactly k coders.
    pub fn histogram(&self) -> &[u64] {
        &self.by_count
    }

    /// Number of items.
    pub fn items(&self) -> u64 {
        self.by_count.iter().sum()
    }

    /// (Σ over items of agreeing ordered coder pairs, number of items, R as float).
    fn observed(&self) -> Option<(f64, f64)> {
        let r = self.coders() as u64;
        let n = self.items();
        if r < 2 || n == 0 {
            return None;
        }
        let agreeing: u64 =
            self.by_count.iter().enumerate().map(|(k, &c)| c * pairs(k as u64) + c * pairs(r - k as u64)).sum();
        let observed = agreeing as f64 / (n as f64 * (r * (r - 1)) as f64);
        Some((observed, n as f64))
    }

    /// Share of coded (item, coder) decisions, p₁ = Σ k·by_count[k] / (N·R).
    fn coded_share(&self) -> f64 {
        let coded: u64 = self.by_count.iter().enumerate().map(|(k, &c)| k as u64 * c).sum();
        coded as f64 / (self.items() as f64 * self.coders() as f64)
    }

    /// Mean share of agreeing coder pairs per item (Fleiss' P̄); with two coders the
    /// percent agreement. Undefined with fewer than two coders or no items.
    pub fn percent(&self) -> Value {
        match self.observed() {
            Some((observed, _)) => Value::Defined(observed),
            None if self.coders() < 2 => Value::Undefined(Undefined::OneCoder),
            None => Value::Undefined(Undefined::NoItems),
        }
    }

    /// Fleiss' κ of the binary decisions (see [`fleiss_kappa`]).
    pub fn fleiss_kappa(&self) -> Value {
        let Some((observed, _)) = self.observed() else {
            return self.percent();
        };
        let p = self.coded_share();
        chance_corrected(observed, p * p + (1.0 - p) * (1.0 - p))
    }

    /// Krippendorff's α (nominal) of the binary decisions (see
    /// [`krippendorff_alpha_nominal`]); complete data, so every item is a unit with
    /// R values. Undefined with fewer than two items, or when nothing or
    /// everything is coded.
    pub fn krippendorff_alpha(&self) -> Value {
        let Some((_, items)) = self.observed() else {
            return self.percent();
        };
        if self.items() < 2 {
            return Value::Undefined(Undefined::SingleUnit);
        }
        let r = self.coders() as u64;
        // o_01 + o_10 = Σ_items 2·k·(R−k) / (R−1).
        let mixed: u64 = self.by_count.iter().enumerate().map(|(k, &c)| c * 2 * k as u64 * (r - k as u64)).sum();
        let disagreeing = mixed as f64 / (r - 1) as f64;
        let n = items * r as f64;
        let coded = self.coded_share() * n;
        let expected_pairs = 2.0 * coded * (n - coded);
        if expected_pairs <= 0.0 {
            return Value::Undefined(Undefined::NoVariation);
        }
        Value::Defined(1.0 - (n - 1.0) * disagreeing / expected_pairs)
    }
}

/// Ordered pairs among k coders: k·(k − 1).
fn pairs(k: u64) -> u64 {
    k * k.saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value to three decimals, as the test vectors give it.
    fn three(value: &Value) -> String {
        value.get().map_or_else(|| format!("undefined: {value:?}"), |v| format!("{v:.3}"))
    }

    /// V1: Krippendorff (2004) and the ATLAS.ti manual's example; 10 units, 2 coders.
    const V1_A: [u8; 10] = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    const V1_B: [u8; 10] = [0, 1, 1, 0, 0, 1, 0, 1, 0, 0];

    /// V2: 12 units, 2 coders, 3 categories.
    const V2_A: &str = "aabbbbbccccc";
    const V2_B: &str = "abbbbbcccccc";

    fn two_coder_units<C: Clone>(a: &[C], b: &[C]) -> Vec<Vec<Option<C>>> {
        a.iter().zip(b).map(|(x, y)| vec![Some(x.clone()), Some(y.clone())]).collect()
    }

    #[test]
    fn v1_percent_kappa_and_alpha() {
        let pairs = || V1_A.iter().zip(V1_B.iter());
        assert_eq!(three(&percent_agreement(pairs())), "0.600");
        assert_eq!(three(&cohen_kappa(pairs())), "0.091");
        assert_eq!(three(&krippendorff_alpha_nominal(&two_coder_units(&V1_A, &V1_B))), "0.095");
    }

    #[test]
    fn v2_percent_kappa_and_alpha() {
        let a: Vec<char> = V2_A.chars().collect();
        let b: Vec<char> = V2_B.chars().collect();
        let pairs = || a.iter().zip(b.iter());
        assert_eq!(three(&percent_agreement(pairs())), "0.833");
        assert_eq!(three(&cohen_kappa(pairs())), "0.724");
        assert_eq!(three(&krippendorff_alpha_nominal(&two_coder_units(&a, &b))), "0.734");
    }

    #[test]
    fn v1_through_the_counted_forms_gives_the_same_values() {
        let mut table = BinaryTable::default();
        let mut counts = CoverageCounts::new(2);
        for (&a, &b) in V1_A.iter().zip(&V1_B) {
            let cell = BinaryTable {
                both: u64::from(a & b),
                first_only: u64::from(a & !b & 1),
                second_only: u64::from(!a & b & 1),
                neither: u64::from((a | b) ^ 1),
            };
            table = table + cell;
            counts.add(usize::from(a + b), 1);
        }
        assert_eq!(table, BinaryTable::from_counts(10, 2, 4, 1));
        assert_eq!(three(&table.percent()), "0.600");
        assert_eq!(three(&table.cohen_kappa()), "0.091");
        assert_eq!(three(&counts.percent()), "0.600");
        assert_eq!(three(&counts.krippendorff_alpha()), "0.095");
        // Fleiss' κ of two coders is Scott's π: (0.6 − 0.58) / (1 − 0.58).
        assert_eq!(three(&counts.fleiss_kappa()), "0.048");
        let units: Vec<Vec<u8>> = V1_A.iter().zip(&V1_B).map(|(&a, &b)| vec![a, b]).collect();
        assert_eq!(three(&fleiss_kappa(&units)), "0.048");
    }

    /// C1: 1,000 code points; A codes [0,50) ∪ [100,170), B codes [0,50) ∪ [300,380).
    /// QualCoder multiplies where it should add and reports 0.207.
    #[test]
    fn c1_character_level_percent_and_kappa() {
        let table = BinaryTable::from_counts(1000, 120, 130, 50);
        assert_eq!(table, BinaryTable { both: 50, first_only: 70, second_only: 80, neither: 800 });
        assert_eq!(three(&table.percent()), "0.850");
        assert_eq!(three(&table.cohen_kappa()), "0.314");
    }

    /// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", §C: four
    /// observers, twelve units, missing values; nominal α = 0.743.
    #[test]
    fn krippendorff_2011_nominal_example_with_missing_values() {
        let rows: [[Option<u8>; 12]; 4] = [
            [Some(1), Some(2), Some(3), Some(3), Some(2), Some(1), Some(4), Some(1), Some(2), None, None, None],
            [Some(1), Some(2), Some(3), Some(3), Some(2), Some(2), Some(4), Some(1), Some(2), Some(5), None, Some(3)],
            [None, Some(3), Some(3), Some(3), Some(2), Some(3), Some(4), Some(2), Some(2), Some(5), Some(1), None],
            [Some(1), Some(2), Some(3), Some(3), Some(2), Some(4), Some(4), Some(1), Some(2), Some(5), Some(1), None],
        ];
        let units: Vec<Vec<Option<u8>>> = (0..12).map(|u| rows.iter().map(|row| row[u]).collect()).collect();
        assert_eq!(three(&krippendorff_alpha_nominal(&units)), "0.743");
    }

    /// Fleiss (1971) as worked in the literature: 10 subjects, 14 raters, 5
    /// categories; P̄ = 0.378, P̄ₑ = 0.213, κ = 0.210.
    #[test]
    fn fleiss_fourteen_raters_example() {
        let table: [[usize; 5]; 10] = [
            [0, 0, 0, 0, 14],
            [0, 2, 6, 4, 2],
            [0, 0, 3, 5, 6],
            [0, 3, 9, 2, 0],
            [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0],
            [3, 2, 6, 3, 0],
            [2, 5, 3, 2, 2],
            [6, 5, 2, 1, 0],
            [0, 2, 2, 3, 7],
        ];
        let units: Vec<Vec<usize>> = table
            .iter()
            .map(|row| row.iter().enumerate().flat_map(|(c, &n)| std::iter::repeat_n(c, n)).collect())
            .collect();
        assert_eq!(three(&fleiss_kappa(&units)), "0.210");
    }

    #[test]
    fn identical_coders_agree_fully_and_no_variation_is_undefined() {
        let a = [1, 0, 0, 1, 1];
        assert_eq!(cohen_kappa(a.iter().zip(a.iter())).get(), Some(1.0));
        assert_eq!(krippendorff_alpha_nominal(&two_coder_units(&a, &a)).get(), Some(1.0));
        let same = [0, 0, 0];
        assert_eq!(percent_agreement(same.iter().zip(same.iter())).get(), Some(1.0));
        assert_eq!(cohen_kappa(same.iter().zip(same.iter())), Value::Undefined(Undefined::NoVariation));
        assert_eq!(
            krippendorff_alpha_nominal(&two_coder_units(&same, &same)),
            Value::Undefined(Undefined::NoVariation)
        );
        assert_eq!(BinaryTable::from_counts(100, 0, 0, 0).cohen_kappa(), Value::Undefined(Undefined::NoVariation));
        assert_eq!(BinaryTable::from_counts(100, 0, 0, 0).percent().get(), Some(1.0));
        assert_eq!(BinaryTable::from_counts(100, 30, 30, 30).cohen_kappa().get(), Some(1.0));
    }

    #[test]
    fn too_little_data_is_undefined_with_its_reason() {
        let none: [(u8, u8); 0] = [];
        assert_eq!(percent_agreement(none), Value::Undefined(Undefined::NoItems));
        assert_eq!(krippendorff_alpha_nominal(&[vec![Some(1), Some(2)]]), Value::Undefined(Undefined::SingleUnit));
        assert_eq!(
            krippendorff_alpha_nominal(&[vec![Some(1), None], vec![Some(2), None]]),
            Value::Undefined(Undefined::SingleUnit)
        );
        assert_eq!(fleiss_kappa(&[vec![1, 2, 3], vec![1, 2]]), Value::Undefined(Undefined::MissingValues));
        let one_coder = CoverageCounts::from_histogram(vec![900, 100]);
        assert_eq!(one_coder.percent(), Value::Undefined(Undefined::OneCoder));
        assert_eq!(one_coder.fleiss_kappa(), Value::Undefined(Undefined::OneCoder));
        assert_eq!(one_coder.krippendorff_alpha(), Value::Undefined(Undefined::OneCoder));
    }
}
