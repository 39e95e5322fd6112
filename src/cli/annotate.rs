//! `glosa annotate` and `glosa autocode`: adding annotations from the command line.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use super::CliError;
use crate::model::anchor::is_space_like;
use crate::model::edit::toggle_tag;
use crate::model::normalize::normalize;
use crate::model::{Annotation, CharOffset, Document, Edit, Segment, TagId};
use crate::workspace::{self, Workspace};

/// Where `glosa annotate` puts the highlight.
pub(super) enum Target<'a> {
    /// The `occurrence`-th (1-based, document order) occurrence of `quote`.
    Quote { quote: &'a str, occurrence: usize },
    /// Code points `start..end` of paragraph `paragraph`.
    Range { paragraph: &'a str, start: usize, end: usize },
}

/// What `glosa autocode` tags around each match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum Scope {
    /// The matched text.
    Match,
    /// The sentence containing the match (UAX #29 sentence boundaries).
    Sentence,
    /// The paragraph containing the match.
    Paragraph,
}

/// Options shared by both commands.
pub(super) struct Common<'a> {
    pub document: &'a Path,
    pub annotations: &'a Path,
    pub tag: &'a str,
    pub author: Option<&'a str>,
}

fn open(common: &Common<'_>) -> Result<(Workspace, TagId), CliError> {
    let workspace = Workspace::open(common.document, common.annotations).map_err(|e| CliError(e.to_string()))?;
    let tag = TagId::new(common.tag).filter(|t| workspace.set.tags.get(t).is_some()).ok_or_else(|| {
        let known: Vec<&str> = workspace.set.tags.tags().iter().map(|t| t.id.as_str()).collect();
        CliError(format!(
            "no tag `{}` in the tag set (known: {}): {}",
            common.tag,
            known.join(", "),
            common.annotations.display()
        ))
    })?;
    Ok((workspace, tag))
}

fn save(workspace: &mut Workspace) -> Result<(), CliError> {
    workspace.save().map_err(|e| CliError(e.to_string()))
}

pub(super) fn annotate(
    common: &Common<'_>,
    target: &Target<'_>,
    note: Option<&str>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let (mut workspace, tag) = open(common)?;
    let doc = &workspace.document;
    let segment = match *target {
        Target::Quote { quote, occurrence } => find_quote(doc, quote, occurrence).ok_or_else(|| {
            CliError(format!("quote not found (occurrence {occurrence}): “{quote}”: {}", common.document.display()))
        })?,
        Target::Range { paragraph, start, end } => {
            let index = doc.index_of(&crate::model::ParagraphId::new(paragraph)).ok_or_else(|| {
                CliError(format!("no paragraph {paragraph} in the document: {}", common.document.display()))
            })?;
            let length = doc.text_of(&doc.paragraphs()[index]).chars().count();
            if start >= end || end > length {
                return Err(CliError(format!(
                    "range {start}..{end} is not inside paragraph {paragraph} (0..{length} code points): {}",
                    common.document.display()
                )));
            }
            Segment::new(doc, index, CharOffset(start), CharOffset(end))
                .ok_or_else(|| CliError(format!("empty range {start}..{end}: {}", common.document.display())))?
        }
    };
    let now = workspace::now();
    let annotation = Annotation {
        id: workspace::new_annotation_id(now),
        segments: vec![segment],
        tags: BTreeSet::from([tag.clone()]),
        note: note.unwrap_or_default().to_owned(),
        author: workspace::author(common.author),
        created: now,
        modified: now,
    };
    let (id, ordinal, quote) =
        (annotation.id, doc.index_of(&annotation.segments[0].paragraph).map_or(0, |i| i + 1), annotation.quote());
    workspace.set.apply(Edit::Create(Box::new(annotation))).map_err(|e| CliError(e.to_string()))?;
    save(&mut workspace)?;
    writeln!(out, "added {id}  ¶{ordinal}  {tag}  “{quote}”").map_err(|e| CliError(e.to_string()))?;
    Ok(ExitCode::SUCCESS)
}

