//! Importing REFI-QDA files from NVivo, ATLAS.ti, MAXQDA, QualCoder or Glosa
//! (see [`crate::import::refi`] for how positions are read and checked), as the
//! app's File ▸ Import does:
//!
//! - a codebook (`.qdc`) into a session: its codes become tags of the session's
//!   tag set as **one** undo step ([`Session::import_codebook`]); a code whose
//!   normalized name is an existing tag's is linked to it, never duplicated;
//! - a project (`.qdpx`) into a folder ([`import_project`]): each text source is
//!   written there as `NAME.txt` (its bytes exactly as in the archive; a file of
//!   another content is never overwritten, the new one gets `-2`, `-3`… in its
//!   name) with its annotation file `NAME.glosa.ron` (created, or added to:
//!   annotations already there by ID are skipped, so importing twice adds
//!   nothing); codes become tags, codings annotations, per user, with their notes.
//!
//! Into a Glosa project ([`import_qdpx`] with [`ImportInto::Project`]) the codes
//! also join the project's codebook and the variables become document
//! attributes. `glosa import` (in `cli::import_refi`) and the app both call
//! [`import_qdpx`]; only their report differs in form.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use std::collections::HashMap;

use super::project::{Corpus, Project, ProjectError};
use super::{ImportReason, Session, SessionError};
use crate::export::source_map::SourceText;
use crate::import::refi::{self, CodeMatch, QdaProject, SourceIn};
use crate::import::web_annotation::{MAX_JSON_BYTES, Placement};
use crate::model::attributes::{Attribute, AttributeId, AttributeKind};
use crate::model::codebook::{Codebook, CodebookEdit};
use crate::model::project::ProjectEdit;
use crate::model::{Annotation, Edit, TagId, TagSet, Timestamp};
use crate::workspace::Workspace;

/// Largest REFI-QDA file read, in bytes (256 MiB, as for every file imported).
pub const MAX_REFI_BYTES: u64 = MAX_JSON_BYTES;

/// Whether `path` names a REFI-QDA file by its extension (`.qdpx`, `.qdc`, any
/// letter case).
pub fn is_refi_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("qdpx") || e.eq_ignore_ascii_case("qdc"))
}

/// What [`Session::import_codebook`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodebookImport {
    /// Codes read.
    pub codes: usize,
    /// Of these, added as new tags.
    pub added: usize,
    /// Of these, linked to an existing tag of the same normalized name.
    pub linked: usize,
}

/// One source of a project, as [`import_project`] left it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedSource {
    /// The source's name in the project.
    pub name: String,
    /// The document written (`None`: the source has no plain text, or its text
    /// cannot be read as plain text; see `problem`).
    pub document: Option<PathBuf>,
    /// Its annotation file.
    pub annotations: Option<PathBuf>,
    /// Codings placed on their exact text.
    pub placed: usize,
    /// Codings placed by their text elsewhere or approximately (need review).
    pub moved: usize,
    /// Codings not found, kept with their text as orphans.
    pub orphaned: usize,
    /// Codings already in the annotation file (imported before), skipped.
    pub already_there: usize,
    /// Why the source was not imported, if it was not.
    pub problem: Option<refi::SourceProblem>,
    /// The unit its positions were read in (`code points`, `UTF-16 code
    /// units`…, see [`refi::Unit::as_str`]); empty when it has no selection.
    pub unit: String,
    /// How each code (by GUID) became a tag of its annotation file.
    pub codes: Vec<(String, CodeMatch)>,
    /// Selections whose positions did not fit the text (then placed by their text,
    /// or orphaned), with why.
    pub misfits: Vec<refi::Misfit>,
    /// The codings not placed on their exact text, in input order: each
    /// annotation made (its quote kept) with where it went and the ordinal (¶N) of
    /// its first paragraph when it has one.
    pub unplaced: Vec<UnplacedCoding>,
}

/// A coding [`import_project`] could not place on its exact text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnplacedCoding {
    /// The annotation made of it (orphans keep their quote, prefix and suffix).
    pub annotation: Annotation,
    /// Moved (placed by its text elsewhere: review it) or orphaned.
    pub placement: Placement,
    /// The 1-based ordinal of the paragraph it starts in (`None` for an orphan).
    pub ordinal: Option<u32>,
}

