//! The dialogs ([`Modal`]) and error messages, drawn over the window.
//!
//! A dialog edits only its own draft (the typed path, the tag being edited, the
//! export choice); what it decides goes out as [`Command`]s. The app gives the
//! dialog on top the keys: Escape cancels it (unless a popup inside it, such as
//! the colour picker, is open and takes the Escape), Enter confirms where there is
//! an obvious default.

use std::path::Path;

use egui::{Button, Context, Id, Key, RichText};

use super::bidi::{message_ui, reading_order};
use super::command::{
    Command, DocumentChoice, DocumentQuestion, ExportChoice, FileDialogKind, Modal, OpenRequest, OtherDocument,
    PathPrompt, TagDraft, Unreadable,
};
use super::files;
use super::i18n::format_label;
use super::state::AppState;
use crate::export::Format;
use crate::model::{Color, Tag};
use crate::session::SessionId;
use crate::session::import::{ImportPreview, PlacementCounts};
use crate::t;
use crate::ui::bidi::HoverText as _;

mod help;

/// Keys given to the dialog on top this frame.
#[derive(Clone, Copy, Debug, Default)]
pub struct DialogKeys {
    /// Escape: cancel.
    pub escape: bool,
    /// Enter: the default button.
    pub enter: bool,
}

impl DialogKeys {
    /// Takes Escape from this frame's input and notes Enter (left for a text field
    /// in the dialog, where it may start a new line). Escape stays with a popup
    /// open inside the dialog, such as the colour picker, which it closes.
    pub fn take(ctx: &Context) -> Self {
        let popup_open = egui::Popup::is_any_open(ctx);
        ctx.input_mut(|i| Self {
            escape: !popup_open && i.consume_key(egui::Modifiers::NONE, Key::Escape),
            enter: i.key_pressed(Key::Enter),
        })
    }
}

/// A modal window with a heading; returns what `content` returns. Its content
/// mirrors in a right-to-left interface language ([`super::bidi::column`]).
pub(super) fn window<T>(ctx: &Context, id: &str, heading: &str, content: impl FnOnce(&mut egui::Ui) -> T) -> T {
    egui::Modal::new(Id::unique(("glosa-dialog", id)))
        .show(ctx, |ui| {
            super::bidi::column(ui, |ui| {
                ui.heading(heading);
                ui.add_space(4.0);
                content(ui)
            })
        })
        .inner
}

/// The width of dialogs with text fields: room for a long label, never wider than
/// the window allows.
pub(super) fn dialog_width(ctx: &Context) -> f32 {
    (ctx.content_rect().width() - 80.0).clamp(240.0, 440.0)
}

/// A row of buttons in reading order ([`super::bidi::row`]: the first one on the
/// right in a right-to-left interface); returns the index of the one clicked.
pub(super) fn buttons(ui: &mut egui::Ui, labels: &[&str]) -> Option<usize> {
    let mut clicked = None;
    super::bidi::row(ui, |ui| {
        for (i, label) in labels.iter().enumerate() {
            if ui.button(*label).clicked() {
                clicked = Some(i);
            }
        }
    });
    clicked
}

