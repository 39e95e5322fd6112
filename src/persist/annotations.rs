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
//! - Saving goes through [`write_locked`] under the file's lock (see
//!   [`super::lock`]): a temporary file `.NAME.save-XXXXXX.tmp` in the same folder is
//!   written, `fsync`ed and locked by its writer; the previous version becomes
//!   `NAME.bak` by linking it under a temporary name `.NAME.bak-XXXXXX.tmp` and
//!   renaming that over the old `.bak` (a fresh copy where links are not possible,
//!   never a copy onto an existing path, which may be a link to the live file), so a
//!   valid `.bak` exists at every instant once one has; then the temporary file is
//!   renamed over `NAME` and the folder is `fsync`ed. A symlinked annotation file is
//!   followed: the file it names is written, the link stays.
//! - Just before the rename, the file is read again: if it no longer holds the
//!   content the caller based its changes on (or another file was renamed over
//!   it), nothing is replaced ([`SaveError::Changed`]). On Linux the new file is
//!   swapped in with `renameat2(RENAME_EXCHANGE)`, so the file it displaced can be
//!   checked too: a version another program renamed in at that very moment is
//!   swapped back, never lost. A program writing in place
//!   that had the previous file open may still write into it after the rename (it
//!   is the `.bak` then): 10 ms after the rename the `.bak` is read, and if it
//!   changed, it is made the live file again and [`SaveError::Changed`] returned,
//!   so that the caller merges again rather than hiding that edit behind the `.bak`.
//! - Leftover temporary files (`.NAME.*.tmp`, from a writer that was killed) are
//!   removed by the next writer, but only those provably stale: older than the
//!   current lock holder (by the file system's clock) and not locked by a writer.
//! - Loading tolerates a UTF-8 BOM; reports syntax errors with line and column;
//!   refuses files of a newer format version, naming it; keeps annotations whose
//!   tags are not in the tag set.
//! - Everything read is bounded (see [`MAX_TAGS`] and the other limits): a field
//!   over its limit refuses the file with a message naming the field; a `prefix` or
//!   `suffix` longer than [`CONTEXT_CHARS`] is cut to its 32 code points nearest
//!   the quote (reported in the [`LoadReport`]), as is an over-long document title.
//!   Two annotations or tags with the same ID are both kept: the later one gets a
//!   new ID, reported. Every step of loading is O(n log n) at worst in the file's
//!   size.

use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::files::{ContentId, FileKind, ForeignWhy, ReadFileError, read_regular};
use super::lock::{AnnotationLock, DEFAULT_LOCK_TIMEOUT, LockError};
use super::records::AnnotationRecordRef;
pub use super::records::{Aliases, AnnotationRecord, FileVersions, TagRecord};
use crate::model::annotation::{CONTEXT_CHARS, make_ids_unique};
use crate::model::{Annotation, AnnotationId, AnnotationSet, Document, Fingerprint, TagId, TagSet};

/// The `format` value of every Glosa annotation file.
pub const FORMAT: &str = "glosa-annotations";

/// The format version this Glosa writes and the newest it reads.
pub const VERSION: u32 = 2;

/// The file name ending of annotation files.
pub const EXTENSION: &str = ".glosa.ron";

/// Largest annotation file read, in bytes (512 MiB; 100,000 annotations take ~90 MB).
pub const MAX_ANNOTATION_FILE_BYTES: u64 = 512 * 1024 * 1024;

// Bounds on what a file may hold, enforced on load and on save (so Glosa never
// writes a file it would refuse). They are far above anything real (a codebook of
// a few hundred codes, notes of a few pages) and keep every step that is not
// linear — tag lookups, context comparison while anchoring — cheap.

/// Most tags in a tag set.
pub const MAX_TAGS: usize = 1_000;
/// Most tags on one annotation (tags missing from the tag set included).
pub const MAX_TAGS_PER_ANNOTATION: usize = 1_000;
/// Most annotations in a file.
pub const MAX_ANNOTATIONS: usize = 2_000_000;
/// Most segments (paragraphs spanned) in one annotation.
pub const MAX_SEGMENTS: usize = 100_000;
/// Longest quote of one segment, in code points.
pub const MAX_QUOTE_CHARS: usize = 1_000_000;
/// Longest note, in code points (about 300 pages).
pub const MAX_NOTE_CHARS: usize = 1_000_000;
/// Longest tag label or author name, in code points.
pub const MAX_LABEL_CHARS: usize = 1_000;
/// Longest tag description, in code points.
pub const MAX_DESCRIPTION_CHARS: usize = 100_000;
/// Longest paragraph ID or document fingerprint, in bytes.
pub const MAX_ID_BYTES: usize = 256;
/// Longest stored document path, in bytes.
pub const MAX_PATH_BYTES: usize = 4_096;
/// Longest stored document title, in code points; longer titles are cut.
pub const MAX_TITLE_CHARS: usize = 1_000;

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
    /// file at `annotation_path`. The title is cut to [`MAX_TITLE_CHARS`].
    pub fn new(doc: &Document, document_path: &Path, annotation_path: &Path) -> Self {
        Self {
            path: relative_path(document_path, annotation_path),
            fingerprint: doc.fingerprint().clone(),
            title: doc.title().chars().take(MAX_TITLE_CHARS).collect(),
            paragraph_count: doc.paragraphs().len(),
        }
    }

    /// Where the document is, given where the annotation file is, wherever the
    /// stored path leads (absolute, or up with `..`). For a file from someone else
    /// use [`DocumentRef::resolve_inside`].
    pub fn resolve(&self, annotation_path: &Path) -> PathBuf {
        let path = Path::new(&self.path);
        if path.is_absolute() { path.to_owned() } else { folder_of(annotation_path).join(path) }
    }

    /// Where the document is, if the stored path stays inside the annotation file's
    /// folder tree (its folder and the folders below it): relative, never climbing
    /// above that folder with `..`, and — when the file exists — not leading out of
    /// it through a symlink. An annotation file is data from someone else: its path
    /// may name `/etc/passwd` or `../../.ssh/id_rsa` (issue 7 §4); such a path is
    /// followed only when the user says so ([`DocumentRef::resolve`]).
    ///
    /// # Errors
    /// [`OutsideFolder`] saying why, with the path it would lead to.
    pub fn resolve_inside(&self, annotation_path: &Path) -> Result<PathBuf, OutsideFolder> {
        let stored = Path::new(&self.path);
        let resolved = self.resolve(annotation_path);
        let outside = |why| Err(OutsideFolder { why, resolved: resolved.clone() });
        if self.path.is_empty() {
            return outside(OutsideWhy::Empty);
        }
        let mut depth = 0usize;
        for component in stored.components() {
            match component {
                Component::Prefix(_) | Component::RootDir => return outside(OutsideWhy::Absolute),
                Component::CurDir => {}
                Component::ParentDir => match depth.checked_sub(1) {
                    Some(d) => depth = d,
                    None => return outside(OutsideWhy::LeavesFolder),
                },
                Component::Normal(_) => depth += 1,
            }
        }
        // Symlinks inside the tree may point anywhere: compare real paths.
        if let (Ok(real), Ok(folder)) = (fs::canonicalize(&resolved), fs::canonicalize(folder_of(annotation_path)))
            && !real.starts_with(&folder)
        {
            return Err(OutsideFolder { why: OutsideWhy::Symlink, resolved: real });
        }
        Ok(resolved)
    }
}

