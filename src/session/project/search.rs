//! Search across a project's documents: literal text, whole words or a regular
//! expression, with or without letter case and accents; hits listed as keyword in
//! context (KWIC).
//!
//! # Rules
//!
//! - A match never crosses a paragraph boundary; empty matches (`a*`) are skipped.
//! - Ignoring letter case uses Unicode simple case folding (the `regex` crate's
//!   `(?i)`): `túnez` finds `TÚNEZ`.
//! - Ignoring accents compares texts with their combining marks removed after
//!   canonical decomposition (NFD), so `Tunez` finds `Túnez`, `cooperacion` finds
//!   `cooperación`, and Arabic harakat are ignored; `ø ł đ ı` count as `o l d i`.
//!   The query (or the pattern's letters) is folded the same way. Hits are
//!   reported at the exact code points of the original text.
//! - Whole word: the hit is not preceded or followed by a letter, digit or `_`
//!   where the query itself begins or ends with one (as `rg -w`).
//! - Regular expressions are the `regex` crate's syntax (linear time, no
//!   backtracking); patterns over [`PATTERN_SIZE_LIMIT`] compiled bytes are refused.
//! - At most [`MAX_HITS`] hits are listed; the results say when there were more.
//! - Positions are code points in the paragraph's normalized text, as everywhere in
//!   Glosa; KWIC shows up to [`KWIC_CHARS`] code points either side.

use std::sync::atomic::{AtomicUsize, Ordering};

use regex::Regex;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::model::Document;
use crate::session::TextSpan;

/// Most hits a search lists.
pub const MAX_HITS: usize = 100_000;

/// Code points of context shown on each side of a hit.
pub const KWIC_CHARS: usize = 40;

/// Largest compiled pattern accepted, in bytes (the `regex` crate's size limit).
pub const PATTERN_SIZE_LIMIT: usize = 10 * 1024 * 1024;

/// What the query is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SearchMode {
    /// The text as typed.
    #[default]
    Literal,
    /// The text as typed, as a whole word.
    WholeWord,
    /// A regular expression.
    Regex,
}

/// How to search.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SearchOptions {
    /// Literal, whole word or regular expression.
    pub mode: SearchMode,
    /// Letter case must match (default: ignored).
    pub match_case: bool,
    /// Accents must match (default: ignored).
    pub match_accents: bool,
}

/// One hit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    /// The document's position in the project.
    pub document: usize,
    /// Where: paragraph index and code points.
    pub span: TextSpan,
    /// The paragraph's ¶ number.
    pub ordinal: u32,
    /// Up to [`KWIC_CHARS`] code points before the hit (line breaks as spaces).
    pub before: String,
    /// The text matched.
    pub matched: String,
    /// Up to [`KWIC_CHARS`] code points after the hit.
    pub after: String,
}

/// The hits of a search, in project order (document, paragraph, position).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// The hits (at most [`MAX_HITS`]).
    pub hits: Vec<SearchHit>,
    /// There were more than [`MAX_HITS`].
    pub truncated: bool,
}

/// Why a search could not run.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SearchError {
    /// The regular expression does not compile (or is too large).
    #[error("not a valid regular expression: {0}")]
    Pattern(String),
}

/// A query compiled for a search.
#[derive(Clone, Debug)]
pub struct Matcher {
    regex: Regex,
    fold: bool,
}

impl Matcher {
    /// Compiles `query` for `options`; `None` for an empty query.
    pub fn new(query: &str, options: SearchOptions) -> Result<Option<Self>, SearchError> {
        if query.is_empty() {
            return Ok(None);
        }
        let fold = !options.match_accents;
        let query = if fold { fold_str(query) } else { query.to_owned() };
        let pattern = match options.mode {
            SearchMode::Literal => regex::escape(&query),
            SearchMode::WholeWord => {
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                let start = if word(query.chars().next()) { r"\b" } else { "" };
                let end = if word(query.chars().next_back()) { r"\b" } else { "" };
                format!("{start}(?:{}){end}", regex::escape(&query))
            }
            SearchMode::Regex => query,
        };
        let regex = regex::RegexBuilder::new(&pattern)
            .case_insensitive(!options.match_case)
            .size_limit(PATTERN_SIZE_LIMIT)
            .build()
            .map_err(|e| SearchError::Pattern(e.to_string().lines().last().unwrap_or_default().trim().to_owned()))?;
        Ok(Some(Self { regex, fold }))
    }

    /// Whether the matcher compares texts without accents.
    pub fn folds(&self) -> bool {
        self.fold
    }

