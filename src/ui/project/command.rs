//! What the project views ask for ([`ProjectCommand`], queued as
//! [`Command::Project`]), their dialogs ([`ProjectModal`], shown as
//! [`crate::ui::command::Modal::Project`]) and file dialogs ([`ProjectDialog`]).

use std::path::PathBuf;

use super::{CorpusSort, ProjectView, TableSpec};
use crate::export::segments::SegmentFormat;
use crate::model::TagId;
use crate::model::attributes::{AttributeId, AttributeKind};
use crate::model::project::ProjectEdit;
use crate::session::SessionId;
use crate::session::project::export::ProjectFormat;
use crate::session::project::{CodedSegment, SearchHit, SearchOptions, SegmentQuery};
use crate::session::refi::ProjectImport;
use crate::ui::command::{Command, ExportChoice};

/// Something a project view asks for, applied after the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum ProjectCommand {
    /// Open a project (a folder or a `*.glosa-project.ron`), replacing what is open
    /// (after asking about unsaved work unless `discard_unsaved`).
    Open {
        /// The folder or project file.
        path: PathBuf,
        /// The user chose Discard.
        discard_unsaved: bool,
    },
    /// Show a project view (`None`: the active document).
    ShowView(Option<ProjectView>),
    /// Show a session's document.
    Activate(SessionId),
    /// Close a session's tab (asking first about unsaved changes unless
    /// `discard_unsaved`).
    CloseSession {
        /// The session.
        session: SessionId,
        /// The user chose Discard.
        discard_unsaved: bool,
    },
    /// Open a project document (its position) in the user's own annotation file.
    OpenDocument(usize),
    /// Open the document and file of a coded segment, at the passage, selected.
    OpenSegment(Box<CodedSegment>),
    /// Open a search hit's document (the user's file) with the hit selected.
    OpenHit(Box<SearchHit>),
    /// Change the project (codebook, attributes, documents) as an undo step.
    Edit(ProjectEdit),
    /// Undo the last project change.
    Undo,
    /// Redo the last undone project change.
    Redo,
    /// Save the project file.
    Save,
    /// Save every modified session and the project file, then run `then`.
    SaveAll {
        /// What to do once everything is saved (quit, open another project).
        then: Option<Box<Command>>,
    },
    /// Sort the corpus panel (the same column again reverses).
    Sort(CorpusSort),
    /// Filter the corpus panel by text.
    Filter(String),
    /// Choose the document whose attributes are edited.
    SelectDocument(Option<usize>),
    /// An attribute value being typed.
    Draft {
        /// The document's position.
        document: usize,
        /// The attribute.
        attribute: AttributeId,
        /// The text so far.
        text: String,
    },
    /// Set a document's value (a typed draft committed, a choice picked).
    SetValue {
        /// The document's position.
        document: usize,
        /// The attribute.
        attribute: AttributeId,
        /// The value; `None` removes it.
        value: Option<String>,
    },
    /// Change the coded-segments query (shared filters of segments and tables).
    Query(SegmentQuery),
    /// Show another table.
    Table(TableSpec),
    /// Open a table cell's segments (`None`: close them).
    Cell(Option<(usize, usize)>),
    /// Change the corpus search's text or options.
    Search {
        /// The text.
        query: String,
        /// The options.
        options: SearchOptions,
    },
    /// Run the corpus search.
    RunSearch,
    /// Tag every hit of the last search with this tag.
    Autocode(TagId),
    /// Undo the last auto-coding in every session it changed.
    UndoAutocode,
    /// Write the coded segments shown to a file.
    ExportSegments(PathBuf, SegmentFormat),
    /// Write the whole project to a file in this format.
    ExportProject(PathBuf, ProjectFormat),
    /// Write the table shown as CSV.
    ExportTable(PathBuf),
    /// Set attributes from a CSV file.
    ImportAttributes(PathBuf),
    /// Write every document's attributes as CSV.
    ExportAttributes(PathBuf),
    /// Look for documents and annotation files added to the folder since.
    Rescan,
}

/// A project dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum ProjectModal {
    /// Several files have unsaved changes: Save all, Discard all or Cancel before
    /// `then` (quit, open another project).
    UnsavedAll(Box<Command>),
    /// Adding or editing a code of the codebook.
    CodeEditor(CodeDraft),
    /// Adding or editing an attribute.
    AttributeEditor(AttributeDraft),
    /// Removing an attribute and every document's value for it.
    ConfirmRemoveAttribute(AttributeId),
    /// Choosing the format of a coded-segments export.
    ExportSegments(SegmentFormat),
    /// File ▸ Export with a project open: the current document, the whole project
    /// or the coded segments retrieved, in a format each allows.
    Export(ProjectExportChoice),
    /// What importing a REFI-QDA project did: documents, codes linked or
    /// created, codings placed or orphaned, elements and values left out.
    ImportReport(Box<ImportReport>),
}

/// What File ▸ Export exports when a project is open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExportScope {
    /// The document shown (its session's annotations), as without a project.
    Document,
    /// Every document of the project ([`Project::export_whole`]).
    ///
    /// [`Project::export_whole`]: crate::session::project::Project::export_whole
    #[default]
    Project,
    /// The coded segments the Coded segments view retrieved.
    Retrieval,
}

