//! Markdown segmentation with `pulldown-cmark` (CommonMark plus tables, footnotes
//! and YAML front matter).
//!
//! Paragraphs, headings, list items, block-quote paragraphs (kind `quote`), table
//! cells, code blocks and footnote definitions become paragraphs. Inline markup is removed
//! (`**bold**` → `bold`, `[text](url)` → `text`), images' alt text is left out, and
//! ordered list items keep their number (`3. Context and Background`).
//!
//! Raw HTML blocks are split at block-level tags (`<p>`, `<div>`, `<li>`, `<dt>`,
//! `<dd>`, `<h1>`–`<h6>`, `<pre>`, `<td>`…); the text between them becomes
//! paragraphs with tags removed and entities decoded (`&amp;` → `&`). The content of
//! `<style>`, `<script>`, `<button>`, `<template>` and `<noscript>` is not text.
//! YAML front matter is not text; its `title:` names the document. Jekyll/Liquid
//! template tags (`{% include … %}`, `{{ page.title }}`) are not text either.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::html::push_html_fragment;
use super::normalize::push_normalized;
use super::paragraph::{ParagraphKind, Segmented};

/// The result of reading Markdown: paragraphs, and the front matter's title if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MarkdownDocument {
    /// The paragraphs.
    pub segmented: Segmented,
    /// `title:` from YAML front matter, unquoted.
    pub title: Option<String>,
}

/// Sources longer than this whose markup is dense are parsed in pieces of about
/// this size (see [`segment_markdown`]).
const CHUNK_BYTES: usize = 256 * 1024;

/// Segments Markdown source text. See the module docs for what becomes a paragraph.
///
/// Time and memory are linear in the source. `pulldown-cmark` builds a tree for a
/// whole document before yielding events, with a node of about 64 bytes for every
/// bracket, emphasis mark or backtick; a 128 MiB file of `[` would need 8 GiB. So
/// a source over [`CHUNK_BYTES`] in which more than one byte in 16 is markup is
/// parsed in pieces of about that size, split where nothing can continue across
/// the split: at the start of a line that follows a blank line, starts at column 0
/// and is not inside a fenced code block, front matter or an HTML block that
/// spans blank lines (`<pre>`, `<script>`, `<style>`, `<textarea>`, comments).
/// Link reference definitions anywhere in the document still resolve. A piece with
/// no such line in twice the piece size is cut at a line end (or anywhere, if it
/// has none) and the paragraph open at the cut goes on in the next piece.
pub fn segment_markdown(source: &str) -> MarkdownDocument {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_DEFINITION_LIST;
    let mut state = State {
        source,
        lines: LineCounter::default(),
        out: Segmented::with_capacity(source.len()),
        open: None,
        item_numbers: Vec::new(),
        in_item: 0,
        in_quote: 0,
        in_footnote: false,
        in_image: 0,
        inline_skip: 0,
        in_metadata: false,
        metadata: String::new(),
        html: None,
        cut_at: None,
        continuing: false,
    };
    if source.len() <= CHUNK_BYTES || !dense_markup(source) {
        for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
            state.event(event, range);
        }
    } else {
        let labels = reference_labels(source);
        let mut splitter = Splitter::new(source);
        let mut start = 0;
        while start < source.len() {
            let (end, forced) = splitter.next_split(start);
            let piece = &source[start..end];
            let resolve = |link: pulldown_cmark::BrokenLink<'_>| {
                labels
                    .contains(&normalize_label(&link.reference))
                    .then_some((pulldown_cmark::CowStr::Borrowed(""), pulldown_cmark::CowStr::Borrowed("")))
            };
            state.cut_at = forced.then_some(end);
            for (event, range) in
                Parser::new_with_broken_link_callback(piece, options, Some(resolve)).into_offset_iter()
            {
                state.event(event, range.start + start..range.end + start);
            }
            if !forced {
                state.close();
                state.item_numbers.clear();
                (state.in_item, state.in_quote, state.in_footnote) = (0, 0, false);
            }
            start = end;
        }
        state.cut_at = None;
    }
    state.close();
    let title = front_matter_title(&state.metadata);
    MarkdownDocument { segmented: state.out, title }
}

