//! A project on disk: its project file (codebook, attributes, values), the
//! documents and annotation files found for it, and the undo history of its edits.
//! See [`crate::persist::project`] for the file and the folder rules, and
//! [`crate::model::codebook`] for how the codebook relates to annotation files.

use std::path::{Path, PathBuf};

use crate::model::attributes::AttributeSchema;
use crate::model::codebook::Codebook;
use crate::model::project::{MergeReport, ProjectData, ProjectEdit, ProjectEditError, ProjectHistory};
use crate::model::{AnnotationSet, TagSet};
use crate::persist::annotations::{self, EXTENSION};
use crate::persist::project::{self as file, FoundDocument, Location, Scan};

/// Why a project could not be opened, changed or saved. Messages end with the
/// file or folder concerned.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    /// No project where the user pointed.
    #[error("cannot open the project ({source}): {}", path.display())]
    Locate {
        /// What the user named.
        path: PathBuf,
        /// Why.
        source: file::LocateError,
    },
    /// The project file could not be read or written.
    #[error("cannot read or save the project file ({source}): {}", path.display())]
    File {
        /// The project file.
        path: PathBuf,
        /// Why.
        source: file::ProjectFileError,
    },
    /// `init` found a project file already.
    #[error("the folder is a project already: {}", path.display())]
    Exists {
        /// The existing project file.
        path: PathBuf,
    },
    /// An edit was refused; nothing changed.
    #[error("cannot change the project ({0})")]
    Edit(#[from] ProjectEditError),
    /// A document to add does not exist or is not a document.
    #[error("not a document Glosa reads ({reason}): {}", path.display())]
    NotADocument {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: NotADocumentWhy,
    },
    /// No document with this key or file name.
    #[error("no document `{key}` in the project: {}", project.display())]
    UnknownDocument {
        /// The key or name given.
        key: String,
        /// The project file.
        project: PathBuf,
    },
    /// A CSV file of attribute values could not be used; nothing changed.
    #[error("{problem}: {}", path.display())]
    Csv {
        /// The CSV file.
        path: PathBuf,
        /// What is wrong, with the line.
        problem: super::attributes_csv::CsvProblem,
    },
}

/// Why a file cannot be added to a project as a document. `Display` is the
/// English reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotADocumentWhy {
    /// No such file.
    #[error("no such file")]
    NotFound,
    /// Its extension is none of [`crate::persist::document::DOCUMENT_EXTENSIONS`].
    #[error("Glosa reads .{}", crate::persist::document::DOCUMENT_EXTENSIONS.join(", ."))]
    Extension,
}

/// A project: its project file's content, what a scan found, and its history.
#[derive(Debug)]
pub struct Corpus {
    location: Location,
    data: ProjectData,
    /// The project as last read from or written to its file (`None`: no file yet).
    base: Option<ProjectData>,
    history: ProjectHistory,
    saved_revision: u64,
    scan: Scan,
    /// Counts saves and scans: what they change (others' merged edits, files
    /// found) is not an undo step, so the revision alone does not name the state.
    reloads: u64,
}

impl Corpus {
    /// Opens the project `path` names: a `*.glosa-project.ron` file, or a folder (with
    /// its project file, or with the defaults of [`ProjectData::new`] and a
    /// codebook from the folder's annotation files when it has none; the file is
    /// then made on the first save). Scans the folder (not the documents' content).
    pub fn open(path: &Path) -> Result<Self, ProjectError> {
        let location = file::locate(path).map_err(|source| ProjectError::Locate { path: path.to_owned(), source })?;
        let (data, base) = if location.exists {
            let data = file::load(&location.file)
                .map_err(|source| ProjectError::File { path: location.file.clone(), source })?;
            (data.clone(), Some(data))
        } else {
            (Self::defaults(&location.root), None)
        };
        let scan = file::scan(&location.root, &data);
        Ok(Self { location, data, base, history: ProjectHistory::default(), saved_revision: 0, scan, reloads: 0 })
    }

