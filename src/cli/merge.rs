//! Team work on the command line (issue 10): `glosa merge`, `glosa conflicts`,
//! `glosa resolve`, and git integration (`glosa merge-driver`, `glosa git-setup`).
//!
//! Exit codes: 0 clean, 1 conflicts remain, 2 error.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use unicode_segmentation::UnicodeSegmentation;

use super::{CliError, terminal};
use crate::model::merge::{HandEdits, MergeReport, adopt_hand_edits, conflicts};
use crate::model::{Annotation, AnnotationId, Document, Version};
use crate::persist::annotations::{self, AnnotationFile, DocumentRef, to_ron_string};
use crate::persist::document::read_document;
use crate::persist::files::ContentId;
use crate::workspace::merge::{drop_in_background, merge_files, merge_sets, output_file};

/// The `.gitattributes` line `git-setup` writes.
pub const GIT_ATTRIBUTES_LINE: &str = "*.glosa.ron merge=glosa";

/// The `.gitignore` lines `git-setup` writes: lock files, recovery journals and
/// sync-copy backups are per machine, never shared.
pub const GIT_IGNORE_LINES: &[&str] =
    &[".*.glosa.ron.lock", ".*.glosa.ron.recovery", "*.glosa.ron.bak", ".glosa-merged/"];

#[allow(clippy::needless_pass_by_value)] // used as `map_err(io)`
fn io(e: std::io::Error) -> CliError {
    CliError(format!("cannot write output: {e}"))
}

fn load(path: &Path) -> Result<AnnotationFile, CliError> {
    let loaded = read_quietly(path)?;
    super::warn_about_loading(&loaded.report, path);
    Ok(loaded.file)
}

/// Reads the annotation file at `path` without the warnings about what loading
/// cut or renamed (the caller checks the file first, then warns).
fn read_quietly(path: &Path) -> Result<annotations::Loaded, CliError> {
    annotations::read(path).map_err(|e| CliError(annotations::load_error_message(&e, path)))
}

/// What the user allowed `glosa merge` to do with the files it reads.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Asked {
    /// `--retarget`: with `--document`, merge files made for another existing
    /// document (their annotations are re-anchored onto `--document`).
    pub retarget: bool,
    /// `--drop-unknown-fields`: merge files with fields this Glosa does not
    /// know, which the merged file leaves out.
    pub drop_unknown_fields: bool,
}

/// The checks before `glosa merge` writes (as for the other writing commands):
/// with `document` (`--document`), no input made for another document that
/// exists, and no output file that belongs to one, without `--retarget` (a file
/// whose document is gone is re-anchored as before); no input whose fields this
/// Glosa does not know would be dropped, without `--drop-unknown-fields`.
///
/// # Errors
/// One line naming both documents and the file, or the unknown fields and the file.
fn refuse_unasked_merge(
    files: &[PathBuf],
    read: &[annotations::Loaded],
    output: &Path,
    document: Option<&Path>,
    asked: Asked,
) -> Result<(), CliError> {
    use crate::session::paths::{Claim, claim_of, same_file};
    if document.is_none() && !asked.retarget {
        refuse_different_documents(files, read)?;
    }
    if let Some(document) = document
        && !asked.retarget
    {
        for (path, loaded) in files.iter().zip(read) {
            // As `claim_of`, on the file read once.
            let named = loaded.file.document.resolve(path);
            if !same_file(&named, document) && named.is_file() {
                let hint = "merge it without --document, or pass --retarget to re-anchor it onto this document";
                return Err(super::other_document_error(&named, document, hint, path));
            }
        }
        if !files.iter().any(|f| same_file(f, output))
            && let Claim::Other(named) = claim_of(output, document)
        {
            let hint = "write the merge to another file, or pass --retarget to write it over this one";
            return Err(super::other_document_error(&named, document, hint, output));
        }
    }
    for (path, loaded) in files.iter().zip(read) {
        super::refuse_unknown_fields(&loaded.report, path, asked.drop_unknown_fields)?;
    }
    Ok(())
}

