//! Files on disk: reading documents, reading and writing annotation files and
//! project files, finding a project's files.

pub mod annotations;
pub mod document;
pub mod files;
pub mod lock;
pub mod project;
pub mod records;
pub mod settings;
