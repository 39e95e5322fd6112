//! Reading REFI-QDA 1.5 projects (`.qdpx`) and codebooks (`.qdc`) made by NVivo,
//! ATLAS.ti, MAXQDA, QualCoder or Glosa, into tags and annotations.
//!
//! Source of the rules: the REFI-QDA standard 1.5 (`Project.xsd`, `Codebook.xsd`,
//! <https://www.qdasoftware.org>) and what real exporters do differently from it.
//!
//! # What is read
//!
//! - The archive: at most [`crate::import::MAX_ZIP_ENTRIES`] entries, each at most
//!   [`crate::import::MAX_PART_BYTES`] once decompressed and at most
//!   [`MAX_TOTAL_BYTES`] in all. These are checked first on the sizes the
//!   central directory declares, with the compression ratio of each entry over
//!   1 MiB (at most [`MAX_COMPRESSION_RATIO`]), so a ZIP bomb is refused before
//!   anything is inflated; then each entry is inflated with a hard cap at its
//!   declared size (an entry that lies about its size is refused). An entry name that is
//!   absolute (`/x`, `C:\x`, `\\server\x`) or climbs with `..` makes the whole file
//!   refused (nothing is ever written from an entry name). The project is
//!   `project.qde`, or else the one `*.qde` at the top (ATLAS.ti names it after
//!   the project). Sources are looked up under `sources/` or `Sources/` (any case).
//! - The XML: a byte order mark is skipped; the namespace `urn:QDA-XML:project:1.0`
//!   (or `…:codebook:1.0`) may be the default or bound to any prefix (elements are
//!   matched by local name). Read: `User`s, `Code`s (nested codes: hierarchy),
//!   `TextSource`s with `plainTextPath` (`internal://…`) or `PlainTextContent`,
//!   their `PlainTextSelection`s, `Coding`s and `NoteRef`s, and `Note`s; the
//!   document `Variable`s and each text source's `VariableValue`s (for a Glosa
//!   project's document attributes). A `TextSource` with only a `richTextPath`
//!   (a Word file) is read with [`crate::import::docx`]; a `PDFSource` uses its
//!   plain-text `Representation` (whose `PlainTextSelection`s are its codings),
//!   else its PDF read with [`crate::import::pdf`]; either way the text is the
//!   document's paragraphs joined by line feeds ([`SourceIn::converted_from`]).
//!   A `PDFSelection` (a page area) has no place in any text: it comes in as an
//!   orphan with its codes, the area in its note, and a [`Misfit`] saying why.
//!   Elements the standard has but Glosa does
//!   not use (cases, sets, graphs, links, picture, audio and video sources) are counted in
//!   [`QdaProject::skipped`]; elements the standard does not have are counted in
//!   [`QdaProject::unknown`]. Neither is imported; both are reported.
//!
//! # Offsets: which unit a file counts in
//!
//! The standard counts Unicode code points (§10.2); real exporters do not all do
//! so. Per source, each reading of the positions ([`Unit`]) is tried on all the
//! source's selections, and the one under which the most selections fit (inside
//! the text, not inside a character or a CRLF pair) and begin and end on word
//! boundaries wins, with a selection whose `name` is exactly its text counting
//! double. Ties go to the unit the `origin` attribute suggests (NVivo: UTF-16;
//! ATLAS.ti: line break as one), then to code points. Each selection is then
//! converted exactly; one that does not fit (outside the text, or inside a
//! character) becomes an orphan with its `name` as its quote, and is listed.
//!
//! | reading | a CRLF counts | an astral character (emoji) counts | who |
//! |---|---|---|---|
//! | [`Unit::CodePoints`] | 2 | 1 | the standard, Glosa, QualCoder, MAXQDA |
//! | [`Unit::Utf16`] | 2 | 2 | NVivo 12 (BOM not counted) |
//! | [`Unit::CodePointsLineBreak1`] | 1 | 1 | ATLAS.ti (CRLF source, line break = 1) |
//! | [`Unit::Utf16LineBreak1`] | 1 | 2 | for completeness |

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use super::xml::{attribute, reference_text};
use super::{MAX_PART_BYTES, MAX_ZIP_ENTRIES};
use crate::export::source_map::SourceText;
use crate::import::web_annotation::{self, ImportPlan, Incoming, TargetIn};
use crate::model::annotation::CONTEXT_CHARS;
use crate::model::{AnnotationId, AnnotationSet, Color, Document, Edit, Tag, TagId, Timestamp};

/// Most bytes all entries of a QDPX may decompress to together: 1 GiB.
pub const MAX_TOTAL_BYTES: u64 = 1024 * 1024 * 1024;

/// Most elements nested in a `.qde`.
const MAX_DEPTH: usize = 4096;

/// Why a REFI-QDA file could not be read. One line; the caller adds the path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RefiImportError {
    /// The archive is damaged, hostile or over a limit.
    #[error("not a readable QDPX project: {0}")]
    Archive(String),
    /// The XML is malformed.
    #[error("malformed XML in {part} near byte {position}: {message}")]
    Xml {
        /// `project.qde` or the codebook.
        part: String,
        /// Byte offset.
        position: u64,
        /// What the parser said (first line).
        message: String,
    },
    /// A file named `.qdpx` that is not a ZIP archive.
    #[error("not a ZIP archive (REFI-QDA projects are .qdpx ZIP files)")]
    NotZip,
    /// The root is neither `Project` nor `CodeBook`.
    #[error("not a REFI-QDA project or codebook (the root element is <{0}>)")]
    NotRefi(String),
    /// The XML has a document type declaration (`<!DOCTYPE …>`). REFI-QDA files
    /// never need one, and its entities can read local files (XXE) or expand
    /// without bound ("billion laughs"), so none is accepted.
    #[error("{0} has a DOCTYPE declaration, which REFI-QDA files never need and Glosa refuses (entities)")]
    DocType(String),
}

