//! REFI-QDA 1.5 exports: a QDPX project (a ZIP holding `project.qde` and the
//! plain-text sources) and a QDC codebook.
//!
//! Source of the rules: the REFI-QDA Project Exchange standard 1.5
//! (<https://www.qdasoftware.org>), with its schemas `Project.xsd` and
//! `Codebook.xsd` (namespaces `urn:QDA-XML:project:1.0` and
//! `urn:QDA-XML:codebook:1.0`), vendored in `tests/refi-qda/`.
//!
//! # The plain text of a source
//!
//! Each document becomes one `TextSource` whose plain text, stored as
//! `sources/<guid>.txt` in UTF-8 without byte order mark, is **the document's
//! paragraphs as Glosa reads them (normalized, see [`crate::model::normalize`]),
//! in reading order, joined by one line feed (`U+000A`), with no line feed after
//! the last**. Page furniture set aside by the readers is not part of it.
//!
//! # Positions
//!
//! `startPosition`/`endPosition` are Unicode **code points** from the start of
//! that plain text, start inclusive, end exclusive (§10.2). The segment at code
//! points `s..e` of paragraph `i` is at `P(i) + s .. P(i) + e`, where `P(i)` is
//! the sum over the paragraphs before `i` of their length in code points plus one
//! (the line feed). Annotations are placed where the [`crate::model::anchor`]
//! finds them in the current document; orphaned ones have no position and are
//! left out (counted in [`QdpxSummary::left_out`]). A highlight across paragraphs
//! whose segments meet (one ends its paragraph, the next starts the next one) is
//! one selection, whose text is the segments' quotes joined by a line feed, as
//! [`crate::model::Annotation::quote`]; segments that do not meet become one
//! selection each.
//!
//! # What goes where
//!
//! - `User`: one per annotation author (`creatingUser` of selections, codings
//!   and notes). An empty author has no user.
//! - `Code`: one per tag (tag-set order, then tags the set lacks, by ID), with
//!   the label as `name`, the colour as `color` (`#RRGGBB`) and the description.
//!   Annotation files' tags have no parents, so their codebook is flat; a
//!   project's codebook ([`QdpxExtras::parents`]) nests sub-codes inside their
//!   parent's `Code`. `isCodable` is true.
//! - `Variable` / `VariableValue` (a project's export, [`QdpxExtras`]): one
//!   variable per document attribute (`name` the attribute's label, the
//!   description as `Description`), and each `TextSource` holds its document's
//!   values. Kinds: text → `Text`, number → `Float` (an `xsd:decimal`, never an
//!   exponent), date → `Date` (`YYYY-MM-DD`), one-of → `Text` (the choice).
//! - `PlainTextSelection`: one per annotation (or per run of meeting segments),
//!   its `name` the quote (cut to [`SELECTION_NAME_CHARS`] code points), holding
//!   one `Coding` per (annotation, tag), and a `NoteRef` to the annotation's
//!   `Note` when it has one. The `Note` (in `Notes`) holds the note as
//!   `PlainTextContent`.
//! - Several annotation files on the same document (same text) give one
//!   `TextSource` holding every coder's selections.
//!
//! # GUIDs
//!
//! Deterministic, so the same input always gives the same bytes: an annotation's
//! (first) selection has the annotation's ULID written as a GUID (both are 128
//! bits), so importing the file back gives the annotation its ID again. Every
//! other GUID is the first 128 bits of a BLAKE3 hash of what it names (the tag ID,
//! the author's name, the source text, the annotation ID and tag), so a tag, a
//! coder or a document has the same GUID in every export.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{self, Cursor, Seek, Write};

use super::ExportSource;
use crate::model::anchor::AnchorStatus;
use crate::model::text::{char_len, char_to_byte};
use crate::model::{Annotation, AnnotationId, Document, TagId, TagSet};

/// Namespace of `project.qde` (Project.xsd).
pub const PROJECT_NAMESPACE: &str = "urn:QDA-XML:project:1.0";
/// Namespace of a `.qdc` codebook (Codebook.xsd).
pub const CODEBOOK_NAMESPACE: &str = "urn:QDA-XML:codebook:1.0";
/// Longest selection `name` written, in code points (the text is in the source).
pub const SELECTION_NAME_CHARS: usize = 200;

