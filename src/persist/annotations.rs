//! The annotation file: `*.glosa.ron`, format version 1.
//!
//! ```ron
//! (
//!     format: "glosa-annotations",
//!     version: 1,
//!     document: (
//!         path: "../assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt",
//!         fingerprint: "230ec0981a043df125e7b7d3bc5b10c5",
//!         title: "itu-wtpf13-enhanced-cooperation-brief.es",
//!         paragraph_count: 11,
//!     ),
//!     tags: [ (id: "governments", label: "Governments", description: "…", color: "#3b7dd8", shortcut: Some(1)), … ],
//!     annotations: [ (id: "01KB…", segments: [ (paragraph: "p-e038927b0c1f", start: 80, end: 132, quote: "…", …) ], …) ],
//! )
//! ```
//!
//! - `document.path` is relative to the annotation file's folder, with `/`.
//! - Offsets are Unicode code points into the paragraph's normalized text.
//! - Annotations are sorted by document position, then ID, and pretty-printed one
//!   field per line, so adding one annotation adds only its own lines (git-friendly).
//! - Saving is atomic: a temporary file in the same folder is written and
//!   `fsync`ed, the previous file is kept as `FILE.bak` (a hard link, or a copy
//!   where links are not possible), the temporary file is renamed over `FILE`, and
//!   the folder is `fsync`ed. Temporary files left by an
//!   interrupted save (`.FILE.*.tmp`) are removed by the next save.
//! - Loading tolerates a UTF-8 BOM; reports syntax errors with line and column;
//!   refuses files of a newer format version, naming it; keeps annotations whose
//!   tags are not in the tag set.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::{Annotation, AnnotationSet, Annotations, Document, Fingerprint, TagSet};

/// The `format` value of every Glosa annotation file.
pub const FORMAT: &str = "glosa-annotations";

/// The format version this Glosa writes and the newest it reads.
pub const VERSION: u32 = 1;

/// The file name ending of annotation files.
pub const EXTENSION: &str = ".glosa.ron";

/// Largest annotation file read, in bytes (512 MiB; 100,000 annotations take ~90 MB).
pub const MAX_ANNOTATION_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Which document an annotation file belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRef {
    /// Path of the document relative to the annotation file's folder, `/`-separated.
    pub path: String,
    /// The document's fingerprint when the annotations were saved.
    pub fingerprint: Fingerprint,
    /// The document's title.
    pub title: String,
    /// Its number of paragraphs.
    pub paragraph_count: usize,
}

impl DocumentRef {
    /// The reference to `doc`, read from `document_path`, as seen from an annotation
    /// file at `annotation_path`.
    pub fn new(doc: &Document, document_path: &Path, annotation_path: &Path) -> Self {
        Self {
            path: relative_path(document_path, annotation_path),
            fingerprint: doc.fingerprint().clone(),
            title: doc.title().to_owned(),
            paragraph_count: doc.paragraphs().len(),
        }
    }

    /// Where the document is, given where the annotation file is.
    pub fn resolve(&self, annotation_path: &Path) -> PathBuf {
        let path = Path::new(&self.path);
        if path.is_absolute() { path.to_owned() } else { folder_of(annotation_path).join(path) }
    }
}

/// The content of an annotation file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnnotationFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version, [`VERSION`] when written by this Glosa.
    pub version: u32,
    /// The annotated document.
    pub document: DocumentRef,
    /// The codebook.
    pub tags: TagSet,
    /// The annotations, in document order.
    pub annotations: Vec<Annotation>,
}

impl AnnotationFile {
    /// A file holding `set`, annotations sorted in `doc`'s order (by ID when `doc`
    /// is `None`).
    pub fn new(document: DocumentRef, set: &AnnotationSet, doc: Option<&Document>) -> Self {
        let annotations = match doc {
            Some(doc) => set.annotations.in_document_order(doc).into_iter().cloned().collect(),
            None => set.annotations.iter().cloned().collect(),
        };
        Self { format: FORMAT.to_owned(), version: VERSION, document, tags: set.tags.clone(), annotations }
    }

