//! The reader's own text selection, which spans paragraphs and survives scrolling
//! (egui's label selection keeps its range private and drops it when an end
//! scrolls away). Positions are (paragraph index, code point offset); both ends
//! snap to grapheme cluster boundaries (UAX #29).

use unicode_segmentation::UnicodeSegmentation;

use crate::model::{CharOffset, Document, Segment};

/// A caret position: paragraph index and code point offset into its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextPos {
    /// Paragraph index (ordinal − 1).
    pub paragraph: usize,
    /// Code points into the paragraph text.
    pub offset: usize,
}

impl TextPos {
    /// A position.
    pub fn new(paragraph: usize, offset: usize) -> Self {
        Self { paragraph, offset }
    }
}

/// A selection from `anchor` (where the drag started) to `head` (where it is now).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    /// Where the selection started.
    pub anchor: TextPos,
    /// The moving end.
    pub head: TextPos,
}

impl Selection {
    /// An empty selection (a caret) at `pos`.
    pub fn caret(pos: TextPos) -> Self {
        Self { anchor: pos, head: pos }
    }

    /// The ends in document order.
    pub fn ordered(&self) -> (TextPos, TextPos) {
        if self.anchor <= self.head { (self.anchor, self.head) } else { (self.head, self.anchor) }
    }

    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.anchor == self.head
    }

    /// The selected code point range within paragraph `index`, if any of it is selected.
    pub fn range_in(&self, index: usize, paragraph_len: usize) -> Option<(usize, usize)> {
        let (start, end) = self.ordered();
        if index < start.paragraph || index > end.paragraph {
            return None;
        }
        let from = if index == start.paragraph { start.offset } else { 0 };
        let to = if index == end.paragraph { end.offset } else { paragraph_len };
        (from < to).then_some((from, to.min(paragraph_len)))
    }

    /// One segment per paragraph touched, in document order (empty parts skipped).
    pub fn segments(&self, doc: &Document) -> Vec<Segment> {
        let (start, end) = self.ordered();
        (start.paragraph..=end.paragraph)
            .filter_map(|i| {
                let len = doc.paragraphs().get(i).map(|p| char_count(doc.text_of(p)))?;
                let (from, to) = self.range_in(i, len)?;
                Segment::new(doc, i, CharOffset(from), CharOffset(to))
            })
            .collect()
    }

    /// The selected text; paragraphs separated by a blank line.
    pub fn text(&self, doc: &Document) -> String {
        self.segments(doc).iter().map(|s| s.quote.as_str()).collect::<Vec<_>>().join("\n\n")
    }
}

/// Code points in `text`.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// The grapheme cluster boundary at or before code point `offset` of `text`, so a
/// caret never sits inside `é` written as `e` + U+0301 or inside an emoji sequence.
pub fn snap_offset(text: &str, offset: usize) -> usize {
    let mut position = 0;
    for grapheme in text.graphemes(true) {
        let next = position + char_count(grapheme);
        if next > offset {
            return position;
        }
        position = next;
    }
    position
}

/// The word (UAX #29 word boundaries) around code point `offset` of `text`, as a
/// code point range; the grapheme at `offset` if it is not part of a word.
pub fn word_at(text: &str, offset: usize) -> (usize, usize) {
    let mut position = 0;
    for word in text.split_word_bounds() {
        let len = char_count(word);
        if offset < position + len {
            return (position, position + len);
        }
        position += len;
    }
    (position, position)
}

/// The grapheme cluster boundary after code point `offset` of `text` (its length at the end).
pub fn next_grapheme(text: &str, offset: usize) -> usize {
    let mut position = 0;
    for grapheme in text.graphemes(true) {
        position += char_count(grapheme);
        if position > offset {
            return position;
        }
    }
    position
}

/// The grapheme cluster boundary before code point `offset` of `text` (0 at the start).
pub fn previous_grapheme(text: &str, offset: usize) -> usize {
    let mut previous = 0;
    let mut position = 0;
    for grapheme in text.graphemes(true) {
        if position >= offset {
            break;
        }
        previous = position;
        position += char_count(grapheme);
    }
    previous
}

/// The start of the next word (UAX #29) after code point `offset`, or the end of
/// `text` (Ctrl+→ in reading order).
pub fn next_word(text: &str, offset: usize) -> usize {
    let mut position = 0;
    let mut passed_current = false;
    for word in text.split_word_bounds() {
        let len = char_count(word);
        let is_word = word.chars().any(char::is_alphanumeric);
        if position >= offset && passed_current && is_word {
            return position;
        }
        if position + len > offset {
            passed_current = true;
        }
        position += len;
    }
    position
}

/// The start of the word (UAX #29) before code point `offset`, or 0 (Ctrl+←).
pub fn previous_word(text: &str, offset: usize) -> usize {
    let mut position = 0;
    let mut best = 0;
    for word in text.split_word_bounds() {
        if position >= offset {
            break;
        }
        if word.chars().any(char::is_alphanumeric) {
            best = position;
        }
        position += char_count(word);
    }
    best
}

#[cfg(test)]
mod tests {
    #[test]
    fn carets_step_by_grapheme_and_by_word() {
        let text = "La cafe\u{301}tera de Túnez.";
        assert_eq!(next_grapheme(text, 6), 8);
        assert_eq!(previous_grapheme(text, 8), 6);
        assert_eq!(previous_grapheme(text, 0), 0);
        assert_eq!(next_word(text, 0), 3);
        assert_eq!(next_word(text, 4), 13);
        assert_eq!(next_word(text, 17), 22);
        assert_eq!(previous_word(text, 13), 3);
        assert_eq!(previous_word(text, 12), 3);
        assert_eq!(previous_word(text, 3), 0);
    }

    use super::*;

    fn doc() -> Document {
        Document::parse("La cafe\u{301}tera de Túnez.\n\nEl segundo párrafo.".as_bytes().to_vec(), "t.txt").unwrap()
    }

    #[test]
    fn selections_across_paragraphs_give_one_segment_each_and_join_with_a_blank_line() {
        let d = doc();
        let selection = Selection { anchor: TextPos::new(1, 10), head: TextPos::new(0, 12) };
        let segments = selection.segments(&d);
        assert_eq!(segments.iter().map(|s| s.quote.as_str()).collect::<Vec<_>>(), ["de Túnez.", "El segundo"]);
        assert_eq!(selection.text(&d), "de Túnez.\n\nEl segundo");
    }

    #[test]
    fn words_follow_unicode_word_boundaries() {
        assert_eq!(word_at("La cafétera de Túnez.", 5), (3, 11));
        assert_eq!(word_at("La cafétera de Túnez.", 20), (20, 21));
        assert_eq!(word_at("abc", 9), (3, 3));
    }

    #[test]
    fn carets_snap_to_grapheme_boundaries() {
        let text = "👨🏻‍🚒 e\u{301}";
        assert_eq!(snap_offset(text, 2), 0);
        assert_eq!(snap_offset(text, 4), 4);
        assert_eq!(snap_offset(text, 6), 5);
        assert_eq!(snap_offset(text, 7), 7);
        assert_eq!(snap_offset(text, 99), 7);
    }

    #[test]
    fn range_in_a_middle_paragraph_is_the_whole_paragraph() {
        let selection = Selection { anchor: TextPos::new(0, 3), head: TextPos::new(2, 4) };
        assert_eq!(selection.range_in(1, 10), Some((0, 10)));
        assert_eq!(selection.range_in(0, 10), Some((3, 10)));
        assert_eq!(selection.range_in(2, 10), Some((0, 4)));
        assert_eq!(selection.range_in(3, 10), None);
    }
}
