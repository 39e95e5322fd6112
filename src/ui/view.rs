//! The document view: paragraphs in reading order, virtualized.
//!
//! Only paragraphs that are on screen are laid out, each as one galley that egui's
//! galley cache keeps from frame to frame (keyed by text, font and wrap width, and
//! dropped when the font atlas is rebuilt, which a cache of our own would miss). The scroll position is a paragraph index plus
//! an offset into it, so no height of unseen paragraphs is ever needed: opening,
//! resizing and scrolling cost the same for 11 paragraphs or 100,000.
//!
//! A huge paragraph (a 5 MB file of one line) is laid out in pieces of about
//! [`PIECE_BYTES`], cut after white space (else at a grapheme cluster boundary),
//! one galley per piece stacked without a gap, and only the pieces on screen are
//! laid out: one galley of the whole paragraph would be millions of glyphs, more
//! than a frame can draw. The pieces are for display only: every position is
//! still a code point offset of the whole paragraph, so carets, selections,
//! highlights, quotes and paragraph IDs do not change. The scroll position is
//! then a paragraph, a piece of it and an offset into that piece. Highlights,
//! the selection and search hits are painted as shapes behind the text, from
//! `Galley` row geometry; they are never baked into the text layout.

use std::collections::HashSet;
use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Align2, Color32, CursorIcon, Galley, Id, Pos2, Rect, Sense, Stroke, Ui, Vec2, pos2, vec2};

use super::bidi::{self, BidiLayout};
use super::i18n;
use super::selection::{Selection, TextPos, char_count, snap_offset, word_at};
use super::theme::{self, Palette};
use crate::model::agreement::Mark;
use crate::model::anchor::AnchorStatus;
use crate::model::{AnnotationId, CharOffset, Document, ParagraphKind, TagId, TagSet};
use crate::session::{Session, TextSpan};

/// Space between paragraphs, as a fraction of the font size.
const PARAGRAPH_GAP: f32 = 0.7;
/// About how many bytes of a paragraph one galley holds: a paragraph longer than
/// twice this is laid out in pieces of this size (a piece ends at the first white
/// space after it, or at the next grapheme cluster boundary when none is near).
const PIECE_BYTES: usize = 8 * 1024;
/// How far (bytes) past [`PIECE_BYTES`] a piece may run to end after white space.
const PIECE_SLACK: usize = 512;
/// How close (points) to the top or bottom edge a drag must be to scroll.
const AUTOSCROLL_EDGE: f32 = 24.0;

/// What the view needs to draw a frame.
pub struct ViewContext<'a> {
    /// The session shown: document, annotations, highlights, tag set.
    pub session: &'a Session,
    /// Tags whose highlights are hidden.
    pub hidden_tags: &'a HashSet<TagId>,
    /// People (author names, aliases resolved) whose highlights are hidden.
    pub hidden_authors: &'a HashSet<String>,
    /// Which person each author name is; `Some` when the document has more than
    /// one person, and then each highlight has a stripe in its person's colour.
    pub people: Option<&'a crate::model::authors::People>,
    /// Which person each author name is, for hiding (always, when known).
    pub aliases: Option<&'a crate::model::authors::People>,
    /// The reader's selection.
    pub selection: Option<Selection>,
    /// The selected annotation.
    pub selected_annotation: Option<AnnotationId>,
    /// Search hits, sorted.
    pub search_hits: &'a [TextSpan],
    /// Index of the current search hit.
    pub current_hit: Option<usize>,
    /// Body text size.
    pub font_size: f32,
    /// The longest line, in average characters of the body font (the reading
    /// width); `None`: as wide as the view.
    pub max_line_chars: Option<u16>,
    /// Colours.
    pub palette: Palette,
    /// The keyboard caret, drawn when caret browsing is on or the document has
    /// the keyboard.
    pub caret: Option<TextPos>,
    /// Caret browsing is on (F7).
    pub caret_browsing: bool,
    /// While the Agreement view is open: its colours, drawn instead of the
    /// highlights.
    pub agreement: Option<AgreementOverlay<'a>>,
}

/// Where two coders agree, drawn over the document instead of the highlights.
#[derive(Clone, Copy)]
pub struct AgreementOverlay<'a> {
    /// Per paragraph index: (start, end, mark), code points of its text, sorted.
    pub marks: &'a [Vec<(usize, usize, Mark)>],
    /// The first coder (what [`Mark::OnlyFirst`] names).
    pub first: &'a str,
    /// The second coder.
    pub second: &'a str,
    /// Dark theme (the colours differ).
    pub dark: bool,
}

impl AgreementOverlay<'_> {
    /// Who coded the text at `pos`, when anyone did.
    fn describe_at(&self, pos: TextPos) -> Option<String> {
        self.marks_in(pos.paragraph)
            .iter()
            .find(|(start, end, _)| (*start..*end).contains(&pos.offset))
            .map(|(_, _, mark)| super::agreement::mark_text(*mark, self.first, self.second))
    }

    fn marks_in(&self, index: usize) -> &[(usize, usize, Mark)] {
        self.marks.get(index).map_or(&[], Vec::as_slice)
    }
}

impl ViewContext<'_> {
    fn doc(&self) -> &Document {
        self.session.document()
    }

    /// Whether a highlight is shown: some of its tags are (or it has none) and
    /// its author is.
    fn shows(&self, span: &crate::session::Span) -> bool {
        span_visible(&span.tags, self.hidden_tags) && !self.author_hidden(span)
    }

    /// Whether a highlight's person is hidden.
    fn author_hidden(&self, span: &crate::session::Span) -> bool {
        !self.hidden_authors.is_empty()
            && self.session.annotation(span.annotation).is_some_and(|a| {
                let person = self.aliases.map_or(a.author.as_str(), |p| p.person_of(&a.author));
                self.hidden_authors.contains(person)
            })
    }

    /// The person a highlight is by, when people are told apart (see
    /// [`ViewContext::people`]).
    fn person_of(&self, span: &crate::session::Span) -> Option<&str> {
        let people = self.people?;
        self.session.annotation(span.annotation).map(|a| people.person_of(&a.author))
    }

    fn tags(&self) -> &TagSet {
        &self.session.set().tags
    }
}

/// The egui ID of the document view (it takes the keyboard for the caret).
pub fn document_id() -> Id {
    Id::unique("glosa-document-view")
}

/// What happened in the view this frame; the app applies these after drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewEvent {
    /// The selection changed (`None`: cleared).
    Select(Option<Selection>),
    /// A highlight was clicked (`None`: a click outside any highlight).
    ClickAnnotation(Option<AnnotationId>),
    /// A paragraph ID was copied from the margin.
    CopiedParagraphId(String),
}

/// How a paragraph is laid out: one egui galley (left-to-right text), or the
/// bidirectional layout of [`super::bidi`] (any right-to-left text).
#[derive(Clone)]
enum Layout {
    Galley(Arc<Galley>),
    Bidi(Arc<BidiLayout>),
}

impl Layout {
    fn size(&self) -> Vec2 {
        match self {
            Self::Galley(galley) => galley.size(),
            Self::Bidi(bidi) => bidi.size,
        }
    }
}

/// How a paragraph is cut for layout: one piece, or for a huge paragraph pieces of
/// about [`PIECE_BYTES`] (see the module documentation).
struct Pieces {
    /// Where each piece starts, (byte, code point) into the paragraph text, then
    /// the text's end: `starts.len() - 1` pieces.
    starts: Vec<(usize, usize)>,
    /// The paragraph holds right-to-left text (each piece then gets the
    /// bidirectional layout).
    bidi: bool,
}