/// Draws `modal` (taken out of `state` for the frame, so it can edit its draft)
/// and queues what it decides.
pub fn modal_ui(ctx: &Context, modal: &mut Modal, state: &AppState, keys: DialogKeys, out: &mut Vec<Command>) {
    match modal {
        Modal::Help => help_ui(ctx, keys, out),
        Modal::Export(session, choice) => export_ui(ctx, *session, choice, keys, out),
        Modal::TagEditor(session, draft) => tag_editor_ui(ctx, state, *session, draft, keys, out),
        Modal::ConfirmDeleteTag(session, tag) => {
            let Some(target) = state.project.get(*session) else {
                out.push(Command::CloseModal);
                return;
            };
            let label = target.tag_label(tag);
            let count = target.tag_count(tag);
            let choice = window(ctx, "delete-tag", &t!("dialog-delete-tag", label = label.as_str()), |ui| {
                message_ui(ui, &t!("dialog-delete-tag-count", count = count));
                message_ui(ui, &t!("dialog-undo-hint"));
                buttons(ui, &[&t!("button-delete"), &t!("button-cancel")])
            });
            match (choice, keys.escape) {
                (Some(0), _) => out.extend([Command::CloseModal, Command::DeleteTag(*session, tag.clone())]),
                (Some(_), _) | (None, true) => out.push(Command::CloseModal),
                (None, false) => {}
            }
        }
        Modal::UnsavedChanges(session, then) => {
            let quitting = matches!(**then, Command::Quit { .. });
            let (heading, text) = if quitting {
                (t!("dialog-unsaved-quit"), t!("dialog-unsaved-quit-text"))
            } else {
                (t!("dialog-unsaved-open"), t!("dialog-unsaved-open-text"))
            };
            let choice = window(ctx, "unsaved", &heading, |ui| {
                message_ui(ui, &text);
                buttons(ui, &[&t!("button-save"), &t!("button-discard"), &t!("button-cancel")])
            });
            match (choice, keys.escape) {
                (Some(0), _) => out.extend([
                    Command::CloseModal,
                    Command::Save { session: *session, overwrite: false, then: Some(then.clone()) },
                ]),
                (Some(1), _) => out.extend([Command::CloseModal, discarding(then)]),
                (Some(_), _) | (None, true) => out.push(Command::CloseModal),
                (None, false) => {}
            }
        }
        Modal::SaveConflict(session, then) => conflict_ui(ctx, state, *session, then.as_deref(), keys, out),
        Modal::DropUnknownFields(session, save) => {
            let fields = state.project.get(*session).map(|s| s.unknown_fields_to_drop().join(", ")).unwrap_or_default();
            let choice = window(ctx, "unknown-fields", &t!("dialog-unknown-fields"), |ui| {
                message_ui(ui, &t!("dialog-unknown-fields-text", fields = fields.as_str()));
                buttons(ui, &[&t!("button-save-anyway"), &t!("button-cancel")])
            });
            match (choice, keys.escape) {
                (Some(0), _) => {
                    out.extend([Command::CloseModal, Command::AcceptDroppingUnknownFields(*session), (**save).clone()]);
                }
                (Some(_), _) | (None, true) => out.push(Command::CloseModal),
                (None, false) => {}
            }
        }
        Modal::DocumentOutside(question) => document_question_ui(ctx, question, true, keys, out),
        Modal::DocumentMissing(question) => document_question_ui(ctx, question, false, keys, out),
        Modal::PathPrompt(prompt) => path_prompt_ui(ctx, prompt, keys, out),
        Modal::GoTo(session, text) => go_to_ui(ctx, state, *session, text, keys, out),
        Modal::Project(modal) => super::project::dialogs::modal_ui(ctx, modal, state, keys, out),
        Modal::ImportPreview(session, preview) => import_preview_ui(ctx, *session, preview, keys, out),
        Modal::Unreadable(unreadable) => unreadable_ui(ctx, unreadable, keys, out),
        Modal::RefiNotDocument(path, error) => refi_not_document_ui(ctx, path, error, keys, out),
        Modal::MergePreview(session, preview) => super::team::merge_preview_ui(ctx, *session, preview, keys, out),
        Modal::SyncCopies(session, copies) => super::team::sync_copies_ui(ctx, *session, copies, keys, out),
        Modal::Recover(session, changes) => super::team::recover_ui(ctx, state, *session, *changes, keys, out),
        Modal::Authors(session) => super::team::authors_dialog_ui(ctx, state, *session, keys, out),
        Modal::EditConflict(session, draft) => super::team::edit_conflict_ui(ctx, state, *session, draft, keys, out),
        Modal::OtherDocument(question) => other_document_ui(ctx, question, keys, out),
    }
}

