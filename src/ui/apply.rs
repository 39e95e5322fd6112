//! Applying commands: the only place the app's state changes. Annotations change
//! only through a session's edit operations (so every change is undoable); a
//! command for a session that is no longer open does nothing. Errors are reported
//! once, here, as one line naming the file last ([`GlosaApp::report`]).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::app::GlosaApp;
use super::command::{
    Command, Direction, DocumentChoice, DocumentQuestion, ExportChoice, FileDialogKind, Modal, OpenRequest,
    OtherDocument, Panel, PathPrompt, Reveal, Scroll, Unreadable,
};
use super::files::{self, native_dialogs_unavailable};
use super::panels::FIND_FIELD;
use super::project::apply::is_project_path;
use super::project::command::{ProjectCommand, ProjectModal};
use super::theme;
use super::view::DocumentView;
use crate::model::edit::{delete_tag, toggle_tag};
use crate::model::{AnnotationId, Edit, Segment, TagId};
use crate::persist::annotations::{LoadError, backup_path};
use crate::session::import::ImportPreview;
use crate::session::paths::{self, default_annotations_path, is_annotation_file};
use crate::session::refi;
use crate::session::{DiskFollow, Session, SessionError, SessionId, new_highlight};
use crate::t;
use crate::workspace::{self, DocumentAccess, WorkspaceError};

/// How many recent files File ▸ Open recent lists.
const RECENT_LIMIT: usize = 10;
/// Rounds of commands applied per frame (a command may queue another: save, then
/// open); more would mean commands queueing each other without end.
const MAX_ROUNDS: usize = 8;

impl GlosaApp {
    /// Applies the queued commands, and those they queue in turn.
    pub fn apply_commands(&mut self, ctx: &egui::Context) {
        for _ in 0..MAX_ROUNDS {
            let commands = std::mem::take(&mut self.commands);
            if commands.is_empty() {
                return;
            }
            // The state changed after this frame was drawn: draw it again.
            ctx.request_repaint();
            for command in commands {
                self.apply(ctx, command);
            }
        }
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        // In a project, the palette's tag edits are edits of the shared codebook.
        let command = match command {
            Command::AddTag(..) | Command::UpdateTag(..) | Command::DeleteTag(..) | Command::MoveTag(..)
                if self.state.project.corpus().is_some() =>
            {
                return self.codebook_command(command);
            }
            other => other,
        };
        match command {
            Command::Project(command) => self.apply_project(ctx, command),
            Command::Open(request) => self.open(request),
            Command::FileDialog(kind) => self.file_dialog(kind),
            Command::Save { session, overwrite, then } => self.save(session, overwrite, then),
            Command::AcceptDroppingUnknownFields(session) => {
                if let Some(session) = self.state.project.get_mut(session) {
                    session.accept_dropping_unknown_fields();
                }
            }
            Command::SaveAs { session, path, then } => self.save_as(session, &path, then),
            Command::Export(session, path, choice) => self.export(session, &path, choice),
            Command::PreviewImport(session, path) => self.preview_import(session, &path),
            Command::Import(session, preview) => self.import(session, &preview),
            Command::ImportRefi(path) => self.import_refi(&path),
            Command::Quit { discard_unsaved } => self.quit(ctx, discard_unsaved),
            Command::OpenWithoutAnnotations { document, annotations } => {
                self.open_without_annotations(&document, &annotations);
            }
            Command::RestoreBackup { document, annotations } => self.restore_backup(document.as_deref(), &annotations),
            Command::OpenAnnotationsWith { annotations, document } => {
                self.open_annotations_with(&annotations, &document);
            }
            Command::OpenRetargeting { document, annotations } => self.open_retargeting(&document, &annotations),
            Command::Reload(session) => self.reload(session),
            Command::KeepWorking(session) => {
                if let Some(target) = self.state.project.get_mut(session)
                    && let Err(e) = target.keep_working_over_disk_change()
                {
                    self.report(&e);
                }
            }
            Command::Undo(session) => self.undo(session, true),
            Command::Redo(session) => self.undo(session, false),
            Command::Highlight { session, segments, tag } => self.highlight(session, segments, &tag),
            Command::ToggleTag(session, annotation, tag) => {
                // Tagging with a hidden group shows it again: a change must be seen.
                self.state.hidden_tags.remove(&tag);
                let edit = self.state.project.get(session).and_then(|s| toggle_tag(s.set(), annotation, &tag, now()));
                if let Some(edit) = edit {
                    self.edit(session, edit, None);
                }
            }
            Command::Delete(session, annotation) => {
                if self.edit(session, Edit::Delete(annotation), None) {
                    if self.state.selected == Some(annotation) {
                        self.state.selected = None;
                    }
                    self.say(&t!("message-deleted"));
                }
            }
            Command::SetNote(session, annotation, note) => {
                let edit = Edit::SetNote { id: annotation, note, modified: now() };
                self.edit(session, edit, Some(format!("note:{annotation}")));
            }
            Command::TagSpans(session, spans, tag) => self.tag_spans(session, &spans, &tag),
            Command::AddTag(session, tag) => {
                self.edit(session, Edit::InsertTag { index: usize::MAX, tag }, None);
            }
            Command::UpdateTag(session, tag) => {
                self.edit(session, Edit::UpdateTag(tag), None);
            }
            Command::DeleteTag(session, tag) => self.delete_tag(session, &tag),
            Command::MoveTag(session, tag, index) => {
                self.edit(session, Edit::MoveTag { id: tag, index }, None);
            }
            Command::ToggleAgreementView
            | Command::AddCoderFile(_)
            | Command::RemoveCoderFile(_)
            | Command::SetAgreementChoice(_)
            | Command::GoToDisagreement(_)
            | Command::ExportAgreement(..) => self.apply_agreement(command),
            Command::PreviewMerge(..)
            | Command::Merge(..)
            | Command::MergeDisk(_)
            | Command::MergeCopies(..)
            | Command::DismissCopies(_)
            | Command::Recover(_)
            | Command::DiscardRecovery(_)
            | Command::ResolveConflict(..)
            | Command::ToggleConflictsPanel
            | Command::ToggleAuthor(_)
            | Command::AliasAuthor(..)
            | Command::EditConflict(..)
            | Command::ResolveEdited(..)
            | Command::DismissDiskNotice
            | Command::AskRecovery(_) => self.apply_team(command),
            other => self.apply_view(ctx, other),
        }
    }

