//! Plain-text segmentation: lines of a decoded file into paragraphs.
//!
//! Real policy texts come from PDF and Word extraction, so blank lines are only one
//! of the signals. The segmenter first measures the document (pass 1), then decides
//! for each pair of adjacent lines whether a paragraph ends between them (pass 2).
//!
//! **Layout modes**, from the lengths of *continued* lines (non-blank lines followed
//! by a non-blank line):
//! - *one word per line* (justified PDF text extracted word by word): most continued
//!   lines are a single short word;
//! - *one paragraph per line* (Word exports, UDHR files, brat text): line lengths are
//!   spread out (median under 60 % of the 90th percentile) or very long (90th
//!   percentile over 150 characters), so every line break is a paragraph break;
//! - *hard-wrapped* otherwise, with wrap width `W` = the 75th percentile (PDF text
//!   set in a proportional font wraps anywhere between 75 % and 100 % of the
//!   longest line, so the maximum would overstate it).
//!
//! **Page furniture** (page numbers, running headers and footers; see
//! [`super::furniture`]) is found in pass 1 and set aside: it is not part of any
//! paragraph and is kept in [`Segmented::furniture`]. Paragraph breaks are decided
//! as if it were not there, so a page break inside a sentence no longer splits the
//! sentence: blank lines around furniture do not end a paragraph when the sentence
//! goes on (the line before ends in `,`, `-` or a lower-case word, or the line after
//! starts in lower case). Page boundaries are form feeds (U+000C), as `pdftotext`
//! and Glosa's PDF reader write them. A *page-bottom footnote* made of a bare number
//! line (`1`, which the text refers to with a glued mark such as `Governance1,`) and
//! its text is read as a footnote paragraph written after the paragraph it
//! interrupted, which then goes on. Likewise, footnote paragraphs at the bottom of a
//! page whose body sentence goes on at the top of the next page are written after
//! that paragraph, which goes on across them.
//!
//! **Paragraph breaks** between a line `L` and the next non-blank line `N`, always:
//! a blank or whitespace-only line; `N` starts with a list marker (`a.`, `b)`, `1.`,
//! `(i)`, `iv.`, `•`, `·`, `Ø`, `»`, `-`, `*`, `–`, or a letter glued to its text:
//! `a.Access`) or is a footnote line (1–3 digits then a tab or two spaces: `1  En la
//! Resolución…`; after a sentence end also `[1] Text`, `[*] Text`, and `1 Text` when
//! the text refers to footnote 1 with a glued mark); `L` or `N` is an all-capitals
//! heading line, except that consecutive capitals lines not ending a sentence are one
//! title wrapped in two.
//! In hard-wrapped text also: `N` is indented more than `L` and `L` ends a sentence
//! (page artifacts: a footnote running into the next page's paragraph); `L` ends a
//! sentence and the first word of `N` would have fitted on `L` (`len(L) + 1 +
//! len(word) ≤ 0.85 W`); `L` ends a sentence and `N` is a title line (short, starts
//! with a capital, no final punctuation); the first word of `N` would have fitted
//! on `L` and `N` starts with a capital, unless `L` ends in `-` or a lower-case word
//! (`…batalla que don` + `Quijote tuvo…` is one sentence). A final comma does not
//! prevent the break when `N` is a full line (at least 0.7 W): UN resolutions end
//! every preambular paragraph with one (`The General Assembly,` + `Recalling its
//! resolution…`), while verse and wrapped titles have short lines. And once a paragraph
//! has ended in a comma, the next one ends at a line ending in a comma before a
//! capital even when the line is full: it is the next clause of the run.
//! In one-word-per-line text: `L` ends a sentence and `N` has three words or more;
//! between two lines of several words, the hard-wrapped rules with `W` = the longest
//! such line; a one-word capitals line (`IGF`) is an acronym, not a heading.
//!
//! **Joining lines** of one paragraph: with one space, except across a hyphen at the
//! end of `L` when `N` starts with a lower-case letter. A soft hyphen (U+00AD) there
//! is a line-break hyphen and goes. A hard hyphen (`multi-` + `stakeholder`) is kept,
//! unless the document itself spells the joined word without hyphen elsewhere and
//! never with one (`coope-` + `ración` → `cooperación` when `cooperación` occurs in
//! the text). Keeping is the default, so a real hyphen is never lost silently.
//!
//! **Kinds**: a paragraph starting with a footnote line is a footnote; one starting
//! with a list marker, or in one-paragraph-per-line text indented deeper than the
//! document's usual indentation (the UDHR's numbered article paragraphs), is a list
//! item; an all-capitals paragraph or a one-line title (short, starts with a capital,
//! no final punctuation) is a heading, but only if it is short (at most 200 code
//! points) and does not end like a sentence (`.`, `!`, `?`, `…`, `;`, `,`); the rest
//! is body text.
//!
//! Paragraphs with no letter or digit (`---`, `* * *`) are separators, not paragraphs.
//! Line numbers are 1-based; CRLF, LF, a lone CR and CR CR LF each end a line.

