//! The pure core: documents, paragraphs, stable paragraph IDs and text offsets.
//!
//! Nothing in here touches the file system, the clock or a GUI toolkit, so every
//! function is deterministic and testable on in-memory bytes.

pub mod decode;
pub mod document;
pub mod ids;
pub mod markdown;
pub mod normalize;
pub mod segment;
pub mod text;

pub use document::{Document, DocumentError, Fingerprint, Paragraph, ParagraphKind, SourceFormat};
pub use ids::ParagraphId;
pub use text::{ByteOffset, CharOffset};