impl Pieces {
    /// Cuts `text` (one paragraph). Linear in its length.
    fn new(text: &str) -> Self {
        let mut starts = vec![(0, 0)];
        let mut chars = 0;
        let mut at = 0;
        while text.len() - at > 2 * PIECE_BYTES {
            let cut = piece_end(text, at + PIECE_BYTES);
            if cut >= text.len() {
                break;
            }
            chars += char_count(&text[at..cut]);
            starts.push((cut, chars));
            at = cut;
        }
        starts.push((text.len(), chars + char_count(&text[at..])));
        Self { starts, bidi: bidi::needs_bidi(text) }
    }

    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// Bytes of the paragraph text in piece `k`.
    fn bytes(&self, k: usize) -> std::ops::Range<usize> {
        self.starts[k].0..self.starts[k + 1].0
    }

    /// Code points of the paragraph text in piece `k`.
    fn chars(&self, k: usize) -> std::ops::Range<usize> {
        self.starts[k].1..self.starts[k + 1].1
    }

    /// Code points in the whole paragraph.
    fn char_len(&self) -> usize {
        self.starts.last().map_or(0, |s| s.1)
    }

    /// The piece holding code point `offset` (the last one for the end).
    fn piece_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|s| s.1 <= offset).saturating_sub(1).min(self.len() - 1)
    }
}

/// Where a piece starting before byte `target` of `text` ends: after the first
/// white space within [`PIECE_SLACK`] bytes of `target` (so lines wrap as they
/// would anyway), else at the first grapheme cluster boundary from `target` (a
/// piece never splits `é` written as `e` + U+0301, an emoji sequence or CR LF).
fn piece_end(text: &str, target: usize) -> usize {
    use unicode_segmentation::GraphemeCursor;
    let boundary = |at: usize| GraphemeCursor::new(at, text.len(), true).is_boundary(text, 0).unwrap_or(false);
    let target = text.ceil_char_boundary(target);
    let window = &text[target..text.floor_char_boundary((target + PIECE_SLACK).min(text.len()))];
    if let Some(cut) = window
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(i, c)| target + i + c.len_utf8())
        .find(|&cut| boundary(cut))
    {
        return cut;
    }
    if boundary(target) {
        return target;
    }
    GraphemeCursor::new(target, text.len(), true).next_boundary(text, 0).ok().flatten().unwrap_or(text.len())
}

/// The pieces of the huge paragraphs seen so far (small ones are cut anew each
/// frame, which costs no more than drawing them).
#[derive(Default)]
struct PieceCache {
    /// Paragraph index → (address and length of its text, its pieces).
    huge: std::collections::HashMap<usize, ((usize, usize), Arc<Pieces>)>,
}

impl PieceCache {
    /// The pieces of paragraph `index` of `doc`.
    fn get(&mut self, doc: &Document, index: usize) -> Arc<Pieces> {
        let text = doc.text_of(&doc.paragraphs()[index]);
        if text.len() <= 2 * PIECE_BYTES {
            return Arc::new(Pieces::new(text));
        }
        let key = (text.as_ptr() as usize, text.len());
        match self.huge.get(&index) {
            Some((k, pieces)) if *k == key => pieces.clone(),
            _ => {
                let pieces = Arc::new(Pieces::new(text));
                self.huge.insert(index, (key, pieces.clone()));
                pieces
            }
        }
    }
}

/// A paragraph, or a piece of a huge one, drawn this frame.
#[derive(Clone)]
struct Drawn {
    index: usize,
    /// Code points of the paragraph text laid out here (all of it but in a huge
    /// paragraph).
    chars: std::ops::Range<usize>,
    /// Bytes of the paragraph text laid out here.
    bytes: std::ops::Range<usize>,
    /// Code points in the whole paragraph.
    paragraph_chars: usize,
    /// The paragraph's first piece (it gets the ¶ number).
    first: bool,
    /// The paragraph's last piece (the gap to the next paragraph follows it).
    last: bool,
    /// Where the layout's top-left is on screen.
    origin: Pos2,
    layout: Layout,
    /// The paragraph's block, margin included.
    rect: Rect,
    /// The margin with the ¶ number: on the left, or on the right of a right-to-left paragraph.
    margin: Rect,
}

impl Drawn {
    /// The caret (code point offset of the paragraph) at `local`, a position
    /// relative to the layout.
    fn caret_at(&self, local: Vec2) -> usize {
        self.chars.start
            + match &self.layout {
                Layout::Galley(galley) => galley.cursor_from_pos(local).index.0,
                Layout::Bidi(bidi) => bidi.offset_at(local.to_pos2()),
            }
    }

    /// Whether code point `offset` of paragraph `index` is laid out here (a
    /// piece's end counts: it is the next piece's start too).
    fn holds(&self, index: usize, offset: usize) -> bool {
        self.index == index && self.chars.start <= offset && offset <= self.chars.end
    }

    /// The text laid out here.
    fn text<'d>(&self, doc: &'d Document) -> &'d str {
        doc.text_of(&doc.paragraphs()[self.index]).get(self.bytes.clone()).unwrap_or_default()
    }

    /// The caret rectangle (screen coordinates) before code point `offset` of the
    /// paragraph (clamped to this piece). Where a line wraps, the offset after the
    /// last character of one line is also the start of the next: the caret is
    /// drawn at the start of the next line (as the right-to-left layout does), so
    /// ↓ from a line's start keeps column 0.
    fn caret_rect(&self, offset: usize) -> Rect {
        let offset = offset.clamp(self.chars.start, self.chars.end) - self.chars.start;
        let local = match &self.layout {
            Layout::Galley(galley) => galley
                .pos_from_cursor(egui::text::CCursor { index: egui::text::CharIndex(offset), prefer_next_row: true }),
            Layout::Bidi(bidi) => bidi.caret_rect(offset),
        };
        local.translate(self.origin.to_vec2())
    }

    /// Rectangles (screen coordinates) covering code points `start..end` of the
    /// paragraph laid out here: one per row, or in right-to-left text one per
    /// directional run.
    fn range_rects(&self, start: usize, end: usize) -> Vec<Rect> {
        if end <= self.chars.start && self.chars.start > 0 || start >= self.chars.end && !self.last {
            return Vec::new();
        }
        let start = start.clamp(self.chars.start, self.chars.end) - self.chars.start;
        let end = end.clamp(self.chars.start, self.chars.end) - self.chars.start;
        let origin = self.origin;
        let galley = match &self.layout {
            Layout::Galley(galley) => galley,
            Layout::Bidi(bidi) => {
                return bidi.range_rects(start, end).into_iter().map(|r| r.translate(origin.to_vec2())).collect();
            }
        };
        let mut rects = Vec::new();
        let mut row_start = 0usize;
        for row in &galley.rows {
            let row_len = row.char_count_excluding_newline().0;
            let row_end = row_start + row_len;
            if end > row_start && start < row_end.max(row_start + 1) {
                let from = start.saturating_sub(row_start).min(row_len);
                let to = (end - row_start).min(row_len);
                let left = origin.x + row.pos.x + row.x_offset(egui::text::CharIndex(from));
                let right = origin.x + row.pos.x + row.x_offset(egui::text::CharIndex(to));
                if right > left {
                    rects.push(Rect::from_min_max(
                        pos2(left, origin.y + row.min_y()),
                        pos2(right, origin.y + row.max_y()),
                    ));
                }
            }
            row_start += row.char_count_including_newline().0;
            if row_start >= end {
                break;
            }
        }
        rects
    }

    /// The bounding box of code points `start..end`.
    fn span_bounds(&self, start: usize, end: usize) -> Option<Rect> {
        self.range_rects(start, end).into_iter().reduce(egui::Rect::union)
    }
}

