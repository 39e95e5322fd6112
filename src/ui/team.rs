//! Team work in the app (issue 10): File ▸ Merge a colleague's file… with its
//! preview, the Conflicts panel (each conflict's versions side by side), the
//! external-change dialog's Merge, sync clients' conflict copies, the recovery
//! prompt and autosave, and showing or hiding each author's highlights.
//!
//! Everything that changes annotations is one undoable step of the session
//! (`Session::apply_merge`, `resolve`, `merge_conflict_copies`, `recover`,
//! `merge_disk`). Every string the user sees comes from the Fluent catalogues
//! (`assets/i18n/LANG/team.ftl`).

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Button, Context, RichText, Ui};

use crate::t;

use super::app::GlosaApp;
use super::command::{Command, Modal};
use super::dialogs::{DialogKeys, buttons, dialog_width, window};
use super::state::AppState;
use crate::model::authors::People;
use crate::model::merge::{Conflict, MergeReport, Resolution};
use crate::model::{Annotation, AnnotationId, Version};
use crate::persist::annotations;
use crate::session::sync_copies::conflict_copy_of;
use crate::session::{Session, SessionId};
use crate::ui::bidi::HoverText as _;
use crate::workspace::WorkspaceError;

/// The app's team-work state.
#[derive(Debug, Default)]
pub struct TeamState {
    /// The Conflicts panel is shown.
    pub conflicts_open: bool,
    /// People (author names, aliases resolved: see [`People`]) whose highlights
    /// and annotations are hidden.
    pub hidden_authors: HashSet<String>,
    /// The notice after following a change on disk, while it offers Undo.
    pub notice: Option<DiskNotice>,
    /// The active session's authors, by person (see [`TeamState::refresh_authors`]).
    pub authors: Option<AuthorsView>,
    /// Of the annotations the list's filter keeps, how many each hidden person
    /// has (the "N hidden (author X)" lines), sorted by person.
    pub hidden_in_list: Vec<(String, usize)>,
    /// Conflict copies the user answered "Not now" to (not offered again while
    /// the app runs).
    pub dismissed_copies: BTreeSet<PathBuf>,
}

/// The non-modal notice after the app followed a change of the annotation file
/// on disk ("Merged N changes from disk — Undo"); shown while that step is the
/// session's last one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskNotice {
    /// The session whose file changed.
    pub session: SessionId,
    /// The session's revision right after the step (Undo is offered while it
    /// still is).
    pub revision: u64,
    /// Annotations added or changed by the step.
    pub changes: usize,
}

/// The notice of [`DiskNotice`], at the bottom right of the window, over the
/// document: its text, Undo, and × to dismiss it. Gone once the session moves on
/// (another edit, an undo), so Undo always undoes that step.
pub fn disk_notice_ui(ctx: &Context, state: &AppState, out: &mut Vec<Command>) {
    let Some(notice) = state.team.notice else { return };
    if state.project.get(notice.session).is_none_or(|s| s.revision() != notice.revision) {
        out.push(Command::DismissDiskNotice);
        return;
    }
    egui::Area::new(egui::Id::unique("glosa-disk-notice"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -40.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                // A notice is short: one row, in reading order.
                super::bidi::row(ui, |ui| {
                    ui.label(t!("team-notice-merged", count = notice.changes));
                    if ui.button(t!("team-notice-undo")).clicked() {
                        out.extend([Command::DismissDiskNotice, Command::Undo(notice.session)]);
                    }
                    let close = ui.small_button("×").hover_text(t!("team-notice-dismiss"));
                    close.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, t!("team-notice-dismiss"))
                    });
                    if close.clicked() {
                        out.push(Command::DismissDiskNotice);
                    }
                });
            });
        });
}

/// One person among the active session's authors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The person's name (see [`People::person_of`]).
    pub name: String,
    /// The author names written on their annotations, each with its count of
    /// live annotations, sorted by name.
    pub names: Vec<(String, usize)>,
    /// Their live annotations.
    pub count: usize,
}

/// The active session's authors by person, recomputed when the session's
/// revision changes (O(n) in the annotations then, nothing on other frames).
#[derive(Clone, Debug, Default)]
pub struct AuthorsView {
    key: Option<(SessionId, u64)>,
    /// Which person each author name is.
    pub people: People,
    /// The people, sorted by name.
    pub persons: Vec<Person>,
}

impl AuthorsView {
    /// Whether there is more than one person: then highlights and list rows
    /// show whose they are (a stripe, an initials chip).
    pub fn shows_people(&self) -> bool {
        self.persons.len() > 1
    }
}

