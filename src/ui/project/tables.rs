//! The tables view: tag × document attribute (segments or documents) and tag
//! co-occurrence (overlap or same paragraph), filtered by the coded segments
//! view's filters; a click on a cell lists its segments; export as CSV.

use egui::{Button, RichText, Ui};

use super::command::{ProjectCommand, ProjectDialog};
use super::corpus::cell;
use super::segments::segment_list_ui;
use super::{ProjectView, TableSpec};
use crate::export::table::Header;
use crate::model::TagId;
use crate::model::codebook::PATH_SEPARATOR;
use crate::session::project::{CooccurrenceMode, Corpus, CountUnit};
use crate::t;
use crate::ui::command::{Command, FileDialogKind};
use crate::ui::state::AppState;

/// Width of the row labels and of the count cells, in points.
const LABEL_WIDTH: f32 = 240.0;
const CELL_WIDTH: f32 = 96.0;

/// A row or column head for display: a tag of the codebook (a tag row, a
/// co-occurrence column, a stakeholder-group value) as its path of labels in the
/// interface language ([`crate::ui::i18n::tag_label`]); an empty value as "(no
/// value)" translated; anything else as the table has it. In logical order: a
/// cell puts it in visual order ([`crate::ui::bidi::cell_label_ui`]).
fn head_label(corpus: &Corpus, head: &Header) -> String {
    if head.key.is_empty() {
        return crate::ui::i18n::tr_logical("segments-no-value");
    }
    let codebook = corpus.codebook();
    let Some(tag) = TagId::new(&head.key).and_then(|id| codebook.get(&id)) else {
        return head.label.clone();
    };
    let mut parts: Vec<String> = codebook
        .ancestors(&tag.id)
        .into_iter()
        .rev()
        .map(|a| codebook.get(a).map_or_else(|| a.to_string(), crate::ui::i18n::tag_label))
        .collect();
    parts.push(crate::ui::i18n::tag_label(tag));
    parts.join(PATH_SEPARATOR)
}

/// The table's controls: which table, with what.
fn controls_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(corpus) = state.project.corpus() else {
        return;
    };
    let spec = &state.projects.tables.spec;
    ui.horizontal_wrapped(|ui| {
        let attribute_table = matches!(spec, TableSpec::Attribute { .. });
        if ui.selectable_label(attribute_table, t!("tables-attribute")).clicked() && !attribute_table {
            out.push(Command::Project(ProjectCommand::Table(TableSpec::default())));
        }
        if ui.selectable_label(!attribute_table, t!("tables-cooccurrence")).clicked() && attribute_table {
            out.push(Command::Project(ProjectCommand::Table(TableSpec::Cooccurrence(CooccurrenceMode::Overlap))));
        }
        ui.separator();
        match spec {
            TableSpec::Attribute { attribute, unit } => {
                let attributes = corpus.attributes().attributes();
                let chosen = attribute.as_ref().and_then(|a| corpus.attributes().get(a)).or_else(|| attributes.first());
                let combo = egui::ComboBox::new("table-attribute", t!("tables-attribute-choice"));
                let shown = chosen.map_or_else(|| "—".to_owned(), super::attribute_label);
                crate::ui::bidi::combo_box(ui, combo, &shown, |ui| {
                    for a in attributes {
                        if ui
                            .selectable_label(chosen.is_some_and(|c| c.id == a.id), super::attribute_label(a))
                            .clicked()
                        {
                            out.push(Command::Project(ProjectCommand::Table(TableSpec::Attribute {
                                attribute: Some(a.id.clone()),
                                unit: *unit,
                            })));
                        }
                    }
                });
                for (choice, label) in [
                    (CountUnit::Segments, t!("tables-count-segments")),
                    (CountUnit::Documents, t!("tables-count-documents")),
                ] {
                    if ui.radio(*unit == choice, label).clicked() {
                        out.push(Command::Project(ProjectCommand::Table(TableSpec::Attribute {
                            attribute: attribute.clone(),
                            unit: choice,
                        })));
                    }
                }
            }
            TableSpec::Cooccurrence(mode) => {
                for (choice, label) in [
                    (CooccurrenceMode::Overlap, t!("tables-overlap")),
                    (CooccurrenceMode::Paragraph, t!("tables-same-paragraph")),
                ] {
                    if ui.radio(*mode == choice, label).clicked() {
                        out.push(Command::Project(ProjectCommand::Table(TableSpec::Cooccurrence(choice))));
                    }
                }
            }
        }
        ui.separator();
        let table = state.projects.tables.table.as_ref();
        if ui.add_enabled(table.is_some(), Button::new(t!("tables-export"))).clicked() {
            out.push(Command::FileDialog(FileDialogKind::Project(ProjectDialog::ExportTable)));
        }
    });
    ui.horizontal(|ui| {
        let filters = super::segments::describe_query(&state.projects.table_query(), corpus);
        ui.weak(t!("tables-filters", filters = filters));
        if ui.small_button(t!("tables-change-filters")).clicked() {
            out.push(Command::Project(ProjectCommand::ShowView(Some(ProjectView::Segments))));
        }
    });
}

