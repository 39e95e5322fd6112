//! Exports of tagged excerpts: CSV, CSV for Excel, Markdown, W3C Web Annotation
//! JSON-LD, and REFI-QDA projects and codebooks (QDPX, QDC: see [`refi`]).
//!
//! The input is one [`ExportSource`] per annotation file: the annotations, their
//! anchors in the current document (from [`Anchorer::resolve`]) and the file's tag
//! set. [`excerpts`] turns sources into [`Excerpt`]s, one per (annotation, tag);
//! [`write_csv`] and [`write_markdown`] write excerpts, [`write_w3c_json`] writes
//! whole annotations. Nothing here reads files or the clock: writers only write to
//! the `std::io::Write` they are given, so the same input always gives the same
//! bytes.
//!
//! # Units and positions
//!
//! Offsets are Unicode **code points** (not bytes, not UTF-16 code units), start
//! inclusive, end exclusive, counted in the paragraph's normalized text (see
//! [`crate::model::normalize`]), not in the raw file: in the paragraph
//! `"👨🏻‍🚒 firemen drive firetrucks"` the word `firetrucks` is 19..29. Paragraphs are
//! named by their stable ID (`p-3f9a2c1e7b04`) and by their 1-based ordinal `¶N`.
//!
//! Every position describes the *current* document: a segment the anchorer found
//! (anchored or moved) is reported where it is now, with the paragraph ID, ordinal,
//! offsets and quoted text found there (for a *moved* segment the text can differ
//! from the stored quote; the status says it needs review). An orphaned segment, or
//! any segment when the document could not be loaded ([`ExportSource::document`] is
//! `None`), is reported with its stored paragraph ID, offsets and quote, and without
//! an ordinal. The status is the anchor's ([`AnnotationAnchor::status`], the worst
//! of the annotation's segments), or orphaned for an annotation without anchor
//! (not resolved, no document).
//!
//! # Which excerpts, in which order
//!
//! - One excerpt per (annotation, tag). Tags the tag set lacks are kept, labelled
//!   with their ID.
//! - Without a tag filter, an annotation without tags gives one excerpt with no tag
//!   (empty `tag` and `tag_label`): nothing is dropped. With a filter (`--tag`), only
//!   the annotation's tags in the filter give excerpts, and untagged annotations
//!   give none.
//! - A highlight across paragraphs (several segments) is one excerpt whose quote is
//!   the segments' texts joined with a line feed (`\n`), like
//!   [`Annotation::quote`]; its paragraph ID is the first segment's, its ordinals
//!   span the first to the last paragraph found (`¶2–¶3`).
//! - Order (stable, for diffable output): sources in the order given; within a
//!   source, by the current position of the annotation's first found segment
//!   (paragraph, then offset), annotations not found last; ties by annotation ID
//!   (creation time); within an annotation, tags in tag-set order, unknown tags
//!   after them by ID.
//!
//! # CSV (`csv`, `csv-excel`)
//!
//! [RFC 4180](https://www.rfc-editor.org/rfc/rfc4180): UTF-8, comma-separated,
//! records ending in CRLF, a header row, fields quoted with `"` when they contain a
//! comma, a double quote, CR or LF, and `"` doubled inside quoted fields. A
//! multi-segment quote keeps its LF inside the quoted field. Plain `csv` is for
//! tools and writes every value verbatim. `csv-excel` is for people opening it in a
//! spreadsheet: a UTF-8 byte order mark (`EF BB BF`) first, without which Excel
//! reads the file as the local ANSI code page and mangles accents; every field
//! quoted; and a text value beginning with `=`, `+`, `-`, `@`, TAB, CR, NUL or
//! their full-width forms prefixed with `'`, so that it is shown, never evaluated
//! as a formula (OWASP, "CSV Injection"). Columns:
//!
//! | column | meaning |
//! |---|---|
//! | `document` | document title |
//! | `document_file` | the document's file name, e.g. `wsis-tunis-agenda.es.txt` |
//! | `paragraph_id` | stable ID of the (first segment's) paragraph, e.g. `p-3f9a2c1e7b04` |
//! | `paragraph` | ordinals, `¶2` or `¶2–¶3`; empty when not found in the document |
//! | `tag` | tag ID, e.g. `civil-society`; empty for an untagged annotation |
//! | `tag_label` | the tag's label, e.g. `Civil society`; the ID for a tag the tag set lacks |
//! | `quote` | the highlighted text, segments joined with LF |
//! | `note` | the annotation's note, may span lines |
//! | `author` | who made the annotation |
//! | `created` | when, RFC 3339 in UTC, e.g. `2026-11-29T10:39:54Z` |
//! | `status` | `anchored`, `moved` (needs review) or `orphaned` |
//! | `annotation_id` | the annotation's ULID |
//!
//! # Markdown
//!
//! CommonMark. `# Tagged excerpts`, then one `## Label (n)` section per tag (tag-set
//! order, unknown tags by ID, `Untagged` last), each excerpt a block quote (one
//! paragraph per segment; every line stays inside the `> `), then an attribution
//! line `— *Document title*, ¶3 · author · 2026-11-29` (date of creation in UTC;
//! ` · moved` or ` · orphaned` appended when not anchored), then the note. Notes
//! keep their line breaks (CommonMark hard breaks).
//!
//! Quotes, notes, titles, labels and authors are text, not markup: a rendered
//! report shows exactly what was written. Backslash escapes (which CommonMark
//! allows before any ASCII punctuation) are put before `` ` ``, `*`, `_`, `[`,
//! `]`, `<`, `>`, `~`, `|`, a `\` before punctuation and a `&` that could start an
//! entity, anywhere; and before a line's first character when it could open a
//! block (`#`, `>`, `-`, `+`, `=`, `:` …, or the `.`/`)` of `1.`). So no raw HTML
//! (`<script>`, `<img onerror=…>`), link, image, code span, heading, list or table
//! can come out of an annotation; CR, CRLF and LF all end a line.
//!
//! # W3C Web Annotation JSON-LD
//!
//! [Web Annotation Data Model](https://www.w3.org/TR/annotation-model/) (W3C
//! Recommendation, 2017): one `AnnotationCollection` with one embedded
//! `AnnotationPage` holding one `Annotation` per Glosa annotation, in the order
//! above (no `first` page when there are none, as §5.1 requires). Per annotation:
//!
//! - `id`: `urn:glosa:annotation:<ULID>` (ULIDs are not UUIDs, so not `urn:uuid:`);
//!   the collection's `id` is `urn:glosa:collection:<hash>`, a BLAKE3 hash of the
//!   exported annotation IDs, so the same export always has the same ID.
//! - `created`, `modified`: `xsd:dateTime` in UTC (`Z`); `creator`: a `Person` with
//!   the author's `name` (left out when the author is empty).
//! - `body`: per tag a `TextualBody` with `purpose` `tagging`, `value` the label and
//!   `id` `urn:glosa:tag:<tag ID>` (the same IRI for the same tag everywhere), then
//!   for a non-empty note a `TextualBody` with `purpose` `commenting`, `format`
//!   `text/plain`. An annotation with neither has no body and `motivation`
//!   `highlighting`. With a tag filter only the filtered tags' bodies appear.
//! - `target`: one `SpecificResource` per segment, `source` the document path
//!   exactly as written in the annotation file (not resolved or percent-encoded;
//!   a relative path resolves against the export's own location), and a
//!   `selector` array of two alternatives selecting the same text (§4.2):
//!   a `FragmentSelector` whose `value` is the paragraph ID, `refinedBy` a
//!   `TextPositionSelector` (code points in that paragraph's normalized text,
//!   §4.2.9); and a `TextQuoteSelector` with `exact`, `prefix` and `suffix` (up to
//!   32 code points of the same paragraph before and after). The fragment selector
//!   has no `conformsTo`: the paragraph ID is Glosa's own fragment syntax
//!   ([`crate::model::ids`]), not one of the registered ones.
//! - `glosa:status`: `anchored`, `moved` or `orphaned`. The `glosa:` prefix is
//!   declared in a second, inline `@context` entry (`urn:glosa:vocab:`), as the Web
//!   Annotation Vocabulary asks of extension terms, so `@context` is
//!   `["http://www.w3.org/ns/anno.jsonld", {"glosa": "urn:glosa:vocab:"}]`.
//!
//! `urn:glosa:` is not a registered URN namespace; the IDs are opaque and only
//! meant to be unique and stable.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use crate::model::anchor::{AnchorStatus, Anchorer, AnnotationAnchor, Resolved};
use crate::model::text::char_to_byte;
use crate::model::{Annotation, AnnotationId, CharOffset, Document, ParagraphId, Segment, TagId, TagSet, Timestamp};