/// Without `--document`: refuses to merge a file made for another existing
/// document than the first file's (which exists), unless `--retarget` (the caller
/// checks): its annotations would be orphaned, or land on the wrong text. Files
/// of one document revised (the same path) or renamed (the other path gone)
/// merge as before.
///
/// # Errors
/// One line naming both documents and both files.
fn refuse_different_documents(files: &[PathBuf], read: &[annotations::Loaded]) -> Result<(), CliError> {
    let (Some(first), Some(first_read)) = (files.first(), read.first()) else {
        return Ok(());
    };
    let ours = first_read.file.document.resolve(first);
    if !ours.is_file() {
        return Ok(());
    }
    let shown = |path: &Path| path.strip_prefix(".").unwrap_or(path).display().to_string();
    for (path, loaded) in files.iter().zip(read).skip(1) {
        let theirs = loaded.file.document.resolve(path);
        if !crate::session::paths::same_file(&ours, &theirs) && theirs.is_file() {
            return Err(CliError(format!(
                "the annotation files belong to different documents, {} and {} (merge the files of one document, \
                 or pass --retarget to re-anchor them all onto {}): {}, {}",
                shown(&ours),
                shown(&theirs),
                shown(&ours),
                first.display(),
                path.display()
            )));
        }
    }
    Ok(())
}

fn read_doc(path: &Path) -> Result<Document, CliError> {
    read_document(path).map_err(|e| CliError(format!("cannot open document ({e}): {}", path.display())))
}

/// The document an annotation file names, if it is inside its folder tree and
/// readable (for ordering the output); `None` otherwise.
fn stored_document(file: &AnnotationFile, path: &Path) -> Option<(Document, PathBuf)> {
    document_named(&file.document, path)
}

/// The document `reference` names, seen from an annotation file at `path`, as
/// [`stored_document`] finds it.
fn document_named(reference: &DocumentRef, path: &Path) -> Option<(Document, PathBuf)> {
    let doc_path = reference.resolve_inside(path).ok()?;
    read_document(&doc_path).ok().map(|doc| (doc, doc_path))
}

/// [`document_named`] on another thread (reading and segmenting a large document
/// takes as long as parsing an annotation file, and the two need not wait for
/// each other); `None` when the thread cannot be started, then
/// [`LaterDocument::get`] reads it on the calling thread.
struct LaterDocument {
    reference: DocumentRef,
    path: PathBuf,
    thread: Option<std::thread::JoinHandle<Option<(Document, PathBuf)>>>,
}

impl LaterDocument {
    fn start(reference: &DocumentRef, path: &Path) -> Self {
        let (reference, path) = (reference.clone(), path.to_owned());
        let (r, p) = (reference.clone(), path.clone());
        let thread =
            std::thread::Builder::new().name("glosa-document".to_owned()).spawn(move || document_named(&r, &p)).ok();
        Self { reference, path, thread }
    }

    fn get(self) -> Option<(Document, PathBuf)> {
        match self.thread {
            Some(thread) => thread.join().ok().flatten(),
            None => document_named(&self.reference, &self.path),
        }
    }
}

/// Whether the file at `path` holds exactly `bytes` (compared by length first).
fn holds(path: &Path, bytes: &[u8]) -> bool {
    fs::metadata(path).is_ok_and(|m| m.len() == bytes.len() as u64) && fs::read(path).is_ok_and(|old| old == bytes)
}

/// Saves `file` at `out` under its lock unless it holds those very bytes already
/// (a no-op merge rewrites nothing: same bytes, same modification time). Returns
/// whether it wrote.
fn write_if_changed(out: &Path, file: &AnnotationFile) -> Result<bool, CliError> {
    let text = to_ron_string(file).map_err(|e| CliError(format!("cannot write ({e}): {}", out.display())))?;
    if holds(out, text.as_bytes()) {
        return Ok(false);
    }
    annotations::save(out, file).map_err(|e| CliError(format!("cannot save annotations ({e}): {}", out.display())))?;
    Ok(true)
}

