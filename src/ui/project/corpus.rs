//! The corpus panel: the project's documents with their attributes, annotation
//! files and counts per tag; sorted by any column, filtered by text; a document's
//! attributes edited below the list.

use std::cmp::Ordering;

use egui::{Align, Button, Layout, RichText, Ui, vec2};

use super::command::{AttributeDraft, KindChoice, ProjectCommand, ProjectDialog, ProjectModal};
use super::{CorpusSort, ProjectUi};
use crate::model::attributes::{AttributeKind, Value, compare_text};
use crate::session::project::Corpus;
use crate::t;
use crate::ui::bidi::HoverText as _;
use crate::ui::command::{Command, FileDialogKind, Modal};
use crate::ui::state::AppState;

/// Height of a row of the list, in points.
const ROW_HEIGHT: f32 = 22.0;
/// Column widths, in points.
const OPEN_WIDTH: f32 = 48.0;
const KEY_WIDTH: f32 = 230.0;
const TITLE_WIDTH: f32 = 200.0;
const VALUE_WIDTH: f32 = 110.0;
const COUNT_WIDTH: f32 = 72.0;

/// A cell of exactly `width` points, its content left-aligned, vertically
/// centred and clipped to the cell: content wider than its column never pushes
/// the next cells, so header and rows line up.
pub(super) fn cell<R>(ui: &mut Ui, width: f32, content: impl FnOnce(&mut Ui) -> R) -> R {
    let (rect, _) = ui.allocate_exact_size(vec2(width, ROW_HEIGHT), egui::Sense::hover());
    // Mirrored, a cell's content starts on its right, as the columns do.
    let layout =
        if super::mirrored() { Layout::right_to_left(Align::Center) } else { Layout::left_to_right(Align::Center) };
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(layout));
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    content(&mut child)
}

/// Widest a column is widened to fit its header, in points.
const MAX_VALUE_WIDTH: f32 = 240.0;
const MAX_COUNT_WIDTH: f32 = 180.0;
/// Room for the sort triangle after a header's label, in points.
const TRIANGLE_ROOM: f32 = 16.0;

/// The width of each column this frame: the fixed width, widened (up to a cap) to
/// the widest of its header and its fixed-text cells (the Open button), measured
/// in the interface language, so nothing is cut or shifted in Russian or French.
struct Widths {
    open: f32,
    values: Vec<f32>,
    files: f32,
    tags: Vec<f32>,
}

impl Widths {
    fn measure(ui: &Ui, corpus: &Corpus) -> Self {
        let padding = 2.0 * ui.spacing().button_padding.x + 4.0;
        let text = |label: &str| {
            let font = egui::TextStyle::Button.resolve(ui.style());
            ui.fonts_mut(|f| f.layout_no_wrap(label.to_owned(), font, egui::Color32::PLACEHOLDER).size().x)
        };
        let header = |label: &str, min: f32, max: f32| (text(label) + padding + TRIANGLE_ROOM).clamp(min, max);
        Self {
            open: (text(&t!("corpus-open")) + padding).max(OPEN_WIDTH),
            values: corpus
                .attributes()
                .attributes()
                .iter()
                .map(|a| header(&super::attribute_label(a), VALUE_WIDTH, MAX_VALUE_WIDTH))
                .collect(),
            files: header(&t!("corpus-column-files"), COUNT_WIDTH, MAX_COUNT_WIDTH),
            tags: corpus
                .codebook()
                .tree()
                .iter()
                .map(|(tag, _)| header(&crate::ui::i18n::tag_label_shown(tag), COUNT_WIDTH, MAX_COUNT_WIDTH))
                .collect(),
        }
    }

    /// The width of a whole row: every column and the `spacing` between them.
    fn total(&self, spacing: f32) -> f32 {
        let columns = [self.open, KEY_WIDTH, TITLE_WIDTH, self.files];
        let sum: f32 = columns.iter().chain(&self.values).chain(&self.tags).sum();
        #[allow(clippy::cast_precision_loss)] // a handful of columns
        let gaps = (columns.len() + self.values.len() + self.tags.len()) as f32 * spacing;
        sum + gaps
    }

    fn value(&self, i: usize) -> f32 {
        self.values.get(i).copied().unwrap_or(VALUE_WIDTH)
    }