impl TeamState {
    /// Brings [`TeamState::authors`] up to date with session `id`.
    pub fn refresh_authors(&mut self, id: SessionId, session: &Session) {
        let key = Some((id, session.revision()));
        if self.authors.as_ref().is_some_and(|a| a.key == key) {
            return;
        }
        let people = session.people();
        let mut by_person: BTreeMap<String, Person> = BTreeMap::new();
        for (name, count) in session.author_counts() {
            let person = people.person_of(&name).to_owned();
            let entry =
                by_person.entry(person.clone()).or_insert_with(|| Person { name: person, names: Vec::new(), count: 0 });
            entry.count += count;
            entry.names.push((name, count));
        }
        self.authors = Some(AuthorsView { key, people, persons: by_person.into_values().collect() });
    }

    /// `ids` without the annotations of hidden people; counts those left out in
    /// [`TeamState::hidden_in_list`].
    pub fn without_hidden(&mut self, session: &Session, ids: Vec<AnnotationId>) -> Vec<AnnotationId> {
        self.hidden_in_list.clear();
        if self.hidden_authors.is_empty() {
            return ids;
        }
        let people = self.authors.as_ref().map(|a| &a.people);
        let mut hidden: BTreeMap<String, usize> = BTreeMap::new();
        let kept = ids
            .into_iter()
            .filter(|id| {
                let Some(annotation) = session.annotation(*id) else { return true };
                let person = people.map_or(annotation.author.as_str(), |p| p.person_of(&annotation.author));
                if self.hidden_authors.contains(person) {
                    *hidden.entry(person.to_owned()).or_default() += 1;
                    false
                } else {
                    true
                }
            })
            .collect();
        self.hidden_in_list = hidden.into_iter().collect();
        kept
    }
}

/// The Conflicts panel's "Edit…": the annotation being written from one
/// version of a conflict, or a combination of them, before it resolves the
/// conflict (see [`Session::resolve_edited`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictDraft {
    /// The annotation in conflict.
    pub id: AnnotationId,
    /// The version the draft started from (0-based, display order); `None`: the
    /// combination of every live version.
    pub start: Option<usize>,
    /// The version whose passage (segments) the result keeps (0-based).
    pub passage: usize,
    /// The tags of the result.
    pub tags: BTreeSet<crate::model::TagId>,
    /// The note of the result.
    pub note: String,
}

impl ConflictDraft {
    /// A draft of the conflict on `id` started from version `start` (0-based),
    /// or from the combination of the live versions (`None`): their tags'
    /// union, their distinct notes one after the other, the displayed live
    /// version's passage.
    pub fn new(conflict: &Conflict, start: Option<usize>) -> Self {
        let live: Vec<usize> = (0..conflict.versions.len()).filter(|n| !conflict.versions[*n].is_deleted()).collect();
        let first_live = live.first().copied().unwrap_or(0);
        if let Some((n, version)) = start.and_then(|n| conflict.versions.get(n).map(|v| (n, v))) {
            Self {
                id: conflict.id,
                start: Some(n),
                passage: if version.is_deleted() { first_live } else { n },
                tags: version.value.tags.clone(),
                note: version.value.note.clone(),
            }
        } else {
            let mut tags = BTreeSet::new();
            let mut notes: Vec<&str> = Vec::new();
            for n in &live {
                let a = &conflict.versions[*n].value;
                tags.extend(a.tags.iter().cloned());
                let note = a.note.trim();
                if !note.is_empty() && !notes.contains(&note) {
                    notes.push(note);
                }
            }
            Self { id: conflict.id, start: None, passage: first_live, tags, note: notes.join("\n\n") }
        }
    }

    /// The annotation the draft makes of `conflict`'s versions.
    pub fn annotation(&self, conflict: &Conflict) -> Option<Annotation> {
        let mut annotation = conflict.versions.get(self.passage)?.value.clone();
        annotation.tags.clone_from(&self.tags);
        annotation.note.clone_from(&self.note);
        Some(annotation)
    }
}

/// What merging a colleague's file would do (the merge preview dialog).
#[derive(Clone, Debug, PartialEq)]
pub struct MergePreview {
    /// The colleague's file.
    pub path: PathBuf,
    /// What merging it would do.
    pub report: MergeReport,
}

// -----------------------------------------------------------------------------
// Dialogs

