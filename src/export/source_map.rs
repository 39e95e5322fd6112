//! Where each paragraph's normalized text lies in the text *other tools* read: the
//! map behind the W3C export's `TextQuoteSelector` and `TextPositionSelector`, and
//! behind importing positions made by other tools.
//!
//! Glosa quotes and counts in a paragraph's normalized text (white space collapsed,
//! soft hyphens removed, hyphenated line ends joined, NFC, Markdown markup dropped;
//! see [`crate::model::normalize`]). Another tool reading the same file sees the
//! *reading text* of the resource:
//!
//! | media type | reading text |
//! |---|---|
//! | `text/plain` | the decoded file: byte-order mark removed, line ends (CRLF, LF, CR) kept as they are, every character counted |
//! | `text/markdown` | the same: the Markdown source as text (RFC 7763 defines `text/markdown` as text), markup included |
//! | `text/html` | the DOM's `document.body.textContent`: the data of every text node under `<body>`, in tree order, after HTML Standard parsing (what Hypothesis and the W3C's `TextPositionSelector` examples count in a web page), including the text of elements Glosa does not read (`<script>`, `<nav>`…); the numbers Glosa puts before ordered list items and footnotes (`2. `, `1 `) are not in it and map to where the item's text begins |
//! | DOCX, ODT, PDF | none: no standard says what the text of a Word or `OpenDocument` file is, and a PDF's text as `PDF.js` (Hypothesis) lays it out depends on that program's version and heuristics, so no position is written; quotes and paragraph fragments are |
//!
//! Offsets into the reading text are Unicode **code points** ([`CharOffset`]), as
//! the W3C Web Annotation `TextPositionSelector` counts them (§4.2.5), not UTF-16
//! code units and not bytes.
//!
//! A [`SourceText`] holds the reading text and, for each paragraph of the
//! [`Document`], a [`ParagraphMap`] from normalized code points to reading-text code
//! points, or nothing when the paragraph could not be mapped *exactly*. The map is
//! built by [`SourceText::align`] for plain text, Markdown and HTML (against the
//! text content, with the text of elements Glosa does not read as markup); a
//! reader that knows where each run of its paragraph text came from can build one
//! with [`ParagraphMap::from_pieces`] and [`SourceText::from_parts`].
//!
//! # Alignment, and why it never guesses
//!
//! [`SourceText::align`] re-reads nothing and knows nothing of the segmenters'
//! internals. It walks each paragraph's normalized text against the reading text,
//! from the paragraph's first source line ([`Paragraph::lines`]), and accepts a
//! character of the paragraph only as:
//!
//! - the same character in the source (runs of these are *same* pieces);
//! - a space for a run of source white space, control characters and markup
//!   containing at least one white-space character (a line break, a tab, CRLF);
//! - the NFC composition of a source character and its combining marks;
//! - for Markdown, the text of an entity or escape (`&amp;` → `&`) or an ordered
//!   list label (`3.`).
//!
//! Source characters may be skipped only where normalization drops them: white
//! space and controls, soft hyphens, a hyphen at a line end (`coope-` ⏎ `ración`),
//! the second hyphen of `-` U+00AD `-`, and Markdown markup (everything
//! `pulldown-cmark` does not report as text; raw HTML tags, comments and the content
//! of `<style>`, `<script>`…; image descriptions; front matter; Liquid tags). Every
//! other source character must match. A paragraph that does not align to its very
//! last character, within its lines, gets no map; a span boundary that falls inside
//! a replaced piece (inside an NFC cluster or an entity) maps to nothing. Callers
//! then export only the quote, never an approximate position.
//!
//! Work is linear in the size of the file: each paragraph is tried from its first
//! line and, failing that, from the end of the previous paragraph, at most
//! [`MAX_ATTEMPTS`] start positions each.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

use crate::model::annotation::CONTEXT_CHARS;
use crate::model::normalize::SOFT_HYPHEN;
use crate::model::{CharOffset, Document, ParagraphKind, SourceFormat};

/// Start positions tried per paragraph before it is left unmapped.
pub const MAX_ATTEMPTS: usize = 64;

/// The IANA media type of the reading text of `format`.
pub fn media_type(format: SourceFormat) -> &'static str {
    match format {
        SourceFormat::PlainText => "text/plain",
        SourceFormat::Markdown => "text/markdown",
        SourceFormat::Html => "text/html",
        SourceFormat::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        SourceFormat::Odt => "application/vnd.oasis.opendocument.text",
        SourceFormat::Pdf => "application/pdf",
    }
}

/// A run of a paragraph's normalized text and the part of the reading text it
/// comes from. Offsets are code points (`norm` within the paragraph, `source`
/// within the whole reading text) and bytes (`source_bytes`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Normalized code points, paragraph-relative.
    pub norm: Range<usize>,
    /// Reading-text code points.
    pub source: Range<usize>,
    /// Reading-text bytes.
    pub source_bytes: Range<usize>,
    /// Whether the two runs are the same characters (so any code point inside maps
    /// one to one); otherwise only the piece's ends map.
    pub same: bool,
}

/// A compact [`Piece`]: 25 bytes instead of 56.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Packed {
    norm: u32,
    norm_len: u32,
    source: u32,
    source_len: u32,
    byte: u32,
    byte_len: u32,
    same: bool,
}

impl Packed {
    fn norm_end(self) -> usize {
        (self.norm + self.norm_len) as usize
    }
    fn source_end(self) -> usize {
        (self.source + self.source_len) as usize
    }
    fn byte_end(self) -> usize {
        (self.byte + self.byte_len) as usize
    }
}

/// The map of one paragraph: normalized code points → reading-text code points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParagraphMap {
    pieces: Vec<Packed>,
}

impl ParagraphMap {
    /// A map from pieces in order, as a reader that knows where each run of its
    /// paragraph text came from would build it. `None` unless the pieces cover
    /// the normalized text from code point 0 without gaps or overlaps, move
    /// forward in the source, and each `same` piece has as many code points on
    /// both sides. Offsets must fit in 32 bits (the largest document is 256 MiB).
    pub fn from_pieces(pieces: impl IntoIterator<Item = Piece>) -> Option<Self> {
        let mut packed: Vec<Packed> = Vec::new();
        let mut norm_end = 0usize;
        let mut byte_end = 0usize;
        for piece in pieces {
            let fits = |n: usize| u32::try_from(n).ok();
            let ordered = piece.norm.start == norm_end
                && piece.norm.end > piece.norm.start
                && piece.source.start <= piece.source.end
                && piece.source_bytes.start <= piece.source_bytes.end
                && piece.source_bytes.start >= byte_end
                && (!piece.same || piece.norm.len() == piece.source.len());
            if !ordered {
                return None;
            }
            norm_end = piece.norm.end;
            byte_end = piece.source_bytes.end;
            packed.push(Packed {
                norm: fits(piece.norm.start)?,
                norm_len: fits(piece.norm.len())?,
                source: fits(piece.source.start)?,
                source_len: fits(piece.source.len())?,
                byte: fits(piece.source_bytes.start)?,
                byte_len: fits(piece.source_bytes.len())?,
                same: piece.same,
            });
        }
        Some(Self { pieces: packed })
    }

