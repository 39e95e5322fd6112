//! Native file dialogs that never freeze the window: rfd runs on a worker thread,
//! which wakes the window when the dialog closes, and the frame loop collects
//! the answer (no frames on a timer while the dialog is open). Where no dialog service exists (no XDG
//! desktop portal, e.g. under Xvfb, or `GLOSA_NO_DIALOGS=1`), the app asks for the
//! path in a dialog of its own instead, and says why ([`super::command::PathPrompt`]).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::command::{Command, DocumentChoice, FileDialogKind, OpenRequest};
use super::project::command::ProjectDialog;
use crate::session::refi::is_refi_file;

// The document formats the open dialog offers: the ones Glosa reads.
use crate::persist::document::DOCUMENT_EXTENSIONS;

/// The annotation formats File ▸ Import annotations offers.
const IMPORT_EXTENSIONS: &[&str] = &["json", "jsonld"];

/// The REFI-QDA formats File ▸ Import REFI-QDA offers.
const REFI_EXTENSIONS: &[&str] = &["qdpx", "qdc"];

/// The native dialog running, if any.
#[derive(Default)]
pub struct FileDialogs {
    pending: Option<(FileDialogKind, Receiver<Option<PathBuf>>)>,
    /// Woken when a dialog closes, so the answer is collected at once with no
    /// polling while the dialog is open ([`FileDialogs::wake`]).
    window: Option<egui::Context>,
}

/// Why native file dialogs cannot work here, if they cannot (in the interface
/// language).
pub fn native_dialogs_unavailable() -> Option<String> {
    if std::env::var_os("GLOSA_NO_DIALOGS").is_some() {
        return Some(super::i18n::tr_logical("path-reason-variable"));
    }
    if cfg!(target_os = "linux") && std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return Some(super::i18n::tr_logical("path-reason-no-portal"));
    }
    None
}

impl FileDialogs {
    /// Whether a native dialog is open.
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Repaints `ctx` when a dialog started from now on closes (from the dialog's
    /// thread), so that [`FileDialogs::poll`] finds the answer in that frame.
    pub fn wake(&mut self, ctx: &egui::Context) {
        if self.window.is_none() {
            self.window = Some(ctx.clone());
        }
    }

    /// Starts a native dialog of `kind` in `folder`, suggesting `file_name` for
    /// saving. Does nothing while another is open.
    pub fn open(&mut self, kind: FileDialogKind, folder: Option<PathBuf>, file_name: String) {
        if self.pending.is_some() {
            return;
        }
        let (sender, receiver) = channel();
        let what = kind.clone();
        // The interface language belongs to this (the UI) thread: name the filters here.
        let documents = crate::t!("file-filter-documents");
        let all = crate::t!("file-filter-all");
        let annotations = crate::t!("file-filter-annotations");
        let web_annotations = crate::t!("file-filter-web-annotations");
        let refi = crate::t!("file-filter-refi");
        let format = match &what {
            FileDialogKind::Export(_, choice) => super::i18n::format_label(choice.format),
            FileDialogKind::ExportAgreement(export) => export.label(),
            _ => String::new(),
        };
        let window = self.window.clone();
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new();
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let path = match what {
                FileDialogKind::OpenDocument | FileDialogKind::ChooseDocument(_) => dialog
                    .add_filter(documents, &[DOCUMENT_EXTENSIONS, &["ron"]].concat())
                    .add_filter(all, &["*"])
                    .pick_file(),
                FileDialogKind::OpenAnnotations | FileDialogKind::AddCoderFile | FileDialogKind::MergeFile(_) => {
                    dialog.add_filter(annotations, &["ron"]).pick_file()
                }
                FileDialogKind::SaveAs(..) | FileDialogKind::SaveCopy(..) => {
                    dialog.add_filter(annotations, &["ron"]).set_file_name(file_name).save_file()
                }
                FileDialogKind::ImportAnnotations(_) => dialog
                    .add_filter(web_annotations, IMPORT_EXTENSIONS)
                    .add_filter(refi.as_str(), REFI_EXTENSIONS)
                    .add_filter(all.as_str(), &["*"])
                    .pick_file(),
                FileDialogKind::ImportRefi => {
                    dialog.add_filter(refi, REFI_EXTENSIONS).add_filter(all, &["*"]).pick_file()
                }
                FileDialogKind::Export(_, choice) => {
                    dialog.add_filter(format, &[choice.format.extension()]).set_file_name(file_name).save_file()
                }
                FileDialogKind::Project(ProjectDialog::Open) => dialog.pick_folder(),
                FileDialogKind::Project(ProjectDialog::ImportAttributes) => {
                    dialog.add_filter("CSV", &["csv", "txt"]).pick_file()
                }
                FileDialogKind::Project(ProjectDialog::ExportSegments(format)) => {
                    dialog.add_filter(format.label(), &[format.extension()]).set_file_name(file_name).save_file()
                }
                FileDialogKind::Project(ProjectDialog::ExportProject(format)) => {
                    dialog.add_filter(format.extension(), &[format.extension()]).set_file_name(file_name).save_file()
                }
                FileDialogKind::Project(ProjectDialog::ExportTable | ProjectDialog::ExportAttributes) => {
                    dialog.add_filter("CSV", &["csv"]).set_file_name(file_name).save_file()
                }
                FileDialogKind::ExportAgreement(export) => {
                    dialog.add_filter(format, &[export.extension()]).set_file_name(file_name).save_file()
                }
            };
            let _ = sender.send(path);
            if let Some(window) = window {
                window.request_repaint();
            }
        });
        self.pending = Some((kind, receiver));
    }

    /// The command for a dialog that finished this frame, if one did (none when it
    /// was cancelled).
    pub fn poll(&mut self) -> Option<Command> {
        let (kind, receiver) = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(path) => {
                let kind = kind.clone();
                self.pending = None;
                path.map(|p| chosen(kind, p))
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }
}

/// The command for `path` chosen in a dialog of `kind`.
pub fn chosen(kind: FileDialogKind, path: PathBuf) -> Command {
    match kind {
        FileDialogKind::OpenDocument => Command::Open(OpenRequest::file(path)),
        FileDialogKind::OpenAnnotations => {
            Command::Open(OpenRequest { as_annotations: true, ..OpenRequest::file(path) })
        }
        FileDialogKind::SaveAs(session, then) | FileDialogKind::SaveCopy(session, then) => {
            Command::SaveAs { session, path, then }
        }
        FileDialogKind::ChooseDocument(annotations) => {
            Command::OpenAnnotationsWith { annotations, document: DocumentChoice::Chosen(path) }
        }
        FileDialogKind::Export(session, choice) => Command::Export(session, path, choice),
        FileDialogKind::Project(dialog) => dialog.chosen(path),
        FileDialogKind::AddCoderFile => Command::AddCoderFile(path),
        FileDialogKind::ExportAgreement(export) => Command::ExportAgreement(path, export),
        // A REFI-QDA file chosen to import annotations: its own import.
        FileDialogKind::ImportAnnotations(_) | FileDialogKind::ImportRefi if is_refi_file(&path) => {
            Command::ImportRefi(path)
        }
        FileDialogKind::ImportAnnotations(session) => Command::PreviewImport(session, path),
        FileDialogKind::ImportRefi => Command::ImportRefi(path),
        FileDialogKind::MergeFile(session) => Command::PreviewMerge(session, path),
    }
}

/// The text the path prompt starts with: the folder, ending in a separator.
pub fn prompt_start(folder: Option<&Path>) -> String {
    folder.map(|f| f.display().to_string() + std::path::MAIN_SEPARATOR_STR).unwrap_or_default()
}