/// The merge preview: added / updated / conflicts / orphaned, per author; Merge
/// (one undo step) or Cancel.
pub fn merge_preview_ui(
    ctx: &Context,
    session: SessionId,
    preview: &MergePreview,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let report = &preview.report;
    let changes = report.added + report.updated;
    let can_merge = changes > 0 || report.tags_added > 0;
    let clicked = window(ctx, "merge-preview", &t!("team-merge-heading"), |ui| {
        ui.set_max_width(dialog_width(ctx) + 120.0);
        ui.label(t!("team-merge-from", path = preview.path.display().to_string()));
        if can_merge {
            super::bidi::grid(ui, egui::Grid::new("merge-preview-counts").num_columns(2), |ui| {
                let conflicts = report.conflicts.len() + report.tag_conflicts.len();
                for (what, n) in [
                    ("team-merge-added", report.added),
                    ("team-merge-updated", report.updated),
                    ("team-merge-conflicts", conflicts),
                    ("team-merge-orphaned", report.orphaned.len()),
                    ("team-merge-unchanged", report.unchanged),
                ] {
                    for cell in super::bidi::reading_order(vec![t!(what), n.to_string()]) {
                        ui.label(cell);
                    }
                    ui.end_row();
                }
            });
            if !report.by_author.is_empty() {
                ui.add_space(4.0);
                let grid = egui::Grid::new("merge-preview-authors").num_columns(2).striped(true);
                super::bidi::grid(ui, grid, |ui| {
                    for heading in super::bidi::reading_order(vec!["team-merge-author", "team-merge-changed"]) {
                        ui.strong(t!(heading));
                    }
                    ui.end_row();
                    for (author, n) in &report.by_author {
                        for cell in super::bidi::reading_order(vec![author.clone(), n.to_string()]) {
                            ui.label(cell);
                        }
                        ui.end_row();
                    }
                });
            }
            if report.reanchored > 0 {
                ui.label(t!(
                    "team-merge-reanchored",
                    reanchored = report.reanchored,
                    moved = report.moved,
                    orphaned = report.orphaned.len()
                ));
            }
            if !report.conflicts.is_empty() {
                ui.label(t!("team-merge-conflicts-text"));
            }
            if !report.duplicates.is_empty() {
                ui.label(t!("team-merge-duplicates", count = report.duplicates.len()));
            }
            ui.label(t!("team-merge-one-step"));
        } else {
            ui.label(t!("team-merge-nothing"));
        }
        ui.add_space(6.0);
        let mut clicked = None;
        super::bidi::row(ui, |ui| {
            if ui.add_enabled(can_merge, Button::new(t!("team-button-merge"))).clicked() {
                clicked = Some(0);
            }
            if ui.button(t!("button-cancel")).clicked() {
                clicked = Some(1);
            }
        });
        clicked
    });
    match (clicked, keys.escape, keys.enter) {
        (Some(0), _, _) | (None, false, true) if can_merge => {
            out.extend([Command::CloseModal, Command::Merge(session, preview.path.clone())]);
        }
        (Some(_), _, _) | (None, true, _) => out.push(Command::CloseModal),
        _ => {}
    }
}

/// Conflict copies found beside the file: Merge them (one undo step; moved to
/// `.glosa-merged/` by the next save) or Not now.
pub fn sync_copies_ui(ctx: &Context, session: SessionId, copies: &[PathBuf], keys: DialogKeys, out: &mut Vec<Command>) {
    let clicked = window(ctx, "sync-copies", &t!("team-copies-heading", count = copies.len()), |ui| {
        ui.set_max_width(dialog_width(ctx) + 120.0);
        ui.label(t!("team-copies-text"));
        for copy in copies {
            let name = copy.file_name().map_or_else(|| copy.display().to_string(), |n| n.to_string_lossy().into());
            ui.label(RichText::new(name).monospace());
        }
        ui.label(t!("team-copies-merge-text"));
        buttons(ui, &[&t!("team-button-merge"), &t!("team-button-not-now")])
    });
    match (clicked, keys.escape, keys.enter) {
        (Some(0), _, _) | (None, false, true) => {
            out.extend([Command::CloseModal, Command::MergeCopies(session, copies.to_vec())]);
        }
        (Some(_), _, _) | (None, true, _) => {
            out.extend([Command::CloseModal, Command::DismissCopies(copies.to_vec())]);
        }
        _ => {}
    }
}

