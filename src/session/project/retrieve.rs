//! Retrieval across documents: the coded segments (QDA "coded segments",
//! MAXQDA's "retrieved segments") with some tags and not others, in documents
//! whose attributes pass conditions, by some authors, with some statuses.
//!
//! # Which annotations, which rows
//!
//! - `any_tags` (X or Y): the annotation carries at least one of them; `all_tags`
//!   (X and Y): it carries each of them; `not_tags` (NOT Z): it carries none. Tags
//!   are compared on the annotation itself (one highlight with several groups);
//!   overlapping highlights are what the co-occurrence table counts. Unless
//!   `exact_tags`, a code stands for itself and its sub-codes in the codebook
//!   (`governments` finds segments coded `regulators` when that is its sub-code).
//! - `conditions` are attribute conditions (`region=Europe`, all must hold) on the
//!   annotation's document; `authors` (any of, ignoring letter case) and
//!   `statuses` (any of) filter annotations; `text` keeps those whose quote or note
//!   contains it, ignoring letter case; `documents` keeps only those documents.
//! - One row per (annotation, tag) for the tags the query names (with their
//!   sub-codes), or for all the annotation's tags when it names none (an untagged
//!   annotation is then one row without tag): the rows of
//!   [`crate::export::excerpts`], with the same positions, quotes and statuses.
//! - Order: documents in project order (by key); in a document, by the position
//!   of the annotation's first found segment (paragraph, then code point; not
//!   found last), then annotation ID, then tag in codebook order (unknown tags
//!   after, by ID). The same query on the same files always gives the same rows.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::{FileView, Project, SessionId};
use crate::export::segments::{SegmentExport, SegmentRow};
use crate::export::{ExportSource, Ordinals, excerpts};
use crate::model::anchor::AnchorStatus;
use crate::model::attributes::{CompiledCondition, Condition, ConditionError};
use crate::model::codebook::Codebook;
use crate::model::{Annotation, AnnotationId, CharOffset, ParagraphId, TagId, Timestamp};

/// What to retrieve. The default retrieves every coded segment of the project.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SegmentQuery {
    /// Any of these tags (X or Y); empty: no such condition.
    pub any_tags: Vec<TagId>,
    /// Each of these tags (X and Y).
    pub all_tags: Vec<TagId>,
    /// None of these tags (NOT Z).
    pub not_tags: Vec<TagId>,
    /// Tags stand for themselves only, not for their sub-codes too.
    pub exact_tags: bool,
    /// Conditions on the document's attributes, all of which must hold.
    pub conditions: Vec<Condition>,
    /// Only annotations by these authors (any of; empty: all).
    pub authors: Vec<String>,
    /// Only annotations with these statuses (any of; empty: all).
    pub statuses: Vec<AnchorStatus>,
    /// Only annotations whose quote or note contains this (ignoring letter case).
    pub text: String,
    /// Only these documents, by position (empty: all).
    pub documents: Vec<usize>,
}

/// Why a query cannot run.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// An attribute condition does not fit the project.
    #[error(transparent)]
    Condition(#[from] ConditionError),
    /// A tag is neither in the codebook nor used by any annotation file.
    #[error("no tag `{0}` in the project's codebook or annotation files")]
    UnknownTag(TagId),
    /// No project folder is open.
    #[error("no project is open")]
    NoProject,
}