/// Why a stored document path is not followed without asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutsideWhy {
    /// The path is absolute (`/etc/passwd`, `C:\…`, `\\server\…`).
    Absolute,
    /// The path climbs above the annotation file's folder with `..`.
    LeavesFolder,
    /// The path is inside the folder, but a symlink there leads out of it.
    Symlink,
    /// The path is empty.
    Empty,
}

/// A stored document path that leads outside the annotation file's folder tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutsideFolder {
    /// Why.
    pub why: OutsideWhy,
    /// The file the path leads to (for the app to show before asking).
    pub resolved: PathBuf,
}

impl std::fmt::Display for OutsideFolder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self.why {
            OutsideWhy::Absolute => "the document path in the annotation file is absolute",
            OutsideWhy::LeavesFolder => "the document path in the annotation file leaves its folder",
            OutsideWhy::Symlink => "the document path in the annotation file leads out of its folder through a symlink",
            OutsideWhy::Empty => "the annotation file names no document",
        })
    }
}

impl std::error::Error for OutsideFolder {}

/// The content of an annotation file.
///
/// Written and read as format version 2 (see the module docs): each annotation and
/// tag with its version vector `rev` and tombstone `deleted`; deleted annotations
/// stay in `annotations` as tombstones, the other surviving versions of
/// annotations (and tags) in conflict are listed in `conflicts` (and
/// `tag_conflicts`), and `aliases` records author and tag aliases. In memory,
/// `annotations` holds the live annotations only and [`AnnotationFile::versions`]
/// the rest, so readers that only want the annotations need not know about
/// versions.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "DiskFile")]
pub struct AnnotationFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version: the version read, [`VERSION`] when written by this Glosa.
    pub version: u32,
    /// The annotated document.
    pub document: DocumentRef,
    /// The codebook, with its tags' version bookkeeping.
    pub tags: TagSet,
    /// The live annotations, in document order.
    pub annotations: Vec<Annotation>,
    /// The version bookkeeping of the annotations: version vectors, tombstones,
    /// conflicts, author aliases.
    pub versions: FileVersions,
}

/// An annotation file as stored (format version 1 or 2).
#[derive(Deserialize)]
pub(super) struct DiskFile {
    pub(super) format: String,
    pub(super) version: u32,
    pub(super) document: DocumentRef,
    pub(super) tags: Vec<TagRecord>,
    #[serde(default)]
    pub(super) aliases: Aliases,
    #[serde(default)]
    pub(super) tag_conflicts: Vec<TagRecord>,
    #[serde(default)]
    pub(super) conflicts: Vec<AnnotationRecord>,
    pub(super) annotations: Vec<AnnotationRecord>,
}

impl From<DiskFile> for AnnotationFile {
    fn from(disk: DiskFile) -> Self {
        let DiskFile { format, version, document, tags, aliases, tag_conflicts, conflicts, annotations } = disk;
        let tags = super::records::tag_set(tags, tag_conflicts, aliases.tags);
        let mut file = Self {
            format,
            version,
            document,
            tags,
            annotations: Vec::with_capacity(annotations.len()),
            versions: FileVersions {
                conflicts: conflicts.into_iter().map(AnnotationRecord::into_version).collect(),
                author_aliases: aliases.authors,
                ..FileVersions::default()
            },
        };
        file.extend_records(annotations);
        file
    }
}

/// An annotation file borrowed for writing, fields in the order written: the
/// `annotations` list last (see `parse_in_parallel`).
#[derive(Serialize)]
struct DiskFileRef<'a> {
    format: &'a str,
    version: u32,
    document: &'a DocumentRef,
    tags: Vec<TagRecord>,
    aliases: Aliases,
    tag_conflicts: Vec<TagRecord>,
    conflicts: Vec<AnnotationRecordRef<'a>>,
    annotations: Vec<AnnotationRecordRef<'a>>,
}

impl Serialize for AnnotationFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (tags, tag_conflicts) = super::records::tag_records(&self.tags);
        let empty = crate::model::VersionVector::default();
        let live = self
            .annotations
            .iter()
            .map(|a| AnnotationRecordRef::new(a, self.versions.revs.get(&a.id).unwrap_or(&empty), None));
        let dead = self.versions.deleted.iter().map(|v| AnnotationRecordRef::new(&v.value, &v.rev, v.deleted.as_ref()));
        let disk = DiskFileRef {
            format: &self.format,
            version: VERSION,
            document: &self.document,
            tags,
            aliases: Aliases { authors: self.versions.author_aliases.clone(), tags: self.tags.aliases().clone() },
            tag_conflicts,
            conflicts: self
                .versions
                .conflicts
                .iter()
                .map(|v| AnnotationRecordRef::new(&v.value, &v.rev, v.deleted.as_ref()))
                .collect(),
            annotations: live.chain(dead).collect(),
        };
        disk.serialize(serializer)
    }
}

impl AnnotationFile {
    /// A file holding `set`, live annotations sorted in `doc`'s order (by ID when
    /// `doc` is `None`), then tombstones by ID.
    pub fn new(document: DocumentRef, set: &AnnotationSet, doc: Option<&Document>) -> Self {
        let annotations = match doc {
            Some(doc) => set.annotations.in_document_order(doc).into_iter().cloned().collect(),
            None => set.annotations.iter().cloned().collect(),
        };
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            document,
            tags: set.tags.clone(),
            annotations,
            versions: FileVersions::of(&set.annotations),
        }
    }

    /// Adds annotation records as read: live ones to `annotations` (with their
    /// version vectors), tombstones to the bookkeeping.
    fn extend_records(&mut self, records: Vec<AnnotationRecord>) {
        let mut revs = Vec::with_capacity(records.len());
        self.annotations.reserve(records.len());
        for record in records {
            if record.deleted.is_some() {
                self.versions.deleted.push(record.into_version());
            } else {
                let version = record.into_version();
                if !version.rev.is_empty() {
                    revs.push((version.value.id, version.rev));
                }
                self.annotations.push(version.value);
            }
        }
        // Built in one go (sorted, then bulk-loaded) rather than by 100,000
        // inserts; a repeated ID keeps its last vector, as `insert` would.
        if self.versions.revs.is_empty() {
            self.versions.revs = revs.into_iter().collect();
        } else {
            self.versions.revs.extend(revs);
        }
    }

    /// The editable state held by the file.
    pub fn to_set(&self) -> AnnotationSet {
        self.clone().into_set().1
    }

    /// The editable state held by the file, consuming it.
    pub fn into_set(self) -> (DocumentRef, AnnotationSet) {
        let annotations = self.versions.into_annotations(self.annotations);
        (self.document, AnnotationSet { tags: self.tags, annotations })
    }

    /// Every annotation version in the file: live ones, tombstones, conflicts.
    fn all_annotations(&self) -> impl Iterator<Item = &Annotation> {
        self.annotations
            .iter()
            .chain(self.versions.deleted.iter().map(|v| &v.value))
            .chain(self.versions.conflicts.iter().map(|v| &v.value))
    }

    /// Checks the bounds ([`MAX_TAGS`] and the others) and fixes what loading
    /// fixes: contexts over [`CONTEXT_CHARS`] and titles over [`MAX_TITLE_CHARS`]
    /// are cut, repeated annotation and tag IDs renamed. O(n log n).
    ///
    /// # Errors
    /// The first field over its bound (and the annotation, by ID).
    pub fn enforce_bounds(&mut self) -> Result<LoadReport, OverLimit> {
        check_bounds(self)?;
        let mut report = LoadReport::default();
        if self.document.title.chars().count() > MAX_TITLE_CHARS {
            self.document.title = self.document.title.chars().take(MAX_TITLE_CHARS).collect();
            report.title_cut = true;
        }
        let versions = self.versions.deleted.iter_mut().chain(self.versions.conflicts.iter_mut()).map(|v| &mut v.value);
        for segment in self.annotations.iter_mut().chain(versions).flat_map(|a| a.segments.iter_mut()) {
            let prefix_chars = segment.prefix.chars().count();
            if prefix_chars > CONTEXT_CHARS {
                segment.prefix = segment.prefix.chars().skip(prefix_chars - CONTEXT_CHARS).collect();
                report.contexts_cut += 1;
            }
            if segment.suffix.chars().nth(CONTEXT_CHARS).is_some() {
                segment.suffix = segment.suffix.chars().take(CONTEXT_CHARS).collect();
                report.contexts_cut += 1;
            }
        }
        report.renamed_annotations = make_ids_unique(&mut self.annotations);
        report.renamed_tags = self.tags.make_ids_unique();
        Ok(report)
    }
}

