//! The interface in the six UN languages: every string the app shows comes from a
//! Fluent catalogue (<https://projectfluent.org>) under `assets/i18n/LANG/`
//! (`glosa.ftl` for the core interface, `team.ftl` for team work, `project.ftl`
//! for projects), compiled into the binary.
//!
//! Adding a string, for any panel:
//!
//! 1. add `my-key = Text with { $name }` to `assets/i18n/en/` (the reference
//!    catalogue; the file of the part of the interface) and the same key to the five others (the test
//!    `tests/i18n.rs` names every key a catalogue lacks or has extra);
//! 2. write `t!("my-key")` or `t!("my-key", name = value)` in the panel. An
//!    attribute is `t!("my-key.tooltip")`.
//!
//! A key missing in a language falls back to English, and a key missing in English
//! shows as the key itself, so nothing ever panics on a missing string. Plurals use
//! the language's CLDR plural rules (`{ $count -> [one] … *[other] … }`; Russian and
//! Arabic have more categories).
//!
//! In a right-to-left language (Arabic) each placeable comes between the
//! isolate marks FSI and PDI (U+2068, U+2069; UAX #9 rules X5a–X5c), so a path,
//! a file name or a quote keeps its own direction inside the message
//! (`/home/ana/informe.glosa.ron` is one left-to-right run, its slash on the
//! left). Messages in logical order ([`tr_logical`], [`tr_args_logical`]) keep
//! the marks, so that a message placed in another one stays isolated; what
//! egui draws comes without them (`bidi::visual_line`, `bidi::message_ui`),
//! and screen readers never get them ([`LogicalNames`]).
//!
//! The language is per thread (the UI thread, or each test's thread), so tests in
//! other languages can run in parallel.

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The interface languages: the six official languages of the United Nations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English (the reference catalogue).
    #[default]
    English,
    /// Spanish.
    Spanish,
    /// French.
    French,
    /// Russian.
    Russian,
    /// Chinese (Simplified).
    Chinese,
    /// Arabic (right to left: the panels mirror).
    Arabic,
}

impl Language {
    /// All six, in the order of the View ▸ Language menu (UN order: Arabic,
    /// Chinese, English, French, Russian, Spanish).
    pub const ALL: [Self; 6] = [Self::Arabic, Self::Chinese, Self::English, Self::French, Self::Russian, Self::Spanish];

