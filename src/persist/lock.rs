//! The lock that serialises every read-merge-write of an annotation file.
//!
//! Beside `NAME.glosa.ron` (after following symlinks, so that every path to a
//! shared file uses one lock) lies the hidden lock file `.NAME.glosa.ron.lock`. It
//! never ends in `.glosa.ron`, so it is never mistaken for an annotation file, and
//! it is never deleted (deleting a lock file lets two processes lock two different
//! files under one name).
//!
//! The lock is an OS advisory lock on that file: `flock(2)` on Unix (which Linux
//! maps to POSIX byte-range locks on NFS, so it works across NFS clients),
//! `LockFileEx` on Windows, through the standard library's `File::lock` family
//! (stable since Rust 1.89; the same calls `fs4` and `fd-lock` make). The
//! operating system releases it when its holder exits or is killed, so a stale
//! lock file never blocks anyone. It is held only while an annotation file is
//! re-read, merged and written — milliseconds — never while a user thinks.
//!
//! While holding the lock, a writer records its process ID in the lock file (for
//! messages only); writing also sets the lock file's modification time by the
//! file system's own clock, which is what "older than the lock holder" means for
//! the cleanup of leftover temporary files (see
//! [`super::annotations::write_locked`]).

use std::fs;
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::files::resolve_symlinks;

/// How long [`AnnotationLock::acquire`] waits by default for another writer.
/// Writers hold the lock for milliseconds; waiting this long means the holder is
/// stuck (a hung network share) rather than busy.
pub const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_secs(30);

/// Why the lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another process held it for the whole timeout.
    #[error("another program is saving this file (waited {:.1} s for its lock {})", waited.as_secs_f64(), lock.display())]
    TimedOut {
        /// How long we waited.
        waited: Duration,
        /// The lock file.
        lock: PathBuf,
    },
    /// The lock file could not be created or locked (a file system without
    /// locks).
    #[error("cannot lock {}: {source}", lock.display())]
    Io {
        /// The lock file.
        lock: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// There is no lock file and none can be made in the annotation file's
    /// folder: nothing can be saved there (a folder the user may not write in,
    /// a read-only file system, a "folder" that is a file or does not exist).
    #[error("cannot write in {} ({})", folder.display(), io_words(source))]
    Folder {
        /// The folder.
        folder: PathBuf,
        /// Why the lock file could not be made there.
        source: std::io::Error,
    },
}

/// An operating-system error in a few lower-case English words for the common
/// kinds a folder refuses a new file with (`permission denied`), as the system
/// words it otherwise.
fn io_words(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "read-only file system".to_owned(),
        ErrorKind::NotADirectory => "not a folder".to_owned(),
        ErrorKind::NotFound => "it does not exist".to_owned(),
        _ => error.to_string(),
    }
}

/// The lock file of the annotation file at `annotation_path` (after following
/// symlinks): `.NAME.lock` in the same folder.
pub fn lock_path(annotation_path: &Path) -> PathBuf {
    let target = resolve_symlinks(annotation_path);
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    target.with_file_name(format!(".{name}.lock"))
}

/// An exclusive lock on an annotation file, held until dropped.
#[derive(Debug)]
pub struct AnnotationLock {
    file: fs::File,
    lock_path: PathBuf,
    target: PathBuf,
    acquired: SystemTime,
}