/// The first field of `file` over its bound, if any.
fn check_bounds(file: &AnnotationFile) -> Result<(), OverLimit> {
    let chars = |s: &str, max: usize| s.len() <= max || s.chars().nth(max).is_none();
    let document = &file.document;
    if document.path.len() > MAX_PATH_BYTES {
        return Err(OverLimit::DocumentPath { size: document.path.len(), bound: MAX_PATH_BYTES });
    }
    let fingerprint = document.fingerprint.as_str().len();
    if fingerprint > MAX_ID_BYTES {
        return Err(OverLimit::Fingerprint { size: fingerprint, bound: MAX_ID_BYTES });
    }
    let tags = file.tags.tags();
    if tags.len() > MAX_TAGS {
        return Err(OverLimit::Tags { size: tags.len(), bound: MAX_TAGS });
    }
    for tag in tags {
        if !valid_tag_id(tag.id.as_str()) {
            return Err(OverLimit::TagId { id: clip(tag.id.as_str()), annotation: None });
        }
        if !chars(&tag.label, MAX_LABEL_CHARS) {
            let size = tag.label.chars().count();
            return Err(OverLimit::TagLabel { tag: tag.id.clone(), size, bound: MAX_LABEL_CHARS });
        }
        if !chars(&tag.description, MAX_DESCRIPTION_CHARS) {
            let size = tag.description.chars().count();
            return Err(OverLimit::TagDescription { tag: tag.id.clone(), size, bound: MAX_DESCRIPTION_CHARS });
        }
    }
    let count = file.annotations.len() + file.versions.deleted.len() + file.versions.conflicts.len();
    if count > MAX_ANNOTATIONS {
        return Err(OverLimit::Annotations { size: count, bound: MAX_ANNOTATIONS });
    }
    for a in file.all_annotations() {
        let annotation = a.id;
        if a.segments.len() > MAX_SEGMENTS {
            return Err(OverLimit::Segments { annotation, size: a.segments.len(), bound: MAX_SEGMENTS });
        }
        if a.tags.len() > MAX_TAGS_PER_ANNOTATION {
            return Err(OverLimit::AnnotationTags { annotation, size: a.tags.len(), bound: MAX_TAGS_PER_ANNOTATION });
        }
        if let Some(bad) = a.tags.iter().find(|t| !valid_tag_id(t.as_str())) {
            return Err(OverLimit::TagId { id: clip(bad.as_str()), annotation: Some(annotation) });
        }
        if !chars(&a.note, MAX_NOTE_CHARS) {
            return Err(OverLimit::Note { annotation, size: a.note.chars().count(), bound: MAX_NOTE_CHARS });
        }
        if !chars(&a.author, MAX_LABEL_CHARS) {
            return Err(OverLimit::Author { annotation, size: a.author.chars().count(), bound: MAX_LABEL_CHARS });
        }
        for segment in &a.segments {
            let neighbors = [segment.neighbors.before.as_ref(), segment.neighbors.after.as_ref()];
            let longest = neighbors
                .into_iter()
                .flatten()
                .map(|p| p.as_str().len())
                .fold(segment.paragraph.as_str().len(), usize::max);
            if longest > MAX_ID_BYTES {
                return Err(OverLimit::ParagraphId { annotation, size: longest, bound: MAX_ID_BYTES });
            }
            if !chars(&segment.quote, MAX_QUOTE_CHARS) {
                let size = segment.quote.chars().count();
                return Err(OverLimit::Quote { annotation, size, bound: MAX_QUOTE_CHARS });
            }
        }
    }
    Ok(())
}

