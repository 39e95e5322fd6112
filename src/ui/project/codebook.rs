//! The codebook view: the project's codes as a tree with their colours,
//! descriptions (code memos) and how often each is used across the project; add,
//! edit (rename, recolour, describe, give a parent), move. Tags the annotation
//! files use that the codebook lacks are listed, to add them.

use std::collections::BTreeMap;

use egui::{RichText, Sense, Ui, vec2};

use super::command::{CodeDraft, ProjectCommand, ProjectModal};
use crate::model::codebook::{Codebook, CodebookEdit};
use crate::model::project::ProjectEdit;
use crate::model::{Tag, TagId};
use crate::session::project::Corpus;
use crate::t;
use crate::ui::command::{Command, Modal};
use crate::ui::state::AppState;
use crate::ui::theme;

/// A draft for editing `tag` with parent `parent`.
pub fn draft_of(tag: &Tag, parent: Option<&TagId>) -> CodeDraft {
    CodeDraft {
        id: Some(tag.id.clone()),
        label: tag.label.clone(),
        description: tag.description.clone(),
        color: [tag.color.r, tag.color.g, tag.color.b],
        parent: parent.cloned(),
    }
}

/// A draft for a new code under `parent`, in a colour no code uses yet.
pub fn new_draft(state: &AppState, parent: Option<TagId>) -> CodeDraft {
    let used: Vec<[u8; 3]> = state
        .project
        .corpus()
        .map(|c| c.codebook().tags().tags().iter().map(|t| [t.color.r, t.color.g, t.color.b]).collect())
        .unwrap_or_default();
    let color = theme::NEW_TAG_COLORS.iter().copied().find(|c| !used.contains(c)).unwrap_or(theme::NEW_TAG_FALLBACK);
    CodeDraft { id: None, label: String::new(), description: String::new(), color, parent }
}

/// The codebook view.
pub fn codebook_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(corpus) = state.project.corpus() else {
        return;
    };
    let codebook = corpus.codebook();
    ui.horizontal(|ui| {
        ui.heading(t!("project-view-codebook"));
        ui.label(t!("codebook-count", count = codebook.len()));
        if ui.button(t!("codebook-add")).clicked() {
            out.push(Command::ShowModal(Modal::Project(ProjectModal::CodeEditor(new_draft(state, None)))));
        }
    });
    ui.weak(t!("codebook-help"));
    ui.separator();
    let tree = codebook.tree();
    egui::ScrollArea::vertical().id_salt("codebook").auto_shrink([false, true]).show(ui, |ui| {
        for (position, (tag, depth)) in tree.iter().enumerate() {
            ui.horizontal(|ui| code_row_ui(ui, state, codebook, (tag, *depth), position, out));
            if !tag.description.is_empty() {
                ui.horizontal(|ui| {
                    #[allow(clippy::cast_precision_loss)] // depth is small
                    ui.add_space(24.0 * *depth as f32 + 22.0);
                    ui.add(egui::Label::new(RichText::new(&tag.description).weak()).wrap());
                });
            }
            ui.add_space(4.0);
        }
        outside_codebook_ui(ui, state, corpus, out);
    });
}

/// How many codings of `tag` the project has, and in how many documents.
fn total(counts: &[(BTreeMap<TagId, usize>, usize)], tag: &TagId) -> (usize, usize) {
    let mut annotations = 0;
    let mut documents = 0;
    for (tags, _) in counts {
        if let Some(n) = tags.get(tag) {
            annotations += n;
            documents += 1;
        }
    }
    (annotations, documents)
}

/// One code of the tree (at `depth`, `position` in the tree's order): swatch,
/// name, use, Edit…, + Sub-code…, move arrows.
fn code_row_ui(
    ui: &mut Ui,
    state: &AppState,
    codebook: &Codebook,
    (tag, depth): (&Tag, usize),
    position: usize,
    out: &mut Vec<Command>,
) {
    #[allow(clippy::cast_precision_loss)] // depth is small
    ui.add_space(24.0 * depth as f32);
    let (swatch, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
    ui.painter().rect_filled(swatch, 3.0, theme::tag_color(tag.color));
    ui.strong(&tag.label);
    let (annotations, documents) = total(&state.projects.counts, &tag.id);
    ui.weak(t!("codebook-usage", count = annotations, documents = documents));
    let edit = ui.small_button(t!("codebook-edit"));
    edit.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::accesskit::Role::Button,
            true,
            t!("codebook-edit-name", label = tag.label.as_str()),
        )
    });
    if edit.clicked() {
        let draft = draft_of(tag, codebook.parent(&tag.id));
        out.push(Command::ShowModal(Modal::Project(ProjectModal::CodeEditor(draft))));
    }
    let sub = ui.small_button(t!("codebook-add-sub"));
    sub.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::accesskit::Role::Button,
            true,
            t!("codebook-add-sub-name", label = tag.label.as_str()),
        )
    });
    if sub.clicked() {
        let draft = new_draft(state, Some(tag.id.clone()));
        out.push(Command::ShowModal(Modal::Project(ProjectModal::CodeEditor(draft))));
    }
    let index = codebook.tags().index_of(&tag.id).unwrap_or(position);
    let moved = |index| {
        Command::Project(ProjectCommand::Edit(ProjectEdit::Codebook(CodebookEdit::Move { id: tag.id.clone(), index })))
    };
    if super::arrow_button(ui, true, index > 0, &t!("codebook-move-up")).clicked() {
        out.push(moved(index - 1));
    }
    if super::arrow_button(ui, false, index + 1 < codebook.len(), &t!("codebook-move-down")).clicked() {
        out.push(moved(index + 1));
    }
}

/// Tags the project's annotation files use that the codebook lacks, each with
/// "Add to the codebook".
fn outside_codebook_ui(ui: &mut Ui, state: &AppState, corpus: &Corpus, out: &mut Vec<Command>) {
    let files = state.project.files();
    let outside = corpus.tags_outside_codebook(files.iter().map(|v| (v.path, v.set)));
    if outside.is_empty() {
        return;
    }
    ui.separator();
    ui.strong(t!("codebook-outside"));
    for (tag, path) in outside {
        ui.horizontal(|ui| {
            let existing = files.iter().find_map(|v| v.set.tags.get(&tag).cloned());
            ui.label(existing.as_ref().map_or_else(|| tag.to_string(), |t| t.label.clone()));
            ui.weak(t!("codebook-outside-in", path = path.display().to_string()));
            if ui.small_button(t!("codebook-add-outside")).clicked() {
                let new = existing.unwrap_or_else(|| Tag {
                    id: tag.clone(),
                    label: tag.to_string(),
                    description: String::new(),
                    color: theme::UNKNOWN_TAG,
                    shortcut: None,
                });
                out.push(Command::Project(ProjectCommand::Edit(ProjectEdit::Codebook(CodebookEdit::Insert {
                    index: usize::MAX,
                    tag: new,
                    parent: None,
                }))));
            }
        });
    }
}
