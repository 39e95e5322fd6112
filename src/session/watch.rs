//! Watching open annotation files for changes made by other programs: a sync
//! client, a colleague's Glosa, `git pull`, an editor (issue 7 §2).
//!
//! A [`FileWatcher`] watches the *folder* of each file (not the file: a save by
//! Glosa or a sync client renames a new file over the old one, which a watch on
//! the old file would miss) with the `notify` crate, on its own thread. Events are
//! kept for the frame loop to [`FileWatcher::poll`], and each one calls the
//! `wake` function given at creation (the app asks for a repaint), so nothing is
//! polled on a timer. An event only says "look again": whether the file really
//! changed is decided by content ([`crate::session::Session::check_disk`]), so the
//! events of Glosa's own saves, and of the `.bak`, lock and temp files beside the
//! annotation file, change nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use notify::{RecursiveMode, Watcher};

/// Why files cannot be watched for changes by other programs (changes are then
/// still found before every save and when the window gets the focus).
/// `Display` is the English line the CLI and logs print.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The platform's watcher could not start.
    #[error("cannot watch files for changes by other programs ({0})")]
    Start(notify::Error),
    /// A folder could not be watched.
    #[error("cannot watch the folder for changes by other programs ({source}): {}", folder.display())]
    Folder {
        /// The folder.
        folder: PathBuf,
        /// Why.
        source: notify::Error,
    },
}

/// Watches a set of files (through their folders) and reports which were touched.
pub struct FileWatcher {
    /// `None` when the platform's watcher could not start (then [`FileWatcher::take_error`] says why).
    watcher: Option<notify::RecommendedWatcher>,
    events: Receiver<PathBuf>,
    /// Watched folders (real paths), with the files watched in each (real paths).
    folders: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
    /// Why watching does not work, if it does not (shown once, then changes are
    /// still found before every save and when the window gets the focus).
    error: Option<WatchError>,
    /// Other files touched in the watched folders since the last
    /// [`FileWatcher::take_others`] (a sync client's conflict copy appearing).
    others: BTreeSet<PathBuf>,
}

impl FileWatcher {
    /// A watcher watching nothing yet; `wake` is called (from the watcher's thread)
    /// after every event, e.g. to repaint the window so that it polls.
    pub fn new(wake: impl Fn() + Send + 'static) -> Self {
        let (sender, events): (Sender<PathBuf>, Receiver<PathBuf>) = channel();
        let handler = move |result: notify::Result<notify::Event>| {
            if let Ok(event) = result {
                // Reading a file (as `check_disk` does) is an event too: waking on
                // it would make every look cause another.
                if matches!(event.kind, notify::EventKind::Access(_)) {
                    return;
                }
                // Glosa's own side files (temporary, lock, journal and backup
                // files) change nothing the frame loop looks at: no wake for them,
                // or every save and journal write would cause more frames.
                let paths: Vec<PathBuf> = event.paths.into_iter().filter(|p| !is_side_file(p)).collect();
                if paths.is_empty() {
                    return;
                }
                for path in paths {
                    let _ = sender.send(path);
                }
                wake();
            }
        };
        match notify::recommended_watcher(handler) {
            Ok(watcher) => {
                Self { watcher: Some(watcher), events, folders: BTreeMap::new(), error: None, others: BTreeSet::new() }
            }
            Err(e) => {
                let (_, events) = channel();
                Self {
                    watcher: None,
                    events,
                    folders: BTreeMap::new(),
                    error: Some(WatchError::Start(e)),
                    others: BTreeSet::new(),
                }
            }
        }
    }

    /// Watches exactly `files` from now on (symlinks followed: give the files as
    /// they finally are, e.g. [`crate::workspace::Workspace::disk_path`]); folders
    /// no longer needed are unwatched. A file need not exist yet; its folder must.
    pub fn watch_only(&mut self, files: &[PathBuf]) {
        let mut wanted: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
        for file in files {
            if let Some((folder, real)) = real_location(file) {
                wanted.entry(folder).or_default().insert(real);
            }
        }
        let Some(watcher) = self.watcher.as_mut() else {
            self.folders = wanted;
            return;
        };
        for folder in self.folders.keys().filter(|f| !wanted.contains_key(*f)) {
            let _ = watcher.unwatch(folder);
        }
        for folder in wanted.keys().filter(|f| !self.folders.contains_key(*f)) {
            if let Err(source) = watcher.watch(folder, RecursiveMode::NonRecursive) {
                self.error = Some(WatchError::Folder { folder: folder.clone(), source });
            }
        }
        self.folders = wanted;
    }

    /// The watched files touched since the last poll (as given to
    /// [`FileWatcher::watch_only`], real paths), each once, sorted.
    pub fn poll(&mut self) -> Vec<PathBuf> {
        let mut touched = BTreeSet::new();
        while let Ok(path) = self.events.try_recv() {
            let Some(folder) = path.parent() else { continue };
            if let Some(files) = self.folders.get(folder) {
                if files.contains(&path) {
                    touched.insert(path);
                } else {
                    self.others.insert(path);
                }
            }
        }
        touched.into_iter().collect()
    }

    /// The other files touched in the watched folders (not the watched files
    /// themselves) since the last call, each once, sorted: e.g. a sync client's
    /// conflict copy appearing beside a watched file. Filled by
    /// [`FileWatcher::poll`].
    pub fn take_others(&mut self) -> Vec<PathBuf> {
        std::mem::take(&mut self.others).into_iter().collect()
    }

    /// Why watching does not work here, once (then `None`).
    pub fn take_error(&mut self) -> Option<WatchError> {
        self.error.take()
    }
}

/// Whether `path` names one of the files Glosa writes beside an annotation file
/// `NAME`: temporary files `.NAME.*.tmp`, the lock `.NAME.lock`, the recovery
/// journal `.NAME.recovery` ([`crate::persist::journal::JOURNAL_SUFFIX`]) and the
/// backup `NAME.bak` (Glosa writes these names in lower case).
pub fn is_side_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return false };
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
    extension == "bak" || (name.starts_with('.') && matches!(extension, "tmp" | "lock" | "recovery"))
}

/// The real path of `file`'s folder (symlinks resolved) and the file in it, as
/// the watcher reports events: `(folder, folder/name)`.
pub fn real_location(file: &Path) -> Option<(PathBuf, PathBuf)> {
    let name = file.file_name()?;
    let folder = match file.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let folder = std::fs::canonicalize(folder).ok()?;
    let real = folder.join(name);
    Some((folder, real))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::is_side_file;

    #[test]
    fn glosa_side_files_are_told_from_annotation_files_and_sync_copies() {
        for side in [
            "/d/.brief.glosa.ron.save-Ab12Cd.tmp",
            "/d/.brief.glosa.ron.lock",
            "/d/.brief.glosa.ron.recovery",
            "/d/brief.glosa.ron.bak",
        ] {
            assert!(is_side_file(Path::new(side)), "{side}");
        }
        for file in
            ["/d/brief.glosa.ron", "/d/brief.sync-conflict-20261201-101010-ABCDEFG.glosa.ron", "/d/.hidden.glosa.ron"]
        {
            assert!(!is_side_file(Path::new(file)), "{file}");
        }
    }
}