/// How a file counts `startPosition`/`endPosition`; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// Unicode code points (the standard).
    CodePoints,
    /// UTF-16 code units (NVivo).
    Utf16,
    /// Code points, a CRLF counted as one (ATLAS.ti).
    CodePointsLineBreak1,
    /// UTF-16 code units, a CRLF counted as one.
    Utf16LineBreak1,
}

impl Unit {
    /// Every reading, in order of preference on a tie.
    pub const ALL: [Unit; 4] = [Unit::CodePoints, Unit::Utf16, Unit::CodePointsLineBreak1, Unit::Utf16LineBreak1];

    /// A short name for reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CodePoints => "code points",
            Self::Utf16 => "UTF-16 code units",
            Self::CodePointsLineBreak1 => "code points, line break = 1",
            Self::Utf16LineBreak1 => "UTF-16 code units, line break = 1",
        }
    }

    /// How many positions `c` takes; `next_is_lf` tells whether a CR is followed
    /// by LF (then it takes none under the line-break-as-one readings).
    fn width(self, c: char, next_is_lf: bool) -> usize {
        if c == '\r' && next_is_lf && matches!(self, Self::CodePointsLineBreak1 | Self::Utf16LineBreak1) {
            return 0;
        }
        match self {
            Self::CodePoints | Self::CodePointsLineBreak1 => 1,
            Self::Utf16 | Self::Utf16LineBreak1 => c.len_utf16(),
        }
    }
}

/// A code (a tag to be), with its place in the hierarchy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeIn {
    /// Its GUID as written.
    pub guid: String,
    /// Its name, exactly as written.
    pub name: String,
    /// `#RRGGBB`/`#RGB` colour, if any and valid.
    pub color: Option<Color>,
    /// Its description.
    pub description: String,
    /// The names of the codes above it, outermost first (empty at the top).
    pub parents: Vec<String>,
}

/// One coded passage as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SelectionIn {
    /// Its GUID.
    pub guid: String,
    /// Its `name` (many tools put the selected text there).
    pub name: String,
    /// `startPosition`, `endPosition` in the file's unit.
    pub start: u64,
    /// End (exclusive).
    pub end: u64,
    /// GUID of the user who made it.
    pub user: Option<String>,
    /// When.
    pub created: Option<Timestamp>,
    /// Last change.
    pub modified: Option<Timestamp>,
    /// Codes applied: (code GUID, user GUID).
    pub codings: Vec<(String, Option<String>)>,
    /// Notes referenced.
    pub notes: Vec<String>,
    /// For a `PDFSelection`: the area it covers (`page 2, (72, 540)–(300, 560)`,
    /// PDF points). Such a selection has no place in the text: it is imported
    /// as an orphan, and said.
    pub pdf_area: Option<String>,
}

/// A text source with its selections.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceIn {
    /// Its GUID.
    pub guid: String,
    /// Its `name` (usually the original file name).
    pub name: String,
    /// The plain text's bytes (from `sources/` or `PlainTextContent`), `None` when
    /// missing.
    pub bytes: Option<Vec<u8>>,
    /// The selections.
    pub selections: Vec<SelectionIn>,
    /// Its variables' values: (variable GUID as a key, see [`guid_key`]; the
    /// value's text as written, trimmed).
    pub values: Vec<(String, String)>,
    /// Where the plain text came from when the source had none of its own: `DOCX`
    /// (a `TextSource` with only a `richTextPath`) or `PDF` (a `PDFSource` without
    /// a plain-text `Representation`), read with Glosa's own readers and written
    /// as paragraphs joined by line feeds ([`crate::export::refi::plain_text`]).
    pub converted_from: Option<&'static str>,
    /// Why there is no text, when `bytes` is `None` and a reason is known (a
    /// missing file, a DOCX or PDF that cannot be read).
    pub problem: Option<String>,
}

/// Fills in `source`'s text from its rich-text or PDF file when it has no plain
/// text: `pending` is the reader's name (`DOCX`, `PDF`) and the file's bytes
/// (`None`: not in the archive).
fn convert_source(source: &mut SourceIn, pending: Option<(&'static str, Option<Vec<u8>>)>) {
    let Some((kind, bytes)) = pending else { return };
    if source.bytes.is_some() {
        return;
    }
    let Some(bytes) = bytes else {
        source.problem = Some(format!("its {kind} file is not in the archive"));
        return;
    };
    let read = match kind {
        "PDF" => super::pdf::read_pdf(&bytes, &source.name),
        _ => super::docx::read_docx(&bytes, &source.name),
    };
    match read {
        Ok(document) => {
            source.bytes = Some(crate::export::refi::plain_text(&document).into_bytes());
            source.converted_from = Some(kind);
        }
        Err(e) => source.problem = Some(format!("its {kind} file cannot be read ({e})")),
    }
}

/// A document variable (`Variable`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VariableIn {
    /// Its GUID as a key ([`guid_key`]).
    pub guid: String,
    /// Its name.
    pub name: String,
    /// Its `typeOfVariable` as written (`Text`, `Boolean`, `Integer`, `Float`,
    /// `Date`, `DateTime`).
    pub kind: String,
    /// Its description.
    pub description: String,
}

/// What a `.qdpx` or `.qdc` holds, as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QdaProject {
    /// Whether the file is a codebook (`CodeBook` root) rather than a project.
    pub codebook: bool,
    /// The project's name (empty for a codebook).
    pub name: String,
    /// The `origin` attribute (the exporting program), if any.
    pub origin: Option<String>,
    /// Users by GUID (upper-cased, braces removed).
    pub users: HashMap<String, String>,
    /// Codes in document order (parents before children).
    pub codes: Vec<CodeIn>,
    /// Text sources.
    pub sources: Vec<SourceIn>,
    /// Notes by GUID: their text.
    pub notes: HashMap<String, String>,
    /// Document variables, in document order.
    pub variables: Vec<VariableIn>,
    /// Standard elements not imported, by name, with counts.
    pub skipped: BTreeMap<String, usize>,
    /// Elements the standard does not have, by name, with counts.
    pub unknown: BTreeMap<String, usize>,
}