/// What the `origin` attributes say.
fn origin() -> String {
    format!("Glosa {}", env!("CARGO_PKG_VERSION"))
}

/// Why a REFI-QDA export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum RefiExportError {
    /// An annotation file's document could not be loaded: there is no text to put
    /// in `sources/`. Names the document path as stored.
    #[error("the document is needed for a QDPX export and could not be opened: {0}")]
    NoDocument(String),
    /// A codebook needs at least one code (Codebook.xsd).
    #[error("there are no tags to export as a codebook")]
    NoCodes,
    /// Writing failed.
    #[error("{0}")]
    Io(#[from] io::Error),
}

impl From<zip::result::ZipError> for RefiExportError {
    fn from(e: zip::result::ZipError) -> Self {
        Self::Io(io::Error::other(e))
    }
}

/// What a QDPX export held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QdpxSummary {
    /// `TextSource`s written.
    pub sources: usize,
    /// `PlainTextSelection`s written.
    pub selections: usize,
    /// `Coding`s written.
    pub codings: usize,
    /// Codes written.
    pub codes: usize,
    /// Annotations not written because they are orphaned (no place in the text),
    /// with their quote, for the caller to list.
    pub left_out: Vec<(AnnotationId, String)>,
}

/// A GUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, lower-case) holding 128 bits.
pub fn guid_of_u128(value: u128) -> String {
    let hex = format!("{value:032x}");
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// The GUID of an annotation: its ULID's 128 bits.
pub fn annotation_guid(id: AnnotationId) -> String {
    guid_of_u128(u128::from(id.0))
}

/// A GUID from a BLAKE3 hash of `kind` and `key` (first 128 bits).
pub fn hashed_guid(kind: &str, key: &[u8]) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"glosa:refi:");
    hasher.update(kind.as_bytes());
    hasher.update(&[0]);
    hasher.update(key);
    let hash = hasher.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&hash.as_bytes()[..16]);
    guid_of_u128(u128::from_be_bytes(bytes))
}

/// The GUID of a tag's `Code`.
pub fn code_guid(tag: &TagId) -> String {
    hashed_guid("code", tag.as_str().as_bytes())
}

/// The GUID of an author's `User`.
pub fn user_guid(author: &str) -> String {
    hashed_guid("user", author.as_bytes())
}

/// The plain text of `document` for a `TextSource`: paragraphs joined by `\n`
/// (see the module docs).
pub fn plain_text(document: &Document) -> String {
    let mut text = String::with_capacity(document.full_text().len() + document.paragraphs().len());
    for (i, paragraph) in document.paragraphs().iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(document.text_of(paragraph));
    }
    text
}

/// Code point where each paragraph starts in [`plain_text`], and each length.
fn paragraph_starts(document: &Document) -> Vec<(usize, usize)> {
    let mut at = 0;
    document
        .paragraphs()
        .iter()
        .map(|p| {
            let len = char_len(document.text_of(p)).0;
            let start = at;
            at += len + 1;
            (start, len)
        })
        .collect()
}

/// What a document variable records (REFI-QDA `typeOfVariable`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VariableKind {
    /// `TextValue`.
    Text,
    /// `BooleanValue`.
    Boolean,
    /// `IntegerValue`.
    Integer,
    /// `FloatValue` (an `xsd:decimal`).
    Float,
    /// `DateValue` (`YYYY-MM-DD`).
    Date,
    /// `DateTimeValue`.
    DateTime,
}

