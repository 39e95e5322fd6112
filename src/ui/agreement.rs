//! The Agreement view's state: which coders' files are added, which coders and
//! tags are chosen, and the report the background [`Worker`] computed for them.
//!
//! [`AgreementState::refresh`] runs before each frame is drawn: it collects a
//! finished computation and starts a new one when what the report depends on
//! changed (the session's annotations, the files added, the coders, tags or
//! threshold chosen). The first computation resolves every annotation, in the
//! background with a progress indicator; a change of coders, tags or threshold
//! reuses that work and what earlier reports computed per coder pair and tag, so
//! the frame that asked waits a few milliseconds for it ([`SAME_FRAME`]) and shows
//! it; the window never waits longer.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::Color32;

use super::command::{AgreementExport, Command};
use super::selection::{Selection, TextPos};
use crate::export::agreement::{write_disagreements_csv, write_report_markdown, write_table_csv};
use crate::model::agreement::{Mark, Options, ParagraphMarks, Prepared, Report, Threshold};
use crate::model::{Document, TagId, TagSet};
use crate::session::agreement::{CoderFile, Computed, Inputs, Worker, project_coder_files, read_coder_file};
use crate::session::project::{Project, ProjectRevision};
use crate::session::{Session, SessionId, paths};

mod pooled;

/// How long a frame waits for an update of the report after a change of the
/// choice (coders, tags, threshold): such an update is mostly lookups, so it is
/// shown in the frame that asked for it; a longer one shows the next frames.
const SAME_FRAME: std::time::Duration = std::time::Duration::from_millis(12);

/// What the user chose in the view: the coders and tags left out (so new coders
/// and tags are in by default) and the segment-matching threshold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgreementChoice {
    /// Coders not compared.
    pub unchecked_coders: BTreeSet<String>,
    /// Tags not compared.
    pub unchecked_tags: BTreeSet<TagId>,
    /// Overlap needed for two segments to match.
    pub threshold: Threshold,
    /// The project's annotation files left out (they are in by default).
    pub unchecked_files: BTreeSet<PathBuf>,
    /// With a project open: the document shown alone, or all the project's
    /// documents pooled.
    pub scope: AgreementScope,
}

/// What the Agreement view compares when a project is open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgreementScope {
    /// The document shown, with the project's other files for it (and files added).
    #[default]
    Document,
    /// Every document of the project, pooled by concatenating their continua (as
    /// `glosa agreement --project` does); each disagreement names its document.
    Project,
}

/// What a computation depends on besides the choice: the session, its
/// annotations' revision, the files added or found in the project, and the
/// project's files left out.
type InputsKey = (SessionId, u64, u64, BTreeSet<PathBuf>);

/// The Agreement view.
#[derive(Default)]
pub struct AgreementState {
    /// The view is shown (and the document shows agreement colours).
    pub open: bool,
    /// Other coders' annotation files added, in the order added.
    pub files: Vec<CoderFile>,
    /// With a project open: the project's other annotation files on the
    /// document ([`project_coder_files`]), compared unless unchecked.
    pub project_files: Vec<CoderFile>,
    /// The project state `project_files` were found in.
    project_key: Option<(SessionId, ProjectRevision)>,
    /// The coders and tags chosen, and the threshold.
    pub choice: AgreementChoice,
    /// The last report computed, for the coders and tags of `computed_for`.
    pub report: Option<Arc<Report>>,
    /// Why there is no report (a coder asked for is unknown, nothing chosen).
    pub problem: Option<String>,
    /// Agreement colours of the report's coders, per paragraph index: (start,
    /// end, mark) in code points (two coders: both / only one / different tags;
    /// three or more: all / some / one coded it).
    pub marks: Arc<ParagraphMarks>,
    /// The disagreement last jumped to (index into the report's list).
    pub current: Option<usize>,
    /// Every coder and tag found (from the last resolution), sorted.
    prepared: Option<Arc<Prepared>>,
    worker: Worker,
    /// The document shared with the worker (it never changes within a session).
    document: Option<(SessionId, Arc<Document>)>,
    /// The inputs the resolution in `prepared` (or running) was made from.
    inputs_key: Option<InputsKey>,
    /// The options the report (or the computation running) is for.
    options_key: Option<(Vec<String>, Vec<TagId>, Threshold)>,
    /// Counts changes to `files`.
    files_generation: u64,
    /// Repainted when a computation is done ([`AgreementState::wake`]).
    window: Option<egui::Context>,
    /// The comparison of all the project's documents ([`AgreementScope::Project`]).
    pooled: pooled::Pooled,
    /// The report shown is the project's, pooled (else the document's).
    showing_pooled: bool,
}

