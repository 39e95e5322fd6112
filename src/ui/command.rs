//! What the user can ask for, in two layers (as rerun's `UICommand` and
//! `SystemCommand`):
//!
//! - [`Action`]: one table of the user's actions. Each has its label, its keyboard
//!   shortcuts (the first is the one shown) and whether it works while a text field
//!   has the keyboard. Menus, the key handler and the help overlay all read this
//!   table, so a shortcut is written in exactly one place.
//! - [`Command`]: what an action (or a click in a panel, or a dialog's answer)
//!   becomes, with everything it needs: the session it acts on ([`SessionId`]), the
//!   annotation, the text. Commands are queued while a frame is drawn and applied
//!   after it (`ui::apply`), the only place the app's state changes.
//! - [`Modal`]: the dialog shown, if any: one at a time, closed by Escape, and while
//!   it is open no key reaches the document behind it.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::agreement::AgreementChoice;
use super::project::command::{ProjectCommand, ProjectDialog, ProjectModal};
use super::selection::Selection;
use crate::export::Format;
use crate::model::{AnnotationId, Segment, Tag, TagId};
use crate::session::import::ImportPreview;
use crate::session::{ListFilter, SessionId, TextSpan};

/// A user action with a label and keyboard shortcuts: the one table of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Open a document or an annotation file (file dialog).
    OpenDocument,
    /// Open an annotation file (file dialog).
    OpenAnnotations,
    /// Open a project: a folder of documents (folder dialog).
    OpenProject,
    /// Save every file with unsaved changes (all open documents and the project).
    SaveAll,
    /// Save the annotations (Save As when they have no file yet).
    Save,
    /// Save the annotations to another file from now on.
    SaveAs,
    /// Export tagged excerpts (format dialog, then file dialog).
    Export,
    /// Import annotations made elsewhere (W3C / Hypothesis JSON): file dialog,
    /// then a preview, then one undo step.
    ImportAnnotations,
    /// Import a REFI-QDA project (its documents, into a folder beside it, then
    /// open the first) or codebook (its codes, into the open document's tags, as
    /// one undo step): file dialog.
    ImportRefi,
    /// Close the window (asks first about unsaved changes).
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Copy the selected text.
    Copy,
    /// Delete the selected highlight.
    DeleteHighlight,
    /// Show the find bar.
    Find,
    /// Next search hit.
    FindNext,
    /// Previous search hit.
    FindPrevious,
    /// Clear the selection and the selected highlight; close the find bar.
    ClearSelection,
    /// Larger text.
    LargerText,
    /// Smaller text.
    SmallerText,
    /// Light or dark theme.
    ToggleTheme,
    /// Show or hide the stakeholder groups panel.
    ToggleTagPanel,
    /// Show or hide the annotations panel.
    ToggleAnnotationPanel,
    /// Longer lines (the reading width).
    WiderColumn,
    /// Shorter lines.
    NarrowerColumn,
    /// The keyboard shortcuts overlay.
    Help,
    /// Scroll one screen down.
    PageDown,
    /// Scroll one screen up.
    PageUp,
    /// Scroll a little down.
    LineDown,
    /// Scroll a little up.
    LineUp,
    /// Go to the start of the document.
    Top,
    /// Go to the end of the document.
    Bottom,
    /// Caret browsing on or off: a caret in the document that the keys move (F7).
    ToggleCaret,
    /// Go to paragraph N (dialog).
    GoToParagraph,
    /// Move the keyboard focus to the next panel (document, annotation list, note, find bar).
    NextPanel,
    /// Move the keyboard focus to the previous panel.
    PreviousPanel,
    /// Select the next annotation in document order.
    NextAnnotation,
    /// Select the previous annotation in document order.
    PreviousAnnotation,
    /// Show or hide the Agreement view (inter-coder agreement).
    AgreementView,
    /// Add another coder's annotation file to the Agreement view (file dialog).
    AddCoderFile,
    /// Merge a colleague's annotation file into this one (file dialog, preview,
    /// one undo step).
    MergeFile,
    /// Show or hide the Conflicts panel.
    ConflictsPanel,
    /// The Authors dialog: people, their names, author aliases.
    Authors,
}

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: [Self; 43] = [
        Self::Undo,
        Self::Redo,
        Self::DeleteHighlight,
        Self::Copy,
        Self::ClearSelection,
        Self::Find,
        Self::FindNext,
        Self::FindPrevious,
        Self::Save,
        Self::SaveAs,
        Self::OpenDocument,
        Self::OpenAnnotations,
        Self::OpenProject,
        Self::SaveAll,
        Self::Export,
        Self::ImportAnnotations,
        Self::ImportRefi,
        Self::LargerText,
        Self::SmallerText,
        Self::ToggleTheme,
        Self::WiderColumn,
        Self::NarrowerColumn,
        Self::ToggleTagPanel,
        Self::ToggleAnnotationPanel,
        Self::PageDown,
        Self::PageUp,
        Self::LineDown,
        Self::LineUp,
        Self::Top,
        Self::Bottom,
        Self::ToggleCaret,
        Self::GoToParagraph,
        Self::NextPanel,
        Self::PreviousPanel,
        Self::NextAnnotation,
        Self::PreviousAnnotation,
        Self::Help,
        Self::Quit,
        Self::AgreementView,
        Self::AddCoderFile,
        Self::MergeFile,
        Self::ConflictsPanel,
        Self::Authors,
    ];

    /// The label in menus and the help overlay, in the interface language
    /// (`action-…` in the catalogues).
    pub fn label(self) -> String {
        crate::ui::i18n::tr(match self {
            Self::OpenDocument => "action-open-document",
            Self::OpenAnnotations => "action-open-annotations",
            Self::OpenProject => "action-open-project",
            Self::SaveAll => "action-save-all",
            Self::Save => "action-save",
            Self::SaveAs => "action-save-as",
            Self::Export => "action-export",
            Self::ImportAnnotations => "action-import-annotations",
            Self::ImportRefi => "action-import-refi",
            Self::Quit => "action-quit",
            Self::Undo => "action-undo",
            Self::Redo => "action-redo",
            Self::Copy => "action-copy",
            Self::DeleteHighlight => "action-delete-highlight",
            Self::Find => "action-find",
            Self::FindNext => "action-find-next",
            Self::FindPrevious => "action-find-previous",
            Self::ClearSelection => "action-clear-selection",
            Self::LargerText => "action-larger-text",
            Self::SmallerText => "action-smaller-text",
            Self::ToggleTheme => "action-toggle-theme",
            Self::ToggleTagPanel => "action-toggle-tag-panel",
            Self::ToggleAnnotationPanel => "action-toggle-annotation-panel",
            Self::WiderColumn => "action-wider-column",
            Self::NarrowerColumn => "action-narrower-column",
            Self::Help => "action-help",
            Self::PageDown => "action-page-down",
            Self::PageUp => "action-page-up",
            Self::LineDown => "action-line-down",
            Self::LineUp => "action-line-up",
            Self::Top => "action-top",
            Self::Bottom => "action-bottom",
            Self::ToggleCaret => "action-toggle-caret",
            Self::GoToParagraph => "action-go-to-paragraph",
            Self::NextPanel => "action-next-panel",
            Self::PreviousPanel => "action-previous-panel",
            Self::NextAnnotation => "action-next-annotation",
            Self::PreviousAnnotation => "action-previous-annotation",
            Self::AgreementView => "action-agreement-view",
            Self::AddCoderFile => "action-add-coder-file",
            Self::MergeFile => "action-merge-file",
            Self::ConflictsPanel => "action-conflicts-panel",
            Self::Authors => "action-authors",
        })
    }

    /// The keyboard shortcuts, the one shown in menus first. `Ctrl` is `Cmd` on macOS.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        const fn key(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::NONE, key)
        }
        const fn cmd(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const fn cmd_shift(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers { shift: true, ..Modifiers::COMMAND }, key)
        }
        const fn shift(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::SHIFT, key)
        }
        const fn alt(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::ALT, key)
        }
        match self {
            Self::OpenDocument => vec![cmd(Key::O)],
            Self::OpenAnnotations
            | Self::ImportAnnotations
            | Self::ImportRefi
            | Self::ToggleTheme
            | Self::AddCoderFile
            | Self::MergeFile
            | Self::ConflictsPanel
            | Self::Authors => vec![],
            Self::OpenProject => vec![cmd_shift(Key::O)],
            Self::SaveAll => vec![KeyboardShortcut::new(Modifiers { alt: true, ..Modifiers::COMMAND }, Key::S)],
            Self::Save => vec![cmd(Key::S)],
            Self::SaveAs => vec![cmd_shift(Key::S)],
            Self::Export => vec![cmd(Key::E)],
            Self::Quit => vec![cmd(Key::Q)],
            Self::Undo => vec![cmd(Key::Z)],
            Self::Redo => vec![cmd_shift(Key::Z), cmd(Key::Y)],
            Self::Copy => vec![cmd(Key::C)],
            Self::DeleteHighlight => vec![key(Key::Delete), key(Key::Backspace)],
            Self::Find => vec![cmd(Key::F)],
            Self::FindNext => vec![key(Key::F3)],
            Self::FindPrevious => vec![shift(Key::F3)],
            Self::ClearSelection => vec![key(Key::Escape)],
            Self::LargerText => vec![cmd(Key::Plus), cmd(Key::Equals)],
            Self::SmallerText => vec![cmd(Key::Minus)],
            Self::ToggleTagPanel => vec![cmd_shift(Key::G)],
            Self::ToggleAnnotationPanel => vec![cmd_shift(Key::A)],
            Self::WiderColumn => vec![cmd(Key::CloseBracket)],
            Self::NarrowerColumn => vec![cmd(Key::OpenBracket)],
            Self::Help => vec![key(Key::F1)],
            // Space scrolls only when the document has the keyboard (see `GlosaApp::keys`).
            Self::PageDown => vec![key(Key::PageDown)],
            Self::PageUp => vec![key(Key::PageUp)],
            Self::LineDown => vec![key(Key::ArrowDown)],
            Self::LineUp => vec![key(Key::ArrowUp)],
            Self::Top => vec![key(Key::Home), cmd(Key::Home)],
            Self::Bottom => vec![key(Key::End), cmd(Key::End)],
            Self::ToggleCaret => vec![key(Key::F7)],
            Self::GoToParagraph => vec![cmd(Key::G)],
            Self::NextPanel => vec![key(Key::F6)],
            Self::PreviousPanel => vec![shift(Key::F6)],
            Self::NextAnnotation => vec![key(Key::N), alt(Key::ArrowDown)],
            Self::PreviousAnnotation => vec![key(Key::P), alt(Key::ArrowUp)],
            Self::AgreementView => vec![cmd_shift(Key::K)],
        }
    }

    /// Whether the shortcut works while a text field (the note, the find box) has
    /// the keyboard. Those that would steal the field's own keys (undo, copy,
    /// Delete, arrows…) work only on the document.
    pub fn works_in_text_fields(self) -> bool {
        matches!(
            self,
            Self::OpenDocument
                | Self::OpenAnnotations
                | Self::OpenProject
                | Self::SaveAll
                | Self::Save
                | Self::SaveAs
                | Self::Export
                | Self::ImportAnnotations
                | Self::ImportRefi
                | Self::Quit
                | Self::Find
                | Self::FindNext
                | Self::FindPrevious
                | Self::LargerText
                | Self::SmallerText
                | Self::ToggleTheme
                | Self::WiderColumn
                | Self::NarrowerColumn
                | Self::ToggleTagPanel
                | Self::ToggleAnnotationPanel
                | Self::Help
                | Self::NextPanel
                | Self::PreviousPanel
                | Self::GoToParagraph
                | Self::AgreementView
                | Self::AddCoderFile
                | Self::MergeFile
                | Self::ConflictsPanel
                | Self::Authors
        )
    }

    /// The shortcut shown next to the label, formatted for this platform
    /// (`Ctrl+Shift+S`, or `⇧⌘S` on macOS).
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        self.shortcuts().first().map(|s| shortcut_label(ctx, s))
    }

    /// All shortcuts, joined with ", " (`Ctrl+Shift+Z, Ctrl+Y`).
    pub fn all_shortcuts_text(self, ctx: &egui::Context) -> String {
        self.shortcuts().iter().map(|s| shortcut_label(ctx, s)).collect::<Vec<_>>().join(", ")
    }

    /// The actions whose shortcuts were pressed this frame (consuming the keys).
    /// `text_field`: a text field has the keyboard (see
    /// [`Action::works_in_text_fields`]). Shortcuts with Shift are matched before
    /// those without, so Ctrl+Shift+S is Save as, not Save.
    pub fn pressed(ctx: &egui::Context, text_field: bool) -> Vec<Self> {
        let mut bindings: Vec<(KeyboardShortcut, Self)> = Self::ALL
            .iter()
            .filter(|a| !text_field || a.works_in_text_fields())
            .flat_map(|a| a.shortcuts().into_iter().map(move |s| (s, *a)))
            .collect();
        bindings.sort_by_key(|(s, _)| std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.alt)));
        let mut pressed = Vec::new();
        ctx.input_mut(|input| {
            for (shortcut, action) in bindings {
                if input.consume_shortcut(&shortcut) && !pressed.contains(&action) {
                    pressed.push(action);
                }
            }
            // Platforms deliver Ctrl+C as a copy event rather than a key.
            if !text_field
                && !pressed.contains(&Self::Copy)
                && input.events.iter().any(|e| matches!(e, egui::Event::Copy))
            {
                pressed.push(Self::Copy);
            }
        });
        pressed
    }
}

