//! The corpus search view: a query over every document (literal, whole word or
//! regular expression; letter case and accents), the hits as keyword in context,
//! a click to open one, and auto-coding of every hit in one step per document.

use egui::{Align, Layout, RichText, Sense, Ui};

use super::command::ProjectCommand;
use crate::session::project::{SearchHit, SearchMode, SearchOptions};
use crate::t;
use crate::ui::bidi::HoverText as _;
use crate::ui::command::Command;
use crate::ui::state::AppState;

/// Height of a hit's row, in points.
const ROW_HEIGHT: f32 = 22.0;
/// Width of the document column and of the context before the hit, in points.
const DOCUMENT_WIDTH: f32 = 220.0;
const BEFORE_WIDTH: f32 = 320.0;

/// The corpus search view.
pub fn search_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(corpus) = state.project.corpus() else {
        return;
    };
    let panel = &state.projects.search;
    ui.heading(t!("search-heading"));
    query_ui(ui, state, out);
    let documents = state.projects.filtered_documents(&state.project).len();
    if !state.projects.segments.query.conditions.is_empty() {
        ui.weak(t!("search-in-documents", documents = documents, count = corpus.documents().len()));
    }
    let palette = crate::ui::theme::palette(state.settings.dark_mode);
    if let Some(error) = &panel.error {
        ui.colored_label(palette.error, error);
    }
    if state.project.index().is_none() {
        ui.weak(t!("project-reading-files"));
        return;
    }
    let hits = &panel.results.hits;
    ui.horizontal_wrapped(|ui| {
        let in_documents: std::collections::BTreeSet<usize> = hits.iter().map(|h| h.document).collect();
        let key = if panel.results.truncated { "search-hits-truncated" } else { "search-hits" };
        ui.strong(t!(key, count = hits.len(), documents = in_documents.len()));
        ui.add_enabled_ui(!hits.is_empty(), |ui| {
            crate::ui::bidi::menu_button(ui, t!("search-autocode"), |ui| {
                for (tag, depth) in corpus.codebook().tree() {
                    if ui.button(format!("{}{}", "    ".repeat(depth), tag.label)).clicked() {
                        out.push(Command::Project(ProjectCommand::Autocode(tag.id.clone())));
                    }
                }
            });
        });
        if !panel.last_autocode.is_empty() && ui.button(t!("search-undo-autocode")).clicked() {
            out.push(Command::Project(ProjectCommand::UndoAutocode));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().id_salt("search-hits").auto_shrink([false, false]).show_rows(
        ui,
        ROW_HEIGHT,
        hits.len(),
        |ui, range| {
            for hit in hits.get(range).unwrap_or_default() {
                let key = corpus.documents().get(hit.document).map_or("", |d| d.key.as_str());
                hit_ui(ui, key, hit, palette.search_hit, out);
            }
        },
    );
}

/// The query field, Search, and the mode and option switches.
fn query_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let panel = &state.projects.search;
    let mut query = panel.query.clone();
    let mut options: SearchOptions = panel.options;
    ui.horizontal_wrapped(|ui| {
        // A regular expression is typed left to right in every language.
        let field = egui::TextEdit::singleline(&mut query);
        let field = match options.mode {
            SearchMode::Regex => crate::ui::bidi::ltr_field(field),
            _ => crate::ui::bidi::reading_field(field),
        };
        let field = field.hint_text(t!("search-hint")).desired_width(320.0).id_salt("corpus-search");
        let field = crate::ui::bidi::field_ui(ui, field);
        field.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::TextInput, true, t!("search-field")));
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(t!("project-view-search")).clicked() || enter {
            out.push(Command::Project(ProjectCommand::Search { query: query.clone(), options }));
            out.push(Command::Project(ProjectCommand::RunSearch));
        }
        ui.radio_value(&mut options.mode, SearchMode::Literal, t!("search-mode-text"));
        ui.radio_value(&mut options.mode, SearchMode::WholeWord, t!("search-mode-words"));
        ui.radio_value(&mut options.mode, SearchMode::Regex, t!("search-mode-regex"));
        ui.checkbox(&mut options.match_case, t!("search-match-case"));
        ui.checkbox(&mut options.match_accents, t!("search-match-accents"));
    });
    if query != panel.query || options != panel.options {
        out.push(Command::Project(ProjectCommand::Search { query, options }));
    }
}

/// One hit in context (document `key`, ¶, before, the match, after); a click
/// opens the document at it.
fn hit_ui(ui: &mut Ui, key: &str, hit: &SearchHit, highlight: egui::Color32, out: &mut Vec<Command>) {
    let response = ui
        .horizontal(|ui| {
            super::corpus::cell(ui, DOCUMENT_WIDTH, |ui| {
                ui.add(egui::Label::new(RichText::new(format!("{key}  ¶{}", hit.ordinal)).weak()).truncate());
            });
            ui.allocate_ui_with_layout(
                egui::vec2(BEFORE_WIDTH, ROW_HEIGHT),
                Layout::right_to_left(Align::Center),
                |ui| {
                    ui.set_min_width(BEFORE_WIDTH);
                    ui.label(&hit.before);
                },
            );
            ui.label(RichText::new(&hit.matched).strong().background_color(highlight));
            ui.add(egui::Label::new(&hit.after).truncate());
        })
        .response
        .interact(Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::accesskit::Role::Button,
            true,
            t!(
                "search-hit-name",
                key = key,
                ordinal = hit.ordinal,
                text = format!("{}{}{}", hit.before, hit.matched, hit.after)
            ),
        )
    });
    if response.hover_text(t!("search-open-tooltip")).clicked() {
        out.push(Command::Project(ProjectCommand::OpenHit(Box::new(hit.clone()))));
    }
}
