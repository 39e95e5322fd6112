//! Reading what comes from elsewhere, beside `persist` and `export`, on top of
//! `model`; readers take bytes, the CLI, `persist` and the app do the file I/O.
//!
//! - documents in every format Glosa opens: bytes in, [`Document`] out (below);
//! - [`web_annotation`]: annotations made elsewhere, W3C Web Annotation JSON
//!   (Glosa's exports, Hypothesis), read into plans of edits.
//!
//! [`parse`] chooses the reader by content first and by file name second:
//! `%PDF-` is read as PDF; a ZIP archive holding `word/document.xml` as Word
//! (DOCX), one holding an `OpenDocument` Text `mimetype` or `content.xml` as ODT;
//! anything else is text, decoded by [`crate::model::decode`], and read as
//! Markdown (`.md`, `.markdown`), HTML (`.html`, `.htm`, `.xhtml`, or text that
//! starts like HTML) or plain text.
//!
//! The container readers ([`docx`], [`odt`], [`pdf`]) build the same paragraphs
//! as the text readers: normalized text, kinds, stable IDs from the text alone, so
//! a paragraph keeps its ID when the same document arrives as `.txt`, `.html`,
//! `.docx` or `.pdf`. They do no I/O: the caller reads the file (see
//! `crate::persist::document::read_document`).
//!
//! Every file may be hostile. Limits, each refused with a one-line error: at most
//! [`MAX_ZIP_ENTRIES`] entries in an archive, at most [`MAX_PART_BYTES`] for any
//! part once decompressed (checked while decompressing, whatever the archive
//! claims), and malformed XML is an error naming the part and the byte. Time is
//! linear in what is decompressed.

pub mod docx;
pub mod odt;
pub mod pdf;
pub mod refi;
pub mod web_annotation;
mod xml;

use std::io::{Cursor, Read};

use crate::model::{ContainerProblem, Document, DocumentError, SourceFormat};

/// Most entries a DOCX or ODT archive may list (real documents have tens to a few
/// hundred; the limit bounds the memory for the archive's directory).
pub const MAX_ZIP_ENTRIES: usize = 20_000;

/// Most bytes one part of an archive (e.g. `word/document.xml`) may decompress to:
/// 256 MiB, the size limit for a whole document.
pub const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a document from a file's bytes; `file_name` (no folders needed) chooses
/// the text format and is the fallback title. See the module docs.
///
/// # Errors
/// [`DocumentError`] with a one-line message: empty, binary or unreadable input,
/// a hostile or damaged container, no text.
pub fn parse(bytes: Vec<u8>, file_name: &str) -> Result<Document, DocumentError> {
    match SourceFormat::sniff(&bytes) {
        Some(SourceFormat::Pdf) => pdf::read_pdf(&bytes, file_name),
        Some(SourceFormat::Docx) => docx::read_docx(&bytes, file_name),
        Some(SourceFormat::Odt) => odt::read_odt(&bytes, file_name),
        _ => Document::parse(bytes, file_name),
    }
}

/// A ZIP archive opened with the limits of the module docs.
pub(crate) struct Archive<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    format: &'static str,
}

impl<'a> Archive<'a> {
    /// Opens `bytes` as the ZIP container of a `format` (`DOCX`, `ODT`) document.
    pub(crate) fn open(bytes: &'a [u8], format: &'static str) -> Result<Self, DocumentError> {
        if let Some(entries) = zip_entry_count(bytes)
            && entries > MAX_ZIP_ENTRIES
        {
            return Err(container(format, ContainerProblem::TooManyEntries { entries, limit: Some(MAX_ZIP_ENTRIES) }));
        }
        let zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| container(format, ContainerProblem::Damaged(e.to_string())))?;
        if zip.len() > MAX_ZIP_ENTRIES {
            return Err(container(format, ContainerProblem::TooManyEntries { entries: zip.len(), limit: None }));
        }
        Ok(Self { zip, format })
    }

    /// Whether the archive has an entry called `name`.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// The decompressed bytes of entry `name`; `Ok(None)` when there is no such
    /// entry. Refuses encrypted entries and entries over [`MAX_PART_BYTES`].
    pub(crate) fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, DocumentError> {
        let format = self.format;
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let entry = match self.zip.by_index(index) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::UnsupportedArchive(what)) => {
                return Err(container(
                    format,
                    ContainerProblem::PartUnsupported { part: name.to_owned(), detail: what.to_string() },
                ));
            }
            Err(e) => {
                return Err(container(
                    format,
                    ContainerProblem::PartUnreadable { part: name.to_owned(), detail: e.to_string() },
                ));
            }
        };
        if entry.encrypted() {
            return Err(container(format, ContainerProblem::PartEncrypted { part: name.to_owned() }));
        }
        if entry.size() > MAX_PART_BYTES {
            return Err(too_big(format, name));
        }
        let mut out = Vec::with_capacity(entry.size().min(MAX_PART_BYTES) as usize);
        entry.take(MAX_PART_BYTES + 1).read_to_end(&mut out).map_err(|e| {
            container(format, ContainerProblem::PartDamaged { part: name.to_owned(), detail: e.to_string() })
        })?;
        if out.len() as u64 > MAX_PART_BYTES {
            return Err(too_big(format, name));
        }
        Ok(Some(out))
    }
}

fn too_big(format: &'static str, name: &str) -> DocumentError {
    let limit_mib = MAX_PART_BYTES / (1024 * 1024);
    container(format, ContainerProblem::PartTooLarge { part: name.to_owned(), limit_mib })
}

/// A [`DocumentError::Container`] for a `format` document.
pub(crate) fn container(format: &'static str, problem: ContainerProblem) -> DocumentError {
    DocumentError::Container { format, problem: Box::new(problem) }
}

/// The number of entries the archive's end-of-central-directory record announces,
/// read before the ZIP library allocates anything for them. `None` when the
/// record is not found (the library then reports the damage).
fn zip_entry_count(bytes: &[u8]) -> Option<usize> {
    const EOCD: &[u8] = b"PK\x05\x06";
    // The record is 22 bytes plus a comment of up to 65,535 bytes, at the end.
    let tail_start = bytes.len().saturating_sub(22 + 65_535);
    let at = memchr::memmem::rfind(&bytes[tail_start..], EOCD)? + tail_start;
    let record = bytes.get(at..at + 22)?;
    let total = u16::from_le_bytes([record[10], record[11]]);
    if total == u16::MAX {
        // ZIP64: the real count is elsewhere; the library reads it, we bound it after.
        return None;
    }
    Some(usize::from(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zip_that_is_neither_docx_nor_odt_is_refused_as_binary_text() {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("notes.txt", zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut zip, b"hello").unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        let err = parse(bytes, "notes.zip").unwrap_err().to_string();
        assert_eq!(err, "not a text file (a ZIP archive but not a Word .docx or OpenDocument .odt document)");
    }
}
