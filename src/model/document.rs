//! A document: paragraphs with stable IDs, in reading order.
//!
//! Built from a file's bytes by [`Document::parse`]: decode ([`super::decode`]),
//! segment ([`super::segment`] for plain text, [`super::markdown`] for Markdown),
//! normalize ([`super::normalize`]) and assign IDs ([`super::ids`]).

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::decode::{DecodeError, decode};
pub use super::ids::Fingerprint;
use super::ids::{ParagraphId, assign_ids};
use super::markdown::segment_markdown;
use super::segment::{Segmented, segment_plain};

/// What a paragraph is, as shown in the margin and used in exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParagraphKind {
    /// A title or section heading.
    Heading,
    /// Running text.
    Body,
    /// An item of a bulleted, numbered or lettered list (`a.`, `1.`, `(i)`, `•`).
    ListItem,
    /// A footnote or endnote (`1  En la Resolución…`).
    Footnote,
}

impl ParagraphKind {
    /// The kebab-case name used in the CLI and in files: `heading`, `body`,
    /// `list-item`, `footnote`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Heading => "heading",
            Self::Body => "body",
            Self::ListItem => "list-item",
            Self::Footnote => "footnote",
        }
    }
}

/// The syntax a document is read with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    /// Plain text, possibly hard-wrapped PDF or Word extraction.
    PlainText,
    /// CommonMark Markdown with YAML front matter.
    Markdown,
}

impl SourceFormat {
    /// Chooses the format from a file name: `.md` and `.markdown` (any case) are
    /// Markdown, everything else is plain text.
    pub fn from_file_name(name: &str) -> Self {
        let extension = std::path::Path::new(name).extension().and_then(|e| e.to_str()).unwrap_or_default();
        if extension.eq_ignore_ascii_case("md") || extension.eq_ignore_ascii_case("markdown") {
            Self::Markdown
        } else {
            Self::PlainText
        }
    }
}

/// Why bytes could not be made into a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    /// The bytes are not text.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// The text has no paragraph with a letter or digit in it.
    #[error("the file has no text (only white space or separators)")]
    NoText,
}

/// One paragraph of a [`Document`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Stable ID, e.g. `p-3f9a2c1e7b04`.
    pub id: ParagraphId,
    /// 1-based position in the document, what the margin shows as ¶N.
    pub ordinal: u32,
    /// Heading, body, list item or footnote.
    pub kind: ParagraphKind,
    /// Byte range of the normalized text in the document's text buffer.
    range: Range<usize>,
    /// First and last source line, 1-based, inclusive.
    pub lines: (u32, u32),
}

/// A segmented document. Immutable once parsed.
#[derive(Clone, Debug)]
pub struct Document {
    title: String,
    encoding: String,
    format: SourceFormat,
    fingerprint: Fingerprint,
    /// All paragraph texts back to back; paragraphs index into it.
    text: String,
    paragraphs: Vec<Paragraph>,
    by_id: HashMap<ParagraphId, usize>,
}

impl Document {
    /// Parses a file's bytes. `file_name` chooses the format (see
    /// [`SourceFormat::from_file_name`]) and is the fallback title (without its
    /// extension). Never panics, whatever the bytes.
    ///
    /// # Errors
    /// [`DocumentError::Decode`] for empty or binary input, [`DocumentError::NoText`]
    /// when no paragraph remains.
    pub fn parse(bytes: Vec<u8>, file_name: &str) -> Result<Self, DocumentError> {
        Self::parse_as(bytes, file_name, SourceFormat::from_file_name(file_name))
    }

    /// Like [`Document::parse`] with an explicit format.
    pub fn parse_as(bytes: Vec<u8>, file_name: &str, format: SourceFormat) -> Result<Self, DocumentError> {
        let decoded = decode(bytes)?;
        let encoding = decoded.encoding_label();
        let (segmented, front_title) = match format {
            SourceFormat::PlainText => (segment_plain(&decoded.text), None),
            SourceFormat::Markdown => {
                let md = segment_markdown(&decoded.text);
                (md.segmented, md.title)
            }
        };
        drop(decoded);
        if segmented.blocks.is_empty() {
            return Err(DocumentError::NoText);
        }
        Ok(Self::from_segmented(segmented, file_name, front_title, encoding, format))
    }