    /// Makes `folder` a project (`glosa project init`): writes
    /// `FOLDER-NAME.glosa-project.ron` with the defaults (see [`Corpus::open`]),
    /// named `name` (default: the folder's name). Refuses if the folder has a
    /// project file.
    pub fn init(folder: &Path, name: Option<&str>) -> Result<Self, ProjectError> {
        let mut corpus = Self::open(folder)?;
        if corpus.location.exists {
            return Err(ProjectError::Exists { path: corpus.location.file.clone() });
        }
        if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
            name.clone_into(&mut corpus.data.name);
        }
        corpus.save()?;
        Ok(corpus)
    }

    /// The defaults for a folder without a project file: named after the folder,
    /// the WSIS attributes, and as codebook the tag sets of the folder's annotation
    /// files (the first file's, then tags the others add, files by path), or the
    /// WSIS stakeholder groups when there are none.
    fn defaults(root: &Path) -> ProjectData {
        let name = root.file_name().map_or_else(|| "Project".to_owned(), |n| n.to_string_lossy().into_owned());
        let mut data = ProjectData::new(&name);
        let scan = file::scan(root, &data);
        let mut tags: Option<TagSet> = None;
        for path in &scan.annotation_files {
            if let Ok(loaded) = annotations::load(path) {
                tags = Some(match tags {
                    None => loaded.tags,
                    Some(known) => Codebook::new(known).align(&loaded.tags),
                });
            }
        }
        if let Some(tags) = tags.filter(|t| !t.tags().is_empty()) {
            data.attributes = AttributeSchema::wsis_default(&tags);
            data.codebook = Codebook::new(tags);
        }
        data
    }

    /// The project file (it may not exist yet, see [`Corpus::has_file`]).
    pub fn file(&self) -> &Path {
        &self.location.file
    }

    /// Whether the project file exists.
    pub fn has_file(&self) -> bool {
        self.location.exists
    }

    /// The project folder: document keys are relative to it.
    pub fn root(&self) -> &Path {
        &self.location.root
    }

    /// The project's content: name, codebook, attributes, values.
    pub fn data(&self) -> &ProjectData {
        &self.data
    }

    /// The project's name.
    pub fn name(&self) -> &str {
        &self.data.name
    }

    /// The shared codebook.
    pub fn codebook(&self) -> &Codebook {
        &self.data.codebook
    }

    /// The document attributes.
    pub fn attributes(&self) -> &AttributeSchema {
        &self.data.attributes
    }

    /// The documents, sorted by key.
    pub fn documents(&self) -> &[FoundDocument] {
        &self.scan.documents
    }

    /// The annotation files found, sorted by path.
    pub fn annotation_files(&self) -> &[PathBuf] {
        &self.scan.annotation_files
    }

    /// What the scan could not read or left out (each one's `Display` one line).
    pub fn problems(&self) -> &[file::ScanProblem] {
        &self.scan.problems
    }

    /// The position of the document with this key.
    pub fn document_index(&self, key: &str) -> Option<usize> {
        self.scan.documents.binary_search_by(|d| d.key.as_str().cmp(key)).ok()
    }

    /// The document a user names: its key, or a file name that only one document
    /// has, or a path to it.
    pub fn find_document(&self, name: &str) -> Result<usize, ProjectError> {
        if let Some(index) = self.document_index(name) {
            return Ok(index);
        }
        let by_path = self.document_at(Path::new(name));
        let mut by_name =
            self.scan.documents.iter().enumerate().filter(|(_, d)| d.path.file_name().is_some_and(|n| n == name));
        match (by_path, by_name.next(), by_name.next()) {
            (Some(index), _, _) | (None, Some((index, _)), None) => Ok(index),
            _ => Err(ProjectError::UnknownDocument { key: name.to_owned(), project: self.location.file.clone() }),
        }
    }

    /// The position of the document at `path` (compared as files, after resolving
    /// links).
    pub fn document_at(&self, path: &Path) -> Option<usize> {
        let wanted = std::fs::canonicalize(path).ok()?;
        self.scan.documents.iter().position(|d| std::fs::canonicalize(&d.path).is_ok_and(|p| p == wanted))
    }

    /// A document's value for an attribute.
    pub fn value(&self, document: usize, attribute: &crate::model::attributes::AttributeId) -> Option<&str> {
        let key = &self.scan.documents.get(document)?.key;
        self.data.value(key, attribute)
    }

    /// Where `author`'s annotation file for document `document` is (or goes): in
    /// the project's annotation folder (`annotations/{author}/` by default) at the
    /// document's key with `.glosa.ron` for its extension, or `DOC-NAME.glosa.ron`
    /// next to the document when the project keeps them there. Keys outside the
    /// folder put their `..` steps as `_up`.
    pub fn annotation_path_for(&self, document: usize, author: &str) -> Option<PathBuf> {
        use crate::session::paths::Claim;
        let found = self.scan.documents.get(document)?;
        let Some(pattern) = &self.data.annotation_folder else {
            return Some(crate::session::paths::annotations_beside(&found.path).0);
        };
        let folder = pattern.replace("{author}", &author_slug(author));
        let mut path = self.location.root.join(folder);
        let mut parts: Vec<&str> = found.key.split('/').filter(|p| !p.is_empty() && *p != ".").collect();
        let name = parts.pop().unwrap_or("document");
        for part in parts {
            path.push(if part == ".." { "_up" } else { part });
        }
        let stem = Path::new(name).file_stem().map_or_else(|| name.to_owned(), |s| s.to_string_lossy().into_owned());
        // `test.pdf` and `test.docx` both have the stem `test`: the second takes
        // `test.pdf.glosa.ron` rather than the other's file (see
        // `session::paths::existing_annotations_for`).
        let with_extension = path.join(format!("{name}{EXTENSION}"));
        path.push(format!("{stem}{EXTENSION}"));
        let claim = |file: &Path| crate::session::paths::claim_of(file, &found.path);
        if !matches!(claim(&with_extension), Claim::Free | Claim::Other(_)) || matches!(claim(&path), Claim::Other(_)) {
            return Some(with_extension);
        }
        Some(path)
    }

    /// Applies `edit` as an undo step of the project. Scans the folder again when
    /// the edit changed which documents belong to the project.
    pub fn apply(&mut self, edit: ProjectEdit) -> Result<(), ProjectError> {
        let rescan = edit.touches_documents();
        self.history.apply(&mut self.data, edit)?;
        if rescan {
            self.rescan();
        }
        Ok(())
    }

    /// Undoes the last project edit; returns the edit applied to undo it.
    pub fn undo(&mut self) -> Result<Option<ProjectEdit>, ProjectError> {
        let applied = self.history.undo(&mut self.data)?;
        if applied.as_ref().is_some_and(ProjectEdit::touches_documents) {
            self.rescan();
        }
        Ok(applied)
    }

    /// Redoes the last undone project edit; returns the edit applied.
    pub fn redo(&mut self) -> Result<Option<ProjectEdit>, ProjectError> {
        let applied = self.history.redo(&mut self.data)?;
        if applied.as_ref().is_some_and(ProjectEdit::touches_documents) {
            self.rescan();
        }
        Ok(applied)
    }

    /// Whether there is a project edit to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is a project edit to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The revision of the project's content (see [`ProjectHistory`]).
    pub fn revision(&self) -> u64 {
        self.history.revision()
    }

    /// Names the project's state for caches: the revision and a count of saves and
    /// scans (which may bring in others' changes without an undo step).
    pub fn state_key(&self) -> (u64, u64) {
        (self.history.revision(), self.reloads)
    }

    /// Whether the project's content differs from its file.
    pub fn is_modified(&self) -> bool {
        self.history.revision() != self.saved_revision
    }

    /// Saves the project file, merging what another program changed in it since it
    /// was read (see [`crate::persist::project::save`]). Returns the keys both had
    /// changed (ours kept). The in-memory project becomes the merged one.
    pub fn save(&mut self) -> Result<MergeReport, ProjectError> {
        let saved = file::save(&self.location.file, self.base.as_ref(), &self.data)
            .map_err(|source| ProjectError::File { path: self.location.file.clone(), source })?;
        let folder_rule_changed = saved.data.folder != self.data.folder
            || saved.data.exclude != self.data.exclude
            || saved.data.documents != self.data.documents;
        self.data = saved.data.clone();
        self.base = Some(saved.data);
        self.location.exists = true;
        self.saved_revision = self.history.revision();
        self.reloads += 1;
        if folder_rule_changed {
            self.rescan();
        }
        Ok(saved.report)
    }

    /// Scans the folder again (documents and annotation files added or removed
    /// since).
    pub fn rescan(&mut self) {
        self.scan = file::scan(&self.location.root, &self.data);
        self.reloads += 1;
    }

    /// The edit that adds `paths` to the project (`glosa project add`): files in the
    /// folder of a project that takes its whole folder are in it already (unless
    /// excluded: then the exclusion goes); others are listed by key. Each must be a
    /// file with a document extension. `None` when there is nothing to add.
    pub fn add_documents_edit(&self, paths: &[PathBuf]) -> Result<Option<ProjectEdit>, ProjectError> {
        let mut edits = Vec::new();
        for path in paths {
            if !path.is_file() {
                return Err(ProjectError::NotADocument { path: path.clone(), reason: NotADocumentWhy::NotFound });
            }
            if !crate::persist::document::is_document_path(path) {
                return Err(ProjectError::NotADocument { path: path.clone(), reason: NotADocumentWhy::Extension });
            }
            let key = file::key_of(&self.location.root, path);
            let in_folder = self.data.folder && file::key_is_inside(&key);
            if in_folder && self.data.exclude.contains(&key) {
                edits.push(ProjectEdit::SetExcluded { key, excluded: false });
            } else if in_folder && !self.data.exclude.iter().any(|ex| key.starts_with(&format!("{ex}/"))) {
                // In the folder, so in the project already.
            } else if !self.data.documents.contains(&key) {
                // Outside the folder, or inside an excluded folder: listed.
                edits.push(ProjectEdit::AddDocument(key));
            }
        }
        Ok((!edits.is_empty()).then_some(ProjectEdit::Batch(edits)))
    }

    /// Tags the annotation files use that the codebook lacks, with a file that
    /// has each (for `glosa project list` and the codebook view).
    pub fn tags_outside_codebook<'a>(
        &self,
        files: impl IntoIterator<Item = (&'a Path, &'a AnnotationSet)>,
    ) -> Vec<(crate::model::TagId, PathBuf)> {
        let mut out: Vec<(crate::model::TagId, PathBuf)> = Vec::new();
        for (path, set) in files {
            let used = set.annotations.iter().flat_map(|a| a.tags.iter());
            for tag in set.tags.tags().iter().map(|t| &t.id).chain(used) {
                if self.data.codebook.get(tag).is_none() && !out.iter().any(|(t, _)| t == tag) {
                    out.push((tag.clone(), path.to_owned()));
                }
            }
        }
        out.sort();
        out
    }
}

/// An author's name as a folder name: letters and digits (any script) in lower
/// case, other characters as `-`, at most 64 characters; `anonymous` when nothing
/// is left. `María José` → `maría-josé`.
pub fn author_slug(author: &str) -> String {
    let mut slug = String::new();
    for c in author.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 64 {
            break;
        }
    }
    let slug = slug.trim_matches('-');
    if slug.is_empty() { "anonymous".to_owned() } else { slug.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_folders_are_readable_slugs() {
        assert_eq!(author_slug("María José"), "maría-josé");
        assert_eq!(author_slug("../../etc"), "etc");
        assert_eq!(author_slug("  "), "anonymous");
        assert_eq!(author_slug("ana@ministerio.es"), "ana-ministerio-es");
    }
}