/// The annotation file given for a document belongs to another document, which
/// exists: open that document with it (the default, Enter), use it for this
/// document (its annotations re-anchored; the file names this document from the
/// next save), open this document with its own annotation file, or cancel
/// (Escape). Nothing changes on disk here.
fn other_document_ui(ctx: &Context, question: &OtherDocument, keys: DialogKeys, out: &mut Vec<Command>) {
    let name = |path: &std::path::Path| {
        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
    };
    let (named, document) = (name(&question.named), name(&question.document));
    let choice = window(ctx, "other-document", &t!("dialog-other-document"), |ui| {
        ui.set_max_width(dialog_width(ctx) + 120.0);
        // Each path on a line of its own: a path inside a right-to-left sentence
        // would have its slashes moved by the bidi algorithm.
        for (label, path) in [
            ("dialog-other-document-named", &question.named),
            ("dialog-other-document-file", &question.annotations),
            ("dialog-other-document-opening", &question.document),
        ] {
            message_ui(ui, &t!(label));
            ui.label(RichText::new(path.display().to_string()).monospace());
        }
        ui.add_space(4.0);
        message_ui(ui, &t!("dialog-other-document-text", document = document.as_str()));
        let mut choice = None;
        super::bidi::row_wrapped(ui, |ui| {
            if ui.button(t!("button-open-named-document", document = named.as_str())).clicked() {
                choice = Some(0);
            }
            if ui.button(t!("button-use-for-document", document = document.as_str())).clicked() {
                choice = Some(1);
            }
            if ui.button(t!("button-open-own-annotations", document = document.as_str())).clicked() {
                choice = Some(2);
            }
            if ui.button(t!("button-cancel")).clicked() {
                choice = Some(3);
            }
        });
        choice
    });
    let annotations = question.annotations.clone();
    let command = match (choice, keys.escape, keys.enter) {
        (Some(0), _, _) | (None, false, true) => {
            Some(Command::OpenAnnotationsWith { annotations, document: DocumentChoice::Anywhere })
        }
        (Some(1), _, _) => Some(Command::OpenRetargeting { document: question.document.clone(), annotations }),
        (Some(2), _, _) => Some(Command::Open(OpenRequest {
            discard_unsaved: question.discard_unsaved,
            ..OpenRequest::file(question.document.clone())
        })),
        // Cancel: nothing is opened.
        (Some(_), _, _) | (None, true, _) => None,
        (None, false, false) => return,
    };
    out.push(Command::CloseModal);
    out.extend(command);
}

/// Someone else changed the annotation file while there are unsaved changes
/// here. Saving over their change never happens from here: Reload takes their
/// version, Keep mine saves this one as a copy, Cancel leaves both as they are
/// (and Save asks again).
fn conflict_ui(
    ctx: &Context,
    state: &AppState,
    session: SessionId,
    then: Option<&Command>,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let Some(target) = state.project.get(session) else {
        out.push(Command::CloseModal);
        return;
    };
    let file = target.workspace().annotations_path.display().to_string();
    let choice = window(ctx, "save-conflict", &t!("dialog-conflict"), |ui| {
        ui.set_max_width(dialog_width(ctx) + 120.0);
        message_ui(ui, &t!("dialog-conflict-text", file = file.as_str()));
        message_ui(ui, &t!("dialog-conflict-choices"));
        let mut choice = None;
        super::bidi::row_wrapped(ui, |ui| {
            if ui.button(t!("button-reload")).hover_text(t!("button-reload.tooltip")).clicked() {
                choice = Some(0);
            }
            if ui.button(t!("button-merge-disk")).hover_text(t!("button-merge-disk.tooltip")).clicked() {
                choice = Some(3);
            }
            if ui.button(t!("button-keep-mine")).hover_text(t!("button-keep-mine.tooltip")).clicked() {
                choice = Some(1);
            }
            if ui.button(t!("button-cancel")).hover_text(t!("dialog-conflict-cancel-tooltip")).clicked() {
                choice = Some(2);
            }
        });
        choice
    });
    match (choice, keys.escape) {
        (Some(0), _) => out.extend([Command::CloseModal, Command::Reload(session)]),
        (Some(1), _) => out.extend([
            Command::CloseModal,
            Command::FileDialog(FileDialogKind::SaveCopy(session, then.map(|c| Box::new(c.clone())))),
        ]),
        (Some(3), _) => out.extend([Command::CloseModal, Command::MergeDisk(session)]),
        (Some(_), _) | (None, true) => out.extend([Command::CloseModal, Command::KeepWorking(session)]),
        (None, false) => {}
    }
}

