//! HTML to paragraphs, with `html5ever`'s tokenizer.
//!
//! The tokenizer implements WHATWG HTML tokenization: character references
//! (`&amp;`, `&eacute;`, `&#233;`), comments, raw-text elements, malformed markup.
//! On top of it a small element stack stands in for the tree builder: the reading
//! text needs block boundaries and a few ancestors, not a DOM. Time is linear in
//! the input and memory is the output plus a stack of at most [`MAX_DEPTH`] open
//! elements, whatever the markup (a million unclosed `<div>`s included).
//!
//! What becomes a paragraph: the text between block-level tags (`<p>`, `<div>`,
//! `<li>`, `<h1>`–`<h6>`, `<blockquote>`, `<td>`, `<dt>`, `<dd>`, `<pre>`,
//! `<section>`…), and text separated by two `<br>`s in a row. One `<br>` is a
//! space. Kinds: inside `<h1>`–`<h6>` a heading, inside `<li>` a list item, inside
//! `<blockquote>` a quote, inside an element marked as a footnote or endnote
//! (`role="doc-footnote"`/`doc-endnote(s)`, a class or `epub:type` containing
//! `footnote` or `endnote`, an `id` such as `fn1`, `ftn1`, `sdfootnote1`, as
//! pandoc, Word and `LibreOffice` write them) a footnote; the innermost of heading,
//! list item and quote wins, a footnote container wins over all.
//!
//! Not text: `<script>`, `<style>`, `<template>`, `<noscript>`, `<nav>`,
//! `<button>`, `<select>`, `<textarea>`, `<svg>`, `<iframe>`, and comments. The
//! `<title>` names the document. `lang` and `dir` of `<html>` (or else `<body>`)
//! are noted.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};

use super::normalize::push_normalized;
use super::paragraph::{ParagraphKind, Segmented};

/// Most open elements tracked; deeper ones are not (their text is still read).
pub const MAX_DEPTH: usize = 256;

/// The result of reading HTML.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HtmlDocument {
    /// The paragraphs; `lines` are source lines.
    pub segmented: Segmented,
    /// The `<title>`, normalized, if it has text.
    pub title: Option<String>,
    /// `lang` of `<html>` (else `<body>`), e.g. `es`, `ar`.
    pub language: Option<String>,
    /// `dir` of `<html>` (else `<body>`): `ltr`, `rtl` or `auto`.
    pub direction: Option<String>,
}

/// Reads a whole HTML document. See the module docs.
pub fn read_html(source: &str) -> HtmlDocument {
    let mut out = Segmented::with_capacity(source.len() / 2);
    let extractor = run(source, 1, std::mem::take(&mut out));
    let title = Some(extractor.title_text()).filter(|t| !t.is_empty());
    HtmlDocument { segmented: extractor.out, title, language: extractor.language, direction: extractor.direction }
}

/// Appends the paragraphs of an HTML fragment (a Markdown raw HTML block) to
/// `out`. `first_line` is the 1-based source line the fragment starts on.
pub fn push_html_fragment(out: &mut Segmented, html: &str, first_line: u32) {
    let extractor = run(html, first_line, std::mem::take(out));
    *out = extractor.out;
}

fn run(source: &str, first_line: u32, out: Segmented) -> Extractor {
    let sink = Sink(RefCell::new(Extractor::new(out, first_line)));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(source));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let mut extractor = tokenizer.sink.0.into_inner();
    extractor.flush();
    extractor
}

/// Elements whose content is not document text.
const SKIPPED: &[&str] =
    &["script", "style", "template", "noscript", "nav", "button", "select", "textarea", "svg", "iframe", "object"];

/// Elements that start or end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "figure",
    "figcaption",
    "hr",
    "form",
    "fieldset",
    "legend",
    "address",
    "details",
    "summary",
    "center",
    "body",
    "html",
    "head",
    "title",
    "option",
    "menu",
    "hgroup",
    "search",
    "dialog",
];

/// An open element that matters for kinds.
struct Open {
    name: String,
    kind: Option<ParagraphKind>,
    /// For `<ol>`: the number of its next item.
    number: Option<i64>,
}

struct Extractor {
    out: Segmented,
    /// Raw text of the paragraph being read.
    text: String,
    /// Source lines of the paragraph being read.
    lines: Option<(u32, u32)>,
    stack: Vec<Open>,
    /// Names of the skipped elements we are inside, innermost last.
    skipping: Vec<String>,
    /// Inside `<title>`, and its text so far.
    in_title: bool,
    title: String,
    /// `<br>`s since the last text.
    breaks: u8,
    /// A list item's number (`3. `), written before its first text.
    prefix: String,
    language: Option<String>,
    direction: Option<String>,
    first_line: u32,
}

