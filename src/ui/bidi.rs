//! Layout of paragraphs that hold right-to-left text, by the Unicode Bidirectional
//! Algorithm (UAX #9, with `unicode-bidi`).
//!
//! egui 0.37 shapes a right-to-left run with its glyphs in visual order, but wraps
//! lines and places cursors as if glyphs were in logical order, so neither its
//! line breaks nor its cursor positions can be trusted in such a paragraph. Here
//! a paragraph is laid out in four steps:
//!
//! 1. embedding levels per character (UAX #9 rules P2–P3 choose the paragraph's
//!    direction from its first strong character, so Arabic with Latin numbers is
//!    right to left and Latin text quoting Arabic is left to right);
//! 2. each level run is shaped once by egui, which gives every character's
//!    advance (a right-to-left run's glyphs are read back to front);
//! 3. lines break greedily after white space (a word wider than the line is cut
//!    between characters; [`break_lines`]);
//! 4. each line's runs are put in visual order (rule L2, `visual_runs`) and shaped
//!    again, left to right; a right-to-left paragraph's lines are right-aligned.
//!
//! Every position then maps both ways between a code point offset and a point on
//! screen through the runs ([`BidiLayout::caret_x`], [`BidiLayout::offset_at`]),
//! and a range of code points becomes one rectangle per run it touches
//! ([`BidiLayout::range_rects`]), so a selection over a direction change is
//! several rectangles, as in browsers. Offsets are always logical (code points of
//! the paragraph text), so what is highlighted is exactly what is quoted.

use std::ops::Range;
use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Color32, FontId, Galley, Pos2, Rect, Vec2, pos2, vec2};
use unicode_bidi::BidiInfo;

mod mirroring;

/// Whether `c` belongs to a right-to-left script (Hebrew, Arabic, Syriac, Thaana,
/// N'Ko and their presentation forms), or is a right-to-left mark or embedding.
pub fn is_rtl_char(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}' | '\u{200F}' | '\u{202B}' | '\u{202E}' | '\u{2067}')
}

/// Whether a paragraph needs the bidirectional layout (it holds right-to-left text).
pub fn needs_bidi(text: &str) -> bool {
    text.chars().any(is_rtl_char)
}

/// Whether `c` is an isolate mark of UAX #9 (rules X5a–X5c): LRI, RLI, FSI or
/// PDI (U+2066–U+2069). In a right-to-left interface language each placeable
/// of a message (a path, a file name, a quote, a number) comes between FSI and
/// PDI ([`super::i18n`]), so that it keeps its own direction inside the
/// message: `/home/ana/informe.glosa.ron` stays one left-to-right run with its
/// slash on the left. The marks steer the reordering and are never drawn nor
/// given to screen readers ([`without_isolates`]).
pub fn is_isolate(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

/// `text` without its isolate marks ([`is_isolate`]): what is drawn, what
/// screen readers get, what goes on the clipboard.
pub fn without_isolates(text: &str) -> String {
    if text.contains(is_isolate) { text.chars().filter(|c| !is_isolate(*c)).collect() } else { text.to_owned() }
}

/// The paragraph level to give `BidiInfo::new` for `text`: `None` (UAX #9 rules
/// P2–P3, the first strong character outside isolates) unless every strong
/// character is inside an isolate (an Arabic message made of placeables, such as
/// `{ $reason }: { $file }`), where P3 would make it left to right; then the
/// direction of the first strong character, isolated or not.
fn paragraph_level(text: &str) -> Option<unicode_bidi::Level> {
    use unicode_bidi::BidiClass::{AL, L, R};
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            _ if depth == 0 && matches!(unicode_bidi::bidi_class(c), L | R | AL) => return None,
            _ => {}
        }
    }
    text.chars().find_map(|c| match unicode_bidi::bidi_class(c) {
        L => Some(unicode_bidi::Level::ltr()),
        R | AL => Some(unicode_bidi::Level::rtl()),
        _ => None,
    })
}

/// One directional run of a line, shaped by egui.
#[derive(Clone)]
pub struct Run {
    /// Code points of the paragraph text in this run (logical order).
    pub chars: Range<usize>,
    /// Right to left (odd embedding level).
    pub rtl: bool,
    /// Left edge, in points from the layout's left.
    pub x: f32,
    /// The run's text as egui shaped it (one row, glyphs in visual order).
    pub galley: Arc<Galley>,
    /// X of each code point boundary, relative to `x` (see [`edges`]).
    edges: Vec<f32>,
}

impl Run {
    fn new(chars: Range<usize>, rtl: bool, x: f32, galley: Arc<Galley>) -> Self {
        let edges = edges(&galley, chars.len(), rtl);
        Self { chars, rtl, x, galley, edges }
    }

    /// X (relative to the run's left) of the boundary before code point `j` of the
    /// run (`j` = its length: after the last one).
    fn edge(&self, j: usize) -> f32 {
        self.edges.get(j).or(self.edges.last()).copied().unwrap_or(0.0)
    }

    fn width(&self) -> f32 {
        self.galley.size().x
    }
}

/// X of each code point boundary of a one-row galley of `n` code points: in a
/// left-to-right run from egui's cursor positions; in a right-to-left run from its
/// glyphs read back to front (logical code point i is glyph n−1−i, its right edge
/// the boundary before it).
fn edges(galley: &Galley, n: usize, rtl: bool) -> Vec<f32> {
    let width = galley.size().x;
    let glyphs: Vec<&egui::epaint::text::Glyph> = galley.rows.iter().flat_map(|r| r.glyphs.iter()).collect();
    if glyphs.len() != n {
        // Not one glyph per code point (egui keeps that invariant; be safe anyway).
        #[allow(clippy::cast_precision_loss)]
        return (0..=n)
            .map(|j| {
                let fraction = if n == 0 { 0.0 } else { j as f32 / n as f32 };
                if rtl { width * (1.0 - fraction) } else { width * fraction }
            })
            .collect();
    }
    if rtl {
        let mut edges: Vec<f32> = glyphs.iter().rev().map(|g| g.pos.x + g.advance_width).collect();
        edges.push(glyphs.first().map_or(0.0, |g| g.pos.x));
        edges
    } else {
        let mut edges: Vec<f32> = glyphs.iter().map(|g| g.pos.x).collect();
        edges.push(glyphs.last().map_or(0.0, |g| g.pos.x + g.advance_width));
        edges
    }
}

/// Shapes code points `chars` of `text` (one directional level) as runs in visual
/// order, left to right. egui shapes each stretch of one font separately and puts
/// the stretches in logical order, so a right-to-left level is cut into stretches
/// of right-to-left letters (one font) and single other code points (spaces,
/// digits, punctuation: another font), which are placed in reverse order here.
fn shaped_runs(
    text: &str,
    bytes: &[usize],
    chars: Range<usize>,
    rtl: bool,
    single: &mut dyn FnMut(&str) -> Arc<Galley>,
) -> Vec<Run> {
    let source = &text[bytes[chars.start]..bytes[chars.end]];
    if !rtl && !source.contains(is_isolate) {
        return vec![Run::new(chars.clone(), false, 0.0, single(source))];
    }
    // An isolate mark is a piece of its own, shaped as nothing (zero width).
    let marks: Vec<bool> = source.chars().map(is_isolate).collect();
    if !rtl {
        let mut runs = Vec::new();
        let mut start = chars.start;
        while start < chars.end {
            let mut end = start + 1;
            if !marks[start - chars.start] {
                while end < chars.end && !marks[end - chars.start] {
                    end += 1;
                }
            }
            let shown = if marks[start - chars.start] { "" } else { &text[bytes[start]..bytes[end]] };
            runs.push(Run::new(start..end, false, 0.0, single(shown)));
            start = end;
        }
        return runs;
    }
    let letters: Vec<bool> = source.chars().map(|c| is_rtl_char(c) && !is_isolate(c)).collect();
    let mut pieces = Vec::new();
    let mut start = chars.start;
    while start < chars.end {
        let mut end = start + 1;
        if letters[start - chars.start] {
            while end < chars.end && letters[end - chars.start] {
                end += 1;
            }
        }
        pieces.push(start..end);
        start = end;
    }
    pieces
        .into_iter()
        .rev()
        .map(|piece| {
            if piece.len() == 1 && marks[piece.start - chars.start] {
                return Run::new(piece, true, 0.0, single(""));
            }
            let source = &text[bytes[piece.start]..bytes[piece.end]];
            // A bracket in right-to-left text shows its mirror image (UAX #9 rule L4):
            // one code point for one, so offsets are unchanged.
            let mirrored: String;
            let shown = match source.chars().next().and_then(mirror) {
                Some(m) if piece.len() == 1 => {
                    mirrored = m.to_string();
                    mirrored.as_str()
                }
                _ => source,
            };
            Run::new(piece, true, 0.0, single(shown))
        })
        .collect()
}

