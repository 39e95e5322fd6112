//! The coded segments view: every excerpt with some tags (and/or, not),
//! filtered by document attributes, author, status and text, with its document,
//! ¶ and note; a click opens the document at the passage; the view exports as
//! CSV, CSV for Excel, XLSX, Markdown or JSON. Its filters also apply to the
//! tables and (the attribute conditions) to the corpus search.

use egui::{Color32, RichText, Sense, Ui};

use super::command::{ProjectCommand, ProjectModal};
use crate::export::segments::SegmentFormat;
use crate::model::TagId;
use crate::model::anchor::AnchorStatus;
use crate::model::attributes::{AttributeKind, Comparison, Condition};
use crate::session::project::{CodedSegment, Corpus, SegmentQuery};
use crate::t;
use crate::ui::bidi::HoverText as _;
use crate::ui::command::{Command, Modal};
use crate::ui::state::AppState;
use crate::ui::theme;

/// Height of one result row, in points.
const ROW_HEIGHT: f32 = 56.0;

/// The comparisons offered, in menu order.
const COMPARISONS: [Comparison; 6] = [
    Comparison::Equal,
    Comparison::NotEqual,
    Comparison::Less,
    Comparison::LessOrEqual,
    Comparison::Greater,
    Comparison::GreaterOrEqual,
];

/// A menu of the codebook's codes with a checkbox each, editing `chosen`.
fn tags_menu_ui(ui: &mut Ui, corpus: &Corpus, title: &str, chosen: &mut Vec<TagId>) -> bool {
    let codebook = corpus.codebook();
    let names: Vec<String> = chosen.iter().map(|t| codebook.label(t)).collect();
    let text = if names.is_empty() { format!("{title}: —") } else { format!("{title}: {}", names.join(", ")) };
    let mut changed = false;
    crate::ui::bidi::menu_button(ui, text, |ui| {
        for (tag, depth) in codebook.tree() {
            let mut on = chosen.contains(&tag.id);
            let label = format!("{}{}", "    ".repeat(depth), tag.label);
            if crate::ui::bidi::checkbox(ui, &mut on, label).changed() {
                if on {
                    chosen.push(tag.id.clone());
                } else {
                    chosen.retain(|t| t != &tag.id);
                }
                changed = true;
            }
        }
    });
    changed
}

/// The query's controls; returns the changed query, if changed.
fn query_ui(ui: &mut Ui, state: &AppState, corpus: &Corpus) -> Option<SegmentQuery> {
    let mut query = state.projects.segments.query.clone();
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("segments-tags"));
        changed |= tags_menu_ui(ui, corpus, &t!("segments-any-of"), &mut query.any_tags);
        changed |= tags_menu_ui(ui, corpus, &t!("segments-and-also"), &mut query.all_tags);
        changed |= tags_menu_ui(ui, corpus, &t!("segments-not"), &mut query.not_tags);
        let mut sub_codes = !query.exact_tags;
        if ui.checkbox(&mut sub_codes, t!("segments-sub-codes")).changed() {
            query.exact_tags = !sub_codes;
            changed = true;
        }
    });
    ui.horizontal_wrapped(|ui| changed |= conditions_ui(ui, corpus, &mut query.conditions));
    ui.horizontal_wrapped(|ui| changed |= others_ui(ui, state, &mut query));
    changed.then_some(query)
}

/// The attribute conditions, each removable, and "+ Condition"; whether any changed.
fn conditions_ui(ui: &mut Ui, corpus: &Corpus, conditions: &mut Vec<Condition>) -> bool {
    ui.label(t!("segments-documents-where"));
    let mut changed = false;
    let mut remove = None;
    for (i, condition) in conditions.iter_mut().enumerate() {
        changed |= condition_ui(ui, corpus, i, condition);
        if ui.small_button("×").hover_text(t!("segments-remove-condition")).clicked() {
            remove = Some(i);
        }
    }
    if let Some(i) = remove {
        conditions.remove(i);
        changed = true;
    }
    if let Some(first) = corpus.attributes().attributes().first()
        && ui.button(t!("segments-add-condition")).clicked()
    {
        conditions.push(Condition { attribute: first.id.clone(), comparison: Comparison::Equal, value: String::new() });
        changed = true;
    }
    changed
}

