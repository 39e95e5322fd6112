//! The app state and the commands that change it.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use egui::{Key, KeyboardShortcut, Modifiers};
use serde::{Deserialize, Serialize};

use super::dialogs::{DialogKind, Dialogs, ExportChoice};
use super::highlights::HighlightIndex;
use super::panels::{self, ListFilter};
use super::selection::Selection;
use super::theme;
use super::view::{DocumentView, SearchHit, ViewContext, ViewEvent};
use crate::export::{self, ExportSource};
use crate::model::anchor::{AnchorStatus, Anchorer, AnnotationAnchor};
use crate::model::edit::{delete_tag, toggle_tag};
use crate::model::{Annotation, AnnotationId, Edit, History, Tag, TagId};
use crate::persist::annotations::{self, EXTENSION};
use crate::workspace::{self, Workspace};

/// The bundled sample document, relative to the resource root.
pub const SAMPLE_DOCUMENT: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
/// Its example annotations, relative to the resource root.
pub const SAMPLE_ANNOTATIONS: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";
/// How many recent files File ▸ Open Recent lists.
const RECENT_LIMIT: usize = 10;
/// eframe storage key of [`Settings`].
const SETTINGS_KEY: &str = "glosa-settings";

/// What to open at start (from the command line).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StartArgs {
    /// A document or an annotation file (`*.glosa.ron`); `None`: the bundled sample.
    pub file: Option<PathBuf>,
    /// The annotation file to use with the document (created on first save).
    pub annotations: Option<PathBuf>,
}

/// Preferences kept between sessions.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Dark theme.
    pub dark_mode: bool,
    /// Body text size in points.
    pub font_size: f32,
    /// Recently opened documents and annotation files, newest first.
    pub recent: Vec<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Self { dark_mode: false, font_size: theme::DEFAULT_FONT_SIZE, recent: Vec::new() }
    }
}

/// Something the user asked for; applied after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Open a document (and the annotation file that belongs to it).
    OpenDocument(PathBuf),
    /// Open an annotation file and its document.
    OpenAnnotations(PathBuf),
    /// Show a file dialog.
    Dialog(DialogKind),
    /// Save the annotations (Save As if they have no file yet).
    Save,
    /// Save the annotations to this path from now on.
    SaveAs(PathBuf),
    /// Export excerpts.
    Export(PathBuf, ExportChoice),
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// The tag key or button: highlight the selection with the tag, or toggle the
    /// tag on the selected annotation.
    ApplyTag(TagId),
    /// Delete the selected annotation.
    DeleteSelected,
    /// Replace an annotation's note (typing merges into one undo step).
    SetNote(AnnotationId, String),
    /// Select an annotation (and scroll to it).
    SelectAnnotation(Option<AnnotationId>, bool),
    /// Show or hide a tag's highlights.
    ToggleTagVisibility(TagId),
    /// Add a tag.
    AddTag(Tag),
    /// Change a tag's label, colour, description or shortcut.
    UpdateTag(Tag),
    /// Delete a tag (asked and confirmed before).
    DeleteTag(TagId),
    /// Move a tag up (-1) or down (+1) in the palette.
    MoveTag(TagId, isize),
    /// Highlight every search hit with a tag.
    TagAllHits(TagId),
    /// Copy the selection to the clipboard.
    Copy,
    /// Change the text size by this many points.
    FontSize(f32),
    /// Switch light / dark theme.
    ToggleTheme,
}

/// A document with its annotations, as open in the window.
pub struct OpenDocument {
    /// Document, annotation set, paths.
    pub workspace: Workspace,
    /// Undo and redo.
    pub history: History,
    /// Where each annotation is in the document now.
    pub anchors: HashMap<AnnotationId, AnnotationAnchor>,
    /// Each annotation's status.
    pub statuses: HashMap<AnnotationId, AnchorStatus>,
    /// Highlights by paragraph.
    pub highlights: HighlightIndex,
    /// Annotations in document order.
    pub order: Vec<AnnotationId>,
    /// Annotations per tag.
    pub tag_counts: HashMap<TagId, usize>,
    /// Annotations that are moved or orphaned.
    pub review_count: usize,
    /// Bumped whenever the annotations or the tag set change (for caches).
    pub version: u64,
    /// Unsaved changes.
    pub dirty: bool,
    /// The annotation file path was chosen by the user (or came with the file).
    pub has_file: bool,
}

impl OpenDocument {
    fn new(workspace: Workspace, has_file: bool) -> Self {
        let anchorer = Anchorer::new(&workspace.document);
        let anchors: HashMap<AnnotationId, AnnotationAnchor> =
            workspace.set.annotations.iter().map(|a| (a.id, anchorer.resolve(a))).collect();
        let mut open = Self {
            workspace,
            history: History::default(),
            anchors,
            statuses: HashMap::new(),
            highlights: HighlightIndex::default(),
            order: Vec::new(),
            tag_counts: HashMap::new(),
            review_count: 0,
            version: 0,
            dirty: false,
            has_file,
        };
        open.reindex();
        open
    }

    /// What the indexes knew about `touched` annotations before an edit: their
    /// tags and status (for the counts) and sort key (to find them in the order).
    fn snapshot(&self, touched: &[AnnotationId]) -> Vec<Before> {
        touched
            .iter()
            .map(|id| Before {
                tags: self.workspace.set.annotations.get(id).map(|a| a.tags.clone()),
                status: self.statuses.get(id).copied(),
                key: self.workspace.set.annotations.get(id).map(|_| self.order_key(*id)),
            })
            .collect()
    }