/// One retrieved row: an annotation seen through one of its tags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodedSegment {
    /// The document's position in the project.
    pub document: usize,
    /// The annotation file it is in.
    pub file: PathBuf,
    /// The session open on that file, if any.
    pub session: Option<SessionId>,
    /// The annotation.
    pub annotation: AnnotationId,
    /// The tag of this row; `None` for an untagged annotation.
    pub tag: Option<TagId>,
    /// The tag's label as the codebook shows it (`Governments › Regulators`), or
    /// the annotation file's label, or its ID.
    pub tag_label: String,
    /// Index of the first paragraph where a segment was found.
    pub paragraph: Option<usize>,
    /// ¶ numbers of the first and last paragraphs found.
    pub ordinals: Option<Ordinals>,
    /// The first segment's paragraph ID (where found, else as stored).
    pub paragraph_id: Option<ParagraphId>,
    /// Start of the first found segment, code points into its paragraph.
    pub start: Option<CharOffset>,
    /// The quoted text now (segments joined with a line feed).
    pub quote: String,
    /// The annotation's note.
    pub note: String,
    /// Who made it.
    pub author: String,
    /// When.
    pub created: Timestamp,
    /// Anchored, moved or orphaned.
    pub status: AnchorStatus,
}

/// A query checked against the project, ready to test annotations.
pub(super) struct Compiled {
    any: Option<BTreeSet<TagId>>,
    all: Vec<BTreeSet<TagId>>,
    not: BTreeSet<TagId>,
    /// The tags rows are made for; `None`: every tag of the annotation.
    pub(super) row_tags: Option<BTreeSet<TagId>>,
    conditions: Vec<CompiledCondition>,
    authors: Vec<String>,
    statuses: Vec<AnchorStatus>,
    text: String,
    documents: Option<BTreeSet<usize>>,
}

impl SegmentQuery {
    /// The query as a reader would say it: `tag governments or civil-society;
    /// and tag regulators; not tag private-sector; region=Europe; author ana;
    /// status moved; text "cooperación"`; `all coded segments` when it has no
    /// condition.
    pub fn describe(&self) -> String {
        let join = |tags: &[TagId], word: &str| tags.iter().map(ToString::to_string).collect::<Vec<_>>().join(word);
        let mut parts = Vec::new();
        if !self.any_tags.is_empty() {
            parts.push(format!("tag {}", join(&self.any_tags, " or ")));
        }
        if !self.all_tags.is_empty() {
            parts.push(format!("and tag {}", join(&self.all_tags, " and ")));
        }
        if !self.not_tags.is_empty() {
            parts.push(format!("not tag {}", join(&self.not_tags, " or ")));
        }
        if self.exact_tags && !(self.any_tags.is_empty() && self.all_tags.is_empty() && self.not_tags.is_empty()) {
            parts.push("without sub-codes".to_owned());
        }
        parts.extend(self.conditions.iter().map(ToString::to_string));
        if !self.authors.is_empty() {
            parts.push(format!("author {}", self.authors.join(" or ")));
        }
        if !self.statuses.is_empty() {
            let statuses: Vec<&str> = self.statuses.iter().map(|s| s.as_str()).collect();
            parts.push(format!("status {}", statuses.join(" or ")));
        }
        if !self.text.trim().is_empty() {
            parts.push(format!("text \"{}\"", self.text.trim()));
        }
        if !self.documents.is_empty() {
            parts.push(format!("{} chosen documents", self.documents.len()));
        }
        if parts.is_empty() { "all coded segments".to_owned() } else { parts.join("; ") }
    }