/// Condition `i` (numbered from 1 for screen readers): attribute, comparison,
/// value (a list for one-of attributes); whether it changed.
fn condition_ui(ui: &mut Ui, corpus: &Corpus, i: usize, condition: &mut Condition) -> bool {
    let mut changed = false;
    let label = corpus
        .attributes()
        .get(&condition.attribute)
        .map_or_else(|| condition.attribute.to_string(), super::attribute_label);
    let name = |part: &str| t!("segments-condition-name", number = i + 1, part = t!(part));
    let combo = egui::ComboBox::from_id_salt(("condition-attribute", i));
    let combo = crate::ui::bidi::combo_box(ui, combo, &label, |ui| {
        for attribute in corpus.attributes().attributes() {
            if ui.selectable_label(attribute.id == condition.attribute, super::attribute_label(attribute)).clicked() {
                condition.attribute = attribute.id.clone();
                condition.value.clear();
                changed = true;
            }
        }
    });
    combo.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::ComboBox, true, name("segments-condition-attribute"))
    });
    let combo = egui::ComboBox::from_id_salt(("condition-comparison", i)).width(40.0);
    let combo = crate::ui::bidi::combo_box(ui, combo, condition.comparison.as_str(), |ui| {
        for comparison in COMPARISONS {
            if ui.selectable_label(comparison == condition.comparison, comparison.as_str()).clicked() {
                condition.comparison = comparison;
                changed = true;
            }
        }
    });
    combo.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::ComboBox, true, name("segments-condition-comparison"))
    });
    if let Some(AttributeKind::OneOf(choices)) = corpus.attributes().get(&condition.attribute).map(|a| &a.kind) {
        let shown = if condition.value.is_empty() {
            t!("segments-no-value")
        } else {
            super::value_label_shown(corpus, &condition.value)
        };
        let combo = egui::ComboBox::from_id_salt(("condition-value", i));
        let combo = crate::ui::bidi::combo_box(ui, combo, &shown, |ui| {
            for choice in std::iter::once(String::new()).chain(choices.iter().cloned()) {
                let label =
                    if choice.is_empty() { t!("segments-no-value") } else { super::value_label_shown(corpus, &choice) };
                if ui.selectable_label(choice == condition.value, label).clicked() {
                    condition.value = choice;
                    changed = true;
                }
            }
        });
        combo.response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::accesskit::Role::ComboBox, true, name("segments-condition-value"))
        });
    } else {
        let field = crate::ui::bidi::field_ui(
            ui,
            crate::ui::bidi::reading_field(egui::TextEdit::singleline(&mut condition.value))
                .desired_width(140.0)
                .id_salt(("condition-text", i)),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::accesskit::Role::TextInput, true, name("segments-condition-value"))
        });
        changed |= field.changed();
    }
    changed
}

/// Authors, statuses, the text filter and "Clear filters"; whether any changed.
fn others_ui(ui: &mut Ui, state: &AppState, query: &mut SegmentQuery) -> bool {
    let mut changed = false;
    let authors = &state.projects.authors;
    let text = if query.authors.is_empty() {
        t!("segments-authors-all")
    } else {
        t!("segments-authors", names = query.authors.join(", "))
    };
    crate::ui::bidi::menu_button(ui, text, |ui| {
        for author in authors {
            let mut on = query.authors.contains(author);
            if crate::ui::bidi::checkbox(ui, &mut on, author).changed() {
                if on {
                    query.authors.push(author.clone());
                } else {
                    query.authors.retain(|a| a != author);
                }
                changed = true;
            }
        }
    });
    ui.label(t!("segments-status"));
    for status in [AnchorStatus::Anchored, AnchorStatus::Moved, AnchorStatus::Orphaned] {
        let mut on = query.statuses.contains(&status);
        let label = match status {
            AnchorStatus::Anchored => t!("anchor-anchored"),
            AnchorStatus::Moved => t!("anchor-moved"),
            AnchorStatus::Orphaned => t!("anchor-orphaned"),
        };
        if crate::ui::bidi::checkbox(ui, &mut on, label).changed() {
            if on {
                query.statuses.push(status);
            } else {
                query.statuses.retain(|s| *s != status);
            }
            changed = true;
        }
    }
    let field = crate::ui::bidi::field_ui(
        ui,
        crate::ui::bidi::reading_field(egui::TextEdit::singleline(&mut query.text))
            .hint_text(t!("segments-text-hint"))
            .desired_width(180.0)
            .id_salt("segments-text"),
    );
    field.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::TextInput, true, t!("segments-containing")));
    changed |= field.changed();
    if ui.button(t!("segments-clear-filters")).clicked() {
        *query = SegmentQuery::default();
        changed = true;
    }
    changed
}

/// The coded segments view.
pub fn segments_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(corpus) = state.project.corpus() else {
        return;
    };
    ui.heading(t!("project-view-segments"));
    if let Some(query) = query_ui(ui, state, corpus) {
        out.push(Command::Project(ProjectCommand::Query(query)));
    }
    let panel = &state.projects.segments;
    let palette = theme::palette(state.settings.dark_mode);
    ui.horizontal(|ui| {
        if state.project.index().is_none() {
            ui.weak(t!("project-reading-files"));
            return;
        }
        let documents: std::collections::BTreeSet<usize> = panel.rows.iter().map(|r| r.document).collect();
        ui.strong(t!("segments-count", count = panel.rows.len(), documents = documents.len()));
        ui.weak(crate::ui::i18n::shown(describe_query(&panel.query, corpus)));
        if ui.add_enabled(!panel.rows.is_empty(), egui::Button::new(t!("button-export"))).clicked() {
            out.push(Command::ShowModal(Modal::Project(ProjectModal::ExportSegments(SegmentFormat::Csv))));
        }
    });
    if let Some(error) = &panel.error {
        ui.colored_label(palette.error, error);
    }
    ui.separator();
    segment_list_ui(ui, state, corpus, &panel.rows, "segments", out);
}