    /// Recomputes the anchors of `touched` annotations, then the derived indexes;
    /// `before` is [`OpenDocument::snapshot`] taken before the edit.
    fn refresh(&mut self, touched: &[AnnotationId], before: &[Before]) {
        // Small edits update the indexes in place (O(k log n)): with 100,000
        // annotations a full rebuild costs a quarter of a second.
        const INCREMENTAL_LIMIT: usize = 256;
        let anchorer = Anchorer::new(&self.workspace.document);
        let mut paragraphs: BTreeSet<usize> = BTreeSet::new();
        for id in touched {
            let old = match self.workspace.set.annotations.get(id) {
                Some(annotation) => self.anchors.insert(*id, anchorer.resolve(annotation)),
                None => self.anchors.remove(id),
            };
            let new = self.anchors.get(id);
            for anchor in old.iter().chain(new) {
                paragraphs.extend(anchor.segments.iter().filter_map(|s| s.location.map(|l| l.paragraph)));
            }
        }
        if touched.is_empty() || touched.len() > INCREMENTAL_LIMIT || before.len() != touched.len() {
            self.reindex();
            return;
        }
        self.version += 1;
        let touched_set: HashSet<AnnotationId> = touched.iter().copied().collect();
        // Out with the old entries…
        for previous in before {
            if previous.status.is_some_and(|s| s != AnchorStatus::Anchored) {
                self.review_count = self.review_count.saturating_sub(1);
            }
            for tag in previous.tags.iter().flatten() {
                if let Some(count) = self.tag_counts.get_mut(tag) {
                    *count = count.saturating_sub(1);
                }
            }
            if let Some(key) = &previous.key {
                let at =
                    self.order.partition_point(|other| self.order_key_of(*other, &touched_set, before, touched) < *key);
                if self.order.get(at).is_some_and(|id| key.2 == *id) {
                    self.order.remove(at);
                }
            }
        }
        // …in with the new.
        for id in touched {
            let Some(annotation) = self.workspace.set.annotations.get(id) else {
                self.statuses.remove(id);
                continue;
            };
            let status = self.anchors.get(id).map_or(AnchorStatus::Orphaned, |a| a.status);
            self.statuses.insert(*id, status);
            if status != AnchorStatus::Anchored {
                self.review_count += 1;
            }
            for tag in &annotation.tags {
                *self.tag_counts.entry(tag.clone()).or_default() += 1;
            }
            let key = self.order_key(*id);
            let at = self.order.partition_point(|other| self.order_key(*other) < key);
            self.order.insert(at, *id);
        }
        self.tag_counts.retain(|_, count| *count > 0);
        self.highlights.update(&self.workspace.set, &self.anchors, &touched_set, &paragraphs);
    }

    /// The sort key an annotation had in the order before the edit: touched ones
    /// from the snapshot, the rest from their (unchanged) anchors.
    fn order_key_of(
        &self,
        id: AnnotationId,
        touched_set: &HashSet<AnnotationId>,
        before: &[Before],
        touched: &[AnnotationId],
    ) -> OrderKey {
        if touched_set.contains(&id)
            && let Some(key) = touched.iter().position(|t| *t == id).and_then(|i| before[i].key)
        {
            return key;
        }
        self.order_key(id)
    }

    /// Sort key of an annotation in document order: placed ones by (paragraph,
    /// start), then orphans; ties by ID.
    fn order_key(&self, id: AnnotationId) -> OrderKey {
        let place = self
            .anchors
            .get(&id)
            .and_then(|anchor| anchor.segments.iter().find_map(|s| s.location).map(|l| (l.paragraph, l.start.0)));
        (place.is_none(), place, id)
    }

    fn count_tags(&mut self) {
        // Count by reference first: cloning a tag ID per annotation would allocate
        // 100,000 strings on every edit of a large file.
        let mut counts: HashMap<&TagId, usize> = HashMap::new();
        for annotation in self.workspace.set.annotations.iter() {
            for tag in &annotation.tags {
                *counts.entry(tag).or_default() += 1;
            }
        }
        self.tag_counts = counts.into_iter().map(|(tag, n)| (tag.clone(), n)).collect();
    }

    fn reindex(&mut self) {
        let doc = &self.workspace.document;
        let set = &self.workspace.set;
        self.version += 1;
        self.statuses = self.anchors.iter().map(|(id, a)| (*id, a.status)).collect();
        self.review_count = self.statuses.values().filter(|s| **s != AnchorStatus::Anchored).count();
        self.highlights = HighlightIndex::build(doc, set, &self.anchors);
        let mut order: Vec<AnnotationId> = set.annotations.iter().map(|a| a.id).collect();
        order.sort_by_cached_key(|id| self.order_key(*id));
        self.order = order;
        self.count_tags();
    }

    /// Applies an edit as an undo step (merged with the previous one if `merge` is
    /// the same key) and refreshes what depends on it.
    fn edit(&mut self, edit: Edit, merge: Option<String>) -> Result<(), String> {
        let mut touched = Vec::new();
        touched_ids(&edit, &mut touched);
        touched.sort_unstable();
        touched.dedup();
        let before = self.snapshot(&touched);
        self.history.apply_merging(&mut self.workspace.set, edit, merge).map_err(|e| e.to_string())?;
        self.dirty = true;
        self.refresh(&touched, &before);
        Ok(())
    }
}

/// Where an annotation sorts in document order: placed ones by (paragraph, start),
/// then orphans; ties by ID.
type OrderKey = (bool, Option<(usize, usize)>, AnnotationId);

/// Index entries of one annotation before an edit (see `OpenDocument::snapshot`).
struct Before {
    tags: Option<std::collections::BTreeSet<TagId>>,
    status: Option<AnchorStatus>,
    key: Option<OrderKey>,
}

/// The annotations an edit may change.
fn touched_ids(edit: &Edit, out: &mut Vec<AnnotationId>) {
    match edit {
        Edit::Create(a) => out.push(a.id),
        Edit::Delete(id) | Edit::SetTags { id, .. } | Edit::SetNote { id, .. } | Edit::SetSegments { id, .. } => {
            out.push(*id);
        }
        Edit::Batch(edits) => edits.iter().for_each(|e| touched_ids(e, out)),
        Edit::InsertTag { .. } | Edit::RemoveTag(_) | Edit::UpdateTag(_) | Edit::MoveTag { .. } => {}
    }
}

