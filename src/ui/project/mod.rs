//! The app's project views: the corpus panel (documents with attributes and tag
//! counts), the codebook, the coded segments across documents, the tables and
//! the corpus search, shown in place of the document when chosen in the tab strip
//! above it.
//!
//! As everywhere in the app, the panels read the state and queue commands
//! ([`command::ProjectCommand`]); `apply` changes the state, through the
//! project's and the sessions' edit operations. What the views show is computed
//! from the project ([`crate::session::project`]) and cached by its
//! [`ProjectRevision`] (and the view's own query), so a frame never recomputes a
//! retrieval, a table or a search that did not change. The index (every document
//! and annotation file read) is built on a worker thread; until it arrives the
//! corpus panel lists the documents with their attributes and a progress bar.

pub mod apply;
pub mod codebook;
pub mod command;
pub mod corpus;
pub mod dialogs;
pub mod search;
pub mod segments;
pub mod tables;
pub mod tabs;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

use crate::export::table::Table;
use crate::model::TagId;
use crate::model::attributes::AttributeId;
use crate::session::SessionId;
use crate::session::project::{
    CodedSegment, CooccurrenceMode, CorpusIndex, CountUnit, Progress, Project, ProjectRevision, SearchOptions,
    SearchResults, SegmentQuery,
};
use crate::ui::bidi::HoverText as _;

/// The project views, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProjectView {
    /// Documents with attributes and counts per tag.
    Corpus,
    /// The shared codebook.
    Codebook,
    /// Coded segments across documents.
    Segments,
    /// Tag × attribute and co-occurrence tables.
    Tables,
    /// Search across the corpus.
    Search,
}

impl ProjectView {
    /// Every view, in tab order.
    pub const ALL: [Self; 5] = [Self::Corpus, Self::Codebook, Self::Segments, Self::Tables, Self::Search];

    /// The tab's label, in the interface language.
    pub fn label(self) -> String {
        crate::ui::i18n::tr(match self {
            Self::Corpus => "project-view-corpus",
            Self::Codebook => "project-view-codebook",
            Self::Segments => "project-view-segments",
            Self::Tables => "project-view-tables",
            Self::Search => "project-view-search",
        })
    }
}

/// What the corpus panel's rows are sorted by.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum CorpusSort {
    /// The document's key (file name).
    #[default]
    Document,
    /// Its title.
    Title,
    /// An attribute, in its order.
    Attribute(AttributeId),
    /// Its number of annotation files.
    Files,
    /// Its number of annotations with a tag.
    Tag(TagId),
}

/// The corpus panel's state.
#[derive(Clone, Debug, Default)]
pub struct CorpusPanel {
    /// Sort column.
    pub sort: CorpusSort,
    /// Sort descending.
    pub descending: bool,
    /// Show only documents whose key, title or attribute values contain this.
    pub filter: String,
    /// The document whose attributes are being edited (its position).
    pub selected: Option<usize>,
    /// Attribute values being typed, by (document, attribute), before they are
    /// committed (Enter or leaving the field).
    pub drafts: BTreeMap<(usize, AttributeId), String>,
    /// Why a typed value was refused, by (document, attribute).
    pub errors: BTreeMap<(usize, AttributeId), String>,
}

/// The coded-segments view's state.
#[derive(Clone, Debug, Default)]
pub struct SegmentsPanel {
    /// The query; its attribute, author and status filters apply to the tables too.
    pub query: SegmentQuery,
    /// The rows for `key`.
    pub rows: Vec<CodedSegment>,
    /// What `rows` were computed for.
    key: Option<(ProjectRevision, SegmentQuery)>,
    /// Why the query could not run.
    pub error: Option<String>,
}

/// Which table the tables view shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TableSpec {
    /// Tag × a document attribute.
    Attribute {
        /// The attribute (the first one when `None`).
        attribute: Option<AttributeId>,
        /// Segments or documents.
        unit: CountUnit,
    },
    /// Tag co-occurrence.
    Cooccurrence(CooccurrenceMode),
}

impl Default for TableSpec {
    fn default() -> Self {
        Self::Attribute { attribute: None, unit: CountUnit::Segments }
    }
}

