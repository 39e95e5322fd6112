//! The annotation list (with its filters) above the note editor of the selected
//! highlight.

use egui::{Color32, RichText, Sense, Ui};
use unicode_segmentation::UnicodeSegmentation;

use super::tag_chip_ui;
use crate::model::AnnotationId;
use crate::model::anchor::AnchorStatus;
use crate::session::{Session, SessionId};
use crate::t;
use crate::ui::bidi;
use crate::ui::bidi::HoverText as _;
use crate::ui::command::{Command, Panel, Reveal};
use crate::ui::i18n;
use crate::ui::state::AppState;
use crate::ui::theme;

/// Height of one row of the list, in points.
const ROW_HEIGHT: f32 = 58.0;
/// The note editor's height before it is measured, in points.
const EDITOR_HEIGHT_GUESS: f32 = 230.0;

/// The egui ID of an annotation's row in the list (F6 gives it the keyboard).
pub fn annotation_row_id(annotation: AnnotationId) -> egui::Id {
    egui::Id::unique(("glosa-annotation-row", annotation.to_string()))
}

/// The egui ID of the note editor.
pub fn note_editor_id() -> egui::Id {
    egui::Id::unique("glosa-note-editor")
}

/// The annotation panel: heading, filters, the list, and below it the note editor
/// of the selected highlight, which always gets its full height (the list gets
/// the rest, and scrolls). Mirrored in a right-to-left interface
/// ([`bidi::column`]): each row starts on the right.
pub fn annotation_panel_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    bidi::column(ui, |ui| list_panel_ui(ui, state, out));
}

fn list_panel_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some((id, session)) = state.session() else {
        super::panel_heading_ui(ui, &t!("annotations-heading"), Panel::Annotations, out);
        return;
    };
    let total = session.set().annotations.len();
    let heading = if state.filter.is_empty() {
        t!("annotations-heading-count", count = total)
    } else {
        t!("annotations-heading-filtered", shown = state.list.len(), count = total)
    };
    super::panel_heading_ui(ui, &heading, Panel::Annotations, out);
    let mut filter = state.filter.clone();
    bidi::row_wrapped(ui, |ui| {
        let tag_label = filter.tag.as_ref().map_or_else(
            || t!("filter-all-groups"),
            |t| session.set().tags.get(t).map_or_else(|| session.tag_label(t), i18n::tag_label_shown),
        );
        let combo = egui::ComboBox::new("filter-tag", t!("filter-group")).width(120.0);
        bidi::combo_box(ui, combo, &tag_label, |ui| {
            ui.selectable_value(&mut filter.tag, None, t!("filter-all-groups"));
            for tag in session.set().tags.tags() {
                ui.selectable_value(&mut filter.tag, Some(tag.id.clone()), i18n::tag_label_shown(tag));
            }
        });
        let status_label = filter.status.map_or_else(|| t!("filter-any-status"), status_name);
        let combo = egui::ComboBox::new("filter-status", t!("filter-status")).width(80.0);
        bidi::combo_box(ui, combo, &status_label, |ui| {
            ui.selectable_value(&mut filter.status, None, t!("filter-any-status"));
            for status in [AnchorStatus::Anchored, AnchorStatus::Moved, AnchorStatus::Orphaned] {
                ui.selectable_value(&mut filter.status, Some(status), status_name(status));
            }
        });
    });
    let field = crate::ui::bidi::reading_field(egui::TextEdit::singleline(&mut filter.text));
    crate::ui::bidi::field_ui(ui, field.hint_text(t!("filter-text-hint")).desired_width(f32::INFINITY));
    if filter != state.filter {
        out.push(Command::SetFilter(filter));
    }
    // The note editor gets the height it needed last frame (leaving the list at
    // least two rows; beyond that it scrolls); the list gets the rest.
    let measured_id = ui.scope_id().with("note-editor-height");
    let editor_cap = (ui.available_height() - 2.0 * ROW_HEIGHT - 8.0).max(120.0);
    let editor_height = if state.selected.is_some() {
        ui.data(|d| d.get_temp::<f32>(measured_id)).unwrap_or(EDITOR_HEIGHT_GUESS).min(editor_cap)
    } else {
        0.0
    };
    let list_height = (ui.available_height() - editor_height).max(ROW_HEIGHT);
    crate::ui::team::hidden_in_list_ui(ui, state, out);
    let ids = &state.list;
    if ids.is_empty() {
        ui.weak(t!("annotations-none-match"));
    }
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
    if state.selected.is_some() {
        let top = ui.cursor().top();
        ui.separator();
        let editor = egui::ScrollArea::vertical()
            .id_salt("note-editor-scroll")
            .max_height(editor_cap)
            .show(ui, |ui| note_editor_ui(ui, state, id, session, out));
        let needed = editor.content_size.y + (editor.inner_rect.top() - top) + ui.spacing().item_spacing.y;
        ui.data_mut(|d| d.insert_temp(measured_id, needed));
        if (needed.min(editor_cap) - editor_height).abs() > 0.5 {
            // Lay the panel out again at once with the right split.
            ui.ctx().request_discard("the note editor's height changed");
        }
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
            bidi::row(ui, |ui| {
                ui.weak(&paragraph);
                for tag in &annotation.tags {
                    let (label, color) = session
                        .set()
                        .tags
                        .get(tag)
                        .map_or((tag.to_string(), theme::UNKNOWN_TAG), |t| (i18n::tag_label_shown(t), t.color));
                    tag_chip_ui(ui, &label, color, false);
                }
                match status {
                    AnchorStatus::Anchored => {}
                    AnchorStatus::Moved => {
                        ui.colored_label(palette.warning, t!("annotation-moved"));
                    }
                    AnchorStatus::Orphaned => {
                        ui.colored_label(palette.error, t!("annotation-orphaned"));
                    }
                }
            });
            ui.add(egui::Label::new(format!("“{preview}”")).truncate());
            let note: String = annotation.note.lines().next().unwrap_or_default().graphemes(true).take(60).collect();
            bidi::row(ui, |ui| {
                if let Some(authors) = state.team.authors.as_ref().filter(|a| a.shows_people()) {
                    crate::ui::team::author_chip_ui(ui, authors.people.person_of(&annotation.author));
                }
                ui.weak(&annotation.author);
                if !note.is_empty() {
                    ui.add(
                        egui::Label::new(RichText::new(t!("annotation-note-preview", note = note.as_str())).italics())
                            .truncate(),
                    );
                }
            });
        })
        .response;
    let response = ui.interact(response.rect, annotation_row_id(annotation_id), Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::accesskit::Role::ListItem,
            true,
            selected,
            t!("annotation-row", paragraph = paragraph.as_str(), quote = quote.as_str()),
        )
    });
    if response.clicked() {
        out.push(Command::Select(id, Some(annotation_id), Reveal::Scroll));
        // Enter on the row (it has the keyboard): write its note.
        if response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            out.push(Command::FocusNote);
        }
    }
}