/// The document view's state.
#[derive(Default)]
pub struct DocumentView {
    /// First paragraph drawn.
    top: usize,
    /// Its first piece drawn (0 but in a huge paragraph; `usize::MAX`: its last).
    top_piece: usize,
    /// How far (points) the top piece's block starts above the view's top.
    top_offset: f32,
    /// How huge paragraphs are cut.
    pieces: PieceCache,
    frame: u64,
    /// Where the current drag-selection started; `None` when not dragging.
    drag_anchor: Option<TextPos>,
    drawn: Vec<Drawn>,
    reveal: Option<(usize, usize)>,
    /// Show the end of the document next frame (Ctrl+End).
    to_end: bool,
    /// Height of the view last frame, for paging.
    view_height: f32,
    /// Where the text was drawn last frame.
    content: Option<Rect>,
    /// How many times [`Self::stop_at_end`] ran (see [`DocumentView::end_stops`]).
    end_stops: u64,
}

impl DocumentView {
    /// The first paragraph on screen.
    pub fn top_paragraph(&self) -> usize {
        self.top
    }

    /// Paragraph indices laid out last frame.
    pub fn visible_paragraphs(&self) -> Vec<usize> {
        let mut indices: Vec<usize> = self.drawn.iter().map(|d| d.index).collect();
        indices.dedup();
        indices
    }

    /// The piece of the drawn paragraph `index` that holds code point `offset`
    /// (at a boundary between two pieces, the later one).
    fn drawn_at(&self, index: usize, offset: usize) -> Option<&Drawn> {
        self.drawn.iter().filter(|d| d.holds(index, offset)).min_by_key(|d| offset == d.chars.end && !d.last)
    }

    /// Scrolls so that paragraph `index`, code point `offset`, is in view (next frame).
    pub fn reveal(&mut self, index: usize, offset: usize) {
        self.reveal = Some((index, offset));
    }

    /// Resets to the top of a newly opened document.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// How many frames found the document's end drawn above the view's bottom
    /// (after a scroll, a resize or a change of layout) and scrolled back so it
    /// rests there; frames that change nothing never look (see `stop_at_end`).
    /// Counted since the view was made, for tests.
    pub fn end_stops(&self) -> u64 {
        self.end_stops
    }

    /// Code points in each row of paragraph `index` as laid out last frame, if it
    /// was drawn (line breaks excluded; of a huge paragraph, the rows of its pieces
    /// on screen).
    pub fn row_chars(&self, index: usize) -> Option<Vec<usize>> {
        let mut pieces = self.drawn.iter().filter(|d| d.index == index).peekable();
        pieces.peek()?;
        Some(
            pieces
                .flat_map(|drawn| match &drawn.layout {
                    Layout::Galley(galley) => {
                        galley.rows.iter().map(|row| row.char_count_excluding_newline().0).collect::<Vec<_>>()
                    }
                    Layout::Bidi(bidi) => {
                        bidi.lines.iter().map(|line| line.runs.iter().map(|r| r.chars.len()).sum()).collect()
                    }
                })
                .collect(),
        )
    }

    /// Screen rectangle of code point `offset` in paragraph `index`, if drawn last
    /// frame (zero width, row height). For tests and tooltips.
    pub fn char_rect(&self, index: usize, offset: usize) -> Option<Rect> {
        Some(self.drawn_at(index, offset)?.caret_rect(offset))
    }

    /// Screen rectangles covering code points `start..end` of paragraph `index`, if
    /// drawn last frame: one per row, or per directional run in right-to-left text
    /// (what a highlight or the selection paints). For tests.
    pub fn span_rects(&self, index: usize, start: usize, end: usize) -> Option<Vec<Rect>> {
        let mut pieces = self.drawn.iter().filter(|d| d.index == index).peekable();
        pieces.peek()?;
        Some(pieces.flat_map(|d| d.range_rects(start, end)).collect())
    }

    /// Whether the caret at `pos` was on screen last frame.
    pub fn caret_visible(&self, pos: TextPos) -> bool {
        let Some(content) = self.content else {
            return false;
        };
        self.drawn_at(pos.paragraph, pos.offset).is_some_and(|d| {
            let rect = d.caret_rect(pos.offset);
            rect.top() >= content.top() && rect.bottom() <= content.bottom()
        })
    }

    /// The caret one visual line up (`down == false`) or down from `pos`, at the
    /// same x, if that line is drawn (else `None`: the caller steps by paragraph).
    pub fn line_step(&self, pos: TextPos, down: bool) -> Option<TextPos> {
        let drawn = self.drawn_at(pos.paragraph, pos.offset)?;
        let rect = drawn.caret_rect(pos.offset);
        let target = if down { rect.bottom() + 2.0 } else { rect.top() - 2.0 };
        let under = self.drawn.iter().find(|d| d.rect.top() <= target && target < d.rect.bottom()).or_else(|| {
            // In the gap between paragraphs: the next one down, the previous one up.
            if down {
                self.drawn.iter().find(|d| d.rect.top() > rect.bottom())
            } else {
                self.drawn.iter().rev().find(|d| d.rect.bottom() < rect.top())
            }
        })?;
        let y = target.clamp(under.rect.top() + 1.0, under.rect.bottom() - 1.0);
        Some(TextPos::new(under.index, under.caret_at(pos2(rect.center().x, y) - under.origin)))
    }

    /// The code points of the visual line holding `pos` (Home / End), if drawn.
    /// The offset where a line wraps belongs to the next line (where the caret is
    /// drawn); a wrapped line ends before the white space it wraps at, so End
    /// leaves the caret on that line.
    pub fn line_range(&self, pos: TextPos) -> Option<(usize, usize)> {
        let drawn = self.drawn_at(pos.paragraph, pos.offset)?;
        let base = drawn.chars.start;
        let offset = pos.offset - base;
        let (start, end) = match &drawn.layout {
            Layout::Galley(galley) => {
                let mut start = 0;
                let mut found = None;
                let rows = galley.rows.len();
                for (i, row) in galley.rows.iter().enumerate() {
                    let end = start + row.char_count_excluding_newline().0;
                    let last = i + 1 == rows || row.ends_with_newline;
                    if offset < end || (last && offset == end) {
                        let trailing = !last && row.glyphs.last().is_some_and(|g| g.chr.is_whitespace());
                        found = Some((start, if trailing { end - 1 } else { end }));
                        break;
                    }
                    start += row.char_count_including_newline().0;
                }
                found.unwrap_or((start, start))
            }
            Layout::Bidi(bidi) => {
                let line = bidi.lines.iter().find(|l| offset < l.chars.end).or(bidi.lines.last())?;
                (line.chars.start, line.chars.end)
            }
        };
        Some((base + start, base + end))
    }

    /// Whether paragraph `index` (drawn last frame) reads right to left.
    pub fn is_rtl(&self, index: usize) -> bool {
        self.drawn.iter().any(|d| d.index == index && matches!(&d.layout, Layout::Bidi(b) if b.rtl))
    }

    /// The document for screen readers: its title, and where the caret and the
    /// selection are.
    fn document_info(cx: &ViewContext<'_>, response: &egui::Response) {
        response.widget_info(|| {
            let mut info = egui::WidgetInfo::labeled(
                egui::accesskit::Role::Document,
                true,
                i18n::tr_args_logical("view-document", &[("title", cx.doc().title().into())]),
            );
            let mut value = Vec::new();
            if let Some(caret) = cx.caret {
                let ordinal = cx.doc().paragraphs().get(caret.paragraph).map_or(0, |p| p.ordinal);
                value.push(i18n::tr_args_logical(
                    "view-caret",
                    &[("ordinal", ordinal.into()), ("offset", caret.offset.into())],
                ));
            }
            if let Some(selection) = cx.selection {
                value.push(i18n::tr_args_logical("view-selection", &[("text", selection.text(cx.doc()).into())]));
            }
            info.current_text_value = Some(value.join("; "));
            info
        });
    }