    /// The editable state held by the file.
    pub fn to_set(&self) -> AnnotationSet {
        AnnotationSet { tags: self.tags.clone(), annotations: Annotations::from_vec(self.annotations.clone()) }
    }

    /// The editable state held by the file, consuming it.
    pub fn into_set(self) -> (DocumentRef, AnnotationSet) {
        let set = AnnotationSet { tags: self.tags, annotations: Annotations::from_vec(self.annotations) };
        (self.document, set)
    }
}

/// Why an annotation file could not be read. Messages do not name the file: the
/// caller adds the path.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// No such file.
    #[error("no such file")]
    NotFound,
    /// The path is a directory.
    #[error("is a directory, not an annotation file")]
    IsDirectory,
    /// Over [`MAX_ANNOTATION_FILE_BYTES`].
    #[error("file is {0} bytes, over the {limit} MiB limit", limit = MAX_ANNOTATION_FILE_BYTES / (1024 * 1024))]
    TooLarge(u64),
    /// The operating system refused.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// Not UTF-8 text, or not a Glosa annotation file.
    #[error("not a Glosa annotation file ({0})")]
    Foreign(String),
    /// Written by a newer Glosa.
    #[error("made by a newer Glosa (format version {0}; this Glosa reads version {VERSION}): update Glosa to open it")]
    NewerVersion(u32),
    /// RON syntax or content error.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// Why saving failed. The previous file is untouched when this is returned.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Serializing failed (should not happen with valid data).
    #[error("cannot serialize annotations: {0}")]
    Serialize(String),
    /// Writing, syncing, backing up or renaming failed.
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
}

/// Serializes `file` as pretty RON (LF line endings, four-space indentation).
pub fn to_ron_string(file: &AnnotationFile) -> Result<String, SaveError> {
    let mut bytes = Vec::new();
    write_ron(&mut bytes, file)?;
    String::from_utf8(bytes).map_err(|e| SaveError::Serialize(e.to_string()))
}

/// Writes `file` as pretty RON (the same bytes as [`to_ron_string`]) to `out`.
pub fn write_ron(out: &mut impl Write, file: &AnnotationFile) -> Result<(), SaveError> {
    let config = ron::ser::PrettyConfig::new().new_line("\n").indentor("    ").escape_strings(false);
    ron::Options::default().to_io_writer_pretty(&mut *out, file, config).map_err(|e| match e {
        ron::Error::Io(message) => SaveError::Io(std::io::Error::other(message)),
        other => SaveError::Serialize(other.to_string()),
    })?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Parses annotation file text (a leading BOM is ignored).
pub fn from_ron_str(text: &str) -> Result<AnnotationFile, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Foreign("the file is empty".to_owned()));
    }
    if let Some(file) = parse_in_parallel(text) {
        check_header(Some(&file.format), Some(file.version))?;
        return Ok(file);
    }
    match ron::from_str::<AnnotationFile>(text) {
        Ok(file) => {
            check_header(Some(&file.format), Some(file.version))?;
            Ok(file)
        }
        Err(full_error) => {
            // Say "newer version" or "not a Glosa file" rather than the first field
            // that fails, when the header tells.
            if let Ok(header) = ron::from_str::<Header>(text) {
                let format = Some(header.format.as_str()).filter(|f| !f.is_empty());
                check_header(format, Some(header.version))?;
            }
            let position = full_error.span.start;
            Err(LoadError::Syntax { line: position.line, column: position.col, message: full_error.code.to_string() })
        }
    }
}

/// Files with fewer annotation bytes than this are parsed in one piece.
const PARALLEL_PARSE_BYTES: usize = 4 << 20;