/// The digit keys 1 to 9: tag the selection, or toggle a tag on the selected
/// highlight, with the tag whose shortcut is that digit.
pub const TAG_KEYS: [Key; 9] =
    [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8, Key::Num9];

/// The pointer gestures and the keys that are not menu actions, for the help
/// overlay (menu actions come from [`Action`]): catalogue keys, each message the
/// gesture and its `.action` attribute what it does.
pub const POINTER_HELP: &[&str] = &[
    "help-drag",
    "help-click-word",
    "help-tag-keys",
    "help-click-highlight",
    "help-click-number",
    "help-caret-arrows",
    "help-caret-words",
    "help-caret-lines",
    "help-caret-pages",
    "help-list-enter",
    "help-escape",
];

/// What a file dialog is for.
#[derive(Clone, Debug, PartialEq)]
pub enum FileDialogKind {
    /// Open a document (or an annotation file).
    OpenDocument,
    /// Open an annotation file.
    OpenAnnotations,
    /// Choose where to save a session's annotations; then run the command (open a
    /// file, quit) once saved.
    SaveAs(SessionId, Option<Box<Command>>),
    /// Choose where to export a session's excerpts.
    Export(SessionId, ExportChoice),
    /// A project file dialog (open a project, export a view, import attributes).
    Project(ProjectDialog),
    /// Keep mine: choose a new file for a session's annotations (its file was
    /// changed by someone else); then run the command once saved.
    SaveCopy(SessionId, Option<Box<Command>>),
    /// Choose the document for this annotation file (its stored path is missing,
    /// or leads outside its folder and the user would rather pick the file).
    ChooseDocument(PathBuf),
    /// Choose another coder's annotation file for the Agreement view.
    AddCoderFile,
    /// Choose where to export the Agreement view's table, disagreements or report.
    ExportAgreement(AgreementExport),
    /// Choose a W3C Web Annotation / Hypothesis JSON file to import into a session.
    ImportAnnotations(SessionId),
    /// Choose a REFI-QDA project (`.qdpx`) or codebook (`.qdc`) to import.
    ImportRefi,
    /// Choose a colleague's annotation file to merge into a session.
    MergeFile(SessionId),
}