/// Writes `bytes` over git's temporary file `out` (replaced atomically, no lock,
/// no backup) unless it holds them already (a no-op merge rewrites nothing).
/// Returns whether it wrote.
fn write_bytes_if_changed(out: &Path, bytes: &[u8]) -> Result<bool, CliError> {
    if holds(out, bytes) {
        return Ok(false);
    }
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".glosa-merge-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|e| CliError(format!("cannot write ({e}): {}", out.display())))?;
    temp.write_all(bytes).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    temp.persist(out).map_err(|e| CliError(format!("cannot write ({}): {}", e.error, out.display())))?;
    Ok(true)
}

fn print_report(out: &mut impl Write, report: &MergeReport) -> Result<(), CliError> {
    writeln!(out, "{}", report.summary()).map_err(io)?;
    for id in &report.conflicts {
        writeln!(out, "conflict  {id}").map_err(io)?;
    }
    for id in &report.tag_conflicts {
        writeln!(out, "conflict  tag {id}").map_err(io)?;
    }
    for id in &report.orphaned {
        writeln!(out, "orphaned  {id}").map_err(io)?;
    }
    for group in &report.duplicates {
        let ids: Vec<String> = group.iter().map(ToString::to_string).collect();
        writeln!(out, "same author, same passage and tags (duplicates?): {}", ids.join(" ")).map_err(io)?;
    }
    for (a, b) in &report.same_tags {
        writeln!(out, "same label, different tag IDs (same tag?): {a} {b}").map_err(io)?;
    }
    Ok(())
}