use std::collections::HashSet;

use aho_corasick::AhoCorasick;

use super::furniture::{Detector, Interruptions};
use super::normalize::normalize;
use super::normalize::{SOFT_HYPHEN, push_normalized};
pub use super::paragraph::{Block, Segmented};
use super::paragraph::{Furniture, ParagraphKind};

/// A line of the source without its terminator.
#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    /// 1-based line number.
    number: u32,
    /// 1-based page: form feeds (U+000C, as `pdftotext` and the PDF reader put
    /// between pages) start a new page.
    page: u32,
    /// The line without leading and trailing white space; empty for a blank line.
    content: &'a str,
    /// Leading white-space characters.
    indent: usize,
    /// Code points in `content`.
    len: usize,
}

impl<'a> Line<'a> {
    fn new(number: u32, page: u32, raw: &'a str) -> Self {
        let content = raw.trim_matches(|c: char| c.is_whitespace() || c.is_control());
        let content = if content.chars().all(|c| c == SOFT_HYPHEN) { "" } else { content };
        let indent = if content.is_empty() {
            0
        } else {
            raw[..raw.len() - raw.trim_start_matches(|c: char| c.is_whitespace() || c.is_control()).len()]
                .chars()
                .count()
        };
        Line { number, page, content, indent, len: content.chars().count() }
    }

    fn is_blank(&self) -> bool {
        self.content.is_empty()
    }

    fn first_word_len(&self) -> usize {
        self.content.split(char::is_whitespace).next().map_or(0, |w| w.chars().count())
    }

    fn word_count(&self) -> usize {
        self.content.split_whitespace().count()
    }
}

/// Scripts written without spaces between words (CJK ideographs, kana, hangul,
/// full-width forms): a line of them is not "one word".
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Iterates the lines of `text`. `\r\n`, `\n` and a lone `\r` each end a line,
/// and so does `\r\r\n` (and any run of `\r` before `\n`): a Windows artefact
/// of text converted twice, one line end, not a blank line. A form feed starts a
/// new page: before the line when it leads the line, after it otherwise.
fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut number = 0u32;
    let mut page = 1u32;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        number += 1;
        let start = pos;
        let (end, next) = match memchr::memchr2(b'\n', b'\r', &bytes[pos..]) {
            Some(i) => {
                let end = pos + i;
                let mut next = end + 1;
                if bytes[end] == b'\r' {
                    let crs = bytes[end..].iter().take_while(|&&b| b == b'\r').count();
                    if bytes.get(end + crs) == Some(&b'\n') {
                        next = end + crs + 1;
                    }
                }
                (end, next)
            }
            None => (bytes.len(), bytes.len()),
        };
        pos = next;
        let raw = &text[start..end];
        let mut line_page = page;
        if memchr::memchr(0x0C, raw.as_bytes()).is_some() {
            let leading = raw.trim_start_matches(|c: char| c.is_whitespace() && c != '\u{c}');
            let before = leading.bytes().take_while(|&b| b == 0x0C).count() as u32;
            let total = raw.bytes().filter(|&b| b == 0x0C).count() as u32;
            let blank = raw.trim_matches(|c: char| c.is_whitespace() || c.is_control()).is_empty();
            if blank {
                page += total;
                line_page = page;
            } else {
                line_page = page + before;
                page += total;
            }
        }
        Some(Line::new(number, line_page, raw))
    })
}

/// How the lines of a document relate to its paragraphs.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Layout {
    /// Hard-wrapped at about this many code points.
    Wrapped { width: usize },
    /// Every line is a paragraph.
    LinePerParagraph,
    /// Justified text extracted one word per line; its lines of several words are
    /// wrapped at about `width` code points.
    WordPerLine { width: usize },
}

/// Longest line length tracked exactly by the histogram; longer lines count here.
const HISTOGRAM_MAX: usize = 1024;

/// Pass 1: layout statistics and hyphenation candidates.
struct Survey {
    layout: Layout,
    /// The most common indentation of non-blank lines, in characters.
    base_indent: usize,
    /// Line numbers `L` whose final hyphen is dropped when joined with `L + 1`.
    drop_hyphen_after: HashSet<u32>,
    /// Page furniture and page-bottom footnote numbers.
    interruptions: Interruptions,
}