/// What of the Agreement view to export, in which format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgreementExport {
    /// The table of measures, CSV.
    TableCsv,
    /// The disagreement list, CSV.
    DisagreementsCsv,
    /// Table and disagreements, a Markdown report.
    ReportMarkdown,
}

impl AgreementExport {
    /// Every export, in the order the view offers them.
    pub const ALL: [Self; 3] = [Self::TableCsv, Self::DisagreementsCsv, Self::ReportMarkdown];

    /// The button's label, in the interface language.
    pub fn label(self) -> String {
        crate::t!(match self {
            Self::TableCsv => "agreement-export-table",
            Self::DisagreementsCsv => "agreement-export-disagreements",
            Self::ReportMarkdown => "agreement-export-report",
        })
    }

    /// The file name suggested.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::TableCsv => "agreement.csv",
            Self::DisagreementsCsv => "agreement-disagreements.csv",
            Self::ReportMarkdown => "agreement.md",
        }
    }

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::TableCsv | Self::DisagreementsCsv => "csv",
            Self::ReportMarkdown => "md",
        }
    }
}

/// Export format and scope.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportChoice {
    /// The format.
    pub format: Format,
    /// Only the annotations the list filter shows.
    pub filtered: bool,
}

/// What to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenRequest {
    /// The document or annotation file.
    pub path: PathBuf,
    /// `true`: `path` is an annotation file whatever its name; `false`: decided by
    /// its name (`*.glosa.ron`).
    pub as_annotations: bool,
    /// For a document: the annotation file to use with it.
    pub annotations: Option<PathBuf>,
    /// Replace the open session even if it has unsaved changes (the user chose
    /// Discard). Otherwise the app asks first.
    pub discard_unsaved: bool,
}

