//! Reading W3C Web Annotation JSON (Glosa's own exports, any W3C producer, and the
//! JSON the Hypothesis API returns) into annotations on a document.
//!
//! # What is read
//!
//! - An `AnnotationCollection` with embedded pages (`first`, then each page's
//!   `next`), an `AnnotationPage`, one `Annotation`, a JSON array of them, or a
//!   Hypothesis search result (`{"total": n, "rows": [...]}` from
//!   `/api/search?uri=…`).
//! - Per annotation: `target` (an IRI, an object or an array) with `selector`s:
//!   `TextQuoteSelector` (`exact`, `prefix`, `suffix`), `TextPositionSelector`,
//!   `RangeSelector` and Glosa's paragraph `FragmentSelector`
//!   ([`crate::export::PARAGRAPH_FRAGMENT_SPEC`]). Bodies: `TextualBody` with
//!   purpose `tagging` (or `classifying`) are tags (`glosa:tag` gives the tag ID);
//!   other textual bodies and `bodyValue` make the note; a body that is only an
//!   IRI is kept in the note as `<IRI>`. Hypothesis fields: `text` (the note),
//!   `tags`, `user` (`acct:ana@hypothes.is` → `ana`, or `user_info.display_name`),
//!   `created`, `updated`; replies (`references`) are appended to the note of the
//!   annotation they reply to.
//!
//! # Where each target goes (most trusted first; nothing is guessed)
//!
//! 1. **The stated position**, if the text there is the quote: a
//!    `TextPositionSelector` counted in code points of the document's reading text
//!    (Glosa's export, tools reading the file), or, failing that, in UTF-16 code
//!    units (Hypothesis counts UTF-16 in the page it annotated). Placed.
//! 2. **The exact quote** in the reading text, the occurrence whose `prefix` and
//!    `suffix` agree best (the stated position breaks ties). Placed when one
//!    occurrence is best, *moved* (needs review) when several are equally good.
//! 3. **Glosa's paragraph fragment**: the paragraph ID and offsets, if the text
//!    there is the quote (normalized). Placed.
//! 4. **The normalized quote** (white space collapsed, NFC) in the document's
//!    paragraphs, for quotes taken from another rendering of the text (a web page):
//!    as in 2.
//! 5. Otherwise the anchoring rules of [`crate::model::anchor`] on the quote and
//!    context (fuzzy matches near the fragment's paragraph are *moved*), else
//!    **orphaned**: kept with its quote and context, listed, never dropped.
//!
//! An annotation without a selector (a Hypothesis page note) is kept as an
//! orphan without quote.
//!
//! # Tags and IDs
//!
//! A tag is matched to the codebook by ID (`glosa:tag`, or a label that is a tag
//! ID), then by normalized label (case, accents and punctuation ignored: `Civil
//! Society`, `civil-society` and `Sociedad civil`'s slug compare as slugs); an
//! unknown tag is added to the codebook, never dropped. An annotation keeps its
//! Glosa ID (`urn:glosa:annotation:<ULID>`); any other gets a ULID made from its
//! `created` time and a hash of its `id`, so importing the same file twice adds
//! nothing the second time.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

use crate::export::PARAGRAPH_FRAGMENT_SPEC;
use crate::export::source_map::{NormalizedSpan, SourceText};
use crate::model::anchor::{AnchorStatus, Anchorer};
use crate::model::annotation::CONTEXT_CHARS;
use crate::model::normalize::normalize;
use crate::model::{
    Annotation, AnnotationId, AnnotationSet, CharOffset, Color, Document, Edit, ParagraphId, Segment, Tag, TagId,
    Timestamp,
};

/// Largest JSON file read, in bytes (256 MiB).
pub const MAX_JSON_BYTES: u64 = 256 * 1024 * 1024;

/// Colours given to tags the import adds, in order (mid-tones legible on light
/// and dark backgrounds, as the app offers for new tags).
const NEW_TAG_COLORS: [Color; 8] = [
    Color { r: 0x2E, g: 0x8B, b: 0x8B },
    Color { r: 0xA0, g: 0x6B, b: 0x2C },
    Color { r: 0x8E, g: 0x6C, b: 0xC8 },
    Color { r: 0xC0, g: 0x4A, b: 0x6E },
    Color { r: 0x5A, g: 0x8F, b: 0x29 },
    Color { r: 0x3D, g: 0x6F, b: 0xB6 },
    Color { r: 0xB5, g: 0x65, b: 0x1D },
    Color { r: 0x7F, g: 0x7F, b: 0x3F },
];

