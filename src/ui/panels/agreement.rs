//! The Agreement view (View ▸ Agreement view, Ctrl+Shift+K): the coders and tags
//! compared, the table of measures per tag, the disagreements (a click selects
//! the passage), the colour legend and the exports.

use egui::Ui;

use crate::model::agreement::{Mark, Measures, Report, Threshold, Value};
use crate::t;
use crate::ui::agreement::{
    AgreementScope, AgreementState, disagreement_text, display_order, excluded_text, mark_swatch, mark_text,
    undefined_text,
};
use crate::ui::bidi;
use crate::ui::bidi::HoverText as _;
use crate::ui::command::{Action, AgreementExport, Command, FileDialogKind};
use crate::ui::i18n::session_tag_label;
use crate::ui::state::AppState;

/// The measures of the table: catalogue keys of the column headings, whose
/// `.tooltip` says what each means (hover).
const COLUMNS: [&str; 6] = [
    "agreement-col-percent",
    "agreement-col-cohen",
    "agreement-col-fleiss",
    "agreement-col-alpha",
    "agreement-col-alpha-u",
    "agreement-col-segments",
];

/// The Agreement view: a top bar (heading, progress, the exports, close), the
/// choice of coders, tags and threshold, then the table of measures (scrolling
/// both ways, the tag column frozen) beside the list of disagreements, each as
/// high as the rest of the panel. Mirrored in a right-to-left interface
/// ([`bidi::column`]): the table on the right, its tag column first.
pub fn agreement_panel_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    bidi::column(ui, |ui| agreement_ui(ui, state, out));
}

fn agreement_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let agreement = &state.agreement;
    bidi::sides(
        ui,
        |ui| {
            ui.heading(t!("agreement-heading"));
            if agreement.is_computing() {
                ui.spinner().widget_info(|| {
                    egui::WidgetInfo::labeled(egui::accesskit::Role::ProgressIndicator, true, t!("agreement-computing"))
                });
                ui.weak(t!("agreement-computing-short"));
            }
        },
        |ui| {
            let shortcut = Action::AgreementView.shortcut_text(ui.ctx()).unwrap_or_default();
            let response = ui.small_button("×").hover_text(t!("agreement-close.tooltip", shortcut = shortcut));
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, t!("agreement-close")));
            if response.clicked() {
                out.push(Command::ToggleAgreementView);
            }
            // Always in view, whatever the panel's size (from the far end here:
            // the last export first, the label last).
            if agreement.report.is_some() && state.session().is_some() {
                for export in AgreementExport::ALL.iter().rev() {
                    if ui.button(export.label()).clicked() {
                        out.push(Command::FileDialog(FileDialogKind::ExportAgreement(*export)));
                    }
                }
                ui.label(t!("agreement-export"));
            }
        },
    );
    let Some((_, session)) = state.session() else {
        ui.weak(t!("agreement-no-document"));
        return;
    };
    choice_ui(ui, state, out);
    ui.separator();
    if let Some(problem) = &agreement.problem {
        ui.colored_label(ui.visuals().warn_fg_color, problem);
    }
    let Some(report) = agreement.report.as_ref() else {
        if agreement.problem.is_none() {
            ui.weak(t!("agreement-computing-long"));
        }
        return;
    };
    let codebook = &session.set().tags;
    let order = display_order(report, codebook);
    // Both halves are bounded by the rest of the panel's height (each scrolls on
    // its own), so every row of the table and of the disagreement list can be reached.
    let height = ui.available_height();
    ui.columns(2, |columns| {
        // The table where reading starts, the disagreements beside it.
        let [table, list] = bidi::reading_order(vec![0, 1])[..] else { return };
        let label = |tag: &crate::model::TagId| session_tag_label(session, tag);
        bidi::column(&mut columns[table], |ui| {
            egui::ScrollArea::vertical().id_salt("agreement-table").auto_shrink(false).max_height(height).show(
                ui,
                |ui| {
                    table_ui(ui, report, &order, label);
                    if agreement.is_pooled() {
                        let pooled = report.documents.iter().filter(|d| d.pooled).count();
                        ui.weak(t!("agreement-pooled-note", pooled = pooled, count = report.documents.len()));
                    }
                    legend_ui(ui, report);
                    excluded_ui(ui, report, agreement.is_pooled());
                },
            );
        });
        bidi::column(&mut columns[list], |ui| disagreements_ui(ui, height, agreement, report, label, out));
    });
}