    /// Every hit in `doc` (project position `document`), in order, at most
    /// `limit`. `folded` is `doc` without accents ([`Folded::of`]), needed when the
    /// matcher folds.
    pub fn find_in(&self, document: usize, doc: &Document, folded: Option<&Folded>, limit: usize) -> Vec<SearchHit> {
        let mut hits = Vec::new();
        for (index, paragraph) in doc.paragraphs().iter().enumerate() {
            if hits.len() >= limit {
                break;
            }
            let text = doc.text_of(paragraph);
            let spans: Vec<(usize, usize)> = match (self.fold, folded.and_then(|f| f.paragraphs.get(index))) {
                (true, Some(folded)) => self.spans_folded(folded),
                _ => self.spans(text),
            };
            if spans.is_empty() {
                continue;
            }
            let chars: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            for (start, end) in spans {
                if hits.len() >= limit {
                    break;
                }
                let byte = |c: usize| chars.get(c).copied().unwrap_or(text.len());
                let context_start = start.saturating_sub(KWIC_CHARS);
                let context_end = (end + KWIC_CHARS).min(chars.len() - 1);
                hits.push(SearchHit {
                    document,
                    span: TextSpan::new(index, start, end),
                    ordinal: paragraph.ordinal,
                    before: one_line(&text[byte(context_start)..byte(start)]),
                    matched: one_line(&text[byte(start)..byte(end)]),
                    after: one_line(&text[byte(end)..byte(context_end)]),
                });
            }
        }
        hits
    }

    /// Code point ranges of the matches in `text`.
    fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut chars_before = 0;
        let mut last_byte = 0;
        for m in self.regex.find_iter(text) {
            if m.is_empty() {
                continue;
            }
            chars_before += text[last_byte..m.start()].chars().count();
            let len = m.as_str().chars().count();
            out.push((chars_before, chars_before + len));
            chars_before += len;
            last_byte = m.end();
        }
        out
    }

    /// Code point ranges, in the original text, of the matches in a folded paragraph.
    fn spans_folded(&self, folded: &FoldedParagraph) -> Vec<(usize, usize)> {
        self.spans(&folded.text)
            .into_iter()
            .filter_map(|(start, end)| {
                let from = *folded.map.get(start)? as usize;
                // The end is just after the original character of the last folded one.
                let to = *folded.map.get(end.checked_sub(1)?)? as usize + 1;
                Some((from, to))
            })
            .collect()
    }
}

/// Line breaks and other control characters as spaces.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// A document's paragraphs without accents (see the module docs), with the map
/// back to the original code points.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    paragraphs: Vec<FoldedParagraph>,
}

#[derive(Clone, Debug, Default)]
struct FoldedParagraph {
    text: String,
    /// For each code point of `text`, the original code point it comes from.
    map: Vec<u32>,
}

impl Folded {
    /// Folds every paragraph of `doc`. Linear in its length.
    pub fn of(doc: &Document) -> Self {
        let paragraphs = doc
            .paragraphs()
            .iter()
            .map(|p| {
                let text = doc.text_of(p);
                let mut folded = FoldedParagraph { text: String::with_capacity(text.len()), map: Vec::new() };
                for (i, c) in text.chars().enumerate() {
                    let i = u32::try_from(i).unwrap_or(u32::MAX);
                    fold_char(c, &mut |d| {
                        folded.text.push(d);
                        folded.map.push(i);
                    });
                }
                folded
            })
            .collect();
        Self { paragraphs }
    }
}

/// Calls `out` with `c` without its accents (see the module docs).
fn fold_char(c: char, out: &mut impl FnMut(char)) {
    if c.is_ascii() {
        out(c);
        return;
    }
    let special = match c {
        'ø' => Some('o'),
        'Ø' => Some('O'),
        'ł' => Some('l'),
        'Ł' => Some('L'),
        'đ' => Some('d'),
        'Đ' => Some('D'),
        'ı' => Some('i'),
        _ => None,
    };
    if let Some(plain) = special {
        out(plain);
        return;
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            out(d);
        }
    });
}

/// `text` without accents.
pub fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut |d| out.push(d));
    }
    out
}

/// Searches `documents` (project position, document, its folded text when the
/// matcher needs it) on all cores; hits in the order given.
pub fn search_all(matcher: &Matcher, documents: &[(usize, &Document, Option<&Folded>)]) -> SearchResults {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).clamp(1, 16);
    let found = AtomicUsize::new(0);
    let next = AtomicUsize::new(0);
    let mut parts: Vec<(usize, Vec<SearchHit>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(documents.len().max(1)))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((position, doc, folded)) = documents.get(i) else {
                            break;
                        };
                        let so_far = found.load(Ordering::Relaxed);
                        if so_far > MAX_HITS {
                            break;
                        }
                        let hits = matcher.find_in(*position, doc, *folded, MAX_HITS + 1 - so_far);
                        found.fetch_add(hits.len(), Ordering::Relaxed);
                        mine.push((i, hits));
                    }
                    mine
                })
            })
            .collect();
        workers.into_iter().filter_map(|w| w.join().ok()).flatten().collect()
    });
    parts.sort_by_key(|(i, _)| *i);
    let mut hits: Vec<SearchHit> = Vec::new();
    let mut truncated = false;
    for (_, part) in parts {
        if hits.len() + part.len() > MAX_HITS {
            truncated = true;
        }
        hits.extend(part);
    }
    // Documents skipped once the limit was passed also mean "more".
    truncated |= found.load(Ordering::Relaxed) > MAX_HITS;
    hits.truncate(MAX_HITS);
    SearchResults { hits, truncated }
}

