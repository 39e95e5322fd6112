//! The panels around the document: menu bar, status bar, tag palette, annotation
//! list with the note editor, and the find bar. Each `*_ui` function reads the
//! [`AppState`] and queues [`Command`]s; none changes anything itself.

mod annotations;
mod find;
mod menu;
mod status;
mod tags;

pub use annotations::{annotation_panel_ui, annotation_row_id, note_editor_id};
pub use find::{FIND_FIELD, find_bar_ui};
pub use menu::menu_bar_ui;
pub use status::status_bar_ui;
pub use tags::tag_palette_ui;

use egui::{Button, Color32, RichText, Ui, vec2};

use super::command::{Action, Command};
use super::state::AppState;
use super::theme;

/// A button for `action`: its label and shortcut from the table, enabled when the
/// action can do something now; a click queues its command.
pub fn action_button_ui(ui: &mut Ui, state: &AppState, action: Action, out: &mut Vec<Command>) -> egui::Response {
    let command = state.command_for(action);
    let mut button = Button::new(action.label());
    if let Some(shortcut) = action.shortcut_text(ui.ctx()) {
        button = button.shortcut_text(shortcut);
    }
    let response = ui.add_enabled(command.is_some(), button);
    if response.clicked()
        && let Some(command) = command
    {
        out.push(command);
    }
    response
}

/// A small coloured chip with a tag's label.
fn tag_chip_ui(ui: &mut Ui, label: &str, color: crate::model::Color, selected: bool) -> egui::Response {
    let text = RichText::new(label).small().color(Color32::WHITE);
    let fill = theme::tag_color(color);
    let button = Button::new(text).fill(fill).corner_radius(8.0).min_size(vec2(0.0, 16.0)).selected(selected);
    let response = ui.add(button);
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, selected, crate::t!("tags-chip", label = label))
    });
    response
}