/// Coders (with the files added) and tags to compare, and the threshold.
fn choice_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let agreement = &state.agreement;
    let mut choice = agreement.choice.clone();
    if state.project.corpus().is_some() {
        // With a project open: this document, or all of them pooled.
        bidi::row_wrapped(ui, |ui| {
            ui.label(t!("agreement-scope"));
            bidi::radio_value(ui, &mut choice.scope, AgreementScope::Document, t!("agreement-scope-document"));
            bidi::radio_value(ui, &mut choice.scope, AgreementScope::Project, t!("agreement-scope-project"))
                .hover_text(t!("agreement-scope-project.tooltip"));
        });
    }
    let pooled = agreement.is_pooled();
    bidi::row_wrapped(ui, |ui| {
        ui.label(t!("agreement-coders"));
        if agreement.coders().is_empty() {
            ui.weak("…");
        }
        for coder in agreement.coders() {
            let mut on = !choice.unchecked_coders.contains(coder);
            if bidi::checkbox(ui, &mut on, coder).changed() {
                if on {
                    choice.unchecked_coders.remove(coder);
                } else {
                    choice.unchecked_coders.insert(coder.clone());
                }
            }
        }
        if pooled {
            // Every file of the project is compared: nothing to add or leave out.
            return;
        }
        super::action_button_ui(ui, state, Action::AddCoderFile, out)
            .hover_text(t!("agreement-add-coder-file.tooltip"));
        for file in &agreement.files {
            let name = file
                .path
                .file_name()
                .map_or_else(|| file.path.display().to_string(), |n| n.to_string_lossy().into_owned());
            let response = ui.small_button(format!("{name} ×")).hover_text(t!(
                "agreement-coder-file.tooltip",
                path = file.path.display().to_string(),
                count = file.annotations.len(),
                authors = file.authors.join(", ")
            ));
            if response.clicked() {
                out.push(Command::RemoveCoderFile(file.path.clone()));
            }
        }
    });
    if !pooled && !agreement.project_files.is_empty() {
        // The project's other annotation files on this document, each named by
        // its coders: compared unless unchecked.
        bidi::row_wrapped(ui, |ui| {
            ui.label(t!("agreement-project-files")).hover_text(t!("agreement-project-files.tooltip"));
            for file in &agreement.project_files {
                let mut on = !choice.unchecked_files.contains(&file.path);
                let name = if file.authors.is_empty() { t!("agreement-no-author") } else { file.authors.join(", ") };
                let response = bidi::checkbox(ui, &mut on, name).hover_text(t!(
                    "agreement-coder-file.tooltip",
                    path = file.path.display().to_string(),
                    count = file.annotations.len(),
                    authors = file.authors.join(", ")
                ));
                if response.changed() {
                    if on {
                        choice.unchecked_files.remove(&file.path);
                    } else {
                        choice.unchecked_files.insert(file.path.clone());
                    }
                }
            }
        });
    }
    bidi::row_wrapped(ui, |ui| {
        ui.label(t!("agreement-tags"));
        for tag in agreement.tags() {
            let mut on = !choice.unchecked_tags.contains(tag);
            let label = state.session().map_or_else(|| tag.as_str().to_owned(), |(_, s)| session_tag_label(s, tag));
            if bidi::checkbox(ui, &mut on, shown(label)).changed() {
                if on {
                    choice.unchecked_tags.remove(tag);
                } else {
                    choice.unchecked_tags.insert(tag.clone());
                }
            }
        }
    });
    bidi::row(ui, |ui| {
        let mut percent = choice.threshold.fraction() * 100.0;
        // The CLI's range, (0, 1]: from 0.1 % (a touch is a match) to 100 %, to
        // the tenth of a percent (what `--threshold` keeps is finer still).
        let slider = egui::Slider::new(&mut percent, 0.1..=100.0)
            .step_by(0.1)
            .max_decimals(1)
            .suffix(" %")
            .text(t!("agreement-threshold"));
        if ui.add(slider).hover_text(t!("agreement-threshold.tooltip")).changed()
            && let Some(threshold) = Threshold::new(percent / 100.0)
        {
            choice.threshold = threshold;
        }
    });
    if choice != agreement.choice {
        out.push(Command::SetAgreementChoice(choice));
    }
}

/// A value with three decimals, or "—" with the reason on hover. The accessible
/// name says the row and the measure (`All tags α_u: 0.785`).
fn cell_ui(ui: &mut Ui, row: &str, column: &str, value: Value) {
    let (text, why) = match value {
        Value::Defined(v) => (crate::export::agreement::three_decimals(v), None),
        Value::Undefined(why) => ("—".to_owned(), Some(undefined_text(why))),
    };
    let mut response = ui.label(&text);
    if let Some(why) = &why {
        response = response.hover_text(t!("agreement-undefined", reason = why.as_str()));
    }
    let name = match why {
        Some(why) => format!("{row} {column}: — ({why})"),
        None => format!("{row} {column}: {text}"),
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Cell, true, &name));
}

