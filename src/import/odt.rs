//! `OpenDocument` Text (`.odt`, OASIS `OpenDocument` 1.3 Part 3 §5–6).
//!
//! Read: `content.xml` (the body and its automatic styles), `styles.xml` (the
//! named styles) and the title and language of `meta.xml`. Inside
//! `office:text`:
//! - `text:h` is a heading; `text:p` takes its kind from its style, following
//!   `style:parent-style-name` (names with `Heading`, `Title` or `Subtitle`, or a
//!   default outline level → heading; `Quotations`, `Quote` → quote; `Footnote`,
//!   `Endnote` → footnote; `List` → list item); a paragraph inside
//!   `text:list-item` is a list item;
//! - text is character data, with `text:s` as spaces, `text:tab` and
//!   `text:line-break` as white space and `text:soft-page-break` as nothing;
//! - a note (`text:note`) leaves its citation (`1`) glued to the text and becomes
//!   a footnote paragraph `1 …` after the paragraph it is anchored in;
//! - tracked changes (`text:tracked-changes`, where deleted text is kept),
//!   comments (`office:annotation`), hidden text (a text style with
//!   `text:display="none"`), drawing titles and descriptions are not text.
//!
//! Paragraphs in tables and text boxes are paragraphs too.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::xml::{MAX_DEPTH, Paragraphs, attribute, malformed, reference_text, too_deep};
use super::{Archive, container};
use crate::model::ContainerProblem;
use crate::model::{Document, DocumentError, ParagraphKind, SourceFormat, SourceInfo};

const FORMAT: &str = "ODT";

/// Reads an `.odt` file's bytes.
///
/// # Errors
/// A damaged or hostile archive, malformed XML, or no text; see [`super`].
pub fn read_odt(bytes: &[u8], file_name: &str) -> Result<Document, DocumentError> {
    let mut archive = Archive::open(bytes, FORMAT)?;
    if archive.has("META-INF/manifest.xml")
        && let Some(manifest) = archive.read("META-INF/manifest.xml")?
        && memchr::memmem::find(&manifest, b"manifest:encryption-data").is_some()
    {
        return Err(container(FORMAT, ContainerProblem::Encrypted));
    }
    let Some(content) = archive.read("content.xml")? else {
        return Err(container(FORMAT, ContainerProblem::PartMissing { part: "content.xml".to_owned() }));
    };
    let mut styles = HashMap::new();
    if let Some(xml) = archive.read("styles.xml")? {
        read_styles(&xml, "styles.xml", &mut styles)?;
    }
    read_styles(&content, "content.xml", &mut styles)?;
    let (title, language) = match archive.read("meta.xml")? {
        Some(xml) => meta(&xml),
        None => (None, None),
    };
    drop(archive);
    let segmented = read_body(&content, &styles)?;
    let mut info = SourceInfo::new(file_name, "UTF-8 (ODT)", SourceFormat::Odt);
    info.title = title;
    info.language = language;
    Document::from_segmented(segmented, info)
}

/// Key prefix in the style table for text styles that hide their text.
const HIDDEN: &str = "\u{0}hidden:";

#[derive(Clone, Debug, Default)]
struct Style {
    display_name: String,
    parent: Option<String>,
    outline: bool,
}

