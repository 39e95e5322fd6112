//! What every reader produces: paragraph kinds, segmented blocks, page furniture
//! and reading warnings. A leaf module: the segmenters and readers build these, and
//! [`super::document::Document`] is made from them, so no reader imports the
//! document back.

use std::ops::Range;

use serde::{Deserialize, Serialize};

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
    /// A footnote or endnote (`1  En la Resolución…`, `[1] See…`).
    Footnote,
    /// A block quotation (HTML `<blockquote>`, Markdown `>`, a Word "Quote" style).
    Quote,
}

impl ParagraphKind {
    /// The kebab-case name used in the CLI and in files: `heading`, `body`,
    /// `list-item`, `footnote`, `quote`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Heading => "heading",
            Self::Body => "body",
            Self::ListItem => "list-item",
            Self::Footnote => "footnote",
            Self::Quote => "quote",
        }
    }
}

/// One paragraph found by a reader: its normalized text is `text[range]` of the
/// [`Segmented`] it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Heading, body, list item, footnote or quote.
    pub kind: ParagraphKind,
    /// Byte range of the normalized text in [`Segmented::text`].
    pub range: Range<usize>,
    /// First and last line, 1-based, inclusive, of the source text (plain text,
    /// Markdown, HTML) or of the reading text a container reader extracted (DOCX,
    /// ODT: one line per paragraph element; PDF: the extracted lines).
    pub lines: (u32, u32),
}

/// Text that is on the page but not part of the reading text: a page number alone
/// on a line, a running header or footer repeated on every page. Dropped from the
/// paragraphs (it would split sentences and pollute quotes), kept here so nothing
/// is lost: `glosa paragraphs --format json` lists it with kind `page-furniture`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Furniture {
    /// The line as it stood, normalized (see [`super::normalize`]).
    pub text: String,
    /// Its line, 1-based, in the same numbering as [`Block::lines`].
    pub line: u32,
    /// The 1-based page it is on, when the reader knows pages (PDF, or form feeds
    /// in plain text).
    pub page: Option<u32>,
}

/// Something a reader noticed and worked around, which the user should know: the
/// CLI prints it as `glosa: warning: FILE: message`, the app can show it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadWarning {
    /// Bytes that are not UTF-8 in an otherwise UTF-8 file, replaced by U+FFFD.
    #[error(
        "{count} byte sequence(s) that are not UTF-8 replaced by U+FFFD (first at byte {first_at}); the rest of the file is UTF-8"
    )]
    InvalidUtf8 {
        /// How many invalid sequences were replaced.
        count: usize,
        /// Byte offset of the first one in the file (after any byte-order mark).
        first_at: usize,
    },
    /// A reader-specific note (e.g. skipped embedded objects), one line.
    #[error("{0}")]
    Note(String),
}

/// The output of a reader: all paragraph texts back to back, the blocks, and the
/// page furniture it set aside.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmented {
    /// Normalized paragraph texts, concatenated without separators.
    pub text: String,
    /// Paragraphs in document order.
    pub blocks: Vec<Block>,
    /// Page furniture in document order.
    pub furniture: Vec<Furniture>,
}

impl Segmented {
    /// An empty result whose text buffer has room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        Self { text: String::with_capacity(capacity), blocks: Vec::new(), furniture: Vec::new() }
    }

    /// The normalized text of `block`.
    pub fn block_text(&self, block: &Block) -> &str {
        self.text.get(block.range.clone()).unwrap_or_default()
    }

    /// Ends the paragraph that started at byte `start` of [`Segmented::text`]:
    /// records it, or drops it when it has no letter or digit (`---`, `* * *`).
    pub fn finish(&mut self, start: usize, kind: ParagraphKind, lines: (u32, u32)) {
        let Some(text) = self.text.get(start..) else {
            return;
        };
        if text.chars().any(char::is_alphanumeric) {
            self.blocks.push(Block { kind, range: start..self.text.len(), lines });
        } else {
            self.text.truncate(start);
        }
    }

    /// Appends `raw`, normalized, as one paragraph of `kind` (dropped when it has no
    /// letter or digit).
    pub fn push_paragraph(&mut self, raw: &str, kind: ParagraphKind, lines: (u32, u32)) {
        let start = self.text.len();
        super::normalize::push_normalized(&mut self.text, raw);
        self.finish(start, kind, lines);
    }
}
