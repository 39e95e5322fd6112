//! Glosa: annotate policy documents paragraph by paragraph and tag passages by
//! WSIS stakeholder group.
//!
//! Layers, one direction (each only uses the ones above it):
//!
//! - [`model`]: pure data and algorithms. Decoding bytes into text, normalizing,
//!   segmenting into paragraphs, stable paragraph IDs, text offsets. No I/O.
//! - [`persist`]: files on disk. Reading documents with size and type checks (the
//!   bytes are handed to [`import`]).
//! - [`import`]: beside `persist`, on top of `model` only: readers for DOCX, ODT
//!   and PDF bytes, and [`import::parse`], which picks the reader for a file's
//!   bytes (content first, then extension). No I/O.
//! - [`export`]: beside `persist`, on top of `model` only: CSV, Markdown and W3C
//!   Web Annotation JSON-LD exports of tagged excerpts, written to a
//!   `std::io::Write` it is given (no egui, no file system).
//! - [`cli`]: the `glosa` command line, built on the layers above.

pub mod cli;
pub mod export;
pub mod import;
pub mod model;
pub mod persist;
#[cfg(feature = "gui")]
pub mod ui;
pub mod workspace;
