//! Coding (QDA): making new highlights, and tagging a list of spans at once, as
//! `glosa autocode` and the app's *Tag all hits with…* both do.
//!
//! # Tagging a list of spans ([`tag_spans`])
//!
//! Each span is a code point range of one paragraph. For each one, in order:
//!
//! - if an annotation with exactly one segment is placed on exactly that range
//!   (same paragraph, same start, same end, where its anchor puts it now) and it
//!   already carries the tag, nothing changes (*already tagged*);
//! - if such an annotation exists without the tag, the tag is added to it (*tagged*):
//!   a span someone already highlighted is one highlight with several groups, never
//!   two highlights on the same words;
//! - otherwise a new annotation is made with just that tag (*added*), even where the
//!   span overlaps, contains or lies inside other highlights: those mark different
//!   words, and coding them is the analyst's choice.
//!
//! Spans repeated in the list count once. So running the same tagging twice adds
//! nothing the second time, and the result is one [`Edit::Batch`]: one undo step.

use std::collections::{BTreeSet, HashMap};

use crate::model::anchor::AnnotationAnchor;
use crate::model::{Annotation, AnnotationId, AnnotationSet, CharOffset, Document, Edit, Segment, TagId, Timestamp};
use crate::workspace;

/// A code point range of one paragraph: where a search or pattern matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextSpan {
    /// Paragraph index (ordinal − 1).
    pub paragraph: usize,
    /// Start, code points into the paragraph text (inclusive).
    pub start: CharOffset,
    /// End, code points (exclusive).
    pub end: CharOffset,
}

impl TextSpan {
    /// The span of paragraph `paragraph` from code point `start` to `end`.
    pub fn new(paragraph: usize, start: usize, end: usize) -> Self {
        Self { paragraph, start: CharOffset(start), end: CharOffset(end) }
    }
}

/// A new annotation on `segments` with `tags`, made by `author` at `now`, with a new
/// random ID ([`workspace::new_annotation_id`]) and an empty note. The one way the
/// app and the command line make a highlight. `None` if `segments` is empty (an
/// annotation needs at least one).
pub fn new_highlight(
    segments: Vec<Segment>,
    tags: BTreeSet<TagId>,
    author: &str,
    now: Timestamp,
) -> Option<Annotation> {
    if segments.is_empty() {
        return None;
    }
    Some(Annotation {
        id: workspace::new_annotation_id(now),
        segments,
        tags,
        note: String::new(),
        author: author.to_owned(),
        created: now,
        modified: now,
    })
}

/// What [`tag_spans`] does, before it is applied.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tagging {
    /// The edit: new annotations and added tags, as one undo step; `None` when
    /// there is nothing to change.
    pub edit: Option<Edit>,
    /// New annotations.
    pub added: usize,
    /// Existing annotations on exactly a span that get the tag.
    pub tagged: usize,
    /// Existing annotations on exactly a span that carry the tag already.
    pub already: usize,
}