/// The choices of the project's Export dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProjectExportChoice {
    /// The document shown, if one is (the Document scope exports it).
    pub session: Option<SessionId>,
    /// What to export.
    pub scope: ExportScope,
    /// The format for the Document scope.
    pub document: ExportChoice,
    /// The format for the Project scope.
    pub project: ProjectFormat,
    /// The format for the Retrieval scope.
    pub segments: SegmentFormat,
}

impl ProjectExportChoice {
    /// The dialog as it opens: the document when one is shown, else the project.
    pub fn new(session: Option<SessionId>, scope: ExportScope) -> Self {
        let scope = if scope == ExportScope::Document && session.is_none() { ExportScope::Project } else { scope };
        Self {
            session,
            scope,
            document: ExportChoice::default(),
            project: ProjectFormat::Segments(SegmentFormat::Csv),
            segments: SegmentFormat::Csv,
        }
    }
}

/// A REFI-QDA project imported into a Glosa project, as its report dialog shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// The QDPX file imported.
    pub path: PathBuf,
    /// What the import did.
    pub import: ProjectImport,
    /// Whether the project was opened (not when unsaved work was open: then the
    /// dialog offers to open it, which asks about that work first).
    pub opened: bool,
}

/// A code being added or edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeDraft {
    /// `None` for a new code.
    pub id: Option<TagId>,
    /// Label.
    pub label: String,
    /// The code memo: what the code means and when to use it.
    pub description: String,
    /// Colour (sRGB).
    pub color: [u8; 3],
    /// Parent code (`None`: top level).
    pub parent: Option<TagId>,
}

/// The kinds of attribute, as the editor offers them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KindChoice {
    /// Free text.
    #[default]
    Text,
    /// A number.
    Number,
    /// A date.
    Date,
    /// One of a list.
    OneOf,
}

impl KindChoice {
    /// Every kind, in menu order.
    pub const ALL: [Self; 4] = [Self::Text, Self::Number, Self::Date, Self::OneOf];

    /// Its name in the editor, in the interface language.
    pub fn label(self) -> String {
        crate::ui::i18n::tr(match self {
            Self::Text => "kind-text",
            Self::Number => "kind-number",
            Self::Date => "kind-date",
            Self::OneOf => "kind-one-of",
        })
    }

    /// The choice for an attribute kind.
    pub fn of(kind: &AttributeKind) -> Self {
        match kind {
            AttributeKind::Text => Self::Text,
            AttributeKind::Number => Self::Number,
            AttributeKind::Date => Self::Date,
            AttributeKind::OneOf(_) => Self::OneOf,
        }
    }
}

/// An attribute being added or edited.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttributeDraft {
    /// `None` for a new attribute.
    pub id: Option<AttributeId>,
    /// Label.
    pub label: String,
    /// What it records.
    pub description: String,
    /// Its kind.
    pub kind: KindChoice,
    /// For "one of": the choices, one per line.
    pub choices: String,
    /// Why the last OK was refused.
    pub error: Option<String>,
}

impl AttributeDraft {
    /// The kind the draft describes (choices trimmed, empty lines dropped).
    pub fn kind(&self) -> AttributeKind {
        match self.kind {
            KindChoice::Text => AttributeKind::Text,
            KindChoice::Number => AttributeKind::Number,
            KindChoice::Date => AttributeKind::Date,
            KindChoice::OneOf => AttributeKind::OneOf(
                self.choices.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect(),
            ),
        }
    }
}

/// What a project file dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjectDialog {
    /// Choose a project folder (or project file) to open.
    Open,
    /// Where to write the coded segments shown.
    ExportSegments(SegmentFormat),
    /// Where to write the whole project in this format.
    ExportProject(ProjectFormat),
    /// Where to write the table shown.
    ExportTable,
    /// A CSV of attributes to import.
    ImportAttributes,
    /// Where to write the attributes CSV.
    ExportAttributes,
}

impl ProjectDialog {
    /// The command for the path chosen.
    pub fn chosen(&self, path: PathBuf) -> Command {
        Command::Project(match self {
            Self::Open => ProjectCommand::Open { path, discard_unsaved: false },
            Self::ExportSegments(format) => ProjectCommand::ExportSegments(path, *format),
            Self::ExportProject(format) => ProjectCommand::ExportProject(path, *format),
            Self::ExportTable => ProjectCommand::ExportTable(path),
            Self::ImportAttributes => ProjectCommand::ImportAttributes(path),
            Self::ExportAttributes => ProjectCommand::ExportAttributes(path),
        })
    }

    /// The file name a save dialog suggests.
    pub fn file_name(&self) -> String {
        match self {
            Self::Open | Self::ImportAttributes => String::new(),
            Self::ExportSegments(format) => format!("coded-segments.{}", format.extension()),
            Self::ExportProject(format) => format!("project.{}", format.extension()),
            Self::ExportTable => "table.csv".to_owned(),
            Self::ExportAttributes => "attributes.csv".to_owned(),
        }
    }

    /// The dialog's title where no native dialog exists (the in-app prompt), in
    /// the interface language.
    pub fn title(&self) -> String {
        crate::ui::i18n::tr(match self {
            Self::Open => "path-open-project",
            Self::ExportSegments(_) => "path-export-segments",
            Self::ExportProject(_) => "path-export-project",
            Self::ExportTable => "path-export-table",
            Self::ImportAttributes => "path-import-attributes",
            Self::ExportAttributes => "path-export-attributes",
        })
    }
}
