//! File dialogs that never freeze the window, and the app's modal windows.
//!
//! Native dialogs (rfd) run on a worker thread; the frame loop polls for the answer.
//! Where no dialog service exists (no XDG desktop portal, e.g. under Xvfb, or
//! `GLOSA_NO_DIALOGS=1`), a small in-app dialog asks for the path instead, and says why.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::app::Command;
use crate::export::Format;
use crate::model::{AnnotationSet, Color, Tag, TagId};

/// What a file dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// Open a document (or an annotation file).
    OpenDocument,
    /// Open an annotation file.
    OpenAnnotations,
    /// Choose where to save the annotations.
    SaveAs,
    /// Choose where to export.
    Export(ExportChoice),
}

/// Export format and scope.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportChoice {
    /// The format.
    pub format: Format,
    /// Only the annotations the list filter shows.
    pub filtered: bool,
}

/// The tag being edited in the tag dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct TagDraft {
    /// `None` for a new tag.
    pub id: Option<TagId>,
    /// Label.
    pub label: String,
    /// Description.
    pub description: String,
    /// Colour.
    pub color: [u8; 3],
}

/// Dialog state.
#[derive(Default)]
pub struct Dialogs {
    pending: Option<(DialogKind, Receiver<Option<PathBuf>>)>,
    /// The in-app path dialog: kind, typed path, and why it is shown.
    pub path_prompt: Option<(DialogKind, String, String)>,
    /// Show the "save before closing?" dialog.
    pub confirm_close: bool,
    /// The tag whose deletion waits for confirmation.
    pub confirm_delete_tag: Option<TagId>,
    /// The tag dialog.
    pub tag_draft: Option<TagDraft>,
    /// The help overlay (F1).
    pub help: bool,
    /// Saving found the annotation file changed on disk.
    pub save_conflict: bool,
    /// Choosing an export format.
    pub export_menu: Option<ExportChoice>,
}

/// Whether native file dialogs can work here.
fn native_dialogs_available() -> Option<&'static str> {
    if std::env::var_os("GLOSA_NO_DIALOGS").is_some() {
        return Some("GLOSA_NO_DIALOGS is set");
    }
    if cfg!(target_os = "linux") && std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return Some("no desktop session bus, so no file dialog service (XDG desktop portal)");
    }
    None
}

