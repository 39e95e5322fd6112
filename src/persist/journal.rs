//! The recovery journal (issue 10): unsaved work written beside the annotation
//! file, as a hidden sibling `.NAME.glosa.ron.recovery`, so that a crash or a kill
//! loses at most the last few seconds.
//!
//! The journal is an annotation file (the same format, [`super::annotations`])
//! holding the session's whole state: live annotations, tombstones and conflicts
//! with their version vectors. Recovering it is a merge by ID into the annotation
//! file as it is then (see `session::recovery`), so it works even when a colleague
//! saved the shared file meanwhile, and a journal whose every version the file
//! already holds (the save happened, the removal did not) recovers nothing.
//!
//! It is written atomically (a temporary `.NAME.glosa.ron.recovery-XXXXXX.tmp` in
//! the same folder, locked by its writer, `fsync`ed, renamed over the journal), so
//! a reader sees the previous journal or the new one, never a part. The shared
//! annotation file is never written here. Leftover temporary files of a killed
//! writer match `.NAME.*.tmp` and are removed by the next save of the annotation
//! file (see [`super::annotations::write_locked`]).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::annotations::{AnnotationFile, DocumentRef, SaveError, write_ron, write_set_ron};
use crate::model::AnnotationSet;

/// The journal's suffix after the annotation file's name.
pub const JOURNAL_SUFFIX: &str = ".recovery";

/// The journal of the annotation file at `annotation_path`: `.NAME.recovery` in
/// the same folder (`NAME` the file's name, `.glosa.ron` included).
pub fn journal_path(annotation_path: &Path) -> PathBuf {
    let name = annotation_path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    annotation_path.with_file_name(format!(".{name}{JOURNAL_SUFFIX}"))
}

/// Writes `file` as the journal at `journal` atomically (see the module docs).
///
/// # Errors
/// The temporary file cannot be made, written, synced or renamed (then the
/// previous journal, if any, is intact); [`SaveError::OverLimit`] never happens
/// here (a journal is not checked against the bounds: it holds what the session
/// holds).
pub fn write_journal(journal: &Path, file: &AnnotationFile) -> Result<(), SaveError> {
    write_journal_with(journal, |out| write_ron(out, file))
}

/// Writes the journal of `set` (the file [`AnnotationFile::new`]`(document, set,
/// None)` holds, annotations by ID) at `journal` atomically, without building
/// that file (no copy of the annotations): what the journal thread writes.
///
/// # Errors
/// As [`write_journal`].
pub fn write_journal_of_set(journal: &Path, document: &DocumentRef, set: &AnnotationSet) -> Result<(), SaveError> {
    write_journal_with(journal, |out| write_set_ron(out, document, set, None))
}

/// Writes what `print` prints as the journal at `journal` atomically.
fn write_journal_with(
    journal: &Path,
    print: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> Result<(), SaveError>,
) -> Result<(), SaveError> {
    let folder = match journal.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = journal.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut temp = tempfile::Builder::new().prefix(&format!("{name}-")).suffix(".tmp").tempfile_in(&folder)?;
    // Locked by its writer, so that a save's cleanup never takes it for a leftover.
    let _ = temp.as_file().try_lock();
    {
        let mut writer = std::io::BufWriter::with_capacity(1 << 20, temp.as_file_mut());
        print(&mut writer)?;
        writer.flush()?;
    }
    temp.as_file().sync_all()?;
    temp.persist(journal).map_err(|e| SaveError::Io(e.error))?;
    Ok(())
}

/// Removes the journal at `journal`; a journal that is not there is fine.
///
/// # Errors
/// It exists and cannot be removed.
pub fn remove_journal(journal: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(journal) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_journal_is_a_hidden_sibling_named_after_the_file() {
        assert_eq!(
            journal_path(Path::new("/shared/Informe Túnez.glosa.ron")),
            Path::new("/shared/.Informe Túnez.glosa.ron.recovery")
        );
        assert_eq!(journal_path(Path::new("a.glosa.ron")), Path::new(".a.glosa.ron.recovery"));
    }
}
