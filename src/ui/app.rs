//! The app: what it holds and how a frame runs.
//!
//! A frame (1) brings derived state up to date, (2) turns pressed keys into
//! commands (none while a dialog is open: the dialog gets Escape and Enter),
//! (3) draws the panels, the document and the dialog, which read the state and
//! queue commands, and (4) applies the commands (`ui::apply`), the only place the
//! state changes. So nothing changes halfway through drawing, and every change to
//! annotations is an undoable edit of a named session.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::command::{Action, Command, OpenRequest, Panel, Reveal, TAG_KEYS};
use super::dialogs::{self, DialogKeys};
use super::files::FileDialogs;
use super::panels;
use super::selection::{Selection, TextPos, char_count, next_grapheme, next_word, previous_grapheme, previous_word};
use super::state::AppState;
use super::theme;
use super::view::{DocumentView, ViewContext, ViewEvent};
use crate::model::{AnnotationId, Fingerprint};
use crate::session::watch::{FileWatcher, real_location};
use crate::session::{Session, SessionId};

pub use super::state::Settings;
pub use crate::session::paths::{default_annotations_path, is_annotation_file};

/// The bundled sample document, relative to the resource root.
pub const SAMPLE_DOCUMENT: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
/// Its example annotations, relative to the resource root.
pub const SAMPLE_ANNOTATIONS: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";
/// eframe storage key of [`Settings`].
const SETTINGS_KEY: &str = "glosa-settings";

/// The Agreement panel's first height, in points (at most 60 % of the window's
/// room): the choice rows and the whole table of six groups with its "All tags"
/// row. Drag its top edge to change it.
const AGREEMENT_PANEL_HEIGHT: f32 = 470.0;

/// What to open at start (from the command line).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StartArgs {
    /// A document or an annotation file (`*.glosa.ron`); `None`: the bundled sample.
    pub file: Option<PathBuf>,
    /// The annotation file to use with the document (created on first save).
    pub annotations: Option<PathBuf>,
    /// The user's data folder, where the copy of the bundled example is kept;
    /// `None`: the platform's (`eframe::storage_dir`, e.g. `~/.local/share/glosa`).
    pub data_dir: Option<PathBuf>,
}

/// The whole app.
pub struct GlosaApp {
    /// What the panels read: sessions, selection, filters, dialog, messages.
    pub state: AppState,
    /// Each open session's document view (scroll position, drag, layout).
    pub(super) views: HashMap<SessionId, DocumentView>,
    /// Commands queued this frame.
    pub(super) commands: Vec<Command>,
    /// The native file dialog running, if any.
    pub(super) files: FileDialogs,
    /// Closing was confirmed (or nothing was unsaved).
    pub(super) close_confirmed: bool,
    /// The user's data folder (copies of the bundled example go there).
    pub(super) data_dir: Option<PathBuf>,
    /// The window title last sent.
    title: String,
    /// Whether the screen-reader plugin ([`super::i18n::install_logical_names`])
    /// is installed on the context (once, not every frame).
    logical_names: bool,
    /// Fonts for scripts egui's own fonts lack (bundled, then system), loaded on demand.
    pub fonts: std::sync::Arc<super::fonts::GlosaFonts>,
    /// Watches the open annotation files for changes by other programs (started
    /// with the first frame, which has the context to wake).
    watcher: Option<FileWatcher>,
    /// What `watcher` watches: each session's annotation path as given and the
    /// real file it names.
    watched: Vec<(SessionId, PathBuf, PathBuf)>,
    /// Whether the window had the focus last frame (getting it back looks at the
    /// files again: network folders may send no events).
    focused: bool,
}