    fn tag(&self, i: usize) -> f32 {
        self.tags.get(i).copied().unwrap_or(COUNT_WIDTH)
    }
}

/// The documents shown, in order: those the filter keeps, sorted.
pub fn visible_documents(state: &AppState) -> Vec<usize> {
    let Some(corpus) = state.project.corpus() else {
        return Vec::new();
    };
    let panel = &state.projects.corpus;
    let needle = panel.filter.trim().to_lowercase();
    let attributes = corpus.attributes().attributes();
    let mut rows: Vec<usize> = (0..corpus.documents().len())
        .filter(|d| {
            needle.is_empty()
                || corpus.documents()[*d].key.to_lowercase().contains(&needle)
                || state.project.document_title(*d).is_some_and(|t| t.to_lowercase().contains(&needle))
                || attributes.iter().any(|a| {
                    corpus.value(*d, &a.id).is_some_and(|v| {
                        v.to_lowercase().contains(&needle)
                            || (matches!(a.kind, AttributeKind::OneOf(_))
                                && super::value_label(corpus, v).to_lowercase().contains(&needle))
                    })
                })
        })
        .collect();
    let counts = &state.projects.counts;
    let order = |a: &usize, b: &usize| -> Ordering {
        match &panel.sort {
            CorpusSort::Document => corpus.documents()[*a].key.cmp(&corpus.documents()[*b].key),
            CorpusSort::Title => compare_text(
                state.project.document_title(*a).unwrap_or_default(),
                state.project.document_title(*b).unwrap_or_default(),
            ),
            CorpusSort::Attribute(id) => {
                let kind = corpus.attributes().get(id).map_or(AttributeKind::Text, |a| a.kind.clone());
                let value = |d: usize| corpus.value(d, id).and_then(|v| Value::parse(&kind, v).ok().flatten());
                match (value(*a), value(*b)) {
                    (Some(x), Some(y)) => x.compare(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                }
            }
            CorpusSort::Files => {
                let files = |d: usize| counts.get(d).map_or(0, |c| c.1);
                files(*a).cmp(&files(*b))
            }
            CorpusSort::Tag(tag) => {
                let count = |d: usize| counts.get(d).and_then(|c| c.0.get(tag)).copied().unwrap_or(0);
                count(*a).cmp(&count(*b))
            }
        }
    };
    rows.sort_by(|a, b| {
        let primary = order(a, b);
        let primary = if panel.descending { primary.reverse() } else { primary };
        primary.then_with(|| corpus.documents()[*a].key.cmp(&corpus.documents()[*b].key))
    });
    rows
}

/// A sortable column header, its label `indent` points in (to line up with
/// the text of a framed button in the cells below).
fn header_ui(
    ui: &mut Ui,
    projects: &ProjectUi,
    (width, indent): (f32, f32),
    label: &str,
    sort: CorpusSort,
    out: &mut Vec<Command>,
) -> egui::Response {
    // The sort direction: a triangle after the label (drawn: egui's font has no
    // arrow glyphs), and in the name a screen reader reads.
    let sorted = (projects.corpus.sort == sort).then_some(projects.corpus.descending);
    cell(ui, width, |ui| {
        ui.add_space(indent);
        let response = ui.add(Button::new(RichText::new(label).strong()).frame(false).truncate());
        if let Some(descending) = sorted {
            let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), egui::Sense::hover());
            super::paint_triangle(ui.painter(), rect, !descending, ui.visuals().text_color());
            let name = if descending {
                t!("corpus-sorted-descending", label = label)
            } else {
                t!("corpus-sorted-ascending", label = label)
            };
            response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, name.clone()));
        }
        let response = response.hover_text(t!("corpus-sort-by", label = label));
        if response.clicked() {
            out.push(Command::Project(ProjectCommand::Sort(sort)));
        }
        response
    })
}