/// A field of an annotation file over its bound, or a tag ID that breaks the
/// rule of tag IDs: why the file is refused on reading
/// ([`LoadError::OverLimit`]) and not written ([`SaveError::OverLimit`]).
/// Sizes and bounds are in the unit of the bound: bytes for the path, the
/// fingerprint and paragraph IDs, code points for text, a count for lists.
/// `Display` is the English line the CLI prints.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OverLimit {
    /// The stored document path is over [`MAX_PATH_BYTES`] bytes.
    #[error("the document path is {size} bytes, over the limit of {bound}")]
    DocumentPath {
        /// Its length in bytes.
        size: usize,
        /// [`MAX_PATH_BYTES`].
        bound: usize,
    },
    /// The document fingerprint is over [`MAX_ID_BYTES`] bytes.
    #[error("the document fingerprint is {size} bytes, over the limit of {bound}")]
    Fingerprint {
        /// Its length in bytes.
        size: usize,
        /// [`MAX_ID_BYTES`].
        bound: usize,
    },
    /// The tag set has more than [`MAX_TAGS`] tags.
    #[error("{size} tags, over the limit of {bound}")]
    Tags {
        /// How many tags.
        size: usize,
        /// [`MAX_TAGS`].
        bound: usize,
    },
    /// A tag ID of the tag set (`annotation` is `None`) or on an annotation that
    /// is not 1 to 64 lower-case ASCII letters, digits and `-` (not at either end).
    #[error(
        "{}tag ID `{id}` is not lower-case letters, digits and -",
        annotation.map(|a| format!("annotation {a}: ")).unwrap_or_default()
    )]
    TagId {
        /// The ID as written, cut to 80 characters (with `…`).
        id: String,
        /// The annotation that carries it, if not the tag set.
        annotation: Option<AnnotationId>,
    },
    /// A tag's label is over [`MAX_LABEL_CHARS`] code points.
    #[error("the label of tag `{tag}` is {size} characters, over the limit of {bound}")]
    TagLabel {
        /// The tag.
        tag: TagId,
        /// The label's length in code points.
        size: usize,
        /// [`MAX_LABEL_CHARS`].
        bound: usize,
    },
    /// A tag's description is over [`MAX_DESCRIPTION_CHARS`] code points.
    #[error("the description of tag `{tag}` is {size} characters, over the limit of {bound}")]
    TagDescription {
        /// The tag.
        tag: TagId,
        /// The description's length in code points.
        size: usize,
        /// [`MAX_DESCRIPTION_CHARS`].
        bound: usize,
    },
    /// More than [`MAX_ANNOTATIONS`] annotations (live, deleted and in conflict).
    #[error("{size} annotations, over the limit of {bound}")]
    Annotations {
        /// How many annotations.
        size: usize,
        /// [`MAX_ANNOTATIONS`].
        bound: usize,
    },
    /// An annotation spans more than [`MAX_SEGMENTS`] segments.
    #[error("annotation {annotation} has {size} segments, over the limit of {bound}")]
    Segments {
        /// The annotation.
        annotation: AnnotationId,
        /// How many segments.
        size: usize,
        /// [`MAX_SEGMENTS`].
        bound: usize,
    },
    /// An annotation has more than [`MAX_TAGS_PER_ANNOTATION`] tags.
    #[error("annotation {annotation} has {size} tags, over the limit of {bound}")]
    AnnotationTags {
        /// The annotation.
        annotation: AnnotationId,
        /// How many tags.
        size: usize,
        /// [`MAX_TAGS_PER_ANNOTATION`].
        bound: usize,
    },
    /// An annotation's note is over [`MAX_NOTE_CHARS`] code points.
    #[error("annotation {annotation}: its note is {size} characters, over the limit of {bound}")]
    Note {
        /// The annotation.
        annotation: AnnotationId,
        /// The note's length in code points.
        size: usize,
        /// [`MAX_NOTE_CHARS`].
        bound: usize,
    },
    /// An annotation's author name is over [`MAX_LABEL_CHARS`] code points.
    #[error("annotation {annotation}: its author name is {size} characters, over the limit of {bound}")]
    Author {
        /// The annotation.
        annotation: AnnotationId,
        /// The name's length in code points.
        size: usize,
        /// [`MAX_LABEL_CHARS`].
        bound: usize,
    },
    /// A paragraph ID of an annotation's segment (its own or a neighbour's) is
    /// over [`MAX_ID_BYTES`] bytes.
    #[error("annotation {annotation}: a paragraph ID is {size} bytes, over the limit of {bound}")]
    ParagraphId {
        /// The annotation.
        annotation: AnnotationId,
        /// The longest such ID's length in bytes.
        size: usize,
        /// [`MAX_ID_BYTES`].
        bound: usize,
    },
    /// A quote of an annotation's segment is over [`MAX_QUOTE_CHARS`] code points.
    #[error("annotation {annotation}: a quote is {size} characters, over the limit of {bound}")]
    Quote {
        /// The annotation.
        annotation: AnnotationId,
        /// The quote's length in code points.
        size: usize,
        /// [`MAX_QUOTE_CHARS`].
        bound: usize,
    },
}

/// Whether `id` is a valid tag ID, [`TagId::new`]'s rule without allocating
/// (the bounds are checked on every annotation of every file read and saved);
/// a test checks that the two agree.
fn valid_tag_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// `value` cut to 80 characters (with `…`), for messages.
fn clip(value: &str) -> String {
    match value.char_indices().nth(80) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_owned(),
    }
}

/// What loading changed or found, for the user to see (the CLI prints it to stderr,
/// the app shows it). Nothing here loses data: cut contexts are re-derived from the
/// document on the next re-anchoring; renamed items are kept under their new IDs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Prefixes and suffixes longer than [`CONTEXT_CHARS`] code points, cut to the
    /// 32 nearest the quote.
    pub contexts_cut: usize,
    /// The document title was longer than [`MAX_TITLE_CHARS`] and was cut.
    pub title_cut: bool,
    /// Annotations whose ID an earlier annotation in the file had: `(old, new)`.
    pub renamed_annotations: Vec<(AnnotationId, AnnotationId)>,
    /// Tags whose ID an earlier tag had: `(old, new)`.
    pub renamed_tags: Vec<(TagId, TagId)>,
    /// Fields this Glosa does not know, by where they are (`reviewer_comment`,
    /// `annotations.confidence`; see [`super::unknown_fields`]): saving the file
    /// drops them, so the command line refuses without `--drop-unknown-fields`
    /// and the app asks first.
    pub unknown_fields: Vec<String>,
}

impl LoadReport {
    /// Whether loading changed nothing.
    pub fn is_clean(&self) -> bool {
        self == &Self::default()
    }