impl OpenRequest {
    /// Open `path`, a document or (by its name) an annotation file.
    pub fn file(path: PathBuf) -> Self {
        Self { path, as_annotations: false, annotations: None, discard_unsaved: false }
    }
}

/// Which way to step through search hits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards the end.
    Forward,
    /// Towards the start.
    Backward,
}

/// Where the document view goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scroll {
    /// By this many points (positive: towards the end).
    By(f32),
    /// By this many screens.
    Pages(f32),
    /// To the start.
    Top,
    /// To the end.
    Bottom,
}

/// A side panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// The stakeholder groups (tag palette), left.
    Tags,
    /// The annotation list and note editor, right.
    Annotations,
}

/// Whether selecting an annotation scrolls the document to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reveal {
    /// Scroll so that it is in view (chosen in the list).
    Scroll,
    /// Leave the view where it is (clicked in the document).
    Stay,
}

/// Something to do, applied after the frame is drawn. Commands that change or
/// look at a document name its session; one for a session that is no longer open
/// does nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Open a document or annotation file.
    Open(OpenRequest),
    /// Show a file dialog (or, without a dialog service, the in-app path prompt).
    FileDialog(FileDialogKind),
    /// Save the session's annotations (Save As if they have no file yet); then run
    /// `then`. `overwrite`: even if the file changed on disk.
    Save {
        /// The session.
        session: SessionId,
        /// The user chose to overwrite a file changed on disk.
        overwrite: bool,
        /// What to do once saved (open a file, quit).
        then: Option<Box<Command>>,
    },
    /// The user agreed that saving the session drops the fields this Glosa does
    /// not know ([`crate::session::Session::accept_dropping_unknown_fields`]).
    AcceptDroppingUnknownFields(SessionId),
    /// Save the session's annotations to `path` from now on; then run `then`.
    SaveAs {
        /// The session.
        session: SessionId,
        /// Where (a folder gets `DOC-NAME.glosa.ron`; `.glosa.ron` is added).
        path: PathBuf,
        /// What to do once saved.
        then: Option<Box<Command>>,
    },
    /// Export a session's excerpts to a file.
    Export(SessionId, PathBuf, ExportChoice),
    /// Read a W3C Web Annotation / Hypothesis JSON file and show what importing it
    /// into the session would do ([`Modal::ImportPreview`]).
    PreviewImport(SessionId, PathBuf),
    /// Apply a previewed import to the session as one undo step.
    Import(SessionId, Box<ImportPreview>),
    /// Import a REFI-QDA file: a codebook's codes into the active session's tags
    /// (one undo step); a project's documents into a folder beside it (named after
    /// it), then open the first of them.
    ImportRefi(PathBuf),
    /// Close the window; `discard_unsaved`: without asking about unsaved changes.
    Quit {
        /// The user chose Discard (or saved).
        discard_unsaved: bool,
    },
    /// Undo the session's last change.
    Undo(SessionId),
    /// Redo the session's last undone change.
    Redo(SessionId),
    /// A new highlight on `segments` with `tag`.
    Highlight {
        /// The session.
        session: SessionId,
        /// What is highlighted, one segment per paragraph.
        segments: Vec<Segment>,
        /// Its tag.
        tag: TagId,
    },
    /// Add or remove `tag` on an annotation.
    ToggleTag(SessionId, AnnotationId, TagId),
    /// Delete an annotation.
    Delete(SessionId, AnnotationId),
    /// Replace an annotation's note (typing merges into one undo step).
    SetNote(SessionId, AnnotationId, String),
    /// Tag many spans at once (find's *Tag all hits with…*), one undo step.
    TagSpans(SessionId, Vec<TextSpan>, TagId),
    /// Add a tag to the session's tag set.
    AddTag(SessionId, Tag),
    /// Change a tag's label, colour, description or shortcut.
    UpdateTag(SessionId, Tag),
    /// Delete a tag (asked and confirmed before).
    DeleteTag(SessionId, TagId),
    /// Move a tag to this position in the palette.
    MoveTag(SessionId, TagId, usize),
    /// Select an annotation (`None`: none) in the session's view.
    Select(SessionId, Option<AnnotationId>, Reveal),
    /// Set the reader's text selection in the session's view (`None`: clear it).
    SetSelection(SessionId, Option<Selection>),
    /// Clear the selection and the selected annotation; close the find bar.
    ClearSelection(SessionId),
    /// Show or hide a tag's highlights.
    ToggleTagVisibility(TagId),
    /// Set the annotation list's filter.
    SetFilter(ListFilter),
    /// Show the find bar and focus its field.
    OpenFind,
    /// Hide the find bar.
    CloseFind,
    /// Search for this text.
    SetQuery(String),
    /// Set what find tells apart (the find bar's toggles).
    SetFindOptions(crate::session::FindOptions),
    /// Go to the next or previous search hit.
    NextHit(Direction),
    /// Move the document view.
    Scroll(Scroll),
    /// Put text on the clipboard.
    CopyText(String),
    /// Show a status message.
    Message(String),
    /// Change the text size by this many points.
    FontSize(f32),
    /// Switch light / dark theme.
    ToggleTheme,
    /// Move the caret (and the selection: `anchor..head`, empty for a bare caret)
    /// and scroll it into view.
    MoveCaret(SessionId, Selection),
    /// Caret browsing on or off.
    ToggleCaret,
    /// Move the caret to the start of this paragraph (index).
    GoToParagraph(SessionId, usize),
    /// Move the keyboard focus to the next (`true`) or previous panel.
    FocusPanel(bool),
    /// Give the keyboard to the selected annotation's note (next frame).
    FocusNote,
    /// The note editor took the keyboard.
    NoteFocused,
    /// Give the keyboard back to the document.
    FocusDocument,
    /// Set the interface language (`None`: follow the system's).
    SetLanguage(Option<super::i18n::Language>),
    /// Change the reading width by this many characters per line.
    ReadingWidth(i16),
    /// Show or hide a side panel.
    TogglePanel(Panel),
    /// Open a document without annotations, its annotation file (unreadable) left
    /// as it is.
    OpenWithoutAnnotations {
        /// The document.
        document: PathBuf,
        /// The annotation file that cannot be read.
        annotations: PathBuf,
    },
    /// Restore an unreadable annotation file from its backup and open it.
    RestoreBackup {
        /// The document, if known (otherwise the backup names it).
        document: Option<PathBuf>,
        /// The annotation file that cannot be read.
        annotations: PathBuf,
    },
    /// Open an annotation file with the document the user agreed to or picked
    /// (after [`Modal::DocumentOutside`] or [`Modal::DocumentMissing`]).
    OpenAnnotationsWith {
        /// The annotation file.
        annotations: PathBuf,
        /// Which document.
        document: DocumentChoice,
    },
    /// Open a document with an annotation file that belongs to another existing
    /// document (after [`Modal::OtherDocument`], "Use it for this document"):
    /// its header names this document from the next save on.
    OpenRetargeting {
        /// The document.
        document: PathBuf,
        /// The other document's annotation file.
        annotations: PathBuf,
    },
    /// Replace a session's annotations with the file's version on disk (their
    /// version); unsaved changes are dropped.
    Reload(SessionId),
    /// The user saw that someone else changed the session's file and keeps working
    /// on their own version for now (Cancel): not asked again about that version.
    KeepWorking(SessionId),
    /// Show a dialog (replacing any other).
    ShowModal(Modal),
    /// Close the dialog.
    CloseModal,
    /// Dismiss the oldest error message.
    DismissError,
    /// Something for the project views (see [`ProjectCommand`]).
    Project(ProjectCommand),
    /// Show or hide the Agreement view.
    ToggleAgreementView,
    /// Add another coder's annotation file to the Agreement view.
    AddCoderFile(PathBuf),
    /// Take a coder's file out of the Agreement view.
    RemoveCoderFile(PathBuf),
    /// Change the coders and tags compared, or the threshold.
    SetAgreementChoice(AgreementChoice),
    /// Select the passage of a disagreement (index into the view's list) and
    /// scroll the document to it.
    GoToDisagreement(usize),
    /// Write the Agreement view's table, disagreements or report to a file.
    ExportAgreement(PathBuf, AgreementExport),
    /// Read a colleague's annotation file and show what merging it into the
    /// session would do ([`Modal::MergePreview`]).
    PreviewMerge(SessionId, PathBuf),
    /// Merge a colleague's annotation file into the session, one undo step.
    Merge(SessionId, PathBuf),
    /// Merge the version of the session's file on disk (someone else saved it)
    /// into the session, one undo step (the external-change dialog's Merge).
    MergeDisk(SessionId),
    /// Merge sync clients' conflict copies into the session, one undo step.
    MergeCopies(SessionId, Vec<PathBuf>),
    /// Do not offer these conflict copies again while the app runs.
    DismissCopies(Vec<PathBuf>),
    /// Merge the recovery journal into the session, one undo step.
    Recover(SessionId),
    /// Delete the recovery journal (its unsaved work is dropped).
    DiscardRecovery(SessionId),
    /// Resolve a conflict on an annotation, one undo step.
    ResolveConflict(SessionId, AnnotationId, crate::model::merge::Resolution),
    /// Open the editor of a conflict ([`Modal::EditConflict`]), pre-filled with
    /// its displayed version.
    EditConflict(SessionId, AnnotationId),
    /// Resolve a conflict with an edited annotation (a new version dominating
    /// every survivor), one undo step.
    ResolveEdited(SessionId, AnnotationId, Box<crate::model::Annotation>),
    /// Show the recovery prompt again for a journal the user answered "Later" to.
    AskRecovery(SessionId),
    /// Hide the notice after a change on disk was followed.
    DismissDiskNotice,
    /// Show or hide the Conflicts panel.
    ToggleConflictsPanel,
    /// Show or hide a person's highlights and annotations (aliases resolved).
    ToggleAuthor(String),
    /// Record that author name (or person) `.1` is the person `.2` (an author
    /// alias, in the annotation file), one undo step.
    AliasAuthor(SessionId, String, String),
}

