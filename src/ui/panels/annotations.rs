//! The annotation list (with its filters) above the note editor of the selected
//! highlight.

use egui::{Color32, RichText, Sense, Ui};
use unicode_segmentation::UnicodeSegmentation;

use super::tag_chip_ui;
use crate::model::AnnotationId;
use crate::model::anchor::AnchorStatus;
use crate::session::{Session, SessionId};
use crate::ui::command::{Command, Reveal};
use crate::ui::state::AppState;
use crate::ui::theme;

/// Height of one row of the list, in points.
const ROW_HEIGHT: f32 = 58.0;
/// Height kept for the note editor when a highlight is selected, in points.
const EDITOR_HEIGHT: f32 = 230.0;

/// The annotation panel.
pub fn annotation_panel_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some((id, session)) = state.session() else {
        ui.heading("Annotations");
        return;
    };
    let editor_height = if state.selected.is_some() { EDITOR_HEIGHT } else { 0.0 };
    let total = session.set().annotations.len();
    ui.heading(if state.filter.is_empty() {
        format!("Annotations ({total})")
    } else {
        format!("Annotations ({} of {total})", state.list.len())
    });
    let mut filter = state.filter.clone();
    ui.horizontal_wrapped(|ui| {
        let tag_label = filter.tag.as_ref().map_or("All groups".to_owned(), |t| session.tag_label(t));
        egui::ComboBox::new("filter-tag", "Group").selected_text(tag_label).width(120.0).show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.tag, None, "All groups");
            for tag in session.set().tags.tags() {
                ui.selectable_value(&mut filter.tag, Some(tag.id.clone()), &tag.label);
            }
        });
        let status_label = filter.status.map_or("Any status", AnchorStatus::as_str);
        egui::ComboBox::new("filter-status", "Status").selected_text(status_label).width(80.0).show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.status, None, "Any status");
            for status in [AnchorStatus::Anchored, AnchorStatus::Moved, AnchorStatus::Orphaned] {
                ui.selectable_value(&mut filter.status, Some(status), status.as_str());
            }
        });
    });
    ui.add(
        egui::TextEdit::singleline(&mut filter.text)
            .hint_text("Filter by text, note or author")
            .desired_width(f32::INFINITY),
    );
    if filter != state.filter {
        out.push(Command::SetFilter(filter));
    }
    let ids = &state.list;
    let list_height = (ui.available_height() - editor_height).max(80.0);
    egui::ScrollArea::vertical().id_salt("annotation-list").max_height(list_height).auto_shrink(false).show_rows(
        ui,
        ROW_HEIGHT,
        ids.len(),
        |ui, range| {
            for annotation in ids.get(range).unwrap_or_default() {
                annotation_row_ui(ui, state, id, session, *annotation, out);
            }
        },
    );
    if ids.is_empty() {
        ui.weak("No annotation matches.");
    }
    if state.selected.is_some() {
        ui.separator();
        note_editor_ui(ui, state, id, session, out);
    }
}

fn annotation_row_ui(
    ui: &mut Ui,
    state: &AppState,
    id: SessionId,
    session: &Session,
    annotation_id: AnnotationId,
    out: &mut Vec<Command>,
) {
    let Some(annotation) = session.annotation(annotation_id) else {
        return;
    };
    let palette = theme::palette(state.settings.dark_mode);
    let status = session.status(annotation_id).unwrap_or(AnchorStatus::Orphaned);
    let selected = state.selected == Some(annotation_id);
    let paragraph =
        session.location(annotation_id).map_or_else(|| "¶?".to_owned(), |l| format!("¶{}", l.paragraph + 1));
    let quote = annotation.quote().replace('\n', " ");
    let preview: String = quote.graphemes(true).take(80).collect();
    let fill = if selected { ui.visuals().selection.bg_fill.gamma_multiply(0.4) } else { Color32::TRANSPARENT };
    let frame = egui::Frame::new().inner_margin(4.0).corner_radius(4.0).fill(fill);
    let response = frame
        .show(ui, |ui| {
            ui.set_min_height(ROW_HEIGHT - 10.0);
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.weak(&paragraph);
                for tag in &annotation.tags {
                    let (label, color) = session
                        .set()
                        .tags
                        .get(tag)
                        .map_or((tag.to_string(), theme::UNKNOWN_TAG), |t| (t.label.clone(), t.color));
                    tag_chip_ui(ui, &label, color, false);
                }
                match status {
                    AnchorStatus::Anchored => {}
                    AnchorStatus::Moved => {
                        ui.colored_label(palette.warning, "moved: review");
                    }
                    AnchorStatus::Orphaned => {
                        ui.colored_label(palette.error, "orphaned");
                    }
                }
            });
            ui.add(egui::Label::new(format!("“{preview}”")).truncate());
            let note: String = annotation.note.lines().next().unwrap_or_default().graphemes(true).take(60).collect();
            ui.horizontal(|ui| {
                ui.weak(&annotation.author);
                if !note.is_empty() {
                    ui.add(egui::Label::new(RichText::new(format!("Note: {note}")).italics()).truncate());
                }
            });
        })
        .response
        .interact(Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::accesskit::Role::ListItem,
            true,
            selected,
            format!("Annotation {paragraph}: {quote}"),
        )
    });
    if response.clicked() {
        out.push(Command::Select(id, Some(annotation_id), Reveal::Scroll));
    }
}

fn note_editor_ui(ui: &mut Ui, state: &AppState, id: SessionId, session: &Session, out: &mut Vec<Command>) {
    let Some(annotation) = state.selected.and_then(|a| session.annotation(a)) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.strong("Selected highlight");
        for tag in session.set().tags.tags() {
            let on = annotation.tags.contains(&tag.id);
            if tag_chip_ui(ui, &tag.label, if on { tag.color } else { theme::TAG_OFF }, on)
                .on_hover_text(if on { "Click to remove this group" } else { "Click to add this group" })
                .clicked()
            {
                out.push(Command::ToggleTag(id, annotation.id, tag.id.clone()));
            }
        }
    });
    let quote = annotation.quote().replace('\n', " ¶ ");
    ui.add(egui::Label::new(RichText::new(format!("“{quote}”")).italics()).truncate());
    ui.weak(format!("{} · created {} · modified {}", annotation.author, annotation.created, annotation.modified));
    let mut note = annotation.note.clone();
    let response = ui.add(
        egui::TextEdit::multiline(&mut note)
            .hint_text("Note (saved with the highlight)")
            .desired_rows(4)
            .desired_width(f32::INFINITY)
            .id_salt("note-editor"),
    );
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::accesskit::Role::MultilineTextInput, true, "Note");
        info.current_text_value = Some(note.clone());
        info
    });
    if response.changed() {
        out.push(Command::SetNote(id, annotation.id, note));
    }
    if ui.button("Delete highlight").clicked() {
        out.push(Command::Delete(id, annotation.id));
    }
}
