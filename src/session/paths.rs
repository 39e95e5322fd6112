//! Names of annotation files: `DOC-NAME.glosa.ron` next to a document, the name
//! Save As gives, and finding the file made for a document.

use std::path::{Path, PathBuf};

use crate::model::Fingerprint;
use crate::persist::annotations::{self, EXTENSION};

/// Whether `path` names an annotation file (`*.glosa.ron`, any letter case).
#[allow(clippy::case_sensitive_file_extension_comparisons)] // compared in lower case
pub fn is_annotation_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().to_lowercase().ends_with(EXTENSION))
}

/// `DOC-STEM.glosa.ron` next to the document: `/d/brief.es.txt` →
/// `/d/brief.es.glosa.ron`.
pub fn default_annotations_path(document: &Path) -> PathBuf {
    let stem = document.file_stem().map_or_else(|| "annotations".into(), |s| s.to_string_lossy().into_owned());
    document.with_file_name(format!("{stem}{EXTENSION}"))
}

/// `path` ending in `.glosa.ron`: `notes` → `notes.glosa.ron`, `notas.RON` →
/// `notas.glosa.ron`; a name ending in `.glosa.ron` (any case) is kept.
pub fn with_annotation_extension(path: PathBuf) -> PathBuf {
    if is_annotation_file(&path) {
        return path;
    }
    let is_ron = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    let base = if is_ron { path.file_stem() } else { path.file_name() };
    let mut name = base.map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(EXTENSION);
    path.with_file_name(name)
}

/// The annotation file Save As writes for `typed`: in a folder (an existing one, or
/// a path ending in `/`), `DOC-STEM.glosa.ron` of `document`; otherwise `typed`
/// with [`with_annotation_extension`].
pub fn annotation_path_for(typed: &Path, document: &Path) -> PathBuf {
    let text = typed.to_string_lossy();
    if typed.is_dir() || text.ends_with('/') || text.ends_with('\\') {
        let name = default_annotations_path(document);
        typed.join(name.file_name().unwrap_or_default())
    } else {
        with_annotation_extension(typed.to_owned())
    }
}

/// A name for a new annotation file beside `path` that no file has yet:
/// `brief.glosa.ron` → `brief (2).glosa.ron`, `brief (3).glosa.ron`…
pub fn unused_annotations_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let stem = name.strip_suffix(EXTENSION).unwrap_or(&name).to_owned();
    (2..10_000)
        .map(|n| path.with_file_name(format!("{stem} ({n}){EXTENSION}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| path.to_owned())
}

/// Whether two paths name the same file (after resolving links), or the same
/// absolute path when they do not exist.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => std::path::absolute(a).ok() == std::path::absolute(b).ok(),
    }
}

/// The annotation file for `document`: the one next to it that
/// [`existing_annotations_for`] finds, else the first annotation file in `saves`
/// (by name) made for this very document (same text fingerprint and same path),
/// so a copy of a document opened elsewhere never writes into another's file.
pub fn find_annotations_for(document: &Path, fingerprint: &Fingerprint, saves: Option<&Path>) -> Option<PathBuf> {
    if let Some(found) = existing_annotations_for(document) {
        return Some(found);
    }
    find_annotations_in(saves?, document, fingerprint)
}

/// `NAME.EXT.glosa.ron` next to the document: `/d/test.pdf` →
/// `/d/test.pdf.glosa.ron`. The name a document gets when `NAME.glosa.ron`
/// belongs to another document of the same name (`test.docx` beside `test.pdf`).
pub fn extension_annotations_path(document: &Path) -> PathBuf {
    let name = document.file_name().map_or_else(|| "annotations".into(), |s| s.to_string_lossy().into_owned());
    document.with_file_name(format!("{name}{EXTENSION}"))
}

/// Which document an existing annotation file belongs to, seen from a document
/// that is about to use it ([`claim_of`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claim {
    /// There is no file at that path.
    Free,
    /// It names this very document (the same file, links followed).
    Own,
    /// It names a document that no longer exists (renamed, moved or deleted):
    /// this document may take it over, and its annotations are re-anchored.
    Gone,
    /// It names another document, which exists: never taken over silently.
    Other(PathBuf),
    /// It cannot be read; opening it reports why (and offers the backup).
    Unreadable,
}