/// Why a file could not be read as Web Annotation JSON. Messages do not name the
/// file: the caller adds the path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Not JSON.
    #[error("not JSON ({0})")]
    Json(String),
    /// JSON, but neither annotations, a collection, a page nor a Hypothesis result.
    #[error(
        "no Web Annotations in it (expected an Annotation, AnnotationCollection, AnnotationPage, an array of them or a Hypothesis search result)"
    )]
    NoAnnotations,
    /// A collection whose pages are only referenced by IRI.
    #[error("the collection's pages are not embedded (first is {0}); download the pages and import them")]
    PagesNotEmbedded(String),
}

/// One annotation as read, before placing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Incoming {
    /// Its `id` as written.
    pub id: String,
    /// Creation time, if given.
    pub created: Option<Timestamp>,
    /// Modification time, if given.
    pub modified: Option<Timestamp>,
    /// Author name, if given.
    pub author: Option<String>,
    /// The note (textual bodies, `bodyValue`, Hypothesis `text`).
    pub note: String,
    /// Tags as (tag ID if known, label).
    pub tags: Vec<(Option<String>, String)>,
    /// The targets.
    pub targets: Vec<TargetIn>,
    /// IDs of the annotations this one replies to (Hypothesis `references`).
    pub references: Vec<String>,
}

/// One target as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TargetIn {
    /// The `source` IRI.
    pub source: Option<String>,
    /// `TextQuoteSelector` (exact, prefix, suffix).
    pub quote: Option<(String, String, String)>,
    /// `TextPositionSelector` (start, end), in whatever unit the producer used.
    pub position: Option<(usize, usize)>,
    /// Glosa paragraph fragment: start paragraph and offset, end paragraph and offset.
    pub fragment: Option<((String, usize), (String, usize))>,
}

/// Where an imported annotation ended up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Placement {
    /// At the quoted text, found unambiguously.
    Placed,
    /// Placed, but ambiguously or approximately: needs review.
    Moved,
    /// Not found: kept with its quote.
    Orphaned,
}

impl Placement {
    /// `placed`, `moved` or `orphaned`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Placed => "placed",
            Self::Moved => "moved",
            Self::Orphaned => "orphaned",
        }
    }
}

/// What importing will do: the edits (tags first, then annotations, as one batch)
/// and a line per annotation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    /// Apply as one [`Edit::Batch`].
    pub edits: Vec<Edit>,
    /// Each new annotation with where it went, in input order.
    pub annotations: Vec<(Annotation, Placement)>,
    /// Tags added to the codebook.
    pub new_tags: Vec<TagId>,
    /// Annotations skipped because the annotation file already has their ID.
    pub already_there: usize,
    /// Replies merged into the note of the annotation they answer.
    pub replies: usize,
    /// Annotations left out because their targets name another document (see
    /// [`of_this_document`]); set by the caller that filtered them.
    pub other_documents: usize,
}

impl ImportPlan {
    /// How many annotations got each placement: (placed, moved, orphaned).
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |p: Placement| self.annotations.iter().filter(|(_, q)| *q == p).count();
        (count(Placement::Placed), count(Placement::Moved), count(Placement::Orphaned))
    }
}

/// The annotations of `incoming` that may be on the document at `document`, and
/// how many were left out because their targets name another document.
///
/// A target's `source` names a document by its last path segment (the file name
/// of a `file:` IRI or a URL, percent-decoded, without query or fragment,
/// compared ignoring letter case). When the sources name one document or none
/// (a Hypothesis search on one page, a single-document export), every
/// annotation is kept, as the user chose the document. When they name several
/// (an export of many documents), an annotation is kept if one of its sources
/// names `document`'s file name, or if it has no source at all; the others are
/// another document's, left out rather than placed by quote or added as
/// orphans. O(n) in annotations and targets.
pub fn of_this_document(incoming: Vec<Incoming>, document: &Path) -> (Vec<Incoming>, usize) {
    let names = |item: &Incoming| -> BTreeSet<String> {
        item.targets.iter().filter_map(|t| t.source.as_deref()).filter_map(source_name).collect()
    };
    let all: BTreeSet<String> = incoming.iter().flat_map(names).collect();
    if all.len() <= 1 {
        return (incoming, 0);
    }
    let this = document.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let before = incoming.len();
    let kept: Vec<Incoming> = incoming
        .into_iter()
        .filter(|item| {
            let sources = names(item);
            sources.is_empty() || sources.contains(&this)
        })
        .collect();
    let left_out = before - kept.len();
    (kept, left_out)
}