/// An annotation file names a document outside its folder (`outside`) or one that
/// cannot be read: show the path; open it anyway (outside only), choose the
/// document, or cancel.
fn document_question_ui(
    ctx: &Context,
    question: &DocumentQuestion,
    outside: bool,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let heading = if outside { t!("dialog-document-outside") } else { t!("dialog-document-missing") };
    let choice = window(ctx, "document-question", &heading, |ui| {
        ui.set_max_width(dialog_width(ctx) + 120.0);
        message_ui(ui, &t!("dialog-document-why", why = question.why.as_str()));
        ui.label(RichText::new(question.resolved.display().to_string()).monospace());
        message_ui(ui, &t!("dialog-document-annotation-file", path = question.annotations.display().to_string()));
        ui.add_space(4.0);
        message_ui(ui, &if outside { t!("dialog-document-outside-text") } else { t!("dialog-document-missing-text") });
        let mut choice = None;
        super::bidi::row_wrapped(ui, |ui| {
            if outside && ui.button(t!("button-open-anyway")).clicked() {
                choice = Some(0);
            }
            if ui.button(t!("button-choose-document")).clicked() {
                choice = Some(1);
            }
            if ui.button(t!("button-cancel")).clicked() {
                choice = Some(2);
            }
        });
        choice
    });
    let annotations = question.annotations.clone();
    match (choice, keys.escape) {
        (Some(0), _) => out.extend([
            Command::CloseModal,
            Command::OpenAnnotationsWith { annotations, document: DocumentChoice::Anywhere },
        ]),
        (Some(1), _) => {
            out.extend([Command::CloseModal, Command::FileDialog(FileDialogKind::ChooseDocument(annotations))]);
        }
        (Some(_), _) | (None, true) => out.push(Command::CloseModal),
        (None, false) => {}
    }
}

/// A REFI-QDA project or codebook opened as a document: why it does not open
/// (naming the file and the menu item that imports it), Import (Enter) or
/// Cancel (Escape).
fn refi_not_document_ui(ctx: &Context, path: &Path, error: &str, keys: DialogKeys, out: &mut Vec<Command>) {
    let clicked = window(ctx, "refi-not-document", &t!("dialog-refi-not-document"), |ui| {
        ui.set_max_width(dialog_width(ctx) + 120.0);
        message_ui(ui, error);
        buttons(ui, &[&t!("button-import"), &t!("button-cancel")])
    });
    match (clicked, keys.escape, keys.enter) {
        (Some(0), _, _) | (None, false, true) => {
            out.extend([Command::CloseModal, Command::ImportRefi(path.to_owned())]);
        }
        (Some(_), _, _) | (None, true, _) => out.push(Command::CloseModal),
        (None, false, false) => {}
    }
}

fn unreadable_ui(ctx: &Context, unreadable: &Unreadable, keys: DialogKeys, out: &mut Vec<Command>) {
    let choice = window(ctx, "unreadable", &t!("dialog-unreadable"), |ui| {
        ui.set_max_width(dialog_width(ctx) + 120.0);
        message_ui(ui, &unreadable.error);
        ui.add_space(4.0);
        message_ui(ui, &t!("dialog-unreadable-text"));
        let mut choice = None;
        super::bidi::row_wrapped(ui, |ui| {
            let open = ui
                .add_enabled(unreadable.document.is_some(), Button::new(t!("button-open-without-annotations")))
                .hover_text(t!("button-open-without-annotations.tooltip"))
                .disabled_hover_text(t!("button-open-without-annotations.disabled"));
            if open.clicked() {
                choice = Some(0);
            }
            let backup_hint = unreadable.backup.as_ref().map_or_else(
                || t!("button-restore-backup.none"),
                |b| t!("button-restore-backup.tooltip", path = b.display().to_string()),
            );
            let restore = ui
                .add_enabled(unreadable.backup.is_some(), Button::new(t!("button-restore-backup")))
                .hover_text(&backup_hint)
                .disabled_hover_text(&backup_hint);
            if restore.clicked() {
                choice = Some(1);
            }
            if ui.button(t!("button-cancel")).clicked() {
                choice = Some(2);
            }
        });
        choice
    });
    match (choice, keys.escape) {
        (Some(0), _) => {
            if let Some(document) = unreadable.document.clone() {
                out.extend([
                    Command::CloseModal,
                    Command::OpenWithoutAnnotations { document, annotations: unreadable.annotations.clone() },
                ]);
            }
        }
        (Some(1), _) => out.extend([
            Command::CloseModal,
            Command::RestoreBackup {
                document: unreadable.document.clone(),
                annotations: unreadable.annotations.clone(),
            },
        ]),
        (Some(_), _) | (None, true) => out.push(Command::CloseModal),
        (None, false) => {}
    }
}

