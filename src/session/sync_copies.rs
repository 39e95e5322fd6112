//! Conflict copies that sync clients leave beside a shared annotation file (issue
//! 10): when two computers change `NAME.glosa.ron` before they sync, the client
//! keeps one version under the name and saves the other under a new one. Glosa
//! recognises those copies, offers to merge them in (by ID, like any colleague's
//! file), and once the merge is saved moves them into the hidden `.glosa-merged/`
//! folder beside the file (never deleting them: the user can still look at them).
//!
//! The names, for an annotation file `NAME.glosa.ron` (`NAME` may hold spaces,
//! accents, CJK — anything the file system allows):
//!
//! - **Syncthing** inserts `.sync-conflict-YYYYMMDD-HHMMSS-DEVICE` before the last
//!   extension: `NAME.glosa.sync-conflict-20260105-093000-ABCDEF7.ron`; the form
//!   with the marker before the whole `.glosa.ron`
//!   (`NAME.sync-conflict-20260105-093000-ABCDEF7.glosa.ron`) is recognised too.
//!   `DEVICE` is the first 7 characters of the device ID. Source: Syncthing's
//!   `lib/model/folder_sendrecv.go`, `conflictName`.
//! - **Dropbox** appends ` (… conflicted copy YYYY-MM-DD…)` to the name before the
//!   extension, with wording in the user's language and often the computer's or
//!   user's name (`NAME (Ana's conflicted copy 2026-01-05).glosa.ron`,
//!   `NAME (Konflikt-Kopie von Ana 2026-01-05).glosa.ron`, `NAME (copia en
//!   conflicto de Ana 2026-01-05).glosa.ron`). Matched loosely: any parenthesised
//!   text holding a `YYYY-MM-DD` date and at least one letter, before `.glosa.ron`
//!   or before `.ron`.
//! - **OneDrive** appends `-HOSTNAME` (the computer's name, letters, digits and
//!   `-`): `NAME-LAPTOP-ANA.glosa.ron`. That name is an ordinary file name too, so
//!   it counts only when `NAME.glosa.ron` exists beside it and the copy is an
//!   annotation file for the same document (same fingerprint or same stored
//!   document path): see [`find_conflict_copies`].
//!
//! Hidden names (starting with `.`: lock files, recovery journals, temporary
//! files) are never conflict copies.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use regex::Regex;

use crate::persist::annotations::{self, EXTENSION};

/// The folder beside an annotation file where merged conflict copies are moved.
pub const MERGED_FOLDER: &str = ".glosa-merged";

/// The sync client that made a conflict copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SyncClient {
    /// Syncthing: `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE…`.
    Syncthing,
    /// Dropbox: `NAME (… conflicted copy YYYY-MM-DD…)…`.
    Dropbox,
    /// OneDrive: `NAME-HOSTNAME.glosa.ron`.
    OneDrive,
}

impl fmt::Display for SyncClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Syncthing => "Syncthing",
            Self::Dropbox => "Dropbox",
            Self::OneDrive => "OneDrive",
        })
    }
}

/// A conflict copy found beside an annotation file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ConflictCopy {
    /// The copy's path (in the annotation file's folder).
    pub path: PathBuf,
    /// Who made it.
    pub client: SyncClient,
}

/// Whether the file named `candidate` looks like a sync client's conflict copy of
/// the annotation file named `original` (file names only, no folders), and whose.
/// Pure: a [`SyncClient::OneDrive`] answer is only a name match, which
/// [`find_conflict_copies`] confirms by content. `None` when `original` does not
/// end in `.glosa.ron`, when the names are equal, or for hidden names.
pub fn conflict_copy_of(original: &str, candidate: &str) -> Option<SyncClient> {
    let stem = original.strip_suffix(EXTENSION).filter(|s| !s.is_empty())?;
    if candidate == original || candidate.starts_with('.') || !candidate.starts_with(stem) {
        return None;
    }
    let stem = regex::escape(stem);
    let patterns = [
        (SyncClient::Syncthing, format!(r"^{stem}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Za-z0-9]+\.glosa\.ron$")),
        (SyncClient::Syncthing, format!(r"^{stem}\.glosa\.sync-conflict-\d{{8}}-\d{{6}}-[A-Za-z0-9]+\.ron$")),
        (SyncClient::Dropbox, format!(r"^{stem} \(([^()]*)\)(?: \(\d+\))?\.glosa\.ron$")),
        (SyncClient::Dropbox, format!(r"^{stem}\.glosa \(([^()]*)\)(?: \(\d+\))?\.ron$")),
        (SyncClient::OneDrive, format!(r"^{stem}-[A-Za-z0-9][A-Za-z0-9-]{{0,62}}\.glosa\.ron$")),
    ];
    for (client, pattern) in patterns {
        let Ok(re) = Regex::new(&pattern) else { continue };
        let Some(found) = re.captures(candidate) else { continue };
        if client == SyncClient::Dropbox {
            let inside = found.get(1).map_or("", |m| m.as_str());
            if !dropbox_marker(inside) {
                continue;
            }
        }
        return Some(client);
    }
    None
}