/// The document name a source IRI gives: its last path segment, percent-decoded
/// and in lower case (`file:///d/Informe%20final.txt` → `informe final.txt`,
/// `https://ex.org/docs/brief.pdf?x=1#p4` → `brief.pdf`); `None` for an empty one.
fn source_name(iri: &str) -> Option<String> {
    let iri = iri.split(['#', '?']).next().unwrap_or_default();
    let last = iri.trim_end_matches('/').rsplit(['/', '\\']).next().unwrap_or_default();
    let decoded = percent_encoding::percent_decode_str(last).decode_utf8_lossy().to_lowercase();
    (!decoded.is_empty()).then_some(decoded)
}

/// Reads Web Annotation JSON; see the module docs for the shapes.
pub fn read(json: &[u8]) -> Result<Vec<Incoming>, ImportError> {
    let json = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
    let value: Value = serde_json::from_slice(json).map_err(|e| ImportError::Json(e.to_string()))?;
    let mut raw = Vec::new();
    collect(&value, &mut raw, 0)?;
    if raw.is_empty() && !is_empty_container(&value) {
        return Err(ImportError::NoAnnotations);
    }
    Ok(raw.iter().map(|v| incoming(v)).collect())
}

/// Whether `value` is a collection, page, array or search result with nothing in it.
fn is_empty_container(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.is_empty(),
        Value::Object(o) => {
            o.get("rows").is_some_and(|r| r.as_array().is_some_and(Vec::is_empty))
                || o.get("items").is_some_and(|r| r.as_array().is_some_and(Vec::is_empty))
                || (type_is(value, "AnnotationCollection") && o.get("first").is_none())
        }
        _ => false,
    }
}

fn type_is(value: &Value, kind: &str) -> bool {
    match &value["type"] {
        Value::String(s) => s == kind,
        Value::Array(types) => types.iter().any(|t| t == kind),
        _ => false,
    }
}

/// Gathers annotation objects from any of the accepted shapes.
fn collect<'v>(value: &'v Value, out: &mut Vec<&'v Value>, depth: usize) -> Result<(), ImportError> {
    if depth > 64 {
        return Ok(());
    }
    match value {
        Value::Array(items) => {
            for item in items {
                collect(item, out, depth + 1)?;
            }
        }
        Value::Object(object) => {
            if let Some(rows) = object.get("rows").and_then(Value::as_array) {
                out.extend(rows.iter().filter(|r| r.is_object()));
                // `/api/search?_separate_replies=true` lists replies apart.
                let replies = object.get("replies").and_then(Value::as_array);
                out.extend(replies.into_iter().flatten().filter(|r| r.is_object()));
            } else if type_is(value, "AnnotationCollection") {
                match object.get("first") {
                    Some(first @ Value::Object(_)) => collect(first, out, depth + 1)?,
                    Some(Value::String(iri)) => return Err(ImportError::PagesNotEmbedded(iri.clone())),
                    _ => {}
                }
            } else if type_is(value, "AnnotationPage") || object.contains_key("items") {
                if let Some(items) = object.get("items").and_then(Value::as_array) {
                    out.extend(items.iter().filter(|r| r.is_object()));
                }
                if let Some(next @ Value::Object(_)) = object.get("next") {
                    collect(next, out, depth + 1)?;
                }
            } else if object.contains_key("target") || type_is(value, "Annotation") {
                out.push(value);
            }
        }
        _ => {}
    }
    Ok(())
}

fn string(value: &Value) -> Option<String> {
    value.as_str().map(str::to_owned)
}

fn one_or_many(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        other => vec![other],
    }
}

fn timestamp(value: &Value) -> Option<Timestamp> {
    value.as_str().and_then(|s| s.parse::<Timestamp>().ok())
}

/// One annotation object, W3C or Hypothesis.
fn incoming(value: &Value) -> Incoming {
    let mut result = Incoming {
        id: string(&value["id"]).unwrap_or_default(),
        created: timestamp(&value["created"]),
        modified: timestamp(&value["modified"]).or_else(|| timestamp(&value["updated"])),
        ..Incoming::default()
    };
    result.author = author(value);
    let mut notes: Vec<String> = Vec::new();
    for body in one_or_many(&value["body"]) {
        read_body(body, &mut notes, &mut result.tags);
    }
    if let Some(text) = value["bodyValue"].as_str().filter(|t| !t.is_empty()) {
        notes.push(text.to_owned());
    }
    // Hypothesis.
    if let Some(text) = value["text"].as_str().filter(|t| !t.trim().is_empty()) {
        notes.push(text.to_owned());
    }
    for tag in value["tags"].as_array().into_iter().flatten().filter_map(Value::as_str) {
        if !tag.trim().is_empty() {
            result.tags.push((None, tag.trim().to_owned()));
        }
    }
    result.note = notes.join("\n\n");
    result.references = value["references"].as_array().into_iter().flatten().filter_map(string).collect();
    result.targets = one_or_many(&value["target"]).into_iter().map(target).collect();
    result
}

