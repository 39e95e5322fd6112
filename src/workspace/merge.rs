//! Merging annotation files with their documents at hand: incoming annotations
//! made on another version of the document are re-anchored against the local
//! document first (orphans kept and listed), then merged by ID
//! ([`crate::model::merge`]). What `glosa merge`, the git merge driver, sync-copy
//! merging and saving under the lock share.

use std::path::Path;

use crate::model::anchor::{AnchorStatus, Anchorer};
use crate::model::merge::{MergeReport, merge, merge_into, merge_with_report};
use crate::model::{AnnotationSet, Document, Fingerprint, Version};
use crate::persist::annotations::{AnnotationFile, DocumentRef, relative_path};

/// Re-anchoring an annotation set against a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reanchored {
    /// Annotations looked at (all live ones).
    pub reanchored: usize,
    /// Of those, annotations found at another place (their segments updated).
    pub moved: usize,
    /// Of those, annotations not found (kept as they are).
    pub orphaned: Vec<crate::model::AnnotationId>,
}

/// Re-anchors the live annotations of `incoming` (made on a document with
/// fingerprint `made_on`) against `doc`, unless `doc` has that very fingerprint.
/// A moved annotation's segments are replaced, its version vector kept: the
/// content is the same annotation, placed on this document version — and where
/// `local` has the very same version (same version vector), its local placement is
/// taken, so that re-anchoring never makes a version differ from itself.
pub fn reanchor(
    incoming: &mut AnnotationSet,
    made_on: &Fingerprint,
    doc: &Document,
    local: &AnnotationSet,
) -> Reanchored {
    let mut out = Reanchored::default();
    if made_on == doc.fingerprint() {
        return out;
    }
    let anchorer = Anchorer::new(doc);
    let ids: Vec<_> = incoming.annotations.iter().map(|a| a.id).collect();
    for id in ids {
        let mut versions = incoming.annotations.versions_of(&id);
        let Some(first) = versions.first_mut() else { continue };
        out.reanchored += 1;
        let anchor = anchorer.resolve(&first.value);
        match anchor.status {
            AnchorStatus::Anchored => continue,
            AnchorStatus::Orphaned => {
                out.orphaned.push(id);
                continue;
            }
            AnchorStatus::Moved => {}
        }
        let local_same: Option<Version<_>> =
            local.annotations.versions_of(&id).into_iter().find(|v| v.rev == first.rev && !v.rev.is_empty());
        if let Some(same) = local_same {
            first.value = same.value;
        } else {
            let relocated: Vec<_> = first
                .value
                .segments
                .iter()
                .zip(&anchor.segments)
                .map(|(segment, resolved)| match resolved.location {
                    Some(location) if resolved.status != AnchorStatus::Orphaned => {
                        anchorer.relocate(location).unwrap_or_else(|| segment.clone())
                    }
                    _ => segment.clone(),
                })
                .collect();
            first.value.segments = relocated;
        }
        out.moved += 1;
        incoming.annotations.set_versions(id, versions);
    }
    out
}

/// Merges `incoming` (read from an annotation file made on the document with
/// fingerprint `made_on`) into `local`, re-anchoring it against `doc` when given
/// and different. Returns the merged set and the report relative to `local`.
pub fn merge_incoming(
    local: &AnnotationSet,
    mut incoming: AnnotationSet,
    made_on: &Fingerprint,
    doc: Option<&Document>,
) -> (AnnotationSet, MergeReport) {
    let reanchored = doc.map(|doc| reanchor(&mut incoming, made_on, doc, local)).unwrap_or_default();
    let (merged, mut report) = merge_with_report(local, &incoming);
    report.reanchored = reanchored.reanchored;
    report.moved = reanchored.moved;
    report.orphaned = reanchored.orphaned;
    (merged, report)
}

/// Merges annotation files: the first is "local"; the others are folded into it
/// (each re-anchored against `doc` when given). Returns the merged set and the
/// report relative to the first file.
pub fn merge_files(files: Vec<AnnotationFile>, doc: Option<&Document>) -> Option<(AnnotationSet, MergeReport)> {
    merge_sets(
        files
            .into_iter()
            .map(|file| {
                let fingerprint = file.document.fingerprint.clone();
                (file.into_set().1, fingerprint)
            })
            .collect(),
        doc,
    )
}

/// [`merge_files`] on the annotation sets of files, each with the fingerprint of
/// the document its file was made on (what the git merge driver merges once it
/// has taken each side's hand edits as versions).
pub fn merge_sets(
    sets: Vec<(AnnotationSet, Fingerprint)>,
    doc: Option<&Document>,
) -> Option<(AnnotationSet, MergeReport)> {
    let mut sets = sets.into_iter();
    let (mut local_doc_set, first_fingerprint) = sets.next()?;
    // Re-anchor the first file too when a document is given that it was not made on.
    let mut total = MergeReport::default();
    if let Some(doc) = doc {
        let r = reanchor(&mut local_doc_set, &first_fingerprint, doc, &AnnotationSet::default());
        total.reanchored += r.reanchored;
        total.moved += r.moved;
        total.orphaned.extend(r.orphaned);
    }
    let mut incoming: Option<AnnotationSet> = None;
    for (mut set, fingerprint) in sets {
        if let Some(doc) = doc {
            let r = reanchor(&mut set, &fingerprint, doc, &local_doc_set);
            total.reanchored += r.reanchored;
            total.moved += r.moved;
            total.orphaned.extend(r.orphaned);
        }
        incoming = Some(match incoming {
            None => set,
            Some(so_far) => merge(&so_far, &set),
        });
    }
    let incoming = incoming.unwrap_or_else(|| local_doc_set.clone());
    let (merged, mut report) = merge_into(local_doc_set, &incoming);
    drop_in_background(incoming);
    report.reanchored = total.reanchored;
    report.moved = total.moved;
    total.orphaned.sort_unstable();
    total.orphaned.dedup();
    report.orphaned = total.orphaned;
    Some((merged, report))
}

/// Annotation sets with at least this many annotations are freed on a thread of
/// their own by [`drop_in_background`].
const BACKGROUND_DROP_MIN: usize = 1_000;

/// Drops `set` on a thread of its own when it is large: freeing the hundreds of
/// thousands of allocations of a large set takes a tenth of a merge, and nothing
/// waits for it (in a short-lived process such as the git merge driver, the exit
/// ends that thread and the memory is never freed piece by piece). A small set,
/// or any set when no thread can be started, is dropped here.
pub fn drop_in_background(set: AnnotationSet) {
    if set.annotations.len() < BACKGROUND_DROP_MIN {
        return;
    }
    // When the thread cannot be started, the closure, `set` with it, is dropped here.
    let _ = std::thread::Builder::new().name("glosa-free".to_owned()).spawn(move || drop(set));
}

/// The file holding `set` to be written at `out`: the document reference of
/// `reference` (read from the annotation file at `from`) re-based for `out`, or of
/// `doc` at `doc_path`; annotations in `doc`'s order when known.
pub fn output_file(
    set: &AnnotationSet,
    reference: &DocumentRef,
    from: &Path,
    out: &Path,
    doc: Option<(&Document, &Path)>,
) -> AnnotationFile {
    let document = if let Some((doc, path)) = doc {
        DocumentRef::new(doc, path, out)
    } else {
        let mut moved = reference.clone();
        if !Path::new(&reference.path).is_absolute() {
            moved.path = relative_path(&reference.resolve(from), out);
        }
        moved
    };
    AnnotationFile::new(document, set, doc.map(|(d, _)| d))
}