    fn from_segmented(
        segmented: Segmented,
        file_name: &str,
        front_title: Option<String>,
        encoding: String,
        format: SourceFormat,
    ) -> Self {
        let Segmented { mut text, blocks } = segmented;
        text.shrink_to_fit();
        let texts = || blocks.iter().map(|b| text.get(b.range.clone()).unwrap_or_default());
        let ids = assign_ids(texts());
        let fingerprint = Fingerprint::of(texts());
        let title = front_title.unwrap_or_else(|| default_title(&blocks, &text, file_name));
        let mut by_id = HashMap::with_capacity(blocks.len());
        let paragraphs: Vec<Paragraph> = blocks
            .into_iter()
            .zip(ids)
            .enumerate()
            .map(|(i, (block, id))| {
                by_id.insert(id.clone(), i);
                Paragraph { id, ordinal: (i + 1) as u32, kind: block.kind, range: block.range, lines: block.lines }
            })
            .collect();
        Self { title, encoding, format, fingerprint, text, paragraphs, by_id }
    }

    /// The document's title: Markdown front matter `title:`, else a first paragraph
    /// that is a heading or a short unpunctuated line, else the file name without
    /// its extension.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The detected source encoding, e.g. `UTF-8`, `UTF-8 (BOM)`, `windows-1252`.
    pub fn encoding(&self) -> &str {
        &self.encoding
    }

    /// The syntax the document was read with.
    pub fn format(&self) -> SourceFormat {
        self.format
    }

    /// Identifies the document's text independent of encoding, line endings and wrapping.
    pub fn fingerprint(&self) -> &Fingerprint {
        &self.fingerprint
    }

    /// Paragraphs in reading order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// The normalized text of `paragraph` (offsets into it are code points on disk).
    pub fn text_of(&self, paragraph: &Paragraph) -> &str {
        self.text.get(paragraph.range.clone()).unwrap_or_default()
    }

    /// The paragraph with this ID, if any.
    pub fn paragraph(&self, id: &ParagraphId) -> Option<&Paragraph> {
        self.by_id.get(id).and_then(|&i| self.paragraphs.get(i))
    }

    /// Index (0-based, = ordinal − 1) of the paragraph with this ID.
    pub fn index_of(&self, id: &ParagraphId) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// All paragraph texts back to back, without separators: for fast searching.
    /// Map a byte offset back with [`Document::paragraph_at_byte`].
    pub fn full_text(&self) -> &str {
        &self.text
    }

    /// Byte range of `paragraph`'s text within [`Document::full_text`].
    pub fn byte_range(&self, paragraph: &Paragraph) -> Range<usize> {
        paragraph.range.clone()
    }

    /// Index of the paragraph whose text contains byte `offset` of
    /// [`Document::full_text`].
    pub fn paragraph_at_byte(&self, offset: usize) -> Option<usize> {
        let index = self.paragraphs.partition_point(|p| p.range.end <= offset);
        self.paragraphs.get(index).filter(|p| p.range.contains(&offset)).map(|_| index)
    }

    /// Approximate heap bytes held by the document (texts, paragraph table, ID index).
    pub fn heap_size(&self) -> usize {
        let ids: usize = self.paragraphs.iter().map(|p| p.id.as_str().len()).sum();
        self.text.capacity()
            + self.paragraphs.capacity() * std::mem::size_of::<Paragraph>()
            + ids * 2
            + self.by_id.capacity() * (std::mem::size_of::<(ParagraphId, usize)>() + 1)
    }
}

fn default_title(blocks: &[super::segment::Block], text: &str, file_name: &str) -> String {
    if let Some(first) = blocks.first() {
        let first_text = text.get(first.range.clone()).unwrap_or_default();
        let short = first_text.chars().count() <= 150;
        let unpunctuated = !first_text.ends_with(['.', ':', ';', ',', '!', '?', '。', '：']);
        if first.kind == ParagraphKind::Heading || (short && unpunctuated && first.kind == ParagraphKind::Body) {
            return first_text.to_owned();
        }
    }
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
    if stem.is_empty() { base.to_owned() } else { stem.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_ordinals_and_lookup() {
        let doc = Document::parse(b"Uno.\n\nDos.\n\nUno.\n".to_vec(), "x.txt").unwrap();
        let p = doc.paragraphs();
        assert_eq!(p.len(), 3);
        assert_eq!(p.iter().map(|p| p.ordinal).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(p[2].id.as_str(), format!("{}-2", p[0].id));
        assert_eq!(doc.paragraph(&p[1].id).map(|q| doc.text_of(q)), Some("Dos."));
        assert_eq!(doc.title(), "x");
    }

    #[test]
    fn whitespace_only_text_is_no_text() {
        assert_eq!(Document::parse(b" \n\t\n---\n".to_vec(), "x.txt").err(), Some(DocumentError::NoText));
    }
}