/// The mirror image of `c`, drawn in its place in right-to-left text (UAX #9
/// rule L4; the `Bidi_Mirroring_Glyph` pairs of Unicode's BidiMirroring.txt,
/// [`mirroring::mirrored`]): brackets, angle quotation marks, comparison and
/// set operators. One code point for one, so offsets are unchanged.
pub fn mirror(c: char) -> Option<char> {
    mirroring::mirrored(c)
}

/// `text` (one line, logical order) rearranged so that egui, which places each
/// stretch of one font left to right and shapes a stretch of right-to-left letters
/// by itself, shows it in the visual order of the Unicode Bidirectional Algorithm:
/// the line's level runs in visual order (rule L2), and inside a right-to-left run
/// its letter stretches and other code points reversed, brackets mirrored. For
/// short interface strings that are not wrapped (menus, buttons, headings, tag
/// names); a string without right-to-left characters is returned as it is.
/// Isolate marks steer the order and are left out ([`is_isolate`]).
pub fn visual_line(text: &str) -> String {
    if !needs_bidi(text) || text.contains('\n') {
        return without_isolates(text);
    }
    let info = BidiInfo::new(text, paragraph_level(text));
    let Some(para) = info.paragraphs.first() else {
        return without_isolates(text);
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    reordered(text, &levels, runs)
}

/// `text` on one line, at most `width` points wide as `measure` finds (the width
/// in points of a string as egui draws it), ready for egui in visual order
/// ([`visual_line`]). When the whole does not fit, its logical end is left out
/// and an ellipsis put in its place, so the ellipsis stands where the text ends:
/// on the right of left-to-right text, on the LEFT of right-to-left text
/// (egui's own truncation cuts the right end of what it draws, which for Arabic
/// in visual order is the beginning). Line breaks count as spaces. Returns the
/// text shown and whether it was cut. The longest prefix is found by bisection:
/// O(log n) measurements of at most n code points.
pub fn fit_line(text: &str, width: f32, measure: &mut dyn FnMut(&str) -> f32) -> (String, bool) {
    let text = text.replace(['\n', '\r'], " ");
    let whole = visual_line(&text);
    if measure(&whole) <= width {
        return (whole, false);
    }
    let chars: Vec<char> = text.chars().collect();
    let cut = |n: usize| visual_line(&(chars[..n].iter().collect::<String>().trim_end().to_owned() + "…"));
    // The longest prefix (in code points) that fits with its ellipsis: `low` fits
    // (or is 0), `high` does not.
    let (mut low, mut high) = (0, chars.len());
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if measure(&cut(middle)) <= width {
            low = middle;
        } else {
            high = middle;
        }
    }
    (cut(low), true)
}

/// A one-line label for a table cell, as wide as the space left: text with
/// right-to-left characters shortened by [`fit_line`] (the ellipsis at its
/// logical end, on the left for Arabic), other text by egui; `style` makes it
/// rich (strong, weak…). The whole text on hover when it was cut; screen
/// readers always get the whole text in logical order.
pub fn cell_label_ui(ui: &mut egui::Ui, text: &str, style: impl FnOnce(String) -> egui::RichText) -> egui::Response {
    if !needs_bidi(text) {
        return ui.add(egui::Label::new(style(without_isolates(text))).truncate());
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui.available_width();
    let (shown, cut) = fit_line(text, width, &mut |s| {
        ui.fonts_mut(|f| f.layout_no_wrap(s.to_owned(), font.clone(), Color32::PLACEHOLDER).size().x)
    });
    let response = ui.add(egui::Label::new(style(shown)).truncate());
    let response = if cut { response.hover_text(text) } else { response };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, text));
    response
}

/// The lines `lines` (code point ranges of `text`, as [`break_lines`] gives
/// them) each in visual order, as [`visual_line`] puts a short string, but with
/// the direction of the paragraph they belong to (a line of an Arabic message
/// that starts with a Latin file name still reads right to left). Trailing white
/// space, the `\n` ending a line and isolate marks ([`is_isolate`]) are left out.
pub fn visual_lines(text: &str, lines: &[Range<usize>]) -> Vec<String> {
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let byte = |c: usize| bytes.get(c).copied().unwrap_or(text.len());
    let info = BidiInfo::new(text, paragraph_level(text));
    lines
        .iter()
        .map(|line| {
            let (start, end) = (byte(line.start), byte(line.end));
            let end = start + text[start..end].trim_end().len();
            let para = info.paragraphs.iter().find(|p| p.range.contains(&start));
            match para {
                Some(para) if end > start && needs_bidi(&text[start..end]) => {
                    let (levels, runs) = info.visual_runs(para, start..end);
                    reordered(text, &levels, runs)
                }
                _ => without_isolates(&text[start..end]),
            }
        })
        .collect()
}

/// `text` (logical order) ready for a label that egui wraps at `width` points in
/// `font` (a tag name in a narrow panel). egui splits text into runs by font,
/// shapes each Arabic word right to left, but places the runs left to right in
/// logical order and wraps that sequence, so a right-to-left name comes out with
/// its words reversed on every line; a name in visual order ([`visual_line`])
/// is wrapped from its visual start, so its last words come first. Here the
/// lines are broken on the logical text ([`break_lines`], as UAX #9 requires),
/// each put in visual order, and joined with `\n`: egui then draws them as
/// they are. Text without right-to-left characters is returned as it is.
pub fn visual_wrapped(
    text: &str,
    font: &FontId,
    width: f32,
    shape: &mut dyn FnMut(LayoutJob) -> Arc<Galley>,
) -> String {
    if !needs_bidi(text) {
        return text.to_owned();
    }
    let layout = BidiLayout::new(text, font, width, shape);
    let lines: Vec<Range<usize>> = layout.lines.iter().map(|l| l.chars.clone()).collect();
    visual_lines(text, &lines).join("\n")
}

/// `text` (logical order) for an interface label that egui may wrap (a dialog's
/// row, a radio button), drawn with `font` in lines of at most `width` points
/// (a fixed width: a grid column or a window sized by its content would shrink
/// to the lines of the frame before): in a right-to-left interface language
/// [`visual_wrapped`], else `text` as it is. Give screen readers `text`.
pub fn wrapped_label_text(ui: &egui::Ui, text: &str, font: &FontId, width: f32) -> String {
    if !super::i18n::language().is_rtl() {
        return text.to_owned();
    }
    let width = width.max(font.size * 4.0);
    let painter = ui.painter();
    visual_wrapped(text, font, width, &mut |job| painter.layout_job(job))
}

/// `text` (logical order) for a one-line label that is shortened when it does
/// not fit the width `ui` has left less `reserved` points (a list row): in a
/// right-to-left interface language cut on the logical text at the end of what
/// fits, an ellipsis added, then put in visual order (egui would cut the visual
/// string at its right, which is where right-to-left text starts); else `text`.
pub fn one_line_label_text(ui: &egui::Ui, text: &str, font: &FontId, reserved: f32) -> String {
    if !super::i18n::language().is_rtl() || !needs_bidi(text) {
        return text.to_owned();
    }
    let width = (ui.available_width() - reserved - font.size).max(font.size * 4.0);
    let painter = ui.painter();
    let layout = BidiLayout::new(text, font, width, &mut |job| painter.layout_job(job));
    let line = layout.lines.first().map_or(0..0, |l| l.chars.clone());
    if layout.lines.len() > 1 {
        let cut: String = text.chars().take(line.end).collect::<String>().trim_end().to_owned() + "…";
        let len = cut.chars().count();
        visual_lines(&cut, std::slice::from_ref(&(0..len))).concat()
    } else {
        visual_lines(text, std::slice::from_ref(&line)).concat()
    }
}

/// The level runs `runs` of `text` in the order given, each right-to-left run's
/// letter stretches and other code points reversed and its brackets mirrored;
/// isolate marks left out.
fn reordered(text: &str, levels: &[unicode_bidi::Level], runs: Vec<Range<usize>>) -> String {
    let mut out = String::with_capacity(text.len());
    for run in runs {
        if !levels[run.start].is_rtl() {
            out.extend(text[run].chars().filter(|c| !is_isolate(*c)));
            continue;
        }
        let chars: Vec<char> = text[run.clone()].chars().collect();
        let letter = |c: char| is_rtl_char(c) && !is_isolate(c);
        let mut pieces: Vec<Range<usize>> = Vec::new();
        let mut start = 0;
        while start < chars.len() {
            let mut end = start + 1;
            if letter(chars[start]) {
                while end < chars.len() && letter(chars[end]) {
                    end += 1;
                }
            }
            pieces.push(start..end);
            start = end;
        }
        for piece in pieces.into_iter().rev() {
            if piece.len() == 1 && is_isolate(chars[piece.start]) {
                continue;
            }
            if piece.len() == 1 && !letter(chars[piece.start]) {
                out.push(mirror(chars[piece.start]).unwrap_or(chars[piece.start]));
            } else {
                out.extend(&chars[piece]);
            }
        }
    }
    out
}