/// A recovery journal with unsaved work: Recover (one undo step), Discard, or
/// Later (the journal stays; autosave leaves it alone).
pub fn recover_ui(
    ctx: &Context,
    state: &AppState,
    session: SessionId,
    changes: usize,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let file =
        state.project.get(session).map(|s| s.workspace().annotations_path.display().to_string()).unwrap_or_default();
    let clicked = window(ctx, "recover", &t!("team-recover-heading", count = changes), |ui| {
        ui.set_max_width(dialog_width(ctx) + 120.0);
        ui.label(t!("team-recover-text", file = file.as_str(), count = changes));
        ui.label(t!("team-recover-choices"));
        let mut clicked = None;
        super::bidi::row(ui, |ui| {
            if ui.button(t!("team-button-recover")).clicked() {
                clicked = Some(0);
            }
            if ui.button(t!("team-button-discard")).hover_text(t!("team-button-discard.tooltip")).clicked() {
                clicked = Some(1);
            }
            if ui.button(t!("team-button-later")).hover_text(t!("team-button-later.tooltip")).clicked() {
                clicked = Some(2);
            }
        });
        clicked
    });
    match (clicked, keys.escape, keys.enter) {
        (Some(0), _, _) | (None, false, true) => out.extend([Command::CloseModal, Command::Recover(session)]),
        (Some(1), _, _) => out.extend([Command::CloseModal, Command::DiscardRecovery(session)]),
        (Some(_), _, _) | (None, true, _) => out.push(Command::CloseModal),
        _ => {}
    }
}

/// "Edit…" in the Conflicts panel: the annotation pre-filled from one version
/// (or the combination of all), its passage, tags and note editable; "Resolve
/// with this" makes it the one version (one undo step), Cancel changes nothing.
pub fn edit_conflict_ui(
    ctx: &Context,
    state: &AppState,
    session: SessionId,
    draft: &mut ConflictDraft,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let Some(target) = state.project.get(session) else {
        out.push(Command::CloseModal);
        return;
    };
    let Some(conflict) = target.conflicts().into_iter().find(|c| c.id == draft.id) else {
        // Resolved meanwhile (a merge, another window): nothing to edit.
        out.push(Command::CloseModal);
        return;
    };
    let clicked = window(ctx, "edit-conflict", &t!("team-edit-heading"), |ui| {
        ui.set_width(dialog_width(ctx) + 120.0);
        ui.label(t!("team-edit-start"));
        super::bidi::row_wrapped(ui, |ui| {
            for n in 0..conflict.versions.len() {
                if ui.selectable_label(draft.start == Some(n), t!("team-version", number = n + 1)).clicked() {
                    *draft = ConflictDraft::new(&conflict, Some(n));
                }
            }
            if ui
                .selectable_label(draft.start.is_none(), t!("team-edit-combine"))
                .hover_text(t!("team-edit-combine.tooltip"))
                .clicked()
            {
                *draft = ConflictDraft::new(&conflict, None);
            }
        });
        ui.add_space(4.0);
        ui.strong(t!("team-edit-passage"));
        for (n, version) in conflict.versions.iter().enumerate().filter(|(_, v)| !v.is_deleted()) {
            let quote = format!("{}: “{}”", t!("team-version", number = n + 1), clip(&version.value.quote(), 120));
            super::bidi::radio_value(ui, &mut draft.passage, n, quote);
        }
        ui.add_space(4.0);
        ui.strong(t!("team-edit-tags"));
        super::bidi::row_wrapped(ui, |ui| {
            for tag in target.set().tags.tags() {
                let on = draft.tags.contains(&tag.id);
                let color = if on { tag.color } else { super::theme::TAG_OFF };
                if super::panels::tag_chip_ui(ui, &super::i18n::tag_label_shown(tag), color, on).clicked() {
                    if on {
                        draft.tags.remove(&tag.id);
                    } else {
                        draft.tags.insert(tag.id.clone());
                    }
                }
            }
        });
        ui.add_space(4.0);
        let name = ui.strong(t!("team-edit-note"));
        ui.add(egui::TextEdit::multiline(&mut draft.note).desired_rows(4).desired_width(f32::INFINITY))
            .labelled_by(name.id);
        ui.add_space(4.0);
        ui.weak(t!("team-edit-undo"));
        ui.add_space(6.0);
        buttons(ui, &[&t!("team-button-resolve-edited"), &t!("button-cancel")])
    });
    match (clicked, keys.escape) {
        (Some(0), _) => {
            if let Some(annotation) = draft.annotation(&conflict) {
                out.extend([Command::CloseModal, Command::ResolveEdited(session, draft.id, Box::new(annotation))]);
            }
        }
        (Some(_), _) | (None, true) => out.push(Command::CloseModal),
        (None, false) => {}
    }
}

// -----------------------------------------------------------------------------
// Panels

/// The Conflicts panel: each conflict's versions side by side (quote, tags, note,
/// who, when), with "Take this" under each and "Keep both as separate
/// annotations" per conflict; each choice is one undo step. Mirrored in a
/// right-to-left interface ([`super::bidi::column`]).
pub fn conflicts_panel_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    super::bidi::column(ui, |ui| conflicts_ui(ui, state, out));
}

