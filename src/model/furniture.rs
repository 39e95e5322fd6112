//! Page furniture and page-bottom footnote numbers in extracted text.
//!
//! Text extracted from a PDF keeps what was printed on every page besides the
//! text itself: page numbers (`3`, `- 3 -`, `Page 3 of 12`, `Página 3`) and
//! running headers and footers (`The Report 5`, `4 Toward a Single Global Digital
//! Economy`). Left in, they become paragraphs or, worse, split a sentence in two.
//! [`Detector`] is fed every non-blank line once (during the segmenter's survey
//! pass) and decides which lines are furniture:
//!
//! - **Running headers and footers**: lines of at most 80 code points that share
//!   their text once page numbers are taken out (digit runs at either end removed,
//!   others masked), occurring at least 3 times, when at least half of the
//!   occurrences interrupt a sentence (the text before does not end a sentence, or
//!   the text after starts in lower case) or stand next to a page number. When the
//!   pages are known (form feeds), occurring on at least two pages within the first
//!   or last two lines of a page, for two thirds of the occurrences, is enough
//!   when it is on at least three pages (or on both pages of a two-page
//!   document) and does not start in lower case.
//! - **Page numbers**: a line that is only a page number, when it interrupts a
//!   sentence, stands next to a running header or footer, sits at the top or bottom
//!   of a known page, or belongs to a rising sequence of at least three.
//!
//! A bare number that the text before refers to with a glued footnote mark
//! (`Governance2,`, `NETmundial”1`) and that is followed by a URL or a capitalised
//! line is not a page number but the number of a page-bottom footnote.
//!
//! Work and memory are linear: the detector keeps the short lines that could be
//! furniture (usually few), not the text.

use std::collections::{HashMap, HashSet};

use super::segment::ends_sentence;

/// Longest line (code points) that can be furniture.
const MAX_FURNITURE_LEN: usize = 80;

/// Largest footnote number tracked for glued references.
const MAX_FOOTNOTE: usize = 999;

/// Lines set aside by the [`Detector`], by 1-based line number.
#[derive(Debug, Default)]
pub(crate) struct Interruptions {
    /// Page numbers, running headers and footers.
    pub furniture: HashSet<u32>,
    /// Bare numbers that start a page-bottom footnote.
    pub footnote_numbers: HashSet<u32>,
    /// Footnote numbers the text refers to with a glued mark (`word2`), by number.
    pub referenced: Vec<bool>,
    /// Whether the text has form feeds, i.e. the pages are known.
    pub pages_known: bool,
}

impl Interruptions {
    /// Whether a glued footnote mark refers to `number` anywhere in the text.
    pub(crate) fn is_referenced(&self, number: usize) -> bool {
        self.referenced.get(number).copied().unwrap_or(false)
    }
}

#[allow(clippy::struct_excessive_bools, reason = "observations about one line, each read by one rule")]
struct Candidate<'a> {
    number: u32,
    page: u32,
    content: &'a str,
    /// The page number this line is, if it is only that.
    page_number: Option<u32>,
    /// The last text line before it ends a sentence (or there is none).
    prev_ends: bool,
    /// The next text line starts in lower case.
    next_lower: bool,
    /// The very next line is a URL or starts with a capital or an opening quote.
    next_opens: bool,
    /// Among the first or last two lines of its page.
    edge: bool,
    /// Its number was referred to by a glued footnote mark before it.
    referenced: bool,
}