impl Dialogs {
    /// Starts a file dialog of `kind` in `folder`.
    pub fn open(&mut self, kind: DialogKind, folder: Option<PathBuf>) {
        if self.pending.is_some() {
            return;
        }
        if let Some(reason) = native_dialogs_available() {
            let start = folder.map(|f| f.display().to_string() + "/").unwrap_or_default();
            self.path_prompt = Some((kind, start, reason.to_owned()));
            return;
        }
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new();
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let path = match kind {
                DialogKind::OpenDocument => dialog
                    .add_filter(
                        "Documents",
                        &["txt", "md", "markdown", "html", "htm", "xhtml", "docx", "odt", "pdf", "ron"],
                    )
                    .add_filter("All files", &["*"])
                    .pick_file(),
                DialogKind::OpenAnnotations => dialog.add_filter("Glosa annotations", &["ron"]).pick_file(),
                DialogKind::SaveAs => {
                    dialog.add_filter("Glosa annotations", &["ron"]).set_file_name("annotations.glosa.ron").save_file()
                }
                DialogKind::Export(choice) => dialog
                    .add_filter(choice.format.label(), &[choice.format.extension()])
                    .set_file_name(format!("excerpts.{}", choice.format.extension()))
                    .save_file(),
            };
            let _ = sender.send(path);
        });
        self.pending = Some((kind, receiver));
    }

    /// The chosen path of a finished dialog, if one finished this frame.
    pub fn poll(&mut self) -> Option<(DialogKind, PathBuf)> {
        let (kind, receiver) = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(path) => {
                let kind = *kind;
                self.pending = None;
                path.map(|p| (kind, p))
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }

    /// Draws the open modal windows, queueing commands and errors.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        commands: &mut Vec<Command>,
        errors: &mut Vec<String>,
        set: Option<&AnnotationSet>,
    ) {
        self.path_prompt_ui(ctx, commands);
        self.export_menu_ui(ctx, commands);
        self.tag_draft_ui(ctx, commands, set);
        self.delete_tag_ui(ctx, commands, set);
        errors_ui(ctx, errors);
        if self.help {
            help_ui(ctx, &mut self.help);
        }
        if self.pending.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn path_prompt_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let Some((kind, text, reason)) = self.path_prompt.as_mut() else {
            return;
        };
        let title = match kind {
            DialogKind::OpenDocument => "Open document",
            DialogKind::OpenAnnotations => "Open annotations",
            DialogKind::SaveAs => "Save annotations as",
            DialogKind::Export(_) => "Export to",
        };
        let mut done = None;
        egui::Modal::new(egui::Id::unique("path-prompt")).show(ctx, |ui| {
            ui.heading(title);
            ui.label(format!("No file dialog is available ({reason}). Type the path:"));
            let response = ui.add(egui::TextEdit::singleline(text).desired_width(480.0));
            response.request_focus();
            let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if ui.button("OK").clicked() || enter {
                    done = Some(true);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    done = Some(false);
                }
            });
        });
        match done {
            Some(true) => {
                let (kind, text, _) =
                    self.path_prompt.take().unwrap_or((DialogKind::OpenDocument, String::new(), String::new()));
                let path = PathBuf::from(text.trim());
                if !text.trim().is_empty() {
                    commands.push(match kind {
                        DialogKind::OpenDocument if super::app::is_annotation_file(&path) => {
                            Command::OpenAnnotations(path)
                        }
                        DialogKind::OpenDocument => Command::OpenDocument(path),
                        DialogKind::OpenAnnotations => Command::OpenAnnotations(path),
                        DialogKind::SaveAs => Command::SaveAs(path),
                        DialogKind::Export(choice) => Command::Export(path, choice),
                    });
                }
            }
            Some(false) => self.path_prompt = None,
            None => {}
        }
    }

    fn export_menu_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let Some(choice) = self.export_menu.as_mut() else {
            return;
        };
        let mut done = None;
        egui::Modal::new(egui::Id::unique("export-menu")).show(ctx, |ui| {
            ui.heading("Export tagged excerpts");
            for format in Format::ALL {
                ui.radio_value(&mut choice.format, format, format.label());
            }
            ui.checkbox(&mut choice.filtered, "Only the annotations the list shows (its filters)");
            ui.horizontal(|ui| {
                if ui.button("Export…").clicked() {
                    done = Some(true);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    done = Some(false);
                }
            });
        });
        match done {
            Some(true) => {
                let choice = *choice;
                self.export_menu = None;
                commands.push(Command::Dialog(DialogKind::Export(choice)));
            }
            Some(false) => self.export_menu = None,
            None => {}
        }
    }

    fn tag_draft_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>, set: Option<&AnnotationSet>) {
        let Some(draft) = self.tag_draft.as_mut() else {
            return;
        };
        let mut done = None;
        egui::Modal::new(egui::Id::unique("tag-draft")).show(ctx, |ui| {
            ui.heading(if draft.id.is_some() { "Edit tag" } else { "New tag" });
            egui::Grid::new("tag-fields").num_columns(2).show(ui, |ui| {
                ui.label("Label");
                let label = ui.add(egui::TextEdit::singleline(&mut draft.label).desired_width(300.0));
                if draft.label.is_empty() && !label.has_focus() {
                    label.request_focus();
                }
                ui.end_row();
                ui.label("Colour");
                ui.color_edit_button_srgb(&mut draft.color);
                ui.end_row();
                ui.label("Description");
                ui.add(egui::TextEdit::multiline(&mut draft.description).desired_width(300.0).desired_rows(3));
                ui.end_row();
            });
            ui.horizontal(|ui| {
                let valid = !draft.label.trim().is_empty();
                if ui.add_enabled(valid, egui::Button::new("OK")).clicked() {
                    done = Some(true);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    done = Some(false);
                }
            });
        });
        match (done, set) {
            (Some(true), Some(set)) => {
                let draft = self.tag_draft.take().unwrap_or_else(|| TagDraft {
                    id: None,
                    label: String::new(),
                    description: String::new(),
                    color: [0; 3],
                });
                let [r, g, b] = draft.color;
                let color = Color { r, g, b };
                if let Some(existing) = draft.id.and_then(|id| set.tags.get(&id).cloned()) {
                    commands.push(Command::UpdateTag(Tag {
                        label: draft.label.trim().to_owned(),
                        description: draft.description,
                        color,
                        ..existing
                    }));
                } else {
                    let used: Vec<u8> = set.tags.tags().iter().filter_map(|t| t.shortcut).collect();
                    commands.push(Command::AddTag(Tag {
                        id: set.tags.unused_id(&draft.label),
                        label: draft.label.trim().to_owned(),
                        description: draft.description,
                        color,
                        shortcut: (1..=9).find(|d| !used.contains(d)),
                    }));
                }
            }
            (Some(_), _) => self.tag_draft = None,
            (None, _) => {}
        }
    }

    fn delete_tag_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>, set: Option<&AnnotationSet>) {
        let (Some(id), Some(set)) = (self.confirm_delete_tag.clone(), set) else {
            return;
        };
        let label = set.tags.get(&id).map_or_else(|| id.to_string(), |t| t.label.clone());
        let count = set.count_tagged(&id);
        let mut done = None;
        egui::Modal::new(egui::Id::unique("delete-tag")).show(ctx, |ui| {
            ui.heading(format!("Delete the tag “{label}”?"));
            ui.label(match count {
                0 => "No annotation uses it.".to_owned(),
                1 => "1 annotation loses this tag (the highlight and its note stay).".to_owned(),
                n => format!("{n} annotations lose this tag (the highlights and their notes stay)."),
            });
            ui.label("You can undo this with Ctrl+Z.");
            ui.horizontal(|ui| {
                if ui.button("Delete").clicked() {
                    done = Some(true);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    done = Some(false);
                }
            });
        });
        if let Some(delete) = done {
            self.confirm_delete_tag = None;
            if delete {
                commands.push(Command::DeleteTag(id));
            }
        }
    }
}