fn survey(text: &str) -> Survey {
    let mut histogram = vec![0u32; HISTOGRAM_MAX + 1];
    let (mut continued, mut word_lines, mut max_len, mut max_multiword_len) = (0usize, 0usize, 0usize, 0usize);
    // (line number of L, fragment before the hyphen, fragment after it)
    let mut candidates: Vec<(u32, &str, &str)> = Vec::new();
    let mut indents = [0u32; 65];
    let mut detector = Detector::new();
    let mut prev: Option<Line<'_>> = None;
    for line in lines(text) {
        if !line.is_blank() {
            indents[line.indent.min(64)] += 1;
            detector.line(line.number, line.page, line.content, line.len);
        }
        if let Some(p) = prev.filter(|p| !p.is_blank() && !line.is_blank()) {
            continued += 1;
            histogram[p.len.min(HISTOGRAM_MAX)] += 1;
            if p.len <= 25 && !p.content.contains(|c: char| c.is_whitespace() || is_cjk(c)) {
                word_lines += 1;
            } else {
                max_multiword_len = max_multiword_len.max(p.len);
            }
            if let Some(pair) = hyphen_pair(p.content, line.content) {
                candidates.push((p.number, pair.0, pair.1));
            }
        }
        max_len = max_len.max(line.len);
        prev = Some(line);
    }
    let percentile = |q: usize| -> usize {
        let target = (continued * q).div_ceil(100).max(1);
        let mut seen = 0usize;
        for (len, &count) in histogram.iter().enumerate() {
            seen += count as usize;
            if seen >= target {
                return len;
            }
        }
        HISTOGRAM_MAX
    };
    let layout = if continued >= 10 && word_lines * 2 > continued {
        Layout::WordPerLine { width: max_multiword_len }
    } else if continued >= 3 && (percentile(90) > 150 || percentile(50) * 10 < percentile(90) * 6) {
        Layout::LinePerParagraph
    } else if continued == 0 {
        Layout::Wrapped { width: max_len }
    } else {
        Layout::Wrapped { width: percentile(75) }
    };
    let base_indent = indents
        .iter()
        .enumerate()
        .max_by_key(|&(indent, &count)| (count, std::cmp::Reverse(indent)))
        .map_or(0, |(indent, _)| indent);
    Survey {
        layout,
        base_indent,
        drop_hyphen_after: hyphens_to_drop(text, &candidates),
        interruptions: detector.finish(matches!(layout, Layout::WordPerLine { .. })),
    }
}

/// How a line ends, for joining it with the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineEnd {
    /// No hyphen after the last letter.
    Plain,
    /// Only soft hyphens after the last letter: a discretionary line break.
    Soft,
    /// One hard hyphen (possibly wrapped in soft hyphens, as PDF extraction does).
    Hard,
}

fn line_end(l: &str) -> LineEnd {
    let stripped = l.trim_end_matches(['-', SOFT_HYPHEN]);
    let suffix = &l[stripped.len()..];
    if suffix.is_empty() || !stripped.chars().next_back().is_some_and(char::is_alphabetic) {
        return LineEnd::Plain;
    }
    // `-` U+00AD `-` is one hyphen (see `normalize`).
    match suffix.replace("-\u{AD}-", "-").matches('-').count() {
        0 => LineEnd::Soft,
        1 => LineEnd::Hard,
        _ => LineEnd::Plain,
    }
}

/// `Some((left, right))` when `l` ends with a letter and a hard hyphen and `n` starts
/// with a lower-case letter: the word fragments on both sides of the line break.
fn hyphen_pair<'a>(l: &'a str, n: &'a str) -> Option<(&'a str, &'a str)> {
    if line_end(l) != LineEnd::Hard || !n.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let before = l.trim_end_matches(['-', SOFT_HYPHEN]);
    let left_start = before
        .rfind(|c: char| !c.is_alphanumeric() && c != '-')
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let right_end = n.find(|c: char| !c.is_alphanumeric()).unwrap_or(n.len());
    Some((&before[left_start..], &n[..right_end]))
}

/// Decides each hyphenation candidate from the document's own vocabulary: the hyphen
/// goes when the joined word occurs elsewhere and the hyphenated one does not.
fn hyphens_to_drop(text: &str, candidates: &[(u32, &str, &str)]) -> HashSet<u32> {
    let mut drop = HashSet::new();
    if candidates.is_empty() {
        return drop;
    }
    let mut patterns: Vec<String> = Vec::with_capacity(candidates.len() * 2);
    for (_, left, right) in candidates {
        patterns.push(format!("{left}{right}"));
        patterns.push(format!("{left}-{right}"));
    }
    patterns.sort();
    patterns.dedup();
    let Ok(matcher) = AhoCorasick::new(&patterns) else {
        return drop;
    };
    let mut found = vec![false; patterns.len()];
    for m in matcher.find_overlapping_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            found[m.pattern().as_usize()] = true;
        }
    }
    let occurs = |word: &str| patterns.binary_search_by(|p| p.as_str().cmp(word)).is_ok_and(|i| found[i]);
    for (number, left, right) in candidates {
        if occurs(&format!("{left}{right}")) && !occurs(&format!("{left}-{right}")) {
            drop.insert(*number);
        }
    }
    drop
}

