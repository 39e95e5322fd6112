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

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::import::Targets;
use super::{CliError, terminal};
use crate::export::source_map::SourceText;
use crate::import::refi::{self, CodeMatch, QdaProject, SourceIn};
use crate::import::web_annotation::Placement;
use crate::model::attributes::{Attribute, AttributeId, AttributeKind};
use crate::model::codebook::{Codebook, CodebookEdit};
use crate::model::project::ProjectEdit;
use crate::model::{Document, Edit, TagId, TagSet};
use crate::session::project::{Corpus, Project};
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
        let into = match (targets.project, targets.into) {
            (Some(glosa_project), _) => project_folder(glosa_project)?,
            (None, Some(into)) => into.to_owned(),
            (None, None) => {
                return Err(CliError(format!(
                    "a QDPX project holds documents: name the folder to import them into with --into DIR, \
                     or the Glosa project with --project DIR: {}",
                    file.display()
                )));
            }
        };
        std::fs::create_dir_all(&into)
            .map_err(|e| CliError(format!("cannot create the folder ({e}): {}", into.display())))?;
        // An existing Glosa project's codebook: new annotation files start with it,
        // so codes link to its codes by name instead of duplicating them.
        let seed = match targets.project {
            Some(glosa_project) => {
                Corpus::open(glosa_project).ok().filter(Corpus::has_file).map(|c| c.codebook().tags().clone())
            }
            None => None,
        };
        if project.sources.is_empty() {
            let _ = writeln!(report, "the project has no text sources");
        }
        let mut used = Vec::new();
        let mut imported = Vec::new();
        for source in &project.sources {
            if let Some(done) = import_source(&project, source, &into, &mut used, author, seed.as_ref(), &mut report)? {
                imported.push((source, done));
            }
        }
        if let Some(glosa_project) = targets.project {
            into_project(glosa_project, &project, &imported, &mut report)?;
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

/// A source written into the folder: its document, and how its codes became tags.
struct Imported {
    /// The document file written (or reused).
    document: PathBuf,
    /// Each code's GUID with the tag it became.
    codes: Vec<(String, CodeMatch)>,
    /// The annotation file's tags after the import.
    tags: TagSet,
}

/// Writes `source`'s text into `into` and imports its codings into its annotation
/// file; a new annotation file starts with the tags `seed` (a project's codebook).
/// `None` when the source has no plain text to import (reported).
fn import_source(
    project: &QdaProject,
    source: &SourceIn,
    into: &Path,
    used: &mut Vec<PathBuf>,
    author: Option<&str>,
    seed: Option<&TagSet>,
    report: &mut String,
) -> Result<Option<Imported>, CliError> {
    let name = refi::source_file_name(&source.name, &source.guid);
    let Some(bytes) = &source.bytes else {
        let _ =
            writeln!(report, "source “{}”: no plain text in the project, not imported", terminal::clip(&source.name));
        return Ok(None);
    };
    let document_path = place_file(into, &name, bytes, used)?;
    let stem = document_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let annotations = into.join(format!("{stem}.glosa.ron"));
    let mut workspace = Workspace::open(&document_path, &annotations).map_err(|e| CliError(e.to_string()))?;
    if let Some(seed) = seed
        && workspace.content().is_none()
    {
        workspace.set.tags = seed.clone();
    }
    let Some(reading) = reading_text(bytes, &workspace.document) else {
        let _ = writeln!(
            report,
            "source “{}”: its text cannot be read as plain text, not imported",
            terminal::clip(&source.name)
        );
        return Ok(None);
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
    Ok(Some(Imported { document: document_path, codes: plan.codes, tags: workspace.set.tags.clone() }))
}

/// The folder a QDPX goes into with `--project P`: `P` itself, or the folder of
/// the project file `P` names.
fn project_folder(project: &Path) -> Result<PathBuf, CliError> {
    if project.is_file() {
        return Corpus::open(project).map(|c| c.root().to_owned()).map_err(|e| CliError(e.to_string()));
    }
    Ok(project.to_owned())
}

/// After the sources are in the folder: makes it a project if it is not one (named
/// as the QDPX), adds the codes the codebook lacks with their hierarchy, and the
/// variables as document attributes with each document's values, as one project
/// edit, saved.
fn into_project(
    path: &Path,
    project: &QdaProject,
    imported: &[(&SourceIn, Imported)],
    report: &mut String,
) -> Result<(), CliError> {
    let located = Corpus::open(path).map_err(|e| CliError(e.to_string()))?;
    if !located.has_file() {
        let name = Some(project.name.as_str()).filter(|n| !n.trim().is_empty());
        Corpus::init(located.root(), name).map_err(|e| CliError(e.to_string()))?;
    }
    let mut glosa = Project::open(path).map_err(|e| CliError(e.to_string()))?;
    let Some(corpus) = glosa.corpus() else {
        return Err(CliError(format!("not a project: {}", path.display())));
    };
    let mut edits = codebook_edits(project, imported, corpus.codebook(), report);
    let codes = edits.len();
    edits.extend(attribute_edits(project, imported, corpus, report));
    let values = edits.iter().filter(|e| matches!(e, ProjectEdit::SetValue { .. })).count();
    let attributes = edits.len() - codes - values;
    if !edits.is_empty() {
        glosa.apply_project_edit(ProjectEdit::Batch(edits)).map_err(|e| CliError(e.to_string()))?;
        glosa.save_project().map_err(|e| CliError(e.to_string()))?;
    }
    let file = glosa.corpus().map(|c| c.file().display().to_string()).unwrap_or_default();
    let _ = writeln!(
        report,
        "project {file}: {codes} codebook changes, {attributes} new attributes, {values} document values"
    );
    Ok(())
}

/// The codebook edits: every imported code the codebook lacks, under its parent
/// (codes come parents first), and a parent for a code the codebook has at its top
/// level. A parent that would make a cycle is left out, and said.
fn codebook_edits(
    project: &QdaProject,
    imported: &[(&SourceIn, Imported)],
    codebook: &Codebook,
    report: &mut String,
) -> Vec<ProjectEdit> {
    let mut tag_of: HashMap<&str, (&TagId, &TagSet)> = HashMap::new();
    for (_, done) in imported {
        for (guid, matched) in &done.codes {
            let (CodeMatch::Linked(id) | CodeMatch::Added(id)) = matched;
            tag_of.entry(guid.as_str()).or_insert((id, &done.tags));
        }
    }
    let mut book = codebook.clone();
    let mut edits = Vec::new();
    for (i, code) in project.codes.iter().enumerate() {
        let Some(&(id, tags)) = tag_of.get(code.guid.as_str()) else { continue };
        // The parent: the nearest code before this one named as its last parent,
        // at the level above.
        let parent = code
            .parents
            .split_last()
            .and_then(|(name, above)| project.codes[..i].iter().rev().find(|c| &c.name == name && c.parents == above));
        let parent = parent.and_then(|p| tag_of.get(p.guid.as_str())).map(|(p, _)| (*p).clone());
        let edit = if book.get(id).is_none() {
            let Some(tag) = tags.get(id).cloned() else { continue };
            let parent = parent.filter(|p| book.get(p).is_some());
            CodebookEdit::Insert { index: usize::MAX, tag, parent }
        } else if book.parent(id).is_none() && parent.is_some() {
            if book.check_parent(id, parent.as_ref()).is_err() {
                let _ = writeln!(
                    report,
                    "code “{}”: its parent would make a cycle, kept at the top",
                    terminal::clip(&code.name)
                );
                continue;
            }
            CodebookEdit::SetParent { id: id.clone(), parent }
        } else {
            continue;
        };
        if book.apply(edit.clone()).is_ok() {
            edits.push(ProjectEdit::Codebook(edit));
        }
    }
    edits
}

/// The attribute edits: a variable becomes the attribute with its name as label
/// (letter case aside) or as ID, else a new attribute (Integer and Float:
/// number; Date: date; others: text); each source's values are set on its
/// document, a value the attribute refuses is left out, and said.
fn attribute_edits(
    project: &QdaProject,
    imported: &[(&SourceIn, Imported)],
    corpus: &Corpus,
    report: &mut String,
) -> Vec<ProjectEdit> {
    let mut schema = corpus.attributes().clone();
    let mut edits = Vec::new();
    let mut attribute_of: HashMap<&str, Attribute> = HashMap::new();
    for variable in &project.variables {
        let name = variable.name.trim();
        let from_label = AttributeId::from_label(name);
        let existing = schema
            .attributes()
            .iter()
            .find(|a| {
                a.label.trim().to_lowercase() == name.to_lowercase() || a.id.as_str() == name || a.id == from_label
            })
            .cloned();
        let attribute = existing.unwrap_or_else(|| {
            let kind = match variable.kind.as_str() {
                "Integer" | "Float" => AttributeKind::Number,
                "Date" => AttributeKind::Date,
                _ => AttributeKind::Text,
            };
            let attribute = Attribute {
                id: schema.unused_id(name),
                label: if name.is_empty() { from_label.to_string() } else { name.to_owned() },
                description: variable.description.trim().to_owned(),
                kind,
            };
            schema.insert(usize::MAX, attribute.clone());
            edits.push(ProjectEdit::InsertAttribute { index: usize::MAX, attribute: attribute.clone() });
            attribute
        });
        attribute_of.insert(variable.guid.as_str(), attribute);
    }
    for (source, done) in imported {
        let key = crate::persist::project::key_of(corpus.root(), &done.document);
        for (guid, value) in &source.values {
            let Some(attribute) = attribute_of.get(guid.as_str()) else { continue };
            match attribute.canonical(value) {
                Ok(canonical) if canonical.is_empty() => {}
                Ok(canonical) => edits.push(ProjectEdit::SetValue {
                    document: key.clone(),
                    attribute: attribute.id.clone(),
                    value: Some(canonical),
                }),
                Err(e) => {
                    let _ = writeln!(report, "not imported: {} of {key}: {e}", attribute.label);
                }
            }
        }
    }
    edits
}

/// The reading text of a source's bytes, aligned with its document.
fn reading_text(bytes: &[u8], document: &Document) -> Option<SourceText> {
    SourceText::from_bytes(bytes.to_vec(), document)
}

/// Where the source's text goes in `into`: the session layer's rule
/// ([`crate::session::refi::place_file`]: never overwritten, links never followed,
/// a file with the same bytes reused).
fn place_file(into: &Path, name: &str, bytes: &[u8], used: &mut Vec<PathBuf>) -> Result<PathBuf, CliError> {
    crate::session::refi::place_file(into, name, bytes, used).map_err(|e| CliError(e.to_string()))
}
