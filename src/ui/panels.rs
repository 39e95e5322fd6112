//! The panels around the document: menu bar, tag palette, annotation list, note
//! editor, find bar and status bar. They read the app state and queue commands.

use egui::{Button, Color32, RichText, Sense, Ui, vec2};
use unicode_segmentation::UnicodeSegmentation;

use super::app::{Command, GlosaApp, OpenDocument};
use super::dialogs::{DialogKind, ExportChoice, TagDraft};
use super::theme;
use crate::model::anchor::AnchorStatus;
use crate::model::{AnnotationId, Tag, TagId};

/// The annotation list's filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Only annotations with this tag.
    pub tag: Option<TagId>,
    /// Only annotations whose quote, note or author contains this (case-insensitive).
    pub text: String,
    /// Only annotations with this status.
    pub status: Option<AnchorStatus>,
}

/// The annotations the list shows, in document order.
pub fn filtered_annotations(doc: &OpenDocument, filter: &ListFilter) -> Vec<AnnotationId> {
    if *filter == ListFilter::default() {
        return doc.order.clone();
    }
    let needle = filter.text.to_lowercase();
    doc.order
        .iter()
        .copied()
        .filter(|id| {
            let Some(a) = doc.workspace.set.annotations.get(id) else {
                return false;
            };
            filter.tag.as_ref().is_none_or(|t| a.tags.contains(t))
                && filter.status.is_none_or(|s| doc.statuses.get(id) == Some(&s))
                && (needle.is_empty()
                    || a.segments.iter().any(|s| s.quote.to_lowercase().contains(&needle))
                    || a.note.to_lowercase().contains(&needle)
                    || a.author.to_lowercase().contains(&needle))
        })
        .collect()
}

/// File, Edit, View and Help menus.
pub fn menu_bar(ui: &mut Ui, app: &mut GlosaApp) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.add(Button::new("Open document…").shortcut_text("Ctrl+O")).clicked() {
                app.command(Command::Dialog(DialogKind::OpenDocument));
            }
            if ui.button("Open annotations…").clicked() {
                app.command(Command::Dialog(DialogKind::OpenAnnotations));
            }
            ui.menu_button("Open recent", |ui| {
                if app.settings.recent.is_empty() {
                    ui.label("(nothing yet)");
                }
                for path in app.settings.recent.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        let command = if super::app::is_annotation_file(&path) {
                            Command::OpenAnnotations(path)
                        } else {
                            Command::OpenDocument(path)
                        };
                        app.command(command);
                    }
                }
            });
            ui.separator();
            let open = app.doc.is_some();
            if ui.add_enabled(open, Button::new("Save").shortcut_text("Ctrl+S")).clicked() {
                app.command(Command::Save);
            }
            if ui.add_enabled(open, Button::new("Save as…").shortcut_text("Ctrl+Shift+S")).clicked() {
                app.command(Command::Dialog(DialogKind::SaveAs));
            }
            if ui.add_enabled(open, Button::new("Export…").shortcut_text("Ctrl+E")).clicked() {
                app.dialogs.export_menu = Some(ExportChoice::default());
            }
            ui.separator();
            if ui.button("Quit").clicked() {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
        ui.menu_button("Edit", |ui| {
            let (can_undo, can_redo) =
                app.doc.as_ref().map_or((false, false), |d| (d.history.can_undo(), d.history.can_redo()));
            if ui.add_enabled(can_undo, Button::new("Undo").shortcut_text("Ctrl+Z")).clicked() {
                app.command(Command::Undo);
            }
            if ui.add_enabled(can_redo, Button::new("Redo").shortcut_text("Ctrl+Shift+Z")).clicked() {
                app.command(Command::Redo);
            }
            ui.separator();
            if ui.add_enabled(app.selection.is_some(), Button::new("Copy").shortcut_text("Ctrl+C")).clicked() {
                app.command(Command::Copy);
            }
            if ui.add_enabled(app.selected.is_some(), Button::new("Delete highlight").shortcut_text("Delete")).clicked()
            {
                app.command(Command::DeleteSelected);
            }
            if ui.add(Button::new("Find…").shortcut_text("Ctrl+F")).clicked() {
                app.search.open = true;
                app.search.focus = true;
            }
        });
        ui.menu_button("View", |ui| {
            let theme_label = if app.settings.dark_mode { "Light theme" } else { "Dark theme" };
            if ui.button(theme_label).clicked() {
                app.command(Command::ToggleTheme);
            }
            if ui.add(Button::new("Larger text").shortcut_text("Ctrl+plus")).clicked() {
                app.command(Command::FontSize(1.0));
            }
            if ui.add(Button::new("Smaller text").shortcut_text("Ctrl+minus")).clicked() {
                app.command(Command::FontSize(-1.0));
            }
        });
        ui.menu_button("Help", |ui| {
            if ui.add(Button::new("Keyboard shortcuts").shortcut_text("F1")).clicked() {
                app.dialogs.help = true;
            }
            ui.label(format!("Glosa {}", env!("CARGO_PKG_VERSION")));
        });
    });
}

