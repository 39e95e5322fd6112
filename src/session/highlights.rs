//! Which parts of which paragraphs are highlighted, for painting and hit testing.
//! Kept up to date by [`super::Session`] from the annotations and their anchors
//! whenever either changes; a view only reads it, so drawing a frame never searches
//! the annotation set.

use std::collections::{BTreeSet, HashMap};

use crate::model::anchor::{AnchorStatus, AnnotationAnchor};
use crate::model::{AnnotationId, AnnotationSet, CharOffset, Document, TagId};

/// One highlighted range of one paragraph: where an annotation's segment is placed
/// now (its anchor), not necessarily where it was stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The annotation it belongs to.
    pub annotation: AnnotationId,
    /// Start, code points into the paragraph text (inclusive).
    pub start: CharOffset,
    /// End, code points (exclusive).
    pub end: CharOffset,
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
                    start: location.start,
                    end: location.end,
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
                    start: location.start,
                    end: location.end,
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
    pub fn hit(&self, index: usize, offset: CharOffset) -> Option<AnnotationId> {
        self.hit_where(index, offset, |_| true)
    }

    /// Like [`HighlightIndex::hit`], among the spans `visible` accepts (a view
    /// skips highlights whose tags are all hidden).
    pub fn hit_where(&self, index: usize, offset: CharOffset, visible: impl Fn(&Span) -> bool) -> Option<AnnotationId> {
        self.spans(index)
            .iter()
            .filter(|s| s.start <= offset && offset < s.end && visible(s))
            .min_by_key(|s| (s.end.0 - s.start.0, s.annotation))
            .map(|s| s.annotation)
    }
}

/// Sorts spans by start and gives overlapping ones different lanes (greedy
/// interval colouring), so their underlines stack instead of hiding each other.
fn assign_lanes(spans: &mut [Span]) {
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end), s.annotation));
    let mut lane_ends: Vec<CharOffset> = Vec::new();
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
        let (start, end) = (CharOffset(start), CharOffset(end));
        Span { annotation: AnnotationId::from_parts(n, 0), start, end, tags: BTreeSet::new(), lane: 0, moved: false }
    }

    #[test]
    fn overlapping_spans_get_different_lanes_and_the_shortest_wins_a_click() {
        let mut spans = vec![span(10, 20, 2), span(0, 30, 1), span(25, 28, 3)];
        assign_lanes(&mut spans);
        let lanes: Vec<(usize, usize)> = spans.iter().map(|s| (s.start.0, s.lane)).collect();
        assert_eq!(lanes, [(0, 0), (10, 1), (25, 1)]);
        let index = HighlightIndex { by_paragraph: HashMap::from([(0, spans)]) };
        assert_eq!(index.hit(0, CharOffset(12)), Some(AnnotationId::from_parts(2, 0)));
        assert_eq!(index.hit(0, CharOffset(22)), Some(AnnotationId::from_parts(1, 0)));
        assert_eq!(index.hit(0, CharOffset(31)), None);
    }
}