    /// One line per finding, for the user.
    pub fn messages(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.contexts_cut > 0 {
            lines.push(format!(
                "{} prefixes or suffixes were longer than {CONTEXT_CHARS} characters and were cut",
                self.contexts_cut
            ));
        }
        if self.title_cut {
            lines.push(format!("the document title was longer than {MAX_TITLE_CHARS} characters and was cut"));
        }
        for (old, new) in &self.renamed_annotations {
            lines.push(format!("two annotations had the ID {old}: the second is kept as {new}"));
        }
        for (old, new) in &self.renamed_tags {
            lines.push(format!("two tags had the ID `{old}`: the second is kept as `{new}`"));
        }
        if !self.unknown_fields.is_empty() {
            lines.push(format!(
                "the file has fields this Glosa does not know, which saving would drop: {}",
                self.unknown_fields.join(", ")
            ));
        }
        lines
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
    /// The path is a FIFO, a device or a socket: never read (it could block forever
    /// or never end).
    #[error("is {}, not an annotation file", .0.describe())]
    NotRegular(FileKind),
    /// Over [`MAX_ANNOTATION_FILE_BYTES`].
    #[error("file is {0} bytes, over the {limit} MiB limit", limit = MAX_ANNOTATION_FILE_BYTES / (1024 * 1024))]
    TooLarge(u64),
    /// The operating system refused.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// Not a Glosa annotation file (another format, not RON); the reason in a few
    /// words.
    #[error("not a Glosa annotation file ({0})")]
    Foreign(super::files::ForeignWhy),
    /// The file is empty (zero bytes, or white space only).
    #[error("not a Glosa annotation file (the file is empty)")]
    Empty,
    /// The bytes are not UTF-8 text.
    #[error("not a Glosa annotation file (not UTF-8 text)")]
    NotUtf8,
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
    /// A field is over its bound (see [`MAX_TAGS`] and the others).
    #[error(transparent)]
    OverLimit(OverLimit),
}

impl From<ReadFileError> for LoadError {
    fn from(e: ReadFileError) -> Self {
        match e {
            ReadFileError::NotFound => Self::NotFound,
            ReadFileError::NotRegular(FileKind::Directory) => Self::IsDirectory,
            ReadFileError::NotRegular(kind) => Self::NotRegular(kind),
            ReadFileError::TooLarge { size } => Self::TooLarge(size),
            ReadFileError::Io(e) => Self::Io(e),
        }
    }
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
    /// The file no longer holds the content the caller based its changes on
    /// (another program saved it meanwhile); nothing was replaced.
    #[error("the file changed on disk meanwhile (another program saved it)")]
    Changed,
    /// The file's lock could not be taken.
    #[error(transparent)]
    Locked(#[from] LockError),
    /// A field is over its bound: the file would be refused when read back.
    #[error(transparent)]
    OverLimit(OverLimit),
}

/// Serializes `file` as pretty RON (LF line endings, four-space indentation).
pub fn to_ron_string(file: &AnnotationFile) -> Result<String, SaveError> {
    let mut bytes = Vec::new();
    write_ron(&mut bytes, file)?;
    String::from_utf8(bytes).map_err(|e| SaveError::Serialize(e.to_string()))
}

/// Writes `file` as pretty RON (the same bytes as [`to_ron_string`]) to `out`.
///
/// The bytes are those of [`write_ron_with_serde`] (`ron`'s pretty printer, the
/// format's definition), printed by a faster printer of that exact layout (see
/// `persist::fast_ron`); about 4 times as fast for large files.
///
/// # Errors
/// I/O errors of `out`.
pub fn write_ron(out: &mut impl Write, file: &AnnotationFile) -> Result<(), SaveError> {
    super::fast_ron::write_file(out, file)?;
    Ok(())
}

/// Writes the file [`AnnotationFile::new`]`(document, set, doc)` holds, the same
/// bytes as [`write_ron`] of that file, without building it (no copy of the
/// annotations): what the merge driver and `glosa merge` write.
///
/// # Errors
/// I/O errors of `out`.
pub fn write_set_ron(
    out: &mut impl Write,
    document: &DocumentRef,
    set: &AnnotationSet,
    doc: Option<&Document>,
) -> Result<(), SaveError> {
    super::fast_ron::write_set(out, document, set, doc)?;
    Ok(())
}

/// Writes `file` as pretty RON through `serde` and `ron`'s pretty printer (LF line
/// endings, four-space indentation, unescaped strings), then a newline: the
/// definition of the bytes [`write_ron`] writes, kept for checking it.
///
/// # Errors
/// I/O errors of `out`; serialisation errors (none with valid data).
pub fn write_ron_with_serde(out: &mut impl Write, file: &AnnotationFile) -> Result<(), SaveError> {
    let config = ron::ser::PrettyConfig::new().new_line("\n").indentor("    ").escape_strings(false);
    ron::Options::default().to_io_writer_pretty(&mut *out, file, config).map_err(|e| match e {
        ron::Error::Io(message) => SaveError::Io(std::io::Error::other(message)),
        other => SaveError::Serialize(other.to_string()),
    })?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Parses annotation file text (a leading BOM is ignored), with the bounds of
/// [`AnnotationFile::enforce_bounds`] applied.
pub fn from_ron_str(text: &str) -> Result<AnnotationFile, LoadError> {
    from_ron_str_reporting(text).map(|(file, _)| file)
}

/// [`from_ron_str`], also saying what loading cut or renamed.
pub fn from_ron_str_reporting(text: &str) -> Result<(AnnotationFile, LoadReport), LoadError> {
    let (mut file, fast) = parse_noting_path(text)?;
    let mut report = file.enforce_bounds().map_err(LoadError::OverLimit)?;
    if !fast {
        // The fast reader declines any field it does not know.
        report.unknown_fields = super::unknown_fields::unknown_fields(text);
    }
    Ok((file, report))
}

/// Parses annotation file text with `ron` and `serde` only (the format's
/// definition), without the fast path for the layout Glosa writes and without
/// the bounds of [`AnnotationFile::enforce_bounds`]: for checking that the fast
/// path reads what `ron` reads.
///
/// # Errors
/// The syntax or content error, as [`LoadError::Syntax`].
pub fn from_ron_str_with_serde(text: &str) -> Result<AnnotationFile, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    ron::from_str::<AnnotationFile>(text).map_err(|e| LoadError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message: clip(&e.code.to_string()),
    })
}

/// Parses annotation file text, also saying whether the fast reader read it
/// (`true`): then the file has no field this Glosa does not know.
fn parse_noting_path(text: &str) -> Result<(AnnotationFile, bool), LoadError> {
    let trimmed = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if let Some(disk) = super::fast_ron::read_file(trimmed) {
        let file = AnnotationFile::from(disk);
        check_header(Some(&file.format), Some(file.version))?;
        return Ok((file, true));
    }
    parse_slow(text).map(|file| (file, false))
}

/// Reads what the fast reader declined: in parallel, else through `ron`.
fn parse_slow(text: &str) -> Result<AnnotationFile, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
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
            if matches!(full_error.code, ron::Error::ExceededRecursionLimit) {
                // Not ron's advice to raise `recursion_limit`: the file is at fault.
                return Err(LoadError::Syntax {
                    line: position.line,
                    column: position.col,
                    message: "nested too deeply".to_owned(),
                });
            }
            if !starts_like_ron_struct(text) {
                let start: String = text.trim_start().chars().take(20).collect();
                return Err(LoadError::Foreign(ForeignWhy::StartsWith(start.trim_end().to_owned())));
            }
            // The message may quote the file: keep it short.
            let message = clip(&full_error.code.to_string());
            Err(LoadError::Syntax { line: position.line, column: position.col, message })
        }
    }
}

/// Whether `text` opens like an annotation file: after white space and RON
/// comments, `(` or a struct name and `(` (ron's `DiskFile(`). Other text (prose,
/// JSON, XML) is not a Glosa file at all rather than a file with a syntax error.
fn starts_like_ron_struct(text: &str) -> bool {
    let mut rest = text.trim_start();
    loop {
        if let Some(line) = rest.strip_prefix("//") {
            rest = line.split_once('\n').map_or("", |(_, after)| after).trim_start();
        } else if let Some(block) = rest.strip_prefix("/*") {
            rest = block.split_once("*/").map_or("", |(_, after)| after).trim_start();
        } else {
            break;
        }
    }
    let name_end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
    rest[name_end..].trim_start().starts_with('(')
}

/// The one-line message for `error` loading the annotation file `path`: "PATH is
/// not a Glosa annotation file (why)" for a file of another kind, else "cannot
/// read annotations (why): PATH".
pub fn load_error_message(error: &LoadError, path: &Path) -> String {
    match error {
        LoadError::Foreign(why) => format!("{} is not a Glosa annotation file ({why})", path.display()),
        LoadError::Empty => format!("{} is not a Glosa annotation file (the file is empty)", path.display()),
        LoadError::NotUtf8 => format!("{} is not a Glosa annotation file (not UTF-8 text)", path.display()),
        other => format!("cannot read annotations ({other}): {}", path.display()),
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
    let parsed: Vec<Option<Vec<AnnotationRecord>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| scope.spawn(move || ron::from_str::<Vec<AnnotationRecord>>(&format!("[\n{chunk}\n]")).ok()))
            .collect();
        handles.into_iter().map(|h| h.join().ok().flatten()).collect()
    });
    let mut file: AnnotationFile = ron::from_str(&header_text).ok()?;
    for part in parsed {
        file.extend_records(part?);
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
        Some(other) => return Err(LoadError::Foreign(ForeignWhy::Format(other.to_owned()))),
        None => return Err(LoadError::Foreign(ForeignWhy::NoFormat(FORMAT))),
    }
    match version {
        Some(v) if v > VERSION => Err(LoadError::NewerVersion(v)),
        _ => Ok(()),
    }
}