/// Segments decoded plain text into normalized paragraphs. See the module docs.
pub fn segment_plain(text: &str) -> Segmented {
    let survey = survey(text);
    let interruptions = &survey.interruptions;
    let mut out = Segmented::with_capacity(text.len());
    let mut current: Option<Open> = None;
    let mut prev: Option<Line<'_>> = None;
    // A blank line, and page furniture or a footnote block, since `prev`.
    let (mut blank_since, mut interrupted) = (false, false);
    // The page-bottom footnote being read, and those to write once the paragraph
    // they interrupted ends.
    let mut footnote: Option<PendingFootnote> = None;
    let mut deferred: Vec<PendingFootnote> = Vec::new();
    // The last paragraph that is not a footnote, with its index in `out.blocks`.
    let mut last_body: Option<(usize, Open<'_>)> = None;
    let mut lines = lines(text).peekable();
    while let Some(line) = lines.next() {
        if line.is_blank() {
            blank_since = true;
            deferred.extend(footnote.take());
            continue;
        }
        if interruptions.furniture.contains(&line.number) {
            out.furniture.push(Furniture {
                text: normalize(line.content),
                line: line.number,
                page: interruptions.pages_known.then_some(line.page),
            });
            interrupted = true;
            continue;
        }
        if interruptions.footnote_numbers.contains(&line.number) {
            deferred.extend(footnote.take());
            footnote = Some(PendingFootnote::new(&line));
            interrupted = true;
            continue;
        }
        if let Some(pending) = footnote.as_mut() {
            if pending.continues() && !blank_since {
                pending.push(&line);
                continue;
            }
            deferred.extend(footnote.take());
        }
        let after = lines.peek().copied();
        let joins = match (&current, prev) {
            (Some(open), Some(p)) => {
                let bridged = !blank_since || (interrupted && sentence_continues(&p, &line));
                let clause_ends = open.after_clause
                    && matches!(survey.layout, Layout::Wrapped { .. })
                    && p.content.ends_with(',')
                    && starts_with_capital(line.content);
                bridged && !clause_ends && !is_break(&p, &line, after.as_ref(), survey.layout, interruptions)
            }
            _ => false,
        };
        match (current.as_mut(), prev) {
            (Some(open), Some(p)) if joins => {
                let soft = line_end(p.content) == LineEnd::Soft;
                let hyphen_join = soft || hyphen_pair(p.content, line.content).is_some();
                if hyphen_join && survey.drop_hyphen_after.contains(&p.number) {
                    out.text.pop(); // the hyphen, the last character pushed
                } else if !hyphen_join {
                    out.text.push(' ');
                }
                push_normalized(&mut out.text, line.content);
                open.last = line;
                open.lines += 1;
            }
            _ => {
                if let Some(open) = current.take() {
                    let before = out.blocks.len();
                    open.close(&mut out, &survey);
                    if !open.footnote && out.blocks.len() > before {
                        last_body = Some((before, open));
                    }
                }
                if let Some((index, open)) = resumable(last_body, prev.as_ref(), &line, &out) {
                    // Footnotes at the bottom of a page interrupted this paragraph,
                    // which goes on at the top of the next page: the footnotes are
                    // written after it.
                    current = Some(resume(&mut out, &mut deferred, index, open, line));
                    last_body = None;
                    prev = Some(line);
                    (blank_since, interrupted) = (false, false);
                    continue;
                }
                for pending in deferred.drain(..) {
                    pending.write(&mut out);
                }
                let start = out.text.len();
                push_normalized(&mut out.text, line.content);
                let footnote = starts_footnote(prev.as_ref().filter(|_| !blank_since), &line, interruptions);
                let after_clause = prev.is_some_and(|p| p.content.ends_with(','));
                current = Some(Open { start, first: line, last: line, lines: 1, footnote, after_clause });
            }
        }
        prev = Some(line);
        blank_since = false;
        interrupted = false;
    }
    if let Some(open) = current.take() {
        open.close(&mut out, &survey);
    }
    for pending in deferred.into_iter().chain(footnote) {
        pending.write(&mut out);
    }
    demote_continued_headings(&mut out);
    out
}

/// A heading whose sentence goes on in the next paragraph is body text: the next
/// paragraph is body text that starts in lower case, and the heading does not end
/// in a colon (the UDHR files' third line, `This plain text version prepared by
/// the “UDHR in Unicode”`, goes on in `project, http://www.unicode.org/udhr.`).
/// Only the kind changes, never the text: paragraph IDs and the document's
/// fingerprint hash the text alone, so annotation files stay valid.
fn demote_continued_headings(out: &mut Segmented) {
    for i in 1..out.blocks.len() {
        let (heading, next) = (&out.blocks[i - 1], &out.blocks[i]);
        if heading.kind != ParagraphKind::Heading || next.kind != ParagraphKind::Body {
            continue;
        }
        let continues = out.block_text(next).chars().next().is_some_and(char::is_lowercase)
            && !out.block_text(heading).trim_end().ends_with([':', '：']);
        if continues {
            out.blocks[i - 1].kind = ParagraphKind::Body;
        }
    }
}

/// Whether the sentence of `p` goes on in `n` across page furniture and blank
/// lines: `p` ends in a comma, a hyphen or a lower-case word, or `n` starts in
/// lower case.
fn sentence_continues(p: &Line<'_>, n: &Line<'_>) -> bool {
    open_ended(p.content) || n.content.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a line leaves its sentence open: it ends in `,` or `-`, or its last
/// word starts in lower case (`…batalla que don`).
fn open_ended(content: &str) -> bool {
    content.ends_with([',', '-'])
        || content.split_whitespace().next_back().and_then(|w| w.chars().next()).is_some_and(char::is_lowercase)
}

/// A page-bottom footnote being read: its number line and the lines after it.
struct PendingFootnote {
    raw: String,
    lines: (u32, u32),
    /// Whether the last line read ends the footnote (a sentence end or a URL).
    complete: bool,
    /// Lines read after the number.
    text_lines: u32,
}

impl PendingFootnote {
    fn new(number: &Line<'_>) -> Self {
        Self { raw: number.content.to_owned(), lines: (number.number, number.number), complete: false, text_lines: 0 }
    }

    fn continues(&self) -> bool {
        self.text_lines == 0 || !self.complete
    }

    fn push(&mut self, line: &Line<'_>) {
        self.raw.push(' ');
        self.raw.push_str(line.content);
        self.lines.1 = line.number;
        self.text_lines += 1;
        let url = line.content.starts_with("http") || line.content.starts_with("www.");
        self.complete = url || ends_sentence(line.content);
    }

    fn write(self, out: &mut Segmented) {
        out.push_paragraph(&self.raw, ParagraphKind::Footnote, self.lines);
    }
}

/// Whether the paragraph `body` (index in `out.blocks` and how it was built) goes
/// on in `line`: only footnotes were written after it, a page break separates them
/// from `line`, and the sentence of its last line goes on in `line`.
fn resumable<'a>(
    body: Option<(usize, Open<'a>)>,
    prev: Option<&Line<'_>>,
    line: &Line<'_>,
    out: &Segmented,
) -> Option<(usize, Open<'a>)> {
    let (index, open) = body?;
    let after = out.blocks.get(index + 1..)?;
    let page_break = prev.is_some_and(|p| p.page < line.page);
    let only_notes = !after.is_empty() && after.iter().all(|b| b.kind == ParagraphKind::Footnote);
    (page_break && only_notes && sentence_continues(&open.last, line)).then_some((index, open))
}

/// Reopens the paragraph at `index` of `out.blocks` (built as `open`), moving the
/// footnotes written after it to `deferred`, and continues it with `line`.
fn resume<'a>(
    out: &mut Segmented,
    deferred: &mut Vec<PendingFootnote>,
    index: usize,
    mut open: Open<'a>,
    line: Line<'a>,
) -> Open<'a> {
    let notes_start = out.blocks[index].range.end;
    for block in out.blocks.drain(index + 1..) {
        let raw = out.text[block.range.clone()].to_owned();
        deferred.push(PendingFootnote { raw, lines: block.lines, complete: true, text_lines: 1 });
    }
    out.blocks.truncate(index);
    out.text.truncate(notes_start);
    let p = open.last;
    let hyphen_join = line_end(p.content) == LineEnd::Soft || hyphen_pair(p.content, line.content).is_some();
    if !hyphen_join {
        out.text.push(' ');
    }
    push_normalized(&mut out.text, line.content);
    open.last = line;
    open.lines += 1;
    open
}

