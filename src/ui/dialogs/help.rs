//! The help overlay (F1): what each gesture and shortcut does, one row each.
//!
//! Laid out here rather than in an `egui::Grid`: a grid sizes its columns from
//! the frame before and lets a wrapped cell run into its neighbour, and its
//! content runs under a vertical scroll bar that egui draws over the content's
//! right edge. Every row is given the width the scroll area has left of its bar:
//! the shortcut column is as wide as the widest shortcut (at most
//! [`KEYS_SHARE`] of the row, longer ones wrap), what it does wraps in the rest,
//! and the row is as high as the taller of the two, so no row ever overlaps
//! another, in any language and window size. In a right-to-left interface the
//! shortcut column is on the right and both columns are right-aligned; what a
//! shortcut does is broken into lines on its logical text and each line put in
//! visual order ([`crate::ui::bidi::wrapped_label_text`]).

use std::sync::Arc;

use egui::accesskit::Role;
use egui::text::LayoutJob;
use egui::{Align, Color32, Galley, Rect, Sense, TextStyle, WidgetInfo, pos2, vec2};

use crate::ui::bidi;
use crate::ui::command::{Action, POINTER_HELP};
use crate::ui::i18n;

/// The largest share of a row the shortcut column takes.
pub const KEYS_SHARE: f32 = 0.4;

/// One row of the overlay, both texts in logical order.
struct HelpRow {
    /// What to press or do (`Ctrl+Z`, a gesture).
    keys: String,
    /// What it does.
    action: String,
}

/// The rows: the pointer gestures and keys that are not menu actions
/// ([`POINTER_HELP`]), then every action with a shortcut, in the menus' order;
/// one row per key or gesture (Escape's two meanings share one row, one line
/// each).
fn help_rows(ctx: &egui::Context) -> Vec<HelpRow> {
    let pointer = POINTER_HELP
        .iter()
        .map(|key| HelpRow { keys: i18n::tr_logical(key), action: i18n::tr_logical(&format!("{key}.action")) });
    let actions = Action::ALL.iter().filter(|a| !a.shortcuts().is_empty()).map(|action| {
        let label = action.label();
        HelpRow { keys: action.all_shortcuts_text(ctx), action: i18n::logical_text(&label).unwrap_or(label) }
    });
    let mut rows: Vec<HelpRow> = Vec::new();
    for row in pointer.chain(actions) {
        match rows.iter_mut().find(|r| r.keys == row.keys) {
            Some(same) => same.action = format!("{}\n{}", same.action, row.action),
            None => rows.push(row),
        }
    }
    rows
}

/// `text` (logical order) laid out in `font` within `width` points: wrapped by
/// egui, or, when the interface is mirrored and the text holds right-to-left
/// characters, broken on its logical text and each line put in visual order;
/// right-aligned when the interface is mirrored (paint it with its top-right
/// corner where it should end), else left-aligned.
fn wrapped_galley(ui: &egui::Ui, text: &str, font: &egui::FontId, width: f32) -> Arc<Galley> {
    let mirrored = bidi::mirrored();
    let (text, wrap_width) = if mirrored && bidi::needs_bidi(text) {
        (bidi::wrapped_label_text(ui, text, font, width), f32::INFINITY)
    } else {
        (text.to_owned(), width)
    };
    let mut job = LayoutJob::simple(text, font.clone(), Color32::PLACEHOLDER, wrap_width);
    job.halign = if mirrored { Align::RIGHT } else { Align::LEFT };
    ui.painter().layout_job(job)
}

/// Paints `galley` (laid out by [`wrapped_galley`]) inside `column`, at its
/// right when the interface is mirrored, else at its left; returns where it is.
fn place(ui: &egui::Ui, galley: Arc<Galley>, column: Rect, color: Color32) -> Rect {
    let size = galley.size();
    let (anchor, rect) = if bidi::mirrored() {
        let rect = Rect::from_min_size(pos2(column.right() - size.x, column.top()), size);
        (column.right_top(), rect)
    } else {
        (column.left_top(), Rect::from_min_size(column.left_top(), size))
    };
    if ui.is_rect_visible(rect) {
        ui.painter().galley(anchor, galley, color);
    }
    rect
}

/// The rows of the overlay, inside a vertical scroll area: each as wide as the
/// area less its scroll bar (which egui draws over the right edge of the
/// content), its shortcut (strong) and what it does side by side, in reading
/// order. Screen readers get each text as a label, in logical order, and each
/// row as a row.
pub fn help_rows_ui(ui: &mut egui::Ui) {
    let rows = help_rows(ui.ctx());
    let bar = &ui.spacing().scroll;
    let bar_width = bar.bar_inner_margin + bar.bar_width + bar.bar_outer_margin;
    let font = TextStyle::Body.resolve(ui.style());
    let width = (ui.available_width() - bar_width).max(font.size * 12.0);
    let gap = ui.spacing().item_spacing.x * 2.0;
    let padding = ui.spacing().item_spacing.y;
    let keys_max = width * KEYS_SHARE;
    let keys: Vec<Arc<Galley>> = rows.iter().map(|row| wrapped_galley(ui, &row.keys, &font, keys_max)).collect();
    let keys_width = keys.iter().map(|g| g.size().x).fold(0.0, f32::max).min(keys_max);
    let action_width = width - keys_width - gap;
    let (strong, normal, stripe) =
        (ui.visuals().strong_text_color(), ui.visuals().text_color(), ui.visuals().faint_bg_color);
    let mirrored = bidi::mirrored();
    for (i, (row, keys)) in rows.iter().zip(keys).enumerate() {
        let action = wrapped_galley(ui, &row.action, &font, action_width);
        let height = keys.size().y.max(action.size().y) + padding;
        // The whole width is allocated (a right-aligned layout would put a
        // narrower row under the bar); the row is its part left of the bar.
        let (allocated, response) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
        let row_rect = Rect::from_min_size(allocated.min, vec2(width, height));
        if i % 2 == 1 && ui.is_rect_visible(row_rect) {
            ui.painter().rect_filled(row_rect, 2.0, stripe);
        }
        let inner = row_rect.shrink2(vec2(0.0, padding / 2.0));
        let (keys_column, action_column) = if mirrored {
            let split = inner.right() - keys_width;
            (
                Rect::from_x_y_ranges(split..=inner.right(), inner.y_range()),
                Rect::from_x_y_ranges(inner.left()..=split - gap, inner.y_range()),
            )
        } else {
            let split = inner.left() + keys_width;
            (
                Rect::from_x_y_ranges(inner.left()..=split, inner.y_range()),
                Rect::from_x_y_ranges(split + gap..=inner.right(), inner.y_range()),
            )
        };
        let keys_rect = place(ui, keys, keys_column, strong);
        let action_rect = place(ui, action, action_column, normal);
        let row_response = ui.interact(row_rect, response.id.with("row"), Sense::hover());
        row_response.widget_info(|| WidgetInfo::new(Role::Row));
        for (rect, text, what) in [(keys_rect, &row.keys, "keys"), (action_rect, &row.action, "action")] {
            let label = ui.interact(rect, response.id.with(what), Sense::hover());
            label.widget_info(|| WidgetInfo::labeled(Role::Label, true, text));
        }
    }
}
