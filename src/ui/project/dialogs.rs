//! The project dialogs: unsaved work in several files, the code editor (with the
//! parent code), the attribute editor, removing an attribute, and the format of a
//! coded-segments export. Escape cancels each, as everywhere.

use egui::{Button, Context};

use super::command::{
    AttributeDraft, CodeDraft, ExportScope, ImportReport, KindChoice, ProjectCommand, ProjectDialog,
    ProjectExportChoice, ProjectModal,
};
use crate::export::Format;
use crate::export::segments::SegmentFormat;
use crate::import::refi::RefiWarning;
use crate::import::web_annotation::Placement;
use crate::model::attributes::Attribute;
use crate::model::codebook::{Codebook, CodebookEdit};
use crate::model::project::ProjectEdit;
use crate::model::{Color, Tag};
use crate::session::project::export::ProjectFormat;
use crate::t;
use crate::ui::bidi::{form_row, reading_order};
use crate::ui::command::{Command, FileDialogKind};
use crate::ui::dialogs::{DialogKeys, buttons, discarding, window};
use crate::ui::i18n::format_label;
use crate::ui::state::AppState;

/// Draws a project dialog and queues what it decides.
pub fn modal_ui(ctx: &Context, modal: &mut ProjectModal, state: &AppState, keys: DialogKeys, out: &mut Vec<Command>) {
    match modal {
        ProjectModal::UnsavedAll(then) => unsaved_ui(ctx, then, state, keys, out),
        ProjectModal::CodeEditor(draft) => code_editor_ui(ctx, draft, state, keys, out),
        ProjectModal::AttributeEditor(draft) => attribute_editor_ui(ctx, draft, state, keys, out),
        ProjectModal::ConfirmRemoveAttribute(id) => {
            let Some(corpus) = state.project.corpus() else {
                out.push(Command::CloseModal);
                return;
            };
            let label = corpus.attributes().get(id).map_or_else(|| id.to_string(), |a| a.label.clone());
            let documents = (0..corpus.documents().len()).filter(|d| corpus.value(*d, id).is_some()).count();
            let choice =
                window(ctx, "remove-attribute", &t!("project-remove-attribute-title", label = label.as_str()), |ui| {
                    ui.label(t!("project-remove-attribute-text", count = documents));
                    buttons(ui, &[&t!("project-remove"), &t!("button-cancel")])
                });
            match (choice, keys.escape) {
                (Some(0), _) => out.extend([
                    Command::CloseModal,
                    Command::Project(ProjectCommand::Edit(ProjectEdit::RemoveAttribute(id.clone()))),
                ]),
                (Some(_), _) | (None, true) => out.push(Command::CloseModal),
                (None, false) => {}
            }
        }
        ProjectModal::ExportSegments(format) => {
            let count = state.projects.segments.rows.len();
            let clicked = window(ctx, "export-segments", &t!("project-export-segments-title", count = count), |ui| {
                for choice in SegmentFormat::ALL {
                    crate::ui::bidi::radio_value(ui, format, choice, segment_format_label(choice));
                }
                ui.weak(t!("project-export-columns-note"));
                buttons(ui, &[&t!("button-export"), &t!("button-cancel")])
            });
            match (clicked, keys.escape, keys.enter) {
                (Some(0), _, _) | (None, false, true) => out.extend([
                    Command::CloseModal,
                    Command::FileDialog(FileDialogKind::Project(ProjectDialog::ExportSegments(*format))),
                ]),
                (Some(_), _, _) | (None, true, _) => out.push(Command::CloseModal),
                (None, false, false) => {}
            }
        }
        ProjectModal::ImportReport(report) => import_report_ui(ctx, report, keys, out),
        ProjectModal::Export(choice) => export_ui(ctx, choice, state, keys, out),
    }
}

/// The formats of a whole-project export, in menu order.
const PROJECT_FORMATS: [ProjectFormat; 8] = [
    ProjectFormat::Segments(SegmentFormat::Csv),
    ProjectFormat::Segments(SegmentFormat::CsvExcel),
    ProjectFormat::Segments(SegmentFormat::Xlsx),
    ProjectFormat::Segments(SegmentFormat::Markdown),
    ProjectFormat::Segments(SegmentFormat::Json),
    ProjectFormat::W3c,
    ProjectFormat::Qdpx,
    ProjectFormat::Qdc,
];

/// A project format's name in the dialog.
fn project_format_label(format: ProjectFormat) -> String {
    match format {
        ProjectFormat::Segments(format) => segment_format_label(format),
        ProjectFormat::W3c => format_label(Format::Json),
        ProjectFormat::Qdpx => format_label(Format::Qdpx),
        ProjectFormat::Qdc => format_label(Format::Qdc),
    }
}