/// A paragraph being built.
#[derive(Clone, Copy)]
struct Open<'a> {
    start: usize,
    first: Line<'a>,
    last: Line<'a>,
    lines: usize,
    /// It starts with a footnote mark.
    footnote: bool,
    /// The paragraph before it ended in a comma: it is one of a run of clauses
    /// (a UN resolution's preambular paragraphs).
    after_clause: bool,
}

impl Open<'_> {
    fn close(self, out: &mut Segmented, survey: &Survey) {
        let layout = survey.layout;
        let text = &out.text[self.start..];
        let indented_line = layout == Layout::LinePerParagraph && self.first.indent > survey.base_indent;
        let kind = if self.footnote {
            ParagraphKind::Footnote
        } else if is_list_marker(self.first.content) || indented_line {
            ParagraphKind::ListItem
        } else if is_heading_text(text)
            && (is_caps_paragraph(text) || (self.lines == 1 && is_title_line(&self.first, layout)))
        {
            ParagraphKind::Heading
        } else {
            ParagraphKind::Body
        };
        out.finish(self.start, kind, (self.first.number, self.last.number));
    }
}

/// Whether a line starts a footnote: the two-space or tab form (`1  En la…`)
/// always; after a sentence end (or at a paragraph start), `[1] Text` and
/// `[*] Text`, and `1 Text` when the text refers to footnote 1 with a glued mark.
fn starts_footnote(prev: Option<&Line<'_>>, line: &Line<'_>, interruptions: &Interruptions) -> bool {
    if is_footnote(line.content) {
        return true;
    }
    let after_sentence = prev.is_none_or(|p| ends_sentence(p.content));
    after_sentence
        && (is_bracket_footnote(line.content)
            || single_space_footnote(line.content).is_some_and(|n| interruptions.is_referenced(n)))
}