/// Whether more than one byte in 16 of `source` is Markdown markup that makes a
/// node in `pulldown-cmark`'s tree.
fn dense_markup(source: &str) -> bool {
    let marks = source
        .bytes()
        .filter(|b| {
            matches!(b, b'[' | b']' | b'*' | b'_' | b'`' | b'<' | b'>' | b'!' | b'\\' | b'~' | b'|' | b'&' | b'\n')
        })
        .count();
    marks * 16 > source.len()
}

/// The labels of all link reference definitions (`[label]: url` at the start of a
/// line), normalized, so that a reference in one piece finds a definition in
/// another.
fn reference_labels(source: &str) -> std::collections::HashSet<String> {
    source
        .lines()
        .filter_map(|line| {
            let line = line
                .strip_prefix("   ")
                .or_else(|| line.strip_prefix("  "))
                .or_else(|| line.strip_prefix(' '))
                .unwrap_or(line);
            let rest = line.strip_prefix('[')?;
            let (label, after) = rest.split_once("]:")?;
            (!label.is_empty() && label.len() <= 999 && !after.trim().is_empty()).then(|| normalize_label(label))
        })
        .collect()
}

/// A link label as CommonMark compares them: case-folded, white space collapsed.
fn normalize_label(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Finds the split points of [`segment_markdown`], scanning each line once.
struct Splitter<'s> {
    source: &'s str,
    /// Next line to scan.
    pos: usize,
    /// The last line scanned was blank.
    after_blank: bool,
    /// Inside a fenced code block: its fence character and length.
    fence: Option<(u8, usize)>,
    /// Inside an HTML block that spans blank lines: what ends it.
    html_end: Option<&'static str>,
    /// Inside YAML front matter.
    front_matter: bool,
}

impl<'s> Splitter<'s> {
    fn new(source: &'s str) -> Self {
        Self {
            source,
            pos: 0,
            after_blank: false,
            fence: None,
            html_end: None,
            front_matter: source.starts_with("---"),
        }
    }

    /// The end of the piece starting at `start`, and whether the cut is forced.
    fn next_split(&mut self, start: usize) -> (usize, bool) {
        let len = self.source.len();
        if len - start <= CHUNK_BYTES {
            return (len, false);
        }
        let (soft, hard) = (start + CHUNK_BYTES, (start + 2 * CHUNK_BYTES).min(len));
        while self.pos < hard {
            let line_start = self.pos;
            let line_end =
                memchr::memchr(b'\n', &self.source.as_bytes()[line_start..]).map_or(len, |i| line_start + i + 1);
            let candidate = line_start >= soft && self.is_safe_start(line_start);
            if candidate {
                return (line_start, false);
            }
            self.scan_line(&self.source[line_start..line_end], line_start == 0);
            self.pos = line_end;
        }
        // No safe line: cut at the last line end before `hard`, or anywhere.
        let bytes = &self.source.as_bytes()[soft..hard];
        let cut = memchr::memrchr(b'\n', bytes).map_or(hard, |i| soft + i + 1);
        let mut cut = cut.min(len);
        while !self.source.is_char_boundary(cut) {
            cut -= 1;
        }
        if self.pos > cut {
            // Lines were scanned past the cut: rescan from it next time.
            self.pos = cut;
        }
        (cut.max(start + 1), true)
    }