impl Extractor {
    fn new(out: Segmented, first_line: u32) -> Self {
        Self {
            out,
            text: String::new(),
            lines: None,
            stack: Vec::new(),
            skipping: Vec::new(),
            in_title: false,
            title: String::new(),
            breaks: 0,
            prefix: String::new(),
            language: None,
            direction: None,
            first_line,
        }
    }

    fn title_text(&self) -> String {
        let mut title = String::new();
        push_normalized(&mut title, &self.title);
        title
    }

    fn line(&self, line_number: u64) -> u32 {
        let line = u32::try_from(line_number).unwrap_or(u32::MAX);
        self.first_line.saturating_add(line.saturating_sub(1))
    }

    /// The kind of a paragraph at the current position (see the module docs).
    fn kind(&self) -> ParagraphKind {
        if self.stack.iter().any(|o| o.kind == Some(ParagraphKind::Footnote)) {
            return ParagraphKind::Footnote;
        }
        self.stack.iter().rev().find_map(|o| o.kind).unwrap_or(ParagraphKind::Body)
    }

    fn flush(&mut self) {
        self.breaks = 0;
        let Some(lines) = self.lines.take() else {
            self.text.clear();
            return;
        };
        let kind = self.kind();
        let start = self.out.text.len();
        push_normalized(&mut self.out.text, &self.text);
        self.out.finish(start, kind, lines);
        self.text.clear();
    }

    fn characters(&mut self, text: &str, line: u32) {
        if self.in_title {
            self.title.push_str(text);
            return;
        }
        if !self.skipping.is_empty() {
            return;
        }
        if text.chars().any(|c| !c.is_whitespace()) {
            self.breaks = 0;
            if self.lines.is_none() && !self.prefix.is_empty() {
                self.text.insert_str(0, &self.prefix);
                self.prefix.clear();
            }
            let lines = self.lines.get_or_insert((line, line));
            lines.1 = line;
        }
        self.text.push_str(text);
    }

    fn start(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        if !self.skipping.is_empty() {
            if SKIPPED.contains(&name) && !tag.self_closing && self.skipping.len() < MAX_DEPTH {
                self.skipping.push(name.to_owned());
            }
            return raw_kind(name).map_or(TokenSinkResult::Continue, TokenSinkResult::RawData);
        }
        match name {
            "html" | "body" => {
                for attr in &tag.attrs {
                    let value = attr.value.trim();
                    match &*attr.name.local {
                        "lang" if self.language.is_none() && !value.is_empty() => {
                            self.language = Some(value.to_owned());
                        }
                        "dir" if self.direction.is_none() && !value.is_empty() => {
                            self.direction = Some(value.to_ascii_lowercase());
                        }
                        _ => {}
                    }
                }
            }
            "title" => {
                self.in_title = true;
                return TokenSinkResult::RawData(RawKind::Rcdata);
            }
            "br" => {
                self.text.push(' ');
                self.breaks = self.breaks.saturating_add(1);
                if self.breaks >= 2 {
                    self.flush();
                }
                return TokenSinkResult::Continue;
            }
            "plaintext" => {
                self.flush();
                return TokenSinkResult::Plaintext;
            }
            _ => {}
        }
        if SKIPPED.contains(&name) {
            if !tag.self_closing {
                self.skipping.push(name.to_owned());
            }
            return raw_kind(name).map_or(TokenSinkResult::Continue, TokenSinkResult::RawData);
        }
        if !BLOCKS.contains(&name) {
            // Inline element (`<a>`, `<em>`, `<span>`, `<sup>`…). A footnote's link
            // back to its reference (`↩`) is not text.
            if name == "a" && is_back_link(tag) {
                self.skipping.push(name.to_owned());
            }
            return TokenSinkResult::Continue;
        }
        let footnote = is_footnote_container(tag);
        self.flush();
        if tag.self_closing || matches!(name, "hr") {
            return TokenSinkResult::Continue;
        }
        // Implicitly closed elements (HTML's optional end tags).
        let closes: &[&str] = match name {
            "li" => &["li"],
            "dt" | "dd" => &["dt", "dd"],
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => &["h1", "h2", "h3", "h4", "h5", "h6"],
            "tr" => &["tr", "td", "th"],
            "td" | "th" => &["td", "th"],
            _ => &[],
        };
        while self.stack.last().is_some_and(|o| closes.contains(&o.name.as_str())) {
            self.stack.pop();
        }
        let kind = if footnote {
            Some(ParagraphKind::Footnote)
        } else {
            match name {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(ParagraphKind::Heading),
                "li" => Some(ParagraphKind::ListItem),
                "blockquote" => Some(ParagraphKind::Quote),
                _ => None,
            }
        };
        // Ordered list items are numbered as they are shown (`3. Context`), and
        // the items of a footnote list as footnotes are (`1 En la Resolución…`).
        let number = match name {
            "ol" => {
                let start =
                    tag.attrs.iter().find(|a| &*a.name.local == "start").and_then(|a| a.value.trim().parse().ok());
                Some(start.unwrap_or(1))
            }
            _ => None,
        };
        if name == "li" {
            let in_footnotes = self.kind() == ParagraphKind::Footnote;
            if let Some(list) = self.stack.iter_mut().rev().find(|o| o.name == "ol" || o.name == "ul")
                && let Some(next) = list.number.as_mut()
            {
                self.prefix = format!("{next}{}", if in_footnotes { " " } else { ". " });
                *next = next.saturating_add(1);
            }
        }
        if self.stack.len() < MAX_DEPTH {
            self.stack.push(Open { name: name.to_owned(), kind, number });
        }
        TokenSinkResult::Continue
    }

