//! Applying project commands: opening a project, its sessions as tabs, project
//! edits (codebook, attributes), exports, auto-coding. The only place the project
//! views' state changes.

use std::path::{Path, PathBuf};

use super::command::{ImportReport, ProjectCommand, ProjectDialog, ProjectModal};
use super::{CorpusSort, ProjectView};
use crate::export::table::write_table_csv;
use crate::model::codebook::CodebookEdit;
use crate::model::project::ProjectEdit;
use crate::model::{TagId, Timestamp};
use crate::persist::project::is_project_file;
use crate::session::project::attributes_csv::{read_attributes_csv, write_attributes_csv};
use crate::session::project::export::ProjectFormat;
use crate::session::project::{CodedSegment, Project, SearchHit};
use crate::session::refi::ProjectImport;
use crate::session::{Session, SessionError, SessionId};
use crate::t;
use crate::ui::app::GlosaApp;
use crate::ui::command::{Command, Modal, OpenRequest, Reveal};
use crate::ui::selection::{Selection, TextPos};
use crate::workspace::{self, WorkspaceError};

/// Whether `path` names a project: a folder, or a `*.glosa-project.ron` file.
pub fn is_project_path(path: &Path) -> bool {
    path.is_dir() || is_project_file(path)
}

impl GlosaApp {
    /// Opens the project `path` names in place of everything open (the caller has
    /// asked about unsaved work). On failure what was open stays.
    pub(crate) fn open_project(&mut self, path: &Path) {
        match Project::open(path) {
            Ok(project) => {
                let name = project.corpus().map(|c| c.name().to_owned()).unwrap_or_default();
                let count = project.corpus().map_or(0, |c| c.documents().len());
                self.state.projects.reset();
                self.state.project = project;
                self.state.active = None;
                self.state.selection = None;
                self.state.selected = None;
                self.state.hidden_tags.clear();
                self.views.clear();
                self.state.projects.view = Some(ProjectView::Corpus);
                self.state.projects.start_index(&self.state.project);
                if let Some(file) = self.state.project.corpus().map(|c| c.file().to_owned()) {
                    self.remember_path(&file);
                }
                self.state.message = t!("message-project-opened", name = name.as_str(), count = count);
            }
            Err(e) => self.report(&e),
        }
    }

    /// Opens the Glosa project a REFI-QDA project was just imported into (unless
    /// unsaved work is open: the report dialog then offers to open it) and shows
    /// what the import did.
    pub(crate) fn imported_refi_project(&mut self, path: &Path, import: ProjectImport) {
        let opened = !self.state.project.is_modified() && {
            self.open_project(&import.folder);
            self.state.project.corpus().is_some_and(|c| crate::session::paths::same_file(c.root(), &import.folder))
        };
        let report = ImportReport { path: path.to_owned(), import, opened };
        self.state.modal = Some(Modal::Project(ProjectModal::ImportReport(Box::new(report))));
    }

    /// Adds `path` to the recent files.
    fn remember_path(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let recent = &mut self.state.settings.recent;
        recent.retain(|p| p != &path);
        recent.insert(0, path);
        recent.truncate(10);
    }

    /// Once a frame: installs the index when the worker finished, starts one when
    /// the project needs it, and brings the shown view up to date.
    pub(crate) fn refresh_project(&mut self, ctx: &egui::Context) {
        if self.state.project.corpus().is_none() {
            return;
        }
        if self.state.projects.poll_index(&mut self.state.project) {
            ctx.request_repaint();
        }
        // The worker wakes the window as it reads and when it is done.
        self.state.projects.start_index_waking(&self.state.project, ctx);
        self.state.projects.refresh(&self.state.project);
    }

    /// The open session for what `request` names, if one is open.
    pub(crate) fn session_for_request(&self, request: &OpenRequest) -> Option<SessionId> {
        if request.as_annotations || crate::session::paths::is_annotation_file(&request.path) {
            return self.state.project.session_on(&request.path);
        }
        if let Some(annotations) = &request.annotations {
            return self.state.project.session_on(annotations);
        }
        let wanted = std::fs::canonicalize(&request.path).ok()?;
        self.state
            .project
            .iter()
            .find(|(_, s)| std::fs::canonicalize(&s.workspace().document_path).is_ok_and(|p| p == wanted))
            .map(|(id, _)| id)
    }

    /// Shows a session's document.
    pub(crate) fn show_session(&mut self, id: SessionId) {
        if self.state.project.get(id).is_none() {
            return;
        }
        if self.state.active != Some(id) {
            self.state.selection = None;
            self.state.selected = None;
        }
        self.state.active = Some(id);
        self.state.projects.view = None;
        self.views.entry(id).or_default();
    }

