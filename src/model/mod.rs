//! The pure core: documents, paragraphs, stable paragraph IDs, text offsets, tags,
//! annotations, anchoring, reversible edits and inter-coder agreement.
//!
//! Nothing in here touches the file system, the clock or a GUI toolkit, so every
//! function is deterministic and testable on in-memory bytes.

pub mod agreement;
pub mod anchor;
pub mod annotation;
pub mod attributes;
pub mod authors;
pub mod codebook;
pub mod decode;
pub mod document;
pub mod edit;
pub(crate) mod furniture;
pub mod html;
pub mod ids;
pub mod markdown;
pub mod merge;
pub mod normalize;
pub mod paragraph;
pub mod project;
pub mod segment;
pub mod tags;
pub mod text;
pub mod version;

pub use annotation::{Annotation, AnnotationId, Annotations, Segment, SegmentError, Timestamp};
pub use document::{ContainerProblem, Document, DocumentError, Fingerprint, Paragraph, SourceFormat, SourceInfo};
pub use edit::{AnnotationSet, Edit, EditError, History};
pub use ids::ParagraphId;
pub use paragraph::{Furniture, ParagraphKind, ReadWarning};
pub use tags::{Color, Tag, TagId, TagSet};
pub use text::{ByteOffset, CharOffset};
pub use version::{InstallationId, Local, Version, VersionVector};