/// Title, counts, file and saved state.
pub fn status_bar(ui: &mut Ui, app: &GlosaApp) {
    ui.horizontal(|ui| {
        match &app.doc {
            Some(doc) => {
                let review = doc.review_count;
                ui.label(RichText::new(doc.workspace.document.title()).strong());
                ui.separator();
                ui.label(format!("{} paragraphs", doc.workspace.document.paragraphs().len()));
                ui.separator();
                ui.label(format!("{} annotations", doc.workspace.set.annotations.len()));
                if review > 0 {
                    ui.label(RichText::new(format!("({review} need review)")).color(Color32::from_rgb(200, 120, 0)));
                }
                ui.separator();
                ui.label(doc.workspace.annotations_path.display().to_string())
                    .on_hover_text(format!("Document: {}", doc.workspace.document_path.display()));
                ui.separator();
                if doc.dirty {
                    ui.label(RichText::new("unsaved").color(Color32::from_rgb(200, 120, 0)));
                } else {
                    ui.label("saved");
                }
            }
            None => {
                ui.label("No document open");
            }
        }
        if !app.message.is_empty() {
            ui.separator();
            ui.weak(&app.message);
        }
    });
}

/// A small coloured chip with a tag's label.
fn tag_chip(ui: &mut Ui, label: &str, color: crate::model::Color, selected: bool) -> egui::Response {
    let text = RichText::new(label).small().color(Color32::WHITE);
    let fill = theme::tag_color(color);
    let button = Button::new(text).fill(fill).corner_radius(8.0).min_size(vec2(0.0, 16.0)).selected(selected);
    let response = ui.add(button);
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, selected, format!("Tag {label}"))
    });
    response
}