pub mod agreement;
pub mod controls;
mod csv;
mod markdown;
pub mod refi;
pub mod segments;
pub mod source_map;
pub mod table;
mod w3c;

pub use self::csv::{CSV_COLUMNS, FORMULA_TRIGGERS, UTF8_BOM, neutralize_formula, write_csv};
pub use self::markdown::write_markdown;
pub use self::w3c::{
    GENERATOR_IRI, IriError, PARAGRAPH_FRAGMENT_SPEC, Resource, detect_language, file_iri, is_absolute_iri,
    resolve_iri, write_w3c_json, write_w3c_json_with,
};

/// The export formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// RFC 4180 CSV, UTF-8.
    #[default]
    Csv,
    /// CSV for Microsoft Excel: the same with a UTF-8 byte-order mark.
    CsvExcel,
    /// Excerpts grouped by tag as block quotes with ¶ references.
    Markdown,
    /// W3C Web Annotation JSON-LD.
    Json,
    /// REFI-QDA project (QDPX, a ZIP): documents, codes, codings, users and notes
    /// for NVivo, ATLAS.ti, MAXQDA, QualCoder ([`refi`]).
    Qdpx,
    /// REFI-QDA codebook (QDC): the tags as codes ([`refi::write_qdc`]).
    Qdc,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Format; 6] =
        [Format::Csv, Format::CsvExcel, Format::Markdown, Format::Json, Format::Qdpx, Format::Qdc];

    /// A short name for menus.
    pub fn label(self) -> &'static str {
        match self {
            Self::Csv => "CSV",
            Self::CsvExcel => "CSV for Excel",
            Self::Markdown => "Markdown",
            Self::Json => "W3C Web Annotation JSON",
            Self::Qdpx => "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)",
            Self::Qdc => "REFI-QDA codebook (tags only)",
        }
    }

    /// The usual file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv | Self::CsvExcel => "csv",
            Self::Markdown => "md",
            Self::Json => "jsonld",
            Self::Qdpx => "qdpx",
            Self::Qdc => "qdc",
        }
    }
}

