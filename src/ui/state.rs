//! What the panels read: the open sessions and the state of the app around them
//! (selection, filters, find, the dialog shown, messages). Panels get it shared
//! (`&AppState`) and answer with [`Command`]s; only `ui::apply` changes it.
//!
//! As in rerun (`StoreHub` for recordings, `AppState` for what the viewer shows)
//! and helix (`Document` vs `View`), the data lives in the [`Project`]'s sessions
//! and the view state lives here; a session knows nothing of how it is shown.

use std::collections::HashSet;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::agreement::AgreementState;
use super::command::{Action, Command, Direction, ExportChoice, FileDialogKind, Modal, Panel, Scroll};
use super::project::ProjectUi;
use super::project::command::{ProjectCommand, ProjectDialog};
use super::selection::Selection;
use super::theme;
use crate::model::{AnnotationId, TagId};
use crate::session::{FindOptions, ListFilter, Project, Session, SessionId, TextSpan, find_text_with};

/// Preferences kept between runs (eframe storage).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Dark theme.
    pub dark_mode: bool,
    /// Body text size in points.
    pub font_size: f32,
    /// Recently opened documents and annotation files, newest first.
    pub recent: Vec<PathBuf>,
    /// The reading width: the longest line, in average characters of the body
    /// font (see [`theme::READING_WIDTH_RANGE`]).
    pub reading_width: u16,
    /// The stakeholder groups panel (left) is shown.
    pub show_tag_panel: bool,
    /// The annotations panel (right) is shown.
    pub show_annotation_panel: bool,
    /// The interface language chosen in View ▸ Language (`None`: the system's).
    pub language: Option<super::i18n::Language>,
    /// What find tells apart (case, accents and harakat, full-width forms): the
    /// find bar's toggles.
    pub find: FindOptions,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            dark_mode: false,
            font_size: theme::DEFAULT_FONT_SIZE,
            recent: Vec::new(),
            reading_width: theme::DEFAULT_READING_WIDTH,
            show_tag_panel: true,
            show_annotation_panel: true,
            language: None,
            find: FindOptions::default(),
        }
    }
}

/// The find bar (Ctrl+F).
#[derive(Clone, Debug, Default)]
pub struct Search {
    /// The find bar is shown.
    pub open: bool,
    /// The text searched for (literal; what it ignores is `Settings::find`).
    pub query: String,
    /// Hits in document order, for `query` in the active session.
    pub hits: Vec<TextSpan>,
    /// The current hit (index into `hits`).
    pub current: Option<usize>,
    /// Focus the search field next frame.
    pub focus: bool,
}

/// The app's state: sessions and what is shown of them.
#[derive(Default)]
pub struct AppState {
    /// Preferences.
    pub settings: Settings,
    /// The open sessions.
    pub project: Project,
    /// The session shown in the window.
    pub active: Option<SessionId>,
    /// The reader's text selection in the active session.
    pub selection: Option<Selection>,
    /// The selected annotation of the active session.
    pub selected: Option<AnnotationId>,
    /// Tags whose highlights are hidden.
    pub hidden_tags: HashSet<TagId>,
    /// The annotation list's filter.
    pub filter: ListFilter,
    /// The annotations the list shows (see [`AppState::refresh`]).
    pub list: Vec<AnnotationId>,
    /// What `list` was computed for.
    list_key: Option<(SessionId, u64, ListFilter, Vec<String>)>,
    /// The find bar.
    pub search: Search,
    /// What `search.hits` were computed for.
    search_key: Option<(SessionId, String, FindOptions)>,
    /// The dialog shown.
    pub modal: Option<Modal>,
    /// Errors to show, oldest first (each a dialog of its own, over any other).
    pub errors: Vec<String>,
    /// The last status message.
    pub message: String,
    /// Where the keyboard caret is (the selection's head when there is one).
    pub caret: Option<super::selection::TextPos>,
    /// Caret browsing (F7): the keys move the caret even when the document does
    /// not have the keyboard.
    pub caret_browsing: bool,
    /// The note editor should take the keyboard when next drawn.
    pub focus_note: bool,
    /// The project views (corpus, codebook, coded segments, tables, search).
    pub projects: ProjectUi,
    /// The Agreement view: coders' files, choice, report.
    pub agreement: AgreementState,
    /// Team work: the Conflicts panel, hidden authors, dismissed conflict copies.
    pub team: super::team::TeamState,
}

impl AppState {
    /// The state of an app that has nothing open yet.
    pub fn new(settings: Settings) -> Self {
        Self { settings, ..Self::default() }
    }