/// The table of measures: the tag column stays in place while the measures
/// scroll sideways (two grids of the same rows side by side).
fn table_ui(ui: &mut Ui, report: &Report, order: &[usize], label: impl Fn(&crate::model::TagId) -> String) {
    let results = &report.pooled;
    let coders: Vec<&str> = results.coders.iter().map(|&c| report.coders[c].as_str()).collect();
    let mut rows: Vec<(String, String, &Measures)> = order
        .iter()
        .filter_map(|&i| results.tags.get(i))
        .map(|tag| {
            let units = tag.units.iter().map(ToString::to_string).collect::<Vec<_>>().join(" / ");
            (label(&tag.tag), units, &tag.measures)
        })
        .collect();
    rows.push((t!("agreement-all-tags"), String::new(), &results.overall));
    // Every row one line high in both grids, so they stay aligned.
    let row_height = ui.spacing().interact_size.y;
    // Two grids side by side, laid out from the left (egui's grids): in reading
    // order, each with its cells in reading order.
    bidi::ltr_block(ui, |ui| {
        ui.horizontal_top(|ui| {
            for part in bidi::reading_order(vec![false, true]) {
                if part {
                    measures_ui(ui, &rows, &coders, row_height);
                    continue;
                }
                egui::Grid::new("agreement-grid-tags").striped(true).min_row_height(row_height).show(ui, |ui| {
                    ui.strong(t!("agreement-col-tag"));
                    ui.end_row();
                    for (name, _, _) in &rows {
                        let label = ui.add(egui::Label::new(shown(name.clone())).extend());
                        label.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, name));
                        ui.end_row();
                    }
                });
            }
        });
    });
    ui.weak(t!("agreement-table-note", count = results.code_points, threshold = report.threshold.fraction() * 100.0));
}

/// The measures of the table (beside its tag column), scrolling sideways; in
/// a right-to-left interface its columns run from the right, and it starts
/// scrolled to its right end, where they begin.
fn measures_ui(ui: &mut Ui, rows: &[(String, String, &Measures)], coders: &[&str], row_height: f32) {
    // A solid scroll bar, shown whenever the measures are wider than the room:
    // a floating one is hidden until hovered, so in French or Spanish a column
    // looked cut with no sign of more.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    let scroll = egui::ScrollArea::horizontal()
        .id_salt("agreement-table-measures")
        .stick_to_right(bidi::mirrored())
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded);
    scroll.show(ui, |ui| {
        egui::Grid::new("agreement-grid").striped(true).min_row_height(row_height).num_columns(7).show(ui, |ui| {
            let mut headings: Vec<bidi::Cell<'_>> = vec![Box::new(|ui: &mut Ui| {
                ui.strong(t!("agreement-col-units"))
                    .hover_text(t!("agreement-col-units.tooltip", coders = coders.join(" / ")));
            })];
            for key in COLUMNS {
                headings.push(Box::new(move |ui: &mut Ui| {
                    ui.strong(t!(key)).hover_text(t!(&format!("{key}.tooltip")));
                }));
            }
            for heading in bidi::reading_order(headings) {
                heading(ui);
            }
            ui.end_row();
            for (name, units, m) in rows {
                let values =
                    [m.percent, m.cohen_kappa, m.fleiss_kappa, m.krippendorff_alpha, m.alpha_u, m.segments_matched];
                let mut cells: Vec<bidi::Cell<'_>> =
                    vec![Box::new(|ui: &mut Ui| _ = ui.add(egui::Label::new(units.as_str()).extend()))];
                for (key, value) in COLUMNS.iter().zip(values) {
                    cells.push(Box::new(move |ui: &mut Ui| cell_ui(ui, name, &t!(key), value)));
                }
                for cell in bidi::reading_order(cells) {
                    cell(ui);
                }
                ui.end_row();
            }
        });
    });
}

/// What the agreement colours in the document mean: two coders, both / only one /
/// different tags; three or more, how many coded the text.
fn legend_ui(ui: &mut Ui, report: &Report) {
    let (marks, first, second): (&[Mark], &str, &str) = match report.coders.as_slice() {
        [first, second] => (&Mark::TWO_CODERS, first, second),
        [_, _, _, ..] => (&Mark::MANY_CODERS, "", ""),
        _ => return,
    };
    bidi::row_wrapped(ui, |ui| {
        if report.coders.len() >= 3 {
            ui.label(t!("agreement-legend-many", count = report.coders.len()));
        } else {
            ui.label(t!("agreement-legend"));
        }
        for &mark in marks {
            let size = egui::vec2(12.0, 12.0);
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, mark_swatch(mark));
            let text = mark_text(mark, first, second);
            ui.label(&text).widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::accesskit::Role::Label,
                    true,
                    t!("agreement-legend-item", text = text.as_str()),
                )
            });
        }
    });
}