fn conflicts_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some((id, session)) = state.session() else {
        ui.label(t!("team-conflicts-none"));
        return;
    };
    let conflicts = session.conflicts();
    super::bidi::row(ui, |ui| {
        ui.heading(t!("team-conflicts-heading", count = conflicts.len()));
        ui.with_layout(super::bidi::trailing_layout(ui), |ui| {
            if ui.button(t!("button-close")).clicked() {
                out.push(Command::ToggleConflictsPanel);
            }
        });
    });
    if conflicts.is_empty() {
        ui.label(t!("team-conflicts-none"));
        return;
    }
    egui::ScrollArea::vertical().id_salt("conflicts").show(ui, |ui| {
        for conflict in &conflicts {
            conflict_ui(ui, session, id, conflict, out);
            ui.separator();
        }
    });
}

fn conflict_ui(ui: &mut Ui, session: &Session, id: SessionId, conflict: &Conflict, out: &mut Vec<Command>) {
    ui.push_id(conflict.id, |ui| {
        // The choice for the whole conflict first, so that it is in view however
        // tall the versions are.
        super::bidi::row(ui, |ui| {
            ui.strong(t!("team-conflict-versions", count = conflict.versions.len()));
            let live = conflict.versions.iter().filter(|v| !v.is_deleted()).count();
            if live > 1
                && ui.button(t!("team-button-keep-both")).hover_text(t!("team-button-keep-both.tooltip")).clicked()
            {
                out.push(Command::ResolveConflict(id, conflict.id, Resolution::All));
            }
            if ui.button(t!("team-button-edit-conflict")).hover_text(t!("team-button-edit-conflict.tooltip")).clicked()
            {
                out.push(Command::EditConflict(id, conflict.id));
            }
        });
        super::bidi::row_top(ui, |ui| {
            for (n, version) in conflict.versions.iter().enumerate() {
                super::bidi::vertical(ui, |ui| {
                    ui.set_width(260.0);
                    super::bidi::row(ui, |ui| {
                        let heading = if n == 0 { "team-version-shown" } else { "team-version" };
                        ui.strong(t!(heading, number = n + 1));
                        let take =
                            ui.button(t!("team-button-take-this")).hover_text(t!("team-button-take-this.tooltip"));
                        if take.clicked() {
                            out.push(Command::ResolveConflict(id, conflict.id, Resolution::One(n + 1)));
                        }
                    });
                    version_ui(ui, session, version);
                });
            }
        });
    });
}

/// One version: quote, tags, note, who, when.
fn version_ui(ui: &mut Ui, session: &Session, version: &Version<Annotation>) {
    let a = &version.value;
    ui.label(RichText::new(format!("“{}”", clip(&a.quote(), 160))).italics());
    let tags: Vec<String> = a.tags.iter().map(|tag| super::i18n::session_tag_label(session, tag)).collect();
    ui.label(if tags.is_empty() { t!("team-version-no-tags") } else { super::i18n::shown(tags.join(", ")) });
    if !a.note.is_empty() {
        ui.label(t!("team-version-note", note = clip(&a.note, 300)));
    }
    ui.weak(t!("team-version-by", author = a.author.as_str()));
    ui.weak(match version.deleted {
        Some(at) => t!("team-version-deleted", time = at.strftime("%Y-%m-%d %H:%M").to_string()),
        None => t!("team-version-changed", time = a.modified.strftime("%Y-%m-%d %H:%M").to_string()),
    });
}

/// What a merge did, in one line in the interface language (added, updated,
/// unchanged, conflicts, re-anchored, orphaned), logical order.
pub fn merge_summary(report: &MergeReport) -> String {
    super::i18n::tr_args_logical(
        "team-merge-summary",
        &[
            ("added", report.added.into()),
            ("updated", report.updated.into()),
            ("unchanged", report.unchanged.into()),
            ("conflicts", (report.conflicts.len() + report.tag_conflicts.len()).into()),
            ("reanchored", report.reanchored.into()),
            ("orphaned", report.orphaned.len().into()),
        ],
    )
}