/// Collects furniture candidates line by line; see the module docs.
pub(crate) struct Detector<'a> {
    candidates: Vec<Candidate<'a>>,
    by_line: HashMap<u32, usize>,
    /// Footnote numbers referred to so far (`word2`).
    referenced: Vec<bool>,
    /// Candidates waiting for the next text line.
    awaiting: Vec<usize>,
    /// The candidate waiting for the very next line.
    awaiting_immediate: Option<usize>,
    last_text_ends: bool,
    /// The previous non-blank line, kept as a possible header before a page number.
    previous: Option<(u32, u32, &'a str, bool)>,
    after_page_number: bool,
    page: u32,
    /// Non-blank lines seen on the current page, and the last two of them.
    page_lines: u32,
    page_tail: [Option<(u32, &'a str, bool)>; 2],
}

impl<'a> Detector<'a> {
    pub(crate) fn new() -> Self {
        Self {
            candidates: Vec::new(),
            by_line: HashMap::new(),
            referenced: vec![false; MAX_FOOTNOTE + 1],
            awaiting: Vec::new(),
            awaiting_immediate: None,
            last_text_ends: true,
            previous: None,
            after_page_number: false,
            page: 1,
            page_lines: 0,
            page_tail: [None, None],
        }
    }

    /// Feeds the next non-blank line: its number, page, trimmed content and length
    /// in code points.
    pub(crate) fn line(&mut self, number: u32, page: u32, content: &'a str, len: usize) {
        let ends_before = self.last_text_ends;
        if page != self.page {
            self.end_page();
            self.page = page;
        }
        if let Some(i) = self.awaiting_immediate.take() {
            self.candidates[i].next_opens = opens(content);
        }
        let short = len <= MAX_FURNITURE_LEN;
        let page_number = if short { page_number(content) } else { None };
        let edge_number = short && page_number.is_none() && has_edge_number(content);
        let page_start = self.page_lines < 2;
        let candidate = short && (page_number.is_some() || edge_number || page_start || self.after_page_number);
        if page_number.is_some()
            && let Some((n, p, c, ends)) = self.previous.filter(|&(n, ..)| !self.by_line.contains_key(&n))
        {
            self.push(n, p, c, ends, false);
        }
        if candidate {
            let i = self.push(number, page, content, self.last_text_ends, page_start);
            self.candidates[i].page_number = page_number;
            self.candidates[i].referenced =
                page_number.is_some_and(|n| self.referenced.get(n as usize).copied().unwrap_or(false));
            self.awaiting_immediate = Some(i);
        } else {
            let lower = content.chars().next().is_some_and(char::is_lowercase);
            for i in self.awaiting.drain(..) {
                self.candidates[i].next_lower = lower;
            }
            self.last_text_ends = ends_sentence(content);
        }
        self.after_page_number = page_number.is_some();
        self.note_references(content);
        self.previous = short.then_some((number, page, content, ends_before));
        self.page_lines += 1;
        self.page_tail = [self.page_tail[1], short.then_some((number, content, ends_before))];
        if !short {
            self.page_tail[0] = None;
        }
    }

    fn push(&mut self, number: u32, page: u32, content: &'a str, prev_ends: bool, edge: bool) -> usize {
        if let Some(&i) = self.by_line.get(&number) {
            self.candidates[i].edge |= edge;
            return i;
        }
        let i = self.candidates.len();
        self.candidates.push(Candidate {
            number,
            page,
            content,
            page_number: page_number(content),
            prev_ends,
            next_lower: false,
            next_opens: false,
            edge,
            referenced: false,
        });
        self.by_line.insert(number, i);
        self.awaiting.push(i);
        i
    }

    /// The last two lines of the page just ended are page edges.
    fn end_page(&mut self) {
        for (number, content, ends) in self.page_tail.into_iter().flatten() {
            let page = self.page;
            self.push(number, page, content, ends, true);
        }
        self.page_lines = 0;
        self.page_tail = [None, None];
    }

    /// Records glued footnote marks: a word of two or more letters, or a closing
    /// quote, followed by 1–3 digits (`Governance2,`, `NETmundial”1`).
    fn note_references(&mut self, content: &str) {
        if !content.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        for word in content.split_whitespace() {
            let word = word.trim_end_matches([',', '.', ';', ':', ')']);
            let digits = word.bytes().rev().take_while(u8::is_ascii_digit).count();
            if !(1..=3).contains(&digits) || digits == word.len() {
                continue;
            }
            let (head, number) = word.split_at(word.len() - digits);
            let glued_to_word = head.chars().rev().take(2).filter(|c| c.is_alphabetic()).count() == 2;
            let glued_to_quote = head.ends_with(['”', '’', '"', '.', ',', ')', ']']);
            if (glued_to_word || glued_to_quote)
                && let Ok(n) = number.parse::<usize>()
                && let Some(slot) = self.referenced.get_mut(n)
            {
                *slot = true;
            }
        }
    }

    /// Decides; see the module docs.
    ///
    /// In text extracted one word per line (`word_per_line`), a number alone on a
    /// line is an ordinary word: it is a page number only at a known page edge,
    /// beside a running header or in a rising sequence, never just because the
    /// sentence around it goes on.
    pub(crate) fn finish(mut self, word_per_line: bool) -> Interruptions {
        self.end_page();
        let pages_known = self.page > 1;
        let mut out =
            Interruptions { pages_known, referenced: std::mem::take(&mut self.referenced), ..Interruptions::default() };
        let candidates = &self.candidates;
        // Page-bottom footnote numbers first: they are not furniture.
        let footnote = |c: &Candidate<'_>| {
            c.referenced && c.next_opens && c.content.bytes().all(|b| b.is_ascii_digit()) && !(pages_known && c.edge)
        };
        for c in candidates.iter().filter(|c| footnote(c)) {
            out.footnote_numbers.insert(c.number);
        }
        let page_number_lines: HashSet<u32> =
            candidates.iter().filter(|c| c.page_number.is_some() && !footnote(c)).map(|c| c.number).collect();
        let next_to_page_number = |c: &Candidate<'_>| {
            page_number_lines.contains(&(c.number + 1)) || page_number_lines.contains(&c.number.saturating_sub(1))
        };
        // Running headers and footers.
        let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, c) in candidates.iter().enumerate() {
            if c.page_number.is_some() {
                continue;
            }
            let key = header_key(c.content);
            if key.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                groups.entry(key).or_default().push(i);
            }
        }
        for members in groups.values() {
            let n = members.len();
            let pages: HashSet<u32> = members.iter().map(|&i| candidates[i].page).collect();
            let edges = members.iter().filter(|&&i| candidates[i].edge).count();
            let supported = members
                .iter()
                .filter(|&&i| {
                    let c = &candidates[i];
                    !c.prev_ends || c.next_lower || next_to_page_number(c)
                })
                .count();
            // A line of text that happens to end two pages is not a header: on at
            // least three pages (or on every page of a two-page document), and
            // never starting in lower case (the end of a sentence).
            let lower = candidates[members[0]].content.chars().next().is_some_and(char::is_lowercase);
            let enough_pages = pages.len() >= 3 || (pages.len() == 2 && self.page == 2);
            let by_pages = pages_known && enough_pages && !lower && edges * 3 >= n * 2;
            // Page numbers in the header rise through the document; a title of two
            // words or more with a rising number is a running header even where the
            // page break falls between paragraphs. (`Artículo 1`…`Artículo 30` is a
            // one-word heading, and stays one.)
            let numbers: Vec<u32> = members.iter().filter_map(|&i| edge_number(candidates[i].content)).collect();
            let rising = numbers.windows(2).filter(|w| w[1] > w[0]).count();
            let numbered = numbers.len() == n && n >= 3 && rising * 3 >= (n - 1) * 2;
            let words = header_key(candidates[members[0]].content).split_whitespace().count();
            let by_text = n >= 3 && (supported * 2 >= n || (numbered && words >= 2 && supported * 4 >= n));
            if by_pages || by_text {
                out.furniture.extend(members.iter().map(|&i| candidates[i].number));
            }
        }
        // Page numbers.
        let numbered: Vec<&Candidate<'_>> =
            candidates.iter().filter(|c| c.page_number.is_some() && !footnote(c)).collect();
        let rising = numbered.windows(2).filter(|w| w[1].page_number > w[0].page_number).count();
        let sequence = numbered.len() >= 3 && rising * 3 >= (numbered.len() - 1) * 2;
        for c in &numbered {
            let beside_header =
                out.furniture.contains(&(c.number + 1)) || out.furniture.contains(&c.number.saturating_sub(1));
            let interrupts = !word_per_line && (!c.prev_ends || c.next_lower);
            if sequence || interrupts || beside_header || (pages_known && c.edge) {
                out.furniture.insert(c.number);
            }
        }
        out
    }
}