/// Search state (Ctrl+F).
#[derive(Default)]
pub struct Search {
    /// The find bar is shown.
    pub open: bool,
    /// The text searched for (case-insensitive, literal).
    pub query: String,
    /// The query the hits were computed for.
    searched: String,
    /// Hits in document order.
    pub hits: Vec<SearchHit>,
    /// The current hit.
    pub current: Option<usize>,
    /// Focus the search field next frame.
    pub focus: bool,
}

/// The whole app.
pub struct GlosaApp {
    /// Preferences.
    pub settings: Settings,
    /// The open document, if any.
    pub doc: Option<OpenDocument>,
    /// The document view.
    pub view: DocumentView,
    /// The reader's selection.
    pub selection: Option<Selection>,
    /// The selected annotation.
    pub selected: Option<AnnotationId>,
    /// Tags whose highlights are hidden.
    pub hidden_tags: HashSet<TagId>,
    /// Annotation list filter.
    pub filter: ListFilter,
    /// The annotations the list shows, for (filter, document version).
    pub list_cache: Option<(ListFilter, u64, Vec<AnnotationId>)>,
    /// Find bar.
    pub search: Search,
    /// File dialogs, modals and the help overlay.
    pub dialogs: Dialogs,
    /// Errors to show, oldest first.
    pub errors: Vec<String>,
    /// The last status message.
    pub message: String,
    /// Commands collected this frame.
    commands: Vec<Command>,
    /// Closing was confirmed (or nothing was unsaved).
    close_confirmed: bool,
    /// An open command waiting for Save / Discard / Cancel of unsaved changes.
    pending_open: Option<Command>,
    /// The user chose to overwrite an annotation file changed on disk.
    overwrite_confirmed: bool,
    /// The window title last sent.
    title: String,
}

