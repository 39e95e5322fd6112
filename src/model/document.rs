//! A document: paragraphs with stable IDs, in reading order.
//!
//! Built from a file's bytes by [`Document::parse`]: decode ([`super::decode`]),
//! segment ([`super::segment`] for plain text, [`super::markdown`] for Markdown),
//! normalize ([`super::normalize`]) and assign IDs ([`super::ids`]).

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::decode::{DecodeError, decode};
use super::html::read_html;
pub use super::ids::Fingerprint;
use super::ids::{PARALLEL_BYTES, ParagraphId, assign_ids};
use super::markdown::segment_markdown;
use super::paragraph::{Block, Segmented};
pub use super::paragraph::{Furniture, ParagraphKind, ReadWarning};
use super::segment::segment_plain;

/// The syntax a document is read with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    /// Plain text, possibly hard-wrapped PDF or Word extraction.
    PlainText,
    /// CommonMark Markdown with YAML front matter.
    Markdown,
    /// HTML (`.html`, `.htm`, `.xhtml`, or text that starts like HTML).
    Html,
    /// Word (Office Open XML) `.docx`, read by `crate::import`.
    Docx,
    /// `OpenDocument` Text `.odt`, read by `crate::import`.
    Odt,
    /// PDF, read by `crate::import`.
    Pdf,
}

impl SourceFormat {
    /// Chooses the format from a file name's extension (any case): `.md`,
    /// `.markdown` → Markdown; `.html`, `.htm`, `.xhtml` → HTML; `.docx`, `.odt`,
    /// `.pdf` → those containers; everything else is plain text.
    pub fn from_file_name(name: &str) -> Self {
        let extension = std::path::Path::new(name).extension().and_then(|e| e.to_str()).unwrap_or_default();
        let is = |e: &str| extension.eq_ignore_ascii_case(e);
        if is("md") || is("markdown") {
            Self::Markdown
        } else if is("html") || is("htm") || is("xhtml") {
            Self::Html
        } else if is("docx") {
            Self::Docx
        } else if is("odt") {
            Self::Odt
        } else if is("pdf") {
            Self::Pdf
        } else {
            Self::PlainText
        }
    }

    /// The format the bytes themselves announce, whatever the file is called:
    /// `%PDF-` is a PDF; a ZIP archive (`PK\x03\x04`) holding `word/document.xml`
    /// is a DOCX, one whose `mimetype` is `application/vnd.oasis.opendocument.text`
    /// (or that holds `content.xml`) an ODT. `None` for anything else, including
    /// text (whose HTML is recognised after decoding, see [`looks_like_html`]).
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"%PDF-") {
            return Some(Self::Pdf);
        }
        if bytes.starts_with(b"PK\x03\x04") {
            // Entry names are stored uncompressed, in the local headers and the
            // central directory at the end.
            let finder = |needle: &[u8]| memchr::memmem::find(bytes, needle).is_some();
            if finder(b"word/document.xml") {
                return Some(Self::Docx);
            }
            if finder(b"application/vnd.oasis.opendocument.text") || finder(b"content.xml") {
                return Some(Self::Odt);
            }
        }
        None
    }

    /// The kebab-case name: `plain-text`, `markdown`, `html`, `docx`, `odt`, `pdf`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PlainText => "plain-text",
            Self::Markdown => "markdown",
            Self::Html => "html",
            Self::Docx => "docx",
            Self::Odt => "odt",
            Self::Pdf => "pdf",
        }
    }
}

/// Whether decoded text starts like an HTML document: after white space and an
/// optional `<?xml …?>` declaration or comments, `<!DOCTYPE html` or `<html`
/// (ASCII case-insensitive).
pub fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    // Skip at most a few declarations and comments; never scan far.
    for _ in 0..8 {
        let head = rest.get(..rest.len().min(16)).unwrap_or_default().to_ascii_lowercase();
        if head.starts_with("<!doctype html") || head.starts_with("<html") {
            return true;
        }
        let skip_to = if head.starts_with("<?xml") {
            "?>"
        } else if head.starts_with("<!--") {
            "-->"
        } else {
            return false;
        };
        let window = rest.get(..rest.len().min(4096)).unwrap_or(rest);
        let Some(end) = window.find(skip_to) else {
            return false;
        };
        rest = rest[end + skip_to.len()..].trim_start();
    }
    false
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
    /// A DOCX, ODT or PDF container that cannot be read: damaged, encrypted,
    /// malformed XML, or over a size limit.
    #[error("not a readable {format} document: {problem}")]
    Container {
        /// The format's name (`DOCX`, `ODT`, `PDF`).
        format: &'static str,
        /// What is wrong with it (boxed: errors stay small).
        problem: Box<ContainerProblem>,
    },
}