/// The stakeholder groups: colour, shortcut, count, visibility; click to tag.
pub fn tag_palette(ui: &mut Ui, app: &mut GlosaApp) {
    ui.heading("Stakeholder groups");
    let Some(doc) = app.doc.as_ref() else {
        ui.weak("No document open.");
        return;
    };
    let hint = if app.selection.is_some() {
        "Click a group or press its number to tag the selection."
    } else if app.selected.is_some() {
        "Click a group or press its number to add or remove it on the selected highlight."
    } else {
        "Select text in the document, then click a group or press its number."
    };
    ui.weak(hint);
    ui.add_space(4.0);
    let tags: Vec<Tag> = doc.workspace.set.tags.tags().to_vec();
    let counts = doc.tag_counts.clone();
    let selected_tags = app.selected.and_then(|id| doc.workspace.set.annotations.get(&id)).map(|a| a.tags.clone());
    let mut commands = Vec::new();
    egui::ScrollArea::vertical().id_salt("tag-palette").show(ui, |ui| {
        for (position, tag) in tags.iter().enumerate() {
            ui.horizontal(|ui| {
                let mut visible = !app.hidden_tags.contains(&tag.id);
                let checkbox = ui.checkbox(&mut visible, "").on_hover_text("Show or hide this group's highlights");
                checkbox.widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::accesskit::Role::CheckBox,
                        true,
                        visible,
                        format!("Show {}", tag.label),
                    )
                });
                if checkbox.changed() {
                    commands.push(Command::ToggleTagVisibility(tag.id.clone()));
                }
                let (swatch, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
                ui.painter().rect_filled(swatch, 3.0, theme::tag_color(tag.color));
                let on_selected = selected_tags.as_ref().is_some_and(|t| t.contains(&tag.id));
                let shortcut = tag.shortcut.map(|d| d.to_string()).unwrap_or_default();
                let count = counts.get(&tag.id).copied().unwrap_or(0);
                let button = Button::new(RichText::new(&tag.label))
                    .shortcut_text(format!("{shortcut}  {count}"))
                    .selected(on_selected)
                    .min_size(vec2(ui.available_width() - 4.0, 0.0));
                let response = ui.add(button).on_hover_text(&tag.description);
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, on_selected, &tag.label)
                });
                if response.clicked() {
                    commands.push(Command::ApplyTag(tag.id.clone()));
                }
                response.context_menu(|ui| {
                    if ui.button("Rename, recolour…").clicked() {
                        app.dialogs.tag_draft = Some(TagDraft {
                            id: Some(tag.id.clone()),
                            label: tag.label.clone(),
                            description: tag.description.clone(),
                            color: [tag.color.r, tag.color.g, tag.color.b],
                        });
                    }
                    if ui.add_enabled(position > 0, Button::new("Move up")).clicked() {
                        commands.push(Command::MoveTag(tag.id.clone(), -1));
                    }
                    if ui.add_enabled(position + 1 < tags.len(), Button::new("Move down")).clicked() {
                        commands.push(Command::MoveTag(tag.id.clone(), 1));
                    }
                    if ui.button("Delete…").clicked() {
                        app.dialogs.confirm_delete_tag = Some(tag.id.clone());
                    }
                    if ui.button("Show only this group in the list").clicked() {
                        app.filter.tag = Some(tag.id.clone());
                    }
                });
            });
        }
        ui.add_space(6.0);
        if ui.button("+ Add tag…").clicked() {
            // Suggest a colour no tag uses yet.
            let used: Vec<[u8; 3]> = tags.iter().map(|t| [t.color.r, t.color.g, t.color.b]).collect();
            let color = theme::NEW_TAG_COLORS.iter().copied().find(|c| !used.contains(c)).unwrap_or([0x55, 0x77, 0x99]);
            app.dialogs.tag_draft =
                Some(TagDraft { id: None, label: String::new(), description: String::new(), color });
        }
        ui.weak("Right-click a group to rename, recolour, reorder or delete it.");
    });
    for command in commands {
        app.command(command);
    }
}

