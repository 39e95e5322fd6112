//! W3C Web Annotation Data Model, serialized as JSON-LD; see the
//! [module docs](super) for the structure.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Component, Path};

use serde::{Serialize, Serializer};
use whatlang::Lang;

use super::source_map::{self, SourceSpan, SourceText};
use super::{Entry, ExportSource, Place, entries, selected_tags};
use crate::model::annotation::CONTEXT_CHARS;
use crate::model::{Document, TagId, Timestamp};

/// The Web Annotation JSON-LD context, required in every collection.
pub const ANNOTATION_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The IRI the `glosa:` prefix of extension terms (`glosa:status`, `glosa:tag`)
/// stands for.
pub const GLOSA_VOCABULARY: &str = "urn:glosa:vocab:";

/// The `conformsTo` of the `FragmentSelector` naming a paragraph by its stable ID
/// (`p-3f9a2c1e7b04`, see [`crate::model::ids`]); README's "Paragraph fragments"
/// documents the syntax.
pub const PARAGRAPH_FRAGMENT_SPEC: &str = "urn:glosa:spec:paragraph-id:1";

/// The `id` of the `generator` agent: Glosa, the software.
pub const GENERATOR_IRI: &str = "urn:glosa:software:glosa";

/// How one exported document is named and read: the `source` of its annotations'
/// targets.
#[derive(Clone, Debug, Default)]
pub struct Resource {
    /// The document's absolute IRI: a `file:` IRI ([`file_iri`]) or the URL it is
    /// published at ([`resolve_iri`]).
    pub iri: String,
    /// The language of the document's text as a BCP 47 tag (`es`), if known;
    /// `None` lets the writer detect it ([`detect_language`]).
    pub language: Option<String>,
    /// The document's reading text with its paragraph maps, for positions and
    /// quotes that select the passage in the file; `None` exports quotes only.
    pub text: Option<SourceText>,
}

impl Resource {
    /// The resource of the document file at the absolute path `path`: its `file:`
    /// IRI and, given the `document` parsed from it and the file's `bytes` (read
    /// again by the caller), its reading text for positions in the file. A
    /// relative `path` is kept as a percent-encoded relative reference (which W3C
    /// consumers cannot resolve).
    pub fn for_file(path: &Path, document: Option<&Document>, bytes: Option<Vec<u8>>) -> Self {
        let text = document.zip(bytes).and_then(|(document, bytes)| SourceText::from_bytes(bytes, document));
        Self { iri: iri_for_path(&path.to_string_lossy()), language: None, text }
    }
}