    /// The pieces, in order.
    pub fn pieces(&self) -> impl Iterator<Item = Piece> + '_ {
        self.pieces.iter().map(|p| Piece {
            norm: p.norm as usize..p.norm_end(),
            source: p.source as usize..p.source_end(),
            source_bytes: p.byte as usize..p.byte_end(),
            same: p.same,
        })
    }

    /// Number of normalized code points covered.
    pub fn len(&self) -> usize {
        self.pieces.last().map_or(0, |p| p.norm_end())
    }

    /// Whether the map covers nothing.
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }
}

impl ParagraphMap {
    /// This map behind an ASCII label of `label` code points that has no text in
    /// the source: the label maps to the empty stretch where the rest begins, so
    /// a span from the label's start starts there and one inside it maps to
    /// nothing.
    fn after_label(self, label: usize) -> Self {
        let Some(first) = self.pieces.first().copied() else { return self };
        let Ok(shift) = u32::try_from(label) else { return self };
        let mut pieces = Vec::with_capacity(self.pieces.len() + 1);
        pieces.push(Packed { norm: 0, norm_len: shift, source_len: 0, byte_len: 0, same: false, ..first });
        pieces.extend(self.pieces.into_iter().map(|p| Packed { norm: p.norm + shift, ..p }));
        Self { pieces }
    }
}

/// The length in bytes (= code points: ASCII) of the number the HTML reader puts
/// before an ordered list item (`12. `) or a footnote (`3 `), when `text` of a
/// paragraph of `kind` starts with one; see [`crate::model::html`].
fn html_label_len(kind: ParagraphKind, text: &str) -> Option<usize> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = text.get(digits..)?;
    let marker = match kind {
        ParagraphKind::ListItem => ". ",
        ParagraphKind::Footnote => " ",
        _ => return None,
    };
    (digits > 0 && rest.starts_with(marker) && rest.len() > marker.len()).then_some(digits + marker.len())
}

/// Where normalized code point `offset` starts in the source, as (code point,
/// byte); `None` inside a replaced piece or past the end.
fn start_of(pieces: &[Packed], text: &str, offset: usize) -> Option<(usize, usize)> {
    let i = pieces.partition_point(|p| p.norm_end() <= offset);
    let piece = *pieces.get(i)?;
    let inside = offset - piece.norm as usize;
    if inside == 0 {
        return Some((piece.source as usize, piece.byte as usize));
    }
    if !piece.same {
        return None;
    }
    let byte = nth_char_byte(text, piece.byte as usize, inside)?;
    Some((piece.source as usize + inside, byte))
}

/// Where the normalized text ending at code point `offset` (exclusive) ends in
/// the source; `None` inside a replaced piece, at 0 or past the end.
fn end_of(pieces: &[Packed], text: &str, offset: usize) -> Option<(usize, usize)> {
    if offset == 0 {
        return None;
    }
    let i = pieces.partition_point(|p| p.norm_end() < offset);
    let piece = *pieces.get(i)?;
    if offset == piece.norm_end() {
        return Some((piece.source_end(), piece.byte_end()));
    }
    if !piece.same {
        return None;
    }
    let inside = offset - piece.norm as usize;
    let byte = nth_char_byte(text, piece.byte as usize, inside)?;
    Some((piece.source as usize + inside, byte))
}

/// The byte after `count` code points of `text` from byte `from`.
fn nth_char_byte(text: &str, from: usize, count: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    if count == 0 {
        return Some(from);
    }
    let mut chars = rest.char_indices();
    match chars.nth(count) {
        Some((byte, _)) => Some(from + byte),
        None if rest.chars().count() == count => Some(text.len()),
        None => None,
    }
}

/// A span of the reading text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceSpan {
    /// Code points, start inclusive, end exclusive.
    pub start: CharOffset,
    /// See `start`.
    pub end: CharOffset,
    /// The same span in bytes.
    pub bytes: Range<usize>,
}

/// A span of the document in normalized text: paragraph index and code point of
/// the start, paragraph index and code point of the (exclusive) end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NormalizedSpan {
    /// Paragraph (index) and code point where the span starts.
    pub start: (usize, CharOffset),
    /// Paragraph (index) and code point where it ends (exclusive).
    pub end: (usize, CharOffset),
}

/// The reading text of a document's resource and where each paragraph lies in it.
/// See the module docs.
#[derive(Clone, Debug)]
pub struct SourceText {
    text: String,
    media_type: &'static str,
    /// One per document paragraph: its range in `pieces`, empty when unmapped.
    paragraphs: Vec<Range<u32>>,
    pieces: Vec<Packed>,
    /// Index in `paragraphs` of the paragraph owning each piece, for reverse lookup.
    owners: Vec<u32>,
    /// (byte, UTF-16 code units before it) at every [`CHECKPOINT`]-th code point:
    /// turns code point and UTF-16 offsets into bytes without scanning from 0.
    checkpoints: Vec<(u32, u32)>,
}

/// Code points between two entries of [`SourceText`]'s offset checkpoints.
const CHECKPOINT: usize = 256;

impl SourceText {
    /// The reading text `text` (the decoded file: [`crate::model::decode::decode`]'s
    /// `text`) mapped to the paragraphs of `document`, which must have been parsed
    /// from the same bytes (paragraphs that do not align are left unmapped). The
    /// media type follows [`Document::format`]. For HTML, `text` is the decoded
    /// file and the reading text is its `<body>`'s text content (module docs);
    /// DOCX, ODT and PDF get no maps.
    pub fn align(text: String, document: &Document) -> Self {
        let media_type = media_type(document.format());
        let lines = LineStarts::new(&text, document.format());
        let units = match document.format() {
            SourceFormat::PlainText => Units::plain(&text, &lines, document.furniture()),
            SourceFormat::Markdown => Units::markdown(&text),
            // The reading text of HTML is the DOM's text content, not the file.
            SourceFormat::Html => {
                let (content, units) = html_text_content(&text);
                return Self::align_anywhere(content, &units, document, media_type);
            }
            // No rule for containers (see the module docs): nothing is mapped, so
            // their passages are exported with quotes and paragraph fragments only.
            SourceFormat::Docx | SourceFormat::Odt | SourceFormat::Pdf => {
                let unmapped = vec![None; document.paragraphs().len()];
                return Self::from_parts(text, media_type, unmapped);
            }
        };
        let mut aligner = Aligner { text: &text, units: &units, hint: 0, attempts_left: 0 };
        let mut maps = Vec::with_capacity(document.paragraphs().len());
        let mut cursor = Pos::default();
        for paragraph in document.paragraphs() {
            let normalized = document.text_of(paragraph);
            let line_start = lines.start(paragraph.lines.0);
            let line_limit = lines.end(paragraph.lines.1);
            let bounded = if line_start > cursor.byte { cursor.advance_to(&text, line_start) } else { cursor };
            aligner.attempts_left = MAX_ATTEMPTS;
            let found = aligner
                .find(normalized, bounded, lines.end(paragraph.lines.0).max(bounded.byte), line_limit)
                .or_else(|| {
                    aligner.attempts_left = MAX_ATTEMPTS;
                    aligner.find(normalized, cursor, text.len(), text.len())
                });
            match found {
                Some((pieces, end)) => {
                    cursor = end;
                    maps.push(Some(pieces));
                }
                None => maps.push(None),
            }
        }
        Self::from_parts(text, media_type, maps)
    }

