//! Markdown (CommonMark): excerpts grouped by tag as block quotes with ¶
//! references; see the [module docs](super).

use std::fmt;
use std::io::{self, Write};

use super::Excerpt;
use crate::model::TagId;
use crate::model::anchor::AnchorStatus;

/// The section heading for annotations without tags.
const UNTAGGED_LABEL: &str = "Untagged";

/// Writes `excerpts` as Markdown: `# Tagged excerpts`, then per tag a section
/// `## Label (n)` (tag-set order, tags unknown to the tag set by ID, untagged last)
/// with the tag's excerpts in the given order, each a block quote followed by an
/// attribution line and the note. Flushes `out`.
///
/// ```text
/// ## Civil society (1)
///
/// > La Agenda de Túnez reconoce la «cooperación mejorada»
///
/// — *Informe del Secretario General*, ¶2 · Ana Pérez · 2026-11-29
///
/// Ver también el ¶69.
/// ```
pub fn write_markdown(out: &mut impl Write, excerpts: &[Excerpt<'_>]) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    out.write_all(b"# Tagged excerpts\n")?;
    if excerpts.is_empty() {
        out.write_all(b"\n*No excerpts.*\n")?;
    }
    for group in groups(excerpts) {
        let label = if group.tag.is_some() { group.label } else { UNTAGGED_LABEL };
        write!(out, "\n## {} ({})\n", Inline::within(label), group.excerpts.len())?;
        for excerpt in group.excerpts {
            write_excerpt(&mut out, excerpt)?;
        }
    }
    out.flush()
}

/// The excerpts of one tag.
struct Group<'e, 'a> {
    tag: Option<&'a TagId>,
    label: &'a str,
    /// The smallest tag-set position among the excerpts.
    position: Option<usize>,
    excerpts: Vec<&'e Excerpt<'a>>,
}

/// Excerpts grouped by tag, in section order.
fn groups<'e, 'a>(excerpts: &'e [Excerpt<'a>]) -> Vec<Group<'e, 'a>> {
    let mut groups: Vec<Group<'e, 'a>> = Vec::new();
    for excerpt in excerpts {
        // A linear search: there are a handful of tags.
        if let Some(group) = groups.iter_mut().find(|g| g.tag == excerpt.tag) {
            group.position = match (group.position, excerpt.tag_position) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            group.excerpts.push(excerpt);
        } else {
            groups.push(Group {
                tag: excerpt.tag,
                label: excerpt.tag_label,
                position: excerpt.tag_position,
                excerpts: vec![excerpt],
            });
        }
    }
    groups.sort_by_key(|g| (g.tag.is_none(), g.position.is_none(), g.position, g.tag));
    groups
}

fn write_excerpt(out: &mut impl Write, excerpt: &Excerpt<'_>) -> io::Result<()> {
    // The quote: every line inside the block quote, one paragraph per line.
    out.write_all(b"\n")?;
    for (i, line) in lines(&excerpt.quote).enumerate() {
        if i > 0 {
            out.write_all(b">\n")?;
        }
        if line.trim().is_empty() {
            out.write_all(b">\n")?;
        } else {
            out.write_all(b"> ")?;
            write_escaped_line(out, line.trim())?;
            out.write_all(b"\n")?;
        }
    }
    // The attribution.
    out.write_all("\n—".as_bytes())?;
    if !excerpt.document_title.is_empty() {
        write!(out, " *{}*", Inline::within(excerpt.document_title))?;
    }
    if let Some(ordinals) = excerpt.paragraphs {
        let separator = if excerpt.document_title.is_empty() { "" } else { "," };
        write!(out, "{separator} {ordinals}")?;
    }
    if !excerpt.author.is_empty() {
        write!(out, " · {}", Inline::within(excerpt.author))?;
    }
    write!(out, " · {}", excerpt.created.strftime("%Y-%m-%d"))?;
    if excerpt.status != AnchorStatus::Anchored {
        write!(out, " · {}", excerpt.status.as_str())?;
    }
    out.write_all(b"\n")?;
    write_note(out, excerpt.note)
}

/// The lines of `text`, split where CommonMark ends a line: at LF, CRLF and CR.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        let Some(at) = current.find(['\n', '\r']) else {
            rest = None;
            return Some(current);
        };
        let skip = if current[at..].starts_with("\r\n") { 2 } else { 1 };
        rest = Some(&current[at + skip..]);
        Some(&current[..at])
    })
}

