//! File, Edit, View, Team and Help menus: entries from the [`Action`] table.

use egui::Ui;

use super::action_button_ui;
use crate::t;
use crate::ui::bidi;
use crate::ui::command::{Action, Command};
use crate::ui::i18n::{self, Language};
use crate::ui::state::AppState;

/// The menu bar.
pub fn menu_bar_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    // egui's menu bar runs from the left; its menus in reading order.
    egui::MenuBar::new().ui(ui, |ui| bidi::row(ui, |ui| menus_ui(ui, state, out)));
}

/// The menus of the bar, each laid out by [`bidi::justified_column`].
fn menus_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    bidi::menu_button(ui, t!("menu-file"), |ui| {
        action_button_ui(ui, state, Action::OpenDocument, out);
        action_button_ui(ui, state, Action::OpenAnnotations, out);
        action_button_ui(ui, state, Action::OpenProject, out);
        bidi::menu_button(ui, t!("menu-open-recent"), |ui| {
            if state.settings.recent.is_empty() {
                ui.label(t!("menu-recent-empty"));
            }
            for path in &state.settings.recent {
                if ui.button(path.display().to_string()).clicked() {
                    out.push(Command::open(path.clone()));
                }
            }
        });
        ui.separator();
        action_button_ui(ui, state, Action::Save, out);
        action_button_ui(ui, state, Action::SaveAs, out);
        action_button_ui(ui, state, Action::SaveAll, out);
        action_button_ui(ui, state, Action::Export, out);
        action_button_ui(ui, state, Action::ImportAnnotations, out);
        action_button_ui(ui, state, Action::ImportRefi, out);
        action_button_ui(ui, state, Action::MergeFile, out);
        ui.separator();
        action_button_ui(ui, state, Action::Quit, out);
    });
    bidi::menu_button(ui, t!("menu-edit"), |ui| {
        action_button_ui(ui, state, Action::Undo, out);
        action_button_ui(ui, state, Action::Redo, out);
        ui.separator();
        action_button_ui(ui, state, Action::Copy, out);
        action_button_ui(ui, state, Action::DeleteHighlight, out);
        ui.separator();
        action_button_ui(ui, state, Action::Find, out);
        action_button_ui(ui, state, Action::FindNext, out);
        action_button_ui(ui, state, Action::FindPrevious, out);
    });
    if state.project.corpus().is_some() {
        bidi::menu_button(ui, t!("menu-project"), |ui| crate::ui::project::tabs::project_menu_ui(ui, state, out));
    }
    bidi::menu_button(ui, t!("menu-view"), |ui| {
        action_button_ui(ui, state, Action::ToggleTheme, out);
        action_button_ui(ui, state, Action::LargerText, out);
        action_button_ui(ui, state, Action::SmallerText, out);
        ui.separator();
        panel_toggle_ui(ui, state, Action::ToggleTagPanel, state.settings.show_tag_panel, out);
        panel_toggle_ui(ui, state, Action::ToggleAnnotationPanel, state.settings.show_annotation_panel, out);
        ui.separator();
        action_button_ui(ui, state, Action::WiderColumn, out);
        action_button_ui(ui, state, Action::NarrowerColumn, out);
        ui.weak(t!("menu-reading-width", count = state.settings.reading_width));
        ui.separator();
        panel_toggle_ui(ui, state, Action::AgreementView, state.agreement.open, out);
        action_button_ui(ui, state, Action::AddCoderFile, out);
        ui.separator();
        panel_toggle_ui(ui, state, Action::ConflictsPanel, state.team.conflicts_open, out);
        ui.separator();
        bidi::menu_button(ui, t!("menu-language"), |ui| language_menu_ui(ui, state, out));
    });
    bidi::menu_button(ui, t!("menu-team"), |ui| {
        action_button_ui(ui, state, Action::MergeFile, out);
        action_button_ui(ui, state, Action::Authors, out);
        panel_toggle_ui(ui, state, Action::ConflictsPanel, state.team.conflicts_open, out);
        // After "Later" in the recovery prompt: the journal waits; ask again.
        if let Some((id, session)) = state.session()
            && session.recovery_pending()
        {
            ui.separator();
            if ui.button(t!("team-menu-recover")).clicked() {
                out.push(Command::AskRecovery(id));
            }
        }
    });
    bidi::menu_button(ui, t!("menu-help"), |ui| {
        action_button_ui(ui, state, Action::Help, out);
        ui.label(t!("menu-version", version = env!("CARGO_PKG_VERSION")));
    });
}

/// View ▸ Language: the system's language, then the six, each in its own name.
fn language_menu_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let chosen = state.settings.language;
    let system = Language::system().native_name();
    if bidi::radio(ui, chosen.is_none(), t!("menu-language-system", language = system)).clicked() {
        out.push(Command::SetLanguage(None));
    }
    for language in Language::ALL {
        if bidi::radio(ui, chosen == Some(language), language.native_name()).clicked() {
            out.push(Command::SetLanguage(Some(language)));
        }
    }
    let _ = i18n::language();
}

/// A menu entry that shows or hides a panel, ticked while it is shown.
fn panel_toggle_ui(ui: &mut Ui, state: &AppState, action: Action, shown: bool, out: &mut Vec<Command>) {
    let shortcut = action.shortcut_text(ui.ctx());
    if bidi::shortcut_button_ui(ui, true, Some(shown), action.label(), shortcut).clicked()
        && let Some(command) = state.command_for(action)
    {
        out.push(command);
    }
}