/// Which document the annotation file at `annotations` belongs to, seen from
/// `document` (see [`Claim`]). Reads the file; the document it names is only
/// looked up (`is_file`), never read.
pub fn claim_of(annotations: &Path, document: &Path) -> Claim {
    if !annotations.is_file() {
        return Claim::Free;
    }
    let Ok(file) = annotations::load(annotations) else {
        return Claim::Unreadable;
    };
    let named = file.document.resolve(annotations);
    if same_file(&named, document) {
        Claim::Own
    } else if named.is_file() {
        Claim::Other(named)
    } else {
        Claim::Gone
    }
}

/// The annotation file next to `document` that belongs to it, if one exists:
/// `NAME.EXT.glosa.ron` (`test.pdf.glosa.ron`) when it exists and does not
/// belong to another existing document, else `NAME.glosa.ron` (`test.glosa.ron`)
/// when it names this document, names a document that no longer exists (a
/// renamed or revised document is re-anchored), or cannot be read (opening it
/// says why). A `NAME.glosa.ron` made for another document that exists (the
/// `test.docx` beside `test.pdf`) is never taken: `None`, and
/// [`new_annotations_path`] gives the name for a new file.
pub fn existing_annotations_for(document: &Path) -> Option<PathBuf> {
    let with_extension = extension_annotations_path(document);
    if !matches!(claim_of(&with_extension, document), Claim::Free | Claim::Other(_)) {
        return Some(with_extension);
    }
    let sibling = default_annotations_path(document);
    match claim_of(&sibling, document) {
        Claim::Own | Claim::Gone | Claim::Unreadable => Some(sibling),
        Claim::Free | Claim::Other(_) => None,
    }
}

/// The name of a new annotation file for `document`, which has none yet
/// ([`existing_annotations_for`] is `None`): `NAME.glosa.ron` if no file has that
/// name, else `NAME.EXT.glosa.ron`, else `NAME.EXT (2).glosa.ron`… (see
/// [`unused_annotations_path`]).
pub fn new_annotations_path(document: &Path) -> PathBuf {
    let sibling = default_annotations_path(document);
    if !sibling.exists() {
        return sibling;
    }
    let with_extension = extension_annotations_path(document);
    if with_extension.exists() { unused_annotations_path(&with_extension) } else { with_extension }
}

/// The annotation file `document` uses next to it: the existing one
/// ([`existing_annotations_for`], `true`) or the name of a new one
/// ([`new_annotations_path`], `false`).
pub fn annotations_beside(document: &Path) -> (PathBuf, bool) {
    existing_annotations_for(document).map_or_else(|| (new_annotations_path(document), false), |p| (p, true))
}

/// The first annotation file in `folder` (by name) made for `document`: same text
/// fingerprint and same path.
pub fn find_annotations_in(folder: &Path, document: &Path, fingerprint: &Fingerprint) -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> =
        std::fs::read_dir(folder).ok()?.flatten().map(|e| e.path()).filter(|p| is_annotation_file(p)).collect();
    candidates.sort();
    candidates.into_iter().find(|p| {
        annotations::load(p)
            .is_ok_and(|f| &f.document.fingerprint == fingerprint && same_file(&f.document.resolve(p), document))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_as_names_end_in_glosa_ron() {
        assert_eq!(with_annotation_extension(PathBuf::from("/t/notes")), PathBuf::from("/t/notes.glosa.ron"));
        assert_eq!(with_annotation_extension(PathBuf::from("/t/notas.RON")), PathBuf::from("/t/notas.glosa.ron"));
        assert_eq!(
            with_annotation_extension(PathBuf::from("/t/İstanbul.Glosa.Ron")),
            PathBuf::from("/t/İstanbul.Glosa.Ron")
        );
        assert_eq!(default_annotations_path(Path::new("/d/brief.es.txt")), PathBuf::from("/d/brief.es.glosa.ron"));
        assert_eq!(
            annotation_path_for(Path::new("/nonexistent/out/"), Path::new("/d/brief.es.txt")),
            PathBuf::from("/nonexistent/out/brief.es.glosa.ron")
        );
    }
}