fn note_editor_ui(ui: &mut Ui, state: &AppState, id: SessionId, session: &Session, out: &mut Vec<Command>) {
    let Some(annotation) = state.selected.and_then(|a| session.annotation(a)) else {
        return;
    };
    bidi::row_wrapped(ui, |ui| {
        ui.strong(t!("note-heading"));
        for tag in session.set().tags.tags() {
            let on = annotation.tags.contains(&tag.id);
            if tag_chip_ui(ui, &i18n::tag_label_shown(tag), if on { tag.color } else { theme::TAG_OFF }, on)
                .hover_text(if on { t!("note-tag-remove") } else { t!("note-tag-add") })
                .clicked()
            {
                out.push(Command::ToggleTag(id, annotation.id, tag.id.clone()));
            }
        }
    });
    let quote = annotation.quote().replace('\n', " ¶ ");
    ui.add(egui::Label::new(RichText::new(format!("“{quote}”")).italics()).truncate());
    // Dates only (the full times on hover), so the line fits narrow panels.
    let (created, modified) = (date_shown(annotation.created), date_shown(annotation.modified));
    let author = annotation.author.as_str();
    let meta = if created == modified {
        t!("note-meta", author = author, created = created)
    } else {
        t!("note-meta-changed", author = author, created = created, modified = modified)
    };
    ui.weak(meta).hover_text(t!(
        "note-meta-times",
        created = date_time_shown(annotation.created),
        modified = date_time_shown(annotation.modified)
    ));
    let mut note = annotation.note.clone();
    let response = ui.add(
        egui::TextEdit::multiline(&mut note)
            .hint_text(t!("note-hint"))
            .desired_rows(4)
            .desired_width(f32::INFINITY)
            .id(note_editor_id()),
    );
    if state.focus_note {
        response.request_focus();
        out.push(Command::NoteFocused);
    }
    // Escape leaves the note (egui lets go of the field) for the document.
    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        out.push(Command::FocusDocument);
    }
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::accesskit::Role::MultilineTextInput, true, t!("note-label"));
        info.current_text_value = Some(note.clone());
        info
    });
    if response.changed() {
        out.push(Command::SetNote(id, annotation.id, note));
    }
    if ui.button(t!("action-delete-highlight")).clicked() {
        out.push(Command::Delete(id, annotation.id));
    }
}

/// An anchor status in the interface language.
fn status_name(status: AnchorStatus) -> String {
    match status {
        AnchorStatus::Anchored => t!("anchor-anchored"),
        AnchorStatus::Moved => t!("anchor-moved"),
        AnchorStatus::Orphaned => t!("anchor-orphaned"),
    }
}

/// The day of `time` as the interface language writes dates (`format-date` in
/// the catalogue, a strftime pattern), in the local time zone.
pub fn date_shown(time: crate::model::Timestamp) -> String {
    local_time(time, "format-date", "%Y-%m-%d")
}

/// The day and time (to the minute) of `time` as the interface language writes
/// them (`format-date-time`), in the local time zone: what the list's tooltip and
/// a highlight's tooltip show.
pub fn date_time_shown(time: crate::model::Timestamp) -> String {
    local_time(time, "format-date-time", "%Y-%m-%d %H:%M")
}

/// `time` in the local zone formatted by the pattern of catalogue key `key`, or
/// by `fallback` when the catalogue's pattern cannot format it.
fn local_time(time: crate::model::Timestamp, key: &str, fallback: &str) -> String {
    let zoned = time.to_zoned_datetime(jiff::tz::TimeZone::system());
    let pattern = i18n::tr_logical(key);
    jiff::fmt::strtime::format(pattern.as_str(), &zoned)
        .or_else(|_| jiff::fmt::strtime::format(fallback, &zoned))
        .unwrap_or_else(|_| time.to_string())
}