/// Why a DOCX, ODT or PDF container cannot be read. `Display` is the English
/// reason; `part` is an entry of the ZIP container (`word/document.xml`), a
/// `detail` a library's own words (one line).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContainerProblem {
    /// The ZIP archive lists more entries than Glosa opens (`limit`, when the
    /// central directory was read first).
    #[error("the archive lists {entries} entries, over the limit{}", limit.map(|l| format!(" of {l}")).unwrap_or_default())]
    TooManyEntries {
        /// The entries listed.
        entries: usize,
        /// The limit.
        limit: Option<usize>,
    },
    /// The ZIP archive cannot be opened.
    #[error("the ZIP archive is damaged ({0})")]
    Damaged(String),
    /// An entry uses a method the ZIP library does not support (often encryption).
    #[error("{part} cannot be read ({detail}); is the document encrypted?")]
    PartUnsupported {
        /// The entry.
        part: String,
        /// The library's words.
        detail: String,
    },
    /// An entry cannot be read.
    #[error("{part} cannot be read ({detail})")]
    PartUnreadable {
        /// The entry.
        part: String,
        /// The library's words.
        detail: String,
    },
    /// An entry is encrypted.
    #[error("{part} is encrypted; save the document without a password")]
    PartEncrypted {
        /// The entry.
        part: String,
    },
    /// An entry cannot be decompressed.
    #[error("{part} cannot be decompressed ({detail})")]
    PartDamaged {
        /// The entry.
        part: String,
        /// The library's words.
        detail: String,
    },
    /// An entry expands to more than `limit_mib` MiB.
    #[error("{part} expands to more than {limit_mib} MiB (a ZIP bomb?)")]
    PartTooLarge {
        /// The entry.
        part: String,
        /// The limit, in MiB.
        limit_mib: u64,
    },
    /// An entry the format needs is not in the archive.
    #[error("{part} is missing")]
    PartMissing {
        /// The entry.
        part: String,
    },
    /// An entry's XML is malformed.
    #[error("malformed XML in {part} near byte {position}: {detail}")]
    MalformedXml {
        /// The entry.
        part: String,
        /// Where, in bytes from the entry's start.
        position: u64,
        /// The XML library's words.
        detail: String,
    },
    /// An entry's XML nests deeper than Glosa follows.
    #[error("{part} nests elements more than {limit} deep")]
    TooDeep {
        /// The entry.
        part: String,
        /// The limit.
        limit: usize,
    },
    /// The whole document is encrypted (ODF encryption).
    #[error("the document is encrypted; save it without a password")]
    Encrypted,
    /// A PDF with a password.
    #[error("it is encrypted with a password; save an unprotected copy first")]
    PasswordProtected,
    /// A PDF without a text layer (a scanned image).
    #[error("it has no text layer (a scanned image?); run OCR on it first")]
    NoTextLayer,
    /// The PDF library cannot parse it.
    #[error("it cannot be parsed ({0})")]
    Unparsable(String),
    /// The PDF reader's thread could not start.
    #[error("cannot start the reader ({0})")]
    ReaderThread(String),
    /// The PDF reader failed (panicked) on this file.
    #[error("the PDF reader failed on this file (damaged or unsupported)")]
    ReaderFailed,
}

/// What a reader knows about a document besides its paragraphs: passed to
/// [`Document::from_segmented`] by the readers in `crate::import`.
#[derive(Clone, Debug)]
pub struct SourceInfo {
    /// The file name (no folders needed); its stem is the fallback title.
    pub file_name: String,
    /// A title the format declares (Markdown front matter, HTML `<title>`, DOCX
    /// `dc:title`), preferred over a title guessed from the first paragraph.
    pub title: Option<String>,
    /// The source encoding as shown to the user (`UTF-8`, `windows-1252`, or for
    /// containers e.g. `UTF-8 (DOCX)`).
    pub encoding: String,
    /// The format the document was read as.
    pub format: SourceFormat,
    /// The language the document declares (HTML `lang`, DOCX/ODT language), BCP 47.
    pub language: Option<String>,
    /// The writing direction the document declares (HTML `dir`: `ltr`, `rtl`).
    pub direction: Option<String>,
    /// What the reader worked around.
    pub warnings: Vec<ReadWarning>,
}