impl Command {
    /// Open `path`, a document or (by its name) an annotation file.
    pub fn open(path: impl Into<PathBuf>) -> Self {
        Self::Open(OpenRequest::file(path.into()))
    }
}

/// `shortcut` as menus and the help overlay show it, in the interface language:
/// its modifiers and its key named as that language's keyboards label them
/// (catalogue `key-…`: `Maj+Échap` in French, `Mayús+Supr` in Spanish), arrow
/// keys as arrows, a punctuation key as its character (`Ctrl+]`, not
/// `Ctrl+CloseBracket`), other keys as egui names them (`F3`, `Z`). On macOS
/// as egui formats it, with the symbols of that platform (`⌘⇧Z`).
pub fn shortcut_label(ctx: &egui::Context, shortcut: &egui::KeyboardShortcut) -> String {
    let key = key_label(shortcut.logical_key);
    if ctx.os() == egui::os::OperatingSystem::Mac {
        let text = ctx.format_shortcut(shortcut);
        return match text.strip_suffix(shortcut.logical_key.name()) {
            Some(modifiers) => format!("{modifiers}{key}"),
            None => text,
        };
    }
    let modifiers = shortcut.modifiers;
    let mut parts: Vec<String> =
        [(modifiers.ctrl || modifiers.command, "key-ctrl"), (modifiers.alt, "key-alt"), (modifiers.shift, "key-shift")]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, id)| super::i18n::tr_logical(id))
            .collect();
    parts.push(key);
    parts.join("+")
}