/// A coded-segments format's name in the dialog.
fn segment_format_label(format: SegmentFormat) -> String {
    match format {
        SegmentFormat::Csv => t!("project-format-csv"),
        SegmentFormat::CsvExcel => t!("project-format-csv-excel"),
        SegmentFormat::Xlsx => t!("project-format-xlsx"),
        SegmentFormat::Markdown => t!("project-format-markdown"),
        SegmentFormat::Json => t!("project-format-json"),
    }
}

/// File ▸ Export with a project open: what (the document shown, the whole
/// project, the coded segments retrieved) and in which format; Export… opens the
/// file dialog. Escape cancels, Enter exports.
fn export_ui(
    ctx: &Context,
    choice: &mut ProjectExportChoice,
    state: &AppState,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let segments = state.projects.segments.rows.len();
    let clicked = window(ctx, "project-export", &t!("dialog-export"), |ui| {
        crate::ui::bidi::row_wrapped(ui, |ui| {
            if choice.session.is_some() {
                ui.selectable_value(&mut choice.scope, ExportScope::Document, t!("project-export-document"));
            }
            ui.selectable_value(&mut choice.scope, ExportScope::Project, t!("project-export-project"));
            ui.selectable_value(
                &mut choice.scope,
                ExportScope::Retrieval,
                t!("project-export-retrieval", count = segments),
            );
        });
        ui.separator();
        match choice.scope {
            ExportScope::Document => {
                for format in Format::ALL {
                    crate::ui::bidi::radio_value(ui, &mut choice.document.format, format, format_label(format));
                }
                crate::ui::bidi::checkbox(ui, &mut choice.document.filtered, t!("dialog-export-filtered"));
            }
            ExportScope::Project => {
                for format in PROJECT_FORMATS {
                    crate::ui::bidi::radio_value(ui, &mut choice.project, format, project_format_label(format));
                }
                ui.weak(t!("project-export-project-note"));
            }
            ExportScope::Retrieval => {
                for format in SegmentFormat::ALL {
                    crate::ui::bidi::radio_value(ui, &mut choice.segments, format, segment_format_label(format));
                }
                ui.weak(t!("project-export-columns-note"));
            }
        }
        buttons(ui, &[&t!("button-export"), &t!("button-cancel")])
    });
    match (clicked, keys.escape, keys.enter) {
        (Some(0), _, _) | (None, false, true) => {
            let dialog = match (choice.scope, choice.session) {
                (ExportScope::Document, Some(session)) => FileDialogKind::Export(session, choice.document),
                (ExportScope::Retrieval, _) => FileDialogKind::Project(ProjectDialog::ExportSegments(choice.segments)),
                _ => FileDialogKind::Project(ProjectDialog::ExportProject(choice.project)),
            };
            out.extend([Command::CloseModal, Command::FileDialog(dialog)]);
        }
        (Some(_), _, _) | (None, true, _) => out.push(Command::CloseModal),
        (None, false, false) => {}
    }
}

/// A REFI-QDA file read anyway though it does otherwise than the standard says,
/// in the reader's language: one line naming the file (`name`, and the part
/// inside it) and the namespace found.
pub(crate) fn refi_warning_text(name: &str, warning: &RefiWarning) -> String {
    match warning {
        RefiWarning::Namespace { part, found, expected } => {
            let file = part.as_ref().map_or_else(|| name.to_owned(), |part| format!("{name} ({part})"));
            match found {
                Some(found) => {
                    t!("refi-warning-namespace", file = file.as_str(), found = found.as_str(), expected = *expected)
                }
                None => t!("refi-warning-no-namespace", file = file.as_str(), expected = *expected),
            }
        }
    }
}