/// Where lines break, in logical order: code point ranges of `chars`, each line
/// as long as fits in `wrap_width` points given each code point's `advance`
/// (points), broken after white space (the white space stays at the end of its
/// line) or, for a word wider than the line, between code points; a `\n` ends
/// its line (and is part of it). Breaking is done on the logical text, before
/// any reordering, as UAX #9 requires (rule L1 follows line breaking). At least
/// one line, even for empty text.
pub fn break_lines(chars: &[char], advance: &[f32], wrap_width: f32) -> Vec<Range<usize>> {
    let len = chars.len().min(advance.len());
    let mut breaks = Vec::new();
    let (mut line_start, mut width, mut last_break) = (0usize, 0.0f32, None::<usize>);
    let mut i = 0;
    while i < len {
        if chars[i] == '\n' {
            breaks.push(line_start..i + 1);
            (line_start, width, last_break) = (i + 1, 0.0, None);
            i += 1;
            continue;
        }
        if width + advance[i] > wrap_width && i > line_start && !chars[i].is_whitespace() {
            let end = last_break.filter(|b| *b > line_start).unwrap_or(i);
            breaks.push(line_start..end);
            line_start = end;
            width = advance[line_start..i].iter().sum();
            last_break = None;
        }
        width += advance[i];
        if chars[i].is_whitespace() {
            last_break = Some(i + 1);
        }
        i += 1;
    }
    if line_start < len || breaks.is_empty() {
        breaks.push(line_start..len);
    }
    breaks
}

/// A message of the interface that may wrap (a dialog's body, an error, the
/// status): drawn as egui draws a wrapped label, except when it holds
/// right-to-left text and is longer than one short label
/// ([`super::i18n::SHORT_LABEL`], which [`super::i18n::tr`] already put in visual
/// order) or has several lines. egui wraps before it places the runs, so such a
/// message would read in logical order; here its lines are broken on the logical
/// text at the available width ([`break_lines`]), each line is put in visual
/// order and a right-to-left message is right-aligned ([`BidiLayout`]). Screen
/// readers get the text in logical order.
pub fn message_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let long = text.chars().count() > super::i18n::SHORT_LABEL || text.contains('\n');
    if !long || !needs_bidi(text) {
        return ui.add(egui::Label::new(without_isolates(text)).wrap());
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui.available_width().max(font.size * 4.0);
    let painter = ui.painter().clone();
    let layout = BidiLayout::new(text, &font, width, &mut |job| painter.layout_job(job));
    let (rect, response) = ui.allocate_exact_size(layout.size, egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        layout.paint(ui.painter(), rect.min, ui.visuals().text_color());
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, text));
    response
}

/// A message on one line that is shortened when it does not fit (the status
/// bar): a long right-to-left message is cut at the end of its first line at the
/// available width (on its logical text, so what is left out is its end), an
/// ellipsis added, then put in visual order; the whole message on hover and for
/// screen readers. Other messages as a weak label that egui shortens.
pub fn one_line_message_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    if text.chars().count() <= super::i18n::SHORT_LABEL || !needs_bidi(text) {
        return ui.add(egui::Label::new(egui::RichText::new(without_isolates(text)).weak()).truncate());
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui.available_width().max(font.size * 4.0);
    let painter = ui.painter().clone();
    let layout = BidiLayout::new(text, &font, width - font.size, &mut |job| painter.layout_job(job));
    let line = layout.lines.first().map_or(0..0, |l| l.chars.clone());
    let shown = if layout.lines.len() > 1 {
        let cut: String = text.chars().take(line.end).collect::<String>().trim_end().to_owned() + "…";
        let len = cut.chars().count();
        visual_lines(&cut, std::slice::from_ref(&(0..len))).concat()
    } else {
        visual_lines(text, std::slice::from_ref(&line)).concat()
    };
    let response = ui.add(egui::Label::new(egui::RichText::new(shown).weak()).truncate());
    let response = if layout.lines.len() > 1 { response.hover_text(text) } else { response };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, text));
    response
}

/// Tooltips in reading order: egui draws a tooltip's lines from its left,
/// which in a right-to-left interface leaves them ragged on the side where
/// reading starts. Used in place of egui's `on_hover_text` everywhere.
#[allow(clippy::return_self_not_must_use, reason = "as egui's `on_hover_text`, often called for its effect alone")]
pub trait HoverText {
    /// [`egui::Response::on_hover_text`]; when the interface is [`mirrored`]
    /// the tooltip's lines are right-aligned ([`tooltip_ui`]).
    fn hover_text(self, text: impl AsRef<str>) -> Self;

    /// [`egui::Response::on_disabled_hover_text`], likewise.
    fn disabled_hover_text(self, text: impl AsRef<str>) -> Self;
}

impl HoverText for egui::Response {
    fn hover_text(self, text: impl AsRef<str>) -> Self {
        let text = text.as_ref();
        if mirrored() { self.on_hover_ui(|ui| tooltip_ui(ui, text)) } else { self.on_hover_text(text) }
    }

    fn disabled_hover_text(self, text: impl AsRef<str>) -> Self {
        let text = text.as_ref();
        if mirrored() {
            self.on_disabled_hover_ui(|ui| tooltip_ui(ui, text))
        } else {
            self.on_disabled_hover_text(text)
        }
    }
}

/// The content of a tooltip showing `text` in a [`mirrored`] interface: each
/// of its lines (`\n`) right-aligned, one label per line; a line longer than a
/// short label that holds right-to-left text is broken into lines of at most
/// the tooltip's width on its logical text, each put in visual order. `text`
/// may hold strings [`super::i18n::tr`] put in visual order (their logical
/// text is looked up, [`super::i18n::logical_name`]). Screen readers get each
/// line in logical order.
pub fn tooltip_ui(ui: &mut egui::Ui, text: &str) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui.spacing().tooltip_width.max(font.size * 4.0);
    column(ui, |ui| {
        for line in text.split('\n') {
            let logical = super::i18n::logical_name(line).unwrap_or_else(|| line.to_owned());
            if logical.chars().count() <= super::i18n::SHORT_LABEL || !needs_bidi(&logical) {
                ui.add(egui::Label::new(super::i18n::shown(logical)).wrap());
                continue;
            }
            let painter = ui.painter().clone();
            let layout = BidiLayout::new(&logical, &font, width, &mut |job| painter.layout_job(job));
            let ranges: Vec<Range<usize>> = layout.lines.iter().map(|l| l.chars.clone()).collect();
            let chars: Vec<char> = logical.chars().collect();
            for (drawn, range) in visual_lines(&logical, &ranges).into_iter().zip(ranges) {
                let piece: String = chars.get(range).unwrap_or_default().iter().collect();
                let response = ui.add(egui::Label::new(drawn).extend());
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, piece.trim_end()));
            }
        }
    });
}

/// One line of a bidirectional paragraph.
#[derive(Clone)]
pub struct Line {
    /// Code points of the paragraph on this line (logical order).
    pub chars: Range<usize>,
    /// Top, in points from the layout's top.
    pub top: f32,
    /// Height in points.
    pub height: f32,
    /// Runs in visual order, left to right.
    pub runs: Vec<Run>,
}

/// A paragraph laid out by the Unicode Bidirectional Algorithm.
#[derive(Clone)]
pub struct BidiLayout {
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
    /// Width (the wrap width) and height, in points.
    pub size: Vec2,
    /// The paragraph's direction is right to left (it is then right-aligned).
    pub rtl: bool,
    /// Code points in the paragraph.
    pub len: usize,
}

impl BidiLayout {
    /// Lays out `text` in `font`, wrapped at `wrap_width` points. `shape` turns a
    /// one-line layout job into a galley (egui's cached `Painter::layout_job`).
    pub fn new(text: &str, font: &FontId, wrap_width: f32, shape: &mut dyn FnMut(LayoutJob) -> Arc<Galley>) -> Self {
        let mut single =
            |s: &str| shape(LayoutJob::simple_singleline(s.to_owned(), font.clone(), Color32::PLACEHOLDER));
        // Byte offset of each code point, and of the end.
        let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
        let len = bytes.len() - 1;
        let empty_height = single(" ").size().y;
        let info = BidiInfo::new(text, paragraph_level(text));
        let Some(para) = info.paragraphs.first() else {
            let line = Line { chars: 0..0, top: 0.0, height: empty_height, runs: Vec::new() };
            return Self { lines: vec![line], size: vec2(wrap_width, empty_height), rtl: false, len };
        };
        let level = |i: usize| info.levels[bytes[i]];

        // 2. Advances from one galley per level run.
        let mut advance = vec![0.0f32; len];
        let mut start = 0;
        while start < len {
            let mut end = start + 1;
            while end < len && level(end) == level(start) {
                end += 1;
            }
            for run in shaped_runs(text, &bytes, start..end, level(start).is_rtl(), &mut single) {
                for (j, a) in advance[run.chars.clone()].iter_mut().enumerate() {
                    *a = (run.edge(j + 1) - run.edge(j)).abs();
                }
            }
            start = end;
        }

        // 3. Greedy line breaks after white space.
        let chars: Vec<char> = text.chars().collect();
        let breaks = break_lines(&chars, &advance, wrap_width);

        // 4. Runs in visual order, shaped per line.
        let rtl = para.level.is_rtl();
        let char_of = |byte: usize| bytes.partition_point(|b| *b < byte);
        let mut lines = Vec::with_capacity(breaks.len());
        let mut top = 0.0;
        for range in breaks {
            let mut runs = Vec::new();
            let mut x = 0.0;
            let visible_end =
                if range.end > range.start && chars[range.end - 1] == '\n' { range.end - 1 } else { range.end };
            if visible_end > range.start {
                let (levels, visual) = info.visual_runs(para, bytes[range.start]..bytes[visible_end]);
                for byte_run in visual {
                    let run_chars = char_of(byte_run.start)..char_of(byte_run.end);
                    for mut run in shaped_runs(text, &bytes, run_chars, levels[byte_run.start].is_rtl(), &mut single) {
                        run.x = x;
                        x += run.width();
                        runs.push(run);
                    }
                }
            }
            let height = runs.iter().map(|r| r.galley.size().y).fold(empty_height, f32::max);
            if rtl {
                let shift = (wrap_width - x).max(0.0);
                for run in &mut runs {
                    run.x += shift;
                }
            }
            lines.push(Line { chars: range, top, height, runs });
            top += height;
        }
        Self { lines, size: vec2(wrap_width, top), rtl, len }
    }