/// An annotation file as read: its content, the identity of the exact bytes that
/// were parsed, and what loading cut or renamed.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The parsed file, bounds enforced.
    pub file: AnnotationFile,
    /// The identity of the bytes parsed (not of the file a moment later).
    pub content: ContentId,
    /// What loading cut or renamed.
    pub report: LoadReport,
}

/// Reads and parses the annotation file at `path`.
pub fn load(path: &Path) -> Result<AnnotationFile, LoadError> {
    read(path).map(|loaded| loaded.file)
}

/// Reads and parses the annotation file at `path` (a regular file, symlinks
/// followed; never a FIFO or device), identifying the bytes it parsed by their
/// hash, so that a change made while parsing is seen as a change.
///
/// # Errors
/// See [`LoadError`].
pub fn read(path: &Path) -> Result<Loaded, LoadError> {
    let (bytes, metadata) = read_regular(path, MAX_ANNOTATION_FILE_BYTES)?;
    let content = ContentId::of(&bytes, metadata.modified().ok());
    let (file, report) = from_ron_bytes_reporting(bytes)?;
    Ok(Loaded { file, content, report })
}

/// [`from_ron_str_reporting`] on a file's bytes (a leading BOM is ignored): a
/// file in the layout Glosa writes is parsed and checked as UTF-8 in one pass
/// (`persist::fast_ron`), anything else is checked as UTF-8 text first and then
/// parsed by `ron`.
///
/// # Errors
/// As [`from_ron_str_reporting`]; [`LoadError::Foreign`] for bytes that are not
/// UTF-8.
pub fn from_ron_bytes_reporting(bytes: Vec<u8>) -> Result<(AnnotationFile, LoadReport), LoadError> {
    let body = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(&bytes);
    if let Some((disk, within)) = super::fast_ron::read_bytes(body) {
        let mut file = AnnotationFile::from(disk);
        check_header(Some(&file.format), Some(file.version))?;
        // The reader checked every bound while parsing: only repeated IDs are left.
        let report = if within {
            LoadReport {
                renamed_annotations: make_ids_unique(&mut file.annotations),
                renamed_tags: file.tags.make_ids_unique(),
                ..LoadReport::default()
            }
        } else {
            file.enforce_bounds().map_err(LoadError::OverLimit)?
        };
        return Ok((file, report));
    }
    let text = String::from_utf8(bytes).map_err(|_| LoadError::NotUtf8)?;
    let mut file = parse_slow(&text)?;
    let mut report = file.enforce_bounds().map_err(LoadError::OverLimit)?;
    // The fast reader declines any field it does not know.
    report.unknown_fields = super::unknown_fields::unknown_fields(&text);
    Ok((file, report))
}

/// The identity of what the file at `path` holds now (reading and hashing it, not
/// parsing); `None` when there is no file. The length is compared first by
/// [`ContentId::same_content`], so this is the one check needed before a save.
///
/// # Errors
/// When the file cannot be read.
pub fn current_content(path: &Path) -> Result<Option<ContentId>, LoadError> {
    match read_regular(path, MAX_ANNOTATION_FILE_BYTES) {
        Ok((bytes, metadata)) => Ok(Some(ContentId::of(&bytes, metadata.modified().ok()))),
        Err(ReadFileError::NotFound) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// How far into a damaged annotation file [`damaged_document_ref`] looks for the
/// document it names, in bytes (the `document` entry comes second in the file).
const DOCUMENT_REF_WINDOW: usize = 64 * 1024;

/// The document an annotation file names, read from the `document: ( … )` entry
/// near its start, when the file as a whole cannot be parsed (cut short, broken
/// further down): the header is usually intact. `None` when that entry is missing
/// or broken too, or the file cannot be read. Only the first
/// [`DOCUMENT_REF_WINDOW`] bytes are looked at; the path is as stored (resolve it
/// with [`DocumentRef::resolve_inside`]: the file may come from someone else).
pub fn damaged_document_ref(path: &Path) -> Option<DocumentRef> {
    let (bytes, _) = read_regular(path, MAX_ANNOTATION_FILE_BYTES).ok()?;
    let text = String::from_utf8_lossy(bytes.get(..DOCUMENT_REF_WINDOW).unwrap_or(&bytes));
    document_ref_in(&text)
}

/// The `document: ( … )` entry of annotation-file text, parsed alone.
fn document_ref_in(text: &str) -> Option<DocumentRef> {
    let key = text.find("document:")?;
    let rest = &text[key + "document:".len()..];
    let open = rest.find(|c: char| !c.is_whitespace()).filter(|&i| rest[i..].starts_with('('))?;
    // The matching parenthesis, skipping strings (which may hold parentheses and escaped quotes).
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, c) in rest[open..].char_indices() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') | (false, _, '"') => in_string = !in_string,
            (false, _, '(') => depth += 1,
            (false, _, ')') => {
                depth -= 1;
                if depth == 0 {
                    return ron::from_str(&rest[open..=open + i]).ok();
                }
            }
            _ => {}
        }
    }
    None
}

/// What [`write_locked`] may replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replace {
    /// Whatever the file holds (the user chose to overwrite).
    Anything,
    /// Only the content the caller read and based its changes on (`None`: no file
    /// existed); otherwise nothing is written and [`SaveError::Changed`] returned.
    IfUnchanged(Option<ContentId>),
}

/// Saves `file` at `path` under the file's lock (waiting up to
/// [`DEFAULT_LOCK_TIMEOUT`]), whatever the file holds now. See [`write_locked`].
pub fn save(path: &Path, file: &AnnotationFile) -> Result<(), SaveError> {
    let lock = AnnotationLock::acquire(path, DEFAULT_LOCK_TIMEOUT)?;
    write_locked(&lock, file, Replace::Anything).map(|_| ())
}