/// A heading is short and never ends like a sentence: at most 200 code points, no
/// final `.`, `!`, `?`, `…`, `;` or `,` (a colon is allowed: `Abstract:`).
fn is_heading_text(text: &str) -> bool {
    let last = text.trim_end_matches(CLOSERS).chars().next_back();
    text.chars().nth(200).is_none()
        && !last.is_some_and(|c| {
            matches!(c, '.' | '!' | '?' | '…' | ';' | ',' | '。' | '！' | '？' | '；' | '，' | '،' | '؛' | '؟')
        })
}

/// An all-capitals paragraph (possibly several lines): at least three letters,
/// no lower-case letter, at most 200 code points.
fn is_caps_paragraph(text: &str) -> bool {
    text.chars().nth(200).is_none() && is_caps_heading(text.get(..text.len().min(1024)).unwrap_or(text), 200)
}

/// Whether a paragraph ends between `l` and the next non-blank line `n`; `after` is
/// the line after `n`, if any.
fn is_break(l: &Line<'_>, n: &Line<'_>, after: Option<&Line<'_>>, layout: Layout, marks: &Interruptions) -> bool {
    if matches!(layout, Layout::LinePerParagraph) {
        return true;
    }
    if is_list_marker(n.content) || starts_footnote(Some(l), n, marks) {
        return true;
    }
    // In word-per-line text a lone capitalised word is an acronym (`IGF`), not a heading.
    let word_per_line = matches!(layout, Layout::WordPerLine { .. });
    let heading = |line: &Line<'_>| is_caps_heading(line.content, 120) && (!word_per_line || line.word_count() >= 2);
    // A one-word capitals line after a line left open is an acronym that goes on
    // the sentence or title (`…nota informativa del` + `FMPT-13`).
    let acronym = n.word_count() < 2 && open_ended(l.content);
    match (heading(l), heading(n) && !acronym) {
        // A title in capitals wrapped over two lines is one heading.
        (true, true) if !ends_sentence(l.content) && l.len + n.len < 200 => return false,
        (true, _) | (_, true) => return true,
        (false, false) => {}
    }
    match layout {
        Layout::LinePerParagraph => true,
        Layout::WordPerLine { width } if l.word_count() >= 2 && n.word_count() >= 2 => {
            is_break(l, n, after, Layout::Wrapped { width }, marks)
        }
        Layout::WordPerLine { .. } => ends_sentence(l.content) && n.word_count() >= 3,
        Layout::Wrapped { width } => {
            let ends = ends_sentence(l.content);
            if ends && n.indent > l.indent {
                return true;
            }
            // A title line is short on purpose: the first word after it would have fitted.
            let fits = |a: &Line<'_>, b: &Line<'_>| (a.len + 1 + b.first_word_len()) * 100 <= width * 85;
            let short_on_purpose = after.is_none_or(|a| a.is_blank() || fits(n, a));
            if ends && is_title_line(n, layout) && short_on_purpose {
                return true;
            }
            // A line ended on purpose before a capital ends its paragraph, unless it
            // leaves a phrase open (`…que don` + `Quijote`, `multi-` + `Stakeholder`).
            // A final comma does not: UN resolutions end each preambular paragraph
            // with one (`The General Assembly,` + `Recalling…`).
            let fits = fits(l, n);
            let open_phrase = l.content.ends_with('-')
                || l.content
                    .split_whitespace()
                    .next_back()
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_lowercase);
            // After a comma only before a full line: verse and wrapped titles have
            // short lines (`Cruel Vireno, fugitivo Eneas,` + `Barrabás te acompañe…`).
            let clause = !l.content.ends_with(',') || n.len * 10 >= width * 7;
            fits && (ends || (starts_with_capital(n.content) && !open_phrase && clause))
        }
    }
}

/// Closing quotes and brackets that may follow the end of a sentence.
const CLOSERS: &[char] = &['”', '’', '"', '\'', '»', ')', ']', '›'];

/// Sentence and clause ends in the six UN languages.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '…', ':', ';', '。', '！', '？', '；', '：', '؟', '؛', '۔'];

/// Whether `line` ends a sentence or clause, ignoring closing quotes and a footnote
/// number glued after the punctuation (`Principles.1`).
pub(crate) fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(CLOSERS);
    let without_ref = trimmed.trim_end_matches(|c: char| c.is_ascii_digit());
    let trimmed = if without_ref.len() + 2 >= trimmed.len() && without_ref.ends_with(SENTENCE_ENDS) {
        without_ref
    } else {
        trimmed
    };
    trimmed.trim_end_matches(CLOSERS).ends_with(SENTENCE_ENDS)
}

fn starts_with_capital(line: &str) -> bool {
    let first = line.trim_start_matches(['“', '"', '«', '(', '¿', '¡', '\'', '‘']).chars().next();
    first.is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
}

