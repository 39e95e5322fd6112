//! The tag palette: the stakeholder groups with colour, shortcut, count and
//! visibility; click one to tag.

use std::collections::BTreeSet;

use egui::{Button, RichText, Sense, Ui, vec2};

use crate::model::codebook::Codebook;
use crate::model::{Tag, TagId};
use crate::session::{ListFilter, Session, SessionId};
use crate::t;
use crate::ui::bidi;
use crate::ui::bidi::HoverText as _;
use crate::ui::command::{Command, Modal, Panel, TagDraft};
use crate::ui::i18n;
use crate::ui::project::command::ProjectModal;
use crate::ui::state::AppState;
use crate::ui::theme;

/// The tag palette, mirrored in a right-to-left interface ([`bidi::column`]).
pub fn tag_palette_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    bidi::column(ui, |ui| palette_ui(ui, state, out));
}

fn palette_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    super::panel_heading_ui(ui, &t!("tags-heading"), Panel::Tags, out);
    let Some((id, session)) = state.session() else {
        ui.weak(t!("tags-no-document"));
        return;
    };
    let hint = if state.selection.is_some() {
        t!("tags-hint-selection")
    } else if state.selected.is_some() {
        t!("tags-hint-selected")
    } else {
        t!("tags-hint-none")
    };
    ui.weak(hint);
    ui.add_space(4.0);
    let tags = session.set().tags.tags();
    let codebook = state.project.corpus().map(crate::session::project::Corpus::codebook);
    let shown = shown_tags(state, session);
    let palette = Palette {
        state,
        id,
        session,
        tags,
        selected_tags: state.selected.and_then(|a| session.annotation(a)).map(|a| &a.tags),
        codebook,
    };
    egui::ScrollArea::vertical().id_salt("tag-palette").show(ui, |ui| {
        bidi::clear_of_scroll_bar(ui, |ui| {
            for (tag, depth) in shown {
                bidi::row(ui, |ui| palette.row_ui(ui, tag, depth, out));
            }
            ui.add_space(6.0);
            palette.add_button_ui(ui, out);
            ui.weak(t!("tags-context-hint"));
            crate::ui::team::authors_ui(ui, state, out);
        });
    });
}

/// The groups the palette lists, each with its depth in the tree: in a
/// project the codebook as a tree, then the file's own tags; otherwise the
/// file's tags in tag-set order, all at depth 0.
fn shown_tags<'a>(state: &'a AppState, session: &'a Session) -> Vec<(&'a Tag, usize)> {
    let tags = session.set().tags.tags();
    match state.project.corpus().map(crate::session::project::Corpus::codebook) {
        Some(codebook) => {
            let mut tree = codebook.tree();
            tree.extend(tags.iter().filter(|t| codebook.get(&t.id).is_none()).map(|t| (t, 0)));
            tree
        }
        None => tags.iter().map(|t| (t, 0)).collect(),
    }
}

/// Width in points of the widest single word of `text` laid out in `font`
/// on one line (0 for text without words). Words are what egui never breaks
/// while there is room: it wraps at spaces.
fn longest_word_width(ui: &Ui, text: &str, font: &egui::FontId) -> f32 {
    text.split_whitespace()
        .map(|word| ui.painter().layout_no_wrap(word.to_owned(), font.clone(), egui::Color32::WHITE).size().x)
        .fold(0.0, f32::max)
}

