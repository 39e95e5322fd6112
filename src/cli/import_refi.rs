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
//!
//! `glosa import FILE.qdpx --project DIR` does the same into a Glosa project's
//! folder (made a project, named as the QDPX, if it is not one; a project file
//! may be named instead of its folder). New annotation files start with the
//! project's codebook, so codes link to its codes by name. Then the codes the
//! codebook lacks are added to it under their parents, and the `Variable`s
//! become document attributes (matched by label, letter case aside, or ID; else
//! new: `Integer`/`Float` → number, `Date` → date, others → text) with each
//! source's `VariableValue`s set on its document. A value the attribute refuses
//! (`spring` for a date) is listed and left out. One project edit, saved.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::import::Targets;
use super::{CliError, terminal};
use crate::import::refi::{self, CodeMatch, QdaProject};
use crate::model::Edit;
use crate::session::refi::{self as session_refi, ImportInto, ProjectImport};
use crate::workspace::{self, DocumentAccess, Workspace};

pub(super) fn run(
    file: &Path,
    bytes: &[u8],
    targets: &Targets<'_>,
    author: Option<&str>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let project = refi::read_named(bytes, file).map_err(|e| CliError(format!("{e}: {}", file.display())))?;
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
        let into = match (targets.project, targets.into) {
            (Some(glosa_project), _) => ImportInto::Project(glosa_project),
            (None, Some(into)) => ImportInto::Folder(into),
            (None, None) => {
                return Err(CliError(format!(
                    "a QDPX project holds documents: name the folder to import them into with --into DIR, \
                     or the Glosa project with --project DIR: {}",
                    file.display()
                )));
            }
        };
        let import = session_refi::import_qdpx(file, &project, into, &workspace::author(author), workspace::now())
            .map_err(|e| CliError(e.to_string()))?;
        project_report(&project, &import, &mut report);
    }
    match out.write_all(report.as_bytes()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(CliError(format!("cannot write output: {e}"))),
    }
    Ok(ExitCode::SUCCESS)
}

/// The report of a QDPX import, a line per source, code, misfit, orphan, refused
/// value and the project's changes.
fn project_report(project: &QdaProject, import: &ProjectImport, report: &mut String) {
    if import.sources.is_empty() {
        let _ = writeln!(report, "the project has no text sources");
    }
    let mut codes_said = false;
    for source in &import.sources {
        let name = terminal::clip(&source.name);
        let Some(annotations) = &source.annotations else {
            let problem = source.problem.as_deref().unwrap_or("not read");
            let _ = writeln!(report, "source “{name}”: {problem}, not imported");
            continue;
        };
        if !codes_said {
            code_lines(project, &source.codes, report);
            codes_said = true;
        }
        for misfit in &source.misfits {
            let _ = writeln!(
                report,
                "misfit    {}  {}: “{}”",
                misfit.guid,
                misfit.reason,
                terminal::clip(&misfit.name.chars().take(60).collect::<String>())
            );
        }
        for coding in &source.unplaced {
            report.push_str(&super::import::line_at(coding.ordinal, &coding.annotation, coding.placement));
        }
        let _ = write!(
            report,
            "source “{name}” → {}: positions in {}; {} codings: {} placed, {} moved (need review), {} orphaned",
            annotations.display(),
            source.unit,
            source.placed + source.moved + source.orphaned + source.already_there,
            source.placed,
            source.moved,
            source.orphaned,
        );
        if source.already_there > 0 {
            let _ = write!(report, "; {} already in the file, skipped", source.already_there);
        }
        report.push('\n');
    }
    if let Some(changes) = &import.project {
        for code in &changes.cycles {
            let _ = writeln!(report, "code “{}”: its parent would make a cycle, kept at the top", terminal::clip(code));
        }
        for refused in &changes.refused {
            let _ = writeln!(report, "not imported: {} of {}: {}", refused.attribute, refused.document, refused.reason);
        }
        let _ = writeln!(
            report,
            "project {}: {} codebook changes, {} new attributes, {} document values",
            changes.file.display(),
            changes.codebook_changes,
            changes.new_attributes,
            changes.values
        );
    }
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
        "imported {} into {}: {}, {} linked to existing tags",
        super::plural(matches.len(), "code", "codes"),
        annotations.display(),
        super::plural(added, "new tag", "new tags"),
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