/// The corner of `table`: what its rows and its columns are (`tag \ Region`), in
/// the interface language, logical order.
fn corner_label(corpus: &Corpus, table: &crate::export::table::Table) -> String {
    let title = |title: &str| match crate::model::attributes::AttributeId::new(title) {
        Some(id) if title != "tag" => {
            corpus.attributes().get(&id).map_or_else(|| title.to_owned(), super::attribute_label_logical)
        }
        _ => crate::ui::i18n::tr_logical("tables-corner-tag"),
    };
    format!("{} \\ {}", title(&table.row_title), title(&table.column_title))
}

/// The tables view.
pub fn tables_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(corpus) = state.project.corpus() else {
        return;
    };
    ui.heading(t!("project-view-tables"));
    controls_ui(ui, state, out);
    ui.separator();
    let panel = &state.projects.tables;
    if state.project.index().is_none() {
        ui.weak(t!("project-reading-files"));
        return;
    }
    if let Some(error) = &panel.error {
        ui.colored_label(crate::ui::theme::palette(state.settings.dark_mode).error, error);
    }
    let Some(table) = &panel.table else {
        ui.weak(t!("tables-no-attributes"));
        return;
    };
    let columns: Vec<String> = table.columns.iter().map(|h| head_label(corpus, h)).collect();
    let rows: Vec<String> = table.rows.iter().map(|h| head_label(corpus, h)).collect();
    let cell_height = if panel.cell.is_some() { ui.available_height() * 0.5 } else { ui.available_height() };
    #[allow(clippy::cast_precision_loss)] // a handful of columns
    let total = LABEL_WIDTH + (CELL_WIDTH + ui.spacing().item_spacing.x) * (columns.len() + 1) as f32;
    let scroll = egui::ScrollArea::both().id_salt("table").stick_to_right(super::mirrored());
    scroll.max_height(cell_height).auto_shrink([false, true]).show(ui, |ui| {
        super::wide_rows_ui(ui, total, |ui| {
            ui.horizontal(|ui| {
                cell(ui, LABEL_WIDTH, |ui| {
                    let corner = corner_label(corpus, table);
                    crate::ui::bidi::cell_label_ui(ui, &corner, |text| RichText::new(text).weak());
                });
                for column in &columns {
                    cell(ui, CELL_WIDTH, |ui| {
                        crate::ui::bidi::cell_label_ui(ui, column, |text| RichText::new(text).strong());
                    });
                }
                cell(ui, CELL_WIDTH, |ui| {
                    ui.strong(t!("tables-total"));
                });
            });
            let totals = table.row_totals();
            for (r, (row, label)) in table.rows.iter().zip(&rows).enumerate() {
                ui.horizontal(|ui| {
                    cell(ui, LABEL_WIDTH, |ui| {
                        #[allow(clippy::cast_precision_loss)] // depth is small
                        ui.add_space(16.0 * row.depth as f32);
                        crate::ui::bidi::cell_label_ui(ui, label, RichText::new);
                    });
                    for (c, column) in columns.iter().enumerate() {
                        cell(ui, CELL_WIDTH, |ui| {
                            let count = table.cell(r, c);
                            let selected = panel.cell == Some((r, c));
                            let text =
                                if count == 0 { RichText::new("0").weak() } else { RichText::new(count.to_string()) };
                            let response = ui.add(Button::selectable(selected, text));
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::accesskit::Role::Button,
                                    true,
                                    format!("{label} × {column}: {count}"),
                                )
                            });
                            if response.clicked() {
                                out.push(Command::Project(ProjectCommand::Cell((!selected).then_some((r, c)))));
                            }
                        });
                    }
                    cell(ui, CELL_WIDTH, |ui| {
                        ui.strong(totals.get(r).copied().unwrap_or(0).to_string());
                    });
                });
            }
            ui.horizontal(|ui| {
                cell(ui, LABEL_WIDTH, |ui| {
                    ui.strong(t!("tables-total"));
                });
                for total in table.column_totals() {
                    cell(ui, CELL_WIDTH, |ui| {
                        ui.strong(total.to_string());
                    });
                }
                cell(ui, CELL_WIDTH, |ui| {
                    ui.strong(table.total().to_string());
                });
            });
        });
    });
    if let Some((r, c)) = panel.cell {
        ui.separator();
        let row = rows.get(r).map_or("", String::as_str);
        let column = columns.get(c).map_or("", String::as_str);
        ui.horizontal(|ui| {
            ui.strong(t!("tables-cell", row = row, column = column, count = panel.cell_rows.len()));
            if ui.small_button(t!("button-close")).clicked() {
                out.push(Command::Project(ProjectCommand::Cell(None)));
            }
        });
        segment_list_ui(ui, state, corpus, &panel.cell_rows, "table-cell", out);
    }
}