/// The corpus panel.
pub fn corpus_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(corpus) = state.project.corpus() else {
        return;
    };
    let projects = &state.projects;
    toolbar_ui(ui, state, corpus, out);
    ui.separator();
    let rows = visible_documents(state);
    let attributes = corpus.attributes().attributes();
    #[allow(clippy::cast_precision_loss)] // a handful of attributes
    let editor_height = if projects.corpus.selected.is_some() { 110.0 + 26.0 * attributes.len() as f32 } else { 0.0 };
    let list_height = (ui.available_height() - editor_height - ROW_HEIGHT - 8.0).max(120.0);
    let widths = Widths::measure(ui, corpus);
    // Scroll bars that take their own room: a floating one would cover the last
    // row (right-to-left or not).
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    let total = widths.total(ui.spacing().item_spacing.x);
    egui::ScrollArea::horizontal().id_salt("corpus-columns").stick_to_right(super::mirrored()).show(ui, |ui| {
        super::wide_rows_ui(ui, total, |ui| {
            ui.horizontal(|ui| headers_ui(ui, projects, corpus, &widths, out));
            egui::ScrollArea::vertical()
                .id_salt("corpus-rows")
                .max_height(list_height)
                .auto_shrink([false, true])
                .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
                    for &document in rows.get(range).unwrap_or_default() {
                        row_ui(ui, state, corpus, &widths, document, out);
                    }
                });
        });
    });
    if rows.is_empty() {
        ui.weak(if !corpus.documents().is_empty() {
            t!("corpus-no-match")
        } else if documents_missing(state, corpus) {
            // Not an empty folder: the documents are gone (the warnings above say which).
            t!("corpus-documents-missing")
        } else {
            t!("corpus-no-documents")
        });
    }
    if let Some(document) = projects.corpus.selected {
        ui.separator();
        attribute_editor_ui(ui, state, corpus, document, out);
    }
}

/// The project's name and totals, Save project, the filter, the attribute
/// buttons, and the first problems found.
fn toolbar_ui(ui: &mut Ui, state: &AppState, corpus: &Corpus, out: &mut Vec<Command>) {
    let projects = &state.projects;
    let counts = &projects.counts;
    ui.horizontal_wrapped(|ui| {
        ui.heading(corpus.name());
        let annotations: usize = counts.iter().map(|(tags, _)| tags.values().sum::<usize>()).sum();
        let files: usize = counts.iter().map(|(_, files)| files).sum();
        ui.label(t!("corpus-totals", count = corpus.documents().len(), files = files, codings = annotations));
        if corpus.is_modified() && ui.button(t!("project-save")).clicked() {
            out.push(Command::Project(ProjectCommand::Save));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let mut filter = projects.corpus.filter.clone();
        let field = crate::ui::bidi::field_ui(
            ui,
            crate::ui::bidi::reading_field(egui::TextEdit::singleline(&mut filter))
                .hint_text(t!("corpus-filter-hint"))
                .desired_width(260.0)
                .id_salt("corpus-filter"),
        );
        field.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::TextInput, true, t!("corpus-filter")));
        if filter != projects.corpus.filter {
            out.push(Command::Project(ProjectCommand::Filter(filter)));
        }
        if ui.button(t!("corpus-add-attribute")).clicked() {
            out.push(Command::ShowModal(Modal::Project(ProjectModal::AttributeEditor(AttributeDraft::default()))));
        }
        if ui.button(t!("corpus-import-attributes")).hover_text(t!("corpus-import-attributes-tooltip")).clicked() {
            out.push(Command::FileDialog(FileDialogKind::Project(ProjectDialog::ImportAttributes)));
        }
        if ui.button(t!("corpus-export-attributes")).clicked() {
            out.push(Command::FileDialog(FileDialogKind::Project(ProjectDialog::ExportAttributes)));
        }
    });
    let scan = corpus.problems().iter().map(crate::ui::errors::UiMessage::ui_message);
    let index = state.project.index().map(|i| &i.problems).into_iter().flatten();
    for problem in scan.chain(index.map(crate::ui::errors::UiMessage::ui_message)).take(3) {
        ui.colored_label(crate::ui::theme::palette(state.settings.dark_mode).warning, problem);
    }
}