    /// Scrolls by `delta` points (positive: towards the end).
    pub fn scroll_by(&mut self, delta: f32) {
        self.top_offset += delta;
    }

    /// Scrolls one screen down (positive `pages`) or up.
    pub fn page(&mut self, pages: f32) {
        self.top_offset += pages * (self.view_height * 0.9).max(40.0);
    }

    /// Jumps to the start (`to_end == false`) or the end of the document.
    pub fn jump(&mut self, to_end: bool, count: usize) {
        self.top = if to_end { count.saturating_sub(1) } else { 0 };
        self.top_piece = if to_end { usize::MAX } else { 0 };
        self.to_end = to_end;
        // At the end, back up most of a screen so the last paragraph sits low, not
        // alone at the top of an empty view.
        self.top_offset = if to_end { -(self.view_height * 0.75) } else { 0.0 };
    }

    /// Draws the view and handles pointer input. Returns what happened.
    pub fn ui(&mut self, ui: &mut Ui, cx: &ViewContext<'_>) -> Vec<ViewEvent> {
        self.frame += 1;
        let mut events = Vec::new();
        let count = cx.doc().paragraphs().len();
        let rect = ui.available_rect_before_wrap();
        let id = document_id();
        let response = ui.interact(rect, id, Sense::click_and_drag());
        if response.clicked_by(egui::PointerButton::Primary) || response.drag_started() {
            response.request_focus();
        }
        let scrollbar =
            Rect::from_min_max(pos2(rect.right() - theme::SCROLLBAR_WIDTH, rect.top()), rect.right_bottom());
        let content = Rect::from_min_max(rect.min, pos2(scrollbar.left() - 6.0, rect.bottom()));
        self.view_height = content.height();
        let full_width = (content.width() - theme::MARGIN_WIDTH - 8.0).max(40.0);
        // Lines no longer than the reading width (in average characters of the body
        // font), the column centred in the view.
        let wrap_width = match cx.max_line_chars {
            Some(chars) => full_width.min(f32::from(chars) * average_char_width(ui, cx.font_size)).max(40.0),
            None => full_width,
        };
        let indent = ((full_width - wrap_width) / 2.0).max(0.0);
        let content = Rect::from_min_max(
            pos2(content.left() + indent, content.top()),
            pos2(content.right() - indent, content.bottom()),
        );
        self.content = Some(content);
        let gap = cx.font_size * PARAGRAPH_GAP;

        // Scrolling: wheel, drag-select at an edge, and requests to reveal.
        if response.hovered() || response.dragged() {
            let wheel = ui.input(|i| i.smooth_scroll_delta.y);
            if wheel != 0.0 {
                self.top_offset -= wheel;
                ui.input_mut(|i| i.smooth_scroll_delta.y = 0.0);
            }
        }
        if self.drag_anchor.is_some()
            && let Some(pointer) = ui.input(|i| i.pointer.latest_pos())
        {
            let speed = if pointer.y < content.top() + AUTOSCROLL_EDGE {
                -(content.top() + AUTOSCROLL_EDGE - pointer.y).min(60.0)
            } else if pointer.y > content.bottom() - AUTOSCROLL_EDGE {
                (pointer.y - (content.bottom() - AUTOSCROLL_EDGE)).min(60.0)
            } else {
                0.0
            };
            if speed != 0.0 {
                self.top_offset += speed * 0.5;
                ui.ctx().request_repaint();
            }
        }
        self.reveal_requested(ui, cx, content.height(), wrap_width, count);
        self.normalize_scroll(ui, cx, wrap_width, gap, count);

        // Paint paragraphs (pieces of a huge one) from the scroll anchor down until
        // the view is full.
        let painter = ui.painter_at(content);
        self.lay_out_visible(ui, cx, content, wrap_width, gap, count);
        if self.shows_past_end(content, count) {
            // Only after a scroll, a resize or a new layout: idle frames lay out nothing more.
            self.stop_at_end(ui, cx, wrap_width, gap, count);
            self.lay_out_visible(ui, cx, content, wrap_width, gap, count);
        }
        for drawn in &self.drawn {
            paint_paragraph(&painter, cx, drawn);
        }
        let caret_shown = cx.caret_browsing || response.has_focus();
        if caret_shown
            && let Some(caret) = cx.caret
            && let Some(drawn) = self.drawn_at(caret.paragraph, caret.offset)
        {
            let rect = drawn.caret_rect(caret.offset);
            painter.line_segment([rect.center_top(), rect.center_bottom()], Stroke::new(2.0, cx.palette.text));
        }
        Self::document_info(cx, &response);

        self.scrollbar_ui(ui, cx, id, scrollbar, count);
        self.pointer_ui(ui, cx, &response, &mut events);
        self.accessibility_ui(ui, cx, id);
        events
    }

    /// Lays out the paragraphs (pieces of a huge one) from the scroll anchor down
    /// until `content` is full, into `self.drawn`.
    fn lay_out_visible(
        &mut self,
        ui: &Ui,
        cx: &ViewContext<'_>,
        content: Rect,
        wrap_width: f32,
        gap: f32,
        count: usize,
    ) {
        self.drawn.clear();
        let mut y = content.top() - self.top_offset;
        let mut index = self.top;
        let mut piece = self.top_piece;
        while index < count && y < content.bottom() {
            let pieces = self.pieces.get(cx.doc(), index);
            let layout = Self::layout(ui, cx, index, &pieces, piece, wrap_width);
            let indent =
                if cx.doc().paragraphs()[index].kind == ParagraphKind::ListItem { theme::LIST_INDENT } else { 0.0 };
            let block = Rect::from_min_size(pos2(content.left(), y), vec2(content.width(), layout.size().y));
            let rtl = matches!(&layout, Layout::Bidi(b) if b.rtl);
            // A right-to-left paragraph mirrors: text from the left edge, ¶ number on the right.
            let (origin, margin) = if rtl {
                let margin = Rect::from_min_max(pos2(content.right() - theme::MARGIN_WIDTH, y), block.right_bottom());
                (pos2(content.left() + 8.0, y), margin)
            } else {
                let margin = Rect::from_min_max(block.min, pos2(content.left() + theme::MARGIN_WIDTH, block.bottom()));
                (pos2(content.left() + theme::MARGIN_WIDTH + indent, y), margin)
            };
            let last = piece + 1 >= pieces.len();
            self.drawn.push(Drawn {
                index,
                chars: pieces.chars(piece),
                bytes: pieces.bytes(piece),
                paragraph_chars: pieces.char_len(),
                first: piece == 0,
                last,
                origin,
                layout,
                rect: block,
                margin,
            });
            y += block.height();
            if last {
                y += gap;
                index += 1;
                piece = 0;
            } else {
                piece += 1;
            }
        }
    }