impl AgreementState {
    /// Every coder with annotations on the document (the session's and the added
    /// files'), sorted; empty before the first computation ends.
    pub fn coders(&self) -> &[String] {
        if self.showing_pooled {
            return self.pooled.coders();
        }
        self.prepared.as_ref().map_or(&[], |p| p.coders())
    }

    /// Every tag used, sorted by ID; empty before the first computation ends.
    pub fn tags(&self) -> &[TagId] {
        if self.showing_pooled {
            return self.pooled.tags();
        }
        self.prepared.as_ref().map_or(&[], |p| p.tags())
    }

    /// Whether a computation is running.
    pub fn is_computing(&self) -> bool {
        self.worker.is_running() || self.pooled.is_running()
    }

    /// Repaints `ctx` when a computation started from now on is done (from the
    /// worker's thread), so the report shows with no polling while it runs.
    pub fn wake(&mut self, ctx: &egui::Context) {
        if self.window.is_none() {
            self.window = Some(ctx.clone());
        }
    }

    /// Starts the worker on `inputs`, waking the window when it is done.
    fn start(&mut self, inputs: Inputs, prepared: Option<Arc<Prepared>>, options: Options) {
        let wake =
            self.window.clone().map(|ctx| -> Arc<dyn Fn() + Send + Sync> { Arc::new(move || ctx.request_repaint()) });
        self.worker.start_waking(inputs, prepared, options, wake);
    }

    /// Adds a coder's file (replacing one read before from the same path).
    pub fn add_file(&mut self, file: CoderFile) {
        self.files.retain(|f| f.path != file.path);
        self.files.push(file);
        self.files_generation += 1;
    }

    /// Removes the file read from `path`.
    pub fn remove_file(&mut self, path: &std::path::Path) {
        self.files.retain(|f| f.path != path);
        self.files_generation += 1;
    }

    /// Forgets everything computed (another document was opened); the view stays
    /// as it was, open or not, without the files added or found for the old
    /// document (the project's files are found again).
    pub fn reset(&mut self) {
        let open = self.open;
        let (threshold, scope) = (self.choice.threshold, self.choice.scope);
        let window = self.window.take();
        *self = Self::default();
        self.open = open;
        self.choice.threshold = threshold;
        self.choice.scope = scope;
        self.window = window;
    }

    /// The options for the current choice, once coders and tags are known.
    fn options(&self, prepared: &Prepared, session: &Session) -> Options {
        let coders = prepared.coders().iter().filter(|c| !self.choice.unchecked_coders.contains(*c)).cloned().collect();
        let tags = prepared.tags().iter().filter(|t| !self.choice.unchecked_tags.contains(*t)).cloned().collect();
        Options { coders, tags, threshold: self.choice.threshold, aliases: session.people().coder_aliases() }
    }

    /// [`Self::refresh`] for the active session `active` of `project`, after
    /// finding the project's other annotation files on its document when the
    /// project changed (only while the view is open).
    pub fn refresh_in(&mut self, project: &Project, active: Option<SessionId>) -> bool {
        let pooled = self.open && self.choice.scope == AgreementScope::Project && project.corpus().is_some();
        if pooled != self.showing_pooled {
            self.switch_scope(pooled);
        }
        if pooled {
            self.worker.cancel();
            return self.refresh_pooled(project, active);
        }
        self.pooled.cancel();
        if self.open
            && let Some(id) = active
        {
            let key = (id, project.revision_key());
            if self.project_key.as_ref() != Some(&key) {
                let found = project_coder_files(project, id);
                let same = found.len() == self.project_files.len()
                    && found
                        .iter()
                        .zip(&self.project_files)
                        .all(|(a, b)| a.path == b.path && a.annotations == b.annotations);
                if !same {
                    self.project_files = found;
                    self.files_generation += 1;
                }
                self.project_key = Some(key);
            }
        }
        self.refresh(active.and_then(|id| Some((id, project.get(id)?))))
    }