/// What importing a REFI-QDA project did: documents, codes linked or created,
/// codings placed, moved or orphaned (each source's, and the orphans' text),
/// elements not imported and values the attributes refused. Close (or Escape,
/// Enter); Open the project when it could not be opened at once.
fn import_report_ui(ctx: &Context, report: &ImportReport, keys: DialogKeys, out: &mut Vec<Command>) {
    let import = &report.import;
    let name = report.path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let documents = import.sources.iter().filter(|s| s.document.is_some()).count();
    let (placed, moved, orphaned) = import.counts();
    let (linked, created) = import.code_counts();
    let choice = window(ctx, "refi-import-report", &t!("refi-report-title", name = name.as_str()), |ui| {
        ui.set_max_width(crate::ui::dialogs::dialog_width(ctx) + 160.0);
        let folder = import.folder.display().to_string();
        ui.label(t!("refi-report-documents", count = documents, folder = folder.as_str()));
        ui.label(t!("refi-report-codes", count = import.codes, linked = linked, created = created));
        ui.label(t!("refi-report-codings", placed = placed, moved = moved, orphaned = orphaned));
        for warning in &import.warnings {
            ui.colored_label(ui.visuals().warn_fg_color, refi_warning_text(&name, warning));
        }
        egui::ScrollArea::vertical().max_height(260.0).auto_shrink([false, true]).show(ui, |ui| {
            crate::ui::bidi::grid(ui, egui::Grid::new("refi-report-sources").striped(true), |ui| {
                let headings =
                    ["refi-report-source", "refi-report-placed", "refi-report-moved", "refi-report-orphaned"];
                for heading in reading_order(headings.to_vec()) {
                    ui.strong(t!(heading));
                }
                ui.end_row();
                for source in &import.sources {
                    let cells = if let Some(problem) = &source.problem {
                        let problem = crate::ui::errors::source_problem(problem);
                        vec![source.name.clone(), t!("refi-report-not-imported", problem = problem)]
                    } else {
                        let counts = [source.placed, source.moved, source.orphaned].map(|n| n.to_string());
                        [vec![source.name.clone()], counts.to_vec()].concat()
                    };
                    for cell in reading_order(cells) {
                        ui.label(cell);
                    }
                    ui.end_row();
                }
            });
            let orphans: Vec<_> = import
                .sources
                .iter()
                .flat_map(|s| s.unplaced.iter().map(move |c| (s, c)))
                .filter(|(_, c)| c.placement == Placement::Orphaned)
                .collect();
            if !orphans.is_empty() {
                ui.add_space(4.0);
                ui.strong(t!("refi-report-orphans"));
                for (source, coding) in orphans {
                    let quote: String = coding.annotation.quote().chars().take(80).collect();
                    ui.label(format!("{}: “{}”", source.name, quote.replace('\n', " ")));
                }
            }
            misfits_ui(ui, import);
            if !import.not_imported.is_empty() {
                ui.add_space(4.0);
                ui.strong(t!("refi-report-elements"));
                for (element, count) in &import.not_imported {
                    ui.label(t!("refi-report-element", count = *count, name = element.as_str()));
                }
            }
            if let Some(changes) = &import.project {
                if !changes.refused.is_empty() {
                    ui.add_space(4.0);
                    ui.strong(t!("refi-report-refused"));
                    for refused in &changes.refused {
                        ui.label(t!(
                            "refi-report-refused-value",
                            attribute = refused.attribute.as_str(),
                            document = refused.document.as_str(),
                            reason = crate::ui::errors::value_reason(&refused.reason)
                        ));
                    }
                }
                for code in &changes.cycles {
                    ui.label(t!("refi-report-cycle", name = code.as_str()));
                }
            }
        });
        ui.add_space(4.0);
        if report.opened {
            buttons(ui, &[&t!("button-close")])
        } else {
            ui.label(t!("refi-report-not-opened"));
            buttons(ui, &[&t!("refi-report-open"), &t!("button-close")])
        }
    });
    match (choice, keys.escape, keys.enter) {
        (Some(0), _, _) if !report.opened => out.extend([
            Command::CloseModal,
            Command::Project(ProjectCommand::Open { path: import.folder.clone(), discard_unsaved: false }),
        ]),
        (Some(_), _, _) | (None, true, _) | (None, false, true) => out.push(Command::CloseModal),
        (None, false, false) => {}
    }
}

/// The selections of a REFI-QDA import not placed by their position, each with
/// its source, its text and why (in the interface language).
fn misfits_ui(ui: &mut egui::Ui, import: &crate::session::refi::ProjectImport) {
    let misfits: Vec<_> = import.sources.iter().flat_map(|s| s.misfits.iter().map(move |m| (s, m))).collect();
    if misfits.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.strong(t!("refi-report-misfits"));
    for (source, misfit) in misfits {
        let name: String = misfit.name.chars().take(80).collect();
        let line = t!(
            "refi-report-misfit",
            source = source.name.as_str(),
            name = name.replace('\n', " "),
            reason = crate::ui::errors::misfit_reason(&misfit.reason)
        );
        crate::ui::bidi::message_ui(ui, &line);
    }
}