/// Whether a line opens something: a URL, or a capital letter, digit or opening
/// quote first.
fn opens(content: &str) -> bool {
    content.starts_with("http://")
        || content.starts_with("https://")
        || content.starts_with("www.")
        || content.chars().next().is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '«' | '‘'))
}

/// The number of a line that is only a page number: `12`, `- 12 -`, `[12]`,
/// `Page 12`, `Page 12 of 40`, `12/40`, `Página 12`, `Pág. 12`, `p. 12`,
/// `Стр. 12`, `第12页`.
pub(crate) fn page_number(content: &str) -> Option<u32> {
    let trimmed = content.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '[' | ']' | '(' | ')' | '·' | '•')
    });
    let lower = trimmed.to_lowercase();
    let mut rest = lower.as_str();
    for prefix in ["page", "página", "pagina", "pág.", "pág", "pag.", "p.", "стр.", "страница", "صفحة", "第"]
    {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r.trim_start();
            break;
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) {
        return None;
    }
    let value: u32 = rest[..digits].parse().ok()?;
    let tail = rest[digits..].trim();
    let tail = tail.strip_suffix('页').unwrap_or(tail).trim();
    let of_total = ["of", "de", "из", "/", "sur", "من"].iter().any(|sep| {
        tail.strip_prefix(sep).is_some_and(|t| {
            let t = t.trim();
            !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit())
        })
    });
    (tail.is_empty() || of_total).then_some(value)
}

