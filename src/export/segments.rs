//! Exports of retrieved coded segments across a project's documents, with each
//! document's attributes: CSV, CSV for Excel, XLSX (one sheet per tag), a
//! Markdown report grouped by tag and document, and JSON. Writers only write to
//! the `std::io::Write` they are given; the same rows always give the same bytes.
//!
//! # Columns (CSV, CSV for Excel, XLSX)
//!
//! | column | meaning |
//! |---|---|
//! | `document` | the document's file name relative to the project folder (its key), e.g. `submissions/070B.txt` |
//! | `document_title` | the document's title |
//! | one per attribute, by ID | the document's value (empty: none); an ID equal to another column's name is written `attribute:ID` |
//! | `paragraph_id` | stable ID of the first segment's paragraph |
//! | `paragraph` | `¶3` or `¶3–¶4`; empty when not found |
//! | `tag`, `tag_label` | the tag's ID and label (`Governments › Regulators` for a sub-code) |
//! | `quote` | the highlighted text now, segments joined with LF |
//! | `note`, `author`, `created`, `status`, `annotation_id` | as in the excerpt CSV ([`super`]) |
//! | `annotation_file` | the annotation file, relative to the project folder |
//!
//! CSV is RFC 4180 (UTF-8, CRLF, quoted where needed). CSV for Excel adds the
//! UTF-8 byte order mark and, so that Excel never runs a cell as a formula, puts
//! `'` before a cell starting with `=`, `+`, `-`, `@`, tab or CR (OWASP's advice
//! for CSV injection). XLSX cells are text, never formulas; each tag's rows are on
//! a sheet named after the tag (at most 31 characters, without `[]:*?/\`,
//! numbered when two names would clash), untagged rows on `Untagged`; a text
//! over Excel's 32,767-character cell limit is cut there and ends with `…`.
//!
//! # Markdown
//!
//! `# Coded segments`, the project and the query, then `## Tag label (n)` per tag
//! and `### Document title` (with its key and attributes) per document, each
//! segment a block quote followed by `— ¶3 · author · 2026-11-29` (and the status
//! when not anchored) and the note. Quotes and notes are text: Markdown
//! punctuation in them is escaped, so no quote can open a heading, a list or a
//! link.
//!
//! # JSON
//!
//! One object: `project`, `query`, `attributes` (`id`, `label`, `kind`), `count`,
//! `segments` (one object per row: the columns above, attributes as an object by
//! ID, `paragraph_first`/`paragraph_last` as numbers or `null`).

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::Ordinals;
use super::csv::UTF8_BOM;
use crate::model::anchor::AnchorStatus;
use crate::model::{AnnotationId, Timestamp};

/// The formats of a coded-segments export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SegmentFormat {
    /// RFC 4180 CSV, UTF-8.
    #[default]
    Csv,
    /// CSV for Excel: byte order mark, formulas neutralised.
    CsvExcel,
    /// Excel workbook, one sheet per tag.
    Xlsx,
    /// A report grouped by tag and document.
    Markdown,
    /// One JSON object.
    Json,
}

impl SegmentFormat {
    /// Every format, in menu order.
    pub const ALL: [Self; 5] = [Self::Csv, Self::CsvExcel, Self::Xlsx, Self::Markdown, Self::Json];

    /// A short name for menus.
    pub fn label(self) -> &'static str {
        match self {
            Self::Csv => "CSV",
            Self::CsvExcel => "CSV for Excel",
            Self::Xlsx => "Excel workbook (one sheet per tag)",
            Self::Markdown => "Markdown report",
            Self::Json => "JSON",
        }
    }

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv | Self::CsvExcel => "csv",
            Self::Xlsx => "xlsx",
            Self::Markdown => "md",
            Self::Json => "json",
        }
    }
}