/// The largest ratio of decompressed to compressed size an entry over
/// [`RATIO_CHECKED_ABOVE`] bytes may declare (text and XML compress 3–20 times
/// with deflate; deflate cannot exceed about 1032:1, which bombs approach).
pub const MAX_COMPRESSION_RATIO: u64 = 200;

/// Entries declaring at most this many bytes (1 MiB) are not held to
/// [`MAX_COMPRESSION_RATIO`]: whatever their ratio, they are small.
pub const RATIO_CHECKED_ABOVE: u64 = 1024 * 1024;

/// Refuses the archive from its central directory alone, before anything is
/// inflated: an entry that declares more than [`MAX_PART_BYTES`], entries that
/// declare more than [`MAX_TOTAL_BYTES`] in all, or an entry over
/// [`RATIO_CHECKED_ABOVE`] whose declared size is more than
/// [`MAX_COMPRESSION_RATIO`] times its compressed size.
///
/// # Errors
/// [`RefiImportError::Archive`] naming the entry.
fn check_declared_sizes(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Result<(), RefiImportError> {
    let archive = |m: String| RefiImportError::Archive(m);
    let mut total = 0u64;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| archive(format!("the ZIP archive is damaged ({e})")))?;
        let name: String = entry.name().map(|n| n.chars().take(120).collect()).unwrap_or_default();
        let (size, compressed) = (entry.size(), entry.compressed_size());
        if size > MAX_PART_BYTES {
            return Err(archive(format!(
                "{name} expands to more than {} MiB (a ZIP bomb?)",
                MAX_PART_BYTES / (1024 * 1024)
            )));
        }
        if size > RATIO_CHECKED_ABOVE && size / compressed.max(1) > MAX_COMPRESSION_RATIO {
            return Err(archive(format!(
                "{name} would expand {} times ({size} bytes from {compressed}), over the limit of \
                 {MAX_COMPRESSION_RATIO} (a ZIP bomb?)",
                size / compressed.max(1)
            )));
        }
        total = total.saturating_add(size);
        if total > MAX_TOTAL_BYTES {
            return Err(archive(format!(
                "the entries expand to more than {} MiB in all (a ZIP bomb?)",
                MAX_TOTAL_BYTES / (1024 * 1024)
            )));
        }
    }
    Ok(())
}

/// A GUID as a key: upper case, without braces.
pub fn guid_key(guid: &str) -> String {
    guid.trim().trim_start_matches('{').trim_end_matches('}').to_ascii_uppercase()
}

/// Reads a `.qdpx` (ZIP) or `.qdc`/`.qde` (XML) from its bytes, by content.
///
/// # Errors
/// [`RefiImportError`] with a one-line message.
pub fn read(bytes: &[u8]) -> Result<QdaProject, RefiImportError> {
    if bytes.starts_with(b"PK") { read_qdpx(bytes) } else { read_xml(bytes, "the codebook", &mut |_| None) }
}

/// As [`read`], for the bytes of the file at `path`: a file named `*.qdpx` (any
/// letter case) must be a ZIP archive.
///
/// # Errors
/// [`RefiImportError::NotZip`] for a `.qdpx` that does not start as a ZIP
/// archive (`PK\x03\x04`, or `PK\x05\x06` for an empty one); otherwise as
/// [`read`].
pub fn read_named(bytes: &[u8], path: &std::path::Path) -> Result<QdaProject, RefiImportError> {
    let qdpx = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("qdpx"));
    if qdpx && !(bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")) {
        return Err(RefiImportError::NotZip);
    }
    read(bytes)
}

/// Reads a `.qdpx` archive.
///
/// # Errors
/// See the module docs: unsafe entry names, too many or too large entries, no
/// `.qde`, malformed XML.
pub fn read_qdpx(bytes: &[u8]) -> Result<QdaProject, RefiImportError> {
    let archive = |m: String| RefiImportError::Archive(m);
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| archive(format!("the ZIP archive is damaged ({e})")))?;
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(archive(format!("the archive lists {} entries, over the limit of {MAX_ZIP_ENTRIES}", zip.len())));
    }
    let names: Vec<String> = zip
        .file_names()
        .map(|n| n.map(std::borrow::Cow::into_owned))
        .collect::<Result<_, _>>()
        .map_err(|e| archive(format!("an entry name cannot be read ({e})")))?;
    for name in &names {
        if unsafe_name(name) {
            return Err(archive(format!(
                "the archive has an entry named “{}” that leads outside its folder (absolute or ..); refused",
                name.chars().take(120).collect::<String>()
            )));
        }
    }
    let qde = names
        .iter()
        .find(|n| n.eq_ignore_ascii_case("project.qde"))
        .or_else(|| {
            let top: Vec<&String> =
                names.iter().filter(|n| !n.contains('/') && n.to_ascii_lowercase().ends_with(".qde")).collect();
            (top.len() == 1).then(|| top[0])
        })
        .cloned()
        .ok_or_else(|| archive("no project.qde (nor a single .qde file) in the archive".to_owned()))?;
    check_declared_sizes(&mut zip)?;
    let mut total = 0u64;
    let mut read_entry = |zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str| -> Result<Vec<u8>, RefiImportError> {
        let mut entry = zip.by_name(name).map_err(|e| archive(format!("{name} cannot be read ({e})")))?;
        if entry.encrypted() {
            return Err(archive(format!("{name} is encrypted")));
        }
        // Streamed with a hard cap: never more than the size the archive declares
        // (checked above) nor the limits, whatever the compressed data holds.
        let limit = MAX_PART_BYTES.min(MAX_TOTAL_BYTES - total);
        let cap = entry.size().min(limit);
        let mut out = Vec::with_capacity(cap.min(64 * 1024 * 1024) as usize);
        (&mut entry)
            .take(cap + 1)
            .read_to_end(&mut out)
            .map_err(|e| archive(format!("{name} cannot be decompressed ({e})")))?;
        if out.len() as u64 > limit {
            return Err(archive(format!("{name} expands to more than {} MiB (a ZIP bomb?)", limit / (1024 * 1024))));
        }
        if out.len() as u64 > cap {
            return Err(archive(format!("{name} expands beyond the size the archive declares (a ZIP bomb?)")));
        }
        total += out.len() as u64;
        Ok(out)
    };
    let xml = read_entry(&mut zip, &qde)?;
    // Source files by lower-cased name inside `sources/`.
    let sources: HashMap<String, String> = names
        .iter()
        .filter_map(|n| {
            let lower = n.to_ascii_lowercase();
            lower.strip_prefix("sources/").map(|rest| (rest.to_owned(), n.clone()))
        })
        .collect();
    let mut failure = None;
    let mut fetch = |path: &str| -> Option<Vec<u8>> {
        let file = path.strip_prefix("internal://").unwrap_or(path).to_ascii_lowercase();
        let name = sources.get(&file).or_else(|| sources.get(file.rsplit('/').next().unwrap_or(&file)))?;
        match read_entry(&mut zip, name) {
            Ok(bytes) => Some(bytes),
            Err(e) => {
                failure.get_or_insert(e);
                None
            }
        }
    };
    let project = read_xml(&xml, &qde, &mut fetch)?;
    match failure {
        Some(e) => Err(e),
        None => Ok(project),
    }
}