/// `key` as [`shortcut_label`] names it.
fn key_label(key: Key) -> String {
    let symbol = match key {
        Key::OpenBracket => "[",
        Key::CloseBracket => "]",
        Key::Comma => ",",
        Key::Period => ".",
        Key::Minus => "-",
        Key::Plus => "+",
        Key::Equals => "=",
        Key::Semicolon => ";",
        Key::Slash => "/",
        Key::Backslash => "\\",
        Key::Backtick => "`",
        Key::ArrowLeft => "←",
        Key::ArrowRight => "→",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        _ => "",
    };
    if !symbol.is_empty() {
        return symbol.to_owned();
    }
    let id = match key {
        Key::Escape => "key-escape",
        Key::Delete => "key-delete",
        Key::Backspace => "key-backspace",
        Key::PageUp => "key-page-up",
        Key::PageDown => "key-page-down",
        Key::Home => "key-home",
        Key::End => "key-end",
        Key::Enter => "key-enter",
        Key::Space => "key-space",
        Key::Tab => "key-tab",
        Key::Insert => "key-insert",
        _ => return key.name().to_owned(),
    };
    super::i18n::tr_logical(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, Action)> = Vec::new();
        for action in Action::ALL {
            for shortcut in action.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| *s == shortcut) {
                    panic!("{action:?} and {other:?} share {shortcut:?}");
                }
                seen.push((shortcut, action));
            }
        }
        for key in TAG_KEYS {
            assert!(seen.iter().all(|(s, _)| s.logical_key != key), "{key:?} is a tag key");
        }
    }

    #[test]
    fn punctuation_keys_are_shown_as_their_characters() {
        let ctx = egui::Context::default();
        assert_eq!(Action::WiderColumn.shortcut_text(&ctx).as_deref(), Some("Ctrl+]"));
        assert_eq!(Action::NarrowerColumn.shortcut_text(&ctx).as_deref(), Some("Ctrl+["));
        let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
        assert_eq!(shortcut_label(&ctx, &save), "Ctrl+S");
    }

    #[test]
    fn keys_are_named_in_the_interface_language() {
        use crate::ui::i18n::{Language, set_language};
        let ctx = egui::Context::default();
        let texts = || {
            [
                Action::ClearSelection,
                Action::DeleteHighlight,
                Action::PageDown,
                Action::PreviousPanel,
                Action::NextAnnotation,
            ]
            .map(|a| a.all_shortcuts_text(&ctx))
        };
        set_language(Language::French);
        let french = texts();
        set_language(Language::Spanish);
        let spanish = texts();
        set_language(Language::English);
        assert_eq!(french, ["Échap", "Suppr, Retour arrière", "Page suiv.", "Maj+F6", "N, Alt+↓"]);
        assert_eq!(spanish, ["Escape", "Supr, Retroceso", "Av Pág", "Mayús+F6", "N, Alt+↓"]);
        assert_eq!(texts(), ["Escape", "Delete, Backspace", "Page Down", "Shift+F6", "N, Alt+↓"]);
        assert_eq!(Action::SaveAll.all_shortcuts_text(&ctx), "Ctrl+Alt+S");
    }

    #[test]
    fn every_action_is_listed_once() {
        for (i, action) in Action::ALL.iter().enumerate() {
            assert!(!Action::ALL[..i].contains(action), "{action:?} twice");
        }
    }
}