    /// The line holding code point boundary `offset` (a boundary at a line break
    /// belongs to the line it starts, except at the very end).
    fn line_of(&self, offset: usize) -> Option<&Line> {
        self.lines.iter().find(|l| offset < l.chars.end || offset == self.len).or(self.lines.last())
    }

    /// X (from the layout's left) of the caret before code point `offset`, on `line`.
    fn x_on(line: &Line, offset: usize) -> f32 {
        if let Some(run) = line.runs.iter().find(|r| r.chars.contains(&offset)) {
            return run.x + run.edge(offset - run.chars.start);
        }
        // After the line's last code point: the trailing edge of the one before.
        if let Some(run) = line.runs.iter().find(|r| offset > r.chars.start && offset <= r.chars.end) {
            return run.x + run.edge(offset - run.chars.start);
        }
        match (line.runs.first(), line.runs.last()) {
            (Some(first), Some(last)) => {
                if offset <= first.chars.start.min(last.chars.start) {
                    first.x
                } else {
                    last.x + last.width()
                }
            }
            _ => 0.0,
        }
    }

    /// The caret rectangle (zero width, line height) before code point `offset`,
    /// relative to the layout's top-left.
    pub fn caret_rect(&self, offset: usize) -> Rect {
        let Some(line) = self.line_of(offset) else {
            return Rect::ZERO;
        };
        let x = Self::x_on(line, offset);
        Rect::from_min_max(pos2(x, line.top), pos2(x, line.top + line.height))
    }

    /// Only the x of [`BidiLayout::caret_rect`].
    pub fn caret_x(&self, offset: usize) -> f32 {
        self.caret_rect(offset).min.x
    }

    /// The code point boundary nearest to `local` (relative to the layout's
    /// top-left): the line under it, the run under it on that line (or the nearest
    /// run), then the nearest boundary of that run. Choosing the run first settles
    /// the boundaries that two runs draw at the same x (where the direction
    /// changes) by the character actually pointed at, as browsers do.
    pub fn offset_at(&self, local: Pos2) -> usize {
        let Some(line) = self.lines.iter().find(|l| local.y < l.top + l.height).or(self.lines.last()) else {
            return 0;
        };
        let distance = |run: &Run| {
            if local.x < run.x { run.x - local.x } else { (local.x - run.x - run.width()).max(0.0) }
        };
        let Some(run) = line.runs.iter().min_by(|a, b| distance(a).total_cmp(&distance(b))) else {
            return line.chars.start;
        };
        let mut best = (f32::INFINITY, run.chars.start);
        for j in 0..=run.chars.len() {
            let d = (run.x + run.edge(j) - local.x).abs();
            if d < best.0 {
                best = (d, run.chars.start + j);
            }
        }
        best.1
    }

    /// Rectangles (relative to the layout's top-left) covering code points
    /// `start..end`: one per run piece, left to right, line by line.
    pub fn range_rects(&self, start: usize, end: usize) -> Vec<Rect> {
        let mut rects = Vec::new();
        if start >= end {
            return rects;
        }
        for line in &self.lines {
            if line.chars.end <= start || line.chars.start >= end {
                continue;
            }
            for run in &line.runs {
                let from = start.max(run.chars.start);
                let to = end.min(run.chars.end);
                if from >= to {
                    continue;
                }
                let a = run.x + run.edge(from - run.chars.start);
                let b = run.x + run.edge(to - run.chars.start);
                let (left, right) = (a.min(b), a.max(b));
                if right > left {
                    rects.push(Rect::from_min_max(pos2(left, line.top), pos2(right, line.top + line.height)));
                }
            }
        }
        rects
    }

    /// Draws the text with its top-left at `origin`.
    pub fn paint(&self, painter: &egui::Painter, origin: Pos2, color: Color32) {
        for line in &self.lines {
            for run in &line.runs {
                painter.galley(origin + vec2(run.x, line.top), run.galley.clone(), color);
            }
        }
    }
}

// Mirroring the interface. In a right-to-left interface language (Arabic) the
// whole interface mirrors, as mature right-to-left desktop apps do (macOS,
// Windows and GTK in Arabic or Hebrew): rows of controls start on the right,
// labels are right-aligned, a dialog's buttons read from the right, a menu's
// items put their label on the right and their shortcut on the left, a check
// box or radio button stands right of its text, a grid's first column is on the
// right. egui takes a row's direction from its parent's layout, so every
// container of the interface (panel, dialog, menu, popup, tooltip) lays out its
// content with [`column`], and rows use [`row`] / [`row_wrapped`]; the
// few widgets egui always draws left to right (check box, radio button, a
// button with a shortcut, a grid) have their counterparts here. Nothing else in
// the interface needs to ask which direction it is in.

/// Whether the interface mirrors: its language is written right to left.
pub fn mirrored() -> bool {
    super::i18n::language().is_rtl()
}

/// Whether `ui` lays out mirrored: the interface is [`mirrored`] and `ui` is not
/// measuring its content. A window, menu or tooltip that sizes itself to its
/// content first lays it out unseen in a sizing pass, in room much wider than it
/// needs: content at the right of that room would make it as wide as the room,
/// so that pass lays out from the left (the sizes are the same), and the frames
/// after it mirror inside the width found.
fn mirrored_in(ui: &egui::Ui) -> bool {
    mirrored() && !ui.is_sizing_pass()
}

/// The layout of a row of controls in reading order: from the left, or from the
/// right when the interface is [`mirrored`]; items centred vertically.
pub fn row_layout(ui: &egui::Ui) -> egui::Layout {
    if mirrored_in(ui) {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    }
}

/// The layout of what a row puts at its far end (a count after a name, a
/// button pushed to the end): from the right in a left-to-right interface, from
/// the left when [`mirrored`].
pub fn trailing_layout(ui: &egui::Ui) -> egui::Layout {
    if mirrored_in(ui) {
        egui::Layout::left_to_right(egui::Align::Center)
    } else {
        egui::Layout::right_to_left(egui::Align::Center)
    }
}

/// A row of controls in reading order, as wide as the space left and at least as
/// high as a button ([`egui::Ui::horizontal`], mirrored when the interface is).
pub fn row<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let size = vec2(ui.available_size_before_wrap().x, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, row_layout(ui), add).inner
}

/// [`row`] that wraps onto further lines when its controls do not fit
/// ([`egui::Ui::horizontal_wrapped`]); mirrored, each line starts on the right.
pub fn row_wrapped<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let size = vec2(ui.available_size_before_wrap().x, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, row_layout(ui).with_main_wrap(true), add).inner
}

/// [`row`] with its items aligned at their tops ([`egui::Ui::horizontal_top`]).
pub fn row_top<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let size = ui.available_size_before_wrap();
    ui.allocate_ui_with_layout(size, row_layout(ui).with_cross_align(egui::Align::Min), add).inner
}

/// Lays out `add` top-down in reading order: when the interface is [`mirrored`]
/// its labels and widgets stand on the right and every row inside (also egui's
/// own `ui.horizontal`) runs right to left. The content of every container of
/// the interface goes through this: panels, dialogs, popups, tooltips.
pub fn column<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if mirrored_in(ui) { ui.with_layout(egui::Layout::top_down(egui::Align::Max), add).inner } else { add(ui) }
}