    /// Collects a finished computation and starts one when its inputs or the
    /// choice changed. Returns whether one is running (the caller asks for
    /// another frame soon).
    pub fn refresh(&mut self, session: Option<(SessionId, &Session)>) -> bool {
        if !self.open {
            self.worker.cancel();
            return false;
        }
        if let Some(computed) = self.worker.poll() {
            self.take(computed);
        }
        let Some((id, session)) = session else {
            self.worker.cancel();
            return false;
        };
        let key = (id, session.revision(), self.files_generation, self.choice.unchecked_files.clone());
        if self.inputs_key.as_ref() != Some(&key) {
            let inputs = self.inputs(id, session);
            self.prepared = None;
            self.options_key = None;
            self.inputs_key = Some(key);
            // Author aliases of the file: one person is one coder.
            let options = Options {
                threshold: self.choice.threshold,
                aliases: session.people().coder_aliases(),
                ..Options::default()
            };
            self.start(inputs, None, options);
            return true;
        }
        let Some(prepared) = self.prepared.clone() else {
            return self.worker.is_running();
        };
        let options = self.options(&prepared, session);
        let key = (options.coders.clone(), options.tags.clone(), options.threshold);
        if self.options_key.as_ref() != Some(&key) {
            self.options_key = Some(key);
            if options.coders.is_empty() {
                self.worker.cancel();
                self.report = None;
                self.marks = Arc::default();
                self.problem = Some(crate::t!("agreement-choose-coders"));
            } else if options.tags.is_empty() {
                self.worker.cancel();
                self.report = None;
                self.marks = Arc::default();
                self.problem = Some(crate::t!("agreement-choose-tags"));
            } else {
                // The resolved annotations are reused: only the document is needed.
                let inputs = Inputs { document: self.document(id, session), name: String::new(), sources: Vec::new() };
                self.start(inputs, Some(prepared), options);
                // Mostly lookups in what earlier reports computed: show it in this frame.
                if let Some(computed) = self.worker.wait(SAME_FRAME) {
                    self.take(computed);
                }
            }
        }
        self.worker.is_running()
    }

    /// Takes a finished computation's report and colours.
    fn take(&mut self, computed: Computed) {
        if self.prepared.is_none() {
            // The first computation, for every coder and tag: the choice it answers.
            if let Ok(report) = &computed.report {
                self.options_key = Some((report.coders.clone(), report.tags.clone(), report.threshold));
            }
        }
        self.prepared = Some(computed.prepared);
        match computed.report {
            Ok(report) => {
                self.report = Some(Arc::new(report));
                self.problem = None;
            }
            Err(e) => {
                self.report = None;
                self.problem = Some(crate::ui::errors::UiMessage::ui_message(&e));
            }
        }
        self.marks = computed.marks;
        self.current = None;
    }

    /// The session's document, shared with the worker (copied once per session).
    fn document(&mut self, id: SessionId, session: &Session) -> Arc<Document> {
        match &self.document {
            Some((of, document)) if *of == id => document.clone(),
            _ => {
                let document = Arc::new(session.document().clone());
                self.document = Some((id, document.clone()));
                document
            }
        }
    }

    /// The session's annotations and the files added, with the shared document.
    fn inputs(&mut self, id: SessionId, session: &Session) -> Inputs {
        let document = self.document(id, session);
        let workspace = session.workspace();
        let own = if session.has_file() {
            workspace.annotations_path.display().to_string()
        } else {
            crate::t!("agreement-unsaved-annotations")
        };
        let mut sources = vec![(own, Arc::new(session.set().annotations.iter().cloned().collect::<Vec<_>>()))];
        // The project's files (unless unchecked), then the files added by hand that
        // are not among them.
        let project = self.project_files.iter().filter(|f| !self.choice.unchecked_files.contains(&f.path));
        let added =
            self.files.iter().filter(|f| !self.project_files.iter().any(|p| paths::same_file(&p.path, &f.path)));
        sources.extend(project.chain(added).map(|f| (f.path.display().to_string(), f.annotations.clone())));
        Inputs { document, name: workspace.document_path.display().to_string(), sources }
    }

    /// The paths of the files added.
    pub fn file_paths(&self) -> Vec<PathBuf> {
        self.files.iter().map(|f| f.path.clone()).collect()
    }
}