/// Whether a ZIP entry name is absolute or climbs out with `..`.
fn unsafe_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    name.starts_with('/')
        || name.starts_with('\\')
        || (bytes.len() >= 2 && bytes[1] == b':')
        || name.split(['/', '\\']).any(|part| part == "..")
}

/// Elements of Project.xsd and Codebook.xsd that Glosa reads or knowingly skips.
const READ: &[&str] = &[
    "Project",
    "CodeBook",
    "Users",
    "User",
    "Codes",
    "Code",
    "Description",
    "Sources",
    "TextSource",
    "PlainTextContent",
    "PlainTextSelection",
    "Coding",
    "CodeRef",
    "NoteRef",
    "Notes",
    "Note",
    "Variables",
    "Variable",
    "VariableValue",
    "VariableRef",
    "PDFSource",
    "Representation",
    "PDFSelection",
    "TextValue",
    "BooleanValue",
    "IntegerValue",
    "FloatValue",
    "DateValue",
    "DateTimeValue",
];
/// Standard elements whose content is not imported (their children are not
/// counted separately).
const SKIP: &[&str] = &[
    "Cases",
    "Sets",
    "Graphs",
    "Links",
    "PictureSource",
    "AudioSource",
    "VideoSource",
    "TextDescription",
    "Transcript",
];

/// What the parser is inside of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Within {
    Other,
    Code,
    Source,
    Selection,
    Note,
    Coding,
    Variable,
    VariableValue,
}