/// Bullets that start a list item when followed by white space. The em dash is
/// left out: in Spanish it opens dialogue. `Ø` and `»` are what Word's Wingdings
/// arrow bullets become in extracted text; U+F0A7, U+F0B7 and U+F0D8 are the
/// private-use code points of its Symbol and Wingdings bullets.
const BULLETS: &[char] = &[
    '•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▸', '➢', '➤', '✓', '✔', '-', '*', '–', '·', 'Ø', '»',
    '\u{f0a7}', '\u{f0b7}', '\u{f0d8}',
];

/// Whether `line` starts with a list marker followed by white space: a bullet, `1.`,
/// `1)`, `a.`, `b)`, `iv.`, `(i)`, `(a)`, `(1)`; or a letter marker glued to its
/// capitalised text, as PDF extraction leaves it (`a.Access`, `b)Content`).
pub(crate) fn is_list_marker(line: &str) -> bool {
    if is_glued_letter_marker(line) {
        return true;
    }
    let Some((marker, rest)) = line.split_once(char::is_whitespace) else {
        return false;
    };
    if rest.trim_start().is_empty() {
        return false;
    }
    let mut chars = marker.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if marker.chars().count() == 1 {
        return BULLETS.contains(&first);
    }
    let body = if let Some(inner) = marker.strip_prefix('(').and_then(|m| m.strip_suffix(')')) {
        inner
    } else if let Some(inner) = marker.strip_suffix(['.', ')']) {
        inner
    } else {
        return false;
    };
    let is_number = (1..=3).contains(&body.len()) && body.bytes().all(|b| b.is_ascii_digit());
    let is_letter = body.chars().count() == 1 && body.chars().all(char::is_alphabetic);
    let is_roman = is_roman_numeral(body);
    is_number || is_letter || is_roman
}