/// Whether a line starts or ends with a 1–4 digit number set off by a space, as
/// running headers with page numbers do (`The Report 5`, `4 Toward a…`).
fn has_edge_number(content: &str) -> bool {
    let lead = content.bytes().take_while(u8::is_ascii_digit).count();
    let trail = content.bytes().rev().take_while(u8::is_ascii_digit).count();
    let lead_ok = (1..=4).contains(&lead) && content.as_bytes().get(lead) == Some(&b' ');
    let trail_ok =
        (1..=4).contains(&trail) && trail < content.len() && content.as_bytes()[content.len() - trail - 1] == b' ';
    lead_ok || trail_ok
}

/// The 1–4 digit number a line starts or ends with (see [`has_edge_number`]).
fn edge_number(content: &str) -> Option<u32> {
    if !has_edge_number(content) {
        return None;
    }
    let lead = content.bytes().take_while(u8::is_ascii_digit).count();
    let digits = if lead > 0 {
        &content[..lead]
    } else {
        let trail = content.bytes().rev().take_while(u8::is_ascii_digit).count();
        &content[content.len() - trail..]
    };
    digits.parse().ok()
}

/// A header's text without its page number: digit runs at either end removed,
/// others masked as `#`, white space and dashes trimmed.
fn header_key(content: &str) -> String {
    let trim = |s: &str| -> String {
        s.trim_matches(|c: char| {
            c.is_whitespace() || c.is_ascii_digit() || matches!(c, '-' | '–' | '—' | '|' | '·' | '•')
        })
        .to_owned()
    };
    let core = trim(content);
    let mut key = String::with_capacity(core.len());
    let mut in_digits = false;
    for c in core.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                key.push('#');
            }
            in_digits = true;
        } else {
            key.push(c);
            in_digits = false;
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_their_usual_forms() {
        for (line, n) in [
            ("12", 12),
            ("- 12 -", 12),
            ("[12]", 12),
            ("Page 12", 12),
            ("Page 12 of 40", 12),
            ("12/40", 12),
            ("Página 7", 7),
            ("Pág. 7", 7),
            ("Стр. 3", 3),
            ("第3页", 3),
        ] {
            assert_eq!(page_number(line), Some(n), "{line}");
        }
        for not in ["12.", "1. Decides", "2014 was", "Page of", "12345", "Article 5", "12 de marzo"] {
            assert_eq!(page_number(not), None, "{not}");
        }
    }

    #[test]
    fn header_keys_drop_page_numbers() {
        assert_eq!(header_key("4 Toward a Single Global Digital Economy"), "Toward a Single Global Digital Economy");
        assert_eq!(header_key("The Report 5"), "The Report");
        assert_eq!(header_key("WSIS Forum 2025 - Outcome Summary"), "WSIS Forum # - Outcome Summary");
        assert!(has_edge_number("The Report 5") && has_edge_number("4 Toward a"));
        assert!(!has_edge_number("WSIS Forum 2025 - Outcome") && !has_edge_number("G20"));
    }
}
