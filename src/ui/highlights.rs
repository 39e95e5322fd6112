//! Which parts of which paragraphs are highlighted, for painting and hit testing.
//! Rebuilt from the annotations and their anchors whenever either changes; painting
//! only reads it, so a frame never searches the annotation set.

use std::collections::{BTreeSet, HashMap};

use crate::model::anchor::{AnchorStatus, AnnotationAnchor};
use crate::model::{AnnotationId, AnnotationSet, Document, TagId};

/// One highlighted code point range of one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The annotation it belongs to.
    pub annotation: AnnotationId,
    /// Start, code points (inclusive).
    pub start: usize,
    /// End, code points (exclusive).
    pub end: usize,
    /// The annotation's tags.
    pub tags: BTreeSet<TagId>,
    /// Stacking lane among overlapping spans of the paragraph (0 = lowest band).
    pub lane: usize,
    /// Whether the annotation needs review (moved).
    pub moved: bool,
}

/// Highlights by paragraph index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HighlightIndex {
    by_paragraph: HashMap<usize, Vec<Span>>,
}

impl HighlightIndex {
    /// Builds the index for `doc` from the annotations and their resolved anchors.
    /// Orphaned segments have no place in the document and are not indexed.
    pub fn build(doc: &Document, set: &AnnotationSet, anchors: &HashMap<AnnotationId, AnnotationAnchor>) -> Self {
        let mut by_paragraph: HashMap<usize, Vec<Span>> = HashMap::new();
        for annotation in set.annotations.iter() {
            let Some(anchor) = anchors.get(&annotation.id) else {
                continue;
            };
            for resolved in &anchor.segments {
                let Some(location) = resolved.location else {
                    continue;
                };
                if location.paragraph >= doc.paragraphs().len() {
                    continue;
                }
                by_paragraph.entry(location.paragraph).or_default().push(Span {
                    annotation: annotation.id,
                    start: location.start.0,
                    end: location.end.0,
                    tags: annotation.tags.clone(),
                    lane: 0,
                    moved: resolved.status == AnchorStatus::Moved,
                });
            }
        }
        for spans in by_paragraph.values_mut() {
            assign_lanes(spans);
        }
        Self { by_paragraph }
    }

    /// Updates the index after `touched` annotations changed: their spans are
    /// removed from `paragraphs` (every paragraph they were or are in) and added
    /// again where their anchors now put them.
    pub fn update(
        &mut self,
        set: &AnnotationSet,
        anchors: &HashMap<AnnotationId, AnnotationAnchor>,
        touched: &std::collections::HashSet<AnnotationId>,
        paragraphs: &BTreeSet<usize>,
    ) {
        for index in paragraphs {
            if let Some(spans) = self.by_paragraph.get_mut(index) {
                spans.retain(|s| !touched.contains(&s.annotation));
            }
        }
        for id in touched {
            let (Some(annotation), Some(anchor)) = (set.annotations.get(id), anchors.get(id)) else {
                continue;
            };
            for resolved in &anchor.segments {
                let Some(location) = resolved.location else {
                    continue;
                };
                self.by_paragraph.entry(location.paragraph).or_default().push(Span {
                    annotation: *id,
                    start: location.start.0,
                    end: location.end.0,
                    tags: annotation.tags.clone(),
                    lane: 0,
                    moved: resolved.status == AnchorStatus::Moved,
                });
            }
        }
        for index in paragraphs {
            match self.by_paragraph.get_mut(index) {
                Some(spans) if spans.is_empty() => {
                    self.by_paragraph.remove(index);
                }
                Some(spans) => assign_lanes(spans),
                None => {}
            }
        }
    }

    /// The spans of paragraph `index`, sorted by start.
    pub fn spans(&self, index: usize) -> &[Span] {
        self.by_paragraph.get(&index).map_or(&[], Vec::as_slice)
    }

    /// The annotation under code point `offset` of paragraph `index`: the shortest
    /// span containing it, so a short highlight inside a long one can be clicked.
    pub fn hit(&self, index: usize, offset: usize) -> Option<AnnotationId> {
        self.spans(index)
            .iter()
            .filter(|s| s.start <= offset && offset < s.end)
            .min_by_key(|s| (s.end - s.start, s.annotation))
            .map(|s| s.annotation)
    }

    /// All spans of `annotation` as (paragraph, span), in document order.
    pub fn spans_of(&self, annotation: AnnotationId) -> Vec<(usize, &Span)> {
        let mut found: Vec<(usize, &Span)> = self
            .by_paragraph
            .iter()
            .flat_map(|(p, spans)| spans.iter().filter(|s| s.annotation == annotation).map(move |s| (*p, s)))
            .collect();
        found.sort_by_key(|(p, s)| (*p, s.start));
        found
    }
}

/// Sorts spans by start and gives overlapping ones different lanes (greedy
/// interval colouring), so their underlines stack instead of hiding each other.
fn assign_lanes(spans: &mut [Span]) {
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end), s.annotation));
    let mut lane_ends: Vec<usize> = Vec::new();
    for span in spans.iter_mut() {
        let lane = lane_ends.iter().position(|&end| end <= span.start).unwrap_or(lane_ends.len());
        if lane == lane_ends.len() {
            lane_ends.push(span.end);
        } else {
            lane_ends[lane] = span.end;
        }
        span.lane = lane;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, n: u64) -> Span {
        Span { annotation: AnnotationId::from_parts(n, 0), start, end, tags: BTreeSet::new(), lane: 0, moved: false }
    }

    #[test]
    fn overlapping_spans_get_different_lanes_and_the_shortest_wins_a_click() {
        let mut spans = vec![span(10, 20, 2), span(0, 30, 1), span(25, 28, 3)];
        assign_lanes(&mut spans);
        let lanes: Vec<(usize, usize)> = spans.iter().map(|s| (s.start, s.lane)).collect();
        assert_eq!(lanes, [(0, 0), (10, 1), (25, 1)]);
        let index = HighlightIndex { by_paragraph: HashMap::from([(0, spans)]) };
        assert_eq!(index.hit(0, 12), Some(AnnotationId::from_parts(2, 0)));
        assert_eq!(index.hit(0, 22), Some(AnnotationId::from_parts(1, 0)));
        assert_eq!(index.hit(0, 31), None);
    }
}