/// Parses a large file as Glosa writes it (the `annotations` list last, one
/// annotation per stanza at eight spaces) on several threads: the header with an
/// empty list, and the stanzas in chunks. RON parsing dominates loading (about
/// 450 ms for 100,000 annotations in one piece). Returns `None` for small files
/// and for any text not laid out exactly so (edited by hand, say), which the caller
/// then parses in one piece, with precise error positions.
fn parse_in_parallel(text: &str) -> Option<AnnotationFile> {
    const LIST_START: &str = "\n    annotations: [\n";
    const LIST_END: &str = "\n    ],\n)";
    const STANZA_BREAK: &str = "\n        ),\n        (\n";
    let list_start = text.find(LIST_START)?;
    let list_end = text.rfind(LIST_END)?;
    let body = text.get(list_start + LIST_START.len()..list_end)?;
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(8);
    if body.len() < PARALLEL_PARSE_BYTES || threads < 2 || !text[list_end + LIST_END.len()..].trim().is_empty() {
        return None;
    }
    // Cut the body at stanza boundaries into about `threads` chunks.
    let mut cuts = vec![0];
    for k in 1..threads {
        let target = body.len() * k / threads;
        let from = *cuts.last().unwrap_or(&0);
        if target <= from {
            continue;
        }
        if let Some(found) = body.get(target..).and_then(|rest| rest.find(STANZA_BREAK)) {
            // Keep "\n        )," with the chunk before; the next starts at "        (".
            cuts.push(target + found + "\n        ),\n".len());
        }
    }
    cuts.push(body.len());
    let header_text = format!("{}\n    annotations: [],\n)", &text[..list_start]);
    let chunks: Vec<&str> = cuts.windows(2).filter_map(|w| body.get(w[0]..w[1])).collect();
    let parsed: Vec<Option<Vec<Annotation>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| scope.spawn(move || ron::from_str::<Vec<Annotation>>(&format!("[\n{chunk}\n]")).ok()))
            .collect();
        handles.into_iter().map(|h| h.join().ok().flatten()).collect()
    });
    let mut file: AnnotationFile = ron::from_str(&header_text).ok()?;
    for part in parsed {
        file.annotations.extend(part?);
    }
    Some(file)
}

/// The two fields read first, to tell foreign and newer files apart.
#[derive(Deserialize)]
struct Header {
    /// Empty when missing.
    #[serde(default)]
    format: String,
    /// 0 when missing.
    #[serde(default)]
    version: u32,
}

fn check_header(format: Option<&str>, version: Option<u32>) -> Result<(), LoadError> {
    match format {
        Some(FORMAT) => {}
        Some(other) => return Err(LoadError::Foreign(format!("its format is `{other}`"))),
        None => return Err(LoadError::Foreign("no `format: \"glosa-annotations\"` field".to_owned())),
    }
    match version {
        Some(v) if v > VERSION => Err(LoadError::NewerVersion(v)),
        _ => Ok(()),
    }
}