/// The column headers (click to sort); an attribute's header has a menu to edit
/// or remove it.
fn headers_ui(ui: &mut Ui, projects: &ProjectUi, corpus: &Corpus, widths: &Widths, out: &mut Vec<Command>) {
    cell(ui, widths.open, |_| {});
    header_ui(
        ui,
        projects,
        (KEY_WIDTH, ui.spacing().button_padding.x),
        &t!("corpus-column-document"),
        CorpusSort::Document,
        out,
    );
    header_ui(ui, projects, (TITLE_WIDTH, 0.0), &t!("corpus-column-title"), CorpusSort::Title, out);
    for (i, attribute) in corpus.attributes().attributes().iter().enumerate() {
        let response = header_ui(
            ui,
            projects,
            (widths.value(i), 0.0),
            &super::attribute_label(attribute),
            CorpusSort::Attribute(attribute.id.clone()),
            out,
        );
        response.context_menu(|ui| {
            if ui.button(t!("corpus-edit-attribute")).clicked() {
                let draft = AttributeDraft {
                    id: Some(attribute.id.clone()),
                    label: attribute.label.clone(),
                    description: attribute.description.clone(),
                    kind: KindChoice::of(&attribute.kind),
                    choices: match &attribute.kind {
                        AttributeKind::OneOf(choices) => choices.join("\n"),
                        _ => String::new(),
                    },
                    error: None,
                };
                out.push(Command::ShowModal(Modal::Project(ProjectModal::AttributeEditor(draft))));
            }
            if ui.button(t!("corpus-remove-attribute")).clicked() {
                out.push(Command::ShowModal(Modal::Project(ProjectModal::ConfirmRemoveAttribute(
                    attribute.id.clone(),
                ))));
            }
        });
    }
    header_ui(ui, projects, (widths.files, 0.0), &t!("corpus-column-files"), CorpusSort::Files, out);
    for (i, (tag, _)) in corpus.codebook().tree().iter().enumerate() {
        let label = crate::ui::i18n::tag_label_shown(tag);
        header_ui(ui, projects, (widths.tag(i), 0.0), &label, CorpusSort::Tag(tag.id.clone()), out);
    }
}

fn row_ui(ui: &mut Ui, state: &AppState, corpus: &Corpus, widths: &Widths, document: usize, out: &mut Vec<Command>) {
    let Some(found) = corpus.documents().get(document) else {
        return;
    };
    let selected = state.projects.corpus.selected == Some(document);
    let (tags, files) = state.projects.counts.get(document).cloned().unwrap_or_default();
    ui.horizontal(|ui| {
        cell(ui, widths.open, |ui| {
            let open = ui.small_button(t!("corpus-open")).hover_text(t!("corpus-open-tooltip"));
            open.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::accesskit::Role::Button,
                    true,
                    t!("corpus-open-name", key = found.key.as_str()),
                )
            });
            if open.clicked() {
                out.push(Command::Project(ProjectCommand::OpenDocument(document)));
            }
        });
        cell(ui, KEY_WIDTH, |ui| {
            let response = ui.add(Button::selectable(selected, &found.key).truncate());
            if response.clicked() {
                out.push(Command::Project(ProjectCommand::SelectDocument(Some(document))));
            }
            if response.double_clicked() {
                out.push(Command::Project(ProjectCommand::OpenDocument(document)));
            }
        });
        cell(ui, TITLE_WIDTH, |ui| match state.project.document_title(document) {
            Some(title) => {
                crate::ui::bidi::cell_label_ui(ui, title, RichText::new);
            }
            None => {
                ui.weak("…");
            }
        });
        for (i, attribute) in corpus.attributes().attributes().iter().enumerate() {
            cell(ui, widths.value(i), |ui| {
                let value = corpus.value(document, &attribute.id).unwrap_or_default();
                let value = match &attribute.kind {
                    AttributeKind::OneOf(_) => super::value_label(corpus, value),
                    _ => value.to_owned(),
                };
                // A long Arabic value loses its logical end, on the left.
                crate::ui::bidi::cell_label_ui(ui, &value, RichText::new);
            });
        }
        cell(ui, widths.files, |ui| {
            ui.label(files.to_string());
        });
        for (i, (tag, _)) in corpus.codebook().tree().into_iter().enumerate() {
            cell(ui, widths.tag(i), |ui| {
                let count = tags.get(&tag.id).copied().unwrap_or(0);
                if count == 0 {
                    ui.weak("0");
                } else {
                    ui.label(count.to_string());
                }
            });
        }
    });
}