/// A list of coded segments; a click opens one at its passage.
pub fn segment_list_ui(
    ui: &mut Ui,
    state: &AppState,
    corpus: &Corpus,
    rows: &[CodedSegment],
    id: &str,
    out: &mut Vec<Command>,
) {
    let palette = theme::palette(state.settings.dark_mode);
    egui::ScrollArea::vertical().id_salt(id).auto_shrink([false, false]).show_rows(
        ui,
        ROW_HEIGHT,
        rows.len(),
        |ui, range| {
            for row in rows.get(range).unwrap_or_default() {
                let key = corpus.documents().get(row.document).map_or("", |d| d.key.as_str());
                let place = row.ordinals.map_or_else(|| "¶?".to_owned(), |o| o.to_string());
                let quote = row.quote.replace('\n', " ");
                let frame = egui::Frame::new().inner_margin(4.0).corner_radius(4.0).fill(Color32::TRANSPARENT);
                let response = frame
                    .show(ui, |ui| {
                        ui.set_min_height(ROW_HEIGHT - 10.0);
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            ui.weak(key);
                            ui.weak(&place);
                            let color = row
                                .tag
                                .as_ref()
                                .and_then(|t| corpus.codebook().get(t))
                                .map_or(theme::UNKNOWN_TAG, |t| t.color);
                            ui.label(
                                RichText::new(&row.tag_label)
                                    .small()
                                    .color(Color32::WHITE)
                                    .background_color(theme::tag_color(color)),
                            );
                            ui.weak(&row.author);
                            match row.status {
                                AnchorStatus::Anchored => {}
                                AnchorStatus::Moved => {
                                    ui.colored_label(palette.warning, t!("segments-moved"));
                                }
                                AnchorStatus::Orphaned => {
                                    ui.colored_label(palette.error, t!("segments-orphaned"));
                                }
                            }
                        });
                        crate::ui::bidi::cell_label_ui(ui, &format!("“{quote}”"), RichText::new);
                        if !row.note.is_empty() {
                            let note = row.note.lines().next().unwrap_or_default();
                            ui.add(
                                egui::Label::new(RichText::new(t!("segments-note", note = note)).italics()).truncate(),
                            );
                        }
                    })
                    .response
                    .interact(Sense::click());
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::accesskit::Role::Button,
                        true,
                        t!(
                            "segments-row-name",
                            key = key,
                            place = place.as_str(),
                            tag = row.tag_label.as_str(),
                            quote = quote.as_str()
                        ),
                    )
                });
                let response = response.hover_text(t!("segments-open-tooltip"));
                if response.clicked() {
                    out.push(Command::Project(ProjectCommand::OpenSegment(Box::new(row.clone()))));
                }
            }
        },
    );
    if rows.is_empty() && state.project.index().is_some() {
        ui.weak(t!("segments-none"));
    }
}

/// What `query` keeps, in the interface language, logical order (the app's words
/// for [`SegmentQuery::describe`], which the CLI and exports keep in English):
/// tags by their labels, statuses by their names, parts joined by `; `.
pub fn describe_query(query: &SegmentQuery, corpus: &Corpus) -> String {
    use crate::ui::i18n::{tr_args_logical, tr_logical};
    let codebook = corpus.codebook();
    let tags = |tags: &[TagId]| {
        tags.iter()
            .map(|t| codebook.get(t).map_or_else(|| t.to_string(), crate::ui::i18n::tag_label))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = Vec::new();
    for (list, key) in
        [(&query.any_tags, "query-any-tags"), (&query.all_tags, "query-all-tags"), (&query.not_tags, "query-not-tags")]
    {
        if !list.is_empty() {
            parts.push(tr_args_logical(key, &[("tags", tags(list).into())]));
        }
    }
    if query.exact_tags && !(query.any_tags.is_empty() && query.all_tags.is_empty() && query.not_tags.is_empty()) {
        parts.push(tr_logical("query-exact"));
    }
    parts.extend(query.conditions.iter().map(ToString::to_string));
    if !query.authors.is_empty() {
        parts.push(tr_args_logical("query-authors", &[("authors", query.authors.join(", ").into())]));
    }
    if !query.statuses.is_empty() {
        let statuses: Vec<String> = query
            .statuses
            .iter()
            .map(|s| {
                tr_logical(match s {
                    AnchorStatus::Anchored => "anchor-anchored",
                    AnchorStatus::Moved => "anchor-moved",
                    AnchorStatus::Orphaned => "anchor-orphaned",
                })
            })
            .collect();
        parts.push(tr_args_logical("query-statuses", &[("statuses", statuses.join(", ").into())]));
    }
    if !query.text.trim().is_empty() {
        parts.push(tr_args_logical("query-text", &[("text", query.text.trim().into())]));
    }
    if !query.documents.is_empty() {
        parts.push(tr_args_logical("query-documents", &[("count", query.documents.len().into())]));
    }
    if parts.is_empty() { tr_logical("query-all") } else { parts.join("; ") }
}