impl GlosaApp {
    /// Creates the app, restoring settings and opening what `args` names.
    pub fn new(storage: Option<&dyn eframe::Storage>, args: StartArgs) -> Self {
        let settings: Settings = storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY)).unwrap_or_default();
        let mut app = Self {
            settings,
            doc: None,
            view: DocumentView::default(),
            selection: None,
            selected: None,
            hidden_tags: HashSet::new(),
            filter: ListFilter::default(),
            list_cache: None,
            search: Search::default(),
            dialogs: Dialogs::default(),
            errors: Vec::new(),
            message: String::new(),
            commands: Vec::new(),
            close_confirmed: false,
            pending_open: None,
            overwrite_confirmed: false,
            title: String::new(),
        };
        app.open_start(args);
        app
    }

    fn open_start(&mut self, args: StartArgs) {
        match args.file {
            None => match super::resource_root() {
                Some(root) => {
                    let annotations = args.annotations.unwrap_or_else(|| root.join(SAMPLE_ANNOTATIONS));
                    self.open_document(&root.join(SAMPLE_DOCUMENT), Some(annotations));
                }
                None => self.errors.push(
                    "The bundled sample was not found (assets/samples/). Open a document with File > Open document…"
                        .to_owned(),
                ),
            },
            Some(file) if is_annotation_file(&file) => self.open_annotations(&file),
            Some(file) => self.open_document(&file, args.annotations),
        }
    }

    /// Opens `path` with `annotations`, or with the annotation file found for it: next
    /// to it (`NAME.glosa.ron`) or in `saves/` with the same document fingerprint.
    pub fn open_document(&mut self, path: &Path, annotations: Option<PathBuf>) {
        let explicit = annotations.is_some();
        let document = match crate::persist::document::read_document(path) {
            Ok(doc) => doc,
            Err(e) => {
                self.errors.push(format!("Cannot open document {}: {e}", path.display()));
                return;
            }
        };
        let found = annotations.or_else(|| find_annotations_for(path, document.fingerprint()));
        let has_file = explicit || found.is_some();
        let annotations_path = found.unwrap_or_else(|| default_annotations_path(path));
        match Workspace::open(path, &annotations_path) {
            Ok(workspace) => self.install(workspace, has_file),
            Err(e) => self.errors.push(e.to_string()),
        }
    }

    /// Opens an annotation file and its document.
    pub fn open_annotations(&mut self, path: &Path) {
        match Workspace::open_annotations(path, None) {
            Ok(workspace) => self.install(workspace, true),
            Err(e) => self.errors.push(e.to_string()),
        }
    }

    fn install(&mut self, workspace: Workspace, has_file: bool) {
        let changed = workspace.document_changed();
        let path = workspace.document_path.clone();
        let annotations_path = workspace.annotations_path.clone();
        let open = OpenDocument::new(workspace, has_file);
        let review = open.review_count;
        self.message = if changed && review > 0 {
            format!("The document changed since the annotations were saved: {review} need review.")
        } else {
            format!("Opened {}", path.display())
        };
        self.doc = Some(open);
        self.list_cache = None;
        self.view.reset();
        self.selection = None;
        self.selected = None;
        self.hidden_tags.clear();
        self.search.hits.clear();
        self.search.searched.clear();
        self.remember(&path);
        if has_file {
            self.remember(&annotations_path);
        }
    }

    fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.settings.recent.retain(|p| p != &path);
        self.settings.recent.insert(0, path);
        self.settings.recent.truncate(RECENT_LIMIT);
    }

    /// A tag's label, or its ID when the tag set lacks it.
    fn tag_label(&self, tag: &TagId) -> String {
        self.doc
            .as_ref()
            .and_then(|d| d.workspace.set.tags.get(tag))
            .map_or_else(|| tag.to_string(), |t| t.label.clone())
    }

    /// Queues a command for the end of the frame.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(|d| d.dirty)
    }

    /// Applies the queued commands.
    pub fn apply_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // The state changed after this frame was drawn: draw it again.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(ctx, command);
        }
    }

    #[allow(clippy::too_many_lines)] // one arm per command reads best as one match
    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let now = workspace::now();
        match command {
            Command::OpenDocument(_) | Command::OpenAnnotations(_) if self.is_dirty() => {
                // Ask first: opening another file would drop the unsaved changes.
                self.pending_open = Some(command);
            }
            Command::OpenDocument(path) => self.open_document(&path, None),
            Command::OpenAnnotations(path) => self.open_annotations(&path),
            Command::Dialog(kind) => self.dialogs.open(kind, self.dialog_folder(kind)),
            Command::Save => {
                let has_file = self.doc.as_ref().is_some_and(|d| d.has_file);
                if has_file {
                    self.save();
                } else if self.doc.is_some() {
                    self.dialogs.open(DialogKind::SaveAs, self.dialog_folder(DialogKind::SaveAs));
                }
            }
            Command::SaveAs(path) => self.save_as(&path),
            Command::Export(path, choice) => self.export(&path, choice),
            Command::Undo | Command::Redo => {
                let Some(doc) = self.doc.as_mut() else {
                    return;
                };
                // Only the annotations of the step being undone need re-anchoring.
                let next = if command == Command::Undo { doc.history.next_undo() } else { doc.history.next_redo() };
                let mut touched = Vec::new();
                if let Some(edit) = next {
                    touched_ids(edit, &mut touched);
                }
                touched.sort_unstable();
                touched.dedup();
                let before = doc.snapshot(&touched);
                let result = if command == Command::Undo {
                    doc.history.undo(&mut doc.workspace.set)
                } else {
                    doc.history.redo(&mut doc.workspace.set)
                };
                match result {
                    Ok(true) => {
                        doc.dirty = true;
                        doc.refresh(&touched, &before);
                        if self.selected.is_some_and(|id| doc.workspace.set.annotations.get(&id).is_none()) {
                            self.selected = None;
                        }
                    }
                    Ok(false) => self.message = String::from("Nothing to undo or redo."),
                    Err(e) => self.errors.push(format!("Undo failed: {e}")),
                }
            }
            Command::ApplyTag(tag) => self.apply_tag(&tag, now),
            Command::DeleteSelected => {
                if let (Some(id), Some(doc)) = (self.selected, self.doc.as_mut()) {
                    match doc.edit(Edit::Delete(id), None) {
                        Ok(()) => {
                            self.selected = None;
                            self.message = String::from("Highlight deleted (Ctrl+Z to undo).");
                        }
                        Err(e) => self.errors.push(e),
                    }
                }
            }
            Command::SetNote(id, note) => {
                if let Some(doc) = self.doc.as_mut() {
                    let edit = Edit::SetNote { id, note, modified: now };
                    if let Err(e) = doc.edit(edit, Some(format!("note:{id}"))) {
                        self.errors.push(e);
                    }
                }
            }
            Command::SelectAnnotation(id, reveal) => {
                if let Some(doc) = self.doc.as_mut() {
                    doc.history.seal();
                }
                self.selected = id;
                if reveal
                    && let (Some(id), Some(doc)) = (id, self.doc.as_ref())
                    && let Some(location) =
                        doc.anchors.get(&id).and_then(|a| a.segments.iter().find_map(|s| s.location))
                {
                    self.view.reveal(location.paragraph, location.start.0);
                }
            }
            Command::ToggleTagVisibility(tag) => {
                if !self.hidden_tags.remove(&tag) {
                    self.hidden_tags.insert(tag);
                }
            }
            Command::AddTag(tag) => self.edit(Edit::InsertTag { index: usize::MAX, tag }),
            Command::UpdateTag(tag) => self.edit(Edit::UpdateTag(tag)),
            Command::DeleteTag(tag) => {
                let edit = self.doc.as_ref().and_then(|d| delete_tag(&d.workspace.set, &tag, now));
                let label = self.tag_label(&tag);
                if let Some(edit) = edit {
                    self.edit(edit);
                    self.hidden_tags.remove(&tag);
                    self.message = format!("Tag “{label}” deleted (Ctrl+Z to undo).");
                }
            }
            Command::MoveTag(tag, delta) => {
                if let Some(index) = self.doc.as_ref().and_then(|d| d.workspace.set.tags.index_of(&tag)) {
                    let target = index.saturating_add_signed(delta);
                    self.edit(Edit::MoveTag { id: tag, index: target });
                }
            }
            Command::TagAllHits(tag) => self.tag_all_hits(&tag, now),
            Command::Copy => {
                if let (Some(selection), Some(doc)) = (self.selection, self.doc.as_ref()) {
                    let text = selection.text(&doc.workspace.document);
                    if !text.is_empty() {
                        ctx.copy_text(text);
                        self.message = String::from("Copied.");
                    }
                }
            }
            Command::FontSize(delta) => {
                let (min, max) = theme::FONT_SIZE_RANGE;
                self.settings.font_size = (self.settings.font_size + delta).clamp(min, max);
            }
            Command::ToggleTheme => self.settings.dark_mode = !self.settings.dark_mode,
        }
    }

    fn edit(&mut self, edit: Edit) {
        if let Some(doc) = self.doc.as_mut()
            && let Err(e) = doc.edit(edit, None)
        {
            self.errors.push(e);
        }
    }

    /// With a selection: a new highlight with `tag`. With a selected highlight: toggle `tag` on it.
    fn apply_tag(&mut self, tag: &TagId, now: crate::model::Timestamp) {
        // Tagging with a hidden group shows it again: a new highlight must be seen.
        self.hidden_tags.remove(tag);
        let Some(doc) = self.doc.as_mut() else {
            return;
        };
        if let Some(selection) = self.selection.filter(|s| !s.is_empty()) {
            let segments = selection.segments(&doc.workspace.document);
            if segments.is_empty() {
                return;
            }
            let annotation = Annotation {
                id: workspace::new_annotation_id(now),
                segments,
                tags: [tag.clone()].into(),
                note: String::new(),
                author: workspace::author(None),
                created: now,
                modified: now,
            };
            let id = annotation.id;
            match doc.edit(Edit::Create(Box::new(annotation)), None) {
                Ok(()) => {
                    self.selection = None;
                    self.selected = Some(id);
                    self.message = String::from("Highlight added.");
                }
                Err(e) => self.errors.push(e),
            }
        } else if let Some(id) = self.selected {
            if let Some(edit) = toggle_tag(&doc.workspace.set, id, tag, now)
                && let Err(e) = doc.edit(edit, None)
            {
                self.errors.push(e);
            }
        } else {
            self.message = String::from("Select some text first (drag over it), then press a tag key.");
        }
    }

    /// Highlights every search hit with `tag` in one undo step; hits already
    /// highlighted with it are skipped (the CLI's `autocode`).
    fn tag_all_hits(&mut self, tag: &TagId, now: crate::model::Timestamp) {
        let Some(doc) = self.doc.as_mut() else {
            return;
        };
        let existing: HashSet<(usize, usize, usize)> = doc
            .workspace
            .set
            .annotations
            .iter()
            .filter(|a| a.tags.contains(tag) && a.segments.len() == 1)
            .filter_map(|a| {
                let s = &a.segments[0];
                doc.workspace.document.index_of(&s.paragraph).map(|p| (p, s.start.0, s.end.0))
            })
            .collect();
        let author = workspace::author(None);
        let edits: Vec<Edit> = self
            .search
            .hits
            .iter()
            .filter(|h| !existing.contains(&(h.paragraph, h.start, h.end)))
            .filter_map(|h| {
                crate::model::Segment::new(
                    &doc.workspace.document,
                    h.paragraph,
                    crate::model::CharOffset(h.start),
                    crate::model::CharOffset(h.end),
                )
            })
            .map(|segment| {
                Edit::Create(Box::new(Annotation {
                    id: workspace::new_annotation_id(now),
                    segments: vec![segment],
                    tags: [tag.clone()].into(),
                    note: String::new(),
                    author: author.clone(),
                    created: now,
                    modified: now,
                }))
            })
            .collect();
        let count = edits.len();
        let label = doc.workspace.set.tags.get(tag).map_or_else(|| tag.to_string(), |t| t.label.clone());
        if count == 0 {
            self.message = String::from("Every hit already has that tag.");
            return;
        }
        match doc.edit(Edit::Batch(edits), None) {
            Ok(()) => self.message = format!("Tagged {count} hits with “{label}” (Ctrl+Z to undo)."),
            Err(e) => self.errors.push(e),
        }
    }

    fn save(&mut self) {
        let Some(doc) = self.doc.as_mut() else {
            return;
        };
        let result = if self.overwrite_confirmed {
            self.overwrite_confirmed = false;
            doc.workspace.save_overwriting()
        } else {
            doc.workspace.save()
        };
        match result {
            Ok(()) => self.saved(),
            Err(crate::workspace::WorkspaceError::ChangedOnDisk { .. }) => self.dialogs.save_conflict = true,
            Err(e) => self.errors.push(e.to_string()),
        }
    }

    fn saved(&mut self) {
        let Some(doc) = self.doc.as_mut() else {
            return;
        };
        doc.dirty = false;
        doc.has_file = true;
        doc.history.seal();
        let path = doc.workspace.annotations_path.clone();
        self.message = format!("Saved {}", path.display());
        self.remember(&path);
    }

    /// Saves to `path` from now on: a folder gets `DOC-NAME.glosa.ron` in it, and the
    /// name always ends in `.glosa.ron`. The document and the annotation file of
    /// another document are never overwritten.
    fn save_as(&mut self, path: &Path) {
        let Some(doc) = self.doc.as_mut() else {
            return;
        };
        let typed = path.to_string_lossy();
        let path = if path.is_dir() || typed.ends_with('/') || typed.ends_with('\\') {
            let name = default_annotations_path(&doc.workspace.document_path);
            path.join(name.file_name().unwrap_or_default())
        } else {
            with_extension(path.to_owned())
        };
        if same_file(&path, &doc.workspace.document_path) {
            self.errors.push(format!("Cannot save the annotations over the document itself: {}", path.display()));
            return;
        }
        match doc.workspace.save_as(&path) {
            Ok(()) => self.saved(),
            Err(e) => self.errors.push(e.to_string()),
        }
    }

    /// Exports all annotations, or those the list filter shows.
    fn export(&mut self, path: &Path, choice: ExportChoice) {
        let Some(doc) = self.doc.as_ref() else {
            return;
        };
        if same_file(path, &doc.workspace.annotations_path) || same_file(path, &doc.workspace.document_path) {
            self.errors.push(format!(
                "Not exporting over the open document or its annotation file; choose another name: {}",
                path.display()
            ));
            return;
        }
        let shown: Option<HashSet<AnnotationId>> =
            choice.filtered.then(|| panels::filtered_annotations(doc, &self.filter).into_iter().collect());
        let file = doc.workspace.to_file();
        let annotations: Vec<(&Annotation, Option<AnnotationAnchor>)> = file
            .annotations
            .iter()
            .filter(|a| shown.as_ref().is_none_or(|s| s.contains(&a.id)))
            .map(|a| (a, doc.anchors.get(&a.id).cloned()))
            .collect();
        let count = annotations.len();
        let source = ExportSource {
            document_title: doc.workspace.document.title(),
            document_path: &file.document.path,
            document: Some(&doc.workspace.document),
            tags: &file.tags,
            annotations,
        };
        let tags: Vec<TagId> = self.filter.tag.iter().filter(|&_| choice.filtered).cloned().collect();
        let mut buffer = Vec::new();
        let written = export::write(&mut buffer, choice.format, std::slice::from_ref(&source), &tags)
            .and_then(|()| std::fs::write(path, &buffer));
        match written {
            Ok(()) => self.message = format!("Exported {count} annotations to {}", path.display()),
            Err(e) => self.errors.push(format!("Cannot export to {}: {e}", path.display())),
        }
    }

    /// Where a file dialog of `kind` starts.
    fn dialog_folder(&self, kind: DialogKind) -> Option<PathBuf> {
        match kind {
            DialogKind::SaveAs => super::resource_root().map(|r| r.join("saves")),
            _ => self
                .doc
                .as_ref()
                .and_then(|d| d.workspace.document_path.parent().map(Path::to_path_buf))
                .or_else(|| super::resource_root().map(|r| r.join("assets/samples"))),
        }
    }

    /// Recomputes search hits when the query changed.
    fn update_search(&mut self) {
        if self.search.query == self.search.searched {
            return;
        }
        self.search.searched.clone_from(&self.search.query);
        self.search.hits.clear();
        self.search.current = None;
        let Some(doc) = self.doc.as_ref() else {
            return;
        };
        if self.search.query.is_empty() {
            return;
        }
        let Ok(regex) = regex::RegexBuilder::new(&regex::escape(&self.search.query)).case_insensitive(true).build()
        else {
            return;
        };
        let document = &doc.workspace.document;
        for (index, paragraph) in document.paragraphs().iter().enumerate() {
            let text = document.text_of(paragraph);
            let mut chars_before = 0;
            let mut last_byte = 0;
            for m in regex.find_iter(text) {
                chars_before += text[last_byte..m.start()].chars().count();
                let len = m.as_str().chars().count();
                self.search.hits.push(SearchHit { paragraph: index, start: chars_before, end: chars_before + len });
                chars_before += len;
                last_byte = m.end();
            }
        }
        if !self.search.hits.is_empty() {
            let top = self.view.top_paragraph();
            let first = self.search.hits.iter().position(|h| h.paragraph >= top).unwrap_or(0);
            self.search.current = Some(first);
            let hit = self.search.hits[first];
            self.view.reveal(hit.paragraph, hit.start);
        }
    }

    /// Moves to the next (`forward`) or previous search hit.
    pub fn next_hit(&mut self, forward: bool) {
        let count = self.search.hits.len();
        if count == 0 {
            return;
        }
        let next = match self.search.current {
            None => 0,
            Some(i) if forward => (i + 1) % count,
            Some(i) => (i + count - 1) % count,
        };
        self.search.current = Some(next);
        let hit = self.search.hits[next];
        self.view.reveal(hit.paragraph, hit.start);
    }

    /// Keyboard shortcuts that work anywhere (see the help overlay, F1).
    fn shortcuts(&mut self, ctx: &egui::Context) {
        let command = Modifiers::COMMAND;
        let shift_command = Modifiers::COMMAND | Modifiers::SHIFT;
        let pressed = |modifiers: Modifiers, key: Key| {
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)))
        };
        if pressed(shift_command, Key::S) {
            self.command(Command::Dialog(DialogKind::SaveAs));
        }
        if pressed(command, Key::S) {
            self.command(Command::Save);
        }
        if pressed(shift_command, Key::Z) || pressed(command, Key::Y) {
            self.command(Command::Redo);
        }
        if pressed(command, Key::O) {
            self.command(Command::Dialog(DialogKind::OpenDocument));
        }
        if pressed(command, Key::E) && self.doc.is_some() {
            self.dialogs.export_menu = Some(ExportChoice::default());
        }
        if pressed(command, Key::F) {
            self.search.open = true;
            self.search.focus = true;
        }
        if pressed(command, Key::Plus) || pressed(command, Key::Equals) {
            self.command(Command::FontSize(1.0));
        }
        if pressed(command, Key::Minus) {
            self.command(Command::FontSize(-1.0));
        }
        if pressed(Modifiers::NONE, Key::F1) {
            self.dialogs.help = !self.dialogs.help;
        }
        if pressed(Modifiers::NONE, Key::F3) {
            self.next_hit(true);
        }
        if pressed(Modifiers::SHIFT, Key::F3) {
            self.next_hit(false);
        }
        // The rest would steal keys from text fields (the note, the search box).
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        if pressed(command, Key::Z) {
            self.command(Command::Undo);
        }
        let copy = ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)));
        if copy || pressed(command, Key::C) {
            self.command(Command::Copy);
        }
        if pressed(Modifiers::NONE, Key::Delete) || pressed(Modifiers::NONE, Key::Backspace) {
            self.command(Command::DeleteSelected);
        }
        if pressed(Modifiers::NONE, Key::Escape) {
            self.selection = None;
            self.command(Command::SelectAnnotation(None, false));
            self.search.open = false;
        }
        if pressed(Modifiers::NONE, Key::PageDown) || pressed(Modifiers::NONE, Key::Space) {
            self.view.page(1.0);
        }
        if pressed(Modifiers::NONE, Key::PageUp) {
            self.view.page(-1.0);
        }
        if pressed(Modifiers::NONE, Key::ArrowDown) {
            self.view.scroll_by(40.0);
        }
        if pressed(Modifiers::NONE, Key::ArrowUp) {
            self.view.scroll_by(-40.0);
        }
        let count = self.doc.as_ref().map_or(0, |d| d.workspace.document.paragraphs().len());
        if pressed(command, Key::Home) || pressed(Modifiers::NONE, Key::Home) {
            self.view.jump(false, count);
        }
        if pressed(command, Key::End) || pressed(Modifiers::NONE, Key::End) {
            self.view.jump(true, count);
        }
        let digits =
            [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8, Key::Num9];
        for (digit, key) in (1u8..).zip(digits) {
            if pressed(Modifiers::NONE, key)
                && let Some(tag) = self.doc.as_ref().and_then(|d| d.workspace.set.tags.by_shortcut(digit))
            {
                self.command(Command::ApplyTag(tag.id.clone()));
            }
        }
    }

    /// The window title: document title, with `•` while there are unsaved changes.
    fn window_title(&self) -> String {
        match &self.doc {
            Some(doc) => {
                let unsaved = if doc.dirty { " • unsaved" } else { "" };
                format!("{}{unsaved} — Glosa", doc.workspace.document.title())
            }
            None => "Glosa".to_owned(),
        }
    }

    /// Draws one frame. Used by eframe and by tests (`egui_kittest`) alike.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ctx.set_visuals(theme::visuals(self.settings.dark_mode));
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        if let Some(kind_path) = self.dialogs.poll() {
            self.dialog_result(kind_path);
        }
        self.shortcuts(&ctx);
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }

        egui::Panel::top("menu").show(ui, |ui| panels::menu_bar(ui, self));
        egui::Panel::bottom("status").show(ui, |ui| panels::status_bar(ui, self));
        // Side panels give way on small windows so the document keeps most of the width.
        let width = ui.available_width();
        let (left_max, right_max) = ((width * 0.22).max(150.0), (width * 0.3).max(260.0));
        egui::Panel::left("tags")
            .resizable(true)
            .default_size(230.0_f32.min(left_max))
            .max_size(left_max)
            .show(ui, |ui| panels::tag_palette(ui, self));
        egui::Panel::right("annotations")
            .resizable(true)
            .default_size(330.0_f32.min(right_max))
            .max_size(right_max)
            .show(ui, |ui| panels::annotation_panel(ui, self));
        egui::CentralPanel::default().show(ui, |ui| {
            if self.search.open {
                panels::search_bar(ui, self);
                self.update_search();
            }
            self.document_ui(ui);
        });
        self.dialogs.ui(&ctx, &mut self.commands, &mut self.errors, self.doc.as_ref().map(|d| &d.workspace.set));
        self.close_dialog(&ctx);
        self.open_dialog(&ctx);
        self.conflict_dialog(&ctx);
        self.apply_commands(&ctx);
    }

    fn document_ui(&mut self, ui: &mut egui::Ui) {
        let Some(doc) = self.doc.as_ref() else {
            ui.centered_and_justified(|ui| {
                ui.label("Open a document: File > Open document… (Ctrl+O), or drop a file here.");
            });
            return;
        };
        let palette = theme::palette(self.settings.dark_mode);
        let cx = ViewContext {
            doc: &doc.workspace.document,
            highlights: &doc.highlights,
            annotations: &doc.workspace.set.annotations,
            statuses: &doc.statuses,
            tags: &doc.workspace.set.tags,
            hidden_tags: &self.hidden_tags,
            selection: self.selection,
            selected_annotation: self.selected,
            search_hits: if self.search.open { &self.search.hits } else { &[] },
            current_hit: self.search.current,
            font_size: self.settings.font_size,
            palette,
        };
        let events = self.view.ui(ui, &cx);
        for event in events {
            match event {
                ViewEvent::Select(selection) => {
                    self.selection = selection.filter(|s| !s.is_empty());
                    if self.selection.is_some() {
                        self.selected = None;
                    }
                }
                ViewEvent::ClickAnnotation(id) => self.command(Command::SelectAnnotation(id, false)),
                ViewEvent::CopiedParagraphId(id) => self.message = format!("Copied paragraph ID {id}"),
            }
        }
    }

    fn dialog_result(&mut self, (kind, path): (DialogKind, PathBuf)) {
        let command = match kind {
            DialogKind::OpenDocument if is_annotation_file(&path) => Command::OpenAnnotations(path),
            DialogKind::OpenDocument => Command::OpenDocument(path),
            DialogKind::OpenAnnotations => Command::OpenAnnotations(path),
            DialogKind::SaveAs => Command::SaveAs(path),
            DialogKind::Export(choice) => Command::Export(path, choice),
        };
        self.command(command);
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect());
        for path in dropped {
            let command =
                if is_annotation_file(&path) { Command::OpenAnnotations(path) } else { Command::OpenDocument(path) };
            self.command(command);
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.is_dirty() && !self.close_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialogs.confirm_close = true;
        }
    }

    fn close_dialog(&mut self, ctx: &egui::Context) {
        if !self.dialogs.confirm_close {
            return;
        }
        let choice = choose(
            ctx,
            "confirm-close",
            "Save changes before closing?",
            "Your annotations have unsaved changes.",
            &["Save", "Discard", "Cancel"],
        );
        match choice {
            Some(0) => {
                self.dialogs.confirm_close = false;
                self.save();
                if !self.is_dirty() {
                    self.close_confirmed = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Some(1) => {
                self.dialogs.confirm_close = false;
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(_) => self.dialogs.confirm_close = false,
            None => {}
        }
    }
}

impl GlosaApp {
    /// Save / Discard / Cancel before opening another file over unsaved changes.
    fn open_dialog(&mut self, ctx: &egui::Context) {
        if self.pending_open.is_none() {
            return;
        }
        let choice = choose(
            ctx,
            "confirm-open",
            "Save changes first?",
            "Your annotations have unsaved changes. Save them before opening another file?",
            &["Save", "Discard", "Cancel"],
        );
        let Some(choice) = choice else {
            return;
        };
        let Some(command) = self.pending_open.take() else {
            return;
        };
        if choice == 0 {
            self.save();
        }
        if choice == 1 || (choice == 0 && !self.is_dirty()) {
            if let Some(doc) = self.doc.as_mut() {
                doc.dirty = false;
            }
            self.command(command);
        }
    }

    /// The annotation file changed on disk: overwrite, save elsewhere, or cancel.
    fn conflict_dialog(&mut self, ctx: &egui::Context) {
        if !self.dialogs.save_conflict {
            return;
        }
        let choice = choose(
            ctx,
            "save-conflict",
            "The annotation file changed on disk",
            "Another program (or a colleague) saved this annotation file after Glosa opened it. \
             Overwriting it loses their changes (the previous version is kept as .bak).",
            &["Save as…", "Overwrite", "Cancel"],
        );
        match choice {
            Some(0) => {
                self.dialogs.save_conflict = false;
                self.command(Command::Dialog(DialogKind::SaveAs));
            }
            Some(1) => {
                self.dialogs.save_conflict = false;
                self.overwrite_confirmed = true;
                self.command(Command::Save);
            }
            Some(_) => self.dialogs.save_conflict = false,
            None => {}
        }
    }
}

/// A modal question with one button per answer; returns the index of the button
/// clicked this frame. Escape picks the last button (Cancel).
fn choose(ctx: &egui::Context, id: &str, heading: &str, text: &str, buttons: &[&str]) -> Option<usize> {
    let mut choice = None;
    egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.heading(heading);
        ui.label(text);
        ui.horizontal(|ui| {
            for (i, label) in buttons.iter().enumerate() {
                if ui.button(*label).clicked() {
                    choice = Some(i);
                }
            }
        });
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            choice = buttons.len().checked_sub(1);
        }
    });
    choice
}

