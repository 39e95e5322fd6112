//! The pure core: documents, paragraphs, stable paragraph IDs, text offsets, tags,
//! annotations, anchoring and reversible edits.
//!
//! Nothing in here touches the file system, the clock or a GUI toolkit, so every
//! function is deterministic and testable on in-memory bytes.

pub mod anchor;
pub mod annotation;
pub mod attributes;
pub mod codebook;
pub mod decode;
pub mod document;
pub mod edit;
pub mod ids;
pub mod markdown;
pub mod normalize;
pub mod project;
pub mod segment;
pub mod tags;
pub mod text;

pub use annotation::{Annotation, AnnotationId, Annotations, Segment, Timestamp};
pub use document::{Document, DocumentError, Fingerprint, Paragraph, ParagraphKind, SourceFormat};
pub use edit::{AnnotationSet, Edit, EditError, History};
pub use ids::ParagraphId;
pub use tags::{Color, Tag, TagId, TagSet};
pub use text::{ByteOffset, CharOffset};