/// The `occurrence`-th occurrence (1-based) of `quote`, normalized like paragraph
/// text, in document order. A space in the quote matches any space a keyboard
/// cannot type apart — a no-break space (U+00A0), a narrow no-break space (U+202F,
/// French typography: `article 19\u{202F}:`) or a figure space (U+2007) — and the
/// other way round.
fn find_quote(doc: &Document, quote: &str, occurrence: usize) -> Option<Segment> {
    let quote = normalize(quote);
    if quote.is_empty() || occurrence == 0 {
        return None;
    }
    let pattern: String = quote
        .chars()
        .map(|c| {
            if is_space_like(c) {
                "[ \u{A0}\u{202F}\u{2007}]".to_owned()
            } else {
                regex::escape(c.encode_utf8(&mut [0; 4]))
            }
        })
        .collect();
    let pattern = Regex::new(&pattern).ok()?;
    let mut seen = 0;
    for (index, paragraph) in doc.paragraphs().iter().enumerate() {
        let text = doc.text_of(paragraph);
        for found in pattern.find_iter(text) {
            seen += 1;
            if seen == occurrence {
                let start = text[..found.start()].chars().count();
                let end = start + found.as_str().chars().count();
                return Segment::new(doc, index, CharOffset(start), CharOffset(end));
            }
        }
    }
    None
}

pub(super) fn autocode(
    common: &Common<'_>,
    pattern: &str,
    scope: Scope,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let regex = Regex::new(pattern).map_err(|e| CliError(format!("invalid pattern: {e}")))?;
    let (mut workspace, tag) = open(common)?;
    let spans = match_spans(&workspace.document, &regex, scope);
    let now = workspace::now();
    let author = workspace::author(common.author);
    let (mut added, mut tagged, mut already) = (0usize, 0usize, 0usize);
    let mut edits = Vec::new();
    // Existing annotations by their exact span, to make a second run a no-op.
    let mut existing: std::collections::HashMap<(String, usize, usize), crate::model::AnnotationId> = workspace
        .set
        .annotations
        .iter()
        .filter(|a| a.segments.len() == 1)
        .map(|a| (span_key(&a.segments[0]), a.id))
        .collect();
    for (index, start, end) in spans {
        let Some(segment) = Segment::new(&workspace.document, index, CharOffset(start), CharOffset(end)) else {
            continue;
        };
        let key = span_key(&segment);
        if let Some(id) = existing.get(&key) {
            let has_tag = workspace.set.annotations.get(id).is_some_and(|a| a.tags.contains(&tag));
            if has_tag {
                already += 1;
            } else if let Some(edit) = toggle_tag(&workspace.set, *id, &tag, now) {
                edits.push(edit);
                tagged += 1;
            }
            continue;
        }
        let annotation = Annotation {
            id: workspace::new_annotation_id(now),
            segments: vec![segment],
            tags: BTreeSet::from([tag.clone()]),
            note: String::new(),
            author: author.clone(),
            created: now,
            modified: now,
        };
        existing.insert(key, annotation.id);
        edits.push(Edit::Create(Box::new(annotation)));
        added += 1;
    }
    if !edits.is_empty() {
        workspace.set.apply(Edit::Batch(edits)).map_err(|e| CliError(e.to_string()))?;
        save(&mut workspace)?;
    }
    writeln!(out, "added {added} annotations, tagged {tagged} existing, {already} already tagged `{tag}`")
        .map_err(|e| CliError(e.to_string()))?;
    Ok(ExitCode::SUCCESS)
}

fn span_key(segment: &Segment) -> (String, usize, usize) {
    (segment.paragraph.as_str().to_owned(), segment.start.0, segment.end.0)
}

/// (paragraph index, start, end) in code points for every match, widened to the
/// scope, without duplicates, in document order.
fn match_spans(doc: &Document, regex: &Regex, scope: Scope) -> Vec<(usize, usize, usize)> {
    let mut spans = Vec::new();
    for (index, paragraph) in doc.paragraphs().iter().enumerate() {
        let text = doc.text_of(paragraph);
        let sentences: Vec<(usize, &str)> =
            if scope == Scope::Sentence { text.split_sentence_bound_indices().collect() } else { Vec::new() };
        for m in regex.find_iter(text).filter(|m| !m.as_str().is_empty()) {
            let (start_byte, end_byte) = match scope {
                Scope::Match => (m.start(), m.end()),
                Scope::Paragraph => (0, text.len()),
                Scope::Sentence => {
                    let first = sentences.iter().rev().find(|(s, _)| *s <= m.start());
                    let last = sentences.iter().rev().find(|(s, _)| *s < m.end());
                    let start = first.map_or(0, |(s, _)| *s);
                    let end = last.map_or(text.len(), |(s, sentence)| s + sentence.trim_end().len());
                    (start, end.max(m.end()))
                }
            };
            let start = text[..start_byte].chars().count();
            let end = start + text[start_byte..end_byte].chars().count();
            spans.push((index, start, end));
        }
    }
    spans.dedup();
    spans
}