    /// The BCP 47 code, which is also the catalogue's folder name.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Spanish => "es",
            Self::French => "fr",
            Self::Russian => "ru",
            Self::Chinese => "zh",
            Self::Arabic => "ar",
        }
    }

    /// The language's name in itself (as language menus show it).
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Spanish => "Español",
            Self::French => "Français",
            Self::Russian => "Русский",
            Self::Chinese => "中文",
            Self::Arabic => "العربية",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Self::Arabic
    }

    /// The language of a locale name such as `fr-CA`, `zh_Hans_CN.UTF-8` or `ar`
    /// (only the language subtag counts); `None` for other languages.
    pub fn from_locale(locale: &str) -> Option<Self> {
        let language = locale.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The system's language (`sys-locale`) if it is one of the six, else English.
    pub fn system() -> Self {
        sys_locale::get_locales().find_map(|l| Self::from_locale(&l)).unwrap_or_default()
    }

    /// The catalogue's source files, in order: the core interface (`glosa.ftl`),
    /// team work (`team.ftl`) and projects (`project.ftl`). A key is defined in
    /// exactly one of them.
    pub fn catalogue_files(self) -> [(&'static str, &'static str); 3] {
        macro_rules! files {
            ($code:literal) => {
                [
                    (
                        concat!("assets/i18n/", $code, "/glosa.ftl"),
                        include_str!(concat!("../../assets/i18n/", $code, "/glosa.ftl")),
                    ),
                    (
                        concat!("assets/i18n/", $code, "/team.ftl"),
                        include_str!(concat!("../../assets/i18n/", $code, "/team.ftl")),
                    ),
                    (
                        concat!("assets/i18n/", $code, "/project.ftl"),
                        include_str!(concat!("../../assets/i18n/", $code, "/project.ftl")),
                    ),
                ]
            };
        }
        match self {
            Self::English => files!("en"),
            Self::Spanish => files!("es"),
            Self::French => files!("fr"),
            Self::Russian => files!("ru"),
            Self::Chinese => files!("zh"),
            Self::Arabic => files!("ar"),
        }
    }

    /// The whole catalogue's source text: [`Self::catalogue_files`] joined, one
    /// line break between files.
    pub fn catalogue(self) -> &'static str {
        static JOINED: [OnceLock<String>; 6] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
        JOINED[self.index() % JOINED.len()]
            .get_or_init(|| self.catalogue_files().iter().map(|(_, text)| *text).collect::<Vec<_>>().join("\n"))
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// The interface language of this thread.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// Sets the interface language of this thread (the app's UI thread).
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// The parsed catalogue of `language`, built the first time that language is
/// asked for (start-up parses only the interface language's, and English's when
/// a key falls back).
fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 6] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = &BUNDLES[language.index() % BUNDLES.len()];
    slot.get_or_init(|| {
        let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // In a right-to-left language each placeable (a path, a file name, a
        // quote, a number) comes between FSI and PDI (UAX #9 X5a–X5c), so that
        // `/home/ana/informe.glosa.ron` stays one left-to-right run inside Arabic.
        // The marks steer `bidi`'s reordering, which leaves them out of what is
        // drawn; screen readers never get them (`LogicalNames`). Left-to-right
        // languages have no use for them: their messages stay as written.
        bundle.set_use_isolating(language.is_rtl());
        // A syntax error drops only the broken entry; tests/i18n.rs reports it.
        let resource = FluentResource::try_new(language.catalogue().to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// The message `id` (or `id.attribute`) of `language` formatted with `args`, if the
/// catalogue has it.
pub fn lookup(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundle(language);
    let (message_id, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

/// The longest interface string (code points) shown in visual order in a
/// right-to-left language; longer ones may wrap, and egui wraps before it places
/// text, so they stay in logical order (see [`tr`]).
pub const SHORT_LABEL: usize = 48;

/// The message `id` in the current language, else in English, else `id` itself,
/// ready for egui: in a right-to-left language a short one-line message
/// ([`SHORT_LABEL`]) comes in visual order ([`super::bidi::visual_line`]), since
/// egui puts the words of right-to-left text in logical order. For a message used
/// inside another one, or for screen readers only, use [`tr_logical`].
pub fn tr(id: &str) -> String {
    tr_args(id, &[])
}

/// The message `id` in logical order (as [`tr`] without the visual reordering):
/// for placeables of other messages and names for screen readers.
pub fn tr_logical(id: &str) -> String {
    tr_args_logical(id, &[])
}

/// `text` as egui should get it: a short one-line right-to-left string in visual
/// order, anything else as it is. A string reordered is remembered, so the
/// screen reader gets its logical text ([`LogicalNames`]).
pub fn shown(text: String) -> String {
    if text.chars().count() <= SHORT_LABEL && !text.contains('\n') {
        let visual = super::bidi::visual_line(&text);
        if visual != text {
            remember_logical(&visual, text);
        }
        visual
    } else {
        text
    }
}

/// Each generation of remembered visual strings holds at most this many.
const REMEMBERED_NAMES: usize = 4096;

/// Visual → logical text of the strings [`shown`] reordered on this thread: the
/// current generation and the one before (a string not shown for two
/// generations is forgotten, so the map stays small).
#[derive(Default)]
struct Remembered {
    current: std::collections::HashMap<String, String>,
    previous: std::collections::HashMap<String, String>,
}

thread_local! {
    static REMEMBERED: std::cell::RefCell<Remembered> = std::cell::RefCell::default();
}

fn remember_logical(visual: &str, logical: String) {
    REMEMBERED.with_borrow_mut(|r| {
        if r.current.contains_key(visual) {
            return;
        }
        if r.current.len() >= REMEMBERED_NAMES {
            r.previous = std::mem::take(&mut r.current);
        }
        r.current.insert(visual.to_owned(), logical);
    });
}

/// The logical text of `visual`, a string [`shown`] (or [`tr`]) put in visual
/// order on this thread; `None` for any other string.
pub fn logical_text(visual: &str) -> Option<String> {
    REMEMBERED.with_borrow_mut(|r| {
        if let Some(logical) = r.current.get(visual) {
            return Some(logical.clone());
        }
        let logical = r.previous.remove(visual)?;
        r.current.insert(visual.to_owned(), logical.clone());
        Some(logical)
    })
}

/// `name` (an AccessKit name) with the visual strings in it in logical order:
/// the whole name, or the pieces egui joined with spaces (a button's text and
/// its shortcut, `…باسم حفظ Ctrl+Shift+S`), longest first. `None` when nothing
/// in it is a remembered visual string.
pub fn logical_name(name: &str) -> Option<String> {
    if !super::bidi::needs_bidi(name) {
        return None;
    }
    if let Some(logical) = logical_text(name) {
        return Some(logical);
    }
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    let mut changed = false;
    while !rest.is_empty() {
        // Ends of the candidate pieces: each space, and the end; longest first.
        let mut ends: Vec<usize> = rest.match_indices(' ').map(|(i, _)| i).collect();
        ends.push(rest.len());
        let found = ends.iter().rev().find_map(|&end| logical_text(&rest[..end]).map(|l| (end, l)));
        let end = if let Some((end, logical)) = found {
            out.push_str(&logical);
            changed = true;
            end
        } else {
            out.push_str(&rest[..ends[0]]);
            ends[0]
        };
        rest = &rest[end..];
        if let Some(after) = rest.strip_prefix(' ') {
            out.push(' ');
            rest = after;
        }
    }
    changed.then_some(out)
}

/// Gives screen readers the logical text of right-to-left labels: egui names a
/// widget after the text it draws, which for a short right-to-left label is in
/// visual order ([`tr`]), so a screen reader would read its words backwards.
/// Just before each frame's output leaves egui, every AccessKit label, value and
/// description that is or holds such a visual string is given its logical text
/// ([`logical_name`]), and isolate marks are left out of every one ([`spoken`]);
/// in a right-to-left interface language they are also left out of text put
/// on the clipboard. Installed once per context by [`install_logical_names`].
pub struct LogicalNames;

impl egui::Plugin for LogicalNames {
    fn debug_name(&self) -> &'static str {
        "glosa::LogicalNames"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        if language().is_rtl() {
            // A message's isolate marks never reach the clipboard (a label's
            // text copied by selecting it).
            for command in &mut output.platform_output.commands {
                if let egui::OutputCommand::CopyText(text) | egui::OutputCommand::TextSelectionSettled(text) = command
                    && text.contains(super::bidi::is_isolate)
                {
                    *text = super::bidi::without_isolates(text);
                }
            }
        }
        let Some(update) = output.platform_output.accesskit_update.as_mut() else {
            return;
        };
        for (_, node) in &mut update.nodes {
            if let Some(logical) = node.label().and_then(spoken) {
                node.set_label(logical);
            }
            if let Some(logical) = node.value().and_then(spoken) {
                node.set_value(logical);
            }
            if let Some(logical) = node.description().and_then(spoken) {
                node.set_description(logical);
            }
        }
    }
}

/// What a screen reader gets for `name` (an AccessKit name, value or
/// description) when that differs from `name`: its logical text
/// ([`logical_name`]) without isolate marks ([`super::bidi::is_isolate`]).
pub fn spoken(name: &str) -> Option<String> {
    let logical = logical_name(name);
    let text = logical.as_deref().unwrap_or(name);
    if text.contains(super::bidi::is_isolate) { Some(super::bidi::without_isolates(text)) } else { logical }
}

/// Adds [`LogicalNames`] to `ctx` (egui adds a plugin type once; later calls do nothing).
pub fn install_logical_names(ctx: &egui::Context) {
    ctx.add_plugin(LogicalNames);
}

/// [`tr`] with named arguments (`$name` in the message). Numbers select plural
/// forms by the language's rules. Placeables must be in logical order (use
/// [`tr_logical`], [`tag_label`] for messages inside messages).
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let text = tr_args_logical(id, args);
    if language().is_rtl() { shown(text) } else { text }
}

/// [`tr_args`] in logical order: for placeables of other messages and what only
/// screen readers get.
pub fn tr_args_logical(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (name, value) in args {
            a.set(*name, value.clone());
        }
        a
    });
    lookup(language(), id, fluent_args.as_ref())
        .or_else(|| lookup(Language::English, id, fluent_args.as_ref()))
        .unwrap_or_else(|| id.to_owned())
}

/// A string of the interface: `t!("key")`, `t!("key.attribute")`, or
/// `t!("key", name = value, …)` where each value converts into a `FluentValue`
/// (numbers, strings). See the module documentation.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::ui::i18n::tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::ui::i18n::tr_args(
            $id,
            &[$((stringify!($name), $crate::ui::i18n::FluentValue::from($value))),+],
        )
    };
}

