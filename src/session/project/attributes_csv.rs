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
use crate::model::attributes::{Attribute, AttributeId, AttributeKind, ValueError};
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

/// Why a CSV file of attribute values cannot be imported (nothing changes).
/// `Display` is the English line the CLI prints, without the file; lines are
/// the CSV's (1: the header), columns attribute IDs.
#[derive(Debug, thiserror::Error)]
pub enum CsvProblem {
    /// The system refused to read the file.
    #[error("cannot read the CSV file ({0})")]
    Io(#[from] io::Error),
    /// The path is a folder or a special file.
    #[error("not a file")]
    NotAFile,
    /// The file is over [`MAX_CSV_BYTES`].
    #[error("the CSV file is over {limit_mib} MiB")]
    TooLarge {
        /// The limit, in MiB.
        limit_mib: u64,
    },
    /// The bytes are not text.
    #[error("cannot read the CSV file ({0})")]
    Decode(#[from] crate::model::decode::DecodeError),
    /// The header row is not CSV (the `csv` crate's words).
    #[error("line 1: {0}")]
    Header(String),
    /// A row is not CSV (the `csv` crate's words, with the position).
    #[error("{0}")]
    Record(String),
    /// No row at all.
    #[error("the CSV file is empty")]
    Empty,
    /// The header has no `document` column.
    #[error(
        "line 1: no `{DOCUMENT_COLUMN}` column (the first row names the columns: {DOCUMENT_COLUMN}, then attribute IDs)"
    )]
    NoDocumentColumn,
    /// Two columns name one attribute.
    #[error("line 1: two columns are attribute `{attribute}`")]
    DuplicateColumn {
        /// The attribute.
        attribute: AttributeId,
    },
    /// A row names no document of the project.
    #[error("line {line}: no document `{name}` in the project")]
    UnknownDocument {
        /// The row's line.
        line: u64,
        /// The name in the `document` column.
        name: String,
    },
    /// Two rows name one document.
    #[error("line {line}: document `{name}` appears twice (also line {first})")]
    DuplicateDocument {
        /// The second row's line.
        line: u64,
        /// The name in the `document` column.
        name: String,
        /// The first row's line.
        first: u64,
    },
    /// A cell is not a value of its attribute.
    #[error("line {line}, column {attribute}: {error}")]
    Value {
        /// The row's line.
        line: u64,
        /// The column's attribute.
        attribute: AttributeId,
        /// Why.
        error: ValueError,
    },
}

/// Reads the CSV at `path` (see the module docs) into the edit that imports it.
///
/// # Errors
/// [`ProjectError::Csv`] naming the file, with the [`CsvProblem`].
pub fn read_attributes_csv(corpus: &Corpus, path: &Path) -> Result<AttributeImport, ProjectError> {
    let error = |problem: CsvProblem| ProjectError::Csv { path: path.to_owned(), problem };
    let metadata = std::fs::metadata(path).map_err(|e| error(e.into()))?;
    if !metadata.is_file() {
        return Err(error(CsvProblem::NotAFile));
    }
    if metadata.len() > MAX_CSV_BYTES {
        return Err(error(CsvProblem::TooLarge { limit_mib: MAX_CSV_BYTES / (1024 * 1024) }));
    }
    let bytes = std::fs::read(path).map_err(|e| error(e.into()))?;
    parse_attributes_csv(corpus, bytes).map_err(error)
}

/// [`read_attributes_csv`] on the file's bytes.
///
/// # Errors
/// The [`CsvProblem`] (without the file).
pub fn parse_attributes_csv(corpus: &Corpus, bytes: Vec<u8>) -> Result<AttributeImport, CsvProblem> {
    let text = crate::model::decode::decode(bytes)?.text;
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
        Some(Err(e)) => return Err(CsvProblem::Header(e.to_string())),
        None => return Err(CsvProblem::Empty),
    };
    let columns: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
    let Some(document_column) = columns.iter().position(|c| c.eq_ignore_ascii_case(DOCUMENT_COLUMN)) else {
        return Err(CsvProblem::NoDocumentColumn);
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
            return Err(CsvProblem::DuplicateColumn { attribute: attribute.id });
        }
        by_column.push(Some(attribute));
    }
    let mut seen: BTreeMap<usize, u64> = BTreeMap::new();
    for record in records {
        let record = record.map_err(|e| CsvProblem::Record(e.to_string()))?;
        let line = record.position().map_or(0, ::csv::Position::line);
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        import.rows += 1;
        let name = record.get(document_column).unwrap_or_default().trim();
        let document =
            corpus.find_document(name).map_err(|_| CsvProblem::UnknownDocument { line, name: name.to_owned() })?;
        if let Some(first) = seen.insert(document, line) {
            return Err(CsvProblem::DuplicateDocument { line, name: name.to_owned(), first });
        }
        let key = corpus.documents()[document].key.clone();
        for (i, attribute) in by_column.iter().enumerate() {
            let Some(attribute) = attribute else {
                continue;
            };
            let cell = record.get(i).unwrap_or_default();
            let canonical = attribute.canonical(cell).map_err(|error| CsvProblem::Value {
                line,
                attribute: attribute.id.clone(),
                error,
            })?;
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
