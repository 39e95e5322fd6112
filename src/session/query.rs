//! Questions asked of a session: which annotations a list filter keeps, and where a
//! text occurs in the document (find).

use crate::model::anchor::AnchorStatus;
use crate::model::{Document, TagId};

use super::Session;
use super::coding::TextSpan;
use crate::model::AnnotationId;

/// An annotation list filter. The default keeps everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Only annotations with this tag.
    pub tag: Option<TagId>,
    /// Only annotations whose quote, note or author contains this (case-insensitive).
    pub text: String,
    /// Only annotations with this status.
    pub status: Option<AnchorStatus>,
}

impl ListFilter {
    /// Whether the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

impl Session {
    /// The annotations `filter` keeps, in document order (see [`Session::order`]).
    pub fn filtered(&self, filter: &ListFilter) -> Vec<AnnotationId> {
        if filter.is_empty() {
            return self.order().to_vec();
        }
        let needle = filter.text.to_lowercase();
        let annotations = &self.set().annotations;
        self.order()
            .iter()
            .copied()
            .filter(|id| {
                let Some(a) = annotations.get(id) else {
                    return false;
                };
                filter.tag.as_ref().is_none_or(|t| a.tags.contains(t))
                    && filter.status.is_none_or(|s| self.status(*id) == Some(s))
                    && (needle.is_empty()
                        || a.segments.iter().any(|s| s.quote.to_lowercase().contains(&needle))
                        || a.note.to_lowercase().contains(&needle)
                        || a.author.to_lowercase().contains(&needle))
            })
            .collect()
    }
}

/// Every occurrence of `query` in `doc`'s paragraphs with the default
/// [`FindOptions`]: literal, ignoring letter case, Latin accents, Arabic harakat
/// and full-width forms (`tunez` finds `Túnez`), in document order. A typed space
/// also finds a no-break space (U+00A0, U+202F, U+2007), as `glosa annotate
/// --quote` does. An empty query finds nothing. Spans are in code points. See
/// [`find_text_with`] for the options.
pub fn find_text(doc: &Document, query: &str) -> Vec<TextSpan> {
    super::find::find_text_with(doc, query, super::find::FindOptions::default())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn find_ignores_case_and_accents_and_counts_code_points() {
        let doc =
            Document::parse("Túnez y TÚNEZ, o Tunez.\n\n👨🏻‍🚒 la Agenda de túnez".as_bytes().to_vec(), "t.txt").unwrap();
        assert_eq!(
            find_text(&doc, "túnez"),
            [TextSpan::new(0, 0, 5), TextSpan::new(0, 8, 13), TextSpan::new(0, 17, 22), TextSpan::new(1, 18, 23)]
        );
        assert!(find_text(&doc, "").is_empty());
        assert_eq!(find_text(&doc, "(").len(), 0, "the query is literal, not a pattern");
    }

    #[test]
    fn a_typed_space_finds_a_no_break_space() {
        let doc = Document::parse("el sector\u{A0}privado y el sector privado".as_bytes().to_vec(), "t.txt").unwrap();
        assert_eq!(find_text(&doc, "sector privado"), [TextSpan::new(0, 3, 17), TextSpan::new(0, 23, 37)]);
        assert_eq!(find_text(&doc, "sector\u{A0}privado").len(), 2);
    }
}
