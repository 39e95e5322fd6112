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
//! - [`import`]: beside `persist` and `export`: W3C Web Annotation JSON
//!   (Glosa's exports, Hypothesis) read into edits on a document.
//! - [`workspace`]: a document and its annotation file, opened and saved together.
//! - [`session`]: editing sessions (a workspace, its undo history, the indexes a
//!   view needs, and whether there is unsaved work) and a project of sessions; no
//!   egui, so the command line and the app drive the same sessions.
//! - [`cli`]: the `glosa` command line, built on the layers above.
//! - `ui` (with the `gui` feature): the desktop app, the only layer that uses egui.

pub mod cli;
pub mod export;
pub mod import;
pub mod model;
pub mod persist;
pub mod session;
#[cfg(feature = "gui")]
pub mod ui;
pub mod workspace;