/// Saves `file` atomically over the annotation file `lock` protects (symlinks
/// followed: the shared file behind a link is written, the link stays), keeping the
/// previous version as `NAME.bak`; see the module docs for the steps. Returns the
/// identity of the bytes written.
///
/// # Errors
/// [`SaveError::Changed`] when `replace` is [`Replace::IfUnchanged`] and the file
/// holds something else just before the rename; [`SaveError::OverLimit`] when
/// `file` is over a bound; I/O errors. The file and its `.bak` are untouched on
/// error.
pub fn write_locked(lock: &AnnotationLock, file: &AnnotationFile, replace: Replace) -> Result<ContentId, SaveError> {
    check_bounds(file).map_err(SaveError::OverLimit)?;
    let path = lock.target();
    let folder = folder_of(path);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    remove_stale_temp_files(&folder, &name, lock.acquired());
    let mut temp = tempfile::Builder::new().prefix(&format!(".{name}.save-")).suffix(".tmp").tempfile_in(&folder)?;
    // Locked by its writer, so no cleanup can take it for a leftover.
    let _ = temp.as_file().try_lock();
    let (len, hash) = {
        // Serialized straight into the file: no 90 MB string for 100,000 annotations.
        // What is written is flushed to the disk meanwhile, so the `fsync` below
        // waits for the last few megabytes only, not for the whole file.
        let flusher = EarlyFlush::start(temp.as_file());
        let mut writer = std::io::BufWriter::with_capacity(1 << 20, Hashing::new(temp.as_file_mut(), flusher));
        write_ron(&mut writer, file)?;
        writer.flush()?;
        let hashing = writer.into_inner().map_err(|e| SaveError::Io(e.into_error()))?;
        (hashing.len, *hashing.hasher.finalize().as_bytes())
    };
    // Temporary files are private (0600); the saved file keeps the permissions of
    // the file it replaces, or gets the usual 0644 when new.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        temp.as_file().set_permissions(fs::Permissions::from_mode(mode))?;
    }
    temp.as_file().sync_all()?;
    let backup = backup_path(path);
    // The previous version, staged as the next `.bak` before the last look, so
    // that the look also proves the `.bak` is the very file it looked at.
    let previous =
        if fs::metadata(path).is_ok_and(|m| m.is_file()) { Some(stage_backup(path, &folder, &name)?) } else { None };
    if let Replace::IfUnchanged(expected) = replace {
        // The last look before replacing: what someone saved meanwhile must win.
        let now = current_content(path).map_err(|e| SaveError::Io(std::io::Error::other(e.to_string())))?;
        let unchanged = match (now, expected) {
            (None, None) => true,
            (Some(now), Some(expected)) => now.same_content(&expected),
            _ => false,
        };
        let same_file = match &previous {
            Some(Staged::Linked(staged)) => super::files::same_file(staged.path(), path),
            _ => true,
        };
        if !unchanged || !same_file {
            return Err(SaveError::Changed);
        }
    }
    let had_file = previous.is_some();
    let linked = match previous {
        Some(staged) => commit_backup(staged, &backup)?,
        None => false,
    };
    let _ = temp.as_file().unlock();
    // What the new file may displace: anything, or the file looked at (the `.bak`
    // now, when linked; else the same content), or — when there was none — nothing.
    let displaced_ok = |displaced: &Path| match (replace, linked) {
        (Replace::Anything, _) => true,
        (Replace::IfUnchanged(_), true) => super::files::same_file(displaced, &backup),
        (Replace::IfUnchanged(expected), false) => {
            let now = current_content(displaced).ok().flatten();
            matches!((now, expected), (Some(now), Some(expected)) if now.same_content(&expected))
        }
    };
    put_in_place(temp, path, had_file, replace, displaced_ok)?;
    sync_folder(&folder);
    if let (Replace::IfUnchanged(Some(expected)), true) = (replace, linked) {
        // A program writing in place (`cp -p`, an editor) that opened the previous
        // file just before the rename writes into it, now the `.bak`: give it a
        // moment, look, and if it did, put its version back and report the change,
        // so that its edit is never lost behind the new file.
        std::thread::sleep(IN_PLACE_SETTLE);
        let after = current_content(&backup).map_err(|e| SaveError::Io(std::io::Error::other(e.to_string())))?;
        if after.is_some_and(|after| !after.same_content(&expected)) {
            restore_backup(&backup, path, &folder, &name)?;
            return Err(SaveError::Changed);
        }
    }
    let modified = fs::metadata(path).and_then(|m| m.modified()).ok();
    Ok(ContentId { len, hash, modified })
}

/// Renames the finished `temp` over `path`. Where the system can (Linux,
/// `renameat2(RENAME_EXCHANGE)`), the two are swapped in one step so that the file
/// displaced can be looked at: if `displaced_ok` says it is not the file the caller
/// checked (another program renamed its version over it in the meantime), the swap
/// is undone and [`SaveError::Changed`] returned — their file is never lost. When
/// there was no file and `replace` asks for none, the rename never replaces one
/// created meanwhile. Elsewhere, a plain atomic rename.
fn put_in_place(
    temp: tempfile::NamedTempFile,
    path: &Path,
    had_file: bool,
    replace: Replace,
    displaced_ok: impl Fn(&Path) -> bool,
) -> Result<(), SaveError> {
    if !had_file {
        return match replace {
            Replace::IfUnchanged(None) => match temp.persist_noclobber(path) {
                Ok(_) => Ok(()),
                Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Err(SaveError::Changed),
                Err(e) => Err(SaveError::Io(e.error)),
            },
            _ => temp.persist(path).map(|_| ()).map_err(|e| SaveError::Io(e.error)),
        };
    }
    #[cfg(target_os = "linux")]
    {
        let exchange = |a: &Path, b: &Path| {
            use rustix::fs::{CWD, RenameFlags, renameat_with};
            renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
        };
        match exchange(temp.path(), path) {
            Ok(()) => {
                // `temp`'s name now holds the displaced file.
                if !displaced_ok(temp.path()) {
                    exchange(temp.path(), path)?;
                    return Err(SaveError::Changed);
                }
                // Dropping `temp` removes the displaced file's extra name.
                drop(temp);
                return Ok(());
            }
            // Gone meanwhile: someone deleted or moved it.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && replace != Replace::Anything => {
                return Err(SaveError::Changed);
            }
            // Not supported here (some network file systems): a plain rename.
            Err(_) => {}
        }
    }
    let _ = &displaced_ok;
    temp.persist(path).map(|_| ()).map_err(|e| SaveError::Io(e.error))
}

/// How long [`write_locked`] waits after the rename before checking that nobody
/// wrote into the previous file in place: in-place writers (`cp -p`, editors) write
/// a small file in one burst, well within this.
const IN_PLACE_SETTLE: std::time::Duration = std::time::Duration::from_millis(10);

/// The previous version staged under a temporary name, to become the `.bak`.
enum Staged {
    /// A second name (hard link) for the very file.
    Linked(tempfile::NamedTempFile<()>),
    /// A fresh copy, where hard links are not possible (FAT, some network shares).
    Copied(tempfile::NamedTempFile),
}

/// Stages the current file at `path` as the next `.bak`: a hard link under a
/// temporary name `.NAME.bak-XXXXXX.tmp`, or a fresh, synced copy there. Nothing is
/// ever copied onto an existing path (which could be a link to the live file).
fn stage_backup(path: &Path, folder: &Path, name: &str) -> Result<Staged, SaveError> {
    let prefix = format!(".{name}.bak-");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // Before it is committed, the staged name is removed on drop.
    if let Ok(linked) = builder.make_in(folder, |p| fs::hard_link(path, p)) {
        return Ok(Staged::Linked(linked));
    }
    let mut copy = builder.tempfile_in(folder)?;
    std::io::copy(&mut fs::File::open(path)?, copy.as_file_mut())?;
    copy.as_file().sync_all()?;
    Ok(Staged::Copied(copy))
}

/// Renames the staged previous version over `backup` in one step, so that a
/// complete `.bak` exists at every instant (the old `.bak` is never removed
/// first). Returns whether the `.bak` is now the previous file itself (a link).
fn commit_backup(staged: Staged, backup: &Path) -> Result<bool, SaveError> {
    match staged {
        Staged::Copied(copy) => {
            copy.persist(backup).map_err(|e| SaveError::Io(e.error))?;
            Ok(false)
        }
        Staged::Linked(linked) => {
            let staged_path = linked.path().to_owned();
            linked.persist(backup).map_err(|e| SaveError::Io(e.error))?;
            // Renaming a name onto another name of the same file does nothing: the
            // staged name is left behind (the `.bak` already was this file).
            if super::files::same_file(&staged_path, backup) {
                let _ = fs::remove_file(&staged_path);
            }
            Ok(true)
        }
    }
}