/// The tables view's state.
#[derive(Clone, Debug, Default)]
pub struct TablesPanel {
    /// Which table.
    pub spec: TableSpec,
    /// The table for `key`.
    pub table: Option<Table>,
    key: Option<(ProjectRevision, TableSpec, SegmentQuery)>,
    /// Why the table could not be made.
    pub error: Option<String>,
    /// The cell clicked (row, column), and its segments.
    pub cell: Option<(usize, usize)>,
    /// The segments behind `cell`.
    pub cell_rows: Vec<CodedSegment>,
    cell_key: Option<(ProjectRevision, TableSpec, SegmentQuery, (usize, usize))>,
}

/// The corpus search view's state.
#[derive(Clone, Debug, Default)]
pub struct SearchPanel {
    /// The query being typed.
    pub query: String,
    /// Literal, whole word or pattern; case and accents.
    pub options: SearchOptions,
    /// The query, options and project state the results are for (set when the user
    /// runs the search).
    ran: Option<(String, SearchOptions, ProjectRevision, Vec<usize>)>,
    /// The results of the last search run.
    pub results: SearchResults,
    /// Why the search could not run (a bad pattern).
    pub error: Option<String>,
    /// The sessions the last auto-coding changed, with their revisions after it.
    pub last_autocode: Vec<(SessionId, u64)>,
    /// A search was asked for and runs when the frame's state is refreshed.
    pub pending: bool,
}

/// The index being built on a worker thread.
pub struct IndexJob {
    /// How far it is.
    pub progress: Arc<Progress>,
    receiver: Receiver<CorpusIndex>,
}

impl Drop for IndexJob {
    /// A job nobody waits for any more (the project closed, the app quit) stops
    /// reading files.
    fn drop(&mut self) {
        self.progress.cancel();
    }
}

/// Everything the project views show and remember.
#[derive(Default)]
pub struct ProjectUi {
    /// The project view shown in place of the document (`None`: the document).
    pub view: Option<ProjectView>,
    /// The corpus panel.
    pub corpus: CorpusPanel,
    /// The coded segments view.
    pub segments: SegmentsPanel,
    /// The tables view.
    pub tables: TablesPanel,
    /// The corpus search view.
    pub search: SearchPanel,
    /// The index being built, if any.
    pub job: Option<IndexJob>,
    /// Per document: annotation counts per tag and annotation files, for the
    /// revision in `counts_key`.
    pub counts: Vec<(BTreeMap<TagId, usize>, usize)>,
    /// The authors of the project's annotations, sorted (for the author filter).
    pub authors: Vec<String>,
    counts_key: Option<ProjectRevision>,
}

/// Paints a small filled triangle pointing up (`up`) or down, centred in `rect`,
/// in `color`. Drawn rather than written because egui's bundled font has no
/// arrow glyphs (▲, ↑), and the app must not depend on a system font for them.
pub(crate) fn paint_triangle(painter: &egui::Painter, rect: egui::Rect, up: bool, color: egui::Color32) {
    let center = rect.center();
    let half = 0.5 * rect.width().min(rect.height()).min(10.0);
    let (tip, base) = if up { (-half, half * 0.7) } else { (half, -half * 0.7) };
    let points = vec![
        egui::pos2(center.x, center.y + tip),
        egui::pos2(center.x - half, center.y + base),
        egui::pos2(center.x + half, center.y + base),
    ];
    painter.add(egui::Shape::convex_polygon(points, color, egui::Stroke::NONE));
}

/// A small button with a triangle pointing up or down, read by a screen reader
/// as `label` (`Move up`), shown with `label` on hover.
pub(crate) fn arrow_button(ui: &mut egui::Ui, up: bool, enabled: bool, label: &str) -> egui::Response {
    let size = egui::vec2(18.0, 18.0);
    let response = ui.add_enabled(enabled, egui::Button::new("").small().min_size(size)).hover_text(label);
    let color = if enabled { ui.visuals().text_color() } else { ui.visuals().weak_text_color() };
    paint_triangle(ui.painter(), response.rect.shrink(4.0), up, color);
    let label = label.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, enabled, label.clone()));
    response
}