/// Writes the annotations of `sources` as one W3C Web Annotation
/// `AnnotationCollection` in JSON-LD, like [`write_w3c_json_with`], naming each
/// document by its `document_path`: unchanged when it is already an absolute IRI,
/// as a `file:` IRI when it is an absolute path, and as a percent-encoded
/// relative reference otherwise (which W3C consumers cannot resolve: give
/// absolute paths or use [`write_w3c_json_with`]). Positions are exported as
/// quotes and paragraph fragments only, without reading-text positions.
pub fn write_w3c_json(out: &mut impl Write, sources: &[ExportSource<'_>], tags: &[TagId]) -> io::Result<()> {
    let resources: Vec<Resource> = sources
        .iter()
        .map(|source| Resource { iri: iri_for_path(source.document_path), language: None, text: None })
        .collect();
    write_w3c_json_with(out, sources, &resources, tags)
}

/// Writes the annotations of `sources` as one W3C Web Annotation
/// `AnnotationCollection` in JSON-LD, pretty-printed, followed by a line feed.
/// `resources[i]` names and reads the document of `sources[i]` (a missing entry
/// is treated as [`write_w3c_json`] treats a path). With a non-empty `tags`
/// filter, only annotations carrying one of those tags appear, with only those
/// tags' tagging bodies. Flushes `out`.
pub fn write_w3c_json_with(
    out: &mut impl Write,
    sources: &[ExportSource<'_>],
    resources: &[Resource],
    tags: &[TagId],
) -> io::Result<()> {
    let fallback: Vec<Resource> = sources
        .iter()
        .skip(resources.len())
        .map(|s| Resource { iri: iri_for_path(s.document_path), language: None, text: None })
        .collect();
    let resources: Vec<&Resource> = resources.iter().chain(&fallback).collect();
    let documents: Vec<DocumentNode<'_>> = sources
        .iter()
        .zip(&resources)
        .map(|(source, resource)| {
            let text = resource.text.as_ref();
            let format =
                text.map(SourceText::media_type).or(source.document.map(|d| source_map::media_type(d.format())));
            let language =
                resource.language.clone().or_else(|| source.document.and_then(|d| detect_language(d.full_text())));
            DocumentNode { id: &resource.iri, kind: "Text", format, language }
        })
        .collect();
    let all = entries(sources);
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut items: Vec<WebAnnotation<'_>> = Vec::new();
    for entry in &all {
        let index = sources.iter().position(|s| std::ptr::eq(s, entry.source)).unwrap_or(0);
        let (Some(document), Some(resource)) = (documents.get(index), resources.get(index)) else {
            continue;
        };
        if let Some(mut item) = annotation(entry, tags, document, resource.text.as_ref()) {
            let count = seen.entry(item.id.clone()).or_insert(0);
            *count += 1;
            if *count > 1 {
                item.id = format!("{}-{count}", item.id);
            }
            items.push(item);
        }
    }
    let id = collection_id(&items);
    let page_id = format!("{id}:page:1");
    let mut label = String::from("Glosa annotations");
    for (i, source) in sources.iter().enumerate() {
        label.push_str(if i == 0 { ": " } else { "; " });
        label.push_str(source.document_title);
    }
    let collection = Collection {
        context: (ANNOTATION_CONTEXT, Prefixes { glosa: GLOSA_VOCABULARY }),
        id: id.clone(),
        kind: "AnnotationCollection",
        label,
        total: items.len(),
        last: (!items.is_empty()).then(|| page_id.clone()),
        first: (!items.is_empty()).then_some(Page {
            id: page_id,
            kind: "AnnotationPage",
            part_of: id,
            start_index: 0,
            items,
        }),
    };
    let mut out = io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &collection)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The Web Annotation of one entry, `None` if the tag filter excludes it.
fn annotation<'a>(
    entry: &Entry<'_, 'a>,
    filter: &[TagId],
    document: &DocumentNode<'a>,
    text: Option<&'a SourceText>,
) -> Option<WebAnnotation<'a>> {
    let annotation = entry.annotation;
    let selected = selected_tags(annotation, entry.source.tags, filter);
    if selected.is_empty() && !filter.is_empty() {
        return None;
    }
    let creator = (!annotation.author.is_empty()).then(|| Person::new(&annotation.author));
    let mut body: Vec<TextualBody<'a>> = selected
        .iter()
        .map(|tag| TextualBody {
            kind: "TextualBody",
            purpose: "tagging",
            value: tag.label,
            format: "text/plain",
            language: None,
            creator: creator.clone(),
            tag: Some(tag.id.as_str()),
        })
        .collect();
    if !annotation.note.is_empty() {
        body.push(TextualBody {
            kind: "TextualBody",
            purpose: "commenting",
            value: &annotation.note,
            format: "text/plain",
            language: detect_language(&annotation.note),
            creator: creator.clone(),
            tag: None,
        });
    }
    let motivation = if !selected.is_empty() {
        "tagging"
    } else if body.is_empty() {
        "highlighting"
    } else {
        "commenting"
    };
    let target = if entry.places.is_empty() {
        // A damaged annotation without segments still targets its document.
        vec![Target { kind: "SpecificResource", source: document.clone(), selector: Vec::new() }]
    } else {
        runs(&entry.places).into_iter().map(|run| target(document, run, text)).collect()
    };
    Some(WebAnnotation {
        id: format!("urn:glosa:annotation:{}", annotation.id),
        kind: "Annotation",
        motivation,
        created: annotation.created,
        modified: annotation.modified,
        creator,
        generator: Software::GLOSA,
        status: entry.status.as_str(),
        body,
        target,
    })
}

/// The places split into runs of one continuous passage: a highlight across a
/// paragraph break (one segment to the end of a paragraph, the next from the
/// start of the following one) is one run; segments that do not touch (possible
/// only in files edited by hand or merged) start a new run.
fn runs<'p, 'a>(places: &'p [Place<'a>]) -> Vec<&'p [Place<'a>]> {
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 1..places.len() {
        if !continues(&places[i - 1], &places[i]) {
            runs.push(&places[start..i]);
            start = i;
        }
    }
    if !places.is_empty() {
        runs.push(&places[start..]);
    }
    runs
}