    /// Where a project file dialog starts.
    pub(crate) fn project_dialog_folder(&self, dialog: &ProjectDialog) -> Option<PathBuf> {
        let root = self.state.project.corpus().map(|c| c.root().to_owned());
        match dialog {
            ProjectDialog::Open => root.and_then(|r| r.parent().map(Path::to_path_buf)),
            ProjectDialog::ImportAttributes => root,
            ProjectDialog::ExportSegments(_)
            | ProjectDialog::ExportProject(_)
            | ProjectDialog::ExportTable
            | ProjectDialog::ExportAttributes => {
                let exports = root.as_ref().map(|r| r.join(crate::model::project::DEFAULT_EXPORT_FOLDER));
                exports.filter(|e| e.is_dir()).or(root)
            }
        }
    }

    /// A palette tag edit, in a project: the same edit of the codebook.
    pub(crate) fn codebook_command(&mut self, command: Command) {
        let edit = match command {
            Command::AddTag(_, tag) => CodebookEdit::Insert { index: usize::MAX, tag, parent: None },
            Command::UpdateTag(_, tag) => CodebookEdit::Update(tag),
            Command::MoveTag(_, id, index) => CodebookEdit::Move { id, index },
            Command::DeleteTag(_, id) => match self.code_in_use(&id) {
                Some(message) => {
                    self.state.errors.push(message);
                    return;
                }
                None => CodebookEdit::Remove(id),
            },
            _ => return,
        };
        self.project_edit(ProjectEdit::Codebook(edit));
    }

    /// Why the code cannot leave the codebook (annotations use it), if they do.
    fn code_in_use(&self, id: &TagId) -> Option<String> {
        let label = self.state.project.corpus().map(|c| c.codebook().label(id)).unwrap_or_default();
        if self.state.project.index().is_none() {
            return Some(t!("message-code-not-read", label = label.as_str()));
        }
        let counts = self.state.project.document_counts();
        let uses: Vec<usize> = counts.iter().filter_map(|(tags, _)| tags.get(id).copied()).collect();
        let annotations: usize = uses.iter().sum();
        (annotations > 0)
            .then(|| t!("message-code-in-use", label = label.as_str(), count = annotations, documents = uses.len()))
    }

    /// Applies a project edit; reports a refusal.
    fn project_edit(&mut self, edit: ProjectEdit) -> bool {
        match self.state.project.apply_project_edit(edit) {
            Ok(()) => true,
            Err(e) => {
                self.report(&e);
                false
            }
        }
    }