fn unsaved_ui(ctx: &Context, then: &Command, state: &AppState, keys: DialogKeys, out: &mut Vec<Command>) {
    let quitting = matches!(then, Command::Quit { .. });
    let heading = if quitting { t!("project-unsaved-quit") } else { t!("project-unsaved-first") };
    let choice = window(ctx, "unsaved-all", &heading, |ui| {
        ui.label(t!("project-unsaved-list"));
        for id in state.project.modified_sessions() {
            if let Some(session) = state.project.get(id) {
                ui.label(format!(
                    "• {} ({})",
                    session.document().title(),
                    session.workspace().annotations_path.display()
                ));
            }
        }
        if let Some(corpus) = state.project.corpus().filter(|c| c.is_modified()) {
            ui.label(t!("project-unsaved-project", file = corpus.file().display().to_string()));
        }
        buttons(ui, &[&t!("project-save-all"), &t!("button-discard"), &t!("button-cancel")])
    });
    match (choice, keys.escape) {
        (Some(0), _) => out.extend([
            Command::CloseModal,
            Command::Project(ProjectCommand::SaveAll { then: Some(Box::new(then.clone())) }),
        ]),
        (Some(1), _) => out.extend([Command::CloseModal, discarding(then)]),
        (Some(_), _) | (None, true) => out.push(Command::CloseModal),
        (None, false) => {}
    }
}

fn code_editor_ui(ctx: &Context, draft: &mut CodeDraft, state: &AppState, keys: DialogKeys, out: &mut Vec<Command>) {
    let Some(corpus) = state.project.corpus() else {
        out.push(Command::CloseModal);
        return;
    };
    let codebook = corpus.codebook();
    let heading = if draft.id.is_some() { t!("project-code-edit") } else { t!("project-code-new") };
    let valid = !draft.label.trim().is_empty();
    let clicked = window(ctx, "code-editor", &heading, |ui| {
        let grid = egui::Grid::new("code-fields").num_columns(2);
        crate::ui::bidi::grid(ui, grid, |ui| code_fields_ui(ui, draft, codebook));
        let mut clicked = None;
        crate::ui::bidi::row(ui, |ui| {
            if ui.add_enabled(valid, Button::new(t!("button-ok"))).clicked() {
                clicked = Some(0);
            }
            if ui.button(t!("button-cancel")).clicked() {
                clicked = Some(1);
            }
        });
        clicked
    });
    match (clicked, keys.escape) {
        (Some(0), _) => {
            let edit = code_edit(draft, codebook);
            out.extend([Command::CloseModal, Command::Project(ProjectCommand::Edit(ProjectEdit::Codebook(edit)))]);
        }
        (Some(_), _) | (None, true) => out.push(Command::CloseModal),
        (None, false) => {}
    }
}

/// The code editor's fields: label, colour, parent (not the code itself nor one
/// of its sub-codes), description.
fn code_fields_ui(ui: &mut egui::Ui, draft: &mut CodeDraft, codebook: &Codebook) {
    let label = form_row(ui, t!("project-label"), |ui| {
        crate::ui::bidi::field_ui(
            ui,
            crate::ui::bidi::reading_field(egui::TextEdit::singleline(&mut draft.label)).desired_width(320.0),
        )
    });
    if draft.label.is_empty() && !label.has_focus() {
        label.request_focus();
    }
    form_row(ui, t!("project-colour"), |ui| ui.color_edit_button_srgb(&mut draft.color));
    let shown = draft.parent.as_ref().map_or_else(|| t!("project-top-level"), |p| codebook.path_label(p));
    form_row(ui, t!("project-parent"), |ui| {
        let combo = egui::ComboBox::from_id_salt("code-parent").width(320.0);
        crate::ui::bidi::combo_box(ui, combo, &shown, |ui| {
            ui.selectable_value(&mut draft.parent, None, t!("project-top-level"));
            for (tag, depth) in codebook.tree() {
                // Not the code itself nor one of its sub-codes.
                let own = draft.id.as_ref().is_some_and(|id| codebook.with_descendants(id).contains(&tag.id));
                if !own {
                    ui.selectable_value(
                        &mut draft.parent,
                        Some(tag.id.clone()),
                        format!("{}{}", "    ".repeat(depth), tag.label),
                    );
                }
            }
        })
        .response
    });
    form_row(ui, t!("project-description"), |ui| {
        ui.add(
            egui::TextEdit::multiline(&mut draft.description)
                .hint_text(t!("project-code-description-hint"))
                .desired_width(320.0)
                .desired_rows(4),
        )
    });
}