/// `then` as it runs after the user chose Discard: without asking again.
pub(super) fn discarding(then: &Command) -> Command {
    match then {
        Command::Open(request) => {
            let mut request = request.clone();
            request.discard_unsaved = true;
            Command::Open(request)
        }
        Command::Quit { .. } => Command::Quit { discard_unsaved: true },
        Command::Project(super::project::command::ProjectCommand::CloseSession { session, .. }) => {
            Command::Project(super::project::command::ProjectCommand::CloseSession {
                session: *session,
                discard_unsaved: true,
            })
        }
        Command::Project(super::project::command::ProjectCommand::Open { path, .. }) => {
            Command::Project(super::project::command::ProjectCommand::Open {
                path: path.clone(),
                discard_unsaved: true,
            })
        }
        other => other.clone(),
    }
}

/// The help overlay: as wide as the window allows (up to [`HELP_WIDTH`]
/// points), its rows in a scroll area at most 70 % of the window's height
/// ([`help::help_rows_ui`]).
fn help_ui(ctx: &Context, keys: DialogKeys, out: &mut Vec<Command>) {
    let f1 = ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::F1));
    let close = window(ctx, "help", &t!("dialog-help"), |ui| {
        ui.set_width((ctx.content_rect().width() - 80.0).clamp(240.0, HELP_WIDTH));
        let scroll = egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.7);
        let shown = scroll.show(ui, help::help_rows_ui);
        // The part of the rows one sees, for screen readers (and tests).
        let view = ui.interact(shown.inner_rect, shown.id.with("view"), egui::Sense::hover());
        view.widget_info(|| egui::WidgetInfo::new(egui::accesskit::Role::ScrollView));
        ui.button(t!("button-close")).clicked()
    });
    if close || keys.escape || keys.enter || f1 {
        out.push(Command::CloseModal);
    }
}

/// The widest the help overlay gets, in points.
const HELP_WIDTH: f32 = 760.0;

fn export_ui(ctx: &Context, session: SessionId, choice: &mut ExportChoice, keys: DialogKeys, out: &mut Vec<Command>) {
    let clicked = window(ctx, "export", &t!("dialog-export"), |ui| {
        for format in Format::ALL {
            // A long right-to-left name wraps on its logical text (`bidi::wrapped_label_text`).
            let label = format_label(format);
            let label = super::i18n::logical_text(&label).unwrap_or(label);
            let font = egui::TextStyle::Body.resolve(ui.style());
            let spacing = ui.spacing();
            let width = dialog_width(ui.ctx()) - spacing.icon_width - spacing.icon_spacing - 4.0;
            let drawn = super::bidi::wrapped_label_text(ui, &label, &font, width);
            let response = super::bidi::radio_value(ui, &mut choice.format, format, drawn);
            let selected = choice.format == format;
            response
                .widget_info(|| egui::WidgetInfo::selected(egui::accesskit::Role::RadioButton, true, selected, &label));
        }
        super::bidi::checkbox(ui, &mut choice.filtered, t!("dialog-export-filtered"));
        buttons(ui, &[&t!("button-export"), &t!("button-cancel")])
    });
    match (clicked, keys.escape, keys.enter) {
        (Some(0), _, _) | (None, false, true) => {
            out.extend([Command::CloseModal, Command::FileDialog(FileDialogKind::Export(session, *choice))]);
        }
        (Some(_), _, _) | (None, true, _) => out.push(Command::CloseModal),
        (None, false, false) => {}
    }
}