/// The content of a vertical scroll area (`add`), kept clear of its scroll bar
/// when the interface is [`mirrored`]: egui draws the bar over the right edge of
/// the content, where mirrored content ends (right-aligned text, check boxes).
pub fn clear_of_scroll_bar<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if !mirrored_in(ui) {
        return add(ui);
    }
    let bar = &ui.spacing().scroll;
    let width = bar.bar_inner_margin + bar.bar_width + bar.bar_outer_margin;
    // A bar is a few points wide: far below `i8::MAX`, which bounds it anyway.
    #[allow(clippy::cast_possible_truncation)]
    let right = width.ceil().clamp(0.0, f32::from(i8::MAX)) as i8;
    let margin = egui::Margin { right, ..egui::Margin::ZERO };
    egui::Frame::new().inner_margin(margin).show(ui, |ui| column(ui, add)).inner
}

/// `field` (a one-line text field for words in the interface's language:
/// a filter, a search, a name) with its text in reading order: on the right
/// when the interface is [`mirrored`], where typing starts in a right-to-left
/// desktop app; on the left otherwise.
pub fn reading_field(field: egui::TextEdit<'_>) -> egui::TextEdit<'_> {
    field.align(if mirrored() { egui::Align2::RIGHT_CENTER } else { egui::Align2::LEFT_CENTER })
}

/// Shows `field` (from [`reading_field`] or [`ltr_field`]) in `ui`, as
/// `ui.add(field)` does, and gives screen readers where its text really is:
/// egui 0.37 reports the text runs of a right-aligned field one text width
/// left of where it draws them (it paints the galley at its position less the
/// galley's left, which is negative for right-aligned text, but reports the
/// runs from the position alone); here they are reported again, where they
/// are drawn.
pub fn field_ui(ui: &mut egui::Ui, field: egui::TextEdit<'_>) -> egui::Response {
    let shown = field.show(ui);
    let left = shown.galley.rect.left();
    if left != 0.0 {
        let drawn = shown.galley_pos.to_vec2() - vec2(left, 0.0);
        egui::text_selection::accesskit_text::update_accesskit_for_text_widget(
            ui.ctx(),
            shown.response.response.id,
            shown.cursor_range,
            egui::emath::TSTransform::from_translation(drawn),
            &shown.galley,
        );
    }
    shown.response.response
}

/// `field` (a one-line text field for what is typed left to right in any
/// interface language: a path, a regular expression, a number, a date) with
/// its text on the left, also when the interface is [`mirrored`].
pub fn ltr_field(field: egui::TextEdit<'_>) -> egui::TextEdit<'_> {
    field.align(egui::Align2::LEFT_CENTER)
}

/// A column inside a row ([`egui::Ui::vertical`]): its labels on the right
/// when the interface is [`mirrored`], on the left otherwise.
pub fn vertical<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let align = if mirrored_in(ui) { egui::Align::Max } else { egui::Align::Min };
    ui.scope_builder(egui::UiBuilder::new().layout(egui::Layout::top_down(align)), add).inner
}

/// [`column`] whose items are as wide as the column (egui's menu layout,
/// `top_down_justified`): menus and lists of rows, their text on the right when
/// [`mirrored`].
pub fn justified_column<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let align = if mirrored_in(ui) { egui::Align::Max } else { egui::Align::Min };
    ui.with_layout(egui::Layout::top_down_justified(align), add).inner
}

/// A menu button whose menu is laid out by [`justified_column`]; inside a
/// menu, a submenu, which opens to the left when the interface is
/// [`mirrored`] ([`sub_menu_ui`]).
pub fn menu_button<R>(
    ui: &mut egui::Ui,
    label: impl Into<egui::WidgetText>,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::Response {
    if mirrored() && egui::containers::menu::is_in_menu(ui) {
        return sub_menu_ui(ui, label.into(), add);
    }
    ui.menu_button(label, |ui| justified_column(ui, add)).response
}

/// A submenu that opens to the left of its button, the button's arrow on its
/// left and pointing left: the mirror image of egui's `SubMenuButton`, which
/// always tries the right first (`RectAlign::RIGHT_START`, with no option).
/// It keeps egui's menu state ([`egui::containers::menu::MenuState`]), so it
/// opens when hovered (or clicked, or Enter or ← pressed on it: its first
/// entry then has the keyboard), closes when another entry of its menu is
/// hovered, and a click on one of its entries closes the whole menu. Where
/// there is no room on the left it opens on the right.
fn sub_menu_ui<R>(ui: &mut egui::Ui, label: egui::WidgetText, add: impl FnOnce(&mut egui::Ui) -> R) -> egui::Response {
    use egui::containers::menu::{MenuConfig, MenuState, SubMenu};
    let id = SubMenu::id_from_widget_id(ui.next_auto_id());
    let (open_item, menu_id) = MenuState::from_ui(ui, |state, stack| (state.open_item, stack.unique_id));
    let was_open = open_item == Some(id);

    let arrow_id = egui::IdSalt::new("glosa-submenu-arrow");
    let arrow_size = Vec2::splat(ui.spacing().icon_width);
    let inactive = ui.style().visuals.widgets.inactive;
    if was_open {
        ui.style_mut().visuals.widgets.inactive = ui.style().visuals.widgets.open;
    }
    let shown = egui::Button::new(label).left_text(egui::Atom::custom(arrow_id, arrow_size)).atom_ui(ui);
    ui.style_mut().visuals.widgets.inactive = inactive;
    let response = shown.response.clone();
    if let Some(rect) = shown.rect(arrow_id) {
        let color = ui.style().interact(&response).text_color();
        let arrow = Rect::from_center_size(rect.center(), vec2(rect.width() * 0.55, rect.height() * 0.35));
        ui.painter().add(egui::Shape::rotated_triangle(arrow, std::f32::consts::TAU / 4.0, color));
    }

    let hover_pos = ui.ctx().pointer_hover_pos();
    let is_hovered = hover_pos.is_some_and(|p| response.rect.expand2(ui.spacing().item_spacing / 2.0).contains(p));
    let keyboard = response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::ArrowLeft));
    if keyboard {
        // ← enters the submenu here, instead of leaving the menu.
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    let keyboard = keyboard || (response.clicked() && !response.clicked_by(egui::PointerButton::Primary));
    let should_open = response.enabled() && (keyboard || response.clicked() || (is_hovered && open_item.is_none()));
    let is_open = was_open || should_open;
    let mut set_open = should_open.then_some(true);

    let parent = MenuConfig::find(ui);
    let config = MenuConfig::new().close_behavior(parent.close_behavior).style(parent.style.clone());
    let margin = egui::Frame::menu(ui.style()).total_margin();
    let mut anchor = response.clone();
    anchor.interact_rect = anchor.interact_rect.expand2(vec2(0.0, margin.sum().y * 0.5));
    let focus_first = id.with("glosa-focus-first");
    if keyboard && !was_open {
        ui.data_mut(|d| d.insert_temp(focus_first, true));
    }
    let popup = egui::Popup::from_response(&anchor)
        .id(id)
        .kind(egui::PopupKind::Menu)
        .open(is_open)
        .align(egui::RectAlign::LEFT_START)
        .align_alternatives(&[egui::RectAlign::RIGHT_START, egui::RectAlign::LEFT_END, egui::RectAlign::RIGHT_END])
        .layout(egui::Layout::top_down_justified(egui::Align::Max))
        .gap(margin.sum().x * 0.5 + parent.submenu_gap)
        .style(config.style.clone())
        .close_behavior(egui::PopupCloseBehavior::IgnoreClicks)
        .info(egui::UiStackInfo::new(egui::UiKind::Menu).with_tag_value(MenuConfig::MENU_CONFIG_TAG, config.clone()))
        .show(|ui| {
            if response.clicked() {
                ui.ctx().move_to_top(ui.layer_id());
            }
            justified_column(ui, |ui| {
                let first = ui.next_auto_id();
                let inner = add(ui);
                if ui.data_mut(|d| d.remove_temp::<bool>(focus_first)).unwrap_or(false) {
                    ui.memory_mut(|m| m.request_focus(first));
                }
                inner
            })
        });

    if let Some(popup) = &popup {
        let deepest = MenuState::is_deepest_open_sub_menu(ui.ctx(), id);
        let root = ui.ctx().read_response(menu_id);
        let any_click = ui.input(|i| i.pointer.any_click());
        let outside = deepest
            && popup.response.clicked_elsewhere()
            && root.as_ref().is_none_or(egui::Response::clicked_elsewhere);
        let inside = deepest
            && !response.clicked()
            && any_click
            && hover_pos.is_some_and(|p| popup.response.interact_rect.contains(p));
        let click_close = match config.close_behavior {
            egui::PopupCloseBehavior::CloseOnClick => outside || inside,
            egui::PopupCloseBehavior::CloseOnClickOutside => outside,
            egui::PopupCloseBehavior::IgnoreClicks => false,
        };
        if click_close {
            set_open = Some(false);
            ui.close();
        }
        let towards = ui.input(|i| i.pointer.is_moving_towards_rect(&popup.response.rect));
        if towards {
            ui.request_repaint();
        }
        let on_menu = hover_pos.is_some_and(|p| {
            root.as_ref().is_some_and(|r| ui.ctx().layer_id_at(p) == Some(r.layer_id) && r.rect.contains(p))
        });
        if is_open && !is_hovered && !popup.response.contains_pointer() && !towards && on_menu {
            set_open = Some(false);
        }
        if popup.response.should_close() {
            ui.close();
        }
    }
    if let Some(open) = set_open {
        MenuState::from_id(ui.ctx(), menu_id, |state| state.open_item = open.then_some(id));
    }
    response
}