    fn is_safe_start(&self, line_start: usize) -> bool {
        let first = self.source.as_bytes().get(line_start);
        self.after_blank
            && self.fence.is_none()
            && self.html_end.is_none()
            && !self.front_matter
            && first.is_some_and(|&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    }

    fn scan_line(&mut self, line: &str, first_line: bool) {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start_matches(' ');
        self.after_blank = content.trim().is_empty();
        if self.front_matter {
            if !first_line && (content == "---" || content == "...") {
                self.front_matter = false;
            }
            return;
        }
        if let Some(end) = self.html_end {
            if content.contains(end) {
                self.html_end = None;
            }
            return;
        }
        let indent = content.len() - trimmed.len();
        if indent > 3 {
            return;
        }
        let fence_char = trimmed.bytes().next().filter(|b| matches!(b, b'`' | b'~'));
        if let Some(c) = fence_char {
            let run = trimmed.bytes().take_while(|&b| b == c).count();
            if run >= 3 {
                match self.fence {
                    None => self.fence = Some((c, run)),
                    Some((open, open_len)) if open == c && run >= open_len && trimmed[run..].trim().is_empty() => {
                        self.fence = None;
                    }
                    Some(_) => {}
                }
                return;
            }
        }
        if self.fence.is_some() {
            return;
        }
        let lower = trimmed.get(..trimmed.len().min(10)).unwrap_or_default().to_ascii_lowercase();
        let end = if ["<script", "<pre", "<style", "<textarea"].iter().any(|t| lower.starts_with(t)) {
            let name =
                lower.trim_start_matches('<').split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or_default();
            Some(match name {
                "script" => "</script>",
                "pre" => "</pre>",
                "style" => "</style>",
                _ => "</textarea>",
            })
        } else if lower.starts_with("<!--") {
            Some("-->")
        } else if lower.starts_with("<![cdata[") {
            Some("]]>")
        } else if lower.starts_with("<?") {
            Some("?>")
        } else {
            None
        };
        if let Some(end) = end
            && !trimmed.get(4..).is_some_and(|rest| rest.contains(end))
        {
            self.html_end = Some(end);
        }
    }
}

/// 1-based line numbers of byte offsets, counted incrementally from the last
/// offset asked for (the events come almost in source order), so that no table of
/// line starts is kept: a file of newlines costs no memory.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    /// Line of `offset`, 0-based.
    line: usize,
}

impl LineCounter {
    /// 1-based line containing byte `offset` of `source`.
    fn line(&mut self, source: &str, offset: usize) -> u32 {
        let offset = offset.min(source.len());
        let bytes = source.as_bytes();
        if offset >= self.offset {
            self.line += memchr::memchr_iter(b'\n', &bytes[self.offset..offset]).count();
        } else {
            self.line -= memchr::memchr_iter(b'\n', &bytes[offset..self.offset]).count();
        }
        self.offset = offset;
        u32::try_from(self.line + 1).unwrap_or(u32::MAX)
    }
}

struct OpenBlock {
    kind: ParagraphKind,
    raw: String,
    first_line: u32,
    last_line: u32,
    /// Nothing but a list or footnote label has been written yet.
    fresh: bool,
}

struct State<'s> {
    source: &'s str,
    lines: LineCounter,
    /// The end of the current piece when it was cut inside a block.
    cut_at: Option<usize>,
    /// The block open at a forced cut goes on in this piece.
    continuing: bool,
    out: Segmented,
    open: Option<OpenBlock>,
    /// Next number of each open list; `None` for bullet lists.
    item_numbers: Vec<Option<u64>>,
    in_item: usize,
    /// Depth inside block quotes.
    in_quote: usize,
    in_footnote: bool,
    in_image: usize,
    /// Depth inside inline `<button>`, `<script>`… whose text is not document text.
    inline_skip: usize,
    in_metadata: bool,
    metadata: String,
    /// Raw HTML of the current HTML block and its first source byte.
    html: Option<(String, usize)>,
}