fn tag_editor_ui(
    ctx: &Context,
    state: &AppState,
    session: SessionId,
    draft: &mut TagDraft,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let Some(target) = state.project.get(session) else {
        out.push(Command::CloseModal);
        return;
    };
    let heading = if draft.id.is_some() { t!("dialog-tag-edit") } else { t!("dialog-tag-new") };
    let valid = !draft.label.trim().is_empty();
    let clicked = window(ctx, "tag-editor", &heading, |ui| {
        // A fixed width and a description of fixed height: the dialog never changes
        // size (and its buttons never move) while one types.
        ui.set_width(dialog_width(ctx));
        let name = ui.label(t!("dialog-tag-label"));
        let label = crate::ui::bidi::field_ui(
            ui,
            super::bidi::reading_field(egui::TextEdit::singleline(&mut draft.label)).desired_width(f32::INFINITY),
        )
        .labelled_by(name.id);
        if draft.label.is_empty() && !label.has_focus() {
            label.request_focus();
        }
        ui.add_space(4.0);
        super::bidi::row(ui, |ui| {
            ui.label(t!("dialog-tag-colour"));
            ui.color_edit_button_srgb(&mut draft.color);
        });
        ui.add_space(4.0);
        let name = ui.label(t!("dialog-tag-description"));
        let rows = 4;
        let height = ui.text_style_height(&egui::TextStyle::Body) * 4.0 + 8.0;
        egui::ScrollArea::vertical().id_salt("tag-description").max_height(height).auto_shrink(false).show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(&mut draft.description)
                    .hint_text(t!("dialog-tag-description-hint"))
                    .desired_width(f32::INFINITY)
                    .desired_rows(rows),
            )
            .labelled_by(name.id);
        });
        ui.add_space(6.0);
        let mut clicked = None;
        super::bidi::row(ui, |ui| {
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
            let [r, g, b] = draft.color;
            let color = Color { r, g, b };
            let set = target.set();
            let label = draft.label.trim().to_owned();
            let description = draft.description.clone();
            let command = if let Some(existing) = draft.id.as_ref().and_then(|id| set.tags.get(id)) {
                Command::UpdateTag(session, Tag { label, description, color, ..existing.clone() })
            } else {
                let used: Vec<u8> = set.tags.tags().iter().filter_map(|t| t.shortcut).collect();
                let shortcut = (1..=9).find(|d| !used.contains(d));
                Command::AddTag(
                    session,
                    Tag { id: set.tags.unused_id(&draft.label), label, description, color, shortcut },
                )
            };
            out.extend([Command::CloseModal, command]);
        }
        (Some(_), _) | (None, true) => out.push(Command::CloseModal),
        (None, false) => {}
    }
}

fn path_prompt_ui(ctx: &Context, prompt: &mut PathPrompt, keys: DialogKeys, out: &mut Vec<Command>) {
    let title = match &prompt.kind {
        FileDialogKind::OpenDocument => t!("dialog-path-open-document"),
        FileDialogKind::OpenAnnotations => t!("dialog-path-open-annotations"),
        FileDialogKind::SaveAs(..) => t!("dialog-path-save-as"),
        FileDialogKind::SaveCopy(..) => t!("dialog-path-save-copy"),
        FileDialogKind::ChooseDocument(_) => t!("dialog-path-choose-document"),
        FileDialogKind::Export(..) => t!("dialog-path-export"),
        FileDialogKind::Project(dialog) => dialog.title(),
        FileDialogKind::AddCoderFile => t!("dialog-path-add-coder-file"),
        FileDialogKind::ExportAgreement(..) => t!("dialog-path-export-agreement"),
        FileDialogKind::ImportAnnotations(..) => t!("dialog-path-import-annotations"),
        FileDialogKind::ImportRefi => t!("dialog-path-import-refi"),
        FileDialogKind::MergeFile(..) => t!("dialog-path-merge-file"),
    };
    let clicked = window(ctx, "path-prompt", &title, |ui| {
        let label = message_ui(ui, &t!("dialog-path-text", reason = prompt.reason.as_str()));
        let field = super::bidi::ltr_field(egui::TextEdit::singleline(&mut prompt.text));
        let response = ui.add(field.desired_width(480.0)).labelled_by(label.id);
        response.request_focus();
        buttons(ui, &[&t!("button-ok"), &t!("button-cancel")])
    });
    match (clicked, keys.escape, keys.enter) {
        (Some(0), _, _) | (None, false, true) => {
            out.push(Command::CloseModal);
            let text = prompt.text.trim();
            if !text.is_empty() {
                out.push(files::chosen(prompt.kind.clone(), text.into()));
            }
        }
        (Some(_), _, _) | (None, true, _) => out.push(Command::CloseModal),
        (None, false, false) => {}
    }
}

