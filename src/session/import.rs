//! Importing annotations made elsewhere (W3C Web Annotation JSON: Glosa's own
//! exports, any W3C producer, the Hypothesis API) into a session, in two steps so
//! the user sees what will happen before anything changes:
//!
//! 1. [`Session::plan_import`] reads the file and works out where every annotation
//!    goes ([`crate::import::web_annotation::plan`]): a [`ImportPreview`] with the
//!    counts placed / moved / orphaned, in all and per author. Nothing changes.
//! 2. [`Session::apply_import`] applies that plan as **one** undo step (an
//!    [`Edit::Batch`] of the new tags, then the new annotations), so Undo takes
//!    the whole import back.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{ImportReason, Session, SessionError};
use crate::export::source_map::SourceText;
use crate::import::web_annotation::{self, ImportPlan, Incoming, MAX_JSON_BYTES, Placement};
use crate::model::{Edit, Timestamp};
use crate::persist::document::MAX_DOCUMENT_BYTES;

/// How many annotations of one author (or in all) land where.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlacementCounts {
    /// Found at their quote, unambiguously.
    pub placed: usize,
    /// Placed ambiguously or approximately: need review.
    pub moved: usize,
    /// Not found: kept with their quotes, listed as orphaned.
    pub orphaned: usize,
}

impl PlacementCounts {
    /// All of them.
    pub fn total(&self) -> usize {
        self.placed + self.moved + self.orphaned
    }

    fn add(&mut self, placement: Placement) {
        match placement {
            Placement::Placed => self.placed += 1,
            Placement::Moved => self.moved += 1,
            Placement::Orphaned => self.orphaned += 1,
        }
    }
}

/// What importing a file into a session will do, before it is done.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    /// The file read.
    pub path: PathBuf,
    /// The annotations as read (kept to plan again if the session changed).
    pub incoming: Vec<Incoming>,
    /// The edits and where each annotation goes.
    pub plan: ImportPlan,
    /// The session's revision the plan was made for.
    pub revision: u64,
    /// The author given to annotations that name none.
    pub author: String,
    /// When the plan was made (the `created` time of annotations that give none).
    pub now: Timestamp,
}

impl ImportPreview {
    /// Placed / moved / orphaned in all.
    pub fn counts(&self) -> PlacementCounts {
        let mut counts = PlacementCounts::default();
        for (_, placement) in &self.plan.annotations {
            counts.add(*placement);
        }
        counts
    }

    /// Placed / moved / orphaned per author, sorted by author name.
    pub fn by_author(&self) -> Vec<(String, PlacementCounts)> {
        let mut authors: BTreeMap<&str, PlacementCounts> = BTreeMap::new();
        for (annotation, placement) in &self.plan.annotations {
            authors.entry(annotation.author.as_str()).or_default().add(*placement);
        }
        authors.into_iter().map(|(a, c)| (a.to_owned(), c)).collect()
    }
}

/// Reads at most `limit` bytes of `path`; `None` past the limit.
fn read_limited(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

impl Session {
    /// Reads the Web Annotation JSON file at `path` and plans its import into this
    /// session (see [`crate::import::web_annotation`] for how each target is
    /// placed, against the document file's reading text when it can be read).
    /// `author` is given to annotations that name none; `now` is their `created`
    /// time when they give none. Changes nothing.
    ///
    /// # Errors
    ///
    /// [`SessionError::ImportFailed`] naming `path`: it cannot be read, is a
    /// folder, is over [`MAX_JSON_BYTES`], is not JSON, or holds no Web
    /// Annotations.
    pub fn plan_import(&self, path: &Path, author: &str, now: Timestamp) -> Result<ImportPreview, SessionError> {
        let fail = |reason: ImportReason| SessionError::ImportFailed { path: path.to_owned(), reason };
        if path.is_dir() {
            return Err(fail(ImportReason::Folder));
        }
        let bytes = read_limited(path, MAX_JSON_BYTES)
            .map_err(|e| fail(e.into()))?
            .ok_or_else(|| fail(ImportReason::TooLarge { limit_mib: MAX_JSON_BYTES / (1024 * 1024) }))?;
        let incoming = web_annotation::read(&bytes).map_err(|e| fail(e.into()))?;
        // Another document's annotations are left out (counted in the plan).
        let (incoming, other_documents) = web_annotation::of_this_document(incoming, &self.workspace.document_path);
        let mut preview = ImportPreview {
            path: path.to_owned(),
            incoming,
            plan: ImportPlan::default(),
            revision: self.revision(),
            author: author.to_owned(),
            now,
        };
        preview.plan = self.plan_for(&preview.incoming, author, now);
        preview.plan.other_documents = other_documents;
        Ok(preview)
    }

    fn plan_for(&self, incoming: &[Incoming], author: &str, now: Timestamp) -> ImportPlan {
        let document = &self.workspace.document;
        let reading = read_limited(&self.workspace.document_path, MAX_DOCUMENT_BYTES)
            .ok()
            .flatten()
            .and_then(|bytes| SourceText::from_bytes(bytes, document));
        web_annotation::plan(incoming, document, reading.as_ref(), &self.workspace.set, now, author)
    }

    /// Applies an import planned by [`Session::plan_import`] as one undo step and
    /// returns how many annotations were added (0: nothing to do, no step). If the
    /// annotations changed since the plan was made, it is made again first, so
    /// nothing is duplicated.
    ///
    /// # Errors
    ///
    /// [`SessionError::Edit`] if the edits cannot be applied; nothing changes.
    pub fn apply_import(&mut self, preview: &ImportPreview) -> Result<usize, SessionError> {
        let replanned;
        let plan = if preview.revision == self.revision() {
            &preview.plan
        } else {
            replanned = self.plan_for(&preview.incoming, &preview.author, preview.now);
            &replanned
        };
        if plan.edits.is_empty() {
            return Ok(0);
        }
        let added = plan.annotations.len();
        self.apply(Edit::Batch(plan.edits.clone()))?;
        Ok(added)
    }
}
