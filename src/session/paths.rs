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

/// The annotation file for `document`: `NAME.glosa.ron` next to it if it exists,
/// else the first annotation file in `saves` (by name) made for this very document
/// (same text fingerprint and same path), so a copy of a document opened elsewhere
/// never writes into another's file.
pub fn find_annotations_for(document: &Path, fingerprint: &Fingerprint, saves: Option<&Path>) -> Option<PathBuf> {
    let sibling = default_annotations_path(document);
    if sibling.is_file() {
        return Some(sibling);
    }
    find_annotations_in(saves?, document, fingerprint)
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
