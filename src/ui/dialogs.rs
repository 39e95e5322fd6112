//! The dialogs ([`Modal`]) and error messages, drawn over the window.
//!
//! A dialog edits only its own draft (the typed path, the tag being edited, the
//! export choice); what it decides goes out as [`Command`]s. The app gives the
//! dialog on top the keys: Escape cancels it (unless a popup inside it, such as
//! the colour picker, is open and takes the Escape), Enter confirms where there is
//! an obvious default.

use egui::{Button, Context, Id, Key, RichText};

use super::command::{Action, Command, ExportChoice, FileDialogKind, Modal, POINTER_HELP, PathPrompt, TagDraft};
use super::files;
use super::state::AppState;
use crate::export::Format;
use crate::model::{Color, Tag};
use crate::session::SessionId;

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

/// A modal window with a heading; returns what `content` returns.
fn window<T>(ctx: &Context, id: &str, heading: &str, content: impl FnOnce(&mut egui::Ui) -> T) -> T {
    egui::Modal::new(Id::unique(("glosa-dialog", id)))
        .show(ctx, |ui| {
            ui.heading(heading);
            ui.add_space(4.0);
            content(ui)
        })
        .inner
}

/// A row of buttons; returns the index of the one clicked.
fn buttons(ui: &mut egui::Ui, labels: &[&str]) -> Option<usize> {
    let mut clicked = None;
    ui.horizontal(|ui| {
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
            let choice = window(ctx, "delete-tag", &format!("Delete the tag “{label}”?"), |ui| {
                ui.label(match count {
                    0 => "No annotation uses it.".to_owned(),
                    1 => "1 annotation loses this tag (the highlight and its note stay).".to_owned(),
                    n => format!("{n} annotations lose this tag (the highlights and their notes stay)."),
                });
                ui.label("You can undo this with Ctrl+Z.");
                buttons(ui, &["Delete", "Cancel"])
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
                ("Save changes before closing?", "Your annotations have unsaved changes.")
            } else {
                ("Save changes first?", "Your annotations have unsaved changes. Save them before opening another file?")
            };
            let choice = window(ctx, "unsaved", heading, |ui| {
                ui.label(text);
                buttons(ui, &["Save", "Discard", "Cancel"])
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
        Modal::SaveConflict(session, then) => {
            let choice = window(ctx, "save-conflict", "The annotation file changed on disk", |ui| {
                ui.label(
                    "Another program (or a colleague) saved this annotation file after Glosa opened it. \
                     Overwriting it loses their changes (the previous version is kept as .bak).",
                );
                buttons(ui, &["Save as…", "Overwrite", "Cancel"])
            });
            match (choice, keys.escape) {
                (Some(0), _) => out
                    .extend([Command::CloseModal, Command::FileDialog(FileDialogKind::SaveAs(*session, then.clone()))]),
                (Some(1), _) => out.extend([
                    Command::CloseModal,
                    Command::Save { session: *session, overwrite: true, then: then.clone() },
                ]),
                (Some(_), _) | (None, true) => out.push(Command::CloseModal),
                (None, false) => {}
            }
        }
        Modal::PathPrompt(prompt) => path_prompt_ui(ctx, prompt, keys, out),
        Modal::GoTo(session, text) => go_to_ui(ctx, state, *session, text, keys, out),
    }
}

/// `then` as it runs after the user chose Discard: without asking again.
fn discarding(then: &Command) -> Command {
    match then {
        Command::Open(request) => {
            let mut request = request.clone();
            request.discard_unsaved = true;
            Command::Open(request)
        }
        Command::Quit { .. } => Command::Quit { discard_unsaved: true },
        other => other.clone(),
    }
}

fn help_ui(ctx: &Context, keys: DialogKeys, out: &mut Vec<Command>) {
    let f1 = ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::F1));
    let close = window(ctx, "help", "Keyboard shortcuts", |ui| {
        egui::ScrollArea::vertical().max_height(ui.ctx().content_rect().height() * 0.7).show(ui, |ui| {
            egui::Grid::new("shortcuts").num_columns(2).striped(true).show(ui, |ui| {
                for (keys, action) in POINTER_HELP {
                    ui.strong(*keys);
                    ui.label(*action);
                    ui.end_row();
                }
                for action in Action::ALL {
                    if action.shortcuts().is_empty() {
                        continue;
                    }
                    ui.strong(action.all_shortcuts_text(ui.ctx()));
                    ui.label(action.label());
                    ui.end_row();
                }
            });
        });
        ui.button("Close").clicked()
    });
    if close || keys.escape || keys.enter || f1 {
        out.push(Command::CloseModal);
    }
}

fn export_ui(ctx: &Context, session: SessionId, choice: &mut ExportChoice, keys: DialogKeys, out: &mut Vec<Command>) {
    let clicked = window(ctx, "export", "Export tagged excerpts", |ui| {
        for format in Format::ALL {
            ui.radio_value(&mut choice.format, format, format.label());
        }
        ui.checkbox(&mut choice.filtered, "Only the annotations the list shows (its filters)");
        buttons(ui, &["Export…", "Cancel"])
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
    let heading = if draft.id.is_some() { "Edit tag" } else { "New tag" };
    let valid = !draft.label.trim().is_empty();
    let clicked = window(ctx, "tag-editor", heading, |ui| {
        egui::Grid::new("tag-fields").num_columns(2).show(ui, |ui| {
            let name = ui.label("Label");
            let label = ui.add(egui::TextEdit::singleline(&mut draft.label).desired_width(300.0)).labelled_by(name.id);
            if draft.label.is_empty() && !label.has_focus() {
                label.request_focus();
            }
            ui.end_row();
            ui.label("Colour");
            ui.color_edit_button_srgb(&mut draft.color);
            ui.end_row();
            let name = ui.label("Description");
            ui.add(egui::TextEdit::multiline(&mut draft.description).desired_width(300.0).desired_rows(3))
                .labelled_by(name.id);
            ui.end_row();
        });
        let mut clicked = None;
        ui.horizontal(|ui| {
            if ui.add_enabled(valid, Button::new("OK")).clicked() {
                clicked = Some(0);
            }
            if ui.button("Cancel").clicked() {
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
    let title = match prompt.kind {
        FileDialogKind::OpenDocument => "Open document",
        FileDialogKind::OpenAnnotations => "Open annotations",
        FileDialogKind::SaveAs(..) => "Save annotations as",
        FileDialogKind::Export(..) => "Export to",
    };
    let clicked = window(ctx, "path-prompt", title, |ui| {
        ui.label(format!("No file dialog is available ({}). Type the path:", prompt.reason));
        let response = ui.add(egui::TextEdit::singleline(&mut prompt.text).desired_width(480.0));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::TextInput, true, title));
        response.request_focus();
        buttons(ui, &["OK", "Cancel"])
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
    let clicked = window(ctx, "go-to", &crate::t!("dialog-go-to"), |ui| {
        let label = crate::t!("dialog-go-to-label", count = count);
        ui.label(&label);
        let response = ui.add(egui::TextEdit::singleline(text).desired_width(120.0));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::TextInput, true, &label));
        response.request_focus();
        if number.is_none() && !text.trim().is_empty() {
            ui.weak(crate::t!("dialog-go-to-invalid", count = count));
        }
        buttons(ui, &[&crate::t!("button-go"), &crate::t!("button-cancel")])
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
    let ok = window(ctx, "error", "Something went wrong", |ui| {
        ui.label(RichText::new(error));
        ui.button("OK").clicked()
    });
    if ok || keys.escape || keys.enter {
        out.push(Command::DismissError);
    }
}
