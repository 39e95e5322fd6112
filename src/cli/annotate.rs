//! `glosa annotate` and `glosa autocode`: adding annotations from the command line.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use super::{CliError, terminal};
use crate::model::anchor::{Anchorer, is_space_like};
use crate::model::normalize::normalize;
use crate::model::{Annotation, AnnotationSet, CharOffset, Document, Edit, Segment, TagId};
use crate::session::{TextSpan, tag_spans};
use crate::workspace::{self, ChangeSaved, Workspace};

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
    /// `--retarget`: write into a file made for another (existing) document.
    pub retarget: bool,
    /// `--drop-unknown-fields`: save even though the file has fields this Glosa
    /// does not know.
    pub drop_unknown_fields: bool,
}

/// Refuses a `--note` or `--author` carrying a control character (C0, DEL, C1:
/// `char::is_control`), which would reach a colleague's terminal from the file.
/// A note may have tabs and line breaks (`\n`, `\r\n`); an author none.
pub(super) fn refuse_controls(option: &str, value: &str, multi_line: bool) -> Result<(), CliError> {
    let allowed = |c: char| multi_line && matches!(c, '\t' | '\n' | '\r');
    match value.chars().find(|&c| c.is_control() && !allowed(c)) {
        Some(c) => Err(CliError(format!(
            "{option} contains the control character U+{:04X}, which is not allowed: “{}”",
            u32::from(c),
            terminal::one_line(&terminal::clip(value))
        ))),
        None => Ok(()),
    }
}

fn open(common: &Common<'_>) -> Result<(Workspace, TagId), CliError> {
    if let Some(author) = common.author {
        refuse_controls("--author", author, false)?;
    }
    super::refuse_other_document(common.annotations, common.document, common.retarget)?;
    let workspace = Workspace::open(common.document, common.annotations).map_err(|e| CliError(e.to_string()))?;
    super::refuse_unknown_fields(workspace.load_report(), common.annotations, common.drop_unknown_fields)?;
    super::warn_about_loading(workspace.load_report(), common.annotations);
    let tag = TagId::new(common.tag).filter(|t| workspace.set.tags.get(t).is_some()).ok_or_else(|| {
        let known: Vec<&str> = workspace.set.tags.tags().iter().map(|t| t.id.as_str()).collect();
        CliError(format!(
            "no tag `{}` in the tag set (known: {}): {}",
            terminal::clip(common.tag),
            terminal::clip(&known.join(", ")),
            common.annotations.display()
        ))
    })?;
    Ok((workspace, tag))
}

/// Saves `change` under the file's lock, on top of the current file if someone
/// saved it since it was read (and says so on stderr). See
/// [`Workspace::save_change`].
fn save_change(
    workspace: &mut Workspace,
    change: impl FnMut(&AnnotationSet) -> Option<Edit>,
) -> Result<ChangeSaved, CliError> {
    let saved = workspace.save_change(change).map_err(|e| CliError(e.to_string()))?;
    if saved.rebased {
        super::warn_about_loading(&saved.report, &workspace.annotations_path);
        super::note(&format!(
            "the annotation file changed since it was read (another program saved it); \
             the change was made on the current version: {}",
            workspace.annotations_path.display()
        ));
    }
    Ok(saved)
}