/// The narrowest the groups panel may be, in points (its outer width, margins
/// included): wide enough that the longest single word of every group name
/// shown (in the interface language, [`i18n::tag_label`]) fits its button next
/// to the check box, swatch, shortcut and count of its row, and the longest
/// word of the panel heading fits beside the hide button. Names then wrap only
/// at spaces, never inside a word ("intergouvernementales" whole, not
/// "intergouvernement|ales"). Text without spaces (Chinese) adds nothing
/// beyond its widest character cluster egui may break at, see
/// [`longest_word_width`].
pub fn tag_panel_min_width(ui: &Ui, state: &AppState) -> f32 {
    let style = ui.style();
    let spacing = &style.spacing;
    let gap = spacing.item_spacing.x;
    let button_font = egui::TextStyle::Button.resolve(style);
    let body_font = egui::TextStyle::Body.resolve(style);
    let heading_font = egui::TextStyle::Heading.resolve(style);
    let width_of = |text: String, font: &egui::FontId| {
        ui.painter().layout_no_wrap(text, font.clone(), egui::Color32::WHITE).size().x
    };
    // The panel frame's inner margin both sides, its separator line, and the
    // scroll bar a mirrored palette keeps clear of ([`bidi::clear_of_scroll_bar`]).
    let bar = &spacing.scroll;
    let frame = egui::Frame::side_top_panel(style).total_margin().sum().x
        + 1.0
        + bar.bar_inner_margin
        + bar.bar_width
        + bar.bar_outer_margin;
    let hide_button = width_of("«".to_owned(), &button_font) + 2.0 * spacing.button_padding.x;
    let heading = longest_word_width(ui, &t!("tags-heading"), &heading_font) + gap + hide_button;
    let Some((_, session)) = state.session() else {
        return frame + heading;
    };
    let checkbox = spacing.interact_size.y.max(spacing.icon_width) + spacing.button_padding.x;
    let rows = shown_tags(state, session).into_iter().map(|(tag, depth)| {
        #[allow(clippy::cast_precision_loss)] // depth is small
        let indent = 14.0 * depth as f32;
        let shortcut = tag.shortcut.map(|d| d.to_string()).unwrap_or_default();
        let count = session.tag_count(&tag.id).to_string();
        let word = longest_word_width(ui, &i18n::tag_label(tag), &button_font);
        // A little slack so that the width egui gives the text is never a
        // fraction of a point short of the word.
        indent
            + checkbox
            + gap
            + 12.0
            + gap
            + width_of(count, &body_font)
            + gap
            + 2.0 * spacing.button_padding.x
            + word
            + gap
            + width_of(shortcut, &button_font)
            + 4.0
    });
    frame + rows.fold(heading, f32::max)
}

/// The groups panel (`panel`, already placed on its side) sized for its
/// content: by default 230 points, never narrower than
/// [`tag_panel_min_width`] so no group name breaks inside a word, and at most
/// `most` points unless the longest word itself needs more (up to two fifths of
/// the window: a longer word wraps inside itself).
pub fn sized_tag_panel(panel: egui::Panel, ui: &Ui, state: &AppState, most: f32) -> egui::Panel {
    // A group named by one very long word (a URL, a user's own code) must not
    // take the window: past two fifths of it, that name wraps inside the word.
    let least = tag_panel_min_width(ui, state).ceil().min((ui.max_rect().width() * 0.4).max(230.0_f32.min(most)));
    panel.resizable(true).min_size(least).default_size(230.0_f32.min(most).max(least)).max_size(most.max(least))
}

/// What every row of the palette needs.
struct Palette<'a> {
    state: &'a AppState,
    id: SessionId,
    session: &'a Session,
    /// The session's tags, in tag-set order.
    tags: &'a [Tag],
    /// The tags of the selected highlight, if one is selected.
    selected_tags: Option<&'a BTreeSet<TagId>>,
    /// The project's codebook, in a project.
    codebook: Option<&'a Codebook>,
}