impl super::Project {
    /// Searches the project's documents (those at `documents`, all when empty) for
    /// `query` (see the module docs). Nothing is found before the index is built.
    /// The first search that ignores accents folds every document once (on all
    /// cores); later ones reuse it.
    pub fn search(
        &self,
        query: &str,
        options: SearchOptions,
        documents: &[usize],
    ) -> Result<SearchResults, SearchError> {
        let (Some(matcher), Some(index)) = (Matcher::new(query, options)?, self.index()) else {
            return Ok(SearchResults::default());
        };
        let wanted: Vec<usize> =
            if documents.is_empty() { (0..index.documents.len()).collect() } else { documents.to_vec() };
        if matcher.folds() {
            let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).clamp(1, 16);
            let next = AtomicUsize::new(0);
            std::thread::scope(|scope| {
                for _ in 0..threads.min(wanted.len().max(1)) {
                    scope.spawn(|| {
                        while let Some(position) = wanted.get(next.fetch_add(1, Ordering::Relaxed)) {
                            if let Some(entry) = index.documents.get(*position)
                                && let Some(doc) = &entry.document
                            {
                                entry.folded.get_or_init(|| Folded::of(doc));
                            }
                        }
                    });
                }
            });
        }
        let inputs: Vec<(usize, &Document, Option<&Folded>)> = wanted
            .iter()
            .filter_map(|position| {
                let entry = index.documents.get(*position)?;
                Some((*position, entry.document.as_deref()?, entry.folded.get()))
            })
            .collect();
        Ok(search_all(&matcher, &inputs))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn doc() -> Document {
        Document::parse(
            "La cooperación mejorada, según la Agenda de Túnez.\n\nTUNEZ y Tunez; cooperacion-mejorada.\n\nمُحَمَّد ومحمد"
                .as_bytes()
                .to_vec(),
            "d.txt",
        )
        .unwrap()
    }

    fn find(query: &str, options: SearchOptions) -> Vec<(usize, usize, usize, String)> {
        let doc = doc();
        let folded = Folded::of(&doc);
        let matcher = Matcher::new(query, options).unwrap().unwrap();
        matcher
            .find_in(0, &doc, Some(&folded), MAX_HITS)
            .into_iter()
            .map(|h| (h.span.paragraph, h.span.start.0, h.span.end.0, h.matched))
            .collect()
    }

    #[test]
    fn accents_and_case_are_ignored_by_default_and_hits_keep_the_original_text() {
        let all = find("tunez", SearchOptions::default());
        assert_eq!(
            all,
            [(0, 44, 49, "Túnez".to_owned()), (1, 0, 5, "TUNEZ".to_owned()), (1, 8, 13, "Tunez".to_owned()),]
        );
        let exact = find("Túnez", SearchOptions { match_accents: true, match_case: true, ..SearchOptions::default() });
        assert_eq!(exact, [(0, 44, 49, "Túnez".to_owned())]);
        let arabic = find("محمد", SearchOptions::default());
        assert_eq!(arabic.len(), 2, "harakat are ignored: {arabic:?}");
        assert_eq!(arabic[0].3, "مُحَمَّد");
    }

    #[test]
    fn whole_words_and_patterns() {
        let word = find("cooperacion", SearchOptions { mode: SearchMode::WholeWord, ..SearchOptions::default() });
        assert_eq!(word.len(), 2, "the hyphen is a word boundary: {word:?}");
        let none = find("coopera", SearchOptions { mode: SearchMode::WholeWord, ..SearchOptions::default() });
        assert!(none.is_empty());
        let pattern =
            find(r"cooperaci[oó]n.mejorada", SearchOptions { mode: SearchMode::Regex, ..SearchOptions::default() });
        assert_eq!(
            pattern.iter().map(|h| h.3.as_str()).collect::<Vec<_>>(),
            ["cooperación mejorada", "cooperacion-mejorada"]
        );
        let empty = find("x*", SearchOptions { mode: SearchMode::Regex, ..SearchOptions::default() });
        assert!(empty.is_empty(), "empty matches are skipped");
        let error =
            Matcher::new("(", SearchOptions { mode: SearchMode::Regex, ..SearchOptions::default() }).unwrap_err();
        assert!(error.to_string().starts_with("not a valid regular expression"), "{error}");
        assert!(Matcher::new("", SearchOptions::default()).unwrap().is_none());
    }

    #[test]
    fn keyword_in_context_is_at_most_forty_code_points_either_side() {
        let doc = doc();
        let matcher = Matcher::new("Agenda", SearchOptions::default()).unwrap().unwrap();
        let hits = matcher.find_in(3, &doc, None, MAX_HITS);
        assert_eq!(hits.len(), 1);
        let hit = &hits[0];
        assert_eq!((hit.document, hit.ordinal), (3, 1));
        assert_eq!(hit.before, "La cooperación mejorada, según la ");
        assert_eq!(hit.after, " de Túnez.");
    }
}