impl SourceInfo {
    /// Info with only a file name, encoding and format.
    pub fn new(file_name: &str, encoding: impl Into<String>, format: SourceFormat) -> Self {
        Self {
            file_name: file_name.to_owned(),
            title: None,
            encoding: encoding.into(),
            format,
            language: None,
            direction: None,
            warnings: Vec::new(),
        }
    }
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
    by_id: IdIndex,
    /// What most documents do not have, boxed to keep `Document` small.
    extras: Option<Box<Extras>>,
}

/// Page furniture, warnings and declared language of a document.
#[derive(Clone, Debug, Default)]
struct Extras {
    furniture: Vec<Furniture>,
    warnings: Vec<ReadWarning>,
    language: Option<String>,
    direction: Option<String>,
}

impl Document {
    /// Parses a text file's bytes (plain text, Markdown or HTML; for DOCX, ODT and
    /// PDF use `crate::import::parse`). `file_name` chooses the format (see
    /// [`SourceFormat::from_file_name`]; plain text that starts like HTML is read as
    /// HTML) and is the fallback title (without its extension). Never panics,
    /// whatever the bytes.
    ///
    /// # Errors
    /// [`DocumentError::Decode`] for empty or binary input, [`DocumentError::NoText`]
    /// when no paragraph remains.
    pub fn parse(bytes: Vec<u8>, file_name: &str) -> Result<Self, DocumentError> {
        let format = match SourceFormat::from_file_name(file_name) {
            // Containers are not text: decoding names what they are.
            SourceFormat::Docx | SourceFormat::Odt | SourceFormat::Pdf => SourceFormat::PlainText,
            format => format,
        };
        Self::parse_as(bytes, file_name, format)
    }

    /// Like [`Document::parse`] with an explicit text format (`PlainText`,
    /// `Markdown` or `Html`; the container formats are decoded as plain text, which
    /// refuses their bytes as binary).
    pub fn parse_as(bytes: Vec<u8>, file_name: &str, format: SourceFormat) -> Result<Self, DocumentError> {
        let decoded = decode(bytes)?;
        let encoding = decoded.encoding_label();
        let warnings = decoded.warnings.clone();
        let format = if format == SourceFormat::PlainText && looks_like_html(&decoded.text) {
            SourceFormat::Html
        } else {
            format
        };
        let mut info = SourceInfo::new(file_name, encoding, format);
        info.warnings = warnings;
        let segmented = match format {
            SourceFormat::Markdown => {
                let md = segment_markdown(&decoded.text);
                info.title = md.title;
                md.segmented
            }
            SourceFormat::Html => {
                let html = read_html(&decoded.text);
                info.title = html.title;
                info.language = html.language;
                info.direction = html.direction;
                html.segmented
            }
            SourceFormat::PlainText | SourceFormat::Docx | SourceFormat::Odt | SourceFormat::Pdf => {
                segment_plain(&decoded.text)
            }
        };
        drop(decoded);
        Self::from_segmented(segmented, info)
    }