/// Go to paragraph N (Ctrl+G): a number from 1 to the paragraph count; Enter goes.
fn go_to_ui(
    ctx: &Context,
    state: &AppState,
    session: SessionId,
    text: &mut String,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let count = state.project.get(session).map_or(0, |s| s.document().paragraphs().len());
    let number = text.trim().trim_start_matches('¶').parse::<usize>().ok().filter(|n| (1..=count).contains(n));
    let clicked = window(ctx, "go-to", &t!("dialog-go-to"), |ui| {
        let label = t!("dialog-go-to-label", count = count);
        ui.label(&label);
        let response = ui.add(super::bidi::ltr_field(egui::TextEdit::singleline(text)).desired_width(120.0));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::TextInput, true, &label));
        response.request_focus();
        if number.is_none() && !text.trim().is_empty() {
            ui.weak(t!("dialog-go-to-invalid", count = count));
        }
        buttons(ui, &[&t!("button-go"), &t!("button-cancel")])
    });
    match (clicked, keys.escape, keys.enter, number) {
        (Some(0), _, _, Some(n)) | (None, false, true, Some(n)) => {
            out.extend([Command::CloseModal, Command::GoToParagraph(session, n - 1)]);
        }
        (Some(1), _, _, _) | (None, true, _, _) => out.push(Command::CloseModal),
        _ => {}
    }
}

/// The oldest error, over everything else; OK, Enter or Escape dismisses it.
pub fn error_ui(ctx: &Context, error: &str, keys: DialogKeys, out: &mut Vec<Command>) {
    let ok = window(ctx, "error", &t!("dialog-error"), |ui| {
        message_ui(ui, error);
        ui.button(t!("button-ok")).clicked()
    });
    if ok || keys.escape || keys.enter {
        out.push(Command::DismissError);
    }
}

/// What importing a file will do: how many annotations are placed, moved and
/// orphaned, in all and per author; Import (one undo step) or Cancel.
fn import_preview_ui(
    ctx: &Context,
    session: SessionId,
    preview: &ImportPreview,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let counts = preview.counts();
    let plan = &preview.plan;
    let can_import = !plan.edits.is_empty();
    let clicked = window(ctx, "import-preview", &t!("dialog-import"), |ui| {
        ui.set_max_width(dialog_width(ctx) + 120.0);
        ui.label(t!("dialog-import-from", path = preview.path.display().to_string()));
        ui.label(t!("dialog-import-count", count = counts.total()));
        if counts.total() > 0 {
            let grid = egui::Grid::new("import-preview-authors").num_columns(4).striped(true);
            super::bidi::grid(ui, grid, |ui| {
                for heading in reading_order(vec!["import-author", "import-placed", "import-moved", "import-orphaned"])
                {
                    ui.strong(t!(heading));
                }
                ui.end_row();
                let row = |ui: &mut egui::Ui, who: &str, c: &PlacementCounts| {
                    let cells = [who.to_owned(), c.placed.to_string(), c.moved.to_string(), c.orphaned.to_string()];
                    for cell in reading_order(cells.to_vec()) {
                        ui.label(cell);
                    }
                    ui.end_row();
                };
                let authors = preview.by_author();
                for (author, c) in &authors {
                    row(ui, author, c);
                }
                if authors.len() > 1 {
                    row(ui, &t!("import-all"), &counts);
                }
            });
            ui.label(t!(
                "dialog-import-summary",
                placed = counts.placed,
                moved = counts.moved,
                orphaned = counts.orphaned
            ));
        }
        if !plan.new_tags.is_empty() {
            let names: Vec<&str> = plan.new_tags.iter().map(crate::model::TagId::as_str).collect();
            ui.label(t!("dialog-import-new-tags", tags = names.join(", ")));
        }
        if plan.other_documents > 0 {
            ui.label(t!("dialog-import-other-documents", count = plan.other_documents));
        }
        if plan.already_there > 0 {
            ui.label(t!("dialog-import-already-there", count = plan.already_there));
        }
        if plan.replies > 0 {
            ui.label(t!("dialog-import-replies", count = plan.replies));
        }
        if can_import {
            ui.label(t!("dialog-import-undo"));
        }
        ui.add_space(6.0);
        let mut clicked = None;
        super::bidi::row(ui, |ui| {
            if ui.add_enabled(can_import, Button::new(t!("button-import"))).clicked() {
                clicked = Some(0);
            }
            if ui.button(t!("button-cancel")).clicked() {
                clicked = Some(1);
            }
        });
        clicked
    });
    match (clicked, keys.escape, keys.enter) {
        (Some(0), _, _) | (None, false, true) if can_import => {
            out.extend([Command::CloseModal, Command::Import(session, Box::new(preview.clone()))]);
        }
        (Some(_), _, _) | (None, true, _) => out.push(Command::CloseModal),
        _ => {}
    }
}