/// One coded segment to export.
#[derive(Clone, Debug, PartialEq)]
pub struct SegmentRow<'a> {
    /// The document's key (file name relative to the project).
    pub document: &'a str,
    /// The document's title.
    pub document_title: &'a str,
    /// The document's values, one per attribute of [`SegmentExport::attributes`].
    pub values: Vec<&'a str>,
    /// The first segment's paragraph ID.
    pub paragraph_id: Option<&'a str>,
    /// The first and last paragraphs found.
    pub paragraphs: Option<Ordinals>,
    /// The tag's ID; `None` for an untagged annotation.
    pub tag: Option<&'a str>,
    /// The tag's label.
    pub tag_label: &'a str,
    /// The quoted text.
    pub quote: &'a str,
    /// The note.
    pub note: &'a str,
    /// The author.
    pub author: &'a str,
    /// When the annotation was made.
    pub created: Timestamp,
    /// Anchored, moved or orphaned.
    pub status: AnchorStatus,
    /// The annotation's ID.
    pub annotation_id: AnnotationId,
    /// The annotation file, relative to the project folder.
    pub annotation_file: String,
}

/// A coded-segments export: the rows and what they come from.
#[derive(Clone, Debug, PartialEq)]
pub struct SegmentExport<'a> {
    /// The project's name.
    pub project: &'a str,
    /// The query, as a reader would say it (`tag governments; region=Europe`).
    pub query: &'a str,
    /// The attributes: ID, label, kind name.
    pub attributes: Vec<(&'a str, &'a str, &'a str)>,
    /// Tag IDs in codebook order: the order of XLSX sheets and Markdown sections
    /// (tags not listed follow by ID, untagged rows last).
    pub tags: Vec<&'a str>,
    /// The rows, in retrieval order.
    pub rows: Vec<SegmentRow<'a>>,
}

/// Writes `export` in `format` (see the module docs).
pub fn write_segments(out: &mut impl Write, format: SegmentFormat, export: &SegmentExport<'_>) -> io::Result<()> {
    match format {
        SegmentFormat::Csv => write_csv(out, export, false),
        SegmentFormat::CsvExcel => write_csv(out, export, true),
        SegmentFormat::Xlsx => write_xlsx(out, export),
        SegmentFormat::Markdown => write_markdown(out, export),
        SegmentFormat::Json => write_json(out, export),
    }
}

/// The fixed columns after the attributes.
const TAIL_COLUMNS: [&str; 11] = [
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
    "annotation_file",
];

/// The header row.
pub fn columns(export: &SegmentExport<'_>) -> Vec<String> {
    let fixed = |name: &str| name == "document" || name == "document_title" || TAIL_COLUMNS.contains(&name);
    let mut header = vec!["document".to_owned(), "document_title".to_owned()];
    header.extend(export.attributes.iter().map(
        |(id, _, _)| {
            if fixed(id) { format!("attribute:{id}") } else { (*id).to_owned() }
        },
    ));
    header.extend(TAIL_COLUMNS.iter().map(|c| (*c).to_owned()));
    header
}

/// A row's cells, in header order.
fn cells(row: &SegmentRow<'_>, attributes: usize) -> Vec<String> {
    let mut cells = vec![row.document.to_owned(), row.document_title.to_owned()];
    cells.extend((0..attributes).map(|i| row.values.get(i).copied().unwrap_or_default().to_owned()));
    cells.extend([
        row.paragraph_id.unwrap_or_default().to_owned(),
        row.paragraphs.map(|p| p.to_string()).unwrap_or_default(),
        row.tag.unwrap_or_default().to_owned(),
        row.tag_label.to_owned(),
        row.quote.to_owned(),
        row.note.to_owned(),
        row.author.to_owned(),
        row.created.to_string(),
        row.status.as_str().to_owned(),
        row.annotation_id.to_string(),
        row.annotation_file.clone(),
    ]);
    cells
}

/// `'` before a cell Excel would read as a formula.
fn neutralised(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell }
}