/// `glosa merge A B… -o OUT [--document DOC] [--retarget] [--drop-unknown-fields]`.
pub(super) fn merge(
    files: &[PathBuf],
    output: &Path,
    document: Option<&Path>,
    asked: Asked,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let read: Vec<annotations::Loaded> = files.iter().map(|f| read_quietly(f)).collect::<Result<_, _>>()?;
    refuse_unasked_merge(files, &read, output, document, asked)?;
    let loaded: Vec<AnnotationFile> = files
        .iter()
        .zip(read)
        .map(|(path, loaded)| {
            super::warn_about_loading(&loaded.report, path);
            loaded.file
        })
        .collect();
    let first = loaded.first().ok_or_else(|| CliError("give at least one annotation file".to_owned()))?;
    let reference = first.document.clone();
    let doc = match document {
        Some(path) => Some((read_doc(path)?, path.to_owned())),
        None => stored_document(first, &files[0]),
    };
    warn_other_documents(files, &loaded, doc.as_ref().map(|(d, _)| d), document.is_some());
    let (set, report) = merge_files(loaded, doc.as_ref().map(|(d, _)| d))
        .ok_or_else(|| CliError("give at least one annotation file".to_owned()))?;
    let given = document.and(doc.as_ref()).map(|(d, p)| (d, p.as_path()));
    let mut file = output_file(&set, &reference, &files[0], output, given);
    if given.is_none()
        && let Some((doc, _)) = &doc
    {
        // Order by the document even when its reference is kept as stored.
        file = AnnotationFile::new(file.document.clone(), &set, Some(doc));
    }
    print_report(out, &report)?;
    let wrote = write_if_changed(output, &file)?;
    let what = if wrote { "wrote" } else { "unchanged" };
    writeln!(out, "{what} {}", output.display()).map_err(io)?;
    Ok(if report.is_clean() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Warns on stderr, one line per file, about each annotation file made on another
/// text (another fingerprint) than `doc` (or, without it, than the first file's):
/// its annotations are re-anchored onto that text, and those that do not fit stay
/// as orphans, which a merge of unrelated files would make of all.
///
/// Without `--document` (`given` false), a file made for another existing
/// document than the first file's (merged with `--retarget`) is called that:
/// "made for another document".
fn warn_other_documents(files: &[PathBuf], loaded: &[AnnotationFile], doc: Option<&Document>, given: bool) {
    let (Some(first), Some(first_path)) = (loaded.first(), files.first()) else { return };
    let reference = doc.map_or(&first.document.fingerprint, Document::fingerprint);
    let ours = first.document.resolve(first_path);
    for (path, file) in files.iter().zip(loaded) {
        if file.document.fingerprint == *reference {
            continue;
        }
        let theirs = file.document.resolve(path);
        let another = !given && ours.is_file() && theirs.is_file() && !crate::session::paths::same_file(&ours, &theirs);
        let what = if another { "made for another document" } else { "made on another text of the document" };
        eprintln!(
            "glosa: warning: {what} (“{}”), its annotations are re-anchored: {}",
            terminal::clip(&file.document.title),
            terminal::one_line(&path.display().to_string())
        );
    }
}

/// A version in one line: who, when, tags, quote and note, clipped.
fn describe(version: &Version<Annotation>) -> String {
    let a = &version.value;
    let clip = |text: &str, n: usize| {
        let one = text.replace('\n', " ");
        let short: String = one.graphemes(true).take(n).collect();
        if short.len() < one.len() { format!("{short}…") } else { short }
    };
    let tags: Vec<&str> = a.tags.iter().map(crate::model::TagId::as_str).collect();
    let state = match version.deleted {
        Some(at) => format!("deleted {at}"),
        None => format!("modified {}", a.modified),
    };
    let rev: Vec<String> = version.rev.entries().map(|(i, n)| format!("{i}:{n}")).collect();
    format!(
        "{}  {state}  [{}]  “{}”  note: “{}”  rev {{{}}}",
        terminal::clip(&a.author),
        tags.join(", "),
        clip(&a.quote(), 50),
        clip(&a.note, 60),
        rev.join(", ")
    )
}

/// `glosa conflicts FILE`: each conflict with its versions, numbered from 1 (the
/// displayed one), then the sync clients' conflict copies beside the file (see
/// [`crate::session::sync_copies`]). Exit 0 when there are none of either, 1 when
/// there are.
pub(super) fn list_conflicts(file: &Path, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let set = load(file)?.into_set().1;
    let list = conflicts(&set);
    for conflict in &list {
        writeln!(out, "{}  {}", conflict.id, super::plural(conflict.versions.len(), "version", "versions"))
            .map_err(io)?;
        for (n, version) in conflict.versions.iter().enumerate() {
            let shown = if n == 0 { " (shown)" } else { "" };
            writeln!(out, "  {}{shown}  {}", n + 1, describe(version)).map_err(io)?;
        }
    }
    let tag_conflicts: Vec<_> = set.tags.versions().conflict_ids().cloned().collect();
    for id in &tag_conflicts {
        let versions = set.tags.versions_of(id);
        writeln!(out, "tag {id}  {}", super::plural(versions.len(), "version", "versions")).map_err(io)?;
        for (n, v) in versions.iter().enumerate() {
            let state = if v.deleted.is_some() { "removed" } else { "" };
            writeln!(out, "  {}  {} {state}", n + 1, terminal::clip(&v.value.label)).map_err(io)?;
        }
    }
    writeln!(out, "{}", super::plural(list.len() + tag_conflicts.len(), "conflict", "conflicts")).map_err(io)?;
    let copies = crate::session::sync_copies::find_conflict_copies(file);
    for copy in &copies {
        writeln!(out, "conflict copy made by {}: {}", copy.client, copy.path.display()).map_err(io)?;
    }
    if !copies.is_empty() {
        writeln!(
            out,
            "{} conflict copies by a sync client; merge them with: glosa merge FILE COPY… -o FILE",
            copies.len()
        )
        .map_err(io)?;
    }
    let clean = list.is_empty() && tag_conflicts.is_empty() && copies.is_empty();
    Ok(if clean { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

pub(super) use crate::model::merge::Resolution as Take;

/// `glosa resolve FILE ID --take N|--take-all [--drop-unknown-fields]`, under
/// the file's lock; refuses (one line naming them) to drop fields this Glosa does
/// not know unless `drop_unknown_fields`.
pub(super) fn resolve(
    file: &Path,
    id: &str,
    take: Take,
    drop_unknown_fields: bool,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let id: AnnotationId =
        id.parse().map_err(|_| CliError(format!("`{}` is not an annotation ID (ULID)", terminal::clip(id))))?;
    let read = read_quietly(file)?;
    super::refuse_unknown_fields(&read.report, file, drop_unknown_fields)?;
    super::warn_about_loading(&read.report, file);
    let loaded = read.file;
    let doc = stored_document(&loaded, file);
    let mut workspace = match &doc {
        Some((_, doc_path)) => crate::workspace::Workspace::open(doc_path, file),
        None => {
            crate::workspace::Workspace::open_annotations_checked(file, crate::workspace::DocumentAccess::InsideFolder)
        }
    }
    .map_err(|e| CliError(e.to_string()))?;
    // The file as the workspace read it (another program may have written it since).
    super::refuse_unknown_fields(workspace.load_report(), file, drop_unknown_fields)?;
    let now = crate::workspace::now();
    let mut problem = None;
    workspace
        .save_change(|set| {
            match crate::model::merge::resolution(set, id, take, |_| crate::workspace::new_annotation_id(now)) {
                Ok(edit) => Some(edit),
                Err(message) => {
                    problem = Some(message);
                    None
                }
            }
        })
        .map_err(|e| CliError(e.to_string()))?;
    if let Some(message) = problem {
        return Err(CliError(format!("{message}: {}", file.display())));
    }
    writeln!(out, "resolved {id}: {}", file.display()).map_err(io)?;
    Ok(ExitCode::SUCCESS)
}

/// `glosa merge-driver %O %A %B %L %P`: git's custom merge driver. Writes the
/// merge of `ours` (%A) and `theirs` (%B) into `ours`. With the common ancestor
/// (%O), each side's changes made outside Glosa (a note or a tag's label edited
/// in a text editor, a stanza deleted) first become versions of their own
/// ([`crate::model::merge::adopt_hand_edits`]); then version vectors say what
/// each side changed. An empty ancestor (git's "no common ancestor") or one that
/// cannot be read (a warning on stderr) leaves the plain two-way merge. Orphans
/// kept (annotations that no longer fit the document) and the same author's
/// apparent duplicates (kept as separate annotations) are listed on stderr. Exit
/// 0 clean, 1 conflicts (git marks the path conflicted and keeps the valid file
/// written), 2 when a side cannot be read (git keeps ours untouched).
pub(super) fn merge_driver(
    ancestor: Option<&Path>,
    ours: &Path,
    theirs: &Path,
    real_path: Option<&Path>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    let a = load_side(ours, "our version", real_path)?;
    // The document as the work tree has it, found from the path git names (%P),
    // read while their version is.
    let later_doc = real_path.map(|p| LaterDocument::start(&a.file.document, p));
    let b = load_side(theirs, "their version", real_path)?;
    let name = real_path.unwrap_or(ours).display().to_string();
    let reference = a.file.document.clone();
    let (a_made_on, b_made_on) = (a.file.document.fingerprint.clone(), b.file.document.fingerprint.clone());
    let (a_content, b_content) = (a.content, b.content);
    // The merge is about as long as the longer side: room for it up front, so the
    // buffer is not copied as it grows.
    let expected_len = usize::try_from(a_content.len.max(b_content.len)).unwrap_or(0);
    let (mut a, mut b) = (a.file.into_set().1, b.file.into_set().1);
    let mut hand = (HandEdits::default(), HandEdits::default());
    let now = Some(crate::workspace::now());
    match ancestor.and_then(|base| Ancestor::of(base, [&a_content, &b_content], real_path)) {
        // One side is the ancestor itself (no hand edits there): read once.
        Some(Ancestor::Same(0)) => hand.1 = adopt_hand_edits(&a, &mut b, now),
        Some(Ancestor::Same(_)) => hand.0 = adopt_hand_edits(&b, &mut a, now),
        Some(Ancestor::Other(base)) => {
            let base = (*base).into_set().1;
            hand.0 = adopt_hand_edits(&base, &mut a, now);
            hand.1 = adopt_hand_edits(&base, &mut b, now);
        }
        None => {}
    }
    let doc = later_doc.and_then(LaterDocument::get);
    let doc_ref = doc.as_ref().map(|(d, _)| d);
    let (set, report) = merge_sets(vec![(a, a_made_on), (b, b_made_on)], doc_ref)
        .ok_or_else(|| CliError("nothing to merge".to_owned()))?;
    let mut text = Vec::with_capacity(expected_len + expected_len / 4);
    annotations::write_set_ron(&mut text, &reference, &set, doc_ref).map_err(|e| CliError(e.to_string()))?;
    write_bytes_if_changed(ours, &text).map_err(|CliError(message)| {
        let ours_name = ours.display().to_string();
        CliError(message.replace(&ours_name, &git_side(ours, "the merge", real_path).display().to_string()))
    })?;
    writeln!(out, "glosa merge {}: {}", terminal::clip(&name), report.summary()).map_err(io)?;
    for (side, found) in [("ours", &hand.0), ("theirs", &hand.1)] {
        if !found.edited.is_empty() || !found.deleted.is_empty() {
            writeln!(
                out,
                "glosa merge {}: changed outside Glosa in {side}, taken as new versions: {} edited, {} deleted",
                terminal::clip(&name),
                found.edited.len(),
                found.deleted.len()
            )
            .map_err(io)?;
        }
        if !found.tags_edited.is_empty() || !found.tags_deleted.is_empty() {
            writeln!(
                out,
                "glosa merge {}: tags changed outside Glosa in {side}, taken as new versions: {} edited, {} deleted",
                terminal::clip(&name),
                found.tags_edited.len(),
                found.tags_deleted.len()
            )
            .map_err(io)?;
        }
    }
    if !report.orphaned.is_empty() {
        let ids: Vec<String> = report.orphaned.iter().map(ToString::to_string).collect();
        eprintln!(
            "glosa: warning: kept {} not found in the document (orphans; see `glosa check`): {}: {}",
            super::plural(ids.len(), "annotation", "annotations"),
            terminal::one_line(&name),
            ids.join(" ")
        );
    }
    // Kept apart (each has its own history), but said, as `glosa merge` says it.
    for group in &report.duplicates {
        let ids: Vec<String> = group.iter().map(ToString::to_string).collect();
        eprintln!(
            "glosa: warning: same author, same passage and tags (duplicates?), kept as separate annotations: {}: {}",
            terminal::one_line(&name),
            ids.join(" ")
        );
    }
    let clean = report.is_clean();
    // Freed on another thread: nothing waits for it (see `drop_in_background`).
    drop_in_background(set);
    Ok(if clean { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// The common ancestor of a git merge, as far as it needs reading.
enum Ancestor {
    /// The very bytes of side N (0: ours, 1: theirs): that side has no change
    /// of its own, and the ancestor need not be parsed.
    Same(usize),
    /// Another file, parsed.
    Other(Box<AnnotationFile>),
}

impl Ancestor {
    /// The ancestor at `path`, compared by content with the sides first (`None`
    /// as [`load_ancestor`] says).
    fn of(path: &Path, sides: [&ContentId; 2], real_path: Option<&Path>) -> Option<Self> {
        if let Ok(Some(content)) = annotations::current_content(path)
            && let Some(side) = sides.iter().position(|s| s.same_content(&content))
        {
            return Some(Self::Same(side));
        }
        load_ancestor(path, real_path).map(|file| Self::Other(Box::new(file)))
    }
}

/// The common ancestor git names (%O), or `None` when it is empty (git's "no
/// common ancestor", both sides added the file) or cannot be read (a warning on
/// stderr: the merge goes on without it).
fn load_ancestor(path: &Path, real_path: Option<&Path>) -> Option<AnnotationFile> {
    if fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return None;
    }
    match annotations::read(path) {
        Ok(loaded) => Some(loaded.file),
        Err(e) => {
            eprintln!(
                "glosa: warning: merging without the common ancestor: {}",
                terminal::one_line(&annotations::load_error_message(
                    &e,
                    &git_side(path, "the common ancestor", real_path)
                ))
            );
            None
        }
    }
}

/// How a merge-driver message names one of git's temporary files: `side` of the
/// path in the tree (%P) with the temporary file's name after it (`their version
/// of doc.glosa.ron (git's temporary file .merge_file_IXC9m7)`), or the
/// temporary file alone when git did not pass %P.
fn git_side(temporary: &Path, side: &str, real_path: Option<&Path>) -> PathBuf {
    match real_path {
        Some(real) => PathBuf::from(format!(
            "{side} of {} (git's temporary file {})",
            real.display(),
            temporary.file_name().map_or_else(|| temporary.display().to_string(), |n| n.to_string_lossy().into_owned())
        )),
        None => temporary.to_owned(),
    }
}

/// Reads one side of a git merge; errors and loading warnings name it as
/// [`git_side`] does.
fn load_side(temporary: &Path, side: &str, real_path: Option<&Path>) -> Result<annotations::Loaded, CliError> {
    let name = git_side(temporary, side, real_path);
    let loaded = annotations::read(temporary).map_err(|e| CliError(annotations::load_error_message(&e, &name)))?;
    super::warn_about_loading(&loaded.report, &name);
    Ok(loaded)
}

/// Appends each of `lines` that `path` lacks, keeping what is there.
fn add_lines(path: &Path, lines: &[&str], out: &mut impl Write) -> Result<(), CliError> {
    let existing = fs::read_to_string(path).unwrap_or_default();
    let missing: Vec<&str> = lines.iter().copied().filter(|l| !existing.lines().any(|e| e.trim() == *l)).collect();
    if missing.is_empty() {
        writeln!(out, "{} is set up already", path.display()).map_err(io)?;
        return Ok(());
    }
    let separator = if existing.is_empty() || existing.ends_with('\n') { "" } else { "\n" };
    let added: String = missing.iter().flat_map(|l| [*l, "\n"]).collect();
    fs::write(path, format!("{existing}{separator}{added}"))
        .map_err(|e| CliError(format!("cannot write ({e}): {}", path.display())))?;
    writeln!(out, "added `{}` to {}", missing.join("`, `"), path.display()).map_err(io)?;
    Ok(())
}

/// `glosa git-setup [REPO]`: the `.gitattributes` line and the driver config.
pub(super) fn git_setup(repo: &Path, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(repo)
            .args(args)
            .output()
            .map_err(|e| CliError(format!("cannot run git ({e}): {}", repo.display())))
    };
    let top = git(&["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        return Err(CliError(format!("not a git repository: {}", repo.display())));
    }
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    add_lines(&top.join(".gitattributes"), &[GIT_ATTRIBUTES_LINE], out)?;
    add_lines(&top.join(".gitignore"), GIT_IGNORE_LINES, out)?;
    let exe = std::env::current_exe().map_err(|e| CliError(format!("cannot find the glosa program: {e}")))?;
    let exe = exe.to_string_lossy().replace('\'', r"'\''");
    let driver = format!("'{exe}' merge-driver %O %A %B %L %P");
    for (key, value) in [("merge.glosa.name", "Glosa annotation files"), ("merge.glosa.driver", driver.as_str())] {
        let status = git(&["config", key, value])?;
        if !status.status.success() {
            return Err(CliError(format!("git config {key} failed: {}", repo.display())));
        }
    }
    writeln!(out, "set merge.glosa.driver = {driver}").map_err(io)?;
    Ok(ExitCode::SUCCESS)
}