    /// Commands that change what is shown, not the annotations.
    #[allow(clippy::too_many_lines, reason = "one arm per command, each a few lines")]
    fn apply_view(&mut self, ctx: &egui::Context, command: Command) {
        let active = self.state.active;
        match command {
            Command::Select(session, annotation, reveal) if active == Some(session) => {
                self.select(session, annotation, reveal);
            }
            Command::SetSelection(session, selection) if active == Some(session) => {
                if let Some(selection) = selection {
                    self.state.caret = Some(selection.head);
                }
                self.state.selection = selection.filter(|s| !s.is_empty());
                if self.state.selection.is_some() {
                    self.state.selected = None;
                }
            }
            Command::ClearSelection(session) if active == Some(session) => {
                self.state.selection = None;
                self.select(session, None, Reveal::Stay);
                self.state.search.open = false;
            }
            Command::ToggleTagVisibility(tag) if !self.state.hidden_tags.remove(&tag) => {
                self.state.hidden_tags.insert(tag);
            }
            Command::SetFilter(filter) => self.state.filter = filter,
            Command::OpenFind => {
                self.state.search.open = true;
                ctx.memory_mut(|m| m.request_focus(egui::Id::unique(FIND_FIELD)));
            }
            Command::CloseFind => self.state.search.open = false,
            Command::MoveCaret(session, selection) if active == Some(session) => {
                self.state.caret = Some(selection.head);
                self.state.selection = Some(selection).filter(|s| !s.is_empty());
                if self.state.selection.is_some() {
                    self.state.selected = None;
                }
                if let Some(view) = self.active_view()
                    && !view.caret_visible(selection.head)
                {
                    view.reveal(selection.head.paragraph, selection.head.offset);
                }
            }
            Command::GoToParagraph(session, index) if active == Some(session) => {
                let caret = super::selection::TextPos::new(index, 0);
                self.state.caret = Some(caret);
                self.state.selection = None;
                self.state.caret_browsing = true;
                if let Some(view) = self.active_view() {
                    view.reveal(index, 0);
                }
                ctx.memory_mut(|m| m.request_focus(super::view::document_id()));
            }
            Command::ToggleCaret => {
                self.state.caret_browsing = !self.state.caret_browsing;
                let message = if self.state.caret_browsing { "message-caret-on" } else { "message-caret-off" };
                self.say(&t!(message));
                if self.state.caret_browsing {
                    ctx.memory_mut(|m| m.request_focus(super::view::document_id()));
                }
            }
            Command::FocusPanel(forward) => self.focus_panel(ctx, forward),
            Command::FocusNote => {
                // The note editor takes the keyboard at once (it exists while an
                // annotation is selected), so no key typed next is a shortcut.
                self.state.focus_note = true;
                if self.state.selected.is_some() {
                    ctx.memory_mut(|m| m.request_focus(super::panels::note_editor_id()));
                }
                ctx.request_repaint();
            }
            Command::NoteFocused => self.state.focus_note = false,
            Command::FocusDocument => ctx.memory_mut(|m| m.request_focus(super::view::document_id())),
            Command::SetQuery(query) => self.state.search.query = query,
            Command::SetFindOptions(options) => self.state.settings.find = options,
            Command::NextHit(direction) => self.next_hit(direction),
            Command::Scroll(scroll) => {
                let count = self.session().map_or(0, |s| s.document().paragraphs().len());
                if let Some(view) = self.active_view() {
                    match scroll {
                        Scroll::By(points) => view.scroll_by(points),
                        Scroll::Pages(pages) => view.page(pages),
                        Scroll::Top => view.jump(false, count),
                        Scroll::Bottom => view.jump(true, count),
                    }
                }
            }
            Command::CopyText(text) => {
                ctx.copy_text(text);
                self.say(&t!("message-copied"));
            }
            Command::Message(message) => self.state.message = message,
            Command::FontSize(delta) => {
                let (min, max) = theme::FONT_SIZE_RANGE;
                self.state.settings.font_size = (self.state.settings.font_size + delta).clamp(min, max);
            }
            Command::ToggleTheme => self.state.settings.dark_mode = !self.state.settings.dark_mode,
            Command::SetLanguage(language) => {
                self.state.settings.language = language;
                let language = language.unwrap_or_else(super::i18n::Language::system);
                if language != super::i18n::language() {
                    // The last message was written in the old language: it goes.
                    self.state.message.clear();
                }
                super::i18n::set_language(language);
            }
            Command::TogglePanel(panel) => {
                let settings = &mut self.state.settings;
                let shown = match panel {
                    Panel::Tags => &mut settings.show_tag_panel,
                    Panel::Annotations => &mut settings.show_annotation_panel,
                };
                *shown = !*shown;
            }
            Command::ReadingWidth(delta) => {
                let (min, max) = theme::READING_WIDTH_RANGE;
                let width = self.state.settings.reading_width.saturating_add_signed(delta).clamp(min, max);
                self.state.settings.reading_width = width;
                self.state.message = t!("message-reading-width", count = width);
            }
            Command::ShowModal(modal) => self.state.modal = Some(modal),
            Command::CloseModal => self.state.modal = None,
            Command::DismissError if !self.state.errors.is_empty() => {
                self.state.errors.remove(0);
            }
            // Commands for a session no longer shown, and those handled in `apply`.
            _ => {}
        }
    }