#[allow(clippy::too_many_lines, reason = "one streaming pass over the XML; each element's case is short")]
fn read_xml(
    xml: &[u8],
    part: &str,
    fetch: &mut dyn FnMut(&str) -> Option<Vec<u8>>,
) -> Result<QdaProject, RefiImportError> {
    let xml = xml.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(xml);
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut project = QdaProject::default();
    let mut stack: Vec<(String, Within)> = Vec::new();
    let mut skipping: Option<usize> = None;
    let mut code_stack: Vec<usize> = Vec::new();
    let mut source: Option<SourceIn> = None;
    let mut selection: Option<SelectionIn> = None;
    let mut note: Option<(String, String)> = None;
    let mut text = String::new();
    let mut collecting = false;
    let mut root_seen = false;
    // A source's DOCX or PDF, read when the source ends if it has no plain text.
    let mut pending: Option<(&'static str, Option<Vec<u8>>)> = None;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| RefiImportError::Xml {
            part: part.to_owned(),
            position: reader.buffer_position(),
            message: e.to_string().lines().next().unwrap_or_default().chars().take(120).collect(),
        })?;
        if matches!(event, Event::DocType(_)) {
            return Err(RefiImportError::DocType(part.to_owned()));
        }
        let (start, empty) = match &event {
            Event::Start(_) => (true, false),
            Event::Empty(_) => (true, true),
            _ => (false, false),
        };
        match &event {
            Event::Start(e) | Event::Empty(e) if start => {
                let local = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if !root_seen {
                    root_seen = true;
                    if local != "Project" && local != "CodeBook" {
                        return Err(RefiImportError::NotRefi(local));
                    }
                    project.codebook = local == "CodeBook";
                    project.name = attribute(e, b"name").unwrap_or_default();
                    project.origin = attribute(e, b"origin");
                }
                if skipping.is_none() {
                    if SKIP.contains(&local.as_str()) {
                        *project.skipped.entry(local.clone()).or_default() += 1;
                        if !empty {
                            skipping = Some(stack.len());
                        }
                    } else if !READ.contains(&local.as_str()) {
                        *project.unknown.entry(local.clone()).or_default() += 1;
                        if !empty {
                            skipping = Some(stack.len());
                        }
                    }
                }
                let mut within = Within::Other;
                if skipping.is_none() {
                    let parent = stack.last().map(|(_, w)| *w);
                    match local.as_str() {
                        "User" => {
                            if let Some(guid) = attribute(e, b"guid") {
                                project.users.insert(guid_key(&guid), attribute(e, b"name").unwrap_or_default());
                            }
                        }
                        "Code" => {
                            let parents = code_stack
                                .iter()
                                .filter_map(|&i| project.codes.get(i).map(|c: &CodeIn| c.name.clone()))
                                .collect();
                            project.codes.push(CodeIn {
                                guid: guid_key(&attribute(e, b"guid").unwrap_or_default()),
                                name: attribute(e, b"name").unwrap_or_default(),
                                color: attribute(e, b"color").and_then(|c| parse_color(&c)),
                                description: String::new(),
                                parents,
                            });
                            if !empty {
                                code_stack.push(project.codes.len() - 1);
                                within = Within::Code;
                            }
                        }
                        "TextSource" | "PDFSource" if parent != Some(Within::Source) => {
                            let mut new = SourceIn {
                                guid: guid_key(&attribute(e, b"guid").unwrap_or_default()),
                                name: attribute(e, b"name").unwrap_or_default(),
                                ..SourceIn::default()
                            };
                            pending = None;
                            if local == "PDFSource" {
                                pending = attribute(e, b"path").map(|path| ("PDF", fetch(&path)));
                            } else if let Some(path) = attribute(e, b"plainTextPath") {
                                new.bytes = fetch(&path);
                            } else if let Some(path) = attribute(e, b"richTextPath") {
                                pending = Some(("DOCX", fetch(&path)));
                            }
                            if empty {
                                convert_source(&mut new, pending.take());
                                project.sources.push(new);
                            } else {
                                source = Some(new);
                                within = Within::Source;
                            }
                        }
                        // A PDF's plain text: its PlainTextSelections are the codings.
                        "Representation" if parent == Some(Within::Source) => {
                            if let (Some(s), Some(path)) = (source.as_mut(), attribute(e, b"plainTextPath")) {
                                s.bytes = fetch(&path);
                            }
                        }
                        "Note" => {
                            let guid = guid_key(&attribute(e, b"guid").unwrap_or_default());
                            let body = attribute(e, b"plainTextPath")
                                .and_then(|p| fetch(&p))
                                .map(|b| {
                                    String::from_utf8_lossy(b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&b)).into_owned()
                                })
                                .unwrap_or_default();
                            if empty {
                                project.notes.insert(guid, body);
                            } else {
                                note = Some((guid, body));
                                within = Within::Note;
                            }
                        }
                        // A PDF's area selections (children of the PDFSource) are read
                        // like text selections, with their area instead of positions.
                        "PlainTextSelection" | "PDFSelection"
                            if local == "PlainTextSelection" || parent == Some(Within::Source) =>
                        {
                            let number = |n: &[u8]| attribute(e, n).and_then(|v| v.trim().parse::<u64>().ok());
                            let text = |n: &[u8]| attribute(e, n).unwrap_or_default().trim().to_owned();
                            let pdf_area = (local == "PDFSelection").then(|| {
                                format!(
                                    "page {}, ({}, {})–({}, {})",
                                    text(b"page"),
                                    text(b"firstX"),
                                    text(b"firstY"),
                                    text(b"secondX"),
                                    text(b"secondY")
                                )
                            });
                            let new = SelectionIn {
                                guid: guid_key(&attribute(e, b"guid").unwrap_or_default()),
                                name: attribute(e, b"name").unwrap_or_default(),
                                start: number(b"startPosition").unwrap_or(u64::MAX),
                                end: number(b"endPosition").unwrap_or(u64::MAX),
                                user: attribute(e, b"creatingUser").map(|g| guid_key(&g)),
                                created: attribute(e, b"creationDateTime").and_then(|t| parse_time(&t)),
                                modified: attribute(e, b"modifiedDateTime").and_then(|t| parse_time(&t)),
                                pdf_area,
                                ..SelectionIn::default()
                            };
                            if empty {
                                if let Some(s) = source.as_mut() {
                                    s.selections.push(new);
                                }
                            } else {
                                selection = Some(new);
                                within = Within::Selection;
                            }
                        }
                        "Coding" => {
                            if let Some(s) = selection.as_mut() {
                                s.codings.push((String::new(), attribute(e, b"creatingUser").map(|g| guid_key(&g))));
                                within = Within::Coding;
                            }
                        }
                        "CodeRef" if parent == Some(Within::Coding) => {
                            if let Some((code, _)) = selection.as_mut().and_then(|s| s.codings.last_mut()) {
                                *code = guid_key(&attribute(e, b"targetGUID").unwrap_or_default());
                            }
                        }
                        "NoteRef" if parent == Some(Within::Selection) => {
                            if let Some(s) = selection.as_mut() {
                                s.notes.push(guid_key(&attribute(e, b"targetGUID").unwrap_or_default()));
                            }
                        }
                        "Variable" => {
                            project.variables.push(VariableIn {
                                guid: guid_key(&attribute(e, b"guid").unwrap_or_default()),
                                name: attribute(e, b"name").unwrap_or_default(),
                                kind: attribute(e, b"typeOfVariable").unwrap_or_default().trim().to_owned(),
                                description: String::new(),
                            });
                            within = Within::Variable;
                        }
                        "VariableValue" if parent == Some(Within::Source) => {
                            if let Some(s) = source.as_mut() {
                                s.values.push((String::new(), String::new()));
                                within = Within::VariableValue;
                            }
                        }
                        "VariableRef" if parent == Some(Within::VariableValue) => {
                            if let Some((guid, _)) = source.as_mut().and_then(|s| s.values.last_mut()) {
                                *guid = guid_key(&attribute(e, b"targetGUID").unwrap_or_default());
                            }
                        }
                        "TextValue" | "BooleanValue" | "IntegerValue" | "FloatValue" | "DateValue"
                        | "DateTimeValue"
                            if parent == Some(Within::VariableValue) =>
                        {
                            collecting = !empty;
                            text.clear();
                        }
                        "Description" | "PlainTextContent" => {
                            collecting = !empty;
                            text.clear();
                        }
                        _ => {}
                    }
                }
                if !empty {
                    if stack.len() >= MAX_DEPTH {
                        return Err(RefiImportError::Archive(format!(
                            "{part} nests elements more than {MAX_DEPTH} deep"
                        )));
                    }
                    stack.push((local, within));
                }
            }
            Event::End(_) => {
                let Some((local, within)) = stack.pop() else { continue };
                if skipping == Some(stack.len()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                let parent = stack.last().map(|(_, w)| *w);
                match (local.as_str(), within) {
                    ("Description", _) if parent == Some(Within::Code) => {
                        if let Some(&i) = code_stack.last() {
                            project.codes[i].description = std::mem::take(&mut text);
                        }
                        collecting = false;
                    }
                    ("Description", _) if parent == Some(Within::Variable) => {
                        if let Some(variable) = project.variables.last_mut() {
                            variable.description = std::mem::take(&mut text);
                        }
                        collecting = false;
                    }
                    (
                        "TextValue" | "BooleanValue" | "IntegerValue" | "FloatValue" | "DateValue" | "DateTimeValue",
                        _,
                    ) if parent == Some(Within::VariableValue) => {
                        if let Some((_, value)) = source.as_mut().and_then(|s| s.values.last_mut()) {
                            std::mem::take(&mut text).trim().clone_into(value);
                        }
                        collecting = false;
                    }
                    ("PlainTextContent", _) => {
                        match parent {
                            Some(Within::Note) => {
                                if let Some(n) = note.as_mut() {
                                    n.1 = std::mem::take(&mut text);
                                }
                            }
                            Some(Within::Source) => {
                                if let Some(s) = source.as_mut() {
                                    s.bytes.get_or_insert_with(|| std::mem::take(&mut text).into_bytes());
                                }
                            }
                            _ => {}
                        }
                        collecting = false;
                    }
                    ("Description", _) => collecting = false,
                    (_, Within::Code) => {
                        code_stack.pop();
                    }
                    (_, Within::Selection) => {
                        if let (Some(s), Some(done)) = (source.as_mut(), selection.take()) {
                            s.selections.push(done);
                        }
                    }
                    (_, Within::Source) => {
                        if let Some(mut done) = source.take() {
                            convert_source(&mut done, pending.take());
                            project.sources.push(done);
                        }
                    }
                    (_, Within::Note) => {
                        if let Some((guid, body)) = note.take() {
                            project.notes.insert(guid, body);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if collecting && skipping.is_none() => {
                if let Ok(s) = t.xml_content(quick_xml::XmlVersion::Implicit1_0) {
                    text.push_str(&s);
                }
            }
            Event::CData(t) if collecting && skipping.is_none() => {
                if let Ok(s) = t.decode() {
                    text.push_str(&s);
                }
            }
            Event::GeneralRef(r) if collecting && skipping.is_none() => reference_text(r, &mut text),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !root_seen {
        return Err(RefiImportError::NotRefi(String::new()));
    }
    Ok(project)
}

fn parse_color(value: &str) -> Option<Color> {
    let hex = value.trim().strip_prefix('#')?;
    match hex.len() {
        6 => Color::from_hex(value.trim()),
        3 => {
            let long: String = hex.chars().flat_map(|c| [c, c]).collect();
            Color::from_hex(&format!("#{long}"))
        }
        _ => None,
    }
}

fn parse_time(value: &str) -> Option<Timestamp> {
    let value = value.trim();
    value.parse::<Timestamp>().ok().or_else(|| {
        // No zone: read as UTC.
        value.parse::<jiff::civil::DateTime>().ok().and_then(|d| jiff::tz::TimeZone::UTC.to_timestamp(d).ok())
    })
}

/// For each position (any order), the (byte, code point) where it falls in
/// `text` under `unit`, `None` past the end or inside a character or CRLF pair.
/// One pass over the text.
pub fn map_positions(text: &str, unit: Unit, positions: &[u64]) -> Vec<Option<(usize, usize)>> {
    let mut order: Vec<usize> = (0..positions.len()).collect();
    order.sort_by_key(|&i| positions[i]);
    let mut out = vec![None; positions.len()];
    let mut next = order.into_iter().peekable();
    let mut count = 0u64;
    let mut chars = 0usize;
    let mut iter = text.char_indices().peekable();
    loop {
        let byte = iter.peek().map_or(text.len(), |&(b, _)| b);
        while let Some(&i) = next.peek() {
            match positions[i].cmp(&count) {
                // Inside the previous character: no fit.
                std::cmp::Ordering::Less => {}
                std::cmp::Ordering::Equal => out[i] = Some((byte, chars)),
                std::cmp::Ordering::Greater => break,
            }
            next.next();
        }
        let Some((_, c)) = iter.next() else { break };
        let next_is_lf = iter.peek().is_some_and(|&(_, n)| n == '\n');
        count += unit.width(c, next_is_lf) as u64;
        chars += 1;
    }
    out
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether byte `at` of `text` is a word boundary (not between two word characters).
fn word_boundary(text: &str, at: usize) -> bool {
    let before = text.get(..at).and_then(|t| t.chars().next_back());
    let after = text.get(at..).and_then(|t| t.chars().next());
    !matches!((before, after), (Some(a), Some(b)) if is_word(a) && is_word(b))
}

/// The unit a source's selections are counted in (see the module docs), with the
/// score of each reading.
pub fn detect_unit(text: &str, selections: &[SelectionIn], origin: Option<&str>) -> (Unit, Vec<(Unit, usize)>) {
    let hint = origin.map(str::to_ascii_lowercase).and_then(|o| {
        if o.contains("nvivo") {
            Some(Unit::Utf16)
        } else if o.contains("atlas") {
            Some(Unit::CodePointsLineBreak1)
        } else {
            None
        }
    });
    let positions: Vec<u64> = selections.iter().flat_map(|s| [s.start, s.end]).collect();
    let mut scores = Vec::new();
    for unit in Unit::ALL {
        let mapped = map_positions(text, unit, &positions);
        let mut score = 0;
        for (i, selection) in selections.iter().enumerate() {
            if let (Some((s, _)), Some((e, _))) = (mapped[2 * i], mapped[2 * i + 1])
                && s < e
            {
                if word_boundary(text, s) && word_boundary(text, e) {
                    score += 2;
                }
                if !selection.name.is_empty() && text.get(s..e) == Some(selection.name.as_str()) {
                    score += 2;
                }
            }
        }
        scores.push((unit, score));
    }
    let best = scores.iter().map(|(_, s)| *s).max().unwrap_or(0);
    let winner = hint
        .filter(|h| scores.iter().any(|(u, s)| u == h && *s == best))
        .or_else(|| scores.iter().find(|(_, s)| *s == best).map(|(u, _)| *u))
        .unwrap_or(Unit::CodePoints);
    (winner, scores)
}

/// A selection that could not be placed by its position, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Misfit {
    /// The selection's GUID.
    pub guid: String,
    /// Its name (the text it is said to have), maybe empty.
    pub name: String,
    /// Why.
    pub reason: String,
}

/// A source's selections as [`Incoming`] annotations, in code points of the
/// source's decoded text (its reading text), with the quote, prefix and suffix
/// taken from that text.
#[derive(Clone, Debug, Default)]
pub struct SourceReading {
    /// The unit chosen, with every reading's score.
    pub unit: Option<(Unit, Vec<(Unit, usize)>)>,
    /// One per selection.
    pub incoming: Vec<Incoming>,
    /// Selections whose position did not fit (imported as orphans with their
    /// name as quote).
    pub misfits: Vec<Misfit>,
}

/// Reads the selections of `source` against its decoded text `text` (the
/// [`crate::model::decode::decode`] text of [`SourceIn::bytes`]).
pub fn read_selections(project: &QdaProject, source: &SourceIn, text: &str) -> SourceReading {
    let (unit, scores) = detect_unit(text, &source.selections, project.origin.as_deref());
    let positions: Vec<u64> = source.selections.iter().flat_map(|s| [s.start, s.end]).collect();
    let mapped = map_positions(text, unit, &positions);
    let glosa = project.origin.as_deref().is_some_and(|o| o.starts_with("Glosa"));
    let codes: HashMap<&str, &CodeIn> = project.codes.iter().map(|c| (c.guid.as_str(), c)).collect();
    let mut reading = SourceReading { unit: Some((unit, scores)), ..SourceReading::default() };
    for (i, selection) in source.selections.iter().enumerate() {
        let user = selection.user.as_ref().or_else(|| selection.codings.iter().find_map(|c| c.1.as_ref()));
        let author = user.and_then(|u| project.users.get(u)).filter(|n| !n.is_empty()).cloned();
        let mut note = String::new();
        for guid in &selection.notes {
            if let Some(body) = project.notes.get(guid).filter(|b| !b.is_empty()) {
                if !note.is_empty() {
                    note.push_str("\n\n");
                }
                note.push_str(body);
            }
        }
        let mut tags = Vec::new();
        for (code, _) in &selection.codings {
            if let Some(code) = codes.get(code.as_str()) {
                tags.push((None, code.name.clone()));
            }
        }
        let id = match selection.guid.replace('-', "").len() {
            32 if glosa => u128::from_str_radix(&selection.guid.replace('-', ""), 16).map_or_else(
                |_| format!("urn:uuid:{}", selection.guid.to_ascii_lowercase()),
                |n| format!("urn:glosa:annotation:{}", ulid::Ulid::from(n)),
            ),
            _ => format!("urn:uuid:{}", selection.guid.to_ascii_lowercase()),
        };
        let target = match (mapped[2 * i], mapped[2 * i + 1]) {
            _ if selection.pdf_area.is_some() => {
                let area = selection.pdf_area.as_deref().unwrap_or_default();
                let reason = format!("a PDF area selection ({area}) has no place in the text");
                reading.misfits.push(Misfit { guid: selection.guid.clone(), name: selection.name.clone(), reason });
                if !note.is_empty() {
                    note.push_str("\n\n");
                }
                let _ = write!(note, "PDF area selection, {area}");
                if !selection.name.is_empty() {
                    let _ = write!(note, ": “{}”", selection.name);
                }
                TargetIn { source: None, quote: None, position: None, fragment: None }
            }
            (Some((s, sc)), Some((e, ec))) if s < e => {
                let exact = text[s..e].to_owned();
                let prefix_start = text[..s].char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(b, _)| b);
                let after = &text[e..];
                let suffix_end = after.char_indices().nth(CONTEXT_CHARS).map_or(after.len(), |(b, _)| b);
                TargetIn {
                    source: None,
                    quote: Some((exact, text[prefix_start..s].to_owned(), after[..suffix_end].to_owned())),
                    position: Some((sc, ec)),
                    fragment: None,
                }
            }
            _ => {
                let reason = if selection.start >= selection.end {
                    format!("empty or reversed position {}..{}", selection.start, selection.end)
                } else {
                    format!(
                        "position {}..{} does not fit the text ({} counted as {})",
                        selection.start,
                        selection.end,
                        text.chars().count(),
                        unit.as_str()
                    )
                };
                reading.misfits.push(Misfit { guid: selection.guid.clone(), name: selection.name.clone(), reason });
                TargetIn {
                    source: None,
                    quote: (!selection.name.is_empty()).then(|| (selection.name.clone(), String::new(), String::new())),
                    position: None,
                    fragment: None,
                }
            }
        };
        reading.incoming.push(Incoming {
            id,
            created: selection.created,
            modified: selection.modified,
            author,
            note,
            tags,
            targets: vec![target],
            references: Vec::new(),
        });
    }
    reading
}

/// A code matched to a tag: linked to an existing tag of the same normalized name,
/// or new.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeMatch {
    /// Linked to this existing tag (same normalized name).
    Linked(TagId),
    /// Added as this new tag.
    Added(TagId),
}

/// A name compared with others: NFKD without combining marks, lower case, runs of
/// white space and punctuation as one space. `Société civile` and `societe
/// CIVILE` compare equal; `政府` and `الحكومات` stay distinct (unlike slugs).
pub fn normalized_name(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut out = String::new();
    for c in name.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// Colours for codes without one (as the W3C import uses).
const PALETTE: [&str; 8] = ["#2E8B8B", "#A06B2C", "#8E6CC8", "#C04A6E", "#5A8F29", "#3D6FB6", "#B5651D", "#7F7F3F"];

/// Matches every code of `project` to a tag of `set`: an existing tag whose label
/// or ID has the same [`normalized_name`] is linked (never duplicated); any other
/// code becomes a new tag with its name, colour and description (a child code's
/// description names its parents, as Glosa's codebook is flat). Returns the
/// edits that add the new tags and the match of each code (by GUID).
pub fn match_codes(project: &QdaProject, set: &AnnotationSet) -> (Vec<Edit>, Vec<(String, CodeMatch)>) {
    let mut tags = set.tags.clone();
    let mut edits = Vec::new();
    let mut matches = Vec::new();
    for code in &project.codes {
        let wanted = normalized_name(&code.name);
        let existing = tags
            .tags()
            .iter()
            .find(|t| normalized_name(&t.label) == wanted || normalized_name(t.id.as_str()) == wanted)
            .map(|t| t.id.clone());
        if let Some(id) = existing {
            matches.push((code.guid.clone(), CodeMatch::Linked(id)));
            continue;
        }
        let id = tags.unused_id(&code.name);
        let mut description = code.description.clone();
        if !code.parents.is_empty() {
            if !description.is_empty() {
                description.push('\n');
            }
            let _ = write!(description, "(under {})", code.parents.join(" ▸ "));
        }
        let color = code
            .color
            .or_else(|| Color::from_hex(PALETTE[tags.tags().len() % PALETTE.len()]))
            .unwrap_or(Color { r: 0x7F, g: 0x7F, b: 0x7F });
        let tag = Tag { id: id.clone(), label: code.name.clone(), description, color, shortcut: None };
        let index = tags.tags().len();
        tags.insert(index, tag.clone());
        edits.push(Edit::InsertTag { index, tag });
        matches.push((code.guid.clone(), CodeMatch::Added(id)));
    }
    (edits, matches)
}

/// Everything importing one source into one annotation file does.
#[derive(Clone, Debug, Default)]
pub struct SourcePlan {
    /// Apply as one [`Edit::Batch`]: new tags first, then annotations.
    pub edits: Vec<Edit>,
    /// How each code was matched.
    pub codes: Vec<(String, CodeMatch)>,
    /// The unit the positions were read in, with each reading's score.
    pub unit: Option<(Unit, Vec<(Unit, usize)>)>,
    /// Where each annotation went (the W3C import's plan, which anchors them).
    pub plan: ImportPlan,
    /// Selections whose positions did not fit.
    pub misfits: Vec<Misfit>,
}

/// Plans the import of `source` of `project` onto `document` (read from the
/// source's bytes) into `set`; `reading` is that document's reading text.
/// Codes are matched first ([`match_codes`]); each selection is then placed by
/// its converted position if the text there is its text, else by its text and
/// context, else kept as an orphan with its text ([`web_annotation::plan`]).
pub fn plan_source(
    project: &QdaProject,
    source: &SourceIn,
    document: &Document,
    reading: &SourceText,
    set: &AnnotationSet,
    now: Timestamp,
    default_author: &str,
) -> SourcePlan {
    let (tag_edits, codes) = match_codes(project, set);
    let mut with_codes = set.clone();
    for edit in &tag_edits {
        if let Edit::InsertTag { index, tag } = edit {
            with_codes.tags.insert(*index, tag.clone());
        }
    }
    let ids: HashMap<&str, &TagId> = codes
        .iter()
        .map(|(guid, m)| {
            (
                guid.as_str(),
                match m {
                    CodeMatch::Linked(id) | CodeMatch::Added(id) => id,
                },
            )
        })
        .collect();
    let mut selections = read_selections(project, source, reading.text());
    // Tags by ID, so that distinct names never merge through a shared slug.
    for (incoming, selection) in selections.incoming.iter_mut().zip(&source.selections) {
        incoming.tags = selection
            .codings
            .iter()
            .filter_map(|(code, _)| ids.get(code.as_str()))
            .map(|id| (Some(id.as_str().to_owned()), id.as_str().to_owned()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
    }
    let plan = web_annotation::plan(&selections.incoming, document, Some(reading), &with_codes, now, default_author);
    let mut edits = tag_edits;
    edits.extend(plan.edits.iter().cloned());
    SourcePlan { edits, codes, unit: selections.unit.take(), plan, misfits: selections.misfits }
}

/// The annotation ID a selection GUID becomes when the project comes from Glosa.
pub fn glosa_annotation_id(guid: &str) -> Option<AnnotationId> {
    let hex = guid.replace('-', "");
    let hex = hex.trim_start_matches('{').trim_end_matches('}');
    u128::from_str_radix(hex, 16).ok().filter(|_| hex.len() == 32).map(|n| AnnotationId(ulid::Ulid::from(n)))
}

/// A safe file name for a source named `name` (any path in it dropped, characters
/// a file system refuses replaced), ending in `.txt`.
pub fn source_file_name(name: &str, guid: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut clean: String = last
        .chars()
        .map(|c| if c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*') { '_' } else { c })
        .collect();
    clean = clean.trim().trim_start_matches('.').to_owned();
    if clean.is_empty() {
        clean = guid.to_ascii_lowercase();
    }
    if !clean.to_ascii_lowercase().ends_with(".txt") {
        if let Some(dot) = clean.rfind('.') {
            let ext = clean[dot + 1..].to_ascii_lowercase();
            if ["docx", "doc", "pdf", "rtf", "odt", "html", "htm"].contains(&ext.as_str()) {
                clean.truncate(dot);
            }
        }
        clean.push_str(".txt");
    }
    clean.chars().take(200).collect()
}