    /// Applies one project command.
    #[allow(clippy::too_many_lines)] // one arm per command, each short
    pub(crate) fn apply_project(&mut self, _ctx: &egui::Context, command: ProjectCommand) {
        match command {
            ProjectCommand::Open { path, discard_unsaved } => {
                if !discard_unsaved && self.state.project.is_modified() {
                    let then = Box::new(Command::Project(ProjectCommand::Open { path, discard_unsaved: false }));
                    self.state.modal = Some(Modal::Project(ProjectModal::UnsavedAll(then)));
                    return;
                }
                self.open_project(&path);
            }
            ProjectCommand::ShowView(view) => {
                if view.is_none() && self.state.session().is_none() {
                    return;
                }
                self.state.projects.view = view;
            }
            ProjectCommand::Activate(id) => self.show_session(id),
            ProjectCommand::CloseSession { session, discard_unsaved } => self.close_session(session, discard_unsaved),
            ProjectCommand::OpenDocument(document) => {
                self.open_project_document(document);
            }
            ProjectCommand::OpenSegment(row) => self.open_segment(&row),
            ProjectCommand::OpenHit(hit) => self.open_hit(&hit),
            ProjectCommand::Edit(edit) => {
                self.project_edit(edit);
            }
            ProjectCommand::Undo | ProjectCommand::Redo => {
                let undo = command == ProjectCommand::Undo;
                let result = if undo { self.state.project.undo_project() } else { self.state.project.redo_project() };
                match result {
                    Ok(true) => {
                        self.say(&if undo { t!("message-project-undone") } else { t!("message-project-redone") });
                    }
                    Ok(false) => self.say(&t!("message-project-nothing-to-undo")),
                    Err(e) => self.report(&e),
                }
            }
            ProjectCommand::Save => self.save_project(),
            ProjectCommand::SaveAll { then } => self.save_all(then),
            ProjectCommand::Sort(sort) => {
                let corpus = &mut self.state.projects.corpus;
                if corpus.sort == sort {
                    corpus.descending = !corpus.descending;
                } else {
                    corpus.descending = matches!(sort, CorpusSort::Tag(_) | CorpusSort::Files);
                    corpus.sort = sort;
                }
            }
            ProjectCommand::Filter(text) => self.state.projects.corpus.filter = text,
            ProjectCommand::SelectDocument(document) => self.state.projects.corpus.selected = document,
            ProjectCommand::Draft { document, attribute, text } => {
                self.state.projects.corpus.drafts.insert((document, attribute), text);
            }
            ProjectCommand::SetValue { document, attribute, value } => self.set_value(document, attribute, value),
            ProjectCommand::Query(query) => self.state.projects.segments.query = query,
            ProjectCommand::Table(spec) => {
                self.state.projects.tables.spec = spec;
                self.state.projects.tables.cell = None;
            }
            ProjectCommand::Cell(cell) => self.state.projects.tables.cell = cell,
            ProjectCommand::Search { query, options } => {
                self.state.projects.search.query = query;
                self.state.projects.search.options = options;
            }
            ProjectCommand::RunSearch => self.state.projects.search.pending = true,
            ProjectCommand::Autocode(tag) => self.autocode(&tag),
            ProjectCommand::UndoAutocode => {
                let steps = std::mem::take(&mut self.state.projects.search.last_autocode);
                match self.state.project.undo_autocode(&steps) {
                    Ok(n) => self.state.message = t!("message-autocode-undone", count = n),
                    Err(e) => self.report(&e),
                }
            }
            ProjectCommand::ExportSegments(path, format) => self.export_segments(&path, format),
            ProjectCommand::ExportProject(path, format) => self.export_project(&path, format),
            ProjectCommand::ExportTable(path) => self.export_table(&path),
            ProjectCommand::ImportAttributes(path) => self.import_attributes(&path),
            ProjectCommand::ExportAttributes(path) => self.export_attributes(&path),
            ProjectCommand::Rescan => {
                self.state.project.rescan();
                self.say(&t!("message-rescanned"));
            }
        }
    }

    fn close_session(&mut self, id: SessionId, discard_unsaved: bool) {
        let Some(session) = self.state.project.get(id) else {
            return;
        };
        if !discard_unsaved && session.is_modified() {
            let then = Box::new(Command::Project(ProjectCommand::CloseSession { session: id, discard_unsaved: false }));
            self.state.modal = Some(Modal::UnsavedChanges(id, then));
            return;
        }
        self.state.project.remove(id);
        self.views.remove(&id);
        if self.state.active == Some(id) {
            self.state.active = self.state.project.iter().last().map(|(id, _)| id);
            self.state.selection = None;
            self.state.selected = None;
            if self.state.active.is_none() {
                self.state.projects.view = Some(ProjectView::Corpus);
            }
        }
    }

    /// Opens (or shows) the user's session on a project document.
    pub(crate) fn open_project_document(&mut self, document: usize) -> Option<SessionId> {
        let author = workspace::author(None);
        match self.state.project.open_document(document, &author) {
            Ok(Some(id)) => {
                self.show_session(id);
                let message = self.state.project.get(id).map(|s| {
                    let workspace = s.workspace();
                    t!(
                        "message-project-document-opened",
                        document = workspace.document_path.display().to_string(),
                        annotations = workspace.annotations_path.display().to_string()
                    )
                });
                if let Some(message) = message {
                    self.state.message = message;
                }
                Some(id)
            }
            Ok(None) => None,
            Err(e) => {
                self.report(&e);
                None
            }
        }
    }

    fn open_segment(&mut self, row: &CodedSegment) {
        let id = match row.session.filter(|id| self.state.project.get(*id).is_some()) {
            Some(id) => id,
            None => match self.state.project.session_on(&row.file) {
                Some(id) => id,
                None => match Session::open_annotations(&row.file) {
                    Ok(session) => self.state.project.insert(session),
                    Err(e) => {
                        self.report(&e);
                        return;
                    }
                },
            },
        };
        self.show_session(id);
        self.select(id, Some(row.annotation), Reveal::Scroll);
    }

    fn open_hit(&mut self, hit: &SearchHit) {
        let Some(id) = self.open_project_document(hit.document) else {
            return;
        };
        let (paragraph, start, end) = (hit.span.paragraph, hit.span.start.0, hit.span.end.0);
        self.state.selection =
            Some(Selection { anchor: TextPos::new(paragraph, start), head: TextPos::new(paragraph, end) });
        self.state.selected = None;
        let _ = id;
        if let Some(view) = self.active_view() {
            view.reveal(paragraph, start);
        }
    }

