//! The document view: paragraphs in reading order, virtualized.
//!
//! Only paragraphs that are on screen are laid out, each as one galley that egui's
//! galley cache keeps from frame to frame (keyed by text, font and wrap width, and
//! dropped when the font atlas is rebuilt, which a cache of our own would miss). The scroll position is a paragraph index plus
//! an offset into it, so no height of unseen paragraphs is ever needed: opening,
//! resizing and scrolling cost the same for 11 paragraphs or 100,000. Highlights,
//! the selection and search hits are painted as shapes behind the text, from
//! `Galley` row geometry; they are never baked into the text layout.

use std::collections::HashSet;
use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Align2, Color32, CursorIcon, Galley, Id, Pos2, Rect, Sense, Stroke, Ui, Vec2, pos2, vec2};

use super::selection::{Selection, TextPos, char_count, snap_offset, word_at};
use super::theme::{self, Palette};
use crate::model::agreement::Mark;
use crate::model::anchor::AnchorStatus;
use crate::model::{AnnotationId, CharOffset, Document, ParagraphKind, TagId, TagSet};
use crate::session::{Session, TextSpan};

/// Space between paragraphs, as a fraction of the font size.
const PARAGRAPH_GAP: f32 = 0.7;
/// How close (points) to the top or bottom edge a drag must be to scroll.
const AUTOSCROLL_EDGE: f32 = 24.0;

/// What the view needs to draw a frame.
pub struct ViewContext<'a> {
    /// The session shown: document, annotations, highlights, tag set.
    pub session: &'a Session,
    /// Tags whose highlights are hidden.
    pub hidden_tags: &'a HashSet<TagId>,
    /// Authors whose highlights are hidden.
    pub hidden_authors: &'a HashSet<String>,
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
            .map(|(_, _, mark)| mark.describe(self.first, self.second))
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

    /// Whether a highlight's author is hidden.
    fn author_hidden(&self, span: &crate::session::Span) -> bool {
        !self.hidden_authors.is_empty()
            && self.session.annotation(span.annotation).is_some_and(|a| self.hidden_authors.contains(&a.author))
    }

    fn tags(&self) -> &TagSet {
        &self.session.set().tags
    }
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

/// A paragraph drawn this frame.
#[derive(Clone)]
struct Drawn {
    index: usize,
    /// Where the galley's top-left is on screen.
    origin: Pos2,
    galley: Arc<Galley>,
    /// The paragraph's block, margin included.
    rect: Rect,
    /// Whether it holds right-to-left text (see [`is_rtl_galley`]); computed once
    /// per frame, not per highlight.
    rtl: bool,
}

impl Drawn {
    /// The caret (code point offset) at `local`, a position relative to the galley.
    /// In a right-to-left paragraph: its start on the right half, its end on the left.
    fn caret_at(&self, local: Vec2) -> usize {
        if self.rtl {
            return if local.x >= self.galley.rect.center().x { 0 } else { galley_chars(&self.galley) };
        }
        self.galley.cursor_from_pos(local).index.0
    }