    /// Shows a status message.
    pub(super) fn say(&mut self, message: &str) {
        message.clone_into(&mut self.state.message);
    }

    /// Shows an error in the interface language ([`super::errors`]): one line,
    /// the file concerned last, first letter capitalized.
    pub(super) fn report(&mut self, error: &dyn super::errors::UiMessage) {
        let text = error.ui_message();
        let mut chars = text.chars();
        let message = chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or(text);
        self.state.errors.push(message);
    }

    pub(super) fn active_view(&mut self) -> Option<&mut DocumentView> {
        let id = self.state.active?;
        Some(self.views.entry(id).or_default())
    }

    // -------------------------------------------------------------------------------
    // Files

    /// Opens a document or annotation file as the session shown, replacing the one
    /// shown (after asking, if it has unsaved changes). On failure the open session
    /// stays as it was, unsaved changes and all.
    pub(super) fn open(&mut self, request: OpenRequest) {
        if !request.as_annotations && is_project_path(&request.path) {
            self.commands.push(Command::Project(ProjectCommand::Open {
                path: request.path,
                discard_unsaved: request.discard_unsaved,
            }));
            return;
        }
        // In a project, another document opens beside the others (each session
        // keeps its own unsaved work); the file already open is shown again.
        let in_project = self.state.project.corpus().is_some();
        if in_project && let Some(id) = self.session_for_request(&request) {
            self.show_session(id);
            return;
        }
        if !in_project
            && !request.discard_unsaved
            && let Some((id, session)) = self.state.session()
            && session.is_modified()
        {
            self.state.modal = Some(Modal::UnsavedChanges(id, Box::new(Command::Open(request))));
            return;
        }
        let result = if request.as_annotations || is_annotation_file(&request.path) {
            // A file from anyone: its document is followed only inside its folder
            // tree; otherwise the user is asked (see `document_question`). The
            // bundled examples name `../assets/…`, inside the app's own files.
            match bundled_document(&request.path) {
                Some(document) => Session::open_annotations_with(&request.path, DocumentAccess::Chosen(&document)),
                None => Session::open_annotations_with(&request.path, DocumentAccess::InsideFolder),
            }
        } else {
            let saves = super::resource_root().map(|r| r.join("saves"));
            Session::open_document(&request.path, request.annotations.clone(), saves.as_deref())
        };
        match result {
            Ok(mut session) => {
                self.protect_bundled(&mut session);
                self.install(session);
            }
            Err(SessionError::Workspace(WorkspaceError::Annotations { path, source })) => {
                let document = (!request.as_annotations && !is_annotation_file(&request.path)).then_some(request.path);
                self.unreadable(document, path, &source);
            }
            Err(SessionError::Workspace(error)) => self.document_question(error),
            Err(SessionError::OtherDocument { path, named, document }) => {
                let discard_unsaved = request.discard_unsaved;
                self.state.modal =
                    Some(Modal::OtherDocument(OtherDocument { document, annotations: path, named, discard_unsaved }));
            }
            Err(e) => self.report(&e),
        }
    }

    /// Opens `document` with another existing document's annotation file, as the
    /// user chose in [`Modal::OtherDocument`]: the file on disk is untouched
    /// until Save, which then stores this document in its header.
    fn open_retargeting(&mut self, document: &Path, annotations: &Path) {
        match Session::open_retargeting(document, annotations) {
            Ok(mut session) => {
                self.protect_bundled(&mut session);
                self.install(session);
                self.state.message = t!(
                    "message-retargeted",
                    path = annotations.display().to_string(),
                    document = document.display().to_string()
                );
            }
            Err(e) => self.report(&e),
        }
    }

    /// An annotation file's document is outside its folder tree, or cannot be
    /// read: ask, showing the path; a REFI-QDA file opened as a document: offer
    /// to import it (other errors are reported).
    fn document_question(&mut self, error: WorkspaceError) {
        use crate::model::DocumentError;
        use crate::model::decode::DecodeError;
        use crate::persist::document::ReadError;
        // A REFI-QDA file opened as a document: offer to import it.
        if let WorkspaceError::Document {
            path,
            source: ReadError::Content(DocumentError::Decode(DecodeError::Binary(kind))),
        } = &error
            && kind.is_refi()
        {
            let message = capitalized(&super::errors::UiMessage::ui_message(&error));
            self.state.modal = Some(Modal::RefiNotDocument(path.clone(), message));
            return;
        }
        match error {
            WorkspaceError::DocumentOutsideFolder { annotations, stored, resolved, why } => {
                let why = capitalized(&super::errors::outside_reason(why.why));
                self.state.modal =
                    Some(Modal::DocumentOutside(DocumentQuestion { annotations, stored, resolved, why }));
            }
            WorkspaceError::AnnotatedDocument { path, annotations, source } if is_missing(&source) => {
                let stored = crate::persist::annotations::load(&annotations)
                    .map_or_else(|_| path.display().to_string(), |f| f.document.path);
                let why = super::i18n::tr_args_logical(
                    "message-document-cannot-open",
                    &[("error", super::errors::read_reason(&source).into())],
                );
                self.state.modal =
                    Some(Modal::DocumentMissing(DocumentQuestion { annotations, stored, resolved: path, why }));
            }
            other => self.report(&other),
        }
    }