/// The dialog shown over the window. At most one is open; while it is, keys go to
/// it alone (Escape closes it, as Cancel would).
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// The keyboard shortcuts (F1).
    Help,
    /// Choosing an export format for a session.
    Export(SessionId, ExportChoice),
    /// Adding or editing a tag of a session's tag set.
    TagEditor(SessionId, TagDraft),
    /// Deleting a tag: how many annotations lose it; Delete or Cancel.
    ConfirmDeleteTag(SessionId, TagId),
    /// The session has unsaved changes: Save, Discard or Cancel before `then`
    /// (opening another file, quitting).
    UnsavedChanges(SessionId, Box<Command>),
    /// Someone else changed the session's annotation file on disk while there are
    /// unsaved changes here (found by the file watcher, or at save): Reload (their
    /// version, these changes dropped), Keep mine (save as a copy…) or Cancel;
    /// `then` runs after saving the copy.
    SaveConflict(SessionId, Option<Box<Command>>),
    /// An annotation file names a document outside its folder tree (absolute, or
    /// climbing with `..`): Open it anyway, Choose the document…, or Cancel.
    DocumentOutside(DocumentQuestion),
    /// The document an annotation file names cannot be read (missing, moved):
    /// Choose the document… (relink) or Cancel.
    DocumentMissing(DocumentQuestion),
    /// No file dialog service: type the path instead.
    PathPrompt(PathPrompt),
    /// Go to paragraph N (Ctrl+G): the number typed so far.
    GoTo(SessionId, String),
    /// A project dialog (see [`ProjectModal`]).
    Project(ProjectModal),
    /// What importing a file will do (placed / moved / orphaned, per author):
    /// Import or Cancel.
    ImportPreview(SessionId, Box<ImportPreview>),
    /// An annotation file cannot be read: open the document without annotations,
    /// restore the backup, or cancel.
    Unreadable(Unreadable),
    /// A REFI-QDA project or codebook was opened as a document: the message
    /// (naming the file and File ▸ Import REFI-QDA…), then Import it (as that
    /// menu item would) or Cancel.
    RefiNotDocument(PathBuf, String),
    /// What merging a colleague's file will do (added / updated / conflicts /
    /// orphaned, per author): Merge or Cancel.
    MergePreview(SessionId, Box<super::team::MergePreview>),
    /// Sync clients' conflict copies beside the session's file: Merge or Not now.
    SyncCopies(SessionId, Vec<PathBuf>),
    /// A recovery journal holds this many unsaved changes: Recover, Discard or
    /// Later.
    Recover(SessionId, usize),
    /// Team ▸ Authors…: each person, their names and counts, "Same person as…".
    Authors(SessionId),
    /// Saving would drop fields of the annotation file this Glosa does not know
    /// (named in the dialog): Save anyway (then the `Save` command, kept here)
    /// or Cancel.
    DropUnknownFields(SessionId, Box<Command>),
    /// The Conflicts panel's "Edit…": the draft resolving one conflict.
    EditConflict(SessionId, Box<super::team::ConflictDraft>),
    /// The annotation file given for a document belongs to another document,
    /// which exists: Open that document with it (the default), Use it for this
    /// document, Open this document with its own annotation file, or Cancel.
    OtherDocument(OtherDocument),
}