    /// Checks the query against `project` (its attributes and tags).
    pub(super) fn compile(&self, project: &Project) -> Result<Compiled, QueryError> {
        let corpus = project.corpus().ok_or(QueryError::NoProject)?;
        let codebook = corpus.codebook();
        let known = |tag: &TagId| {
            codebook.get(tag).is_some()
                || project
                    .files()
                    .iter()
                    .any(|f| f.set.tags.get(tag).is_some() || f.set.annotations.iter().any(|a| a.tags.contains(tag)))
        };
        for tag in self.any_tags.iter().chain(&self.all_tags).chain(&self.not_tags) {
            if !known(tag) {
                return Err(QueryError::UnknownTag(tag.clone()));
            }
        }
        let expand = |tag: &TagId| -> BTreeSet<TagId> {
            if self.exact_tags { BTreeSet::from([tag.clone()]) } else { codebook.with_descendants(tag) }
        };
        let any: Option<BTreeSet<TagId>> =
            (!self.any_tags.is_empty()).then(|| self.any_tags.iter().flat_map(expand).collect());
        let all: Vec<BTreeSet<TagId>> = self.all_tags.iter().map(expand).collect();
        let not: BTreeSet<TagId> = self.not_tags.iter().flat_map(expand).collect();
        let mut row_tags: BTreeSet<TagId> = any.clone().unwrap_or_default();
        row_tags.extend(all.iter().flatten().cloned());
        let conditions =
            self.conditions.iter().map(|c| c.compile(corpus.attributes())).collect::<Result<Vec<_>, _>>()?;
        Ok(Compiled {
            any,
            all,
            not,
            row_tags: (!row_tags.is_empty()).then_some(row_tags),
            conditions,
            authors: self.authors.iter().map(|a| a.trim().to_lowercase()).collect(),
            statuses: self.statuses.clone(),
            text: self.text.trim().to_lowercase(),
            documents: (!self.documents.is_empty()).then(|| self.documents.iter().copied().collect()),
        })
    }
}

impl Compiled {
    /// Whether the document passes the document filters.
    pub(super) fn document_passes(&self, project: &Project, document: usize) -> bool {
        if self.documents.as_ref().is_some_and(|d| !d.contains(&document)) {
            return false;
        }
        let Some(corpus) = project.corpus() else {
            return false;
        };
        self.conditions.iter().all(|c| c.matches(corpus.value(document, &c.attribute)))
    }

    /// Whether an annotation passes the tag, author, status and text filters.
    pub(super) fn annotation_passes(&self, annotation: &Annotation, status: AnchorStatus) -> bool {
        let tags = &annotation.tags;
        self.any.as_ref().is_none_or(|any| tags.iter().any(|t| any.contains(t)))
            && self.all.iter().all(|group| tags.iter().any(|t| group.contains(t)))
            && !tags.iter().any(|t| self.not.contains(t))
            && (self.authors.is_empty() || self.authors.contains(&annotation.author.trim().to_lowercase()))
            && (self.statuses.is_empty() || self.statuses.contains(&status))
            && (self.text.is_empty()
                || annotation.note.to_lowercase().contains(&self.text)
                || annotation.segments.iter().any(|s| s.quote.to_lowercase().contains(&self.text)))
    }
}

/// An annotation's status in a file view (orphaned when it has no anchor).
pub(super) fn status_of(view: &FileView<'_>, id: AnnotationId) -> AnchorStatus {
    view.anchors.get(&id).map_or(AnchorStatus::Orphaned, |a| a.status)
}

impl Project {
    /// The coded segments `query` retrieves (see the module docs). Empty before the
    /// index is built.
    pub fn retrieve(&self, query: &SegmentQuery) -> Result<Vec<CodedSegment>, QueryError> {
        let compiled = query.compile(self)?;
        Ok(self.rows(&compiled, &|_, _, _| true))
    }