/// The annotation list (with filters) above the note editor.
pub fn annotation_panel(ui: &mut Ui, app: &mut GlosaApp) {
    let Some(doc) = app.doc.as_ref() else {
        ui.heading("Annotations");
        return;
    };
    let editor_height = if app.selected.is_some() { 230.0 } else { 0.0 };
    ui.heading(format!("Annotations ({})", doc.workspace.set.annotations.len()));
    let mut filter = app.filter.clone();
    ui.horizontal_wrapped(|ui| {
        let tag_label = filter.tag.as_ref().map_or("All groups".to_owned(), |t| {
            doc.workspace.set.tags.get(t).map_or(t.to_string(), |tag| tag.label.clone())
        });
        egui::ComboBox::new("filter-tag", "Group").selected_text(tag_label).width(120.0).show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.tag, None, "All groups");
            for tag in doc.workspace.set.tags.tags() {
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
    // The filtered list is recomputed only when the filter or the annotations change.
    let ids = match app.list_cache.take() {
        Some((cached_filter, version, ids)) if cached_filter == filter && version == doc.version => ids,
        _ => filtered_annotations(doc, &filter),
    };
    let mut commands = Vec::new();
    let row_height = 58.0;
    let list_height = (ui.available_height() - editor_height).max(80.0);
    egui::ScrollArea::vertical().id_salt("annotation-list").max_height(list_height).auto_shrink(false).show_rows(
        ui,
        row_height,
        ids.len(),
        |ui, range| {
            for id in &ids[range] {
                annotation_row(ui, app, doc, *id, row_height, &mut commands);
            }
        },
    );
    if ids.is_empty() {
        ui.weak("No annotation matches.");
    }
    let version = doc.version;
    app.list_cache = Some((filter.clone(), version, ids));
    app.filter = filter;
    if app.selected.is_some() {
        ui.separator();
        note_editor(ui, app, &mut commands);
    }
    for command in commands {
        app.command(command);
    }
}

fn annotation_row(
    ui: &mut Ui,
    app: &GlosaApp,
    doc: &OpenDocument,
    id: AnnotationId,
    height: f32,
    commands: &mut Vec<Command>,
) {
    let Some(annotation) = doc.workspace.set.annotations.get(&id) else {
        return;
    };
    let status = doc.statuses.get(&id).copied().unwrap_or(AnchorStatus::Orphaned);
    let selected = app.selected == Some(id);
    let paragraph = doc
        .anchors
        .get(&id)
        .and_then(|a| a.segments.iter().find_map(|s| s.location))
        .map_or_else(|| "¶?".to_owned(), |l| format!("¶{}", l.paragraph + 1));
    let quote = annotation.quote().replace('\n', " ");
    let preview: String = quote.graphemes(true).take(80).collect();
    let frame = egui::Frame::new().inner_margin(4.0).corner_radius(4.0).fill(if selected {
        ui.visuals().selection.bg_fill.gamma_multiply(0.4)
    } else {
        Color32::TRANSPARENT
    });
    let response = frame
        .show(ui, |ui| {
            ui.set_min_height(height - 10.0);
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.weak(&paragraph);
                for tag in &annotation.tags {
                    let (label, color) = doc
                        .workspace
                        .set
                        .tags
                        .get(tag)
                        .map_or((tag.to_string(), theme::UNKNOWN_TAG), |t| (t.label.clone(), t.color));
                    tag_chip(ui, &label, color, false);
                }
                match status {
                    AnchorStatus::Anchored => {}
                    AnchorStatus::Moved => {
                        ui.colored_label(Color32::from_rgb(200, 120, 0), "moved: review");
                    }
                    AnchorStatus::Orphaned => {
                        ui.colored_label(Color32::from_rgb(200, 60, 60), "orphaned");
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
        commands.push(Command::SelectAnnotation(Some(id), true));
    }
}

fn note_editor(ui: &mut Ui, app: &mut GlosaApp, commands: &mut Vec<Command>) {
    let Some(doc) = app.doc.as_ref() else {
        return;
    };
    let Some(annotation) = app.selected.and_then(|id| doc.workspace.set.annotations.get(&id)) else {
        return;
    };
    let id = annotation.id;
    ui.horizontal_wrapped(|ui| {
        ui.strong("Selected highlight");
        for tag in doc.workspace.set.tags.tags() {
            let on = annotation.tags.contains(&tag.id);
            if tag_chip(ui, &tag.label, if on { tag.color } else { crate::model::Color { r: 150, g: 150, b: 150 } }, on)
                .on_hover_text(if on { "Click to remove this group" } else { "Click to add this group" })
                .clicked()
            {
                commands.push(Command::ApplyTag(tag.id.clone()));
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
        commands.push(Command::SetNote(id, note));
    }
    if ui.button("Delete highlight").clicked() {
        commands.push(Command::DeleteSelected);
    }
}

/// Ctrl+F: query, hit count, previous / next, tag all hits.
pub fn search_bar(ui: &mut Ui, app: &mut GlosaApp) {
    ui.horizontal(|ui| {
        ui.label("Find");
        let response = ui.add(
            egui::TextEdit::singleline(&mut app.search.query).hint_text("text in the document").desired_width(260.0),
        );
        if app.search.focus {
            response.request_focus();
            app.search.focus = false;
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            let back = ui.input(|i| i.modifiers.shift);
            app.next_hit(!back);
            response.request_focus();
        }
        let count = app.search.hits.len();
        let position = app.search.current.map_or(0, |i| i + 1);
        ui.label(if app.search.query.is_empty() { String::new() } else { format!("{position} / {count}") });
        if ui.add_enabled(count > 0, Button::new("Previous")).on_hover_text("Previous (Shift+F3)").clicked() {
            app.next_hit(false);
        }
        if ui.add_enabled(count > 0, Button::new("Next")).on_hover_text("Next (F3)").clicked() {
            app.next_hit(true);
        }
        let tags: Vec<(TagId, String)> = app
            .doc
            .as_ref()
            .map(|d| d.workspace.set.tags.tags().iter().map(|t| (t.id.clone(), t.label.clone())).collect())
            .unwrap_or_default();
        ui.add_enabled_ui(count > 0, |ui| {
            ui.menu_button("Tag all hits with…", |ui| {
                for (id, label) in tags {
                    if ui.button(label).clicked() {
                        app.command(Command::TagAllHits(id));
                    }
                }
            });
        });
        if ui.button("Close").on_hover_text("Close (Escape)").clicked() {
            app.search.open = false;
        }
    });
    ui.separator();
}