/// A drop-down list in reading order: `combo` (egui's [`egui::ComboBox`] with
/// its id, label and width) showing `selected` (as egui should get it,
/// [`super::i18n::tr`]), its list holding what `add` puts there. The selected
/// text is drawn here, not by egui: on the left of the box and its arrow on
/// the right, or, when the interface is [`mirrored`], on the right and the
/// arrow on the left; shortened with an ellipsis at its logical end when the
/// row is too narrow ([`fit_line`]). The list's items are right-aligned when
/// mirrored ([`justified_column`]). Screen readers get the selected text in
/// logical order, as the box's value and as its text run (with where it is).
pub fn combo_box<R>(
    ui: &mut egui::Ui,
    combo: egui::ComboBox<'_>,
    selected: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    let logical = super::i18n::logical_name(selected).unwrap_or_else(|| selected.to_owned());
    let font = egui::TextStyle::Button.resolve(ui.style());
    let (icon_width, gap, padding) =
        (ui.spacing().icon_width, ui.spacing().item_spacing.x, ui.spacing().button_padding.x);
    let room = (ui.available_width() - icon_width - gap - 2.0 * padding).max(font.size * 3.0);
    let painter = ui.painter().clone();
    let (shown, _) = fit_line(&logical, room, &mut |s| {
        painter.layout_no_wrap(s.to_owned(), font.clone(), Color32::PLACEHOLDER).size().x
    });
    let galley = painter.layout_no_wrap(shown, font, Color32::PLACEHOLDER);
    // Where egui puts the arrow (at the far right of the box), and its look.
    let icon: std::rc::Rc<std::cell::Cell<Option<(Rect, egui::style::WidgetVisuals)>>> = std::rc::Rc::default();
    let seen = std::rc::Rc::clone(&icon);
    let text_atom = egui::Atom::custom(egui::IdSalt::new("glosa-combo-text"), galley.size());
    let shown = combo
        .selected_text(text_atom)
        .icon(move |_, rect, visuals, _| seen.set(Some((rect, *visuals))))
        .show_ui(ui, |ui| justified_column(ui, add));
    let response = &shown.response;
    if let Some((icon, visuals)) = icon.get() {
        // The box runs from the response's left (its label, if any, comes
        // after it) to the arrow's right end and its padding.
        let (left, right) = (response.rect.left() + padding, icon.right() - visuals.expansion);
        let y = icon.center().y;
        let (text_left, arrow_x) = if mirrored_in(ui) {
            (right - galley.size().x, left + icon_width / 2.0)
        } else {
            (left, right - icon_width / 2.0)
        };
        let text_pos = pos2(text_left, y - galley.size().y / 2.0);
        let arrow = Rect::from_center_size(pos2(arrow_x, y), vec2(icon_width * 0.7, icon_width * 0.45));
        ui.painter().add(egui::Shape::rotated_triangle(arrow, 0.0, visuals.fg_stroke.color));
        let transform = egui::emath::TSTransform::from_translation(text_pos.to_vec2());
        egui::text_selection::accesskit_text::update_accesskit_for_text_widget(
            ui.ctx(),
            response.id,
            None,
            transform,
            &galley,
        );
        ui.painter().galley(text_pos, galley, visuals.text_color());
    }
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_value(logical));
    shown
}

/// Two groups of controls at the two ends of a row (egui's [`egui::Sides`]):
/// `leading` where reading starts (the left, the right when [`mirrored`]),
/// shortened when the row is too narrow for both; `trailing` at the other end,
/// always whole.
pub fn sides<L, T>(
    ui: &mut egui::Ui,
    leading: impl FnOnce(&mut egui::Ui) -> L,
    trailing: impl FnOnce(&mut egui::Ui) -> T,
) -> (L, T) {
    if mirrored_in(ui) {
        let (t, l) = egui::Sides::new().shrink_right().truncate().show(ui, trailing, leading);
        (l, t)
    } else {
        egui::Sides::new().shrink_left().truncate().show(ui, leading, trailing)
    }
}

/// Names (logical order each: tag labels) listed on one line as egui should
/// get it, joined by the language's list separator (`list-separator`: `, `,
/// `، `, `、`): as they are in a left-to-right interface; when [`mirrored`], in
/// the visual order of a right-to-left paragraph (UAX #9 with the paragraph
/// level set to right to left, as a `dir="rtl"` element), so the first name is
/// on the right whatever script the names are in, each separator on the left
/// of its name.
pub fn list_line(items: &[String]) -> String {
    let line = items.join(&super::i18n::tr_logical("list-separator"));
    if !mirrored() || line.contains('\n') {
        return line;
    }
    let info = BidiInfo::new(&line, Some(unicode_bidi::Level::rtl()));
    let Some(para) = info.paragraphs.first() else {
        return line;
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    reordered(&line, &levels, runs)
}

/// `items` in the order a row shows them from the left: as they are, reversed
/// when the interface is [`mirrored`] (a grid's cells, which egui always places
/// from the left).
pub fn reading_order<T>(mut items: Vec<T>) -> Vec<T> {
    if mirrored() {
        items.reverse();
    }
    items
}

/// What draws one cell of a grid row, for rows built in a loop and put in
/// [`reading_order`].
pub type Cell<'a> = Box<dyn FnOnce(&mut egui::Ui) + 'a>;

/// One row of a grid drawn by [`grid`]: `cells` in reading order (the first
/// one on the right when [`mirrored`], each cell's content then at the right of
/// its column), then the end of the row. egui measures a grid's columns in a
/// sizing pass (laid out from the left, [`mirrored_in`]) and gives each cell of
/// the frames after it its column's width, so right-aligned content keeps the
/// widths measured.
pub fn grid_row(ui: &mut egui::Ui, cells: Vec<&mut dyn FnMut(&mut egui::Ui)>) {
    let right_aligned = mirrored_in(ui);
    for cell in reading_order(cells) {
        if right_aligned {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| cell(ui));
        } else {
            cell(ui);
        }
    }
    ui.end_row();
}

/// One row of a form drawn by [`grid`]: `label`, then the field `field` adds
/// (on the left of its label when [`mirrored`]), the end of the row; the field's
/// response is labelled by the label for screen readers.
pub fn form_row(
    ui: &mut egui::Ui,
    label: impl Into<egui::WidgetText>,
    field: impl FnOnce(&mut egui::Ui) -> egui::Response,
) -> egui::Response {
    let (label, field) = if mirrored() {
        let field = field(ui);
        (ui.label(label), field)
    } else {
        let label = ui.label(label);
        (label, field(ui))
    };
    ui.end_row();
    field.labelled_by(label.id)
}

/// Shows `grid`, whose rows are drawn with [`grid_row`] (or cells put in
/// [`reading_order`]), by [`ltr_block`]: egui lays a grid out from the left only
/// (and refuses a right-to-left parent).
pub fn grid<R>(ui: &mut egui::Ui, grid: egui::Grid, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if mirrored() { ltr_block(ui, |ui| grid.show(ui, add).inner) } else { grid.show(ui, add).inner }
}

/// Lays out `add` top-down from the left (what egui can only lay out from the
/// left: a grid, grids side by side), in a box placed where reading starts:
/// when the interface is [`mirrored`], a box as wide as its content was the
/// frame before at the right of the space (the frame is laid out again when
/// that width changes); otherwise in `ui` as it is.
pub fn ltr_block<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if !mirrored_in(ui) {
        return add(ui);
    }
    let layout = egui::Layout::top_down(egui::Align::Min);
    let id = ui.next_auto_id().with("glosa-ltr-block-width");
    let available = ui.available_width();
    let width = ui.data(|d| d.get_temp::<f32>(id)).unwrap_or(available).min(available);
    let shown = ui.allocate_ui_with_layout(vec2(width, 0.0), layout, add);
    let used = shown.response.rect.width();
    if (used - width).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(id, used));
        ui.ctx().request_discard("a mirrored block changed width");
    }
    shown.inner
}

/// A button for a menu item: `text` (as egui should get it, [`super::i18n::tr`])
/// with `shortcut` (weak) at the far end: on the right of a left-to-right
/// interface, on the left when [`mirrored`] (the text then on the right);
/// `selected` ticks it (a panel shown), `enabled` greys it out when false.
/// Screen readers get "TEXT SHORTCUT" either way, as egui names a button with
/// a shortcut.
pub fn shortcut_button_ui(
    ui: &mut egui::Ui,
    enabled: bool,
    selected: Option<bool>,
    text: String,
    shortcut: Option<String>,
) -> egui::Response {
    let mirrored = mirrored();
    let name = match &shortcut {
        Some(shortcut) if mirrored => Some(format!("{text} {shortcut}")),
        _ => None,
    };
    let mut button = egui::Button::new(text);
    button = match shortcut {
        Some(shortcut) if mirrored => button.left_text(egui::RichText::new(shortcut).weak()),
        Some(shortcut) => button.shortcut_text(shortcut),
        None => button,
    };
    if let Some(selected) = selected {
        button = button.selected(selected);
    }
    let response = ui.add_enabled(enabled, button);
    if let Some(name) = name {
        response.widget_info(|| {
            let mut info = egui::WidgetInfo::labeled(egui::accesskit::Role::Button, enabled, &name);
            info.selected = selected;
            info
        });
    }
    response
}

