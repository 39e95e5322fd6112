//! CSV after RFC 4180, plain or with a byte order mark for Excel; see the
//! [module docs](super) for the columns.

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

/// Writes `excerpts` as CSV (RFC 4180: UTF-8, CRLF after every record, quoting
/// only where needed) with a header row of [`CSV_COLUMNS`]. With `excel`, a UTF-8 byte
/// order mark comes first so that Excel keeps accents. Flushes `out`.
pub fn write_csv(out: &mut impl Write, excerpts: &[Excerpt<'_>], excel: bool) -> io::Result<()> {
    if excel {
        out.write_all(UTF8_BOM)?;
    }
    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(&mut *out);
    writer.write_record(CSV_COLUMNS)?;
    // One buffer for the fields that are formatted, reused for every row.
    let mut text = String::new();
    for excerpt in excerpts {
        writer.write_field(excerpt.document_title)?;
        writer.write_field(excerpt.document_file)?;
        writer.write_field(excerpt.paragraph_id.map_or("", |id| id.as_str()))?;
        match excerpt.paragraphs {
            Some(ordinals) => writer.write_field(formatted(&mut text, ordinals))?,
            None => writer.write_field("")?,
        }
        writer.write_field(excerpt.tag.map_or("", |tag| tag.as_str()))?;
        writer.write_field(excerpt.tag_label)?;
        writer.write_field(excerpt.quote.as_bytes())?;
        writer.write_field(excerpt.note)?;
        writer.write_field(excerpt.author)?;
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