    fn set_value(&mut self, document: usize, attribute: crate::model::attributes::AttributeId, value: Option<String>) {
        let Some(key) = self.state.project.corpus().and_then(|c| c.documents().get(document)).map(|d| d.key.clone())
        else {
            return;
        };
        let unchanged = self.state.project.corpus().and_then(|c| c.value(document, &attribute)).unwrap_or_default()
            == value.as_deref().unwrap_or_default().trim();
        let slot = (document, attribute.clone());
        if unchanged {
            self.state.projects.corpus.drafts.remove(&slot);
            self.state.projects.corpus.errors.remove(&slot);
            return;
        }
        match self.state.project.apply_project_edit(ProjectEdit::SetValue { document: key, attribute, value }) {
            Ok(()) => {
                self.state.projects.corpus.drafts.remove(&slot);
                self.state.projects.corpus.errors.remove(&slot);
            }
            Err(e) => {
                let message = match e {
                    crate::session::project::ProjectError::Edit(crate::model::project::ProjectEditError::Value {
                        error,
                        ..
                    }) => crate::ui::errors::value_reason(&error),
                    other => crate::ui::errors::UiMessage::ui_message(&other),
                };
                self.state.projects.corpus.errors.insert(slot, message);
            }
        }
    }

    fn save_project(&mut self) {
        match self.state.project.save_project() {
            Ok(report) if report.conflicts.is_empty() => {
                let path = self.state.project.corpus().map(|c| c.file().display().to_string()).unwrap_or_default();
                self.state.message = t!("message-project-saved", path = path);
            }
            Ok(report) => {
                self.state.message = t!("message-project-saved-conflicts", names = report.conflicts.join(", "));
            }
            Err(e) => self.report(&e),
        }
    }

    /// Saves every modified session and the project, then runs `then`. Stops at
    /// the first session that needs an answer (Save As, a file changed on disk)
    /// and goes on after it.
    fn save_all(&mut self, then: Option<Box<Command>>) {
        let again = || Some(Box::new(Command::Project(ProjectCommand::SaveAll { then: then.clone() })));
        for id in self.state.project.modified_sessions() {
            let Some(session) = self.state.project.get_mut(id) else {
                continue;
            };
            if !session.has_file() {
                self.commands.push(Command::Save { session: id, overwrite: false, then: again() });
                return;
            }
            match session.save() {
                Ok(()) => {}
                Err(SessionError::Workspace(WorkspaceError::ChangedOnDisk { .. })) => {
                    self.state.modal = Some(Modal::SaveConflict(id, again()));
                    return;
                }
                Err(e) => {
                    self.report(&e);
                    return;
                }
            }
        }
        if self.state.project.corpus().is_some_and(crate::session::project::Corpus::is_modified)
            && let Err(e) = self.state.project.save_project()
        {
            self.report(&e);
            return;
        }
        self.say(&t!("message-saved-all"));
        if let Some(then) = then {
            self.commands.push(*then);
        }
    }

    fn autocode(&mut self, tag: &TagId) {
        let hits = self.state.projects.search.results.hits.clone();
        let author = workspace::author(None);
        let label = self.state.project.corpus().map(|c| c.codebook().label(tag)).unwrap_or_default();
        match self.state.project.autocode(&hits, tag, &author, now()) {
            Ok(report) => {
                self.state.hidden_tags.remove(tag);
                self.state.projects.search.last_autocode =
                    report.sessions.iter().map(|(id, revision, _)| (*id, *revision)).collect();
                let skipped = if report.skipped.is_empty() {
                    String::new()
                } else {
                    format!(
                        " {}",
                        t!(
                            "message-autocode-skipped",
                            count = report.skipped.len(),
                            names = report
                                .skipped
                                .iter()
                                .map(crate::ui::errors::autocode_skip_reason)
                                .collect::<Vec<_>>()
                                .join("; ")
                        )
                    )
                };
                let tagged = t!(
                    "message-autocoded",
                    count = report.added() + report.tagged(),
                    label = label.as_str(),
                    documents = report.sessions.len(),
                    added = report.added(),
                    existing = report.tagged()
                );
                self.state.message = format!("{tagged}{skipped}");
            }
            Err(e) => self.report(&e),
        }
    }