    /// Applies a request to reveal an offset ([`DocumentView::reveal`]) or to show
    /// the end ([`DocumentView::jump`]) made since last frame, for a view
    /// `view_height` points high.
    fn reveal_requested(&mut self, ui: &Ui, cx: &ViewContext<'_>, view_height: f32, wrap_width: f32, count: usize) {
        if let Some((index, offset)) = self.reveal.take()
            && count > 0
        {
            // The line of `offset` a quarter down the view.
            self.top = index.min(count - 1);
            let pieces = self.pieces.get(cx.doc(), self.top);
            self.top_piece = pieces.piece_of(offset);
            let local = offset.saturating_sub(pieces.chars(self.top_piece).start);
            let line = match Self::layout(ui, cx, self.top, &pieces, self.top_piece, wrap_width) {
                Layout::Galley(galley) => galley.pos_from_cursor(egui::text::CCursor::new(local)).top(),
                Layout::Bidi(bidi) => bidi.caret_rect(local).top(),
            };
            self.top_offset = line - view_height * 0.25;
        }
        if std::mem::take(&mut self.to_end) && count > 0 {
            // The last paragraph low in the view; when it is long, its end (the last
            // piece's) near the bottom.
            self.top = count - 1;
            let pieces = self.pieces.get(cx.doc(), self.top);
            self.top_piece = pieces.len() - 1;
            let height = Self::layout(ui, cx, self.top, &pieces, self.top_piece, wrap_width).size().y;
            self.top_offset = (height - view_height * 0.9).max(-(view_height * 0.75));
        }
    }

    /// Keeps `top_offset` within the top piece's block (its paragraph's block but
    /// in a huge paragraph), moving the anchor.
    fn normalize_scroll(&mut self, ui: &Ui, cx: &ViewContext<'_>, wrap_width: f32, gap: f32, count: usize) {
        if count == 0 {
            self.top = 0;
            self.top_piece = 0;
            self.top_offset = 0.0;
            return;
        }
        self.top = self.top.min(count - 1);
        let mut pieces = self.pieces.get(cx.doc(), self.top);
        self.top_piece = self.top_piece.min(pieces.len() - 1);
        // The height of the top piece's block, and the gap after it when it ends
        // its paragraph.
        let height = |view: &Self, pieces: &Pieces| {
            let block = Self::layout(ui, cx, view.top, pieces, view.top_piece, wrap_width).size().y;
            (block, if view.top_piece + 1 >= pieces.len() { gap } else { 0.0 })
        };
        self.step_back(ui, cx, wrap_width, gap, &mut pieces);
        loop {
            let (block, after) = height(self, &pieces);
            let at_end = self.top + 1 >= count && self.top_piece + 1 >= pieces.len();
            if at_end {
                self.top_offset = self.top_offset.clamp(0.0, block.max(0.0));
                break;
            }
            if self.top_offset < block + after {
                break;
            }
            self.top_offset -= block + after;
            if self.top_piece + 1 < pieces.len() {
                self.top_piece += 1;
            } else {
                self.top += 1;
                self.top_piece = 0;
                pieces = self.pieces.get(cx.doc(), self.top);
            }
        }
    }

    /// Whether the blocks laid out this frame (`self.drawn`, in `content`) end
    /// with the document's last one above the view's bottom (by more than half a
    /// point) while the view could still scroll back: what [`Self::stop_at_end`]
    /// corrects. Costs nothing: the frame laid those blocks out anyway.
    fn shows_past_end(&self, content: Rect, count: usize) -> bool {
        let Some(last) = self.drawn.last() else { return false };
        let scrolled = self.top > 0 || self.top_piece > 0 || self.top_offset > 0.0;
        scrolled && last.index + 1 == count && last.last && last.rect.bottom() < content.bottom() - 0.5
    }

    /// Scrolling stops with the end of the last paragraph at the bottom of the
    /// view, never past it into an empty view (Space, Page Down, the wheel). Lays
    /// out at most a view's height of blocks (paragraphs, pieces of a huge one)
    /// from the top one down.
    fn stop_at_end(&mut self, ui: &Ui, cx: &ViewContext<'_>, wrap_width: f32, gap: f32, count: usize) {
        if count == 0 {
            return;
        }
        self.end_stops += 1;
        // Where the block at (`index`, `piece`) ends, in points below the view's top.
        let mut end = -self.top_offset;
        let (mut index, mut piece) = (self.top, self.top_piece);
        let mut pieces = self.pieces.get(cx.doc(), index);
        loop {
            end += Self::layout(ui, cx, index, &pieces, piece, wrap_width).size().y;
            if end >= self.view_height {
                return;
            }
            if piece + 1 < pieces.len() {
                piece += 1;
            } else if index + 1 < count {
                end += gap;
                index += 1;
                piece = 0;
                pieces = self.pieces.get(cx.doc(), index);
            } else {
                break;
            }
        }
        // The document ends `view_height - end` above the view's bottom: scroll back by that much.
        self.top_offset -= self.view_height - end;
        let mut pieces = self.pieces.get(cx.doc(), self.top);
        self.step_back(ui, cx, wrap_width, gap, &mut pieces);
    }

    /// While `top_offset` is negative, moves the anchor back a block (a piece of a
    /// huge paragraph, else a paragraph and the gap after it) and adds its height;
    /// at the document's start the offset is 0. `pieces` is the top paragraph's cut,
    /// kept in step with the anchor.
    fn step_back(&mut self, ui: &Ui, cx: &ViewContext<'_>, wrap_width: f32, gap: f32, pieces: &mut Arc<Pieces>) {
        while self.top_offset < 0.0 && (self.top > 0 || self.top_piece > 0) {
            if self.top_piece > 0 {
                self.top_piece -= 1;
            } else {
                self.top -= 1;
                *pieces = self.pieces.get(cx.doc(), self.top);
                self.top_piece = pieces.len() - 1;
            }
            let block = Self::layout(ui, cx, self.top, pieces, self.top_piece, wrap_width).size().y;
            let after = if self.top_piece + 1 >= pieces.len() { gap } else { 0.0 };
            self.top_offset += block + after;
        }
        if self.top == 0 && self.top_piece == 0 && self.top_offset < 0.0 {
            self.top_offset = 0.0;
        }
    }

    /// Lays out piece `piece` of paragraph `index` (cut as `pieces`): one galley
    /// from egui's cache, or for text with right-to-left characters the
    /// bidirectional layout (its runs come from the same cache).
    fn layout(ui: &Ui, cx: &ViewContext<'_>, index: usize, pieces: &Pieces, piece: usize, wrap_width: f32) -> Layout {
        let paragraph = &cx.doc().paragraphs()[index];
        let font = theme::paragraph_font(paragraph.kind, cx.font_size);
        let indent = if paragraph.kind == ParagraphKind::ListItem { theme::LIST_INDENT } else { 0.0 };
        let text = cx.doc().text_of(paragraph).get(pieces.bytes(piece)).unwrap_or_default();
        let width = (wrap_width - indent).max(20.0);
        if pieces.bidi {
            let painter = ui.painter();
            return Layout::Bidi(Arc::new(BidiLayout::new(text, &font, width, &mut |job| painter.layout_job(job))));
        }
        let job = LayoutJob::simple(text.to_owned(), font, Color32::PLACEHOLDER, width);
        Layout::Galley(ui.painter().layout_job(job))
    }

    /// Where a screen position falls in the text: the nearest drawn paragraph
    /// (piece of a huge one).
    fn text_pos_at(&self, cx: &ViewContext<'_>, pos: Pos2) -> Option<TextPos> {
        let first = self.drawn.first()?;
        let drawn = self
            .drawn
            .iter()
            .find(|d| pos.y < d.rect.bottom() + if d.last { cx.font_size * PARAGRAPH_GAP } else { 0.0 })
            .unwrap_or_else(|| self.drawn.last().unwrap_or(first));
        let offset = drawn.caret_at(pos - drawn.origin) - drawn.chars.start;
        // Pieces end at grapheme boundaries: snapping within the piece is exact,
        // and costs no more than the piece.
        Some(TextPos::new(drawn.index, drawn.chars.start + snap_offset(drawn.text(cx.doc()), offset)))
    }