/// Whether two paths name the same file (after resolving links), or the same path
/// when they do not exist.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => std::path::absolute(a).ok() == std::path::absolute(b).ok(),
    }
}

impl eframe::App for GlosaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        GlosaApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}

/// Whether `path` names an annotation file (`*.glosa.ron`, any case).
#[allow(clippy::case_sensitive_file_extension_comparisons)] // compared in lower case
pub fn is_annotation_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().to_lowercase().ends_with(EXTENSION))
}

/// `DOC_STEM.glosa.ron` next to the document.
pub fn default_annotations_path(document: &Path) -> PathBuf {
    let stem = document.file_stem().map_or_else(|| "annotations".into(), |s| s.to_string_lossy().into_owned());
    document.with_file_name(format!("{stem}{EXTENSION}"))
}

/// `path` ending in `.glosa.ron`: `notes` → `notes.glosa.ron`, `notes.ron` →
/// `notes.glosa.ron`.
fn with_extension(path: PathBuf) -> PathBuf {
    if is_annotation_file(&path) {
        return path;
    }
    let is_ron = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    let base = if is_ron { path.file_stem() } else { path.file_name() };
    let mut name = base.map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(EXTENSION);
    path.with_file_name(name)
}

/// The annotation file for a document: `NAME.glosa.ron` next to it, else a file in
/// `saves/` (of the resource root) whose document fingerprint matches.
pub fn find_annotations_for(document: &Path, fingerprint: &crate::model::Fingerprint) -> Option<PathBuf> {
    let sibling = default_annotations_path(document);
    if sibling.is_file() {
        return Some(sibling);
    }
    let saves = super::resource_root()?.join("saves");
    let mut candidates: Vec<PathBuf> =
        std::fs::read_dir(saves).ok()?.flatten().map(|e| e.path()).filter(|p| is_annotation_file(p)).collect();
    candidates.sort();
    // Only a file made for this very document: same text and same path, so a copy of
    // the sample opened elsewhere does not write into the project's example.
    candidates.into_iter().find(|p| {
        annotations::load(p)
            .is_ok_and(|f| &f.document.fingerprint == fingerprint && same_file(&f.document.resolve(p), document))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updating_the_indexes_in_place_gives_what_a_rebuild_gives() {
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE_ANNOTATIONS);
        let workspace = Workspace::open_annotations(&example, None).unwrap();
        let mut open = OpenDocument::new(workspace, true);
        let now = workspace::now();
        let first = open.order[0];
        let doc = &open.workspace.document;
        let segment = crate::model::Segment::new(doc, 4, crate::model::CharOffset(0), crate::model::CharOffset(12));
        let created = Annotation {
            id: workspace::new_annotation_id(now),
            segments: vec![segment.unwrap()],
            tags: [TagId::new("civil-society").unwrap()].into(),
            note: String::new(),
            author: "test".into(),
            created: now,
            modified: now,
        };
        let id = created.id;
        let edits = [
            Edit::Create(Box::new(created)),
            toggle_tag(&open.workspace.set, first, &TagId::new("private-sector").unwrap(), now).unwrap(),
            Edit::Delete(open.order[3]),
        ];
        for edit in edits {
            open.edit(edit, None).unwrap();
            let mut rebuilt = OpenDocument::new(Workspace::open_annotations(&example, None).unwrap(), true);
            rebuilt.workspace.set = open.workspace.set.clone();
            rebuilt.anchors = open.anchors.clone();
            rebuilt.reindex();
            assert_eq!(open.highlights, rebuilt.highlights);
            assert_eq!(open.order, rebuilt.order);
            assert_eq!(open.statuses, rebuilt.statuses);
            assert_eq!(open.tag_counts, rebuilt.tag_counts);
            assert_eq!(open.review_count, rebuilt.review_count);
        }
        assert!(open.order.contains(&id));
        assert_eq!(open.workspace.set.annotations.len(), 10);
        // Deleting a tag (a batch over several annotations), then undoing it.
        let tag_edit = delete_tag(&open.workspace.set, &TagId::new("civil-society").unwrap(), now).unwrap();
        open.edit(tag_edit, None).unwrap();
        let mut rebuilt = OpenDocument::new(Workspace::open_annotations(&example, None).unwrap(), true);
        rebuilt.workspace.set = open.workspace.set.clone();
        rebuilt.anchors = open.anchors.clone();
        rebuilt.reindex();
        assert_eq!(
            (&open.highlights, &open.order, &open.tag_counts),
            (&rebuilt.highlights, &rebuilt.order, &rebuilt.tag_counts)
        );
    }

    #[test]
    fn save_as_names_end_in_glosa_ron() {
        assert_eq!(with_extension(PathBuf::from("/t/notes")), PathBuf::from("/t/notes.glosa.ron"));
        assert_eq!(with_extension(PathBuf::from("/t/notas.RON")), PathBuf::from("/t/notas.glosa.ron"));
        assert_eq!(with_extension(PathBuf::from("/t/İstanbul.Glosa.Ron")), PathBuf::from("/t/İstanbul.Glosa.Ron"));
        assert_eq!(default_annotations_path(Path::new("/d/brief.es.txt")), PathBuf::from("/d/brief.es.glosa.ron"));
    }
}