/// Whether `text` is a canonical Roman numeral from 1 to 399, all lower or all upper
/// case (`iv`, `XII`), so that `civil.` or `mix.` at a line start is not a marker.
fn is_roman_numeral(text: &str) -> bool {
    const NUMERALS: [(u32, &str); 9] =
        [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
    let lower = text.to_ascii_lowercase();
    if text.is_empty() || text.len() > 9 || !(text == lower || text == text.to_ascii_uppercase()) {
        return false;
    }
    let mut rest = lower.as_str();
    let mut value = 0;
    for (worth, numeral) in NUMERALS {
        while let Some(r) = rest.strip_prefix(numeral) {
            rest = r;
            value += worth;
        }
    }
    if !rest.is_empty() || value == 0 || value >= 400 {
        return false;
    }
    // Canonical form only: re-encode the value and compare.
    let mut canonical = String::new();
    let mut remaining = value;
    for (worth, numeral) in NUMERALS {
        while remaining >= worth {
            canonical.push_str(numeral);
            remaining -= worth;
        }
    }
    canonical == lower
}

/// `a.Access to…`: one ASCII letter, `.` or `)`, then a capital followed by a
/// lower-case letter (so `U.S.Government` and `e.g.The` are not markers).
fn is_glued_letter_marker(line: &str) -> bool {
    let b = line.as_bytes();
    b.len() >= 4
        && b[0].is_ascii_alphabetic()
        && matches!(b[1], b'.' | b')')
        && line[2..].chars().next().is_some_and(char::is_uppercase)
        && line[2..].chars().nth(1).is_some_and(char::is_lowercase)
}

/// `[1] See…`, `[*] This…`, `[†] …`: a bracketed number (1–3 digits) or symbol,
/// white space, then text that does not start in lower case.
pub(crate) fn is_bracket_footnote(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('[') else {
        return false;
    };
    let Some((mark, text)) = rest.split_once(']') else {
        return false;
    };
    let mark_ok = ((1..=3).contains(&mark.len()) && mark.bytes().all(|b| b.is_ascii_digit()))
        || matches!(mark, "*" | "**" | "†" | "‡");
    let gap = text.len() - text.trim_start().len();
    mark_ok && gap >= 1 && text.trim_start().chars().next().is_some_and(|c| !c.is_lowercase())
}

/// `1 See the report…`: 1–3 digits, one space, a capital letter. Returns the
/// number; a footnote only when the text refers to it (see `starts_footnote`).
fn single_space_footnote(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = line.get(digits..)?.strip_prefix(' ')?;
    rest.chars().next().filter(|c| c.is_uppercase())?;
    line[..digits].parse().ok()
}

/// Whether `line` is a footnote line: 1–3 digits, then a tab or at least two spaces,
/// then text (`1  En la Resolución 102…`).
pub(crate) fn is_footnote(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let rest = &line[digits..];
    let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    (rest.starts_with('\t') || gap >= 2) && rest.trim_start().chars().next().is_some_and(|c| !c.is_ascii_digit())
}

/// An all-capitals heading line: at least three letters, no lower-case letter, at
/// most `max_len` code points.
pub(crate) fn is_caps_heading(line: &str, max_len: usize) -> bool {
    let mut letters = 0usize;
    for (i, c) in line.chars().enumerate() {
        if i > max_len || c.is_lowercase() {
            return false;
        }
        letters += usize::from(c.is_uppercase());
    }
    letters >= 3
}

/// A one-line title: short, starts with a capital (or a caseless script's letter),
/// does not end in punctuation.
fn is_title_line(line: &Line<'_>, layout: Layout) -> bool {
    let limit = match layout {
        Layout::Wrapped { width } => (width * 6 / 10).max(40),
        Layout::LinePerParagraph => 80,
        // The lines of several words in word-per-line text are titles and the
        // last lines of paragraphs; a title there may be a long section title.
        Layout::WordPerLine { .. } => 100,
    };
    let last = line.content.chars().next_back();
    line.len <= limit
        && line.content.chars().next().is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
        && !last.is_some_and(|c| SENTENCE_ENDS.contains(&c) || matches!(c, ',' | '，' | '،' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<String> {
        let seg = segment_plain(input);
        seg.blocks.iter().map(|b| seg.block_text(b).to_owned()).collect()
    }

    fn kinds(input: &str) -> Vec<ParagraphKind> {
        segment_plain(input).blocks.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn blank_and_whitespace_only_lines_separate_paragraphs() {
        assert_eq!(texts("Uno.\n\nDos.\n   \nTres.\r\n\r\nCuatro."), ["Uno.", "Dos.", "Tres.", "Cuatro."]);
    }

    #[test]
    fn list_markers_and_footnotes_start_paragraphs() {
        for marker in ["a.", "b)", "1.", "12)", "(i)", "(a)", "iv.", "XIV.", "(xii)", "•", "-", "*"] {
            assert!(is_list_marker(&format!("{marker} El papel")), "{marker}");
        }
        for not_marker in
            ["2006, implicará", "e.g. this", "—Dijo", "— Porque, ¿cómo", "Internet governance", "2014. The"]
        {
            assert!(!is_list_marker(not_marker), "{not_marker}");
        }
        assert!(is_footnote("1  En la Resolución 102"));
        assert!(is_footnote("2    Por ejemplo"));
        assert!(is_footnote("3\tSee"));
        assert!(!is_footnote("2006, implicará"));
        assert!(!is_footnote("1 En la"));
    }

    #[test]
    fn sentence_ends_see_through_quotes_and_glued_footnote_numbers() {
        assert!(ends_sentence("independientes”."));
        assert!(ends_sentence("Governance Principles.1"));
        assert!(ends_sentence("siguientes cuestiones:"));
        assert!(ends_sentence("人人生而自由。"));
        assert!(!ends_sentence("Desarrollo, UIT"));
        assert!(!ends_sentence("en el año 2014"));
    }

    #[test]
    fn hard_hyphen_is_kept_unless_the_document_spells_the_word_without_it() {
        let wrapped =
            "The multi-\nstakeholder model is open and the coope-\nración is enhanced.\n\nLa cooperación mejorada.";
        assert_eq!(
            texts(wrapped),
            ["The multi-stakeholder model is open and the cooperación is enhanced.", "La cooperación mejorada."]
        );
        assert_eq!(texts("A soft\u{AD}\nhyphen goes."), ["A softhyphen goes."]);
        assert_eq!(texts("consensus-\u{AD}\nbased processes"), ["consensus-based processes"]);
        assert_eq!(texts("consensus-\u{AD}-\nbased processes"), ["consensus-based processes"]);
        assert_eq!(texts("a dash--\nthen more"), ["a dash-- then more"]);
    }

    #[test]
    fn no_blank_lines_short_lines_and_headings_split() {
        let doc = "Abstract\n\
            The Government of Spain appreciates the opportunity to participate in the Global\n\
            Multi-stakeholder Meeting on the Future of Internet Governance, kindly hosted by\n\
            Brazil. We are very much looking forward to engaging with other stakeholders.\n\
            Internet Governance Principles\n\
            Internet Governance (IG) involves governments, technical community, private sector\n\
            and civil society in the development and application of a set of shared principles.\n";
        assert_eq!(
            texts(doc),
            [
                "Abstract",
                "The Government of Spain appreciates the opportunity to participate in the Global Multi-stakeholder Meeting on the Future of Internet Governance, kindly hosted by Brazil. We are very much looking forward to engaging with other stakeholders.",
                "Internet Governance Principles",
                "Internet Governance (IG) involves governments, technical community, private sector and civil society in the development and application of a set of shared principles.",
            ]
        );
        assert_eq!(
            kinds(doc),
            [ParagraphKind::Heading, ParagraphKind::Body, ParagraphKind::Heading, ParagraphKind::Body]
        );
    }

    #[test]
    fn separator_lines_are_not_paragraphs() {
        assert_eq!(texts("Uno.\n\n---\n\n* * *\n\nDos."), ["Uno.", "Dos."]);
    }

    #[test]
    fn line_numbers_are_one_based_and_inclusive_and_lone_cr_ends_a_line() {
        let seg = segment_plain("Title\r\rFirst line of text that is long enough\rand its end.\n");
        let lines: Vec<_> = seg.blocks.iter().map(|b| b.lines).collect();
        assert_eq!(lines, [(1, 1), (3, 4)]);
    }
}
