//! Tables of the project's coding: tag × document attribute, and tag
//! co-occurrence. Each cell can be opened as the coded segments behind it.
//!
//! # Tag × attribute
//!
//! Rows are the codebook's codes in tree order (the query's tags and their
//! sub-codes, if it names tags), then tags the files use that the codebook lacks.
//! Columns are the attribute's values: for a one-of attribute every choice in
//! order, otherwise the values documents have, in the attribute's order; then
//! `(no value)` when some document has none. A cell counts the coded segments
//! (one per annotation and tag, exact tag) of documents with that value that pass
//! the query, or with [`CountUnit::Documents`] the documents with at least one.
//!
//! # Co-occurrence
//!
//! Rows and columns are the same tags. The unit is the segment: the part of an
//! annotation in one paragraph, once per tag the annotation carries. Cell (X, Y),
//! X ≠ Y, counts the pairs of an X segment and a Y segment of the same annotation
//! file (one coder's coding) that overlap by at least one code point
//! ([`CooccurrenceMode::Overlap`]; one highlight with both tags is such a pair) or
//! lie in the same paragraph ([`CooccurrenceMode::Paragraph`]). The diagonal
//! (X, X) counts the X segments. Counting is O(n log n) in segments, whatever
//! their overlaps.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashSet};

use super::retrieve::{CodedSegment, QueryError, SegmentQuery, status_of};
use super::{FileView, Project};
use crate::export::table::{Header, NO_VALUE, Table};
use crate::model::attributes::{
    AttributeId, AttributeKind, Comparison, Condition, ConditionError, Value, compare_text,
};
use crate::model::{AnnotationId, TagId};

/// What a tag × attribute cell counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CountUnit {
    /// Coded segments (annotation × tag).
    #[default]
    Segments,
    /// Documents with at least one coded segment.
    Documents,
}

/// When two segments co-occur.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CooccurrenceMode {
    /// They share at least one code point.
    #[default]
    Overlap,
    /// They are in the same paragraph.
    Paragraph,
}

/// One coded segment as the co-occurrence table sees it.
#[derive(Clone, Copy, Debug)]
struct Piece {
    file: usize,
    paragraph: usize,
    start: usize,
    end: usize,
    row: usize,
    annotation: AnnotationId,
}

impl Project {
    /// The rows of a table: the query's tags (with sub-codes) or every code, in
    /// tree order, then tags outside the codebook that annotations use.
    fn tag_rows(&self, query: &SegmentQuery) -> Vec<Header> {
        let Some(corpus) = self.corpus() else {
            return Vec::new();
        };
        let codebook = corpus.codebook();
        let named: Option<BTreeSet<TagId>> = (!query.any_tags.is_empty()).then(|| {
            query
                .any_tags
                .iter()
                .flat_map(|t| if query.exact_tags { BTreeSet::from([t.clone()]) } else { codebook.with_descendants(t) })
                .collect()
        });
        let mut rows: Vec<Header> = codebook
            .tree()
            .into_iter()
            .filter(|(tag, _)| named.as_ref().is_none_or(|n| n.contains(&tag.id)))
            .map(|(tag, depth)| Header { key: tag.id.to_string(), label: codebook.path_label(&tag.id), depth })
            .collect();
        let mut others: BTreeSet<TagId> = BTreeSet::new();
        for view in self.files() {
            for annotation in view.set.annotations.iter() {
                others.extend(annotation.tags.iter().filter(|t| codebook.get(t).is_none()).cloned());
            }
        }
        for tag in others {
            if named.as_ref().is_none_or(|n| n.contains(&tag)) {
                let label = self.files().iter().find_map(|v| v.set.tags.get(&tag).map(|t| t.label.clone()));
                rows.push(Header { key: tag.to_string(), label: label.unwrap_or_else(|| tag.to_string()), depth: 0 });
            }
        }
        rows
    }