pub(super) fn annotate(
    common: &Common<'_>,
    target: &Target<'_>,
    note: Option<&str>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    if let Some(note) = note {
        refuse_controls("--note", note, true)?;
    }
    let (mut workspace, tag) = open(common)?;
    let doc = &workspace.document;
    let segment = match *target {
        Target::Quote { quote, occurrence } => find_quote(doc, quote, occurrence).ok_or_else(|| {
            CliError(format!(
                "quote not found (occurrence {occurrence}): “{}”: {}",
                terminal::clip(quote),
                common.document.display()
            ))
        })?,
        Target::Range { paragraph, start, end } => {
            let index = doc.index_of(&crate::model::ParagraphId::new(paragraph)).ok_or_else(|| {
                CliError(format!(
                    "no paragraph {} in the document: {}",
                    terminal::clip(paragraph),
                    common.document.display()
                ))
            })?;
            let length = doc.text_of(&doc.paragraphs()[index]).chars().count();
            if start >= end || end > length {
                return Err(CliError(format!(
                    "range {start}..{end} is not inside paragraph {paragraph} (0..{length} code points): {}",
                    common.document.display()
                )));
            }
            Segment::try_new(doc, index, CharOffset(start), CharOffset(end)).map_err(|e| {
                CliError(format!("range {start}..{end}: {e}, nothing to highlight: {}", common.document.display()))
            })?
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
    save_change(&mut workspace, |_| Some(Edit::Create(Box::new(annotation.clone()))))?;
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
    let regex = Regex::new(pattern).map_err(|e| {
        // The regex crate's message draws the pattern with a caret over several
        // lines; its last line says what is wrong.
        let text = e.to_string();
        let why = text.lines().rev().find_map(|l| l.strip_prefix("error: ")).unwrap_or(&text).to_owned();
        CliError(format!("invalid pattern '{}': {why}", terminal::clip(pattern)))
    })?;
    let (mut workspace, tag) = open(common)?;
    let spans: Vec<TextSpan> = match_spans(&workspace.document, &regex, scope)
        .ok_or_else(|| {
            CliError(format!(
                "pattern '{}' has more than {} hits, the most one run tags; nothing was written \
                 (narrow the pattern, or use --scope sentence or paragraph): {}",
                terminal::clip(pattern),
                group_thousands(MAX_AUTOCODE_HITS),
                common.document.display()
            ))
        })?
        .into_iter()
        .map(|(paragraph, start, end)| TextSpan::new(paragraph, start, end))
        .collect();
    let now = workspace::now();
    let author = workspace::author(common.author);
    let mut counts = (0usize, 0usize, 0usize);
    // The same operation as the app's "Tag all hits with…": a span an annotation
    // covers exactly gets the tag added, any other a new annotation (see
    // `session::coding`). Worked out against the annotations as they are when
    // saving (re-read under the lock if another program saved meanwhile), so the
    // batch fits them.
    let document = workspace.document.clone();
    save_change(&mut workspace, |set| {
        let anchorer = Anchorer::new(&document);
        let anchors: std::collections::HashMap<_, _> =
            set.annotations.iter().map(|a| (a.id, anchorer.resolve(a))).collect();
        let tagging = tag_spans(&document, set, &anchors, &spans, &tag, &author, now);
        counts = (tagging.added, tagging.tagged, tagging.already);
        tagging.edit
    })?;
    let (added, tagged, already) = counts;
    writeln!(
        out,
        "added {}, tagged {tagged} existing, {already} already tagged `{tag}`",
        super::plural(added, "annotation", "annotations")
    )
    .map_err(|e| CliError(e.to_string()))?;
    Ok(ExitCode::SUCCESS)
}

/// The most hits (spans after widening to the scope) one `glosa autocode` run
/// tags. `.` on the 2.2 MB Quijote has about 2.1 million; each becomes an annotation
/// (hundreds of bytes in memory and on disk), so such a run is refused at once.
pub const MAX_AUTOCODE_HITS: usize = 100_000;

/// `n` with a comma every three digits: 100,000.
fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// (paragraph index, start, end) in code points for every match, widened to the
/// scope, without duplicates, in document order. `None` as soon as there are more
/// than [`MAX_AUTOCODE_HITS`] (the scan stops there).
fn match_spans(doc: &Document, regex: &Regex, scope: Scope) -> Option<Vec<(usize, usize, usize)>> {
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    for (index, paragraph) in doc.paragraphs().iter().enumerate() {
        let text = doc.text_of(paragraph);
        let sentences: Vec<(usize, &str)> =
            if scope == Scope::Sentence { text.split_sentence_bound_indices().collect() } else { Vec::new() };
        // Byte offsets to code points by walking forward (starts and ends only grow
        // within a paragraph), and sentences by binary search: linear overall.
        let (mut start_at, mut end_at) = ((0usize, 0usize), (0usize, 0usize));
        let chars_up_to = |cursor: &mut (usize, usize), byte: usize| {
            if byte >= cursor.0 {
                cursor.1 += text[cursor.0..byte].chars().count();
            } else {
                cursor.1 = text[..byte].chars().count();
            }
            cursor.0 = byte;
            cursor.1
        };
        for m in regex.find_iter(text).filter(|m| !m.as_str().is_empty()) {
            let (start_byte, end_byte) = match scope {
                Scope::Match => (m.start(), m.end()),
                Scope::Paragraph => (0, text.len()),
                Scope::Sentence => {
                    let before = |offset: usize, inclusive: bool| {
                        let count =
                            sentences.partition_point(|(s, _)| if inclusive { *s <= offset } else { *s < offset });
                        count.checked_sub(1).map(|i| sentences[i])
                    };
                    let (first, last) = (before(m.start(), true), before(m.end(), false));
                    let start = first.map_or(0, |(s, _)| s);
                    let end = last.map_or(text.len(), |(s, sentence)| s + sentence.trim_end().len());
                    (start, end.max(m.end()))
                }
            };
            let start = chars_up_to(&mut start_at, start_byte);
            let end = chars_up_to(&mut end_at, end_byte);
            if spans.last() != Some(&(index, start, end)) {
                if spans.len() == MAX_AUTOCODE_HITS {
                    return None;
                }
                spans.push((index, start, end));
            }
        }
    }
    Some(spans)
}
