//! The status bar: title, counts, file and saved state, the last message.

use egui::{RichText, Ui};

use crate::t;
use crate::ui::bidi::HoverText as _;
use crate::ui::state::AppState;
use crate::ui::theme;

/// The status bar: where reading starts (the left; the right in a right-to-left
/// interface, [`crate::ui::bidi::sides`]) what is open (title, counts, file,
/// the last message), shortened when the window is narrow; at the other end,
/// always whole, whether it is saved.
pub fn status_bar_ui(ui: &mut Ui, state: &AppState) {
    let palette = theme::palette(state.settings.dark_mode);
    crate::ui::bidi::sides(
        ui,
        |ui| {
            let Some((_, session)) = state.session() else {
                ui.label(t!("status-no-document"));
                if !state.message.is_empty() {
                    ui.separator();
                    crate::ui::bidi::one_line_message_ui(ui, &state.message);
                }
                return;
            };
            let review = session.review_count();
            ui.label(RichText::new(session.document().title()).strong());
            ui.separator();
            ui.label(t!("status-paragraphs", count = session.document().paragraphs().len()));
            ui.separator();
            ui.label(t!("status-annotations", count = session.set().annotations.len()));
            if review > 0 {
                ui.label(RichText::new(t!("status-need-review", count = review)).color(palette.warning));
            }
            ui.separator();
            let workspace = session.workspace();
            let file = workspace.annotations_path.display().to_string();
            let hover = t!("status-document", path = workspace.document_path.display().to_string());
            if session.is_read_only() {
                let note = match session.copy_to() {
                    Some(copy) => t!("status-read-only-copy", path = copy.display().to_string()),
                    None => t!("status-read-only"),
                };
                ui.label(RichText::new(note).color(palette.warning)).hover_text(format!("{file}\n{hover}"));
            } else {
                ui.label(file).hover_text(hover);
            }
            if !state.message.is_empty() {
                ui.separator();
                crate::ui::bidi::one_line_message_ui(ui, &state.message);
            }
        },
        |ui| match state.session() {
            Some((_, session)) if session.is_modified() => {
                ui.label(RichText::new(t!("status-unsaved")).color(palette.warning));
            }
            Some(_) => {
                ui.label(t!("status-saved"));
            }
            None => {}
        },
    );
}
