//! The user's Glosa settings that are not the app's window state: for now the
//! installation ID that version vectors name (issue 10).
//!
//! The installation ID is a ULID made once per user profile and kept in
//! `installation.ron` in the user's configuration folder (the `directories`
//! crate: `$XDG_CONFIG_HOME/glosa` or `~/.config/glosa` on Linux,
//! `~/Library/Application Support/org.glosa.glosa` on macOS,
//! `%APPDATA%\glosa\glosa\config` on Windows). The environment variable
//! [`INSTALLATION_ENV`] overrides it (the CLI's `--installation` sets it), for
//! scripts, tests and shared machines.

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::InstallationId;

/// The environment variable that overrides the installation ID (a ULID).
pub const INSTALLATION_ENV: &str = "GLOSA_INSTALLATION";

/// The settings file's name in the configuration folder.
pub const INSTALLATION_FILE: &str = "installation.ron";

#[derive(Serialize, Deserialize)]
struct InstallationFile {
    installation: InstallationId,
}

/// The configuration folder, if the platform has one.
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "glosa", "glosa").map(|d| d.config_dir().to_owned())
}

/// This installation's ID: [`INSTALLATION_ENV`] if set to a valid ULID, else the
/// one stored in the configuration folder, made and stored there on first use.
/// If the folder cannot be written, an ID made for this process (its edits then
/// count as another installation's, which merges correctly, only with longer
/// version vectors). Read once per process.
pub fn installation_id() -> InstallationId {
    static ID: OnceLock<InstallationId> = OnceLock::new();
    if let Some(id) = std::env::var(INSTALLATION_ENV).ok().and_then(|v| v.parse().ok()) {
        return id;
    }
    *ID.get_or_init(|| config_dir().and_then(|dir| stored_or_new(&dir)).unwrap_or_else(new_id))
}

fn new_id() -> InstallationId {
    InstallationId(ulid::Ulid::from_datetime(std::time::SystemTime::now()))
}

/// The ID stored in `dir`, or a new one stored there (created without replacing a
/// file another process created meanwhile).
fn stored_or_new(dir: &std::path::Path) -> Option<InstallationId> {
    let path = dir.join(INSTALLATION_FILE);
    let read = || {
        let text = fs::read_to_string(&path).ok()?;
        ron::from_str::<InstallationFile>(&text).ok().map(|f| f.installation)
    };
    if let Some(id) = read() {
        return Some(id);
    }
    fs::create_dir_all(dir).ok()?;
    let id = new_id();
    let mut temp = tempfile::Builder::new().prefix(".installation-").suffix(".tmp").tempfile_in(dir).ok()?;
    let text = ron::to_string(&InstallationFile { installation: id }).ok()?;
    temp.write_all(format!("{text}\n").as_bytes()).ok()?;
    temp.as_file().sync_all().ok()?;
    match temp.persist_noclobber(&path) {
        Ok(_) => Some(id),
        // Another process made it first: use theirs.
        Err(_) => read(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_installation_id_is_made_once_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let first = stored_or_new(dir.path()).unwrap();
        assert_eq!(stored_or_new(dir.path()), Some(first));
        let text = fs::read_to_string(dir.path().join(INSTALLATION_FILE)).unwrap();
        assert!(text.contains(&first.to_string()));
    }
}