    /// The tag × attribute table (see the module docs).
    pub fn tag_attribute_table(
        &self,
        query: &SegmentQuery,
        attribute: &AttributeId,
        unit: CountUnit,
    ) -> Result<Table, QueryError> {
        let corpus = self.corpus().ok_or(QueryError::NoProject)?;
        let Some(definition) = corpus.attributes().get(attribute) else {
            return Err(QueryError::Condition(ConditionError::UnknownAttribute {
                attribute: attribute.to_string(),
                known: corpus.attributes().attributes().iter().map(|a| a.id.to_string()).collect(),
            }));
        };
        let compiled = query.compile(self)?;
        let documents: Vec<usize> =
            (0..corpus.documents().len()).filter(|d| compiled.document_passes(self, *d)).collect();
        // Columns: choices, or the values present, in the attribute's order.
        let parse = |text: &str| Value::parse(&definition.kind, text).ok().flatten();
        let mut values: Vec<String> = if let AttributeKind::OneOf(choices) = &definition.kind {
            choices.clone()
        } else {
            let present: BTreeSet<String> =
                documents.iter().filter_map(|d| corpus.value(*d, attribute)).map(str::to_owned).collect();
            let mut present: Vec<String> = present.into_iter().collect();
            present.sort_by(|a, b| match (parse(a), parse(b)) {
                (Some(x), Some(y)) => x.compare(&y),
                _ => compare_text(a, b),
            });
            present
        };
        let missing = documents.iter().any(|d| corpus.value(*d, attribute).is_none());
        if missing {
            values.push(String::new());
        }
        let column_of = |document: usize| -> Option<usize> {
            let value = corpus.value(document, attribute).unwrap_or_default();
            values.iter().position(|v| v == value)
        };
        let rows = self.tag_rows(query);
        let row_of: BTreeMap<&str, usize> = rows.iter().enumerate().map(|(i, r)| (r.key.as_str(), i)).collect();
        let mut cells = vec![vec![0usize; values.len()]; rows.len()];
        let mut seen: HashSet<(usize, usize, usize)> = HashSet::new();
        for view in self.files() {
            if !compiled.document_passes(self, view.document) {
                continue;
            }
            let Some(column) = column_of(view.document) else {
                continue;
            };
            for annotation in view.set.annotations.iter() {
                if !compiled.annotation_passes(annotation, status_of(&view, annotation.id)) {
                    continue;
                }
                for tag in &annotation.tags {
                    let Some(&row) = row_of.get(tag.as_str()) else {
                        continue;
                    };
                    if unit == CountUnit::Segments || seen.insert((row, column, view.document)) {
                        cells[row][column] += 1;
                    }
                }
            }
        }
        let columns = values
            .into_iter()
            .map(|v| Header { label: if v.is_empty() { NO_VALUE.to_owned() } else { v.clone() }, key: v, depth: 0 })
            .collect();
        Ok(Table { row_title: "tag".to_owned(), column_title: attribute.to_string(), rows, columns, cells })
    }

    /// The coded segments behind a tag × attribute cell: tag `tag` (exactly) in
    /// documents whose `attribute` is `value` (empty: no value), within `query`.
    pub fn tag_attribute_segments(
        &self,
        query: &SegmentQuery,
        attribute: &AttributeId,
        tag: &TagId,
        value: &str,
    ) -> Result<Vec<CodedSegment>, QueryError> {
        let mut cell = query.clone();
        cell.any_tags = vec![tag.clone()];
        cell.exact_tags = true;
        cell.conditions.push(Condition {
            attribute: attribute.clone(),
            comparison: Comparison::Equal,
            value: value.to_owned(),
        });
        self.retrieve(&cell)
    }

    /// The segments of `query`'s annotations, per row of `rows`.
    fn pieces(&self, query: &SegmentQuery, rows: &[Header]) -> Result<Vec<Piece>, QueryError> {
        let compiled = query.compile(self)?;
        let row_of: BTreeMap<&str, usize> = rows.iter().enumerate().map(|(i, r)| (r.key.as_str(), i)).collect();
        let mut pieces = Vec::new();
        for (file, view) in self.files().into_iter().enumerate() {
            if !compiled.document_passes(self, view.document) {
                continue;
            }
            for annotation in view.set.annotations.iter() {
                if !compiled.annotation_passes(annotation, status_of(&view, annotation.id)) {
                    continue;
                }
                let Some(anchor) = view.anchors.get(&annotation.id) else {
                    continue;
                };
                for tag in &annotation.tags {
                    let Some(&row) = row_of.get(tag.as_str()) else {
                        continue;
                    };
                    for location in anchor.segments.iter().filter_map(|s| s.location) {
                        pieces.push(Piece {
                            file,
                            paragraph: location.paragraph,
                            start: location.start.0,
                            end: location.end.0,
                            row,
                            annotation: annotation.id,
                        });
                    }
                }
            }
        }
        pieces.sort_by_key(|p| (p.file, p.paragraph, p.start, p.end, p.row, p.annotation));
        Ok(pieces)
    }