fn author(value: &Value) -> Option<String> {
    let from_agent = |agent: &Value| -> Option<String> {
        match agent {
            Value::String(iri) => Some(iri.clone()),
            Value::Object(_) => string(&agent["name"]).or_else(|| string(&agent["nickname"])),
            _ => None,
        }
    };
    one_or_many(&value["creator"])
        .into_iter()
        .find_map(from_agent)
        .or_else(|| string(&value["user_info"]["display_name"]))
        .or_else(|| {
            let user = value["user"].as_str()?;
            let account = user.strip_prefix("acct:").unwrap_or(user);
            Some(account.split('@').next().unwrap_or(account).to_owned())
        })
        .filter(|a| !a.trim().is_empty())
}

fn read_body(body: &Value, notes: &mut Vec<String>, tags: &mut Vec<(Option<String>, String)>) {
    match body {
        Value::String(iri) => notes.push(format!("<{iri}>")),
        Value::Object(_) => {
            let purposes: Vec<&str> = one_or_many(&body["purpose"]).into_iter().filter_map(Value::as_str).collect();
            let value = body["value"].as_str().or_else(|| body["chars"].as_str());
            let is_tag = purposes.iter().any(|p| matches!(*p, "tagging" | "classifying"));
            match value {
                Some(text) if is_tag => {
                    if !text.trim().is_empty() {
                        tags.push((string(&body["glosa:tag"]), text.trim().to_owned()));
                    }
                }
                Some(text) => {
                    if !text.is_empty() {
                        notes.push(text.to_owned());
                    }
                }
                None => {
                    if let Some(items) = body["items"].as_array() {
                        for item in items {
                            read_body(item, notes, tags);
                        }
                    } else if let Some(iri) = body["id"].as_str().or_else(|| body["source"].as_str()) {
                        notes.push(format!("<{iri}>"));
                    }
                }
            }
        }
        _ => {}
    }
}

fn target(value: &Value) -> TargetIn {
    let mut result = TargetIn::default();
    match value {
        Value::String(iri) => result.source = Some(iri.clone()),
        Value::Object(_) => {
            result.source = match &value["source"] {
                Value::String(iri) => Some(iri.clone()),
                Value::Object(_) => string(&value["source"]["id"]),
                _ => string(&value["id"]),
            };
            for selector in one_or_many(&value["selector"]) {
                read_selector(selector, &mut result);
            }
        }
        _ => {}
    }
    result
}

fn offset(value: &Value) -> Option<usize> {
    value.as_u64().and_then(|n| usize::try_from(n).ok())
}

fn read_selector(selector: &Value, target: &mut TargetIn) {
    let kind = selector["type"].as_str().unwrap_or_default();
    match kind {
        "TextQuoteSelector" => {
            if let Some(exact) = selector["exact"].as_str() {
                let prefix = string(&selector["prefix"]).unwrap_or_default();
                let suffix = string(&selector["suffix"]).unwrap_or_default();
                target.quote.get_or_insert((exact.to_owned(), prefix, suffix));
            }
        }
        "TextPositionSelector" => {
            if let (Some(start), Some(end)) = (offset(&selector["start"]), offset(&selector["end"]))
                && start < end
            {
                target.position.get_or_insert((start, end));
            }
        }
        "FragmentSelector" => {
            if let Some(point) = fragment_point(selector, false) {
                let end = fragment_point(selector, true).unwrap_or_else(|| point.clone());
                target.fragment.get_or_insert((point, end));
            }
        }
        "RangeSelector" => {
            let start = fragment_point(&selector["startSelector"], false);
            let end = fragment_point(&selector["endSelector"], false);
            if let (Some(start), Some(end)) = (start, end) {
                target.fragment.get_or_insert((start, end));
            }
        }
        _ => {}
    }
    // Selectors refined by a quote (some producers nest them).
    if let Some(refined) = selector.get("refinedBy").filter(|r| r["type"] == "TextQuoteSelector") {
        read_selector(refined, target);
    }
}