    #[allow(clippy::too_many_lines, reason = "one pass over the pointer: press, drag, click, hover")]
    fn pointer_ui(&mut self, ui: &Ui, cx: &ViewContext<'_>, response: &egui::Response, events: &mut Vec<ViewEvent>) {
        let shift = ui.input(|i| i.modifiers.shift);
        let pointer = response.interact_pointer_pos().or_else(|| response.hover_pos());
        let in_margin = pointer.is_some_and(|p| self.drawn.iter().any(|d| d.margin.contains(p)));
        if response.drag_started() {
            let origin = ui.input(|i| i.pointer.press_origin()).or(pointer);
            if let Some(start) = origin.and_then(|p| self.text_pos_at(cx, p)) {
                let anchor = match cx.selection {
                    Some(selection) if shift => selection.anchor,
                    _ => start,
                };
                let head = pointer.and_then(|p| self.text_pos_at(cx, p)).unwrap_or(start);
                self.drag_anchor = Some(anchor);
                events.push(ViewEvent::Select(Some(Selection { anchor, head })));
            }
        } else if response.dragged()
            && let (Some(anchor), Some(head)) = (self.drag_anchor, pointer.and_then(|p| self.text_pos_at(cx, p)))
            && cx.selection.is_none_or(|s| s.head != head || s.anchor != anchor)
        {
            // The anchor is kept here, not in the app's selection, which drops
            // empty selections (a drag that has not left its first character yet).
            events.push(ViewEvent::Select(Some(Selection { anchor, head })));
        }
        if response.drag_stopped() {
            self.drag_anchor = None;
        }
        if response.triple_clicked() {
            if let Some(pos) = pointer.and_then(|p| self.text_pos_at(cx, p)) {
                let len = char_count(cx.doc().text_of(&cx.doc().paragraphs()[pos.paragraph]));
                let selection =
                    Selection { anchor: TextPos::new(pos.paragraph, 0), head: TextPos::new(pos.paragraph, len) };
                events.push(ViewEvent::Select(Some(selection)));
            }
        } else if response.double_clicked() {
            if let Some(pos) = pointer.and_then(|p| self.text_pos_at(cx, p)) {
                let (start, end) = word_at(cx.doc().text_of(&cx.doc().paragraphs()[pos.paragraph]), pos.offset);
                let selection =
                    Selection { anchor: TextPos::new(pos.paragraph, start), head: TextPos::new(pos.paragraph, end) };
                events.push(ViewEvent::Select(Some(selection)));
            }
        } else if response.clicked_by(egui::PointerButton::Primary) {
            let pos = pointer.and_then(|p| self.text_pos_at(cx, p));
            match (pos, cx.selection) {
                (Some(head), Some(selection)) if shift => {
                    events.push(ViewEvent::Select(Some(Selection { anchor: selection.anchor, head })));
                }
                (Some(pos), _) if in_margin => {
                    let id = cx.doc().paragraphs()[pos.paragraph].id.to_string();
                    ui.ctx().copy_text(id.clone());
                    events.push(ViewEvent::CopiedParagraphId(id));
                }
                (Some(pos), _) => {
                    // An empty selection: the caret goes where the click was.
                    events.push(ViewEvent::Select(Some(Selection::caret(pos))));
                    events.push(ViewEvent::ClickAnnotation(Self::visible_hit(cx, pos)));
                }
                (None, _) => events.push(ViewEvent::Select(None)),
            }
        }

        // Hover: the paragraph ID in the margin, the tags and note on a highlight.
        if let Some(hover) = response.hover_pos().filter(|_| self.drag_anchor.is_none()) {
            let Some(pos) = self.text_pos_at(cx, hover) else {
                return;
            };
            if self.drawn.iter().any(|d| d.index == pos.paragraph && d.margin.contains(hover)) {
                let paragraph = &cx.doc().paragraphs()[pos.paragraph];
                ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
                let place = crate::t!(
                    "view-paragraph-tooltip",
                    ordinal = paragraph.ordinal,
                    id = paragraph.id.to_string(),
                    kind = i18n::kind_name(paragraph.kind)
                );
                show_tooltip_at_pointer(response, format!("{place}\n{}", crate::t!("view-copy-id-hint")));
            } else if let Some(who) = cx.agreement.and_then(|o| o.describe_at(pos)) {
                show_tooltip_at_pointer(response, who);
            } else if let Some(annotation) = Self::visible_hit(cx, pos).and_then(|id| cx.session.annotation(id)) {
                let labels: Vec<String> = annotation
                    .tags
                    .iter()
                    .map(|t| {
                        cx.tags().get(t).map_or_else(
                            || i18n::tr_args_logical("tags-unknown", &[("tag", t.to_string().into())]),
                            i18n::tag_label,
                        )
                    })
                    .collect();
                let status = cx.session.status(annotation.id).map_or_else(String::new, |s| match s {
                    AnchorStatus::Anchored => String::new(),
                    AnchorStatus::Moved => format!("\n{}", crate::t!("view-moved")),
                    AnchorStatus::Orphaned => format!("\n{}", crate::t!("view-orphaned")),
                });
                let note = if annotation.note.is_empty() { String::new() } else { format!("\n\n{}", annotation.note) };
                // The groups in reading order: the first one on the right in Arabic.
                let tags = if labels.is_empty() { crate::t!("tags-none") } else { super::bidi::list_line(&labels) };
                show_tooltip_at_pointer(
                    response,
                    format!(
                        "{tags}\n{} · {}{status}{note}",
                        annotation.author,
                        super::panels::date_time_shown(annotation.created)
                    ),
                );
            } else {
                ui.ctx().set_cursor_icon(CursorIcon::Text);
            }
        }
    }

    /// The annotation under `pos`, ignoring highlights whose tags are all hidden.
    fn visible_hit(cx: &ViewContext<'_>, pos: TextPos) -> Option<AnnotationId> {
        cx.session.highlights().hit_where(pos.paragraph, CharOffset(pos.offset), |s| cx.shows(s))
    }

    // Paragraph counts and indices become f32 only to place the scroll thumb; f32's
    // 24-bit mantissa is exact up to 16 million paragraphs. The track measures
    // paragraphs; the pieces of a huge paragraph share its stretch equally.
    #[allow(clippy::cast_precision_loss, clippy::cast_sign_loss, clippy::cast_possible_truncation)]
    fn scrollbar_ui(&mut self, ui: &Ui, cx: &ViewContext<'_>, id: Id, track: Rect, count: usize) {
        if count == 0 {
            return;
        }
        let pieces_in = |view: &mut Self, index: usize| view.pieces.get(cx.doc(), index).len() as f32;
        let last_pieces = pieces_in(self, count - 1);
        // Where the last piece starts: the end of the track.
        let span = (count - 1) as f32 + (last_pieces - 1.0) / last_pieces;
        if span <= 0.0 {
            return;
        }
        let top_pieces = pieces_in(self, self.top);
        let visible: f32 = self
            .drawn
            .iter()
            .map(|d| (d.chars.len().max(1) as f32 / d.paragraph_chars.max(1) as f32).min(1.0))
            .sum::<f32>()
            .max(1.0 / top_pieces);
        let total = count as f32;
        let thumb_height = (track.height() * (visible / total)).clamp(24.0, track.height());
        let top_height = self.drawn.first().map_or(1.0, |d| d.rect.height().max(1.0));
        let position = self.top as f32 + (self.top_piece as f32 + self.top_offset / top_height) / top_pieces;
        let progress = (position / span).clamp(0.0, 1.0);
        let thumb_top = track.top() + (track.height() - thumb_height) * progress;
        let thumb = Rect::from_min_size(pos2(track.left(), thumb_top), vec2(track.width(), thumb_height));
        let response = ui.interact(track, id.with("scrollbar"), Sense::click_and_drag());
        if (response.dragged() || response.clicked())
            && let Some(pointer) = response.interact_pointer_pos()
        {
            let fraction = ((pointer.y - track.top() - thumb_height / 2.0) / (track.height() - thumb_height).max(1.0))
                .clamp(0.0, 1.0);
            let target = fraction * span;
            self.top = (target.floor() as usize).min(count - 1);
            let within = target - self.top as f32;
            let pieces = pieces_in(self, self.top);
            if pieces > 1.0 {
                self.top_piece = ((within * pieces) as usize).min(pieces as usize - 1);
            } else {
                self.top_piece = 0;
                if within >= 0.5 && self.top + 1 < count {
                    self.top += 1;
                }
            }
            self.top_offset = 0.0;
            ui.ctx().request_repaint();
        }
        let visuals = ui.visuals();
        let color = if response.hovered() || response.dragged() {
            visuals.widgets.hovered.bg_fill
        } else {
            visuals.widgets.inactive.bg_fill
        };
        ui.painter().rect_filled(track, 4.0, visuals.extreme_bg_color);
        ui.painter().rect_filled(thumb, 4.0, color);
        response.widget_info(|| {
            let mut info =
                egui::WidgetInfo::labeled(egui::accesskit::Role::ScrollBar, true, crate::t!("view-scrollbar"));
            info.value = Some(f64::from(progress));
            info
        });
    }