/// Writes `sources` as [`write`] does and returns what a QDPX left out: the
/// orphaned annotations, which have no place in the text (REFI-QDA selections
/// are positions), by ID with their quote; empty for the other formats.
///
/// # Errors
/// As [`write`].
pub fn write_reporting(
    out: &mut impl Write,
    format: Format,
    sources: &[ExportSource<'_>],
    tags: &[TagId],
) -> io::Result<Vec<(crate::model::AnnotationId, String)>> {
    if format == Format::Qdpx {
        let name = sources.first().map_or("Glosa", |s| s.document_title);
        let (bytes, summary) = refi::qdpx_bytes(name, sources, tags).map_err(io::Error::other)?;
        out.write_all(&bytes)?;
        return Ok(summary.left_out);
    }
    write(out, format, sources, tags).map(|()| Vec::new())
}

/// Writes `sources` in `format`, keeping only `tags` (all when empty). A QDPX
/// needs each source's document (else an error) and is built in memory first.
pub fn write(out: &mut impl Write, format: Format, sources: &[ExportSource<'_>], tags: &[TagId]) -> io::Result<()> {
    match format {
        Format::Csv | Format::CsvExcel => write_csv(out, &excerpts(sources, tags), format == Format::CsvExcel),
        Format::Markdown => {
            // Read by people in viewers and terminals: control characters escaped
            // here, for the app and the CLI alike.
            let mut buffer = Vec::new();
            write_markdown(&mut buffer, &excerpts(sources, tags))?;
            let text = String::from_utf8_lossy(&buffer);
            out.write_all(controls::escape_keeping_crlf(&text).as_bytes())
        }
        Format::Json => write_w3c_json(out, sources, tags),
        Format::Qdpx => {
            let name = sources.first().map_or("Glosa", |s| s.document_title);
            let (bytes, _) = refi::qdpx_bytes(name, sources, tags).map_err(io::Error::other)?;
            out.write_all(&bytes)
        }
        Format::Qdc => {
            let mut set = TagSet::from_tags(Vec::new());
            for tag in sources.iter().flat_map(|s| s.tags.tags()) {
                if (tags.is_empty() || tags.contains(&tag.id)) && set.get(&tag.id).is_none() {
                    set.insert(set.tags().len(), tag.clone());
                }
            }
            refi::write_qdc(out, &set).map_err(io::Error::other)
        }
    }
}

/// One annotation file's content, resolved against its document.
#[derive(Clone, Debug)]
pub struct ExportSource<'a> {
    /// The document's title, shown in every excerpt.
    pub document_title: &'a str,
    /// The document's path as written in the annotation file: the JSON `source`.
    pub document_path: &'a str,
    /// The current document, `None` if it could not be loaded: then every segment
    /// is reported with its stored paragraph ID, offsets and quote.
    pub document: Option<&'a Document>,
    /// The annotation file's tag set, for labels and order.
    pub tags: &'a TagSet,
    /// Each annotation (in any order) with its anchor from [`Anchorer::resolve`];
    /// `None` when it was not resolved (no document): then it is reported
    /// orphaned, with its stored positions.
    pub annotations: Vec<(&'a Annotation, Option<AnnotationAnchor>)>,
}

impl<'a> ExportSource<'a> {
    /// A source whose annotations are resolved in `document` with
    /// [`Anchorer::resolve`], or left unresolved (orphaned) without a document.
    pub fn resolve(
        document_title: &'a str,
        document_path: &'a str,
        document: Option<&'a Document>,
        tags: &'a TagSet,
        annotations: impl IntoIterator<Item = &'a Annotation>,
    ) -> Self {
        let anchorer = document.map(Anchorer::new);
        let annotations = annotations
            .into_iter()
            .map(|annotation| (annotation, anchorer.as_ref().map(|anchorer| anchorer.resolve(annotation))))
            .collect();
        Self { document_title, document_path, document, tags, annotations }
    }
}

/// The 1-based ordinals of the first and last paragraph an excerpt covers.
///
/// Displayed `¶2`, or `¶2–¶3` (en dash) across paragraphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ordinals {
    /// The first paragraph, ¶N.
    pub first: u32,
    /// The last paragraph; equal to `first` within one paragraph.
    pub last: u32,
}

impl fmt::Display for Ordinals {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first == self.last {
            write!(f, "¶{}", self.first)
        } else {
            write!(f, "¶{}–¶{}", self.first, self.last)
        }
    }
}

