//! `glosa import FILE.qdpx --into DIR` and `glosa import FILE.qdc --annotations
//! FILE`: REFI-QDA projects and codebooks from NVivo, ATLAS.ti, MAXQDA,
//! QualCoder or Glosa (see [`crate::import::refi`]).
//!
//! A project's text sources are written into `DIR`, one `NAME.txt` each (the
//! source's bytes exactly as in the archive; an existing file with other content
//! is never overwritten: the new one gets `-2`, `-3`… in its name), each with its
//! annotation file `NAME.glosa.ron` (created, or added to: annotations already
//! there by ID are skipped, so importing twice adds nothing). Codes become tags
//! (linked to an existing tag of the same normalized name, never duplicated),
//! codings annotations, per user, with their notes. Every line of the report is
//! one source, code, misfit or orphan.

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::import::Targets;
use super::{CliError, terminal};
use crate::export::source_map::SourceText;
use crate::import::refi::{self, CodeMatch, QdaProject, SourceIn};
use crate::import::web_annotation::Placement;
use crate::model::{Document, Edit};
use crate::workspace::{self, DocumentAccess, Workspace};

pub(super) fn run(
    file: &Path,
    bytes: &[u8],
    targets: &Targets<'_>,
    author: Option<&str>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let project = refi::read(bytes).map_err(|e| CliError(format!("{e}: {}", file.display())))?;
    let mut report = String::new();
    for (name, count) in &project.skipped {
        let _ = writeln!(report, "not imported: {count} <{name}> (Glosa has no such thing yet)");
    }
    for (name, count) in &project.unknown {
        let _ = writeln!(report, "not imported: {count} <{}> (not part of REFI-QDA 1.5)", terminal::clip(name));
    }
    if project.codebook {
        codebook(file, &project, targets, &mut report)?;
    } else {
        let Some(into) = targets.into else {
            return Err(CliError(format!(
                "a QDPX project holds documents: name the folder to import them into with --into DIR: {}",
                file.display()
            )));
        };
        std::fs::create_dir_all(into)
            .map_err(|e| CliError(format!("cannot create the folder ({e}): {}", into.display())))?;
        if project.sources.is_empty() {
            let _ = writeln!(report, "the project has no text sources");
        }
        let mut used = Vec::new();
        for source in &project.sources {
            import_source(&project, source, into, &mut used, author, &mut report)?;
        }
    }
    match out.write_all(report.as_bytes()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(CliError(format!("cannot write output: {e}"))),
    }
    Ok(ExitCode::SUCCESS)
}

/// A codebook's codes into the tags of `--annotations`.
fn codebook(file: &Path, project: &QdaProject, targets: &Targets<'_>, report: &mut String) -> Result<(), CliError> {
    let Some(annotations) = targets.annotations else {
        return Err(CliError(format!(
            "name the annotation file whose tags receive the codebook with --annotations: {}",
            file.display()
        )));
    };
    let mut workspace = match targets.document {
        Some(document) => Workspace::open(document, annotations),
        None if annotations.exists() => Workspace::open_annotations_checked(annotations, DocumentAccess::InsideFolder),
        None => {
            return Err(CliError(format!(
                "the annotation file does not exist yet: name its document with --document: {}",
                annotations.display()
            )));
        }
    }
    .map_err(|e| CliError(e.to_string()))?;
    let (edits, matches) = refi::match_codes(project, &workspace.set);
    code_lines(project, &matches, report);
    if !edits.is_empty() {
        workspace.set.apply(Edit::Batch(edits)).map_err(|e| CliError(e.to_string()))?;
        workspace.save().map_err(|e| CliError(e.to_string()))?;
    }
    let added = matches.iter().filter(|(_, m)| matches!(m, CodeMatch::Added(_))).count();
    let _ = writeln!(
        report,
        "imported {} codes into {}: {added} new tags, {} linked to existing tags",
        matches.len(),
        annotations.display(),
        matches.len() - added
    );
    Ok(())
}

fn code_lines(project: &QdaProject, matches: &[(String, CodeMatch)], report: &mut String) {
    for (guid, m) in matches {
        let name = project.codes.iter().find(|c| &c.guid == guid).map_or("", |c| c.name.as_str());
        match m {
            CodeMatch::Linked(id) => {
                let _ = writeln!(report, "code “{}” linked to the existing tag {id}", terminal::clip(name));
            }
            CodeMatch::Added(id) => {
                let _ = writeln!(report, "code “{}” added as tag {id}", terminal::clip(name));
            }
        }
    }
}