    /// The active session and its ID.
    pub fn session(&self) -> Option<(SessionId, &Session)> {
        let id = self.active?;
        Some((id, self.project.get(id)?))
    }

    /// Whether a dialog (or an error) is shown: then no key acts on the document.
    pub fn dialog_open(&self) -> bool {
        self.modal.is_some() || !self.errors.is_empty()
    }

    /// Whether the note editor had the keyboard last frame (egui lets go of a text
    /// field on Escape before the app sees the key).
    pub fn focus_note_left(&self, ctx: &egui::Context) -> bool {
        ctx.memory(|m| m.focused().is_none() && m.had_focus_last_frame(super::panels::note_editor_id()))
    }

    /// Whether the window title and close prompt should say "unsaved".
    pub fn is_modified(&self) -> bool {
        self.project.is_modified()
    }

    /// Brings derived state up to date before a frame is drawn: the annotation
    /// list (for the filter and the session's revision) and the search hits (for
    /// the query). Each is recomputed only when what it depends on changed.
    /// Returns whether the search hits were recomputed (the current hit is then
    /// none).
    pub fn refresh(&mut self) -> bool {
        let Some((id, session)) = self.active.and_then(|id| Some((id, self.project.get(id)?))) else {
            self.team.authors = None;
            self.list.clear();
            self.list_key = None;
            self.search.hits.clear();
            self.search.current = None;
            self.search_key = None;
            return false;
        };
        self.team.refresh_authors(id, session);
        let mut hidden: Vec<String> = self.team.hidden_authors.iter().cloned().collect();
        hidden.sort();
        let key = (id, session.revision(), self.filter.clone(), hidden);
        let list = (self.list_key.as_ref() != Some(&key)).then(|| session.filtered(&self.filter));
        let options = self.settings.find;
        let search_key = (id, self.search.query.clone(), options);
        let hits = (self.search_key.as_ref() != Some(&search_key))
            .then(|| find_text_with(session.document(), &self.search.query, options));
        if let Some(list) = list {
            let list = self.team.without_hidden(session, list);
            self.list = list;
            self.list_key = Some(key);
        }
        let Some(hits) = hits else {
            return false;
        };
        self.search.hits = hits;
        self.search.current = None;
        self.search_key = Some(search_key);
        true
    }