    /// Aligns every paragraph of `document` in `text` (whose text and markup
    /// `units` tell apart) in order, each from the end of the previous one
    /// mapped, without source lines to start from (the HTML text content has
    /// none of the file's lines).
    fn align_anywhere(text: String, units: &Units, document: &Document, media_type: &'static str) -> Self {
        let mut aligner = Aligner { text: &text, units, hint: 0, attempts_left: 0 };
        let mut maps = Vec::with_capacity(document.paragraphs().len());
        let mut cursor = Pos::default();
        for paragraph in document.paragraphs() {
            let normalized = document.text_of(paragraph);
            aligner.attempts_left = MAX_ATTEMPTS;
            let found = aligner.find(normalized, cursor, text.len(), text.len()).or_else(|| {
                // An ordered list item's or a footnote's number (`2. `, `1 `) is
                // Glosa's, not the page's text: align the rest and map the label
                // to the empty stretch where the item's text begins.
                let label = html_label_len(paragraph.kind, normalized)?;
                aligner.attempts_left = MAX_ATTEMPTS;
                let (rest, end) = aligner.find(&normalized[label..], cursor, text.len(), text.len())?;
                Some((rest.after_label(label), end))
            });
            match found {
                Some((pieces, end)) => {
                    cursor = end;
                    maps.push(Some(pieces));
                }
                None => maps.push(None),
            }
        }
        Self::from_parts(text, media_type, maps)
    }

    /// The reading text of the file whose bytes are `bytes`, decoded as
    /// [`Document::parse`] decodes them, mapped to `document` (see
    /// [`SourceText::align`]; for HTML the text content of the parsed `<body>`);
    /// `None` when the bytes are not text or the document is DOCX, ODT or PDF
    /// (no positions in those: see the module docs).
    pub fn from_bytes(bytes: Vec<u8>, document: &Document) -> Option<Self> {
        if !matches!(document.format(), SourceFormat::PlainText | SourceFormat::Markdown | SourceFormat::Html) {
            return None;
        }
        let decoded = crate::model::decode::decode(bytes).ok()?;
        Some(Self::align(decoded.text, document))
    }

    /// A reading text with maps supplied by a reader, one entry per document
    /// paragraph (`None`: not mapped). Maps must move forward through the text in
    /// paragraph order; one that goes back or past the end of `text` is dropped.
    pub fn from_parts(text: String, media_type: &'static str, maps: Vec<Option<ParagraphMap>>) -> Self {
        let mut paragraphs = Vec::with_capacity(maps.len());
        let mut pieces: Vec<Packed> = Vec::new();
        let mut owners = Vec::new();
        let mut byte_end = 0usize;
        for (index, map) in maps.into_iter().enumerate() {
            let start = pieces.len() as u32;
            if let Some(map) = map {
                let first = map.pieces.first().map_or(0, |p| p.byte as usize);
                let last = map.pieces.last().map_or(0, |p| p.byte_end());
                if !map.is_empty() && first >= byte_end && last <= text.len() {
                    byte_end = last;
                    owners.extend(std::iter::repeat_n(index as u32, map.pieces.len()));
                    pieces.extend(map.pieces);
                }
            }
            paragraphs.push(start..pieces.len() as u32);
        }
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut utf16 = 0usize;
        for (n, (byte, c)) in text.char_indices().enumerate() {
            if n % CHECKPOINT == 0 {
                checkpoints.push((byte as u32, utf16 as u32));
            }
            utf16 += c.len_utf16();
        }
        Self { text, media_type, paragraphs, pieces, owners, checkpoints }
    }

