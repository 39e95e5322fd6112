//! Small helpers over `quick-xml` shared by the DOCX and ODT readers.

use quick_xml::events::{BytesRef, BytesStart};

use super::container;
use crate::model::ContainerProblem;
use crate::model::{DocumentError, ParagraphKind, paragraph::Segmented};

/// Most elements the readers keep track of at once; deeper nesting is refused
/// (real documents nest a few dozen levels).
pub(crate) const MAX_DEPTH: usize = 4096;

/// The value of attribute `name` (qualified, e.g. `w:val`) of `element`, with
/// predefined entities and character references resolved.
pub(crate) fn attribute(element: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    let attr = element.try_get_attribute(name).ok().flatten()?;
    attr.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(std::borrow::Cow::into_owned)
}

/// The text an entity or character reference (`&amp;`, `&#233;`) stands for;
/// unknown entities stand for nothing.
pub(crate) fn reference_text(reference: &BytesRef<'_>, out: &mut String) {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        out.push(c);
        return;
    }
    if let Ok(name) = reference.decode()
        && let Some(text) = quick_xml::escape::resolve_predefined_entity(&name)
    {
        out.push_str(text);
    }
}

/// A one-line error for malformed XML in `part` of a `format` document.
pub(crate) fn malformed(format: &'static str, part: &str, position: u64, error: &quick_xml::Error) -> DocumentError {
    let message = error.to_string();
    let detail: String = message.lines().next().unwrap_or_default().chars().take(120).collect();
    container(format, ContainerProblem::MalformedXml { part: part.to_owned(), position, detail })
}

/// A one-line error for nesting deeper than [`MAX_DEPTH`].
pub(crate) fn too_deep(format: &'static str, part: &str) -> DocumentError {
    container(format, ContainerProblem::TooDeep { part: part.to_owned(), limit: MAX_DEPTH })
}

/// Builds paragraphs from the paragraph elements of a word-processing document
/// (`w:p`, `text:p`, `text:h`), which may nest (text boxes, notes inside a
/// paragraph). Each paragraph element is one line of the reading text, numbered
/// from 1 in the order the elements start; footnotes are written after the
/// paragraph they are anchored in.
#[derive(Default)]
pub(crate) struct Paragraphs {
    pub(crate) out: Segmented,
    lines: u32,
    stack: Vec<OpenParagraph>,
    deferred: Vec<OpenParagraph>,
}

struct OpenParagraph {
    raw: String,
    kind: ParagraphKind,
    line: u32,
    /// Written after the enclosing paragraph (a footnote).
    deferred: bool,
}

impl Paragraphs {
    /// Starts a paragraph element of `kind`; `deferred` ones (footnotes) are
    /// written after the outermost paragraph around them ends.
    pub(crate) fn open(&mut self, kind: ParagraphKind, deferred: bool) {
        self.lines += 1;
        self.stack.push(OpenParagraph { raw: String::new(), kind, line: self.lines, deferred });
    }

    /// Whether a paragraph is open.
    pub(crate) fn is_open(&self) -> bool {
        !self.stack.is_empty()
    }

    /// Changes the kind of the innermost open paragraph (styles are read after
    /// the element starts).
    pub(crate) fn set_kind(&mut self, kind: ParagraphKind) {
        if let Some(top) = self.stack.last_mut() {
            top.kind = kind;
        }
    }

    /// The kind of the innermost open paragraph.
    pub(crate) fn kind(&self) -> Option<ParagraphKind> {
        self.stack.last().map(|p| p.kind)
    }

    /// Appends text to the innermost open paragraph (text outside any paragraph
    /// is dropped: it is white space between elements).
    pub(crate) fn push_str(&mut self, text: &str) {
        if let Some(top) = self.stack.last_mut() {
            top.raw.push_str(text);
        }
    }

    /// Appends a character to the innermost open paragraph.
    pub(crate) fn push(&mut self, c: char) {
        if let Some(top) = self.stack.last_mut() {
            top.raw.push(c);
        }
    }

    /// Ends the innermost paragraph element.
    pub(crate) fn close(&mut self) {
        let Some(paragraph) = self.stack.pop() else {
            return;
        };
        if paragraph.deferred && !self.stack.is_empty() {
            self.deferred.push(paragraph);
            return;
        }
        self.write(&paragraph);
        if self.stack.is_empty() {
            for footnote in std::mem::take(&mut self.deferred) {
                self.write(&footnote);
            }
        }
    }

    fn write(&mut self, paragraph: &OpenParagraph) {
        self.out.push_paragraph(&paragraph.raw, paragraph.kind, (paragraph.line, paragraph.line));
    }

    /// Ends every open paragraph and returns the result.
    pub(crate) fn finish(mut self) -> Segmented {
        while self.is_open() {
            self.close();
        }
        for footnote in std::mem::take(&mut self.deferred) {
            self.write(&footnote);
        }
        self.out
    }
}
