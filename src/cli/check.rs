//! `glosa check FILE [--document DOC] [--write]`: how each annotation fits the
//! document now.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use unicode_segmentation::UnicodeSegmentation;

use super::CliError;
use crate::model::anchor::{AnchorStatus, Anchorer};
use crate::model::{Edit, Segment};
use crate::workspace;

/// Graphemes of quote shown per line.
const QUOTE_PREVIEW: usize = 60;

pub(super) fn run(
    file: &Path,
    document: Option<&Path>,
    write: bool,
    allow_outside: bool,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let mut workspace = super::open_annotations(file, document, allow_outside)?;
    super::warn_about_undeclared_tags(&workspace.set.tags, workspace.set.annotations.iter(), "", file);
    let io = |e: std::io::Error| CliError(format!("cannot write output: {e}"));
    if workspace.document_changed() {
        writeln!(out, "note: the document changed since the annotations were saved").map_err(io)?;
    }
    // In document order of where each annotation is now (its first segment found);
    // orphans last, in the order of their stored positions.
    let mut anchors = workspace.anchors();
    anchors.sort_by_key(|(_, anchor)| {
        let first = anchor.segments.iter().find_map(|s| s.location);
        (first.is_none(), first.map(|l| (l.paragraph, l.start, l.end)))
    });
    let relocator = Anchorer::new(&workspace.document);
    let (mut counts, mut edits) = ([0usize; 3], Vec::new());
    let now = workspace::now();
    for (id, anchor) in &anchors {
        let Some(annotation) = workspace.set.annotations.get(id) else {
            continue;
        };
        counts[anchor.status as usize] += 1;
        let first = anchor.segments.iter().find_map(|s| s.location);
        let paragraph = first.map_or_else(|| "¶?".to_owned(), |l| format!("¶{}", l.paragraph + 1));
        let stored = annotation.segments.first().map_or("", |s| s.paragraph.as_str());
        let quote = annotation.quote().replace('\n', " ");
        let preview: String = quote.graphemes(true).take(QUOTE_PREVIEW).collect();
        let ellipsis = if preview.len() < quote.len() { "…" } else { "" };
        let reason = anchor.reason().map_or_else(String::new, |r| format!("  ({})", r.as_str()));
        writeln!(out, "{:<8}  {paragraph:<5}  {stored}  {id}  “{preview}{ellipsis}”{reason}", anchor.status.as_str())
            .map_err(io)?;
        if write {
            let relocated: Vec<_> = annotation
                .segments
                .iter()
                .zip(&anchor.segments)
                .map(|(segment, resolved)| match resolved.location {
                    Some(location) if resolved.status != AnchorStatus::Orphaned => {
                        relocator.relocate(location).unwrap_or_else(|| segment.clone())
                    }
                    _ => segment.clone(),
                })
                .collect();
            if relocated != annotation.segments {
                edits.push((*id, annotation.segments.clone(), relocated));
            }
        }
    }
    let [anchored, moved, orphaned] = counts;
    writeln!(out, "{anchored} anchored, {moved} moved, {orphaned} orphaned").map_err(io)?;
    if write {
        // Under the lock, on the file as it is now: a position is updated only on
        // an annotation whose segments nobody changed since they were read here.
        // An empty batch still saves, to record the document checked against.
        let mut updated = 0;
        let saved = workspace
            .save_change(|set| {
                let batch: Vec<Edit> = edits
                    .iter()
                    .filter(|(id, read, _): &&(_, Vec<Segment>, _)| {
                        set.annotations.get(id).is_some_and(|now| &now.segments == read)
                    })
                    .map(|(id, _, relocated)| Edit::SetSegments { id: *id, segments: relocated.clone(), modified: now })
                    .collect();
                updated = batch.len();
                Some(Edit::Batch(batch))
            })
            .map_err(|e| CliError(e.to_string()))?;
        if saved.rebased {
            super::warn_about_loading(&saved.report, file);
            super::note(&format!(
                "the annotation file changed since it was read (another program saved it); positions were \
                 updated on the current version, {} changed meanwhile were left as they are: {}",
                super::plural(edits.len() - updated, "annotation", "annotations"),
                file.display()
            ));
        }
        writeln!(
            out,
            "wrote {} ({} updated, orphans kept)",
            file.display(),
            super::plural(updated, "annotation", "annotations")
        )
        .map_err(io)?;
    }
    Ok(if moved + orphaned == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