    /// The reading text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its media type, e.g. `text/plain`.
    pub fn media_type(&self) -> &'static str {
        self.media_type
    }

    /// The map of paragraph `index`, if it was mapped.
    pub fn paragraph(&self, index: usize) -> Option<ParagraphMap> {
        let range = self.paragraphs.get(index)?;
        let pieces = self.pieces.get(range.start as usize..range.end as usize)?;
        (!pieces.is_empty()).then(|| ParagraphMap { pieces: pieces.to_vec() })
    }

    /// How many paragraphs are mapped.
    pub fn mapped_count(&self) -> usize {
        self.paragraphs.iter().filter(|r| !r.is_empty()).count()
    }

    fn pieces_of(&self, index: usize) -> Option<&[Packed]> {
        let range = self.paragraphs.get(index)?;
        let pieces = self.pieces.get(range.start as usize..range.end as usize)?;
        (!pieces.is_empty()).then_some(pieces)
    }

    /// The reading-text span of the normalized span from code point `start` of
    /// paragraph `first` to code point `end` (exclusive) of paragraph `last`
    /// (`first == last` within one paragraph). `None` when either end cannot be
    /// mapped exactly (see the module docs) or the span is empty.
    pub fn span(&self, first: usize, start: CharOffset, last: usize, end: CharOffset) -> Option<SourceSpan> {
        let from = start_of(self.pieces_of(first)?, &self.text, start.0)?;
        let to = end_of(self.pieces_of(last)?, &self.text, end.0)?;
        (from.1 < to.1).then_some(SourceSpan { start: CharOffset(from.0), end: CharOffset(to.0), bytes: from.1..to.1 })
    }

    /// The text of `span` and up to [`CONTEXT_CHARS`] code points of reading text
    /// before and after it: (exact, prefix, suffix), as a `TextQuoteSelector` has.
    pub fn quote(&self, span: &SourceSpan) -> (&str, &str, &str) {
        let text = &self.text;
        let exact = text.get(span.bytes.clone()).unwrap_or_default();
        let before = text.get(..span.bytes.start).unwrap_or_default();
        let prefix_start = before.char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(b, _)| b);
        let after = text.get(span.bytes.end..).unwrap_or_default();
        let suffix_len = after.char_indices().nth(CONTEXT_CHARS).map_or(after.len(), |(b, _)| b);
        (exact, &before[prefix_start..], &after[..suffix_len])
    }

    /// The byte offset of code point `offset` of the reading text (its end for the
    /// number of code points), `None` past the end. O(1) after construction.
    pub fn byte_of(&self, offset: CharOffset) -> Option<usize> {
        let Some(last) = self.checkpoints.len().checked_sub(1) else {
            return (offset.0 == 0).then_some(0);
        };
        let index = (offset.0 / CHECKPOINT).min(last);
        nth_char_byte(&self.text, self.checkpoints[index].0 as usize, offset.0 - index * CHECKPOINT)
    }

    /// The byte offset of UTF-16 code unit `units` of the reading text (as
    /// JavaScript and Hypothesis count), `None` past the end or between the two
    /// halves of a surrogate pair. O(1) after construction.
    pub fn byte_of_utf16(&self, units: usize) -> Option<usize> {
        let i = self.checkpoints.partition_point(|&(_, u)| u as usize <= units).checked_sub(1);
        let (mut byte, mut count) =
            i.map_or((0, 0), |i| (self.checkpoints[i].0 as usize, self.checkpoints[i].1 as usize));
        for c in self.text.get(byte..)?.chars() {
            if count >= units {
                break;
            }
            count += c.len_utf16();
            byte += c.len_utf8();
        }
        (count == units).then_some(byte)
    }

    /// The normalized span covering the reading-text bytes `bytes`: the inverse
    /// of [`SourceText::span`], for placing positions other tools made. Markup and
    /// white space at either end are left out (the start moves forward to the
    /// next mapped text, the end back to the previous); a boundary inside a
    /// replaced piece takes the whole piece. `None` when no mapped text lies
    /// inside `bytes`.
    pub fn locate(&self, bytes: Range<usize>) -> Option<NormalizedSpan> {
        if bytes.start >= bytes.end {
            return None;
        }
        let first = self.pieces.partition_point(|p| p.byte_end() <= bytes.start);
        let last = self.pieces.partition_point(|p| (p.byte as usize) < bytes.end).checked_sub(1)?;
        if first > last {
            return None;
        }
        let (start_piece, end_piece) = (self.pieces[first], self.pieces[last]);
        let start = if start_piece.same && bytes.start > start_piece.byte as usize {
            let inside = self.text.get(start_piece.byte as usize..bytes.start)?.chars().count();
            start_piece.norm as usize + inside
        } else {
            start_piece.norm as usize
        };
        let end = if end_piece.same && bytes.end < end_piece.byte_end() {
            let inside = self.text.get(end_piece.byte as usize..bytes.end)?.chars().count();
            end_piece.norm as usize + inside
        } else {
            end_piece.norm_end()
        };
        let (a, b) = (self.owners[first] as usize, self.owners[last] as usize);
        (a < b || start < end).then_some(NormalizedSpan { start: (a, CharOffset(start)), end: (b, CharOffset(end)) })
    }
}

/// A position in the reading text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Pos {
    byte: usize,
    char: usize,
}

impl Pos {
    /// This position moved forward to byte `byte` (a char boundary ≥ `self.byte`).
    fn advance_to(self, text: &str, byte: usize) -> Self {
        let chars = text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        Pos { byte, char: self.char + chars }
    }
}

/// Line starts of the reading text, counted as the segmenter of its format counts
/// them: CRLF, LF and lone CR for plain text, LF for Markdown.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str, format: SourceFormat) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        match format {
            SourceFormat::Markdown => starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1)),
            SourceFormat::PlainText
            | SourceFormat::Html
            | SourceFormat::Docx
            | SourceFormat::Odt
            | SourceFormat::Pdf => {
                for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
                    if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                        continue; // the LF ends this line
                    }
                    starts.push(i + 1);
                }
            }
        }
        Self(starts)
    }

    /// Byte where 1-based line `line` starts (the text's end past the last line).
    fn start(&self, line: u32) -> usize {
        let index = (line as usize).saturating_sub(1);
        self.0.get(index).copied().unwrap_or_else(|| self.0.last().copied().unwrap_or(0))
    }

    /// Byte where the line after 1-based line `line` starts: the end of `line`.
    fn end(&self, line: u32) -> usize {
        self.0.get(line as usize).copied().unwrap_or(usize::MAX)
    }
}

/// Which bytes of the reading text are text (and what they read as); the rest is
/// markup. Sorted, non-overlapping.
struct Units(Vec<Unit>);

#[derive(Clone, Debug)]
struct Unit {
    bytes: Range<usize>,
    /// `None`: the bytes read as themselves; `Some`: they read as this text
    /// (an entity, an escape, a list label).
    reads_as: Option<String>,
}

/// What the aligner finds at a byte of the reading text.
enum Item<'s> {
    /// A character that is text.
    Text(char),
    /// A character of markup.
    Markup(char),
    /// Bytes that read as other text, starting here.
    Replaced(&'s str, Range<usize>),
}

impl Units {
    /// All of `text` is text, except the lines of page furniture the segmenter
    /// set aside (page numbers, running headers inside a paragraph that goes on
    /// over a page break): those are skipped like markup, with their line break.
    fn plain(text: &str, lines: &LineStarts, furniture: &[crate::model::Furniture]) -> Self {
        let mut units = Vec::with_capacity(furniture.len() + 1);
        let mut from = 0;
        let mut skipped: Vec<u32> = furniture.iter().map(|f| f.line).collect();
        skipped.sort_unstable();
        skipped.dedup();
        for line in skipped {
            let (start, end) = (lines.start(line), lines.end(line).min(text.len()));
            if start < from || end <= start {
                continue;
            }
            if start > from {
                units.push(Unit { bytes: from..start, reads_as: None });
            }
            from = end;
        }
        if from < text.len() {
            units.push(Unit { bytes: from..text.len(), reads_as: None });
        }
        Self(units)
    }

    fn markdown(text: &str) -> Self {
        let mut builder = MarkdownUnits {
            text,
            units: Vec::new(),
            image: 0,
            metadata: false,
            inline_skip: 0,
            html: HtmlScan::default(),
            numbers: Vec::new(),
        };
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
            | Options::ENABLE_DEFINITION_LIST;
        for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
            builder.event(event, range);
        }
        let mut units = builder.units;
        units.sort_by_key(|u| u.bytes.start);
        // Drop overlaps (should not happen): a later unit starting inside an earlier one.
        let mut clean: Vec<Unit> = Vec::with_capacity(units.len());
        for unit in units {
            if clean.last().is_none_or(|last| last.bytes.end <= unit.bytes.start) && !unit.bytes.is_empty() {
                clean.push(unit);
            }
        }
        Self(clean)
    }

    /// The item at byte `byte` of `text`; `hint` speeds up forward scans.
    fn item_at<'s>(&'s self, text: &str, byte: usize, hint: &mut usize) -> Option<Item<'s>> {
        let c = text.get(byte..)?.chars().next()?;
        let units = &self.0;
        if !(units.get(*hint).is_some_and(|u| u.bytes.start <= byte && byte < u.bytes.end)) {
            *hint = units.partition_point(|u| u.bytes.end <= byte);
        }
        let Some(unit) = units.get(*hint).filter(|u| u.bytes.start <= byte) else {
            return Some(Item::Markup(c));
        };
        Some(match &unit.reads_as {
            None => Item::Text(c),
            Some(reads) if byte == unit.bytes.start => Item::Replaced(reads, unit.bytes.clone()),
            Some(_) => Item::Markup(c),
        })
    }
}