    /// Opens an annotation file with the document the user agreed to (shown in
    /// [`Modal::DocumentOutside`]) or picked (relinking): a picked document with
    /// another text than the annotations were made on is opened and re-anchored,
    /// and the status bar says so.
    fn open_annotations_with(&mut self, annotations: &Path, document: &DocumentChoice) {
        let access = match document {
            DocumentChoice::Anywhere => DocumentAccess::Anywhere,
            DocumentChoice::Chosen(path) => DocumentAccess::Chosen(path),
        };
        match Session::open_annotations_with(annotations, access) {
            Ok(mut session) => {
                self.protect_bundled(&mut session);
                let changed = session.document_changed();
                let review = session.review_count();
                let name = session.workspace().document_path.display().to_string();
                self.install(session);
                if matches!(document, DocumentChoice::Chosen(_)) {
                    self.state.message = if changed {
                        t!("message-relinked-changed", path = name.as_str(), count = review)
                    } else {
                        t!("message-relinked", path = name.as_str())
                    };
                }
            }
            Err(SessionError::Workspace(error)) => self.report(&error),
            Err(e) => self.report(&e),
        }
    }

    /// Reload: the session's annotations become the file's current version (their
    /// version), unsaved changes dropped.
    fn reload(&mut self, id: SessionId) {
        let Some(session) = self.state.project.get_mut(id) else {
            return;
        };
        let dropped = session.is_modified();
        match session.reload() {
            Ok(()) => {
                if self.state.selected.is_some_and(|a| session.annotation(a).is_none()) {
                    self.state.selected = None;
                }
                let path = session.workspace().annotations_path.display().to_string();
                self.state.message = if dropped {
                    t!("message-reloaded-dropped", path = path.as_str())
                } else {
                    t!("message-reloaded", path = path.as_str())
                };
            }
            Err(e) => self.report(&e),
        }
    }

    /// After a file watcher's event (or the window getting the focus back): looks
    /// at each session's annotation file and follows a change someone else made
    /// ([`crate::session::Session::follow_disk`]): with nothing unsaved, their
    /// version is taken; with unsaved changes, a clean merge is made at once;
    /// each as one undo step with a notice offering Undo. Only a merge that
    /// would leave conflicts or orphans asks. Glosa's own saves change nothing
    /// (compared by content).
    pub(super) fn check_disk(&mut self, ids: &[SessionId]) {
        for id in ids {
            let Some(session) = self.state.project.get_mut(*id) else {
                continue;
            };
            let path = session.workspace().annotations_path.display().to_string();
            let revision_before = session.revision();
            match session.follow_disk() {
                Ok(DiskFollow::Unchanged) => {}
                Ok(DiskFollow::Reloaded { changes }) => {
                    if self.state.selected.is_some_and(|a| session.annotation(a).is_none()) {
                        self.state.selected = None;
                    }
                    let revision = session.revision();
                    self.state.message = t!("message-changed-reloaded", path = path.as_str());
                    if changes > 0 {
                        self.state.team.notice = Some(super::team::DiskNotice { session: *id, revision, changes });
                    }
                }
                Ok(DiskFollow::Merged(report)) => {
                    let revision = session.revision();
                    let changes = report.added + report.updated;
                    self.state.message = t!(
                        "team-message-merged",
                        what = super::i18n::tr_logical("team-merged-disk"),
                        summary = super::team::merge_summary(&report)
                    );
                    // Undo is offered only for a step that was made and that
                    // changed annotations (a codebook-only merge is no step).
                    if changes > 0 && revision != revision_before {
                        self.state.team.notice = Some(super::team::DiskNotice { session: *id, revision, changes });
                    }
                }
                Ok(DiskFollow::Ask(_)) => {
                    // Over any other dialog but an unsaved-changes question, which
                    // is answered first (its Save then finds the conflict itself).
                    if !matches!(self.state.modal, Some(Modal::UnsavedChanges(..) | Modal::SaveConflict(..))) {
                        self.state.modal = Some(Modal::SaveConflict(*id, None));
                    }
                }
                Ok(DiskFollow::Missing) => {
                    self.state.message = t!("message-file-missing", path = path.as_str());
                }
                // A file being written in place may not read yet; the next event
                // looks again, and saving checks too.
                Err(e) => {
                    let error = match &e {
                        SessionError::Workspace(WorkspaceError::Annotations { source, .. }) => {
                            super::errors::load_reason(source)
                        }
                        other => super::errors::UiMessage::ui_message(other),
                    };
                    self.state.message = t!("message-file-unreadable-now", path = path.as_str(), error = error);
                }
            }
        }
    }

    /// A bundled example (an annotation file in the resource root's `saves/`) is
    /// never overwritten: Save writes a copy in the user's data folder and goes on
    /// there, or asks where when that folder is unknown or already holds a copy
    /// (the user's earlier work, which must not be overwritten either).
    fn protect_bundled(&self, session: &mut Session) {
        let Some(saves) = super::resource_root().map(|r| r.join("saves")) else {
            return;
        };
        let path = &session.workspace().annotations_path;
        if !path.parent().is_some_and(|folder| paths::same_file(folder, &saves)) {
            return;
        }
        let copy = self.example_copy(path).filter(|copy| !copy.exists());
        session.set_read_only(copy);
    }

