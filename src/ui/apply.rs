//! Applying commands: the only place the app's state changes. Annotations change
//! only through a session's edit operations (so every change is undoable); a
//! command for a session that is no longer open does nothing. Errors are reported
//! once, here, as one line naming the file last ([`GlosaApp::report`]).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::app::GlosaApp;
use super::command::{
    Command, Direction, ExportChoice, FileDialogKind, Modal, OpenRequest, PathPrompt, Reveal, Scroll,
};
use super::files::{self, native_dialogs_unavailable};
use super::panels::FIND_FIELD;
use super::theme;
use super::view::DocumentView;
use crate::model::edit::{delete_tag, toggle_tag};
use crate::model::{AnnotationId, Edit, Segment, TagId};
use crate::session::paths::{default_annotations_path, is_annotation_file};
use crate::session::{Session, SessionError, SessionId, new_highlight};
use crate::workspace::{self, WorkspaceError};

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
        match command {
            Command::Open(request) => self.open(request),
            Command::FileDialog(kind) => self.file_dialog(kind),
            Command::Save { session, overwrite, then } => self.save(session, overwrite, then),
            Command::SaveAs { session, path, then } => self.save_as(session, &path, then),
            Command::Export(session, path, choice) => self.export(session, &path, choice),
            Command::Quit { discard_unsaved } => self.quit(ctx, discard_unsaved),
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
                    self.say("Highlight deleted (Ctrl+Z to undo).");
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
            other => self.apply_view(ctx, other),
        }
    }

    /// Commands that change what is shown, not the annotations.
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
                self.say(&crate::t!(message));
                if self.state.caret_browsing {
                    ctx.memory_mut(|m| m.request_focus(super::view::document_id()));
                }
            }
            Command::FocusPanel(forward) => self.focus_panel(ctx, forward),
            Command::FocusNote => self.state.focus_note = true,
            Command::NoteFocused => self.state.focus_note = false,
            Command::FocusDocument => ctx.memory_mut(|m| m.request_focus(super::view::document_id())),
            Command::SetQuery(query) => self.state.search.query = query,
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
                self.say("Copied.");
            }
            Command::Message(message) => self.state.message = message,
            Command::FontSize(delta) => {
                let (min, max) = theme::FONT_SIZE_RANGE;
                self.state.settings.font_size = (self.state.settings.font_size + delta).clamp(min, max);
            }
            Command::ToggleTheme => self.state.settings.dark_mode = !self.state.settings.dark_mode,
            Command::SetLanguage(language) => {
                self.state.settings.language = language;
                super::i18n::set_language(language.unwrap_or_else(super::i18n::Language::system));
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
    fn say(&mut self, message: &str) {
        message.clone_into(&mut self.state.message);
    }

    /// Shows an error: one line, the file concerned last, first letter capitalized.
    pub(super) fn report(&mut self, error: &dyn std::fmt::Display) {
        let text = error.to_string();
        let mut chars = text.chars();
        let message = chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or(text);
        self.state.errors.push(message);
    }

    fn active_view(&mut self) -> Option<&mut DocumentView> {
        let id = self.state.active?;
        Some(self.views.entry(id).or_default())
    }

    // -------------------------------------------------------------------------------
    // Files

    /// Opens a document or annotation file as the session shown, replacing the one
    /// shown (after asking, if it has unsaved changes). On failure the open session
    /// stays as it was, unsaved changes and all.
    pub(super) fn open(&mut self, request: OpenRequest) {
        if !request.discard_unsaved
            && let Some((id, session)) = self.state.session()
            && session.is_modified()
        {
            self.state.modal = Some(Modal::UnsavedChanges(id, Box::new(Command::Open(request))));
            return;
        }
        let result = if request.as_annotations || is_annotation_file(&request.path) {
            Session::open_annotations(&request.path)
        } else {
            let saves = super::resource_root().map(|r| r.join("saves"));
            Session::open_document(&request.path, request.annotations.clone(), saves.as_deref())
        };
        match result {
            Ok(session) => self.install(session),
            Err(e) => self.report(&e),
        }
    }

    fn install(&mut self, session: Session) {
        let workspace = session.workspace();
        let (document, annotations) = (workspace.document_path.clone(), workspace.annotations_path.clone());
        let review = session.review_count();
        self.state.message = if workspace.document_changed() && review > 0 {
            format!("The document changed since the annotations were saved: {review} need review.")
        } else {
            format!("Opened {}", document.display())
        };
        let has_file = session.has_file();
        if let Some(old) = self.state.active.take() {
            self.state.project.remove(old);
            self.views.remove(&old);
        }
        let id = self.state.project.insert(session);
        self.state.active = Some(id);
        self.views.insert(id, DocumentView::default());
        self.state.selection = None;
        self.state.selected = None;
        self.state.hidden_tags.clear();
        self.remember(&document);
        if has_file {
            self.remember(&annotations);
        }
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
        let folder = self.dialog_folder(&kind);
        if let Some(reason) = native_dialogs_unavailable() {
            let text = files::prompt_start(folder.as_deref());
            self.state.modal = Some(Modal::PathPrompt(PathPrompt { kind, text, reason: reason.to_owned() }));
            return;
        }
        let file_name = match &kind {
            FileDialogKind::Export(_, choice) => format!("excerpts.{}", choice.format.extension()),
            FileDialogKind::SaveAs(session, _) => self
                .state
                .project
                .get(*session)
                .and_then(|s| {
                    default_annotations_path(&s.workspace().document_path)
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                })
                .unwrap_or_else(|| "annotations.glosa.ron".to_owned()),
            FileDialogKind::OpenDocument | FileDialogKind::OpenAnnotations => String::new(),
        };
        self.files.open(kind, folder, file_name);
    }

    /// Where a file dialog of `kind` starts.
    fn dialog_folder(&self, kind: &FileDialogKind) -> Option<PathBuf> {
        match kind {
            FileDialogKind::SaveAs(..) => super::resource_root().map(|r| r.join("saves")),
            _ => self
                .session()
                .and_then(|s| s.workspace().document_path.parent().map(Path::to_path_buf))
                .or_else(|| super::resource_root().map(|r| r.join("assets/samples"))),
        }
    }

    /// Saves a session (Save As when it has no file yet), then runs `then`. A file
    /// changed on disk asks first.
    fn save(&mut self, id: SessionId, overwrite: bool, then: Option<Box<Command>>) {
        let Some(session) = self.state.project.get_mut(id) else {
            return;
        };
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
        self.state.message = format!("Saved {}", path.display());
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
        match session.export_to(path, choice.format, shown.as_ref(), &tags) {
            Ok(count) => self.state.message = format!("Exported {count} annotations to {}", path.display()),
            Err(e) => self.report(&e),
        }
    }

    fn quit(&mut self, ctx: &egui::Context, discard_unsaved: bool) {
        if !discard_unsaved
            && let Some((id, session)) = self.state.session()
            && session.is_modified()
        {
            self.state.modal = Some(Modal::UnsavedChanges(id, Box::new(Command::Quit { discard_unsaved: false })));
            return;
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
        match if undo { session.undo() } else { session.redo() } {
            Ok(true) => {
                if self.state.selected.is_some_and(|a| session.annotation(a).is_none()) {
                    self.state.selected = None;
                }
            }
            Ok(false) => self.say("Nothing to undo or redo."),
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
            self.say("Highlight added.");
        }
    }

    fn tag_spans(&mut self, id: SessionId, spans: &[crate::session::TextSpan], tag: &TagId) {
        let Some(session) = self.state.project.get_mut(id) else {
            return;
        };
        let label = session.tag_label(tag);
        match session.tag_spans(spans, tag, &workspace::author(None), now()) {
            Ok(tagging) if tagging.added + tagging.tagged == 0 => {
                self.say("Every hit already has that tag.");
            }
            Ok(tagging) => {
                self.state.hidden_tags.remove(tag);
                self.state.message = format!(
                    "Tagged {} hits with “{label}”: {} new highlights, {} existing (Ctrl+Z to undo).",
                    tagging.added + tagging.tagged,
                    tagging.added,
                    tagging.tagged
                );
            }
            Err(e) => self.report(&e),
        }
    }

    fn delete_tag(&mut self, id: SessionId, tag: &TagId) {
        let Some(session) = self.state.project.get(id) else {
            return;
        };
        let label = session.tag_label(tag);
        let Some(edit) = delete_tag(session.set(), tag, now()) else {
            return;
        };
        if self.edit(id, edit, None) {
            self.state.hidden_tags.remove(tag);
            self.state.message = format!("Tag “{label}” deleted (Ctrl+Z to undo).");
        }
    }

    // -------------------------------------------------------------------------------
    // View

    /// Selects an annotation (ending the note's undo step) and scrolls to it.
    fn select(&mut self, id: SessionId, annotation: Option<AnnotationId>, reveal: Reveal) {
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
        if let Some(row) = row
            && panels[next] == super::panels::annotation_row_id(row)
            && let Some(id) = self.state.active
        {
            // Scroll the list (and the document) to the row that gets the keyboard.
            self.select(id, Some(row), Reveal::Scroll);
        }
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

/// The current time, to whole seconds (what files store).
fn now() -> crate::model::Timestamp {
    workspace::now()
}