fn write_csv(out: &mut impl Write, export: &SegmentExport<'_>, excel: bool) -> io::Result<()> {
    if excel {
        out.write_all(UTF8_BOM)?;
    }
    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(&mut *out);
    writer.write_record(columns(export))?;
    for row in &export.rows {
        let cells = cells(row, export.attributes.len());
        if excel {
            writer.write_record(cells.into_iter().map(neutralised))?;
        } else {
            writer.write_record(cells)?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// Excel's limit on the characters of one cell.
const XLSX_CELL_CHARS: usize = 32_767;

/// Rows grouped by tag, in the tag order of `export`, each group with its label.
fn groups<'r, 'a>(export: &'r SegmentExport<'a>) -> Vec<(&'a str, Option<&'a str>, Vec<&'r SegmentRow<'a>>)> {
    let mut groups: Vec<(&'a str, Option<&'a str>, Vec<&'r SegmentRow<'a>>)> = Vec::new();
    for row in &export.rows {
        match groups.iter_mut().find(|(_, tag, _)| *tag == row.tag) {
            Some((_, _, rows)) => rows.push(row),
            None => groups.push((if row.tag.is_some() { row.tag_label } else { "Untagged" }, row.tag, vec![row])),
        }
    }
    // Codebook order, then other tags by ID; untagged rows last.
    groups.sort_by_key(|(_, tag, _)| {
        let position = tag.and_then(|t| export.tags.iter().position(|o| *o == t));
        (tag.is_none(), position.is_none(), position, *tag)
    });
    groups
}

/// A worksheet name from a label: at most 31 characters, none of `[]:*?/\`, not
/// starting or ending with `'`, unique among `taken` (compared ignoring case).
fn sheet_name(label: &str, taken: &[String]) -> String {
    let clean: String = label.chars().map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c }).collect();
    let clean = clean.trim().trim_matches('\'').trim();
    let base = if clean.is_empty() { "Sheet" } else { clean };
    let fits = |name: &str| !taken.iter().any(|t| t.to_lowercase() == name.to_lowercase());
    let cut = |text: &str, chars: usize| text.chars().take(chars).collect::<String>().trim_end().to_owned();
    let first = cut(base, 31);
    if fits(&first) {
        return first;
    }
    (2..=MAX_SHEETS_NAMED)
        .map(|n| {
            let suffix = format!(" ({n})");
            format!("{}{suffix}", cut(base, 31 - suffix.chars().count()))
        })
        .find(|name| fits(name))
        .unwrap_or(first)
}

/// Most numbered variants tried for a sheet name (`Name (2)` … ); more sheets than
/// this share a name with a number, which Excel refuses, so there are never that
/// many (one per tag).
const MAX_SHEETS_NAMED: usize = 10_000;

/// Why an Excel workbook cannot be written, carried in the [`io::Error`]
/// ([`io::Error::other`]) that [`write_segments`] returns, so the app can word it
/// (`get_ref` and `downcast_ref`). `Display` is the English reason.
#[derive(Debug, thiserror::Error)]
pub enum ExcelError {
    /// The workbook library refused (its own words).
    #[error("cannot write the Excel workbook: {0}")]
    Workbook(String),
    /// More columns than a sheet has.
    #[error("too many columns for Excel")]
    TooManyColumns,
    /// More rows than a sheet has (1,048,575 after the header).
    #[error("more than 1,048,575 rows for “{sheet}”: export CSV instead")]
    TooManyRows {
        /// The sheet (the tag's label).
        sheet: String,
    },
}

#[allow(clippy::needless_pass_by_value, reason = "used as map_err(xlsx_error), which passes the error by value")]
fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> io::Error {
    io::Error::other(ExcelError::Workbook(e.to_string()))
}

fn write_xlsx(out: &mut impl Write, export: &SegmentExport<'_>) -> io::Result<()> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    // The newest annotation's time (not the clock), so the same rows give the same bytes.
    let newest = export.rows.iter().map(|r| r.created).max().unwrap_or(Timestamp::UNIX_EPOCH);
    let utc = newest.to_zoned_datetime(jiff::tz::TimeZone::UTC).datetime();
    let created = ExcelDateTime::from_ymd(
        u16::try_from(utc.year().max(1900)).unwrap_or(1900),
        utc.month().unsigned_abs(),
        utc.day().unsigned_abs(),
    )
    .and_then(|d| {
        d.and_hms(u16::from(utc.hour().unsigned_abs()), utc.minute().unsigned_abs(), utc.second().unsigned_abs())
    })
    .map_err(xlsx_error)?;
    let properties =
        DocProperties::new().set_title(format!("Coded segments: {}", export.project)).set_creation_datetime(&created);
    workbook.set_properties(&properties);
    let header = columns(export);
    let bold = Format::new().set_bold();
    let mut taken: Vec<String> = Vec::new();
    let mut groups = groups(export);
    if groups.is_empty() {
        groups.push(("Coded segments", None, Vec::new()));
    }
    for (label, _, rows) in groups {
        let name = sheet_name(label, &taken);
        taken.push(name.clone());
        let sheet = workbook.add_worksheet();
        sheet.set_name(name).map_err(xlsx_error)?;
        for (c, title) in header.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| io::Error::other(ExcelError::TooManyColumns))?;
            sheet.write_string_with_format(0, c, title, &bold).map_err(xlsx_error)?;
        }
        for (r, row) in rows.iter().enumerate() {
            let r = u32::try_from(r + 1)
                .ok()
                .filter(|r| *r < 1_048_576)
                .ok_or_else(|| io::Error::other(ExcelError::TooManyRows { sheet: label.to_owned() }))?;
            for (c, cell) in cells(row, export.attributes.len()).into_iter().enumerate() {
                let c = u16::try_from(c).map_err(|_| io::Error::other(ExcelError::TooManyColumns))?;
                let cell = if cell.chars().count() > XLSX_CELL_CHARS {
                    let mut cut: String = cell.chars().take(XLSX_CELL_CHARS - 1).collect();
                    cut.push('…');
                    cut
                } else {
                    cell
                };
                sheet.write_string(r, c, cell).map_err(xlsx_error)?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    }
    let bytes = workbook.save_to_buffer().map_err(xlsx_error)?;
    out.write_all(&bytes)?;
    out.flush()
}

/// One line of text with the Markdown punctuation that could start markup
/// escaped: always `` \ ` * _ [ ] < > | ~ & ``, and at the start of the line `#`,
/// `-`, `+`, `=`, `>` and the `.` or `)` after a number.
fn markdown_text(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let body = line.trim_start();
    out.push_str(&line[..line.len() - body.len()]);
    if body.starts_with(['#', '-', '+', '=', '>']) {
        out.push('\\');
    }
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in body.char_indices() {
        let list_marker = digits > 0 && i == digits && (c == '.' || c == ')');
        if list_marker || "\\`*_[]<>|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn write_markdown(out: &mut impl Write, export: &SegmentExport<'_>) -> io::Result<()> {
    writeln!(out, "# Coded segments")?;
    writeln!(out)?;
    writeln!(out, "Project: {}  ", markdown_text(export.project))?;
    writeln!(out, "Query: {}  ", markdown_text(export.query))?;
    writeln!(out, "Segments: {}", export.rows.len())?;
    for (label, _, rows) in groups(export) {
        writeln!(out)?;
        writeln!(out, "## {} ({})", markdown_text(label), rows.len())?;
        let mut documents: Vec<(&str, Vec<&SegmentRow<'_>>)> = Vec::new();
        for row in rows {
            match documents.iter_mut().find(|(d, _)| *d == row.document) {
                Some((_, rows)) => rows.push(row),
                None => documents.push((row.document, vec![row])),
            }
        }
        for (document, rows) in documents {
            let first = rows[0];
            writeln!(out)?;
            writeln!(out, "### {}", markdown_text(first.document_title))?;
            writeln!(out)?;
            let mut facts = vec![format!("`{}`", document.replace('`', "'"))];
            for ((_, label, _), value) in export.attributes.iter().zip(&first.values) {
                if !value.is_empty() {
                    facts.push(format!("{}: {}", markdown_text(label), markdown_text(value)));
                }
            }
            writeln!(out, "{}", facts.join(" · "))?;
            for row in rows {
                writeln!(out)?;
                for line in row.quote.lines() {
                    writeln!(out, "> {}", markdown_text(line))?;
                }
                let mut attribution = vec![row.paragraphs.map_or_else(|| "¶?".to_owned(), |p| p.to_string())];
                if !row.author.is_empty() {
                    attribution.push(markdown_text(row.author));
                }
                attribution.push(row.created.strftime("%Y-%m-%d").to_string());
                if row.status != AnchorStatus::Anchored {
                    attribution.push(row.status.as_str().to_owned());
                }
                writeln!(out)?;
                writeln!(out, "— {}", attribution.join(" · "))?;
                if !row.note.trim().is_empty() {
                    writeln!(out)?;
                    let lines: Vec<String> = row.note.lines().map(markdown_text).collect();
                    writeln!(out, "*Note:* {}", lines.join("\\\n"))?;
                }
            }
        }
    }
    out.flush()
}

#[derive(Serialize)]
struct JsonExport<'a> {
    project: &'a str,
    query: &'a str,
    attributes: Vec<JsonAttribute<'a>>,
    count: usize,
    segments: Vec<JsonSegment<'a>>,
}

#[derive(Serialize)]
struct JsonAttribute<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'a str,
}

#[derive(Serialize)]
struct JsonSegment<'a> {
    document: &'a str,
    document_title: &'a str,
    attributes: BTreeMap<&'a str, &'a str>,
    paragraph_id: Option<&'a str>,
    paragraph_first: Option<u32>,
    paragraph_last: Option<u32>,
    tag: Option<&'a str>,
    tag_label: &'a str,
    quote: &'a str,
    note: &'a str,
    author: &'a str,
    created: String,
    status: &'a str,
    annotation_id: String,
    annotation_file: &'a str,
}