/// What importing into a Glosa project ([`ImportInto::Project`]) changed in the
/// project file, besides the documents' annotation files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProjectChanges {
    /// The project file.
    pub file: PathBuf,
    /// Codes added to the codebook, or given their parent.
    pub codebook_changes: usize,
    /// Attributes made for variables the project did not have.
    pub new_attributes: usize,
    /// Document values set from `VariableValue`s.
    pub values: usize,
    /// Values an attribute refused (`spring` for a date), left out.
    pub refused: Vec<RefusedValue>,
    /// Codes whose parent would make a cycle in the codebook, kept at the top (by
    /// name).
    pub cycles: Vec<String>,
}

/// A `VariableValue` the attribute refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedValue {
    /// The document's key in the project.
    pub document: String,
    /// The attribute's label.
    pub attribute: String,
    /// Why (the attribute's own error).
    pub reason: crate::model::attributes::ValueError,
}

/// What [`import_project`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProjectImport {
    /// The folder the documents were written into.
    pub folder: PathBuf,
    /// Every text source, in project order.
    pub sources: Vec<ImportedSource>,
    /// Codes read.
    pub codes: usize,
    /// Elements not imported (standard ones Glosa has no place for, and unknown
    /// ones), with counts.
    pub not_imported: Vec<(String, usize)>,
    /// Of these, the standard REFI-QDA 1.5 elements Glosa has no place for yet.
    pub skipped: Vec<(String, usize)>,
    /// Of these, the elements that are not part of REFI-QDA 1.5.
    pub unknown: Vec<(String, usize)>,
    /// What the file does otherwise than the standard says, read anyway (a
    /// foreign or missing XML namespace): [`QdaProject::warnings`].
    pub warnings: Vec<refi::RefiWarning>,
    /// What changed in the Glosa project, when imported into one.
    pub project: Option<ProjectChanges>,
}

impl ProjectImport {
    /// The first document written, to open.
    pub fn first_document(&self) -> Option<(&Path, &Path)> {
        self.sources.iter().find_map(|s| s.document.as_deref().zip(s.annotations.as_deref()))
    }

    /// Codings placed / moved / orphaned in all.
    pub fn counts(&self) -> (usize, usize, usize) {
        self.sources.iter().fold((0, 0, 0), |(p, m, o), s| (p + s.placed, m + s.moved, o + s.orphaned))
    }

    /// Codes linked to an existing tag and codes added as new tags, counted over
    /// the distinct codes of all sources.
    pub fn code_counts(&self) -> (usize, usize) {
        let mut seen: Vec<&str> = Vec::new();
        let (mut linked, mut added) = (0, 0);
        for (guid, matched) in self.sources.iter().flat_map(|s| &s.codes) {
            if seen.contains(&guid.as_str()) {
                continue;
            }
            seen.push(guid);
            match matched {
                CodeMatch::Linked(_) => linked += 1,
                CodeMatch::Added(_) => added += 1,
            }
        }
        (linked, added)
    }
}