impl VariableKind {
    /// The `typeOfVariable` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Text => "Text",
            Self::Boolean => "Boolean",
            Self::Integer => "Integer",
            Self::Float => "Float",
            Self::Date => "Date",
            Self::DateTime => "DateTime",
        }
    }

    /// Reads a `typeOfVariable` value (exactly as the schema spells it).
    pub fn parse(text: &str) -> Option<Self> {
        [Self::Text, Self::Boolean, Self::Integer, Self::Float, Self::Date, Self::DateTime]
            .into_iter()
            .find(|k| k.as_str() == text.trim())
    }

    /// The element that holds a value of this kind in a `VariableValue`.
    pub fn value_element(self) -> &'static str {
        match self {
            Self::Text => "TextValue",
            Self::Boolean => "BooleanValue",
            Self::Integer => "IntegerValue",
            Self::Float => "FloatValue",
            Self::Date => "DateValue",
            Self::DateTime => "DateTimeValue",
        }
    }
}

/// A document variable (a Glosa document attribute) for a QDPX project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QdaVariable {
    /// A stable key (the attribute ID): the variable's GUID is made from it.
    pub key: String,
    /// The `name` shown in QDA programs (the attribute's label).
    pub name: String,
    /// Its kind.
    pub kind: VariableKind,
    /// Its description, if any.
    pub description: String,
}

/// The GUID of a document variable, from its key.
pub fn variable_guid(key: &str) -> String {
    hashed_guid("variable", key.as_bytes())
}

/// What a project's QDPX has beyond its annotation files: the codebook's
/// hierarchy and the documents' attributes (see the module docs).
#[derive(Clone, Debug, Default)]
pub struct QdpxExtras {
    /// The parent of each code that has one (sub-codes are written inside their
    /// parent). A parent not among the codes written leaves its child at the top.
    pub parents: BTreeMap<TagId, TagId>,
    /// The document variables, in order.
    pub variables: Vec<QdaVariable>,
    /// For each source (the same positions as the `sources` written), its values:
    /// (index into `variables`, value as its kind's element holds it). When two
    /// sources share a text (one `TextSource`), the first one's values are kept.
    pub values: Vec<Vec<(usize, String)>>,
}

/// One selection to write.
struct Selection<'a> {
    guid: String,
    start: usize,
    end: usize,
    quote: String,
    annotation: &'a Annotation,
    /// Tags coded (after the filter).
    tags: Vec<&'a TagId>,
    /// Whether this selection carries the annotation's note.
    note: bool,
}

/// A document with its selections.
struct SourceOut<'a> {
    guid: String,
    name: String,
    text: String,
    selections: Vec<Selection<'a>>,
    /// (variable index, value) of the document's attributes.
    values: Vec<(usize, String)>,
}

