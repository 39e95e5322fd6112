//! File-system helpers every reader and writer of user files goes through: reading
//! only regular files (never a FIFO, a device or a directory, which could hang or
//! flood a reader), following a symlinked annotation file to the file it names,
//! identifying what was read by its content, and telling whether two paths are the
//! same file (by device and inode, or the Windows file index, via `same-file`),
//! whatever their names.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a path names when it is not a regular file.
/// Why a file is not a Glosa file of the kind expected (an annotation file, a
/// project file): something else was given. `Display` is the English reason.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ForeignWhy {
    /// The text does not start as a RON structure; its first characters.
    #[error("it starts with “{0}”, not “(”")]
    StartsWith(String),
    /// Its `format` field names another format.
    #[error("its format is `{0}`")]
    Format(String),
    /// It has no `format` field; the format expected.
    #[error("no `format: \"{0}\"` field")]
    NoFormat(&'static str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A directory.
    Directory,
    /// A named pipe (FIFO): reading it waits for a writer, possibly forever.
    Fifo,
    /// A socket.
    Socket,
    /// A character device such as `/dev/stdin`, `/dev/zero` or a terminal.
    CharDevice,
    /// A block device (a disk).
    BlockDevice,
    /// Anything else that is not a regular file.
    Other,
}

impl FileKind {
    fn of(file_type: fs::FileType) -> Self {
        if file_type.is_dir() {
            return Self::Directory;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return Self::Fifo;
            }
            if file_type.is_socket() {
                return Self::Socket;
            }
            if file_type.is_char_device() {
                return Self::CharDevice;
            }
            if file_type.is_block_device() {
                return Self::BlockDevice;
            }
        }
        Self::Other
    }

    /// `a directory`, `a named pipe (FIFO)`, …: for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Directory => "a directory",
            Self::Fifo => "a named pipe (FIFO)",
            Self::Socket => "a socket",
            Self::CharDevice => "a device",
            Self::BlockDevice => "a disk device",
            Self::Other => "not a regular file",
        }
    }
}

/// Why [`read_regular`] read nothing.
#[derive(Debug, thiserror::Error)]
pub enum ReadFileError {
    /// No such file.
    #[error("no such file")]
    NotFound,
    /// Not a regular file (after following symlinks).
    #[error("is {}, not a file", .0.describe())]
    NotRegular(FileKind),
    /// Larger than the limit the caller gave, in bytes.
    #[error("file is {size} bytes, over the limit")]
    TooLarge {
        /// The file's size (or the bytes read before giving up), in bytes.
        size: u64,
    },
    /// The operating system refused.
    #[error("{0}")]
    Io(std::io::Error),
}

impl From<std::io::Error> for ReadFileError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::NotFound { Self::NotFound } else { Self::Io(e) }
    }
}

/// The bytes of the regular file at `path` (symlinks followed), at most
/// `max_bytes` of them, with the file's metadata as it was when opened.
///
/// The file is opened without blocking (`O_NONBLOCK` on Unix, so opening a FIFO
/// cannot wait for a writer) and its type is checked on the opened handle, so a
/// path swapped for a FIFO or a device between a check and the open is still
/// refused. A file that grows past `max_bytes` while being read is refused too.
///
/// # Errors
/// See [`ReadFileError`].
pub fn read_regular(path: &Path, max_bytes: u64) -> Result<(Vec<u8>, fs::Metadata), ReadFileError> {
    // A first look without opening: a directory or FIFO is refused before `open`.
    let before = fs::metadata(path)?;
    if !before.is_file() {
        return Err(ReadFileError::NotRegular(FileKind::of(before.file_type())));
    }
    if before.len() > max_bytes {
        return Err(ReadFileError::TooLarge { size: before.len() });
    }
    let file = open_nonblocking(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(ReadFileError::NotRegular(FileKind::of(metadata.file_type())));
    }
    if metadata.len() > max_bytes {
        return Err(ReadFileError::TooLarge { size: metadata.len() });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        return Err(ReadFileError::TooLarge { size: bytes.len() as u64 });
    }
    Ok((bytes, metadata))
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<fs::File> {
    fs::File::open(path)
}

/// Most symlinks followed before giving up (Linux's `MAXSYMLINKS`).
const MAX_SYMLINKS: usize = 40;

/// The file `path` finally names when its last component is a symlink (to a
/// symlink…): where a save must write so that the shared file behind the link is
/// updated rather than the link replaced by a regular file. `path` itself when it
/// is not a symlink, does not exist, or the chain is longer than 40 links. The
/// target need not exist (a dangling link is followed to the file it would
/// create). Folders along the way are not resolved: renaming in them is the same
/// whatever their name.
pub fn resolve_symlinks(path: &Path) -> PathBuf {
    let mut current = path.to_owned();
    for _ in 0..MAX_SYMLINKS {
        let is_link = fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return current;
        }
        let Ok(target) = fs::read_link(&current) else {
            return current;
        };
        current = if target.is_absolute() {
            target
        } else {
            current.parent().map_or_else(|| target.clone(), |parent| parent.join(&target))
        };
    }
    path.to_owned()
}

