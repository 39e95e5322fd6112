//! Files on disk: reading documents, reading and writing annotation files and
//! project files, finding a project's files.

pub mod annotations;
pub mod document;
mod fast_ron;
pub mod files;
pub mod journal;
pub mod lock;
pub mod project;
pub mod records;
pub mod settings;
pub mod unknown_fields;