/// Whether the text inside Dropbox's parentheses is a conflict marker: a
/// `YYYY-MM-DD` date and some wording (at least one letter, in any script).
fn dropbox_marker(inside: &str) -> bool {
    static DATE: std::sync::OnceLock<Option<Regex>> = std::sync::OnceLock::new();
    let date = DATE.get_or_init(|| Regex::new(r"(^|[^0-9])\d{4}-\d{2}-\d{2}([^0-9]|$)").ok());
    date.as_ref().is_some_and(|re| re.is_match(inside)) && inside.chars().any(char::is_alphabetic)
}

/// The sync clients' conflict copies beside the annotation file at
/// `annotation_path` (which need not exist, except for OneDrive copies), sorted
/// by path. A OneDrive-looking name counts only when the annotation file exists
/// and the copy reads as an annotation file for the same document (same
/// fingerprint, or the same stored document path). Unreadable folders give an
/// empty list; copies that do not parse are still listed (merging them then
/// names the file and why), except OneDrive-looking ones.
pub fn find_conflict_copies(annotation_path: &Path) -> Vec<ConflictCopy> {
    let Some(original) = annotation_path.file_name().and_then(|n| n.to_str()) else {
        return Vec::new();
    };
    let folder = match annotation_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut original_ref = None;
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(client) = conflict_copy_of(original, name) else { continue };
        if !entry.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()) {
            continue;
        }
        let path = folder.join(name);
        if client == SyncClient::OneDrive {
            let original_ref = original_ref.get_or_insert_with(|| annotations::load(annotation_path).ok());
            let Some(original_ref) = original_ref.as_ref().map(|f| &f.document) else { continue };
            let same = annotations::load(&path).is_ok_and(|copy| {
                copy.document.fingerprint == original_ref.fingerprint || copy.document.path == original_ref.path
            });
            if !same {
                continue;
            }
        }
        found.push(ConflictCopy { path, client });
    }
    found.sort();
    found
}