/// What was read from (or written to) a file, identified by its content: the
/// BLAKE3 hash of the exact bytes, with their length and the modification time the
/// file had then.
///
/// Two reads of a file are the same content iff their hashes are equal. The length
/// is a fast pre-check (a different length is a different content, without
/// reading); the modification time is kept for display only, because tools that
/// copy with `cp -p`, `rsync -t` or a sync client keep it while the content changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ContentId {
    /// Length in bytes.
    pub len: u64,
    /// BLAKE3 hash of the bytes.
    pub hash: [u8; 32],
    /// The file's modification time when it was read or written, if known.
    pub modified: Option<SystemTime>,
}

impl ContentId {
    /// The identity of `bytes`, read from a file whose modification time was
    /// `modified`.
    pub fn of(bytes: &[u8], modified: Option<SystemTime>) -> Self {
        Self { len: bytes.len() as u64, hash: *blake3::hash(bytes).as_bytes(), modified }
    }

    /// Whether `self` and `other` are the same bytes (modification times aside).
    pub fn same_content(&self, other: &ContentId) -> bool {
        self.len == other.len && self.hash == other.hash
    }

    /// The hash as 64 lower-case hex digits.
    pub fn hash_hex(&self) -> String {
        blake3::Hash::from(self.hash).to_hex().to_string()
    }
}

/// Whether `a` and `b` are the same file on disk (same device and inode on Unix,
/// same volume and file index on Windows), following symlinks: a hard link or a
/// symlink to a file is the same file as the file. `false` when either does not
/// exist or cannot be opened.
pub fn same_file(a: &Path, b: &Path) -> bool {
    same_file::is_same_file(a, b).unwrap_or(false)
}

/// The first of `protected` that `output` is (by file identity, see [`same_file`]),
/// or that `output` names textually (for protected paths that do not exist yet).
pub fn clobbers<'p>(output: &Path, protected: &'p [PathBuf]) -> Option<&'p PathBuf> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
    protected.iter().find(|p| same_file(output, p) || absolute(output) == absolute(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_ids_differ_for_same_size_edits() {
        let a = ContentId::of(b"note: AAAA", None);
        let b = ContentId::of(b"note: BBBB", a.modified);
        assert_eq!(a.len, b.len);
        assert!(!a.same_content(&b));
        assert!(a.same_content(&ContentId::of(b"note: AAAA", Some(SystemTime::UNIX_EPOCH))));
        assert_eq!(a.hash_hex().len(), 64);
    }

    #[cfg(unix)]
    #[test]
    fn fifos_devices_and_directories_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let status = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(status.success());
        assert!(matches!(read_regular(&fifo, 100), Err(ReadFileError::NotRegular(FileKind::Fifo))));
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), 100),
            Err(ReadFileError::NotRegular(FileKind::CharDevice))
        ));
        assert!(matches!(read_regular(dir.path(), 100), Err(ReadFileError::NotRegular(FileKind::Directory))));
        assert!(matches!(read_regular(&dir.path().join("none"), 100), Err(ReadFileError::NotFound)));
        let file = dir.path().join("a.txt");
        fs::write(&file, "0123456789").unwrap();
        assert_eq!(read_regular(&file, 10).unwrap().0, b"0123456789");
        assert!(matches!(read_regular(&file, 9), Err(ReadFileError::TooLarge { size: 10 })));
    }

    #[cfg(unix)]
    #[test]
    fn symlink_chains_are_followed_to_the_file_they_name() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        fs::create_dir(&shared).unwrap();
        let target = shared.join("team.glosa.ron");
        let link = dir.path().join("mine.glosa.ron");
        let link2 = dir.path().join("again.glosa.ron");
        std::os::unix::fs::symlink("shared/team.glosa.ron", &link).unwrap();
        std::os::unix::fs::symlink(&link, &link2).unwrap();
        // Dangling: the file it names does not exist yet.
        assert_eq!(resolve_symlinks(&link2), dir.path().join("shared/team.glosa.ron"));
        fs::write(&target, "x").unwrap();
        assert_eq!(resolve_symlinks(&link), target.clone());
        assert_eq!(resolve_symlinks(&target), target);
        // A loop gives the path back unchanged.
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        assert_eq!(resolve_symlinks(&a), a);
    }

    #[cfg(unix)]
    #[test]
    fn hard_links_and_symlinks_are_the_same_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.glosa.ron");
        fs::write(&file, "x").unwrap();
        let hard = dir.path().join("report.csv");
        fs::hard_link(&file, &hard).unwrap();
        let soft = dir.path().join("soft.csv");
        std::os::unix::fs::symlink(&file, &soft).unwrap();
        let other = dir.path().join("other.csv");
        fs::write(&other, "x").unwrap();
        let protected = [file.clone()];
        assert_eq!(clobbers(&hard, &protected), Some(&file));
        assert_eq!(clobbers(&soft, &protected), Some(&file));
        assert_eq!(clobbers(&other, &protected), None);
        let missing = [dir.path().join("x.bak")];
        assert_eq!(clobbers(&dir.path().join("x.bak"), &missing), Some(&missing[0]));
    }
}
