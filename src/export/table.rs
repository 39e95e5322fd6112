//! Count tables (tag × document attribute, tag co-occurrence) and their CSV.
//!
//! CSV layout (RFC 4180, as the excerpt CSV; `csv-excel` adds the UTF-8 byte order
//! mark): a header row `row_key, row_label, <one column per column key>, total`,
//! then one row per table row with its counts and their sum, then a `total` row
//! with the column sums. Column headers are the columns' keys (attribute values as
//! stored, tag IDs); the empty value is written `(no value)`.

use std::io::{self, Write};

use super::csv::UTF8_BOM;

/// A row or column of a [`Table`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// Stable key: a tag ID, an attribute value as stored (empty: no value).
    pub key: String,
    /// What a reader sees: `Governments › Regulators`, `Europe`, `(no value)`.
    pub label: String,
    /// Depth in the codebook's hierarchy (rows of tags), 0 otherwise.
    pub depth: usize,
}

/// A table of counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// What the rows are (`tag`).
    pub row_title: String,
    /// What the columns are (an attribute ID, or `tag`).
    pub column_title: String,
    /// The rows.
    pub rows: Vec<Header>,
    /// The columns.
    pub columns: Vec<Header>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<usize>>,
}

impl Table {
    /// The count at `row`, `column` (0 outside the table).
    pub fn cell(&self, row: usize, column: usize) -> usize {
        self.cells.get(row).and_then(|r| r.get(column)).copied().unwrap_or(0)
    }

    /// Each row's sum.
    pub fn row_totals(&self) -> Vec<usize> {
        self.cells.iter().map(|r| r.iter().sum()).collect()
    }

    /// Each column's sum.
    pub fn column_totals(&self) -> Vec<usize> {
        (0..self.columns.len()).map(|c| self.cells.iter().map(|r| r.get(c).copied().unwrap_or(0)).sum()).collect()
    }

    /// The sum of all cells.
    pub fn total(&self) -> usize {
        self.cells.iter().flatten().sum()
    }
}

/// The column header written for an empty key.
pub const NO_VALUE: &str = "(no value)";

/// Writes `table` as CSV (see the module docs); `excel` puts a UTF-8 byte order
/// mark first.
pub fn write_table_csv(out: &mut impl Write, table: &Table, excel: bool) -> io::Result<()> {
    if excel {
        out.write_all(UTF8_BOM)?;
    }
    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(&mut *out);
    let key = |h: &Header| if h.key.is_empty() { NO_VALUE.to_owned() } else { h.key.clone() };
    let mut header = vec![format!("{}_key", table.row_title), format!("{}_label", table.row_title)];
    header.extend(table.columns.iter().map(key));
    header.push("total".to_owned());
    writer.write_record(&header)?;
    for (r, (row, total)) in table.rows.iter().zip(table.row_totals()).enumerate() {
        let mut record = vec![key(row), row.label.clone()];
        record.extend((0..table.columns.len()).map(|c| table.cell(r, c).to_string()));
        record.push(total.to_string());
        writer.write_record(&record)?;
    }
    let mut totals = vec!["total".to_owned(), String::new()];
    totals.extend(table.column_totals().iter().map(ToString::to_string));
    totals.push(table.total().to_string());
    writer.write_record(&totals)?;
    writer.flush()?;
    Ok(())
}

/// Writes `table` as aligned plain text for a terminal: labels, counts right
/// aligned, totals last.
pub fn write_table_text(out: &mut impl Write, table: &Table) -> io::Result<()> {
    let width = |s: &str| s.chars().count();
    let row_labels: Vec<String> = table.rows.iter().map(|r| format!("{}{}", "  ".repeat(r.depth), r.label)).collect();
    let first = row_labels.iter().map(|l| width(l)).chain([width(&table.row_title), 5]).max().unwrap_or(5);
    let column_labels: Vec<String> =
        table.columns.iter().map(|c| c.label.clone()).chain(["total".to_owned()]).collect();
    let widths: Vec<usize> = column_labels.iter().map(|l| width(l).max(5)).collect();
    let pad = |s: &str, w: usize| format!("{}{s}", " ".repeat(w.saturating_sub(width(s))));
    let mut line = format!("{}{}", table.row_title, " ".repeat(first.saturating_sub(width(&table.row_title))));
    for (label, w) in column_labels.iter().zip(&widths) {
        line.push_str("  ");
        line.push_str(&pad(label, *w));
    }
    writeln!(out, "{}", line.trim_end())?;
    let totals = table.row_totals();
    for (r, label) in row_labels.iter().enumerate() {
        let mut line = format!("{label}{}", " ".repeat(first.saturating_sub(width(label))));
        for (c, w) in widths.iter().enumerate() {
            let value = if c < table.columns.len() { table.cell(r, c) } else { totals.get(r).copied().unwrap_or(0) };
            line.push_str("  ");
            line.push_str(&pad(&value.to_string(), *w));
        }
        writeln!(out, "{line}")?;
    }
    let mut line = format!("total{}", " ".repeat(first.saturating_sub(5)));
    for (value, w) in table.column_totals().iter().chain([&table.total()]).zip(&widths) {
        line.push_str("  ");
        line.push_str(&pad(&value.to_string(), *w));
    }
    writeln!(out, "{line}")?;
    Ok(())
}
