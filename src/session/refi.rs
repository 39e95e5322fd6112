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
//! `glosa import` (in `cli::import_refi`) writes the same files by the same rules.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::{Session, SessionError};
use crate::export::source_map::SourceText;
use crate::import::refi::{self, CodeMatch, QdaProject, SourceIn};
use crate::import::web_annotation::MAX_JSON_BYTES;
use crate::model::{Edit, Timestamp};
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
    pub problem: Option<String>,
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
}

/// Reads the REFI-QDA file at `path` (a `.qdpx` archive or a `.qdc`/`.qde` XML
/// file, told apart by content), at most [`MAX_REFI_BYTES`].
///
/// # Errors
/// [`SessionError::Import`] naming `path`: it cannot be read, is a folder, is over
/// the limit, or is not a readable REFI-QDA file (damaged or hostile archive,
/// malformed XML, another root element).
pub fn read_refi(path: &Path) -> Result<QdaProject, SessionError> {
    let fail = |message: String| SessionError::Import { path: path.to_owned(), message };
    if path.is_dir() {
        return Err(fail("it is a folder".to_owned()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_REFI_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(e.to_string()))?;
    if bytes.len() as u64 > MAX_REFI_BYTES {
        return Err(fail(format!("over the {} MiB limit", MAX_REFI_BYTES / (1024 * 1024))));
    }
    refi::read(&bytes).map_err(|e| fail(e.to_string()))
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
/// As [`read_refi`]; [`SessionError::Import`] when the file is a codebook (no
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
    if project.codebook {
        return Err(SessionError::Import {
            path: path.to_owned(),
            message: "a codebook holds no documents: open a document and import it into its tags".to_owned(),
        });
    }
    std::fs::create_dir_all(into).map_err(|source| SessionError::CreateFolder { path: into.to_owned(), source })?;
    let mut import = ProjectImport {
        folder: into.to_owned(),
        codes: project.codes.len(),
        not_imported: project.skipped.iter().chain(&project.unknown).map(|(n, c)| (n.clone(), *c)).collect(),
        ..ProjectImport::default()
    };
    let mut used = Vec::new();
    for source in &project.sources {
        import.sources.push(import_source(project, source, into, &mut used, author, now)?);
    }
    Ok(import)
}

/// Writes `source`'s text into `into` and imports its codings into its
/// annotation file.
fn import_source(
    project: &QdaProject,
    source: &SourceIn,
    into: &Path,
    used: &mut Vec<PathBuf>,
    author: &str,
    now: Timestamp,
) -> Result<ImportedSource, SessionError> {
    let mut imported = ImportedSource {
        name: source.name.clone(),
        document: None,
        annotations: None,
        placed: 0,
        moved: 0,
        orphaned: 0,
        already_there: 0,
        problem: None,
    };
    let Some(bytes) = &source.bytes else {
        imported.problem = Some("no plain text in the project".to_owned());
        return Ok(imported);
    };
    let name = refi::source_file_name(&source.name, &source.guid);
    let document_path = place_file(into, &name, bytes, used)?;
    let stem = document_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let annotations = into.join(format!("{stem}.glosa.ron"));
    let mut workspace = Workspace::open(&document_path, &annotations)?;
    let Some(reading) = SourceText::from_bytes(bytes.clone(), &workspace.document) else {
        imported.problem = Some("its text cannot be read as plain text".to_owned());
        return Ok(imported);
    };
    let plan = refi::plan_source(project, source, &workspace.document, &reading, &workspace.set, now, author);
    if !plan.edits.is_empty() {
        workspace.set.apply(Edit::Batch(plan.edits.clone()))?;
        workspace.save()?;
    } else if workspace.content().is_none() {
        workspace.save()?;
    }
    let (placed, moved, orphaned) = plan.plan.counts();
    imported.document = Some(document_path);
    imported.annotations = Some(annotations);
    imported.placed = placed;
    imported.moved = moved;
    imported.orphaned = orphaned;
    imported.already_there = plan.plan.already_there;
    Ok(imported)
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
    let fail = |path: &Path, e: &std::io::Error| SessionError::Import { path: path.to_owned(), message: e.to_string() };
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
                    .map_err(|e| fail(&candidate, &e))?;
                file.write_all(bytes).map_err(|e| fail(&candidate, &e))?;
                used.push(candidate.clone());
                return Ok(candidate);
            }
            Err(e) => return Err(fail(&candidate, &e)),
        }
    }
    Err(SessionError::Import { path: into.to_owned(), message: format!("no free file name for {name}") })
}

/// The folder a project at `path` is imported into by default: beside it, named
/// after it (`/d/estudio.qdpx` → `/d/estudio/`).
pub fn default_import_folder(path: &Path) -> PathBuf {
    let stem = path.file_stem().map_or_else(|| "imported".into(), |s| s.to_string_lossy().into_owned());
    path.with_file_name(stem)
}