/// Makes the `.bak` the live file again (through a temporary link and a rename):
/// after [`write_locked`] found that someone wrote into it while it was replaced.
fn restore_backup(backup: &Path, path: &Path, folder: &Path, name: &str) -> Result<(), SaveError> {
    let staged = tempfile::Builder::new()
        .prefix(&format!(".{name}.restore-"))
        .suffix(".tmp")
        .make_in(folder, |p| fs::hard_link(backup, p))?;
    staged.persist(path).map_err(|e| SaveError::Io(e.error))?;
    sync_folder(folder);
    Ok(())
}

/// Makes renames in `folder` durable. Opening a folder fails on some platforms
/// (Windows), where the rename is durable anyway.
fn sync_folder(folder: &Path) {
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

/// A writer that hashes (BLAKE3) and counts what passes through it, and asks
/// its [`EarlyFlush`] to flush every [`EARLY_FLUSH_BYTES`].
struct Hashing<W> {
    inner: W,
    hasher: blake3::Hasher,
    len: u64,
    flusher: Option<EarlyFlush>,
    flushed_at: u64,
}

impl<W> Hashing<W> {
    fn new(inner: W, flusher: Option<EarlyFlush>) -> Self {
        Self { inner, hasher: blake3::Hasher::new(), len: 0, flusher, flushed_at: 0 }
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.len += n as u64;
        if self.len - self.flushed_at >= EARLY_FLUSH_BYTES
            && let Some(flusher) = &self.flusher
        {
            flusher.nudge();
            self.flushed_at = self.len;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// How many bytes a save writes between two requests to flush them to the disk.
const EARLY_FLUSH_BYTES: u64 = 8 << 20;

/// Flushes a file being written to the disk (`fdatasync`) on a thread of its own
/// while its writer goes on, so that writing and flushing a large file overlap
/// (the thread waits for the disk; it uses no CPU to speak of). Requests coalesce:
/// at most one waits while a flush runs. Dropping it waits for the flush in
/// progress; the writer's final `fsync` then makes the whole file durable.
struct EarlyFlush {
    nudge: Option<std::sync::mpsc::SyncSender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl EarlyFlush {
    /// A flusher for `file`, or `None` when the handle cannot be duplicated or no
    /// thread started (then only the final `fsync` flushes, as before).
    fn start(file: &fs::File) -> Option<Self> {
        let file = file.try_clone().ok()?;
        let (nudge, nudged) = std::sync::mpsc::sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("glosa-flush".to_owned())
            .spawn(move || {
                while nudged.recv().is_ok() {
                    let _ = file.sync_data();
                }
            })
            .ok()?;
        Some(Self { nudge: Some(nudge), thread: Some(thread) })
    }

    /// Asks for a flush of what was written so far (none is queued twice).
    fn nudge(&self) {
        if let Some(nudge) = &self.nudge {
            let _ = nudge.try_send(());
        }
    }
}

impl Drop for EarlyFlush {
    fn drop(&mut self) {
        self.nudge = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The files an export (or any other writer) must never overwrite for the
/// annotation file at `annotation_path`: the file itself, the file a symlink there
/// names, its `.bak` and lock file, and its document if known. Compare with
/// [`super::files::clobbers`], which goes by file identity, so a hard link to one
/// of them is caught too.
pub fn protected_paths(annotation_path: &Path, document: Option<&Path>) -> Vec<PathBuf> {
    let target = super::files::resolve_symlinks(annotation_path);
    let mut paths = vec![annotation_path.to_owned(), backup_path(&target), super::lock::lock_path(&target)];
    if target != annotation_path {
        paths.push(target);
    }
    paths.extend(document.map(Path::to_owned));
    paths
}

/// `FILE.bak` for `FILE`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Removes the temporary files `.NAME.*.tmp` that an interrupted save left in
/// `folder`, only those provably stale: regular files last modified no later than
/// `holder_since` (when the caller, who holds the file's lock, took it; by the file
/// system's clock) and not locked by a writer. A writer's file in progress is
/// locked, and newer than the lock it holds.
fn remove_stale_temp_files(folder: &Path, name: &str, holder_since: std::time::SystemTime) {
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if !file_name.starts_with(&prefix) || !file_name.ends_with(".tmp") {
            continue;
        }
        let Ok(metadata) = entry.metadata() else { continue };
        let old = metadata.modified().is_ok_and(|m| m <= holder_since);
        if !metadata.is_file() || !old {
            continue;
        }
        let Ok(handle) = fs::File::open(entry.path()) else { continue };
        if handle.try_lock().is_ok() {
            drop(handle);
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
    fn a_file_cut_short_still_names_its_document() {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron"),
        )
        .unwrap();
        let cut = &text[..text.floor_char_boundary(text.len() * 2 / 3)];
        assert!(from_ron_str(cut).is_err());
        let reference = document_ref_in(cut).unwrap();
        assert_eq!(reference.path, "../assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt");
        assert_eq!(reference.paragraph_count, 11);
        // Parentheses and quotes inside strings do not end the entry.
        let odd = r#"(format: "glosa-annotations", version: 2, document: (path: "a (1).txt", fingerprint: "x", title: "T \"q\" )", paragraph_count: 3), tags: ["#;
        let reference = document_ref_in(odd).unwrap();
        assert_eq!((reference.path.as_str(), reference.title.as_str()), ("a (1).txt", "T \"q\" )"));
        // A header cut inside the entry names nothing.
        assert_eq!(document_ref_in(&odd[..60]), None);
    }

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
        tricky.version = VERSION; // the example is version 1, upgraded on writing
        tricky.annotations[6_000].note = "a\n        ),\n        (\nb".to_owned();
        let tricky_text = to_ron_string(&tricky).unwrap();
        assert_eq!(from_ron_str(&tricky_text).unwrap(), tricky);
    }

    proptest::proptest! {
        #[test]
        fn the_bounds_check_takes_the_tag_ids_tag_id_new_takes(id in "[a-z0-9A-Z_ -]{0,70}|[a-z0-9-]{1,66}") {
            proptest::prop_assert_eq!(valid_tag_id(&id), TagId::new(&id).is_some());
        }
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
        let newer = "(format: \"glosa-annotations\", version: 3, something_new: [1, 2])";
        assert!(matches!(from_ron_str(newer), Err(LoadError::NewerVersion(3))));
        let foreign = "(format: \"other-app\", version: 1)";
        assert!(matches!(from_ron_str(foreign), Err(LoadError::Foreign(m)) if m.to_string().contains("other-app")));
        // Text that does not open like a RON struct is another kind of file.
        assert!(
            matches!(from_ron_str("[1, 2, 3]"), Err(LoadError::Foreign(m)) if m.to_string() == "it starts with “[1, 2, 3]”, not “(”")
        );
        assert!(matches!(from_ron_str("// Glosa\nDiskFile(x: ["), Err(LoadError::Syntax { .. })));
        assert!(matches!(from_ron_str(""), Err(LoadError::Empty)));
        let truncated = "(format: \"glosa-annotations\", version: 1, document: (path: \"a";
        assert!(matches!(from_ron_str(truncated), Err(LoadError::Syntax { line: 1, .. })));
    }
}