    /// What `action` does now, if it can do anything: the command it becomes,
    /// naming the active session. Menus show an action as disabled when this is
    /// `None`, and its key does nothing.
    pub fn command_for(&self, action: Action) -> Option<Command> {
        // While a project view is shown, document actions have no document.
        let document_shown = self.projects.view.is_none();
        let session = self.session().filter(|_| document_shown);
        let id = session.map(|(id, _)| id);
        let corpus = self.project.corpus().filter(|_| !document_shown);
        match action {
            Action::OpenProject => return Some(Command::FileDialog(FileDialogKind::Project(ProjectDialog::Open))),
            Action::Export if self.project.corpus().is_some() => {
                return Some(super::project::export_command(self));
            }
            Action::SaveAll => {
                return self.project.is_modified().then_some(Command::Project(ProjectCommand::SaveAll { then: None }));
            }
            Action::Save if corpus.is_some() => {
                return corpus.filter(|c| c.is_modified()).map(|_| Command::Project(ProjectCommand::Save));
            }
            Action::Undo if corpus.is_some() => {
                return corpus.filter(|c| c.can_undo()).map(|_| Command::Project(ProjectCommand::Undo));
            }
            Action::Redo if corpus.is_some() => {
                return corpus.filter(|c| c.can_redo()).map(|_| Command::Project(ProjectCommand::Redo));
            }
            _ => {}
        }
        match action {
            Action::OpenDocument => Some(Command::FileDialog(FileDialogKind::OpenDocument)),
            Action::OpenAnnotations => Some(Command::FileDialog(FileDialogKind::OpenAnnotations)),
            Action::Save => id.map(|session| Command::Save { session, overwrite: false, then: None }),
            Action::SaveAs => id.map(|session| Command::FileDialog(FileDialogKind::SaveAs(session, None))),
            Action::Export => id.map(|session| Command::ShowModal(Modal::Export(session, ExportChoice::default()))),
            Action::ImportAnnotations => {
                id.map(|session| Command::FileDialog(FileDialogKind::ImportAnnotations(session)))
            }
            Action::ImportRefi => Some(Command::FileDialog(FileDialogKind::ImportRefi)),
            Action::Quit => Some(Command::Quit { discard_unsaved: false }),
            Action::Undo => session.filter(|(_, s)| s.can_undo()).map(|(id, _)| Command::Undo(id)),
            Action::Redo => session.filter(|(_, s)| s.can_redo()).map(|(id, _)| Command::Redo(id)),
            Action::Copy => {
                let (_, session) = session?;
                let text = self.selection?.text(session.document());
                (!text.is_empty()).then_some(Command::CopyText(text))
            }
            Action::DeleteHighlight => Some(Command::Delete(id?, self.selected?)),
            Action::Find if corpus.is_some() => {
                Some(Command::Project(ProjectCommand::ShowView(Some(super::project::ProjectView::Search))))
            }
            Action::Find => Some(Command::OpenFind),
            Action::FindNext => (!self.search.hits.is_empty()).then_some(Command::NextHit(Direction::Forward)),
            Action::FindPrevious => (!self.search.hits.is_empty()).then_some(Command::NextHit(Direction::Backward)),
            Action::ClearSelection => match id {
                Some(id) => Some(Command::ClearSelection(id)),
                None => self.search.open.then_some(Command::CloseFind),
            },
            Action::LargerText => Some(Command::FontSize(1.0)),
            Action::SmallerText => Some(Command::FontSize(-1.0)),
            Action::ToggleTheme => Some(Command::ToggleTheme),
            Action::ToggleTagPanel => Some(Command::TogglePanel(Panel::Tags)),
            Action::ToggleAnnotationPanel => Some(Command::TogglePanel(Panel::Annotations)),
            Action::WiderColumn => (self.settings.reading_width < theme::READING_WIDTH_RANGE.1)
                .then_some(Command::ReadingWidth(theme::READING_WIDTH_STEP)),
            Action::NarrowerColumn => (self.settings.reading_width > theme::READING_WIDTH_RANGE.0)
                .then_some(Command::ReadingWidth(-theme::READING_WIDTH_STEP)),
            Action::Help => Some(Command::ShowModal(Modal::Help)),
            Action::PageDown => id.map(|_| Command::Scroll(Scroll::Pages(1.0))),
            Action::PageUp => id.map(|_| Command::Scroll(Scroll::Pages(-1.0))),
            Action::LineDown => id.map(|_| Command::Scroll(Scroll::By(40.0))),
            Action::LineUp => id.map(|_| Command::Scroll(Scroll::By(-40.0))),
            Action::Top => id.map(|_| Command::Scroll(Scroll::Top)),
            Action::Bottom => id.map(|_| Command::Scroll(Scroll::Bottom)),
            Action::ToggleCaret => Some(Command::ToggleCaret),
            Action::GoToParagraph => id.map(|id| Command::ShowModal(Modal::GoTo(id, String::new()))),
            Action::NextPanel => Some(Command::FocusPanel(true)),
            Action::PreviousPanel => Some(Command::FocusPanel(false)),
            Action::NextAnnotation | Action::PreviousAnnotation => {
                let (id, session) = session?;
                let order = session.order();
                let here = self.selected.and_then(|a| order.iter().position(|o| *o == a));
                let next = match (action == Action::NextAnnotation, here) {
                    (true, Some(i)) => order.get(i + 1),
                    (true, None) => order.first(),
                    (false, Some(i)) => i.checked_sub(1).and_then(|i| order.get(i)),
                    (false, None) => order.last(),
                };
                Some(match next {
                    Some(annotation) => Command::Select(id, Some(*annotation), super::command::Reveal::Scroll),
                    None => Command::Message(crate::t!("message-no-annotation")),
                })
            }
            Action::OpenProject | Action::SaveAll => None,
            Action::AgreementView => Some(Command::ToggleAgreementView),
            Action::AddCoderFile => id.map(|_| Command::FileDialog(FileDialogKind::AddCoderFile)),
            Action::MergeFile => id.map(|session| Command::FileDialog(FileDialogKind::MergeFile(session))),
            Action::ConflictsPanel => Some(Command::ToggleConflictsPanel),
            Action::Authors => id.map(|session| Command::ShowModal(Modal::Authors(session))),
        }
    }

    /// What tagging with `tag` does now (a tag key or a click in the palette): a new
    /// highlight on the selection, or the tag toggled on the selected highlight, or
    /// a hint when there is neither.
    pub fn tag_command(&self, tag: &TagId) -> Option<Command> {
        let (id, session) = self.session()?;
        if let Some(selection) = self.selection.filter(|s| !s.is_empty()) {
            let segments = selection.segments(session.document());
            return (!segments.is_empty()).then(|| Command::Highlight { session: id, segments, tag: tag.clone() });
        }
        if let Some(annotation) = self.selected {
            return Some(Command::ToggleTag(id, annotation, tag.clone()));
        }
        Some(Command::Message(crate::t!("message-select-first")))
    }
}
