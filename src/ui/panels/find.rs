//! The find bar (Ctrl+F): query, hit count, previous / next, tag all hits.

use egui::{Button, Ui};

use crate::t;
use crate::ui::bidi::HoverText as _;
use crate::ui::command::{Action, Command, Direction};
use crate::ui::i18n;
use crate::ui::state::AppState;

/// The egui ID of the find field, so that Ctrl+F can give it the keyboard.
pub const FIND_FIELD: &str = "glosa-find-field";

/// The find bar, above the document, in reading order (from the right in a
/// right-to-left interface, [`crate::ui::bidi::row_wrapped`]). Its controls wrap onto a second line when
/// the document's column is too narrow for them (small windows, longer labels),
/// so none is ever cut off under a side panel.
pub fn find_bar_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let search = &state.search;
    let field_width = (ui.available_width() * 0.3).clamp(120.0, 260.0);
    crate::ui::bidi::row_wrapped(ui, |ui| {
        let label = ui.label(t!("find-label"));
        let mut query = search.query.clone();
        let response = crate::ui::bidi::field_ui(
            ui,
            crate::ui::bidi::reading_field(egui::TextEdit::singleline(&mut query))
                .id(egui::Id::unique(FIND_FIELD))
                .hint_text(t!("find-hint"))
                .desired_width(field_width),
        )
        .labelled_by(label.id);
        if query != search.query {
            out.push(Command::SetQuery(query));
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            let back = ui.input(|i| i.modifiers.shift);
            out.push(Command::NextHit(if back { Direction::Backward } else { Direction::Forward }));
            response.request_focus();
        }
        let mut options = state.settings.find;
        for (on, key) in [
            (&mut options.match_case, "find-match-case"),
            (&mut options.match_diacritics, "find-match-diacritics"),
            (&mut options.match_width, "find-match-width"),
        ] {
            let tooltip = t!(&format!("{key}.tooltip"));
            let response = ui.add(egui::Button::selectable(*on, t!(key))).hover_text(&tooltip);
            response.widget_info(|| egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, *on, &tooltip));
            if response.clicked() {
                *on = !*on;
            }
        }
        if options != state.settings.find {
            out.push(Command::SetFindOptions(options));
        }
        let count = search.hits.len();
        let position = search.current.map_or(0, |i| i + 1);
        ui.label(if search.query.is_empty() {
            String::new()
        } else {
            t!("find-hits", position = position, count = count)
        });
        let hint = |action: Action, ctx: &egui::Context| {
            format!("{} ({})", action.label(), action.shortcut_text(ctx).unwrap_or_default())
        };
        let (previous, next) = (hint(Action::FindPrevious, ui.ctx()), hint(Action::FindNext, ui.ctx()));
        if ui.add_enabled(count > 0, Button::new(t!("find-previous"))).hover_text(previous).clicked() {
            out.push(Command::NextHit(Direction::Backward));
        }
        if ui.add_enabled(count > 0, Button::new(t!("find-next"))).hover_text(next).clicked() {
            out.push(Command::NextHit(Direction::Forward));
        }
        ui.add_enabled_ui(count > 0, |ui| {
            crate::ui::bidi::menu_button(ui, t!("find-tag-all"), |ui| {
                let Some((id, session)) = state.session() else {
                    return;
                };
                for tag in session.set().tags.tags() {
                    if ui.button(i18n::tag_label_shown(tag)).clicked() {
                        out.push(Command::TagSpans(id, search.hits.clone(), tag.id.clone()));
                    }
                }
            });
        });
        if ui.button(t!("find-close")).hover_text(t!("find-close-tooltip")).clicked() {
            out.push(Command::CloseFind);
        }
    });
    ui.separator();
}
