//! The status bar: title, counts, file and saved state, the last message.

use egui::{RichText, Ui};

use crate::t;
use crate::ui::state::AppState;
use crate::ui::theme;

/// The status bar.
pub fn status_bar_ui(ui: &mut Ui, state: &AppState) {
    let palette = theme::palette(state.settings.dark_mode);
    ui.horizontal(|ui| {
        match state.session() {
            Some((_, session)) => {
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
                ui.label(workspace.annotations_path.display().to_string())
                    .on_hover_text(t!("status-document", path = workspace.document_path.display().to_string()));
                ui.separator();
                if session.is_modified() {
                    ui.label(RichText::new(t!("status-unsaved")).color(palette.warning));
                } else {
                    ui.label(t!("status-saved"));
                }
            }
            None => {
                ui.label(t!("status-no-document"));
            }
        }
        if !state.message.is_empty() {
            ui.separator();
            ui.weak(&state.message);
        }
    });
}