/// `text` cut to `n` characters, with `…`.
fn clip(text: &str, n: usize) -> String {
    match text.char_indices().nth(n) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The people among the active session's authors, each with a checkbox that
/// shows or hides their highlights and annotations (in the stakeholder groups
/// panel), and their colour; shown when there is more than one person (or one
/// is hidden).
pub fn authors_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(authors) = &state.team.authors else {
        return;
    };
    if !authors.shows_people() && state.team.hidden_authors.is_empty() {
        return;
    }
    ui.separator();
    super::bidi::row(ui, |ui| {
        ui.strong(t!("team-authors"));
        if let Some(command) = state.command_for(super::command::Action::Authors)
            && ui.small_button(t!("team-authors-edit")).hover_text(t!("team-authors-edit.tooltip")).clicked()
        {
            out.push(command);
        }
    });
    for person in &authors.persons {
        super::bidi::row(ui, |ui| {
            author_chip_ui(ui, &person.name);
            let mut visible = !state.team.hidden_authors.contains(&person.name);
            let checkbox = super::bidi::checkbox(
                ui,
                &mut visible,
                t!("team-author-count", author = person.name.as_str(), count = person.count),
            );
            let name = super::i18n::tr_args_logical("team-show-author", &[("author", person.name.as_str().into())]);
            checkbox.widget_info(|| egui::WidgetInfo::selected(egui::accesskit::Role::CheckBox, true, visible, &name));
            if checkbox.changed() {
                out.push(Command::ToggleAuthor(person.name.clone()));
            }
        });
    }
}

/// A person's initials on their colour (the annotation list, the authors
/// panel and dialog).
pub fn author_chip_ui(ui: &mut Ui, person: &str) -> egui::Response {
    let text = RichText::new(super::theme::initials(person)).small().strong().color(egui::Color32::WHITE);
    egui::Frame::new()
        .fill(super::theme::author_color(person))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(3, 0))
        .show(ui, |ui| ui.add(egui::Label::new(text).selectable(false)))
        .response
        .hover_text(person)
}

/// The "N hidden (author X)" lines above the annotation list.
pub fn hidden_in_list_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    for (person, count) in &state.team.hidden_in_list {
        super::bidi::row(ui, |ui| {
            ui.weak(t!("team-authors-hidden", count = *count, author = person.as_str()));
            if ui.small_button(t!("team-authors-show")).clicked() {
                out.push(Command::ToggleAuthor(person.clone()));
            }
        });
    }
}

/// Team ▸ Authors…: each person with their author names and counts, shown or
/// hidden, and "Same person as…" to record an author alias (one undo step).
pub fn authors_dialog_ui(
    ctx: &Context,
    state: &AppState,
    session: SessionId,
    keys: DialogKeys,
    out: &mut Vec<Command>,
) {
    let persons = state.team.authors.as_ref().map_or(&[][..], |a| a.persons.as_slice());
    let close = window(ctx, "authors", &t!("team-authors-heading"), |ui| {
        ui.set_max_width(dialog_width(ctx) + 200.0);
        ui.label(t!("team-authors-text"));
        ui.add_space(4.0);
        super::bidi::grid(ui, egui::Grid::new("authors-grid").num_columns(4).striped(true), |ui| {
            let headings = ["team-authors-person", "team-authors-names", "team-authors-count", "team-authors-same"];
            for heading in super::bidi::reading_order(headings.to_vec()) {
                ui.strong(t!(heading));
            }
            ui.end_row();
            for person in persons {
                // In a grid cell (laid out from the left): chip and check box in reading order.
                let (mut toggled, mut alias) = (None, None);
                let mut who = |ui: &mut Ui| {
                    ui.horizontal(|ui| {
                        for part in super::bidi::reading_order(vec![false, true]) {
                            if !part {
                                author_chip_ui(ui, &person.name);
                                continue;
                            }
                            let mut visible = !state.team.hidden_authors.contains(&person.name);
                            let checkbox = super::bidi::checkbox(ui, &mut visible, person.name.as_str());
                            let name = super::i18n::tr_args_logical(
                                "team-show-author",
                                &[("author", person.name.as_str().into())],
                            );
                            checkbox.widget_info(|| {
                                egui::WidgetInfo::selected(egui::accesskit::Role::CheckBox, true, visible, &name)
                            });
                            if checkbox.changed() {
                                toggled = Some(Command::ToggleAuthor(person.name.clone()));
                            }
                        }
                    });
                };
                let names: Vec<String> = person.names.iter().map(|(n, c)| format!("{n} ({c})")).collect();
                let mut same = |ui: &mut Ui| {
                    let combo = egui::ComboBox::from_id_salt(("same-person", &person.name));
                    let combo = super::bidi::combo_box(ui, combo, &t!("team-authors-choose"), |ui| {
                        for other in persons.iter().filter(|o| o.name != person.name) {
                            if ui.button(other.name.as_str()).clicked() {
                                alias = Some(Command::AliasAuthor(session, person.name.clone(), other.name.clone()));
                            }
                        }
                    });
                    let label = super::i18n::tr_args_logical(
                        "team-authors-same-label",
                        &[("author", person.name.as_str().into())],
                    );
                    combo
                        .response
                        .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::ComboBox, true, &label));
                };
                super::bidi::grid_row(
                    ui,
                    vec![
                        &mut who,
                        &mut |ui| _ = ui.label(names.join(", ")),
                        &mut |ui| _ = ui.label(person.count.to_string()),
                        &mut same,
                    ],
                );
                out.extend(toggled.into_iter().chain(alias));
            }
        });
        ui.add_space(4.0);
        ui.weak(t!("team-authors-undo"));
        ui.add_space(6.0);
        ui.button(t!("button-close")).clicked()
    });
    if close || keys.escape || keys.enter {
        out.push(Command::CloseModal);
    }
}