/// A Glosa paragraph fragment's paragraph and the start (or `end`) offset of its
/// refining position.
fn fragment_point(selector: &Value, end: bool) -> Option<(String, usize)> {
    if selector["type"] != "FragmentSelector" || selector["conformsTo"] != PARAGRAPH_FRAGMENT_SPEC {
        return None;
    }
    let paragraph = selector["value"].as_str()?.to_owned();
    let refined = &selector["refinedBy"];
    let at = offset(&refined[if end { "end" } else { "start" }])?;
    Some((paragraph, at))
}

/// Plans the import of `incoming` onto `document` into `set`: new tags, new
/// annotations (with `now` for missing times and `default_author` for missing
/// authors), and where each went. `reading` is the document's reading text (see
/// [`SourceText`]) when available. Pure: nothing is changed until the caller
/// applies [`ImportPlan::edits`].
pub fn plan(
    incoming: &[Incoming],
    document: &Document,
    reading: Option<&SourceText>,
    set: &AnnotationSet,
    now: Timestamp,
    default_author: &str,
) -> ImportPlan {
    let mut plan = ImportPlan::default();
    let mut tags = set.tags.clone();
    let mut tag_edits = Vec::new();
    let places = Places { document, reading, anchorer: Anchorer::new(document), joined: std::cell::OnceCell::new() };
    // Replies are merged into the notes of what they answer.
    let ids: HashMap<&str, usize> = incoming.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let mut replies: HashMap<usize, Vec<&Incoming>> = HashMap::new();
    let mut seen: BTreeSet<AnnotationId> = BTreeSet::new();
    for item in incoming {
        if let Some(parent) = item.references.iter().rev().find_map(|r| ids.get(r.as_str()))
            && item.targets.iter().all(|t| t.quote.is_none())
        {
            replies.entry(*parent).or_default().push(item);
            plan.replies += 1;
        }
    }
    for (index, item) in incoming.iter().enumerate() {
        if item.references.iter().any(|r| ids.contains_key(r.as_str()))
            && item.targets.iter().all(|t| t.quote.is_none())
        {
            continue; // merged into its parent
        }
        let created = item.created.or(item.modified).unwrap_or(now);
        let id = annotation_id(&item.id, created);
        if set.annotations.get(&id).is_some() || !seen.insert(id) {
            plan.already_there += 1;
            continue;
        }
        let mut tag_ids = BTreeSet::new();
        for (tag_id, label) in &item.tags {
            tag_ids.insert(match_tag(&mut tags, &mut tag_edits, &mut plan.new_tags, tag_id.as_deref(), label));
        }
        let mut note = item.note.clone();
        for reply in replies.get(&index).into_iter().flatten() {
            let who = reply.author.as_deref().unwrap_or("?");
            let when = reply.created.map(|t| t.strftime("%Y-%m-%d").to_string()).unwrap_or_default();
            if !note.is_empty() {
                note.push_str("\n\n");
            }
            let _ = write!(note, "— {who}, {when}: {}", reply.note);
        }
        let (segments, placement) = places.segments(&item.targets);
        let annotation = Annotation {
            id,
            segments,
            tags: tag_ids,
            note,
            author: item.author.clone().unwrap_or_else(|| default_author.to_owned()),
            created,
            modified: item.modified.unwrap_or(created).max(created),
        };
        plan.annotations.push((annotation, placement));
    }
    plan.edits = tag_edits;
    plan.edits.extend(plan.annotations.iter().map(|(a, _)| Edit::Create(Box::new(a.clone()))));
    plan
}

/// The annotation ID for an imported `id`: its own ULID for a Glosa IRI, else one
/// made of `created` and a hash of `id` (the same every time).
fn annotation_id(id: &str, created: Timestamp) -> AnnotationId {
    if let Some(rest) = id.strip_prefix("urn:glosa:annotation:")
        && let Some(ulid) = rest.get(..26)
        && let Ok(parsed) = ulid.parse::<AnnotationId>()
        && rest.len() == 26
    {
        return parsed;
    }
    let hash = blake3::hash(id.as_bytes());
    let mut random = [0u8; 16];
    random[6..].copy_from_slice(&hash.as_bytes()[..10]);
    let millis = u64::try_from(created.as_millisecond()).unwrap_or(0);
    AnnotationId::from_parts(millis, u128::from_be_bytes(random))
}