impl State<'_> {
    fn open(&mut self, kind: ParagraphKind, range: &Range<usize>) {
        if std::mem::take(&mut self.continuing)
            && let Some(open) = self.open.as_mut()
        {
            // The block cut at the end of the previous piece goes on.
            open.raw.push(' ');
            return;
        }
        self.close();
        let line = self.lines.line(self.source, range.start);
        self.open = Some(OpenBlock { kind, raw: String::new(), first_line: line, last_line: line, fresh: false });
    }

    fn close(&mut self) {
        let Some(block) = self.open.take() else {
            return;
        };
        let start = self.out.text.len();
        push_normalized(&mut self.out.text, &strip_liquid(&block.raw));
        self.out.finish(start, block.kind, (block.first_line, block.last_line));
    }

    fn extend_to(&mut self, range: &Range<usize>) {
        let last = self.lines.line(self.source, range.end.saturating_sub(1).max(range.start));
        if let Some(open) = self.open.as_mut() {
            open.last_line = open.last_line.max(last);
        }
    }

    fn text(&mut self, text: &str, range: &Range<usize>) {
        if self.in_metadata {
            self.metadata.push_str(text);
            return;
        }
        if self.in_image > 0 || self.inline_skip > 0 {
            return;
        }
        if self.open.is_none() {
            let kind = if self.in_item > 0 { ParagraphKind::ListItem } else { ParagraphKind::Body };
            self.open(kind, range);
        }
        if let Some(open) = self.open.as_mut() {
            open.raw.push_str(text);
            open.fresh = false;
        }
        self.extend_to(range);
    }

    fn line_break(&mut self) {
        if let Some(open) = self.open.as_mut() {
            // `multi-` at the end of a line, `stakeholder` on the next: keep the hyphen, no space.
            if !open.raw.ends_with('-') {
                open.raw.push(' ');
            }
        }
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, &range),
            Event::End(tag) => self.end(tag, &range),
            Event::Text(text) | Event::Code(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                self.text(&text, &range);
            }
            Event::Html(html) => {
                if let Some((buffer, _)) = self.html.as_mut() {
                    buffer.push_str(&html);
                } else {
                    self.html = Some((html.into_string(), range.start));
                }
            }
            Event::InlineHtml(html) => {
                let Some(tag) = parse_tag(&html) else {
                    return;
                };
                if tag.name == "br" {
                    self.line_break();
                } else if SKIPPED.contains(&tag.name.as_str()) {
                    if tag.closing {
                        self.inline_skip = self.inline_skip.saturating_sub(1);
                    } else if !tag.self_closing {
                        self.inline_skip += 1;
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => self.line_break(),
            Event::FootnoteReference(_) | Event::Rule | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: &Range<usize>) {
        match tag {
            Tag::Paragraph => {
                let continues_item = self.open.as_ref().is_some_and(|o| o.fresh);
                if !continues_item {
                    let kind = if self.in_footnote {
                        ParagraphKind::Footnote
                    } else if self.in_item > 0 {
                        ParagraphKind::ListItem
                    } else if self.in_quote > 0 {
                        ParagraphKind::Quote
                    } else {
                        ParagraphKind::Body
                    };
                    self.open(kind, range);
                }
            }
            Tag::Heading { .. } => self.open(ParagraphKind::Heading, range),
            Tag::CodeBlock(_) | Tag::TableCell | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                self.open(ParagraphKind::Body, range);
            }
            Tag::List(first) => {
                self.close();
                self.item_numbers.push(first);
            }
            Tag::Item => {
                self.in_item += 1;
                self.open(ParagraphKind::ListItem, range);
                let label = match self.item_numbers.last_mut() {
                    Some(Some(number)) => {
                        *number += 1;
                        format!("{}. ", *number - 1)
                    }
                    _ => String::new(),
                };
                if let Some(open) = self.open.as_mut() {
                    open.raw.push_str(&label);
                    open.fresh = true;
                }
            }
            Tag::FootnoteDefinition(label) => {
                self.in_footnote = true;
                self.open(ParagraphKind::Footnote, range);
                if let Some(open) = self.open.as_mut() {
                    open.raw.push_str(&label);
                    open.raw.push(' ');
                    open.fresh = true;
                }
            }
            Tag::Image { .. } => self.in_image += 1,
            Tag::MetadataBlock(_) => self.in_metadata = true,
            Tag::HtmlBlock => self.close(),
            Tag::BlockQuote(_) => self.in_quote += 1,
            Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::DefinitionList
            | Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. } => {}
        }
    }

    fn end(&mut self, tag: TagEnd, range: &Range<usize>) {
        match tag {
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::TableCell
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => {
                self.extend_to(range);
                if self.cut_at.is_some_and(|cut| range.end >= cut) {
                    // Ended only by the cut: it goes on in the next piece.
                    self.continuing = true;
                } else {
                    self.close();
                }
            }
            TagEnd::Item => {
                self.in_item = self.in_item.saturating_sub(1);
                self.close();
            }
            TagEnd::List(_) => {
                self.close();
                self.item_numbers.pop();
            }
            TagEnd::FootnoteDefinition => {
                self.close();
                self.in_footnote = false;
            }
            TagEnd::Image => self.in_image = self.in_image.saturating_sub(1),
            TagEnd::MetadataBlock(_) => self.in_metadata = false,
            TagEnd::HtmlBlock => {
                if let Some((html, start)) = self.html.take() {
                    self.html_block(&html, start);
                }
            }
            TagEnd::BlockQuote(_) => self.in_quote = self.in_quote.saturating_sub(1),
            TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::DefinitionList
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link => {}
        }
    }

    /// Reads a raw HTML block as HTML (see [`super::html`]): its block-level
    /// elements become paragraphs. `source_start` is its first source byte.
    fn html_block(&mut self, html: &str, source_start: usize) {
        self.close();
        let first_line = self.lines.line(self.source, source_start);
        let from = self.out.blocks.len();
        push_html_fragment(&mut self.out, html, first_line);
        // Liquid tags inside raw HTML are not text either.
        if self.out.blocks[from..].iter().any(|b| has_liquid(&self.out.text[b.range.clone()])) {
            let blocks = self.out.blocks.split_off(from);
            let start = blocks.first().map_or(self.out.text.len(), |b| b.range.start);
            let texts = self.out.text.split_off(start);
            for block in blocks {
                let raw = &texts[block.range.start - start..block.range.end - start];
                self.out.push_paragraph(&strip_liquid(raw), block.kind, block.lines);
            }
        }
    }
}