/// Elements whose text Glosa's HTML reader ([`crate::model::html`]) does not
/// read: in the text content, their text is markup the aligner may skip.
const HTML_SKIPPED: &[&str] = &[
    "script", "style", "template", "noscript", "nav", "button", "select", "textarea", "svg", "iframe", "object",
    "title",
];

/// Deepest element nesting (estimated by [`html_nesting`]) for which an HTML
/// document's text content is computed. The HTML Standard's tree construction
/// checks element scopes by walking the stack of open elements, so its time
/// grows with the nesting depth times the number of tags; past this depth
/// (thousands of unclosed `<div>`s, only in hostile or broken files) the
/// document gets no positions, keeping the work linear with a bounded constant.
pub const MAX_HTML_DEPTH: usize = 4096;

/// Elements that never nest deeply: void elements, and those whose end tag is
/// optional and which the parser closes when a sibling starts.
const HTML_NOT_NESTING: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"source",
    b"track",
    b"wbr",
    b"param",
    b"keygen",
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"option",
    b"optgroup",
    b"tr",
    b"td",
    b"th",
    b"rb",
    b"rt",
    b"rtc",
    b"rp",
    b"tbody",
    b"thead",
    b"tfoot",
    b"colgroup",
    b"html",
    b"head",
    b"body",
];

/// An overestimate of how deeply the elements of `source` nest: start tags
/// (`<name`) minus end tags (`</name`), leaving out [`HTML_NOT_NESTING`]. One
/// pass over the bytes.
fn html_nesting(source: &str) -> usize {
    let bytes = source.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    for at in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[at + 1..];
        let closing = rest.first() == Some(&b'/');
        let rest = if closing { &rest[1..] } else { rest };
        let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let name = &rest[..len];
        if !name.first().is_some_and(u8::is_ascii_alphabetic)
            || HTML_NOT_NESTING.iter().any(|n| n.eq_ignore_ascii_case(name))
        {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// The text content of an HTML document's `<body>`, as the DOM's
/// `document.body.textContent` gives it (the concatenated data of every text
/// node under `<body>` in tree order; HTML Standard parsing with `html5ever`'s
/// tree builder, so implied, misnested and foster-parented markup land where a
/// browser puts them), and which of it is text Glosa reads. Empty without a
/// `<body>` (a frameset) or nested deeper than [`MAX_HTML_DEPTH`]. Linear in the
/// input; the walk needs no recursion.
fn html_text_content(source: &str) -> (String, Units) {
    use html5ever::tendril::TendrilSink;
    use markup5ever_rcdom::{Handle, NodeData, RcDom};

    if html_nesting(source) > MAX_HTML_DEPTH {
        return (String::new(), Units(Vec::new()));
    }

    let is_element = |node: &Handle, local: &str| matches!(&node.data, NodeData::Element { name, .. } if &*name.local == local && &*name.ns == "http://www.w3.org/1999/xhtml");
    let dom = html5ever::parse_document(RcDom::default(), html5ever::ParseOpts::default()).one(source);
    let html = dom.document.children.borrow().iter().find(|n| is_element(n, "html")).cloned();
    let body = html.and_then(|h| h.children.borrow().iter().find(|n| is_element(n, "body")).cloned());
    let mut text = String::new();
    let mut units = Vec::new();
    let mut stack: Vec<(Handle, bool)> = body.into_iter().map(|b| (b, false)).collect();
    while let Some((node, skipped)) = stack.pop() {
        match &node.data {
            NodeData::Text { contents } => {
                let start = text.len();
                text.push_str(&contents.borrow());
                if !skipped && text.len() > start {
                    units.push(Unit { bytes: start..text.len(), reads_as: None });
                }
            }
            NodeData::Element { name, .. } => {
                let skip = skipped || HTML_SKIPPED.contains(&&*name.local);
                stack.extend(node.children.borrow().iter().rev().map(|child| (child.clone(), skip)));
            }
            _ => {}
        }
    }
    (text, Units(units))
}

/// Elements whose content is not text (as [`crate::model::markdown`] reads them).
const SKIPPED: &[&str] =
    &["style", "script", "button", "template", "noscript", "svg", "head", "title", "select", "textarea"];

/// State of the raw-HTML scan, carried across the events of one HTML block.
#[derive(Default)]
struct HtmlScan {
    skip_depth: usize,
}

struct MarkdownUnits<'t> {
    text: &'t str,
    units: Vec<Unit>,
    image: usize,
    metadata: bool,
    inline_skip: usize,
    html: HtmlScan,
    numbers: Vec<Option<u64>>,
}

impl MarkdownUnits<'_> {
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => self.metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => self.metadata = false,
            Event::Start(Tag::Image { .. }) => self.image += 1,
            Event::End(TagEnd::Image) => self.image = self.image.saturating_sub(1),
            Event::Start(Tag::List(first)) => self.numbers.push(first),
            Event::End(TagEnd::List(_)) => {
                self.numbers.pop();
            }
            Event::Start(Tag::Item) => {
                if let Some(Some(number)) = self.numbers.last_mut() {
                    let label = format!("{number}.");
                    *number += 1;
                    self.list_marker(&label, range.start);
                }
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let marker = format!("[^{label}]");
                if self.text.get(range.start..).is_some_and(|rest| rest.starts_with(&marker)) {
                    let start = range.start + 2;
                    self.units.push(Unit { bytes: start..start + label.len(), reads_as: None });
                }
            }
            Event::Text(content) | Event::Code(content) | Event::InlineMath(content) | Event::DisplayMath(content)
                if !self.metadata && self.image == 0 && self.inline_skip == 0 =>
            {
                self.text_event(&content, range);
            }
            Event::Html(html) => self.html_event(&html, range),
            Event::InlineHtml(html) => {
                if let Some((name, closing, self_closing)) = tag_name(&html)
                    && SKIPPED.contains(&name.as_str())
                {
                    if closing {
                        self.inline_skip = self.inline_skip.saturating_sub(1);
                    } else if !self_closing {
                        self.inline_skip += 1;
                    }
                }
            }
            _ => {}
        }
    }

    /// The ordered-list marker at `at` (`3.` or `3)`), read as `label` (`3.`).
    fn list_marker(&mut self, label: &str, at: usize) {
        let rest = self.text.get(at..).unwrap_or_default();
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || !matches!(rest.as_bytes().get(digits), Some(b'.' | b')')) {
            return;
        }
        let marker = &rest[..=digits];
        let reads_as = (marker != label).then(|| label.to_owned());
        self.units.push(Unit { bytes: at..at + digits + 1, reads_as });
    }

    fn text_event(&mut self, content: &str, range: Range<usize>) {
        let Some(source) = self.text.get(range.clone()) else {
            return;
        };
        if content.is_empty() {
            return;
        }
        if source == content {
            self.verbatim(range);
        } else if let Some(at) = source.find(content) {
            // `` `code` ``, `\*`, the `&` of `&amp;`: the text is inside the range.
            let start = range.start + at;
            self.verbatim(start..start + content.len());
        } else {
            self.units.push(Unit { bytes: range, reads_as: Some(content.to_owned()) });
        }
    }

    /// Text that reads as itself, minus Liquid tags (`{% … %}`, `{{ … }}`), which
    /// the Markdown reader drops.
    fn verbatim(&mut self, range: Range<usize>) {
        let source = &self.text[range.clone()];
        let mut start = 0;
        let mut from = 0;
        while let Some((open, close)) = next_liquid(&source[from..]) {
            let (open, close) = (from + open, from + close);
            if open > start {
                self.units.push(Unit { bytes: range.start + start..range.start + open, reads_as: None });
            }
            start = close;
            from = close;
        }
        if start < source.len() {
            self.units.push(Unit { bytes: range.start + start..range.end, reads_as: None });
        }
    }

    /// Raw HTML: tags, comments and the content of skipped elements are markup;
    /// entities read as their characters; the rest is text.
    fn html_event(&mut self, html: &str, range: Range<usize>) {
        let Some(source) = self.text.get(range.clone()) else {
            return;
        };
        let Some(offset) = (if source == html { Some(0) } else { source.find(html) }) else {
            return;
        };
        let base = range.start + offset;
        let bytes = html.as_bytes();
        let mut i = 0;
        let mut run_start: Option<usize> = None;
        while i < bytes.len() {
            let rest = &html[i..];
            let markup_len = if rest.starts_with("<!--") {
                Some(rest.find("-->").map_or(rest.len(), |e| e + 3))
            } else if bytes[i] == b'<' {
                tag_name(rest).map(|(name, closing, self_closing)| {
                    if SKIPPED.contains(&name.as_str()) {
                        if closing {
                            self.html.skip_depth = self.html.skip_depth.saturating_sub(1);
                        } else if !self_closing {
                            self.html.skip_depth += 1;
                        }
                    }
                    tag_len(rest).unwrap_or(rest.len())
                })
            } else {
                None
            };
            let entity = (bytes[i] == b'&').then(|| entity_at(rest)).flatten();
            if (markup_len.is_some() || entity.is_some() || self.html.skip_depth > 0)
                && let Some(start) = run_start.take()
            {
                self.verbatim(base + start..base + i);
            }
            if let Some(len) = markup_len {
                i += len;
                continue;
            }
            if let Some((len, decoded)) = entity {
                if self.html.skip_depth == 0 {
                    self.units.push(Unit { bytes: base + i..base + i + len, reads_as: Some(decoded) });
                }
                i += len;
                continue;
            }
            if self.html.skip_depth == 0 && run_start.is_none() {
                run_start = Some(i);
            }
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
        if let Some(start) = run_start {
            self.verbatim(base + start..base + bytes.len());
        }
    }
}

