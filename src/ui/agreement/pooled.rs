//! The Agreement view over all the project's documents
//! ([`AgreementScope::Project`]): the project's annotation files compared in the
//! background with the CLI's computation ([`ProjectInputs::compare`]), so the
//! table, the excluded list and the disagreements are exactly what
//! `glosa agreement --project` prints; the document shown gets its agreement
//! colours from the same comparison.

use std::sync::Arc;

use super::{AgreementScope, AgreementState};
use crate::model::TagId;
use crate::model::agreement::{Options, Threshold};
use crate::session::SessionId;
use crate::session::agreement::{PooledComputed, PooledWorker, ProjectInputs, project_inputs};
use crate::session::project::{Project, ProjectRevision};

/// What a comparison was asked: the coders and tags chosen, the threshold, and
/// the project document shown (whose colours it computes).
type OptionsKey = (Vec<String>, Vec<TagId>, Threshold, Option<usize>);

/// The project-wide comparison's state.
#[derive(Debug, Default)]
pub(super) struct Pooled {
    worker: PooledWorker,
    /// The project state the inputs were read from.
    inputs_key: Option<ProjectRevision>,
    /// The project's files as last read (what the next comparison compares).
    inputs: Option<Arc<ProjectInputs>>,
    /// What the report shown compared (its documents are the report's).
    reported: Option<Arc<ProjectInputs>>,
    /// Every coder and tag in the project, sorted (from the first comparison on
    /// the inputs, which takes them all).
    found: Option<(Vec<String>, Vec<TagId>)>,
    /// The choice the report (or the comparison running) is for, with the
    /// project document shown (its colours).
    options_key: Option<OptionsKey>,
}

impl Pooled {
    /// Every coder found in the project's files; empty before the first comparison ends.
    pub(super) fn coders(&self) -> &[String] {
        self.found.as_ref().map_or(&[], |(coders, _)| coders)
    }

    /// Every tag found; empty before the first comparison ends.
    pub(super) fn tags(&self) -> &[TagId] {
        self.found.as_ref().map_or(&[], |(_, tags)| tags)
    }

    /// Whether a comparison is running.
    pub(super) fn is_running(&self) -> bool {
        self.worker.is_running()
    }

    /// Drops the comparison running and forgets the inputs (they are read again
    /// when the project scope is chosen again).
    pub(super) fn cancel(&mut self) {
        self.worker.cancel();
        self.inputs_key = None;
        self.options_key = None;
    }
}

impl AgreementState {
    /// Forgets the report shown when the scope changes (the other scope's
    /// computation starts from scratch).
    pub(super) fn switch_scope(&mut self, pooled: bool) {
        self.showing_pooled = pooled;
        self.report = None;
        self.problem = None;
        self.marks = Arc::default();
        self.current = None;
        self.worker.cancel();
        self.prepared = None;
        self.inputs_key = None;
        self.options_key = None;
        self.project_key = None;
        self.pooled = Pooled::default();
    }

    /// The project document (position in the project) of the report's
    /// disagreement or excluded entry in report document `index`, when the
    /// report shown is the project's.
    pub fn project_document(&self, index: usize) -> Option<usize> {
        if !self.showing_pooled {
            return None;
        }
        self.pooled.reported.as_ref()?.project_document(index)
    }

    /// Whether the report shown is pooled over the project's documents.
    pub fn is_pooled(&self) -> bool {
        self.showing_pooled
    }

    /// [`Self::refresh_in`] for [`AgreementScope::Project`]: reads the project's
    /// files when the project changed and compares them in the background;
    /// compares again when the choice or the document shown changes.
    pub(super) fn refresh_pooled(&mut self, project: &Project, active: Option<SessionId>) -> bool {
        debug_assert_eq!(self.choice.scope, AgreementScope::Project);
        if let Some(computed) = self.pooled.worker.poll() {
            self.take_pooled(computed);
        }
        if project.index().is_none() {
            // The project's files are being read: compared once they are.
            return self.pooled.is_running();
        }
        let shown = active.and_then(|id| project.document_of(id));
        let key = project.revision_key();
        if self.pooled.inputs_key.as_ref() != Some(&key) {
            let inputs = Arc::new(project_inputs(project));
            // The first comparison on new inputs takes every coder and tag.
            let options =
                Options { threshold: self.choice.threshold, aliases: inputs.aliases.clone(), ..Options::default() };
            self.pooled.inputs_key = Some(key);
            self.pooled.found = None;
            self.pooled.options_key = None;
            self.start_pooled(inputs, options, shown);
            return true;
        }
        let Some((coders, tags)) = &self.pooled.found else {
            return self.pooled.is_running();
        };
        let coders: Vec<String> =
            coders.iter().filter(|c| !self.choice.unchecked_coders.contains(*c)).cloned().collect();
        let tags: Vec<TagId> = tags.iter().filter(|t| !self.choice.unchecked_tags.contains(*t)).cloned().collect();
        let options_key = (coders.clone(), tags.clone(), self.choice.threshold, shown);
        if self.pooled.options_key.as_ref() != Some(&options_key) {
            self.pooled.options_key = Some(options_key);
            if coders.is_empty() || tags.is_empty() {
                self.pooled.worker.cancel();
                self.report = None;
                self.marks = Arc::default();
                let key = if coders.is_empty() { "agreement-choose-coders" } else { "agreement-choose-tags" };
                self.problem = Some(crate::t!(key));
            } else if let Some(inputs) = self.pooled.inputs.clone() {
                let aliases = inputs.aliases.clone();
                self.start_pooled(inputs, Options { coders, tags, threshold: self.choice.threshold, aliases }, shown);
            }
        }
        self.pooled.is_running()
    }

    /// Starts comparing the project's documents, waking the window when done.
    fn start_pooled(&mut self, inputs: Arc<ProjectInputs>, options: Options, shown: Option<usize>) {
        let wake =
            self.window.clone().map(|ctx| -> Arc<dyn Fn() + Send + Sync> { Arc::new(move || ctx.request_repaint()) });
        self.pooled.inputs = Some(inputs.clone());
        self.pooled.worker.start(inputs, options, shown, wake);
    }

    /// Takes a finished comparison of the project's documents. The disagreement
    /// last jumped to stays current when the new report has it at the same place
    /// (opening its document changed the project, not the figures).
    fn take_pooled(&mut self, computed: PooledComputed) {
        if self.pooled.found.is_none()
            && let Ok(report) = &computed.report
        {
            // The first comparison, of every coder and tag: the choice it answers.
            self.pooled.found = Some((report.coders.clone(), report.tags.clone()));
            let key = (report.coders.clone(), report.tags.clone(), report.threshold, computed.shown);
            self.pooled.options_key = Some(key);
        }
        let current = self.current.and_then(|i| Some((i, self.report.as_ref()?.disagreements.get(i)?)));
        self.pooled.reported = Some(computed.inputs);
        match computed.report {
            Ok(report) => {
                self.current =
                    current.filter(|(i, d)| report.disagreements.get(*i).as_ref() == Some(d)).map(|(i, _)| i);
                self.report = Some(Arc::new(report));
                self.problem = None;
            }
            Err(e) => {
                self.report = None;
                self.current = None;
                self.problem = Some(crate::ui::errors::UiMessage::ui_message(&e));
            }
        }
        self.marks = computed.marks;
    }
}