/// A document attribute's value for display: a tag ID of the project's codebook
/// (the values of a one-of attribute such as the stakeholder group are WSIS tag
/// IDs) as the tag's label in the interface language
/// ([`crate::ui::i18n::tag_label`], as the groups panel shows it); any other
/// value as stored.
pub fn value_label(corpus: &crate::session::project::Corpus, value: &str) -> String {
    TagId::new(value)
        .and_then(|t| corpus.codebook().get(&t).map(crate::ui::i18n::tag_label))
        .unwrap_or_else(|| value.to_owned())
}

/// [`value_label`] ready for egui where it is drawn by itself (visual order in a
/// right-to-left language, see [`crate::ui::i18n::shown`]).
pub fn value_label_shown(corpus: &crate::session::project::Corpus, value: &str) -> String {
    let label = value_label(corpus, value);
    if crate::ui::i18n::language().is_rtl() { crate::ui::i18n::shown(label) } else { label }
}

/// An attribute's label for display: the WSIS default attributes
/// ([`AttributeSchema::wsis_default`]) in the interface language as long as the
/// user kept their English label; any other attribute as typed.
///
/// [`AttributeSchema::wsis_default`]: crate::model::attributes::AttributeSchema::wsis_default
pub fn attribute_label(attribute: &crate::model::attributes::Attribute) -> String {
    default_attribute_key(attribute).map_or_else(|| attribute.label.clone(), |key| crate::ui::i18n::tr(&key))
}

/// [`attribute_label`] in logical order, for messages and for text that is put
/// in visual order later ([`crate::ui::bidi::cell_label_ui`]).
pub fn attribute_label_logical(attribute: &crate::model::attributes::Attribute) -> String {
    default_attribute_key(attribute).map_or_else(|| attribute.label.clone(), |key| crate::ui::i18n::tr_logical(&key))
}

/// The catalogue key of a WSIS default attribute whose label is still the English
/// default (`attribute-region`…); `None` for any other attribute or a renamed one.
fn default_attribute_key(attribute: &crate::model::attributes::Attribute) -> Option<String> {
    let default = match attribute.id.as_str() {
        "stakeholder_group" => "Stakeholder group",
        "region" => "Region",
        "language" => "Language",
        "date" => "Date",
        _ => return None,
    };
    (attribute.label == default).then(|| format!("attribute-{}", attribute.id.as_str()))
}

/// What File ▸ Export does with a project open: the project's Export dialog,
/// opening on the document when one is shown, on the coded segments in the
/// Coded segments view, else on the whole project.
pub fn export_command(state: &crate::ui::state::AppState) -> crate::ui::command::Command {
    use command::{ExportScope, ProjectExportChoice, ProjectModal};
    let session = state.session().map(|(id, _)| id);
    let scope = match state.projects.view {
        None => ExportScope::Document,
        Some(ProjectView::Segments) => ExportScope::Retrieval,
        Some(_) => ExportScope::Project,
    };
    let choice = ProjectExportChoice::new(session, scope);
    crate::ui::command::Command::ShowModal(crate::ui::command::Modal::Project(ProjectModal::Export(choice)))
}

/// Draws the project view `view` (in place of the document).
pub fn view_ui(
    ui: &mut egui::Ui,
    state: &crate::ui::state::AppState,
    view: ProjectView,
    out: &mut Vec<crate::ui::command::Command>,
) {
    mirror_ui(ui, |ui| match view {
        ProjectView::Corpus => corpus::corpus_ui(ui, state, out),
        ProjectView::Codebook => codebook::codebook_ui(ui, state, out),
        ProjectView::Segments => segments::segments_ui(ui, state, out),
        ProjectView::Tables => tables::tables_ui(ui, state, out),
        ProjectView::Search => search::search_ui(ui, state, out),
    });
}

/// Whether the project views mirror: in a right-to-left interface language, as
/// the main window's panels do (first column on the right, tabs from the right).
pub fn mirrored() -> bool {
    crate::ui::bidi::mirrored()
}

/// Runs `add` in a layout that mirrors when [`mirrored`]: top-down with its items
/// on the right, so every row (`ui.horizontal`, `ui.horizontal_wrapped`) inside
/// runs right to left (egui takes a row's direction from its parent's layout):
/// [`crate::ui::bidi::column`], as every panel and dialog.
pub fn mirror_ui<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    crate::ui::bidi::column(ui, add)
}

