//! Helpers shared by the integration tests.

use glosa::model::{CharOffset, Document, Segment};

/// A segment on the first occurrence of `quote`, in the paragraph that contains it.
///
/// # Panics
/// When `quote` is in no paragraph.
pub fn segment_on(doc: &Document, quote: &str) -> Segment {
    for (index, p) in doc.paragraphs().iter().enumerate() {
        let text = doc.text_of(p);
        if let Some(byte) = text.find(quote) {
            let start = text[..byte].chars().count();
            let end = start + quote.chars().count();
            if let Some(segment) = Segment::new(doc, index, CharOffset(start), CharOffset(end)) {
                return segment;
            }
        }
    }
    panic!("`{quote}` not in the document");
}