/// Whether `next` continues `previous` across a paragraph break.
fn continues(previous: &Place<'_>, next: &Place<'_>) -> bool {
    match (previous.found, next.found, previous.paragraph_text) {
        (Some((a, _)), Some((b, _)), Some(text)) => {
            b == a + 1 && next.start.0 == 0 && previous.end.0 == text.chars().count()
        }
        // Not in the current document: the stored neighbours and offsets tell.
        (None, None, None) => {
            previous.segment.neighbors.after.as_ref() == Some(next.paragraph_id)
                && next.segment.neighbors.before.as_ref() == Some(previous.paragraph_id)
                && next.start.0 == 0
                && previous.segment.suffix.is_empty()
        }
        _ => false,
    }
}

/// The target of one run of places: the reading-text quote and position when the
/// run maps exactly, else Glosa's normalized quote; and the paragraph fragment(s).
fn target<'a>(document: &DocumentNode<'a>, run: &[Place<'a>], text: Option<&'a SourceText>) -> Target<'a> {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return Target { kind: "SpecificResource", source: document.clone(), selector: Vec::new() };
    };
    let mapped: Option<(SourceSpan, &SourceText)> = text
        .zip(first.found.zip(last.found))
        .and_then(|(text, (a, b))| text.span(a.0, first.start, b.0, last.end).map(|span| (span, text)));
    let mut selector = Vec::new();
    if let Some((span, text)) = &mapped {
        let (exact, prefix, suffix) = text.quote(span);
        selector.push(Selector::Quote { exact: exact.into(), prefix: prefix.into(), suffix: suffix.into() });
        selector.push(Selector::Position { start: span.start.0, end: span.end.0 });
    } else {
        let (prefix, _) = context(first);
        let (_, suffix) = context(last);
        let exact = if run.len() == 1 {
            first.quote.into()
        } else {
            run.iter().map(|p| p.quote).collect::<Vec<_>>().join("\n").into()
        };
        selector.push(Selector::Quote { exact, prefix: prefix.into(), suffix: suffix.into() });
    }
    let fragment = |place: &Place<'a>, start: usize, end: usize| Fragment {
        kind: "FragmentSelector",
        conforms_to: PARAGRAPH_FRAGMENT_SPEC,
        value: place.paragraph_id.as_str(),
        refined_by: Position::new(start, end),
    };
    if run.len() == 1 {
        let Fragment { conforms_to, value, refined_by, .. } = fragment(first, first.start.0, first.end.0);
        selector.push(Selector::Fragment { conforms_to, value, refined_by });
    } else {
        selector.push(Selector::Range {
            start_selector: fragment(first, first.start.0, first.start.0),
            end_selector: fragment(last, last.end.0, last.end.0),
        });
    }
    Target { kind: "SpecificResource", source: document.clone(), selector }
}

/// Up to [`CONTEXT_CHARS`] code points of the place's paragraph before and after
/// it: from the current paragraph when found, else as stored.
fn context<'a>(place: &Place<'a>) -> (&'a str, &'a str) {
    match place.paragraph_text {
        Some(text) => {
            let (start, end) = (place.start.0, place.end.0);
            let byte = |chars: usize| text.char_indices().nth(chars).map_or(text.len(), |(byte, _)| byte);
            let (start_byte, end_byte) = (byte(start), byte(end));
            let prefix = text.get(byte(start.saturating_sub(CONTEXT_CHARS))..start_byte).unwrap_or_default();
            let suffix = text.get(end_byte..byte(end + CONTEXT_CHARS)).unwrap_or_default();
            (prefix, suffix)
        }
        None => (place.segment.prefix.as_str(), place.segment.suffix.as_str()),
    }
}