    /// An annotation file that cannot be read: offer to open the document without
    /// it, or to restore its backup.
    fn unreadable(&mut self, document: Option<PathBuf>, annotations: PathBuf, source: &LoadError) {
        if matches!(source, LoadError::NotFound | LoadError::IsDirectory) {
            self.report(&WorkspaceError::Annotations { path: annotations, source: LoadError::NotFound });
            return;
        }
        // Opened by its name: the document it names in its (intact) header.
        let document = document.or_else(|| named_document(&annotations));
        let backup = backup_path(&annotations);
        let backup = crate::persist::annotations::load(&backup).is_ok().then_some(backup);
        let error = t!(
            "dialog-unreadable-error",
            error = super::errors::load_reason(source),
            path = annotations.display().to_string()
        );
        self.state.modal = Some(Modal::Unreadable(Unreadable { document, annotations, error, backup }));
    }

    fn open_without_annotations(&mut self, document: &Path, annotations: &Path) {
        let fresh = paths::unused_annotations_path(annotations);
        match Session::open_without_annotations(document, &fresh) {
            Ok(session) => {
                self.install(session);
                self.state.message = t!("message-opened-without-annotations", path = annotations.display().to_string());
            }
            Err(e) => self.report(&e),
        }
    }

    fn restore_backup(&mut self, document: Option<&Path>, annotations: &Path) {
        match Session::restore_backup(document, annotations) {
            Ok(session) => {
                self.install(session);
                self.state.message = t!(
                    "message-restored-backup",
                    path = annotations.display().to_string(),
                    backup = backup_path(annotations).display().to_string()
                );
            }
            Err(e) => self.report(&e),
        }
    }

    pub(super) fn install(&mut self, session: Session) {
        let workspace = session.workspace();
        let (document, annotations) = (workspace.document_path.clone(), workspace.annotations_path.clone());
        let review = session.review_count();
        self.state.message = if workspace.document_changed() && review > 0 {
            t!("message-document-changed", count = review)
        } else {
            match session.conflicts().len() {
                0 => t!("message-opened", path = document.display().to_string()),
                count => t!("message-opened-conflicts", path = document.display().to_string(), count = count),
            }
        };
        let has_file = session.has_file();
        if let Some(old) = self.state.active.take()
            && self.state.project.corpus().is_none()
        {
            // Replacing a session with unsaved work: the user chose Discard, so its
            // recovery journal goes too.
            if let Some(mut replaced) = self.state.project.remove(old)
                && replaced.is_modified()
            {
                let _ = replaced.discard_journal();
            }
            self.views.remove(&old);
        }
        self.state.projects.view = None;
        let id = self.state.project.insert(session);
        self.state.active = Some(id);
        self.views.insert(id, DocumentView::default());
        self.state.selection = None;
        self.state.selected = None;
        self.state.hidden_tags.clear();
        self.state.agreement.reset();
        self.remember(&document);
        if has_file {
            self.remember(&annotations);
        }
        self.state.team.hidden_authors.clear();
        self.after_open(id);
    }

    fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let recent = &mut self.state.settings.recent;
        recent.retain(|p| p != &path);
        recent.insert(0, path);
        recent.truncate(RECENT_LIMIT);
    }

    /// Starts a native file dialog, or shows the in-app path prompt where there is
    /// no dialog service.
    fn file_dialog(&mut self, kind: FileDialogKind) {
        let (folder, file_name) = self.dialog_start(&kind);
        if let Some(reason) = native_dialogs_unavailable() {
            let text = match &kind {
                FileDialogKind::SaveAs(..)
                | FileDialogKind::SaveCopy(..)
                | FileDialogKind::Export(..)
                | FileDialogKind::ExportAgreement(..) => {
                    folder.map_or(file_name.clone(), |f| f.join(&file_name).display().to_string())
                }
                _ => files::prompt_start(folder.as_deref()),
            };
            self.state.modal = Some(Modal::PathPrompt(PathPrompt { kind, text, reason }));
            return;
        }
        self.files.open(kind, folder, file_name);
    }

    /// Where a file dialog of `kind` starts, and the file name it suggests. Save As
    /// suggests the annotation file the status bar shows (next to the document for
    /// a new one), or for a bundled example its copy in the user's data folder;
    /// the others start in the document's folder.
    fn dialog_start(&self, kind: &FileDialogKind) -> (Option<PathBuf>, String) {
        let name = |path: &Path| path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let document_folder = self
            .session()
            .and_then(|s| s.workspace().document_path.parent().map(Path::to_path_buf))
            .or_else(|| self.state.project.corpus().map(|c| c.root().to_owned()))
            .or_else(|| super::resource_root().map(|r| r.join("assets/samples")));
        match kind {
            FileDialogKind::Project(dialog) => (self.project_dialog_folder(dialog), dialog.file_name()),
            FileDialogKind::SaveAs(id, _) => {
                let Some(session) = self.state.project.get(*id) else {
                    return (document_folder, "annotations.glosa.ron".to_owned());
                };
                let workspace = session.workspace();
                let suggested = if session.is_read_only() {
                    session
                        .copy_to()
                        .map(Path::to_path_buf)
                        .or_else(|| self.example_copy(&workspace.annotations_path))
                        .unwrap_or_else(|| default_annotations_path(&workspace.document_path))
                } else {
                    workspace.annotations_path.clone()
                };
                (suggested.parent().map(Path::to_path_buf), name(&suggested))
            }
            FileDialogKind::Export(_, choice) => {
                (document_folder, format!("{}excerpts.{}", self.export_stem(), choice.format.extension()))
            }
            FileDialogKind::SaveCopy(id, _) => {
                let Some(session) = self.state.project.get(*id) else {
                    return (document_folder, "annotations.glosa.ron".to_owned());
                };
                // `brief (2).glosa.ron` beside theirs.
                let suggested = paths::unused_annotations_path(&session.workspace().annotations_path);
                (suggested.parent().map(Path::to_path_buf), name(&suggested))
            }
            FileDialogKind::ChooseDocument(annotations) => {
                let folder = annotations.parent().map(Path::to_path_buf).filter(|f| f.is_dir());
                (folder.or(document_folder), String::new())
            }
            FileDialogKind::OpenDocument
            | FileDialogKind::OpenAnnotations
            | FileDialogKind::AddCoderFile
            | FileDialogKind::ImportAnnotations(_)
            | FileDialogKind::ImportRefi
            | FileDialogKind::MergeFile(_) => (document_folder, String::new()),
            FileDialogKind::ExportAgreement(export) => {
                (document_folder, format!("{}{}", self.export_stem(), export.file_name()))
            }
        }
    }

    /// The start of an export's suggested file name: the document's file stem and
    /// a dash (`brief-`), so `brief-agreement.csv`; empty without a document.
    fn export_stem(&self) -> String {
        self.session()
            .and_then(|s| s.workspace().document_path.file_stem().map(|n| format!("{}-", n.to_string_lossy())))
            .unwrap_or_default()
    }

    /// Saves a session (Save As when it has no file yet), then runs `then`. A file
    /// changed on disk asks first.
    fn save(&mut self, id: SessionId, overwrite: bool, then: Option<Box<Command>>) {
        let Some(session) = self.state.project.get_mut(id) else {
            return;
        };
        if !session.unknown_fields_to_drop().is_empty() {
            // A newer Glosa's or another tool's fields: not dropped unasked.
            self.state.modal =
                Some(Modal::DropUnknownFields(id, Box::new(Command::Save { session: id, overwrite, then })));
            return;
        }
        if !session.has_file() {
            self.file_dialog(FileDialogKind::SaveAs(id, then));
            return;
        }
        let result = if overwrite { session.save_overwriting() } else { session.save() };
        match result {
            Ok(()) => self.saved(id, then),
            Err(SessionError::Workspace(WorkspaceError::ChangedOnDisk { .. })) => {
                self.state.modal = Some(Modal::SaveConflict(id, then));
            }
            Err(e) => self.report(&e),
        }
    }

    fn save_as(&mut self, id: SessionId, path: &Path, then: Option<Box<Command>>) {
        let Some(session) = self.state.project.get_mut(id) else {
            return;
        };
        match session.save_as(path) {
            Ok(_) => self.saved(id, then),
            Err(e) => self.report(&e),
        }
    }

    fn saved(&mut self, id: SessionId, then: Option<Box<Command>>) {
        let Some(path) = self.state.project.get(id).map(|s| s.workspace().annotations_path.clone()) else {
            return;
        };
        self.state.message = t!("message-saved", path = path.display().to_string());
        self.remember(&path);
        if let Some(then) = then {
            self.commands.push(*then);
        }
    }

    /// Exports all annotations, or those the list shows.
    fn export(&mut self, id: SessionId, path: &Path, choice: ExportChoice) {
        let Some(session) = self.state.project.get(id) else {
            return;
        };
        let filtered = choice.filtered && self.state.active == Some(id);
        let shown: Option<HashSet<AnnotationId>> = filtered.then(|| self.state.list.iter().copied().collect());
        let tags: Vec<TagId> = self.state.filter.tag.iter().filter(|_| filtered).cloned().collect();
        match session.export_to_reporting(path, choice.format, shown.as_ref(), &tags) {
            Ok((count, left_out)) => {
                self.state.message = t!("message-exported", count = count, path = path.display().to_string());
                // What a QDPX has no place for, one line each, as the project export does.
                self.state.errors.extend(left_out.iter().map(super::errors::UiMessage::ui_message));
            }
            Err(e) => self.report(&e),
        }
    }

    /// Reads a file to import and shows what importing it would do.
    fn preview_import(&mut self, id: SessionId, path: &Path) {
        let Some(session) = self.state.project.get(id) else {
            return;
        };
        match session.plan_import(path, &workspace::author(None), now()) {
            Ok(preview) => self.state.modal = Some(Modal::ImportPreview(id, Box::new(preview))),
            Err(e) => self.report(&e),
        }
    }

    /// Applies a previewed import as one undo step.
    fn import(&mut self, id: SessionId, preview: &ImportPreview) {
        let Some(session) = self.state.project.get_mut(id) else {
            return;
        };
        match session.apply_import(preview) {
            Ok(0) => self.say(&t!("message-nothing-to-import")),
            Ok(added) => {
                let counts = preview.counts();
                self.state.message = t!(
                    "message-imported",
                    count = added,
                    path = preview.path.display().to_string(),
                    placed = counts.placed,
                    moved = counts.moved,
                    orphaned = counts.orphaned
                );
            }
            Err(e) => self.report(&e),
        }
    }

    /// Imports a REFI-QDA file: a codebook's codes into the active session's tags
    /// (one undo step); a project into a Glosa project in the folder beside it
    /// named after it (documents, codebook, variables as attributes: the CLI's
    /// `--project`), then opens that project and shows the report.
    fn import_refi(&mut self, path: &Path) {
        let project = match refi::read_refi(path) {
            Ok(project) => project,
            Err(e) => return self.report(&e),
        };
        if project.codebook {
            // What the file does otherwise than the standard, after the message.
            let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let warnings: String = project
                .warnings
                .iter()
                .map(|w| super::project::dialogs::refi_warning_text(&name, w))
                .fold(String::new(), |mut all, line| {
                    all.push(' ');
                    all.push_str(&line);
                    all
                });
            let Some(id) = self.state.active else {
                return self.report(&t!("message-refi-codebook-no-document", path = path.display().to_string()));
            };
            let Some(session) = self.state.project.get_mut(id) else {
                return;
            };
            match session.import_codes(&project) {
                Ok(import) if import.added == 0 => {
                    self.state.message = t!(
                        "message-refi-codebook-nothing-new",
                        path = path.display().to_string(),
                        count = import.codes
                    ) + &warnings;
                }
                Ok(import) => {
                    self.state.message = t!(
                        "message-refi-codebook-imported",
                        count = import.codes,
                        path = path.display().to_string(),
                        added = import.added,
                        linked = import.linked
                    ) + &warnings;
                }
                Err(e) => self.report(&e),
            }
            return;
        }
        let folder = refi::default_import_folder(path);
        let into = refi::ImportInto::Project(&folder);
        match refi::import_qdpx(path, &project, into, &workspace::author(None), now()) {
            Ok(import) => self.imported_refi_project(path, import),
            Err(e) => self.report(&e),
        }
    }

    fn quit(&mut self, ctx: &egui::Context, discard_unsaved: bool) {
        if !discard_unsaved
            && (self.state.project.corpus().is_some() || self.state.project.len() > 1)
            && self.state.project.is_modified()
        {
            let then = Box::new(Command::Quit { discard_unsaved: false });
            self.state.modal = Some(Modal::Project(ProjectModal::UnsavedAll(then)));
            return;
        }
        if !discard_unsaved
            && let Some((id, session)) = self.state.session()
            && session.is_modified()
        {
            self.state.modal = Some(Modal::UnsavedChanges(id, Box::new(Command::Quit { discard_unsaved: false })));
            return;
        }
        if discard_unsaved {
            // The user chose Discard: the unsaved work's recovery journal goes too.
            let ids: Vec<SessionId> = self.state.project.iter().map(|(id, _)| id).collect();
            for id in ids {
                if let Some(session) = self.state.project.get_mut(id)
                    && session.is_modified()
                {
                    let _ = session.discard_journal();
                }
            }
        }
        self.close_confirmed = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    // -------------------------------------------------------------------------------
    // Edits

    /// Applies `edit` to a session as an undo step; reports a failure. Returns
    /// whether it was applied.
    fn edit(&mut self, id: SessionId, edit: Edit, merge_key: Option<String>) -> bool {
        let Some(session) = self.state.project.get_mut(id) else {
            return false;
        };
        match session.apply_merging(edit, merge_key) {
            Ok(()) => true,
            Err(e) => {
                self.report(&e);
                false
            }
        }
    }

    fn undo(&mut self, id: SessionId, undo: bool) {
        let Some(session) = self.state.project.get_mut(id) else {
            return;
        };
        let change = session.next_step(undo).map_or("other", |edit| undone_change(edit, undo));
        match if undo { session.undo() } else { session.redo() } {
            Ok(true) => {
                if self.state.selected.is_some_and(|a| session.annotation(a).is_none()) {
                    self.state.selected = None;
                }
                // Says what was undone, in place of what the change had said.
                self.state.message =
                    if undo { t!("message-undone", change = change) } else { t!("message-redone", change = change) };
            }
            Ok(false) => self.say(&t!("message-nothing-to-undo")),
            Err(e) => self.report(&e),
        }
    }

    /// A new highlight with `tag`, selected; the text selection is used up.
    fn highlight(&mut self, id: SessionId, segments: Vec<Segment>, tag: &TagId) {
        self.state.hidden_tags.remove(tag);
        let Some(annotation) = new_highlight(segments, [tag.clone()].into(), &workspace::author(None), now()) else {
            return;
        };
        let annotation_id = annotation.id;
        if self.edit(id, Edit::Create(Box::new(annotation)), None) && self.state.active == Some(id) {
            self.state.selection = None;
            self.state.selected = Some(annotation_id);
            self.say(&t!("message-highlight-added"));
        }
    }

    fn tag_spans(&mut self, id: SessionId, spans: &[crate::session::TextSpan], tag: &TagId) {
        let Some(session) = self.state.project.get_mut(id) else {
            return;
        };
        let label = super::i18n::session_tag_label(session, tag);
        match session.tag_spans(spans, tag, &workspace::author(None), now()) {
            Ok(tagging) if tagging.added + tagging.tagged == 0 => {
                self.say(&t!("message-all-tagged"));
            }
            Ok(tagging) => {
                self.state.hidden_tags.remove(tag);
                self.state.message = t!(
                    "message-tagged-hits",
                    hits = tagging.added + tagging.tagged,
                    label = label.as_str(),
                    added = tagging.added,
                    existing = tagging.tagged
                );
            }
            Err(e) => self.report(&e),
        }
    }

    fn delete_tag(&mut self, id: SessionId, tag: &TagId) {
        let Some(session) = self.state.project.get(id) else {
            return;
        };
        let label = super::i18n::session_tag_label(session, tag);
        let Some(edit) = delete_tag(session.set(), tag, now()) else {
            return;
        };
        if self.edit(id, edit, None) {
            self.state.hidden_tags.remove(tag);
            self.state.message = t!("message-tag-deleted", label = label.as_str());
        }
    }

    // -------------------------------------------------------------------------------
    // View

    /// Selects an annotation (ending the note's undo step) and scrolls to it.
    pub(super) fn select(&mut self, id: SessionId, annotation: Option<AnnotationId>, reveal: Reveal) {
        let Some(session) = self.state.project.get_mut(id) else {
            return;
        };
        session.seal();
        self.state.selected = annotation;
        let location = annotation.and_then(|a| session.location(a));
        if reveal == Reveal::Scroll
            && let Some(location) = location
            && let Some(view) = self.active_view()
        {
            view.reveal(location.paragraph, location.start.0);
        }
    }

    /// F6 / Shift+F6: the keyboard goes to the next or previous of the document,
    /// the annotation list (the selected row, else the first), the note editor (when
    /// a highlight is selected) and the find field (when the find bar is open).
    fn focus_panel(&mut self, ctx: &egui::Context, forward: bool) {
        let row = self.state.selected.or_else(|| self.state.list.first().copied());
        let mut panels = vec![super::view::document_id()];
        panels.extend(row.map(super::panels::annotation_row_id));
        if self.state.selected.is_some() {
            panels.push(super::panels::note_editor_id());
        }
        if self.state.search.open {
            panels.push(egui::Id::unique(FIND_FIELD));
        }
        let focused = ctx.memory(egui::Memory::focused);
        let here = focused.and_then(|f| panels.iter().position(|p| *p == f));
        let next = match (here, forward) {
            (Some(i), true) => (i + 1) % panels.len(),
            (Some(i), false) => (i + panels.len() - 1) % panels.len(),
            (None, true) => usize::from(panels.len() > 1),
            (None, false) => panels.len() - 1,
        };
        // Moving the keyboard changes no selection: the row is selected by Enter
        // (or a click), and N then starts from the first annotation.
        ctx.memory_mut(|m| m.request_focus(panels[next]));
    }

    /// Moves to the next or previous search hit.
    fn next_hit(&mut self, direction: Direction) {
        let count = self.state.search.hits.len();
        if count == 0 {
            return;
        }
        let next = match (self.state.search.current, direction) {
            (None, _) => 0,
            (Some(i), Direction::Forward) => (i + 1) % count,
            (Some(i), Direction::Backward) => (i + count - 1) % count,
        };
        self.go_to_hit(next);
    }

    fn go_to_hit(&mut self, index: usize) {
        let Some(hit) = self.state.search.hits.get(index).copied() else {
            return;
        };
        self.state.search.current = Some(index);
        if let Some(view) = self.active_view() {
            view.reveal(hit.paragraph, hit.start.0);
        }
    }

    /// After the hits changed (a new query): the first hit from the top of the view
    /// becomes the current one.
    pub(super) fn follow_new_hits(&mut self) {
        let top = self.view().map_or(0, DocumentView::top_paragraph);
        let hits = &self.state.search.hits;
        if hits.is_empty() {
            return;
        }
        let first = hits.iter().position(|h| h.paragraph >= top).unwrap_or(0);
        self.go_to_hit(first);
    }
}