/// A button whose `text` may take several lines (`\n` between them, each
/// already in visual order, [`visual_wrapped`]), with `shortcut` (weak) at its
/// far end and at least `min_width` points wide. egui draws a button's lines
/// from its left; when the interface is [`mirrored`] the lines are drawn
/// right-aligned at the button's right here and the shortcut stands on the
/// left. Give the response its accessible name (it has no text of its own when
/// mirrored).
pub fn wrapped_button_ui(
    ui: &mut egui::Ui,
    text: &str,
    shortcut: &str,
    selected: bool,
    min_width: f32,
) -> egui::Response {
    if !mirrored() {
        let button =
            egui::Button::new(text).shortcut_text(shortcut).wrap().selected(selected).min_size(vec2(min_width, 0.0));
        return ui.add(button);
    }
    let galley = right_aligned_galley(ui, text.into(), egui::TextStyle::Button);
    let id = egui::IdSalt::new("glosa-wrapped-button-text");
    let button = egui::Button::new(egui::Atom::custom(id, galley.size()))
        .left_text(egui::RichText::new(shortcut).weak())
        .selected(selected)
        .min_size(vec2(min_width, 0.0));
    let shown = button.atom_ui(ui);
    if let Some(rect) = shown.rect(id) {
        let color = ui.style().interact_selectable(&shown.response, selected).text_color();
        ui.painter().galley(rect.right_top(), galley, color);
    }
    shown.response.clone()
}

/// A check box with `text`, the box on the right of the text when the interface
/// is [`mirrored`] ([`egui::Ui::checkbox`] otherwise). Toggles `checked` when
/// clicked.
pub fn checkbox(ui: &mut egui::Ui, checked: &mut bool, text: impl Into<egui::WidgetText>) -> egui::Response {
    if !mirrored() {
        return ui.checkbox(checked, text);
    }
    let mut response = toggle_ui(ui, text.into(), *checked, false);
    if response.clicked() {
        *checked = !*checked;
        response.mark_changed();
    }
    response
}

/// A radio button with `text`, the circle on the right of the text when the
/// interface is [`mirrored`] ([`egui::Ui::radio`] otherwise).
pub fn radio(ui: &mut egui::Ui, selected: bool, text: impl Into<egui::WidgetText>) -> egui::Response {
    if mirrored() { toggle_ui(ui, text.into(), selected, true) } else { ui.radio(selected, text) }
}

/// [`radio`] that sets `current` to `value` when clicked ([`egui::Ui::radio_value`]).
pub fn radio_value<V: PartialEq>(
    ui: &mut egui::Ui,
    current: &mut V,
    value: V,
    text: impl Into<egui::WidgetText>,
) -> egui::Response {
    let mut response = radio(ui, *current == value, text);
    if response.clicked() && *current != value {
        *current = value;
        response.mark_changed();
    }
    response
}

/// `text` laid out on the lines it has (`\n`), not wrapped, each line
/// right-aligned: paint it with its top-right corner at the point given.
fn right_aligned_galley(ui: &egui::Ui, text: egui::WidgetText, font: egui::TextStyle) -> Arc<Galley> {
    let job = text.into_layout_job(ui.style(), font.into(), ui.text_valign());
    let mut job = Arc::unwrap_or_clone(job);
    job.wrap.max_width = f32::INFINITY;
    job.halign = egui::Align::RIGHT;
    ui.painter().layout_job(job)
}

/// A label of several lines (`drawn`: lines already in visual order, `\n`
/// between them, [`wrapped_label_text`]) whose lines are right-aligned when the
/// interface is [`mirrored`] (egui draws a label's lines from the left in a
/// grid cell, and in a button). Screen readers get `logical`.
pub fn lines_label_ui(ui: &mut egui::Ui, drawn: &str, logical: &str) -> egui::Response {
    let response = if mirrored() {
        let galley = right_aligned_galley(ui, drawn.into(), egui::TextStyle::Body);
        let (rect, response) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
        if ui.is_rect_visible(rect) {
            ui.painter().galley(rect.right_top(), galley, ui.visuals().text_color());
        }
        response
    } else {
        ui.add(egui::Label::new(drawn).extend())
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, logical));
    response
}

/// A mirrored check box (`radio`: radio button): the text, then its box or
/// circle on the right, drawn with egui's look for these widgets.
fn toggle_ui(ui: &mut egui::Ui, text: egui::WidgetText, on: bool, radio: bool) -> egui::Response {
    let spacing = ui.spacing();
    let (icon_width, icon_spacing, min_height) = (spacing.icon_width, spacing.icon_spacing, spacing.interact_size.y);
    let logical = text.text().to_owned();
    let galley = right_aligned_galley(ui, text, egui::TextStyle::Button);
    let text_size = galley.size();
    let width = if text_size.x > 0.0 { text_size.x + icon_spacing + icon_width } else { icon_width };
    let size = vec2(width, text_size.y.max(icon_width).max(min_height));
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    let role = if radio { egui::accesskit::Role::RadioButton } else { egui::accesskit::Role::CheckBox };
    response.widget_info(|| egui::WidgetInfo::selected(role, ui.is_enabled(), on, &logical));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        let icon = Rect::from_min_size(pos2(rect.right() - icon_width, rect.top()), vec2(icon_width, rect.height()));
        let (small, big) = ui.spacing().icon_rectangles(icon);
        let painter = ui.painter();
        if radio {
            painter.add(egui::epaint::CircleShape {
                center: big.center(),
                radius: big.width() / 2.0 + visuals.expansion,
                fill: visuals.bg_fill,
                stroke: visuals.bg_stroke,
            });
            if on {
                painter.add(egui::epaint::CircleShape {
                    center: small.center(),
                    radius: small.width() / 3.0,
                    fill: visuals.fg_stroke.color,
                    stroke: egui::Stroke::NONE,
                });
            }
        } else {
            painter.add(egui::epaint::RectShape::new(
                big.expand(visuals.expansion),
                visuals.corner_radius,
                visuals.bg_fill,
                visuals.bg_stroke,
                egui::StrokeKind::Inside,
            ));
            if on {
                painter.add(egui::Shape::line(
                    vec![
                        pos2(small.left(), small.center().y),
                        pos2(small.center().x, small.bottom()),
                        pos2(small.right(), small.top()),
                    ],
                    visuals.fg_stroke,
                ));
            }
        }
        let text_pos = pos2(icon.left() - icon_spacing, rect.center().y - text_size.y / 2.0);
        painter.galley(text_pos, galley, visuals.text_color());
    }
    response
}

#[cfg(test)]
mod tests {
    use super::{break_lines, fit_line, is_isolate, visual_line, visual_lines, without_isolates};

    /// [`fit_line`] with every code point one point wide.
    fn fit(text: &str, width: f32) -> (String, bool) {
        #[allow(clippy::cast_precision_loss)] // short strings
        fit_line(text, width, &mut |s| s.chars().count() as f32)
    }

    #[test]
    fn a_long_arabic_value_loses_its_logical_end_on_the_left_with_the_ellipsis_there() {
        // "Intergovernmental and regional organizations" (logical order), 36 code points.
        let value = "المنظمات الحكومية الدولية والإقليمية";
        assert_eq!(value.chars().count(), 36);
        // Whole when it fits: in visual order (its words right to left).
        assert_eq!(fit(value, 36.0), ("والإقليمية الدولية الحكومية المنظمات".to_owned(), false));
        // 20 points: the first words kept ("المنظمات الحكومية" and the first
        // letter of "الدولية"), the end dropped, the ellipsis on the left, where
        // the text ends.
        let (shown, cut) = fit(value, 20.0);
        assert!(cut);
        assert_eq!(shown, "…ا الحكومية المنظمات");
        assert_eq!(shown.chars().count(), 20);
        assert_eq!(shown, visual_line("المنظمات الحكومية ا…"));
        // Cut at a space: no space before the ellipsis.
        assert_eq!(fit(value, 18.0).0, "…الحكومية المنظمات");
    }