/// Where [`import_qdpx`] puts a REFI-QDA project's documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportInto<'a> {
    /// A plain folder: documents and annotation files only.
    Folder(&'a Path),
    /// A Glosa project (its folder, or its `*.glosa-project.ron`): made a project
    /// if it is not one (named as the QDPX); new annotation files start with its
    /// codebook, the codes it lacks are added to it under their parents, and the
    /// `Variable`s become document attributes with each source's values.
    Project(&'a Path),
}

/// Why [`import_qdpx`] stopped.
#[derive(Debug, thiserror::Error)]
pub enum RefiImportError {
    /// A file could not be read or written, an annotation file changed.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// The Glosa project could not be opened, made, changed or saved.
    #[error(transparent)]
    Project(#[from] ProjectError),
}

/// Reads the REFI-QDA file at `path` (a `.qdpx` archive or a `.qdc`/`.qde` XML
/// file, told apart by content), at most [`MAX_REFI_BYTES`].
///
/// # Errors
/// [`SessionError::ImportFailed`] naming `path`: it cannot be read, is a folder,
/// is over the limit, or is not a readable REFI-QDA file (damaged or hostile
/// archive, malformed XML, another root element).
pub fn read_refi(path: &Path) -> Result<QdaProject, SessionError> {
    let fail = |reason: ImportReason| SessionError::ImportFailed { path: path.to_owned(), reason };
    if path.is_dir() {
        return Err(fail(ImportReason::Folder));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_REFI_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(e.into()))?;
    if bytes.len() as u64 > MAX_REFI_BYTES {
        return Err(fail(ImportReason::TooLarge { limit_mib: MAX_REFI_BYTES / (1024 * 1024) }));
    }
    refi::read_named(&bytes, path).map_err(|e| fail(e.into()))
}

impl Session {
    /// Imports the codes of the REFI-QDA codebook (or project) at `path` into this
    /// session's tag set as one undo step: new codes become tags (hierarchy,
    /// colours, descriptions), a code whose normalized name is an existing tag's is
    /// linked to it. Nothing changes when every code is already here.
    ///
    /// # Errors
    /// As [`read_refi`]; [`SessionError::Edit`] if the tags cannot be added (then
    /// nothing changed).
    pub fn import_codebook(&mut self, path: &Path) -> Result<CodebookImport, SessionError> {
        self.import_codes(&read_refi(path)?)
    }

    /// Imports the codes of `project` (read by [`read_refi`]) as
    /// [`Session::import_codebook`] does.
    ///
    /// # Errors
    /// [`SessionError::Edit`] if the tags cannot be added (then nothing changed).
    pub fn import_codes(&mut self, project: &QdaProject) -> Result<CodebookImport, SessionError> {
        let (edits, matches) = refi::match_codes(project, &self.workspace.set);
        let added = matches.iter().filter(|(_, m)| matches!(m, CodeMatch::Added(_))).count();
        if !edits.is_empty() {
            self.apply(Edit::Batch(edits))?;
        }
        Ok(CodebookImport { codes: matches.len(), added, linked: matches.len() - added })
    }
}

/// Imports the REFI-QDA project at `path` into the folder `into` (created if
/// needed; see the module docs for the files written). `author` is given to
/// codings without a user; `now` is their time when they give none.
///
/// # Errors
/// As [`read_refi`]; [`SessionError::ImportFailed`] when the file is a codebook (no
/// documents: import it into an open document's tags instead) or a file cannot be
/// written; [`SessionError::Workspace`] when an annotation file there cannot be
/// read or saved. Sources imported before the error stay written.
pub fn import_project(path: &Path, into: &Path, author: &str, now: Timestamp) -> Result<ProjectImport, SessionError> {
    import_project_from(path, &read_refi(path)?, into, author, now)
}

/// Imports `project`, read from `path` by [`read_refi`], as [`import_project`] does.
///
/// # Errors
/// As [`import_project`].
pub fn import_project_from(
    path: &Path,
    project: &QdaProject,
    into: &Path,
    author: &str,
    now: Timestamp,
) -> Result<ProjectImport, SessionError> {
    match import_qdpx(path, project, ImportInto::Folder(into), author, now) {
        Ok(import) => Ok(import),
        Err(RefiImportError::Session(e)) => Err(e),
        Err(RefiImportError::Project(e)) => {
            Err(SessionError::ImportFailed { path: into.to_owned(), reason: ImportReason::Project(Box::new(e)) })
        }
    }
}

/// Imports `project` (a QDPX read from `path` by [`read_refi`]) into a folder or
/// a Glosa project (see [`ImportInto`]): each text source becomes a document with
/// its annotation file (the module docs say how files are named and never
/// overwritten), codes become tags (linked to an existing tag of the same
/// normalized name, never duplicated), codings annotations per user with their
/// notes, placed on their exact text or kept as orphans with it. Into a project,
/// variables become attributes (matched by label, letter case aside, or ID; else
/// new: `Integer`/`Float` → number, `Date` → date, others → text) and a value an
/// attribute refuses is listed and left out; the project changes as one edit,
/// saved. `glosa import --into/--project` and the app's File ▸ Import both call
/// this.
///
/// # Errors
/// [`SessionError::ImportFailed`] when the file is a codebook or a file cannot
/// be written; [`SessionError::Workspace`] when an annotation file cannot be read or
/// saved; [`RefiImportError::Project`] when the project cannot be opened, made or
/// saved. Sources imported before the error stay written.
pub fn import_qdpx(
    path: &Path,
    project: &QdaProject,
    into: ImportInto<'_>,
    author: &str,
    now: Timestamp,
) -> Result<ProjectImport, RefiImportError> {
    if project.codebook {
        return Err(
            SessionError::ImportFailed { path: path.to_owned(), reason: ImportReason::CodebookNotProject }.into()
        );
    }
    let (folder, seed) = match into {
        ImportInto::Folder(folder) => (folder.to_owned(), None),
        ImportInto::Project(glosa) => {
            // An existing Glosa project's codebook: new annotation files start
            // with it, so codes link to its codes by name instead of duplicating.
            let corpus = Corpus::open(glosa).ok().filter(Corpus::has_file);
            let folder = if glosa.is_file() { Corpus::open(glosa)?.root().to_owned() } else { glosa.to_owned() };
            (folder, corpus.map(|c| c.codebook().tags().clone()))
        }
    };
    std::fs::create_dir_all(&folder).map_err(|source| SessionError::CreateFolder { path: folder.clone(), source })?;
    let mut import = ProjectImport {
        folder: folder.clone(),
        codes: project.codes.len(),
        not_imported: project.skipped.iter().chain(&project.unknown).map(|(n, c)| (n.clone(), *c)).collect(),
        skipped: project.skipped.iter().map(|(n, c)| (n.clone(), *c)).collect(),
        unknown: project.unknown.iter().map(|(n, c)| (n.clone(), *c)).collect(),
        warnings: project.warnings.clone(),
        ..ProjectImport::default()
    };
    let mut used = Vec::new();
    let mut written = Vec::new();
    for source in &project.sources {
        let (imported, tags) = import_source(project, source, &folder, &mut used, seed.as_ref(), author, now)?;
        if let (Some(document), Some(tags)) = (&imported.document, tags) {
            written.push(Written { source, document: document.clone(), codes: imported.codes.clone(), tags });
        }
        import.sources.push(imported);
    }
    if let ImportInto::Project(glosa) = into {
        import.project = Some(into_project(glosa, project, &written)?);
    }
    Ok(import)
}

/// A source written into the folder: its document, and how its codes became tags.
struct Written<'a> {
    /// The source.
    source: &'a SourceIn,
    /// The document file written (or reused).
    document: PathBuf,
    /// Each code's GUID with the tag it became.
    codes: Vec<(String, CodeMatch)>,
    /// The annotation file's tags after the import.
    tags: TagSet,
}

/// Writes `source`'s text into `into` and imports its codings into its
/// annotation file; a new annotation file starts with the tags `seed` (a
/// project's codebook). With the source's result, the annotation file's tags
/// after the import (`None` when nothing was imported).
fn import_source(
    project: &QdaProject,
    source: &SourceIn,
    into: &Path,
    used: &mut Vec<PathBuf>,
    seed: Option<&TagSet>,
    author: &str,
    now: Timestamp,
) -> Result<(ImportedSource, Option<TagSet>), SessionError> {
    let mut imported = ImportedSource {
        name: source.name.clone(),
        document: None,
        annotations: None,
        placed: 0,
        moved: 0,
        orphaned: 0,
        already_there: 0,
        problem: None,
        unit: String::new(),
        codes: Vec::new(),
        misfits: Vec::new(),
        unplaced: Vec::new(),
    };
    let Some(bytes) = &source.bytes else {
        imported.problem = Some(source.problem.clone().unwrap_or(refi::SourceProblem::NoPlainText));
        return Ok((imported, None));
    };
    let name = refi::source_file_name(&source.name, &source.guid);
    let document_path = place_file(into, &name, bytes, used)?;
    let stem = document_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let annotations = into.join(format!("{stem}.glosa.ron"));
    let mut workspace = Workspace::open(&document_path, &annotations)?;
    if let Some(seed) = seed
        && workspace.content().is_none()
    {
        workspace.set.tags = seed.clone();
    }
    let Some(reading) = SourceText::from_bytes(bytes.clone(), &workspace.document) else {
        imported.problem = Some(refi::SourceProblem::NotPlainText);
        return Ok((imported, None));
    };
    let plan = refi::plan_source(project, source, &workspace.document, &reading, &workspace.set, now, author);
    if !plan.edits.is_empty() {
        workspace.set.apply(Edit::Batch(plan.edits.clone()))?;
        workspace.save()?;
    } else if workspace.content().is_none() {
        workspace.save()?;
    }
    let (placed, moved, orphaned) = plan.plan.counts();
    imported.unplaced = plan
        .plan
        .annotations
        .iter()
        .filter(|(_, placement)| *placement != Placement::Placed)
        .map(|(annotation, placement)| UnplacedCoding {
            annotation: annotation.clone(),
            placement: *placement,
            ordinal: annotation
                .segments
                .first()
                .and_then(|s| workspace.document.paragraph(&s.paragraph))
                .filter(|_| *placement != Placement::Orphaned)
                .map(|p| p.ordinal),
        })
        .collect();
    imported.document = Some(document_path);
    imported.annotations = Some(annotations);
    imported.placed = placed;
    imported.moved = moved;
    imported.orphaned = orphaned;
    imported.already_there = plan.plan.already_there;
    imported.unit = plan.unit.as_ref().map_or_else(String::new, |(u, _)| u.as_str().to_owned());
    imported.codes = plan.codes;
    imported.misfits = plan.misfits;
    Ok((imported, Some(workspace.set.tags.clone())))
}

/// After the sources are in the folder: makes it a project if it is not one
/// (named as the QDPX), adds the codes the codebook lacks with their hierarchy,
/// and the variables as document attributes with each document's values, as one
/// project edit, saved.
fn into_project(path: &Path, project: &QdaProject, written: &[Written<'_>]) -> Result<ProjectChanges, ProjectError> {
    let located = Corpus::open(path)?;
    if !located.has_file() {
        let name = Some(project.name.as_str()).filter(|n| !n.trim().is_empty());
        Corpus::init(located.root(), name)?;
    }
    let mut glosa = Project::open(path)?;
    let mut changes = ProjectChanges::default();
    let Some(corpus) = glosa.corpus() else {
        return Ok(changes);
    };
    let mut edits = codebook_edits(project, written, corpus.codebook(), &mut changes.cycles);
    changes.codebook_changes = edits.len();
    edits.extend(attribute_edits(project, written, corpus, &mut changes.refused));
    changes.values = edits.iter().filter(|e| matches!(e, ProjectEdit::SetValue { .. })).count();
    changes.new_attributes = edits.len() - changes.codebook_changes - changes.values;
    if !edits.is_empty() {
        glosa.apply_project_edit(ProjectEdit::Batch(edits))?;
        glosa.save_project()?;
    }
    changes.file = glosa.corpus().map(|c| c.file().to_owned()).unwrap_or_default();
    Ok(changes)
}

/// The codebook edits: every imported code the codebook lacks, under its parent
/// (codes come parents first), and a parent for a code the codebook has at its top
/// level. A parent that would make a cycle is left out, and its code's name
/// pushed on `cycles`.
fn codebook_edits(
    project: &QdaProject,
    written: &[Written<'_>],
    codebook: &Codebook,
    cycles: &mut Vec<String>,
) -> Vec<ProjectEdit> {
    let mut tag_of: HashMap<&str, (&TagId, &TagSet)> = HashMap::new();
    for done in written {
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
                cycles.push(code.name.clone());
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
/// document, a value the attribute refuses is left out and pushed on `refused`.
fn attribute_edits(
    project: &QdaProject,
    written: &[Written<'_>],
    corpus: &Corpus,
    refused: &mut Vec<RefusedValue>,
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
    for done in written {
        let key = crate::persist::project::key_of(corpus.root(), &done.document);
        for (guid, value) in &done.source.values {
            let Some(attribute) = attribute_of.get(guid.as_str()) else { continue };
            match attribute.canonical(value) {
                Ok(canonical) if canonical.is_empty() => {}
                // The value the project already has: no change (a re-import
                // reports none and writes nothing).
                Ok(canonical)
                    if corpus.document_index(&key).and_then(|d| corpus.value(d, &attribute.id))
                        == Some(canonical.as_str()) => {}
                Ok(canonical) => edits.push(ProjectEdit::SetValue {
                    document: key.clone(),
                    attribute: attribute.id.clone(),
                    value: Some(canonical),
                }),
                Err(e) => {
                    refused.push(RefusedValue { document: key.clone(), attribute: attribute.label.clone(), reason: e });
                }
            }
        }
    }
    edits
}

/// Where the source's text goes in `into`: `name`, or `name-2.txt`… when a file
/// with other content is there (never overwritten; a link is never followed); an
/// existing file with the same bytes is reused.
pub(crate) fn place_file(
    into: &Path,
    name: &str,
    bytes: &[u8],
    used: &mut Vec<PathBuf>,
) -> Result<PathBuf, SessionError> {
    let fail = |path: &Path, e: std::io::Error| SessionError::ImportFailed {
        path: path.to_owned(),
        reason: ImportReason::Write(e),
    };
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
                    .map_err(|e| fail(&candidate, e))?;
                file.write_all(bytes).map_err(|e| fail(&candidate, e))?;
                used.push(candidate.clone());
                return Ok(candidate);
            }
            Err(e) => return Err(fail(&candidate, e)),
        }
    }
    Err(SessionError::ImportFailed {
        path: into.to_owned(),
        reason: ImportReason::NoFreeName { name: name.to_owned() },
    })
}

/// The folder a project at `path` is imported into by default: beside it, named
/// after it (`/d/estudio.qdpx` → `/d/estudio/`).
pub fn default_import_folder(path: &Path) -> PathBuf {
    let stem = path.file_stem().map_or_else(|| "imported".into(), |s| s.to_string_lossy().into_owned());
    path.with_file_name(stem)
}