impl GlosaApp {
    /// Creates the app, restoring settings and opening what `args` names.
    pub fn new(storage: Option<&dyn eframe::Storage>, args: StartArgs) -> Self {
        let settings: Settings = storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY)).unwrap_or_default();
        Self::with_settings(settings, args)
    }

    /// Creates the app with these settings (the interface language among them:
    /// `None` follows the system locale), opening what `args` names.
    pub fn with_settings(settings: Settings, args: StartArgs) -> Self {
        super::i18n::set_language(settings.language.unwrap_or_else(super::i18n::Language::system));
        let mut app = Self {
            state: AppState::new(settings),
            views: HashMap::new(),
            commands: Vec::new(),
            files: FileDialogs::default(),
            close_confirmed: false,
            data_dir: args.data_dir.clone().or_else(|| eframe::storage_dir("Glosa")),
            title: String::new(),
            logical_names: false,
            fonts: super::fonts::GlosaFonts::new(),
            watcher: None,
            watched: Vec::new(),
            focused: true,
        };
        app.open_start(args);
        app
    }

    fn open_start(&mut self, args: StartArgs) {
        if let Some(file) = args.file {
            if super::project::apply::is_project_path(&file) {
                self.open_project(&file);
                return;
            }
            self.open(OpenRequest { annotations: args.annotations, ..OpenRequest::file(file) });
            return;
        }
        let Some(root) = super::resource_root() else {
            self.state.errors.push(crate::t!("message-no-sample"));
            return;
        };
        // The bundled example, or the user's copy of it from an earlier start (see
        // `apply::protect_bundled`).
        let example = root.join(SAMPLE_ANNOTATIONS);
        let copy = self.example_copy(&example).filter(|copy| copy.is_file());
        self.open(OpenRequest {
            annotations: Some(args.annotations.or(copy).unwrap_or(example)),
            ..OpenRequest::file(root.join(SAMPLE_DOCUMENT))
        });
    }

    /// Where the user's copy of a bundled example annotation file goes: the data
    /// folder, same file name.
    pub(super) fn example_copy(&self, example: &Path) -> Option<PathBuf> {
        Some(self.data_dir.as_ref()?.join(example.file_name()?))
    }

    /// Queues a command for the end of the frame.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The session shown in the window.
    pub fn session(&self) -> Option<&Session> {
        self.state.session().map(|(_, s)| s)
    }

    /// The ID of the session shown in the window.
    pub fn session_id(&self) -> Option<SessionId> {
        self.state.session().map(|(id, _)| id)
    }

    /// The document view of the session shown.
    pub fn view(&self) -> Option<&DocumentView> {
        self.views.get(&self.session_id()?)
    }

    /// The selected annotation.
    pub fn selected(&self) -> Option<AnnotationId> {
        self.state.selected
    }

    /// Errors waiting to be shown, oldest first.
    pub fn errors(&self) -> &[String] {
        &self.state.errors
    }

    /// Whether any open session has unsaved changes.
    pub fn is_modified(&self) -> bool {
        self.state.is_modified()
    }

    /// Same as [`GlosaApp::is_modified`] (the name the app used before sessions).
    pub fn is_dirty(&self) -> bool {
        self.is_modified()
    }

    /// The window title: document title, with `• unsaved` while there are unsaved
    /// changes.
    fn window_title(&self) -> String {
        if let Some(title) = super::project::tabs::project_title(&self.state) {
            return title;
        }
        match self.session() {
            Some(session) => {
                let title = session.document().title();
                if session.is_modified() {
                    crate::t!("title-unsaved", title = title)
                } else {
                    crate::t!("title", title = title)
                }
            }
            None => "Glosa".to_owned(),
        }
    }

    /// After the fonts are installed: the screen-reader plugin, once
    /// ([`super::i18n::install_logical_names`]), and the missing-font report.
    fn once_fonts_are_in(&mut self, ctx: &egui::Context) {
        if !self.logical_names {
            super::i18n::install_logical_names(ctx);
            self.logical_names = true;
        }
        self.report_missing_fonts();
    }

    /// Says once which scripts no loaded font covers (all of them in one message).
    fn report_missing_fonts(&mut self) {
        let missing = self.fonts.take_missing();
        if !missing.is_empty() {
            self.state.message = crate::t!("message-missing-font", script = missing.join(", "));
        }
    }

    /// Draws one frame. Used by eframe and by tests (`egui_kittest`) alike.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if super::fonts::install(&ctx, &self.fonts) {
            // The font provider takes effect next pass: draw nothing with missing fonts.
            ctx.request_repaint();
            return;
        }
        self.once_fonts_are_in(&ctx);
        ctx.set_visuals(theme::visuals(self.state.settings.dark_mode));
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        // Background work wakes the window when it has something to show (a file
        // dialog's answer, the agreement report, the project's index; files
        // changed on disk): no frames on a timer while it runs.
        self.files.wake(&ctx);
        self.state.agreement.wake(&ctx);
        if let Some(command) = self.files.poll() {
            self.commands.push(command);
        }
        self.watch_files(&ctx);
        if self.state.refresh() {
            self.follow_new_hits();
        }
        self.refresh_project(&ctx);
        self.state.agreement.refresh_in(&self.state.project, self.state.active);
        let dialog_keys = if self.state.dialog_open() { DialogKeys::take(&ctx) } else { self.keys(&ctx) };
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }

        let (state, out) = (&self.state, &mut self.commands);
        egui::Panel::top("menu").show(ui, |ui| panels::menu_bar_ui(ui, state, out));
        egui::Panel::bottom("status").show(ui, |ui| panels::status_bar_ui(ui, state));
        if state.team.conflicts_open {
            egui::Panel::bottom("conflicts")
                .resizable(true)
                .default_size(300.0_f32.min(ui.available_height() * 0.5))
                .max_size(ui.available_height() * 0.75)
                .show(ui, |ui| super::team::conflicts_panel_ui(ui, state, out));
        }
        if state.agreement.open {
            agreement_panel(ui, state, out);
        }
        if state.project.corpus().is_some() {
            egui::Panel::top("project-tabs").show(ui, |ui| super::project::tabs::tabs_ui(ui, state, out));
            if let Some(view) = state.projects.view {
                egui::CentralPanel::default().show(ui, |ui| super::project::view_ui(ui, state, view, out));
                self.dialogs_ui(&ctx, dialog_keys);
                self.apply_commands(&ctx);
                return;
            }
        }
        // Side panels give way on small windows so the document keeps most of the width.
        let width = ui.available_width();
        let (left_max, right_max) = ((width * 0.22).max(150.0), (width * 0.3).max(260.0));
        // In a right-to-left interface language the panels mirror: groups on the right.
        let rtl = super::bidi::mirrored();
        let side = |id: &str, leading: bool| {
            if leading == rtl { egui::Panel::right(id.to_owned()) } else { egui::Panel::left(id.to_owned()) }
        };
        if state.settings.show_tag_panel {
            panels::sized_tag_panel(side("tags", true), ui, state, left_max)
                .show(ui, |ui| panels::tag_palette_ui(ui, state, out));
        } else {
            side("tags-hidden", true)
                .resizable(false)
                .exact_size(panels::HIDDEN_PANEL_STRIP)
                .show(ui, |ui| panels::hidden_panel_ui(ui, Panel::Tags, out));
        }
        if state.settings.show_annotation_panel {
            side("annotations", false)
                .resizable(true)
                .default_size(330.0_f32.min(right_max))
                .max_size(right_max)
                .show(ui, |ui| panels::annotation_panel_ui(ui, state, out));
        } else {
            side("annotations-hidden", false)
                .resizable(false)
                .exact_size(panels::HIDDEN_PANEL_STRIP)
                .show(ui, |ui| panels::hidden_panel_ui(ui, Panel::Annotations, out));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.state.search.open {
                panels::find_bar_ui(ui, &self.state, &mut self.commands);
            }
            self.document_ui(ui);
        });
        self.dialogs_ui(&ctx, dialog_keys);
        self.apply_commands(&ctx);
        if let Some(wait) = self.autosave(false) {
            ctx.request_repaint_after(wait);
        }
    }

    /// Turns this frame's shortcuts into commands (see [`Action::pressed`]), and
    /// the digit keys into tagging. Returns no dialog keys: no dialog is open.
    fn keys(&mut self, ctx: &egui::Context) -> DialogKeys {
        // Only a text field keeps the keys; a focused document or list row does not.
        // Escape away from the document (the note, a list row) gives the keyboard
        // back to the document; there, Escape clears the selection.
        let focused = ctx.memory(egui::Memory::focused);
        if self.state.session().is_some()
            && focused.is_none_or(|f| f != super::view::document_id() && f != egui::Id::unique(panels::FIND_FIELD))
            && (focused.is_some() || self.state.focus_note_left(ctx))
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.commands.push(Command::FocusDocument);
            return DialogKeys::default();
        }
        let text_field = ctx.text_edit_focused();
        if !text_field {
            self.enter_writes_note(ctx);
            self.caret_keys(ctx);
        }
        for action in Action::pressed(ctx, text_field) {
            if let Some(command) = self.state.command_for(action) {
                self.commands.push(command);
            }
        }
        if !text_field
            && self.state.projects.view.is_none()
            && let Some((_, session)) = self.state.session()
        {
            for (digit, key) in (1u8..).zip(TAG_KEYS) {
                if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key))
                    && let Some(tag) = session.set().tags.by_shortcut(digit)
                {
                    self.commands.extend(self.state.tag_command(&tag.id));
                }
            }
        }
        DialogKeys::default()
    }

    /// Enter on the annotation selected from the document (N/P, a click on its
    /// highlight): its note takes the keyboard, as Enter on its list row does (the
    /// row handles its own Enter). From then on the keys type the note: no
    /// single-key shortcut acts while a text field has the keyboard.
    fn enter_writes_note(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(egui::Memory::focused);
        if self.state.selected.is_none()
            || self.state.projects.view.is_some()
            || focused.is_some_and(|f| f != super::view::document_id())
            || !ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Enter))
        {
            return;
        }
        if !self.state.settings.show_annotation_panel {
            self.commands.push(Command::TogglePanel(Panel::Annotations));
        }
        self.commands.push(Command::FocusNote);
    }

    /// The caret keys (F7 caret browsing, or the document has the keyboard):
    /// arrows, Ctrl+arrows by word, Home/End (Ctrl: of the document),
    /// PageUp/PageDown, Shift to extend the selection; and Space, which scrolls
    /// only when the document has the keyboard (or nothing has). In a right-to-left
    /// paragraph ← moves forward in the text, as it moves left on screen.
    fn caret_keys(&mut self, ctx: &egui::Context) {
        const KEYS: [Key; 8] = [
            Key::ArrowLeft,
            Key::ArrowRight,
            Key::ArrowUp,
            Key::ArrowDown,
            Key::Home,
            Key::End,
            Key::PageUp,
            Key::PageDown,
        ];
        use egui::Key;
        let Some((id, session)) = self.state.session() else {
            return;
        };
        let focused = ctx.memory(egui::Memory::focused);
        let document_focus = focused == Some(super::view::document_id());
        if (document_focus || focused.is_none()) && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Space))
        {
            self.commands.push(Command::Scroll(super::command::Scroll::Pages(1.0)));
        }
        if !(self.state.caret_browsing || document_focus) {
            return;
        }
        let pressed = ctx.input_mut(|i| {
            let at = i.events.iter().position(|e| {
                matches!(e, egui::Event::Key { key, pressed: true, modifiers, .. }
                    if KEYS.contains(key) && !modifiers.alt)
            })?;
            match i.events.remove(at) {
                egui::Event::Key { key, modifiers, .. } => Some((key, modifiers)),
                _ => None,
            }
        });
        let Some((key, modifiers)) = pressed else {
            return;
        };
        let doc = session.document();
        let count = doc.paragraphs().len();
        if count == 0 {
            return;
        }
        let view = self.views.get(&id);
        let caret = self.state.caret.unwrap_or_else(|| TextPos::new(view.map_or(0, DocumentView::top_paragraph), 0));
        let caret = TextPos::new(caret.paragraph.min(count - 1), caret.offset);
        let text = |p: usize| doc.text_of(&doc.paragraphs()[p]);
        let len = |p: usize| char_count(text(p));
        let (word, p, o) = (modifiers.command, caret.paragraph, caret.offset.min(len(caret.paragraph)));
        let forward = |p: usize, o: usize| {
            if o >= len(p) && p + 1 < count {
                TextPos::new(p + 1, 0)
            } else if word {
                TextPos::new(p, next_word(text(p), o))
            } else {
                TextPos::new(p, next_grapheme(text(p), o))
            }
        };
        let backward = |p: usize, o: usize| {
            if o == 0 && p > 0 {
                TextPos::new(p - 1, len(p - 1))
            } else if word {
                TextPos::new(p, previous_word(text(p), o))
            } else {
                TextPos::new(p, previous_grapheme(text(p), o))
            }
        };
        let rtl = view.is_some_and(|v| v.is_rtl(p));
        let page = view.map_or(1, |v| v.visible_paragraphs().len().saturating_sub(1).max(1));
        let head = match key {
            Key::ArrowRight if rtl => backward(p, o),
            Key::ArrowLeft if rtl => forward(p, o),
            Key::ArrowRight => forward(p, o),
            Key::ArrowLeft => backward(p, o),
            Key::ArrowUp | Key::ArrowDown => {
                let down = key == Key::ArrowDown;
                view.and_then(|v| v.line_step(TextPos::new(p, o), down)).unwrap_or_else(|| {
                    let q = if down { (p + 1).min(count - 1) } else { p.saturating_sub(1) };
                    TextPos::new(q, o.min(len(q)))
                })
            }
            Key::Home if word => TextPos::new(0, 0),
            Key::End if word => TextPos::new(count - 1, len(count - 1)),
            Key::Home | Key::End => {
                let (start, end) = view.and_then(|v| v.line_range(TextPos::new(p, o))).unwrap_or((0, len(p)));
                TextPos::new(p, if key == Key::Home { start } else { end })
            }
            Key::PageUp => TextPos::new(p.saturating_sub(page), 0),
            _ => TextPos::new((p + page).min(count - 1), 0),
        };
        let anchor = if modifiers.shift { self.state.selection.map_or(caret, |s| s.anchor) } else { head };
        self.commands.push(Command::MoveCaret(id, Selection { anchor, head }));
    }

    fn document_ui(&mut self, ui: &mut egui::Ui) {
        let state = &self.state;
        let Some((id, session)) = state.session() else {
            ui.centered_and_justified(|ui| {
                ui.label(crate::t!("view-empty-project"));
            });
            return;
        };
        let cx = ViewContext {
            session,
            hidden_tags: &state.hidden_tags,
            hidden_authors: &state.team.hidden_authors,
            people: state.team.authors.as_ref().filter(|a| a.shows_people()).map(|a| &a.people),
            aliases: state.team.authors.as_ref().map(|a| &a.people),
            selection: state.selection,
            selected_annotation: state.selected,
            search_hits: if state.search.open { &state.search.hits } else { &[] },
            current_hit: state.search.current,
            font_size: state.settings.font_size,
            max_line_chars: Some(state.settings.reading_width),
            palette: theme::palette(state.settings.dark_mode),
            caret: state.caret,
            caret_browsing: state.caret_browsing,
            agreement: agreement_overlay(state),
        };
        let events = self.views.entry(id).or_default().ui(ui, &cx);
        for event in events {
            self.commands.push(match event {
                ViewEvent::Select(selection) => Command::SetSelection(id, selection),
                ViewEvent::ClickAnnotation(annotation) => Command::Select(id, annotation, Reveal::Stay),
                ViewEvent::CopiedParagraphId(paragraph) => {
                    Command::Message(crate::t!("message-copied-id", id = paragraph))
                }
            });
        }
    }

    /// The dialog and the oldest error, the error on top (it gets the keys).
    fn dialogs_ui(&mut self, ctx: &egui::Context, keys: DialogKeys) {
        super::team::disk_notice_ui(ctx, &self.state, &mut self.commands);
        let error_on_top = !self.state.errors.is_empty();
        // Taken out for the frame so the dialog can edit its draft while it reads the state.
        let mut modal = self.state.modal.take();
        if let Some(modal) = modal.as_mut() {
            let keys = if error_on_top { DialogKeys::default() } else { keys };
            dialogs::modal_ui(ctx, modal, &self.state, keys, &mut self.commands);
        }
        self.state.modal = modal;
        if let Some(error) = self.state.errors.first() {
            dialogs::error_ui(ctx, error, keys, &mut self.commands);
        }
    }

    /// Keeps the file watcher on the open sessions' annotation files and looks at
    /// those it reports (see `apply::check_disk`), and at all of them when the
    /// window gets the focus back.
    fn watch_files(&mut self, ctx: &egui::Context) {
        let watcher = self.watcher.get_or_insert_with(|| {
            let ctx = ctx.clone();
            FileWatcher::new(move || ctx.request_repaint())
        });
        let current: Vec<(SessionId, &Path)> =
            self.state.project.iter().map(|(id, s)| (id, s.workspace().annotations_path.as_path())).collect();
        let same = current.len() == self.watched.len()
            && current.iter().zip(&self.watched).all(|((id, path), (wid, wpath, _))| id == wid && path == wpath);
        if !same {
            self.watched = self
                .state
                .project
                .iter()
                .map(|(id, s)| {
                    let disk = s.workspace().disk_path();
                    let real = real_location(&disk).map_or(disk, |(_, real)| real);
                    (id, s.workspace().annotations_path.clone(), real)
                })
                .collect();
            let files: Vec<PathBuf> = self.watched.iter().map(|(_, _, real)| real.clone()).collect();
            watcher.watch_only(&files);
        }
        if let Some(error) = watcher.take_error() {
            self.state.message = super::errors::UiMessage::ui_message(&error);
        }
        let touched = watcher.poll();
        let others = watcher.take_others();
        let focused = ctx.input(|i| i.focused);
        let regained = focused && !self.focused;
        if !focused && self.focused {
            // Focus lost: journal the unsaved work now.
            self.autosave(true);
        }
        self.focused = focused;
        if !others.is_empty() {
            self.folder_changed(&others);
        }
        let ids: Vec<SessionId> = self
            .watched
            .iter()
            .filter(|(_, _, real)| regained || touched.contains(real))
            .map(|(id, _, _)| *id)
            .collect();
        if !ids.is_empty() {
            self.check_disk(&ids);
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect());
        self.commands.extend(dropped.into_iter().map(Command::open));
    }

    /// The window's close button: ask first when there are unsaved changes.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.is_modified() && !self.close_confirmed {
            // `quit` asks about every unsaved file (one question for a project).
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.commands.push(Command::Quit { discard_unsaved: false });
        }
    }
}