impl AnnotationLock {
    /// Locks the annotation file at `annotation_path` (following symlinks),
    /// waiting up to `timeout` for another holder.
    ///
    /// # Errors
    /// [`LockError::TimedOut`] after `timeout`; [`LockError::Folder`] when there
    /// is no lock file and the folder refuses a new one (read-only, missing, a
    /// file); [`LockError::Io`] when the lock file cannot be opened or locked.
    pub fn acquire(annotation_path: &Path, timeout: Duration) -> Result<Self, LockError> {
        use std::io::ErrorKind;
        let target = resolve_symlinks(annotation_path);
        let lock_path = lock_path(&target);
        let io = |source| LockError::Io { lock: lock_path.clone(), source };
        let folder = |source| {
            let folder = match lock_path.parent() {
                Some(folder) if !folder.as_os_str().is_empty() => folder.to_owned(),
                _ => PathBuf::from("."),
            };
            LockError::Folder { folder, source }
        };
        let mut file = match fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&lock_path)
        {
            Ok(file) => file,
            // Someone else's lock file we may not write: locking needs only a
            // handle. No lock file at all: the folder refused to make one.
            Err(e) if matches!(e.kind(), ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem) => {
                match fs::File::open(&lock_path) {
                    Ok(file) => file,
                    Err(missing) if missing.kind() == ErrorKind::NotFound => return Err(folder(e)),
                    Err(other) => return Err(io(other)),
                }
            }
            Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => return Err(folder(e)),
            Err(e) => return Err(io(e)),
        };
        let started = Instant::now();
        let mut pause = Duration::from_micros(500);
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) => {
                    let waited = started.elapsed();
                    if waited >= timeout {
                        return Err(LockError::TimedOut { waited, lock: lock_path });
                    }
                    std::thread::sleep(pause.min(timeout.saturating_sub(waited)));
                    pause = (pause * 2).min(Duration::from_millis(20));
                }
                Err(fs::TryLockError::Error(e)) => return Err(io(e)),
            }
        }
        // Who holds it, for people looking; this also stamps the lock file with the
        // file system's clock. Failing to write (read-only handle) is harmless.
        let _ = file
            .set_len(0)
            .and_then(|()| file.rewind())
            .and_then(|()| writeln!(file, "glosa pid {}", std::process::id()))
            .and_then(|()| file.flush());
        let acquired = file.metadata().and_then(|m| m.modified()).unwrap_or_else(|_| SystemTime::now());
        Ok(Self { file, lock_path, target, acquired })
    }

    /// The annotation file this lock protects, symlinks followed: where to read
    /// and write.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// The lock file.
    pub fn lock_path(&self) -> &Path {
        &self.lock_path
    }

    /// When the lock was taken, by the file system's clock (the lock file's
    /// modification time).
    pub fn acquired(&self) -> SystemTime {
        self.acquired
    }
}

impl Drop for AnnotationLock {
    fn drop(&mut self) {
        // Closing the handle releases the lock too; unlocking first makes it
        // immediate even if the handle were duplicated.
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_file_is_hidden_beside_the_file_and_is_no_annotation_file() {
        let path = lock_path(Path::new("/shared/team/brief.glosa.ron"));
        assert_eq!(path, Path::new("/shared/team/.brief.glosa.ron.lock"));
        assert!(!path.to_string_lossy().ends_with(".glosa.ron"));
    }

    #[test]
    fn a_folder_that_refuses_the_lock_file_is_named_with_the_reason() {
        // A "folder" that is a file refuses a new file whoever runs the test
        // (root included, for whom a read-only folder is writable).
        let dir = tempfile::tempdir().unwrap();
        let not_a_folder = dir.path().join("notes.txt");
        fs::write(&not_a_folder, "text").unwrap();
        let error = AnnotationLock::acquire(&not_a_folder.join("x.glosa.ron"), Duration::from_millis(50)).unwrap_err();
        assert!(matches!(&error, LockError::Folder { folder, .. } if *folder == not_a_folder), "{error:?}");
        assert_eq!(error.to_string(), format!("cannot write in {} (not a folder)", not_a_folder.display()));
        // A missing folder.
        let missing = dir.path().join("gone");
        let error = AnnotationLock::acquire(&missing.join("x.glosa.ron"), Duration::from_millis(50)).unwrap_err();
        assert_eq!(error.to_string(), format!("cannot write in {} (it does not exist)", missing.display()));
    }

    #[test]
    fn a_second_locker_waits_and_times_out_and_a_released_lock_is_free() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.glosa.ron");
        let first = AnnotationLock::acquire(&file, Duration::from_secs(1)).unwrap();
        assert!(first.lock_path().exists());
        let second = AnnotationLock::acquire(&file, Duration::from_millis(50));
        assert!(matches!(second, Err(LockError::TimedOut { .. })), "{second:?}");
        drop(first);
        let third = AnnotationLock::acquire(&file, Duration::from_millis(50)).unwrap();
        assert_eq!(third.target(), file);
        assert!(fs::read_to_string(third.lock_path()).unwrap().starts_with("glosa pid "));
    }
}