/// Writes a QDPX project of `sources` (only `tags` when not empty) to `out`;
/// `name` is the project's name. Every source needs its document. See the module
/// docs for the content.
///
/// # Errors
/// [`RefiExportError::NoDocument`] when a source has no document; write errors.
pub fn write_qdpx<W: Write + Seek>(
    out: W,
    name: &str,
    sources: &[ExportSource<'_>],
    tags: &[TagId],
) -> Result<QdpxSummary, RefiExportError> {
    write_qdpx_with(out, name, sources, tags, &QdpxExtras::default())
}

/// [`write_qdpx`] for a project: with its codebook's hierarchy and its
/// documents' attributes as variables (`extras`, see [`QdpxExtras`]).
///
/// # Errors
/// As [`write_qdpx`].
#[allow(clippy::too_many_lines, reason = "one pass over sources, annotations and runs, read top to bottom")]
pub fn write_qdpx_with<W: Write + Seek>(
    out: W,
    name: &str,
    sources: &[ExportSource<'_>],
    tags: &[TagId],
    extras: &QdpxExtras,
) -> Result<QdpxSummary, RefiExportError> {
    let mut summary = QdpxSummary::default();
    let mut outs: Vec<SourceOut<'_>> = Vec::new();
    let mut seen_annotations = BTreeSet::new();
    let mut codebook: Vec<(&TagId, &str, String, String)> = Vec::new();
    let mut code_ids = BTreeSet::new();
    let mut used_tags: BTreeSet<&TagId> = BTreeSet::new();
    for (position, source) in sources.iter().enumerate() {
        let document = source.document.ok_or_else(|| RefiExportError::NoDocument(source.document_path.to_owned()))?;
        let values = extras.values.get(position).cloned().unwrap_or_default();
        for tag in source.tags.tags() {
            if (tags.is_empty() || tags.contains(&tag.id)) && code_ids.insert(&tag.id) {
                codebook.push((&tag.id, &tag.label, tag.color.to_hex(), tag.description.clone()));
            }
        }
        let text = plain_text(document);
        let guid = hashed_guid("source", text.as_bytes());
        let index = if let Some(i) = outs.iter().position(|o| o.guid == guid) {
            if outs[i].values.is_empty() {
                outs[i].values = values;
            }
            i
        } else {
            outs.push(SourceOut { guid, name: file_name(source.document_path), text, selections: Vec::new(), values });
            outs.len() - 1
        };
        let starts = paragraph_starts(document);
        let mut annotations: Vec<_> = source.annotations.iter().collect();
        annotations.sort_by_key(|(a, _)| a.id);
        for (annotation, anchor) in annotations {
            let coded: Vec<&TagId> = annotation.tags.iter().filter(|t| tags.is_empty() || tags.contains(t)).collect();
            if !tags.is_empty() && coded.is_empty() {
                continue;
            }
            if !seen_annotations.insert(annotation.id) {
                continue;
            }
            let placed = anchor
                .as_ref()
                .filter(|a| a.status != AnchorStatus::Orphaned)
                .map(|anchor| anchor.segments.iter().filter_map(|r| r.location).collect::<Vec<_>>());
            let Some(locations) = placed.filter(|l| !l.is_empty()) else {
                summary.left_out.push((annotation.id, annotation.quote()));
                continue;
            };
            used_tags.extend(coded.iter().copied());
            // Runs of meeting segments.
            let mut runs: Vec<(usize, usize, String)> = Vec::new();
            let mut previous: Option<crate::model::anchor::Location> = None;
            for location in &locations {
                let Some(&(start, _)) = starts.get(location.paragraph) else { continue };
                let (s, e) = (start + location.start.0, start + location.end.0);
                let meets = previous.is_some_and(|p| {
                    p.paragraph + 1 == location.paragraph
                        && starts.get(p.paragraph).is_some_and(|&(_, len)| p.end.0 == len)
                        && location.start.0 == 0
                });
                let piece = paragraph_slice(document, *location);
                match runs.last_mut() {
                    Some(run) if meets => {
                        run.1 = e;
                        run.2.push('\n');
                        run.2.push_str(piece);
                    }
                    _ => runs.push((s, e, piece.to_owned())),
                }
                previous = Some(*location);
            }
            let target = &mut outs[index];
            for (k, (start, end, quote)) in runs.into_iter().enumerate() {
                let guid = if k == 0 {
                    annotation_guid(annotation.id)
                } else {
                    hashed_guid("selection", format!("{}#{k}", annotation.id).as_bytes())
                };
                target.selections.push(Selection {
                    guid,
                    start,
                    end,
                    quote,
                    annotation,
                    tags: coded.clone(),
                    note: k == 0 && !annotation.note.is_empty(),
                });
            }
        }
    }
    // Tags used but not in any tag set, by ID.
    for tag in used_tags {
        if code_ids.insert(tag) {
            codebook.push((tag, tag.as_str(), String::new(), String::new()));
        }
    }
    for source in &mut outs {
        source.selections.sort_by(|a, b| (a.start, a.end, &a.guid).cmp(&(b.start, b.end, &b.guid)));
    }
    let xml = project_xml(name, &outs, &Codes { list: &codebook, parents: &extras.parents }, extras, &mut summary);
    let mut zip = zip::ZipWriter::new(out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    zip.start_file("project.qde", options)?;
    zip.write_all(xml.as_bytes())?;
    for source in &outs {
        zip.start_file(format!("sources/{}.txt", source.guid), options)?;
        zip.write_all(source.text.as_bytes())?;
    }
    zip.finish()?;
    summary.sources = outs.len();
    summary.codes = codebook.len();
    Ok(summary)
}

/// [`write_qdpx`] into memory.
///
/// # Errors
/// As [`write_qdpx`].
pub fn qdpx_bytes(
    name: &str,
    sources: &[ExportSource<'_>],
    tags: &[TagId],
) -> Result<(Vec<u8>, QdpxSummary), RefiExportError> {
    qdpx_bytes_with(name, sources, tags, &QdpxExtras::default())
}

/// [`write_qdpx_with`] into memory.
///
/// # Errors
/// As [`write_qdpx`].
pub fn qdpx_bytes_with(
    name: &str,
    sources: &[ExportSource<'_>],
    tags: &[TagId],
    extras: &QdpxExtras,
) -> Result<(Vec<u8>, QdpxSummary), RefiExportError> {
    let mut buffer = Cursor::new(Vec::new());
    let summary = write_qdpx_with(&mut buffer, name, sources, tags, extras)?;
    Ok((buffer.into_inner(), summary))
}

/// The codes to write: (ID, label, colour, description) in order, and the
/// parent of each sub-code.
struct Codes<'a, 'b> {
    list: &'a [(&'b TagId, &'b str, String, String)],
    parents: &'a BTreeMap<TagId, TagId>,
}

fn project_xml(
    name: &str,
    sources: &[SourceOut<'_>],
    codes: &Codes<'_, '_>,
    extras: &QdpxExtras,
    summary: &mut QdpxSummary,
) -> String {
    let mut xml = String::with_capacity(1024 + sources.iter().map(|s| s.selections.len() * 600).sum::<usize>());
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ =
        writeln!(xml, "<Project xmlns=\"{PROJECT_NAMESPACE}\" name=\"{}\" origin=\"{}\">", attr(name), attr(&origin()));
    let authors: BTreeSet<&str> = sources
        .iter()
        .flat_map(|s| &s.selections)
        .map(|s| s.annotation.author.as_str())
        .filter(|a| !a.is_empty())
        .collect();
    if !authors.is_empty() {
        xml.push_str("  <Users>\n");
        for author in &authors {
            let _ = writeln!(xml, "    <User guid=\"{}\" name=\"{}\"/>", user_guid(author), attr(author));
        }
        xml.push_str("  </Users>\n");
    }
    if !codes.list.is_empty() {
        xml.push_str("  <CodeBook>\n    <Codes>\n");
        write_codes(&mut xml, codes, "      ");
        xml.push_str("    </Codes>\n  </CodeBook>\n");
    }
    write_variables(&mut xml, &extras.variables);
    let mut notes: BTreeMap<String, &Annotation> = BTreeMap::new();
    if !sources.is_empty() {
        xml.push_str("  <Sources>\n");
        for source in sources {
            let _ = writeln!(
                xml,
                "    <TextSource guid=\"{}\" name=\"{}\" plainTextPath=\"internal://{}.txt\">",
                source.guid,
                attr(&source.name),
                source.guid
            );
            for selection in &source.selections {
                let annotation = selection.annotation;
                let user = user_attr(&annotation.author, "creatingUser");
                let _ = write!(
                    xml,
                    "      <PlainTextSelection guid=\"{}\" name=\"{}\" startPosition=\"{}\" endPosition=\"{}\"{user} creationDateTime=\"{}\"",
                    selection.guid,
                    attr(&selection.quote.chars().take(SELECTION_NAME_CHARS).collect::<String>()),
                    selection.start,
                    selection.end,
                    date_time(annotation.created),
                );
                let _ = write!(
                    xml,
                    "{} modifiedDateTime=\"{}\"",
                    user_attr(&annotation.author, "modifyingUser"),
                    date_time(annotation.modified)
                );
                if selection.tags.is_empty() && !selection.note {
                    xml.push_str("/>\n");
                    continue;
                }
                xml.push_str(">\n");
                for tag in &selection.tags {
                    let key = format!("{}\u{0}{}\u{0}{}", annotation.id, selection.guid, tag.as_str());
                    let _ = writeln!(
                        xml,
                        "        <Coding guid=\"{}\"{user} creationDateTime=\"{}\"><CodeRef targetGUID=\"{}\"/></Coding>",
                        hashed_guid("coding", key.as_bytes()),
                        date_time(annotation.created),
                        code_guid(tag)
                    );
                    summary.codings += 1;
                }
                if selection.note {
                    let note = hashed_guid("note", annotation.id.to_string().as_bytes());
                    let _ = writeln!(xml, "        <NoteRef targetGUID=\"{note}\"/>");
                    notes.insert(note, annotation);
                }
                xml.push_str("      </PlainTextSelection>\n");
                summary.selections += 1;
            }
            write_values(&mut xml, &source.values, &extras.variables);
            xml.push_str("    </TextSource>\n");
        }
        xml.push_str("  </Sources>\n");
    }
    write_notes(&mut xml, &notes);
    xml.push_str("</Project>\n");
    xml
}

/// The `Notes` element with each annotation's note (nothing when there are none).
fn write_notes(xml: &mut String, notes: &BTreeMap<String, &Annotation>) {
    if notes.is_empty() {
        return;
    }
    xml.push_str("  <Notes>\n");
    for (guid, annotation) in notes {
        let title: String = annotation.note.lines().next().unwrap_or_default().chars().take(80).collect();
        let _ = writeln!(
            xml,
            "    <Note guid=\"{guid}\" name=\"{}\"{} creationDateTime=\"{}\" modifiedDateTime=\"{}\">",
            attr(&title),
            user_attr(&annotation.author, "creatingUser"),
            date_time(annotation.created),
            date_time(annotation.modified),
        );
        let _ = writeln!(xml, "      <PlainTextContent>{}</PlainTextContent>", text(&annotation.note));
        xml.push_str("    </Note>\n");
    }
    xml.push_str("  </Notes>\n");
}

/// The codes as `Code` elements, each sub-code inside its parent (codebook order
/// among siblings).
fn write_codes(xml: &mut String, codes: &Codes<'_, '_>, indent: &str) {
    let listed: BTreeSet<&TagId> = codes.list.iter().map(|(id, ..)| *id).collect();
    let parents: BTreeMap<&TagId, &TagId> = codes
        .parents
        .iter()
        .filter(|(child, parent)| child != parent && listed.contains(child) && listed.contains(parent))
        .collect();
    let mut written = BTreeSet::new();
    for code in codes.list {
        if !parents.contains_key(code.0) {
            write_code(xml, codes.list, code, indent, &parents, &mut written);
        }
    }
    // Codes in a parent cycle (not reachable from the top): at the top level.
    for code in codes.list {
        if !written.contains(code.0) {
            write_code(xml, codes.list, code, indent, &BTreeMap::new(), &mut written);
        }
    }
}

/// One `Code` with its description and its sub-codes (those of `list` whose
/// parent it is, not yet written).
fn write_code<'a>(
    xml: &mut String,
    list: &[(&'a TagId, &'a str, String, String)],
    code: &(&'a TagId, &'a str, String, String),
    indent: &str,
    parents: &BTreeMap<&TagId, &TagId>,
    written: &mut BTreeSet<&'a TagId>,
) {
    let (id, label, color, description) = code;
    if !written.insert(*id) {
        return;
    }
    let color = if color.is_empty() { String::new() } else { format!(" color=\"{}\"", attr(color)) };
    let _ = write!(xml, "{indent}<Code guid=\"{}\" name=\"{}\" isCodable=\"true\"{color}", code_guid(id), attr(label));
    let children: Vec<&(&'a TagId, &'a str, String, String)> =
        list.iter().filter(|c| parents.get(c.0) == Some(id) && !written.contains(c.0)).collect();
    if description.is_empty() && children.is_empty() {
        xml.push_str("/>\n");
        return;
    }
    xml.push_str(">\n");
    if !description.is_empty() {
        let _ = writeln!(xml, "{indent}  <Description>{}</Description>", text(description));
    }
    let inner = format!("{indent}  ");
    for child in children {
        write_code(xml, list, child, &inner, parents, written);
    }
    let _ = writeln!(xml, "{indent}</Code>");
}

/// The `Variables` element (nothing when there are none).
fn write_variables(xml: &mut String, variables: &[QdaVariable]) {
    if variables.is_empty() {
        return;
    }
    xml.push_str("  <Variables>\n");
    for variable in variables {
        let _ = write!(
            xml,
            "    <Variable guid=\"{}\" name=\"{}\" typeOfVariable=\"{}\"",
            variable_guid(&variable.key),
            attr(&variable.name),
            variable.kind.as_str()
        );
        if variable.description.is_empty() {
            xml.push_str("/>\n");
        } else {
            let _ = writeln!(xml, "><Description>{}</Description></Variable>", text(&variable.description));
        }
    }
    xml.push_str("  </Variables>\n");
}

/// A source's `VariableValue`s, in variable order.
fn write_values(xml: &mut String, values: &[(usize, String)], variables: &[QdaVariable]) {
    let mut values: Vec<&(usize, String)> = values.iter().filter(|(i, _)| *i < variables.len()).collect();
    values.sort_by_key(|(i, _)| *i);
    for (i, value) in values {
        let variable = &variables[*i];
        let element = variable.kind.value_element();
        let _ = writeln!(
            xml,
            "      <VariableValue><VariableRef targetGUID=\"{}\"/><{element}>{}</{element}></VariableValue>",
            variable_guid(&variable.key),
            text(value)
        );
    }
}

/// Writes a QDC codebook (Codebook.xsd) of `tags` (tag-set order).
///
/// # Errors
/// [`RefiExportError::NoCodes`] for an empty tag set, or a write error.
pub fn write_qdc(out: &mut impl Write, tags: &TagSet) -> Result<(), RefiExportError> {
    write_qdc_with(out, tags, &BTreeMap::new())
}

/// [`write_qdc`] with a hierarchy: each code in `parents` is written inside its
/// parent (a project's codebook).
///
/// # Errors
/// As [`write_qdc`].
pub fn write_qdc_with(
    out: &mut impl Write,
    tags: &TagSet,
    parents: &BTreeMap<TagId, TagId>,
) -> Result<(), RefiExportError> {
    if tags.tags().is_empty() {
        return Err(RefiExportError::NoCodes);
    }
    let codebook: Vec<(&TagId, &str, String, String)> =
        tags.tags().iter().map(|t| (&t.id, t.label.as_str(), t.color.to_hex(), t.description.clone())).collect();
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(xml, "<CodeBook xmlns=\"{CODEBOOK_NAMESPACE}\" origin=\"{}\">\n  <Codes>", attr(&origin()));
    write_codes(&mut xml, &Codes { list: &codebook, parents }, "    ");
    xml.push_str("  </Codes>\n</CodeBook>\n");
    out.write_all(xml.as_bytes())?;
    Ok(())
}

/// ` name="GUID"` for a non-empty author, else nothing.
fn user_attr(author: &str, name: &str) -> String {
    if author.is_empty() { String::new() } else { format!(" {name}=\"{}\"", user_guid(author)) }
}

/// `xsd:dateTime` in UTC, whole seconds.
fn date_time(at: crate::model::Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The last part of a `/`- or `\\`-separated path.
fn file_name(path: &str) -> String {
    path.rsplit(['/', '\\']).next().unwrap_or(path).to_owned()
}

/// The text of a located segment.
fn paragraph_slice(document: &Document, location: crate::model::anchor::Location) -> &str {
    let Some(paragraph) = document.paragraphs().get(location.paragraph) else { return "" };
    let text = document.text_of(paragraph);
    let start = char_to_byte(text, location.start).map_or(text.len(), |b| b.0);
    let end = char_to_byte(text, location.end).map_or(text.len(), |b| b.0);
    text.get(start..end).unwrap_or_default()
}

/// XML 1.0 text content: `&`, `<`, `>` escaped, CR kept as `&#13;` (a parser
/// would turn a raw CR into LF), characters XML 1.0 cannot carry replaced by
/// U+FFFD.
pub fn text(value: &str) -> String {
    escape(value, false)
}

/// An XML 1.0 attribute value in double quotes: as [`text`], and `"`, tab, LF and
/// CR as character references (a parser would turn raw ones into spaces).
pub fn attr(value: &str) -> String {
    escape(value, true)
}

fn escape(value: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