    /// The rows of `compiled`, keeping only those `keep(view, annotation, tag)` accepts.
    pub(super) fn rows(
        &self,
        compiled: &Compiled,
        keep: &dyn Fn(&FileView<'_>, AnnotationId, Option<&TagId>) -> bool,
    ) -> Vec<CodedSegment> {
        let Some(corpus) = self.corpus() else {
            return Vec::new();
        };
        let codebook = corpus.codebook();
        let row_filter: Vec<TagId> = compiled.row_tags.iter().flatten().cloned().collect();
        let mut rows = Vec::new();
        for view in self.files() {
            if !compiled.document_passes(self, view.document) {
                continue;
            }
            let annotations: Vec<(&Annotation, Option<crate::model::anchor::AnnotationAnchor>)> = view
                .set
                .annotations
                .iter()
                .filter(|a| compiled.annotation_passes(a, status_of(&view, a.id)))
                .map(|a| (a, view.anchors.get(&a.id).cloned()))
                .collect();
            if annotations.is_empty() {
                continue;
            }
            let source = ExportSource {
                document_title: view.doc.title(),
                document_path: "",
                document: Some(view.doc),
                tags: &view.set.tags,
                annotations,
            };
            for excerpt in excerpts(std::slice::from_ref(&source), &row_filter) {
                if !keep(&view, excerpt.annotation_id, excerpt.tag) {
                    continue;
                }
                let first =
                    view.anchors.get(&excerpt.annotation_id).and_then(|a| a.segments.iter().find_map(|s| s.location));
                rows.push(CodedSegment {
                    document: view.document,
                    file: view.path.to_owned(),
                    session: view.session,
                    annotation: excerpt.annotation_id,
                    tag_label: label_of(codebook, excerpt.tag, excerpt.tag_label),
                    tag: excerpt.tag.cloned(),
                    paragraph: first.map(|l| l.paragraph),
                    ordinals: excerpt.paragraphs,
                    paragraph_id: excerpt.paragraph_id.cloned(),
                    start: first.map(|l| l.start),
                    quote: excerpt.quote.into_owned(),
                    note: excerpt.note.to_owned(),
                    author: excerpt.author.to_owned(),
                    created: excerpt.created,
                    status: excerpt.status,
                });
            }
        }
        let tag_rank = |tag: &Option<TagId>| {
            let position = tag.as_ref().and_then(|t| codebook.tags().index_of(t));
            (tag.is_some(), position.is_none(), position, tag.clone())
        };
        rows.sort_by_cached_key(|r| {
            (r.document, r.paragraph.is_none(), r.paragraph, r.start, r.annotation, tag_rank(&r.tag), r.file.clone())
        });
        rows
    }
}

impl Project {
    /// A document's title: from the index, or from a session open on it.
    pub fn document_title(&self, document: usize) -> Option<&str> {
        if let Some(doc) = self.index().and_then(|i| i.document(document)) {
            return Some(doc.title());
        }
        self.iter().find(|(id, _)| self.document_of(*id) == Some(document)).map(|(_, s)| s.document().title())
    }

    /// `rows` ready to export, with each document's key, title and attribute
    /// values, and each annotation file relative to the project folder. `query`
    /// is what the export says was asked ([`SegmentQuery::describe`]).
    pub fn segment_export<'a>(&'a self, rows: &'a [CodedSegment], query: &'a str) -> Option<SegmentExport<'a>> {
        let corpus = self.corpus()?;
        let attributes = corpus.attributes().attributes();
        let rows = rows
            .iter()
            .filter_map(|row| {
                let found = corpus.documents().get(row.document)?;
                Some(SegmentRow {
                    document: &found.key,
                    document_title: self.document_title(row.document).unwrap_or(&found.key),
                    values: attributes.iter().map(|a| corpus.value(row.document, &a.id).unwrap_or_default()).collect(),
                    paragraph_id: row.paragraph_id.as_ref().map(ParagraphId::as_str),
                    paragraphs: row.ordinals,
                    tag: row.tag.as_ref().map(TagId::as_str),
                    tag_label: &row.tag_label,
                    quote: &row.quote,
                    note: &row.note,
                    author: &row.author,
                    created: row.created,
                    status: row.status,
                    annotation_id: row.annotation,
                    annotation_file: crate::persist::project::key_of(corpus.root(), &row.file),
                })
            })
            .collect();
        Some(SegmentExport {
            project: corpus.name(),
            query,
            attributes: attributes.iter().map(|a| (a.id.as_str(), a.label.as_str(), a.kind.as_str())).collect(),
            tags: corpus.codebook().tree().into_iter().map(|(t, _)| t.id.as_str()).collect(),
            rows,
        })
    }
}

/// A row's tag label: the codebook's path label, or the file's label.
fn label_of(codebook: &Codebook, tag: Option<&TagId>, file_label: &str) -> String {
    match tag {
        Some(tag) if codebook.get(tag).is_some() => codebook.path_label(tag),
        _ => file_label.to_owned(),
    }
}
