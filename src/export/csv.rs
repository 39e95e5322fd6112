//! CSV after RFC 4180, plain or with a byte order mark for Excel; see the
//! [module docs](super) for the columns.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::io::{self, Write};

use super::Excerpt;

/// The UTF-8 byte order mark that makes Excel read a CSV file as UTF-8.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The header row, in column order.
pub const CSV_COLUMNS: [&str; 12] = [
    "document",
    "document_file",
    "paragraph_id",
    "paragraph",
    "tag",
    "tag_label",
    "quote",
    "note",
    "author",
    "created",
    "status",
    "annotation_id",
];

/// The first characters that make a spreadsheet read a cell as a formula: `=`,
/// `+`, `-`, `@`, TAB and CR (OWASP, "CSV Injection"), NUL (OWASP ASVS 1.2.10),
/// and the full-width `＝ ＋ － ＠` that some spreadsheets fold into them.
pub const FORMULA_TRIGGERS: [char; 11] = ['=', '+', '-', '@', '\t', '\r', '\0', '＝', '＋', '－', '＠'];

/// `text` as a spreadsheet cell that is never evaluated: with a `'` in front when
/// it begins with one of [`FORMULA_TRIGGERS`] (OWASP's remedy; Excel reads the
/// apostrophe as "this is text"), unchanged otherwise.
pub fn neutralize_formula(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_TRIGGERS) { Cow::Owned(format!("'{text}")) } else { Cow::Borrowed(text) }
}

/// A text value as written: neutralized for a spreadsheet when `excel`.
fn cell(text: &str, excel: bool) -> Cow<'_, str> {
    if excel { neutralize_formula(text) } else { Cow::Borrowed(text) }
}

/// Writes `excerpts` as CSV (RFC 4180: UTF-8, CRLF after every record) with a
/// header row of [`CSV_COLUMNS`], flushing `out`.
///
/// Plain CSV (`excel == false`) is for tools: every value verbatim, quoted only
/// where needed. CSV for Excel (`excel == true`) is for people opening it in a
/// spreadsheet, and is written so that a note or quote from someone else cannot
/// run as a formula (CSV or formula injection, OWASP): a UTF-8 byte order mark
/// first (so Excel keeps accents), every field in double quotes (so a `;` or tab
/// in a value cannot start a new cell where the list separator is `;`), and every
/// text value beginning with one of [`FORMULA_TRIGGERS`] prefixed with `'`
/// ([`neutralize_formula`]).
pub fn write_csv(out: &mut impl Write, excerpts: &[Excerpt<'_>], excel: bool) -> io::Result<()> {
    if excel {
        out.write_all(UTF8_BOM)?;
    }
    let quoting = if excel { ::csv::QuoteStyle::Always } else { ::csv::QuoteStyle::Necessary };
    // The header is plain text: written as plain CSV writes it.
    out.write_all(CSV_COLUMNS.join(",").as_bytes())?;
    out.write_all(b"\r\n")?;
    let mut writer =
        ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).quote_style(quoting).from_writer(&mut *out);
    // One buffer for the fields that are formatted, reused for every row.
    let mut text = String::new();
    for excerpt in excerpts {
        writer.write_field(cell(excerpt.document_title, excel).as_bytes())?;
        writer.write_field(cell(excerpt.document_file, excel).as_bytes())?;
        writer.write_field(cell(excerpt.paragraph_id.map_or("", |id| id.as_str()), excel).as_bytes())?;
        match excerpt.paragraphs {
            Some(ordinals) => writer.write_field(formatted(&mut text, ordinals))?,
            None => writer.write_field("")?,
        }
        writer.write_field(excerpt.tag.map_or("", |tag| tag.as_str()))?;
        writer.write_field(cell(excerpt.tag_label, excel).as_bytes())?;
        writer.write_field(cell(&excerpt.quote, excel).as_bytes())?;
        writer.write_field(cell(excerpt.note, excel).as_bytes())?;
        writer.write_field(cell(excerpt.author, excel).as_bytes())?;
        writer.write_field(formatted(&mut text, excerpt.created))?;
        writer.write_field(excerpt.status.as_str())?;
        writer.write_field(formatted(&mut text, excerpt.annotation_id))?;
        writer.write_record(None::<&[u8]>)?;
    }
    writer.flush()?;
    Ok(())
}

/// `value` formatted into `buffer`, replacing its content.
fn formatted(buffer: &mut String, value: impl fmt::Display) -> &str {
    buffer.clear();
    // Writing into a `String` cannot fail.
    let _ = write!(buffer, "{value}");
    buffer
}
