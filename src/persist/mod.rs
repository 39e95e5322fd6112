//! Files on disk: reading documents, and reading and writing annotation files.

pub mod annotations;
pub mod document;
pub mod files;
pub mod lock;
pub mod records;
pub mod settings;