impl Palette<'_> {
    /// One tag: visibility box, swatch, button with shortcut and count, menu.
    fn row_ui(&self, ui: &mut Ui, tag: &Tag, depth: usize, out: &mut Vec<Command>) {
        #[allow(clippy::cast_precision_loss)] // depth is small
        ui.add_space(14.0 * depth as f32);
        let label = i18n::tag_label(tag);
        let mut visible = !self.state.hidden_tags.contains(&tag.id);
        let checkbox = ui.checkbox(&mut visible, "").hover_text(t!("tags-visibility-tooltip"));
        checkbox.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::accesskit::Role::CheckBox,
                true,
                visible,
                t!("tags-show", label = label.as_str()),
            )
        });
        if checkbox.changed() {
            out.push(Command::ToggleTagVisibility(tag.id.clone()));
        }
        let (swatch, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
        ui.painter().rect_filled(swatch, 3.0, theme::tag_color(tag.color));
        let on_selected = self.selected_tags.is_some_and(|t| t.contains(&tag.id));
        let shortcut = tag.shortcut.map(|d| d.to_string()).unwrap_or_default();
        let count = self.session.tag_count(&tag.id);
        // The count first, from the right, so that a long label gives way
        // (wrapped onto a second line, never cut: "Intergovernmental
        // organizations" does not fit a 230-point panel) and the count is never
        // pushed out of the panel.
        let response = ui
            .with_layout(bidi::trailing_layout(ui), |ui| {
                let counted = ui.label(RichText::new(count.to_string()).weak());
                let described = t!("tags-count", label = label.as_str(), count = count);
                counted.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, &described));
                let name = Self::name_shown(ui, &label, &shortcut);
                bidi::wrapped_button_ui(ui, &name, &shortcut, on_selected, ui.available_width())
            })
            .inner
            .hover_text(format!("{label}\n\n{}", i18n::tag_description(tag)));
        response.widget_info(|| egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, on_selected, &label));
        if response.clicked() {
            out.extend(self.state.tag_command(&tag.id));
        }
        response.context_menu(|ui| bidi::justified_column(ui, |ui| self.menu_ui(ui, tag, out)));
    }

    /// A tag's name as the tag button draws it: in a right-to-left language
    /// broken into lines on the logical text at the width the button leaves it,
    /// each line in visual order ([`crate::ui::bidi::visual_wrapped`]), so a long
    /// Arabic name wraps after its first words, not its last (the button then
    /// right-aligns the lines, [`bidi::wrapped_button_ui`]).
    fn name_shown(ui: &Ui, label: &str, shortcut: &str) -> String {
        if !i18n::language().is_rtl() {
            return label.to_owned();
        }
        let font = egui::TextStyle::Button.resolve(ui.style());
        let painter = ui.painter();
        let shortcut_width = painter.layout_no_wrap(shortcut.to_owned(), font.clone(), egui::Color32::WHITE).size().x;
        let spacing = ui.spacing();
        // What the button keeps for its text, less a margin so egui breaks no line again.
        let width =
            ui.available_width() - 2.0 * spacing.button_padding.x - spacing.item_spacing.x - shortcut_width - 4.0;
        crate::ui::bidi::visual_wrapped(label, &font, width.max(font.size * 4.0), &mut |job| painter.layout_job(job))
    }

    /// A tag's context menu: edit, move, delete, filter the list.
    fn menu_ui(&self, ui: &mut Ui, tag: &Tag, out: &mut Vec<Command>) {
        let id = self.id;
        let position = self.tags.iter().position(|t| t.id == tag.id).unwrap_or(0);
        if ui.button(t!("tags-edit")).clicked() {
            if let Some(codebook) = self.codebook {
                let draft = crate::ui::project::codebook::draft_of(tag, codebook.parent(&tag.id));
                out.push(Command::ShowModal(Modal::Project(ProjectModal::CodeEditor(draft))));
                return;
            }
            let draft = TagDraft {
                id: Some(tag.id.clone()),
                label: tag.label.clone(),
                description: tag.description.clone(),
                color: [tag.color.r, tag.color.g, tag.color.b],
            };
            out.push(Command::ShowModal(Modal::TagEditor(id, draft)));
        }
        if ui.add_enabled(position > 0, Button::new(t!("tags-move-up"))).clicked() {
            out.push(Command::MoveTag(id, tag.id.clone(), position.saturating_sub(1)));
        }
        if ui.add_enabled(position + 1 < self.tags.len(), Button::new(t!("tags-move-down"))).clicked() {
            out.push(Command::MoveTag(id, tag.id.clone(), position + 1));
        }
        if ui.button(t!("tags-delete")).clicked() {
            out.push(Command::ShowModal(Modal::ConfirmDeleteTag(id, tag.id.clone())));
        }
        if ui.button(t!("tags-filter-only")).clicked() {
            out.push(Command::SetFilter(ListFilter { tag: Some(tag.id.clone()), ..self.state.filter.clone() }));
        }
    }

    /// "+ Add code…" in a project (the codebook), "+ Add tag…" otherwise.
    fn add_button_ui(&self, ui: &mut Ui, out: &mut Vec<Command>) {
        if self.codebook.is_some() {
            if ui.button(t!("tags-add-code")).clicked() {
                let draft = crate::ui::project::codebook::new_draft(self.state, None);
                out.push(Command::ShowModal(Modal::Project(ProjectModal::CodeEditor(draft))));
            }
        } else if ui.button(t!("tags-add")).clicked() {
            // Suggest a colour no tag uses yet.
            let used: Vec<[u8; 3]> = self.tags.iter().map(|t| [t.color.r, t.color.g, t.color.b]).collect();
            let color =
                theme::NEW_TAG_COLORS.iter().copied().find(|c| !used.contains(c)).unwrap_or(theme::NEW_TAG_FALLBACK);
            let draft = TagDraft { id: None, label: String::new(), description: String::new(), color };
            out.push(Command::ShowModal(Modal::TagEditor(self.id, draft)));
        }
    }
}
