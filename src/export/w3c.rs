//! W3C Web Annotation Data Model, serialized as JSON-LD; see the
//! [module docs](super) for the structure.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

use super::{Entry, ExportSource, Place, entries, selected_tags};
use crate::model::annotation::CONTEXT_CHARS;
use crate::model::{TagId, Timestamp};

/// The Web Annotation JSON-LD context, required in every collection.
pub const ANNOTATION_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The IRI the `glosa:` prefix of extension terms (`glosa:status`) stands for.
pub const GLOSA_VOCABULARY: &str = "urn:glosa:vocab:";

/// Writes the annotations of `sources` as one W3C Web Annotation
/// `AnnotationCollection` in JSON-LD, pretty-printed, followed by a line feed. With
/// a non-empty `tags` filter, only annotations carrying one of those tags appear,
/// with only those tags' tagging bodies. Flushes `out`.
pub fn write_w3c_json(out: &mut impl Write, sources: &[ExportSource<'_>], tags: &[TagId]) -> io::Result<()> {
    let items: Vec<WebAnnotation<'_>> = entries(sources).iter().filter_map(|entry| annotation(entry, tags)).collect();
    let id = collection_id(&items);
    let page_id = format!("{id}:page:1");
    let mut label = String::from("Glosa annotations");
    for (i, source) in sources.iter().enumerate() {
        label.push_str(if i == 0 { ": " } else { "; " });
        label.push_str(source.document_title);
    }
    let collection = Collection {
        context: (ANNOTATION_CONTEXT, Prefixes { glosa: GLOSA_VOCABULARY }),
        id,
        kind: "AnnotationCollection",
        label,
        total: items.len(),
        last: (!items.is_empty()).then(|| page_id.clone()),
        first: (!items.is_empty()).then_some(Page { id: page_id, kind: "AnnotationPage", start_index: 0, items }),
    };
    let mut out = io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &collection)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The Web Annotation of one entry, `None` if the tag filter excludes it.
fn annotation<'a>(entry: &Entry<'_, 'a>, filter: &[TagId]) -> Option<WebAnnotation<'a>> {
    let annotation = entry.annotation;
    let selected = selected_tags(annotation, entry.source.tags, filter);
    if selected.is_empty() && !filter.is_empty() {
        return None;
    }
    let mut body: Vec<TextualBody<'a>> = selected
        .into_iter()
        .map(|tag| TextualBody {
            id: Some(format!("urn:glosa:tag:{}", tag.id)),
            kind: "TextualBody",
            purpose: "tagging",
            value: tag.label,
            format: None,
        })
        .collect();
    if !annotation.note.is_empty() {
        body.push(TextualBody {
            id: None,
            kind: "TextualBody",
            purpose: "commenting",
            value: &annotation.note,
            format: Some("text/plain"),
        });
    }
    let source = entry.source.document_path;
    let target = if entry.places.is_empty() {
        // A damaged annotation without segments still targets its document.
        vec![Target { kind: "SpecificResource", source, selector: Vec::new() }]
    } else {
        entry.places.iter().map(|place| target(source, place)).collect()
    };
    Some(WebAnnotation {
        id: format!("urn:glosa:annotation:{}", annotation.id),
        kind: "Annotation",
        motivation: body.is_empty().then_some("highlighting"),
        created: annotation.created,
        modified: annotation.modified,
        creator: (!annotation.author.is_empty()).then_some(Person { kind: "Person", name: &annotation.author }),
        status: entry.status.as_str(),
        body,
        target,
    })
}

fn target<'a>(source: &'a str, place: &Place<'a>) -> Target<'a> {
    let (prefix, suffix) = match place.paragraph_text {
        Some(text) => context(text, place.start.0, place.end.0),
        None => (place.segment.prefix.as_str(), place.segment.suffix.as_str()),
    };
    let position = PositionSelector { kind: "TextPositionSelector", start: place.start.0, end: place.end.0 };
    Target {
        kind: "SpecificResource",
        source,
        selector: vec![
            Selector::Fragment { value: place.paragraph_id.as_str(), refined_by: position },
            Selector::Quote { exact: place.quote, prefix, suffix },
        ],
    }
}

/// Up to [`CONTEXT_CHARS`] code points of `text` before code point `start` and
/// after code point `end`.
fn context(text: &str, start: usize, end: usize) -> (&str, &str) {
    let byte = |chars: usize| text.char_indices().nth(chars).map_or(text.len(), |(byte, _)| byte);
    let (start_byte, end_byte) = (byte(start), byte(end));
    let prefix = text.get(byte(start.saturating_sub(CONTEXT_CHARS))..start_byte).unwrap_or_default();
    let suffix = text.get(end_byte..byte(end + CONTEXT_CHARS)).unwrap_or_default();
    (prefix, suffix)
}

/// `urn:glosa:collection:` and 32 hex digits of a BLAKE3 hash of the exported
/// annotation and tag IDs: the same export always gets the same ID.
fn collection_id(items: &[WebAnnotation<'_>]) -> String {
    let mut hasher = blake3::Hasher::new();
    for item in items {
        hasher.update(item.id.as_bytes());
        for id in item.body.iter().filter_map(|body| body.id.as_deref()) {
            hasher.update(b" ");
            hasher.update(id.as_bytes());
        }
        hasher.update(b"\n");
    }
    let hex = hasher.finalize().to_hex();
    format!("urn:glosa:collection:{}", hex.get(..32).unwrap_or_default())
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
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<WebAnnotation<'a>>,
}

#[derive(Serialize)]
struct WebAnnotation<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    motivation: Option<&'static str>,
    #[serde(serialize_with = "rfc3339")]
    created: Timestamp,
    #[serde(serialize_with = "rfc3339")]
    modified: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Person<'a>>,
    #[serde(rename = "glosa:status")]
    status: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    body: Vec<TextualBody<'a>>,
    target: Vec<Target<'a>>,
}

#[derive(Serialize)]
struct Person<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct TextualBody<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
}

#[derive(Serialize)]
struct Target<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    source: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    selector: Vec<Selector<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "type")]
enum Selector<'a> {
    #[serde(rename = "FragmentSelector")]
    Fragment {
        value: &'a str,
        #[serde(rename = "refinedBy")]
        refined_by: PositionSelector,
    },
    #[serde(rename = "TextQuoteSelector")]
    Quote { exact: &'a str, prefix: &'a str, suffix: &'a str },
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}