pub use fluent_bundle::FluentValue;

/// An export format's name in the interface language (the export dialog and the
/// file dialog's filter).
pub fn format_label(format: crate::export::Format) -> String {
    use crate::export::Format;
    tr(match format {
        Format::Csv => "export-format-csv",
        Format::CsvExcel => "export-format-csv-for-excel",
        Format::Markdown => "export-format-markdown",
        Format::Json => "export-format-w3c-web-annotation-json",
        Format::Qdpx => "export-format-qdpx",
        Format::Qdc => "export-format-qdc",
    })
}

/// A paragraph kind's name in the interface language (tooltips, screen readers),
/// logical order.
pub fn kind_name(kind: crate::model::ParagraphKind) -> String {
    use crate::model::ParagraphKind;
    tr_logical(match kind {
        ParagraphKind::Heading => "kind-heading",
        ParagraphKind::Body => "kind-body",
        ParagraphKind::ListItem => "kind-list-item",
        ParagraphKind::Footnote => "kind-footnote",
        ParagraphKind::Quote => "kind-quote",
    })
}

/// [`tag_label`] ready for egui (visual order in a right-to-left language, see
/// [`shown`]), where the label is drawn by itself.
pub fn tag_label_shown(tag: &crate::model::Tag) -> String {
    let label = tag_label(tag);
    if language().is_rtl() { shown(label) } else { label }
}