/// The next Liquid tag in `text`: (start, end) bytes.
fn next_liquid(text: &str) -> Option<(usize, usize)> {
    let (open, close) = [("{%", "%}"), ("{{", "}}")]
        .iter()
        .filter_map(|(open, close)| text.find(open).map(|i| (i, *close)))
        .min_by_key(|(i, _)| *i)?;
    let end = text[open + 2..].find(close)?;
    Some((open, open + 2 + end + 2))
}

/// `<name …>` or `</name>` at the start of `s`: (lower-case name, closing, self-closing).
fn tag_name(s: &str) -> Option<(String, bool, bool)> {
    let rest = s.strip_prefix('<')?;
    let (closing, rest) = rest.strip_prefix('/').map_or((false, rest), |r| (true, r));
    let len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    if len == 0 || !rest.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let end = tag_len(s)?;
    Some((rest[..len].to_ascii_lowercase(), closing, s[..end - 1].ends_with('/')))
}

/// Bytes from `<` to the `>` that closes the tag at the start of `s`, quotes respected.
fn tag_len(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// An HTML character reference at the start of `s` (`&amp;`, `&#233;`, `&#xE9;`):
/// its length in bytes and what it reads as.
fn entity_at(s: &str) -> Option<(usize, String)> {
    let semicolon = s.bytes().take(34).position(|b| b == b';')?;
    let token = &s[..=semicolon];
    if !token[1..semicolon].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#') {
        return None;
    }
    let decoded = html_escape::decode_html_entities(token);
    (decoded != token).then(|| (token.len(), decoded.into_owned()))
}

/// White space and controls, which normalization collapses into one space.
fn collapses(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\u{2028}' || c == '\u{2029}'
}

/// Walks paragraphs against the reading text.
struct Aligner<'a> {
    text: &'a str,
    units: &'a Units,
    hint: usize,
    attempts_left: usize,
}