// -----------------------------------------------------------------------------
// Applying team commands

impl GlosaApp {
    /// Applies a team-work command (see [`Command`]).
    pub(super) fn apply_team(&mut self, command: Command) {
        match command {
            Command::PreviewMerge(id, path) => self.preview_merge(id, &path),
            Command::Merge(id, path) => self.merge_file(id, &path),
            Command::MergeDisk(id) => {
                let Some(session) = self.state.project.get_mut(id) else { return };
                let result = session.merge_disk();
                self.merged(result, &super::i18n::tr_logical("team-merged-disk"));
            }
            Command::MergeCopies(id, paths) => {
                let Some(session) = self.state.project.get_mut(id) else { return };
                let result = session.merge_conflict_copies(&paths);
                let what = super::i18n::tr_args_logical("team-merged-copies", &[("count", paths.len().into())]);
                self.merged(result, &what);
            }
            Command::DismissCopies(paths) => self.state.team.dismissed_copies.extend(paths),
            Command::Recover(id) => {
                let Some(session) = self.state.project.get_mut(id) else { return };
                let result = session.recover();
                self.merged(result, &super::i18n::tr_logical("team-merged-journal"));
            }
            Command::DiscardRecovery(id) => {
                let Some(session) = self.state.project.get_mut(id) else { return };
                match session.discard_journal() {
                    Ok(()) => self.state.message = t!("team-message-discarded"),
                    Err(e) => self.report(&e),
                }
            }
            Command::ResolveConflict(id, annotation, choice) => {
                let Some(session) = self.state.project.get_mut(id) else { return };
                match session.resolve(annotation, choice) {
                    Ok(()) => self.state.message = t!("team-message-resolved"),
                    Err(e) => self.report(&e),
                }
            }
            Command::EditConflict(id, annotation) => {
                let Some(session) = self.state.project.get(id) else { return };
                if let Some(conflict) = session.conflicts().into_iter().find(|c| c.id == annotation) {
                    let draft = ConflictDraft::new(&conflict, Some(0));
                    self.state.modal = Some(Modal::EditConflict(id, Box::new(draft)));
                }
            }
            Command::ResolveEdited(id, annotation, edited) => {
                let Some(session) = self.state.project.get_mut(id) else { return };
                match session.resolve_edited(annotation, *edited) {
                    Ok(()) => self.state.message = t!("team-message-resolved"),
                    Err(e) => self.report(&e),
                }
            }
            Command::DismissDiskNotice => self.state.team.notice = None,
            Command::AskRecovery(id) => {
                let Some(session) = self.state.project.get_mut(id) else { return };
                match session.recovery() {
                    Ok(Some(recovery)) => self.state.modal = Some(Modal::Recover(id, recovery.changes)),
                    Ok(None) => self.state.message = t!("team-message-nothing-to-recover"),
                    Err(e) => self.report(&e),
                }
            }
            Command::ToggleConflictsPanel => self.state.team.conflicts_open = !self.state.team.conflicts_open,
            Command::AliasAuthor(id, alias, person) => {
                let Some(session) = self.state.project.get_mut(id) else { return };
                match session.alias_author(&alias, &person) {
                    Ok(true) => {
                        let people = session.people();
                        let now = people.person_of(&person).to_owned();
                        // Hidden stays hidden under the person's name.
                        if self.state.team.hidden_authors.remove(&alias)
                            || self.state.team.hidden_authors.remove(&person)
                        {
                            self.state.team.hidden_authors.insert(now.clone());
                        }
                        self.state.message = t!("team-message-aliased", alias = alias.as_str(), person = now.as_str());
                    }
                    Ok(false) => {}
                    Err(e) => self.report(&e),
                }
            }
            Command::ToggleAuthor(author) => {
                let hidden = &mut self.state.team.hidden_authors;
                if !hidden.remove(&author) {
                    hidden.insert(author);
                }
            }
            _ => {}
        }
    }

