//! Reading annotations made elsewhere: beside `persist` and `export`, on top of
//! `model`. Readers take bytes and return plans of edits; the CLI and the app do
//! the file I/O.
//!
//! - [`web_annotation`]: W3C Web Annotation JSON (Glosa's exports, Hypothesis).

pub mod web_annotation;