    /// Gives screen readers and tests the visible paragraphs and highlights (of a
    /// huge paragraph, one node per piece on screen, with that piece's text).
    fn accessibility_ui(&self, ui: &Ui, cx: &ViewContext<'_>, id: Id) {
        for drawn in &self.drawn {
            let paragraph = &cx.doc().paragraphs()[drawn.index];
            let node = if drawn.first {
                id.with(("paragraph", drawn.index))
            } else {
                id.with(("paragraph", drawn.index, drawn.chars.start))
            };
            let response = ui.interact(drawn.rect, node, Sense::hover());
            let text = cx.doc().text_of(paragraph);
            let shown = drawn.text(cx.doc());
            response.widget_info(|| {
                let mut info = egui::WidgetInfo::labeled(egui::accesskit::Role::Paragraph, true, shown);
                info.hint_text = Some(crate::t!(
                    "view-paragraph",
                    ordinal = paragraph.ordinal,
                    kind = i18n::kind_name(paragraph.kind),
                    id = paragraph.id.to_string()
                ));
                info
            });
            if let Some(overlay) = cx.agreement {
                for &(start, end, mark) in overlay.marks_in(drawn.index) {
                    let Some(bounds) = drawn.span_bounds(start, end) else {
                        continue;
                    };
                    let response = ui.interact(bounds, id.with(("agreement", drawn.index, start)), Sense::hover());
                    response.widget_info(|| {
                        let quote = quote_of(text, start, end);
                        let who = super::agreement::mark_text(mark, overlay.first, overlay.second);
                        egui::WidgetInfo::labeled(egui::accesskit::Role::Mark, true, format!("{who}: {quote}"))
                    });
                }
                continue;
            }
            for span in cx.session.highlights().spans(drawn.index) {
                if !cx.shows(span) {
                    continue;
                }
                let Some(bounds) = drawn.span_bounds(span.start.0, span.end.0) else {
                    continue;
                };
                let node = if drawn.first {
                    id.with(("highlight", span.annotation, drawn.index))
                } else {
                    id.with(("highlight", span.annotation, drawn.index, drawn.chars.start))
                };
                let response = ui.interact(bounds, node, Sense::hover());
                let selected = cx.selected_annotation == Some(span.annotation);
                // Built only when a screen reader (or a test) asks: not every frame.
                response.widget_info(|| {
                    let labels: Vec<String> = span
                        .tags
                        .iter()
                        .map(|t| cx.tags().get(t).map_or_else(|| t.to_string(), i18n::tag_label))
                        .collect();
                    let quote = quote_of(text, span.start.0, span.end.0);
                    egui::WidgetInfo::selected(
                        egui::accesskit::Role::Mark,
                        true,
                        selected,
                        format!("{}: {quote}", labels.join(", ")),
                    )
                });
            }
        }
    }
}