/// Writes a note as paragraphs (split at blank lines) whose lines end in hard
/// breaks, each line escaped so that it is text, not markup.
fn write_note(out: &mut impl Write, note: &str) -> io::Result<()> {
    let mut lines = lines(note).map(str::trim).peekable();
    while lines.peek().is_some() {
        while lines.next_if(|line| line.is_empty()).is_some() {}
        let Some(first) = lines.next() else {
            break;
        };
        out.write_all(b"\n")?;
        let mut line = first;
        loop {
            write_escaped_line(out, line)?;
            let Some(next) = lines.next_if(|next| !next.is_empty()) else {
                out.write_all(b"\n")?;
                break;
            };
            // `\` before a line break is a hard break; a backslash already ending
            // the line is escaped first so that it stays literal.
            out.write_all(if line.ends_with('\\') { b"\\\\\n" } else { b"\\\n" })?;
            line = next;
        }
    }
    Ok(())
}

/// First characters of a line that could open a block: heading, block quote,
/// list, thematic break, setext underline, code fence, HTML block, table, link
/// reference definition, and the `:`/`$` of common extensions (definition lists,
/// display math).
const BLOCK_STARTS: &[char] = &['#', '>', '-', '+', '*', '=', '`', '~', '<', '|', '_', '[', ':', '$'];

/// Writes one line of text so that it renders as exactly that text: [`Inline`]
/// escapes, and a backslash before a first character that could open a block
/// ([`BLOCK_STARTS`]) and before the `.` or `)` of an ordered-list marker such as
/// `1.`. A backslash ending the line is left as it is: at the end of a paragraph it
/// is literal, and before a hard break [`write_note`] escapes it.
fn write_escaped_line(out: &mut impl Write, line: &str) -> io::Result<()> {
    if let Some(first) = line.chars().next().filter(|c| BLOCK_STARTS.contains(c)) {
        // Escaped here, once; [`Inline`] escapes the rest.
        write!(out, "\\{first}")?;
        return write!(out, "{}", Inline::line(&line[first.len_utf8()..]));
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let bytes = line.as_bytes();
    let marker = (1..=9).contains(&digits)
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && matches!(bytes.get(digits + 1), None | Some(b' ' | b'\t'));
    match line.split_at_checked(digits) {
        Some((number, rest)) if marker => {
            out.write_all(number.as_bytes())?;
            out.write_all(b"\\")?;
            write!(out, "{}", Inline::line(rest))
        }
        _ => write!(out, "{}", Inline::line(line)),
    }
}

/// Text inside a line, made literal: `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `~`,
/// `|` backslash-escaped, a `\` before ASCII punctuation (or ending the text)
/// escaped, a `&` that could start an entity reference (`&lt;`, `&#60;`) escaped;
/// line breaks made spaces.
struct Inline<'t> {
    text: &'t str,
    /// Whether a backslash ending the text is escaped (inside emphasis it must be;
    /// at the end of a line [`write_escaped_line`] leaves it).
    escape_final_backslash: bool,
}

impl<'t> Inline<'t> {
    /// Text inside other markup (a heading, emphasis).
    fn within(text: &'t str) -> Self {
        Self { text, escape_final_backslash: true }
    }

    /// A whole line's text.
    fn line(text: &'t str) -> Self {
        Self { text, escape_final_backslash: false }
    }
}

impl fmt::Display for Inline<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write as _;
        let mut chars = self.text.chars().peekable();
        while let Some(c) = chars.next() {
            let next = chars.peek().copied();
            match c {
                '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|' => {
                    f.write_char('\\')?;
                    f.write_char(c)?;
                }
                '\\' if next.map_or(self.escape_final_backslash, |n| n.is_ascii_punctuation()) => {
                    f.write_str("\\\\")?;
                }
                '&' if next.is_some_and(|n| n == '#' || n.is_ascii_alphanumeric()) => f.write_str("\\&")?,
                '\n' | '\r' => f.write_char(' ')?,
                _ => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// `text` made literal inside a Markdown line or table cell (see [`Inline`]).
pub(crate) fn escape_inline(text: &str) -> String {
    Inline::within(text).to_string()
}