/// Moves a merged conflict copy into the [`MERGED_FOLDER`] beside it (made if
/// needed), never over an existing file: a name taken there gets a `2-`, `3-`…
/// prefix. Returns where it went.
///
/// # Errors
/// The folder cannot be made or the file cannot be moved (then it stays where it
/// was).
pub fn move_to_merged(copy: &Path) -> io::Result<PathBuf> {
    let name = copy.file_name().ok_or_else(|| io::Error::other("not a file"))?;
    let folder = match copy.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.join(MERGED_FOLDER),
        _ => PathBuf::from(MERGED_FOLDER),
    };
    fs::create_dir_all(&folder)?;
    for n in 1..=1000 {
        let target = if n == 1 { folder.join(name) } else { folder.join(format!("{n}-{}", name.to_string_lossy())) };
        // A hard link fails rather than replace an existing file.
        match fs::hard_link(copy, &target) {
            Ok(()) => {
                fs::remove_file(copy)?;
                return Ok(target);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(_) if !target.exists() => {
                // No hard links on this file system (some network and FAT drives).
                fs::rename(copy, &target)?;
                return Ok(target);
            }
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(format!("too many merged copies in {}", folder.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "Túnez ¶35 informe.glosa.ron";

    #[test]
    fn syncthing_copies_in_both_forms_with_accents_and_spaces() {
        let of = |c| conflict_copy_of(FILE, c);
        assert_eq!(
            of("Túnez ¶35 informe.glosa.sync-conflict-20260105-093012-7XQ4ZPL.ron"),
            Some(SyncClient::Syncthing)
        );
        assert_eq!(
            of("Túnez ¶35 informe.sync-conflict-20260105-093012-7XQ4ZPL.glosa.ron"),
            Some(SyncClient::Syncthing)
        );
        // The date and time must be there, whole.
        assert_eq!(of("Túnez ¶35 informe.sync-conflict-2026015-093012-7XQ4ZPL.glosa.ron"), None);
        // Another file's copy is not this file's.
        assert_eq!(of("Túnez ¶36 informe.sync-conflict-20260105-093012-7XQ4ZPL.glosa.ron"), None);
    }

    #[test]
    fn dropbox_copies_in_several_languages() {
        let of = |c| conflict_copy_of("wsis-cjk-分析.glosa.ron", c);
        for name in [
            "wsis-cjk-分析 (Ana's conflicted copy 2026-01-05).glosa.ron",
            "wsis-cjk-分析 (conflicted copy 2026-01-05 093012).glosa.ron",
            "wsis-cjk-分析 (Konflikt-Kopie von Ana 2026-01-05).glosa.ron",
            "wsis-cjk-分析 (copie en conflit de María José 2026-01-05).glosa.ron",
            "wsis-cjk-分析 (競合コピー 2026-01-05).glosa.ron",
            "wsis-cjk-分析.glosa (Ana's conflicted copy 2026-01-05).ron",
            "wsis-cjk-分析 (Ana's conflicted copy 2026-01-05) (1).glosa.ron",
        ] {
            assert_eq!(of(name), Some(SyncClient::Dropbox), "{name}");
        }
        // A dated copy the user made is not a conflict copy: no wording.
        assert_eq!(of("wsis-cjk-分析 (2026-01-05).glosa.ron"), None);
        // Wording without a date neither.
        assert_eq!(of("wsis-cjk-分析 (copia de Ana).glosa.ron"), None);
    }

    #[test]
    fn onedrive_names_and_what_is_never_a_copy() {
        assert_eq!(conflict_copy_of(FILE, "Túnez ¶35 informe-LAPTOP-ANA.glosa.ron"), Some(SyncClient::OneDrive));
        assert_eq!(conflict_copy_of(FILE, "Túnez ¶35 informe-DESKTOP-7H2K9.glosa.ron"), Some(SyncClient::OneDrive));
        assert_eq!(conflict_copy_of(FILE, "Túnez ¶35 informe-.glosa.ron"), None);
        assert_eq!(conflict_copy_of(FILE, FILE), None);
        assert_eq!(conflict_copy_of(FILE, ".Túnez ¶35 informe.glosa.ron.recovery"), None);
        assert_eq!(conflict_copy_of(FILE, ".Túnez ¶35 informe-LAPTOP.glosa.ron"), None);
        assert_eq!(conflict_copy_of(FILE, "Túnez ¶35 informe.glosa.ron.bak"), None);
        assert_eq!(conflict_copy_of("notes.txt", "notes (conflicted copy 2026-01-05).txt"), None);
        // Regex characters in the name are literal.
        assert_eq!(conflict_copy_of("a+b (1).glosa.ron", "aab (1)-PC.glosa.ron"), None);
        assert_eq!(conflict_copy_of("a+b (1).glosa.ron", "a+b (1)-PC.glosa.ron"), Some(SyncClient::OneDrive));
    }

    #[test]
    fn moving_never_replaces_a_file_already_in_the_merged_folder() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let copy = dir.path().join("x (conflicted copy 2026-01-05).glosa.ron");
        fs::write(&copy, "first").unwrap_or_else(|e| panic!("{e}"));
        let first = move_to_merged(&copy).unwrap_or_else(|e| panic!("{e}"));
        fs::write(&copy, "second").unwrap_or_else(|e| panic!("{e}"));
        let second = move_to_merged(&copy).unwrap_or_else(|e| panic!("{e}"));
        assert!(!copy.exists());
        assert_eq!(fs::read_to_string(&first).ok().as_deref(), Some("first"));
        assert_eq!(fs::read_to_string(&second).ok().as_deref(), Some("second"));
        assert_eq!(second.file_name().and_then(|n| n.to_str()), Some("2-x (conflicted copy 2026-01-05).glosa.ron"));
        assert_eq!(first.parent(), Some(dir.path().join(MERGED_FOLDER).as_path()));
    }
}
