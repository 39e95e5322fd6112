//! The status bar: title, counts, file and saved state, the last message.

use egui::{RichText, Ui};

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
                ui.label(format!("{} paragraphs", session.document().paragraphs().len()));
                ui.separator();
                ui.label(format!("{} annotations", session.set().annotations.len()));
                if review > 0 {
                    ui.label(RichText::new(format!("({review} need review)")).color(palette.warning));
                }
                ui.separator();
                let workspace = session.workspace();
                ui.label(workspace.annotations_path.display().to_string())
                    .on_hover_text(format!("Document: {}", workspace.document_path.display()));
                ui.separator();
                if session.is_modified() {
                    ui.label(RichText::new("unsaved").color(palette.warning));
                } else {
                    ui.label("saved");
                }
            }
            None => {
                ui.label("No document open");
            }
        }
        if !state.message.is_empty() {
            ui.separator();
            ui.weak(&state.message);
        }
    });
}