fn errors_ui(ctx: &egui::Context, errors: &mut Vec<String>) {
    let Some(error) = errors.first().cloned() else {
        return;
    };
    let mut dismissed = false;
    egui::Modal::new(egui::Id::unique("error")).show(ctx, |ui| {
        ui.heading("Something went wrong");
        ui.label(&error);
        if ui.button("OK").clicked()
            || ui.input(|i| i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Escape))
        {
            dismissed = true;
        }
    });
    if dismissed {
        errors.remove(0);
    }
}

/// Keyboard shortcuts, as shown in the help overlay and the README.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Drag, Shift+click", "Select text (across paragraphs); extend the selection"),
    ("Double-click / triple-click", "Select a word / a paragraph"),
    ("1 … 9", "Tag the selection (or toggle the tag on the selected highlight)"),
    ("Click a highlight", "Select it: edit its note, toggle tags"),
    ("Delete", "Delete the selected highlight"),
    ("Ctrl+C", "Copy the selected text"),
    ("Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", "Undo / redo"),
    ("Ctrl+F, F3 / Shift+F3", "Find; next / previous hit"),
    ("Ctrl+S / Ctrl+Shift+S", "Save / save as"),
    ("Ctrl+O", "Open a document or annotation file"),
    ("Ctrl+E", "Export tagged excerpts"),
    ("Ctrl+plus / Ctrl+minus", "Larger / smaller text"),
    ("PageUp/PageDown, Home/End, arrows", "Scroll"),
    ("Escape", "Clear the selection; close the find bar"),
    ("F1", "This help"),
];

fn help_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts").open(open).collapsible(false).resizable(false).show(ctx, |ui| {
        egui::Grid::new("shortcuts").num_columns(2).striped(true).show(ui, |ui| {
            for (keys, action) in SHORTCUTS {
                ui.strong(*keys);
                ui.label(*action);
                ui.end_row();
            }
        });
    });
}