/// Writes `source`'s text into `into` and imports its codings into its annotation file.
fn import_source(
    project: &QdaProject,
    source: &SourceIn,
    into: &Path,
    used: &mut Vec<PathBuf>,
    author: Option<&str>,
    report: &mut String,
) -> Result<(), CliError> {
    let name = refi::source_file_name(&source.name, &source.guid);
    let Some(bytes) = &source.bytes else {
        let _ =
            writeln!(report, "source “{}”: no plain text in the project, not imported", terminal::clip(&source.name));
        return Ok(());
    };
    let document_path = place_file(into, &name, bytes, used)?;
    let stem = document_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let annotations = into.join(format!("{stem}.glosa.ron"));
    let mut workspace = Workspace::open(&document_path, &annotations).map_err(|e| CliError(e.to_string()))?;
    let Some(reading) = reading_text(bytes, &workspace.document) else {
        let _ = writeln!(
            report,
            "source “{}”: its text cannot be read as plain text, not imported",
            terminal::clip(&source.name)
        );
        return Ok(());
    };
    let plan = refi::plan_source(
        project,
        source,
        &workspace.document,
        &reading,
        &workspace.set,
        workspace::now(),
        &workspace::author(author),
    );
    if !plan.edits.is_empty() {
        workspace.set.apply(Edit::Batch(plan.edits.clone())).map_err(|e| CliError(e.to_string()))?;
        workspace.save().map_err(|e| CliError(e.to_string()))?;
    } else if workspace.content().is_none() {
        workspace.save().map_err(|e| CliError(e.to_string()))?;
    }
    if used.len() == 1 {
        code_lines(project, &plan.codes, report);
    }
    for misfit in &plan.misfits {
        let _ = writeln!(
            report,
            "misfit    {}  {}: “{}”",
            misfit.guid,
            misfit.reason,
            terminal::clip(&misfit.name.chars().take(60).collect::<String>())
        );
    }
    for (annotation, placement) in &plan.plan.annotations {
        if *placement != Placement::Placed {
            report.push_str(&super::import::line(&workspace.document, annotation, *placement));
        }
    }
    let (placed, moved, orphaned) = plan.plan.counts();
    let unit = plan.unit.as_ref().map_or("", |(u, _)| u.as_str());
    let _ = write!(
        report,
        "source “{}” → {}: positions in {unit}; {} codings: {placed} placed, {moved} moved (need review), {orphaned} orphaned",
        terminal::clip(&source.name),
        annotations.display(),
        plan.plan.annotations.len() + plan.plan.already_there,
    );
    if plan.plan.already_there > 0 {
        let _ = write!(report, "; {} already in the file, skipped", plan.plan.already_there);
    }
    report.push('\n');
    Ok(())
}

/// The reading text of a source's bytes, aligned with its document.
fn reading_text(bytes: &[u8], document: &Document) -> Option<SourceText> {
    SourceText::from_bytes(bytes.to_vec(), document)
}

/// Where the source's text goes in `into`: `name`, or `name-2.txt`… when a file
/// with other content is there (never overwritten); an existing file with the
/// same bytes is reused.
fn place_file(into: &Path, name: &str, bytes: &[u8], used: &mut Vec<PathBuf>) -> Result<PathBuf, CliError> {
    let (stem, extension) = name.rsplit_once('.').unwrap_or((name, "txt"));
    for n in 1..10_000 {
        let candidate = if n == 1 { into.join(name) } else { into.join(format!("{stem}-{n}.{extension}")) };
        if used.contains(&candidate) {
            continue;
        }
        match std::fs::symlink_metadata(&candidate) {
            Ok(meta) if meta.is_file() && std::fs::read(&candidate).is_ok_and(|existing| existing == bytes) => {
                used.push(candidate.clone());
                return Ok(candidate);
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut file = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&candidate)
                    .map_err(|e| CliError(format!("cannot write ({e}): {}", candidate.display())))?;
                file.write_all(bytes).map_err(|e| CliError(format!("cannot write ({e}): {}", candidate.display())))?;
                used.push(candidate.clone());
                return Ok(candidate);
            }
            Err(e) => return Err(CliError(format!("cannot read ({e}): {}", candidate.display()))),
        }
    }
    Err(CliError(format!("no free file name for {name} in {}", into.display())))
}
