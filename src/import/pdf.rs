//! PDF: the text of each page, extracted with `pdf-extract` (pure Rust, on
//! `lopdf`), then segmented by the plain-text segmenter ([`segment_plain`]) with
//! the pages separated by form feeds, so that page numbers, running headers and
//! footers are recognised as page furniture and sentences that run across a page
//! break stay whole.
//!
//! `pdf-extract` was chosen over `lopdf`'s own `Document::extract_text` after
//! comparing both on the PDFs `LibreOffice` made from the test fixtures (see the
//! README's "How documents are read"): `pdf-extract` keeps a superscript footnote
//! mark glued to its word (`diferentes1.`, as the text reads) and leaves a blank
//! line where the page has paragraph spacing, and it refuses an encrypted PDF;
//! `lopdf` puts the mark and the following full stop on lines of their own, runs
//! paragraphs together and returns no text at all for an encrypted file. `lopdf`
//! is faster (0.78 s against 1.2 s for the 100-page benchmark PDF on a loaded
//! machine), but segmentation needs what `pdf-extract` keeps.
//!
//! Refused with a one-line error: an encrypted PDF that needs a password, a PDF
//! the reader cannot parse, and one with no text (a scan: run OCR first). The
//! extraction runs on its own thread with a large stack, so a malformed file that
//! makes the library fail (it may panic) becomes an error, not a crash.

use crate::model::segment::segment_plain;
use crate::model::{Document, DocumentError, SourceFormat, SourceInfo};

use super::container;
use crate::model::ContainerProblem;

const FORMAT: &str = "PDF";

/// Stack for the extraction thread: deeply nested PDF objects recurse.
const STACK_BYTES: usize = 256 * 1024 * 1024;

/// Reads a `.pdf` file's bytes.
///
/// # Errors
/// Encrypted, damaged or text-less PDFs; see the module docs.
pub fn read_pdf(bytes: &[u8], file_name: &str) -> Result<Document, DocumentError> {
    let pages = extract_pages(bytes)?;
    let text = pages.join("\u{c}");
    drop(pages);
    let segmented = segment_plain(&text);
    if segmented.blocks.is_empty() {
        return Err(container(FORMAT, ContainerProblem::NoTextLayer));
    }
    let info = SourceInfo::new(file_name, "PDF", SourceFormat::Pdf);
    Document::from_segmented(segmented, info)
}

/// The text of each page, in order.
fn extract_pages(bytes: &[u8]) -> Result<Vec<String>, DocumentError> {
    let owned = bytes.to_vec();
    let worker = std::thread::Builder::new()
        .name("glosa-pdf".to_owned())
        .stack_size(STACK_BYTES)
        .spawn(move || -> Result<Vec<String>, ContainerProblem> {
            pdf_extract::extract_text_from_mem_by_pages(&owned).map_err(|e| describe(&e.to_string()))
        })
        .map_err(|e| container(FORMAT, ContainerProblem::ReaderThread(e.to_string())))?;
    match worker.join() {
        Ok(Ok(pages)) => Ok(pages),
        Ok(Err(problem)) => Err(container(FORMAT, problem)),
        Err(_) => Err(container(FORMAT, ContainerProblem::ReaderFailed)),
    }
}

/// A library error as one short line.
fn describe(message: &str) -> ContainerProblem {
    let line: String = message.lines().next().unwrap_or_default().chars().take(120).collect();
    if line.to_ascii_lowercase().contains("decrypt") || line.to_ascii_lowercase().contains("password") {
        return ContainerProblem::PasswordProtected;
    }
    ContainerProblem::Unparsable(line)
}
