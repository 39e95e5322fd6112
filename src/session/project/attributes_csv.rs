//! Document attributes to and from CSV, one row per document
//! (`glosa attributes export|import FILE.csv`).
//!
//! # Export
//!
//! RFC 4180 CSV, UTF-8 (with a byte order mark for Excel when asked), CRLF: a
//! header `document,<attribute IDs in order>`, then one row per project document
//! (by key) with its values as stored (empty: no value).
//!
//! # Import
//!
//! - The text may be UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy
//!   encoding such as Windows-1252 (what Excel's "CSV" saves), detected as
//!   documents are; the separator is the one of `,` `;` and tab the header row
//!   uses most (Excel writes `;` where the decimal separator is a comma).
//! - The header row names the columns: `document`, then attributes by ID or by
//!   label (any letter case). A column no attribute has becomes a new text
//!   attribute with that label. Empty headers are ignored.
//! - `document` is a document's key, or a file name only one document has, or its
//!   path. Every document must be in the project and appear once.
//! - Each cell is checked against its attribute (see
//!   [`crate::model::attributes`]) and stored in canonical form; an empty cell
//!   means no value (it clears one).
//! - Any problem is an error naming the line and column, and nothing changes;
//!   otherwise the import is one project edit (one undo step).

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use super::corpus::{Corpus, ProjectError};
use crate::export::UTF8_BOM;
use crate::model::attributes::{Attribute, AttributeId, AttributeKind};
use crate::model::project::ProjectEdit;

/// Largest CSV file imported, in bytes (64 MiB).
pub const MAX_CSV_BYTES: u64 = 64 * 1024 * 1024;

/// The name of the document column.
pub const DOCUMENT_COLUMN: &str = "document";

/// Writes the project's attribute values as CSV (see the module docs).
pub fn write_attributes_csv(out: &mut impl Write, corpus: &Corpus, excel: bool) -> io::Result<()> {
    if excel {
        out.write_all(UTF8_BOM)?;
    }
    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(&mut *out);
    let attributes = corpus.attributes().attributes();
    let mut header = vec![DOCUMENT_COLUMN];
    header.extend(attributes.iter().map(|a| a.id.as_str()));
    writer.write_record(&header)?;
    for (index, document) in corpus.documents().iter().enumerate() {
        let mut record = vec![document.key.as_str()];
        record.extend(attributes.iter().map(|a| corpus.value(index, &a.id).unwrap_or_default()));
        writer.write_record(&record)?;
    }
    writer.flush()?;
    Ok(())
}

/// What an import will do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttributeImport {
    /// The edit (new attributes, then values); `None` when nothing changes.
    pub edit: Option<ProjectEdit>,
    /// Rows read.
    pub rows: usize,
    /// Values set, changed or cleared.
    pub changed: usize,
    /// Labels of the attributes the import adds.
    pub new_attributes: Vec<String>,
}

/// Reads the CSV at `path` (see the module docs) into the edit that imports it.
pub fn read_attributes_csv(corpus: &Corpus, path: &Path) -> Result<AttributeImport, ProjectError> {
    let error = |message: String| ProjectError::Csv { path: path.to_owned(), message };
    let metadata = std::fs::metadata(path).map_err(|e| error(format!("cannot read the CSV file ({e})")))?;
    if !metadata.is_file() {
        return Err(error("not a file".to_owned()));
    }
    if metadata.len() > MAX_CSV_BYTES {
        return Err(error(format!("the CSV file is over {} MiB", MAX_CSV_BYTES / (1024 * 1024))));
    }
    let bytes = std::fs::read(path).map_err(|e| error(format!("cannot read the CSV file ({e})")))?;
    parse_attributes_csv(corpus, bytes).map_err(error)
}

/// [`read_attributes_csv`] on the file's bytes; errors are messages without the
/// path.
pub fn parse_attributes_csv(corpus: &Corpus, bytes: Vec<u8>) -> Result<AttributeImport, String> {
    let text = crate::model::decode::decode(bytes).map_err(|e| format!("cannot read the CSV file ({e})"))?.text;
    let header_line = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (header_line.bytes().filter(|b| b == d).count(), *d == b','))
        .unwrap_or(b',');
    let mut reader =
        ::csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(e)) => return Err(format!("line 1: {e}")),
        None => return Err("the CSV file is empty".to_owned()),
    };
    let columns: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
    let Some(document_column) = columns.iter().position(|c| c.eq_ignore_ascii_case(DOCUMENT_COLUMN)) else {
        return Err(format!(
            "line 1: no `{DOCUMENT_COLUMN}` column (the first row names the columns: {DOCUMENT_COLUMN}, then attribute IDs)"
        ));
    };
    // Each column's attribute, adding text attributes for unknown columns.
    let mut schema = corpus.attributes().clone();
    let mut import = AttributeImport::default();
    let mut edits = Vec::new();
    let mut by_column: Vec<Option<Attribute>> = Vec::with_capacity(columns.len());
    for (i, name) in columns.iter().enumerate() {
        if i == document_column || name.is_empty() {
            by_column.push(None);
            continue;
        }
        let known = schema
            .find(name)
            .or_else(|| schema.attributes().iter().find(|a| a.label.to_lowercase() == name.to_lowercase()))
            .cloned();
        let attribute = if let Some(attribute) = known {
            attribute
        } else {
            let attribute = Attribute {
                id: AttributeId::new(name).unwrap_or_else(|| schema.unused_id(name)),
                label: name.clone(),
                description: String::new(),
                kind: AttributeKind::Text,
            };
            schema.insert(usize::MAX, attribute.clone());
            edits.push(ProjectEdit::InsertAttribute { index: usize::MAX, attribute: attribute.clone() });
            import.new_attributes.push(name.clone());
            attribute
        };
        if by_column.iter().flatten().any(|a| a.id == attribute.id) {
            return Err(format!("line 1: two columns are attribute `{}`", attribute.id));
        }
        by_column.push(Some(attribute));
    }
    let mut seen: BTreeMap<usize, u64> = BTreeMap::new();
    for record in records {
        let record = record.map_err(|e| format!("{e}"))?;
        let line = record.position().map_or(0, ::csv::Position::line);
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        import.rows += 1;
        let name = record.get(document_column).unwrap_or_default().trim();
        let document =
            corpus.find_document(name).map_err(|_| format!("line {line}: no document `{name}` in the project"))?;
        if let Some(first) = seen.insert(document, line) {
            return Err(format!("line {line}: document `{name}` appears twice (also line {first})"));
        }
        let key = corpus.documents()[document].key.clone();
        for (i, attribute) in by_column.iter().enumerate() {
            let Some(attribute) = attribute else {
                continue;
            };
            let cell = record.get(i).unwrap_or_default();
            let canonical =
                attribute.canonical(cell).map_err(|e| format!("line {line}, column {}: {e}", attribute.id))?;
            let current = corpus.value(document, &attribute.id).unwrap_or_default();
            if canonical != current {
                import.changed += 1;
                edits.push(ProjectEdit::SetValue {
                    document: key.clone(),
                    attribute: attribute.id.clone(),
                    value: Some(canonical).filter(|c| !c.is_empty()),
                });
            }
        }
    }
    import.edit = (!edits.is_empty()).then_some(ProjectEdit::Batch(edits));
    Ok(import)
}