/// One tagged excerpt: an annotation seen through one of its tags. Borrows from
/// the [`ExportSource`]s it was made from. See the module docs for the rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Excerpt<'a> {
    /// The document's title.
    pub document_title: &'a str,
    /// The document's file name (the last part of its path in the annotation file):
    /// a key that stays put when two documents share a title.
    pub document_file: &'a str,
    /// The annotation's ID.
    pub annotation_id: AnnotationId,
    /// The first segment's paragraph: where it is now if found, else as stored.
    /// `None` only for an annotation without segments (a damaged file).
    pub paragraph_id: Option<&'a ParagraphId>,
    /// First and last paragraph found in the current document; `None` when no
    /// segment was found.
    pub paragraphs: Option<Ordinals>,
    /// The tag; `None` for an untagged annotation.
    pub tag: Option<&'a TagId>,
    /// The tag's label; the tag ID if the tag set lacks it; empty when untagged.
    pub tag_label: &'a str,
    /// The tag's position in the source's tag set (0-based); `None` for a tag the
    /// set lacks and when untagged. Orders the Markdown sections.
    pub tag_position: Option<usize>,
    /// The highlighted text, segments joined with `\n`.
    pub quote: Cow<'a, str>,
    /// The annotation's note (may be empty or span lines).
    pub note: &'a str,
    /// Who made the annotation.
    pub author: &'a str,
    /// When it was made.
    pub created: Timestamp,
    /// Anchored, moved or orphaned: the worst of its segments.
    pub status: AnchorStatus,
}

/// Tagged excerpts of `sources`, one per (annotation, tag), in document order; see
/// the module docs. An empty `tags` filter means all tags (and untagged
/// annotations); otherwise only excerpts for tags in `tags`.
pub fn excerpts<'a>(sources: &[ExportSource<'a>], tags: &[TagId]) -> Vec<Excerpt<'a>> {
    let mut out = Vec::new();
    for entry in entries(sources) {
        let selected = selected_tags(entry.annotation, entry.source.tags, tags);
        if selected.is_empty() && !tags.is_empty() {
            continue;
        }
        let annotation = entry.annotation;
        let quote = match entry.places.as_slice() {
            [only] => Cow::Borrowed(only.quote),
            places => Cow::Owned(places.iter().map(|p| p.quote).collect::<Vec<_>>().join("\n")),
        };
        let excerpt = Excerpt {
            document_title: entry.source.document_title,
            document_file: file_name(entry.source.document_path),
            annotation_id: annotation.id,
            paragraph_id: entry.places.first().map(|p| p.paragraph_id),
            paragraphs: ordinals(&entry.places),
            tag: None,
            tag_label: "",
            tag_position: None,
            quote,
            note: &annotation.note,
            author: &annotation.author,
            created: annotation.created,
            status: entry.status,
        };
        if selected.is_empty() {
            out.push(excerpt);
        } else {
            out.extend(selected.into_iter().map(|tag| Excerpt {
                tag: Some(tag.id),
                tag_label: tag.label,
                tag_position: tag.position,
                ..excerpt.clone()
            }));
        }
    }
    out
}