    /// Whether `path` is one of the project's own files (project file, document,
    /// annotation file), which no export may overwrite.
    fn protected(&self, path: &Path) -> bool {
        let Some(corpus) = self.state.project.corpus() else {
            return false;
        };
        is_project_file(path)
            || crate::session::paths::is_annotation_file(path)
            || corpus.document_at(path).is_some()
            || crate::session::paths::same_file(path, corpus.file())
    }

    fn write_export(&mut self, path: &Path, bytes: &[u8], what: &str) {
        if self.protected(path) {
            self.state.errors.push(t!("message-export-over-project", path = path.display().to_string()));
            return;
        }
        match std::fs::write(path, bytes) {
            Ok(()) => {
                self.state.message = t!("message-project-exported", what = what, path = path.display().to_string());
            }
            Err(e) => self.state.errors.push(t!(
                "message-cannot-export",
                error = crate::ui::errors::io_reason(&e),
                path = path.display().to_string()
            )),
        }
    }

    fn export_segments(&mut self, path: &Path, format: crate::export::segments::SegmentFormat) {
        let rows = &self.state.projects.segments.rows;
        let description = self.state.projects.segments.query.describe();
        let mut buffer = Vec::new();
        let written = self
            .state
            .project
            .segment_export(rows, &description)
            .map(|export| crate::export::segments::write_segments(&mut buffer, format, &export));
        match written {
            Some(Ok(())) => {
                let count = rows.len();
                self.write_export(
                    path,
                    &buffer,
                    &crate::ui::i18n::tr_args_logical("export-what-segments", &[("count", count.into())]),
                );
            }
            Some(Err(e)) => self.state.errors.push(t!(
                "message-cannot-export",
                error = crate::ui::errors::io_reason(&e),
                path = path.display().to_string()
            )),
            None => {}
        }
    }

    /// Writes the whole project (the CLI's `export --project`, the same code) to
    /// `path`; what was left out goes to the error list, one line each.
    fn export_project(&mut self, path: &Path, format: ProjectFormat) {
        match self.state.project.export_whole(format, &[], None) {
            Ok(export) => {
                let what = match format {
                    ProjectFormat::Segments(_) => "export-what-segments",
                    ProjectFormat::Qdc => "export-what-codes",
                    ProjectFormat::W3c | ProjectFormat::Qdpx => "export-what-annotations",
                };
                let what = crate::ui::i18n::tr_args_logical(what, &[("count", export.count.into())]);
                self.write_export(path, &export.bytes, &what);
                self.state.errors.extend(export.warnings.iter().map(crate::ui::errors::UiMessage::ui_message));
            }
            Err(e) => self.state.errors.push(t!(
                "message-cannot-export",
                error = crate::ui::errors::project_export_reason(&e),
                path = path.display().to_string()
            )),
        }
    }

    fn export_table(&mut self, path: &Path) {
        let Some(table) = &self.state.projects.tables.table else {
            return;
        };
        let mut buffer = Vec::new();
        match write_table_csv(&mut buffer, table, false) {
            Ok(()) => self.write_export(path, &buffer, &crate::ui::i18n::tr_logical("export-what-table")),
            Err(e) => self.state.errors.push(t!(
                "message-cannot-export",
                error = crate::ui::errors::io_reason(&e),
                path = path.display().to_string()
            )),
        }
    }

    fn import_attributes(&mut self, path: &Path) {
        let Some(corpus) = self.state.project.corpus() else {
            return;
        };
        match read_attributes_csv(corpus, path) {
            Ok(import) => {
                let (rows, changed, added) = (import.rows, import.changed, import.new_attributes.clone());
                if let Some(edit) = import.edit
                    && !self.project_edit(edit)
                {
                    return;
                }
                self.state.message = if added.is_empty() {
                    t!("message-attributes-imported", rows = rows, changed = changed)
                } else {
                    t!("message-attributes-imported-new", rows = rows, changed = changed, names = added.join(", "))
                };
            }
            Err(e) => self.report(&e),
        }
    }

    fn export_attributes(&mut self, path: &Path) {
        let Some(corpus) = self.state.project.corpus() else {
            return;
        };
        let mut buffer = Vec::new();
        match write_attributes_csv(&mut buffer, corpus, false) {
            Ok(()) => self.write_export(path, &buffer, &crate::ui::i18n::tr_logical("export-what-attributes")),
            Err(e) => self.state.errors.push(t!(
                "message-cannot-export",
                error = crate::ui::errors::io_reason(&e),
                path = path.display().to_string()
            )),
        }
    }
}

fn now() -> Timestamp {
    workspace::now()
}