    /// Makes a document from a reader's paragraphs: assigns stable IDs (see
    /// [`super::ids`]), the fingerprint and the title.
    ///
    /// # Errors
    /// [`DocumentError::NoText`] when `segmented` has no paragraph.
    pub fn from_segmented(segmented: Segmented, info: SourceInfo) -> Result<Self, DocumentError> {
        if segmented.blocks.is_empty() {
            return Err(DocumentError::NoText);
        }
        let Segmented { mut text, blocks, furniture } = segmented;
        text.shrink_to_fit();
        let texts = || blocks.iter().map(|b| text.get(b.range.clone()).unwrap_or_default());
        // Both hash every paragraph; for a large document they run side by side.
        let (ids, fingerprint) = if text.len() < PARALLEL_BYTES {
            (assign_ids(texts()), Fingerprint::of(texts()))
        } else {
            std::thread::scope(|scope| {
                let fingerprint = scope.spawn(|| Fingerprint::of(texts()));
                let ids = assign_ids(texts());
                (ids, fingerprint.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            })
        };
        let SourceInfo { file_name, title, encoding, format, language, direction, warnings } = info;
        let title = title.unwrap_or_else(|| default_title(&blocks, &text, &file_name));
        let paragraphs: Vec<Paragraph> = blocks
            .into_iter()
            .zip(ids)
            .enumerate()
            .map(|(i, (block, id))| Paragraph {
                id,
                ordinal: (i + 1) as u32,
                kind: block.kind,
                range: block.range,
                lines: block.lines,
            })
            .collect();
        let by_id = IdIndex::new(&paragraphs);
        let extras = (!furniture.is_empty() || !warnings.is_empty() || language.is_some() || direction.is_some())
            .then(|| Box::new(Extras { furniture, warnings, language, direction }));
        Ok(Self { title, encoding, format, fingerprint, text, paragraphs, by_id, extras })
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

    /// Page furniture (page numbers, running headers and footers) set aside from
    /// the reading text, in document order. Not paragraphs: no IDs, never quoted.
    pub fn furniture(&self) -> &[Furniture] {
        self.extras.as_ref().map_or(&[], |e| &e.furniture)
    }

    /// What the reader worked around (e.g. bytes that are not UTF-8 replaced), for
    /// the user to see. Empty for most documents.
    pub fn warnings(&self) -> &[ReadWarning] {
        self.extras.as_ref().map_or(&[], |e| &e.warnings)
    }

    /// The language the document declares (HTML `lang`, DOCX/ODT), if any.
    pub fn language(&self) -> Option<&str> {
        self.extras.as_ref().and_then(|e| e.language.as_deref())
    }

    /// The writing direction the document declares (HTML `dir`), if any.
    pub fn direction(&self) -> Option<&str> {
        self.extras.as_ref().and_then(|e| e.direction.as_deref())
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
        self.index_of(id).and_then(|i| self.paragraphs.get(i))
    }

    /// Index (0-based, = ordinal − 1) of the paragraph with this ID.
    pub fn index_of(&self, id: &ParagraphId) -> Option<usize> {
        self.by_id.get(&self.paragraphs, id)
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
            + ids
            + self.by_id.heap_size()
    }
}

/// Paragraph indices by ID, holding no copy of the IDs: a table from a keyed 64-bit
/// hash of the ID to the paragraph's index, checked against the paragraph's own ID
/// on lookup. The rare IDs whose hash another ID already has (odds about 10⁻⁸ for
/// a million paragraphs) go to a map of their own.
///
/// Compared with a `HashMap<ParagraphId, usize>`, building it allocates no string
/// per paragraph and hashes each ID once: loading a 64 MB document is about 5 %
/// faster and the index about half the size.
#[derive(Clone, Debug, Default)]
struct IdIndex {
    /// Keys the hash, so that a crafted document cannot choose the hash values.
    keys: RandomState,
    by_hash: HashMap<u64, u32, BuildHasherDefault<HashValue>>,
    collided: HashMap<ParagraphId, usize>,
}

impl IdIndex {
    fn new(paragraphs: &[Paragraph]) -> Self {
        let mut index = Self::default();
        index.by_hash.reserve(paragraphs.len());
        for (i, paragraph) in paragraphs.iter().enumerate() {
            let hash = index.keys.hash_one(paragraph.id.as_str());
            match index.by_hash.entry(hash) {
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(i as u32);
                }
                std::collections::hash_map::Entry::Occupied(_) => {
                    index.collided.insert(paragraph.id.clone(), i);
                }
            }
        }
        index
    }

    /// Index of the paragraph with ID `id` in `paragraphs`, the slice it was built from.
    fn get(&self, paragraphs: &[Paragraph], id: &ParagraphId) -> Option<usize> {
        let hash = self.keys.hash_one(id.as_str());
        let i = self.by_hash.get(&hash).map(|&i| i as usize);
        if i.is_some_and(|i| paragraphs.get(i).is_some_and(|p| p.id == *id)) {
            return i;
        }
        if self.collided.is_empty() { None } else { self.collided.get(id).copied() }
    }

    fn heap_size(&self) -> usize {
        let collided: usize = self.collided.keys().map(|id| id.as_str().len()).sum();
        self.by_hash.capacity() * (std::mem::size_of::<(u64, u32)>() + 1)
            + self.collided.capacity() * (std::mem::size_of::<(ParagraphId, usize)>() + 1)
            + collided
    }
}

/// A hasher for keys that already are hash values: passes a `u64` through.
#[derive(Clone, Copy, Debug, Default)]
struct HashValue(u64);

impl Hasher for HashValue {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used; this is the general case for completeness.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The title when the format declares none: the first of the first five
/// paragraphs that is a heading or a short unpunctuated line and not a metadata
/// label, else the file name without its extension.
///
/// A metadata label is what document management systems and compilations put
/// above a text: one word alone (`Document`, `Submission`, `Contribution`) in a
/// script that separates words with spaces, or a `Label: value` line
/// (`Region: Europe`).
fn default_title(blocks: &[Block], text: &str, file_name: &str) -> String {
    for block in blocks.iter().take(5) {
        let first_text = text.get(block.range.clone()).unwrap_or_default();
        if is_metadata_label(first_text) {
            continue;
        }
        let short = first_text.chars().count() <= 150;
        let unpunctuated = !first_text.ends_with(['.', ':', ';', ',', '!', '?', '。', '：']);
        if block.kind == ParagraphKind::Heading || (short && unpunctuated && block.kind == ParagraphKind::Body) {
            return first_text.to_owned();
        }
        break;
    }
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
    if stem.is_empty() { base.to_owned() } else { stem.to_owned() }
}

/// See [`default_title`].
fn is_metadata_label(text: &str) -> bool {
    let one_word = !text.contains(' ') && text.chars().count() <= 24 && !text.chars().any(super::segment::is_cjk);
    let label_value = text.split_once(':').is_some_and(|(label, value)| {
        !value.trim().is_empty() && METADATA_LABELS.contains(&label.trim().to_lowercase().as_str())
    });
    one_word || label_value
}

/// Labels of the metadata lines that compilations and document systems put above
/// a text (`Region: Europe`, `Entitled by: …`), in English, Spanish, French and
/// Portuguese.
const METADATA_LABELS: &[&str] = &[
    "author",
    "authors",
    "by",
    "category",
    "contact",
    "contribution",
    "country",
    "date",
    "distr",
    "document",
    "e-mail",
    "email",
    "entitled by",
    "language",
    "organization",
    "organisation",
    "original",
    "region",
    "sector",
    "session",
    "source",
    "stakeholder",
    "submission",
    "submitted by",
    "symbol",
    "type",
    "url",
    "website",
    "autor",
    "autores",
    "documento",
    "fecha",
    "idioma",
    "organización",
    "país",
    "región",
    "auteur",
    "langue",
    "pays",
    "région",
    "secteur",
    "data",
    "organização",
    "região",
    "setor",
];

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
    fn id_index_finds_every_paragraph_and_nothing_else() {
        let text = (0..500).map(|i| format!("Párrafo {}.\n\n", i % 300)).collect::<Vec<_>>().concat();
        let doc = Document::parse(text.into_bytes(), "x.txt").unwrap();
        for (i, p) in doc.paragraphs().iter().enumerate() {
            assert_eq!(doc.index_of(&p.id), Some(i), "{}", p.id);
        }
        assert_eq!(doc.index_of(&ParagraphId::new("p-000000000000")), None);
        assert_eq!(doc.paragraph(&ParagraphId::new("")), None);
    }

    #[test]
    fn id_index_resolves_ids_whose_hash_is_taken() {
        let doc = Document::parse(b"Uno.\n\nDos.\n\nTres.\n".to_vec(), "x.txt").unwrap();
        let p = doc.paragraphs();
        // As if the ID of ¶2 had the same 64-bit hash as the ID of ¶1.
        let mut index = IdIndex::new(p);
        let hash = index.keys.hash_one(p[1].id.as_str());
        index.by_hash.insert(hash, 0);
        index.collided.insert(p[1].id.clone(), 1);
        assert_eq!(index.get(p, &p[0].id), Some(0));
        assert_eq!(index.get(p, &p[1].id), Some(1));
        assert_eq!(index.get(p, &p[2].id), Some(2));
        assert_eq!(index.get(p, &ParagraphId::new("p-x")), None);
    }

    #[test]
    fn whitespace_only_text_is_no_text() {
        assert_eq!(Document::parse(b" \n\t\n---\n".to_vec(), "x.txt").err(), Some(DocumentError::NoText));
    }
}