/// Paragraph styles by name (`style:style` with `style:family="paragraph"`), and
/// the names of text styles that hide their text (`text:display="none"`, Word's
/// hidden text), under the key [`HIDDEN`] + name.
fn read_styles(xml: &[u8], part: &str, styles: &mut HashMap<String, Style>) -> Result<(), DocumentError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut text_style: Option<String> = None;
    loop {
        let event =
            reader.read_event_into(&mut buf).map_err(|e| malformed(FORMAT, part, reader.buffer_position(), &e))?;
        match &event {
            Event::Start(e)
                if e.name().as_ref() == b"style:style" && attribute(e, b"style:family").as_deref() == Some("text") =>
            {
                text_style = attribute(e, b"style:name");
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"style:text-properties" => {
                if let Some(name) = &text_style
                    && attribute(e, b"text:display").as_deref() == Some("none")
                {
                    styles.insert(format!("{HIDDEN}{name}"), Style::default());
                }
            }
            Event::End(e) if e.name().as_ref() == b"style:style" => text_style = None,
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"style:style" => {
                if attribute(e, b"style:family").as_deref() == Some("paragraph")
                    && let Some(name) = attribute(e, b"style:name")
                {
                    let style = Style {
                        display_name: attribute(e, b"style:display-name").unwrap_or_else(|| name.clone()),
                        parent: attribute(e, b"style:parent-style-name"),
                        outline: attribute(e, b"style:default-outline-level").is_some_and(|l| !l.is_empty()),
                    };
                    styles.insert(name, style);
                }
            }
            // The body follows the automatic styles in content.xml: stop there.
            Event::Start(e) if e.name().as_ref() == b"office:body" => break,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

/// The kind a paragraph style gives, following parents (at most 16 steps).
fn style_kind(styles: &HashMap<String, Style>, name: &str) -> Option<ParagraphKind> {
    let mut name = name;
    for _ in 0..16 {
        let style = styles.get(name)?;
        let display = style.display_name.to_ascii_lowercase().replace("_20_", " ");
        let kind = if display.starts_with("heading") || display == "title" || display == "subtitle" || style.outline {
            Some(ParagraphKind::Heading)
        } else if display.contains("footnote") || display.contains("endnote") {
            Some(ParagraphKind::Footnote)
        } else if display.contains("quot") || display == "block text" {
            Some(ParagraphKind::Quote)
        } else if display.starts_with("list") {
            Some(ParagraphKind::ListItem)
        } else {
            None
        };
        if kind.is_some() {
            return kind;
        }
        name = style.parent.as_deref()?;
    }
    None
}

/// What the reader is inside.
#[derive(Default)]
struct State {
    depth: usize,
    /// Depth of an element whose content is not text.
    skip_from: Option<usize>,
    in_text: bool,
    list_items: usize,
    /// Citation of the note being read, and whether its body has started.
    note: Option<(String, usize)>,
    in_citation: bool,
    citation: String,
}

fn read_body(xml: &[u8], styles: &HashMap<String, Style>) -> Result<crate::model::paragraph::Segmented, DocumentError> {
    let part = "content.xml";
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut paragraphs = Paragraphs::default();
    let mut state = State::default();
    loop {
        let event =
            reader.read_event_into(&mut buf).map_err(|e| malformed(FORMAT, part, reader.buffer_position(), &e))?;
        match &event {
            Event::Start(e) => {
                state.depth += 1;
                if state.depth > MAX_DEPTH {
                    return Err(too_deep(FORMAT, part));
                }
                if state.skip_from.is_none() {
                    start(e, styles, &mut paragraphs, &mut state);
                }
            }
            Event::Empty(e) if state.skip_from.is_none() && state.in_text => {
                empty(e, &mut paragraphs);
            }
            Event::End(e) => {
                if state.skip_from == Some(state.depth) {
                    state.skip_from = None;
                } else if state.skip_from.is_none() {
                    end(e.name().as_ref(), &mut paragraphs, &mut state);
                }
                state.depth = state.depth.saturating_sub(1);
            }
            Event::Text(t) if state.skip_from.is_none() => {
                if let Ok(text) = t.decode() {
                    text_data(&text, &mut paragraphs, &mut state);
                }
            }
            Event::CData(t) if state.skip_from.is_none() => {
                if let Ok(text) = t.decode() {
                    text_data(&text, &mut paragraphs, &mut state);
                }
            }
            Event::GeneralRef(r) if state.skip_from.is_none() => {
                let mut text = String::new();
                reference_text(r, &mut text);
                text_data(&text, &mut paragraphs, &mut state);
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(paragraphs.finish())
}

fn text_data(text: &str, paragraphs: &mut Paragraphs, state: &mut State) {
    if state.in_citation {
        state.citation.push_str(text);
    }
    if state.in_text {
        paragraphs.push_str(text);
    }
}

fn start(e: &BytesStart<'_>, styles: &HashMap<String, Style>, paragraphs: &mut Paragraphs, state: &mut State) {
    match e.name().as_ref() {
        b"office:text" => state.in_text = true,
        b"text:tracked-changes"
        | b"office:annotation"
        | b"svg:title"
        | b"svg:desc"
        | b"text:sequence-decls"
        | b"office:forms" => {
            state.skip_from = Some(state.depth);
        }
        b"text:span"
            if attribute(e, b"text:style-name").is_some_and(|name| styles.contains_key(&format!("{HIDDEN}{name}"))) =>
        {
            state.skip_from = Some(state.depth);
        }
        b"text:list-item" | b"text:list-header" => state.list_items += 1,
        b"text:h" | b"text:p" if state.in_text => {
            let in_note_body = state.note.as_ref().is_some_and(|(_, depth)| *depth > 0);
            let from_style_name = attribute(e, b"text:style-name").and_then(|name| style_kind(styles, &name));
            let kind = if e.name().as_ref() == b"text:h" {
                ParagraphKind::Heading
            } else if in_note_body {
                ParagraphKind::Footnote
            } else if let Some(kind) = from_style_name {
                kind
            } else if state.list_items > 0 {
                ParagraphKind::ListItem
            } else {
                ParagraphKind::Body
            };
            paragraphs.open(kind, in_note_body);
            // The first paragraph of a note starts with its citation.
            if let Some((citation, depth)) = state.note.as_mut()
                && *depth > 0
                && !citation.is_empty()
            {
                paragraphs.push_str(citation);
                paragraphs.push(' ');
                citation.clear();
            }
        }
        b"text:note" => state.note = Some((String::new(), 0)),
        b"text:note-citation" => {
            state.in_citation = true;
            state.citation.clear();
        }
        b"text:note-body" => {
            if let Some((citation, depth)) = state.note.as_mut() {
                *citation = std::mem::take(&mut state.citation);
                *depth = 1;
            }
        }
        name if state.in_text => empty_named(name, e, paragraphs),
        _ => {}
    }
}

fn empty(e: &BytesStart<'_>, paragraphs: &mut Paragraphs) {
    empty_named(e.name().as_ref(), e, paragraphs);
}

fn empty_named(name: &[u8], e: &BytesStart<'_>, paragraphs: &mut Paragraphs) {
    match name {
        b"text:s" => {
            let count = attribute(e, b"text:c").and_then(|c| c.parse::<usize>().ok()).unwrap_or(1).min(64);
            for _ in 0..count {
                paragraphs.push(' ');
            }
        }
        b"text:tab" | b"text:line-break" => paragraphs.push(' '),
        _ => {}
    }
}

fn end(name: &[u8], paragraphs: &mut Paragraphs, state: &mut State) {
    match name {
        b"office:text" => state.in_text = false,
        b"text:list-item" | b"text:list-header" => state.list_items = state.list_items.saturating_sub(1),
        b"text:h" | b"text:p" => paragraphs.close(),
        b"text:note" => state.note = None,
        b"text:note-citation" => state.in_citation = false,
        _ => {}
    }
}

/// `dc:title` and `dc:language` of `meta.xml`.
fn meta(xml: &[u8]) -> (Option<String>, Option<String>) {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let (mut title, mut language) = (None, None);
    let mut field: Option<bool> = None;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                field = match e.name().as_ref() {
                    b"dc:title" => Some(true),
                    b"dc:language" => Some(false),
                    _ => None,
                };
            }
            Ok(Event::Text(t)) => {
                if let (Some(is_title), Ok(text)) = (field, t.decode()) {
                    let text = crate::model::normalize::normalize(&text);
                    if !text.is_empty() {
                        if is_title { title = Some(text) } else { language = Some(text) }
                    }
                }
            }
            Ok(Event::End(_)) => field = None,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    (title, language)
}
