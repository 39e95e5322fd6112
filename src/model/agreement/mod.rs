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
pub mod segments;
pub mod unitizing;

use std::fmt;

pub use coefficients::{BinaryTable, CoverageCounts};
pub use continuum::{Continuum, Passage, Span};
pub use segments::{DisagreementKind, Threshold};

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