/// `urn:glosa:collection:` and 32 hex digits of a BLAKE3 hash of the exported
/// annotation IDs, their tag IDs and their documents' IRIs: the same export always
/// gets the same ID.
fn collection_id(items: &[WebAnnotation<'_>]) -> String {
    let mut hasher = blake3::Hasher::new();
    for item in items {
        hasher.update(item.id.as_bytes());
        for tag in item.body.iter().filter_map(|body| body.tag) {
            hasher.update(b" ");
            hasher.update(tag.as_bytes());
        }
        for target in &item.target {
            hasher.update(b" ");
            hasher.update(target.source.id.as_bytes());
        }
        hasher.update(b"\n");
    }
    let hex = hasher.finalize().to_hex();
    format!("urn:glosa:collection:{}", hex.get(..32).unwrap_or_default())
}

/// The BCP 47 tag of the language `text` is written in, when `whatlang` is
/// confident of it (`es`, `fr`, `he`, `hi`, `zh`…), else `None`. Long texts are
/// judged by their first 64 KiB. BCP 47 (RFC 5646 §2.2.1) takes the ISO 639-1
/// two-letter code where one exists, else the ISO 639-3 code `whatlang` gives
/// (mapped by `isolang`).
pub fn detect_language(text: &str) -> Option<String> {
    const SAMPLE: usize = 64 * 1024;
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    if !info.is_reliable() {
        return None;
    }
    Some(bcp47_language(info.lang()))
}

/// The BCP 47 primary language subtag of a `whatlang` language: its ISO 639-1
/// code where there is one (`heb` → `he`, `hin` → `hi`), else its ISO 639-3
/// code. `whatlang` names two languages by an individual code whose macrolanguage
/// has the two-letter code: Mandarin (`cmn` → `zh`) and Iranian Persian (`pes` →
/// `fa`).
pub fn bcp47_language(lang: Lang) -> String {
    match lang {
        Lang::Cmn => "zh".to_owned(),
        Lang::Pes => "fa".to_owned(),
        other => {
            isolang::Language::from_639_3(other.code()).and_then(|l| l.to_639_1()).unwrap_or(other.code()).to_owned()
        }
    }
}

/// Why an IRI could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IriError {
    /// The base is not an absolute IRI (`https://…`, `file:///…`).
    #[error("`{0}` is not an absolute URI such as https://example.org/documents/")]
    NotAbsolute(String),
}

/// Whether `text` is an absolute IRI: a scheme (RFC 3986 §3.1: a letter, then
/// letters, digits, `+`, `-`, `.`) of two characters or more, `:`, and no white
/// space. One-letter "schemes" are Windows drive letters (`C:\…`), not IRIs.
pub fn is_absolute_iri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme.len() >= 2
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !text.chars().any(char::is_whitespace)
}

/// Characters kept as they are in a path segment: RFC 3986 unreserved characters.
/// Everything else, `/` included when it is part of a name, is percent-encoded as
/// UTF-8 (`Informe final (ES).txt` → `Informe%20final%20%28ES%29.txt`).
const SEGMENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// The `file:` IRI of an absolute path (RFC 8089): `/home/ana/Informes/Túnez.txt`
/// → `file:///home/ana/Informes/T%C3%BAnez.txt`; `C:\Users\Ana\x.txt` →
/// `file:///C:/Users/Ana/x.txt`; `\\server\share\x.txt` → `file://server/share/x.txt`.
/// Each segment is percent-encoded as UTF-8 (on Unix, names that are not UTF-8 by
/// their raw bytes). `None` for a relative path.
pub fn file_iri(path: &Path) -> Option<String> {
    if !path.is_absolute() {
        return None;
    }
    let mut iri = String::from("file://");
    let mut segments: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            Component::Prefix(prefix) => {
                use std::path::Prefix;
                match prefix.kind() {
                    Prefix::Disk(letter) | Prefix::VerbatimDisk(letter) => {
                        segments.push(format!("{}:", char::from(letter)));
                    }
                    Prefix::UNC(server, share) | Prefix::VerbatimUNC(server, share) => {
                        iri.push_str(&encode(server));
                        segments.push(encode(share));
                    }
                    Prefix::Verbatim(name) | Prefix::DeviceNS(name) => segments.push(encode(name)),
                }
            }
            Component::RootDir | Component::CurDir => {}
            Component::ParentDir => {
                segments.pop();
            }
            Component::Normal(name) => segments.push(encode(name)),
        }
    }
    for segment in segments {
        iri.push('/');
        iri.push_str(&segment);
    }
    if iri == "file://" {
        iri.push('/');
    }
    Some(iri)
}

/// One path segment, percent-encoded.
fn encode(name: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(name).to_vec();
    #[cfg(not(unix))]
    let bytes = name.to_string_lossy().into_owned().into_bytes();
    percent_encoding::percent_encode(&bytes, SEGMENT).to_string()
}