/// Elements whose content is not document text.
const SKIPPED: &[&str] =
    &["style", "script", "button", "template", "noscript", "svg", "head", "title", "select", "textarea"];

struct HtmlTag {
    name: String,
    closing: bool,
    self_closing: bool,
}

/// Parses `<name …>` or `</name>` at the start of `s`; `None` if it is not a tag.
fn parse_tag(s: &str) -> Option<HtmlTag> {
    let rest = s.strip_prefix('<')?;
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let name_len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    if name_len == 0 || !rest.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let mut quote = None;
    for (i, b) in s.bytes().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => {
                return Some(HtmlTag {
                    name: rest[..name_len].to_ascii_lowercase(),
                    closing,
                    self_closing: s[..i].ends_with('/'),
                });
            }
            _ => {}
        }
    }
    None
}

/// Whether `text` has a Liquid tag opening (`{%` or `{{`).
fn has_liquid(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"{%").is_some() || memchr::memmem::find(text.as_bytes(), b"{{").is_some()
}

/// Removes Liquid template tags (`{% … %}`, `{{ … }}`). An opening without its
/// closing is kept as text. Linear: each closing is searched for once from each
/// opening, and an opening kind whose closing no longer occurs is not searched for
/// again.
fn strip_liquid(text: &str) -> std::borrow::Cow<'_, str> {
    if !has_liquid(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut copied, mut at) = (0usize, 0usize);
    let (mut percent_closes, mut brace_closes) = (true, true);
    while let Some(offset) = memchr::memchr(b'{', &bytes[at..]) {
        let open = at + offset;
        let close: &[u8] = match bytes.get(open + 1) {
            Some(b'%') if percent_closes => b"%}",
            Some(b'{') if brace_closes => b"}}",
            _ => {
                at = open + 1;
                continue;
            }
        };
        if let Some(end) = memchr::memmem::find(&bytes[open + 2..], close) {
            out.push_str(&text[copied..open]);
            copied = open + 2 + end + 2;
            at = copied;
        } else {
            if close == b"%}" {
                percent_closes = false;
            } else {
                brace_closes = false;
            }
            at = open + 1;
        }
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

/// The `title:` value of YAML front matter, without quotes.
fn front_matter_title(yaml: &str) -> Option<String> {
    yaml.lines().find_map(|line| {
        let value = line.strip_prefix("title:")?.trim();
        let value = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(value);
        let value = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')).unwrap_or(value);
        (!value.is_empty()).then(|| value.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<(ParagraphKind, String)> {
        let doc = segment_markdown(md);
        doc.segmented.blocks.iter().map(|b| (b.kind, doc.segmented.block_text(b).to_owned())).collect()
    }

    #[test]
    fn markup_is_removed_and_blocks_become_paragraphs() {
        use ParagraphKind::{Body, Heading, ListItem, Quote};
        let md = "---\ntitle: \"Inputs to the WGEC\"\n---\n\n# Enhanced *cooperation*\n\nThe **Tunis** [Agenda](https://example.org) ¶69.\n\n1. First\n2. Second\n\n- bullet\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n\n{% include back-to-top.html %}\n";
        let doc = segment_markdown(md);
        assert_eq!(doc.title.as_deref(), Some("Inputs to the WGEC"));
        assert_eq!(
            texts(md),
            [
                (Heading, "Enhanced cooperation".to_owned()),
                (Body, "The Tunis Agenda ¶69.".to_owned()),
                (ListItem, "1. First".to_owned()),
                (ListItem, "2. Second".to_owned()),
                (ListItem, "bullet".to_owned()),
                (Quote, "quoted".to_owned()),
                (Body, "a".to_owned()),
                (Body, "b".to_owned()),
                (Body, "c".to_owned()),
                (Body, "d".to_owned()),
            ]
        );
    }

    #[test]
    fn raw_html_paragraphs_are_text_and_tags_and_styles_are_not() {
        let md = "<div class=\"x\">\n<p>The Centre for Internet &amp; Society <em>(CIS)</em> submitted.</p>\n\n<p><strong>Authorship</strong><br>\nSunil Abraham.</p>\n</div>\n\n<style>\n.x { color: red; }\n</style>\n\n<button>Copy Full Text</button>\n";
        assert_eq!(
            texts(md),
            [
                (ParagraphKind::Body, "The Centre for Internet & Society (CIS) submitted.".to_owned()),
                (ParagraphKind::Body, "Authorship Sunil Abraham.".to_owned()),
            ]
        );
    }

    #[test]
    fn source_lines_are_recorded() {
        let doc = segment_markdown("# Title\n\nFirst line\nsecond line\n\n- item\n");
        let lines: Vec<_> = doc.segmented.blocks.iter().map(|b| b.lines).collect();
        assert_eq!(lines, [(1, 1), (3, 4), (6, 6)]);
    }

    #[test]
    fn dense_markdown_is_read_in_pieces_with_the_same_paragraphs() {
        use std::fmt::Write as _;
        let mut md = String::from("---\ntitle: Pieces\n---\n\n");
        let mut expected = Vec::new();
        for i in 0..12000 {
            writeln!(md, "Para [link][ref] with *emph* and `code` number {i}.\n").unwrap();
            expected.push(format!("Para link with emph and code number {i}."));
            if i == 6000 {
                md.push_str("```\nfenced\n\nstill fenced\n```\n\n");
                expected.push("fenced still fenced".to_owned());
            }
        }
        md.push_str("[ref]: https://example.org\n");
        assert!(md.len() > 2 * CHUNK_BYTES && dense_markup(&md));
        let doc = segment_markdown(&md);
        assert_eq!(doc.title.as_deref(), Some("Pieces"));
        let texts: Vec<&str> = doc.segmented.blocks.iter().map(|b| doc.segmented.block_text(b)).collect();
        assert_eq!(texts, expected);
        let last = doc.segmented.blocks.last().unwrap();
        assert_eq!(last.lines, (24009, 24009));
    }

    #[test]
    fn a_paragraph_longer_than_two_pieces_is_cut_and_goes_on() {
        let md = "[a".repeat(CHUNK_BYTES);
        let doc = segment_markdown(&md);
        assert_eq!(doc.segmented.blocks.len(), 1);
        let text = doc.segmented.block_text(&doc.segmented.blocks[0]);
        // One space where each cut was made, nothing lost.
        assert_eq!(text.replace(' ', ""), md);
    }
}
