//! The tab strip of a project (its views, then one tab per open document), the
//! Project menu and the window title.

use egui::{Button, RichText, Ui};

use super::ProjectView;
use super::command::{ProjectCommand, ProjectDialog};
use crate::t;
use crate::ui::bidi::HoverText as _;
use crate::ui::command::{Command, FileDialogKind};
use crate::ui::state::AppState;

/// Characters of a document title shown on its tab.
const TAB_TITLE_CHARS: usize = 28;

/// The tab strip: project views, open documents (• when unsaved, × to close), and
/// the reading progress while the project's files are read.
pub fn tabs_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    // Mirrored in a right-to-left language: the first tab on the right.
    super::mirror_ui(ui, |ui| tab_strip_ui(ui, state, out));
}

fn tab_strip_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let shown = state.projects.view;
        for view in ProjectView::ALL {
            if ui.selectable_label(shown == Some(view), view.label()).clicked() {
                out.push(Command::Project(ProjectCommand::ShowView(Some(view))));
            }
        }
        ui.separator();
        for (id, session) in state.project.iter() {
            let title = session.document().title();
            let mut short: String = title.chars().take(TAB_TITLE_CHARS).collect();
            if title.chars().count() > TAB_TITLE_CHARS {
                short.push('…');
            }
            if session.is_modified() {
                short.push_str(" •");
            }
            let active = shown.is_none() && state.active == Some(id);
            let tab = ui.selectable_label(active, short).hover_text(t!(
                "tabs-tooltip",
                document = session.workspace().document_path.display().to_string(),
                annotations = session.workspace().annotations_path.display().to_string()
            ));
            if tab.clicked() {
                out.push(Command::Project(ProjectCommand::Activate(id)));
            }
            let close = ui.add(Button::new("×").small().frame(false)).hover_text(t!("tabs-close", title = title));
            close.widget_info(|| {
                egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, t!("tabs-close", title = title))
            });
            if close.clicked() {
                out.push(Command::Project(ProjectCommand::CloseSession { session: id, discard_unsaved: false }));
            }
        }
        if let Some((done, total)) = state.projects.progress() {
            ui.separator();
            #[allow(clippy::cast_precision_loss)] // counts of files
            let fraction = if total == 0 { 0.0 } else { done as f32 / total as f32 };
            ui.add(egui::ProgressBar::new(fraction).desired_width(160.0).text(t!(
                "tabs-reading",
                done = done,
                total = total
            )));
        }
    });
}

/// The Project menu: the views, saving, undo of project changes, attributes CSV.
pub fn project_menu_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(corpus) = state.project.corpus() else {
        return;
    };
    for view in ProjectView::ALL {
        if ui.button(view.label()).clicked() {
            out.push(Command::Project(ProjectCommand::ShowView(Some(view))));
        }
    }
    ui.separator();
    if ui.add_enabled(corpus.is_modified(), Button::new(t!("project-save"))).clicked() {
        out.push(Command::Project(ProjectCommand::Save));
    }
    if ui.add_enabled(corpus.can_undo(), Button::new(t!("tabs-undo"))).clicked() {
        out.push(Command::Project(ProjectCommand::Undo));
    }
    if ui.add_enabled(corpus.can_redo(), Button::new(t!("tabs-redo"))).clicked() {
        out.push(Command::Project(ProjectCommand::Redo));
    }
    ui.separator();
    if ui.button(t!("tabs-import-attributes")).clicked() {
        out.push(Command::FileDialog(FileDialogKind::Project(ProjectDialog::ImportAttributes)));
    }
    if ui.button(t!("tabs-export-attributes")).clicked() {
        out.push(Command::FileDialog(FileDialogKind::Project(ProjectDialog::ExportAttributes)));
    }
    if ui.button(t!("tabs-rescan")).clicked() {
        out.push(Command::Project(ProjectCommand::Rescan));
    }
    ui.separator();
    ui.label(RichText::new(corpus.file().display().to_string()).weak());
}

/// The window title in a project: `Project — what is shown • N unsaved — Glosa`.
pub fn project_title(state: &AppState) -> Option<String> {
    let corpus = state.project.corpus()?;
    let shown = match state.projects.view {
        Some(view) => view.label(),
        None => state.session().map_or_else(|| t!("project-view-corpus"), |(_, s)| s.document().title().to_owned()),
    };
    let unsaved = state.project.modified_sessions().len() + usize::from(corpus.is_modified());
    let unsaved = match unsaved {
        0 => String::new(),
        n => format!(" • {}", t!("tabs-unsaved", count = n)),
    };
    Some(format!("{} — {shown}{unsaved} — Glosa", corpus.name()))
}