    /// The tag co-occurrence table (see the module docs).
    pub fn cooccurrence_table(&self, query: &SegmentQuery, mode: CooccurrenceMode) -> Result<Table, QueryError> {
        let rows = self.tag_rows(query);
        let pieces = self.pieces(query, &rows)?;
        let n = rows.len();
        let mut cells = vec![vec![0usize; n]; n];
        for group in pieces.chunk_by(|a, b| (a.file, a.paragraph) == (b.file, b.paragraph)) {
            match mode {
                CooccurrenceMode::Paragraph => {
                    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
                    for piece in group {
                        *counts.entry(piece.row).or_default() += 1;
                    }
                    let counts: Vec<(usize, usize)> = counts.into_iter().collect();
                    for (i, (x, cx)) in counts.iter().enumerate() {
                        for (y, cy) in &counts[i + 1..] {
                            cells[*x][*y] += cx * cy;
                            cells[*y][*x] += cx * cy;
                        }
                    }
                }
                CooccurrenceMode::Overlap => {
                    // Sweep by start: the active pieces are those still open.
                    let mut active: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
                    let mut open = vec![0usize; n];
                    for piece in group {
                        while let Some(Reverse((end, row))) = active.peek().copied() {
                            if end > piece.start {
                                break;
                            }
                            active.pop();
                            open[row] -= 1;
                        }
                        for (row, count) in open.iter().enumerate() {
                            if *count > 0 && row != piece.row {
                                cells[piece.row][row] += count;
                                cells[row][piece.row] += count;
                            }
                        }
                        active.push(Reverse((piece.end, piece.row)));
                        open[piece.row] += 1;
                    }
                }
            }
        }
        for piece in &pieces {
            cells[piece.row][piece.row] += 1;
        }
        Ok(Table {
            row_title: "tag".to_owned(),
            column_title: "tag".to_owned(),
            rows: rows.clone(),
            columns: rows,
            cells,
        })
    }

    /// The coded segments behind co-occurrence cell (`x`, `y`): the `x` segments
    /// that co-occur with a `y` segment and the `y` segments that co-occur with an
    /// `x` one (all `x` segments on the diagonal).
    pub fn cooccurrence_segments(
        &self,
        query: &SegmentQuery,
        mode: CooccurrenceMode,
        x: &TagId,
        y: &TagId,
    ) -> Result<Vec<CodedSegment>, QueryError> {
        let rows = self.tag_rows(&SegmentQuery::default());
        let (Some(xr), Some(yr)) =
            (rows.iter().position(|r| r.key == x.as_str()), rows.iter().position(|r| r.key == y.as_str()))
        else {
            return Ok(Vec::new());
        };
        let pieces = self.pieces(query, &rows)?;
        let mut keep: HashSet<(usize, AnnotationId, usize)> = HashSet::new();
        for group in pieces.chunk_by(|a, b| (a.file, a.paragraph) == (b.file, b.paragraph)) {
            let of = |row: usize| group.iter().filter(move |p| p.row == row);
            if xr == yr {
                keep.extend(of(xr).map(|p| (p.file, p.annotation, p.row)));
                continue;
            }
            for (mine, other) in [(xr, yr), (yr, xr)] {
                let others: Vec<&Piece> = of(other).collect();
                if others.is_empty() {
                    continue;
                }
                // Others sorted by start; the furthest end among the first k.
                let mut furthest = Vec::with_capacity(others.len());
                let mut best = 0;
                for piece in &others {
                    best = best.max(piece.end);
                    furthest.push(best);
                }
                for piece in of(mine) {
                    let hit = match mode {
                        CooccurrenceMode::Paragraph => true,
                        CooccurrenceMode::Overlap => {
                            let k = others.partition_point(|o| o.start < piece.end);
                            k > 0 && furthest[k - 1] > piece.start
                        }
                    };
                    if hit {
                        keep.insert((piece.file, piece.annotation, piece.row));
                    }
                }
            }
        }
        let mut cell = query.clone();
        cell.any_tags = vec![x.clone(), y.clone()];
        cell.exact_tags = true;
        let compiled = cell.compile(self)?;
        let files: Vec<std::path::PathBuf> = self.files().iter().map(|v| v.path.to_owned()).collect();
        let row_index = |tag: Option<&TagId>| tag.and_then(|t| rows.iter().position(|r| r.key == t.as_str()));
        Ok(self.rows(&compiled, &|view: &FileView<'_>, annotation, tag| {
            let Some(file) = files.iter().position(|f| f == view.path) else {
                return false;
            };
            row_index(tag).is_some_and(|row| keep.contains(&(file, annotation, row)))
        }))
    }
}