    fn preview_merge(&mut self, id: SessionId, path: &Path) {
        let Some(session) = self.state.project.get(id) else { return };
        if session.has_file() && crate::session::paths::same_file(path, &session.workspace().annotations_path) {
            self.state.message = t!("team-message-already-open", path = path.display().to_string());
            return;
        }
        match annotations::read(path) {
            Ok(loaded) => {
                let report = session.merge_preview(&loaded.file);
                self.state.modal =
                    Some(Modal::MergePreview(id, Box::new(MergePreview { path: path.to_owned(), report })));
            }
            Err(source) => self.report(&WorkspaceError::Annotations { path: path.to_owned(), source }),
        }
    }

    fn merge_file(&mut self, id: SessionId, path: &Path) {
        let Some(session) = self.state.project.get_mut(id) else { return };
        let result = annotations::read(path)
            .map_err(|source| WorkspaceError::Annotations { path: path.to_owned(), source }.into())
            .and_then(|loaded| session.apply_merge(loaded.file));
        self.merged(result, &path.display().to_string());
    }

    /// Says what a merge did; opens the Conflicts panel when it left conflicts.
    fn merged(&mut self, result: Result<MergeReport, crate::session::SessionError>, what: &str) {
        match result {
            Ok(report) => {
                self.state.message = t!("team-message-merged", what = what, summary = merge_summary(&report));
                if !report.is_clean() {
                    self.state.team.conflicts_open = true;
                }
            }
            Err(e) => self.report(&e),
        }
    }

    /// After a session is opened: asks about a recovery journal holding unsaved
    /// work, else offers the sync clients' conflict copies beside the file.
    pub(super) fn after_open(&mut self, id: SessionId) {
        let Some(session) = self.state.project.get_mut(id) else { return };
        match session.recovery() {
            Ok(Some(recovery)) => {
                self.state.modal = Some(Modal::Recover(id, recovery.changes));
                return;
            }
            Ok(None) => {}
            Err(e) => {
                self.report(&e);
                return;
            }
        }
        self.offer_copies(id);
    }

    /// Offers to merge the conflict copies beside a session's file, if there are
    /// any not yet dismissed and no other dialog is open.
    pub(super) fn offer_copies(&mut self, id: SessionId) {
        if self.state.modal.is_some() {
            return;
        }
        let Some(session) = self.state.project.get(id) else { return };
        if session.is_read_only() {
            return;
        }
        let copies: Vec<PathBuf> = session
            .conflict_copies()
            .into_iter()
            .map(|c| c.path)
            .filter(|p| !self.state.team.dismissed_copies.contains(p))
            .collect();
        if !copies.is_empty() {
            self.state.modal = Some(Modal::SyncCopies(id, copies));
        }
    }

    /// Whether a path a watcher reported in a watched folder is a conflict copy
    /// of one of the open annotation files: offers to merge it.
    pub(super) fn folder_changed(&mut self, paths: &[PathBuf]) {
        let ids: Vec<SessionId> = self
            .state
            .project
            .iter()
            .filter(|(_, s)| {
                let disk = s.workspace().disk_path();
                let Some(name) = disk.file_name().and_then(|n| n.to_str()) else { return false };
                paths.iter().any(|p| {
                    p.parent() == disk.parent().and_then(|f| std::fs::canonicalize(f).ok()).as_deref()
                        && p.file_name().and_then(|n| n.to_str()).is_some_and(|c| conflict_copy_of(name, c).is_some())
                })
            })
            .map(|(id, _)| id)
            .collect();
        for id in ids {
            self.offer_copies(id);
        }
    }

    /// Autosave: journals each session's unsaved work (at most every 2 s after a
    /// change; at once when `now_or_focus_lost` says the window lost the focus).
    /// Returns how long until the next write is due, if one waits.
    pub(super) fn autosave(&mut self, focus_lost: bool) -> Option<Duration> {
        let ids: Vec<SessionId> = self.state.project.iter().map(|(id, _)| id).collect();
        let now = Instant::now();
        let mut next: Option<Duration> = None;
        for id in ids {
            let Some(session) = self.state.project.get_mut(id) else { continue };
            let result = if focus_lost { session.write_journal().map(|_| None) } else { session.autosave(now) };
            match result {
                Ok(Some(wait)) => next = Some(next.map_or(wait, |n| n.min(wait))),
                Ok(None) => {}
                // Said once in the status bar; the next change tries again.
                Err(e) => {
                    let message = super::errors::UiMessage::ui_message(&e);
                    if self.state.message != message {
                        self.state.message = message;
                    }
                }
            }
        }
        next
    }
}
