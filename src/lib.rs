//! Glosa: annotate policy documents paragraph by paragraph and tag passages by
//! WSIS stakeholder group.
//!
//! Layers, one direction (each only uses the ones above it):
//!
//! - [`model`]: pure data and algorithms. Decoding bytes into text, normalizing,
//!   segmenting into paragraphs, stable paragraph IDs, text offsets. No I/O.
//! - [`persist`]: files on disk. Reading documents with size and type checks.
//! - [`cli`]: the `glosa` command line, built on the two layers above.

pub mod cli;
pub mod model;
pub mod persist;