    fn end(&mut self, tag: &Tag) {
        let name: &str = &tag.name;
        if self.in_title && name == "title" {
            self.in_title = false;
            return;
        }
        if let Some(i) = self.skipping.iter().rposition(|n| n == name) {
            self.skipping.truncate(i);
            return;
        }
        if !self.skipping.is_empty() {
            return;
        }
        if name == "br" {
            // `</br>` is read as `<br>` by browsers.
            self.text.push(' ');
            return;
        }
        if name == "li" {
            self.prefix.clear();
        }
        let Some(i) = self.stack.iter().rposition(|o| o.name == name) else {
            if BLOCKS.contains(&name) {
                self.flush();
            }
            return;
        };
        self.flush();
        self.stack.truncate(i);
    }
}

/// A footnote's link back to where it is referred to (pandoc, Word, `LibreOffice`).
fn is_back_link(tag: &Tag) -> bool {
    tag.attrs.iter().any(|attr| {
        let value = attr.value.to_ascii_lowercase();
        match &*attr.name.local {
            "role" => value == "doc-backlink",
            "class" => value.contains("footnote-back") || value.contains("footnoteback"),
            _ => false,
        }
    })
}

/// The tokenizer state for the content of raw-text elements.
fn raw_kind(name: &str) -> Option<RawKind> {
    match name {
        "script" => Some(RawKind::ScriptData),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" => Some(RawKind::Rawtext),
        "textarea" | "title" => Some(RawKind::Rcdata),
        _ => None,
    }
}

/// Whether an element is marked as a footnote or endnote (see the module docs).
fn is_footnote_container(tag: &Tag) -> bool {
    tag.attrs.iter().any(|attr| {
        let value = attr.value.to_ascii_lowercase();
        match &*attr.name.local {
            "role" => matches!(value.as_str(), "doc-footnote" | "doc-endnote" | "doc-endnotes" | "doc-footnotes"),
            "class" | "type" => value.contains("footnote") || value.contains("endnote"),
            "id" => {
                let digits_after = |prefix: &str| {
                    value
                        .strip_prefix(prefix)
                        .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
                };
                (digits_after("fn")
                    || digits_after("ftn")
                    || digits_after("sdfootnote")
                    || digits_after("sdendnote")
                    || digits_after("edn"))
                    && &*tag.name != "a"
            }
            _ => false,
        }
    })
}

struct Sink(RefCell<Extractor>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<()> {
        let mut extractor = self.0.borrow_mut();
        let line = extractor.line(line_number);
        match token {
            Token::CharacterTokens(text) => extractor.characters(&text, line),
            Token::TagToken(tag) => match tag.kind {
                TagKind::StartTag => return extractor.start(&tag),
                TagKind::EndTag => extractor.end(&tag),
            },
            Token::CommentToken(_)
            | Token::DoctypeToken(_)
            | Token::NullCharacterToken
            | Token::EOFToken
            | Token::ParseError(_) => {}
        }
        TokenSinkResult::Continue
    }
}
