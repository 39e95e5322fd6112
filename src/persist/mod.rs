//! Files on disk: reading documents (and, later, annotation files).

pub mod document;