    #[test]
    fn latin_text_loses_its_end_on_the_right_and_mixed_text_keeps_its_paragraph_direction() {
        assert_eq!(fit("Internet governance forum", 12.0), ("Internet go…".to_owned(), true));
        assert_eq!(fit("IGF", 12.0), ("IGF".to_owned(), false));
        // Arabic with a Latin acronym: right to left, the acronym kept left to right.
        let (shown, cut) = fit("منتدى IGF لحوكمة الإنترنت", 12.0);
        assert!(cut);
        assert_eq!(shown, visual_line("منتدى IGF ل…"));
        assert!(shown.starts_with('…'), "{shown}");
        // Narrower than the ellipsis: the ellipsis alone.
        assert_eq!(fit("المنظمات", 0.5), ("…".to_owned(), true));
    }

    /// The lines of `text` at `width` points with every code point one point wide.
    fn lines(text: &str, width: f32) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        break_lines(&chars, &vec![1.0; chars.len()], width)
            .into_iter()
            .map(|range| chars[range].iter().collect())
            .collect()
    }

    /// Where `text` breaks at `width` points with every code point one point
    /// wide, but isolate marks none (as they are drawn: not at all).
    fn breaks(text: &str, width: f32) -> Vec<std::ops::Range<usize>> {
        let chars: Vec<char> = text.chars().collect();
        let advance: Vec<f32> = chars.iter().map(|c| if is_isolate(*c) { 0.0 } else { 1.0 }).collect();
        break_lines(&chars, &advance, width)
    }

    #[test]
    fn a_long_arabic_message_breaks_on_its_logical_text_then_each_line_is_reordered() {
        crate::ui::i18n::set_language(crate::ui::i18n::Language::Arabic);
        let message = crate::ui::i18n::tr_args_logical(
            "dialog-conflict-text",
            &[("file", crate::ui::i18n::FluentValue::from("notes.glosa.ron"))],
        );
        crate::ui::i18n::set_language(crate::ui::i18n::Language::English);
        // The file name is isolated (FSI … PDI) in the logical text.
        assert_eq!(
            message,
            "حفظ برنامج آخر (أو زميل) \u{2068}notes.glosa.ron\u{2069} بعد أن فتحه Glosa، ولديك تغييرات غير محفوظة هنا."
        );
        let chars: Vec<char> = message.chars().collect();
        let ranges = breaks(&message, 24.0);
        let broken: Vec<String> =
            ranges.iter().map(|r| without_isolates(&chars[r.clone()].iter().collect::<String>())).collect();
        // Logical order, broken after spaces (kept at the line's end), nothing lost.
        assert_eq!(
            broken,
            ["حفظ برنامج آخر (أو زميل) ", "notes.glosa.ron بعد أن ", "فتحه Glosa، ولديك ", "تغييرات غير محفوظة هنا.",]
        );
        assert_eq!(broken.concat(), without_isolates(&message));
        assert!(broken.iter().all(|l| l.trim_end().chars().count() <= 24));
        // Each line then reads right to left: its first word is drawn at the
        // right, the Latin names keep their own order, also on the line that
        // starts with one (the message's direction, not the line's first
        // letter); the marks are not drawn.
        assert_eq!(
            visual_lines(&message, &ranges),
            ["(زميل أو) آخر برنامج حفظ", "أن بعد notes.glosa.ron", "ولديك ،Glosa فتحه", ".هنا محفوظة غير تغييرات"]
        );
        // On its own, that line would read left to right; with the file name
        // isolated, the Arabic around it sets the direction.
        assert_eq!(visual_line(broken[1].trim_end()), "notes.glosa.ron أن بعد");
        let isolated: String = chars[ranges[1].clone()].iter().collect();
        assert_eq!(visual_line(isolated.trim_end()), "أن بعد notes.glosa.ron");
    }

    #[test]
    fn a_path_in_an_arabic_message_stays_whole_and_left_to_right() {
        use crate::ui::i18n::{FluentValue, Language, set_language, tr_args, tr_args_logical};
        let path = "/home/ana/informe.glosa.ron";
        let args = [("path", FluentValue::from(path))];
        set_language(Language::Arabic);
        let logical = tr_args_logical("message-saved", &args);
        let shown = tr_args("message-saved", &args);
        set_language(Language::English);
        assert_eq!(logical, "حُفظ \u{2068}/home/ana/informe.glosa.ron\u{2069}");
        // Drawn from the left: the path whole, its slash first, then "Saved"
        // at the right, where reading starts; no mark left.
        assert_eq!(shown, "/home/ana/informe.glosa.ron حُفظ");
        // Not isolated, UAX #9 takes the leading slash for part of the Arabic
        // sentence and draws it at the path's right end.
        assert_eq!(visual_line(&without_isolates(&logical)), "home/ana/informe.glosa.ron/ حُفظ");
        // A long message, wrapped: the path is one left-to-right run on its line.
        set_language(Language::Arabic);
        let error = tr_args_logical(
            "message-file-unreadable-now",
            &[("path", FluentValue::from(path)), ("error", FluentValue::from("الملف فارغ"))],
        );
        set_language(Language::English);
        let lines = visual_lines(&error, &breaks(&error, 40.0));
        assert!(lines.iter().any(|l| l.contains(path)), "{lines:?}");
        assert!(lines.iter().all(|l| !l.contains(is_isolate)), "{lines:?}");
        // A message made of placeables only (`{ $reason }: { $file }`) still
        // reads right to left: the reason at the right, the path at the left.
        let made_of_placeables = "\u{2068}الملف فارغ\u{2069}: \u{2068}/home/ana/valores.csv\u{2069}";
        let shown = visual_line(made_of_placeables);
        assert!(shown.starts_with("/home/ana/valores.csv ") && shown.ends_with("الملف"), "{shown}");
        // Left-to-right languages get no marks.
        assert_eq!(tr_args("message-saved", &args), "Saved /home/ana/informe.glosa.ron");
    }

    #[test]
    fn a_list_of_groups_starts_on_the_right_in_arabic_and_on_the_left_in_english() {
        use crate::ui::i18n::{Language, set_language};
        let groups = ["الحكومات".to_owned(), "القطاع الخاص".to_owned(), "IGF".to_owned()];
        set_language(Language::Arabic);
        // Drawn from the left: the last group first (a Latin name too), the
        // first one at the right end, each name's words in visual order.
        let arabic = super::list_line(&groups);
        set_language(Language::English);
        // egui shapes each stretch of Arabic letters (the comma is one) right
        // to left: "الحكومات،" shows its comma on its left.
        assert_eq!(arabic, "IGF الخاص، القطاع الحكومات،");
        assert_eq!(super::list_line(&groups), "الحكومات, القطاع الخاص, IGF");
        set_language(Language::Chinese);
        let chinese = super::list_line(&["政府".to_owned(), "私营部门".to_owned()]);
        set_language(Language::English);
        assert_eq!(chinese, "政府、私营部门");
    }

    #[test]
    fn brackets_and_arrows_in_right_to_left_text_show_their_mirror_image() {
        // The hint of message-opened-conflicts: "View > Conflicts panel". Drawn
        // from the left, the menu path reads from the right, its arrow pointing
        // left, from "View" (on the right) to the panel.
        assert_eq!(visual_line("عرض > لوحة التعارضات"), "التعارضات لوحة < عرض");
        // Nested parentheses: each one drawn as its mirror image, so the pairs
        // still enclose what they enclosed.
        assert_eq!(visual_line("(أ (ب) ج)"), "(ج (ب) أ)");
        assert_eq!(visual_line("[أ {ب «ج»}]"), "[{«ج» ب} أ]");
        // Beyond ASCII (BidiMirroring.txt): comparison signs, CJK brackets.
        assert_eq!(visual_line("س ≤ ص"), "ص ≥ س");
        assert_eq!(visual_line("「نص」"), "「نص」");
        assert_eq!(visual_line("أ ‹ب›"), "‹ب› أ");
        // Brackets around Latin text in an Arabic sentence take the sentence's
        // direction (UAX #9 rule N0) and are mirrored; the Latin keeps its order.
        assert_eq!(visual_line("انظر (WSIS)"), "(WSIS) انظر");
        // In a left-to-right paragraph quoting Arabic, nothing is mirrored.
        assert_eq!(visual_line("see (نص) here"), "see (نص) here");
    }

    #[test]
    fn the_mirroring_table_pairs_each_character_with_its_image_both_ways() {
        use super::mirror;
        for (c, m) in
            [('(', ')'), ('<', '>'), ('«', '»'), ('≤', '≥'), ('∈', '∋'), ('⟨', '⟩'), ('【', '】'), ('（', '）')]
        {
            assert_eq!((mirror(c), mirror(m)), (Some(m), Some(c)), "{c} {m}");
        }
        // Bidi_Mirrored without a character for its image (N-ary summation),
        // and characters that are not mirrored at all.
        assert_eq!(mirror('∑'), None);
        assert_eq!(mirror('a'), None);
        assert_eq!(mirror('ب'), None);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_and_new_lines_end_lines() {
        assert_eq!(lines("abc defghijkl", 5.0), ["abc ", "defgh", "ijkl"]);
        assert_eq!(lines("ab\ncd", 10.0), ["ab\n", "cd"]);
        assert_eq!(lines("", 10.0), [""]);
    }
}