/// The label of a tag for display: the WSIS stakeholder groups of the default tag
/// set in the interface language, as long as the user kept the English label;
/// any other tag as written.
pub fn tag_label(tag: &crate::model::Tag) -> String {
    wsis_text(tag, "", &tag.label).unwrap_or_else(|| tag.label.clone())
}

/// The label of tag `id` of a session for display, translated like [`tag_label`];
/// a tag the codebook lacks shows as its ID.
pub fn session_tag_label(session: &crate::session::Session, id: &crate::model::TagId) -> String {
    session.set().tags.get(id).map_or_else(|| session.tag_label(id), tag_label)
}

/// The description (code memo) of a tag for display, translated like [`tag_label`].
pub fn tag_description(tag: &crate::model::Tag) -> String {
    wsis_text(tag, ".description", &tag.description).unwrap_or_else(|| tag.description.clone())
}

fn wsis_text(tag: &crate::model::Tag, attribute: &str, current: &str) -> Option<String> {
    let id = format!("wsis-{}{attribute}", tag.id.as_str());
    let english = lookup(Language::English, &id, None)?;
    (english == current).then(|| lookup(language(), &id, None).unwrap_or(english))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_their_language() {
        assert_eq!(Language::from_locale("fr-CA"), Some(Language::French));
        assert_eq!(Language::from_locale("zh_Hans_CN.UTF-8"), Some(Language::Chinese));
        assert_eq!(Language::from_locale("ar"), Some(Language::Arabic));
        assert_eq!(Language::from_locale("de-DE"), None);
        assert_eq!(Language::from_locale(""), None);
    }

    #[test]
    fn short_right_to_left_labels_come_in_visual_order() {
        use crate::ui::bidi::visual_line;
        // egui draws the stretches left to right: the last word first.
        assert_eq!(visual_line("المنظمات الحكومية"), "الحكومية المنظمات");
        // Numbers stay left to right; brackets are mirrored.
        assert_eq!(visual_line("217 ألف (د-3)"), "(3-د) ألف 217");
        assert_eq!(visual_line("Save as…"), "Save as…");
        set_language(Language::Arabic);
        assert_eq!(t!("action-save-as"), "…باسم حفظ");
        assert_eq!(tr_logical("action-save-as"), "حفظ باسم…");
        // Long messages wrap, so they stay in logical order.
        assert_eq!(t!("dialog-unsaved-open-text"), tr_logical("dialog-unsaved-open-text"));
        set_language(Language::English);
    }

    #[test]
    fn names_of_visual_strings_and_of_pieces_joined_with_them_are_logical() {
        set_language(Language::Arabic);
        let save_as = t!("action-save-as");
        assert_eq!(save_as, "…باسم حفظ");
        assert_eq!(logical_name(&save_as).as_deref(), Some("حفظ باسم…"));
        // A button's text and its shortcut, joined by egui with a space.
        assert_eq!(logical_name(&format!("{save_as} Ctrl+Shift+S")).as_deref(), Some("حفظ باسم… Ctrl+Shift+S"));
        let civil = tag_label_shown(&crate::model::TagSet::wsis_default().tags()[2]);
        assert_eq!(logical_name(&format!("{civil} 3")).as_deref(), Some("المجتمع المدني 3"), "{civil}");
        // Strings never reordered, and Latin ones, are left alone.
        assert_eq!(logical_name("حفظ"), None);
        assert_eq!(logical_name("Save as…"), None);
        set_language(Language::English);
    }

    #[test]
    fn plurals_follow_each_language() {
        set_language(Language::Russian);
        assert_eq!(t!("status-paragraphs", count = 1), "1 абзац");
        assert_eq!(t!("status-paragraphs", count = 3), "3 абзаца");
        assert_eq!(t!("status-paragraphs", count = 11), "11 абзацев");
        set_language(Language::English);
        assert_eq!(t!("status-paragraphs", count = 1), "1 paragraph");
        assert_eq!(t!("status-paragraphs", count = 21), "21 paragraphs");
        assert_eq!(t!("no-such-key"), "no-such-key");
        assert_eq!(t!("find-match-case.tooltip"), "Match case (otherwise “Túnez” finds “TÚNEZ”)");
    }
}