/// Who coded a passage marked `mark` (the legend, tooltips, screen readers), in
/// the interface language: the words of [`Mark::describe`].
pub fn mark_text(mark: Mark, first: &str, second: &str) -> String {
    let key = match mark {
        Mark::Both => "agreement-mark-both",
        Mark::OnlyFirst => "agreement-mark-only-first",
        Mark::OnlySecond => "agreement-mark-only-second",
        Mark::DifferentTags => "agreement-mark-different-tags",
        Mark::AllCoders => "agreement-mark-all-coders",
        Mark::SomeCoders => "agreement-mark-some-coders",
        Mark::OneCoder => "agreement-mark-one-coder",
    };
    crate::t!(key, first = first, second = second)
}

/// Why a measure is undefined, in the interface language (the words of
/// [`crate::model::agreement::Undefined::reason`]).
pub fn undefined_text(why: crate::model::agreement::Undefined) -> String {
    use crate::model::agreement::Undefined;
    super::i18n::tr_logical(match why {
        Undefined::OneCoder => "agreement-undefined-one-coder",
        Undefined::NoItems => "agreement-undefined-no-items",
        Undefined::NothingCoded => "agreement-undefined-nothing-coded",
        Undefined::NoVariation => "agreement-undefined-no-variation",
        Undefined::SingleUnit => "agreement-undefined-single-unit",
        Undefined::MissingValues => "agreement-undefined-missing-values",
        Undefined::MoreThanTwoCoders => "agreement-undefined-more-than-two-coders",
        Undefined::TwoCoders => "agreement-undefined-two-coders",
        Undefined::NoCommonDocument => "agreement-undefined-no-common-document",
    })
}

/// Why an annotation or a document was left out of the comparison, in the
/// interface language (the words of [`crate::model::agreement::Exclusion`]'s `Display`).
pub fn excluded_text(reason: &crate::model::agreement::Exclusion) -> String {
    use crate::model::agreement::Exclusion;
    match reason {
        Exclusion::Moved => crate::t!("agreement-excluded-moved"),
        Exclusion::Orphaned => crate::t!("agreement-excluded-orphaned"),
        Exclusion::Untagged => crate::t!("agreement-excluded-untagged"),
        Exclusion::NotCodedByAll { missing } => {
            crate::t!(
                "agreement-excluded-not-coded-by-all",
                coders = missing.join(&super::i18n::tr_logical("list-separator"))
            )
        }
    }
}

/// A kind of disagreement, in the interface language (the words of
/// [`crate::export::agreement::kind_text`]).
pub fn disagreement_text(kind: crate::model::agreement::DisagreementKind) -> String {
    use crate::model::agreement::DisagreementKind;
    super::i18n::tr_logical(match kind {
        DisagreementKind::Boundaries => "agreement-kind-boundaries",
        DisagreementKind::DifferentTags => "agreement-kind-different-tags",
        DisagreementKind::OneCoderOnly => "agreement-kind-one-coder-only",
    })
}

/// The red, green and blue of an agreement mark.
fn mark_rgb(mark: Mark) -> (u8, u8, u8) {
    match mark {
        // Everyone compared coded it: the same green for two coders and for more.
        Mark::Both | Mark::AllCoders => (46, 160, 67),
        Mark::OnlyFirst => (59, 125, 216),
        Mark::OnlySecond => (230, 140, 20),
        Mark::DifferentTags => (200, 60, 140),
        Mark::SomeCoders => (225, 175, 30),
        Mark::OneCoder => (215, 85, 60),
    }
}

/// The colour of an agreement mark (fill behind the text).
pub fn mark_color(mark: Mark, dark: bool) -> Color32 {
    let (r, g, b) = mark_rgb(mark);
    Color32::from_rgba_unmultiplied(r, g, b, if dark { 110 } else { 80 })
}

/// The same colour, opaque (legend swatches, underlines).
pub fn mark_swatch(mark: Mark) -> Color32 {
    let (r, g, b) = mark_rgb(mark);
    Color32::from_rgb(r, g, b)
}

impl super::app::GlosaApp {
    /// Applies the Agreement view's commands.
    pub(super) fn apply_agreement(&mut self, command: Command) {
        match command {
            Command::ToggleAgreementView => {
                let agreement = &mut self.state.agreement;
                agreement.open = !agreement.open;
                self.state.message = if agreement.open {
                    crate::t!("message-agreement-open")
                } else {
                    crate::t!("message-agreement-closed")
                };
            }
            Command::AddCoderFile(path) => self.add_coder_file(&path),
            Command::RemoveCoderFile(path) => self.state.agreement.remove_file(&path),
            Command::SetAgreementChoice(choice) => self.state.agreement.choice = choice,
            Command::GoToDisagreement(index) => self.go_to_disagreement(index),
            Command::ExportAgreement(path, export) => self.export_agreement(&path, export),
            _ => {}
        }
    }