/// Rows `width` points wide (the sum of their cells) inside a horizontal scroll
/// area. Mirrored, the rows must start at the right end of that width, not of
/// the viewport, or what is wider than the window would be out of reach on the
/// left (a scroll area scrolls to the right only); pair this with
/// [`egui::ScrollArea::stick_to_right`] so the first column shows first.
pub fn wide_rows_ui<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if !mirrored() {
        return add(ui);
    }
    let size = egui::vec2(width.max(ui.available_width()), ui.available_height());
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Max), add).inner
    })
    .inner
}

impl ProjectUi {
    /// Starts building the project's index on a worker thread, if it has a folder
    /// and neither an index nor a job yet.
    pub fn start_index(&mut self, project: &Project) {
        self.start_index_in(project, None);
    }

    /// [`ProjectUi::start_index`], waking `ctx` after each file read (the
    /// progress bar) and once the index can be collected
    /// ([`ProjectUi::poll_index`]): the window repaints when there is something
    /// new to show, with no polling on a timer.
    pub fn start_index_waking(&mut self, project: &Project, ctx: &egui::Context) {
        self.start_index_in(project, Some(ctx));
    }

    fn start_index_in(&mut self, project: &Project, ctx: Option<&egui::Context>) {
        if self.job.is_some() || project.index().is_some() {
            return;
        }
        let Some((documents, files)) = project.index_inputs() else {
            return;
        };
        let progress = Arc::new(match ctx.cloned() {
            Some(ctx) => Progress::waking(move || ctx.request_repaint()),
            None => Progress::default(),
        });
        let (sender, receiver) = std::sync::mpsc::channel();
        let shared = Arc::clone(&progress);
        let ctx = ctx.cloned();
        std::thread::spawn(move || {
            let index = CorpusIndex::build(&documents, &files, &shared);
            let _ = sender.send(index);
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
        self.job = Some(IndexJob { progress, receiver });
    }

    /// The index, if the worker finished: installed in `project`. Returns whether
    /// it arrived.
    pub fn poll_index(&mut self, project: &mut Project) -> bool {
        let Some(job) = &self.job else {
            return false;
        };
        match job.receiver.try_recv() {
            Ok(index) => {
                self.job = None;
                if project.index().is_none() {
                    project.set_index(index);
                }
                true
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => false,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.job = None;
                false
            }
        }
    }

    /// Stops the worker (the project was closed) and forgets everything shown.
    pub fn reset(&mut self) {
        if let Some(job) = &self.job {
            job.progress.cancel();
        }
        *self = Self::default();
    }

    /// Brings what the shown view needs up to date with `project`: counts for the
    /// corpus panel, rows, tables, search results. Each is recomputed only when
    /// the project or the view's query changed.
    pub fn refresh(&mut self, project: &Project) {
        if project.corpus().is_none() {
            return;
        }
        let revision = project.revision_key();
        if self.counts_key.as_ref() != Some(&revision) {
            self.counts = project.document_counts();
            let authors: std::collections::BTreeSet<&str> = project
                .files()
                .iter()
                .flat_map(|v| v.set.annotations.iter().map(|a| a.author.as_str()))
                .filter(|a| !a.is_empty())
                .collect();
            self.authors = authors.into_iter().map(str::to_owned).collect();
            self.counts_key = Some(revision.clone());
        }
        if project.index().is_none() {
            return;
        }
        match self.view {
            Some(ProjectView::Segments) => self.refresh_segments(project, &revision),
            Some(ProjectView::Tables) => self.refresh_tables(project, &revision),
            Some(ProjectView::Search) => self.refresh_search(project, &revision),
            _ => {}
        }
    }

    fn refresh_segments(&mut self, project: &Project, revision: &ProjectRevision) {
        let panel = &mut self.segments;
        let key = (revision.clone(), panel.query.clone());
        if panel.key.as_ref() == Some(&key) {
            return;
        }
        match project.retrieve(&panel.query) {
            Ok(rows) => {
                panel.rows = rows;
                panel.error = None;
            }
            Err(e) => {
                panel.rows.clear();
                panel.error = Some(crate::ui::errors::UiMessage::ui_message(&e));
            }
        }
        panel.key = Some(key);
    }

    /// The query the tables use: the segments view's filters, without its text.
    pub fn table_query(&self) -> SegmentQuery {
        SegmentQuery { text: String::new(), documents: Vec::new(), ..self.segments.query.clone() }
    }

    fn refresh_tables(&mut self, project: &Project, revision: &ProjectRevision) {
        let query = self.table_query();
        let panel = &mut self.tables;
        let key = (revision.clone(), panel.spec.clone(), query.clone());
        if panel.key.as_ref() != Some(&key) {
            let result = match &panel.spec {
                TableSpec::Attribute { attribute, unit } => {
                    let attribute = attribute.clone().or_else(|| {
                        project.corpus().and_then(|c| c.attributes().attributes().first().map(|a| a.id.clone()))
                    });
                    match attribute {
                        Some(attribute) => project.tag_attribute_table(&query, &attribute, *unit).map(Some),
                        None => Ok(None),
                    }
                }
                TableSpec::Cooccurrence(mode) => project.cooccurrence_table(&query, *mode).map(Some),
            };
            match result {
                Ok(table) => {
                    panel.table = table;
                    panel.error = None;
                }
                Err(e) => {
                    panel.table = None;
                    panel.error = Some(crate::ui::errors::UiMessage::ui_message(&e));
                }
            }
            panel.key = Some(key);
        }
        let Some((row, column)) = panel.cell else {
            panel.cell_rows.clear();
            return;
        };
        let cell_key = (revision.clone(), panel.spec.clone(), query.clone(), (row, column));
        if panel.cell_key.as_ref() == Some(&cell_key) {
            return;
        }
        panel.cell_rows = Self::cell_rows(project, panel, &query, row, column).unwrap_or_default();
        panel.cell_key = Some(cell_key);
    }

    fn cell_rows(
        project: &Project,
        panel: &TablesPanel,
        query: &SegmentQuery,
        row: usize,
        column: usize,
    ) -> Option<Vec<CodedSegment>> {
        let table = panel.table.as_ref()?;
        let tag = TagId::new(&table.rows.get(row)?.key)?;
        let column = table.columns.get(column)?;
        match &panel.spec {
            TableSpec::Attribute { .. } => {
                let attribute = AttributeId::new(&table.column_title)?;
                project.tag_attribute_segments(query, &attribute, &tag, &column.key).ok()
            }
            TableSpec::Cooccurrence(mode) => {
                let other = TagId::new(&column.key)?;
                project.cooccurrence_segments(query, *mode, &tag, &other).ok()
            }
        }
    }

    fn refresh_search(&mut self, project: &Project, revision: &ProjectRevision) {
        let documents = self.filtered_documents(project);
        let panel = &mut self.search;
        if !panel.pending {
            // Results stay until the user searches again (an edit elsewhere does not
            // move the hits of an unchanged document).
            return;
        }
        panel.pending = false;
        let key = (panel.query.clone(), panel.options, revision.clone(), documents.clone());
        if panel.ran.as_ref() == Some(&key) {
            return;
        }
        match project.search(&panel.query, panel.options, &documents) {
            Ok(results) => {
                panel.results = results;
                panel.error = None;
            }
            Err(e) => {
                panel.results = SearchResults::default();
                panel.error = Some(crate::ui::errors::UiMessage::ui_message(&e));
            }
        }
        panel.ran = Some(key);
    }

    /// The documents the shared attribute filters keep (all when there are none,
    /// or when a condition does not fit the project).
    pub fn filtered_documents(&self, project: &Project) -> Vec<usize> {
        let Some(corpus) = project.corpus() else {
            return Vec::new();
        };
        let conditions: Vec<_> =
            self.segments.query.conditions.iter().filter_map(|c| c.compile(corpus.attributes()).ok()).collect();
        (0..corpus.documents().len())
            .filter(|d| conditions.iter().all(|c| c.matches(corpus.value(*d, &c.attribute))))
            .collect()
    }

    /// Whether the index is being built, and how far: (done, total).
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.job.as_ref().map(|j| (j.progress.done(), j.progress.total()))
    }
}