/// The last part of a `/`- or `\\`-separated path, as annotation files store it.
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// An annotation of a source with its segments placed, ready to export.
struct Entry<'s, 'a> {
    source: &'s ExportSource<'a>,
    annotation: &'a Annotation,
    status: AnchorStatus,
    places: Vec<Place<'a>>,
}

/// Where one segment is, as exported: in the current document if found there,
/// else as stored.
struct Place<'a> {
    paragraph_id: &'a ParagraphId,
    /// Index and ordinal of the paragraph in the current document, if found.
    found: Option<(usize, u32)>,
    /// Code points into the paragraph's normalized text.
    start: CharOffset,
    end: CharOffset,
    /// The text at `start..end` (the stored quote when not found).
    quote: &'a str,
    /// The current paragraph's text, if found: context for the JSON quote selector.
    paragraph_text: Option<&'a str>,
    segment: &'a Segment,
}

/// All annotations of all sources, placed and in export order.
fn entries<'s, 'a>(sources: &'s [ExportSource<'a>]) -> Vec<Entry<'s, 'a>> {
    let mut all = Vec::new();
    for source in sources {
        let first = all.len();
        for (annotation, anchor) in &source.annotations {
            let resolved = |i: usize| anchor.as_ref().and_then(|anchor| anchor.segments.get(i));
            let places = annotation
                .segments
                .iter()
                .enumerate()
                .map(|(i, segment)| place(source.document, segment, resolved(i)))
                .collect();
            let status = anchor.as_ref().map_or(AnchorStatus::Orphaned, |anchor| anchor.status);
            all.push(Entry { source, annotation, status, places });
        }
        all[first..].sort_by_cached_key(|entry: &Entry<'_, '_>| {
            let position = entry.places.iter().find_map(|p| p.found.map(|(index, _)| (index, p.start)));
            (position.is_none(), position, entry.annotation.id)
        });
    }
    all
}

fn place<'a>(document: Option<&'a Document>, segment: &'a Segment, resolved: Option<&Resolved>) -> Place<'a> {
    let found = document.zip(resolved.and_then(|r| r.location)).and_then(|(document, location)| {
        let paragraph = document.paragraphs().get(location.paragraph)?;
        let text = document.text_of(paragraph);
        let start = char_to_byte(text, location.start)?.0;
        let end = char_to_byte(text, location.end)?.0;
        Some(Place {
            paragraph_id: &paragraph.id,
            found: Some((location.paragraph, paragraph.ordinal)),
            start: location.start,
            end: location.end,
            quote: text.get(start..end)?,
            paragraph_text: Some(text),
            segment,
        })
    });
    found.unwrap_or(Place {
        paragraph_id: &segment.paragraph,
        found: None,
        start: segment.start,
        end: segment.end,
        quote: &segment.quote,
        paragraph_text: None,
        segment,
    })
}

/// First and last ordinal of the found places.
fn ordinals(places: &[Place<'_>]) -> Option<Ordinals> {
    let mut found = places.iter().filter_map(|p| p.found.map(|(_, ordinal)| ordinal));
    let first = found.next()?;
    let (first, last) = found.fold((first, first), |(low, high), o| (low.min(o), high.max(o)));
    Some(Ordinals { first, last })
}

/// A tag of an annotation as exported.
struct SelectedTag<'a> {
    id: &'a TagId,
    label: &'a str,
    position: Option<usize>,
}

/// The annotation's tags that pass `filter` (all when it is empty), in tag-set
/// order, tags the set lacks after them by ID.
fn selected_tags<'a>(annotation: &'a Annotation, set: &'a TagSet, filter: &[TagId]) -> Vec<SelectedTag<'a>> {
    let mut selected: Vec<SelectedTag<'a>> = annotation
        .tags
        .iter()
        .filter(|id| filter.is_empty() || filter.contains(id))
        .map(|id| {
            let position = set.index_of(id);
            let label = position.and_then(|i| set.tags().get(i)).map_or(id.as_str(), |tag| tag.label.as_str());
            SelectedTag { id, label, position }
        })
        .collect();
    // Stable: tags the set lacks keep their ID order (the set of tags is sorted).
    selected.sort_by_key(|tag| (tag.position.is_none(), tag.position));
    selected
}