/// For a bundled example (an annotation file in the resource root's `saves/`),
/// the document it names, if that is one of the app's own files (inside the
/// resource root); `None` for any other file.
fn bundled_document(annotations: &Path) -> Option<PathBuf> {
    let root = std::fs::canonicalize(super::resource_root()?).ok()?;
    let folder = std::fs::canonicalize(annotations.parent()?).ok()?;
    if folder != root.join("saves") {
        return None;
    }
    let file = crate::persist::annotations::load(annotations).ok()?;
    let document = std::fs::canonicalize(file.document.resolve(annotations)).ok()?;
    document.starts_with(&root).then_some(document)
}

/// `text` with its first letter capitalized.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Whether a document could not be read because it is not there.
fn is_missing(error: &crate::persist::document::ReadError) -> bool {
    match error {
        crate::persist::document::ReadError::NotFound => true,
        crate::persist::document::ReadError::Io(e) => e.kind() == std::io::ErrorKind::NotFound,
        _ => false,
    }
}

/// The current time, to whole seconds (what files store).
fn now() -> crate::model::Timestamp {
    workspace::now()
}

/// The user's change an undo (`undo == true`: `edit` is its inverse) or a redo
/// (`edit` is the change) acts on, as the `$change` of `message-undone` and
/// `message-redone`: `create`, `delete`, `tags`, `note` or `other`.
fn undone_change(edit: &Edit, undo: bool) -> &'static str {
    match (edit, undo) {
        (Edit::Create(_), true) | (Edit::Delete(_), false) => "delete",
        (Edit::Delete(_), true) | (Edit::Create(_), false) => "create",
        (Edit::SetTags { .. }, _) => "tags",
        (Edit::SetNote { .. }, _) => "note",
        _ => "other",
    }
}

/// The document an unreadable annotation file names in its header, when that part
/// is intact, the path stays inside the file's folder and the document is there
/// (see [`crate::persist::annotations::damaged_document_ref`]).
fn named_document(annotations: &Path) -> Option<PathBuf> {
    let reference = crate::persist::annotations::damaged_document_ref(annotations)?;
    reference.resolve_inside(annotations).ok().filter(|document| document.is_file())
}