/// The selected document's attributes, editable.
fn attribute_editor_ui(ui: &mut Ui, state: &AppState, corpus: &Corpus, document: usize, out: &mut Vec<Command>) {
    let Some(found) = corpus.documents().get(document) else {
        return;
    };
    let palette = crate::ui::theme::palette(state.settings.dark_mode);
    ui.horizontal(|ui| {
        ui.strong(t!("corpus-attributes-of", key = found.key.as_str()));
        if ui.button(t!("corpus-open-document")).clicked() {
            out.push(Command::Project(ProjectCommand::OpenDocument(document)));
        }
        if ui.button(t!("button-close")).clicked() {
            out.push(Command::Project(ProjectCommand::SelectDocument(None)));
        }
    });
    egui::Grid::new("attribute-editor").num_columns(3).spacing([12.0, 4.0]).show(ui, |ui| {
        for attribute in corpus.attributes().attributes() {
            let name = ui.label(super::attribute_label(attribute)).hover_text(&attribute.description);
            let current = corpus.value(document, &attribute.id).unwrap_or_default();
            let slot = (document, attribute.id.clone());
            match &attribute.kind {
                AttributeKind::OneOf(choices) => {
                    let label_of = |choice: &str| super::value_label_shown(corpus, choice);
                    let shown = if current.is_empty() { t!("corpus-value-none") } else { label_of(current) };
                    let combo =
                        egui::ComboBox::from_id_salt(("attribute", document, attribute.id.as_str())).width(260.0);
                    let combo = crate::ui::bidi::combo_box(ui, combo, &shown, |ui| {
                        if ui.selectable_label(current.is_empty(), t!("corpus-value-none")).clicked() {
                            out.push(Command::Project(ProjectCommand::SetValue {
                                document,
                                attribute: attribute.id.clone(),
                                value: None,
                            }));
                        }
                        for choice in choices {
                            if ui.selectable_label(current == choice, label_of(choice)).clicked() {
                                out.push(Command::Project(ProjectCommand::SetValue {
                                    document,
                                    attribute: attribute.id.clone(),
                                    value: Some(choice.clone()),
                                }));
                            }
                        }
                    });
                    combo.response.labelled_by(name.id);
                }
                kind => {
                    let draft = state.projects.corpus.drafts.get(&slot);
                    let mut text = draft.cloned().unwrap_or_else(|| current.to_owned());
                    let hint = match kind {
                        AttributeKind::Date => t!("corpus-hint-date"),
                        AttributeKind::Number => t!("corpus-hint-number"),
                        _ => String::new(),
                    };
                    // Dates and numbers are typed left to right in every language.
                    let field = egui::TextEdit::singleline(&mut text);
                    let field = match kind {
                        AttributeKind::Date | AttributeKind::Number => crate::ui::bidi::ltr_field(field),
                        _ => crate::ui::bidi::reading_field(field),
                    };
                    let id = ("attribute", document, attribute.id.as_str());
                    let field = field.hint_text(hint).desired_width(260.0).id_salt(id);
                    let response = crate::ui::bidi::field_ui(ui, field).labelled_by(name.id);
                    if response.changed() {
                        out.push(Command::Project(ProjectCommand::Draft {
                            document,
                            attribute: attribute.id.clone(),
                            text: text.clone(),
                        }));
                    }
                    if response.lost_focus() && draft.is_some() {
                        out.push(Command::Project(ProjectCommand::SetValue {
                            document,
                            attribute: attribute.id.clone(),
                            value: Some(text),
                        }));
                    }
                }
            }
            match state.projects.corpus.errors.get(&slot) {
                Some(error) => {
                    ui.colored_label(palette.error, error);
                }
                None => {
                    ui.weak(attribute.kind.as_str());
                }
            }
            ui.end_row();
        }
    });
    ui.weak(t!("corpus-editor-help"));
}

/// Whether the project lists a document that is missing, or has annotation
/// files whose documents are.
fn documents_missing(state: &AppState, corpus: &Corpus) -> bool {
    use crate::persist::project::ScanProblem;
    use crate::session::project::IndexProblem;
    corpus.problems().iter().any(|p| matches!(p, ScanProblem::MissingDocument { .. }))
        || state
            .project
            .index()
            .is_some_and(|i| i.problems.iter().any(|p| matches!(p, IndexProblem::MissingDocument { .. })))
}