    /// Row rectangles (screen coordinates) covering code points `start..end`. A
    /// right-to-left paragraph is covered whole (see [`is_rtl_galley`]).
    fn range_rects(&self, start: usize, end: usize) -> Vec<Rect> {
        let origin = self.origin;
        if self.rtl {
            if start >= end {
                return Vec::new();
            }
            return self
                .galley
                .rows
                .iter()
                .map(|row| row.rect_without_leading_space().translate(origin.to_vec2()))
                .collect();
        }
        let mut rects = Vec::new();
        let mut row_start = 0usize;
        for row in &self.galley.rows {
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
    /// How far (points) the top paragraph's block starts above the view's top.
    top_offset: f32,
    frame: u64,
    /// Where the current drag-selection started; `None` when not dragging.
    drag_anchor: Option<TextPos>,
    drawn: Vec<Drawn>,
    reveal: Option<(usize, usize)>,
    /// Height of the view last frame, for paging.
    view_height: f32,
}

impl DocumentView {
    /// The first paragraph on screen.
    pub fn top_paragraph(&self) -> usize {
        self.top
    }

    /// Paragraph indices laid out last frame.
    pub fn visible_paragraphs(&self) -> Vec<usize> {
        self.drawn.iter().map(|d| d.index).collect()
    }

    /// Scrolls so that paragraph `index`, code point `offset`, is in view (next frame).
    pub fn reveal(&mut self, index: usize, offset: usize) {
        self.reveal = Some((index, offset));
    }

    /// Resets to the top of a newly opened document.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Code points in each row of paragraph `index` as laid out last frame, if it
    /// was drawn (line breaks excluded).
    pub fn row_chars(&self, index: usize) -> Option<Vec<usize>> {
        let drawn = self.drawn.iter().find(|d| d.index == index)?;
        Some(drawn.galley.rows.iter().map(|row| row.char_count_excluding_newline().0).collect())
    }

    /// Screen rectangle of code point `offset` in paragraph `index`, if drawn last
    /// frame (zero width, row height). For tests and tooltips.
    pub fn char_rect(&self, index: usize, offset: usize) -> Option<Rect> {
        let drawn = self.drawn.iter().find(|d| d.index == index)?;
        let rect = drawn.galley.pos_from_cursor(egui::text::CCursor::new(offset));
        Some(rect.translate(drawn.origin.to_vec2()))
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
        let id = ui.scope_id().with("document-view");
        let response = ui.interact(rect, id, Sense::click_and_drag());
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
        if let Some((index, _offset)) = self.reveal.take() {
            self.top = index.min(count.saturating_sub(1));
            self.top_offset = -content.height() * 0.25;
        }
        self.normalize_scroll(ui, cx, wrap_width, gap, count);

        // Paint paragraphs from the scroll anchor down until the view is full.
        let painter = ui.painter_at(content);
        self.drawn.clear();
        let mut y = content.top() - self.top_offset;
        let mut index = self.top;
        while index < count && y < content.bottom() {
            let galley = Self::galley(ui, cx, index, wrap_width);
            let indent =
                if cx.doc().paragraphs()[index].kind == ParagraphKind::ListItem { theme::LIST_INDENT } else { 0.0 };
            let origin = pos2(content.left() + theme::MARGIN_WIDTH + indent, y);
            let block = Rect::from_min_size(pos2(content.left(), y), vec2(content.width(), galley.size().y));
            let rtl = is_rtl_galley(&galley);
            self.drawn.push(Drawn { index, origin, galley, rect: block, rtl });
            y += block.height() + gap;
            index += 1;
        }
        for drawn in &self.drawn {
            paint_paragraph(&painter, cx, drawn);
        }

        self.scrollbar_ui(ui, id, scrollbar, count);
        self.pointer_ui(ui, cx, &response, content, &mut events);
        self.accessibility_ui(ui, cx, id);
        events
    }

    /// Keeps `top_offset` within the top paragraph's block, moving the anchor.
    fn normalize_scroll(&mut self, ui: &Ui, cx: &ViewContext<'_>, wrap_width: f32, gap: f32, count: usize) {
        if count == 0 {
            self.top = 0;
            self.top_offset = 0.0;
            return;
        }
        self.top = self.top.min(count - 1);
        while self.top_offset < 0.0 && self.top > 0 {
            self.top -= 1;
            self.top_offset += Self::galley(ui, cx, self.top, wrap_width).size().y + gap;
        }
        if self.top == 0 && self.top_offset < 0.0 {
            self.top_offset = 0.0;
        }
        loop {
            let height = Self::galley(ui, cx, self.top, wrap_width).size().y + gap;
            if self.top_offset < height || self.top + 1 >= count {
                break;
            }
            self.top_offset -= height;
            self.top += 1;
        }
        if self.top + 1 >= count {
            let height = Self::galley(ui, cx, self.top, wrap_width).size().y;
            self.top_offset = self.top_offset.clamp(0.0, height.max(0.0));
        }
    }

    fn galley(ui: &Ui, cx: &ViewContext<'_>, index: usize, wrap_width: f32) -> Arc<Galley> {
        let paragraph = &cx.doc().paragraphs()[index];
        let font = theme::paragraph_font(paragraph.kind, cx.font_size);
        let indent = if paragraph.kind == ParagraphKind::ListItem { theme::LIST_INDENT } else { 0.0 };
        let job = LayoutJob::simple(
            cx.doc().text_of(paragraph).to_owned(),
            font,
            Color32::PLACEHOLDER,
            (wrap_width - indent).max(20.0),
        );
        ui.painter().layout_job(job)
    }

    /// Where a screen position falls in the text: the nearest drawn paragraph.
    fn text_pos_at(&self, cx: &ViewContext<'_>, pos: Pos2) -> Option<TextPos> {
        let first = self.drawn.first()?;
        let drawn = self
            .drawn
            .iter()
            .find(|d| pos.y < d.rect.bottom() + cx.font_size * PARAGRAPH_GAP)
            .unwrap_or_else(|| self.drawn.last().unwrap_or(first));
        let offset = drawn.caret_at(pos - drawn.origin);
        let text = cx.doc().text_of(&cx.doc().paragraphs()[drawn.index]);
        Some(TextPos::new(drawn.index, snap_offset(text, offset)))
    }

    #[allow(clippy::too_many_lines, reason = "one pass over the pointer: press, drag, click, hover")]
    fn pointer_ui(
        &mut self,
        ui: &Ui,
        cx: &ViewContext<'_>,
        response: &egui::Response,
        content: Rect,
        events: &mut Vec<ViewEvent>,
    ) {
        let shift = ui.input(|i| i.modifiers.shift);
        let pointer = response.interact_pointer_pos().or_else(|| response.hover_pos());
        let in_margin = pointer.is_some_and(|p| p.x < content.left() + theme::MARGIN_WIDTH);
        if response.drag_started() {
            let origin = ui.input(|i| i.pointer.press_origin()).or(pointer);
            if let Some(start) = origin.and_then(|p| self.text_pos_at(cx, p)) {
                let anchor = match cx.selection {
                    Some(selection) if shift => selection.anchor,
                    _ => start,
                };
                let head = pointer.and_then(|p| self.text_pos_at(cx, p)).unwrap_or(start);
                self.drag_anchor = Some(anchor);
                events.push(ViewEvent::Select(Some(self.whole_rtl_paragraphs(cx, Selection { anchor, head }))));
            }
        } else if response.dragged()
            && let (Some(anchor), Some(head)) = (self.drag_anchor, pointer.and_then(|p| self.text_pos_at(cx, p)))
            && cx.selection.is_none_or(|s| s.head != head || s.anchor != anchor)
        {
            // The anchor is kept here, not in the app's selection, which drops
            // empty selections (a drag that has not left its first character yet).
            events.push(ViewEvent::Select(Some(self.whole_rtl_paragraphs(cx, Selection { anchor, head }))));
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
                let rtl = self
                    .drawn
                    .iter()
                    .find(|d| d.index == pos.paragraph)
                    .filter(|d| d.rtl)
                    .map(|d| (0, galley_chars(&d.galley)));
                // In a right-to-left paragraph the unit is the paragraph (see `is_rtl_galley`).
                let (start, end) =
                    rtl.unwrap_or_else(|| word_at(cx.doc().text_of(&cx.doc().paragraphs()[pos.paragraph]), pos.offset));
                let selection =
                    Selection { anchor: TextPos::new(pos.paragraph, start), head: TextPos::new(pos.paragraph, end) };
                events.push(ViewEvent::Select(Some(selection)));
            }
        } else if response.clicked() {
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
                    events.push(ViewEvent::Select(None));
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
            let drawn_rect = self.drawn.iter().find(|d| d.index == pos.paragraph).map(|d| d.rect);
            if hover.x < content.left() + theme::MARGIN_WIDTH && drawn_rect.is_some_and(|r| r.contains(hover)) {
                let paragraph = &cx.doc().paragraphs()[pos.paragraph];
                ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
                show_tooltip_at_pointer(
                    response,
                    format!(
                        "¶{} · {} · {}\nClick to copy the paragraph ID",
                        paragraph.ordinal,
                        paragraph.id,
                        paragraph.kind.as_str()
                    ),
                );
            } else if let Some(who) = cx.agreement.and_then(|o| o.describe_at(pos)) {
                show_tooltip_at_pointer(response, who);
            } else if let Some(annotation) = Self::visible_hit(cx, pos).and_then(|id| cx.session.annotation(id)) {
                let labels: Vec<String> = annotation
                    .tags
                    .iter()
                    .map(|t| cx.tags().get(t).map_or_else(|| format!("{t} (unknown tag)"), |tag| tag.label.clone()))
                    .collect();
                let status = cx.session.status(annotation.id).map_or("", |s| match s {
                    AnchorStatus::Anchored => "",
                    AnchorStatus::Moved => "\nMoved: the document changed here, please review.",
                    AnchorStatus::Orphaned => "\nOrphaned.",
                });
                let note = if annotation.note.is_empty() { String::new() } else { format!("\n\n{}", annotation.note) };
                let tags = if labels.is_empty() { "(no tag)".to_owned() } else { labels.join(", ") };
                show_tooltip_at_pointer(
                    response,
                    format!("{tags}\n{} · {}{status}{note}", annotation.author, annotation.created),
                );
            } else {
                ui.ctx().set_cursor_icon(CursorIcon::Text);
            }
        }
    }

    /// Widens a selection to whole paragraphs at any end lying in a right-to-left
    /// paragraph (see [`is_rtl_galley`]).
    fn whole_rtl_paragraphs(&self, cx: &ViewContext<'_>, selection: Selection) -> Selection {
        let rtl = |index: usize| self.drawn.iter().find(|d| d.index == index).is_some_and(|d| d.rtl);
        let len = |index: usize| char_count(cx.doc().text_of(&cx.doc().paragraphs()[index]));
        let forward = selection.anchor <= selection.head;
        let (mut start, mut end) = selection.ordered();
        if rtl(start.paragraph) {
            start.offset = 0;
        }
        if rtl(end.paragraph) {
            end.offset = len(end.paragraph);
        }
        if forward { Selection { anchor: start, head: end } } else { Selection { anchor: end, head: start } }
    }

    /// The annotation under `pos`, ignoring highlights whose tags are all hidden.
    fn visible_hit(cx: &ViewContext<'_>, pos: TextPos) -> Option<AnnotationId> {
        cx.session.highlights().hit_where(pos.paragraph, CharOffset(pos.offset), |s| cx.shows(s))
    }

    // Paragraph counts and indices become f32 only to place the scroll thumb; f32's
    // 24-bit mantissa is exact up to 16 million paragraphs.
    #[allow(clippy::cast_precision_loss, clippy::cast_sign_loss)]
    fn scrollbar_ui(&mut self, ui: &Ui, id: Id, track: Rect, count: usize) {
        if count <= 1 {
            return;
        }
        let visible = self.drawn.len().max(1) as f32;
        let total = count as f32;
        let thumb_height = (track.height() * (visible / total)).clamp(24.0, track.height());
        let top_height = self.drawn.first().map_or(1.0, |d| d.rect.height().max(1.0));
        let progress = ((self.top as f32 + self.top_offset / top_height) / (total - 1.0).max(1.0)).clamp(0.0, 1.0);
        let thumb_top = track.top() + (track.height() - thumb_height) * progress;
        let thumb = Rect::from_min_size(pos2(track.left(), thumb_top), vec2(track.width(), thumb_height));
        let response = ui.interact(track, id.with("scrollbar"), Sense::click_and_drag());
        if (response.dragged() || response.clicked())
            && let Some(pointer) = response.interact_pointer_pos()
        {
            let fraction = ((pointer.y - track.top() - thumb_height / 2.0) / (track.height() - thumb_height).max(1.0))
                .clamp(0.0, 1.0);
            self.top = ((fraction * (total - 1.0)).round() as usize).min(count - 1);
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
            let mut info = egui::WidgetInfo::labeled(egui::accesskit::Role::ScrollBar, true, "Document position");
            info.value = Some(f64::from(progress));
            info
        });
    }