/// Code points `start..end` of `text`.
fn quote_of(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// A tooltip next to the mouse pointer (the view is one big widget, so a tooltip
/// anchored to it would sit at its corner). Its lines are right-aligned in a
/// right-to-left interface ([`super::bidi::tooltip_ui`]).
fn show_tooltip_at_pointer(response: &egui::Response, text: String) {
    let _ = response.clone().on_hover_ui_at_pointer(|ui| {
        ui.set_max_width(ui.spacing().tooltip_width);
        if super::bidi::mirrored() {
            super::bidi::tooltip_ui(ui, &text);
        } else {
            ui.label(text);
        }
    });
}

fn span_visible(tags: &std::collections::BTreeSet<TagId>, hidden: &HashSet<TagId>) -> bool {
    tags.is_empty() || tags.iter().any(|t| !hidden.contains(t))
}

/// The average width of a character of running text in the body font at `size`
/// points: the width of a sample sentence over its length.
#[allow(clippy::cast_precision_loss)] // a short sample
fn average_char_width(ui: &Ui, size: f32) -> f32 {
    const SAMPLE: &str = "La cooperación mejorada entre los gobiernos y las partes interesadas, según el párrafo 69.";
    let font = theme::paragraph_font(ParagraphKind::Body, size);
    let galley = ui.painter().layout_no_wrap(SAMPLE.to_owned(), font, Color32::PLACEHOLDER);
    galley.size().x / SAMPLE.chars().count() as f32
}

/// One highlight's underline: one colour, or dashes of each colour in turn.
#[allow(clippy::cast_precision_loss)] // dash counts are tiny
fn paint_band(painter: &egui::Painter, band: Rect, colors: &[crate::model::Color]) {
    if let [only] = colors {
        painter.rect_filled(band, 0.0, theme::tag_color(*only));
        return;
    }
    let mut x = band.left();
    for color in colors.iter().cycle() {
        if x >= band.right() {
            break;
        }
        let right = (x + theme::BAND_DASH).min(band.right());
        painter.rect_filled(
            Rect::from_min_max(pos2(x, band.top()), pos2(right, band.bottom())),
            0.0,
            theme::tag_color(*color),
        );
        x = right;
    }
}

#[allow(clippy::cast_precision_loss)] // lane counts are tiny
fn paint_paragraph(painter: &egui::Painter, cx: &ViewContext<'_>, drawn: &Drawn) {
    let palette = cx.palette;
    let paragraph = &cx.doc().paragraphs()[drawn.index];

    // Search hits.
    let first_hit = cx.search_hits.partition_point(|h| h.paragraph < drawn.index);
    for (i, hit) in cx.search_hits.iter().enumerate().skip(first_hit).take_while(|(_, h)| h.paragraph == drawn.index) {
        let color = if cx.current_hit == Some(i) { palette.search_current } else { palette.search_hit };
        for rect in drawn.range_rects(hit.start.0, hit.end.0) {
            painter.rect_filled(rect, 2.0, color);
        }
    }

    if let Some(overlay) = cx.agreement {
        paint_agreement(painter, drawn, &overlay);
    }
    // Highlights: a tinted fill in the first visible tag's colour, and an underline
    // band at the bottom of the row, under the letters, dashed in the colours of its
    // visible tags (one colour per tag, side by side, never stacked into the
    // letters). Overlapping highlights stack their bands by lane.
    let highlights = if cx.agreement.is_some() { &[][..] } else { cx.session.highlights().spans(drawn.index) };
    for span in highlights {
        if cx.author_hidden(span) {
            continue;
        }
        let visible: Vec<_> = if span.tags.is_empty() {
            vec![theme::UNKNOWN_TAG]
        } else {
            span.tags
                .iter()
                .filter(|t| !cx.hidden_tags.contains(*t))
                .map(|t| cx.tags().get(t).map_or(theme::UNKNOWN_TAG, |tag| tag.color))
                .collect()
        };
        let Some(&first) = visible.first() else {
            continue;
        };
        let selected = cx.selected_annotation == Some(span.annotation);
        let alpha = if selected { palette.highlight_alpha.saturating_mul(2) } else { palette.highlight_alpha };
        let person = cx.person_of(span);
        let starts_here = drawn.chars.start <= span.start.0;
        for (n, rect) in drawn.range_rects(span.start.0, span.end.0).into_iter().enumerate() {
            painter.rect_filled(rect, 2.0, theme::tag_fill(first, alpha));
            // Whose it is: a thin stripe in the person's colour at the start of
            // the highlight (upright, so it never reads as a tag's band).
            if let Some(person) = person.filter(|_| n == 0 && starts_here) {
                let stripe = Rect::from_min_max(
                    pos2(rect.left() - theme::AUTHOR_STRIPE, rect.top()),
                    pos2(rect.left(), rect.bottom()),
                );
                painter.rect_filled(stripe, 0.0, theme::author_color(person));
            }
            let y = rect.bottom() - 0.5 - span.lane as f32 * (theme::BAND_THICKNESS + 0.5);
            let band = Rect::from_min_max(pos2(rect.left(), y - theme::BAND_THICKNESS), pos2(rect.right(), y));
            paint_band(painter, band, &visible);
            if selected {
                painter.rect_stroke(
                    rect.expand(1.0),
                    2.0,
                    Stroke::new(1.5, palette.focus_outline),
                    egui::StrokeKind::Outside,
                );
            } else if span.moved {
                let dash = egui::Shape::dashed_line(
                    &[rect.left_top(), rect.right_top()],
                    Stroke::new(1.0, palette.weak_text),
                    4.0,
                    3.0,
                );
                painter.extend(dash);
            }
        }
    }

    // The reader's selection.
    if let Some((from, to)) = cx.selection.and_then(|s| s.range_in(drawn.index, drawn.paragraph_chars)) {
        for rect in drawn.range_rects(from, to) {
            painter.rect_filled(rect, 0.0, palette.selection);
        }
    }

    let text_color = match paragraph.kind {
        ParagraphKind::Footnote => palette.weak_text,
        ParagraphKind::Heading | ParagraphKind::Body | ParagraphKind::ListItem | ParagraphKind::Quote => palette.text,
    };
    match &drawn.layout {
        Layout::Galley(galley) => painter.galley(drawn.origin, galley.clone(), text_color),
        Layout::Bidi(bidi) => bidi.paint(painter, drawn.origin, text_color),
    }
    let margin_font = egui::FontId::proportional((cx.font_size * 0.7).max(9.0));
    let (number_pos, number_align) = if drawn.margin.left() > drawn.origin.x {
        (pos2(drawn.margin.left() + 10.0, drawn.rect.top() + 2.0), Align2::LEFT_TOP)
    } else {
        (pos2(drawn.margin.right() - 10.0, drawn.rect.top() + 2.0), Align2::RIGHT_TOP)
    };
    if drawn.first {
        painter.text(number_pos, number_align, format!("¶{}", paragraph.ordinal), margin_font, palette.weak_text);
    }
    if paragraph.kind == ParagraphKind::Heading && drawn.last {
        let y = drawn.rect.bottom() + 2.0;
        painter.line_segment(
            [pos2(drawn.origin.x, y), pos2(drawn.origin.x + drawn.layout.size().x, y)],
            Stroke::new(1.0, palette.weak_text.gamma_multiply(0.5)),
        );
    }
}

/// The agreement colours of one paragraph: a fill, and an underline in the
/// colour at full strength (so the classes stay apart for readers who see the
/// fills alike).
fn paint_agreement(painter: &egui::Painter, drawn: &Drawn, overlay: &AgreementOverlay<'_>) {
    for &(start, end, mark) in overlay.marks_in(drawn.index) {
        for rect in drawn.range_rects(start, end) {
            painter.rect_filled(rect, 2.0, super::agreement::mark_color(mark, overlay.dark));
            let band =
                Rect::from_min_max(pos2(rect.left(), rect.bottom() - theme::BAND_THICKNESS), rect.right_bottom());
            painter.rect_filled(band, 0.0, super::agreement::mark_swatch(mark));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{PIECE_BYTES, PIECE_SLACK, Pieces};
    use unicode_segmentation::UnicodeSegmentation;

    /// Checks that `pieces` cover `text` exactly, each cut a grapheme boundary with
    /// the right code point count, and returns the pieces' texts.
    fn checked<'t>(text: &'t str, pieces: &Pieces) -> Vec<&'t str> {
        let boundaries: std::collections::HashSet<usize> =
            text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect();
        let mut parts = Vec::new();
        for k in 0..pieces.len() {
            let bytes = pieces.bytes(k);
            assert!(boundaries.contains(&bytes.start) && boundaries.contains(&bytes.end), "piece {k}: {bytes:?}");
            assert_eq!(pieces.chars(k).start, text[..bytes.start].chars().count());
            parts.push(&text[bytes]);
        }
        assert_eq!(parts.concat(), text);
        assert_eq!(pieces.char_len(), text.chars().count());
        parts
    }

    #[test]
    fn a_paragraph_up_to_twice_the_piece_size_is_one_piece() {
        let text = "La cooperación mejorada. ".repeat(2 * PIECE_BYTES / 26);
        assert!(text.len() <= 2 * PIECE_BYTES);
        let pieces = Pieces::new(&text);
        assert_eq!(pieces.len(), 1);
        assert_eq!(checked(&text, &pieces), [text.as_str()]);
        assert_eq!(Pieces::new("").len(), 1);
    }

    #[test]
    fn a_huge_paragraph_is_cut_after_white_space() {
        let text = "La cooperación mejorada “que permita a los gobiernos” (párrafo 69). ".repeat(3000);
        let pieces = Pieces::new(&text);
        let parts = checked(&text, &pieces);
        assert_eq!(parts.len(), text.len() / PIECE_BYTES);
        for part in &parts[..parts.len() - 1] {
            assert!(part.ends_with(' '), "{:?}", &part[part.len() - 10..]);
            assert!((PIECE_BYTES..PIECE_BYTES + PIECE_SLACK).contains(&part.len()));
        }
        // Every code point offset falls in the piece that holds it.
        for offset in [0, 1, 8000, 100_000, pieces.char_len() - 1, pieces.char_len()] {
            let k = pieces.piece_of(offset);
            let chars = pieces.chars(k);
            assert!(chars.contains(&offset) || offset == chars.end && k + 1 == pieces.len(), "{offset} in {k}");
        }
    }

    #[test]
    fn without_white_space_a_piece_ends_between_grapheme_clusters() {
        // `e` + U+0301, a family emoji (a ZWJ sequence), CR LF: never split.
        for unit in ["e\u{301}", "👨\u{200D}👩\u{200D}👧", "ab\r\n", "حقوق"] {
            let text = unit.repeat(200_000 / unit.len());
            let pieces = Pieces::new(&text);
            assert!(pieces.len() > 10, "{unit:?}");
            checked(&text, &pieces);
        }
    }
}