/// The edit that tags every span of `spans` with `tag` in `set` (see the module
/// docs for the rule), new annotations made by `author` at `now`. `anchors` tells
/// where each annotation is placed now; annotations without an entry are taken to
/// be where they were stored. Spans outside the document or empty are skipped.
pub fn tag_spans<S: std::hash::BuildHasher>(
    doc: &Document,
    set: &AnnotationSet,
    anchors: &HashMap<AnnotationId, AnnotationAnchor, S>,
    spans: &[TextSpan],
    tag: &TagId,
    author: &str,
    now: Timestamp,
) -> Tagging {
    // Annotations with one segment, by where that segment is now. When two sit on
    // the same range, the one with the smallest ID (the oldest) is used.
    let mut placed: HashMap<TextSpan, AnnotationId> = HashMap::new();
    for annotation in set.annotations.iter() {
        let [segment] = annotation.segments.as_slice() else {
            continue;
        };
        let location = match anchors.get(&annotation.id) {
            Some(anchor) => anchor.segments.first().and_then(|r| r.location).map(|l| TextSpan {
                paragraph: l.paragraph,
                start: l.start,
                end: l.end,
            }),
            None => doc.index_of(&segment.paragraph).map(|paragraph| TextSpan {
                paragraph,
                start: segment.start,
                end: segment.end,
            }),
        };
        if let Some(location) = location {
            placed.entry(location).and_modify(|id| *id = (*id).min(annotation.id)).or_insert(annotation.id);
        }
    }
    let mut tagging = Tagging::default();
    let mut edits = Vec::new();
    let mut seen: BTreeSet<TextSpan> = BTreeSet::new();
    for span in spans {
        let Some(segment) = Segment::new(doc, span.paragraph, span.start, span.end) else {
            continue;
        };
        // The range as stored (snapped to whole characters), so two spans that
        // snap to the same characters count once.
        let key = TextSpan { paragraph: span.paragraph, start: segment.start, end: segment.end };
        if !seen.insert(key) {
            continue;
        }
        if let Some(existing) = placed.get(&key).and_then(|id| set.annotations.get(id)) {
            if existing.tags.contains(tag) {
                tagging.already += 1;
            } else {
                let mut tags = existing.tags.clone();
                tags.insert(tag.clone());
                edits.push(Edit::SetTags { id: existing.id, tags, modified: now });
                tagging.tagged += 1;
            }
            continue;
        }
        if let Some(annotation) = new_highlight(vec![segment], BTreeSet::from([tag.clone()]), author, now) {
            edits.push(Edit::Create(Box::new(annotation)));
            tagging.added += 1;
        }
    }
    tagging.edit = (!edits.is_empty()).then_some(Edit::Batch(edits));
    tagging
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::model::anchor::Anchorer;
    use crate::model::{Annotations, TagSet};

    fn doc() -> Document {
        Document::parse(
            "La cooperación mejorada entre gobiernos.\n\nLos gobiernos y la sociedad civil.".as_bytes().to_vec(),
            "d.txt",
        )
        .unwrap()
    }

    fn at() -> Timestamp {
        Timestamp::from_second(1_764_000_000).unwrap()
    }

    fn tag(id: &str) -> TagId {
        TagId::new(id).unwrap()
    }

    /// "gobiernos" in ¶1 (30..39) and ¶2 (4..13), and "sociedad civil" in ¶2 (19..33).
    fn hits() -> Vec<TextSpan> {
        vec![TextSpan::new(0, 30, 39), TextSpan::new(1, 4, 13), TextSpan::new(1, 19, 33)]
    }

    fn anchors(doc: &Document, set: &AnnotationSet) -> HashMap<AnnotationId, AnnotationAnchor> {
        let anchorer = Anchorer::new(doc);
        set.annotations.iter().map(|a| (a.id, anchorer.resolve(a))).collect()
    }

    #[test]
    fn a_span_someone_highlighted_gets_the_tag_others_get_new_highlights() {
        let doc = doc();
        let mut set = AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::default() };
        // "gobiernos" of ¶2 is highlighted already (civil society), and a longer
        // highlight covers all of ¶1.
        let exact = new_highlight(
            vec![Segment::new(&doc, 1, CharOffset(4), CharOffset(13)).unwrap()],
            BTreeSet::from([tag("civil-society")]),
            "ana",
            at(),
        )
        .unwrap();
        let covering = new_highlight(
            vec![Segment::new(&doc, 0, CharOffset(0), CharOffset(40)).unwrap()],
            BTreeSet::from([tag("private-sector")]),
            "ana",
            at(),
        )
        .unwrap();
        let (exact_id, covering_id) = (exact.id, covering.id);
        set.apply(Edit::Batch(vec![Edit::Create(Box::new(exact)), Edit::Create(Box::new(covering))])).unwrap();

        let governments = tag("governments");
        let tagging = tag_spans(&doc, &set, &anchors(&doc, &set), &hits(), &governments, "luis", at());
        assert_eq!((tagging.added, tagging.tagged, tagging.already), (2, 1, 0));
        set.apply(tagging.edit.unwrap()).unwrap();
        assert_eq!(set.annotations.len(), 4);
        let exact = set.annotations.get(&exact_id).unwrap();
        assert_eq!(exact.tags, BTreeSet::from([tag("civil-society"), governments.clone()]));
        assert_eq!(set.annotations.get(&covering_id).unwrap().tags, BTreeSet::from([tag("private-sector")]));
        let quotes: BTreeSet<&str> =
            set.annotations.iter().filter(|a| a.author == "luis").map(|a| a.segments[0].quote.as_str()).collect();
        assert_eq!(quotes, BTreeSet::from(["gobiernos", "sociedad civil"]), "¶1's gobiernos is inside ¶1's highlight");

        // Again: nothing to do.
        let again = tag_spans(&doc, &set, &anchors(&doc, &set), &hits(), &governments, "luis", at());
        assert_eq!((again.added, again.tagged, again.already, again.edit), (0, 0, 3, None));
    }

    #[test]
    fn repeated_and_empty_spans_count_once_or_not_at_all() {
        let doc = doc();
        let set = AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::default() };
        let spans =
            [TextSpan::new(0, 30, 39), TextSpan::new(0, 30, 39), TextSpan::new(0, 5, 5), TextSpan::new(9, 0, 3)];
        let tagging = tag_spans(&doc, &set, &HashMap::new(), &spans, &tag("governments"), "ana", at());
        assert_eq!((tagging.added, tagging.tagged, tagging.already), (1, 0, 0));
    }
}