/// The IRI of the document file `file_name` published under `base` (RFC 3986
/// §5.2 reference resolution of the percent-encoded name): `https://example.org/wsis/`
/// and `Túnez 2005.txt` → `https://example.org/wsis/T%C3%BAnez%202005.txt`. As in
/// any URL resolution, a base without a final `/` has its last segment replaced.
pub fn resolve_iri(base: &str, file_name: &str) -> Result<String, IriError> {
    if !is_absolute_iri(base) {
        return Err(IriError::NotAbsolute(base.to_owned()));
    }
    let without_fragment = base.split('#').next().unwrap_or(base);
    let without_query = without_fragment.split('?').next().unwrap_or(without_fragment);
    let encoded = percent_encoding::utf8_percent_encode(file_name, SEGMENT).to_string();
    let (scheme, rest) = without_query.split_once(':').unwrap_or((without_query, ""));
    // The directory of the base: up to its last `/` after the authority.
    let path_start = rest.strip_prefix("//").map_or(0, |r| 2 + r.find('/').unwrap_or(r.len()));
    let directory = match rest[path_start..].rfind('/') {
        Some(i) => &rest[..=path_start + i],
        None if path_start > 0 => return Ok(format!("{scheme}:{rest}/{encoded}")),
        None => "",
    };
    Ok(format!("{scheme}:{directory}{encoded}"))
}

/// The IRI for a document path when nothing better is known (see
/// [`write_w3c_json`]).
fn iri_for_path(path: &str) -> String {
    if is_absolute_iri(path) && !Path::new(path).is_absolute() {
        return path.to_owned();
    }
    file_iri(Path::new(path)).unwrap_or_else(|| {
        path.split('/')
            .map(|s| percent_encoding::utf8_percent_encode(s, SEGMENT).to_string())
            .collect::<Vec<_>>()
            .join("/")
    })
}

fn rfc3339<S: Serializer>(timestamp: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(timestamp)
}

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "@context")]
    context: (&'static str, Prefixes),
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    label: String,
    total: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<Page<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<String>,
}

/// The inline JSON-LD context declaring the extension prefix.
#[derive(Serialize)]
struct Prefixes {
    glosa: &'static str,
}

#[derive(Serialize)]
struct Page<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "partOf")]
    part_of: String,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<WebAnnotation<'a>>,
}

#[derive(Serialize)]
struct WebAnnotation<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    #[serde(serialize_with = "rfc3339")]
    created: Timestamp,
    #[serde(serialize_with = "rfc3339")]
    modified: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Person<'a>>,
    generator: Software,
    #[serde(rename = "glosa:status")]
    status: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    body: Vec<TextualBody<'a>>,
    target: Vec<Target<'a>>,
}

/// An annotation's author. Glosa knows the name the coder goes by (`GLOSA_AUTHOR`
/// or the login name), so it is both the `name` and the `nickname`.
#[derive(Clone, Serialize)]
struct Person<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
    nickname: &'a str,
}

impl<'a> Person<'a> {
    fn new(name: &'a str) -> Self {
        Self { kind: "Person", name, nickname: name }
    }
}

#[derive(Serialize)]
struct Software {
    id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'static str,
    nickname: &'static str,
}

impl Software {
    const GLOSA: Self = Self {
        id: GENERATOR_IRI,
        kind: "Software",
        name: concat!("Glosa ", env!("CARGO_PKG_VERSION")),
        nickname: "glosa",
    };
}

#[derive(Serialize)]
struct TextualBody<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: &'a str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Person<'a>>,
    #[serde(rename = "glosa:tag", skip_serializing_if = "Option::is_none")]
    tag: Option<&'a str>,
}

/// The document as the source of a target: an External Web Resource.
#[derive(Clone, Serialize)]
struct DocumentNode<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<String>,
}

#[derive(Serialize)]
struct Target<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    source: DocumentNode<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    selector: Vec<Selector<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "type")]
enum Selector<'a> {
    #[serde(rename = "TextQuoteSelector")]
    Quote { exact: Cow<'a, str>, prefix: Cow<'a, str>, suffix: Cow<'a, str> },
    #[serde(rename = "TextPositionSelector")]
    Position { start: usize, end: usize },
    #[serde(rename = "FragmentSelector")]
    Fragment {
        #[serde(rename = "conformsTo")]
        conforms_to: &'static str,
        value: &'a str,
        #[serde(rename = "refinedBy")]
        refined_by: Position,
    },
    #[serde(rename = "RangeSelector")]
    Range {
        #[serde(rename = "startSelector")]
        start_selector: Fragment<'a>,
        #[serde(rename = "endSelector")]
        end_selector: Fragment<'a>,
    },
}

#[derive(Serialize)]
struct Fragment<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "conformsTo")]
    conforms_to: &'static str,
    value: &'a str,
    #[serde(rename = "refinedBy")]
    refined_by: Position,
}

#[derive(Serialize)]
struct Position {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

impl Position {
    fn new(start: usize, end: usize) -> Self {
        Self { kind: "TextPositionSelector", start, end }
    }
}