impl<'a> Aligner<'a> {
    fn item(&mut self, byte: usize) -> Option<Item<'a>> {
        let mut hint = self.hint;
        let units: &'a Units = self.units;
        let item = units.item_at(self.text, byte, &mut hint);
        self.hint = hint;
        item
    }

    /// Finds where `normalized` starts at or after `from` (starting no later than
    /// byte `latest_start`) and aligns it completely before byte `limit`.
    fn find(&mut self, normalized: &str, from: Pos, latest_start: usize, limit: usize) -> Option<(ParagraphMap, Pos)> {
        let first = normalized.chars().next()?;
        let mut at = from;
        while at.byte < self.text.len() && at.byte <= latest_start && at.byte < limit {
            let (candidate, step) = match self.item(at.byte)? {
                Item::Replaced(reads, bytes) => (reads.starts_with(first), bytes.len()),
                Item::Text(c) => {
                    let next_combines = self.text[at.byte + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(|n| canonical_combining_class(n) != 0);
                    (c == first || next_combines, c.len_utf8())
                }
                Item::Markup(c) => (false, c.len_utf8()),
            };
            if candidate {
                if self.attempts_left == 0 {
                    return None;
                }
                self.attempts_left -= 1;
                if let Some(found) = self.align_at(normalized, at, limit) {
                    return Some(found);
                }
            }
            let chars = self.text[at.byte..at.byte + step].chars().count();
            at = Pos { byte: at.byte + step, char: at.char + chars };
        }
        None
    }

    /// Aligns all of `normalized` starting exactly at `start`.
    #[allow(
        clippy::too_many_lines,
        clippy::many_single_char_names,
        reason = "one loop over two texts: i/ni index the normalized text, j/k the source, c/s their characters"
    )]
    fn align_at(&mut self, normalized: &str, start: Pos, limit: usize) -> Option<(ParagraphMap, Pos)> {
        let text = self.text;
        let mut pieces: Vec<Packed> = Vec::new();
        let mut push = |norm: usize, norm_len: usize, from: Pos, to: Pos, same: bool| -> Option<()> {
            if same
                && let Some(last) = pieces.last_mut()
                && last.same
                && last.norm_end() == norm
                && last.byte_end() == from.byte
            {
                last.norm_len += u32::try_from(norm_len).ok()?;
                last.source_len += u32::try_from(to.char - from.char).ok()?;
                last.byte_len += u32::try_from(to.byte - from.byte).ok()?;
                return Some(());
            }
            pieces.push(Packed {
                norm: u32::try_from(norm).ok()?,
                norm_len: u32::try_from(norm_len).ok()?,
                source: u32::try_from(from.char).ok()?,
                source_len: u32::try_from(to.char - from.char).ok()?,
                byte: u32::try_from(from.byte).ok()?,
                byte_len: u32::try_from(to.byte - from.byte).ok()?,
                same,
            });
            Some(())
        };
        let (mut i, mut ni) = (0usize, 0usize); // byte and code point in `normalized`
        let mut j = start;
        let mut end = start;
        while i < normalized.len() {
            if j.byte >= limit.min(text.len()) {
                return None;
            }
            let c = normalized[i..].chars().next()?;
            let item = self.item(j.byte)?;
            match item {
                Item::Text(s) if s == c => {
                    let next = Pos { byte: j.byte + s.len_utf8(), char: j.char + 1 };
                    push(ni, 1, j, next, true)?;
                    (i, ni, j, end) = (i + c.len_utf8(), ni + 1, next, next);
                }
                Item::Replaced(reads, bytes) => {
                    if reads.is_empty() || !normalized[i..].starts_with(reads) {
                        return None;
                    }
                    let chars = reads.chars().count();
                    let next = j.advance_to(text, bytes.end);
                    push(ni, chars, j, next, false)?;
                    (i, ni, j, end) = (i + reads.len(), ni + chars, next, next);
                }
                _ if c == ' ' => {
                    // One space for a run of white space and markup with a break in it.
                    let mut k = j;
                    let mut saw_space = false;
                    while k.byte < text.len() {
                        match self.item(k.byte)? {
                            Item::Text(s) if collapses(s) || s == SOFT_HYPHEN => saw_space |= collapses(s),
                            Item::Markup(s) => saw_space |= collapses(s),
                            _ => break,
                        }
                        let len = text[k.byte..].chars().next().map_or(1, char::len_utf8);
                        k = Pos { byte: k.byte + len, char: k.char + 1 };
                    }
                    if !saw_space {
                        return None;
                    }
                    push(ni, 1, j, k, false)?;
                    (i, ni, j, end) = (i + 1, ni + 1, k, k);
                }
                Item::Text(s) if collapses(s) || s == SOFT_HYPHEN => {
                    j = Pos { byte: j.byte + s.len_utf8(), char: j.char + 1 }
                }
                Item::Markup(s) => j = Pos { byte: j.byte + s.len_utf8(), char: j.char + 1 },
                Item::Text('-') if self.hyphen_dropped(j.byte) => j = Pos { byte: j.byte + 1, char: j.char + 1 },
                Item::Text(s) => {
                    // A character and its combining marks, composed (NFC).
                    let mut k = Pos { byte: j.byte + s.len_utf8(), char: j.char + 1 };
                    while let Some(Item::Text(m)) = self.item(k.byte) {
                        if canonical_combining_class(m) == 0 {
                            break;
                        }
                        k = Pos { byte: k.byte + m.len_utf8(), char: k.char + 1 };
                    }
                    let composed: String = text[j.byte..k.byte].nfc().collect();
                    if k.char == j.char + 1 && composed.chars().eq(std::iter::once(s)) {
                        return None; // a plain mismatch
                    }
                    if composed.is_empty() || !normalized[i..].starts_with(&composed) {
                        return None;
                    }
                    let chars = composed.chars().count();
                    push(ni, chars, j, k, false)?;
                    (i, ni, j, end) = (i + composed.len(), ni + chars, k, k);
                }
            }
        }
        Some((ParagraphMap { pieces }, end))
    }

    /// Whether the hyphen at `byte` is one normalization dropped: at a line end
    /// (only soft hyphens, spaces or tabs before the break), or the second `-` of
    /// `-` U+00AD `-`.
    fn hyphen_dropped(&self, byte: usize) -> bool {
        let before = &self.text[..byte];
        if before.ends_with("-\u{AD}") {
            return true;
        }
        let after = self.text[byte + 1..].trim_start_matches([SOFT_HYPHEN, ' ', '\t']);
        after.starts_with(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aligned(source: &str, name: &str) -> (Document, SourceText) {
        let document = Document::parse(source.as_bytes().to_vec(), name).unwrap();
        let text = SourceText::align(source.to_owned(), &document);
        (document, text)
    }

    /// The reading-text quote of code points `start..end` of paragraph `index`.
    fn exact(text: &SourceText, index: usize, start: usize, end: usize) -> Option<String> {
        let span = text.span(index, CharOffset(start), index, CharOffset(end))?;
        Some(text.quote(&span).0.to_owned())
    }

    #[test]
    fn a_hard_wrapped_crlf_paragraph_maps_to_its_lines() {
        let source = "Título\r\n\r\nLa Agenda de Túnez reconoce la\r\n  cooperación mejorada.\r\n";
        let (document, text) = aligned(source, "x.txt");
        assert_eq!(document.text_of(&document.paragraphs()[1]), "La Agenda de Túnez reconoce la cooperación mejorada.");
        assert_eq!(text.mapped_count(), 2);
        assert_eq!(exact(&text, 1, 28, 51).as_deref(), Some("la\r\n  cooperación mejorada"));
        let span = text.span(1, CharOffset(28), 1, CharOffset(51)).unwrap();
        let chars: Vec<char> = source.chars().collect();
        assert_eq!(chars[span.start.0..span.end.0].iter().collect::<String>(), "la\r\n  cooperación mejorada");
    }

    #[test]
    fn hyphenated_line_ends_soft_hyphens_and_decomposed_accents_map_exactly() {
        let source =
            "The multi-\nstakeholder coope-\nración is enhanced.\n\nLa cooperación con\u{AD}senso Tu\u{301}nez.\n";
        let (document, text) = aligned(source, "x.txt");
        assert_eq!(document.text_of(&document.paragraphs()[0]), "The multi-stakeholder cooperación is enhanced.");
        assert_eq!(exact(&text, 0, 4, 33).as_deref(), Some("multi-\nstakeholder coope-\nración"));
        assert_eq!(document.text_of(&document.paragraphs()[1]), "La cooperación consenso Túnez.");
        assert_eq!(exact(&text, 1, 15, 23).as_deref(), Some("con\u{AD}senso"));
        assert_eq!(exact(&text, 1, 24, 29).as_deref(), Some("Tu\u{301}nez"));
        // The composed `ú` maps to the whole cluster, its combining accent included.
        assert_eq!(exact(&text, 1, 24, 26).as_deref(), Some("Tu\u{301}"));
    }

    #[test]
    fn markdown_markup_is_skipped_and_kept_inside_quotes() {
        let source = "# Enhanced *cooperation*\n\nThe **Tunis** [Agenda](https://example.org/s) ¶69 &amp; more.\n\n3. Third item\n";
        let (document, text) = aligned(source, "x.md");
        let p: Vec<&str> = document.paragraphs().iter().map(|p| document.text_of(p)).collect();
        assert_eq!(p, ["Enhanced cooperation", "The Tunis Agenda ¶69 & more.", "3. Third item"]);
        assert_eq!(text.mapped_count(), 3);
        assert_eq!(exact(&text, 0, 9, 20).as_deref(), Some("cooperation"));
        assert_eq!(exact(&text, 1, 4, 9).as_deref(), Some("Tunis"));
        assert_eq!(exact(&text, 1, 4, 16).as_deref(), Some("Tunis** [Agenda"));
        assert_eq!(exact(&text, 1, 17, 27).as_deref(), Some("¶69 &amp; more"));
        assert_eq!(exact(&text, 2, 0, 13).as_deref(), Some("3. Third item"));
    }

    #[test]
    fn raw_html_blocks_map_their_text_and_skip_tags_and_styles() {
        let source = "<div class=\"x\">\n<p>The Centre for Internet &amp; Society <em>(CIS)</em> submitted.</p>\n</div>\n\n<style>\n.x { color: red; }\n</style>\n";
        let (document, text) = aligned(source, "x.md");
        assert_eq!(document.text_of(&document.paragraphs()[0]), "The Centre for Internet & Society (CIS) submitted.");
        assert_eq!(exact(&text, 0, 24, 39).as_deref(), Some("&amp; Society <em>(CIS)"));
    }

    #[test]
    fn a_span_across_paragraphs_covers_the_break_and_locate_inverts_span() {
        let source = "Uno dos.\n\nTres cuatro.\n";
        let (_, text) = aligned(source, "x.txt");
        let span = text.span(0, CharOffset(4), 1, CharOffset(4)).unwrap();
        assert_eq!(text.quote(&span), ("dos.\n\nTres", "Uno ", " cuatro.\n"));
        assert_eq!(
            text.locate(span.bytes.clone()),
            Some(NormalizedSpan { start: (0, CharOffset(4)), end: (1, CharOffset(4)) })
        );
        // The paragraph break before a located span is left out.
        assert_eq!(text.locate(8..12), Some(NormalizedSpan { start: (1, CharOffset(0)), end: (1, CharOffset(2)) }));
    }

    #[test]
    fn a_paragraph_whose_text_is_not_in_the_source_is_left_unmapped() {
        let document = Document::parse(b"Uno.\n\nDos.\n".to_vec(), "x.txt").unwrap();
        let text = SourceText::align("Uno.\n\nTres.\n".to_owned(), &document);
        assert!(text.paragraph(0).is_some());
        assert!(text.paragraph(1).is_none());
        assert_eq!(text.span(1, CharOffset(0), 1, CharOffset(3)), None);
    }

    #[test]
    fn code_point_and_utf16_offsets_become_bytes() {
        let text = "👨🏻‍🚒 firemen ".repeat(100);
        let document = Document::parse(text.as_bytes().to_vec(), "x.txt").unwrap();
        let source = SourceText::align(text.clone(), &document);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for n in [0, 1, 255, 256, 257, 1000, chars.len() - 1] {
            assert_eq!(source.byte_of(CharOffset(n)), Some(chars[n].0), "{n}");
            let utf16 = text[..chars[n].0].encode_utf16().count();
            assert_eq!(source.byte_of_utf16(utf16), Some(chars[n].0), "{n}");
        }
        assert_eq!(source.byte_of(CharOffset(chars.len())), Some(text.len()));
        assert_eq!(source.byte_of(CharOffset(chars.len() + 1)), None);
        assert_eq!(source.byte_of_utf16(text.encode_utf16().count()), Some(text.len()));
        assert_eq!(source.byte_of_utf16(1), None, "inside the surrogate pair of 👨");
    }

    #[test]
    fn html_list_and_footnote_numbers_are_glosas_and_map_to_where_the_item_begins() {
        let html = "<html><body><ol><li>Primer punto.</li><li>Segundo punto.</li></ol>\
                    <section role=\"doc-endnotes\"><ol><li id=\"fn1\"><p>Una nota.</p></li></ol></section></body></html>";
        let (doc, text) = aligned(html, "lista.html");
        let texts: Vec<&str> = doc.paragraphs().iter().map(|p| doc.text_of(p)).collect();
        assert_eq!(texts, ["1. Primer punto.", "2. Segundo punto.", "1 Una nota."]);
        assert_eq!(text.text(), "Primer punto.Segundo punto.Una nota.");
        assert_eq!(text.mapped_count(), 3);
        // The whole item, label included, is the item's text in the page.
        assert_eq!(exact(&text, 1, 0, 17).as_deref(), Some("Segundo punto."));
        assert_eq!(exact(&text, 2, 2, 11).as_deref(), Some("Una nota."));
        // A span starting inside the label has no position; one of only the label none.
        assert_eq!(exact(&text, 0, 1, 16), None);
        assert_eq!(exact(&text, 0, 0, 3), None);
        // Reading positions back skip the label.
        let span = text.locate(0..6).unwrap();
        assert_eq!((span.start, span.end), ((0, CharOffset(3)), (0, CharOffset(9))));
    }

    #[test]
    fn pieces_from_a_reader_are_checked() {
        let good = [
            Piece { norm: 0..3, source: 10..13, source_bytes: 10..13, same: true },
            Piece { norm: 3..4, source: 13..15, source_bytes: 13..15, same: false },
        ];
        let map = ParagraphMap::from_pieces(good.clone()).unwrap();
        assert_eq!(map.pieces().collect::<Vec<_>>(), good);
        let gap = [Piece { norm: 1..3, source: 0..2, source_bytes: 0..2, same: true }];
        assert!(ParagraphMap::from_pieces(gap).is_none());
    }
}