impl eframe::App for GlosaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        GlosaApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.state.settings);
    }
}

/// The annotation file for a document: `NAME.glosa.ron` next to it, else a file in
/// `saves/` (of the resource root) made for this very document (same fingerprint
/// and path). See [`crate::session::paths::find_annotations_for`].
pub fn find_annotations_for(document: &Path, fingerprint: &Fingerprint) -> Option<PathBuf> {
    let saves = super::resource_root().map(|r| r.join("saves"));
    crate::session::paths::find_annotations_for(document, fingerprint, saves.as_deref())
}

/// The Agreement panel at the bottom: resizable by its top edge, first tall
/// enough for the table with its "All tags" row ([`AGREEMENT_PANEL_HEIGHT`]).
fn agreement_panel(ui: &mut egui::Ui, state: &AppState, out: &mut Vec<Command>) {
    egui::Panel::bottom("agreement")
        .resizable(true)
        .default_size(AGREEMENT_PANEL_HEIGHT.min(ui.available_height() * 0.6))
        .max_size(ui.available_height() * 0.75)
        .show(ui, |ui| {
            // The content fills the panel, so the panel keeps its height (egui sizes
            // a panel to what its content used: while computing, a few lines).
            ui.set_min_height(ui.available_height());
            panels::agreement_panel_ui(ui, state, out);
        });
}

/// The agreement colours for the document view, while the Agreement view is open
/// and has a report with two coders or more.
fn agreement_overlay(state: &AppState) -> Option<super::view::AgreementOverlay<'_>> {
    let agreement = &state.agreement;
    let report = agreement.report.as_ref().filter(|_| agreement.open)?;
    let [first, second, ..] = report.coders.as_slice() else {
        return None;
    };
    Some(super::view::AgreementOverlay { marks: &agreement.marks, first, second, dark: state.settings.dark_mode })
}