    /// Gives screen readers and tests the visible paragraphs and highlights.
    fn accessibility_ui(&self, ui: &Ui, cx: &ViewContext<'_>, id: Id) {
        for drawn in &self.drawn {
            let paragraph = &cx.doc().paragraphs()[drawn.index];
            let response = ui.interact(drawn.rect, id.with(("paragraph", drawn.index)), Sense::hover());
            let text = cx.doc().text_of(paragraph);
            response.widget_info(|| {
                let mut info = egui::WidgetInfo::labeled(egui::accesskit::Role::Paragraph, true, text);
                info.hint_text = Some(format!("¶{} {} {}", paragraph.ordinal, paragraph.kind.as_str(), paragraph.id));
                info
            });
            if let Some(overlay) = cx.agreement {
                for &(start, end, mark) in overlay.marks_in(drawn.index) {
                    let Some(bounds) = drawn.span_bounds(start, end) else {
                        continue;
                    };
                    let response = ui.interact(bounds, id.with(("agreement", drawn.index, start)), Sense::hover());
                    response.widget_info(|| {
                        let quote: String = text.chars().skip(start).take(end - start).collect();
                        let who = mark.describe(overlay.first, overlay.second);
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
                let response =
                    ui.interact(bounds, id.with(("highlight", span.annotation, drawn.index)), Sense::hover());
                let selected = cx.selected_annotation == Some(span.annotation);
                // Built only when a screen reader (or a test) asks: not every frame.
                response.widget_info(|| {
                    let labels: Vec<&str> = span
                        .tags
                        .iter()
                        .map(|t| cx.tags().get(t).map_or(t.as_str(), |tag| tag.label.as_str()))
                        .collect();
                    let quote: String = text.chars().skip(span.start.0).take(span.end.0 - span.start.0).collect();
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

/// A tooltip next to the mouse pointer (the view is one big widget, so a tooltip
/// anchored to it would sit at its corner).
fn show_tooltip_at_pointer(response: &egui::Response, text: String) {
    let _ = response.clone().on_hover_ui_at_pointer(|ui| {
        ui.set_max_width(ui.spacing().tooltip_width);
        ui.label(text);
    });
}

fn span_visible(tags: &std::collections::BTreeSet<TagId>, hidden: &HashSet<TagId>) -> bool {
    tags.is_empty() || tags.iter().any(|t| !hidden.contains(t))
}

/// Whether `c` belongs to a right-to-left script (Hebrew, Arabic, Syriac, Thaana,
/// N'Ko and their presentation forms).
fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// Whether a galley holds right-to-left text. egui 0.37 shapes right-to-left runs
/// in visual order but wraps and places cursors as if glyphs were in logical order,
/// so inside such a paragraph no glyph position can be trusted to name a code
/// point. Glosa then treats the paragraph as one unit: selecting in it selects it
/// whole, and its highlights cover it whole, so what is highlighted is always
/// exactly what is quoted. (Offsets stored by the CLI stay exact; only their
/// display is coarser.)
fn is_rtl_galley(galley: &Galley) -> bool {
    galley.rows.iter().any(|row| row.glyphs.iter().any(|g| is_rtl(g.chr)))
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

/// Code points in a galley.
fn galley_chars(galley: &Galley) -> usize {
    galley.rows.iter().map(|row| row.char_count_including_newline().0).sum()
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
    let galley = &drawn.galley;

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
        for rect in drawn.range_rects(span.start.0, span.end.0) {
            painter.rect_filled(rect, 2.0, theme::tag_fill(first, alpha));
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
    if let Some(selection) = cx.selection {
        let len = char_count(cx.doc().text_of(paragraph));
        if let Some((from, to)) = selection.range_in(drawn.index, len) {
            for rect in drawn.range_rects(from, to) {
                painter.rect_filled(rect, 0.0, palette.selection);
            }
        }
    }

    let text_color = match paragraph.kind {
        ParagraphKind::Footnote => palette.weak_text,
        ParagraphKind::Heading | ParagraphKind::Body | ParagraphKind::ListItem | ParagraphKind::Quote => palette.text,
    };
    painter.galley(drawn.origin, galley.clone(), text_color);
    let margin_font = egui::FontId::proportional((cx.font_size * 0.7).max(9.0));
    painter.text(
        pos2(drawn.rect.left() + theme::MARGIN_WIDTH - 10.0, drawn.rect.top() + 2.0),
        Align2::RIGHT_TOP,
        format!("¶{}", paragraph.ordinal),
        margin_font,
        palette.weak_text,
    );
    if paragraph.kind == ParagraphKind::Heading {
        let y = drawn.rect.bottom() + 2.0;
        painter.line_segment(
            [pos2(drawn.origin.x, y), pos2(drawn.origin.x + galley.size().x, y)],
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