/// The tag for (`id`, `label`): by ID, then by normalized label, else a new tag
/// added to `tags` (and to `edits`).
fn match_tag(
    tags: &mut crate::model::TagSet,
    edits: &mut Vec<Edit>,
    added: &mut Vec<TagId>,
    id: Option<&str>,
    label: &str,
) -> TagId {
    if let Some(existing) = id.and_then(TagId::new).filter(|t| tags.get(t).is_some()) {
        return existing;
    }
    if let Some(existing) = TagId::new(label).filter(|t| tags.get(t).is_some()) {
        return existing;
    }
    let slug = TagId::slug_from_label(label);
    if let Some(tag) = tags.tags().iter().find(|t| TagId::slug_from_label(&t.label) == slug || t.id == slug) {
        return tag.id.clone();
    }
    let new_id = id.and_then(TagId::new).filter(|t| tags.get(t).is_none()).unwrap_or_else(|| tags.unused_id(label));
    let used: Vec<Color> = tags.tags().iter().map(|t| t.color).collect();
    let color = NEW_TAG_COLORS
        .iter()
        .copied()
        .find(|c| !used.contains(c))
        .unwrap_or(NEW_TAG_COLORS[tags.tags().len() % NEW_TAG_COLORS.len()]);
    let tag = Tag {
        id: new_id.clone(),
        label: label.to_owned(),
        description: "Added by import (W3C Web Annotation / Hypothesis tag).".to_owned(),
        color,
        shortcut: None,
    };
    let index = tags.tags().len();
    tags.insert(index, tag.clone());
    edits.push(Edit::InsertTag { index, tag });
    added.push(new_id.clone());
    new_id
}

/// Places targets in a document.
struct Places<'d> {
    document: &'d Document,
    reading: Option<&'d SourceText>,
    anchorer: Anchorer<'d>,
    /// The paragraphs joined, built once when a quote first needs it.
    joined: std::cell::OnceCell<Joined>,
}