fn write_json(out: &mut impl Write, export: &SegmentExport<'_>) -> io::Result<()> {
    let json = JsonExport {
        project: export.project,
        query: export.query,
        attributes: export.attributes.iter().map(|(id, label, kind)| JsonAttribute { id, label, kind }).collect(),
        count: export.rows.len(),
        segments: export
            .rows
            .iter()
            .map(|row| JsonSegment {
                document: row.document,
                document_title: row.document_title,
                attributes: export
                    .attributes
                    .iter()
                    .zip(&row.values)
                    .filter(|(_, v)| !v.is_empty())
                    .map(|((id, _, _), v)| (*id, *v))
                    .collect(),
                paragraph_id: row.paragraph_id,
                paragraph_first: row.paragraphs.map(|p| p.first),
                paragraph_last: row.paragraphs.map(|p| p.last),
                tag: row.tag,
                tag_label: row.tag_label,
                quote: row.quote,
                note: row.note,
                author: row.author,
                created: row.created.to_string(),
                status: row.status.as_str(),
                annotation_id: row.annotation_id.to_string(),
                annotation_file: &row.annotation_file,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &json).map_err(io::Error::other)?;
    writeln!(out)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_fit_excel_and_never_clash() {
        let mut taken = Vec::new();
        for label in ["Governments › Regulators", "a/b:c*d?", "Governments › Regulators", "''", &"x".repeat(40)] {
            let name = sheet_name(label, &taken);
            taken.push(name);
        }
        assert_eq!(
            taken,
            ["Governments › Regulators", "a b c d", "Governments › Regulators (2)", "Sheet", &"x".repeat(31)]
        );
    }

    #[test]
    fn markdown_punctuation_in_quotes_is_text() {
        assert_eq!(markdown_text("# 1. [link](x) *b*"), "\\# 1. \\[link\\](x) \\*b\\*");
        assert_eq!(markdown_text("12. Los gobiernos, 2014-04-23"), "12\\. Los gobiernos, 2014-04-23");
        assert_eq!(markdown_text("  - uno"), "  \\- uno");
    }
}