/// A document to open with an annotation file made for another document that
/// exists ([`Modal::OtherDocument`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherDocument {
    /// The document being opened.
    pub document: PathBuf,
    /// The annotation file given for it.
    pub annotations: PathBuf,
    /// The document the annotation file's header names.
    pub named: PathBuf,
    /// The user already chose to discard the unsaved work of the session shown.
    pub discard_unsaved: bool,
}

/// An annotation file that cannot be read, and what can be done about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// The document, when known (it was being opened).
    pub document: Option<PathBuf>,
    /// The annotation file.
    pub annotations: PathBuf,
    /// Why it cannot be read (one line, naming the file).
    pub error: String,
    /// Its backup (`FILE.bak`), when that exists and reads.
    pub backup: Option<PathBuf>,
}

/// Which document to open an annotation file with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentChoice {
    /// The stored path wherever it leads: the user saw it and agreed.
    Anywhere,
    /// This file, picked by the user (relinking).
    Chosen(PathBuf),
}

/// An annotation file whose stored document path is not followed without asking,
/// or cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentQuestion {
    /// The annotation file.
    pub annotations: PathBuf,
    /// The document path as stored in it.
    pub stored: String,
    /// The file that path leads to.
    pub resolved: PathBuf,
    /// Why it is asked (one line).
    pub why: String,
}

/// The in-app path dialog, shown where no native file dialog can open.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPrompt {
    /// What the path is for.
    pub kind: FileDialogKind,
    /// The path typed so far.
    pub text: String,
    /// Why no native dialog is shown.
    pub reason: String,
}

/// A tag being added or edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagDraft {
    /// `None` for a new tag.
    pub id: Option<TagId>,
    /// Label.
    pub label: String,
    /// Description (the code memo).
    pub description: String,
    /// Colour (sRGB).
    pub color: [u8; 3],
}