/// Reads and parses the annotation file at `path`.
pub fn load(path: &Path) -> Result<AnnotationFile, LoadError> {
    let metadata = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(LoadError::NotFound),
        Err(e) => return Err(LoadError::Io(e)),
    };
    if metadata.is_dir() {
        return Err(LoadError::IsDirectory);
    }
    if metadata.len() > MAX_ANNOTATION_FILE_BYTES {
        return Err(LoadError::TooLarge(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    fs::File::open(path)?.take(MAX_ANNOTATION_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_ANNOTATION_FILE_BYTES {
        return Err(LoadError::TooLarge(bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|_| LoadError::Foreign("not UTF-8 text".to_owned()))?;
    from_ron_str(&text)
}

/// Saves `file` at `path` atomically, keeping the previous version as `path.bak`.
/// See the module docs for the steps.
pub fn save(path: &Path, file: &AnnotationFile) -> Result<(), SaveError> {
    let folder = folder_of(path);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp_prefix = format!(".{name}.");
    remove_leftover_temp_files(&folder, &temp_prefix);
    let mut temp = tempfile::Builder::new().prefix(&temp_prefix).suffix(".tmp").tempfile_in(&folder)?;
    {
        // Serialized straight into the file: no 90 MB string for 100,000 annotations.
        let mut writer = std::io::BufWriter::with_capacity(1 << 20, temp.as_file_mut());
        write_ron(&mut writer, file)?;
        writer.flush()?;
    }
    // Temporary files are private (0600); the saved file keeps the permissions of
    // the file it replaces, or gets the usual 0644 when new.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        temp.as_file().set_permissions(fs::Permissions::from_mode(mode))?;
    }
    temp.as_file().sync_all()?;
    if path.exists() {
        // The previous version becomes FILE.bak: a second name for the same
        // (already durable) file where the file system allows, a copy elsewhere.
        let backup = backup_path(path);
        let _ = fs::remove_file(&backup);
        if fs::hard_link(path, &backup).is_err() {
            fs::copy(path, &backup)?;
            fs::File::open(&backup)?.sync_all()?;
        }
    }
    temp.persist(path).map_err(|e| SaveError::Io(e.error))?;
    // Make the rename durable. Opening a folder fails on some platforms (Windows),
    // where the rename is durable anyway.
    if let Ok(dir) = fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// `FILE.bak` for `FILE`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

fn remove_leftover_temp_files(folder: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(prefix) && name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The folder a file is in; `.` for a bare file name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// `target` relative to the folder of `from_file`, `/`-separated; absolute if no
/// relative path exists (different drives).
pub fn relative_path(target: &Path, from_file: &Path) -> String {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
    let target = absolute(target);
    let folder = absolute(&folder_of(from_file));
    let relative = pathdiff::diff_paths(&target, &folder).unwrap_or(target);
    let parts: Vec<String> = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_file_parsed_in_parallel_equals_the_file_parsed_in_one_piece() {
        let example = from_ron_str(
            &std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron"),
            )
            .unwrap(),
        )
        .unwrap();
        let mut big = example.clone();
        while big.annotations.len() < 12_000 {
            for (i, a) in example.annotations.iter().enumerate() {
                let mut a = a.clone();
                a.id = crate::model::AnnotationId::from_parts(big.annotations.len() as u64, i as u128);
                big.annotations.push(a);
            }
        }
        let text = to_ron_string(&big).unwrap();
        assert!(text.len() > PARALLEL_PARSE_BYTES);
        let parallel = parse_in_parallel(&text).expect("laid out as Glosa writes it");
        let whole: AnnotationFile = ron::from_str(&text).unwrap();
        assert_eq!(parallel, whole);
        assert_eq!(from_ron_str(&text).unwrap(), whole);
        // Another layout (edited by hand) is parsed in fewer pieces, to the same result.
        let edited = text.replace("\n        ),\n        (\n", "\n  ),\n  (\n");
        assert_eq!(from_ron_str(&edited).unwrap(), whole);
        // A stanza break inside a note cannot split an annotation: the pieces fail to
        // parse and the whole file is parsed in one piece.
        let mut tricky = big.clone();
        tricky.annotations[6_000].note = "a\n        ),\n        (\nb".to_owned();
        let tricky_text = to_ron_string(&tricky).unwrap();
        assert_eq!(from_ron_str(&tricky_text).unwrap(), tricky);
    }

    #[test]
    fn relative_paths_use_slashes_and_go_up() {
        assert_eq!(
            relative_path(Path::new("/a/assets/doc.txt"), Path::new("/a/saves/x.glosa.ron")),
            "../assets/doc.txt"
        );
        assert_eq!(relative_path(Path::new("/a/doc.txt"), Path::new("/a/x.glosa.ron")), "doc.txt");
    }

    #[test]
    fn header_errors_name_the_problem() {
        let newer = "(format: \"glosa-annotations\", version: 2, something_new: [1, 2])";
        assert!(matches!(from_ron_str(newer), Err(LoadError::NewerVersion(2))));
        let foreign = "(format: \"other-app\", version: 1)";
        assert!(matches!(from_ron_str(foreign), Err(LoadError::Foreign(m)) if m.contains("other-app")));
        assert!(matches!(from_ron_str("[1, 2, 3]"), Err(LoadError::Syntax { .. })));
        assert!(matches!(from_ron_str(""), Err(LoadError::Foreign(_))));
        let truncated = "(format: \"glosa-annotations\", version: 1, document: (path: \"a";
        assert!(matches!(from_ron_str(truncated), Err(LoadError::Syntax { line: 1, .. })));
    }
}