    fn add_coder_file(&mut self, path: &Path) {
        let Some((_, session)) = self.state.session() else {
            return;
        };
        let workspace = session.workspace();
        if session.has_file() && paths::same_file(path, &workspace.annotations_path) {
            self.state.message = crate::t!("message-coder-file-open", path = path.display().to_string());
            self.state.agreement.open = true;
            return;
        }
        match read_coder_file(path, session.document()) {
            Ok(file) => {
                let authors =
                    if file.authors.is_empty() { crate::t!("agreement-no-author") } else { file.authors.join(", ") };
                self.state.message = crate::t!(
                    "message-coder-file-added",
                    path = path.display().to_string(),
                    count = file.annotations.len(),
                    authors = authors
                );
                self.state.agreement.add_file(file);
                self.state.agreement.open = true;
            }
            Err(e) => self.report(&e),
        }
    }

    /// Selects the passage of disagreement `index` and scrolls to it.
    fn go_to_disagreement(&mut self, index: usize) {
        let Some(report) = self.state.agreement.report.clone() else {
            return;
        };
        let Some(disagreement) = report.disagreements.get(index) else {
            return;
        };
        // Pooled over the project: the disagreement's document is opened first
        // (unless it is the one shown).
        if let Some(document) = self.state.agreement.project_document(disagreement.document) {
            let shown = self.state.active.and_then(|id| self.state.project.document_of(id));
            if shown != Some(document) && self.open_project_document(document).is_none() {
                return;
            }
        }
        let Some(doc) = self.session().map(Session::document) else {
            return;
        };
        let passage = disagreement.passage;
        let (Some(first), Some(last)) = (doc.index_of(&passage.paragraph), doc.index_of(&passage.end_paragraph)) else {
            return;
        };
        self.state.selection =
            Some(Selection { anchor: TextPos::new(first, passage.start), head: TextPos::new(last, passage.end) });
        self.state.selected = None;
        self.state.agreement.current = Some(index);
        if let Some(id) = self.state.active {
            self.views.entry(id).or_default().reveal(first, passage.start);
        }
    }

    fn export_agreement(&mut self, path: &Path, export: AgreementExport) {
        let Some(report) = self.state.agreement.report.clone() else {
            self.state.message = crate::t!("message-agreement-not-ready");
            return;
        };
        let Some((_, session)) = self.state.session() else {
            return;
        };
        let workspace = session.workspace();
        let inputs = [workspace.annotations_path.as_path(), workspace.document_path.as_path()];
        if inputs
            .iter()
            .chain(self.state.agreement.files.iter().map(|f| f.path.as_path()).collect::<Vec<_>>().iter())
            .any(|p| paths::same_file(path, p))
        {
            self.report(&crate::t!("message-agreement-export-over-input", path = path.display().to_string()));
            return;
        }
        let codebook = &session.set().tags;
        let order = display_order(&report, codebook);
        let mut buffer = Vec::new();
        let written = match export {
            AgreementExport::TableCsv => write_table_csv(&mut buffer, &report, &report.pooled, &order, codebook),
            AgreementExport::DisagreementsCsv => write_disagreements_csv(&mut buffer, &report),
            AgreementExport::ReportMarkdown => write_report_markdown(&mut buffer, &report, &order, codebook),
        };
        match written.and_then(|()| std::fs::write(path, &buffer)) {
            Ok(()) => self.state.message = crate::t!("message-agreement-exported", path = path.display().to_string()),
            Err(e) => self.report(&crate::t!(
                "message-agreement-export-failed",
                error = super::errors::io_reason(&e),
                path = path.display().to_string()
            )),
        }
    }
}

/// Indices into `report.tags` in the codebook's order, tags it lacks last.
pub fn display_order(report: &Report, codebook: &TagSet) -> Vec<usize> {
    let rank = |tag: &TagId| codebook.tags().iter().position(|t| &t.id == tag).unwrap_or(usize::MAX);
    let mut order: Vec<usize> = (0..report.tags.len()).collect();
    order.sort_by_key(|&i| (rank(&report.tags[i]), i));
    order
}