impl Places<'_> {
    /// Segments for all targets and the worst placement among them.
    fn segments(&self, targets: &[TargetIn]) -> (Vec<Segment>, Placement) {
        let mut segments = Vec::new();
        let mut worst = Placement::Placed;
        let mut any = false;
        for target in targets {
            let Some((exact, prefix, suffix)) = &target.quote else {
                if let Some(segment) = self.fragment_only(target) {
                    segments.push(segment);
                    any = true;
                }
                continue;
            };
            any = true;
            let (mut found, placement) = self.place(target, exact, prefix, suffix);
            worst = worst.max(placement);
            segments.append(&mut found);
        }
        if !any || segments.is_empty() {
            // A page note, or nothing placeable: an orphan keeps what there is.
            let quote = targets.iter().find_map(|t| t.quote.as_ref());
            segments.push(orphan(quote.map(|(e, p, s)| (e.as_str(), p.as_str(), s.as_str())), targets));
            worst = Placement::Orphaned;
        }
        (segments, worst)
    }

    /// A target with a Glosa fragment but no quote: the fragment's text.
    fn fragment_only(&self, target: &TargetIn) -> Option<Segment> {
        let ((paragraph, start), (last, end)) = target.fragment.as_ref()?;
        if paragraph != last {
            return None;
        }
        let index = self.document.index_of(&ParagraphId::new(paragraph.as_str()))?;
        Segment::new(self.document, index, CharOffset(*start), CharOffset(*end))
    }

    fn place(&self, target: &TargetIn, exact: &str, prefix: &str, suffix: &str) -> (Vec<Segment>, Placement) {
        if let Some(reading) = self.reading {
            // 1. The stated position, in code points, then in UTF-16 code units.
            if let Some((start, end)) = target.position {
                let code_points = reading.byte_of(CharOffset(start)).zip(reading.byte_of(CharOffset(end)));
                let utf16 = reading.byte_of_utf16(start).zip(reading.byte_of_utf16(end));
                for bytes in [code_points, utf16].map(|range| range.map(|(a, b)| a..b)) {
                    if let Some(bytes) = bytes.filter(|b| reading.text().get(b.clone()) == Some(exact))
                        && let Some(segments) = self.spans(reading.locate(bytes))
                    {
                        return (segments, Placement::Placed);
                    }
                }
            }
            // 2. The exact quote in the reading text.
            if let Some((bytes, unique)) = best_occurrence(reading.text(), exact, prefix, suffix, target.position)
                && let Some(segments) = self.spans(reading.locate(bytes))
            {
                return if unique { (segments, Placement::Placed) } else { to_review(segments, prefix, suffix) };
            }
        }
        let quote = normalize(exact);
        // 3. Glosa's paragraph fragment.
        if let Some(segments) = self.at_fragment(target, &quote) {
            return (segments, Placement::Placed);
        }
        // 4. The normalized quote in the document's text.
        let joined = self.joined.get_or_init(|| Joined::new(self.document));
        let (norm_prefix, norm_suffix) = (collapse(prefix), collapse(suffix));
        if !quote.is_empty()
            && let Some((bytes, unique)) = best_occurrence(&joined.text, &quote, &norm_prefix, &norm_suffix, None)
            && let Some(segments) = self.spans(joined.locate(bytes))
        {
            return if unique { (segments, Placement::Placed) } else { to_review(segments, prefix, suffix) };
        }
        // 5. The anchoring rules, then an orphan.
        let mut segment = orphan(Some((exact, prefix, suffix)), std::slice::from_ref(target));
        if let Some((paragraph, _)) = target.fragment.as_ref().map(|f| &f.0)
            && let Some(index) = self.document.index_of(&ParagraphId::new(paragraph.as_str()))
        {
            let neighbor = |i: Option<usize>| i.and_then(|i| self.document.paragraphs().get(i)).map(|p| p.id.clone());
            segment.neighbors.before = neighbor(index.checked_sub(1));
            segment.neighbors.after = neighbor(Some(index + 1));
        }
        let resolved = self.anchorer.resolve_segment(&segment);
        match (resolved.status, resolved.location) {
            (AnchorStatus::Orphaned, _) | (_, None) => (vec![segment], Placement::Orphaned),
            (status, Some(location)) => match self.anchorer.relocate(location) {
                Some(mut placed) => {
                    let placement = if status == AnchorStatus::Anchored { Placement::Placed } else { Placement::Moved };
                    if placement == Placement::Moved {
                        // Keep the imported wording so Glosa keeps asking for review.
                        placed.quote.clone_from(&segment.quote);
                    }
                    (vec![placed], placement)
                }
                None => (vec![segment], Placement::Orphaned),
            },
        }
    }

    /// Glosa's own fragment, if the text there is `quote`.
    fn at_fragment(&self, target: &TargetIn, quote: &str) -> Option<Vec<Segment>> {
        let ((first, start), (last, end)) = target.fragment.as_ref()?;
        let a = self.document.index_of(&ParagraphId::new(first.as_str()))?;
        let b = self.document.index_of(&ParagraphId::new(last.as_str()))?;
        let segments =
            self.spans(Some(NormalizedSpan { start: (a, CharOffset(*start)), end: (b, CharOffset(*end)) }))?;
        let text: Vec<&str> = segments.iter().map(|s| s.quote.as_str()).collect();
        (collapse(&text.join(" ")) == collapse(quote)).then_some(segments)
    }

    /// Segments covering a normalized span, one per paragraph.
    fn spans(&self, span: Option<NormalizedSpan>) -> Option<Vec<Segment>> {
        let span = span?;
        let ((a, start), (b, end)) = (span.start, span.end);
        if b < a || b - a > 10_000 {
            return None;
        }
        let mut segments = Vec::new();
        for index in a..=b {
            let len = self.document.text_of(self.document.paragraphs().get(index)?).chars().count();
            let from = if index == a { start.0 } else { 0 };
            let to = if index == b { end.0 } else { len };
            if from < to {
                segments.push(Segment::new(self.document, index, CharOffset(from), CharOffset(to))?);
            }
        }
        (!segments.is_empty()).then_some(segments)
    }
}

/// Segments placed on one of several equally good occurrences of the quote (a
/// guess, [`Placement::Moved`]) stored so that anchoring says so too, as
/// `glosa check` and the app do after the import: an *anchored* status is a
/// promise the place is the one annotated ([`crate::model::anchor`]), and a guess
/// is not. Each segment keeps the guessed place through its neighbours and
/// offsets, but not the paragraph's ID, and keeps the imported context instead of
/// the text around the guess: the anchoring rules then find the quote in the slot
/// between the neighbours without agreeing context, *moved* (context changed),
/// until the user confirms it.
fn to_review(mut segments: Vec<Segment>, prefix: &str, suffix: &str) -> (Vec<Segment>, Placement) {
    let last = segments.len().saturating_sub(1);
    for (i, segment) in segments.iter_mut().enumerate() {
        segment.paragraph = ParagraphId::new(String::new());
        if i == 0 {
            let prefix: Vec<char> = collapse(prefix).chars().collect();
            segment.prefix = prefix[prefix.len().saturating_sub(CONTEXT_CHARS)..].iter().collect();
        }
        if i == last {
            segment.suffix = collapse(suffix).chars().take(CONTEXT_CHARS).collect();
        }
    }
    (segments, Placement::Moved)
}

