//! The panels around the document: menu bar, status bar, tag palette, annotation
//! list with the note editor, and the find bar. Each `*_ui` function reads the
//! [`AppState`] and queues [`Command`]s; none changes anything itself.

mod agreement;
mod annotations;
mod find;
mod menu;
mod status;
mod tags;

pub use agreement::agreement_panel_ui;
pub use annotations::{annotation_panel_ui, annotation_row_id, date_shown, date_time_shown, note_editor_id};
pub use find::{FIND_FIELD, find_bar_ui};
pub use menu::menu_bar_ui;
pub use status::status_bar_ui;
pub use tags::{sized_tag_panel, tag_palette_ui};

use egui::{Button, Color32, RichText, Ui, vec2};

use super::bidi;
use super::command::{Action, Command, Panel};
use super::state::AppState;
use super::theme;
use crate::ui::bidi::HoverText as _;

/// A button for `action`: its label and shortcut from the table (the shortcut
/// at the far end, [`bidi::shortcut_button_ui`]), enabled when the action can do
/// something now; a click queues its command.
pub fn action_button_ui(ui: &mut Ui, state: &AppState, action: Action, out: &mut Vec<Command>) -> egui::Response {
    let command = state.command_for(action);
    let shortcut = action.shortcut_text(ui.ctx());
    let response = bidi::shortcut_button_ui(ui, command.is_some(), None, action.label(), shortcut);
    if response.clicked()
        && let Some(command) = command
    {
        out.push(command);
    }
    response
}

/// Width of the strip left of a hidden side panel, in points.
pub const HIDDEN_PANEL_STRIP: f32 = 26.0;

/// What the buttons that hide and show a panel say (their accessible name).
fn panel_names(panel: Panel) -> (String, String, Action) {
    match panel {
        Panel::Tags => (crate::t!("panel-hide-tags"), crate::t!("panel-show-tags"), Action::ToggleTagPanel),
        Panel::Annotations => {
            (crate::t!("panel-hide-annotations"), crate::t!("panel-show-annotations"), Action::ToggleAnnotationPanel)
        }
    }
}

/// Whether `panel` sits on the left: the groups do, the annotations do not,
/// and a right-to-left interface language mirrors both.
fn on_left(panel: Panel) -> bool {
    (panel == Panel::Tags) != bidi::mirrored()
}

/// A panel's heading (where reading starts) with a button that hides the panel
/// (at the other end).
pub fn panel_heading_ui(ui: &mut Ui, heading: &str, panel: Panel, out: &mut Vec<Command>) {
    let (hide, _, action) = panel_names(panel);
    bidi::sides(
        ui,
        |ui| ui.heading(heading),
        |ui| {
            let arrow = if on_left(panel) { "«" } else { "»" };
            let shortcut = action.shortcut_text(ui.ctx()).unwrap_or_default();
            let response = ui.small_button(arrow).hover_text(format!("{hide} ({shortcut})"));
            response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &hide));
            if response.clicked() {
                out.push(Command::TogglePanel(panel));
            }
        },
    );
}

/// The thin strip where a hidden panel was, with a button that shows it again.
pub fn hidden_panel_ui(ui: &mut Ui, panel: Panel, out: &mut Vec<Command>) {
    let (_, show, action) = panel_names(panel);
    let arrow = if on_left(panel) { "»" } else { "«" };
    let shortcut = action.shortcut_text(ui.ctx()).unwrap_or_default();
    let response = ui.small_button(arrow).hover_text(format!("{show} ({shortcut})"));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &show));
    if response.clicked() {
        out.push(Command::TogglePanel(panel));
    }
}

/// A small coloured chip with a tag's label.
pub(crate) fn tag_chip_ui(ui: &mut Ui, label: &str, color: crate::model::Color, selected: bool) -> egui::Response {
    let text = RichText::new(label).small().color(Color32::WHITE);
    let fill = theme::tag_color(color);
    let button = Button::new(text).fill(fill).corner_radius(8.0).min_size(vec2(0.0, 16.0)).selected(selected);
    let response = ui.add(button);
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, selected, crate::t!("tags-chip", label = label))
    });
    response
}