/// The codebook edit a confirmed draft makes: an update (and a new parent) of an
/// existing code, or a new code with the first free shortcut, a sub-code right
/// after its parent's last sub-code.
fn code_edit(draft: &CodeDraft, codebook: &Codebook) -> CodebookEdit {
    let [r, g, b] = draft.color;
    let color = Color { r, g, b };
    let label = draft.label.trim().to_owned();
    let description = draft.description.trim().to_owned();
    if let Some(existing) = draft.id.as_ref().and_then(|id| codebook.get(id)) {
        let mut edits = vec![CodebookEdit::Update(Tag { label, description, color, ..existing.clone() })];
        if codebook.parent(&existing.id) != draft.parent.as_ref() {
            edits.push(CodebookEdit::SetParent { id: existing.id.clone(), parent: draft.parent.clone() });
        }
        return CodebookEdit::Batch(edits);
    }
    let used: Vec<u8> = codebook.tags().tags().iter().filter_map(|t| t.shortcut).collect();
    let shortcut = (1..=9).find(|d| !used.contains(d));
    let id = codebook.tags().unused_id(&label);
    let index = draft.parent.as_ref().map_or(usize::MAX, |parent| {
        let family = codebook.with_descendants(parent);
        codebook.tags().tags().iter().rposition(|t| family.contains(&t.id)).map_or(usize::MAX, |i| i + 1)
    });
    CodebookEdit::Insert { index, tag: Tag { id, label, description, color, shortcut }, parent: draft.parent.clone() }
}

fn attribute_editor_ui(
    ctx: &Context,
    draft: &mut AttributeDraft,
    state: &AppState,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let Some(corpus) = state.project.corpus() else {
        out.push(Command::CloseModal);
        return;
    };
    let heading = if draft.id.is_some() { t!("project-attribute-edit") } else { t!("project-attribute-new") };
    let valid = !draft.label.trim().is_empty();
    let clicked = window(ctx, "attribute-editor", &heading, |ui| {
        crate::ui::bidi::grid(ui, egui::Grid::new("attribute-fields").num_columns(2), |ui| {
            let label = form_row(ui, t!("project-label"), |ui| {
                crate::ui::bidi::field_ui(
                    ui,
                    crate::ui::bidi::reading_field(egui::TextEdit::singleline(&mut draft.label)).desired_width(300.0),
                )
            });
            if draft.label.is_empty() && !label.has_focus() {
                label.request_focus();
            }
            form_row(ui, t!("project-kind"), |ui| {
                let combo = egui::ComboBox::from_id_salt("attribute-kind").width(300.0);
                crate::ui::bidi::combo_box(ui, combo, &draft.kind.label(), |ui| {
                    for kind in KindChoice::ALL {
                        ui.selectable_value(&mut draft.kind, kind, kind.label());
                    }
                })
                .response
            });
            if draft.kind == KindChoice::OneOf {
                form_row(ui, t!("project-choices"), |ui| {
                    ui.add(
                        egui::TextEdit::multiline(&mut draft.choices)
                            .hint_text(t!("project-choices-hint"))
                            .desired_width(300.0)
                            .desired_rows(5),
                    )
                });
            }
            form_row(ui, t!("project-description"), |ui| {
                ui.add(egui::TextEdit::multiline(&mut draft.description).desired_width(300.0).desired_rows(2))
            });
        });
        if let Some(error) = &draft.error {
            ui.colored_label(crate::ui::theme::palette(false).error, error);
        }
        let mut clicked = None;
        crate::ui::bidi::row(ui, |ui| {
            if ui.add_enabled(valid, Button::new(t!("button-ok"))).clicked() {
                clicked = Some(0);
            }
            if ui.button(t!("button-cancel")).clicked() {
                clicked = Some(1);
            }
        });
        clicked
    });
    match (clicked, keys.escape) {
        (Some(0), _) => {
            let label = draft.label.trim().to_owned();
            let edit = match &draft.id {
                Some(id) => ProjectEdit::UpdateAttribute(Attribute {
                    id: id.clone(),
                    label,
                    description: draft.description.trim().to_owned(),
                    kind: draft.kind(),
                }),
                None => ProjectEdit::InsertAttribute {
                    index: usize::MAX,
                    attribute: Attribute {
                        id: corpus.attributes().unused_id(&label),
                        label,
                        description: draft.description.trim().to_owned(),
                        kind: draft.kind(),
                    },
                },
            };
            // Tried on a copy first, so a value that would not fit keeps the dialog open.
            match corpus.data().clone().apply(edit.clone()) {
                Ok(_) => out.extend([Command::CloseModal, Command::Project(ProjectCommand::Edit(edit))]),
                Err(e) => draft.error = Some(crate::ui::errors::project_edit_reason(&e)),
            }
        }
        (Some(_), _) | (None, true) => out.push(Command::CloseModal),
        (None, false) => {}
    }
}