/// An orphaned segment keeping the quote and context (normalized, context cut to
/// [`CONTEXT_CHARS`]), in the fragment's paragraph if there was one.
fn orphan(quote: Option<(&str, &str, &str)>, targets: &[TargetIn]) -> Segment {
    let (exact, prefix, suffix) = quote.unwrap_or_default();
    let quote = normalize(exact);
    let prefix = collapse(prefix);
    let suffix = collapse(suffix);
    let prefix: String = {
        let chars: Vec<char> = prefix.chars().collect();
        chars[chars.len().saturating_sub(CONTEXT_CHARS)..].iter().collect()
    };
    let suffix: String = suffix.chars().take(CONTEXT_CHARS).collect();
    let fragment = targets.iter().find_map(|t| t.fragment.as_ref());
    let (paragraph, start) = fragment.map_or((String::new(), 0), |f| f.0.clone());
    Segment {
        paragraph: ParagraphId::new(paragraph),
        start: CharOffset(start),
        end: CharOffset(start + quote.chars().count()),
        quote,
        prefix,
        suffix,
        neighbors: crate::model::annotation::Neighbors::default(),
    }
}

/// Runs of white space collapsed to one space (not trimmed), NFC.
fn collapse(text: &str) -> String {
    let leading = text.starts_with(char::is_whitespace);
    let trailing = text.ends_with(char::is_whitespace) && !text.trim().is_empty();
    let mut out = String::new();
    if leading {
        out.push(' ');
    }
    out.push_str(&normalize(text));
    if trailing {
        out.push(' ');
    }
    out
}

/// The occurrence of `exact` in `text` whose surroundings agree best with
/// `prefix` and `suffix` (code points in common next to the quote), the one
/// nearest code point `hint` among equals: its byte range, and whether it was the
/// only best one.
fn best_occurrence(
    text: &str,
    exact: &str,
    prefix: &str,
    suffix: &str,
    hint: Option<(usize, usize)>,
) -> Option<(std::ops::Range<usize>, bool)> {
    if exact.is_empty() {
        return None;
    }
    let finder = memchr::memmem::Finder::new(exact.as_bytes());
    // (score, byte range); code points before each hit are counted incrementally.
    let mut hits: Vec<(usize, usize, std::ops::Range<usize>)> = Vec::new();
    let (mut counted_byte, mut counted_chars) = (0usize, 0usize);
    for start in finder.find_iter(text.as_bytes()).take(100_000) {
        let end = start + exact.len();
        let score = common_suffix(&text[..start], prefix) + common_prefix(&text[end..], suffix);
        counted_chars += text[counted_byte..start].chars().count();
        counted_byte = start;
        let distance = hint.map_or(0, |(h, _)| counted_chars.abs_diff(h));
        hits.push((score, distance, start..end));
    }
    let best = hits.iter().map(|h| h.0).max()?;
    let mut equals = hits.into_iter().filter(|h| h.0 == best);
    let first = equals.next()?;
    let mut count = 1;
    let mut chosen = first;
    for hit in equals {
        count += 1;
        if hit.1 < chosen.1 {
            chosen = hit;
        }
    }
    Some((chosen.2, count == 1))
}

/// Code points `a` ends with that `b` also ends with.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count()
}

/// Code points `a` starts with that `b` also starts with.
fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// The document's paragraphs joined with one space: where a normalized quote
/// taken across a paragraph break can be found.
struct Joined {
    text: String,
    /// Byte where each paragraph starts in `text`.
    starts: Vec<usize>,
}

impl Joined {
    fn new(document: &Document) -> Self {
        let mut text = String::with_capacity(document.full_text().len() + document.paragraphs().len());
        let mut starts = Vec::with_capacity(document.paragraphs().len());
        for paragraph in document.paragraphs() {
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(document.text_of(paragraph));
        }
        Self { text, starts }
    }

    /// The normalized span of `bytes` of the joined text.
    fn locate(&self, bytes: std::ops::Range<usize>) -> Option<NormalizedSpan> {
        let paragraph = |byte: usize| self.starts.partition_point(|&s| s <= byte).checked_sub(1);
        let a = paragraph(bytes.start)?;
        let b = paragraph(bytes.end.saturating_sub(1))?;
        let offset = |p: usize, byte: usize| self.text.get(self.starts[p]..byte).map(|s| s.chars().count());
        Some(NormalizedSpan {
            start: (a, CharOffset(offset(a, bytes.start)?)),
            end: (b, CharOffset(offset(b, bytes.end)?)),
        })
    }
}