/// The disagreements, one line each (the whole passage on hover), in a list as
/// high as `height` at most; a click selects the passage in the document.
fn disagreements_ui(
    ui: &mut Ui,
    height: f32,
    agreement: &AgreementState,
    report: &Report,
    label: impl Fn(&crate::model::TagId) -> String,
    out: &mut Vec<Command>,
) {
    ui.strong(t!("agreement-disagreements", count = report.disagreements.len()));
    if report.coders.len() < 2 {
        // Nothing is compared with one coder: say what is missing, not that all agree.
        ui.weak(t!("agreement-one-coder"));
    } else if report.disagreements.is_empty() {
        ui.weak(t!("agreement-no-disagreements"));
    }
    // Rows of one line, all of this height, so the list knows where each one is.
    let spacing = ui.spacing();
    let row_height =
        spacing.interact_size.y.max(ui.text_style_height(&egui::TextStyle::Button) + 2.0 * spacing.button_padding.y);
    let list_height = (height - ui.min_rect().height()).max(row_height);
    egui::ScrollArea::vertical()
        .id_salt("agreement-disagreements")
        .auto_shrink(false)
        .max_height(list_height)
        .show_rows(ui, row_height, report.disagreements.len(), |ui, range| {
            bidi::justified_column(ui, |ui| {
                // Only the rows on screen are built and formatted.
                for (index, d) in range.clone().zip(report.disagreements.range(range)) {
                    let mut place = d.passage.place();
                    if agreement.is_pooled() {
                        place = format!("{}  {place}", document_title(report, d.document));
                    }
                    let other = match &d.other {
                        Some((tag, _)) => format!("{}: {}", report.coders[d.other_coder], label(tag)),
                        None => crate::ui::i18n::tr_args_logical(
                            "agreement-not-coded",
                            &[("coder", report.coders[d.other_coder].as_str().into())],
                        ),
                    };
                    let text = format!(
                        "{place}  {} · {}: {} / {other} — “{}”",
                        disagreement_text(d.kind),
                        report.coders[d.coder],
                        label(&d.tag),
                        preview(&d.passage.quote)
                    );
                    let selected = agreement.current == Some(index);
                    let font = egui::TextStyle::Button.resolve(ui.style());
                    let padding = 2.0 * ui.spacing().button_padding.x;
                    let drawn = crate::ui::bidi::one_line_label_text(ui, &text, &font, padding);
                    let row =
                        egui::Button::selectable(selected, drawn).truncate().min_size(egui::vec2(0.0, row_height));
                    let response = ui.add(row);
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, selected, &text)
                    });
                    if response.hover_text(&d.passage.quote).clicked() {
                        out.push(Command::GoToDisagreement(index));
                    }
                }
            });
        });
}

/// A label drawn by itself (a tag name, one line): in visual order in a
/// right-to-left interface language ([`crate::ui::i18n::shown`]).
fn shown(label: String) -> String {
    if crate::ui::i18n::language().is_rtl() { crate::ui::i18n::shown(label) } else { label }
}

/// The first words of a quote.
fn preview(quote: &str) -> String {
    const WORDS: usize = 10;
    let words: Vec<&str> = quote.split_whitespace().collect();
    if words.len() <= WORDS { words.join(" ") } else { format!("{}…", words[..WORDS].join(" ")) }
}

/// The title of the report's document `index`.
fn document_title(report: &Report, index: usize) -> &str {
    report.documents.get(index).map_or("", |d| d.title.as_str())
}

/// The annotations (and, pooled, the documents) left out of the comparison, with
/// why: folded under a heading that counts them.
fn excluded_ui(ui: &mut Ui, report: &Report, pooled: bool) {
    if report.excluded.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(t!("agreement-excluded", count = report.excluded.len()))
        .id_salt("agreement-excluded")
        .show(ui, |ui| {
            for excluded in &report.excluded {
                let mut parts = Vec::new();
                if pooled {
                    parts.push(document_title(report, excluded.document).to_owned());
                }
                parts.extend(excluded.coder.clone());
                parts.push(excluded_text(&excluded.reason));
                let mut text = parts.join(" · ");
                if !excluded.quote.is_empty() {
                    text = format!("{text} — “{}”", preview(&excluded.quote));
                }
                let response = bidi::message_ui(ui, &text);
                if !excluded.quote.is_empty() {
                    response.hover_text(&excluded.quote);
                }
            }
        });
}
